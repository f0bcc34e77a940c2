//! A blog author's deck carried by a link (`#/deck/<payload>`) or an embed snippet: what the
//! author screen writes and what the deck-link screen reads, minus the browser's own
//! deflate-raw (CompressionStream), which the UI glue runs. Pure: tested on the host.
//!
//! Link format: `<app address>#/deck/<payload>`, the payload a [`frame`] of kind
//! [`Kind::Deck`] (version 1, kind 2, length, body, FNV-1a checksum over the frame with no
//! context) whose body is the deck's compact JSON (`model::custom::compact_json`), deflate-raw
//! compressed. The payload is capped at 1,800 characters (`Kind::Deck.max_chars()`), and what it
//! unpacks to at [`MAX_UNPACKED_BYTES`]: a few hundred bytes of deflate can unpack to gigabytes,
//! so the unpacking stops as soon as the total passes the cap ([`Unpacked`]).

use super::card::escape_xml;
use super::frame::{self, Kind, LinkError};
use crate::model::custom::MAX_DECK_BYTES;
use std::fmt;

/// The most a deck link may unpack to: the custom-deck cap, since that is what it must pass next.
pub const MAX_UNPACKED_BYTES: usize = MAX_DECK_BYTES;

/// Why a deck link cannot be opened, beyond the deck's own problems; `Display` is the one line
/// the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckLinkError {
    /// The frame: empty, too long, cut, changed, another version or kind.
    Link(LinkError),
    /// The browser has no DecompressionStream.
    Unsupported,
    /// The compressed bytes are not deflate-raw (framed and checksummed, so made on purpose).
    Unpack,
    /// It unpacks to more than the cap.
    OverCap { cap: usize },
    /// It unpacks to bytes that are not UTF-8 text.
    NotText,
}

impl fmt::Display for DeckLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeckLinkError::Link(e) => e.fmt(f),
            DeckLinkError::Unsupported => f.write_str(
                "This browser cannot unpack deck links (it has no DecompressionStream): open the link in a current browser.",
            ),
            DeckLinkError::Unpack => f.write_str(
                "The deck in this link cannot be unpacked (its compressed data is damaged).",
            ),
            DeckLinkError::OverCap { cap } => write!(
                f,
                "The deck in this link unpacks to more than {} KB, the most a deck may be.",
                cap / 1024
            ),
            DeckLinkError::NotText => f.write_str("The deck in this link is not text."),
        }
    }
}

impl From<LinkError> for DeckLinkError {
    fn from(e: LinkError) -> Self {
        DeckLinkError::Link(e)
    }
}

/// The compressed deck a link's payload carries, or why the frame is refused.
pub fn compressed_of(payload: &str) -> Result<Vec<u8>, DeckLinkError> {
    Ok(frame::decode(payload, Kind::Deck, b"")?)
}

/// The payload for a deck's compressed bytes, or its length in characters when it is over the
/// cap (a link that long is not offered).
pub fn payload_of(compressed: &[u8]) -> Result<String, usize> {
    let payload = frame::encode(Kind::Deck, compressed, b"");
    match payload.len() {
        n if n > Kind::Deck.max_chars() => Err(n),
        _ => Ok(payload),
    }
}

/// What the author screen says when the payload is over the cap.
pub fn too_long_message(length: usize) -> String {
    format!(
        "This deck is too long for a link ({} characters; links stop at {}).",
        thousands(length),
        thousands(Kind::Deck.max_chars())
    )
}

/// "1,800".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Unpacked bytes, gathered chunk by chunk as the decompressor hands them over, refused as soon
/// as the total passes the cap: memory stays within the cap plus one chunk, however much the
/// link would unpack to.
#[derive(Debug)]
pub struct Unpacked {
    bytes: Vec<u8>,
    cap: usize,
}

impl Unpacked {
    pub fn new(cap: usize) -> Unpacked {
        Unpacked {
            bytes: Vec::new(),
            cap,
        }
    }

