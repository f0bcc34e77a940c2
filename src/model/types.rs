//! The content types: what `content/*.toml` holds, what the build embeds as JSON, and what a
//! custom deck (JSON, same schema) will hold. Plain serde structs, no yew, no web-sys.
//!
//! Unknown fields are refused everywhere so that a typo in an authored file fails the build
//! instead of silently dropping content. Empty lists and absent options are skipped when
//! serialising so the embedded JSON stays small.

use serde::{Deserialize, Serialize};

/// Everything bundled into the build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    pub principles: Vec<Principle>,
    /// The source documents sections are written from, with the titles people know them by.
    pub sources: Vec<Source>,
    pub decks: Vec<Deck>,
    pub rubric: Rubric,
    pub checklists: Vec<Checklist>,
}

/// An Amazon leadership principle a question can be tagged with or ask about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub name: String,
    pub summary: String,
}

/// A source document: the file a section names in `source`, and the title a reader sees
/// instead of the file name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name, e.g. `003_6186badc7f6ec2aa.txt`.
    pub file: String,
    /// What readers call it, e.g. "Customer Obsession competency card".
    pub title: String,
}

/// One deck: a study card (sections) and the questions drawn from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Position on the home screen (ascending).
    #[serde(default)]
    pub order: u32,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// A section of a deck's study card, tied to the source document it was written from, or
/// general interview knowledge when it names no source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// Source file name, e.g. `003_6186badc7f6ec2aa.txt` (listed in `sources`). Absent: general
    /// interview knowledge, not drawn from the source documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The source headings this section covers (used by the coverage table and test); empty for
    /// a general section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<String>,
    /// Plain text: paragraphs separated by blank lines, `- ` starts a bullet. Never HTML.
    pub body: String,
}

/// What the UI says of a section that names no source document.
pub const GENERAL_KNOWLEDGE: &str =
    "General interview knowledge, not drawn from the source documents";

impl Section {
    /// General interview knowledge: written without a source document.
    pub fn is_general(&self) -> bool {
        self.source.is_none()
    }
}

impl Deck {
    /// Every section is general knowledge, so the whole deck is marked as such.
    pub fn is_general(&self) -> bool {
        !self.sections.is_empty() && self.sections.iter().all(Section::is_general)
    }
}

/// How a section names its source document, for anything that holds the list of sources (the
/// bank at build time, the catalog in the browser).
pub trait SourceTitles {
    fn sources(&self) -> &[Source];

    /// The title of a section's source document; `None` for general knowledge or a file
    /// `sources` does not list (the validator refuses that for bundled content).
    fn source_title(&self, section: &Section) -> Option<&str> {
        let file = section.source.as_deref()?;
        self.sources()
            .iter()
            .find(|s| s.file == file)
            .map(|s| s.title.as_str())
    }

    /// How the UI names where a section comes from: "Customer Obsession competency card ·
    /// Anti-patterns", or the general-knowledge line. Never a file name: readers know the
    /// documents by their titles.
    fn source_label(&self, section: &Section) -> String {
        match self.source_title(section) {
            Some(title) => format!("{title} · {}", section.title),
            None => self.source_name(section).to_string(),
        }
    }

    /// The study card's source line under a section.
    fn source_line(&self, section: &Section) -> String {
        if section.is_general() {
            GENERAL_KNOWLEDGE.to_string()
        } else {
            format!("Source: {}", self.source_label(section))
        }
    }

    /// The document alone (the feedback already names the section): its title, or the
    /// general-knowledge line.
    fn source_name(&self, section: &Section) -> &str {
        match self.source_title(section) {
            Some(title) => title,
            None if section.is_general() => GENERAL_KNOWLEDGE,
            // Only a custom deck could name an unlisted file; still show no file name.
            None => "source document",
        }
    }
}

impl SourceTitles for Bank {
    fn sources(&self) -> &[Source] {
        &self.sources
    }
}

/// The nine question types. The names are the `type` values in content files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// Exactly one correct choice.
    Single,
    /// One or more correct choices; partial credit.
    Multi,
    /// A statement that is true or false (`answer`).
    TrueFalse,
    /// Put `steps` (authored in the right order) back in order; partial credit.
    Order,
    /// Match each left side of `pairs` to its right side; partial credit.
    Match,
    /// Pick the flawed sentence among `choices` (the flawed one is `correct`).
    RedFlag,
    /// Pick the stronger of two or more answers (the stronger is `correct`).
    Stronger,
    /// Which leadership principle does this interview question trigger (`principle`).
    Principle,
    /// Free recall: reveal `back`, then rate yourself.
    Flashcard,
}

