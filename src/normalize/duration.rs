//! Spans of time: "six years", "an hour and a half", "2 years and 3 months", "one and a quarter
//! hour", "1 hour thirty", "more than six years", "two to three decades", "several months".
//!
//! Takes the words a `{duration}` or `{years}` macro matched and gives a [`Duration`]: an interval
//! in one time unit. The units and their words are the lexicon's measures of kind `time`
//! (decades are ten years, quarters three months); a span written in several units is counted
//! in the finest of them ("2 years and 3 months" is 27 months). Hedges, ranges and vague amounts
//! come from [`number::read_amount`].

use super::number::{self, End, EndReader, Quantity, TimeUnit};
use super::unit;
use crate::rules::lexicon::{Lexicon, Measure};
use crate::value::{format_number, NumberValue};

/// A span of time with its hedge, in the unit it was written in (decades and centuries become
/// years, quarters months, and a span in several units the finest of them).
#[derive(Clone, Debug, PartialEq)]
pub struct Duration {
    pub amount: NumberValue,
    pub unit: TimeUnit,
    pub notes: Vec<String>,
}

/// Parses a span of time: "six years" → 6 years, "eight decades" → 80 years, "more than six
/// years" → (6, ∞) years, "a little over a year" → (1, 1.1] years, "an hour and a half" → 1.5
/// hours, "2 years and 3 months" → 27 months, "two to three weeks" → [2, 3] weeks.
pub fn parse_duration(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Duration> {
    let quantity = number::read_amount(text, lexicon, tolerance, &Spans { lexicon })?;
    let unit = TimeUnit::from_name(quantity.value.unit.as_deref()?)?;
    Some(Duration {
        amount: quantity.value.with_unit(None),
        unit,
        notes: quantity.notes,
    })
}

/// A span of time in years only: "eight decades" → 80; months, weeks and days are not years.
pub fn parse_years(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let duration = parse_duration(text, lexicon, tolerance)?;
    (duration.unit == TimeUnit::Year).then_some(Quantity {
        value: duration.amount,
        notes: duration.notes,
    })
}

/// Reads the ends of a span of time for [`number::read_amount`].
struct Spans<'a> {
    lexicon: &'a Lexicon,
}

impl EndReader for Spans<'_> {
    fn end(&self, text: &str) -> Option<End> {
        stopwatch(text)
            .or_else(|| compound(text, self.lexicon))
            .or_else(|| End::number(text))
    }

    fn unit(&self, text: &str) -> Option<(Option<String>, f64)> {
        let measure = time_unit(self.lexicon, text.trim())?;
        Some((Some(measure.unit.clone()), measure.factor))
    }

    /// "six months to a year" is counted in months.
    fn unify(&self, low: End, high: End) -> Option<(End, End)> {
        let units = (
            low.unit.as_deref().and_then(TimeUnit::from_name),
            high.unit.as_deref().and_then(TimeUnit::from_name),
        );
        let (Some(a), Some(b)) = units else {
            return Some(number::share_unit(low, high));
        };
        let finer = finest(a, b);
        let convert = |end: End, from: TimeUnit| End {
            value: number::tidy(end.value * from.in_units_of(finer)),
            unit: Some(finer.name().to_string()),
            ..end
        };
        Some((convert(low, a), convert(high, b)))
    }
}

/// A time as a stopwatch shows it, in seconds: "2:18:12" (hours, minutes, seconds), "1:59:40.2",
/// "3:29.45" (minutes, seconds and hundredths). Two parts without a fraction ("2:18") are left
/// alone: they are as often a clock time or a score as minutes and seconds.
fn stopwatch(text: &str) -> Option<End> {
    let written = text.trim();
    let (whole, fraction) = match written.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (written, None),
    };
    let digits = |part: &str, most: usize| {
        (!part.is_empty() && part.len() <= most && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<f64>().ok())
            .flatten()
    };
    let parts: Vec<&str> = whole.split(':').collect();
    let sixty = |part: &str| digits(part, 2).filter(|n| part.len() == 2 && *n < 60.0);
    let seconds = match (parts.as_slice(), fraction) {
        ([hours, minutes, seconds], _) => {
            digits(hours, 2)? * 3600.0 + sixty(minutes)? * 60.0 + sixty(seconds)?
        }
        ([minutes, seconds], Some(_)) => digits(minutes, 2)? * 60.0 + sixty(seconds)?,
        _ => return None,
    };
    let fraction = match fraction {
        Some(fraction) => digits(fraction, 3)? / 10f64.powi(fraction.len() as i32),
        None => 0.0,
    };
    let value = number::tidy(seconds + fraction);
    Some(End {
        value,
        unit: Some(TimeUnit::Second.name().to_string()),
        scale: None,
        notes: vec![format!(
            "\"{written}\" read as {} seconds",
            format_number(value)
        )],
        rounding: None,
        factor: 1.0,
        offset: 0.0,
    })
}

