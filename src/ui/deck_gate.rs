//! Renders a deck's screen once the deck is loaded (`deck_loader`), so the screens inside read
//! it synchronously (`bank::deck`). Meanwhile it keeps the screen's frame: the heading with the
//! deck's title (known from the catalog) and a placeholder of a question's height, so nothing
//! jumps when the deck arrives. A failed fetch says what happened in one line, with Retry. A
//! blog author's deck is in no catalog: in the full build, one a reload dropped from memory is
//! looked for again (`deck_restore`) before the screen says it is not on this page.

use super::loading::{failed_card, loading_card, loading_screen};
use super::not_found::not_found;
use super::router::{use_nav, Mode};
use crate::{bank, deck_loader};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeckGateProps {
    pub deck: AttrValue,
    pub children: Html,
}

/// How the last load went. Whether the deck is there is always read from `bank::deck`, never
/// from this: the gate stays mounted when a route moves to another deck's screen.
#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready,
    /// The deck it failed for, and why.
    Failed(AttrValue, String),
}

#[component]
pub fn DeckGate(props: &DeckGateProps) -> Html {
    let embedded = use_nav().is_some_and(|n| n.mode != Mode::Page);
    let entry = bank::catalog().deck(&props.deck);
    let loaded = || bank::deck(&props.deck).is_some();
    // On the first render only: a deck inlined in the page is read now, not after a frame.
    let state = use_state(|| match entry.and_then(deck_loader::on_page) {
        Some(_) => Load::Ready,
        None => Load::Loading,
    });
    // Bumped by Retry, so the effect below fetches again.
    let tries = use_state(|| 0usize);
    let heading = use_node_ref();
    // Whether the placeholder's heading had focus (a navigation landed on it): the screen that
    // replaces it then gets focus the same way, instead of losing it to the page.
    let had_focus = use_mut_ref(|| false);
    {
        let (state, entry) = (state.clone(), entry.cloned());
        use_effect_with((props.deck.clone(), *tries), move |(id, _)| {
            let Some(entry) = entry else {
                // A blog author's deck that a reload dropped from memory (the full build
                // finds it again where it can: `deck_restore`).
                #[cfg(feature = "full")]
                if crate::model::custom::is_custom(id) && bank::deck(id).is_none() {
                    let id = id.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let found = super::deck_restore::restore(&id).await;
                        state.set(if found {
                            Load::Ready
                        } else {
                            Load::Failed(id, String::new())
                        });
                    });
                }
                return;
            };
            if bank::deck(id).is_some() {
                state.set(Load::Ready);
                return;
            }
            state.set(Load::Loading);
            let loading = entry.clone();
            deck_loader::load(&loading, move |result| {
                state.set(match result {
                    Ok(_) => Load::Ready,
                    Err(why) => Load::Failed(entry.id.clone().into(), why),
                })
            });
        });
    }
    {
        let (heading, had_focus) = (heading.clone(), had_focus.clone());
        use_effect_with(loaded(), move |ready| {
            if *ready && std::mem::take(&mut *had_focus.borrow_mut()) {
                focus_screen_start(&heading);
            }
        });
    }

    // Ready as soon as the deck is in memory, even before the effect has run. A blog author's
    // deck is in no catalog: it is there once its page has read it.
    if loaded() {
        // A deck previewed from the author screen: a way back to its text, as it was (here, not
        // in the shell, as a preview found again after a reload appears here).
        #[cfg(feature = "full")]
        let back = super::author::previewing(&props.deck).then(|| {
            html! {
                <p class="sd-screen">
                    <super::link::Link to={crate::route::Route::Author} class="sd-button">{ "Back to editing" }</super::link::Link>
                </p>
            }
        });
        #[cfg(not(feature = "full"))]
        let back: Option<Html> = None;
        return html! { <div class="sd-deck-ready" ref={heading}>{ for back }{ props.children.clone() }</div> };
    }
    let Some(entry) = entry else {
        if crate::model::custom::is_custom(&props.deck) {
            if cfg!(feature = "full") && *state == Load::Loading {
                return loading_screen(Some("A blog author's deck"), "Opening the deck…");
            }
            return html! {
                <section class="sd-screen">
                    <h1>{ "This deck is not on this page" }</h1>
                    <p role="alert">{ "It is a blog author's own deck: open it again from the page or the link it came from." }</p>
                </section>
            };
        }
        return not_found(&format!("deck called “{}”", props.deck), embedded);
    };
    let onfocus = {
        let had_focus = had_focus.clone();
        Callback::from(move |_| *had_focus.borrow_mut() = true)
    };
    let onblur = Callback::from(move |_| *had_focus.borrow_mut() = false);
    let body = match &*state {
        Load::Failed(deck, why) if *deck == props.deck => {
            let retry = {
                let tries = tries.clone();
                Callback::from(move |_| tries.set(*tries + 1))
            };
            failed_card(format!("Could not load “{}”: {why}.", entry.title), retry)
        }
        _ => loading_card(&format!("Loading “{}”…", entry.title)),
    };
    html! {
        <section class="sd-screen" ref={heading}>
            <h1 tabindex="-1" {onfocus} {onblur}>{ &entry.title }</h1>
            { body }
        </section>
    }
}

/// Focus where the loaded screen starts (as a navigation would have).
fn focus_screen_start(container: &NodeRef) {
    if let Some(target) = container
        .cast::<web_sys::Element>()
        .and_then(|root| super::app::screen_start(&root))
    {
        let _ = target.focus();
    }
}
