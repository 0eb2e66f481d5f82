//! The query log on real SQLite files: round trips, concurrency, locked and
//! read-only databases, and flushing on SIGTERM.

use std::time::Duration;

use qabot::querylog::{self, Channel, FALLBACK_FILE, IdHasher, QueryLog, Row};

use crate::helpers::{TestProject, ask};

fn url(dir: &std::path::Path) -> String {
    format!("sqlite://{}", dir.join("qabot.db").display())
}

fn sample_row(i: usize) -> Row {
    Row {
        row_key: querylog::new_row_key(),
        asked_at_ms: querylog::now_ms(),
        channel: "telegram".into(),
        chat: Some(format!("chat-{i}")),
        user: Some(format!("user-{i}")),
        question: format!("Question {i}? 🙂 'quotes' \"and\" ; DROP TABLE exchanges; --"),
        normalized: format!("question {i}?"),
        intent: "search".into(),
        kind: "when".into(),
        outcome: "answered".into(),
        confidence: 0.75,
        answer: "In May 2018, it happened. [1]".into(),
        passage_ids: vec!["doc#1.1".into(), "doc#2.3".into()],
        rule: Some("when".into()),
        top_score: 0.75,
        runner_up: 0.5,
        threshold: 0.5,
        reason: "{\"rule\":\"when\"}".into(),
        latency_us: 123,
        knowledge_version: "abc123".into(),
    }
}

/// A fresh database in a temporary folder and a log writing to it.
async fn fresh_log(
    capacity: usize,
    batch: usize,
) -> (tempfile::TempDir, sqlx::SqlitePool, QueryLog) {
    let dir = tempfile::tempdir().unwrap();
    let pool = querylog::connect(&url(dir.path())).await.unwrap();
    let log = QueryLog::start(
        Some(pool.clone()),
        dir.path().join(FALLBACK_FILE),
        hasher(),
        capacity,
        batch,
    );
    (dir, pool, log)
}

/// Rows that reached the database or the fallback file.
async fn rows_kept(dir: &std::path::Path, pool: &sqlx::SqlitePool) -> usize {
    querylog::read_rows(pool, 0).await.unwrap().len()
        + querylog::read_fallback(&dir.join(FALLBACK_FILE)).len()
}

fn hasher() -> IdHasher {
    let p = TestProject::new(&[]);
    IdHasher::from_config(&p.config()).unwrap()
}

#[tokio::test]
async fn migrations_apply_to_an_empty_file_and_every_field_round_trips() {
    let (dir, pool, log) = fresh_log(100, 10).await;
    let row = sample_row(1);
    let key = log.record(row.clone());
    log.feedback(&key, false, Some("too vague".into()));
    log.flush().await;
    let stored = querylog::read_rows(&pool, 0).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].row, row);
    assert_eq!(stored[0].feedback, Some(false));
    assert_eq!(stored[0].feedback_reason.as_deref(), Some("too vague"));
    log.close().await;
    // Opening again applies no migration twice.
    querylog::connect(&url(dir.path())).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_concurrent_writers_of_a_thousand_rows_lose_nothing() {
    let (dir, pool, log) = fresh_log(10_000, 256).await;
    let mut tasks = Vec::new();
    for w in 0..8 {
        let log = log.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..1000 {
                log.record(sample_row(w * 1000 + i));
                if i % 100 == 0 {
                    tokio::task::yield_now().await;
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    log.close().await;
    assert_eq!(rows_kept(dir.path(), &pool).await, 8000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_database_delays_rows_but_loses_none() {
    let (dir, pool, log) = fresh_log(100, 10).await;
    // Another connection holds the write lock for a while.
    use sqlx::Connection;
    let mut locker = sqlx::SqliteConnection::connect(&url(dir.path()))
        .await
        .unwrap();
    sqlx::query("BEGIN EXCLUSIVE")
        .execute(&mut locker)
        .await
        .unwrap();
    for i in 0..5 {
        log.record(sample_row(i)); // returns at once: answers are not delayed
    }
    tokio::time::sleep(Duration::from_millis(2500)).await;
    sqlx::query("COMMIT").execute(&mut locker).await.unwrap();
    log.close().await;
    assert_eq!(rows_kept(dir.path(), &pool).await, 5);
    assert!(
        !querylog::read_rows(&pool, 0).await.unwrap().is_empty(),
        "rows landed once the lock was released"
    );
}

#[test]
fn a_read_only_database_still_answers_and_keeps_rows_in_the_fallback_file() {
    let p = TestProject::shipped();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // Create and migrate the database, then open it read-only.
    let db = p.data().join("qabot.db");
    std::fs::create_dir_all(p.data()).unwrap();
    runtime
        .block_on(querylog::connect(&format!("sqlite://{}", db.display())))
        .unwrap();
    let mut config = p.config();
    config.log.database_url = format!("sqlite://{}?mode=ro", db.display());
    let engine = p.engine();
    runtime.block_on(async {
        let log = QueryLog::open(&config).await;
        let a = ask(
            &engine,
            "When was the first ASEAN-China Media Cooperation Forum held?",
        );
        assert!(a.answered());
        log.record(querylog::row_for(&a, Channel::Console, None, None));
        log.close().await;
    });
    let rows = querylog::read_fallback(&p.data().join(FALLBACK_FILE));
    assert_eq!(rows.len(), 1);
    assert!(rows[0].answer.contains("May 2018"));
}

#[test]
fn ids_are_stored_as_keyed_hashes_unless_raw_ids_are_asked_for() {
    let p = TestProject::new(&[]);
    let hashed = IdHasher::from_config(&p.config()).unwrap();
    assert_ne!(hashed.id("12345"), "12345");
    assert_eq!(
        hashed.id("12345"),
        IdHasher::from_config(&p.config()).unwrap().id("12345"),
        "the key is kept"
    );
    let mut raw = p.config();
    raw.log.raw_ids = true;
    assert_eq!(IdHasher::from_config(&raw).unwrap().id("12345"), "12345");
}

#[test]
fn every_ask_is_logged_and_sigterm_flushes_pending_rows() {
    let p = TestProject::shipped();
    let mut child = p
        .qabot()
        .args(["ask", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::{BufRead, Write};
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    for i in 0..20 {
        writeln!(
            stdin,
            "When was the first ASEAN-China Media Cooperation Forum held? ({i})"
        )
        .unwrap();
        stdin.flush().unwrap();
        lines.next().unwrap().unwrap();
    }
    // The process is still running, stdin open: SIGTERM now.
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let rows = runtime.block_on(async {
        let pool = querylog::connect(&p.config().database_url()).await.unwrap();
        querylog::read_rows(&pool, 0).await.unwrap()
    });
    assert_eq!(rows.len(), 20);
    assert!(
        rows.iter()
            .all(|r| r.row.channel == "ask" && r.row.question.starts_with("When was"))
    );
}
