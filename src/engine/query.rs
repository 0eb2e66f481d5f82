//! From question text to weighted query terms: normalized, stop words out,
//! synonyms applied, stemmed, misspellings corrected against the vocabulary.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;
use tantivy::tokenizer::TextAnalyzer;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::analysis::tokens;
use crate::error::{Error, Result};
use crate::index::SearchIndex;
use crate::knowledge::{capitalised, offset_of, word_slices};

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
    "among",
    "amongst",
    "an",
    "and",
    "any",
    "apart",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    // "on behalf of": the name after it carries what is asked.
    "behalf",
    "being",
    // "Which countries besides ASEAN ..." ("apart from", "except"): what the
    // answer is not, which a sentence that names the others need not say.
    "besides",
    "between",
    "both",
    "but",
    "by",
    "can",
    "concerning",
    "could",
    "did",
    "do",
    "does",
    // What is left of "n't" contractions: "doesn", "weren".
    "aren",
    "couldn",
    "didn",
    "doesn",
    "don",
    "hadn",
    "hasn",
    "haven",
    "isn",
    "shouldn",
    "wasn",
    "weren",
    "wouldn",
    "doing",
    "done",
    "during",
    "each",
    "either",
    "else",
    "ever",
    "except",
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
    "quoted",
    "cited",
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
    "regarding",
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
    "upon",
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
    // Hedges: "roughly how many", "around when".
    "roughly",
    "approximately",
    "around",
    "nearly",
    "almost",
    // "going to China", "pre-pandemic".
    "going",
    "goes",
    "went",
    "gone",
    "gave",
    "gives",
    "giving",
    "pre",
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

/// Whether `text` gives a number other than `number`: "one consistent theory"
/// for "two", "three hundred years" for "thousand". Years are left out: "in 2021"
/// does not count anything.
pub fn gives_another_number(text: &str, number: &str) -> bool {
    word_slices(text).any(|w| {
        !w.eq_ignore_ascii_case(number)
            && (is_number_word(&w.to_lowercase()) || w.parse::<u32>().is_ok_and(|n| n < 1000))
    })
}

/// Whether `text` numbers something with an ordinal other than the first:
/// "the 2nd Forum", "the third meeting".
pub fn gives_a_later_ordinal(text: &str) -> bool {
    word_slices(text).any(|w| {
        let w = w.to_lowercase();
        is_ordinal(&w) && !matches!(w.as_str(), "first" | "1st")
    })
}

/// Words before "first" that make it say which one: "the first forum".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "whose",
];

/// Whether a lowercase question says "first" of when something was done,
/// not of which one: "where was the initiative first proposed?", "when did
/// the two sides first meet?", but not "when was the first forum held?".
pub fn says_first_of_a_deed(question: &str) -> bool {
    let words: Vec<&str> = word_slices(question).collect();
    let asks_did = words.iter().any(|w| matches!(*w, "did" | "do" | "does"));
    words.windows(3).any(|w| {
        let [before, first, next] = [w[0], w[1], w[2]];
        first == "first"
            && !DETERMINERS.contains(&before)
            && !is_stop_word(next)
            && !is_number_word(next)
            && (next.len() > 4 && next.ends_with("ed")
                || super::thesaurus::verb_forms(next).next().is_some()
                || asks_did)
    })
}

/// Words after "last" or "final" that make it say when, not which one: "the
/// last 30 years", "its final day".
const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "century",
    "centuries",
    "time",
    "times",
    "night",
    "hour",
    "hours",
    "minute",
    "minutes",
];

/// Whether a lowercase question says "last" or "final" of which one of
/// several: "the last of Li Keqiang's proposals", "his final proposal"; not
/// "over the last 30 years", "its final day" or "last year". Typed as
/// keywords, with no stop word, no determiner need come before it: "tolliver
/// quill last proposal".
pub fn says_last_of_several(question: &str) -> bool {
    let words: Vec<&str> = word_slices(question).collect();
    let keywords = !words.iter().any(|w| is_stop_word(w));
    words.windows(3).any(|w| {
        let [before, last, next] = [w[0], w[1], w[2]];
        matches!(last, "last" | "final")
            && (DETERMINERS.contains(&before) || before == "s" || keywords)
            && !TIME_UNITS.contains(&next)
            && !is_number_word(next)
            && !next.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// "last" for "final" and "final" for "last".
fn last_in_other_form(word: &str) -> Option<String> {
    match word {
        "last" => Some("final".to_string()),
        "final" => Some("last".to_string()),
        _ => None,
    }
}

/// Whether `word` reads as a year: four digits from 1000 to 2999.
pub fn is_year(word: &str) -> bool {
    word.len() == 4 && word.parse::<u32>().is_ok_and(|n| (1000..3000).contains(&n))
}

/// Words a year after them dates: "in 2005", "from 2004 to 2005".
const DATING_WORDS: &[&str] = &[
    "in", "from", "to", "since", "until", "by", "during", "after", "before", "between", "and",
];

/// Words for the powers of ten that scale a number: "three hundred years".
const SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];

/// Whether `word` is a number written as a word: "three", "thousand".
pub fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.contains(&word) || SCALES.contains(&word)
}

/// The number words of a question that a sentence must say: "three" in "based on
/// three fundamental interactions", "thousand" in "three thousand years"; but not
/// "one" (a pronoun as often as a number), nor a count of the answers ("What two
/// areas ...", "how many million") or of what the question names ("the two sides").
fn counted_number_words(ws: &[String]) -> Vec<&str> {
    const COUNTING: &[&str] = &[
        "the", "these", "those", "both", "what", "which", "name", "list", "give", "its", "their",
        "all", "other", "top", "many", "much", "a",
    ];
    ws.iter()
        .enumerate()
        .filter(|(i, w)| {
            w.as_str() != "one"
                && is_number_word(w)
                && !(*i > 0 && COUNTING.contains(&ws[i - 1].as_str()))
                && ws.get(i + 1).is_none_or(|n| n != "of")
        })
        .map(|(_, w)| w.as_str())
        .collect()
}

/// "first", "6th": an ordinal, in words or figures.
pub fn is_ordinal(word: &str) -> bool {
    ORDINALS.contains(&word) || is_ordinal_number(word)
}

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
    // Most questions are NFKC already (all ASCII ones are): told quickly, and
    // not normalized again.
    let nfkc: Cow<str> = if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().take(MAX_QUESTION_CHARS * 2).collect())
    };
    let cleaned: String = nfkc
        .chars()
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
        let mut analyzer = crate::analysis::analyzer();
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
    /// Ids of words of opposite meaning ("strong" for "weak", "direct" for
    /// "indirect"), unless the question uses them too.
    pub opposed: Vec<u32>,
    /// For an ordinal or a year, the words it qualifies in the question:
    /// "summit" in "the 30th China-ASEAN Summit". See [`qualified_words`].
    pub qualifies: Vec<String>,
    /// For an ordinal or a year that qualifies words, all the words it may
    /// number, common ones too: those it qualifies and the words right after
    /// it ("rpt", "fishing", "ministers", "conference" in "the 4th RPT fishing
    /// ministers conference"). See [`qualifies_in`].
    pub numbered: Vec<String>,
    /// Which name of several words in the question the term is part of, if any:
    /// "Global Development Initiative". See [`name_phrases`].
    pub phrase: Option<usize>,
    /// Later names the term is part of too: "Silk Road" is in "the Vision and
    /// Actions on ... Silk Road Economic Belt and 21st-Century Maritime Silk
    /// Road" twice. The term counts for its first, `phrase`; a later one is
    /// still written whole with it.
    pub also_in: Vec<usize>,
    /// A year the question says only in a period ("the 2021-2025 Plan of
    /// Action"): it names something, it dates nothing.
    pub in_period: bool,
    /// The term restates the kind of answer or says only that something was
    /// so: "take" and "place" in "When will the forum take place?" (see
    /// [`FRAME`]), or "run" in "When does the Activity run?" where the
    /// documents never say "run" (see [`says_little`]).
    pub frame: bool,
    /// "first" said of a deed ("Where was the initiative first proposed?"): it
    /// asks for the earliest time, which a sentence need not say, so long as it
    /// numbers no other. See [`says_first_of_a_deed`].
    pub earliest: bool,
    /// "last" or "final" said of which one of several ("the last of Li
    /// Keqiang's proposals"): a list's last item says it without the word.
    /// See [`says_last_of_several`].
    pub last: bool,
    /// A year the question says after "since" ("since 2022"): a count from
    /// then on is what it asks.
    pub since: bool,
}

