//! `stardrill-deck check`, the blog author's checker, run as a built binary on the examples in
//! examples/decks/: the good deck in TOML and JSON, and the broken one.
#![cfg(not(target_arch = "wasm32"))]

use stardrill::model::authoring::read_deck;
use stardrill::model::Deck;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_stardrill-deck");
const GOOD_TOML: &str = "examples/decks/my-first-deck.toml";
const GOOD_JSON: &str = "examples/decks/my-first-deck.json";
const BROKEN: &str = "examples/decks/broken-deck.json";

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// `check -` with `json` on standard input.
fn check_stdin(json: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(["check", "-"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(json.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn toml_deck() -> Deck {
    let path = format!("{}/{GOOD_TOML}", env!("CARGO_MANIFEST_DIR"));
    read_deck(GOOD_TOML, &std::fs::read_to_string(path).unwrap()).expect("the TOML example reads")
}

#[test]
fn the_json_example_is_the_toml_example() {
    let path = format!("{}/{GOOD_JSON}", env!("CARGO_MANIFEST_DIR"));
    let json: Deck = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(json, toml_deck());
}

#[test]
fn the_good_toml_deck_is_ready_to_publish() {
    let out = run(&["check", GOOD_TOML]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(
        text(&out.stderr),
        format!("{GOOD_TOML}: deck `my-first-deck`, 4 questions: ready to publish\n")
    );
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn the_good_json_deck_prints_the_json_to_paste() {
    let out = run(&["check", GOOD_JSON, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).ends_with("4 questions: ready to publish\n"));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "one compact line: {stdout}");
    let printed: Deck = serde_json::from_str(&stdout).expect("the output is a deck");
    assert_eq!(printed, toml_deck());
    // The TOML's JSON is the same line.
    assert_eq!(text(&run(&["check", GOOD_TOML, "--json"]).stdout), stdout);
}

#[test]
fn json_on_stdin_is_checked() {
    let out = check_stdin(r#"{"id":"x","title":"T","summary":"S","sections":[]}"#);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "stdin: item `x`, field `sections`: a deck needs at least one study-card section\n"
    );
}

#[test]
fn the_broken_deck_names_each_mistake_by_question_and_field() {
    let out = run(&["check", BROKEN]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    for (id, field, says) in [
        (
            "no-explain",
            "choices.we.explain",
            "this field is missing (why this is right or wrong)",
        ),
        (
            "typo",
            "explian",
            "does not know this field: did you mean “explain”?",
        ),
        ("wrong-answer", "answer", "should be true or false"),
        (
            "unknown-principle",
            "principle",
            "no principle has the id `be-nice`",
        ),
        ("unknown-principle", "id", "duplicate id in this deck"),
    ] {
        let head = format!("{BROKEN}: item `{id}`, field `{field}`: ");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&head) && l.contains(says)),
            "{head}…{says} in\n{stdout}"
        );
    }
    assert_eq!(lines.len(), 5, "{stdout}");
    assert!(text(&out.stderr).ends_with("5 problem(s)\n"));
}

#[test]
fn a_toml_mistake_names_its_line_and_usage_errors_exit_with_2() {
    let dir = std::env::temp_dir().join(format!("stardrill-deck-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("typo.toml");
    let good = std::fs::read_to_string(format!("{}/{GOOD_TOML}", env!("CARGO_MANIFEST_DIR")));
    std::fs::write(
        &file,
        good.unwrap()
            .replacen("answer = false", "anwser = false", 1),
    )
    .unwrap();
    let out = run(&["check", file.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("typo.toml:")
            && stdout.contains("item `we-is-fine`, field `anwser`: unknown field `anwser`"),
        "{stdout}"
    );
    for args in [
        &[][..],
        &["check"],
        &["lint", GOOD_JSON],
        &["check", "a", "b"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage: stardrill-deck check"));
    }
    assert_eq!(run(&["check", "no/such/file.json"]).status.code(), Some(2));
}

#[test]
fn the_readme_example_passes_the_checker() {
    let readme = std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR")))
        .expect("README.md");
    let section = readme
        .split("## Author your own deck")
        .nth(1)
        .expect("README has the section");
    let json = section
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("the section has a JSON example");
    let out = check_stdin(json);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("deck `my-deck`, 2 questions: ready to publish"));
}
