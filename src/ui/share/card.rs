//! `#/card/<deck>?…`: the result card of the challenge the link carries, made from a quiz's
//! results ("Make a result card"). Its buttons: download it as SVG or as PNG (drawn from the
//! SVG on a canvas), or share the PNG as a file where the Web Share API takes files. The full
//! build only: the reader's build hands this route over (`ui::full_build`).

use super::browser::{self, Handed};
use super::use_app_address;
use crate::bank;
use crate::link::card::{card_svg, CardText, CARD_HEIGHT, CARD_WIDTH};
use crate::link::share_url::{absolute, short_form};
use crate::link::Challenge;
use crate::route::{QuizQuery, Route};
use crate::ui::files::{download_blob, text_blob};
use crate::ui::link::Link;
use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The PNG of an SVG, drawn by the browser at the card's size.
async fn png_of(svg: &str) -> Result<web_sys::Blob, ()> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let url =
        web_sys::Url::create_object_url_with_blob(&text_blob(svg, "image/svg+xml").ok_or(())?)
            .map_err(|_| ())?;
    let img: web_sys::HtmlImageElement = document
        .create_element("img")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let loaded = Promise::new(&mut |resolve, reject| {
        img.set_onload(Some(&resolve));
        img.set_onerror(Some(&reject));
    });
    img.set_src(&url);
    let result = JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    result.map_err(|_| ())?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    canvas.set_width(CARD_WIDTH);
    canvas.set_height(CARD_HEIGHT);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or(())?
        .dyn_into()
        .map_err(|_| ())?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &img,
            0.0,
            0.0,
            f64::from(CARD_WIDTH),
            f64::from(CARD_HEIGHT),
        )
        .map_err(|_| ())?;
    let blob = Promise::new(&mut |resolve, _| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
    });
    JsFuture::from(blob)
        .await
        .ok()
        .and_then(|b| b.dyn_into::<web_sys::Blob>().ok())
        .ok_or(())
}

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// The card, as `link::card::card_svg` draws it.
    pub svg: AttrValue,
    /// "7 of 10 · Influence and communication · stardrill": the image's description.
    pub headline: AttrValue,
}

#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let status = use_state(String::new);
    let can_share = use_memo((), |_| browser::can_share_files());
    let download_svg = {
        let (svg, status) = (props.svg.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let done = text_blob(&svg, "image/svg+xml")
                .and_then(|b| download_blob("stardrill-result.svg", &b));
            status.set(
                if done.is_some() {
                    ""
                } else {
                    "The download did not start."
                }
                .into(),
            );
        })
    };
    let png = |share: bool| {
        let (svg, status, title) = (props.svg.clone(), status.clone(), props.headline.clone());
        Callback::from(move |_: MouseEvent| {
            let (svg, status, title) = (svg.clone(), status.clone(), title.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(blob) = png_of(&svg).await else {
                    return status.set("This browser could not draw the card.".into());
                };
                let line = if share {
                    // Typed, or share targets see an unknown file rather than an image.
                    let typed = web_sys::FilePropertyBag::new();
                    typed.set_type("image/png");
                    let file = web_sys::File::new_with_blob_sequence_and_options(
                        &js_sys::Array::of1(&blob),
                        "stardrill-result.png",
                        &typed,
                    );
                    match file {
                        Ok(file) => match browser::share_file(&file, &title).await {
                            Handed::Shared => "Card shared",
                            Handed::Cancelled => "",
                            Handed::Unavailable => {
                                "This browser cannot share files: download the card instead."
                            }
                        },
                        Err(_) => "This browser cannot share files: download the card instead.",
                    }
                } else if download_blob("stardrill-result.png", &blob).is_some() {
                    ""
                } else {
                    "The download did not start."
                };
                status.set(line.into());
            });
        })
    };
    let size = format!("{CARD_WIDTH} × {CARD_HEIGHT}");
    html! {
        <div class="sd-share">
            <img class="sd-card-preview" alt={props.headline.clone()}
                src={format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(&props.svg))} />
            <p class="sd-actions">
                <button type="button" onclick={download_svg}>{ "Download the card (SVG)" }</button>
                <button type="button" onclick={png(false)}>{ format!("Download the card (PNG, {size})") }</button>
                if *can_share {
                    <button type="button" onclick={png(true)}>{ "Share the card" }</button>
                }
            </p>
            <p class="sd-share-status" role="status">{ (*status).clone() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardScreenProps {
    pub deck: AttrValue,
    pub options: QuizQuery,
}

#[component]
pub fn CardScreen(props: &CardScreenProps) -> Html {
    let app = use_app_address();
    let c = match Challenge::from_link(&props.deck, &props.options) {
        Some(Ok(c)) => c,
        Some(Err(why)) => return cannot_make(&why.to_string()),
        None => return cannot_make("This link has no result in it."),
    };
    // The catalog has every bundled deck's title (no fetch); a challenge is never of a blog
    // author's own deck (its results offer no challenge), but a hand-made link may name one.
    let deck_title = bank::catalog()
        .deck(&c.deck)
        .map_or_else(|| c.deck.clone(), |d| d.title.clone());
    // The challenge's own link, printed short; none where this page has no shareable address.
    let link = app.map_or_else(String::new, |app| {
        short_form(&absolute(&app, &c.to_route()), 56)
    });
    let card = CardText {
        right: c.right_count(),
        questions: c.right.len(),
        deck_title: &deck_title,
        name: c.name.as_deref(),
        link: &link,
    };
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "Your result card" }</h1>
            <p class="sd-lead">{ "Post it, or send it with your challenge link." }</p>
            <ResultCard svg={card_svg(&card)} headline={card.headline()} />
            <p class="sd-actions">
                <Link to={Route::quiz(&c.deck, &c.options)} class="sd-button">{ "Back to your results" }</Link>
                <Link to={Route::Home} class="sd-button">{ "Back to decks" }</Link>
            </p>
        </section>
    }
}

/// A card link that carries no valid challenge: why, and the way back.
fn cannot_make(why: &str) -> Html {
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "This result card cannot be made" }</h1>
            <p>{ why.to_string() }</p>
            <p><Link to={Route::Home} class="sd-button">{ "Back to all decks" }</Link></p>
        </section>
    }
}