impl QueryTerm {
    /// Whether one of the term's own forms is in `set`, sorted term ids.
    pub fn is_in(&self, set: &[u32]) -> bool {
        any_in(&self.ids, set)
    }

    /// Whether one of its common equivalents is in `set`, sorted term ids.
    pub fn is_related_in(&self, set: &[u32]) -> bool {
        any_in(&self.related, set)
    }

    /// Whether the term id `id` is one of its forms or common equivalents.
    pub fn stands_for(&self, id: u32) -> bool {
        self.ids.contains(&id) || self.related.contains(&id)
    }

    /// Whether a word of opposite meaning is in `set`, sorted term ids.
    pub fn is_opposed_in(&self, set: &[u32]) -> bool {
        any_in(&self.opposed, set)
    }

    /// Whether a form or an equivalent is in `set`, sorted term ids.
    pub fn is_near(&self, set: &[u32]) -> bool {
        self.is_in(set) || self.is_related_in(set)
    }
}

/// Whether one of `ids` is in `set`, sorted term ids.
fn any_in(ids: &[u32], set: &[u32]) -> bool {
    ids.iter().any(|id| set.binary_search(id).is_ok())
}

/// Whether `word` starts with one of the lowercase `stems`, whatever its case.
pub fn starts_with_any(word: &str, stems: &[String]) -> bool {
    let lower;
    let word = if word.is_ascii() {
        word
    } else {
        lower = word.to_lowercase();
        &lower
    };
    stems.iter().any(|s| {
        !s.is_empty()
            && word
                .as_bytes()
                .get(..s.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(s.as_bytes()))
    })
}

/// Splits lowercase text into words the way the index tokenizer does.
pub fn words(text: &str) -> Vec<String> {
    word_slices(text).map(str::to_lowercase).collect()
}

/// The lowercase words a question says only as parts of hyphenated names:
/// "china" in "Where was the China-ASEAN Youth Campus held?".
pub fn only_in_compounds(question: &str) -> Vec<String> {
    let mut inside = Vec::new();
    let mut alone = Vec::new();
    for token in question.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let parts: Vec<String> = words(token);
        let into = if parts.len() > 1 {
            &mut inside
        } else {
            &mut alone
        };
        into.extend(parts);
    }
    inside.retain(|w| !alone.contains(w));
    inside
}

/// The words of a question written as acronyms: two or more capitals ("GDI").
pub fn acronyms(question: &str) -> impl Iterator<Item = &str> {
    word_slices(question).filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// Lowercase forms of the words capitalised inside a question (not its first word): names.
/// A name's lowercase particle ("de" in "René Goulaine de Laudonnière") is
/// part of the name between two capitalised words.
pub fn names(question: &str) -> Vec<String> {
    let words: Vec<&str> = word_slices(question).collect();
    (1..words.len())
        .filter(|&i| {
            capitalised(words[i])
                || (NAME_PARTICLES.contains(&words[i])
                    && capitalised(words[i - 1])
                    && words.get(i + 1).is_some_and(|w| capitalised(w)))
        })
        .map(|i| words[i].to_lowercase())
        .filter(|w| !is_stop_word(w))
        .collect()
}

/// Lowercase words inside people's and places' names: "de", "von", "van der".
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "von", "van", "der", "den", "la", "le",
];

static ROLE_OF_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([a-z][a-z-]+) of (?:the )?(\p{Lu}[\w'-]*(?: \p{Lu}[\w'-]*)*)").unwrap()
});

/// "the Thai ambassador": a people's word and the role it says whose it is,
/// typed in lowercase too.
static PEOPLES_ROLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[Tt]he ([A-Za-z][a-z]+) ([a-z][a-z-]+)\b").unwrap());

/// What a question asks of a name, with the name's words, lowercase: ("director",
/// ["asean", "china", "centre"]) in "Who is the director of the ASEAN-China Centre?".
/// The answer says it of that name, not of another one further on.
pub fn role_of_name(question: &str) -> Option<(String, Vec<String>)> {
    let c = ROLE_OF_NAME.captures(question)?;
    let role = c[1].to_string();
    let name: Vec<String> = words(&c[2])
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .collect();
    // "on top of", "part of" say where, not whose; "the first of Li Keqiang's
    // proposals" which of them, and "the second phase of the Fund" a part of it.
    let numbered = words(&question[..c.get(1)?.start()])
        .last()
        .is_some_and(|w| is_ordinal(w));
    let role_word = !is_stop_word(&role)
        && !is_ordinal(&role)
        && !numbered
        && !matches!(role.as_str(), "top" | "part" | "rest");
    // "teams of Chinese medical experts": a people's word describes, it names
    // no one whose teams they are.
    let a_name = !name.iter().all(|w| is_demonym(w));
    (role_word && a_name && !name.is_empty()).then_some((role, name))
}

/// A role asked of a country by its people's word, and that word, lowercase:
/// ("ambassador", "thai") in "Who is the Thai ambassador to China?". The word
/// may only look like a people's ("durian"): the caller checks that it stands
/// for a country the documents name.
pub fn peoples_role(question: &str) -> Option<(String, String)> {
    let c = PEOPLES_ROLE.captures(question)?;
    let people = c[1].to_lowercase();
    let role = c[2].to_string();
    (!countries_of(&people).is_empty() && !is_stop_word(&role)).then_some((role, people))
}

/// The vocabulary ids of the stop words' stems.
pub fn stop_term_ids(index: &SearchIndex) -> Vec<u32> {
    let mut analyzer = crate::analysis::analyzer();
    STOP_WORDS
        .iter()
        .flat_map(|w| tokens(&mut analyzer, w))
        .filter_map(|t| index.vocabulary.get(&t).map(|s| s.id))
        .collect()
}

static STOP_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// The names a country may have, for a lowercase word for its people:
/// "chinese" -> "china", "indonesian" -> "indonesia", "korean" -> "korea",
/// "singaporean" -> "singapore". The caller keeps those the documents use.
fn countries_of(word: &str) -> Vec<String> {
    let mut out: Vec<String> = PEOPLES
        .iter()
        .filter(|(people, _)| *people == word)
        .map(|(_, country)| country.to_string())
        .collect();
    if let Some(stem) = word.strip_suffix("ese").filter(|s| s.len() >= 3) {
        out.push(format!("{stem}a"));
        out.push(stem.to_string());
    } else if let Some(stem) = word
        .strip_suffix('n')
        .filter(|s| s.len() >= 4 && s.ends_with('a'))
    {
        out.push(stem.to_string());
        if let Some(e) = stem.strip_suffix("ea") {
            out.push(format!("{e}e"));
        }
    }
    out
}

