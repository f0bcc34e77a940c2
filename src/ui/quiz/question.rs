//! One question: the answer controls for its type, then the feedback. Keyboard-first: number
//! keys pick, Enter checks and goes on, arrow keys reorder, matching uses native selects.

use super::feedback::Feedback;
use crate::bank;
use crate::model::{Question, QuestionType};
use crate::progress::Change;
use crate::quiz::{Attempt, Rating, Response};
use crate::ui::router::{use_nav, Mode};
use crate::ui::store::use_store;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    pub attempt: Attempt,
    pub index: usize,
    /// False for a fresh attempt shown before its first answer: answering saves it first.
    pub saved: bool,
}

/// What the learner has chosen so far, before checking.
#[derive(Debug, Clone, PartialEq, Default)]
struct Draft {
    picks: Vec<String>,
    truth: Option<bool>,
    order: Vec<String>,
    matches: Vec<(String, String)>,
    revealed: bool,
    /// Said by a live region after a step moves ("… moved to position 2 of 4").
    moved_message: String,
}

impl Draft {
    fn response(&self, q: &Question) -> Option<Response> {
        match q.kind {
            QuestionType::Multi => {
                (!self.picks.is_empty()).then(|| Response::Picks(self.picks.clone()))
            }
            QuestionType::TrueFalse => self.truth.map(Response::Bool),
            QuestionType::Order => Some(Response::Order(self.order.clone())),
            QuestionType::Match => (self.matches.len() == q.pairs.len()
                && self.matches.iter().all(|(_, r)| !r.is_empty()))
            .then(|| Response::Match(self.matches.clone())),
            QuestionType::Flashcard => None,
            _ => self.picks.first().cloned().map(Response::Pick),
        }
    }
}

fn text_of<'a>(q: &'a Question, id: &str) -> &'a str {
    match q.kind {
        QuestionType::Order => q.steps.iter().find(|s| s.id == id).map(|s| s.text.as_str()),
        QuestionType::Match => q
            .pairs
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.right.as_str()),
        _ => q
            .choices
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.text.as_str()),
    }
    .unwrap_or("")
}

