//! The `qabot` binary: parse arguments, load config, start tracing, run one command.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = qabot::cli::Cli::parse();
    qabot::commands::init_tracing();
    match qabot::commands::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
