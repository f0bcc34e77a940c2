#!/usr/bin/env bash
# Release build of dist/ (offline; wasm-opt -Oz from the pinned npm binaryen).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh" --no-browser
source "$root/scripts/env.sh"
cd "$root"
stardrill_release_env
trunk build --release
