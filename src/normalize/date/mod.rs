//! Dates and times as news writes them, resolved against the publication date.
//!
//! A phrase ("next Wednesday", "3 September 2025", "tomorrow at 5pm", "the first Monday of
//! March", "from July 13 to 15", "three days after Easter") is split into tokens
//! ([`tokens`]), read by a chart parser ([`chart`]) whose atoms ([`atoms`]) and productions
//! ([`grammar`]) build an expression ([`expr`]), and placed on the calendar ([`eval`]) against
//! the reference time and the tense of its sentence. In the past tense a recurring date is the
//! latest that has begun by the publication date, in the future tense the first not yet over.
//! Every assumption made on the way (the reference used, the tense read, the year supplied, a
//! numeric date read month first) is returned with the value.
//!
//! [`resolve`] reads a phrase whole, as rules capture it; [`find`] finds the phrases inside a
//! longer stretch that the scanner proposed, as `crosscheck parse` needs.

mod astronomy;
pub(crate) mod atoms;
mod chart;
mod chinese;
mod computus;
mod eval;
mod expr;
mod find;
mod grammar;
mod hebrew;
mod hindu;
pub mod holidays;
mod islamic;
mod lunar;
mod occurrences;
mod parts;
mod tokens;
mod units;

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::DateTime;
use regex::Regex;

use crate::rules::boundaries::{Haystack, Twin};
use crate::value::DateValue;
use chart::{Chart, GrammarOptions};
use eval::{Context, Failure};
pub use find::{find, Found};

/// The tense a sentence speaks in, as far as its words tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    #[default]
    Unknown,
}

/// How to read a date phrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateOptions {
    /// The tense of the phrase's sentence.
    pub tense: Tense,
    /// Whether numeric dates put the day first ("3/9/2025" is 3 September).
    pub day_first: bool,
}

impl DateOptions {
    /// Options reading in `tense`, numeric dates month first.
    pub fn tense(tense: Tense) -> DateOptions {
        DateOptions {
            tense,
            day_first: false,
        }
    }
}

/// Why a phrase has no date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The words are not a date or time this resolver knows.
    #[error("\"{0}\" is not a date crosscheck can resolve")]
    NotADate(String),
    /// The phrase is relative and there is no reference time to count from.
    #[error(
        "\"{0}\" is relative and the source has no publication date; give one with --published"
    )]
    NeedsReference(String),
    /// The phrase names no time that exists ("February 30th").
    #[error("\"{text}\" {reason}")]
    Impossible { text: String, reason: String },
}

/// A resolved date and the assumptions behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedDate {
    pub value: DateValue,
    pub assumptions: Vec<String>,
}

/// Words that put a clause in the future or the past; the one nearest the date decides. A
/// schedule's present ("the strike begins on Thursday", "the summit opens on Monday", "the
/// prize pot resets for Friday's game", "parliament returns on 2 September", "the offer expires
/// on Sunday", "the increase takes effect on July 1", "the rules come into force", "the higher
/// fare applies from the first of July") is the future, and so is what news is "ahead of" ("a lead ahead of the
/// Nov. 22 election"), and what someone plans, hopes, aims or intends to do.
static FUTURE: LazyLock<Twin> = LazyLock::new(|| {
    // "will be held" is one marker, ending where "held" (a past marker alone) ends.
    Twin::new(
        r"(?i)\b(?:(?:will|shall|won't|'ll)(?:\s+(?:not\s+)?be\s+\w+)?|is to|are to|(?:is|are)\s+(?:set|scheduled|slated|due|expected|planned|poised)|scheduled\s+(?:to|for)|plans?\s+to|planning\s+to|(?:hopes?|hoping|aims?|aiming|intends?|intending|expects?|wants?)\s+to|going\s+to|upcoming|to\s+be\s+held|to\s+take\s+place|next|tomorrow|begins|starts|opens|reopens|returns|resets|reconvenes|meets\s+(?:again\s+)?on|convenes\s+on|closes|ends|concludes|expires|lapses|airs|premieres|kicks\s+off|resumes|goes\s+on\s+sale|(?:take|takes)\s+effect|(?:come|comes)\s+into\s+(?:force|effect)|(?:go|goes)\s+into\s+(?:force|effect)|(?:apply|applies)\s+(?:starting|beginning|from|as\s+of)|gets\s+under\s+way|takes\s+place|goes\s+ahead|ahead\s+of|in\s+the\s+run-up\s+to)\b",
        Regex::new,
    )
});
static PAST: LazyLock<Twin> = LazyLock::new(|| {
    // The verbs the rules date events by ("crashed on", "launched on") are among them.
    Twin::new(
        r"(?i)\b(?:was|were|had|did|took\s+place|held|said|announced|visited|arrived|attended|met|happened|occurred|killed|died|ended|began|opened|won|lost|signed|voted|ruled|struck|hit|launched|crashed|flooded|erupted|exploded|collapsed|landed|lifted\s+off|walked\s+out|last|earlier|ago|has\s+been|have\s+been|yesterday)\b",
        Regex::new,
    )
});

