//! Validates `content/` and embeds it. A malformed file, an unknown field, a missing or duplicate
//! id, a question without a correct answer… fails the build with the file, the item id and the
//! field. The validated bank is written as compact JSON to `$OUT_DIR/bank.json`, which
//! `src/bank.rs` includes; bundled content therefore cannot fail at run time.

#[allow(dead_code)]
#[path = "src/model/mod.rs"]
mod model;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/model");
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
    let json = match serde_json::to_string(&bank) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("stardrill: cannot serialise the bank: {e}");
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("bank.json");
    if let Err(e) = std::fs::write(&out, json) {
        eprintln!("stardrill: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
