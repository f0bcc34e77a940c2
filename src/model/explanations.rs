//! A bundled deck travels as two files: the deck without its explanations, which a quiz needs
//! before its first question, and the explanations (`decks/<id>.<hash>.explain.json`, a JSON
//! list of strings), which the feedback needs after the first answer and the app fetches while
//! the learner reads that question. Half of a deck's bytes are explanations: the cold start of
//! a quiz fetches the other half only (README, "Size and speed").
//!
//! One order serves both ways: [`slots`] lists every `explain` of a deck (each question's
//! takeaway, then its choices', steps' and pairs'), build.rs takes them out in that order and
//! the browser puts them back in it.

use super::types::Deck;

/// Every explanation of a deck, in the order its explanations file lists them.
fn slots(deck: &mut Deck) -> Vec<&mut String> {
    let mut slots = Vec::new();
    for q in &mut deck.questions {
        slots.push(&mut q.explain);
        slots.extend(q.choices.iter_mut().map(|c| &mut c.explain));
        slots.extend(q.steps.iter_mut().map(|s| &mut s.explain));
        slots.extend(q.pairs.iter_mut().map(|p| &mut p.explain));
    }
    slots
}

/// Takes the explanations out of a deck (build time), leaving them empty.
pub fn take(deck: &mut Deck) -> Vec<String> {
    slots(deck).into_iter().map(std::mem::take).collect()
}

/// Puts a deck's explanations back; `false`, and the deck untouched, if their number is not
/// the deck's or one is empty (a file of another version).
pub fn put(deck: &mut Deck, texts: Vec<String>) -> bool {
    let slots = slots(deck);
    if slots.len() != texts.len() || texts.iter().any(String::is_empty) {
        return false;
    }
    for (slot, text) in slots.into_iter().zip(texts) {
        *slot = text;
    }
    true
}

/// A deck's file name, from the texts of its two files (`decks/<id>.<hash>.json`, the hash of
/// both): a changed explanation renames both files, and so does a change of how a deck is
/// split. So no build is ever handed another build's file under its own name: a tab still on
/// the old build finds its decks in the old build's cache (`src/sw.js`), whatever the new one
/// keeps under the same names.
pub fn deck_file(id: &str, first: &str, explanations: &str) -> String {
    super::catalog::deck_file(id, &format!("{first}\n{explanations}"))
}

/// A deck as build.rs writes it: its file name (`deck_file`), the text of that file (the deck
/// without its explanations) and the text of its explanations file.
pub fn files(deck: &Deck) -> Result<(String, String, String), serde_json::Error> {
    let mut first = deck.clone();
    let explanations = serde_json::to_string(&take(&mut first))?;
    let first = serde_json::to_string(&first)?;
    Ok((
        deck_file(&deck.id, &first, &explanations),
        first,
        explanations,
    ))
}

/// The explanations file of a deck file: `decks/<id>.<hash>.json` → `….explain.json`.
pub fn file_of(deck_file: &str) -> String {
    let stem = deck_file.strip_suffix(".json").unwrap_or(deck_file);
    format!("{stem}.explain.json")
}

impl Deck {
    /// Whether the deck has its explanations: a bundled deck fetched without them has every
    /// one empty; every deck validated (a bundled or a blog author's) has none empty.
    pub fn explained(&self) -> bool {
        self.questions.first().is_none_or(|q| !q.explain.is_empty())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_deck_splits_and_comes_back_whole() {
        for deck in &crate::bank::bundled().decks {
            let mut bare = deck.clone();
            let texts = take(&mut bare);
            assert!(deck.explained() && !bare.explained(), "{}", deck.id);
            assert!(texts.iter().all(|t| !t.is_empty()), "{}", deck.id);
            // Not one explanation left behind in the file the quiz starts with.
            assert!(slots(&mut bare).iter().all(|s| s.is_empty()), "{}", deck.id);
            let mut wrong = bare.clone();
            assert!(!put(&mut wrong, texts[1..].to_vec()), "{}", deck.id);
            let mut blank = texts.clone();
            blank[0].clear();
            assert!(!put(&mut wrong, blank), "{}", deck.id);
            assert_eq!(wrong, bare, "a refused file leaves the deck as it was");
            assert!(put(&mut bare, texts));
            assert_eq!(&bare, deck);
        }
    }

    #[test]
    fn the_explanations_file_is_named_after_the_deck_file() {
        assert_eq!(
            file_of("decks/influence.a00058b120cc.json"),
            "decks/influence.a00058b120cc.explain.json"
        );
    }
}