/// Seconds as a stopwatch shows them, for a race's time: "2:18:12", "15:30.15"; `None` under a
/// minute, where the seconds say it as well.
pub fn as_stopwatch(seconds: f64) -> Option<String> {
    if !(60.0..360_000.0).contains(&seconds) {
        return None;
    }
    let hundredths = (seconds * 100.0).round() as u64;
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60);
    let clock = if hours > 0 {
        format!("{hours}:{minutes:02}:{secs:02}")
    } else {
        format!("{minutes}:{secs:02}")
    };
    Some(if fraction == 0 {
        clock
    } else {
        format!("{clock}.{fraction:02}")
    })
}

fn finest(a: TimeUnit, b: TimeUnit) -> TimeUnit {
    if a.seconds() <= b.seconds() {
        a
    } else {
        b
    }
}

/// The lexicon's time unit named by `words`, if any: "hours", "decade", "'".
fn time_unit<'a>(lexicon: &'a Lexicon, words: &str) -> Option<&'a Measure> {
    unit::measure_named(lexicon, words, |kind| kind == unit::TIME)
}

/// One amount of one unit of a span: 3 of `Month` for "a quarter", 1.5 of `Hour`.
struct Part {
    amount: f64,
    unit: TimeUnit,
}

/// A span in one or more units: "2 years, 3 months and 4 days", "an hour and a half",
/// "one and three quarters of an hour", "1 hour thirty".
fn compound(text: &str, lexicon: &Lexicon) -> Option<End> {
    // "a 34-year reign", "a two-hour meeting": the hyphen joins amount and unit like a space.
    let spaced = number::unglue(&number::normalize(text))
        .replace(',', " , ")
        .replace('-', " ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut parts: Vec<Part> = Vec::new();
    let mut amount: Vec<&str> = Vec::new();
    let mut converted = false;
    // How many of its time unit the last unit word is ("decade": 10 years), for "and a half".
    let mut last_factor = 1.0;
    let mut i = 0;
    while i < tokens.len() {
        match unit_at(&tokens, i, lexicon) {
            // "an hour and a quarter", "two days and three quarters": after "and", a quarter
            // is a fraction of the unit before, not three months.
            Some(_)
                if !parts.is_empty()
                    && tokens[i].starts_with("quarter")
                    && amount.first() == Some(&"and") =>
            {
                amount.push(tokens[i]);
                i += 1;
            }
            Some((len, measure)) if !names_a_unit_after(&tokens, i + len, lexicon) => {
                let n = amount_of(connected(&amount))?;
                let unit = TimeUnit::from_name(&measure.unit)?;
                converted |= measure.factor != 1.0;
                last_factor = measure.factor;
                parts.push(Part {
                    amount: n * measure.factor,
                    unit,
                });
                amount.clear();
                i += len;
            }
            _ => {
                amount.push(tokens[i]);
                i += 1;
            }
        }
    }
    add_tail(&mut parts, connected(&amount), last_factor)?;
    total(&parts, text, converted || parts.len() > 1)
}

/// The unit word at `tokens[i]`, of up to three words, longest first, and how many words it has.
fn unit_at<'a>(tokens: &[&str], i: usize, lexicon: &'a Lexicon) -> Option<(usize, &'a Measure)> {
    (1..=3.min(tokens.len() - i))
        .rev()
        .find_map(|len| time_unit(lexicon, &tokens[i..i + len].join(" ")).map(|m| (len, m)))
}

/// Whether a unit word follows at `i`, maybe after "of" and an article: then the word before is
/// a fraction, not a unit ("a quarter of an hour", "one and two quarters hour").
fn names_a_unit_after(tokens: &[&str], i: usize, lexicon: &Lexicon) -> bool {
    let mut j = i;
    while j < tokens.len() && matches!(tokens[j], "of" | "a" | "an") {
        j += 1;
    }
    j < tokens.len() && unit_at(tokens, j, lexicon).is_some()
}

