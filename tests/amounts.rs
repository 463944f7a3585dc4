//! The `money` and `percent` value constructors, through user rules as a rule author writes them:
//! the claims they make, and the verdicts that follow from reading units and conversions right
//! ("25 basis points" and "a quarter of a percentage point" agree; percent and percentage points
//! never compare).

use std::path::Path;

use crosscheck::compare::Status;
use crosscheck::normalize::Settings;
use crosscheck::rules::{RuleOptions, RuleSet};
use crosscheck::source::{Document, Format, LoadOptions};
use crosscheck::value::{NumberValue, Value};

const DEAL_RULE: &str = r#"kind: deal.value
description: What a deal is worth ("a $2.3 billion deal").
patterns:
  - '(?P<amount>{money})\s+(?:deal|takeover|acquisition)'
  - '(?:deal|takeover|acquisition)\s+(?:worth|valued\s+at)\s+(?P<amount>{money})'
value:
  type: money
  capture: amount
examples:
  - text: "The company agreed a $2.3 billion takeover."
    value: "[2,250,000,000, 2,350,000,000) USD"
  - text: "It announced a takeover worth between €5m and €10m."
    value: "5,000,000–10,000,000 EUR"
  - text: "The takeover was signed on Monday."
    matches: false
"#;

// Its own kind: the built-in rate.change rules would take its matches (the longer or first
// match of a kind stands), and the examples of this user rule would find nothing.
const RATE_RULE: &str = r#"kind: rate.move
description: How far a central bank moved its rate ("cut rates by 25 basis points").
patterns:
  - '(?:cut|raised|lowered|hiked|reduced|increased)\s+(?:(?:its|the)\s+)?(?:key\s+)?(?:interest\s+)?rates?\s+by\s+(?P<change>{percent})'
value:
  type: percent
  capture: change
examples:
  - text: "The central bank cut rates by 25 basis points."
    value: "0.25 percentage point"
  - text: "The central bank cut rates on Thursday."
    matches: false
"#;

fn rules(dir: &Path) -> RuleSet {
    std::fs::write(dir.join("deal-value.yaml"), DEAL_RULE).unwrap();
    std::fs::write(dir.join("rate-move.yaml"), RATE_RULE).unwrap();
    RuleSet::load(&RuleOptions {
        directories: vec![dir.to_path_buf()],
        without_builtin: false,
    })
    .expect("the user rules load")
}

fn document(name: &str, text: &str) -> Document {
    let options = LoadOptions {
        published: Some(jiff::civil::date(2025, 9, 18)),
        ..LoadOptions::default()
    };
    Document::parse(name, text.to_string(), Format::Text, &options).unwrap()
}

fn value_of(rules: &RuleSet, kind: &str, text: &str) -> (NumberValue, Vec<String>) {
    let claims = crosscheck::claims_of(&document("a.txt", text), rules, &Settings::default());
    let claim = claims
        .into_iter()
        .find(|c| &*c.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} claim in {text:?}"));
    match claim.value {
        Value::Number(n) => (n, claim.assumptions.iter().map(|a| a.to_string()).collect()),
        other => panic!("{text:?}: {other}"),
    }
}

/// The range a rounded figure stands for, its upper end left out.
fn rounded(min: f64, max: f64) -> NumberValue {
    NumberValue {
        min: Some(min),
        max: Some(max),
        min_inclusive: true,
        max_inclusive: false,
        unit: None,
        figure: None,
    }
}

fn in_unit(n: NumberValue, unit: &str) -> NumberValue {
    n.with_unit(Some(unit.to_string()))
}

