//! Finding the part of a sentence that answers a kind of question: a date for
//! "when", a number or amount for "how many", a name for "who", a place for
//! "where". Parts the question already says are not answers.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, PoisonError, RwLock};

use regex::Regex;

use super::intent::Kind;
use super::query::{is_stop_word, is_year, starts_with_any};
use crate::knowledge::{capitalised, offset_of, word_slices};

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

// Word boundaries are ASCII ones, `(?-u:\b)`: a Unicode boundary makes the
// regex engine leave its fast DFA at the first curly quote or dash.

/// A month, or "the same month".
static MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)(?:{MONTHS}|[Ss]ame month)(?-u:\b)")).unwrap());

/// Whether `text` dates itself by a month and never by a year: "In October,
/// the two sides signed ...", "In the same month, ...". Its year is the one
/// the sentence before gives.
pub fn dated_without_year(text: &str) -> bool {
    MONTH.is_match(text) && !gives_a_year(text) && !THIS_YEAR.is_match(text)
}

/// Whether `text` gives a year, as [`is_year`] reads one, of its own: not in
/// a period, a range of years ("In November 2004, ... signed the Plan of Action
/// ... (2005-2010)" gives 2004; "In the same month, ... signed the Plan of Action
/// ... (2021–2025)" gives none).
pub fn gives_a_year(text: &str) -> bool {
    outside_periods(text).any(is_year)
}

/// "This year marks ...", "this year's forum": the year the document is dated.
static THIS_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)[Tt]his year(?-u:\b)").unwrap());

/// Where `text` says "this year", which is a date in a dated document.
pub fn this_year(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    THIS_YEAR.find_iter(text).map(|m| (m.start(), m.end()))
}

/// Whether `text`, from a document dated `date` ("2024-06-21"), is in `year`
/// by that date: it says "this year", or gives a month and no year ("held on
/// June 21st") and no sentence before it in its paragraph gives one.
pub fn dated_by_document(text: &str, date: &str, year: &str) -> bool {
    date.get(..4) == Some(year) && (THIS_YEAR.is_match(text) || dated_without_year(text))
}

/// Words that report what someone said: "He said that ...", "made the
/// remarks", "stressed", "called for". Not "state", a noun as often as a verb.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:says?|said|saying|stated|states that|told|tells|remarks?|speech|stress(?:ed|es)|noted|notes that|added|adding|called (?:for|on)|urged|expressed|emphasi[sz](?:ed|es|ing)|pointed out|proposed|announced|declared|wrote|writes|argued|claimed|according to)(?-u:\b)").unwrap()
});

/// Whether `text` reports someone's words: "He said that ...", "... made
/// the remarks when attending ...".
pub fn reports_speech(text: &str) -> bool {
    SPEECH.is_match(text)
}

/// A clause that opens with "since": "Since the Special Summit in 2021, ...",
/// "since 2022".
static SINCE_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)since(?-u:\b)[^,;.]{0,60}").unwrap());

/// Whether `text` says `year` only after "since": "Since the Special Summit in
/// 2021, China has imported more than US$55 billion ..." counts from 2021 on,
/// not in 2021.
pub fn since_only(text: &str, year: &str) -> bool {
    let mut said = word_slices(text).filter(|&w| w == year).peekable();
    // The clauses are looked for only in a sentence that says the year.
    said.peek().is_some() && said.all(within_matches(&SINCE_CLAUSE, text))
}

/// Whether the place `at` of `text` is in a "since" clause: "Since early
/// 2023 when ASEAN decided ...".
pub fn after_since(text: &str, at: usize) -> bool {
    within(&SINCE_CLAUSE, text)(at)
}

/// Whether a word of `text` (a slice of it) starts inside a match of `re`.
fn within_matches<'t>(re: &Regex, text: &'t str) -> impl Fn(&str) -> bool + 't {
    let inside = within(re, text);
    move |w| inside(offset_of(text, w))
}

/// Whether a place of `text` is inside a match of `re`.
fn within(re: &Regex, text: &str) -> impl Fn(usize) -> bool + use<> {
    let matches: Vec<(usize, usize)> = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
    move |at| matches.iter().any(|&(s, e)| s <= at && at < e)
}

/// A range of years, a period: "2005-2010", "2021–2025" (also run into the
/// next word, as copied text has it: "(2021–2025)during").
static YEAR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}").unwrap());

/// Whether `text` says `year` only in a period, a range of years: "the Plan
/// of Action ... (2005-2010)". Such a year names the plan; it dates nothing.
pub fn in_a_period_only(text: &str, year: &str) -> bool {
    in_a_period(text, year) && !outside_periods(text).any(|w| w == year)
}

/// Whether `text` says `year` in a period: "(2021–2025)".
pub fn in_a_period(text: &str, year: &str) -> bool {
    YEAR_RANGE
        .find_iter(text)
        .any(|m| word_slices(m.as_str()).any(|w| w == year))
}

/// The words of `text` outside its periods.
fn outside_periods(text: &str) -> impl Iterator<Item = &str> {
    let in_period = within_matches(&YEAR_RANGE, text);
    word_slices(text).filter(move |w| !in_period(w))
}

/// Words a month may follow in a date ("early May", "since June").
const MONTH_LEADS: &str = "early|mid|late|in|since|by";
/// Words a year before 1900 must follow to be taken for one ("in 1066",
/// "dates back to 1696", "the year 1685"): a bare "1500" is as often a count.
const YEAR_LEADS: &str =
    "in|since|by|from|until|before|after|between|and|around|circa|back to|year";

/// "the 10th century", "the 10th and 11th centuries", "the nineteenth century".
const CENTURY: &str = r"(?:\d{1,2}(?:st|nd|rd|th)(?:\s*(?:and|or|to|-|–)\s*\d{1,2}(?:st|nd|rd|th))?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))\s+centur(?:y|ies)";

/// Dates: days, months, years from 1900 (and earlier ones after "in", "since"...,
/// or in a range: "1568–1609"),
/// decades, centuries, BC and AD.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})(?:,?\s+\d{{4}})?|(?:(?:{MONTH_LEADS})\s+)?(?:{MONTHS})(?:\s+(?:of\s+)?\d{{4}})?|(?:19|20)\d{{2}}(?:\s*[-–]\s*(?:19|20)?\d{{2}})?|{CENTURY}|(?:1[0-9]|20)\d0s|1[0-8]\d{{2}}\s*[-–]\s*1[0-9]\d{{2}}|(?i:{YEAR_LEADS})\s+1[0-8]\d{{2}}|\d{{1,4}}\s?(?:BC|BCE|AD|CE)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|next|this) (?:year|month|week))(?-u:\b)"
    ))
    .unwrap()
});

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:US\$|\$|€|£|¥|RMB\s?)?(?-u:\b)\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?(?:\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred|yuan|dollars|km|kilometers|kilometres|tons|tonnes|people|times))*(?-u:\b)%?|(?-u:\b)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions)(?-u:\b)(?:\s+(?:million|billion|thousand|hundred|percent))?",
    )
    .unwrap()
});

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z][\p{L}’'\-.]*[\p{L}](?:\s+(?:(?:of|the|for|and|de|bin|van|von|on|in)\s+)*[A-Z][\p{L}’'\-]*[\p{L}])+")
        .unwrap()
});

/// A capitalised name after a preposition of place ("to" only after a verb of
/// going: "fled to Normandy", not "sent experts to ARMAC"), or after "in the
/// hills of", "in the north of", "at the opening ceremony of"; the name is group 1.
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:from\s+[A-Z][\p{L}’'\-]*[\p{L}]\s+to|in|at|near|from|across|inside|along|outside|into|towards?|throughout|within|(?:fled|flee|moved|went|travell?ed|sailed|returned|migrated|emigrated|came|arrived|escaped|relocated|retreated|marched)\s+(?:back\s+)?to)\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:north|south|east|west|centre|center|heart|outskirts|suburbs|hills|mountains|valley|coast|shores?|city|town|village|port|province|region|county|state|kingdom|capital|island|islands|area|district|streets|ceremony|site|headquarters|campus|grounds|banks)\s+of\s+(?:the\s+)?)?([A-Z][\p{L}’'\-]*[\p{L}](?:(?:,\s*|\s+(?:of\s+)?)[A-Z][\p{L}’'\-]*[\p{L}])*)",
    )
    .unwrap()
});

