//! `#/progress`: per-deck scores and trend, checklist completion, history; export, import
//! (merge or replace) and reset all.

use super::checklist::date;
use super::hooks::{use_confirm_twice, use_focus_when};
use super::link::Link;
use super::router::{use_nav, Mode};
use super::store::use_store;
use super::text::count;
use crate::bank;
use crate::progress::document::MAX_FINISHED_ATTEMPTS;
use crate::progress::stats::{checklist_done, deck_stats};
use crate::progress::{decode, encode, Change, Progress};
use crate::route::Route;
use crate::{pwa, storage};
use yew::prelude::*;

/// Larger files are refused before reading: a full history is a few hundred KB.
pub const IMPORT_MAX_BYTES: f64 = 2_000_000.0;

/// A tiny line chart of the last scores (0–100), drawn as SVG.
fn trend(scores: &[u32], label: String) -> Html {
    if scores.len() < 2 {
        return Html::default();
    }
    // Integer coordinates in a 120×32 box (no float formatting in the wasm).
    let last = scores.len() - 1;
    let points: Vec<String> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{},{}", i * 120 / last, 30 - (*s).min(100) * 28 / 100))
        .collect();
    html! {
        <svg class="sd-trend" viewBox="0 0 120 32" width="120" height="32" role="img" aria-label={label}>
            <polyline points={points.join(" ")} fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
    }
}

fn download(name: &str, text: &str) -> Result<(), ()> {
    super::files::text_blob(text, "application/json")
        .and_then(|blob| super::files::download_blob(name, &blob))
        .ok_or(())
}

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Refused(String),
    Ready { name: String, progress: Progress },
    Done(String),
}

fn describe(p: &Progress) -> String {
    let ticks: usize = p
        .checklists
        .values()
        .map(|c| c.values().filter(|t| t.on).count())
        .sum();
    format!(
        "{}, {}, {} and {}",
        count(p.attempts.len(), "quiz attempt", "quiz attempts"),
        count(ticks, "checklist tick", "checklist ticks"),
        count(p.live_stories().count(), "scored story", "scored stories"),
        count(p.live_bank_stories().count(), "bank story", "bank stories")
    )
}

fn finished_count(p: &Progress) -> usize {
    p.attempts.iter().filter(|a| a.is_finished()).count()
}

