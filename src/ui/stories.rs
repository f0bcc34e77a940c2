//! `#/stories`: the story bank and the STAR coach. Stories have a title, the principles they
//! serve and four parts; the coach (`crate::coach`, pure) reads the parts on every keystroke and
//! shows what an interviewer would hear: each finding's exact words marked in the text (split
//! into text runs, never parsed as HTML), the timing bar, the score with its reasons, and the
//! story checklist pre-filled for the learner to confirm. The coverage map shows which
//! principles still lack a story.

use super::checklist::date;
use super::field::{input_value, textarea_value};
use super::hooks::focus_later;
use super::store::{now, use_store, StoreHandle};
use super::text::count;
use crate::bank;
use crate::coach::{prefill, segments, Analyzer, Finding, StarPart, StoryReport};
use crate::model::{Catalog, ChecklistKind, FindingKind};
use crate::progress::stats::principle_coverage;
use crate::progress::{decode_draft, encode_draft, BankStory, Change, StoryScore};
use crate::sorted_map::SortedMap;
use crate::storage;
use std::sync::OnceLock;
use yew::prelude::*;

/// The coach compiled once from the bundled rubric (word ids, phrase patterns).
fn analyzer() -> Option<&'static Analyzer<'static>> {
    static ANALYZER: OnceLock<Option<Analyzer<'static>>> = OnceLock::new();
    ANALYZER
        .get_or_init(|| Some(Analyzer::new(&bank::catalog().rubric)))
        .as_ref()
}

/// What each part's box asks for.
fn part_hint(part: StarPart) -> &'static str {
    match part {
        StarPart::Situation => "Where and when, briefly: what was at stake for customers?",
        StarPart::Task => "What you had to do, and who asked (ideally nobody).",
        StarPart::Action => "What you did, step by step, in the first person.",
        StarPart::Result => "What changed, with a number and a time frame.",
    }
}

fn empty_story() -> BankStory {
    BankStory {
        id: String::new(),
        title: String::new(),
        principles: Vec::new(),
        situation: String::new(),
        task: String::new(),
        action: String::new(),
        result: String::new(),
        score: None,
        at: 0.0,
        deleted: false,
    }
}

/// Same words, title and principles (the date and the score link aside).
fn same_content(a: &BankStory, b: &BankStory) -> bool {
    a.title == b.title && a.principles == b.principles && a.parts() == b.parts()
}

/// One component for the whole screen: each `#[component]` instantiates Yew's component
/// machinery again in the wasm (measured: about 10 KB each), so the editor, the coverage map
/// and the checklist are plain functions of this one's state.
/// The screen's own state, in one `use_state`: each state type instantiates Yew's hook code
/// again (measured: about 6 KB of wasm each).
#[derive(Clone, PartialEq)]
struct Editor {
    /// The story being written (a copy; saved on "Save story"), also kept in storage as
    /// typed (`storage::STORY_DRAFT_KEY`) so that a reload or another screen does not lose it.
    draft: BankStory,
    /// Speaking pace for the timing, words a minute.
    wpm: u32,
    message: String,
    score_message: String,
    /// The learner's changes to the pre-filled checklist, with the coach's ticks they were made
    /// against: they stand until the coach changes its mind or another story is opened.
    overrides: Option<(String, SortedMap<bool>)>,
    /// The story asked for ("New story", "Open") while the draft had unsaved changes: the
    /// screen asks before dropping them, and a second press opens it.
    asking: Option<String>,
    /// The list's status line: "Deleted “…”." or "Restored “…”.".
    list_message: String,
    /// What "Undo" brings back: the id and title of the story deleted last.
    undo: Option<(String, String)>,
}

impl Editor {
    fn new() -> Editor {
        Editor {
            // The draft left by a reload or another screen, if any.
            draft: storage::draft(storage::STORY_DRAFT_KEY)
                .and_then(|text| decode_draft(&text))
                .unwrap_or_else(empty_story),
            wpm: analyzer().map_or(150, |a| a.coach().words_per_minute),
            message: String::new(),
            score_message: String::new(),
            overrides: None,
            asking: None,
            list_message: String::new(),
            undo: None,
        }
    }

