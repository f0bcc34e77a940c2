use super::*;
use crate::model::FindingKind;

fn analyzer() -> Analyzer<'static> {
    Analyzer::new(&crate::bank::catalog().rubric)
}

/// (rule id, exact words) of every finding.
fn heard(text: &str) -> Vec<(String, String)> {
    let a = analyzer();
    a.analyse(text)
        .iter()
        .map(|f| (a.rule(f).id.clone(), text[f.start..f.end].to_string()))
        .collect()
}

fn has(text: &str, rule: &str, words: &str) -> bool {
    heard(text).iter().any(|(r, w)| r == rule && w == words)
}

#[test]
fn tokens_keep_byte_offsets_through_curly_apostrophes_and_numbers() {
    let text = "It’s fixed: errors fell 1,200 → 3.5% ($8K).";
    let tokens = text::tokenize(text);
    let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(
        words,
        ["It", "’s", "fixed", "errors", "fell", "1,200", "→", "3.5%", "$8K"]
    );
    assert_eq!(tokens[1].norm, "'s");
    assert_eq!(text::sentences(&tokens).len(), 1);
    assert_eq!(
        text::sentences(&text::tokenize("One. Two!\nThree? 1.5 four")).len(),
        4
    );
}

#[test]
fn passive_voice_includes_irregular_participles_but_not_adjectives() {
    assert!(has(
        "The problem was identified and fixed.",
        "passive-voice",
        "was identified"
    ));
    assert!(has(
        "The report was written late.",
        "passive-voice",
        "was written"
    ));
    assert!(has(
        "It had been quickly rolled back.",
        "passive-voice",
        "been quickly rolled"
    ));
    assert!(has(
        "The fix got deployed.",
        "passive-voice",
        "got deployed"
    ));
    for adjective in [
        "I was tired.",
        "I was excited.",
        "The page was red.",
        "I was stuck.",
    ] {
        assert!(heard(adjective).is_empty(), "{adjective}");
    }
}

#[test]
fn we_is_flagged_for_actions_not_for_a_shared_result() {
    assert!(has("We fixed it together.", "we-instead-of-i", "We fixed"));
    assert!(has(
        "The team rewrote the job.",
        "we-instead-of-i",
        "The team rewrote"
    ));
    assert!(heard("We hit the launch date.").is_empty());
    assert!(!has(
        "Together we cut churn by 20%.",
        "we-instead-of-i",
        "we cut"
    ));
    assert!(!heard("I wrote the fix and we reviewed it.")
        .iter()
        .any(|(r, _)| r == "we-instead-of-i"));
}

#[test]
fn a_result_needs_a_number_and_numbers_that_are_not_results_do_not_count() {
    assert!(has(
        "The fix improved things significantly.",
        "unquantified-result",
        "improved things"
    ));
    assert!(has(
        "I reduced customer errors by 40%.",
        "quantified",
        "40%"
    ));
    assert!(has(
        "Tickets dropped from 120 a week to 15.",
        "quantified",
        "120"
    ));
    assert!(has(
        "Wait time dropped by 45 seconds.",
        "quantified",
        "45 seconds"
    ));
    assert!(heard("In 2019, I joined a team of 5 engineers.")
        .iter()
        .all(|(r, _)| r != "quantified"));
    assert!(heard("The meeting was at 3 pm.").is_empty());
}

#[test]
fn phrases_with_unless_and_gaps() {
    assert!(has(
        "My manager asked me to fix it.",
        "assigned-work",
        "My manager asked"
    ));
    assert!(!heard("Nobody asked me to fix it.")
        .iter()
        .any(|(r, _)| r == "assigned-work"));
    assert!(has(
        "The other team was slow to respond.",
        "blame",
        "slow to respond"
    ));
    assert!(heard("I dropped the ball and owned it.")
        .iter()
        .all(|(r, _)| r != "blame"));
    assert!(has(
        "I prioritized the refund bug over the feature.",
        "trade-off",
        "prioritized the refund bug over"
    ));
    assert!(has(
        "I stayed late all week.",
        "effort-without-impact",
        "stayed late"
    ));
    assert!(!has(
        "I stayed late and cut errors by 40%.",
        "effort-without-impact",
        "stayed late"
    ));
    assert!(has(
        "I refactored the microservice.",
        "jargon-without-customer-effect",
        "microservice"
    ));
    assert!(!has(
        "I refactored the microservice so customers waited less.",
        "jargon-without-customer-effect",
        "microservice"
    ));
}

