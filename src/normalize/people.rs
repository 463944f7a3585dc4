//! People the gazetteer does not know: names found in the text itself.
//!
//! A news report introduces most of its people with a title or a role ("coach Carlo Ancelotti",
//! "President Lula", "the defendant, Mark Evans,") or as a speaker ("said Maria Costa"); later it
//! calls them by surname alone ("Costa said"). These are found here so that pronouns, ages and
//! implicit subjects can refer to them like to gazetteer entities.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex::Regex;

use crate::rules::boundaries::{Haystack, Twin};
use crate::rules::entities::{name_key, EntityMention, Gazetteer};
use crate::rules::Lexicon;

/// A capitalised name of two to four words ("Maria Costa", "Jean-Luc de Villiers" is left to
/// the first two capitals). A line break may fall between its words, a paragraph break may not
/// ("… at 9:41 AM" closing one paragraph and "The King, 90," opening the next): `\n?` after
/// spaces, or one `\n` then spaces.
const NAME: &str =
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:(?:[^\S\n]+\n?|\n)[^\S\n]*\p{Lu}[\p{L}'’-]+){1,3})";

/// A name after a title may be a single word ("Emperor Naruhito").
const TITLED_NAME: &str =
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:(?:[^\S\n]+\n?|\n)[^\S\n]*\p{Lu}[\p{L}'’-]+){0,3})";

/// Words of an office that a name pattern may take for part of the name ("District Attorney
/// Melissa Carver" is Melissa Carver).
const ROLE_WORDS: &[&str] = &[
    "district",
    "county",
    "state",
    "regional",
    "provincial",
    "municipal",
    "federal",
    "deputy",
    "assistant",
    "acting",
    "former",
    "interim",
    "attorney",
    "general",
    "president",
    "minister",
    "prime",
    "chief",
    "executive",
    "judge",
    "justice",
    "senator",
    "governor",
    "mayor",
    "secretary",
    "director",
    "commissioner",
    "coach",
    "manager",
    "emperor",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "officer",
    "police",
    "inspector",
    "detective",
    "sergeant",
    "captain",
    "colonel",
    "lieutenant",
    "vice",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "ambassador",
    "chancellor",
    "premier",
    "professor",
];

/// Titles and roles that introduce a person's name.
static INTRODUCED: LazyLock<Twin> = LazyLock::new(|| {
    let titles = r"(?:President|Vice\s+President|Emperor|Empress|Prime\s+Minister|Premier|Chancellor|King|Queen|Prince|Princess|Sheikh|Emir|Pope|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Judge|Justice|Governor|Senator|Congressman|Congresswoman|Minister|Secretary|Mayor|[Cc]ouncill?or|[Cc]ouncilman|[Cc]ouncilwoman|[Aa]lderman|[Aa]lderwoman|Ambassador|General|Gen\.|Colonel|Captain|Commissioner|Chief|Director|Professor|Prof\.?|[Cc]oach|[Mm]anager|[Ss]triker|[Mm]idfielder|[Dd]efender|[Gg]oalkeeper|[Cc]aptain|[Dd]efendant|[Pp]rosecutor|[Ll]awyer|[Aa]ttorney|[Cc]hief\s+[Ee]xecutive|CEO|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ff]ounder|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|[Gg]overnor|[Aa]nalyst|[Ee]conomist|[Rr]esearcher|[Oo]fficial|[Ll]eader|[Cc]andidate|[Cc]hallenger|[Ii]ncumbent)";
    Twin::new(&format!(r"\b{titles}\s+{TITLED_NAME}"), Regex::new)
});

/// A person introduced with their age: "Raymond Castellanos, 54, …".
static WITH_AGE: LazyLock<Twin> =
    LazyLock::new(|| Twin::new(&format!(r"{NAME},\s+\d{{1,3}},"), Regex::new));

/// A person introduced by an appositive naming their role: "Lukas Reinhardt, a half-time
/// substitute, …", "Mariana Costa, a 34-year-old nurse".
static WITH_ROLE: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        &format!(
            r"{NAME},\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:substitute|striker|midfielder|defender|goalkeeper|forward|winger|captain|coach|manager|player|minister|official|spokesman|spokeswoman|director|lawyer|nurse|teacher|student|resident|analyst|economist|researcher|professor|officer|founder|executive|chairman|chairwoman|deputy|aide|adviser|advisor|judge|prosecutor|defendant|witness|survivor|farmer|worker|owner|leader|candidate|accountant|banker|businessman|businesswoman|engineer|doctor|journalist|activist|entrepreneur|investor|pensioner|economist|lecturer|consultant)\b"
        ),
        Regex::new,
    )
});

/// A speaker named after the verb: "said Maria Costa", "according to Maria Costa".
static SPEAKER_AFTER: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        &format!(r"\b(?:said|says|told|added|according\s+to)\s+{NAME}"),
        Regex::new,
    )
});

/// A speaker named before the verb: "Maria Costa said".
static SPEAKER_BEFORE: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        &format!(r"{NAME}\s+(?:said|says|told|added|argued|insisted|warned|noted|explained)\b"),
        Regex::new,
    )
});

/// A surname alone before a verb of speech: "Mekonnen said".
static SURNAME_SPEAKER_BEFORE: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        r"(?P<name>\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|added|insisted|warned|noted|explained)\b",
        Regex::new,
    )
});

/// A surname alone after a verb of speech: "said Okafor".
static SURNAME_SPEAKER_AFTER: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        r"\b(?:said|says|added|insisted)\s+(?P<name>\p{Lu}[\p{L}'’-]+)\b",
        Regex::new,
    )
});

