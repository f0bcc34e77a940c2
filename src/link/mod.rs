//! Share links: everything a link carries beyond the plain route, and what is drawn from a link.
//! Pure: no yew, no web-sys; tested on the host.
//!
//! One codec for every payload a link carries (DESIGN.md: in the fragment, with a format
//! version, decoded as untrusted input): [`frame`] frames bytes with a version, a kind, a length
//! and a checksum, and writes them as [`base64url`] text. A challenge ([`challenge`]) is one
//! kind; a blog author's compressed deck (issue 11) is another: the browser's
//! `CompressionStream` makes the bytes, this module only frames and caps them.

pub mod base64url;
pub mod bytes;
pub mod card;
pub mod challenge;
pub mod compare;
pub mod deck_link;
pub mod frame;
pub mod name;
pub mod qr;
pub mod share_url;

pub use challenge::Challenge;
pub use compare::{compare, Comparison};
pub use frame::{Kind, LinkError, FORMAT_VERSION};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
