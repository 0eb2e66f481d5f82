//! `qabot eval`: asks every question of a question file and scores the answers.
//!
//! Scoring: text is normalized (lowercase, runs of non-alphanumerics to one
//! space). An answerable item is correct when qabot answered and its answer
//! contains a gold string as whole words; cited-correct when, besides, a
//! citation from a gold document quotes a gold string. An unanswerable item is
//! correct when qabot declined. Smalltalk must be answered by its intent.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Outcome};
use crate::engine::{Conversation, Engine};
use crate::error::{Error, Result};

/// One line of a question file.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Item {
    #[serde(default)]
    pub id: String,
    pub question: String,
    #[serde(default)]
    pub answers: Vec<String>,
    #[serde(default)]
    pub docs: Vec<String>,
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub answerable: bool,
}

/// Reads a JSON Lines question file; blank lines are skipped, a bad line is an error naming it.
pub fn read_items(path: &Path) -> Result<Vec<Item>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut items = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::io(path, e))?;
        if line.trim().is_empty() {
            continue;
        }
        items.push(serde_json::from_str(&line).map_err(|e| Error::Invalid {
            path: path.to_path_buf(),
            message: format!("line {}: {e}", n + 1),
        })?);
    }
    Ok(items)
}

/// Lowercase, every run of non-alphanumerics to one space: the same words
/// dedup compares, so one function serves both.
pub fn normalize(text: &str) -> String {
    crate::knowledge::dedup_key(text)
}

/// Whether `haystack` contains `needle` as whole words, after normalizing both.
pub fn contains_words(haystack: &str, needle: &str) -> bool {
    let needle = normalize(needle);
    !needle.is_empty() && format!(" {} ", normalize(haystack)).contains(&format!(" {needle} "))
}

/// How one item went.
#[derive(Debug, Clone, Serialize)]
pub struct Outcomes {
    pub item: Item,
    pub answered: bool,
    pub intent: String,
    pub answer: String,
    pub confidence: f32,
    pub correct: bool,
    pub cited: bool,
    pub elapsed_us: u64,
}

/// Scores one answer against its item.
pub fn score(item: &Item, answer: &Answer) -> Outcomes {
    let text = answer.plain_text();
    let answered = answer.answered();
    let (correct, cited) = if item.kind == "smalltalk" {
        let ok = answer.outcome == Outcome::Smalltalk;
        (ok, ok)
    } else if item.answerable {
        let correct = answered && item.answers.iter().any(|g| contains_words(&text, g));
        let cited = correct
            && answer.citations.iter().any(|c| {
                (item.docs.is_empty()
                    || item
                        .docs
                        .iter()
                        .any(|d| c.doc.starts_with(d.as_str()) || c.title == *d))
                    && item.answers.iter().any(|g| contains_words(&c.passage, g))
            });
        (correct, cited)
    } else {
        (!answered, !answered)
    };
    Outcomes {
        item: item.clone(),
        answered,
        intent: answer.intent.clone(),
        answer: text,
        confidence: answer.confidence,
        correct,
        cited,
        elapsed_us: answer.elapsed_us,
    }
}

/// Counts for one question type.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    pub items: usize,
    pub answered: usize,
    pub correct: usize,
    pub cited: usize,
}

/// The metrics of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub by_type: BTreeMap<String, Tally>,
    /// Answerable items answered with a gold string.
    pub answer_accuracy: f64,
    /// ... and cited from a gold document.
    pub cited_accuracy: f64,
    /// Unanswerable items declined.
    pub decline_accuracy: f64,
    /// Smalltalk items answered by their intent.
    pub smalltalk_accuracy: f64,
    /// Mean over non-smalltalk items of cited-correct or declined.
    pub overall: f64,
    pub median_us: u64,
    pub results: Vec<Outcomes>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Asks every item, each in a conversation of its own, and scores the answers.
pub fn evaluate(engine: &Engine, items: &[Item]) -> Report {
    let results: Vec<Outcomes> = items
        .iter()
        .map(|item| {
            score(
                item,
                &engine.answer(&item.question, &mut Conversation::default()),
            )
        })
        .collect();
    let mut by_type: BTreeMap<String, Tally> = BTreeMap::new();
    for r in &results {
        let t = by_type.entry(r.item.kind.clone()).or_default();
        t.items += 1;
        t.answered += r.answered as usize;
        t.correct += r.correct as usize;
        t.cited += r.cited as usize;
    }
    let count = |f: &dyn Fn(&Outcomes) -> bool| results.iter().filter(|r| f(r)).count();
    let smalltalk = |r: &Outcomes| r.item.kind == "smalltalk";
    let answerable = |r: &Outcomes| !smalltalk(r) && r.item.answerable;
    let unanswerable = |r: &Outcomes| !smalltalk(r) && !r.item.answerable;
    let mut times: Vec<u64> = results.iter().map(|r| r.elapsed_us).collect();
    times.sort_unstable();
    Report {
        answer_accuracy: ratio(count(&|r| answerable(r) && r.correct), count(&answerable)),
        cited_accuracy: ratio(count(&|r| answerable(r) && r.cited), count(&answerable)),
        decline_accuracy: ratio(
            count(&|r| unanswerable(r) && r.correct),
            count(&unanswerable),
        ),
        smalltalk_accuracy: ratio(count(&|r| smalltalk(r) && r.correct), count(&smalltalk)),
        overall: ratio(
            count(&|r| !smalltalk(r) && r.cited),
            count(&|r| !smalltalk(r)),
        ),
        median_us: times.get(times.len() / 2).copied().unwrap_or(0),
        by_type,
        results,
    }
}

impl Report {
    /// The metrics by type, then every failure with the answer given.
    pub fn summary(&self) -> String {
        let mut out = format!(
            "{:<14} {:>5} {:>8} {:>8} {:>6}\n",
            "type", "items", "answered", "correct", "cited"
        );
        for (kind, t) in &self.by_type {
            out.push_str(&format!(
                "{:<14} {:>5} {:>8} {:>8} {:>6}\n",
                kind, t.items, t.answered, t.correct, t.cited
            ));
        }
        out.push_str(&format!(
            "\nanswer accuracy   {:.1}%\ncited accuracy    {:.1}%\ndecline accuracy  {:.1}%\nsmalltalk         {:.1}%\noverall           {:.1}%\nmedian engine time {} us\n",
            self.answer_accuracy * 100.0,
            self.cited_accuracy * 100.0,
            self.decline_accuracy * 100.0,
            self.smalltalk_accuracy * 100.0,
            self.overall * 100.0,
            self.median_us
        ));
        let failures: Vec<&Outcomes> = self.results.iter().filter(|r| !r.cited).collect();
        if !failures.is_empty() {
            out.push_str(&format!("\nfailures ({}):\n", failures.len()));
            for r in failures {
                out.push_str(&format!(
                    "- {} [{}] {}\n  expected: {}\n  got ({}, {:.2}): {}\n",
                    r.item.id,
                    r.item.kind,
                    r.item.question.trim(),
                    if r.item.answerable {
                        r.item.answers.join(" | ")
                    } else {
                        "decline".into()
                    },
                    if r.answered {
                        "answered"
                    } else {
                        r.intent.as_str()
                    },
                    r.confidence,
                    r.answer
                        .replace('\n', " ")
                        .chars()
                        .take(300)
                        .collect::<String>()
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(!contains_words(
            "It grew by 13.7%, a record.",
            "13.7 percent"
        ));
        assert!(contains_words("It grew by 13.7%, a record.", "13.7%"));
        assert!(!contains_words("This is not true", "no"));
        assert!(contains_words("No, it is not.", "no"));
    }
}