    /// Puts `story` in the editor with none of the old story's lines, and forgets the kept
    /// draft (the learner chose to drop it, or it was deleted).
    fn open(&mut self, story: BankStory) {
        storage::keep_draft(storage::STORY_DRAFT_KEY, None);
        self.draft = story;
        self.message.clear();
        self.score_message.clear();
        self.overrides = None;
        self.asking = None;
    }

    /// Keeps the draft in storage. A convenience: when storage is blocked, the app's status
    /// line already says a reload loses what is not saved.
    fn keep(&self) {
        storage::keep_draft(storage::STORY_DRAFT_KEY, Some(&encode_draft(&self.draft)));
    }
}

type EditorHandle = UseStateHandle<Editor>;

/// Sets the editor's state to a changed copy of it.
fn update(editor: &EditorHandle, change: impl FnOnce(&mut Editor)) {
    let mut next = (**editor).clone();
    change(&mut next);
    editor.set(next);
}

/// A change the learner typed: kept in storage at once (one small write per keystroke), and
/// the lines that described the draft before it are gone.
fn edit_draft(editor: &EditorHandle, change: impl FnOnce(&mut BankStory)) {
    update(editor, |e| {
        change(&mut e.draft);
        e.keep();
        e.message.clear();
        e.score_message.clear();
        e.asking = None;
    });
}

/// After a story of the list was deleted or brought back: the list's status line says so
/// (with Undo after a deletion), and the focus, whose button went away, moves to Undo or to
/// that line. The story, if open, leaves the editor: "Save story" must not bring it back.
fn listed(
    editor: &EditorHandle,
    ev: MouseEvent,
    id: &str,
    message: String,
    undo: Option<(String, String)>,
) {
    update(editor, |e| {
        if e.draft.id == id {
            e.open(empty_story());
        }
        e.list_message = message;
        e.undo = undo;
    });
    let focus = vec![".sd-undo button".into(), ".sd-undo".into()];
    focus_later(ev.target(), ".sd-screen", focus);
}

