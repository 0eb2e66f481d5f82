//! The command line: `qabot [--config FILE] [--knowledge DIR] [--data DIR] <command>`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Answers questions from a folder of documents, with citations.
#[derive(Debug, Parser)]
#[command(name = "qabot", version, about)]
pub struct Cli {
    /// Config file (default: config.toml; env QABOT_CONFIG).
    #[arg(long, global = true, env = "QABOT_CONFIG")]
    pub config: Option<PathBuf>,
    /// Knowledge folder, overriding the config.
    #[arg(long, global = true)]
    pub knowledge: Option<PathBuf>,
    /// Data folder (index, database), overriding the config.
    #[arg(long, global = true)]
    pub data: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rebuild the index of the knowledge folder and print a summary.
    Index,
    /// Answer one question (or, with --json and no question, one per line of standard input).
    Ask {
        /// Print JSON objects instead of text.
        #[arg(long)]
        json: bool,
        /// Also show the candidate passages considered and their confidence.
        #[arg(long)]
        explain: bool,
        /// The question; omitted with --json, questions are read from standard input.
        question: Option<String>,
    },
    /// An interactive session in the terminal.
    Console,
    /// Run the Telegram bot (token from TELOXIDE_TOKEN).
    Telegram,
    /// Check config, knowledge, index, database and token; exit non-zero on failure.
    Check {
        /// Also require the token and ask the Bot API whether it accepts it.
        #[arg(long)]
        online: bool,
    },
    /// Ask every question of a JSON Lines file and print the metrics and failures.
    Eval {
        file: PathBuf,
        /// Exit non-zero when overall accuracy is below this (0..1).
        #[arg(long)]
        min_overall: Option<f64>,
        /// Exit non-zero when cited accuracy is below this (0..1).
        #[arg(long)]
        min_cited: Option<f64>,
        /// Exit non-zero when decline accuracy is below this (0..1).
        #[arg(long)]
        min_decline: Option<f64>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show what people asked, what went unanswered, and what to improve.
    Review {
        /// Period to review: 30m, 24h, 7d, 2w.
        #[arg(long, default_value = "7d")]
        since: String,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// Re-ask the declined and low-confidence questions against the current knowledge.
        #[arg(long)]
        replay: bool,
    },
}

/// Output formats of reports.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}
