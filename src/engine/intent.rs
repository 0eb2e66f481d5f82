//! The intent matcher: ordered regex rules read from a TOML file
//! (`intents.toml`, built in as the default), so adding an intent or a
//! phrasing needs no code.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::error::{Error, Result};

/// The built-in rules, the same file the repository ships at its root.
pub const BUILTIN_RULES: &str = include_str!("../../intents.toml");

/// What kind of answer a question expects; it shapes the search and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    When,
    Who,
    Where,
    HowMany,
    What,
    List,
    WhyHow,
    YesNo,
    /// "What does RCEP stand for?": the full name written before "(RCEP)".
    Acronym,
    General,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::When => "when",
            Kind::Who => "who",
            Kind::Where => "where",
            Kind::HowMany => "how_many",
            Kind::What => "what",
            Kind::List => "list",
            Kind::WhyHow => "why_how",
            Kind::YesNo => "yes_no",
            Kind::Acronym => "acronym",
            Kind::General => "general",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        [
            Kind::When,
            Kind::Who,
            Kind::Where,
            Kind::HowMany,
            Kind::What,
            Kind::List,
            Kind::WhyHow,
            Kind::YesNo,
            Kind::Acronym,
            Kind::General,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

/// Template replies, answered without a search.
pub const TEMPLATES: &[&str] = &[
    "greeting",
    "thanks",
    "goodbye",
    "help",
    "sources",
    "about",
    "out_of_scope",
];

/// Where a question goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Answer from the named template.
    Reply(String),
    /// Search the documents for this kind of answer.
    Search(Kind),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: String,
    pattern: String,
    unless: Option<String>,
    reply: Option<String>,
    kind: Option<String>,
}

#[derive(Debug, Clone)]
struct Rule {
    name: String,
    pattern: Regex,
    unless: Option<Regex>,
    route: Route,
}

/// Ordered intent rules.
#[derive(Debug, Clone)]
pub struct Intents {
    rules: Vec<Rule>,
    /// All patterns at once: one pass over the question finds every rule that may match.
    any: regex::RegexSet,
}

impl Intents {
    /// The rules shipped with qabot.
    pub fn builtin() -> Intents {
        Intents::parse(BUILTIN_RULES, Path::new("intents.toml (built in)"))
            .expect("built-in intent rules are valid")
    }

    /// Reads rules from a file.
    pub fn from_file(path: &Path) -> Result<Intents> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Intents::parse(&text, path)
    }

    /// Parses rules; errors name the rule and what is wrong with it.
    pub fn parse(text: &str, origin: &Path) -> Result<Intents> {
        let invalid = |message: String| Error::Invalid {
            path: origin.to_path_buf(),
            message,
        };
        let file: RuleFile = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let mut rules = Vec::new();
        for raw in file.rule {
            let compile = |p: &str| {
                regex::RegexBuilder::new(p)
                    .size_limit(1 << 22)
                    .build()
                    .map_err(|e| invalid(format!("rule `{}`: {e}", raw.name)))
            };
            let route =
                match (&raw.reply, &raw.kind) {
                    (Some(r), None) if TEMPLATES.contains(&r.as_str()) => Route::Reply(r.clone()),
                    (None, Some(k)) => Route::Search(Kind::parse(k).ok_or_else(|| {
                        invalid(format!("rule `{}`: unknown kind `{k}`", raw.name))
                    })?),
                    (Some(r), None) => {
                        return Err(invalid(format!(
                            "rule `{}`: unknown reply `{r}` (known: {})",
                            raw.name,
                            TEMPLATES.join(", ")
                        )));
                    }
                    _ => {
                        return Err(invalid(format!(
                            "rule `{}`: needs exactly one of `reply` or `kind`",
                            raw.name
                        )));
                    }
                };
            rules.push(Rule {
                pattern: compile(&raw.pattern)?,
                unless: raw.unless.as_deref().map(compile).transpose()?,
                name: raw.name,
                route,
            });
        }
        let any = regex::RegexSetBuilder::new(rules.iter().map(|r| r.pattern.as_str()))
            .size_limit(1 << 24)
            .build()
            .map_err(|e| invalid(e.to_string()))?;
        Ok(Intents { rules, any })
    }

    /// Routes a normalized (lowercase) question: the first matching rule, or a general search.
    /// A phrase set before the question with a comma ("besides asean, which
    /// countries ...") is passed over, so the rules see where the question starts.
    pub fn route(&self, question: &str) -> (Route, Option<&str>) {
        let asked = asked_part(question);
        self.first_match(asked)
            .or_else(|| (asked.len() < question.len()).then(|| self.first_match(question))?)
            .unwrap_or((Route::Search(Kind::General), None))
    }

    fn first_match(&self, question: &str) -> Option<(Route, Option<&str>)> {
        self.any.matches(question).iter().find_map(|i| {
            let rule = &self.rules[i];
            (!rule.unless.as_ref().is_some_and(|u| u.is_match(question)))
                .then(|| (rule.route.clone(), Some(rule.name.as_str())))
        })
    }
}

