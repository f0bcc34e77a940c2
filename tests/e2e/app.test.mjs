// End-to-end: the release dist/ served on loopback, driven in headless Chromium the way a
// person would (visible text, roles and accessible names). Run alone: bash scripts/test.sh e2e
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { serverAndBrowser, answerAny, snapshot, serve, dist } from "./harness.mjs";

const env = serverAndBrowser();

/** Keyboard only: picks choice 1, checks it (Enter), waits for the feedback, goes on (Enter). */
async function answerWithFirstChoiceAndGoOn(page) {
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await page.locator(".sd-feedback").waitFor();
  await page.keyboard.press("Enter");
}

async function open(hash = "#/") {
  const page = await env.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/app/${hash}`);
  page.errors = errors;
  return page;
}

test("the home screen lists the decks (the wasm loaded and rendered)", async () => {
  const page = await open();
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor({ timeout: 10000 });
  for (const title of ["Customer Obsession", "Influence and communication", "Questions to ask"]) {
    assert.ok(await page.getByRole("heading", { name: new RegExp(title) }).first().isVisible(), title);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a hash route opens its screen, and an unknown one says so with a way home", async () => {
  const page = await open("#/learn/customer-obsession");
  await page.getByRole("heading", { level: 1, name: /Customer Obsession/ }).waitFor();
  // The heading shows while the deck loads: the card itself comes with the deck.
  await page.getByRole("navigation", { name: "Sections of this study card" }).waitFor();
  assert.equal(await page.title(), "Customer Obsession: the competency card · stardrill");
  await page.goto(`${env.server.base}/app/#/no/such/page`);
  await page.getByRole("heading", { name: "Page not found" }).waitFor();
  await page.getByText("There is no page at “/no/such/page”.", { exact: false }).waitFor();
  await page.goto(`${env.server.base}/app/#/quiz/no-such-deck?n=5&seed=1`);
  await page.getByText("There is no deck called “no-such-deck”.", { exact: false }).waitFor();
  // The tab says so too, as for any unknown page.
  await page.waitForFunction(() => document.title === "Page not found · stardrill");
  await page.getByRole("link", { name: "Back to all decks" }).click();
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await page.close();
});

test("ticks survive a reload", async () => {
  const page = await open("#/checklist/success-criteria");
  await page.getByText("0 of 5 done").waitFor();
  await page.getByRole("checkbox").first().check();
  await page.getByText("1 of 5 done").waitFor();
  await page.reload();
  await page.getByText("1 of 5 done").waitFor();
  assert.ok(await page.getByRole("checkbox").first().isChecked());
  await page.close();
});

test("a whole quiz taken with the keyboard only, then retry the missed ones", async () => {
  const page = await open("#/quiz/customer-trust?n=3&seed=11&types=single,true_false,multi");
  await page.getByText("Question 1 of 3").waitFor();
  for (let k = 1; k <= 3; k++) {
    await page.getByText(`Question ${k} of 3`).waitFor();
    // Wrong on purpose for the first question: the 2nd choice of a shuffled list is some choice.
    await page.keyboard.press(k === 1 ? "2" : "1");
    await page.keyboard.press("Enter");
    await page.locator(".sd-feedback h3").waitFor();
    // Focus moves to the feedback (in the frame after it appears).
    await page.waitForFunction(() =>
      /Correct|Partly|Not quite/.test(
        document.querySelector("[data-stardrill]").shadowRoot.activeElement?.textContent ?? ""));
    await page.keyboard.press("Enter");
  }
  await page.getByRole("heading", { name: /^Results: / }).waitFor();
  const score = await page.locator(".sd-score").textContent();
  assert.match(score, /You scored \d+%/);
  const retry = page.getByRole("link", { name: /Retry the \d+ missed/ });
  if (await retry.count()) {
    const n = Number((await retry.textContent()).match(/\d+/)[0]);
    assert.ok(await page.getByRole("heading", { name: "What you missed" }).isVisible());
    await retry.focus();
    await page.keyboard.press("Enter");
    await page.getByText(`Question 1 of ${n}`).waitFor();
  }
  await page.close();
});

