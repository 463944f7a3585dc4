//! Numbers as news writes them: digits ("10,000", "1.5 million", "2.3bn"), words ("eleven",
//! "twenty-one", "a dozen"), ordinals ("fifth", "11th"), hedges ("over", "about", "nearly") and
//! vague amounts ("dozens of"), all turned into intervals.

use std::sync::LazyLock;

use regex::Regex;
use text2num::{text2digits, Language};

use crate::rules::lexicon::{HedgeKind, Lexicon};
use crate::value::NumberValue;

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?\s*(?P<scale>trillion|billion|million|thousand|tn|bn|mn|m|k)?\b",
    )
    .expect("the digits pattern is valid")
});

static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

/// A parsed amount and what was assumed to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: NumberValue,
    pub notes: Vec<String>,
}

fn scale(word: &str) -> f64 {
    match word.to_lowercase().as_str() {
        "trillion" | "tn" => 1e12,
        "billion" | "bn" => 1e9,
        "million" | "mn" | "m" => 1e6,
        "thousand" | "k" => 1e3,
        _ => 1.0,
    }
}

/// A plain number in digits or words, with an optional scale word: "10,000", "1.5 million",
/// "eleven", "twenty-one", "a dozen", "two hundred".
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Some(caps) = DIGITS.captures(text) {
        if caps.get(0)?.end() == text.len() {
            let int: f64 = caps["int"].replace(',', "").parse().ok()?;
            let frac = caps
                .name("frac")
                .map_or(Ok(0.0), |f| format!("0.{}", f.as_str()).parse::<f64>())
                .ok()?;
            let factor = caps.name("scale").map_or(1.0, |s| scale(s.as_str()));
            return Some((int + frac) * factor);
        }
        return None;
    }
    parse_number_words(text)
}

fn parse_number_words(text: &str) -> Option<f64> {
    let lower = text.to_lowercase().replace(['‐', '–'], "-");
    let lower = lower.trim();
    if let Some(rest) = lower
        .strip_prefix("a ")
        .or_else(|| lower.strip_prefix("an "))
    {
        return match rest {
            "dozen" => Some(12.0),
            _ => parse_number_words(&format!("one {rest}")),
        };
    }
    if lower == "dozen" {
        return Some(12.0);
    }
    if let Some(stripped) = lower.strip_suffix(" dozen") {
        return parse_number_words(stripped).map(|n| n * 12.0);
    }
    let digits = text2digits(lower, &*ENGLISH).ok()?;
    digits.parse().ok()
}

/// An ordinal in digits or words: "5th", "fifth", "twenty-first", "11th".
pub fn parse_ordinal(text: &str) -> Option<f64> {
    let lower = text.trim().to_lowercase();
    let digits = lower
        .strip_suffix("st")
        .or_else(|| lower.strip_suffix("nd"))
        .or_else(|| lower.strip_suffix("rd"))
        .or_else(|| lower.strip_suffix("th"))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    if let Some(digits) = digits {
        return digits.parse().ok();
    }
    let words = text2digits(&lower.replace(['‐', '–'], "-"), &*ENGLISH).ok()?;
    let number = words
        .strip_suffix("st")
        .or_else(|| words.strip_suffix("nd"))
        .or_else(|| words.strip_suffix("rd"))
        .or_else(|| words.strip_suffix("th"))?;
    number.parse().ok()
}

/// The hedge at the start of `text`, longest first, and the rest of the text.
fn split_hedge<'a>(text: &'a str, lexicon: &'a Lexicon) -> (Option<(&'a str, HedgeKind)>, &'a str) {
    let lower = text.to_lowercase();
    let best = lexicon
        .hedges
        .iter()
        .filter(|(word, _)| {
            lower.starts_with(word.as_str())
                && lower[word.len()..].starts_with(|c: char| c.is_whitespace())
                || (!word.chars().any(char::is_alphanumeric) && lower.starts_with(word.as_str()))
        })
        .max_by_key(|(word, _)| word.len());
    match best {
        Some((word, kind)) => (
            Some((word.as_str(), *kind)),
            text.get(word.len()..).unwrap_or_default().trim_start(),
        ),
        None => (None, text),
    }
}

/// A vague amount at the start of `text` ("dozens of"), if the lexicon knows it.
fn vague_amount(text: &str, lexicon: &Lexicon) -> Option<(String, NumberValue)> {
    let lower = crate::rules::lexicon::collapse_spaces(&text.to_lowercase());
    let lower = lower.strip_suffix(" of").unwrap_or(&lower);
    let (word, amount) = lexicon
        .vague
        .iter()
        .find(|(word, _)| word.as_str() == lower)?;
    Some((
        word.clone(),
        NumberValue {
            min: Some(amount.min),
            max: amount.max,
            min_inclusive: true,
            max_inclusive: amount.max.is_some() && amount.max_inclusive,
            unit: None,
        },
    ))
}

