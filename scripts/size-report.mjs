// Prints raw / gzip / brotli sizes of every file in dist/ (Node's zlib: gzip level 9, brotli 11).
//   node scripts/size-report.mjs DIST [--check]
// --check: fails (exit 1) when the home screen's first load or a quiz's cold start is over the
// budget in size-budget.json, printing the figure and the budget.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { HOME, QUIZ, READER, FULL } from "./first-load.mjs";

const dist = process.argv[2];
const check = process.argv.includes("--check");
const walk = (sub) => fs.readdirSync(path.join(dist, sub), { withFileTypes: true }).flatMap((e) => {
  const rel = sub ? `${sub}/${e.name}` : e.name;
  return e.isDirectory() ? walk(rel) : [rel];
});
const rows = [];
for (const name of walk("").sort()) {
  const data = fs.readFileSync(path.join(dist, name));
  rows.push({
    name,
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const line = (r) => console.log(`${r.name.padEnd(32)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${"file".padEnd(32)}${"raw KB".padStart(8)}${"gzip KB".padStart(8)}${"br KB".padStart(8)}`);
rows.forEach(line);
const sum = (rs, name) => rs.reduce((a, r) => ({ name, raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { name, raw: 0, gzip: 0, brotli: 0 });
// First load: what the standalone page fetches before the deck list shows (scripts/first-load.mjs,
// which an e2e test holds to what the browser fetches). The single file is a download; embed.js
// serves other people's pages.
const single = "stardrill-offline.html";
// The link preview image (og:image): fetched by chat apps' crawlers only, never precached.
const preview = "preview.png";
line(sum(rows, "total"));
const home = sum(rows.filter((r) => HOME.includes(r.name)), "first load (home screen)");
line(home);
// A quiz from a cold start: the page, the quiz build and its deck; the largest deck is the worst.
// A deck's explanations (`….explain.json`) are fetched once its first question shows.
const decks = rows.filter((r) => r.name.startsWith("decks/") && !r.name.endsWith(".explain.json"));
const largest = decks.reduce((a, r) => (r.gzip > a.gzip ? r : a), { gzip: 0, raw: 0, brotli: 0, name: "" });
const largestName = largest.name.split("/")[1]?.split(".")[0];
const withLargestDeck = (files, what) => sum([...rows.filter((r) => files.includes(r.name)), largest], `${what}, cold (${largestName})`);
const quiz = withLargestDeck(QUIZ, "quiz");
line(quiz);
// A study card's link from a cold start (and a quiz in a frame): the reader's build and its deck.
const deck = withLargestDeck(READER, "study card");
line(deck);
const full = sum(rows.filter((r) => FULL.includes(r.name)), "a full-build route, cold");
line(full);
line(sum(rows.filter((r) => !HOME.includes(r.name) && r.name !== single && r.name !== preview), "after load (worker precache)"));

if (check) {
  const budget = JSON.parse(fs.readFileSync(new URL("../size-budget.json", import.meta.url), "utf8"));
  let over = false;
  for (const [key, figure] of [["home", home], ["quiz", quiz], ["deck", deck], ["full", full]]) {
    const kb = figure.gzip / 1024;
    const { max_kb: max, what } = budget[key];
    const ok = kb <= max;
    over ||= !ok;
    console.log(`size budget, ${what}: ${kb.toFixed(1)} KB gzip of ${max} KB ${ok ? "ok" : "OVER BUDGET"}`);
  }
  if (over) {
    console.error("size-report: over the budget in size-budget.json (raise it only with a reason in the commit)");
    process.exit(1);
  }
}
