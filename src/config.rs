//! One typed configuration, read from `config.toml`, then overridden from the
//! environment (`QABOT_KEY`, `QABOT_SECTION__KEY`), then from the command line.
//!
//! Every setting has a default except secrets; relative paths are resolved
//! against the folder of the config file, so `qabot` runs the same from anywhere.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// Environment variables starting with this prefix override config keys.
pub const ENV_PREFIX: &str = "QABOT_";

/// The whole configuration. See `config.toml` for what each key means.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Folder of documents to answer from.
    pub knowledge_dir: PathBuf,
    /// Folder for the index, the database and other generated files.
    pub data_dir: PathBuf,
    /// Seconds between checks of the knowledge folder for changes while running (0 = never).
    pub reload_interval_secs: u64,
    /// Intent rules file; `None` uses the built-in rules.
    pub intents_file: Option<PathBuf>,
    /// File name, inside the knowledge folder, of the synonyms maintainers edit.
    pub synonyms_file: String,
    /// File name, inside the knowledge folder, of the curated answers.
    pub curated_file: String,
    pub answer: AnswerConfig,
    pub log: LogConfig,
    pub telegram: TelegramConfig,
}

/// How the engine decides to answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnswerConfig {
    /// Below this confidence (0..1) qabot declines.
    pub threshold: f32,
    /// Two answers closer than this in confidence, from different places, make qabot ask which was meant.
    pub close_margin: f32,
    /// Most sentences combined in one answer (list questions).
    pub max_sentences: usize,
    /// Topics offered when declining.
    pub suggestions: usize,
    /// Example questions shown by help and /start; empty means questions made from document titles.
    pub examples: Vec<String>,
}

/// The query log.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// SQLite URL; empty means `sqlite://<data_dir>/qabot.db`.
    pub database_url: String,
    /// Rows older than this many days are purged at start (0 keeps everything).
    pub retention_days: u32,
    /// Store user and chat ids as they are instead of keyed hashes.
    pub raw_ids: bool,
    /// Key for hashing ids; empty means a key generated once and kept in the data folder.
    pub hash_key: String,
    /// Rows waiting to be written before new ones go to the fallback file.
    pub queue_capacity: usize,
    /// Most rows written in one transaction.
    pub batch_size: usize,
}

/// The Telegram bot.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TelegramConfig {
    /// Name of the environment variable holding the bot token.
    pub token_env: String,
    /// Bot API address; empty means Telegram's (or `TELOXIDE_API_URL`).
    pub api_url: String,
    /// Questions a user may ask per minute.
    pub questions_per_minute: u32,
    /// Chats allowed to use the bot; empty allows all.
    pub allowed_chats: Vec<i64>,
    /// Users allowed to use /stats and /reload.
    pub admins: Vec<u64>,
    /// Webhook mode: public URL; empty means long polling.
    pub webhook_url: String,
    /// Webhook mode: address to listen on.
    pub webhook_listen: String,
    /// Webhook mode: name of the environment variable holding the secret token.
    pub webhook_secret_env: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            knowledge_dir: PathBuf::from("knowledge"),
            data_dir: PathBuf::from("data"),
            reload_interval_secs: 5,
            intents_file: None,
            synonyms_file: "synonyms.toml".into(),
            curated_file: "curated.toml".into(),
            answer: AnswerConfig::default(),
            log: LogConfig::default(),
            telegram: TelegramConfig::default(),
        }
    }
}

impl Default for AnswerConfig {
    fn default() -> Self {
        AnswerConfig {
            threshold: 0.55,
            close_margin: 0.03,
            max_sentences: 4,
            suggestions: 3,
            examples: Vec::new(),
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            database_url: String::new(),
            retention_days: 180,
            raw_ids: false,
            hash_key: String::new(),
            queue_capacity: 10_000,
            batch_size: 256,
        }
    }
}

impl Default for TelegramConfig {
    fn default() -> Self {
        TelegramConfig {
            token_env: "TELOXIDE_TOKEN".into(),
            api_url: String::new(),
            questions_per_minute: 20,
            allowed_chats: Vec::new(),
            admins: Vec::new(),
            webhook_url: String::new(),
            webhook_listen: "0.0.0.0:8443".into(),
            webhook_secret_env: "TELEGRAM_WEBHOOK_SECRET".into(),
        }
    }
}