    /// Adds a chunk; `Err` once the total would pass the cap (the caller stops reading).
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), DeckLinkError> {
        if chunk.len() > self.cap - self.bytes.len() {
            return Err(DeckLinkError::OverCap { cap: self.cap });
        }
        self.bytes.extend_from_slice(chunk);
        Ok(())
    }

    /// Every byte so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Every byte so far, as text.
    pub fn into_text(self) -> Result<String, DeckLinkError> {
        String::from_utf8(self.bytes).map_err(|_| DeckLinkError::NotText)
    }
}

/// The folder of the standalone app's address (`https://x.example/practice/index.html?a#b` →
/// `https://x.example/practice/`), where `embed.js` sits beside `index.html`.
pub fn app_folder(app: &str) -> &str {
    let end = app.find(['?', '#']).unwrap_or(app.len());
    let path = &app[..end];
    let path_start = path.find("://").map_or(0, |i| i + 3);
    match path[path_start..].rfind('/') {
        Some(i) => &path[..path_start + i + 1],
        None => path,
    }
}

/// The HTML a blog author pastes into a post: the deck inline as JSON, a widget that opens its
/// quiz, and the loader. `compact_json` must be a checked deck's JSON: every `<` in it (which
/// valid JSON has only inside strings) is written `\u003c`, so neither `</script>` nor `<!--`
/// in a question can end or change the script element; the JSON reads back the same.
pub fn embed_snippet(deck_id: &str, compact_json: &str, app: &str) -> String {
    let id = escape_xml(&format!("stardrill-{deck_id}"));
    let json = compact_json.replace('<', "\\u003c");
    let loader = escape_xml(&format!("{}embed.js", app_folder(app)));
    format!(
        "<script type=\"application/json\" id=\"{id}\">{json}</script>\n\
         <div data-stardrill data-mode=\"quiz\" data-deck-src=\"#{id}\"></div>\n\
         <script type=\"module\" src=\"{loader}\"></script>\n"
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::custom::compact_json;

    const EXAMPLE: &str = include_str!("../../examples/decks/my-first-deck.json");

    #[test]
    fn unpacking_stops_once_the_total_passes_the_cap() {
        let cap = MAX_UNPACKED_BYTES;
        let chunk = vec![b' '; 64 * 1024];
        // Exactly the cap, in chunks as a decompressor hands them over: taken.
        let mut exact = Unpacked::new(cap);
        for _ in 0..cap / chunk.len() {
            exact.push(&chunk).unwrap();
        }
        assert_eq!(exact.into_bytes().len(), cap);
        // One byte more, in its own chunk or inside a large one: refused at that chunk.
        let mut over = Unpacked::new(cap);
        for _ in 0..cap / chunk.len() {
            over.push(&chunk).unwrap();
        }
        assert_eq!(over.push(b"x"), Err(DeckLinkError::OverCap { cap }));
        let mut big = Unpacked::new(cap);
        big.push(&chunk[..100]).unwrap();
        assert_eq!(
            big.push(&vec![0; cap - 99]),
            Err(DeckLinkError::OverCap { cap })
        );
        // What was taken before the refusal is all it holds (the refused chunk is not kept).
        assert_eq!(big.into_bytes().len(), 100);
        // Empty chunks and a small cap.
        let mut small = Unpacked::new(3);
        small.push(b"").unwrap();
        small.push(b"abc").unwrap();
        assert!(small.push(b"d").is_err());
        assert_eq!(
            DeckLinkError::OverCap { cap }.to_string(),
            "The deck in this link unpacks to more than 512 KB, the most a deck may be."
        );
    }

    #[test]
    fn unpacked_bytes_must_be_text() {
        let mut u = Unpacked::new(10);
        u.push(&[0xff, 0xfe]).unwrap();
        assert_eq!(u.into_text(), Err(DeckLinkError::NotText));
        let mut u = Unpacked::new(10);
        u.push("é".as_bytes()).unwrap();
        assert_eq!(u.into_text().unwrap(), "é");
    }

    #[test]
    fn a_payload_round_trips_and_is_capped_at_1800_characters() {
        let body = b"compressed bytes".to_vec();
        let payload = payload_of(&body).unwrap();
        assert_eq!(compressed_of(&payload).unwrap(), body);
        // Framed as a deck: version 1, kind 2.
        assert!(payload.starts_with("AQI"), "{payload}");
        // 1,800 characters of base64 carry 1,350 bytes, less the frame's 8 (version, kind, a
        // two-byte length, checksum): the largest body.
        assert_eq!(payload_of(&vec![7; 1342]).map(|p| p.len()), Ok(1800));
        assert_eq!(payload_of(&vec![7; 1343]), Err(1802));
        assert_eq!(
            too_long_message(1802),
            "This deck is too long for a link (1,802 characters; links stop at 1,800)."
        );
    }

    #[test]
    fn a_cut_or_changed_payload_says_which() {
        let payload = payload_of(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).unwrap();
        let cut = compressed_of(&payload[..payload.len() - 6]).unwrap_err();
        assert_eq!(
            cut.to_string(),
            "The deck in this link is cut short: copy the whole link."
        );
        let mut changed = payload.clone().into_bytes();
        changed[6] = if changed[6] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        assert_eq!(
            compressed_of(&changed).unwrap_err().to_string(),
            "The deck in this link was changed after it was made (its checksum does not match)."
        );
        assert!(matches!(
            compressed_of("").unwrap_err(),
            DeckLinkError::Link(LinkError::Empty { .. })
        ));
        // A challenge's payload is not a deck.
        let challenge = frame::encode(Kind::Challenge, b"x", b"");
        assert_eq!(
            compressed_of(&challenge).unwrap_err().to_string(),
            "This link does not carry a deck."
        );
    }

    #[test]
    fn the_embed_snippet_keeps_the_deck_inside_its_script_element() {
        let json = compact_json(EXAMPLE).replacen(
            "Stories about yourself",
            "Stories </script><script>alert(1)</script> <!-- <script> yourself",
            1,
        );
        let snippet = embed_snippet(
            "my-deck",
            &json,
            "https://blog.example/practice/index.html#/author",
        );
        let lines: Vec<&str> = snippet.lines().collect();
        assert_eq!(lines.len(), 3, "{snippet}");
        let inline = lines[0]
            .strip_prefix("<script type=\"application/json\" id=\"stardrill-my-deck\">")
            .and_then(|l| l.strip_suffix("</script>"))
            .expect("one script element holding the deck");
        assert!(!inline.contains('<'), "{inline}");
        // The JSON reads back exactly as given.
        let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(value(inline), value(&json));
        assert_eq!(
            lines[1],
            "<div data-stardrill data-mode=\"quiz\" data-deck-src=\"#stardrill-my-deck\"></div>"
        );
        assert_eq!(
            lines[2],
            "<script type=\"module\" src=\"https://blog.example/practice/embed.js\"></script>"
        );
        // A clean deck is left as it is.
        let clean = compact_json(EXAMPLE);
        assert!(embed_snippet("my-deck", &clean, "https://x.example/").contains(&clean));
        assert!(embed_snippet("d", "{}", "https://x.example/a?\"b")
            .contains("src=\"https://x.example/embed.js\""));
    }

    #[test]
    fn the_app_folder_is_where_embed_js_sits() {
        for (app, folder) in [
            ("https://x.example/practice/", "https://x.example/practice/"),
            (
                "https://x.example/practice/index.html",
                "https://x.example/practice/",
            ),
            (
                "https://x.example/practice/?v=2#/author",
                "https://x.example/practice/",
            ),
            ("https://x.example", "https://x.example"),
            (
                "http://127.0.0.1:8080/app/#/deck/a/b",
                "http://127.0.0.1:8080/app/",
            ),
        ] {
            assert_eq!(app_folder(app), folder, "{app}");
        }
    }
}