/// Words for a people whose country's name is not their stem, with it.
#[rustfmt::skip]
const PEOPLES: &[(&str, &str)] = &[
    ("laotian", "laos"), ("thai", "thailand"), ("filipino", "philippines"),
    ("filipina", "philippines"), ("burmese", "myanmar"), ("bruneian", "brunei"),
    ("french", "france"), ("dutch", "netherlands"), ("swiss", "switzerland"),
    ("greek", "greece"), ("portuguese", "portugal"), ("british", "britain"),
    ("english", "england"), ("spanish", "spain"), ("danish", "denmark"),
    ("swedish", "sweden"), ("finnish", "finland"), ("polish", "poland"),
    ("turkish", "turkey"), ("irish", "ireland"), ("scottish", "scotland"),
    ("welsh", "wales"), ("german", "germany"),
    ("peruvian", "peru"), ("iraqi", "iraq"), ("pakistani", "pakistan"),
];

/// Whether a lowercase word looks like a word for a people or language
/// ("chinese", "indonesian", "british", "thai"): capitalised, but not a name
/// of one thing.
pub fn is_demonym(word: &str) -> bool {
    // Not a name of four letters: "Tian", "Jian", "Qian".
    (word.len() > 4 && ["ese", "ian", "ish"].iter().any(|e| word.ends_with(e)))
        || PEOPLES.iter().any(|(people, _)| *people == word)
}

/// Everyday verbs and words for the kind of answer: when the documents never
/// use one, the question is still about what its other words say ("how does
/// China see ASEAN", "the forum's date").
const SAYS_LITTLE: &[&str] = &[
    "full",
    "scheduled",
    "slated",
    "planned",
    "due",
    "see",
    "saw",
    "seen",
    "take",
    "took",
    "taken",
    "add",
    "added",
    "run",
    "ran",
    "make",
    "made",
    "come",
    "came",
    "happen",
    "happened",
    "hold",
    "held",
    "mean",
    "meant",
    "date",
    "year",
    "time",
    "day",
    "month",
    "percentage",
    "percent",
    "number",
    "amount",
    "total",
    "place",
    "location",
    "locations",
    "town",
    "towns",
    "rank",
    "ranked",
    "ranking",
    "possible",
    "item",
    "items",
    "thing",
    "things",
    "body",
    "bodies",
    "entity",
    "entities",
];

/// Words that restate the kind of answer or say only that something was so:
/// "year" in "in what year", "century" in "which century", "take place",
/// "occurred", "when is it scheduled", "where does it come from", "the full
/// name of", "what are the names of", "how much was it worth", "what was the
/// value of". A sentence that answers need not repeat them ("the Siege of
/// Antioch in 1097" answers "When did the Siege of Antioch take place?").
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:what|which)\s+(years?|century|centuries|decades?|dates?|months?|days?|time|era|period)\b|\b(take|takes|took|taken|taking)\s+(place)\b|\b(occur|occurs|occurred|happen|happens|happened)\b|\bwhen\b.*?\b(held|scheduled|slated|planned|due)\b|\b(?:where|(?:what|which)\s+(?:city|cities|country|countries|province|provinces|town|towns|venue|place|location))\b.*?\b(host|hosts|hosted|hosting)\b|\b(?:where|(?:what|which)\s+(?:city|country|countries|province|region|town|place|part))\b.*?\b(come|comes|came|coming)\s+from\b|\b(full)\s+(?:name|form)\b|\b(?:what|which)\s+(?:is|was|are|were)\s+the\s+(names)\s+of\b|\b(?:what|which)\s+(role|part)\b.*?\b(play|plays|played|playing)\b|\bhow\s+much\b.*?\b(worth)\b|\b(?:what|how\s+much)\s+(?:is|was|were|are)\s+the\s+(?:total\s+)?(value)\s+of\b|^(years?|dates?)\s|\s(dates?)\W*$",
    )
    .unwrap()
});

/// "marking 30 years of dialogue relations": the years an anniversary counts.
static YEARS_MARKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b((?:mark|celebrat|commemorat)(?:e|es|ed|s|ing)?\s+(?:the\s+)?)(\d{1,3})\s+years\s+of\b").unwrap()
});

/// A question that marks a number of years of something, asked as the
/// anniversary the documents name: "the summit marking 30 years of dialogue
/// relations" -> "the summit marking 30th anniversary of dialogue relations",
/// which is "the Special Summit to Commemorate the 30th Anniversary of
/// ASEAN-China Dialogue Relations". None when it marks none.
pub fn years_as_anniversary(question: &str) -> Option<String> {
    let rewritten = YEARS_MARKED.replace_all(question, |c: &regex::Captures| {
        let n: u32 = c[2].parse().unwrap_or(0);
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{}{}{suffix} anniversary of", &c[1], &c[2])
    });
    match rewritten {
        std::borrow::Cow::Owned(read) => Some(read),
        std::borrow::Cow::Borrowed(_) => None,
    }
}

/// Questions about someone's job: "Where does Liu Qing work?", "Where does
/// Zhu Caihua teach?", "What is Yang Yue's position?", "Who does Chen Shi work
/// for?", "Which organisation does Guo Yanjun belong to?", "Which institute is
/// Lin Yongliang with?", and the other way round, "Who teaches at Beijing
/// Union Medical College?". The groups are the words that ask for the job; the
/// title by the name answers ("Liu Qing, vice president ... at the China
/// Institute of International Studies") without repeating them.
static JOB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bwhere\s+(?:do|does|did|is|was)\b.*?\b(work|works|worked|working|employed|teach|teaches|taught|teaching|lecture|lectures|lectured)\b|^who\s+(works|worked|teaches|taught|lectures|lectured|is\s+employed|was\s+employed)\s+(?:at|for|in|with)\b|\b(?:who|what|which)\b.*?\b(?:does|did|do)\b.*?\b(work|works|worked)\s+(?:for|at|with)\b|\b(?:what|which)\s+(?:is|was|are|were)\b.*?\b(position|job|title|role|post|occupation|profession|affiliation)s?\b|\b(?:what|which)\s+(position|job|title|role|post|office)s?\b.*?\b(hold|holds|held|have|has|had|occupy|occupies)\b|\b(belong|belongs|belonged)\s+to\b|\b(?:what|which)\s+(organi[sz]ation|institution|institute|employer|university|college|company|agency|department|ministry)\b",
    )
    .unwrap()
});

/// The words of a lowercase question that ask for someone's job, if it asks
/// for one. See [`JOB`]; whether it is asked of a person is for the caller to
/// tell, by the question's other words being names.
pub fn job_words(question: &str) -> Vec<&str> {
    JOB.captures_iter(question)
        .flat_map(|c| (1..c.len()).filter_map(move |i| Some(c.get(i)?.as_str())))
        .collect()
}

/// Words without which no question names a part of a document: a cheap test
/// that spares most questions the part patterns.
fn may_name_a_part(question: &str) -> bool {
    [
        "section",
        "paragraph",
        "remarks",
        "chapter",
        "conclusion",
        "introduction",
        "how does",
    ]
    .iter()
    .any(|w| question.contains(w))
}

/// Where in a document a question asks about: "in its closing section", "the
/// opening paragraph", "how does the report end?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Opening,
    Closing,
}

/// A question naming a part of a document; the groups are its frame words,
/// which say where rather than what.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(closing|final|last|concluding|opening|introductory)\s+(section|paragraph|remarks|chapter)\b|\b(?:in|at)\s+(?:its|the)\s+(conclusion|introduction)\b|\bhow\s+does\s+(?:the|its|this)\s+(?:\w+\s+){0,6}(end|conclude|close|begin|open|start)\b",
    )
    .unwrap()
});

