//! Host tests of the authored content: it validates, it is big and varied enough, broken files
//! fail with file, id and field, and the coverage table in content/README.md is true.
//! Run alone: `cargo test --test content -- --nocapture` prints the content report.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{load_or_panic, sources};
use stardrill::model::authoring::load;
use stardrill::model::{Bank, DeckSource, QuestionType, SourceTitles, GENERAL_KNOWLEDGE};
use std::collections::BTreeMap;
use std::path::Path;

fn bank() -> Bank {
    load_or_panic(&sources())
}

#[test]
fn content_report_and_minimums() {
    let bank = bank();
    let mut all_types: BTreeMap<QuestionType, usize> = BTreeMap::new();
    let mut total = 0;
    println!("\ncontent report");
    for deck in &bank.decks {
        let mut types: BTreeMap<QuestionType, usize> = BTreeMap::new();
        for q in &deck.questions {
            *types.entry(q.kind).or_default() += 1;
            *all_types.entry(q.kind).or_default() += 1;
        }
        total += deck.questions.len();
        let by_type: Vec<String> = types
            .iter()
            .map(|(t, n)| format!("{} {n}", t.key()))
            .collect();
        println!(
            "  deck {:<24} {:>3} questions, {:>2} sections: {}",
            deck.id,
            deck.questions.len(),
            deck.sections.len(),
            by_type.join(", ")
        );
    }
    for c in &bank.checklists {
        println!("  checklist {:<28} {:>2} items", c.id, c.items.len());
    }
    let r = &bank.rubric;
    println!(
        "  rubric: {} signals, {} anti-patterns, {} red flags, {} levels, {} timing parts",
        r.signals.len(),
        r.anti_patterns.len(),
        r.red_flags.len(),
        r.levels.len(),
        r.timing.parts.len()
    );
    println!("  total: {total} questions, {} of 9 types", all_types.len());
    assert!(total >= 330, "at least 330 questions, found {total}");
    for t in QuestionType::ALL {
        assert!(
            all_types.contains_key(&t),
            "no question of type {}",
            t.key()
        );
    }
    assert_eq!(r.timing.situation_task_max_seconds, 50);
    assert_eq!(r.timing.action_result_min_percent, 70);
}

