//! The app's one reducer: progress plus how saving stands. Every change goes through the pure
//! `progress::apply`, then `storage::save`, which merges what other tabs saved meanwhile.

use crate::bank;
use crate::progress::{apply, Change, Progress};
use crate::storage::{self, Health};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone)]
pub struct Store {
    pub progress: Progress,
    pub health: Health,
    writer: Rc<storage::Writer>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.progress == other.progress && self.health == other.health
    }
}

impl Store {
    pub fn load() -> Store {
        let (progress, health) = storage::load();
        Store {
            progress,
            health,
            writer: Rc::default(),
        }
    }
}

impl Store {
    /// This app's writer of the progress key (shared with the save-elsewhere listener).
    pub fn writer(&self) -> Rc<storage::Writer> {
        self.writer.clone()
    }
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

impl Reducible for Store {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let saved_elsewhere = matches!(change, Change::SavedElsewhere(_));
        let mut progress = self.progress.clone();
        // Grading and reconciling need the attempt's deck: a quiz screen shows only once its
        // deck is loaded, so the decks loaded so far are enough.
        bank::with_loaded(|decks| apply(&mut progress, change, decks, now()));
        if saved_elsewhere {
            // Its writer (another tab or widget) already saved this; writing it back would echo.
            return Rc::new(Store {
                progress,
                health: self.health.clone(),
                writer: self.writer.clone(),
            });
        }
        let (progress, health) = storage::save(&progress, &self.health, &self.writer);
        Rc::new(Store {
            progress,
            health,
            writer: self.writer.clone(),
        })
    }
}

pub type StoreHandle = UseReducerHandle<Store>;

/// The store, from the context the app provides.
#[hook]
pub fn use_store() -> Option<StoreHandle> {
    use_context::<StoreHandle>()
}
