//! Every change a learner can make to their progress, applied purely. The UI's reducer calls
//! [`apply`] and then saves; host tests call it directly.

use super::document::{Progress, StoryScore};
use super::merge::merge;
use crate::model::Bank;
use crate::quiz::{Attempt, Response};

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// An answer to a quiz question, graded and saved.
    Answer {
        /// A fresh attempt to save first, when this is its first answer (one save, not two).
        start: Option<Attempt>,
        attempt: String,
        question: String,
        response: Response,
    },
    /// Go to the next question, or finish after the last.
    Advance {
        attempt: String,
    },
    /// Bring the open attempts of a deck in line with its current questions
    /// (`quiz::reconcile`): sent when a quiz screen finds its saved attempt out of date.
    Reconcile {
        deck: String,
    },
    Tick {
        checklist: String,
        item: String,
        on: bool,
    },
    ResetChecklist {
        checklist: String,
    },
    SaveStory(StoryScore),
    DeleteStory {
        id: String,
    },
    /// An imported file: merged into what is there, or replacing it.
    Import {
        progress: Progress,
        replace: bool,
    },
    ResetAll,
    /// What another tab or another widget of this page saved.
    SavedElsewhere(Progress),
}

pub fn apply(progress: &mut Progress, change: Change, bank: &Bank, now: f64) {
    match change {
        Change::Answer {
            start,
            attempt,
            question,
            response,
        } => {
            if let Some(fresh) = start {
                start_attempt(progress, fresh, now);
            }
            let Some((_, q)) = bank.question(&question) else {
                return;
            };
            // Reconciled first, so the attempt answered is the one the screen showed.
            if let Some(a) = reconciled_attempt(progress, &attempt, bank, now) {
                a.answer(q, response, now);
            }
        }
        Change::Advance { attempt } => {
            let mut deck = None;
            if let Some(a) = reconciled_attempt(progress, &attempt, bank, now) {
                a.advance(now);
                deck = bank.deck(&a.deck);
            }
            // Moving on may land on an answered question that is gone: move past it too.
            if let Some(deck) = deck {
                progress.reconcile_deck(deck, now);
            }
        }
        Change::Reconcile { deck } => {
            if let Some(deck) = bank.deck(&deck) {
                progress.reconcile_deck(deck, now);
            }
        }
        Change::Tick {
            checklist,
            item,
            on,
        } => progress.set_tick(&checklist, &item, on, now),
        Change::ResetChecklist { checklist } => progress.reset_checklist(&checklist, now),
        Change::SaveStory(story) => match progress.stories.iter_mut().find(|s| s.id == story.id) {
            Some(slot) => *slot = story,
            None => progress.stories.push(story),
        },
        Change::DeleteStory { id } => {
            if let Some(s) = progress.stories.iter_mut().find(|s| s.id == id) {
                s.deleted = true;
                s.at = now;
            }
        }
        Change::Import {
            progress: imported,
            replace,
        } => {
            *progress = if replace {
                // Replacing means: forget what is here, in every tab, then take the file.
                merge(&Progress::reset_all(now), &imported_after(imported, now))
            } else {
                // After a "reset all" here, an imported file is still wanted: lift its older
                // items to the reset, so they survive it while later local changes still win.
                let reset_at = progress.reset_at;
                merge(progress, &imported_after(imported, reset_at))
            };
        }
        Change::ResetAll => *progress = Progress::reset_all(now),
        Change::SavedElsewhere(other) => *progress = merge(progress, &other),
    }
}

/// The attempt with this id, reconciled with its deck (an attempt whose questions are all gone
/// is dropped, so `None`).
fn reconciled_attempt<'a>(
    progress: &'a mut Progress,
    id: &str,
    bank: &Bank,
    now: f64,
) -> Option<&'a mut Attempt> {
    let deck = progress
        .attempts
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| bank.deck(&a.deck))?;
    progress.reconcile_deck(deck, now);
    progress.attempts.iter_mut().find(|a| a.id == id)
}

/// Saves a quiz attempt that is not saved yet (done with its first answer, so merely opening
/// quiz links does not fill storage). An attempt already saved is left as it is.
fn start_attempt(progress: &mut Progress, mut attempt: Attempt, now: f64) {
    if !progress.attempts.iter().any(|a| a.id == attempt.id) {
        // Started (saved) now, so a "reset all" made meanwhile in another tab does not drop it;
        // no other copy exists yet, so every copy will share this start.
        attempt.started_at = attempt.started_at.max(now);
        attempt.updated_at = attempt.updated_at.max(now);
        progress.put_attempt(attempt);
    }
}

/// An imported document with every change dated at least `now`, so a reset at `now` keeps it.
fn imported_after(mut p: Progress, now: f64) -> Progress {
    for a in &mut p.attempts {
        // A reset drops attempts started before it (see `merge`).
        a.started_at = a.started_at.max(now);
        a.updated_at = a.updated_at.max(now);
    }
    for items in p.checklists.values_mut() {
        for tick in items.values_mut() {
            tick.at = tick.at.max(now);
        }
    }
    for s in &mut p.stories {
        s.at = s.at.max(now);
    }
    p.reset_at = 0.0;
    p
}
