//! Common English equivalents, for questions phrased in other words than the
//! documents use ("take part" for "participate", "extra" for "additional").
//! General language only; a knowledge base's own vocabulary belongs in its
//! `synonyms.toml`.

use std::collections::HashMap;
use std::sync::LazyLock;

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
    // Joining a treaty or a body is acceding to it: "China joining the TAC" is
    // "China's accession to the TAC".
    &[
        "accede",
        "acceded",
        "accedes",
        "accession",
        "join",
        "joined",
        "joining",
        "joins",
    ],
    &["extra", "additional", "further", "another"],
    // A line or a port that starts operating opens: "When did the railway start
    // operating?" for "the opening ceremony of the railway".
    &[
        "open",
        "opens",
        "opened",
        "opening",
        "operate",
        "operates",
        "operated",
        "operating",
    ],
    // A verb and the one who does it: "What does Xu Lin direct?" for "Xu Lin,
    // director of ...".
    &["direct", "directs", "directed", "director", "directors"],
    &["guide", "guides", "guided", "guidance"],
    // What is restored returns to what it was: "Have visa policies returned to
    // pre-pandemic levels?" for "Visa ... policies ... have been fully restored".
    &[
        "return", "returns", "returned", "restore", "restores", "restored",
    ],
    // Who one writes to is who one sends a letter to: "Who did Lim write to?"
    // for "Lim sent a letter to Wang Yi".
    &["write", "writes", "wrote", "written", "letter", "letters"],
    &[
        "explain",
        "explains",
        "explained",
        "introduce",
        "introduces",
        "introduced",
    ],
    &["govern", "governs", "governed", "governor", "governors"],
    &["manage", "manages", "managed", "manager", "managers"],
    &["edit", "edits", "edited", "editor", "editors"],
    &["tv", "television"],
    &[
        "congratulate",
        "congratulated",
        "congratulates",
        "congratulations",
        "congratulatory",
    ],
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
    &[
        "designate",
        "designated",
        "designation",
        "mark",
        "marked",
        "marks",
    ],
    &[
        "celebrate",
        "celebrated",
        "celebrates",
        "celebrating",
        "celebration",
        "commemorate",
        "commemorated",
        "commemorates",
        "commemorating",
        // An anniversary is marked.
        "mark",
        "marked",
        "marks",
    ],
    &["build", "built", "construct", "constructed", "construction"],
    &["cargo", "goods", "freight"],
    &[
        "fight",
        "fighting",
        "fought",
        "combat",
        "combating",
        "combatting",
        "tackle",
        "tackling",
    ],
    &["together", "jointly", "joint"],
    &["buy", "bought", "purchase", "purchased"],
    &["sell", "sold", "sale", "sales"],
    // What was bought from abroad was imported. "What does X import" is left
    // to "import": "Y buys" names another buyer as often as not.
    &["bought", "purchased", "imported"],
    &["sold", "exported"],
    &["die", "died", "death", "killed"],
    &["born", "birth"],
    &[
        "lead", "led", "leader", "head", "headed", "chief", "director", "dean",
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
        "transport",
        "transported",
        "carry",
        "carried",
        "move",
        "moved",
        "ship",
        "shipped",
    ],
    &[
        "important",
        "significant",
        "key",
        "vital",
        "crucial",
        "essential",
    ],
    &[
        "discuss",
        "discussed",
        "discussion",
        "discussions",
        "talk",
        "talks",
        "talking",
        "dialogue",
        "dialog",
    ],
    &[
        "provide", "provided", "offer", "offered", "supply", "supplied",
    ],
    &[
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "agency",
        "institution",
    ],
    &["speak", "spoke", "remark", "remarks", "stated"],
    &[
        "travel",
        "travelled",
        "traveled",
        "visit",
        "visited",
        "tour",
        "toured",
    ],
    &["win", "won", "victory", "defeat", "defeated"],
    &[
        "money",
        "fund",
        "funded",
        "funds",
        "funding",
        "finance",
        "financing",
    ],
    &["worker", "workers", "employee", "employees", "staff"],
    &["officer", "officers", "official", "officials"],
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
    // "keep cooperating" is "continuing to promote cooperation".
    &[
        "continue",
        "continued",
        "continuing",
        "keep",
        "kept",
        "keeps",
        "keeping",
    ],
    &["old", "ancient", "earliest", "early"],
    // Events are held, staged or convened; "host" names a role of its own
    // ("organized by ..., hosted by ...").
    &[
        "hold", "holds", "held", "holding", "stage", "stages", "staged", "convene", "convened",
    ],
    &[
        "propose",
        "proposed",
        "proposal",
        "proposals",
        "unveil",
        "unveiled",
        "announce",
        "announced",
    ],
    &[
        "passenger",
        "passengers",
        "rider",
        "riders",
        "traveller",
        "travellers",
        "traveler",
        "travelers",
    ],
    &["young", "youth", "youths", "youngsters"],
    &["farm", "farms", "farming", "agricultural", "agriculture"],
    &["goods", "products", "commodities"],
    &["main", "primary", "principal"],
    &["chance", "chances", "opportunity", "opportunities"],
];

