// End-to-end: the four builds (README, "Size and speed"). The standalone page starts the home
// build on the deck list and the quiz build on a quiz's link; each gives way to the reader's
// build in the same page for a screen it lacks (a study card, a quiz's results); widgets and
// frames start the reader's build; the checklists, the result card, the progress screen, the
// story bank, the embed builder, the author screen and deck links are in the full build only: a
// page reaches them by reloading on the same route, a widget links to the app, and a route of
// theirs opened cold fetches the full build alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerAny, axeViolations, serverAndBrowser } from "./harness.mjs";
import { HOME, QUIZ, READER, FULL } from "../../scripts/first-load.mjs";

const env = serverAndBrowser();

/** The wasm files a page fetched itself (not its frames: the embed builder previews one). */
function wasmFetched(page) {
  const seen = [];
  page.on("request", (r) => {
    if (r.frame() !== page.mainFrame()) return;
    const name = new URL(r.url()).pathname.split("/").pop();
    if (name.endsWith(".wasm")) seen.push(name);
  });
  return seen;
}

/** A host that lost the file: a 404 with a web page, as static hosts answer. */
const notFound = (route) => route.fulfill({ status: 404, contentType: "text/html", body: "<h1>Not found</h1>" });

/** Holds back every response `pattern` matches until the function returned is called. */
async function holdBack(context, pattern) {
  let release;
  const held = new Promise((r) => (release = r));
  await context.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The text of what has focus inside the app's shadow root. */
const focused = (page) => page.evaluate(() => document.querySelector("[data-stardrill]")?.shadowRoot?.activeElement?.textContent ?? "");

test("the page starts the home build, a deck's screen brings the reader's into the same page, a route only the full build has reloads into it", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const seen = wasmFetched(page);
  const readerFetched = page.waitForResponse(/\/stardrill_bg\.wasm$/);
  await page.goto(`${env.server.base}/app/#/`);
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  assert.equal(seen[0], "stardrill-home_bg.wasm");
  // Once the deck list has painted, the reader's build comes, so that a deck opens at once.
  await readerFetched;

  // A deck's study card: the reader's build takes over without a reload (the page's own state
  // stays), on the same route, with focus on the screen's heading as after any navigation, and
  // nothing on the page moves while it does (the header stays, the deck's heading comes at once).
  await page.evaluate(() => {
    window.__samePage = true;
    window.__homeHost = document.querySelector("[data-stardrill]");
    window.__shift = 0;
    window.__shifts = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    });
    window.__shifts.observe({ type: "layout-shift" });
  });
  const deckFetches = [];
  page.on("request", (r) => /\/decks\/influence\.[0-9a-f]+\.json$/.test(r.url()) && deckFetches.push(r.url()));
  const card = (title) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
  await card("Influence and communication").getByRole("link", { name: "Study and choose a quiz" }).click();
  // The deck's screen as the reader's build draws it (the home build's loading screen has the
  // same heading, not this frame).
  await page.waitForFunction(() => document.querySelector("[data-stardrill]").shadowRoot?.querySelector(".sd-deck-ready"));
  await page.getByRole("heading", { level: 1, name: "Influence and communication", exact: true }).waitFor();
  assert.deepEqual(seen, ["stardrill-home_bg.wasm", "stardrill_bg.wasm"]);
  assert.equal(await page.evaluate(() => window.__samePage), true, "no reload");
  // The deck was fetched beside the build and handed to it, not fetched again by it.
  assert.equal(deckFetches.length, 1);
  assert.match(page.url(), /#\/learn\/influence$/);
  await page.waitForFunction(() => document.querySelector("[data-stardrill]").shadowRoot.activeElement?.tagName === "H1");
  assert.equal(await focused(page), "Influence and communication");
  // One app on the page, in a new element: the home build's app is destroyed (its element,
  // detached, is left empty), and with it its listeners.
  assert.equal(await page.locator("[data-stardrill]").count(), 1);
  await page.waitForFunction(() => window.__homeHost !== document.querySelector("[data-stardrill]")
    && window.__homeHost.shadowRoot.querySelector(".sd-root").childElementCount === 0);
  assert.equal(await page.getByRole("heading", { name: "Practise behavioral interviews" }).count(), 0);
  const shift = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => {
    for (const e of window.__shifts.takeRecords()) window.__shift += e.value;
    r(window.__shift);
  }))));
  assert.equal(shift, 0, "no layout shift");

  // Back to the deck list and into a quiz: the reader's build has both, nothing more is fetched.
  await page.goBack();
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await card("Influence and communication").getByRole("link", { name: "Quick 5" }).click();
  await page.getByText("Question 1 of 5").waitFor();
  assert.deepEqual(seen, ["stardrill-home_bg.wasm", "stardrill_bg.wasm"]);

  // A tick saved by the reader's build is there in the full one.
  await page.goto(`${env.server.base}/app/#/checklist/success-criteria`);
  await page.getByRole("checkbox").first().check();

  await page.getByRole("link", { name: "Stories" }).click();
  await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor();
  assert.equal(seen.at(-1), "stardrill-full_bg.wasm");
  assert.equal(await page.evaluate(() => window.name), "", "the loader's flag is read once");
  assert.match(page.url(), /#\/stories$/, "the route is the same");

  // Back in history: the checklist again, its tick kept.
  await page.goBack();
  await page.getByRole("checkbox").first().waitFor();
  assert.equal(await page.getByRole("checkbox").first().isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a full-build route opened cold fetches the full build alone", async () => {
  const context = await env.browser.newContext();
  for (const hash of ["#/checklist/success-criteria", "#/card/influence", "#/progress", "#/stories", "#/embed", "#/author", "#/deck/AQI", "#/quiz/custom-0123abcd-my-deck?n=2&seed=1", "#/learn/custom-0123abcd-my-deck"]) {
    const page = await context.newPage();
    const seen = wasmFetched(page);
    await page.goto(`${env.server.base}/app/${hash}`);
    await page.locator("h1").first().waitFor();
    assert.deepEqual(seen, ["stardrill-full_bg.wasm"], hash);
    assert.equal(await page.getByText("Loading…").count(), 0, hash);
    await page.close();
  }
  await context.close();
});