/// An amount with its hedge, as an interval: "over 10,000" → (10000, ∞), "about 100" → [90, 110]
/// with a tolerance of 0.1, "dozens of" → [24, 100).
pub fn parse_quantity(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let text = text.trim();
    let (hedge, rest) = split_hedge(text, lexicon);
    let rest = rest.trim_end_matches(" of").trim();
    if let Some((word, value)) = vague_amount(rest, lexicon) {
        return Some(Quantity {
            notes: vec![format!("\"{word}\" read as {value}")],
            value,
        });
    }
    let n = parse_number(rest)?;
    let mut notes = Vec::new();
    let value = match hedge {
        None => NumberValue::exact(n),
        Some((word, kind)) => {
            let value = apply_hedge(n, kind, tolerance);
            if kind != HedgeKind::Exactly {
                notes.push(format!("\"{word}\" read as {value}"));
            }
            value
        }
    };
    Some(Quantity { value, notes })
}

/// The interval a hedge makes of `n`.
pub fn apply_hedge(n: f64, kind: HedgeKind, tolerance: f64) -> NumberValue {
    let span = n.abs() * tolerance;
    let interval =
        |min: Option<f64>, max: Option<f64>, min_inclusive: bool, max_inclusive: bool| {
            NumberValue {
                min,
                max,
                min_inclusive,
                max_inclusive,
                unit: None,
            }
        };
    match kind {
        HedgeKind::Exactly => NumberValue::exact(n),
        HedgeKind::Above => interval(Some(n), None, false, false),
        HedgeKind::AtLeast => interval(Some(n), None, true, false),
        HedgeKind::Below => interval(Some(0.0), Some(n), true, false),
        HedgeKind::AtMost => interval(Some(0.0), Some(n), true, true),
        HedgeKind::About => interval(Some(n - span), Some(n + span), true, true),
        HedgeKind::Nearly => interval(Some(n - span), Some(n), true, false),
        HedgeKind::JustOver => interval(Some(n), Some(n + span), false, true),
    }
}

/// The unit a span of time is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    /// The unit's name, as values carry it.
    pub fn name(self) -> &'static str {
        match self {
            TimeUnit::Second => "second",
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
        }
    }
}

/// An amount with a unit of measure: "2 grams", "over 10,000 soldiers". The unit is the
/// lexicon's canonical unit for the noun.
pub fn parse_measure(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let lower = crate::rules::lexicon::collapse_spaces(&text.trim().to_lowercase());
    let (best_unit, noun_len) = lexicon
        .units
        .iter()
        .flat_map(|(unit, nouns)| nouns.iter().map(move |noun| (unit, noun)))
        .filter(|(_, noun)| lower.ends_with(&format!(" {noun}")))
        .map(|(unit, noun)| (unit.clone(), noun.len()))
        .max_by_key(|(_, len)| *len)?;
    let amount = lower[..lower.len() - noun_len].trim();
    let mut quantity = parse_quantity(amount, lexicon, tolerance)?;
    quantity.value.unit = Some(best_unit);
    Some(quantity)
}

/// A span of time with its hedge, in the unit it was written in (decades and centuries become
/// years): "six years", "thirteen months", "a little over a year", "eight decades".
#[derive(Clone, Debug, PartialEq)]
pub struct Duration {
    pub amount: NumberValue,
    pub unit: TimeUnit,
    pub notes: Vec<String>,
}

