//! What a form control holds, read from the event it fired: one place for the casts that
//! every screen with a field, a select or a text area made on its own.

use yew::prelude::*;

/// The chosen option of the `<select>` that fired `e`.
pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// The text of the `<input>` that fired `e`.
pub fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// The text of the `<textarea>` that fired `e`.
pub fn textarea_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
        .value()
}
