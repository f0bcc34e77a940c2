//! Words and sentences of a typed story, with byte offsets into the text, so every finding can
//! point at its exact words. Hand-written (no `regex`: it would cost the wasm ~100 KB).

/// One word, number or arrow of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte offsets into the analysed text.
    pub start: usize,
    pub end: usize,
    /// Lower case, curly apostrophes straightened: what word lists are compared with.
    pub norm: String,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
    /// The word's id in the coach's vocabulary (`vocab::UNKNOWN` until numbered).
    pub id: u32,
}

impl Token {
    /// Starts with a digit, or a currency sign and a digit: "30%", "$8K", "200ms".
    pub fn is_number(&self) -> bool {
        let mut chars = self.norm.chars();
        match chars.next() {
            Some(c) if c.is_ascii_digit() => true,
            Some('$' | '€' | '£') => chars.next().is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        }
    }
}

/// Contraction endings split off as their own token ("I'm" → "i", "'m"), so "'s" can be read
/// as a form of "be" and "'m" as a state. "n't" stays with its verb ("wasn't").
const SPLIT_SUFFIXES: [&str; 6] = ["s", "m", "re", "ve", "d", "ll"];

/// A letter or digit of a word: ASCII ones, and any other character outside the punctuation
/// and symbol blocks (Latin-1's, general punctuation to arrows and shapes, CJK punctuation).
/// Not `char::is_alphanumeric`: its Unicode tables would add a few KB to the wasm, and a story
/// is written in English.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !matches!(c, '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{303f}')
            && c != '\u{d7}'
            && c != '\u{f7}'
            && !c.is_whitespace())
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens and numbers them by sentence. A sentence ends at `.`, `!` or `?`
/// followed by a space or the end (so "1.5" and "e.g" stay inside), and at every line break.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let mut sentence = 0;
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let next = chars.get(i + 1).map(|(_, c)| *c);
        if c == '\n' || (matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace)) {
            if tokens
                .last()
                .is_some_and(|t: &Token| t.sentence == sentence)
            {
                sentence += 1;
            }
            i += 1;
            continue;
        }
        if c == '→' || (c == '-' && next == Some('>')) {
            let len = if c == '→' { 1 } else { 2 };
            tokens.push(Token {
                start,
                end: end_of(i + len),
                norm: "→".into(),
                sentence,
                id: super::vocab::UNKNOWN,
            });
            i += len;
            continue;
        }
        let currency = matches!(c, '$' | '€' | '£') && next.is_some_and(|n| n.is_ascii_digit());
        if !is_word_char(c) && !currency {
            i += 1;
            continue;
        }
        // A word runs through letters and digits, and through - / + ' . , when a letter or digit
        // follows (". ," only between digits: "1,200", "1.5"); a % right after a digit ends it.
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let prev = chars[j - 1].1;
            let next = chars.get(j + 1).map(|(_, c)| *c);
            if is_word_char(c) {
                j += 1;
            } else if c == '%' && prev.is_ascii_digit() {
                j += 1;
                break;
            } else if matches!(c, '.' | ',') {
                if prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
                    j += 1;
                } else {
                    break;
                }
            } else if matches!(c, '-' | '/' | '+') || is_apostrophe(c) {
                if next.is_some_and(is_word_char) {
                    j += 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let mut word = String::with_capacity(j - i);
        for (_, c) in &chars[i..j] {
            if is_apostrophe(*c) {
                word.push('\'');
            } else {
                // ASCII only: the rubric's words are English, and Unicode case tables would add
                // about 10 KB to the wasm for letters no list has.
                word.push(c.to_ascii_lowercase());
            }
        }
        let end = end_of(j);
        match word.rfind('\'') {
            Some(k) if SPLIT_SUFFIXES.contains(&&word[k + 1..]) && k > 0 => {
                // The split is at the apostrophe, one byte in `norm` but maybe three in the text.
                let apostrophe_at = chars[i..j]
                    .iter()
                    .rev()
                    .find(|(_, c)| is_apostrophe(*c))
                    .map_or(end, |(b, _)| *b);
                tokens.push(Token {
                    start,
                    end: apostrophe_at,
                    norm: word[..k].to_string(),
                    sentence,
                    id: super::vocab::UNKNOWN,
                });
                tokens.push(Token {
                    start: apostrophe_at,
                    end,
                    norm: word[k..].to_string(),
                    sentence,
                    id: super::vocab::UNKNOWN,
                });
            }
            _ => tokens.push(Token {
                start,
                end,
                norm: word,
                sentence,
                id: super::vocab::UNKNOWN,
            }),
        }
        i = j;
    }
    tokens
}

/// The token ranges of each sentence: `tokens[range]` is one sentence.
pub fn sentences(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || tokens[i].sentence != tokens[start].sentence {
            ranges.push(start..i);
            start = i;
        }
    }
    ranges.retain(|r| !r.is_empty());
    ranges
}
