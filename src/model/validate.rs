//! Checks that content is complete and consistent. The build runs it on `content/` (so bundled
//! content can never fail at run time) and a custom deck will run it at import time.
//! Every error names the file, the item id and the field.

use super::catalog::Catalog;
use super::custom::is_custom_question;
use super::types::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// The id of the item at fault (deck, question, rule…), or the file's top level.
    pub id: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: item `{}`, field `{}`: {}",
            self.file, self.id, self.field, self.message
        )
    }
}

/// Where each part of a bank was read from, so errors can name the file.
#[derive(Debug, Clone, Default)]
pub struct FileNames {
    pub principles: String,
    pub sources: String,
    pub rubric: String,
    pub checklists: String,
    /// Deck id → file.
    pub decks: BTreeMap<String, String>,
}

impl FileNames {
    fn deck(&self, deck_id: &str) -> String {
        self.decks
            .get(deck_id)
            .cloned()
            .unwrap_or_else(|| format!("deck {deck_id}"))
    }
}

struct Report<'a> {
    errors: Vec<ContentError>,
    file: &'a str,
}

impl Report<'_> {
    fn err(&mut self, id: &str, field: &str, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.to_string(),
            id: id.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn text(&mut self, id: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.err(id, field, "must not be empty");
        }
    }

    fn id_format(&mut self, id: &str, field: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.err(
                id,
                field,
                "ids are 1-64 characters of a-z, 0-9 and inner hyphens (ids are stable keys: never rename one)",
            );
        }
    }

    /// Records `id` in `seen`; reports it when it is a duplicate.
    fn unique(&mut self, seen: &mut BTreeSet<String>, id: &str, field: &str, scope: &str) {
        if !seen.insert(id.to_string()) {
            self.err(id, field, format!("duplicate id in {scope}"));
        }
    }
}

/// Validates a whole bank. Returns every error found, not just the first.
pub fn validate_bank(bank: &Bank, files: &FileNames) -> Vec<ContentError> {
    let mut errors = Vec::new();

    let mut r = Report {
        errors: Vec::new(),
        file: &files.principles,
    };
    let mut principle_ids = BTreeSet::new();
    for p in &bank.principles {
        r.id_format(&p.id, "id");
        r.unique(&mut principle_ids, &p.id, "id", "principles");
        r.text(&p.id, "name", &p.name);
        r.text(&p.id, "summary", &p.summary);
    }
    errors.append(&mut r.errors);

    let mut r = Report {
        errors: Vec::new(),
        file: &files.sources,
    };
    let mut source_files = BTreeSet::new();
    for s in &bank.sources {
        if !is_seed_file(&s.file) {
            r.err(
                &s.file,
                "file",
                "not a source file name like `003_6186badc7f6ec2aa.txt`",
            );
        }
        r.unique(&mut source_files, &s.file, "file", "sources");
        r.text(&s.file, "title", &s.title);
    }
    errors.append(&mut r.errors);

    // Section refs `deck#section`, for the rubric and checklists.
    let mut section_refs = BTreeSet::new();
    let mut deck_ids = BTreeSet::new();
    let mut question_ids = BTreeSet::new();
    for deck in &bank.decks {
        let file = files.deck(&deck.id);
        let mut r = Report {
            errors: Vec::new(),
            file: &file,
        };
        r.id_format(&deck.id, "id");
        r.unique(&mut deck_ids, &deck.id, "id", "decks");
        for s in &deck.sections {
            section_refs.insert(format!("{}#{}", deck.id, s.id));
        }
        if deck.id.starts_with(CUSTOM_PREFIX) {
            r.err(
                &deck.id,
                "id",
                format!("`{CUSTOM_PREFIX}` starts the ids of authors' own decks only"),
            );
        }
        let scope = DeckScope {
            principle_ids: &principle_ids,
            source_files: &source_files,
            sources_listed_in: "content/sources.toml",
            question_ids_unique_in: "all decks (question ids are global)",
        };
        validate_deck(&mut r, deck, &scope, &mut question_ids);
        for q in deck.questions.iter().filter(|q| is_custom_question(&q.id)) {
            r.err(
                &q.id,
                "id",
                "`c`, eight hex digits and a hyphen start the question ids of authors' own decks only",
            );
        }
        errors.append(&mut r.errors);
    }

    let mut r = Report {
        errors: Vec::new(),
        file: &files.rubric,
    };
    validate_rubric(&mut r, &bank.rubric, &section_refs);
    errors.append(&mut r.errors);

    let rule_ids: BTreeSet<&str> = bank
        .rubric
        .signals
        .iter()
        .map(|s| s.id.as_str())
        .chain(bank.rubric.anti_patterns.iter().map(|a| a.id.as_str()))
        .chain(bank.rubric.red_flags.iter().map(|f| f.id.as_str()))
        .collect();
    let mut r = Report {
        errors: Vec::new(),
        file: &files.checklists,
    };
    let mut checklist_ids = BTreeSet::new();
    for c in &bank.checklists {
        r.id_format(&c.id, "id");
        r.unique(&mut checklist_ids, &c.id, "id", "checklists");
        r.text(&c.id, "title", &c.title);
        r.text(&c.id, "summary", &c.summary);
        source_exists(&mut r, &c.id, &c.source, &section_refs);
        if c.items.is_empty() {
            r.err(&c.id, "items", "a checklist needs at least one item");
        }
        let mut item_ids = BTreeSet::new();
        for item in &c.items {
            r.id_format(&item.id, "items.id");
            r.unique(
                &mut item_ids,
                &item.id,
                "items.id",
                &format!("checklist {}", c.id),
            );
            r.text(&item.id, "items.text", &item.text);
            match (&item.rule, c.kind) {
                (Some(rule), _) if !rule_ids.contains(rule.as_str()) => r.err(
                    &item.id,
                    "items.rule",
                    format!("no signal, anti-pattern or red flag has the id `{rule}`"),
                ),
                (None, ChecklistKind::Story) => r.err(
                    &item.id,
                    "items.rule",
                    "items of a `story` checklist name the rubric rule they check",
                ),
                _ => {}
            }
        }
    }
    errors.append(&mut r.errors);
    errors
}