#[component]
pub fn StoriesScreen() -> Html {
    let store = use_store();
    let editor = use_state(Editor::new);
    let draft = &editor.draft;
    let bank = bank::catalog();
    let (Some(store), Some(analyzer)) = (store, analyzer()) else {
        return html! { <p role="alert">{ "The story bank could not be loaded." }</p> };
    };
    let progress = &store.progress;

    // Timed so the browser benchmark (tests/e2e/coach-bench.mjs) can read what one analysis
    // costs apart from rendering: whole microseconds in `data-analysis-us` (no float formatting).
    let clock = web_sys::window().and_then(|w| w.performance());
    let t0 = clock.as_ref().map_or(0.0, |c| c.now());
    let report = analyzer.story(draft.parts(), editor.wpm);
    let analysis_us = clock.map_or(0.0, |c| (c.now() - t0) * 1000.0) as u32;

    let saved_copy = progress
        .story_bank
        .iter()
        .find(|s| s.id == draft.id && !s.deleted);
    let unsaved = match saved_copy {
        Some(saved) => !same_content(saved, draft),
        None => !same_content(&empty_story(), draft),
    };
    // Opens `story` (or an empty one), dropping the kept draft: only after asking, if it had
    // unsaved changes.
    let open = |story: BankStory| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            if unsaved && editor.asking.as_ref() != Some(&story.id) {
                update(&editor, |e| e.asking = Some(story.id.clone()));
            } else {
                update(&editor, |e| e.open(story.clone()));
            }
        })
    };
    let saved: Vec<Html> = progress
        .live_bank_stories()
        .map(|s| {
            let delete = {
                let (store, editor) = (store.clone(), editor.clone());
                let (id, title) = (s.id.clone(), s.title.clone());
                Callback::from(move |ev: MouseEvent| {
                    store.dispatch(Change::DeleteBankStory { id: id.clone() });
                    let undo = Some((id.clone(), title.clone()));
                    listed(&editor, ev, &id, format!("Deleted “{title}”."), undo);
                })
            };
            let principles = s
                .principles
                .iter()
                .filter_map(|id| bank.principle(id).map(|p| p.name.as_str()))
                .collect::<Vec<_>>()
                .join(", ");
            html! {
                <li key={s.id.clone()}>
                    { format!("{} · {} · {}", s.title, if principles.is_empty() { "no principle yet" } else { &principles }, date(s.at)) }
                    <button type="button" class="sd-link-button" onclick={open(s.clone())} aria-label={format!("Open “{}”", s.title)}>{ "Open" }</button>
                    <button type="button" class="sd-link-button" onclick={delete} aria-label={format!("Delete “{}”", s.title)}>{ "Delete" }</button>
                </li>
            }
        })
        .collect();

    // `textarea`: the event comes from a textarea (a part), else from the title's input.
    let edit = |change: fn(&mut BankStory, String), textarea: bool| {
        let editor = editor.clone();
        Callback::from(move |e: InputEvent| {
            let value = if textarea {
                textarea_value(&e)
            } else {
                input_value(&e)
            };
            edit_draft(&editor, |d| change(d, value));
        })
    };
    let principles = bank.principles.iter().map(|p| {
        let checked = draft.principles.contains(&p.id);
        let onchange = {
            let (editor, id) = (editor.clone(), p.id.clone());
            Callback::from(move |_: Event| {
                edit_draft(&editor, |d| {
                    if checked {
                        d.principles.retain(|x| *x != id);
                    } else {
                        d.principles.push(id.clone());
                    }
                })
            })
        };
        html! {
            <label class="sd-check" key={p.id.clone()}><input type="checkbox" {checked} {onchange} />{ &p.name }</label>
        }
    });
    let setters: [fn(&mut BankStory, String); 4] = [
        |s, v| s.situation = v,
        |s, v| s.task = v,
        |s, v| s.action = v,
        |s, v| s.result = v,
    ];
    let parts = StarPart::ALL.iter().zip(&report.findings).zip(setters).map(|((part, findings), set)| {
        let text = draft.parts()[*part as usize].to_string();
        html! {
            <div class="sd-part" key={part.label()}>
                <label class="sd-field">
                    <span class="sd-part-name">{ part.label() }</span>
                    <span class="sd-muted">{ format!(" — {}", part_hint(*part)) }</span>
                    <textarea rows="3" value={text.clone()} oninput={edit(set, true)} maxlength="4000" />
                </label>
                if !findings.is_empty() {
                    <p class="sd-heard" aria-label={format!("What the coach heard in the {}", part.label().to_ascii_lowercase())}>
                        { marked(analyzer, &text, findings) }
                    </p>
                }
            </div>
        }
    });
    let on_wpm = {
        let editor = editor.clone();
        Callback::from(move |e: InputEvent| {
            let value = input_value(&e);
            if let Ok(n) = value.trim().parse::<u32>() {
                update(&editor, |e| e.wpm = n.clamp(60, 400));
            }
        })
    };
    let save = {
        let (store, editor) = (store.clone(), editor.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let title = editor.draft.title.trim().to_string();
            if title.is_empty() {
                update(&editor, |e| {
                    e.message = "Give the story a title first.".into()
                });
                return;
            }
            let at = now();
            let mut story = editor.draft.clone();
            story.title = title.clone();
            if story.id.is_empty() {
                story.id = format!("story-{}", at as u64);
            }
            story.at = at;
            store.dispatch(Change::SaveBankStory(story.clone()));
            storage::keep_draft(storage::STORY_DRAFT_KEY, None);
            update(&editor, |e| {
                // The checklist's ticks stay (the learner may score it next); the lines about
                // the unsaved story go.
                e.draft = story;
                e.message = format!("Saved “{title}”.");
                e.score_message.clear();
                e.asking = None;
            });
        })
    };
    let all: Vec<&Finding> = report.findings.iter().flatten().collect();
    let guessed = prefill_ticks(analyzer, bank, &all);
    let key = prefill_key(&draft.id, &guessed);
    let ticks = match &editor.overrides {
        Some((k, mine)) if *k == key => mine.clone(),
        _ => guessed.clone(),
    };
    let undo = {
        let (store, editor) = (store.clone(), editor.clone());
        Callback::from(move |ev: MouseEvent| {
            let Some((id, title)) = editor.undo.clone() else {
                return;
            };
            store.dispatch(Change::RestoreBankStory { id: id.clone() });
            listed(&editor, ev, &id, format!("Restored “{title}”."), None);
        })
    };
    let ask_line = match &editor.asking {
        Some(next) if unsaved => format!(
            "Your changes to this story are not saved yet: press “{}” again to drop them, or save it first.",
            if next.is_empty() { "New story" } else { "Open" }
        ),
        _ => String::new(),
    };
    let heading = match saved_copy {
        Some(saved) => format!("Editing “{}”", saved.title),
        None => "New story".to_string(),
    };
    html! {
        <section class="sd-screen">
            <h1 tabindex="-1">{ "Your story bank" }</h1>
            <p class="sd-lead">{ "Write your STAR stories, one part at a time. The coach reads as you type and points at the words that help or hurt; nothing leaves this browser." }</p>
            { coverage_view(progress, bank) }
            if !saved.is_empty() {
                <h2>{ "Your stories" }</h2>
                <ul class="sd-list">{ for saved }</ul>
            }
            <p class="sd-undo" role="status" tabindex="-1">
                { &editor.list_message }
                if editor.undo.is_some() {
                    <>{ " " }<button type="button" class="sd-link-button" onclick={undo}>{ "Undo" }</button></>
                }
            </p>
            <p class="sd-actions">
                <button type="button" class="sd-button" onclick={open(empty_story())}>{ "New story" }</button>
            </p>
            // The question before unsaved changes are dropped: a second press answers it (the
            // pattern of the app's other destructive buttons), any edit withdraws it. In the page
            // and a live region, not `window.confirm`, which embeds and some browsers block.
            <p role="status">{ ask_line }</p>
            <form class="sd-card sd-coach" onsubmit={save} aria-label="Write a story" data-analysis-us={analysis_us.to_string()}>
                <h2>{ heading }</h2>
                <label class="sd-field">{ "Story title " }
                    <input type="text" value={draft.title.clone()} oninput={edit(|s, v| s.title = v, false)} maxlength="120" />
                </label>
                <fieldset>
                    <legend>{ "Principles it serves" }</legend>
                    <div class="sd-principles">{ for principles }</div>
                </fieldset>
                { for parts }
                                { timing_view(&report, editor.wpm, on_wpm) }
                { findings_view(analyzer, &report) }
                { score_view(&report) }
                <p class="sd-actions">
                    <button type="submit" class="sd-button sd-primary">{ "Save story" }</button>
                </p>
                if unsaved {
                    <p class="sd-muted">{ "Not saved yet: “Save story” keeps it in your bank." }</p>
                }
                <p role="status">{ editor.message.clone() }</p>
                { prefill_view(&store, &editor, &guessed, ticks, key) }
            </form>
        </section>
    }
}

