//! From question text to weighted query terms: normalized, stop words out,
//! synonyms applied, stemmed, misspellings corrected against the vocabulary.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use tantivy::tokenizer::TextAnalyzer;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::index::{SearchIndex, tokens};

/// Questions are cut to this many characters before anything else.
pub const MAX_QUESTION_CHARS: usize = 1000;
/// At most this many distinct content terms are searched.
const MAX_TERMS: usize = 24;

/// Words that carry no topic: function words and the phrasing of questions.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "during",
    "each",
    "either",
    "else",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "give",
    "given",
    "go",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "kind",
    "kinds",
    "know",
    "let",
    "list",
    "many",
    "me",
    "mention",
    "mentioned",
    "more",
    "most",
    "much",
    "my",
    "name",
    "named",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one's",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "please",
    "put",
    "s",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "t",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "whats",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "example",
    "examples",
    "thing",
    "things",
    "way",
    "ways",
    "type",
    "types",
    "sort",
    "sorts",
    "re",
    "ve",
    "ll",
    "d",
    "m",
    "been",
    "got",
    "want",
    "wanted",
    "like",
    "would",
    "shall",
    "may",
    "might",
    "must",
    "anyone",
    "someone",
    "something",
    "anything",
    "describe",
    "described",
    "explain",
    "exactly",
    "really",
    "actually",
    "currently",
    "yes",
    "stand",
    "stands",
    "mean",
    "means",
    "meaning",
    "called",
    "refer",
    "refers",
    "abbreviation",
    "acronym",
    "happen",
    "happened",
    "specific",
    "particular",
];

const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "thirtieth",
    "hundredth",
];

/// "6th", "22nd", "1st".
fn is_ordinal_number(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Normalizes user text: Unicode NFKC, control characters to spaces, spaces
/// collapsed, cut to [`MAX_QUESTION_CHARS`].
pub fn normalize(text: &str) -> String {
    let cleaned: String = text
        .nfkc()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_QUESTION_CHARS * 2)
        .collect();
    let collapsed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.chars().take(MAX_QUESTION_CHARS).collect()
}

