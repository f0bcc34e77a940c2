//! Hash routes: the public URLs of every screen. People bookmark them, blogs link to them and
//! friends receive them, so `#/quiz/<deck>?n=<count>&seed=<number>` keeps its meaning forever;
//! new options are added as new query keys. Pure: parse and format only.

use crate::model::QuestionType;
use crate::quiz::{QuizOptions, DEFAULT_COUNT};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// A deck's study card, optionally scrolled to one section.
    Learn {
        deck: String,
        section: Option<String>,
    },
    Quiz {
        deck: String,
        options: QuizQuery,
    },
    Checklist {
        id: String,
    },
    /// The result card of the challenge a quiz link carries: that link with `card` in place of
    /// `quiz` (`#/card/<deck>?n=…&seed=…&challenge=…`), so it needs nothing saved.
    Card {
        deck: String,
        options: QuizQuery,
    },
    Progress,
    /// The story bank and the STAR coach.
    Stories,
    /// The embed builder, for blog authors.
    Embed,
    /// The author screen: check a pasted deck, preview it, make its embed snippet or link.
    Author,
    /// A blog author's deck carried in the link itself (`#/deck/<payload>`): the payload is a
    /// `link::frame` of kind deck, as the link carries it (decoded and checked by the screen).
    DeckLink {
        payload: String,
    },
    NotFound {
        path: String,
    },
}

/// The query part of a quiz link. Absent keys mean "the default".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizQuery {
    /// `n`: how many questions.
    pub count: Option<usize>,
    /// `seed`: the same seed gives the same questions and order anywhere.
    pub seed: Option<u64>,
    /// `types`: comma-separated question type keys (empty: all).
    pub types: Vec<QuestionType>,
    /// `principles`: comma-separated principle ids (empty: all).
    pub principles: Vec<String>,
    /// `only`: comma-separated question ids, e.g. "retry the missed ones".
    pub only: Vec<String>,
    /// `challenge`: a friend's challenge, as the link carries it (base64url, decoded and
    /// checked by `link::Challenge::from_link`; here it is only text).
    pub challenge: Option<String>,
}

/// Upper bound for `n`, so a hand-edited link cannot ask for an absurd quiz.
pub const MAX_COUNT: usize = 500;

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect();
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["learn", deck] => Route::Learn {
                deck: deck.to_string(),
                section: None,
            },
            ["learn", deck, section] => Route::Learn {
                deck: deck.to_string(),
                section: Some(section.to_string()),
            },
            ["quiz", deck] => Route::Quiz {
                deck: deck.to_string(),
                options: QuizQuery::parse(query),
            },
            ["checklist", id] => Route::Checklist { id: id.to_string() },
            ["card", deck] => Route::Card {
                deck: deck.to_string(),
                options: QuizQuery::parse(query),
            },
            ["progress"] => Route::Progress,
            ["stories"] => Route::Stories,
            ["embed"] => Route::Embed,
            ["author"] => Route::Author,
            // `#/deck/` with nothing after it is a deck link cut short, told as such.
            ["deck"] => Route::DeckLink {
                payload: String::new(),
            },
            ["deck", payload] => Route::DeckLink {
                payload: payload.to_string(),
            },
            _ => Route::NotFound {
                path: hash.to_string(),
            },
        }
    }

    /// The `#/…` form, used as `href` of links.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Learn {
                deck,
                section: None,
            } => format!("#/learn/{}", percent_encode(deck)),
            Route::Learn {
                deck,
                section: Some(section),
            } => format!(
                "#/learn/{}/{}",
                percent_encode(deck),
                percent_encode(section)
            ),
            Route::Quiz { deck, options } | Route::Card { deck, options } => {
                let screen = if matches!(self, Route::Card { .. }) {
                    "card"
                } else {
                    "quiz"
                };
                let query = options.to_query();
                if query.is_empty() {
                    format!("#/{screen}/{}", percent_encode(deck))
                } else {
                    format!("#/{screen}/{}?{}", percent_encode(deck), query)
                }
            }
            Route::Checklist { id } => format!("#/checklist/{}", percent_encode(id)),
            Route::Progress => "#/progress".into(),
            Route::Stories => "#/stories".into(),
            Route::Embed => "#/embed".into(),
            Route::Author => "#/author".into(),
            Route::DeckLink { payload } => format!("#/deck/{}", percent_encode(payload)),
            Route::NotFound { path } => format!("#{path}"),
        }
    }

    /// The link that opens a quiz of `deck` with exactly these options.
    pub fn quiz(deck: &str, options: &QuizOptions) -> Route {
        Route::Quiz {
            deck: deck.to_string(),
            options: QuizQuery::from_options(options),
        }
    }
}