/// Irregular verbs: their forms are one word ("flee", "fled"), which the
/// stemmer does not see.
const VERB_FORMS: &[&[&str]] = &[
    &["arise", "arose", "arisen"],
    &["beat", "beaten"],
    &["become", "became"],
    &["begin", "began", "begun"],
    &["bend", "bent"],
    &["bite", "bit", "bitten"],
    &["blow", "blew", "blown"],
    &["break", "broke", "broken"],
    &["bring", "brought"],
    &["build", "built"],
    &["buy", "bought"],
    &["catch", "caught"],
    &["choose", "chose", "chosen"],
    &["deal", "dealt"],
    &["dig", "dug"],
    &["draw", "drew", "drawn"],
    &["drink", "drank", "drunk"],
    &["drive", "drove", "driven"],
    &["eat", "ate", "eaten"],
    &["fall", "fell", "fallen"],
    &["feed", "fed"],
    &["feel", "felt"],
    &["fight", "fought"],
    &["find", "found"],
    &["flee", "fled"],
    &["fly", "flew", "flown"],
    &["forbid", "forbade", "forbidden"],
    &["forget", "forgot", "forgotten"],
    &["forgive", "forgave", "forgiven"],
    &["freeze", "froze", "frozen"],
    &["give", "gave", "given"],
    &["go", "went", "gone"],
    &["grow", "grew", "grown"],
    &["hang", "hung"],
    &["hear", "heard"],
    &["hide", "hid", "hidden"],
    &["hold", "held"],
    &["keep", "kept"],
    &["know", "knew", "known"],
    &["lay", "laid"],
    &["lead", "led"],
    &["leave", "left"],
    &["lend", "lent"],
    &["lose", "lost"],
    &["mean", "meant"],
    &["meet", "met"],
    &["overcome", "overcame"],
    &["pay", "paid"],
    &["ride", "rode", "ridden"],
    &["ring", "rang", "rung"],
    &["rise", "rose", "risen"],
    &["run", "ran"],
    &["say", "said"],
    &["seek", "sought"],
    &["sell", "sold"],
    &["send", "sent"],
    &["shake", "shook", "shaken"],
    &["shoot", "shot"],
    &["shrink", "shrank", "shrunk"],
    &["sing", "sang", "sung"],
    &["sink", "sank", "sunk"],
    &["sit", "sat"],
    &["slay", "slew", "slain"],
    &["sleep", "slept"],
    &["speak", "spoke", "spoken"],
    &["spend", "spent"],
    &["stand", "stood"],
    &["steal", "stole", "stolen"],
    &["stick", "stuck"],
    &["strike", "struck", "stricken"],
    &["swear", "swore", "sworn"],
    &["swim", "swam", "swum"],
    &["take", "took", "taken"],
    &["teach", "taught"],
    &["tear", "tore", "torn"],
    &["tell", "told"],
    &["think", "thought"],
    &["throw", "threw", "thrown"],
    &["understand", "understood"],
    &["undertake", "undertook", "undertaken"],
    &["uphold", "upheld"],
    &["wake", "woke", "woken"],
    &["wear", "wore", "worn"],
    &["win", "won"],
    &["withdraw", "withdrew", "withdrawn"],
    &["withhold", "withheld"],
    &["write", "wrote", "written"],
];