/// Every principle with the stories that serve it; the ones with none are marked missing.
fn coverage_view(progress: &crate::progress::Progress, bank: &Catalog) -> Html {
    let coverage = principle_coverage(progress, &bank.principles);
    let missing = coverage.iter().filter(|(_, t)| t.is_empty()).count();
    let items = coverage.into_iter().map(|(p, titles)| {
        let (class, status) = if titles.is_empty() {
            ("sd-missing", "missing: no story yet".to_string())
        } else {
            (
                "sd-covered",
                format!(
                    "{}: {}",
                    count(titles.len(), "story", "stories"),
                    titles.join(", ")
                ),
            )
        };
        html! {
            <li key={p.id.clone()} class={class}>
                <span class="sd-principle">{ &p.name }</span>
                <span class="sd-muted">{ format!(" — {status}") }</span>
            </li>
        }
    });
    html! {
        <>
            <h2>{ "Principles covered" }</h2>
            <p class="sd-count">{ format!("{} of {} principles have a story", bank.principles.len() - missing, bank.principles.len()) }</p>
            <ul class="sd-coverage" aria-label="Principles covered by your stories">{ for items }</ul>
        </>
    }
}

fn prefill_ticks(analyzer: &Analyzer, bank: &Catalog, findings: &[&Finding]) -> SortedMap<bool> {
    bank.checklists
        .iter()
        .find(|c| c.kind == ChecklistKind::Story)
        .map(|c| prefill(analyzer, findings, c).into_iter().collect())
        .unwrap_or_default()
}

fn prefill_key(id: &str, ticks: &SortedMap<bool>) -> String {
    let bits: String = ticks.values().map(|t| if *t { '1' } else { '0' }).collect();
    format!("{id}-{bits}")
}

