// What a first visit fetches before its first screen, file by file: the size budget's lists
// (scripts/size-report.mjs) and the e2e test that holds them to what the browser really fetches
// (tests/e2e/builds.test.mjs), so that a file added to the first load cannot escape the budget.

/** The home screen: the page, the home build (the deck list alone) and its hand-over to the
 * reader's build (handover.js: a deck is the list's next screen). The reader's build, the
 * worker, the manifest and the icons come after the first screen has painted (the worker then
 * precaches the rest of the build). */
export const HOME = ["index.html", "stardrill-home.js", "stardrill-home_bg.wasm", "handover.js"];

/** A quiz's link on the standalone page opened cold: the page and the quiz build; the deck's
 * first file comes with them. The hand-over and the reader's build (its results) come after the
 * first question has painted, as on the home screen. */
export const QUIZ = ["index.html", "stardrill-quiz.js", "stardrill-quiz_bg.wasm"];

/** A study card's link opened cold (and a quiz in a frame, frame.html in place of index.html):
 * the page and the reader's build; the deck's first file comes with them. */
export const READER = ["index.html", "stardrill.js", "stardrill_bg.wasm"];

/** A route of the full build opened cold (the checklists, the result card, the progress
 * screen, the story bank, the embed builder, the author screen, deck links). */
export const FULL = ["index.html", "stardrill-full.js", "stardrill-full_bg.wasm"];
