//! The answer engine: routes a question by intent, looks up the passages that
//! answer it, and composes an [`Answer`] quoted from them with citations, or
//! declines when no passage is good enough.
//!
//! The engine does no I/O besides its index handle, so tests build it from a
//! few strings and assert on the `Answer` value.

pub mod extract;
pub mod intent;
pub mod provenance;
pub mod query;
pub mod thesaurus;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, RwLock};
use std::time::Instant;

use regex::Regex;
use tantivy::tokenizer::TextAnalyzer;

use crate::analysis;
use crate::answer::{Answer, Candidate, Citation, Outcome, Quote, Reason};
use crate::config::{AnswerConfig, Config};
use crate::error::Result;
use crate::index::{self, BuildReport, SearchIndex};
use crate::knowledge::{DocumentInfo, capitalised};
use crate::text;
use intent::{Intents, Kind, Route};
use query::{Curated, QueryTerm, Synonyms};

/// Candidates fetched from the index before re-ranking. Each is scored in
/// full, so this bounds the engine time; 20 rather than 30 changed no answer
/// in the question sets, only some topics offered when declining.
const CANDIDATES: usize = 20;
/// How much a term found only near the sentence counts: in its section or title, in a neighbouring sentence.
const IN_CONTEXT: f32 = 0.8;
const IN_NEIGHBOUR: f32 = 0.3;
/// Factor when a number of the question (a year, an amount) is nowhere near the sentence.
const MISSING_NUMBER: f32 = 0.45;
/// Factor when the sentence lacks the kind of answer asked for (no date for "when").
const MISSING_KIND: f32 = 0.6;
/// Factor when the sentence says little beyond the question's own words.
const NOTHING_NEW: f32 = 0.6;
/// Sentences holding less than `1 - OWN_SHARE_FLOOR` of the question's weight themselves are lowered.
const OWN_SHARE_FLOOR: f32 = 0.6;
/// Weight (idf) above which a name must be near the answer: one in under about
/// 13% of passages, so not the documents' common subject ("ASEAN", "China").
const RARE: f32 = 2.0;
/// Weight under which a word is too common to tell what a number qualifies.
const QUALIFIED_WEIGHT: f32 = 1.0;
/// Factor when a name of the question (one the documents never use, or a rare
/// one) is in neither the sentence nor its heading.
const MISSING_NAME: f32 = 0.5;
/// Words a title of several words may have between its own ("Secretary-General
/// of ASEAN").
const NAME_SLACK: usize = 2;
/// Words other than "of", "the"... a name of several words may have between its
/// own: "(Qianhai)" in the "Greater Bay Area Economic Cooperation (Qianhai) Forum".
const NAME_INSERTED: usize = 1;
/// Factor when a "when", "how many" or "where" sentence holds no date, number
/// or place: it stays below the threshold however many words it shares.
const MISSING_DATE_NUMBER_OR_PLACE: f32 = 0.5;
/// How much a common equivalent of a question word counts in the sentence ("additional" for "extra").
const RELATED: f32 = 0.85;
/// Factor when the sentence does not name what "how many" counts.
const MISSING_FOCUS: f32 = 0.6;
/// Factor when the sentence names what "how many" counts but counts something else.
const UNCOUNTED: f32 = 0.45;
/// Factor when "when did X happen" meets a sentence that says X will happen.
const PLANNED: f32 = 0.45;
/// Factor when the sentence says the opposite of a question word ("strong"
/// for "weak") and not the word itself.
const OPPOSED: f32 = 0.45;
/// Factor when the question asks what did not happen and the sentence negates nothing.
const NOT_NEGATED: f32 = 0.45;
/// Factor when the question asks for the most or largest and the sentence ranks nothing.
const UNRANKED: f32 = 0.45;
/// Share of the question's weight a neighbouring sentence must add, of words the
/// answer's sentence lacks, to be quoted with it.
const COMPLETING: f32 = 0.1;
/// List items join the answer down to this share of the best item's confidence.
const LIST_SHARE: f32 = 0.65;
/// Candidates whose kind of answer (date, number, name) is looked for.
const KIND_CHECKED: usize = 12;
/// Factor for a heading rather than a sentence.
const HEADING: f32 = 0.7;
/// Factor when the question has a single known content word.
const SINGLE_TERM: f32 = 0.45;
/// Sentences longer than this many words are checked for scattered question words.
const LONG_SENTENCE: usize = 20;
/// The question words a sentence holds should sit within this many words of
/// it per word, plus some slack...
const SPREAD_PER_WORD: usize = 4;
const SPREAD_SLACK: usize = 6;
/// ...or the sentence is lowered by this factor.
const SCATTERED: f32 = 0.8;
/// The words that open a sentence as its subject ("China has also provided ...").
const OPENING_WORDS: usize = 1;
/// Sentences sharing this much of their terms are the same passage for an answer.
const NEAR_DUPLICATE: f32 = 0.7;
/// Words before a title that make it another title: a "Deputy Secretary-General" is not the
/// "Secretary-General", nor a "section chief" the chief (or, by the thesaurus, the director).
/// ("Former" is left out: "the former captain" answers "who was captain".)
const TITLE_MODIFIERS: &[&str] = &[
    "deputy",
    "vice",
    "assistant",
    "honorary",
    "section",
    "division",
];
/// A sentence outside the part of a document the question names ("in its closing section").
const OUTSIDE_PART: f32 = 0.5;
/// For a sentence that holds the question's names but none of its other words.
const ONLY_NAMED: f32 = 0.55;
/// The factor for a sentence that says the role asked about apart from the name
/// it is asked of; and how many other words may come between them ("of the").
const ROLE_APART: f32 = 0.6;
const ROLE_SLACK: usize = 4;
/// Factor for a sentence that says the kind asked for ("fruit") only by
/// members of it that no item of its list pairs with the question's name.
const MEMBER_APART: f32 = 0.5;
/// How many words from what the question asks an answer may be, and the
/// factor for a sentence whose answers are all farther; for these kinds.
const SLOT_REACH: usize = 5;
const SLOT_FAR: f32 = 0.8;
const SLOT_KINDS: [Kind; 2] = [Kind::Who, Kind::Where];
/// Words that negate the word after them, and how many words on that word
/// may be ("not a part": "a" is passed over).
const NEGATORS: &[&str] = &[
    "not", "never", "non", "cannot", "no", "nor", "didn", "doesn", "don", "isn", "wasn", "weren",
    "aren", "hasn", "haven", "hadn", "couldn", "wouldn", "shouldn",
];
const NEGATED_REACH: usize = 3;
/// How many words after a negated word may say "until" ("did not develop until").
const UNTIL_REACH: usize = 6;
/// For a sentence with the question's name on the other side of its verb.
const SWAPPED: f32 = 0.45;
/// For a sentence that reports no one's words when the question asks what
/// someone said: at most half, however much of the question it holds.
const UNREPORTED: f32 = 0.5;
/// How many words after "to" the one given to is named: "to the COVID-19 ASEAN".
const GIVEN_REACH: usize = 4;
/// How many words after "from" a sentence names where something comes from:
/// "from the ten ASEAN countries".
const ORIGIN_REACH: usize = 4;
/// Words after which a question's verb takes its object ("sign the").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
];
/// Words that make a verb's bare form after them an act not (yet) done: "would
/// sign" (modals, up to three words before); "willing to be the first to sign"
/// (intentions, up to six words before "to"); "insisted that the States sign"
/// (demands, right before "that", up to six words before).
const MODALS: &[&str] = &[
    "would", "could", "should", "might", "may", "must", "can", "will", "shall",
];
/// Intentions, before "to" (see [`MODALS`]).
#[rustfmt::skip]
const INTENTIONS: &[&str] = &[
    "willing", "ready", "plan", "plans", "planned", "planning", "agree", "agreed", "agrees",
    "intend", "intends", "intended", "hope", "hoped", "hopes", "want", "wants", "wanted", "wish",
    "aim", "aims", "aimed", "expect", "expected", "expects", "prepared", "preparing", "promise",
    "promised", "pledge", "pledged", "committed", "decided", "decide",
];
/// Demands, before "that" (see [`MODALS`]).
#[rustfmt::skip]
const DEMANDS: &[&str] = &[
    "insist", "insisted", "insists", "demand", "demanded", "require", "required", "request",
    "requested", "urge", "urged", "propose", "proposed", "recommend", "recommended", "suggest",
    "suggested", "ask", "asked",
];
/// How many words before a verb an intention or a demand may be.
const IRREALIS_REACH: usize = 6;
/// Verbs whose past is their bare form: "set" says it was done.
#[rustfmt::skip]
const SAME_IN_PAST: &[&str] = &[
    "set", "put", "cut", "hit", "let", "spread", "cast", "cost", "read", "shut", "quit", "hurt",
    "bid", "broadcast", "forecast", "upset", "burst", "split", "bet", "beat", "fit", "rid", "shed",
    "thrust", "wed",
];
/// How many of the best hits name the documents whose part is searched.
const PART_DOCUMENTS: usize = 5;
/// How many sentences back a sentence that refers back is read with.
const ANTECEDENTS: usize = 3;
/// How many sentences back "the conference" may name again a name of several words.
const NAMED_BACK: usize = 3;
/// How many sentences back a sentence dated by a month alone finds its year.
const YEAR_BACK: usize = 8;

static FOLLOW_UP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(and|also|what about|how about|what of|then)\b").unwrap());
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(it|its|they|them|their|this|that|these|those|there|he|she|his|her|him)\b")
        .unwrap()
});
/// "What is the X rate / cost / population": X is what the measure is of.
static MEASURED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:what|which) (?:is|was|are|were) (?:the|its|their) (\w+) (?:rate|percentage|share|proportion|budget|cost|price|population|value)\b").unwrap()
});
/// "How much is a ticket", "how much did the dam cost": what the amount is of.
static HOW_MUCH_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bhow much (?:is|was|are|were|does|do|did|will) (?:a |an |the |one )?(\w+)")
        .unwrap()
});
/// "What was the title of X": an attribute that a sentence giving it names
/// ("a speech titled ...", "with the theme of ..."); a sentence without the word
/// does not give it.
static ATTRIBUTE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and )?(?:what|which) (?:is|was|are|were) (?:the|its|their|his|her) (?:official |full |main )?(title|theme|motto|slogan|budget|capital|population|headquarters|address|nickname|mascot|logo|anthem|currency|language|salary) of\b").unwrap()
});
/// "Which institute does X work at": a kind of body whose names hold the word
/// ("the Institute of Area Studies"), so the sentence itself must say it.
static BODY_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:which|what) (institute|university|college|ministry|committee|bureau|academy|council|centre|center|department|agency|association)\b").unwrap()
});
/// "In which province is X": the kind of place asked for, which a heading
/// over the sentence may name for another place.
static PLACE_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:which|what) (province|city|country|state|region|county|town|village|island|district|continent|capital)\b").unwrap()
});
/// The kinds of place "in which city" asks for that a sentence names without
/// the word: "held in Beijing, China" says which city.
const TOWNS: &[&str] = &["city", "town", "village"];
/// "Who was the host city mayor at X": the role asked for, which a sentence
/// that answers names ("mayor"); "hosted by the city government" does not say
/// who the mayor was.
static ROLE_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and )?who (?:is|was|are|were|will be|became) (?:the|a|an) (?:[a-z-]+ ){0,3}?([a-z-]+)(?: (?:of|at|in|for|on|to|from|during|who|that|when)\b| ?\??$)").unwrap()
});
/// "Which Chinese leader", "what president of the university": a person is
/// asked for, not a body.
static PERSON_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and )?(?:which|what) (?:[a-z-]+ ){0,2}?(?:leader|president|premier|minister|king|queen|emperor|pope|official|person|scholar|expert|poet|writer|author|scientist|ambassador|chancellor|governor|mayor|monarch|ruler)s?\b").unwrap()
});
/// "What was the trade volume in 2023": the measure asked for, which a
/// sentence that gives it names; "the value of foreign trade freight" is
/// another figure.
static MEASURE_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and )?(?:what|how much) (?:is|was|are|were|has been) (?:the|its|their) (?:[a-z-]+ ){0,2}?(volume|revenue|turnover|output)\b").unwrap()
});
/// "What was the name of X": a sentence without a name of its own does not
/// answer. ("What is X called" may ask for a term: "force".)
static NAME_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and )?(?:what|which) (?:is|was|are|were) (?:the|its|their|his|her) (?:\w+ )?names? of\b").unwrap()
});
/// Things counted in "how many X" that a sentence rarely names as such.
const GENERAL_COUNTS: &[&str] = &[
    "people", "persons", "times", "more", "of", "other", "in", "are", "were", "did", "do", "does",
    "have", "has", "is", "was", "will", "can", "the",
];
/// A sentence that gives an item of a list after the first: "Fifth, to expand
/// green cooperation."
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly)(ly)?,",
    )
    .unwrap()
});
/// A sentence that gives the first item of a list: "... six proposals ...: First, to ...".
static LIST_OPENING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bFirst(ly)?,").unwrap());
/// How many sentences back the first item of a list may be.
const LIST_BACK: usize = 10;
/// A word in capitals, which may be an acronym: "SCIO".
static ACRONYM_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[A-Z]{2,8}\b").unwrap());
/// A lowercase word as short as an acronym, in a question typed in lowercase.
static LOWERCASE_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[a-z]{2,8}\b").unwrap());
/// A question about something past: "when did", "when was".
static PAST_QUESTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(did|was|were|had)\b").unwrap());
/// "When will the railway open?" asks about something to come.
static FUTURE_QUESTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(will|shall|going to)\b").unwrap());
/// "How many doses has China given?" counts what was done, not what "China is
/// ready to donate"; unless it asks what was pledged.
static DONE_COUNT_QUESTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(did|was|were|had|has|have)\b").unwrap());
static PLEDGE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(will|shall|going to|plan|pledge|promise|offer|commit|intend|expect|ready|willing|aim)",
    )
    .unwrap()
});
/// "When did the forum take place?" asks when it was held.
static HAPPENED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(take|took|taken|taking) place\b|\b(happen|occur)").unwrap());
/// The words a sentence tells that an event happens with: "will be held".
const HAPPENING_WORDS: &[&str] = &["held", "hold", "take", "happen", "occur"];
static ENUMERATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(including|such as|namely|for example)\b|:|, [^,]+, [^,]+,? and ").unwrap()
});
/// A question that asks what someone said: "What did Xu Lin say about media
/// cooperation?"; group 1 is who said it.
static SPEECH_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and )?what (?:did|does|do|has|have|had|will|would) (.+?) (?:say|state|tell|write|stress|note|call)\b")
        .unwrap()
});
/// What a text says by being read, not by speaking: "What does the report say
/// in its closing section?" asks for the report's own sentences.
static DOCUMENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(report|paper|document|statement|declaration|initiative|plan|text|section|article|book|letter|agreement|treaty|charter|law|it|they|this)\b").unwrap()
});
/// A negation: "not", "never", "didn't".
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(not|no|never|none|nothing|nobody|neither|nor|cannot|without)\b|n[’']t\b")
        .unwrap()
});
/// A question that asks for the first of a ranking: "the most Chinese
/// students", "the largest church", "Harvard's most intense rival"; not "most
/// of the forces", which counts.
static SUPERLATIVE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:most|least)\s+(\w+)|\b(?:{SUPERLATIVES})\b")).unwrap()
});
/// A sentence that ranks: "the largest", "its most famous", "the first", "a record".
static RANKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:most|least|{SUPERLATIVES}|top|first|second|third|record|leading|main|primary|chief|foremost)\b"
    ))
    .unwrap()
});
/// Adjectives that rank, for [`SUPERLATIVE_QUESTION`] and [`RANKS`].
const SUPERLATIVES: &str = "largest|biggest|highest|lowest|greatest|smallest|longest|shortest|oldest|newest|earliest|latest|best|worst|strongest|weakest|fastest|slowest|richest|poorest";
/// What a sentence may negate with besides "not": "non-Catholics", "refused", "failed", "lack".
static NEGATING_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(non|refus|fail|lack|absen|unabl)").unwrap());
/// A sentence that opens with "He", "It", "This"..., which the sentence
/// before says; group 1 is a time after it ("This year marks ..."), which the
/// document's date says instead.
static STARTS_WITH_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:He|She|It|They|This|These|Those|Such|His|Her|Its|Their)\b(?: (year|month|week|spring|summer|autumn|winter)\b)?").unwrap()
});

/// Whether `text` opens with a word that refers to what the sentence before
/// says: "It was ...", "This marks ...", not "This year marks ...".
fn opens_with_pronoun(text: &str) -> bool {
    STARTS_WITH_PRONOUN
        .captures(text)
        .is_some_and(|c| c.get(1).is_none())
}

