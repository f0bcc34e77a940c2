//! build.rs's writer of a value as a Rust expression (`build/rust_literal.rs`), which embeds the
//! rubric in the full build: structs, enums in snake_case, options, numbers, lists and quoted
//! text come out as the Rust that builds them (the full build's catalog test then holds the
//! rubric itself to the validated one).

#[path = "../build/rust_literal.rs"]
#[allow(dead_code)]
mod rust_literal;

use rust_literal::to_rust;
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    TrueFalse,
}

#[derive(Serialize)]
struct Item {
    id: String,
    kind: Kind,
    rule: Option<String>,
    back: Option<String>,
    seconds: u32,
    tags: Vec<String>,
}

#[test]
fn writes_a_value_as_the_rust_that_builds_it() {
    let item = Item {
        id: "say \"we\"\n".into(),
        kind: Kind::TrueFalse,
        rule: Some("r".into()),
        back: None,
        seconds: 50,
        tags: vec!["a".into(), "b".into()],
    };
    let code = to_rust(&item).unwrap();
    // A list of strings is one text split at run time (`lines`, beside the include in bank.rs).
    assert_eq!(
        code,
        r#"Item { id: String::from("say \"we\"\n"), kind: Kind::TrueFalse, rule: Some(String::from("r")), back: None, seconds: 50, tags: lines(concat!("a", "\n", "b")) }"#
    );
}
