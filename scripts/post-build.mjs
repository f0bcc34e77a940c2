// Trunk's post_build hook (Trunk.toml), also run by scripts/single-file.sh on dist/:
//   node scripts/post-build.mjs [dir]      dir: $TRUNK_STAGING_DIR, else dist/
// 00. the other three builds: Trunk built the reader's (feature `reader`: stardrill.js); cargo
//    builds the crate with its default features (`full`), with `quiz` alone and with none (the
//    home build), and wasm-bindgen makes stardrill-full.js / stardrill-quiz.js /
//    stardrill-home.js and their wasm, as Trunk does; wasm-opt and short import names
//    (import-names.mjs) for every build; src/boot.js and src/loader.js replace Trunk's loader in
//    index.html and pick one of the four by the route (README, "Size");
// 0. the decks: build.rs validated content/ and wrote two data files per deck (the deck, then its
//    explanations, src/model/explanations.rs) into its OUT_DIR
//    (asked of cargo, which knows it exactly); they are copied into decks/, and their names
//    (which carry a hash of their content) are written into src/boot.js's copy in index.html
//    and into embed.js, which
//    start fetching the deck a route or a widget names before the wasm has even loaded; the QR
//    encoder (lean-qr.mjs from node_modules, and src/qr.mjs) is copied beside the glue;
// 1. the build id: a hash of every file's name and bytes (index.html with its id blanked, so
//    running this twice gives the same id), written into index.html's
//    <meta name="stardrill-build">, where the page reads it (progress screen: "Version <id>");
// 2. stardrill-offline.html: the whole app in one file (glue inlined as a module script, wasm
//    as base64), which opens from disk with no server and no network;
// 3. sw.js: src/sw.js preceded by the build id and the list of every file of the build (except
//    the two files written here: the worker itself and the single-file download, and the link
//    preview image, which only chat apps' crawlers fetch).
// Nothing here is written by hand, so a new file (a deck fetched on demand) is cached as is.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { shortenImportNames } from "./import-names.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? path.join(root, "dist"));
const WORKER = "sw.js";
const SINGLE = "stardrill-offline.html";
const PREVIEW = "preview.png";
const META = /(<meta name="stardrill-build" content=")[^"]*(")/;

function walk(sub = "") {
  return fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? walk(rel) : [rel];
  });
}

/**
 * Another build of the crate (`features`: cargo's feature flags): cargo builds it (cached after
 * the first time, beside the reader's build) and says where its wasm and build.rs's OUT_DIR are.
 */