/// Words of [`PART`] that name the end of a document.
const CLOSING: &[&str] = &[
    "closing",
    "final",
    "last",
    "concluding",
    "conclusion",
    "end",
    "conclude",
    "close",
];

/// The part of a document a lowercase question asks about, if it names one.
pub fn document_part(question: &str) -> Option<Part> {
    if !may_name_a_part(question) {
        return None;
    }
    let c = PART.captures(question)?;
    let word = [1, 3, 4].into_iter().find_map(|i| c.get(i))?.as_str();
    Some(if CLOSING.contains(&word) {
        Part::Closing
    } else {
        Part::Opening
    })
}

/// The frame words of a lowercase question; see [`FRAME`].
fn frame_words(question: &str) -> Vec<&str> {
    let part = may_name_a_part(question).then(|| PART.captures_iter(question));
    FRAME
        .captures_iter(question)
        .chain(part.into_iter().flatten())
        .flat_map(|c| (1..c.len()).filter_map(move |i| Some(c.get(i)?.as_str())))
        .collect()
}

/// Whether a lowercase word, missing from the documents, leaves the question's
/// subject as it was. See [`SAYS_LITTLE`].
pub fn says_little(word: &str) -> bool {
    SAYS_LITTLE.contains(&word)
}

/// Whether a lowercase word is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// The words an ordinal or a year qualifies in `question`, lowercase: the
/// name after it ("china", "asean", "summit" for "30th" in "When was the 30th
/// China-ASEAN Summit held?"), or else the words up to the next stop word
/// ("media", "forum" in "the 6th media forum"). Empty when nothing follows,
/// and for a year unless a name follows: "the 2025 ASEAN Games" names one
/// edition, while "the 2021 summit" may be "the summit ... in 2021".
/// A year right after a word that dates ("In 2005 Harvard reduced ...",
/// "from 2004 to 2005 Harvard ...") is when, not an edition of the name after it.
/// Typed as keywords, with no stop word before it, an ordinal may follow what
/// it numbers: "china asean expo 18th deals" adds "china", "asean", "expo".
pub fn qualified_words(question: &str, number: &str) -> Vec<String> {
    let words: Vec<&str> = word_slices(question).collect();
    let Some(at) = words.iter().position(|w| w.eq_ignore_ascii_case(number)) else {
        return Vec::new();
    };
    let year = number.chars().all(|c| c.is_ascii_digit());
    if year
        && at > 0
        && DATING_WORDS
            .iter()
            .any(|d| words[at - 1].eq_ignore_ascii_case(d))
    {
        return Vec::new();
    }
    let after: Vec<&str> = words[at + 1..]
        .iter()
        .take_while(|w| !is_stop_word(&w.to_lowercase()))
        .take(6)
        .copied()
        .collect();
    let name: Vec<&str> = after
        .iter()
        .copied()
        .take_while(|w| capitalised(w))
        .collect();
    let run = match (name.is_empty(), year) {
        (false, _) => &name[..],
        (true, false) => &after[..],
        (true, true) => &[][..],
    };
    let keywords = !year && !words[..at].iter().any(|w| is_stop_word(&w.to_lowercase()));
    let before = if keywords {
        &words[at.saturating_sub(3)..at]
    } else {
        &[][..]
    };
    before.iter().chain(run).map(|w| w.to_lowercase()).collect()
}

/// Up to `most` content words right after `word` in a lowercase question.
pub fn words_after(question: &str, word: &str, most: usize) -> Vec<String> {
    let words: Vec<&str> = word_slices(question).collect();
    let Some(at) = words.iter().position(|w| *w == word) else {
        return Vec::new();
    };
    words[at + 1..]
        .iter()
        .take_while(|w| !is_stop_word(w))
        .take(most)
        .map(|w| w.to_string())
        .collect()
}

/// Whether a title holds one of `words` (or a longer form of it).
pub fn in_title(title: &str, words: &[String]) -> bool {
    let stems: Vec<String> = words.iter().map(|w| w.chars().take(5).collect()).collect();
    word_slices(title).any(|t| starts_with_any(t, &stems))
}

/// The names of two or more words in a question, as lowercase content words:
/// "Global Development Initiative" in "Who proposed the Global Development
/// Initiative?". Capitalised words in a row, joined by "of", "for" or "the" (not
/// "and": "Laos and Cambodia" are two, and neither does a comma); the
/// question's first word does not start one.
pub fn name_phrases(question: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut first = true;
    for part in question.split([',', ';', ':', '(', ')', '?', '!']) {
        let words: Vec<&str> = word_slices(part).collect();
        let mut run: Vec<String> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if std::mem::take(&mut first) {
                continue;
            }
            let joins = matches!(*w, "of" | "for" | "the")
                && !run.is_empty()
                && words.get(i + 1).is_some_and(|n| capitalised(n));
            if capitalised(w) {
                let lower = w.to_lowercase();
                if !is_stop_word(&lower) && !run.contains(&lower) {
                    run.push(lower);
                }
            } else if !joins {
                if run.len() >= 2 {
                    out.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
        if run.len() >= 2 {
            out.push(run);
        }
    }
    out
}

/// Whether `number` in `text` qualifies one of `words` too: one of them (or a
/// longer form of it) comes within a few words after it, or just before it
/// ("the year 2023"). The number may be written either way ("third", "3rd").
/// True when the text does not hold the number (a number word may stand for
/// it). An ordinal opening an item of a list after a colon qualifies what the
/// list's opening names: "six proposals for the next phase: First, to ..." is
/// the first proposal. A name right after the
/// number in `text` says what it numbers by its last word, which must be one of
/// `numbered`, all the words the number qualifies in the question, unless the
/// name holds all of `words`: "the 3rd China-ASEAN Education Ministers Roundtable
/// Conference" is a third conference and a third "Roundtable", not a "3rd
/// China-ASEAN Education Cooperation Week".
pub fn qualifies_in(text: &str, number: &str, words: &[String], numbered: &[String]) -> bool {
    qualifies_in_these_words(text, number, words, numbered)
        || qualifies_in_other_words(text, number, words, numbered)
}

/// Whether `number` qualifies one of `words` in `text` said as a common
/// equivalent: "the first meeting of ... ministers" is "the first Conference
/// of ... Ministers". One word is swapped at a time.
fn qualifies_in_other_words(
    text: &str,
    number: &str,
    words: &[String],
    numbered: &[String],
) -> bool {
    let swapped = |list: &[String], from: &str, to: &str| -> Vec<String> {
        list.iter()
            .map(|w| if w == from { to.to_string() } else { w.clone() })
            .collect()
    };
    words.iter().any(|w| {
        super::thesaurus::equivalents(w).any(|e| {
            qualifies_in_these_words(
                text,
                number,
                &swapped(words, w, e),
                &swapped(numbered, w, e),
            )
        })
    })
}

/// [`qualifies_in`] for `words` as the question says them.
fn qualifies_in_these_words(
    text: &str,
    number: &str,
    words: &[String],
    numbered: &[String],
) -> bool {
    const AFTER: usize = 6;
    const BEFORE: usize = 2;
    const OPENING: usize = 12;
    let stems: Vec<String> = words.iter().map(|w| w.chars().take(5).collect()).collect();
    let text_words: Vec<&str> = word_slices(text).collect();
    let number = number.to_lowercase();
    let other_form = ordinal_in_other_form(&number).or_else(|| last_in_other_form(&number));
    let mut found = false;
    for (i, w) in text_words.iter().enumerate() {
        if w.eq_ignore_ascii_case(&number)
            || other_form
                .as_ref()
                .is_some_and(|o| w.eq_ignore_ascii_case(o))
        {
            found = true;
            let at = offset_of(text, w);
            let before = if text[..at].trim_end().ends_with(':') {
                OPENING
            } else {
                BEFORE
            };
            // A question may leave out the name's last word: "the 3rd China-ASEAN
            // Education Ministers Roundtable" is the "... Roundtable Conference".
            let another = |name: &[&str]| {
                let in_name = |n: &String| name.iter().any(|w| w.eq_ignore_ascii_case(n));
                let head_numbered = name
                    .last()
                    .is_some_and(|head| numbered.iter().any(|n| head.eq_ignore_ascii_case(n)));
                !head_numbered && (words.is_empty() || !words.iter().all(in_name))
            };
            if name_after(text, w, &text_words[i + 1..]).is_some_and(another) {
                continue;
            }
            let mut around = text_words[i.saturating_sub(before)..i]
                .iter()
                .chain(text_words[i + 1..].iter().take(AFTER));
            if around.any(|n| starts_with_any(n, &stems)) {
                return true;
            }
        }
    }
    !found
}

/// The words of the name right after `number`, a word of `text`, with
/// `after` the words that follow it: capitalised words joined by spaces or
/// hyphens only, up to a lowercase word ("China-ASEAN Education Ministers
/// Roundtable Conference was held"; not "China" in "In 2021, China ..."). None
/// when no name follows, or when something else breaks it off, as brackets
/// or quotes do in "the 2023 ... Economic Cooperation (Qianhai) Forum".
fn name_after<'a, 'w>(text: &str, number: &str, after: &'w [&'a str]) -> Option<&'w [&'a str]> {
    let mut end = offset_of(text, number) + number.len();
    for (i, &w) in after.iter().enumerate() {
        let at = offset_of(text, w);
        if !text[end..at].chars().all(|c| c == ' ' || c == '-') {
            return None;
        }
        if !capitalised(w) {
            return (i > 0).then(|| &after[..i]);
        }
        end = at + w.len();
    }
    None
}

