// End-to-end: sharing (issue 10). A challenge made from a quiz's results, handed over by a
// stubbed Web Share API and, in a second run, by the clipboard, opened in a fresh browser
// context; "Share the questions I missed"; the result card's screen and its PNG; the QR code,
// decoded with jsqr.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import jsQR from "jsqr";
import { serverAndBrowser, answerAny, snapshot } from "./harness.mjs";

const env = serverAndBrowser();

const QUIZ = "#/quiz/influence?n=4&seed=7&types=single,true_false";

/** Records what `navigator.share` is handed, as a phone's share sheet would take it. */
const stubShare = () => {
  Object.defineProperty(Navigator.prototype, "share", {
    configurable: true,
    value: async (data) => {
      window.__shared = data;
    },
  });
};
/** A desktop browser without Web Share: the clipboard is next. */
const noShare = () => {
  delete Navigator.prototype.share;
  delete Navigator.prototype.canShare;
};

/**
 * Takes the quiz on `page`, wrong on purpose where `wrong(k)` says (the second choice of a
 * shuffled list is some choice, often wrong), and returns per question what it showed and
 * whether the answer was fully right.
 */
async function takeQuiz(page, n, wrong = () => false) {
  const seen = [];
  for (let k = 1; k <= n; k++) {
    await page.getByText(`Question ${k} of ${n}`).waitFor();
    const shown = await snapshot(page);
    if (wrong(k)) {
      await page.keyboard.press("2");
      await page.keyboard.press("Enter");
      await page.locator(".sd-feedback").waitFor();
    } else {
      await answerAny(page);
    }
    const verdict = await page.locator(".sd-feedback h3").textContent();
    seen.push({ ...shown, right: verdict === "Correct." });
    await page.keyboard.press("Enter");
  }
  await page.getByRole("heading", { name: /^Results: / }).waitFor();
  return seen;
}

/** Opens `link` in a fresh context (a friend's browser) and checks the whole challenge. */
async function friendOpens(link, challenger, name) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(link);
  const right = challenger.filter((q) => q.right).length;
  await page.getByText(`${name} scored ${right} of ${challenger.length} on this quiz: same questions, same order`).waitFor();
  // Opening the link saved nothing: the friend's progress is untouched until they answer.
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("stardrill:")).map((k) => localStorage[k]).join(""));
  assert.ok(!before.includes(name), "nothing of the challenger's is saved");
  // Same questions in the same order, choice for choice; the friend answers every one wrong
  // where the challenger was right, so the comparison has both kinds of rows.
  const friend = await takeQuiz(page, challenger.length, (k) => challenger[k - 1].right);
  assert.deepEqual(friend.map(({ prompt, parts }) => ({ prompt, parts })),
    challenger.map(({ prompt, parts }) => ({ prompt, parts })));
  await page.getByRole("heading", { name: `You and ${name}` }).waitFor();
  const table = page.getByRole("table", { name: "Question by question" });
  const rows = await table.locator("tbody tr").all();
  assert.equal(rows.length, challenger.length);
  for (const [i, row] of rows.entries()) {
    const cells = await row.locator("td").allTextContents();
    assert.deepEqual(cells, [friend[i].right ? "right" : "missed", challenger[i].right ? "right" : "missed"], `row ${i + 1}`);
    assert.match(await row.locator("th").textContent(), new RegExp(`^${i + 1}\\. `));
  }
  const bothMissed = challenger.map((q, i) => !q.right && !friend[i].right ? i + 1 : 0).filter(Boolean);
  if (bothMissed.length === 1) await page.getByText(`You both missed question ${bothMissed[0]}.`).waitFor();
  // The friend's own attempt is saved as theirs; the challenger's name is nowhere in it.
  const after = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("stardrill:")).map((k) => localStorage[k]).join(""));
  assert.ok(after.length > 0 && !after.includes(name));
  assert.deepEqual(errors, []);
  await context.close();
}

