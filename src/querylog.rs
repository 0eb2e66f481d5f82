//! The query log: every exchange on every channel is one SQLite row.
//!
//! Logging never delays or breaks an answer: [`QueryLog::record`] only puts the
//! row on a bounded queue, and one writer task batches rows into transactions.
//! When the database is locked, full or read-only, the failure is reported
//! once, rows are retried, and rows that still cannot be written are appended
//! to a JSON Lines fallback file in the data folder. [`QueryLog::close`]
//! writes everything pending (call it on SIGINT and SIGTERM).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use tokio::sync::mpsc;

use crate::answer::Answer;
use crate::config::Config;
use crate::error::{Error, Result};

/// The migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Name of the fallback file in the data folder.
pub const FALLBACK_FILE: &str = "querylog-fallback.jsonl";
const KEY_FILE: &str = "log-hash.key";
/// Attempts to write a batch before its rows go to the fallback file.
const ATTEMPTS: u32 = 4;

/// Where a question came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Telegram,
    Console,
    Ask,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Console => "console",
            Channel::Ask => "ask",
        }
    }
}

/// One logged exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub row_key: String,
    pub asked_at_ms: i64,
    pub channel: String,
    pub chat: Option<String>,
    pub user: Option<String>,
    pub question: String,
    pub normalized: String,
    pub intent: String,
    pub kind: String,
    pub outcome: String,
    pub confidence: f64,
    pub answer: String,
    pub passage_ids: Vec<String>,
    pub rule: Option<String>,
    pub top_score: f64,
    pub runner_up: f64,
    pub threshold: f64,
    pub reason: String,
    pub latency_us: i64,
    pub knowledge_version: String,
}

/// Feedback on an answer, by its row key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    pub row_key: String,
    pub helpful: bool,
    pub reason: Option<String>,
    pub at_ms: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Entry {
    Row(Box<Row>),
    Feedback(Feedback),
}

enum Message {
    Entry(Entry),
    Flush(tokio::sync::oneshot::Sender<()>),
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn random_bytes() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        use std::io::Read;
        if f.read_exact(&mut bytes).is_ok() {
            return bytes;
        }
    }
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let seed = format!(
        "{:?}{}{}",
        std::time::SystemTime::now(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    *blake3::hash(seed.as_bytes()).as_bytes()
}

/// A fresh row key: 16 hex digits (short enough for Telegram callback data).
pub fn new_row_key() -> String {
    blake3::hash(&random_bytes()).to_hex()[..16].to_string()
}

/// Turns user and chat ids into what is stored: keyed hashes unless raw ids are configured.
#[derive(Clone)]
pub struct IdHasher {
    key: Option<[u8; 32]>,
}

impl std::fmt::Debug for IdHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IdHasher { .. }")
    }
}

impl IdHasher {
    /// Raw ids, or hashes keyed from config or from a key generated once in the data folder.
    pub fn from_config(config: &Config) -> Result<IdHasher> {
        if config.log.raw_ids {
            return Ok(IdHasher { key: None });
        }
        let key = if !config.log.hash_key.is_empty() {
            *blake3::hash(config.log.hash_key.as_bytes()).as_bytes()
        } else {
            let path = config.data_dir.join(KEY_FILE);
            match std::fs::read(&path) {
                Ok(bytes) if bytes.len() == 32 => bytes.try_into().expect("32 bytes"),
                _ => {
                    std::fs::create_dir_all(&config.data_dir)
                        .map_err(|e| Error::io(&config.data_dir, e))?;
                    let key = random_bytes();
                    std::fs::write(&path, key).map_err(|e| Error::io(&path, e))?;
                    key
                }
            }
        };
        Ok(IdHasher { key: Some(key) })
    }

    /// The stored form of an id.
    pub fn id(&self, raw: &str) -> String {
        match &self.key {
            None => raw.to_string(),
            Some(key) => blake3::keyed_hash(key, raw.as_bytes()).to_hex()[..24].to_string(),
        }
    }
}

