#!/usr/bin/env bash
# The single-file download: dist/stardrill-offline.html, the whole app (glue, wasm, every deck)
# in one HTML file that opens from disk with no server and no network. The release build makes it
# too (Trunk's post_build hook); this command builds dist/ if needed and makes it again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$root/dist/stardrill_bg.wasm" ] || bash "$root/scripts/build.sh"
node "$root/scripts/post-build.mjs" "$root/dist"
echo "single-file: $root/dist/stardrill-offline.html"
