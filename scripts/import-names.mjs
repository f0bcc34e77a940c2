// Short import names for a wasm-bindgen build: used by scripts/post-build.mjs on every build.
//
// wasm-bindgen names every JS function the wasm imports after its Rust path and a hash
// (`__wbg_setAttribute_b1a3…`): about 190 names, 9.6 KB in the wasm and again as the keys of the
// glue's import object, and the hashes do not compress. Renamed `a`, `b`, … `gh` in both files,
// the first load is 5.9 KB gzip smaller (measured on the reader's build). Only the imports of the
// glue's own module (`./<name>_bg.js`) are renamed, and only if each name is a key of the glue's
// import object exactly once: anything else stops the build rather than ship a mismatch.
import fs from "node:fs";

/** An unsigned LEB128 number at `at`: [value, the offset after it]. */
function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 127) * 2 ** shift;
    if (!(byte & 128)) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 128;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const encodeName = (text) => Buffer.concat([encodeLeb(Buffer.byteLength(text)), Buffer.from(text)]);

/** `a` … `z`, `aa` … : the n-th short name. */
function shortName(n) {
  let name = "";
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

/** Rewrites the import section of `wasm` (a Buffer); returns [new wasm, Map old name → new]. */
function renameImports(wasm) {
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, k] = leb(wasm, start);
    const body = [encodeLeb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleStart] = leb(wasm, k);
      const module = wasm.subarray(moduleStart, moduleStart + moduleLength).toString();
      const [fieldLength, fieldStart] = leb(wasm, moduleStart + moduleLength);
      const field = wasm.subarray(fieldStart, fieldStart + fieldLength).toString();
      k = fieldStart + fieldLength;
      // The import's description (kind, then a type index or limits), copied as it is.
      const description = k;
      const kind = wasm[k++];
      if (kind === 0) k = leb(wasm, k)[1];
      else if (kind === 1 || kind === 2) {
        if (kind === 1) k++;
        const flags = wasm[k++];
        k = leb(wasm, k)[1];
        if (flags & 1) k = leb(wasm, k)[1];
      } else if (kind === 3) k += 2;
      else throw new Error(`import-names: an import of unknown kind ${kind}`);
      let name = field;
      if (kind === 0 && module.endsWith("_bg.js")) {
        name = shortName(renamed.size);
        renamed.set(field, name);
      }
      body.push(encodeName(module), encodeName(name), wasm.subarray(description, k));
    }
    const content = Buffer.concat(body);
    parts.push(Buffer.from([2]), encodeLeb(content.length), content);
    at = end;
  }
  return [Buffer.concat(parts), renamed];
}

/** Shortens the import names of `wasmPath` and the matching keys of its glue `jsPath`, in place. */
export function shortenImportNames(wasmPath, jsPath) {
  const [wasm, renamed] = renameImports(fs.readFileSync(wasmPath));
  let glue = fs.readFileSync(jsPath, "utf8");
  for (const [from, to] of renamed) {
    const key = new RegExp(`(\\n\\s+)${from}(: )`, "g");
    const found = glue.match(key)?.length ?? 0;
    const anywhere = glue.split(from).length - 1;
    if (found !== 1 || anywhere !== 1) {
      throw new Error(`import-names: ${from} is ${anywhere} times in ${jsPath}, ${found} as a key (expected once)`);
    }
    glue = glue.replace(key, `$1${to}$2`);
  }
  if (!WebAssembly.validate(wasm)) throw new Error(`import-names: ${wasmPath} is not valid once renamed`);
  fs.writeFileSync(wasmPath, wasm);
  fs.writeFileSync(jsPath, glue);
  return renamed.size;
}
