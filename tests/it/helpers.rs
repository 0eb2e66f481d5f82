//! Shared helpers: fixture folders in temporary directories, engines over them.

use std::path::{Path, PathBuf};
use std::process::Command;

use qabot::config::Config;
use qabot::engine::{Conversation, Engine};

/// The repository's own knowledge folder (the five shipped documents).
pub fn shipped_knowledge() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

/// A fixture file under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A temporary project: a knowledge folder with `files`, and an empty data folder.
pub struct TestProject {
    pub dir: tempfile::TempDir,
}

impl TestProject {
    pub fn new(files: &[(&str, &str)]) -> TestProject {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("knowledge")).unwrap();
        let p = TestProject { dir };
        for (name, text) in files {
            p.write(name, text.as_bytes());
        }
        p
    }

    /// A project whose knowledge folder is a copy of the shipped one.
    pub fn shipped() -> TestProject {
        let p = TestProject::new(&[]);
        for entry in std::fs::read_dir(shipped_knowledge()).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), p.knowledge().join(entry.file_name())).unwrap();
        }
        p
    }

    pub fn knowledge(&self) -> PathBuf {
        self.dir.path().join("knowledge")
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn write(&self, name: &str, bytes: &[u8]) {
        let path = self.knowledge().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    pub fn config(&self) -> Config {
        Config {
            knowledge_dir: self.knowledge(),
            data_dir: self.data(),
            ..Config::default()
        }
    }

    pub fn engine(&self) -> Engine {
        Engine::open(&self.config()).unwrap().0
    }

    /// The `qabot` binary with this project's folders and no config file.
    pub fn qabot(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_qabot"));
        cmd.current_dir(self.dir.path())
            .arg("--knowledge")
            .arg(self.knowledge())
            .arg("--data")
            .arg(self.data())
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("RUST_LOG");
        cmd
    }
}

/// Asks one question in a fresh conversation.
pub fn ask(engine: &Engine, q: &str) -> qabot::answer::Answer {
    engine.answer(q, &mut Conversation::default())
}

/// Asserts that `engine` declines every one of `questions`.
#[track_caller]
pub fn assert_declines(engine: &Engine, questions: &[&str]) {
    for q in questions {
        let a = ask(engine, q);
        assert!(!a.answered(), "{q:?} was answered: {}", a.plain_text());
    }
}

/// Whether `a` is an answer whose text holds every one of `parts`.
fn holds(a: &qabot::answer::Answer, parts: &[&str]) -> bool {
    let text = a.plain_text();
    a.answered() && parts.iter().all(|p| text.contains(p))
}

/// Asserts that `a` is an answer whose text holds every one of `parts`.
#[track_caller]
pub fn assert_answers(a: &qabot::answer::Answer, parts: &[&str]) {
    assert!(holds(a, parts), "{}", a.plain_text());
}

/// Asserts that `engine` answers every one of `questions` with text that
/// holds every one of `parts`.
#[track_caller]
pub fn assert_each_answers(engine: &Engine, questions: &[&str], parts: &[&str]) {
    for q in questions {
        let a = ask(engine, q);
        assert!(holds(&a, parts), "{q:?}: {}", a.plain_text());
    }
}
