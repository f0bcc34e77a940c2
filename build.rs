//! Validates `content/` and splits it for the browser. A malformed file, an unknown field, a
//! missing or duplicate id, a question without a correct answer… fails the build with the file,
//! the item id and the field. Written to `$OUT_DIR`:
//! - `catalog.txt`: what the first screen needs (deck titles and counts, principles,
//!   checklists) as one text of fields (`src/model/catalog_text.rs`), read by `src/bank.rs`;
//!   `rubric.rs`: the rubric as a Rust expression (`build/rust_literal.rs`), which only the full
//!   build reads; `catalog.json`, the whole catalog, for host tests;
//! - `decks/<id>.<hash>.json`: one file per deck, the names the catalog gives, and beside it
//!   `decks/<id>.<hash>.explain.json`, its explanations (`model::explanations`); the Trunk
//!   post-build hook (`scripts/post-build.mjs`) copies them into `dist/decks/`;
//! - `bank.json`: the whole bank, for host tests only (never included in the wasm);
//! - `style.css`: `src/style.css` minified (`build/css.rs`), the stylesheet the reader's build
//!   carries; `style-full.css`: the same followed by `src/style-full.css`, the full build's.
//!
//! Bundled content therefore cannot fail validation at run time.

#[allow(dead_code)]
#[path = "src/model/mod.rs"]
mod model;

#[path = "build/rust_literal.rs"]
mod rust_literal;

#[path = "build/css.rs"]
mod css;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/model");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/style.css");
    println!("cargo:rerun-if-changed=src/style-full.css");
    // Read at run time, not with env!(): a build script binary reused from another checkout
    // (a shared target dir) must still read this checkout's content.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new(&manifest).join("content");
    let result = model::authoring::read_dir(&dir, "content")
        .map_err(|e| vec![e])
        .and_then(|sources| model::authoring::load(&sources));
    let bank = match result {
        Ok(bank) => bank,
        Err(errors) => {
            eprintln!("\nstardrill: content/ has {} error(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!("(schema: content/README.md)\n");
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).to_path_buf();
    let decks_dir = out.join("decks");
    // A deck renamed or changed leaves its old file behind otherwise.
    let _ = std::fs::remove_dir_all(&decks_dir);
    ensure(std::fs::create_dir_all(&decks_dir), &decks_dir);
    let mut files = Vec::new();
    for deck in &bank.decks {
        // Two files: the deck without its explanations, and them (`model::explanations`).
        let (file, bare, explanations) =
            model::explanations::files(deck).unwrap_or_else(|e| unserialisable(e));
        write(&out.join(&file), &bare);
        write(
            &out.join(model::explanations::file_of(&file)),
            &explanations,
        );
        files.push((deck.id.clone(), file));
    }
    let catalog = model::Catalog::of(&bank, |d| {
        files
            .iter()
            .find(|(id, _)| *id == d.id)
            .map(|(_, f)| f.clone())
            .unwrap_or_default()
    });
    write(&out.join("catalog.json"), &json(&catalog));
    // The build's own features (a build script sees them as variables): the reader's build
    // (without `full`) carries neither the texts only the full build shows nor the rubric.
    let full = std::env::var_os("CARGO_FEATURE_FULL").is_some();
    match model::catalog_text::write(&catalog, full) {
        Ok(text) => write(&out.join("catalog.txt"), &text),
        Err(e) => {
            eprintln!("stardrill: {e}");
            std::process::exit(1);
        }
    }
    match rust_literal::to_rust(&catalog.rubric) {
        Ok(code) => write(&out.join("rubric.rs"), &code),
        Err(e) => {
            eprintln!("stardrill: cannot write the rubric as Rust: {e}");
            std::process::exit(1);
        }
    }
    write(&out.join("bank.json"), &json(&bank));
    // The reader's build carries src/style.css; the full build also its own rules.
    let read = |name: &str| {
        let path = Path::new(&manifest).join("src").join(name);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("stardrill: cannot read {}: {e}", path.display()))
    };
    let (reader, full) = (read("style.css"), read("style-full.css"));
    write(&out.join("style.css"), &css::minify(&reader));
    write(&out.join("style-full.css"), &css::minify(&(reader + &full)));
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| unserialisable(e))
}

fn unserialisable(e: serde_json::Error) -> ! {
    eprintln!("stardrill: cannot serialise the content: {e}");
    std::process::exit(1);
}

fn write(path: &Path, text: &str) {
    ensure(std::fs::write(path, text), path);
}

fn ensure(result: std::io::Result<()>, path: &Path) {
    if let Err(e) = result {
        eprintln!("stardrill: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