/// A person introduced by their party or body: "Mariela Solano of the National Liberation Party".
static WITH_AFFILIATION: LazyLock<Twin> =
    LazyLock::new(|| Twin::new(&format!(r"{NAME}\s+of\s+the\s+\p{{Lu}}"), Regex::new));

/// A person named as the one something only happens to people happens to: "Gareth Pryce was
/// given a nine-year sentence", "Ana Ruiz was sworn in".
static PERSONAL_PASSIVE: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        &format!(
            r"{NAME}\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:(?:also|later|then|formally)\s+)?(?:sentenced|jailed|imprisoned|convicted|acquitted|given|elected|re-elected|appointed|sworn\s+in|inaugurated|arrested|charged|born|married|released\s+from\s+prison)\b"
        ),
        Regex::new,
    )
});

/// A bare two- or three-word name as the subject of a verb: "Mariela Solano has begun talks",
/// "Dana Whitfield won". Many capitalised pairs stand before verbs without naming anyone ("Costa
/// Rica has", "National Liberation won"), so such a name counts only once the text also calls
/// it by its last word alone ("Solano will be inaugurated"), as news does with people.
static BARE_SUBJECT: LazyLock<Twin> = LazyLock::new(|| {
    Twin::new(
        r"(?P<name>\p{Lu}[\p{L}'’-]+(?:(?:[^\S\n]+\n?|\n)[^\S\n]*\p{Lu}[\p{L}'’-]+){1,2})\s+(?:has|had|will|would|is|was|won|wins|took|began|spent|met|became|led|ran|made|gave|left|lost|beat|held|told|wrote|\p{Ll}{2,}ed)\b",
        Regex::new,
    )
});

/// Last words that make a capitalised name an institution's, not a person's ("the Social
/// Progress Party of the …", "Leeds Crown Court was …", "Leeds United has …").
const INSTITUTION_WORDS: &[&str] = &[
    "party",
    "front",
    "alliance",
    "union",
    "court",
    "bank",
    "council",
    "tribunal",
    "assembly",
    "ministry",
    "organization",
    "organisation",
    "association",
    "company",
    "group",
    "corporation",
    "university",
    "club",
    "league",
    "committee",
    "commission",
    "agency",
    "service",
    "office",
    "department",
    "authority",
    "fund",
    "police",
    "army",
    "forces",
    "republic",
    "kingdom",
    "states",
    "government",
    "parliament",
    "congress",
    "senate",
    "institute",
    "hospital",
    "school",
    "college",
    "board",
    "movement",
    "coalition",
    "democrats",
    "republicans",
    "liberals",
    "conservatives",
    "greens",
    "knitwear",
    "industries",
    // Last words of companies' names, which say things as people do ("Halvard Motors said").
    "motors",
    "motor",
    "automotive",
    "airlines",
    "airways",
    "railways",
    "lines",
    "ferries",
    "shipping",
    "holdings",
    "partners",
    "therapeutics",
    "pharmaceuticals",
    "systems",
    "logistics",
    "freight",
    "inc",
    "ltd",
    "plc",
    "corp",
    "holdings",
    "inc",
    "corp",
    "ltd",
    "plc",
    "energy",
    "technologies",
    "systems",
    "pharmaceuticals",
    "electric",
    "steel",
    "foods",
    "partners",
    "capital",
    "media",
    "networks",
    "telecom",
    "logistics",
    "shipping",
    "mining",
    "petroleum",
    "insurance",
    "financial",
    // Last words of clubs' names, which news calls the club by alone with a singular verb as
    // it does a person by surname ("Leeds United … United has won"): a club, not a person.
    "united",
    "city",
    "town",
    "rovers",
    "wanderers",
    "athletic",
    "albion",
    "rangers",
    "hotspur",
    "fc",
    "afc",
    "cf",
];

/// A person found in the text: the full name and every range that names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalPerson {
    pub name: String,
    pub mentions: Vec<Range<usize>>,
    /// Whether another report of the story introduced them, this one only writing the name.
    pub from_story: bool,
}

/// The gazetteer's mentions in `text`, less a known person's surname where the text gives that
/// surname to someone else: in a report about "Marisol Vance", a later "Vance" is her, not JD
/// Vance, unless the report also names JD Vance in full. The surname is given to someone else
/// where it follows a capitalised word that could be a given name ("Marisol Vance"), not a title
/// ("Senator Vance") nor a word that never names anyone ("Yesterday Vance said").
pub fn gazetteer_mentions(
    text: &str,
    gazetteer: &Gazetteer,
    lexicon: &Lexicon,
) -> Vec<EntityMention> {
    let mut known = gazetteer.scan(text);
    let surname_alone = |m: &EntityMention| {
        !text[m.range.clone()].contains(char::is_whitespace)
            && gazetteer.get(m.entity).entity_type == "person"
    };
    let given_to_another =
        |m: &EntityMention| given_name_before(&text[..m.range.start], lexicon).is_some();
    let taken: std::collections::HashSet<(usize, String)> = known
        .iter()
        .filter(|m| surname_alone(m) && given_to_another(m))
        .map(|m| (m.entity, name_key(&text[m.range.clone()])))
        .collect();
    if taken.is_empty() {
        return known;
    }
    let named_in_full: std::collections::HashSet<usize> = known
        .iter()
        .filter(|m| !surname_alone(m))
        .map(|m| m.entity)
        .collect();
    known.retain(|m| {
        !surname_alone(m)
            || named_in_full.contains(&m.entity)
            || !taken.contains(&(m.entity, name_key(&text[m.range.clone()])))
    });
    known
}

/// The people a text introduces that the gazetteer does not name, with every mention (full name
/// or surname alone). `known` are the gazetteer's mentions, which take precedence.
pub fn find(
    text: &str,
    known: &[EntityMention],
    gazetteer: &Gazetteer,
    lexicon: &Lexicon,
) -> Vec<LocalPerson> {
    let names = names_introduced(text, known, gazetteer, lexicon).names;
    with_mentions(text, known, &names, names.len())
}

