//! Reading and writing the document as JSON, with migrations from every earlier schema version.
//! Used for localStorage and for export/import, so both refuse the same things the same way.

use super::document::{Progress, SCHEMA_VERSION};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// Why a saved or imported text could not be read. The message names the problem.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    NotJson(String),
    /// JSON, but not a stardrill progress document (or a damaged one).
    WrongShape(String),
    /// Written by a newer stardrill: left untouched, never overwritten.
    Newer {
        version: u32,
    },
}

impl fmt::Display for DecodeError {
    // Plain words for the screen: the parser's own wording ("expected value at line 1 column
    // 1"), field names and schema numbers mean nothing to a learner. The variant keeps them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(_) => f.write_str(
                "it is not a stardrill progress file: its text is not in the format stardrill saves",
            ),
            DecodeError::WrongShape(_) => f.write_str(
                "it is not a stardrill progress file, or it has been damaged or edited by hand",
            ),
            DecodeError::Newer { .. } => f.write_str(
                "it was saved by a newer version of stardrill; reload this page to get the newest version, then try again",
            ),
        }
    }
}

/// Migrations, in order: `MIGRATIONS[i]` turns a version `i + 1` document into version `i + 2`.
/// Add one (and a fixture in `progress/fixtures/`) whenever `SCHEMA_VERSION` goes up.
type Migration = fn(Value) -> Result<Value, String>;
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [v1_to_v2];

/// Version 2 adds the story bank. Every story scored in version 1 (a title and checklist
/// ticks) becomes a bank story with that title, linked to its score, so the learner finds it on
/// the stories screen ready to be written out; its id and date are derived from the score, so
/// two tabs migrating the same document make the same story.
fn v1_to_v2(mut doc: Value) -> Result<Value, String> {
    let obj = doc.as_object_mut().ok_or("not a JSON object")?;
    let scored = match obj.get("stories") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list.clone(),
        Some(_) => return Err("`stories` is not a list".into()),
    };
    let mut bank = Vec::new();
    for story in &scored {
        let (Some(id), Some(title)) = (
            story.get("id").and_then(Value::as_str),
            story.get("title").and_then(Value::as_str),
        ) else {
            return Err("a scored story without id or title".into());
        };
        let mut entry = serde_json::Map::new();
        entry.insert("id".into(), Value::from(format!("scored-{id}")));
        entry.insert("title".into(), Value::from(title));
        entry.insert("score".into(), Value::from(id));
        entry.insert(
            "at".into(),
            story.get("at").cloned().unwrap_or(Value::from(0.0)),
        );
        if story.get("deleted").and_then(Value::as_bool) == Some(true) {
            entry.insert("deleted".into(), Value::from(true));
        }
        bank.push(Value::Object(entry));
    }
    obj.insert("story_bank".into(), Value::Array(bank));
    Ok(doc)
}

/// Only the version, read first so that any document, older or newer, is recognised before its
/// shape is trusted.
#[derive(Deserialize)]
struct VersionOnly {
    version: Option<u64>,
}

fn json_error(e: serde_json::Error) -> DecodeError {
    if e.is_syntax() || e.is_eof() {
        DecodeError::NotJson(e.to_string())
    } else {
        DecodeError::WrongShape(e.to_string())
    }
}

/// Reads a saved or imported document. `now` (ms since epoch) caps every date in it: a change
/// dated in the future would win every merge against later real changes (and survive "reset
/// all"), so a clock that was wrong, or a file edited by hand, cannot poison later merges.
pub fn decode(text: &str, now: f64) -> Result<Progress, DecodeError> {
    // A byte-order mark, as a Windows editor writes when re-saving an export, is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        // Valid JSON of another kind (a list, a number…) is the wrong shape, not "not JSON".
        serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(json_error)?;
        return Err(DecodeError::WrongShape("not a JSON object".into()));
    }
    let probe: VersionOnly = serde_json::from_str(text).map_err(json_error)?;
    let version = probe
        .version
        .ok_or_else(|| DecodeError::WrongShape("no `version` number".into()))?;
    let version = u32::try_from(version).map_err(|_| DecodeError::Newer { version: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::Newer { version });
    }
    if version == 0 {
        return Err(DecodeError::WrongShape("version 0 does not exist".into()));
    }
    // The current version is read straight into the document. Only an older one goes through
    // a generic JSON value (one deserializer instantiated for the whole document, not two,
    // keeps the wasm smaller).
    let progress: Progress = if version < SCHEMA_VERSION {
        serde_json::from_str(&migrate(text, version)?).map_err(json_error)?
    } else {
        serde_json::from_str(text).map_err(json_error)?
    };
    Ok(sanitized(progress, now))
}

/// A document from storage or a file is not trusted to be consistent: scores are put back in
/// 0–1, the current question inside its attempt, and duplicate ids merged (the merge keeps the
/// copy with more answers, the later tick or story).
fn sanitized(mut progress: Progress, now: f64) -> Progress {
    clamp_dates(&mut progress, now);
    for attempt in &mut progress.attempts {
        attempt.current = attempt.current.min(attempt.items.len().saturating_sub(1));
        for item in &mut attempt.items {
            item.score = item
                .score
                .filter(|s| s.is_finite())
                .map(|s| s.clamp(0.0, 1.0));
        }
    }
    super::merge::merge(&progress, &Progress::default())
}

/// Every date of the document at most `now` (NaN, which no clock gives, becomes 0).
fn clamp_dates(p: &mut Progress, now: f64) {
    let cap = |t: &mut f64| {
        *t = if t.is_nan() { 0.0 } else { t.min(now) };
    };
    cap(&mut p.reset_at);
    for a in &mut p.attempts {
        cap(&mut a.started_at);
        cap(&mut a.updated_at);
        cap(&mut a.kept_since);
        if let Some(t) = a.finished_at.as_mut() {
            cap(t);
        }
    }
    for tick in p
        .checklists
        .values_mut()
        .flat_map(|items| items.values_mut())
    {
        cap(&mut tick.at);
    }
    for s in &mut p.stories {
        cap(&mut s.at);
    }
    for s in &mut p.story_bank {
        cap(&mut s.at);
    }
}

/// Runs the migrations from `version` up to the current one; returns the migrated JSON text.
fn migrate(text: &str, version: u32) -> Result<String, DecodeError> {
    let mut value: Value = serde_json::from_str(text).map_err(json_error)?;
    for migration in &MIGRATIONS[(version as usize - 1)..] {
        value = migration(value).map_err(DecodeError::WrongShape)?;
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("version".into(), Value::from(SCHEMA_VERSION));
    }
    Ok(value.to_string())
}

pub fn encode(progress: &Progress) -> String {
    // Serialising these plain structs cannot fail (no maps with non-string keys, no NaN
    // produced by the app); an empty string would be refused by `decode` rather than trusted.
    serde_json::to_string(progress).unwrap_or_default()
}
