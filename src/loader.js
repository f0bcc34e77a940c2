// Which build a page starts (scripts/post-build.mjs puts this in place of Trunk's loader, in
// index.html and frame.html). Three builds, each with the screens of the one before and more
// (README, "Size and speed"): the home build (stardrill-home.js) has the deck list alone; the
// reader's build (stardrill.js) also the study cards, quizzes and sharing; the full build
// (stardrill-full.js) also the checklists, the result card, the progress screen, the story
// bank, the embed builder, the author screen, deck links and blog authors' decks. A page starts
// the smallest build its route needs. From the home build, a deck's route starts the reader's
// build in the same page (src/handover.js); a route of the full build's reloads into that one (src/ui/full_build.rs
// sets window.name first, read once here). Every build shares the saved progress.
// A blog author's deck (`custom-…`) too: only the full build reads one, or finds it again.
const FULL_ROUTE = /^#\/((checklist|card|progress|stories|embed|author|deck)(?=[/?]|$)|(learn|quiz)\/custom-)/;
const READER_ROUTE = /^#\/(learn|quiz)\//;
// A build that reloaded the page for another says which (reloadInto, and src/ui/full_build.rs).
const FULL_FLAG = "stardrill:full";
const READER_FLAG = "stardrill:reader";
const asked = [FULL_FLAG, READER_FLAG].find((flag) => window.name === flag);
if (asked) window.name = "";
// The app moves focus to the screen's heading, as after any navigation (the reload was one).
window.stardrillHandedOver = Boolean(asked);
const build = asked === FULL_FLAG || FULL_ROUTE.test(location.hash) ? "stardrill-full"
  : asked === READER_FLAG || READER_ROUTE.test(location.hash) ? "stardrill" : "stardrill-home";
const onHome = build === "stardrill-home";

// The page again, on the same route, starting the build `flag` names (read once, above: it
// cannot loop).
function reloadInto(flag) {
  window.name = flag;
  location.reload();
}

// A build's glue, imported, and its wasm's fetch, started first (not after the import). A retry
// (`attempt` 1, 2, …) asks for the glue by another address: a browser may keep a failed module
// import's failure for its address (the worker answers by path, so it still has the file).
async function load(name, attempt = 0) {
  const wasm = fetch(`./${name}_bg.wasm`);
  // Its failure is for whoever awaits it; an import that fails first leaves it unawaited.
  wasm.catch(() => {});
  return [await import(`./${name}.js${attempt ? `?retry=${attempt}` : ""}`), wasm];
}

// A deck index.html fetched (fetchDeck), waited for 3 s at most: a fetch that stalls must not
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

// The hand-over (src/handover.js), fetched beside the home build; without it (a host that
// lost the file), a deck's route reloads the page into the reader's build instead.
const handover = onHome ? import("./handover.js").catch(() => null) : null;

// Settled once the first screen is there (on the standalone page's deck list, once the reader's
// build is prepared too).
let firstScreen = null;
try {
  // The deck a link names (index.html fetches it) comes with the build.
  const [[glue, wasm], deck, handing] = await Promise.all([load(build), deckWithin3s(window.stardrillDeck), handover]);
  inlineDeck(deck);
  // Listening before the app starts: its first screen may already ask.
  const reloadIntoReader = () => reloadInto(READER_FLAG);
  const reader = handing?.readerOnDemand(glue, { load, deckWithin3s, inlineDeck, reloadIntoReader });
  if (onHome && !reader) addEventListener("stardrill:reader-build", reloadIntoReader, { once: true });
  await glue.default({ module_or_path: wasm });
  // On the standalone page, the worker would fetch the reader's build anyway; in a frame (a guest
  // in someone's post, which keeps no copy) only a deck's route fetches it.
  if (reader && document.querySelector('[data-stardrill][data-mode="page"]')) firstScreen = reader.ahead();
} catch (e) {
  failed(e);
} finally {
  // The page's worker registers now (index.html), not before: its precache of every file would
  // share a slow connection with the first screen's, and fetch the reader's build a second time.
  Promise.resolve(firstScreen).then(() => dispatchEvent(new Event("stardrill:started")));
}