/// The people of a report of a story: those it introduces itself (`introduced`, from
/// [`names_introduced`]), and those another report of the story introduced that it writes in
/// full. "Irena Solvik" is a person in a report that only says "voters chose Irena Solvik",
/// when another calls her "Solvik, 47,".
pub fn find_in_story(
    text: &str,
    known: &[EntityMention],
    introduced: &[String],
    story: &StoryPeople,
) -> Vec<LocalPerson> {
    let keys: std::collections::HashSet<String> =
        introduced.iter().map(|name| name_key(name)).collect();
    let mut names = introduced.to_vec();
    for name in story.written_in(text) {
        if keys.contains(&name_key(name)) {
            continue;
        }
        names.push(name.to_string());
    }
    with_mentions(text, known, &names, introduced.len())
}

/// Each name with every mention of it in `text`, full or by surname; names never mentioned
/// are left out. The names after the first `own` come from other reports of the story.
fn with_mentions(
    text: &str,
    known: &[EntityMention],
    names: &[String],
    own: usize,
) -> Vec<LocalPerson> {
    let overlaps_known = overlaps(known);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let found = mentions_of(text, &names, &overlaps_known);
    names
        .iter()
        .zip(found)
        .enumerate()
        .filter(|(_, (_, mentions))| !mentions.is_empty())
        .map(|(index, (name, mentions))| LocalPerson {
            name: name.to_string(),
            mentions,
            from_story: index >= own,
        })
        .collect()
}

/// Whether a range overlaps one of the gazetteer's mentions.
fn overlaps(known: &[EntityMention]) -> impl Fn(&Range<usize>) -> bool {
    // The known mentions by start, with the furthest end so far: a range overlaps one iff some
    // mention starting before its end ends after its start. A binary search each, where going
    // through all of them made a long text's cost grow with the square of its length.
    let mut by_start: Vec<(usize, usize)> =
        known.iter().map(|k| (k.range.start, k.range.end)).collect();
    by_start.sort_unstable();
    let furthest_end: Vec<usize> = by_start
        .iter()
        .scan(0, |furthest, &(_, end)| {
            *furthest = end.max(*furthest);
            Some(*furthest)
        })
        .collect();
    move |r: &Range<usize>| {
        let starting_before = by_start.partition_point(|&(start, _)| start < r.end);
        starting_before > 0 && furthest_end[starting_before - 1] > r.start
    }
}

/// The names of the people a text introduces itself (see [`find`]): those a title, a role, a
/// quote or an age introduces first, then bare subjects the text also calls by surname (see
/// [`BARE_SUBJECT`]), with how many there are of the first.
pub fn names_introduced(
    text: &str,
    known: &[EntityMention],
    gazetteer: &Gazetteer,
    lexicon: &Lexicon,
) -> Introduced {
    let overlaps_known = overlaps(known);
    let haystack = Haystack::new(text);
    let without_origin = |names: Vec<String>| -> Vec<String> {
        let mut keys = std::collections::HashSet::new();
        names
            .into_iter()
            .map(|name| without_demonym(&name, gazetteer).to_string())
            .filter(|name| keys.insert(name_key(name)))
            .collect()
    };
    let mut introduced = without_origin(names_found(
        text,
        &haystack,
        &introductions(),
        &overlaps_known,
        lexicon,
    ));
    let mut bare = without_origin(names_found(
        text,
        &haystack,
        &[&*BARE_SUBJECT],
        &overlaps_known,
        lexicon,
    ));
    let keys: std::collections::HashSet<String> =
        introduced.iter().map(|name| name_key(name)).collect();
    // "Hurricane Maria made landfall": a name with an event's noun in it is the event's.
    bare.retain(|name| {
        !keys.contains(&name_key(name))
            && !name
                .split_whitespace()
                .any(|word| lexicon.is_event_noun(word))
    });
    // A bare subject is a person only if the text calls it by its last word alone somewhere.
    if !bare.is_empty() {
        let names: Vec<&str> = introduced.iter().chain(&bare).map(String::as_str).collect();
        let found = mentions_of(text, &names, &overlaps_known);
        let by_surname_alone: Vec<bool> = found[introduced.len()..]
            .iter()
            .zip(&bare)
            .map(|(mentions, name)| {
                mentions
                    .iter()
                    .any(|r| text[r.clone()] != **name && !takes_plural_verb(&text[r.end..]))
            })
            .collect();
        let mut keep = by_surname_alone.into_iter();
        bare.retain(|_| keep.next().unwrap_or(false));
    }
    // Quoted by surname, named in full elsewhere: as sure as a quote with the full name.
    for name in speakers_by_surname(text, &haystack, &overlaps_known, lexicon) {
        let key = name_key(&name);
        if !introduced.iter().any(|n| name_key(n) == key) {
            bare.retain(|n| name_key(n) != key);
            introduced.push(name);
        }
    }
    // "Meridia said", where the text also writes "Meridia Lines": a company's short name.
    // "Marisol had weakened", where the text also writes "Typhoon Marisol": a storm's.
    let storms = if introduced.is_empty() && bare.is_empty() {
        std::collections::HashSet::new()
    } else {
        storm_names(text, lexicon)
    };
    let a_storm = |name: &str| {
        name.split_whitespace()
            .last()
            .is_some_and(|last| storms.contains(last))
    };
    introduced.retain(|name| !starts_institution_name(text, name) && !a_storm(name));
    bare.retain(|name| !starts_institution_name(text, name) && !a_storm(name));
    let sure = introduced.len();
    Introduced {
        names: with_full_names(text, introduced.into_iter().chain(bare).collect(), lexicon),
        sure,
    }
}

