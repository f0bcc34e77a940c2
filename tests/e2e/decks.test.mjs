// End-to-end: decks are fetched on demand. The home screen loads no deck; a quiz route loads
// only its own deck (fetched by the page while the wasm loads, so the quiz's first render has
// it); every way a fetch can fail says what happened in one line with Retry, and Retry works
// once the file is back.
// Run alone: node --test tests/e2e/decks.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { axeViolations, serverAndBrowser, dist } from "./harness.mjs";

const env = serverAndBrowser();

const shadow = (page) => page.locator("[data-stardrill]");

/** Opens `hash`, recording which deck files the page asked for. */
async function open(hash, { route } = {}) {
  // No service worker: it would precache every deck after the first load (tests/e2e/offline
  // covers it), and this test is about what the page itself fetches.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const decks = [];
  context.on("request", (r) => {
    const m = r.url().match(/\/decks\/([\w-]+)\.[0-9a-f]+\.json$/);
    if (m) decks.push(m[1]);
  });
  // A deck's first file (its explanations, `….explain.json`, come after: tested below).
  if (route) await context.route(/\/decks\/[\w-]+\.[0-9a-f]+\.json$/, route);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/${hash}`);
  return { context, page, decks };
}

test("the home screen fetches no deck; a quiz link fetches its own deck only, once", async () => {
  const home = await open("");
  await shadow(home.page).getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await home.page.waitForTimeout(300);
  assert.deepEqual(home.decks, []);
  await home.context.close();

  const quiz = await open("#/quiz/influence?n=3&seed=7");
  await shadow(quiz.page).getByText("Question 1 of 3").waitFor();
  await quiz.page.waitForTimeout(300);
  // One request: the page fetches it while the wasm loads, and the app reads that text.
  assert.deepEqual(quiz.decks, ["influence"]);
  // Going to another screen of the same deck does not fetch it again.
  await shadow(quiz.page).getByRole("link", { name: "Decks" }).click();
  await shadow(quiz.page).getByRole("link", { name: "Study and choose a quiz" }).nth(2).click();
  await shadow(quiz.page).getByRole("heading", { name: "Quiz yourself" }).waitFor();
  assert.deepEqual(quiz.decks, ["influence"]);
  await quiz.context.close();
});

/** Records, from each widget's first render on, whether a deck's loading line ever showed. */
const recordLoadingLine = (page) =>
  page.addInitScript(() => {
    window.__loadingShown = false;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver(() => {
        if (root.querySelector(".sd-loading")) window.__loadingShown = true;
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
  });

test("a quiz link's first screen is its first question, never the deck's loading line", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await recordLoadingLine(page);
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=3&seed=7`);
  await shadow(page).getByText("Question 1 of 3").waitFor();
  assert.equal(await page.evaluate(() => window.__loadingShown), false);
  // The text it was given is read once: a later Retry would fetch the file, not reread it.
  assert.equal(await page.locator('script[type="application/json"]').count(), 0);
  await context.close();
});

test("widgets in a blog post open on their decks' screens at once, and the host page keeps no copy of a deck", async () => {
  const context = await env.browser.newContext();
  const decks = [];
  context.on("request", (r) => {
    const m = r.url().match(/\/decks\/([\w-]+)\.[0-9a-f]+\.json$/);
    if (m) decks.push(m[1]);
  });
  const page = await context.newPage();
  await recordLoadingLine(page);
  // Two widgets, two decks: a study card and a quiz (embed.js fetches both while the wasm loads).
  await page.goto(`${env.server.base}/fixtures/embed.html`);
  await page.locator("#one").getByRole("heading", { level: 1, name: /Customer Obsession/ }).waitFor();
  await page.locator("#two").getByText(/Question 1 of 5/).waitFor();
  assert.equal(await page.evaluate(() => window.__loadingShown), false);
  assert.equal(await page.locator('script[type="application/json"]').count(), 0);
  assert.deepEqual(decks.sort(), ["customer-obsession", "customer-trust"]);
  await context.close();
});

test("a quiz link whose deck fetch stalls still starts the app, which fetches the deck itself", async () => {
  // The page's own fetch of the deck never answers; the app's, after 3 s, goes through.
  let held = 0;
  const { context, page } = await open("#/quiz/influence?n=3&seed=7", {
    route: (route) => (held++ === 0 ? undefined : route.continue()),
  });
  await shadow(page).getByText("Question 1 of 3").waitFor({ timeout: 15_000 });
  assert.equal(held, 2, "the page's fetch, then the app's");
  await context.close();
});

const failures = [
  ["unreachable (offline, or a host that forgets CORS)", (route) => route.abort("failed"),
    /Could not load “Influence and communication”: the host could not be reached/],
  ["404", (route) => route.fulfill({ status: 404, body: "not found" }),
    /Could not load “Influence and communication”: its data file is not on the host \(404 Not Found\)/],
  ["a web page instead of data", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>Welcome to my blog</p>" }),
    /Could not load “Influence and communication”: the host sent a web page instead of the deck's data/],
  ["a truncated file", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"id":"influence","title":"Infl' }),
    /Could not load “Influence and communication”: its data file is not readable/],
  // A connection that never answers: given up after 15 s (deck_loader's FETCH_TIMEOUT_MS), not
  // "Loading …" until the browser's own limit, minutes later.
  ["a stalled connection (no answer, no error)", () => undefined,
    /Could not load “Influence and communication”: the host did not answer within 15 seconds/],
  // A well-formed deck that is not the one this build's catalog names (a host or cache serving
  // another build's file under this name): refused, not shown as this deck.
  ["another deck's data", (route) => route.fulfill({ status: 200, contentType: "application/json", body: otherDeck() }),
    /Could not load “Influence and communication”: its data file belongs to another version of stardrill/],
];

function otherDeck() {
  const dir = path.join(dist, "decks");
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => /^customer-trust\.[0-9a-f]+\.json$/.test(f))), "utf8");
}

