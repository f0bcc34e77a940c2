// The page's first step (a classic script: scripts/post-build.mjs puts it in the head of
// index.html and frame.html, before src/loader.js): which build the page starts, and that
// build's wasm and glue requested at once, while the page is still being read. The loader, a
// module, runs only once the whole page is read; the wasm is the largest file of every first
// load, and asked for here it goes first, on the connection the page itself came by (the
// browser's only one already open; the manifest is no longer requested before it, index.html).
// Four builds, each with the screens of the one before and more (README, "Size and speed"):
// the home build (stardrill-home.js) has the deck list alone; the quiz build (stardrill-quiz.js)
// also a quiz's questions; the reader's build (stardrill.js) also the quiz's results, the study
// cards and sharing; the full build (stardrill-full.js) also the checklists, the result card,
// the progress screen, the story bank, the embed builder, the author screen, deck links and blog
// authors' decks. A page starts the smallest build its route needs. From the home and the quiz
// build, a screen they lack starts the reader's build in the same page (src/handover.js); a
// route of the full build's reloads into that one (src/ui/full_build.rs sets window.name first,
// read once here). Every build shares the saved progress.
(() => {
  // A blog author's deck (`custom-…`) too: only the full build reads one, or finds it again.
  const FULL_ROUTE = /^#\/((checklist|card|progress|stories|embed|author|deck)(?=[/?]|$)|(learn|quiz)\/custom-)/;
  const READER_ROUTE = /^#\/(learn|quiz)\//;
  const QUIZ_ROUTE = /^#\/quiz\//;
  // frame.html (post-build marks its copy of this script): a guest in someone's post keeps no
  // copy of a build it may not need, so it does not fetch the reader's build ahead, and a quiz
  // there starts the reader's build, which has its results.
  const inFrame = document.currentScript?.hasAttribute("data-frame");
  // A build that reloaded the page for another says which (reloadInto, and src/ui/full_build.rs).
  const FULL_FLAG = "stardrill:full";
  const READER_FLAG = "stardrill:reader";
  const asked = [FULL_FLAG, READER_FLAG].find((flag) => window.name === flag);
  if (asked) window.name = "";
  // The app moves focus to the screen's heading, as after any navigation (the reload was one).
  window.stardrillHandedOver = Boolean(asked);
  const hash = location.hash;
  const build = asked === FULL_FLAG || FULL_ROUTE.test(hash) ? "stardrill-full"
    : asked === READER_FLAG ? "stardrill"
    : QUIZ_ROUTE.test(hash) && !inFrame ? "stardrill-quiz"
    : READER_ROUTE.test(hash) ? "stardrill" : "stardrill-home";

  // A build's glue, imported, and its wasm's fetch, started first. A retry (`attempt` 1, 2, …)
  // asks for the glue by another address: a browser may keep a failed module import's failure
  // for its address (the worker answers by path, so it still has the file).
  async function load(name, attempt = 0) {
    const wasm = fetch(`./${name}_bg.wasm`);
    // Its failure is for whoever awaits it; an import that fails first leaves it unawaited.
    wasm.catch(() => {});
    return [await import(`./${name}.js${attempt ? `?retry=${attempt}` : ""}`), wasm];
  }
  // A link to a deck's study card or quiz fetches the deck while the wasm loads; src/loader.js
  // inlines its text before the app starts, so the first render has the deck (and so does
  // src/handover.js when another build hands over to the reader's). A failed fetch inlines
  // nothing: the app fetches again and says what went wrong. Deck id → data file, written by
  // scripts/post-build.mjs.
  const DECKS = {};
  // Each deck once: when the reader's build takes over from the quiz build, it gets the text the
  // quiz build had (the app takes an inlined text out of the page as it reads it).
  const fetched = new Map();
  const fetchDeck = (route) => {
    const id = (/^#\/(?:learn|quiz)\/([\w-]+)/.exec(route) || [])[1];
    const file = id && Object.hasOwn(DECKS, id) ? DECKS[id] : null;
    if (!file || !/^https?:$/.test(location.protocol)) return null;
    if (!fetched.has(file)) fetched.set(file, fetch(file).then((r) => r.ok ? r.text() : null).then((text) => text && { file, text }, () => null));
    return fetched.get(file);
  };

  // The wasm first (the largest file), then the glue, then the deck.
  const first = load(build);
  // Awaited by the loader; until then, a failure is not unhandled.
  first.catch(() => {});
  const deck = fetchDeck(hash);
  // The deck list's hand-over to the reader's build comes with it: a deck is the list's next
  // screen, often at once (0.8 KB; at 1.6 Mbps a deck opened as soon as the list shows came
  // 0.15 s later when it was imported only then). The quiz build imports it after its first
  // paint (src/loader.js): a quiz's results come only after its questions.
  const handover = build === "stardrill-home" ? import("./handover.js") : null;
  handover?.catch(() => {});

  window.stardrillBoot = {
    // The home and the quiz build hand over to the reader's (src/handover.js).
    handsOver: build === "stardrill-home" || build === "stardrill-quiz",
    inFrame,
    load,
    first,
    fetchDeck,
    deck,
    handover,
    // The page again, on the same route, starting the reader's build (read once, above: it
    // cannot loop).
    reloadIntoReader() {
      window.name = READER_FLAG;
      location.reload();
    },
  };
})();
