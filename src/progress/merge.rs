//! Merging two copies of the document: this tab's and what another tab (or widget) saved, or
//! the learner's and an imported file. No side's answers are lost:
//! - attempts are matched by id; of two copies, the one with more answers wins, then the later
//!   (after the one kept since later, which only differs across an import or a reset);
//! - ticks, scored stories and bank stories are matched by id; the later change wins (unticks
//!   and deletions too);
//! - copies that rank the same are settled by a fixed rule (`tie_break`), so merge(a, b) and
//!   merge(b, a) agree: merge is symmetric, idempotent and associative (property tests);
//! - a "reset all" drops everything older than it, from either side (attempts by when they
//!   entered the document, ticks and stories by their change).

use super::document::{BankStory, Progress, StoryScore, SCHEMA_VERSION};
use crate::json::ToJson;
use crate::sorted_map::SortedMap;
use std::cmp::Ordering;

pub fn merge(a: &Progress, b: &Progress) -> Progress {
    let reset_at = a.reset_at.max(b.reset_at);
    // A reset drops copies kept since before it, and among copies the one kept since the
    // latest wins first: so when a reset drops the winner it drops every other copy too, whatever
    // order tabs merge in (merge stays associative). Copies of one attempt normally share
    // that date, and then the one with more answers wins, then the later change.
    let mut attempts: Vec<_> = one_per_id(
        a.attempts.iter().chain(&b.attempts),
        |a| &a.id,
        |a| a.kept_since() < reset_at,
        |a| (a.kept_since(), a.answered(), a.is_finished(), a.updated_at),
    );
    crate::small_sort::sort_by(&mut attempts, |x, y| {
        x.started_at.total_cmp(&y.started_at).then(x.id.cmp(&y.id))
    });

    let mut checklists = SortedMap::new();
    for (list, items) in a.checklists.iter().chain(&b.checklists) {
        let merged: &mut SortedMap<_> = checklists.get_or_default(list);
        for (item, tick) in items {
            if tick.at < reset_at {
                continue;
            }
            match merged.get(item) {
                Some(kept) if kept_wins(kept, tick) => {}
                _ => {
                    merged.insert(item.clone(), *tick);
                }
            }
        }
    }
    checklists.retain(|_, items: &mut SortedMap<_>| !items.is_empty());

    let mut merged = Progress {
        version: SCHEMA_VERSION,
        attempts,
        checklists,
        stories: latest_by_id(&a.stories, &b.stories, reset_at),
        story_bank: latest_by_id(&a.story_bank, &b.story_bank, reset_at),
        reset_at,
    };
    merged.trim();
    merged
}

/// A record kept by id whose latest change wins: scored stories and bank stories.
pub(crate) trait Dated: PartialEq + ToJson + Clone {
    fn id(&self) -> &str;
    fn at(&self) -> f64;
    fn deleted(&self) -> bool;
    /// Deleted at `now`: a tombstone.
    fn delete(&mut self, now: f64);
}

/// Both record types have the same `id`, `at` and `deleted` fields.
macro_rules! dated {
    ($($t:ty),*) => {$(
        impl Dated for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn at(&self) -> f64 {
                self.at
            }
            fn deleted(&self) -> bool {
                self.deleted
            }
            fn delete(&mut self, now: f64) {
                self.deleted = true;
                self.at = now;
            }
        }
    )*};
}
dated!(StoryScore, BankStory);

/// Both sides' records, one per id: the later change wins, at the same instant a deletion wins,
/// then `tie_break`; those older than a reset are gone. Oldest first.
fn latest_by_id<T: Dated>(a: &[T], b: &[T], reset_at: f64) -> Vec<T> {
    let mut list = one_per_id(
        a.iter().chain(b),
        T::id,
        |r| r.at() < reset_at,
        |r| (r.at(), r.deleted()),
    );
    crate::small_sort::sort_by(&mut list, |x, y| {
        x.at().total_cmp(&y.at()).then(x.id().cmp(y.id()))
    });
    list
}

/// One copy per id of `records` (attempts, scored or bank stories), owned: of two copies the one
/// `rank` puts higher wins, at the same rank `tie_break`; records `before_reset` says a reset
/// dropped are left out. Kept in a plain list, found by a linear search: a document holds at
/// most a few hundred attempts, and a map per record type costs more wasm than that search costs
/// time (README, "Size and speed").
fn one_per_id<'a, T: PartialEq + ToJson + Clone + 'a, R: PartialOrd>(
    records: impl Iterator<Item = &'a T>,
    id: impl Fn(&T) -> &str,
    before_reset: impl Fn(&T) -> bool,
    rank: impl Fn(&T) -> R,
) -> Vec<T> {
    let mut kept: Vec<&T> = Vec::new();
    for record in records.filter(|r| !before_reset(r)) {
        match kept.iter().position(|old| id(old) == id(record)) {
            None => kept.push(record),
            Some(i) => {
                let wins = match rank(record).partial_cmp(&rank(kept[i])) {
                    Some(Ordering::Equal) | None => tie_break(record, kept[i]),
                    Some(order) => order == Ordering::Greater,
                };
                if wins {
                    kept[i] = record;
                }
            }
        }
    }
    kept.into_iter().cloned().collect()
}

/// Two different copies that rank the same (same answers, same instant): the one whose saved
/// form sorts last wins. Any fixed rule would do; this one needs no field of its own and makes
/// `merge` symmetric, so two tabs always settle on the same copy. Equal copies: keep the one
/// kept. Runs only on such ties, which are rare, so the encoding cost does not matter.
fn tie_break<T: PartialEq + ToJson>(candidate: &T, kept: &T) -> bool {
    candidate != kept && candidate.to_json().to_text() > kept.to_json().to_text()
}

/// The later tick wins; at the same instant an untick wins (the safer reading of a conflict).
fn kept_wins(kept: &super::document::Tick, other: &super::document::Tick) -> bool {
    (kept.at, !kept.on) >= (other.at, !other.on)
}
