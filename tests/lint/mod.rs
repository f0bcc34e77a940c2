//! The content lint: pure measures over a loaded [`Bank`] that catch test-taking tells (a key
//! that is always the longest choice, "select all" questions keyed the same way), explanations
//! that give no reason, prompts that give the answer away, leaked internal names and untagged
//! questions. `tests/content_lint.rs` runs it on `content/`; nothing here reads files.

use stardrill::model::{Bank, Deck, Question, QuestionType};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Single, principle and red-flag: the key is strictly the longest choice in at most this share.
pub const MAX_KEY_LONGEST: f64 = 0.30;
/// Stronger: the key is strictly shorter than every other choice in at least this share.
pub const MIN_STRONGER_SHORTEST: f64 = 0.40;
/// Stronger: the key is the shortest in at most this share, so that "pick the shortest" is no rule either.
pub const MAX_STRONGER_SHORTEST: f64 = 0.70;
/// Multi: no one (right, total) pattern in more than this share.
pub const MAX_MULTI_PATTERN: f64 = 0.40;
/// Multi: the right choices are a prefix of the authored order in at most this share.
pub const MAX_MULTI_PREFIX: f64 = 0.50;
/// Multi: at least 3 wrong choices in at least this share.
pub const MIN_MULTI_THREE_WRONG: f64 = 0.25;
/// Share thresholds apply to the total and to each deck with at least this many questions of
/// the kind measured.
pub const MIN_PER_DECK: usize = 5;
/// Every explanation has at least this many words.
pub const MIN_EXPLAIN_WORDS: usize = 6;

/// Words that must not appear on screen as names of internal things.
const LEAKED_WORDS: [&str; 3] = ["seed", "seeds", "schema"];

