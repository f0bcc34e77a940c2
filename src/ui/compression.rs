//! The browser's own deflate-raw (`CompressionStream`, `DecompressionStream`): deck links carry
//! a deck compressed this way, so the wasm ships no compression code. The two constructors are
//! reached through `Reflect` (web-sys has them only behind its unstable-API flag) and probed,
//! never assumed; the streams' plumbing is stable web-sys.

use crate::link::deck_link::{DeckLinkError, Unpacked};
use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair};

/// `bytes` piped through a new `CompressionStream` or `DecompressionStream` ("deflate-raw");
/// `None` when the browser has no such constructor.
fn through(constructor: &str, bytes: &[u8]) -> Option<ReadableStream> {
    let class = Reflect::get(&js_sys::global(), &JsValue::from_str(constructor))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let transform: ReadableWritablePair =
        Reflect::construct(&class, &Array::of1(&JsValue::from_str("deflate-raw")))
            .ok()?
            .unchecked_into();
    let blob = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes))).ok()?;
    Some(blob.stream().pipe_through(&transform))
}

/// Reads `stream` chunk by chunk into `into`, and stops (cancelling the stream, so the
/// decompressor stops too) at the first chunk it refuses.
async fn read(stream: &ReadableStream, into: &mut Unpacked) -> Result<(), DeckLinkError> {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    loop {
        let step = JsFuture::from(reader.read())
            .await
            .map_err(|_| DeckLinkError::Unpack)?;
        let done =
            Reflect::get(&step, &JsValue::from_str("done")).map_err(|_| DeckLinkError::Unpack)?;
        if done.is_truthy() {
            return Ok(());
        }
        let chunk = Reflect::get(&step, &JsValue::from_str("value"))
            .ok()
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
            .ok_or(DeckLinkError::Unpack)?;
        if let Err(e) = into.push(&chunk.to_vec()) {
            let _ = reader.cancel();
            return Err(e);
        }
    }
}

/// `bytes` deflate-raw compressed; `None` when the browser cannot.
pub async fn deflate_raw(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = through("CompressionStream", bytes)?;
    // Deflate never grows data by more than a few bytes per 16 KB block.
    let mut out = Unpacked::new(bytes.len() + bytes.len() / 64 + 1024);
    read(&stream, &mut out).await.ok()?;
    Some(out.into_bytes())
}

/// A deck link's compressed bytes unpacked as text, at most `cap` bytes of it.
pub async fn inflate_raw_text(compressed: &[u8], cap: usize) -> Result<String, DeckLinkError> {
    let stream = through("DecompressionStream", compressed).ok_or(DeckLinkError::Unsupported)?;
    let mut out = Unpacked::new(cap);
    read(&stream, &mut out).await?;
    out.into_text()
}
