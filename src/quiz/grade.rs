//! Grading for all nine question types.
//!
//! Partial credit, one rule per shape of answer, all in 0.0–1.0:
//! - **multiple select**: right picks ÷ right choices − wrong picks ÷ wrong choices, never below
//!   0. Picking everything scores 1 − 1 = 0 and picking nothing 0 − 0 = 0, whatever the share of
//!   right choices, so ticking every box never pays; the right set scores 1. (The validator
//!   requires at least one wrong choice, which this rule needs.) A saved score is kept as it was
//!   graded: history is not regraded when the rule or the content changes.
//! - **ordering**: steps in their right position ÷ number of steps.
//! - **matching**: right pairs ÷ number of pairs.
//! - **flashcard** (self-rated): again 0, hard 0.5, good and easy 1.
//! - every other type is right (1) or wrong (0).
//!
//! A question counts as "missed" whenever its score is below 1.

use crate::model::{Question, QuestionType};

/// What the learner answered. Ids, never positions, so a saved answer survives a reshuffle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// One choice id (single, red flag, stronger, principle).
    Pick(String),
    /// Choice ids (multiple select).
    Picks(Vec<String>),
    /// True or false.
    Bool(bool),
    /// Step ids in the learner's order.
    Order(Vec<String>),
    /// (left pair id, right pair id) for each left side the learner matched.
    Match(Vec<(String, String)>),
    /// Flashcard self-rating.
    Rating(Rating),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Again,
    Hard,
    Good,
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// The name a saved answer uses (`progress::json`).
    pub fn key(self) -> &'static str {
        match self {
            Rating::Again => "again",
            Rating::Hard => "hard",
            Rating::Good => "good",
            Rating::Easy => "easy",
        }
    }

    pub fn from_key(key: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }

    pub fn score(self) -> f64 {
        match self {
            Rating::Again => 0.0,
            Rating::Hard => 0.5,
            Rating::Good | Rating::Easy => 1.0,
        }
    }
}

/// How an answer went, for feedback and summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Right,
    Partial,
    Wrong,
}

impl Outcome {
    pub fn of(score: f64) -> Outcome {
        if score >= 1.0 {
            Outcome::Right
        } else if score > 0.0 {
            Outcome::Partial
        } else {
            Outcome::Wrong
        }
    }
}

/// Scores `response` for `question`. A response of the wrong shape scores 0.
pub fn grade(question: &Question, response: &Response) -> f64 {
    match (question.kind, response) {
        (kind, Response::Pick(id)) if kind.is_single_pick() => {
            let right = question.choices.iter().any(|c| c.correct && &c.id == id);
            all_or_nothing(right)
        }
        (QuestionType::Multi, Response::Picks(ids)) => {
            let right_total = question.choices.iter().filter(|c| c.correct).count();
            let wrong_total = question.choices.len() - right_total;
            let mut unique: Vec<&String> = ids.iter().collect();
            crate::small_sort::sort(&mut unique);
            unique.dedup();
            let (mut right, mut wrong) = (0usize, 0usize);
            for id in unique {
                match question.choices.iter().find(|c| &c.id == id) {
                    Some(c) if c.correct => right += 1,
                    // An id the question does not have (content changed) counts as wrong.
                    _ => wrong += 1,
                }
            }
            // With no wrong choice to pick (never in validated content), any wrong id is a
            // whole wrong answer.
            let penalty = if wrong_total == 0 {
                wrong.min(1) as f64
            } else {
                share(wrong.min(wrong_total), wrong_total)
            };
            (share(right, right_total) - penalty).max(0.0)
        }
        (QuestionType::TrueFalse, Response::Bool(b)) => all_or_nothing(question.answer == Some(*b)),
        (QuestionType::Order, Response::Order(ids)) => {
            let in_place = question
                .steps
                .iter()
                .zip(ids)
                .filter(|(step, id)| &step.id == *id)
                .count();
            share(in_place, question.steps.len())
        }
        (QuestionType::Match, Response::Match(pairs)) => {
            let right = question
                .pairs
                .iter()
                .filter(|p| pairs.iter().any(|(l, r)| l == &p.id && r == &p.id))
                .count();
            share(right, question.pairs.len())
        }
        (QuestionType::Flashcard, Response::Rating(r)) => r.score(),
        _ => 0.0,
    }
}

/// `part` of `whole` as 0.0–1.0; nothing to get right scores 0.
fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn all_or_nothing(right: bool) -> f64 {
    if right {
        1.0
    } else {
        0.0
    }
}
