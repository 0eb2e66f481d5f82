//! One function per command of the binary. This is the edge where library
//! errors get `anyhow` context.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command, Format};
use crate::config::Config;
use crate::engine::{Conversation, Engine, LiveEngine};
use crate::index::{self, BuildReport};
use crate::querylog::{self, Channel, QueryLog};
use crate::{eval, render, review, text};

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
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    if let Some(Command::Check { online }) = cli.command {
        return Ok(check_command(&runtime, &cli, online));
    }
    let config = load_config(&cli)?;
    match cli.command {
        Some(Command::Index) => index_command(&config),
        Some(Command::Ask {
            json,
            explain,
            question,
        }) => ask(&runtime, &config, json, explain, question),
        Some(Command::Console) => console(&runtime, &config),
        Some(Command::Telegram) => telegram(&runtime, &config),
        Some(Command::Check { .. }) => unreachable!("handled above"),
        // With a token configured the bot runs; without one, the console.
        None if has_token(&config) => telegram(&runtime, &config),
        None => console(&runtime, &config),
        Some(Command::Eval {
            file,
            min_overall,
            min_cited,
            min_decline,
            json,
        }) => eval_command(&config, &file, [min_overall, min_cited, min_decline], json),
        Some(Command::Review {
            since,
            format,
            replay,
        }) => runtime.block_on(review_command(&config, &since, format, replay)),
    }
}