/// The part's text as runs, each finding's words in a `mark` named by its rule.
fn marked(analyzer: &Analyzer, text: &str, findings: &[Finding]) -> Html {
    segments(text, findings)
        .into_iter()
        .map(|s| {
            let words = text.get(s.start..s.end).unwrap_or("").to_string();
            match s.kind {
                None => html! { { words } },
                Some(kind) => {
                    let names: Vec<&str> = s
                        .findings
                        .iter()
                        .map(|i| analyzer.rule(&findings[*i]).name.as_str())
                        .collect();
                    let class = match kind {
                        FindingKind::Signal => "sd-mark-signal",
                        FindingKind::RedFlag => "sd-mark-red",
                    };
                    html! {
                        <mark class={class} title={names.join(", ")}>
                            { words }
                            <span class="sd-visually-hidden">{ format!(" ({})", names.join(", ")) }</span>
                        </mark>
                    }
                }
            }
        })
        .collect()
}

/// The bar: each part's share of a scale that is the sample answer's length (or the story's,
/// when longer), so the bar grows as the parts grow. The figures are also said in words.
fn timing_view(report: &StoryReport, wpm: u32, on_wpm: Callback<InputEvent>) -> Html {
    let t = &report.timing;
    let scale = t
        .total_seconds
        .max(analyzer().map_or(270, |a| {
            a.rubric.timing.parts.iter().map(|p| p.seconds).sum()
        }))
        .max(1);
    let bars = t.parts.iter().map(|p| {
        let width = p.seconds * 100 / scale;
        html! {
            <span class={format!("sd-seg sd-seg-{}", p.part.label().to_ascii_lowercase())}
                style={format!("width: {width}%")} data-part={p.part.label()} data-seconds={p.seconds.to_string()}></span>
        }
    });
    let spoken = t
        .parts
        .iter()
        .map(|p| format!("{} {} s", p.part.label(), p.seconds))
        .collect::<Vec<_>>()
        .join(" · ");
    let check = |ok: Option<bool>, text: String| {
        let (class, mark) = match ok {
            Some(true) => ("sd-ok", "✓ "),
            Some(false) => ("sd-over", "✗ "),
            None => ("sd-muted", ""),
        };
        html! { <li class={class}>{ format!("{mark}{text}") }</li> }
    };
    html! {
        <div class="sd-timing">
            <h3>{ "Timing" }</h3>
            <div class="sd-timing-bar" aria-hidden="true">{ for bars }</div>
            <p>{ format!("{spoken} · in all {} s", t.total_seconds) }</p>
            <label class="sd-field sd-pace">{ "Pace, words a minute " }
                <input type="number" min="60" max="400" step="10" value={wpm.to_string()} oninput={on_wpm} />
            </label>
            <ul class="sd-checks">
                { check(t.situation_task_ok, format!("Situation and task: {} s of at most {} s", t.situation_task_seconds, t.situation_task_max_seconds)) }
                { check(t.action_result_ok, format!("Action and result: {}% of the answer, at least {}% expected", t.action_result_percent, t.action_result_min_percent)) }
            </ul>
        </div>
    }
}

fn findings_view(analyzer: &Analyzer, report: &StoryReport) -> Html {
    let signals = report
        .findings
        .iter()
        .flatten()
        .filter(|f| f.kind == FindingKind::Signal)
        .count();
    let flags = report.findings.iter().flatten().count() - signals;
    let items = StarPart::ALL
        .iter()
        .zip(&report.findings)
        .flat_map(|(part, findings)| findings.iter().enumerate().map(move |(i, f)| (*part, i, f)));
    let items = items.map(|(part, i, f)| {
        let rule = analyzer.rule(f);
        let (class, kind) = match f.kind {
            FindingKind::Signal => ("sd-finding sd-finding-signal", "Signal"),
            FindingKind::RedFlag => ("sd-finding sd-finding-red", "Red flag"),
        };
        html! {
            <li class={class} key={format!("{}-{i}", part.label())}>
                <strong>{ format!("{kind}: {}", rule.name) }</strong>
                { format!(" ({}) ", part.label()) }
                <span class="sd-explain">{ &rule.message }</span>
                if f.kind == FindingKind::RedFlag {
                    <span class="sd-explain">{ format!("Fix: {}", rule.fix) }</span>
                }
            </li>
        }
    });
    html! {
        <div class="sd-coach-findings">
            <h3>{ "What the interviewer hears" }</h3>
            <p class="sd-count" role="status" aria-live="polite">
                { format!("{} · {}", count(signals, "signal", "signals"), count(flags, "red flag", "red flags")) }
            </p>
            <ul class="sd-findings">{ for items }</ul>
        </div>
    }
}

