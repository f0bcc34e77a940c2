// Lighthouse (npm `lighthouse`, its default mobile run: emulated phone, simulated slow 4G and
// CPU slowdown) against dist/ served over loopback WITH gzip, as real static hosts serve it.
// A benchmark, not a test: it prints the performance score and the largest contentful paint of
// the home screen and of a quiz route. Budgets (DESIGN.md): score 0.99, LCP at most 1.8 s.
//   bash scripts/lighthouse.sh       (installs the pinned lighthouse into .tools/ first)
//   ONLY=quiz bash scripts/lighthouse.sh   one of the two routes (home, quiz)
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const bin = path.join(root, ".tools/lighthouse/node_modules/.bin/lighthouse");
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
  ".json": "application/json", ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml", ".png": "image/png" };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const file = path.join(dist, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
  const body = fs.readFileSync(file);
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream",
    ...(gzip ? { "content-encoding": "gzip" } : {}) });
  res.end(gzip ? zlib.gzipSync(body, { level: 9 }) : body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

const flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync --disable-quic";
const routes = [["home", ""], ["quiz", "#/quiz/influence?n=10&seed=42"]].filter(([n]) => !process.env.ONLY || n === process.env.ONLY);
try {
  for (const [name, hash] of routes) {
    const out = path.join(root, ".tools", `lighthouse-${name}.json`);
    // Three runs, the median score: a single simulated run varies by a few hundredths.
    const runs = [];
    for (let i = 0; i < 3; i++) {
      // Asynchronously: the server answering Lighthouse runs in this process.
      await promisify(execFile)(bin, [base + hash, "--only-categories=performance", "--output=json", `--output-path=${out}`,
        `--chrome-flags=${flags}`, "--quiet"], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } });
      const report = JSON.parse(fs.readFileSync(out, "utf8"));
      runs.push({ score: report.categories.performance.score, lcp: report.audits["largest-contentful-paint"].numericValue,
        fcp: report.audits["first-contentful-paint"].numericValue, tbt: report.audits["total-blocking-time"].numericValue });
    }
    runs.sort((a, b) => a.score - b.score || b.lcp - a.lcp);
    const m = runs[1];
    console.log(`lighthouse ${name.padEnd(5)} performance ${m.score.toFixed(2)}  LCP ${(m.lcp / 1000).toFixed(2)} s  FCP ${(m.fcp / 1000).toFixed(2)} s  TBT ${m.tbt.toFixed(0)} ms  (median of 3; scores ${runs.map((r) => r.score.toFixed(2)).join(", ")}; LCPs ${runs.map((r) => (r.lcp / 1000).toFixed(2)).join(", ")} s)`);
  }
} finally {
  server.close();
}
