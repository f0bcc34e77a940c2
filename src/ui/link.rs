//! A real link (`<a href="#/…">`) so copy-link, open-in-new-tab and screen readers work. In
//! widget mode a plain click is routed in memory instead of changing the host page's hash.

use super::router::{use_nav, Mode};
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Link(props: &LinkProps) -> Html {
    let nav = use_nav();
    let href = nav
        .as_ref()
        .map_or_else(|| props.to.to_hash(), |n| n.href(&props.to));
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(nav) = &nav else { return };
            let plain =
                e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if nav.mode == Mode::Widget && plain {
                e.prevent_default();
                nav.go.emit(to.clone());
            }
        })
    };
    html! {
        <a href={href} class={props.class.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
