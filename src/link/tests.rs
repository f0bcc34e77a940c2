//! Host tests of share links: the codec's round trip and every refusal with its message, the
//! challenge payload, the comparison, QR codes and the result card.

use super::base64url;
use super::card::{card_svg, escape_xml, CardText};
use super::challenge::Challenge;
use super::compare::compare;
use super::frame::{self, Kind, LinkError};
use super::name::{clean_name, MAX_NAME_CHARS};
use super::qr::svg_of as qr_svg_of;
use super::share_url::{absolute, shareable, short_form, MAX_LINK_CHARS};
use crate::model::QuestionType;
use crate::quiz::{Attempt, AttemptItem, QuizOptions};
use crate::route::{QuizQuery, Route, MAX_COUNT};
use proptest::prelude::*;

fn sample() -> Challenge {
    Challenge {
        deck: "influence".into(),
        options: QuizOptions {
            count: 10,
            seed: 42,
            ..QuizOptions::default()
        },
        percent: 70,
        right: vec![
            true, true, false, true, true, false, true, true, false, true,
        ],
        name: Some("Sam".into()),
    }
}

/// The link's hash, parsed back the way the app reads `location.hash`.
fn reopen(route: &Route) -> (String, QuizQuery) {
    match Route::parse(&route.to_hash()) {
        Route::Quiz { deck, options } => (deck, options),
        other => panic!("not a quiz route: {other:?}"),
    }
}

fn decode_sample(edit: impl Fn(&mut QuizQuery)) -> Result<Challenge, LinkError> {
    let (deck, mut query) = reopen(&sample().to_route());
    edit(&mut query);
    Challenge::from_link(&deck, &query).expect("the link carries a challenge")
}

fn payload(query: &QuizQuery) -> String {
    query.challenge.clone().expect("a challenge")
}

#[test]
fn a_challenge_s_result_card_link_carries_the_same_challenge() {
    let card = sample().card_route().to_hash();
    assert_eq!(
        card,
        sample()
            .to_route()
            .to_hash()
            .replacen("#/quiz/", "#/card/", 1)
    );
    let Route::Card { deck, options } = Route::parse(&card) else {
        panic!("not a card route: {card}");
    };
    let back = Challenge::from_link(&deck, &options)
        .expect("carried")
        .expect("valid");
    assert_eq!(back, sample());
}

#[test]
fn a_challenge_link_keeps_the_quiz_in_its_ordinary_query() {
    let hash = sample().to_route().to_hash();
    assert!(
        hash.starts_with("#/quiz/influence?n=10&seed=42&challenge="),
        "{hash}"
    );
    // An app without challenges reads the same quiz: the key is unknown there, so ignored.
    let (_, query) = reopen(&sample().to_route());
    assert_eq!(query.to_options(), Some(sample().options));
    assert_eq!(
        sample().invitation(),
        "Sam scored 7 of 10 on this quiz: same questions, same order"
    );
}

#[test]
fn unknown_parameters_are_ignored_and_keep_the_challenge() {
    let hash = format!("{}&future=1&x", sample().to_route().to_hash());
    let Route::Quiz { deck, options } = Route::parse(&hash) else {
        panic!("not a quiz route")
    };
    assert_eq!(Challenge::from_link(&deck, &options), Some(Ok(sample())));
    assert_eq!(
        Challenge::from_link(&deck, &QuizQuery::parse("n=3&seed=1")),
        None
    );
}

#[test]
fn a_truncated_payload_is_refused_with_its_message() {
    for cut in [1, 2, 5, 9] {
        let err = decode_sample(|q| {
            let p = payload(q);
            q.challenge = Some(p[..p.len() - cut].to_string());
        })
        .unwrap_err();
        assert!(
            matches!(err, LinkError::Truncated { .. }),
            "cut {cut}: {err:?}"
        );
        assert_eq!(
            err.to_string(),
            "The challenge in this link is cut short: copy the whole link."
        );
    }
}

#[test]
fn a_tampered_payload_is_refused_with_its_message() {
    let message =
        "The challenge in this link was changed after it was made (its checksum does not match).";
    // One character of the payload changed (the score byte sits near the start).
    let err = decode_sample(|q| {
        let mut p: Vec<char> = payload(q).chars().collect();
        p[5] = if p[5] == 'A' { 'B' } else { 'A' };
        q.challenge = Some(p.into_iter().collect());
    })
    .unwrap_err();
    assert_eq!(
        err,
        LinkError::Tampered {
            kind: Kind::Challenge
        }
    );
    assert_eq!(err.to_string(), message);
    // The visible quiz edited (another seed): the checksum covers it too.
    let err = decode_sample(|q| q.seed = Some(43)).unwrap_err();
    assert_eq!(err.to_string(), message);
    // Characters appended after the frame.
    let err = decode_sample(|q| q.challenge = Some(format!("{}AAAA", payload(q)))).unwrap_err();
    assert_eq!(err.to_string(), message);
    // The seed removed.
    assert!(matches!(
        decode_sample(|q| q.seed = None),
        Err(LinkError::Tampered { .. })
    ));
}