fn source_exists(r: &mut Report, id: &str, source: &str, section_refs: &BTreeSet<String>) {
    if !section_refs.contains(source) {
        r.err(
            id,
            "source",
            format!("`{source}` is not a `deck#section` that exists"),
        );
    }
}

/// What a deck's references are checked against, and how messages name them: a bundled deck
/// is checked against the bank and shares one question-id space with every other bundled deck;
/// a custom deck is checked against the catalog the widget ships, on its own.
struct DeckScope<'a> {
    principle_ids: &'a BTreeSet<String>,
    source_files: &'a BTreeSet<String>,
    /// Where the source documents are listed, for the message naming an unlisted one.
    sources_listed_in: &'a str,
    /// Where question ids must be unique, for the duplicate message.
    question_ids_unique_in: &'a str,
}

/// How the file of a custom deck's errors is named when no file name is known (a deck given to
/// the widget in the page or pasted on the author screen).
pub const YOUR_DECK: &str = "your deck";

/// The start of a custom deck's id once the app keeps it (`model::custom::as_custom`); no
/// bundled deck may use it.
pub const CUSTOM_PREFIX: &str = "custom-";

/// Validates a blog author's own deck with the checks bundled decks get at build time. Principle
/// ids and source documents are the catalog's; question ids need only be unique in the deck
/// (`model::custom::as_custom` prefixes them before the app keeps the deck). Errors name
/// [`YOUR_DECK`] as their file and the author's own ids.
pub fn validate_custom_deck(deck: &Deck, catalog: &Catalog) -> Vec<ContentError> {
    let principle_ids = catalog.principles.iter().map(|p| p.id.clone()).collect();
    let source_files = catalog.sources.iter().map(|s| s.file.clone()).collect();
    let scope = DeckScope {
        principle_ids: &principle_ids,
        source_files: &source_files,
        sources_listed_in:
            "the widget's source documents (leave `source` out for your own material)",
        question_ids_unique_in: "this deck",
    };
    let mut r = Report {
        errors: Vec::new(),
        file: YOUR_DECK,
    };
    r.id_format(&deck.id, "id");
    validate_deck(&mut r, deck, &scope, &mut BTreeSet::new());
    r.errors
}

