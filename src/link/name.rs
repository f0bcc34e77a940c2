//! The display name a challenger may type. It comes back from someone else's link, so it is
//! cleaned the same way when made and when read: plain text, one line, capped.

/// At most this many characters (a first name or a nickname, not a message).
pub const MAX_NAME_CHARS: usize = 24;

/// Control characters and the invisible ones that reorder or hide text (bidi overrides and
/// isolates, zero-width marks) are dropped; runs of whitespace become one space; the result is
/// trimmed and cut to [`MAX_NAME_CHARS`]. `None` when nothing is left.
pub fn clean_name(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut space = false;
    for c in raw.chars().filter(|c| !is_hidden(*c)) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if out.chars().count() + usize::from(space) >= MAX_NAME_CHARS {
            break;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    (!out.is_empty()).then_some(out)
}

fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}