#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let store = use_store();
    let page_mode = use_nav().is_some_and(|n| n.mode == Mode::Page);
    let item = props.attempt.items.get(props.index).cloned();
    let found = item
        .as_ref()
        .and_then(|i| bank::bank().ok()?.question(&i.question));
    let order0 = item.as_ref().map(|i| i.order.clone()).unwrap_or_default();
    let draft = use_state(|| Draft {
        order: order0,
        ..Draft::default()
    });
    let prompt_ref = use_node_ref();
    let feedback_ref = use_node_ref();
    let answered = item.as_ref().is_some_and(|i| i.is_answered());

    // Focus: the prompt when a question appears, so number keys and Enter work at once; the
    // feedback once answered. A widget does not take focus from its host page on load.
    {
        let prompt_ref = prompt_ref.clone();
        let feedback_ref = feedback_ref.clone();
        let index = props.index;
        use_effect_with(answered, move |answered| {
            let target = if *answered { feedback_ref } else { prompt_ref };
            if *answered || index > 0 || page_mode {
                let Some(el) = target.cast::<web_sys::HtmlElement>() else {
                    return;
                };
                if !*answered {
                    let _ = el.focus();
                    return;
                }
                // The feedback is focused in the next frame: focusing forces style and layout,
                // which that frame does anyway; done at once it would run twice in the answer's
                // frame. Keys keep working meanwhile (the prompt inside the question has focus).
                let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
                    let _ = el.focus();
                });
                if let Some(w) = web_sys::window() {
                    let _ = w.request_animation_frame(focus.unchecked_ref());
                }
            }
        });
    }

    let (Some(item), Some((deck, q)), Some(store)) = (item, found, store) else {
        return html! { <p role="alert">{ "This question is no longer in the deck. Skip it from the Progress page." }</p> };
    };
    let attempt_id = props.attempt.id.clone();
    let is_last = props.index + 1 >= props.attempt.items.len();

    let submit = {
        let store = store.clone();
        let attempt_id = attempt_id.clone();
        let qid = q.id.clone();
        let unsaved = (!props.saved).then(|| props.attempt.clone());
        Callback::from(move |response: Response| {
            store.dispatch(Change::Answer {
                start: unsaved.clone(),
                attempt: attempt_id.clone(),
                question: qid.clone(),
                response,
            })
        })
    };
    let next = {
        let store = store.clone();
        let attempt_id = attempt_id.clone();
        Callback::from(move |_| {
            store.dispatch(Change::Advance {
                attempt: attempt_id.clone(),
            })
        })
    };
    let check = {
        let submit = submit.clone();
        let draft = draft.clone();
        Callback::from(move |_| {
            if let Some(r) = draft.response(q) {
                submit.emit(r);
            }
        })
    };

    let onkeydown = {
        let draft = draft.clone();
        let submit = submit.clone();
        let next = next.clone();
        let order = item.order.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Buttons and links keep Enter (it activates them); a select keeps digits (type-ahead)
            // but Enter on it checks the answer like anywhere else.
            let tag = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.tag_name())
                .unwrap_or_default();
            let enter_is_native = matches!(tag.as_str(), "BUTTON" | "A" | "TEXTAREA");
            let digits_are_native = matches!(tag.as_str(), "SELECT" | "TEXTAREA");
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let key = e.key();
            if key == "Enter" && !enter_is_native {
                e.prevent_default();
                if answered {
                    next.emit(());
                } else if q.kind == QuestionType::Flashcard && !draft.revealed {
                    draft.set(Draft {
                        revealed: true,
                        ..(*draft).clone()
                    });
                    focus_later(e.target(), vec![".sd-back".into()]);
                } else if let Some(r) = draft.response(q) {
                    submit.emit(r);
                }
                return;
            }
            let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=9).contains(n)) else {
                return;
            };
            if answered || digits_are_native {
                return;
            }
            let i = n - 1;
            let mut d = (*draft).clone();
            match q.kind {
                QuestionType::TrueFalse if i < 2 => d.truth = Some(i == 0),
                QuestionType::Multi if i < order.len() => {
                    let id = order[i].clone();
                    if let Some(pos) = d.picks.iter().position(|p| *p == id) {
                        d.picks.remove(pos);
                    } else {
                        d.picks.push(id);
                    }
                }
                QuestionType::Flashcard if d.revealed && i < 4 => {
                    submit.emit(Response::Rating(Rating::ALL[i]));
                    return;
                }
                kind if kind.is_single_pick() && i < order.len() => {
                    d.picks = vec![order[i].clone()]
                }
                _ => return,
            }
            e.prevent_default();
            draft.set(d);
        })
    };

    let controls = if answered {
        html! {}
    } else {
        answer_controls(q, &item.order, &draft, submit.clone(), check.clone())
    };
    let feedback = answered.then(|| {
        html! {
            <Feedback deck={deck.id.clone()} question={q.id.clone()} item={item.clone()}
                node={feedback_ref.clone()} />
        }
    });
    let next_label = if is_last {
        "See your results"
    } else {
        "Next question"
    };
    html! {
        <div class="sd-question" {onkeydown}>
            <p class="sd-kind">{ q.kind.label() }</p>
            <h2 class="sd-prompt" tabindex="-1" ref={prompt_ref} id="sd-prompt" data-focus-first="">{ &q.prompt }</h2>
            { controls }
            <div aria-live="polite">{ for feedback }</div>
            if answered {
                <button type="button" class="sd-button sd-primary" onclick={next.reform(|_| ())}>{ next_label }</button>
            }
        </div>
    }
}

