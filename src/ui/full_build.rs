//! The home, the quiz and the reader's build (without the `full` feature) leave out the screens few
//! readers open: the checklists, the result card, the progress screen, the story bank and its
//! coach, the embed builder, the author screen and deck links. On such a route they ask for the
//! full build: a
//! page (or frame) reloads on the same route, and its first script (`src/boot.js`, told by
//! `window.name`) starts the full build; a widget links to the standalone app instead, since it
//! cannot swap the code under the host page.

use super::loading::loading_screen;
use super::router::use_nav;
use crate::route::Route;
use yew::prelude::*;

/// What the other builds leave in `window.name` before reloading; src/boot.js
/// reads it (and clears it). Not storage: it works where storage is blocked, and cannot loop.
pub const FULL_BUILD_FLAG: &str = "stardrill:full";

/// Whether another build handed over to this one (a reload into the full build, or the home
/// build giving way to the reader's in the page): the loader says so
/// (`window.stardrillHandedOver`). The screen then takes focus as after a navigation.
pub fn handed_over() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"stardrillHandedOver".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

#[derive(Properties, PartialEq)]
pub struct InFullBuildProps {
    pub route: Route,
}

#[component]
pub fn InFullBuild(props: &InFullBuildProps) -> Html {
    let nav = use_nav();
    let owns_hash = nav.as_ref().is_none_or(|n| n.mode.owns_hash());
    use_effect_with(owns_hash, |owns_hash| {
        if *owns_hash {
            // Without the flag set, no reload: the loader might start this build again.
            if let Some(window) = web_sys::window() {
                if window.set_name(FULL_BUILD_FLAG).is_ok() {
                    let _ = window.location().reload();
                }
            }
        }
    });
    if owns_hash {
        return loading_screen(None, "Loading…");
    }
    let app_link = nav
        .filter(|n| n.app_url.is_some())
        .map(|n| n.href(&props.route));
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "This opens in the stardrill app" }</h1>
            if let Some(href) = app_link {
                <p><a {href} target="_blank" rel="noopener">{ "Open it in a new tab" }</a></p>
            } else {
                <p>{ "Open stardrill itself to use it: this page shows its quizzes only." }</p>
            }
        </section>
    }
}