test("a first visit fetches exactly the files the size budget counts before its first screen", async () => {
  // Any file the page fetches before its first screen is part of the first load: one added to
  // index.html (a font, a stylesheet, a preload) must be added to scripts/first-load.mjs too,
  // where the size budget counts it. No worker: it registers once the app has started
  // (offline.test.mjs), and its precache is not the first load.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  // The home and the quiz build fetch the reader's build (and the quiz build the hand-over) once
  // their first screen has painted (src/loader.js; tested below): the last list of each case.
  const reader = ["stardrill.js", "stardrill_bg.wasm"];
  const cases = [
    ["#/", (page) => page.getByRole("heading", { name: "Practise behavioral interviews" }), HOME, reader],
    ["#/quiz/influence?n=3&seed=7", (page) => page.getByText("Question 1 of 3"), [...QUIZ, "decks/influence.json"], ["handover.js", ...reader]],
    ["#/learn/influence", (page) => page.getByRole("heading", { name: "Quiz yourself" }), [...READER, "decks/influence.json"], []],
    ["#/stories", (page) => page.getByRole("heading", { level: 1, name: "Your story bank" }), FULL, []],
  ];
  for (const [hash, firstScreen, expected, afterPaint] of cases) {
    const page = await context.newPage();
    const fetched = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname.replace(/^\/app\//, "");
      if (afterPaint.includes(path)) return;
      // A deck's explanations are asked for once its first question shows, which may come just
      // before waitFor below sees it: decks.test.mjs holds them back to show the question needs none.
      if (path.endsWith(".explain.json")) return;
      // A deck's name carries its content hash; the budget counts the deck whatever its hash.
      fetched.push(path === "" ? "index.html" : path.replace(/\.[0-9a-f]+\.json$/, ".json"));
    });
    await page.goto(`${env.server.base}/app/${hash}`);
    await firstScreen(page).waitFor();
    assert.deepEqual([...fetched].sort(), [...expected].sort(), hash);
    await page.close();
  }
  await context.close();
});

