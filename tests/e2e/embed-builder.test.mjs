// End-to-end: the embed builder (#/embed, issue 11). A blog author chooses a quiz, its size,
// seed and theme, sees the live preview, copies the snippet, and the snippet pasted into a page
// shows the same quiz: as a script widget and as an iframe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser } from "./harness.mjs";

const env = serverAndBrowser();

test("the embed builder's snippets, pasted into a page, show the quiz its preview shows", async () => {
  const context = await env.browser.newContext({ colorScheme: "light" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/app/#/`);
  await page.getByRole("link", { name: "embed stardrill in your page" }).click();
  await page.getByRole("heading", { level: 1, name: "Embed stardrill in your page" }).waitFor();

  await page.getByLabel(/^Show/).selectOption({ label: "A quiz" });
  await page.getByLabel(/^Deck/).selectOption({ label: "Influence and communication" });
  await page.getByLabel(/^Questions/).fill("3");
  await page.getByLabel(/^Seed/).fill("9");
  await page.getByLabel(/^Theme/).selectOption({ label: "Dark" });

  // The preview is the iframe embed itself, with these options.
  const preview = page.frameLocator(".sd-embed-preview");
  await preview.getByText("Question 1 of 3").waitFor();
  const prompt = await preview.locator(".sd-prompt").textContent();
  const dark = await preview.locator("html").evaluate(() =>
    getComputedStyle(document.querySelector("[data-stardrill]").shadowRoot.querySelector(".sd-root")).backgroundColor);
  assert.equal(dark, "rgb(21, 23, 27)");

  // The script widget's snippet, copied.
  const snippet = page.getByLabel("Paste this into your page's HTML");
  const script = await snippet.inputValue();
  assert.match(script, /^<div data-stardrill data-mode="quiz" data-deck="influence" data-n="3" data-seed="9" data-theme="dark"><\/div>\n<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/app\/embed\.js"><\/script>$/);
  await page.getByRole("button", { name: "Copy the snippet" }).click();
  await page.getByText("Snippet copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), script);

  // The iframe's snippet.
  await page.getByLabel(/^An iframe/).check();
  const iframe = await snippet.inputValue();
  assert.match(iframe, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/app\/frame\.html\?theme=dark#\/quiz\/influence\?n=3&amp;seed=9" title="stardrill: Influence and communication"/);
  assert.match(iframe, /stardrill:height/);
  assert.equal(await page.getByText("Snippet copied.").count(), 0, "'copied' was about the other snippet");

  // Both pasted into a blog page: the same first question as the preview.
  for (const [name, html] of [["script", script], ["iframe", iframe]]) {
    await context.route(`**/fixtures/pasted-${name}.html`, (r) => r.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><title>Pasted</title><body><p>My post.</p>${html}</body></html>`,
    }));
    const blog = await context.newPage();
    blog.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
    await blog.goto(`${env.server.base}/fixtures/pasted-${name}.html`);
    const scope = name === "script" ? blog.locator("[data-stardrill]") : blog.frameLocator("iframe");
    await scope.getByText("Question 1 of 3").waitFor();
    assert.equal(await scope.locator(".sd-prompt").textContent(), prompt, `${name}: same seed, same question`);
    await blog.close();
  }

  // A checklist offers the checklists instead of the decks.
  await page.getByLabel(/^Show/).selectOption({ label: "A checklist" });
  await page.getByLabel(/^Checklist/).waitFor();
  await page.getByLabel(/^A script widget/).check();
  assert.match(await snippet.inputValue(), /data-mode="checklist" data-checklist="[\w-]+"/);
  await preview.getByText(/\d+ of \d+/).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
