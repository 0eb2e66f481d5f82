//! `qabot check`: is this installation ready? One line per check, and a
//! non-zero exit when any fails. The container's health check runs it.

use std::fmt;

use crate::config::Config;
use crate::index::{self, Freshness};
use crate::knowledge::formats::SUPPORTED;
use crate::querylog;

/// How one check went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Ok,
    Skip,
    Fail,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub name: &'static str,
    pub status: Status,
    pub detail: String,
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.status {
            Status::Ok => "ok  ",
            Status::Skip => "skip",
            Status::Fail => "FAIL",
        };
        write!(f, "{s} {:<10} {}", self.name, self.detail)
    }
}

fn check(name: &'static str, status: Status, detail: impl Into<String>) -> Check {
    Check {
        name,
        status,
        detail: detail.into(),
    }
}

/// Runs every check for `config` (already loaded: a config error is reported by the caller).
/// With `online`, the token is required and the Bot API must accept it.
pub async fn run(config: &Config, online: bool) -> Vec<Check> {
    let mut out = Vec::new();
    let k = &config.knowledge_dir;
    if !k.is_dir() {
        out.push(check(
            "knowledge",
            Status::Fail,
            format!("{} is not a folder", k.display()),
        ));
    } else {
        let documents = std::fs::read_dir(k)
            .map(|d| {
                d.flatten()
                    .filter(|e| {
                        e.path()
                            .extension()
                            .and_then(|x| x.to_str())
                            .is_some_and(|x| SUPPORTED.contains(&x.to_ascii_lowercase().as_str()))
                    })
                    .count()
            })
            .unwrap_or(0);
        if documents == 0 {
            out.push(check(
                "knowledge",
                Status::Fail,
                format!("{} holds no .txt, .md or .html document", k.display()),
            ));
        } else {
            out.push(check(
                "knowledge",
                Status::Ok,
                format!("{} ({documents} documents)", k.display()),
            ));
        }
        out.push(match index::freshness(k, &config.index_dir()) {
            Ok(Freshness::Fresh) => check("index", Status::Ok, "matches the knowledge folder"),
            Ok(Freshness::Stale) => check(
                "index",
                Status::Fail,
                "older than the knowledge folder: run `qabot index`",
            ),
            Ok(Freshness::Missing) => {
                check("index", Status::Fail, "not built yet: run `qabot index`")
            }
            Ok(Freshness::Broken(e)) => check(
                "index",
                Status::Fail,
                format!("unreadable ({e}): run `qabot index`"),
            ),
            Err(e) => check("index", Status::Fail, e.to_string()),
        });
    }
    out.push(database(config).await);
    let token = std::env::var(&config.telegram.token_env)
        .ok()
        .filter(|t| !t.trim().is_empty());
    match (&token, online) {
        (Some(_), _) => out.push(check(
            "token",
            Status::Ok,
            format!("{} is set", config.telegram.token_env),
        )),
        (None, false) => out.push(check(
            "token",
            Status::Skip,
            format!(
                "{} not set (needed only for Telegram)",
                config.telegram.token_env
            ),
        )),
        (None, true) => out.push(check(
            "token",
            Status::Fail,
            format!("{} not set", config.telegram.token_env),
        )),
    }
    if online && token.is_some() {
        out.push(telegram(config).await);
    }
    out
}

async fn database(config: &Config) -> Check {
    let url = config.database_url();
    let pool = match querylog::connect(&url).await {
        Ok(pool) => pool,
        Err(e) => return check("database", Status::Fail, format!("{url}: {e}")),
    };
    // Taking the write lock proves the file is writable, without changing anything.
    let writable = async {
        let mut conn = pool.acquire().await?;
        sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
        sqlx::query("ROLLBACK").execute(&mut *conn).await?;
        Ok::<_, sqlx::Error>(())
    }
    .await;
    let applied: Result<i64, sqlx::Error> =
        sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
            .fetch_one(&pool)
            .await;
    pool.close().await;
    let expected = querylog::MIGRATOR.iter().count() as i64;
    match (writable, applied) {
        (Err(e), _) => check(
            "database",
            Status::Fail,
            format!("{url} is not writable: {e}"),
        ),
        (_, Err(e)) => check(
            "database",
            Status::Fail,
            format!("{url}: cannot read migrations: {e}"),
        ),
        (Ok(()), Ok(n)) if n < expected => check(
            "database",
            Status::Fail,
            format!("{url}: {n} of {expected} migrations applied"),
        ),
        (Ok(()), Ok(_)) => check("database", Status::Ok, format!("{url} writable, migrated")),
    }
}

async fn telegram(config: &Config) -> Check {
    let bot = match crate::telegram::bot(&config.telegram) {
        Ok(bot) => bot,
        Err(e) => return check("telegram", Status::Fail, e.to_string()),
    };
    use teloxide::requests::Requester;
    let me = tokio::time::timeout(std::time::Duration::from_secs(15), bot.get_me()).await;
    match me {
        Ok(Ok(me)) => check(
            "telegram",
            Status::Ok,
            format!(
                "the Bot API accepts the token (@{})",
                me.username.as_deref().unwrap_or("?")
            ),
        ),
        Ok(Err(teloxide::RequestError::Api(teloxide::ApiError::InvalidToken))) => {
            check("telegram", Status::Fail, "the Bot API refused the token")
        }
        Ok(Err(e)) => check(
            "telegram",
            Status::Fail,
            format!(
                "cannot reach the Bot API at {}: {e}",
                crate::telegram::api_address(&bot)
            ),
        ),
        Err(_) => check(
            "telegram",
            Status::Fail,
            format!(
                "no answer from the Bot API at {} within 15 s",
                crate::telegram::api_address(&bot)
            ),
        ),
    }
}
