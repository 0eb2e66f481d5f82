//! Splitting a paragraph into sentences.
//!
//! A full stop ends a sentence unless it closes an abbreviation ("No. 5",
//! "Nov. 22", "e.g."), an initial ("Aladdin D. Rillo") or a decimal ("18.57").
//! Sentences glued without a space ("Forum.In 2019") are split too.

/// Words that end with a full stop without ending a sentence (compared lowercase, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "no", "nos", "vol", "fig", "figs",
    "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "dept", "est", "gen", "gov", "col", "lt",
    "sgt", "capt", "cmdr", "sen", "rep", "rev", "hon", "pres", "inc", "ltd", "co", "corp", "bros",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m",
    "p.m", "u.s", "u.k", "u.n", "ph.d", "op", "pp", "ed", "eds", "art", "sec", "para", "ch",
];

/// Sentences longer than this (in bytes) are cut further, at semicolons, then between words.
const MAX_SENTENCE: usize = 1200;

/// Splits `text` (one paragraph, any whitespace) into trimmed sentences.
pub fn split_sentences(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let (pos, c) = chars[i];
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut end = i + 1;
        while end < chars.len() && matches!(chars[end].1, '"' | '\'' | '”' | '’' | ')' | ']') {
            end += 1;
        }
        let glued = end < chars.len() && chars[end].1.is_uppercase() && is_glued(&chars, i, end);
        let spaced =
            end < chars.len() && chars[end].1.is_whitespace() && starts_sentence(&chars, end);
        let last = end >= chars.len();
        if !(glued || spaced) || last {
            continue;
        }
        if c == '.' && !glued && !ends_sentence_word(&text[start..pos]) {
            continue;
        }
        let cut = if end < chars.len() {
            chars[end].0
        } else {
            text.len()
        };
        push_sentence(&mut out, &text[start..cut]);
        start = cut;
    }
    push_sentence(&mut out, &text[start..]);
    out
}

/// "Forum.In 2019": a lowercase word, a stop, then a capitalised word with no space.
/// Not "U.S.Army" (initials), nor "chinadaily.com.cn" (lowercase after the dot).
fn is_glued(chars: &[(usize, char)], stop: usize, next: usize) -> bool {
    if chars[stop].1 != '.' {
        return true;
    }
    let before: String = chars[..stop]
        .iter()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .map(|(_, c)| *c)
        .collect();
    // `before` is reversed: its first two letters are the word's last two.
    let lower_word =
        before.chars().count() >= 2 && before.chars().take(2).all(|c| c.is_lowercase());
    let next_word_lower = chars[next + 1..]
        .iter()
        .take_while(|(_, c)| c.is_alphabetic())
        .any(|(_, c)| c.is_lowercase());
    lower_word && next_word_lower
}

/// After whitespace, a sentence starts with a capital, a digit, or an opening quote or bracket.
fn starts_sentence(chars: &[(usize, char)], from: usize) -> bool {
    chars[from..]
        .iter()
        .find(|(_, c)| !c.is_whitespace())
        .is_some_and(|(_, c)| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '[')
        })
}

/// Whether the text before a full stop ends with a word that a stop may end a sentence after.
fn ends_sentence_word(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“'))
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    // An initial such as "D." in "Aladdin D. Rillo", or dotted initials such as "U.S".
    if letters.len() == 1 && letters[0].is_uppercase() && word.chars().count() == 1 {
        return false;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return false;
    }
    true
}

fn push_sentence(out: &mut Vec<String>, raw: &str) {
    let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() {
        return;
    }
    if s.len() <= MAX_SENTENCE {
        out.push(s);
        return;
    }
    // Overlong run-on text: cut at semicolons first, then between words.
    let mut piece = String::new();
    for part in s.split_inclusive("; ") {
        for word in part.split(' ') {
            if !piece.is_empty() && piece.len() + word.len() + 1 > MAX_SENTENCE {
                out.push(std::mem::take(&mut piece).trim().to_string());
            }
            if !piece.is_empty() && !piece.ends_with(' ') {
                piece.push(' ');
            }
            piece.push_str(word);
        }
        if piece.len() > MAX_SENTENCE / 2 {
            out.push(std::mem::take(&mut piece).trim().to_string());
        }
    }
    if !piece.trim().is_empty() {
        out.push(piece.trim().to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::split_sentences;

    #[test]
    fn initials_abbreviations_and_decimals_do_not_end_sentences() {
        let s = split_sentences(
            "Aladdin D. Rillo spoke on Nov. 22 about Resolution No. 5 and growth of 18.57 percent. Then he left.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].ends_with("18.57 percent."));
    }

    #[test]
    fn glued_sentences_are_split() {
        let s = split_sentences("They held the first Forum.In 2019, they issued a statement.");
        assert_eq!(
            s,
            vec![
                "They held the first Forum.",
                "In 2019, they issued a statement."
            ]
        );
    }

    #[test]
    fn web_addresses_and_initialisms_are_not_split() {
        let s = split_sentences("Photo by chinadaily.com.cn shows the U.S. Army at work.");
        assert_eq!(s.len(), 1, "{s:?}");
    }

    #[test]
    fn questions_exclamations_and_quotes_end_sentences() {
        let s = split_sentences("Is it true? \"Yes!\" He said it was. 2021 was a good year.");
        assert_eq!(
            s,
            vec![
                "Is it true?",
                "\"Yes!\"",
                "He said it was.",
                "2021 was a good year."
            ]
        );
    }

    #[test]
    fn overlong_text_is_cut_between_words() {
        let long = "word ".repeat(3000);
        let s = split_sentences(&long);
        assert!(s.len() > 5);
        assert!(s.iter().all(|p| p.len() <= 1200));
    }
}