/// The tense of the clause around the date at `date` (a byte range in `sentence`), with the
/// word that told it. Words inside the date itself ("last" in "last Monday of March") say
/// nothing about the clause.
pub fn tense_near(sentence: &str, date: Range<usize>) -> (Tense, Option<String>) {
    // The date's own clause first: "emerged as the largest party after the vote on Sunday, but
    // it will need a partner" dates the vote by "emerged", not by the next clause's "will".
    let clause = clause_around(sentence, date.clone());
    let found = tense_within(sentence, date.clone(), clause.clone());
    // A marker only after the date is another verb's when a verb in the past leads to the date:
    // "The rocket blasted off on Friday carrying a satellite that will track storms", "officials
    // announced on Monday that talks will resume".
    if let (Tense::Future, Some(marker)) = (&found.0, &found.1) {
        let before = &sentence[clause.start..date.start];
        // As a substring: a marker doubted ("goodwill") keeps the tense found. A marker
        // before the date gives way to a verb in the past between it and the date: "Riders
        // will pay more after the council approved the rise on Tuesday" dates the vote by
        // "approved".
        let lower = before.to_lowercase();
        let after_marker = match lower.rfind(&marker.to_lowercase()) {
            Some(at) => &before[at + marker.len()..],
            None => before,
        };
        if let Some(verb) = past_verb_before(after_marker) {
            return (Tense::Past, Some(verb.to_string()));
        }
    }
    if found.0 != Tense::Unknown || clause == (0..sentence.len()) {
        return found;
    }
    if let Some(verb) = past_verb_before(&sentence[clause.start..date.start]) {
        return (Tense::Past, Some(verb.to_string()));
    }
    tense_within(sentence, date, 0..sentence.len())
}

/// Where the clause holding `date` starts and ends in `sentence`: at the nearest semicolon, or
/// comma and conjunction that start another clause (", but", ", while", ", after": "homes will
/// be rationed from 9 March, after the government declared an emergency on Tuesday"), on
/// either side.
fn clause_around(sentence: &str, date: Range<usize>) -> Range<usize> {
    static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i);|,\s+(?:but|and|while|although|though|yet|whereas|so|after|because)\b")
            .expect("the clause boundary pattern is valid")
    });
    let start = BOUNDARY
        .find_iter(&sentence[..date.start])
        .last()
        .map_or(0, |m| m.end());
    let end = BOUNDARY
        .find(&sentence[date.end..])
        .map_or(sentence.len(), |m| date.end + m.start());
    start..end
}

/// A verb in the past tense before the date in its clause ("The Alliance emerged as the largest
/// party after the vote on Sunday"): a word in -ed after a word that is no article, so neither
/// "the delayed vote" nor "the long-awaited vote".
fn past_verb_before(before: &str) -> Option<&str> {
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        // Regular verbs by their ending, and the common irregular ones: "The heat wave, which
        // began on July 14, is expected to persist" dates the start by "began".
        Regex::new(
            r"([\w'’]+)\s+([a-zA-Z]{2,}ed|began|broke|came|fell|froze|grew|held|hit|left|lost|made|met|ran|rose|sank|shut|spread|stood|struck|swept|took|went|won)\b",
        )
        .expect("the past verb pattern is valid")
    });
    VERB.captures_iter(before)
        .filter(|caps| {
            let word = caps[1].to_lowercase();
            !matches!(
                word.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "this"
                    | "that"
                    | "be"
                    | "been"
                    | "is"
                    | "are"
                    | "to"
            )
        })
        .last()
        .and_then(|caps| caps.get(2))
        .map(|m| m.as_str())
}

/// [`tense_near`] from the markers within `within` alone.
fn tense_within(
    sentence: &str,
    date: Range<usize>,
    within: Range<usize>,
) -> (Tense, Option<String>) {
    // Read on the fast engine where it is exact (see `Haystack`); ranges are the sentence's.
    let haystack = Haystack::new(sentence);
    let nearest = |twin: &Twin| {
        let (re, read) = twin.for_haystack(&haystack)?;
        re.find_iter(read)
            .filter(|m| m.start() >= within.start && m.end() <= within.end)
            .filter(|m| m.end() <= date.start || m.start() >= date.end)
            // A reporting verb after the date says when it was said, not the clause's tense:
            // "will raise the wage starting April 1, the government said".
            .filter(|m| m.end() <= date.start || !m.as_str().eq_ignore_ascii_case("said"))
            .map(|m| {
                let distance = if m.end() <= date.start {
                    date.start - m.end()
                } else {
                    // A marker after the date counts, but less than one before it.
                    (m.start() - date.end) * 2
                };
                (distance, sentence[m.range()].to_string())
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

/// Phrases longer than this are not dates; the limit keeps the chart small.
pub(crate) const MAX_TOKENS: usize = 40;

/// Words before a date that only say how it relates to the claim ("since 2019", "as of May").
static LEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:since|until|till|as\s+of)\s+)+")
        .expect("the leading-word pattern is valid")
});

/// Resolves a whole date phrase, as a rule captured it.
///
/// `reference` is the publication date and time; without it, phrases that need it are
/// unresolved. The tense in `options` decides recurring dates ("Wednesday", "September 3rd").
///
/// ```
/// use crosscheck::normalize::date::{resolve, DateOptions, Tense};
/// let thursday = jiff::civil::date(2025, 8, 28).at(0, 0, 0, 0);
/// let parade = resolve("on Wednesday", Some(thursday), DateOptions::tense(Tense::Future)).unwrap();
/// assert_eq!(parade.value.to_string(), "2025-09-03");
/// assert!(resolve("on Wednesday", None, DateOptions::tense(Tense::Future)).is_err());
/// assert!(resolve("the committee", Some(thursday), DateOptions::default()).is_err());
/// ```
///
/// # Errors
/// A reason, when the words are not a date this resolver knows, name no date that exists, or
/// need a reference date it does not have.
pub fn resolve(
    text: &str,
    reference: Option<DateTime>,
    options: DateOptions,
) -> Result<ResolvedDate, String> {
    resolve_phrase(text, reference, options).map_err(|e| e.to_string())
}

