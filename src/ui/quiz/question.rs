//! One question: the answer shape's controls (`answers/`), "Check answer", then the feedback.
//! Keyboard-first: the key map is the pure `quiz::key_action` (number keys pick, Enter checks
//! and goes on); arrow keys reorder steps; matching uses native selects.

use super::answers::{self, AnswerProps};
use super::feedback::{feedback, use_explanations};
use crate::bank;
use crate::model::QuestionType;
use crate::progress::Change;
use crate::quiz::{key_action, Attempt, Draft, KeyAction, Response};
use crate::ui::hooks::{focus_later, focus_next_frame};
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

#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let store = use_store();
    let page_mode = use_nav().is_some_and(|n| n.mode == Mode::Page);
    let item = props.attempt.items.get(props.index).cloned();
    // Loaded: a quiz shows only inside its DeckGate.
    let found = item.as_ref().and_then(|i| bank::question(&i.question));
    let draft = {
        let order = item.as_ref().map(|i| i.order.clone()).unwrap_or_default();
        use_state(move || Draft::new(&order))
    };
    let prompt_ref = use_node_ref();
    let feedback_ref = use_node_ref();
    let explaining = use_explanations(&props.attempt.deck, feedback_ref.clone());
    let answered = item.as_ref().is_some_and(|i| i.is_answered());

    // Focus: the prompt when a question appears, so number keys and Enter work at once; the
    // feedback once answered (in the next frame: keys keep working meanwhile, the prompt
    // inside the question has focus). A widget does not take focus from its host page on load.
    {
        let (prompt_ref, feedback_ref, index) =
            (prompt_ref.clone(), feedback_ref.clone(), props.index);
        use_effect_with(answered, move |answered| {
            if !(*answered || index > 0 || page_mode) {
                return;
            }
            let target = if *answered { feedback_ref } else { prompt_ref };
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                if *answered {
                    focus_next_frame(el);
                } else {
                    let _ = el.focus();
                }
            }
        });
    }

    let attempt_id = props.attempt.id.clone();
    let next = store.as_ref().map(|store| {
        let (store, attempt_id, from) = (store.clone(), attempt_id.clone(), props.index);
        Callback::from(move |_: ()| {
            store.dispatch(Change::Advance {
                attempt: attempt_id.clone(),
                from,
            })
        })
    });
    let (Some(item), Some((_, q)), Some(next)) = (item, found, next.clone()) else {
        // Saved attempts are reconciled with the bank before they are shown, so this is only
        // reached when the bank itself failed: still offer the way on.
        return html! {
            <div class="sd-question">
                <p role="alert">{ "This question cannot be shown." }</p>
                if let Some(next) = next {
                    <button type="button" class="sd-button sd-primary" onclick={next.reform(|_| ())}>{ "Skip it" }</button>
                }
            </div>
        };
    };
    // "See your results" when no other question is left to answer.
    let is_last = props.attempt.next_open().is_none();

    let submit = {
        let store = store.clone();
        let attempt_id = attempt_id.clone();
        let qid = q.id.clone();
        let unsaved = (!props.saved).then(|| props.attempt.clone());
        Callback::from(move |response: Response| {
            if let Some(store) = &store {
                store.dispatch(Change::Answer {
                    start: unsaved.clone(),
                    attempt: attempt_id.clone(),
                    question: qid.clone(),
                    response,
                })
            }
        })
    };
    let check = {
        let (submit, draft) = (submit.clone(), draft.clone());
        Callback::from(move |_: ()| {
            if let Some(r) = draft.response(q) {
                submit.emit(r);
            }
        })
    };

    let onkeydown = {
        let (draft, submit, next, check) =
            (draft.clone(), submit.clone(), next.clone(), check.clone());
        let order = item.order.clone();
        Callback::from(move |e: KeyboardEvent| {
            // A held key repeats: one press, one action (a held Enter would skip a question
            // and check the next one untouched).
            if e.ctrl_key() || e.meta_key() || e.alt_key() || e.repeat() {
                return;
            }
            // Buttons and links keep Enter (it activates them); a select keeps digits
            // (type-ahead) but Enter on it checks the answer like anywhere else.
            let tag = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.tag_name())
                .unwrap_or_default();
            let key = e.key();
            if key == "Enter" && matches!(tag.as_str(), "BUTTON" | "A" | "TEXTAREA") {
                return;
            }
            if key != "Enter" && matches!(tag.as_str(), "SELECT" | "TEXTAREA") {
                return;
            }
            let action = key_action(q.kind, &key, answered, draft.revealed, order.len());
            match action {
                KeyAction::Ignore => return,
                KeyAction::Next => next.emit(()),
                KeyAction::Check => check.emit(()),
                KeyAction::Reveal => {
                    draft.set(Draft {
                        revealed: true,
                        ..(*draft).clone()
                    });
                    focus_later(e.target(), ".sd-question", vec![".sd-back".into()]);
                }
                KeyAction::Rate(r) => submit.emit(Response::Rating(r)),
                KeyAction::Truth(value) => draft.set(Draft {
                    truth: Some(value),
                    ..(*draft).clone()
                }),
                KeyAction::Pick(i) => {
                    let mut d = (*draft).clone();
                    d.pick(q.kind, &order[i]);
                    draft.set(d);
                }
            }
            e.prevent_default();
        })
    };

    // Always one node in this place (empty once answered), so the prompt before it is kept
    // as it is when the controls go: replacing it would drop the focus it holds.
    let controls = if answered {
        Html::default()
    } else {
        let answer = AnswerProps {
            question: q,
            order: item.order.clone(),
            draft: (*draft).clone(),
            on_draft: {
                let draft = draft.clone();
                Callback::from(move |d: Draft| draft.set(d))
            },
            on_submit: submit.clone(),
        };
        let shape = match q.kind {
            QuestionType::Flashcard => answers::flashcard(&answer),
            QuestionType::TrueFalse => answers::true_false(&answer),
            QuestionType::Order => html! { <answers::Order ..answer /> },
            QuestionType::Match => answers::matching(&answer),
            _ => answers::choices(&answer),
        };
        let checkable = q.kind != QuestionType::Flashcard;
        html! {
            <div class="sd-controls">
                { shape }
                if checkable {
                    <button type="button" class="sd-button sd-primary" disabled={draft.response(q).is_none()}
                        onclick={check.reform(|_| ())}>{ "Check answer" }</button>
                }
            </div>
        }
    };
    let feedback = answered.then(|| feedback(&item, feedback_ref.clone(), &explaining));
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
                <p class="sd-actions">
                    <button type="button" class="sd-button sd-primary" onclick={next.reform(|_| ())}>{ next_label }</button>
                    <span class="sd-muted sd-hint">{ " or press Enter" }</span>
                </p>
            }
        </div>
    }
}
