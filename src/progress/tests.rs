use super::document::{BankStory, StoryScore, MAX_FINISHED_ATTEMPTS};
use super::*;
use crate::model::DeckSource;
use crate::quiz::{Attempt, AttemptItem, QuizOptions, Response};
use proptest::prelude::*;

/// "Now" for decoding: later than every date in the tests.
const NOW: f64 = 1e13;

/// One fixture per schema version ever shipped; each must migrate to the current document.
const FIXTURES: [(u32, &str); 2] = [
    (1, include_str!("fixtures/v1.json")),
    (2, include_str!("fixtures/v2.json")),
];

#[test]
fn every_fixture_version_migrates_to_the_current_document() {
    assert_eq!(
        FIXTURES.len() as u32,
        SCHEMA_VERSION,
        "add a fixture for every schema version"
    );
    for (version, text) in FIXTURES {
        let doc = decode(text, NOW).unwrap_or_else(|e| panic!("fixture v{version}: {e}"));
        assert_eq!(doc.version, SCHEMA_VERSION);
        // What every version held must still be there.
        assert_eq!(doc.attempts.len(), 1, "v{version}");
        assert_eq!(
            doc.attempts[0].items[0].response,
            Some(Response::Pick("self-initiated".into()))
        );
        assert!(doc.is_ticked("success-criteria", "articulate-trust"));
        assert_eq!(doc.stories[0].title, "The checkout bug");
        // Version 2's migration: the story scored in version 1 is in the story bank, linked to
        // its score; a version 2 document keeps its bank as it is.
        let scored = doc
            .story_bank
            .iter()
            .find(|s| s.id == "scored-s1")
            .unwrap_or_else(|| panic!("v{version}: the scored story is in the bank"));
        assert_eq!(scored.title, "The checkout bug");
        assert_eq!(scored.score.as_deref(), Some("s1"));
        assert_eq!(scored.at, 1700000080000.0);
        if version >= 2 {
            assert_eq!(doc.live_bank_stories().count(), 2, "v{version}");
            let refunds = &doc.story_bank[1];
            assert_eq!(refunds.principles, ["customer-obsession", "ownership"]);
            assert!(refunds.result.contains("60%"));
            assert!(doc.story_bank[2].deleted, "tombstones are kept");
        }
    }
}

