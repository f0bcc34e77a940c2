//! `#/embed`: the embed builder, for blog authors. Choose what to show (a deck's study card, a
//! quiz, a checklist), the questions and seed of a quiz and the theme; see it live (the iframe
//! embed itself, `frame.html`) and copy the snippet, as a script widget or an iframe. The
//! snippets are written by the pure [`crate::embed`].

use super::field::{input_value, select_value};
use super::share::browser::copy_text;
use super::share::use_app_address;
use crate::bank;
use crate::embed::{Embed, EmbedKind, EmbedMode, Theme};
use crate::link::deck_link::app_folder;
use yew::prelude::*;

/// The builder's choices: what to embed and how.
#[derive(Clone, PartialEq)]
struct Choice {
    embed: Embed,
    kind: EmbedKind,
    /// "Copied", or how to copy by hand; about the snippet on screen when it was said.
    said: Option<(&'static str, String)>,
}

/// A change of the builder's choices, from a control's value. One change at a time; a change of
/// what is embedded makes the last "Copied" stale.
fn change(
    choice: &UseStateHandle<Choice>,
    edit: impl Fn(&mut Choice, String) + 'static,
) -> impl Fn(String) + 'static {
    let choice = choice.clone();
    move |value| {
        let mut next = (*choice).clone();
        edit(&mut next, value);
        next.said = None;
        choice.set(next);
    }
}

