//! One function per answer shape (a component only where it keeps state of its own: `Order`'s
//! grabbed step; every other shape is a plain function, as each component type costs about
//! 1 KB of Yew's lifecycle code). Each renders its controls from a [`Draft`] (pure, in
//! `quiz::draft`) and reports the edited draft through `on_draft`; the question around it
//! holds the draft, the keyboard map and the "Check answer" button.

mod choices;
mod flashcard;
mod matching;
mod order;
mod true_false;

pub use choices::choices;
pub use flashcard::flashcard;
pub use matching::matching;
pub use order::Order;
pub use true_false::true_false;

use crate::model::Question;
use crate::quiz::{Draft, Response};
use yew::prelude::*;

/// What every answer shape gets.
#[derive(Properties, PartialEq, Clone)]
pub struct AnswerProps {
    pub question: &'static Question,
    /// The display order saved with the attempt (choice, step or right-hand pair ids).
    pub order: Vec<String>,
    pub draft: Draft,
    pub on_draft: Callback<Draft>,
    /// A response given at once, without "Check answer" (a flashcard's rating).
    pub on_submit: Callback<Response>,
}

/// The text of a choice, step or right-hand side by id ("" for an id the question lacks:
/// reconciliation keeps saved orders in line with the bank, so that is a last resort).
pub fn text_of<'a>(q: &'a Question, id: &str) -> &'a str {
    q.part_text(id).unwrap_or("")
}

/// The controls of a question, labelled by its prompt, with a keyboard hint.
pub fn answer_fieldset(controls: Html, keys: &str) -> Html {
    html! {
        <fieldset class="sd-answer" aria-labelledby="sd-prompt">
            { controls }
            { hint(keys) }
        </fieldset>
    }
}

/// A keyboard hint: hidden on touch screens (no keys there), see `.sd-hint` in style.css.
pub fn hint(text: &str) -> Html {
    html! { <p class="sd-muted sd-hint">{ text.to_string() }</p> }
}
