//! Questions about the documents themselves rather than what they say: "Which
//! organisation put out the overview of media cooperation?", "When was the
//! progress report published?". They are answered from the document's own
//! metadata (its source and date), when the question names one document by its
//! title; anything else is left to the search. A question that asks what a
//! publisher says ("According to the ASEAN-China Centre, ...") is searched in
//! that publisher's documents only.

use std::sync::LazyLock;

use regex::Regex;
use tantivy::tokenizer::TextAnalyzer;

use super::intent::Kind;
use super::query::{self, QueryTerm};
use crate::analysis::tokens;
use crate::knowledge::DocumentInfo;

/// Words for making a document public: "published", "put out", "wrote".
static PUBLISHING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(publish(ed|es|er|ing)?|put(s|ting)? out|release[sd]?|issue[sd]?|wr(ote|itten|ites?)|authored|produced?|compiled?|prepared?|updated?|dated)\b",
    )
    .unwrap()
});

/// "the source of", "the publisher of", "the date of".
static SOURCE_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(source|publisher|author)s? of\b").unwrap());
static DATE_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(date|publication date) of\b").unwrap());

/// Words that call something a document. Without one, a question must name at
/// least `TITLE_WORDS` words of the title: "Who wrote the Principia?" is about
/// what the documents say, even with a document titled "Principia".
static DOCUMENT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(article|document|report|overview|story|stories|piece|page|file|text|news|paper|post|summary|release)s?\b",
    )
    .unwrap()
});

/// Words of the question that ask for the publisher rather than name the document.
const ASKING: &[&str] = &[
    "organisation",
    "organization",
    "agency",
    "outlet",
    "body",
    "institution",
    "newspaper",
    "publication",
    "company",
    "source",
    "publisher",
    "author",
    "date",
];

/// The share of the question's weight a title must hold to be the one asked about.
const TITLE_SHARE: f32 = 0.6;
/// Words of a title that name its document without a word such as "article".
const TITLE_WORDS: usize = 3;

/// What a question asks about a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Source,
    Date,
}

/// What is asked, if the question is about a document's source or date.
pub fn asked(lower: &str, kind: Kind) -> Option<Asked> {
    // Most questions are neither who/when nor say "source of": spared the patterns.
    let of_document = ["source", "publisher", "author", "date"]
        .iter()
        .any(|w| lower.contains(w));
    if !of_document && !matches!(kind, Kind::Who | Kind::When) {
        return None;
    }
    let publishing = PUBLISHING.is_match(lower);
    if SOURCE_OF.is_match(lower) || (publishing && kind == Kind::Who) {
        Some(Asked::Source)
    } else if DATE_OF.is_match(lower) || (publishing && kind == Kind::When) {
        Some(Asked::Date)
    } else {
        None
    }
}

/// Whether the document names who published it; without, its source is the file's own path.
fn has_source(document: &DocumentInfo) -> bool {
    !document.source.is_empty() && document.source != document.path
}

/// The stemmed words that name each document: its title's, and its
/// publisher's ("the China Daily article").
pub fn naming_terms(documents: &[DocumentInfo], analyzer: &mut TextAnalyzer) -> Vec<Vec<String>> {
    documents
        .iter()
        .map(|d| {
            let mut terms = tokens(analyzer, &d.title);
            if has_source(d) {
                terms.extend(tokens(analyzer, &d.source));
            }
            terms
        })
        .collect()
}

/// The stemmed words of each document's publisher, none when it names none.
pub fn source_terms(documents: &[DocumentInfo], analyzer: &mut TextAnalyzer) -> Vec<Vec<String>> {
    documents
        .iter()
        .map(|d| {
            if has_source(d) {
                tokens(analyzer, &d.source)
            } else {
                Vec::new()
            }
        })
        .collect()
}

/// "According to the ASEAN-China Centre, ...": the first word of the name a
/// question gives as who says what it asks, lowercase.
static ACCORDING_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\baccording to (?:the )?(\w+)").unwrap());

