//! The detectors: one algorithm each, words and phrases from the rubric (`Words`, the rule's
//! own phrases). Each looks at one sentence (`range` of tokens) and returns token spans.

use super::lexicon::Words;
use super::phrase::PhraseSet;
use super::text::Token;
use super::vocab::Vocab;
use std::ops::Range;

/// A span of tokens `[start, end)`.
pub type Span = (usize, usize);

/// "I" followed (perhaps after an adverb) by the past tense of an action: "I traced".
pub fn first_person(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    let mut found = Vec::new();
    for at in range.clone() {
        if !w.first_person.has(&tokens[at]) {
            continue;
        }
        let verb = w.skip_adverbs(tokens, at + 1, range.end);
        if verb < range.end && w.is_action_past(&tokens[verb]) {
            found.push((at, verb + 1));
        }
    }
    found
}

/// A form of be/get, perhaps adverbs or more be forms ("had been quickly"), then a past
/// participle: "was fixed", "got deployed", "were never written".
pub fn passive_voice(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut at = range.start;
    while at < range.end {
        if !w.be_verbs.has(&tokens[at]) {
            at += 1;
            continue;
        }
        let mut next = at + 1;
        while next < range.end && (w.is_adverb(&tokens[next]) || w.be_verbs.has(&tokens[next])) {
            next += 1;
        }
        if next < range.end && w.is_participle(&tokens[next]) {
            found.push((at, next + 1));
            at = next + 1;
        } else {
            at += 1;
        }
    }
    found
}

/// Where the quantities of a sentence are: a number with a sign or a suffix ("30%", "$8K",
/// "200ms"), a number followed by a unit ("40 tickets") or after a lead word ("by 40", "from
/// 120 to 15"), or a quantity word ("halved"). Not a year, not a time of day.
pub fn quantities(w: &Words, vocab: &Vocab, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    let mut found = Vec::new();
    for at in range.clone() {
        let t = &tokens[at];
        let next = tokens.get(at + 1).filter(|_| at + 1 < range.end);
        if let Some(end) = w.quantity_words.longest_at(tokens, at, range.end) {
            found.push((at, end));
            continue;
        }
        let is_number_word = w.number_words.has(t);
        if !t.is_number() && !is_number_word {
            continue;
        }
        let digits_end = t
            .norm
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '$' | '€' | '£')))
            .unwrap_or(t.norm.len());
        let suffix = &t.norm[digits_end..];
        let signed = t.norm.starts_with(['$', '€', '£']);
        if w.not_units.has_id(vocab.get(suffix)) || next.is_some_and(|n| w.not_units.has(n)) {
            continue;
        }
        let year = suffix.is_empty()
            && !signed
            && t.norm.len() == 4
            && t.norm
                .parse::<u32>()
                .is_ok_and(|y| (1900..2100).contains(&y));
        let led = at > range.start && w.quantity_lead_words.has(&tokens[at - 1]);
        if year && !led {
            continue;
        }
        if next.is_some_and(|n| w.units.has(n)) {
            found.push((at, at + 2));
        } else if signed || (!suffix.is_empty() && !is_number_word) || led {
            found.push((at, at + 1));
        }
    }
    found
}

/// What several detectors need to know about a sentence, found once.
pub struct Facts {
    pub quantities: Vec<Span>,
    /// The first result marker ("reduced", "as a result", "significantly").
    pub marker: Option<Span>,
}

impl Facts {
    pub fn of(w: &Words, vocab: &Vocab, tokens: &[Token], range: Range<usize>) -> Facts {
        let marker = (range.start..range.end).find_map(|at| {
            w.result_markers
                .longest_at(tokens, at, range.end)
                .map(|end| (at, end))
        });
        Facts {
            quantities: quantities(w, vocab, tokens, range),
            marker,
        }
    }

    /// The sentence tells a result with a quantity.
    pub fn quantified(&self) -> bool {
        self.marker.is_some() && !self.quantities.is_empty()
    }
}

/// Quantities in a sentence that tells a result.
pub fn quantified(facts: &Facts) -> Vec<Span> {
    if facts.quantified() {
        facts.quantities.clone()
    } else {
        Vec::new()
    }
}

/// A sentence that tells a result and gives no quantity: its first result marker.
pub fn unquantified_result(facts: &Facts) -> Vec<Span> {
    match facts.marker {
        Some(marker) if facts.quantities.is_empty() => vec![marker],
        _ => Vec::new(),
    }
}

/// "We" or "the team" doing something (a past action) in a sentence where "I" does nothing:
/// "we fixed it". A shared result ("we hit the date", "we cut churn by 20%") is fine.
pub fn we_instead_of_i(
    w: &Words,
    tokens: &[Token],
    range: Range<usize>,
    facts: &Facts,
) -> Vec<Span> {
    if range.clone().any(|at| w.first_person.has(&tokens[at])) || facts.quantified() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (start, end) in w.collective_subjects.find_all(tokens, range.clone()) {
        let verb = w.skip_adverbs(tokens, end, range.end);
        if verb < range.end
            && w.is_action_past(&tokens[verb])
            && !w.shared_result_verbs.has(&tokens[verb])
        {
            found.push((start, verb + 1));
        }
    }
    found
}

/// Effort phrases in a sentence with no quantified result.
pub fn effort_without_impact(
    facts: &Facts,
    effort: &PhraseSet,
    tokens: &[Token],
    range: Range<usize>,
) -> Vec<Span> {
    if facts.quantified() {
        return Vec::new();
    }
    effort.find_all(tokens, range)
}

/// Jargon in a sentence that names no customer effect.
pub fn jargon(w: &Words, jargon: &PhraseSet, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    let found = jargon.find_all(tokens, range.clone());
    if !found.is_empty() && w.customer_words.any_in(tokens, range) {
        return Vec::new();
    }
    found
}
