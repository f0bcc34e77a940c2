//! A real link (`<a href="#/…">`) so copy-link, open-in-new-tab and screen readers work. In
//! widget mode a plain click is routed in memory instead of changing the host page's hash.
//!
//! The `<a>` is built with Yew's `VTag` API, not `html!`: there a class that is not a literal
//! (`class={…}`) always goes through Yew's `Classes`, a hashed set, which the reader's build
//! does without (2.4 KB gzip of wasm, measured with its other computed classes, now literal).

use super::router::{use_nav, Mode};
use crate::route::Route;
use std::rc::Rc;
use yew::html::onclick;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    /// The link's class attribute, e.g. `"sd-button sd-primary"`; none if empty.
    #[prop_or_default]
    pub class: &'static str,
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
    let mut a = VTag::new("a");
    a.set_attributes(Attributes::Dynamic {
        keys: &["href", "class"],
        values: Box::new([
            Some(AttributeOrProperty::Attribute(href.into())),
            (!props.class.is_empty()).then_some(AttributeOrProperty::Static(props.class)),
        ]),
    });
    a.set_listeners(Box::new([Some(Rc::new(onclick::Wrapper::new(onclick)))]));
    a.add_child(props.children.clone());
    a.into()
}
