//! Numbers as news writes them, turned into intervals: digits ("10,000", "1.5 million", "2.3bn",
//! "-504", "3/4"), words ("twenty-one thousand eleven", "three crore twelve lakh", "two and a half
//! million"), ordinals ("fifth", "101st"), hedges before and after the number ("over", "about",
//! "or more"), ranges ("between 5 and 10", "5-10") and vague amounts ("dozens of", "a few
//! hundred").
//!
//! The grammar of an amount (hedge, range, vague amount, one number) is shared by everything that
//! counts or measures: [`read_amount`] takes an [`EndReader`] that reads one end ("7 g", "$20",
//! "2 hours"), so units of measure ([`super::unit`]) and spans of time ([`super::duration`]) get
//! hedges and ranges for free. Word groups below a hundred go to `text2num`; scale words, signs,
//! decimals and fractions are composed here.

use std::sync::LazyLock;

use regex::Regex;
use text2num::{text2digits, Language};

use crate::rules::lexicon::{collapse_spaces, HedgeKind, Lexicon};
use crate::value::{format_number, NumberValue};

pub use super::duration::{parse_duration, parse_years, Duration};
pub use super::unit::parse_measure;

static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

/// Digits as news writes them: "10,000", "1.5", ".77", "0033".
static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$")
        .expect("the digits pattern is valid")
});

/// Digits glued to the word after them: "100k", "2.3bn", "500g", "2mins", "5%".
static GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d)([^\d\s.,/\-])").expect("the glued-digits pattern is valid"));

/// A tens word run together with a unit word: "twentyfive", "thirtyfirst".
static RUN_TOGETHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
    )
    .expect("the run-together pattern is valid")
});

/// A hyphen that joins a number to its scale word, or a scale word to the currency or unit
/// after it, as in compound adjectives: "a $240-billion package", "a 5-million-euro fine". It
/// is a space there, never a range ("$2-3 million" has a number on each side). Only whole
/// scale words: "a 10-m wall" is ten metres.
static SCALE_HYPHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\d)\s*-\s*(hundred|thousand|million|billion|trillion|bn|mn|lakh|crore)\b|\b(hundred|thousand|million|billion|trillion|bn|mn|lakh|crore)-([a-z])",
    )
    .expect("the scale hyphen pattern is valid")
});

/// A hyphen between words, however spaced: "forty - five".
static WORD_HYPHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([a-z])\s*-\s*([a-z])").expect("the hyphen pattern is valid"));

/// "3/4", and a whole number before it: "3-1/4", "4 1/2" (the "3¼" of a typewriter).
static FRACTION_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d+)[\s-])?(\d+)\s*/\s*(\d+)$").expect("the fraction pattern is valid")
});

/// The vulgar fractions of Unicode, as the digits they stand for: "3¼" is "3-1/4".
const VULGAR_FRACTIONS: [(char, &str); 15] = [
    ('¼', "1/4"),
    ('½', "1/2"),
    ('¾', "3/4"),
    ('⅓', "1/3"),
    ('⅔', "2/3"),
    ('⅕', "1/5"),
    ('⅖', "2/5"),
    ('⅗', "3/5"),
    ('⅘', "4/5"),
    ('⅙', "1/6"),
    ('⅚', "5/6"),
    ('⅛', "1/8"),
    ('⅜', "3/8"),
    ('⅝', "5/8"),
    ('⅞', "7/8"),
];

static ORDINAL_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)$").expect("the ordinal pattern is valid")
});

/// Where a range splits into its two ends: "5-10", "5 to 10", "between 5 and 10".
static RANGE_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*-\s*|\s+(?:to|and|through|until)\s+").expect("the range pattern is valid")
});

/// A parsed amount and what was assumed to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: NumberValue,
    pub notes: Vec<String>,
}

/// Lower case, one kind of dash, single spaces, and "twentyfive" as "twenty-five".
pub(crate) fn normalize(text: &str) -> String {
    let mut lower = text.to_lowercase().replace(['‐', '‑', '–', '—', '−'], "-");
    if lower.contains(|c| VULGAR_FRACTIONS.iter().any(|(v, _)| *v == c)) {
        lower = spell_vulgar_fractions(&lower);
    }
    let lower = collapse_spaces(&lower);
    let lower = SCALE_HYPHEN.replace_all(&lower, "$1$3 $2$4");
    let lower = WORD_HYPHEN.replace_all(&lower, "$1-$2");
    RUN_TOGETHER.replace_all(&lower, "$1-$2").into_owned()
}

/// Each vulgar fraction as digits, joined to a whole number before it by a hyphen: "3¼" →
/// "3-1/4", "½" → "1/2".
fn spell_vulgar_fractions(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match VULGAR_FRACTIONS.iter().find(|(v, _)| *v == c) {
            Some((_, digits)) => {
                if out.ends_with(|d: char| d.is_ascii_digit()) {
                    out.push('-');
                }
                out.push_str(digits);
            }
            None => out.push(c),
        }
    }
    out
}

/// The text with digits parted from a word glued to them: "100k" → "100 k", "2oz" → "2 oz".
pub(crate) fn unglue(text: &str) -> String {
    GLUED.replace_all(text, "$1 $2").into_owned()
}

/// What a scale word multiplies by: "million" 1e6, "bn" 1e9, "lakh" 1e5, "dozen" 12.
pub(crate) fn scale_of(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" | "hundreds" => 1e2,
        "thousand" | "thousands" | "k" => 1e3,
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => 1e5,
        "million" | "millions" | "m" | "mn" | "mln" => 1e6,
        "crore" | "crores" | "krore" | "krores" | "cr" | "crs" | "koti" => 1e7,
        "billion" | "billions" | "b" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" => 1e12,
        "dozen" | "dozens" => 12.0,
        _ => return None,
    })
}

/// Rounds away the noise of binary fractions ("0.002 × 1000" is 2, not 2.0000000000000004), to
/// 15 significant digits, more than any amount in the news is written with.
pub(crate) fn tidy(n: f64) -> f64 {
    format!("{n:.14e}").parse().unwrap_or(n)
}

/// A plain number in digits or words, with its sign, decimals, fractions and scale words:
/// "10,000", "1.5 million", "-1.2M", "eleven", "twenty-one thousand eleven", "a dozen",
/// "one hundred and five", "two point two million", "3/4", "two and a half million",
/// "three crore twelve lakh", "one twenty two".
///
/// ```
/// use crosscheck::normalize::number::parse_number;
/// assert_eq!(parse_number("2.3bn"), Some(2.3e9));
/// assert_eq!(parse_number("minus twelve"), Some(-12.0));
/// assert_eq!(parse_number("soldiers"), None);
/// ```
pub fn parse_number(text: &str) -> Option<f64> {
    let text = normalize(text);
    let (negative, rest) = strip_sign(&text);
    let n = parse_unsigned(rest)?;
    n.is_finite().then(|| tidy(if negative { -n } else { n }))
}

fn strip_sign(text: &str) -> (bool, &str) {
    let signed = text
        .strip_prefix('-')
        .or_else(|| text.strip_prefix("minus "))
        .or_else(|| text.strip_prefix("negative "));
    match signed {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    }
}

