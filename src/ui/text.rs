//! Renders study-card text (see `model::text`) as text nodes only: never parsed as HTML.

use crate::model::text::{blocks, Block};
use yew::prelude::*;

/// A plain function, not a component: it has no state, and a component type costs about
/// 1 KB of Yew's lifecycle code in the wasm.
pub fn rich_text(body: &str) -> Html {
    blocks(body)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(p) => html! { <p>{ p }</p> },
            Block::Bullets(items) => html! {
                <ul>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            },
        })
        .collect()
}

/// "1 quiz", "2 quizzes": a count with the right form of its noun.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
