// Which build a page starts (scripts/post-build.mjs puts this in place of Trunk's loader, in
// index.html and frame.html). The reader's build (stardrill.js) has the deck list, study cards,
// quizzes and sharing; the full build (stardrill-full.js) also has the checklists, the result
// card, the progress screen, the story bank, the embed builder, the author screen, deck
// links and blog authors' decks. A route of those starts the full build; so does a reload asked for by the reader's
// build when it meets one (src/ui/full_build.rs sets window.name first, read once here). Both
// builds share the saved progress.
// A blog author's deck (`custom-…`) too: only the full build reads one, or finds it again.
const FULL_ROUTE = /^#\/((checklist|card|progress|stories|embed|author|deck)(?=[/?]|$)|(learn|quiz)\/custom-)/;
const asked = window.name === "stardrill:full";
if (asked) window.name = "";
// The app moves focus to the screen's heading, as after any navigation (the reload was one).
window.stardrillHandedOver = asked;
const build = asked || FULL_ROUTE.test(location.hash) ? "stardrill-full" : "stardrill";
try {
  // The wasm's fetch starts before the glue's import, not after it.
  const wasm = fetch(`./${build}_bg.wasm`);
  // The deck a link names (index.html fetches it), waited for 3 s at most: a fetch that stalls
  // must not hold the app back, which then fetches the deck itself and says it is loading.
  const stalled = new Promise((r) => setTimeout(r, 3000, null));
  const [{ default: init }, deck] = await Promise.all([import(`./${build}.js`), Promise.race([window.stardrillDeck, stalled])]);
  // Where src/deck_loader.rs looks first (as for the single file's decks). Text only.
  if (deck) document.body.append(Object.assign(document.createElement("script"), { type: "application/json", id: `stardrill:${deck.file}`, textContent: deck.text }));
  await init({ module_or_path: wasm });
} catch (e) {
  // Offline before the worker kept this build, or a host that lost a file: one line, not a
  // blank page (in place of the page's "Loading" line). Text only.
  document.querySelector("[data-stardrill] > .sd-boot")?.remove();
  const line = Object.assign(document.createElement("p"), {
    className: "sd-boot",
    textContent: `stardrill could not start (${e?.message ?? e}). Check your connection, then reload the page.`,
  });
  line.setAttribute("role", "alert");
  document.body.prepend(line);
} finally {
  // The page's worker registers now (index.html), not before: its precache of every file would
  // share a slow connection with the first screen's.
  dispatchEvent(new Event("stardrill:started"));
}
