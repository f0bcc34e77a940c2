//! The detectors: one algorithm each, words and phrases from the rubric (`Words`, the rule's
//! own phrases). Each looks at one sentence (`range` of tokens) and returns token spans.

use super::lexicon::Words;
use super::phrase::PhraseSet;
use super::text::Token;
use std::ops::Range;

/// A span of tokens `[start, end)`.
pub type Span = (usize, usize);

/// "I" followed (perhaps after an adverb) by the past tense of an action: "I traced".
pub fn first_person(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    let mut found = Vec::new();
    for at in range.clone() {
        if !w.first_person.contains(&tokens[at].norm) {
            continue;
        }
        let verb = w.skip_adverbs(tokens, at + 1, range.end);
        if verb < range.end && w.is_action_past(&tokens[verb].norm) {
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
        if !w.be_verbs.contains(&tokens[at].norm) {
            at += 1;
            continue;
        }
        let mut next = at + 1;
        while next < range.end
            && (w.is_adverb(&tokens[next]) || w.be_verbs.contains(&tokens[next].norm))
        {
            next += 1;
        }
        if next < range.end && w.is_participle(&tokens[next].norm) {
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
pub fn quantities(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    let mut found = Vec::new();
    for at in range.clone() {
        let t = &tokens[at];
        let next = tokens.get(at + 1).filter(|_| at + 1 < range.end);
        if let Some(end) = w.quantity_words.longest_at(tokens, at, range.end) {
            found.push((at, end));
            continue;
        }
        let is_number_word = w.number_words.contains(&t.norm);
        if !t.is_number() && !is_number_word {
            continue;
        }
        let digits_end = t
            .norm
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '$' | '€' | '£')))
            .unwrap_or(t.norm.len());
        let suffix = &t.norm[digits_end..];
        let signed = t.norm.starts_with(['$', '€', '£']);
        if w.not_units.contains(suffix) || next.is_some_and(|n| w.not_units.contains(&n.norm)) {
            continue;
        }
        let year = suffix.is_empty()
            && !signed
            && t.norm.len() == 4
            && t.norm
                .parse::<u32>()
                .is_ok_and(|y| (1900..2100).contains(&y));
        let led = at > range.start && w.quantity_lead_words.contains(&tokens[at - 1].norm);
        if year && !led {
            continue;
        }
        if next.is_some_and(|n| w.units.contains(&n.norm)) {
            found.push((at, at + 2));
        } else if signed || (!suffix.is_empty() && !is_number_word) || led {
            found.push((at, at + 1));
        }
    }
    found
}

/// The first result marker of the sentence ("reduced", "as a result", "significantly").
pub fn result_marker(w: &Words, tokens: &[Token], range: Range<usize>) -> Option<Span> {
    w.result_markers.find_all(tokens, range).into_iter().next()
}

/// Quantities in a sentence that tells a result.
pub fn quantified(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    if result_marker(w, tokens, range.clone()).is_none() {
        return Vec::new();
    }
    quantities(w, tokens, range)
}

/// A sentence that tells a result and gives no quantity: its first result marker.
pub fn unquantified_result(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    match result_marker(w, tokens, range.clone()) {
        Some(marker) if quantities(w, tokens, range).is_empty() => vec![marker],
        _ => Vec::new(),
    }
}

/// "We" or "the team" doing something (a past action) in a sentence where "I" does nothing:
/// "we fixed it". A shared result ("we hit the date", "we cut churn by 20%") is fine.
pub fn we_instead_of_i(w: &Words, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    if range
        .clone()
        .any(|at| w.first_person.contains(&tokens[at].norm))
        || !quantified(w, tokens, range.clone()).is_empty()
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (start, end) in w.collective_subjects.find_all(tokens, range.clone()) {
        let verb = w.skip_adverbs(tokens, end, range.end);
        if verb < range.end
            && w.is_action_past(&tokens[verb].norm)
            && !w.shared_result_verbs.contains(&tokens[verb].norm)
        {
            found.push((start, verb + 1));
        }
    }
    found
}

/// Effort phrases in a sentence with no quantified result.
pub fn effort_without_impact(
    w: &Words,
    effort: &PhraseSet,
    tokens: &[Token],
    range: Range<usize>,
) -> Vec<Span> {
    if !quantified(w, tokens, range.clone()).is_empty() {
        return Vec::new();
    }
    effort.find_all(tokens, range)
}

/// Jargon in a sentence that names no customer effect.
pub fn jargon(w: &Words, jargon: &PhraseSet, tokens: &[Token], range: Range<usize>) -> Vec<Span> {
    if w.customer_words.any_in(tokens, range.clone()) {
        return Vec::new();
    }
    jargon.find_all(tokens, range)
}