test("reloading mid-quiz resumes at the same question in the same order", async () => {
  const page = await open("#/quiz/influence?n=4&seed=99&types=single");
  await page.getByText("Question 1 of 4").waitFor();
  await answerWithFirstChoiceAndGoOn(page);
  await page.getByText("Question 2 of 4").waitFor();
  const prompt = await page.locator(".sd-prompt").textContent();
  const choices = await page.locator(".sd-choice").allTextContents();
  await page.reload();
  await page.getByText("Question 2 of 4").waitFor();
  assert.equal(await page.locator(".sd-prompt").textContent(), prompt);
  assert.deepEqual(await page.locator(".sd-choice").allTextContents(), choices);
  await page.close();
});

/** Answers whatever question is shown and goes on (Enter). */
async function answerAnyAndGoOn(page) {
  await answerAny(page);
  await page.keyboard.press("Enter");
}

test("the same seed gives the same quiz in a fresh browser: every question, every choice order", async () => {
  const runs = [];
  for (let run = 0; run < 2; run++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.base}/app/#/quiz/customer-obsession?n=8&seed=42`);
    const seen = [];
    for (let k = 1; k <= 8; k++) {
      await page.getByText(`Question ${k} of 8`).waitFor();
      seen.push(await snapshot(page));
      await answerAnyAndGoOn(page);
    }
    await page.getByText(/You scored/).waitFor();
    runs.push(seen);
    await context.close();
  }
  assert.equal(new Set(runs[0].map((q) => q.prompt)).size, 8, "eight different questions");
  // Flashcards and true/false show no choices; the rest must be compared choice by choice.
  assert.ok(runs[0].filter((q) => q.parts.length > 1).length >= 4, "choice orders were compared");
  assert.deepEqual(runs[0], runs[1]);
});

test("two widgets beside hostile global CSS both render and work", async () => {
  const page = await env.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/fixtures/embed.html`);
  const one = page.locator("#one");
  const two = page.locator("#two");
  await one.getByRole("heading", { level: 1, name: /Customer Obsession/ }).waitFor();
  await two.getByText(/Question 1 of 5/).waitFor();
  // Loading widgets never takes focus from the host page nor scrolls it.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  // The host hides every button and .sd-button and sets 40px fonts; inside the shadow root
  // none of it applies.
  assert.ok(await two.getByRole("button").first().isVisible(), "buttons stay visible");
  const size = await two.locator(".sd-prompt").evaluate((el) => getComputedStyle(el).fontSize);
  assert.ok(parseFloat(size) < 24, `the host's 40px font does not leak in (prompt is ${size})`);
  assert.ok(await one.getByRole("link", { name: "Start the quiz" }).isVisible());
  // A widget's links point at the standalone app (beside embed.js), so "open in new tab" and
  // "copy link" give a working link; a plain click still routes inside the widget.
  const start = await one.getByRole("link", { name: "Start the quiz" }).getAttribute("href");
  assert.match(start, new RegExp(`^${env.server.base}/app/#/quiz/customer-obsession\\?n=5&seed=\\d+$`));
  const standalone = await env.browser.newPage();
  await standalone.goto(start);
  await standalone.getByText("Question 1 of 5").waitFor();
  await standalone.close();
  // Using one widget leaves the other and the host's URL alone.
  await one.getByRole("link", { name: "Decks" }).click();
  await one.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  assert.ok(await two.getByText(/Question 1 of 5/).isVisible());
  assert.equal(new URL(page.url()).hash, "");
  assert.deepEqual(errors, []);
  await page.close();
});

