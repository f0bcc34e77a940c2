//! The bundled content in the browser: the catalog (embedded, parsed on first use) and the decks
//! fetched so far. Decks are fetched by `deck_loader` (browser glue) and kept here for the life
//! of the page, shared by every widget of the page; screens read them synchronously once their
//! `DeckGate` has seen them arrive. A kept deck is leaked on purpose: it lives as long as the
//! page anyway, and `&'static` lets screens and props borrow it as they borrowed the bundled
//! bank before (a handful of decks, each loaded once).
//!
//! Bundled content was validated at build time, so a parse failure of the catalog would mean a
//! broken build; it is still reported as an error value rather than a panic.

use crate::json::FromJson;
use crate::model::{Catalog, Deck, DeckEntry, DeckSource, Question};
use std::cell::RefCell;
use std::sync::OnceLock;

/// The catalog as build.rs wrote it: a text of fields (`model::catalog_text`), and the rubric as
/// a Rust expression, in the full build only (it is what the story coach reads). Measured: the
/// catalog as JSON needed the deserialisers of a dozen types, and as one Rust expression 8 KB of
/// code; the rubric's types are many and its values few, so it stays an expression.
fn bundled_catalog() -> Catalog {
    #[allow(clippy::all)]
    fn rubric() -> crate::model::Rubric {
        use crate::model::*;
        /// A generated list of strings: one static text, one line per string.
        fn lines(text: &'static str) -> Vec<String> {
            text.split('\n').map(str::to_owned).collect()
        }
        include!(concat!(env!("OUT_DIR"), "/rubric.rs"))
    }
    let rubric = if cfg!(feature = "full") {
        rubric()
    } else {
        Default::default()
    };
    let text = include_str!(concat!(env!("OUT_DIR"), "/catalog.txt"));
    crate::model::catalog_text::read(text, rubric)
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

/// The bundled catalog, built on first call. It cannot fail: it is code, written from content
/// that build.rs validated.
pub fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(bundled_catalog)
}

/// The decks this page has loaded.
#[derive(Debug, Default, Clone)]
pub struct LoadedDecks(Vec<&'static Deck>);

impl LoadedDecks {
    pub fn get(&self, id: &str) -> Option<&'static Deck> {
        self.0.iter().find(|d| d.id == id).copied()
    }

    /// A question of any loaded deck, with its deck.
    pub fn find_question(&self, id: &str) -> Option<(&'static Deck, &'static Question)> {
        self.0.iter().find_map(|d| d.question(id).map(|q| (*d, q)))
    }

    /// Keeps a deck; a later copy of the same id replaces the first.
    pub fn insert(&mut self, deck: &'static Deck) {
        self.0.retain(|d| d.id != deck.id);
        self.0.push(deck);
    }
}

impl DeckSource for LoadedDecks {
    fn deck(&self, id: &str) -> Option<&Deck> {
        self.get(id)
    }
    fn question(&self, id: &str) -> Option<(&Deck, &Question)> {
        self.find_question(id)
            .map(|(d, q)| (d as &Deck, q as &Question))
    }
}

thread_local! {
    static LOADED: RefCell<LoadedDecks> = RefCell::default();
}

/// A loaded deck, if this page has it.
pub fn deck(id: &str) -> Option<&'static Deck> {
    LOADED.with(|l| l.borrow().get(id))
}

/// A question of a loaded deck, with its deck.
pub fn question(id: &str) -> Option<(&'static Deck, &'static Question)> {
    LOADED.with(|l| l.borrow().find_question(id))
}

/// A deck's title if this page knows the deck: the catalog's, else a loaded deck's (a blog
/// author's, once this page has opened it).
pub fn known_title(id: &str) -> Option<&'static str> {
    (catalog().deck(id).map(|entry| entry.title.as_str()))
        .or_else(|| deck(id).map(|d| d.title.as_str()))
}

/// A deck's title where past quizzes are listed: `known_title`, else plain words. Never the id:
/// a blog author's is `custom-<hash>-<their id>`, which means nothing to a reader.
pub fn title_of(id: &str) -> &'static str {
    known_title(id).unwrap_or(if crate::model::is_custom(id) {
        "A blog author's deck"
    } else {
        "A deck this version does not have"
    })
}

/// Keeps a deck for the rest of the page's life.
pub fn keep(deck: Deck) -> &'static Deck {
    let deck: &'static Deck = Box::leak(Box::new(deck));
    LOADED.with(|l| l.borrow_mut().insert(deck));
    deck
}

/// Runs `f` over the decks loaded so far (the store's reducer grades and reconciles with them).
pub fn with_loaded<T>(f: impl FnOnce(&LoadedDecks) -> T) -> T {
    LOADED.with(|l| f(&l.borrow()))
}

/// A fetched deck file's text, checked to be the deck the catalog names. The error completes
/// "Could not load “<deck>”: …".
pub fn parse_deck(entry: &DeckEntry, text: &str) -> Result<Deck, String> {
    let deck = read_data(text, Deck::from_json)?;
    if deck.id != entry.id || deck.questions.len() != entry.questions {
        return Err(ANOTHER_VERSION.into());
    }
    Ok(deck)
}

/// A fetched explanations file's text (`model::explanations`), put into a copy of its deck. The
/// error completes "Could not load the explanations: …".
pub fn parse_explanations(deck: &Deck, text: &str) -> Result<Deck, String> {
    let texts = read_data(text, Vec::<String>::from_json)?;
    let mut whole = deck.clone();
    if !crate::model::explanations::put(&mut whole, texts) {
        return Err(ANOTHER_VERSION.into());
    }
    Ok(whole)
}

