//! The root component: router, store, the status line and the screen for the current route.

#[cfg(feature = "full")]
use super::author::AuthorScreen;
#[cfg(feature = "full")]
use super::checklist::checklist_screen;
#[cfg(feature = "full")]
use super::custom_deck::CustomDeckGate;
use super::custom_deck::CustomSource;
#[cfg(feature = "quiz")]
use super::deck_gate::DeckGate;
#[cfg(feature = "full")]
use super::deck_link::DeckLinkScreen;
#[cfg(feature = "full")]
use super::embed_builder::EmbedBuilder;
#[cfg(not(feature = "full"))]
use super::full_build::InFullBuild;
use super::home::Home;
#[cfg(feature = "reader")]
use super::learn::Learn;
use super::link::Link;
use super::not_found::not_found;
#[cfg(feature = "full")]
use super::progress_view::ProgressView;
#[cfg(feature = "quiz")]
use super::quiz::QuizScreen;
#[cfg(not(feature = "reader"))]
use super::reader_build::InReaderBuild;
use super::router::{use_nav, Mode, Router};
#[cfg(feature = "full")]
use super::share::card::CardScreen;
use super::store::{Store, StoreHandle};
#[cfg(feature = "full")]
use super::stories::StoriesScreen;
use crate::progress::Change;
use crate::route::Route;
use crate::storage;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub mode: Mode,
    /// Where a widget starts (from `data-deck` / `data-mode`); page mode reads the URL.
    #[prop_or(Route::Home)]
    pub start: Route,
    /// The standalone app's address, for a widget's links (see `mount::app_url`).
    #[prop_or_default]
    pub app_url: Option<AttrValue>,
    /// A blog author's own deck (`data-deck-src`), shown instead of a bundled one.
    #[prop_or_default]
    pub custom: Option<CustomSource>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <Router mode={props.mode} start={props.start.clone()} app_url={props.app_url.clone()}>
            <Shell custom={props.custom.clone()} />
        </Router>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    custom: Option<CustomSource>,
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    let store = use_reducer(Store::load);
    let nav = use_nav();
    let route = nav.as_ref().map(|n| n.route.clone()).unwrap_or(Route::Home);
    let mode = nav.as_ref().map_or(Mode::Page, |n| n.mode);
    let page = mode == Mode::Page;

    {
        let dispatcher = store.dispatcher();
        let writer = store.writer();
        use_effect_with((), move |_| {
            let listeners = storage::on_save_elsewhere(writer, move |other| {
                dispatcher.dispatch(Change::SavedElsewhere(other))
            });
            move || drop(listeners)
        });
    }

    // After a navigation, move focus where the new screen starts, so keyboard and screen-reader
    // users continue from there: the element a screen marks `data-focus-first` (a quiz's
    // question, a study-card section), else its heading. Not on the first render (the host page
    // owns focus) and not when a link only gained its seed.
    // One exception on the first render: the standalone page opened at a study-card section
    // (a "Study: …" link opened in a new tab) lands on that section, as an anchor would.
    let body_ref = use_node_ref();
    let visit = nav.as_ref().map_or(0, |n| n.visit);
    let opened_at_section = page
        && matches!(
            route,
            Route::Learn {
                section: Some(_),
                ..
            }
        );
    // Another build handed over to this one on a link the learner followed (the home or the quiz
    // build to the reader's in the same page, a build to the full one by a reload), in a page or
    // a frame.
    let handed_over = mode.owns_hash() && super::full_build::handed_over();
    {
        let body_ref = body_ref.clone();
        use_effect_with(visit, move |visit| {
            if *visit == 0 && !opened_at_section && !handed_over {
                return;
            }
            let Some(body) = body_ref.cast::<web_sys::Element>() else {
                return;
            };
            match screen_start(&body).as_ref() {
                Some(target) if target.has_attribute("data-focus-first") => {
                    let _ = target.focus();
                    target.scroll_into_view();
                }
                Some(heading) => {
                    let _ = heading.focus();
                    body.scroll_into_view_with_bool(true);
                }
                None => body.scroll_into_view_with_bool(true),
            }
        });
    }

    // As a full page, the tab's title names the screen (history, bookmarks, screen readers).
    use_effect_with((route.clone(), page), |(route, page)| {
        if *page {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(&title_of(route));
            }
        }
    });

    let screen = match route.clone() {
        Route::Home => html! { <Home /> },
        #[cfg(feature = "reader")]
        Route::Learn { deck, section } => html! {
            <DeckGate deck={deck.clone()}><Learn {deck} {section} /></DeckGate>
        },
        #[cfg(feature = "quiz")]
        Route::Quiz { deck, options } => html! {
            <DeckGate deck={deck.clone()}><QuizScreen {deck} {options} /></DeckGate>
        },
        // The home build (src/ui/reader_build.rs): a deck's screens start the reader's build.
        #[cfg(not(feature = "quiz"))]
        Route::Learn { deck, .. } | Route::Quiz { deck, .. } => {
            html! { <InReaderBuild deck={deck} /> }
        }
        // The quiz build: a study card starts the reader's build.
        #[cfg(all(feature = "quiz", not(feature = "reader")))]
        Route::Learn { deck, .. } => html! { <InReaderBuild deck={deck} /> },
        #[cfg(feature = "full")]
        Route::Checklist { id } => checklist_screen(&id, !page),
        #[cfg(feature = "full")]
        Route::Card { deck, options } => html! { <CardScreen {deck} {options} /> },
        #[cfg(feature = "full")]
        Route::Progress => html! { <ProgressView /> },
        #[cfg(feature = "full")]
        Route::Stories => html! { <StoriesScreen /> },
        #[cfg(feature = "full")]
        Route::Embed => html! { <EmbedBuilder /> },
        #[cfg(feature = "full")]
        Route::Author => html! { <AuthorScreen /> },
        #[cfg(feature = "full")]
        Route::DeckLink { payload } => html! { <DeckLinkScreen {payload} /> },
        // The other builds (README, "Size and speed"): these load the full build.
        #[cfg(not(feature = "full"))]
        Route::Checklist { .. }
        | Route::Card { .. }
        | Route::Progress
        | Route::Stories
        | Route::Embed
        | Route::Author
        | Route::DeckLink { .. } => {
            html! { <InFullBuild route={route.clone()} /> }
        }
        Route::NotFound { path } => not_found(&format!("page at “{path}”"), !page),
    };
    let screen = match &props.custom {
        #[cfg(feature = "full")]
        Some(source) => {
            html! { <CustomDeckGate source={source.clone()}>{ screen }</CustomDeckGate> }
        }
        // embed.js starts the full build on a page with a deck of its own; this is only
        // reached if a page loads the reader's build itself.
        #[cfg(not(feature = "full"))]
        Some(_) => html! { <InFullBuild route={route.clone()} /> },
        None => screen,
    };
    let status = store.health.message().map(|msg| {
        html! { <p class="sd-status" role="status">{ msg }</p> }
    });
    let body = if mode.owns_hash() {
        html! { <main class="sd-body" ref={body_ref}>{ screen }</main> }
    } else {
        html! { <div class="sd-body" ref={body_ref}>{ screen }</div> }
    };
    html! {
        <ContextProvider<StoreHandle> context={store.clone()}>
            <div class="sd-app">
                // A frame in someone's post shows only its screen: the post is the page.
                if mode != Mode::Frame {
                    <header class="sd-top">
                        <Link to={Route::Home} class="sd-brand">{ "stardrill" }</Link>
                        <nav aria-label="stardrill sections" class="sd-nav">
                            <Link to={Route::Home}>{ "Decks" }</Link>
                            <Link to={Route::Stories}>{ "Stories" }</Link>
                            <Link to={Route::Progress}>{ "Progress" }</Link>
                        </nav>
                    </header>
                }
                { status }
                { body }
            </div>
        </ContextProvider<StoreHandle>>
    }
}

