//! Feedback after an answer: right or not, the explanation of every choice, the takeaway and a
//! link to the study-card section the question draws on.

use crate::bank;
use crate::model::{Question, QuestionType};
use crate::quiz::results::percent;
use crate::quiz::{AttemptItem, Outcome, Response};
use crate::route::Route;
use crate::ui::link::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub deck: AttrValue,
    pub question: AttrValue,
    pub item: AttemptItem,
    pub node: NodeRef,
}

pub fn verdict(score: f64) -> String {
    match Outcome::of(score) {
        Outcome::Right => "Correct.".into(),
        Outcome::Partial => format!("Partly right: {}%.", percent(score, 1)),
        Outcome::Wrong => "Not quite.".into(),
    }
}

#[component]
pub fn Feedback(props: &FeedbackProps) -> Html {
    let Some((deck, q)) = bank::bank().ok().and_then(|b| b.question(&props.question)) else {
        return Html::default();
    };
    let score = props.item.score.unwrap_or(0.0);
    let outcome_class = match Outcome::of(score) {
        Outcome::Right => "sd-right",
        Outcome::Partial => "sd-partial",
        Outcome::Wrong => "sd-wrong",
    };
    let section = deck.sections.iter().find(|s| s.id == q.section);
    html! {
        <div class={classes!("sd-feedback", outcome_class)}>
            <h3 tabindex="-1" ref={props.node.clone()}>{ verdict(score) }</h3>
            { explanations(q, &props.item) }
            <p class="sd-takeaway">{ &q.explain }</p>
            if let Some(section) = section {
                <p class="sd-source">
                    <Link to={Route::Learn { deck: props.deck.to_string(), section: Some(section.id.clone()) }}>
                        { format!("Study: {}", section.title) }
                    </Link>
                    { bank::bank().map(|b| format!(" ({})", b.source_name(section))).unwrap_or_default() }
                </p>
            }
        </div>
    }
}

/// Every choice (or step, or pair) with its explanation and what the learner did with it.
pub fn explanations(q: &Question, item: &AttemptItem) -> Html {
    let response = item.response.as_ref();
    match q.kind {
        QuestionType::TrueFalse => {
            let answer = q.answer.unwrap_or(false);
            let yours = match response {
                Some(Response::Bool(b)) => {
                    if *b {
                        "true"
                    } else {
                        "false"
                    }
                }
                _ => "nothing",
            };
            html! {
                <p>{ format!("The statement is {}. You said {yours}.", if answer { "true" } else { "false" }) }</p>
            }
        }
        QuestionType::Flashcard => html! {
            <div class="sd-back">{ q.back.clone().unwrap_or_default() }</div>
        },
        QuestionType::Order => {
            let given: &[String] = match response {
                Some(Response::Order(ids)) => ids,
                _ => &[],
            };
            let rows = q.steps.iter().enumerate().map(|(i, s)| {
                let in_place = given.get(i) == Some(&s.id);
                html! {
                    <li key={s.id.clone()} class={if in_place { "sd-mark-right" } else { "sd-mark-wrong" }}>
                        <strong>{ &s.text }</strong>
                        <span class="sd-visually-hidden">{ if in_place { " (you had this in place)" } else { " (you had this elsewhere)" } }</span>
                        <span class="sd-explain">{ &s.explain }</span>
                    </li>
                }
            });
            html! { <><p>{ "The right order:" }</p><ol class="sd-explained">{ for rows }</ol></> }
        }
        QuestionType::Match => {
            let given: &[(String, String)] = match response {
                Some(Response::Match(pairs)) => pairs,
                _ => &[],
            };
            let rows = q.pairs.iter().map(|p| {
                let right = given.iter().any(|(l, r)| *l == p.id && *r == p.id);
                html! {
                    <li key={p.id.clone()} class={if right { "sd-mark-right" } else { "sd-mark-wrong" }}>
                        <strong>{ format!("{} → {}", p.left, p.right) }</strong>
                        <span class="sd-visually-hidden">{ if right { " (you matched this)" } else { " (you missed this)" } }</span>
                        <span class="sd-explain">{ &p.explain }</span>
                    </li>
                }
            });
            html! { <ul class="sd-explained">{ for rows }</ul> }
        }
        _ => {
            let picked: Vec<&String> = match response {
                Some(Response::Pick(id)) => vec![id],
                Some(Response::Picks(ids)) => ids.iter().collect(),
                _ => Vec::new(),
            };
            let rows = item.order.iter().filter_map(|id| q.choices.iter().find(|c| c.id == *id)).map(|c| {
                let yours = picked.contains(&&c.id);
                let label = match (c.correct, yours) {
                    (true, true) => "Right answer, your pick",
                    (true, false) => "Right answer",
                    (false, true) => "Your pick",
                    (false, false) => "",
                };
                html! {
                    <li key={c.id.clone()} class={classes!(c.correct.then_some("sd-mark-right"), (yours && !c.correct).then_some("sd-mark-wrong"))}>
                        <strong>{ &c.text }</strong>
                        if !label.is_empty() { <span class="sd-tag">{ label }</span> }
                        <span class="sd-explain">{ &c.explain }</span>
                    </li>
                }
            });
            html! { <ul class="sd-explained">{ for rows }</ul> }
        }
    }
}
