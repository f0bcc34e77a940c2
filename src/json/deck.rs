//! Reading a bundled deck file (`dist/decks/<id>.<hash>.json`, written by build.rs with serde)
//! in the browser. The fields and rules are the serde derive's in `model::types`; a host test
//! reads every bundled deck both ways and compares. `model` itself cannot hold this: build.rs
//! includes it without the rest of the crate.

use super::convert::{FromJson, Object, ToJson};
use super::Value;
use crate::model::{Choice, Deck, Pair, Question, QuestionType, Section, Step};

impl FromJson for Deck {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["id", "title", "summary", "order", "sections", "questions"]);
        o.done(Deck {
            id: o.req("id"),
            title: o.req("title"),
            summary: o.req("summary"),
            order: o.or_default("order"),
            sections: o.req("sections"),
            questions: o.or_default("questions"),
        })
    }
}

impl FromJson for Section {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["id", "title", "source", "headings", "body"]);
        o.done(Section {
            id: o.req("id"),
            title: o.req("title"),
            source: o.opt("source"),
            headings: o.or_default("headings"),
            body: o.req("body"),
        })
    }
}

/// A deck's `type`, and a saved quiz's chosen types.
impl FromJson for QuestionType {
    fn from_json(value: &Value) -> Result<Self, String> {
        let key = String::from_json(value)?;
        QuestionType::from_key(&key).ok_or_else(|| format!("unknown question type `{key}`"))
    }
}

impl ToJson for QuestionType {
    fn to_json(&self) -> Value {
        Value::String(self.key().into())
    }
}

impl FromJson for Question {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&[
            "id",
            "type",
            "prompt",
            "section",
            "principle",
            "explain",
            "choices",
            "answer",
            "steps",
            "pairs",
            "back",
        ]);
        o.done(Question {
            id: o.req("id"),
            kind: o.req_or("type", QuestionType::Single),
            prompt: o.req("prompt"),
            section: o.req("section"),
            principle: o.opt("principle"),
            explain: o.or_default("explain"),
            choices: o.or_default("choices"),
            answer: o.opt("answer"),
            steps: o.or_default("steps"),
            pairs: o.or_default("pairs"),
            back: o.opt("back"),
        })
    }
}

impl FromJson for Choice {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["id", "text", "correct", "explain"]);
        o.done(Choice {
            id: o.req("id"),
            text: o.req("text"),
            correct: o.or_default("correct"),
            explain: o.or_default("explain"),
        })
    }
}

impl FromJson for Step {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["id", "text", "explain"]);
        o.done(Step {
            id: o.req("id"),
            text: o.req("text"),
            explain: o.or_default("explain"),
        })
    }
}

impl FromJson for Pair {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["id", "left", "right", "explain"]);
        o.done(Pair {
            id: o.req("id"),
            left: o.req("left"),
            right: o.req("right"),
            explain: o.or_default("explain"),
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Every bundled deck reads the same through this reader as through serde (which wrote it
    /// and which validated the content), field for field.
    #[test]
    fn every_bundled_deck_reads_as_serde_reads_it() {
        let bank = crate::bank::bundled();
        assert!(bank.decks.len() >= 5);
        for deck in &bank.decks {
            let text = serde_json::to_string(deck).unwrap();
            let read = Deck::from_json(&crate::json::parse(&text).unwrap()).unwrap();
            assert_eq!(&read, deck, "deck {}", deck.id);
        }
    }

    #[test]
    fn a_deck_with_an_unknown_or_missing_field_is_refused_with_its_path() {
        let bank = crate::bank::bundled();
        let mut value =
            crate::json::parse(&serde_json::to_string(&bank.decks[0]).unwrap()).unwrap();
        let Value::Object(fields) = &mut value else {
            unreachable!()
        };
        let Some((_, Value::Array(questions))) = fields.iter_mut().find(|(k, _)| k == "questions")
        else {
            unreachable!()
        };
        questions[1].set("hint", Value::Null);
        let e = Deck::from_json(&value).unwrap_err();
        assert_eq!(e, "`questions`: item 2: unknown field `hint`");

        let Value::Object(fields) = &mut value else {
            unreachable!()
        };
        fields.retain(|(k, _)| k != "title");
        assert_eq!(Deck::from_json(&value).unwrap_err(), "`title` is missing");
    }

    #[test]
    fn an_unknown_question_type_is_named() {
        let text = r#"{"id":"q","type":"essay","prompt":"p","section":"s","explain":"e"}"#;
        let e = Question::from_json(&crate::json::parse(text).unwrap()).unwrap_err();
        assert_eq!(e, "`type`: unknown question type `essay`");
    }
}
