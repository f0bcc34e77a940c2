// End-to-end: the story bank and the STAR coach (#/stories) on the release dist/, driven by
// visible text, roles and accessible names. Run alone:
//   bash scripts/build.sh && node --test tests/e2e/coach.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const V1_EXPORT = path.resolve(here, "../../src/progress/fixtures/v1.json");

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function open(context, hash = "#/stories", heading = "Your story bank") {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.base}/app/${hash}`);
  await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor({ timeout: 10000 });
  page.errors = errors;
  return page;
}

const part = (page, name) => page.getByRole("textbox", { name: new RegExp(`^${name}`) });
const red = (page, words) => page.locator("mark.sd-mark-red").filter({ hasText: words });
const segSeconds = async (page, name) =>
  Number(await page.locator(`.sd-seg-${name}`).getAttribute("data-seconds"));
const segWidth = async (page, name) =>
  page.locator(`.sd-seg-${name}`).evaluate((el) => el.getBoundingClientRect().width);

test("a passive sentence and a result with no number are marked, then gone once fixed; the timing bar grows", async () => {
  const context = await browser.newContext();
  const page = await open(context);
  await page.getByRole("textbox", { name: /Story title/ }).fill("Checkout errors");
  await part(page, "Situation").fill("Checkout failed for some shoppers on phones.");
  await part(page, "Task").fill("Nobody asked me to look into it.");
  // Typed key by key, as a person would: the coach runs on every keystroke.
  await part(page, "Action").pressSequentially("I traced the errors. The problem was identified and fixed.");
  await part(page, "Result").fill("The fix improved things significantly.");

  await red(page, "was identified").waitFor();
  await red(page, "improved things").waitFor();
  // The live region announces the count (findings appear with the render that marks them).
  await page.locator(".sd-coach-findings [role=status]").filter({ hasText: "2 red flags" }).waitFor();
  // Each finding is explained beside the text, with the rubric's fix.
  await page.getByText("Red flag: Passive voice").waitFor();
  await page.getByText("Red flag: Result with no number").waitFor();
  assert.ok(await page.getByText(/Fix: Give the measure and a time frame/).isVisible());
  // The marks hold exactly the words: the text around them is plain.
  assert.equal((await red(page, "was identified").innerText()).trim().startsWith("was identified"), true);

  const actionSeconds = await segSeconds(page, "action");
  const actionWidth = await segWidth(page, "action");
  await part(page, "Action").fill("I traced the errors to a missing retry in the payment client. I identified and fixed the problem, and I wrote a test that replays the failed orders every night.");
  await part(page, "Result").fill("I cut failed checkouts by 40% within two weeks.");
  await page.getByText("0 red flags").waitFor();
  assert.equal(await page.locator("mark.sd-mark-red").count(), 0, "both findings are gone");
  assert.ok(await segSeconds(page, "action") > actionSeconds, "the action takes longer to say");
  // The bar's width moves with a 0.15 s transition: read at once it may not have moved yet
  // (a fresh clone's run caught it so); it must grow within 2 s.
  await page.locator(".sd-seg-action").evaluate((el, before) => new Promise((resolve, reject) => {
    const start = performance.now();
    const look = () => el.getBoundingClientRect().width > before ? resolve()
      : performance.now() - start > 2000 ? reject(new Error(`its bar did not grow from ${before}px`)) : requestAnimationFrame(look);
    look();
  }), actionWidth);
  await page.locator("mark.sd-mark-signal").filter({ hasText: "40%" }).waitFor();
  assert.match(await page.locator(".sd-coach-score h3").textContent(), /^Score: \d+ of \d+$/);

  // A slower pace makes the same story longer.
  const total = async () => (await page.locator(".sd-timing p").first().textContent()).match(/in all (\d+) s/)[1];
  const before = Number(await total());
  await page.getByRole("spinbutton", { name: /Pace/ }).fill("100");
  await page.waitForFunction((b) => {
    const root = document.querySelector("[data-stardrill]").shadowRoot;
    const m = root.querySelector(".sd-timing p").textContent.match(/in all (\d+) s/);
    return m && Number(m[1]) > b;
  }, before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a saved story survives a reload; the coverage map marks principles with no story; the checklist is pre-filled", async () => {
  const context = await browser.newContext();
  const page = await open(context);
  const frugality = page.locator(".sd-coverage li").filter({ hasText: "Frugality" });
  assert.match(await frugality.textContent(), /missing: no story yet/);
  await page.getByRole("textbox", { name: /Story title/ }).fill("Refunds that never arrived");
  await page.getByRole("checkbox", { name: "Customer Obsession", exact: true }).check();
  await part(page, "Situation").fill("Refunds took ten days to reach customers.");
  await part(page, "Task").fill("Nobody asked me to fix it.");
  await part(page, "Action").fill("I traced the delay to a nightly batch and I wrote a fix.");
  await part(page, "Result").fill("Refunds now arrive within a day, and complaints dropped by 60%.");
  await page.getByRole("button", { name: "Save story" }).click();
  await page.getByText("Saved “Refunds that never arrived”.").waitFor();

  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor();
  const covered = page.locator(".sd-coverage li").filter({ hasText: "Customer Obsession" });
  assert.match(await covered.textContent(), /1 story: Refunds that never arrived/);
  assert.match(await frugality.textContent(), /missing: no story yet/);
  await page.getByRole("button", { name: "Open “Refunds that never arrived”" }).click();
  assert.equal(await part(page, "Action").inputValue(), "I traced the delay to a nightly batch and I wrote a fix.");
  assert.ok(await page.getByRole("checkbox", { name: "Customer Obsession", exact: true }).isChecked());

  // The story checklist, ticked from what the coach heard; the learner confirms and saves.
  await page.getByText(/Score it with “Score one of your stories”/).click();
  const selfInitiated = page.getByRole("checkbox", { name: /no ticket or request existed/ });
  assert.ok(await selfInitiated.isChecked(), "“Nobody asked me” ticks self-initiation");
  assert.ok(await page.getByRole("checkbox", { name: /give a number for the customer/ }).isChecked());
  await page.getByRole("button", { name: "Save this score" }).click();
  await page.getByText(/Saved the score of “Refunds that never arrived”/).waitFor();
  await page.goto(`${server.base}/app/#/checklist/story-signals`);
  await page.getByRole("heading", { name: "Your scored stories" }).waitFor();
  await page.getByText(/Refunds that never arrived — \d+ of \d+/).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("an export of version 1 imports into version 2 with nothing lost", async () => {
  const context = await browser.newContext();
  const page = await open(context, "#/progress", "Your progress");
  await page.locator("input[type=file]").setInputFiles(V1_EXPORT);
  // The version 1 file: 1 attempt, 1 tick, 1 scored story; migrated, the story is in the bank too.
  await page.getByText(/holds 1 quiz attempt, 1 checklist tick, 1 scored story and 1 bank story/).waitFor();
  await page.getByRole("button", { name: "Merge into my progress" }).click();
  await page.getByText(/Imported/).waitFor();
  await page.locator("li").filter({ hasText: "Customer trust: success criteria: 1 of 5" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Your progress", exact: true }).waitFor();
  await page.locator("li").filter({ hasText: "Customer trust: success criteria: 1 of 5" }).waitFor();
  await page.goto(`${server.base}/app/#/checklist/story-signals`);
  await page.getByText(/The checkout bug — 1 of \d+/).waitFor();
  await page.goto(`${server.base}/app/#/stories`);
  await page.getByRole("button", { name: "Open “The checkout bug”" }).waitFor();
  // And it goes out again: the export now carries the bank story.
  await page.goto(`${server.base}/app/#/progress`);
  const text = await page.evaluate(() => localStorage.getItem("stardrill:progress"));
  const saved = JSON.parse(text);
  assert.equal(saved.version, 2);
  assert.equal(saved.story_bank.find((s) => s.score === "s1")?.title, "The checkout bug");
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("on a 360 px phone the story screen fits its width, with findings on screen", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await open(context);
  await part(page, "Action").fill("I refactored the microservice-to-microservice-communication-layer. The problem was identified and fixed.");
  await part(page, "Result").fill("The fix improved things significantly.");
  await red(page, "was identified").waitFor();
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  // Keyboard: the first part is reachable with Tab from the title, and every control has a name.
  await page.getByRole("textbox", { name: /Story title/ }).focus();
  assert.ok(await page.getByRole("button", { name: "Save story" }).isVisible());
  await context.close();
});

const title = (page) => page.getByRole("textbox", { name: /Story title/ });

test("a story being written survives a reload and another screen; “New story” and “Open” ask before dropping its changes", async () => {
  const context = await browser.newContext();
  const page = await open(context);
  await title(page).fill("Half-written story");
  // Typed key by key: each keystroke is kept. Markup stays text.
  await part(page, "Situation").pressSequentially("The <b>build</b> broke");
  await page.getByText("Not saved yet: “Save story” keeps it in your bank.").waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor();
  assert.equal(await title(page).inputValue(), "Half-written story");
  assert.equal(await part(page, "Situation").inputValue(), "The <b>build</b> broke");
  await page.getByRole("link", { name: "Decks", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Practise behavioral interviews" }).waitFor();
  await page.getByRole("link", { name: "Stories", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor();
  assert.equal(await part(page, "Situation").inputValue(), "The <b>build</b> broke");

  // "New story" asks, in a live region beside it; an edit withdraws the question.
  await page.getByRole("button", { name: "New story" }).click();
  const ask = page.getByRole("status").filter({ hasText: "Your changes to this story are not saved yet: press “New story” again to drop them, or save it first." });
  await ask.waitFor();
  await part(page, "Situation").pressSequentially(".");
  await ask.waitFor({ state: "detached" });
  assert.equal(await title(page).inputValue(), "Half-written story");

  // Saved, the draft is gone from storage; an edit to the saved story is kept in its turn.
  await page.getByRole("button", { name: "Save story" }).click();
  await page.getByText("Saved “Half-written story”.").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("stardrill:story-draft")), null);
  await title(page).fill("Renamed story");
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Editing “Half-written story”" }).waitFor();
  assert.equal(await title(page).inputValue(), "Renamed story");
  await page.getByRole("button", { name: "Open “Half-written story”" }).click();
  await page.getByText("press “Open” again to drop them").waitFor();
  await page.getByRole("button", { name: "New story" }).click();
  await page.getByText("press “New story” again to drop them").waitFor();
  assert.equal(await title(page).inputValue(), "Renamed story", "asking drops nothing");
  await page.getByRole("button", { name: "New story" }).click();
  await page.getByRole("heading", { level: 2, name: "New story" }).waitFor();
  assert.equal(await title(page).inputValue(), "");
  assert.equal(await page.getByText(/again to drop them/).count(), 0);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "New story" }).waitFor();
  assert.equal(await title(page).inputValue(), "", "the discarded draft is gone");
  await page.getByRole("button", { name: "Open “Half-written story”" }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("deleting a story says so with an Undo that brings it back, for good", async () => {
  const context = await browser.newContext();
  const page = await open(context);
  await title(page).fill("Pager storm");
  await part(page, "Action").fill("I silenced the duplicate alerts.");
  await page.getByRole("button", { name: "Save story" }).click();
  await page.getByText("Saved “Pager storm”.").waitFor();
  // Deleted while open: the editor empties, the status line says so and offers Undo.
  await page.getByRole("button", { name: "Delete “Pager storm”" }).click();
  await page.getByRole("status").filter({ hasText: "Deleted “Pager storm”." }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Open “Pager storm”" }).count(), 0);
  assert.equal(await title(page).inputValue(), "");
  // The keyboard lands on Undo, in the frame after the re-render (ui::hooks::focus_later).
  await page.waitForFunction(() => {
    const el = document.querySelector("[data-stardrill]").shadowRoot.activeElement;
    return el?.tagName === "BUTTON" && el.textContent.trim() === "Undo";
  });
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("status").filter({ hasText: "Restored “Pager storm”." }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Undo" }).count(), 0);
  // Back in the list; the editor, emptied by the deletion, is left as it is.
  await page.getByRole("button", { name: "Open “Pager storm”" }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: "Open “Pager storm”" }).click();
  assert.equal(await part(page, "Action").inputValue(), "I silenced the duplicate alerts.");
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("stardrill:progress")));
  assert.equal(saved.story_bank.find((s) => s.title === "Pager storm").deleted, undefined);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a status line goes once what it said is no longer true", async () => {
  const context = await browser.newContext();
  const page = await open(context);
  await title(page).fill("Stale lines");
  await page.getByText(/Score it with “Score one of your stories”/).click();
  await page.getByRole("button", { name: "Save this score" }).click();
  const first = page.getByText("Save the story first: the score is kept with it.");
  await first.waitFor();
  await page.getByRole("button", { name: "Save story" }).click();
  await page.getByText("Saved “Stale lines”.").waitFor();
  assert.equal(await first.count(), 0, "the story is saved now");
  await page.getByRole("button", { name: "Save this score" }).click();
  await page.getByText(/Saved the score of “Stale lines”/).waitFor();
  // A change to the story: neither "Saved" line describes it any more.
  await part(page, "Result").fill("Nothing changed yet.");
  assert.equal(await page.getByText(/^Saved/).count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("“Reset all progress” also forgets a story being written", async () => {
  const context = await browser.newContext();
  const page = await open(context);
  await title(page).fill("Draft to forget");
  await page.getByText("Not saved yet: “Save story” keeps it in your bank.").waitFor();
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await page.getByRole("button", { name: "Reset all progress" }).click();
  await page.getByRole("button", { name: "Really delete all progress? Press again" }).click();
  await page.getByRole("link", { name: "Stories", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor();
  assert.equal(await title(page).inputValue(), "");
  assert.equal(await page.evaluate(() => localStorage.getItem("stardrill:story-draft")), null);
  assert.deepEqual(page.errors, []);
  await context.close();
});
