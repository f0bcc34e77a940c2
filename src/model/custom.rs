//! A blog author's own deck (issue 11): the JSON form of the content schema (content/README.md),
//! given to the widget in the page, by URL or pasted on the author screen, and checked by
//! `stardrill-deck check`. Pure: the browser glue and the command line call the same checks, so
//! they say the same things, and those are the checks the build runs on bundled decks.
//!
//! A custom deck is untrusted input: its size and question count are capped before anything
//! else is done with it, and every problem is reported at once, each naming the question id and
//! the field, in words a blog author reads (no serde or Rust terms).

use super::catalog::{fnv1a, Catalog};
use super::types::{Deck, Question, Section};
use super::validate::{validate_custom_deck, ContentError, CUSTOM_PREFIX, YOUR_DECK};
use serde::Deserialize;
use serde_json::error::Category;
use serde_json::value::RawValue;

/// The largest custom deck taken, in bytes of JSON: about twice the largest bundled deck.
pub const MAX_DECK_BYTES: usize = 512 * 1024;
/// The most questions a custom deck may hold (a challenge link's bit set is sized for it).
pub const MAX_QUESTIONS: usize = 500;

/// Reads and checks a custom deck's JSON. `Ok` is the deck with the author's ids (see
/// [`as_custom`] for the form the app keeps); `Err` holds every problem found, each with the
/// file [`YOUR_DECK`] (a caller that knows a file name may replace it).
pub fn check_custom_deck(text: &str, catalog: &Catalog) -> Result<Deck, Vec<ContentError>> {
    let (deck, mut errors) = read(text)?;
    errors.extend(validate_custom_deck(&deck, catalog));
    if errors.is_empty() {
        Ok(deck)
    } else {
        Err(errors)
    }
}

/// The caps, then the deck's shape. `Err`: nothing more can be read. `Ok`: the deck with its
/// well-formed questions, and a problem for each malformed one: questions are read one by one
/// so that every malformed question is reported, not the first, and the rest still validated.
fn read(text: &str) -> Result<(Deck, Vec<ContentError>), Vec<ContentError>> {
    if text.len() > MAX_DECK_BYTES {
        return Err(vec![error(
            "-",
            "-",
            format!(
                "the deck is {} KB; the most a custom deck may be is {} KB",
                text.len().div_ceil(1024),
                MAX_DECK_BYTES / 1024
            ),
        )]);
    }
    if text.trim_start().starts_with('[') {
        return Err(vec![error(
            "-",
            "-",
            "this is a list `[…]`: a deck is one object `{…}`, as in the example",
        )]);
    }
    if text.trim_start().starts_with('<') {
        return Err(vec![error(
            "-",
            "-",
            "this is a web page, not a deck: give the deck's JSON itself (a file or address that serves it)",
        )]);
    }
    let raw: RawDeck = serde_json::from_str(text).map_err(|e| {
        let deck_id = id_of(text).unwrap_or_else(|| "-".into());
        vec![json_error(text, 0, &e, &deck_id)]
    })?;
    if raw.questions.len() > MAX_QUESTIONS {
        return Err(vec![error(
            &raw.id,
            "questions",
            format!(
                "the deck has {} questions; the most a custom deck may have is {MAX_QUESTIONS}",
                raw.questions.len()
            ),
        )]);
    }
    let mut errors = Vec::new();
    let mut questions = Vec::with_capacity(raw.questions.len());
    for (n, q) in raw.questions.iter().enumerate() {
        match serde_json::from_str::<Question>(q.get()) {
            Ok(q) => questions.push(q),
            Err(e) => {
                let id = id_of(q.get()).unwrap_or_else(|| format!("question {}", n + 1));
                // The question's text is a slice of `text`: its offset places the error.
                let start = q.get().as_ptr() as usize - text.as_ptr() as usize;
                errors.push(json_error(text, start, &e, &id));
            }
        }
    }
    let deck = Deck {
        id: raw.id,
        title: raw.title,
        summary: raw.summary,
        order: raw.order,
        sections: raw.sections,
        questions,
    };
    Ok((deck, errors))
}

/// 8 hex digits of FNV-1a over the deck's JSON text without the whitespace between tokens
/// ([`compact_json`]), so re-indenting a deck keeps its progress while any change of content
/// (or of key order) starts it afresh. Over the text, not a re-serialised deck: serialising
/// decks would put the `Serialize` code of every content type in the wasm only for this hash
/// (measured: several KB gzip of first load).
pub fn content_hash(text: &str) -> String {
    format!("{:08x}", fnv1a(compact_json(text).as_bytes()) >> 32)
}

