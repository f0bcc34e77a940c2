#!/usr/bin/env bash
# The README's serve command: installs what is missing, builds the release dist/ and serves it
# at http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh" --no-browser
source "$root/scripts/env.sh"
cd "$root"
stardrill_release_env
trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload
