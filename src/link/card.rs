//! The result card: an image of a result to post or send, as SVG text. The PNG is drawn from
//! this SVG by the browser (a canvas), so both always say the same.

/// The card's size in pixels: the 1.91:1 that link previews and social posts use.
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// What the card says. Every field is escaped: the name comes from whoever typed it.
pub struct CardText<'a> {
    pub right: usize,
    pub questions: usize,
    pub deck_title: &'a str,
    pub name: Option<&'a str>,
    /// The challenge link's short form (see `share_url::short_form`).
    pub link: &'a str,
}

impl CardText<'_> {
    /// "7 of 10 · Influence and communication · stardrill": also the card's accessible title.
    pub fn headline(&self) -> String {
        format!(
            "{} of {} · {} · stardrill",
            self.right, self.questions, self.deck_title
        )
    }
}

/// Text for SVG (XML) content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

pub fn card_svg(card: &CardText) -> String {
    let e = escape_xml;
    let who = card.name.map_or_else(
        || "A stardrill result".to_string(),
        |n| format!("{}’s result", e(n)),
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\">\
<title>{title}</title>\
<rect width=\"{w}\" height=\"{h}\" fill=\"#14213d\"/>\
<rect x=\"40\" y=\"40\" width=\"{iw}\" height=\"{ih}\" rx=\"28\" fill=\"#fdfcf8\"/>\
<g font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" fill=\"#14213d\">\
<text x=\"100\" y=\"150\" font-size=\"40\">{who}</text>\
<text x=\"100\" y=\"320\" font-size=\"150\" font-weight=\"700\">{right} of {questions}</text>\
<text x=\"100\" y=\"410\" font-size=\"48\">{deck}</text>\
<text x=\"100\" y=\"530\" font-size=\"32\" fill=\"#3d4a66\">{link}</text>\
<text x=\"1100\" y=\"150\" font-size=\"40\" font-weight=\"700\" text-anchor=\"end\" fill=\"#b5542b\">stardrill</text>\
</g></svg>",
        w = CARD_WIDTH,
        h = CARD_HEIGHT,
        iw = CARD_WIDTH - 80,
        ih = CARD_HEIGHT - 80,
        title = e(&card.headline()),
        right = card.right,
        questions = card.questions,
        deck = e(card.deck_title),
        link = e(card.link),
    )
}
