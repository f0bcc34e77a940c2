use super::link::Link;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What was asked for and is missing, e.g. `a deck called “x”`; shown as text.
    pub what: AttrValue,
}

#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "Page not found" }</h1>
            <p>{ format!("There is no {}. The link may be mistyped, or made by a newer version of stardrill.", props.what) }</p>
            <p><Link to={Route::Home} class="sd-button">{ "Back to all decks" }</Link></p>
        </section>
    }
}