test("a challenge handed to a stubbed navigator.share opens in a fresh browser: name, score, same questions, both results side by side", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(stubShare);
  // A phone's browser that shares files too.
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "canShare", { configurable: true, value: () => true });
  });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/${QUIZ}`);
  const challenger = await takeQuiz(page, 4, (k) => k === 2);
  await page.getByLabel("Your name (optional, shown to your friend)").fill("Sam");
  await page.getByRole("button", { name: "Challenge a friend" }).click();
  await page.getByText("Link shared").waitFor();
  const shared = await page.evaluate(() => window.__shared);
  const link = shared.url;
  assert.match(link, new RegExp(`^${env.server.base}/app/#/quiz/influence\\?n=4&seed=7&types=single,true_false&challenge=[A-Za-z0-9_-]+$`));
  assert.ok(link.length < 2000);

  // The QR code, drawn on request, encodes exactly this link. Each link's QR button says whose
  // it is (the results have two; a screen reader lists buttons by name).
  assert.deepEqual(await page.getByRole("button", { name: /^Show QR code/ }).evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label"))),
    ["Show QR code of the challenge link", "Show QR code of the link to the questions you missed"]);
  await page.getByRole("button", { name: "Show QR code of the challenge link" }).click();
  const qr = page.locator("img.sd-qr").first();
  await qr.waitFor();
  const pixels = await qr.evaluate(async (img) => {
    await img.decode();
    const scale = 4;
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  assert.ok(code, "jsqr finds a QR code");
  assert.equal(code.data, link);

  // The result card is a screen of the full build: the page reloads on its route, which
  // carries the challenge (nothing saved is needed), and the card says the same result.
  await page.getByRole("link", { name: "Make a result card" }).click();
  await page.getByRole("heading", { name: "Your result card" }).waitFor();
  assert.equal(new URL(page.url()).hash, new URL(link).hash.replace("#/quiz/", "#/card/"));
  const preview = page.locator("img.sd-card-preview");
  const right = challenger.filter((q) => q.right).length;
  assert.match(await preview.getAttribute("alt"), new RegExp(`^${right} of 4 · Influence`));
  const svg = decodeURIComponent((await preview.getAttribute("src")).split(",")[1]);
  assert.ok(svg.includes("Sam’s result") && svg.includes(`>${right} of 4<`), "the card names Sam and the score");

  // It downloads as a PNG of the size its button states.
  const button = page.getByRole("button", { name: /Download the card \(PNG, \d+ × \d+\)/ });
  const [, width, height] = (await button.textContent()).match(/(\d+) × (\d+)/).map(Number);
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.equal(download.suggestedFilename(), "stardrill-result.png");
  const png = fs.readFileSync(await download.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  assert.equal(png.subarray(12, 16).toString("ascii"), "IHDR");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width, height]);
  assert.deepEqual([width, height], [1200, 630]);

  // Shared as a file where Web Share takes files: the same PNG.
  await page.getByRole("button", { name: "Share the card" }).click();
  await page.getByText("Card shared").waitFor();
  const file = await page.evaluate(async () => {
    const f = window.__shared.files[0];
    const head = new Uint8Array(await f.slice(0, 24).arrayBuffer());
    return { name: f.name, type: f.type, head: Array.from(head) };
  });
  assert.equal(file.name, "stardrill-result.png");
  assert.equal(file.type, "image/png");
  assert.deepEqual(file.head.slice(0, 8), [...png.subarray(0, 8)]);

  // A card link edited by hand (another seed) is refused with the decoder's reason.
  const edited = page.url().replace("seed=7", "seed=8");
  const other = await context.newPage();
  await other.goto(edited);
  await other.getByRole("heading", { name: "This result card cannot be made" }).waitFor();
  await other.getByText(/changed after it was made/).waitFor();
  assert.equal(await other.locator("img.sd-card-preview").count(), 0);
  await other.close();

  // Back to the results the card was made from (the quiz's link without the challenge).
  await page.getByRole("link", { name: "Back to your results" }).click();
  await page.getByRole("heading", { name: /^Results: / }).waitFor();
  assert.equal(new URL(page.url()).hash, QUIZ);
  await context.close();

  await friendOpens(link, challenger, "Sam");
});

test("a challenge copied to the clipboard (permissions granted) opens in a fresh browser the same way", async () => {
  const context = await env.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  await context.addInitScript(noShare);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/${QUIZ}`);
  const challenger = await takeQuiz(page, 4, (k) => k === 1 || k === 4);
  await page.getByLabel("Your name (optional, shown to your friend)").fill("  Ana\n");
  await page.getByRole("button", { name: "Challenge a friend" }).click();
  // Announced to screen readers: a status region.
  await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#\/quiz\/influence\?.*&challenge=/);
  await context.close();
  await friendOpens(link, challenger, "Ana");
});

test("without Web Share or a clipboard the link is shown selected; a tampered challenge is refused in one line and the quiz still opens; a deck or questions gone say so", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    delete Navigator.prototype.share;
    Object.defineProperty(Navigator.prototype, "clipboard", { configurable: true, get: () => undefined });
  });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/${QUIZ}`);
  await takeQuiz(page, 4);
  await page.getByRole("button", { name: "Challenge a friend" }).click();
  const field = page.getByLabel("Copy this link:");
  await field.waitFor();
  const link = await field.inputValue();
  assert.ok(await field.evaluate((el) => el.getRootNode().activeElement === el && el.selectionEnd - el.selectionStart === el.value.length),
    "the link is focused and selected");
  // One character of the payload changed.
  const at = link.indexOf("challenge=") + 14;
  const tampered = link.slice(0, at) + (link[at] === "A" ? "B" : "A") + link.slice(at + 1);
  const friend = await env.browser.newContext();
  const other = await friend.newPage();
  await other.goto(tampered);
  await other.getByText("The challenge in this link was changed after it was made (its checksum does not match). The quiz opens without the challenge.").waitFor();
  await other.getByText("Question 1 of 4").waitFor();
  assert.equal(await other.getByText(/scored \d+ of \d+ on this quiz/).count(), 0);
  // A challenge for a deck that no longer exists: one line, and the decks that do.
  const payload = new URL(link).hash.match(/challenge=([^&]+)/)[1];
  await other.goto(`${env.server.base}/app/#/quiz/retired-deck?n=4&seed=7&challenge=${payload}`);
  await other.getByText("There is no deck called “retired-deck”.", { exact: false }).waitFor();
  await other.getByRole("link", { name: "Back to all decks" }).waitFor();
  // … or for questions that no longer exist: one line, and a quiz of what is there.
  await other.goto(`${env.server.base}/app/#/quiz/influence?n=2&seed=7&only=gone-1,gone-2&challenge=${payload}`);
  await other.getByText("No question of this deck matches this quiz's options", { exact: false }).waitFor();
  await other.getByRole("link", { name: "Take a quick quiz of this deck" }).waitFor();
  await friend.close();
  await context.close();
});