/// A name without the word of origin news may put before it: "Chilean Tomas Aranda won" is
/// Tomas Aranda, as "Chile's Tomas Aranda" is. Only before a name of two words or more,
/// so a name that is one word after a demonym stays whole.
pub fn without_demonym<'n>(name: &'n str, gazetteer: &Gazetteer) -> &'n str {
    let Some((first, rest)) = name.split_once(' ') else {
        return name;
    };
    let rest = rest.trim_start();
    let full_name = rest.split_whitespace().count() >= 2 && rest.starts_with(char::is_uppercase);
    if full_name
        && gazetteer.country_of_demonym(first).is_some()
        && gazetteer.lookup(name).is_none()
    {
        rest
    } else {
        name
    }
}

/// The words `text` writes after a storm's class ("Hurricane Orla", "Tropical Storm Ines",
/// "Typhoon Marisol"), in one pass: storms are named after their class, often with a person's
/// name, and "Orla had weakened" is the storm.
fn storm_names<'t>(text: &'t str, lexicon: &Lexicon) -> std::collections::HashSet<&'t str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|pair| {
            let class = pair[0].trim_start_matches(|c: char| !c.is_alphabetic());
            class.starts_with(char::is_uppercase)
                && class.chars().all(char::is_alphabetic)
                && lexicon.canonical_event(&class.to_lowercase()) == "storm"
        })
        .map(|pair| pair[1].trim_end_matches(|c: char| !c.is_alphanumeric()))
        .filter(|name| name.starts_with(char::is_uppercase))
        .collect()
}

/// Whether the text writes the one-word `name` as the first word of an institution's name
/// ("Meridia Lines", "Halvard Motors"): then "Meridia said" is the company speaking.
fn starts_institution_name(text: &str, name: &str) -> bool {
    if name.contains(char::is_whitespace) {
        return false;
    }
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + name.len()..];
        let Some(next) = rest.strip_prefix(' ') else {
            return false;
        };
        let word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
        !before.is_some_and(char::is_alphanumeric)
            && word.starts_with(char::is_uppercase)
            && INSTITUTION_WORDS.contains(&word.to_lowercase().as_str())
    })
}

/// The names, each surname alone replaced by the full name the text writes it in (see
/// [`full_names`]): a report that calls someone "Mekonnen" and opened with "Ethiopia's Tadesse
/// Mekonnen broke the record" is about Tadesse Mekonnen.
fn with_full_names(text: &str, mut names: Vec<String>, lexicon: &Lexicon) -> Vec<String> {
    let alone: Vec<usize> = (0..names.len())
        .filter(|&i| !names[i].contains(char::is_whitespace))
        .collect();
    let surnames: Vec<&str> = alone.iter().map(|&i| names[i].as_str()).collect();
    let full = full_names(text, &surnames, lexicon);
    for (i, name) in alone.into_iter().zip(full) {
        let Some(name) = name else { continue };
        if !names.iter().any(|other| name_key(other) == name_key(&name)) {
            names[i] = name;
        }
    }
    names
}

/// For each of `surnames`, the full name `text` writes it in when it writes one and only one
/// ("Tadesse Mekonnen" for "Mekonnen"): a capitalised given name right before it, not a word
/// that never names anyone nor a possessive ("Ethiopia's Mekonnen"). A surname written after two
/// different given names ("Gareth Pryce", "Owen Pryce") has none.
fn full_names(text: &str, surnames: &[&str], lexicon: &Lexicon) -> Vec<Option<String>> {
    let mut given: Vec<Option<Option<&str>>> = vec![None; surnames.len()];
    let Ok(scanner) = AhoCorasick::new(surnames) else {
        return vec![None; surnames.len()];
    };
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    for found in scanner.find_iter(text) {
        let (start, end) = (found.start(), found.end());
        if is_word(text[..start].chars().next_back()) || is_word(text[end..].chars().next()) {
            continue;
        }
        let Some(first) = given_name_before(&text[..start], lexicon) else {
            continue;
        };
        let slot = &mut given[found.pattern().as_usize()];
        *slot = match *slot {
            None => Some(Some(first)),
            Some(Some(seen)) if seen == first => Some(Some(seen)),
            _ => Some(None),
        };
    }
    surnames
        .iter()
        .zip(given)
        .map(|(surname, first)| Some(format!("{} {surname}", first??)))
        .collect()
}

/// People a report quotes by surname alone ("Mekonnen said", "said Okafor") whose full name it
/// writes elsewhere: news names someone in full once, then quotes them by surname.
fn speakers_by_surname(
    text: &str,
    haystack: &Haystack<'_>,
    overlaps_known: &dyn Fn(&Range<usize>) -> bool,
    lexicon: &Lexicon,
) -> Vec<String> {
    let mut surnames: Vec<&str> = Vec::new();
    for twin in [&*SURNAME_SPEAKER_BEFORE, &*SURNAME_SPEAKER_AFTER] {
        let Some((regex, read)) = twin.for_haystack(haystack) else {
            continue;
        };
        for found in regex.captures_iter(read).filter_map(|c| c.name("name")) {
            let name = &text[found.range()];
            let lower = name.to_lowercase();
            if overlaps_known(&found.range())
                || lexicon.is_not_a_name(name)
                || lexicon.is_event_noun(name)
                || INSTITUTION_WORDS.contains(&lower.as_str())
                || is_role_word(&lower)
                || surnames.contains(&name)
            {
                continue;
            }
            surnames.push(name);
        }
    }
    full_names(text, &surnames, lexicon)
        .into_iter()
        .flatten()
        .filter(|full| {
            let given = full.split_whitespace().next().unwrap_or_default();
            !INSTITUTION_WORDS.contains(&given.to_lowercase().as_str())
        })
        .collect()
}