#[test]
fn rule_examples_with_money_and_percent_hold() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules(dir.path());
    let failures = crosscheck::examples::run_all(&rules, &Settings::default());
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn money_claims_carry_their_currency() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules(dir.path());
    for (text, expected) in [
        // A decimal with a scale word is stated to the digits written: "$2.3 billion" is
        // "$2.34 billion" rounded. A whole amount is exact.
        (
            "It agreed a $2.3 billion takeover.",
            in_unit(rounded(2.25e9, 2.35e9), "USD"),
        ),
        (
            "A 2.3bn dollars takeover.",
            in_unit(rounded(2.25e9, 2.35e9), "USD"),
        ),
        (
            "It announced a takeover worth £1.2 million.",
            in_unit(rounded(1.15e6, 1.25e6), "GBP"),
        ),
        (
            "It announced a takeover worth £12 million.",
            in_unit(NumberValue::exact(12e6), "GBP"),
        ),
        (
            "It is a ¥10,000 acquisition.",
            in_unit(NumberValue::exact(10_000.0), "JPY"),
        ),
        // A scale word joined by a hyphen, as in a compound adjective, is no range.
        (
            "They sealed a $240-billion takeover.",
            in_unit(NumberValue::exact(240e9), "USD"),
        ),
        (
            "It is a 5-million-euro acquisition.",
            in_unit(NumberValue::exact(5e6), "EUR"),
        ),
        (
            "It announced a takeover worth ₱3.5-billion.",
            in_unit(rounded(3.45e9, 3.55e9), "PHP"),
        ),
        // A range written with a hyphen at the end of the match keeps its upper end.
        (
            "It announced a takeover worth $2-3 million.",
            in_unit(NumberValue::closed(2e6, 3e6), "USD"),
        ),
        (
            "The deal worth more than US$5m.",
            in_unit(
                NumberValue {
                    min: Some(5e6),
                    max: None,
                    min_inclusive: false,
                    max_inclusive: false,
                    unit: None,
                    figure: None,
                },
                "USD",
            ),
        ),
    ] {
        assert_eq!(value_of(&rules, "deal.value", text).0, expected, "{text}");
    }
    let (_, assumptions) = value_of(&rules, "deal.value", "It agreed a $2.3 billion takeover.");
    assert_eq!(
        assumptions,
        [
            "\"$\" read as USD",
            "\"$2.3 billion\" read to the digits written: [2,250,000,000, 2,350,000,000) USD"
        ]
    );
}

#[test]
fn basis_points_are_hundredths_of_a_percentage_point() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules(dir.path());
    let point = |n| in_unit(NumberValue::exact(n), "percentage point");
    let read = |text| value_of(&rules, "rate.move", text).0;
    assert_eq!(read("The Fed cut rates by 25 basis points."), point(0.25));
    assert_eq!(read("The Fed cut rates by 25bp."), point(0.25));
    assert_eq!(
        read("The Fed cut rates by a quarter of a percentage point."),
        point(0.25)
    );
    assert_eq!(read("The Fed raised rates by 2 points."), point(2.0));
    assert_eq!(
        read("The Fed raised rates by five per cent."),
        in_unit(NumberValue::exact(5.0), "percent")
    );
}

#[test]
fn rate_moves_agree_and_disagree_by_value() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules(dir.path());
    let check = |b: &str| {
        let documents = [
            document("a.txt", "The Fed cut rates by 25 basis points."),
            document("b.txt", b),
        ];
        let report = crosscheck::check(&documents, &rules, &Settings::default());
        report
            .findings
            .iter()
            .find(|f| f.kind == "rate.move")
            .map(|f| f.status)
    };
    assert_eq!(
        check("The Fed cut rates by a quarter of a percentage point."),
        Some(Status::Agreement)
    );
    assert_eq!(
        check("The Fed cut rates by half a percentage point."),
        Some(Status::Discrepancy)
    );
}

/// A quarter's figure and the year's are different claims: the sentence's reporting period is
/// a qualifier, as a currency is. A figure whose sentence names no period meets either.
#[test]
fn figures_for_different_reporting_periods_are_not_compared() {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let statuses = |a: &str, b: &str| -> Vec<Status> {
        let documents = [document("a.txt", a), document("b.txt", b)];
        let report = crosscheck::check(&documents, &rules, &Settings::default());
        report
            .findings
            .iter()
            .filter(|f| f.kind == "rate.change")
            .map(|f| f.status)
            .collect()
    };
    // The quarter against the year: two claims, each from one report, no discrepancy.
    assert_eq!(
        statuses(
            "Third-quarter operating profit fell 18% at the carmaker.",
            "Over the full year, operating profit fell 9% at the carmaker.",
        ),
        [Status::Unique, Status::Unique]
    );
    // One quarter written two ways: the reports disagree.
    assert_eq!(
        statuses(
            "Third-quarter operating profit fell 18% at the carmaker.",
            "In the July-September quarter, operating profit fell 12% at the carmaker.",
        ),
        [Status::Discrepancy]
    );
    // No period named: compared as before.
    assert_eq!(
        statuses(
            "Operating profit fell 18% at the carmaker.",
            "Over the full year, operating profit fell 9% at the carmaker.",
        ),
        [Status::Discrepancy]
    );
}
