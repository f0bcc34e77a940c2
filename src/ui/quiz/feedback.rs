//! Feedback after an answer: right or not, the explanation of every choice, the takeaway and a
//! link to the study-card section the question draws on.

use crate::bank;
use crate::deck_loader;
use crate::model::Deck;
use crate::model::{Question, QuestionType, SourceTitles};
use crate::quiz::results::percent;
use crate::quiz::{AttemptItem, Outcome, Response};
use crate::route::Route;
use crate::ui::hooks::{after_paint, focus_next_frame};
use crate::ui::link::Link;
use yew::prelude::*;

pub fn verdict(score: f64) -> String {
    match Outcome::of(score) {
        Outcome::Right => "Correct.".into(),
        Outcome::Partial => format!("Partly right: {}%.", percent(score, 1)),
        Outcome::Wrong => "Not quite.".into(),
    }
}

/// The feedback on an answered item; `heading` takes focus once it shows. A function, not a
/// component: it has no state of its own. `explaining`: the deck's explanations, which may still
/// be on their way.
pub fn feedback(item: &AttemptItem, heading: NodeRef, explaining: &Explaining) -> Html {
    let Some((deck, q)) = bank::question(&item.question) else {
        return Html::default();
    };
    let score = item.score.unwrap_or(0.0);
    // A state as a data attribute, the class a literal: a computed `class={…}` goes through
    // Yew's `Classes` (a hashed set), code the reader's build otherwise does without.
    let outcome = match Outcome::of(score) {
        Outcome::Right => "right",
        Outcome::Partial => "partial",
        Outcome::Wrong => "wrong",
    };
    let section = deck.sections.iter().find(|s| s.id == q.section);
    html! {
        <div class="sd-feedback" data-outcome={outcome}>
            <h3 tabindex="-1" ref={heading}>{ verdict(score) }</h3>
            { explained(q, item, deck, Some(explaining)) }
            if let Some(section) = section {
                <p class="sd-source">
                    <Link to={Route::Learn { deck: deck.id.clone(), section: Some(section.id.clone()) }}>
                        { format!("Study: {}", section.title) }
                    </Link>
                    { format!(" ({})", bank::catalog().source_name(section)) }
                </p>
            }
        </div>
    }
}

/// A deck's explanations where a screen shows them. A bundled deck arrives without them
/// (`model::explanations`): the first screen that needs them fetches them (once for the page,
/// `deck_loader`) and re-renders when they arrive. `failed`: why the fetch failed, else empty.
pub struct Explaining {
    failed: UseStateHandle<String>,
    retry: Callback<MouseEvent>,
}

/// `after_retry`: where focus goes when Retry is pressed (the button gives way to the loading
/// line), a heading near the line.
#[hook]
pub fn use_explanations(deck: &str, after_retry: NodeRef) -> Explaining {
    let failed = use_state(String::new);
    let tries = use_state(|| 0usize);
    {
        let failed = failed.clone();
        use_effect_with((deck.to_string(), *tries), move |(id, _)| {
            let waiting = bank::deck(id).is_some_and(|d| !d.explained());
            if let Some(entry) = bank::catalog().deck(id).filter(|_| waiting) {
                // After the question has painted: its own bytes and paint first.
                let entry = entry.clone();
                after_paint(move || {
                    // Set when they arrive, even to the same (empty) text: the screen re-renders.
                    deck_loader::load_explanations(&entry, move |r| {
                        failed.set(r.err().unwrap_or_default())
                    });
                });
            }
        });
    }
    let retry = {
        let failed = failed.clone();
        Callback::from(move |_| {
            failed.set(String::new());
            tries.set(*tries + 1);
            if let Some(el) = after_retry.cast::<web_sys::HtmlElement>() {
                focus_next_frame(el);
            }
        })
    };
    Explaining { failed, retry }
}

/// What the learner did with every choice (step, pair) and which were right, with their
/// explanations and the takeaway once the deck has them (the first file has the rest); until
/// then, `status`'s line (`explanations_status`) in the takeaway's place, or nothing where a
/// screen shows that line once for all its questions (the results).
pub fn explained(
    q: &Question,
    item: &AttemptItem,
    deck: &Deck,
    status: Option<&Explaining>,
) -> Html {
    let takeaway = if deck.explained() {
        html! { <p class="sd-takeaway">{ &q.explain }</p> }
    } else {
        status.map(explanations_status).unwrap_or_default()
    };
    html! { <>{ explanations(q, item) }{ takeaway }</> }
}

/// The line in place of a deck's explanations: they are loading, or why they did not load, with
/// Retry. No role of its own: it sits in a live region (the feedback's, the results' around it).
pub fn explanations_status(explaining: &Explaining) -> Html {
    if explaining.failed.is_empty() {
        html! { <p class="sd-muted" aria-busy="true">{ "Loading the explanations…" }</p> }
    } else {
        html! {
            <p>
                { format!("Could not load the explanations: {}. ", *explaining.failed) }
                <button type="button" class="sd-button" onclick={explaining.retry.clone()}>{ "Retry" }</button>
            </p>
        }
    }
}

/// A row of the explanations marked right or wrong (`[data-mark]` in style.css).
fn mark(right: bool) -> &'static str {
    if right {
        "right"
    } else {
        "wrong"
    }
}

/// "1st", "2nd", "3rd", "4th"… for a position in a list.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Every choice (or step, or pair) with its explanation and what the learner did with it.
fn explanations(q: &Question, item: &AttemptItem) -> Html {
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
                let yours = given.iter().position(|id| *id == s.id);
                let in_place = yours == Some(i);
                // In words, not only colour: where the learner put this step.
                let you = match yours {
                    Some(p) if p == i => format!("You: {}, in place", ordinal(p + 1)),
                    Some(p) => format!("You: {}", ordinal(p + 1)),
                    None => "You: not placed".to_string(),
                };
                html! {
                    <li key={s.id.clone()} data-mark={mark(in_place)}>
                        <strong>{ &s.text }</strong>
                        <span class="sd-tag">{ you }</span>
                        if !s.explain.is_empty() { <span class="sd-explain">{ &s.explain }</span> }
                    </li>
                }
            });
            html! { <><p>{ "The right order, and where you put each step:" }</p><ol class="sd-explained">{ for rows }</ol></> }
        }
        QuestionType::Match => {
            let given: &[(String, String)] = match response {
                Some(Response::Match(pairs)) => pairs,
                _ => &[],
            };
            let rows = q.pairs.iter().map(|p| {
                let chosen = given.iter().find(|(l, _)| *l == p.id).map(|(_, r)| r);
                let right = chosen == Some(&p.id);
                let you = match chosen.and_then(|r| q.pairs.iter().find(|x| x.id == *r)) {
                    Some(_) if right => "You: the same, right".to_string(),
                    Some(theirs) => format!("You: {}", theirs.right),
                    None => "You: nothing".to_string(),
                };
                html! {
                    <li key={p.id.clone()} data-mark={mark(right)}>
                        <strong>{ format!("{} → {}", p.left, p.right) }</strong>
                        <span class="sd-tag">{ you }</span>
                        if !p.explain.is_empty() { <span class="sd-explain">{ &p.explain }</span> }
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
                    <li key={c.id.clone()} data-mark={(c.correct || yours).then(|| mark(c.correct))}>
                        <strong>{ &c.text }</strong>
                        if !label.is_empty() { <span class="sd-tag">{ label }</span> }
                        if !c.explain.is_empty() { <span class="sd-explain">{ &c.explain }</span> }
                    </li>
                }
            });
            html! { <ul class="sd-explained">{ for rows }</ul> }
        }
    }
}
