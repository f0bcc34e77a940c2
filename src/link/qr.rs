//! A share link's QR code drawn as SVG text (moving a link to a phone). The encoding is not
//! here: lean-qr (npm, pinned in package.json) runs in the browser, fetched the first time a
//! reader asks for a code (`ui::share::qr_encoder`, `src/qr.mjs`), so the wasm every reader
//! downloads does not carry it. This draws the modules it returns.

/// The quiet zone around the code, in modules: the four the standard asks for.
const BORDER: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrImage {
    /// Modules per side, without the quiet zone.
    pub modules: i32,
    pub svg: String,
}

/// The code `src/qr.mjs` encoded: its side, a colon, then one `0` or `1` per module, row by row.
/// `None` for anything else (the empty text it returns for a link too long for any QR code).
pub fn svg_of(encoded: &str) -> Option<QrImage> {
    let (side, bits) = encoded.split_once(':')?;
    let modules: usize = side.parse().ok().filter(|n| *n > 0)?;
    if bits.len() != modules * modules || !bits.bytes().all(|b| b == b'0' || b == b'1') {
        return None;
    }
    let mut path = String::new();
    for (i, bit) in bits.bytes().enumerate() {
        if bit == b'1' {
            let (x, y) = (i % modules + BORDER, i / modules + BORDER);
            path.push_str(&format!("M{x},{y}h1v1h-1z"));
        }
    }
    let side = modules + 2 * BORDER;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    );
    Some(QrImage {
        modules: modules as i32,
        svg,
    })
}
