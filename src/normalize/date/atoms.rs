//! Atoms: the words and fixed phrases of dates and times, each a regex matched against a whole
//! stretch of tokens (lower case, joined with single spaces where the text had space), and what
//! the stretch then is: a month, a weekday, a clock time, a numeric date, a holiday, a unit of
//! time, a number.
//!
//! Compiled once into one `RegexSet`, so a stretch is tested against all atoms in one pass.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::{Captures, Regex, RegexSet};

use super::chart::{GrammarOptions, Kind, Node};
use super::expr::{Clock, Expr, Fields, PartOfDay, Season};
use super::holidays;
use crate::calendar::{month_number, weekday};
use crate::value::{DateValue, Grain};

type Build = fn(&Captures<'_>, GrammarOptions) -> Vec<Node>;

const MONTH: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const WEEKDAY: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
const UNDER_TWENTY: &str = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const TENS: &str = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const DIGIT_WORD: &str = r"(?:one|two|three|four|five|six|seven|eight|nine)";
const MERIDIEM: &str = r"(?:(?P<ap>[ap])\.? ?m\.?)";

/// What a matched atom is: built from its captures, or a holiday of the table.
#[derive(Clone, Copy)]
enum Reading {
    Built(Build),
    Holiday(&'static holidays::Holiday),
}

struct Atom {
    pattern: String,
    reading: Reading,
}

fn atom(pattern: impl Into<String>, build: Build) -> Atom {
    Atom {
        pattern: pattern.into(),
        reading: Reading::Built(build),
    }
}

struct Atoms {
    set: RegexSet,
    regexes: Vec<Regex>,
    readings: Vec<Reading>,
}

static ATOMS: LazyLock<Atoms> = LazyLock::new(|| {
    let mut list = vec![
        atom(r"\d{1,9}", number),
        atom(r"\d{1,3}\.\d{1,3}", decimal),
        atom(
            format!("{TENS}(?:[ -]?{DIGIT_WORD})?|{UNDER_TWENTY}"),
            number_words,
        ),
        atom(r"(?:a )?few|several", vague_few),
        atom(r"(?:a )?(?:couple|pair)(?: of)?", vague_couple),
        atom(
            format!(
                r"two thousand(?: and)?(?: (?P<rest>{TENS}(?:[ -]?{DIGIT_WORD})?|{UNDER_TWENTY}))?"
            ),
            year_words,
        ),
        atom(r"(?P<n>\d{1,2}) ?(?:st|nd|rd|th)", ordinal_digits),
        atom(
            r"(?:(?P<tens>twenty|thirty)[ -]?)?(?P<unit>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)",
            ordinal_words,
        ),
        atom(MONTH, month),
        atom(WEEKDAY, weekday_atom),
        atom(format!("(?P<w>{WEEKDAY})s"), weekday_plural),
        atom(
            r"today|tomorrows?|tmrw|yesterday|tonight|tonite|now|right now|just now|at the moment",
            relative_day,
        ),
        atom(
            r"seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|quarters?|qtrs?|years?|yrs?|decades?|fortnights?|'|''|\x22",
            unit,
        ),
        atom(r"(?P<ap>[ap])\.? ?m\.?", meridiem),
        atom(
            format!(
                r"(?P<h>\d{{1,2}}) ?: ?(?P<m>\d{{2}})(?: ?: ?(?P<s>\d{{2}}))?(?: ?{MERIDIEM})?"
            ),
            clock_colon,
        ),
        atom(
            r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?P<ap>[ap])\.?",
            clock_colon,
        ),
        // "5.40pm", as British news writes it: a dot only before a meridiem, never "4.17".
        atom(
            format!(r"(?P<h>\d{{1,2}})\.(?P<m>\d{{2}}) ?{MERIDIEM}"),
            clock_colon,
        ),
        atom(r"(?P<h>\d{1,2}) ?h ?(?P<m>\d{2})?", clock_h),
        atom(format!(r"(?P<h>\d{{1,2}}) ?{MERIDIEM}"), clock_meridiem),
        atom(r"(?P<h>\d{1,2})(?P<ap>[ap])\.?", clock_letter),
        atom(
            format!(r"(?P<h>\d{{1,2}})(?P<m>\d{{2}}) ?{MERIDIEM}"),
            clock_compact,
        ),
        atom(r"(?P<h>\d{1,2}) ?o'? ?clock", clock_oclock),
        atom(r"(?:the )?(?:noon|midday|mid ?-?day)", noon),
        atom(r"midnight", midnight),
        atom(
            r"(?:the |in the )?(?P<part>mornings?|afternoon(?:ish)?s?|evenings?|nights?|lunch ?(?:time)?|early (?:in the )?morning|(?:the )?early hours(?: of the morning)?|after lunch|after school|late night)",
            part_of_day,
        ),
        atom(r"week ?-? ?ends?|wkends?", |_, _| {
            vec![Node::time(Expr::Weekend)]
        }),
        atom(r"(?P<s>spring|summer|fall|autumn|winter)s?", season),
        atom(r"seasons?", |_, _| vec![Node::time(Expr::Season(None))]),
        atom(
            r"(?P<y>\d{4}) ?- ?(?P<m>\d{1,2}) ?- ?(?P<d>\d{1,2})",
            iso_date,
        ),
        atom(
            r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?: ?t ?| )(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?",
            iso_date_time,
        ),
        atom(
            r"(?P<a>\d{1,2}) ?(?P<s1>[/.-]) ?(?P<b>\d{1,2}) ?(?P<s2>[/.-]) ?(?P<y>\d{4}|\d{2})",
            numeric_date,
        ),
        atom(
            r"(?P<a>\d{1,2}) ?(?P<s1>[/-]) ?(?P<b>\d{1,2})",
            numeric_date,
        ),
        atom(r"(?P<y>\d{4}) ?[-/] ?(?P<m>\d{1,2})", year_month),
        atom(r"(?P<m>\d{1,2}) ?/ ?(?P<y>\d{4})", year_month),
        atom(
            format!(r"(?P<d>\d{{1,2}}) ?[/-] ?(?P<mon>{MONTH})\.? ?[/-] ?(?P<y>\d{{4}}|\d{{2}})"),
            day_month_year,
        ),
        atom(r"(?P<y>\d{4}|\d{2}) ?q(?P<q>[1-4])", quarter),
        atom(r"q(?P<q>[1-4])(?: (?P<y>\d{4}))?", quarter),
        atom(r"(?:the )?(?P<d>\d{3})0 ?'? ?s", decade),
        atom(r"(?:the )?' ?(?P<d>\d)0 ?'? ?s", short_decade),
        atom(r"eom|eoy|bom|boy|eod|eow|bow", period_abbreviation),
        atom(
            r"gmt|utc|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|ist|jst|kst|hkt|sgt|aest|aedt|msk",
            zone,
        ),
        atom(r"a\.? ?d\.?|ce|b\.? ?c\.?(?: ?e\.?)?|bce", era),
    ];
    for holiday in holidays::all() {
        list.push(Atom {
            pattern: holiday.pattern.to_string(),
            reading: Reading::Holiday(holiday),
        });
    }
    let anchored: Vec<String> = list
        .iter()
        .map(|a| format!("^(?:{})$", a.pattern))
        .collect();
    Atoms {
        set: RegexSet::new(&anchored).expect("the date atoms are valid"),
        regexes: anchored
            .iter()
            .map(|p| Regex::new(p).expect("the date atoms are valid"))
            .collect(),
        readings: list.iter().map(|a| a.reading).collect(),
    }
});

/// The readings of a whole stretch that atoms give.
pub fn read(text: &str, options: GrammarOptions) -> Vec<Node> {
    let atoms = &*ATOMS;
    let mut nodes = Vec::new();
    for index in atoms.set.matches(text).iter() {
        match atoms.readings[index] {
            Reading::Holiday(holiday) => nodes.push(Node::time(Expr::Holiday(holiday))),
            Reading::Built(build) => {
                if let Some(caps) = atoms.regexes[index].captures(text) {
                    nodes.extend(build(&caps, options));
                }
            }
        }
    }
    nodes
}

fn int<T: std::str::FromStr>(caps: &Captures<'_>, name: &str) -> Option<T> {
    caps.name(name).and_then(|m| m.as_str().parse().ok())
}

fn time(fields: Fields) -> Node {
    Node::time(Expr::Fields(fields))
}

fn number(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let text = &caps[0];
    let Ok(value) = text.parse::<u64>() else {
        return Vec::new();
    };
    let mut nodes = vec![Node::new(Kind::Number {
        value: value as f64,
        digits: text.len().min(9) as u8,
    })];
    if text.len() == 4 && (1000..=2999).contains(&value) {
        nodes.push(time(Fields {
            year: i16::try_from(value).ok(),
            ..Fields::default()
        }));
    }
    nodes
}

fn decimal(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    caps[0]
        .parse::<f64>()
        .map(|value| {
            vec![Node::new(Kind::Number {
                value,
                digits: caps[0].len() as u8,
            })]
        })
        .unwrap_or_default()
}

/// A number from 0 to 99 in words.
pub fn small_number_words(text: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let text = text.trim();
    if let Some(n) = UNITS.iter().position(|u| *u == text) {
        return Some(n as u32);
    }
    let tens = TENS.iter().position(|t| text.starts_with(t))?;
    let rest = text[TENS[tens].len()..].trim_start_matches([' ', '-']);
    let units = if rest.is_empty() {
        0
    } else {
        UNITS[1..10].iter().position(|u| *u == rest)? + 1
    };
    Some((tens as u32 + 2) * 10 + units as u32)
}

fn number_words(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    small_number_words(&caps[0])
        .map(|value| {
            vec![Node::new(Kind::Number {
                value: f64::from(value),
                digits: 0,
            })]
        })
        .unwrap_or_default()
}

/// "A few" and "several" count as three; a count of units is then a best guess, said so.
fn vague_few(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    vec![Node::noted(
        Kind::Number {
            value: 3.0,
            digits: VAGUE,
        },
        format!("\"{}\" read as 3", &caps[0]),
    )]
}

fn vague_couple(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    vec![Node::noted(
        Kind::Number {
            value: 2.0,
            digits: VAGUE,
        },
        format!("\"{}\" read as 2", &caps[0]),
    )]
}

/// The `digits` of a vague count ("a few"), which no clock time may be read from.
pub const VAGUE: u8 = u8::MAX;

fn year_words(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let rest = caps
        .name("rest")
        .map_or(Some(0), |r| small_number_words(r.as_str()));
    rest.and_then(|n| i16::try_from(2000 + n).ok())
        .map(|year| {
            vec![time(Fields {
                year: Some(year),
                ..Fields::default()
            })]
        })
        .unwrap_or_default()
}

fn ordinal_digits(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    int::<i32>(caps, "n")
        .filter(|n| *n > 0)
        .map(|n| vec![Node::new(Kind::Ordinal { n, digits: true })])
        .unwrap_or_default()
}

fn ordinal_words(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    const WORDS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let unit = &caps["unit"];
    let base = match unit {
        "twentieth" => 20,
        "thirtieth" => 30,
        word => WORDS.iter().position(|w| *w == word).map_or(0, |i| i + 1) as i32,
    };
    let tens = match caps.name("tens").map(|t| t.as_str()) {
        Some("twenty") if base < 10 => 20,
        Some("thirty") if base < 10 => 30,
        Some(_) => return Vec::new(),
        None => 0,
    };
    vec![Node::new(Kind::Ordinal {
        n: tens + base,
        digits: false,
    })]
}

fn month(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    month_number(&caps[0])
        .map(|m| {
            vec![time(Fields {
                month: Some(m),
                ..Fields::default()
            })]
        })
        .unwrap_or_default()
}

fn weekday_atom(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    weekday(&caps[0])
        .map(|w| {
            vec![time(Fields {
                weekday: Some(w),
                ..Fields::default()
            })]
        })
        .unwrap_or_default()
}

fn weekday_plural(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    weekday(&caps["w"])
        .map(|w| {
            vec![Node::new(Kind::Plural(Expr::Fields(Fields {
                weekday: Some(w),
                ..Fields::default()
            })))]
        })
        .unwrap_or_default()
}

fn relative_day(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let cycle = |grain, offset| Expr::Cycle { grain, offset };
    let expr = match &caps[0] {
        "today" => cycle(Grain::Day, 0),
        "tomorrow" | "tomorrows" | "tmrw" => cycle(Grain::Day, 1),
        "yesterday" => cycle(Grain::Day, -1),
        "tonight" | "tonite" => Expr::Intersect(
            Box::new(cycle(Grain::Day, 0)),
            Box::new(Expr::Fields(Fields {
                part: Some(NIGHT),
                ..Fields::default()
            })),
        ),
        _ => cycle(Grain::Second, 0),
    };
    vec![Node::time(expr)]
}

/// 18:00 to midnight.
pub const NIGHT: PartOfDay = PartOfDay {
    name: "night",
    start: 18 * 60,
    end: 24 * 60,
};

fn unit(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let word = caps[0].trim_end_matches('s');
    let (grain, factor) = match word {
        "second" | "sec" | "\"" | "''" => (Grain::Second, 1.0),
        "minute" | "min" | "'" => (Grain::Minute, 1.0),
        "hour" | "hr" | "h" => (Grain::Hour, 1.0),
        "day" => (Grain::Day, 1.0),
        "week" | "wk" => (Grain::Week, 1.0),
        "fortnight" => (Grain::Week, 2.0),
        "month" => (Grain::Month, 1.0),
        "quarter" | "qtr" => (Grain::Quarter, 1.0),
        "year" | "yr" => (Grain::Year, 1.0),
        "decade" => (Grain::Decade, 1.0),
        _ => return Vec::new(),
    };
    let plural = word.len() < caps[0].len();
    vec![Node::new(Kind::Unit {
        grain,
        factor,
        plural,
    })]
}

fn meridiem(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    vec![Node::new(Kind::Meridiem(&caps["ap"] == "p"))]
}

fn pm(caps: &Captures<'_>) -> Option<bool> {
    caps.name("ap").map(|ap| ap.as_str() == "p")
}

fn with_meridiem(clock: Clock, caps: &Captures<'_>) -> Option<Clock> {
    match pm(caps) {
        Some(pm) => clock.with_meridiem(pm),
        None => Some(clock),
    }
}

fn clock_node(clock: Option<Clock>) -> Vec<Node> {
    clock
        .map(|clock| {
            vec![time(Fields {
                clock: Some(clock),
                ..Fields::default()
            })]
        })
        .unwrap_or_default()
}

fn clock_colon(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let second: Option<i8> = int(caps, "s");
    let grain = if second.is_some() {
        Grain::Second
    } else {
        Grain::Minute
    };
    let clock = int(caps, "h").zip(int(caps, "m")).and_then(|(h, m)| {
        Clock::written(h, m, second.unwrap_or(0), grain).and_then(|c| with_meridiem(c, caps))
    });
    clock_node(clock)
}

fn clock_h(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let clock =
        int(caps, "h").and_then(|h| Clock::exact(h, int(caps, "m").unwrap_or(0), 0, Grain::Minute));
    clock_node(clock)
}

fn clock_meridiem(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let clock = int(caps, "h")
        .and_then(|h| Clock::written(h, 0, 0, Grain::Hour))
        .and_then(|c| with_meridiem(c, caps));
    clock_node(clock)
}

/// "3p", "7a": a time, but one "at" must vouch for ("4a" alone is not).
fn clock_letter(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    int(caps, "h")
        .and_then(|h| Clock::written(h, 0, 0, Grain::Hour))
        .and_then(|c| with_meridiem(c, caps))
        .map(|c| vec![Node::new(Kind::WeakClock(c))])
        .unwrap_or_default()
}

fn clock_compact(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let clock = int(caps, "h")
        .zip(int(caps, "m"))
        .and_then(|(h, m)| Clock::written(h, m, 0, Grain::Minute))
        .and_then(|c| with_meridiem(c, caps));
    clock_node(clock)
}

fn clock_oclock(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    clock_node(int(caps, "h").and_then(|h| Clock::written(h, 0, 0, Grain::Hour)))
}

fn noon(_: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    clock_node(Clock::exact(12, 0, 0, Grain::Hour))
}

fn midnight(_: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    clock_node(Clock::exact(0, 0, 0, Grain::Hour))
}

fn part_of_day(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let word = &caps["part"];
    let (name, start, end) = if word.starts_with("morning") {
        ("morning", 0, 12)
    } else if word.starts_with("afternoon") {
        ("afternoon", 12, 19)
    } else if word.starts_with("evening") || word.starts_with("night") {
        ("evening", 18, 24)
    } else if word.starts_with("lunch") {
        ("lunch", 12, 14)
    } else if word.starts_with("after lunch") {
        ("after lunch", 13, 17)
    } else if word.starts_with("after school") {
        ("after school", 15, 21)
    } else if word.starts_with("late night") {
        ("late at night", 21, 24)
    } else {
        ("early morning", 0, 9)
    };
    vec![time(Fields {
        part: Some(PartOfDay {
            name,
            start: start * 60,
            end: end * 60,
        }),
        ..Fields::default()
    })]
}

fn season(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let season = match &caps["s"] {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "winter" => Season::Winter,
        _ => Season::Autumn,
    };
    vec![Node::time(Expr::Season(Some(season)))]
}

fn complete_date(year: i16, month: i8, day: i8) -> Vec<Node> {
    if Date::new(year, month, day).is_err() {
        return Vec::new();
    }
    vec![time(Fields {
        year: Some(year),
        month: Some(month),
        day: Some(day),
        ..Fields::default()
    })]
}

fn iso_date(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    match (int(caps, "y"), int(caps, "m"), int(caps, "d")) {
        (Some(y), Some(m), Some(d)) => complete_date(y, m, d),
        _ => Vec::new(),
    }
}

fn iso_date_time(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let second: Option<i8> = int(caps, "s");
    let grain = if second.is_some() {
        Grain::Second
    } else {
        Grain::Minute
    };
    let clock = int(caps, "h")
        .zip(int(caps, "mi"))
        .and_then(|(h, m)| Clock::exact(h, m, second.unwrap_or(0), grain));
    let date = (int(caps, "y"), int(caps, "m"), int(caps, "d"));
    match (date, clock) {
        ((Some(year), Some(month), Some(day)), Some(clock))
            if Date::new(year, month, day).is_ok() =>
        {
            vec![time(Fields {
                year: Some(year),
                month: Some(month),
                day: Some(day),
                clock: Some(clock),
                ..Fields::default()
            })]
        }
        _ => Vec::new(),
    }
}

/// A two-digit year is the one within fifty years of 2000 ("74" is 1974, "15" is 2015).
fn full_year(written: &str) -> Option<(i16, Option<String>)> {
    let year: i16 = written.parse().ok()?;
    if written.len() == 4 {
        return Some((year, None));
    }
    let full = if year < 50 { 2000 + year } else { 1900 + year };
    Some((
        full,
        Some(format!("two-digit year \"{written}\" read as {full}")),
    ))
}

/// "3/9/2025", "10-31-74", "2/15": month first unless the day comes first by setting or
/// because the first number cannot be a month; the reading is noted when both could be.
fn numeric_date(caps: &Captures<'_>, options: GrammarOptions) -> Vec<Node> {
    let (Some(a), Some(b)) = (int::<i8>(caps, "a"), int::<i8>(caps, "b")) else {
        return Vec::new();
    };
    if caps.name("s2").is_some_and(|s2| s2.as_str() != &caps["s1"]) {
        return Vec::new();
    }
    let year = match caps.name("y") {
        Some(y) => match full_year(y.as_str()) {
            Some(found) => Some(found),
            None => return Vec::new(),
        },
        None => None,
    };
    // Without a year, a dotted pair is a decimal number, not a date.
    if year.is_none() && &caps["s1"] == "." {
        return Vec::new();
    }
    let month_first = !options.day_first;
    let (month, day, note) = match (a <= 12, b <= 12) {
        (true, true) if a != b => {
            let (month, day) = if month_first { (a, b) } else { (b, a) };
            let reading = if month_first {
                "month first (the default; --day-first reads the day first)"
            } else {
                "day first (--day-first)"
            };
            (month, day, Some(format!("\"{}\" read {reading}", &caps[0])))
        }
        (true, _) if month_first || b > 12 => (a, b, None),
        (_, true) => (b, a, None),
        _ => return Vec::new(),
    };
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return Vec::new();
    }
    let fields = Fields {
        year: year.as_ref().map(|(y, _)| *y),
        month: Some(month),
        day: Some(day),
        ..Fields::default()
    };
    if let Some(y) = fields.year {
        if Date::new(y, month, day).is_err() {
            return Vec::new();
        }
    }
    let notes = note.into_iter().chain(year.and_then(|(_, n)| n)).collect();
    vec![Node {
        kind: Kind::Time(Expr::Fields(fields)),
        notes,
    }]
}

