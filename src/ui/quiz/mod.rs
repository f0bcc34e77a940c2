//! `#/quiz/<deck>?n=&seed=&types=&principles=&only=`: one question at a time, feedback after
//! each answer, a summary at the end. The attempt is saved after every answer, so a reload
//! resumes at the same question in the same order.

mod answers;
mod feedback;
mod question;
// The results: the reader's build. The quiz build (feature `quiz` alone, a quiz's link on the
// standalone page) hands over to it for them (src/ui/reader_build.rs).
#[cfg(feature = "reader")]
mod summary;

use super::link::Link;
use super::not_found::not_found;
use super::router::use_nav;
use super::store::{now, use_store};
use crate::bank;
use crate::link::Challenge;
use crate::progress::Change;
use crate::quiz::{reconcile, Attempt, QuizOptions, Shortfall};
use crate::route::{QuizQuery, Route};
#[cfg(not(feature = "reader"))]
use crate::ui::reader_build::InReaderBuild;
use crate::ui::share::challenge::challenge_line;
use question::QuestionView;
#[cfg(feature = "reader")]
use summary::Summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizScreenProps {
    pub deck: AttrValue,
    pub options: QuizQuery,
}

/// A fresh seed for a new quiz link.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 1e9) as u64
}

#[component]
pub fn QuizScreen(props: &QuizScreenProps) -> Html {
    let store = use_store();
    let nav = use_nav();
    let page_mode = nav
        .as_ref()
        .is_some_and(|n| n.mode == super::router::Mode::Page);
    let options = props.options.to_options();
    // A friend's challenge rides in the link; it is read here and only shown, never saved.
    let challenge = Challenge::from_link(&props.deck, &props.options);

    // A link without a seed gets one, written back into the URL so a reload or a shared link
    // gives the same quiz. As a page, a link with values this version cannot use (`n=abc`, an
    // unknown type, a key given twice) is rewritten to what it now means, so the address bar
    // shows the quiz on screen and is safe to share.
    {
        let deck_id = props.deck.to_string();
        let query = props.options.clone();
        use_effect_with((deck_id, query), move |(deck_id, query)| {
            let Some(nav) = nav else { return };
            let mut clean = query.clone();
            if clean.seed.is_none() {
                clean.seed = Some(random_seed());
            }
            let route = Route::Quiz {
                deck: deck_id.clone(),
                options: clean,
            };
            let shown = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            let stale = query.seed.is_none() || (nav.mode.owns_hash() && shown != route.to_hash());
            if stale {
                nav.replace.emit(route);
            }
        });
    }

    // The attempt this link starts if none is saved yet. Built during render (it is pure and
    // seeded) so the first question shows at once; it is saved with its first answer.
    let fresh = use_memo(
        (props.deck.to_string(), options.clone()),
        |(deck_id, options)| {
            let deck = bank::deck(deck_id)?;
            Some(Attempt::new(deck, options.clone()?, now()))
        },
    );
    // What is saved for this link: the unfinished attempt, else the last finished one. The
    // unfinished one is shown as reconciled with today's deck (questions removed since, choice
    // orders out of date); the effect below saves that, and the notice stays for this visit.
    let deck_now = bank::deck(&props.deck);
    // Empty: no notice (a `String` state, as other screens have: one hook type less in the wasm).
    let notice = use_state(String::new);
    // Whether this screen has shown a question: the results that follow it take focus.
    let showed_question = use_mut_ref(|| false);
    let saved = store
        .as_ref()
        .zip(options.as_ref())
        .map(|(store, options)| {
            // (the attempt as shown, its id, what reconciling it found)
            let open = store
                .progress
                .open_attempt(&props.deck, options)
                .cloned()
                .map(|mut open| {
                    let report = deck_now.map(|d| reconcile(&mut open, d, now()));
                    (open, report.unwrap_or_default())
                });
            let finished = store
                .progress
                .attempts
                .iter()
                .rev()
                .find(|a| a.deck == *props.deck && a.options == *options && a.is_finished())
                .cloned();
            (open, finished)
        });
    {
        let report = saved
            .as_ref()
            .and_then(|(open, _)| open.as_ref().map(|(a, r)| (a.id.clone(), *r)));
        let (store, notice) = (store.clone(), notice.clone());
        use_effect_with(report, move |report| {
            let Some((attempt, report)) = report else {
                return;
            };
            // Said once per visit, including after a reload (answers to removed questions stay
            // in the attempt, so they are found again).
            // The first count seen stands: once saved, the unanswered removed questions are
            // gone from the attempt and a recount would say fewer.
            if let (Some(line), true) = (report.notice(), notice.is_empty()) {
                notice.set(line);
            }
            if report.changed() {
                if let Some(store) = store {
                    store.dispatch(Change::Reconcile {
                        attempt: attempt.clone(),
                    });
                }
            }
        });
    }
    // A reconciled attempt left with nothing to answer is closed: shown as results, like any
    // finished one (it is saved that way by the effect above).
    let saved = saved.map(|(open, finished)| match open {
        Some((a, _)) if a.is_finished() => (None, (!a.items.is_empty()).then_some(a).or(finished)),
        Some((a, _)) if a.items.is_empty() => (None, finished),
        Some((a, _)) => (Some(a), finished),
        None => (None, finished),
    });

    let Some(deck) = deck_now else {
        return not_found(&format!("deck called “{}”", props.deck), !page_mode);
    };
    let preparing = html! { <p class="sd-screen" aria-busy="true">{ "Preparing your quiz…" }</p> };
    let Some((open, finished)) = saved else {
        return preparing;
    };
    let is_saved = open.is_some();
    let to_start = match (&open, &finished) {
        (None, None) => (*fresh).clone(),
        _ => None,
    };
    match (open.or(to_start), finished) {
        (Some(attempt), _) => {
            if attempt.items.is_empty() {
                return html! {
                    <section class="sd-screen">
                        <h1 tabindex="-1">{ format!("Quiz: {}", deck.title) }</h1>
                        <p>{ "No question of this deck matches this quiz's options: the questions it names may have been removed or renamed." }</p>
                        <p class="sd-actions">
                            <Link to={Route::quiz(&deck.id, &QuizOptions { seed: random_seed(), ..QuizOptions::default() })}
                                class="sd-button sd-primary">{ "Take a quick quiz of this deck" }</Link>
                            <Link to={Route::Learn { deck: deck.id.clone(), section: None }} class="sd-button">{ "Choose other options" }</Link>
                        </p>
                    </section>
                };
            }
            *showed_question.borrow_mut() = true;
            // Asked for more than there are: say so rather than quietly giving fewer (unless
            // the notice already says questions were removed).
            let fewer_than_asked = match attempt.shortfall().filter(|_| notice.is_empty()) {
                Some(Shortfall::Filtered(1)) => Some(
                    "Only 1 question matches these options, so this quiz has just that one."
                        .to_string(),
                ),
                Some(Shortfall::Filtered(n)) => Some(format!(
                    "Only {n} questions match these options, so this quiz has all {n}."
                )),
                Some(Shortfall::SmallDeck(1)) => {
                    Some("This deck has 1 question, so this quiz has just that one.".to_string())
                }
                Some(Shortfall::SmallDeck(n)) => Some(format!(
                    "This deck has {n} questions, so this quiz has all of them."
                )),
                None => None,
            };
            let index = attempt.current.min(attempt.items.len() - 1);
            let total = attempt.items.len();
            html! {
                <section class="sd-screen sd-quiz">
                    <h1 tabindex="-1" class="sd-quiz-title">{ format!("Quiz: {}", deck.title) }</h1>
                    <div class="sd-progress-line">
                        <span id="sd-quiz-count">{ format!("Question {} of {}", index + 1, total) }</span>
                        <progress max={total.to_string()} value={attempt.answered().to_string()}
                            aria-labelledby="sd-quiz-count"></progress>
                    </div>
                    if !notice.is_empty() {
                        <p class="sd-notice" role="status">{ (*notice).clone() }</p>
                    }
                    if let Some(line) = fewer_than_asked.clone() {
                        <p class="sd-notice">{ line }</p>
                    }
                    { challenge_line(&challenge, total, attempt.answered() == 0) }
                    // Keyed by the question, not its position: when an earlier question is
                    // removed, the one on screen keeps its state.
                    <QuestionView key={format!("{}-{}", attempt.id, attempt.items[index].question)}
                        attempt={attempt.clone()} {index} saved={is_saved} />
                </section>
            }
        }
        // The quiz build: the attempt is saved; the reader's build, started on this route, shows
        // its results.
        #[cfg(not(feature = "reader"))]
        (None, Some(attempt)) => html! { <InReaderBuild deck={attempt.deck} results=true /> },
        #[cfg(feature = "reader")]
        (None, Some(attempt)) => {
            let take_focus = *showed_question.borrow() || page_mode;
            // At the end only a refusal needs its line again; a valid challenge is compared.
            let refused = challenge_line(
                &challenge.clone().filter(Result::is_err),
                attempt.items.len(),
                false,
            );
            let challenge = challenge.and_then(Result::ok);
            html! {
                <>
                    { refused }
                    <Summary {attempt} {take_focus} {challenge} />
                </>
            }
        }
        (None, None) => preparing,
    }
}