/// The names a report introduces (see [`names_introduced`]).
#[derive(Debug, Default)]
pub struct Introduced {
    /// Those a title, a role, a quote or an age introduces, then the bare subjects.
    pub names: Vec<String>,
    /// How many of `names` are of the first sort.
    pub sure: usize,
}

/// What one report of a story says of people, read before its claims are made.
#[derive(Debug, Default)]
pub struct ReportPeople {
    /// The gazetteer's mentions in the report.
    pub known: Vec<EntityMention>,
    pub introduced: Introduced,
}

/// The people the reports of one story introduce, by full name: each report's own
/// ([`names_introduced`], kept for its context) and all of them together, so that a report
/// that writes a name another report introduced knows it for a person
/// (see [`find_in_story`]). Only names a title, a role, a quote or an age introduced are
/// shared, and only of two words or more: a capitalised pair before a verb may be a club
/// ("Real Montevar completed the signing"), and a surname alone may be anyone's.
#[derive(Debug, Default)]
pub struct StoryPeople {
    /// Each report's gazetteer mentions and the names it introduces (see
    /// [`names_introduced`]), in report order.
    pub per_report: Vec<ReportPeople>,
    names: Vec<String>,
    scanner: Option<AhoCorasick>,
}

impl StoryPeople {
    /// The people of `texts`, each report read on its own first (in parallel).
    pub fn of(texts: &[&str], gazetteer: &Gazetteer, lexicon: &Lexicon) -> StoryPeople {
        use rayon::prelude::*;
        let per_report: Vec<ReportPeople> = texts
            .par_iter()
            .map(|text| {
                let known = gazetteer_mentions(text, gazetteer, lexicon);
                let introduced = names_introduced(text, &known, gazetteer, lexicon);
                ReportPeople { known, introduced }
            })
            .collect();
        let mut keys = std::collections::HashSet::new();
        let names: Vec<String> = per_report
            .iter()
            .flat_map(|report| &report.introduced.names[..report.introduced.sure])
            .filter(|name| name.split_whitespace().count() >= 2 && keys.insert(name_key(name)))
            .cloned()
            .collect();
        let scanner = (texts.len() > 1 && !names.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .build(&names)
                    .ok()
            })
            .flatten();
        StoryPeople {
            per_report,
            names,
            scanner,
        }
    }

    /// The story's people whose full name `text` writes as whole words.
    fn written_in<'s>(&'s self, text: &str) -> Vec<&'s str> {
        let Some(scanner) = &self.scanner else {
            return Vec::new();
        };
        let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let mut found: Vec<&str> = scanner
            .find_iter(text)
            .filter(|m| {
                !is_word(text[..m.start()].chars().next_back())
                    && !is_word(text[m.end()..].chars().next())
            })
            .map(|m| self.names[m.pattern().as_usize()].as_str())
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// Whether the words after a name are a plural verb ("Tucuman are third", "United have won"):
/// a team or a group, not one person.
fn takes_plural_verb(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or_default();
    matches!(next, "are" | "have" | "were")
}

/// The patterns that introduce a person without doubt: a title, a role, a quote, an age.
fn introductions() -> [&'static Twin; 7] {
    [
        &*INTRODUCED,
        &*SPEAKER_AFTER,
        &*SPEAKER_BEFORE,
        &*WITH_AGE,
        &*WITH_ROLE,
        &*WITH_AFFILIATION,
        &*PERSONAL_PASSIVE,
    ]
}

/// The distinct names the patterns find, in order, without those the gazetteer knows, those that
/// start with a word that never names anyone and institutions' names.
fn names_found(
    text: &str,
    haystack: &Haystack<'_>,
    patterns: &[&Twin],
    overlaps_known: &dyn Fn(&Range<usize>) -> bool,
    lexicon: &Lexicon,
) -> Vec<String> {
    // Read with non-ASCII letters masked, on the fast engines (see `Haystack`); the ranges
    // are the text's own.
    let ranges = patterns
        .iter()
        .filter_map(|twin| twin.for_haystack(haystack))
        .flat_map(|(regex, read)| regex.captures_iter(read))
        .filter_map(|c| c.name("name").map(|m| without_role_words(text, m.range())));
    let mut keys = std::collections::HashSet::new();
    let mut names = Vec::new();
    for range in ranges {
        let name = &text[range.clone()];
        if name.is_empty() {
            continue;
        }
        let first = name.split_whitespace().next().unwrap_or_default();
        let last = name.split_whitespace().last().unwrap_or_default();
        let institution = INSTITUTION_WORDS.contains(&last.to_lowercase().as_str());
        // "The Ethiopian, 29,": one word after "the" describes someone named elsewhere.
        let described = first == last && after_the(&text[..range.start]);
        if overlaps_known(&range)
            || lexicon.is_not_a_name(first)
            || institution
            || described
            || names_an_office(name, &text[range.end..])
        {
            continue;
        }
        if keys.insert(name_key(name)) {
            names.push(name.to_string());
        }
    }
    names
}

/// Whether the words after a name make it part of an office's name: in "the first incumbent
/// Port Callum mayor", Port Callum is where the mayor is mayor, not a person the title introduces.
/// A possessive name owns what follows ("Chancellor Weber's state visit"), so it stays.
fn names_an_office(name: &str, after: &str) -> bool {
    if name.ends_with("'s") || name.ends_with("’s") {
        return false;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    LOCAL_OFFICES.contains(&word.as_str())
}

/// Offices and bodies named after the place they serve ("the Lagos governor", "the Kent
/// county council"), lower case as a modifier leaves them.
const LOCAL_OFFICES: &[&str] = &[
    "mayor",
    "mayors",
    "governor",
    "governors",
    "senator",
    "senators",
    "council",
    "councils",
    "councillor",
    "councillors",
    "councilor",
    "councilors",
    "county",
    "police",
    "sheriff",
    "assembly",
    "legislature",
];

/// Whether `before` ends with the word "the" (any case) and a space.
fn after_the(before: &str) -> bool {
    let trimmed = before.trim_end();
    trimmed.len() < before.len()
        && trimmed
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|word| word.eq_ignore_ascii_case("the"))
}

