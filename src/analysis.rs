//! How text becomes index terms: words, lowercased, accents folded, stemmed
//! with Snowball's English stemmer. Documents and questions go through the
//! same analyzer, so "railways" in a question finds "railway" in a sentence.
//!
//! Snowball strips some endings that change the meaning: it makes "important"
//! into "import", "several" into "sever", "department" into "depart". Those
//! words keep a stem of their own ([`KEPT_APART`]), as Lucene's
//! StemmerOverrideFilter does; and the forms of a word in "-ence" or
//! "-ance" are stemmed as that word.

use std::mem;

use rust_stemmers::Algorithm;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, TokenFilter,
    TokenStream, Tokenizer,
};

/// Words Snowball gives the stem of a word of another meaning, sorted, each
/// with the stem it keeps instead: "important" is not "import", "experiment"
/// is not "experience", "several" is not "severe". General English only.
const KEPT_APART: &[(&str, &str)] = &[
    ("animal", "animal"),
    ("animals", "animal"),
    ("apartment", "apartment"),
    ("apartments", "apartment"),
    ("authorities", "authority"),
    ("authority", "authority"),
    ("contention", "contention"),
    ("convention", "convention"),
    ("conventional", "convention"),
    ("conventions", "convention"),
    ("department", "department"),
    ("departmental", "department"),
    ("departments", "department"),
    ("empirical", "empirical"),
    ("empirically", "empirical"),
    ("executive", "executive"),
    ("executives", "executive"),
    ("experiment", "experiment"),
    ("experimented", "experiment"),
    ("experimenting", "experiment"),
    ("experiments", "experiment"),
    ("hospitality", "hospitality"),
    ("identical", "identical"),
    ("identically", "identical"),
    ("importance", "important"),
    ("important", "important"),
    ("importantly", "important"),
    ("informal", "informal"),
    ("informally", "informal"),
    ("integral", "integral"),
    ("integrity", "integrity"),
    ("mobile", "mobile"),
    ("personality", "personality"),
    ("procession", "procession"),
    ("processions", "procession"),
    ("publicity", "publicity"),
    ("rational", "rational"),
    ("rationally", "rational"),
    ("several", "several"),
    ("succession", "succession"),
    ("successive", "successive"),
    ("successively", "successive"),
];

/// "experienced", "experiencing", "experiences": the word in "-ence" or
/// "-ance" it is a form of, which Snowball stems otherwise ("experienc" for
/// the verb, "experi" for the noun).
fn ence_verb(word: &str) -> Option<String> {
    ["ing", "ed", "es"].iter().find_map(|ending| {
        let root = word.strip_suffix(ending)?;
        (root.ends_with("enc") || root.ends_with("anc")).then(|| format!("{root}e"))
    })
}

/// The English analyzer used for documents and questions alike.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(EnglishStemmer)
        .build()
}

/// The same words unstemmed: lowercased, accents folded.
pub fn surface_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Analyzes `text` into tokens.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The terms of `text` as [`analyzer`] makes them, `analyzer` being that one.
/// A plain lowercase word, as most of a question's are, is stemmed without a
/// token stream, which would cost more than the stemming.
pub fn stems(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let plain = text
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if !plain || text.is_empty() || text.len() >= LONGEST {
        return tokens(analyzer, text);
    }
    let mut stem = String::new();
    stem_into(
        &rust_stemmers::Stemmer::create(Algorithm::English),
        text,
        &mut stem,
    );
    vec![stem]
}

/// Words this long or longer are left out of the index: no English word is.
const LONGEST: usize = 40;

/// Stems a lowercase word into `out`, with [`KEPT_APART`] as exceptions.
fn stem_into(stemmer: &rust_stemmers::Stemmer, word: &str, out: &mut String) {
    match KEPT_APART.binary_search_by_key(&word, |&(w, _)| w) {
        Ok(i) => out.push_str(KEPT_APART[i].1),
        Err(_) => match ence_verb(word) {
            Some(noun) => out.push_str(&stemmer.stem(&noun)),
            None => out.push_str(&stemmer.stem(word)),
        },
    }
}

/// Snowball's English stemmer with [`KEPT_APART`] as exceptions.
#[derive(Clone, Copy, Debug, Default)]
pub struct EnglishStemmer;

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = EnglishStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> EnglishStemmerFilter<T> {
        EnglishStemmerFilter { inner }
    }
}

#[derive(Clone)]
pub struct EnglishStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for EnglishStemmerFilter<T> {
    type TokenStream<'a> = EnglishStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EnglishStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: rust_stemmers::Stemmer::create(Algorithm::English),
            buffer: String::new(),
        }
    }
}

pub struct EnglishStemmerStream<T> {
    tail: T,
    stemmer: rust_stemmers::Stemmer,
    buffer: String,
}

impl<T: TokenStream> TokenStream for EnglishStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        self.buffer.clear();
        stem_into(&self.stemmer, &token.text, &mut self.buffer);
        mem::swap(&mut token.text, &mut self.buffer);
        true
    }

    fn token(&self) -> &tantivy::tokenizer::Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut tantivy::tokenizer::Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_apart_is_sorted_for_binary_search() {
        assert!(KEPT_APART.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn words_of_other_meanings_keep_their_own_stems() {
        let mut a = analyzer();
        let stems = |a: &mut TextAnalyzer, s: &str| tokens(a, s);
        assert_eq!(
            stems(&mut a, "imports imported import"),
            ["import", "import", "import"]
        );
        assert_eq!(
            stems(&mut a, "important importance"),
            ["important", "important"]
        );
        assert_ne!(stems(&mut a, "several"), stems(&mut a, "severe"));
        assert_ne!(stems(&mut a, "experiments"), stems(&mut a, "experience"));
        assert_ne!(stems(&mut a, "department"), stems(&mut a, "departed"));
        // The forms of a word in "-ence" stem alike.
        assert_eq!(
            stems(&mut a, "experience experienced experiencing"),
            ["experi", "experi", "experi"]
        );
        // Everything else is stemmed as before, accents and case folded.
        assert_eq!(stems(&mut a, "Railways Fécamp"), ["railway", "fecamp"]);
    }

    #[test]
    fn a_plain_word_has_the_terms_a_token_stream_gives() {
        let mut a = analyzer();
        for text in [
            "railways",
            "important",
            "experienced",
            "2021",
            "6th",
            "covid19",
            "a",
            "",
            "china-asean",
            "Railways",
            "fécamp",
            "the long-awaited railway",
            &"x".repeat(39),
            &"x".repeat(40),
        ] {
            assert_eq!(super::stems(&mut a, text), tokens(&mut a, text), "{text}");
        }
    }
}
