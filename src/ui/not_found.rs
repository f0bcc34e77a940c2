use super::link::Link;
use crate::route::Route;
use yew::prelude::*;

/// `what` was asked for and is missing, e.g. `deck called “x”`; shown as text. A function, not
/// a component: it has no state (each component type costs about 1 KB of Yew's code).
pub fn not_found(what: &str) -> Html {
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "Page not found" }</h1>
            <p>{ format!("There is no {}. The link may be mistyped, or made by a newer version of stardrill.", what) }</p>
            <p><Link to={Route::Home} class="sd-button">{ "Back to all decks" }</Link></p>
        </section>
    }
}
