//! Answers picked among choices: single choice, spot the red flag, pick the stronger answer,
//! which principle (one pick, radio buttons) and select all that apply (checkboxes).

use super::{answer_fieldset, text_of, AnswerProps};
use crate::model::QuestionType;
use yew::prelude::*;

pub fn choices(props: &AnswerProps) -> Html {
    let q = props.question;
    let multi = q.kind == QuestionType::Multi;
    let choices = props.order.iter().enumerate().map(|(i, id)| {
        let checked = props.draft.picks.contains(id);
        let onchange = {
            let (draft, on_draft, id) = (props.draft.clone(), props.on_draft.clone(), id.clone());
            Callback::from(move |_| {
                let mut next = draft.clone();
                next.pick(q.kind, &id);
                on_draft.emit(next);
            })
        };
        let input_type = if multi { "checkbox" } else { "radio" };
        html! {
            <label class="sd-choice" key={id.clone()}>
                <input type={input_type} name="sd-choice" {checked} {onchange} />
                <kbd aria-hidden="true">{ i + 1 }</kbd>{ text_of(q, id) }
            </label>
        }
    });
    let keys = if multi {
        "Keys: numbers tick and untick, Enter checks."
    } else {
        "Keys: a number picks, Enter checks."
    };
    answer_fieldset(choices.collect(), keys)
}