/// The name of several words a question gives as who says what it asks
/// ("according to the ASEAN-China Centre"), as its index among `phrases`, the
/// question's [`query::name_phrases`]. Where a document's publisher is that
/// name, the name says which document answers, not what its sentences must say.
pub fn attributed_phrase(question: &str, phrases: &[Vec<String>]) -> Option<usize> {
    let according = ACCORDING_TO.captures(question)?;
    let first = according[1].to_lowercase();
    let named = query::name_phrases(&question[according.get(0)?.start()..])
        .into_iter()
        .next()
        .filter(|p| p.first() == Some(&first))?;
    phrases.iter().position(|p| *p == named)
}

/// The one document whose title holds most of the question's terms, if any
/// does, with the share of the terms' weight its title holds, given the
/// documents' [`naming_terms`].
pub fn named_document<'a>(
    documents: &'a [DocumentInfo],
    naming_terms: &[Vec<String>],
    lower: &str,
    terms: &[QueryTerm],
) -> Option<(&'a DocumentInfo, f32)> {
    let called_a_document = DOCUMENT_NOUN.is_match(lower);
    let naming: Vec<&QueryTerm> = terms
        .iter()
        .filter(|t| {
            !ASKING.contains(&t.word.as_str())
                && !PUBLISHING.is_match(&t.word)
                && !DOCUMENT_NOUN.is_match(&t.word)
        })
        .collect();
    let total: f32 = naming.iter().map(|t| t.weight).sum();
    if total <= 0.0 {
        return None;
    }
    let mut shares: Vec<(f32, usize, &DocumentInfo)> = documents
        .iter()
        .zip(naming_terms)
        .map(|(d, title)| {
            let held: Vec<&&QueryTerm> = naming
                .iter()
                .filter(|t| t.forms.iter().any(|f| title.contains(f)))
                .collect();
            let share = held.iter().map(|t| t.weight).sum::<f32>() / total;
            (share, held.len(), d)
        })
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0));
    match shares.as_slice() {
        [(best, words, d), rest @ ..]
            if *best >= TITLE_SHARE
                && (called_a_document || *words >= TITLE_WORDS)
                && rest.first().is_none_or(|(next, ..)| next < best) =>
        {
            Some((d, *best))
        }
        _ => None,
    }
}

/// Whether a document of this date and title is the one a year names when the
/// question puts it before title words: "the 2023 progress report".
pub fn year_names(year: &str, words: &[String], date: &str, title: &str) -> bool {
    date.get(..4) == Some(year) && query::in_title(title, words)
}

/// The metadata line that answers, as the document states it ("source: X"),
/// or `None` when the document does not say.
pub fn metadata_line(document: &DocumentInfo, asked: Asked) -> Option<String> {
    match asked {
        Asked::Source if has_source(document) => Some(format!("source: {}", document.source)),
        Asked::Date if !document.date.is_empty() => Some(format!("date: {}", document.date)),
        _ => None,
    }
}

/// "2021-01" -> "January 2021", "2024-06-21" -> "21 June 2024"; other forms as they are.
pub fn readable_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = date.split('-').collect();
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
    };
    match parts.as_slice() {
        [y, m] if y.len() == 4 => month(m).map(|m| format!("{m} {y}")),
        [y, m, d] if y.len() == 4 => month(m).and_then(|m| {
            d.parse::<u32>()
                .ok()
                .filter(|d| (1..=31).contains(d))
                .map(|d| format!("{d} {m} {y}"))
        }),
        _ => None,
    }
    .unwrap_or_else(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishing_questions_about_a_document_are_recognised() {
        for (q, kind, want) in [
            (
                "which organisation put out the overview?",
                Kind::Who,
                Some(Asked::Source),
            ),
            ("who wrote the article?", Kind::Who, Some(Asked::Source)),
            (
                "what is the source of the report?",
                Kind::What,
                Some(Asked::Source),
            ),
            (
                "when was the progress report published?",
                Kind::When,
                Some(Asked::Date),
            ),
            // About what the documents say, not about a document.
            ("who attended the forum in the report?", Kind::Who, None),
            ("when was the report's forum held?", Kind::When, None),
        ] {
            assert_eq!(asked(q, kind), want, "{q}");
        }
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(readable_date("2021-01"), "January 2021");
        assert_eq!(readable_date("2024-06-21"), "21 June 2024");
        assert_eq!(readable_date("2024-13-01"), "2024-13-01");
        assert_eq!(readable_date("spring 2020"), "spring 2020");
    }
}
