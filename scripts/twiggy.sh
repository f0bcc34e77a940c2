#!/usr/bin/env bash
# What the shipped wasm's bytes are, with names: the release wasm from cargo, through
# wasm-bindgen and wasm-opt exactly as post-build does, but keeping the name section (-g), then
# twiggy. A measuring tool for the code diet (README, "Size and speed"), not a test.
#   bash scripts/twiggy.sh            top 15 items and top 15 crates/modules, by shallow bytes
#   bash scripts/twiggy.sh OUT.wasm   also keep the named wasm (for `twiggy diff old new`)
#   BUILD=home bash scripts/twiggy.sh the home build (the deck list alone) instead
#   BUILD=quiz bash scripts/twiggy.sh the quiz build (the deck list and a quiz's questions)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
# The reader's build (feature `reader`), built here: Trunk's post-build builds the full and the home one
# last, to the same file.
stardrill_release_env
features=(--features reader)
[ "${BUILD:-reader}" = home ] && features=()
[ "${BUILD:-reader}" = quiz ] && features=(--features quiz)
cargo build --quiet --release --target wasm32-unknown-unknown --bin stardrill --no-default-features "${features[@]}"
src="$root/target/wasm32-unknown-unknown/release/stardrill.wasm"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$tmp" "$src"
# The shipped build's parameters (post-build.mjs, `const WASM_OPT = [...]`), plus -g for names.
mapfile -t params < <(sed -n 's/^const WASM_OPT = \[\(.*\)\];$/\1/p' "$root/scripts/post-build.mjs" | tr -d '" ' | tr ',' '\n')
[ ${#params[@]} -gt 0 ] || { echo "twiggy.sh: no WASM_OPT line in scripts/post-build.mjs" >&2; exit 1; }
wasm-opt "${params[@]}" -g "$tmp/stardrill_bg.wasm" -o "$tmp/named.wasm"
[ $# -ge 1 ] && cp "$tmp/named.wasm" "$1"
echo "== top 15 items (shallow bytes, names kept; the shipped file has no name section)"
twiggy top -n 15 "$tmp/named.wasm"
echo
echo "== top 15 crates/modules (sum of shallow bytes of code and data)"
twiggy top -n 1000000 --format csv "$tmp/named.wasm" | node "$root/scripts/twiggy-by-crate.mjs" 15
