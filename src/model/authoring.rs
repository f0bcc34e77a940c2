//! Reads the authored TOML files under `content/` into a [`Bank`] and validates it.
//! Host only: `build.rs` runs this (a bad file fails the build) and so do the host tests.
//! The wasm build never sees TOML; it embeds the validated bank as JSON.

use super::types::{Bank, Checklist, Deck, Principle, Rubric, Source};
use super::validate::{validate_bank, ContentError, FileNames};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrinciplesFile {
    principles: Vec<Principle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChecklistsFile {
    checklists: Vec<Checklist>,
}

/// The files of a bank as (path shown in messages, text) pairs.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub principles: (String, String),
    /// `sources.toml`: the source documents' files and titles.
    pub sources: (String, String),
    pub rubric: (String, String),
    pub checklists: (String, String),
    pub decks: Vec<(String, String)>,
}

/// Reads `dir` (the `content/` folder). Paths in messages are shown relative to `shown_as`.
pub fn read_dir(dir: &Path, shown_as: &str) -> Result<Sources, ContentError> {
    let read = |rel: &str| -> Result<(String, String), ContentError> {
        let shown = format!("{shown_as}/{rel}");
        std::fs::read_to_string(dir.join(rel))
            .map(|text| (shown.clone(), text))
            .map_err(|e| ContentError {
                file: shown,
                id: "-".into(),
                field: "-".into(),
                message: format!("cannot read the file: {e}"),
            })
    };
    let mut deck_names: Vec<String> = std::fs::read_dir(dir.join("decks"))
        .map_err(|e| ContentError {
            file: format!("{shown_as}/decks"),
            id: "-".into(),
            field: "-".into(),
            message: format!("cannot list the folder: {e}"),
        })?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    deck_names.sort();
    Ok(Sources {
        principles: read("principles.toml")?,
        sources: read("sources.toml")?,
        rubric: read("rubric.toml")?,
        checklists: read("checklists.toml")?,
        decks: deck_names
            .iter()
            .map(|name| read(&format!("decks/{name}")))
            .collect::<Result<_, _>>()?,
    })
}

/// Parses and validates. Every error names file, item id and field.
pub fn load(sources: &Sources) -> Result<Bank, Vec<ContentError>> {
    let mut errors = Vec::new();
    let principles = parse::<PrinciplesFile>(&sources.principles, &mut errors)
        .map(|f| f.principles)
        .unwrap_or_default();
    let source_list = parse::<SourcesFile>(&sources.sources, &mut errors)
        .map(|f| f.sources)
        .unwrap_or_default();
    let rubric = parse::<Rubric>(&sources.rubric, &mut errors);
    let checklists = parse::<ChecklistsFile>(&sources.checklists, &mut errors)
        .map(|f| f.checklists)
        .unwrap_or_default();
    let mut files = FileNames {
        principles: sources.principles.0.clone(),
        sources: sources.sources.0.clone(),
        rubric: sources.rubric.0.clone(),
        checklists: sources.checklists.0.clone(),
        ..FileNames::default()
    };
    let mut decks = Vec::new();
    for source in &sources.decks {
        if let Some(deck) = parse::<Deck>(source, &mut errors) {
            let expected = format!("{}.toml", deck.id);
            if !source.0.ends_with(&format!("/{expected}")) && source.0 != expected {
                errors.push(ContentError {
                    file: source.0.clone(),
                    id: deck.id.clone(),
                    field: "id".into(),
                    message: format!("a deck file is named after its id: rename it to {expected}"),
                });
            }
            files.decks.insert(deck.id.clone(), source.0.clone());
            decks.push(deck);
        }
    }
    let Some(rubric) = rubric else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    decks.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
    let bank = Bank {
        principles,
        sources: source_list,
        decks,
        rubric,
        checklists,
    };
    let errors = validate_bank(&bank, &files);
    if errors.is_empty() {
        Ok(bank)
    } else {
        Err(errors)
    }
}

/// One deck file's TOML read into a [`Deck`], as a bundled deck is read: a malformed file gives
/// one error with `file:line`, the nearest id and the field. Not validated: a blog author's deck
/// goes on to `model::custom::check_custom_deck` (`stardrill-deck check`).
pub fn read_deck(file: &str, text: &str) -> Result<Deck, Vec<ContentError>> {
    let mut errors = Vec::new();
    parse::<Deck>(&(file.to_string(), text.to_string()), &mut errors).ok_or(errors)
}

fn parse<T: DeserializeOwned>(
    (file, text): &(String, String),
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(e) => {
            let offset = e.span().map(|s| s.start).unwrap_or(0);
            let (line, id) = locate(text, offset);
            let message = e.message().trim().to_string();
            errors.push(ContentError {
                file: format!("{file}:{line}"),
                id,
                field: field_in_message(&message).unwrap_or_else(|| "-".into()),
                message,
            });
            None
        }
    }
}

/// Line number of `offset`, and the nearest `id = "…"` at or above it (the item being parsed).
fn locate(text: &str, offset: usize) -> (usize, String) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    // The error span may start at the table header; include that line too.
    let upto = text[before.len()..]
        .find('\n')
        .map_or(text.len(), |n| before.len() + n);
    let id = text[..upto]
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix("id")?.trim_start().strip_prefix('=')?.trim();
            Some(rest.trim_matches('"').to_string())
        })
        .unwrap_or_else(|| "-".into());
    (line, id)
}

/// serde names the field in "unknown field `x`" and "missing field `x`".
fn field_in_message(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}