/// Whether a sentence names nothing of its own: no word after its first is
/// capitalised ("In 2022, the total value of foreign trade freight reached ..."),
/// so that, inside a paragraph, it goes on about what the sentence before named.
fn names_nothing(sentence: &str) -> bool {
    crate::knowledge::word_slices(sentence)
        .skip(1)
        .all(|w| !capitalised(w))
}

/// Whether a sentence's subject, the words before its first auxiliary verb,
/// names nothing: "More than 20 relevant activities were carried out last
/// year, including the China-ASEAN Environmental Cooperation Week, ..." goes on
/// about the year the sentence before named, whatever its examples name.
fn subject_names_nothing(sentence: &str) -> bool {
    let mut words = crate::knowledge::word_slices(sentence);
    let Some(first) = words.next() else {
        return false;
    };
    // "In 2021, ..." and "Since ..." open with a time or place, not the
    // subject; "Harvard has ..." names its subject first.
    let first = first.to_lowercase();
    if OPENS_WITH_ADVERBIAL.contains(&first.as_str()) || !query::is_stop_word(&first) {
        return false;
    }
    for w in words {
        if SUBJECT_ENDS.contains(&w) {
            return true;
        }
        if capitalised(w) {
            return false;
        }
    }
    false
}

/// The auxiliary verbs that end a sentence's subject.
const SUBJECT_ENDS: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "will"];

/// First words of a sentence that open with a time, place or condition.
const OPENS_WITH_ADVERBIAL: &[&str] = &[
    "in", "on", "at", "since", "after", "before", "during", "from", "by", "as", "when", "while",
    "if", "under", "through", "with", "for", "to", "over", "despite", "of", "between", "among",
];

/// Whether a sentence names again, as "the program", what the sentence before
/// named in full: "... the Second "New Era, New Images" China-Foreign Joint
/// Creation Program was also held." then "Chen Shi ... introduced the program";
/// "the 6th Conference of ASEAN Plus Three Ministers" then "At the conference".
fn names_again(sentence: &str, before: &str) -> bool {
    let words: Vec<&str> = crate::knowledge::word_slices(before).collect();
    // The last words of the names of the sentence before, or of their part
    // before "of", lowercase.
    let heads: Vec<String> = words
        .iter()
        .enumerate()
        .skip(1)
        .filter(|&(i, w)| {
            let next = words.get(i + 1);
            capitalised(w)
                && (capitalised(words[i - 1]) && !next.is_some_and(|n| capitalised(n))
                    || next == Some(&"of") && words.get(i + 2).is_some_and(|n| capitalised(n)))
        })
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let mut words = crate::knowledge::word_slices(sentence).peekable();
    while let Some(w) = words.next() {
        if w == "the" && words.peek().is_some_and(|n| heads.iter().any(|h| h == n)) {
            return true;
        }
    }
    false
}

/// What a conversation remembers between questions, for follow-ups such as "and in 2022?".
#[derive(Debug, Clone, Default)]
pub struct Conversation {
    last: Option<Subject>,
}

#[derive(Debug, Clone)]
struct Subject {
    terms: Vec<QueryTerm>,
    kind: Kind,
}

/// A candidate passage, scored.
#[derive(Debug, Clone)]
struct Scored {
    ord: usize,
    confidence: f32,
    rank: f32,
}

/// The question-to-answer core.
pub struct Engine {
    index: Arc<SearchIndex>,
    intents: Intents,
    synonyms: Synonyms,
    curated: Curated,
    settings: AnswerConfig,
    analyzer: TextAnalyzer,
    /// Whether each term id is a stop word's, which says nothing new.
    stop_terms: Vec<bool>,
    /// Whether each term id is a year's: "2021".
    year_terms: Vec<bool>,
    /// Per document, the stemmed words of its title and publisher.
    naming_terms: Vec<Vec<String>>,
    /// Per document, the stemmed words of its publisher.
    source_terms: Vec<Vec<String>>,
    /// Per passage: it opens with "He", "It"... and follows a sentence of the
    /// same text, which says who or what that is.
    refers_back: Vec<bool>,
    /// Per passage dated by a month alone ("In October, ..."): the sentence
    /// before it in its paragraph that gives the year.
    year_from: Vec<Option<usize>>,
    /// Per passage that does not refer back so and names nothing of its own:
    /// the nearest of the few before it in its document that it names again,
    /// across a paragraph or a photo caption: "At the conference, the ministers
    /// ..." after "... attends the 6th Conference of ASEAN Plus Three Ministers ...".
    named_before: Vec<Option<usize>>,
    /// Per item of a list ("Fifth, to expand green cooperation."), the sentence
    /// that gave its first item, whose words say what the items are: "... six
    /// proposals ...: First, to ...".
    list_openings: Vec<Option<usize>>,
    /// Passages that use an acronym the documents define, with the terms of its
    /// expansion added: "the GSI Concept Paper" also says "Global Security Initiative".
    /// Sorted by passage.
    expanded_terms: Vec<(usize, Box<[u32]>)>,
    /// What an acronym the documents never write may stand for, told by the
    /// initials of the names they do write: "SCIO" is "State Council
    /// Information Office".
    spelled_out: HashMap<String, Initialism>,
    /// The dates, numbers, names and places found in passages so far.
    spans: extract::SpanCache,
    /// Term ids of words that make a title another one: "Deputy", "Vice".
    title_modifiers: Vec<u32>,
    /// Term ids of words that negate the word after them ("not", "non-"), and of
    /// "only", which makes "not only" say more, not less.
    negators: Vec<u32>,
    only: Option<u32>,
    /// Term ids of "until" and "till": "not until 1798" says when.
    until: Vec<u32>,
    /// Term ids of the forms of "be" and of "by", which make a verb passive.
    passive: Vec<u32>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("index", &self.index)
            .finish()
    }
}

impl Engine {
    /// An engine over an open index.
    pub fn new(
        index: Arc<SearchIndex>,
        intents: Intents,
        synonyms: Synonyms,
        settings: AnswerConfig,
    ) -> Engine {
        let mut stop_terms = vec![false; index.vocabulary.len()];
        for id in query::stop_term_ids(&index) {
            stop_terms[id as usize] = true;
        }
        let mut year_terms = vec![false; index.vocabulary.len()];
        for (word, stat) in &index.vocabulary {
            year_terms[stat.id as usize] = query::is_year(word);
        }
        // "In April 2008, ... In October, the two sides signed ...": a sentence
        // dated by a month alone is in the year the sentence before gives.
        let year_from = (0..index.passages.len())
            .map(|ord| {
                let p = &index.passages[ord];
                if !extract::dated_without_year(&p.text) {
                    return None;
                }
                nearest_before(
                    &index,
                    ord,
                    YEAR_BACK,
                    |b| b.doc == p.doc && b.paragraph == p.paragraph,
                    |b| extract::gives_a_year(&b.text),
                )
            })
            .collect();
        let spelled_out = spelled_out(&index);
        let expanded_terms = expand_acronyms(&index, &spelled_out);
        // "Fifth, to expand green cooperation." goes on from the sentence that
        // gave the first item ("... six proposals ...: First, to ..."), not from
        // "Fourth, ...".
        let list_openings: Vec<Option<usize>> = (0..index.passages.len())
            .map(|ord| {
                let p = &index.passages[ord];
                if !LIST_ITEM.is_match(&p.text) {
                    return None;
                }
                nearest_before(
                    &index,
                    ord,
                    LIST_BACK,
                    |b| b.doc == p.doc && b.paragraph == p.paragraph,
                    |b| LIST_OPENING.is_match(&b.text),
                )
            })
            .collect();
        let refers_back = (0..index.passages.len())
            .map(|ord| {
                let p = &index.passages[ord];
                let before = ord.checked_sub(1).map(|o| &index.passages[o]);
                list_openings[ord].is_none()
                    && before.is_some_and(|b| {
                        b.doc == p.doc
                            && (opens_with_pronoun(&p.text)
                                && b.paragraph.abs_diff(p.paragraph) <= 1
                                || b.paragraph == p.paragraph
                                    && (names_nothing(&p.text)
                                        || subject_names_nothing(&p.text)
                                        || names_again(&p.text, &b.text)))
                    })
            })
            .collect::<Vec<bool>>();
        let named_before = (0..index.passages.len())
            .map(|ord| {
                let p = &index.passages[ord];
                (!refers_back[ord] && names_nothing(&p.text))
                    .then(|| {
                        nearest_before(
                            &index,
                            ord,
                            NAMED_BACK,
                            |b| b.doc == p.doc,
                            |b| names_again(&p.text, &b.text),
                        )
                    })
                    .flatten()
            })
            .collect();
        let mut analyzer = analysis::analyzer();
        // The term ids of words, those the documents use.
        let ids = |words: &[&str], analyzer: &mut TextAnalyzer| -> Vec<u32> {
            words
                .iter()
                .flat_map(|w| analysis::tokens(analyzer, w))
                .filter_map(|f| index.vocabulary.get(&f).map(|s| s.id))
                .collect()
        };
        let title_modifiers = ids(TITLE_MODIFIERS, &mut analyzer);
        let negators = ids(NEGATORS, &mut analyzer);
        let only = ids(&["only"], &mut analyzer).first().copied();
        let until = ids(&["until", "till"], &mut analyzer);
        let passive = ids(
            &["is", "are", "was", "were", "be", "been", "being", "by"],
            &mut analyzer,
        );
        let naming_terms = provenance::naming_terms(index.documents(), &mut analyzer);
        let source_terms = provenance::source_terms(index.documents(), &mut analyzer);
        Engine {
            refers_back,
            year_from,
            named_before,
            list_openings,
            title_modifiers,
            negators,
            only,
            until,
            passive,
            index,
            intents,
            synonyms,
            curated: Curated::default(),
            settings,
            stop_terms,
            year_terms,
            naming_terms,
            source_terms,
            expanded_terms,
            spelled_out,
            spans: extract::SpanCache::default(),
            analyzer,
        }
    }

    /// Opens (building when needed) the index of the configured knowledge folder,
    /// and reads the intent rules and synonyms.
    pub fn open(config: &Config) -> Result<(Engine, Option<BuildReport>)> {
        let exclude = [config.synonyms_file.as_str(), config.curated_file.as_str()];
        let (index, report) =
            index::open_or_build(&config.knowledge_dir, &config.index_dir(), &exclude)?;
        let intents = match &config.intents_file {
            Some(path) => Intents::from_file(path)?,
            None => Intents::builtin(),
        };
        let synonyms = Synonyms::load(&config.knowledge_dir.join(&config.synonyms_file))?;
        let mut engine = Engine::new(Arc::new(index), intents, synonyms, config.answer.clone());
        engine.curated = Curated::load(&config.knowledge_dir.join(&config.curated_file))?;
        Ok((engine, report))
    }

    /// The documents the engine answers from.
    pub fn documents(&self) -> &[DocumentInfo] {
        self.index.documents()
    }

    /// The knowledge version (hash of the knowledge folder) of the index.
    pub fn version(&self) -> &str {
        self.index.version()
    }

    /// The index the engine searches.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Answers one question in a conversation.
    pub fn answer(&self, question: &str, conversation: &mut Conversation) -> Answer {
        self.answer_with(question, conversation, false)
    }

    /// Answers, and with `explain` lists the best candidates considered in `reason.candidates`.
    pub fn answer_with(
        &self,
        question: &str,
        conversation: &mut Conversation,
        explain: bool,
    ) -> Answer {
        let started = Instant::now();
        let normalized = query::normalize(question);
        let lower = normalized.to_lowercase();
        let mut answer = self.blank(question);
        if !lower.chars().any(char::is_alphanumeric) {
            answer.intent = "empty".into();
            answer.message = Some(text::EMPTY.into());
        } else {
            match self.intents.route(&lower) {
                (Route::Reply(template), rule) => {
                    answer.reason.rule = rule.map(str::to_string);
                    self.reply(&template, &mut answer);
                }
                (Route::Search(kind), rule) => {
                    answer.reason.rule = rule.map(str::to_string);
                    self.search(&normalized, kind, conversation, &mut answer, explain);
                }
            }
        }
        answer.elapsed_us = started.elapsed().as_micros() as u64;
        answer
    }

    fn blank(&self, question: &str) -> Answer {
        Answer {
            question: question.to_string(),
            intent: "search".into(),
            kind: String::new(),
            outcome: Outcome::Declined,
            preface: None,
            quotes: Vec::new(),
            citations: Vec::new(),
            message: None,
            suggestions: Vec::new(),
            confidence: 0.0,
            clarify: false,
            reason: Reason {
                threshold: self.settings.threshold,
                ..Reason::default()
            },
            elapsed_us: 0,
            knowledge_version: self.version().to_string(),
        }
    }

    fn reply(&self, template: &str, answer: &mut Answer) {
        answer.intent = template.to_string();
        answer.outcome = Outcome::Smalltalk;
        answer.message = Some(match template {
            "greeting" => text::GREETING.to_string(),
            "thanks" => text::THANKS.to_string(),
            "goodbye" => text::GOODBYE.to_string(),
            "about" => text::ABOUT.to_string(),
            "sources" => self.sources_text(),
            "out_of_scope" => {
                answer.outcome = Outcome::Declined;
                text::OUT_OF_SCOPE.to_string()
            }
            _ => self.help_text(),
        });
    }

    /// The documents, one line each: title, source, date.
    pub fn sources_text(&self) -> String {
        if self.documents().is_empty() {
            return text::NO_SOURCES.to_string();
        }
        let mut out = text::SOURCES_INTRO.to_string();
        for (i, d) in self.documents().iter().enumerate() {
            out.push_str(&format!("\n{}. {}", i + 1, describe_document(d)));
        }
        out
    }

    /// The help text: what qabot does, and topics to ask about.
    pub fn help_text(&self) -> String {
        let mut out = text::HELP_INTRO.to_string();
        let examples = self.example_questions();
        if !examples.is_empty() {
            out.push('\n');
            out.push_str(text::HELP_EXAMPLES);
            for e in examples {
                out.push_str(&format!("\n- {e}"));
            }
        }
        out
    }

    /// Three example questions: from config, else built from document titles.
    pub fn example_questions(&self) -> Vec<String> {
        if !self.settings.examples.is_empty() {
            return self.settings.examples.iter().take(3).cloned().collect();
        }
        self.documents()
            .iter()
            .take(3)
            .map(|d| format!("What does \"{}\" say?", d.title))
            .collect()
    }

    fn search(
        &self,
        normalized: &str,
        mut kind: Kind,
        conversation: &mut Conversation,
        answer: &mut Answer,
        explain: bool,
    ) {
        // "marking 30 years of" asks about the "30th anniversary of".
        let anniversary = query::years_as_anniversary(normalized);
        let normalized = anniversary.as_deref().unwrap_or(normalized);
        // "Who is the SCIO director?" asks about the State Council Information
        // Office, unless it asks what SCIO stands for.
        let mut analyzer = self.analyzer.clone();
        let spelled = (kind != Kind::Acronym)
            .then(|| self.spell_out(&mut analyzer, normalized))
            .flatten();
        let normalized = spelled.as_deref().unwrap_or(normalized);
        let lower = &normalized.to_lowercase();
        // A question typed in lowercase names what the documents capitalise.
        let truecased = self.index.truecase(normalized);
        let normalized = truecased.as_deref().unwrap_or(normalized);
        if let Some(c) = self.curated.find(&mut analyzer, lower) {
            answer.intent = "curated".into();
            answer.kind = kind.name().to_string();
            answer.outcome = Outcome::Answered;
            answer.confidence = 1.0;
            answer.reason.top_score = 1.0;
            answer.citations.push(Citation {
                n: 1,
                title: c.title.clone(),
                source: c.source.clone(),
                date: c.date.clone(),
                url: String::new(),
                doc: c.doc.clone(),
                section: String::new(),
                passage_id: format!(
                    "curated:{}",
                    c.questions.first().map(String::as_str).unwrap_or("")
                ),
                passage: c.passage.clone(),
            });
            answer.quotes.push(Quote {
                text: c.answer.clone(),
                marks: Vec::new(),
                citation: 1,
            });
            return;
        }
        let mut terms = query::terms(&self.index, &mut analyzer, &self.synonyms, lower);
        if let Some(asked) = provenance::asked(lower, kind)
            && let Some((document, share)) =
                provenance::named_document(self.documents(), &self.naming_terms, lower, &terms)
            && share >= self.settings.threshold
        {
            answer.kind = kind.name().to_string();
            self.answer_from_metadata(document, asked, share, answer);
            return;
        }
        let names = query::names(normalized);
        // Names pin an answer down, except an acronym the documents never use, which
        // may stand for words they do use ("SCIO"), and words like "Chinese", which
        // describe rather than name.
        let unknown_acronym =
            |w: &str| query::acronyms(normalized).any(|a| a.eq_ignore_ascii_case(w));
        for t in &mut terms {
            t.name = names.contains(&t.word)
                && !(t.unknown && unknown_acronym(&t.word))
                && !query::is_demonym(&t.word);
            // "ASEAN Plus Three" is a name, not a count.
            if t.name && query::is_number_word(&t.word) {
                t.numeric = false;
            }
            // Typed in lowercase, a word that neither the documents (nor a spelling
            // correction) nor English know is a name: "africa".
            if truecased.is_some()
                && t.unknown
                && !query::is_demonym(&t.word)
                && query::looks_like_a_name(&t.word)
            {
                t.name = true;
            }
        }
        // "Where does Liu Qing work?", "What is her position?": asked of a name, a
        // job is answered by the title by the name, which need not repeat "work".
        let job = query::job_words(lower);
        // "Where does Zhu Caihua teach?" asks where she teaches: a professor's
        // title says it, a director's does not.
        let teaching = job
            .iter()
            .any(|w| w.starts_with("teach") || w.starts_with("lectur") || *w == "taught");
        let asks_a_job = !job.is_empty()
            && terms.iter().any(|t| t.name)
            && terms
                .iter()
                .all(|t| t.name || job.contains(&t.word.as_str()));
        if asks_a_job {
            terms.retain(|t| t.name);
            kind = Kind::Who;
        }
        // What an ordinal or a year qualifies, leaving out words as common as "China";
        // and, when it qualifies any, all the words it may number: "the 4th APT
        // fishing ministers conference" numbers a conference.
        let qualified: Vec<(Vec<String>, Vec<String>)> = terms
            .iter()
            .map(|t| {
                if !t.numeric
                    || t.word.parse::<u32>().is_ok_and(|n| n < 1000)
                    || query::is_number_word(&t.word)
                {
                    return Default::default();
                }
                let mut all = query::qualified_words(normalized, &t.word);
                let qualifies: Vec<String> = all
                    .iter()
                    .filter(|w| {
                        terms
                            .iter()
                            .any(|o| &o.word == *w && o.weight >= QUALIFIED_WEIGHT)
                    })
                    .cloned()
                    .collect();
                if qualifies.is_empty() {
                    return Default::default();
                }
                all.extend(query::words_after(lower, &t.word, 6));
                (qualifies, all)
            })
            .collect();
        for (t, (qualifies, numbered)) in terms.iter_mut().zip(qualified) {
            t.qualifies = qualifies;
            t.numbered = numbered;
        }
        // "the 2023 progress report": a year right before a title word (not one as
        // common as "China") of a document dated that year names the document.
        let titled: Vec<Option<Vec<String>>> = terms
            .iter()
            .map(|t| {
                if !t.numeric || !t.qualifies.is_empty() {
                    return None;
                }
                let next = query::words_after(lower, &t.word, 1);
                let specific = next.first().is_some_and(|w| {
                    terms
                        .iter()
                        .any(|o| &o.word == w && o.weight >= QUALIFIED_WEIGHT)
                });
                let names_a_document = self
                    .documents()
                    .iter()
                    .any(|d| provenance::year_names(&t.word, &next, &d.date, &d.title));
                (specific && names_a_document).then_some(next)
            })
            .collect();
        for (t, words) in terms.iter_mut().zip(titled) {
            if let Some(words) = words {
                t.qualifies = words;
            }
        }
        let phrases = query::name_phrases(normalized);
        for (i, phrase) in phrases.iter().enumerate() {
            let members = || terms.iter().filter(|t| phrase.contains(&t.word)).count();
            if members() >= 2 {
                for t in terms.iter_mut().filter(|t| phrase.contains(&t.word)) {
                    match t.phrase {
                        None => t.phrase = Some(i),
                        Some(_) => t.also_in.push(i),
                    }
                }
            }
        }
        // "According to the ASEAN-China Centre, ...": when that is the publisher
        // of documents, only they answer, and their sentences need not say it.
        let published_by = provenance::attributed_phrase(normalized, &phrases)
            .map(|i| (i, self.published_by(&terms, &phrases[i])))
            .filter(|(_, docs)| !docs.is_empty());
        if let Some((i, _)) = &published_by {
            let in_another = |w: &String| {
                phrases
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|&(j, p)| j != *i && p.contains(w))
                    .map(|(j, _)| j)
            };
            terms.retain_mut(|t| {
                if t.phrase != Some(*i) {
                    return true;
                }
                // "ASEAN" and "China" of the "ASEAN-China Media Forum" too stay.
                t.phrase = in_another(&t.word);
                t.phrase.is_some()
            });
        }
        // "What is the GDI?": a lone acronym is asked to be spelled out.
        if kind == Kind::What
            && terms.len() == 1
            && query::acronyms(normalized)
                .any(|a| a.len() <= 8 && a.eq_ignore_ascii_case(&terms[0].word))
        {
            kind = Kind::Acronym;
        }
        let mut question_words = query::words(lower);
        // "Where was the China-ASEAN Youth Campus held?": "held in China" answers it;
        // the question says "China" only as part of a longer name.
        if kind == Kind::Where {
            let inside = query::only_in_compounds(lower);
            question_words.retain(|w| !inside.contains(w));
        }

        let is_follow_up = conversation.last.is_some()
            && (FOLLOW_UP.is_match(lower) || (PRONOUN.is_match(lower) && terms.len() <= 3));
        if is_follow_up && let Some(last) = &conversation.last {
            for t in &last.terms {
                if !terms.iter().any(|c| c.forms == t.forms) {
                    let mut t = t.clone();
                    t.weight *= 0.8;
                    terms.push(t);
                }
            }
            if kind == Kind::General {
                kind = last.kind;
            }
            answer.reason.follow_up = true;
        }
        answer.kind = kind.name().to_string();
        if terms.is_empty() {
            answer.message = Some(text::EMPTY.to_string());
            return;
        }
        conversation.last = Some(Subject {
            terms: terms.clone(),
            kind,
        });
        answer.reason.unknown_terms = terms
            .iter()
            .filter(|t| t.unknown)
            .map(|t| t.word.clone())
            .collect();

        let groups: Vec<(Vec<String>, f32)> = terms
            .iter()
            .filter(|t| !t.unknown)
            .map(|t| (t.forms.clone(), t.weight))
            .collect();
        let mut hits = match self.index.search(&groups, CANDIDATES) {
            Ok(hits) => hits,
            Err(e) => {
                tracing::error!(error = %e, "search failed");
                Vec::new()
            }
        };
        if let Some((_, docs)) = &published_by {
            hits.retain(|&(ord, _)| docs.contains(&self.index.passages[ord].doc));
        }
        // "In its closing section": that part of the documents that match best is
        // searched whole, and only it answers.
        let part = query::document_part(lower).map(|part| {
            let mut docs: Vec<usize> = Vec::new();
            for &(ord, _) in hits.iter().take(PART_DOCUMENTS) {
                if !docs.iter().any(|&d| self.same_document(d, ord)) {
                    docs.push(ord);
                }
            }
            let ords: Vec<usize> = docs.iter().flat_map(|&d| self.part_of(d, part)).collect();
            add_hits(&mut hits, ords.iter().map(|&o| (o, 0.0)));
            ords
        });
        // "The last of Li Keqiang's proposals": the last item of a list the
        // search found, which need not say any of the question's words.
        if terms.iter().any(|t| t.last) {
            let ends: Vec<(usize, f32)> = hits
                .iter()
                .filter_map(|&(ord, _)| self.last_item_of(self.list_openings[ord].unwrap_or(ord)))
                .map(|o| (o, 0.0))
                .collect();
            add_hits(&mut hits, ends);
        }
        // "He said that media cooperation ...": a sentence that goes on from one
        // the search found for a name of the question is about that name too,
        // though it says only "He", and ranks with it.
        let name_terms: Vec<&QueryTerm> = terms.iter().filter(|t| t.name).collect();
        if !name_terms.is_empty() {
            let mut goes_on: Vec<(usize, f32)> = Vec::new();
            for &(ord, bm25) in &hits {
                if !name_terms
                    .iter()
                    .any(|t| t.is_in(&self.index.passage_terms[ord]))
                {
                    continue;
                }
                goes_on.extend(
                    (ord + 1..self.refers_back.len())
                        .take(ANTECEDENTS)
                        .take_while(|&o| self.refers_back[o])
                        .map(|o| (o, bm25)),
                );
            }
            add_hits(&mut hits, goes_on);
        }
        // The thing counted in "how many X": X, unless it is as general as "people".
        let focus = query::counted_noun(lower)
            .filter(|w| !GENERAL_COUNTS.contains(w))
            .and_then(|w| terms.iter().position(|t| t.word == w));
        // The term a pattern's first group names.
        let position = |c: regex::Captures| terms.iter().position(|t| t.word == c[1]);
        // What a measure is of: "vaccination" in "what is the vaccination rate",
        // "ticket" in "how much is a ticket". The sentence must be about it too,
        // though its number need not count it.
        let subject = focus.or_else(|| {
            (kind == Kind::HowMany)
                .then(|| {
                    MEASURED
                        .captures(lower)
                        .or_else(|| HOW_MUCH_OF.captures(lower))
                })
                .flatten()
                .and_then(position)
        });
        let asked = Asked {
            subject,
            attribute: match kind {
                Kind::What => ATTRIBUTE_OF
                    .captures(lower)
                    .or_else(|| BODY_ASKED.captures(lower)),
                Kind::Who => ROLE_ASKED.captures(lower),
                Kind::HowMany => MEASURE_ASKED.captures(lower),
                _ => None,
            }
            .and_then(position),
            place: (kind == Kind::Where)
                .then(|| PLACE_ASKED.captures(lower))
                .flatten()
                .and_then(position),
        };
        // "What was the name of the ship?": the answer is a name.
        let asks_a_name = kind == Kind::What && NAME_ASKED.is_match(lower);
        // "the director of the ASEAN-China Centre": the question's terms for the role
        // and the name it is asked of. Not the thing "how many sessions of the Forum"
        // counts: "the Forum has been held for six sessions" counts them, as the
        // focus check asks.
        let role_of_name: Vec<usize> = query::role_of_name(normalized)
            .filter(|_| !asks_a_job)
            .filter(|(role, _)| focus.is_none_or(|f| &terms[f].word != role))
            .and_then(|(role, name)| {
                std::iter::once(&role)
                    .chain(&name)
                    .map(|w| terms.iter().position(|t| &t.word == w))
                    .collect()
            })
            .unwrap_or_default();
        let top_bm25 = hits.first().map_or(1.0, |h| h.1).max(f32::EPSILON);
        let mut scored: Vec<Scored> = hits
            .iter()
            .map(|&(ord, bm25)| {
                let in_part = part.as_ref().map(|p| p.contains(&ord));
                let mut confidence =
                    self.confidence(ord, &terms, kind, &asked, in_part == Some(true));
                if in_part == Some(false) {
                    confidence *= OUTSIDE_PART;
                }
                // As a "when" sentence without a date: at most half.
                if asks_a_name && names_nothing(&self.index.passages[ord].text) {
                    confidence *= MISSING_DATE_NUMBER_OR_PLACE;
                }
                if asks_a_job
                    && !extract::gives_a_title(&self.index.passages[ord].text, &names, teaching)
                {
                    confidence *= MISSING_DATE_NUMBER_OR_PLACE;
                }
                Scored {
                    ord,
                    confidence,
                    rank: confidence + 0.05 * bm25 / top_bm25,
                }
            })
            .collect();
        // Then the kind of answer, for the leading candidates; the rest are
        // assumed to lack it, which only keeps them behind.
        scored.sort_by(|a, b| b.rank.total_cmp(&a.rank).then(a.ord.cmp(&b.ord)));
        let single_term = terms.iter().filter(|t| !t.unknown).count() < 2;
        let worst = missing_kind_factor(kind, single_term);
        let past = if kind == Kind::HowMany {
            DONE_COUNT_QUESTION.is_match(lower) && !PLEDGE_QUESTION.is_match(lower)
        } else {
            PAST_QUESTION.is_match(lower)
        };
        let future = kind == Kind::When && FUTURE_QUESTION.is_match(lower);
        let wanted = Wanted {
            kind,
            single_term,
            focus: focus.and_then(|f| terms.get(f)).map(Focus::of),
            // "When did the railway open?" asks about something done, not planned;
            // "When will it open?" about something to come.
            past,
            future,
            act: (kind == Kind::When && past)
                .then(|| asked_act(&question_words, &terms))
                .flatten(),
            event: if (kind == Kind::When && past) || future {
                let happened = if HAPPENED.is_match(lower) {
                    HAPPENING_WORDS
                } else {
                    &[]
                };
                terms
                    .iter()
                    .filter(|t| !t.unknown && !t.name && !t.numeric)
                    .flat_map(|t| t.forms.iter().cloned())
                    .chain(happened.iter().map(|w| w.to_string()))
                    .collect()
            } else {
                Vec::new()
            },
            measured: (kind == Kind::HowMany)
                .then(|| query::measured_noun(lower))
                .flatten()
                .and_then(|w| terms.iter().find(|t| t.word == w))
                .map(Focus::of),
            receiver: if kind == Kind::HowMany {
                receiver(&question_words, &terms)
            } else {
                Vec::new()
            },
            office: kind == Kind::When && extract::asks_office_taken(lower),
            negated: kind != Kind::YesNo && NEGATION.is_match(lower),
            superlative: SUPERLATIVE_QUESTION
                .captures_iter(lower)
                .any(|c| c.get(1).is_none_or(|w| w.as_str() != "of")),
            measure: (kind == Kind::HowMany)
                .then(|| extract::measure(lower))
                .flatten(),
            person: kind == Kind::Who && PERSON_ASKED.is_match(lower),
            town: asked
                .place
                .is_some_and(|i| TOWNS.contains(&terms[i].word.as_str())),
            names: terms
                .iter()
                .filter(|t| t.name)
                .map(|t| t.word.clone())
                .collect(),
            direction: if kind == Kind::Who {
                who_direction(&question_words, &terms)
            } else {
                did_direction(&question_words, &terms)
            },
            given_to: given_to(&question_words, &terms),
            origin: origin(&question_words, &terms),
            country_role: country_role(&question_words, &terms, normalized),
            speaker: who_said(lower, &terms),
        };
        for (i, s) in scored.iter_mut().enumerate() {
            let f = if i < KIND_CHECKED {
                // The answers of the kind asked for, found once for both factors below.
                let mut spans = self.answer_spans(s.ord, kind, &question_words);
                if let (Some(spans), Some(doer)) =
                    (&mut spans, self.doer_named(s.ord, &terms, &wanted))
                {
                    spans.push(doer);
                }
                let spans = spans.as_deref();
                self.kind_factor(s.ord, &wanted, spans)
                    * self.negation_factor(s.ord, &wanted, &terms)
                    * self.rank_factor(s.ord, &wanted)
                    * self.scatter_factor(s.ord, &terms)
                    * self.role_factor(s.ord, &terms, &role_of_name, kind)
                    * self.slot_factor(s.ord, &terms, &wanted, spans)
                    * self.member_factor(s.ord, &terms)
                    * self.direction_factor(s.ord, &terms, &wanted)
                    * self.given_to_factor(s.ord, &terms, &wanted)
                    * self.origin_factor(s.ord, &terms, &wanted)
                    * self.country_role_factor(s.ord, &terms, &wanted)
                    * self.speech_factor(s.ord, &terms, &wanted)
            } else {
                worst
            };
            s.confidence *= f;
            s.rank = s.rank - (1.0 - f) * (s.rank - 0.05).max(0.0);
        }
        scored.sort_by(|a, b| b.rank.total_cmp(&a.rank).then(a.ord.cmp(&b.ord)));
        if explain {
            answer.reason.candidates = scored
                .iter()
                .take(10)
                .map(|s| Candidate {
                    passage_id: self.index.passages[s.ord].id.clone(),
                    confidence: round3(s.confidence),
                    text: self.index.passages[s.ord].text.clone(),
                    missing: terms
                        .iter()
                        .filter(|t| !t.is_in(&self.index.passage_terms[s.ord]))
                        .map(|t| format!("{}:{:.1}", t.word, t.weight))
                        .collect(),
                })
                .collect();
        }

        let threshold = self.settings.threshold;
        let Some(best) = scored.first().cloned() else {
            self.decline(answer, &scored);
            return;
        };
        answer.confidence = round3(best.confidence);
        answer.reason.top_score = answer.confidence;
        if best.confidence < threshold {
            self.decline(answer, &scored);
            return;
        }

