//! Amounts with a unit: units of measure ("0.5 kg" → 500 gram), counted nouns ("over 10,000
//! troops" → soldier), money ("$2.3 billion", "€500m" → an amount in USD, EUR) and rates ("5%",
//! "25 basis points" → 0.25 percentage point).
//!
//! Every unit is lexicon data: `measures` (words, canonical unit, factor to it), `units` (counted
//! nouns) and `currencies` (ISO 4217 code, names and shared symbols). This module finds the unit
//! word at the edge of an amount and converts; [`number::read_amount`] does the hedges, ranges
//! and vague amounts around it.

use super::number::{self, End, EndReader, Quantity};
use crate::rules::lexicon::{collapse_spaces, Lexicon, Measure};
use crate::value::{format_number, NumberValue};

/// The kind of the measures that make spans of time.
pub const TIME: &str = "time";
/// The kind of the measures that make rates: percent, percentage points, basis points.
pub const RATE: &str = "rate";
/// The unit of a share of a hundred, which a share said as a fraction is read in.
pub const PERCENT: &str = "percent";

/// The measure of one of the kinds `kind` accepts whose words include `words`; later entries
/// win, so a user lexicon can redefine a word.
pub(crate) fn measure_named<'a>(
    lexicon: &'a Lexicon,
    words: &str,
    kind: impl Fn(&str) -> bool,
) -> Option<&'a Measure> {
    let words = collapse_spaces(&words.to_lowercase());
    lexicon
        .measures
        .iter()
        .rev()
        .filter(|m| kind(&m.kind))
        .find(|m| m.words.iter().any(|w| w.to_lowercase() == words))
}

/// An amount of something measured or counted, with its canonical unit: "2 grams", "0.002 kg"
/// (2 gram), "between 100 and 1000 grams", "a Pound", "over 10,000 soldiers", "dozens of
/// leaders". Time and rates are not quantities here; see [`super::duration`] and
/// [`parse_percent`].
pub fn parse_measure(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let reader = Measured {
        lexicon,
        kind: |kind| kind != TIME && kind != RATE,
        counted: true,
        in_claims: false,
    };
    with_unit(number::read_amount(text, lexicon, tolerance, &reader))
}

/// [`parse_measure`] in the unit a claim is compared in: "96,000 pounds" is 43.5 million grams
/// give or take, so it meets "43,500 kilograms" (see [`crate::rules::lexicon::Measure::claims`]).
pub fn parse_measure_in_claims(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let reader = Measured {
        lexicon,
        kind: |kind| kind != TIME && kind != RATE,
        counted: true,
        in_claims: true,
    };
    with_unit(number::read_amount(text, lexicon, tolerance, &reader))
}

/// A rate: "5%", "five per cent" (percent), "2 percentage points", "25 basis points" (0.25
/// percentage point), "2 points" (percentage points, an assumption the rule's context must
/// justify). Percent and percentage points are different units and never compare.
pub fn parse_percent(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let reader = Measured {
        lexicon,
        kind: |kind| kind == RATE,
        counted: false,
        in_claims: false,
    };
    with_unit(number::read_amount(text, lexicon, tolerance, &reader))
        .or_else(|| {
            let share = number::read_share(text, lexicon, tolerance)?;
            Some(Quantity {
                value: share.value.with_unit(Some(PERCENT.to_string())),
                notes: share.notes,
            })
        })
        .or_else(|| multiplied(text, lexicon, tolerance))
}

/// The percent change a multiple is: "doubled" is a rise of 100 percent, "tripled" (or
/// "trebled") 200 and "quadrupled" 300, "halved" a fall of 50.
fn multiple_percent(word: &str) -> Option<f64> {
    match word {
        "doubled" => Some(100.0),
        "tripled" | "trebled" => Some(200.0),
        "quadrupled" => Some(300.0),
        "halved" => Some(50.0),
        _ => None,
    }
}