impl QuestionType {
    pub const ALL: [QuestionType; 9] = [
        QuestionType::Single,
        QuestionType::Multi,
        QuestionType::TrueFalse,
        QuestionType::Order,
        QuestionType::Match,
        QuestionType::RedFlag,
        QuestionType::Stronger,
        QuestionType::Principle,
        QuestionType::Flashcard,
    ];

    /// The `type` value used in content files and share links.
    pub fn key(self) -> &'static str {
        match self {
            QuestionType::Single => "single",
            QuestionType::Multi => "multi",
            QuestionType::TrueFalse => "true_false",
            QuestionType::Order => "order",
            QuestionType::Match => "match",
            QuestionType::RedFlag => "red_flag",
            QuestionType::Stronger => "stronger",
            QuestionType::Principle => "principle",
            QuestionType::Flashcard => "flashcard",
        }
    }

    pub fn from_key(key: &str) -> Option<QuestionType> {
        QuestionType::ALL.into_iter().find(|t| t.key() == key)
    }

    /// What a learner reads on screen.
    pub fn label(self) -> &'static str {
        match self {
            QuestionType::Single => "Single choice",
            QuestionType::Multi => "Select all that apply",
            QuestionType::TrueFalse => "True or false",
            QuestionType::Order => "Put in order",
            QuestionType::Match => "Match the pairs",
            QuestionType::RedFlag => "Spot the red flag",
            QuestionType::Stronger => "Pick the stronger answer",
            QuestionType::Principle => "Which principle?",
            QuestionType::Flashcard => "Flashcard",
        }
    }

    /// Types whose answer is one pick among `choices`.
    pub fn is_single_pick(self) -> bool {
        matches!(
            self,
            QuestionType::Single
                | QuestionType::RedFlag
                | QuestionType::Stronger
                | QuestionType::Principle
        )
    }
}

/// One question. Which of the optional fields are required depends on `kind`; the validator
/// (`model::validate`) enforces it and names the field when it is wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable: progress is keyed by it. Never change it when the text changes.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub prompt: String,
    /// The study-card section (same deck) the question draws on; names its seed and heading.
    pub section: String,
    /// The leadership principle this question is about (required for `principle`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principle: Option<String>,
    /// The takeaway shown after answering, whatever was picked. This and every choice's, step's
    /// and pair's `explain` are empty only in a bundled deck's first file, which leaves them out
    /// (`model::explanations`): the browser's reader of that file (`json/deck.rs`) takes them as
    /// empty; serde's, which reads every other deck (a blog author's, build time), requires them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explain: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// `true_false` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
    /// `order` only, authored in the correct order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// `match` only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<Pair>,
    /// `flashcard` only: the answer revealed on the back of the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<String>,
}

impl Question {
    /// The ids of the parts a quiz shows in a shuffled order: choices, steps, or the right-hand
    /// sides of pairs (none for true/false and flashcards).
    pub fn part_ids(&self) -> Vec<&str> {
        match self.kind {
            QuestionType::Order => self.steps.iter().map(|s| s.id.as_str()).collect(),
            QuestionType::Match => self.pairs.iter().map(|p| p.id.as_str()).collect(),
            QuestionType::TrueFalse | QuestionType::Flashcard => Vec::new(),
            _ => self.choices.iter().map(|c| c.id.as_str()).collect(),
        }
    }

    /// The text shown for part `id` (a choice, a step, or a pair's right-hand side).
    pub fn part_text(&self, id: &str) -> Option<&str> {
        match self.kind {
            QuestionType::Order => self
                .steps
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.text.as_str()),
            QuestionType::Match => self
                .pairs
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.right.as_str()),
            _ => self
                .choices
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.text.as_str()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
    /// Why this choice is right or wrong. Required for every choice.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explain: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub text: String,
    /// Why the step sits where it does.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explain: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub id: String,
    pub left: String,
    pub right: String,
    /// Why these two belong together.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explain: String,
}

/// A reference to a study-card section: `deck-id#section-id`.
pub type SectionRef = String;

