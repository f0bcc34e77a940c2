// The story coach's passive-voice detector against npm `write-good` (its passive check only),
// on the same labelled sentences (tests/coach/corpus.tsv). Prints precision and recall of both.
//   node scripts/coach-quality.mjs        (builds and runs the stardrill-coach command line)
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import writeGood from "write-good";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = fs
  .readFileSync(path.join(root, "tests/coach/corpus.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => {
    const [labels, sentence] = l.split("\t");
    return { passive: labels.split(",").includes("passive-voice"), sentence };
  });

// One sentence a line through `stardrill-coach --lines`: one JSON report a line.
const out = execFileSync(
  "cargo",
  ["run", "--quiet", "--release", "--bin", "stardrill-coach", "--", "--lines", "-"],
  { cwd: root, input: corpus.map((c) => c.sentence).join("\n") + "\n", encoding: "utf8" },
);
const coach = out
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line).findings.some((f) => f.rule === "passive-voice"));

// write-good with every check but `passive` switched off.
const only = { weasel: false, illusion: false, so: false, thereIs: false, adverb: false, tooWordy: false, cliches: false, eprime: false, passive: true };
const wg = corpus.map((c) => writeGood(c.sentence, only).length > 0);

function figures(name, fired) {
  let tp = 0, fp = 0, fn = 0;
  corpus.forEach((c, i) => {
    if (c.passive && fired[i]) tp++;
    else if (!c.passive && fired[i]) fp++;
    else if (c.passive && !fired[i]) fn++;
  });
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  console.log(`| ${name} | ${tp} | ${fp} | ${fn} | ${p.toFixed(2)} | ${r.toFixed(2)} |`);
  return { fired };
}

const positives = corpus.filter((c) => c.passive).length;
console.log(`${corpus.length} sentences, ${positives} passive\n`);
console.log("| passive-voice detector | true positives | false positives | missed | precision | recall |");
console.log("| --- | --- | --- | --- | --- | --- |");
figures("stardrill coach", coach);
figures(`write-good ${JSON.parse(fs.readFileSync(path.join(root, "node_modules/write-good/package.json"), "utf8")).version}`, wg);
if (process.argv.includes("--diff")) {
  corpus.forEach((c, i) => {
    if (wg[i] !== c.passive) console.log(`write-good ${wg[i] ? "false positive" : "missed"}: ${c.sentence}`);
    if (coach[i] !== c.passive) console.log(`coach ${coach[i] ? "false positive" : "missed"}: ${c.sentence}`);
  });
}