/// The words of an amount without the "and" or comma that joined it to the part before.
fn connected<'a, 'b>(words: &'b [&'a str]) -> &'b [&'a str] {
    let start = words
        .iter()
        .position(|w| !matches!(*w, "and" | ","))
        .unwrap_or(words.len());
    &words[start..]
}

/// The amount before a unit; words between it and the unit that change nothing ("2 more
/// minutes", "three straight years") are passed over.
fn amount_of(words: &[&str]) -> Option<f64> {
    if words.is_empty() {
        return None;
    }
    number::parse_amount(&words.join(" ")).or_else(|| {
        let (_, head) = words.split_last()?;
        (!head.is_empty())
            .then(|| number::parse_amount(&head.join(" ")))
            .flatten()
    })
}

/// What follows the last unit: "and a half" of it (of the word as written: "a decade and a half"
/// is 15 years, the last word being worth `factor` of its time unit), or a bare number of the
/// next finer unit after hours and minutes ("1 hour thirty" is 90 minutes).
fn add_tail(parts: &mut Vec<Part>, tail: &[&str], factor: f64) -> Option<()> {
    if tail.is_empty() {
        return Some(());
    }
    let last = parts.last()?.unit;
    let n = number::parse_amount(&tail.join(" "))?;
    if n < 1.0 {
        parts.push(Part {
            amount: n * factor,
            unit: last,
        });
        return Some(());
    }
    let next = match last {
        TimeUnit::Hour => TimeUnit::Minute,
        TimeUnit::Minute => TimeUnit::Second,
        _ => return None,
    };
    (n < 60.0 && n.fract() == 0.0).then(|| {
        parts.push(Part {
            amount: n,
            unit: next,
        })
    })
}