        let mut chosen = vec![best.clone()];
        let distinct = |chosen: &[Scored], s: &Scored| {
            chosen
                .iter()
                .all(|c| self.similarity(c.ord, s.ord) < NEAR_DUPLICATE)
        };
        // A list is often spelled out in the sentence after the best one ("..., including A, B and C").
        if kind == Kind::List && self.settings.max_sentences > 1 {
            let next = best.ord + 1;
            if let Some(n) = self.index.passages.get(next) {
                let p = &self.index.passages[best.ord];
                if n.doc == p.doc
                    && n.paragraph == p.paragraph
                    && ENUMERATION.is_match(&n.text)
                    && chosen.iter().all(|c| c.ord != next)
                {
                    chosen.insert(
                        1,
                        Scored {
                            ord: next,
                            ..best.clone()
                        },
                    );
                }
            }
        }
        if kind == Kind::List || part.is_some() {
            for s in &scored[1..] {
                if chosen.len() >= self.settings.max_sentences {
                    break;
                }
                // Each added sentence must itself say something asked about, not only its
                // title; or be in the part of the document asked about.
                let own_match = part.as_ref().is_some_and(|p| p.contains(&s.ord))
                    || terms
                        .iter()
                        .any(|t| t.is_in(&self.index.passage_terms[s.ord]));
                if own_match
                    && s.confidence >= threshold
                    && s.confidence >= best.confidence * LIST_SHARE
                    && distinct(&chosen, s)
                {
                    chosen.push(s.clone());
                }
            }
        } else if let Some(runner) = scored[1..].iter().find(|s| {
            let (a, b) = (&self.index.passages[best.ord], &self.index.passages[s.ord]);
            (a.doc != b.doc || a.section != b.section || a.paragraph != b.paragraph)
                && distinct(&chosen, s)
        }) {
            answer.reason.runner_up = round3(runner.confidence);
            let close = runner.confidence >= threshold
                && best.confidence - runner.confidence <= self.settings.close_margin;
            if close {
                let best_marks = self.mark_texts(best.ord, kind, &question_words);
                let runner_marks = self.mark_texts(runner.ord, kind, &question_words);
                let same_document = self.same_document(best.ord, runner.ord);
                if !best_marks.is_empty() && best_marks.iter().any(|m| runner_marks.contains(m)) {
                    // Both give the same date, number or name: the best one says it.
                } else if kind == Kind::HowMany
                    && !best_marks.is_empty()
                    && !runner_marks.is_empty()
                    && best.confidence >= 0.75
                    && self.similarity(best.ord, runner.ord) >= 0.3
                {
                    answer.preface = Some(text::DISAGREE.to_string());
                    chosen.push(runner.clone());
                } else if same_document && best_marks.is_empty() {
                    // More of the same document on the question: quoted too, as support.
                    chosen.push(runner.clone());
                } else {
                    answer.preface = Some(text::CLARIFY.to_string());
                    answer.clarify = true;
                    chosen.push(runner.clone());
                }
            }
        }
        // A part of a document is quoted as it reads.
        if part.is_some() {
            chosen.sort_by_key(|s| s.ord);
        }
        if chosen.len() == 1 && kind != Kind::List {
            // What the question asks and the sentence leaves to its neighbour is
            // quoted too: "... was held in Beijing." "Beijing Declaration was adopted ..."
            if let Some(o) = self.completing_neighbour(best.ord, &terms) {
                let at = usize::from(o > best.ord);
                chosen.insert(
                    at,
                    Scored {
                        ord: o,
                        ..best.clone()
                    },
                );
            }
            // A sentence that opens with "He" or "It" needs the one before it to be
            // understood, and so on back to the sentence that names what it is about.
            let first = chosen[0].ord;
            for o in self.antecedents(first) {
                chosen.insert(
                    0,
                    Scored {
                        ord: o,
                        ..best.clone()
                    },
                );
            }
        }
        answer.outcome = Outcome::Answered;
        for s in &chosen {
            let p = &self.index.passages[s.ord];
            let n = answer.citations.len() + 1;
            answer.citations.push(Citation {
                n,
                title: p.title.clone(),
                source: p.source.clone(),
                date: p.date.clone(),
                url: p.url.clone(),
                doc: p.doc.clone(),
                section: p.section.clone(),
                passage_id: p.id.clone(),
                passage: p.text.clone(),
            });
            answer.quotes.push(Quote {
                text: p.text.clone(),
                marks: self
                    .answer_spans(s.ord, kind, &question_words)
                    .unwrap_or_default(),
                citation: n,
            });
        }
    }

    /// `question` with each acronym the documents never write replaced by the
    /// name its initials spell, if any; `None` when there is none. Typed in
    /// lowercase, an acronym is a word the documents never use that may be one
    /// (see [`query::may_be_an_acronym`]): "ai" in "what did the first ai
    /// cooperation forum release", not "win".
    fn spell_out(&self, analyzer: &mut TextAnalyzer, question: &str) -> Option<String> {
        let lowercase = !question.chars().any(char::is_uppercase);
        let words = if lowercase {
            &*LOWERCASE_WORD
        } else {
            &*ACRONYM_WORD
        };
        if !words.is_match(question) {
            return None;
        }
        let mut changed = false;
        let out = words.replace_all(question, |c: &regex::Captures| {
            let acronym = &c[0].to_uppercase();
            // The word right before the acronym; read only when it may tell.
            let word_before = || {
                let at = c.get(0).map_or(0, |m| m.start());
                crate::knowledge::word_slices(&question[..at]).last()
            };
            // Cheap checks first: most of a lowercase question's words spell nothing.
            let mut unknown = || {
                let tokens = analysis::tokens(analyzer, acronym);
                (!lowercase || query::may_be_an_acronym(&c[0], word_before() == Some("the")))
                    && !tokens.is_empty()
                    && tokens
                        .iter()
                        .all(|t| !self.index.vocabulary.contains_key(t))
            };
            let name = self
                .spelled_out
                .get(acronym)
                .filter(|_| unknown())
                .and_then(|i| {
                    // Only the word right before the acronym tells, and only when it
                    // spells some name: read it then, not for every "ASEAN".
                    let before = word_before().map(str::to_lowercase);
                    i.meant(&self.index, before.as_deref())
                });
            match name {
                // In a lowercase question, in lowercase: truecasing then reads the
                // question's other names too ("japan" in "what did japan say at the
                // apt conference").
                Some(name) => {
                    changed = true;
                    if lowercase {
                        name.to_lowercase()
                    } else {
                        name.to_string()
                    }
                }
                None => c[0].to_string(),
            }
        });
        changed.then(|| out.into_owned())
    }

    /// Whether each time the passage uses a name or title (its words from the
    /// first on, close together), a word such as "Deputy" that the question does
    /// not use comes right before it.
    fn only_as_another_title(&self, ord: usize, name: &[&QueryTerm], terms: &[QueryTerm]) -> bool {
        let words = &self.index.passage_words[ord];
        let modifier = |id: &u32| {
            self.title_modifiers.contains(id) && !terms.iter().any(|t| t.ids.contains(id))
        };
        let mut uses = (0..words.len())
            .filter(|&i| name[0].stands_for(words[i]))
            .filter(|&i| {
                let near = &words[i..words.len().min(i + name.len() + NAME_SLACK)];
                name[1..]
                    .iter()
                    .all(|t| near.iter().any(|id| t.ids.contains(id)))
            })
            .peekable();
        uses.peek().is_some() && uses.all(|i| i > 0 && modifier(&words[i - 1]))
    }

    /// Whether a name's words are all in `terms` (sorted) and together in `words`,
    /// the same text in the order written, with at most one other word between them
    /// besides words such as "of the": "Secretary-General of ASEAN", "Greater Bay
    /// Area Economic Cooperation (Qianhai) Forum", not "China-ASEAN Environmental
    /// Cooperation Center" for the "ASEAN-China Centre".
    /// An acronym's expansion among `terms` writes all of a name ("the BRI" for
    /// "Belt and Road"), never the rest of one written in part: "the CPC" does
    /// not make "Foreign Minister ... foreign ministers ... meetings" name the
    /// "ASEAN-China Foreign Ministers' Meeting".
    fn written_whole(&self, terms: &[u32], words: &[u32], name: &[&QueryTerm]) -> bool {
        if !name.iter().all(|t| t.is_near(terms)) {
            return false;
        }
        let written = |t: &&&QueryTerm| words.iter().any(|&id| t.stands_for(id));
        match name.iter().filter(written).count() {
            0 => return true,
            n if n < name.len() => return false,
            _ => {}
        }
        let content = words.iter().copied().filter(|&id| {
            !self.stop_terms[id as usize] || name.iter().any(|t| t.ids.contains(&id))
        });
        spread(content, name) <= name.len() + NAME_INSERTED
    }

    fn same_document(&self, a: usize, b: usize) -> bool {
        self.index.passages[a].doc == self.index.passages[b].doc
    }

    /// The ids of the documents whose publisher is a name of several words of
    /// the question, `phrase`: all its terms are among the publisher's words.
    fn published_by(&self, terms: &[QueryTerm], phrase: &[String]) -> Vec<String> {
        let words: Vec<&QueryTerm> = terms.iter().filter(|t| phrase.contains(&t.word)).collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.documents()
            .iter()
            .zip(&self.source_terms)
            .filter(|(_, source)| {
                words
                    .iter()
                    .all(|t| t.forms.iter().any(|f| source.contains(f)))
            })
            .map(|(d, _)| d.id.clone())
            .collect()
    }

    /// The passages of the part of `ord`'s document that a question names: its
    /// last section (or last paragraph, when it has one section), or its first
    /// paragraph after the title.
    fn part_of(&self, ord: usize, part: query::Part) -> Vec<usize> {
        let passages = &self.index.passages;
        let mut start = ord;
        while start > 0 && self.same_document(start - 1, ord) {
            start -= 1;
        }
        let mut end = ord + 1;
        while end < passages.len() && self.same_document(end, ord) {
            end += 1;
        }
        let body = (start..end).find(|&o| passages[o].text != passages[o].title);
        let Some(first) = body else {
            return Vec::new();
        };
        let (first, last) = (&passages[first], &passages[end - 1]);
        let in_part = |o: usize| {
            let p = &passages[o];
            match part {
                query::Part::Opening => p.paragraph == first.paragraph,
                query::Part::Closing if last.section != first.section => p.section == last.section,
                query::Part::Closing => p.paragraph == last.paragraph,
            }
        };
        (start..end).filter(|&o| in_part(o)).collect()
    }

    /// "Who put out the overview?": the document's source or date, citing the
    /// metadata line that states it; or, when it has none, that it does not say
    /// (its sentences would answer about something else).
    fn answer_from_metadata(
        &self,
        document: &DocumentInfo,
        asked: provenance::Asked,
        share: f32,
        answer: &mut Answer,
    ) {
        let (template, value, not_said) = match asked {
            provenance::Asked::Source => {
                (text::FROM_SOURCE, document.source.clone(), text::NO_SOURCE)
            }
            provenance::Asked::Date => (
                text::DATED,
                provenance::readable_date(&document.date),
                text::NO_DATE,
            ),
        };
        let Some(line) = provenance::metadata_line(document, asked) else {
            answer.message = Some(not_said.replace("{title}", &document.title));
            return;
        };
        let quote = template
            .replace("{title}", &document.title)
            .replace("{value}", &value);
        let start = quote.rfind(&value).unwrap_or(0);
        answer.outcome = Outcome::Answered;
        answer.confidence = round3(share);
        answer.reason.top_score = answer.confidence;
        answer.citations.push(Citation {
            n: 1,
            title: document.title.clone(),
            source: document.source.clone(),
            date: document.date.clone(),
            url: document.url.clone(),
            doc: document.id.clone(),
            section: String::new(),
            passage_id: format!("{}#{}", document.id, line.split(':').next().unwrap_or("")),
            passage: line,
        });
        answer.quotes.push(Quote {
            marks: vec![(start, start + value.len())],
            text: quote,
            citation: 1,
        });
    }

    fn decline(&self, answer: &mut Answer, scored: &[Scored]) {
        answer.outcome = Outcome::Declined;
        answer.message = Some(text::DECLINE.to_string());
        let mut seen = HashSet::new();
        for s in scored {
            if answer.suggestions.len() >= self.settings.suggestions {
                break;
            }
            let p = &self.index.passages[s.ord];
            let label = p
                .section
                .rsplit(" › ")
                .find(|part| !part.starts_with("point "))
                .filter(|l| !l.is_empty())
                .unwrap_or(&p.title);
            let label = label.split(" | ").next().unwrap_or(label).trim();
            let label = label
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .trim();
            if !label.is_empty() && seen.insert(label.to_lowercase()) {
                answer.suggestions.push(label.chars().take(90).collect());
            }
        }
    }

    /// How well a passage answers: the share of the question's weighted terms it
    /// covers (fully in the sentence, partly in its context), lowered when it
    /// lacks the kind of answer asked for, a number of the question, any word
    /// the documents never use, or anything beyond the question's own words.
    /// `in_named_part`: the passage is in the part of its document the question
    /// names ("in its closing section"), so that part, not the sentence's own
    /// words, says what it is about. `asked`: the terms that say what is asked for.
    fn confidence(
        &self,
        ord: usize,
        terms: &[QueryTerm],
        kind: Kind,
        asked: &Asked,
        in_named_part: bool,
    ) -> f32 {
        let idx = &self.index;
        let own = self.own_terms(ord);
        let context = &idx.context_terms[ord];
        let p = &idx.passages[ord];
        // Up to two sentences either side, in the same or an adjacent paragraph.
        let mut around: [&[u32]; 4] = [&[]; 4];
        let mut n = 0;
        for o in ord.saturating_sub(2)..=(ord + 2).min(idx.passages.len() - 1) {
            let q = &idx.passages[o];
            if o != ord && q.doc == p.doc && q.paragraph.abs_diff(p.paragraph) <= 1 {
                around[n] = &idx.passage_terms[o];
                n += 1;
            }
        }
        let neighbours = &around[..n];
        // "He said ...": the names of the sentence before say who "He" is.
        // So do those of the sentences a paragraph goes on from: "In 2022, the value of
        // freight reached ..." after "In 2021, freight on the Corridor ..." after "The
        // Land-Sea Trade Corridor ...".
        let antecedents = self.antecedents(ord);
        let in_antecedent = |t: &QueryTerm| antecedents.clone().any(|o| t.is_in(self.own_terms(o)));
        // "Fifth, to expand green cooperation." is one of the "six proposals" of
        // Li Keqiang that the sentence opening the list names. The opening's
        // "...: First, to ..." is its own item, not this one.
        let in_list_opening = |t: &QueryTerm| {
            !query::is_ordinal(&t.word)
                && self.list_openings[ord].is_some_and(|o| t.is_in(self.own_terms(o)))
        };
        // "In the letter, Lim wrote ..." after "... Lim Jock Hoi sent a letter
        // ...": a sentence that says part of a name of the question alone names
        // the whole when the sentence before in its paragraph writes it whole.
        // Not as part of another name: "John Harvard" is not "John of London",
        // nor "the Peabody Museum" the "Fogg Museum of Art".
        let before = ord.checked_sub(1).filter(|&o| {
            let q = &idx.passages[o];
            q.doc == p.doc && q.paragraph == p.paragraph
        });
        let named_in_part = |t: &QueryTerm| {
            // The cheap checks first: this runs for every candidate.
            let (Some(i), Some(o)) = (t.phrase, before) else {
                return false;
            };
            let name: Vec<&QueryTerm> = terms.iter().filter(|u| u.phrase == Some(i)).collect();
            name.iter().any(|u| u.is_in(own))
                && self.written_whole(&idx.passage_terms[o], &idx.passage_words[o], &name)
                && name.iter().any(|u| self.said_alone(ord, u))
        };
        let has_title_modifier = self
            .title_modifiers
            .iter()
            .any(|id| own.binary_search(id).is_ok());
        let mut total = 0.0;
        let mut got = 0.0;
        let mut factor = 1.0;
        let mut own_weight = 0.0;
        let mut names_missing = false;
        let mut opposed = false;
        // Per name of several words: where its words are.
        let mut phrase_found: Vec<NameWords> = Vec::new();
        // The weight of the question's words outside its names (what it asks about
        // the named things), how much of it the sentence or its heading says, and how
        // much of the names' weight the sentence says.
        let mut said_total = 0.0;
        let mut said_own = 0.0;
        let mut named_own = 0.0;
        for (i, t) in terms.iter().enumerate() {
            total += t.weight;
            // "the 2023 progress report": a year before words of the title, which is the
            // year the document is dated, names the document, wherever the sentence is.
            let dated = t.numeric
                && !t.qualifies.is_empty()
                && provenance::year_names(&t.word, &t.qualifies, &p.date, &p.title);
            // "vice president" does not say "president": it names another title.
            let another_title = has_title_modifier && self.only_as_another_title(ord, &[t], terms);
            opposed |= another_title;
            // An ordinal ("first") or a rare name pins the answer down: it must be in the
            // sentence or the heading it sits under; a neighbour's "6th" is about something else.
            // A plain number may come from a neighbour that the sentence goes on from.
            // "the 30th China-ASEAN Summit" is not pinned by "the 30th Anniversary".
            // A period names what it is the period of wherever it is: "the
            // 2021-2025 Plan of Action" and "the Plan of Action ... (2021–2025)".
            let qualifies = |text: &str| {
                t.qualifies.is_empty()
                    || (t.in_period && extract::in_a_period(text, &t.word))
                    || query::qualifies_in(text, &t.word, &t.qualifies, &t.numbered)
            };
            // The sentence a sentence goes on from may say the ordinal of what it
            // names again: "the Second "New Era, New Images" ... Program", then "the
            // second edition of the program"; "the 6th Conference of ...", then "At the
            // conference".
            // Not a list's opening: its "...: First, to ..." is its own item.
            let qualified_before = t.numeric
                && antecedents
                    .clone()
                    .filter(|&o| Some(o) != self.list_openings[ord])
                    .any(|o| t.is_in(self.own_terms(o)) && qualifies(&idx.passages[o].text));
            // "the 2008 MOU" for "In October, the two sides signed ... MOU" after
            // "In April 2008, ..."; "2024" for "This year marks ..." or "The forum,
            // held on June 21st, ..." in a document dated 2024 with no year before.
            let year_before = t.numeric
                && query::is_year(&t.word)
                && match self.year_from[ord] {
                    Some(o) => t.is_in(&idx.passage_terms[o]),
                    None => extract::dated_by_document(&p.text, &p.date, &t.word),
                };
            // "Sixth, to cement ..." is the last of the "six proposals" when no
            // "Seventh, ..." follows.
            let last_item = t.last && self.ends_a_list(ord);
            // "In which city": the sentence must name one, not only say "cities".
            let town_asked = asked.place == Some(i) && TOWNS.contains(&t.word.as_str());
            // "How much did China import in 2021?" is not answered by "Since the
            // Special Summit in 2021, China has imported ...", a count from then on.
            let counted_since = kind == Kind::HowMany
                && t.numeric
                && !t.since
                && query::is_year(&t.word)
                && extract::since_only(&p.text, &t.word);
            let in_sentence = if dated || another_title || counted_since {
                0.0
            } else if town_asked {
                if extract::names_a_town(&p.text) {
                    1.0
                } else {
                    0.0
                }
            } else if t.is_in(own)
                || (t.name && (in_antecedent(t) || named_in_part(t)))
                || last_item
                || in_list_opening(t)
                || (qualified_before && !t.qualifies.is_empty())
                || year_before
            {
                1.0
            } else if t.is_related_in(own) {
                RELATED
            } else {
                0.0
            };
            own_weight += t.weight * in_sentence;
            opposed |= in_sentence == 0.0 && t.is_opposed_in(own);
            // "In which province is Dezhou?": the heading's "Shandong Province" does
            // not make a sentence under it say which province.
            let in_context = dated || (asked.place != Some(i) && t.is_near(context));
            if t.name || t.phrase.is_some() {
                named_own += t.weight * in_sentence;
            } else if !t.numeric && !t.frame {
                said_total += t.weight;
                said_own += t.weight * in_sentence.max(if in_context { IN_CONTEXT } else { 0.0 });
            }
            let m = if in_sentence > 0.0 {
                in_sentence
            } else if in_context {
                IN_CONTEXT
            } else if neighbours.iter().any(|n| t.is_near(n)) {
                IN_NEIGHBOUR
            } else {
                0.0
            };
            got += t.weight * m;
            if let Some(i) = t.phrase {
                if phrase_found.len() <= i {
                    phrase_found.resize(i + 1, NameWords::default());
                }
                let n = &mut phrase_found[i];
                let found = in_sentence > 0.0 || in_context;
                n.found += usize::from(found);
                n.own += usize::from(t.is_in(own));
                n.elsewhere += usize::from(found && !t.is_near(own));
                n.all += 1;
            }
            // "Fifth, to expand ..." is the fifth of what its list's opening names.
            let item_number = last_item
                || self.list_openings[ord].is_some()
                    && crate::knowledge::word_slices(&p.text)
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(&t.word));
            let pinned = dated
                || item_number
                || (in_sentence > 0.0 && qualifies(&p.text))
                || (in_context && qualifies(&p.section) && qualifies(&p.title))
                || qualified_before
                || year_before;
            // An ordinal, or a year naming an edition ("the 2019 ... Forum"), must be
            // pinned; a plain year or amount may come from a neighbouring sentence.
            // So must a number word, where the sentence counts with another number:
            // "two identical fermions" does not say "three identical fermions".
            let number_word = t.numeric && query::is_number_word(&t.word);
            let ordinal = t.numeric
                && (!t.word.chars().all(|c| c.is_ascii_digit()) || !t.qualifies.is_empty());
            // Checked first: a year or ordinal the documents never use is still a constraint.
            let unsaid = if number_word {
                query::gives_another_number(&p.text, &t.word)
            } else if t.earliest {
                query::gives_a_later_ordinal(&p.text)
            } else {
                ordinal
            };
            // A neighbour's year does not date a sentence that gives a year of its own:
            // "trade volume in 2022" does not say what it was in 2021. Nor one dated
            // by a month alone in the year the sentence before gave: "In June, ..."
            // after "In 2020, ..." is not in 2019.
            // Nor is a sentence that says the year only in a period, a name's, and
            // is dated by another: "In November 2004, ... signed the Plan of Action
            // ... (2005-2010)" is not in 2005, nor "In the same month, ... signed
            // the Plan of Action ... (2021–2025)" after "In 2020, ..." in 2021.
            let another_year = |o: usize| self.gives_another_year(o, t);
            let dated_otherwise = t.numeric
                && query::is_year(&t.word)
                && if in_sentence == 0.0 {
                    std::iter::once(ord)
                        .chain(self.year_from[ord])
                        .any(another_year)
                } else {
                    t.qualifies.is_empty()
                        && !t.in_period
                        && extract::in_a_period_only(&p.text, &t.word)
                        && (extract::gives_a_year(&p.text)
                            || self.year_from[ord].is_some_and(another_year))
                };
            if (unsaid && !pinned)
                || (t.numeric && !ordinal && (m == 0.0 || (in_sentence > 0.0 && !pinned)))
                || dated_otherwise
            {
                factor *= MISSING_NUMBER;
            } else if t.name && (t.unknown || (t.weight >= RARE && !pinned)) {
                names_missing = true;
            }
        }
        if total <= 0.0 {
            return 0.0;
        }
        // Part of a name is another name: "Global Security Initiative" for "Global
        // Development Initiative".
        if phrase_found.iter().any(|n| n.found > 0 && n.found < n.all) {
            names_missing = true;
        }
        // A name's words spread over the sentence are other names: "the
        // China-ASEAN Knowledge Network ... at the Center for ..." does not name
        // the "ASEAN-China Centre".
        // Nor does "Deputy Secretary-General of ASEAN" name the "Secretary-General of ASEAN".
        // A name whose words the sentence takes partly from elsewhere is named where
        // that place, the heading or the sentence before, writes it whole: "The Centre
        // was founded" under "ASEAN-China Centre", or after "the ASEAN-China Centre
        // ...". "Lin Yongliang, director ... at the Center for ..." under "ASEAN
        // congratulates ... China" does not name the "ASEAN-China Centre".
        // Whether the heading, the sentence before or one the sentence goes on
        // from writes the name whole.
        let whole_elsewhere = |words: &[&QueryTerm]| {
            let before = ord.checked_sub(1).filter(|&o| {
                let q = &idx.passages[o];
                q.doc == p.doc && q.paragraph == p.paragraph
            });
            // The sentence before may be both: checked once.
            let antecedents = antecedents.clone().filter(|&o| Some(o) != before);
            self.written_whole(context, &idx.context_words[ord], words)
                || before.into_iter().chain(antecedents).any(|o| {
                    self.written_whole(&idx.passage_terms[o], &idx.passage_words[o], words)
                })
        };
        for (i, n) in phrase_found.iter().enumerate() {
            let words = || -> Vec<&QueryTerm> {
                terms
                    .iter()
                    .filter(|t| t.phrase == Some(i) || t.also_in.contains(&i))
                    .collect()
            };
            if n.own == n.all {
                // A sentence that says all of a name's words apart names it when the
                // heading writes it whole: "the forum released ... media ... cooperation
                // between China and ASEAN" under "The 2024 China-ASEAN Media
                // Cooperation Forum was held ...".
                let words = words();
                if (!self.written_whole(own, &idx.passage_words[ord], &words)
                    && !whole_elsewhere(&words))
                    || (has_title_modifier && self.only_as_another_title(ord, &words, terms))
                {
                    names_missing = true;
                }
            } else if n.found == n.all && n.elsewhere > 0 && !whole_elsewhere(&words()) {
                names_missing = true;
            }
        }
        if names_missing {
            factor *= MISSING_NAME;
        }
        // "Who won the Innovation Competition?": a sentence that names the competition
        // but says none of what the question asks about it ("won") does not answer it.
        // A number answers what "how much ... worth" asks, a list's members need
        // not repeat the question's "events held", and "the full name of ARMAC"
        // asks only for the name. Nor need it repeat words that restate the kind
        // of answer: "When will the Activity take place?" asks only for a date.
        if said_total > 0.0
            && said_own == 0.0
            && named_own > 0.0
            && !matches!(kind, Kind::HowMany | Kind::List | Kind::Acronym)
        {
            factor *= ONLY_NAMED;
        }
        if opposed {
            factor *= OPPOSED;
        }
        // The sentence itself must say a fair part of what is asked, not only its neighbours and title.
        if !in_named_part {
            factor *= (OWN_SHARE_FLOOR + own_weight / total).min(1.0);
        }
        // "How many journalists": the sentence must be about journalists.
        if let Some(f) = asked.subject.and_then(|f| terms.get(f))
            && !f.is_near(own)
            && !neighbours.iter().any(|n| f.is_near(n))
        {
            factor *= MISSING_FOCUS;
        }
        // "What was the title of ...", "Who was the mayor ...", "What was the trade
        // volume ...": the sentence itself must name it.
        if let Some(a) = asked.attribute.and_then(|a| terms.get(a))
            && !a.is_near(own)
        {
            factor *= MISSING_FOCUS;
        }
        let new_words = own
            .iter()
            .filter(|&&id| !self.stop_terms[id as usize])
            .filter(|id| !terms.iter().any(|t| t.ids.contains(id)))
            .take(2)
            .count();
        // A yes/no question is answered by a sentence that says just what it asks:
        // "Are media exchanges an integral part of relations?"
        if new_words < 2 && kind != Kind::YesNo {
            factor *= NOTHING_NEW;
        }
        // A heading names a topic; the answer is in the sentences under it. But a
        // heading that names a person says who: "Expert View | Qiao Youlin,
        // professor at Beijing Union Medical College"; and a headline that says
        // where answers where: "The 2024 ... Forum was held in Dezhou City".
        if !p.section.is_empty()
            && p.section.ends_with(p.text.as_str())
            && !matches!(kind, Kind::Who | Kind::Where)
        {
            factor *= HEADING;
        }
        // One word is too little to be sure what is asked.
        // (An acronym's expansion, found by `kind_factor`, makes up for the single word.)
        if terms.iter().filter(|t| !t.unknown).count() < 2 && kind != Kind::Acronym {
            factor *= SINGLE_TERM;
        }
        (got / total * factor).clamp(0.0, 1.0)
    }

    /// Lowers a passage that lacks the kind of answer asked for (no date for
    /// "when"), given its `spans` of that kind; regex work, so done for the
    /// leading candidates only.
    fn kind_factor(&self, ord: usize, wanted: &Wanted, spans: Option<&[(usize, usize)]>) -> f32 {
        let text = &self.index.passages[ord].text;
        match spans {
            Some([]) => missing_kind_factor(wanted.kind, wanted.single_term),
            // "How many athletes": a sentence that names athletes must count them,
            // not the countries they came from.
            Some(s)
                if wanted.focus.as_ref().is_some_and(|f| {
                    f.term.is_in(self.own_terms(ord)) && !extract::counts(text, s, &f.stems)
                }) =>
            {
                UNCOUNTED
            }
            // "How many doses ... to Laos": a sentence that leaves the doses to
            // its neighbour and gives only sums of money or percentages ("...
            // teams of medical experts to Laos, ... donations totaling US$6
            // million") counts nothing; nor does one that counts other things
            // ("325 million doses of vaccines" for "how many masks") where
            // nothing around counts what is asked. After "seven classes",
            // "eight General Education categories" may count them in other words.
            Some(s)
                if wanted.focus.as_ref().is_some_and(|f| {
                    let counted_around = || self.neighbour_counts(ord, &f.stems);
                    !f.term.is_in(self.own_terms(ord))
                        && s.iter().all(|&span| {
                            [extract::Measure::Money, extract::Measure::Percent]
                                .into_iter()
                                .any(|m| extract::measures(text, &[span], m))
                                || (extract::counts_other(text, span, &f.stems)
                                    && !counted_around())
                        })
                }) =>
            {
                UNCOUNTED
            }
            // "How much durian did China import?" is not answered by "29 ...
            // documents ..., including 21 protocols on the import of ... durian
            // from the Philippines": its numbers count documents and protocols.
            // A sum or a weight measures it: "5 million pounds worth of grain".
            Some(s)
                if wanted.measured.as_ref().is_some_and(|f| {
                    f.term.is_in(self.own_terms(ord))
                        && s.iter().all(|&span| {
                            extract::counts_other(text, span, &f.stems)
                                && ![extract::Measure::Money, extract::Measure::Weight]
                                    .into_iter()
                                    .any(|m| extract::measures(text, &[span], m))
                        })
                }) =>
            {
                UNCOUNTED
            }
            // "How many doses did China give to Myanmar?" is not answered by
            // "325 million doses ... to ASEAN countries, and set up vaccine
            // production lines with Malaysia and Myanmar": they went to others.
            Some(s)
                if !wanted.receiver.is_empty()
                    && s.iter().all(|&span| {
                        extract::counted_for_another(text, span, &wanted.receiver)
                    }) =>
            {
                UNCOUNTED
            }
            // "4.5 million tons" does not say what it cost.
            Some(s)
                if wanted
                    .measure
                    .is_some_and(|m| !extract::measures(text, s, m)) =>
            {
                UNCOUNTED
            }
            // "held in Westmark Province" does not say in which city, nor is "the
            // Group of Friends of the Global Development Initiative" a leader.
            Some(s)
                if (wanted.town
                    && s.iter().all(|&(a, b)| extract::names_a_region(&text[a..b])))
                    || (wanted.person
                        && s.iter().all(|&(a, b)| extract::names_a_body(&text[a..b]))) =>
            {
                missing_kind_factor(wanted.kind, wanted.single_term)
            }
            // "How much did the Portmoor Dam cost?" is not answered by "projects
            // such as the Riverton Cable, the Portmoor Dam and three bridges,
            // involving 9.74 billion yuan": the sum is the whole list's.
            Some(s)
                if wanted.kind == Kind::HowMany
                    && extract::one_of_examples(text, s, &wanted.names) =>
            {
                UNCOUNTED
            }
            // "It will be open to traffic soon" does not say when it opened, nor
            // "will enter into force on January 1" when it was signed. Nor does
            // "started testing in May 2023 so that it will be open" say when it
            // will open: the date is another clause's. But the
            // date a plan gives for the very thing asked about answers it:
            // "will enter into force on January 1" says when it took effect.
            Some(s)
                if !wanted.event.is_empty() && {
                    let dated = |&span: &(usize, usize)| extract::dated_as_future(text, span);
                    if extract::told_as_future(text, &wanted.event) {
                        !s.iter().any(dated)
                    } else {
                        wanted.past && s.iter().all(dated)
                    }
                } =>
            {
                PLANNED
            }
            // "China is ready to donate another 150 million doses" does not
            // count the doses China has given.
            Some(s)
                if wanted.kind == Kind::HowMany
                    && wanted.past
                    && s.iter().all(|&span| extract::dated_as_future(text, span)) =>
            {
                PLANNED
            }
            // "Since early 2023 when ASEAN decided ..." starts a time that has
            // come; it does not say when something is to come.
            Some(s)
                if wanted.future
                    && s.iter()
                        .all(|&(start, _)| extract::after_since(text, start)) =>
            {
                missing_kind_factor(wanted.kind, wanted.single_term)
            }
            // "ASEAN decided it would no longer insist that the five States sign the
            // Protocol" does not say when anyone signed it; nor does "willing to be
            // the first to sign".
            Some(_)
                if wanted
                    .act
                    .as_ref()
                    .is_some_and(|(term, bare)| !self.told_as_done(ord, term, bare)) =>
            {
                PLANNED
            }
            // "Xu Lin, director of the Information Office, attends ... on March
            // 12, 2021" dates what he attended, not when he became director.
            Some(_) if wanted.office && !extract::tells_office_taken(text) => {
                missing_kind_factor(wanted.kind, wanted.single_term)
            }
            // "X is under construction, while Y started testing in May 2023" does
            // not say when X did anything: its answers are about another thing.
            Some(s) if extract::about_another(text, s, &wanted.names) => {
                missing_kind_factor(wanted.kind, wanted.single_term)
            }
            _ => 1.0,
        }
    }

    /// Whether the sentence before or after `ord`, in its document, counts a
    /// word that starts with one of `stems`.
    fn neighbour_counts(&self, ord: usize, stems: &[String]) -> bool {
        self.beside(ord)
            .any(|n| extract::counts_any(&self.index.passages[n].text, stems))
    }

    /// The sentences just before and after `ord` in its document.
    fn beside(&self, ord: usize) -> impl Iterator<Item = usize> + '_ {
        [ord.checked_sub(1), Some(ord + 1)]
            .into_iter()
            .flatten()
            .filter(move |&n| n < self.index.passages.len() && self.same_document(n, ord))
    }

    /// Whether the passage tells the act `term` names as done: in any form but
    /// its `bare` ones after what makes it an act to come ("would sign",
    /// "willing to be the first to sign", "insisted that the States sign"). A
    /// caption's "attends" and a purpose's "arrived to found" tell it done. A
    /// passage without the verb is read with the sentences on either side,
    /// which may complete it.
    fn told_as_done(&self, ord: usize, term: &QueryTerm, bare: &[String]) -> bool {
        self.tells_act(ord, term, bare).unwrap_or_else(|| {
            self.beside(ord)
                .filter_map(|n| self.tells_act(n, term, bare))
                .reduce(|a, b| a || b)
                .unwrap_or(true)
        })
    }

    /// Where the passage names who did what a "who" question asks: the
    /// subject, with a capitalised word, of the question's verb ("Who issued
    /// ...?" and "In March 2015, Chinese government issued ..."), though it is
    /// not a name of several capitalised words.
    fn doer_named(
        &self,
        ord: usize,
        terms: &[QueryTerm],
        wanted: &Wanted,
    ) -> Option<(usize, usize)> {
        let asked = wanted.direction.as_ref().filter(|d| !d.name_is_subject)?;
        let verb = &terms[asked.verb];
        let text = &self.index.passages[ord].text;
        self.index.passage_words[ord]
            .iter()
            .position(|&id| verb.stands_for(id))
            .and_then(|v| extract::named_subject(text, v))
    }

    /// Whether the passage tells the act as done (see [`Engine::told_as_done`]);
    /// `None` when it does not say the verb.
    fn tells_act(&self, ord: usize, term: &QueryTerm, bare: &[String]) -> Option<bool> {
        // The passage's words, lowercase, by position; "" past its end.
        let said: Vec<String> = crate::knowledge::word_slices(&self.index.passages[ord].text)
            .map(str::to_lowercase)
            .collect();
        let word = |i: usize| said.get(i).map_or("", String::as_str);
        let reach = |i: usize| i.saturating_sub(IRREALIS_REACH)..i;
        let to_come = |i: usize| {
            (i.saturating_sub(3)..i).any(|k| MODALS.contains(&word(k)))
                || (i > 0
                    && word(i - 1) == "to"
                    && reach(i - 1).any(|k| INTENTIONS.contains(&word(k))))
                || reach(i).any(|k| k > 0 && word(k) == "that" && DEMANDS.contains(&word(k - 1)))
        };
        let mut told = None;
        for (i, &id) in self.index.passage_words[ord].iter().enumerate() {
            if !term.stands_for(id) {
                continue;
            }
            if !bare.iter().any(|b| b == word(i)) || !to_come(i) {
                return Some(true);
            }
            told = Some(false);
        }
        told
    }

    /// Lowers a passage that ranks nothing for a question about the most or the
    /// largest: "over 100,000 students from ASEAN countries studied in China"
    /// does not say which country sent the most.
    fn rank_factor(&self, ord: usize, wanted: &Wanted) -> f32 {
        if wanted.superlative && !RANKS.is_match(&self.index.passages[ord].text) {
            UNRANKED
        } else {
            1.0
        }
    }

    /// Lowers a passage that negates nothing for a question about what is not
    /// so: "What was not allowed?" is not answered by what was.
    /// And one that negates what a question not negated asks about: "the
    /// kilogram-force is not a part of the SI system" does not say what is
    /// part of it, nor "started with a non-zero velocity" what started with a zero one.
    fn negation_factor(&self, ord: usize, wanted: &Wanted, terms: &[QueryTerm]) -> f32 {
        let text = &self.index.passages[ord].text;
        if wanted.negated {
            return if !NEGATION.is_match(text) && !NEGATING_WORD.is_match(text) {
                NOT_NEGATED
            } else {
                1.0
            };
        }
        if wanted.kind == Kind::YesNo {
            return 1.0;
        }
        let words = &self.index.passage_words[ord];
        let asked = |id: &u32| terms.iter().any(|t| !t.name && t.ids.contains(id));
        // "did not develop until the eighteenth century" says when it did.
        let negates_asked = words.iter().enumerate().any(|(i, id)| {
            if !self.negators.contains(id) {
                return false;
            }
            let after = &words[i + 1..];
            let Some(j) = after
                .iter()
                .take(NEGATED_REACH)
                .position(|id| !self.stop_terms[*id as usize] || Some(*id) == self.only)
            else {
                return false;
            };
            Some(after[j]) != self.only
                && asked(&after[j])
                && !after[j + 1..]
                    .iter()
                    .take(UNTIL_REACH)
                    .any(|id| self.until.contains(id))
        });
        if negates_asked { NOT_NEGATED } else { 1.0 }
    }

    /// The sentence just before or after `ord` in its paragraph that says a fair
    /// part of the question the sentence itself, its title and section leave
    /// out, if any.
    fn completing_neighbour(&self, ord: usize, terms: &[QueryTerm]) -> Option<usize> {
        let passages = &self.index.passages;
        let p = &passages[ord];
        let own = self.own_terms(ord);
        let context = &self.index.context_terms[ord];
        let total: f32 = terms.iter().map(|t| t.weight).sum();
        self.beside(ord)
            .filter(|&o| passages[o].paragraph == p.paragraph)
            .map(|o| {
                let theirs = self.own_terms(o);
                let said: f32 = terms
                    .iter()
                    .filter(|t| !t.is_near(own) && !t.is_near(context) && t.is_near(theirs))
                    .map(|t| t.weight)
                    .sum();
                (o, said)
            })
            .filter(|&(_, said)| said >= COMPLETING * total)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(o, _)| o)
    }

    /// The sentences before `ord`, nearest first, that it goes on from: each one
    /// while the sentence after it refers back (at most [`ANTECEDENTS`]).
    fn antecedents(&self, ord: usize) -> impl Iterator<Item = usize> + Clone + '_ {
        (1..=ANTECEDENTS)
            .take_while(move |&k| ord >= k && self.refers_back[ord + 1 - k])
            .map(move |k| ord - k)
            .chain(self.named_before[ord])
            .chain(self.list_openings[ord])
    }

    /// Whether every time a passage says `role` it says it of a name that is
    /// none of `owners`: "Ambassador of the Philippines", "director of the
    /// State Council Information Office".
    fn role_of_another<'t>(
        &self,
        ord: usize,
        role: &QueryTerm,
        owners: impl Iterator<Item = &'t QueryTerm> + Clone,
    ) -> bool {
        let ids = &self.index.passage_words[ord];
        let said: Vec<&str> =
            crate::knowledge::word_slices(&self.index.passages[ord].text).collect();
        let of_a_name = |i: usize| {
            let name = match said.get(i + 1..(i + 4).min(said.len())) {
                Some(["of", "the", _, ..]) => i + 3,
                Some(["of", _, ..]) => i + 2,
                _ => return false,
            };
            capitalised(said[name])
                && !ids
                    .get(name)
                    .is_some_and(|&id| owners.clone().any(|t| t.stands_for(id)))
        };
        let mut at = (0..ids.len())
            .filter(|&i| role.stands_for(ids[i]))
            .peekable();
        at.peek().is_some() && at.all(of_a_name)
    }

    /// Whether a passage gives the last item of a list: "Sixth, to cement ..."
    /// when no "Seventh, ..." follows.
    fn ends_a_list(&self, ord: usize) -> bool {
        self.list_openings[ord].is_some()
            && self
                .list_openings
                .get(ord + 1)
                .is_none_or(|next| *next != self.list_openings[ord])
    }

    /// The last item of the list that the passage `opening` opens, if it opens one.
    fn last_item_of(&self, opening: usize) -> Option<usize> {
        (opening + 1..self.list_openings.len())
            .take(LIST_BACK)
            .filter(|&o| self.list_openings[o] == Some(opening))
            .last()
    }

    /// Whether a passage gives a year other than the term's: "trade volume in
    /// 2022" for "in 2021". Such a sentence dates itself; a neighbour's year is
    /// not its own.
    fn gives_another_year(&self, ord: usize, year: &QueryTerm) -> bool {
        self.index.passage_terms[ord]
            .iter()
            .any(|&id| self.year_terms[id as usize] && !year.ids.contains(&id))
    }

    /// Whether a passage says a term's word with no capitalised word beside it,
    /// as a name of its own: "Lim" in "In the letter, Lim wrote ...".
    fn said_alone(&self, ord: usize, term: &QueryTerm) -> bool {
        let said: Vec<&str> =
            crate::knowledge::word_slices(&self.index.passages[ord].text).collect();
        let capitalised = |i: usize| said.get(i).is_some_and(|w| capitalised(w));
        self.index.passage_words[ord]
            .iter()
            .enumerate()
            .any(|(i, &id)| {
                term.ids.contains(&id) && i > 0 && !capitalised(i - 1) && !capitalised(i + 1)
            })
    }

    /// The term ids of a passage's text, with those of acronyms' expansions.
    fn own_terms(&self, ord: usize) -> &[u32] {
        match self.expanded_terms.binary_search_by_key(&ord, |(o, _)| *o) {
            Ok(i) => &self.expanded_terms[i].1,
            Err(_) => &self.index.passage_terms[ord],
        }
    }

    /// Lowers a long sentence whose question words are scattered over it: they
    /// are likely about different things in it. The word that opens it, its
    /// subject, is about all of it: "China has also provided masks ..., in
    /// addition to donations totaling US$6 million to the Fund". Done for the
    /// leading candidates.
    fn scatter_factor(&self, ord: usize, terms: &[QueryTerm]) -> f32 {
        let words = &self.index.passage_words[ord];
        if words.len() <= LONG_SENTENCE {
            return 1.0;
        }
        let own = self.own_terms(ord);
        let mut wanted: Vec<&QueryTerm> = terms.iter().filter(|t| t.is_near(own)).collect();
        let most = SPREAD_PER_WORD * wanted.len() + SPREAD_SLACK;
        let opening = &words[..OPENING_WORDS];
        wanted.retain(|t| !opening.iter().any(|&id| t.stands_for(id)));
        if wanted.len() >= 2 && words.len() > most && spread(words.iter().copied(), &wanted) > most
        {
            SCATTERED
        } else {
            1.0
        }
    }

    /// Lowers a sentence that says the role asked about ("director") and the name it
    /// is asked of ("ASEAN-China Centre") apart: the role is someone else's, as in
    /// a list of guests. So is one that names the name without the role: "Zhai Kun,
    /// vice president of the Institute" does not say who directs the Institute.
    /// Done for the leading candidates.
    fn role_factor(
        &self,
        ord: usize,
        terms: &[QueryTerm],
        role_of_name: &[usize],
        kind: Kind,
    ) -> f32 {
        let own = self.own_terms(ord);
        let bound: Vec<&QueryTerm> = role_of_name.iter().map(|&i| &terms[i]).collect();
        let Some((role, name)) = bound.split_first() else {
            return 1.0;
        };
        if name.is_empty() || !name.iter().all(|t| t.is_near(own)) {
            return 1.0;
        }
        let role_said = role.is_near(own);
        // "Ann Lee, director of the Portmoor Museum, ..., and Sam Reed, secretary
        // of the Harbour Trust" does not say who directs the Trust: the role is
        // another name's.
        if kind == Kind::Who && role_said && self.role_of_another(ord, role, name.iter().copied()) {
            return SWAPPED;
        }
        if (kind == Kind::Who && !role_said)
            || (role_said
                && spread(self.index.passage_words[ord].iter().copied(), &bound)
                    > bound.len() + ROLE_SLACK)
        {
            ROLE_APART
        } else {
            1.0
        }
    }

    /// Lowers a sentence whose answers (the names that answer "who", the places
    /// that answer "where") all lie far from the words that say what the
    /// question asks of them: "the organizers will also hold the 10th Joint
    /// Visit Activity" does not say who organized the forum; "organized by the
    /// China Foreign Languages Bureau" does. Given the sentence's `spans` of the
    /// kind asked for; done for the leading candidates.
    fn slot_factor(
        &self,
        ord: usize,
        terms: &[QueryTerm],
        wanted: &Wanted,
        spans: Option<&[(usize, usize)]>,
    ) -> f32 {
        let Some(spans) = spans.filter(|_| SLOT_KINDS.contains(&wanted.kind)) else {
            return 1.0;
        };
        let text = &self.index.passages[ord].text;
        let asked: Vec<&QueryTerm> = terms
            .iter()
            .filter(|t| !t.name && !t.numeric && !t.unknown && t.phrase.is_none())
            .collect();
        let at: Vec<usize> = self.index.passage_words[ord]
            .iter()
            .enumerate()
            .filter(|(_, id)| asked.iter().any(|t| t.stands_for(**id)))
            .map(|(i, _)| i)
            .collect();
        if spans.is_empty() || at.is_empty() {
            return 1.0;
        }
        let near = spans.iter().any(|&(s, e)| {
            let first = crate::knowledge::word_slices(&text[..s]).count();
            let last = first + crate::knowledge::word_slices(&text[s..e]).count().max(1) - 1;
            at.iter()
                .any(|&i| i + SLOT_REACH >= first && i <= last + SLOT_REACH)
        });
        if near { 1.0 } else { SLOT_FAR }
    }

    /// Lowers a sentence that says the kind of thing a question asks for only
    /// by its members ("durian" for "fruit"), none of them in an item of the
    /// sentence's list that holds one of the question's rare names: "What fruit
    /// does Harbia import from Riverton?" is not answered by "... longan from
    /// Portmoor, slaughtered cattle from Riverton, banana from Quill". Done for
    /// the leading candidates.
    fn member_factor(&self, ord: usize, terms: &[QueryTerm]) -> f32 {
        let own = self.own_terms(ord);
        let Some(kind) = terms
            .iter()
            .find(|t| !t.is_in(own) && t.is_related_in(own) && thesaurus::is_kind(&t.word))
        else {
            return 1.0;
        };
        let names: Vec<&str> = terms
            .iter()
            .filter(|t| t.name && t.weight >= RARE && t.is_in(own))
            .map(|t| t.word.as_str())
            .collect();
        if names.is_empty() {
            return 1.0;
        }
        let paired = extract::list_items(&self.index.passages[ord].text).any(|item| {
            let words: Vec<String> = crate::knowledge::word_slices(item)
                .map(str::to_lowercase)
                .collect();
            words.iter().any(|w| names.contains(&w.as_str()))
                && words.iter().any(|w| thesaurus::is_member(&kind.word, w))
        });
        if paired { 1.0 } else { MEMBER_APART }
    }

    /// Lowers a sentence that has the question's name on the other side of its
    /// verb: "Who replaced the Normans?" is not answered by "the Normans replaced
    /// the Anglo-Saxons", nor "Who did Edgar marry?" by "Malcolm married Edgar's
    /// sister". A passive verb ("was replaced", "replaced by") is left alone.
    /// Done for the leading candidates.
    fn direction_factor(&self, ord: usize, terms: &[QueryTerm], wanted: &Wanted) -> f32 {
        let Some(asked) = &wanted.direction else {
            return 1.0;
        };
        let (verb, name) = (&terms[asked.verb], &terms[asked.name]);
        let words = &self.index.passage_words[ord];
        let Some(v) = words.iter().position(|&id| verb.stands_for(id)) else {
            return 1.0;
        };
        // As a verb: "representatives" does not say who represented. "The
        // organizers will also hold ..." names those who organized only by their
        // role: it counts as a related word does.
        let text = &self.index.passages[ord].text;
        let said = crate::knowledge::word_slices(text)
            .nth(v)
            .map(str::to_lowercase)
            .unwrap_or_default();
        if said != verb.word && !said.ends_with("ed") && !said.ends_with("ing") {
            let base = verb.word.strip_suffix("ed").unwrap_or(&verb.word);
            let doer = said
                .strip_prefix(base)
                .is_some_and(|rest| ["er", "ers", "or", "ors"].contains(&rest));
            return if doer { RELATED } else { 1.0 };
        }
        let passive = |w: &[u32]| w.iter().any(|id| self.passive.contains(id));
        if passive(&words[v.saturating_sub(1)..v])
            || passive(&words[v + 1..(v + 3).min(words.len())])
        {
            return 1.0;
        }
        let is_name = |id: &u32| name.ids.contains(id);
        let before = words[..v].iter().any(is_name);
        let after = words[v + 1..].iter().position(is_name);
        let swapped = if let Some(object) = asked.object {
            // "China provided vaccines to ASEAN" does not say what ASEAN gave China.
            let object = &terms[object];
            !before
                && words[..v].iter().any(|id| object.ids.contains(id))
                && after.is_some_and(|a| !passive(&words[v + 1..v + 1 + a]))
        } else if asked.name_is_subject {
            // "Who did Edgar marry?": Edgar must come before "married", or after "by".
            !before && after.is_some_and(|a| !passive(&words[v + 1..v + 1 + a]))
        } else {
            // "Who replaced the Normans?": the Normans come after "replaced".
            before && after.is_none()
        };
        if swapped { SWAPPED } else { 1.0 }
    }

    /// Lowers a sentence that gives to the question's giver what the question
    /// asks it gave: "China is ready to donate ... doses ... to ASEAN countries"
    /// does not say how many doses ASEAN gave China. The receiver comes before
    /// "to" and the giver, and the giver not before. The verb is no term, so
    /// [`Engine::direction_factor`] cannot read it. Done for the leading candidates.
    fn given_to_factor(&self, ord: usize, terms: &[QueryTerm], wanted: &Wanted) -> f32 {
        let Some((giver, receiver)) = wanted.given_to else {
            return 1.0;
        };
        let (giver, receiver) = (&terms[giver], &terms[receiver]);
        let words = &self.index.passage_words[ord];
        let said: Vec<&str> =
            crate::knowledge::word_slices(&self.index.passages[ord].text).collect();
        // "to ASEAN countries", "to the COVID-19 ASEAN Response Fund".
        let to_giver = (0..words.len()).find(|&i| {
            said.get(i).is_some_and(|w| w.eq_ignore_ascii_case("to"))
                && words[i + 1..(i + 1 + GIVEN_REACH).min(words.len())]
                    .iter()
                    .any(|&id| giver.stands_for(id))
        });
        let swapped = to_giver.is_some_and(|i| {
            let before = &words[..i];
            before.iter().any(|&id| receiver.stands_for(id))
                && !before.iter().any(|&id| giver.stands_for(id))
        });
        if swapped { SWAPPED } else { 1.0 }
    }

    /// Lowers a sentence that says the thing a question asks about comes from
    /// elsewhere, wherever it names it: "310 law enforcement officials from
    /// ASEAN countries" are not officials from China. Done for the leading
    /// candidates.
    fn origin_factor(&self, ord: usize, terms: &[QueryTerm], wanted: &Wanted) -> f32 {
        let Some((thing, origin)) = wanted.origin else {
            return 1.0;
        };
        let (thing, origin) = (&terms[thing], &terms[origin]);
        let words = &self.index.passage_words[ord];
        let said: Vec<&str> =
            crate::knowledge::word_slices(&self.index.passages[ord].text).collect();
        let from_elsewhere = |i: usize| {
            said.get(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("from"))
                && !words[(i + 2).min(words.len())..(i + 2 + ORIGIN_REACH).min(words.len())]
                    .iter()
                    .any(|&id| origin.stands_for(id))
        };
        let mut named = (0..words.len())
            .filter(|&i| thing.stands_for(words[i]))
            .peekable();
        if named.peek().is_some() && named.all(from_elsewhere) {
            SWAPPED
        } else {
            1.0
        }
    }

    /// Lowers a sentence that says the role a question asks of a country's
    /// people only of another name: "Jimmy, Ambassador of the Philippines to
    /// China" is not the Thai ambassador, nor the Chinese ambassador. Done for
    /// the leading candidates.
    fn country_role_factor(&self, ord: usize, terms: &[QueryTerm], wanted: &Wanted) -> f32 {
        let Some((role, owners)) = &wanted.country_role else {
            return 1.0;
        };
        if self.role_of_another(ord, &terms[*role], owners.iter().map(|&i| &terms[i])) {
            SWAPPED
        } else {
            1.0
        }
    }

    /// Lowers a sentence that reports no one's words for a question that asks
    /// what someone said: a guest list that names Du Zhanyuan does not say what
    /// he said. Under a heading that names the speaker ("Expert View | Zhai
    /// Kun, ..."), every sentence is their words. Done for the leading candidates.
    fn speech_factor(&self, ord: usize, terms: &[QueryTerm], wanted: &Wanted) -> f32 {
        let context = &self.index.context_terms[ord];
        if wanted.speaker.is_empty()
            || extract::reports_speech(&self.index.passages[ord].text)
            || wanted.speaker.iter().all(|&i| terms[i].is_in(context))
        {
            1.0
        } else {
            UNREPORTED
        }
    }

    /// Jaccard similarity of two passages' terms.
    fn similarity(&self, a: usize, b: usize) -> f32 {
        let (x, y) = (&self.index.passage_terms[a], &self.index.passage_terms[b]);
        let common = x.iter().filter(|id| y.binary_search(id).is_ok()).count();
        let union = x.len() + y.len() - common;
        if union == 0 {
            1.0
        } else {
            common as f32 / union as f32
        }
    }

    /// The spans of passage `ord` that hold the kind of answer `kind` asks for
    /// (see [`extract::answer_spans`]), cached. "This year" in a document with a
    /// date is one for "when": "This year marks ..." in a release dated 2024.
    fn answer_spans(
        &self,
        ord: usize,
        kind: Kind,
        question_words: &[String],
    ) -> Option<Vec<(usize, usize)>> {
        let p = &self.index.passages[ord];
        let mut spans = self.spans.answer_spans(ord, kind, &p.text, question_words);
        if let Some(spans) = &mut spans
            && kind == Kind::When
            && p.date.get(..4).is_some_and(query::is_year)
        {
            spans.extend(extract::this_year(&p.text));
        }
        spans
    }

    fn mark_texts(&self, ord: usize, kind: Kind, question_words: &[String]) -> Vec<String> {
        let t = &self.index.passages[ord].text;
        self.answer_spans(ord, kind, question_words)
            .unwrap_or_default()
            .into_iter()
            .map(|(s, e)| crate::knowledge::dedup_key(&t[s..e]))
            .collect()
    }
}