/// Builds the weighted terms of a question against an index.
pub fn terms(
    index: &SearchIndex,
    analyzer: &mut TextAnalyzer,
    synonyms: &Synonyms,
    text: &str,
) -> Vec<QueryTerm> {
    let ws = words(text);
    let frame = frame_words(text);
    let first_of_a_deed = says_first_of_a_deed(text);
    let last_of_several = says_last_of_several(text);
    let counted = counted_number_words(&ws);
    // "What fruit ...?" asks for a member of a kind, which "durian" names;
    // "How many fruits" asks for a count of them.
    let asked_kind = ws
        .windows(2)
        .find(|w| w[0] == "what" || w[0] == "which")
        .map(|w| w[1].as_str());
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
        if let Some((n, stand_for)) = super::thesaurus::idiom_at(&ws[i..]) {
            let alternatives: Vec<String> = stand_for.iter().map(|w| w.to_string()).collect();
            groups.push((alternatives[0].clone(), alternatives));
            i += n;
            continue;
        }
        if !is_stop_word(&ws[i]) && ws[i].chars().count() > 1
            || ws[i].chars().all(|c| c.is_ascii_digit())
        {
            groups.push((ws[i].clone(), vec![ws[i].clone()]));
        }
        i += 1;
    }

    // A number and its word are the same term: "3" and "three"; so are the
    // forms of an irregular verb: "flee" and "fled".
    for (_, alternatives) in &mut groups {
        let w = alternatives[0].clone();
        alternatives.extend(super::thesaurus::verb_forms(&w).map(str::to_string));
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
    for (word, mut alternatives) in groups {
        let last = last_of_several && matches!(word.as_str(), "last" | "final");
        if last {
            alternatives.extend(last_in_other_form(&word));
        }
        let mut forms: Vec<String> = alternatives
            .iter()
            .flat_map(|a| index.terms_of(analyzer, a))
            .collect();
        // Common English equivalents, where the documents use them, and the common
        // members of a kind asked for ("durian" for "what fruit"): they count a
        // little less.
        // So does the country of a word for its people: "China" for "chinese".
        let mut related_forms: Vec<String> = Vec::new();
        for a in &alternatives {
            let members = super::thesaurus::members(a).filter(|_| asked_kind == Some(a));
            let equivalents = super::thesaurus::equivalents(a)
                .chain(members)
                .filter(|e| !is_stop_word(e))
                .map(str::to_string);
            for e in countries_of(a).into_iter().chain(equivalents) {
                related_forms.extend(
                    index
                        .terms_of(analyzer, &e)
                        .into_iter()
                        .filter(|f| index.vocabulary.contains_key(f)),
                );
            }
        }
        for a in &alternatives {
            for v in spelling_variants(a).into_iter().skip(1) {
                forms.extend(
                    index
                        .terms_of(analyzer, &v)
                        .into_iter()
                        .filter(|f| index.vocabulary.contains_key(f)),
                );
            }
        }
        forms.sort();
        forms.dedup();
        // A word said twice is one term.
        if forms.is_empty() || out.iter().any(|t| t.forms == forms || t.word == word) {
            continue;
        }
        // Numbers and ordinals ("first", "6th") are constraints an answer must meet.
        let numeric = word.chars().all(|c| c.is_ascii_digit())
            || counted.contains(&word.as_str())
            || is_ordinal(&word)
            || last;
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
        // Other words of the same family: "rivalry" for "rival", "organized" for "organizer".
        for a in &alternatives {
            related_forms.extend(index.family_of(a));
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
        // "last" is where in a list, which a sentence need not say.
        let unknown = ids.is_empty() && related.is_empty() && !last;
        let mut opposed: Vec<u32> = alternatives
            .iter()
            .flat_map(|a| super::thesaurus::opposites(a))
            .flat_map(|o| index.terms_of(analyzer, o))
            .chain(forms.iter().flat_map(|f| negated_forms(index, f)))
            .filter_map(|f| index.vocabulary.get(&f).map(|s| s.id))
            .filter(|id| !ids.contains(id) && !related.contains(id))
            .collect();
        opposed.sort_unstable();
        opposed.dedup();
        // A word the documents never use is as specific as one they use once,
        // unless it says little ("take place").
        let earliest = word == "first" && first_of_a_deed;
        // A word the documents never use that says little ("When does the
        // Activity run?") restates the kind of answer as the frame's words do.
        let in_frame =
            frame.contains(&word.as_str()) || earliest || (unknown && says_little(&word));
        let weight = if in_frame {
            idf(u32::MAX)
        } else {
            idf(df.max(1)) * if corrected { 0.8 } else { 1.0 }
        };
        let in_period = numeric && super::extract::in_a_period_only(text, &word);
        let since = numeric && is_year(&word) && super::extract::since_only(text, &word);
        out.push(QueryTerm {
            in_period,
            since,
            word,
            forms,
            ids,
            weight,
            numeric,
            unknown,
            name: false,
            related,
            opposed,
            qualifies: Vec::new(),
            numbered: Vec::new(),
            phrase: None,
            also_in: Vec::new(),
            frame: in_frame,
            earliest,
            last,
        });
        if out.len() >= MAX_TERMS {
            break;
        }
    }
    // "Stronger or weaker?" asks about both.
    let asked: Vec<u32> = out.iter().flat_map(|t| t.ids.iter().copied()).collect();
    for t in &mut out {
        t.opposed.retain(|id| !asked.contains(id));
    }
    out
}

/// Prefixes that negate a word, with the least length of the word they
/// negate: short remainders are too often words of their own ("in" + "come").
const NEGATING_PREFIXES: &[(&str, usize)] = &[
    ("un", 5),
    ("non", 4),
    ("in", 6),
    ("im", 6),
    ("il", 6),
    ("ir", 6),
    ("dis", 6),
];

/// The stems the documents use that negate `stem` or that it negates:
/// "direct" for "indirect", "unknown" for "known".
fn negated_forms(index: &SearchIndex, stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut with = String::with_capacity(stem.len() + 3);
    for &(prefix, least) in NEGATING_PREFIXES {
        if let Some(rest) = stem.strip_prefix(prefix)
            && rest.len() >= least
            && index.vocabulary.contains_key(rest)
        {
            out.push(rest.to_string());
        }
        if stem.len() >= least {
            with.clear();
            with.push_str(prefix);
            with.push_str(stem);
            if index.vocabulary.contains_key(with.as_str()) {
                out.push(with.clone());
            }
        }
    }
    out
}

/// A word and its other English spellings (British and American: organisation,
/// organization; centre, center), an ordinal in words and in figures too (third, 3rd).
fn spelling_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    out.extend(ordinal_in_other_form(word));
    // "col-our" and "col-or", but "four" is not "for", nor "door" "dour": the part
    // before must have a vowel of its own and not end in one ("behavi-our" aside).
    let spelled_apart = |from: &str, stem: &str| {
        !matches!(from, "our" | "or")
            || stem.contains(['a', 'e', 'i', 'o', 'u']) && !stem.ends_with(['a', 'e', 'o', 'u'])
    };
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
            if let Some(stem) = word.strip_suffix(from)
                && spelled_apart(from, stem)
            {
                out.push(format!("{stem}{to}"));
            }
            // Within a word only for these: "colourful", "organisational".
            let inside = matches!(from, "isation" | "ization" | "our" | "or");
            if inside
                && let Some(pos) = word.find(from)
                && spelled_apart(from, &word[..pos])
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

/// The numbers the words of [`ORDINALS`] stand for, in order.
const ORDINAL_VALUES: [u32; 15] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 100];
const _: () = assert!(ORDINAL_VALUES.len() == ORDINALS.len());

