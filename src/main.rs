//! Entry point: a readable panic message in the console, then mount (see `stardrill::mount`).

#[cfg(target_arch = "wasm32")]
fn main() {
    // A debug build's panics say why in the console. The release build's stop the wasm at once,
    // without a message (scripts/env.sh, stardrill_release_env), so it leaves the hook out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    stardrill::mount::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stardrill runs in the browser: see README.md for the serve command.");
}

/// talc rather than Rust's default dlmalloc: measured, 3.0 KB gzip less wasm for the same app.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