/// The nearest of the `back` passages before `ord` that `wanted` holds for,
/// looking back only while `along` holds (the same document, or paragraph).
fn nearest_before(
    index: &SearchIndex,
    ord: usize,
    back: usize,
    along: impl Fn(&crate::knowledge::Passage) -> bool,
    wanted: impl Fn(&crate::knowledge::Passage) -> bool,
) -> Option<usize> {
    (1..=back)
        .filter_map(|k| ord.checked_sub(k))
        .take_while(|&o| along(&index.passages[o]))
        .find(|&o| wanted(&index.passages[o]))
}

/// The names the documents write with the same initials, the one they
/// write most often first.
#[derive(Debug)]
struct Initialism {
    names: Vec<String>,
    /// Whether the first is written as often as the second: "CIO" could be either.
    tied: bool,
}

impl Initialism {
    /// The name written most often, unless another is written as often.
    fn most_often(&self) -> Option<&str> {
        (!self.tied).then(|| self.names[0].as_str())
    }

    /// The name an acronym stands for after the word `before` it in a
    /// question: the one name the documents write after that word ("the
    /// China-Cambodia FTA" is the "Free Trade Agreement" where they write
    /// "China-Cambodia Free Trade Agreement" and "Free Trade Area" elsewhere),
    /// or else the one they write most often.
    fn meant(&self, index: &SearchIndex, before: Option<&str>) -> Option<&str> {
        let after_before = |name: &&String| {
            before.is_some_and(|b| {
                let key = format!("{b} {}", query::words(name).join(" "));
                index.name_spans.contains_key(&key)
            })
        };
        let mut written_after = self.names.iter().filter(after_before);
        match (written_after.next(), written_after.next()) {
            (Some(name), None) => Some(name),
            _ => self.most_often(),
        }
    }
}