test("answers and ticks survive a reload; export, reset, import: all back; a malformed file is refused", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  // One finished one-question quiz, for the history.
  await page.goto(`${env.server.base}/app/#/quiz/customer-trust?n=1&seed=5&types=single`);
  await page.getByText("Question 1 of 1").waitFor();
  await answerWithFirstChoiceAndGoOn(page);
  await page.getByRole("heading", { name: /^Results: / }).waitFor();
  const historyRow = () => page.getByRole("row", { name: /Security and customer trust 1 question \d+%/ }).waitFor();
  // Waits until the progress screen's checklist line shows `n of 5`.
  const trustShows = (n) =>
    page.locator("li").filter({ hasText: `Customer trust: success criteria: ${n} of 5` }).waitFor();
  await page.goto(`${env.server.base}/app/#/checklist/success-criteria`);
  await page.getByText("0 of 5 done").waitFor();
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByText("2 of 5 done").waitFor();

  await page.reload();
  await page.getByText("2 of 5 done").waitFor();
  await page.getByRole("link", { name: "Progress" }).click();
  await page.getByRole("heading", { name: "Your progress", exact: true }).waitFor();
  await trustShows(2);
  await historyRow();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export progress (JSON)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^stardrill-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await download.path();

  // A malformed file is refused with a message that names the problem; nothing changes.
  await page.locator("input[type=file]").setInputFiles({
    name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ this is not json"),
  });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /broken\.json.*refused.*not a stardrill progress file.*unchanged/);
  await trustShows(2);

  // Reset asks twice; Escape, or moving on, takes the question back (nothing deleted).
  await page.getByRole("button", { name: "Reset all progress" }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Reset all progress" }).click();
  await page.keyboard.press("Shift+Tab");
  await page.getByRole("button", { name: "Reset all progress" }).waitFor();
  await trustShows(2);
  await page.getByRole("button", { name: "Reset all progress" }).click();
  await page.getByRole("button", { name: "Really delete all progress? Press again" }).click();
  await trustShows(0);
  await page.getByText("No finished quiz yet.").waitFor();

  await page.locator("input[type=file]").setInputFiles(exported);
  await page.getByText(/holds 1 quiz attempt, 2 checklist ticks/).waitFor();
  await page.getByRole("button", { name: "Merge into my progress" }).click();
  await page.getByText(/Imported/).waitFor();
  await trustShows(2);
  await historyRow();
  await page.reload();
  await page.getByRole("heading", { name: "Your progress", exact: true }).waitFor();
  await trustShows(2);
  await historyRow();
  await context.close();
});

test("two tabs: a change in one shows in the other, and neither loses its answers", async () => {
  const context = await env.browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto(`${env.server.base}/app/#/checklist/success-criteria`);
    await page.getByText("0 of 5 done").waitFor();
  }
  await a.getByRole("checkbox").nth(0).check();
  await b.getByText("1 of 5 done").waitFor(); // through the storage event, no reload
  await b.getByRole("checkbox").nth(1).check();
  await a.getByText("2 of 5 done").waitFor();
  const fresh = await context.newPage();
  await fresh.goto(`${env.server.base}/app/#/checklist/success-criteria`);
  await fresh.getByText("2 of 5 done").waitFor();

  // Quiz answers too: each tab answers a different question of the same quiz.
  const quiz = `${env.server.base}/app/#/quiz/influence?n=4&seed=7&types=single`;
  await a.goto(quiz);
  await a.getByText("Question 1 of 4").waitFor();
  await answerWithFirstChoiceAndGoOn(a);
  await a.getByText("Question 2 of 4").waitFor();
  await b.goto(quiz);
  await b.getByText("Question 2 of 4").waitFor(); // resumed from a's save
  await answerWithFirstChoiceAndGoOn(b);
  await a.getByText("Question 3 of 4").waitFor(); // through the storage event, no reload
  await answerWithFirstChoiceAndGoOn(a);
  await b.getByText("Question 4 of 4").waitFor();
  await fresh.goto(`${env.server.base}/app/#/`);
  await fresh.getByText(/question 4 of 4/).waitFor();
  const saved = await fresh.evaluate(() => JSON.parse(localStorage.getItem("stardrill:progress")));
  const attempt = saved.attempts.find((x) => x.deck === "influence");
  assert.equal(attempt.items.filter((i) => i.score !== undefined).length, 3, "no tab lost an answer");
  await context.close();
});

