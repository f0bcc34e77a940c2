//! stardrill: behavioral-interview practice that runs entirely in the browser.
//!
//! Pure modules (no yew, no web-sys; tested on the host with `cargo test`):
//! - [`model`]: content types and their validation;
//! - [`bank`]: the bundled catalog and the decks loaded so far;
//! - [`route`]: hash routes, parsed and formatted;
//! - [`quiz`]: the quiz engine (seeded order, grading, results);
//! - [`json`]: JSON text to values and back, for the saved document and the deck files;
//! - [`progress`]: the saved document, its versions and merge rules;
//! - [`link`]: share links: the payload codec, challenges, QR codes and the result card;
//! - [`coach`]: the STAR story coach (findings, timing, score) over the rubric's data;
//! - [`sorted_map`]: a map kept as a sorted list (less wasm than `BTreeMap`);
//! - [`small_sort`]: one small stable sort for the app's short lists (less wasm than std's);
//! - [`embed`]: the embed builder's snippets (script widget or iframe).
//!
//! Browser glue (wasm32 only): [`storage`] (the only code that touches localStorage),
//! [`deck_loader`] (fetches a deck's data file once per page),
//! [`pwa`] (service worker, build id, persistent storage), [`mount`] (whole page or every `[data-stardrill]` element) and [`ui`] (Yew components).

pub mod bank;
pub mod coach;
pub mod embed;
pub mod json;
pub mod link;
pub mod model;
pub mod progress;
pub mod quiz;
pub mod route;
pub mod small_sort;
pub mod sorted_map;

#[cfg(target_arch = "wasm32")]
pub mod deck_loader;
#[cfg(target_arch = "wasm32")]
pub mod mount;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
