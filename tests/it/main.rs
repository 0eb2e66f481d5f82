//! qabot's integration tests: one binary, shared helpers in `helpers`.

mod check;
mod cli;
mod engine;
mod helpers;
mod knowledge;
mod querylog;
mod readme;
mod review;
mod telegram;
