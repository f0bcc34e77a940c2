//! `#/learn/<deck>[/<section>]`: the deck's study card, readable like a page, and the quiz
//! options ("quick 5" by default).

use super::field::select_value;
use super::link::Link;
use super::not_found::not_found;
use super::quiz::random_seed;
use super::router::{use_nav, Mode};
use super::share::ShareControl;
use super::store::use_store;
use super::text::{count as count_of, rich_text};
use crate::bank;
use crate::model::{is_custom, Deck, QuestionType, SourceTitles};
use crate::quiz::attempt::{eligible, QuizOptions, DEFAULT_COUNT};
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LearnProps {
    pub deck: AttrValue,
    #[prop_or_default]
    pub section: Option<String>,
}

/// The element id of a section, for `#/learn/<deck>/<section>` links.
fn section_anchor(id: &str) -> String {
    format!("sd-section-{id}")
}

#[component]
pub fn Learn(props: &LearnProps) -> Html {
    // Inside a DeckGate: the deck is loaded.
    let store = use_store();
    let embedded = use_nav().is_some_and(|n| n.mode != Mode::Page);
    let Some(deck) = bank::deck(&props.deck) else {
        return not_found(&format!("deck called “{}”", props.deck), embedded);
    };
    // A quiz of this deck left open (a feedback's "Study: …" link leads here from it): the way
    // back to it, where the reader looks: under the section the link named, else at the top.
    // In a widget it is the only way back (a widget's screens add no browser history).
    let back_to_quiz = store
        .as_ref()
        .and_then(|s| s.progress.last_open_attempt_of(&deck.id))
        .map(|a| {
            html! {
                <p class="sd-actions">
                    <Link to={Route::quiz(&a.deck, &a.options)} class="sd-button sd-primary">
                        { format!("Back to your quiz (question {} of {})", a.current + 1, a.items.len()) }
                    </Link>
                </p>
            }
        });
    let section_shown = deck
        .sections
        .iter()
        .any(|s| props.section.as_deref() == Some(s.id.as_str()));
    let toc = deck.sections.iter().map(|s| {
        html! {
            <li key={s.id.clone()}>
                <Link to={Route::Learn { deck: deck.id.clone(), section: Some(s.id.clone()) }}>{ &s.title }</Link>
            </li>
        }
    });
    let sections = deck.sections.iter().map(|s| {
        let count = deck.questions.iter().filter(|q| q.section == s.id).count();
        let highlighted = props.section.as_deref() == Some(s.id.as_str());
        html! {
            <section key={s.id.clone()} id={section_anchor(&s.id)}
                class="sd-study" data-highlight={highlighted.then_some("")}
                aria-labelledby={format!("{}-h", section_anchor(&s.id))}>
                <h2 id={format!("{}-h", section_anchor(&s.id))} tabindex="-1"
                    data-focus-first={highlighted.then_some("")}>{ &s.title }</h2>
                { rich_text(&s.body) }
                <p class="sd-source">
                    { bank::catalog().source_line(s) }
                    { if count > 0 { format!(" · {count} questions") } else { String::new() } }
                </p>
                { if highlighted { back_to_quiz.clone() } else { None } }
            </section>
        }
    });
    html! {
        <article class="sd-screen">
            <h1 tabindex="-1">{ &deck.title }</h1>
            <p class="sd-lead">{ &deck.summary }</p>
            { if section_shown { None } else { back_to_quiz.clone() } }
            // A blog author's deck opens only from its page or its own link (which the deck-link
            // screen shares): a `#/learn/custom-…` link would open nothing on a friend's device.
            if !is_custom(&deck.id) {
                <ShareControl route={Route::Learn { deck: deck.id.clone(), section: None }}
                    label="Share this study card" link_name="this study card's link" title={format!("{} · stardrill", deck.title)} />
            }
            <QuizSetup deck={deck.id.clone()} />
            <nav aria-label="Sections of this study card" class="sd-toc">
                <h2>{ "On this card" }</h2>
                <ol>{ for toc }</ol>
            </nav>
            { for sections }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct QuizSetupProps {
    deck: AttrValue,
}

/// Quiz options. The start button is a link carrying every option and a fresh seed, so the
/// same quiz can be shared or bookmarked.
#[component]
fn QuizSetup(props: &QuizSetupProps) -> Html {
    // One state for every option (each state type costs the wasm its own hook code).
    let chosen = use_state(|| QuizOptions {
        count: DEFAULT_COUNT,
        seed: random_seed(),
        ..QuizOptions::default()
    });
    let Some(deck) = bank::deck(&props.deck) else {
        return Html::default();
    };
    let options = (*chosen).clone();
    let count = options.count;
    let available = eligible(deck, &options).len();
    let on_count = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(QuizOptions {
                count: select_value(&e).parse().unwrap_or(DEFAULT_COUNT),
                ..(*chosen).clone()
            })
        })
    };
    let type_boxes = deck_types(deck).into_iter().map(|t| {
        let checked = options.types.contains(&t);
        let onchange = {
            let chosen = chosen.clone();
            Callback::from(move |_| {
                chosen.set(QuizOptions {
                    types: toggled(&chosen.types, t),
                    ..(*chosen).clone()
                })
            })
        };
        html! {
            <label key={t.key()} class="sd-check"><input type="checkbox" {checked} {onchange} />{ t.label() }</label>
        }
    });
    let principle_boxes = deck_principles(deck).into_iter().map(|(id, name)| {
        let checked = options.principles.contains(&id);
        let onchange = {
            let chosen = chosen.clone();
            let id = id.clone();
            Callback::from(move |_| {
                chosen.set(QuizOptions {
                    principles: toggled(&chosen.principles, id.clone()),
                    ..(*chosen).clone()
                })
            })
        };
        html! {
            <label key={id.clone()} class="sd-check"><input type="checkbox" {checked} {onchange} />{ name }</label>
        }
    });
    let principle_boxes: Vec<Html> = principle_boxes.collect();
    let to = Route::quiz(&deck.id, &options);
    let count_choices = [5usize, 10, 20, 50].into_iter().map(|n| {
        html! { <option value={n.to_string()} selected={count == n}>{ n }</option> }
    });
    html! {
        <form class="sd-card sd-setup" aria-label="Quiz options" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2>{ "Quiz yourself" }</h2>
            <label class="sd-field">{ "Questions " }
                <select onchange={on_count}>{ for count_choices }</select>
            </label>
            <fieldset><legend>{ "Question types (none ticked: all)" }</legend>{ for type_boxes }</fieldset>
            if !principle_boxes.is_empty() {
                <fieldset><legend>{ "Principles (none ticked: all)" }</legend>{ for principle_boxes }</fieldset>
            }
            <p class="sd-muted" aria-live="polite">
                { match available {
                    0 => "No question matches these options: untick some.".to_string(),
                    n if n <= count => format!("All {} that match.", count_of(n, "question", "questions")),
                    n => format!("{} drawn at random from the {n} that match.", count_of(count, "question", "questions")),
                } }
            </p>
            if available > 0 {
                <Link to={to.clone()} class="sd-button sd-primary">{ "Start the quiz" }</Link>
                if !is_custom(&deck.id) {
                    <ShareControl route={to} label="Share this quiz" link_name="this quiz's link" title={format!("A {} quiz on stardrill", deck.title)} />
                }
            } else {
                <p>{ "No question matches these options: untick one." }</p>
            }
        </form>
    }
}

fn toggled<T: PartialEq + Clone>(list: &[T], item: T) -> Vec<T> {
    let mut next = list.to_vec();
    match next.iter().position(|x| *x == item) {
        Some(i) => {
            next.remove(i);
        }
        None => next.push(item),
    }
    next
}

fn deck_types(deck: &Deck) -> Vec<QuestionType> {
    QuestionType::ALL
        .into_iter()
        .filter(|t| deck.questions.iter().any(|q| q.kind == *t))
        .collect()
}

fn deck_principles(deck: &Deck) -> Vec<(String, String)> {
    bank::catalog()
        .principles
        .iter()
        .filter(|p| {
            deck.questions
                .iter()
                .any(|q| q.principle.as_ref() == Some(&p.id))
        })
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}
