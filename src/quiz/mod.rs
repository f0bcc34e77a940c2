//! The quiz engine: seeded attempts, grading of every question type and results.
//! Pure: no yew, no web-sys; the quiz screen calls it through the app reducer.

pub mod attempt;
pub mod draft;
pub mod grade;
pub mod reconcile;
pub mod results;
pub mod rng;

pub use attempt::{Attempt, AttemptItem, QuizOptions, Shortfall, DEFAULT_COUNT};
pub use draft::{key_action, Draft, KeyAction};
pub use grade::{grade, Outcome, Rating, Response};
pub use reconcile::{reconcile, Reconciled};
pub use results::{results, Results, Tally};

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