fn validate_deck(
    r: &mut Report,
    deck: &Deck,
    scope: &DeckScope,
    question_ids: &mut BTreeSet<String>,
) {
    r.text(&deck.id, "title", &deck.title);
    r.text(&deck.id, "summary", &deck.summary);
    if deck.sections.is_empty() {
        r.err(
            &deck.id,
            "sections",
            "a deck needs at least one study-card section",
        );
    }
    let mut section_ids = BTreeSet::new();
    for s in &deck.sections {
        r.id_format(&s.id, "sections.id");
        r.unique(
            &mut section_ids,
            &s.id,
            "sections.id",
            &format!("deck {}", deck.id),
        );
        r.text(&s.id, "sections.title", &s.title);
        r.text(&s.id, "sections.body", &s.body);
        match &s.source {
            Some(file) => {
                if !scope.source_files.contains(file) {
                    r.err(
                        &s.id,
                        "sections.source",
                        format!("`{file}` is not listed in {}", scope.sources_listed_in),
                    );
                }
                if s.headings.is_empty() || s.headings.iter().any(|h| h.trim().is_empty()) {
                    r.err(
                        &s.id,
                        "sections.headings",
                        "list the source headings this section covers",
                    );
                }
            }
            // No source: general knowledge. Headings would claim coverage of a document the
            // section was not written from.
            None if !s.headings.is_empty() => r.err(
                &s.id,
                "sections.headings",
                "a section without `source` is general knowledge and lists no headings: add its `source` or remove `headings`",
            ),
            None => {}
        }
    }
    for q in &deck.questions {
        r.id_format(&q.id, "id");
        r.unique(question_ids, &q.id, "id", scope.question_ids_unique_in);
        validate_question(r, q, &section_ids, scope.principle_ids);
    }
}

fn is_seed_file(name: &str) -> bool {
    let b = name.as_bytes();
    name.len() == 24
        && name.ends_with(".txt")
        && b[..3].iter().all(u8::is_ascii_digit)
        && b[3] == b'_'
        && b[4..20].iter().all(u8::is_ascii_hexdigit)
}

fn validate_question(
    r: &mut Report,
    q: &Question,
    section_ids: &BTreeSet<String>,
    principle_ids: &BTreeSet<String>,
) {
    let id = q.id.as_str();
    r.text(id, "prompt", &q.prompt);
    r.text(id, "explain", &q.explain);
    if !section_ids.contains(&q.section) {
        r.err(
            id,
            "section",
            format!("no section `{}` in this deck's study card", q.section),
        );
    }
    if let Some(p) = &q.principle {
        if !principle_ids.contains(p) {
            r.err(id, "principle", format!("no principle has the id `{p}`"));
        }
    }

    let kind = q.kind;
    let uses_choices = kind.is_single_pick() || kind == QuestionType::Multi;
    let unused = |present: bool, field: &str, r: &mut Report| {
        if present {
            r.err(id, field, format!("not used by type `{}`", kind.key()));
        }
    };
    unused(!uses_choices && !q.choices.is_empty(), "choices", r);
    unused(
        kind != QuestionType::TrueFalse && q.answer.is_some(),
        "answer",
        r,
    );
    unused(
        kind != QuestionType::Order && !q.steps.is_empty(),
        "steps",
        r,
    );
    unused(
        kind != QuestionType::Match && !q.pairs.is_empty(),
        "pairs",
        r,
    );
    unused(
        kind != QuestionType::Flashcard && q.back.is_some(),
        "back",
        r,
    );

    if uses_choices {
        if q.choices.len() < 2 {
            r.err(id, "choices", "needs at least two choices");
        }
        let mut choice_ids = BTreeSet::new();
        for c in &q.choices {
            r.id_format(&c.id, "choices.id");
            r.unique(
                &mut choice_ids,
                &c.id,
                "choices.id",
                &format!("question {id}"),
            );
            r.text(id, &format!("choices.{}.text", c.id), &c.text);
            r.text(id, &format!("choices.{}.explain", c.id), &c.explain);
        }
        let correct = q.choices.iter().filter(|c| c.correct).count();
        if correct == 0 {
            r.err(
                id,
                "choices",
                "no choice is marked correct (`correct = true` in TOML, `\"correct\": true` in JSON)",
            );
        } else if kind == QuestionType::Multi && correct == q.choices.len() {
            // Fair scoring (quiz::grade) needs a wrong choice: "tick everything" must not win.
            r.err(
                id,
                "choices",
                "a multi question needs at least one wrong choice (every choice is correct)",
            );
        } else if correct > 1 && kind != QuestionType::Multi {
            r.err(
                id,
                "choices",
                format!(
                    "type `{}` takes exactly one correct choice, found {correct}",
                    kind.key()
                ),
            );
        }
    }
    match kind {
        QuestionType::TrueFalse if q.answer.is_none() => r.err(
            id,
            "answer",
            "a true_false question needs an `answer`: true or false",
        ),
        QuestionType::Order => {
            if q.steps.len() < 3 {
                r.err(id, "steps", "an order question needs at least three steps");
            }
            let mut ids = BTreeSet::new();
            for s in &q.steps {
                r.id_format(&s.id, "steps.id");
                r.unique(&mut ids, &s.id, "steps.id", &format!("question {id}"));
                r.text(id, &format!("steps.{}.text", s.id), &s.text);
                r.text(id, &format!("steps.{}.explain", s.id), &s.explain);
            }
        }
        QuestionType::Match => {
            if q.pairs.len() < 3 {
                r.err(id, "pairs", "a match question needs at least three pairs");
            }
            let mut ids = BTreeSet::new();
            let mut rights = BTreeSet::new();
            for p in &q.pairs {
                r.id_format(&p.id, "pairs.id");
                r.unique(&mut ids, &p.id, "pairs.id", &format!("question {id}"));
                r.text(id, &format!("pairs.{}.left", p.id), &p.left);
                r.text(id, &format!("pairs.{}.right", p.id), &p.right);
                r.text(id, &format!("pairs.{}.explain", p.id), &p.explain);
                if !rights.insert(p.right.trim()) {
                    r.err(
                        id,
                        &format!("pairs.{}.right", p.id),
                        "two pairs have the same right side",
                    );
                }
            }
        }
        QuestionType::Principle if q.principle.is_none() => r.err(
            id,
            "principle",
            "a principle question names the principle it triggers",
        ),
        QuestionType::Flashcard => match &q.back {
            None => r.err(id, "back", "a flashcard needs a `back`"),
            Some(back) => r.text(id, "back", back),
        },
        _ => {}
    }
}