/// A change said as a multiple, as the percent it is (see [`multiple_percent`]); "more than
/// doubled" is above 100, and another hedge is read as it is before the percent: "roughly
/// halved" is "roughly 50 percent".
fn multiplied(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    let words = number::normalize(text);
    let (above, word) = match words.trim().strip_prefix("more than ") {
        Some(word) => (true, word.trim()),
        None => (false, words.trim()),
    };
    let Some(percent) = multiple_percent(word) else {
        let (hedge, word) = word.rsplit_once(' ')?;
        let percent = multiple_percent(word)?;
        let mut read = parse_percent(&format!("{hedge} {percent} percent"), lexicon, tolerance)?;
        read.notes.insert(
            0,
            format!(
                "\"{}\" read as a change of {hedge} {percent} percent",
                text.trim()
            ),
        );
        return Some(read);
    };
    let value = if above {
        NumberValue {
            min: Some(percent),
            max: None,
            min_inclusive: false,
            max_inclusive: false,
            unit: None,
            figure: None,
        }
    } else {
        NumberValue::exact(percent)
    };
    Some(Quantity {
        value: value.with_unit(Some(PERCENT.to_string())),
        notes: vec![format!(
            "\"{}\" read as a change of {percent} percent",
            text.trim()
        )],
    })
}

/// An amount of money in the ISO 4217 code of its currency: "$2.3 billion", "2.3bn dollars",
/// "€500m", "£1.2 million", "US$5", "500 million euros", "¥10,000", "between $5m and $10m".
pub fn parse_money(text: &str, lexicon: &Lexicon, tolerance: f64) -> Option<Quantity> {
    parse_money_in(text, lexicon, tolerance, None)
}

/// [`parse_money`] in a report whose own currency is `local`: its shared words ("$",
/// "dollars") are read as that currency.
pub fn parse_money_in(
    text: &str,
    lexicon: &Lexicon,
    tolerance: f64,
    local: Option<&LocalCurrency>,
) -> Option<Quantity> {
    with_unit(number::read_amount(
        text,
        lexicon,
        tolerance,
        &Money { lexicon, local },
    ))
}

/// The currency a report means by words several currencies share, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalCurrency {
    /// Its ISO 4217 code.
    pub code: String,
    /// Why: "the report is datelined Australia".
    pub reason: String,
}

/// The currency a report means by words several currencies share ("$"): the one whose
/// `local_in` places its dateline (`dateline`, the words before its dash) names. Only the
/// dateline says so: a report that names another dollar may still mean US dollars by "$"
/// ("A$3 billion ($2 billion)").
pub fn local_currency(dateline: &str, lexicon: &Lexicon) -> Option<LocalCurrency> {
    lexicon
        .currencies
        .iter()
        .filter(|(_, currency)| !currency.local.is_empty())
        .find_map(|(code, currency)| {
            let place = currency
                .local_in
                .iter()
                .find(|place| has_whole_word(dateline, place))?;
            Some(LocalCurrency {
                code: code.clone(),
                reason: format!("the report is datelined {place}"),
            })
        })
}

/// Whether `name` stands in `text` as a word of its own.
fn has_whole_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn with_unit(quantity: Option<Quantity>) -> Option<Quantity> {
    quantity.filter(|q| q.value.unit.is_some())
}

/// A word for a unit, with what reading it means.
struct UnitWord<'a> {
    word: &'a str,
    unit: &'a str,
    factor: f64,
    assumed: bool,
    /// The factor converts from another system of units (see [`Measure::converted`]).
    converted: bool,
    offset: f64,
    /// A hundredth of a currency: read after the number only, and a word of one letter only
    /// against the digits ("412p").
    hundredth: bool,
    /// How far either way of `factor` the unit's size may lie, for a unit whose size depends
    /// on the country (see [`ClaimUnit::factor_max`]).
    spread: f64,
    /// Why an assumed word is read as this unit, when not as the lexicon assumes: the report's
    /// own currency (see [`LocalCurrency`]).
    why: Option<&'a str>,
}

impl UnitWord<'_> {
    fn notes(&self) -> Vec<String> {
        match (self.assumed, self.why) {
            (true, Some(why)) => vec![format!("\"{}\" read as {} ({why})", self.word, self.unit)],
            (true, None) => vec![format!("\"{}\" read as {}", self.word, self.unit)],
            (false, _) => Vec::new(),
        }
    }
}

/// Reads ends written with a unit of measure or a counted noun after the number.
struct Measured<'a> {
    lexicon: &'a Lexicon,
    kind: fn(&str) -> bool,
    /// Whether the lexicon's counted nouns ("soldiers") are units too.
    counted: bool,
    /// Whether to read a measure in the unit its claims compare in (`Measure::claims`).
    in_claims: bool,
}

