-- One row per exchange (question and answer) on any channel.
CREATE TABLE IF NOT EXISTS exchanges (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    row_key           TEXT    NOT NULL UNIQUE,   -- stable key, used by feedback and retries
    asked_at_ms       INTEGER NOT NULL,          -- unix time, milliseconds, UTC
    channel           TEXT    NOT NULL,          -- telegram | console | ask
    chat              TEXT,                      -- keyed hash, or raw id when configured
    user              TEXT,                      -- keyed hash, or raw id when configured
    question          TEXT    NOT NULL,          -- as typed
    normalized        TEXT    NOT NULL,
    intent            TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    outcome           TEXT    NOT NULL,          -- answered | declined | smalltalk
    confidence        REAL    NOT NULL,
    answer            TEXT    NOT NULL,
    passage_ids       TEXT    NOT NULL,          -- JSON array of cited passage ids
    rule              TEXT,                      -- intent rule that matched
    top_score         REAL    NOT NULL,
    runner_up         REAL    NOT NULL,
    threshold         REAL    NOT NULL,
    reason            TEXT    NOT NULL,          -- JSON: the engine's full reason
    latency_us        INTEGER NOT NULL,
    knowledge_version TEXT    NOT NULL,
    feedback          INTEGER,                   -- 1 helpful, -1 not helpful
    feedback_reason   TEXT,
    feedback_at_ms    INTEGER
);
CREATE INDEX IF NOT EXISTS exchanges_asked_at ON exchanges (asked_at_ms);
CREATE INDEX IF NOT EXISTS exchanges_outcome ON exchanges (outcome, asked_at_ms);