/// Like [`resolve`], with a typed error.
///
/// # Errors
/// See [`DateError`].
pub fn resolve_phrase(
    text: &str,
    reference: Option<DateTime>,
    options: DateOptions,
) -> Result<ResolvedDate, DateError> {
    let tokens = phrase_tokens(text);
    let shown = crate::rules::lexicon::collapse_spaces(text.trim());
    if tokens.is_empty() || tokens.len() > MAX_TOKENS {
        return Err(DateError::NotADate(shown));
    }
    let n = tokens.len();
    let chart = Chart::parse(tokens, grammar_options(options));
    evaluate(&chart, 0..n, &shown, reference, options.tense)
}

/// The month and day a whole phrase names when it gives both but no year ("March 3", "4th of
/// July", "Tuesday, August 12"): what two reports without a publication date can still compare.
/// `None` for anything else, including phrases counted from a reference ("next March 3") and
/// phrases whose month and day cannot meet ("February 30").
pub fn month_and_day(text: &str, options: DateOptions) -> Option<(i8, i8)> {
    let tokens = phrase_tokens(text);
    if tokens.is_empty() || tokens.len() > MAX_TOKENS {
        return None;
    }
    let n = tokens.len();
    let chart = Chart::parse(tokens, grammar_options(options));
    let fields = chart
        .readings(0, n)
        .iter()
        .find_map(|node| node.as_time().and_then(fields_of))?;
    let (None, Some(month), Some(day)) = (fields.year, fields.month, fields.day) else {
        return None;
    };
    // A leap year holds every month and day there is.
    jiff::civil::Date::new(2024, month, day).ok()?;
    Some((month, day))
}

/// The calendar fields an expression fixes when it is only fields, alone or intersected.
fn fields_of(expr: &expr::Expr) -> Option<expr::Fields> {
    match expr {
        expr::Expr::Fields(fields) => Some(*fields),
        expr::Expr::Intersect(a, b) => fields_of(a)?.merge(&fields_of(b)?),
        _ => None,
    }
}

/// The tokens of a whole phrase, without the words before it that only relate it to the claim
/// and the punctuation after it.
fn phrase_tokens(text: &str) -> Vec<tokens::Token> {
    let stripped = LEADING.replace(text, "");
    let mut tokens = tokens::tokenize(&stripped);
    while tokens
        .last()
        .is_some_and(|t| matches!(t.text.as_str(), "," | ";" | ":" | "!" | "?"))
    {
        tokens.pop();
    }
    tokens
}

pub(crate) fn grammar_options(options: DateOptions) -> GrammarOptions {
    GrammarOptions {
        day_first: options.day_first,
    }
}