/// An ordinal written the other way: "3rd" for "third", "twelfth" for "12th".
fn ordinal_in_other_form(word: &str) -> Option<String> {
    if let Some(i) = ORDINALS.iter().position(|o| *o == word) {
        let n = ORDINAL_VALUES[i];
        let suffix = match n {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Some(format!("{n}{suffix}"));
    }
    if !is_ordinal_number(word) {
        return None;
    }
    let n: u32 = word[..word.len() - 2].parse().ok()?;
    let i = ORDINAL_VALUES.iter().position(|&v| v == n)?;
    Some(ORDINALS[i].to_string())
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

/// Letters an English word shares with another form of it: "diploma" in
/// "diplomacy" and "diplomats".
const SAME_WORD_PREFIX: usize = 6;

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// What a lowercase "how many" question counts: the first plural among the
/// words after "how many", up to a stop word, or else the first of them.
/// "doses" in "how many covid vaccine doses", "officials" in "how many law
/// enforcement officials", also after a name, "how many asean law enforcement
/// officials"; "huguenots" in "how many huguenots fled".
pub fn counted_noun(question: &str) -> Option<&str> {
    const MODIFIERS: usize = 4;
    let at = question.find("how many ")? + "how many ".len();
    let words: Vec<&str> = word_slices(&question[at..])
        .take_while(|w| !is_stop_word(w))
        .take(MODIFIERS)
        .collect();
    words
        .iter()
        .find(|w| super::extract::is_plural(w))
        .or(words.first())
        .copied()
        .or_else(|| word_slices(&question[at..]).next())
}

/// What a lowercase "how much" question measures, when a noun comes between
/// "how much" and its verb: "durian" in "how much durian did china import",
/// "produce" in "how much agricultural produce has china bought"; None for
/// "how much did it cost" and "how much was trade worth".
pub fn measured_noun(question: &str) -> Option<&str> {
    const MODIFIERS: usize = 3;
    const AUXILIARIES: &[&str] = &[
        "did", "does", "do", "will", "would", "can", "could", "has", "have", "had", "was", "were",
        "is", "are",
    ];
    let at = question.find("how much ")? + "how much ".len();
    let words: Vec<&str> = word_slices(&question[at..]).collect();
    let noun = words.iter().take_while(|w| !is_stop_word(w)).count();
    (1..=MODIFIERS).contains(&noun).then_some(())?;
    words.get(noun).filter(|w| AUXILIARIES.contains(w))?;
    Some(words[noun - 1])
}

/// Whether a lowercase word that the documents never use reads as a name:
/// neither English nor one edit from an English word ("seperating"), and too
/// long for an acronym ("scio"): "africa", "tanzania"; not "cambodia", one
/// edit from the English "cambogia".
pub fn looks_like_a_name(word: &str) -> bool {
    const SHORTEST: usize = 5;
    word.len() >= SHORTEST
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !wordnik_list::word_exists(word)
        && !one_edit_from_english(word)
}

/// Whether a lowercase word, typed in a lowercase question, may be an
/// acronym: two letters ("ai"), a longer word English does not know ("gsi",
/// not "win"), or three letters after "the", where a verb does not go ("the
/// apt conference").
pub fn may_be_an_acronym(word: &str, after_the: bool) -> bool {
    word.len() == 2 || (word.len() == 3 && after_the) || !wordnik_list::word_exists(word)
}

/// Whether a lowercase ASCII word is one edit (deletion, swap, substitution,
/// insertion) from an English word.
fn one_edit_from_english(word: &str) -> bool {
    let w = word.as_bytes();
    let mut buf: Vec<u8> = Vec::with_capacity(w.len() + 1);
    let english = |buf: &[u8]| std::str::from_utf8(buf).is_ok_and(wordnik_list::word_exists);
    for i in 0..w.len() {
        buf.clear();
        buf.extend(w[..i].iter().chain(&w[i + 1..]));
        if english(&buf) {
            return true;
        }
        if i + 1 < w.len() {
            buf.clear();
            buf.extend_from_slice(w);
            buf.swap(i, i + 1);
            if english(&buf) {
                return true;
            }
        }
    }
    for i in 0..=w.len() {
        for c in b'a'..=b'z' {
            if i < w.len() {
                buf.clear();
                buf.extend_from_slice(w);
                buf[i] = c;
                if english(&buf) {
                    return true;
                }
            }
            buf.clear();
            buf.extend(w[..i].iter().chain(std::iter::once(&c)).chain(&w[i..]));
            if english(&buf) {
                return true;
            }
        }
    }
    false
}

/// The closest word of the documents to a misspelled word, or to an English
/// word they use in another form: one edit for
/// short words, two for long ones with the same first letter; ties go to the
/// more frequent term.
fn correct(index: &SearchIndex, word: &str) -> Option<(String, crate::index::TermStat)> {
    let len = word.len();
    if len < 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // An English word is not a misspelling, though the documents never use it:
    // "export" is not "expert", nor "place" "peace". It may stand for another
    // form of a word they use: "diplomacy" for "diplomats".
    let english = wordnik_list::word_exists(word);
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
            // A typo seldom changes the first letter; a word that does and is two edits away
            // is usually another word ("designed", "signed").
            if d > 1 && word.as_bytes()[0] != w.as_bytes()[0] {
                continue;
            }
            if english && common_prefix(word, w) < SAME_WORD_PREFIX {
                continue;
            }
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
    fn years_marked_read_as_the_anniversary() {
        for (question, read) in [
            (
                "the summit marking 30 years of dialogue relations",
                "the summit marking 30th anniversary of dialogue relations",
            ),
            ("celebrating 21 years of", "celebrating 21st anniversary of"),
            (
                "commemorated the 12 years of",
                "commemorated the 12th anniversary of",
            ),
            ("marks 2 years of", "marks 2nd anniversary of"),
        ] {
            assert_eq!(years_as_anniversary(question).as_deref(), Some(read));
        }
        // Years that no anniversary marks are years.
        for question in [
            "over the last 30 years of cooperation",
            "30 years of dialogue",
        ] {
            assert_eq!(years_as_anniversary(question), None);
        }
    }

    #[test]
    fn how_many_counts_its_plural() {
        for (q, noun) in [
            ("how many covid vaccine doses did it give?", "doses"),
            ("how many law enforcement officials took part?", "officials"),
            (
                "how many asean law enforcement officials took part?",
                "officials",
            ),
            ("how many huguenots fled to england?", "huguenots"),
            ("how many short videos were sent?", "videos"),
            ("how many people came?", "people"),
            ("how many of the first 50 projects?", "of"),
        ] {
            assert_eq!(counted_noun(q), Some(noun), "{q}");
        }
        assert_eq!(counted_noun("what did it cost?"), None);
    }

    #[test]
    fn unknown_lowercase_words_may_be_names() {
        assert!(looks_like_a_name("africa"));
        assert!(looks_like_a_name("tanzania"));
        // English, a misspelling of English, or short enough to be an acronym.
        assert!(!looks_like_a_name("vaccines"));
        assert!(!looks_like_a_name("seperating"));
        assert!(!looks_like_a_name("scio"));
    }

    #[test]
    fn a_names_particle_is_part_of_it() {
        assert_eq!(
            names("When was Rene Goulaine de Laudonniere born?"),
            ["rene", "goulaine", "de", "laudonniere"]
        );
        // Not outside a name.
        assert_eq!(names("What did Ann say de facto?"), ["ann"]);
    }

    #[test]
    fn words_said_only_inside_hyphenated_names() {
        assert_eq!(
            only_in_compounds("where was the china-asean youth campus held in 2023?"),
            ["china", "asean"]
        );
        assert_eq!(
            only_in_compounds("did china host the china-asean expo?"),
            ["asean"]
        );
    }

    #[test]
    fn job_questions_are_told_by_their_asking_words() {
        for (q, words) in [
            ("where does liu qing work?", vec!["work"]),
            ("where is lu guangsheng employed?", vec!["employed"]),
            ("what is wang yuzhu's job?", vec!["job"]),
            ("what is the role of yang yue?", vec!["role"]),
            ("who does chen shi work for?", vec!["work"]),
            (
                "what position does shi zhongjun hold?",
                vec!["position", "hold"],
            ),
            (
                "which institute does lin yongliang belong to?",
                vec!["institute", "belong"],
            ),
            (
                "what organization is guo yanjun with?",
                vec!["organization"],
            ),
        ] {
            assert_eq!(job_words(q), words, "{q}");
        }
        assert!(job_words("where did zhai kun study?").is_empty());
        assert!(job_words("how does the network work?").is_empty());
    }

    #[test]
    fn first_is_said_of_a_deed_before_a_verb_without_a_determiner() {
        for q in [
            "where was the global security initiative first proposed?",
            "who first proposed the initiative?",
            "when did the two sides first meet?",
            "when was the railway first held up?",
        ] {
            assert!(says_first_of_a_deed(q), "{q}");
        }
        for q in [
            "when was the first forum held?",
            "who won its first prize?",
            "what was the first hundred days plan?",
            "when was the first held?",
        ] {
            assert!(!says_first_of_a_deed(q), "{q}");
        }
    }

    #[test]
    fn a_peoples_word_before_a_role_asks_it_of_their_country() {
        assert_eq!(
            peoples_role("Who is the Thai ambassador to China?"),
            Some(("ambassador".to_string(), "thai".to_string()))
        );
        assert_eq!(
            peoples_role("who is the chinese premier"),
            Some(("premier".to_string(), "chinese".to_string()))
        );
        assert_eq!(peoples_role("Who is the ambassador of Thailand?"), None);
        assert_eq!(peoples_role("Who attended the fair?"), None);
    }

    #[test]
    fn a_role_is_asked_of_a_name_not_of_a_peoples_word() {
        assert_eq!(
            role_of_name("Who is the director of the ASEAN-China Centre?"),
            Some((
                "director".to_string(),
                vec![
                    "asean".to_string(),
                    "china".to_string(),
                    "centre".to_string()
                ]
            ))
        );
        assert_eq!(
            role_of_name("Which towns got teams of Thai medical experts?"),
            None
        );
    }

    #[test]
    fn last_is_said_of_one_of_several_not_of_a_time() {
        for q in [
            "what was the last of li keqiang's proposals?",
            "what was his final proposal?",
            "li keqiang last proposal",
        ] {
            assert!(says_last_of_several(q), "{q}");
        }
        for q in [
            "what happened over the last 30 years?",
            "what was agreed on its final day?",
            "what was signed last year?",
            "when did the two sides last meet?",
            "what was the last ten years like?",
        ] {
            assert!(!says_last_of_several(q), "{q}");
        }
    }

    #[test]
    fn a_short_english_word_is_an_acronym_only_after_the() {
        assert!(may_be_an_acronym("ai", false));
        assert!(may_be_an_acronym("gsi", false));
        assert!(!may_be_an_acronym("win", false));
        assert!(may_be_an_acronym("apt", true));
        assert!(!may_be_an_acronym("ready", true));
    }

    #[test]
    fn a_noun_after_how_much_is_what_is_measured() {
        assert_eq!(
            measured_noun("how much durian did china import from the philippines?"),
            Some("durian")
        );
        assert_eq!(
            measured_noun("how much agricultural produce has china bought?"),
            Some("produce")
        );
        assert_eq!(measured_noun("how much did the bridge cost?"), None);
        assert_eq!(measured_noun("how much was the trade worth?"), None);
        assert_eq!(
            measured_noun("how much extra did china pledge?"),
            Some("extra")
        );
        assert_eq!(measured_noun("how many doses did china give?"), None);
    }

    #[test]
    fn frame_words_restate_the_kind_of_answer() {
        assert_eq!(
            frame_words("in what year did the siege take place?"),
            ["year", "take", "place"]
        );
        // Keywords: "bridge opening dates", "year asean china dialogue started".
        assert_eq!(
            frame_words("joint visit activity silk road dates"),
            ["dates"]
        );
        assert_eq!(frame_words("year asean china dialogue started"), ["year"]);
        // "come from" restates "where" for an origin.
        assert_eq!(
            frame_words("where does the durian china imports come from?"),
            ["come"]
        );
        assert!(frame_words("what came from the meeting?").is_empty());
        assert_eq!(
            frame_words("which centuries saw it happen"),
            ["centuries", "happen"]
        );
        // "held" restates "when" as "took place" does.
        assert_eq!(frame_words("when was the 24th summit held?"), ["held"]);
        assert!(frame_words("where was the 24th summit held?").is_empty());
        // "hosted" restates "where" as "held" does "when".
        assert_eq!(frame_words("which city hosted the 20th expo?"), ["hosted"]);
        assert_eq!(frame_words("which country will host the expo?"), ["host"]);
        assert!(frame_words("who hosted the 20th expo?").is_empty());
        // "What are the names of X" asks for X, as "What is the name of" does.
        assert_eq!(
            frame_words("what are the names of the weeks held?"),
            ["names"]
        );
        assert!(frame_words("families with french names speak what?").is_empty());
        // Not after "what" or "which": a word of the subject.
        assert!(frame_words("how many students came in the academic year?").is_empty());
        assert!(frame_words("what place did they take?").is_empty());
        // "What role does X play": the role is what is asked.
        assert_eq!(
            frame_words("what role does china see asean playing in the fight"),
            ["role", "playing"]
        );
        // "worth" and "value" restate what a sum answers.
        assert_eq!(
            frame_words("how much was the trade worth in 2022?"),
            ["worth"]
        );
        assert_eq!(
            frame_words("what was the value of trade in 2022?"),
            ["value"]
        );
        assert!(frame_words("what values do they share?").is_empty());
        assert_eq!(
            frame_words("what does the report say in its closing section?"),
            ["closing", "section"]
        );
    }

    #[test]
    fn the_part_of_a_document_asked_about_is_found() {
        for (q, part) in [
            (
                "what does the report say in its closing section?",
                Some(Part::Closing),
            ),
            ("how does the progress report end?", Some(Part::Closing)),
            ("what is said in the conclusion?", Some(Part::Closing)),
            ("what does the opening paragraph say?", Some(Part::Opening)),
            ("how does the overview begin?", Some(Part::Opening)),
            (
                "how does the general overview of media cooperation end?",
                Some(Part::Closing),
            ),
            // A conclusion or an end that is the subject, not a part of a document.
            ("when did the talks end?", None),
            ("what was the conclusion of the talks?", None),
            ("what happened at the closing ceremony?", None),
        ] {
            assert_eq!(document_part(q), part, "{q}");
        }
    }

    #[test]
    fn names_of_several_words_are_found() {
        assert_eq!(
            name_phrases("Who proposed the Global Development Initiative?"),
            [["global", "development", "initiative"]]
        );
        assert_eq!(
            name_phrases("Did the Ministry of Foreign Affairs guide the Dezhou forum?"),
            [["ministry", "foreign", "affairs"]]
        );
        assert!(name_phrases("Where is Laos?").is_empty());
        assert!(name_phrases("Have Laos and Cambodia signed?").is_empty());
        assert!(name_phrases("Xi Jinping went where?").is_empty());
        assert_eq!(
            name_phrases("Who fought in Italy, the Byzantine Empire and Armenia?"),
            [["byzantine", "empire"]]
        );
    }

    #[test]
    fn a_number_qualifies_the_name_or_words_after_it() {
        let q = "When was the 30th China-ASEAN Summit held?";
        assert_eq!(qualified_words(q, "30th"), ["china", "asean", "summit"]);
        assert_eq!(
            qualified_words("Who spoke at the 6th media forum in 2021?", "6th"),
            ["media", "forum"]
        );
        assert!(qualified_words("Who came 6th?", "6th").is_empty());
        assert_eq!(
            qualified_words("china asean expo 18th deals", "18th"),
            ["china", "asean", "expo", "deals"]
        );
        assert_eq!(
            qualified_words("Where was the 2025 ASEAN Games held?", "2025"),
            ["asean", "games"]
        );
        assert!(qualified_words("What did the 2021 summit decide?", "2021").is_empty());
        // A year after a dating word is when: "In 2005 Harvard reduced ...".
        for (q, year) in [
            (
                "In 2005 Harvard reduced the number of honors to what?",
                "2005",
            ),
            ("From 2004 to 2005 Harvard reduced what?", "2005"),
        ] {
            assert!(qualified_words(q, year).is_empty(), "{q}");
        }
        // The name right after a number says by its last word what it numbers.
        let week = qualified_words("When was the 3rd Education Cooperation Week held?", "3rd");
        let text = "the 3rd Education Ministers Roundtable Conference was held during the 15th Education Cooperation Week";
        assert!(!qualifies_in(text, "3rd", &week, &week));
        let text = "the 3rd Education Cooperation Week was held";
        assert!(qualifies_in(text, "3rd", &week, &week));
        // Unless something breaks the name off.
        let forum = qualified_words(
            "Where did the 2023 Bay Area Economic Forum kick off?",
            "2023",
        );
        let text = "The 2023 Bay Area Economic Cooperation (Qianhai) Forum kicked off";
        assert!(qualifies_in(text, "2023", &forum, &forum));
        let summit = ["summit".to_string()];
        let text = "the Special Summit to Commemorate the 30th Anniversary of ASEAN-China Dialogue Relations (“Special Summit”)";
        assert!(!qualifies_in(text, "30th", &summit, &[]));
        assert!(qualifies_in(
            "attended the 24th China-ASEAN Summit",
            "24th",
            &summit,
            &[]
        ));
        // Written as a word, the number cannot be checked, so it is not held against the text.
        assert!(qualifies_in("the sixth summit", "6th", &summit, &[]));
        // After a colon, the first item is the first of what the opening names.
        let proposal = ["proposal".to_string()];
        let text = "a speech outlining six proposals for the next phase of cooperation: First, to build a line of defense.";
        assert!(qualifies_in(text, "first", &proposal, &[]));
        assert!(!qualifies_in(
            "six proposals for the next phase of cooperation, first to build a line",
            "first",
            &proposal,
            &[]
        ));
    }

    #[test]
    fn a_word_for_a_people_gives_its_country() {
        for (people, country) in [
            ("chinese", "china"),
            ("japanese", "japan"),
            ("indonesian", "indonesia"),
            ("korean", "korea"),
            ("singaporean", "singapore"),
            ("laotian", "laos"),
            ("filipino", "philippines"),
            ("thai", "thailand"),
        ] {
            assert!(
                countries_of(people).contains(&country.to_string()),
                "{people}"
            );
        }
        assert!(is_demonym("thai") && !is_demonym("laos"));
        assert!(is_demonym("indonesian") && is_demonym("irish") && !is_demonym("tian"));
        assert!(countries_of("these").is_empty());
        assert!(countries_of("plan").is_empty());
    }

    #[test]
    fn ordinals_in_words_and_figures_are_variants_of_each_other() {
        for (word, variant) in [
            ("third", "3rd"),
            ("3rd", "third"),
            ("twelfth", "12th"),
            ("30th", "thirtieth"),
        ] {
            assert!(
                spelling_variants(word).contains(&variant.to_string()),
                "{word}"
            );
        }
        assert_eq!(spelling_variants("15th"), ["15th"]);
        let week = ["week".to_string()];
        assert!(!qualifies_in(
            "the third conference was held in Riverton during the 16th week",
            "3rd",
            &week,
            &[]
        ));
        assert!(qualifies_in("the Third Week", "3rd", &week, &[]));
    }

    #[test]
    fn british_and_american_spellings_are_variants_of_each_other() {
        for (word, variant) in [
            ("colour", "color"),
            ("behaviour", "behavior"),
            ("honor", "honour"),
            ("colourful", "colorful"),
            ("organisation", "organization"),
            ("centre", "center"),
        ] {
            assert!(
                spelling_variants(word).contains(&variant.to_string()),
                "{word}"
            );
        }
        // Short words that end like them are other words.
        for (word, other) in [
            ("four", "for"),
            ("for", "four"),
            ("fourth", "forth"),
            ("door", "dour"),
            ("hour", "hor"),
        ] {
            assert!(
                !spelling_variants(word).contains(&other.to_string()),
                "{word}"
            );
        }
    }

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
