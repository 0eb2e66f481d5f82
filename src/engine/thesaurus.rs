//! Common English equivalents, for questions phrased in other words than the
//! documents use ("take part" for "participate", "extra" for "additional").
//! General language only; a knowledge base's own vocabulary belongs in its
//! `synonyms.toml`.

/// Groups of words that stand for one another in questions.
const GROUPS: &[&[&str]] = &[
    &[
        "participate",
        "participated",
        "participants",
        "involve",
        "involved",
        "involving",
        "attend",
        "attended",
        "join",
        "joined",
    ],
    &["extra", "additional", "further", "another"],
    &[
        "pledge",
        "pledged",
        "promise",
        "promised",
        "commit",
        "committed",
        "contribute",
        "contributed",
        "donate",
        "donated",
    ],
    &[
        "start",
        "started",
        "begin",
        "began",
        "launch",
        "launched",
        "establish",
        "established",
        "founded",
        "create",
        "created",
    ],
    &[
        "end",
        "ended",
        "finish",
        "finished",
        "complete",
        "completed",
        "completion",
        "conclude",
        "concluded",
    ],
    &["big", "large", "largest", "biggest", "major"],
    &["small", "smallest", "little", "minor"],
    &[
        "rise",
        "rose",
        "increase",
        "increased",
        "grow",
        "grew",
        "growth",
    ],
    &[
        "fall",
        "fell",
        "decrease",
        "decreased",
        "decline",
        "declined",
        "drop",
        "dropped",
    ],
    &["meeting", "summit", "conference", "forum", "session"],
    &["country", "countries", "nation", "nations"],
    &[
        "help",
        "helped",
        "assist",
        "assisted",
        "support",
        "supported",
        "aid",
    ],
    &["show", "showed", "demonstrate", "demonstrated", "display"],
    &["build", "built", "construct", "constructed", "construction"],
    &["buy", "bought", "purchase", "purchased"],
    &["sell", "sold", "sale", "sales"],
    &["die", "died", "death", "killed"],
    &["born", "birth"],
    &[
        "lead", "led", "leader", "head", "headed", "chief", "director",
    ],
    &[
        "goal",
        "goals",
        "aim",
        "aims",
        "objective",
        "objectives",
        "target",
        "targets",
    ],
    &["event", "events", "activity", "activities"],
    &[
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "agency",
        "institution",
    ],
    &["speak", "spoke", "remark", "remarks", "stated"],
    &["travel", "travelled", "traveled", "visit", "visited"],
    &["win", "won", "victory", "defeat", "defeated"],
    &["money", "funds", "funding", "finance", "financing"],
    &["worker", "workers", "employee", "employees", "staff"],
    &["student", "students", "pupil", "pupils"],
    &["teach", "taught", "teacher", "education"],
    &["write", "wrote", "written", "author"],
    &["sign", "signed", "signing", "agree", "agreed"],
    &[
        "release",
        "released",
        "publish",
        "published",
        "issue",
        "issued",
    ],
    &["ability", "able", "capacity", "capability"],
    &["fast", "quick", "rapid", "rapidly", "speed"],
    &["old", "ancient", "earliest", "early"],
];

