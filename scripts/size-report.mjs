// Prints raw / gzip / brotli sizes of every file in dist/ (Node's zlib: gzip level 9, brotli 11).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = process.argv[2];
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
// First load: what the standalone page fetches before the deck list shows. The worker, the
// manifest and the icons come after it (the worker then precaches the rest of the build:
// embed.js); the single file is a download; embed.js serves other people's pages.
const first = ["index.html", "stardrill.js", "stardrill_bg.wasm"];
const single = "stardrill-offline.html";
// The link preview image (og:image): fetched by chat apps' crawlers only, never precached.
const preview = "preview.png";
line(sum(rows, "total"));
line(sum(rows.filter((r) => first.includes(r.name)), "first load (page)"));
line(sum(rows.filter((r) => !first.includes(r.name) && r.name !== single && r.name !== preview), "after load (worker precache)"));