/// JSON text without the whitespace between its tokens (strings kept as written). What the
/// author screen puts in embed snippets and deck links: shorter, and the same
/// [`content_hash`] as the text it came from, so a deck keeps its id (and progress) whichever
/// form it arrives in.
pub fn compact_json(text: &str) -> String {
    let (mut in_string, mut escaped) = (false, false);
    text.chars()
        .filter(|&c| {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                true
            } else {
                in_string = c == '"';
                !c.is_ascii_whitespace()
            }
        })
        .collect()
}

/// A blog author's deck checked ([`check_custom_deck`]) and renamed with its content hash
/// ([`as_custom`]): the deck as the app keeps it, from a page, the author screen or a link.
pub fn checked_custom_deck(text: &str, catalog: &Catalog) -> Result<Deck, Vec<ContentError>> {
    check_custom_deck(text, catalog).map(|deck| as_custom(deck, &content_hash(text)))
}

/// Every problem as the widget, the author screen and a deck link list them, one sentence each
/// in a blog author's words, still naming the question (or section, choice…) and the field:
/// `Question “typo” has a field “explian” that stardrill does not know: did you mean “explain”?
/// (line 30, column 15)`. `text`: the deck's JSON, to tell the deck's own fields from a
/// question's.
pub fn problem_lines(text: &str, problems: &[ContentError]) -> Vec<String> {
    let deck = id_of(text);
    problems
        .iter()
        .map(|p| problem_line(p, deck.as_deref()))
        .collect()
}

/// `text` with its first letter in upper case. ASCII only (the words are ours): Unicode case
/// tables would cost the wasm several KB.
fn capitalized(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// How [`json_error`] starts the messages [`problem_line`] words around the field's name.
const NOT_JSON: &str = "this is not valid JSON: ";
const UNKNOWN: &str = "stardrill does not know this field: ";
const MISSING: &str = "this field is missing";

fn problem_line(p: &ContentError, deck: Option<&str>) -> String {
    let message = p.message.as_str();
    // A problem of the whole text (too big, a web page, not JSON): its message says it all.
    if (p.id == "-" && p.field == "-") || message.starts_with(NOT_JSON) {
        return capitalized(message);
    }
    // A deck-level field, or a deck so broken its id could not be read.
    let deck_level = Some(p.id.as_str()) == deck || p.id == "-";
    let owner = if deck_level {
        "the deck".to_string()
    } else if p.id.starts_with("question ") {
        // A question with no id, named by its place ([`read`]).
        p.id.clone()
    } else {
        format!("question “{}”", p.id)
    };
    let noun = |list| match list {
        "sections" => "Section",
        "choices" => "Choice",
        "steps" => "Step",
        "pairs" => "Pair",
        _ => "",
    };
    let path = p.field.trim_start_matches('-');
    let (subject, field) = match path.split_once('.') {
        // The validator names a section, choice, step or pair by its own id: `sections.title`.
        Some((list, field)) if !deck_level && (list == "sections" || field == "id") => {
            (format!("{} “{}”", noun(list), p.id), field)
        }
        // `choices.vague.explain`: "Choice “vague” of question “no-explain”", field `explain`.
        Some((list, rest)) if !noun(list).is_empty() && rest.contains('.') => {
            let (entry, field) = rest.split_once('.').unwrap_or_default();
            (format!("{} “{entry}” of {owner}", noun(list)), field)
        }
        _ => (capitalized(&owner), path),
    };
    // One format for every form (each `format!` costs the wasm its own code).
    let (before, after, rest) = if let Some(rest) = message.strip_prefix(UNKNOWN) {
        (" has a field “", "” that stardrill does not know: ", rest)
    } else if let Some(rest) = message.strip_prefix(MISSING) {
        match field.as_bytes().first() {
            Some(b'a' | b'e' | b'i' | b'o' | b'u') => (" needs an “", "”", rest),
            _ => (" needs a “", "”", rest),
        }
    } else if field.is_empty() {
        (": ", "", message)
    } else {
        (", field “", "”: ", message)
    };
    format!("{subject}{before}{field}{after}{rest}")
}

/// The deck as the app keeps it, its ids renamed with its content hash:
/// - the deck id becomes `custom-<hash>-<author's id>`: two authors' `my-deck` never share
///   progress, and an edited deck (new hash) starts fresh instead of mixing its new questions
///   with answers given to the old ones;
/// - each question id becomes `c<hash>-<author's id>`: the store finds a question by its id
///   across every loaded deck (bundled and custom), and progress is keyed by question id, so
///   an author's `q1` must never be another deck's `q1`. Bundled ids cannot start like this
///   (the build's validator refuses both prefixes).
///
/// Section, choice, step and pair ids are scoped by their deck or question and keep theirs.
/// Validate first ([`check_custom_deck`]): messages name the author's own ids. `hash`: the
/// [`content_hash`] of the deck's text.
pub fn as_custom(mut deck: Deck, hash: &str) -> Deck {
    deck.id = format!("{CUSTOM_PREFIX}{hash}-{}", deck.id);
    for q in &mut deck.questions {
        q.id = format!("c{hash}-{}", q.id);
    }
    deck
}

/// A deck id of an author's own deck, as [`as_custom`] names it.
pub fn is_custom(id: &str) -> bool {
    id.starts_with(CUSTOM_PREFIX)
}

/// A question id of an author's own deck, as [`as_custom`] names it: `c`, 8 hex digits, `-`.
pub fn is_custom_question(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() > 10 && b[0] == b'c' && b[1..9].iter().all(u8::is_ascii_hexdigit) && b[9] == b'-'
}

/// A deck's JSON with its questions left as text, to read them one by one. Keep in step with
/// [`Deck`] (a test reads the example deck both ways).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeck<'a> {
    id: String,
    title: String,
    summary: String,
    #[serde(default)]
    order: u32,
    sections: Vec<Section>,
    #[serde(default, borrow)]
    questions: Vec<&'a RawValue>,
}