fn year_month(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    match (int::<i16>(caps, "y"), int::<i8>(caps, "m")) {
        (Some(year), Some(month)) if (1..=12).contains(&month) && year >= 1000 => {
            vec![time(Fields {
                year: Some(year),
                month: Some(month),
                ..Fields::default()
            })]
        }
        _ => Vec::new(),
    }
}

fn day_month_year(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let month = month_number(&caps["mon"]);
    let year = full_year(&caps["y"]);
    match (int(caps, "d"), month, year) {
        (Some(day), Some(month), Some((year, note))) => {
            let mut nodes = complete_date(year, month, day);
            for node in &mut nodes {
                node.notes.extend(note.clone());
            }
            nodes
        }
        _ => Vec::new(),
    }
}

fn quarter(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let year = match caps.name("y") {
        Some(y) => match full_year(y.as_str()) {
            Some((year, _)) => Some(year),
            None => return Vec::new(),
        },
        None => None,
    };
    vec![time(Fields {
        year,
        quarter: int(caps, "q"),
        ..Fields::default()
    })]
}

fn decade_value(start: i16) -> Option<Expr> {
    let from = Date::new(start, 1, 1).ok()?;
    let to = Date::new(start.checked_add(10)?, 1, 1).ok()?;
    Some(Expr::Absolute(DateValue::new(from, to, Grain::Decade)))
}

