//! Figures about a learner's progress that several screens show (home, progress, checklists):
//! computed once here, from the saved document, so every screen says the same thing.

use super::document::Progress;
use crate::model::{Checklist, ChecklistKind};

/// How a deck stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeckStats {
    /// Finished quizzes.
    pub finished: usize,
    /// Best and last score of a finished quiz, in percent.
    pub best: Option<u32>,
    pub last: Option<u32>,
    /// The last (up to) ten scores, oldest first.
    pub recent: Vec<u32>,
    /// Distinct questions answered at least once, in any attempt.
    pub seen: usize,
    /// An unfinished quiz with at least one answer.
    pub in_progress: bool,
}

pub fn deck_stats(progress: &Progress, deck: &str) -> DeckStats {
    let scores: Vec<u32> = progress
        .finished_attempts(deck)
        .map(|a| a.percent())
        .collect();
    let mut seen: Vec<&str> = progress
        .attempts
        .iter()
        .filter(|a| a.deck == deck)
        .flat_map(|a| {
            a.items
                .iter()
                .filter(|i| i.is_answered())
                .map(|i| i.question.as_str())
        })
        .collect();
    crate::small_sort::sort(&mut seen);
    seen.dedup();
    DeckStats {
        finished: scores.len(),
        best: scores.iter().max().copied(),
        last: scores.last().copied(),
        recent: scores[scores.len().saturating_sub(10)..].to_vec(),
        seen: seen.len(),
        in_progress: progress
            .attempts
            .iter()
            .any(|a| a.deck == deck && !a.is_finished() && a.answered() > 0),
    }
}

/// "k of n" of a checklist: ticked items, or, for a story checklist, the items present in the
/// most recently saved story (0 with none).
pub fn checklist_done(progress: &Progress, checklist: &Checklist) -> usize {
    match checklist.kind {
        ChecklistKind::Ticks => checklist
            .items
            .iter()
            .filter(|i| progress.is_ticked(&checklist.id, &i.id))
            .count(),
        ChecklistKind::Story => progress
            .live_stories()
            .filter(|s| s.checklist == checklist.id)
            .max_by(|a, b| a.at.total_cmp(&b.at))
            .map_or(0, |s| {
                checklist
                    .items
                    .iter()
                    .filter(|i| s.items.get(&i.id).copied().unwrap_or(false))
                    .count()
            }),
    }
}

/// The coverage map of the story bank: every principle, in the bank's order, with the titles of
/// the live stories that serve it (none: the principle still lacks a story).
pub fn principle_coverage<'a>(
    progress: &'a Progress,
    principles: &'a [crate::model::Principle],
) -> Vec<(&'a crate::model::Principle, Vec<&'a str>)> {
    principles
        .iter()
        .map(|p| {
            let titles = progress
                .live_bank_stories()
                .filter(|s| s.principles.contains(&p.id))
                .map(|s| s.title.as_str())
                .collect();
            (p, titles)
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::DeckSource;
    use crate::progress::{apply, Change, StoryScore};
    use crate::quiz::tests::right_response;
    use crate::quiz::{Attempt, QuizOptions};

    #[test]
    fn deck_figures_from_finished_and_open_quizzes() {
        let bank = crate::bank::bundled();
        let deck = &bank.decks[0];
        let mut p = Progress::default();
        assert_eq!(deck_stats(&p, &deck.id), DeckStats::default());
        let mut a = Attempt::new(
            deck,
            QuizOptions {
                count: 2,
                seed: 1,
                ..Default::default()
            },
            1.0,
        );
        p.put_attempt(a.clone());
        let first = a.items[0].question.clone();
        let q = bank.question(&first).unwrap().1;
        apply(
            &mut p,
            Change::Answer {
                start: None,
                attempt: a.id.clone(),
                question: first,
                response: right_response(q),
            },
            bank,
            2.0,
        );
        let open = deck_stats(&p, &deck.id);
        assert!(
            open.in_progress,
            "a quiz in progress is not 'not practised'"
        );
        assert_eq!((open.seen, open.finished, open.best), (1, 0, None));
        a.id.push('2');
        for item in &mut a.items {
            item.score = Some(0.5);
            item.response = Some(crate::quiz::Response::Bool(true));
        }
        a.finished_at = Some(3.0);
        p.put_attempt(a);
        let s = deck_stats(&p, &deck.id);
        assert_eq!(
            (s.finished, s.best, s.last, s.recent.clone()),
            (1, Some(50), Some(50), vec![50])
        );
        assert_eq!(s.seen, 2);
    }

    #[test]
    fn a_story_checklist_counts_the_latest_saved_story() {
        let bank = crate::bank::bundled();
        let list = bank
            .checklists
            .iter()
            .find(|c| c.kind == ChecklistKind::Story)
            .unwrap();
        let mut p = Progress::default();
        assert_eq!(checklist_done(&p, list), 0);
        let story = |id: &str, at: f64, n: usize| StoryScore {
            id: id.into(),
            checklist: list.id.clone(),
            title: id.into(),
            at,
            items: list
                .items
                .iter()
                .take(n)
                .map(|i| (i.id.clone(), true))
                .collect(),
            deleted: false,
        };
        p.stories.push(story("old", 1.0, 2));
        p.stories.push(story("new", 2.0, 6));
        assert_eq!(checklist_done(&p, list), 6);
    }

    #[test]
    fn the_coverage_map_marks_principles_without_a_story() {
        let bank = crate::bank::bundled();
        let mut p = Progress::default();
        let story = |id: &str, principles: &[&str], deleted: bool| crate::progress::BankStory {
            id: id.into(),
            title: format!("Story {id}"),
            principles: principles.iter().map(|s| s.to_string()).collect(),
            situation: String::new(),
            task: String::new(),
            action: String::new(),
            result: String::new(),
            score: None,
            at: 1.0,
            deleted,
        };
        p.story_bank
            .push(story("a", &["ownership", "customer-obsession"], false));
        p.story_bank.push(story("b", &["ownership"], false));
        p.story_bank.push(story("c", &["frugality"], true));
        let map = principle_coverage(&p, &bank.principles);
        assert_eq!(map.len(), bank.principles.len());
        let titles = |id: &str| {
            map.iter()
                .find(|(x, _)| x.id == id)
                .map(|(_, t)| t.clone())
                .unwrap()
        };
        assert_eq!(titles("ownership"), ["Story a", "Story b"]);
        assert_eq!(titles("customer-obsession"), ["Story a"]);
        assert!(
            titles("frugality").is_empty(),
            "a deleted story covers nothing"
        );
    }
}
