//! The story coach on the command line, for authors and tests (host only):
//!
//! ```sh
//! cargo run --release --bin stardrill-coach -- story.txt      # or `-` for stdin
//! cargo run --release --bin stardrill-coach -- --lines corpus.txt
//! cargo run --release --bin stardrill-coach -- --wpm 130 story.txt
//! cargo run --release --bin stardrill-coach -- --bench tests/coach/story-1000.txt
//! ```
//!
//! Prints one JSON object `{"findings":[{"rule","kind","start","end","text","message","fix"}],
//! "timing":{…},"score":{…}}` with byte offsets into the input; with `--lines`, one object per
//! input line, offsets into that line. `--bench` prints how long one analysis takes.

use stardrill::coach::{Analyzer, TextReport};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: stardrill-coach [--lines] [--wpm N] [--bench] FILE|-";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("stardrill-coach: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut lines = false;
    let mut bench = false;
    let mut wpm = None;
    let mut file = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lines" => lines = true,
            "--bench" => bench = true,
            "--wpm" => {
                let n = args.next().ok_or(USAGE)?;
                wpm = Some(
                    n.parse::<u32>()
                        .map_err(|_| format!("--wpm {n}: not a number"))?,
                );
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if file.is_none() => file = Some(arg),
            _ => return Err(USAGE.into()),
        }
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
    let bank = stardrill::bank::catalog();
    let analyzer = Analyzer::new(&bank.rubric);
    let wpm = wpm.unwrap_or(analyzer.coach().words_per_minute);
    if bench {
        return benchmark(&analyzer, &text, wpm);
    }
    if lines {
        for line in text.lines() {
            println!("{}", json(&analyzer, line, &analyzer.text(line, wpm))?);
        }
    } else {
        println!("{}", json(&analyzer, &text, &analyzer.text(&text, wpm))?);
    }
    Ok(())
}

fn json(analyzer: &Analyzer, text: &str, report: &TextReport) -> Result<String, String> {
    let findings: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            let rule = analyzer.rule(f);
            serde_json::json!({
                "rule": rule.id,
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "text": text.get(f.start..f.end).unwrap_or(""),
                "message": rule.message,
                "fix": rule.fix,
            })
        })
        .collect();
    let out = serde_json::json!({
        "findings": findings,
        "timing": report.timing,
        "score": report.score,
    });
    serde_json::to_string(&out).map_err(|e| e.to_string())
}

/// A benchmark, not a test: the median and the slowest of 200 analyses (findings, timing and
/// score) of the whole text, after 20 to warm up.
fn benchmark(analyzer: &Analyzer, text: &str, wpm: u32) -> Result<(), String> {
    let words = text.split_whitespace().count();
    let mut times = Vec::new();
    for i in 0..220 {
        let t0 = std::time::Instant::now();
        let report = analyzer.text(text, wpm);
        let elapsed = t0.elapsed();
        std::hint::black_box(report);
        if i >= 20 {
            times.push(elapsed);
        }
    }
    times.sort();
    let median = times[times.len() / 2];
    let max = times[times.len() - 1];
    println!(
        "stardrill-coach bench: {words} words, median {:.3} ms, slowest {:.3} ms (200 runs)",
        median.as_secs_f64() * 1000.0,
        max.as_secs_f64() * 1000.0
    );
    Ok(())
}
