//! The learner's progress: the saved document, its versions, migrations and merge rules.
//! Pure: `storage` (browser glue) reads and writes it; host tests cover all of it.

pub mod change;
pub mod codec;
pub mod document;
mod json;
pub mod merge;
pub mod stats;

pub use change::{apply, Change};
pub use codec::{decode, decode_draft, encode, encode_draft, DecodeError};
pub use document::{BankStory, Progress, StoryScore, Tick, SCHEMA_VERSION};
pub use merge::merge;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
