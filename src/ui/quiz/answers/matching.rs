//! Match the pairs: one native select per left-hand item. An answer already chosen for
//! another row is disabled here and says for which (each answer belongs to one row, as in the
//! real pairs); clearing that row ("Choose…") frees it.

use super::{answer_fieldset, text_of, AnswerProps};
use crate::ui::field::select_value;
use yew::prelude::*;

pub fn matching(props: &AnswerProps) -> Html {
    let q = props.question;
    let rows = q.pairs.iter().enumerate().map(|(i, pair)| {
        let chosen = props.draft.matched(&pair.id).unwrap_or("").to_string();
        let onchange = {
            let (draft, on_draft, left) =
                (props.draft.clone(), props.on_draft.clone(), pair.id.clone());
            Callback::from(move |e: Event| {
                let value = select_value(&e);
                let mut next = draft.clone();
                next.set_match(&left, &value);
                on_draft.emit(next);
            })
        };
        let select_id = format!("sd-match-{i}");
        let options = props.order.iter().map(|rid| {
            let used_by = props
                .draft
                .matches
                .iter()
                .find(|(l, r)| r == rid && *l != pair.id)
                .and_then(|(l, _)| q.pairs.iter().position(|p| p.id == *l));
            let label = match used_by {
                Some(row) => format!("{} (used for item {})", text_of(q, rid), row + 1),
                None => text_of(q, rid).to_string(),
            };
            // Disabled, not stolen: arrow keys on a closed select change its value on every
            // press, so taking an answer from another row would undo that row in passing.
            html! {
                <option value={rid.clone()} selected={chosen == *rid} disabled={used_by.is_some()}>{ label }</option>
            }
        });
        html! {
            <div class="sd-match-row" key={pair.id.clone()}>
                <label for={select_id.clone()}>{ format!("{}. {}", i + 1, pair.left) }</label>
                <select id={select_id} {onchange}>
                    <option value="" selected={chosen.is_empty()}>{ "Choose…" }</option>
                    { for options }
                </select>
            </div>
        }
    });
    answer_fieldset(
        rows.collect(),
        "Choose a match for every item, then Enter or “Check answer”.",
    )
}
