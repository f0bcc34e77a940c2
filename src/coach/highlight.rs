//! A text cut into runs for display: plain runs and runs inside findings, so the screen can wrap
//! each finding's exact words in a mark, rendering the learner's text as text only.

use super::Finding;
use crate::model::FindingKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    /// A red flag wins over a signal when both cover the run; `None`: plain text.
    pub kind: Option<FindingKind>,
    /// Indices into the findings that cover the run.
    pub findings: Vec<usize>,
}

/// Cuts `text` at every finding's start and end (offsets that are not on a character boundary,
/// or past the end, are ignored).
pub fn segments(text: &str, findings: &[Finding]) -> Vec<Segment> {
    let mut cuts = vec![0, text.len()];
    for f in findings {
        cuts.extend([f.start, f.end]);
    }
    cuts.retain(|c| text.is_char_boundary(*c));
    super::sort_small(&mut cuts, |c| *c);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let covering: Vec<usize> = findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.start <= w[0] && w[1] <= f.end)
                .map(|(i, _)| i)
                .collect();
            let kind = covering.iter().map(|i| findings[*i].kind).max();
            Segment {
                start: w[0],
                end: w[1],
                kind,
                findings: covering,
            }
        })
        .collect()
}
