//! True or false: two radio buttons.

use super::{answer_fieldset, AnswerProps};
use yew::prelude::*;

pub fn true_false(props: &AnswerProps) -> Html {
    let options = [(true, "True"), (false, "False")]
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let onchange = {
                let (draft, on_draft) = (props.draft.clone(), props.on_draft.clone());
                Callback::from(move |_| {
                    on_draft.emit(crate::quiz::Draft {
                        truth: Some(value),
                        ..draft.clone()
                    })
                })
            };
            html! {
                <label class="sd-choice">
                    <input type="radio" name="sd-tf" checked={props.draft.truth == Some(value)} {onchange} />
                    <kbd aria-hidden="true">{ i + 1 }</kbd>{ label }
                </label>
            }
        });
    answer_fieldset(options.collect(), "Keys: 1 or 2 to choose, Enter to check.")
}
