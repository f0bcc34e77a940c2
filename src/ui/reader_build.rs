//! The home build (no features: the deck list alone, what index.html loads first) leaves out a
//! deck's screens, the study card and the quiz; the quiz build (feature `quiz`, what the
//! standalone page loads for a quiz's link) the study card and the quiz's results. On their route
//! they ask for the reader's build, which starts in the same page, in place of this one, without
//! a reload: src/handover.js (imported beside these builds, src/boot.js, src/loader.js) fetches and compiles
//! it (on the standalone page, once the first screen has painted), stops this build's apps
//! (`mount::unmount`) and starts it on the same route. Meanwhile the screen shows what the
//! reader's build will show first (a deck's loading screen, or the results' heading), so nothing
//! jumps; if the reader's build cannot be fetched, one line says why, with Retry.
//!
//! Only a page or a frame runs these builds: embed.js starts widgets on the reader's build.

use super::loading::{failed_card, loading_screen};
use crate::bank;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What src/handover.js listens for on the window: start the reader's build.
pub const READER_BUILD_EVENT: &str = "stardrill:reader-build";
/// What this screen says when it goes (the learner went back): src/handover.js then keeps the
/// reader's build ready rather than starting it on the deck list.
pub const READER_BUILD_CANCEL_EVENT: &str = "stardrill:reader-build-cancel";
/// What src/handover.js sends back when it could not (a CustomEvent, the reason in `detail`).
pub const READER_BUILD_FAILED_EVENT: &str = "stardrill:reader-build-failed";

/// Tells the hand-over (src/handover.js) something: an event on the window.
fn tell_handover(event: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(event)) {
        let _ = window.dispatch_event(&event);
    }
}

#[derive(Properties, PartialEq)]
pub struct InReaderBuildProps {
    pub deck: AttrValue,
    /// A finished quiz (the quiz build): the reader's build shows its results.
    #[prop_or_default]
    pub results: bool,
}

#[component]
pub fn InReaderBuild(props: &InReaderBuildProps) -> Html {
    let failed = use_state(|| None::<String>);
    // Each Retry asks again.
    let tries = use_state(|| 0u32);
    {
        let failed = failed.setter();
        use_effect_with(*tries, move |_| {
            let window = web_sys::window();
            let listener = window.as_ref().map(|w| {
                gloo_events::EventListener::new(w, READER_BUILD_FAILED_EVENT, move |event| {
                    let why = event
                        .dyn_ref::<web_sys::CustomEvent>()
                        .and_then(|e| e.detail().as_string())
                        .unwrap_or_default();
                    failed.set(Some(why));
                })
            });
            tell_handover(READER_BUILD_EVENT);
            move || {
                drop(listener);
                tell_handover(READER_BUILD_CANCEL_EVENT);
            }
        });
    }
    // The heading the reader's build will show first (the results': ui::quiz::summary).
    let title = bank::known_title(&props.deck).map(|title| {
        if props.results {
            format!("Results: {title}")
        } else {
            title.to_string()
        }
    });
    let Some(why) = (*failed).clone() else {
        // The deck's loading screen, as the reader's build shows it until the deck is in memory;
        // a name no deck has, the reader's build says so.
        return match title {
            Some(heading) if props.results => {
                loading_screen(Some(&heading), "Loading your results…")
            }
            Some(title) => loading_screen(Some(&title), &format!("Loading “{title}”…")),
            None => loading_screen(None, "Loading…"),
        };
    };
    let what = if props.results {
        "your results"
    } else {
        "the study cards and quizzes"
    };
    let retry = Callback::from(move |_| {
        failed.set(None);
        tries.set(*tries + 1);
    });
    html! {
        <section class="sd-screen">
            if let Some(title) = title {
                <h1 tabindex="-1">{ title }</h1>
            }
            { failed_card(format!("Could not load {what}: {why}."), retry) }
        </section>
    }
}
