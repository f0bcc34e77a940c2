//! Yew glue: thin components over the pure engine. One file per screen, small shared widgets.
//! State lives in one reducer ([`store`]); screens read it through `use_store` and change it
//! only by dispatching a [`crate::progress::Change`].

pub mod app;
pub mod author;
pub mod checklist;
pub mod compression;
pub mod custom_deck;
pub mod deck_gate;
pub mod deck_link;
pub mod deck_restore;
pub mod embed_builder;
pub mod field;
pub mod files;
pub mod full_build;
pub mod home;
pub mod hooks;
pub mod learn;
pub mod link;
pub mod loading;
pub mod not_found;
pub mod progress_view;
pub mod quiz;
pub mod reader_build;
pub mod router;
pub mod share;
pub mod store;
pub mod stories;
pub mod text;

pub use app::{App, AppProps};
pub use router::Mode;
