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

/// Telegram's limit on one message's text.
pub const TELEGRAM_LIMIT: usize = 4096;
/// What we aim for, leaving room for Telegram counting differently than we do.
const CHUNK: usize = 3900;

/// Escapes text for Telegram's HTML: `&`, `<`, `>` and `"`.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A self-contained piece of HTML: text wrapped in tags that close within it.
struct Block {
    open: &'static str,
    close: &'static str,
    /// Plain text, escaped when rendered; or pre-rendered HTML when `html` is set.
    text: String,
    html: Option<String>,
}

impl Block {
    fn plain(open: &'static str, close: &'static str, text: impl Into<String>) -> Block {
        Block {
            open,
            close,
            text: text.into(),
            html: None,
        }
    }

    fn render(&self) -> String {
        match &self.html {
            Some(h) => h.clone(),
            None => format!("{}{}{}", self.open, escape_html(&self.text), self.close),
        }
    }

    /// Pieces of at most `CHUNK` characters, cut between sentences, then between words.
    fn pieces(&self) -> Vec<String> {
        let whole = self.render();
        if whole.chars().count() <= CHUNK {
            return vec![whole];
        }
        let budget = CHUNK - self.open.len() - self.close.len() - 16;
        let mut out = Vec::new();
        let mut current = String::new();
        for word in self.text.split_inclusive(' ') {
            if escape_html(&current).chars().count() + escape_html(word).chars().count() > budget
                && !current.is_empty()
            {
                out.push(format!(
                    "{}{}{}",
                    self.open,
                    escape_html(current.trim_end()),
                    self.close
                ));
                current.clear();
            }
            current.push_str(word);
        }
        if !current.trim().is_empty() {
            out.push(format!(
                "{}{}{}",
                self.open,
                escape_html(current.trim_end()),
                self.close
            ));
        }
        out
    }
}

/// The answer for Telegram as HTML messages, each within Telegram's limit, split
/// between the answer and its citations, then between sentences. Every piece of
/// document and user text is escaped; tags always close inside one message.
pub fn html(a: &Answer) -> Vec<String> {
    let mut blocks = Vec::new();
    if let Some(p) = &a.preface {
        blocks.push(Block::plain("<i>", "</i>", p.clone()));
    }
    for q in &a.quotes {
        let marked = marked(q, Some(("\u{1}", "\u{2}")));
        let html = escape_html(&marked)
            .replace('\u{1}', "<b>")
            .replace('\u{2}', "</b>");
        let html = format!("{html} [{}]", q.citation);
        if html.chars().count() <= CHUNK {
            blocks.push(Block {
                open: "",
                close: "",
                text: q.text.clone(),
                html: Some(html),
            });
        } else {
            blocks.push(Block::plain("", "", format!("{} [{}]", q.text, q.citation)));
        }
    }
    if let Some(m) = &a.message {
        blocks.push(Block::plain("", "", m.clone()));
    }
    if !a.suggestions.is_empty() {
        blocks.push(Block::plain("<i>", "</i>", text::DECLINE_SUGGEST));
    }
    for c in &a.citations {
        blocks.push(Block::plain(
            "<b>",
            "</b>",
            format!("[{}] {}", c.n, citation_label(c)),
        ));
        blocks.push(Block::plain(
            "<blockquote>",
            "</blockquote>",
            c.passage.clone(),
        ));
    }
    let mut messages = Vec::new();
    let mut current = String::new();
    for piece in blocks.iter().flat_map(Block::pieces) {
        if !current.is_empty() && current.chars().count() + 1 + piece.chars().count() > CHUNK {
            messages.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(&piece);
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{Outcome, Reason};

    fn answer(text: &str, passage: &str) -> Answer {
        Answer {
            question: "q".into(),
            intent: "search".into(),
            kind: "when".into(),
            outcome: Outcome::Answered,
            preface: None,
            quotes: vec![Quote {
                text: text.into(),
                marks: vec![(0, 2)],
                citation: 1,
            }],
            citations: vec![Citation {
                n: 1,
                title: "<Title> & co".into(),
                source: "S".into(),
                date: String::new(),
                url: String::new(),
                doc: "d".into(),
                section: String::new(),
                passage_id: "d#1.1".into(),
                passage: passage.into(),
            }],
            message: None,
            suggestions: vec![],
            confidence: 1.0,
            clarify: false,
            reason: Reason::default(),
            elapsed_us: 0,
            knowledge_version: String::new(),
        }
    }

    #[test]
    fn html_escapes_document_text_and_marks_the_answer() {
        let msgs = html(&answer("<b>1 & 2</b>", "a <script> \"quote\""));
        assert_eq!(msgs.len(), 1);
        let m = &msgs[0];
        assert!(
            m.starts_with("<b>&lt;b</b>&gt;1 &amp; 2&lt;/b&gt; [1]"),
            "{m}"
        );
        assert!(m.contains("&lt;Title&gt; &amp; co"));
        assert!(m.contains("<blockquote>a &lt;script&gt; &quot;quote&quot;</blockquote>"));
    }

    #[test]
    fn long_answers_are_split_within_the_limit() {
        let long = "A sentence about <things> & more. ".repeat(400);
        let msgs = html(&answer(&long, &long));
        assert!(msgs.len() > 2);
        for m in &msgs {
            assert!(m.chars().count() <= TELEGRAM_LIMIT);
            assert_eq!(
                m.matches("<blockquote>").count(),
                m.matches("</blockquote>").count()
            );
        }
    }
}