/// Pairs of words of opposite meaning: a sentence that says "strong" where
/// the question asks "weak" is about the other thing. Relations that read
/// both ways ("sister", "brother") are left out: "Margaret's brother" is in
/// "Edgar's sister Margaret".
const OPPOSITES: &[(&str, &str)] = &[
    ("strong", "weak"),
    ("stronger", "weaker"),
    ("strongest", "weakest"),
    ("long", "short"),
    ("longer", "shorter"),
    ("longest", "shortest"),
    ("high", "low"),
    ("higher", "lower"),
    ("highest", "lowest"),
    ("large", "small"),
    ("larger", "smaller"),
    ("largest", "smallest"),
    ("big", "small"),
    ("bigger", "smaller"),
    ("biggest", "smallest"),
    ("greater", "lesser"),
    ("early", "late"),
    ("earlier", "later"),
    ("earliest", "latest"),
    ("begin", "end"),
    ("began", "ended"),
    ("start", "end"),
    ("started", "ended"),
    ("open", "close"),
    ("opened", "closed"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("increase", "decrease"),
    ("increased", "decreased"),
    ("increase", "reduce"),
    ("increased", "reduced"),
    ("win", "lose"),
    ("won", "lost"),
    ("accept", "reject"),
    ("accepted", "rejected"),
    ("allow", "forbid"),
    ("allow", "prohibit"),
    ("allowed", "prohibited"),
    ("major", "minor"),
    ("public", "private"),
    ("old", "new"),
    ("older", "newer"),
    ("oldest", "newest"),
    ("ancient", "modern"),
    ("young", "old"),
    ("younger", "older"),
    ("youngest", "oldest"),
    ("north", "south"),
    ("northern", "southern"),
    ("east", "west"),
    ("eastern", "western"),
    ("top", "bottom"),
    ("upper", "lower"),
    ("inner", "outer"),
    ("inside", "outside"),
    ("internal", "external"),
    ("horizontal", "vertical"),
    ("positive", "negative"),
    ("true", "false"),
    ("same", "different"),
    ("similar", "different"),
    ("rich", "poor"),
    ("wealthy", "poor"),
    ("hot", "cold"),
    ("warm", "cool"),
    ("heavy", "light"),
    ("fast", "slow"),
    ("faster", "slower"),
    ("fastest", "slowest"),
    ("easy", "difficult"),
    ("easy", "hard"),
    ("simple", "complex"),
    ("cheap", "expensive"),
    ("full", "empty"),
    ("wide", "narrow"),
    ("deep", "shallow"),
    ("thick", "thin"),
    ("male", "female"),
    ("friend", "enemy"),
    ("ally", "enemy"),
    ("allies", "enemies"),
    ("attack", "defend"),
    ("buy", "sell"),
    ("bought", "sold"),
    ("import", "export"),
    ("imported", "exported"),
    ("imports", "exports"),
    ("send", "receive"),
    ("sent", "received"),
    ("push", "pull"),
    ("arrive", "depart"),
    ("arrived", "departed"),
    ("gain", "lose"),
    ("gained", "lost"),
    ("support", "oppose"),
    ("supported", "opposed"),
    ("agree", "disagree"),
    ("include", "exclude"),
    ("included", "excluded"),
    ("common", "rare"),
    ("success", "failure"),
    ("rural", "urban"),
    ("domestic", "foreign"),
    ("military", "civilian"),
    ("natural", "artificial"),
    ("maximum", "minimum"),
    ("raise", "lower"),
    ("raised", "lowered"),
    ("war", "peace"),
    ("birth", "death"),
    ("born", "died"),
    ("create", "destroy"),
    ("created", "destroyed"),
    ("build", "destroy"),
    ("built", "destroyed"),
    ("appear", "disappear"),
    ("appeared", "disappeared"),
    ("wet", "dry"),
];

/// Words of opposite meaning to a lowercase word.
pub fn opposites(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    OPPOSITES.iter().filter_map(move |&(a, b)| {
        if a == word {
            Some(b)
        } else if b == word {
            Some(a)
        } else {
            None
        }
    })
}

/// Equivalents of a lowercase word, itself excluded.
pub fn equivalents(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    GROUPS
        .iter()
        .filter(move |g| g.contains(&word))
        .flat_map(|g| g.iter().copied())
        .filter(move |w| *w != word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opposites_read_both_ways_and_never_equivalents() {
        assert!(opposites("weak").any(|w| w == "strong"));
        assert!(opposites("strong").any(|w| w == "weak"));
        assert_eq!(opposites("bridge").count(), 0);
        for &(a, b) in OPPOSITES {
            assert!(!equivalents(a).any(|e| e == b), "{a} and {b}");
        }
    }
}
