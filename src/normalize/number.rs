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

/// A length of time in years, with its hedge: "six years" → 6, "eight decades" → 80,
/// "more than six years" → (6, ∞), "a century" → 100.
pub fn parse_years(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let lower = crate::rules::lexicon::collapse_spaces(&text.trim().to_lowercase());
    let (amount, unit) = lower.rsplit_once(' ')?;
    let factor = match unit {
        "year" | "years" => 1.0,
        "decade" | "decades" => 10.0,
        "century" | "centuries" => 100.0,
        _ => return None,
    };
    let mut quantity = match amount {
        "half a" => Quantity {
            value: NumberValue::exact(0.5),
            notes: Vec::new(),
        },
        "a" | "an" => Quantity {
            value: NumberValue::exact(1.0),
            notes: Vec::new(),
        },
        _ => parse_quantity(amount, lexicon, tolerance)?,
    };
    quantity.value.min = quantity.value.min.map(|n| n * factor);
    quantity.value.max = quantity.value.max.map(|n| n * factor);
    if factor != 1.0 {
        quantity
            .notes
            .push(format!("\"{lower}\" read as {} years", quantity.value));
    }
    Some(quantity)
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
    }
}
