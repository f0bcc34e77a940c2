// End-to-end: a first visit as a new user would make it, on a 360 px phone. No internal names
// on screen, your own answer shown in match and order feedback, and every screen change lands
// on its heading, in view. Run alone: node --test tests/e2e/first-visit.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, answerAny } from "./harness.mjs";

const env = serverAndBrowser();

const phone = { viewport: { width: 360, height: 640 } };

async function open(context, hash) {
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/${hash}`);
  await page.locator("[data-stardrill]").waitFor();
  return page;
}

/** The widget's visible text (inside its shadow root). */
const screenText = (page) =>
  page.evaluate(() => document.querySelector("[data-stardrill]").shadowRoot.querySelector(".sd-app").innerText);

/** What a learner must never read: file names of the sources, "seed" for a source, schema, code marks. */
const INTERNAL = [/\b\d{3}_[0-9a-f]{16}\.txt\b/, /\bseeds?\b/i, /\bschema\b/i, /`/];

function assertNoInternalNames(text, where) {
  for (const pattern of INTERNAL) {
    const hit = text.match(pattern);
    assert.equal(hit, null, `${where}: “${hit?.[0]}” near “${hit && text.slice(Math.max(0, hit.index - 60), hit.index + 60)}”`);
  }
}

test("no screen shows a source file name, 'seed', 'schema' or backticks", async () => {
  const context = await env.browser.newContext(phone);
  const page = await open(context, "#/");
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  assertNoInternalNames(await screenText(page), "home");
  const decks = await page.locator(".sd-decks h2").count();
  const studyLinks = page.getByRole("link", { name: "Study and choose a quiz" });
  const hrefs = [];
  for (let i = 0; i < decks; i++) hrefs.push(await studyLinks.nth(i).getAttribute("href"));
  for (const href of hrefs) {
    await page.goto(`${env.server.base}/app/${href}`);
    await page.locator(".sd-study").first().waitFor();
    assertNoInternalNames(await screenText(page), href);
    // A quiz of the deck: the feedback of every question names its study-card source.
    const deck = href.split("/").pop();
    await page.goto(`${env.server.base}/app/#/quiz/${deck}?n=6&seed=3`);
    for (let k = 0; k < 6; k++) {
      await page.locator(".sd-prompt").waitFor();
      await answerAny(page);
      assertNoInternalNames(await screenText(page), `${deck} question ${k + 1}`);
      await page.keyboard.press("Enter");
      // The next question before answering: two flashcards in a row look alike, and an Enter
      // sent before the next one shows would land on the last one's feedback.
      if (k < 5) await page.getByText(`Question ${k + 2} of 6`).waitFor();
    }
    await page.getByRole("heading", { name: /^Results: / }).waitFor();
    assertNoInternalNames(await screenText(page), `${deck} results`);
  }
  for (const hash of ["#/checklist/success-criteria", "#/checklist/story-signals", "#/progress"]) {
    await page.goto(`${env.server.base}/app/${hash}`);
    await page.locator("h1").waitFor();
    assertNoInternalNames(await screenText(page), hash);
  }
  // Import errors in plain words: not JSON, another JSON file, a newer version.
  for (const [name, text] of [["a.json", "{ nope"], ["b.json", "[1]"], ["c.json", '{"version":99}']]) {
    await page.locator("input[type=file]").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = page.getByRole("alert").filter({ hasText: name });
    await alert.waitFor();
    const said = await alert.textContent();
    assertNoInternalNames(said, `import of ${name}`);
    assert.doesNotMatch(said, /line \d+ column|expected|version\b.*\d{2}/i, said);
  }
  await context.close();
});

test("match and order feedback show your own answer in words", async () => {
  const context = await env.browser.newContext(phone);
  const page = await open(context, "#/quiz/customer-obsession?n=1&seed=4&only=co-def-chain-order");
  await page.locator(".sd-order-item").first().waitFor();
  const yourOrder = (await page.locator(".sd-order-text").allTextContents()).map((t) => t.replace(/^\d+\. /, ""));
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.locator(".sd-feedback").waitFor();
  const rows = page.locator(".sd-feedback .sd-explained li");
  assert.equal(await rows.count(), yourOrder.length);
  for (let i = 0; i < yourOrder.length; i++) {
    const row = await rows.nth(i).innerText();
    const step = (await rows.nth(i).locator("strong").textContent());
    const mine = yourOrder.indexOf(step) + 1;
    assert.match(row, new RegExp(`You: ${mine}(st|nd|rd|th)`), row);
  }

  await page.goto(`${env.server.base}/app/#/quiz/customer-obsession?n=1&seed=4&only=co-sig-phrase-match`);
  const selects = page.locator(".sd-match-row select");
  await selects.first().waitFor();
  const picked = [];
  for (let i = 0; i < (await selects.count()); i++) {
    await selects.nth(i).focus();
    await page.keyboard.press("ArrowDown");
    picked.push((await selects.nth(i).locator("option:checked").textContent()).trim());
  }
  await page.keyboard.press("Enter");
  await page.locator(".sd-feedback").waitFor();
  const pairs = page.locator(".sd-feedback .sd-explained li");
  for (let i = 0; i < picked.length; i++) {
    const row = await pairs.nth(i).innerText();
    const right = row.includes(`→ ${picked[i]}`);
    assert.ok(right ? /You: the same, right/.test(row) : row.includes(`You: ${picked[i]}`), `${row} / picked ${picked[i]}`);
  }
  await context.close();
});

