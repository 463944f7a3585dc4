//! Dates as news writes them, resolved against the publication date.
//!
//! Absolute dates ("3 September 2025", "2025-09-03"), dates without a year ("September 3rd"),
//! months and years ("December 2011", "2011", "late 2011", "the 1990s"), weekdays ("on
//! Wednesday", "next Wednesday") and relative expressions ("next week", "yesterday"). A weekday
//! is read by the tense of its sentence: in the past tense it is the latest such day on or before
//! the publication date, in the future tense the next one on or after it. Everything assumed
//! along the way is returned with the value.

use std::sync::LazyLock;

use jiff::civil::{Date, DateTime, Weekday};
use jiff::ToSpan;
use regex::Regex;

use crate::calendar::{month_number, weekday};
use crate::value::{DateValue, Grain};

/// The tense a sentence speaks in, as far as its words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// A resolved date and the assumptions behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedDate {
    pub value: DateValue,
    pub assumptions: Vec<String>,
}

/// Words that put a clause in the future or the past; the one nearest the date decides.
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|won't|'ll|is to|are to|(?:is|are)\s+(?:set|scheduled|slated|due|expected|planned|poised)|scheduled\s+(?:to|for)|plans?\s+to|planning\s+to|going\s+to|upcoming|to\s+be\s+held|to\s+take\s+place|next)\b")
        .expect("the future-tense pattern is valid")
});
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:was|were|had|did|took\s+place|held|said|announced|visited|arrived|attended|met|happened|occurred|killed|died|ended|began|opened|won|lost|signed|voted|ruled|struck|hit|last|earlier|ago|has\s+been|have\s+been)\b")
        .expect("the past-tense pattern is valid")
});

/// The tense of the clause around `date_at` (a byte offset in `sentence`), with the word that
/// told it.
pub fn tense_near(sentence: &str, date_at: usize) -> (Tense, Option<String>) {
    let nearest = |re: &Regex| {
        re.find_iter(sentence)
            .map(|m| {
                let distance = if m.end() <= date_at {
                    date_at - m.end()
                } else {
                    // A marker after the date counts, but less than one before it.
                    (m.start().saturating_sub(date_at)) * 2
                };
                (distance, m.as_str().to_string())
            })
            .min()
    };
    match (nearest(&FUTURE), nearest(&PAST)) {
        (Some(f), Some(p)) if f.0 <= p.0 => (Tense::Future, Some(f.1)),
        (Some(_), Some(p)) => (Tense::Past, Some(p.1)),
        (Some(f), None) => (Tense::Future, Some(f.1)),
        (None, Some(p)) => (Tense::Past, Some(p.1)),
        (None, None) => (Tense::Unknown, None),
    }
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
const WEEKDAY: &str = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?";

struct Forms {
    iso: Regex,
    month_day: Regex,
    day_month: Regex,
    month_year: Regex,
    year: Regex,
    part_of_year: Regex,
    decade: Regex,
    weekday: Regex,
    relative_day: Regex,
    relative_period: Regex,
    month_only: Regex,
}

static FORMS: LazyLock<Forms> = LazyLock::new(|| {
    let re = |p: String| Regex::new(&format!("(?i)^{p}$")).expect("date forms are valid");
    Forms {
        iso: re(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})".into()),
        month_day: re(format!(
            r"(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"
        )),
        day_month: re(format!(
            r"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH}),?(?:\s+(?P<y>\d{{4}}))?"
        )),
        month_year: re(format!(r"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})")),
        year: re(r"(?:the\s+year\s+)?(?P<y>\d{4})".into()),
        part_of_year: re(format!(
            r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+(?:(?P<m>{MONTH})\s*)?(?P<y>\d{{4}})?"
        )),
        decade: re(r"(?:the\s+)?(?:early\s+|mid\s+|late\s+)?(?P<y>\d{3})0'?s".into()),
        weekday: re(format!(r"(?:(?P<rel>next|last|this|this\s+coming|this\s+past|coming|past)\s+)?(?P<w>{WEEKDAY})")),
        relative_day: re(r"(?P<w>today|tonight|yesterday|tomorrow)".into()),
        relative_period: re(r"(?P<rel>next|last|this|the\s+coming|the\s+past|the\s+previous|the\s+following)\s+(?P<p>week|month|year)".into()),
        month_only: re(format!(r"(?P<m>{MONTH})")),
    }
});

