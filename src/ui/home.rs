//! `#/`: the decks, progress at a glance, "continue where you left off", the checklists.

use super::link::Link;
use super::router::{use_nav, Mode};
use super::store::use_store;
use super::text::count;
use crate::bank;
use crate::model::GENERAL_KNOWLEDGE;
use crate::progress::stats::{checklist_done, deck_stats};
use crate::route::{QuizQuery, Route};
use yew::prelude::*;

#[component]
pub fn Home() -> Html {
    let store = use_store();
    let bank = bank::catalog();
    // A widget in someone's page has no worker of its own (that origin is not ours): the
    // standalone app beside it is where practice works offline.
    let offline_app = use_nav()
        .filter(|n| n.mode == Mode::Widget)
        .and_then(|n| n.app_url);
    let progress = store.as_ref().map(|s| &s.progress);
    let resume = progress.and_then(|p| p.last_open_attempt()).and_then(|a| {
        let deck = bank.deck(&a.deck)?;
        let to = Route::quiz(&a.deck, &a.options);
        Some(html! {
            <div class="sd-card sd-resume">
                <h2>{ "Continue where you left off" }</h2>
                <p>{ format!("{}: question {} of {}", deck.title, a.current + 1, a.items.len()) }</p>
                <Link {to} class="sd-button sd-primary">{ "Continue the quiz" }</Link>
            </div>
        })
    });
    let decks = bank.decks.iter().map(|deck| {
        let stats = progress.map(|p| deck_stats(p, &deck.id)).unwrap_or_default();
        let glance = match (stats.best, stats.in_progress) {
            (Some(best), _) => format!(
                "{} taken, best {best}%",
                count(stats.finished, "quiz", "quizzes")
            ),
            (None, true) => "A quiz in progress".to_string(),
            (None, false) => "Not practised yet".to_string(),
        };
        let quick = Route::Quiz {
            deck: deck.id.clone(),
            options: QuizQuery::default(),
        };
        html! {
            <li class="sd-card" key={deck.id.clone()}>
                <h2>{ &deck.title }</h2>
                <p>{ &deck.summary }</p>
                if deck.general {
                    <p class="sd-muted">{ format!("{GENERAL_KNOWLEDGE}.") }</p>
                }
                <p class="sd-muted">{ format!("{} · {glance}", count(deck.questions, "question", "questions")) }</p>
                <p class="sd-actions">
                    <Link to={Route::Learn { deck: deck.id.clone(), section: None }} class="sd-button">
                        { "Study and choose a quiz" }
                    </Link>
                    <Link to={quick} class="sd-button sd-primary">{ "Quick 5" }</Link>
                </p>
            </li>
        }
    });
    let checklists = bank.checklists.iter().map(|c| {
        let done = progress.map_or(0, |p| checklist_done(p, c));
        html! {
            <li key={c.id.clone()}>
                <Link to={Route::Checklist { id: c.id.clone() }}>{ &c.title }</Link>
                <span class="sd-muted">{ format!(" · {done} of {}", c.items.len()) }</span>
            </li>
        }
    });
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "Practise behavioral interviews" }</h1>
            <p class="sd-lead">{ "Pick a deck: read its study card, then quiz yourself. Everything stays in this browser." }</p>
            { for resume }
            <ul class="sd-decks">{ for decks }</ul>
            <h2>{ "Self-assessment checklists" }</h2>
            <ul class="sd-list">{ for checklists }</ul>
            <p><Link to={Route::Stories}>{ "Your story bank and the STAR coach" }</Link></p>
            if let Some(app) = offline_app {
                <p>
                    <a href={app} target="_blank" rel="noopener">{ "Practise offline" }</a>
                    { " in the stardrill app: once opened, it works without a network." }
                </p>
            }
            <p class="sd-muted">{ "Writing a blog? " }<Link to={Route::Author}>{ "Author a deck" }</Link>{ " of your own questions, or " }<Link to={Route::Embed}>{ "embed stardrill in your page" }</Link>{ "." }</p>
        </section>
    }
}