/// Phrases people use mapped to words the documents use, from `knowledge/synonyms.toml`.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// (phrase as lowercase words, replacement words)
    entries: Vec<(Vec<String>, Vec<String>)>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl Synonyms {
    /// Reads the synonyms file; a missing file means no synonyms.
    pub fn load(path: &Path) -> Result<Synonyms> {
        match std::fs::read_to_string(path) {
            Ok(text) => Synonyms::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Synonyms::default()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// Parses `phrase = "replacement"` or `phrase = ["a", "b"]` lines under `[synonyms]`.
    pub fn parse(text: &str, path: &Path) -> Result<Synonyms> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            #[serde(default)]
            synonyms: HashMap<String, OneOrMany>,
        }
        let file: File = toml::from_str(text).map_err(|e| Error::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let mut entries: Vec<(Vec<String>, Vec<String>)> = file
            .synonyms
            .into_iter()
            .map(|(phrase, to)| {
                let to = match to {
                    OneOrMany::One(s) => vec![s],
                    OneOrMany::Many(v) => v,
                };
                (
                    words(&phrase),
                    to.iter().flat_map(|t| words(t)).collect::<Vec<String>>(),
                )
            })
            .filter(|(p, t)| !p.is_empty() && !t.is_empty())
            .collect();
        // Longest phrases first, so "train line" wins over "line".
        entries.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        Ok(Synonyms { entries })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Answers maintainers wrote for phrasings people use, from `knowledge/curated.toml`;
/// a match takes precedence over searching.
#[derive(Debug, Clone, Default)]
pub struct Curated {
    entries: Vec<(Vec<std::collections::BTreeSet<String>>, CuratedAnswer)>,
}

/// One curated answer and the citation it rests on.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CuratedAnswer {
    /// Phrasings that get this answer.
    pub questions: Vec<String>,
    pub answer: String,
    pub title: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub doc: String,
    /// The passage the answer rests on, quoted.
    pub passage: String,
}

/// The stemmed content words of a text, as a set: what rephrasings share.
pub fn content_key(analyzer: &mut TextAnalyzer, text: &str) -> std::collections::BTreeSet<String> {
    words(text)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .flat_map(|w| tokens(analyzer, &w))
        .collect()
}

impl Curated {
    /// Reads the curated answers; a missing file means none.
    pub fn load(path: &Path) -> Result<Curated> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            #[serde(default)]
            answer: Vec<CuratedAnswer>,
        }
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Curated::default()),
            Err(e) => return Err(Error::io(path, e)),
        };
        let file: File = toml::from_str(&text).map_err(|e| Error::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let mut analyzer = crate::index::analyzer();
        Ok(Curated {
            entries: file
                .answer
                .into_iter()
                .map(|a| {
                    (
                        a.questions
                            .iter()
                            .map(|q| content_key(&mut analyzer, q))
                            .collect(),
                        a,
                    )
                })
                .collect(),
        })
    }

    /// The curated answer whose phrasing has the same content words as `question`.
    pub fn find(&self, analyzer: &mut TextAnalyzer, question: &str) -> Option<&CuratedAnswer> {
        if self.entries.is_empty() {
            return None;
        }
        let key = content_key(analyzer, question);
        if key.is_empty() {
            return None;
        }
        self.entries
            .iter()
            .find(|(keys, _)| keys.contains(&key))
            .map(|(_, a)| a)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One content term of a question: alternative stemmed forms (a synonym adds
/// forms), their vocabulary ids, and a weight from their rarity.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    /// The word as asked.
    pub word: String,
    pub forms: Vec<String>,
    pub ids: Vec<u32>,
    pub weight: f32,
    /// Digits: a year, an amount. Answers must contain it.
    pub numeric: bool,
    /// The vocabulary holds none of its forms (after spelling correction).
    pub unknown: bool,
    /// Capitalised in the question: a name. Answers must be near it.
    pub name: bool,
    /// Ids of common equivalents ("additional" for "extra"), which count a little less.
    pub related: Vec<u32>,
}

/// Splits lowercase text into words the way the index tokenizer does.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Lowercase forms of the words capitalised inside a question (not its first word): names.
pub fn names(question: &str) -> Vec<String> {
    question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .filter(|w| !is_stop_word(w))
        .collect()
}

/// The vocabulary ids of the stop words' stems.
pub fn stop_term_ids(index: &SearchIndex) -> Vec<u32> {
    let mut analyzer = crate::index::analyzer();
    STOP_WORDS
        .iter()
        .flat_map(|w| tokens(&mut analyzer, w))
        .filter_map(|t| index.vocabulary.get(&t).map(|s| s.id))
        .collect()
}

static STOP_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// Whether a lowercase word is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// Builds the weighted terms of a question against an index.
pub fn terms(
    index: &SearchIndex,
    analyzer: &mut TextAnalyzer,
    synonyms: &Synonyms,
    text: &str,
) -> Vec<QueryTerm> {
    let ws = words(text);
    // Word groups: each is a list of alternative words (a synonym adds alternatives).
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    let mut i = 0;
    'words: while i < ws.len() {
        for (phrase, to) in &synonyms.entries {
            if ws[i..].starts_with(phrase) {
                if phrase.len() == 1 && to.len() == 1 {
                    groups.push((ws[i].clone(), vec![ws[i].clone(), to[0].clone()]));
                } else {
                    for t in to {
                        if !is_stop_word(t) {
                            groups.push((t.clone(), vec![t.clone()]));
                        }
                    }
                }
                i += phrase.len();
                continue 'words;
            }
        }
        if !is_stop_word(&ws[i]) && ws[i].chars().count() > 1
            || ws[i].chars().all(|c| c.is_ascii_digit())
        {
            groups.push((ws[i].clone(), vec![ws[i].clone()]));
        }
        i += 1;
    }

    // A number and its word are the same term: "3" and "three".
    for (_, alternatives) in &mut groups {
        let w = alternatives[0].clone();
        if let Some(i) = NUMBER_WORDS.iter().position(|n| *n == w) {
            alternatives.push((i + 1).to_string());
        } else if let Some(word) = w
            .parse::<usize>()
            .ok()
            .and_then(|n| NUMBER_WORDS.get(n.wrapping_sub(1)))
        {
            alternatives.push(word.to_string());
        }
    }
    let n = index.passages.len().max(1) as f32;
    let idf = |df: u32| ((n + 1.0) / (df as f32 + 0.5)).ln().max(0.1);
    let mut out: Vec<QueryTerm> = Vec::new();
    for (word, alternatives) in groups {
        let mut forms: Vec<String> = alternatives
            .iter()
            .flat_map(|a| tokens(analyzer, a))
            .collect();
        // Common English equivalents, where the documents use them: they count a little less.
        let mut related_forms: Vec<String> = Vec::new();
        for a in &alternatives {
            for e in super::thesaurus::equivalents(a).filter(|e| !is_stop_word(e)) {
                related_forms.extend(
                    tokens(analyzer, e)
                        .into_iter()
                        .filter(|f| index.vocabulary.contains_key(f)),
                );
            }
        }
        for a in &alternatives {
            for v in spelling_variants(a).into_iter().skip(1) {
                forms.extend(
                    tokens(analyzer, &v)
                        .into_iter()
                        .filter(|f| index.vocabulary.contains_key(f)),
                );
            }
        }
        forms.sort();
        forms.dedup();
        if forms.is_empty() || out.iter().any(|t| t.forms == forms) {
            continue;
        }
        // Numbers and ordinals ("first", "6th") are constraints an answer must meet.
        let numeric = word.chars().all(|c| c.is_ascii_digit())
            || ORDINALS.contains(&word.as_str())
            || is_ordinal_number(&word);
        let mut ids = Vec::new();
        let mut df = 0;
        let mut corrected = false;
        for f in &forms {
            if let Some(stat) = index.vocabulary.get(f) {
                ids.push(stat.id);
                df = df.max(stat.df);
            }
        }
        // A word the documents never use, in any of its forms: maybe misspelled.
        if ids.is_empty()
            && !numeric
            && related_forms.is_empty()
            && let Some((fixed, stat)) = correct(index, &word)
        {
            ids.push(stat.id);
            df = stat.df;
            forms.push(fixed);
            corrected = true;
        }
        related_forms.retain(|f| !forms.contains(f));
        related_forms.sort();
        related_forms.dedup();
        let related: Vec<u32> = related_forms
            .iter()
            .filter_map(|f| index.vocabulary.get(f))
            .map(|s| s.id)
            .collect();
        if ids.is_empty() {
            df = related_forms
                .iter()
                .filter_map(|f| index.vocabulary.get(f))
                .map(|s| s.df)
                .max()
                .unwrap_or(0);
        }
        forms.extend(related_forms);
        let unknown = ids.is_empty() && related.is_empty();
        // A word the documents never use is as specific as one they use once.
        let weight = idf(df.max(1)) * if corrected { 0.8 } else { 1.0 };
        out.push(QueryTerm {
            word,
            forms,
            ids,
            weight,
            numeric,
            unknown,
            name: false,
            related,
        });
        if out.len() >= MAX_TERMS {
            break;
        }
    }
    out
}

