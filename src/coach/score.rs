//! The score of a story, with the reason for every point: each signal found gains its points
//! once, each red flag found loses its points once, each timing rule met gains the rubric's
//! timing points. Rules with nothing found are listed too (0 points, with the fix), so the
//! learner sees what is missing. Also: the story checklist pre-filled from the findings.

use super::{Analyzer, Finding, Timing};
use crate::model::{Checklist, FindingKind};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoreLine {
    /// A coach rule id, or `timing-situation-task` / `timing-action-result`.
    pub rule: String,
    pub points: i32,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Never below 0.
    pub points: i32,
    /// Every signal and timing rule met, no red flag.
    pub max: u32,
    pub lines: Vec<ScoreLine>,
}

/// `findings`: each with the text its offsets point into.
pub fn score(analyzer: &Analyzer, findings: &[(&str, &Finding)], timing: &Timing) -> Score {
    let coach = analyzer.coach();
    let mut lines = Vec::new();
    let mut max = 0;
    for (index, rule) in coach.rules.iter().enumerate() {
        let hits: Vec<&str> = findings
            .iter()
            .filter(|(_, f)| f.rule == index)
            .map(|(text, f)| text.get(f.start..f.end).unwrap_or(""))
            .collect();
        let points = rule.points as i32;
        let (points, reason) = match (rule.kind, hits.first()) {
            (FindingKind::Signal, Some(first)) => (
                points,
                format!(
                    "{}: “{first}”{}. {}",
                    rule.name,
                    more(hits.len()),
                    rule.message
                ),
            ),
            (FindingKind::Signal, None) => {
                (0, format!("{}: not heard yet. {}", rule.name, rule.fix))
            }
            (FindingKind::RedFlag, Some(first)) => (
                -points,
                format!(
                    "{}: “{first}”{}. {} {}",
                    rule.name,
                    more(hits.len()),
                    rule.message,
                    rule.fix
                ),
            ),
            (FindingKind::RedFlag, None) => (0, format!("{}: none.", rule.name)),
        };
        if rule.kind == FindingKind::Signal {
            max += rule.points;
        }
        lines.push(ScoreLine {
            rule: rule.id.clone(),
            points,
            reason,
        });
    }
    let timing_points = coach.timing_points as i32;
    max += 2 * coach.timing_points;
    // The two timing rules: (id, met, what is measured, "met" and "missed" words).
    let st = format!(
        "Situation and task take {} s: {{}} the {} s they may take.",
        timing.situation_task_seconds, timing.situation_task_max_seconds
    );
    let ar = format!(
        "Action and result are {}% of the answer: {{}} the {}% they should be.",
        timing.action_result_percent, timing.action_result_min_percent
    );
    for (rule, ok, parts, sentence, (met, missed)) in [
        (
            "timing-situation-task",
            timing.situation_task_ok,
            "Situation and task",
            st,
            ("within", "over"),
        ),
        (
            "timing-action-result",
            timing.action_result_ok,
            "Action and result",
            ar,
            ("at least", "less than"),
        ),
    ] {
        let (points, reason) = match ok {
            Some(ok) => (
                if ok { timing_points } else { 0 },
                sentence.replace("{}", if ok { met } else { missed }),
            ),
            None => (
                0,
                format!("{parts}: not timed yet (write them as their own parts)."),
            ),
        };
        lines.push(ScoreLine {
            rule: rule.into(),
            points,
            reason,
        });
    }
    let points = lines.iter().map(|l| l.points).sum::<i32>().max(0);
    Score { points, max, lines }
}

fn more(n: usize) -> String {
    match n {
        0 | 1 => String::new(),
        2 => " and 1 more".into(),
        n => format!(" and {} more", n - 1),
    }
}

/// The story checklist's items ticked from the findings, for the learner to confirm: an item
/// whose rubric rule a signal reports is ticked when that signal was heard; one a red flag
/// reports is ticked when that red flag was not heard (the items ask "does the story do
/// well?"). Items no coach rule reports on are left unticked: only the learner can say.
pub fn prefill(
    analyzer: &Analyzer,
    findings: &[&Finding],
    checklist: &Checklist,
) -> BTreeMap<String, bool> {
    let mut ticks = BTreeMap::new();
    for item in &checklist.items {
        let Some(rubric_rule) = item.rule.as_deref() else {
            continue;
        };
        let reporting: Vec<usize> = analyzer
            .rules()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.rubric_rules.iter().any(|x| x == rubric_rule))
            .map(|(i, _)| i)
            .collect();
        if reporting.is_empty() {
            continue;
        }
        let heard = |kind: FindingKind| {
            findings
                .iter()
                .any(|f| f.kind == kind && reporting.contains(&f.rule))
        };
        let signal = reporting
            .iter()
            .any(|i| analyzer.rules()[*i].kind == FindingKind::Signal);
        let tick = if signal {
            heard(FindingKind::Signal)
        } else {
            !heard(FindingKind::RedFlag)
        };
        ticks.insert(item.id.clone(), tick);
    }
    ticks
}