/// Whether `text` names a town: by the word ("Dezhou City", "the town of
/// Bayeux", "Manakin Town"), or the way English writes one, with the region
/// or country it is in: "held in Nanning, Guangxi Province", "in Jakarta,
/// Indonesia". A list of places ("in Laos, Cambodia and Myanmar") is not one,
/// nor are "low-carbon cities".
pub fn names_a_town(text: &str) -> bool {
    TOWN.is_match(text)
        || PLACE.captures_iter(text).filter_map(|c| c.get(1)).any(|m| {
            // A list goes on with another name: ", Myanmar", "and Myanmar".
            let rest = text[m.end()..].trim_start();
            let rest = [",", "and ", "or "]
                .iter()
                .find_map(|joint| rest.strip_prefix(joint))
                .map(str::trim_start);
            m.as_str().matches(',').count() == 1
                && !rest.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        })
}

/// Whether a place span names only a region, a town's setting: "Westmark
/// Province", "Kent County"; not "Nanning, Guangxi Province", a town in it.
pub fn names_a_region(span: &str) -> bool {
    !span.contains(',') && REGION.is_match(span)
}

/// Whether a name span names a body, not a person: "the Group of Friends of
/// the Global Development Initiative", "China Foreign Languages Bureau".
pub fn names_a_body(span: &str) -> bool {
    BODY.is_match(span)
}

static BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Group|Initiative|Committee|Center|Centre|Bureau|Ministry|Association|Organization|Organisation|Council|Forum|Platform|Nations|Office|Department|Agency|Institute|University|College|Company|Corporation|Bank|Fund|Party|Government|Commission|Secretariat|Network|Union|Alliance|Society|Foundation|Academy|Assembly|Congress|Parliament|Court|Board|Republic|Kingdom|Empire|Church)(?-u:\b)").unwrap()
});

static REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Province|Region|County|State|Prefecture|Governorate|Oblast)$").unwrap()
});

static TOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z][\p{L}’'\-]*[\p{L}] (?:City|Town|Village)(?-u:\b)|(?i:city|town|village) of [A-Z])").unwrap()
});

static PLACE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:City|Province|Port|Pass|County|Region|Island|Islands|Sea|River|Bay|Area|Zone|Street|District|Park)(?-u:\b)").unwrap()
});

/// Words that give someone's job: "Liu Qing, vice president and senior
/// research fellow at ...", "Chinese Premier Li Keqiang".
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:director|president|premier|minister|secretary|secretary-general|ambassador|professor|dean|chief|fellow|editor|editor-in-chief|counsel+or|chair|chairman|chairwoman|chairperson|head|leader|founder|manager|treasurer|officer|official|spokes(?:man|woman|person)|researcher|scholar|lecturer|governor|mayor|king|queen|emperor|general|commander|member|representative|envoy|diplomat|expert|analyst|author|journalist|reporter|engineer|teacher|doctor|chancellor|rector|principal|council+or|senator|judge|advis[oe]r|consultant|coordinator|executive|CEO|employee|worker|student|staff)s?(?-u:\b)").unwrap()
});

/// A verb of taking a post: "become", "appointed", "elected", "took office".
static TAKING_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:become|becomes|became|becoming|appoint(?:s|ed|ing|ment)?|named|elect(?:s|ed|ing|ion)?|sworn|promot(?:e|es|ed|ing|ion)|(?:take|takes|took|taken|taking)\s+(?:office|over)|assum(?:e|es|ed|ing)|inaugurat(?:e|es|ed|ing|ion)|succeed(?:s|ed|ing)?|crowned|coronation|nominat(?:e|es|ed|ing|ion)|installed)\b").unwrap()
});

/// Whether a lowercase question asks when someone took a post: a verb of
/// taking one, then a title: "When did Xu Lin become director of the
/// Information Office?", "When was she appointed ambassador?". Not "When did
/// the stadium become the first of its kind?".
pub fn asks_office_taken(question: &str) -> bool {
    TAKING_OFFICE
        .find(question)
        .is_some_and(|verb| TITLE.is_match(&question[verb.end()..]))
}

/// Whether `text` tells someone taking a post. "Xu Lin, director of the
/// State Council Information Office, attends ... on March 12, 2021" gives
/// the title he holds, not the day he took it.
pub fn tells_office_taken(text: &str) -> bool {
    TAKING_OFFICE.is_match(text)
}

/// The titles of those who teach: "Zhu Caihua, professor at the Institute of
/// International Economics" says where she teaches; "Xu Lin, director of the
/// State Council Information Office" does not say that he teaches.
static TEACHING_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:professor|lecturer|teacher|instructor|tutor|dean|fellow|scholar|researcher|rector|chancellor|principal|faculty)s?(?-u:\b)").unwrap()
});

/// How far apart, in bytes, a title and the name it is of may be: "Liu Qing,
/// vice president", "Chinese Premier Li Keqiang"; not a list of names after
/// "political leaders".
const TITLE_REACH: usize = 16;

/// Whether `text` gives the job of someone named by one of the lowercase
/// `name` words: a title right before or after the name; with `teaching`, the
/// title of one who teaches.
pub fn gives_a_title(text: &str, name: &[String], teaching: bool) -> bool {
    let at: Vec<(usize, usize)> = word_slices(text)
        .filter(|w| {
            name.iter()
                .any(|n| n.len() >= 2 && w.eq_ignore_ascii_case(n))
        })
        .map(|w| {
            let start = offset_of(text, w);
            (start, start + w.len())
        })
        .collect();
    let titles = if teaching { &TEACHING_TITLE } else { &TITLE };
    titles.find_iter(text).any(|t| {
        at.iter().any(|&(s, e)| {
            (s >= t.end() && s - t.end() <= TITLE_REACH)
                || (t.start() >= e && t.start() - e <= TITLE_REACH)
        })
    })
}

/// Spans of `text` that hold the kind of answer `kind` expects, leaving out
/// spans made only of the question's own words. `None`: this kind expects no particular span.
pub fn answer_spans(
    kind: Kind,
    text: &str,
    question_words: &[String],
) -> Option<Vec<(usize, usize)>> {
    let found = match kind {
        Kind::Acronym => question_words
            .iter()
            .filter(|w| (2..=10).contains(&w.len()))
            .flat_map(|w| expansions(text, w))
            .collect(),
        _ => kind_spans(kind, text)?,
    };
    Some(without_question_words(text, &found, question_words))
}

/// The spans of `found` that say more than the question's own words.
fn without_question_words(
    text: &str,
    found: &[(usize, usize)],
    question_words: &[String],
) -> Vec<(usize, usize)> {
    found
        .iter()
        .copied()
        .filter(|&(s, e)| e > s && !only_question_words(&text[s..e], question_words))
        .collect()
}

/// Compounds that start with a number word but count nothing: "two-way trade",
/// "a one-sided view", "a one-off grant".
const UNCOUNTING_COMPOUNDS: &[&str] = &["way", "sided", "off", "stop"];

/// Whether a number ending at `end` of `text` starts such a compound.
fn in_compound(text: &str, end: usize) -> bool {
    text[end..].strip_prefix('-').is_some_and(|rest| {
        UNCOUNTING_COMPOUNDS.iter().any(|c| {
            rest.get(..c.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(c))
                && !rest[c.len()..].starts_with(char::is_alphanumeric)
        })
    })
}

/// Whether a number from `start` to `end` of `text` names the parties of
/// an account rather than counting anything: "the two sides held the first
/// forum" says who held it, not how many people came.
fn names_the_sides(text: &str, start: usize, end: usize) -> bool {
    word_slices(&text[..start])
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && word_slices(&text[end..])
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("sides"))
}

/// Whether a number starting at `start` of `text` ends a name, glued to it by
/// a hyphen: "COVID-19", "G-20" count nothing.
fn ends_a_name(text: &str, start: usize) -> bool {
    text[..start].strip_suffix('-').is_some_and(|before| {
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
    })
}

