//! Helpers shared by the integration tests: run the library on fixtures and find findings.

#![allow(dead_code)]

use crosscheck::compare::{Finding, Status};
use crosscheck::normalize::Settings;
use crosscheck::rules::RuleSet;
use crosscheck::source::{self, Document, LoadOptions};
use crosscheck::CheckReport;

/// The fixtures directory.
pub fn fixture(path: &str) -> String {
    format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// Every file of a scenario, sorted.
pub fn scenario_files(scenario: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(fixture(scenario))
        .expect("the scenario directory exists")
        .filter_map(Result::ok)
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".md") || p.ends_with(".txt"))
        .collect();
    files.sort();
    files
}

/// The built-in rules, compiled once for all the tests of a binary.
pub fn builtin_rules() -> &'static RuleSet {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().expect("the built-in rules load"))
}

/// Loads the files and checks them with the built-in rules.
pub fn check_files(
    files: &[String],
    published: Option<jiff::civil::Date>,
) -> (Vec<Document>, CheckReport) {
    let rules = builtin_rules();
    let options = LoadOptions {
        published,
        ..LoadOptions::default()
    };
    let documents: Vec<Document> = files
        .iter()
        .map(|f| source::load_path(f, &options).expect("the fixture loads"))
        .collect();
    let report = crosscheck::check(&documents, rules, &Settings::default());
    (documents, report)
}

/// The findings of a kind, optionally about a word: those whose subject, object or unit is that
/// word exactly, or else those where one contains it.
pub fn findings<'a>(report: &'a CheckReport, kind: &str, about: Option<&str>) -> Vec<&'a Finding> {
    let of_kind = report.findings.iter().filter(|f| f.kind == kind);
    let Some(word) = about else {
        return of_kind.collect();
    };
    let names = |f: &'a Finding| {
        [
            f.subject.as_deref(),
            f.object.as_deref(),
            f.qualifiers.get("unit").map(String::as_str),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<&str>>()
    };
    let exact: Vec<&Finding> = of_kind
        .clone()
        .filter(|f| names(f).contains(&word))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    of_kind
        .filter(|f| names(f).iter().any(|n| n.contains(word)))
        .collect()
}

/// The findings of a kind whose object is exactly `object`.
pub fn with_object<'a>(report: &'a CheckReport, kind: &str, object: &str) -> Vec<&'a Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.kind == kind && f.object.as_deref() == Some(object))
        .collect()
}

/// The one finding of a kind (and about a word); fails the test if there is not exactly one.
pub fn only<'a>(report: &'a CheckReport, kind: &str, about: Option<&str>) -> &'a Finding {
    let found = findings(report, kind, about);
    assert_eq!(
        found.len(),
        1,
        "expected one {kind} finding about {about:?}, found {}: {:#?}",
        found.len(),
        found
            .iter()
            .map(|f| (&f.summary, &f.subject, &f.object))
            .collect::<Vec<_>>()
    );
    found[0]
}

/// The displayed values of a finding's claims, by source file name.
pub fn values(finding: &Finding) -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = finding
        .claims
        .iter()
        .map(|c| {
            (
                crosscheck::compare::short(&c.evidence.source),
                c.display.to_string(),
            )
        })
        .collect();
    values.sort();
    values.dedup();
    values
}

/// The distinct source files of a finding.
pub fn sources(finding: &Finding) -> Vec<String> {
    let mut sources: Vec<String> = finding
        .claims
        .iter()
        .map(|c| crosscheck::compare::short(&c.evidence.source))
        .collect();
    sources.sort();
    sources.dedup();
    sources
}

pub fn assert_status(finding: &Finding, status: Status) {
    assert_eq!(
        finding.status, status,
        "{} {:?}/{:?}: {} ({})",
        finding.kind, finding.subject, finding.object, finding.summary, finding.reason
    );
}

/// Asserts that the report finds no discrepancy at all.
pub fn assert_no_discrepancy(report: &CheckReport) {
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.status != Status::Discrepancy),
        "{:#?}",
        report.findings
    );
}

/// Asserts that some claim of the finding quotes each fragment.
pub fn assert_quotes(finding: &Finding, fragments: &[&str]) {
    let quotes: Vec<&str> = finding.claims.iter().map(|c| &*c.evidence.text).collect();
    for fragment in fragments {
        assert!(
            quotes.iter().any(|q| q.contains(fragment)),
            "no quote holds {fragment:?}: {quotes:?}"
        );
    }
}

/// Whether some claim of the finding quotes `fragment`.
pub fn quotes(finding: &Finding, fragment: &str) -> bool {
    finding
        .claims
        .iter()
        .any(|c| c.evidence.text.contains(fragment))
}

/// Asserts that no claim of the finding quotes `fragment`: a figure kept apart from it.
pub fn assert_not_quoted(finding: &Finding, fragment: &str) {
    assert!(
        !quotes(finding, fragment),
        "{fragment:?} was quoted: {finding:#?}"
    );
}

/// Every file of a scenario as a path relative to the package root (where cargo runs the tests),
/// so that reports naming them are the same on every machine.
pub fn relative_scenario_files(scenario: &str) -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    scenario_files(scenario)
        .into_iter()
        .map(|path| {
            path.strip_prefix(root)
                .map(|p| p.trim_start_matches('/').to_string())
                .unwrap_or(path)
        })
        .collect()
}
