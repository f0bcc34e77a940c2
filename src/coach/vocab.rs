//! Every word the rubric's lists and phrases use gets a number once, when the coach is
//! compiled; a story's tokens are looked up once each. Detectors then compare numbers and test
//! bits instead of comparing strings: what keeps a keystroke's analysis far below a frame.

use super::text::Token;
use std::collections::BTreeMap;

/// The id of a word no list uses.
pub const UNKNOWN: u32 = u32::MAX;

#[derive(Debug, Clone, Default)]
pub struct Vocab(BTreeMap<String, u32>);

impl Vocab {
    pub fn intern(&mut self, word: &str) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(word.to_string()).or_insert(next)
    }

    pub fn get(&self, word: &str) -> u32 {
        self.0.get(word).copied().unwrap_or(UNKNOWN)
    }

    /// Sets every token's id.
    pub fn number(&self, tokens: &mut [Token]) {
        for t in tokens {
            t.id = self.get(&t.norm);
        }
    }
}

/// A set of words as bits indexed by word id.
#[derive(Debug, Clone, Default)]
pub struct WordSet(Vec<u64>);

impl WordSet {
    pub fn of(words: &[String], vocab: &mut Vocab) -> WordSet {
        let mut set = WordSet::default();
        for w in words {
            set.insert(vocab.intern(w));
        }
        set
    }

    fn insert(&mut self, id: u32) {
        let (word, bit) = (id as usize / 64, id % 64);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << bit;
    }

    pub fn has_id(&self, id: u32) -> bool {
        id != UNKNOWN
            && self
                .0
                .get(id as usize / 64)
                .is_some_and(|w| w & (1 << (id % 64)) != 0)
    }

    pub fn has(&self, t: &Token) -> bool {
        self.has_id(t.id)
    }
}