test("a saved quiz whose questions changed since opens, says so, continues and finishes", async () => {
  // Saved with an older bank: its first question has since been removed (answered), its
  // second is gone too (not answered), and the third's saved choice order names a choice
  // that no longer exists and misses the real ones.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const t = Date.now() - 60000;
  const doc = {
    version: 1,
    attempts: [{
      id: `customer-obsession:5:${t}`, deck: "customer-obsession", options: { count: 4, seed: 5 },
      started_at: t, updated_at: t, current: 1,
      items: [
        { question: "co-removed-long-ago", order: ["a", "b"], response: { kind: "pick", value: "a" }, score: 1 },
        { question: "co-removed-too", order: ["x", "y"] },
        { question: "co-def-core-test", order: ["no-such-choice", "hours"] },
        { question: "co-def-beyond-role" },
      ],
    }],
  };
  await page.addInitScript((d) => {
    if (!localStorage.getItem("stardrill:progress")) localStorage.setItem("stardrill:progress", d);
  }, JSON.stringify(doc));
  await page.goto(`${env.server.base}/app/#/quiz/customer-obsession?n=4&seed=5`);
  await page.getByText("2 questions were removed from this deck since you started.").waitFor();
  await page.getByText("Question 2 of 3").waitFor();
  const choices = await page.locator(".sd-choice").allTextContents();
  assert.ok(choices.length >= 2 && choices.every((c) => c.trim().length > 2), `choices: ${choices}`);
  await answerAnyAndGoOn(page);
  await page.getByText("Question 3 of 3").waitFor();
  await answerAnyAndGoOn(page);
  await page.getByText(/You scored \d+% \(\d of 3 questions/).waitFor();
  assert.deepEqual(errors, []);
  // Saved closed, and not offered as "continue where you left off".
  await page.goto(`${env.server.base}/app/#/`);
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  assert.equal(await page.getByText("Continue where you left off").count(), 0);
  await context.close();
});

test("a section link opened fresh lands on its section, with focus", async () => {
  const page = await open("#/learn/influence");
  const toc = page.getByRole("navigation", { name: "Sections of this study card" }).getByRole("link");
  await toc.first().waitFor();
  const title = await toc.nth(4).textContent();
  const href = await toc.nth(4).getAttribute("href");
  const fresh = await env.browser.newPage({ viewport: { width: 360, height: 640 } });
  await fresh.goto(`${env.server.base}/app/${href}`);
  await fresh.waitForFunction(
    (t) => document.querySelector("[data-stardrill]")?.shadowRoot?.activeElement?.textContent === t,
    title,
  );
  const box = await fresh.getByRole("heading", { name: title, level: 2 }).boundingBox();
  assert.ok(box && box.y > -1 && box.y < 640, `the section heading is in view (y ${box?.y})`);
  assert.ok(await fresh.evaluate(() => window.scrollY) > 0, "scrolled down to the section");
  await fresh.close();
  await page.close();
});

test("flashcard, ordering and matching without a mouse", async () => {
  const ids = "co-def-core-flash,co-def-chain-order,co-sig-phrase-match";
  const page = await open(`#/quiz/customer-obsession?n=3&seed=1&only=${ids}`);
  const chain = ['"I noticed"', '"nobody asked"', '"I decided to act"', '"reduced customer errors by X%"'];
  for (let k = 1; k <= 3; k++) {
    await page.getByText(`Question ${k} of 3`).waitFor();
    // Keys start from the question's prompt, which takes focus when the question shows.
    await page.waitForFunction(() =>
      document.querySelector("[data-stardrill]").shadowRoot.activeElement?.id === "sd-prompt");
    const kind = await page.locator(".sd-kind").textContent();
    if (kind === "Flashcard") {
      await page.keyboard.press("Tab"); // to "Show the answer"
      await page.keyboard.press("Enter");
      // The answer takes focus in the next frame (the button it replaces is gone).
      await page.locator(".sd-back:focus").waitFor();
      await page.keyboard.press("3"); // Good
    } else if (kind === "Put in order") {
      // A move button keeps focus after it moves its step, and the move is announced.
      await page.locator(".sd-order-item").nth(2).getByRole("button", { name: /up$/ }).focus();
      await page.keyboard.press("Enter");
      await page.getByText(/moved to position 2 of 4\./).waitFor({ state: "attached" });
      // Focus lands in the frame after the re-render (ui::hooks::focus_later), not in it.
      await page.waitForFunction(() =>
        document.querySelector("[data-stardrill]").shadowRoot.activeElement?.dataset.move === "up");
      // Selection sort with the arrow keys: focus follows the step that moves.
      for (let target = 0; target < chain.length; target++) {
        const texts = await page.locator(".sd-order-text").allTextContents();
        const at = texts.findIndex((t) => t.includes(chain[target]));
        await page.locator(".sd-order-item").nth(at).focus();
        for (let m = at; m > target; m--) {
          await page.keyboard.press("ArrowUp");
          // The step moves, and focus with it in the next frame: the next key waits for both
          // (a key pressed in between went elsewhere once, under load).
          await page.waitForFunction(([text, position]) => {
            const root = document.querySelector("[data-stardrill]").shadowRoot;
            const items = [...root.querySelectorAll(".sd-order-item")];
            return items.indexOf(root.activeElement) === position && root.activeElement.textContent.includes(text);
          }, [chain[target], m - 1]);
        }
        await page.locator(".sd-order-item").nth(target).filter({ hasText: chain[target] }).waitFor();
      }
      // Focus stays on the moved step (set in the frame after the re-render).
      await page.waitForFunction(() =>
        document.querySelector("[data-stardrill]").shadowRoot.activeElement?.className.includes("sd-order-item"));
      await page.keyboard.press("Enter");
    } else {
      assert.equal(kind, "Match the pairs");
      const pairs = [
        ["Noticed beyond scope", "wasn't on my sprint"],
        ["Self-initiated", "no ticket was filed"],
        ["Personal actions", "I wrote a fix"],
        ["Quantified impact", "saved $8K per week"],
        ["Root-cause prevention", "I automated alerts"],
        ["Trade-offs managed", "I escalated only after trying"],
      ];
      for (const [left, right] of pairs) {
        const select = page.getByLabel(left);
        // Answers already used for another row are disabled (the arrow keys skip them).
        const options = await select.locator("option:not([disabled])").allTextContents();
        const index = options.findIndex((o) => o.includes(right));
        assert.ok(index > 0, `${right} is offered`);
        const used = await select.locator("option[disabled]").allTextContents();
        assert.ok(used.every((o) => /\(used for item \d\)$/.test(o)), used.join());
        await select.focus();
        for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
      }
      await page.keyboard.press("Enter");
    }
    await page.locator(".sd-feedback h3").waitFor();
    assert.equal(await page.locator(".sd-feedback h3").textContent(), "Correct.", kind);
    // Focus reaches the feedback in the next frame; an Enter before it would go to the element
    // the answer just re-rendered (seen under load).
    await page.waitForFunction(() =>
      document.querySelector("[data-stardrill]").shadowRoot.activeElement?.closest(".sd-feedback"));
    await page.keyboard.press("Enter");
  }
  await page.getByText("You scored 100%").waitFor();
  await page.close();
});

test("continue where you left off, and a scored story is kept with its title and date", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.base}/app/#/quiz/influence?n=3&seed=4&types=single`);
  await page.getByText("Question 1 of 3").waitFor();
  await answerWithFirstChoiceAndGoOn(page);
  await page.getByText("Question 2 of 3").waitFor();
  await page.getByRole("link", { name: "Decks" }).click();
  await page.getByRole("heading", { name: "Continue where you left off" }).waitFor();
  assert.match(await page.locator(".sd-resume").textContent(), /Influence and communication: question 2 of 3/);
  await page.getByRole("link", { name: "Continue the quiz" }).click();
  await page.getByText("Question 2 of 3").waitFor();

  await page.goto(`${env.server.base}/app/#/checklist/story-signals`);
  await page.getByLabel("Story title").fill("The checkout outage");
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(3).check();
  await page.getByText(/^2 of \d+ ticked$/).waitFor();
  await page.getByRole("button", { name: "Save this score" }).click();
  await page.getByText("Saved “The checkout outage”.").waitFor();
  // The app shows the date in the browser's time zone.
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  await page.reload();
  const saved = page.locator("li").filter({ hasText: "The checkout outage" });
  await saved.waitFor();
  assert.match(await saved.textContent(), new RegExp(`2 of \\d+ · ${today}`));
  await page.getByRole("button", { name: "Delete “The checkout outage”" }).click();
  await saved.waitFor({ state: "detached" });
  await context.close();
});

