#!/usr/bin/env bash
# Installs whatever stardrill's build and tests need and is missing, at the versions in
# scripts/versions.env. Idempotent: a second run only checks and prints "ok" lines.
#   bash scripts/setup.sh              everything (tests)
#   bash scripts/setup.sh --no-browser without Chromium (serving needs no browser)
set -euo pipefail
need_browser=1
[ "${1:-}" = "--no-browser" ] && need_browser=0
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=versions.env
source "$root/scripts/versions.env"
# shellcheck source=env.sh
source "$root/scripts/env.sh"

say() { printf 'setup: %s\n' "$*"; }

# 1. The wasm32 target for the machine's rustup toolchain.
if rustup target list --installed | grep -qx "$RUST_WASM_TARGET"; then
  say "ok   rust target $RUST_WASM_TARGET"
else
  say "add  rust target $RUST_WASM_TARGET"
  rustup target add "$RUST_WASM_TARGET"
fi

# 1b. The standard library's source and its crates: the release build rebuilds std for size
#     (scripts/env.sh, stardrill_release_env) with unstable options of this exact rustc.
if [ "$(rustc --version | cut -d' ' -f2)" != "$RUST_VERSION" ]; then
  echo "setup: stardrill's release build needs rustc $RUST_VERSION (scripts/versions.env); this machine has $(rustc --version)." >&2
  echo "setup: install it with: rustup toolchain install $RUST_VERSION && rustup default $RUST_VERSION" >&2
  exit 1
fi
if rustup component list --installed | grep -q '^rust-src'; then
  say "ok   rust-src (the standard library's source)"
else
  say "add  rust-src (the standard library's source)"
  rustup component add rust-src
fi
say "fetch crates of the standard library (cargo fetch --locked)"
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

# 2. Trunk. 0.22 needs a newer rustc; 0.21.14 only compiles with --locked.
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  say "ok   trunk $TRUNK_VERSION"
else
  say "install trunk $TRUNK_VERSION (about 5 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# 3. wasm-bindgen-cli, equal to the crate's pin. Not --locked: one of its locked
#    dependency versions is no longer on the registry.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] &&
   command -v wasm-bindgen-test-runner >/dev/null; then
  say "ok   wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  say "install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 4. npm packages: binaryen (wasm-opt), terser, lean-qr (shipped in dist/) and the test tools,
#    from package-lock.json.
if [ -x "$root/node_modules/.bin/wasm-opt" ] && [ -d "$root/node_modules/playwright-core" ] &&
   [ -d "$root/node_modules/axe-core" ] && [ -d "$root/node_modules/jsqr" ] && [ -d "$root/node_modules/write-good" ] &&
   [ -d "$root/node_modules/terser" ] && [ -d "$root/node_modules/lean-qr" ] &&
   [ "$root/node_modules/.package-lock.json" -nt "$root/package-lock.json" ]; then
  say "ok   npm packages (binaryen $BINARYEN_NPM_VERSION, playwright-core $PLAYWRIGHT_CORE_VERSION, axe-core $AXE_CORE_VERSION, jsqr $JSQR_VERSION, write-good $WRITE_GOOD_VERSION, terser $TERSER_VERSION, lean-qr $LEAN_QR_VERSION)"
else
  say "install npm packages from package-lock.json"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 5. The crates of Cargo.lock, for the host and wasm32: the release build runs offline
#    (Trunk.toml), so they must be here first. Quick when they already are.
say "fetch crates of Cargo.lock (cargo fetch --locked)"
(cd "$root" && cargo fetch --locked --quiet)

# 6. Chromium and ChromeDriver from Debian (a test tool's own browser download never works here).
if [ "$need_browser" = 0 ]; then
  say "skip chromium (not needed to serve)"
elif [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "ok   chromium and chromedriver"
elif [ "$(id -u)" = 0 ]; then
  say "install $DEBIAN_BROWSER_PACKAGES (Debian)"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $DEBIAN_BROWSER_PACKAGES >/dev/null
else
  echo "setup: Chromium is missing. Install it as root: sudo apt-get install -y $DEBIAN_BROWSER_PACKAGES" >&2
  exit 1
fi
say "all tools present"
