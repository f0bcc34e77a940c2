#!/usr/bin/env bash
# Fails when a tool version written outside scripts/versions.env disagrees with it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/versions.env"
fail=0
check() { # file, expected text
  if ! grep -qF -- "$2" "$root/$1"; then
    echo "check-pins: $1 should contain: $2 (scripts/versions.env)" >&2
    fail=1
  fi
}
check Cargo.toml "wasm-bindgen = \"=$WASM_BINDGEN_VERSION\""
check Trunk.toml "wasm_bindgen = \"$WASM_BINDGEN_VERSION\""
check Trunk.toml "wasm_opt = \"version_${BINARYEN_NPM_VERSION%%.*}\""
check package.json "\"binaryen\": \"$BINARYEN_NPM_VERSION\""
check package.json "\"playwright-core\": \"$PLAYWRIGHT_CORE_VERSION\""
check package.json "\"axe-core\": \"$AXE_CORE_VERSION\""
check package.json "\"jsqr\": \"$JSQR_VERSION\""
check package.json "\"write-good\": \"$WRITE_GOOD_VERSION\""
check package.json "\"terser\": \"$TERSER_VERSION\""
check package.json "\"lean-qr\": \"$LEAN_QR_VERSION\""
[ "$fail" = 0 ] && echo "check-pins: ok (versions agree with scripts/versions.env)"
exit "$fail"