impl QuizQuery {
    /// Every option spelled out, so the link means the same quiz even if a default changes.
    pub fn from_options(options: &QuizOptions) -> QuizQuery {
        QuizQuery {
            // As the engine counts it (0 means the default), so the link asks for the same quiz.
            count: Some(effective_count(options.count)),
            seed: Some(options.seed),
            types: options.types.clone(),
            principles: options.principles.clone(),
            only: options.only.clone(),
            challenge: None,
        }
    }

    /// The engine's options for this link, defaults filled in; `None` while it has no seed.
    pub fn to_options(&self) -> Option<QuizOptions> {
        Some(QuizOptions {
            count: self.count.unwrap_or(DEFAULT_COUNT),
            seed: self.seed?,
            types: self.types.clone(),
            principles: self.principles.clone(),
            only: self.only.clone(),
        })
    }

    /// Reads a link's query. A key given twice keeps its first valid value (a later empty or
    /// broken copy, as pasting can leave, must not undo a good one); a count over
    /// [`MAX_COUNT`] means "as many as there are", so it is capped, not dropped.
    pub fn parse(query: &str) -> QuizQuery {
        let mut q = QuizQuery::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            let list = || {
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            };
            match key {
                "n" if q.count.is_none() => {
                    q.count = value
                        .parse::<u64>()
                        .ok()
                        .filter(|n| *n >= 1)
                        .map(|n| n.min(MAX_COUNT as u64) as usize)
                }
                "seed" if q.seed.is_none() => q.seed = value.parse().ok(),
                "types" if q.types.is_empty() => {
                    q.types = list()
                        .iter()
                        .filter_map(|t| QuestionType::from_key(t))
                        .collect()
                }
                "principles" if q.principles.is_empty() => q.principles = list(),
                "only" if q.only.is_empty() => q.only = list(),
                "challenge" if q.challenge.is_none() => {
                    q.challenge = Some(value.trim().to_string()).filter(|v| !v.is_empty())
                }
                // Unknown keys are ignored: links made by a newer version still open.
                _ => {}
            }
        }
        q
    }

    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = self.count {
            parts.push(format!("n={n}"));
        }
        if let Some(seed) = self.seed {
            parts.push(format!("seed={seed}"));
        }
        if !self.types.is_empty() {
            let keys: Vec<&str> = self.types.iter().map(|t| t.key()).collect();
            parts.push(format!("types={}", keys.join(",")));
        }
        if !self.principles.is_empty() {
            parts.push(format!("principles={}", encode_list(&self.principles)));
        }
        if !self.only.is_empty() {
            parts.push(format!("only={}", encode_list(&self.only)));
        }
        if let Some(challenge) = &self.challenge {
            parts.push(format!("challenge={}", percent_encode(challenge)));
        }
        parts.join("&")
    }
}

/// The number of questions the engine draws for a requested count: 0 is the default, and
/// nothing above [`MAX_COUNT`].
pub fn effective_count(count: usize) -> usize {
    match count {
        0 => DEFAULT_COUNT,
        n => n.min(MAX_COUNT),
    }
}

