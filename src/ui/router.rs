//! Navigation. As a full page the route is the URL hash (every screen is a shareable link, the
//! back button works). As a widget inside someone's page the route is kept in memory so that
//! two widgets, and the host page's own anchors, do not fight over one hash.

use crate::route::Route;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The standalone app: owns the URL hash and the page.
    Page,
    /// A widget in someone else's page: its route is kept in memory.
    Widget,
    /// The iframe embed (`frame.html`): owns the frame's own URL hash like a page, but is a
    /// guest on the host page like a widget (no header, no focus taken on load, shares and
    /// links the standalone app beside it).
    Frame,
}

impl Mode {
    /// The route is the URL hash (the page's, or the frame's own).
    pub fn owns_hash(self) -> bool {
        self != Mode::Widget
    }
}

#[derive(Clone, PartialEq)]
pub struct Nav {
    pub route: Route,
    /// Counts navigations; 0 on the first render. Screens move focus when it changes.
    pub visit: u32,
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

/// Where the router is, and how many times the learner has navigated (screens move focus to
/// their heading on a navigation, not on the first render nor when a link only gains a seed).
#[derive(Debug, Clone, PartialEq)]
struct Location {
    route: Route,
    visit: u32,
}

enum Move {
    /// A link was followed.
    Go(Route),
    /// The same screen, its link completed (no history entry, no focus move).
    Replace(Route),
    /// The URL hash changed (back, forward, a typed URL, or our own `Go` / `Replace`).
    Arrived(Route),
}

impl Reducible for Location {
    type Action = Move;

    fn reduce(self: Rc<Self>, action: Move) -> Rc<Self> {
        let (route, visit) = match action {
            Move::Go(route) => (route, self.visit + 1),
            Move::Replace(route) => (route, self.visit),
            Move::Arrived(route) if route == self.route => return self,
            Move::Arrived(route) => (route, self.visit + 1),
        };
        Rc::new(Location { route, visit })
    }
}

#[component]
pub fn Router(props: &RouterProps) -> Html {
    let mode = props.mode;
    let start = props.start.clone();
    let location = use_reducer(move || Location {
        route: match mode {
            Mode::Page | Mode::Frame => Route::parse(&current_hash()),
            Mode::Widget => start,
        },
        visit: 0,
    });
    {
        let location = location.dispatcher();
        use_effect_with(mode, move |mode| {
            let listener = mode.owns_hash().then(|| {
                web_sys::window().map(|w| {
                    gloo_events::EventListener::new(&w, "hashchange", move |_| {
                        location.dispatch(Move::Arrived(Route::parse(&current_hash())))
                    })
                })
            });
            move || drop(listener)
        });
    }
    let go = {
        let location = location.dispatcher();
        Callback::from(move |next: Route| {
            if !mode.owns_hash() {
                return location.dispatch(Move::Go(next));
            }
            // The hashchange that follows reports the arrival.
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&next.to_hash());
            }
        })
    };
    let replace = {
        let location = location.dispatcher();
        Callback::from(move |next: Route| {
            if mode.owns_hash() {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().replace(&next.to_hash());
                }
            }
            location.dispatch(Move::Replace(next));
        })
    };
    let nav = Nav {
        route: location.route.clone(),
        visit: location.visit,
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