/// Prepositions that may stand before a date in a capture.
static LEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:on|in|for|since|by|from|until|during|as\s+of)\s+)+")
        .expect("the leading-preposition pattern is valid")
});

fn day_value(date: Date) -> DateValue {
    DateValue::new(date, date.tomorrow().unwrap_or(date), Grain::Day)
}

fn month_value(year: i16, month: i8) -> Option<DateValue> {
    let start = Date::new(year, month, 1).ok()?;
    Some(DateValue::new(
        start,
        start.checked_add(1.month()).ok()?,
        Grain::Month,
    ))
}

fn year_value(year: i16) -> Option<DateValue> {
    Some(DateValue::new(
        Date::new(year, 1, 1).ok()?,
        Date::new(year.checked_add(1)?, 1, 1).ok()?,
        Grain::Year,
    ))
}

fn number<T: std::str::FromStr>(caps: &regex::Captures<'_>, name: &str) -> Option<T> {
    caps.name(name).and_then(|m| m.as_str().parse().ok())
}

/// Resolves a date expression.
///
/// `reference` is the publication date; without it, expressions that need it are unresolved.
/// `tense` decides bare weekdays and dates without a year.
///
/// # Errors
/// A reason, when the words are not a date this resolver knows or need a reference date it does
/// not have.
pub fn resolve(
    text: &str,
    reference: Option<DateTime>,
    tense: Tense,
) -> Result<ResolvedDate, String> {
    let reference = reference.map(|moment| moment.date());
    let cleaned = crate::rules::lexicon::collapse_spaces(text.trim().trim_end_matches([',', '.']));
    let cleaned = LEADING.replace(&cleaned, "").to_string();
    let forms = &*FORMS;
    let need_reference = || {
        reference.ok_or_else(|| {
            format!("\"{cleaned}\" is relative and the source has no publication date; give one with --published")
        })
    };
    if let Some(c) = forms.iso.captures(&cleaned) {
        let date = Date::new(
            number(&c, "y").ok_or("bad year")?,
            number(&c, "m").ok_or("bad month")?,
            number(&c, "d").ok_or("bad day")?,
        )
        .map_err(|e| format!("\"{cleaned}\" is not a calendar date: {e}"))?;
        return Ok(plain(day_value(date)));
    }
    if let Some(c) = forms
        .month_day
        .captures(&cleaned)
        .or_else(|| forms.day_month.captures(&cleaned))
    {
        let month = c
            .name("m")
            .and_then(|m| month_number(m.as_str()))
            .ok_or("bad month")?;
        let day: i8 = number(&c, "d").ok_or("bad day")?;
        return match number::<i16>(&c, "y") {
            Some(year) => Date::new(year, month, day)
                .map(|d| plain(day_value(d)))
                .map_err(|e| format!("\"{cleaned}\" is not a calendar date: {e}")),
            None => resolve_without_year(&cleaned, month, day, need_reference()?, tense),
        };
    }
    if let Some(c) = forms.month_year.captures(&cleaned) {
        let month = c
            .name("m")
            .and_then(|m| month_number(m.as_str()))
            .ok_or("bad month")?;
        return month_value(number(&c, "y").ok_or("bad year")?, month)
            .map(plain)
            .ok_or_else(|| format!("\"{cleaned}\" is out of range"));
    }
    if let Some(c) = forms.year.captures(&cleaned) {
        return year_value(number(&c, "y").ok_or("bad year")?)
            .map(plain)
            .ok_or_else(|| format!("\"{cleaned}\" is out of range"));
    }
    if let Some(c) = forms.part_of_year.captures(&cleaned) {
        return resolve_part_of_year(&cleaned, &c, reference);
    }
    if let Some(c) = forms.decade.captures(&cleaned) {
        let decade: i16 = number::<i16>(&c, "y").ok_or("bad decade")? * 10;
        let start = Date::new(decade, 1, 1).map_err(|e| e.to_string())?;
        let end = Date::new(decade + 10, 1, 1).map_err(|e| e.to_string())?;
        return Ok(plain(DateValue::new(start, end, Grain::Decade)));
    }
    if let Some(c) = forms.weekday.captures(&cleaned) {
        let day = c
            .name("w")
            .and_then(|w| weekday(w.as_str()))
            .ok_or("bad weekday")?;
        let relation = c.name("rel").map(|r| r.as_str().to_lowercase());
        return resolve_weekday(day, relation.as_deref(), need_reference()?, tense);
    }
    if let Some(c) = forms.relative_day.captures(&cleaned) {
        let reference = need_reference()?;
        let word = c["w"].to_lowercase();
        let date = match word.as_str() {
            "yesterday" => reference.yesterday(),
            "tomorrow" => reference.tomorrow(),
            _ => Ok(reference),
        }
        .map_err(|e| e.to_string())?;
        return Ok(ResolvedDate {
            value: day_value(date),
            assumptions: vec![format!(
                "\"{word}\" counted from the publication date {reference}"
            )],
        });
    }
    if let Some(c) = forms.relative_period.captures(&cleaned) {
        return resolve_relative_period(&c, need_reference()?);
    }
    if let Some(c) = forms.month_only.captures(&cleaned) {
        let month = c
            .name("m")
            .and_then(|m| month_number(m.as_str()))
            .ok_or("bad month")?;
        let reference = need_reference()?;
        let (year, why) = nearest_year(reference, tense, |y| Date::new(y, month, 1).ok());
        let value = month_value(year, month).ok_or("out of range")?;
        return Ok(ResolvedDate {
            value,
            assumptions: vec![format!(
                "year {year} supplied from the publication date {reference}{why}"
            )],
        });
    }
    Err(format!(
        "\"{cleaned}\" is not a date crosscheck can resolve"
    ))
}