#[component]
pub fn ProgressView() -> Html {
    let store = use_store();
    let import = use_state(|| ImportState::Idle);
    let confirm_reset = use_confirm_twice();
    let confirm_replace = use_confirm_twice();
    // When a file is ready to import, its summary takes focus so the choice is announced.
    let import_ref = use_node_ref();
    use_focus_when(
        matches!(*import, ImportState::Ready { .. }),
        import_ref.clone(),
    );
    // After an import, its outcome takes focus (and comes into view) so it is read out.
    let done_ref = use_node_ref();
    use_focus_when(matches!(*import, ImportState::Done(_)), done_ref.clone());
    let unreadable = use_state(storage::unreadable);
    let nav = use_nav();
    let kept = use_kept();
    let Some(store) = store else {
        return Html::default();
    };
    let bank = bank::catalog();
    let progress = &store.progress;

    let stats: Vec<_> = bank
        .decks
        .iter()
        .map(|deck| (deck, deck_stats(progress, &deck.id)))
        .collect();
    // The trend column only once a deck has two scores to draw: an empty column is noise, and
    // on a 320 px phone its heading was cut to "Tr".
    let show_trend = stats.iter().any(|(_, s)| s.recent.len() >= 2);
    let decks = stats.iter().map(|(deck, stats)| {
        let percent = |s: Option<u32>| s.map_or("–".to_string(), |s| format!("{s}%"));
        let (last, best, recent) = (percent(stats.last), percent(stats.best), stats.recent.clone());
        let label = format!("Trend of the last {} scores: {}", recent.len(),
            recent.iter().map(|s| format!("{s}%")).collect::<Vec<_>>().join(", "));
        html! {
            <tr key={deck.id.clone()}>
                <th scope="row"><Link to={Route::Learn { deck: deck.id.clone(), section: None }}>{ &deck.title }</Link></th>
                <td>{ format!("{} of {}", stats.seen, deck.questions) }</td>
                <td>{ last }</td>
                <td>{ best }</td>
                if show_trend { <td>{ trend(&recent, label) }</td> }
            </tr>
        }
    });
    let checklists = bank.checklists.iter().map(|c| {
        let done = checklist_done(progress, c);
        html! {
            <li key={c.id.clone()}>
                <Link to={Route::Checklist { id: c.id.clone() }}>{ &c.title }</Link>
                { format!(": {done} of {}", c.items.len()) }
            </li>
        }
    });
    let history = progress
        .attempts
        .iter()
        .rev()
        .filter(|a| a.is_finished())
        .take(50)
        .map(|a| {
            let title = bank::title_of(&a.deck);
            html! {
                <tr key={a.id.clone()}>
                    <td>{ date(a.finished_at.unwrap_or(a.started_at)) }</td>
                    <td>{ title }</td>
                    <td>{ count(a.items.len(), "question", "questions") }</td>
                    <td>{ format!("{}%", a.percent()) }</td>
                </tr>
            }
        });
    let history: Vec<Html> = history.collect();

    let export = {
        let text = encode(progress);
        Callback::from(move |_| {
            let name = format!("stardrill-progress-{}.json", date(js_sys::Date::now()));
            let _ = download(&name, &text);
        })
    };
    let on_file = {
        let import = import.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            if file.size() > IMPORT_MAX_BYTES {
                import.set(ImportState::Refused(format!(
                    "“{name}” is {} KB; the limit is {} KB. Your progress is unchanged.",
                    (file.size() / 1000.0).ceil() as u64,
                    IMPORT_MAX_BYTES as u64 / 1000
                )));
                return;
            }
            let import = import.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let state = match text.ok().and_then(|t| t.as_string()) {
                    None => ImportState::Refused(format!(
                        "“{name}” could not be read. Your progress is unchanged."
                    )),
                    Some(text) => match decode(&text, js_sys::Date::now()) {
                        Ok(progress) => ImportState::Ready { name, progress },
                        Err(e) => ImportState::Refused(format!(
                            "“{name}” was refused: {e}. Your progress is unchanged."
                        )),
                    },
                };
                import.set(state);
            });
        })
    };
    let apply_import = |replace: bool| {
        let store = store.clone();
        let import = import.clone();
        let confirm_replace = confirm_replace.clone();
        Callback::from(move |_| {
            // Replacing forgets what is here: it asks once more, like "Reset all".
            if replace && !confirm_replace.confirm() {
                return;
            }
            confirm_replace.disarm();
            if let ImportState::Ready { name, progress } = &*import {
                store.dispatch(Change::Import {
                    progress: progress.clone(),
                    replace,
                });
                import.set(ImportState::Done(format!(
                    "Imported “{name}” ({}).",
                    if replace { "replaced" } else { "merged" }
                )));
            }
        })
    };
    let import_panel = match &*import {
        ImportState::Idle => Html::default(),
        ImportState::Refused(msg) => html! { <p class="sd-error" role="alert">{ msg }</p> },
        ImportState::Done(msg) => {
            html! { <p role="status" tabindex="-1" ref={done_ref.clone()}>{ msg }</p> }
        }
        ImportState::Ready { name, progress: p } => html! {
            <div class="sd-card" role="group" aria-label="Import" tabindex="-1" ref={import_ref.clone()}>
                <p>{ format!("“{name}” holds {}.", describe(p)) }</p>
                <p>{ format!("You have {} now.", describe(progress)) }</p>
                if finished_count(p) + finished_count(progress) > MAX_FINISHED_ATTEMPTS {
                    <p>{ format!("Only the newest {MAX_FINISHED_ATTEMPTS} finished quizzes are kept when merging.") }</p>
                }
                <p class="sd-actions">
                    <button type="button" class="sd-button sd-primary" onclick={apply_import(false)}>{ "Merge into my progress" }</button>
                    <button type="button" class="sd-button" onclick={apply_import(true)}
                        onblur={confirm_replace.onblur()} onkeydown={confirm_replace.onkeydown()}>
                        { confirm_replace.label("Replace my progress", "Really replace everything? Press again") }
                    </button>
                    <button type="button" class="sd-button" onclick={{ let i = import.clone(); Callback::from(move |_| i.set(ImportState::Idle)) }}>{ "Cancel" }</button>
                </p>
            </div>
        },
    };
    let reset = {
        let store = store.clone();
        let confirm = confirm_reset.clone();
        Callback::from(move |_| {
            if confirm.confirm() {
                store.dispatch(Change::ResetAll);
                // "All" includes the story being written but not yet saved.
                storage::keep_draft(storage::STORY_DRAFT_KEY, None);
            }
        })
    };
    let unreadable_panel = (!unreadable.is_empty()).then(|| {
        let copies = unreadable.len();
        let downloads = unreadable.iter().enumerate().map(|(i, raw)| {
            let raw = raw.clone();
            let get = Callback::from(move |_| {
                let _ = download(&format!("stardrill-unreadable-progress-{}.txt", i + 1), &raw);
            });
            let label = if copies == 1 {
                "Download the unreadable data".to_string()
            } else {
                format!("Download unreadable copy {}", i + 1)
            };
            html! { <button type="button" class="sd-button" onclick={get}>{ label }</button> }
        });
        let discard = {
            let unreadable = unreadable.clone();
            Callback::from(move |_| {
                storage::discard_unreadable();
                unreadable.set(Vec::new());
            })
        };
        html! {
            <div class="sd-card">
                <p>{ "Earlier saved data could not be read and was kept aside." }</p>
                <p class="sd-actions">
                    { for downloads }
                    <button type="button" class="sd-button" onclick={discard}>{ "Discard it" }</button>
                </p>
            </div>
        }
    });

    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "Your progress" }</h1>
            <div class="sd-scroll"><table class="sd-table">
                <caption>{ "Decks" }</caption>
                <thead><tr>
                    <th scope="col">{ "Deck" }</th><th scope="col">{ "Questions seen" }</th>
                    <th scope="col">{ "Last" }</th><th scope="col">{ "Best" }</th>
                    if show_trend { <th scope="col">{ "Trend" }</th> }
                </tr></thead>
                <tbody>{ for decks }</tbody>
            </table></div>
            <h2>{ "Checklists" }</h2>
            <ul class="sd-list">{ for checklists }</ul>
            <h2>{ "History" }</h2>
            if history.is_empty() {
                <p>{ "No finished quiz yet." }</p>
            } else {
                <div class="sd-scroll"><table class="sd-table">
                    <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Deck" }</th><th scope="col">{ "Quiz" }</th><th scope="col">{ "Score" }</th></tr></thead>
                    <tbody>{ for history }</tbody>
                </table></div>
            }
            <h2>{ "Keep or move your progress" }</h2>
            { for unreadable_panel }
            <p class="sd-actions">
                <button type="button" class="sd-button" onclick={export}>{ "Export progress (JSON)" }</button>
                <label class="sd-button sd-file">{ "Import a progress file" }
                    <input type="file" accept="application/json,.json" onchange={on_file} />
                </label>
                <button type="button" class="sd-button sd-danger" onclick={reset}
                    onblur={confirm_reset.onblur()} onkeydown={confirm_reset.onkeydown()}>
                    { confirm_reset.label("Reset all progress", "Really delete all progress? Press again") }
                </button>
            </p>
            { import_panel }
            { offline_section(nav.as_ref().is_none_or(|n| n.mode == Mode::Page), nav.and_then(|n| n.app_url), kept) }
        </section>
    }
}

