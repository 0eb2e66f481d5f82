//! Dropping web-page furniture: the lines a copied page carries that are not
//! its content (navigation, language menus, share and print links, comment
//! forms, stock-quote and copyright footers, photo credits).
//!
//! Rules look at short lines only, so a real paragraph that happens to mention
//! "copyright" or "print" is never dropped.

use std::sync::LazyLock;

use regex::Regex;

/// Lines with more words than this are content, whatever they contain.
const SHORT_LINE_WORDS: usize = 25;

/// A whole (short) line that is navigation or a widget label.
static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            skip\ to\ (main\ )?(content|navigation|search)|jump\ to\ (main\ )?(content|navigation)
            |toggle\ navigation|main\ menu|menu|search|home|back\ to\ top|top|go\ to\ top
            |share(\ this)?(\ (article|page|story|post))?|share\ on\ \w+|print(\ this)?(\ (article|page|story))?
            |e-?mail(\ this)?(\ (article|page|story))?|suggest\ to\ a\ friend|send\ to\ a\ friend|recommend\ to\ a\ friend
            |tweet|facebook|twitter|linkedin|whatsapp|wechat|weibo|reddit|pinterest|telegram|rss
            |read\ more|more|next|previous|prev|close|related(\ (articles|stories|news|posts))?
            |advertisement|sponsored|loading\W*|log\ ?in|log\ ?out|sign\ ?in|sign\ ?up|register|subscribe
            |leave\ a\ (reply|comment)|post\ a\ comment|cancel\ reply|comments?|reply|like\ this:?|like|loading\.\.\.
            |(tags?|categories|category|filed\ under)\s*:.*|follow\ us.*|editor\W*\s*\w+(\ \w+)?
            |(\d+\ )?(comments?|views?|shares?|likes?)
        )[\s\p{P}]*$",
    )
    .unwrap()
});

/// Phrases that mark a short line as a comment form, a stock-quote or legal footer.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)(
            you\ are\ commenting\ using|fill\ in\ your\ details\ below|click\ an\ icon\ to\ log\ in
            |notify\ me\ of\ (new|follow-up)\ (comments|posts)|connecting\ to\ %s|enter\ your\ comment\ here
            |log\ out\s*/\s*change|^(twitter|facebook|google|wordpress\.com)\ (picture|photo|account)$
            |^(name|email|e-mail|website)\s*(\(required\))?\*?$|required\ fields\ are\ marked
            |supplied\ by|quotes\ delayed|by\ accessing\ this\ page|privacy\ policy|terms\ (and|&)\ conditions
            |terms\ of\ (use|service)|copyright|©|all\ rights\ reserved|cookies?\ (policy|settings)
            |this\ site\ uses\ cookies|responsible\ editor|^source\ of\ (this|the)\ (article|page)
        )",
    )
    .unwrap()
});

/// A word glued to a capitalised one in web copy: "signedASEAN", "officialXu".
/// Three lowercase letters at least, so that "iPhone" and "mRNA" stay whole,
/// and not inside an address ("example.com/userName").
static GLUED_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(^|[\s(\[“"'‘])(\p{Ll}{3,})(\p{Lu})"#).unwrap());

/// A word of letters, lowercase after its first, that may be two run together.
static RUN_TOGETHER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Za-z][a-z]{4,}\b").unwrap());

/// Short words web copy most often runs into the word before or after it:
/// "signedthe", "cooperationare", "Cooperationduring". None of two letters:
/// "in", "on" and their like are too often a word's own beginning or end
/// ("independant", "quanton"); only "of" is split off, before a word
/// ("ofcooperation").
const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "but", "are", "was", "were", "been", "has", "have", "had", "for", "with", "from",
    "that", "this", "which", "during", "its", "their", "will", "not",
];

/// Where to split a word that English does not know into two it does, one
/// of them a function word: "signedthe" -> 6 ("signed", "the"); "sideshave"
/// -> 5 ("sides", "have", not "side", "shave"). None when no split, or more
/// than one, reads so. The other word must be long enough not to be a
/// name's or a misspelling's end ("Spain" is not "Spa in", "normand" not "norm
/// and"), and a capitalised word is split only before a function word
/// ("Cooperationduring").
fn run_together_at(word: &str) -> Option<usize> {
    const CONTENT: usize = 5;
    const CAPITALISED_CONTENT: usize = 7;
    let lower = word.to_ascii_lowercase();
    let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase());
    let content = if capitalised {
        CAPITALISED_CONTENT
    } else {
        CONTENT
    };
    let function = |w: &str| FUNCTION_WORDS.contains(&w);
    let mut splits = (2..lower.len() - 1).filter(|&i| {
        let (a, b) = lower.split_at(i);
        let before = function(b) && a.len() >= content;
        let after = !capitalised && (function(a) || a == "of") && b.len() >= content;
        (before || after) && wordnik_list::word_exists(a) && wordnik_list::word_exists(b)
    });
    // The word list is looked up last: most words end in no function word.
    let at = splits.next()?;
    (splits.next().is_none() && !wordnik_list::word_exists(&lower)).then_some(at)
}

/// Splits the words that web copy ran together ("signedthe"); see [`run_together_at`].
fn split_run_together(text: &str) -> std::borrow::Cow<'_, str> {
    RUN_TOGETHER.replace_all(text, |c: &regex::Captures| {
        let word = &c[0];
        match run_together_at(word) {
            Some(at) => format!("{} {}", &word[..at], &word[at..]),
            None => word.to_string(),
        }
    })
}

