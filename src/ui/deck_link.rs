//! `#/deck/<payload>`: a deck carried in the link itself (made on the author screen). The
//! payload is untrusted: its frame is checked (`link::frame`), it is unpacked by the browser's
//! DecompressionStream with a cap on what it unpacks to, then checked like any custom deck.
//! A good deck is kept in memory (`bank::keep`) and its study card shown, its quiz one link
//! away, and the link is remembered for this tab so that a reload finds the deck again
//! (`deck_restore`); anything else is one line (and the deck's problems), with nothing saved.

use super::compression;
use super::learn::Learn;
use super::link::Link;
use super::loading::loading_screen;
use super::share::ShareControl;
use super::text::count;
use crate::bank;
use crate::link::deck_link::{compressed_of, MAX_UNPACKED_BYTES};
use crate::model::custom::{self, problem_lines};
use crate::route::Route;
use crate::storage;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeckLinkScreenProps {
    pub payload: AttrValue,
}

#[derive(Clone, PartialEq)]
pub enum Open {
    Opening,
    /// The kept deck's id.
    Ready(AttrValue),
    /// One line, and the deck's problems when it is the deck that is at fault.
    Failed(String, Vec<String>),
}

#[component]
pub fn DeckLinkScreen(props: &DeckLinkScreenProps) -> Html {
    // The payload the state is about: a link opened while another unpacks shows only its own.
    let state = use_state(|| (props.payload.clone(), Open::Opening));
    {
        let state = state.clone();
        use_effect_with(props.payload.clone(), move |payload| {
            let payload = payload.clone();
            state.set((payload.clone(), Open::Opening));
            wasm_bindgen_futures::spawn_local(async move {
                let open = open(&payload).await;
                state.set((payload, open));
            });
        });
    }
    let open = match &*state {
        (payload, open) if *payload == props.payload => open.clone(),
        _ => Open::Opening,
    };
    match open {
        Open::Ready(deck) => html! {
            <>
                <Learn deck={deck} />
                <div class="sd-screen">
                    <ShareControl route={Route::DeckLink { payload: props.payload.to_string() }}
                        label="Share this deck's link" link_name="this deck's link" title="A deck on stardrill" />
                </div>
            </>
        },
        Open::Opening => loading_screen(Some("A deck from a link"), "Unpacking the deck…"),
        Open::Failed(line, problems) => html! {
            <section class="sd-screen sd-deck-problems">
                <h1 tabindex="-1">{ "This deck link cannot be opened" }</h1>
                <div class="sd-card" role="alert">
                    <p>{ line }</p>
                    if !problems.is_empty() {
                        <ul class="sd-problems">{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    }
                </div>
                <p><Link to={Route::Home}>{ "Back to the decks" }</Link></p>
            </section>
        },
    }
}

impl Open {
    /// Whether this is the deck `id`, opened and kept.
    pub fn is_deck(&self, id: &str) -> bool {
        matches!(self, Open::Ready(kept) if kept == id)
    }
}

/// Frame, unpack, check, keep; a deck kept is remembered for this tab (`deck_restore`).
pub async fn open(payload: &str) -> Open {
    let compressed = match compressed_of(payload) {
        Ok(bytes) => bytes,
        Err(why) => return Open::Failed(why.to_string(), Vec::new()),
    };
    let text = match compression::inflate_raw_text(&compressed, MAX_UNPACKED_BYTES).await {
        Ok(text) => text,
        Err(why) => return Open::Failed(why.to_string(), Vec::new()),
    };
    match custom::checked_custom_deck(&text, bank::catalog()) {
        Ok(deck) => {
            let kept = bank::keep(deck);
            storage::keep_link_deck(payload);
            Open::Ready(kept.id.clone().into())
        }
        Err(problems) => Open::Failed(
            format!(
                "The deck in this link has {}:",
                count(problems.len(), "problem", "problems")
            ),
            problem_lines(&text, &problems),
        ),
    }
}
