// Takes the README screenshot (docs/screenshot.png) of a quiz question with feedback.
//   node scripts/screenshot.mjs     (after a release build)
import { serve, launch } from "../tests/e2e/harness.mjs";

const server = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
await page.goto(`${server.base}/app/#/quiz/customer-obsession?n=5&seed=3&types=single`);
await page.locator(".sd-choice").first().click();
await page.getByRole("button", { name: "Check answer" }).click();
// The explanations come a moment after the question (README, "A deck's explanations come second").
await page.locator(".sd-feedback .sd-takeaway").waitFor();
await page.screenshot({ path: "docs/screenshot.png" });
await browser.close();
server.close();
