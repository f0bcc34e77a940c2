//! `#/author`: a blog author pastes a deck as JSON and sees at once whether it is ready, with
//! every problem by question id and field (the widget's checker and wording); a ready deck can
//! be previewed as a quiz, embedded (a snippet to paste into a post) or sent as a link
//! (`#/deck/<payload>`, compressed by the browser). The text is kept in memory and in this
//! browser's storage (`storage::AUTHOR_DRAFT_KEY`), so a preview, Back or a reload returns to
//! it; nothing is sent anywhere.

use super::compression;
use super::field::textarea_value;
use super::files;
use super::router::{use_nav, Nav};
use super::share::browser::copy_text;
use super::share::use_app_address;
use super::text::count;
use crate::bank;
use crate::link::deck_link::{embed_snippet, payload_of, too_long_message};
use crate::link::share_url::{absolute, shareable};
use crate::model::custom::{self, compact_json, problem_lines};
use crate::route::{QuizQuery, Route};
use crate::storage;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// The author's text while the page lives: storage may be blocked or full, and a preview's
    /// way back must still find it.
    static TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The id of the deck last previewed: its quiz offers "Back to editing".
    static PREVIEWED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Whether `deck` is the one the author screen previews (its screens lead back to the text).
pub fn previewing(deck: &str) -> bool {
    PREVIEWED.with(|p| *p.borrow() == deck)
}

fn remember_preview(deck: &str) {
    PREVIEWED.with(|p| deck.clone_into(&mut p.borrow_mut()));
}

/// After a reload of a preview's quiz or study card: the deck `id` again, from the author's kept
/// text, if that text is still the deck (`deck_restore`). True when it is in memory again.
pub fn restore_preview(id: &str) -> bool {
    let Some(text) = storage::draft(storage::AUTHOR_DRAFT_KEY) else {
        return false;
    };
    match custom::checked_custom_deck(&text, bank::catalog()) {
        Ok(deck) if deck.id == id => {
            bank::keep(deck);
            remember_preview(id);
            true
        }
        _ => false,
    }
}

/// The pasted text and what the checker said of it (`None` while the field is empty).
#[derive(Default)]
struct Draft {
    text: Rc<str>,
    checked: Option<Result<Ready, Rc<[String]>>>,
    /// Storage refused the text: it lasts only as long as this page.
    unkept: bool,
}

/// What the screen shows of a ready deck. Not the deck itself: "Preview" checks the text again
/// and keeps that deck, which spares the wasm the `Clone` code of every content type.
#[derive(Clone, PartialEq)]
struct Ready {
    id: AttrValue,
    title: AttrValue,
    questions: usize,
}

impl Draft {
    fn of(text: String) -> Draft {
        let checked = (!text.trim().is_empty()).then(|| {
            custom::check_custom_deck(&text, bank::catalog())
                .map(|deck| Ready {
                    questions: deck.questions.len(),
                    id: deck.id.into(),
                    title: deck.title.into(),
                })
                .map_err(|problems| problem_lines(&text, &problems).into())
        });
        Draft {
            text: text.into(),
            checked,
            unkept: false,
        }
    }
}

/// What "Make a link" gave.
#[derive(Clone, PartialEq)]
enum Made {
    Link(String),
    /// Over a cap, or a browser that cannot compress: why, and the JSON file is offered instead.
    Refused(String),
}