/// Builds the row for an answer.
pub fn row_for(
    answer: &Answer,
    channel: Channel,
    chat: Option<String>,
    user: Option<String>,
) -> Row {
    Row {
        row_key: new_row_key(),
        asked_at_ms: now_ms(),
        channel: channel.as_str().to_string(),
        chat,
        user,
        question: answer.question.clone(),
        normalized: crate::engine::query::normalize(&answer.question).to_lowercase(),
        intent: answer.intent.clone(),
        kind: answer.kind.clone(),
        outcome: serde_json::to_value(answer.outcome)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        confidence: answer.confidence as f64,
        answer: answer.plain_text(),
        passage_ids: answer
            .citations
            .iter()
            .map(|c| c.passage_id.clone())
            .collect(),
        rule: answer.reason.rule.clone(),
        top_score: answer.reason.top_score as f64,
        runner_up: answer.reason.runner_up as f64,
        threshold: answer.reason.threshold as f64,
        reason: serde_json::to_string(&answer.reason).unwrap_or_default(),
        latency_us: answer.elapsed_us as i64,
        knowledge_version: answer.knowledge_version.clone(),
    }
}

/// Opens the SQLite database at `url` (creating it), in WAL mode with a busy timeout, migrated.
pub async fn connect(url: &str) -> Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .busy_timeout(Duration::from_secs(2));
    if let Some(path) = url
        .strip_prefix("sqlite://")
        .and_then(|p| Path::new(p.split('?').next()?).parent())
    {
        let _ = std::fs::create_dir_all(path);
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await?;
    MIGRATOR.run(&pool).await?;
    Ok(pool)
}

/// The handle frontends log through. Cheap to clone.
#[derive(Clone)]
pub struct QueryLog {
    sender: Arc<Mutex<Option<mpsc::Sender<Message>>>>,
    writer: Arc<Mutex<Option<tokio::task::JoinHandle<()>>>>,
    fallback: Arc<Fallback>,
    pub hasher: IdHasher,
}

impl std::fmt::Debug for QueryLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueryLog")
            .field("fallback", &self.fallback.path)
            .finish()
    }
}

struct Fallback {
    path: PathBuf,
    lock: Mutex<()>,
    reported: AtomicBool,
}

impl Fallback {
    fn append(&self, entries: &[Entry]) {
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let result = (|| -> std::io::Result<()> {
            if let Some(dir) = self.path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?;
            let mut buf = Vec::new();
            for e in entries {
                serde_json::to_writer(&mut buf, e).map_err(std::io::Error::other)?;
                buf.push(b'\n');
            }
            f.write_all(&buf)?;
            f.sync_data()
        })();
        match result {
            Ok(()) => {
                tracing::warn!(rows = entries.len(), file = %self.path.display(), "query log rows written to the fallback file")
            }
            Err(e) => {
                tracing::error!(error = %e, file = %self.path.display(), rows = entries.len(), "could not write the query log fallback file; rows lost")
            }
        }
    }
}

impl QueryLog {
    /// Opens the log of `config` and starts its writer. When the database cannot be
    /// opened, rows go to the fallback file and the failure is reported once.
    pub async fn open(config: &Config) -> QueryLog {
        let pool = match connect(&config.database_url()).await {
            Ok(pool) => {
                if config.log.retention_days > 0 {
                    let cutoff = now_ms() - config.log.retention_days as i64 * 86_400_000;
                    if let Err(e) = sqlx::query("DELETE FROM exchanges WHERE asked_at_ms < ?")
                        .bind(cutoff)
                        .execute(&pool)
                        .await
                    {
                        tracing::warn!(error = %e, "could not purge old query log rows");
                    }
                }
                Some(pool)
            }
            Err(e) => {
                tracing::error!(error = %e, "query log database unavailable; rows go to the fallback file");
                None
            }
        };
        let hasher = IdHasher::from_config(config).unwrap_or_else(|e| {
            tracing::error!(error = %e, "no key for hashing ids; using a key for this run only");
            IdHasher {
                key: Some(random_bytes()),
            }
        });
        QueryLog::start(
            pool,
            config.data_dir.join(FALLBACK_FILE),
            hasher,
            config.log.queue_capacity,
            config.log.batch_size,
        )
    }

    /// Starts a writer over `pool` (or only the fallback file when `None`).
    pub fn start(
        pool: Option<SqlitePool>,
        fallback: PathBuf,
        hasher: IdHasher,
        capacity: usize,
        batch: usize,
    ) -> QueryLog {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        let fallback = Arc::new(Fallback {
            path: fallback,
            lock: Mutex::new(()),
            reported: AtomicBool::new(false),
        });
        let writer = tokio::spawn(write_loop(rx, pool, fallback.clone(), batch.max(1)));
        QueryLog {
            sender: Arc::new(Mutex::new(Some(tx))),
            writer: Arc::new(Mutex::new(Some(writer))),
            fallback,
            hasher,
        }
    }