/// The scoring rubric as data. The story coach and mock interview read it; nothing about it is
/// hard-coded in Rust.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// The competency the rubric scores, e.g. "Customer Obsession".
    pub competency: String,
    pub core_signal: String,
    /// The signal chain, e.g. "I noticed" -> "nobody asked" -> ...
    pub signal_chain: Vec<String>,
    pub signals: Vec<Signal>,
    pub anti_patterns: Vec<AntiPattern>,
    pub red_flags: Vec<RedFlag>,
    pub timing: Timing,
    pub levels: Vec<Level>,
    /// What the story coach listens for in a typed story.
    pub coach: Coach,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    pub name: String,
    /// What the interviewer listens for.
    pub description: String,
    pub key_phrases: Vec<String>,
    pub why: String,
    pub common_miss: String,
    pub source: SectionRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AntiPattern {
    pub id: String,
    pub name: String,
    /// A sentence that shows the pattern.
    pub example: String,
    pub why: String,
    pub detection: String,
    pub fix: String,
    /// Lower-case phrases a story coach can look for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    pub source: SectionRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub id: String,
    pub name: String,
    pub example: String,
    pub why: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    pub source: SectionRef,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timing {
    /// Situation + Task together, at most this many seconds.
    pub situation_task_max_seconds: u32,
    /// Action + Result, at least this percentage of the answer.
    pub action_result_min_percent: u32,
    /// The per-part budget of the sample STAR answer.
    pub parts: Vec<TimingPart>,
    pub source: SectionRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimingPart {
    pub part: String,
    pub seconds: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub name: String,
    pub expectation: String,
    pub source: SectionRef,
}

/// How a checklist is used on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistKind {
    /// Tick what you can do; "k of n".
    Ticks,
    /// Score one of your own stories; items point at rubric rules; saved with a title and date.
    Story,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub kind: ChecklistKind,
    pub source: SectionRef,
    pub items: Vec<ChecklistItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    /// For `story` checklists: the rubric rule (signal, anti-pattern or red flag id) it checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// The story coach's data (`[coach]` in rubric.toml): word lists, thresholds, messages and
/// fixes. The coach (`src/coach/`) only knows the detectors' algorithms.
// Default: the reader's build (without the `full` feature) has an empty coach in its catalog.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coach {
    /// The default speaking pace for the timing estimate.
    pub words_per_minute: u32,
    /// Points for each timing rule a story meets.
    pub timing_points: u32,
    pub lexicon: Lexicon,
    pub rules: Vec<CoachRule>,
}

/// The coach's word lists. Entries are lower-case; multi-word entries and `word*` prefixes are
/// allowed where a list is matched as phrases (`result_markers`, `customer_words`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    pub be_verbs: Vec<String>,
    pub adverbs: Vec<String>,
    pub not_participles: Vec<String>,
    pub irregular_participles: Vec<String>,
    pub irregular_past: Vec<String>,
    pub stative_verbs: Vec<String>,
    pub first_person: Vec<String>,
    pub collective_subjects: Vec<String>,
    pub shared_result_verbs: Vec<String>,
    pub result_markers: Vec<String>,
    pub quantity_words: Vec<String>,
    pub number_words: Vec<String>,
    pub units: Vec<String>,
    pub not_units: Vec<String>,
    pub quantity_lead_words: Vec<String>,
    pub customer_words: Vec<String>,
}

/// Whether a finding helps or hurts a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Signal,
    RedFlag,
}

/// The algorithm a coach rule runs; its words come from the rule and the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Detector {
    /// Any of the rule's `phrases`.
    Phrases,
    /// "I" followed by an action verb.
    FirstPerson,
    /// A number with a unit or a lead word, in a sentence that tells a result.
    Quantified,
    /// A form of be/get followed by a past participle.
    PassiveVoice,
    /// "We" or "the team" acting, in a sentence where the speaker does not act.
    WeInsteadOfI,
    /// A sentence that tells a result without any quantity.
    UnquantifiedResult,
    /// The rule's effort phrases, in a sentence with no quantified result.
    EffortWithoutImpact,
    /// The rule's jargon phrases, in a sentence with no customer word.
    Jargon,
}

/// The coach's rule ids: a fixed, documented vocabulary (content/README.md). The validator
/// refuses others, and each must be present, so the command line and tests can rely on them.
pub const COACH_RULE_IDS: [&str; 12] = [
    "self-initiated",
    "first-person",
    "quantified",
    "root-cause-prevention",
    "trade-off",
    "passive-voice",
    "we-instead-of-i",
    "unquantified-result",
    "blame",
    "assigned-work",
    "effort-without-impact",
    "jargon-without-customer-effect",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoachRule {
    /// One of [`COACH_RULE_IDS`].
    pub id: String,
    pub kind: FindingKind,
    pub detector: Detector,
    /// The rubric rules (signal, anti-pattern or red flag ids) it reports on: a story checklist
    /// item with one of these rules can be pre-filled from the rule's findings.
    pub rubric_rules: Vec<String>,
    /// Points gained (signal) or lost (red flag) when the story has at least one finding.
    pub points: u32,
    pub name: String,
    /// Why the finding matters, shown beside the highlighted words.
    pub message: String,
    /// How to fix or strengthen the sentence.
    pub fix: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    /// A sentence with one of these phrases never fires the rule ("I dropped the ball").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<String>,
}