/// Breaks a copy of one deck file with `edit` and returns the error lines.
fn errors_after(file: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    let mut s = sources();
    let deck = s
        .decks
        .iter_mut()
        .find(|(name, _)| name.ends_with(file))
        .expect("deck file exists");
    deck.1 = edit(&deck.1);
    match load(&s) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn a_question_without_a_correct_answer_names_file_id_and_field() {
    let errors = errors_after("customer-obsession.toml", |text| {
        // The first question's correct choice loses its flag.
        text.replacen("correct = true", "correct = false", 1)
    });
    assert!(
        errors.iter().any(
            |e| e.starts_with("content/decks/customer-obsession.toml: item `")
                && e.contains("field `choices`")
                && e.contains("no choice is marked")
        ),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_field_names_file_line_id_and_field() {
    let errors = errors_after("influence.toml", |text| {
        text.replacen("\nexplain = ", "\nexplian = \"typo\"\nexplain = ", 1)
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/decks/influence.toml:")
                && e.contains("field `explian`")
                && !e.contains("item `-`")),
        "{errors:#?}"
    );
}

#[test]
fn duplicate_ids_and_dangling_references_fail() {
    let bank_text = sources();
    let first_id = {
        let deck = &bank_text.decks[0].1;
        let start = deck.find("[[questions]]").unwrap();
        let id_line = deck[start..]
            .lines()
            .find(|l| l.starts_with("id = "))
            .unwrap();
        id_line.to_string()
    };
    let errors = errors_after("questions-to-ask.toml", |text| {
        let start = text.find("[[questions]]").unwrap();
        let own = text[start..]
            .lines()
            .find(|l| l.starts_with("id = "))
            .unwrap()
            .to_string();
        text.replacen(&own, &first_id, 1)
    });
    assert!(
        errors.iter().any(|e| e.contains("duplicate id")),
        "{errors:#?}"
    );

    let errors = errors_after("leadership-principles.toml", |text| {
        let start = text.find("[[questions]]").unwrap();
        let line = text[start..]
            .lines()
            .find(|l| l.starts_with("section = "))
            .unwrap()
            .to_string();
        text.replacen(&line, "section = \"no-such-section\"", 1)
    });
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `section`") && e.contains("no-such-section")),
        "{errors:#?}"
    );
}

/// The `## Coverage` table of content/README.md: every ref exists, every heading is in its
/// seed (when the seeds are beside the repo, as in CI), every section is practised.
#[test]
fn coverage_table_is_true() {
    let bank = bank();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("content/README.md")).unwrap();
    let table = readme
        .split("## Coverage")
        .nth(1)
        .expect("a ## Coverage section");
    let seeds_dir = root.join("../shared/seeds");
    let mut rows = 0;
    let mut seeds_checked = 0;
    for line in table.lines().filter(|l| l.starts_with("| 00")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 3, "row: {line}");
        let (seed, heading, refs) = (cells[0], cells[1], cells[2]);
        rows += 1;
        for r in refs.split(',').map(str::trim) {
            let exists = if let Some(id) = r.strip_prefix("rubric:") {
                bank.rubric.signals.iter().any(|s| s.id == id)
                    || bank.rubric.anti_patterns.iter().any(|a| a.id == id)
                    || bank.rubric.red_flags.iter().any(|f| f.id == id)
                    || bank.rubric.levels.iter().any(|l| l.id == id)
            } else if let Some(id) = r.strip_prefix("checklist:") {
                bank.checklist(id).is_some()
            } else if let Some((deck, section)) = r.split_once('#') {
                bank.deck(deck)
                    .is_some_and(|d| d.sections.iter().any(|s| s.id == section))
            } else {
                false
            };
            assert!(exists, "coverage ref `{r}` (row: {heading}) does not exist");
        }
        if let Ok(text) = std::fs::read_to_string(seeds_dir.join(seed)) {
            seeds_checked += 1;
            // Markdown emphasis is not part of a heading's words.
            let text = text.replace("**", "");
            assert!(
                text.contains(heading),
                "heading `{heading}` is not in {seed}"
            );
        }
    }
    assert!(
        rows >= 80,
        "the table covers the seeds' headings ({rows} rows)"
    );
    if seeds_checked == 0 {
        println!("note: ../shared/seeds not found; headings not checked against the seeds");
    }
    // Every study-card section is drawn on by at least one question, checklist or rule.
    for deck in &bank.decks {
        for s in &deck.sections {
            let r = format!("{}#{}", deck.id, s.id);
            let used = deck.questions.iter().any(|q| q.section == s.id)
                || bank.checklists.iter().any(|c| c.source == r)
                || bank.rubric.signals.iter().any(|x| x.source == r)
                || bank.rubric.anti_patterns.iter().any(|x| x.source == r)
                || bank.rubric.red_flags.iter().any(|x| x.source == r)
                || bank.rubric.levels.iter().any(|x| x.source == r)
                || bank.rubric.timing.source == r;
            assert!(used, "section {r} is not practised by anything");
        }
    }
}

/// Readers know the source documents by their titles: no label the UI shows for a section names
/// a file, and every sourced section's label starts with its document's title.
#[test]
fn source_labels_never_show_a_file_name() {
    let bank = bank();
    for deck in &bank.decks {
        for s in &deck.sections {
            for shown in [
                bank.source_label(s),
                bank.source_line(s),
                bank.source_name(s).to_string(),
            ] {
                assert!(
                    !shown.contains(".txt"),
                    "{}#{}: the UI would show `{shown}`",
                    deck.id,
                    s.id
                );
            }
            if s.is_general() {
                assert_eq!(bank.source_line(s), GENERAL_KNOWLEDGE);
            } else {
                let title = bank.source_title(s).expect("a listed source");
                assert_eq!(bank.source_label(s), format!("{title} · {}", s.title));
            }
        }
    }
    let co = bank.deck("customer-obsession").expect("the deck exists");
    let anti = co
        .sections
        .iter()
        .find(|s| s.id == "anti-patterns")
        .expect("the section exists");
    assert!(bank
        .source_label(anti)
        .starts_with("Customer Obsession competency card · Anti-patterns"));
}