/** The focused element, if it is a heading (or a question's prompt), and whether it is in view. */
async function focusedHeading(page) {
  await page.waitForTimeout(150); // focus moves after the render (and the feedback's next frame)
  return page.evaluate(() => {
    const el = document.querySelector("[data-stardrill]").shadowRoot.activeElement;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { tag: el.tagName, text: el.textContent, inView: r.top > -1 && r.bottom <= innerHeight + 1 };
  });
}

test("after every screen change the heading has focus and is in view on a phone", async () => {
  const context = await env.browser.newContext(phone);
  const page = await open(context, "#/");
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  const expectHeading = async (name, where) => {
    const f = await focusedHeading(page);
    assert.ok(f && /^H[12]$/.test(f.tag), `${where}: focus on ${f?.tag} “${f?.text}”`);
    if (name) assert.match(f.text, name, where);
    assert.ok(f.inView, `${where}: “${f.text}” is in view`);
  };
  // Scrolled to the bottom first, as a reader who went through the deck list.
  await page.mouse.wheel(0, 5000);
  await page.getByRole("link", { name: "Study and choose a quiz" }).nth(2).click();
  await expectHeading(/Influence/, "study card");
  await page.mouse.wheel(0, 3000);
  await page.getByRole("link", { name: /^Start the quiz|^Start/ }).first().click();
  await page.locator(".sd-prompt").waitFor();
  await expectHeading(null, "first question");
  for (let k = 0; k < 5; k++) {
    await page.locator(".sd-prompt").waitFor();
    await answerAny(page);
    await page.getByRole("button", { name: /Next question|See your results/ }).click();
  }
  await page.getByRole("heading", { name: /^Results: / }).waitFor();
  await expectHeading(/^Results: /, "results");
  await page.mouse.wheel(0, 5000);
  await page.getByRole("link", { name: "Back to decks" }).click();
  await expectHeading(/Practise behavioral interviews/, "home");
  // The progress screen is in the full build: the page reloads into it on the same route.
  await page.getByRole("link", { name: "Progress" }).click();
  await page.getByRole("heading", { name: "Your progress", exact: true }).waitFor();
  await expectHeading(/Your progress/, "progress");
  await context.close();
});

test("the story scorer: Enter in the title saves nothing, a saved score reopens, home counts it, unsaved ticks are flagged", async () => {
  const context = await env.browser.newContext(phone);
  const page = await open(context, "#/checklist/story-signals");
  const title = page.getByLabel("Story title");
  await title.fill("The checkout bug");
  await title.press("Enter");
  await page.waitForTimeout(200);
  assert.equal(await page.getByText(/Saved “/).count(), 0, "Enter in the title saves nothing");
  assert.equal(await page.getByRole("heading", { name: "Your scored stories" }).count(), 0);
  await page.getByText("Not saved yet: a reload or leaving this page loses these ticks.").waitFor();
  // Nothing ticked: refused with a reason.
  await page.getByRole("button", { name: "Save this score" }).click();
  await page.getByText(/nothing is ticked yet/).waitFor();
  const boxes = page.getByRole("checkbox");
  for (let i = 0; i < 6; i++) await boxes.nth(i).check();
  await page.getByRole("button", { name: "Save this score" }).click();
  await page.getByText("Saved “The checkout bug”.").waitFor();
  const total = await boxes.count();
  await page.getByText(new RegExp(`The checkout bug — 6 of ${total}`)).waitFor();
  // Reopened, changed and saved again: one story, the new count.
  await page.getByRole("button", { name: "Open “The checkout bug”" }).click();
  assert.equal(await title.inputValue(), "The checkout bug");
  assert.equal(await page.locator("input[type=checkbox]:checked").count(), 6);
  await boxes.nth(6).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText(new RegExp(`The checkout bug — 7 of ${total}`)).waitFor();
  assert.equal(await page.getByText(/The checkout bug — /).count(), 1);
  // Home and progress count the latest story, not ticks that were never made.
  await page.goto(`${env.server.base}/app/#/`);
  await page.locator("li").filter({ hasText: new RegExp(`· 7 of ${total}$`) }).first().waitFor();
  await page.goto(`${env.server.base}/app/#/progress`);
  await page.locator("li").filter({ hasText: new RegExp(`: 7 of ${total}$`) }).first().waitFor();
  await context.close();
});