fn plain(value: DateValue) -> ResolvedDate {
    ResolvedDate {
        value,
        assumptions: Vec::new(),
    }
}

fn tense_note(tense: Tense) -> &'static str {
    match tense {
        Tense::Future => " (future tense: the next such date)",
        Tense::Past => " (past tense: the latest such date)",
        Tense::Unknown => " (tense unclear: the nearest such date)",
    }
}

/// How close to the publication date a date must be for the nearest year to win over the tense:
/// a report dated a day after the event it calls "scheduled" is late, not a year early.
const NEAR_PUBLICATION_DAYS: i64 = 3;

/// The year to give a date without one: the nearest to the reference when it is within a few
/// days of it; otherwise in the future tense the first on or after the reference, in the past
/// the last on or before it, and with no tense the nearest.
fn nearest_year(
    reference: Date,
    tense: Tense,
    date_in: impl Fn(i16) -> Option<Date>,
) -> (i16, &'static str) {
    let year = reference.year();
    let candidates: Vec<(i16, Date)> = [year - 1, year, year + 1]
        .into_iter()
        .filter_map(|y| date_in(y).map(|d| (y, d)))
        .collect();
    let distance = |d: &Date| d.duration_since(reference).as_secs().abs() / 86_400;
    let nearest = candidates.iter().min_by_key(|(_, d)| distance(d));
    if nearest.is_some_and(|(_, d)| distance(d) <= NEAR_PUBLICATION_DAYS) {
        let year = nearest.map_or(year, |(y, _)| *y);
        return (
            year,
            " (within a few days of publication: the nearest such date, whatever the tense)",
        );
    }
    let pick = match tense {
        Tense::Future => candidates.iter().find(|(_, d)| *d >= reference),
        Tense::Past => candidates.iter().rev().find(|(_, d)| *d <= reference),
        Tense::Unknown => nearest,
    };
    (pick.map_or(year, |(y, _)| *y), tense_note(tense))
}

fn resolve_without_year(
    cleaned: &str,
    month: i8,
    day: i8,
    reference: Date,
    tense: Tense,
) -> Result<ResolvedDate, String> {
    let (year, why) = nearest_year(reference, tense, |y| Date::new(y, month, day).ok());
    let date = Date::new(year, month, day)
        .map_err(|e| format!("\"{cleaned}\" is not a calendar date: {e}"))?;
    Ok(ResolvedDate {
        value: day_value(date),
        assumptions: vec![format!(
            "year {year} supplied from the publication date {reference}{why}"
        )],
    })
}

