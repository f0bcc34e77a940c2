//! The end of a quiz: score, breakdowns by principle and section, the missed questions with
//! their explanations, "retry the missed ones", a new quiz, back to decks; sharing (a challenge,
//! the missed questions, the result card) and, after a friend's challenge, both results.

use super::feedback::{explained, explanations_status, use_explanations, verdict};
use super::random_seed;
use crate::bank;
use crate::link::Challenge;
use crate::model::is_custom;
use crate::quiz::{results, Attempt, QuizOptions};
use crate::route::Route;
use crate::ui::link::Link;
use crate::ui::share::challenge::{challenge_results, ShareResults};
use crate::ui::share::use_app_address;
use crate::ui::text::count;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub attempt: Attempt,
    /// The results replace the last question the learner just answered: the heading takes
    /// focus and comes into view (otherwise, on a phone, "You scored…" is scrolled away).
    #[prop_or_default]
    pub take_focus: bool,
    /// The friend's challenge this quiz was opened with, if any.
    #[prop_or_default]
    pub challenge: Option<Challenge>,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let fresh_seed = use_state(random_seed);
    let missed_heading = use_node_ref();
    let explaining = use_explanations(&props.attempt.deck, missed_heading.clone());
    let app = use_app_address();
    let heading = use_node_ref();
    {
        let (heading, take_focus) = (heading.clone(), props.take_focus);
        use_effect_with((), move |_| {
            if let Some(h) = heading
                .cast::<web_sys::HtmlElement>()
                .filter(|_| take_focus)
            {
                let _ = h.focus();
                h.scroll_into_view();
            }
        });
    }
    let Some(deck) = bank::deck(&props.attempt.deck) else {
        return Html::default();
    };
    let catalog = bank::catalog();
    let r = results(&props.attempt, deck);
    let by_principle = r.by_principle.iter().map(|(id, t)| {
        let name = catalog.principle(id).map_or(id.as_str(), |p| p.name.as_str());
        html! { <tr key={id.clone()}><th scope="row">{ name }</th><td>{ format!("{}%", t.percent()) }</td><td>{ t.questions }</td></tr> }
    });
    let by_section = r.by_section.iter().map(|(id, t)| {
        let title = deck.sections.iter().find(|s| s.id == *id).map_or(id.as_str(), |s| s.title.as_str());
        html! {
            <tr key={id.clone()}>
                <th scope="row"><Link to={Route::Learn { deck: deck.id.clone(), section: Some(id.clone()) }}>{ title }</Link></th>
                <td>{ format!("{}%", t.percent()) }</td><td>{ t.questions }</td>
            </tr>
        }
    });
    let missed = props
        .attempt
        .items
        .iter()
        .filter(|i| i.score.is_some_and(|s| s < 1.0))
        .filter_map(|item| {
            let q = deck.questions.iter().find(|q| q.id == item.question)?;
            Some(html! {
                <li key={q.id.clone()} class="sd-card">
                    <h3>{ &q.prompt }</h3>
                    <p class="sd-muted">{ verdict(item.score.unwrap_or(0.0)) }</p>
                    { explained(q, item, deck, None) }
                </li>
            })
        });
    let missed: Vec<Html> = missed.collect();
    let again = QuizOptions {
        seed: *fresh_seed,
        ..props.attempt.options.clone()
    };
    html! {
        <section class="sd-screen sd-summary">
            <h1 tabindex="-1" ref={heading}>{ format!("Results: {}", deck.title) }</h1>
            <p class="sd-score" role="status">
                { format!("You scored {}% ({} of {} fully right).",
                    r.total.percent(),
                    r.total.questions - r.missed.len(),
                    count(r.total.questions, "question", "questions")) }
            </p>
            <p class="sd-actions">
                if let Some(retry) = props.attempt.retry_missed_options() {
                    <Link to={Route::quiz(&deck.id, &retry)} class="sd-button sd-primary">
                        { format!("Retry the {} missed", retry.only.len()) }
                    </Link>
                }
                <Link to={Route::quiz(&deck.id, &again)} class="sd-button">{ "New quiz, same options" }</Link>
                <Link to={Route::Home} class="sd-button">{ "Back to decks" }</Link>
            </p>
            if let Some(challenge) = &props.challenge {
                { challenge_results(challenge, &props.attempt) }
            }
            // A blog author's deck lives in its page (or its own link): a challenge of its
            // route would open nothing on a friend's device, as on its study card.
            if app.is_some() && !is_custom(&deck.id) {
                <ShareResults attempt={props.attempt.clone()} />
            }
            if !r.by_principle.is_empty() {
                <div class="sd-scroll"><table class="sd-table">
                    <caption>{ "By principle" }</caption>
                    <thead><tr><th scope="col">{ "Principle" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Questions" }</th></tr></thead>
                    <tbody>{ for by_principle }</tbody>
                </table></div>
            }
            <div class="sd-scroll"><table class="sd-table">
                <caption>{ "By study-card section" }</caption>
                <thead><tr><th scope="col">{ "Section" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Questions" }</th></tr></thead>
                <tbody>{ for by_section }</tbody>
            </table></div>
            if missed.is_empty() {
                <p>{ "Nothing missed. Well done." }</p>
            } else {
                <h2 tabindex="-1" ref={missed_heading}>{ "What you missed" }</h2>
                // Once for all the missed questions, not in each; announced when it changes.
                <div aria-live="polite">
                    if !deck.explained() {
                        { explanations_status(&explaining) }
                    }
                </div>
                <ul class="sd-missed">{ for missed }</ul>
            }
        </section>
    }
}
