// stardrill embed loader. On any page:
//   <div data-stardrill data-deck="customer-obsession"></div>
//   <script type="module" src="https://YOUR-HOST/stardrill/embed.js"></script>
// The wasm is fetched from beside this file; every [data-stardrill] element gets a widget.

// Deck id → data file, written by scripts/post-build.mjs (the names carry a content hash).
const DECKS = {};

// Widgets' links point at the standalone app beside this file (unless the page says otherwise
// with data-app-url), so "open in new tab" and "copy link" work.
const app = new URL("./", import.meta.url).href;
const wanted = new Set();
for (const el of document.querySelectorAll("[data-stardrill]")) {
  if (!el.hasAttribute("data-app-url")) el.setAttribute("data-app-url", app);
  const file = DECKS[el.getAttribute("data-deck")];
  if (file) wanted.add(new URL(file, new URL(el.getAttribute("data-app-url"), document.baseURI)).href);
}
// A widget that names a deck fetches it while the wasm loads, not after ("anonymous": the same
// request the app's own fetch makes, so the browser reuses it).
for (const href of wanted) {
  const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", href });
  link.crossOrigin = "anonymous";
  document.head.append(link);
}
// The reader's build (stardrill.js) unless a widget brings its own deck (data-deck-src) or is a
// checklist (data-mode="checklist"): the deck checker and the checklists are in the full build
// only (README, "Size and speed"). One build serves the page.
const full = [...document.querySelectorAll("[data-stardrill]")]
  .some((el) => el.hasAttribute("data-deck-src") || el.getAttribute("data-mode") === "checklist");
try {
  const { default: init } = await import(full ? "./stardrill-full.js" : "./stardrill.js");
  await init();
} catch (e) {
  // Never a blank widget: each one says why, as text, in the host page's own styles.
  for (const el of document.querySelectorAll("[data-stardrill]")) {
    if (el.shadowRoot) continue;
    el.setAttribute("role", "alert");
    el.textContent = `This stardrill quiz could not load (${e?.message ?? e}). Reload the page to try again.`;
  }
}