impl Measured<'_> {
    fn words(&self) -> impl Iterator<Item = UnitWord<'_>> {
        let measures = self
            .lexicon
            .measures
            .iter()
            .rev()
            .filter(|m| (self.kind)(&m.kind))
            .flat_map(move |m| {
                let compared = m.claims.as_ref().filter(|_| self.in_claims);
                m.words.iter().map(move |word| match compared {
                    Some(claims) => {
                        let largest = claims.factor_max.unwrap_or(claims.factor);
                        UnitWord {
                            word,
                            unit: &claims.unit,
                            factor: (claims.factor + largest) / 2.0,
                            assumed: m.assumed,
                            converted: true,
                            offset: 0.0,
                            hundredth: false,
                            spread: (largest - claims.factor) / 2.0,
                            why: None,
                        }
                    }
                    None => UnitWord {
                        word,
                        unit: &m.unit,
                        factor: m.factor,
                        assumed: m.assumed,
                        converted: m.converted,
                        offset: m.offset,
                        hundredth: false,
                        spread: 0.0,
                        why: None,
                    },
                })
            });
        let counted =
            self.lexicon
                .units
                .iter()
                .filter(|_| self.counted)
                .flat_map(|(unit, nouns)| {
                    nouns.iter().map(move |word| UnitWord {
                        word,
                        unit,
                        factor: 1.0,
                        assumed: false,
                        converted: false,
                        offset: 0.0,
                        hundredth: false,
                        spread: 0.0,
                        why: None,
                    })
                });
        measures.chain(counted)
    }

    /// The longest unit word that ends `text` after a number, and the amount before it.
    fn split<'t>(&self, text: &'t str) -> Option<(&'t str, UnitWord<'_>)> {
        self.words()
            .filter_map(|unit| {
                let before = strip_suffix_ignoring_case(text, unit.word)?;
                let parted = before.ends_with(|c: char| c.is_whitespace() || c == '-')
                    || before.ends_with(|c: char| c.is_ascii_digit())
                    || !unit.word.starts_with(char::is_alphanumeric);
                let amount = before.trim_end().trim_end_matches('-').trim_end();
                (parted && !amount.is_empty()).then_some((amount, unit))
            })
            .max_by_key(|(_, unit)| unit.word.len())
    }
}

impl EndReader for Measured<'_> {
    fn end(&self, text: &str) -> Option<End> {
        let text = number::normalize(text);
        let Some((amount, unit)) = self.split(&text) else {
            return End::number(&text);
        };
        let written = number::parse_amount(amount)?;
        let mut notes = unit.notes();
        let rounding = unit.converted.then(|| {
            let half = number::half_last_digit(amount, written);
            let rate = if unit.spread > 0.0 {
                format!(
                    "at {} to {} {} each (a {}'s size depends on the country)",
                    format_number(unit.factor - unit.spread),
                    format_number(unit.factor + unit.spread),
                    unit.unit,
                    unit.word.trim_end_matches('s'),
                )
            } else if unit.offset == 0.0 {
                format!("at {} {} each", format_number(unit.factor), unit.unit)
            } else {
                format!(
                    "to {} as × {} {} {}",
                    unit.unit,
                    format_number(unit.factor),
                    if unit.offset < 0.0 { "−" } else { "+" },
                    format_number(unit.offset.abs()),
                )
            };
            notes.push(format!(
                "\"{}\" converted {rate}, give or take {} {} (half its last digit): \
                 conversions are rounded",
                text.trim(),
                format_number(half),
                unit.word,
            ));
            half * unit.factor + written * unit.spread
        });
        Some(End {
            value: number::tidy(written * unit.factor + unit.offset),
            unit: Some(unit.unit.to_string()),
            scale: number::trailing_scale(amount),
            notes,
            rounding,
            factor: unit.factor,
            offset: unit.offset,
        })
    }

    fn unit(&self, text: &str) -> Option<(Option<String>, f64)> {
        let text = collapse_spaces(&text.to_lowercase());
        if text.is_empty() {
            return Some((None, 1.0));
        }
        self.words()
            .find(|unit| unit.word.to_lowercase() == text)
            .map(|unit| (Some(unit.unit.to_string()), unit.factor))
    }
}

/// Reads ends written with a currency before or after the number: "$20", "20 euros", "EUR 20".
struct Money<'a> {
    lexicon: &'a Lexicon,
    /// The report's own currency, which its shared words name.
    local: Option<&'a LocalCurrency>,
}

