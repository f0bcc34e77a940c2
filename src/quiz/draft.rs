//! What a learner has chosen on a question before checking it, and what their keys mean. Pure,
//! so every answer shape's editing rules and the keyboard map are host-tested; the quiz screen
//! (`ui/quiz`) only renders a draft and feeds it events.

use super::grade::{Rating, Response};
use crate::model::{Question, QuestionType};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    /// Choice ids picked (one for single-pick types, any number for multi).
    pub picks: Vec<String>,
    pub truth: Option<bool>,
    /// Step ids in the learner's current order.
    pub order: Vec<String>,
    /// (left pair id, right pair id) per matched row.
    pub matches: Vec<(String, String)>,
    /// A flashcard's back is shown.
    pub revealed: bool,
}

impl Draft {
    /// A fresh draft for a question shown with this display order.
    pub fn new(order: &[String]) -> Draft {
        Draft {
            order: order.to_vec(),
            ..Draft::default()
        }
    }

    /// The response to check, once the draft is complete enough to be one.
    pub fn response(&self, q: &Question) -> Option<Response> {
        match q.kind {
            QuestionType::Multi => {
                (!self.picks.is_empty()).then(|| Response::Picks(self.picks.clone()))
            }
            QuestionType::TrueFalse => self.truth.map(Response::Bool),
            QuestionType::Order => Some(Response::Order(self.order.clone())),
            QuestionType::Match => (self.matches.len() == q.pairs.len()
                && self.matches.iter().all(|(_, r)| !r.is_empty()))
            .then(|| Response::Match(self.matches.clone())),
            QuestionType::Flashcard => None,
            _ => self.picks.first().cloned().map(Response::Pick),
        }
    }

    /// Picks a choice: replaces the pick for single-pick types, ticks or unticks for multi.
    pub fn pick(&mut self, kind: QuestionType, id: &str) {
        if kind != QuestionType::Multi {
            self.picks = vec![id.to_string()];
        } else if let Some(pos) = self.picks.iter().position(|p| p == id) {
            self.picks.remove(pos);
        } else {
            self.picks.push(id.to_string());
        }
    }

    /// Matches row `left` to `right` (empty: unmatched). A right side already used by another
    /// row moves here: each answer is used once, as in the real pairs.
    pub fn set_match(&mut self, left: &str, right: &str) {
        self.matches.retain(|(l, r)| l != left && r != right);
        if !right.is_empty() {
            self.matches.push((left.to_string(), right.to_string()));
        }
    }

    /// The right side matched to row `left`, if any.
    pub fn matched(&self, left: &str) -> Option<&str> {
        self.matches
            .iter()
            .find(|(l, _)| l == left)
            .map(|(_, r)| r.as_str())
    }

    /// Moves the step at `from` by `delta` places; returns its new position, or `None` when it
    /// cannot move that way.
    pub fn move_step(&mut self, from: usize, delta: isize) -> Option<usize> {
        let to = from.checked_add_signed(delta)?;
        if from >= self.order.len() || to >= self.order.len() {
            return None;
        }
        self.order.swap(from, to);
        Some(to)
    }
}

/// What a key press means on a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Enter before answering: check the draft.
    Check,
    /// Enter on a flashcard whose back is hidden.
    Reveal,
    /// Enter after answering.
    Next,
    /// A number key: pick (or tick) the n-th choice shown, 0-based.
    Pick(usize),
    /// 1 or 2 on true/false.
    Truth(bool),
    /// 1 to 4 on a revealed flashcard.
    Rate(Rating),
    /// Not ours: the browser keeps it.
    Ignore,
}

