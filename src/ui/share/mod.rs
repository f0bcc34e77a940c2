//! Share controls: a link handed over by the Web Share API where the browser has it, else
//! copied to the clipboard ("Link copied", announced), else shown selected to copy by hand;
//! its QR code on request. The link is always the standalone app's address (a widget's
//! `data-app-url`), never the page a widget is embedded in.

pub mod browser;
// The result card's screen: the full build only (few readers make a card; its drawing and
// download code is 5.4 KB gzip of wasm). The reader's build links to it (`Route::Card`).
#[cfg(feature = "full")]
pub mod card;
pub mod challenge;
pub mod qr_encoder;

use super::router::{use_nav, Mode};
use crate::link::share_url::{absolute, shareable};
use crate::route::Route;
use browser::Handed;
use qr_encoder::Loaded;
use yew::prelude::*;

/// The standalone app's address, or `None` in a widget that was not told it (its links would
/// then be the host page's, which must not be shared) and in the single file opened from disk
/// (a `file:` link opens nothing on a friend's device).
#[hook]
pub fn use_app_address() -> Option<String> {
    let nav = use_nav();
    match nav.as_ref().map(|n| (n.mode, n.app_url.clone())) {
        Some((Mode::Widget | Mode::Frame, app)) => app.map(|a| a.to_string()),
        _ => web_sys::window()
            .and_then(|w| w.location().href().ok())
            .filter(|href| href.starts_with("http:") || href.starts_with("https:"))
            .map(|href| href.split('#').next().unwrap_or_default().to_string()),
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Shared,
    Copied,
    /// Neither sharing nor the clipboard worked: the link, shown selected.
    Shown,
    Refused(String),
}

#[derive(Properties, PartialEq)]
pub struct ShareControlProps {
    pub route: Route,
    /// The button's text, e.g. "Share this quiz".
    pub label: AttrValue,
    /// The share sheet's title.
    pub title: AttrValue,
    /// What the link is, for its QR button's name ("Show QR code of <this>"): a screen may
    /// have two, and a screen reader lists buttons by name.
    pub link_name: AttrValue,
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    let app = use_app_address();
    // The status and the link it is about: once a name is typed for a challenge, "Link
    // copied" would be about the old link, so it is shown only while the link is the same.
    let status = use_state(|| (Status::Idle, String::new()));
    let show_qr = use_state(|| false);
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with((*status).clone(), move |(status, _)| {
            if *status == Status::Shown {
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    let Some(app) = app else {
        return Html::default();
    };
    let full = absolute(&app, &props.route);
    let current = if status.1 == full {
        status.0.clone()
    } else {
        Status::Idle
    };
    let link = shareable(full.clone());
    let onclick = {
        let (status, link, title) = (status.clone(), link.clone(), props.title.to_string());
        Callback::from(move |_: MouseEvent| {
            let (status, link, title) = (status.clone(), link.clone(), title.clone());
            let link = match link {
                Ok(link) => link,
                Err(why) => return status.set((Status::Refused(why), full.clone())),
            };
            wasm_bindgen_futures::spawn_local(async move {
                let next = match browser::share_link(&link, &title).await {
                    Handed::Shared => Status::Shared,
                    Handed::Cancelled => Status::Idle,
                    Handed::Unavailable if browser::copy_text(&link).await => Status::Copied,
                    Handed::Unavailable => Status::Shown,
                };
                status.set((next, link));
            });
        })
    };
    let toggle_qr = {
        let show_qr = show_qr.clone();
        Callback::from(move |_: MouseEvent| {
            let show = !*show_qr;
            show_qr.set(show);
            // The encoder's first use on this page (or a retry after a failure): fetched, then
            // this control draws again.
            if show && qr_encoder::loaded() != Loaded::Ready {
                let show_qr = show_qr.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    qr_encoder::load().await;
                    show_qr.set(true);
                });
            }
        })
    };
    let line = match &current {
        Status::Idle | Status::Shown => String::new(),
        Status::Shared => "Link shared".into(),
        Status::Copied => "Link copied".into(),
        Status::Refused(why) => why.clone(),
    };
    // Drawn only when asked for: the code is a few thousand path segments.
    let qr = match (&link, *show_qr) {
        (Ok(link), true) => qr_encoder::qr_of(link),
        _ => None,
    };
    let qr_line = match (*show_qr, qr_encoder::loaded()) {
        (true, Loaded::No) => "Drawing the QR code…",
        (true, Loaded::Failed) => {
            "The QR code could not be drawn: its encoder did not load. Check your connection, then press “Hide QR code” and “Show QR code”."
        }
        _ => "",
    };
    let shown_link = link.as_ref().ok().filter(|_| current == Status::Shown);
    let qr_action = if *show_qr {
        "Hide QR code"
    } else {
        "Show QR code"
    };
    html! {
        <div class="sd-share">
            <p class="sd-actions">
                // Two literal classes, not `class={…}`: see `Link`.
                if props.primary {
                    <button type="button" class="sd-primary" {onclick}>{ &props.label }</button>
                } else {
                    <button type="button" {onclick}>{ &props.label }</button>
                }
                if link.is_ok() {
                    <button type="button" aria-expanded={show_qr.to_string()} onclick={toggle_qr}
                        aria-label={format!("{qr_action} of {}", props.link_name)}>{ qr_action }</button>
                }
            </p>
            <p class="sd-share-status" role="status">{ line }</p>
            if let Some(link) = shown_link {
                <label class="sd-field">{ "Copy this link: " }
                    <input type="text" readonly=true value={link.clone()} ref={field} />
                </label>
            }
            <p class="sd-qr-status" role="status">{ qr_line }</p>
            if let Some(qr) = qr {
                <img class="sd-qr" alt={format!("QR code of the link: {}", props.title)}
                    width={(4 * (qr.modules + 8)).to_string()} height={(4 * (qr.modules + 8)).to_string()}
                    src={format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(&qr.svg))} />
            }
        </div>
    }
}
