//! The story coach's quality on its labelled corpus (tests/coach/corpus.tsv): precision and
//! recall of every detector, each at least 0.9; and, printed only, on held-out sentences never
//! used to tune the detectors (tests/coach/holdout.tsv). Print the figures and every
//! disagreement:
//!
//! ```sh
//! cargo test --test coach_corpus -- --nocapture --test-threads 1
//! ```

use stardrill::coach::Analyzer;
use stardrill::model::COACH_RULE_IDS;
use std::collections::BTreeSet;

const CORPUS: &str = include_str!("coach/corpus.tsv");
const HOLDOUT: &str = include_str!("coach/holdout.tsv");

/// (labels, sentence) of every line of a corpus file.
fn cases(file: &'static str) -> Vec<(BTreeSet<&'static str>, &'static str)> {
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (labels, sentence) = l.split_once('\t').unwrap_or_else(|| panic!("no tab: {l}"));
            let labels: BTreeSet<&str> = labels.split(',').filter(|x| *x != "-").collect();
            for label in &labels {
                assert!(
                    COACH_RULE_IDS.contains(label),
                    "unknown rule id `{label}` in: {l}"
                );
            }
            (labels, sentence)
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    positives: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// Precision and recall of every detector on `cases`, printed as a table after every
/// disagreement.
fn measure(cases: &[(BTreeSet<&str>, &str)]) -> Vec<Counts> {
    let bank = stardrill::bank::catalog();
    let analyzer = Analyzer::new(&bank.rubric);
    let mut counts = vec![Counts::default(); COACH_RULE_IDS.len()];
    for (labels, sentence) in cases {
        let fired: BTreeSet<&str> = analyzer
            .analyse(sentence)
            .iter()
            .map(|f| analyzer.rule(f).id.as_str())
            .collect();
        for (i, id) in COACH_RULE_IDS.iter().enumerate() {
            let (want, got) = (labels.contains(id), fired.contains(id));
            let c = &mut counts[i];
            c.positives += want as usize;
            match (want, got) {
                (true, true) => c.tp += 1,
                (false, true) => {
                    c.fp += 1;
                    println!("false positive {id}: {sentence}");
                }
                (true, false) => {
                    c.fn_ += 1;
                    println!("missed {id}: {sentence}");
                }
                (false, false) => {}
            }
        }
    }
    println!("\n{} sentences\n", cases.len());
    println!("| rule | positives | negatives | precision | recall |");
    println!("| --- | --- | --- | --- | --- |");
    for (id, c) in COACH_RULE_IDS.iter().zip(&counts) {
        println!(
            "| `{id}` | {} | {} | {:.2} | {:.2} |",
            c.positives,
            cases.len() - c.positives,
            c.precision(),
            c.recall()
        );
    }
    counts
}

#[test]
fn every_detector_has_precision_and_recall_of_at_least_0_9() {
    let cases = cases(CORPUS);
    assert!(
        cases.len() >= 200,
        "the corpus needs at least 200 sentences"
    );
    println!("\ncorpus (tests/coach/corpus.tsv):");
    let counts = measure(&cases);
    for (id, c) in COACH_RULE_IDS.iter().zip(&counts) {
        assert!(c.positives >= 8, "{id}: at least 8 positive sentences");
        assert!(
            c.precision() >= 0.9 && c.recall() >= 0.9,
            "{id}: precision {:.2}, recall {:.2}",
            c.precision(),
            c.recall()
        );
    }
}

/// Held-out sentences, never used to tune the detectors: an honest estimate, printed only.
#[test]
fn held_out_figures() {
    println!("\nheld out (tests/coach/holdout.tsv):");
    measure(&cases(HOLDOUT));
}
