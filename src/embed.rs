//! The embed builder's snippets (`#/embed`): the HTML a blog author pastes to show a deck's
//! study card, a quiz or a checklist, as a script widget (`embed.js`) or as an iframe
//! (`frame.html`, for hosts that allow no scripts). Pure: tested on the host.

// The card's XML escaping is HTML's too: `&`, `<`, `>` and both quotes.
use crate::link::card::escape_xml as attr;
use crate::route::{QuizQuery, Route};

/// What the embed opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedMode {
    Learn,
    Quiz,
    Checklist,
}

/// The widget's colours: `auto` follows the reader's system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the page embeds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedKind {
    /// `<div data-stardrill …>` and `embed.js`: a widget in the page, in its own shadow root.
    Script,
    /// `<iframe src="…/frame.html#/…">`: works where scripts are not allowed.
    Iframe,
}

/// Everything the builder asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub mode: EmbedMode,
    /// A deck id (learn, quiz) or a checklist id (checklist).
    pub target: String,
    /// Questions in a quiz.
    pub count: usize,
    /// A quiz's seed: every reader gets the same questions in the same order.
    pub seed: u64,
    pub theme: Theme,
}

/// The iframe's height before the host's script (if any) sizes it to its content.
pub const FRAME_HEIGHT_PX: u32 = 640;

impl Embed {
    /// The screen the embed opens on.
    pub fn route(&self) -> Route {
        match self.mode {
            EmbedMode::Learn => Route::Learn {
                deck: self.target.clone(),
                section: None,
            },
            EmbedMode::Quiz => Route::Quiz {
                deck: self.target.clone(),
                options: QuizQuery {
                    count: Some(self.count),
                    seed: Some(self.seed),
                    ..QuizQuery::default()
                },
            },
            EmbedMode::Checklist => Route::Checklist {
                id: self.target.clone(),
            },
        }
    }

    /// The frame page's address for this embed; `app` is the standalone app's folder
    /// (ending in `/`). The theme rides in the query: it is no payload, and the frame's own
    /// links keep it while they change only the fragment.
    pub fn frame_src(&self, app: &str) -> String {
        let theme = match self.theme {
            Theme::Auto => String::new(),
            other => format!("?theme={}", other.key()),
        };
        format!("{app}frame.html{theme}{}", self.route().to_hash())
    }

    /// The HTML to paste. `title` names the deck or checklist (the iframe's accessible name).
    pub fn snippet(&self, kind: EmbedKind, app: &str, title: &str) -> String {
        match kind {
            EmbedKind::Script => self.script_snippet(app),
            EmbedKind::Iframe => format!(
                "<iframe src=\"{src}\" title=\"stardrill: {title}\" loading=\"lazy\" data-stardrill-frame\n  \
                 style=\"width: 100%; height: {FRAME_HEIGHT_PX}px; border: 0\"></iframe>\n\
                 <!-- Optional: fits the frame to its content (without it, the frame scrolls). -->\n\
                 <script>\n\
                 addEventListener(\"message\", (e) => {{\n  \
                 if (e.data?.type !== \"stardrill:height\") return;\n  \
                 for (const f of document.querySelectorAll(\"iframe[data-stardrill-frame]\"))\n    \
                 if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\";\n\
                 }});\n\
                 </script>",
                src = attr(&self.frame_src(app)),
                title = attr(title),
            ),
        }
    }

    fn script_snippet(&self, app: &str) -> String {
        let mut attrs = String::from("data-stardrill");
        let mut add = |name: &str, value: &str| {
            attrs.push_str(&format!(" {name}=\"{}\"", attr(value)));
        };
        match self.mode {
            EmbedMode::Learn => add("data-deck", &self.target),
            EmbedMode::Quiz => {
                add("data-mode", "quiz");
                add("data-deck", &self.target);
                add("data-n", &self.count.to_string());
                add("data-seed", &self.seed.to_string());
            }
            EmbedMode::Checklist => {
                add("data-mode", "checklist");
                add("data-checklist", &self.target);
            }
        }
        if self.theme != Theme::Auto {
            add("data-theme", self.theme.key());
        }
        format!(
            "<div {attrs}></div>\n<script type=\"module\" src=\"{}embed.js\"></script>",
            attr(app)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz() -> Embed {
        Embed {
            mode: EmbedMode::Quiz,
            target: "influence".into(),
            count: 5,
            seed: 42,
            theme: Theme::Dark,
        }
    }

    #[test]
    fn a_script_quiz_carries_count_seed_and_theme_as_attributes() {
        assert_eq!(
            quiz().snippet(EmbedKind::Script, "https://x.example/app/", "Influence"),
            "<div data-stardrill data-mode=\"quiz\" data-deck=\"influence\" data-n=\"5\" \
             data-seed=\"42\" data-theme=\"dark\"></div>\n\
             <script type=\"module\" src=\"https://x.example/app/embed.js\"></script>"
        );
    }

    #[test]
    fn a_learn_or_checklist_widget_names_only_its_target_and_auto_sets_no_theme() {
        let learn = Embed {
            mode: EmbedMode::Learn,
            theme: Theme::Auto,
            ..quiz()
        };
        assert!(learn
            .snippet(EmbedKind::Script, "/a/", "")
            .starts_with("<div data-stardrill data-deck=\"influence\"></div>"));
        let checklist = Embed {
            mode: EmbedMode::Checklist,
            target: "success-criteria".into(),
            theme: Theme::Light,
            ..quiz()
        };
        assert!(checklist.snippet(EmbedKind::Script, "/a/", "").starts_with(
            "<div data-stardrill data-mode=\"checklist\" data-checklist=\"success-criteria\" data-theme=\"light\">"
        ));
    }

    #[test]
    fn the_frame_address_is_the_quiz_link_on_frame_html_with_the_theme_in_its_query() {
        assert_eq!(
            quiz().frame_src("https://x.example/app/"),
            "https://x.example/app/frame.html?theme=dark#/quiz/influence?n=5&seed=42"
        );
        let auto = Embed {
            theme: Theme::Auto,
            ..quiz()
        };
        assert_eq!(
            auto.frame_src("/"),
            "/frame.html#/quiz/influence?n=5&seed=42"
        );
        // The frame's route is a route like any other: parsing it gives the same quiz back.
        let src = quiz().frame_src("/");
        assert_eq!(
            Route::parse(src.split_once('#').map(|(_, h)| h).unwrap_or_default()),
            quiz().route()
        );
    }

    #[test]
    fn the_iframe_snippet_escapes_its_attributes_and_carries_the_resize_script() {
        let html = quiz().snippet(EmbedKind::Iframe, "https://x.example/a\"b/", "Q&A <1>");
        assert!(html.contains(
            "src=\"https://x.example/a&quot;b/frame.html?theme=dark#/quiz/influence?n=5&amp;seed=42\""
        ));
        assert!(html.contains("title=\"stardrill: Q&amp;A &lt;1&gt;\""));
        assert!(html.contains("data-stardrill-frame"));
        assert!(html.contains("\"stardrill:height\""));
        assert!(!html.contains("a\"b"));
    }
}
