//! Rendering one [`Answer`] per medium: plain text for terminals, JSON for
//! scripts, HTML for Telegram.

use serde::Serialize;

use crate::answer::{Answer, Citation, Quote};
use crate::text;

/// The stable JSON shape of `qabot ask --json`; scripts depend on it.
#[derive(Debug, Serialize)]
pub struct JsonAnswer<'a> {
    pub question: &'a str,
    pub intent: &'a str,
    pub kind: &'a str,
    pub answered: bool,
    pub answer: String,
    pub confidence: f32,
    pub clarify: bool,
    pub citations: Vec<JsonCitation<'a>>,
    pub suggestions: &'a [String],
    pub knowledge_version: &'a str,
    pub elapsed_us: u64,
}

/// A citation in the JSON shape.
#[derive(Debug, Serialize)]
pub struct JsonCitation<'a> {
    pub n: usize,
    pub title: &'a str,
    pub source: &'a str,
    pub date: &'a str,
    pub url: &'a str,
    pub doc: &'a str,
    pub section: &'a str,
    pub passage_id: &'a str,
    pub passage: &'a str,
}

/// The answer as one JSON object.
pub fn json(a: &Answer) -> JsonAnswer<'_> {
    JsonAnswer {
        question: &a.question,
        intent: &a.intent,
        kind: &a.kind,
        answered: a.answered(),
        answer: a.plain_text(),
        confidence: a.confidence,
        clarify: a.clarify,
        citations: a
            .citations
            .iter()
            .map(|c| JsonCitation {
                n: c.n,
                title: &c.title,
                source: &c.source,
                date: &c.date,
                url: &c.url,
                doc: &c.doc,
                section: &c.section,
                passage_id: &c.passage_id,
                passage: &c.passage,
            })
            .collect(),
        suggestions: &a.suggestions,
        knowledge_version: &a.knowledge_version,
        elapsed_us: a.elapsed_us,
    }
}

/// "Title — Source, date, Section" for a citation.
pub fn citation_label(c: &Citation) -> String {
    let mut parts = vec![c.title.clone()];
    let extra: Vec<&str> = [c.source.as_str(), c.date.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut label = parts.remove(0);
    if !extra.is_empty() {
        label.push_str(" — ");
        label.push_str(&extra.join(", "));
    }
    if !c.section.is_empty() && c.section != c.title {
        label.push_str(&format!(" (section: {})", c.section));
    }
    label
}

/// The answer for a terminal. `emphasis` wraps the part that answers (ANSI bold on a terminal).
pub fn plain(a: &Answer, emphasis: Option<(&str, &str)>) -> String {
    let mut out = String::new();
    if let Some(p) = &a.preface {
        out.push_str(p);
        out.push('\n');
    }
    for q in &a.quotes {
        out.push_str(&marked(q, emphasis));
        out.push_str(&format!(" [{}]\n", q.citation));
    }
    if let Some(m) = &a.message {
        out.push_str(m);
        out.push('\n');
    }
    if !a.suggestions.is_empty() {
        out.push_str(text::DECLINE_SUGGEST);
        out.push('\n');
        for s in &a.suggestions {
            out.push_str(&format!("  - {s}\n"));
        }
    }
    if !a.citations.is_empty() {
        out.push('\n');
        for c in &a.citations {
            out.push_str(&format!(
                "[{}] {}\n    \"{}\"\n",
                c.n,
                citation_label(c),
                c.passage
            ));
        }
        out.push_str(&format!("(confidence {:.2})\n", a.confidence));
    }
    out
}

fn marked(q: &Quote, emphasis: Option<(&str, &str)>) -> String {
    let Some((open, close)) = emphasis else {
        return q.text.clone();
    };
    let mut out = String::new();
    let mut at = 0;
    for &(s, e) in &q.marks {
        if s < at || e > q.text.len() {
            continue;
        }
        out.push_str(&q.text[at..s]);
        out.push_str(open);
        out.push_str(&q.text[s..e]);
        out.push_str(close);
        at = e;
    }
    out.push_str(&q.text[at..]);
    out
}
