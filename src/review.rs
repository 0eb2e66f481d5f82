//! `qabot review`: what people ask, what went unanswered, what to improve.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::engine::{Conversation, Engine, query};
use crate::querylog::StoredRow;

/// Answers below this much above the threshold count as low-confidence.
const LOW_MARGIN: f64 = 0.15;
/// Declined questions sharing this much of their content words are one question.
const SAME_QUESTION: f32 = 0.5;

#[derive(Debug, Serialize, PartialEq)]
pub struct DayCount {
    pub day: String,
    pub channel: String,
    pub questions: usize,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct DeclinedGroup {
    pub count: usize,
    pub last_seen: String,
    /// The most recent phrasing.
    pub question: String,
    /// Every distinct phrasing.
    pub phrasings: Vec<String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Exchange {
    pub asked_at: String,
    pub question: String,
    pub confidence: f64,
    pub answer: String,
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Count {
    pub name: String,
    pub count: usize,
}

/// The whole review.
#[derive(Debug, Serialize, PartialEq)]
pub struct Review {
    pub since: String,
    pub questions: usize,
    pub answered: usize,
    pub declined: usize,
    pub smalltalk: usize,
    /// Answered among questions that were searched (smalltalk left out).
    pub answered_rate: f64,
    pub per_day: Vec<DayCount>,
    pub declined_groups: Vec<DeclinedGroup>,
    pub low_confidence: Vec<Exchange>,
    pub unhelpful: Vec<Exchange>,
    pub intents: Vec<Count>,
    pub latency_p50_us: i64,
    pub latency_p95_us: i64,
    pub top_passages: Vec<Count>,
    pub never_cited: Vec<Count>,
}

/// `2026-11-21` for a time in milliseconds since the epoch (UTC).
pub fn day(ms: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `7d`, `24h`, `30m`, `2w` in milliseconds.
pub fn parse_since(s: &str) -> Option<i64> {
    let s = s.trim();
    let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = n.parse().ok()?;
    let ms = match unit {
        "m" | "min" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        "w" => 7 * 86_400_000,
        _ => return None,
    };
    Some(n * ms)
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let common = a.intersection(b).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        1.0
    } else {
        common as f32 / union as f32
    }
}

fn percentile(sorted: &[i64], p: usize) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    sorted[((sorted.len() - 1) * p) / 100]
}

fn exchange(r: &StoredRow) -> Exchange {
    Exchange {
        asked_at: day(r.row.asked_at_ms),
        question: r.row.question.clone(),
        confidence: r.row.confidence,
        answer: r.row.answer.chars().take(300).collect(),
        reason: r.feedback_reason.clone(),
    }
}

/// Builds the review of `rows` (already limited to the period).
pub fn review(engine: &Engine, rows: &[StoredRow], since: &str) -> Review {
    let count = |o: &str| rows.iter().filter(|r| r.row.outcome == o).count();
    let (answered, declined, smalltalk) =
        (count("answered"), count("declined"), count("smalltalk"));

    let mut per_day: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in rows {
        *per_day
            .entry((day(r.row.asked_at_ms), r.row.channel.clone()))
            .or_default() += 1;
    }

    let mut analyzer = crate::analysis::analyzer();
    let mut groups: Vec<(BTreeSet<String>, Vec<&StoredRow>)> = Vec::new();
    for r in rows
        .iter()
        .filter(|r| r.row.outcome == "declined" && r.row.intent == "search")
    {
        let key = query::content_key(&mut analyzer, &r.row.question);
        match groups
            .iter_mut()
            .find(|(k, _)| jaccard(k, &key) >= SAME_QUESTION)
        {
            Some((k, members)) => {
                k.extend(key);
                members.push(r);
            }
            None => groups.push((key, vec![r])),
        }
    }
    let mut declined_groups: Vec<DeclinedGroup> = groups
        .into_iter()
        .map(|(_, members)| {
            let last = members.last().expect("groups are never empty");
            let mut phrasings: Vec<String> = Vec::new();
            for m in &members {
                if !phrasings.contains(&m.row.question) {
                    phrasings.push(m.row.question.clone());
                }
            }
            DeclinedGroup {
                count: members.len(),
                last_seen: day(last.row.asked_at_ms),
                question: last.row.question.clone(),
                phrasings,
            }
        })
        .collect();
    declined_groups.sort_by(|a, b| b.count.cmp(&a.count).then(b.last_seen.cmp(&a.last_seen)));

    let low_confidence = rows
        .iter()
        .filter(|r| r.row.outcome == "answered" && r.row.confidence < r.row.threshold + LOW_MARGIN)
        .map(exchange)
        .collect();
    let unhelpful = rows
        .iter()
        .filter(|r| r.feedback == Some(false))
        .map(exchange)
        .collect();

    let mut intents: HashMap<&str, usize> = HashMap::new();
    for r in rows {
        let name = if r.row.intent == "search" {
            r.row.kind.as_str()
        } else {
            r.row.intent.as_str()
        };
        *intents.entry(name).or_default() += 1;
    }
    let mut intents: Vec<Count> = intents
        .into_iter()
        .map(|(n, c)| Count {
            name: n.to_string(),
            count: c,
        })
        .collect();
    intents.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));

