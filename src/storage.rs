//! The only code that touches localStorage.
//!
//! Rules (DESIGN.md, "Storage rules"): every key starts with `stardrill:`; `clear()` is never
//! called and no other key is read, because in a script-tag embed the host page's keys live
//! beside ours. Blocked storage, a full quota, corrupt or newer data: the app keeps working in
//! memory, says so in one line ([`Health::message`]), and nothing is lost silently.
//!
//! Not gloo-storage: its `LocalStorage` panics (`expect_throw`) when storage is blocked, and it
//! hides the DOMException name we need to tell a full quota from a blocked store.

use crate::progress::{decode, encode, merge, DecodeError, Progress};
use wasm_bindgen::JsCast;

use std::cell::RefCell;
use std::rc::Rc;

pub const PROGRESS_KEY: &str = "stardrill:progress";
/// Where unreadable saved data is kept aside (and offered as a download) before starting fresh:
/// this key, then `…-2` up to `…-5`. A copy never goes over a different one.
pub const UNREADABLE_KEY: &str = "stardrill:progress-unreadable";
const UNREADABLE_SLOTS: usize = 5;

fn unreadable_key(slot: usize) -> String {
    if slot == 0 {
        UNREADABLE_KEY.to_string()
    } else {
        format!("{UNREADABLE_KEY}-{}", slot + 1)
    }
}

/// Keeps `raw` aside in the first free slot (or the one already holding this very text).
/// False when it could not be kept: then the original must not be overwritten either.
fn keep_aside(store: &web_sys::Storage, raw: &str) -> bool {
    for slot in 0..UNREADABLE_SLOTS {
        let key = unreadable_key(slot);
        match store.get_item(&key) {
            Ok(Some(kept)) if kept == raw => return true,
            Ok(Some(_)) => continue,
            Ok(None) => return store.set_item(&key, raw).is_ok(),
            Err(_) => return false,
        }
    }
    false
}

fn corrupt(kept_aside: bool, error: DecodeError) -> Health {
    let reason = match error {
        DecodeError::NotJson(_) => "not JSON".to_string(),
        other => other.to_string(),
    };
    Health::Corrupt { kept_aside, reason }
}

/// How saving stands. Everything but `Saved` shows one line on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Health {
    Saved,
    /// localStorage is missing or throws (privacy mode, sandboxed iframe, cookies blocked).
    Blocked,
    /// The quota is full: the last good save stays; what changed since is only in memory.
    Full,
    /// The saved data could not be read; it was kept aside under [`UNREADABLE_KEY`].
    Corrupt {
        kept_aside: bool,
        reason: String,
    },
    /// Saved by a newer stardrill: left untouched, this session runs in memory.
    Newer {
        version: u32,
    },
    /// Any other write error, with the browser's name for it.
    Failed(String),
}

impl Health {
    pub fn message(&self) -> Option<String> {
        match self {
            Health::Saved => None,
            Health::Blocked => Some(
                "Your browser blocks storage here, so progress lasts only until you close this page. Export it to keep it."
                    .into(),
            ),
            Health::Full => Some(
                "Storage is full: your latest progress is not saved. Export it now to keep it.".into(),
            ),
            Health::Corrupt { kept_aside: true, reason } => Some(format!(
                "Saved progress could not be read ({reason}). It was kept aside: download it from Progress. Starting fresh."
            )),
            Health::Corrupt { kept_aside: false, reason } => Some(format!(
                "Saved progress could not be read ({reason}) and could not be kept aside. Starting fresh in memory."
            )),
            Health::Newer { version } => Some(format!(
                "Your progress was saved by a newer version of stardrill (schema {version}). It is left untouched; this page works in memory."
            )),
            Health::Failed(name) => Some(format!(
                "Progress could not be saved ({name}). Export it to keep it."
            )),
        }
    }