fn answer_controls(
    q: &'static Question,
    order: &[String],
    draft: &UseStateHandle<Draft>,
    submit: Callback<Response>,
    check: Callback<()>,
) -> Html {
    let ready = draft.response(q).is_some();
    let check_button = html! {
        <button type="button" class="sd-button sd-primary" disabled={!ready}
            onclick={check.reform(|_| ())}>{ "Check answer" }</button>
    };
    match q.kind {
        QuestionType::Flashcard => {
            if !draft.revealed {
                let d = draft.clone();
                let reveal = Callback::from(move |e: MouseEvent| {
                    d.set(Draft {
                        revealed: true,
                        ..(*d).clone()
                    });
                    // The button goes away: put focus on the revealed answer, so the rating
                    // keys (1-4) work at once and a screen reader reads the answer.
                    focus_later(e.target(), vec![".sd-back".into()]);
                });
                return html! {
                    <div class="sd-answer">
                        <p class="sd-muted">{ "Answer in your head, or out loud, then reveal (Enter)." }</p>
                        <button type="button" class="sd-button sd-primary" onclick={reveal}>{ "Show the answer" }</button>
                    </div>
                };
            }
            let buttons = Rating::ALL.iter().enumerate().map(|(i, r)| {
                let submit = submit.clone();
                let r = *r;
                html! {
                    <button type="button" class="sd-button" onclick={Callback::from(move |_| submit.emit(Response::Rating(r)))}>
                        { format!("{} ", r.label()) }<kbd aria-hidden="true">{ i + 1 }</kbd>
                    </button>
                }
            });
            html! {
                <div class="sd-answer">
                    <div class="sd-back" role="region" aria-label="Answer" tabindex="-1">{ q.back.clone().unwrap_or_default() }</div>
                    <p id="sd-rate-label">{ "How well did you know it?" }</p>
                    <div class="sd-actions" role="group" aria-labelledby="sd-rate-label">{ for buttons }</div>
                </div>
            }
        }
        QuestionType::TrueFalse => {
            let options = [(true, "True"), (false, "False")].into_iter().enumerate().map(|(i, (value, label))| {
                let d = draft.clone();
                let onchange = Callback::from(move |_| d.set(Draft { truth: Some(value), ..(*d).clone() }));
                html! {
                    <label class="sd-choice">
                        <input type="radio" name="sd-tf" checked={draft.truth == Some(value)} {onchange} />
                        <kbd aria-hidden="true">{ i + 1 }</kbd>{ label }
                    </label>
                }
            });
            answer_fieldset(
                options.collect(),
                "Keys: 1 or 2 to choose, Enter to check.",
                check_button,
            )
        }
        QuestionType::Order => {
            let current = draft.order.clone();
            let n = current.len();
            let rows = current.iter().enumerate().map(|(i, id)| {
                let text = text_of(q, id).to_string();
                // A moved step keeps focus (the button pressed, or the step itself), so a
                // keyboard user can go on moving it; the live region says where it went.
                let mover = |delta: isize, button: &'static str| {
                    let d = draft.clone();
                    Callback::from(move |e: MouseEvent| {
                        d.set(moved(&d, q, i, delta));
                        let pos = (i as isize + delta).clamp(0, n as isize - 1);
                        let step = format!(".sd-order [data-pos=\"{pos}\"]");
                        let same_button = format!("{step} [data-move=\"{button}\"]:not(:disabled)");
                        focus_later(e.target(), vec![same_button, step]);
                    })
                };
                let onkeydown = {
                    let d = draft.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        let delta = match e.key().as_str() {
                            "ArrowUp" => -1,
                            "ArrowDown" => 1,
                            _ => return,
                        };
                        e.prevent_default();
                        d.set(moved(&d, q, i, delta));
                        let pos = (i as isize + delta).clamp(0, n as isize - 1);
                        focus_later(e.target(), vec![format!(".sd-order [data-pos=\"{pos}\"]")]);
                    })
                };
                html! {
                    <li key={id.clone()} class="sd-order-item" tabindex="0" data-pos={i.to_string()} {onkeydown}
                        aria-label={format!("{}. {}", i + 1, text)}>
                        <span class="sd-order-text">{ format!("{}. {}", i + 1, text) }</span>
                        <button type="button" class="sd-icon" disabled={i == 0} onclick={mover(-1, "up")} data-move="up"
                            aria-label={format!("Move “{text}” up")}>{ "↑" }</button>
                        <button type="button" class="sd-icon" disabled={i + 1 == n} onclick={mover(1, "down")} data-move="down"
                            aria-label={format!("Move “{text}” down")}>{ "↓" }</button>
                    </li>
                }
            });
            html! {
                <div class="sd-answer">
                    <ol class="sd-order" aria-labelledby="sd-prompt">{ for rows }</ol>
                    <p class="sd-visually-hidden" aria-live="polite">{ draft.moved_message.clone() }</p>
                    { hint("Focus a step and use the arrow keys, or the move buttons. Enter checks.") }
                    { check_button }
                </div>
            }
        }
        QuestionType::Match => {
            let rows = q.pairs.iter().enumerate().map(|(i, pair)| {
                let chosen = draft
                    .matches
                    .iter()
                    .find(|(l, _)| *l == pair.id)
                    .map(|(_, r)| r.clone())
                    .unwrap_or_default();
                let onchange = {
                    let d = draft.clone();
                    let left = pair.id.clone();
                    Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        let mut next = (*d).clone();
                        next.matches.retain(|(l, _)| *l != left);
                        if !value.is_empty() {
                            next.matches.push((left.clone(), value));
                        }
                        d.set(next);
                    })
                };
                let select_id = format!("sd-match-{i}");
                let options = order.iter().map(|rid| {
                    html! { <option value={rid.clone()} selected={chosen == *rid}>{ text_of(q, rid) }</option> }
                });
                html! {
                    <div class="sd-match-row" key={pair.id.clone()}>
                        <label for={select_id.clone()}>{ &pair.left }</label>
                        <select id={select_id} {onchange}>
                            <option value="" selected={chosen.is_empty()}>{ "Choose…" }</option>
                            { for options }
                        </select>
                    </div>
                }
            });
            answer_fieldset(
                rows.collect(),
                "Choose a match for every item, then Enter or “Check answer”.",
                check_button,
            )
        }
        kind => {
            let multi = kind == QuestionType::Multi;
            let choices = order.iter().enumerate().map(|(i, id)| {
                let checked = draft.picks.contains(id);
                let onchange = {
                    let d = draft.clone();
                    let id = id.clone();
                    Callback::from(move |_| {
                        let mut next = (*d).clone();
                        if multi {
                            if let Some(pos) = next.picks.iter().position(|p| *p == id) {
                                next.picks.remove(pos);
                            } else {
                                next.picks.push(id.clone());
                            }
                        } else {
                            next.picks = vec![id.clone()];
                        }
                        d.set(next);
                    })
                };
                let input_type = if multi { "checkbox" } else { "radio" };
                html! {
                    <label class="sd-choice" key={id.clone()}>
                        <input type={input_type} name="sd-choice" {checked} {onchange} />
                        <kbd aria-hidden="true">{ i + 1 }</kbd>{ text_of(q, id) }
                    </label>
                }
            });
            let keys = if multi {
                "Keys: numbers tick and untick, Enter checks."
            } else {
                "Keys: a number picks, Enter checks."
            };
            answer_fieldset(choices.collect(), keys, check_button)
        }
    }
}