#[test]
fn an_over_long_payload_is_refused_with_its_message_before_decoding() {
    let long = "A".repeat(Kind::Challenge.max_chars() + 1);
    let err = decode_sample(|q| q.challenge = Some(long.clone())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The challenge in this link is too long (401 characters, at most 400)."
    );
    // A pasted megabyte costs a length check, nothing more.
    let huge = "!".repeat(1 << 20);
    assert!(matches!(
        frame::decode(&huge, Kind::Challenge, b""),
        Err(LinkError::OverLong {
            length: 1_048_576,
            ..
        })
    ));
}

#[test]
fn a_wrong_version_payload_is_refused_with_its_message() {
    let (deck, query) = reopen(&sample().to_route());
    let context = Route::quiz(&deck, &sample().options).to_hash();
    for (version, message) in [
        (2, "The challenge in this link was made by a newer version of stardrill (link format 2; this one reads 1)."),
        (5, "The challenge in this link was made by a newer version of stardrill (link format 5; this one reads 1)."),
        // Far ahead, or a format never written: damage, not the future.
        (6, "The challenge in this link is damaged or incomplete: copy the whole link again."),
        (129, "The challenge in this link is damaged or incomplete: copy the whole link again."),
        (0, "The challenge in this link is damaged or incomplete: copy the whole link again."),
    ] {
        let text = frame::encode_as(version, Kind::Challenge, b"\x46\x01\x01\x00", context.as_bytes());
        let query = QuizQuery {
            challenge: Some(text),
            ..query.clone()
        };
        let err = Challenge::from_link(&deck, &query).unwrap().unwrap_err();
        assert_eq!(err, LinkError::WrongVersion { kind: Kind::Challenge, found: version });
        assert_eq!(err.to_string(), message);
    }
}

#[test]
fn a_garbled_deck_link_is_called_damaged_not_newer() {
    use super::deck_link::compressed_of;
    // Any text decodes to some first byte: "garbage" starts with 129, a format far ahead.
    assert_eq!(
        compressed_of("garbage").unwrap_err().to_string(),
        "The deck in this link is damaged or incomplete: copy the whole link again."
    );
    assert_eq!(
        compressed_of(&frame::encode_as(2, Kind::Deck, b"x", b""))
            .unwrap_err()
            .to_string(),
        "The deck in this link was made by a newer version of stardrill (link format 2; this one reads 1)."
    );
}

#[test]
fn bad_characters_wrong_kind_and_impossible_fields_are_refused_with_their_messages() {
    let err = decode_sample(|q| q.challenge = Some("AQE<script>".into())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The challenge in this link has a character that does not belong in it (“<” at position 4)."
    );
    // A character that would not show is named by its code point.
    let err = decode_sample(|q| q.challenge = Some("AQ E".into())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The challenge in this link has a character that does not belong in it (U+0020 at position 3)."
    );
    let deck_payload = frame::encode(Kind::Deck, b"x", b"");
    assert_eq!(
        frame::decode(&deck_payload, Kind::Challenge, b"")
            .unwrap_err()
            .to_string(),
        "This link does not carry a challenge."
    );
    assert_eq!(
        frame::decode("", Kind::Challenge, b"")
            .unwrap_err()
            .to_string(),
        "The challenge in this link is empty."
    );
    // Well framed, but a score of 250 %: no encoder writes that.
    let (deck, query) = reopen(&sample().to_route());
    let context = Route::quiz(&deck, &sample().options).to_hash();
    let text = frame::encode(Kind::Challenge, b"\xfa\x01\x01\x00", context.as_bytes());
    let err = Challenge::from_link(
        &deck,
        &QuizQuery {
            challenge: Some(text),
            ..query
        },
    )
    .unwrap()
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "The challenge in this link has an impossible score."
    );
}

#[test]
fn the_codec_carries_any_bytes_for_the_deck_links_of_issue_11() {
    let body: Vec<u8> = (0..=255).collect();
    let text = frame::encode(Kind::Deck, &body, b"");
    assert_eq!(frame::decode(&text, Kind::Deck, b""), Ok(body));
    assert_eq!(base64url::encode(b""), "");
    assert_eq!(base64url::encode(b"\xfb\xff"), "-_8");
    let decoded = base64url::decode("-_8").unwrap();
    assert_eq!(
        (decoded.bytes, decoded.canonical),
        (b"\xfb\xff".to_vec(), true)
    );
    // "-_9" differs only in bits the last character does not carry: still an edit.
    let decoded = base64url::decode("-_9").unwrap();
    assert_eq!(
        (decoded.bytes, decoded.canonical),
        (b"\xfb\xff".to_vec(), false)
    );
}

