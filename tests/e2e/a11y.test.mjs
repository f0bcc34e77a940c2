// Accessibility: axe-core (WCAG 2 A and AA rules) on every screen, light and dark, inside the
// widget's shadow root. Run alone: node --test tests/e2e/a11y.test.mjs (after a release build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, serverAndBrowser } from "./harness.mjs";

const env = serverAndBrowser();

/** Screens, each with what to do before checking (answers show the feedback). */
const screens = [
  ["#/", null],
  ["#/learn/influence", null],
  ["#/quiz/customer-obsession?n=1&seed=1&only=co-def-core-test", null],
  ["#/quiz/customer-obsession?n=1&seed=2&only=co-def-core-test", async (page) => {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await page.locator(".sd-feedback").waitFor();
  }],
  ["#/quiz/customer-obsession?n=1&seed=1&only=co-def-chain-order", null],
  ["#/quiz/customer-obsession?n=1&seed=1&only=co-sig-phrase-match", null],
  ["#/quiz/customer-obsession?n=1&seed=1&only=co-def-core-flash", async (page) => {
    await page.keyboard.press("Enter");
    await page.locator(".sd-back").waitFor();
  }],
  ["#/quiz/customer-trust?n=1&seed=3&types=single", async (page) => {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await page.locator(".sd-feedback").waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^Results: / }).waitFor();
  }],
  // Sharing: a challenge opened on a finished quiz shows both results side by side; the QR
  // code drawn on request.
  ["#/quiz/customer-trust?n=1&seed=6&types=single", async (page) => {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await page.locator(".sd-feedback").waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^Results: / }).waitFor();
    await page.evaluate(() => Object.defineProperty(Navigator.prototype, "share", {
      configurable: true, value: async (data) => { window.__shared = data; } }));
    await page.getByRole("button", { name: "Challenge a friend" }).click();
    await page.waitForFunction(() => window.__shared);
    await page.goto(await page.evaluate(() => window.__shared.url));
    await page.getByRole("heading", { name: "You and your friend" }).waitFor();
    await page.getByRole("button", { name: "Show QR code" }).first().click();
    await page.locator("img.sd-qr").waitFor();
  }],
  // The result card's screen (the full build), from a finished quiz's "Make a result card".
  ["#/quiz/customer-trust?n=1&seed=8&types=single", async (page) => {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await page.locator(".sd-feedback").waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Make a result card" }).click();
    await page.locator("img.sd-card-preview").waitFor();
  }],
  ["#/checklist/success-criteria", null],
  ["#/checklist/story-signals", null],
  ["#/progress", null],
  // The coach with findings on screen: marked words, the timing bar, the score.
  ["#/stories", async (page) => {
    await page.getByRole("textbox", { name: /^Action/ }).fill("I traced the errors. The problem was identified and fixed.");
    await page.getByRole("textbox", { name: /^Result/ }).fill("The fix improved things significantly.");
    await page.locator("mark.sd-mark-red").first().waitFor();
  }],
  // The embed builder, its iframe preview and the snippet of an iframe.
  ["#/embed", async (page) => {
    await page.getByLabel(/^An iframe/).check();
    await page.frameLocator(".sd-embed-preview").getByText(/^Question 1 of/).waitFor();
  }],
  ["#/no/such/page", null],
];

for (const scheme of ["light", "dark"]) {
  test(`no WCAG 2 A/AA violations on any screen (${scheme})`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const problems = [];
    for (const [hash, act] of screens) {
      // From a blank page: after a hash-only navigation the previous screen's h1 is still on
      // screen for a moment, and under load the next action would act on that screen.
      await page.goto("about:blank");
      await page.goto(`${env.server.base}/app/${hash}`);
      await page.locator("h1").first().waitFor();
      // A deck's screen shows its heading while the deck loads: wait for the screen itself.
      await page.locator(".sd-loading").waitFor({ state: "detached" });
      if (act) await act(page);
      for (const v of await axeViolations(page)) problems.push(`${hash}  ${v}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
