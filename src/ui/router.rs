//! Navigation. As a full page the route is the URL hash (every screen is a shareable link, the
//! back button works). As a widget inside someone's page the route is kept in memory so that
//! two widgets, and the host page's own anchors, do not fight over one hash.

use crate::route::Route;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Page,
    Widget,
}

#[derive(Clone, PartialEq)]
pub struct Nav {
    pub route: Route,
    pub mode: Mode,
    /// Go to a route (a new history entry in page mode).
    pub go: Callback<Route>,
    /// Replace the current route (e.g. a quiz link gains its seed) without a history entry.
    pub replace: Callback<Route>,
    /// In widget mode, the standalone app's address: links point there, so "copy link" and
    /// "open in new tab" give a working link instead of the host page plus a hash.
    pub app_url: Option<AttrValue>,
}

impl Nav {
    /// The `href` of a link to `route`.
    pub fn href(&self, route: &Route) -> String {
        match (&self.app_url, self.mode) {
            (Some(app), Mode::Widget) => format!("{app}{}", route.to_hash()),
            _ => route.to_hash(),
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub mode: Mode,
    /// The first route in widget mode.
    pub start: Route,
    #[prop_or_default]
    pub app_url: Option<AttrValue>,
    pub children: Html,
}

#[component]
pub fn Router(props: &RouterProps) -> Html {
    let mode = props.mode;
    let start = props.start.clone();
    let route = use_state(move || match mode {
        Mode::Page => Route::parse(&current_hash()),
        Mode::Widget => start,
    });
    {
        let route = route.clone();
        use_effect_with(mode, move |mode| {
            let listener = (*mode == Mode::Page).then(|| {
                web_sys::window().map(|w| {
                    gloo_events::EventListener::new(&w, "hashchange", move |_| {
                        route.set(Route::parse(&current_hash()))
                    })
                })
            });
            move || drop(listener)
        });
    }
    let go = {
        let route = route.clone();
        Callback::from(move |next: Route| match mode {
            Mode::Page => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash(&next.to_hash());
                }
            }
            Mode::Widget => route.set(next),
        })
    };
    let replace = {
        let route = route.clone();
        Callback::from(move |next: Route| {
            if mode == Mode::Page {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().replace(&next.to_hash());
                }
            }
            route.set(next);
        })
    };
    let nav = Nav {
        route: (*route).clone(),
        mode,
        go,
        replace,
        app_url: props.app_url.clone(),
    };
    html! {
        <ContextProvider<Nav> context={nav}>{ props.children.clone() }</ContextProvider<Nav>>
    }
}

#[hook]
pub fn use_nav() -> Option<Nav> {
    use_context::<Nav>()
}