fn resolve_weekday(
    day: Weekday,
    relation: Option<&str>,
    reference: Date,
    tense: Tense,
) -> Result<ResolvedDate, String> {
    let on_or_after = |from: Date| -> Result<Date, String> {
        let ahead =
            (day.to_monday_zero_offset() - from.weekday().to_monday_zero_offset()).rem_euclid(7);
        from.checked_add(i64::from(ahead).days())
            .map_err(|e| e.to_string())
    };
    let on_or_before = |from: Date| -> Result<Date, String> {
        let back =
            (from.weekday().to_monday_zero_offset() - day.to_monday_zero_offset()).rem_euclid(7);
        from.checked_sub(i64::from(back).days())
            .map_err(|e| e.to_string())
    };
    let name = format!("{day:?}");
    let (date, note) = match relation {
        Some("next") | Some("this coming") | Some("coming") => (
            on_or_after(reference.tomorrow().map_err(|e| e.to_string())?)?,
            format!("\"next {name}\" read as the first {name} after the publication date {reference}"),
        ),
        Some("last") | Some("this past") | Some("past") => (
            on_or_before(reference.yesterday().map_err(|e| e.to_string())?)?,
            format!("\"last {name}\" read as the latest {name} before the publication date {reference}"),
        ),
        _ => match tense {
            Tense::Future => (
                on_or_after(reference)?,
                format!("{name} read in the future tense: the next {name} on or after the publication date {reference}"),
            ),
            Tense::Past => (
                on_or_before(reference)?,
                format!("{name} read in the past tense: the latest {name} on or before the publication date {reference}"),
            ),
            Tense::Unknown => (
                on_or_before(reference)?,
                format!("tense unclear; {name} read as the latest {name} on or before the publication date {reference}"),
            ),
        },
    };
    Ok(ResolvedDate {
        value: day_value(date),
        assumptions: vec![note],
    })
}

fn resolve_relative_period(
    caps: &regex::Captures<'_>,
    reference: Date,
) -> Result<ResolvedDate, String> {
    let relation = crate::rules::lexicon::collapse_spaces(&caps["rel"].to_lowercase());
    let period = caps["p"].to_lowercase();
    let offset: i64 = match relation.as_str() {
        "next" | "the coming" | "the following" => 1,
        "last" | "the past" | "the previous" => -1,
        _ => 0,
    };
    let err = |e: jiff::Error| e.to_string();
    let value = match period.as_str() {
        "week" => {
            let monday = reference
                .checked_sub(i64::from(reference.weekday().to_monday_zero_offset()).days())
                .map_err(err)?;
            let start = monday.checked_add((7 * offset).days()).map_err(err)?;
            DateValue::new(
                start,
                start.checked_add(7.days()).map_err(err)?,
                Grain::Week,
            )
        }
        "month" => {
            let first = reference
                .first_of_month()
                .checked_add(offset.months())
                .map_err(err)?;
            DateValue::new(
                first,
                first.checked_add(1.month()).map_err(err)?,
                Grain::Month,
            )
        }
        _ => {
            let year = reference.year() + offset as i16;
            year_value(year).ok_or("year out of range")?
        }
    };
    Ok(ResolvedDate {
        value,
        assumptions: vec![format!(
            "\"{relation} {period}\" counted from the publication date {reference}"
        )],
    })
}