impl Money<'_> {
    fn names(&self) -> impl Iterator<Item = UnitWord<'_>> {
        self.lexicon
            .currencies
            .iter()
            .flat_map(move |(code, currency)| {
                // Each list of words, with whether reading it is an assumption and whether it names
                // a hundredth.
                let lists = [
                    (&currency.names, false, false),
                    (&currency.assumed, true, false),
                    (&currency.hundredths, false, true),
                    (&currency.hundredths_assumed, true, true),
                ];
                lists
                    .into_iter()
                    .flat_map(move |(words, assumed, hundredth)| {
                        words.iter().map(move |word| {
                            let local = self.local_unit(word, assumed);
                            UnitWord {
                                word,
                                unit: local.map_or(code.as_str(), |(code, _)| code),
                                factor: if hundredth { 0.01 } else { 1.0 },
                                assumed,
                                converted: false,
                                offset: 0.0,
                                hundredth,
                                spread: 0.0,
                                why: local.map(|(_, why)| why),
                            }
                        })
                    })
            })
    }

    /// The report's own currency and why, when `word`, a word several currencies assume, is
    /// one of the words that currency takes locally.
    fn local_unit(&self, word: &str, assumed: bool) -> Option<(&str, &str)> {
        let local = self.local.filter(|_| assumed)?;
        self.lexicon
            .currencies
            .get(&local.code)?
            .local
            .iter()
            .any(|w| w == word)
            .then_some((local.code.as_str(), local.reason.as_str()))
    }

    /// The longest currency name before or after the number in `text`, and the number.
    fn split<'t>(&self, text: &'t str) -> Option<(&'t str, UnitWord<'_>)> {
        self.names()
            .filter_map(|name| {
                let word_like = name.word.ends_with(char::is_alphanumeric);
                let prefixed = strip_prefix_ignoring_case(text, name.word).filter(|rest| {
                    !name.hundredth
                        && (!word_like
                            || rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit()))
                });
                // "25,000 euros", "25,000euros", and "25,000-euro" before the noun it measures;
                // a hundredth of one letter only against the digits ("412p").
                let attached_only = name.hundredth && name.word.chars().count() == 1;
                let suffixed = strip_suffix_ignoring_case(text, name.word).filter(|before| {
                    if attached_only {
                        return before.ends_with(|c: char| c.is_ascii_digit());
                    }
                    !name.word.starts_with(char::is_alphanumeric)
                        || before.ends_with(|c: char| {
                            c.is_whitespace() || c.is_ascii_digit() || c == '-'
                        })
                });
                let amount = prefixed.or(suffixed)?.trim().trim_end_matches('-');
                (!amount.is_empty()).then_some((amount, name))
            })
            .max_by_key(|(_, name)| (name.word.len(), !name.assumed))
    }

    /// "38 dollars and 50 cents": a whole amount and its hundredths, spoken out, as one amount
    /// of the whole currency. `None` when `text` is not so, or the two name different currencies.
    fn with_hundredths(&self, text: &str) -> Option<End> {
        let (whole, part) = text.rsplit_once(" and ")?;
        let (whole_amount, whole_currency) = self.split(whole.trim())?;
        let (part_amount, part_currency) = self.split(part.trim())?;
        if whole_currency.hundredth
            || !part_currency.hundredth
            || whole_currency.unit != part_currency.unit
        {
            return None;
        }
        let value = number::parse_amount(whole_amount)? * whole_currency.factor
            + number::parse_amount(part_amount)? * part_currency.factor;
        let mut notes = whole_currency.notes();
        notes.push(format!(
            "\"{}\" read as hundredths of {}",
            part_currency.word, part_currency.unit
        ));
        Some(End {
            value: number::tidy(value),
            unit: Some(whole_currency.unit.to_string()),
            scale: None,
            notes,
            rounding: None,
            factor: 1.0,
            offset: 0.0,
        })
    }
}

