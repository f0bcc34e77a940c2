//! The saved document's types to and from JSON values: the same fields, defaults and omissions
//! as the serde attributes these types had through schema version 2, so every document saved or
//! exported before reads the same (the fixtures in `fixtures/` prove it) and a document written
//! now reads in an older tab. Why not serde: see `crate::json`.
//!
//! Read as serde's derive read: a struct marked "closed" refuses unknown fields (the document's
//! own structs), an attempt tolerates them; a missing field with a default takes it.

use super::document::{BankStory, Progress, StoryScore, Tick};
use crate::json::convert::ObjectWriter;
use crate::json::{FromJson, Object, ToJson, Value};
use crate::quiz::grade::{Rating, Response};
use crate::quiz::{Attempt, AttemptItem, QuizOptions};

impl FromJson for Progress {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&[
            "version",
            "attempts",
            "checklists",
            "stories",
            "story_bank",
            "reset_at",
        ]);
        o.done(Progress {
            version: o.req("version"),
            attempts: o.or_default("attempts"),
            checklists: o.or_default("checklists"),
            stories: o.or_default("stories"),
            story_bank: o.or_default("story_bank"),
            reset_at: o.or_default("reset_at"),
        })
    }
}

impl ToJson for Progress {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("version", &self.version);
        o.put("attempts", &self.attempts);
        o.put("checklists", &self.checklists);
        o.put("stories", &self.stories);
        o.put("story_bank", &self.story_bank);
        o.put("reset_at", &self.reset_at);
        o.done()
    }
}

impl FromJson for BankStory {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&[
            "id",
            "title",
            "principles",
            "situation",
            "task",
            "action",
            "result",
            "score",
            "at",
            "deleted",
        ]);
        o.done(BankStory {
            id: o.req("id"),
            title: o.req("title"),
            principles: o.or_default("principles"),
            situation: o.or_default("situation"),
            task: o.or_default("task"),
            action: o.or_default("action"),
            result: o.or_default("result"),
            score: o.opt("score"),
            at: o.req("at"),
            deleted: o.or_default("deleted"),
        })
    }
}

impl ToJson for BankStory {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("id", &self.id);
        o.put("title", &self.title);
        if !self.principles.is_empty() {
            o.put("principles", &self.principles);
        }
        o.put("situation", &self.situation);
        o.put("task", &self.task);
        o.put("action", &self.action);
        o.put("result", &self.result);
        if self.score.is_some() {
            o.put("score", &self.score);
        }
        o.put("at", &self.at);
        if self.deleted {
            o.put("deleted", &true);
        }
        o.done()
    }
}

impl FromJson for Tick {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["on", "at"]);
        o.done(Tick {
            on: o.req("on"),
            at: o.req("at"),
        })
    }
}

impl ToJson for Tick {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("on", &self.on);
        o.put("at", &self.at);
        o.done()
    }
}

impl FromJson for StoryScore {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.only(&["id", "checklist", "title", "at", "items", "deleted"]);
        o.done(StoryScore {
            id: o.req("id"),
            checklist: o.req("checklist"),
            title: o.req("title"),
            at: o.req("at"),
            items: o.or_default("items"),
            deleted: o.or_default("deleted"),
        })
    }
}

impl ToJson for StoryScore {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("id", &self.id);
        o.put("checklist", &self.checklist);
        o.put("title", &self.title);
        o.put("at", &self.at);
        o.put("items", &self.items);
        if self.deleted {
            o.put("deleted", &true);
        }
        o.done()
    }
}

/// Every field may be missing (its default); unknown fields are ignored.
impl FromJson for QuizOptions {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.done(QuizOptions {
            count: o.or_default("count"),
            seed: o.or_default("seed"),
            types: o.or_default("types"),
            principles: o.or_default("principles"),
            only: o.or_default("only"),
        })
    }
}

impl ToJson for QuizOptions {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("count", &self.count);
        o.put("seed", &self.seed);
        if !self.types.is_empty() {
            o.put("types", &self.types);
        }
        if !self.principles.is_empty() {
            o.put("principles", &self.principles);
        }
        if !self.only.is_empty() {
            o.put("only", &self.only);
        }
        o.done()
    }
}

/// Unknown fields are ignored (a newer build's addition survives a read here as a loss, not a
/// refusal of the whole document).
impl FromJson for Attempt {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.done(Attempt {
            id: o.req("id"),
            deck: o.req("deck"),
            options: o.req("options"),
            started_at: o.req("started_at"),
            updated_at: o.req("updated_at"),
            finished_at: o.opt("finished_at"),
            kept_since: o.or_default("kept_since"),
            items: o.req("items"),
            current: o.or_default("current"),
        })
    }
}

impl ToJson for Attempt {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("id", &self.id);
        o.put("deck", &self.deck);
        o.put("options", &self.options);
        o.put("started_at", &self.started_at);
        o.put("updated_at", &self.updated_at);
        if self.finished_at.is_some() {
            o.put("finished_at", &self.finished_at);
        }
        if self.kept_since != 0.0 {
            o.put("kept_since", &self.kept_since);
        }
        o.put("items", &self.items);
        o.put("current", &self.current);
        o.done()
    }
}

impl FromJson for AttemptItem {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        o.done(AttemptItem {
            question: o.req("question"),
            order: o.or_default("order"),
            response: o.opt("response"),
            score: o.opt("score"),
        })
    }
}

impl ToJson for AttemptItem {
    fn to_json(&self) -> Value {
        let mut o = ObjectWriter::default();
        o.put("question", &self.question);
        if !self.order.is_empty() {
            o.put("order", &self.order);
        }
        if self.response.is_some() {
            o.put("response", &self.response);
        }
        if self.score.is_some() {
            o.put("score", &self.score);
        }
        o.done()
    }
}

/// `{"kind": "pick", "value": "c2"}`: the kind in snake case, its value beside it.
impl FromJson for Response {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::of(value)?;
        let kind: String = o.req("kind");
        let response = match kind.as_str() {
            "pick" => Some(Response::Pick(o.req("value"))),
            "picks" => Some(Response::Picks(o.req("value"))),
            "bool" => Some(Response::Bool(o.req("value"))),
            "order" => Some(Response::Order(o.req("value"))),
            "match" => Some(Response::Match(o.req("value"))),
            "rating" => Some(Response::Rating(o.req_or("value", Rating::Good))),
            _ => None,
        };
        o.done(response)?
            .ok_or_else(|| format!("unknown kind of answer `{kind}`"))
    }
}

impl ToJson for Response {
    fn to_json(&self) -> Value {
        let (kind, value) = match self {
            Response::Pick(id) => ("pick", id.to_json()),
            Response::Picks(ids) => ("picks", ids.to_json()),
            Response::Bool(b) => ("bool", b.to_json()),
            Response::Order(ids) => ("order", ids.to_json()),
            Response::Match(pairs) => ("match", pairs.to_json()),
            Response::Rating(r) => ("rating", r.to_json()),
        };
        Value::Object(vec![
            ("kind".into(), kind.to_json()),
            ("value".into(), value),
        ])
    }
}

impl FromJson for Rating {
    fn from_json(value: &Value) -> Result<Self, String> {
        let key = String::from_json(value)?;
        Rating::from_key(&key).ok_or_else(|| format!("unknown rating `{key}`"))
    }
}

impl ToJson for Rating {
    fn to_json(&self) -> Value {
        Value::String(self.key().into())
    }
}
