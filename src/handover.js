// The hand-over to the reader's build from the home and the quiz build (README, "Four builds"):
// imported beside the home build (src/boot.js), by the quiz build once its first screen has
// painted (src/loader.js); no other build needs it (post-build copies it to dist/handover.js,
// minified). The second argument holds the loader's helpers: load (a build's glue and its wasm's
// fetch), fetchDeck, deckWithin3s and inlineDeck (a deck fetched as src/boot.js fetches a
// link's, handed to the build as a link's deck is), reloadIntoReader (the page again, on the
// reader's build), unreachable (the words for a host that cannot be reached).

// The reader's build, fetched and compiled (streamed where the host says it is wasm, so the
// browser compiles it off the main thread as it arrives) but not started. Its failures are told
// in the words src/deck_loader.rs uses for a deck's file.
async function prepareReader(load, attempt, unreachable) {
  const [glue, wasm] = await load("stardrill", attempt).catch(() => Promise.reject(new Error(unreachable)));
  const response = await wasm.catch(() => Promise.reject(new Error(unreachable)));
  if (!response.ok) {
    throw new Error(response.status === 404 ? "its file is not on the host (404 Not Found)" : `the host answered ${response.status} ${response.statusText}`);
  }
  const streaming = typeof WebAssembly.compileStreaming === "function" && response.headers.get("content-type") === "application/wasm";
  const module = await (streaming ? WebAssembly.compileStreaming(response) : response.arrayBuffer().then((b) => WebAssembly.compile(b)))
    .catch(() => Promise.reject(new Error("its file could not be read")));
  return [glue, module];
}

// The home or the quiz build (`from`, its glue) hands over to the reader's build: src/ui/reader_build.rs
// asks for it on a screen they lack, and says when it no longer needs it (the learner went
// back). Once the reader's build is prepared and still wanted, the old build's apps stop (their listeners
// with them), the reader's build gets fresh mount elements (a shadow root cannot be taken off)
// and starts there, synchronously, on the same route: the browser never paints the page between
// the two apps. A failure before the old build stopped is told to it (its screen shows the
// reason and Retry, which prepares again); after, the page reloads on the same route, asking
// for the reader's build (which, if it fails again, says so in the page's one line). `ahead` prepares it before it is asked for.
export function readerOnDemand(from, { load, fetchDeck, deckWithin3s, inlineDeck, reloadIntoReader, unreachable }) {
  let prepared = null;
  let attempt = 0;
  let wanted = false;
  let starting = false;
  const prepare = () => {
    if (!prepared) {
      const mine = prepareReader(load, attempt++, unreachable);
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
      // The deck comes with the build, not after it (fetchDeck: src/boot.js). A deck that stalls
      // is waited for as on a link (3 s): the screen shows the same loading card meanwhile as
      // the reader's build would, which then fetches it itself.
      const route = location.hash;
      const fetched = fetchDeck(route);
      const [[glue, module], deck] = await Promise.all([prepare(), deckWithin3s(fetched)]);
      // Back on the list meanwhile: the build stays prepared for the next deck.
      if (!wanted) return;
      stopped = true;
      listening.abort();
      from.unmount();
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
      if (stopped) reloadIntoReader();
      else if (wanted) dispatchEvent(new CustomEvent("stardrill:reader-build-failed", { detail: String(e?.message ?? e) }));
    } finally {
      starting = false;
    }
  }, { signal: listening.signal });
  // Called once the first screen has painted (src/loader.js). Settles either way.
  const ahead = () => prepare().catch(() => {});
  return { ahead };
}