function cargoBuild(features) {
  const profile = release ? ["--release"] : [];
  let out;
  try {
    out = execFileSync("cargo", ["build", ...profile, ...features, "--target", "wasm32-unknown-unknown",
      "--bin", "stardrill", "--message-format=json", "--quiet"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (e) {
    // The compiler's own words (its JSON messages on stdout), not a screenful of JSON.
    const rendered = String(e.stdout ?? "").split("\n").filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l).message?.rendered).filter(Boolean).join("");
    throw new Error(`post-build: cargo build ${features.join(" ") || "(default features)"} failed:\n${rendered}${e.stderr ?? ""}`);
  }
  // By the bin target's name, then its package id: the id's form depends on the folder's name
  // (`path+file:///x/main#stardrill@0.1.0`, but `…/stardrill#0.1.0` in a folder named stardrill).
  const messages = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  const bin = messages.find((m) => m.reason === "compiler-artifact" && m.target?.name === "stardrill" && m.target.kind.includes("bin"));
  const wasm = bin?.filenames.find((f) => f.endsWith(".wasm"));
  const outDir = messages.find((m) => m.reason === "build-script-executed" && m.package_id === bin?.package_id)?.out_dir;
  if (!outDir || !wasm) throw new Error(`post-build: cargo did not say where the build's wasm and decks are (${features.join(" ") || "default features"})`);
  return { outDir, wasm };
}

/**
 * wasm-opt for every build, here rather than by Trunk: binaryen reads `--no-inline` only before
 * `-Oz`, and Trunk writes its parameters after. Its own inlining off, the wasm is 3 KB gzip
 * smaller (the compiler has inlined already). The producers and target-features sections say
 * which tools made the file, for no browser: 0.2 KB. scripts/twiggy.sh reads this line.
 */
const WASM_OPT = ["--no-inline=*", "--converge", "-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--strip-producers", "--strip-target-features"];
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
const optimize = (file) => release && execFileSync("wasm-opt", [...WASM_OPT, file, "-o", file], { stdio: "inherit" });
/** A release build's script, minified by terser (wasm-bindgen's glue: 2 KB gzip less each). */
async function minifyScript(file, module) {
  if (!release) return;
  const { code } = await minify(fs.readFileSync(file, "utf8"), { module, compress: true, mangle: true });
  fs.writeFileSync(file, code);
}
/** wasm-opt, short import names (scripts/import-names.mjs) in the wasm and its glue, a minified glue. */
async function finish(name) {
  optimize(path.join(dir, `${name}_bg.wasm`));
  shortenImportNames(path.join(dir, `${name}_bg.wasm`), path.join(dir, `${name}.js`));
  await minifyScript(path.join(dir, `${name}.js`), true);
}

/** Another build, `name`.js and `name`_bg.wasm: cargo with `features`, wasm-bindgen as Trunk
 * runs it, then `finish`. Returns build.rs's OUT_DIR (where the decks are). */
async function otherBuild(name, features) {
  const { outDir, wasm } = cargoBuild(features);
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-name", name, "--out-dir", dir, wasm], { stdio: "inherit" });
  await finish(name);
  return outDir;
}

const read = (f) => fs.readFileSync(path.join(dir, f));
const FULL = "stardrill-full";
const HOME = "stardrill-home";
const QUIZ = "stardrill-quiz";
// The full, the home and the quiz build and the decks, unless this folder has them already (single-file.sh on dist/).
const decks = {};
if (process.env.TRUNK_STAGING_DIR || ["decks", `${FULL}.js`, `${HOME}.js`, `${QUIZ}.js`].some((f) => !fs.existsSync(path.join(dir, f)))) {
  const outDir = await otherBuild(FULL, []);
  await otherBuild(HOME, ["--no-default-features"]);
  await otherBuild(QUIZ, ["--no-default-features", "--features", "quiz"]);
  // The reader's build, as Trunk staged it (not on a finished dist/: that is done already).
  if (process.env.TRUNK_STAGING_DIR) await finish("stardrill");
  const from = path.join(outDir, "decks");
  fs.rmSync(path.join(dir, "decks"), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "decks"), { recursive: true });
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(dir, "decks", f));
}
// Deck id → its first file; beside each, its explanations (`….explain.json`, src/model/explanations.rs),
// which the app fetches after the deck.
const deckFiles = fs.readdirSync(path.join(dir, "decks")).sort().map((f) => `decks/${f}`);
for (const f of deckFiles.filter((f) => !f.endsWith(".explain.json"))) decks[f.split(/[/.]/)[1]] = f;

// The QR encoder, fetched by the app on a reader's first "Show QR code" (src/qr.mjs, beside the
// glue): lean-qr's nano build from node_modules (npm ci installed it; nothing downloads here),
// its licence named at its top, and our wrapper, minified.
{
  const lean = path.join(root, "node_modules", "lean-qr");
  const { version } = JSON.parse(fs.readFileSync(path.join(lean, "package.json"), "utf8"));
  const licence = fs.readFileSync(path.join(lean, "LICENSE"), "utf8").trim().replaceAll("*/", "* /");
  const banner = `/*! lean-qr ${version}, https://github.com/davidje13/lean-qr\n${licence}\n*/\n`;
  fs.writeFileSync(path.join(dir, "lean-qr.mjs"), banner + fs.readFileSync(path.join(lean, "nano.mjs"), "utf8"));
  fs.copyFileSync(path.join(root, "src", "qr.mjs"), path.join(dir, "qr.mjs"));
  await minifyScript(path.join(dir, "qr.mjs"), true);
}
// The hand-over to the reader's build, imported beside the home build and by the quiz build after its paint.
fs.copyFileSync(path.join(root, "src", "handover.js"), path.join(dir, "handover.js"));
await minifyScript(path.join(dir, "handover.js"), true);
const DECK_MAP = /const DECKS = \{[^\n]*\};/;
/** `text` (of `name`) with the deck map filled in. */
function withDecks(name, text) {
  if (!DECK_MAP.test(text)) throw new Error(`post-build: ${name} has no "const DECKS = {…};" line`);
  return text.replace(DECK_MAP, () => `const DECKS = ${JSON.stringify(decks)};`);
}
fs.writeFileSync(path.join(dir, "embed.js"), withDecks("embed.js", read("embed.js").toString("utf8")));

