// Sums twiggy's CSV rows (stdin) by crate and first module ("yew::html", "stardrill::ui"), so
// the largest contributors read as owners, not as thousands of monomorphised functions.
import fs from "node:fs";

const limit = Number(process.argv[2] ?? 15);
const lines = fs.readFileSync(0, "utf8").trim().split("\n").slice(1);
const sums = new Map();
let total = 0;
for (const line of lines) {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent: the name may itself
  // hold commas, so split from the end.
  const parts = line.split(",");
  const bytes = Number(parts[parts.length - 4]);
  const name = parts.slice(0, -4).join(",").replace(/^"|"$/g, "").replaceAll('""', '"');
  if (name.startsWith("custom section") || name.includes("subsection")) continue;
  let key = name.startsWith("data segment") || name.startsWith("elem") ? "data and tables" : null;
  if (!key) {
    const m = name.match(/(?:^|<|&(?:mut )?)([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::([a-z_][a-z0-9_]*)/);
    key = m ? `${m[1]}::${m[2]}` : "(unnamed: imports, exports, types)";
  }
  sums.set(key, (sums.get(key) ?? 0) + bytes);
  total += bytes;
}
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  total (raw, no name section)`);
for (const [key, bytes] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
  console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${key}`);
}
