//! Base64url without padding (RFC 4648 §5): every character is unreserved in a URL, so a
//! payload needs no percent-encoding in a fragment. Hand-written: about forty lines, where a
//! crate would bring its engines and configuration for one alphabet.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // 2, 3 or 4 characters for 1, 2 or 3 bytes: no padding.
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Why text is not base64url.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A character outside the alphabet, at this character position.
    BadCharacter { at: usize, found: char },
    /// One character left over: a cut-off link (no byte count ends that way).
    Truncated,
}

/// Decoded bytes, and whether the text is exactly what [`encode`] writes for them: when the
/// last character carries bits no encoder sets, the link was edited (or cut, which the caller
/// tells apart by the frame's length), yet it would decode to the same bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub bytes: Vec<u8>,
    pub canonical: bool,
}

fn value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    if let Some((at, found)) = text
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii() || value(*c as u8).is_none())
    {
        return Err(DecodeError::BadCharacter { at, found });
    }
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(DecodeError::Truncated);
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    let mut canonical = true;
    for chunk in bytes.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .map(|(i, c)| value(*c).unwrap_or(0) << (18 - 6 * i))
            .fold(0, |a, b| a | b);
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits below the last whole byte (only a short final chunk has any) must be zero.
        let below = 24 - 8 * (chunk.len() - 1);
        canonical &= chunk.len() == 4 || n & ((1 << below) - 1) == 0;
    }
    Ok(Decoded {
        bytes: out,
        canonical,
    })
}