/// The name without the words of an office or a form of address in front of it: "Dr Klaus
/// Wernicke, 71," is the Klaus Wernicke another report introduces.
fn without_role_words(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start;
    let words: Vec<&str> = text[range.clone()].split_whitespace().collect();
    for (index, word) in words.iter().enumerate() {
        let lower = word.to_lowercase();
        // A form of address goes only before a full name: "Mr Okoye" and "Mrs Okoye" are two
        // people, and "Lady Gaga" is a name.
        let honorific = is_honorific(&lower) && words.len() - index > 2;
        // "Winger Rafael Duarte, 24,": a sports or court role before a full name.
        let extra = EXTRA_ROLE_WORDS.contains(&lower.as_str()) && words.len() - index > 2;
        if !honorific && !extra && !is_role_word(&lower) {
            break;
        }
        start = text[start..range.end]
            .find(word)
            .map_or(range.end, |i| start + i + word.len());
        start += text[start..range.end].len() - text[start..range.end].trim_start().len();
    }
    start..range.end
}

/// A person's name without what news puts in front of it: a form of address ("Sir Ian
/// Harrow"), a role ("Substitute Lukas Reinhardt", "District Attorney Melissa Carver") or a team
/// or country ("Stuttgart's Nikolas Varga").
pub fn core_name(name: &str) -> &str {
    let mut rest = name.trim();
    loop {
        let Some((first, tail)) = rest.split_once(char::is_whitespace) else {
            return rest;
        };
        let lower = first.to_lowercase();
        let possessive = lower.ends_with("'s") || lower.ends_with("’s");
        let honorific = is_honorific(&lower);
        let role = honorific || is_role_word(&lower) || EXTRA_ROLE_WORDS.contains(&lower.as_str());
        if !(possessive || role) || tail.trim().is_empty() {
            return rest;
        }
        rest = tail.trim_start();
    }
}

/// Whether a lower-cased word is a word of an office, as such or elected or named to it but not
/// yet in it ("mayor-elect", "minister-designate").
fn is_role_word(lower: &str) -> bool {
    let office = lower
        .strip_suffix("-elect")
        .or_else(|| lower.strip_suffix("-designate"))
        .unwrap_or(lower);
    ROLE_WORDS.contains(&office)
}

/// Whether a lower-cased word is a form of address ("dr", "mrs.").
fn is_honorific(lower: &str) -> bool {
    HONORIFICS.contains(&lower.trim_end_matches('.'))
}

/// Forms of address that stand before a name without being part of it: "Sir Ian Harrow" is the
/// Ian Harrow another report introduces.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "senor", "señor", "madame", "monsieur",
    "herr", "frau",
];

/// Sports and newsroom roles that stand before names but do not introduce them on their own.
const EXTRA_ROLE_WORDS: &[&str] = &[
    "substitute",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "winger",
    "captain",
    "skipper",
    "veteran",
    "rookie",
    "teenager",
    "defendant",
    "prosecutor",
    "witness",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
];

/// Every mention of each name in `text`, by its full name or its surname alone, as whole words,
/// outside the known mentions: one Aho-Corasick pass for all names, where a regex per name made
/// a long text's cost grow with the number of its people times its length.
///
/// A surname that two of the text's people share ("Gareth Pryce" and his brother "Owen Pryce")
/// names neither on its own, and a surname right after another name's capitalised word
/// ("Gareth" in "Gareth Pryce") is not a mention of the person it would name alone.
fn mentions_of(
    text: &str,
    names: &[&str],
    overlaps_known: &dyn Fn(&Range<usize>) -> bool,
) -> Vec<Vec<Range<usize>>> {
    let surname_of = |name: &str| name.split_whitespace().last().unwrap_or(name).to_string();
    // People by surname: only people with the same surname can share it.
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, name) in names.iter().enumerate() {
        by_surname
            .entry(name_key(&surname_of(name)))
            .or_default()
            .push(index);
    }
    // "Chair Daniel Whitcombe" and "Daniel Whitcombe" are one person written twice.
    let same_person = |a: &str, b: &str| {
        let (a, b) = (name_key(a), name_key(b));
        a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}")) || a == b
    };
    let mut mentions = vec![Vec::new(); names.len()];
    let mut needles: Vec<String> = Vec::new();
    let mut owners: Vec<usize> = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let surname = surname_of(name);
        let shared = by_surname
            .get(&name_key(&surname))
            .is_some_and(|others| others.iter().any(|&o| !same_person(names[o], name)));
        needles.push(name.to_string());
        owners.push(index);
        if surname != *name && !shared {
            needles.push(surname);
            owners.push(index);
        }
    }
    // Searched once: the automaton the builder would choose for a few names is faster to
    // search but costs more to build than this one search saves.
    let Ok(scanner) = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(&needles)
    else {
        return mentions;
    };
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let whole_word = |r: &Range<usize>| {
        !is_word(text[..r.start].chars().next_back()) && !is_word(text[r.end..].chars().next())
    };
    // The longest whole-word match at the leftmost place, then on after it, as the regex
    // `\b(?:name|surname)\b` would find them.
    let mut found: Vec<(Range<usize>, usize)> = scanner
        .find_overlapping_iter(text)
        .map(|m| (m.range(), owners[m.pattern().as_usize()]))
        .filter(|(r, _)| whole_word(r))
        .collect();
    found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut taken: Option<Range<usize>> = None;
    for (range, owner) in found {
        match &taken {
            Some(t) if *t == range => {}
            Some(t) if range.start < t.end => continue,
            _ => taken = Some(range.clone()),
        }
        let alone = text[range.clone()] != *names[owner];
        if overlaps_known(&range)
            || (alone && ends_with_other_name(&text[..range.start]))
            || mentions[owner].last() == Some(&range)
        {
            continue;
        }
        mentions[owner].push(range);
    }
    mentions
}

