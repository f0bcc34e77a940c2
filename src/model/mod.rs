//! Content types and their validation. No yew, no web-sys: `build.rs` includes this module
//! through `#[path]` to validate `content/` at build time, so nothing here may use `crate::`.

pub mod catalog;
pub mod text;
pub mod types;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

#[allow(unused_imports)] // build.rs includes this module and uses the types by path
pub use catalog::*;
#[allow(unused_imports)]
pub use types::*;