/// Breaks a copy of `sources.toml` with `edit` and returns the error lines.
fn errors_after_sources(edit: impl Fn(&str) -> String) -> Vec<String> {
    let mut s = sources();
    s.sources.1 = edit(&s.sources.1);
    match load(&s) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn a_general_section_with_headings_is_refused_naming_the_field() {
    // The first section of leadership-principles loses its source but keeps its headings.
    let errors = errors_after("leadership-principles.toml", |text| {
        text.replacen("source = \"002_7f725c4c09357aea.txt\"\n", "", 1)
    });
    assert!(
        errors.iter().any(|e| e
            .starts_with("content/decks/leadership-principles.toml: item `customer-obsession`")
            && e.contains("field `sections.headings`")
            && e.contains("general knowledge")),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_source_file_is_refused() {
    // A section names a file sources.toml does not list.
    let errors = errors_after("customer-trust.toml", |text| {
        text.replacen(
            "source = \"000_2e80a7a0c3ffa44d.txt\"",
            "source = \"009_0000000000000000.txt\"",
            1,
        )
    });
    assert!(
        errors.iter().any(
            |e| e.starts_with("content/decks/customer-trust.toml: item `")
                && e.contains("field `sections.source`")
                && e.contains("009_0000000000000000.txt")
        ),
        "{errors:#?}"
    );
    // A listed source removed from sources.toml: every section citing it is refused.
    let errors = errors_after_sources(|text| {
        text.replacen(
            "file = \"003_6186badc7f6ec2aa.txt\"",
            "file = \"004_6186badc7f6ec2aa.txt\"",
            1,
        )
    });
    assert!(
        errors.iter().any(
            |e| e.starts_with("content/decks/customer-obsession.toml: item `")
                && e.contains("field `sections.source`")
                && e.contains("003_6186badc7f6ec2aa.txt")
        ),
        "{errors:#?}"
    );
}
#[test]
fn every_principle_of_the_sixteen_is_listed_and_practised() {
    let bank = bank();
    assert!(
        bank.principles.len() >= 16,
        "{} principles",
        bank.principles.len()
    );
    let general_decks: Vec<_> = bank.decks.iter().filter(|d| d.is_general()).collect();
    assert!(!general_decks.is_empty(), "a general-knowledge deck exists");
    for p in &bank.principles {
        let tagged = bank
            .decks
            .iter()
            .flat_map(|d| &d.questions)
            .filter(|q| q.principle.as_deref() == Some(p.id.as_str()))
            .count();
        assert!(
            tagged >= 3,
            "principle {} has {tagged} tagged questions",
            p.id
        );
    }
}

/// The story coach's part of the rubric: a broken entry fails the build naming file, id and
/// field, like every other content error.
#[test]
fn a_broken_coach_rule_names_file_id_and_field() {
    let broken = |edit: &dyn Fn(&str) -> String| {
        let mut s = sources();
        s.rubric.1 = edit(&s.rubric.1);
        match load(&s) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        }
    };
    let errors = broken(&|t| t.replacen("id = \"blame\"", "id = \"blaming\"", 1));
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/rubric.toml: item `blaming`, field `coach.rules.id`")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("item `blame`, field `coach.rules`")),
        "a missing vocabulary id is named: {errors:#?}"
    );
    let errors = broken(&|t| {
        t.replacen(
            "rubric_rules = [\"blaming-others\"]",
            "rubric_rules = [\"blaming-other\"]",
            1,
        )
    });
    assert!(
        errors
            .iter()
            .any(|e| e.contains("item `blame`, field `coach.rules.rubric_rules`")),
        "{errors:#?}"
    );
    let errors = broken(&|t| {
        t.replacen(
            "\"the other team's fault\"",
            "\"The other team's fault\"",
            1,
        )
    });
    assert!(
        errors
            .iter()
            .any(|e| e.contains("item `blame`, field `coach.rules.phrases`")
                && e.contains("lower case")),
        "{errors:#?}"
    );
    let errors = broken(&|t| t.replacen("words_per_minute = 150", "words_per_minute = 5", 1));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `coach.words_per_minute`")),
        "{errors:#?}"
    );
    let errors = broken(&|t| t.replacen("detector = \"jargon\"", "detector = \"jargn\"", 1));
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/rubric.toml:") && e.contains("jargn")),
        "an unknown detector is refused: {errors:#?}"
    );
}
