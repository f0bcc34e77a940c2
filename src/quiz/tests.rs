//! Host tests of the quiz engine on a small fixture deck (independent of the bundled content,
//! which grows).

use super::*;
use crate::model::*;

fn choice(id: &str, correct: bool) -> Choice {
    Choice {
        id: id.into(),
        text: format!("choice {id}"),
        correct,
        explain: format!("why {id}"),
    }
}

fn question(id: &str, kind: QuestionType) -> Question {
    Question {
        id: id.into(),
        kind,
        prompt: format!("prompt {id}"),
        section: "s1".into(),
        principle: None,
        explain: "takeaway".into(),
        choices: Vec::new(),
        answer: None,
        steps: Vec::new(),
        pairs: Vec::new(),
        back: None,
    }
}

fn fixture_deck() -> Deck {
    let mut single = question("single", QuestionType::Single);
    single.choices = vec![choice("a", true), choice("b", false), choice("c", false)];
    single.principle = Some("ownership".into());
    let mut multi = question("multi", QuestionType::Multi);
    multi.choices = vec![
        choice("a", true),
        choice("b", true),
        choice("c", false),
        choice("d", false),
    ];
    multi.principle = Some("ownership".into());
    let mut tf = question("tf", QuestionType::TrueFalse);
    tf.answer = Some(false);
    let mut order = question("order", QuestionType::Order);
    order.steps = ["one", "two", "three", "four"]
        .iter()
        .map(|id| Step {
            id: id.to_string(),
            text: id.to_string(),
            explain: "pos".into(),
        })
        .collect();
    let mut matching = question("match", QuestionType::Match);
    matching.section = "s2".into();
    matching.pairs = ["x", "y", "z"]
        .iter()
        .map(|id| Pair {
            id: id.to_string(),
            left: format!("L{id}"),
            right: format!("R{id}"),
            explain: "pair".into(),
        })
        .collect();
    let mut red = question("red", QuestionType::RedFlag);
    red.choices = vec![choice("flawed", true), choice("fine", false)];
    let mut stronger = question("stronger", QuestionType::Stronger);
    stronger.choices = vec![choice("weak", false), choice("strong", true)];
    let mut principle = question("principle", QuestionType::Principle);
    principle.principle = Some("dive-deep".into());
    principle.choices = vec![choice("dd", true), choice("co", false)];
    let mut card = question("card", QuestionType::Flashcard);
    card.back = Some("the answer".into());
    Deck {
        id: "fixture".into(),
        title: "Fixture".into(),
        summary: "A deck for tests".into(),
        order: 0,
        sections: Vec::new(),
        questions: vec![
            single, multi, tf, order, matching, red, stronger, principle, card,
        ],
    }
}

fn q<'a>(deck: &'a Deck, id: &str) -> &'a Question {
    deck.questions.iter().find(|q| q.id == id).unwrap()
}

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn single_pick_types_are_right_or_wrong() {
    let deck = fixture_deck();
    for (id, right, wrong) in [
        ("single", "a", "b"),
        ("red", "flawed", "fine"),
        ("stronger", "strong", "weak"),
        ("principle", "dd", "co"),
    ] {
        assert_eq!(
            grade(q(&deck, id), &Response::Pick(right.into())),
            1.0,
            "{id}"
        );
        assert_eq!(
            grade(q(&deck, id), &Response::Pick(wrong.into())),
            0.0,
            "{id}"
        );
        assert_eq!(
            grade(q(&deck, id), &Response::Pick("nope".into())),
            0.0,
            "{id}"
        );
    }
}

#[test]
fn multi_select_partial_credit() {
    let deck = fixture_deck();
    let m = q(&deck, "multi");
    let score = |picks: &[&str]| grade(m, &Response::Picks(ids(picks)));
    assert_eq!(score(&["a", "b"]), 1.0);
    assert_eq!(score(&["a"]), 0.5);
    assert_eq!(score(&["a", "b", "c"]), 0.5);
    assert_eq!(score(&["a", "c"]), 0.0);
    assert_eq!(
        score(&["a", "b", "c", "d"]),
        0.0,
        "picking everything earns nothing"
    );
    assert_eq!(score(&[]), 0.0);
    assert_eq!(score(&["a", "a"]), 0.5, "a repeated pick counts once");
}

