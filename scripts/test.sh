#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every layer.
#   bash scripts/test.sh            everything (what CI runs)
#   bash scripts/test.sh lint       pins, rustfmt, clippy (host and wasm32)
#   bash scripts/test.sh host       cargo test on the host (pure modules, content)
#   bash scripts/test.sh browser    wasm-bindgen-test in headless Chromium
#   bash scripts/test.sh e2e        release build + end-to-end tests of dist/
#   bash scripts/test.sh bench      release build + size report + browser benchmarks (quiz, slow link, story coach) + Lighthouse
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
layer="${1:-all}"
bash "$root/scripts/setup.sh"
source "$root/scripts/env.sh"
cd "$root"

step() { printf '\n==> %s\n' "$*"; }

if [[ "$layer" == all || "$layer" == lint ]]; then
  step "pins"
  bash scripts/check-pins.sh
  step "cargo fmt --check"
  cargo fmt --check
  step "cargo clippy (host)"
  cargo clippy --all-targets --quiet -- -D warnings
  step "cargo clippy (wasm32, the full build, the reader's, the quiz and the home build)"
  cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings
  cargo clippy --all-targets --target wasm32-unknown-unknown --no-default-features --features reader --quiet -- -D warnings
  cargo clippy --all-targets --target wasm32-unknown-unknown --no-default-features --features quiz --quiet -- -D warnings
  cargo clippy --all-targets --target wasm32-unknown-unknown --no-default-features --quiet -- -D warnings
fi
if [[ "$layer" == all || "$layer" == host ]]; then
  step "host tests (cargo test)"
  cargo test
fi
if [[ "$layer" == all || "$layer" == browser ]]; then
  step "browser tests (wasm-bindgen-test, headless Chromium)"
  cargo test --target wasm32-unknown-unknown --test browser
fi
if [[ "$layer" == all || "$layer" == e2e || "$layer" == bench ]]; then
  step "release build (trunk)"
  (stardrill_release_env && trunk build --release)
fi
if [[ "$layer" == all || "$layer" == e2e ]]; then
  step "end-to-end tests (node --test, headless Chromium)"
  # Files, not the folder: newer Node versions read a folder argument as a file.
  node --test tests/e2e/*.test.mjs
fi
if [[ "$layer" == all || "$layer" == bench ]]; then
  step "size report of dist/ and the size budget (size-budget.json)"
  bash scripts/size-report.sh --check
fi
if [[ "$layer" == bench ]]; then
  step "browser benchmark"
  node tests/e2e/bench.mjs
  step "first visit over a slow link (1.6 Mbps, 150 ms)"
  node tests/e2e/slow-link.mjs
  step "story coach: native and browser benchmarks"
  cargo run --quiet --release --bin stardrill-coach -- --bench tests/coach/story-1000.txt
  node tests/e2e/coach-bench.mjs
  step "lighthouse (mobile, gzip)"
  bash scripts/lighthouse.sh
fi
