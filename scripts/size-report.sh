#!/usr/bin/env bash
# Size report of dist/: raw, gzip -9 and brotli bytes of every file, and the totals.
# "First load" is everything the standalone page downloads (all of dist/ but embed.js).
# With --check (the test command), fails when the first load is over size-budget.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/dist"
[ -d "$dist" ] || { echo "size-report: no dist/; run: bash scripts/build.sh" >&2; exit 1; }
exec node "$root/scripts/size-report.mjs" "$dist" "$@"