/// Photo and image credits inside a line, such as "[Photo provided to chinadaily.com.cn]".
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\[\s*(photo|image|picture|video|file\ photo|graphic)\b[^\]]{0,160}\]|\(\s*(photo|image|picture)\s*(by|:|/|credit)[^)]{0,160}\)|^\s*(photo|image|picture)\s*(by|credit|:)\s*.{0,120}$",
    )
    .unwrap()
});

/// Names that a language menu is made of, in their own scripts.
const LANGUAGES: &[&str] = &[
    "english",
    "español",
    "espanol",
    "français",
    "francais",
    "deutsch",
    "italiano",
    "português",
    "portugues",
    "русский",
    "عربي",
    "العربية",
    "中文",
    "简体中文",
    "繁體中文",
    "繁体中文",
    "日本語",
    "한국어",
    "tiếng",
    "việt",
    "ไทย",
    "bahasa",
    "indonesia",
    "melayu",
    "filipino",
    "türkçe",
    "polski",
    "nederlands",
    "svenska",
    "हिन्दी",
    "فارسی",
    "עברית",
    "ελληνικά",
    "українська",
    "lao",
    "ພາສາລາວ",
    "ខ្មែរ",
    "မြန်မာ",
    "chinese",
    "arabic",
    "russian",
    "french",
    "spanish",
    "german",
];

/// What the cleaner makes of one line.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// Content, possibly with inline credits removed.
    Keep(String),
    /// Furniture, dropped.
    Drop,
}

/// Cleans one line of a document.
pub fn clean_line(line: &str) -> Line {
    let without_credits = PHOTO_CREDIT.replace_all(line, " ");
    let unglued = GLUED_WORDS.replace_all(&without_credits, "$1$2 $3");
    let unglued = split_run_together(&unglued);
    let text = unglued.trim();
    if text.is_empty() {
        // A line that was only a credit is furniture; a blank line stays a paragraph break.
        return if line.trim().is_empty() {
            Line::Keep(String::new())
        } else {
            Line::Drop
        };
    }
    let words = text.split_whitespace().count();
    if words <= SHORT_LINE_WORDS
        && (NAVIGATION.is_match(text) || FOOTER.is_match(text) || is_language_menu(text))
    {
        return Line::Drop;
    }
    Line::Keep(text.to_string())
}

fn is_language_menu(text: &str) -> bool {
    let tokens: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '|' || c == '/' || c == '·')
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    tokens.len() >= 2 && tokens.iter().all(|t| LANGUAGES.contains(&t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::{Line, clean_line};

    fn dropped(line: &str) -> bool {
        clean_line(line) == Line::Drop
    }

    #[test]
    fn navigation_and_widgets_are_dropped() {
        for line in [
            "Skip to main content",
            "Skip to content",
            "Print",
            "Share this article",
            "Suggest to a friend",
            "Back to top",
            "Tags: trade, economy",
            "English | Deutsch | Français",
            "Français 中文 Español",
            "12 Comments",
        ] {
            assert!(dropped(line), "{line}");
        }
    }

    #[test]
    fn comment_forms_and_footers_are_dropped() {
        for line in [
            "Leave a Reply",
            "You are commenting using your WordPress.com account. ( Log Out / Change )",
            "Notify me of new comments via email.",
            "Copyright © 2020 Example Media Group. All rights reserved.",
            "Market data supplied by SomeQuotes Inc.",
            "Quotes delayed at least 15 minutes.",
            "Read our Privacy Policy and Terms of Use.",
        ] {
            assert!(dropped(line), "{line}");
        }
    }

    #[test]
    fn photo_credits_are_removed_inside_lines() {
        assert_eq!(
            clean_line("The mayor opens the bridge. [Photo/Xinhua]"),
            Line::Keep("The mayor opens the bridge.".into())
        );
        assert_eq!(clean_line("[Photo provided to example.com]"), Line::Drop);
        assert_eq!(
            clean_line("Crowds gather (Photo: Jane Doe) at the gate."),
            Line::Keep("Crowds gather   at the gate.".into())
        );
    }

    #[test]
    fn words_glued_to_a_capitalised_word_are_split() {
        assert_eq!(
            clean_line("In October, the two sides signedASEAN–China MOU."),
            Line::Keep("In October, the two sides signed ASEAN–China MOU.".into())
        );
        for kept in ["The iPhone and mRNA vaccines", "see example.com/userName"] {
            assert_eq!(clean_line(kept), Line::Keep(kept.into()));
        }
    }

    #[test]
    fn words_run_together_are_split_at_a_function_word() {
        assert_eq!(
            clean_line("In November 2004, they signedthe Plan. Media of the two sideshave always ofcooperation, Exchange and Cooperationduring the Summit."),
            Line::Keep("In November 2004, they signed the Plan. Media of the two sides have always of cooperation, Exchange and Cooperation during the Summit.".into())
        );
        // English words, names, and runs with no function word stay whole.
        for kept in [
            "The healthcare of Shandong and Changsha, whereas Thongloun reads chinadaily.",
            "Spain, Francis and Galland: a normand quanton, independant of it.",
        ] {
            assert_eq!(clean_line(kept), Line::Keep(kept.into()));
        }
    }

    #[test]
    fn content_that_mentions_furniture_words_is_kept() {
        let para = "The two sides have also carried out industrial cooperation in media management, programme purchase, copyrights, new technology application and personnel training, adopting innovative approaches to promote the media industry.";
        assert!(!dropped(para));
        assert!(!dropped("Print media in the region grew by 5 percent."));
        assert!(!dropped("Home affairs ministers met in Jakarta."));
    }
}