/**
 * A page or script as readers download it: without its comments (HTML ones, and whole-line ones
 * of script and style) and its indentation: 0.7 KB gzip of index.html. Safe for these files: no
 * <pre>, <textarea> or multi-line string in them. Running it twice changes nothing.
 */
const slim = (text) => text
  .replace(/<!--[\s\S]*?-->\n?/g, "")
  .split("\n")
  .map((l) => l.trimStart())
  .filter((l) => !(l.startsWith("//") || (l.startsWith("/*") && l.endsWith("*/"))))
  .join("\n");

/** A script of src/ to inline in a page, slimmed as the page around it is. */
const script = (name) => slim(fs.readFileSync(path.join(root, "src", name), "utf8")).trim();

// The loader: Trunk's module script and its two preloads (of the reader's build only) give way
// to src/boot.js, which picks the build the route needs and requests it while the page is read,
// and src/loader.js, which starts it once the page is read.
const BOOT = /<script data-boot[^>]*>[\s\S]*?<\/script>\s*/;
{
  const TRUNK_LOADER = /<script type="module">\s*import init, \* as bindings from '\.\/stardrill\.js';[\s\S]*?<\/script>/;
  const PRELOADS = /<link rel="(?:modulepreload|preload)" href="\.\/stardrill(?:\.js|_bg\.wasm)"[^>]*>/g;
  const page = read("index.html").toString("utf8");
  // Minified in a release build, as the glue is (0.4 KB gzip of every first load).
  const minified = async (text, module) => release ? (await minify(text, { module, compress: true, mangle: true })).code : text;
  const boot = await minified(withDecks("src/boot.js", script("boot.js")), false);
  const scripts = `<script data-boot>\n${boot}\n</script>\n<script type="module" data-loader>\n${await minified(script("loader.js"), true)}\n</script>`;
  // Run again on a built dist/ (single-file.sh, the update test), the scripts are in place: put
  // in again (the deck map may have changed).
  const OURS = /<script data-boot>[\s\S]*?<\/script>\s*<script type="module" data-loader>[\s\S]*?<\/script>/;
  const replaced = [TRUNK_LOADER, OURS].find((re) => re.test(page));
  if (!replaced) throw new Error("post-build: index.html has no Trunk loader to replace");
  fs.writeFileSync(path.join(dir, "index.html"), page.replace(replaced, () => scripts).replace(PRELOADS, ""));
}

// index.html slimmed (and so frame.html and the single file, made from it below), and in a
// release build its own plain scripts (the "Loading" line, the page's lines and worker)
// minified as the two above are: 0.3 KB gzip of every first load.
{
  let page = slim(read("index.html").toString("utf8"));
  if (release) {
    const plain = [...page.matchAll(/(<script(?: data-page-only)?>)([\s\S]*?)(<\/script>)/g)];
    for (const [whole, open, body, close] of plain) {
      const { code } = await minify(body, { compress: true, mangle: true });
      page = page.replace(whole, () => `${open}${code}${close}`);
    }
  }
  fs.writeFileSync(path.join(dir, "index.html"), page);
}

// frame.html: the iframe embed. The same page with the app in frame mode (no header), without
// what only the standalone app has (the worker's registration, the manifest), the theme read
// from its query (?theme=dark) and its content height posted to the host page.
const FRAME = "frame.html";
{
  const page = read("index.html").toString("utf8");
  const MOUNT = '<div data-stardrill data-mode="page"></div>';
  if (!page.includes(MOUNT)) throw new Error(`post-build: index.html has no ${MOUNT}`);
  if (!page.includes("<script data-boot>")) throw new Error("post-build: index.html has no <script data-boot>");
  const frame = page
    // src/boot.js: a frame starts no build it may not need.
    .replace("<script data-boot>", "<script data-boot data-frame>")
    .replace(/\s*<script data-page-only>[\s\S]*?<\/script>/g, "")
    .replace(/\s*<div\b[^>]*data-page-only[^>]*><\/div>/g, "")
    .replace(MOUNT, () => `<div data-stardrill data-mode="frame" data-app-url="./"></div>
  <script>${script("frame.js")}</script>`);
  if (frame.includes("serviceWorker")) throw new Error("post-build: frame.html would register the worker");
  fs.writeFileSync(path.join(dir, FRAME), frame);
}