impl EndReader for Money<'_> {
    fn end(&self, text: &str) -> Option<End> {
        let text = number::normalize(text);
        if let Some(end) = self.with_hundredths(&text) {
            return Some(end);
        }
        let Some((amount, currency)) = self.split(&text) else {
            return End::number(&text);
        };
        let notes = if currency.hundredth {
            vec![format!(
                "\"{}\" read as hundredths of {}",
                currency.word, currency.unit
            )]
        } else {
            currency.notes()
        };
        Some(End {
            value: number::tidy(number::parse_amount(amount)? * currency.factor),
            unit: Some(currency.unit.to_string()),
            scale: number::trailing_scale(amount),
            notes,
            rounding: None,
            factor: currency.factor,
            offset: 0.0,
        })
    }

    fn unit(&self, text: &str) -> Option<(Option<String>, f64)> {
        let text = collapse_spaces(&text.to_lowercase());
        if text.is_empty() {
            return Some((None, 1.0));
        }
        self.names()
            .find(|name| name.word.to_lowercase() == text)
            .map(|name| (Some(name.unit.to_string()), name.factor))
    }
}

/// `text` without `suffix` at its end, compared in lower case; `text` is already lower case.
/// `text` without `suffix` lower-cased at its end. An ASCII suffix (almost every unit word) is
/// compared byte by byte instead of lower-cased into a new string: this runs for every unit word
/// of the lexicon on every amount.
fn strip_suffix_ignoring_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    if !suffix.is_ascii() {
        return text.strip_suffix(suffix.to_lowercase().as_str());
    }
    let start = text.len().checked_sub(suffix.len())?;
    lowered_equal(&text.as_bytes()[start..], suffix).then(|| &text[..start])
}

/// `text` without `prefix` lower-cased at its start (see [`strip_suffix_ignoring_case`]).
fn strip_prefix_ignoring_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    if !prefix.is_ascii() {
        return text.strip_prefix(prefix.to_lowercase().as_str());
    }
    let end = prefix.len();
    (text.len() >= end && lowered_equal(&text.as_bytes()[..end], prefix)).then(|| &text[end..])
}

