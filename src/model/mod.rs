//! Content types and their validation. No yew, no web-sys: `build.rs` includes this module
//! through `#[path]` to validate `content/` at build time, so nothing here may use `crate::`.

pub mod catalog;
pub mod catalog_text;
pub mod custom;
pub mod explanations;
pub mod text;
pub mod types;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

#[allow(unused_imports)] // build.rs includes this module and uses the types by path
pub use catalog::*;
#[allow(unused_imports)]
pub use custom::{
    as_custom, check_custom_deck, content_hash, is_custom, MAX_DECK_BYTES, MAX_QUESTIONS,
};
#[allow(unused_imports)]
pub use types::*;
#[allow(unused_imports)]
pub use validate::validate_custom_deck;
