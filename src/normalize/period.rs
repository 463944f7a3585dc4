//! The reporting period a company or budget figure is for: "fourth-quarter net profit fell 38%"
//! and "for 2025 as a whole, net profit fell 21%" are figures for different periods, which
//! must not be compared, while "the October-December quarter" and "Q4" are one period.
//!
//! The year a figure is for is a second, separate qualifier: "the $2.84 billion budget for 2027"
//! and "the $2.71 billion budget for the current year" are two budgets, while "2027" and "fiscal
//! 2027" are one year. A figure that names no year meets figures of any year.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::rules::boundaries::{Haystack, Twin};

/// The period named closest to `range` in `sentence` (a quarter "Q1"–"Q4", a half "H1" or
/// "H2", or "full year"), if the sentence names one.
pub fn reporting_period(sentence: &str, range: Range<usize>) -> Option<&'static str> {
    static PERIOD: LazyLock<Twin> = LazyLock::new(|| {
        Twin::new(
            r"(?ix)
            \b(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b
            | \bQ(?P<q>[1-4])\b
            | \b(?:January|April|July|October)\s*(?:-to-|-|–|to)\s*(?P<quarter_end>March|June|September|December)\b
            | \bthree[-\s]months?\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?(?P<quarter_to>March|June|September|December)\b
            | \b(?P<half>first|second)[-\s]half\b
            | \bH(?P<h>[12])\b
            | \bsix[-\s]months?\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?(?P<half_to>June|December)\b
            | \b(?P<year>full[-\s]year|(?:whole|entire)\s+year|(?:year|\d{4})\s+as\s+a\s+whole|twelve[-\s]months?\s+(?:to|ended|ending)|(?:whole|all)\s+of\s+(?:\d{4}|last\s+year|the\s+(?:last|past|previous)\s+year))\b
            ",
            Regex::new,
        )
    });
    // Read on the fast engine where it is exact (see `Haystack`); ranges are the sentence's.
    let haystack = Haystack::new(sentence);
    let (regex, read) = PERIOD.for_haystack(&haystack)?;
    // A period in the figure's own clause is its own, the closest first ("fourth-quarter
    // profit fell 38%, while full-year profit fell 21%"). Otherwise the figure takes the
    // period of an earlier clause ("for 2025 as a whole, net profit fell 21%"), never that of
    // a later one, which is another figure's.
    let found: Vec<(bool, bool, usize, &'static str)> = regex
        .captures_iter(read)
        .filter_map(|caps| {
            let place = caps.get(0)?.range();
            let gap = between(&place, &range);
            let same_clause = !sentence[gap.clone()].contains([',', ';', ':', '—', '–']);
            let before = place.end <= range.start;
            Some((same_clause, before, gap.len(), period_of(&caps)?))
        })
        .collect();
    let closest = |wanted: &dyn Fn(bool, bool) -> bool| {
        found
            .iter()
            .filter(|(clause, before, _, _)| wanted(*clause, *before))
            .min_by_key(|(_, _, distance, _)| *distance)
            .map(|(_, _, _, period)| *period)
    };
    closest(&|clause, _| clause).or_else(|| closest(&|_, before| before))
}

fn period_of(caps: &regex::Captures<'_>) -> Option<&'static str> {
    let word = |name: &str| caps.name(name).map(|m| m.as_str().to_lowercase());
    if let Some(ordinal) = word("quarter").or_else(|| word("q")) {
        return match ordinal.as_str() {
            "first" | "1st" | "1" => Some("Q1"),
            "second" | "2nd" | "2" => Some("Q2"),
            "third" | "3rd" | "3" => Some("Q3"),
            _ => Some("Q4"),
        };
    }
    if let Some(month) = word("quarter_end").or_else(|| word("quarter_to")) {
        return match month.as_str() {
            "march" => Some("Q1"),
            "june" => Some("Q2"),
            "september" => Some("Q3"),
            _ => Some("Q4"),
        };
    }
    if let Some(half) = word("half").or_else(|| word("h")) {
        return Some(if half == "first" || half == "1" {
            "H1"
        } else {
            "H2"
        });
    }
    if let Some(month) = word("half_to") {
        return Some(if month == "june" { "H1" } else { "H2" });
    }
    word("year").map(|_| "full year")
}

/// Whether the change at `range` in `sentence` is summed over the year so far, in the figure's
/// own clause or opening the sentence: "down 14% so far this year", "year-to-date gains of 9%",
/// "Since the start of the year, prices have risen 3%". Such a change is never one day's or one
/// quarter's: "shares fell 9.6% on Monday" and "the stock is down 14% so far this year" are two
/// figures.
pub fn to_date(sentence: &str, range: Range<usize>) -> bool {
    // Small enough to run as written: no ASCII twin is needed.
    static TO_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\bso\s+far\s+(?:this\s+year|in\s+(?:the\s+year|\d{4}))|\bthis\s+year\s+so\s+far\b|\byear[-\s]to[-\s]date\b|\bYTD\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year\b",
        )
        .expect("the pattern compiles")
    });
    TO_DATE.find_iter(sentence).any(|found| {
        let found = found.range();
        let gap = between(&found, &range);
        let opens_sentence = sentence[..found.start].trim().is_empty();
        opens_sentence && found.end <= range.start
            || gap.len() <= 60 && !sentence[gap].contains([',', ';', ':', '—', '–'])
    })
}

