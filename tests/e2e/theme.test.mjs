// End-to-end: theming (issue 11). data-theme forces light or dark whatever the system says, and
// the host's --stardrill-accent / --stardrill-font / --stardrill-radius cross the shadow root
// (the widget's `all: initial` does not reset custom properties).
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser } from "./harness.mjs";

const env = serverAndBrowser();

/** Computed styles inside widget `id`'s shadow root. */
const styles = (page, id) => page.evaluate((id) => {
  const shadow = document.getElementById(id).shadowRoot;
  const root = getComputedStyle(shadow.querySelector(".sd-root"));
  const button = shadow.querySelector(".sd-primary");
  const card = shadow.querySelector(".sd-card, .sd-button, button");
  return {
    background: root.backgroundColor,
    font: root.fontFamily,
    accent: button ? getComputedStyle(button).backgroundColor : null,
    accentText: button ? getComputedStyle(button).color : null,
    radius: card ? getComputedStyle(card).borderTopLeftRadius : null,
  };
}, id);

for (const scheme of ["light", "dark"]) {
  test(`data-theme forces the theme on a ${scheme} system; the host's custom properties apply`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${env.server.base}/fixtures/theme.html`);
    await page.locator("#dark .sd-primary").first().waitFor();
    await page.locator("#light .sd-primary").first().waitFor();
    const dark = await styles(page, "dark");
    const light = await styles(page, "light");
    assert.equal(dark.background, "rgb(21, 23, 27)", "forced dark");
    assert.equal(light.background, "rgb(255, 255, 255)", "forced light");
    assert.equal(dark.accent, "rgb(255, 180, 84)", "the host's accent");
    assert.match(dark.accentText, /^(rgb\(0, 0, 0\)|oklch\(0 0 0\))$/, "black text on a light accent");
    assert.equal(light.accent, "rgb(31, 95, 191)", "the default accent");
    assert.match(light.accentText, /^(rgb\(255, 255, 255\)|oklch\(1 0 0\))$/, "white text on a dark accent");
    assert.match(dark.font, /Georgia/);
    assert.doesNotMatch(light.font, /Georgia/);
    assert.equal(dark.radius, "2px");
    await context.close();
  });
}

test("auto follows the system", async () => {
  const context = await env.browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/fixtures/embed.html`);
  await page.locator("#one .sd-root h1").waitFor();
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById("one").shadowRoot.querySelector(".sd-root")).backgroundColor);
  assert.equal(bg, "rgb(21, 23, 27)");
  await context.close();
});

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ["light", "dark"]) {
  test(`the default focus ring keeps 3:1 against the page in ${scheme} mode`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${env.server.base}/app/#/`);
    await page.getByRole("heading", { name: "Practise behavioral interviews" }).waitFor();
    await page.keyboard.press("Tab");
    const { ring, background } = await page.evaluate(() => {
      const shadow = document.querySelector("[data-stardrill]").shadowRoot;
      return { ring: getComputedStyle(shadow.activeElement).outlineColor, background: getComputedStyle(shadow.querySelector(".sd-root")).backgroundColor };
    });
    assert.ok(contrast(ring, background) >= 3, `${ring} on ${background}: ${contrast(ring, background).toFixed(2)}:1`);
    await context.close();
  });
}
