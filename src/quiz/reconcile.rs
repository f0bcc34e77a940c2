//! Saved attempts against the bank of today. Content changes under people's saved quizzes:
//! questions are rewritten, renamed or removed, choices added or dropped. A saved attempt holds
//! only ids (question ids, the choice order the learner saw), so it can always be brought back in
//! line with the current deck here, in one place, before it is shown or changed:
//! - an unanswered item whose question is gone leaves the attempt; an answered one stays, as
//!   history (its score counts, as in results), but is never shown again; both are counted for
//!   a one-line notice. Keeping answers means a reconciled copy never holds fewer answers than
//!   the saved one, so a merge (which prefers the copy with more answers) keeps it;
//! - a saved display order that no longer matches the question's parts (an unknown, missing or
//!   repeated id) is drawn again, from the attempt's seed and the question id, so every tab and
//!   every reload draws the same one;
//! - `current` stays on the same question while it exists; on a question that is gone it moves
//!   to the next unanswered one still in the deck (or any such one);
//! - an open attempt with no unanswered question left in the deck is finished ("closed"), so
//!   "continue where you left off" never points at it again.
//!
//! Finished attempts are history and are left as they were graded.

use super::attempt::{shuffled_parts, Attempt};
use super::rng::SplitMix64;
use crate::model::{Deck, Question};

/// What reconciling changed, for the notice on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reconciled {
    /// Unanswered questions of the attempt no longer in the deck, taken out of it.
    pub removed: usize,
    /// Answered questions no longer in the deck, kept as history (not a change: they are
    /// found again on every visit, and counted for the notice).
    pub kept_gone: usize,
    /// The question on screen went, so `current` moved.
    pub moved: bool,
    /// Questions whose display order had to be drawn again. Not a change worth saving on its
    /// own: a tab on an older build would draw the order back, and two tabs would rewrite
    /// each other's saves forever; the next answer saves it.
    pub reordered: usize,
    /// The attempt was finished or closed because nothing was left to answer.
    pub closed: bool,
}

impl Reconciled {
    /// Whether the attempt was changed in a way that must be saved (dated, and sent to other
    /// tabs): a question left, the learner moved on, or the attempt closed.
    pub fn changed(&self) -> bool {
        self.removed > 0 || self.moved || self.closed
    }

    /// One line for the learner, or `None` when no question of theirs went away.
    pub fn notice(&self) -> Option<String> {
        match self.removed + self.kept_gone {
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
    let present = |id: &str| deck.questions.iter().any(|q| q.id == id);
    let before = attempt.items.len();
    let gone_answered = attempt
        .items
        .iter()
        .filter(|i| i.is_answered() && !present(&i.question))
        .count();
    let current_id = attempt
        .items
        .get(attempt.current)
        .map(|i| i.question.clone());
    attempt
        .items
        .retain(|item| item.is_answered() || present(&item.question));
    report.removed = before - attempt.items.len();
    report.kept_gone = gone_answered;

    for item in &mut attempt.items {
        let Some(q) = deck.questions.iter().find(|q| q.id == item.question) else {
            continue;
        };
        if !order_matches(q, &item.order) {
            item.order = redrawn_order(q, attempt.options.seed);
            report.reordered += 1;
        }
    }

    // Where the learner was, if that question is still in the deck.
    let was = current_id
        .as_ref()
        .and_then(|id| attempt.items.iter().position(|i| &i.question == id));
    let open = |i: &super::attempt::AttemptItem| !i.is_answered() && present(&i.question);
    match was {
        Some(p) if present(&attempt.items[p].question) => attempt.current = p,
        _ => {
            report.moved = true;
            // The question on screen went: the next one left to answer after it, else any.
            let from = was.unwrap_or(attempt.current).min(attempt.items.len());
            let next = attempt.items[from..]
                .iter()
                .position(open)
                .map(|p| p + from)
                .or_else(|| attempt.items.iter().position(open));
            match next {
                Some(p) => attempt.current = p,
                None => {
                    attempt.current = attempt.items.len().saturating_sub(1);
                    attempt.finished_at = Some(now);
                    report.closed = true;
                }
            }
        }
    }
    if report.changed() {
        attempt.updated_at = attempt.updated_at.max(now);
    }
    report
}

/// True when `order` is a permutation of the question's current parts.
pub fn order_matches(q: &Question, order: &[String]) -> bool {
    let mut want = q.part_ids();
    let mut have: Vec<&str> = order.iter().map(String::as_str).collect();
    crate::small_sort::sort(&mut want);
    crate::small_sort::sort(&mut have);
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
