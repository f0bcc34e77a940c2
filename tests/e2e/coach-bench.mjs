// Browser benchmark of the story coach (not a test; prints figures), on the release dist/ in
// headless Chromium: a 1,000-word story (tests/coach/story-1000.txt) typed into the four parts,
// then one more key pressed RUNS times. Prints the median and the slowest of
// - the analysis alone (findings, timing and score: the screen's `data-analysis-us`), and
// - a keystroke: from the input event to the screen updated (analysis, Yew's render, DOM).
//   bash scripts/build.sh && node tests/e2e/coach-bench.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch } from "./harness.mjs";

const RUNS = Number(process.env.RUNS ?? 30);
const here = path.dirname(fileURLToPath(import.meta.url));
const story = fs.readFileSync(path.resolve(here, "../coach/story-1000.txt"), "utf8");
// "Situation: …" lines: one part each.
const parts = Object.fromEntries(
  story.trim().split("\n").map((line) => {
    const [name, ...rest] = line.split(": ");
    return [name, rest.join(": ")];
  }),
);

const server = await serve();
const browser = await launch();
const analysis = [];
const keystroke = [];
try {
  const page = await browser.newPage();
  await page.goto(`${server.base}/app/#/stories`);
  await page.getByRole("heading", { level: 1, name: "Your story bank" }).waitFor({ timeout: 10000 });
  for (const [name, text] of Object.entries(parts)) {
    await page.getByRole("textbox", { name: new RegExp(`^${name}`) }).fill(text);
  }
  const words = Object.values(parts).join(" ").split(/\s+/).length;
  for (let i = 0; i < RUNS; i++) {
    // One key into the action part, timed from the input event until the DOM has changed.
    const ms = await page.evaluate(
      (i) =>
        new Promise((resolve) => {
          const root = document.querySelector("[data-stardrill]").shadowRoot;
          const area = [...root.querySelectorAll("textarea")][2];
          const form = root.querySelector("form.sd-coach");
          const obs = new MutationObserver(() => {
            obs.disconnect();
            resolve(performance.now() - t0);
          });
          obs.observe(form, { childList: true, subtree: true, characterData: true, attributes: true });
          area.value += i % 2 ? "." : " I";
          const t0 = performance.now();
          area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        }),
      i,
    );
    keystroke.push(ms);
    analysis.push(Number(await page.locator("form.sd-coach").getAttribute("data-analysis-us")) / 1000);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (xs) => `median ${median(xs).toFixed(2)} ms, slowest ${Math.max(...xs).toFixed(2)} ms`;
  console.log(`story coach, ${words} words, ${RUNS} keystrokes, headless Chromium`);
  console.log(`analysis (findings, timing, score): ${fmt(analysis)}   budget 5 ms`);
  console.log(`keystroke to screen updated:        ${fmt(keystroke)}   budget one frame, 16 ms`);
} finally {
  await browser.close();
  server.close();
}
