//! The bundled content: the bank validated by `build.rs`, embedded as JSON and parsed once on
//! first use. Bundled content was validated at build time, so a parse failure here would mean a
//! broken build; it is still reported as an error value rather than a panic.

use crate::model::{Bank, Checklist, Deck, Principle, Question};
use std::sync::OnceLock;

const BANK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.json"));

static BANK: OnceLock<Result<Bank, String>> = OnceLock::new();

/// The bundled bank, parsed on first call.
pub fn bank() -> Result<&'static Bank, &'static str> {
    BANK.get_or_init(|| serde_json::from_str(BANK_JSON).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(String::as_str)
}

impl Bank {
    pub fn deck(&self, id: &str) -> Option<&Deck> {
        self.decks.iter().find(|d| d.id == id)
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// A question of any deck, with the deck it belongs to.
    pub fn question(&self, id: &str) -> Option<(&Deck, &Question)> {
        self.decks
            .iter()
            .find_map(|d| d.questions.iter().find(|q| q.id == id).map(|q| (d, q)))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn embedded_bank_parses_and_has_decks() {
        let bank = bank().expect("the embedded bank parses");
        assert!(!bank.decks.is_empty());
        assert!(bank.deck("customer-obsession").is_some());
    }
}