    fn send(&self, entry: Entry) {
        let sender = self
            .sender
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let rejected = match sender {
            Some(tx) => match tx.try_send(Message::Entry(entry)) {
                Ok(()) => None,
                Err(
                    mpsc::error::TrySendError::Full(Message::Entry(e))
                    | mpsc::error::TrySendError::Closed(Message::Entry(e)),
                ) => Some(e),
                Err(_) => None,
            },
            None => Some(entry),
        };
        // Queue full or closed: the row is not dropped, it goes to the fallback file.
        if let Some(e) = rejected {
            if !self.fallback.reported.swap(true, Ordering::Relaxed) {
                tracing::warn!("query log queue full or closed; writing to the fallback file");
            }
            self.fallback.append(&[e]);
        }
    }

    /// Logs an answer; returns the row key feedback refers to. Never blocks on the database.
    pub fn record(&self, row: Row) -> String {
        let key = row.row_key.clone();
        self.send(Entry::Row(Box::new(row)));
        key
    }

    /// Records feedback on a logged answer.
    pub fn feedback(&self, row_key: &str, helpful: bool, reason: Option<String>) {
        self.send(Entry::Feedback(Feedback {
            row_key: row_key.to_string(),
            helpful,
            reason,
            at_ms: now_ms(),
        }));
    }

    /// Waits until every row recorded so far is written (to the database or the fallback file).
    pub async fn flush(&self) {
        let sender = self
            .sender
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        if let Some(tx) = sender {
            let (done, wait) = tokio::sync::oneshot::channel();
            if tx.send(Message::Flush(done)).await.is_ok() {
                let _ = wait.await;
            }
        }
    }

    /// Writes everything pending and stops the writer.
    pub async fn close(&self) {
        self.sender.lock().unwrap_or_else(|e| e.into_inner()).take();
        let writer = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(w) = writer {
            let _ = w.await;
        }
    }
}

async fn write_loop(
    mut rx: mpsc::Receiver<Message>,
    pool: Option<SqlitePool>,
    fallback: Arc<Fallback>,
    batch: usize,
) {
    let mut failing = false;
    while let Some(first) = rx.recv().await {
        let mut entries = Vec::new();
        let mut flushes = Vec::new();
        let mut next = Some(first);
        while let Some(m) = next {
            match m {
                Message::Entry(e) => entries.push(e),
                Message::Flush(done) => flushes.push(done),
            }
            next = if entries.len() < batch {
                rx.try_recv().ok()
            } else {
                None
            };
        }
        if !entries.is_empty() {
            write_with_retries(pool.as_ref(), &entries, &fallback, &mut failing).await;
        }
        for done in flushes {
            let _ = done.send(());
        }
    }
    drop(pool);
}

async fn write_with_retries(
    pool: Option<&SqlitePool>,
    entries: &[Entry],
    fallback: &Fallback,
    failing: &mut bool,
) {
    let Some(pool) = pool else {
        fallback.append(entries);
        return;
    };
    let mut delay = Duration::from_millis(100);
    for attempt in 1..=ATTEMPTS {
        match write_batch(pool, entries).await {
            Ok(()) => {
                if *failing {
                    tracing::info!("query log database writable again");
                    *failing = false;
                }
                return;
            }
            Err(e) => {
                if !*failing {
                    tracing::error!(error = %e, "query log database write failed; retrying");
                    *failing = true;
                }
                if attempt < ATTEMPTS {
                    tokio::time::sleep(delay).await;
                    delay *= 3;
                }
            }
        }
    }
    fallback.append(entries);
}

/// Rows per INSERT statement: 20 columns each stays far below SQLite's limit on bound values.
const ROWS_PER_INSERT: usize = 40;