/// The given name a surname follows, where the word before it can be one: another name's
/// capitalised word ("Tadesse" in "Tadesse Mekonnen"), not a title, a word that never names
/// anyone, nor a possessive ("Ethiopia's Mekonnen").
fn given_name_before<'t>(before: &'t str, lexicon: &Lexicon) -> Option<&'t str> {
    if !ends_with_other_name(before) {
        return None;
    }
    let is_given = |word: &str| {
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        // "Varno-based", "London-born": a place made an adjective, not a given name.
        let adjective = word
            .split_once('-')
            .is_some_and(|(_, after)| after.starts_with(char::is_lowercase));
        !lexicon.is_not_a_name(word) && !possessive && !adjective
    };
    let trimmed = before.trim_end();
    let first = trimmed.split_whitespace().last()?;
    if !is_given(first) {
        return None;
    }
    let mut start = trimmed.len() - first.len();
    // A second given name before it, one space away: "Abel Tsegaye Worku" is not "Tsegaye
    // Worku" ("Ethiopia's Abel Tsegaye Worku" still is Abel Tsegaye Worku).
    let rest = &trimmed[..start];
    if rest.ends_with(' ') && !rest.ends_with("  ") && ends_with_other_name(rest) {
        if let Some(second) = rest.split_whitespace().last().filter(|w| is_given(w)) {
            start = rest.trim_end().len() - second.len();
        }
    }
    Some(&trimmed[start..])
}

/// Whether a surname follows another name's capitalised word ("Gareth" in "Gareth Pryce" when
/// the person is Owen Pryce), rather than a title or the start of a clause.
pub(crate) fn ends_with_other_name(before: &str) -> bool {
    let Some(word) = before
        .strip_suffix(|c: char| c.is_whitespace())
        .and_then(|rest| rest.split_whitespace().last())
    else {
        return false;
    };
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || "'’-".contains(c))
        && !is_role_word(&lower)
        && !EXTRA_ROLE_WORDS.contains(&lower.as_str())
        && !TITLE_WORDS.contains(&lower.as_str())
}

