//! The value the engine returns for one question, rendered once per medium
//! (see [`crate::render`]) and logged as it is.

use serde::{Deserialize, Serialize};

/// What the engine made of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Answered from the documents, with citations.
    Answered,
    /// The documents do not hold the answer (or the question was not a question).
    Declined,
    /// A template reply (greeting, help, ...).
    Smalltalk,
}

/// One numbered citation: where a quoted passage comes from, and the passage word for word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// 1-based number used in the answer text as `[n]`.
    pub n: usize,
    pub title: String,
    pub source: String,
    pub date: String,
    pub url: String,
    /// Document id (its path in the knowledge folder, without extension).
    pub doc: String,
    pub section: String,
    /// Stable passage id.
    pub passage_id: String,
    /// The passage, quoted word for word.
    pub passage: String,
}

/// A sentence of the answer, with the part that answers the question marked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    /// Byte ranges of `text` that answer the question (a date, a number, a name).
    pub marks: Vec<(usize, usize)>,
    /// The citation number this sentence comes from.
    pub citation: usize,
}

/// Why the engine decided as it did; logged for maintainers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The intent rule that matched, if any.
    pub rule: Option<String>,
    /// Confidence of the best candidate.
    pub top_score: f32,
    /// Confidence of the runner-up from another place, if any.
    pub runner_up: f32,
    pub threshold: f32,
    /// Content terms the documents do not contain at all.
    pub unknown_terms: Vec<String>,
    /// Whether the terms of the previous question were used (a follow-up).
    pub follow_up: bool,
    /// The best candidates considered, best first (filled when explaining).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
}

/// A passage the engine considered, and its confidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub passage_id: String,
    pub confidence: f32,
    pub text: String,
    /// Question words the sentence itself lacks.
    pub missing: Vec<String>,
}

/// The engine's answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub question: String,
    /// The intent: a template name (greeting, help, ...) or `search`.
    pub intent: String,
    /// The question's kind (when, who, how_many, ...), for searches.
    pub kind: String,
    pub outcome: Outcome,
    /// Lead-in line, such as "The documents give two different figures:".
    pub preface: Option<String>,
    pub quotes: Vec<Quote>,
    pub citations: Vec<Citation>,
    /// Template reply or decline message.
    pub message: Option<String>,
    /// Questions to try instead, when declining or asking which was meant.
    pub suggestions: Vec<String>,
    /// How sure the engine is that the answer is right, 0..1.
    pub confidence: f32,
    /// Whether qabot asks which of two close answers was meant.
    pub clarify: bool,
    pub reason: Reason,
    pub elapsed_us: u64,
    pub knowledge_version: String,
}

impl Answer {
    /// Whether the answer comes from the documents.
    pub fn answered(&self) -> bool {
        self.outcome == Outcome::Answered
    }

    /// The answer as plain text: the quoted sentences with their citation numbers,
    /// or the template or decline message.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        if let Some(p) = &self.preface {
            out.push_str(p);
        }
        for q in &self.quotes {
            if !out.is_empty() {
                out.push(if self.preface.is_some() || self.quotes.len() > 1 {
                    '\n'
                } else {
                    ' '
                });
            }
            out.push_str(&q.text);
            out.push_str(&format!(" [{}]", q.citation));
        }
        if let Some(m) = &self.message {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(m);
        }
        out
    }
}