/// For each initialism of the names the documents write, those names.
fn spelled_out(index: &SearchIndex) -> HashMap<String, Initialism> {
    let mut counts: HashMap<String, HashMap<&str, u32>> = HashMap::new();
    for p in &index.passages {
        for (initials, name) in extract::initialisms(&p.text) {
            *counts.entry(initials).or_default().entry(name).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(initials, names)| {
            let mut names: Vec<(&str, u32)> = names.into_iter().collect();
            names.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let tied = names.get(1).is_some_and(|second| second.1 == names[0].1);
            let names = names.into_iter().map(|(n, _)| n.to_string()).collect();
            (initials, Initialism { names, tied })
        })
        .collect()
}

/// For every passage using an acronym, its terms with the expansion's terms
/// added. The expansion is the one the documents define ("Belt and Road
/// Initiative (BRI)"), or else the name they write whose initials it spells:
/// a passage that only says "the BRI" is about the "Belt and Road Initiative".
fn expand_acronyms(
    index: &SearchIndex,
    spelled_out: &HashMap<String, Initialism>,
) -> Vec<(usize, Box<[u32]>)> {
    let mut analyzer = analysis::analyzer();
    let mut term_id = |word: &str| {
        analysis::tokens(&mut analyzer, word)
            .into_iter()
            .filter_map(|t| index.vocabulary.get(&t).map(|s| s.id))
            .collect::<Vec<u32>>()
    };
    let mut definitions: HashMap<u32, Vec<u32>> = HashMap::new();
    for p in &index.passages {
        for (acronym, expansion) in extract::defined_acronyms(&p.text) {
            let Some(&id) = term_id(&acronym).last() else {
                continue;
            };
            definitions
                .entry(id)
                .or_default()
                .extend(term_id(&expansion));
        }
    }
    let used: HashSet<&str> = index
        .passages
        .iter()
        .flat_map(|p| ACRONYM_WORD.find_iter(&p.text).map(|m| m.as_str()))
        // Two letters are too few to guess from: "SI" is not "Sir Isaac".
        .filter(|a| a.len() >= 3)
        .collect();
    for acronym in used {
        let name = spelled_out.get(acronym).and_then(Initialism::most_often);
        let (Some(name), &[id]) = (name, term_id(acronym).as_slice()) else {
            continue;
        };
        definitions.entry(id).or_insert_with(|| term_id(name));
    }
    let mut out = Vec::new();
    if definitions.is_empty() {
        return out;
    }
    for (ord, terms) in index.passage_terms.iter().enumerate() {
        let added: Vec<u32> = terms
            .iter()
            .filter_map(|id| definitions.get(id))
            .flatten()
            .copied()
            .collect();
        if added.iter().any(|id| terms.binary_search(id).is_err()) {
            let mut all: Vec<u32> = terms.iter().copied().chain(added).collect();
            all.sort_unstable();
            all.dedup();
            out.push((ord, all.into_boxed_slice()));
        }
    }
    out
}

/// What the leading candidates are checked for, beyond the question's words.
struct Wanted<'a> {
    kind: Kind,
    single_term: bool,
    /// The thing counted in "how many X".
    focus: Option<Focus<'a>>,
    /// For "when" about a past event or one to come, the forms of its words: a
    /// sentence that tells them as future answers with a date of that clause
    /// only, and, for a past event, not with future dates alone.
    event: Vec<String>,
    /// The question asks about the past: "did", "was"; for "how many", also
    /// "has", unless it asks what was pledged ("ready to donate").
    past: bool,
    /// "When will ...": the question asks when something is to come.
    future: bool,
    /// For "when did" a past act, its verb's term and bare forms: "sign" in
    /// "When did China sign the protocol?" and "When was the protocol signed?".
    act: Option<(&'a QueryTerm, Vec<String>)>,
    /// What "how much X did ..." measures: "durian" in "How much durian did
    /// China import?". A sentence that names it and whose numbers all count
    /// other things does not answer.
    measured: Option<Focus<'a>>,
    /// For "how many", the name the count goes to, lowercase: "myanmar" in
    /// "How many doses did China give to Myanmar?".
    receiver: Vec<String>,
    /// "When did Xu Lin become director of ...?": a date answers only in a
    /// sentence that tells someone taking a post, not one that gives the title.
    office: bool,
    /// The question asks what is not so: the sentence must negate something.
    negated: bool,
    /// The question asks for the most or the largest: the sentence must rank.
    superlative: bool,
    /// What a "how much", "how long" or "how fast" measures.
    measure: Option<extract::Measure>,
    /// The question asks "in which city" (town, village): a region is no answer.
    town: bool,
    /// The question asks which leader (president, minister, official...): a
    /// body is no answer.
    person: bool,
    /// The names the question gives, lowercase.
    names: Vec<String>,
    /// For "Who replaced X?" and "Who did X marry?": the verb and the name.
    direction: Option<Direction>,
    /// For "How many doses did ASEAN give to China?", with a verb that is no
    /// term: the giver's and the receiver's names, by term.
    given_to: Option<(usize, usize)>,
    /// For "How many officials from China ...?": the thing's and the name's
    /// terms.
    origin: Option<(usize, usize)>,
    /// For "Who is the Thai ambassador ...?": the role's term and those of
    /// the names it may be said of. See [`country_role`].
    country_role: Option<(usize, Vec<usize>)>,
    /// For "What did Xu Lin say ...?", the speaker's terms: the sentence must
    /// report words. Empty for other questions.
    speaker: Vec<usize>,
}

/// The terms that say what a question asks for, by position in its terms.
#[derive(Clone, Copy)]
struct Asked {
    /// The thing "how many" counts or a measure is of: the sentence or a
    /// neighbour must be about it.
    subject: Option<usize>,
    /// What "what was the title of", "who was the mayor" or "what was the
    /// trade volume" asks for: the sentence itself must name it.
    attribute: Option<usize>,
    /// The kind of place "in which province" asks for: its heading does not
    /// say it for the sentence.
    place: Option<usize>,
}

/// The verb of a "who" question and the name on one side of it, by term.
struct Direction {
    verb: usize,
    name: usize,
    /// "Who did Edgar marry?" (true), not "Who replaced the Normans?".
    name_is_subject: bool,
    /// The name right after the verb, when the question asks of two names
    /// ("China" in "How many doses did ASEAN provide to China?"): a sentence with it
    /// before the verb and the subject after tells the act the other way round.
    object: Option<usize>,
}

/// Where the words of one of the question's names of several words are, for a sentence.
#[derive(Clone, Copy, Default)]
struct NameWords {
    /// In the sentence or its heading.
    found: usize,
    /// In the sentence's own terms.
    own: usize,
    /// Only in the heading, or the sentence a "He" refers back to.
    elsewhere: usize,
    /// How many words the name has.
    all: usize,
}

/// The thing counted in "how many X", with the beginnings of the words that
/// name it: its stemmed forms and the word as asked ("countri", "country").
struct Focus<'a> {
    term: &'a QueryTerm,
    stems: Vec<String>,
}