/// The `id` of an object that did not read, to name it in the message.
#[derive(Deserialize)]
struct IdOnly {
    id: Option<String>,
}

fn id_of(json: &str) -> Option<String> {
    serde_json::from_str::<IdOnly>(json).ok()?.id
}

fn error(id: &str, field: &str, message: impl Into<String>) -> ContentError {
    ContentError {
        file: YOUR_DECK.into(),
        id: id.into(),
        field: field.into(),
        message: message.into(),
    }
}

/// A JSON reading error of the part of `text` starting at `start`, placed by line and column in
/// the whole text, with the field it is in and serde's words made plain.
fn json_error(text: &str, start: usize, e: &serde_json::Error, id: &str) -> ContentError {
    let part = &text[start..];
    let at = (start + offset_of(part, e.line(), e.column())).min(text.len());
    let (line, column) = line_column(text, at);
    let said = e.to_string();
    let said = said
        .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
        .unwrap_or(&said);
    let missing = said.starts_with("missing field");
    let (item, path) = field_at(part, at - start, missing);
    // serde names the field it missed or did not know in backticks: complete the path with it.
    let named = (missing || said.starts_with("unknown field"))
        .then(|| backticked(said))
        .flatten();
    let mut field = match named {
        Some(name) if path.is_empty() => name,
        Some(name) if path != name && !path.ends_with(&format!(".{name}")) => {
            format!("{path}.{name}")
        }
        _ if path.is_empty() => "-".into(),
        _ => path,
    };
    // At the top level, the item is the innermost list entry the error is in (a section), named
    // as the validator names it: id `overview`, field `sections.title`.
    let id = match (start, item) {
        (0, Some(item)) => {
            field = field.replacen(&format!(".{item}"), "", 1);
            item
        }
        _ => id.to_string(),
    };
    let category = e.classify();
    // What is wrong first, then where; one `format!` (each costs the wasm its own code).
    let (head, body) = if start == 0 && matches!(category, Category::Syntax | Category::Eof) {
        (NOT_JSON, plain(said, category))
    } else if category == Category::Syntax {
        // A question is well-formed JSON by now: serde_json says "expected value" of a number
        // or list where the question's type, a word, should be.
        ("", "should be text in double quotes".into())
    } else if missing {
        (MISSING, hint(&field).into())
    } else if said.starts_with("unknown field") {
        (UNKNOWN, known(said))
    } else if said.starts_with("unknown variant") {
        ("stardrill does not know this value: ", known(said))
    } else {
        ("", plain(said, category))
    };
    // Where an object ends is no help for a field missing from it: the ids name it.
    let at = if missing {
        String::new()
    } else {
        format!(" (line {line}, column {column})")
    };
    let message = format!("{head}{body}{at}");
    ContentError {
        file: YOUR_DECK.into(),
        id,
        field,
        message,
    }
}

/// What a missing field holds, for the fields a deck or question cannot do without.
fn hint(field: &str) -> &'static str {
    let name = &field[field.bytes().rposition(|b| b == b'.').map_or(0, |n| n + 1)..];
    match name {
        "id" => " (a short name of a-z, 0-9 and hyphens)",
        "title" => " (its name, as readers see it)",
        "summary" => " (one sentence under its title)",
        "sections" => " (the study card: a list of sections)",
        "section" => " (the id of the study-card section it belongs to)",
        "type" => " (single, multi, true_false, order, match…)",
        "prompt" => " (the question itself)",
        "explain" => " (why this is right or wrong)",
        _ => "",
    }
}

