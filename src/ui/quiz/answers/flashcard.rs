//! A flashcard: answer in your head, reveal the back, rate yourself (1 to 4).

use super::AnswerProps;
use crate::quiz::{Draft, Rating, Response};
use crate::ui::hooks::focus_later;
use yew::prelude::*;

pub fn flashcard(props: &AnswerProps) -> Html {
    let q = props.question;
    if !props.draft.revealed {
        let reveal = {
            let (draft, on_draft) = (props.draft.clone(), props.on_draft.clone());
            Callback::from(move |e: MouseEvent| {
                on_draft.emit(Draft {
                    revealed: true,
                    ..draft.clone()
                });
                // The button goes away: focus the revealed answer, so the rating keys work at
                // once and a screen reader reads the answer.
                focus_later(e.target(), ".sd-question", vec![".sd-back".into()]);
            })
        };
        return html! {
            <div class="sd-answer">
                <p class="sd-muted">{ "Answer in your head, or out loud, then show the answer." }</p>
                <button type="button" class="sd-button sd-primary" onclick={reveal}>{ "Show the answer" }</button>
            </div>
        };
    }
    let buttons = Rating::ALL.iter().enumerate().map(|(i, r)| {
        let (submit, r) = (props.on_submit.clone(), *r);
        html! {
            <button type="button" class="sd-button" onclick={Callback::from(move |_| submit.emit(Response::Rating(r)))}>
                { format!("{} ", r.label()) }<kbd aria-hidden="true">{ i + 1 }</kbd>
            </button>
        }
    });
    html! {
        <div class="sd-answer">
            <div class="sd-back" role="region" aria-label="Answer" tabindex="-1">{ q.back.clone().unwrap_or_default() }</div>
            <p id="sd-rate-label">{ "How well did you know it?" }</p>
            <div class="sd-actions" role="group" aria-labelledby="sd-rate-label">{ for buttons }</div>
        </div>
    }
}
