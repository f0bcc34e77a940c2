//! `#/checklist/<id>`: tick what you can do ("k of n"), or, for a `story` checklist, score one
//! of your own stories against the rubric and keep the score with a title and a date.

use super::field::input_value;
use super::hooks::use_confirm_twice;
use super::not_found::not_found;
use super::store::{now, use_store};
use crate::bank;
use crate::model::{Checklist, ChecklistItem, ChecklistKind};
use crate::progress::stats::checklist_done;
use crate::progress::{Change, StoryScore};
use crate::sorted_map::SortedMap;
use yew::prelude::*;

/// The screen of checklist `id`. A function, not a component: the state is in `Ticks` and
/// `StoryScorer` (each component type costs about 1 KB of Yew's code).
/// `embedded`: see `not_found`.
pub fn checklist_screen(id: &str, embedded: bool) -> Html {
    let Some(list) = bank::catalog().checklist(id) else {
        return not_found(&format!("checklist called “{id}”"), embedded);
    };
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ &list.title }</h1>
            <p class="sd-lead">{ &list.summary }</p>
            if list.kind == ChecklistKind::Story {
                <StoryScorer id={list.id.clone()} />
            } else {
                <Ticks id={list.id.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ListProps {
    id: AttrValue,
}

fn checklist(id: &str) -> Option<&'static Checklist> {
    bank::catalog().checklist(id)
}

#[component]
fn Ticks(props: &ListProps) -> Html {
    let store = use_store();
    let confirming = use_confirm_twice();
    let (Some(store), Some(list)) = (store, checklist(&props.id)) else {
        return Html::default();
    };
    let done = checklist_done(&store.progress, list);
    let items = list.items.iter().map(|item| {
        let checked = store.progress.is_ticked(&list.id, &item.id);
        let onchange = {
            let store = store.clone();
            let (checklist, id) = (list.id.clone(), item.id.clone());
            Callback::from(move |_| {
                store.dispatch(Change::Tick {
                    checklist: checklist.clone(),
                    item: id.clone(),
                    on: !checked,
                })
            })
        };
        check_item(item, checked, onchange)
    });
    let reset = {
        let store = store.clone();
        let confirming = confirming.clone();
        let id = list.id.clone();
        Callback::from(move |_| {
            if confirming.confirm() {
                store.dispatch(Change::ResetChecklist {
                    checklist: id.clone(),
                });
            }
        })
    };
    html! {
        <>
            <p class="sd-count" aria-live="polite">{ format!("{done} of {} done", list.items.len()) }</p>
            <ul class="sd-checklist">{ for items }</ul>
            <button type="button" class="sd-button" onclick={reset}
                onblur={confirming.onblur()} onkeydown={confirming.onkeydown()}>
                { confirming.label("Reset this checklist", "Really untick everything? Press again") }
            </button>
        </>
    }
}

#[component]
fn StoryScorer(props: &ListProps) -> Html {
    let store = use_store();
    let title = use_state(String::new);
    let title_ref = use_node_ref();
    let ticks = use_state(SortedMap::<bool>::new);
    // The saved story being edited (reopened from the list), or `None` for a new one.
    let editing = use_state(|| None::<String>);
    let message = use_state(String::new);
    let (Some(store), Some(list)) = (store, checklist(&props.id)) else {
        return Html::default();
    };
    let present = ticks.values().filter(|v| **v).count();
    let items = list.items.iter().map(|item| {
        let checked = ticks.get(&item.id).copied().unwrap_or(false);
        let onchange = {
            let ticks = ticks.clone();
            let id = item.id.clone();
            Callback::from(move |_| {
                let mut next = (*ticks).clone();
                next.insert(id.clone(), !checked);
                ticks.set(next);
            })
        };
        check_item(item, checked, onchange)
    });
    let on_title = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| title.set(input_value(&e)))
    };
    // Enter in the title goes on to the ticks instead of saving a score with none of them.
    let on_title_key = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            crate::ui::hooks::focus_later(e.target(), "form", vec!["input[type=checkbox]".into()]);
        }
    });
    let save = {
        let store = store.clone();
        let (title, ticks, message, editing) = (
            title.clone(),
            ticks.clone(),
            message.clone(),
            editing.clone(),
        );
        let checklist = list.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = title.trim().to_string();
            if name.is_empty() {
                message.set("Give the story a title first.".into());
                return;
            }
            if !ticks.values().any(|v| *v) {
                message.set("Tick what your story does first: nothing is ticked yet.".into());
                return;
            }
            let at = now();
            store.dispatch(Change::SaveStory(StoryScore {
                id: (*editing)
                    .clone()
                    .unwrap_or_else(|| format!("story-{}", at as u64)),
                checklist: checklist.clone(),
                title: name.clone(),
                at,
                items: (*ticks).clone(),
                deleted: false,
            }));
            message.set(format!("Saved “{name}”."));
            title.set(String::new());
            ticks.set(SortedMap::new());
            editing.set(None);
        })
    };
    let unsaved = !title.trim().is_empty() || ticks.values().any(|v| *v);
    let saved = store.progress.live_stories().filter(|s| s.checklist == list.id).map(|s| {
        let n = s.items.values().filter(|v| **v).count();
        let delete = {
            let store = store.clone();
            let id = s.id.clone();
            let title_ref = title_ref.clone();
            let (editing, title, ticks) = (editing.clone(), title.clone(), ticks.clone());
            Callback::from(move |_| {
                store.dispatch(Change::DeleteStory { id: id.clone() });
                // Deleting the story being edited: "Save changes" must not bring it back.
                if editing.as_deref() == Some(id.as_str()) {
                    editing.set(None);
                    title.set(String::new());
                    ticks.set(SortedMap::new());
                }
                // The row (and its button) goes away: continue from the form's first field.
                if let Some(input) = title_ref.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
            })
        };
        let reopen = {
            let (title, ticks, editing, message) =
                (title.clone(), ticks.clone(), editing.clone(), message.clone());
            let (title_ref, story) = (title_ref.clone(), s.clone());
            Callback::from(move |_| {
                title.set(story.title.clone());
                ticks.set(story.items.clone());
                editing.set(Some(story.id.clone()));
                message.set(format!("Editing “{}”: change the ticks, then save.", story.title));
                if let Some(input) = title_ref.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
            })
        };
        html! {
            <li key={s.id.clone()}>
                { format!("{} — {n} of {} · {}", s.title, list.items.len(), date(s.at)) }
                <button type="button" class="sd-link-button" onclick={reopen} aria-label={format!("Open “{}”", s.title)}>{ "Open" }</button>
                <button type="button" class="sd-link-button" onclick={delete} aria-label={format!("Delete “{}”", s.title)}>{ "Delete" }</button>
            </li>
        }
    });
    let saved: Vec<Html> = saved.collect();
    html! {
        <form class="sd-card" onsubmit={save} aria-label="Score a story">
            <label class="sd-field">{ "Story title " }
                <input type="text" value={(*title).clone()} oninput={on_title} onkeydown={on_title_key} maxlength="120" ref={title_ref.clone()} />
            </label>
            <p class="sd-muted">{ "Tick what your story does." }</p>
            <ul class="sd-checklist">{ for items }</ul>
            <p class="sd-count" aria-live="polite">{ format!("{present} of {} ticked", list.items.len()) }</p>
            <button type="submit" class="sd-button sd-primary">
                { if editing.is_some() { "Save changes" } else { "Save this score" } }
            </button>
            if unsaved {
                <p class="sd-muted">{ "Not saved yet: a reload or leaving this page loses these ticks." }</p>
            }
            <p role="status">{ (*message).clone() }</p>
            if !saved.is_empty() {
                <h2>{ "Your scored stories" }</h2>
                <ul class="sd-list">{ for saved }</ul>
            }
        </form>
    }
}

/// One checklist item as a labelled checkbox.
fn check_item(item: &ChecklistItem, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <li key={item.id.clone()}>
            <label class="sd-check"><input type="checkbox" {checked} {onchange} />{ &item.text }</label>
        </li>
    }
}

/// `YYYY-MM-DD` of a timestamp, in the learner's time zone.
pub fn date(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