test("without its hand-over module (a host that lost it), the deck list still shows and a deck reloads into the reader's build", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  await context.route("**/handover.js", notFound);
  const page = await context.newPage();
  const seen = wasmFetched(page);
  await page.goto(`${env.server.base}/app/#/`);
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await Promise.all([page.waitForEvent("load"), page.getByRole("link", { name: "Quick 5" }).first().click()]);
  await page.getByText("Question 1 of 5").waitFor();
  assert.equal(seen.at(-1), "stardrill_bg.wasm");
  assert.equal(await page.evaluate(() => window.name), "", "the loader's flag is read once");
  // A quiz's link: the quiz build, whose results reload into the reader's build.
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=1&seed=3`);
  await page.reload();
  await page.getByText("Question 1 of 1").waitFor();
  assert.equal(seen.at(-1), "stardrill-quiz_bg.wasm");
  await answerAny(page);
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
  await page.getByText(/^You scored/).waitFor();
  assert.equal(seen.at(-1), "stardrill_bg.wasm");
  await context.close();
});

test("a quiz in a frame starts the reader's build (a guest in someone's post fetches no build it may not need)", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const seen = wasmFetched(page);
  await page.goto(`${env.server.base}/app/frame.html#/quiz/influence?n=1&seed=3&types=single`);
  await page.getByText("Question 1 of 1").waitFor();
  // A frame takes no focus of its own (it is part of someone's post): the reader clicks into it.
  await page.locator(".sd-prompt").click();
  await answerAny(page);
  await page.keyboard.press("Enter");
  await page.getByText(/^You scored/).waitFor();
  assert.deepEqual(seen, ["stardrill_bg.wasm"]);
  await context.close();
});

test("back on the deck list before the reader's build came, the list stays; the next deck opens at once", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const release = await holdBack(context, "**/stardrill_bg.wasm");
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/`);
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  const host = await page.evaluateHandle(() => document.querySelector("[data-stardrill]"));
  await page.getByRole("link", { name: "Quick 5" }).first().click();
  await page.getByText(/^Loading “/).waitFor();
  await page.goBack();
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  const arrived = page.waitForResponse(/\/stardrill_bg\.wasm$/);
  release();
  await (await arrived).finished();
  await page.waitForTimeout(300);
  // Still the home build's app, on the list (focus and scroll left where the learner is).
  assert.equal(await page.evaluate((h) => h === document.querySelector("[data-stardrill]"), host), true);
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await page.getByRole("link", { name: "Quick 5" }).first().click();
  await page.getByText("Question 1 of 5").waitFor();
  assert.equal(await page.evaluate((h) => h === document.querySelector("[data-stardrill]"), host), false);
  await context.close();
});

test("the deck list and a quiz's link never wait for the reader's build, which they fetch once their first screen has painted", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  // Never answered: the page must show its first screen all the same.
  await context.route("**/stardrill_bg.wasm", () => {});
  for (const [hash, firstScreen] of [["#/", "Practise behavioral interviews"], ["#/quiz/influence?n=3&seed=7", "Question 1 of 3"]]) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp = Math.max(window.__lcp, e.startTime);
      }).observe({ type: "largest-contentful-paint", buffered: true });
      const fetch = window.fetch;
      window.fetch = function (input, ...rest) {
        if (String(input).endsWith("stardrill_bg.wasm")) window.__readerAt ??= performance.now();
        return fetch.call(this, input, ...rest);
      };
    });
    const asked = page.waitForRequest(/\/stardrill_bg\.wasm$/);
    await page.goto(`${env.server.base}/app/${hash}`);
    await page.getByText(firstScreen).waitFor();
    await asked;
    const { lcp, at } = await page.evaluate(() => ({ lcp: window.__lcp, at: window.__readerAt }));
    assert.ok(lcp > 0 && at > lcp, `${hash}: the reader's build asked for at ${at} ms, after the largest paint at ${lcp} ms`);
    // A quiz's link, the hand-over's module too (its resource timing: since the page's time
    // origin, as the paint's); the deck list's comes with the home build (first-load.mjs).
    if (hash !== "#/") {
      const handover = await page.waitForFunction(() => performance.getEntriesByType("resource").find((e) => e.name.endsWith("/handover.js"))?.startTime);
      const handoverAt = await handover.jsonValue();
      assert.ok(handoverAt > lcp, `${hash}: the hand-over asked for at ${handoverAt} ms, after the largest paint at ${lcp} ms`);
    }
    await page.close();
  }
  await context.close();
});