/// A word and its other English spellings (British and American: organisation, organization; centre, center).
fn spelling_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for (a, b) in [
        ("isation", "ization"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("our", "or"),
        ("tre", "ter"),
        ("ogue", "og"),
        ("yse", "yze"),
        ("ence", "ense"),
    ] {
        for (from, to) in [(a, b), (b, a)] {
            if let Some(stem) = word.strip_suffix(from) {
                out.push(format!("{stem}{to}"));
            }
            if let Some(pos) = word
                .find(from)
                .filter(|_| from == "isation" || from == "ization" || from == "our" || from == "or")
            {
                let v = format!("{}{}{}", &word[..pos], to, &word[pos + from.len()..]);
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// Longest word spelling correction looks at (the index drops longer tokens).
const MAX_WORD: usize = 40;

/// The edit distance (insertions, deletions, substitutions, swaps of neighbours)
/// between `a` and `b` when it is at most `max`, computed in a band around the
/// diagonal on the stack and abandoned as soon as it must exceed `max`: the
/// vocabulary scan of spelling correction stays cheap.
fn edit_distance_within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max || a.len() > MAX_WORD || b.len() > MAX_WORD {
        return None;
    }
    // Rows of small counts: three rows of 41 bytes stay in registers and L1.
    let max = max.min(u8::MAX as usize - 2) as u8;
    let inf = max + 1;
    let mut prev2 = [inf; MAX_WORD + 1];
    let mut prev = [inf; MAX_WORD + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *cell = (j as u8).min(inf);
    }
    let max_edits = max as usize;
    for i in 1..=a.len() {
        let mut cur = [inf; MAX_WORD + 1];
        if i <= max_edits {
            cur[0] = i as u8;
        }
        let from = i.saturating_sub(max_edits).max(1);
        let to = (i + max_edits).min(b.len());
        let mut row_min = cur[0];
        for j in from..=to {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d.min(inf);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    (prev[b.len()] <= max).then_some(prev[b.len()] as usize)
}

/// The closest word of the documents to a misspelled word: one edit for
/// short words, two for long ones; ties go to the more frequent term.
fn correct(index: &SearchIndex, word: &str) -> Option<(String, crate::index::TermStat)> {
    let len = word.len();
    if len < 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let max = if len >= 8 { 2 } else { 1 };
    let letters = crate::index::letter_set(word);
    let mut best: Option<(usize, u32, &str, &str, crate::index::TermStat)> = None;
    for bucket in index
        .surface
        .iter()
        .take(len + max + 1)
        .skip(len.saturating_sub(max))
    {
        for crate::index::SurfaceWord {
            word: w,
            stem,
            stat,
            letters: other,
        } in bucket
        {
            if (letters & !other).count_ones() as usize > max
                || (other & !letters).count_ones() as usize > max
            {
                continue;
            }
            let Some(d) = edit_distance_within(word.as_bytes(), w.as_bytes(), max) else {
                continue;
            };
            let better = match &best {
                None => true,
                Some((bd, bdf, bw, _, _)) => {
                    (d, std::cmp::Reverse(stat.df), w.as_str())
                        < (*bd, std::cmp::Reverse(*bdf), *bw)
                }
            };
            if better && stat.df > 0 {
                best = Some((d, stat.df, w, stem, *stat));
            }
        }
    }
    best.map(|(_, _, _, stem, stat)| (stem.to_string(), stat))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_edit_distance_agrees_with_the_full_one() {
        let words = [
            "lighthouse",
            "lighthuose",
            "lighthose",
            "equations",
            "equtions",
            "railway",
            "rail",
            "ab",
            "ba",
            "",
            "a",
        ];
        for a in words {
            for b in words {
                let full = strsim::osa_distance(a, b);
                for max in 0..3 {
                    let expected = (full <= max).then_some(full);
                    assert_eq!(
                        edit_distance_within(a.as_bytes(), b.as_bytes(), max),
                        expected,
                        "{a} {b} {max}"
                    );
                }
            }
        }
    }

    #[test]
    fn normalize_strips_controls_and_bounds_length() {
        assert_eq!(normalize("  a\u{0}b\tc\n "), "a b c");
        assert_eq!(normalize(&"x".repeat(100_000)).len(), MAX_QUESTION_CHARS);
        assert_eq!(normalize("ｆｕｌｌ width"), "full width");
    }

    #[test]
    fn synonyms_parse_single_and_multiple_targets() {
        let s = Synonyms::parse(
            "[synonyms]\njabs = \"vaccines\"\n\"train line\" = [\"railway\"]\n",
            Path::new("s.toml"),
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s.entries[0].0, vec!["train", "line"]);
        assert!(Synonyms::parse("[synonyms]\nx = 3\n", Path::new("s.toml")).is_err());
    }
}
