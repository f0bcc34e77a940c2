// stardrill's service worker, for the standalone app only (index.html's page registers it;
// widgets in other people's pages never do). scripts/post-build.mjs writes dist/sw.js as two
// lines, BUILD_ID and FILES (every file of the build with the subresource integrity of its
// bytes, generated, never written by hand), followed by this file.
//
// File names are stable (filehash = false), so two versions must never be mixed: each version has
// its own cache named by its build id, and this worker answers only from its own cache. A new
// build installs in the background and waits: the page shows "A new version is ready" and,
// when the learner clicks Reload, sends "skip-waiting".
/* global BUILD_ID, FILES */
const CACHE = `stardrill-${BUILD_ID}`;
const PREFIX = "stardrill-";
const scope = new URL(self.registration.scope);
const urlOf = (file) => new URL(file, scope).href;
// Which build each open page runs (pages say so when they start): an old build's cache is
// deleted only when no open page runs that build.
const running = new Map();

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async ([file, integrity]) => {
        // "no-cache": revalidate with the host, so a stale HTTP cache entry of a stable file
        // name cannot slip an older build's file into this build's cache. `integrity`: the
        // bytes post-build hashed, so neither a deployment in progress (this worker and
        // index.html already new, the wasm still old) nor a host's own web page served for a
        // missing deck can be cached as this build's (the browser tries again on a later visit).
        const response = await fetch(new Request(urlOf(file), { cache: "no-cache", integrity }));
        if (!response.ok) throw new Error(`stardrill: ${file}: ${response.status}`);
        await cache.put(urlOf(file), response.redirected ? unredirected(response) : response);
      }));
      // The pages have no integrity (hosts may add to HTML): index.html must name this build.
      const index = await (await cache.match(urlOf("index.html"))).text();
      if (!index.includes(`name="stardrill-build" content="${BUILD_ID}"`)) {
        throw new Error("stardrill: index.html is not from build " + BUILD_ID);
      }
    } catch (e) {
      await caches.delete(CACHE);
      throw e;
    }
  })());
});

/** A redirected response (a host that sends index.html to ./) stored as a plain one: a page
 * load refuses a redirected response from a worker. */
function unredirected(response) {
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await self.clients.claim();
    await deleteUnusedCaches();
  })());
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "skip-waiting") {
    self.skipWaiting();
  } else if (data.type === "running" && event.source) {
    running.set(event.source.id, data.build);
    event.waitUntil(deleteUnusedCaches());
  }
});

/** Deletes other builds' caches once every open page has said it runs this build; never while
 * a newer worker installs or waits (its cache is one of the others). */
async function deleteUnusedCaches() {
  if (self.registration.installing || self.registration.waiting) return;
  const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  for (const id of running.keys()) {
    if (!pages.some((p) => p.id === id)) running.delete(id);
  }
  if (!pages.every((p) => running.get(p.id) === BUILD_ID)) return;
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Pages are hash routes: the scope's own address is index.html.
    const key = url.pathname === scope.pathname ? urlOf("index.html") : url.origin + url.pathname;
    // A deck's files are named by a hash of both their texts: another build's cache has the same
    // bytes under the same name (src/model/explanations.rs, deck_file). A
    // page still running the previous build (another tab, when this build took over) finds its
    // decks there, offline too, until it reloads.
    const hit = await cache.match(key) ?? (url.pathname.includes("/decks/") ? await caches.match(key) : undefined);
    // Not part of the build (e.g. the single-file download): the network, untouched.
    return hit || fetch(request);
  })());
});
