//! A blog author's deck found again after a reload (the full build). Its routes
//! (`#/learn/custom-…`, `#/quiz/custom-…`) name a deck that lived in this page's memory; a
//! reload, or a phone that drops a tab in the background, emptied it. The deck comes back from
//! what made it: the deck link opened last in this tab (`storage::LINK_DECK_KEY`), or the
//! author screen's kept text (a preview). Anything else still says the deck is not on this page.

use super::{author, deck_link};
use crate::storage;

/// Whether the deck `id` is in memory again (`bank::deck`).
pub async fn restore(id: &str) -> bool {
    if let Some(payload) = storage::link_deck() {
        if deck_link::open(&payload).await.is_deck(id) {
            return true;
        }
    }
    author::restore_preview(id)
}