/// The spans of `text` that hold the kind of answer `kind` expects, whatever
/// the question; `None` for kinds that expect no particular span, and for
/// acronyms, whose spans depend on the question.
fn kind_spans(kind: Kind, text: &str) -> Option<Vec<(usize, usize)>> {
    let found: Vec<(usize, usize)> = match kind {
        Kind::When => DATE
            .find_iter(text)
            .map(|m| trim_span(text, m.start(), m.end()))
            .collect(),
        Kind::HowMany => {
            // "on September 16-19", "June 21st": days of a month count nothing.
            let days: Vec<(usize, usize)> = DATE
                .find_iter(text)
                .filter(|d| MONTH.is_match(d.as_str()))
                .map(|d| (d.start(), d.end()))
                .collect();
            NUMBER
                .find_iter(text)
                .filter(|m| !is_bare_year(m.as_str()) && !in_compound(text, m.end()))
                .filter(|m| !ends_a_name(text, m.start()))
                .filter(|m| !names_the_sides(text, m.start(), m.end()))
                // "the 10th Joint Visit Activity" ranks one, it counts nothing.
                .filter(|m| !is_ordinal(m.as_str()))
                .filter(|m| !days.iter().any(|&(s, e)| s <= m.start() && m.end() <= e))
                .map(|m| (m.start(), m.end()))
                .collect()
        }
        Kind::Who => NAME
            .find_iter(text)
            .filter(|m| !DATE.is_match(m.as_str()) || m.as_str().split_whitespace().count() > 2)
            .map(|m| (m.start(), m.end()))
            .collect(),
        Kind::Where => {
            // Names after "in", "at", "from"... (one word is enough: "in Jakarta"), and names of places.
            let mut spans: Vec<(usize, usize)> = PLACE
                .captures_iter(text)
                .filter_map(|c| c.get(1))
                // "in October 2022" is a time, not a place.
                .filter(|m| DATE.find(m.as_str()).is_none_or(|d| d.start() > 0))
                .map(|m| (m.start(), m.end()))
                .collect();
            let named: Vec<(usize, usize)> = NAME
                .find_iter(text)
                .filter(|m| PLACE_WORD.is_match(m.as_str()))
                .map(|m| (m.start(), m.end()))
                .filter(|&(s, e)| !spans.iter().any(|&(a, b)| s < b && a < e))
                .collect();
            spans.extend(named);
            spans.sort_unstable();
            spans
        }
        _ => return None,
    };
    Some(found)
}

/// The spans of each kind found in each passage, kept once found: the same
/// sentences are candidates for many questions, and finding them is regex
/// work. Only passages that were candidates take room.
#[derive(Default)]
pub struct SpanCache(RwLock<HashMap<(usize, Kind), Spans>>);

/// Byte ranges of a passage's text.
type Spans = Arc<[(usize, usize)]>;

impl SpanCache {
    /// [`answer_spans`] of passage `ord`, whose text is `text`.
    pub fn answer_spans(
        &self,
        ord: usize,
        kind: Kind,
        text: &str,
        question_words: &[String],
    ) -> Option<Vec<(usize, usize)>> {
        if kind == Kind::Acronym {
            return answer_spans(kind, text, question_words);
        }
        let cached = self
            .0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&(ord, kind))
            .cloned();
        let found = match cached {
            Some(found) => found,
            None => {
                let found: Spans = kind_spans(kind, text)?.into();
                self.0
                    .write()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert((ord, kind), found.clone());
                found
            }
        };
        Some(without_question_words(text, &found, question_words))
    }
}

/// What a "how much", "how long" or "how fast" question measures: a number
/// answers it only in a unit of that measure ("4.5 million tons of goods"
/// does not say what a railway cost, nor "150 guests" how long it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Money,
    /// "How far", "how long is", "what is the length of".
    Length,
    /// "How long did it last", "how long was the war": a length or a time.
    LengthOrTime,
    Speed,
    /// "How heavy", "what is the weight of".
    Weight,
    /// "What is the area of", "how many square kilometres".
    Area,
    /// "What is the vaccination rate", "what percentage".
    Percent,
    /// "What percentage of ASEAN's trade is with China": a part of a whole,
    /// not the change "increased by 29.8 percent" gives.
    Share,
}

static MONEY_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bhow much (?:money|cash|funding|funds)\b|\bhow much\b.*\b(?:cost|costs|spend|spent|pay|paid|invest|invested|worth|raise|raised|funded|lend|lent|loan|donate|donated|earn|earned|charge|charged)\b|\b(?:what|how much) (?:is|was|are|were|will be) the (?:total |estimated |final )?(?:cost|price|budget|value)\b").unwrap()
});
static SPEED_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bhow fast\b|\b(?:what|which) (?:is|was|are|were) (?:the|its) (?:\w+ )?speed\b")
        .unwrap()
});
/// "What was the (total) ...", "which are their ...": the opening of a
/// question that names the measure it asks for next.
const WHAT_IS_THE: &str =
    r"\b(?:what|which) (?:is|was|are|were|will be) (?:the|its|their) (?:[\w-]+ ){0,2}";
static LENGTH_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\bhow (?:far|wide|tall|high|deep)\b|\bhow long (?:is|are)\b|{WHAT_IS_THE}(?:length|distance|height|width|depth)\b")).unwrap()
});
static WEIGHT_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\bhow heavy\b|{WHAT_IS_THE}(?:weight|mass|tonnage)\b"
    ))
    .unwrap()
});
static AREA_QUESTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{WHAT_IS_THE}(?:area|acreage)\b")).unwrap());
static LENGTH_OR_TIME_QUESTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bhow long\b").unwrap());
static PERCENT_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:what|which) (?:is|was|are|were) (?:the|its|their) (?:[\w-]+ ){0,3}(?:rate|rates|percentage|share|proportion)\b|\bwhat (?:percentage|percent|proportion|share)\b|\bhow many percent\b")
        .unwrap()
});

static SHARE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:percentage|percent|proportion|share|fraction) of\b").unwrap()
});
/// Words that tell a change: "increased by 29.8 percent", "a 15% increase".
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:increas\w*|decreas\w*|ris(?:e|es|en|ing)|rose|gr(?:ow|ew|own|owing|owth)|f(?:all|alls|ell|allen)|drop\w*|declin\w*)\b").unwrap()
});

/// The measure a lowercase question asks for, if any.
pub fn measure(question: &str) -> Option<Measure> {
    if SPEED_QUESTION.is_match(question) {
        // "How fast did trade grow?" asks for a rate of change: "37%".
        Some(if CHANGE.is_match(question) {
            Measure::Percent
        } else {
            Measure::Speed
        })
    } else if MONEY_QUESTION.is_match(question) {
        Some(Measure::Money)
    } else if LENGTH_QUESTION.is_match(question) {
        Some(Measure::Length)
    } else if WEIGHT_QUESTION.is_match(question) {
        Some(Measure::Weight)
    } else if AREA_QUESTION.is_match(question) {
        Some(Measure::Area)
    } else if LENGTH_OR_TIME_QUESTION.is_match(question) {
        Some(Measure::LengthOrTime)
    } else if PERCENT_QUESTION.is_match(question) {
        if SHARE_QUESTION.is_match(question) && !CHANGE.is_match(question) {
            Some(Measure::Share)
        } else {
            Some(Measure::Percent)
        }
    } else {
        None
    }
}

static MONEY_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)US\$|\$|€|£|¥|\b(?:RMB|yuan|dollars?|euros?|pounds|rupiah|baht|ringgit|pesos?|dong|kip|riels?|kyats?|yen|won|francs|livres|ducats|crowns|kronor|krona|kroner|rupees?|rubles?|roubles?|lira|lire|shillings?|guilders?|florins?|dinars?|dirhams?|pesetas?|taels|sterling|USD|EUR|GBP|CNY)\b").unwrap()
});
const LENGTH_UNITS: &str =
    r"km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|feet|foot|ft|inches|cm|mm";
const TIME_UNITS: &str =
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)";
static LENGTH_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{LENGTH_UNITS})\b")).unwrap());
static LENGTH_OR_TIME_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{LENGTH_UNITS}|{TIME_UNITS})\b")).unwrap());
static WEIGHT_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:tons?|tonnes?|kg|kilograms?|grams?|g|pounds|lbs?|ounces|oz)\b").unwrap()
});
static AREA_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:square|sq|hectares?|ha|acres?|km2|km²|mu)\b").unwrap());
static PERCENT_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)%|\bper ?cent\b|\bpercentage points?\b").unwrap());
static SPEED_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:km/h|kmh|kph|mph|knots|m/s)|\b(?:per|an|a) (?:hour|second)\b").unwrap()
});

/// A number's whole, right after it: "15 of the first 50 projects" is a
/// share, as a percentage is.
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:out )?of (?:the |all )?(?:first |last |top )?(?:\d[\d,]*|ten|twenty|fifty|hundred)\b").unwrap()
});

/// Whether one of the number `spans` of `text` is in a unit of `measure`:
/// the unit is in the span or within the next few words of its clause; a
/// share may also be a part of a whole ("15 of the first 50").
pub fn measures(text: &str, spans: &[(usize, usize)], measure: Measure) -> bool {
    let unit = match measure {
        Measure::Money => &*MONEY_UNIT,
        Measure::Length => &*LENGTH_UNIT,
        Measure::LengthOrTime => &*LENGTH_OR_TIME_UNIT,
        Measure::Speed => &*SPEED_UNIT,
        Measure::Weight => &*WEIGHT_UNIT,
        Measure::Area => &*AREA_UNIT,
        Measure::Percent | Measure::Share => &*PERCENT_UNIT,
    };
    spans.iter().any(|&(start, end)| {
        let rest = clause_after(text, end);
        let after: usize = word_slices(rest)
            .take(4)
            .last()
            .map_or(0, |w| offset_of(rest, w) + w.len());
        let part_of_whole = measure == Measure::Share && PART_OF.is_match(&text[end..]);
        (unit.is_match(&text[start..end + after]) || part_of_whole)
            && (measure != Measure::Share || !tells_change(text, start, end))
    })
}

/// Whether the figure at `start..end` of `text` is a change: a word of change
/// among the two words before it or the two after it ("increased by 29.8
/// percent", "a 15% increase").
fn tells_change(text: &str, start: usize, end: usize) -> bool {
    let before: Vec<&str> = word_slices(&text[..start]).collect();
    before[before.len().saturating_sub(2)..]
        .iter()
        .copied()
        .chain(word_slices(&text[end..]).take(2))
        .any(|w| CHANGE.is_match(w))
}

/// The rest of the clause of `text` after byte `end`: up to a comma or a stop.
fn clause_after(text: &str, end: usize) -> &str {
    let rest = &text[end..];
    &rest[..rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len())]
}

/// The subject of the verb that is word `verb` of `text` (as [`word_slices`]
/// counts), when it names someone with a capitalised word: "Chinese government"
/// in "In March 2015, Chinese government issued the Vision ...", "China" in
/// "China released ...". The subject is the clause before the verb; "The forum
/// released ..." names no one. A byte range of `text`.
pub fn named_subject(text: &str, verb: usize) -> Option<(usize, usize)> {
    let at = word_slices(text).nth(verb)?;
    let verb_start = offset_of(text, at);
    let before = &text[..verb_start];
    let start = before.rfind([',', ';', ':', '(', '.']).map_or(0, |i| i + 1);
    let clause = &text[start..verb_start];
    let names = word_slices(clause)
        .any(|w| capitalised(w) && !is_stop_word(&w.to_lowercase()) && DATE.find(w).is_none());
    let lead = clause.len() - clause.trim_start().len();
    names.then(|| (start + lead, start + clause.trim_end().len()))
}

/// Words between a number and the thing it counts, where a count names it
/// first: "visitors reached 3 million", "the number of students was 122".
static COUNTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:reached|was|were|is|are|of|at|totalled|totaled|numbered|numbering|stood at|:)\s*$")
        .unwrap()
});

/// Whether one of the number `spans` of `text` counts a word that starts with
/// one of `stems`: "150 million doses of vaccines" counts doses, and vaccines
/// in doses; "athletes from eight ASEAN countries" counts countries, not
/// athletes. The counted word follows within five words, before any other
/// plural but a unit before "of" ("Two Countries Twin Parks" counts
/// countries, not parks), or comes just before with a linking word.
pub fn counts(text: &str, spans: &[(usize, usize)], stems: &[String]) -> bool {
    spans.iter().any(|&(start, end)| {
        // The span itself may name it: "4.5 million tons"; or the next words, up to
        // a comma or a stop.
        let counted = first_counted(text, end, stems).is_some_and(|w| starts_with_any(w, stems));
        let before = &text[..start];
        let words_before: Vec<&str> = word_slices(before).collect();
        word_slices(&text[start..end]).any(|w| starts_with_any(w, stems))
            || counted
            || words_before.iter().rev().take(3).any(|w| {
                // Each word is a slice of `before`: where it ends there.
                let at = offset_of(before, w) + w.len();
                starts_with_any(w, stems) && COUNTED_BEFORE.is_match(&before[at..])
            })
    })
}

/// Whether the number at `span` of `text` counts another plural than one that
/// starts with one of `stems`: "325 million doses of vaccines" counts doses,
/// not masks.
pub fn counts_other(text: &str, (start, end): (usize, usize), stems: &[String]) -> bool {
    !word_slices(&text[start..end]).any(|w| starts_with_any(w, stems))
        && first_counted(text, end, stems).is_some_and(|w| !starts_with_any(w, stems))
}

/// Words that measure out what follows "of": "doses of vaccines", "tons of goods".
const UNITS: &[&str] = &[
    "doses",
    "tons",
    "tonnes",
    "units",
    "pieces",
    "sets",
    "batches",
    "barrels",
    "bottles",
    "boxes",
    "packs",
    "kilograms",
    "litres",
    "liters",
];

/// The word a number ending at `end` of `text` counts, in the words after it up
/// to a comma or a stop: the first that starts with one of `stems` or is
/// another plural, a unit before "of" aside ("doses of COVID-19 vaccines").
fn first_counted<'t>(text: &'t str, end: usize, stems: &[String]) -> Option<&'t str> {
    const REACH: usize = 5;
    let words: Vec<&str> = word_slices(clause_after(text, end)).take(REACH).collect();
    words.iter().enumerate().find_map(|(i, &w)| {
        let unit = UNITS.contains(&w.to_lowercase().as_str()) && words.get(i + 1) == Some(&"of");
        ((starts_with_any(w, stems) || is_plural(w)) && (!unit || starts_with_any(w, stems)))
            .then_some(w)
    })
}

/// Whether some number of `text` counts a word that starts with one of
/// `stems`, as [`counts`] reads it: "seven classes".
pub fn counts_any(text: &str, stems: &[String]) -> bool {
    let spans: Vec<(usize, usize)> = NUMBER
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    counts(text, &spans, stems)
}

/// Whether the number at `span` of `text` goes to another than `receiver`
/// (lowercase words of a name): "325 million doses of vaccines to ASEAN
/// countries, and set up production lines with Malaysia and Myanmar" gives
/// the doses to ASEAN countries, not to Myanmar. The receiver is the names
/// after the first "to" of the number's clause, a list of them included
/// ("to Laos, Cambodia and Myanmar"). False when the clause has no "to".
pub fn counted_for_another(text: &str, (_, end): (usize, usize), receiver: &[String]) -> bool {
    const REACH: usize = 8;
    let clause = clause_after(text, end);
    let Some(to) = word_slices(clause)
        .take(REACH)
        .find(|w| w.eq_ignore_ascii_case("to"))
    else {
        return false;
    };
    let after = end + offset_of(clause, to) + to.len();
    let rest = &text[after..];
    let rest = &rest[..rest.find(['.', ';', ':', '(']).unwrap_or(rest.len())];
    let named: Vec<&str> = word_slices(rest)
        .take_while(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || ["and", "or", "the", "of"].contains(w)
        })
        .collect();
    // "to build", "to the fund": no name, nothing to tell.
    named.iter().any(|w| w.starts_with(char::is_uppercase))
        && !named
            .iter()
            .any(|w| receiver.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// Whether `word` reads as a plural noun: "countries", "Parks"; not "news",
/// "business" or "status".
pub fn is_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !["ss", "us", "is", "ws"].iter().any(|e| word.ends_with(e))
}

/// Words that tell what follows as still to come: "will be open", "is expected to open".
const FUTURE: &[&str] = &["will", "shall", "expected", "scheduled", "planned", "soon"];

/// Where `text` turns to another subject: ", while", ", whereas", ", but", ";".
static CONTRAST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i),\s*(?:while|whereas|but)\b|;").unwrap());

/// Whether every span of `spans` lies in a part of `text` (split where it turns
/// to another subject) that names none of `names` (lowercase words), though
/// another part does: "The China-Thailand railway is under construction, while
/// the Jakarta-Bandung railway started testing in May 2023" does not date the
/// China-Thailand railway. A turn inside brackets is not the sentence's: "The
/// Normans (Norman: Nourmands; French: Normands) ... gave their name to
/// Normandy, a region in France" is about the Normans throughout.
pub fn about_another(text: &str, spans: &[(usize, usize)], names: &[String]) -> bool {
    if names.is_empty() || spans.is_empty() {
        return false;
    }
    let mut cuts = vec![0];
    cuts.extend(
        CONTRAST
            .find_iter(text)
            .map(|m| m.start())
            .filter(|&at| !in_brackets(text, at)),
    );
    if cuts.len() == 1 {
        return false;
    }
    cuts.push(text.len());
    let names_one = |from: usize, to: usize| {
        word_slices(&text[from..to]).any(|w| names.iter().any(|n| w.eq_ignore_ascii_case(n)))
    };
    let part = |at: usize| {
        let i = cuts.partition_point(|&c| c <= at).max(1);
        (cuts[i - 1], cuts[i])
    };
    names_one(0, text.len())
        && spans.iter().all(|&(start, _)| {
            let (from, to) = part(start);
            !names_one(from, to)
        })
}

/// Whether byte `at` of `text` is inside round or square brackets.
fn in_brackets(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let opened = |open: char, close: char| before.rfind(open) > before.rfind(close);
    opened('(', ')') || opened('[', ']')
}

