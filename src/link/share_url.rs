//! The address a share control hands over: always the standalone app's, never the page a
//! widget is embedded in, and never longer than chat apps and QR codes take comfortably.

use crate::route::Route;

/// Links longer than this are not offered (some chat apps and old browsers cut them).
pub const MAX_LINK_CHARS: usize = 2000;

/// `app` (the standalone app's address, any fragment dropped) followed by `route`'s fragment.
pub fn absolute(app: &str, route: &Route) -> String {
    let base = app.split_once('#').map_or(app, |(base, _)| base);
    format!("{base}{}", route.to_hash())
}

/// The link, or why it cannot be shared: "too long" names its length.
pub fn shareable(link: String) -> Result<String, String> {
    let length = link.chars().count();
    if length >= MAX_LINK_CHARS {
        return Err(format!(
            "This link is too long to share ({length} characters; links stay under {MAX_LINK_CHARS})."
        ));
    }
    Ok(link)
}

/// The link as a card prints it: no scheme, at most `max` characters, "…" where cut.
pub fn short_form(link: &str, max: usize) -> String {
    // Prefixes, not a search for "://" (a substring search costs 1 KB of wasm): an app's
    // address is http or https (`mount::app_url`, `use_app_address`).
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| link.strip_prefix(scheme))
        .unwrap_or(link);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    if rest.chars().count() <= max {
        return rest.to_string();
    }
    let mut out: String = rest.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