fn parse_unsigned(text: &str) -> Option<f64> {
    if let Some(caps) = FRACTION_DIGITS.captures(text) {
        let (top, bottom): (f64, f64) = (caps[2].parse().ok()?, caps[3].parse().ok()?);
        return match caps.get(1) {
            // A whole number and a proper fraction: "3-1/4" is never 3 to a quarter.
            Some(whole) => (top < bottom)
                .then(|| whole.as_str().parse::<f64>().ok().map(|w| w + top / bottom))?,
            None => (bottom != 0.0).then(|| top / bottom),
        };
    }
    let spaced = unglue(text);
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    if tokens.is_empty() {
        return None;
    }
    mixed_number(&tokens)
        .or_else(|| fraction_words(&tokens))
        .or_else(|| half_of_scale(&tokens))
        .or_else(|| fraction_of_scale(&tokens))
        .or_else(|| compose(&tokens))
}

/// A fraction of a scale, as one word or two: "a quarter-million", "half-million",
/// "three-quarter-million", "a quarter million", "a quarter of a million".
fn fraction_of_scale(tokens: &[&str]) -> Option<f64> {
    let mut words: Vec<&str> = tokens.iter().flat_map(|t| t.split('-')).collect();
    if let Some(of) = words.iter().position(|w| *w == "of") {
        let article = usize::from(matches!(words.get(of + 1), Some(&("a" | "an"))));
        words.drain(of..=of + article);
    }
    let (fraction, factor) = split_scale(&words)?;
    let part = fraction_words(fraction).filter(|part| *part < 1.0)?;
    Some(part * factor)
}

