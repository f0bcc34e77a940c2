//! The saved document: everything a learner has done, in one JSON value with a schema version.
//! Stored under `stardrill:progress`, exported as a file, merged across tabs.

use crate::model::Deck;
use crate::quiz::{reconcile, Attempt, Reconciled};
use crate::sorted_map::SortedMap;

/// The version this build writes. Older documents are migrated (`migrate`), newer ones are
/// left untouched and reported.
pub const SCHEMA_VERSION: u32 = 2;

/// At most this many finished attempts are kept; the oldest go first. Keeps the document far
/// below the storage quota (a finished attempt is about 1 KB).
pub const MAX_FINISHED_ATTEMPTS: usize = 300;

/// At most this many unfinished attempts are kept (each quiz link answered once and left
/// makes one); the least recently touched go first.
pub const MAX_OPEN_ATTEMPTS: usize = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub version: u32,
    /// Quiz attempts, unfinished and finished, oldest first.
    pub attempts: Vec<Attempt>,
    /// Checklist id → item id → tick.
    pub checklists: SortedMap<SortedMap<Tick>>,
    /// Stories scored with a `story` checklist.
    pub stories: Vec<StoryScore>,
    /// The story bank (`#/stories`, version 2): the learner's STAR stories.
    pub story_bank: Vec<BankStory>,
    /// When the learner last chose "reset all" (ms since epoch); anything older is gone, even if
    /// another tab still holds it.
    pub reset_at: f64,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: SCHEMA_VERSION,
            attempts: Vec::new(),
            checklists: SortedMap::new(),
            stories: Vec::new(),
            story_bank: Vec::new(),
            reset_at: 0.0,
        }
    }
}

/// One story of the story bank: a title, the leadership principles it serves and its four
/// STAR parts, as typed (plain text, rendered as text only).
#[derive(Debug, Clone, PartialEq)]
pub struct BankStory {
    pub id: String,
    pub title: String,
    /// Principle ids (content/principles.toml).
    pub principles: Vec<String>,
    pub situation: String,
    pub task: String,
    pub action: String,
    pub result: String,
    /// The id of the [`StoryScore`] the learner saved for it (the story checklist).
    pub score: Option<String>,
    /// ms since epoch of the last change.
    pub at: f64,
    /// A deleted story stays as a tombstone so another tab's copy does not bring it back.
    pub deleted: bool,
}

impl BankStory {
    /// The four parts in STAR order.
    pub fn parts(&self) -> [&str; 4] {
        [&self.situation, &self.task, &self.action, &self.result]
    }
}

/// A checklist tick. Unticking is a tick with `on: false`, so it wins over an older tick from
/// another tab instead of being lost in a merge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub on: bool,
    /// ms since epoch.
    pub at: f64,
}

/// One of the learner's own stories, scored against the rubric with a `story` checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryScore {
    pub id: String,
    pub checklist: String,
    pub title: String,
    /// ms since epoch of the last change.
    pub at: f64,
    /// Checklist item id → present in the story.
    pub items: SortedMap<bool>,
    /// A deleted story stays as a tombstone so another tab's copy does not bring it back.
    pub deleted: bool,
}

impl Progress {
    /// The unfinished attempt for this deck and these options, if any (resume after reload).
    pub fn open_attempt(&self, deck: &str, options: &crate::quiz::QuizOptions) -> Option<&Attempt> {
        self.attempts
            .iter()
            .rev()
            .find(|a| !a.is_finished() && a.deck == deck && &a.options == options)
    }

    /// The most recently touched unfinished attempt ("continue where you left off").
    pub fn last_open_attempt(&self) -> Option<&Attempt> {
        self.last_open_where(|_| true)
    }

    /// The most recently touched unfinished attempt of one deck, whatever its options (a
    /// widget of a page's own deck continues it after a reload).
    pub fn last_open_attempt_of(&self, deck: &str) -> Option<&Attempt> {
        self.last_open_where(|a| a.deck == deck)
    }