const files = walk().filter((f) => f !== WORKER && f !== SINGLE).sort();
let index = read("index.html").toString("utf8");
if (!META.test(index)) throw new Error(`post-build: ${dir}/index.html has no <meta name="stardrill-build">`);
index = index.replace(META, "$1dev$2");
// Trunk's subresource integrity of the script and the wasm, computed again from the files as
// they are now (the same value after a plain build; right even if a file changed after Trunk).
index = index.replace(/(<link\b[^>]*href="\.\/([^"]+)"[^>]*integrity=")sha384-[^"]*/g, (_, head, file) =>
  `${head}sha384-${crypto.createHash("sha384").update(read(file)).digest("base64")}`);

const hash = crypto.createHash("sha256");
for (const f of files) {
  const bytes = f === "index.html" ? Buffer.from(index) : read(f);
  hash.update(`${f}\0${bytes.length}\0`).update(bytes);
}
const build = hash.digest("hex").slice(0, 12);
index = index.replace(META, `$1${build}$2`);
fs.writeFileSync(path.join(dir, "index.html"), index);

// The single file: the page without its boot script and loader, plus the glue and
// the wasm. `</script` inside the glue would end the inline script early.
const glue = read(`${FULL}.js`).toString("utf8").replace(/<\/script/gi, "<\\/script");
// wasm-bindgen 0.2.130 ends the glue with `export { initSync, __wbg_init as default };`.
const init = glue.match(/export default (\w+);/)?.[1] ?? glue.match(/(\w+) as default\b/)?.[1];
if (!init) throw new Error(`post-build: ${FULL}.js has no default export (wasm-bindgen's init)`);
const wasm = read(`${FULL}_bg.wasm`).toString("base64");
let single = index
  .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>\s*/g, "")
  .replace(BOOT, "")
  .replace(/<meta name="stardrill-build"/, '<meta name="stardrill-single-file" content="">\n  $&');
// Every deck and its explanations inlined where the app looks for them first (src/deck_loader.rs); every `<` is written
// `\u003c` (in JSON it can only be inside a string), so no deck text can end the script element
// (`</script`) or change how the HTML parser reads it (`<!--` followed by `<script`).
const inlined = deckFiles.map((f) =>
  `<script type="application/json" id="stardrill:${f}">${read(f).toString("utf8").replace(/</g, "\\u003c")}</script>\n`).join("");
const loader = `${inlined}<script type="module">
${glue}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
try {
  await ${init}({ module_or_path: bytes });
} catch (e) {
  // As src/loader.js does: the page's "Loading" line gives way to one line saying why, text
  // only, at the top of the page (outside the app's element, which may have its shadow root).
  document.querySelector("[data-stardrill] > .sd-boot")?.remove();
  const line = Object.assign(document.createElement("p"), { className: "sd-boot", textContent: \`stardrill could not start (\${e?.message ?? e}).\` });
  line.setAttribute("role", "alert");
  document.body.prepend(line);
}
</script>
`;
if (!single.includes("</body>")) throw new Error("post-build: index.html has no </body>");
single = single.replace("</body>", () => `${loader}</body>`);
fs.writeFileSync(path.join(dir, SINGLE), single);

// Each file with the integrity of its bytes (src/sw.js fetches it so), but the pages: they carry
// the build id, which the worker checks, and a host may add to HTML.
const precached = files.filter((f) => f !== PREVIEW).map((f) =>
  [f, f.endsWith(".html") ? "" : `sha256-${crypto.createHash("sha256").update(read(f)).digest("base64")}`]);
const worker = fs.readFileSync(path.join(root, "src/sw.js"), "utf8");
fs.writeFileSync(
  path.join(dir, WORKER),
  `const BUILD_ID = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(precached)};\n${worker}`,
);
console.log(`post-build: build ${build}, ${precached.length} files precached, ${SINGLE} ${(single.length / 1024).toFixed(0)} KB`);
