#!/usr/bin/env bash
# Lighthouse's mobile run of the home screen and a quiz route, dist/ served with gzip
# (scripts/lighthouse.mjs). Part of `bash scripts/test.sh bench`, never of the tests: it installs
# the pinned npm `lighthouse` (scripts/versions.env) into .tools/ on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/versions.env"
[ -f "$root/dist/stardrill_bg.wasm" ] || { echo "lighthouse: no dist/; run: bash scripts/build.sh" >&2; exit 1; }
tools="$root/.tools/lighthouse"
if [ "$(node -p "require('$tools/node_modules/lighthouse/package.json').version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  mkdir -p "$tools"
  # Its own package.json, or npm would walk up and add lighthouse to the project's.
  [ -f "$tools/package.json" ] || echo '{"private": true}' > "$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION")
fi
exec node "$root/scripts/lighthouse.mjs"