test("the CSP documented in README.md is enough for an embed", async () => {
  const page = await env.browser.newPage();
  const problems = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused/i.test(m.text())) problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${env.server.base}/fixtures/embed-csp.html`);
  await page.getByRole("heading", { level: 1, name: "Influence and communication" }).waitFor();
  // The share controls' QR code is a data: image (img-src data:).
  await page.getByRole("button", { name: "Show QR code" }).first().click();
  const qr = page.getByRole("img", { name: /^QR code of the link/ });
  await qr.waitFor();
  await page.waitForFunction(() => document.querySelector("[data-stardrill]").shadowRoot.querySelector(".sd-qr")?.complete);
  assert.ok(await qr.evaluate((img) => img.naturalWidth > 0), "the QR code is drawn");
  await page.getByRole("link", { name: "Start the quiz" }).click();
  await page.getByText("Question 1 of 5").waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("the standalone page runs under the CSP documented in README.md, with its inline scripts' hashes", async () => {
  // The policy README.md gives for index.html, with the hashes of this build's inline scripts
  // (post-build writes them; a JSON text the loader adds for a link's deck is never run).
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const hashes = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/json"/.test(m[0]))
    .map((m) => `'sha256-${crypto.createHash("sha256").update(m[1]).digest("base64")}'`);
  assert.equal(hashes.length, 4, "the build's early requests, the loader, the Loading line, the page's lines and worker");
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}; ` +
    "style-src 'unsafe-inline'; img-src 'self' data:";
  const server = await serve({ pageCsp: policy });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused/i.test(m.text())) problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  try {
    // The deck list's build hands over to the reader's build in the page (its compile and start).
    await page.goto(`${server.base}/app/#/`);
    await page.getByRole("link", { name: "Quick 5" }).first().click();
    await page.getByText("Question 1 of 5").waitFor();
    // A quiz's link starts the quiz build, which hands over for the results.
    await page.goto(`${server.base}/app/#/quiz/influence?n=1&seed=7`);
    await page.reload();
    await page.getByText("Question 1 of 1").waitFor();
    await answerAny(page);
    await page.keyboard.press("Enter");
    await page.getByText(/^You scored/).waitFor();
    // The worker (sw.js) registers and takes the page once the app has started.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByRole("link", { name: "Decks", exact: true }).click();
    await page.getByRole("link", { name: "Study and choose a quiz" }).first().click();
    await page.getByRole("button", { name: "Show QR code" }).first().click();
    await page.waitForFunction(() => document.querySelector("[data-stardrill]").shadowRoot.querySelector(".sd-qr")?.naturalWidth > 0);
    // A route of the full build: the page reloads into it.
    await page.getByRole("link", { name: "Stories", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    server.close();
  }
});