/// The first reading of the tokens in `stretch` that can be placed, with every assumption.
pub(crate) fn evaluate(
    chart: &Chart,
    stretch: Range<usize>,
    words: &str,
    reference: Option<DateTime>,
    tense: Tense,
) -> Result<ResolvedDate, DateError> {
    let mut failure = None;
    for node in chart.readings(stretch.start, stretch.end) {
        let Some(expr) = node.as_time() else {
            continue;
        };
        let mut context = Context::new(reference, tense);
        match eval::eval(expr, &mut context) {
            Ok(value) => {
                let mut assumptions = node.notes.clone();
                assumptions.append(&mut context.notes);
                if let (true, Some(reference)) = (context.used_reference, reference) {
                    if !assumptions.iter().any(|a| a.contains("publication")) {
                        assumptions.push(format!(
                            "\"{words}\" counted from the publication date {}",
                            eval::shown(reference)
                        ));
                    }
                }
                return Ok(ResolvedDate { value, assumptions });
            }
            Err(why) => {
                failure.get_or_insert(why);
            }
        }
    }
    Err(match failure {
        None => DateError::NotADate(words.to_string()),
        Some(Failure::NoReference) => DateError::NeedsReference(words.to_string()),
        Some(Failure::Impossible(reason)) => DateError::Impossible {
            text: words.to_string(),
            reason,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Grain;
    use jiff::civil::{date, Date};

    /// Thursday 28 August 2025, the publication date of the examples.
    const THURSDAY: Date = Date::constant(2025, 8, 28);

    fn resolved(text: &str, reference: Date, tense: Tense) -> ResolvedDate {
        resolve(text, Some(reference.into()), DateOptions::tense(tense))
            .unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn value(text: &str, tense: Tense) -> DateValue {
        resolved(text, THURSDAY, tense).value
    }

    fn day(text: &str, tense: Tense) -> Date {
        let value = value(text, tense);
        assert_eq!(value.grain, Grain::Day, "{text}");
        value.start_date()
    }

    fn range(text: &str, tense: Tense) -> (DateTime, DateTime, Grain) {
        let value = value(text, tense);
        (value.start, value.end, value.grain)
    }

    #[test]
    fn weekdays_follow_the_tense() {
        assert_eq!(day("on Wednesday", Tense::Future), date(2025, 9, 3));
        assert_eq!(day("on Wednesday", Tense::Past), date(2025, 8, 27));
        assert_eq!(day("Thursday", Tense::Future), THURSDAY);
        assert_eq!(day("Thursday", Tense::Past), THURSDAY);
        // With no tense, the latest such day on or before publication.
        assert_eq!(day("Friday", Tense::Unknown), date(2025, 8, 22));
        let note = &resolved("Wednesday", THURSDAY, Tense::Future).assumptions[0];
        assert!(note.contains("future tense"), "{note}");
    }

    #[test]
    fn next_last_and_this_weekday() {
        assert_eq!(day("next Monday", Tense::Unknown), date(2025, 9, 1));
        assert_eq!(day("next Wednesday", Tense::Unknown), date(2025, 9, 3));
        // "next Friday" said on a Thursday is the Friday of next week, and says so.
        assert_eq!(day("next Friday", Tense::Unknown), date(2025, 9, 5));
        let note = resolved("next Friday", THURSDAY, Tense::Unknown).assumptions;
        assert!(
            note[0].contains("week after the publication week"),
            "{note:?}"
        );
        assert_eq!(day("last Friday", Tense::Unknown), date(2025, 8, 22));
        assert_eq!(day("last Thursday", Tense::Unknown), date(2025, 8, 21));
        assert_eq!(day("this Wednesday", Tense::Future), date(2025, 9, 3));
        assert_eq!(day("this Wednesday", Tense::Past), date(2025, 8, 27));
        assert_eq!(
            day("Wednesday of next week", Tense::Unknown),
            date(2025, 9, 3)
        );
    }

    #[test]
    fn days_counted_from_publication() {
        assert_eq!(day("yesterday", Tense::Past), date(2025, 8, 27));
        assert_eq!(day("tomorrow", Tense::Future), date(2025, 8, 29));
        assert_eq!(day("today", Tense::Unknown), THURSDAY);
        assert_eq!(
            day("the day after tomorrow", Tense::Unknown),
            date(2025, 8, 30)
        );
        assert_eq!(day("three days ago", Tense::Unknown), date(2025, 8, 25));
        let note = &resolved("yesterday", THURSDAY, Tense::Past).assumptions[0];
        assert!(note.contains("publication date 2025-08-28"), "{note}");
    }

    #[test]
    fn periods_around_publication() {
        let at = |d: Date| d.to_datetime(jiff::civil::Time::midnight());
        assert_eq!(
            range("earlier this month", Tense::Past),
            (at(date(2025, 8, 1)), at(THURSDAY), Grain::Day)
        );
        assert_eq!(value("last year", Tense::Past).to_string(), "2024");
        assert_eq!(
            value("next week", Tense::Future).to_string(),
            "week of 2025-09-01"
        );
        assert_eq!(value("this month", Tense::Unknown).to_string(), "2025-08");
        assert_eq!(value("next quarter", Tense::Unknown).to_string(), "2025-Q4");
        assert_eq!(
            range("the last two weeks", Tense::Past),
            (at(date(2025, 8, 11)), at(date(2025, 8, 25)), Grain::Week)
        );
    }

    #[test]
    fn past_and_previous_name_the_one_before_publication() {
        // Whatever the tense, "the past" and "the previous" look back, as "last" does.
        assert_eq!(day("the past Tuesday", Tense::Future), date(2025, 8, 26));
        assert_eq!(
            day("the preceding Monday", Tense::Future),
            date(2025, 8, 25)
        );
        assert_eq!(
            range("the past weekend", Tense::Future),
            range("last weekend", Tense::Future)
        );
        assert_eq!(
            value("the previous winter", Tense::Future),
            value("last winter", Tense::Future)
        );
        assert_eq!(
            value("previous springs", Tense::Future),
            value("last spring", Tense::Future)
        );
        let note = resolved("the previous Friday", THURSDAY, Tense::Future).assumptions;
        assert!(note[0].contains("\"previous\""), "{note:?}");
        // A time of day after "past" is not a "last" one: "past 5pm" is no date.
        assert!(resolve(
            "past 5pm",
            Some(THURSDAY.into()),
            DateOptions::tense(Tense::Future)
        )
        .is_err());
    }

    #[test]
    fn all_and_the_rest_of_the_current_period() {
        let at = |d: Date| d.to_datetime(jiff::civil::Time::midnight());
        assert_eq!(value("all month", Tense::Past).to_string(), "2025-08");
        assert_eq!(
            value("all the week", Tense::Future).to_string(),
            "week of 2025-08-25"
        );
        // "all day" says how long, and "all years" is no period at all.
        for text in ["all day", "all years"] {
            assert!(
                resolve(text, Some(THURSDAY.into()), DateOptions::default()).is_err(),
                "{text}"
            );
        }
        // The rest of a period starts with the publication day and runs to the period's end.
        assert_eq!(
            range("the rest of the week", Tense::Future),
            (at(THURSDAY), at(date(2025, 9, 1)), Grain::Day)
        );
        assert_eq!(
            value("for the rest of the year", Tense::Future).to_string(),
            "2025-08-28 to 2025-12-31"
        );
        assert_eq!(
            value("rest of this month", Tense::Past).to_string(),
            "2025-08-28 to 2025-08-31"
        );
    }

    #[test]
    fn years_and_parts_of_them() {
        let v = |t: &str| resolve(t, None, DateOptions::default()).unwrap().value;
        assert_eq!(v("December 2011").to_string(), "2011-12");
        assert_eq!(v("in 2019").to_string(), "2019");
        assert_eq!(v("late 2011").to_string(), "2011-09 to 2011-12");
        assert_eq!(v("mid-2020").to_string(), "2020-05 to 2020-08");
        assert_eq!(v("the start of 2023").to_string(), "2023-01 to 2023-04");
        assert_eq!(v("the 1990s").to_string(), "1990s");
        assert_eq!(v("the early 1990s").to_string(), "1990-01 to 1993-12");
        assert_eq!(v("the third quarter of 2024").to_string(), "2024-Q3");
        assert_eq!(
            v("the first half of 2027").to_string(),
            "2027-01 to 2027-06"
        );
        assert_eq!(
            v("the second half of 2027").to_string(),
            "2027-07 to 2027-12"
        );
        assert_eq!(
            v("the latter half of March 2026").to_string(),
            "2026-03-16 to 2026-03-31"
        );
    }

    #[test]
    fn early_and_late_in_a_month() {
        let early = value("early March", Tense::Future);
        assert_eq!(early.to_string(), "2026-03-01 to 2026-03-10");
        assert_eq!(
            value("early March", Tense::Past).to_string(),
            "2025-03-01 to 2025-03-10"
        );
        assert_eq!(
            value("late August", Tense::Unknown).to_string(),
            "2025-08-21 to 2025-08-31"
        );
        assert_eq!(
            value("the end of the month", Tense::Unknown).to_string(),
            "2025-08-21 to 2025-08-31"
        );
    }

    #[test]
    fn weekends() {
        let at = |d: Date, h: i8| d.at(h, 0, 0, 0);
        let coming = (
            at(date(2025, 8, 29), 18),
            at(date(2025, 9, 1), 0),
            Grain::Hour,
        );
        assert_eq!(range("this weekend", Tense::Future), coming);
        assert_eq!(range("the weekend", Tense::Future), coming);
        assert_eq!(
            range("the weekend", Tense::Past),
            (
                at(date(2025, 8, 22), 18),
                at(date(2025, 8, 25), 0),
                Grain::Hour
            )
        );
        assert_eq!(
            range("last weekend", Tense::Unknown),
            (
                at(date(2025, 8, 22), 18),
                at(date(2025, 8, 25), 0),
                Grain::Hour
            )
        );
    }

    #[test]
    fn dates_without_a_year_take_the_nearest_sensible_one() {
        assert_eq!(day("September 3rd", Tense::Future), date(2025, 9, 3));
        assert_eq!(day("Sept. 3", Tense::Unknown), date(2025, 9, 3));
        assert_eq!(day("3 September", Tense::Past), date(2024, 9, 3));
        assert_eq!(day("January 5", Tense::Future), date(2026, 1, 5));
        // A day before publication stays in the publication year, whatever the tense says.
        assert_eq!(day("August 27", Tense::Future), date(2025, 8, 27));
        let resolved = resolved("September 3rd", THURSDAY, Tense::Future);
        assert!(resolved.assumptions[0].starts_with("year 2025 supplied"));
    }

    #[test]
    fn a_range_without_a_year_is_the_nearest_one_too() {
        // Said on 28 August 2025 with no tense: the coming October's, two months ahead, not
        // the last, ten months back.
        assert_eq!(
            range("27-28 October", Tense::Unknown),
            (
                date(2025, 10, 27).to_datetime(jiff::civil::Time::midnight()),
                date(2025, 10, 29).to_datetime(jiff::civil::Time::midnight()),
                Grain::Day
            )
        );
        assert_eq!(
            range("Oct. 27-28", Tense::Unknown).0.date(),
            date(2025, 10, 27)
        );
        assert_eq!(
            range("27-28 October", Tense::Past).0.date(),
            date(2024, 10, 27)
        );
    }

    #[test]
    fn within_a_span_runs_from_publication_to_its_end() {
        // From the publication day (no time known) to the end of the day the span reaches.
        let (start, end, grain) = range("within 2 weeks", Tense::Future);
        assert_eq!((start.date(), end.date()), (THURSDAY, date(2025, 9, 12)));
        assert_eq!(grain, Grain::Day);
        let (start, end, _) = range("within the next 18 months", Tense::Future);
        assert_eq!((start.date(), end.date()), (THURSDAY, date(2027, 3, 1)));
    }

    #[test]
    fn a_month_and_day_are_read_without_a_year() {
        let read = |text: &str| month_and_day(text, DateOptions::default());
        assert_eq!(read("March 3"), Some((3, 3)));
        assert_eq!(read("on 4 March"), Some((3, 4)));
        assert_eq!(read("the 4th of July"), Some((7, 4)));
        assert_eq!(read("Tuesday, August 12"), Some((8, 12)));
        assert_eq!(read("Aug. 12,"), Some((8, 12)));
        // A year, a weekday alone, a month alone, a day that does not exist: not this.
        assert_eq!(read("March 3, 2026"), None);
        assert_eq!(read("on Tuesday"), None);
        assert_eq!(read("in March"), None);
        assert_eq!(read("February 30"), None);
        assert_eq!(read("February 29"), Some((2, 29)));
        assert_eq!(read("next Friday"), None);
    }

    #[test]
    fn numeric_dates_read_month_first_unless_told() {
        let read = |text: &str, day_first: bool| {
            resolve(
                text,
                Some(THURSDAY.into()),
                DateOptions {
                    tense: Tense::Unknown,
                    day_first,
                },
            )
            .unwrap()
        };
        let us = read("3/9/2025", false);
        assert_eq!(us.value.start_date(), date(2025, 3, 9));
        assert!(
            us.assumptions[0].contains("month first"),
            "{:?}",
            us.assumptions
        );
        let european = read("3/9/2025", true);
        assert_eq!(european.value.start_date(), date(2025, 9, 3));
        assert!(european.assumptions[0].contains("day first"));
        // 13 cannot be a month: no choice to note.
        let plain = read("13/9/2025", false);
        assert_eq!(plain.value.start_date(), date(2025, 9, 13));
        assert!(plain.assumptions.is_empty());
        assert_eq!(
            read("10-31-74", false).value.start_date(),
            date(1974, 10, 31)
        );
        assert_eq!(
            read("2025-09-03", true).value.start_date(),
            date(2025, 9, 3)
        );
    }

    #[test]
    fn absolute_dates_need_no_reference() {
        for text in [
            "3 September 2025",
            "September 3, 2025",
            "2025-09-03",
            "Wednesday, Sept. 3, 2025",
            "the 3rd of September 2025",
        ] {
            let resolved = resolve(text, None, DateOptions::default()).unwrap();
            assert_eq!(resolved.value.start_date(), date(2025, 9, 3), "{text}");
            assert!(resolved.assumptions.is_empty(), "{text}");
        }
    }

    #[test]
    fn times_of_day() {
        let at = |d: Date, h: i8, m: i8| d.at(h, m, 0, 0);
        let morning = THURSDAY.at(9, 0, 0, 0);
        let time = |text: &str| {
            resolve(text, Some(morning), DateOptions::tense(Tense::Future))
                .unwrap_or_else(|e| panic!("{text}: {e}"))
                .value
        };
        let point = |text: &str| {
            let v = time(text);
            (v.start, v.grain)
        };
        assert_eq!(point("3pm"), (at(THURSDAY, 15, 0), Grain::Hour));
        assert_eq!(point("at 15:30"), (at(THURSDAY, 15, 30), Grain::Minute));
        assert_eq!(
            point("tomorrow at 5pm"),
            (at(date(2025, 8, 29), 17, 0), Grain::Hour)
        );
        assert_eq!(
            point("tomorrow at 5"),
            (at(date(2025, 8, 29), 5, 0), Grain::Hour)
        );
        assert_eq!(point("in 2 hours"), (at(THURSDAY, 11, 0), Grain::Minute));
        assert_eq!(point("noon"), (at(THURSDAY, 12, 0), Grain::Hour));
        assert_eq!(
            point("a quarter past 3pm"),
            (at(THURSDAY, 15, 15), Grain::Minute)
        );
        let tonight = time("tonight");
        assert_eq!(
            (tonight.start, tonight.end),
            (at(THURSDAY, 18, 0), at(date(2025, 8, 29), 0, 0))
        );
        let morning_range = time("this morning");
        assert_eq!(morning_range.start, at(THURSDAY, 0, 0));
        assert_eq!(morning_range.end, at(THURSDAY, 12, 0));
        assert_eq!(point("tonight at 8"), (at(THURSDAY, 20, 0), Grain::Hour));
    }

    #[test]
    fn times_of_day_in_a_report_dated_without_a_time() {
        // The report stands at midnight; "10 a.m." is still that day's, in either tense.
        assert_eq!(
            value("at 10 a.m.", Tense::Past).start,
            THURSDAY.at(10, 0, 0, 0)
        );
        assert_eq!(
            value("at 10 a.m.", Tense::Future).start,
            THURSDAY.at(10, 0, 0, 0)
        );
        let now = resolved("now", THURSDAY, Tense::Unknown);
        assert_eq!(now.value.to_string(), "2025-08-28");
        assert!(now.assumptions[0].contains("publication time is not known"));
        assert!(resolve("in 2 hours", Some(THURSDAY.into()), DateOptions::default()).is_err());
    }

    #[test]
    fn ranges() {
        let noon = THURSDAY.at(12, 0, 0, 0);
        let span = |text: &str| {
            let v = resolve(text, Some(noon), DateOptions::tense(Tense::Future))
                .unwrap_or_else(|e| panic!("{text}: {e}"))
                .value;
            (v.start, v.end, v.grain)
        };
        let at = |d: Date, h: i8| d.at(h, 0, 0, 0);
        assert_eq!(
            span("from 3 to 5pm"),
            (at(THURSDAY, 15), at(THURSDAY, 18), Grain::Hour)
        );
        assert_eq!(
            span("3-4pm"),
            (at(THURSDAY, 15), at(THURSDAY, 17), Grain::Hour)
        );
        assert_eq!(
            span("between Monday and Wednesday"),
            (at(date(2025, 9, 1), 0), at(date(2025, 9, 4), 0), Grain::Day)
        );
        assert_eq!(
            span("July 13-15"),
            (
                at(date(2026, 7, 13), 0),
                at(date(2026, 7, 16), 0),
                Grain::Day
            )
        );
        assert_eq!(
            span("from 13 to 15 July 2025"),
            (
                at(date(2025, 7, 13), 0),
                at(date(2025, 7, 16), 0),
                Grain::Day
            )
        );
    }

    #[test]
    fn holidays() {
        assert_eq!(day("Christmas", Tense::Future), date(2025, 12, 25));
        assert_eq!(day("last Christmas", Tense::Unknown), date(2024, 12, 25));
        assert_eq!(day("Thanksgiving", Tense::Future), date(2025, 11, 27));
        assert_eq!(day("Easter 2026", Tense::Unknown), date(2026, 4, 5));
        assert_eq!(
            day("three days after Easter 2026", Tense::Unknown),
            date(2026, 4, 8)
        );
        assert_eq!(
            day("the first Monday of September", Tense::Future),
            date(2025, 9, 1)
        );
    }

    #[test]
    fn the_nth_weekday_of_a_month_weeks_ahead_is_this_years() {
        let may_10 = date(2025, 5, 10);
        for (text, expected) in [
            ("the first Monday of July", date(2025, 7, 7)),
            ("the last Friday of June", date(2025, 6, 27)),
            ("the second Tuesday in July", date(2025, 7, 8)),
        ] {
            assert_eq!(
                resolved(text, may_10, Tense::Future).value.start_date(),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn relative_dates_without_reference_are_unresolved() {
        let err = resolve("on Wednesday", None, DateOptions::tense(Tense::Future)).unwrap_err();
        assert!(err.contains("no publication date"), "{err}");
        let typed = resolve_phrase("next week", None, DateOptions::default());
        assert!(matches!(typed, Err(DateError::NeedsReference(_))));
    }

    #[test]
    fn words_that_are_no_date_are_errors() {
        for text in ["the committee", "", "   ", "twenty soldiers", "May be"] {
            let result = resolve_phrase(text, Some(THURSDAY.into()), DateOptions::default());
            assert!(
                matches!(result, Err(DateError::NotADate(_))),
                "{text}: {result:?}"
            );
        }
        let impossible = resolve_phrase("February 30, 2025", None, DateOptions::default());
        assert!(impossible.is_err(), "{impossible:?}");
    }

    #[test]
    fn find_splits_a_run_into_its_dates() {
        let reference = Some(THURSDAY.into());
        let words = |text: &str| -> Vec<String> {
            find(
                text,
                0..text.len(),
                reference,
                DateOptions::tense(Tense::Future),
            )
            .into_iter()
            .map(|f| text[f.range].to_string())
            .collect()
        };
        assert_eq!(
            words("on Monday and Tuesday the 2000 people"),
            ["Monday", "Tuesday"]
        );
        assert!(words("at 650.650.6500").is_empty());
        // A clock with a dot, as British news writes it, but only before a meridiem.
        assert_eq!(words("shortly before 5.40pm"), ["5.40pm"]);
        assert!(words("a magnitude 4.17 quake").is_empty());
        assert!(words("2000").is_empty());
        assert!(words("About 240 soldiers").is_empty());
        // The phrase is judged where it stands in the text around it.
        let text = "call 555-12-31 now";
        assert!(find(text, 5..13, reference, DateOptions::default()).is_empty());
    }

    #[test]
    fn words_around_a_phrase_can_say_it_is_no_date() {
        let reference = Some(THURSDAY.into());
        let words = |text: &str| -> Vec<String> {
            find(text, 0..text.len(), reference, DateOptions::default())
                .into_iter()
                .map(|f| text[f.range].to_string())
                .collect()
        };
        assert!(words("we may see a parade").is_empty());
        assert!(words("troops will march past").is_empty());
        assert!(words("the 20th anniversary of the partnership").is_empty());
        assert!(words("his first visit to China in six years").is_empty());
        assert_eq!(
            words("the vote will be held in six years"),
            ["in six years"]
        );
        assert_eq!(words("It starts in May."), ["May"]);
        assert_eq!(words("on the 20th, the talks resumed"), ["the 20th"]);
        assert!(words("add 1/2 cup of sugar").is_empty());
        assert!(words("a 3-4 win over Spain").is_empty());
        assert!(words("Sun Microsystems was sold").is_empty());
        assert!(words("on the final night of the festival").is_empty());
        assert_eq!(words("It will resume in the afternoon"), ["afternoon"]);
        assert_eq!(words("the deadline is 2/15"), ["2/15"]);
        // "on" changes nothing about a numeric date after it: the date is read, not a span
        // from its year to its month and day.
        for (text, date) in [
            ("it opened on 2024-04-03", "2024-04-03"),
            ("it opened on 3/4/2024", "3/4/2024"),
            ("talks resume at 9/16/2026", "9/16/2026"),
        ] {
            let found = find(text, 0..text.len(), reference, DateOptions::default());
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(&text[found[0].range.clone()], date, "{text}");
            let value = found[0].resolved.as_ref().map(|r| r.value.to_string());
            let alone = resolve_phrase(date, reference, DateOptions::default())
                .map(|r| r.value.to_string());
            assert_eq!(value.ok(), alone.ok(), "{text}");
        }
    }

    #[test]
    fn tense_comes_from_the_nearest_marker() {
        let at = |s: &str, date: &str| {
            let start = s.find(date).unwrap();
            start..start + date.len()
        };
        let s = "The parade is scheduled to take place on Wednesday";
        assert_eq!(tense_near(s, at(s, "on Wednesday")).0, Tense::Future);
        let s = "The parade took place on Wednesday";
        assert_eq!(tense_near(s, at(s, "on Wednesday")).0, Tense::Past);
        assert_eq!(tense_near("Wednesday", 0..9).0, Tense::Unknown);
        let s = "The vote is on the last Monday of March";
        assert_eq!(
            tense_near(s, at(s, "last Monday of March")).0,
            Tense::Unknown
        );
        // "will be held" is future, though "held" alone is past.
        let s = "The summit will be held on Wednesday";
        assert_eq!(tense_near(s, at(s, "on Wednesday")).0, Tense::Future);
        let s = "The strike begins tomorrow and ends on Saturday";
        assert_eq!(tense_near(s, at(s, "on Saturday")).0, Tense::Future);
        // A schedule's present is the future.
        let s = "The walkout begins on Thursday";
        assert_eq!(tense_near(s, at(s, "on Thursday")).0, Tense::Future);
        let s = "The festival, which opens on Friday, sold out in March";
        assert_eq!(tense_near(s, at(s, "on Friday")).0, Tense::Future);
        let s = "The prize pot now resets to $5m for Friday's game";
        assert_eq!(tense_near(s, at(s, "Friday's")).0, Tense::Future);
        let s = "Parliament returns from its summer recess on 2 September";
        assert_eq!(tense_near(s, at(s, "on 2 September")).0, Tense::Future);
        let s = "The discount expires at midnight on Sunday";
        assert_eq!(tense_near(s, at(s, "on Sunday")).0, Tense::Future);
        // A body that meets on a day meets then, even after a past verb of its own.
        let s = "The bank, which has held rates since May, meets on Thursday";
        assert_eq!(tense_near(s, at(s, "Thursday")).0, Tense::Future);
        // The verbs the rules date events by are past markers: a participle before the date
        // outweighs a future verb later in the sentence.
        let s = "The probe, launched on 3 March from Kourou, will orbit Mars for a decade";
        assert_eq!(tense_near(s, at(s, "3 March")).0, Tense::Past);
        let s = "The bridge, which collapsed on Monday near the port, will be rebuilt";
        assert_eq!(tense_near(s, at(s, "Monday")).0, Tense::Past);
        // A future marker only after the date belongs to a later verb when a past one leads to
        // the date; one before the date still decides.
        let s = "The rocket blasted off on Friday carrying a satellite that will track storms";
        assert_eq!(
            tense_near(s, at(s, "on Friday")),
            (Tense::Past, Some("blasted".into()))
        );
        let s = "Officials announced on Monday that talks will resume";
        assert_eq!(tense_near(s, at(s, "on Monday")).0, Tense::Past);
        // A verb in the past between a future marker and the date is nearer: it decides.
        let s = "Riders will pay more after the board approved a higher fare on Tuesday night";
        assert_eq!(
            tense_near(s, at(s, "on Tuesday night")),
            (Tense::Past, Some("approved".into()))
        );
        // A reporting verb after the date is the attribution's.
        let s = "The city will raise its parking charges starting June 2, the mayor said";
        assert_eq!(tense_near(s, at(s, "June 2")).0, Tense::Future);
        let s = "The reopened line will carry passengers on Tuesday";
        assert_eq!(tense_near(s, at(s, "on Tuesday")).0, Tense::Future);
        // A clause after a comma and "after" has a tense of its own.
        let s = "Homes will be rationed from 9 March, after the council declared an emergency \
                 on Tuesday";
        assert_eq!(tense_near(s, at(s, "on Tuesday")).0, Tense::Past);
        let s = "Homes will be rationed from 9 March, after the council meets on Tuesday";
        assert_eq!(tense_near(s, at(s, "on Tuesday")).0, Tense::Future);
        // An irregular past verb leads to the date as a regular one does.
        let s = "The drought, which began on March 3, is expected to last into autumn";
        assert_eq!(
            tense_near(s, at(s, "March 3")),
            (Tense::Past, Some("began".into()))
        );
        let s = "The delayed launch will now take place on Friday";
        assert_eq!(tense_near(s, at(s, "on Friday")).0, Tense::Future);
        // Another clause's marker does not date this one's: its own past verb does.
        let s = "The Alliance emerged as the largest party after the vote on Sunday, but it will \
                 need a partner to govern";
        assert_eq!(
            tense_near(s, at(s, "on Sunday")),
            (Tense::Past, Some("emerged".into()))
        );
        // A change that takes effect is scheduled, whatever was said about it.
        let s = "The new fares take effect on 1 April, the operator said";
        assert_eq!(tense_near(s, at(s, "1 April")).0, Tense::Future);
        let s = "The summit opens on Monday; the last round ended in March";
        assert_eq!(tense_near(s, at(s, "on Monday")).0, Tense::Future);
        // With no marker nor past verb in its clause, the rest of the sentence still tells.
        let s = "The delayed vote on Sunday, and the count will take two days";
        assert_eq!(tense_near(s, at(s, "on Sunday")).0, Tense::Future);
    }
}