/// What a change at `range` in `sentence` is measured against, when its clause or the phrase
/// opening its sentence says so: the month before ("up 0.9% on May", "month-on-month") or the
/// same time a year before ("over the year", "than in June last year", "over the past 12
/// months", "year-on-year"). A house-price or a price index report gives both, and the
/// month's change is never the year's: "rose 0.4% from March" and "rose 4.2% over the year"
/// are two figures, while a change that says neither may be either.
pub fn change_span(sentence: &str, range: Range<usize>) -> Option<&'static str> {
    const MONTHS: &str =
        "january|february|march|april|may|june|july|august|september|october|november|december";
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?:year[-\s]on[-\s]year|year[-\s]over[-\s]year|on\s+the\s+year|(?:over|in)\s+the\s+(?:past\s+|last\s+)?(?:year|12\s+months|twelve\s+months)|(?:than|from|on|over|compared\s+(?:with|to))\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+same\s+(?:month|period|time)\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year))|(?:than|from|on|compared\s+(?:with|to))\s+(?:in\s+)?(?:{MONTHS})\s+(?:last\s+year|(?:19|20)\d\d)|annual(?:ly)?|in\s+the\s+year\s+to\s+(?:{MONTHS}))\b"
        ))
        .expect("the pattern compiles")
    });
    static MONTH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?:month[-\s]on[-\s]month|month[-\s]over[-\s]month|on\s+the\s+month|(?:than|from|on|over|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|prior|preceding)\s+month|(?:than|from|on|over|compared\s+(?:with|to))\s+(?:in\s+)?(?:{MONTHS}))\b"
        ))
        .expect("the pattern compiles")
    });
    // The figure's own clause, to the next mark that ends one, and the phrase before it when
    // that opens the sentence ("Over the past 12 months, prices have risen 4.2%").
    let end = sentence[range.end..]
        .find([',', ';', ':', '—', '–', '('])
        .map_or(sentence.len(), |at| range.end + at);
    let after = &sentence[range.start..end];
    let opening = sentence[..range.start]
        .split_once(',')
        .map(|(first, _)| first)
        .filter(|first| !first.contains(['.', ';']))
        .unwrap_or("");
    let said = |re: &Regex| re.is_match(after) || re.is_match(opening);
    // "than in June last year" names a month of the year before: a year's change; "on March
    // 3" is a day, no comparison.
    let month_said = |text: &str| {
        MONTH.find_iter(text).any(|found| {
            let rest = text[found.end()..].trim_start().to_lowercase();
            !rest.starts_with("last year")
                && !rest.starts_with("a year")
                && !rest.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    match (said(&YEAR), month_said(after) || month_said(opening)) {
        (true, false) => Some("on the year"),
        (false, true) => Some("on the month"),
        _ => None,
    }
}

/// The part of a whole the figure at `range` in `sentence` is said of, when a phrase ending in
/// "alone" names it: "On Tuesday alone, 112 flights were cancelled", "30 homes burned in the
/// village alone", "Heathrow alone cancelled 95 flights", "put the value of the portrait alone
/// at €15 million" (and after a preposition, "itself":
/// "Two people died in Linz itself"). Such a figure is one day's or one
/// place's share, never the total another report gives ("187 flights had been scrapped by
/// Wednesday"). The part is returned in its own words, without the preposition and article
/// ("tuesday", "village"), so that two reports giving the same day's share still meet. A year
/// is left to the year qualifier: "in 2025 alone" dates a figure, it does not cut it.
pub fn part_alone(sentence: &str, range: Range<usize>) -> Option<String> {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:(?:on|in|during|over|at|across|within|from|of|for)\s+(?:the\s+)?(?P<part>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:alone|itself)|(?:(?P<day>yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?-i:(?P<name>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){0,2})))\s+alone)\b",
        )
        .expect("the pattern compiles")
    });
    PART.captures_iter(sentence).find_map(|found| {
        let whole = found.get(0)?.range();
        let part = found
            .name("part")
            .or_else(|| found.name("day"))
            .or_else(|| found.name("name").filter(|name| !is_pronoun(name.as_str())))?
            .as_str();
        let gap = between(&whole, &range);
        let opens_sentence = sentence[..whole.start].trim().is_empty();
        let in_clause = gap.len() <= 60 && !another_clause(&sentence[gap.clone()]);
        let is_year = part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit());
        // "most of them pensioners living alone": alone is how someone lives, not a part.
        let lower = part.to_lowercase();
        let by_pronoun = lower
            .split_whitespace()
            .next()
            .is_some_and(is_pronoun_object);
        let how_someone_is = lower.split_whitespace().next_back().is_some_and(|w| {
            matches!(
                w,
                "living"
                    | "lived"
                    | "live"
                    | "lives"
                    | "died"
                    | "dying"
                    | "left"
                    | "travelling"
                    | "traveling"
                    | "sitting"
                    | "staying"
                    | "stayed"
                    | "working"
                    | "worked"
            )
        });
        ((opens_sentence && whole.end <= range.start || in_clause)
            && !is_year
            && !by_pronoun
            && !how_someone_is)
            .then_some(lower)
    })
}

/// Whether `word` is a pronoun after a preposition ("of them", "for us", "among whom"), which
/// names no part.
fn is_pronoun_object(word: &str) -> bool {
    matches!(
        word,
        "them" | "us" | "him" | "her" | "me" | "you" | "it" | "whom" | "which" | "those" | "these"
    )
}

/// Whether `word` is a pronoun or a demonstrative ("It alone", "This alone"), which names no
/// part.
fn is_pronoun(word: &str) -> bool {
    [
        "i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those",
    ]
    .iter()
    .any(|pronoun| word.eq_ignore_ascii_case(pronoun))
}

/// Participles that say where something comes from or is kept on record, not where a figure
/// is of: "registered in Malta", "a firm based in Lyon", "built in Korea".
const ORIGIN: &[&str] = &[
    "registered",
    "based",
    "headquartered",
    "incorporated",
    "domiciled",
    "listed",
    "born",
    "founded",
    "built",
    "made",
    "manufactured",
    "flagged",
];

