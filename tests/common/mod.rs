//! Shared by the host tests of the authored content (`tests/content.rs`, `tests/content_lint.rs`):
//! reading `content/` the way `build.rs` does.

use stardrill::model::authoring::{load, read_dir, Sources};
use stardrill::model::Bank;
use std::path::Path;

/// The files of `content/`, as `build.rs` reads them.
pub fn sources() -> Sources {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    read_dir(&dir, "content").expect("content/ is readable")
}

/// The bank loaded from `sources`, or a panic listing every content error.
pub fn load_or_panic(sources: &Sources) -> Bank {
    load(sources).unwrap_or_else(|errors| {
        panic!(
            "content errors:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}