/// Words that open a list of examples: "projects such as A, B and C".
static EXAMPLES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:such as|including)\s").unwrap());

/// What parts the items of a list.
static ITEM_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[,;:]|(?-u:\b)(?:and|or)(?-u:\b)").unwrap());

/// The parts of `text` that its commas, "and" and "or" set apart, as the items
/// of a list: "longan from Cambodia", "corn from Myanmar".
pub fn list_items(text: &str) -> impl Iterator<Item = &str> {
    ITEM_SEPARATOR.split(text)
}

/// Words that may open an item after a list's comma; any other lowercase
/// word there ends the list: ", involving around 9.74 billion yuan".
const ITEM_OPENERS: &[&str] = &["and", "or", "the", "a", "an", "its", "their"];

/// Whether the names of a question (`names`, lowercase words) are said in
/// `text` only in one example of a list of several, naming the item ("the
/// Portmoor Dam", not "Mayor of Portmoor"), and no span lies in that item: in
/// "supported major projects such as the Riverton Cable, the Portmoor Dam and
/// three bridges, involving around 9.74 billion yuan", the sum is the list's,
/// not the Portmoor Dam's.
pub fn one_of_examples(text: &str, spans: &[(usize, usize)], names: &[String]) -> bool {
    if names.is_empty() || spans.is_empty() {
        return false;
    }
    let said: Vec<(&String, usize)> = word_slices(text)
        .filter_map(|w| {
            let n = names.iter().find(|n| w.eq_ignore_ascii_case(n))?;
            Some((n, offset_of(text, w)))
        })
        .collect();
    EXAMPLES.find_iter(text).any(|m| {
        let (from, to) = (m.end(), examples_end(text, m.end()));
        let mut cuts = vec![from];
        cuts.extend(
            ITEM_SEPARATOR
                .find_iter(&text[from..to])
                .map(|s| from + s.start()),
        );
        cuts.push(to);
        // The item at a place of the list; None outside it.
        let item = |at: usize| {
            let i = cuts.partition_point(|&c| c <= at);
            (from..to).contains(&at).then(|| (cuts[i - 1], cuts[i]))
        };
        // A question naming several of the items, or more than the list, asks
        // about more than the one item.
        let mut items = said.iter().map(|&(_, at)| item(at));
        let Some(Some((start, end))) = items.next() else {
            return false;
        };
        let heads = |at: usize| {
            word_slices(&text[start..at]).all(|w| capitalised(w) || ITEM_OPENERS.contains(&w))
        };
        cuts.len() > 2
            && items.all(|i| i == Some((start, end)))
            && said.iter().any(|&(_, at)| heads(at))
            && !spans.iter().any(|&(s, _)| (start..end).contains(&s))
    })
}

/// Where the list of examples that starts at `from` in `text` ends: at a
/// clause's end, or at a comma followed by a lowercase word that opens no item.
fn examples_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let clause = rest.find([';', ':']).unwrap_or(rest.len());
    rest[..clause]
        .match_indices(',')
        .find(|&(i, _)| {
            word_slices(&rest[i..clause]).next().is_some_and(|w| {
                !capitalised(w)
                    && !w.starts_with(|c: char| c.is_ascii_digit())
                    && !ITEM_OPENERS.contains(&w.to_lowercase().as_str())
            })
        })
        .map_or(from + clause, |(i, _)| from + i)
}

/// Whether a word of `text` that starts with one of `stems` is told as future:
/// "will", "expected", "scheduled"... among the three words before it, or is
/// itself such a word.
pub fn told_as_future(text: &str, stems: &[String]) -> bool {
    let words: Vec<&str> = word_slices(text).collect();
    let mut last_future = None;
    words.iter().enumerate().any(|(i, w)| {
        if tells_future(&words, i) {
            last_future = Some(i);
            // "When was it planned?" asks for what "is planned to be held in
            // November" tells.
            return starts_with_any(w, stems);
        }
        last_future.is_some_and(|f| i - f <= 3) && starts_with_any(w, stems)
    })
}

/// Whether the date at `span` of `text` comes after a word that tells it as
/// future ("will", "scheduled"...) in the same clause, a few words before:
/// "will enter into force on January 1, 2022" dates something to come. A date
/// that opens the sentence dates the verb a few words after it: "On January 1,
/// 2022, the agreement will go into effect". The words of a name count as one:
/// "will hold the 10th Joint Visit Activity on the Maritime Silk Road from June 22nd".
pub fn dated_as_future(text: &str, (start, end): (usize, usize)) -> bool {
    const BEFORE: usize = 8;
    // A comma may stand inside a date ("January 1, 2022"), so only these end a clause.
    const CLAUSE_ENDS: [char; 3] = [';', ':', '('];
    let plain = |w: &&str| !capitalised(w) && !w.starts_with(|c: char| c.is_ascii_digit());
    let before = &text[..start];
    if word_slices(before).count() <= 1 {
        let rest = &text[end..];
        let clause = &rest[..rest.find(CLAUSE_ENDS).unwrap_or(rest.len())];
        let words: Vec<&str> = word_slices(clause).filter(plain).collect();
        return (0..words.len().min(BEFORE)).any(|i| tells_future(&words, i));
    }
    let clause = &before[before.rfind(CLAUSE_ENDS).map_or(0, |i| i + 1)..];
    let words: Vec<&str> = word_slices(clause).filter(plain).collect();
    (words.len().saturating_sub(BEFORE)..words.len()).any(|i| tells_future(&words, i))
}

/// Whether the `i`th of `words` tells what follows as future: "will",
/// "scheduled"..., and "plans" as a verb ("plans to issue"), not as a noun
/// ("making preliminary plans"); "ready" and "willing" as "ready to donate".
fn tells_future(words: &[&str], i: usize) -> bool {
    const BEFORE_TO: [&str; 3] = ["plans", "ready", "willing"];
    let word = words[i];
    FUTURE.iter().any(|f| word.eq_ignore_ascii_case(f))
        || (BEFORE_TO.iter().any(|f| word.eq_ignore_ascii_case(f))
            && words
                .get(i + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("to")))
}

/// The initials of the names `text` writes, each with the words they stand
/// for: "the State Council Information Office" gives ("SCIO", "State Council
/// Information Office"), and so does every run of its words within: "ASEAN
/// Plus Three" is "APT" inside "Conference of ASEAN Plus Three Ministers".
/// Each capitalised word, or each part of a hyphenated one, gives its first
/// letter; "of", "the", "for", "and" inside give none.
pub fn initialisms(text: &str) -> Vec<(String, &str)> {
    const LONGEST: usize = 8;
    let mut out = Vec::new();
    for m in NAME.find_iter(text) {
        let base = m.start();
        // Each capitalised word: where it starts and ends, and its letters.
        let words: Vec<(usize, usize, String)> = m
            .as_str()
            .split_whitespace()
            .filter(|w| capitalised(w))
            .map(|w| {
                let start = base + offset_of(m.as_str(), w);
                let letters = w.split('-').filter_map(|p| p.chars().next()).collect();
                (start, start + w.len(), letters)
            })
            .collect();
        for first in 0..words.len() {
            let mut initials = String::new();
            for (last, (_, end, letters)) in words.iter().enumerate().skip(first) {
                initials.push_str(&letters.to_uppercase());
                if initials.chars().count() > LONGEST {
                    break;
                }
                if last > first && initials.chars().all(|c| c.is_ascii_uppercase()) {
                    out.push((initials.clone(), &text[words[first].0..*end]));
                }
            }
        }
    }
    out
}

static DEFINED_ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([A-Z]{2,8})\)").unwrap());