/// The place the figure at `range` in `sentence` is said of, when its clause names one: "In
/// the capital, 45 people died", "180 vessels were waiting at the southern end", "30 were
/// killed in the northern province of Kell". Returned as written, its preposition and article
/// in lower case ("in the capital", "in the northern province of Kell"), so that two reports
/// giving one place's figure still meet.
///
/// A place named so is not enough to make a figure a part: "the quake killed 300 people in
/// Hatay" may be the whole story. [`crate::normalize`] makes it one only when the report also
/// gives a larger figure of the same kind, or other places' figures. A bare "the city", "the
/// region" or "the country" is where the whole story happens, and is no part.
pub fn part_place(sentence: &str, range: Range<usize>) -> Option<String> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)
            \b(?i:in|at|off|on|near)\s+
            (?P<place>
                (?i:the\s+)?(?P<modifiers>(?:[\w'’-]+\s+){0,2}?)
                (?P<noun>(?i:capital|provinces?|regions?|districts?|county|counties|states?|prefectures?|municipality|municipalities|city|cities|towns?|villages?|hamlets?|suburbs?|neighbou?rhoods?|boroughs?|wards?|islands?|anchorages?|ports?|coast|valley|outskirts))\b
                (?P<named>\s+of\s+(?i:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,2})?
              | (?i:the\s+)?(?i:far\s+)?(?i:north|south|east|west)(?i:ern|-?east(?:ern)?|-?west(?:ern)?)?\b
                (?:\s+(?i:end|side|part|bank|shore|tip|edge|half|section|stretch|approaches))?
              | (?P<proper>\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,2})
                (?:\s+(?i:province|region|district|county|state|prefecture|city|town|village|island))?
            )",
        )
        .expect("the pattern compiles")
    });
    // Capitalized words that are times or determiners, not places (months and weekdays are
    // asked of the calendar).
    const NOT_PLACES: &[&str] = &[
        "christmas",
        "easter",
        "total",
        "all",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
    ];
    // The place the whole story happens: "in the city", "in the region".
    const WHOLE: &[&str] = &[
        "city",
        "cities",
        "region",
        "regions",
        "state",
        "states",
        "province",
        "provinces",
        "county",
        "counties",
        "town",
        "towns",
        "island",
        "islands",
        "valley",
        "coast",
        "districts",
        "villages",
        "suburbs",
        "municipality",
        "municipalities",
    ];
    if let Some(place) = subject_with_figure(sentence, range.clone(), NOT_PLACES) {
        return Some(place);
    }
    PLACE.captures_iter(sentence).find_map(|found| {
        let whole = found.get(0)?.range();
        if let Some(proper) = found.name("proper") {
            let first = proper.as_str().split_whitespace().next()?;
            let time = crate::calendar::month_number(first).is_some()
                || crate::calendar::weekday(first).is_some();
            if time || NOT_PLACES.iter().any(|w| first.eq_ignore_ascii_case(w)) {
                return None;
            }
        }
        if let Some(noun) = found.name("noun") {
            let bare = found
                .name("modifiers")
                .is_none_or(|m| m.as_str().trim().is_empty())
                && found.name("named").is_none();
            if bare && WHOLE.iter().any(|w| noun.as_str().eq_ignore_ascii_case(w)) {
                return None;
            }
        }
        // Where something is registered, based or was built ("The tanker, registered in
        // Malta, carried 9,800 tonnes of crude") describes it: no place the figure is of.
        let origin = sentence[..whole.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|word| has_word(word, ORIGIN));
        if origin {
            return None;
        }
        let gap = between(&whole, &range);
        let opens_sentence = sentence[..whole.start].trim().is_empty();
        // Stricter than an "alone" part: any "and" or a relative clause between keeps the
        // place away, since a place taken wrongly would cut the whole into a part.
        let words = &sentence[gap.clone()];
        let in_clause = gap.len() <= 60
            && !another_clause(words)
            && !words.contains(['(', ')'])
            && !has_word(
                words,
                &["and", "but", "which", "who", "than", "from", "compared"],
            );
        (opens_sentence && whole.end <= range.start || in_clause)
            .then(|| {
                // "In the capital" opening a sentence is "in the capital" within one; the
                // place keeps its capitals ("in the northern province of Kell").
                let place = found.name("place").map_or("", |p| p.as_str());
                let place = match place.split_once(char::is_whitespace) {
                    Some((article, rest)) if article.eq_ignore_ascii_case("the") => {
                        format!("the {rest}")
                    }
                    _ => place.to_string(),
                };
                let preposition = sentence[whole.start..].split_whitespace().next()?;
                Some(format!("{} {place}", preposition.to_lowercase()))
            })
            .flatten()
    })
}

/// The place a sentence opens on as its subject, when the figure at `range` follows in a clause
/// of "with" that tells of it: "Wales was the strongest region, with rents rising 9.3% over
/// the year". Returned as "in Wales", as [`part_place`] gives a place.
fn subject_with_figure(sentence: &str, range: Range<usize>, not_places: &[&str]) -> Option<String> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:(?i:the)\s+)?(?P<place>\p{Lu}[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\w'’-]*){0,3})\s+[^,;:—–()]{1,100},\s+(?i:with\s+)?$",
        )
        .expect("the pattern compiles")
    });
    let figure = &sentence[range.clone()];
    let before = &sentence[..range.start];
    let opens_with = figure
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("with "));
    if !opens_with && !before.trim_end().to_lowercase().ends_with(", with") {
        return None;
    }
    let found = SUBJECT.captures(before)?;
    let place = found.name("place")?.as_str();
    let first = place.split_whitespace().next()?;
    let time =
        crate::calendar::month_number(first).is_some() || crate::calendar::weekday(first).is_some();
    if time || not_places.iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return None;
    }
    Some(format!("in {place}"))
}

/// Whether `gap`, the words between a figure and a phrase, starts another clause: a
/// semicolon or a dash, ", and" or ", but", or "while" or "whereas". "Rescued 87 people from
/// flooded homes and stranded cars on Monday night alone" is one clause; "forced 4,000 from
/// their homes, and on Tuesday alone" is two.
fn another_clause(gap: &str) -> bool {
    gap.contains([';', ':', '—', '–'])
        || has_word(gap, &["while", "whereas"])
        || gap.split(',').skip(1).any(|after| {
            let first = after.split_whitespace().next().unwrap_or("");
            ["and", "but"].iter().any(|w| first.eq_ignore_ascii_case(w))
        })
}

/// Whether the count at `range` in `sentence` is of those still there, as its clause says:
/// "Some 600 workers remain on site", "about 800 fitters are still working there", "the
/// remaining 40 staff". What is left is not how many there were in all or at the height of
/// the work ("About 2,000 workers were employed at the peak of construction"). A state that
/// persists ("five people remain missing", "remain in hospital") is the count itself, and is
/// not read here.
pub fn still_there(sentence: &str, range: Range<usize>) -> bool {
    static STILL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^[^.;:,—–()]{0,40}?\b(?:remain(?:s|ed|ing)?|stay(?:s|ed)?)\s+(?:on\s+(?:the\s+)?(?:site|board|duty|the\s+job|ground)|at\s+(?:the\s+|their\s+)?(?:site|scene|work|posts?|stations?)|behind|there|(?:to|working)\s+(?:on|at)\b)|^[^.;:,—–()]{0,40}?\b(?:are|were|is|was)\s+still\s+(?:working|employed|there|on\s+(?:the\s+)?(?:site|board|duty)|at\s+(?:the\s+)?(?:site|work))\b",
        )
        .expect("the pattern compiles")
    });
    let before = sentence[..range.start].trim_end().to_lowercase();
    before.ends_with(" remaining")
        || before == "remaining"
        || STILL.is_match(&sentence[range.end..])
}