fn encode_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| percent_encode(s))
        .collect::<Vec<_>>()
        .join(",")
}

/// Encodes everything but unreserved characters (RFC 3986).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX`; malformed escapes are kept as they are (a broken link must not panic), and so
/// is the whole text when its escapes do not decode to UTF-8 (rather than a lossy decoding:
/// its replacement machinery is 0.5 KB of wasm for links nobody writes).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn parses_every_screen() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(
            Route::parse("#/learn/customer-obsession"),
            Route::Learn {
                deck: "customer-obsession".into(),
                section: None
            }
        );
        assert_eq!(
            Route::parse("#/learn/influence/roi"),
            Route::Learn {
                deck: "influence".into(),
                section: Some("roi".into())
            }
        );
        assert_eq!(
            Route::parse("#/checklist/success-criteria"),
            Route::Checklist {
                id: "success-criteria".into()
            }
        );
        assert_eq!(Route::parse("#/progress"), Route::Progress);
        assert_eq!(Route::parse("#/stories"), Route::Stories);
        assert_eq!(Route::parse("stories/"), Route::Stories);
        assert_eq!(Route::Stories.to_hash(), "#/stories");
        assert_eq!(Route::parse("#/embed"), Route::Embed);
        assert_eq!(Route::Embed.to_hash(), "#/embed");
        assert!(matches!(
            Route::parse("#/stories/x"),
            Route::NotFound { .. }
        ));
        assert_eq!(
            Route::parse("#/nope/x"),
            Route::NotFound {
                path: "/nope/x".into()
            }
        );
    }

    #[test]
    fn author_screen_and_deck_links_round_trip() {
        assert_eq!(Route::parse("#/author"), Route::Author);
        assert_eq!(Route::parse("author/"), Route::Author);
        assert_eq!(Route::Author.to_hash(), "#/author");
        assert!(matches!(Route::parse("#/author/x"), Route::NotFound { .. }));
        // A payload is base64url: unreserved characters, written as they are.
        let route = Route::parse("#/deck/AQI-_x9a");
        assert_eq!(
            route,
            Route::DeckLink {
                payload: "AQI-_x9a".into()
            }
        );
        assert_eq!(route.to_hash(), "#/deck/AQI-_x9a");
        // A query pasted after it is not part of the payload; an empty one is still a deck link.
        assert_eq!(Route::parse("#/deck/AQI?x=1"), route_of("AQI"));
        assert_eq!(Route::parse("#/deck/"), route_of(""));
        assert!(matches!(Route::parse("#/deck/a/b"), Route::NotFound { .. }));
        // Whatever a hand-edited link holds comes back as the same link.
        let odd = route_of("a b/ü");
        assert_eq!(Route::parse(&odd.to_hash()), odd);
    }

    #[test]
    fn a_result_card_link_is_its_quiz_link_with_card_for_quiz() {
        let hash = "#/card/influence?n=4&seed=7&types=single&challenge=AQI-_x";
        let route = Route::parse(hash);
        assert_eq!(
            route,
            Route::Card {
                deck: "influence".into(),
                options: QuizQuery::parse("n=4&seed=7&types=single&challenge=AQI-_x"),
            }
        );
        assert_eq!(route.to_hash(), hash);
        assert_eq!(
            Route::Card {
                deck: "a b".into(),
                options: QuizQuery::default()
            }
            .to_hash(),
            "#/card/a%20b"
        );
        assert!(matches!(Route::parse("#/card/x/y"), Route::NotFound { .. }));
    }

    fn route_of(payload: &str) -> Route {
        Route::DeckLink {
            payload: payload.into(),
        }
    }

    #[test]
    fn quiz_link_keeps_its_public_meaning() {
        let route = Route::parse("#/quiz/customer-obsession?n=10&seed=42");
        assert_eq!(
            route,
            Route::Quiz {
                deck: "customer-obsession".into(),
                options: QuizQuery {
                    count: Some(10),
                    seed: Some(42),
                    ..QuizQuery::default()
                }
            }
        );
        assert_eq!(route.to_hash(), "#/quiz/customer-obsession?n=10&seed=42");
    }

    #[test]
    fn quiz_options_round_trip() {
        let hash = "#/quiz/influence?n=5&seed=7&types=single,match&principles=ownership&only=a,b";
        let route = Route::parse(hash);
        assert_eq!(route.to_hash(), hash);
        let Route::Quiz { options, .. } = route else {
            panic!("not a quiz route")
        };
        assert_eq!(
            options.types,
            vec![QuestionType::Single, QuestionType::Match]
        );
        assert_eq!(options.only, vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn quiz_links_and_engine_options_convert_both_ways() {
        let options = QuizOptions {
            count: 7,
            seed: 3,
            types: vec![QuestionType::Order],
            principles: vec!["dive-deep".into()],
            only: vec!["q1".into()],
        };
        let Route::Quiz { options: query, .. } = Route::quiz("d", &options) else {
            panic!("not a quiz route")
        };
        assert_eq!(query.to_options(), Some(options));
        let no_seed = QuizQuery::parse("n=3");
        assert_eq!(no_seed.to_options(), None);
        let defaults = QuizQuery::parse("seed=9").to_options().unwrap();
        assert_eq!((defaults.count, defaults.seed), (DEFAULT_COUNT, 9));
    }

    #[test]
    fn bad_query_values_are_ignored_not_fatal() {
        let Route::Quiz { options, .. } =
            Route::parse("#/quiz/x?n=0&seed=abc&types=bogus&future=1&%zz")
        else {
            panic!("not a quiz route")
        };
        assert_eq!(options, QuizQuery::default());
        let Route::Quiz { options, .. } = Route::parse("#/quiz/x?n=999999") else {
            panic!("not a quiz route")
        };
        assert_eq!(
            options.count,
            Some(MAX_COUNT),
            "capped: as many as there are"
        );
    }

    #[test]
    fn a_repeated_key_keeps_its_first_valid_value() {
        let query = QuizQuery::parse("n=5&seed=1&seed=&n=x&types=single&types=bogus");
        assert_eq!(query.count, Some(5));
        assert_eq!(
            query.seed,
            Some(1),
            "a later empty seed does not lose the link's seed"
        );
        assert_eq!(query.types, vec![QuestionType::Single]);
        assert_eq!(QuizQuery::parse("seed=&seed=4").seed, Some(4));
    }

    #[test]
    fn a_challenge_is_one_more_key_that_keeps_its_first_valid_value() {
        let query = QuizQuery::parse("n=3&seed=1&challenge=&challenge=AQE&challenge=zz");
        assert_eq!(query.challenge.as_deref(), Some("AQE"));
        assert_eq!(query.to_query(), "n=3&seed=1&challenge=AQE");
        assert_eq!(QuizQuery::parse("n=3&seed=1").challenge, None);
    }

    #[test]
    fn any_attempt_count_round_trips_through_a_link() {
        for count in [0, 1, DEFAULT_COUNT, MAX_COUNT, MAX_COUNT + 1, usize::MAX] {
            let options = QuizOptions {
                count,
                seed: 11,
                ..QuizOptions::default()
            };
            let hash = Route::quiz("d", &options).to_hash();
            let Route::Quiz { options: back, .. } = Route::parse(&hash) else {
                panic!("not a quiz route: {hash}")
            };
            let back = back.to_options().unwrap();
            assert_eq!(back.count, effective_count(count), "{hash}");
            // The link gives back the same link: it can be shared again and again.
            assert_eq!(Route::quiz("d", &back).to_hash(), hash);
        }
    }

    #[test]
    fn percent_encoding_round_trips_and_tolerates_garbage() {
        assert_eq!(percent_decode(&percent_encode("a b/ü")), "a b/ü");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("a%FFb"), "a%FFb", "not UTF-8 once decoded");
    }
}
