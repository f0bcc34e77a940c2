//! Phrases from the rubric, compiled once into token patterns: `word`, `word*` (a prefix) and
//! `...` (up to six words). Matched inside one sentence.

use super::text::{tokenize, Token};
use super::vocab::Vocab;

/// How many words `...` may stand for.
const MAX_GAP: usize = 6;

#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// A word id (`Vocab`).
    Word(u32),
    Prefix(String),
    Gap,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pattern(Vec<Part>);

impl Pattern {
    /// Tokenized like a story, so "team's" or "12-hour" split the same way on both sides.
    pub fn compile(phrase: &str, vocab: &mut Vocab) -> Pattern {
        let mut parts = Vec::new();
        for element in phrase.split_whitespace() {
            if element == "..." {
                parts.push(Part::Gap);
                continue;
            }
            let (body, prefix) = match element.strip_suffix('*') {
                Some(body) => (body, true),
                None => (element, false),
            };
            let tokens = tokenize(body);
            let last = tokens.len().saturating_sub(1);
            for (k, t) in tokens.into_iter().enumerate() {
                parts.push(if prefix && k == last {
                    Part::Prefix(t.norm)
                } else {
                    Part::Word(vocab.intern(&t.norm))
                });
            }
        }
        Pattern(parts)
    }

    /// The end (exclusive token index) of a match starting at `at`, staying below `limit`.
    pub fn match_at(&self, tokens: &[Token], at: usize, limit: usize) -> Option<usize> {
        if self.0.is_empty() {
            return None;
        }
        match_parts(&self.0, tokens, at, limit)
    }
}

fn match_parts(parts: &[Part], tokens: &[Token], at: usize, limit: usize) -> Option<usize> {
    let Some((first, rest)) = parts.split_first() else {
        return Some(at);
    };
    match first {
        Part::Gap => (at..=(at + MAX_GAP).min(limit))
            .find_map(|skip| match_parts(rest, tokens, skip, limit).filter(|_| !rest.is_empty())),
        Part::Word(w) => (at < limit && tokens[at].id == *w)
            .then(|| match_parts(rest, tokens, at + 1, limit))
            .flatten(),
        Part::Prefix(p) => (at < limit && tokens[at].norm.starts_with(p.as_str()))
            .then(|| match_parts(rest, tokens, at + 1, limit))
            .flatten(),
    }
}

/// A list of phrases, matched together. Indexed by first word, so a position costs one lookup
/// instead of a try of every phrase (the coach runs on every keystroke).
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// Indexed by the id of the first word.
    by_first_word: Vec<Vec<Pattern>>,
    /// Phrases that start with a prefix or a gap: tried everywhere.
    others: Vec<Pattern>,
}

impl PhraseSet {
    pub fn compile(phrases: &[String], vocab: &mut Vocab) -> PhraseSet {
        let mut set = PhraseSet::default();
        for pattern in phrases.iter().map(|p| Pattern::compile(p, vocab)) {
            match pattern.0.first() {
                Some(Part::Word(w)) => {
                    let w = *w as usize;
                    if set.by_first_word.len() <= w {
                        set.by_first_word.resize(w + 1, Vec::new());
                    }
                    set.by_first_word[w].push(pattern);
                }
                Some(_) => set.others.push(pattern),
                None => {}
            }
        }
        set
    }

    pub fn is_empty(&self) -> bool {
        self.by_first_word.iter().all(Vec::is_empty) && self.others.is_empty()
    }

    /// The longest match of any phrase starting at `at`.
    pub fn longest_at(&self, tokens: &[Token], at: usize, limit: usize) -> Option<usize> {
        let indexed = tokens
            .get(at)
            .and_then(|t| self.by_first_word.get(t.id as usize))
            .into_iter()
            .flatten();
        indexed
            .chain(&self.others)
            .filter_map(|p| p.match_at(tokens, at, limit))
            .max()
    }

    /// Every match in the range, leftmost-longest, not overlapping.
    pub fn find_all(&self, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut at = range.start;
        while at < range.end {
            match self.longest_at(tokens, at, range.end) {
                Some(end) => {
                    found.push((at, end));
                    at = end;
                }
                None => at += 1,
            }
        }
        found
    }

    pub fn any_in(&self, tokens: &[Token], range: std::ops::Range<usize>) -> bool {
        range
            .clone()
            .any(|at| self.longest_at(tokens, at, range.end).is_some())
    }
}