/// Whether the ordinal at `range` in `sentence` counts a run, not a whole series: "its 27th
/// consecutive successful flight", "a third straight win", "the fourth quarter in a row". A run
/// and the series it is part of are two counts: a rocket's 40th launch is its 27th successful
/// one in a row.
pub fn in_a_row(sentence: &str, range: Range<usize>) -> bool {
    const RUN: &[&str] = &["consecutive", "successive", "straight", "unbroken"];
    let after = sentence[range.end..].trim_start().to_lowercase();
    let ends_clause = |rest: &str| {
        rest.trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '—' | '–' | ')'))
    };
    // The match may hold the words itself: "a fourth year in a row" is the lexicon's run of
    // years.
    let inside = sentence[range.clone()].to_lowercase();
    has_word(&sentence[range.clone()], RUN)
        || ["in a row", "in succession", "on the trot"]
            .iter()
            .any(|words| inside.ends_with(words))
        || inside.ends_with(" year running") && ends_clause(&after)
        || ["in a row", "in succession", "on the trot"].iter().any(|words| {
            after
                .strip_prefix(words)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
        // "for the fourth year running", but not "the third running of the race".
        || after.strip_prefix("running").is_some_and(ends_clause)
}

/// The year a series counted by the ordinal at `range` starts from, when its clause says so:
/// "the third ransomware attack on a British hospital this year", "the second time the trust
/// has been targeted since 2021", "the fourth roof fall since 2019", "the sixth such episode
/// since the start of the year". "This year", "so far this year", "of the year" and "since" a
/// month without a year are the publication year. The third of this year's series and the
/// second since 2021 are counts of different series; see `align`, where the year keeps them
/// apart and a count that names none meets either.
pub fn series_since(
    sentence: &str,
    range: Range<usize>,
    published: Option<jiff::civil::Date>,
) -> Option<String> {
    static SINCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:(?:so\s+far\s+)?this\s+year\b|of\s+the\s+year\b|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|since\s+(?:(?:early|late|mid)[\s-]+)?(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\b(?:\s+(?P<month_year>(?:19|20)\d{2})\b)?|(?P<year>(?:19|20)\d{2})\b))",
        )
        .expect("the series-start pattern compiles")
    });
    // The ordinal's words and the rest of its clause.
    let after = &sentence[range.end..];
    let clause_end = after
        .find([';', ':', '—', '(', ',', '.'])
        .unwrap_or(after.len())
        .min(120);
    let clause_end = (0..=clause_end)
        .rev()
        .find(|&at| after.is_char_boundary(at))
        .unwrap_or(0);
    let text = &sentence[range.start..range.end + clause_end];
    let found = SINCE.captures(text)?;
    match found.name("year").or(found.name("month_year")) {
        Some(year) => Some(year.as_str().to_string()),
        None => published.map(|date| date.year().to_string()),
    }
}

/// The words between `found` and the figure at `figure`: empty when they overlap.
fn between(found: &Range<usize>, figure: &Range<usize>) -> Range<usize> {
    if found.end <= figure.start {
        found.end..figure.start
    } else if found.start >= figure.end {
        figure.end..found.start
    } else {
        figure.start..figure.start
    }
}

/// Words after which a year belongs to a comparison or another event, not to the figure.
const COMPARISONS: &[&str] = &[
    "from", "since", "than", "compared", "versus", "vs", "against", "after", "before", "when",
    "while", "until",
];

/// Up to `count` words of `text` before byte `at`, as one string.
fn words_before(text: &str, at: usize, count: usize) -> String {
    let words: Vec<&str> = text[..at].split_whitespace().collect();
    words[words.len().saturating_sub(count)..].join(" ")
}

/// Whether `text` holds one of `words` as a word of its own, in any case.
fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The year and month of a period labelled with a month ("January 2025"), if it is one.
pub fn month_of_label(label: &str) -> Option<(i16, i8)> {
    let (month, year) = label.split_once(' ')?;
    Some((year.parse().ok()?, crate::calendar::month_number(month)?))
}

/// The year a figure is for, as compared ("2027", or "2027-28" for a year across two), and
/// how it was read when the words were relative to the publication date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportingYear {
    pub label: String,
    pub assumption: Option<String>,
}

/// The year named as the period of the figure at `range` in `sentence`: "for 2027", "in fiscal
/// 2027", "the 2027-28 budget", "FY2027", "by the end of 2027", "for the current year", "next
/// year's budget". A year in the figure's clause counts, the closest first; one in another
/// clause only when it opens the sentence ("For 2027, the city plans …").
///
/// Years a figure is compared with are not its period: "up 5% on last year", "from 2024",
/// "since 2019". Nor is "the past year" (the last twelve months) or "the previous year" (of
/// another year). A relative year needs `published`; without it there is none.
pub fn reporting_year(
    sentence: &str,
    range: Range<usize>,
    published: Option<jiff::civil::Date>,
) -> Option<ReportingYear> {
    let found = years_around(sentence, range, published)?;
    // A month is no year of a rate or an amount: "Inflation was 3.4% in March 2026" is that
    // month's figure.
    let found: Vec<_> = found
        .into_iter()
        .filter(|(.., year)| month_of_label(&year.label).is_none())
        .collect();
    found
        .iter()
        .filter(|(clause, ..)| *clause)
        .min_by_key(|(_, _, distance, ..)| *distance)
        .or_else(|| found.iter().find(|(_, leads, ..)| *leads))
        .map(|(.., year)| year.clone())
}

/// The year that opens the sentence of the count at `range` (or dates its subject, see
/// [`reporting_year`]) and so dates everything it tells: "Last year the council cut 410
/// posts", "In 2019, 212 ambulances were diverted", "In January 2025, the mill shed 300 posts"
/// (a month is kept with its year). A year right after the count ("cut 410 posts in 2019") is
/// [`year_after_count`]'s; one elsewhere in the sentence is left to the rules.
pub fn leading_year(
    sentence: &str,
    range: Range<usize>,
    published: Option<jiff::civil::Date>,
) -> Option<ReportingYear> {
    let found = years_around(sentence, range, published)?;
    found
        .into_iter()
        .find(|(_, leads, ..)| *leads)
        .map(|(.., year)| year)
}