test("keys work at once after following a link into a quiz; a section link lands on its section", async () => {
  const page = await open("#/");
  await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
  await page.getByRole("link", { name: "Quick 5" }).first().focus();
  await page.keyboard.press("Enter");
  await page.getByText("Question 1 of 5").waitFor();
  const kind = await page.locator(".sd-kind").textContent();
  if (kind === "Flashcard") {
    await page.keyboard.press("Enter"); // reveals
    await page.getByRole("region", { name: "Answer" }).waitFor();
    await page.keyboard.press("3");
  } else if (kind === "Put in order") {
    await page.keyboard.press("Enter");
  } else if (kind === "Match the pairs") {
    // Not answerable with digits alone; the question's own test covers it.
  } else {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
  }
  if (kind !== "Match the pairs") await page.locator(".sd-feedback").waitFor();

  await page.goto(`${env.server.base}/app/#/learn/influence`);
  await page.getByRole("navigation", { name: "Sections of this study card" }).waitFor();
  const toc = page.getByRole("navigation", { name: "Sections of this study card" }).getByRole("link");
  const title = await toc.nth(4).textContent();
  await toc.nth(4).click();
  await page.waitForFunction(
    (t) => document.querySelector("[data-stardrill]").shadowRoot.activeElement?.textContent === t,
    title,
  );
  assert.ok(await page.evaluate(() => window.scrollY) > 0, "scrolled down to the section");
  await page.close();
});

