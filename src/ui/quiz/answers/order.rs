//! Put in order: a list of steps moved with the arrow keys or the move buttons. Each step is
//! one Tab stop (the list item); its buttons are for pointers and screen readers' own cursors,
//! so a keyboard user does not tab through three stops per step.

use super::{hint, text_of, AnswerProps};
use crate::ui::hooks::focus_later;
use yew::prelude::*;

#[component]
pub fn Order(props: &AnswerProps) -> Html {
    let q = props.question;
    // Said by a live region after a step moves ("… moved to position 2 of 4").
    let moved_message = use_state(String::new);
    let n = props.draft.order.len();
    let rows = props.draft.order.iter().enumerate().map(|(i, id)| {
        let text = text_of(q, id).to_string();
        let move_by = {
            let (draft, on_draft, message) = (
                props.draft.clone(),
                props.on_draft.clone(),
                moved_message.clone(),
            );
            move |delta: isize, from: Option<web_sys::EventTarget>, button: Option<&'static str>| {
                let mut next = draft.clone();
                let Some(to) = next.move_step(i, delta) else { return };
                message.set(format!(
                    "“{}” moved to position {} of {}.",
                    text_of(q, &next.order[to]),
                    to + 1,
                    next.order.len()
                ));
                on_draft.emit(next);
                // The moved step keeps focus (the button pressed, or the step itself), so a
                // keyboard user can go on moving it.
                let step = format!(".sd-order [data-pos=\"{to}\"]");
                let mut targets = Vec::new();
                if let Some(button) = button {
                    targets.push(format!("{step} [data-move=\"{button}\"]:not(:disabled)"));
                }
                targets.push(step);
                focus_later(from, ".sd-question", targets);
            }
        };
        let onkeydown = {
            let move_by = move_by.clone();
            Callback::from(move |e: KeyboardEvent| {
                let delta = match e.key().as_str() {
                    "ArrowUp" => -1,
                    "ArrowDown" => 1,
                    _ => return,
                };
                e.prevent_default();
                move_by(delta, e.target(), None);
            })
        };
        let button = |delta: isize, name: &'static str, label: String, glyph: &'static str, disabled: bool| {
            let move_by = move_by.clone();
            let onclick = Callback::from(move |e: MouseEvent| move_by(delta, e.target(), Some(name)));
            html! {
                <button type="button" class="sd-icon" tabindex="-1" {disabled} {onclick}
                    data-move={name} aria-label={label}>{ glyph }</button>
            }
        };
        html! {
            <li key={id.clone()} class="sd-order-item" tabindex="0" data-pos={i.to_string()} {onkeydown}
                aria-label={format!("{}. {}", i + 1, text)}>
                <span class="sd-order-text">{ format!("{}. {}", i + 1, text) }</span>
                { button(-1, "up", format!("Move “{text}” up"), "↑", i == 0) }
                { button(1, "down", format!("Move “{text}” down"), "↓", i + 1 == n) }
            </li>
        }
    });
    html! {
        <div class="sd-answer">
            <ol class="sd-order" aria-labelledby="sd-prompt">{ for rows }</ol>
            <p class="sd-visually-hidden" aria-live="polite">{ (*moved_message).clone() }</p>
            { hint("Focus a step and use the arrow keys, or the move buttons. Enter checks.") }
        </div>
    }
}
