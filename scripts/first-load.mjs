// What a first visit fetches before its first screen, file by file: the size budget's lists
// (scripts/size-report.mjs) and the e2e test that holds them to what the browser really fetches
// (tests/e2e/builds.test.mjs), so that a file added to the first load cannot escape the budget.

/** The home screen: the page, the home build (the deck list alone) and its hand-over to the
 * reader's build (handover.js). The worker, the manifest and the icons come after the first
 * screen (the worker then precaches the rest of the build; the reader's build, which a deck's
 * screen starts in the same page, comes once the list has painted). */
export const HOME = ["index.html", "stardrill-home.js", "stardrill-home_bg.wasm", "handover.js"];

/** A deck's route (a study card or a quiz link) opened cold: the page and the reader's build;
 * the deck's first file comes with them. */
export const READER = ["index.html", "stardrill.js", "stardrill_bg.wasm"];

/** A route of the full build opened cold (the checklists, the result card, the progress
 * screen, the story bank, the embed builder, the author screen, deck links). */
export const FULL = ["index.html", "stardrill-full.js", "stardrill-full_bg.wasm"];