/// Parses a span of time: "six years" → 6 years, "eight decades" → 80 years, "more than six
/// years" → (6, ∞) years, "a little over a year" → (1, 1.1] years, "thirteen months".
pub fn parse_duration(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Duration> {
    let lower = crate::rules::lexicon::collapse_spaces(&text.trim().to_lowercase());
    let (amount, unit_word) = lower.rsplit_once(' ')?;
    let (unit, factor) = match unit_word {
        "second" | "seconds" => (TimeUnit::Second, 1.0),
        "minute" | "minutes" => (TimeUnit::Minute, 1.0),
        "hour" | "hours" => (TimeUnit::Hour, 1.0),
        "day" | "days" => (TimeUnit::Day, 1.0),
        "week" | "weeks" => (TimeUnit::Week, 1.0),
        "month" | "months" => (TimeUnit::Month, 1.0),
        "year" | "years" => (TimeUnit::Year, 1.0),
        "decade" | "decades" => (TimeUnit::Year, 10.0),
        "century" | "centuries" => (TimeUnit::Year, 100.0),
        _ => return None,
    };
    let (hedge, rest) = split_hedge(amount, lexicon);
    let mut quantity = match rest.trim() {
        "a" | "an" | "one" => single(1.0, hedge, tolerance),
        "half a" => single(0.5, hedge, tolerance),
        _ => parse_quantity(amount, lexicon, tolerance)?,
    };
    quantity.value.min = quantity.value.min.map(|n| n * factor);
    quantity.value.max = quantity.value.max.map(|n| n * factor);
    if factor != 1.0 {
        quantity
            .notes
            .push(format!("\"{lower}\" read as {} years", quantity.value));
    }
    Some(Duration {
        amount: quantity.value,
        unit,
        notes: quantity.notes,
    })
}

fn single(n: f64, hedge: Option<(&str, HedgeKind)>, tolerance: f64) -> Quantity {
    match hedge {
        None => Quantity {
            value: NumberValue::exact(n),
            notes: Vec::new(),
        },
        Some((word, kind)) => {
            let value = apply_hedge(n, kind, tolerance);
            Quantity {
                notes: vec![format!("\"{word}\" read as {value}")],
                value,
            }
        }
    }
}

/// A span of time in years only: "eight decades" → 80; months, weeks and days are not years.
pub fn parse_years(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let duration = parse_duration(text, lexicon, tolerance)?;
    (duration.unit == TimeUnit::Year).then_some(Quantity {
        value: duration.amount,
        notes: duration.notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        serde_yaml::from_str(
            "hedges:\n  over: above\n  more than: above\n  about: about\n  nearly: nearly\n  at least: at-least\n  only: exactly\nvague:\n  dozens: {min: 24, max: 100, max_inclusive: false}\n",
        )
        .unwrap()
    }

    #[test]
    fn numbers_in_digits_and_words() {
        for (text, expected) in [
            ("11", 11.0),
            ("10,000", 10_000.0),
            ("1.5 million", 1_500_000.0),
            ("2.3bn", 2.3e9),
            ("eleven", 11.0),
            ("twenty-one", 21.0),
            ("a dozen", 12.0),
            ("two hundred", 200.0),
            ("one hundred and five", 105.0),
            ("six", 6.0),
        ] {
            assert_eq!(parse_number(text), Some(expected), "{text}");
        }
        assert_eq!(parse_number("soldiers"), None);
    }

    #[test]
    fn ordinals() {
        for (text, expected) in [
            ("fifth", 5.0),
            ("5th", 5.0),
            ("eleventh", 11.0),
            ("twenty-first", 21.0),
            ("1st", 1.0),
            ("first", 1.0),
        ] {
            assert_eq!(parse_ordinal(text), Some(expected), "{text}");
        }
        assert_eq!(parse_ordinal("five"), None);
    }

    #[test]
    fn hedges_make_intervals() {
        let lexicon = lexicon();
        let over = parse_quantity("over 10,000", &lexicon, 0.1).unwrap().value;
        assert_eq!(
            (over.min, over.max, over.min_inclusive),
            (Some(10_000.0), None, false)
        );
        let about = parse_quantity("about 100", &lexicon, 0.1).unwrap().value;
        assert_eq!((about.min, about.max), (Some(90.0), Some(110.0)));
        let dozens = parse_quantity("dozens of", &lexicon, 0.1).unwrap().value;
        assert_eq!(
            (dozens.min, dozens.max, dozens.max_inclusive),
            (Some(24.0), Some(100.0), false)
        );
        let only = parse_quantity("only 11", &lexicon, 0.1).unwrap().value;
        assert!(only.is_exact());
    }

    #[test]
    fn years_from_durations() {
        let lexicon = lexicon();
        let years = |t: &str| parse_years(t, &lexicon, 0.1).map(|q| q.value);
        assert_eq!(years("eight decades"), Some(NumberValue::exact(80.0)));
        assert_eq!(years("six years"), Some(NumberValue::exact(6.0)));
        assert_eq!(years("a decade"), Some(NumberValue::exact(10.0)));
        assert_eq!(years("half a century"), Some(NumberValue::exact(50.0)));
        let over = years("more than six years").unwrap();
        assert_eq!(
            (over.min, over.max, over.min_inclusive),
            (Some(6.0), None, false)
        );
        assert_eq!(years("six soldiers"), None);
        assert_eq!(years("thirteen months"), None);
        let months = parse_duration("thirteen months", &lexicon, 0.1).unwrap();
        assert_eq!(
            (months.amount, months.unit),
            (NumberValue::exact(13.0), TimeUnit::Month)
        );
    }
}