/// The answer controls of a question, labelled by its prompt, with a keyboard hint and the
/// "Check answer" button.
fn answer_fieldset(controls: Html, keys: &str, check_button: Html) -> Html {
    html! {
        <fieldset class="sd-answer" aria-labelledby="sd-prompt">
            { controls }
            { hint(keys) }
            { check_button }
        </fieldset>
    }
}

fn hint(text: &str) -> Html {
    html! { <p class="sd-muted sd-hint">{ text.to_string() }</p> }
}

fn moved(draft: &Draft, q: &Question, i: usize, delta: isize) -> Draft {
    let mut next = draft.clone();
    let j = i as isize + delta;
    if j >= 0 && (j as usize) < next.order.len() {
        next.order.swap(i, j as usize);
        next.moved_message = format!(
            "“{}” moved to position {} of {}.",
            text_of(q, &next.order[j as usize]),
            j + 1,
            next.order.len()
        );
    }
    next
}

/// Focuses the first of `selectors` found inside the question that holds `from`, after the
/// next render.
/// Used when the focused control goes away or moves in the re-render (a step that moved,
/// "Show the answer" once pressed).
fn focus_later(from: Option<web_sys::EventTarget>, selectors: Vec<String>) {
    let question = from
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".sd-question").ok().flatten());
    let Some(question) = question else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        // The first selector that matches wins.
        let target = selectors
            .iter()
            .find_map(|selector| question.query_selector(selector).ok().flatten());
        if let Some(el) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlElement>())
        {
            let _ = el.focus();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(callback.unchecked_ref());
    }
}
