//! Merging two copies of the document: this tab's and what another tab (or widget) saved, or
//! the learner's and an imported file. No side's answers are lost:
//! - attempts are matched by id; of two copies, the one with more answers wins, then the later;
//! - ticks and stories are matched by id; the later change wins (unticks and deletions too);
//! - a "reset all" drops everything older than it, from either side.

use super::document::{Progress, SCHEMA_VERSION};
use std::collections::BTreeMap;

pub fn merge(a: &Progress, b: &Progress) -> Progress {
    let reset_at = a.reset_at.max(b.reset_at);
    let mut attempts: BTreeMap<&str, &crate::quiz::Attempt> = BTreeMap::new();
    for attempt in a.attempts.iter().chain(&b.attempts) {
        if attempt.updated_at < reset_at {
            continue;
        }
        let better = match attempts.get(attempt.id.as_str()) {
            None => true,
            Some(kept) => {
                (
                    attempt.answered(),
                    attempt.is_finished(),
                    attempt.updated_at,
                ) > (kept.answered(), kept.is_finished(), kept.updated_at)
            }
        };
        if better {
            attempts.insert(&attempt.id, attempt);
        }
    }
    let mut attempts: Vec<_> = attempts.into_values().cloned().collect();
    attempts.sort_by(|x, y| x.started_at.total_cmp(&y.started_at).then(x.id.cmp(&y.id)));

    let mut checklists = BTreeMap::new();
    for (list, items) in a.checklists.iter().chain(&b.checklists) {
        let merged: &mut BTreeMap<String, _> = checklists.entry(list.clone()).or_default();
        for (item, tick) in items {
            if tick.at < reset_at {
                continue;
            }
            match merged.get(item) {
                Some(kept) if kept_wins(kept, tick) => {}
                _ => {
                    merged.insert(item.clone(), *tick);
                }
            }
        }
    }
    checklists.retain(|_, items: &mut BTreeMap<String, _>| !items.is_empty());

    let mut stories: BTreeMap<&str, &super::document::StoryScore> = BTreeMap::new();
    for story in a.stories.iter().chain(&b.stories) {
        if story.at < reset_at {
            continue;
        }
        let newer = stories
            .get(story.id.as_str())
            .is_none_or(|kept| (story.at, story.deleted) > (kept.at, kept.deleted));
        if newer {
            stories.insert(&story.id, story);
        }
    }
    let mut stories: Vec<_> = stories.into_values().cloned().collect();
    stories.sort_by(|x, y| x.at.total_cmp(&y.at).then(x.id.cmp(&y.id)));

    let mut merged = Progress {
        version: SCHEMA_VERSION,
        attempts,
        checklists,
        stories,
        reset_at,
    };
    merged.trim();
    merged
}

/// The later tick wins; at the same instant an untick wins (the safer reading of a conflict).
fn kept_wins(kept: &super::document::Tick, other: &super::document::Tick) -> bool {
    (kept.at, !kept.on) >= (other.at, !other.on)
}