/// The key map of a question: Enter checks, reveals or goes on; number keys pick among the
/// `shown` choices, answer true/false, or rate a flashcard.
pub fn key_action(
    kind: QuestionType,
    key: &str,
    answered: bool,
    revealed: bool,
    shown: usize,
) -> KeyAction {
    if key == "Enter" {
        return match (answered, kind == QuestionType::Flashcard && !revealed) {
            (true, _) => KeyAction::Next,
            (false, true) => KeyAction::Reveal,
            (false, false) => KeyAction::Check,
        };
    }
    let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=9).contains(n)) else {
        return KeyAction::Ignore;
    };
    if answered {
        return KeyAction::Ignore;
    }
    let i = n - 1;
    match kind {
        QuestionType::TrueFalse if i < 2 => KeyAction::Truth(i == 0),
        QuestionType::Flashcard if revealed && i < Rating::ALL.len() => {
            KeyAction::Rate(Rating::ALL[i])
        }
        QuestionType::Multi if i < shown => KeyAction::Pick(i),
        kind if kind.is_single_pick() && i < shown => KeyAction::Pick(i),
        _ => KeyAction::Ignore,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use QuestionType::*;

    #[test]
    fn enter_checks_reveals_or_goes_on() {
        assert_eq!(
            key_action(Single, "Enter", false, false, 3),
            KeyAction::Check
        );
        assert_eq!(key_action(Single, "Enter", true, false, 3), KeyAction::Next);
        assert_eq!(
            key_action(Flashcard, "Enter", false, false, 0),
            KeyAction::Reveal
        );
        assert_eq!(
            key_action(Flashcard, "Enter", false, true, 0),
            KeyAction::Check
        );
    }

    #[test]
    fn number_keys_per_answer_shape() {
        assert_eq!(key_action(Multi, "3", false, false, 4), KeyAction::Pick(2));
        assert_eq!(
            key_action(Stronger, "2", false, false, 2),
            KeyAction::Pick(1)
        );
        assert_eq!(
            key_action(Stronger, "3", false, false, 2),
            KeyAction::Ignore,
            "no 3rd"
        );
        assert_eq!(
            key_action(TrueFalse, "1", false, false, 0),
            KeyAction::Truth(true)
        );
        assert_eq!(
            key_action(TrueFalse, "2", false, false, 0),
            KeyAction::Truth(false)
        );
        assert_eq!(
            key_action(TrueFalse, "3", false, false, 0),
            KeyAction::Ignore
        );
        assert_eq!(
            key_action(Flashcard, "1", false, false, 0),
            KeyAction::Ignore,
            "hidden"
        );
        assert_eq!(
            key_action(Flashcard, "4", false, true, 0),
            KeyAction::Rate(Rating::Easy)
        );
        assert_eq!(key_action(Order, "1", false, false, 4), KeyAction::Ignore);
        assert_eq!(key_action(Match, "1", false, false, 4), KeyAction::Ignore);
        assert_eq!(
            key_action(Single, "1", true, false, 3),
            KeyAction::Ignore,
            "answered"
        );
        assert_eq!(key_action(Single, "0", false, false, 3), KeyAction::Ignore);
        assert_eq!(key_action(Single, "a", false, false, 3), KeyAction::Ignore);
    }

    #[test]
    fn picking_replaces_for_one_answer_and_toggles_for_select_all() {
        let mut d = Draft::default();
        d.pick(Single, "a");
        d.pick(Single, "b");
        assert_eq!(d.picks, vec!["b"]);
        let mut d = Draft::default();
        d.pick(Multi, "a");
        d.pick(Multi, "b");
        d.pick(Multi, "a");
        assert_eq!(d.picks, vec!["b"]);
    }

    #[test]
    fn an_answer_matched_to_a_second_row_leaves_the_first() {
        let mut d = Draft::default();
        d.set_match("x", "rx");
        d.set_match("y", "rx");
        assert_eq!(d.matched("x"), None);
        assert_eq!(d.matched("y"), Some("rx"));
        d.set_match("y", "");
        assert!(d.matches.is_empty());
    }

    #[test]
    fn steps_move_within_bounds() {
        let ids: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let mut d = Draft::new(&ids);
        assert_eq!(d.move_step(0, -1), None);
        assert_eq!(d.move_step(2, 1), None);
        assert_eq!(d.move_step(0, 1), Some(1));
        assert_eq!(d.order, vec!["b", "a", "c"]);
    }
}