#[test]
fn names_are_one_line_of_plain_text_and_capped() {
    assert_eq!(clean_name("  Sam \n\t Lee "), Some("Sam Lee".into()));
    assert_eq!(clean_name("\u{202E}evil\u{200B}\u{7}"), Some("evil".into()));
    assert_eq!(clean_name(" \u{0} "), None);
    let long = clean_name(&"é".repeat(100)).unwrap();
    assert_eq!(long.chars().count(), MAX_NAME_CHARS);
    let mut c = sample();
    c.name = None;
    assert_eq!(
        c.invitation(),
        "Your friend scored 7 of 10 on this quiz: same questions, same order"
    );
}

fn finished(deck: &str, options: QuizOptions, scores: &[f64]) -> Attempt {
    Attempt {
        id: "a".into(),
        deck: deck.into(),
        options,
        started_at: 1.0,
        updated_at: 2.0,
        finished_at: Some(2.0),
        kept_since: 0.0,
        items: scores
            .iter()
            .enumerate()
            .map(|(i, s)| AttemptItem {
                question: format!("q{i}"),
                order: Vec::new(),
                response: None,
                score: Some(*s),
            })
            .collect(),
        current: 0,
    }
}

#[test]
fn a_finished_attempt_makes_a_challenge_and_both_results_compare_per_question() {
    let options = QuizOptions {
        count: 4,
        seed: 9,
        ..QuizOptions::default()
    };
    let mine = finished("influence", options.clone(), &[1.0, 0.5, 1.0, 0.0]);
    let challenge = Challenge::from_attempt(&mine, " Sam ");
    assert_eq!(challenge.right, vec![true, false, true, false]);
    assert_eq!(challenge.percent, 63);
    let (deck, query) = reopen(&challenge.to_route());
    assert_eq!(
        Challenge::from_link(&deck, &query),
        Some(Ok(challenge.clone()))
    );

    let theirs = finished("influence", options, &[0.0, 1.0, 1.0, 0.0]);
    let c = compare(&challenge, &theirs);
    assert!(c.same_quiz);
    assert_eq!((c.you_right, c.them_right), (2, 2));
    let verdicts: Vec<String> = c.rows.iter().map(|r| r.verdict("Sam")).collect();
    assert_eq!(
        verdicts,
        [
            "Only Sam got question 1 right",
            "Only you got question 2 right",
            "You both got question 3 right",
            "You both missed question 4",
        ]
    );
    assert_eq!(
        c.headline("Sam"),
        "You got 2 of 4 fully right, Sam 2. You both missed question 4."
    );
}

#[test]
fn the_largest_challenge_link_stays_under_2000_characters() {
    // The longest quiz link the app makes: "retry the missed ones" of the largest deck with
    // every question missed (every id in `only=`), challenged with the longest name in 4-byte
    // characters, on an app address of 100 characters.
    let bank = crate::bank::bundled();
    let deck = bank
        .decks
        .iter()
        .max_by_key(|d| d.questions.iter().map(|q| q.id.len() + 1).sum::<usize>())
        .expect("a deck");
    let ids: Vec<String> = deck.questions.iter().map(|q| q.id.clone()).collect();
    let options = QuizOptions {
        count: ids.len(),
        seed: u64::MAX,
        only: ids,
        ..QuizOptions::default()
    };
    let attempt = finished(&deck.id, options, &vec![0.0; deck.questions.len()]);
    let challenge = Challenge::from_attempt(&attempt, &"🦀".repeat(100));
    let app = format!("https://{}/", "a".repeat(100 - "https:///".len()));
    let link = absolute(&app, &challenge.to_route());
    println!(
        "largest challenge link: {} characters ({} questions of {})",
        link.chars().count(),
        deck.questions.len(),
        deck.id
    );
    assert!(link.chars().count() < MAX_LINK_CHARS, "{}", link.len());
    assert!(shareable(link).is_ok());
    // And the largest payload is far inside its own cap.
    let all = Challenge {
        right: vec![true; MAX_COUNT],
        ..challenge
    };
    let (_, query) = reopen(&all.to_route());
    assert!(payload(&query).len() <= Kind::Challenge.max_chars());
}

#[test]
fn share_links_are_the_standalone_apps_address() {
    let route = Route::Learn {
        deck: "influence".into(),
        section: None,
    };
    assert_eq!(
        absolute("https://x.example/app/#/progress", &route),
        "https://x.example/app/#/learn/influence"
    );
    assert_eq!(
        short_form("https://www.x.example/app/#/quiz/influence", 20),
        "x.example/app/#/qui…"
    );
    assert_eq!(short_form("http://a.b/", 20), "a.b/");
    assert!(shareable("x".repeat(MAX_LINK_CHARS))
        .unwrap_err()
        .contains("2000 characters"));
}