#[test]
fn true_false() {
    let deck = fixture_deck();
    assert_eq!(grade(q(&deck, "tf"), &Response::Bool(false)), 1.0);
    assert_eq!(grade(q(&deck, "tf"), &Response::Bool(true)), 0.0);
}

#[test]
fn ordering_partial_credit_counts_steps_in_place() {
    let deck = fixture_deck();
    let o = q(&deck, "order");
    let score = |order: &[&str]| grade(o, &Response::Order(ids(order)));
    assert_eq!(score(&["one", "two", "three", "four"]), 1.0);
    assert_eq!(score(&["one", "two", "four", "three"]), 0.5);
    assert_eq!(score(&["four", "three", "two", "one"]), 0.0);
    assert_eq!(
        score(&["one"]),
        0.25,
        "a short answer scores what it has right"
    );
}

#[test]
fn matching_partial_credit() {
    let deck = fixture_deck();
    let m = q(&deck, "match");
    let pairs = |v: &[(&str, &str)]| {
        Response::Match(
            v.iter()
                .map(|(l, r)| (l.to_string(), r.to_string()))
                .collect(),
        )
    };
    assert_eq!(grade(m, &pairs(&[("x", "x"), ("y", "y"), ("z", "z")])), 1.0);
    let two_swapped = grade(m, &pairs(&[("x", "x"), ("y", "z"), ("z", "y")]));
    assert!((two_swapped - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(grade(m, &pairs(&[("x", "y"), ("y", "z"), ("z", "x")])), 0.0);
}

#[test]
fn flashcard_self_rating() {
    let deck = fixture_deck();
    let c = q(&deck, "card");
    assert_eq!(grade(c, &Response::Rating(Rating::Again)), 0.0);
    assert_eq!(grade(c, &Response::Rating(Rating::Hard)), 0.5);
    assert_eq!(grade(c, &Response::Rating(Rating::Good)), 1.0);
    assert_eq!(grade(c, &Response::Rating(Rating::Easy)), 1.0);
}

#[test]
fn a_response_of_the_wrong_shape_scores_zero() {
    let deck = fixture_deck();
    assert_eq!(grade(q(&deck, "single"), &Response::Bool(true)), 0.0);
    assert_eq!(grade(q(&deck, "tf"), &Response::Pick("a".into())), 0.0);
}

fn options(count: usize, seed: u64) -> QuizOptions {
    QuizOptions {
        count,
        seed,
        ..QuizOptions::default()
    }
}

#[test]
fn seeded_order_is_fixed() {
    let deck = fixture_deck();
    let a = Attempt::new(&deck, options(9, 42), 1.0);
    let order: Vec<&str> = a.items.iter().map(|i| i.question.as_str()).collect();
    // Pinned: share links depend on this exact order. If this changes, every link changes.
    assert_eq!(order, PINNED_ORDER_SEED_42);
    let single = a.items.iter().find(|i| i.question == "single").unwrap();
    assert_eq!(single.order, PINNED_SINGLE_CHOICES_SEED_42);
}

const PINNED_ORDER_SEED_42: [&str; 9] = [
    "principle",
    "match",
    "card",
    "tf",
    "red",
    "stronger",
    "single",
    "order",
    "multi",
];
const PINNED_SINGLE_CHOICES_SEED_42: [&str; 3] = ["c", "a", "b"];

#[test]
fn same_seed_same_quiz_other_seed_other_quiz() {
    let deck = fixture_deck();
    let a = Attempt::new(&deck, options(5, 7), 1.0);
    let b = Attempt::new(&deck, options(5, 7), 999_999.0);
    assert_eq!(a.items, b.items, "the clock never changes the quiz");
    let c = Attempt::new(&deck, options(5, 8), 1.0);
    assert_ne!(a.items, c.items);
}

#[test]
fn options_filter_types_principles_and_ids() {
    let deck = fixture_deck();
    let by_type = Attempt::new(
        &deck,
        QuizOptions {
            count: 9,
            types: vec![QuestionType::Multi, QuestionType::TrueFalse],
            ..options(9, 1)
        },
        0.0,
    );
    let mut got: Vec<&str> = by_type.items.iter().map(|i| i.question.as_str()).collect();
    got.sort();
    assert_eq!(got, vec!["multi", "tf"]);
    let by_principle = Attempt::new(
        &deck,
        QuizOptions {
            principles: vec!["dive-deep".into()],
            ..options(9, 1)
        },
        0.0,
    );
    assert_eq!(by_principle.items.len(), 1);
    assert_eq!(by_principle.items[0].question, "principle");
    assert_eq!(
        Attempt::new(&deck, options(0, 1), 0.0).items.len(),
        DEFAULT_COUNT
    );
}

#[test]
fn an_order_question_is_never_shown_already_in_order() {
    let deck = fixture_deck();
    for seed in 0..200 {
        let a = Attempt::new(
            &deck,
            QuizOptions {
                only: vec!["order".into()],
                ..options(1, seed)
            },
            0.0,
        );
        assert_ne!(
            a.items[0].order,
            ids(&["one", "two", "three", "four"]),
            "seed {seed}"
        );
    }
}

#[test]
fn answering_results_and_retry_missed() {
    let deck = fixture_deck();
    let mut a = Attempt::new(
        &deck,
        QuizOptions {
            only: vec!["single".into(), "multi".into(), "match".into()],
            ..options(3, 5)
        },
        0.0,
    );
    while !a.is_finished() {
        let id = a.items[a.current].question.clone();
        let response = match id.as_str() {
            "single" => Response::Pick("a".into()),
            "multi" => Response::Picks(ids(&["a"])),
            _ => Response::Match(vec![("x".into(), "y".into())]),
        };
        assert!(a.answer(q(&deck, &id), response.clone(), 1.0).is_some());
        assert_eq!(
            a.answer(q(&deck, &id), response, 2.0),
            None,
            "no second try"
        );
        a.advance(3.0);
    }
    assert_eq!(a.finished_at, Some(3.0));
    let r = results(&a, &deck);
    assert_eq!(r.total.questions, 3);
    assert_eq!(r.total.percent(), 50, "1 + 0.5 + 0 of 3");
    assert_eq!(r.by_principle["ownership"].questions, 2);
    assert_eq!(r.by_principle["ownership"].percent(), 75);
    assert_eq!(r.by_section["s2"].percent(), 0);
    let mut missed = r.missed.clone();
    missed.sort();
    assert_eq!(missed, ids(&["match", "multi"]));
    assert_eq!(
        r.outcomes
            .iter()
            .find(|(id, _)| id == "multi")
            .map(|(_, o)| *o),
        Some(Outcome::Partial)
    );

    let retry = a.retry_missed_options().unwrap();
    let again = Attempt::new(&deck, retry, 4.0);
    let mut retried: Vec<String> = again.items.iter().map(|i| i.question.clone()).collect();
    retried.sort();
    assert_eq!(retried, ids(&["match", "multi"]));
}

#[test]
fn the_last_question_does_not_finish_until_every_question_is_answered() {
    let deck = fixture_deck();
    let mut a = Attempt::new(&deck, options(2, 3), 0.0);
    a.advance(1.0);
    a.advance(2.0);
    assert!(!a.is_finished());
}

/// The answer that scores 1 on `q` (used to drive attempts to their end).
pub(crate) fn right_response(q: &Question) -> Response {
    match q.kind {
        QuestionType::Multi => Response::Picks(
            q.choices
                .iter()
                .filter(|c| c.correct)
                .map(|c| c.id.clone())
                .collect(),
        ),
        QuestionType::TrueFalse => Response::Bool(q.answer.unwrap_or(false)),
        QuestionType::Order => Response::Order(q.steps.iter().map(|s| s.id.clone()).collect()),
        QuestionType::Match => Response::Match(
            q.pairs
                .iter()
                .map(|p| (p.id.clone(), p.id.clone()))
                .collect(),
        ),
        QuestionType::Flashcard => Response::Rating(Rating::Good),
        _ => Response::Pick(
            q.choices
                .iter()
                .find(|c| c.correct)
                .map(|c| c.id.clone())
                .unwrap_or_default(),
        ),
    }
}

#[test]
fn select_all_never_rewards_ticking_everything_or_nothing_in_the_bundled_bank() {
    let bank = crate::bank::bundled();
    let mut checked = 0;
    for q in bank.decks.iter().flat_map(|d| &d.questions) {
        if q.kind != QuestionType::Multi {
            continue;
        }
        checked += 1;
        let all = Response::Picks(q.choices.iter().map(|c| c.id.clone()).collect());
        assert_eq!(grade(q, &all), 0.0, "{}: ticking everything", q.id);
        assert_eq!(
            grade(q, &Response::Picks(Vec::new())),
            0.0,
            "{}: nothing",
            q.id
        );
        assert_eq!(grade(q, &right_response(q)), 1.0, "{}: the right set", q.id);
        // One right pick short, or one wrong pick over, is partial, never full marks.
        let right: Vec<String> = q
            .choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.id.clone())
            .collect();
        let wrong = q
            .choices
            .iter()
            .find(|c| !c.correct)
            .map(|c| c.id.clone())
            .unwrap();
        let mut over = right.clone();
        over.push(wrong);
        assert!(
            grade(q, &Response::Picks(over)) < 1.0,
            "{}: one wrong pick over",
            q.id
        );
    }
    assert!(
        checked >= 20,
        "the bank has select-all questions ({checked})"
    );
}

#[test]
fn multi_select_with_more_right_than_wrong_choices() {
    let mut m = question("m", QuestionType::Multi);
    m.choices = vec![
        choice("a", true),
        choice("b", true),
        choice("c", true),
        choice("d", false),
    ];
    let score = |picks: &[&str]| grade(&m, &Response::Picks(ids(picks)));
    assert_eq!(score(&["a", "b", "c", "d"]), 0.0, "everything: 1 - 1");
    assert_eq!(score(&["a", "b", "c"]), 1.0);
    assert!((score(&["a", "b"]) - 2.0 / 3.0).abs() < 1e-9);
    assert!(
        (score(&["a", "b", "d"])).abs() < 1e-9,
        "2/3 - 1 floors at 0"
    );
    assert_eq!(
        score(&["a", "zz"]),
        0.0,
        "an unknown id counts as a wrong pick"
    );
}

#[test]
fn moving_on_is_never_stuck_from_any_position() {
    let deck = fixture_deck();
    for skipped in 0..4 {
        let mut a = Attempt::new(&deck, options(4, 9), 0.0);
        // Answer everything but one question, going round from the first.
        for i in 0..4 {
            if i != skipped {
                let id = a.items[a.current].question.clone();
                a.answer(q(&deck, &id), right_response(q(&deck, &id)), 1.0);
            }
            a.advance(2.0);
        }
        if skipped < 3 {
            assert_eq!(
                a.current, skipped,
                "after the last, back to the unanswered one"
            );
        }
        let mut steps = 0;
        while !a.is_finished() {
            let id = a.items[a.current].question.clone();
            a.answer(q(&deck, &id), right_response(q(&deck, &id)), 3.0);
            a.advance(4.0);
            steps += 1;
            assert!(steps < 10, "never stuck (skipped {skipped})");
        }
        assert_eq!(a.percent(), 100);
    }
}

mod reconcile_cases {
    use super::*;

    fn started(deck: &Deck, answered: usize) -> Attempt {
        let mut a = Attempt::new(deck, options(9, 21), 0.0);
        for _ in 0..answered {
            let id = a.items[a.current].question.clone();
            a.answer(q(deck, &id), right_response(q(deck, &id)), 1.0);
            a.advance(1.0);
        }
        a
    }

    fn position(a: &Attempt, id: &str) -> usize {
        a.items.iter().position(|i| i.question == id).unwrap()
    }

    #[test]
    fn an_attempt_in_line_with_its_deck_is_left_alone() {
        let deck = fixture_deck();
        let mut a = started(&deck, 3);
        let before = a.clone();
        assert_eq!(reconcile(&mut a, &deck, 5.0), Reconciled::default());
        assert_eq!(a, before);
    }

    #[test]
    fn removed_questions_leave_with_a_notice_and_the_same_question_stays_on_screen() {
        let mut deck = fixture_deck();
        let mut a = started(&deck, 3);
        let on_screen = a.items[a.current].question.clone();
        let (answered_gone, open_gone) = (a.items[0].question.clone(), a.items[5].question.clone());
        deck.questions
            .retain(|q| q.id != answered_gone && q.id != open_gone);
        let r = reconcile(&mut a, &deck, 5.0);
        assert_eq!((r.removed, r.kept_gone), (1, 1));
        assert_eq!(
            r.notice().as_deref(),
            Some("2 questions were removed from this deck since you started.")
        );
        assert_eq!(a.items.len(), 8, "the unanswered one leaves");
        assert!(
            a.items.iter().any(|i| i.question == answered_gone),
            "an answer is history"
        );
        assert_eq!(
            a.answered(),
            3,
            "no answer lost, so a merge keeps this copy"
        );
        assert_eq!(a.items[a.current].question, on_screen);
        assert_eq!(
            a.updated_at, 5.0,
            "dated, so it wins a merge with the stale copy"
        );
        // Once saved, the next visit changes nothing but still says what went.
        let again = reconcile(&mut a, &deck, 6.0);
        assert!(!again.changed());
        assert_eq!(again.kept_gone, 1);
        assert!(again.notice().is_some());
    }

    #[test]
    fn moving_on_skips_answered_questions_that_are_gone() {
        let mut deck = fixture_deck();
        let mut a = started(&deck, 2);
        // The learner is on question 3; question 4 and 1 get removed... then answers 3.
        let third = a.items[2].question.clone();
        let gone = a.items[3].question.clone();
        a.answer(q(&deck, &third), right_response(q(&deck, &third)), 2.0);
        a.advance(2.0);
        a.answer(q(&deck, &gone), right_response(q(&deck, &gone)), 2.0);
        a.current = 3; // on an answered question, as if its feedback were shown
        deck.questions.retain(|q| q.id != gone);
        let r = reconcile(&mut a, &deck, 5.0);
        assert!(r.moved);
        assert_eq!(
            a.current, 4,
            "the next unanswered question still in the deck"
        );
        // Moving on from there never visits an answered question again.
        let mut seen = vec![a.current];
        while !a.is_finished() {
            let id = a.items[a.current].question.clone();
            a.answer(q(&deck, &id), right_response(q(&deck, &id)), 6.0);
            a.advance(6.0);
            if !a.is_finished() {
                assert!(
                    !a.items[a.current].is_answered(),
                    "lands on an open question"
                );
                seen.push(a.current);
            }
        }
        assert_eq!(seen, vec![4, 5, 6, 7, 8]);
    }

    #[test]
    fn the_question_on_screen_removed_moves_to_the_next_unanswered() {
        let mut deck = fixture_deck();
        let mut a = started(&deck, 2);
        let on_screen = a.items[2].question.clone();
        let next = a.items[3].question.clone();
        deck.questions.retain(|q| q.id != on_screen);
        reconcile(&mut a, &deck, 5.0);
        assert_eq!(a.items[a.current].question, next);
        assert!(!a.is_finished());
    }

    #[test]
    fn choices_added_removed_duplicated_or_renamed_redraw_the_order() {
        let base = fixture_deck();
        let a0 = started(&base, 0);
        let single_at = position(&a0, "single");
        type Edit = fn(&mut Question);
        let cases: [(&str, Edit); 4] = [
            ("added", |q| q.choices.push(choice("new", false))),
            ("removed", |q| {
                q.choices.retain(|c| c.id != "c");
            }),
            ("renamed", |q| q.choices[1].id = "b2".into()),
            ("unchanged", |_| {}),
        ];
        for (name, edit) in cases {
            let mut deck = base.clone();
            edit(
                deck.questions
                    .iter_mut()
                    .find(|q| q.id == "single")
                    .unwrap(),
            );
            let mut a = a0.clone();
            let r = reconcile(&mut a, &deck, 5.0);
            let qn = q(&deck, "single");
            let order = &a.items[single_at].order;
            assert!(reconcile::order_matches(qn, order), "{name}: {order:?}");
            assert_eq!(r.reordered, usize::from(name != "unchanged"), "{name}");
            // The right answer is among the choices shown, so it can be picked.
            assert!(qn
                .choices
                .iter()
                .filter(|c| c.correct)
                .all(|c| order.contains(&c.id)));
            // The same redraw in every tab, even one whose bank also lost another question
            // before it: the draw depends on this question and the seed only.
            let mut other = deck.clone();
            let earlier = a0.items.first().map(|i| i.question.clone());
            other
                .questions
                .retain(|q| single_at == 0 || Some(&q.id) != earlier.as_ref());
            let mut again = a0.clone();
            reconcile(&mut again, &other, 6.0);
            let at = position(&again, "single");
            assert_eq!(&again.items[at].order, order, "{name}: the same draw");
        }
        // A saved order with a repeated id (a corrupt save) is redrawn too.
        let mut a = a0.clone();
        a.items[single_at].order = ids(&["a", "a", "b"]);
        assert_eq!(reconcile(&mut a, &base, 5.0).reordered, 1);
        assert!(reconcile::order_matches(
            q(&base, "single"),
            &a.items[single_at].order
        ));
    }

    #[test]
    fn an_attempt_whose_questions_are_all_gone_is_closed() {
        let mut deck = fixture_deck();
        let mut a = started(&deck, 2);
        deck.questions.clear();
        let r = reconcile(&mut a, &deck, 5.0);
        assert!(r.closed && a.is_finished());
        assert_eq!((r.removed, r.kept_gone), (7, 2));
        assert_eq!(a.items.len(), 2, "the two answers are history");
        // Never answered at all: nothing left, and the saved document drops it.
        let mut p = crate::progress::Progress::default();
        let fresh = started(&fixture_deck(), 0);
        p.attempts.push(fresh.clone());
        p.reconcile_attempt(&fresh.id, &deck, 5.0);
        assert!(p.attempts.is_empty());
    }

    #[test]
    fn only_answered_questions_left_finishes_the_attempt() {
        let mut deck = fixture_deck();
        let mut a = started(&deck, 3);
        let answered: Vec<String> = a.items[..3].iter().map(|i| i.question.clone()).collect();
        deck.questions.retain(|q| answered.contains(&q.id));
        let r = reconcile(&mut a, &deck, 5.0);
        assert!(r.closed && a.is_finished());
        assert_eq!(a.percent(), 100);
    }

    #[test]
    fn finished_attempts_are_history_and_stay_as_graded() {
        let mut deck = fixture_deck();
        let mut a = started(&deck, 9);
        assert!(a.is_finished());
        let before = a.clone();
        deck.questions.truncate(2);
        assert_eq!(reconcile(&mut a, &deck, 5.0), Reconciled::default());
        assert_eq!(a, before);
    }
}

#[test]
fn a_shortfall_is_explained_only_when_the_reader_asked_for_more() {
    let deck = fixture_deck(); // nine questions
    let n = deck.questions.len();
    // The default count on a deck with fewer questions than it draws: nothing to explain.
    let mut small = deck.clone();
    small.questions.truncate(2);
    assert_eq!(Attempt::new(&small, options(0, 1), 1.0).shortfall(), None);
    let default = options(DEFAULT_COUNT, 1);
    assert_eq!(Attempt::new(&small, default, 1.0).shortfall(), None);
    // A count the reader chose, more than the deck has.
    assert_eq!(
        Attempt::new(&deck, options(20, 1), 1.0).shortfall(),
        Some(Shortfall::SmallDeck(n))
    );
    // Options that leave fewer than the count, whatever the count.
    let single = QuizOptions {
        types: vec![QuestionType::Single],
        ..options(0, 1)
    };
    let filtered = Attempt::new(&deck, single, 1.0);
    assert!(filtered.items.len() < DEFAULT_COUNT);
    assert_eq!(
        filtered.shortfall(),
        Some(Shortfall::Filtered(filtered.items.len()))
    );
    // Enough questions: nothing to say.
    assert_eq!(Attempt::new(&deck, options(3, 1), 1.0).shortfall(), None);
}