/// A year right after the count at `range`, in its clause ("welcomed about 1.1 million
/// visitors last year", "closed 14 branches in 2024", "expected to draw 1.3 million visitors in
/// 2026"): that year's figure. A past year's never meets this year's, and meets an undated
/// figure only as last year's results do (see `align`).
pub fn year_after_count(
    sentence: &str,
    range: Range<usize>,
    published: Option<jiff::civil::Date>,
) -> Option<ReportingYear> {
    let found = years_around(sentence, range, published)?;
    // Right after the figure, at most a few words on: "who took office in 2022" tells of
    // someone, not of the figure before it.
    let close = |words: &str| {
        words.split_whitespace().count() <= 3
            && !has_word(
                words,
                &[
                    "who", "which", "that", "when", "where", "since", "after", "before",
                ],
            )
    };
    found
        .into_iter()
        .filter(|(clause, _, _, after, _)| *clause && after.is_some_and(close))
        .filter(|(.., year)| month_of_label(&year.label).is_none())
        .min_by_key(|(_, _, distance, ..)| *distance)
        .map(|(.., year)| year)
}

/// A year read around a figure: whether it is in the figure's clause, whether it opens the
/// sentence (or dates its subject), how far it is from the figure, the words between the figure
/// and it when it comes after, and the year.
type YearAround<'s> = (bool, bool, usize, Option<&'s str>, ReportingYear);

/// The years [`reporting_year`] reads in `sentence` around the figure at `range` (see
/// [`YearAround`]).
fn years_around(
    sentence: &str,
    range: Range<usize>,
    published: Option<jiff::civil::Date>,
) -> Option<Vec<YearAround<'_>>> {
    static YEAR: LazyLock<Twin> = LazyLock::new(|| {
        Twin::new(
            r"(?ix)
            \b(?:for|in|during|over|across|through|of)\s+(?:the\s+)?
              (?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?
              (?:(?:fiscal|financial|budget|tax|calendar)\s+(?:year\s+)?)?
              (?P<year>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<year_end>\d{4}|\d{2}))?\b
            | \b(?P<before_noun>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<before_noun_end>\d{4}|\d{2}))?
              (?:\s+(?:fiscal|financial|budget|tax))?
              \s+(?:budgets?|spending\s+plans?|fiscal\s+year|financial\s+year|accounts|results)\b
            | \bFY\s?(?P<fy>\d{4}|\d{2})\b
            | (?:\b(?P<preposition>[a-z]+)\s+)?(?P<relative_words>(?:the\s+)?
              (?P<relative>current|this|next|coming|last)\s+(?:(?:fiscal|financial|budget|calendar)\s+)?year)\b
            ",
            Regex::new,
        )
    });
    let haystack = Haystack::new(sentence);
    let (regex, read) = YEAR.for_haystack(&haystack)?;
    let found: Vec<YearAround<'_>> = regex
        .captures_iter(read)
        .filter_map(|caps| {
            let place = caps.get(0)?.range();
            let gap = between(&place, &range);
            let same_clause = !sentence[gap.clone()].contains([',', ';', ':', '—', '–']);
            // A year after a comparison or another event is theirs: "to 5.1% from 4.8% in
            // 2025", "since the start of 2024", "at 4% after raising it in 2023".
            let before_figure = place.end <= range.start;
            let lead_in = words_before(sentence, place.start, 4);
            // "Works taken from that museum in 1990": the year of the sentence's subject,
            // whatever words lead to it.
            let year = year_of(&caps, &sentence[place.clone()], published)?;
            let long_past = |published: jiff::civil::Date| {
                let start: Option<i16> = year.label.get(..4).and_then(|y| y.parse().ok());
                start.is_some_and(|start| start + 2 <= published.year())
            };
            let dates_subject = before_figure
                && published.is_some_and(long_past)
                && opens_with_participle_clause(&sentence[..place.start]);
            // A match may end on its comparison: "Rents were 5.1% higher than" before "in
            // June last year".
            let figure_ends_comparing = !before_figure
                && sentence[range.clone()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|last| has_word(last, COMPARISONS));
            if has_word(&sentence[gap.clone()], COMPARISONS)
                || figure_ends_comparing
                || before_figure && !dates_subject && has_word(&lead_in, COMPARISONS)
            {
                return None;
            }
            let opens_sentence = sentence[..place.start].trim().is_empty();
            let leads = before_figure && (opens_sentence || dates_subject);
            let distance = gap.len();
            // The words between the figure and a year after it.
            let after = (!before_figure).then(|| &sentence[gap]);
            Some((same_clause, leads, distance, after, year))
        })
        .collect();
    Some(found)
}

/// Verbs whose year dates a thing and not what the sentence tells of it: "the museum, founded in
/// 1887, …" says nothing of the year of its figures.
const DATING_VERBS: &[&str] = &[
    "founded",
    "established",
    "built",
    "opened",
    "born",
    "created",
    "formed",
    "launched",
    "completed",
    "constructed",
    "set",
    "started",
    "incorporated",
    "listed",
];

/// Whether `clause`, the words before a year, opens the sentence with its subject and a
/// participle that tells of it, with no break: "Thirteen works taken from that institution" (in
/// 1990, valued at $500 million, have never been found). A year so placed, two or more years
/// back, is the year of the earlier case a report recalls and of the sentence's figures. A
/// relative clause ("Revenue, which fell in 2024, rose 5%") or a thing's own date ("The
/// museum, founded in 1887, …") dates no figure.
fn opens_with_participle_clause(clause: &str) -> bool {
    if clause.contains([',', ';', ':', '—', '–', '(']) {
        return false;
    }
    // Up to four words of the subject, then its participle.
    clause
        .split_whitespace()
        .skip(1)
        .take(4)
        .find(|word| is_participle(word))
        .is_some_and(|word| {
            !DATING_VERBS
                .iter()
                .any(|verb| word.eq_ignore_ascii_case(verb))
        })
}