#[component]
pub fn AuthorScreen() -> Html {
    let nav = use_nav();
    let app = use_app_address();
    let draft = use_state(|| {
        Draft::of(
            TEXT.with(|t| t.borrow().clone())
                .or_else(|| storage::draft(storage::AUTHOR_DRAFT_KEY))
                .unwrap_or_default(),
        )
    });
    // The link made, and the text it was made for: a link of an older text is not shown.
    let made = use_state(|| None::<(Rc<str>, Made)>);
    // The last Copy: what it copied and whether the clipboard took it.
    let copied = use_state(|| None::<(AttrValue, bool)>);
    let (snippet_ref, link_ref) = (use_node_ref(), use_node_ref());
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let text = textarea_value(&e);
            // An empty field forgets the kept text.
            let kept = (!text.is_empty()).then_some(text.as_str());
            let unkept = !storage::keep_draft(storage::AUTHOR_DRAFT_KEY, kept);
            TEXT.with(|t| *t.borrow_mut() = Some(text.clone()));
            draft.set(Draft {
                unkept,
                ..Draft::of(text)
            });
        })
    };
    let (status, problems) = match &draft.checked {
        None => ("Paste a deck to check it.".to_string(), None),
        Some(Ok(_)) => ("Ready to publish".to_string(), None),
        Some(Err(problems)) => (
            count(problems.len(), "problem", "problems"),
            Some(problems.clone()),
        ),
    };
    let ready = matches!(draft.checked, Some(Ok(_)));
    let publish = match &draft.checked {
        Some(Ok(deck)) => {
            let copy = |value: String, field: &NodeRef| {
                let (copied, field) = (copied.clone(), field.clone());
                let value = AttrValue::from(value);
                let line = match &*copied {
                    Some((v, true)) if *v == value => "Copied",
                    Some((v, false)) if *v == value => {
                        "The browser refused the clipboard: the text is selected, copy it with your keyboard."
                    }
                    _ => "",
                };
                let onclick = {
                    let value = value.clone();
                    Callback::from(move |_: MouseEvent| {
                        let (copied, field, value) = (copied.clone(), field.clone(), value.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            let ok = copy_text(&value).await;
                            if !ok {
                                select(&field);
                            }
                            copied.set(Some((value, ok)));
                        });
                    })
                };
                (value, line, onclick)
            };
            let parts = Parts {
                nav: nav.clone(),
                app: app.clone(),
                made: made.clone(),
                text: draft.text.clone(),
            };
            let shown = made
                .as_ref()
                .filter(|(text, _)| *text == draft.text)
                .map(|(_, made)| made.clone());
            let questions = count(deck.questions, "question", "questions");
            html! {
                <div class="sd-publish">
                    <div class="sd-card">
                        <h2>{ "Try it" }</h2>
                        <p>{ format!("“{}”: {questions}.", deck.title) }</p>
                        <button type="button" class="sd-primary" onclick={parts.preview()}>{ "Preview as a quiz" }</button>
                    </div>
                    if let Some(app) = &app {
                        <div class="sd-card">
                            <h2>{ "Put it in your blog" }</h2>
                            <p>{ "Paste this where the quiz should appear; the deck travels inside the page." }</p>
                            { copy_field("Embed snippet", "Copy the snippet", true, &snippet_ref,
                                copy(embed_snippet(&deck.id, &compact_json(&draft.text), app), &snippet_ref)) }
                        </div>
                        <div class="sd-card">
                            <h2>{ "Send it as a link" }</h2>
                            <p>{ "The whole deck travels in the link: nothing is uploaded." }</p>
                            <button type="button" onclick={parts.make_link()}>{ "Make a link" }</button>
                            { match shown {
                                None => Html::default(),
                                Some(Made::Link(link)) => copy_field("Link to your deck", "Copy the link", false,
                                    &link_ref, copy(link, &link_ref)),
                                Some(Made::Refused(why)) => html! {
                                    <>
                                        <p role="alert">{ why }</p>
                                        <button type="button" onclick={parts.download(&deck.id)}>{ "Download the JSON file" }</button>
                                    </>
                                },
                            } }
                        </div>
                    } else {
                        <p class="sd-card">{ "Open stardrill from its web address (not a file on this device) to get an embed snippet and a link." }</p>
                    }
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <section class="sd-screen sd-author">
            <h1 tabindex="-1">{ "Author a deck" }</h1>
            <p class="sd-lead">{ "Write your own questions in the same format as stardrill's decks (the section “Author your own deck” of README.md, the guide that comes with stardrill's code), paste them here, and publish them in your blog or as a link. Your text is kept in this browser until you empty the field; nothing you paste leaves it." }</p>
            <label class="sd-field">{ "Your deck as JSON" }
                <textarea class="sd-author-json" rows="12" spellcheck="false" autocomplete="off"
                    value={draft.text.to_string()} {oninput} />
            </label>
            if draft.unkept {
                <p>{ "This browser does not keep your text (its storage is blocked or full): copy it somewhere before you close this page." }</p>
            }
            <p class={classes!("sd-author-status", ready.then_some("sd-ready"))}
                role="status" aria-live="polite">{ status }</p>
            if let Some(problems) = problems {
                <ul class="sd-problems" aria-label="Problems in your deck">
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
            { publish }
        </section>
    }
}

/// What the publishing buttons act on. Plain functions, not components: each component costs
/// the wasm its own copy of Yew's lifecycle code.
struct Parts {
    nav: Option<Nav>,
    app: Option<String>,
    made: UseStateHandle<Option<(Rc<str>, Made)>>,
    text: Rc<str>,
}

impl Parts {
    /// Keeps the deck (checked again: the screen holds only its text) and opens its quiz.
    fn preview(&self) -> Callback<MouseEvent> {
        let (text, nav) = (self.text.clone(), self.nav.clone());
        Callback::from(move |_: MouseEvent| {
            let Ok(deck) = custom::checked_custom_deck(&text, bank::catalog()) else {
                return;
            };
            let kept = bank::keep(deck);
            remember_preview(&kept.id);
            if let Some(nav) = &nav {
                nav.go.emit(Route::Quiz {
                    deck: kept.id.clone(),
                    options: QuizQuery::default(),
                });
            }
        })
    }

    /// The deck's compact JSON, deflate-raw by the browser, framed, as a link to this app.
    fn make_link(&self) -> Callback<MouseEvent> {
        let (made, text, app) = (self.made.clone(), self.text.clone(), self.app.clone());
        Callback::from(move |_: MouseEvent| {
            let (made, text, app) = (made.clone(), text.clone(), app.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match compression::deflate_raw(compact_json(&text).as_bytes()).await {
                    None => Made::Refused(
                        "This browser cannot compress a deck for a link (it has no CompressionStream).".into(),
                    ),
                    Some(bytes) => match payload_of(&bytes) {
                        Err(length) => Made::Refused(too_long_message(length)),
                        Ok(payload) => {
                            let link = absolute(
                                app.as_deref().unwrap_or_default(),
                                &Route::DeckLink { payload },
                            );
                            match shareable(link) {
                                Ok(link) => Made::Link(link),
                                Err(why) => Made::Refused(why),
                            }
                        }
                    },
                };
                made.set(Some((text, result)));
            });
        })
    }

    /// The pasted text as `<deck id>.json`.
    fn download(&self, id: &str) -> Callback<MouseEvent> {
        let (text, name) = (self.text.clone(), format!("{id}.json"));
        Callback::from(move |_: MouseEvent| {
            if let Some(blob) = files::text_blob(&text, "application/json") {
                let _ = files::download_blob(&name, &blob);
            }
        })
    }
}

/// A read-only field with a Copy button and its status line; when the clipboard is refused,
/// the text is selected to copy by hand. `copy`: the value, the status line, the click.
fn copy_field(
    label: &'static str,
    button: &'static str,
    multiline: bool,
    field: &NodeRef,
    (value, line, onclick): (AttrValue, &'static str, Callback<MouseEvent>),
) -> Html {
    html! {
        <div class="sd-copy">
            <label class="sd-field">{ label }
                if multiline {
                    <textarea readonly=true rows="6" spellcheck="false" {value} ref={field.clone()} />
                } else {
                    <input type="text" readonly=true {value} ref={field.clone()} />
                }
            </label>
            <p class="sd-actions">
                <button type="button" {onclick}>{ button }</button>
                <span class="sd-share-status" role="status">{ line }</span>
            </p>
        </div>
    }
}

fn select(field: &NodeRef) {
    if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    } else if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}
