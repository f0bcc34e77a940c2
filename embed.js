// stardrill embed loader. On any page:
//   <div data-stardrill data-deck="customer-obsession"></div>
//   <script type="module" src="https://YOUR-HOST/stardrill/embed.js"></script>
// The wasm is fetched from beside this file; every [data-stardrill] element gets a widget.

// Deck id → data file, written by scripts/post-build.mjs (the names carry a content hash).
const DECKS = {};

// Widgets' links point at the standalone app beside this file (unless the page says otherwise
// with data-app-url), so "open in new tab" and "copy link" work.
const app = new URL("./", import.meta.url).href;
const widgets = [...document.querySelectorAll("[data-stardrill]")];
const wanted = new Map();
for (const el of widgets) {
  if (!el.hasAttribute("data-app-url")) el.setAttribute("data-app-url", app);
  // Until the widget draws, one line in the page's own styles instead of an empty gap (unless
  // the page put something there); the widget's shadow root hides it.
  if (!el.shadowRoot && !el.childElementCount && !el.textContent.trim()) {
    el.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Loading stardrill…" }));
  }
  const file = DECKS[el.getAttribute("data-deck")];
  // Decks are beside this file, as the build is (the app reads them from beside its glue),
  // wherever data-app-url sends the widget's links.
  if (file) wanted.set(new URL(file, app).href, file);
}
// The reader's build (stardrill.js) unless a widget brings its own deck (data-deck-src) or is a
// checklist (data-mode="checklist"): the deck checker and the checklists are in the full build
// only (README, "Size and speed"). One build serves the page.
const full = widgets
  .some((el) => el.hasAttribute("data-deck-src") || el.getAttribute("data-mode") === "checklist");
const build = full ? "stardrill-full" : "stardrill";
// Everything the first screen needs is fetched at once, not one file after another: the wasm
// beside the glue (not after the glue's import), and each deck a widget names. A deck's text
// is put where the app looks first (src/deck_loader.rs), so its widget's first render has it;
// a failed fetch puts nothing there, and the app fetches again and says what went wrong. The
// widgets wait 3 s at most for them: a fetch that stalls must not hold the page's widgets back.
const stalled = new Promise((r) => setTimeout(r, 3000, null));
const decks = [...wanted].map(([href, file]) => Promise.race([stalled,
  fetch(href).then((r) => (r.ok ? r.text() : null)).then((text) => text && { file, text }, () => null)]));
// A page without a widget (embed.js in a blog's template for every post) downloads nothing.
if (widgets.length) await start();

async function start() {
  try {
    const wasm = fetch(new URL(`./${build}_bg.wasm`, import.meta.url));
    const [{ default: init }, ...texts] = await Promise.all([import(`./${build}.js`), ...decks]);
    for (const deck of texts.filter(Boolean)) {
      document.body.append(Object.assign(document.createElement("script"), { type: "application/json", id: `stardrill:${deck.file}`, textContent: deck.text }));
    }
    await init({ module_or_path: wasm });
  } catch (e) {
    // Never a blank widget: each one says why, as text, in the host page's own styles.
    for (const el of document.querySelectorAll("[data-stardrill]")) {
      if (el.shadowRoot) continue;
      el.setAttribute("role", "alert");
      el.textContent = `This stardrill quiz could not load (${e?.message ?? e}). Reload the page to try again.`;
    }
  }
}
