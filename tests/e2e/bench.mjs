// Browser benchmark (not a test; prints figures): time to first question and time to re-render
// after an answer, on the release dist/ in headless Chromium on loopback. Median of RUNS.
//   node tests/e2e/bench.mjs        (scripts/test.sh bench builds first)
import { serve, launch } from "./harness.mjs";

const RUNS = Number(process.env.RUNS ?? 15);

// Records, in page time, when the first question and the first feedback appear inside the
// widget's shadow root.
const probe = () => {
  window.__sd = {};
  // The app has started (src/loader.js): on a quiz's link, once the reader's build (for the
  // results) is fetched and compiled.
  addEventListener("stardrill:started", () => (window.__sd.started = performance.now()));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      const now = performance.now();
      if (!window.__sd.question && root.querySelector(".sd-prompt")) window.__sd.question = now;
      if (!window.__sd.feedback && root.querySelector(".sd-feedback")) window.__sd.feedback = now;
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
};

const timeAnswer = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const root = document.querySelector("[data-stardrill]").shadowRoot;
        const button = [...root.querySelectorAll("button")].find((b) => b.textContent.includes("Check answer"));
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (root.querySelector(".sd-feedback")) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(root, { childList: true, subtree: true });
        button.click();
      }),
  );

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();
const first = [];
const rerender = [];
const later = [];
const opened = [];
const within = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(probe);
    // The deck's explanations arrive a moment after the question (README, "A deck's explanations
    // come second"), and the reader's build is prepared for the results, long before a person
    // answers: the timed feedback is the one that shows them, with the reader's build ready.
    const explained = page.waitForResponse(/\.explain\.json$/);
    await page.goto(`${server.base}/app/#/quiz/customer-obsession?n=5&seed=${1000 + i}&types=single`);
    await page.waitForFunction(() => window.__sd.question);
    first.push(await page.evaluate(() => window.__sd.question));
    await explained;
    await page.waitForFunction(() => window.__sd.started);
    // And the worker, registered then, has precached the build (530 KB on loopback).
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Pick the first choice, then time the click on "Check answer" until the feedback exists:
    // once for the first answer of a fresh page (includes first-use style and font work) and
    // once for the next question's answer (steady state).
    await page.locator(".sd-choice").first().click();
    rerender.push(await timeAnswer(page));
    await page.getByRole("button", { name: "Next question" }).click();
    await page.getByText("Question 2 of 5").waitFor();
    await page.locator(".sd-choice").first().click();
    later.push(await timeAnswer(page));
    await context.close();
  }
  // From the deck list to a deck's study card: on the deck list's own page, where the reader's
  // build (fetched and compiled once the list painted, src/loader.js) starts in the page; and,
  // for comparison, within the reader's build (a page opened on a quiz, then its deck list).
  for (let i = 0; i < RUNS; i++) {
    for (const [start, times] of [["#/", opened], ["#/quiz/customer-trust?n=3&seed=1", within]]) {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      const reader = page.waitForResponse(/\/stardrill_bg\.wasm$/);
      await page.goto(`${server.base}/app/${start}`);
      await (await reader).finished();
      await page.evaluate(() => (location.hash = "#/"));
      await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
      // The compile that follows the fetch, given its time as a reader reading the list would.
      await page.waitForTimeout(300);
      const t0 = await page.evaluate(() => performance.now());
      await page.locator('a[href="#/learn/customer-obsession"]').first().click();
      await page.waitForFunction(() => document.querySelector("[data-stardrill]")?.shadowRoot?.querySelector(".sd-deck-ready"));
      times.push((await page.evaluate(() => performance.now())) - t0);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`;
console.log(`time to first question (navigation start → prompt in DOM): ${fmt(first)}   budget 250 ms`);
console.log(`re-render after an answer (click → feedback in DOM), first answer of a page: ${fmt(rerender)}   budget 16 ms`);
console.log(`re-render after an answer (click → feedback in DOM), later answers:        ${fmt(later)}   budget 16 ms`);
console.log(`deck list → a deck's study card (click → deck's screen in DOM), the reader's build started in the page: ${fmt(opened)}`);
console.log(`deck list → a deck's study card (click → deck's screen in DOM), within the reader's build:          ${fmt(within)}`);
