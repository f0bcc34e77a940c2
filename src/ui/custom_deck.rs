//! A blog author's own deck in a widget (`data-deck-src`, see `mount`): read from the host page
//! or fetched, checked by the same validator as the bundled content (`model::custom`), kept
//! under its id plus a hash of its content, then shown on the screen the widget asked for.
//! An invalid deck lists every problem, with question id and field, inside this widget only:
//! the host page and its other widgets go on as before.

use super::loading::loading_screen;
use super::router::use_nav;
use super::store::use_store;
use crate::model::custom;
use crate::route::{QuizQuery, Route};
use crate::{bank, deck_loader};
use yew::prelude::*;

/// Where a widget's own deck comes from, and the screen it opens on.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSource {
    /// `#<element id>` of the host page, or a URL (relative to the host page).
    pub src: AttrValue,
    /// The quiz (`data-mode="quiz"`), else the study card.
    pub quiz: bool,
}

#[derive(Properties, PartialEq)]
pub struct CustomDeckGateProps {
    pub source: CustomSource,
    pub children: Html,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready,
    /// One line per problem.
    Failed(Vec<String>),
}

#[component]
pub fn CustomDeckGate(props: &CustomDeckGateProps) -> Html {
    let nav = use_nav();
    let store = use_store();
    let state = use_state(|| Load::Loading);
    {
        let state = state.clone();
        use_effect_with(props.source.clone(), move |source| {
            let source = source.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = match deck_loader::read_custom(&source.src).await {
                    Ok(text) => text,
                    Err(why) => return state.set(Load::Failed(vec![format!("{why}.")])),
                };
                match custom::checked_custom_deck(&text, bank::catalog()) {
                    Err(problems) => {
                        state.set(Load::Failed(custom::problem_lines(&text, &problems)))
                    }
                    Ok(deck) => {
                        let deck = bank::keep(deck).id.clone();
                        // A quiz of this deck left unfinished (same content, so same id)
                        // continues, as the page's reader expects after a reload; else a
                        // fresh one.
                        let open = store.as_ref().and_then(|s| {
                            let open = s.progress.last_open_attempt_of(&deck)?;
                            Some(open.options.clone())
                        });
                        if let Some(nav) = nav {
                            nav.replace.emit(if source.quiz {
                                match open {
                                    Some(options) => Route::quiz(&deck, &options),
                                    None => Route::Quiz {
                                        deck,
                                        options: QuizQuery::default(),
                                    },
                                }
                            } else {
                                Route::Learn {
                                    deck,
                                    section: None,
                                }
                            });
                        }
                        state.set(Load::Ready);
                    }
                }
            });
        });
    }
    match &*state {
        Load::Ready => props.children.clone(),
        Load::Loading => loading_screen(None, "Loading this page's deck…"),
        Load::Failed(problems) => {
            let count = problems.len();
            html! {
                <section class="sd-screen sd-deck-problems">
                    <h1>{ "This deck cannot be shown" }</h1>
                    <div class="sd-card" role="alert">
                        <p>{ if count == 1 {
                            "The page's own deck has a problem:".to_string()
                        } else {
                            format!("The page's own deck has {count} problems:")
                        } }</p>
                        <ul>{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                        <p class="sd-muted">{ "If this is your page: stardrill's checker (README, “Author your own deck”) prints the same list." }</p>
                    </div>
                </section>
            }
        }
    }
}
