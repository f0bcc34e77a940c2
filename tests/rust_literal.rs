//! build.rs's writer of the catalog as a Rust expression (`build/rust_literal.rs`): the fields
//! only the full build reads are written behind `cfg!(feature = "full")`, by struct and field.

#[path = "../build/rust_literal.rs"]
#[allow(dead_code)]
mod rust_literal;

use rust_literal::to_rust;
use serde::Serialize;

#[derive(Serialize)]
struct Checklist {
    title: String,
    summary: String,
    items: Vec<ChecklistItem>,
}

#[derive(Serialize)]
struct ChecklistItem {
    id: String,
    text: String,
}

/// Same field name as a gated one, another struct: not gated (the home screen shows it).
#[derive(Serialize)]
struct DeckEntry {
    summary: String,
}

#[test]
fn only_the_named_fields_of_the_named_structs_are_gated() {
    let list = Checklist {
        title: "T".into(),
        summary: "S".into(),
        items: vec![ChecklistItem {
            id: "a".into(),
            text: "X".into(),
        }],
    };
    let code = to_rust(&list).unwrap();
    let gated = |value: &str| {
        format!("if cfg!(feature = \"full\") {{ {value} }} else {{ Default::default() }}")
    };
    assert!(
        code.contains(&format!("summary: {}", gated("String::from(\"S\")"))),
        "{code}"
    );
    assert!(
        code.contains(&format!("text: {}", gated("String::from(\"X\")"))),
        "{code}"
    );
    assert!(code.contains("title: String::from(\"T\")"), "{code}");
    assert!(code.contains("id: String::from(\"a\")"), "{code}");
    let deck = to_rust(&DeckEntry {
        summary: "D".into(),
    })
    .unwrap();
    assert!(!deck.contains("cfg!"), "{deck}");
}