fn decade(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    int::<i16>(caps, "d")
        .and_then(|d| decade_value(d * 10))
        .map(|expr| vec![Node::time(expr)])
        .unwrap_or_default()
}

/// "the 90s": the decade of the twentieth century, an assumption worth saying.
fn short_decade(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    int::<i16>(caps, "d")
        .and_then(|d| decade_value(1900 + d * 10))
        .map(|expr| {
            vec![Node::noted(
                Kind::Time(expr),
                format!("\"{}\" read as a decade of the 1900s", &caps[0]),
            )]
        })
        .unwrap_or_default()
}

fn period_abbreviation(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    use super::expr::Part;
    let (part, grain) = match &caps[0] {
        "eom" => (Part::Late, Grain::Month),
        "bom" => (Part::Early, Grain::Month),
        "eoy" => (Part::Late, Grain::Year),
        "boy" => (Part::Early, Grain::Year),
        "eow" => (Part::Late, Grain::Week),
        "bow" => (Part::Early, Grain::Week),
        _ => {
            // The end of the day is a deadline's end: the day itself.
            return vec![Node::time(Expr::Cycle {
                grain: Grain::Day,
                offset: 0,
            })];
        }
    };
    vec![Node::time(Expr::PartOf {
        part,
        of: Box::new(Expr::Cycle { grain, offset: 0 }),
    })]
}

fn zone(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    const ZONES: [&str; 24] = [
        "gmt", "utc", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt",
        "pst", "pdt", "bst", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "msk", "z",
    ];
    ZONES
        .iter()
        .find(|z| **z == &caps[0])
        .map(|z| vec![Node::new(Kind::Zone(z))])
        .unwrap_or_default()
}

fn era(caps: &Captures<'_>, _: GrammarOptions) -> Vec<Node> {
    let before_christ = caps[0].starts_with('b');
    vec![Node::new(Kind::Era { before_christ })]
}
