//! The STAR story coach: reads a story as it is typed and says, with the exact words, what an
//! interviewer would hear. Pure (no yew, no web-sys): the story screen and the command line
//! (`src/bin/stardrill-coach.rs`) call it; host tests cover it. Every word list, phrase,
//! threshold and message comes from the rubric (`[coach]` in content/rubric.toml); this module
//! only knows the detectors' algorithms.

mod detect;
pub mod highlight;
mod lexicon;
mod phrase;
pub mod score;
pub mod text;
pub mod timing;
mod vocab;

pub use highlight::{segments, Segment};
pub use score::{prefill, Score, ScoreLine};
pub use timing::{StarPart, Timing};

use crate::model::{Coach, CoachRule, Detector, FindingKind, Rubric};
use lexicon::Words;
use phrase::PhraseSet;
use serde::Serialize;

/// One thing the coach heard: a rule's exact words in the text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Index of the rule in `Analyzer::rules()` (the rubric's order).
    #[serde(skip)]
    pub rule: usize,
    pub kind: FindingKind,
    pub start: usize,
    pub end: usize,
}

struct CompiledRule {
    phrases: PhraseSet,
    unless: PhraseSet,
}

/// The rubric's coach data, compiled once (word sets, phrase patterns); then `analyse` any
/// number of texts.
pub struct Analyzer<'a> {
    pub rubric: &'a Rubric,
    vocab: vocab::Vocab,
    words: Words,
    compiled: Vec<CompiledRule>,
}

impl<'a> Analyzer<'a> {
    pub fn new(rubric: &'a Rubric) -> Analyzer<'a> {
        let coach = &rubric.coach;
        let mut vocab = vocab::Vocab::default();
        let words = Words::compile(&coach.lexicon, &mut vocab);
        let compiled = coach
            .rules
            .iter()
            .map(|r| CompiledRule {
                phrases: PhraseSet::compile(&r.phrases, &mut vocab),
                unless: PhraseSet::compile(&r.unless, &mut vocab),
            })
            .collect();
        Analyzer {
            rubric,
            vocab,
            words,
            compiled,
        }
    }

    pub fn coach(&self) -> &'a Coach {
        &self.rubric.coach
    }

    pub fn rules(&self) -> &'a [CoachRule] {
        &self.rubric.coach.rules
    }

    pub fn rule(&self, finding: &Finding) -> &'a CoachRule {
        &self.rubric.coach.rules[finding.rule]
    }

    /// The index of the rule with this id.
    pub fn rule_index(&self, id: &str) -> Option<usize> {
        self.rules().iter().position(|r| r.id == id)
    }

    /// Every finding of every rule in `text`, ordered by position (then rubric order).
    pub fn analyse(&self, text: &str) -> Vec<Finding> {
        let mut tokens = text::tokenize(text);
        self.vocab.number(&mut tokens);
        let mut findings = Vec::new();
        for range in text::sentences(&tokens) {
            let facts = detect::Facts::of(&self.words, &self.vocab, &tokens, range.clone());
            for (index, rule) in self.rules().iter().enumerate() {
                let c = &self.compiled[index];
                let w = &self.words;
                let t = &tokens;
                let r = range.clone();
                // A sentence with one of the rule's `unless` phrases never fires it.
                if !c.unless.is_empty() && c.unless.any_in(t, r.clone()) {
                    continue;
                }
                let spans = match rule.detector {
                    Detector::Phrases => c.phrases.find_all(t, r),
                    Detector::FirstPerson => detect::first_person(w, t, r),
                    Detector::Quantified => detect::quantified(&facts),
                    Detector::PassiveVoice => detect::passive_voice(w, t, r),
                    Detector::WeInsteadOfI => detect::we_instead_of_i(w, t, r, &facts),
                    Detector::UnquantifiedResult => detect::unquantified_result(&facts),
                    Detector::EffortWithoutImpact => {
                        detect::effort_without_impact(&facts, &c.phrases, t, r)
                    }
                    Detector::Jargon => detect::jargon(w, &c.phrases, t, r),
                };
                findings.extend(spans.into_iter().map(|(first, last)| Finding {
                    rule: index,
                    kind: rule.kind,
                    start: tokens[first].start,
                    end: tokens[last - 1].end,
                }));
            }
        }
        sort_small(&mut findings, |f| (f.start, f.rule));
        findings
    }

    /// A story in its four parts: findings per part (offsets into that part), the timing at
    /// `words_per_minute`, and the score.
    pub fn story(&self, parts: [&str; 4], words_per_minute: u32) -> StoryReport {
        let findings = parts.map(|p| self.analyse(p));
        let timing = Timing::of_parts(parts, words_per_minute, &self.rubric.timing);
        let all: Vec<(&str, &Finding)> = parts
            .iter()
            .zip(&findings)
            .flat_map(|(p, fs)| fs.iter().map(move |f| (*p, f)))
            .collect();
        let score = score::score(self, &all, &timing);
        StoryReport {
            findings,
            timing,
            score,
        }
    }

    /// One text, its parts marked by lines starting "Situation:", "Task:", "Action:", "Result:"
    /// (or none): findings with offsets into the whole text, timing, score.
    pub fn text(&self, text: &str, words_per_minute: u32) -> TextReport {
        let findings = self.analyse(text);
        let timing = Timing::of_text(text, words_per_minute, &self.rubric.timing);
        let all: Vec<(&str, &Finding)> = findings.iter().map(|f| (text, f)).collect();
        let score = score::score(self, &all, &timing);
        TextReport {
            findings,
            timing,
            score,
        }
    }
}

/// Sorts the few findings or cuts of one text. An insertion sort: the list is short and
/// nearly in order, and the standard sorts would add several KB of code to the wasm for it.
pub(crate) fn sort_small<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && key(&list[j - 1]) > key(&list[j]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The coach's report on a story typed in four parts.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryReport {
    /// Per part, in `StarPart::ALL` order.
    pub findings: [Vec<Finding>; 4],
    pub timing: Timing,
    pub score: Score,
}

/// The coach's report on one text (the command line).
#[derive(Debug, Clone, PartialEq)]
pub struct TextReport {
    pub findings: Vec<Finding>,
    pub timing: Timing,
    pub score: Score,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