/// The words before the scale words that end `words`, and the factor those scale words make
/// ("two and a half million": "two and a half", 1,000,000); 1 when there are none.
fn split_scale<'w>(words: &'w [&'w str]) -> Option<(&'w [&'w str], f64)> {
    let scales = words
        .iter()
        .rev()
        .take_while(|w| scale_of(w).is_some())
        .count();
    let (before, scale_words) = words.split_at(words.len() - scales);
    (!before.is_empty()).then(|| {
        (
            before,
            scale_words.iter().filter_map(|w| scale_of(w)).product(),
        )
    })
}

/// "one and a half", "2 and three quarters", "two and a half million".
fn mixed_number(tokens: &[&str]) -> Option<f64> {
    let and = tokens.iter().position(|t| *t == "and")?;
    let (whole, rest) = (&tokens[..and], &tokens[and + 1..]);
    let (fraction, factor) = split_scale(rest)?;
    let part = fraction_words(fraction)?;
    let whole = compose(whole)?;
    (part < 1.0).then_some((whole + part) * factor)
}

/// The denominator a fraction word names: "half" 2, "quarters" 4, "fifths" 5. "second" and
/// "first" are never denominators: "two seconds" is a span of time.
fn denominator(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    match singular {
        "half" | "halve" => Some(2.0),
        "quarter" => Some(4.0),
        "third" => Some(3.0),
        "first" | "second" => None,
        _ => parse_ordinal(singular).filter(|d| *d >= 4.0),
    }
}

/// "half", "a half", "a quarter", "three quarters", "two-thirds", "one fifth".
fn fraction_words(tokens: &[&str]) -> Option<f64> {
    let words: Vec<&str> = tokens.iter().flat_map(|t| t.split('-')).collect();
    match words.as_slice() {
        [word] if matches!(*word, "half" | "quarter") => Some(1.0 / denominator(word)?),
        [top, bottom] => {
            let top = match *top {
                "a" | "an" => 1.0,
                other => group_value(&[other])?,
            };
            // "twenty-third" and "forty-fifth" are ordinals; "two quarter" is Duckling's
            // "two quarters", and only numerators below ten are read that way.
            let singular = !bottom.ends_with('s');
            let loose = matches!(*bottom, "half" | "quarter" | "third") && top < 10.0;
            if singular && top > 1.0 && !loose {
                return None;
            }
            Some(top / denominator(bottom)?)
        }
        _ => None,
    }
}

/// A share said as a fraction, between nothing and the whole: "a fifth", "two-thirds", "half",
/// "one in four", "3 out of 10", "one in every five" ("by a third", as a change is said, too).
/// `None` for anything else, whole numbers included.
///
/// ```
/// # use crosscheck::normalize::number::parse_share;
/// assert_eq!(parse_share("two in five"), Some(0.4));
/// assert_eq!(parse_share("one out of every four"), Some(0.25));
/// assert_eq!(parse_share("three of every four"), Some(0.75));
/// assert_eq!(parse_share("one voter in four"), Some(0.25));
/// assert_eq!(parse_share("two-thirds"), Some(2.0 / 3.0));
/// assert_eq!(parse_share("by a fifth"), Some(0.2));
/// assert_eq!(parse_share("five"), None);
/// assert_eq!(parse_share("five in two"), None);
/// ```
pub fn parse_share(text: &str) -> Option<f64> {
    let text = normalize(text);
    let text = text.strip_prefix("by ").unwrap_or(&text);
    let mut tokens: Vec<&str> = text.split_whitespace().collect();
    // "one voter in four", "two adults out of five": who the share is of changes nothing.
    if tokens.len() > 3
        && matches!(tokens[2], "in" | "out")
        && !matches!(tokens[1], "in" | "out" | "of")
    {
        tokens.remove(1);
    }
    let share = match tokens.as_slice() {
        // "three of every four".
        [top, "of", "every", bottom] => {
            let (top, bottom) = (parse_unsigned(top)?, parse_unsigned(bottom)?);
            (bottom > 0.0 && top.fract() == 0.0 && bottom.fract() == 0.0).then(|| top / bottom)?
        }
        [top, "in" | "out", rest @ ..] => {
            let bottom = match rest {
                ["of", "every", bottom] | ["of", bottom] | ["every", bottom] | [bottom]
                    if tokens[1] == "in" || rest.first() == Some(&"of") =>
                {
                    bottom
                }
                _ => return None,
            };
            let (top, bottom) = (parse_unsigned(top)?, parse_unsigned(bottom)?);
            (bottom > 0.0 && top.fract() == 0.0 && bottom.fract() == 0.0).then(|| top / bottom)?
        }
        _ => fraction_words(&tokens)?,
    };
    (share > 0.0 && share <= 1.0).then_some(share)
}

/// A share said as a fraction ([`parse_share`]), hedged or not, in hundredths: "two in five" →
/// about 40, "more than half" → above 50. Reporters round a share to the nearest simple
/// fraction ("a third" of 31 %), so one said without a hedge is read as about that share, within
/// the tolerance; a hedge says itself how the share was rounded.
pub fn read_share(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let text = normalize(text);
    let (hedge, rest) = split_hedge(&text, lexicon);
    let share = tidy(parse_share(rest)? * 100.0);
    let kind = hedge.map_or(HedgeKind::About, |(_, kind)| kind);
    let value = apply_hedge(share, kind, tolerance);
    let note = match hedge {
        Some(_) => format!("\"{text}\" read as {value} of a hundred"),
        None => format!(
            "\"{rest}\" read as about {} of a hundred: a share said as a fraction is rounded",
            format_number(share)
        ),
    };
    Some(Quantity {
        value,
        notes: vec![note],
    })
}

/// "half a million", "half a dozen".
fn half_of_scale(tokens: &[&str]) -> Option<f64> {
    match tokens {
        ["half", article @ ("a" | "an"), rest @ ..] if !rest.is_empty() => {
            let mut whole = vec![*article];
            whole.extend_from_slice(rest);
            compose(&whole).map(|n| n / 2.0)
        }
        _ => None,
    }
}

/// Groups of digits or words joined by scale words, read the way place values work: a scale
/// takes in everything before it that is smaller ("three thousand millions" is 3e9, "seven
/// hundred twenty-one thousand" 721,000); a scale below a hundred ("dozen") multiplies it all.
fn compose(tokens: &[&str]) -> Option<f64> {
    let mut parts: Vec<(f64, f64)> = Vec::new();
    let mut current: Option<f64> = None;
    let mut i = 0;
    if matches!(tokens, ["a" | "an", next, ..] if scale_of(next).is_some()) {
        current = Some(1.0);
        i = 1;
    }
    while i < tokens.len() {
        if let Some(scale) = scale_of(tokens[i]) {
            // "thousand" alone is a number, "thousands" a vague amount.
            let bare = current.is_none() && parts.is_empty();
            if bare && tokens[i].ends_with('s') {
                return None;
            }
            apply_scale(&mut parts, &mut current, scale)?;
            i += 1;
            // "hundred and five": "and" may only join a scale to what follows it.
            if tokens.get(i) == Some(&"and") && i + 1 < tokens.len() {
                i += 1;
            }
            continue;
        }
        if current.is_some() {
            return None;
        }
        let end = tokens[i..]
            .iter()
            .position(|t| scale_of(t).is_some())
            .map_or(tokens.len(), |p| i + p);
        current = Some(group_value(&tokens[i..end])?);
        i = end;
    }
    Some(parts.iter().map(|(value, _)| value).sum::<f64>() + current.unwrap_or(0.0))
}

fn apply_scale(parts: &mut Vec<(f64, f64)>, current: &mut Option<f64>, scale: f64) -> Option<()> {
    if scale < 100.0 {
        let before = parts.iter().map(|(value, _)| value).sum::<f64>();
        let amount = match current.take() {
            Some(n) => before + n,
            None if parts.is_empty() => 1.0,
            None => before,
        };
        *parts = vec![(amount * scale, scale)];
        return Some(());
    }
    let had_current = current.is_some();
    let mut amount = current.take().unwrap_or(0.0);
    let mut took = false;
    while let Some(&(value, _)) = parts.last().filter(|(_, s)| *s < scale) {
        amount += value;
        parts.pop();
        took = true;
    }
    if !had_current && !took {
        if !parts.is_empty() {
            return None;
        }
        amount = 1.0;
    }
    if parts.last().is_some_and(|(_, s)| *s <= scale) {
        return None;
    }
    parts.push((amount * scale, scale));
    Some(())
}

/// A group with no scale word: digits ("10,000"), a decimal ("1 point 1", "point seven seven"),
/// or words below a thousand read by `text2num` ("twenty-one"), or said as hundreds without the
/// word ("one twenty two" is 122, "nineteen eighty-four" 1984).
fn group_value(tokens: &[&str]) -> Option<f64> {
    if let Some(point) = tokens.iter().position(|t| *t == "point") {
        let whole = match &tokens[..point] {
            [] => 0.0,
            before => group_value(before)?,
        };
        return Some(whole + decimals(&tokens[point + 1..])?);
    }
    match tokens {
        [] => None,
        [digits] if DIGITS.is_match(digits) => digits.replace(',', "").parse().ok(),
        words if words.iter().all(|w| w.chars().any(char::is_alphabetic)) => {
            words_value(&words.join(" ")).or_else(|| spoken_hundreds(words))
        }
        _ => None,
    }
}

/// Words that `text2num` reads as a whole cardinal number.
fn words_value(words: &str) -> Option<f64> {
    let digits = text2digits(words, &*ENGLISH).ok()?;
    digits
        .chars()
        .all(|c| c.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()
}

fn spoken_hundreds(words: &[&str]) -> Option<f64> {
    let (first, rest) = words.split_first()?;
    let high = words_value(first).filter(|n| (1.0..100.0).contains(n))?;
    let low = words_value(&rest.join(" ")).filter(|n| (10.0..100.0).contains(n))?;
    Some(high * 100.0 + low)
}

/// The digits after a decimal point: "77" or "seven seven".
fn decimals(tokens: &[&str]) -> Option<f64> {
    let digits: String = match tokens {
        [digits] if digits.chars().all(|c| c.is_ascii_digit()) => digits.to_string(),
        words => words
            .iter()
            .map(|w| match *w {
                "zero" | "oh" | "o" | "nought" => Some('0'),
                other => words_value(other)
                    .filter(|n| *n < 10.0)
                    .and_then(|n| char::from_digit(n as u32, 10)),
            })
            .collect::<Option<String>>()?,
    };
    if digits.is_empty() {
        return None;
    }
    format!("0.{digits}").parse().ok()
}

/// The scale word a number ends with ("5 million" → 1e6), which the bare low end of a range
/// shares: "5 to 10 million" is 5 million to 10 million.
pub(crate) fn trailing_scale(text: &str) -> Option<f64> {
    let spaced = unglue(&normalize(text));
    spaced.split_whitespace().last().and_then(scale_of)
}

/// An amount as units of measure and spans of time take it: a number, or "a"/"an" (one), "half
/// a", "a quarter of an", "tenth of a", "three quarters of".
pub(crate) fn parse_amount(text: &str) -> Option<f64> {
    let text = normalize(text);
    if matches!(text.as_str(), "a" | "an") {
        return Some(1.0);
    }
    let bare = text
        .strip_suffix(" a")
        .or_else(|| text.strip_suffix(" an"))
        .unwrap_or(&text);
    let (bare, of) = match bare.strip_suffix(" of") {
        Some(head) => (head, true),
        None => (bare, false),
    };
    if of {
        if let Some(n) = parse_ordinal(bare).filter(|n| *n >= 2.0) {
            return Some(1.0 / n);
        }
    }
    parse_number(bare)
}

/// The rank a superlative phrase gives, and whether an ordinal says it: "third-longest
/// suspension bridge" and "second most populous city" are ranked so, and "longest suspension
/// bridge" is first. `None` when the phrase opens with no superlative the lexicon lists (nor
/// "most" or "least" before a word).
pub fn superlative_rank(text: &str, lexicon: &Lexicon) -> Option<(f64, bool)> {
    let lower = text.trim().to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next()?;
    let second = words.next();
    let superlative = |word: &str, next: Option<&str>| {
        lexicon.canonical_superlative(word).is_some()
            || matches!(word, "most" | "least") && next.is_some()
            || next.is_some_and(|next| {
                lexicon
                    .canonical_superlative(&format!("{word} {next}"))
                    .is_some()
            })
    };
    if let Some((ordinal, rest)) = first.split_once('-') {
        let n = parse_ordinal(ordinal)?;
        return superlative(rest, second).then_some((n, true));
    }
    if let Some(n) = parse_ordinal(first) {
        let third = lower.split_whitespace().nth(2);
        return second
            .is_some_and(|second| superlative(second, third))
            .then_some((n, true));
    }
    superlative(first, second).then_some((1.0, false))
}

/// An ordinal in digits or words: "5th", "fifth", "twenty-first", "twenty—fifth",
/// "thirtyfirst", "one hundred and first", "1,000th".
pub fn parse_ordinal(text: &str) -> Option<f64> {
    let lower = normalize(text);
    if let Some(years) = anniversary_years(&lower) {
        return Some(years);
    }
    if let Some(caps) = ORDINAL_DIGITS.captures(&lower) {
        return caps[1].replace(',', "").parse().ok();
    }
    let words = text2digits(&lower, &*ENGLISH).ok()?;
    let number = words
        .strip_suffix("st")
        .or_else(|| words.strip_suffix("nd"))
        .or_else(|| words.strip_suffix("rd"))
        .or_else(|| words.strip_suffix("th"))?;
    number.parse().ok()
}

/// The anniversary a one-word name or a jubilee stands for, in years: "sesquicentennial" is the
/// 150th, "golden jubilee" the 50th (see the lexicon's `anniversary_word`).
fn anniversary_years(lower: &str) -> Option<f64> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let [metal, "jubilee"] = words[..] {
        return match metal {
            "silver" => Some(25.0),
            "golden" => Some(50.0),
            "diamond" => Some(60.0),
            "platinum" => Some(70.0),
            _ => None,
        };
    }
    let [word] = words[..] else {
        return None;
    };
    let prefix = word
        .strip_suffix("centennial")
        .or_else(|| word.strip_suffix("centenary"))?;
    let hundreds = match prefix {
        "" => 1.0,
        "semi" => 0.5,
        "sesqui" => 1.5,
        "bi" => 2.0,
        "ter" | "tri" => 3.0,
        "quater" | "quadri" => 4.0,
        "quin" => 5.0,
        _ => return None,
    };
    Some(hundreds * 100.0)
}

/// The ordinal of an occasion told by how many came before it: "twice before" makes this the
/// third, "three times previously" the fourth, "once before" the second. `None` unless the words
/// are a count of times ("once", "twice", "thrice", "N times") followed by "before",
/// "previously" or "already".
pub fn occasion_after(text: &str) -> Option<f64> {
    let lower = normalize(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (last, count) = words.split_last()?;
    if !matches!(*last, "before" | "previously" | "already") {
        return None;
    }
    let earlier = match count {
        ["once"] => 1.0,
        ["twice"] => 2.0,
        ["thrice"] => 3.0,
        [amount @ .., "times"] if !amount.is_empty() => parse_number(&amount.join(" "))?,
        _ => return None,
    };
    (earlier.fract() == 0.0 && earlier >= 1.0).then_some(earlier + 1.0)
}

/// How many names a list gives: "Harold Keane, 71, of Dunmore Ferry; Marisol Ortega-Fay, 44;
/// and Dylan Pruitt, 19" is three. A list with semicolons is split at them; one without at its
/// commas and at "and" or "or". Only items that start with a capital count, so the ages and
/// the clauses a list sets off with commas are no items. `None` for fewer than two.
pub fn list_items(text: &str) -> Option<usize> {
    let names_someone = |item: &str| {
        let item = item.trim();
        let item = item
            .strip_prefix("and ")
            .or_else(|| item.strip_prefix("or "))
            .unwrap_or(item);
        item.trim().starts_with(char::is_uppercase)
    };
    let count = if text.contains(';') {
        text.split(';').filter(|item| names_someone(item)).count()
    } else {
        text.split(',')
            .flat_map(|part| part.split(" and ").flat_map(|part| part.split(" or ")))
            .filter(|item| names_someone(item))
            .count()
    };
    (count >= 2).then_some(count)
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

/// The hedge after the number ("or more", "+", "-odd"), longest first, at the end of `text`
/// ("10,000 or more") or between the number and its noun ("10,000+ troops", "100-odd aircraft"),
/// and the text without it.
fn take_hedge_after<'a>(
    text: &str,
    lexicon: &'a Lexicon,
) -> (Option<(&'a str, HedgeKind)>, String) {
    let found = lexicon
        .hedges_after
        .iter()
        .filter_map(|(word, kind)| {
            let at = text
                .match_indices(word.as_str())
                .map(|(i, _)| i)
                .find(|&i| {
                    let (before, after) = (&text[..i], &text[i + word.len()..]);
                    !before.trim().is_empty()
                        && (after.is_empty() || after.starts_with(' '))
                        && (before.ends_with(char::is_whitespace)
                            || !word.starts_with(char::is_alphanumeric))
                })?;
            Some((at, word, kind))
        })
        .max_by_key(|(_, word, _)| word.len());
    match found {
        Some((at, word, kind)) => {
            let rest = format!("{} {}", &text[..at], &text[at + word.len()..]);
            (Some((word.as_str(), *kind)), collapse_spaces(&rest))
        }
        None => (None, text.to_string()),
    }
}

/// One end of an amount: its number, the canonical unit it was written with, the scale word its
/// number ended with ("3 million"), and what reading it assumed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct End {
    pub value: f64,
    pub unit: Option<String>,
    pub scale: Option<f64>,
    pub notes: Vec<String>,
    /// How far either way the value may lie from `value`: half the last written digit of an
    /// amount converted from another system of units, none for an amount as written.
    pub rounding: Option<f64>,
    /// What the written number was multiplied by to reach `value`'s unit (1,000 for "km"):
    /// the bare low end of a range ("5 to 10 km") is multiplied by it too.
    pub factor: f64,
    /// What was added after the factor (degrees Fahrenheit to Celsius); a bare end adds it too.
    pub offset: f64,
}

impl End {
    /// A bare number, with no unit: "12", "five million".
    pub fn number(text: &str) -> Option<End> {
        Some(End {
            value: parse_number(text)?,
            unit: None,
            scale: trailing_scale(text),
            notes: Vec::new(),
            rounding: None,
            factor: 1.0,
            offset: 0.0,
        })
    }
}

/// `value` to `digits` significant digits, rounded by `round` (`f64::floor` or `f64::ceil`).
fn significant(value: f64, digits: i32, round: fn(f64) -> f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    // Whole powers of ten read exactly as the rounding step.
    let magnitude = value.abs().log10().floor() as i32;
    let step = 10f64.powi(magnitude + 1 - digits);
    tidy(round(value / step) * step)
}

/// Half a unit of the last digit `amount` was written to, in the units `value` (its reading)
/// is in: "1,380" → 5, "46,000" → 500, "4.3" → 0.05, "1.5 million" → 50,000, "ten" → 0.5;
/// at least two digits are significant ("100,000" → 5,000). This is how far a rounded figure
/// may lie from what it rounds.
pub fn half_last_digit(amount: &str, value: f64) -> f64 {
    let digits: String = amount
        .chars()
        .skip_while(|c| !c.is_ascii_digit() && *c != '.')
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let (written, unit) = match digits.split_once('.') {
        Some((_, decimals)) if !decimals.is_empty() => (
            digits.parse::<f64>().unwrap_or(value),
            10f64.powi(-i32::try_from(decimals.len()).unwrap_or(0)),
        ),
        _ => {
            let whole = digits.trim_end_matches('.');
            // A fraction in words ("three-quarters of a mile", "half a mile") is known to its
            // parts, halves and thirds as finely as quarters: an eighth either way, not the
            // nearest whole.
            if whole.is_empty() && value.fract() != 0.0 {
                if let Some(parts) = [2.0, 3.0, 4.0, 5.0, 8.0, 10.0, 16.0]
                    .into_iter()
                    .find(|parts: &f64| ((value * parts).round() - value * parts).abs() < 1e-9)
                {
                    return 0.5 / parts.max(4.0);
                }
            }
            let whole = if whole.is_empty() {
                // A number in words: its value's own trailing zeros.
                format!("{}", value.round())
            } else {
                whole.to_string()
            };
            // Trailing zeros may be rounding or not: read at least two significant digits,
            // as round numbers are ("100,000" is known to the ten thousand, "10" to the one).
            let zeros = whole.len() - whole.trim_end_matches('0').len();
            let zeros = if zeros == whole.len() {
                0
            } else {
                zeros.min(whole.len().saturating_sub(2))
            };
            (
                whole.parse::<f64>().unwrap_or(value),
                10f64.powi(i32::try_from(zeros).unwrap_or(0)),
            )
        }
    };
    // "1.5 million": the scale word multiplies the digit too.
    let scale = if written != 0.0 { value / written } else { 1.0 };
    (unit / 2.0 * scale).abs()
}

/// Reads the ends of an amount: bare numbers, numbers with a unit of measure, money, spans of
/// time. [`read_amount`] puts the hedges, ranges and vague amounts around them.
pub trait EndReader {
    /// One end, with its unit if it names one: "7.0 g", "$20", "2 hours", "twelve".
    fn end(&self, text: &str) -> Option<End>;

    /// The unit `text` names on its own ("soldiers" after "dozens of") and the factor to its
    /// canonical unit; an empty text names no unit.
    fn unit(&self, text: &str) -> Option<(Option<String>, f64)>;

    /// Whether an amount without a unit is a count of fixed things, whose hedge reaches no
    /// further than its last digit, like a measure's; otherwise it is an estimate that keeps
    /// the whole tolerance (see [`parse_count`]).
    fn counts_exactly(&self) -> bool {
        false
    }

    /// The two ends of a range in one unit: an end without a unit takes the other's; ends in
    /// different units do not make a range unless the reader can convert between them.
    fn unify(&self, low: End, high: End) -> Option<(End, End)> {
        match (&low.unit, &high.unit) {
            (Some(a), Some(b)) if a != b => None,
            _ => Some(share_unit(low, high)),
        }
    }
}

/// Both ends in the unit one of them names: "100-1000 grams" is grams at both ends, "5 to 10
/// km" is 5,000 to 10,000 metres (the bare end takes the other's factor too).
pub(crate) fn share_unit(low: End, high: End) -> (End, End) {
    let adopt = |end: End, other: &End| match (&end.unit, &other.unit) {
        (None, Some(unit)) => End {
            value: tidy(end.value * other.factor + other.offset),
            unit: Some(unit.clone()),
            factor: other.factor,
            offset: other.offset,
            ..end
        },
        _ => end,
    };
    let low = adopt(low, &high);
    let high = adopt(high, &low);
    (low, high)
}

/// Bare numbers: what [`parse_quantity`] reads.
struct Plain;

impl EndReader for Plain {
    fn end(&self, text: &str) -> Option<End> {
        End::number(text)
    }

    fn unit(&self, text: &str) -> Option<(Option<String>, f64)> {
        text.trim().is_empty().then_some((None, 1.0))
    }
}

/// A plain number that counts fixed things ("records stolen", "patients enrolled").
struct Counted;

impl EndReader for Counted {
    fn end(&self, text: &str) -> Option<End> {
        Plain.end(text)
    }

    fn unit(&self, text: &str) -> Option<(Option<String>, f64)> {
        Plain.unit(text)
    }

    fn counts_exactly(&self) -> bool {
        true
    }
}

/// A count of fixed things with its hedge: as [`parse_quantity`], but a hedge reaches no further
/// than the last digit written ("roughly 3.8 million" is 3.7 to 3.9 million, "about 100" still
/// 90 to 110), as it does for a measure. Tolls, crowds and the displaced are estimates that move
/// as news comes in, and are read by [`parse_quantity`].
pub fn parse_count(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    read_amount(text, lexicon, tolerance, &Counted)
}

/// An amount with its hedge, as an interval: "over 10,000" → (10000, ∞), "about 100" → [90, 110]
/// with a tolerance of 0.1, "dozens of" → [24, 100), "between 5 and 10" → [5, 10].
pub fn parse_quantity(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    read_amount(text, lexicon, tolerance, &Plain)
}

/// An amount whose ends `reader` reads, with a hedge before or after it, as a range, or as a
/// vague amount: the grammar every count and measure shares.
pub fn read_amount(
    text: &str,
    lexicon: &Lexicon,
    tolerance: f64,
    reader: &dyn EndReader,
) -> Option<Quantity> {
    let text = normalize(text);
    let (hedge, rest) = split_hedge(&text, lexicon);
    let (after, rest) = take_hedge_after(rest, lexicon);
    let rest = rest.as_str();
    let hedge = hedge.or(after);
    if let Some(end) = reader.end(rest) {
        return Some(hedged(end, hedge, tolerance, reader.counts_exactly()));
    }
    if let Some(mut range) = read_range(rest, lexicon, reader) {
        if let Some((word, _)) = hedge.filter(|(_, kind)| *kind != HedgeKind::Exactly) {
            range.notes.push(format!(
                "\"{word}\" before a range: the range's own ends are kept"
            ));
        }
        return Some(range);
    }
    read_vague(rest.trim_end_matches(" of"), lexicon, reader)
}

fn hedged(
    end: End,
    hedge: Option<(&str, HedgeKind)>,
    tolerance: f64,
    counts_exactly: bool,
) -> Quantity {
    let mut notes = end.notes;
    let mut value = match hedge {
        None => NumberValue::exact(end.value),
        Some((_, kind)) => {
            // An amount with a unit (a measure, money, a rate, a span of time) is a reading:
            // its hedge reaches no further than its own last digit, so "about 1,640 feet" is
            // 1,630 to 1,650, not 1,476 to 1,804, while "about 100 metres" keeps its tenth. So
            // does a count of fixed things; a toll keeps its tenth: "about 16,500 injured" is
            // an estimate, and tolls move.
            // An estimate written to three figures or more ("some 2,340 homes") was counted
            // before it was hedged: it keeps half the tolerance, so it still meets "about
            // 2,300" but not 2,600. A round estimate ("about 2,300") keeps the whole.
            let written = (end.value - end.offset) / end.factor;
            let reading = end.unit.is_some() || counts_exactly;
            let tolerance = match last_place(written) {
                Some(place) if reading && end.value != 0.0 => {
                    tolerance.min(place * end.factor.abs() / end.value.abs())
                }
                Some(place) if place * 100.0 <= written.abs() => {
                    // In whole things: "some 2,340" is 2,223 to 2,457.
                    let span = (end.value.abs() * tolerance / 2.0).floor().max(1.0);
                    span / end.value.abs()
                }
                _ => tolerance,
            };
            apply_hedge(end.value, kind, tolerance)
        }
    };
    if let Some(half) = end.rounding.filter(|half| *half > 0.0) {
        // A converted amount was rounded: it holds at least the figure give or take the
        // rounding (a hedge as wide already says as much), read to four significant digits,
        // outwards: the conversion says no more.
        // An amount of a measure is never below nothing, unless its scale has another zero
        // (degrees Fahrenheit to Celsius).
        let floor = if end.offset == 0.0 { 0.0 } else { f64::MIN };
        let (low, high) = ((end.value - half).max(floor), end.value + half);
        if let Some(min) = value.min {
            value.min_inclusive |= low < min;
            value.min = Some(significant(min.min(low), 4, f64::floor));
        }
        if let Some(max) = value.max {
            value.max_inclusive |= high > max;
            value.max = Some(significant(max.max(high), 4, f64::ceil));
        }
    }
    let value = value.with_unit(end.unit);
    if let Some((word, _)) = hedge.filter(|(_, kind)| *kind != HedgeKind::Exactly) {
        // In the unit the value is shown in: "about" read as 2,500–2,700 hectares.
        notes.push(format!("\"{word}\" read as {value}"));
    }
    Quantity { value, notes }
}

/// "between 5 and 10", "from 5 to 10", "5 to 10", "5-10", "2 - ~7 grams": a closed interval.
/// A bare low end shares the high end's unit and scale ("5 to 10 million").
fn read_range(text: &str, lexicon: &Lexicon, reader: &dyn EndReader) -> Option<Quantity> {
    let (body, joined_by_and) = match text
        .strip_prefix("between ")
        .map(|b| (b, true))
        .or_else(|| text.strip_prefix("from ").map(|b| (b, true)))
    {
        Some(found) => found,
        None => (text, false),
    };
    RANGE_SEPARATOR.find_iter(body).find_map(|separator| {
        if separator.as_str().trim() == "and" && !joined_by_and {
            return None;
        }
        let low = strip_inner_hedge(&body[..separator.start()], lexicon);
        let high = strip_inner_hedge(&body[separator.end()..], lexicon);
        range_of(reader.end(low)?, reader.end(high)?, reader, text)
    })
}

fn strip_inner_hedge<'a>(text: &'a str, lexicon: &'a Lexicon) -> &'a str {
    split_hedge(text.trim(), lexicon).1
}

fn range_of(low: End, high: End, reader: &dyn EndReader, text: &str) -> Option<Quantity> {
    let (mut low, high) = reader.unify(low, high)?;
    let mut notes: Vec<String> = low.notes.drain(..).chain(high.notes.clone()).collect();
    notes.dedup();
    if let (None, Some(scale)) = (low.scale, high.scale) {
        if low.value < high.value && low.value * scale <= high.value {
            low.value = tidy(low.value * scale);
            notes.push(format!(
                "\"{text}\": the scale of the upper end read for the lower end too"
            ));
        }
    }
    if low.value > high.value {
        return None;
    }
    // Converted ends were rounded (see `hedged`): the range reaches out by the rounding.
    let floor = if high.offset == 0.0 { 0.0 } else { f64::MIN };
    let (min, max) = match high.rounding.or(low.rounding).filter(|half| *half > 0.0) {
        Some(half) => (
            significant((low.value - half).max(floor), 4, f64::floor),
            significant(high.value + half, 4, f64::ceil),
        ),
        None => (low.value, high.value),
    };
    Some(Quantity {
        value: NumberValue::closed(min, max).with_unit(high.unit),
        notes,
    })
}

/// A vague amount at the start of `text`, maybe of a scale, then maybe a unit: "dozens of",
/// "a few hundred", "tens of thousands of soldiers".
fn read_vague(text: &str, lexicon: &Lexicon, reader: &dyn EndReader) -> Option<Quantity> {
    let (word, amount) = lexicon
        .vague
        .iter()
        .filter(|(word, _)| {
            text.strip_prefix(word.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .max_by_key(|(word, _)| word.len())?;
    let mut rest = text[word.len()..].trim_start();
    rest = rest.strip_prefix("of ").unwrap_or(rest);
    let mut factor = 1.0;
    let mut said = word.clone();
    let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
    if let Some(scale) = scale_of(first).filter(|s| *s >= 12.0) {
        factor = scale;
        said = format!("{word} {first}");
        rest = after.strip_prefix("of ").unwrap_or(after);
    }
    let rest = if rest == "of" { "" } else { rest };
    let (unit, unit_factor) = reader.unit(rest)?;
    let scale = |n: f64| tidy(n * factor * unit_factor);
    let value = NumberValue {
        min: Some(scale(amount.min)),
        max: amount.max.map(scale),
        min_inclusive: true,
        max_inclusive: amount.max.is_some() && amount.max_inclusive,
        unit,
        figure: None,
    };
    let notes = if value.is_exact() {
        Vec::new()
    } else {
        let shown = NumberValue {
            unit: None,
            ..value.clone()
        };
        vec![format!("\"{said}\" read as {shown}")]
    };
    Some(Quantity { value, notes })
}

/// The place of the last digit `written` was written to, as a step: 1,640 → 10, 3,200 → 100,
/// 2.4 → 0.1. A last digit 5 is a rounding to fives ("about 450" is rounded to the fifty, "some
/// 25" to the five), so the step is five of that place.
fn last_place(written: f64) -> Option<f64> {
    if written == 0.0 || !written.is_finite() {
        return None;
    }
    (-6..=15).rev().find_map(|k| {
        let step = 10f64.powi(k);
        let steps = written.abs() / step;
        if (steps - steps.round()).abs() > 1e-6 * steps.max(1.0) || steps.round() == 0.0 {
            return None;
        }
        let digit = steps.round() % 10.0;
        Some(if digit == 5.0 { 5.0 * step } else { step })
    })
}

/// The interval a hedge makes of `n`. Hedges that bound one side leave the other open: "fewer
/// than 100" says nothing of how few.
pub fn apply_hedge(n: f64, kind: HedgeKind, tolerance: f64) -> NumberValue {
    let span = n.abs() * tolerance;
    let interval =
        |min: Option<f64>, max: Option<f64>, min_inclusive: bool, max_inclusive: bool| {
            NumberValue {
                min: min.map(tidy),
                max: max.map(tidy),
                min_inclusive,
                max_inclusive,
                unit: None,
                figure: None,
            }
        };
    // An estimate's interval is its figure's tolerance (see `NumberValue::figure`).
    let estimate = |value: NumberValue| NumberValue {
        figure: Some(tidy(n)),
        ..value
    };
    match kind {
        HedgeKind::Exactly => NumberValue::exact(n),
        HedgeKind::Above => interval(Some(n), None, false, false),
        HedgeKind::AtLeast => interval(Some(n), None, true, false),
        HedgeKind::Below => interval(None, Some(n), false, false),
        HedgeKind::AtMost => interval(None, Some(n), false, true),
        HedgeKind::About => estimate(interval(Some(n - span), Some(n + span), true, true)),
        HedgeKind::Nearly => estimate(interval(Some(n - span), Some(n), true, false)),
        HedgeKind::JustOver => estimate(interval(Some(n), Some(n + span), false, true)),
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

    /// The unit of a name, as values and the lexicon's measures carry it.
    pub fn from_name(name: &str) -> Option<TimeUnit> {
        [
            TimeUnit::Second,
            TimeUnit::Minute,
            TimeUnit::Hour,
            TimeUnit::Day,
            TimeUnit::Week,
            TimeUnit::Month,
            TimeUnit::Year,
        ]
        .into_iter()
        .find(|unit| unit.name() == name)
    }

    /// Its length in seconds, counting a month as 30 days and a year as 365, as Duckling does.
    pub fn seconds(self) -> f64 {
        match self {
            TimeUnit::Second => 1.0,
            TimeUnit::Minute => 60.0,
            TimeUnit::Hour => 3_600.0,
            TimeUnit::Day => 86_400.0,
            TimeUnit::Week => 604_800.0,
            TimeUnit::Month => 2_592_000.0,
            TimeUnit::Year => 31_536_000.0,
        }
    }

    /// How many of `finer` make one of `self`; a year is twelve months, not 365/30 of them.
    pub fn in_units_of(self, finer: TimeUnit) -> f64 {
        match (self, finer) {
            (TimeUnit::Year, TimeUnit::Month) => 12.0,
            _ => self.seconds() / finer.seconds(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_counts_its_names_not_their_ages_or_clauses() {
        assert_eq!(
            list_items("Harold Keane, 71, of Dunmore Ferry; Marisol Ortega-Fay, 44; and Dylan Pruitt, 19, who drowned"),
            Some(3)
        );
        assert_eq!(list_items("Ana Ruiz, 34, and Tomas Ruiz, 36"), Some(2));
        assert_eq!(
            list_items("Iowa, Illinois, Minnesota and South Dakota"),
            Some(4)
        );
        assert_eq!(list_items("Ana Ruiz, 34, who was found later"), None);
    }

    fn lexicon() -> Lexicon {
        serde_yaml::from_str(
            "hedges:\n  over: above\n  more than: above\n  about: about\n  '~': about\n  nearly: nearly\n  at least: at-least\n  fewer than: below\n  up to: at-most\n  only: exactly\nhedges_after:\n  or more: at-least\n  '+': at-least\nvague:\n  dozens: {min: 24, max: 100, max_inclusive: false}\n  a few: {min: 2, max: 5}\n  tens: {min: 20, max: 100, max_inclusive: false}\n  a pair: {min: 2, max: 2}\n",
        )
        .unwrap()
    }

    fn value(text: &str) -> NumberValue {
        parse_quantity(text, &lexicon(), 0.1)
            .unwrap_or_else(|| panic!("{text} is not read"))
            .value
    }

    #[test]
    fn an_estimate_written_to_three_figures_keeps_half_the_tolerance() {
        let ends = |text: &str| {
            let v = value(text);
            (v.min.unwrap(), v.max.unwrap())
        };
        // Counted, then hedged: half the tenth, in whole things.
        assert_eq!(ends("about 2,340"), (2223.0, 2457.0));
        assert_eq!(ends("about 412"), (392.0, 432.0));
        // Round, or rounded to fives: the whole tenth.
        assert_eq!(ends("about 1,100"), (990.0, 1210.0));
        assert_eq!(ends("about 16,500"), (14850.0, 18150.0));
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
            ("0033", 33.0),
            (".77", 0.77),
            ("100K", 100_000.0),
            ("3M", 3_000_000.0),
            ("3000K", 3_000_000.0),
            ("two point two million", 2_200_000.0),
            ("1 point 1", 1.1),
            ("point seven seven", 0.77),
            (
                "thirty-one million two hundred fifty-six thousand seven hundred twenty-one",
                31_256_721.0,
            ),
            ("seven hundred twenty-one thousand and twelve", 721_012.0),
            ("three thousand millions", 3e9),
            ("two hundred dozens", 2_400.0),
            ("2 dozens", 24.0),
            ("one twenty two", 122.0),
            ("forty—five", 45.0),
            ("fortyfive", 45.0),
            ("4 trillion", 4e12),
            ("a hundred thousand", 100_000.0),
        ] {
            assert_eq!(parse_number(text), Some(expected), "{text}");
        }
        for text in [
            "soldiers",
            "five six",
            "two thousand three thousand",
            "",
            "-",
            "and",
            "thousands",
            "dozens",
        ] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn negative_numbers() {
        for (text, expected) in [
            ("-504", -504.0),
            ("- 1,200,000", -1_200_000.0),
            ("−3.5", -3.5),
            ("minus 1,200,000", -1_200_000.0),
            ("negative five hundred and four", -504.0),
            ("-1.2M", -1_200_000.0),
        ] {
            assert_eq!(parse_number(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn fractions_and_halves() {
        for (text, expected) in [
            ("3/4", 0.75),
            ("1/5", 0.2),
            ("half", 0.5),
            ("a half", 0.5),
            ("three quarters", 0.75),
            ("two-thirds", 2.0 / 3.0),
            ("one fifth", 0.2),
            ("one and a half", 1.5),
            ("2 and three quarters", 2.75),
            ("two and a half million", 2_500_000.0),
            ("half a million", 500_000.0),
            ("half a dozen", 6.0),
            // A fraction of a scale as one word: "a quarter-million-dollar reward".
            ("a quarter-million", 250_000.0),
            ("half-million", 500_000.0),
            ("a quarter million", 250_000.0),
            ("three-quarter-million", 750_000.0),
            ("a quarter of a million", 250_000.0),
            ("three-quarters of a billion", 750_000_000.0),
            // A whole number and a fraction, as typed or as one character.
            ("3-1/4", 3.25),
            ("4 1/2", 4.5),
            ("3¼", 3.25),
            ("½", 0.5),
            ("2 ¾", 2.75),
        ] {
            let found = parse_number(text).unwrap_or_else(|| panic!("{text}"));
            assert!((found - expected).abs() < 1e-9, "{text}: {found}");
        }
        assert_eq!(parse_number("3/0"), None);
        assert_eq!(parse_number("3-5/4"), None);
        assert_eq!(parse_number("two seconds"), None);
        assert_eq!(parse_number("forty-fifth"), None);
        assert_eq!(parse_number("twenty-third"), None);
    }

    #[test]
    fn lakh_and_crore() {
        for (text, expected) in [
            ("30 lakh", 3_000_000.0),
            ("12 lakhs", 1_200_000.0),
            ("30 lkh", 3_000_000.0),
            (
                "three crore twelve lakh fifty-six thousand seven hundred twenty-one",
                31_256_721.0,
            ),
            (
                "three cr twelve lac fifty-six thousand seven hundred twenty-one",
                31_256_721.0,
            ),
            ("three hundred crores", 3e9),
            ("three hundred koti", 3e9),
        ] {
            assert_eq!(parse_number(text), Some(expected), "{text}");
        }
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
            ("twenty—fifth", 25.0),
            ("twentyfifth", 25.0),
            ("seventy third", 73.0),
            ("one hundred and first", 101.0),
            ("1,000th", 1000.0),
            ("sesquicentennial", 150.0),
            ("Centenary", 100.0),
            ("bicentennial", 200.0),
            ("diamond jubilee", 60.0),
            ("two thousandth", 2000.0),
        ] {
            assert_eq!(parse_ordinal(text), Some(expected), "{text}");
        }
        assert_eq!(parse_ordinal("five"), None);
    }

    #[test]
    fn an_occasion_is_one_after_the_times_before_it() {
        for (text, expected) in [
            ("twice before", 3.0),
            ("once before", 2.0),
            ("three times previously", 4.0),
            ("Twice already", 3.0),
            ("12 times before", 13.0),
        ] {
            assert_eq!(occasion_after(text), Some(expected), "{text}");
        }
        for text in [
            "twice",
            "before",
            "half a time before",
            "times before",
            "twice a year",
        ] {
            assert_eq!(occasion_after(text), None, "{text}");
        }
    }

    #[test]
    fn a_hedge_on_a_reading_reaches_no_further_than_its_last_digit() {
        let lexicon: Lexicon = serde_yaml::from_str(
            "hedges:\n  about: about\n  nearly: nearly\nmeasures:\n  - {kind: length, unit: metre, words: [metres]}\n",
        )
        .unwrap();
        let ends = |text: &str| {
            let v = crate::normalize::unit::parse_measure(text, &lexicon, 0.1)
                .unwrap_or_else(|| panic!("{text} is not read"))
                .value;
            (v.min.unwrap(), v.max.unwrap())
        };
        // A tenth either way while the figure is that coarse ...
        assert_eq!(ends("about 100 metres"), (90.0, 110.0));
        assert_eq!(ends("about 450 metres"), (405.0, 495.0));
        assert_eq!(ends("about 25 metres"), (22.5, 27.5));
        // ... one unit of the last digit once the figure is finer.
        assert_eq!(ends("about 1,640 metres"), (1_630.0, 1_650.0));
        assert_eq!(ends("about 370 metres"), (360.0, 380.0));
        assert_eq!(ends("nearly 5,020 metres"), (5_010.0, 5_020.0));
        // A count is an estimate: its hedge keeps its tenth when round, half of it when
        // written to three figures.
        let count = value("about 1,600");
        assert_eq!((count.min, count.max), (Some(1_440.0), Some(1_760.0)));
        let count = value("about 1,640");
        assert_eq!((count.min, count.max), (Some(1_558.0), Some(1_722.0)));
        assert_eq!(last_place(0.0), None);
        assert_eq!(last_place(2.4), Some(0.1));
        assert_eq!(last_place(2_450_000.0), Some(50_000.0));
    }

    #[test]
    fn hedges_make_intervals() {
        let over = value("over 10,000");
        assert_eq!(
            (over.min, over.max, over.min_inclusive),
            (Some(10_000.0), None, false)
        );
        let about = value("about 100");
        assert_eq!((about.min, about.max), (Some(90.0), Some(110.0)));
        let dozens = value("dozens of");
        assert_eq!(
            (dozens.min, dozens.max, dozens.max_inclusive),
            (Some(24.0), Some(100.0), false)
        );
        assert!(value("only 11").is_exact());
        let fewer = value("fewer than 100");
        assert_eq!(
            (fewer.min, fewer.max, fewer.max_inclusive),
            (None, Some(100.0), false)
        );
        let up_to = value("up to -5");
        assert_eq!(
            (up_to.min, up_to.max, up_to.max_inclusive),
            (None, Some(-5.0), true)
        );
    }

    #[test]
    fn hedges_after_the_number() {
        let more = value("10,000 or more");
        assert_eq!(
            (more.min, more.max, more.min_inclusive),
            (Some(10_000.0), None, true)
        );
        let plus = value("500+");
        assert_eq!((plus.min, plus.max), (Some(500.0), None));
    }

    #[test]
    fn ranges_are_closed_intervals() {
        for text in [
            "between 5 and 10",
            "5 to 10",
            "5-10",
            "5 – 10",
            "from 5 to 10",
            "~5-10",
        ] {
            assert_eq!(value(text), NumberValue::closed(5.0, 10.0), "{text}");
        }
        assert_eq!(
            value("between 2 and 3 million"),
            NumberValue::closed(2e6, 3e6)
        );
        assert_eq!(value("-5 to -3"), NumberValue::closed(-5.0, -3.0));
        assert_eq!(value("twenty-one"), NumberValue::exact(21.0));
        assert_eq!(parse_quantity("10 to 5", &lexicon(), 0.1), None);
        assert_eq!(parse_quantity("5 and 10", &lexicon(), 0.1), None);
    }

    #[test]
    fn vague_amounts_scale() {
        let few_hundred = parse_quantity("a few hundred", &lexicon(), 0.1).unwrap();
        assert_eq!(few_hundred.value, NumberValue::closed(200.0, 500.0));
        assert_eq!(few_hundred.notes, ["\"a few hundred\" read as 200–500"]);
        let tens = value("tens of thousands of");
        assert_eq!((tens.min, tens.max), (Some(20_000.0), Some(100_000.0)));
        let pair = parse_quantity("a pair", &lexicon(), 0.1).unwrap();
        assert_eq!((pair.value, pair.notes), (NumberValue::exact(2.0), vec![]));
    }

    #[test]
    fn amounts_of_units() {
        for (text, expected) in [
            ("a", 1.0),
            ("an", 1.0),
            ("half a", 0.5),
            ("half", 0.5),
            ("a quarter of an", 0.25),
            ("tenth of a", 0.1),
            ("fourth of", 0.25),
            ("2/1000", 0.002),
        ] {
            assert_eq!(parse_amount(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn time_units_convert() {
        assert_eq!(TimeUnit::Year.in_units_of(TimeUnit::Month), 12.0);
        assert_eq!(TimeUnit::Year.in_units_of(TimeUnit::Day), 365.0);
        assert_eq!(TimeUnit::Hour.in_units_of(TimeUnit::Minute), 60.0);
        assert_eq!(TimeUnit::from_name("week"), Some(TimeUnit::Week));
        assert_eq!(TimeUnit::from_name("fortnight"), None);
    }
}
