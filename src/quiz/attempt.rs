//! An attempt: the questions of a quiz in their seeded order, the learner's responses and where
//! they are. It is what gets saved as you go, so it holds ids (never indices into content) and
//! resumes in the same order after a reload.

use super::grade::{grade, Response};
use super::rng::SplitMix64;
use crate::model::{Deck, Question, QuestionType};

/// The "quick 5" default.
pub const DEFAULT_COUNT: usize = 5;

/// What a quiz is made from; mirrors the quiz link's query (`route::QuizQuery`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizOptions {
    pub count: usize,
    pub seed: u64,
    pub types: Vec<QuestionType>,
    pub principles: Vec<String>,
    pub only: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Unique per attempt: `<deck>:<seed>:<started_at>`.
    pub id: String,
    pub deck: String,
    pub options: QuizOptions,
    /// Milliseconds since the Unix epoch.
    pub started_at: f64,
    /// Last change, used to merge two tabs' copies of the same attempt.
    pub updated_at: f64,
    pub finished_at: Option<f64>,
    /// When this copy entered the saved document, if later than its start: its first save, or
    /// an import. A "reset all" drops attempts kept since before it (see `progress::merge`);
    /// `started_at` stays the real start, for history order.
    pub kept_since: f64,
    pub items: Vec<AttemptItem>,
    /// Index of the question on screen.
    pub current: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AttemptItem {
    pub question: String,
    /// Display order: choice ids, step ids (shuffled) or pair ids of the right-hand column.
    pub order: Vec<String>,
    pub response: Option<Response>,
    /// 0.0–1.0 once answered.
    pub score: Option<f64>,
}

impl AttemptItem {
    pub fn is_answered(&self) -> bool {
        self.score.is_some()
    }
}

/// The questions of `deck` that the options allow, in deck order.
pub fn eligible<'a>(deck: &'a Deck, options: &QuizOptions) -> Vec<&'a Question> {
    deck.questions
        .iter()
        .filter(|q| options.types.is_empty() || options.types.contains(&q.kind))
        .filter(|q| {
            options.principles.is_empty()
                || q.principle
                    .as_ref()
                    .is_some_and(|p| options.principles.contains(p))
        })
        .filter(|q| options.only.is_empty() || options.only.contains(&q.id))
        .collect()
}

/// Why a quiz has fewer questions than it was asked for, when that is worth a line: the
/// options left fewer questions than the count (`Filtered`), or a count the reader chose is
/// more than the deck has (`SmallDeck`). The default count on a small deck (a blog author's
/// two-question deck in a widget, a link without `n=`) needs no explanation: nobody asked for
/// more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortfall {
    Filtered(usize),
    SmallDeck(usize),
}

impl Attempt {
    /// See [`Shortfall`]; `None` when the quiz has what was asked, or nothing was asked.
    pub fn shortfall(&self) -> Option<Shortfall> {
        let drawn = self.items.len();
        let o = &self.options;
        if drawn >= crate::route::effective_count(o.count) {
            return None;
        }
        if !(o.types.is_empty() && o.principles.is_empty() && o.only.is_empty()) {
            Some(Shortfall::Filtered(drawn))
        } else if !matches!(o.count, 0 | DEFAULT_COUNT) {
            Some(Shortfall::SmallDeck(drawn))
        } else {
            None
        }
    }

    /// A new attempt. The questions and the order of every question's parts depend only on the
    /// deck's content and the options (seed included), never on the clock or the browser.
    pub fn new(deck: &Deck, options: QuizOptions, now: f64) -> Attempt {
        let mut rng = SplitMix64::new(options.seed);
        let mut pool = eligible(deck, &options);
        rng.shuffle(&mut pool);
        pool.truncate(crate::route::effective_count(options.count));
        let items = pool
            .into_iter()
            .map(|q| AttemptItem {
                question: q.id.clone(),
                order: shuffled_parts(q, &mut rng),
                response: None,
                score: None,
            })
            .collect();
        Attempt {
            id: format!("{}:{}:{}", deck.id, options.seed, now as u64),
            deck: deck.id.clone(),
            options,
            started_at: now,
            updated_at: now,
            finished_at: None,
            kept_since: 0.0,
            items,
            current: 0,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// Since when this copy is in the document (a reset drops it when that is older).
    pub fn kept_since(&self) -> f64 {
        self.started_at.max(self.kept_since)
    }

    /// The score in percent over all its questions (partial credit counts, unanswered is 0).
    pub fn percent(&self) -> u32 {
        super::results::percent(
            self.items.iter().filter_map(|i| i.score).sum(),
            self.items.len(),
        )
    }

    pub fn answered(&self) -> usize {
        self.items.iter().filter(|i| i.is_answered()).count()
    }

    /// Records the response to the current question and grades it. Answering twice is ignored:
    /// feedback has been shown, so a second try would be a free retry.
    pub fn answer(&mut self, question: &Question, response: Response, now: f64) -> Option<f64> {
        let item = self.items.get_mut(self.current)?;
        if item.question != question.id || item.is_answered() {
            return None;
        }
        let score = grade(question, &response);
        item.response = Some(response);
        item.score = Some(score);
        self.updated_at = now;
        Some(score)
    }

    /// The next question left to answer after the current one, going round to the start.
    pub fn next_open(&self) -> Option<usize> {
        let n = self.items.len();
        (self.current + 1..n)
            .chain(0..self.current.min(n))
            .find(|&i| !self.items[i].is_answered())
    }

    /// Moves on to the next question left to answer (after the last, round to one skipped
    /// earlier); with none left, and the current one answered, the attempt finishes.
    pub fn advance(&mut self, now: f64) {
        match self.next_open() {
            Some(next) => self.current = next,
            None if self
                .items
                .get(self.current)
                .is_some_and(AttemptItem::is_answered) =>
            {
                self.finished_at = Some(now)
            }
            // Only this question is left, unanswered: nothing to move to.
            None => return,
        }
        self.updated_at = now;
    }

    /// Ids of the questions not fully right.
    pub fn missed(&self) -> Vec<String> {
        self.items
            .iter()
            .filter(|i| i.score.is_some_and(|s| s < 1.0))
            .map(|i| i.question.clone())
            .collect()
    }

    /// Options for "retry the missed ones": same deck, only those questions, all of them.
    pub fn retry_missed_options(&self) -> Option<QuizOptions> {
        let missed = self.missed();
        (!missed.is_empty()).then(|| QuizOptions {
            count: missed.len(),
            seed: self.options.seed.wrapping_add(1),
            types: Vec::new(),
            principles: Vec::new(),
            only: missed,
        })
    }
}

/// The display order of a question's parts, drawn from the attempt's generator.
pub(crate) fn shuffled_parts(q: &Question, rng: &mut SplitMix64) -> Vec<String> {
    let mut ids: Vec<String> = q.part_ids().into_iter().map(str::to_string).collect();
    if ids.is_empty() {
        // True/false and flashcards draw nothing: the sequence of later questions stays as
        // it always was for a given seed.
        return ids;
    }
    rng.shuffle(&mut ids);
    // An ordering question shown already in order would give the answer away.
    if q.kind == QuestionType::Order && ids.iter().eq(q.steps.iter().map(|s| &s.id)) {
        ids.rotate_left(1);
    }
    ids
}
