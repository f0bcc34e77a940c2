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
