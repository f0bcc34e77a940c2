//! Saved attempts against the bank of today. Content changes under people's saved quizzes:
//! questions are rewritten, renamed or removed, choices added or dropped. A saved attempt holds
//! only ids (question ids, the choice order the learner saw), so it can always be brought back in
//! line with the current deck here, in one place, before it is shown or changed:
//! - an item whose question is gone leaves the attempt (and is counted, for a one-line notice);
//! - a saved display order that no longer matches the question's parts (an unknown, missing or
//!   repeated id) is drawn again, from the attempt's seed and the question id, so every tab and
//!   every reload draws the same one;
//! - `current` is kept on the same question where it still exists, else on the next one left;
//! - an open attempt with nothing left to answer is finished; one with no question left at all
//!   is closed (finished, empty), so "continue where you left off" never points at it again.
//!
//! Finished attempts are history and are left as they were graded.

use super::attempt::{shuffled_parts, Attempt};
use super::rng::SplitMix64;
use crate::model::{Deck, Question, QuestionType};

/// What reconciling changed, for the notice on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reconciled {
    /// Questions of the attempt no longer in the deck.
    pub removed: usize,
    /// Questions whose display order had to be drawn again.
    pub reordered: usize,
    /// The attempt was finished or closed because nothing was left to answer.
    pub closed: bool,
}

impl Reconciled {
    pub fn changed(&self) -> bool {
        *self != Reconciled::default()
    }

    /// One line for the learner, or `None` when nothing they would notice changed.
    pub fn notice(&self) -> Option<String> {
        match self.removed {
            0 => None,
            1 => Some("1 question was removed from this deck since you started.".into()),
            n => Some(format!(
                "{n} questions were removed from this deck since you started."
            )),
        }
    }
}

/// Brings an open `attempt` in line with `deck` (see the module docs). `now` dates a change, so
/// the reconciled copy wins a merge with an older one from another tab.
pub fn reconcile(attempt: &mut Attempt, deck: &Deck, now: f64) -> Reconciled {
    let mut report = Reconciled::default();
    if attempt.is_finished() || attempt.deck != deck.id {
        return report;
    }
    let current_id = attempt
        .items
        .get(attempt.current)
        .map(|i| i.question.clone());
    let before = attempt.items.len();
    attempt
        .items
        .retain(|item| deck.questions.iter().any(|q| q.id == item.question));
    report.removed = before - attempt.items.len();

    for item in &mut attempt.items {
        let Some(q) = deck.questions.iter().find(|q| q.id == item.question) else {
            continue;
        };
        if !order_matches(q, &item.order) {
            item.order = redrawn_order(q, attempt.options.seed);
            report.reordered += 1;
        }
    }

    // The same question stays on screen; if it went, the first unanswered one after where it
    // was (or, failing that, any unanswered one).
    let position = current_id
        .as_ref()
        .and_then(|id| attempt.items.iter().position(|i| &i.question == id));
    attempt.current = match position {
        Some(p) => p,
        None => {
            let was = attempt.current.min(attempt.items.len());
            attempt.items[was..]
                .iter()
                .position(|i| !i.is_answered())
                .map(|p| p + was)
                .or_else(|| attempt.items.iter().position(|i| !i.is_answered()))
                .unwrap_or(attempt.items.len().saturating_sub(1))
        }
    };

    let nothing_left = attempt.items.iter().all(|i| i.is_answered());
    // A current question that is answered shows its feedback and "Next": not stuck. Only
    // when the question on screen went away and none is left to answer is there nothing to do.
    if attempt.items.is_empty() || (nothing_left && position.is_none() && report.removed > 0) {
        attempt.finished_at = Some(now);
        report.closed = true;
    }
    if report.changed() {
        attempt.updated_at = attempt.updated_at.max(now);
    }
    report
}

/// The ids a question's display order must hold, each once: choices, steps or pairs.
fn part_ids(q: &Question) -> Vec<&str> {
    match q.kind {
        QuestionType::Order => q.steps.iter().map(|s| s.id.as_str()).collect(),
        QuestionType::Match => q.pairs.iter().map(|p| p.id.as_str()).collect(),
        QuestionType::TrueFalse | QuestionType::Flashcard => Vec::new(),
        _ => q.choices.iter().map(|c| c.id.as_str()).collect(),
    }
}

/// True when `order` is a permutation of the question's current parts.
pub fn order_matches(q: &Question, order: &[String]) -> bool {
    let mut want = part_ids(q);
    let mut have: Vec<&str> = order.iter().map(String::as_str).collect();
    want.sort_unstable();
    have.sort_unstable();
    want == have
}

/// A fresh display order for one question, from the attempt's seed mixed with the question id
/// (FNV-1a), so it does not depend on which other questions are still in the deck.
fn redrawn_order(q: &Question, seed: u64) -> Vec<String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in q.id.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    shuffled_parts(q, &mut SplitMix64::new(seed ^ hash))
}