#[test]
fn a_qr_code_is_drawn_module_for_module_inside_its_quiet_zone() {
    // 21 modules a side (version 1): dark where x + y is a multiple of 3.
    let bits: String = (0..21 * 21)
        .map(|i| if (i % 21 + i / 21) % 3 == 0 { '1' } else { '0' })
        .collect();
    let qr = qr_svg_of(&format!("21:{bits}")).expect("a module grid");
    assert_eq!(qr.modules, 21);
    assert!(qr
        .svg
        .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""));
    for y in 0..21 {
        for x in 0..21 {
            let drawn = qr.svg.contains(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            assert_eq!(drawn, (x + y) % 3 == 0, "({x},{y})");
        }
    }
}

#[test]
fn what_is_not_a_module_grid_draws_nothing() {
    // src/qr.mjs returns "" for a link too long for any QR code.
    for encoded in [
        "", "21", "21:", "0:", "-1:1", "x:1", "2:101", "2:1012", "2:10101",
    ] {
        assert_eq!(qr_svg_of(encoded), None, "{encoded:?}");
    }
    assert!(qr_svg_of("2:1001").is_some());
}

#[test]
fn the_result_card_says_the_result_and_escapes_every_text() {
    let card = CardText {
        right: 7,
        questions: 10,
        deck_title: "Influence and communication",
        name: Some("<b>Sam</b> & \"co\""),
        link: "x.example/app/#/quiz/influence?n=10…",
    };
    assert_eq!(
        card.headline(),
        "7 of 10 · Influence and communication · stardrill"
    );
    let svg = card_svg(&card);
    assert!(svg.contains("width=\"1200\" height=\"630\""));
    assert!(svg.contains("&lt;b&gt;Sam&lt;/b&gt; &amp; &quot;co&quot;’s result"));
    assert!(!svg.contains("<b>"));
    assert!(svg.contains(">7 of 10<"));
    assert_eq!(escape_xml("a'b"), "a&apos;b");
}

fn any_options() -> impl Strategy<Value = QuizOptions> {
    let id = "[a-z0-9][a-z0-9-]{0,11}";
    (
        1..=MAX_COUNT,
        any::<u64>(),
        proptest::collection::vec(
            proptest::sample::select(vec![
                QuestionType::Single,
                QuestionType::Multi,
                QuestionType::Order,
                QuestionType::Match,
            ]),
            0..3,
        ),
        proptest::collection::vec(id, 0..3),
        proptest::collection::vec(id, 0..5),
    )
        .prop_map(|(count, seed, types, principles, only)| QuizOptions {
            count,
            seed,
            types,
            principles,
            only,
        })
}

proptest! {
    #[test]
    fn any_challenge_round_trips_through_its_link(
        deck in "[a-z][a-z0-9-]{0,20}",
        options in any_options(),
        percent in 0u8..=100,
        right in proptest::collection::vec(any::<bool>(), 1..=MAX_COUNT),
        name in proptest::option::of("\\PC{1,30}"),
    ) {
        let challenge = Challenge { deck, options, percent, right, name: name.and_then(|n| clean_name(&n)) };
        let (deck, query) = reopen(&challenge.to_route());
        prop_assert_eq!(Challenge::from_link(&deck, &query), Some(Ok(challenge)));
    }

    #[test]
    fn any_bytes_round_trip_through_the_frame_and_base64url(
        body in proptest::collection::vec(any::<u8>(), 0..1000),
        context in proptest::collection::vec(any::<u8>(), 0..40),
    ) {
        let text = frame::encode(Kind::Deck, &body, &context);
        prop_assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(frame::decode(&text, Kind::Deck, &context), Ok(body));
    }

    #[test]
    fn any_text_is_refused_or_read_never_a_panic(text in "\\PC{0,80}") {
        let _ = frame::decode(&text, Kind::Challenge, b"");
    }

    #[test]
    fn any_cut_or_one_changed_character_is_refused(cut in 1usize..40, at in 0usize..400, to in 0u8..64) {
        let (deck, query) = reopen(&sample().to_route());
        let p = payload(&query);
        let cut_text = p[..p.len().saturating_sub(cut)].to_string();
        let cut_query = QuizQuery { challenge: Some(cut_text), ..query.clone() };
        prop_assert!(Challenge::from_link(&deck, &cut_query).unwrap().is_err());
        let mut chars: Vec<u8> = p.clone().into_bytes();
        let at = at % chars.len();
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        chars[at] = alphabet[to as usize];
        let changed = String::from_utf8(chars).unwrap();
        prop_assume!(changed != p);
        let changed_query = QuizQuery { challenge: Some(changed), ..query };
        prop_assert!(Challenge::from_link(&deck, &changed_query).unwrap().is_err());
    }
}
