//! Challenges on screen: making one from a quiz's results (with "Share the questions I missed"
//! and a link to the result card, `share::card`), the line a friend sees before starting, and
//! both results side by side at the end. The challenger's data is only shown, never saved: the
//! friend's progress changes only through the friend's own answers.

use super::ShareControl;
use crate::bank;
use crate::link::{compare, Challenge, LinkError};
use crate::quiz::Attempt;
use crate::route::Route;
use crate::ui::field::input_value;
use crate::ui::link::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareResultsProps {
    pub attempt: Attempt,
}

/// "Share with a friend" under a quiz's results.
#[component]
pub fn ShareResults(props: &ShareResultsProps) -> Html {
    let name = use_state(String::new);
    let oninput = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(input_value(&e)))
    };
    let challenge = Challenge::from_attempt(&props.attempt, &name);
    let route = challenge.to_route();
    let missed = props.attempt.retry_missed_options();
    html! {
        <section class="sd-card sd-share-results" aria-labelledby="sd-share-h">
            <h2 id="sd-share-h">{ "Share with a friend" }</h2>
            <label class="sd-field">{ "Your name (optional, shown to your friend)" }
                <input type="text" maxlength="24" autocomplete="nickname" value={(*name).clone()} {oninput} />
            </label>
            <ShareControl {route} label="Challenge a friend" link_name="the challenge link" primary=true
                title={format!("Beat my {} of {} on stardrill", challenge.right_count(), challenge.right.len())} />
            if let Some(retry) = missed {
                <ShareControl route={Route::quiz(&props.attempt.deck, &retry)}
                    label="Share the questions I missed" link_name="the link to the questions you missed" title="The questions I missed on stardrill" />
            }
            <h3>{ "Result card" }</h3>
            <p>{ "An image of your score to post or send: it shows the deck, the challenge link and your name, if you gave one." }</p>
            <p><Link to={challenge.card_route()} class="sd-button">{ "Make a result card" }</Link></p>
        </section>
    }
}

/// One line above the quiz: the invitation, or why the challenge was refused. `questions`:
/// how many the friend's quiz has (to tell when the deck changed since); `before_start`: the
/// friend has not answered yet, when the invitation shows. A plain function, not a component:
/// it has no state, and each component costs code size.
pub fn challenge_line(
    challenge: &Option<Result<Challenge, LinkError>>,
    questions: usize,
    before_start: bool,
) -> Html {
    match challenge {
        None => Html::default(),
        Some(Err(why)) => html! {
            <p class="sd-notice" role="status">{ format!("{why} The quiz opens without the challenge.") }</p>
        },
        Some(Ok(c)) if c.right.len() != questions => html! {
            <p class="sd-notice" role="status">{ changed_line(c, questions) }</p>
        },
        Some(Ok(c)) if before_start => html! {
            <p class="sd-challenge" role="status">{ c.invitation() }</p>
        },
        Some(Ok(_)) => Html::default(),
    }
}

fn changed_line(c: &Challenge, questions: usize) -> String {
    format!(
        "This deck has changed since the challenge was made ({} questions then, {questions} now), so the questions are not all the same: compare scores, not question numbers.",
        c.right.len()
    )
}

/// Both results, question by question (a plain function, like [`challenge_line`]).
pub fn challenge_results(challenge: &Challenge, attempt: &Attempt) -> Html {
    let c = compare(challenge, attempt);
    let them = challenge.name.as_deref().unwrap_or("your friend");
    let them_title = challenge.name.as_deref().unwrap_or("Your friend");
    // The deck is loaded: the summary that shows this is behind its DeckGate.
    let prompt = |id: &str| bank::question(id).map(|(_, q)| q.prompt.clone());
    let word = |right: bool| if right { "right" } else { "missed" };
    let rows = c.rows.iter().map(|r| {
        html! {
            <tr key={r.number}>
                <th scope="row">{ format!("{}. ", r.number) }{ prompt(&r.question).unwrap_or_default() }</th>
                <td data-vs={word(r.you)}>{ word(r.you) }</td>
                <td data-vs={word(r.them)}>{ word(r.them) }</td>
            </tr>
        }
    });
    html! {
        <section class="sd-card sd-challenge-results" aria-labelledby="sd-vs-h">
            <h2 id="sd-vs-h">{ format!("You and {them}") }</h2>
            <p>{ c.headline(them) }</p>
            if !c.same_quiz {
                <p class="sd-notice">{ changed_line(challenge, attempt.items.len()) }</p>
            }
            <div class="sd-scroll"><table class="sd-table">
                <caption>{ "Question by question" }</caption>
                <thead><tr><th scope="col">{ "Question" }</th><th scope="col">{ "You" }</th><th scope="col">{ them_title }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table></div>
        </section>
    }
}
