//! A share link as a QR code, drawn as SVG text (moving a link to a phone). qrcodegen (pinned
//! in Cargo.toml) is a small, dependency-free port of Nayuki's reference implementation.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// The quiet zone around the code, in modules: the four the standard asks for.
const BORDER: i32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrImage {
    /// Modules per side, without the quiet zone.
    pub modules: i32,
    pub svg: String,
}

/// The QR code of `text`, or `None` when it is too long for any QR code (about 2,900
/// characters: share links stay under 2,000).
pub fn qr_svg(text: &str) -> Option<QrImage> {
    // Low error correction keeps a long link's code at the fewest modules, which is what makes
    // it readable from a screen; qrcodegen raises the level when the same size allows it.
    // Byte mode, not `encode_text`'s choice of modes: a link has lower-case letters, so its
    // choice is byte mode anyway, and its numeric and alphanumeric encoders cost 1.1 KB gzip.
    let code =
        QrCode::encode_segments(&[QrSegment::make_bytes(text.as_bytes())], QrCodeEcc::Low).ok()?;
    let modules = code.size();
    let side = modules + 2 * BORDER;
    let mut path = String::new();
    for y in 0..modules {
        for x in 0..modules {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + BORDER, y + BORDER));
            }
        }
    }
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    );
    Some(QrImage { modules, svg })
}