/// The names serde says it expected instead of the first one it quotes: the one a typo of it
/// would be, else all of them.
fn known(said: &str) -> String {
    let quoted: Vec<&str> = said.split('`').collect();
    let given = quoted.get(1).copied().unwrap_or_default();
    let mut all = String::new();
    let mut n = 3;
    while let Some(&name) = quoted.get(n) {
        // A typo keeps the word's first letter and length, give or take one, and its letters
        // are the word's (`explian`, `titel`, `sumary`, `sourse`): cheaper in the wasm than an
        // edit distance, and as good for field names.
        if name.len().abs_diff(given.len()) < 2
            && name.get(..1) == given.get(..1)
            && given.bytes().all(|c| name.as_bytes().contains(&c))
        {
            return format!("did you mean “{name}”?");
        }
        all += if all.is_empty() {
            "it knows “"
        } else {
            "”, “"
        };
        all += name;
        n += 2;
    }
    if all.is_empty() {
        "it takes none here".into()
    } else {
        all + "”"
    }
}

/// The byte offset of serde_json's 1-based line and column (a column of 0: the line's start).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// 1-based line and column (in characters) of byte `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

fn backticked(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}

/// serde's words for a JSON problem, in a blog author's.
fn plain(said: &str, category: Category) -> String {
    if category == Category::Eof {
        return "the text ends too soon: a closing `}`, `]` or `\"` is missing".into();
    }
    let whole = [
        ("expected value", "expected a value: text in double quotes, a number, true, false, a list `[…]` or an object `{…}`"),
        ("trailing comma", "a comma before a closing `}` or `]`: JSON allows none there"),
        ("key must be a string", "a field name must be in double quotes"),
        ("trailing characters", "more text after the deck's closing `}`"),
        ("expected ident", "expected true, false or null"),
    ];
    if let Some((_, plain)) = whole.iter().find(|(s, _)| *s == said) {
        return (*plain).into();
    }
    // serde reads a list as an object's fields in order, and counts them.
    if said.starts_with("invalid length") {
        return "should be an object `{…}`, not a list `[…]`".into();
    }
    let mut s = said.to_string();
    for (from, to) in [
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "a line break or tab inside double quotes: write it as \\n or \\t",
        ),
        ("invalid type: ", "found "),
        ("invalid value: ", "found "),
        ("expected a boolean", "expected true or false"),
        ("boolean `", "`"),
        ("string \"", "the text \""),
        ("expected a string", "expected text in double quotes"),
        ("expected a sequence", "expected a list `[…]`"),
        ("sequence", "a list `[…]`"),
        ("expected u32", "expected a whole number"),
        ("integer `", "the number `"),
        ("floating point `", "the number `"),
        ("expected a map", "expected an object `{…}`"),
        (", expected struct ", ", expected an object `{…}`: "),
        ("map,", "an object `{…}`,"),
        ("expected `", "missing `"),
        // Last: "found the text \"no\", should be true or false".
        (", expected ", ", should be "),
    ] {
        s = s.replace(from, to);
    }
    // "expected an object `{…}`: Choice" reads as jargon: drop the type name.
    if let Some(n) = s.find("`{…}`: ") {
        // In bytes: `{…}` is 7 (the ellipsis takes 3), then ": " and the name.
        let end = s[n + 9..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(s.len(), |e| n + 9 + e);
        s.replace_range(n + 7..end, "");
    }
    s
}