test("every screen fits a phone's width", async () => {
  const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const hash of [
    "#/",
    "#/learn/influence",
    "#/quiz/customer-obsession?n=1&seed=1&only=co-sig-phrase-match",
    "#/quiz/customer-obsession?n=1&seed=1&only=co-def-chain-order",
    "#/checklist/story-signals",
    "#/progress",
    "#/embed",
  ]) {
    await page.goto(`${env.server.base}/app/${hash}`);
    await page.locator("h1").first().waitFor();
    await page.locator(".sd-loading").waitFor({ state: "detached" });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${hash} is ${width}px wide`);
  }
  await page.close();
});

test("a feedback's study link leads to its section with the way back to the quiz, where the answer waits", async () => {
  // In a widget this is the only way back: its screens add no browser history.
  const page = await open("#/quiz/influence?n=3&seed=5&types=single");
  await page.getByText("Question 1 of 3").waitFor();
  const prompt = await page.locator(".sd-prompt").textContent();
  await answerAny(page);
  await page.getByRole("link", { name: /^Study: / }).click();
  const back = page.getByRole("link", { name: "Back to your quiz (question 1 of 3)" });
  await back.waitFor();
  // Under the section the link named, which has the focus.
  assert.equal(await back.evaluate((a) => a.closest("section")?.contains(a.getRootNode().activeElement)), true);
  await back.click();
  await page.getByText("Question 1 of 3").waitFor();
  assert.equal(await page.locator(".sd-prompt").textContent(), prompt);
  await page.locator(".sd-feedback").waitFor();
  // A deck's study card opened from the deck list says the same at its top.
  await page.getByRole("link", { name: "Decks", exact: true }).first().click();
  await page.locator('a[href="#/learn/influence"]').first().click();
  await page.getByRole("link", { name: "Back to your quiz (question 1 of 3)" }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("on a touch screen the header's links and every row of ticks are at least 44 px tall", async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const short = async (selector) => page.locator("[data-stardrill]").locator(selector).evaluateAll((els) =>
    els.map((e) => [e.textContent.trim().slice(0, 30), Math.round(e.getBoundingClientRect().height)]).filter(([, h]) => h < 44));
  await page.goto(`${env.server.base}/app/#/learn/influence`);
  await page.getByRole("heading", { name: "Quiz yourself" }).waitFor();
  assert.deepEqual(await short(".sd-top a"), []);
  assert.deepEqual(await short(".sd-check"), []);
  await page.goto(`${env.server.base}/app/#/checklist/story-signals`);
  await page.getByRole("checkbox").first().waitFor();
  assert.deepEqual(await short(".sd-check"), []);
  await context.close();
});
