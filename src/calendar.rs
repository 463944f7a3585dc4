//! Calendar words and fully written dates, shared by the source loader (datelines, front matter)
//! and the date normalizer.

use std::sync::LazyLock;

use jiff::civil::{Date, Time, Weekday};
use regex::Regex;

/// The months' names and shortest abbreviations, January first.
const MONTHS: [(&str, &str); 12] = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
];

/// The month number (1–12) of a month name or abbreviation such as "Sept." or "december".
pub fn month_number(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|(full, short)| {
            word == *full || word == *short || (word.len() >= 3 && full.starts_with(&word))
        })
        .map(|i| i as i8 + 1)
}

/// The English name of month `month` (1–12), capitalised: "March"; "month 13" out of range.
pub fn month_name(month: i8) -> String {
    match usize::try_from(month - 1).ok().and_then(|i| MONTHS.get(i)) {
        Some((full, _)) => full[..1].to_uppercase() + &full[1..],
        None => format!("month {month}"),
    }
}

/// The weekday of a weekday name or abbreviation such as "Wed." or "thursday".
pub fn weekday(word: &str) -> Option<Weekday> {
    let word = word.trim_end_matches('.').to_lowercase();
    let days = [
        ("monday", Weekday::Monday),
        ("tuesday", Weekday::Tuesday),
        ("wednesday", Weekday::Wednesday),
        ("thursday", Weekday::Thursday),
        ("friday", Weekday::Friday),
        ("saturday", Weekday::Saturday),
        ("sunday", Weekday::Sunday),
    ];
    days.iter()
        .find(|(full, _)| word.len() >= 3 && full.starts_with(&word))
        .map(|(_, day)| *day)
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
const WEEKDAY: &str = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?";

/// A complete date at the start of a string: ISO, "Aug 28, 2025", "28 August 2025",
/// "Thursday, May 2, 2013".
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?ix)^\s*(?:{WEEKDAY},?\s+)?(?:
            (?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})
          | (?P<md_m>{MONTH})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<md_y>\d{{4}})
          | (?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{MONTH}),?\s+(?P<dm_y>\d{{4}})
        )(?:\b|T)"
    ))
    .expect("the full-date pattern is valid")
});

/// Parses a complete date at the start of `text`; returns it and the length matched.
pub fn parse_full_date_prefix(text: &str) -> Option<(Date, usize)> {
    let caps = FULL_DATE.captures(text)?;
    let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
    let (year, month, day) = if let Some(y) = number("iso_y") {
        (y, number("iso_m")? as i8, number("iso_d")? as i8)
    } else if let Some(y) = number("md_y") {
        (
            y,
            month_number(caps.name("md_m")?.as_str())?,
            number("md_d")? as i8,
        )
    } else {
        (
            number("dm_y")?,
            month_number(caps.name("dm_m")?.as_str())?,
            number("dm_d")? as i8,
        )
    };
    let date = Date::new(year, month, day).ok()?;
    Some((date, caps.get(0)?.end()))
}

/// The date of `month` and `day` nearest to `reference`, within a year either side: a dateline
/// without a year is read in the year of a report published about the same time. `None` for a
/// 29 February no nearby year has.
pub fn nearest_year(month: i8, day: i8, reference: Date) -> Option<Date> {
    (reference.year() - 1..=reference.year() + 1)
        .filter_map(|year| Date::new(year, month, day).ok())
        .min_by_key(|&date| (date - reference).get_days().abs())
}

/// Words that may follow a date on a dateline: clock and time-zone words.
const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "gmt", "utc", "z", "et", "est", "edt", "ct", "cst", "cdt", "pt",
    "pst", "pdt", "bst", "cet", "cest", "eet", "kst", "jst", "ist", "hkt", "sgt", "aest", "at",
    "-", "–",
];

/// Parses a publication date as front matter or a command line gives it: a complete date,
/// optionally followed by a time ("2025-08-28T08:17:00Z", "Aug 28, 2025, 8:17 AM").
pub fn parse_publication_date(text: &str) -> Option<Date> {
    parse_publication_moment(text).map(|(date, _)| date)
}

/// A clock time: "08:17", "8:17 AM", "04:30:00", "4pm".
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?")
        .expect("the clock pattern is valid")
});

/// Like [`parse_publication_date`], with the time of day when one follows the date; a time
/// zone, if given, is ignored (claims are resolved in the report's own civil time).
pub fn parse_publication_moment(text: &str) -> Option<(Date, Option<Time>)> {
    let (date, len) = parse_full_date_prefix(text)?;
    let rest = &text[len..];
    let time_like = rest
        .split(|c: char| c.is_whitespace() || ",|()/".contains(c))
        .filter(|token| !token.is_empty())
        .all(|token| {
            token.chars().any(|c| c.is_ascii_digit())
                || TIME_WORDS.contains(&token.to_lowercase().trim_end_matches('.'))
        });
    if rest.len() > 40 || !time_like {
        return None;
    }
    let time = CLOCK.captures(rest).and_then(|c| {
        if c.name("m").is_none() && c.name("ampm").is_none() {
            return None;
        }
        let mut hour: i8 = c["h"].parse().ok()?;
        let minute: i8 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let second: i8 = c.name("s").map_or(Some(0), |s| s.as_str().parse().ok())?;
        if let Some(ampm) = c.name("ampm") {
            let pm = ampm.as_str().to_lowercase().starts_with('p');
            hour = match (hour, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
        }
        Time::new(hour, minute, second, 0).ok()
    });
    Some((date, time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn publication_dates_in_common_forms() {
        for (text, expected) in [
            ("2025-08-28", date(2025, 8, 28)),
            ("2025-08-28T08:17:00Z", date(2025, 8, 28)),
            ("Aug 28, 2025, 8:17 AM", date(2025, 8, 28)),
            ("THURSDAY, MAY 2, 2013", date(2013, 5, 2)),
            ("28 August 2025", date(2025, 8, 28)),
            ("Sept. 3, 2025", date(2025, 9, 3)),
        ] {
            assert_eq!(parse_publication_date(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_day_without_a_year_is_dated_nearest_to_a_reference() {
        let reference = date(2025, 12, 30);
        assert_eq!(nearest_year(1, 2, reference), Some(date(2026, 1, 2)));
        assert_eq!(nearest_year(12, 24, reference), Some(date(2025, 12, 24)));
        assert_eq!(
            nearest_year(2, 29, date(2024, 3, 1)),
            Some(date(2024, 2, 29))
        );
    }

    #[test]
    fn publication_times() {
        let time = |t: &str| parse_publication_moment(t).and_then(|(_, time)| time);
        assert_eq!(
            time("Aug 28, 2025, 8:17 AM"),
            Some(Time::constant(8, 17, 0, 0))
        );
        assert_eq!(
            time("2013-02-12T04:30:00-02:00"),
            Some(Time::constant(4, 30, 0, 0))
        );
        assert_eq!(
            time("Aug 28, 2025, 2:21 PM"),
            Some(Time::constant(14, 21, 0, 0))
        );
        assert_eq!(time("2025-08-28"), None);
    }

    #[test]
    fn not_dates() {
        for text in [
            "soon",
            "2025-02-30",
            "Aug 28",
            "Aug 28, 2025 was a day when many things happened",
        ] {
            assert_eq!(parse_publication_date(text), None, "{text}");
        }
    }

    #[test]
    fn month_and_weekday_words() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Mayday"), None);
        assert_eq!(weekday("Wed"), Some(Weekday::Wednesday));
        assert_eq!(weekday("Thursday"), Some(Weekday::Thursday));
    }
}