    let mut latencies: Vec<i64> = rows.iter().map(|r| r.row.latency_us).collect();
    latencies.sort_unstable();

    let mut cited: HashMap<&str, usize> = HashMap::new();
    for r in rows {
        for id in &r.row.passage_ids {
            *cited.entry(id.as_str()).or_default() += 1;
        }
    }
    let mut top_passages: Vec<Count> = cited
        .iter()
        .map(|(n, c)| Count {
            name: n.to_string(),
            count: *c,
        })
        .collect();
    top_passages.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    top_passages.truncate(10);
    let never_cited = engine
        .documents()
        .iter()
        .filter(|d| {
            !cited
                .keys()
                .any(|id| id.split('#').next() == Some(d.id.as_str()))
        })
        .map(|d| Count {
            name: format!("{} ({})", d.title, d.id),
            count: 0,
        })
        .collect();

    Review {
        since: since.to_string(),
        questions: rows.len(),
        answered,
        declined,
        smalltalk,
        answered_rate: if answered + declined == 0 {
            0.0
        } else {
            answered as f64 / (answered + declined) as f64
        },
        per_day: per_day
            .into_iter()
            .map(|((day, channel), questions)| DayCount {
                day,
                channel,
                questions,
            })
            .collect(),
        declined_groups,
        low_confidence,
        unhelpful,
        intents,
        latency_p50_us: percentile(&latencies, 50),
        latency_p95_us: percentile(&latencies, 95),
        top_passages,
        never_cited,
    }
}

impl Review {
    /// Plain-text tables.
    pub fn table(&self) -> String {
        let mut o = format!(
            "Since {}: {} questions, {} answered, {} declined, {} smalltalk; answered rate {:.1}%\nLatency p50 {} us, p95 {} us\n",
            self.since,
            self.questions,
            self.answered,
            self.declined,
            self.smalltalk,
            self.answered_rate * 100.0,
            self.latency_p50_us,
            self.latency_p95_us
        );
        o.push_str("\nQuestions per day and channel\n");
        for d in &self.per_day {
            o.push_str(&format!(
                "  {}  {:<9} {:>5}\n",
                d.day, d.channel, d.questions
            ));
        }
        o.push_str("\nDeclined questions (rephrasings grouped)\n");
        for g in &self.declined_groups {
            o.push_str(&format!(
                "  {:>4}x  last {}  {}\n",
                g.count, g.last_seen, g.question
            ));
            for p in g.phrasings.iter().filter(|p| **p != g.question) {
                o.push_str(&format!("               also: {p}\n"));
            }
        }
        o.push_str("\nLow-confidence answers\n");
        for e in &self.low_confidence {
            o.push_str(&format!(
                "  {}  {:.2}  {}\n",
                e.asked_at, e.confidence, e.question
            ));
        }
        o.push_str("\nRated not helpful\n");
        for e in &self.unhelpful {
            o.push_str(&format!(
                "  {}  {}  (reason: {})\n",
                e.asked_at,
                e.question,
                e.reason.as_deref().unwrap_or("none given")
            ));
        }
        o.push_str("\nIntents\n");
        for c in &self.intents {
            o.push_str(&format!("  {:<14} {:>5}\n", c.name, c.count));
        }
        o.push_str("\nMost cited passages\n");
        for c in &self.top_passages {
            o.push_str(&format!("  {:>5}  {}\n", c.count, c.name));
        }
        o.push_str("\nDocuments never cited\n");
        for c in &self.never_cited {
            o.push_str(&format!("  {}\n", c.name));
        }
        o
    }