/// Acronyms a text defines, with their expansions: "Global Security Initiative (GSI)"
/// gives ("GSI", "Global Security Initiative") when the initials agree.
pub fn defined_acronyms(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for c in DEFINED_ACRONYM.captures_iter(text) {
        let acronym = &c[1];
        for (s, e) in expansions(text, &acronym.to_lowercase()) {
            let expansion = &text[s..e];
            let initials: String = expansion
                .split(|ch: char| ch.is_whitespace() || ch == '-')
                .filter_map(|w| w.chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect();
            // The expansion may run longer than the acronym: keep its last words.
            if initials.ends_with(acronym) {
                let words: Vec<&str> = expansion.split_whitespace().collect();
                let mut kept = Vec::new();
                let mut needed = acronym.len();
                for w in words.iter().rev() {
                    if needed == 0 {
                        break;
                    }
                    kept.push(*w);
                    if capitalised(w) {
                        needed = needed.saturating_sub(w.split('-').count());
                    }
                }
                kept.reverse();
                out.push((acronym.to_string(), kept.join(" ")));
            }
        }
    }
    out
}

/// "Regional Comprehensive Economic Partnership (RCEP)": the capitalised words before "(RCEP)".
fn expansions(text: &str, acronym: &str) -> Vec<(usize, usize)> {
    let lower = text.to_lowercase();
    let needle = format!("({acronym})");
    let mut out = Vec::new();
    for (at, _) in lower.match_indices(&needle) {
        let before = text[..at].trim_end();
        let words: Vec<&str> = before.split(' ').collect();
        let mut taken = 0;
        for w in words.iter().rev() {
            let capital = capitalised(w);
            let small = matches!(*w, "of" | "for" | "and" | "the" | "on" | "in" | "de");
            if !(capital || small) || taken >= 10 {
                break;
            }
            taken += 1;
        }
        // Connectors do not start a name.
        let mut kept = &words[words.len() - taken..];
        while kept.first().is_some_and(|w| !capitalised(w)) {
            kept = &kept[1..];
        }
        if !kept.is_empty() {
            let len: usize = kept.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
            out.push((before.len() - len, before.len()));
        }
    }
    out
}

fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let s = s.trim_start();
    // The lead words of a date are not part of it: "in 1066", "early May",
    // "back to 1696".
    let skip = MONTH_LEADS
        .split('|')
        .chain(YEAR_LEADS.split('|'))
        .find_map(|w| {
            s.get(..w.len()).filter(|p| p.eq_ignore_ascii_case(w))?;
            let rest = &s[w.len()..];
            rest.starts_with(char::is_whitespace)
                .then(|| s.len() - rest.trim_start().len())
        })
        .unwrap_or(0);
    (start + lead + skip, end)
}

