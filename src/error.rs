//! The library's one error type. The binary adds context with `anyhow` at its edge.

use std::path::PathBuf;

/// Everything that can go wrong inside qabot's library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A configuration value is missing or invalid; names the key and the file.
    #[error("invalid configuration in {file}: `{key}`: {message}")]
    Config {
        file: String,
        key: String,
        message: String,
    },

    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The search index failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),

    /// The query log database failed.
    #[error("query log database: {0}")]
    Database(#[from] sqlx::Error),

    /// Database migrations failed.
    #[error("query log migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),

    /// A file in the knowledge folder that maintainers edit (synonyms, curated answers, intents) is invalid.
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Shorthand for results of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