fn score_view(report: &StoryReport) -> Html {
    let score = &report.score;
    let lines = score.lines.iter().map(|l| {
        let points = match l.points {
            p if p > 0 => format!("+{p}"),
            p => p.to_string(),
        };
        html! { <li key={l.rule.clone()}><strong>{ points }</strong>{ format!(" {}", l.reason) }</li> }
    });
    html! {
        <div class="sd-coach-score">
            <h3>{ format!("Score: {} of {}", score.points, score.max) }</h3>
            <ul class="sd-reasons">{ for lines }</ul>
        </div>
    }
}

/// "Score one of your stories", ticked from the coach's findings (`guessed`) for the learner
/// to confirm or change (`ticks`), then saved as a scored story linked to this one.
fn prefill_view(
    store: &StoreHandle,
    editor: &EditorHandle,
    guessed: &SortedMap<bool>,
    ticks: SortedMap<bool>,
    key: String,
) -> Html {
    let Some(list) = bank::catalog()
        .checklists
        .iter()
        .find(|c| c.kind == ChecklistKind::Story)
    else {
        return Html::default();
    };
    let items = list.items.iter().map(|item| {
        let checked = ticks.get(&item.id).copied().unwrap_or(false);
        let onchange = {
                        let (editor, ticks, key, id) = (editor.clone(), ticks.clone(), key.clone(), item.id.clone());
            Callback::from(move |_: Event| {
                let mut next = ticks.clone();
                next.insert(id.clone(), !checked);
                update(&editor, |e| {
                    e.overrides = Some((key.clone(), next));
                    e.score_message.clear();
                });
            })
        };
        html! {
            <li key={item.id.clone()}>
                <label class="sd-check"><input type="checkbox" {checked} {onchange} />
                    { &item.text }
                    if !guessed.contains_key(&item.id) { <span class="sd-muted">{ " (the coach cannot tell: your call)" }</span> }
                </label>
            </li>
        }
    });
    let save = {
        let (store, editor, checklist) = (store.clone(), editor.clone(), list.id.clone());
        let ticks = ticks.clone();
        Callback::from(move |_: MouseEvent| save_score(&store, &editor, &checklist, &ticks))
    };
    html! {
        <details class="sd-prefill">
            <summary>{ format!("Score it with “{}”, ticked from the coach", list.title) }</summary>
            <p class="sd-muted">{ "The coach ticked what it heard. Check every line: only you know the whole story." }</p>
            <ul class="sd-checklist">{ for items }</ul>
            <button type="button" class="sd-button" onclick={save}>{ "Save this score" }</button>
                        <p role="status">{ editor.score_message.clone() }</p>
        </details>
    }
}

fn save_score(
    store: &StoreHandle,
    editor: &EditorHandle,
    checklist: &str,
    ticks: &SortedMap<bool>,
) {
    let story = &editor.draft;
    if story.id.is_empty() || story.title.trim().is_empty() {
        update(editor, |e| {
            e.score_message = "Save the story first: the score is kept with it.".into()
        });
        return;
    }
    let at = now();
    let id = story
        .score
        .clone()
        .unwrap_or_else(|| format!("{}-score", story.id));
    store.dispatch(Change::SaveStory(StoryScore {
        id: id.clone(),
        checklist: checklist.to_string(),
        title: story.title.clone(),
        at,
        items: ticks.clone(),
        deleted: false,
    }));
    if story.score.as_deref() != Some(id.as_str()) {
        // Only the link changes: the saved story's words stay as they were saved.
        if let Some(saved) = store.progress.story_bank.iter().find(|s| s.id == story.id) {
            store.dispatch(Change::SaveBankStory(BankStory {
                score: Some(id),
                at,
                ..saved.clone()
            }));
        }
    }
    let n = ticks.values().filter(|v| **v).count();
    let message = format!("Saved the score of “{}”: {n} ticked.", story.title);
    update(editor, |e| e.score_message = message);
}