/// What the browser said about keeping this origin's storage.
#[derive(Clone, Copy, PartialEq)]
enum Kept {
    Unknown,
    Yes,
    No,
    Refused,
}

/// Reads whether the browser keeps this origin's storage: it asks nothing of the learner
/// (`persist()` waits for the click).
#[hook]
fn use_kept() -> UseStateHandle<Kept> {
    let kept = use_state(|| Kept::Unknown);
    {
        let kept = kept.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match pwa::persisted().await {
                    Some(true) => kept.set(Kept::Yes),
                    Some(false) => kept.set(Kept::No),
                    None => {}
                }
            });
        });
    }
    kept
}

/// "Practise offline": persistent storage, the single-file download and the build's version.
/// `page`: the standalone page (or the single file); otherwise a widget, offered its app.
/// A plain function, not a component: measured, a component of its own costs more wasm.
fn offline_section(page: bool, app_url: Option<AttrValue>, kept: UseStateHandle<Kept>) -> Html {
    if !page {
        return match &app_url {
            Some(app) => html! {
                <>
                    <h2>{ "Practise offline" }</h2>
                    <p>
                        <a href={app.clone()} target="_blank" rel="noopener">{ "Practise offline" }</a>
                        { " in the stardrill app: once opened, it works without a network." }
                    </p>
                </>
            },
            None => Html::default(),
        };
    }
    let keep = {
        let kept = kept.clone();
        Callback::from(move |_| {
            let kept = kept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match pwa::persist().await {
                    Some(true) => kept.set(Kept::Yes),
                    Some(false) => kept.set(Kept::Refused),
                    None => {}
                }
            });
        })
    };
    let said = match *kept {
        Kept::Unknown => None,
        Kept::Yes => {
            Some("Your browser keeps this progress: it will not delete it to free up space.")
        }
        Kept::No => Some("Your browser may delete this progress when space runs low."),
        Kept::Refused => {
            Some("Your browser said no for now. Export your progress now and then to keep a copy.")
        }
    };
    html! {
        <>
            <h2>{ "Practise offline" }</h2>
            if *kept != Kept::Unknown {
                <p class="sd-actions">
                    if *kept != Kept::Yes {
                        <button type="button" class="sd-button" onclick={keep}>{ "Keep my progress safe" }</button>
                    }
                    <span role="status">{ said }</span>
                </p>
            }
            if !pwa::from_disk() {
                <p>
                    <a href="stardrill-offline.html" download="stardrill-offline.html">{ "Download for offline use" }</a>
                    { ": one HTML file with every deck. Open it from your disk, with no network. Its progress is kept by this browser for files on your disk, apart from this page's." }
                </p>
            }
            if let Some(id) = pwa::build_id() {
                <footer class="sd-version">{ format!("Version {id}") }</footer>
            }
        </>
    }
}
