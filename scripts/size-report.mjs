// Prints raw / gzip / brotli sizes of every file in dist/ (Node's zlib: gzip level 9, brotli 11).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = process.argv[2];
const rows = [];
for (const name of fs.readdirSync(dist).sort()) {
  const file = path.join(dist, name);
  if (!fs.statSync(file).isFile()) continue;
  const data = fs.readFileSync(file);
  rows.push({
    name,
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const line = (r) => console.log(`${r.name.padEnd(24)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${"file".padEnd(24)}${"raw KB".padStart(8)}${"gzip KB".padStart(8)}${"br KB".padStart(8)}`);
rows.forEach(line);
const sum = (rs, name) => rs.reduce((a, r) => ({ name, raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { name, raw: 0, gzip: 0, brotli: 0 });
line(sum(rows, "total"));
line(sum(rows.filter((r) => r.name !== "embed.js"), "first load (page)"));