test("a quiz's link starts the quiz build; its results bring the reader's build into the same page, and so does the link again", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const seen = wasmFetched(page);
  const deckFetches = [];
  page.on("request", (r) => /\/decks\/influence\.[0-9a-f]+\.json$/.test(r.url()) && deckFetches.push(r.url()));
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=2&seed=7`);
  await page.getByText("Question 1 of 2").waitFor();
  // (The reader's build may come already: it is fetched once the question has painted.)
  assert.equal(seen[0], "stardrill-quiz_bg.wasm");
  await page.evaluate(() => {
    window.__samePage = true;
    window.__quizHost = document.querySelector("[data-stardrill]");
  });
  await answerAny(page);
  await page.keyboard.press("Enter");
  await page.getByText("Question 2 of 2").waitFor();
  await answerAny(page);
  await page.keyboard.press("Enter");
  // The results, as the reader's build draws them, in the same page, focus on their heading.
  const results = page.getByRole("heading", { level: 1, name: "Results: Influence and communication" });
  await results.waitFor();
  await page.waitForFunction(() => window.__quizHost !== document.querySelector("[data-stardrill]"));
  assert.deepEqual(seen, ["stardrill-quiz_bg.wasm", "stardrill_bg.wasm"]);
  assert.equal(await page.evaluate(() => window.__samePage), true, "no reload");
  await page.waitForFunction(() => document.querySelector("[data-stardrill]").shadowRoot.activeElement?.tagName === "H1");
  assert.equal(await focused(page), "Results: Influence and communication");
  assert.equal(await page.getByText(/^You scored/).count(), 1);
  // The deck's file once: the reader's build got the text the quiz build had.
  assert.equal(deckFetches.length, 1);
  assert.equal(await page.locator("[data-stardrill]").count(), 1);

  // The same link again (a reload): the quiz build starts, finds the quiz finished and asks for
  // the reader's build before the hand-over is there; it comes, and the results show.
  await page.reload();
  // (The quiz build's screen has the same heading meanwhile: the score is the reader's build's.)
  await page.getByText(/^You scored/).waitFor();
  await results.waitFor();
  assert.deepEqual(seen.slice(2), ["stardrill-quiz_bg.wasm", "stardrill_bg.wasm"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("when the reader's build cannot be fetched, a quiz's results say why with Retry, and Retry shows them", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  await context.route("**/stardrill_bg.wasm", notFound);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=1&seed=7`);
  await page.getByText("Question 1 of 1").waitFor();
  await answerAny(page);
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.equal(await alert.getByRole("paragraph").textContent(), "Could not load your results: its file is not on the host (404 Not Found).");
  await page.getByRole("heading", { level: 1, name: "Results: Influence and communication" }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.unroute("**/stardrill_bg.wasm", notFound);
  await alert.getByRole("button", { name: "Retry" }).click();
  await page.getByText(/^You scored/).waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);
  await context.close();
});