test("dead ends offer a way on, counts are clamped visibly, bad link values are rewritten, copy reads right", async () => {
  const context = await env.browser.newContext(phone);
  const page = await open(context, "#/quiz/influence?n=5&seed=3&only=does-not-exist");
  await page.getByText(/No question of this deck matches this quiz's options/).waitFor();
  await page.getByRole("link", { name: "Take a quick quiz of this deck" }).click();
  await page.getByText("Question 1 of 5").waitFor();

  // More than there are: all of them, and it says so.
  await page.goto(`${env.server.base}/app/#/quiz/questions-to-ask?n=99999&seed=1&types=flashcard`);
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  const count = Number((await page.getByText(/^Question 1 of \d+$/).textContent()).match(/of (\d+)/)[1]);
  await page.getByText(new RegExp(`Only (1 question matches|${count} questions match) these options`)).waitFor();
  // A key given twice keeps its first valid value, and the address bar is rewritten.
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=3&seed=8&seed=&types=single,bogus&n=x`);
  await page.getByText("Question 1 of 3").waitFor();
  await page.waitForFunction(() => location.hash === "#/quiz/influence?n=3&seed=8&types=single");

  // Copy: "1 question", the draw explained, no seed in history, hints hidden on touch screens.
  await page.goto(`${env.server.base}/app/#/learn/influence`);
  await page.getByText(/^5 questions drawn at random from the \d+ that match\.$/).waitFor();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=1&seed=2&types=single`);
  await page.getByText("Question 1 of 1").waitFor();
  // A deck with a quiz in progress is not "not practised".
  await page.locator(".sd-choice").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByText("or press Enter").waitFor({ state: "attached" });
  await page.goto(`${env.server.base}/app/#/quiz/customer-trust?n=2&seed=2&types=single`);
  await page.locator(".sd-choice").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.goto(`${env.server.base}/app/#/`);
  await page.locator(".sd-card").filter({ hasText: "Security and customer trust" }).getByText(/A quiz in progress/).waitFor();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=1&seed=2&types=single`);
  await page.getByRole("button", { name: "See your results" }).click();
  await page.getByText(/You scored \d+% \([01] of 1 question fully right\)/).waitFor();
  await page.goto(`${env.server.base}/app/#/progress`);
  const history = await page.locator("table").last().innerText();
  assert.doesNotMatch(history, /seed/i);
  assert.match(history, /1 question\b/);
  assert.equal(await page.getByRole("columnheader", { name: "Trend" }).count(), 0, "no empty trend column");
  await context.close();

  const touch = await env.browser.newContext({ ...phone, hasTouch: true, isMobile: true });
  const onPhone = await open(touch, "#/quiz/influence?n=1&seed=2&types=single");
  await onPhone.locator(".sd-choice").first().waitFor();
  assert.equal(await onPhone.locator(".sd-hint").first().isVisible(), false, "no key hints on a touch screen");
  await touch.close();
});

test("the quiz options change the quiz the start link makes: count, types, principles", async () => {
  const context = await env.browser.newContext();
  const page = await open(context, "#/learn/leadership-principles");
  const start = page.getByRole("link", { name: "Start the quiz" });
  const href = async () => decodeURIComponent(await start.getAttribute("href"));
  await start.waitFor();
  assert.match(await href(), /#\/quiz\/leadership-principles\?n=5&seed=\d+$/);
  const seed = (await href()).match(/seed=(\d+)/)[1];

  await page.getByRole("combobox", { name: /Questions/ }).selectOption("10");
  await page.getByText(/^10 questions drawn at random from the \d+ that match\.$|^All \d+ questions that match\.$/).waitFor();
  const types = page.getByRole("group", { name: /Question types/ }).getByRole("checkbox");
  const principles = page.getByRole("group", { name: /Principles/ }).getByRole("checkbox");
  // Each ticked box joins the link (one at a time: together they may match no question).
  await types.first().check();
  let link = await href();
  assert.match(link, /\?n=10&seed=\d+&types=[a-z_]+$/, link);
  assert.equal(link.match(/seed=(\d+)/)[1], seed, "the seed stays while options change");
  await types.first().uncheck();
  await principles.first().check();
  link = await href();
  assert.match(link, /\?n=10&seed=\d+&principles=[a-z-]+$/, link);
  await principles.first().uncheck();
  link = await href();
  assert.match(link, /\?n=10&seed=\d+$/, link);
  await context.close();
});
