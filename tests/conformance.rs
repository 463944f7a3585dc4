//! Conformance: the normalizer against Duckling's English corpora (`../shared/eval/duckling/`).
//!
//! Every row is parsed through `crosscheck::normalize::dimension::parse`, the function behind
//! `crosscheck parse`, at the row's reference time, reading tenseless expressions forward as
//! Duckling does (`--tense future`). The longest expression found is compared with Duckling's
//! value. A row passes when:
//!
//! - numeral, ordinal: our value contains Duckling's number (an exact value must equal it; a
//!   vague amount such as "a few", [2, 5], passes when it contains Duckling's 3);
//! - duration: our span, in seconds (a month is 30 days, a year 365, as Duckling counts), equals
//!   Duckling's normalized seconds;
//! - quantity: same unit, and our value contains Duckling's (for intervals: both ends equal, an
//!   open end open); the product ("of sugar") is not compared;
//! - time: same grain, and our start equals Duckling's value (for intervals: our start and end
//!   equal its from and to, both ends);
//! - negative: no expression of the dimension at all.
//!
//! Rows Duckling only produces in latent mode are counted apart and never fail the test. The
//! table is printed; failing phrases are written to `target/tmp/conformance-failures.txt`; the
//! test fails when a rate drops below its floor in `tests/conformance/floors.yaml`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crosscheck::normalize::date::Tense;
use crosscheck::normalize::dimension::{self, Dimension, Expression};
use crosscheck::normalize::Settings;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format, LoadOptions};
use crosscheck::value::{Grain, NumberValue, Value};
use jiff::civil::DateTime;
use serde_json::Value as Json;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/duckling");

struct Row {
    text: String,
    expected: Json,
    reference: DateTime,
    latent: bool,
}

fn load(file: &str) -> Vec<Row> {
    let path = format!("{CORPUS}/{file}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let row: Json = serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}: {e}"));
            Row {
                text: row["text"].as_str().unwrap_or_default().to_string(),
                expected: row["expected"].clone(),
                reference: civil(row["reference_time"].as_str().unwrap_or_default())
                    .unwrap_or_else(|| panic!("{path}: bad reference_time in {line}")),
                latent: row["latent"].as_bool().unwrap_or(false),
            }
        })
        .collect()
}

/// The civil date and time of an ISO timestamp, its offset dropped: "2013-02-12T04:30:00-02:00".
fn civil(timestamp: &str) -> Option<DateTime> {
    let local = timestamp.get(..19)?;
    local.parse().ok()
}

fn parse(row: &Row, dimension: Dimension, rules: &RuleSet) -> Vec<Expression> {
    let options = LoadOptions {
        published: Some(row.reference.date()),
        published_time: Some(row.reference.time()),
    };
    let Ok(document) = Document::parse("row", row.text.clone(), Format::Text, &options) else {
        return Vec::new();
    };
    let settings = Settings {
        unknown_tense: Tense::Future,
        ..Settings::default()
    };
    dimension::parse(&document, dimension, rules, &settings)
}

/// The expression that reads the most of the phrase.
fn best(expressions: &[Expression]) -> Option<&Expression> {
    expressions.iter().max_by_key(|e| e.range.len())
}

fn contains(value: &NumberValue, n: f64) -> bool {
    let above = value
        .min
        .is_none_or(|min| n > min || (value.min_inclusive && (n - min).abs() < 1e-9));
    let below = value
        .max
        .is_none_or(|max| n < max || (value.max_inclusive && (n - max).abs() < 1e-9));
    above && below
}

fn number_passes(found: &Value, expected: &Json) -> bool {
    let (Value::Number(value), Some(n)) = (found, expected["value"].as_f64()) else {
        return false;
    };
    contains(value, n)
}

fn seconds_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3_600.0,
        "day" => 86_400.0,
        "week" => 604_800.0,
        "month" => 2_592_000.0,
        "quarter" => 7_776_000.0,
        "year" => 31_536_000.0,
        _ => return None,
    })
}

fn duration_passes(found: &Value, expected: &Json) -> bool {
    let Value::Number(value) = found else {
        return false;
    };
    let (Some(unit), Some(seconds)) = (
        value.unit.as_deref(),
        expected["normalized"]["value"].as_f64(),
    ) else {
        return false;
    };
    let Some(factor) = seconds_per(unit) else {
        return false;
    };
    value.is_exact()
        && value
            .min
            .is_some_and(|n| (n * factor - seconds).abs() < 0.5)
}

fn quantity_passes(found: &Value, expected: &Json) -> bool {
    let Value::Number(value) = found else {
        return false;
    };
    let same_unit = |end: &Json| end["unit"].as_str() == value.unit.as_deref();
    match expected["type"].as_str() {
        Some("value") => same_unit(expected) && number_passes(found, expected),
        Some("interval") => {
            let end_matches =
                |end: &Json, bound: Option<f64>| match end.get("value").and_then(Json::as_f64) {
                    Some(n) => same_unit(end) && bound.is_some_and(|b| (b - n).abs() < 1e-9),
                    None => bound.is_none(),
                };
            let from = expected.get("from").unwrap_or(&Json::Null);
            let to = expected.get("to").unwrap_or(&Json::Null);
            end_matches(from, value.min) && end_matches(to, value.max)
        }
        _ => false,
    }
}

fn grain(name: &str) -> Option<Grain> {
    Some(match name {
        "second" => Grain::Second,
        "minute" => Grain::Minute,
        "hour" => Grain::Hour,
        "day" => Grain::Day,
        "week" => Grain::Week,
        "month" => Grain::Month,
        "quarter" => Grain::Quarter,
        "year" => Grain::Year,
        _ => return None,
    })
}