/// Phrases that say in several words what another phrasing says in others,
/// each with the words that stand for them all: "take effect" is "enter into
/// force" and "go into effect"; "take part" is "participate".
const IDIOMS: &[(&[&str], &[&str])] = &[
    (
        &[
            "take effect",
            "takes effect",
            "took effect",
            "taken effect",
            "taking effect",
            "come into force",
            "comes into force",
            "came into force",
            "coming into force",
            "enter into force",
            "enters into force",
            "entered into force",
            "entering into force",
            "entry into force",
            "go into effect",
            "goes into effect",
            "went into effect",
            "gone into effect",
            "going into effect",
            "come into effect",
            "comes into effect",
            "came into effect",
            "coming into effect",
            "into force",
            "into effect",
        ],
        &["force", "effect"],
    ),
    (
        &[
            "take part",
            "takes part",
            "took part",
            "taken part",
            "taking part",
        ],
        &["participate", "part"],
    ),
    (&["set up", "sets up", "setting up"], &["establish", "set"]),
    (
        &["kick off", "kicks off", "kicked off", "kicking off"],
        &["launch", "kick"],
    ),
    (
        &["put forward", "puts forward", "putting forward"],
        &["propose", "put"],
    ),
    (
        &[
            "come out of",
            "comes out of",
            "came out of",
            "coming out of",
        ],
        &["issue", "adopt", "release", "produce"],
    ),
    (
        &["put out", "puts out", "putting out"],
        &["release", "issue", "publish", "put"],
    ),
    // "called" alone asks for a name ("What is X called?"); "called for" is a demand.
    (
        &["call for", "calls for", "called for", "calling for"],
        &["call", "urge", "appeal"],
    ),
    (&["crackdown", "crackdowns"], &["crackdown", "crack"]),
    (&["police"], &["police", "enforcement"]),
    (
        &["centenary", "centennial"],
        &["centenary", "centennial", "100th"],
    ),
];

/// The idiom the lowercase `words` start with, if any: how many words it
/// takes, and the words that stand for it.
pub fn idiom_at(words: &[String]) -> Option<(usize, &'static [&'static str])> {
    type ByFirstWord = HashMap<&'static str, Vec<(Vec<&'static str>, &'static [&'static str])>>;
    static BY_FIRST_WORD: LazyLock<ByFirstWord> = LazyLock::new(|| {
        let mut map: ByFirstWord = HashMap::new();
        for &(phrases, stand_for) in IDIOMS {
            for phrase in phrases {
                let words: Vec<&str> = phrase.split(' ').collect();
                map.entry(words[0]).or_default().push((words, stand_for));
            }
        }
        map
    });
    let first = words.first()?;
    BY_FIRST_WORD
        .get(first.as_str())?
        .iter()
        .find(|(phrase, _)| {
            words.len() >= phrase.len() && phrase.iter().zip(words).all(|(p, w)| p == w)
        })
        .map(|(phrase, stand_for)| (phrase.len(), *stand_for))
}

/// The other forms of an irregular verb.
pub fn verb_forms(word: &str) -> impl Iterator<Item = &'static str> {
    static BY_WORD: LazyLock<Related> = LazyLock::new(|| by_word(VERB_FORMS));
    related(&BY_WORD, word)
}

/// Kinds of things and common members of each: "What fruit does Harbia
/// import?" is answered by "durian from Riverton". One way only: a durian is a
/// fruit, but a fruit is not a durian, nor a durian a banana.
const KINDS: &[(&[&str], &[&str])] = &[
    (
        &["fruit", "fruits"],
        &[
            "apple",
            "banana",
            "cherry",
            "coconut",
            "durian",
            "grape",
            "jackfruit",
            "lemon",
            "longan",
            "lychee",
            "mango",
            "mangosteen",
            "orange",
            "papaya",
            "pear",
            "pineapple",
            "pomelo",
            "rambutan",
            "strawberry",
            "watermelon",
        ],
    ),
    (
        &["vegetable", "vegetables"],
        &[
            "cabbage", "carrot", "cucumber", "garlic", "lettuce", "onion", "potato", "spinach",
            "tomato",
        ],
    ),
    (
        &["grain", "grains", "cereal", "cereals"],
        &[
            "barley", "corn", "maize", "millet", "oats", "rice", "sorghum", "wheat",
        ],
    ),
    (
        &["livestock", "animal", "animals"],
        &[
            "buffalo", "cattle", "chicken", "cow", "goat", "horse", "pig", "poultry", "sheep",
        ],
    ),
    (
        &["metal", "metals"],
        &[
            "aluminium",
            "aluminum",
            "copper",
            "gold",
            "iron",
            "nickel",
            "silver",
            "steel",
            "tin",
            "zinc",
        ],
    ),
    (
        &["sport", "sports"],
        &[
            "badminton",
            "baseball",
            "basketball",
            "football",
            "golf",
            "hockey",
            "rowing",
            "rugby",
            "soccer",
            "swimming",
            "tennis",
            "volleyball",
        ],
    ),
];

/// Common members of the kind a lowercase word names ("durian" for "fruit").
pub fn members(word: &str) -> impl Iterator<Item = &'static str> {
    KINDS
        .iter()
        .filter(move |(kind, _)| kind.contains(&word))
        .flat_map(|(_, members)| members.iter().copied())
}

/// Whether a lowercase word names a kind of things that [`members`] knows.
pub fn is_kind(word: &str) -> bool {
    members(word).next().is_some()
}

