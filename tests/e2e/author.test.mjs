// The author screen (#/author) and deck links (#/deck/<payload>): a pasted deck is checked as
// it is typed; a ready one gets a preview, an embed snippet and a link that opens, in another
// browser, on its study card with its quiz; every broken link says what is wrong in one line,
// saves nothing and leaves progress as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { answerAny, serverAndBrowser } from "./harness.mjs";

const env = serverAndBrowser();
const readme = fs.readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../README.md"), "utf8");
// The README's example deck, the first JSON block of "Author your own deck".
const example = /## Author your own deck[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)[1];

/** FNV-1a, 32 bits, as src/link/frame.rs. */
function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A link payload as src/link/frame.rs writes it: version, kind, LEB128 length, body, checksum. */
function frame(body, { version = 1, kind = 2 } = {}) {
  const length = [];
  let n = body.length;
  do {
    length.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n);
  const framed = Buffer.concat([Buffer.from([version, kind, ...length]), body]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(fnv1a(framed));
  return Buffer.concat([framed, sum]).toString("base64url");
}

async function newPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

test("the author screen checks a pasted deck as it is typed, and makes a snippet and a link that opens in another browser", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  await page.getByRole("heading", { level: 1, name: "Author a deck" }).waitFor();
  assert.equal(await page.title(), "Author a deck · stardrill");

  const field = page.getByLabel("Your deck as JSON");
  await field.fill(example);
  await page.getByRole("status").filter({ hasText: "Ready to publish" }).waitFor();

  // A typo in a field name: the problem, by question id and field, and a polite count.
  await field.fill(example.replace('"explain": "The interviewer', '"explian": "The interviewer'));
  const status = page.locator(".sd-author-status");
  await page.getByText(/^Question “i-or-we” has a field “explian” that stardrill does not know: did you mean “explain”\? \(line \d+, column \d+\)$/).waitFor();
  assert.match(await status.textContent(), /^\d+ problems?$/);
  assert.equal(await status.getAttribute("aria-live"), "polite");

  // Back to the good deck: the snippet keeps it in its script element, pointing at this app.
  await field.fill(example);
  await page.getByText("Ready to publish").waitFor();
  const snippet = await page.getByLabel("Embed snippet").inputValue();
  assert.match(snippet, /^<script type="application\/json" id="stardrill-my-deck">\{"id":"my-deck",/);
  assert.match(snippet, /<div data-stardrill data-mode="quiz" data-deck-src="#stardrill-my-deck"><\/div>/);
  assert.ok(snippet.includes(`<script type="module" src="${env.server.base}/app/embed.js"></script>`), snippet);

  await page.getByRole("button", { name: "Make a link" }).click();
  const link = await page.getByLabel("Link to your deck").inputValue();
  assert.match(link, new RegExp(`^${env.server.base}/app/#/deck/[A-Za-z0-9_-]+$`));
  assert.ok(link.length < 2000, `${link.length} characters`);
  assert.deepEqual(errors, []);
  await context.close();

  // A friend's browser, which has never seen the deck: its study card, then its quiz.
  const fresh = await env.browser.newContext();
  const friend = await newPage(fresh);
  await friend.page.goto(link);
  await friend.page.getByRole("heading", { level: 1, name: "Stories about yourself" }).waitFor();
  await friend.page.getByRole("link", { name: "Start the quiz" }).click();
  await friend.page.getByText("Question 1 of 2").waitFor();
  await friend.page.locator("[data-focus-first]").focus();
  await answerAny(friend.page);
  // To the results: no challenge or share of a deck that lives only in its link.
  await friend.page.keyboard.press("Enter");
  await friend.page.getByText("Question 2 of 2").waitFor();
  await answerAny(friend.page);
  await friend.page.keyboard.press("Enter");
  await friend.page.getByRole("heading", { name: /^Results: Stories about yourself/ }).waitFor();
  assert.equal(await friend.page.getByRole("button", { name: "Challenge a friend" }).count(), 0);
  assert.equal(await friend.page.getByRole("button", { name: /^Share/ }).count(), 0);
  const saved = await friend.page.evaluate(() => JSON.stringify(
    Object.keys(localStorage).filter((k) => k.startsWith("stardrill")).map((k) => localStorage.getItem(k))));
  assert.match(saved, /custom-[0-9a-f]{8}-my-deck/);
  assert.deepEqual(friend.errors, []);

  // Broken links, in the same browser: one line each, a way back, nothing saved.
  const payload = link.split("#/deck/")[1];
  const middle = Math.floor(payload.length / 2);
  const changed = payload.slice(0, middle) + (payload[middle] === "A" ? "B" : "A") + payload.slice(middle + 1);
  const huge = zlib.deflateRawSync(Buffer.alloc(600 * 1024, " "));
  const broken = zlib.deflateRawSync(Buffer.from(example.replace('"title": "Stories about yourself",', "")));
  const cases = [
    [payload.slice(0, payload.length - 40), "The deck in this link is cut short: copy the whole link."],
    [changed, "The deck in this link was changed after it was made (its checksum does not match)."],
    [frame(huge), "The deck in this link unpacks to more than 512 KB, the most a deck may be."],
    [frame(Buffer.from("not deflate at all")), "The deck in this link cannot be unpacked (its compressed data is damaged)."],
    [frame(huge, { version: 2 }), "The deck in this link was made by a newer version of stardrill (link format 2; this one reads 1)."],
    [frame(broken), "The deck in this link has 1 problem:"],
  ];
  for (const [bad, message] of cases) {
    await friend.page.goto(`${env.server.base}/app/#/deck/${bad}`);
    await friend.page.reload();
    await friend.page.getByRole("heading", { level: 1, name: "This deck link cannot be opened" }).waitFor();
    const alert = friend.page.getByRole("alert");
    await alert.getByText(message).waitFor();
    assert.ok(await friend.page.getByRole("link", { name: "Back to the decks" }).isVisible());
  }
  await friend.page.getByText("The deck needs a “title” (its name, as readers see it)").waitFor();
  const after = await friend.page.evaluate(() => JSON.stringify(
    Object.keys(localStorage).filter((k) => k.startsWith("stardrill")).map((k) => localStorage.getItem(k))));
  assert.equal(after, saved, "a broken link saves nothing and leaves progress as it was");
  assert.deepEqual(friend.errors, []);
  await fresh.close();
});

test("a deck too long for a link offers its JSON file instead", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  // Forty questions of text that does not compress well (distinct words): far past 1,800 characters.
  const deck = JSON.parse(example);
  const words = (n) => Array.from({ length: 12 }, (_, i) => ((n * 7919 + i * 104729) % 1000003).toString(36)).join(" ");
  deck.questions = Array.from({ length: 40 }, (_, n) => ({
    id: `q${n}`, type: "true_false", section: "voice", prompt: `${words(n)}?`, answer: true,
    explain: words(n + 1000),
  }));
  await page.getByLabel("Your deck as JSON").fill(JSON.stringify(deck, null, 2));
  await page.getByText("Ready to publish").waitFor();
  await page.getByRole("button", { name: "Make a link" }).click();
  await page.getByRole("alert").getByText(/^This deck is too long for a link \([\d,]+ characters; links stop at 1,800\)\.$/).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the JSON file" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "my-deck.json");
  // "Preview as a quiz" opens the deck's quiz here.
  await page.getByRole("button", { name: "Preview as a quiz" }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.match(page.url(), /#\/quiz\/custom-[0-9a-f]{8}-my-deck/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the embed snippet works pasted into a blog page, even with </script> in the deck", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  const title = "Stories </script><script>window.pwned = 1</script><!-- <script> about you";
  await page.getByLabel("Your deck as JSON").fill(example.replace("Stories about yourself", title));
  await page.getByText("Ready to publish").waitFor();
  const snippet = await page.getByLabel("Embed snippet").inputValue();
  const post = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My post</title></head>
<body><p id="before">Before the quiz.</p>
${snippet}<p id="after">After the quiz.</p></body></html>`;
  await context.route("**/fixtures/snippet-post.html", (r) =>
    r.fulfill({ contentType: "text/html; charset=utf-8", body: post }));
  const blog = await newPage(context);
  await blog.page.goto(`${env.server.base}/fixtures/snippet-post.html`);
  const widget = blog.page.locator("[data-stardrill]");
  await widget.getByText("Question 1 of 2").waitFor();
  assert.equal(await blog.page.evaluate(() => window.pwned), undefined);
  assert.equal(await blog.page.locator("#after").textContent(), "After the quiz.");
  assert.deepEqual([...errors, ...blog.errors], []);
  await context.close();
});

/** The author's text as the screen shows it. */
const authorText = (page) => page.getByLabel("Your deck as JSON").inputValue();

test("the author's text survives a preview, Back and a reload, and the preview leads back to editing", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  const field = page.getByLabel("Your deck as JSON");
  await field.fill(example);
  await page.getByText("Ready to publish").waitFor();

  // The preview's own way back, by keyboard: the link, then the text as it was.
  await page.getByRole("button", { name: "Preview as a quiz" }).click();
  await page.getByText("Question 1 of 2").waitFor();
  const back = page.getByRole("link", { name: "Back to editing" });
  await back.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Author a deck" }).waitFor();
  assert.equal(await authorText(page), example);
  await page.getByText("Ready to publish").waitFor();

  // The browser's Back from a preview, then a reload.
  await page.getByRole("button", { name: "Preview as a quiz" }).click();
  await page.getByText("Question 1 of 2").waitFor();
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Author a deck" }).waitFor();
  assert.equal(await authorText(page), example);
  await page.reload();
  await page.getByText("Ready to publish").waitFor();
  assert.equal(await authorText(page), example);
  // Kept under the app's own prefix; an emptied field forgets it.
  const kept = () => page.evaluate(() =>
    Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes('"my-deck"')));
  assert.deepEqual(await kept(), ["stardrill:author-draft-1"]);
  await field.fill("");
  assert.deepEqual(await kept(), []);
  // A bundled deck's quiz has no such link.
  await page.goto(`${env.server.base}/app/#/quiz/influence`);
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.equal(await page.getByRole("link", { name: "Back to editing" }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("with storage full, the author's text lasts in memory and the screen says so", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  await page.getByLabel("Your deck as JSON").fill(example);
  await page.getByText("Ready to publish").waitFor();
  await page.getByText(/^This browser does not keep your text \(its storage is blocked or full\)/).waitFor();
  await page.getByRole("button", { name: "Preview as a quiz" }).click();
  await page.getByText("Question 1 of 2").waitFor();
  await page.getByRole("link", { name: "Back to editing" }).click();
  await page.getByText("Ready to publish").waitFor();
  assert.equal(await authorText(page), example);
  assert.deepEqual(errors, []);
  await context.close();
});

test("broken JSON on the author screen is named in plain words", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  await page.getByLabel("Your deck as JSON").fill("{ not json");
  const problems = page.getByRole("list", { name: "Problems in your deck" });
  await problems.getByText("This is not valid JSON: a field name must be in double quotes (line 1, column 3)").waitFor();
  assert.equal(await page.locator(".sd-author-status").textContent(), "1 problem");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a garbled deck link is called damaged, not the work of a newer version", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/deck/garbage`);
  await page.getByRole("heading", { level: 1, name: "This deck link cannot be opened" }).waitFor();
  await page.getByRole("alert").getByText(
    "The deck in this link is damaged or incomplete: copy the whole link again.").waitFor();
  assert.equal(await page.getByText(/newer version/).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the progress history names a deck from a link by its title, never its id", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  const deck = zlib.deflateRawSync(Buffer.from(JSON.stringify(JSON.parse(example))));
  await page.goto(`${env.server.base}/app/#/deck/${frame(deck)}`);
  await page.getByRole("link", { name: "Start the quiz" }).click();
  for (const n of [1, 2]) {
    await page.getByText(`Question ${n} of 2`).waitFor();
    await page.locator("[data-focus-first]").focus();
    await answerAny(page);
    await page.keyboard.press("Enter");
  }
  await page.getByRole("heading", { name: /^Results: Stories about yourself/ }).waitFor();
  await page.getByRole("link", { name: "Progress" }).click();
  const history = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Date" }) });
  const deckCell = history.getByRole("row").nth(1).getByRole("cell").nth(1);
  assert.equal(await deckCell.textContent(), "Stories about yourself");
  // After a reload the deck is no longer in memory: plain words, still not its id.
  await page.reload();
  await history.waitFor();
  assert.equal(await deckCell.textContent(), "A blog author's deck");
  assert.doesNotMatch(await history.textContent(), /custom-/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a deck from a link survives a reload of its quiz and its study card, in that tab", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  const deck = zlib.deflateRawSync(Buffer.from(JSON.stringify(JSON.parse(example))));
  await page.goto(`${env.server.base}/app/#/deck/${frame(deck)}`);
  await page.getByRole("link", { name: "Start the quiz" }).click();
  await page.getByText("Question 1 of 2").waitFor();
  await page.locator("[data-focus-first]").focus();
  await answerAny(page);
  await page.keyboard.press("Enter");
  await page.getByText("Question 2 of 2").waitFor();
  const quiz = await page.evaluate(() => location.hash);
  assert.match(quiz, /^#\/quiz\/custom-/);
  // A reload (or a phone dropping the tab): the same quiz, where it was.
  await page.reload();
  await page.getByText("Question 2 of 2").waitFor();
  assert.equal(await page.getByText("This deck is not on this page").count(), 0);
  // Its study card too.
  await page.goto(`${env.server.base}/app/${quiz.replace("#/quiz/", "#/learn/").replace(/\?.*/, "")}`);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Stories about yourself" }).waitFor();
  // Another tab has no such link: the deck is not on its page, and it says so.
  const other = await newPage(context);
  await other.page.goto(`${env.server.base}/app/${quiz}`);
  await other.page.getByRole("heading", { level: 1, name: "This deck is not on this page" }).waitFor();
  await other.page.getByText("It is a blog author's own deck: open it again from the page or the link it came from.").waitFor();
  assert.deepEqual([...errors, ...other.errors], []);
  await context.close();
});

test("an author's preview survives a reload, with its way back to editing", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await newPage(context);
  await page.goto(`${env.server.base}/app/#/author`);
  await page.getByLabel("Your deck as JSON").fill(example);
  await page.getByRole("button", { name: "Preview as a quiz" }).click();
  await page.getByText("Question 1 of 2").waitFor();
  await page.reload();
  await page.getByText("Question 1 of 2").waitFor();
  await page.getByRole("link", { name: "Back to editing" }).click();
  await page.getByText("Ready to publish").waitFor();
  // Once the text has changed, the old preview's deck is gone for good.
  await page.getByLabel("Your deck as JSON").fill(example.replace("Stories about yourself", "Stories, edited"));
  await page.goBack();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "This deck is not on this page" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
