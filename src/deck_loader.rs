//! Fetches a bundled deck's data file (`dist/decks/<id>.<hash>.json`, named by the catalog),
//! once per page: every widget of the page asking for the same deck waits for the same fetch,
//! and a loaded deck is kept (`bank::keep`) for the life of the page. Its explanations are a
//! second file (`….explain.json`, `model::explanations`), fetched the same way once the quiz
//! needs them (`load_explanations`), and the deck is kept again with them.
//!
//! A deck's text inlined in the page as `<script type="application/json"
//! id="stardrill:decks/…">` is read instead of fetched: the single-file download has no
//! `decks/` folder and inlines them all; src/boot.js fetches the deck its address names while
//! the wasm loads and src/loader.js inlines it, so that screen's first render has its deck
//! (`on_page`) instead of a loading frame and a second round trip through the app.
//!
//! A failure is a one-line message naming what happened (offline or refused, a status, a web
//! page served instead of data, a file that is not this deck); the screen offers Retry.

use crate::bank;
use crate::model::{explanations, Deck, DeckEntry};
use crate::sorted_map::SortedMap;
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `import.meta` of the JS glue that started this wasm.
    type ImportMeta;
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
    /// `AbortSignal.timeout(ms)`, caught: one binding instead of a controller, a timer and a
    /// closure (measured: 0.2 KB gzip less).
    #[wasm_bindgen(catch, js_namespace = AbortSignal, js_name = timeout)]
    fn timeout_signal(ms: u32) -> Result<web_sys::AbortSignal, wasm_bindgen::JsValue>;
}

type Waiter = Box<dyn FnOnce(Result<&'static Deck, String>)>;

thread_local! {
    /// File → who waits for its fetch in flight.
    static PENDING: RefCell<SortedMap<Vec<Waiter>>> = RefCell::default();
}

/// Calls `done` with the deck: at once when this page has it, else once it has been fetched
/// from the build's own folder (`build_folder`). A bundled deck comes without its explanations:
/// `load_explanations` brings them.
pub fn load(entry: &DeckEntry, done: impl FnOnce(Result<&'static Deck, String>) + 'static) {
    if let Some(deck) = bank::deck(&entry.id) {
        return done(Ok(deck));
    }
    let entry = entry.clone();
    once(
        entry.file.clone(),
        Box::new(done),
        Box::pin(async move {
            let text = data_file(&entry.file).await?;
            bank::parse_deck(&entry, &text)
        }),
    );
}

/// Why explanations cannot come: their deck is not in memory (no screen asks before it is).
const NOT_LOADED: &str = "the deck is not loaded";

/// Calls `done` with the loaded deck once it has its explanations (`model::explanations`):
/// fetched after the deck, while the learner reads the first question.
pub fn load_explanations(
    entry: &DeckEntry,
    done: impl FnOnce(Result<&'static Deck, String>) + 'static,
) {
    match bank::deck(&entry.id) {
        Some(deck) if !deck.explained() => {}
        Some(deck) => return done(Ok(deck)),
        None => return done(Err(NOT_LOADED.into())),
    }
    let (id, file) = (entry.id.clone(), explanations::file_of(&entry.file));
    once(
        file.clone(),
        Box::new(done),
        Box::pin(async move {
            let text = data_file(&file).await?;
            // Looked up again: the deck kept when this fetch started may have been replaced.
            let deck = bank::deck(&id).ok_or_else(|| NOT_LOADED.to_string())?;
            bank::parse_explanations(deck, &text)
        }),
    );
}

/// Reading a deck or its explanations. Boxed: one copy of `once` for both kinds of file.
type Reading = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Deck, String>>>>;

/// Runs `read` once for every caller waiting on `file` at the same time, keeps the deck it
/// gives and tells each of them.
fn once(file: String, done: Waiter, read: Reading) {
    let first = PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        let waiters = pending.get_or_default(&file);
        waiters.push(done);
        waiters.len() == 1
    });
    if !first {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = read.await.map(bank::keep);
        let waiters = PENDING.with(|p| p.borrow_mut().remove(&file).unwrap_or_default());
        for waiter in waiters {
            waiter(result.clone());
        }
    });
}

/// A data file of the build: inlined in the page, else fetched.
async fn data_file(file: &str) -> Result<String, String> {
    match inlined(file) {
        Some(text) => Ok(text),
        None => fetch_text(&url_of(file, Some(&build_folder()))?).await,
    }
}

