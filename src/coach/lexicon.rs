//! The rubric's word lists, compiled once: single words as sets, phrases as patterns.

use super::phrase::PhraseSet;
use super::text::Token;
use crate::model::Lexicon;
use std::collections::BTreeSet;

fn set(words: &[String]) -> BTreeSet<String> {
    words.iter().cloned().collect()
}

#[derive(Debug, Clone)]
pub struct Words {
    pub be_verbs: BTreeSet<String>,
    pub adverbs: BTreeSet<String>,
    pub not_participles: BTreeSet<String>,
    pub irregular_participles: BTreeSet<String>,
    pub irregular_past: BTreeSet<String>,
    pub stative_verbs: BTreeSet<String>,
    pub first_person: BTreeSet<String>,
    pub collective_subjects: PhraseSet,
    pub shared_result_verbs: BTreeSet<String>,
    pub result_markers: PhraseSet,
    pub quantity_words: PhraseSet,
    pub number_words: BTreeSet<String>,
    pub units: BTreeSet<String>,
    pub not_units: BTreeSet<String>,
    pub quantity_lead_words: BTreeSet<String>,
    pub customer_words: PhraseSet,
}

impl Words {
    pub fn compile(l: &Lexicon) -> Words {
        Words {
            be_verbs: set(&l.be_verbs),
            adverbs: set(&l.adverbs),
            not_participles: set(&l.not_participles),
            irregular_participles: set(&l.irregular_participles),
            irregular_past: set(&l.irregular_past),
            stative_verbs: set(&l.stative_verbs),
            first_person: set(&l.first_person),
            collective_subjects: PhraseSet::compile(&l.collective_subjects),
            shared_result_verbs: set(&l.shared_result_verbs),
            result_markers: PhraseSet::compile(&l.result_markers),
            quantity_words: PhraseSet::compile(&l.quantity_words),
            number_words: set(&l.number_words),
            units: set(&l.units),
            not_units: set(&l.not_units),
            quantity_lead_words: set(&l.quantity_lead_words),
            customer_words: PhraseSet::compile(&l.customer_words),
        }
    }

    /// An adverb that may sit inside a verb group: listed, or any word ending in -ly.
    pub fn is_adverb(&self, t: &Token) -> bool {
        self.adverbs.contains(&t.norm) || (t.norm.len() > 4 && t.norm.ends_with("ly"))
    }

    /// Skips adverbs from `at`; the index of the first other token (or `limit`).
    pub fn skip_adverbs(&self, tokens: &[Token], mut at: usize, limit: usize) -> usize {
        while at < limit && self.is_adverb(&tokens[at]) {
            at += 1;
        }
        at
    }

    /// A regular past form: "-ed" after at least two letters ("fixed", not "red").
    fn is_regular_past(word: &str) -> bool {
        word.len() > 4
            && word.ends_with("ed")
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
    }

    /// A past participle after "be/get" ("fixed", "written"), not a state ("tired").
    pub fn is_participle(&self, word: &str) -> bool {
        !self.not_participles.contains(word)
            && (Self::is_regular_past(word) || self.irregular_participles.contains(word))
    }

    /// A past tense of an action ("wrote", "traced"), not a state ("felt", "was").
    pub fn is_action_past(&self, word: &str) -> bool {
        !self.stative_verbs.contains(word)
            && !self.be_verbs.contains(word)
            && (Self::is_regular_past(word) || self.irregular_past.contains(word))
    }
}
