//! Small hooks and helpers for patterns several screens share: a destructive button that asks
//! twice, focus moved after a render, work put off until the screen has painted.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A button that acts on its second press: the first arms it (its label should then say
/// "Press again"), the second confirms; Escape or moving away disarms it (`onblur`,
/// `onkeydown`), so it never waits, armed, for a press meant for something else. Cloned into
/// callbacks.
#[derive(Clone, PartialEq)]
pub struct ConfirmTwice {
    armed: UseStateHandle<bool>,
}

impl ConfirmTwice {
    pub fn is_armed(&self) -> bool {
        *self.armed
    }

    /// True on the second press (and disarms); false on the first (and arms).
    pub fn confirm(&self) -> bool {
        let second = *self.armed;
        self.armed.set(!second);
        second
    }

    pub fn disarm(&self) {
        self.armed.set(false);
    }

    /// For the button's `onblur`: focus moved away.
    pub fn onblur(&self) -> Callback<FocusEvent> {
        let armed = self.armed.clone();
        Callback::from(move |_| armed.set(false))
    }

    /// For the button's `onkeydown`: Escape takes the question back.
    pub fn onkeydown(&self) -> Callback<KeyboardEvent> {
        let armed = self.armed.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                armed.set(false);
            }
        })
    }

    /// `first` while unarmed, `again` once armed.
    pub fn label(&self, first: &'static str, again: &'static str) -> &'static str {
        if self.is_armed() {
            again
        } else {
            first
        }
    }
}

#[hook]
pub fn use_confirm_twice() -> ConfirmTwice {
    ConfirmTwice {
        armed: use_state(|| false),
    }
}

/// Focuses `node` after the render in which `when` becomes true (a panel that appears and
/// must be announced, a form to continue from).
#[hook]
pub fn use_focus_when(when: bool, node: NodeRef) {
    use_effect_with(when, move |when| {
        if *when {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Focuses `el` in the next animation frame. Focusing forces style and layout, which that
/// frame computes anyway; done at once, inside the frame that changed the DOM, it would run
/// twice.
pub fn focus_next_frame(el: web_sys::HtmlElement) {
    next_frame(move || {
        let _ = el.focus();
    });
}

/// Runs `f` in the next animation frame (after the render that is under way).
fn next_frame(f: impl FnOnce() + 'static) {
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

/// Runs `f` a moment (0.1 s) after the browser has painted what the render just changed: work
/// the screen does not need to show, such as a fetch of what it needs later, then neither
/// delays that paint nor competes with it. The moment: the frame's pixels reach the screen a
/// little after the frame itself; a fetch started before that still counts as something the
/// paint waited for (Lighthouse's simulation of a slow phone counts it so: measured +0.08 s).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let later = wasm_bindgen::closure::Closure::once_into_js(f);
    next_frame(move || {
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 100);
        }
    });
}

/// After the next render, focuses the first of `selectors` found inside the closest
/// `container` (a CSS selector) around `from`. For a focused control that goes away or moves
/// in the re-render (a step that moved, "Show the answer" once pressed).
pub fn focus_later(from: Option<web_sys::EventTarget>, container: &str, selectors: Vec<String>) {
    let scope = from
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(container).ok().flatten());
    let Some(scope) = scope else { return };
    next_frame(move || {
        let target = selectors
            .iter()
            .find_map(|selector| scope.query_selector(selector).ok().flatten());
        if let Some(el) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlElement>())
        {
            let _ = el.focus();
        }
    });
}
