// End-to-end on the sample blog post (examples/blog/index.html, issue 11): two script widgets
// (one themed), one iframe embed sized by the host's few lines of script, and a widget over the
// page's own deck, beside the blog's own CSS, script and storage key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerAny, serverAndBrowser } from "./harness.mjs";

const env = serverAndBrowser();

async function openBlog(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/examples/blog/`);
  return { page, errors };
}

/** Answers the question on screen in one widget (or frame) by keyboard. */
async function answerFirst(scope, page) {
  await scope.locator("[data-focus-first]").focus();
  await answerAny(page, scope);
}

test("the sample blog post: every widget works on its own screen and the host page is left alone", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openBlog(context);
  const study = page.locator("#study-widget");
  const quiz = page.locator("#quiz-widget");
  const custom = page.locator("#custom-widget");

  await study.getByRole("heading", { level: 1, name: /Customer Obsession/ }).waitFor();
  await quiz.getByText("Question 1 of 5").waitFor();
  await custom.getByText("Question 1 of 2").waitFor();
  // The reader asked for no count: a two-question deck needs no line about having fewer.
  assert.equal(await custom.getByText(/this quiz has/).count(), 0);
  await page.frameLocator("#loop-frame").getByText("Question 1 of 3").waitFor();

  // The themed widget: dark whatever the system says, the blog's accent and font.
  const themed = await page.evaluate(() => {
    const shadow = document.getElementById("quiz-widget").shadowRoot;
    return {
      background: getComputedStyle(shadow.querySelector(".sd-root")).backgroundColor,
      font: getComputedStyle(shadow.querySelector(".sd-root")).fontFamily,
    };
  });
  assert.equal(themed.background, "rgb(21, 23, 27)");
  assert.match(themed.font, /Georgia/);

  // Each widget answers on its own.
  await answerFirst(quiz, page);
  await answerFirst(custom, page);

  // Screens are per widget: the study card goes to its quiz; the others stay where they are.
  await study.getByRole("link", { name: "Quick 5" }).or(study.getByRole("link", { name: "Start the quiz" })).first().click();
  await study.getByText(/^Question 1 of \d+$/).waitFor();
  assert.equal(await quiz.locator(".sd-feedback").count(), 1, "the themed quiz still shows its answer");
  await custom.getByText("Question 1 of 2").waitFor();

  // The host page: its URL, its own text, button, script and storage key are untouched.
  assert.equal(new URL(page.url()).hash, "");
  assert.equal(await page.getByRole("heading", { level: 1 }).first().textContent(), "Six weeks to my Amazon loop");
  await page.locator("#subscribe").click();
  await page.getByText("Thanks!").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("dana:visits")), "1");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys.filter((k) => !k.startsWith("stardrill:")), ["dana:visits"]);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The frame's box height on the blog page and its content's height inside the frame. */
async function frameHeights(page) {
  const outer = await page.locator("#loop-frame").evaluate((f) => f.clientHeight);
  const inner = await page.frameLocator("#loop-frame").locator("html").evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > innerHeight,
  }));
  return { outer, ...inner };
}

test("the iframe embed has no header, fits its content and follows it to a longer screen", async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openBlog(context);
  const frame = page.frameLocator("#loop-frame");
  await frame.getByText("Question 1 of 3").waitFor();
  assert.equal(await frame.getByRole("navigation", { name: "stardrill sections" }).count(), 0, "no app header in a frame");

  const fits = async () => {
    for (let i = 0; i < 50; i++) {
      const h = await frameHeights(page);
      if (h.outer === h.content && !h.scrolls) return h;
      await page.waitForTimeout(100);
    }
    assert.fail(`the frame never fitted its content: ${JSON.stringify(await frameHeights(page))}`);
  };
  const quizHeight = (await fits()).outer;

  // Answer, then follow the feedback's link to the study card: a much longer screen.
  await answerFirst(frame, page);
  await frame.getByRole("link", { name: /^Study: / }).first().click();
  await frame.locator(".sd-study, article, section").first().waitFor();
  await frame.getByText("Question 1 of 3", { exact: true }).waitFor({ state: "detached" });
  // A frame's screens add no history to the host page: the way back is on the screen.
  await frame.getByRole("link", { name: "Back to your quiz (question 1 of 3)" }).waitFor();
  const studyHeight = (await fits()).outer;
  assert.ok(studyHeight > quizHeight + 200, `the frame grew with the study card (${quizHeight} -> ${studyHeight} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("frame.html takes its theme from the query and works without the host's script (it scrolls)", async () => {
  const context = await env.browser.newContext({ colorScheme: "light" });
  await context.route("**/fixtures/no-script.html", (r) => r.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><title>No scripts</title>
      <iframe id="f" style="height: 300px; width: 100%" src="/dist/frame.html?theme=dark#/learn/influence"></iframe>`,
  }));
  const page = await context.newPage();
  await page.goto(`${env.server.base}/fixtures/no-script.html`);
  const frame = page.frameLocator("#f");
  await frame.getByRole("heading", { level: 1, name: /Influence/ }).waitFor();
  const inside = await frame.locator("html").evaluate(() => ({
    background: getComputedStyle(document.querySelector("[data-stardrill]").shadowRoot.querySelector(".sd-root")).backgroundColor,
    scrolls: document.documentElement.scrollHeight > innerHeight,
    worker: navigator.serviceWorker?.controller ?? null,
  }));
  assert.equal(inside.background, "rgb(21, 23, 27)", "?theme=dark on a light system");
  assert.equal(inside.scrolls, true, "without the host's script the frame keeps its height and scrolls");
  assert.equal(await page.locator("#f").evaluate((f) => f.clientHeight), 300);
  await context.close();
});

/** A blog's page with `body` and embed.js, served at /fixtures/post.html; what it fetched. */
async function openPost(body) {
  const context = await env.browser.newContext();
  await context.route("**/fixtures/post.html", (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><title>A post</title><body>${body}<script type="module" src="/app/embed.js"></script></body></html>`,
  }));
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.base}/fixtures/post.html`);
  return { context, page, fetched, errors };
}

test("embed.js on a post with no widget (a blog's template for every post) fetches nothing and leaves the post alone", async () => {
  const { context, page, fetched, errors } = await openPost(`<h1>Another post</h1><p>No quiz here.</p><p id="comments">Comments</p><a href="#comments">Comments</a>`);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(fetched.filter((p) => /\.(wasm|json)$|stardrill/.test(p)), [], "no build, no deck");
  assert.equal(await page.evaluate(() => document.body.shadowRoot), null);
  await page.getByRole("heading", { name: "Another post" }).waitFor();
  // The post's own links to its own anchors still work.
  await page.getByRole("link", { name: "Comments" }).click();
  assert.match(page.url(), /#comments$/);
  await page.getByRole("heading", { name: "Another post" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a widget's deck comes from beside embed.js, whatever data-app-url says (no slash, another host, a malformed one)", async () => {
  // data-app-url is where a widget's links go; the build and its decks are where embed.js is.
  const { context, page, fetched, errors } = await openPost(`
    <div data-stardrill data-deck="influence" data-app-url="/app"></div>
    <div data-stardrill data-deck="customer-trust" data-app-url="https://practice.example/"></div>
    <div data-stardrill data-deck="questions-to-ask" data-app-url="https://"></div>`);
  const widgets = page.locator("[data-stardrill]");
  for (const [i, title] of [[0, "Influence and communication"], [1, "Security and customer trust"], [2, "Questions to ask"]]) {
    await widgets.nth(i).getByRole("heading", { level: 1, name: new RegExp(title, "i") }).waitFor();
  }
  assert.deepEqual(fetched.filter((p) => p.includes("/decks/")).map((p) => p.replace(/[^/]+\.json$/, "")),
    ["/app/decks/", "/app/decks/", "/app/decks/"]);
  assert.equal(await page.getByText("Could not load").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a widget naming a deck or checklist that does not exist says so to the page's author, not about a link", async () => {
  const { context, page, errors } = await openPost(`
    <div data-stardrill data-deck="no-such-deck"></div>
    <div data-stardrill data-mode="checklist" data-checklist="no-such-list"></div>`);
  const widgets = page.locator("[data-stardrill]");
  for (const [i, what] of [[0, "deck called “no-such-deck”"], [1, "checklist called “no-such-list”"]]) {
    await widgets.nth(i).getByRole("heading", { level: 1, name: "This cannot be shown" }).waitFor();
    await widgets.nth(i).getByText(`This page asks stardrill for a ${what}, and there is none: its author may have mistyped the name.`).waitFor();
  }
  assert.equal(await page.getByText("The link may be mistyped").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
