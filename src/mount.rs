//! Mounting: the same build runs as a full page and as a widget in every `[data-stardrill]`
//! element of someone else's page.
//!
//! Isolation: each mount point gets an open shadow root holding our stylesheet and the app, so
//! a host page's global CSS (`* { all: revert }`, `button { display: none }`, huge fonts) cannot
//! reach inside, and our CSS cannot leak out. Inherited properties (font, colour) are reset on
//! the shadow host's inner root (`.sd-root`, `all: initial`).
//!
//! Options, as attributes of the mount element:
//! - `data-mode="page"`: own the URL hash (the standalone `index.html` uses this);
//! - `data-mode="frame"`: own the frame's URL hash, without the app's header (`frame.html`,
//!   the iframe embed, uses this);
//! - `data-mode="learn" | "quiz"` with `data-deck="<id>"`: start a widget on that screen; a
//!   quiz takes `data-n` and `data-seed` as its link would (`n=`, `seed=`);
//! - `data-mode="checklist"` with `data-checklist="<id>"`: start a widget on that checklist;
//! - without `data-mode`: a widget starting on the deck list (or on `data-deck`'s study card);
//! - `data-deck-src="#<element id>" | "<url>"`: the page's own deck (`ui::custom_deck`), a
//!   `<script type="application/json">` of the page or a file fetched with CORS; with
//!   `data-mode="quiz"` the widget opens on its quiz, else on its study card;
//! - `data-app-url`: where the standalone app is, for the widget's links (embed.js fills it in).

use crate::route::{QuizQuery, Route};
use crate::ui::custom_deck::CustomSource;
use crate::ui::{App, AppProps, Mode};
use wasm_bindgen::JsCast;

/// `src/style.css`, minified by build.rs; the full build's also has `src/style-full.css` (the
/// rules of its own screens: 0.6 KB gzip the reader's build does without).
#[cfg(not(feature = "full"))]
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));
#[cfg(feature = "full")]
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style-full.css"));

/// A mount element's options, as its attributes give them.
#[derive(Debug, Default)]
pub struct MountOptions<'a> {
    pub mode: Option<&'a str>,
    pub deck: Option<&'a str>,
    pub checklist: Option<&'a str>,
    /// A quiz's `data-n` and `data-seed`, read as a quiz link's `n=` and `seed=`.
    pub count: Option<&'a str>,
    pub seed: Option<&'a str>,
}

/// Where a mount element asks to start, and whether it owns the page's URL.
pub fn options_of(options: &MountOptions) -> (Mode, Route) {
    let deck = options.deck.filter(|d| !d.is_empty()).map(str::to_string);
    match (options.mode, deck) {
        (Some("page"), _) => (Mode::Page, Route::Home),
        (Some("frame"), _) => (Mode::Frame, Route::Home),
        (Some("checklist"), _) if options.checklist.is_some_and(|c| !c.is_empty()) => (
            Mode::Widget,
            Route::Checklist {
                id: options.checklist.unwrap_or_default().to_string(),
            },
        ),
        (Some("quiz"), Some(deck)) => {
            // The same reading as a link's query, so a widget and a link mean one quiz.
            let mut query = Vec::new();
            if let Some(n) = options.count {
                query.push(format!("n={n}"));
            }
            if let Some(seed) = options.seed {
                query.push(format!("seed={seed}"));
            }
            (
                Mode::Widget,
                Route::Quiz {
                    deck,
                    options: QuizQuery::parse(&query.join("&")),
                },
            )
        }
        (_, Some(deck)) => (
            Mode::Widget,
            Route::Learn {
                deck,
                section: None,
            },
        ),
        _ => (Mode::Widget, Route::Home),
    }
}

/// Mounts into every `[data-stardrill]` element not mounted yet. With none, nothing: a blog that
/// includes embed.js in every page's template must keep its posts without a widget as they are
/// (taking the body would hide the post and its own `#…` links).
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let hosts = document.query_selector_all("[data-stardrill]").ok();
    let count = hosts.as_ref().map_or(0, |h| h.length());
    for i in 0..count {
        if let Some(el) = hosts
            .as_ref()
            .and_then(|h| h.item(i))
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            mount(&document, &el);
        }
    }
}

fn mount(document: &web_sys::Document, host: &web_sys::Element) {
    // Mounting twice (the script included twice) would duplicate the app.
    if host.shadow_root().is_some() || host.has_attribute("data-stardrill-mounted") {
        return;
    }
    let attr = |name: &str| host.get_attribute(name);
    let (mode, deck, checklist, count, seed) = (
        attr("data-mode"),
        attr("data-deck"),
        attr("data-checklist"),
        attr("data-n"),
        attr("data-seed"),
    );
    let (mode, start) = options_of(&MountOptions {
        mode: mode.as_deref(),
        deck: deck.as_deref(),
        checklist: checklist.as_deref(),
        count: count.as_deref(),
        seed: seed.as_deref(),
    });
    let Some(root) = shadow_container(document, host) else {
        return;
    };
    let _ = host.set_attribute("data-stardrill-mounted", "");
    let app_url = app_url(document, host).map(Into::into);
    let custom = host
        .get_attribute("data-deck-src")
        .filter(|src| !src.trim().is_empty())
        .map(|src| CustomSource {
            src: src.into(),
            quiz: host.get_attribute("data-mode").as_deref() == Some("quiz"),
        });
    let app = yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            mode,
            start,
            app_url,
            custom,
        },
    )
    .render();
    keep(app);
}

/// The reader's and the full build never stop their apps.
#[cfg(feature = "reader")]
fn keep(_: yew::AppHandle<App>) {}

/// The home and the quiz build keep their apps, to stop them when the reader's build takes over (below).
#[cfg(not(feature = "reader"))]
fn keep(app: yew::AppHandle<App>) {
    MOUNTED.with_borrow_mut(|apps| apps.push(app));
}

#[cfg(not(feature = "reader"))]
thread_local! {
    static MOUNTED: std::cell::RefCell<Vec<yew::AppHandle<App>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The home or the quiz build gives way to the reader's (src/handover.js calls this once that
/// build is ready to start, after a screen asked for it: `ui::reader_build`): its apps are
/// destroyed, and with them their listeners (the URL hash, the saved progress), so that only one
/// build reacts to a change. Yew finishes that in a task of its own, after this returns; the
/// hand-over meanwhile gives the reader's build fresh mount elements, so the two never share one.
#[cfg(not(feature = "reader"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount() {
    for app in MOUNTED.take() {
        app.destroy();
    }
}

/// Where the standalone app lives, for a widget's links: the host's `data-app-url`, which
/// `embed.js` sets to its own folder unless the page set it. Only http and https are taken.
/// `None`: links stay `#/…`.
fn app_url(document: &web_sys::Document, host: &web_sys::Element) -> Option<String> {
    let base = document.base_uri().ok().flatten()?;
    let given = host.get_attribute("data-app-url")?;
    let url = web_sys::Url::new_with_base(&given, &base).ok()?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return None;
    }
    url.set_hash("");
    Some(url.href())
}

/// The element inside the host's shadow root that the app renders into.
fn shadow_container(
    document: &web_sys::Document,
    host: &web_sys::Element,
) -> Option<web_sys::Element> {
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    let style = document.create_element("style").ok()?;
    style.set_text_content(Some(STYLE));
    shadow.append_child(&style).ok()?;
    let root = document.create_element("div").ok()?;
    root.set_class_name("sd-root");
    shadow.append_child(&root).ok()?;
    Some(root)
}