/// Where the build's files are, the deck files among them: the address of the JS glue that
/// started this wasm (`import.meta.url`). A page and its glue share a folder; a widget's glue
/// sits beside embed.js, wherever the page is and whatever its `data-app-url` (where the
/// widget's links go) says.
fn build_folder() -> String {
    IMPORT_META.with(ImportMeta::url)
}

/// A blog author's deck (`data-deck-src`): the text of the host page's element `#<id>`
/// (a `<script type="application/json">`), or the file at a URL, relative to the host page,
/// http or https only, fetched with CORS. The error completes "Could not load this page's
/// deck: …". Its size is capped before it is read when the host says it (`Content-Length`),
/// and by `model::custom` after.
pub async fn read_custom(src: &str) -> Result<String, String> {
    let src = src.trim();
    if let Some(id) = src.strip_prefix('#') {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("there is no page")?;
        return document
            .get_element_by_id(id)
            .and_then(|el| el.text_content())
            .ok_or_else(|| {
                format!("the page has no element with the id “{id}” (data-deck-src=\"{src}\")")
            });
    }
    let url = url_of(src, None)?;
    if !(url.starts_with("https:") || url.starts_with("http:")) {
        return Err("its address must start with https:// or http://".into());
    }
    fetch_text(&url).await
}

/// The deck, at once, when this page already has it: in memory, or its text inlined in the
/// page (every deck of the single file; the deck a `#/learn/…` or `#/quiz/…` address names,
/// which src/boot.js fetches while the wasm loads and src/loader.js inlines). Its screen then
/// renders with the app's first render instead of after a loading frame and a fetch. `None`:
/// `load` it, which also says why an inlined text does not parse.
pub fn on_page(entry: &DeckEntry) -> Option<&'static Deck> {
    bank::deck(&entry.id).or_else(|| {
        bank::parse_deck(entry, &inlined(&entry.file)?)
            .ok()
            .map(bank::keep)
    })
}

/// An inlined deck's text, taken from the page: read once, so that after a text that does not
/// parse (a truncated file, a web page the host sent instead), Retry fetches the file again.
fn inlined(file: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let element = document.get_element_by_id(&format!("stardrill:{file}"))?;
    element.remove();
    element.text_content()
}

fn url_of(file: &str, base: Option<&str>) -> Result<String, String> {
    let document_base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let base = match base {
        Some(base) => web_sys::Url::new_with_base(base, &document_base).map(|u| u.href()),
        None => Ok(document_base),
    };
    base.and_then(|base| web_sys::Url::new_with_base(file, &base))
        .map(|u| u.href())
        .map_err(|_| "its address is not a valid URL".to_string())
}

/// How long a fetch may take, headers and body, before it is given up with a message and Retry:
/// a stalled connection (no answer, no error) would otherwise leave "Loading …" until the
/// browser gives up, minutes later. Generous: the largest bundled deck is 20 KB gzip, a few
/// seconds on a poor mobile link.
const FETCH_TIMEOUT_MS: u32 = 15_000;

async fn fetch_text(url: &str) -> Result<String, String> {
    const UNREACHABLE: &str =
        "the host could not be reached (offline, or it refuses requests from this page)";
    const TOO_SLOW: &str = "the host did not answer within 15 seconds";
    let window = web_sys::window().ok_or(UNREACHABLE)?;
    let init = web_sys::RequestInit::new();
    // A browser without `AbortSignal.timeout` (before 2022) fetches without a limit.
    let signal = timeout_signal(FETCH_TIMEOUT_MS).ok();
    init.set_signal(signal.as_ref());
    let too_slow = || signal.as_ref().is_some_and(|s| s.aborted());
    let failed = |_| if too_slow() { TOO_SLOW } else { UNREACHABLE };
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| UNREACHABLE)?;
    let too_big = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n > crate::model::custom::MAX_DECK_BYTES);
    if let Some(size) = too_big {
        return Err(format!(
            "the file is {} KB; the most a deck may be is {} KB",
            size.div_ceil(1024),
            crate::model::custom::MAX_DECK_BYTES / 1024
        ));
    }
    if !response.ok() {
        let status = response.status();
        return Err(match status {
            404 => "its data file is not on the host (404 Not Found)".to_string(),
            _ => format!("the host answered {status} {}", response.status_text()),
        });
    }
    let body = response.text().map_err(failed)?;
    match JsFuture::from(body).await.map(|t| t.as_string()) {
        Ok(Some(text)) => Ok(text),
        Err(_) if too_slow() => Err(TOO_SLOW.into()),
        _ => Err("its data file could not be read".into()),
    }
}