    /// One CSV table: section, item, count, value, detail.
    pub fn csv(&self) -> String {
        fn field(s: &str) -> String {
            if s.contains([',', '"', '\n']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        }
        let mut rows: Vec<[String; 5]> = vec![[
            "section".into(),
            "item".into(),
            "count".into(),
            "value".into(),
            "detail".into(),
        ]];
        rows.push([
            "totals".into(),
            "questions".into(),
            self.questions.to_string(),
            format!("{:.4}", self.answered_rate),
            format!(
                "answered {} declined {} smalltalk {}",
                self.answered, self.declined, self.smalltalk
            ),
        ]);
        rows.push([
            "latency".into(),
            "p50_us".into(),
            String::new(),
            self.latency_p50_us.to_string(),
            String::new(),
        ]);
        rows.push([
            "latency".into(),
            "p95_us".into(),
            String::new(),
            self.latency_p95_us.to_string(),
            String::new(),
        ]);
        for d in &self.per_day {
            rows.push([
                "per_day".into(),
                d.day.clone(),
                d.questions.to_string(),
                d.channel.clone(),
                String::new(),
            ]);
        }
        for g in &self.declined_groups {
            rows.push([
                "declined".into(),
                g.question.clone(),
                g.count.to_string(),
                g.last_seen.clone(),
                g.phrasings.join(" | "),
            ]);
        }
        for e in &self.low_confidence {
            rows.push([
                "low_confidence".into(),
                e.question.clone(),
                String::new(),
                format!("{:.3}", e.confidence),
                e.answer.clone(),
            ]);
        }
        for e in &self.unhelpful {
            rows.push([
                "unhelpful".into(),
                e.question.clone(),
                String::new(),
                e.reason.clone().unwrap_or_default(),
                e.answer.clone(),
            ]);
        }
        for c in &self.intents {
            rows.push([
                "intent".into(),
                c.name.clone(),
                c.count.to_string(),
                String::new(),
                String::new(),
            ]);
        }
        for c in &self.top_passages {
            rows.push([
                "cited".into(),
                c.name.clone(),
                c.count.to_string(),
                String::new(),
                String::new(),
            ]);
        }
        for c in &self.never_cited {
            rows.push([
                "never_cited".into(),
                c.name.clone(),
                "0".into(),
                String::new(),
                String::new(),
            ]);
        }
        rows.iter()
            .map(|r| r.iter().map(|f| field(f)).collect::<Vec<_>>().join(",") + "\n")
            .collect()
    }
}

/// One re-asked question: how it went then and now.
#[derive(Debug, Serialize, PartialEq)]
pub struct Replayed {
    pub question: String,
    pub was: String,
    pub was_confidence: f64,
    pub now: String,
    pub now_confidence: f64,
    pub now_answer: String,
    /// Declined before, answered now.
    pub newly_answered: bool,
    /// Answered before and now, from other passages.
    pub changed: bool,
}

/// Re-asks the logged declined and low-confidence questions against `engine`.
pub fn replay(engine: &Engine, rows: &[StoredRow]) -> Vec<Replayed> {
    let mut seen = HashSet::new();
    rows.iter()
        .rev()
        .filter(|r| r.row.intent == "search")
        .filter(|r| r.row.outcome == "declined" || r.row.confidence < r.row.threshold + LOW_MARGIN)
        .filter(|r| seen.insert(r.row.normalized.clone()))
        .map(|r| {
            let a = engine.answer(&r.row.question, &mut Conversation::default());
            let now_ids: Vec<String> = a.citations.iter().map(|c| c.passage_id.clone()).collect();
            let was_answered = r.row.outcome == "answered";
            Replayed {
                question: r.row.question.clone(),
                was: r.row.outcome.clone(),
                was_confidence: r.row.confidence,
                now: if a.answered() {
                    "answered".into()
                } else {
                    "declined".into()
                },
                now_confidence: a.confidence as f64,
                now_answer: a.plain_text(),
                newly_answered: !was_answered && a.answered(),
                changed: was_answered && a.answered() && now_ids != r.row.passage_ids,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_periods() {
        assert_eq!(day(0), "1970-01-01");
        assert_eq!(day(1_763_683_200_000), "2025-11-21");
        assert_eq!(parse_since("7d"), Some(7 * 86_400_000));
        assert_eq!(parse_since("24h"), Some(86_400_000));
        assert_eq!(parse_since("2w"), Some(14 * 86_400_000));
        assert_eq!(parse_since("soon"), None);
    }
}
