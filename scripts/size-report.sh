#!/usr/bin/env bash
# Size report of dist/: raw, gzip -9 and brotli bytes of every file, and the totals.
# The first loads (scripts/first-load.mjs: the deck list, a quiz from a cold start, a route of
# the full build) and what the worker precaches after them.
# With --check (the test command), fails when a first load is over size-budget.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/dist"
[ -d "$dist" ] || { echo "size-report: no dist/; run: bash scripts/build.sh" >&2; exit 1; }
exec node "$root/scripts/size-report.mjs" "$dist" "$@"
