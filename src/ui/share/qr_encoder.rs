//! The QR encoder of share links (browser glue): lean-qr, a JavaScript module fetched from this
//! build's folder the first time a reader asks for a code, then kept for the page. Not in the
//! wasm: qrcodegen there cost every reader's first load 5.0 KB gzip for a button few press;
//! lean-qr's own file is 2.1 KB gzip, fetched on that press (and precached by the worker).
//! `src/qr.mjs` wraps it; `crate::link::qr` draws what it returns.

use crate::link::qr::{svg_of, QrImage};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The JS glue's own dynamic `import()`: a relative address resolves against the glue, so
    /// the encoder comes from this build's folder, in a widget on another site too.
    #[wasm_bindgen(catch, js_name = import)]
    fn import_module(url: &str) -> Result<js_sys::Promise, JsValue>;

    /// `qr.mjs`, once imported.
    type Encoder;
    #[wasm_bindgen(method, structural)]
    fn modules(this: &Encoder, text: &str) -> String;
}

#[derive(Clone, PartialEq)]
pub enum Loaded {
    /// Not asked for yet, or being fetched.
    No,
    /// The last fetch failed (offline without the worker, a host that lost the file).
    Failed,
    Ready,
}

thread_local! {
    static ENCODER: RefCell<Option<Encoder>> = const { RefCell::new(None) };
    static FAILED: RefCell<bool> = const { RefCell::new(false) };
}

pub fn loaded() -> Loaded {
    if ENCODER.with(|e| e.borrow().is_some()) {
        Loaded::Ready
    } else if FAILED.with(|f| *f.borrow()) {
        Loaded::Failed
    } else {
        Loaded::No
    }
}

/// Fetches the encoder (once per page; again after a failure).
pub async fn load() {
    let module = match import_module("./qr.mjs") {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    FAILED.with(|f| *f.borrow_mut() = module.is_none());
    if let Some(module) = module {
        ENCODER.with(|e| *e.borrow_mut() = Some(module.unchecked_into()));
    }
}

/// `link`'s QR code, once the encoder is loaded; `None` before, or for a link too long for any
/// QR code (about 2,900 characters: share links stay under 2,000).
pub fn qr_of(link: &str) -> Option<QrImage> {
    ENCODER.with(|e| {
        e.borrow()
            .as_ref()
            .and_then(|enc| svg_of(&enc.modules(link)))
    })
}