/// Writes entries in one transaction: rows in multi-row INSERTs, feedback after the rows before it.
async fn write_batch(pool: &SqlitePool, entries: &[Entry]) -> Result<()> {
    let mut tx = pool.begin().await?;
    let mut pending: Vec<&Row> = Vec::new();
    for e in entries {
        match e {
            Entry::Row(r) => {
                pending.push(r);
                if pending.len() == ROWS_PER_INSERT {
                    insert_rows(&mut tx, &pending).await?;
                    pending.clear();
                }
            }
            Entry::Feedback(f) => {
                insert_rows(&mut tx, &pending).await?;
                pending.clear();
                sqlx::query("UPDATE exchanges SET feedback = ?, feedback_reason = ?, feedback_at_ms = ? WHERE row_key = ?")
                    .bind(if f.helpful { 1 } else { -1 })
                    .bind(&f.reason)
                    .bind(f.at_ms)
                    .bind(&f.row_key)
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    insert_rows(&mut tx, &pending).await?;
    tx.commit().await?;
    Ok(())
}

async fn insert_rows(tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>, rows: &[&Row]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut q = sqlx::QueryBuilder::new(
        "INSERT OR IGNORE INTO exchanges (row_key, asked_at_ms, channel, chat, user, question, normalized, intent, kind, outcome, confidence, answer, passage_ids, rule, top_score, runner_up, threshold, reason, latency_us, knowledge_version) ",
    );
    q.push_values(rows, |mut b, r| {
        b.push_bind(&r.row_key)
            .push_bind(r.asked_at_ms)
            .push_bind(&r.channel)
            .push_bind(&r.chat)
            .push_bind(&r.user)
            .push_bind(&r.question)
            .push_bind(&r.normalized)
            .push_bind(&r.intent)
            .push_bind(&r.kind)
            .push_bind(&r.outcome)
            .push_bind(r.confidence)
            .push_bind(&r.answer)
            .push_bind(serde_json::to_string(&r.passage_ids).unwrap_or_default())
            .push_bind(&r.rule)
            .push_bind(r.top_score)
            .push_bind(r.runner_up)
            .push_bind(r.threshold)
            .push_bind(&r.reason)
            .push_bind(r.latency_us)
            .push_bind(&r.knowledge_version);
    });
    q.build().execute(&mut **tx).await?;
    Ok(())
}

/// Reads rows back (for review and tests), oldest first, since `since_ms`.
pub async fn read_rows(pool: &SqlitePool, since_ms: i64) -> Result<Vec<StoredRow>> {
    use sqlx::Row as _;
    let rows =
        sqlx::query("SELECT * FROM exchanges WHERE asked_at_ms >= ? ORDER BY asked_at_ms, id")
            .bind(since_ms)
            .fetch_all(pool)
            .await?;
    rows.iter()
        .map(|r| {
            let ids: String = r.try_get("passage_ids")?;
            Ok(StoredRow {
                row: Row {
                    row_key: r.try_get("row_key")?,
                    asked_at_ms: r.try_get("asked_at_ms")?,
                    channel: r.try_get("channel")?,
                    chat: r.try_get("chat")?,
                    user: r.try_get("user")?,
                    question: r.try_get("question")?,
                    normalized: r.try_get("normalized")?,
                    intent: r.try_get("intent")?,
                    kind: r.try_get("kind")?,
                    outcome: r.try_get("outcome")?,
                    confidence: r.try_get("confidence")?,
                    answer: r.try_get("answer")?,
                    passage_ids: serde_json::from_str(&ids).unwrap_or_default(),
                    rule: r.try_get("rule")?,
                    top_score: r.try_get("top_score")?,
                    runner_up: r.try_get("runner_up")?,
                    threshold: r.try_get("threshold")?,
                    reason: r.try_get("reason")?,
                    latency_us: r.try_get("latency_us")?,
                    knowledge_version: r.try_get("knowledge_version")?,
                },
                feedback: r.try_get::<Option<i64>, _>("feedback")?.map(|f| f > 0),
                feedback_reason: r.try_get("feedback_reason")?,
            })
        })
        .collect::<std::result::Result<_, sqlx::Error>>()
        .map_err(Error::from)
}

/// A row as stored, with its feedback.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredRow {
    #[serde(flatten)]
    pub row: Row,
    pub feedback: Option<bool>,
    pub feedback_reason: Option<String>,
}

/// Reads the fallback file's rows (for tests and replays into the database).
pub fn read_fallback(path: &Path) -> Vec<Row> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<Entry>(l).ok())
        .filter_map(|e| match e {
            Entry::Row(r) => Some(*r),
            Entry::Feedback(_) => None,
        })
        .collect()
}
