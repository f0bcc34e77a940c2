//! The end of a challenge: the friend's results beside the challenger's, question by question.

use super::challenge::Challenge;
use crate::quiz::Attempt;

/// One question of the quiz, numbered from 1 as the quiz showed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub question: String,
    pub you: bool,
    pub them: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub rows: Vec<Row>,
    /// Whether both took the same number of questions; when not, the deck changed since the
    /// challenge was made and question n is not the same question for both.
    pub same_quiz: bool,
    pub you_right: usize,
    pub them_right: usize,
}

pub fn compare(challenge: &Challenge, attempt: &Attempt) -> Comparison {
    let rows: Vec<Row> = attempt
        .items
        .iter()
        .zip(&challenge.right)
        .enumerate()
        .map(|(i, (item, them))| Row {
            number: i + 1,
            question: item.question.clone(),
            you: item.score.is_some_and(|s| s >= 1.0),
            them: *them,
        })
        .collect();
    Comparison {
        same_quiz: attempt.items.len() == challenge.right.len(),
        you_right: rows.iter().filter(|r| r.you).count(),
        them_right: challenge.right_count(),
        rows,
    }
}

impl Row {
    /// "You both missed question 4", said to the friend; `them` names the challenger.
    pub fn verdict(&self, them: &str) -> String {
        let n = self.number;
        match (self.you, self.them) {
            (true, true) => format!("You both got question {n} right"),
            (false, false) => format!("You both missed question {n}"),
            (true, false) => format!("Only you got question {n} right"),
            (false, true) => format!("Only {them} got question {n} right"),
        }
    }
}

impl Comparison {
    /// The line above the table: who did better, and the questions you both missed.
    pub fn headline(&self, them: &str) -> String {
        let both_missed: Vec<String> = self
            .rows
            .iter()
            .filter(|r| !r.you && !r.them)
            .map(|r| r.number.to_string())
            .collect();
        let score = format!(
            "You got {} of {} fully right, {them} {}.",
            self.you_right,
            self.rows.len(),
            self.them_right
        );
        match both_missed.as_slice() {
            [] => score,
            [one] => format!("{score} You both missed question {one}."),
            [init @ .., last] => format!(
                "{score} You both missed questions {} and {last}.",
                init.join(", ")
            ),
        }
    }
}