/// Where a screen starts, for focus: the element it marks `data-focus-first` (a quiz's
/// question, a study-card section), else its heading.
pub fn screen_start(root: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    root.query_selector("[data-focus-first]")
        .ok()
        .flatten()
        .or_else(|| root.query_selector("h1").ok().flatten())
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The document title for a route, e.g. "Quiz: Influence and communication · stardrill".
use super::not_found::NOT_FOUND;

fn title_of(route: &Route) -> String {
    let catalog = crate::bank::catalog();
    let deck = |id: &str| crate::bank::known_title(id).map(str::to_owned);
    // A name no deck or checklist has is the not-found screen, titled as such; a blog author's
    // deck may not be loaded yet (its screen says so).
    let missing = |id: &str| (!crate::model::is_custom(id)).then(|| NOT_FOUND.to_string());
    let screen = match route {
        Route::Home => None,
        Route::Learn { deck: id, .. } => deck(id).or_else(|| missing(id)),
        Route::Quiz { deck: id, .. } => deck(id)
            .map(|t| format!("Quiz: {t}"))
            .or_else(|| missing(id)),
        Route::Checklist { id } => catalog
            .checklist(id)
            .map(|c| c.title.clone())
            .or_else(|| missing(id)),
        Route::Card { .. } => Some("Your result card".into()),
        Route::Progress => Some("Your progress".into()),
        Route::Stories => Some("Your story bank".into()),
        Route::Embed => Some("Embed stardrill in your page".into()),
        Route::Author => Some("Author a deck".into()),
        Route::DeckLink { .. } => Some("A deck from a link".into()),
        Route::NotFound { .. } => Some(NOT_FOUND.into()),
    };
    match screen {
        Some(screen) => format!("{screen} · stardrill"),
        None => "stardrill · behavioral interview practice".into(),
    }
}