/// A short phrase and a comma before a question word: "besides asean, ",
/// "in 2021, ", "according to li xia, ". The phrase holds no question word
/// itself, so "did asean, which ..." is not cut.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([^,;:?!.]{{1,60}}),\s*(?:and\s+)?(?:{ASKING}|list|name|give|tell)\b"
    ))
    .unwrap()
});
static QUESTION_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?:{ASKING}|should|shall)\b")).unwrap());
/// The words a question starts with.
const ASKING: &str = "who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had";

/// The question after a leading phrase set off by a comma, or all of it.
fn asked_part(question: &str) -> &str {
    match LEAD.captures(question) {
        Some(c) if !QUESTION_WORD.is_match(&c[1]) => question[c[1].len() + 1..].trim_start(),
        _ => question,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(q: &str) -> Route {
        Intents::builtin().route(q).0
    }

    #[test]
    fn smalltalk_goes_to_templates() {
        for (q, t) in [
            ("hey there!", "greeting"),
            ("hello", "greeting"),
            ("thank you so much", "thanks"),
            ("thanks!", "thanks"),
            ("bye", "goodbye"),
            ("what kinds of questions can i ask you?", "help"),
            ("what can you do", "help"),
            ("which documents do you know?", "sources"),
            ("who are you?", "about"),
            ("what's the weather like tomorrow", "out_of_scope"),
            ("hello, what can you do?", "help"),
        ] {
            assert_eq!(route(q), Route::Reply(t.into()), "{q}");
        }
    }

    #[test]
    fn questions_are_routed_by_kind() {
        for (q, k) in [
            ("when was the bridge opened?", Kind::When),
            ("in what year did it open?", Kind::When),
            ("on which dates will the fair take place?", Kind::When),
            ("who built the bridge?", Kind::Who),
            ("which minister opened it?", Kind::Who),
            ("where is the bridge?", Kind::Where),
            // A rank, not a place.
            ("where does the port rank among exporters?", Kind::What),
            ("how many people crossed it?", Kind::HowMany),
            ("by what percentage did traffic grow?", Kind::HowMany),
            ("what does the bridge connect?", Kind::What),
            ("what is the top speed of the train?", Kind::HowMany),
            (
                "what was the asean-china trade volume in 2022?",
                Kind::HowMany,
            ),
            ("tell me the population of the town", Kind::HowMany),
            // A measure word that is not what is asked for.
            ("what makes day length constant on earth?", Kind::What),
            ("what is the first part of a vector sum?", Kind::What),
            // A measure word inside a compound names a kind of thing, not a measure.
            ("what did the high-speed railway reach?", Kind::What),
            ("what makes the low-cost airline popular?", Kind::What),
            ("which new kinds of crime are they fighting?", Kind::List),
            ("what sustainable goals do they share?", Kind::List),
            ("give examples of events held that year", Kind::List),
            ("why was it built?", Kind::WhyHow),
            // A cause, though it names a measure.
            ("what drove the growth of traffic?", Kind::WhyHow),
            ("which factors led to the rise in prices?", Kind::WhyHow),
            ("which countries led the talks?", Kind::What),
            ("is the bridge finished?", Kind::YesNo),
            // Keywords that ask for a date.
            ("bridge opening date", Kind::When),
            ("bridge festival dates", Kind::When),
            ("year the bridge opened", Kind::When),
            ("year of the bridge", Kind::General),
            ("what was the theme of the year?", Kind::What),
            ("what does RCEP stand for?", Kind::Acronym),
            // A phrase before the question is passed over.
            (
                "besides asean, which countries does it work with?",
                Kind::List,
            ),
            ("in 2021, who opened the bridge?", Kind::Who),
            ("according to the report, where is the port?", Kind::Where),
            ("apart from the bridge, is the port finished?", Kind::YesNo),
            // The phrase holds a question word: the question starts before it.
            ("did asean, which has ten members, sign it?", Kind::YesNo),
        ] {
            assert_eq!(route(q), Route::Search(k), "{q}");
        }
    }

    #[test]
    fn bad_rules_are_reported_with_their_name() {
        let err = Intents::parse(
            "[[rule]]\nname = \"x\"\npattern = \"(\"\nkind = \"when\"\n",
            Path::new("r.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("r.toml") && err.contains("rule `x`"), "{err}");
        let err = Intents::parse(
            "[[rule]]\nname = \"y\"\npattern = \"a\"\nkind = \"whenever\"\n",
            Path::new("r.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("unknown kind"), "{err}");
    }
}
