// Browser benchmark (not a test; prints figures): a first visit over a slow link, the way a
// phone on a poor connection meets the app. Every file is served gzip -9 after 150 ms, and all
// responses share 1.6 Mbps (Lighthouse's mobile preset), so the page's downloads and the
// service worker's precache compete as they do on a real link, which Lighthouse's simulation
// leaves out. Prints the time to the deck list, to a quiz link's first question and to a blog
// widget's, and from the deck list to a deck opened at once, with the worker allowed (a real first visit) and blocked (the same without its
// precache): equal figures mean the precache stays off the first screen's way. (Widgets in
// other people's pages register no worker: their two figures are the same by design.)
//   node tests/e2e/slow-link.mjs        (scripts/test.sh bench builds first)
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { dist, launch, types } from "./harness.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const BYTES_PER_SECOND = (1.6 * 1024 * 1024) / 8;
const LATENCY_MS = 150;

/** One link for every response: a chunk waits until the bytes before it have gone. */
let linkFreeAt = 0;
async function send(res, body) {
  for (let i = 0; i < body.length; i += 4096) {
    // A closed page's requests stop taking the link.
    if (res.destroyed) return;
    const chunk = body.subarray(i, i + 4096);
    const start = Math.max(Date.now(), linkFreeAt);
    linkFreeAt = start + (chunk.length / BYTES_PER_SECOND) * 1000;
    const wait = linkFreeAt - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    res.write(chunk);
  }
  res.end();
}

/** A blog post with one quiz widget, as README's "Embed it in a page" shows. */
const BLOG = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>
<body><h1>My interview notes</h1><p>Try the quiz below.</p>
<div data-stardrill data-mode="quiz" data-deck="influence" data-n="5" data-seed="3"></div>
<script type="module" src="/embed.js"></script></body></html>`;

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/blog.html") {
    await new Promise((r) => setTimeout(r, LATENCY_MS));
    res.writeHead(200, { "content-type": types[".html"] });
    await send(res, Buffer.from(BLOG));
    return;
  }
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (url.pathname.endsWith("/")) file = path.join(file, "index.html");
  await new Promise((r) => setTimeout(r, LATENCY_MS));
  if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  res.writeHead(200, {
    "content-type": types[path.extname(file)] ?? "application/octet-stream",
    "content-encoding": "gzip",
    "content-length": body.length,
  });
  await send(res, body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

/** In page time, when `selector` first appears inside the widget's shadow root. */
const probe = (selector) => {
  window.__shown = null;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      if (!window.__shown && root.querySelector(selector)) window.__shown = performance.now();
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
try {
  for (const [what, hash, selector] of [
    ["deck list (home screen)", "", ".sd-decks"],
    ["first question (quiz link)", "#/quiz/influence?n=5&seed=3", ".sd-prompt"],
    ["first question (a blog post's quiz widget, embed.js)", "blog.html", ".sd-prompt"],
  ]) {
    for (const worker of ["allow", "block"]) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ serviceWorkers: worker });
        const page = await context.newPage();
        await page.addInitScript(probe, selector);
        await page.goto(`${base}/${hash}`);
        await page.waitForFunction(() => window.__shown, null, { timeout: 60_000 });
        times.push(await page.evaluate(() => window.__shown));
        await context.close();
        // The link idles between visits, as after a real page load.
        await new Promise((r) => setTimeout(r, 500));
      }
      const label = worker === "allow" ? "worker allowed (a real first visit)" : "worker blocked";
      console.log(`first visit at 1.6 Mbps, ${what}, ${label}: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${RUNS} runs)`);
    }
  }
  // The deck list's page starts the home build; the reader's build comes once the list has
  // painted. A learner who opens a deck at once (the worst case) waits for it: from the click on
  // the first deck's "Study and choose a quiz" to the deck's study card.
  for (const worker of ["allow", "block"]) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: worker });
      const page = await context.newPage();
      await page.addInitScript(probe, ".sd-deck-ready");
      await page.goto(`${base}/`);
      await page.waitForFunction(() => document.querySelector("[data-stardrill]")?.shadowRoot?.querySelector(".sd-decks"), null, { timeout: 60_000 });
      const clicked = await page.evaluate(() => performance.now());
      await page.locator('a[href^="#/learn/"]').first().click();
      await page.waitForFunction(() => window.__shown, null, { timeout: 60_000 });
      times.push((await page.evaluate(() => window.__shown)) - clicked);
      await context.close();
      await new Promise((r) => setTimeout(r, 500));
    }
    const label = worker === "allow" ? "worker allowed (a real first visit)" : "worker blocked";
    console.log(`first visit at 1.6 Mbps, a deck opened as soon as the list shows (click → study card), ${label}: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${RUNS} runs)`);
  }
} finally {
  await browser.close();
  server.close();
}
