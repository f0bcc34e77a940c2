//! What a screen shows while what it needs arrives (a deck, the full build, a page's own deck, a
//! deck link being unpacked): one card that says what it waits for, announced politely and
//! marked busy, so every wait reads and sounds the same; and when it failed, one card that says
//! why, with Retry.

use yew::prelude::*;

/// The card alone, for a screen that draws its own frame around it.
pub fn loading_card(line: &str) -> Html {
    html! {
        <div class="sd-card sd-loading" aria-busy="true">
            <p class="sd-muted" role="status">{ line }</p>
        </div>
    }
}

/// A whole screen that waits: its heading, if it has one yet, and the card.
pub fn loading_screen(heading: Option<&str>, line: &str) -> Html {
    html! {
        <section class="sd-screen">
            if let Some(heading) = heading {
                <h1 tabindex="-1">{ heading }</h1>
            }
            { loading_card(line) }
        </section>
    }
}

/// What failed and why, in one line (a sentence), with Retry.
pub fn failed_card(line: String, retry: Callback<MouseEvent>) -> Html {
    html! {
        <div class="sd-card sd-load-failed" role="alert">
            <p>{ line }</p>
            <button type="button" class="sd-button sd-primary" onclick={retry}>{ "Retry" }</button>
        </div>
    }
}