/// Opens the query log, and flushes it then exits on SIGINT or SIGTERM.
fn open_log(runtime: &tokio::runtime::Runtime, config: &Config) -> QueryLog {
    let log = runtime.block_on(QueryLog::open(config));
    let on_signal = log.clone();
    runtime.spawn(async move {
        shutdown_signal().await;
        on_signal.close().await;
        std::process::exit(0);
    });
    log
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
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
fn ask(
    runtime: &tokio::runtime::Runtime,
    config: &Config,
    json: bool,
    explain: bool,
    question: Option<String>,
) -> Result<ExitCode> {
    let engine = open_engine(config)?;
    let log = open_log(runtime, config);
    let mut out = std::io::stdout().lock();
    let print = |q: &str, out: &mut std::io::StdoutLock| -> Result<()> {
        let a = engine.answer_with(q, &mut Conversation::default(), explain);
        log.record(querylog::row_for(&a, Channel::Ask, None, None));
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
        out.flush()?;
        Ok(())
    };
    let result = match (question, json) {
        (Some(q), _) => print(&q, &mut out),
        (None, true) => std::io::stdin()
            .lock()
            .lines()
            .try_for_each(|line| print(&line.context("reading standard input")?, &mut out)),
        (None, false) => Err(anyhow::anyhow!(
            "give a question, or use --json to read questions from standard input"
        )),
    };
    runtime.block_on(log.close());
    result.map(|()| ExitCode::SUCCESS)
}

/// `qabot console`: line editing and history, the same answers as `ask`.
fn console(runtime: &tokio::runtime::Runtime, config: &Config) -> Result<ExitCode> {
    knowledge_exists(config)?;
    let (live, _) = LiveEngine::open(config.clone()).context("opening the knowledge base")?;
    live.watch();
    let log = open_log(runtime, config);
    let mut editor = rustyline::DefaultEditor::new().context("starting the line editor")?;
    let history = config.data_dir.join("console_history.txt");
    let _ = editor.load_history(&history);
    println!(
        "qabot: ask a question about the documents. {}",
        text::HELP_COMMANDS_CONSOLE
    );
    let mut conversation = Conversation::default();
    let mut last_row: Option<String> = None;
    loop {
        let line = match editor.readline("> ") {
            Ok(line) => line,
            Err(
                rustyline::error::ReadlineError::Interrupted | rustyline::error::ReadlineError::Eof,
            ) => break,
            Err(e) => {
                runtime.block_on(log.close());
                return Err(e).context("reading the console");
            }
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line);
        let engine: Arc<Engine> = live.get();
        let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
        match command {
            "/quit" | "/exit" | "/q" => break,
            "/sources" => println!("{}", engine.sources_text()),
            "/help" => println!("{}\n{}", engine.help_text(), text::HELP_COMMANDS_CONSOLE),
            "/good" | "/bad" => match &last_row {
                Some(key) => {
                    let reason = Some(rest.trim().to_string()).filter(|r| !r.is_empty());
                    log.feedback(key, command == "/good", reason);
                    println!("{}", text::FEEDBACK_THANKS);
                }
                None => println!("{}", text::FEEDBACK_NOTHING),
            },
            _ => {
                let a = engine.answer(line, &mut conversation);
                last_row = Some(log.record(querylog::row_for(&a, Channel::Console, None, None)));
                print!("{}", render::plain(&a, emphasis()));
            }
        }
    }
    let _ = std::fs::create_dir_all(&config.data_dir);
    let _ = editor.save_history(&history);
    runtime.block_on(log.close());
    Ok(ExitCode::SUCCESS)
}

/// `qabot check`: one line per check; a config error is the first failed check.
fn check_command(runtime: &tokio::runtime::Runtime, cli: &Cli, online: bool) -> ExitCode {
    let config = match load_config(cli) {
        Ok(c) => {
            let file = cli
                .config
                .clone()
                .unwrap_or_else(|| PathBuf::from("config.toml"));
            if file.exists() {
                println!("ok   {:<10} {}", "config", file.display());
            } else {
                println!(
                    "ok   {:<10} defaults ({} not found)",
                    "config",
                    file.display()
                );
            }
            c
        }
        Err(e) => {
            println!("FAIL {:<10} {e:#}", "config");
            return ExitCode::FAILURE;
        }
    };
    let checks = runtime.block_on(crate::check::run(&config, online));
    for c in &checks {
        println!("{c}");
    }
    if checks
        .iter()
        .any(|c| c.status == crate::check::Status::Fail)
    {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn has_token(config: &Config) -> bool {
    std::env::var(&config.telegram.token_env).is_ok_and(|t| !t.trim().is_empty())
}

/// `qabot telegram`: the bot, until SIGINT or SIGTERM.
fn telegram(runtime: &tokio::runtime::Runtime, config: &Config) -> Result<ExitCode> {
    knowledge_exists(config)?;
    let (live, _) = LiveEngine::open(config.clone()).context("opening the knowledge base")?;
    live.watch();
    runtime.block_on(async {
        let log = QueryLog::open(config).await;
        crate::telegram::run(config, live, log).await
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `qabot review`: the report, or with `--replay` the re-asked questions.
async fn review_command(
    config: &Config,
    since: &str,
    format: Format,
    replay: bool,
) -> Result<ExitCode> {
    let period = review::parse_since(since)
        .with_context(|| format!("--since {since}: use a number and m, h, d or w, such as 7d"))?;
    let pool = querylog::connect(&config.database_url())
        .await
        .with_context(|| format!("opening the query log {}", config.database_url()))?;
    let rows = querylog::read_rows(&pool, querylog::now_ms() - period).await?;
    pool.close().await;
    let engine = open_engine(config)?;
    if replay {
        let replayed = review::replay(&engine, &rows);
        match format {
            Format::Json => println!("{}", serde_json::to_string_pretty(&replayed)?),
            _ => {
                let now = replayed.iter().filter(|r| r.newly_answered).count();
                let changed = replayed.iter().filter(|r| r.changed).count();
                println!(
                    "Re-asked {} questions: {now} now answered, {changed} answered differently.",
                    replayed.len()
                );
                for r in &replayed {
                    let mark = if r.newly_answered {
                        "NOW ANSWERED"
                    } else if r.changed {
                        "CHANGED"
                    } else {
                        "same"
                    };
                    println!(
                        "- [{mark}] {} (was {} {:.2}, now {} {:.2})",
                        r.question, r.was, r.was_confidence, r.now, r.now_confidence
                    );
                }
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let report = review::review(&engine, &rows, since);
    match format {
        Format::Table => print!("{}", report.table()),
        Format::Csv => print!("{}", report.csv()),
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
    }
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
