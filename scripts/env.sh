# Sourced by the project's scripts: puts cargo-installed tools and the npm-installed wasm-opt on PATH.
_stardrill_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_stardrill_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# The release wasm builds (scripts/build.sh, serve.sh, test.sh's release build, twiggy.sh) call
# this first: the standard library is rebuilt with the app (`build-std`, its source is rustup's
# rust-src, its crates fetched by setup.sh), a panic stops the wasm at once, without a message,
# its location or the formatting code behind them, and a derived `{:?}` writes a type's name only
# (`shallow`: text and numbers keep theirs, which serde's messages quote to a blog author).
# 14.4 KB gzip of the reader's wasm, 9 % (README, "Size and speed"). These are unstable options
# of the pinned stable rustc (versions.env), switched on by RUSTC_BOOTSTRAP as the Linux kernel
# builds its Rust: a newer rustc may rename them, which is why setup.sh checks the version.
# Tests build without them: a failing test must say why.
stardrill_release_env() {
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=shallow"
}
