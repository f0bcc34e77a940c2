//! Every change a learner can make to their progress, applied purely. The UI's reducer calls
//! [`apply`] and then saves; host tests call it directly.

use super::document::{BankStory, Progress, StoryScore};
use super::merge::{merge, Dated};
use crate::model::DeckSource;
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
    /// Go on from question `from` to the next one left, or finish. Ignored when the attempt is
    /// no longer at `from` (a second press of Enter, or another tab moved on first).
    Advance {
        attempt: String,
        from: usize,
    },
    /// Bring a saved attempt in line with its deck's current questions (`quiz::reconcile`):
    /// sent when a quiz screen finds it out of date.
    Reconcile {
        attempt: String,
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
    /// A story of the story bank, new or changed (replaced whole, by id).
    SaveBankStory(BankStory),
    DeleteBankStory {
        id: String,
    },
    /// Undo of a deletion: the tombstone, which kept the story's words, is live again.
    RestoreBankStory {
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

pub fn apply(progress: &mut Progress, change: Change, bank: &impl DeckSource, now: f64) {
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
        Change::Advance { attempt, from } => {
            if let Some(a) = reconciled_attempt(progress, &attempt, bank, now) {
                if a.current == from && !a.is_finished() {
                    a.advance(now);
                }
            }
        }
        Change::Reconcile { attempt } => {
            reconciled_attempt(progress, &attempt, bank, now);
        }
        Change::Tick {
            checklist,
            item,
            on,
        } => progress.set_tick(&checklist, &item, on, now),
        Change::ResetChecklist { checklist } => progress.reset_checklist(&checklist, now),
        Change::SaveStory(story) => upsert(&mut progress.stories, story),
        Change::DeleteStory { id } => tombstone(&mut progress.stories, &id, now),
        Change::SaveBankStory(story) => upsert(&mut progress.story_bank, story),
        Change::DeleteBankStory { id } => tombstone(&mut progress.story_bank, &id, now),
        Change::RestoreBankStory { id } => {
            if let Some(s) = progress
                .story_bank
                .iter_mut()
                .find(|s| s.id == id && s.deleted)
            {
                s.deleted = false;
                // Dated after its deletion, even within the same millisecond or with a clock
                // set back: merge keeps the later change and, at the same instant, the
                // deletion, so another tab's copy of the tombstone must lose.
                s.at = now.max(s.at + 1.0);
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

/// Replaces the record with the same id, or adds it.
fn upsert<T: Dated>(list: &mut Vec<T>, record: T) {
    match list.iter_mut().find(|r| r.id() == record.id()) {
        Some(slot) => *slot = record,
        None => list.push(record),
    }
}

/// Marks the record deleted at `now` (kept, so another tab's copy does not bring it back).
fn tombstone<T: Dated>(list: &mut [T], id: &str, now: f64) {
    if let Some(r) = list.iter_mut().find(|r| r.id() == id) {
        r.delete(now);
    }
}

/// The attempt with this id, reconciled with its deck (an attempt whose questions are all gone
/// is dropped, so `None`).
fn reconciled_attempt<'a>(
    progress: &'a mut Progress,
    id: &str,
    bank: &impl DeckSource,
    now: f64,
) -> Option<&'a mut Attempt> {
    let deck = progress
        .attempts
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| bank.deck(&a.deck))?;
    progress.reconcile_attempt(id, deck, now);
    progress.attempts.iter_mut().find(|a| a.id == id)
}

/// Saves a quiz attempt that is not saved yet (done with its first answer, so merely opening
/// quiz links does not fill storage). An attempt already saved is left as it is.
fn start_attempt(progress: &mut Progress, mut attempt: Attempt, now: f64) {
    if !progress.attempts.iter().any(|a| a.id == attempt.id) {
        // Kept since now, so a "reset all" made meanwhile in another tab does not drop it; no
        // other copy exists yet, so every copy will share this date.
        attempt.kept_since = attempt.kept_since.max(now);
        attempt.updated_at = attempt.updated_at.max(now);
        progress.put_attempt(attempt);
    }
}

/// An imported document with every change dated at least `now`, so a reset at `now` keeps it.
fn imported_after(mut p: Progress, now: f64) -> Progress {
    for a in &mut p.attempts {
        // A reset drops attempts kept since before it (see `merge`); their start, and so the
        // order of history, is left alone.
        a.kept_since = a.kept_since.max(now);
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
    for s in &mut p.story_bank {
        s.at = s.at.max(now);
    }
    p.reset_at = 0.0;
    p
}
