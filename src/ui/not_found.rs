use super::link::Link;
use crate::route::Route;
use yew::prelude::*;

/// The not-found screen's heading (and the standalone page's tab title on it).
pub const NOT_FOUND: &str = "Page not found";

/// `what` was asked for and is missing, e.g. `deck called “x”`; shown as text. A function, not
/// a component: it has no state (each component type costs about 1 KB of Yew's code).
/// `embedded`: a widget or frame, where the reader followed no link: the name is the page
/// author's (`data-deck`, `data-checklist`), so the words are for both of them.
pub fn not_found(what: &str, embedded: bool) -> Html {
    let (heading, why) = if embedded {
        (
            "This cannot be shown",
            format!("This page asks stardrill for a {what}, and there is none: its author may have mistyped the name."),
        )
    } else {
        (
            NOT_FOUND,
            format!("There is no {what}. The link may be mistyped, or made by a newer version of stardrill."),
        )
    };
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ heading }</h1>
            <p>{ why }</p>
            <p><Link to={Route::Home} class="sd-button">{ "Back to all decks" }</Link></p>
        </section>
    }
}