#[test]
fn the_v1_migration_keeps_deleted_scores_deleted_and_refuses_a_broken_list() {
    let v1 =
        r#"{"version":1,"stories":[{"id":"x","checklist":"c","title":"T","at":5,"deleted":true}]}"#;
    let doc = decode(v1, NOW).unwrap();
    assert_eq!(doc.version, 2);
    assert_eq!(doc.story_bank.len(), 1);
    assert!(doc.story_bank[0].deleted);
    assert_eq!(doc.live_bank_stories().count(), 0);
    // The same document migrated in two tabs gives the same story: merging them changes nothing.
    assert_eq!(merge(&doc, &decode(v1, NOW).unwrap()), doc);
    assert!(matches!(
        decode(r#"{"version":1,"stories":{"a":1}}"#, NOW),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode(r#"{"version":1,"stories":[{"at":1}]}"#, NOW),
        Err(DecodeError::WrongShape(_))
    ));
    // A version 1 document with no story at all gets an empty bank.
    let empty = decode(r#"{"version":1}"#, NOW).unwrap();
    assert!(empty.story_bank.is_empty() && empty.is_empty());
}

fn bank_story(id: &str, title: &str, at: f64) -> BankStory {
    BankStory {
        id: id.into(),
        title: title.into(),
        principles: vec!["ownership".into()],
        situation: "s".into(),
        task: "t".into(),
        action: "I acted.".into(),
        result: "r".into(),
        score: None,
        at,
        deleted: false,
    }
}

#[test]
fn bank_stories_merge_by_latest_change_and_deletions_stay_deleted() {
    let mut a = Progress::default();
    a.story_bank.push(bank_story("s", "old title", 10.0));
    let mut b = a.clone();
    b.story_bank[0] = bank_story("s", "new title", 20.0);
    b.story_bank.push(bank_story("t", "only in b", 15.0));
    let m = merge(&a, &b);
    assert_eq!(m.story_bank.len(), 2);
    assert_eq!(
        m.story_bank[1].title, "new title",
        "the later change wins, oldest first"
    );
    assert_eq!(merge(&b, &a), m, "symmetric");

    let mut deleted = m.clone();
    let bank = crate::bank::bundled();
    apply(
        &mut deleted,
        Change::DeleteBankStory { id: "s".into() },
        bank,
        30.0,
    );
    assert_eq!(
        merge(&m, &deleted).live_bank_stories().count(),
        1,
        "another tab's copy does not bring it back"
    );
    assert!(
        merge(&deleted, &Progress::reset_all(40.0))
            .story_bank
            .is_empty(),
        "reset all drops them"
    );

    // Saving replaces by id; an export of it imports with nothing lost.
    let mut p = Progress::default();
    apply(
        &mut p,
        Change::SaveBankStory(bank_story("u", "first", 1.0)),
        bank,
        1.0,
    );
    apply(
        &mut p,
        Change::SaveBankStory(bank_story("u", "second", 2.0)),
        bank,
        2.0,
    );
    assert_eq!(p.story_bank.len(), 1);
    let mut fresh = Progress::default();
    let imported = decode(&encode(&p), NOW).unwrap();
    apply(
        &mut fresh,
        Change::Import {
            progress: imported,
            replace: false,
        },
        bank,
        3.0,
    );
    assert_eq!(fresh.story_bank[0].title, "second");
    assert_eq!(fresh.story_bank[0].action, "I acted.");
}

#[test]
fn a_restored_bank_story_wins_over_its_own_tombstone_in_every_merge() {
    let bank = crate::bank::bundled();
    let mut saved = Progress::default();
    apply(
        &mut saved,
        Change::SaveBankStory(bank_story("s", "kept", 10.0)),
        bank,
        10.0,
    );
    let mut deleted = saved.clone();
    apply(
        &mut deleted,
        Change::DeleteBankStory { id: "s".into() },
        bank,
        20.0,
    );
    // Undo in the same millisecond as the deletion, and with a clock set back meanwhile.
    for now in [20.0, 5.0, 30.0] {
        let mut restored = deleted.clone();
        apply(
            &mut restored,
            Change::RestoreBankStory { id: "s".into() },
            bank,
            now,
        );
        let story = &restored.story_bank[0];
        assert!(!story.deleted && story.at > 20.0, "at {now}: {story:?}");
        assert_eq!(story.action, "I acted.", "the words come back");
        // Another tab still holds the tombstone, or the story before it was deleted.
        for other in [&deleted, &saved] {
            for m in [merge(&restored, other), merge(other, &restored)] {
                assert_eq!(m.live_bank_stories().count(), 1, "at {now}");
            }
        }
        let reread = decode(&encode(&restored), NOW).unwrap();
        assert_eq!(
            reread.live_bank_stories().next(),
            Some(story),
            "survives a reload"
        );
        assert!(
            merge(&restored, &Progress::reset_all(40.0))
                .story_bank
                .is_empty(),
            "a later reset all still drops it"
        );
    }
    // Only a tombstone is restored: a live story keeps its date, an unknown id is ignored.
    for (mut p, id) in [(saved.clone(), "s"), (deleted.clone(), "nope")] {
        let before = p.clone();
        apply(
            &mut p,
            Change::RestoreBankStory { id: id.into() },
            bank,
            50.0,
        );
        assert_eq!(p, before);
    }
}

#[test]
fn a_story_draft_reads_back_and_what_is_not_one_is_dropped() {
    let mut draft = bank_story("", "Half written", 0.0);
    draft.result = "“quotes”, <b>tags</b> & \"escapes\"\n".into();
    assert_eq!(decode_draft(&encode_draft(&draft)), Some(draft.clone()));
    // A draft of a saved story keeps its id and score link, never a deletion.
    draft.id = "story-1".into();
    draft.score = Some("story-1-score".into());
    draft.deleted = true;
    let read = decode_draft(&encode_draft(&draft)).unwrap();
    assert!(!read.deleted);
    assert_eq!(
        (read.id.as_str(), read.score.as_deref()),
        ("story-1", Some("story-1-score"))
    );
    for text in [
        "",
        "{not json",
        "[]",
        "{}",
        r#"{"id":"x","title":"t","at":0,"future":1}"#,
    ] {
        assert_eq!(decode_draft(text), None, "{text}");
    }
}

#[test]
fn refuses_what_it_cannot_read_and_says_why() {
    assert!(matches!(
        decode("not json", NOW),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode("[1,2]", NOW),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode(r#"{"version":1,"attempts":"x"}"#, NOW),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode(r#"{"version":1,"surprise":1}"#, NOW),
        Err(DecodeError::WrongShape(_))
    ));
    assert_eq!(
        decode(r#"{"version":99}"#, NOW),
        Err(DecodeError::Newer { version: 99 })
    );
    let msg = decode(r#"{"version":99}"#, NOW).unwrap_err().to_string();
    assert!(msg.contains("newer version"), "{msg}");
}

fn attempt(id: &str, answered: usize, updated_at: f64) -> Attempt {
    Attempt {
        id: id.into(),
        deck: "d".into(),
        options: QuizOptions::default(),
        started_at: 1.0,
        updated_at,
        finished_at: None,
        kept_since: 0.0,
        items: (0..3)
            .map(|i| AttemptItem {
                question: format!("q{i}"),
                order: Vec::new(),
                response: (i < answered).then_some(Response::Bool(true)),
                score: (i < answered).then_some(1.0),
            })
            .collect(),
        current: answered.min(2),
    }
}

#[test]
fn merge_keeps_both_tabs_answers() {
    let mut tab_a = Progress::default();
    tab_a.put_attempt(attempt("x", 2, 10.0));
    tab_a.set_tick("c", "one", true, 5.0);
    let mut tab_b = Progress::default();
    tab_b.put_attempt(attempt("x", 1, 20.0));
    tab_b.put_attempt(attempt("y", 1, 20.0));
    tab_b.set_tick("c", "two", true, 6.0);
    let m = merge(&tab_a, &tab_b);
    assert_eq!(m.attempts.len(), 2);
    assert_eq!(
        m.attempts.iter().find(|a| a.id == "x").unwrap().answered(),
        2,
        "more answers win"
    );
    assert!(m.is_ticked("c", "one") && m.is_ticked("c", "two"));
    assert_eq!(merge(&tab_b, &tab_a), m, "merge is symmetric");
}

#[test]
fn merge_later_tick_wins_and_unticks_survive() {
    let mut a = Progress::default();
    a.set_tick("c", "one", true, 5.0);
    let mut b = a.clone();
    b.reset_checklist("c", 9.0);
    assert!(!merge(&a, &b).is_ticked("c", "one"));
    a.set_tick("c", "one", true, 10.0);
    assert!(merge(&a, &b).is_ticked("c", "one"));
}

#[test]
fn merge_respects_reset_all_and_story_deletion() {
    let mut old = Progress::default();
    old.put_attempt(attempt("x", 3, 10.0));
    old.set_tick("c", "one", true, 10.0);
    old.stories.push(StoryScore {
        id: "s".into(),
        checklist: "story".into(),
        title: "t".into(),
        at: 10.0,
        items: Default::default(),
        deleted: false,
    });
    let reset = Progress::reset_all(50.0);
    assert!(
        merge(&old, &reset).is_empty(),
        "another tab must not resurrect a reset"
    );

    let mut deleted = old.clone();
    deleted.stories[0].deleted = true;
    deleted.stories[0].at = 11.0;
    assert_eq!(merge(&old, &deleted).live_stories().count(), 0);
}

#[test]
fn history_is_capped() {
    let mut p = Progress::default();
    for i in 0..(MAX_FINISHED_ATTEMPTS + 5) {
        let mut a = attempt(&format!("a{i}"), 3, i as f64);
        a.started_at = i as f64;
        a.finished_at = Some(i as f64);
        p.put_attempt(a);
    }
    assert_eq!(p.attempts.len(), MAX_FINISHED_ATTEMPTS);
    assert_eq!(p.attempts[0].id, "a5", "the oldest go first");
}

fn arb_response() -> impl Strategy<Value = Response> {
    prop_oneof![
        "[a-z]{1,8}".prop_map(Response::Pick),
        prop::collection::vec("[a-z]{1,8}", 0..4).prop_map(Response::Picks),
        any::<bool>().prop_map(Response::Bool),
        prop::collection::vec("[a-z]{1,8}", 0..5).prop_map(Response::Order),
        prop::collection::vec(("[a-z]{1,4}", "[a-z]{1,4}"), 0..4).prop_map(Response::Match),
    ]
}

fn ms() -> impl Strategy<Value = f64> {
    (0u64..10_000_000_000_000).prop_map(|t| t as f64)
}

fn arb_progress() -> impl Strategy<Value = Progress> {
    let item = (
        "[a-z-]{1,12}",
        prop::collection::vec("[a-z]{1,6}", 0..4),
        prop::option::of(arb_response()),
        // Scores are fractions of a few parts; times are whole milliseconds (Date.now()).
        prop::option::of((0u32..=12).prop_map(|k| k as f64 / 12.0)),
    )
        .prop_map(|(question, order, response, score)| AttemptItem {
            question,
            order,
            response,
            score,
        });
    let attempt = (
        "[a-z0-9:]{1,20}",
        any::<u64>(),
        0usize..50,
        prop::collection::vec(item, 0..5),
        prop::option::of(ms()),
        ms(),
    )
        .prop_map(|(id, seed, count, items, finished_at, t)| Attempt {
            id,
            deck: "deck".into(),
            options: QuizOptions {
                count,
                seed,
                ..QuizOptions::default()
            },
            started_at: t,
            updated_at: t,
            finished_at,
            kept_since: 0.0,
            current: 0,
            items,
        });
    let ticks = prop::collection::btree_map(
        "[a-z-]{1,10}",
        prop::collection::btree_map("[a-z-]{1,10}", (any::<bool>(), ms()), 0..4),
        0..3,
    );
    (prop::collection::vec(attempt, 0..4), ticks, "\\PC{0,40}").prop_map(
        |(attempts, ticks, title)| Progress {
            version: SCHEMA_VERSION,
            attempts,
            checklists: ticks
                .into_iter()
                .map(|(k, v)| {
                    (
                        k,
                        v.into_iter()
                            .map(|(i, (on, at))| (i, Tick { on, at }))
                            .collect(),
                    )
                })
                .collect(),
            stories: vec![StoryScore {
                id: "s".into(),
                checklist: "c".into(),
                title: title.clone(),
                at: 1.0,
                items: Default::default(),
                deleted: false,
            }],
            story_bank: vec![BankStory {
                title,
                ..bank_story("b", "", 2.0)
            }],
            reset_at: 0.0,
        },
    )
}

proptest! {
    #[test]
    fn document_round_trips(p in arb_progress()) {
        // Decoding puts a document in its consistent form (ids unique, oldest first, no empty
        // checklist maps); a document already in that form comes back unchanged.
        let consistent = merge(&p, &Progress::default());
        prop_assert_eq!(decode(&encode(&consistent), NOW).unwrap(), consistent.clone());
        prop_assert_eq!(decode(&encode(&p), NOW).unwrap(), consistent);
    }

    #[test]
    fn merge_is_idempotent_and_loses_no_attempt(a in arb_progress(), b in arb_progress()) {
        let m = merge(&a, &b);
        prop_assert_eq!(merge(&m, &m), m.clone());
        for attempt in a.attempts.iter().chain(&b.attempts) {
            prop_assert!(m.attempts.iter().any(|x| x.id == attempt.id));
        }
    }
}

/// The first answer of a fresh quiz, which saves its attempt (the question id here is not in
/// the bank, so only the saving is exercised).
fn first_answer(p: &mut Progress, fresh: Attempt, now: f64) {
    let change = Change::Answer {
        attempt: fresh.id.clone(),
        start: Some(fresh),
        question: "not-in-the-bank".into(),
        response: Response::Bool(true),
    };
    apply(p, change, crate::bank::bundled(), now);
}

#[test]
fn a_first_answer_never_overwrites_a_saved_attempt_and_survives_an_older_reset() {
    let mut p = Progress::default();
    first_answer(&mut p, attempt("a", 2, 10.0), 20.0);
    first_answer(&mut p, attempt("a", 0, 10.0), 30.0);
    assert_eq!(p.attempts.len(), 1);
    assert_eq!(
        p.attempts[0].answered(),
        2,
        "a saved attempt is left as it is"
    );

    // Another tab reset everything at 40; an attempt started afterwards (built earlier) stays.
    let reset = Progress::reset_all(40.0);
    let mut q = merge(&p, &reset);
    assert!(q.attempts.is_empty());
    first_answer(&mut q, attempt("b", 0, 10.0), 50.0);
    assert_eq!(merge(&q, &reset).attempts.len(), 1);
}

#[test]
fn a_decoded_document_is_made_consistent() {
    let mut a = attempt("x", 2, 10.0);
    a.current = 99;
    a.items[0].score = Some(7.0);
    let mut twin = attempt("x", 1, 20.0);
    twin.items[0].score = Some(-1.0);
    let p = Progress {
        attempts: vec![a, twin],
        ..Progress::default()
    };
    let clean = decode(&encode(&p), NOW).unwrap();
    assert_eq!(clean.attempts.len(), 1, "duplicate ids merged");
    let kept = &clean.attempts[0];
    assert_eq!(kept.answered(), 2, "the copy with more answers");
    assert_eq!(kept.current, 2, "inside the attempt");
    assert_eq!(kept.items[0].score, Some(1.0), "scores in 0-1");
}

/// Documents drawn from a few ids and instants, so that two of them often hold different
/// copies of the same attempt, tick or story that rank the same: the ties a merge must settle
/// the same way whichever side it starts from.
fn arb_clashing_progress() -> impl Strategy<Value = Progress> {
    let instant = || (0u32..3).prop_map(f64::from);
    let attempt = (
        "[ab]",
        0usize..3,
        0usize..3,
        prop::option::of(instant()),
        (instant(), instant(), instant()),
    )
        .prop_map(|(id, answered, current, finished_at, (t, start, kept))| {
            let mut a = attempt(&id, answered, t);
            a.current = current;
            a.finished_at = finished_at;
            // Copies of one attempt may differ in when they entered the document (an import,
            // a first save after a reset): the laws must hold then too.
            a.started_at = start;
            a.kept_since = kept;
            a
        });
    let story = ("[ab]", "[xy]", instant(), any::<bool>()).prop_map(|(id, title, at, deleted)| {
        StoryScore {
            id,
            checklist: "c".into(),
            title,
            at,
            items: Default::default(),
            deleted,
        }
    });
    let tick = (any::<bool>(), instant()).prop_map(|(on, at)| Tick { on, at });
    let bank =
        ("[ab]", "[xy]", instant(), any::<bool>()).prop_map(|(id, title, at, deleted)| BankStory {
            deleted,
            ..bank_story(&id, &title, at)
        });
    (
        prop::collection::vec(attempt, 0..3),
        prop::collection::btree_map("[ab]", tick, 0..3),
        prop::collection::vec(story, 0..3),
        prop::collection::vec(bank, 0..3),
        prop::option::of(instant()),
    )
        .prop_map(|(attempts, ticks, stories, story_bank, reset)| Progress {
            attempts,
            checklists: [("list".to_string(), ticks.into_iter().collect())]
                .into_iter()
                .collect(),
            stories,
            story_bank,
            reset_at: reset.unwrap_or(0.0),
            ..Progress::default()
        })
}

proptest! {
    #[test]
    fn merge_is_symmetric(a in arb_clashing_progress(), b in arb_clashing_progress()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_idempotent(a in arb_clashing_progress(), b in arb_clashing_progress()) {
        let m = merge(&a, &b);
        prop_assert_eq!(merge(&m, &m), m.clone());
        prop_assert_eq!(merge(&m, &b), m.clone(), "merging the same copy again changes nothing");
    }

    #[test]
    fn merge_is_associative(
        a in arb_clashing_progress(),
        b in arb_clashing_progress(),
        c in arb_clashing_progress(),
    ) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }
}

#[test]
fn a_future_dated_import_is_clamped_and_cannot_beat_later_changes() {
    // A file from a machine whose clock said 2100, or edited by hand.
    let year_2100 = 4_102_444_800_000.0;
    let today = 1_790_000_000_000.0;
    let mut forged = Progress::default();
    forged.set_tick("success-criteria", "articulate-trust", true, year_2100);
    forged.stories.push(StoryScore {
        id: "s".into(),
        checklist: "story-signals".into(),
        title: "forged".into(),
        at: year_2100,
        items: Default::default(),
        deleted: false,
    });
    let mut a = attempt("x", 1, year_2100);
    a.started_at = year_2100;
    a.finished_at = Some(year_2100);
    forged.attempts.push(a);
    forged.reset_at = year_2100;

    let decoded = decode(&encode(&forged), today).unwrap();
    let dates = [
        decoded.checklists["success-criteria"]["articulate-trust"].at,
        decoded.stories[0].at,
        decoded.attempts[0].started_at,
        decoded.attempts[0].updated_at,
        decoded.attempts[0].finished_at.unwrap(),
        decoded.reset_at,
    ];
    assert!(dates.iter().all(|t| *t == today), "{dates:?}");

    // Imported, then unticked a minute later: the untick wins, in this tab and after a merge.
    let bank = crate::bank::bundled();
    let mut mine = Progress::default();
    apply(
        &mut mine,
        Change::Import {
            progress: decoded,
            replace: false,
        },
        bank,
        today,
    );
    let untick = Change::Tick {
        checklist: "success-criteria".into(),
        item: "articulate-trust".into(),
        on: false,
    };
    apply(&mut mine, untick, bank, today + 60_000.0);
    assert!(!mine.is_ticked("success-criteria", "articulate-trust"));
    let other_tab = decode(&encode(&forged), today + 60_000.0).unwrap();
    assert!(!merge(&mine, &other_tab).is_ticked("success-criteria", "articulate-trust"));
    // And "reset all" later still empties everything.
    let reset = Progress::reset_all(today + 120_000.0);
    assert!(merge(&reset, &other_tab).is_empty());
}

#[test]
fn an_export_resaved_with_a_byte_order_mark_imports() {
    let text = format!("\u{feff}{}", encode(&Progress::default()));
    assert_eq!(decode(&text, NOW), Ok(Progress::default()));
}

#[test]
fn abandoned_open_attempts_are_capped_too() {
    use super::document::MAX_OPEN_ATTEMPTS;
    let mut p = Progress::default();
    for i in 0..(MAX_OPEN_ATTEMPTS + 5) {
        p.put_attempt(attempt(&format!("open{i:03}"), 1, i as f64));
    }
    assert_eq!(p.attempts.len(), MAX_OPEN_ATTEMPTS);
    assert!(
        p.attempts.iter().all(|a| a.id.as_str() >= "open005"),
        "the least recently touched go first"
    );
}

/// A document saved with the bank of one day (`fixtures/bank-replay.json`: open attempts on
/// every bundled deck, some answered) replayed against a bank where questions and choices were
/// removed, added and renamed since: every attempt opens, continues and finishes.
#[test]
fn saved_attempts_survive_a_changed_bank() {
    use crate::quiz::tests::right_response;
    let saved = decode(include_str!("fixtures/bank-replay.json"), NOW).unwrap();
    assert!(saved.attempts.len() >= 5);
    let mut bank = crate::bank::bundled().clone();
    // Removed: the first and fifth question of every saved attempt (answered, and not).
    let removed: Vec<String> = saved
        .attempts
        .iter()
        .flat_map(|a| [&a.items[0].question, &a.items[4].question])
        .cloned()
        .collect();
    for deck in &mut bank.decks {
        deck.questions.retain(|q| !removed.contains(&q.id));
        for q in &mut deck.questions {
            if let Some(c) = q.choices.iter_mut().find(|c| !c.correct) {
                c.id.push_str("-renamed");
            }
            if q.choices.len() > 2 {
                q.choices
                    .retain(|c| c.correct || !c.id.ends_with("-renamed"));
            }
        }
        let mut added = deck.questions[0].clone();
        added.id.push_str("-added");
        deck.questions.push(added);
    }
    let mut progress = saved.clone();
    let ids: Vec<String> = progress.attempts.iter().map(|a| a.id.clone()).collect();
    for id in ids {
        let mut steps = 0;
        // An attempt left without any question would be dropped, which ends the loop too.
        while let Some(a) = progress.attempts.iter().find(|a| a.id == id) {
            if a.is_finished() {
                break;
            }
            let item = &a.items[a.current];
            let change = if item.is_answered() {
                Change::Advance {
                    attempt: id.clone(),
                    from: a.current,
                }
            } else {
                let question = bank.question(&item.question).map(|(_, q)| q);
                Change::Answer {
                    start: None,
                    attempt: id.clone(),
                    question: item.question.clone(),
                    response: question.map(right_response).unwrap_or(Response::Bool(true)),
                }
            };
            apply(&mut progress, change, &bank, NOW);
            steps += 1;
            assert!(steps < 200, "attempt {id} is stuck");
        }
        let a = progress.attempts.iter().find(|a| a.id == id).unwrap();
        assert!(a.is_finished(), "{id} finishes");
        let opened = saved.attempts.iter().find(|s| s.id == id).unwrap();
        assert_eq!(
            a.items.len(),
            opened.items.len() - 1,
            "{id}: the unanswered removed question left it, the answered one is history"
        );
        assert!(a.items.iter().all(|i| i.is_answered()));
    }
}

#[test]
fn the_last_open_attempt_of_a_deck_is_its_latest_touched_one() {
    let mut p = Progress::default();
    let mut other_deck = attempt("other", 1, 9.0);
    other_deck.deck = "e".into();
    let mut finished = attempt("finished", 3, 8.0);
    finished.finished_at = Some(8.0);
    p.attempts = vec![
        attempt("older", 1, 4.0),
        attempt("latest", 2, 6.0),
        attempt("unanswered", 0, 7.0),
        finished,
        other_deck,
    ];
    assert_eq!(
        p.last_open_attempt_of("d").map(|a| a.id.as_str()),
        Some("latest")
    );
    assert_eq!(
        p.last_open_attempt_of("e").map(|a| a.id.as_str()),
        Some("other")
    );
    assert!(p.last_open_attempt_of("none").is_none());
    assert_eq!(p.last_open_attempt().map(|a| a.id.as_str()), Some("other"));
}
