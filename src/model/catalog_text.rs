//! The catalog as the wasm carries it: one text of fields in a fixed order, which a few loops
//! read at start-up. Measured: built from a generated Rust expression, the catalog took 8 KB of
//! code, every string and struct built by code of its own; read from text, the code is per type
//! (a dozen lines below), not per value, and the reader's first load is 2.5 KB gzip lighter.
//!
//! build.rs writes the text (`write`), `src/bank.rs` reads it (`read`); the two walk the types
//! in the same order, which a host test holds (`bank`'s generated catalog equals the validated
//! one). The rubric is not in it: only the full build reads it, as a Rust expression.

use super::catalog::{Catalog, DeckEntry};
use super::types::{Checklist, ChecklistItem, ChecklistKind, Principle, Rubric, Source};

/// Between two fields: a control character that no content has (`write` refuses one that does).
const SEP: char = '\u{1f}';

/// The catalog as text. `full`: with the texts only the full build shows (a principle's summary,
/// a checklist's summary and its items' texts); the reader's build gets them empty (README,
/// "Size and speed"). An error names a field that holds the separator.
pub fn write(catalog: &Catalog, full: bool) -> Result<String, String> {
    let mut w = Writer {
        out: String::new(),
        full,
        bad: None,
    };
    w.list(&catalog.principles, |w, p| {
        w.text(&p.id);
        w.text(&p.name);
        w.gated(&p.summary);
    });
    w.list(&catalog.sources, |w, s| {
        w.text(&s.file);
        w.text(&s.title);
    });
    w.list(&catalog.decks, |w, d| {
        w.text(&d.id);
        w.text(&d.title);
        w.text(&d.summary);
        w.text(&d.questions.to_string());
        w.text(if d.general { "1" } else { "" });
        w.text(&d.file);
    });
    w.list(&catalog.checklists, |w, c| {
        w.text(&c.id);
        w.text(&c.title);
        w.gated(&c.summary);
        w.text(match c.kind {
            ChecklistKind::Ticks => "",
            ChecklistKind::Story => "story",
        });
        w.text(&c.source);
        w.list(&c.items, |w, i| {
            w.text(&i.id);
            w.gated(&i.text);
            w.text(i.rule.as_deref().unwrap_or_default());
        });
    });
    match w.bad {
        Some(field) => Err(format!(
            "the catalog's text “{field}” holds the character U+001F, which separates its fields"
        )),
        None => Ok(w.out),
    }
}

/// The catalog `write` wrote, with the rubric (the full build's; the reader's has none).
pub fn read(text: &str, rubric: Rubric) -> Catalog {
    let mut r = Reader(text.split(SEP));
    Catalog {
        principles: r.list(|r| Principle {
            id: r.text(),
            name: r.text(),
            summary: r.text(),
        }),
        sources: r.list(|r| Source {
            file: r.text(),
            title: r.text(),
        }),
        decks: r.list(|r| DeckEntry {
            id: r.text(),
            title: r.text(),
            summary: r.text(),
            questions: r.count(),
            general: !r.next().is_empty(),
            file: r.text(),
        }),
        checklists: r.list(|r| Checklist {
            id: r.text(),
            title: r.text(),
            summary: r.text(),
            kind: match r.next() {
                "story" => ChecklistKind::Story,
                _ => ChecklistKind::Ticks,
            },
            source: r.text(),
            items: r.list(|r| ChecklistItem {
                id: r.text(),
                text: r.text(),
                rule: Some(r.text()).filter(|rule| !rule.is_empty()),
            }),
        }),
        rubric,
    }
}

struct Writer {
    out: String,
    full: bool,
    /// The first field that holds the separator.
    bad: Option<String>,
}

impl Writer {
    fn text(&mut self, field: &str) {
        if field.contains(SEP) && self.bad.is_none() {
            self.bad = Some(field.into());
        }
        self.out.push_str(field);
        self.out.push(SEP);
    }
    /// A text of the full build only.
    fn gated(&mut self, field: &str) {
        self.text(if self.full { field } else { "" });
    }
    /// The number of items, then each.
    fn list<T>(&mut self, items: &[T], each: impl Fn(&mut Writer, &T)) {
        self.text(&items.len().to_string());
        for item in items {
            each(self, item);
        }
    }
}

/// The written text's fields in order. Bundled content was validated when it was written, so a
/// field missing or not a number reads as empty or 0 rather than failing.
struct Reader<'a>(std::str::Split<'a, char>);

impl Reader<'_> {
    fn next(&mut self) -> &str {
        self.0.next().unwrap_or_default()
    }
    fn text(&mut self) -> String {
        self.next().to_owned()
    }
    fn count(&mut self) -> usize {
        self.next().parse().unwrap_or_default()
    }
    fn list<T>(&mut self, each: impl Fn(&mut Self) -> T) -> Vec<T> {
        (0..self.count()).map(|_| each(self)).collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::of(crate::bank::bundled(), |d| format!("decks/{}.json", d.id))
    }

    #[test]
    fn reads_back_what_it_wrote_with_the_full_build_s_texts_or_without() {
        let full = catalog();
        let text = write(&full, true).unwrap();
        assert_eq!(read(&text, full.rubric.clone()), full);
        assert!(full.decks.iter().any(|d| d.general) && full.decks.iter().any(|d| !d.general));
        assert!(full
            .checklists
            .iter()
            .any(|c| c.kind == ChecklistKind::Story && c.items.iter().any(|i| i.rule.is_some())));

        // The reader's build: the same, less the texts it never shows.
        let mut reader = full.clone();
        for p in &mut reader.principles {
            p.summary.clear();
        }
        for c in &mut reader.checklists {
            c.summary.clear();
            for i in &mut c.items {
                i.text.clear();
            }
        }
        let text = write(&full, false).unwrap();
        assert_eq!(
            read(&text, Rubric::default()),
            Catalog {
                rubric: Rubric::default(),
                ..reader
            }
        );
        assert!(!text.contains(&full.principles[0].summary));
    }

    #[test]
    fn a_field_holding_the_separator_is_refused_by_name() {
        let mut catalog = catalog();
        catalog.decks[1].title = "Bad\u{1f}title".into();
        assert_eq!(
            write(&catalog, true).unwrap_err(),
            "the catalog's text “Bad\u{1f}title” holds the character U+001F, which separates its fields"
        );
    }
}
