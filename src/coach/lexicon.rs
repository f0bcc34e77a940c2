//! The rubric's word lists, compiled once: single words as sets, phrases as patterns.

use super::phrase::PhraseSet;
use super::text::Token;
use super::vocab::{Vocab, WordSet};
use crate::model::Lexicon;

#[derive(Debug, Clone)]
pub struct Words {
    pub be_verbs: WordSet,
    pub adverbs: WordSet,
    pub not_participles: WordSet,
    pub irregular_participles: WordSet,
    pub irregular_past: WordSet,
    pub stative_verbs: WordSet,
    pub first_person: WordSet,
    pub collective_subjects: PhraseSet,
    pub shared_result_verbs: WordSet,
    pub result_markers: PhraseSet,
    pub quantity_words: PhraseSet,
    pub number_words: WordSet,
    pub units: WordSet,
    pub not_units: WordSet,
    pub quantity_lead_words: WordSet,
    pub customer_words: PhraseSet,
}

impl Words {
    pub fn compile(l: &Lexicon, v: &mut Vocab) -> Words {
        Words {
            be_verbs: WordSet::of(&l.be_verbs, v),
            adverbs: WordSet::of(&l.adverbs, v),
            not_participles: WordSet::of(&l.not_participles, v),
            irregular_participles: WordSet::of(&l.irregular_participles, v),
            irregular_past: WordSet::of(&l.irregular_past, v),
            stative_verbs: WordSet::of(&l.stative_verbs, v),
            first_person: WordSet::of(&l.first_person, v),
            collective_subjects: PhraseSet::compile(&l.collective_subjects, v),
            shared_result_verbs: WordSet::of(&l.shared_result_verbs, v),
            result_markers: PhraseSet::compile(&l.result_markers, v),
            quantity_words: PhraseSet::compile(&l.quantity_words, v),
            number_words: WordSet::of(&l.number_words, v),
            units: WordSet::of(&l.units, v),
            not_units: WordSet::of(&l.not_units, v),
            quantity_lead_words: WordSet::of(&l.quantity_lead_words, v),
            customer_words: PhraseSet::compile(&l.customer_words, v),
        }
    }

    /// An adverb that may sit inside a verb group: listed, or any word ending in -ly.
    pub fn is_adverb(&self, t: &Token) -> bool {
        self.adverbs.has(t) || (t.norm.len() > 4 && t.norm.ends_with("ly"))
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
            && word.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
    }

    /// A past participle after "be/get" ("fixed", "written"), not a state ("tired").
    pub fn is_participle(&self, t: &Token) -> bool {
        !self.not_participles.has(t)
            && (Self::is_regular_past(&t.norm) || self.irregular_participles.has(t))
    }

    /// A past tense of an action ("wrote", "traced"), not a state ("felt", "was").
    pub fn is_action_past(&self, t: &Token) -> bool {
        !self.stative_verbs.has(t)
            && !self.be_verbs.has(t)
            && (Self::is_regular_past(&t.norm) || self.irregular_past.has(t))
    }
}
