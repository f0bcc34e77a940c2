// Starts the build src/boot.js chose, with what it requested (a module: it runs once the page
// is read, so the app's elements are there). From the home and the quiz build, the reader's
// build takes over in the same page for the screens they lack (src/handover.js).
// Missing if src/boot.js did not run (a Content-Security-Policy without its hash): said below.
const { handsOver, inFrame, load, first, fetchDeck, deck: linkDeck, handover: handoverAhead, reloadIntoReader } = window.stardrillBoot ?? {};

// A deck src/boot.js fetched (fetchDeck), waited for 3 s at most: a fetch that stalls must not
// hold the app back, which then fetches the deck itself and says it is loading.
const deckWithin3s = (fetched) => Promise.race([fetched, new Promise((r) => setTimeout(r, 3000, null))]);
// Where src/deck_loader.rs looks first (as for the single file's decks). Text only.
function inlineDeck(deck) {
  if (deck) document.body.append(Object.assign(document.createElement("script"), { type: "application/json", id: `stardrill:${deck.file}`, textContent: deck.text }));
}

// In place of the app, one line saying why it could not start. Text only.
function failed(e) {
  // Offline before the worker kept this build, or a host that lost a file: one line, not a
  // blank page (in place of the page's "Loading" line).
  document.querySelector("[data-stardrill] > .sd-boot")?.remove();
  const line = Object.assign(document.createElement("p"), {
    className: "sd-boot",
    textContent: `stardrill could not start (${e?.message ?? e}). Check your connection, then reload the page.`,
  });
  line.setAttribute("role", "alert");
  document.body.prepend(line);
}

// The next frame, then 100 ms, as ui::hooks::after_paint waits: the first screen has painted
// (its pixels reach the screen a little after the frame). What comes after it (the hand-over,
// the reader's build, the worker, the manifest) must not share the connection with what that
// paint needs: Lighthouse counts a request started before as one the paint waited for.
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));

// What a failed request for the reader's build or its hand-over says (src/handover.js too).
const UNREACHABLE = "the host could not be reached (offline, or it refuses requests from this page)";

// The hand-over (src/handover.js): imported with the home build (src/boot.js), else once the
// first screen has painted (that screen does not need it), or at once when a screen asks for
// the reader's build (a quiz's link whose quiz is finished, a deck clicked at once), which then
// asks again once it is there. When it cannot be imported and a screen asks: if the host
// answers that it has no such file, the page reloads into the reader's build; otherwise (offline,
// a host that cannot be reached) the screen says so with Retry, which imports again.
function handOver(glue) {
  let asked = false;
  let attempt = 0;
  let importing = null;
  const early = new AbortController();
  const unreachable = () => dispatchEvent(new CustomEvent("stardrill:reader-build-failed", { detail: UNREACHABLE }));
  const unavailable = () => fetch("./handover.js", { method: "HEAD", cache: "no-store" })
    .then((r) => (r.status === 404 ? reloadIntoReader() : unreachable()), unreachable);
  const attach = () => importing ??= (attempt === 0 && handoverAhead || import(`./handover.js${attempt ? `?retry=${attempt}` : ""}`)).then((handover) => {
    const reader = handover.readerOnDemand(glue, { load, fetchDeck, deckWithin3s, inlineDeck, reloadIntoReader, unreachable: UNREACHABLE });
    early.abort();
    if (asked) dispatchEvent(new Event("stardrill:reader-build"));
    return reader;
  }).catch(() => {
    attempt++;
    importing = null;
    if (asked) unavailable();
    return null;
  });
  addEventListener("stardrill:reader-build", () => {
    asked = true;
    attach();
  }, { signal: early.signal });
  addEventListener("stardrill:reader-build-cancel", () => (asked = false), { signal: early.signal });
  return async () => {
    const reader = await attach();
    // On the standalone page, the worker would fetch the reader's build anyway; in a frame (a
    // guest in someone's post, which keeps no copy) only a screen that needs it fetches it.
    if (reader && !inFrame) await reader.ahead();
  };
}

// Settled once the first screen has painted (from the home and the quiz build on the standalone
// page, once the reader's build is prepared too).
let firstScreen = null;
try {
  if (!first) throw new Error("the page's first script did not run");
  // The deck a link names comes with the build.
  const [[glue, wasm], deck] = await Promise.all([first, deckWithin3s(linkDeck)]);
  inlineDeck(deck);
  // Listening before the app starts: its first screen may already ask.
  const next = handsOver ? handOver(glue) : null;
  await glue.default({ module_or_path: wasm });
  firstScreen = painted().then(next);
} catch (e) {
  failed(e);
} finally {
  // The page's worker registers now (index.html), not before: its precache of every file would
  // share a slow connection with the first screen's, and fetch the reader's build a second time.
  Promise.resolve(firstScreen).catch(() => {}).then(() => dispatchEvent(new Event("stardrill:started")));
}
