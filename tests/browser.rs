//! Browser tests (wasm-bindgen-test, headless Chromium): storage really written and read, each
//! storage failure forced and its visible line asserted, and components mounted into their own
//! element, driven and checked. Run alone: `bash scripts/test.sh browser`.
#![cfg(target_arch = "wasm32")]

use stardrill::progress::{decode, Progress};
use stardrill::route::Route;
use stardrill::storage::{self, Health, PROGRESS_KEY, UNREADABLE_KEY};
use stardrill::ui::{App, AppProps, Mode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn store() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn js(code: &str) {
    js_sys::eval(code).expect("test script runs");
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Puts back the real Storage methods after a test replaced them.
fn restore_storage() {
    js(
        "if (window.__sdSetItem) { Storage.prototype.setItem = window.__sdSetItem; }
        window.__sdSetItem = Storage.prototype.setItem;",
    );
}

fn reset() {
    restore_storage();
    let s = store();
    let _ = s.remove_item(PROGRESS_KEY);
    storage::discard_unreadable();
}

/// For a `Corrupt` health: whether the unreadable data was kept aside.
fn kept_aside(health: &Health) -> Option<bool> {
    match health {
        Health::Corrupt { kept_aside, .. } => Some(*kept_aside),
        _ => None,
    }
}

fn ticked(progress: &Progress) -> bool {
    progress.is_ticked("success-criteria", "articulate-trust")
}

fn with_tick() -> Progress {
    let mut p = Progress::default();
    p.set_tick("success-criteria", "articulate-trust", true, 1.0);
    p
}

#[wasm_bindgen_test]
fn saves_to_local_storage_and_reads_back_without_touching_other_keys() {
    reset();
    store().set_item("host:theme", "dark").unwrap();
    let (saved, health) = storage::save(&with_tick(), &Health::Saved, &storage::Writer::default());
    assert_eq!(health, Health::Saved);
    assert!(ticked(&saved));
    let raw = store().get_item(PROGRESS_KEY).unwrap().expect("written");
    assert!(ticked(&decode(&raw, js_sys::Date::now()).unwrap()));
    let (loaded, health) = storage::load();
    assert_eq!(health, Health::Saved);
    assert!(ticked(&loaded));
    assert_eq!(
        store().get_item("host:theme").unwrap().as_deref(),
        Some("dark")
    );
}

#[wasm_bindgen_test]
fn a_save_merges_what_another_tab_or_widget_wrote() {
    reset();
    let (this, other) = (storage::Writer::default(), storage::Writer::default());
    storage::save(&with_tick(), &Health::Saved, &this);
    let mut theirs = Progress::default();
    theirs.set_tick("prep-actions", "x", true, 5.0);
    storage::save(&theirs, &Health::Saved, &other);
    // This writer saves again from its own (older) state: the other's tick must survive.
    let (merged, _) = storage::save(&with_tick(), &Health::Saved, &this);
    assert!(ticked(&merged) && merged.is_ticked("prep-actions", "x"));
    let raw = store().get_item(PROGRESS_KEY).unwrap().unwrap();
    assert!(decode(&raw, js_sys::Date::now())
        .unwrap()
        .is_ticked("prep-actions", "x"));
}

#[wasm_bindgen_test]
fn quota_exceeded_keeps_the_last_good_save() {
    reset();
    storage::save(&with_tick(), &Health::Saved, &storage::Writer::default());
    js("Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError'); };");
    let mut more = with_tick();
    more.set_tick("prep-actions", "x", true, 9.0);
    let (in_memory, health) = storage::save(&more, &Health::Saved, &storage::Writer::default());
    restore_storage();
    assert_eq!(health, Health::Full);
    assert!(health.message().unwrap().contains("Export"));
    assert!(in_memory.is_ticked("prep-actions", "x"), "kept in memory");
    let raw = store().get_item(PROGRESS_KEY).unwrap().unwrap();
    assert!(
        ticked(&decode(&raw, js_sys::Date::now()).unwrap()),
        "the last good save stays"
    );
}

#[wasm_bindgen_test]
fn firefox_quota_error_name_is_understood() {
    reset();
    js("Storage.prototype.setItem = function () {
          throw new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'); };");
    let (_, health) = storage::save(&with_tick(), &Health::Saved, &storage::Writer::default());
    restore_storage();
    assert_eq!(health, Health::Full);
}

#[wasm_bindgen_test]
fn corrupt_data_is_kept_aside_and_the_app_starts_fresh() {
    reset();
    store().set_item(PROGRESS_KEY, "{not json").unwrap();
    let (progress, health) = storage::load();
    assert!(progress.is_empty());
    assert_eq!(kept_aside(&health), Some(true), "{health:?}");
    assert_eq!(storage::unreadable(), vec!["{not json".to_string()]);
    assert!(health.message().unwrap().contains("kept aside"));
}

#[wasm_bindgen_test]
fn newer_data_is_left_untouched() {
    reset();
    let newer = r#"{"version":999,"future":true}"#;
    store().set_item(PROGRESS_KEY, newer).unwrap();
    let (_, health) = storage::load();
    assert_eq!(health, Health::Newer { version: 999 });
    let (_, health) = storage::save(&with_tick(), &health, &storage::Writer::default());
    assert_eq!(health, Health::Newer { version: 999 });
    assert_eq!(
        store().get_item(PROGRESS_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn blocked_storage_runs_in_memory() {
    reset();
    js("Storage.prototype.setItem = function () {
          throw new DOMException('denied', 'SecurityError'); };");
    let (progress, health) =
        storage::save(&with_tick(), &Health::Saved, &storage::Writer::default());
    restore_storage();
    assert_eq!(health, Health::Blocked);
    assert!(ticked(&progress), "still in memory");
    assert!(health.message().unwrap().contains("blocks storage"));
}

/// The deck the loading test fetches (and fails to: the test server has no `decks/`), so no
/// other test may use it.
const UNLOADED_DECK: &str = "questions-to-ask";

/// The bundled decks in memory, as if fetched (the test server serves no `decks/` folder),
/// except [`UNLOADED_DECK`]. build.rs wrote the whole bank beside the catalog.
fn keep_decks() {
    thread_local!(static KEPT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if KEPT.with(|k| k.replace(true)) {
        return;
    }
    let bank: stardrill::model::Bank =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/bank.json"))).unwrap();
    for deck in bank.decks.into_iter().filter(|d| d.id != UNLOADED_DECK) {
        stardrill::bank::keep(deck);
    }
}

/// Mounts the app as a widget into a fresh element; returns the element.
fn mount(start: Route) -> web_sys::Element {
    keep_decks();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps {
            mode: Mode::Widget,
            start,
            app_url: None,
            custom: None,
        },
    )
    .render();
    host
}

fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

fn click_first(el: &web_sys::Element, selector: &str) {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in: {}", text(el)))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn click(el: &web_sys::Element, selector: &str, containing: &str) {
    let nodes = el.query_selector_all(selector).unwrap();
    for i in 0..nodes.length() {
        let node = nodes.item(i).unwrap();
        if node.text_content().unwrap_or_default().contains(containing) {
            node.dyn_into::<web_sys::HtmlElement>().unwrap().click();
            return;
        }
    }
    panic!("no {selector} containing {containing:?} in: {}", text(el));
}

#[wasm_bindgen_test]
async fn home_lists_every_deck_and_links_route_in_memory() {
    reset();
    let host = mount(Route::Home);
    sleep(30).await;
    let catalog = stardrill::bank::catalog();
    for deck in &catalog.decks {
        assert!(text(&host).contains(&deck.title), "missing {}", deck.title);
    }
    let hash_before = web_sys::window().unwrap().location().hash().unwrap();
    click(&host, "a", "Study and choose a quiz");
    sleep(30).await;
    assert!(text(&host).contains("Quiz yourself"), "{}", text(&host));
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        hash_before,
        "a widget never changes the host page's hash"
    );
}

#[wasm_bindgen_test]
async fn a_deck_that_fails_to_load_says_why_and_retry_loads_it() {
    reset();
    let host = mount(Route::Quiz {
        deck: UNLOADED_DECK.into(),
        options: Default::default(),
    });
    let title = &stardrill::bank::catalog()
        .deck(UNLOADED_DECK)
        .unwrap()
        .title;
    sleep(300).await;
    let shown = text(&host);
    // The deck's heading stays (loading, then failed), so the screen does not jump.
    let h1 = host.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(h1.text_content().unwrap(), *title);
    assert!(
        shown.contains(&format!("Could not load “{title}”")),
        "{shown}"
    );
    assert!(shown.contains("404 Not Found"), "{shown}");
    assert!(host.query_selector("[role=alert]").unwrap().is_some());
    // The file is back (kept in memory here, as a fetch would): Retry shows the quiz.
    let bank: stardrill::model::Bank =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/bank.json"))).unwrap();
    let deck = bank
        .decks
        .into_iter()
        .find(|d| d.id == UNLOADED_DECK)
        .unwrap();
    stardrill::bank::keep(deck);
    click(&host, "button", "Retry");
    sleep(50).await;
    let shown = text(&host);
    assert!(shown.contains("Question 1 of"), "{shown}");
    assert!(!shown.contains("Could not load"), "{shown}");
}

#[wasm_bindgen_test]
async fn ticking_a_checklist_item_is_saved() {
    reset();
    let host = mount(Route::Checklist {
        id: "success-criteria".into(),
    });
    sleep(30).await;
    assert!(text(&host).contains("0 of 5 done"), "{}", text(&host));
    click_first(&host, "input[type=checkbox]");
    sleep(30).await;
    assert!(text(&host).contains("1 of 5 done"), "{}", text(&host));
    let raw = store().get_item(PROGRESS_KEY).unwrap().expect("saved");
    let saved = decode(&raw, js_sys::Date::now()).unwrap();
    assert_eq!(
        saved.checklists["success-criteria"]
            .values()
            .filter(|t| t.on)
            .count(),
        1
    );
}

#[wasm_bindgen_test]
async fn a_quiz_answer_shows_feedback_and_is_saved() {
    reset();
    let host = mount(Route::Quiz {
        deck: "customer-trust".into(),
        options: stardrill::route::QuizQuery {
            count: Some(3),
            seed: Some(42),
            types: vec![stardrill::model::QuestionType::Single],
            ..Default::default()
        },
    });
    sleep(50).await;
    assert!(text(&host).contains("Question 1 of 3"), "{}", text(&host));
    click_first(&host, "input[type=radio]");
    sleep(20).await;
    click(&host, "button", "Check answer");
    sleep(30).await;
    let shown = text(&host);
    assert!(
        shown.contains("Correct.") || shown.contains("Not quite."),
        "{shown}"
    );
    assert!(shown.contains("Study:"), "links its study-card section");
    let raw = store().get_item(PROGRESS_KEY).unwrap().expect("saved");
    assert_eq!(
        decode(&raw, js_sys::Date::now()).unwrap().attempts[0].answered(),
        1
    );
}

#[wasm_bindgen_test]
async fn the_status_line_says_when_storage_is_full() {
    reset();
    js("Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError'); };");
    let host = mount(Route::Checklist {
        id: "success-criteria".into(),
    });
    sleep(30).await;
    click_first(&host, "input[type=checkbox]");
    sleep(30).await;
    restore_storage();
    let status = host
        .query_selector("[role=status]")
        .unwrap()
        .expect("a status line");
    assert!(
        text(&status).contains("Storage is full"),
        "{}",
        text(&status)
    );
    assert!(
        text(&host).contains("1 of 5 done"),
        "the tick is kept in memory"
    );
    let _ = JsValue::NULL;
}

/// Replaces `window.localStorage` with a getter running `body`; `restore_local_storage` undoes it.
fn replace_local_storage(body: &str) {
    js(&format!(
        "window.__sdLocal = window.__sdLocal || Object.getOwnPropertyDescriptor(window, 'localStorage')
            || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
         Object.defineProperty(window, 'localStorage', {{ configurable: true, get() {{ {body} }} }});"
    ));
}

fn restore_local_storage() {
    js("if (window.__sdLocal) { Object.defineProperty(window, 'localStorage', window.__sdLocal); }");
}

/// Mounts the success-criteria checklist, ticks its first item and returns the status line.
async fn tick_and_read_status() -> (web_sys::Element, String) {
    let host = mount(Route::Checklist {
        id: "success-criteria".into(),
    });
    sleep(30).await;
    click_first(&host, "input[type=checkbox]");
    sleep(30).await;
    let status = host
        .query_selector(".sd-status")
        .unwrap()
        .map(|s| text(&s))
        .unwrap_or_default();
    (host, status)
}

#[wasm_bindgen_test]
async fn blocked_storage_is_said_on_screen_and_the_app_works_in_memory() {
    reset();
    replace_local_storage("throw new DOMException('denied', 'SecurityError');");
    let (host, status) = tick_and_read_status().await;
    restore_local_storage();
    assert!(status.contains("blocks storage"), "{status}");
    assert!(text(&host).contains("1 of 5 done"), "works in memory");
    assert_eq!(store().get_item(PROGRESS_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_null_local_storage_is_treated_as_blocked() {
    reset();
    replace_local_storage("return null;");
    let (host, status) = tick_and_read_status().await;
    restore_local_storage();
    assert!(status.contains("blocks storage"), "{status}");
    assert!(text(&host).contains("1 of 5 done"));
}

#[wasm_bindgen_test]
async fn corrupt_data_is_said_on_screen_and_kept_aside() {
    reset();
    store().set_item(PROGRESS_KEY, "{not json").unwrap();
    let (host, status) = tick_and_read_status().await;
    assert!(
        status.contains("could not be read") && status.contains("kept aside"),
        "{status}"
    );
    assert!(
        text(&host).contains("1 of 5 done"),
        "starts fresh and saves again"
    );
    assert_eq!(storage::unreadable(), vec!["{not json".to_string()]);
}

#[wasm_bindgen_test]
async fn newer_data_is_said_on_screen_and_never_overwritten() {
    reset();
    let newer = r#"{"version":999,"future":true}"#;
    store().set_item(PROGRESS_KEY, newer).unwrap();
    let (host, status) = tick_and_read_status().await;
    assert!(status.contains("newer version"), "{status}");
    assert!(text(&host).contains("1 of 5 done"), "works in memory");
    assert_eq!(
        store().get_item(PROGRESS_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_second_unreadable_copy_is_kept_beside_the_first() {
    reset();
    store().set_item(UNREADABLE_KEY, "old garbage").unwrap();
    store().set_item(PROGRESS_KEY, "new garbage").unwrap();
    let (_, health) = storage::load();
    assert_eq!(kept_aside(&health), Some(true), "{health:?}");
    assert_eq!(
        storage::unreadable(),
        vec!["old garbage".to_string(), "new garbage".to_string()]
    );
    storage::discard_unreadable();
    assert!(storage::unreadable().is_empty());
}

#[wasm_bindgen_test]
fn unreadable_data_that_cannot_be_kept_aside_is_never_overwritten() {
    reset();
    store().set_item(PROGRESS_KEY, "garbage").unwrap();
    js("Storage.prototype.setItem = function (k, v) {
          if (k.startsWith('stardrill:progress-unreadable')) throw new DOMException('full', 'QuotaExceededError');
          return window.__sdSetItem.call(this, k, v); };");
    let (_, health) = storage::load();
    let (_, after) = storage::save(&with_tick(), &health, &storage::Writer::default());
    restore_storage();
    assert_eq!(kept_aside(&health), Some(false), "{health:?}");
    assert_eq!(kept_aside(&after), Some(false));
    assert_eq!(
        store().get_item(PROGRESS_KEY).unwrap().as_deref(),
        Some("garbage")
    );
    assert!(health
        .message()
        .unwrap()
        .contains("could not be kept aside"));
}

#[wasm_bindgen_test]
fn garbage_written_by_someone_else_meanwhile_is_kept_aside_before_saving() {
    reset();
    let writer = storage::Writer::default();
    storage::save(&with_tick(), &Health::Saved, &writer);
    store()
        .set_item(PROGRESS_KEY, "{broken by another tab")
        .unwrap();
    let (_, health) = storage::save(&with_tick(), &Health::Saved, &writer);
    assert_eq!(kept_aside(&health), Some(true), "{health:?}");
    assert_eq!(
        storage::unreadable(),
        vec!["{broken by another tab".to_string()]
    );
    let raw = store().get_item(PROGRESS_KEY).unwrap().unwrap();
    assert!(ticked(&decode(&raw, js_sys::Date::now()).unwrap()));
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_see_each_others_changes() {
    reset();
    let route = || Route::Checklist {
        id: "success-criteria".into(),
    };
    let (a, b) = (mount(route()), mount(route()));
    sleep(30).await;
    click_first(&a, "input[type=checkbox]");
    sleep(30).await;
    assert!(text(&b).contains("1 of 5 done"), "{}", text(&b));
    // And a reset in one unticks in the other.
    click(&b, "button", "Reset this checklist");
    sleep(20).await;
    click(&b, "button", "Really untick");
    sleep(30).await;
    assert!(text(&a).contains("0 of 5 done"), "{}", text(&a));
}

/// Sets a textarea's text as typing does (value, then an input event).
fn type_into(area: &web_sys::Element, text: &str) {
    let area = area
        .clone()
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    area.set_value(text);
    // A bubbling "input" event, as a keystroke sends (CustomEvent: the features already enabled).
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::CustomEvent::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_coach_marks_the_typed_words_as_text_only() {
    reset();
    let host = mount(Route::Stories);
    sleep(30).await;
    assert!(text(&host).contains("Your story bank"), "{}", text(&host));
    let areas = host.query_selector_all("textarea").unwrap();
    assert_eq!(areas.length(), 4, "situation, task, action, result");
    let action = areas
        .item(2)
        .unwrap()
        .dyn_into::<web_sys::Element>()
        .unwrap();
    type_into(&action, "<img src=x onerror=alert(1)> The bug was fixed.");
    sleep(30).await;
    let heard = host
        .query_selector(".sd-heard")
        .unwrap()
        .expect("the coach heard something");
    assert!(
        heard.query_selector("img").unwrap().is_none(),
        "typed text is never HTML"
    );
    assert!(
        text(&heard).starts_with("<img src=x onerror=alert(1)>"),
        "{}",
        text(&heard)
    );
    let mark = heard
        .query_selector("mark.sd-mark-red")
        .unwrap()
        .expect("a red flag marked");
    assert!(text(&mark).starts_with("was fixed"), "{}", text(&mark));
    assert!(text(&host).contains("1 red flag"), "{}", text(&host));
}

/// A deck link's decompression in the browser's own DecompressionStream stops at the cap: a
/// crafted payload (2 MB of one letter, deflated to about 2 KB) is refused, and the same
/// payload under a cap it fits in comes back whole.
#[wasm_bindgen_test]
async fn a_deck_link_that_unpacks_past_the_cap_is_refused_in_the_browser() {
    use stardrill::link::deck_link::DeckLinkError;
    use stardrill::ui::compression::{deflate_raw, inflate_raw_text};
    let bomb = vec![b'a'; 2 << 20];
    let packed = deflate_raw(&bomb).await.expect("CompressionStream");
    assert!(packed.len() < 8 << 10, "{} bytes packed", packed.len());
    assert_eq!(
        inflate_raw_text(&packed, 512 << 10).await,
        Err(DeckLinkError::OverCap { cap: 512 << 10 })
    );
    let whole = inflate_raw_text(&packed, 2 << 20)
        .await
        .expect("fits its cap");
    assert_eq!(whole.len(), 2 << 20);
    // Not deflate data at all.
    assert_eq!(
        inflate_raw_text(b"not deflate", 1024).await,
        Err(DeckLinkError::Unpack)
    );
}

/// In the browser, numbers go through JavaScript's own parser and printer (`crate::json`):
/// every kind of number the document holds reads back exactly, in the form an older tab's
/// serde_json reads too, and a fixture document survives a write and a read unchanged.
#[wasm_bindgen_test]
fn the_browsers_number_text_reads_back_exactly() {
    use stardrill::json::{parse, FromJson, ToJson};
    for n in [
        0.0,
        1.0,
        1733400000000.0,
        1.0 / 3.0,
        2.0 / 3.0,
        0.1,
        0.8333333333333334,
        1e-7,
        1e21,
        5e-324,
        f64::MAX,
        -2.5,
    ] {
        let text = n.to_json().to_text();
        assert_eq!(
            f64::from_json(&parse(&text).unwrap()),
            Ok(n),
            "{n} as {text}"
        );
        assert_eq!(
            serde_json::from_str::<f64>(&text).unwrap(),
            n,
            "{n} as {text}"
        );
    }
    assert_eq!(1733400000000.0.to_json().to_text(), "1733400000000");
    assert_eq!((1.0f64 / 3.0).to_json().to_text(), "0.3333333333333333");
    let fixture = include_str!("../src/progress/fixtures/v2.json");
    let progress = decode(fixture, f64::MAX).unwrap();
    let written = stardrill::progress::encode(&progress);
    assert_eq!(decode(&written, f64::MAX).unwrap(), progress);
}