    fn last_open_where(&self, wanted: impl Fn(&Attempt) -> bool) -> Option<&Attempt> {
        self.attempts
            .iter()
            .filter(|a| !a.is_finished() && a.answered() > 0 && wanted(a))
            .max_by(|a, b| a.updated_at.total_cmp(&b.updated_at))
    }

    /// Inserts or replaces an attempt (by id) and trims old finished ones.
    pub fn put_attempt(&mut self, attempt: Attempt) {
        match self.attempts.iter_mut().find(|a| a.id == attempt.id) {
            Some(slot) => *slot = attempt,
            None => self.attempts.push(attempt),
        }
        self.trim();
    }

    pub fn finished_attempts<'a>(&'a self, deck: &'a str) -> impl Iterator<Item = &'a Attempt> {
        self.attempts
            .iter()
            .filter(move |a| a.deck == deck && a.is_finished())
    }

    pub fn set_tick(&mut self, checklist: &str, item: &str, on: bool, now: f64) {
        self.checklists
            .get_or_default(checklist)
            .insert(item.to_string(), Tick { on, at: now });
    }

    pub fn is_ticked(&self, checklist: &str, item: &str) -> bool {
        self.checklists
            .get(checklist)
            .and_then(|items| items.get(item))
            .is_some_and(|t| t.on)
    }

    /// Unticks every item of one checklist (kept as `on: false` ticks, see [`Tick`]).
    pub fn reset_checklist(&mut self, checklist: &str, now: f64) {
        if let Some(items) = self.checklists.get_mut(checklist) {
            for tick in items.values_mut() {
                *tick = Tick { on: false, at: now };
            }
        }
    }

    pub fn live_stories(&self) -> impl Iterator<Item = &StoryScore> {
        self.stories.iter().filter(|s| !s.deleted)
    }

    /// The story bank without its tombstones.
    pub fn live_bank_stories(&self) -> impl Iterator<Item = &BankStory> {
        self.story_bank.iter().filter(|s| !s.deleted)
    }

    /// "Reset all": an empty document that remembers when it was reset.
    pub fn reset_all(now: f64) -> Progress {
        Progress {
            reset_at: now,
            ..Progress::default()
        }
    }

    /// Brings the open attempt `id` in line with its deck's current questions
    /// (`quiz::reconcile`); one left without any question is dropped: it holds no answer and
    /// cannot be continued. Other attempts are left alone (and keep their dates).
    pub fn reconcile_attempt(&mut self, id: &str, deck: &Deck, now: f64) -> Reconciled {
        let Some(pos) = self.attempts.iter().position(|a| a.id == id) else {
            return Reconciled::default();
        };
        let report = reconcile(&mut self.attempts[pos], deck, now);
        if self.attempts[pos].items.is_empty() {
            self.attempts.remove(pos);
        }
        report
    }

    /// Keeps the newest [`MAX_FINISHED_ATTEMPTS`] finished and [`MAX_OPEN_ATTEMPTS`] open
    /// attempts. "Newest" is by start for finished ones (history order) and by last change for
    /// open ones (an abandoned quiz goes before one in use), ids breaking ties, so every tab
    /// trims the same attempts whatever order it merged them in.
    pub(crate) fn trim(&mut self) {
        for (finished, cap) in [(true, MAX_FINISHED_ATTEMPTS), (false, MAX_OPEN_ATTEMPTS)] {
            let mut group: Vec<(f64, &str)> = self
                .attempts
                .iter()
                .filter(|a| a.is_finished() == finished)
                .map(|a| {
                    let at = if finished { a.started_at } else { a.updated_at };
                    (at, a.id.as_str())
                })
                .collect();
            if group.len() <= cap {
                continue;
            }
            crate::small_sort::sort_by(&mut group, |x, y| x.0.total_cmp(&y.0).then(x.1.cmp(y.1)));
            let dropped: Vec<String> = group[..group.len() - cap]
                .iter()
                .map(|(_, id)| id.to_string())
                .collect();
            self.attempts
                .retain(|a| a.is_finished() != finished || !dropped.contains(&a.id));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.attempts.is_empty()
            && self.checklists.is_empty()
            && self.stories.is_empty()
            && self.story_bank.is_empty()
    }
}