    /// Whether this session may write the progress key at all.
    fn may_write(&self) -> bool {
        !matches!(
            self,
            Health::Blocked
                | Health::Newer { .. }
                | Health::Corrupt {
                    kept_aside: false,
                    ..
                }
        )
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` is a Result (SecurityError when blocked) holding an Option (null).
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved document at start-up.
pub fn load() -> (Progress, Health) {
    let Some(store) = local_storage() else {
        return (Progress::default(), Health::Blocked);
    };
    let raw = match store.get_item(PROGRESS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Progress::default(), Health::Saved),
        Err(_) => return (Progress::default(), Health::Blocked),
    };
    match decode(&raw, js_sys::Date::now()) {
        Ok(progress) => (progress, Health::Saved),
        Err(DecodeError::Newer { version }) => (Progress::default(), Health::Newer { version }),
        Err(e) => {
            // Keep the unreadable text aside, then start fresh. If it cannot be kept aside, it
            // stays where it is and this session does not write over it.
            let kept_aside = keep_aside(&store, &raw);
            if kept_aside {
                let _ = store.remove_item(PROGRESS_KEY);
            }
            (Progress::default(), corrupt(kept_aside, e))
        }
    }
}

/// One writer of the progress key (one app instance: a page, or one widget of several).
/// It remembers the text it last wrote: when the stored text still equals it, nobody else
/// (another tab, another widget) has saved since, and the merge, a parse of the whole
/// document, can be skipped. That keeps the save after each answer well inside one frame.
#[derive(Debug, Default)]
pub struct Writer {
    last_written: RefCell<Option<String>>,
}

/// Saves `local`, first merging what another tab or widget saved meanwhile, so neither side's
/// answers are lost. Returns the merged document (to show) and how saving went.
pub fn save(local: &Progress, health: &Health, writer: &Writer) -> (Progress, Health) {
    if !health.may_write() {
        return (local.clone(), health.clone());
    }
    let Some(store) = local_storage() else {
        return (local.clone(), Health::Blocked);
    };
    let unchanged_since_our_write =
        |raw: &str| writer.last_written.borrow().as_deref() == Some(raw);
    let mut health = health.clone();
    let merged = match store.get_item(PROGRESS_KEY) {
        Ok(Some(raw)) if unchanged_since_our_write(&raw) => local.clone(),
        Ok(Some(raw)) => match decode(&raw, js_sys::Date::now()) {
            Ok(stored) => merge(local, &stored),
            // Another tab with a newer stardrill wrote meanwhile: do not overwrite it.
            Err(DecodeError::Newer { version }) => {
                return (local.clone(), Health::Newer { version })
            }
            // Something unreadable was written meanwhile: keep it aside before writing ours,
            // or, if that fails, leave it alone.
            Err(e) => {
                if !keep_aside(&store, &raw) {
                    return (local.clone(), corrupt(false, e));
                }
                health = corrupt(true, e);
                local.clone()
            }
        },
        _ => local.clone(),
    };
    let text = encode(&merged);
    match store.set_item(PROGRESS_KEY, &text) {
        Ok(()) => {
            // Remember first: the announcement reaches this writer's own listener too.
            *writer.last_written.borrow_mut() = Some(text.clone());
            announce_saved(&text);
            // Saving works again, but unreadable data kept aside stays worth a line until the
            // page is reloaded: the learner may still want to download it.
            let health = match health {
                Health::Corrupt { .. } => health,
                _ => Health::Saved,
            };
            (merged, health)
        }
        Err(err) => {
            let name = err
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_else(|| "unknown error".into());
            let health = match name.as_str() {
                "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => Health::Full,
                "SecurityError" => Health::Blocked,
                _ => Health::Failed(name),
            };
            (merged, health)
        }
    }
}

/// The unreadable data kept aside by [`load`], for download.
/// The unreadable copies kept aside by [`load`] or [`save`], oldest first, for download.
pub fn unreadable() -> Vec<String> {
    let Some(store) = local_storage() else {
        return Vec::new();
    };
    (0..UNREADABLE_SLOTS)
        .filter_map(|slot| store.get_item(&unreadable_key(slot)).ok().flatten())
        .collect()
}

/// Forgets the unreadable copy once the learner has downloaded or dismissed it.
pub fn discard_unreadable() {
    if let Some(store) = local_storage() {
        for slot in 0..UNREADABLE_SLOTS {
            let _ = store.remove_item(&unreadable_key(slot));
        }
    }
}

/// The story editor's unsaved draft (one, whichever story it is in), written as the learner
/// types and removed once saved. A key of its own: a keystroke then costs one small write, not
/// the merge and encoding of the whole document a progress save does.
pub const STORY_DRAFT_KEY: &str = "stardrill:story-draft";

/// The author screen's text (`#/author`), kept so that a preview, Back or a reload does not lose
/// a deck being written. Plain text, not a document: its format is the deck schema's. A later
/// form of it would take a new key (hence the `-1`), leaving this one to the version that wrote it.
pub const AUTHOR_DRAFT_KEY: &str = "stardrill:author-draft-1";

/// A draft kept under `key`, if any (none when storage is blocked).
pub fn draft(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Keeps a draft's text under `key`, or forgets it (`None`). False when storage refused
/// (blocked, full): the draft then lives only in memory, and the screen says so.
pub fn keep_draft(key: &str, text: Option<&str>) -> bool {
    local_storage().is_some_and(|store| match text {
        Some(text) => store.set_item(key, text).is_ok(),
        None => store.remove_item(key).is_ok(),
    })
}

/// The deck link opened last in this tab (`#/deck/<payload>`), so that its study card and quiz
/// still find the deck after a reload (`ui::deck_restore`). Session storage: it lasts as long as
/// the tab, as the deck did in memory, and keeps no list of the decks friends sent.
pub const LINK_DECK_KEY: &str = "stardrill:deck-link";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps the payload of the deck link just opened (nothing when storage is blocked).
pub fn keep_link_deck(payload: &str) {
    if let Some(store) = session_storage() {
        let _ = store.set_item(LINK_DECK_KEY, payload);
    }
}

/// The payload `keep_link_deck` kept in this tab, if any.
pub fn link_deck() -> Option<String> {
    session_storage()?.get_item(LINK_DECK_KEY).ok().flatten()
}

/// The window event that tells the other widgets of this page that one of them saved (the
/// `storage` event only reaches other tabs). Its `detail` is the saved text.
const SAVED_HERE_EVENT: &str = "stardrill:progress-saved";

fn announce_saved(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from_str(text));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(SAVED_HERE_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls `on_change` with the document another writer saved: another tab (the `storage`
/// event) or another widget of this page. Keep the listeners alive as long as you want to hear.
pub fn on_save_elsewhere(
    writer: Rc<Writer>,
    on_change: impl Fn(Progress) + 'static,
) -> Vec<gloo_events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let on_change = Rc::new(on_change);
    let other_tab = {
        let on_change = on_change.clone();
        gloo_events::EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if event.key().as_deref() != Some(PROGRESS_KEY) {
                return;
            }
            if let Some(Ok(progress)) = event
                .new_value()
                .map(|raw| decode(&raw, js_sys::Date::now()))
            {
                on_change(progress);
            }
        })
    };
    let same_page = gloo_events::EventListener::new(&window, SAVED_HERE_EVENT, move |event| {
        let Some(text) = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|e| e.detail().as_string())
        else {
            return;
        };
        if writer.last_written.borrow().as_deref() == Some(text.as_str()) {
            return; // our own save
        }
        if let Ok(progress) = decode(&text, js_sys::Date::now()) {
            on_change(progress);
        }
    });
    vec![other_tab, same_page]
}
