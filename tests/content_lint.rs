//! The content lint on the bundled bank: no length tell, varied "select all" keys, a reason in
//! every explanation, which-principle prompts that do not give the answer away, no internal
//! names on screen, and principle tags. Prints every measure per deck and total:
//! `cargo test --test content_lint -- --nocapture`. The measuring code is `tests/lint/mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod lint;

use common::{load_or_panic, sources};
use stardrill::model::DeckSource;

#[test]
fn content_lint_thresholds_hold() {
    let result = lint::lint(&load_or_panic(&sources()));
    println!("\n{}", result.report());
    let failures = result.failures();
    assert!(
        failures.is_empty(),
        "content lint failed:\n{}",
        failures.join("\n")
    );
}

/// A deliberately broken copy of the leadership-principles deck: one which-principle prompt
/// names its principle, one explanation is a bare label. The lint must fail naming both ids.
#[test]
fn a_broken_deck_fails_the_lint_naming_the_question() {
    let mut s = sources();
    let bank = load_or_panic(&s);
    let deck = bank
        .deck("leadership-principles")
        .expect("the leadership-principles deck");
    let principle_q = deck
        .questions
        .iter()
        .find(|q| q.kind == stardrill::model::QuestionType::Principle)
        .expect("a principle question");
    let name = &bank
        .principles
        .iter()
        .find(|p| Some(&p.id) == principle_q.principle.as_ref())
        .expect("its principle")
        .name;
    let other_q = deck
        .questions
        .iter()
        .find(|q| q.id != principle_q.id)
        .expect("a second question");

    let file = s
        .decks
        .iter_mut()
        .find(|(name, _)| name.ends_with("leadership-principles.toml"))
        .expect("deck file");
    let prompt_line = format!("prompt = {}", toml_string(&principle_q.prompt));
    assert!(file.1.contains(&prompt_line), "prompt line found");
    file.1 = file.1.replacen(
        &prompt_line,
        &format!(
            "prompt = {}",
            toml_string(&format!("{name}: {}", principle_q.prompt))
        ),
        1,
    );
    let explain_line = format!("explain = {}", toml_string(&other_q.explain));
    assert!(file.1.contains(&explain_line), "explain line found");
    file.1 = file.1.replacen(&explain_line, "explain = \"Listed.\"", 1);

    let failures = lint::lint(&load_or_panic(&s)).failures();
    assert!(
        failures
            .iter()
            .any(|f| f.contains("names its principle") && f.contains(&principle_q.id)),
        "{failures:#?}"
    );
    assert!(
        failures.iter().any(|f| f.contains("explanations under")
            && f.contains(&format!("{}: \"Listed.\"", other_q.id))),
        "{failures:#?}"
    );
}

/// The TOML basic-string form of `s`, as the deck files write it.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}