fn time_passes(found: &Value, expected: &Json) -> bool {
    let Value::Date(value) = found else {
        return false;
    };
    let point = |end: &Json| -> Option<(DateTime, Grain)> {
        Some((
            civil(end["value"].as_str()?)?,
            grain(end["grain"].as_str()?)?,
        ))
    };
    match expected["type"].as_str() {
        Some("value") => point(expected) == Some((value.start, value.grain)),
        Some("interval") => {
            let from = expected.get("from").and_then(&point);
            let to = expected.get("to").and_then(point);
            let grain_matches = from.or(to).is_some_and(|(_, g)| g == value.grain);
            from.is_some_and(|(t, _)| t == value.start)
                && to.is_some_and(|(t, _)| t == value.end)
                && grain_matches
        }
        _ => false,
    }
}

/// The grain Duckling gives a row, for the day-to-year subset.
fn expected_grain(expected: &Json) -> Option<&str> {
    expected["grain"]
        .as_str()
        .or_else(|| expected["from"]["grain"].as_str())
        .or_else(|| expected["to"]["grain"].as_str())
}

#[derive(Default)]
struct Tally {
    rows: usize,
    passed: usize,
    latent_rows: usize,
    latent_passed: usize,
}

impl Tally {
    fn rate(&self) -> f64 {
        if self.rows == 0 {
            1.0
        } else {
            self.passed as f64 / self.rows as f64
        }
    }
}

fn show(found: Option<&Expression>) -> String {
    match found {
        None => "nothing".into(),
        Some(e) => format!("\"{}\" → {} {:?}", e.text, e.value, json_value(&e.value)),
    }
}

fn json_value(value: &Value) -> String {
    match value {
        Value::Date(d) => format!("[{} .. {}) {:?}", d.start, d.end, d.grain),
        Value::Number(n) => format!("{n:?}"),
        other => other.to_string(),
    }
}

#[test]
fn duckling_conformance() {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = String::new();
    let mut record = |name: &'static str,
                      row: &Row,
                      passed: bool,
                      found: Option<&Expression>,
                      failures: &mut String| {
        let tally = tallies.entry(name).or_default();
        if row.latent {
            tally.latent_rows += 1;
            tally.latent_passed += usize::from(passed);
        } else {
            tally.rows += 1;
            tally.passed += usize::from(passed);
        }
        if !passed {
            let latent = if row.latent { " (latent)" } else { "" };
            let _ = writeln!(
                failures,
                "{name}{latent}\t{:?}\texpected {}\tgot {}",
                row.text,
                row.expected,
                show(found)
            );
        }
    };
    type Passes = fn(&Value, &Json) -> bool;
    let corpora: [(&'static str, &str, Dimension, Passes); 5] = [
        (
            "numeral",
            "duckling_numeral.jsonl",
            Dimension::Number,
            number_passes,
        ),
        (
            "ordinal",
            "duckling_ordinal.jsonl",
            Dimension::Ordinal,
            number_passes,
        ),
        (
            "duration",
            "duckling_duration.jsonl",
            Dimension::Duration,
            duration_passes,
        ),
        (
            "quantity",
            "duckling_quantity.jsonl",
            Dimension::Quantity,
            quantity_passes,
        ),
        ("time", "duckling_time.jsonl", Dimension::Date, time_passes),
    ];
    for (name, file, dimension, passes) in corpora {
        for row in load(file) {
            let expressions = parse(&row, dimension, &rules);
            let found = best(&expressions);
            let passed = found.is_some_and(|e| passes(&e.value, &row.expected));
            record(name, &row, passed, found, &mut failures);
            if dimension == Dimension::Date
                && matches!(
                    expected_grain(&row.expected),
                    Some("day" | "week" | "month" | "quarter" | "year")
                )
            {
                record("time_day_to_year", &row, passed, found, &mut String::new());
            }
        }
    }
    for row in load("duckling_negative.jsonl") {
        let expressions = parse(&row, Dimension::Date, &rules);
        record(
            "negative",
            &row,
            expressions.is_empty(),
            best(&expressions),
            &mut failures,
        );
    }

    let floors: BTreeMap<String, f64> = serde_yaml::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/conformance/floors.yaml"
        ))
        .expect("tests/conformance/floors.yaml exists"),
    )
    .expect("floors.yaml is a map of rates");
    let mut table =
        String::from("dimension          rows  passed  pass rate  floor   latent (passed)\n");
    let mut below = Vec::new();
    for (name, tally) in &tallies {
        let floor = floors.get(*name).copied().unwrap_or(0.0);
        let _ = writeln!(
            table,
            "{name:<17} {:>5}  {:>6}  {:>8.1}%  {:>5.1}%  {} ({})",
            tally.rows,
            tally.passed,
            tally.rate() * 100.0,
            floor * 100.0,
            tally.latent_rows,
            tally.latent_passed
        );
        if tally.rate() + 1e-9 < floor {
            below.push(format!(
                "{name}: {:.1}% is below its floor of {:.1}%",
                tally.rate() * 100.0,
                floor * 100.0
            ));
        }
    }
    let failures_path = format!("{}/conformance-failures.txt", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(&failures_path, &failures).expect("the failures file can be written");
    println!("{table}\nfailing phrases: {failures_path}");
    assert!(below.is_empty(), "{}\n{table}", below.join("\n"));
}