for (const [what, fail, message] of failures) {
  test(`a deck fetch that fails (${what}) says so in one line, and Retry works once the file is back`, async () => {
    let broken = true;
    const { context, page } = await open("#/quiz/influence?n=3&seed=7", {
      route: (route) => (broken ? fail(route) : route.continue()),
    });
    const alert = shadow(page).getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.innerText(), message);
    // The screen keeps its frame: the deck's heading is there while it fails.
    await shadow(page).getByRole("heading", { name: "Influence and communication", level: 1 }).waitFor();
    broken = false;
    await shadow(page).getByRole("button", { name: "Retry" }).click();
    await shadow(page).getByText("Question 1 of 3").waitFor();
    assert.equal(await shadow(page).getByText("Could not load").count(), 0);
    await context.close();
  });
}

test("a quiz's first question does not wait for the deck's explanations; its feedback says they are loading, why they failed, and Retry brings them", async () => {
  // The explanations file answers only when the test says: first held, then a 404, then served.
  let answer;
  const held = new Promise((r) => { answer = r; });
  let served = 0;
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  await context.route(/\/decks\/influence\.[0-9a-f]+\.explain\.json$/, async (route) => {
    served++;
    const how = await held;
    return how === "404" && served === 1 ? route.fulfill({ status: 404, body: "not found" }) : route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=3&seed=7&types=single`);
  await shadow(page).getByText("Question 1 of 3").waitFor();
  // Asked for once the question has painted.
  for (let i = 0; i < 100 && served === 0; i++) await page.waitForTimeout(50);
  assert.equal(served, 1);
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  const feedback = shadow(page).locator(".sd-feedback");
  await feedback.getByText("Loading the explanations…").waitFor();
  // Meanwhile the verdict, and which answer was right (the deck's first file has that).
  assert.match(await feedback.locator("h3").innerText(), /^(Correct\.|Not quite\.)$/);
  assert.equal(await feedback.getByText(/^Right answer/).count(), 1);
  assert.equal(await feedback.locator(".sd-explain, .sd-takeaway").count(), 0);
  answer("404");
  const failed = feedback.locator("p").filter({ hasText: "Could not load the explanations" });
  await failed.waitFor();
  assert.match(await failed.innerText(),
    /^Could not load the explanations: its data file is not on the host \(404 Not Found\)\.\s+Retry$/);
  // The failure's line and its Retry, checked as a11y.test.mjs checks every screen.
  assert.deepEqual(await axeViolations(page), []);
  await failed.getByRole("button", { name: "Retry" }).click();
  // The button gives way to the loading line: focus goes to the feedback's heading, where
  // Enter still goes on.
  await page.waitForFunction(() => document.querySelector("[data-stardrill]").shadowRoot.activeElement?.tagName === "H3");
  await feedback.locator(".sd-takeaway").waitFor();
  assert.ok(await feedback.locator(".sd-explain").count() > 0);
  assert.equal(await feedback.getByText("Could not load").count(), 0);
  assert.equal(served, 2);
  await context.close();
});

test("the results say once, not under every missed question, that the explanations did not load", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  await context.route(/\.explain\.json$/, (route) => route.fulfill({ status: 404, body: "not found" }));
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=4&seed=7&types=single`);
  const root = shadow(page);
  for (let i = 1; i <= 4; i++) {
    await root.getByText(`Question ${i} of 4`).waitFor();
    await page.keyboard.press("2");
    await page.keyboard.press("Enter");
    await root.locator(".sd-feedback").getByText(/^Could not load the explanations/).waitFor();
    await page.keyboard.press("Enter");
  }
  await root.getByRole("heading", { name: "What you missed" }).waitFor();
  assert.ok(await root.locator(".sd-missed > li").count() > 0, "this seed's answers miss a question");
  const failed = root.getByText(/^Could not load the explanations: its data file is not on the host/);
  await failed.waitFor();
  assert.equal(await failed.count(), 1);
  assert.equal(await root.locator(".sd-missed .sd-takeaway").count(), 0);
  // Which answers were right shows all the same.
  assert.ok(await root.locator(".sd-missed").getByText(/^Right answer/).count() > 0);
  await context.close();
});

test("moving from one deck's screen to another deck's never shows a missing deck on the way", async () => {
  const { context, page } = await open("#/quiz/influence?n=3&seed=7");
  await shadow(page).getByText("Question 1 of 3").waitFor();
  // Records every heading the widget shows from now on.
  await page.evaluate(() => {
    window.__headings = [];
    const root = document.querySelector("[data-stardrill]").shadowRoot;
    new MutationObserver(() => {
      for (const h of root.querySelectorAll("h1")) window.__headings.push(h.textContent);
    }).observe(root, { childList: true, subtree: true, characterData: true });
  });
  await page.evaluate(() => { location.hash = "#/learn/customer-trust"; });
  await shadow(page).getByRole("heading", { name: "Quiz yourself" }).waitFor();
  const headings = await page.evaluate(() => window.__headings);
  assert.ok(!headings.includes("Page not found"), headings.join(" | "));
  await context.close();
});
