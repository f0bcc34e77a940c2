//! A blog author's deck checker (issue 11), host only: the same checks and messages as the
//! widget gives a custom deck, before it is published.
//!
//! ```sh
//! cargo run --bin stardrill-deck -- check my-deck.toml          # or .json, or `-`: JSON on stdin
//! cargo run --bin stardrill-deck -- check my-deck.toml --json   # and print the JSON to paste
//! ```
//!
//! A `.toml` file is read as the bundled decks are (content/README.md), then checked as the JSON
//! it becomes; anything else is JSON. Every problem is printed, one per line (`FILE: item `id`,
//! field `f`: message`), and the exit code is 1; a usage error exits with 2. On success one line
//! goes to stderr (`FILE: deck `id`, N questions: ready to publish`) and, with `--json`, the
//! deck's compact JSON (the author's ids) to stdout.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

/// The wasm32 build compiles every target; this tool has nothing to do in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use stardrill::model::authoring::read_deck;
    use stardrill::model::check_custom_deck;
    use stardrill::model::validate::ContentError;
    use std::io::Read;
    use std::process::ExitCode;

    const USAGE: &str =
        "usage: stardrill-deck check FILE|- [--json]  (FILE: .toml or .json; -: JSON on stdin)";

    pub fn main() -> ExitCode {
        match run(std::env::args().skip(1).collect()) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("stardrill-deck: {message}");
                ExitCode::from(2)
            }
        }
    }

    fn run(args: Vec<String>) -> Result<ExitCode, String> {
        let mut json = false;
        let mut command = None;
        let mut file = None;
        for arg in args {
            match arg.as_str() {
                "--json" => json = true,
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return Ok(ExitCode::SUCCESS);
                }
                _ if command.is_none() => command = Some(arg),
                _ if file.is_none() => file = Some(arg),
                _ => return Err(USAGE.into()),
            }
        }
        if command.as_deref() != Some("check") {
            return Err(USAGE.into());
        }
        let file = file.ok_or(USAGE)?;
        let text = if file == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("stdin: {e}"))?;
            s
        } else {
            std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?
        };
        let shown = if file == "-" { "stdin" } else { file.as_str() };
        match check(shown, &text) {
            Ok(deck) => {
                eprintln!(
                    "{shown}: deck `{}`, {} questions: ready to publish",
                    deck.id,
                    deck.questions.len()
                );
                if json {
                    let out = serde_json::to_string(&deck).map_err(|e| e.to_string())?;
                    println!("{out}");
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(errors) => {
                for e in &errors {
                    println!("{e}");
                }
                eprintln!("{shown}: {} problem(s)", errors.len());
                Ok(ExitCode::from(1))
            }
        }
    }

    /// TOML is read into a deck, then checked as the JSON it becomes: the caps and the messages
    /// are the widget's, on the very text an author will paste.
    fn check(shown: &str, text: &str) -> Result<stardrill::model::Deck, Vec<ContentError>> {
        let is_toml = shown.to_ascii_lowercase().ends_with(".toml");
        let json;
        let text = if is_toml {
            let deck = read_deck(shown, text)?;
            json = serde_json::to_string(&deck).map_err(|e| {
                vec![ContentError {
                    file: shown.into(),
                    id: deck.id.clone(),
                    field: "-".into(),
                    message: e.to_string(),
                }]
            })?;
            json.as_str()
        } else {
            text
        };
        check_custom_deck(text, stardrill::bank::catalog()).map_err(|errors| {
            errors
                .into_iter()
                .map(|e| ContentError {
                    // A JSON problem's line is in the message; the file is the author's.
                    file: shown.into(),
                    ..e
                })
                .collect()
        })
    }
}