/// The measures of one deck, or of the whole bank.
#[derive(Debug, Default, Clone)]
pub struct Measures {
    /// Single, principle and red-flag questions.
    pub pick: usize,
    /// Of those, ids where the key is strictly the longest choice.
    pub key_longest: Vec<String>,
    pub stronger: usize,
    /// Stronger questions whose key is strictly shorter than every other choice.
    pub stronger_shortest: usize,
    /// Stronger questions whose key is not the shortest.
    pub stronger_not_shortest: Vec<String>,
    pub multi: usize,
    pub multi_one_right: usize,
    pub multi_all_but_one: usize,
    /// (right, total) → ids.
    pub multi_patterns: BTreeMap<(usize, usize), Vec<String>>,
    /// Multi questions whose right choices come first in authored order.
    pub multi_prefix: Vec<String>,
    pub multi_three_wrong: usize,
    pub multi_all_right: Vec<String>,
    /// Explanations counted (question, choice, step and pair explains).
    pub explanations: usize,
    /// "question id / part id" of explanations under the word minimum.
    pub short_explanations: Vec<String>,
    pub principle_questions: usize,
    /// Principle prompts that contain the principle's name.
    pub prompt_names_principle: Vec<String>,
    /// Principle prompts that contain the key's text.
    pub prompt_contains_key: Vec<String>,
    /// Questions and sections whose on-screen text names an internal thing.
    pub leaks: Vec<String>,
    pub questions: usize,
    /// Questions with a principle (tag or principle type).
    pub tagged: usize,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Lower case, letters and digits only, single spaces: "Are Right, A Lot" → "are right a lot".
fn normalise(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    format!(
        " {} ",
        cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// Words of a principle's name too common in interview questions to count as naming it.
const COMMON_NAME_WORDS: [&str; 1] = ["customer"];

/// Whether a normalised prompt names the (normalised) principle: the whole name, or any
/// distinctive word of it: a 4-letter word whole ("deep"), a longer one by its first 5 letters
/// ("curiosity" and "learning" both name "Learn and Be Curious").
fn names_principle(prompt: &str, name: &str) -> bool {
    if prompt.contains(name) {
        return true;
    }
    name.split_whitespace()
        .filter(|w| w.chars().count() >= 4 && !COMMON_NAME_WORDS.contains(w))
        .any(|w| {
            if w.chars().count() == 4 {
                prompt.contains(&format!(" {w} "))
            } else {
                let stem: String = w.chars().take(5).collect();
                prompt.contains(&format!(" {stem}"))
            }
        })
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The internal names `text` leaks, if any.
fn leaks_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let norm = normalise(text);
    for w in LEAKED_WORDS {
        if norm.contains(&format!(" {w} ")) {
            found.push(format!("\"{w}\""));
        }
    }
    if text.contains('`') {
        found.push("a backtick".into());
    }
    if text.contains(".txt") {
        found.push("a file name".into());
    }
    found
}

fn share(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        n as f64 / of as f64
    }
}

fn pct(n: usize, of: usize) -> String {
    format!("{n}/{of} ({:.0}%)", 100.0 * share(n, of))
}

impl Measures {
    fn add_question(&mut self, bank: &Bank, q: &Question) {
        self.questions += 1;
        if q.principle.is_some() {
            self.tagged += 1;
        }
        let mut explains: Vec<(String, &str)> = vec![(q.id.clone(), q.explain.as_str())];
        explains.extend(
            q.choices
                .iter()
                .map(|c| (format!("{} / {}", q.id, c.id), c.explain.as_str())),
        );
        explains.extend(
            q.steps
                .iter()
                .map(|s| (format!("{} / {}", q.id, s.id), s.explain.as_str())),
        );
        explains.extend(
            q.pairs
                .iter()
                .map(|p| (format!("{} / {}", q.id, p.id), p.explain.as_str())),
        );
        for (at, text) in explains {
            self.explanations += 1;
            if words(text) < MIN_EXPLAIN_WORDS {
                self.short_explanations.push(format!("{at}: \"{text}\""));
            }
        }

        let mut on_screen: Vec<&str> = vec![&q.prompt, &q.explain];
        on_screen.extend(q.back.iter().map(String::as_str));
        for c in &q.choices {
            on_screen.extend([c.text.as_str(), c.explain.as_str()]);
        }
        for s in &q.steps {
            on_screen.extend([s.text.as_str(), s.explain.as_str()]);
        }
        for p in &q.pairs {
            on_screen.extend([p.left.as_str(), p.right.as_str(), p.explain.as_str()]);
        }
        let mut leaked: Vec<String> = on_screen.iter().flat_map(|t| leaks_in(t)).collect();
        leaked.dedup();
        if !leaked.is_empty() {
            self.leaks.push(format!("{} ({})", q.id, leaked.join(", ")));
        }

        let right: Vec<usize> = q.choices.iter().map(|c| chars(&c.text)).collect();
        let key = q.choices.iter().position(|c| c.correct);
        match q.kind {
            QuestionType::Single | QuestionType::Principle | QuestionType::RedFlag => {
                self.pick += 1;
                if let Some(k) = key {
                    let longest = right
                        .iter()
                        .enumerate()
                        .all(|(i, &len)| i == k || len < right[k]);
                    if longest {
                        self.key_longest.push(q.id.clone());
                    }
                }
            }
            QuestionType::Stronger => {
                self.stronger += 1;
                if let Some(k) = key {
                    let shortest = right
                        .iter()
                        .enumerate()
                        .all(|(i, &len)| i == k || len > right[k]);
                    if shortest {
                        self.stronger_shortest += 1;
                    } else {
                        self.stronger_not_shortest.push(q.id.clone());
                    }
                }
            }
            QuestionType::Multi => {
                self.multi += 1;
                let total = q.choices.len();
                let n_right = q.choices.iter().filter(|c| c.correct).count();
                if n_right == 1 {
                    self.multi_one_right += 1;
                }
                if n_right + 1 == total {
                    self.multi_all_but_one += 1;
                }
                if n_right == total {
                    self.multi_all_right.push(q.id.clone());
                }
                if total - n_right >= 3 {
                    self.multi_three_wrong += 1;
                }
                if q.choices.iter().take(n_right).all(|c| c.correct) {
                    self.multi_prefix.push(q.id.clone());
                }
                self.multi_patterns
                    .entry((n_right, total))
                    .or_default()
                    .push(q.id.clone());
            }
            _ => {}
        }

        if q.kind == QuestionType::Principle {
            self.principle_questions += 1;
            let prompt = normalise(&q.prompt);
            let name = q
                .principle
                .as_deref()
                .and_then(|id| bank.principles.iter().find(|p| p.id == id))
                .map(|p| normalise(&p.name));
            if name.is_some_and(|n| names_principle(&prompt, &n)) {
                self.prompt_names_principle.push(q.id.clone());
            }
            if let Some(k) = key {
                if prompt.contains(&normalise(&q.choices[k].text)) {
                    self.prompt_contains_key.push(q.id.clone());
                }
            }
        }
    }

    fn add_deck(&mut self, bank: &Bank, deck: &Deck) {
        for s in &deck.sections {
            let mut leaked = leaks_in(&s.body);
            leaked.extend(leaks_in(&s.title));
            if !leaked.is_empty() {
                self.leaks.push(format!(
                    "section {}#{} ({})",
                    deck.id,
                    s.id,
                    leaked.join(", ")
                ));
            }
        }
        for q in &deck.questions {
            self.add_question(bank, q);
        }
    }

    /// The (right, total) pattern used most, and by how many questions.
    pub fn top_pattern(&self) -> Option<((usize, usize), usize)> {
        self.multi_patterns
            .iter()
            .map(|(p, ids)| (*p, ids.len()))
            .max_by_key(|&(_, n)| n)
    }

    /// One line per measure, for the report.
    pub fn report(&self, name: &str) -> String {
        let mut out = String::new();
        let top = self
            .top_pattern()
            .map(|((r, t), n)| format!("{r} of {t} in {}", pct(n, self.multi)))
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(out, "  {name}");
        let _ = writeln!(
            out,
            "    key strictly longest (single/principle/red_flag): {}",
            pct(self.key_longest.len(), self.pick)
        );
        let _ = writeln!(
            out,
            "    stronger key strictly shortest:                  {}",
            pct(self.stronger_shortest, self.stronger)
        );
        let _ = writeln!(
            out,
            "    multi: {} questions; 1 right {}, all but one right {}, all right {}; top pattern {top}; right first {}; 3+ wrong {}",
            self.multi,
            self.multi_one_right,
            self.multi_all_but_one,
            self.multi_all_right.len(),
            pct(self.multi_prefix.len(), self.multi),
            pct(self.multi_three_wrong, self.multi),
        );
        let _ = writeln!(
            out,
            "    explanations under {MIN_EXPLAIN_WORDS} words: {} of {}",
            self.short_explanations.len(),
            self.explanations
        );
        let _ = writeln!(
            out,
            "    principle prompts naming the principle: {}, containing the key: {} (of {})",
            self.prompt_names_principle.len(),
            self.prompt_contains_key.len(),
            self.principle_questions
        );
        let _ = writeln!(out, "    internal names on screen: {}", self.leaks.len());
        let _ = writeln!(
            out,
            "    principle-tagged: {}",
            pct(self.tagged, self.questions)
        );
        out
    }

    /// Every crossed threshold, naming the offending ids. `scope` is "total" or a deck id.
    pub fn failures(&self, scope: &str, total: bool) -> Vec<String> {
        let mut f = Vec::new();
        let mut fail = |what: String, ids: &[String]| {
            f.push(format!("{scope}: {what}: {}", ids.join(", ")));
        };
        if (total || self.pick >= MIN_PER_DECK)
            && share(self.key_longest.len(), self.pick) > MAX_KEY_LONGEST
        {
            fail(
                format!(
                    "the key is strictly the longest choice in {} (at most {:.0}%)",
                    pct(self.key_longest.len(), self.pick),
                    100.0 * MAX_KEY_LONGEST
                ),
                &self.key_longest,
            );
        }
        if (total || self.stronger >= MIN_PER_DECK)
            && self.stronger > 0
            && share(self.stronger_shortest, self.stronger) < MIN_STRONGER_SHORTEST
        {
            fail(
                format!(
                    "the stronger answer is the shortest in only {} (at least {:.0}%); not shortest",
                    pct(self.stronger_shortest, self.stronger),
                    100.0 * MIN_STRONGER_SHORTEST
                ),
                &self.stronger_not_shortest,
            );
        }
        if (total || self.stronger >= MIN_PER_DECK)
            && share(self.stronger_shortest, self.stronger) > MAX_STRONGER_SHORTEST
        {
            fail(
                format!(
                    "the stronger answer is the shortest in {} (at most {:.0}%, or shortest becomes the tell); not shortest",
                    pct(self.stronger_shortest, self.stronger),
                    100.0 * MAX_STRONGER_SHORTEST
                ),
                &self.stronger_not_shortest,
            );
        }
        if !self.multi_all_right.is_empty() {
            fail("every choice is right".into(), &self.multi_all_right);
        }
        if total || self.multi >= MIN_PER_DECK {
            if total && self.multi > 0 && self.multi_one_right == 0 {
                fail("no multi question has exactly one right choice".into(), &[]);
            }
            if total && self.multi > 0 && self.multi_all_but_one == 0 {
                fail("no multi question has all but one choice right".into(), &[]);
            }
            if let Some(((r, t), n)) = self.top_pattern() {
                if share(n, self.multi) > MAX_MULTI_PATTERN {
                    fail(
                        format!(
                            "{r} right of {t} in {} (at most {:.0}%)",
                            pct(n, self.multi),
                            100.0 * MAX_MULTI_PATTERN
                        ),
                        &self.multi_patterns[&(r, t)],
                    );
                }
            }
            if share(self.multi_prefix.len(), self.multi) > MAX_MULTI_PREFIX {
                fail(
                    format!(
                        "right choices come first in {} (at most {:.0}%)",
                        pct(self.multi_prefix.len(), self.multi),
                        100.0 * MAX_MULTI_PREFIX
                    ),
                    &self.multi_prefix,
                );
            }
            if self.multi > 0 && share(self.multi_three_wrong, self.multi) < MIN_MULTI_THREE_WRONG {
                fail(
                    format!(
                        "3+ wrong choices in only {} (at least {:.0}%)",
                        pct(self.multi_three_wrong, self.multi),
                        100.0 * MIN_MULTI_THREE_WRONG
                    ),
                    &[],
                );
            }
        }
        if !self.short_explanations.is_empty() {
            fail(
                format!(
                    "explanations under {MIN_EXPLAIN_WORDS} words (give a reason in a full clause)"
                ),
                &self.short_explanations,
            );
        }
        if !self.prompt_names_principle.is_empty() {
            fail(
                "a which-principle prompt names its principle".into(),
                &self.prompt_names_principle,
            );
        }
        if !self.prompt_contains_key.is_empty() {
            fail(
                "a which-principle prompt contains the right choice's text".into(),
                &self.prompt_contains_key,
            );
        }
        if !self.leaks.is_empty() {
            fail(
                "on-screen text names an internal thing (say \"the source\")".into(),
                &self.leaks,
            );
        }
        f
    }
}

/// The lint over a bank: per deck (in bank order) and total.
pub struct Lint {
    pub decks: Vec<(String, Measures)>,
    pub total: Measures,
}

pub fn lint(bank: &Bank) -> Lint {
    let mut total = Measures::default();
    let mut decks = Vec::new();
    for deck in &bank.decks {
        let mut m = Measures::default();
        m.add_deck(bank, deck);
        total.add_deck(bank, deck);
        decks.push((deck.id.clone(), m));
    }
    Lint { decks, total }
}

impl Lint {
    pub fn report(&self) -> String {
        let mut out = format!(
            "content lint (thresholds: key longest <= {:.0}%, stronger shortest {:.0}% to {:.0}%, multi pattern <= {:.0}%, right-first <= {:.0}%, 3+ wrong >= {:.0}%, share checks per deck from {MIN_PER_DECK} questions, explanations >= {MIN_EXPLAIN_WORDS} words)\n",
            100.0 * MAX_KEY_LONGEST,
            100.0 * MIN_STRONGER_SHORTEST,
            100.0 * MAX_STRONGER_SHORTEST,
            100.0 * MAX_MULTI_PATTERN,
            100.0 * MAX_MULTI_PREFIX,
            100.0 * MIN_MULTI_THREE_WRONG,
        );
        for (id, m) in &self.decks {
            out.push_str(&m.report(id));
        }
        out.push_str(&self.total.report("total"));
        out
    }

    pub fn failures(&self) -> Vec<String> {
        let mut f: Vec<String> = Vec::new();
        for (id, m) in &self.decks {
            f.extend(m.failures(id, false));
        }
        // Lists of ids are already named per deck; the total adds only the share checks.
        let total = self.total.failures("total", true);
        f.extend(total.into_iter().filter(|line| {
            !line.contains("explanations under")
                && !line.contains("which-principle prompt")
                && !line.contains("internal thing")
                && !line.contains("every choice is right")
        }));
        f
    }
}
