//! The two offline lines at the top of the app: "A new version is ready" (standalone page only,
//! with its Reload button) and, while the browser is offline, that practice still works.

use crate::pwa;
use yew::prelude::*;

/// The two lines, for the root to show under its status line. `page`: the standalone page,
/// the only one with a service worker (registered by index.html). A hook rather than a
/// component: measured, a component of its own costs more wasm than its two states.
#[hook]
pub fn use_updates(page: bool) -> Html {
    let ready = use_state(|| page && pwa::update_ready());
    let online = use_state(pwa::is_online);
    {
        let ready = ready.clone();
        use_effect_with(page, move |page| {
            let listener = (*page).then(web_sys::window).flatten().map(|window| {
                gloo_events::EventListener::new(&window, pwa::UPDATE_READY_EVENT, move |_| {
                    ready.set(true)
                })
            });
            move || drop(listener)
        });
    }
    {
        let online = online.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let up = online.clone();
                [
                    gloo_events::EventListener::new(&window, "online", move |_| up.set(true)),
                    gloo_events::EventListener::new(&window, "offline", move |_| online.set(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    let reload = Callback::from(|_| pwa::apply_update());
    html! {
        <>
            if *ready {
                <p class="sd-update" role="status">
                    { "A new version is ready. " }
                    <button type="button" class="sd-button" onclick={reload}>{ "Reload" }</button>
                </p>
            }
            if !*online {
                <p class="sd-offline" role="status">
                    { "You are offline. Practice works as usual, and your progress is saved in this browser." }
                </p>
            }
        </>
    }
}