/// Words that stand before a surname without being part of another name ("The Pryce brothers",
/// "Mr Pryce").
const TITLE_WORDS: &[&str] = &[
    "the", "a", "an", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "senor", "señor",
    "madame", "monsieur", "herr", "frau", "but", "and", "when", "while", "as", "if", "then",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_of_origin_before_a_name_is_no_part_of_it() {
        let rules = crate::rules::RuleSet::builtin().unwrap();
        let text = "Chilean Tomas Aranda won the race. Aranda, 31, led from halfway.";
        let known = gazetteer_mentions(text, &rules.gazetteer, &rules.lexicon);
        let names: Vec<String> = find(text, &known, &rules.gazetteer, &rules.lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Tomas Aranda"]);
        // One name after a demonym stays whole: it may be all the name there is.
        assert_eq!(
            without_demonym("Chilean Aranda", &rules.gazetteer),
            "Chilean Aranda"
        );
        assert_eq!(
            without_demonym("Tomas Aranda", &rules.gazetteer),
            "Tomas Aranda"
        );
    }

    #[test]
    fn a_name_with_a_plural_verb_is_a_team_or_a_body() {
        let lexicon = Lexicon::default();
        // British usage gives a club a plural verb; a person never has one. "Kestrel" alone
        // later is the club's short name, not a surname.
        let text = "Dunmore Kestrel have sold their captain. Kestrel finished third last season. \
                    Coach Ilse Brandt said the fee was fair.";
        let names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Ilse Brandt"]);
    }

    #[test]
    fn a_storm_named_like_a_person_is_no_person() {
        let rules = crate::rules::RuleSet::builtin().unwrap();
        let text = "PORT ARLO — Typhoon Marisol roared ashore on Monday near the town. Experts \
                    said Marisol had been stronger at its peak. Marisol is the third typhoon to \
                    hit the region. Harbour master Elin Dahl, 52, said the port was shut.";
        let known = gazetteer_mentions(text, &rules.gazetteer, &rules.lexicon);
        let people = find(text, &known, &rules.gazetteer, &rules.lexicon);
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].name, "Elin Dahl");
    }

    #[test]
    fn a_company_speaking_by_its_short_name_is_no_person() {
        let lexicon = Lexicon::default();
        // "Ostrava said" is the company "Ostrava Shipping" speaking; "Varno-based" is no given
        // name, so nothing makes "Varno-based Ostrava" of it.
        let text = "The ship, run by Varno-based Ostrava Shipping, sank. Ostrava said it would \
                    help. Harbour master Elin Dahl said the crew acted fast. \"We saw it,\" \
                    Dahl said.";
        let names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, vec!["Elin Dahl".to_string()]);
        // A person whose surname is also a firm's first word elsewhere in the text is still
        // found where the text introduces them in full.
        assert!(!starts_institution_name("Dahl Partners said", "Elin Dahl"));
        assert!(starts_institution_name("run by Dahl Partners.", "Dahl"));
        assert!(!starts_institution_name("Dahl Street", "Dahl"));
    }

    #[test]
    fn a_place_naming_an_office_is_no_person() {
        let lexicon = Lexicon::default();
        // "incumbent Brackley mayor" and "Incumbent Ostmark council leaders" name where an
        // office is held; "Mayor Ilse Brandt" is still a person.
        let text =
            "He is the first incumbent Brackley mayor to lose since 1998. Incumbent Ostmark \
                    council leaders stayed silent. Mayor Ilse Brandt conceded.";
        let names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, vec!["Ilse Brandt".to_string()]);
    }

    #[test]
    fn a_surname_quoted_alone_takes_every_given_name_written_before_it() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let text = "Ethiopia's Abel Tsegaye Worku won. \"It was hot,\" Worku said. Tadesse \
                    Mekonnen was second, and Mekonnen said little.";
        assert_eq!(
            full_names(text, &["Worku", "Mekonnen"], &rules.lexicon),
            vec![
                Some("Abel Tsegaye Worku".to_string()),
                Some("Tadesse Mekonnen".to_string())
            ]
        );
    }

    #[test]
    fn finds_titled_people_and_their_surnames() {
        let lexicon = Lexicon::default();
        let text = "Coach Carlo Rinaldi praised the side. \"We deserved it,\" Rinaldi said. The 61-year-old smiled.";
        let people = find(text, &[], &Gazetteer::default(), &lexicon);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Carlo Rinaldi");
        let named: Vec<&str> = people[0]
            .mentions
            .iter()
            .map(|r| &text[r.clone()])
            .collect();
        assert_eq!(named, vec!["Carlo Rinaldi", "Rinaldi"]);
    }

    #[test]
    fn a_form_of_address_is_not_part_of_the_name() {
        let lexicon = Lexicon::default();
        // Introduced with an age and with a role: either way the name is the one another
        // report gives without the title.
        for (text, name) in [
            (
                "Among them was Dr Amara Okoye, 58, a surgeon.",
                "Amara Okoye",
            ),
            (
                "Also freed was Mrs Ines Sousa, 64, a teacher.",
                "Ines Sousa",
            ),
            (
                "Prof. Lena Brandt, a researcher, said the results held.",
                "Lena Brandt",
            ),
            // Before a surname alone it stays: husband and wife are two people.
            ("Among them were Mr Sousa, 66, and his wife.", "Mr Sousa"),
        ] {
            let names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
                .into_iter()
                .map(|p| p.name)
                .collect();
            assert_eq!(names, vec![name.to_string()], "{text}");
        }
    }

    #[test]
    fn relatives_sharing_a_surname_keep_their_own_mentions() {
        let lexicon = Lexicon::default();
        let text = "Nadia Haddad was elected mayor. Her husband Karim Haddad was sworn in as her \
                    deputy. Haddad thanked voters.";
        let people = find(text, &[], &Gazetteer::default(), &lexicon);
        let named: Vec<(&str, Vec<&str>)> = people
            .iter()
            .map(|p| {
                let mentions = p.mentions.iter().map(|r| &text[r.clone()]).collect();
                (p.name.as_str(), mentions)
            })
            .collect();
        assert_eq!(
            named,
            vec![
                ("Nadia Haddad", vec!["Nadia Haddad"]),
                ("Karim Haddad", vec!["Karim Haddad"])
            ]
        );
    }

    #[test]
    fn a_party_named_like_a_person_is_not_one() {
        let lexicon = Lexicon::default();
        let text = "Ana Ruiz of the Green Party won. The Social Progress Party of the left lost.";
        let names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, vec!["Ana Ruiz"]);
    }

    #[test]
    fn speakers_count_but_sentence_openers_do_not() {
        let lexicon: Lexicon = serde_yaml::from_str("not_names: [The]").unwrap();
        let text = "The Court said nothing. \"It is over,\" said Maria Costa.";
        let names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, vec!["Maria Costa"]);
    }

    #[test]
    fn a_bare_subject_is_a_person_once_called_by_surname() {
        let lexicon = Lexicon::default();
        let text = "Tomasz Wilk resigned on Friday after a week of protests. Later, Wilk \
                    thanked his staff. The 63-year-old will stay on as an adviser.";
        let people = find(text, &[], &Gazetteer::default(), &lexicon);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Tomasz Wilk");
        assert_eq!(people[0].mentions.len(), 2);
    }

    #[test]
    fn a_bare_subject_never_called_by_surname_is_no_person() {
        let lexicon = Lexicon::default();
        let text = "Costa Rica has elected a president. Green Valley lost power overnight, and \
                    the valley stayed dark.";
        assert!(find(text, &[], &Gazetteer::default(), &lexicon).is_empty());
        // A team is called by one word too, with a plural verb; a storm by its event noun.
        let lexicon: Lexicon = serde_yaml::from_str("event_nouns: [hurricane]").unwrap();
        let text = "Atletico Tucuman beat the leaders. Tucuman are now third. Hurricane Lena \
                    weakened overnight. Lena will reach the coast on Friday.";
        assert!(find(text, &[], &Gazetteer::default(), &lexicon).is_empty());
    }

    #[test]
    fn a_name_never_runs_across_a_paragraph_break() {
        let lexicon = Lexicon::default();
        // A paragraph ending on a capitalised word, the next opening on a name.
        let text = "Polls closed at 9 PM \n\nSofia Lind, 52, conceded. Voting ended at 8 PM\n\n\
                    Anton Berg won the seat, said Lena\nHolm. Later, Berg thanked voters.";
        let mut names: Vec<String> = find(text, &[], &Gazetteer::default(), &lexicon)
            .into_iter()
            .map(|p| p.name)
            .collect();
        names.sort();
        // A line break within a paragraph still joins a name.
        assert_eq!(names, vec!["Anton Berg", "Lena\nHolm", "Sofia Lind"]);
    }
}
