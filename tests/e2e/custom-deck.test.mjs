// A blog author's own deck (`data-deck-src`): inline in the page or by URL, checked in the
// browser by the same validator as the bundled content; an invalid one lists its problems in
// its own widget while the page's other widgets work.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answerAny, serverAndBrowser } from "./harness.mjs";

const env = serverAndBrowser();
const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/decks");
const good = fs.readFileSync(path.join(examples, "my-first-deck.json"), "utf8");
const broken = fs.readFileSync(path.join(examples, "broken-deck.json"), "utf8");

// The host page: its own element and storage key, two inline decks, one bundled widget. Served
// at a fixtures address (same origin as the app, as a blog with the widget beside it).
const blog = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My post</title>
<style>button { display: none !important; } p { font-size: 30px; }</style></head><body>
<p id="host-text">My post about interviews.</p>
<script type="application/json" id="my-deck">${good}</script>
<script type="application/json" id="broken-deck">${broken}</script>
<div id="valid" data-stardrill data-mode="quiz" data-deck-src="#my-deck"></div>
<div id="broken" data-stardrill data-mode="quiz" data-deck-src="#broken-deck"></div>
<div id="bundled" data-stardrill data-deck="customer-obsession"></div>
<div id="by-url" data-stardrill data-deck-src="my-deck.json"></div>
<div id="missing" data-stardrill data-deck-src="gone.json"></div>
<script>localStorage.setItem("blog-theme", "sepia");</script>
<script type="module" src="/app/embed.js"></script>
</body></html>`;

async function openBlog(context) {
  await context.route("**/fixtures/my-post.html", (r) =>
    r.fulfill({ contentType: "text/html; charset=utf-8", body: blog }));
  await context.route("**/fixtures/my-deck.json", (r) =>
    r.fulfill({ contentType: "application/json", body: good }));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/fixtures/my-post.html`);
  return { page, errors };
}

test("an invalid inline deck lists its problems in its own widget; a valid one runs and resumes after a reload", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openBlog(context);
  const valid = page.locator("#valid");
  const bad = page.locator("#broken");

  // The broken deck: every problem, by question id and field, inside its widget only.
  await bad.getByRole("heading", { name: "This deck cannot be shown" }).waitFor();
  const problems = await bad.getByRole("alert").textContent();
  assert.match(problems, /5 problems/);
  assert.match(problems, /Choice “we” of question “no-explain” needs an “explain”/);
  assert.match(problems, /Question “typo” has a field “explian” that stardrill does not know: did you mean “explain”\?/);
  assert.match(problems, /Question “unknown-principle”, field “principle”: no principle has the id `be-nice`/);
  // The value found is quoted (serde writes it with `{:?}`, which the release build keeps for
  // text: scripts/env.sh, -Zfmt-debug=shallow).
  assert.match(problems, /found the text "no", should be true or false/);

  // The other widgets work: the bundled study card, the deck fetched by URL (relative to the
  // host page), and one whose file is gone says so.
  await page.locator("#bundled").getByRole("heading", { level: 1, name: /Customer Obsession/ }).waitFor();
  await page.locator("#by-url").getByRole("heading", { level: 1, name: "Telling a behavioural story" }).waitFor();
  await page.locator("#missing").getByText(/not on the host \(404 Not Found\)/).waitFor();

  // The valid deck runs a quiz of its four questions; answer the first and move on.
  await valid.getByText("Question 1 of 4").waitFor();
  const first = await valid.locator(".sd-prompt").textContent();
  await valid.locator("[data-focus-first]").focus();
  await answerAny(page);
  await page.keyboard.press("Enter");
  await valid.getByText("Question 2 of 4").waitFor();

  // Reload: the same deck (same content hash) resumes where it was.
  await page.reload();
  await valid.getByText("Question 2 of 4").waitFor();
  assert.notEqual(await valid.locator(".sd-prompt").textContent(), first);

  // The host page is untouched: its text, its own storage key, its CSS not ours.
  assert.equal(await page.locator("#host-text").textContent(), "My post about interviews.");
  assert.equal(await page.evaluate(() => localStorage.getItem("blog-theme")), "sepia");
  assert.ok(await valid.getByRole("button").first().isVisible(), "the host's button rule stays outside");
  // Progress is saved under the deck's id plus its content hash, never the bare author id.
  const saved = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("stardrill")).map((k) => localStorage.getItem(k)).join(""));
  assert.match(saved, /custom-[0-9a-f]{8}-my-first-deck/);
  assert.deepEqual(errors, []);
  await context.close();
});