const ANOTHER_VERSION: &str = "its data file belongs to another version of stardrill";

/// A data file's text read as JSON, then as `T`; a web page the host sent instead is named.
fn read_data<T>(
    text: &str,
    read: fn(&crate::json::Value) -> Result<T, String>,
) -> Result<T, String> {
    if text.trim_start().starts_with('<') {
        return Err("the host sent a web page instead of the deck's data".into());
    }
    // crate::json, not serde_json: the reader's build carries no serde reader (README, "Size").
    let unreadable = |e: String| format!("its data file is not readable ({e})");
    let value = crate::json::parse(text).map_err(|e| unreadable(e.to_string()))?;
    read(&value).map_err(unreadable)
}

/// The whole bank, for host tests (the wasm never includes it: the browser fetches decks).
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled() -> &'static crate::model::Bank {
    static BANK: OnceLock<crate::model::Bank> = OnceLock::new();
    BANK.get_or_init(|| {
        let json = include_str!(concat!(env!("OUT_DIR"), "/bank.json"));
        serde_json::from_str(json).expect("build.rs wrote a valid bank")
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_deck_is_named_by_its_title_never_its_id() {
        let bundled = &catalog().decks[0];
        assert_eq!(title_of(&bundled.id), bundled.title);
        // A blog author's deck: plain words until this page has it, then its title.
        let text = include_str!("../examples/decks/my-first-deck.json");
        let deck = crate::model::custom::checked_custom_deck(text, catalog()).unwrap();
        let (id, title) = (deck.id.clone(), deck.title.clone());
        assert!(id.starts_with("custom-"));
        assert_eq!(title_of(&id), "A blog author's deck");
        keep(deck);
        assert_eq!(title_of(&id), title);
        assert_eq!(
            title_of("retired-deck"),
            "A deck this version does not have"
        );
    }

    #[test]
    fn the_generated_catalog_equals_the_validated_one() {
        let json = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));
        let parsed: Catalog = serde_json::from_str(json).unwrap();
        assert_eq!(*catalog(), parsed);
    }

    #[test]
    fn the_catalog_lists_every_bundled_deck_with_its_file_and_count() {
        let catalog = catalog();
        let bank = bundled();
        assert_eq!(catalog.decks.len(), bank.decks.len());
        for (entry, deck) in catalog.decks.iter().zip(&bank.decks) {
            assert_eq!(entry.id, deck.id);
            assert_eq!(entry.questions, deck.questions.len());
            let (file, _, _) = crate::model::explanations::files(deck).unwrap();
            assert_eq!(entry.file, file);
            // Never the name the deck had as one file: an older build's tab asking for that
            // name must not be handed this build's first file (src/sw.js).
            let whole = serde_json::to_string(deck).unwrap();
            assert_ne!(entry.file, crate::model::deck_file(&deck.id, &whole));
        }
    }

    #[test]
    fn a_deck_file_is_read_or_refused_with_what_is_wrong() {
        let catalog = catalog();
        let deck = &bundled().decks[1];
        let entry = catalog.deck(&deck.id).unwrap();
        let json = serde_json::to_string(deck).unwrap();
        assert_eq!(parse_deck(entry, &json).as_ref(), Ok(deck));
        let page = parse_deck(entry, "\n <!doctype html><p>My blog</p>").unwrap_err();
        assert_eq!(page, "the host sent a web page instead of the deck's data");
        let cut = parse_deck(entry, &json[..json.len() / 2]).unwrap_err();
        assert!(
            cut.starts_with("its data file is not readable (a string that is not closed at byte"),
            "{cut}"
        );
        let other = &bundled().decks[0];
        let wrong = parse_deck(entry, &serde_json::to_string(other).unwrap()).unwrap_err();
        assert_eq!(wrong, ANOTHER_VERSION);
    }

    #[test]
    fn the_two_files_build_rs_wrote_read_back_into_the_whole_deck() {
        let out = std::path::Path::new(env!("OUT_DIR"));
        for (entry, deck) in catalog().decks.iter().zip(&bundled().decks) {
            let first = std::fs::read_to_string(out.join(&entry.file)).unwrap();
            assert!(!first.contains("\"explain\""), "{}", entry.file);
            let bare = parse_deck(entry, &first).unwrap();
            assert!(!bare.explained());
            let file = crate::model::explanations::file_of(&entry.file);
            let explanations = std::fs::read_to_string(out.join(file)).unwrap();
            assert_eq!(parse_explanations(&bare, &explanations).as_ref(), Ok(deck));
            // Another deck's explanations, or a web page, are refused with what is wrong.
            let other = bundled().decks.iter().find(|d| d.id != deck.id).unwrap();
            let (_, _, theirs) = crate::model::explanations::files(other).unwrap();
            assert_eq!(
                parse_explanations(&bare, &theirs).unwrap_err(),
                ANOTHER_VERSION
            );
            assert_eq!(
                parse_explanations(&bare, "<!doctype html>").unwrap_err(),
                "the host sent a web page instead of the deck's data"
            );
        }
    }

    #[test]
    fn loaded_decks_answer_by_deck_and_by_question() {
        let bank = bundled();
        let first = &bank.decks[0];
        assert!(deck(&first.id).is_none());
        keep(first.clone());
        let q = &first.questions[0].id;
        assert_eq!(
            question(q).map(|(d, _)| d.id.clone()),
            Some(first.id.clone())
        );
        assert!(with_loaded(|l| l.question(q).is_some()));
        assert!(question("no-such-question").is_none());
    }
}