/// The parts added up in the finest unit among them.
fn total(parts: &[Part], text: &str, note: bool) -> Option<End> {
    let finest = parts.iter().map(|p| p.unit).reduce(finest)?;
    let value = number::tidy(
        parts
            .iter()
            .map(|p| p.amount * p.unit.in_units_of(finest))
            .sum(),
    );
    let notes = if note {
        vec![format!(
            "\"{}\" read as {} {}s",
            text.trim(),
            format_number(value),
            finest.name()
        )]
    } else {
        Vec::new()
    };
    Some(End {
        value,
        unit: Some(finest.name().to_string()),
        scale: None,
        notes,
        rounding: None,
        factor: 1.0,
        offset: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use std::sync::LazyLock;

    /// The built-in lexicon, loaded once: compiling the rule pack is the slow part of a test.
    static LEXICON: LazyLock<Lexicon> =
        LazyLock::new(|| RuleSet::builtin().expect("the built-in rules load").lexicon);

    fn lexicon() -> &'static Lexicon {
        &LEXICON
    }

    /// The span in seconds, a month being 30 days and a year 365.
    fn seconds(text: &str, lexicon: &Lexicon) -> f64 {
        let duration =
            parse_duration(text, lexicon, 0.1).unwrap_or_else(|| panic!("\"{text}\" is not read"));
        assert!(duration.amount.is_exact(), "{text}: {:?}", duration.amount);
        duration.amount.min.unwrap_or_default() * duration.unit.seconds()
    }

    #[test]
    fn a_stopwatch_time_is_read_in_seconds() {
        let seconds = |text: &str| {
            parse_duration(text, lexicon(), 0.1).map(|d| (d.amount.to_string(), d.unit))
        };
        assert_eq!(
            seconds("2:18:12"),
            Some(("8,292".to_string(), TimeUnit::Second))
        );
        assert_eq!(
            seconds("3:29.45"),
            Some(("209.45".to_string(), TimeUnit::Second))
        );
        // Two parts without a fraction are a clock time or a score as often; sixty is no minute.
        assert_eq!(stopwatch("2:18").map(|end| end.value), None);
        assert_eq!(stopwatch("2:75:00").map(|end| end.value), None);
        assert_eq!(stopwatch("2:18:12").map(|end| end.value), Some(8292.0));
        // And shown as read.
        assert_eq!(as_stopwatch(8292.0).as_deref(), Some("2:18:12"));
        assert_eq!(as_stopwatch(930.15).as_deref(), Some("15:30.15"));
        assert_eq!(as_stopwatch(48.0), None);
    }

    #[test]
    fn years_from_durations() {
        let lexicon = lexicon();
        let years = |t: &str| parse_years(t, lexicon, 0.1).map(|q| q.value);
        assert_eq!(years("eight decades"), Some(NumberValue::exact(80.0)));
        assert_eq!(years("six years"), Some(NumberValue::exact(6.0)));
        assert_eq!(years("a decade"), Some(NumberValue::exact(10.0)));
        assert_eq!(years("half a century"), Some(NumberValue::exact(50.0)));
        assert_eq!(years("a decade and a half"), Some(NumberValue::exact(15.0)));
        let over = years("more than six years").unwrap();
        assert_eq!(
            (over.min, over.max, over.min_inclusive),
            (Some(6.0), None, false)
        );
        assert_eq!(years("six soldiers"), None);
        assert_eq!(years("thirteen months"), None);
        let months = parse_duration("thirteen months", lexicon, 0.1).unwrap();
        assert_eq!(
            (months.amount, months.unit),
            (NumberValue::exact(13.0), TimeUnit::Month)
        );
    }

    #[test]
    fn halves_and_quarters() {
        let lexicon = lexicon();
        for (text, expected) in [
            ("an hour and a half", 5_400.0),
            ("a fortnight and a half", 21.0 * 86_400.0),
            ("one hour and half", 5_400.0),
            ("half an hour", 1_800.0),
            ("half hour", 1_800.0),
            ("1/2 hour", 1_800.0),
            ("1/2h", 1_800.0),
            ("1.5 hours", 5_400.0),
            ("1.5 hrs", 5_400.0),
            ("one and a quarter hour", 4_500.0),
            ("an hour and a quarter", 4_500.0),
            ("two days and three quarters", 237_600.0),
            ("one and two quarters of hour", 5_400.0),
            ("one and three quarters of hours", 6_300.0),
            ("three quarters of an hour", 2_700.0),
            ("5 and a half minutes", 330.0),
            ("five and half min", 330.0),
            ("a month and a half", 3_888_000.0),
            ("15.5 minutes", 930.0),
        ] {
            assert_eq!(seconds(text, lexicon), expected, "{text}");
        }
    }

    #[test]
    fn spans_in_several_units() {
        let lexicon = lexicon();
        for (text, expected) in [
            ("2 years and 3 months", 69_984_000.0),
            ("2 years, 3 months", 69_984_000.0),
            ("1 year, 2 days, 3 hours and 4 seconds", 31_719_604.0),
            ("an hour and 45 minutes", 6_300.0),
            ("1 hour thirty", 5_400.0),
            ("2 hour and 10", 7_800.0),
            ("1 hour fifteen seconds", 3_615.0),
            ("3 quarters", 23_328_000.0),
            ("2'", 120.0),
            ("1\"", 1.0),
            ("2 more minutes", 120.0),
            ("two additional minutes", 120.0),
            ("34-year", 1_072_224_000.0),
            ("twenty-one years", 662_256_000.0),
        ] {
            assert_eq!(seconds(text, lexicon), expected, "{text}");
        }
        let months = parse_duration("2 years and 3 months", lexicon, 0.1).unwrap();
        assert_eq!(months.unit, TimeUnit::Month);
        assert_eq!(months.notes, ["\"2 years and 3 months\" read as 27 months"]);
        assert_eq!(parse_duration("2 years 3", lexicon, 0.1), None);
    }

    #[test]
    fn hedged_vague_and_ranged_spans() {
        let lexicon = lexicon();
        let span = |t: &str| parse_duration(t, lexicon, 0.1).map(|d| (d.amount, d.unit));
        assert_eq!(
            span("two to three weeks"),
            Some((NumberValue::closed(2.0, 3.0), TimeUnit::Week))
        );
        assert_eq!(
            span("six months to a year"),
            Some((NumberValue::closed(6.0, 12.0), TimeUnit::Month))
        );
        assert_eq!(
            span("several years"),
            Some((NumberValue::closed(3.0, 9.0), TimeUnit::Year))
        );
        let over = span("a little over a year").unwrap().0;
        assert_eq!((over.min, over.max), (Some(1.0), Some(1.1)));
        assert_eq!(span("six soldiers"), None);
    }
}
