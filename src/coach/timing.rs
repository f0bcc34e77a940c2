//! How long each STAR part takes to say at a pace, against the rubric's timing rules:
//! situation and task together at most `situation_task_max_seconds`, action and result at
//! least `action_result_min_percent` of the answer. Whole seconds and percents (no float
//! formatting in the wasm).

use crate::model::Timing as TimingRules;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StarPart {
    Situation,
    Task,
    Action,
    Result,
}

impl StarPart {
    pub const ALL: [StarPart; 4] = [
        StarPart::Situation,
        StarPart::Task,
        StarPart::Action,
        StarPart::Result,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StarPart::Situation => "Situation",
            StarPart::Task => "Task",
            StarPart::Action => "Action",
            StarPart::Result => "Result",
        }
    }

    /// A heading line of a text file ("Situation:", "result -"), case-insensitive.
    fn heading(line: &str) -> Option<(StarPart, usize)> {
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        StarPart::ALL.into_iter().find_map(|part| {
            let name = part.label();
            let head = trimmed.get(..name.len())?;
            let rest = &trimmed[name.len()..];
            let sep = rest.trim_start().chars().next()?;
            (head.eq_ignore_ascii_case(name) && matches!(sep, ':' | '-' | '—')).then(|| {
                (
                    part,
                    lead + name.len() + (rest.len() - rest.trim_start().len()) + sep.len_utf8(),
                )
            })
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartTime {
    pub part: StarPart,
    pub words: usize,
    pub seconds: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timing {
    pub words_per_minute: u32,
    pub words: usize,
    pub total_seconds: u32,
    /// Empty when the text does not mark its parts.
    pub parts: Vec<PartTime>,
    pub situation_task_seconds: u32,
    pub situation_task_max_seconds: u32,
    /// `None` when the parts are unknown or the story is empty.
    pub situation_task_ok: Option<bool>,
    pub action_result_percent: u32,
    pub action_result_min_percent: u32,
    pub action_result_ok: Option<bool>,
}

/// Words as a listener hears them: every whitespace-separated piece with a letter or digit in
/// it ("12-hour" is one, "→" none). Cheaper than tokenizing again.
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(super::text::is_word_char))
        .count()
}

/// Whole seconds to say `words` at `wpm`, rounded to the nearest.
fn seconds(words: usize, wpm: u32) -> u32 {
    let wpm = wpm.max(1) as usize;
    ((words * 60 + wpm / 2) / wpm) as u32
}

impl Timing {
    /// From word counts per part (`None`: parts unknown, only the total).
    fn from_counts(
        counts: Option<[usize; 4]>,
        total: usize,
        wpm: u32,
        rules: &TimingRules,
    ) -> Timing {
        let wpm = wpm.max(1);
        let parts: Vec<PartTime> = counts
            .map(|c| {
                StarPart::ALL
                    .iter()
                    .zip(c)
                    .map(|(part, words)| PartTime {
                        part: *part,
                        words,
                        seconds: seconds(words, wpm),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let c = counts.unwrap_or_default();
        let (st, ar) = (c[0] + c[1], c[2] + c[3]);
        let known = counts.is_some() && total > 0;
        let situation_task_seconds = seconds(st, wpm);
        let action_result_percent = (ar * 100 + total / 2).checked_div(total).unwrap_or(0) as u32;
        Timing {
            words_per_minute: wpm,
            words: total,
            total_seconds: seconds(total, wpm),
            parts,
            situation_task_seconds,
            situation_task_max_seconds: rules.situation_task_max_seconds,
            // Compared in words, not rounded seconds: 125.4 words at 150 wpm is over 50 s.
            situation_task_ok: known
                .then(|| st * 60 <= rules.situation_task_max_seconds as usize * wpm as usize),
            action_result_percent,
            action_result_min_percent: rules.action_result_min_percent,
            action_result_ok: known
                .then(|| ar * 100 >= rules.action_result_min_percent as usize * total),
        }
    }

    pub fn of_parts(parts: [&str; 4], wpm: u32, rules: &TimingRules) -> Timing {
        let counts = parts.map(words);
        Timing::from_counts(Some(counts), counts.iter().sum(), wpm, rules)
    }

    /// A text whose parts start at heading lines; without any heading, only the total.
    pub fn of_text(text: &str, wpm: u32, rules: &TimingRules) -> Timing {
        let mut counts = [0; 4];
        let mut current = None;
        let mut total = 0;
        for line in text.lines() {
            let body = match StarPart::heading(line) {
                Some((part, skip)) => {
                    current = Some(part);
                    &line[skip..]
                }
                None => line,
            };
            let n = words(body);
            total += n;
            if let Some(part) = current {
                counts[part as usize] += n;
            }
        }
        let counts = current.map(|_| counts);
        // Words before the first heading belong to no part; they still take time.
        Timing::from_counts(counts, total, wpm, rules)
    }
}