impl<'a> Focus<'a> {
    fn of(term: &'a QueryTerm) -> Focus<'a> {
        let stems = term
            .forms
            .iter()
            .chain(std::iter::once(&term.word))
            .cloned()
            .collect();
        Focus { term, stems }
    }
}

/// Words after "who" that are not its verb: "Who is", "Who did".
const WHO_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "s", "has", "had", "have", "will", "would", "can", "could",
    "should", "may", "might", "must", "else", "first", "also", "then",
];
/// Auxiliaries after which the name is the verb's subject: "Who did Edgar
/// marry?", "what did the beijing declaration plan" (read by the truecasing too).
pub(crate) const SUBJECT_AUXILIARIES: &[&str] =
    &["did", "does", "do", "will", "would", "can", "could"];

/// The verb of a "when" question about a past act, with its bare forms: the
/// first word after "did" that takes an object ("sign" in "When did China sign
/// the protocol?"), or the last word of "When was ... signed?" ("sign", "signe").
/// None for verbs whose past is their bare form, and when it cannot be told.
fn asked_act<'a>(
    question_words: &[String],
    terms: &'a [QueryTerm],
) -> Option<(&'a QueryTerm, Vec<String>)> {
    let is_name = |w: &str| terms.iter().any(|t| t.name && t.word == w);
    let plain = |w: &str| {
        !query::is_stop_word(w) && !w.starts_with(|c: char| c.is_ascii_digit()) && !is_name(w)
    };
    let at = question_words.iter().position(|w| w == "when")?;
    let rest = &question_words[at + 1..];
    let (word, bare) = match rest.first().map(String::as_str) {
        Some("did") => {
            let verb = &rest
                .windows(2)
                .skip(1)
                .find(|p| plain(&p[0]) && DETERMINERS.contains(&p[1].as_str()))?[0];
            (verb, vec![verb.clone()])
        }
        Some("was" | "were") => {
            let verb = rest.last().filter(|w| plain(w))?;
            let stem = verb.strip_suffix("ed")?;
            (verb, vec![stem.to_string(), format!("{stem}e")])
        }
        _ => return None,
    };
    if SAME_IN_PAST.contains(&bare[0].as_str()) {
        return None;
    }
    Some((terms.iter().find(|t| t.word == *word)?, bare))
}