#[test]
fn timing_per_part_against_the_rubric() {
    let a = analyzer();
    // 150 words a minute: 2.5 words a second.
    let words = |n: usize| vec!["word"; n].join(" ");
    let (s, t, act, r) = (words(50), words(25), words(150), words(50));
    let report = a.story([&s, &t, &act, &r], 150);
    let timing = &report.timing;
    assert_eq!(timing.parts[0].seconds, 20);
    assert_eq!(timing.situation_task_seconds, 30);
    assert_eq!(timing.situation_task_ok, Some(true));
    assert_eq!(timing.action_result_percent, 73);
    assert_eq!(timing.action_result_ok, Some(true));
    // A slower pace makes the same words longer: 75 words at 75 wpm is 60 s, over 50 s.
    let slow = a.story([&s, &t, &act, &r], 75).timing;
    assert_eq!(slow.situation_task_seconds, 60);
    assert_eq!(slow.situation_task_ok, Some(false));
    // A text's parts come from its heading lines; without them only the total is known.
    let text = a.text(
        "Situation: one two\nTask: three\nAction: I did four five six\nResult: seven",
        60,
    );
    assert_eq!(
        text.timing
            .parts
            .iter()
            .map(|p| p.words)
            .collect::<Vec<_>>(),
        [2, 1, 5, 1]
    );
    assert_eq!(
        a.text("no headings here", 150).timing.situation_task_ok,
        None
    );
    assert_eq!(a.story(["", "", "", ""], 150).timing.action_result_ok, None);
}

#[test]
fn the_score_gives_a_reason_for_every_point() {
    let a = analyzer();
    let report = a.story(
        [
            "Checkout failed for some shoppers.",
            "Nobody asked me to look.",
            "I traced the errors. The fix was deployed.",
            "I reduced failed orders by 40% in a week.",
        ],
        150,
    );
    let lines = &report.score.lines;
    assert_eq!(
        lines.len(),
        a.rules().len() + 2,
        "one line per rule and per timing rule"
    );
    let line = |id: &str| lines.iter().find(|l| l.rule == id).unwrap();
    assert_eq!(line("quantified").points, 2);
    assert!(line("quantified").reason.contains("“40%”"));
    assert_eq!(line("passive-voice").points, -1);
    assert!(line("passive-voice").reason.contains("“was deployed”"));
    assert_eq!(line("trade-off").points, 0);
    assert!(line("trade-off").reason.contains("not heard yet"));
    let sum: i32 = lines.iter().map(|l| l.points).sum();
    assert_eq!(report.score.points, sum.max(0));
    assert!(report.score.points as u32 <= report.score.max);
}

#[test]
fn the_checklist_is_prefilled_from_the_findings() {
    let a = analyzer();
    let bank = crate::bank::catalog();
    let checklist = bank.checklist("story-signals").unwrap();
    let report = a.story(
        ["", "Nobody asked me.", "We fixed it.", "It improved a lot."],
        150,
    );
    let all: Vec<&Finding> = report.findings.iter().flatten().collect();
    let ticks = prefill(&a, &all, checklist);
    assert_eq!(ticks.get("self-initiated"), Some(&true));
    assert_eq!(ticks.get("quantified-impact"), Some(&false));
    assert_eq!(
        ticks.get("collective-credit"),
        Some(&false),
        "a red flag heard: not ticked"
    );
    assert_eq!(
        ticks.get("blaming-others"),
        Some(&true),
        "no blame heard: ticked"
    );
    assert_eq!(
        ticks.get("noticed-beyond-scope"),
        None,
        "no rule reports on it: the learner says"
    );
}

#[test]
fn segments_cover_the_text_and_mark_each_finding() {
    let a = analyzer();
    let text = "Oddly, the bug was fixed. We fixed it.";
    let findings = a.analyse(text);
    let runs = segments(text, &findings);
    let joined: String = runs.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(joined, text, "nothing lost, nothing doubled");
    let marked: Vec<&str> = runs
        .iter()
        .filter(|s| s.kind == Some(FindingKind::RedFlag))
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(marked, ["was fixed", "We fixed"]);
    // Offsets off a character boundary (a hand-made finding) are ignored, never a panic.
    let bad = Finding {
        rule: 0,
        kind: FindingKind::Signal,
        start: 1,
        end: 2,
    };
    assert_eq!(segments("é", &[bad]).len(), 1);
}

#[test]
fn every_rule_id_of_the_vocabulary_is_in_the_rubric() {
    let a = analyzer();
    for id in crate::model::COACH_RULE_IDS {
        assert!(a.rule_index(id).is_some(), "{id}");
    }
}
