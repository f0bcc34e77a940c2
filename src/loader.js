// Which build a page starts (scripts/post-build.mjs puts this in place of Trunk's loader, in
// index.html and frame.html). Three builds, each with the screens of the one before and more
// (README, "Size and speed"): the home build (stardrill-home.js) has the deck list alone; the
// reader's build (stardrill.js) also the study cards, quizzes and sharing; the full build
// (stardrill-full.js) also the checklists, the result card, the progress screen, the story
// bank, the embed builder, the author screen, deck links and blog authors' decks. A page starts
// the smallest build its route needs. From the home build, a deck's route starts the reader's
// build in the same page (below); a route of the full build's reloads into that one (src/ui/full_build.rs
// sets window.name first, read once here). Every build shares the saved progress.
// A blog author's deck (`custom-…`) too: only the full build reads one, or finds it again.
const FULL_ROUTE = /^#\/((checklist|card|progress|stories|embed|author|deck)(?=[/?]|$)|(learn|quiz)\/custom-)/;
const READER_ROUTE = /^#\/(learn|quiz)\//;
// A build that reloaded the page for another says which (below, and src/ui/full_build.rs).
const asked = ["stardrill:full", "stardrill:reader"].find((flag) => window.name === flag);
if (asked) window.name = "";
// The app moves focus to the screen's heading, as after any navigation (the reload was one).
window.stardrillHandedOver = Boolean(asked);
const build = asked === "stardrill:full" || FULL_ROUTE.test(location.hash) ? "stardrill-full"
  : asked === "stardrill:reader" || READER_ROUTE.test(location.hash) ? "stardrill" : "stardrill-home";

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

// The reader's build, fetched and compiled (streamed where the host says it is wasm, so the
// browser compiles it off the main thread as it arrives) but not started.
async function prepareReader(attempt) {
  const [glue, wasm] = await load("stardrill", attempt);
  const response = await wasm;
  if (!response.ok) throw new Error(`the server answered ${response.status} for stardrill_bg.wasm`);
  const streaming = typeof WebAssembly.compileStreaming === "function" && response.headers.get("content-type") === "application/wasm";
  const module = streaming ? await WebAssembly.compileStreaming(response) : await WebAssembly.compile(await response.arrayBuffer());
  return [glue, module];
}

// The home build hands over to the reader's build: src/ui/reader_build.rs asks for it on a
// deck's route, and says when it no longer needs it (the learner went back to the list). Once
// the reader's build is prepared and still wanted, the home build's apps stop (their listeners
// with them), the reader's build gets fresh mount elements (a shadow root cannot be taken off)
// and starts there, synchronously, on the same route: the browser never paints the page between
// the two apps. A failure before the home build stopped is told to it (its screen shows the
// reason and Retry, which prepares again); after, the page reloads on the same route, asking
// for the reader's build (which, if it fails again, says so in the page's one line). `ahead` prepares it before it is asked for.
function readerOnDemand(home) {
  let prepared = null;
  let attempt = 0;
  let wanted = false;
  let starting = false;
  const prepare = () => {
    if (!prepared) {
      const mine = prepareReader(attempt++);
      prepared = mine;
      // A failure is not kept: the next request prepares again.
      mine.catch(() => {
        if (prepared === mine) prepared = null;
      });
    }
    return prepared;
  };
  const listening = new AbortController();
  addEventListener("stardrill:reader-build-cancel", () => (wanted = false), { signal: listening.signal });
  addEventListener("stardrill:reader-build", async () => {
    wanted = true;
    if (starting) return;
    starting = true;
    let stopped = false;
    try {
      // The deck comes with the build, not after it (fetchDeck: index.html). A deck that stalls
      // is waited for as on a link (3 s): the screen shows the same loading card meanwhile as
      // the reader's build would, which then fetches it itself.
      const route = location.hash;
      const fetched = typeof fetchDeck === "function" ? fetchDeck(route) : null;
      const [[glue, module], deck] = await Promise.all([prepare(), deckWithin3s(fetched)]);
      // Back on the list meanwhile: the build stays prepared for the next deck.
      if (!wanted) return;
      stopped = true;
      listening.abort();
      home.unmount();
      for (const host of document.querySelectorAll("[data-stardrill-mounted]")) {
        const fresh = host.cloneNode(false);
        fresh.removeAttribute("data-stardrill-mounted");
        host.replaceWith(fresh);
      }
      // Not a deck the learner has left meanwhile for another: the reader's build fetches that one.
      if (location.hash === route) inlineDeck(deck);
      // As after a reload into the full build: focus goes to the screen's start.
      window.stardrillHandedOver = true;
      glue.initSync({ module });
    } catch (e) {
      if (stopped) {
        window.name = "stardrill:reader";
        location.reload();
      }
      else if (wanted) dispatchEvent(new CustomEvent("stardrill:reader-build-failed", { detail: String(e?.message ?? e) }));
    } finally {
      starting = false;
    }
  }, { signal: listening.signal });
  // Once the deck list has painted: the next frame, then 100 ms, as ui::hooks::after_paint
  // waits (the frame's pixels reach the screen a little after it, and Lighthouse counts a fetch
  // started before that as one the paint waited for). Settles either way.
  const ahead = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))).then(prepare).catch(() => {});
  return { ahead };
}

// Settled once the first screen is there (on the standalone page's deck list, once the reader's
// build is prepared too).
let firstScreen = null;
try {
  // The deck a link names (index.html fetches it) comes with the build.
  const [[glue, wasm], deck] = await Promise.all([load(build), deckWithin3s(window.stardrillDeck)]);
  inlineDeck(deck);
  // Listening before the app starts: its first screen may already ask.
  const reader = build === "stardrill-home" ? readerOnDemand(glue) : null;
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