/// "10th", "21st": a number that ranks.
fn is_ordinal(s: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|suffix| {
        s.strip_suffix(suffix)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

fn is_bare_year(s: &str) -> bool {
    s.len() == 4
        && s.chars().all(|c| c.is_ascii_digit())
        && (s.starts_with("19") || s.starts_with("20"))
}

fn only_question_words(span: &str, question_words: &[String]) -> bool {
    let ws = super::query::words(span);
    !ws.is_empty()
        && ws.iter().all(|w| {
            super::query::is_stop_word(w)
                || question_words
                    .iter()
                    .any(|q| q == w || (q.len() > 3 && w.starts_with(q.as_str())))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_goes_to_the_names_after_its_to() {
        let myanmar = ["myanmar".to_string()];
        let text = "China has provided 325 million doses to ASEAN countries, and set up lines with Malaysia and Myanmar.";
        let at = text.find("325 million").unwrap();
        assert!(counted_for_another(text, (at, at + 11), &myanmar));
        let text = "It sent 40,000 masks to Laos, Cambodia, the Philippines and Myanmar.";
        let at = text.find("40,000").unwrap();
        assert!(!counted_for_another(text, (at, at + 6), &myanmar));
        // No "to", or no name after it: nothing to tell.
        let text = "Myanmar received 2 million doses in 2021.";
        let at = text.find("2 million").unwrap();
        assert!(!counted_for_another(text, (at, at + 9), &myanmar));
        let text = "It gave 2 million doses to the fund for Myanmar.";
        let at = text.find("2 million").unwrap();
        assert!(!counted_for_another(text, (at, at + 9), &myanmar));
    }

    #[test]
    fn taking_a_post_is_asked_with_a_title_and_told_by_a_verb() {
        assert!(asks_office_taken(
            "when did xu lin become director of the office?"
        ));
        assert!(asks_office_taken(
            "when was she appointed ambassador to laos?"
        ));
        assert!(asks_office_taken("in what year did william become king?"));
        assert!(!asks_office_taken(
            "when did the stadium become the first of its kind?"
        ));
        assert!(!asks_office_taken("when did the director open the bridge?"));
        assert!(tells_office_taken(
            "In May 2019, Jon Lund was appointed director."
        ));
        assert!(tells_office_taken("She became premier in 2013."));
        assert!(!tells_office_taken(
            "Xu Lin, director of the office, attends the conference on March 12, 2021."
        ));
    }

    #[test]
    fn a_month_without_a_year_takes_it_from_before() {
        assert!(dated_without_year(
            "In October, the two sides signed the MOU."
        ));
        assert!(dated_without_year(
            "In the same month, the two sides signed it."
        ));
        assert!(!dated_without_year(
            "In October 2008, the two sides signed the MOU."
        ));
        assert!(!dated_without_year("The two sides signed the MOU."));
    }

    #[test]
    fn a_number_glued_to_a_name_counts_nothing() {
        let counts = |t: &str| {
            kind_spans(Kind::HowMany, t)
                .unwrap()
                .into_iter()
                .map(|(s, e)| t[s..e].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            counts("The COVID-19 fund got US$6 million."),
            ["US$6 million"]
        );
        assert_eq!(counts("The G-20 met 3 times."), ["3 times"]);
        assert_eq!(counts("A one-off grant of 40 tons."), ["40 tons"]);
        assert_eq!(counts("Trade rose 15% in mid-2021 to 300."), ["15%", "300"]);
    }

    #[test]
    fn the_measure_a_question_asks_for() {
        for (q, m) in [
            ("how much did the bridge cost?", Some(Measure::Money)),
            ("how far is the island?", Some(Measure::Length)),
            ("how long did the war last?", Some(Measure::LengthOrTime)),
            ("how fast is the train?", Some(Measure::Speed)),
            ("how fast did trade grow in 2022?", Some(Measure::Percent)),
            (
                "what was the length of the railway at its opening?",
                Some(Measure::Length),
            ),
            (
                "what is the total weight of the cargo?",
                Some(Measure::Weight),
            ),
            ("what is the area of the park?", Some(Measure::Area)),
            (
                "what is the vaccination rate in laos?",
                Some(Measure::Percent),
            ),
            ("what percentage of students passed?", Some(Measure::Share)),
            (
                "by what percentage did trade increase?",
                Some(Measure::Percent),
            ),
            ("how many students passed?", None),
        ] {
            assert_eq!(measure(q), m, "{q}");
        }
        let text = "Rates rose to 92 percent, from 80% in 2019, and 150 doses came.";
        let at = |n: &str| {
            let s = text.find(n).unwrap();
            vec![(s, s + n.len())]
        };
        assert!(measures(text, &at("92"), Measure::Percent));
        assert!(measures(text, &at("80"), Measure::Percent));
        assert!(!measures(text, &at("150"), Measure::Percent));
        // A part of a whole is not a change.
        let text = "Trade increased by 29.8 percent, a 15% increase; farms made 20 percent of it.";
        let at = |n: &str| {
            let s = text.find(n).unwrap();
            vec![(s, s + n.len())]
        };
        assert!(measures(text, &at("29.8"), Measure::Percent));
        assert!(!measures(text, &at("29.8"), Measure::Share));
        assert!(!measures(text, &at("15"), Measure::Share));
        assert!(measures(text, &at("20"), Measure::Share));
    }

    fn spans(kind: Kind, text: &str, q: &str) -> Vec<String> {
        let qw = super::super::query::words(q);
        answer_spans(kind, text, &qw)
            .unwrap()
            .into_iter()
            .map(|(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn a_title_is_by_the_name_it_is_of() {
        let name = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let liu = name(&["liu", "qing"]);
        let fellow =
            "Expert View | Liu Qing, vice president and senior research fellow at the Institute";
        assert!(gives_a_title(fellow, &liu, false));
        let professor = "Liu Qing, professor at the Institute";
        assert!(gives_a_title(professor, &liu, true));
        let li = name(&["li", "keqiang"]);
        let premier = "Chinese Premier Li Keqiang attended the Summit.";
        assert!(gives_a_title(premier, &li, false));
        // A premier does not teach.
        assert!(!gives_a_title(premier, &li, true));
        assert!(!gives_a_title("Liu Qing spoke at the forum.", &liu, false));
        assert!(!gives_a_title(
            "Political leaders John Hancock, John Adams, Rutherford B. Hayes and Al Gore studied there.",
            &name(&["al", "gore"]),
            false
        ));
    }

    #[test]
    fn a_compound_like_two_way_counts_nothing() {
        assert!(spans(Kind::HowMany, "Two-way trade grew in 2021.", "").is_empty());
        assert_eq!(
            spans(Kind::HowMany, "Two-thirds of the 300 members voted.", ""),
            ["Two", "300"]
        );
    }

    #[test]
    fn the_two_sides_of_an_account_count_nothing() {
        let held = "In May 2018, the two sides held the first forum.";
        assert!(spans(Kind::HowMany, held, "").is_empty());
        assert_eq!(
            spans(
                Kind::HowMany,
                "The Two Sides met and two sides of the square were paved.",
                ""
            ),
            ["two"]
        );
        assert_eq!(spans(Kind::HowMany, "The two teams played.", ""), ["two"]);
        assert_eq!(
            spans(Kind::HowMany, "The two sidestreets were paved.", ""),
            ["two"]
        );
    }

    #[test]
    fn the_days_of_a_month_count_nothing() {
        let text = "The 20th Expo will be held in Nanning on September 16-19 for 3,000 firms.";
        // Nor does an ordinal: "the 20th Expo" ranks it.
        assert_eq!(spans(Kind::HowMany, text, ""), ["3,000"]);
        assert!(spans(Kind::HowMany, "It opened on 7-8 September 2023.", "").is_empty());
        assert!(spans(Kind::HowMany, "It was held on June 21st.", "").is_empty());
    }

    #[test]
    fn a_subject_with_a_capitalised_word_names_who() {
        let subject =
            |text: &'static str, verb: usize| named_subject(text, verb).map(|(a, b)| &text[a..b]);
        let text = "In March 2015, Chinese government issued the Vision.";
        assert_eq!(subject(text, 5), Some("Chinese government"));
        assert_eq!(subject("China released the paper.", 1), Some("China"));
        // Only the clause before the verb: not "March" of the date before it.
        assert_eq!(subject("In March, the forum released a paper.", 4), None);
        assert_eq!(subject("The forum released a paper.", 2), None);
    }

    #[test]
    fn a_number_counts_the_first_plural_after_it() {
        let parks = ["park".to_string()];
        let text = "through models such as Two Countries Twin Parks.";
        let two = text.find("Two").unwrap();
        assert!(!counts(text, &[(two, two + 3)], &parks));
        let text = "It built two new science parks.";
        let two = text.find("two").unwrap();
        assert!(counts(text, &[(two, two + 3)], &parks));
        assert!(!counts_other(text, (two, two + 3), &parks));
        // "325 million doses" counts doses, not masks; a bare number counts nothing named.
        let masks = ["mask".to_string()];
        let text = "It has provided 325 million doses of vaccines.";
        let n = text.find("325").unwrap();
        assert!(counts_other(text, (n, n + 11), &masks));
        let text = "It has provided 325 million.";
        assert!(!counts_other(text, (n, n + 11), &masks));
        assert!(counts_any(
            "They took seven classes.",
            &["class".to_string()]
        ));
        assert!(!counts_any("They took classes.", &["class".to_string()]));
    }

    #[test]
    fn a_date_after_since_is_in_its_clause() {
        let text = "Since early 2023 when the council decided, Harbia said it would sign.";
        assert!(after_since(text, text.find("2023").unwrap()));
        assert!(!after_since(text, text.find("Harbia").unwrap()));
        let text = "It will sign in May 2024.";
        assert!(!after_since(text, text.find("May").unwrap()));
    }

    #[test]
    fn a_year_after_since_starts_a_count() {
        let text = "Since the Special Summit in 2021, China has imported more.";
        assert!(since_only(text, "2021"));
        assert!(since_only("It has grown since 2022.", "2022"));
        assert!(!since_only("In 2021, it grew. It has grown since.", "2021"));
        assert!(!since_only("Since May, it grew in 2021.", "2021"));
        assert!(!since_only(text, "2020"));
    }

    #[test]
    fn a_year_in_a_period_only_dates_nothing() {
        let text = "In November 2004, the towns signed the Plan (2005-2010).";
        assert!(in_a_period_only(text, "2005"));
        assert!(!in_a_period_only(text, "2004"));
        assert!(gives_a_year(text));
        assert!(!in_a_period_only(
            "In 2005, the Plan (2005-2010) began.",
            "2005"
        ));
        assert!(!gives_a_year("In June, the Plan (2021–2025)began."));
        assert!(in_a_period_only(
            "In June, the Plan (2021–2025)began.",
            "2021"
        ));
    }

    #[test]
    fn older_years_decades_and_centuries_are_dates() {
        let text = "Built in 1066, rebuilt in the 1350s and again in the 12th and 13th centuries, it fell in 300 BC; 1500 troops and 1,200 horses stayed.";
        assert_eq!(
            spans(Kind::When, text, "When was it?"),
            ["1066", "1350s", "12th and 13th centuries", "300 BC"]
        );
        for (text, date) in [
            ("the nineteenth century", "nineteenth century"),
            // First in a sentence, and a range in brackets.
            ("In 1685, he issued the Edict.", "1685"),
            ("during the Dutch Revolt (1568–1609).", "1568–1609"),
            // What a thing dates back to.
            ("A church there dates back to 1696.", "1696"),
            ("It was done in the year 1685.", "1685"),
        ] {
            assert_eq!(spans(Kind::When, text, "When?"), [date], "{text}");
        }
    }

    #[test]
    fn names_give_their_initials_and_those_of_runs_within() {
        let text = "Xu Lin, director of the State Council Information Office, attended the Conference of ASEAN Plus Three Ministers.";
        let found = initialisms(text);
        let of = |initials: &str| {
            found
                .iter()
                .filter(|(i, _)| i == initials)
                .map(|(_, e)| *e)
                .collect::<Vec<_>>()
        };
        assert_eq!(of("SCIO"), ["State Council Information Office"]);
        assert_eq!(of("APT"), ["ASEAN Plus Three"]);
        assert_eq!(of("CAPTM"), ["Conference of ASEAN Plus Three Ministers"]);
        assert!(of("S").is_empty(), "one word is not an initialism");
    }

    #[test]
    fn a_day_after_its_month_and_ranges_of_days_belong_to_the_date() {
        let when = |text| spans(Kind::When, text, "When?");
        // "May" alone is a stop word; "on May 5" is a date, not "May".
        assert_eq!(when("It opened on May 5, 2020."), ["May 5, 2020"]);
        assert_eq!(when("It will be held on May 5-9."), ["May 5-9"]);
        assert_eq!(
            when("It will be held on 7-8 September 2023."),
            ["7-8 September 2023"]
        );
        assert_eq!(when("It was held in early May 2023."), ["May 2023"]);
    }

    #[test]
    fn towns_are_named_with_their_region_and_regions_alone_are_no_towns() {
        assert!(names_a_town(
            "It was held in Jakarta, Indonesia, marking a start."
        ));
        assert!(names_a_town("It was held in Nanning, Guangxi Province."));
        assert!(names_a_town(
            "It was hosted by the People’s Government of Dezhou City."
        ));
        assert!(names_a_town(
            "They formed a society in the city of New York."
        ));
        assert!(!names_a_town(
            "Talks on low-carbon cities were held in Guangxi Province."
        ));
        assert!(!names_a_town(
            "Teams were sent to Laos, Cambodia and Myanmar."
        ));
        assert!(!names_a_town(
            "Exhibitions were held in Laos, Cambodia, Myanmar."
        ));
        assert!(names_a_region("Guangxi Province"));
        assert!(!names_a_region("Nanning, Guangxi Province"));
        assert!(!names_a_region("Nanning"));
    }

    #[test]
    fn places_follow_prepositions_and_verbs_of_going() {
        let where_ = |text| spans(Kind::Where, text, "Where?");
        assert_eq!(where_("In 1013 Ethelred fled to Normandy."), ["Normandy"]);
        assert_eq!(
            where_("The monks sought shelter in the hills of Portmoor."),
            ["Portmoor"]
        );
        // An event is where something was said or done.
        assert_eq!(
            where_("He proposed the plan at the opening ceremony of the Riverton Fair."),
            ["Riverton Fair"]
        );
        assert!(where_("China sent technical experts to ARMAC.").is_empty());
        // The end of a route: "from Changsha to Hanoi".
        let route = spans(
            Kind::Where,
            "The first freight train from Changsha to Hanoi was launched.",
            "Where did the train from Changsha go?",
        );
        assert_eq!(route, ["Hanoi"]);
        assert!(where_("It was built in cooperation with China.").is_empty());
        // Titles are not places: "the Work Plan on Cooperation".
        assert!(where_("They met to carry out the Work Plan on Cooperation.").is_empty());
    }

    #[test]
    fn cached_spans_still_leave_out_each_questions_own_words() {
        let text = "In May 2018, the two sides held the forum; in 2019 it met in Beijing.";
        let cache = SpanCache::default();
        for (kind, question) in [
            (Kind::When, "When was the 2019 forum?"),
            (Kind::When, "When was the forum?"),
            (Kind::When, "When did it meet in 2018?"),
            (Kind::Where, "Where did it meet in 2019?"),
            (Kind::Where, "Where was it, in Beijing?"),
        ] {
            let qw = super::super::query::words(question);
            let cached = cache.answer_spans(0, kind, text, &qw);
            assert_eq!(cached, answer_spans(kind, text, &qw), "{question}");
        }
        assert_eq!(cache.answer_spans(0, Kind::What, text, &[]), None);
    }

    #[test]
    fn dates_numbers_names_and_places_are_found() {
        assert_eq!(
            spans(
                Kind::When,
                "In February 2023, China released the paper.",
                "when was the paper released"
            ),
            vec!["February 2023"]
        );
        assert_eq!(
            spans(
                Kind::HowMany,
                "It rose by 13.7 percent to US$5 million in 2021.",
                "how much did it rise"
            ),
            vec!["13.7 percent", "US$5 million"]
        );
        assert_eq!(
            spans(
                Kind::Who,
                "The summit was attended by Premier Li Keqiang.",
                "who attended the summit"
            ),
            vec!["Premier Li Keqiang"]
        );
        assert_eq!(
            spans(
                Kind::Where,
                "The forum was held in Dezhou City, Shandong Province.",
                "where was the forum held"
            ),
            vec!["Dezhou City, Shandong Province"]
        );
        assert_eq!(
            spans(
                Kind::Where,
                "In May 2007, they met in Jakarta, Indonesia, for the first time.",
                "where did they meet"
            ),
            vec!["Jakarta, Indonesia"]
        );
        assert!(
            spans(
                Kind::Where,
                "They met often to talk.",
                "where did they meet"
            )
            .is_empty()
        );
    }

    #[test]
    fn acronym_definitions_are_learned() {
        assert_eq!(
            defined_acronyms(
                "In April 2022, President Xi proposed the Global Security Initiative (GSI) at the forum."
            ),
            vec![("GSI".to_string(), "Global Security Initiative".to_string())]
        );
        assert!(defined_acronyms("He met the Minister (ret.) in Paris (France).").is_empty());
    }

    #[test]
    fn the_questions_own_words_are_not_answers() {
        assert!(
            spans(
                Kind::HowMany,
                "Of the first 50 projects, many went ahead.",
                "how many of the first 50 projects"
            )
            .is_empty()
        );
        assert!(spans(Kind::Who, "Li Keqiang spoke.", "what did Li Keqiang say").is_empty());
    }

    #[test]
    fn a_body_is_not_a_person() {
        assert!(names_a_body(
            "Group of Friends of the Global Development Initiative"
        ));
        assert!(names_a_body("China Foreign Languages Bureau"));
        assert!(!names_a_body("Xi Jinping"));
        assert!(!names_a_body("Groupon Lee"));
    }

    #[test]
    fn an_answer_in_a_part_about_something_else_is_told_apart() {
        let text = "The Riverton line is being built, while the Portmoor line opened in May 2023.";
        let may = text.find("May 2023").unwrap();
        let spans = [(may, may + 8)];
        let names = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(about_another(text, &spans, &names(&["riverton"])));
        assert!(!about_another(text, &spans, &names(&["portmoor"])));
        // A semicolon in brackets does not turn to another subject.
        let text = "The Rivertons (Old Riverton: Rivertuns; Latin: Rivertoni) gave their name to Riverton, a region in Westmark.";
        let at = text.find("Westmark").unwrap();
        assert!(!about_another(
            text,
            &[(at, at + 8)],
            &names(&["rivertons"])
        ));
        // Without a turn to another subject the sentence is one part.
        let text = "The Riverton line, unlike the Portmoor line, opened in May 2023.";
        let may = text.find("May 2023").unwrap();
        assert!(!about_another(
            text,
            &[(may, may + 8)],
            &names(&["riverton"])
        ));
    }

    #[test]
    fn a_figure_after_a_list_of_examples_is_the_lists() {
        let names = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let span = |text: &str, figure: &str| {
            let at = text.find(figure).unwrap();
            [(at, at + figure.len())]
        };
        let text = "It supported projects such as the Riverton Cable, the Portmoor Dam and \
                    three bridges, involving around 9.74 billion yuan.";
        let spans = span(text, "9.74 billion yuan");
        assert!(one_of_examples(text, &spans, &names(&["portmoor"])));
        assert!(one_of_examples(text, &spans, &names(&["riverton"])));
        // The list's own numbers ("three bridges") are another item's.
        let three = span(text, "three");
        assert!(one_of_examples(
            text,
            &[spans[0], three[0]],
            &names(&["portmoor"])
        ));
        // A name also said outside the list, or not at all, is not only an example.
        let text2 = "The Portmoor Dam led projects such as the Riverton Cable and three \
                     bridges, involving 9 billion yuan.";
        assert!(!one_of_examples(
            text2,
            &span(text2, "9 billion yuan"),
            &names(&["portmoor"])
        ));
        assert!(!one_of_examples(text, &spans, &names(&["harbia"])));
        // The example's own figure is inside the list.
        let text3 = "It supported projects such as the US$2 billion Portmoor Dam and the \
                     Riverton Cable.";
        assert!(!one_of_examples(
            text3,
            &span(text3, "US$2 billion"),
            &names(&["portmoor"])
        ));
        // A question naming several of the items asks about the list.
        assert!(!one_of_examples(
            text,
            &spans,
            &names(&["portmoor", "riverton"])
        ));
        let text6 = "In the Year of Portmoor, 20 events were held, including the Portmoor \
                     Week and the Riverton Fair.";
        assert!(!one_of_examples(
            text6,
            &span(text6, "20"),
            &names(&["year", "portmoor"])
        ));
        let text7 = "It built projects such as the Riverton Cable and three bridges, \
                     involving 9 billion yuan, in Portmoor.";
        assert!(!one_of_examples(
            text7,
            &span(text7, "9 billion yuan"),
            &names(&["portmoor"])
        ));
        // A name inside an item that names something else: "the Mayor of Portmoor".
        let text5 = "Guests came, including Ann Lee, Mayor of Portmoor, and Bo Sun, \
                     involving 150 people.";
        assert!(!one_of_examples(
            text5,
            &span(text5, "150"),
            &names(&["portmoor"])
        ));
        // One example is no list.
        let text4 = "It supported projects such as the Portmoor Dam, involving 9 billion yuan.";
        assert!(!one_of_examples(
            text4,
            &span(text4, "9 billion yuan"),
            &names(&["portmoor"])
        ));
    }

    #[test]
    fn plans_are_told_as_future() {
        let stems = ["open".to_string()];
        assert!(told_as_future(
            "Testing began in May so that it will be open soon.",
            &stems
        ));
        assert!(told_as_future(
            "The line is expected to open in 2030.",
            &stems
        ));
        assert!(!told_as_future("The line opened in May 2023.", &stems));
        assert!(told_as_future(
            "It is planned to be held in May.",
            &["plan".to_string()]
        ));
        assert!(!told_as_future(
            "It will grow, and the line opened in May.",
            &stems
        ));
        // "Ready" and "willing" tell a plan before "to" only.
        assert!(told_as_future(
            "The city is ready to open the line.",
            &stems
        ));
        assert!(!told_as_future(
            "The line is ready; it opened in May.",
            &stems
        ));
    }

    #[test]
    fn a_date_is_told_as_future_by_the_clause_it_dates() {
        let dated = |text: &str| {
            let spans = answer_spans(Kind::When, text, &[]).unwrap();
            spans.iter().any(|&span| dated_as_future(text, span))
        };
        assert!(dated("The pact will enter into force on January 1, 2022."));
        assert!(dated("On January 1, 2022, the pact will go into effect."));
        assert!(!dated("On January 1, 2022, the pact went into effect."));
        assert!(!dated(
            "The line started testing in May 2023 so that it will be open soon."
        ));
        assert!(!dated(
            "In May 2023, the line started joint testing so that it will be open."
        ));
        assert!(dated(
            "They will also hold the 10th Joint Visit Activity on the 21st Century Maritime Silk Road from June 22nd to 26th."
        ));
    }

    #[test]
    fn a_count_must_count_the_thing_asked_about() {
        let counts_of = |text: &str, stem: &str| {
            let spans = answer_spans(Kind::HowMany, text, &[]).unwrap();
            counts(text, &spans, &[stem.to_string()])
        };
        let sent = "Harbia sent athletes, and athletes from eight countries took part.";
        assert!(!counts_of(sent, "athlet"));
        assert!(counts_of(sent, "countri"));
        assert!(counts_of("It moved 4.5 million tons of goods.", "ton"));
        assert!(counts_of(
            "More than 20 relevant activities were held.",
            "activ"
        ));
        assert!(counts_of(
            "Visitors reached 3 million last year.",
            "visitor"
        ));
        assert!(counts_of("The number of students was 122.", "student"));
        assert!(!counts_of("Students from 12 schools came.", "student"));
    }
}
