//! Entry point: a readable panic message in the console, then mount (see `stardrill::mount`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    stardrill::mount::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stardrill runs in the browser: see README.md for the serve command.");
}
