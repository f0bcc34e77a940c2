//! The frame every link payload travels in, and why a payload is refused.
//!
//! Bytes: `[format version][kind][body length (LEB128)][body][checksum, 4 bytes]`, written as
//! base64url. The version comes first so that a link from a newer version is named as such
//! before anything else is read; the length tells a cut-off link (truncated) from an edited
//! one (tampered); the checksum (FNV-1a, 32 bits) covers the frame and a `context` the caller
//! gives, e.g. the quiz the challenge belongs to, so editing the link's visible `seed=` breaks
//! the challenge too. It detects accidents and casual edits, not forgery: anyone can recompute
//! it, and nothing in a link is trusted beyond what it claims about itself.

use super::base64url;
use super::bytes::{ReadError, Reader, Writer};
use std::fmt;

/// The link format this version writes and reads. A new one gets a new number; old links keep
/// the meaning they were made with (routes and links are public API).
pub const FORMAT_VERSION: u8 = 1;

/// The newest link format a refusal calls "made by a newer version": formats are added one at
/// a time and rarely, so a first byte far ahead (any text decodes to some byte: `garbage` reads
/// as 129) is far more likely a damaged or mistyped link.
const NEWEST_PLAUSIBLE: u8 = FORMAT_VERSION + 4;

/// What a payload holds; each kind has its own cap on the text's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A friend's challenge (`challenge=` of a quiz link).
    Challenge = 1,
    /// A blog author's deck, deflate-raw compressed by the browser (issue 11).
    Deck = 2,
}

impl Kind {
    /// The longest payload text taken, checked before any decoding: a link must stay under
    /// 2,000 characters in all, and a cap read first keeps a pasted megabyte cheap to refuse.
    pub fn max_chars(self) -> usize {
        match self {
            // A 500-question bit set (63 bytes) and a 96-byte name fit in about 230.
            Kind::Challenge => 400,
            Kind::Deck => 1800,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Kind::Challenge => "challenge",
            Kind::Deck => "deck",
        }
    }
}

/// Why a link's payload was refused; `Display` is the one line the app shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Empty {
        kind: Kind,
    },
    OverLong {
        kind: Kind,
        length: usize,
        max: usize,
    },
    BadCharacter {
        kind: Kind,
        at: usize,
        found: char,
    },
    Truncated {
        kind: Kind,
    },
    WrongVersion {
        kind: Kind,
        found: u8,
    },
    WrongKind {
        kind: Kind,
    },
    /// The checksum does not match, or bytes follow the frame: the link was changed.
    Tampered {
        kind: Kind,
    },
    /// Framed and checksummed, yet a field holds what no encoder writes.
    Malformed {
        kind: Kind,
        field: &'static str,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            LinkError::Empty { kind } => write!(f, "The {} in this link is empty.", kind.noun()),
            LinkError::OverLong { kind, length, max } => write!(
                f,
                "The {} in this link is too long ({length} characters, at most {max}).",
                kind.noun()
            ),
            LinkError::BadCharacter { kind, at, found } => write!(
                f,
                "The {} in this link has a character that does not belong in it ({} at position {}).",
                kind.noun(),
                shown(found),
                at + 1
            ),
            LinkError::Truncated { kind } => write!(
                f,
                "The {} in this link is cut short: copy the whole link.",
                kind.noun()
            ),
            LinkError::WrongVersion { kind, found }
                if found > FORMAT_VERSION && found <= NEWEST_PLAUSIBLE =>
            {
                write!(
                    f,
                    "The {} in this link was made by a newer version of stardrill (link format {found}; this one reads {FORMAT_VERSION}).",
                    kind.noun()
                )
            }
            // Format 0 was never written, and a number far ahead is a damaged first byte.
            LinkError::WrongVersion { kind, .. } => write!(
                f,
                "The {} in this link is damaged or incomplete: copy the whole link again.",
                kind.noun()
            ),
            LinkError::WrongKind { kind } => {
                write!(f, "This link does not carry a {}.", kind.noun())
            }
            LinkError::Tampered { kind } => write!(
                f,
                "The {} in this link was changed after it was made (its checksum does not match).",
                kind.noun()
            ),
            LinkError::Malformed { kind, field } => write!(
                f,
                "The {} in this link has an impossible {field}.",
                kind.noun()
            ),
        }
    }
}

/// A character as a message shows it: in quotes, or as its code point when it would not show
/// (a space, a control character). Not `{:?}`: Rust's escapes (`'\u{7}'`) mean nothing to a
/// reader.
fn shown(c: char) -> String {
    if c.is_whitespace() || c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("“{c}”")
    }
}

/// FNV-1a, 32 bits: small, specified in a few lines, stable forever.
fn checksum(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in parts.iter().flat_map(|p| p.iter()) {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Frames `body` as the current format version and writes it as base64url.
pub fn encode(kind: Kind, body: &[u8], context: &[u8]) -> String {
    encode_as(FORMAT_VERSION, kind, body, context)
}

/// [`encode`] with a chosen version: tests make the links other versions would make.
pub(crate) fn encode_as(version: u8, kind: Kind, body: &[u8], context: &[u8]) -> String {
    let mut w = Writer::default();
    w.byte(version);
    w.byte(kind as u8);
    w.number(body.len() as u64);
    w.raw(body);
    let sum = checksum(&[&w.bytes, context]);
    w.raw(&sum.to_be_bytes());
    base64url::encode(&w.bytes)
}

/// The body of a payload of `kind` whose checksum covers `context`, or why it is refused.
pub fn decode(text: &str, kind: Kind, context: &[u8]) -> Result<Vec<u8>, LinkError> {
    let max = kind.max_chars();
    let length = text.chars().count();
    if length > max {
        return Err(LinkError::OverLong { kind, length, max });
    }
    if text.is_empty() {
        return Err(LinkError::Empty { kind });
    }
    let base64url::Decoded { bytes, canonical } = base64url::decode(text).map_err(|e| match e {
        base64url::DecodeError::BadCharacter { at, found } => {
            LinkError::BadCharacter { kind, at, found }
        }
        base64url::DecodeError::Truncated => LinkError::Truncated { kind },
    })?;
    let truncated = |_: ReadError| LinkError::Truncated { kind };
    let mut r = Reader::new(&bytes);
    let version = r.byte("version").map_err(truncated)?;
    if version != FORMAT_VERSION {
        return Err(LinkError::WrongVersion {
            kind,
            found: version,
        });
    }
    if r.byte("kind").map_err(truncated)? != kind as u8 {
        return Err(LinkError::WrongKind { kind });
    }
    let len = r.number("length").map_err(|e| match e {
        ReadError::Missing(_) => LinkError::Truncated { kind },
        ReadError::Invalid(_) => LinkError::Tampered { kind },
    })?;
    let body = r
        .take(usize::try_from(len).unwrap_or(usize::MAX), "body")
        .map_err(truncated)?;
    let framed = &bytes[..r.position()];
    let sum = r.take(4, "checksum").map_err(truncated)?;
    if !canonical || !r.is_empty() || sum != checksum(&[framed, context]).to_be_bytes() {
        return Err(LinkError::Tampered { kind });
    }
    Ok(body.to_vec())
}
