// Renders assets/icons/icon.svg to the PNG icons the web app manifest lists (192 and 512 px),
// and assets/preview.svg to the link preview image index.html names (1200 × 630),
// with the machine's headless Chromium. The PNGs are committed: the build never runs this, so
// it needs no browser. Run it again after changing the SVG:  node scripts/icons.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/e2e/harness.mjs";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../assets/icons");
const svg = fs.readFileSync(path.join(dir, "icon.svg"), "utf8");
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  await page.screenshot({ path: path.join(dir, `icon-${size}.png`), omitBackground: true });
  await page.close();
  console.log(`icons: wrote assets/icons/icon-${size}.png`);
}
// The link preview (Open Graph / Twitter card image in index.html), 1200 × 630.
{
  const assets = path.join(dir, "..");
  const preview = fs.readFileSync(path.join(assets, "preview.svg"), "utf8");
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(
    `<style>html,body{margin:0}</style><img width="1200" height="630" src="data:image/svg+xml;base64,${Buffer.from(preview).toString("base64")}">`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  await page.screenshot({ path: path.join(assets, "preview.png") });
  await page.close();
  console.log("icons: wrote assets/preview.png");
}
await browser.close();
