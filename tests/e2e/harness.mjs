// Shared by the end-to-end tests and the benchmark: a static server for dist/ on loopback and
// Debian's Chromium driven by playwright-core (which never downloads a browser).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));

/** axe-core's WCAG 2 A and AA problems on the page as it is now, as "rule: where" lines (none: []). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}
export const dist = path.resolve(here, "../../dist");
const fixtures = path.join(here, "fixtures");
// The sample blog post (examples/blog/), which loads the app from ../../dist/ as a reader of
// the repository would serve it.
const examples = path.resolve(here, "../../examples");

/** Content types by extension, as a static host sends them (also tests/e2e/slow-link.mjs). */
export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export const EMBED_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:";

/**
 * Serves dist/ at `/app/` (a sub-path, as on many static hosts) and test pages at `/fixtures/`;
 * the repository's layout too, `/examples/` and `/dist/`, for the sample blog post.
 * `root`: another folder in dist/'s place (the update test swaps build A for build B there).
 * `pageCsp`: a Content-Security-Policy header on the app's own pages (index.html, frame.html).
 * `prettyUrls`: /app/index.html answers with a redirect to /app/, as hosts with "pretty URLs" do.
 */
export function serve({ root = dist, pageCsp, prettyUrls = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (prettyUrls && url.pathname === "/app/index.html") {
      res.writeHead(308, { location: "/app/" }).end();
      return;
    }
    let file = null;
    if (url.pathname.startsWith("/app/")) {
      file = path.join(root, decodeURIComponent(url.pathname.slice(5)) || "index.html");
      if (url.pathname === "/app/") file = path.join(root, "index.html");
    } else if (url.pathname.startsWith("/fixtures/")) {
      file = path.join(fixtures, path.basename(url.pathname));
    } else if (url.pathname.startsWith("/dist/")) {
      file = path.join(root, decodeURIComponent(url.pathname.slice(6)));
    } else if (url.pathname.startsWith("/examples/")) {
      file = path.join(examples, decodeURIComponent(url.pathname.slice(10)));
      if (url.pathname.endsWith("/")) file = path.join(file, "index.html");
    }
    if (!file || !file.startsWith(root) && !file.startsWith(fixtures) && !file.startsWith(examples) ||
        !fs.existsSync(file) ||
        !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = { "content-type": types[path.extname(file)] ?? "application/octet-stream" };
    // The CSP that README.md documents for host pages, applied to the fixture that tests it.
    if (path.basename(file) === "embed-csp.html") headers["content-security-policy"] = EMBED_CSP;
    // The standalone page's own policy (README), for the test that runs the app under it.
    if (pageCsp && file.startsWith(root) && file.endsWith(".html")) headers["content-security-policy"] = pageCsp;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ base: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

/** How every test starts Debian's Chromium (DESIGN.md, "Toolchain facts"). */
export function launchOptions() {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run bash scripts/setup.sh (as root) or set CHROMIUM`);
  }
  return {
    executablePath,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ],
  };
}

export async function launch() {
  return chromium.launch(launchOptions());
}

/**
 * Answers whatever question is on screen (any of the nine types) with the keyboard, the way a
 * keyboard user would, and waits for the feedback: 1 picks the first choice, Enter checks;
 * a flashcard is revealed and rated Good; each match row takes the first answer still free;
 * an order is checked as shown. `scope`: the widget or frame to look in, on a page with several.
 */
export async function answerAny(page, scope = page) {
  const kind = await scope.locator(".sd-kind").textContent();
  if (kind === "Flashcard") {
    await page.keyboard.press("Enter"); // reveals
    // The answer takes focus in the next frame, so that 1 to 4 rate it.
    await scope.locator(".sd-back:focus").waitFor();
    await page.keyboard.press("3");
  } else if (kind === "Match the pairs") {
    const selects = scope.locator(".sd-match-row select");
    for (let i = 0; i < (await selects.count()); i++) {
      await selects.nth(i).focus();
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
  } else if (kind === "Put in order") {
    await page.keyboard.press("Enter");
  } else {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
  }
  // Focus reaches the feedback in the frame after it shows, as a person sees it: a key sent
  // before that goes to the element the answer just re-rendered (seen under load).
  await scope.locator(".sd-feedback:focus-within").waitFor();
}

/** What a question shows: its prompt and every answer text in display order. */
export async function snapshot(page) {
  return {
    prompt: await page.locator(".sd-prompt").textContent(),
    parts: await page.locator(".sd-choice, .sd-order-text, .sd-match-row label, .sd-match-row option").allTextContents(),
  };
}

/**
 * What every test file starts with: one server for dist/ and one browser, opened before the
 * file's tests and closed after them. Read `env.server.base` and `env.browser` inside tests.
 */
export function serverAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