/// Whether a lowercase word, or its plural, is a member of the kind `kind`
/// names: "durians" of "fruit".
pub fn is_member(kind: &str, word: &str) -> bool {
    let plurals = [word.strip_suffix('s'), word.strip_suffix("es")];
    members(kind).any(|m| m == word || plurals.contains(&Some(m)))
}

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
    ("buy", "sell"),
    ("bought", "sold"),
    ("import", "export"),
    ("imported", "exported"),
    ("imports", "exports"),
    ("importer", "exporter"),
    ("buy", "export"),
    ("bought", "exported"),
    ("sell", "import"),
    ("sold", "imported"),
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
pub fn opposites(word: &str) -> impl Iterator<Item = &'static str> {
    static BY_WORD: LazyLock<Related> =
        LazyLock::new(|| by_word(OPPOSITES.iter().map(|&(a, b)| [a, b])));
    related(&BY_WORD, word)
}

/// Equivalents of a lowercase word, itself excluded.
pub fn equivalents(word: &str) -> impl Iterator<Item = &'static str> {
    static BY_WORD: LazyLock<Related> = LazyLock::new(|| by_word(GROUPS));
    related(&BY_WORD, word)
}

/// Endings that make a word of another's family, and the forms that other
/// word takes: "rivalry" of "rival", "leadership" of "leader", "troublesome"
/// of "trouble", "idealist" of "ideal"; and the doer of a deed, "organizers" of
/// "organized" or "organizing".
const FAMILY_ENDINGS: &[(&str, &[&str])] = &[
    ("ry", &["", "e"]),
    ("ship", &["", "s"]),
    ("some", &["", "e"]),
    ("ous", &["", "e"]),
    ("ist", &["", "e", "s"]),
    ("ists", &["", "e", "s"]),
    ("er", &["ed", "ing"]),
    ("ers", &["ed", "ing"]),
    ("or", &["ed", "ing"]),
    ("ors", &["ed", "ing"]),
];

/// Words that end like a doer or a kind of person but are not one: "former"
/// is no one who formed, "closer" no one who closed.
const NOT_OF_A_FAMILY: &[&str] = &["closer", "former", "latter", "letter", "matter"];

/// Letters the shorter word of a family has at least.
const SHORTEST_BASE: usize = 4;

/// Calls `found` with each word that may be of the same family as a
/// lowercase word: the word without an ending ("rival" for "rivalry"), or
/// with one ("partnership" for "partners", "troublesome" for "troubles",
/// "organizers" for "organized"). A "ry" follows only an "e" or "l"
/// ("slavery", "rivalry"): "country" is not of the family of "count". The
/// caller keeps those its documents use.
pub fn family(word: &str, mut found: impl FnMut(&str)) {
    if NOT_OF_A_FAMILY.contains(&word) {
        return;
    }
    let mut buf = String::new();
    let mut join = |base: &str, end: &str| {
        if base.len() >= SHORTEST_BASE {
            buf.clear();
            buf.push_str(base);
            buf.push_str(end);
            if !NOT_OF_A_FAMILY.contains(&buf.as_str()) {
                found(&buf);
            }
        }
    };
    let singular = word.strip_suffix('s').filter(|w| !w.ends_with('s'));
    for (ending, forms) in FAMILY_ENDINGS {
        let follows = |base: &str| *ending != "ry" || base.ends_with(['e', 'l']);
        // The word is the derived one: "rivalry" -> "rival".
        if let Some(base) = word.strip_suffix(ending).filter(|b| follows(b)) {
            for form in *forms {
                join(base, form);
            }
        }
        // The word is the one derived from: "partners" -> "partnership".
        for w in std::iter::once(word).chain(singular) {
            for form in *forms {
                if let Some(base) = w.strip_suffix(form).filter(|b| follows(b)) {
                    join(base, ending);
                }
            }
        }
    }
}

/// Each word of some groups, with the other words of the groups that hold it:
/// a question's words are looked up once each, not compared with every group.
type Related = HashMap<&'static str, Vec<&'static str>>;

fn by_word<G: AsRef<[&'static str]>>(groups: impl IntoIterator<Item = G>) -> Related {
    let mut out = Related::new();
    for group in groups {
        let group = group.as_ref();
        for &word in group {
            let others = out.entry(word).or_default();
            others.extend(group.iter().filter(|&&w| w != word));
        }
    }
    out
}