test("\"Share the questions I missed\" opens a quiz of exactly the missed questions", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(stubShare);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=5&seed=21&types=single`);
  const taken = await takeQuiz(page, 5, (k) => k % 2 === 1);
  const missed = taken.filter((q) => !q.right).map((q) => q.prompt).sort();
  assert.ok(missed.length >= 1, "something was missed");
  await page.getByRole("button", { name: "Share the questions I missed" }).click();
  await page.getByText("Link shared").first().waitFor();
  const link = await page.evaluate(() => window.__shared.url);
  assert.match(link, /&only=/);
  await context.close();

  const friend = await env.browser.newContext();
  const other = await friend.newPage();
  await other.goto(link);
  const shown = await takeQuiz(other, missed.length);
  assert.deepEqual(shown.map((q) => q.prompt).sort(), missed);
  await friend.close();
});

test("a study card and a quiz's options have a Share control giving the standalone app's link", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(stubShare);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/learn/influence`);
  await page.getByRole("button", { name: "Share this study card" }).click();
  await page.getByText("Link shared").first().waitFor();
  assert.equal(await page.evaluate(() => window.__shared.url), `${env.server.base}/app/#/learn/influence`);
  await page.getByRole("button", { name: "Share this quiz" }).click();
  await page.waitForFunction(() => /#\/quiz\//.test(window.__shared.url));
  const quiz = await page.evaluate(() => window.__shared.url);
  assert.equal(quiz, `${env.server.base}/app/${await page.getByRole("link", { name: "Start the quiz" }).getAttribute("href")}`);
  await context.close();
});

test("a widget in someone's page shares the standalone app's address, never the host page's", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(stubShare);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/fixtures/embed.html`);
  const widget = page.locator("#one");
  await widget.getByRole("heading", { level: 1, name: /Customer Obsession/ }).waitFor();
  // The host page hides every button with !important; inside the shadow root it cannot.
  await widget.getByRole("button", { name: "Share this study card" }).click();
  await page.waitForFunction(() => window.__shared);
  assert.equal(await page.evaluate(() => window.__shared.url), `${env.server.base}/app/#/learn/customer-obsession`);
  assert.equal(new URL(page.url()).hash, "", "the host page's URL is untouched");
  await context.close();
});

test("the QR encoder is fetched on the first “Show QR code”, not before; one that cannot load says so, and a second try draws it", async () => {
  // No worker: its precache would fetch the encoder past the page's routes.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const fetched = [];
  let broken = true;
  await page.route(/\/(qr|lean-qr)\.mjs$/, (route) => {
    fetched.push(new URL(route.request().url()).pathname.split("/").pop());
    return broken ? route.abort("failed") : route.continue();
  });
  await page.goto(`${env.server.base}/app/#/learn/influence`);
  const show = page.getByRole("button", { name: "Show QR code of this quiz's link" });
  await show.waitFor();
  assert.deepEqual(fetched, [], "nothing fetched for a button not pressed");
  await show.click();
  await page.getByRole("status").filter({ hasText: "The QR code could not be drawn: its encoder did not load." }).waitFor();
  assert.equal(await page.locator("img.sd-qr").count(), 0);
  // Back online: hide, show again.
  broken = false;
  await page.getByRole("button", { name: "Hide QR code of this quiz's link" }).click();
  await page.getByRole("button", { name: "Show QR code of this quiz's link" }).click();
  await page.locator("img.sd-qr").waitFor();
  assert.equal(await page.getByText(/could not be drawn/).count(), 0);
  assert.deepEqual(fetched, ["qr.mjs", "qr.mjs", "lean-qr.mjs"]);
  await context.close();
});
