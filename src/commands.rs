//! One function per command of the binary. This is the edge where library
//! errors get `anyhow` context.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::engine::{Conversation, Engine, LiveEngine};
use crate::index::{self, BuildReport};
use crate::{eval, render, text};

/// Logs go to standard error, quiet (warnings only) unless `RUST_LOG` says otherwise.
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Loads the config for `cli`: file, then environment, then command-line flags.
pub fn load_config(cli: &Cli) -> Result<Config> {
    let (file, required) = match &cli.config {
        Some(f) => (f.clone(), true),
        None => (PathBuf::from("config.toml"), false),
    };
    let mut config = Config::load(&file, required, std::env::vars())?;
    if let Some(k) = &cli.knowledge {
        config.knowledge_dir = k.clone();
    }
    if let Some(d) = &cli.data {
        config.data_dir = d.clone();
    }
    Ok(config)
}

/// Runs the command `cli` names.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let config = load_config(&cli)?;
    match cli.command {
        Some(Command::Index) => index_command(&config),
        Some(Command::Ask {
            json,
            explain,
            question,
        }) => ask(&config, json, explain, question),
        Some(Command::Console) | None => console(&config),
        Some(Command::Eval {
            file,
            min_overall,
            min_cited,
            min_decline,
            json,
        }) => eval_command(&config, &file, [min_overall, min_cited, min_decline], json),
    }
}

fn knowledge_exists(config: &Config) -> Result<()> {
    if !config.knowledge_dir.is_dir() {
        anyhow::bail!(
            "knowledge folder {} does not exist (set knowledge_dir in the config, QABOT_KNOWLEDGE_DIR, or --knowledge)",
            config.knowledge_dir.display()
        );
    }
    Ok(())
}

fn open_engine(config: &Config) -> Result<Engine> {
    knowledge_exists(config)?;
    let (engine, report) = Engine::open(config).context("opening the knowledge base")?;
    if let Some(r) = report {
        tracing::info!(
            passages = r.stats.passages,
            ms = r.elapsed.as_millis() as u64,
            "index built"
        );
    }
    Ok(engine)
}

/// `qabot index`: rebuild and print a summary.
fn index_command(config: &Config) -> Result<ExitCode> {
    knowledge_exists(config)?;
    let exclude = [config.synonyms_file.as_str(), config.curated_file.as_str()];
    let report = index::build(&config.knowledge_dir, &config.index_dir(), &exclude)
        .with_context(|| format!("indexing {}", config.knowledge_dir.display()))?;
    print!("{}", index_summary(&report));
    Ok(ExitCode::SUCCESS)
}

/// The summary `qabot index` prints.
pub fn index_summary(r: &BuildReport) -> String {
    let s = &r.stats;
    let mut out = format!(
        "indexed {} documents: {} passages, {} duplicates dropped, {} furniture lines dropped, {} files skipped, in {} ms (knowledge version {})\n",
        s.documents,
        s.passages,
        s.duplicates_dropped,
        s.furniture_dropped,
        s.skipped.len(),
        r.elapsed.as_millis(),
        r.version
    );
    for skipped in &s.skipped {
        out.push_str(&format!("  skipped {}: {}\n", skipped.path, skipped.reason));
    }
    out
}

fn emphasis() -> Option<(&'static str, &'static str)> {
    std::io::stdout()
        .is_terminal()
        .then_some(("\x1b[1m", "\x1b[0m"))
}

/// `qabot ask`: one question, or JSON Lines from standard input.
fn ask(config: &Config, json: bool, explain: bool, question: Option<String>) -> Result<ExitCode> {
    let engine = open_engine(config)?;
    let mut out = std::io::stdout().lock();
    let print = |q: &str, out: &mut std::io::StdoutLock| -> Result<()> {
        let a = engine.answer_with(q, &mut Conversation::default(), explain);
        if json {
            let mut v = serde_json::to_value(render::json(&a))?;
            if explain {
                v["reason"] = serde_json::to_value(&a.reason)?;
            }
            writeln!(out, "{v}")?;
        } else {
            write!(out, "{}", render::plain(&a, emphasis()))?;
            if explain {
                writeln!(out, "\nkind {}, candidates:", a.kind)?;
                for c in &a.reason.candidates {
                    writeln!(out, "  {:.3} {} {}", c.confidence, c.passage_id, c.text)?;
                }
            }
        }
        Ok(())
    };
    match (question, json) {
        (Some(q), _) => print(&q, &mut out)?,
        (None, true) => {
            for line in std::io::stdin().lock().lines() {
                let line = line.context("reading standard input")?;
                print(&line, &mut out)?;
            }
        }
        (None, false) => {
            anyhow::bail!("give a question, or use --json to read questions from standard input")
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `qabot console`: line editing and history, the same answers as `ask`.
fn console(config: &Config) -> Result<ExitCode> {
    knowledge_exists(config)?;
    let (live, _) = LiveEngine::open(config.clone()).context("opening the knowledge base")?;
    live.watch();
    let mut editor = rustyline::DefaultEditor::new().context("starting the line editor")?;
    let history = config.data_dir.join("console_history.txt");
    let _ = editor.load_history(&history);
    println!(
        "qabot: ask a question about the documents. {}",
        text::HELP_COMMANDS_CONSOLE
    );
    let mut conversation = Conversation::default();
    loop {
        let line = match editor.readline("> ") {
            Ok(line) => line,
            Err(
                rustyline::error::ReadlineError::Interrupted | rustyline::error::ReadlineError::Eof,
            ) => break,
            Err(e) => return Err(e).context("reading the console"),
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line);
        let engine: Arc<Engine> = live.get();
        match line {
            "/quit" | "/exit" | "/q" => break,
            "/sources" => println!("{}", engine.sources_text()),
            "/help" => println!("{}\n{}", engine.help_text(), text::HELP_COMMANDS_CONSOLE),
            _ => {
                let a = engine.answer(line, &mut conversation);
                print!("{}", render::plain(&a, emphasis()));
            }
        }
    }
    let _ = std::fs::create_dir_all(&config.data_dir);
    let _ = editor.save_history(&history);
    Ok(ExitCode::SUCCESS)
}

/// `qabot eval FILE`: metrics by type, failures, and an exit code against the bars.
fn eval_command(
    config: &Config,
    file: &Path,
    bars: [Option<f64>; 3],
    json: bool,
) -> Result<ExitCode> {
    let items = eval::read_items(file)?;
    let engine = open_engine(config)?;
    let report = eval::evaluate(&engine, &items);
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.summary());
    }
    let [overall, cited, decline] = bars;
    let mut ok = true;
    for (name, bar, value) in [
        ("overall", overall, report.overall),
        ("cited accuracy", cited, report.cited_accuracy),
        ("decline accuracy", decline, report.decline_accuracy),
    ] {
        if let Some(bar) = bar
            && value < bar
        {
            eprintln!(
                "{name} {:.1}% is below the bar of {:.1}%",
                value * 100.0,
                bar * 100.0
            );
            ok = false;
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
