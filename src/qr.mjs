// The QR encoder of share links, fetched by the app the first time a reader asks for a code
// (src/ui/share/qr_encoder.rs) rather than carried by the wasm every reader downloads.
// lean-qr (npm, pinned in package.json) does the encoding; scripts/post-build.mjs copies it
// beside this file as lean-qr.mjs. src/link/qr.rs draws what this returns.
import { correction, generate } from "./lean-qr.mjs";

/**
 * `text`'s QR code as its side, a colon, and one 0 or 1 per module, row by row; "" when no QR
 * code can hold it (about 2,900 characters: share links stay under 2,000).
 */
export function modules(text) {
  let code;
  try {
    // Low error correction keeps a long link's code at the fewest modules, which is what makes
    // it readable from a screen; lean-qr raises the level when the same size allows it.
    code = generate(text, { minCorrectionLevel: correction.L });
  } catch {
    return "";
  }
  let bits = "";
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) bits += code.get(x, y) ? "1" : "0";
  }
  return `${code.size}:${bits}`;
}