fn validate_rubric(r: &mut Report, rubric: &Rubric, section_refs: &BTreeSet<String>) {
    r.text("rubric", "competency", &rubric.competency);
    r.text("rubric", "core_signal", &rubric.core_signal);
    if rubric.signal_chain.is_empty() {
        r.err("rubric", "signal_chain", "must list the signal chain");
    }
    let mut ids = BTreeSet::new();
    for s in &rubric.signals {
        r.id_format(&s.id, "signals.id");
        r.unique(&mut ids, &s.id, "signals.id", "the rubric");
        r.text(&s.id, "signals.name", &s.name);
        r.text(&s.id, "signals.description", &s.description);
        r.text(&s.id, "signals.why", &s.why);
        r.text(&s.id, "signals.common_miss", &s.common_miss);
        if s.key_phrases.is_empty() {
            r.err(&s.id, "signals.key_phrases", "list at least one key phrase");
        }
        source_exists(r, &s.id, &s.source, section_refs);
    }
    for a in &rubric.anti_patterns {
        r.id_format(&a.id, "anti_patterns.id");
        r.unique(&mut ids, &a.id, "anti_patterns.id", "the rubric");
        for (field, value) in [
            ("anti_patterns.name", &a.name),
            ("anti_patterns.example", &a.example),
            ("anti_patterns.why", &a.why),
            ("anti_patterns.detection", &a.detection),
            ("anti_patterns.fix", &a.fix),
        ] {
            r.text(&a.id, field, value);
        }
        source_exists(r, &a.id, &a.source, section_refs);
    }
    for f in &rubric.red_flags {
        r.id_format(&f.id, "red_flags.id");
        r.unique(&mut ids, &f.id, "red_flags.id", "the rubric");
        r.text(&f.id, "red_flags.name", &f.name);
        r.text(&f.id, "red_flags.example", &f.example);
        r.text(&f.id, "red_flags.why", &f.why);
        source_exists(r, &f.id, &f.source, section_refs);
    }
    let t = &rubric.timing;
    if t.action_result_min_percent > 100 {
        r.err(
            "timing",
            "action_result_min_percent",
            "a percentage is at most 100",
        );
    }
    if t.parts.is_empty() {
        r.err("timing", "parts", "list the per-part time budget");
    }
    source_exists(r, "timing", &t.source, section_refs);
    for l in &rubric.levels {
        r.id_format(&l.id, "levels.id");
        r.unique(&mut ids, &l.id, "levels.id", "the rubric");
        r.text(&l.id, "levels.name", &l.name);
        r.text(&l.id, "levels.expectation", &l.expectation);
        source_exists(r, &l.id, &l.source, section_refs);
    }
    validate_coach(r, rubric, &ids);
}

