//! The summary of an attempt: score, per-question outcome, breakdowns by principle and by
//! study-card section, and the missed questions.

use super::attempt::Attempt;
use super::grade::Outcome;
use crate::model::Deck;
use crate::sorted_map::SortedMap;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Sum of scores (partial credit counts).
    pub points: f64,
    pub questions: usize,
}

impl Tally {
    pub fn percent(&self) -> u32 {
        percent(self.points, self.questions)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub total: Tally,
    pub outcomes: Vec<(String, Outcome)>,
    /// Principle id → tally; questions without a principle are left out.
    pub by_principle: SortedMap<Tally>,
    /// Section id → tally.
    pub by_section: SortedMap<Tally>,
    pub missed: Vec<String>,
}

/// Rounded percentage; 0 for an empty quiz.
pub fn percent(points: f64, questions: usize) -> u32 {
    if questions == 0 {
        0
    } else {
        (points * 100.0 / questions as f64).round() as u32
    }
}

/// Results over the answered questions of `attempt`. Questions that are no longer in the deck
/// (content updated since) still count in the total but in no breakdown.
pub fn results(attempt: &Attempt, deck: &Deck) -> Results {
    let mut total = Tally {
        points: 0.0,
        questions: 0,
    };
    let mut outcomes = Vec::new();
    let mut by_principle: SortedMap<Tally> = SortedMap::new();
    let mut by_section: SortedMap<Tally> = SortedMap::new();
    let add = |map: &mut SortedMap<Tally>, key: &str, score: f64| {
        let t = map.get_or_default(key);
        t.points += score;
        t.questions += 1;
    };
    for item in &attempt.items {
        let Some(score) = item.score else { continue };
        total.points += score;
        total.questions += 1;
        outcomes.push((item.question.clone(), Outcome::of(score)));
        if let Some(q) = deck.questions.iter().find(|q| q.id == item.question) {
            if let Some(p) = &q.principle {
                add(&mut by_principle, p, score);
            }
            add(&mut by_section, &q.section, score);
        }
    }
    Results {
        total,
        outcomes,
        by_principle,
        by_section,
        missed: attempt.missed(),
    }
}
