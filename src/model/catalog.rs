//! What the first screen needs, apart from the decks themselves. The build splits the bank in
//! two: this catalog, embedded in the wasm (deck titles and counts, principles, sources, the
//! rubric, the checklists), and two data files per deck in `dist/decks/` (the deck, then its
//! explanations: `model::explanations`), fetched when a screen needs them. A reader of a blog
//! that embeds one deck downloads that deck only.

use super::types::{Bank, Checklist, Deck, Principle, Question, Rubric, Source, SourceTitles};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub principles: Vec<Principle>,
    pub sources: Vec<Source>,
    /// In home-screen order.
    pub decks: Vec<DeckEntry>,
    pub rubric: Rubric,
    pub checklists: Vec<Checklist>,
}

/// A deck as the deck list and the progress screen show it, and where its data file is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckEntry {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub questions: usize,
    /// Every section is general interview knowledge (no source document).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub general: bool,
    /// The data file, relative to the app's folder: `decks/<id>.<hash>.json` (and beside it its
    /// explanations, `….explain.json`). The hash of the content is in the name so that an HTTP
    /// cache can never hand one build's deck to another build (file names elsewhere are stable:
    /// `filehash = false`): `model::explanations::deck_file`.
    pub file: String,
}

impl Catalog {
    /// The catalog of a validated bank, with each deck's file name (`deck_file`).
    pub fn of(bank: &Bank, deck_file: impl Fn(&Deck) -> String) -> Catalog {
        Catalog {
            principles: bank.principles.clone(),
            sources: bank.sources.clone(),
            decks: bank
                .decks
                .iter()
                .map(|d| DeckEntry {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    summary: d.summary.clone(),
                    questions: d.questions.len(),
                    general: d.is_general(),
                    file: deck_file(d),
                })
                .collect(),
            rubric: bank.rubric.clone(),
            checklists: bank.checklists.clone(),
        }
    }

    pub fn deck(&self, id: &str) -> Option<&DeckEntry> {
        self.decks.iter().find(|d| d.id == id)
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }
}

impl SourceTitles for Catalog {
    fn sources(&self) -> &[Source] {
        &self.sources
    }
}

/// A deck's data file name: its id and a hash of its serialised form.
pub fn deck_file(id: &str, json: &str) -> String {
    format!("decks/{id}.{:012x}.json", fnv1a(json.as_bytes()) >> 16)
}

/// FNV-1a, 64 bits: a content fingerprint (not a defence against anyone), tiny in code.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Where decks are looked up: the whole bank (build time, host tests) or the decks fetched so
/// far (the browser). The engine (`progress::apply`) needs nothing else.
pub trait DeckSource {
    fn deck(&self, id: &str) -> Option<&Deck>;
    /// A question of any deck, with its deck (question ids are unique across decks).
    fn question(&self, id: &str) -> Option<(&Deck, &Question)>;
}

impl DeckSource for Bank {
    fn deck(&self, id: &str) -> Option<&Deck> {
        self.decks.iter().find(|d| d.id == id)
    }
    fn question(&self, id: &str) -> Option<(&Deck, &Question)> {
        self.decks
            .iter()
            .find_map(|d| d.question(id).map(|q| (d, q)))
    }
}

impl Bank {
    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }
}

impl Deck {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_its_reference_values() {
        // Published FNV-1a 64 test vectors: a changed hash would rename every deck file.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_deck_file_name_changes_with_its_content() {
        let a = deck_file("influence", r#"{"id":"influence"}"#);
        assert!(
            a.starts_with("decks/influence.") && a.ends_with(".json"),
            "{a}"
        );
        assert_eq!(a.len(), "decks/influence.".len() + 12 + ".json".len());
        assert_ne!(a, deck_file("influence", r#"{"id":"influence","x":1}"#));
    }
}
