//! Files the app hands to the user: a download of a blob (progress export, result card).

use wasm_bindgen::JsCast;

/// A blob of `text` with a MIME type.
pub fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Starts the download of `blob` as `name`; `None` when the browser refused a step.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let document = web_sys::window().and_then(|w| w.document())?;
    let a = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    a.set_href(&url);
    a.set_download(name);
    // In the document while clicked, and the URL kept alive for a minute: Safari and older
    // Firefox start the download after `click()` returns and cancel it if the anchor is
    // detached or its URL already revoked.
    let body = document.body()?;
    let _ = a.set_attribute("hidden", "");
    body.append_child(&a).ok()?;
    a.click();
    a.remove();
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Some(())
}
