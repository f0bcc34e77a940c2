//! A friend's challenge: the quiz (deck and options, carried by the link's ordinary query so
//! an older version still opens the same quiz), the challenger's score, which questions they
//! got right, and an optional name. The payload (`challenge=`) holds what the query does not;
//! its checksum covers the quiz too, so the two cannot be mixed or edited apart.

use super::bytes::{ReadError, Reader, Writer};
use super::frame::{self, Kind, LinkError};
use super::name::{clean_name, MAX_NAME_CHARS};
use crate::quiz::{Attempt, QuizOptions};
use crate::route::{QuizQuery, Route, MAX_COUNT};

#[derive(Debug, Clone, PartialEq)]
pub struct Challenge {
    pub deck: String,
    pub options: QuizOptions,
    /// The challenger's score in percent (partial credit counts).
    pub percent: u8,
    /// Per question, in the quiz's order: fully right or not.
    pub right: Vec<bool>,
    pub name: Option<String>,
}

impl Challenge {
    /// The challenge of a finished attempt; `name` as typed (cleaned here).
    pub fn from_attempt(attempt: &Attempt, name: &str) -> Challenge {
        Challenge {
            deck: attempt.deck.clone(),
            options: QuizQuery::from_options(&attempt.options)
                .to_options()
                .unwrap_or_else(|| attempt.options.clone()),
            percent: attempt.percent().min(100) as u8,
            right: attempt
                .items
                .iter()
                .map(|i| i.score.is_some_and(|s| s >= 1.0))
                .collect(),
            name: clean_name(name),
        }
    }

    pub fn right_count(&self) -> usize {
        self.right.iter().filter(|r| **r).count()
    }

    /// "Sam scored 7 of 10 on this quiz: same questions, same order".
    pub fn invitation(&self) -> String {
        format!(
            "{} scored {} of {} on this quiz: same questions, same order",
            self.name.as_deref().unwrap_or("Your friend"),
            self.right_count(),
            self.right.len()
        )
    }

    /// The quiz link carrying this challenge.
    pub fn to_route(&self) -> Route {
        Route::Quiz {
            deck: self.deck.clone(),
            options: self.query(),
        }
    }

    /// The link of this challenge's result card: its quiz link, `card` in place of `quiz`.
    pub fn card_route(&self) -> Route {
        Route::Card {
            deck: self.deck.clone(),
            options: self.query(),
        }
    }

    /// The query of both links: the quiz's options and the challenge.
    fn query(&self) -> QuizQuery {
        let payload = frame::encode(
            Kind::Challenge,
            &self.body(),
            &context(&self.deck, &self.options),
        );
        QuizQuery {
            challenge: Some(payload),
            ..QuizQuery::from_options(&self.options)
        }
    }

    /// The challenge a quiz link carries: `None` without one, else it or why it is refused.
    pub fn from_link(deck: &str, query: &QuizQuery) -> Option<Result<Challenge, LinkError>> {
        let text = query.challenge.as_deref()?;
        Some(Self::decode(deck, query, text))
    }

    fn decode(deck: &str, query: &QuizQuery, text: &str) -> Result<Challenge, LinkError> {
        let kind = Kind::Challenge;
        // A challenge is always of a seeded quiz; without a seed the link was edited.
        let options = query.to_options().ok_or(LinkError::Tampered { kind })?;
        let body = frame::decode(text, kind, &context(deck, &options))?;
        let malformed = |e: ReadError| match e {
            ReadError::Missing(field) | ReadError::Invalid(field) => {
                LinkError::Malformed { kind, field }
            }
        };
        let mut r = Reader::new(&body);
        let percent = r.byte("score").map_err(malformed)?;
        let questions = r.number("question count").map_err(malformed)?;
        if percent > 100 || questions == 0 || questions > MAX_COUNT as u64 {
            return Err(LinkError::Malformed {
                kind,
                field: if percent > 100 {
                    "score"
                } else {
                    "question count"
                },
            });
        }
        let questions = questions as usize;
        let bits = r
            .take(questions.div_ceil(8), "answers")
            .map_err(malformed)?;
        let right: Vec<bool> = (0..questions)
            .map(|i| bits[i / 8] & (1 << (i % 8)) != 0)
            .collect();
        // Bits past the last question are zero when written: anything else was not.
        let padding = (questions..bits.len() * 8).any(|i| bits[i / 8] & (1 << (i % 8)) != 0);
        let name = r.text(MAX_NAME_CHARS * 4, "name").map_err(malformed)?;
        if padding || !r.is_empty() {
            return Err(LinkError::Malformed {
                kind,
                field: if padding { "answers" } else { "ending" },
            });
        }
        Ok(Challenge {
            deck: deck.to_string(),
            options,
            percent,
            right,
            name: clean_name(name),
        })
    }

    fn body(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.byte(self.percent.min(100));
        let right = &self.right[..self.right.len().min(MAX_COUNT)];
        w.number(right.len() as u64);
        let mut bits = vec![0u8; right.len().div_ceil(8)];
        for (i, _) in right.iter().enumerate().filter(|(_, r)| **r) {
            bits[i / 8] |= 1 << (i % 8);
        }
        w.raw(&bits);
        w.text(&clean_name(self.name.as_deref().unwrap_or_default()).unwrap_or_default());
        w.bytes
    }
}

/// What the checksum binds a challenge to: its quiz, spelled as the link spells it.
fn context(deck: &str, options: &QuizOptions) -> Vec<u8> {
    Route::quiz(deck, options).to_hash().into_bytes()
}