/// Whether `bytes` are the ASCII `word` lower-cased. Matching ASCII bytes end on a character
/// boundary, so the caller may cut the text there.
fn lowered_equal(bytes: &[u8], word: &str) -> bool {
    bytes.len() == word.len()
        && bytes
            .iter()
            .zip(word.bytes())
            .all(|(&b, w)| b == w.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::value::NumberValue;
    use std::sync::LazyLock;

    /// The built-in lexicon, loaded once: compiling the rule pack is the slow part of a test.
    static LEXICON: LazyLock<Lexicon> =
        LazyLock::new(|| RuleSet::builtin().expect("the built-in rules load").lexicon);

    fn lexicon() -> &'static Lexicon {
        &LEXICON
    }

    #[test]
    fn a_dateline_names_the_dollar_that_dollar_signs_mean() {
        let local = |dateline| local_currency(dateline, lexicon()).map(|l| l.code);
        assert_eq!(local("BRISBANE, Australia — ").as_deref(), Some("AUD"));
        assert_eq!(local("SUDBURY, Ont. — ").as_deref(), Some("CAD"));
        assert_eq!(local("AUCKLAND — ").as_deref(), Some("NZD"));
        // A dateline naming another country, or none of these places, leaves "$" to the lexicon.
        assert_eq!(local("VIENNA, Austria — "), None);
        assert_eq!(local("NASHVILLE, United States — "), None);
        let australia = local_currency("SYDNEY — ", lexicon());
        let read = |text| parse_money_in(text, lexicon(), 0.1, australia.as_ref()).unwrap();
        let plain = read("$380,000");
        assert_eq!(plain.value.unit.as_deref(), Some("AUD"));
        assert!(
            plain.notes[0].contains("datelined SYDNEY"),
            "{:?}",
            plain.notes
        );
        assert_eq!(read("380,000 dollars").value.unit.as_deref(), Some("AUD"));
        // Named dollars and other currencies stay what they are.
        assert_eq!(read("US$380,000").value.unit.as_deref(), Some("USD"));
        assert_eq!(read("€380,000").value.unit.as_deref(), Some("EUR"));
        assert_eq!(
            parse_money("$380,000", lexicon(), 0.1)
                .unwrap()
                .value
                .unit
                .as_deref(),
            Some("USD")
        );
    }

    fn unit_value(read: fn(&str, &Lexicon, f64) -> Option<Quantity>, text: &str) -> NumberValue {
        read(text, lexicon(), 0.1)
            .unwrap_or_else(|| panic!("\"{text}\" is not read"))
            .value
    }

    fn exact(n: f64, unit: &str) -> NumberValue {
        NumberValue::exact(n).with_unit(Some(unit.to_string()))
    }

    #[test]
    fn metric_units_convert_to_their_base() {
        for (text, grams) in [
            ("2 grams", 2.0),
            ("0.002 kg", 2.0),
            ("2 g.", 2.0),
            ("2/1000 kilograms", 2.0),
            ("2,000 milligrams", 2.0),
            ("500000mg", 500.0),
            ("a kilogram", 1000.0),
            ("1 k.g.", 1000.0),
            ("500g", 500.0),
        ] {
            assert_eq!(
                unit_value(parse_measure, text),
                exact(grams, "gram"),
                "{text}"
            );
        }
        assert_eq!(unit_value(parse_measure, "250ml"), exact(0.25, "litre"));
        assert_eq!(unit_value(parse_measure, "3 km"), exact(3000.0, "metre"));
    }

    #[test]
    fn a_hedge_s_note_shows_the_measure_as_its_value_is_shown() {
        let read = |text: &str| {
            parse_measure(text, lexicon(), 0.1)
                .unwrap_or_else(|| panic!("\"{text}\" is not read"))
                .notes
        };
        assert_eq!(
            read("about 150 kilometres"),
            ["\"about\" read as 135–165 km"]
        );
        assert_eq!(
            read("more than 4,200 hectares"),
            ["\"more than\" read as > 4,200 hectares"]
        );
    }

    #[test]
    fn weights_and_units_whose_size_depends_on_the_country_are_kept() {
        assert_eq!(unit_value(parse_measure, "3/4 cup"), exact(0.75, "cup"));
        assert_eq!(unit_value(parse_measure, ".75 cups"), exact(0.75, "cup"));
        assert_eq!(unit_value(parse_measure, "5 gallons"), exact(5.0, "gallon"));
        assert_eq!(unit_value(parse_measure, "a Pound"), exact(1.0, "pound"));
        assert_eq!(unit_value(parse_measure, "2oz"), exact(2.0, "ounce"));
    }

    #[test]
    fn customary_units_convert_give_or_take_their_last_digit() {
        for (text, min, max, unit) in [
            // 1,375–1,385 feet: 420 metres lies within.
            ("1,380 ft", 419.1, 422.2, "metre"),
            // 4.25–4.35 miles: 7 km lies within.
            ("4.3 miles", 6839.0, 7001.0, "metre"),
            ("8 miles", 12070.0, 13680.0, "metre"),
            // Known to the thousand: 45,500–46,500 feet.
            ("46,000 feet", 13860.0, 14180.0, "metre"),
            // A hedge wider than the rounding stands, up to a unit of its last digit: 35,000–
            // 35,200 acres, not the tenth either way that would hold 14,200 hectares.
            (
                "about 35,100 acres",
                141_600_000.0,
                142_500_000.0,
                "square metre",
            ),
            // A range's ends take the unit's factor and reach out by the rounding: 4,950–6,050
            // acres.
            (
                "5,000-6,000 acres",
                20_030_000.0,
                24_490_000.0,
                "square metre",
            ),
            ("5 to 10 km", 5000.0, 10000.0, "metre"),
        ] {
            // The interval only: an estimate also keeps its figure.
            assert_eq!(
                NumberValue {
                    figure: None,
                    ..unit_value(parse_measure, text)
                },
                NumberValue::closed(min, max).with_unit(Some(unit.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn fahrenheit_converts_with_its_offset() {
        for (text, min, max) in [
            // 113.5–114.5 °F: 45.6 °C lies within.
            ("114F", 45.27, 45.84),
            ("114 degrees Fahrenheit", 45.27, 45.84),
            // 31.5–32.5 °F is either side of freezing.
            ("32 °F", -0.2778, 0.2778),
            // Below zero on both scales: the sign is kept.
            ("-40F", -40.28, -39.72),
            // The bare low end takes the offset too: 100 °F is 37.78 °C.
            ("between 100 and 105F", 37.5, 40.84),
        ] {
            let value = unit_value(parse_measure, text);
            let (low, high) = (value.min.unwrap(), value.max.unwrap());
            assert!(
                (low - min).abs() < 0.01 && (high - max).abs() < 0.01,
                "{text}: {value:?}"
            );
            assert_eq!(value.unit.as_deref(), Some("degree Celsius"), "{text}");
        }
        assert_eq!(
            unit_value(parse_measure, "45.6C"),
            exact(45.6, "degree Celsius")
        );
        assert_eq!(
            unit_value(parse_measure, "30 °C"),
            exact(30.0, "degree Celsius")
        );
        // No scale named, nothing read.
        assert_eq!(parse_measure("114 degrees", lexicon(), 0.1), None);
    }

    #[test]
    fn hundredths_of_a_currency_follow_the_number() {
        for (text, amount, code) in [
            ("74 cents", 0.74, "USD"),
            ("412p", 4.12, "GBP"),
            ("50 pence", 0.5, "GBP"),
            ("99¢", 0.99, "USD"),
        ] {
            assert_eq!(unit_value(parse_money, text), exact(amount, code), "{text}");
        }
        let cents = parse_money("74 cents", lexicon(), 0.1).unwrap();
        assert_eq!(cents.notes, ["\"cents\" read as hundredths of USD"]);
        // A hundredth of one letter only against its digits, never before the number.
        assert_eq!(parse_money("3 p", lexicon(), 0.1), None);
        assert_eq!(parse_money("cents 74", lexicon(), 0.1), None);
        // After a whole amount of the same currency, spoken out.
        for (text, amount, code) in [
            ("38 dollars and 50 cents", 38.5, "USD"),
            ("1,200 pounds and 40 pence", 1200.4, "GBP"),
        ] {
            assert_eq!(unit_value(parse_money, text), exact(amount, code), "{text}");
        }
        // Hundredths of another currency are not the whole amount's.
        assert_eq!(parse_money("38 dollars and 50 pence", lexicon(), 0.1), None);
    }

    #[test]
    fn half_the_last_written_digit() {
        for (amount, value, half) in [
            ("1,380", 1380.0, 5.0),
            ("46,000", 46000.0, 500.0),
            ("4.3", 4.3, 0.05),
            ("1.5 million", 1_500_000.0, 50_000.0),
            ("ten", 10.0, 0.5),
            ("10", 10.0, 0.5),
            ("100,000", 100_000.0, 5_000.0),
            ("-4.5", -4.5, 0.05),
            ("12", 12.0, 0.5),
            ("0", 0.0, 0.5),
            // A fraction in words is known to its parts.
            ("three-quarters", 0.75, 0.125),
            ("a third", 1.0 / 3.0, 0.125),
            ("half", 0.5, 0.125),
            ("a fifth", 0.2, 0.1),
        ] {
            let found = number::half_last_digit(amount, value);
            assert!((found - half).abs() < 1e-9, "{amount}: {found}");
        }
    }

    #[test]
    fn measured_ranges_and_hedges() {
        let grams = |a, b| NumberValue::closed(a, b).with_unit(Some("gram".into()));
        for text in [
            "between 2.0 g and about 7.0 g",
            "between 0.002 kg and about 0.007 kg",
            "2 - ~7 grams",
            "~2-7 grams",
            "from 2 to 7 g",
            "around 2 -7 g",
        ] {
            assert_eq!(unit_value(parse_measure, text), grams(2.0, 7.0), "{text}");
        }
        let less = unit_value(parse_measure, "less than six pounds");
        assert_eq!(
            (less.min, less.max, less.unit.as_deref()),
            (None, Some(6.0), Some("pound"))
        );
        let over = unit_value(parse_measure, "exceeding 2 Cups");
        assert_eq!(
            (over.min, over.max, over.unit.as_deref()),
            (Some(2.0), None, Some("cup"))
        );
    }

    #[test]
    fn counted_nouns_are_units() {
        let plus = unit_value(parse_measure, "10,000+ troops");
        assert_eq!(
            (plus.min, plus.unit.as_deref()),
            (Some(10_000.0), Some("soldier"))
        );
        let odd = unit_value(parse_measure, "100-odd aircraft");
        assert_eq!((odd.min, odd.max), (Some(90.0), Some(110.0)));
        let troops = unit_value(parse_measure, "over 10,000 troops");
        assert_eq!(
            (troops.min, troops.unit.as_deref()),
            (Some(10_000.0), Some("soldier"))
        );
        let leaders = unit_value(parse_measure, "dozens of world leaders");
        assert_eq!((leaders.min, leaders.max), (Some(24.0), Some(100.0)));
        assert_eq!(unit_value(parse_measure, "3m people"), exact(3e6, "person"));
        assert_eq!(parse_measure("12", lexicon(), 0.1), None);
        assert_eq!(parse_measure("5 minutes", lexicon(), 0.1), None);
    }

    #[test]
    fn money_in_currency_codes() {
        for (text, amount, code) in [
            ("$2.3 billion", 2.3e9, "USD"),
            ("2.3bn dollars", 2.3e9, "USD"),
            ("€500m", 5e8, "EUR"),
            ("£1.2 million", 1.2e6, "GBP"),
            ("US$5", 5.0, "USD"),
            ("500 million euros", 5e8, "EUR"),
            ("¥10,000", 10_000.0, "JPY"),
            ("EUR 20", 20.0, "EUR"),
            ("20€", 20.0, "EUR"),
            ("Rs. 20", 20.0, "INR"),
            ("a dollar", 1.0, "USD"),
            ("5 lakh rupees", 500_000.0, "INR"),
            ("US$4.7 billion", 4.7e9, "USD"),
            ("C$300", 300.0, "CAD"),
        ] {
            assert_eq!(unit_value(parse_money, text), exact(amount, code), "{text}");
        }
        let dollars = parse_money("$5", lexicon(), 0.1).unwrap();
        assert_eq!(dollars.notes, ["\"$\" read as USD"]);
        let euros = parse_money("€5", lexicon(), 0.1).unwrap();
        assert!(euros.notes.is_empty());
        assert_eq!(parse_money("5 apples", lexicon(), 0.1), None);
    }

    #[test]
    fn money_ranges_share_currency_and_scale() {
        let usd = |a, b| NumberValue::closed(a, b).with_unit(Some("USD".into()));
        assert_eq!(
            unit_value(parse_money, "between $5m and $10m"),
            usd(5e6, 1e7)
        );
        assert_eq!(unit_value(parse_money, "$5-10 million"), usd(5e6, 1e7));
        assert_eq!(
            unit_value(parse_money, "between 10 and 20 dollars"),
            usd(10.0, 20.0)
        );
        let over = unit_value(parse_money, "more than $1.42");
        assert_eq!((over.min, over.unit.as_deref()), (Some(1.42), Some("USD")));
        let millions = unit_value(parse_money, "millions of dollars");
        assert_eq!(
            (millions.min, millions.unit.as_deref()),
            (Some(2e6), Some("USD"))
        );
    }

    #[test]
    fn a_hedged_multiple_is_read_as_the_hedged_percent() {
        assert_eq!(unit_value(parse_percent, "halved"), exact(50.0, "percent"));
        // "roughly halved" is what "roughly 50 percent" is, so "about 50 percent" meets it.
        assert_eq!(
            unit_value(parse_percent, "roughly halved"),
            unit_value(parse_percent, "roughly 50 percent")
        );
        assert_ne!(
            unit_value(parse_percent, "roughly halved"),
            exact(50.0, "percent")
        );
        let nearly = parse_percent("nearly doubled", lexicon(), 0.1).unwrap();
        assert_eq!(nearly.value.max, Some(100.0));
        assert!(
            nearly.notes[0].contains("nearly 100 percent"),
            "{:?}",
            nearly.notes
        );
        assert!(parse_percent("roughly shrank", lexicon(), 0.1).is_none());
    }

    #[test]
    fn percent_points_and_basis_points_are_kept_apart() {
        for text in ["5%", "5 percent", "five per cent", "5 pct"] {
            assert_eq!(
                unit_value(parse_percent, text),
                exact(5.0, "percent"),
                "{text}"
            );
        }
        assert_eq!(
            unit_value(parse_percent, "25 basis points"),
            exact(0.25, "percentage point")
        );
        assert_eq!(
            unit_value(parse_percent, "25bp"),
            exact(0.25, "percentage point")
        );
        assert_eq!(
            unit_value(parse_percent, "2 percentage points"),
            exact(2.0, "percentage point")
        );
        let points = parse_percent("2 points", lexicon(), 0.1).unwrap();
        assert_eq!(points.value, exact(2.0, "percentage point"));
        assert_eq!(points.notes, ["\"points\" read as percentage point"]);
        assert_eq!(
            unit_value(parse_percent, "5-10%"),
            NumberValue::closed(5.0, 10.0).with_unit(Some("percent".into()))
        );
        assert_eq!(parse_percent("5 grams", lexicon(), 0.1), None);
    }
}