/// Whether `word` reads as a past participle: a regular one, or one of the irregular ones a
/// report uses of a haul or a deal ("taken", "stolen", "sold").
fn is_participle(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "taken", "stolen", "seized", "sold", "paid", "given", "won", "lost", "spent", "bought",
        "brought", "made", "found", "held", "left", "hit", "struck", "caught",
    ];
    let lower = word.to_ascii_lowercase();
    (lower.len() > 4 && lower.ends_with("ed")) || IRREGULAR.contains(&lower.as_str())
}

/// The year `caps` names; `written` is the words as the sentence has them.
fn year_of(
    caps: &regex::Captures<'_>,
    written: &str,
    published: Option<jiff::civil::Date>,
) -> Option<ReportingYear> {
    let text = |name: &str| caps.name(name).map(|m| m.as_str());
    let absolute = |year: &str, end: Option<&str>| {
        let start: i32 = year.parse().ok()?;
        let label = match end {
            None => start.to_string(),
            Some(end) => {
                // "2027-28", "2027/2028", "2027–28": a year across two, as "2027-28".
                let end: i32 = end.parse().ok()?;
                let end = if end < 100 {
                    start / 100 * 100 + end
                } else {
                    end
                };
                if end != start + 1 {
                    return None;
                }
                format!("{start}-{:02}", end % 100)
            }
        };
        Some(ReportingYear {
            label,
            assumption: None,
        })
    };
    if let Some(year) = text("year") {
        // "In January 2025": a month of a year, shown as written, so that a count of that
        // month is told from the news's own (see [`month_of_label`]).
        if let (Some(month), None) = (text("month"), text("year_end")) {
            let month = crate::calendar::month_number(month)?;
            return Some(ReportingYear {
                label: format!("{} {year}", crate::calendar::month_name(month)),
                assumption: None,
            });
        }
        return absolute(year, text("year_end"));
    }
    if let Some(year) = text("before_noun") {
        return absolute(year, text("before_noun_end"));
    }
    if let Some(fy) = text("fy") {
        let fy = if fy.len() == 2 {
            format!("20{fy}")
        } else {
            fy.to_string()
        };
        return absolute(&fy, None);
    }
    let relative = text("relative")?.to_lowercase();
    // "In the last year" is the last twelve months, as "the past year" is; "last year" is the
    // calendar year before.
    let with_the = text("relative_words").is_some_and(|w| {
        w.get(..3)
            .is_some_and(|the| the.eq_ignore_ascii_case("the"))
    });
    if relative == "last" && with_the {
        return None;
    }
    // A year compared with is no period: "up 5% on last year", "than the current year",
    // "by next year"; "over" compares with a past year but spans a coming one.
    let compared = text("preposition").is_some_and(|p| {
        has_word(p, COMPARISONS)
            || has_word(p, &["on", "with", "to", "by"])
            || p.eq_ignore_ascii_case("over") && relative == "last"
    });
    if compared {
        return None;
    }
    let published = published?;
    let offset = match relative.as_str() {
        "next" | "coming" => 1,
        "last" => -1,
        _ => 0,
    };
    let year = i32::from(published.year()) + offset;
    // The words of the year alone, from the publication's point of view: "the current year".
    let words = caps.get(0)?;
    let relative_words = caps.name("relative_words")?;
    let written =
        &written[relative_words.start() - words.start()..relative_words.end() - words.start()];
    Some(ReportingYear {
        label: year.to_string(),
        assumption: Some(format!(
            "\"{written}\" read as the year {year} from the publication date {published}"
        )),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_change_is_on_the_month_or_the_year_only_when_its_clause_says_so() {
        let span = |sentence: &str, figure: &str| {
            let at = sentence
                .find(figure)
                .expect("the figure is in the sentence");
            super::change_span(sentence, at..at + figure.len())
        };
        assert_eq!(
            span(
                "Rents rose 0.9% on May, the index showed.",
                "Rents rose 0.9%"
            ),
            Some("on the month")
        );
        assert_eq!(
            span(
                "Rents were 5.1% higher than in June last year.",
                "Rents were 5.1% higher than"
            ),
            Some("on the year")
        );
        assert_eq!(
            span(
                "Over the past 12 months, rents have climbed 5.1%.",
                "rents have climbed 5.1%"
            ),
            Some("on the year")
        );
        // A day is no comparison, and a change that names neither may be either.
        assert_eq!(span("Shares rose 5% on March 3.", "Shares rose 5%"), None);
        assert_eq!(span("Shares rose 5% on Tuesday.", "Shares rose 5%"), None);
    }

    use super::*;

    /// Where `figure` stands in `sentence`.
    fn span_of(sentence: &str, figure: &str) -> Range<usize> {
        let start = sentence
            .find(figure)
            .expect("the figure is in the sentence");
        start..start + figure.len()
    }

    fn period(sentence: &str, figure: &str) -> Option<&'static str> {
        reporting_period(sentence, span_of(sentence, figure))
    }

    #[test]
    fn one_period_written_many_ways() {
        for (sentence, figure) in [
            (
                "Fourth-quarter net profit fell 38% to 1.2 billion crowns.",
                "38%",
            ),
            ("Net income in Q4 came to $3bn.", "$3bn"),
            ("Sales in the October-December period fell 9%.", "9%"),
            (
                "Net income for the three months to December was down 38 percent.",
                "38 percent",
            ),
            ("Revenue in the fourth quarter rose 4%.", "4%"),
            (
                "Revenue for the October-to-December quarter was $9bn.",
                "$9bn",
            ),
        ] {
            assert_eq!(period(sentence, figure), Some("Q4"), "{sentence}");
        }
        assert_eq!(period("First-half profit rose 12%.", "12%"), Some("H1"));
        assert_eq!(
            period("Profit for the six months to June rose 12%.", "12%"),
            Some("H1")
        );
        assert_eq!(
            period("For 2025 as a whole, net profit fell 21%.", "21%"),
            Some("full year")
        );
        assert_eq!(
            period("Full-year revenue was flat.", "flat"),
            Some("full year")
        );
        assert_eq!(
            period(
                "It earned $90 million for the whole of 2025.",
                "$90 million"
            ),
            Some("full year")
        );
        assert_eq!(
            period("It made $2m in all of last year.", "$2m"),
            Some("full year")
        );
    }

    #[test]
    fn the_period_of_the_figures_clause_is_its_own() {
        let sentence = "Fourth-quarter profit fell 38%, while full-year profit fell 21%.";
        assert_eq!(period(sentence, "38%"), Some("Q4"));
        assert_eq!(period(sentence, "21%"), Some("full year"));
        let sentence = "Profit fell 38% in the fourth quarter, and 21% over the full year.";
        assert_eq!(period(sentence, "38%"), Some("Q4"));
        assert_eq!(period(sentence, "21%"), Some("full year"));
        // A later clause's period is another figure's.
        assert_eq!(
            period("Profit fell 5%, but first-half sales rose.", "5%"),
            None
        );
    }

    #[test]
    fn a_count_of_those_still_there_is_said_after_it() {
        let still = |sentence: &str, figure: &str| still_there(sentence, span_of(sentence, figure));
        assert!(still(
            "Some 600 workers remain on site to finish the paths.",
            "600 workers"
        ));
        assert!(still(
            "About 800 fitters are still working on the tank farm.",
            "800 fitters"
        ));
        assert!(still("The remaining 40 staff stayed behind.", "40 staff"));
        // The count in all, at its height, or a state that lasts.
        assert!(!still(
            "About 2,000 workers were employed at the peak of construction.",
            "2,000 workers"
        ));
        assert!(!still("Five climbers remain missing.", "Five climbers"));
        assert!(!still(
            "Twelve patients remain in hospital.",
            "Twelve patients"
        ));
        // Another clause's.
        assert!(!still(
            "About 90 guards were hired, and the rest are still there.",
            "90 guards"
        ));
    }

    #[test]
    fn no_period_is_named_where_none_is() {
        assert_eq!(period("Net profit fell 21% to SEK 6.8bn.", "21%"), None);
        // "Quarter" alone is a share, and a year is a date, not a reporting period.
        assert_eq!(period("A quarter of the staff, 25%, will go.", "25%"), None);
        assert_eq!(period("In 2025 the fund grew 7%.", "7%"), None);
    }

    fn year(sentence: &str, figure: &str) -> Option<String> {
        let published = jiff::civil::date(2026, 11, 24);
        reporting_year(sentence, span_of(sentence, figure), Some(published)).map(|y| y.label)
    }

    #[test]
    fn a_count_is_dated_by_the_month_and_year_that_open_its_sentence() {
        let lead = |sentence: &str, figure: &str| {
            let published = jiff::civil::date(2026, 11, 24);
            leading_year(sentence, span_of(sentence, figure), Some(published)).map(|y| y.label)
        };
        for (sentence, figure, expected) in [
            (
                "In January 2025, the mill shed 300 posts.",
                "300",
                Some("January 2025"),
            ),
            (
                "In sept 2019 the fire destroyed 40 homes.",
                "40",
                Some("September 2019"),
            ),
            (
                "In 2019, 212 ambulances were diverted.",
                "212",
                Some("2019"),
            ),
            ("The mill shed 300 posts in January 2025.", "300", None),
        ] {
            assert_eq!(lead(sentence, figure).as_deref(), expected, "{sentence}");
        }
        assert_eq!(month_of_label("January 2025"), Some((2025, 1)));
        assert_eq!(month_of_label("2025"), None);
        assert_eq!(month_of_label("2027-28"), None);
    }

    #[test]
    fn the_year_a_figure_is_for_in_many_wordings() {
        for (sentence, figure, expected) in [
            (
                "The council approved a $2.1bn budget for 2027.",
                "$2.1bn",
                "2027",
            ),
            ("Spending in fiscal 2027 will reach $4bn.", "$4bn", "2027"),
            (
                "The 2027 budget sets aside €900m for schools.",
                "€900m",
                "2027",
            ),
            ("The 2027-28 budget totals £3bn.", "£3bn", "2027-28"),
            (
                "Outlays of £3bn for the 2027/28 financial year.",
                "£3bn",
                "2027-28",
            ),
            ("FY26 revenue came to $8bn.", "$8bn", "2026"),
            (
                "Inflation should fall to 2.6% by the end of 2027.",
                "2.6%",
                "2027",
            ),
            (
                "For 2027, the city plans to spend $2.84bn.",
                "$2.84bn",
                "2027",
            ),
            // Relative to the publication date, 2026-11-24.
            (
                "It replaces the $2.7bn budget for the current year.",
                "$2.7bn",
                "2026",
            ),
            ("Next year's budget adds $90m for parks.", "$90m", "2027"),
            ("Sales rose 5% last year.", "5%", "2025"),
            (
                "The economy will grow 1.4% over the coming year.",
                "1.4%",
                "2027",
            ),
        ] {
            assert_eq!(
                year(sentence, figure).as_deref(),
                Some(expected),
                "{sentence}"
            );
        }
    }

    #[test]
    fn years_compared_with_or_of_other_clauses_are_no_period() {
        for (sentence, figure) in [
            ("Sales were up 5% on last year.", "5%"),
            ("Revenue rose 7% compared with last year.", "7%"),
            ("Profit rose 4% over last year.", "4%"),
            ("Costs grew 3% from 2024.", "3%"),
            ("It was the largest budget since 2019, at $3bn.", "$3bn"),
            ("Prices rose 6% over the past year.", "6%"),
            ("Inflation was 3.4% in March 2026.", "3.4%"),
            ("Revenue, which fell in 2024, rose 5% to $3bn.", "5%"),
            ("A 2027-29 plan costs $5bn.", "$5bn"),
            ("Joblessness rose to 5.1% from 4.8% in 2025.", "5.1%"),
            ("Rents have climbed 12% since the start of 2024.", "12%"),
            ("Fares rose 3.1% in the last year.", "3.1%"),
            (
                "The bank held its rate at 4% after raising it in 2023.",
                "4%",
            ),
        ] {
            assert_eq!(year(sentence, figure), None, "{sentence}");
        }
    }

    /// Whether `test` holds of `figure`'s span in `sentence`.
    fn of_figure(test: fn(&str, Range<usize>) -> bool) -> impl Fn(&str, &str) -> bool {
        move |sentence, figure| test(sentence, span_of(sentence, figure))
    }

    #[test]
    fn a_run_is_told_from_the_series() {
        let at = of_figure(in_a_row);
        assert!(at(
            "It was the company's 27th consecutive successful flight.",
            "27th consecutive successful flight"
        ));
        assert!(at(
            "Orders fell for a third straight month.",
            "third straight month"
        ));
        assert!(at(
            "The club won the title for the fourth year running.",
            "fourth year"
        ));
        assert!(at(
            "It was their fifth win in a row, the coach said.",
            "fifth win"
        ));
        assert!(!at("It was the company's 40th launch.", "40th launch"));
        assert!(!at(
            "The third running of the race drew 4,000 runners.",
            "third running"
        ));
        assert!(!at("It was the fifth win in a rowdy season.", "fifth win"));
    }

    #[test]
    fn a_change_over_the_year_so_far_is_told_apart() {
        let at = of_figure(to_date);
        assert!(at("Tillmore's stock is down 14% so far this year.", "14%"));
        assert!(at(
            "The index has gained 6.2 percent year to date.",
            "6.2 percent"
        ));
        assert!(at(
            "Since the start of the year, prices have risen 3%.",
            "3%"
        ));
        assert!(!at("Shares fell 9.6 percent on Monday.", "9.6 percent"));
        // Another clause's span is not this figure's.
        assert!(!at(
            "Shares fell 9.6% on Monday, leaving them down 14% so far this year.",
            "9.6%"
        ));
    }

    #[test]
    fn a_past_case_recalled_dates_its_figures() {
        for (sentence, figure, expected) in [
            (
                "Thirteen works taken from that institution in 1990, valued at $500 million, \
                 have never been found, and a $10 million reward remains unclaimed.",
                "$10 million",
                Some("1990"),
            ),
            (
                "Jewels seized by customs officers in 2019, worth €113 million, were sold.",
                "€113 million",
                Some("2019"),
            ),
            // Its own date, a relative clause, last year and a clause after the figure: none.
            (
                "The museum founded in 1887 holds art worth $2bn.",
                "$2bn",
                None,
            ),
            ("Revenue, which fell in 2024, rose 5% to $3bn.", "5%", None),
            (
                "Cars recalled in 2025, worth $40m, were scrapped.",
                "$40m",
                None,
            ),
            (
                "The firm paid $40m, after cars were recalled in 2019.",
                "$40m",
                None,
            ),
        ] {
            assert_eq!(year(sentence, figure).as_deref(), expected, "{sentence}");
        }
    }

    #[test]
    fn the_closest_year_in_the_figures_clause_is_its_own() {
        let sentence = "Revenue rose to $3bn in 2025 from $2.8bn in 2024.";
        assert_eq!(year(sentence, "$3bn").as_deref(), Some("2025"));
        assert_eq!(year(sentence, "$2.8bn").as_deref(), Some("2024"));
    }

    #[test]
    fn a_share_said_alone_is_of_its_day_or_place_and_only_in_its_clause() {
        let part = |sentence: &str, figure: &str| part_alone(sentence, span_of(sentence, figure));
        let share = "On Tuesday alone, 112 flights were cancelled.";
        assert_eq!(part(share, "112").as_deref(), Some("tuesday"));
        let place = "Some 40 homes burned in the hamlet of Orle alone.";
        assert_eq!(part(place, "40").as_deref(), Some("hamlet of orle"));
        // A thing of a whole singled out: its worth is a part of the haul's.
        let thing = "Experts put the value of the altarpiece alone at about $9 million.";
        assert_eq!(part(thing, "$9").as_deref(), Some("altarpiece"));
        let itself = "Three people were hurt in the old town itself.";
        assert_eq!(part(itself, "Three").as_deref(), Some("old town"));
        // "itself" after a name is emphasis, not a part.
        assert_eq!(part("Aurel itself employs 900 people.", "900"), None);
        assert_eq!(
            part("Yesterday alone, 9 ferries were stopped.", "9").as_deref(),
            Some("yesterday")
        );
        // Nouns joined by "and" are one clause; ", and" opens another (below).
        assert_eq!(
            part(
                "Crews rescued 87 people from flooded homes and stranded cars on Monday night \
                 alone.",
                "87"
            )
            .as_deref(),
            Some("monday night")
        );
        // A year dates a figure; a person alone says nothing of a share; another clause's
        // figure is the whole.
        assert_eq!(part("In 2025 alone, 300 jobs went.", "300"), None);
        assert_eq!(part("He alone knew that 300 jobs would go.", "300"), None);
        // Alone as how someone lives or died is no part.
        assert_eq!(
            part(
                "There were 17 deaths, most of them pensioners living alone.",
                "17"
            ),
            None
        );
        assert_eq!(
            part(
                "The eruption forced 4,000 from their homes, and on Tuesday alone 112 flights \
                 were cancelled.",
                "4,000"
            ),
            None
        );
    }

    #[test]
    fn a_place_in_the_figures_clause_is_read_as_written() {
        let place = |sentence: &str, figure: &str| part_place(sentence, span_of(sentence, figure));
        assert_eq!(
            place("In the capital, 45 people died.", "45").as_deref(),
            Some("in the capital")
        );
        assert_eq!(
            place(
                "Around 180 vessels were waiting at the southern end.",
                "180"
            )
            .as_deref(),
            Some("at the southern end")
        );
        assert_eq!(
            place(
                "Another 30 were killed in the northern province of Kell.",
                "30"
            )
            .as_deref(),
            Some("in the northern province of Kell")
        );
        assert_eq!(
            place("In Kell, 30 people were killed.", "30").as_deref(),
            Some("in Kell")
        );
        // Times, the whole story's place, and a place in another clause are no part; nor is
        // where something is registered, based or built, which describes it.
        assert_eq!(
            place(
                "The tanker, operated by Helm Shipping and registered in Malta, carried 9,800 tonnes.",
                "9,800"
            ),
            None
        );
        assert_eq!(
            place("A firm based in Lyon employs 300 people.", "300"),
            None
        );
        assert_eq!(place("In March, 30 people were killed.", "30"), None);
        assert_eq!(place("On Tuesday 30 people were killed.", "30"), None);
        assert_eq!(
            place("The floods killed 30 people in the region.", "30"),
            None
        );
        assert_eq!(place("30 people were killed in the city.", "30"), None);
        assert_eq!(
            place(
                "The storm killed 30 people, and in Kell the river rose.",
                "30"
            ),
            None
        );
    }
}