#[component]
pub fn EmbedBuilder() -> Html {
    let catalog = bank::catalog();
    let first_deck = catalog
        .decks
        .first()
        .map(|d| d.id.clone())
        .unwrap_or_default();
    let choice = use_state(|| Choice {
        embed: Embed {
            mode: EmbedMode::Quiz,
            target: first_deck.clone(),
            count: 5,
            seed: super::quiz::random_seed(),
            theme: Theme::Auto,
        },
        kind: EmbedKind::Script,
        said: None,
    });
    let app = use_app_address().map(|href| app_folder(&href).to_string());

    let first_checklist = catalog.checklists.first().map(|c| c.id.clone());
    let on_mode = {
        let set = change(&choice, move |c, value| {
            let mode = match value.as_str() {
                "learn" => EmbedMode::Learn,
                "checklist" => EmbedMode::Checklist,
                _ => EmbedMode::Quiz,
            };
            // Decks and checklists are two lists: moving between them starts on the first.
            let checklist = mode == EmbedMode::Checklist;
            if checklist != (c.embed.mode == EmbedMode::Checklist) {
                c.embed.target = if checklist {
                    first_checklist.clone().unwrap_or_default()
                } else {
                    first_deck.clone()
                };
            }
            c.embed.mode = mode;
        });
        Callback::from(move |e: Event| set(select_value(&e)))
    };
    let on_target = {
        let set = change(&choice, |c, v| c.embed.target = v);
        Callback::from(move |e: Event| set(select_value(&e)))
    };
    let on_count = {
        let set = change(&choice, |c, v| {
            if let Ok(n) = v.trim().parse::<usize>() {
                c.embed.count = n.clamp(1, 50);
            }
        });
        Callback::from(move |e: InputEvent| set(input_value(&e)))
    };
    let on_seed = {
        let set = change(&choice, |c, v| {
            if let Ok(seed) = v.trim().parse() {
                c.embed.seed = seed;
            }
        });
        Callback::from(move |e: InputEvent| set(input_value(&e)))
    };
    let new_seed = {
        let set = change(&choice, |c, _| c.embed.seed = super::quiz::random_seed());
        Callback::from(move |_: MouseEvent| set(String::new()))
    };
    let on_theme = {
        let set = change(&choice, |c, v| {
            c.embed.theme = match v.as_str() {
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                _ => Theme::Auto,
            };
        });
        Callback::from(move |e: Event| set(select_value(&e)))
    };
    let on_kind = |kind: EmbedKind| {
        let set = change(&choice, move |c, _| c.kind = kind);
        Callback::from(move |_: Event| set(String::new()))
    };

    let embed = &choice.embed;
    let title = match embed.mode {
        EmbedMode::Checklist => catalog.checklist(&embed.target).map(|c| c.title.clone()),
        _ => catalog.deck(&embed.target).map(|d| d.title.clone()),
    }
    .unwrap_or_default();
    let Some(app) = app else {
        return html! {
            <section class="sd-screen">
                <h1 tabindex="-1">{ "Embed stardrill in your page" }</h1>
                <p>{ "Snippets need the app's web address: open this screen in the hosted app, not from a file or inside another page." }</p>
            </section>
        };
    };
    let snippet = embed.snippet(choice.kind, &app, &title);
    let copy = {
        let (choice, snippet) = (choice.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let (choice, snippet) = (choice.clone(), snippet.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = if copy_text(&snippet).await {
                    "Snippet copied."
                } else {
                    "Your browser did not allow copying: select the snippet and copy it."
                };
                let mut next = (*choice).clone();
                next.said = Some((said, snippet));
                choice.set(next);
            });
        })
    };
    let said = choice
        .said
        .as_ref()
        .filter(|(_, about)| *about == snippet)
        .map(|(said, _)| *said);

    let mode_key = match embed.mode {
        EmbedMode::Learn => "learn",
        EmbedMode::Quiz => "quiz",
        EmbedMode::Checklist => "checklist",
    };
    let targets: Html = {
        let entries: Vec<(&String, &String)> = match embed.mode {
            EmbedMode::Checklist => catalog
                .checklists
                .iter()
                .map(|c| (&c.id, &c.title))
                .collect(),
            _ => catalog.decks.iter().map(|d| (&d.id, &d.title)).collect(),
        };
        entries
            .into_iter()
            .map(|(id, title)| html! { <option key={id.clone()} value={id.clone()} selected={*id == embed.target}>{ title }</option> })
            .collect()
    };
    let option = |value: &'static str, label: &'static str, selected: bool| {
        html! { <option {value} {selected}>{ label }</option> }
    };
    let kind_radio = |kind: EmbedKind, label: &'static str| {
        html! {
            <label class="sd-check">
                <input type="radio" name="sd-embed-kind" checked={choice.kind == kind} onchange={on_kind(kind)} />
                { label }
            </label>
        }
    };
    html! {
        <section class="sd-screen sd-embed">
            <h1 tabindex="-1">{ "Embed stardrill in your page" }</h1>
            <p class="sd-lead">{ "Choose what your readers practise, see it as they will, and copy the snippet into your page." }</p>
            <form class="sd-card sd-setup" aria-label="Embed options" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="sd-field">{ "Show " }
                    <select onchange={on_mode}>
                        { option("quiz", "A quiz", embed.mode == EmbedMode::Quiz) }
                        { option("learn", "A deck's study card", embed.mode == EmbedMode::Learn) }
                        { option("checklist", "A checklist", embed.mode == EmbedMode::Checklist) }
                    </select>
                </label>
                <label class="sd-field">{ if embed.mode == EmbedMode::Checklist { "Checklist " } else { "Deck " } }
                    <select key={mode_key} onchange={on_target}>{ targets }</select>
                </label>
                if embed.mode == EmbedMode::Quiz {
                    <label class="sd-field">{ "Questions " }
                        <input type="number" min="1" max="50" value={embed.count.to_string()} oninput={on_count} />
                    </label>
                    <label class="sd-field">{ "Seed (the same seed gives every reader the same questions) " }
                        <input type="number" class="sd-seed" min="0" value={embed.seed.to_string()} oninput={on_seed} />
                    </label>
                    <button type="button" class="sd-button" onclick={new_seed}>{ "New seed" }</button>
                }
                <label class="sd-field">{ "Theme " }
                    <select onchange={on_theme}>
                        { option("auto", "Follow the reader's system", embed.theme == Theme::Auto) }
                        { option("light", "Light", embed.theme == Theme::Light) }
                        { option("dark", "Dark", embed.theme == Theme::Dark) }
                    </select>
                </label>
                <fieldset>
                    <legend>{ "Embed as" }</legend>
                    { kind_radio(EmbedKind::Script, "A script widget (in your page, styled apart from it)") }
                    { kind_radio(EmbedKind::Iframe, "An iframe (for hosts that allow no scripts)") }
                </fieldset>
            </form>
            <h2>{ "Snippet" }</h2>
            <label class="sd-field sd-snippet">{ "Paste this into your page's HTML" }
                <textarea readonly=true rows="6" value={snippet} />
            </label>
            <p class="sd-actions">
                <button type="button" class="sd-button sd-primary" onclick={copy}>{ "Copy the snippet" }</button>
                <span role="status">{ said }</span>
            </p>
            <h2>{ "Preview" }</h2>
            <iframe class="sd-embed-preview" title={format!("Preview: {title}")} src={embed.frame_src(&app)} />
        </section>
    }
}