fn related(by_word: &'static Related, word: &str) -> impl Iterator<Item = &'static str> {
    by_word.get(word).into_iter().flatten().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_is_a_word_with_or_without_an_ending() {
        let family_of = |word: &str| {
            let mut out = Vec::new();
            family(word, |w| out.push(w.to_string()));
            out
        };
        assert!(family_of("rival").contains(&"rivalry".to_string()));
        assert!(family_of("rivalry").contains(&"rival".to_string()));
        assert!(family_of("partners").contains(&"partnership".to_string()));
        assert!(family_of("troubles").contains(&"troublesome".to_string()));
        assert!(family_of("organizer").contains(&"organized".to_string()));
        // Not "count" for "country", nor "formed" for "former".
        assert!(!family_of("country").contains(&"count".to_string()));
        assert!(!family_of("count").contains(&"country".to_string()));
        assert!(family_of("former").is_empty());
        assert!(!family_of("formed").contains(&"former".to_string()));
    }

    #[test]
    fn equivalents_and_idioms_stand_for_the_documents_words() {
        // "fighting crimes together" for "combating crimes ... jointly".
        assert!(equivalents("fighting").any(|w| w == "combating"));
        assert!(equivalents("together").any(|w| w == "jointly"));
        // "the radio and tv forum" for "the Forum on Radio & Television".
        assert!(equivalents("tv").any(|w| w == "television"));
        // Events staged, ideas unveiled, riders carried, young people joining.
        assert!(equivalents("staged").any(|w| w == "held"));
        assert!(equivalents("unveiled").any(|w| w == "proposed"));
        assert!(equivalents("riders").any(|w| w == "passengers"));
        assert!(equivalents("young").any(|w| w == "youth"));
        assert!(equivalents("farm").any(|w| w == "agricultural"));
        assert!(equivalents("goods").any(|w| w == "products"));
        let words = ["kicked".to_string(), "off".to_string()];
        assert_eq!(idiom_at(&words), Some((2, &["launch", "kick"][..])));
        let words = ["put".to_string(), "forward".to_string()];
        assert_eq!(idiom_at(&words), Some((2, &["propose", "put"][..])));
        // "What did the forum put out?" for "the forum released ...".
        let words = ["put".to_string(), "out".to_string()];
        assert_eq!(
            idiom_at(&words),
            Some((2, &["release", "issue", "publish", "put"][..]))
        );
        // "What did the initiative call for?" for "It called for enhanced cooperation ...".
        let words = ["called".to_string(), "for".to_string()];
        assert_eq!(idiom_at(&words), Some((2, &["call", "urge", "appeal"][..])));
        // "begin talking" for "started their dialogue"; "gave guidance" for "guided by".
        assert!(equivalents("talking").any(|w| w == "dialogue"));
        assert!(equivalents("guidance").any(|w| w == "guided"));
        // "Who explained the program?" for "... introduced the basic situation of the program".
        assert!(equivalents("explained").any(|w| w == "introduced"));
        // "What came out of the forum?" for "... Declaration was adopted and issued at the forum".
        let words: Vec<String> = ["came", "out", "of", "the"].map(String::from).into();
        assert_eq!(
            idiom_at(&words),
            Some((3, &["issue", "adopt", "release", "produce"][..]))
        );
        // "What did the summit celebrate?" for "a Special Summit to Commemorate ...".
        assert!(equivalents("celebrate").any(|w| w == "commemorate"));
        // "What does Xu Lin direct?" for "Xu Lin, director of ...".
        assert!(equivalents("direct").any(|w| w == "director"));
        // "crackdowns" for "cracking down".
        let words = ["crackdowns".to_string(), "on".to_string()];
        assert_eq!(idiom_at(&words), Some((1, &["crackdown", "crack"][..])));
        // "a congratulatory letter" for "a letter to extend warm congratulations".
        assert!(equivalents("congratulatory").any(|w| w == "congratulations"));
        // "the CPC centenary" for "the 100th anniversary of the CPC's founding".
        let words = ["centenary".to_string()];
        assert_eq!(
            idiom_at(&words),
            Some((1, &["centenary", "centennial", "100th"][..]))
        );
        // "police" for "law enforcement".
        let words = ["police".to_string()];
        assert_eq!(idiom_at(&words), Some((1, &["police", "enforcement"][..])));
    }

    #[test]
    fn a_kind_stands_for_its_members_but_not_the_other_way() {
        assert!(members("fruit").any(|w| w == "durian"));
        assert!(members("fruits").any(|w| w == "jackfruit"));
        assert_eq!(members("durian").count(), 0);
        assert!(is_kind("fruit") && !is_kind("durian"));
        assert!(is_member("fruit", "durians") && is_member("fruit", "mangoes"));
        assert!(!is_member("fruit", "cattle"));
        assert!(!equivalents("durian").any(|w| w == "banana"));
    }

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
