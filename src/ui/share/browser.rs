//! The browser's sharing APIs, reached through `Reflect` because web-sys gates Web Share and
//! the async clipboard behind unstable flags; each is probed, never assumed.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// How handing a link or a file over ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handed {
    Shared,
    /// The person closed the share sheet: nothing more to do, and no fallback.
    Cancelled,
    Unavailable,
}

async fn call_share(data: &Object) -> Handed {
    let Some(nav) = navigator() else {
        return Handed::Unavailable;
    };
    let Some(share) = method(&nav, "share") else {
        return Handed::Unavailable;
    };
    let Ok(promise) = share.call1(&nav, data) else {
        return Handed::Unavailable;
    };
    match JsFuture::from(Promise::resolve(&promise)).await {
        Ok(_) => Handed::Shared,
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name")).ok();
            if name.and_then(|n| n.as_string()).as_deref() == Some("AbortError") {
                Handed::Cancelled
            } else {
                Handed::Unavailable
            }
        }
    }
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Web Share of a link, where the browser has it.
pub async fn share_link(url: &str, title: &str) -> Handed {
    call_share(&object(&[
        ("url", JsValue::from_str(url)),
        ("title", JsValue::from_str(title)),
    ]))
    .await
}

/// The async clipboard; `false` when absent or refused (no permission, not focused).
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator().and_then(|n| Reflect::get(&n, &"clipboard".into()).ok())
    else {
        return false;
    };
    let Some(write) = method(&clipboard, "writeText") else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    JsFuture::from(Promise::resolve(&promise)).await.is_ok()
}

/// Web Share of a file, where the browser says it takes files (`canShare`).
pub async fn share_file(file: &web_sys::File, title: &str) -> Handed {
    let data = object(&[
        ("files", Array::of1(file).into()),
        ("title", JsValue::from_str(title)),
    ]);
    let Some(nav) = navigator() else {
        return Handed::Unavailable;
    };
    let can = method(&nav, "canShare")
        .and_then(|f| f.call1(&nav, &data).ok())
        .is_some_and(|v| v.is_truthy());
    if !can {
        return Handed::Unavailable;
    }
    call_share(&data).await
}

/// Whether the browser says it can share files at all (to offer the button only there).
pub fn can_share_files() -> bool {
    let Some(nav) = navigator() else {
        return false;
    };
    let Ok(file) = web_sys::File::new_with_str_sequence(&Array::new(), "card.png") else {
        return false;
    };
    let data = object(&[("files", Array::of1(&file).into())]);
    method(&nav, "canShare")
        .and_then(|f| f.call1(&nav, &data).ok())
        .is_some_and(|v| v.is_truthy())
}
