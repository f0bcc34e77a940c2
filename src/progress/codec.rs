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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "it is not JSON ({e})"),
            DecodeError::WrongShape(e) => write!(f, "it is not a stardrill progress file ({e})"),
            DecodeError::Newer { version } => write!(
                f,
                "it was saved by a newer version of stardrill (schema {version}; this one reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

/// Migrations, in order: `MIGRATIONS[i]` turns a version `i + 1` document into version `i + 2`.
/// Add one (and a fixture in `progress/fixtures/`) whenever `SCHEMA_VERSION` goes up.
type Migration = fn(Value) -> Result<Value, String>;
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [];

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

pub fn decode(text: &str) -> Result<Progress, DecodeError> {
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
    Ok(sanitized(progress))
}

/// A document from storage or a file is not trusted to be consistent: scores are put back in
/// 0–1, the current question inside its attempt, and duplicate ids merged (the merge keeps the
/// copy with more answers, the later tick or story).
fn sanitized(mut progress: Progress) -> Progress {
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