/// Where byte `at` of a JSON object's text is: the innermost list entry's `id`, and the path of
/// fields to it, each list entry named by its `id` (found before or after `at`) or position, as
/// the validator names fields: `choices.hours.explain`. `closing`: the error is about the
/// innermost object as a whole (a missing field), so its last key is not part of the path.
/// Tolerant: the text may be cut or broken.
fn field_at(json: &str, at: usize, closing: bool) -> (Option<String>, String) {
    enum Frame {
        Object {
            key: Option<String>,
            id: Option<String>,
            expecting_key: bool,
        },
        List {
            index: usize,
        },
    }
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // The path at `at`: (key or list position) per frame, and the ids of its objects, filled
    // in while those objects stay open after `at`.
    let mut snapshot: Option<Vec<Result<Option<String>, usize>>> = None;
    let mut ids: Vec<Option<String>> = Vec::new();
    let mut open = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i >= at && snapshot.is_none() {
            let last = stack.len();
            snapshot = Some(
                stack
                    .iter()
                    .enumerate()
                    .map(|(n, f)| match f {
                        Frame::Object {
                            key, expecting_key, ..
                        } => Ok(key
                            .clone()
                            .filter(|_| n + 1 < last || !(*expecting_key || closing))),
                        Frame::List { index } => Err(*index),
                    })
                    .collect(),
            );
            ids = stack
                .iter()
                .map(|f| match f {
                    Frame::Object { id, .. } => id.clone(),
                    Frame::List { .. } => None,
                })
                .collect();
            open = stack.len();
        }
        match bytes[i] {
            b'"' => {
                let begin = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let s = json
                    .get(begin..i.min(bytes.len()))
                    .unwrap_or("")
                    .to_string();
                let depth = stack.len();
                if let Some(Frame::Object {
                    key,
                    id,
                    expecting_key,
                }) = stack.last_mut()
                {
                    if *expecting_key {
                        *key = Some(s);
                        *expecting_key = false;
                    } else if key.as_deref() == Some("id") {
                        if snapshot.is_some() && depth <= open {
                            ids[depth - 1] = Some(s.clone());
                        }
                        *id = Some(s);
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                id: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::List { index: 0 }),
            b'}' | b']' => {
                stack.pop();
                if snapshot.is_some() {
                    open = open.min(stack.len());
                    if open == 0 {
                        break;
                    }
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                Some(Frame::List { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let snapshot = snapshot.unwrap_or_default();
    let mut path = Vec::new();
    let mut item = None;
    for (n, part) in snapshot.iter().enumerate() {
        match part {
            Ok(key) => path.extend(key.clone()),
            Err(index) => {
                let entry_id = ids.get(n + 1).cloned().flatten();
                path.push(entry_id.clone().unwrap_or_else(|| (index + 1).to_string()));
                item = entry_id;
            }
        }
    }
    (item, path.join("."))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::bank::catalog;

    const EXAMPLE: &str = include_str!("../../examples/decks/my-first-deck.json");
    const BROKEN: &str = include_str!("../../examples/decks/broken-deck.json");

    fn check(text: &str) -> Result<Deck, Vec<ContentError>> {
        check_custom_deck(text, catalog())
    }

    fn errors(text: &str) -> Vec<ContentError> {
        check(text).expect_err("the deck has problems")
    }

    /// The example deck with `edit` applied to its JSON value.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        edit(&mut v);
        serde_json::to_string_pretty(&v).unwrap()
    }

    /// The one error with this id and field, and its message.
    fn message(errors: &[ContentError], id: &str, field: &str) -> String {
        let found: Vec<_> = errors
            .iter()
            .filter(|e| e.id == id && e.field == field)
            .collect();
        assert_eq!(found.len(), 1, "one error for {id}/{field} in {errors:#?}");
        assert_eq!(found[0].file, "your deck");
        found[0].message.clone()
    }

    /// No serde, Rust or build words reach a blog author.
    fn reads_well(errors: &[ContentError]) {
        for e in errors {
            let m = e.message.to_lowercase();
            for word in [
                "seed",
                "struct",
                "variant",
                "sequence",
                "eof",
                "u32",
                "serde",
                "map,",
                "toml",
                ".txt",
                "content/",
                "invalid",
                "unknown field",
                "missing field",
                "expected one",
                "elements",
            ] {
                assert!(!m.contains(word), "{word:?} in {e}");
            }
        }
    }

    #[test]
    fn the_example_deck_passes() {
        let deck = check(EXAMPLE).expect("the example is a valid deck");
        assert_eq!(deck.id, "my-first-deck");
        assert_eq!(deck.questions.len(), 4);
        assert!(deck.is_general());
        // Read one question at a time or all at once: the same deck (RawDeck keeps step).
        assert_eq!(deck, serde_json::from_str::<Deck>(EXAMPLE).unwrap());
    }

    #[test]
    fn a_deck_over_the_size_cap_is_refused_before_it_is_read() {
        let text = format!("{EXAMPLE}{}", " ".repeat(600 * 1024 - EXAMPLE.len()));
        let e = errors(&text);
        assert_eq!(e.len(), 1);
        assert_eq!(
            message(&e, "-", "-"),
            "the deck is 600 KB; the most a custom deck may be is 512 KB"
        );
        // At the cap exactly it is read.
        let text = format!("{EXAMPLE}{}", " ".repeat(MAX_DECK_BYTES - EXAMPLE.len()));
        assert!(check(&text).is_ok());
    }

    #[test]
    fn a_deck_over_the_question_cap_is_refused() {
        let text = edited(|v| {
            let q = v["questions"][3].clone();
            let list = v["questions"].as_array_mut().unwrap();
            for n in 0..MAX_QUESTIONS - 3 {
                let mut q = q.clone();
                q["id"] = format!("extra-{n}").into();
                list.push(q);
            }
        });
        let e = errors(&text);
        assert_eq!(
            message(&e, "my-first-deck", "questions"),
            "the deck has 501 questions; the most a custom deck may have is 500"
        );
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn a_web_page_is_named_as_such() {
        let e = errors("\n  <!doctype html><html><body>Not found</body></html>");
        assert_eq!(
            message(&e, "-", "-"),
            "this is a web page, not a deck: give the deck's JSON itself (a file or address that serves it)"
        );
    }

    #[test]
    fn json_that_does_not_parse_gets_its_line_and_column() {
        // A missing comma after the title, on line 3.
        let text = EXAMPLE.replacen(r#"story","#, r#"story""#, 1);
        let e = errors(&text);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].id, "-");
        assert_eq!(
            e[0].message,
            "this is not valid JSON: missing `,` or `}` (line 4, column 3)"
        );
        let e = errors(&EXAMPLE[..200]);
        assert_eq!(
            e[0].message,
            "this is not valid JSON: the text ends too soon: a closing `}`, `]` or `\"` is missing (line 8, column 6)"
        );
        let e = errors(&EXAMPLE.replacen(r#""title""#, "title", 1));
        assert_eq!(
            e[0].message,
            "this is not valid JSON: a field name must be in double quotes (line 3, column 3)"
        );
        let e = errors(&EXAMPLE.replacen("  ]\n}", "  ],\n}", 1));
        assert!(
            e[0].message
                .contains("a comma before a closing `}` or `]`: JSON allows none there (line"),
            "{e:#?}"
        );
        reads_well(&e);
    }

    #[test]
    fn an_unknown_field_is_named_with_its_question_and_path() {
        let text = edited(|v| {
            let choice = &mut v["questions"][0]["choices"][1];
            let explain = choice.as_object_mut().unwrap().remove("explain").unwrap();
            choice["explian"] = explain;
        });
        let e = errors(&text);
        let m = message(&e, "most-time", "choices.background.explian");
        // Line 13 of the edited deck (its keys sorted), just after the field's name.
        assert_eq!(
            m,
            "stardrill does not know this field: did you mean “explain”? (line 13, column 19)"
        );
        // At the top level too, and in a section.
        let e = errors(&edited(|v| v["titel"] = "x".into()));
        assert!(message(&e, "my-first-deck", "titel").contains("did you mean “title”?"));
        let e = errors(&edited(|v| v["sections"][1]["sourse"] = "x".into()));
        assert!(message(&e, "voice", "sections.sourse").contains("did you mean “source”?"));
        // Far from every field it knows: the fields, not a guess.
        let e = errors(&edited(|v| v["questions"][1]["colour"] = "x".into()));
        let m = message(&e, "we-is-fine", "colour");
        assert!(
            m.starts_with("stardrill does not know this field: it knows “id”, “type”, “prompt”"),
            "{m}"
        );
        reads_well(&e);
    }

    #[test]
    fn a_missing_field_is_named_and_every_malformed_question_reported() {
        let text = edited(|v| {
            v["questions"][1].as_object_mut().unwrap().remove("explain");
            // A choice with no explain.
            v["questions"][3]["choices"][0]
                .as_object_mut()
                .unwrap()
                .remove("explain");
        });
        let e = errors(&text);
        assert_eq!(e.len(), 2, "{e:#?}");
        let missing = "this field is missing (why this is right or wrong)";
        assert_eq!(message(&e, "we-is-fine", "explain"), missing);
        assert_eq!(
            message(&e, "stronger-ending", "choices.vague.explain"),
            missing
        );
        reads_well(&e);
    }

    #[test]
    fn wrong_types_are_named_with_the_field() {
        let text = edited(|v| {
            v["questions"][1]["answer"] = "no".into();
            v["questions"][0]["choices"][0]["correct"] = "yes".into();
            v["questions"][2]["type"] = "sorting".into();
            v["questions"][3]["choices"] = "two".into();
        });
        let e = errors(&text);
        assert_eq!(e.len(), 4, "{e:#?}");
        assert!(
            message(&e, "we-is-fine", "answer")
                .starts_with("found the text \"no\", should be true or false (line "),
            "{e:#?}"
        );
        assert!(message(&e, "most-time", "choices.actions.correct")
            .starts_with("found the text \"yes\", should be true or false (line "));
        assert!(message(&e, "story-order", "type")
            .starts_with("stardrill does not know this value: it knows “single”, “multi”"));
        assert!(message(&e, "stronger-ending", "choices")
            .starts_with("found the text \"two\", should be a list `[…]` (line "));
        let e = errors(&edited(|v| v["order"] = "first".into()));
        assert!(message(&e, "my-first-deck", "order")
            .starts_with("found the text \"first\", should be a whole number (line "));
        let e = errors(&edited(|v| v["sections"] = serde_json::json!({})));
        assert!(
            message(&e, "my-first-deck", "sections")
                .starts_with("found an object `{…}`, should be a list `[…]` (line "),
            "{e:#?}"
        );
        // A choice that is not an object, and a type that is not a word.
        let e = errors(&edited(|v| {
            v["questions"][0]["choices"][0] = serde_json::json!(["i"]);
            v["questions"][1]["type"] = 3.into();
        }));
        assert!(
            message(&e, "most-time", "choices.1.1")
                .starts_with("should be an object `{…}`, not a list `[…]` (line "),
            "{e:#?}"
        );
        assert!(
            message(&e, "we-is-fine", "type").starts_with("should be text in double quotes (line ")
        );
        reads_well(&e);
    }

    #[test]
    fn the_validator_names_question_and_field_for_every_problem() {
        let text = edited(|v| {
            v["questions"][1]["id"] = "most-time".into();
            v["questions"][0]["choices"][0]["explain"] = " ".into();
            v["questions"][0]["principle"] = "kindness".into();
            v["questions"][3]["choices"][1]
                .as_object_mut()
                .unwrap()
                .remove("correct");
            v["sections"][0]["source"] = "003_6186badc7f6ec2aa.tx".into();
            v["sections"][0]["headings"] = serde_json::json!(["Definition"]);
        });
        let e = errors(&text);
        assert_eq!(e.len(), 5, "{e:#?}");
        assert_eq!(message(&e, "most-time", "id"), "duplicate id in this deck");
        assert_eq!(
            message(&e, "most-time", "choices.actions.explain"),
            "must not be empty"
        );
        assert_eq!(
            message(&e, "most-time", "principle"),
            "no principle has the id `kindness`"
        );
        assert_eq!(
            message(&e, "stronger-ending", "choices"),
            "no choice is marked correct (`correct = true` in TOML, `\"correct\": true` in JSON)"
        );
        assert!(message(&e, "shape", "sections.source")
            .contains("is not listed in the widget's source documents (leave `source` out"));
        // A bundled source document may be named, with its headings.
        let text = edited(|v| {
            v["sections"][0]["source"] = "003_6186badc7f6ec2aa.txt".into();
            v["sections"][0]["headings"] = serde_json::json!(["Definition"]);
        });
        assert!(check(&text).is_ok());
        // A question id of a bundled deck is the author's to use: custom ids are renamed.
        let bundled = &crate::bank::bundled().decks[0].questions[0].id;
        assert!(check(&edited(
            |v| v["questions"][0]["id"] = bundled.as_str().into()
        ))
        .is_ok());
    }

    #[test]
    fn malformed_and_invalid_questions_are_reported_together() {
        let e = errors(BROKEN);
        let lines: Vec<String> = e.iter().map(ToString::to_string).collect();
        assert_eq!(e.len(), 5, "{lines:#?}");
        assert_eq!(
            message(&e, "unknown-principle", "principle"),
            "no principle has the id `be-nice`"
        );
        assert!(
            message(&e, "no-explain", "choices.we.explain").starts_with("this field is missing")
        );
        assert!(message(&e, "typo", "explian").contains("did you mean “explain”?"));
        assert!(message(&e, "wrong-answer", "answer").contains("should be true or false"));
        assert_eq!(
            message(&e, "unknown-principle", "id"),
            "duplicate id in this deck"
        );
        reads_well(&e);
    }

    /// The lines the widget, the author screen and a deck link show: a sentence each, naming
    /// the question (section, choice…) and the field, with no parser words.
    #[test]
    fn problem_lines_read_as_sentences() {
        let lines = |text: &str| problem_lines(text, &errors(text));
        assert_eq!(
            lines("{ not json"),
            ["This is not valid JSON: a field name must be in double quotes (line 1, column 3)"]
        );
        assert_eq!(
            lines("[]"),
            ["This is a list `[…]`: a deck is one object `{…}`, as in the example"]
        );
        assert_eq!(
            lines(&edited(|v| {
                v.as_object_mut().unwrap().remove("summary");
            })),
            ["The deck needs a “summary” (one sentence under its title)"]
        );
        assert_eq!(
            lines(&edited(|v| v["sections"][1]["sourse"] = "x".into()))[0],
            "Section “voice” has a field “sourse” that stardrill does not know: did you mean “source”? (line 96, column 14)"
        );
        assert_eq!(
            lines(&edited(
                |v| v["questions"][0]["choices"][1]["text"] = " ".into()
            )),
            ["Choice “background” of question “most-time”, field “text”: must not be empty"]
        );
        let broken = lines(BROKEN);
        assert_eq!(
            broken,
            [
                "Choice “we” of question “no-explain” needs an “explain” (why this is right or wrong)",
                "Question “typo” has a field “explian” that stardrill does not know: did you mean “explain”? (line 30, column 15)",
                "Question “wrong-answer”, field “answer”: found the text \"no\", should be true or false (line 37, column 20)",
                "Question “unknown-principle”, field “principle”: no principle has the id `be-nice`",
                "Question “unknown-principle”, field “id”: duplicate id in this deck",
            ]
        );
        // A duplicate choice id is the choice's; a question without an id, by its place.
        let text = edited(|v| {
            v["questions"][0]["choices"][1]["id"] = "actions".into();
            v["questions"][2].as_object_mut().unwrap().remove("id");
        });
        let text_lines = lines(&text);
        assert!(
            text_lines.contains(
                &"Choice “actions”, field “id”: duplicate id in question most-time".into()
            ),
            "{text_lines:#?}"
        );
        assert!(
            text_lines.contains(
                &"Question 3 needs an “id” (a short name of a-z, 0-9 and hyphens)".into()
            ),
            "{text_lines:#?}"
        );
    }

    #[test]
    fn a_typo_keeps_the_word_s_letters() {
        for (typo, field) in [
            ("explian", "explain"),
            ("titel", "title"),
            ("sumary", "summary"),
            ("sections", "section"),
            ("sourse", "source"),
        ] {
            assert_eq!(
                known(&format!(
                    "unknown field `{typo}`, expected `id` or `{field}`"
                )),
                format!("did you mean “{field}”?")
            );
        }
        assert_eq!(
            known("unknown field `txet`, expected `id` or `text`"),
            "did you mean “text”?"
        );
        // Other letters make another word.
        assert_eq!(
            known("unknown field `bay`, expected `id` or `key`"),
            "it knows “id”, “key”"
        );
        assert_eq!(
            known("unknown field `x`, there are no fields"),
            "it takes none here"
        );
    }

    #[test]
    fn the_hash_ignores_formatting_and_follows_content() {
        let hash = content_hash(EXAMPLE);
        assert_eq!(hash.len(), 8);
        assert!(hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        // Re-indented (whitespace between tokens only): the same hash.
        let compact: String = EXAMPLE.lines().map(str::trim).collect();
        assert_ne!(compact, EXAMPLE);
        assert_eq!(content_hash(&compact), hash);
        // A change inside a text, even of its spaces, is a change of content.
        let edited = EXAMPLE.replacen("Where should", "Where  should", 1);
        assert_ne!(edited, EXAMPLE);
        assert_ne!(content_hash(&edited), hash);
        let escaped = EXAMPLE.replacen(r#"\"I\""#, r#"\"I \""#, 1);
        assert_ne!(escaped, EXAMPLE);
        assert_ne!(content_hash(&escaped), hash);
    }

    #[test]
    fn compact_json_drops_only_whitespace_between_tokens() {
        let compact = compact_json(EXAMPLE);
        assert!(compact.len() < EXAMPLE.len() && !compact.contains('\n'));
        let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(value(&compact), value(EXAMPLE));
        assert_eq!(content_hash(&compact), content_hash(EXAMPLE));
        // Spaces inside strings, escaped quotes included, are content.
        assert_eq!(
            compact_json("{ \"a b\" : [ \"x \\\" y\" , 1 ] }"),
            "{\"a b\":[\"x \\\" y\",1]}"
        );
    }

    #[test]
    fn as_custom_renames_deck_and_question_ids_with_the_hash() {
        let deck = check(EXAMPLE).unwrap();
        let hash = content_hash(EXAMPLE);
        let custom = as_custom(deck.clone(), &hash);
        assert_eq!(custom.id, format!("custom-{hash}-my-first-deck"));
        assert!(is_custom(&custom.id) && !is_custom(&deck.id));
        for (q, original) in custom.questions.iter().zip(&deck.questions) {
            assert_eq!(q.id, format!("c{hash}-{}", original.id));
            assert!(is_custom_question(&q.id) && !is_custom_question(&original.id));
            assert_eq!(
                (&q.section, &q.choices),
                (&original.section, &original.choices)
            );
        }
        assert_eq!(custom.sections, deck.sections);
        // No bundled deck or question looks custom (the build refuses it).
        for d in &crate::bank::bundled().decks {
            assert!(!is_custom(&d.id));
            assert!(d.questions.iter().all(|q| !is_custom_question(&q.id)));
        }
        // What the screens keep: checked and renamed in one step, the same hash re-indented.
        let kept = checked_custom_deck(&compact_json(EXAMPLE), crate::bank::catalog()).unwrap();
        assert_eq!(kept, custom);
        assert!(checked_custom_deck("{", crate::bank::catalog()).is_err());
    }
}
