//! Reading and writing the document as JSON, with migrations from every earlier schema version.
//! Used for localStorage and for export/import, so both refuse the same things the same way.

use super::document::{BankStory, Progress, SCHEMA_VERSION};
use crate::json::convert::ObjectWriter;
use crate::json::{self, FromJson, ToJson, Value};
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
    let scored = match doc.get("stories") {
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
        let mut entry = ObjectWriter::default();
        entry.put("id", &format!("scored-{id}"));
        entry.put("title", title);
        entry.put("score", id);
        let at = story.get("at").cloned();
        entry.put("at", &at.unwrap_or_else(|| 0.0.to_json()));
        if story.get("deleted").and_then(Value::as_bool) == Some(true) {
            entry.put("deleted", &true);
        }
        bank.push(entry.done());
    }
    doc.set("story_bank", Value::Array(bank));
    Ok(doc)
}

/// Reads a saved or imported document. `now` (ms since epoch) caps every date in it: a change
/// dated in the future would win every merge against later real changes (and survive "reset
/// all"), so a clock that was wrong, or a file edited by hand, cannot poison later merges.
pub fn decode(text: &str, now: f64) -> Result<Progress, DecodeError> {
    // A byte-order mark, as a Windows editor writes when re-saving an export, is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = json::parse(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    // Valid JSON of another kind (a list, a number…) is the wrong shape, not "not JSON". The
    // version is read first, so that any document, older or newer, is recognised before its
    // shape is trusted.
    if !matches!(value, Value::Object(_)) {
        return Err(DecodeError::WrongShape("not a JSON object".into()));
    }
    let version = match value.get("version") {
        None | Some(Value::Null) => {
            return Err(DecodeError::WrongShape("no `version` number".into()))
        }
        Some(v) => u64::from_json(v).map_err(DecodeError::WrongShape)?,
    };
    let version = u32::try_from(version).map_err(|_| DecodeError::Newer { version: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::Newer { version });
    }
    if version == 0 {
        return Err(DecodeError::WrongShape("version 0 does not exist".into()));
    }
    let value = migrate(value, version)?;
    let progress = Progress::from_json(&value).map_err(DecodeError::WrongShape)?;
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

/// Runs the migrations from `version` up to the current one.
fn migrate(mut value: Value, version: u32) -> Result<Value, DecodeError> {
    for migration in &MIGRATIONS[(version as usize - 1)..] {
        value = migration(value).map_err(DecodeError::WrongShape)?;
    }
    value.set("version", SCHEMA_VERSION.to_json());
    Ok(value)
}

pub fn encode(progress: &Progress) -> String {
    progress.to_json().to_text()
}

/// The story editor's unsaved draft as text (kept apart from the document, see
/// `storage::DRAFT_KEY`): a bank story in the document's own form.
pub fn encode_draft(draft: &BankStory) -> String {
    draft.to_json().to_text()
}

/// A kept draft, or `None` for text that is not one (a damaged key, another version's form): a
/// draft is a convenience, so what cannot be read is dropped rather than reported. A draft is
/// never a deletion, whatever the text says.
pub fn decode_draft(text: &str) -> Option<BankStory> {
    let mut draft = BankStory::from_json(&json::parse(text).ok()?).ok()?;
    draft.deleted = false;
    Some(draft)
}