impl Config {
    /// Reads `file` (a missing default file is fine: defaults apply), then the
    /// `QABOT_*` variables of `env`. `required` makes a missing file an error.
    pub fn load(
        file: &Path,
        required: bool,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config> {
        let shown = file.display().to_string();
        let mut table = match std::fs::read_to_string(file) {
            Ok(text) => text.parse::<toml::Table>().map_err(|e| Error::Config {
                file: shown.clone(),
                key: e
                    .span()
                    .map(|s| format!("at byte {}", s.start))
                    .unwrap_or_default(),
                message: e.message().to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => toml::Table::new(),
            Err(e) => return Err(Error::io(file, e)),
        };
        let mut from_env = Vec::new();
        for (name, value) in env {
            let Some(rest) = name.strip_prefix(ENV_PREFIX) else {
                continue;
            };
            if rest.is_empty() || rest == "CONFIG" {
                continue;
            }
            let path: Vec<String> = rest.split("__").map(|p| p.to_ascii_lowercase()).collect();
            set_path(&mut table, &path, parse_env_value(&value));
            from_env.push((path.join("."), name));
        }
        let mut config: Config = serde_path_to_error::deserialize(toml::Value::Table(table))
            .map_err(|e| {
                let key = e.path().to_string();
                let file = match from_env.iter().find(|(k, _)| *k == key) {
                    Some((_, var)) => format!("environment variable {var}"),
                    None => shown.clone(),
                };
                Error::Config {
                    file,
                    key,
                    message: e.inner().message().to_string(),
                }
            })?;
        let base = file.parent().unwrap_or(Path::new(""));
        config.resolve_paths(base);
        config.validate(&shown)?;
        Ok(config)
    }

    fn resolve_paths(&mut self, base: &Path) {
        let resolve = |p: &PathBuf| {
            if p.is_absolute() || base.as_os_str().is_empty() {
                p.clone()
            } else {
                base.join(p)
            }
        };
        self.knowledge_dir = resolve(&self.knowledge_dir);
        self.data_dir = resolve(&self.data_dir);
        self.intents_file = self.intents_file.as_ref().map(resolve);
    }

    fn validate(&self, file: &str) -> Result<()> {
        let bad = |key: &str, message: &str| {
            Err(Error::Config {
                file: file.to_string(),
                key: key.to_string(),
                message: message.to_string(),
            })
        };
        if !(0.0..=1.0).contains(&self.answer.threshold) {
            return bad("answer.threshold", "must be between 0 and 1");
        }
        if self.answer.max_sentences == 0 {
            return bad("answer.max_sentences", "must be at least 1");
        }
        if self.log.queue_capacity == 0 || self.log.batch_size == 0 {
            return bad(
                "log.queue_capacity",
                "queue and batch sizes must be at least 1",
            );
        }
        if self.knowledge_dir.as_os_str().is_empty() {
            return bad("knowledge_dir", "must not be empty");
        }
        if self.data_dir.as_os_str().is_empty() {
            return bad("data_dir", "must not be empty");
        }
        Ok(())
    }

    /// The SQLite URL of the query log.
    pub fn database_url(&self) -> String {
        if self.log.database_url.is_empty() {
            format!("sqlite://{}", self.data_dir.join("qabot.db").display())
        } else {
            self.log.database_url.clone()
        }
    }

    /// The folder holding index generations.
    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }
}

/// Env values are TOML when they parse as such (numbers, booleans, arrays), else plain strings.
fn parse_env_value(value: &str) -> toml::Value {
    format!("v = {value}")
        .parse::<toml::Table>()
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(value.to_string()))
}

fn set_path(table: &mut toml::Table, path: &[String], value: toml::Value) {
    match path {
        [] => {}
        [last] => {
            table.insert(last.clone(), value);
        }
        [first, rest @ ..] => {
            let entry = table
                .entry(first.clone())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if !entry.is_table() {
                *entry = toml::Value::Table(toml::Table::new());
            }
            if let toml::Value::Table(inner) = entry {
                set_path(inner, rest, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str, env: &[(&str, &str)]) -> Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(&file, text).unwrap();
        Config::load(
            &file,
            true,
            env.iter().map(|(k, v)| (k.to_string(), v.to_string())),
        )
    }

    #[test]
    fn env_overrides_file_and_nested_keys_use_double_underscore() {
        let c = load(
            "[answer]\nthreshold = 0.4\n",
            &[
                ("QABOT_ANSWER__THRESHOLD", "0.7"),
                ("QABOT_DATA_DIR", "/tmp/x"),
            ],
        )
        .unwrap();
        assert_eq!(c.answer.threshold, 0.7);
        assert_eq!(c.data_dir, PathBuf::from("/tmp/x"));
    }

    #[test]
    fn invalid_value_names_key_and_file() {
        let err = load("[answer]\nthreshold = \"high\"\n", &[])
            .unwrap_err()
            .to_string();
        assert!(err.contains("answer.threshold"), "{err}");
        assert!(err.contains("config.toml"), "{err}");
        let err = load("knowlege_dir = \"x\"\n", &[]).unwrap_err().to_string();
        assert!(err.contains("knowlege_dir"), "{err}");
    }

    #[test]
    fn invalid_env_value_names_the_variable() {
        let err = load("", &[("QABOT_ANSWER__THRESHOLD", "lots")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("QABOT_ANSWER__THRESHOLD"), "{err}");
    }

    #[test]
    fn out_of_range_threshold_is_refused() {
        let err = load("[answer]\nthreshold = 3.0\n", &[])
            .unwrap_err()
            .to_string();
        assert!(err.contains("answer.threshold"), "{err}");
    }

    #[test]
    fn relative_paths_resolve_against_the_config_folder() {
        let c = load("knowledge_dir = \"docs\"\n", &[]).unwrap();
        assert!(c.knowledge_dir.ends_with("docs"));
        assert!(c.knowledge_dir.is_absolute());
    }
}