test("when the hand-over's module cannot be reached (offline, a host that does not answer), a quiz's results say so with Retry, and Retry shows them", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const unreachable = (r) => r.abort("internetdisconnected");
  await context.route(/\/handover\.js(\?.*)?$/, unreachable);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=1&seed=7`);
  await page.getByText("Question 1 of 1").waitFor();
  await page.evaluate(() => (window.__samePage = true));
  await answerAny(page);
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.equal(await alert.getByRole("paragraph").textContent(),
    "Could not load your results: the host could not be reached (offline, or it refuses requests from this page).");
  await context.unroute(/\/handover\.js(\?.*)?$/, unreachable);
  await alert.getByRole("button", { name: "Retry" }).click();
  await page.getByText(/^You scored/).waitFor();
  // No reload at any point: the page's own state is still there.
  assert.equal(await page.evaluate(() => window.__samePage), true);
  await context.close();
});

test("a widget of the reader's build links to the app for the story bank; a checklist widget and a page deck start the full build", async () => {
  const context = await env.browser.newContext();
  await context.route("**/fixtures/two-builds.html", (r) => r.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><title>Post</title><body>
      <div id="w" data-stardrill></div>
      <script type="module" src="/app/embed.js"></script></body></html>`,
  }));
  const page = await context.newPage();
  const seen = wasmFetched(page);
  await page.goto(`${env.server.base}/fixtures/two-builds.html`);
  const widget = page.locator("#w");
  await widget.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await widget.getByRole("link", { name: "Stories", exact: true }).click();
  await widget.getByRole("heading", { name: "This opens in the stardrill app" }).waitFor();
  const open = widget.getByRole("link", { name: "Open it in a new tab" });
  assert.equal(await open.getAttribute("href"), `${env.server.base}/app/#/stories`);
  assert.equal(await open.getAttribute("target"), "_blank");
  assert.deepEqual(seen, ["stardrill_bg.wasm"]);
  assert.equal(new URL(page.url()).hash, "", "the host page's address is untouched");

  // A checklist widget: the checklists are in the full build, so its page starts that one.
  await context.route("**/fixtures/checklist-widget.html", (r) => r.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><title>Post</title><body>
      <div id="c" data-stardrill data-mode="checklist" data-checklist="success-criteria"></div>
      <script type="module" src="/app/embed.js"></script></body></html>`,
  }));
  const list = await context.newPage();
  const listSeen = wasmFetched(list);
  await list.goto(`${env.server.base}/fixtures/checklist-widget.html`);
  await list.locator("#c").getByRole("checkbox").first().check();
  await list.locator("#c").getByText("1 of 5 done").waitFor();
  assert.deepEqual(listSeen, ["stardrill-full_bg.wasm"]);

  // The sample blog post has a widget with its own deck: the page starts the full build.
  const blog = await context.newPage();
  const blogSeen = wasmFetched(blog);
  await blog.goto(`${env.server.base}/examples/blog/`);
  await blog.locator("#custom-widget").getByText("Question 1 of 2").waitFor();
  assert.deepEqual(blogSeen, ["stardrill-full_bg.wasm"]);
  await context.close();
});

test("a build that cannot load says so in one line, on the page and in a widget, never a blank page", async () => {
  const context = await env.browser.newContext();
  // The page's home build and the widget's reader's build.
  await context.route(/\/stardrill(-home)?_bg\.wasm$/, notFound);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /^stardrill could not start \(.+\)\. Check your connection, then reload the page\.$/);
  // The line replaces the page's "Loading" line: the two never contradict each other.
  assert.equal(await page.getByText("Loading stardrill…").count(), 0);

  const widget = await context.newPage();
  await widget.goto(`${env.server.base}/fixtures/embed.html`);
  await widget.locator("#one[role=alert]").waitFor();
  assert.match(await widget.locator("#one").textContent(), /^This stardrill quiz could not load \(.+\)\. Reload the page to try again\.$/);
  await context.close();
});

test("when the reader's build cannot be fetched, the deck's screen says why with Retry, and Retry opens it", async () => {
  // No worker: its copy of the build would answer instead of the refused one.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  await context.route("**/stardrill_bg.wasm", notFound);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/app/#/`);
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await page.getByRole("link", { name: "Quick 5" }).first().click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.equal(await alert.getByRole("paragraph").textContent(), "Could not load the study cards and quizzes: its file is not on the host (404 Not Found).");
  // The failure's screen passes axe (WCAG 2 A and AA), as every screen does.
  assert.deepEqual(await axeViolations(page), []);
  // The deck list is still there, in the home build, one step back.
  await page.goBack();
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await page.goForward();
  await alert.waitFor();
  await context.unroute("**/stardrill_bg.wasm", notFound);
  await alert.getByRole("button", { name: "Retry" }).click();
  await page.getByText("Question 1 of 5").waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(errors.filter((e) => !/reading 'waiting'/.test(e)), [], "(a blocked worker's registration aside)");
  await context.close();
});

test("until its wasm runs, the page and each widget say stardrill is loading, then the app takes the place", async () => {
  const cases = [
    ["/app/#/", 1, (page) => page.getByRole("heading", { name: "Practise behavioral interviews" })],
    ["/fixtures/embed.html", 2, (page) => page.locator("#two").getByText(/Question 1 of 5/)],
  ];
  for (const [url, widgets, ready] of cases) {
    const context = await env.browser.newContext({ serviceWorkers: "block" });
    // The wasm is held back until the loading lines have been seen.
    const release = await holdBack(context, "**/*_bg.wasm");
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${env.server.base}${url}`);
    const lines = page.getByText("Loading stardrill…");
    await lines.first().waitFor();
    assert.equal(await lines.count(), widgets);
    release();
    await ready(page).waitFor();
    // The app's shadow root hides the host's own content: no line is left on screen.
    for (let i = 0; i < widgets; i++) assert.equal(await lines.nth(i).isVisible(), false, `${url} line ${i}`);
    // On the app's own page nothing moves when the app takes the line's place (a widget in a
    // blog post grows, and the post's text below it moves, as before).
    if (widgets === 1) assert.equal(await page.evaluate(() => window.__shift), 0);
    await context.close();
  }
});
