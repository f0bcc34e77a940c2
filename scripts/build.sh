#!/usr/bin/env bash
# Release build of dist/ (offline; wasm-opt -Oz from the pinned npm binaryen).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
trunk build --release