/// The verb of a "who" question and the name on one side of it: "Who
/// replaced the Normans?" (verb, then the name as its object) or "Who did
/// Edgar marry?" (the name as its subject, then the verb).
fn who_direction(question_words: &[String], terms: &[QueryTerm]) -> Option<Direction> {
    let term = |w: &str| terms.iter().position(|t| t.word == w);
    let (first, rest) = question_words.split_first()?;
    if first != "who" {
        return None;
    }
    let second = rest.first()?;
    if SUBJECT_AUXILIARIES.contains(&second.as_str()) {
        subject_then_verb(&rest[1..], terms).map(|(verb, name)| Direction {
            verb,
            name,
            name_is_subject: true,
            object: None,
        })
    } else if WHO_AUXILIARIES.contains(&second.as_str()) {
        None
    } else {
        let verb = term(second).filter(|&i| !terms[i].name && !terms[i].numeric)?;
        let name = rest[1..]
            .iter()
            .find_map(|w| term(w).filter(|&i| terms[i].name))?;
        Some(Direction {
            verb,
            name,
            name_is_subject: false,
            object: None,
        })
    }
}

/// The subject, verb and object of a question that asks of two names after an
/// auxiliary such as "did": "ASEAN", "provide" and "China" in "How many doses
/// did ASEAN provide to China?". None unless a name comes right after the verb
/// ("to" aside). ("give" is a stop word, so "did ASEAN give China" has no verb.)
fn did_direction(question_words: &[String], terms: &[QueryTerm]) -> Option<Direction> {
    let at = question_words
        .iter()
        .position(|w| SUBJECT_AUXILIARIES.contains(&w.as_str()))?;
    let rest = &question_words[at + 1..];
    let (verb, name) = subject_then_verb(rest, terms)?;
    let after = rest.iter().position(|w| *w == terms[verb].word)? + 1;
    let object = rest[after..]
        .iter()
        .find(|w| *w != "to")
        .and_then(|w| terms.iter().position(|t| t.word == *w))
        .filter(|&i| terms[i].name && i != name)?;
    Some(Direction {
        verb,
        name,
        name_is_subject: true,
        object: Some(object),
    })
}

/// The giver and the receiver of a question that asks of two names with a
/// verb that is no term, such as "give": "ASEAN" and "China" in "How many
/// doses did ASEAN give to China?" (after "did", a name, one word, maybe "to",
/// and a name). As term positions.
fn given_to(question_words: &[String], terms: &[QueryTerm]) -> Option<(usize, usize)> {
    let term = |w: &String| terms.iter().position(|t| t.word == *w);
    let name = |w: &String| term(w).filter(|&i| terms[i].name);
    let at = question_words
        .iter()
        .position(|w| SUBJECT_AUXILIARIES.contains(&w.as_str()))?;
    let rest = &question_words[at + 1..];
    let rest = rest.strip_prefix(&["the".to_string()]).unwrap_or(rest);
    let giver = name(rest.first()?)?;
    let after = rest.iter().position(|w| name(w).is_none())?;
    let (verb, rest) = rest[after..].split_first()?;
    if term(verb).is_some() {
        return None;
    }
    let rest = rest.strip_prefix(&["to".to_string()]).unwrap_or(rest);
    let rest = rest.strip_prefix(&["the".to_string()]).unwrap_or(rest);
    let receiver = name(rest.first()?).filter(|&r| r != giver)?;
    Some((giver, receiver))
}

/// The name after a question's last "to", as its words: "myanmar" in "How
/// many doses did China give to Myanmar?", "south", "china", "sea" in "... to
/// the South China Sea". Empty when no name follows.
fn receiver(question_words: &[String], terms: &[QueryTerm]) -> Vec<String> {
    let is_name = |w: &String| terms.iter().any(|t| t.name && t.word == *w);
    let Some(at) = question_words.iter().rposition(|w| w == "to") else {
        return Vec::new();
    };
    let rest = &question_words[at + 1..];
    let rest = rest.strip_prefix(&["the".to_string()]).unwrap_or(rest);
    rest.iter().take_while(|w| is_name(w)).cloned().collect()
}

/// What a question says comes from a name, and the name, as term positions:
/// "officials" and "china" in "How many officials from China trained in ASEAN
/// countries?".
fn origin(question_words: &[String], terms: &[QueryTerm]) -> Option<(usize, usize)> {
    let term = |w: &String| terms.iter().position(|t| t.word == *w);
    let at = question_words.iter().position(|w| w == "from")?;
    let thing = term(question_words.get(at.checked_sub(1)?)?)
        .filter(|&i| !terms[i].name && !terms[i].numeric)?;
    let rest = &question_words[at + 1..];
    let rest = rest.strip_prefix(&["the".to_string()]).unwrap_or(rest);
    let origin = term(rest.first()?).filter(|&i| terms[i].name)?;
    Some((thing, origin))
}

/// Adds to the search's `hits` (passage, BM25 score) those of `more` it lacks.
fn add_hits(hits: &mut Vec<(usize, f32)>, more: impl IntoIterator<Item = (usize, f32)>) {
    for (ord, score) in more {
        if !hits.iter().any(|h| h.0 == ord) {
            hits.push((ord, score));
        }
    }
}

/// A role a question asks of a country by its people's word, as term
/// positions: "ambassador", and the names it may be said of: "thai", which
/// must stand for a country the documents name, and a name right after the role
/// or after "of": "the French wars of religion" are the "Wars of Religion".
/// Not one after "to": "the Chinese ambassador to the Philippines" is not the
/// "Ambassador of the Philippines".
fn country_role(
    question_words: &[String],
    terms: &[QueryTerm],
    question: &str,
) -> Option<(usize, Vec<usize>)> {
    let (role, people) = query::peoples_role(question)?;
    let term = |w: &str| terms.iter().position(|t| t.word == w);
    let mut owners = vec![term(&people).filter(|&i| !terms[i].related.is_empty())?];
    let at = question_words.iter().position(|w| *w == role)?;
    let mut after = question_words[at + 1..].iter().map(String::as_str);
    let next = match after.next() {
        Some("of") => after.find(|w| *w != "the"),
        next => next,
    };
    owners.extend(next.and_then(term));
    Some((term(&role)?, owners))
}

/// Who a lowercase question asks said something, by the positions of the
/// name's terms: "xu", "lin" in "What did Xu Lin say about ...?". Empty when it
/// asks something else, or what a text says: "What does the report say ...?".
fn who_said(lower: &str, terms: &[QueryTerm]) -> Vec<usize> {
    let Some(c) = SPEECH_QUESTION.captures(lower) else {
        return Vec::new();
    };
    if DOCUMENT_WORD.is_match(&c[1]) {
        return Vec::new();
    }
    query::words(&c[1])
        .iter()
        .filter_map(|w| terms.iter().position(|t| t.name && t.word == *w))
        .collect()
}

/// The name's words, then the verb: the first term after them; as term positions.
fn subject_then_verb(words: &[String], terms: &[QueryTerm]) -> Option<(usize, usize)> {
    let mut name = None;
    for w in words {
        match terms.iter().position(|t| t.word == *w) {
            Some(i) if terms[i].name => name = name.or(Some(i)),
            Some(i) if name.is_some() && !terms[i].numeric => return Some((i, name?)),
            Some(_) => return None,
            None => {}
        }
    }
    None
}

/// The factor for a passage without the kind of answer asked for.
fn missing_kind_factor(kind: Kind, single_term: bool) -> f32 {
    match kind {
        // Dates, numbers and places (after "in", "at", "near"...) are found
        // reliably; the names that answer "who" less so.
        Kind::When | Kind::HowMany | Kind::Where => MISSING_DATE_NUMBER_OR_PLACE,
        Kind::Acronym if single_term => MISSING_KIND * SINGLE_TERM,
        Kind::Who | Kind::Acronym => MISSING_KIND,
        _ => 1.0,
    }
}

/// The fewest consecutive words of a passage (its term ids in order) that hold
/// every one of `wanted`, the question terms it holds.
fn spread(words: impl IntoIterator<Item = u32>, wanted: &[&QueryTerm]) -> usize {
    const MOST: usize = 32;
    if wanted.len() < 2 || wanted.len() > MOST {
        return 0;
    }
    // Which wanted term each term id stands for (the first that does), by id:
    // looked up for every word of the sentence.
    let mut stands_for: Vec<(u32, usize)> = wanted
        .iter()
        .enumerate()
        .flat_map(|(j, t)| t.ids.iter().chain(&t.related).map(move |&id| (id, j)))
        .collect();
    stands_for.sort_unstable();
    stands_for.dedup_by_key(|&mut (id, _)| id);
    // (position, which wanted term), in order.
    let hits: Vec<(usize, usize)> = words
        .into_iter()
        .enumerate()
        .filter_map(|(pos, id)| {
            let at = stands_for.binary_search_by_key(&id, |&(id, _)| id).ok()?;
            Some((pos, stands_for[at].1))
        })
        .collect();
    let mut count = [0u32; MOST];
    let mut covered = 0;
    let mut best = usize::MAX;
    let mut start = 0;
    for end in 0..hits.len() {
        let j = hits[end].1;
        count[j] += 1;
        if count[j] == 1 {
            covered += 1;
        }
        while covered == wanted.len() {
            best = best.min(hits[end].0 - hits[start].0 + 1);
            let k = hits[start].1;
            count[k] -= 1;
            if count[k] == 0 {
                covered -= 1;
            }
            start += 1;
        }
    }
    if best == usize::MAX { 0 } else { best }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// "Title — Source, date".
pub fn describe_document(d: &DocumentInfo) -> String {
    let mut s = d.title.clone();
    let extra: Vec<&str> = [d.source.as_str(), d.date.as_str()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect();
    if !extra.is_empty() {
        s.push_str(" — ");
        s.push_str(&extra.join(", "));
    }
    s
}

/// The engine a running frontend uses, swapped for a new one when the knowledge folder changes.
pub struct LiveEngine {
    config: Config,
    current: RwLock<Arc<Engine>>,
    /// The knowledge folder's files when last looked at: unchanged, it is not hashed again.
    seen: std::sync::Mutex<index::Listing>,
}

impl LiveEngine {
    /// Opens the engine (building the index when needed).
    pub fn open(config: Config) -> Result<(Arc<LiveEngine>, Option<BuildReport>)> {
        let seen = index::listing(&config.knowledge_dir)?;
        let (engine, report) = Engine::open(&config)?;
        Ok((
            Arc::new(LiveEngine {
                config,
                current: RwLock::new(Arc::new(engine)),
                seen: std::sync::Mutex::new(seen),
            }),
            report,
        ))
    }

    /// The engine to answer with now.
    pub fn get(&self) -> Arc<Engine> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Rebuilds and swaps the engine when the knowledge folder changed; `Ok(true)` when it did.
    /// Files are hashed only when their names, sizes or times changed.
    pub fn reload_if_changed(&self) -> Result<bool> {
        let listing = index::listing(&self.config.knowledge_dir)?;
        {
            let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
            if *seen == listing {
                return Ok(false);
            }
            *seen = listing;
        }
        let (version, _) = index::fingerprint(&self.config.knowledge_dir)?;
        if version == self.get().version() {
            return Ok(false);
        }
        self.reload()?;
        Ok(true)
    }

    /// Rebuilds the index if needed and swaps in a fresh engine.
    pub fn reload(&self) -> Result<Option<BuildReport>> {
        let (engine, report) = Engine::open(&self.config)?;
        tracing::info!(version = engine.version(), "knowledge reloaded");
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(engine);
        Ok(report)
    }

    /// Checks the knowledge folder for changes every `reload_interval_secs`, on a thread of its own.
    pub fn watch(self: &Arc<Self>) {
        let secs = self.config.reload_interval_secs;
        if secs == 0 {
            return;
        }
        let live = Arc::downgrade(self);
        std::thread::Builder::new()
            .name("knowledge-watch".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(secs));
                    let Some(live) = live.upgrade() else { return };
                    if let Err(e) = live.reload_if_changed() {
                        tracing::warn!(error = %e, "could not reload the knowledge folder");
                    }
                }
            })
            .expect("spawn the knowledge watcher");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(ids: &[u32]) -> QueryTerm {
        QueryTerm {
            word: String::new(),
            forms: Vec::new(),
            ids: ids.to_vec(),
            weight: 1.0,
            numeric: false,
            unknown: false,
            name: false,
            related: Vec::new(),
            opposed: Vec::new(),
            qualifies: Vec::new(),
            numbered: Vec::new(),
            phrase: None,
            also_in: Vec::new(),
            in_period: false,
            frame: false,
            earliest: false,
            last: false,
            since: false,
        }
    }

    /// A term for each of `words`, a name when it is one of `names`.
    fn terms_of(words: &[&str], names: &[&str]) -> Vec<QueryTerm> {
        words
            .iter()
            .map(|w| QueryTerm {
                word: w.to_string(),
                name: names.contains(w),
                ..term(&[])
            })
            .collect()
    }

    #[test]
    fn a_question_asks_of_two_names_when_one_follows_its_verb() {
        let terms = terms_of(&["asean", "provide", "china", "doses"], &["asean", "china"]);
        let asked =
            |q: &str| did_direction(&query::words(q), &terms).map(|d| (d.name, d.verb, d.object));
        let both = Some((0, 1, Some(2)));
        assert_eq!(asked("how many doses did asean provide to china"), both);
        assert_eq!(asked("when did asean provide china doses"), both);
        // No name right after the verb: nothing to turn round.
        assert_eq!(asked("when did asean provide doses"), None);
        assert_eq!(asked("when did asean and china provide doses"), None);
    }

    #[test]
    fn a_giver_and_a_receiver_are_read_around_a_verb_that_is_no_term() {
        let terms = terms_of(&["asean", "china", "doses"], &["asean", "china"]);
        let asked = |q: &str| given_to(&query::words(q), &terms);
        assert_eq!(
            asked("how many doses did asean give to china"),
            Some((0, 1))
        );
        assert_eq!(asked("how many doses did china give asean"), Some((1, 0)));
        // The verb is a term: `did_direction` reads it.
        assert_eq!(asked("how many doses did asean doses china"), None);
        assert_eq!(asked("how many doses did asean give"), None);
    }

    #[test]
    fn a_question_asks_what_was_said_of_a_person_not_of_a_text() {
        let terms = terms_of(&["xu", "lin", "report", "media"], &["xu", "lin"]);
        let asked = |q: &str| who_said(q, &terms);
        assert_eq!(
            asked("what did xu lin say about media cooperation?"),
            [0, 1]
        );
        assert_eq!(asked("and what did xu lin stress"), [0, 1]);
        assert!(asked("what does the report say about media?").is_empty());
        assert!(asked("what did the media say?").is_empty());
        assert!(asked("who did xu lin say it to?").is_empty());
    }

    #[test]
    fn the_act_of_a_when_question_is_the_verb_before_its_object() {
        // Each word of the question a term, a name when listed.
        let act = |q: &str, names: &[&str]| {
            let words = query::words(q);
            let terms = terms_of(&words.iter().map(String::as_str).collect::<Vec<_>>(), names);
            asked_act(&words, &terms).map(|(t, bare)| (t.word.clone(), bare))
        };
        let sign = Some(("sign".to_string(), vec!["sign".to_string()]));
        assert_eq!(act("when did china sign the protocol", &["china"]), sign);
        assert_eq!(act("when did the five states sign their treaty", &[]), sign);
        // A name before "the" is the subject, not the verb.
        assert_eq!(
            act(
                "when did edward the confessor return to england",
                &["edward"]
            ),
            None
        );
        assert_eq!(
            act("when was the protocol signed", &[]),
            Some((
                "signed".to_string(),
                vec!["sign".to_string(), "signe".to_string()]
            ))
        );
        // No object to tell the verb by, or a verb whose past is its bare form.
        assert_eq!(act("when did the forum take place", &[]), None);
        assert_eq!(act("when did the council set the date", &[]), None);
        assert_eq!(act("where did china sign the protocol", &["china"]), None);
    }

    #[test]
    fn spread_is_the_shortest_run_of_words_holding_every_term() {
        let (a, b, c) = (term(&[1]), term(&[2]), term(&[3]));
        // Terms 1 and 2 far apart at the start, then 1, 2 and 3 together.
        let words = [1, 9, 9, 9, 9, 9, 2, 9, 1, 2, 9, 3];
        assert_eq!(spread(words, &[&a, &b, &c]), 4);
        assert_eq!(spread(words, &[&a, &b]), 2);
        // A single term has no spread.
        assert_eq!(spread(words, &[&c]), 0);
        assert_eq!(spread([1, 9, 9, 9, 9, 9, 9, 9, 9, 3], &[&a, &c]), 10);
        // A word that two terms stand for counts for the first.
        let ab = term(&[1, 2]);
        assert_eq!(spread([2, 9, 1], &[&a, &ab]), 3);
        assert_eq!(spread([1, 9, 1], &[&a, &ab]), 0);
    }
}