/// The coach's rules and word lists: every rule id of the fixed vocabulary once, rubric rules
/// that exist, messages and fixes written, phrases where the detector needs them, lower case.
fn validate_coach(r: &mut Report, rubric: &Rubric, rubric_ids: &BTreeSet<String>) {
    let coach = &rubric.coach;
    if !(60..=400).contains(&coach.words_per_minute) {
        r.err(
            "coach",
            "coach.words_per_minute",
            "a speaking pace between 60 and 400 words a minute",
        );
    }
    let l = &coach.lexicon;
    for (field, list) in [
        ("coach.lexicon.be_verbs", &l.be_verbs),
        ("coach.lexicon.adverbs", &l.adverbs),
        ("coach.lexicon.not_participles", &l.not_participles),
        (
            "coach.lexicon.irregular_participles",
            &l.irregular_participles,
        ),
        ("coach.lexicon.irregular_past", &l.irregular_past),
        ("coach.lexicon.stative_verbs", &l.stative_verbs),
        ("coach.lexicon.first_person", &l.first_person),
        ("coach.lexicon.collective_subjects", &l.collective_subjects),
        ("coach.lexicon.shared_result_verbs", &l.shared_result_verbs),
        ("coach.lexicon.result_markers", &l.result_markers),
        ("coach.lexicon.quantity_words", &l.quantity_words),
        ("coach.lexicon.number_words", &l.number_words),
        ("coach.lexicon.units", &l.units),
        ("coach.lexicon.not_units", &l.not_units),
        ("coach.lexicon.quantity_lead_words", &l.quantity_lead_words),
        ("coach.lexicon.customer_words", &l.customer_words),
    ] {
        phrase_list(r, "lexicon", field, list, true);
    }
    let mut seen = BTreeSet::new();
    for rule in &coach.rules {
        if !COACH_RULE_IDS.contains(&rule.id.as_str()) {
            r.err(
                &rule.id,
                "coach.rules.id",
                format!(
                    "not a coach rule id; the vocabulary is fixed: {}",
                    COACH_RULE_IDS.join(", ")
                ),
            );
        }
        r.unique(&mut seen, &rule.id, "coach.rules.id", "the coach");
        r.text(&rule.id, "coach.rules.name", &rule.name);
        r.text(&rule.id, "coach.rules.message", &rule.message);
        r.text(&rule.id, "coach.rules.fix", &rule.fix);
        if rule.points == 0 {
            r.err(&rule.id, "coach.rules.points", "at least 1 point");
        }
        if rule.rubric_rules.is_empty() {
            r.err(
                &rule.id,
                "coach.rules.rubric_rules",
                "name the rubric rule it reports on",
            );
        }
        for rubric_rule in &rule.rubric_rules {
            if !rubric_ids.contains(rubric_rule) {
                r.err(
                    &rule.id,
                    "coach.rules.rubric_rules",
                    format!("no signal, anti-pattern or red flag has the id `{rubric_rule}`"),
                );
            }
        }
        let needs_phrases = matches!(
            rule.detector,
            Detector::Phrases | Detector::EffortWithoutImpact | Detector::Jargon
        );
        phrase_list(
            r,
            &rule.id,
            "coach.rules.phrases",
            &rule.phrases,
            needs_phrases,
        );
        phrase_list(r, &rule.id, "coach.rules.unless", &rule.unless, false);
    }
    for id in COACH_RULE_IDS {
        if !seen.contains(id) {
            r.err(
                id,
                "coach.rules",
                "every rule id of the vocabulary needs a rule",
            );
        }
    }
}

/// A list of coach words or phrases: lower case, trimmed, no empty entry; `required`: not empty.
fn phrase_list(r: &mut Report, id: &str, field: &str, list: &[String], required: bool) {
    if required && list.is_empty() {
        r.err(id, field, "list at least one entry");
    }
    for entry in list {
        if entry.trim().is_empty() || entry.trim() != entry {
            r.err(
                id,
                field,
                format!("`{entry}`: no empty entry, no outer spaces"),
            );
        } else if entry.chars().any(char::is_uppercase) {
            r.err(id, field, format!("`{entry}`: entries are lower case"));
        }
    }
}
