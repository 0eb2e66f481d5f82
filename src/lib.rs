//! qabot answers questions from a folder of documents, quoting the passages it
//! used and naming their sources, and says so plainly when they hold no answer.
//!
//! ```text
//! telegram / console / ask -> Question -> Engine::answer -> Answer -> render -> reply
//!                                            |                  |
//!                              intent -> lookup (index)      QueryLog::record (SQLite)
//! ```

pub mod analysis;
pub mod config;
pub mod error;
pub mod index;
pub mod knowledge;
pub mod querylog;

pub use config::Config;
pub use error::{Error, Result};
pub mod answer;
pub mod check;
pub mod cli;
pub mod commands;
pub mod engine;
pub mod eval;
pub mod render;
pub mod review;
pub mod telegram;
pub mod text;