fn resolve_part_of_year(
    cleaned: &str,
    caps: &regex::Captures<'_>,
    reference: Option<Date>,
) -> Result<ResolvedDate, String> {
    let part = crate::rules::lexicon::collapse_spaces(&caps["part"].to_lowercase());
    let mut assumptions = Vec::new();
    let year: i16 = match number(caps, "y") {
        Some(y) => y,
        None => {
            let reference = reference.ok_or_else(|| {
                format!("\"{cleaned}\" has no year and the source has no publication date")
            })?;
            assumptions.push(format!(
                "year {} supplied from the publication date {reference}",
                reference.year()
            ));
            reference.year()
        }
    };
    let err = |e: jiff::Error| e.to_string();
    let value = if let Some(month) = caps.name("m").and_then(|m| month_number(m.as_str())) {
        let first = Date::new(year, month, 1).map_err(err)?;
        let days = first.days_in_month();
        let (from, to) = match part.as_str() {
            "early" | "the beginning of" | "the start of" => (1, 10),
            "mid" | "the middle of" => (11, 20),
            _ => (21, days),
        };
        DateValue::new(
            Date::new(year, month, from).map_err(err)?,
            Date::new(year, month, to)
                .map_err(err)?
                .tomorrow()
                .map_err(err)?,
            Grain::Day,
        )
    } else {
        let (from, to) = match part.as_str() {
            "early" | "the beginning of" | "the start of" => (1, 5),
            "mid" | "the middle of" => (5, 9),
            _ => (9, 13),
        };
        let end = if to == 13 {
            Date::new(year + 1, 1, 1)
        } else {
            Date::new(year, to, 1)
        };
        DateValue::new(
            Date::new(year, from, 1).map_err(err)?,
            end.map_err(err)?,
            Grain::Month,
        )
    };
    assumptions.push(format!("\"{part}\" read as {value}"));
    Ok(ResolvedDate { value, assumptions })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const THURSDAY: Date = Date::constant(2025, 8, 28);

    fn day(text: &str, tense: Tense) -> Date {
        resolve(text, Some(THURSDAY.into()), tense)
            .unwrap()
            .value
            .start_date()
    }

    #[test]
    fn weekdays_follow_the_tense() {
        assert_eq!(day("on Wednesday", Tense::Future), date(2025, 9, 3));
        assert_eq!(day("on Wednesday", Tense::Past), date(2025, 8, 27));
        assert_eq!(day("Thursday", Tense::Future), THURSDAY);
        assert_eq!(day("Thursday", Tense::Past), THURSDAY);
        assert_eq!(day("next Monday", Tense::Unknown), date(2025, 9, 1));
        assert_eq!(day("last Friday", Tense::Unknown), date(2025, 8, 22));
    }

    #[test]
    fn dates_without_a_year_take_the_nearest_sensible_one() {
        assert_eq!(day("September 3rd", Tense::Future), date(2025, 9, 3));
        assert_eq!(day("Sept. 3", Tense::Unknown), date(2025, 9, 3));
        assert_eq!(day("3 September", Tense::Past), date(2024, 9, 3));
        assert_eq!(day("January 5", Tense::Future), date(2026, 1, 5));
        // A day before publication stays in the publication year, whatever the tense says.
        assert_eq!(day("August 27", Tense::Future), date(2025, 8, 27));
        let resolved = resolve("September 3rd", Some(THURSDAY.into()), Tense::Future).unwrap();
        assert!(resolved.assumptions[0].starts_with("year 2025 supplied"));
    }

    #[test]
    fn absolute_dates_need_no_reference() {
        for text in [
            "3 September 2025",
            "September 3, 2025",
            "2025-09-03",
            "Wednesday, Sept. 3, 2025",
        ] {
            let resolved = resolve(text, None, Tense::Unknown).unwrap();
            assert_eq!(resolved.value.start_date(), date(2025, 9, 3), "{text}");
            assert!(resolved.assumptions.is_empty());
        }
    }

    #[test]
    fn months_years_and_parts() {
        let v = |t: &str| resolve(t, None, Tense::Unknown).unwrap().value;
        assert_eq!(v("December 2011").to_string(), "2011-12");
        assert_eq!(v("in 2019").to_string(), "2019");
        assert_eq!(v("late 2011").to_string(), "2011-09 to 2011-12");
        assert_eq!(v("the 1990s").to_string(), "1990s");
        assert_eq!(v("mid-2020").to_string(), "2020-05 to 2020-08");
    }

    #[test]
    fn relative_periods() {
        let week = resolve("next week", Some(THURSDAY.into()), Tense::Future)
            .unwrap()
            .value;
        assert_eq!(
            (week.start, week.end, week.grain),
            (
                date(2025, 9, 1).into(),
                date(2025, 9, 8).into(),
                Grain::Week
            )
        );
        assert_eq!(day("yesterday", Tense::Past), date(2025, 8, 27));
    }

    #[test]
    fn relative_dates_without_reference_are_unresolved() {
        let err = resolve("on Wednesday", None, Tense::Future).unwrap_err();
        assert!(err.contains("no publication date"), "{err}");
    }

    #[test]
    fn tense_comes_from_the_nearest_marker() {
        let s = "The parade is scheduled to take place on Wednesday";
        assert_eq!(tense_near(s, s.find("on Wed").unwrap()).0, Tense::Future);
        let s = "The parade took place on Wednesday";
        assert_eq!(tense_near(s, s.find("on Wed").unwrap()).0, Tense::Past);
        assert_eq!(tense_near("Wednesday", 0).0, Tense::Unknown);
    }
}
