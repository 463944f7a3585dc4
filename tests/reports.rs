//! Every report format over one shared set of findings: the conflicts story, with a baseline that
//! accepts one discrepancy and has one stale entry. Each format has a snapshot and, because a
//! snapshot can bless a wrong verdict, explicit assertions on the verdicts it shows.

mod common;

use serde_json::Value as Json;

use common::*;
use crosscheck::baseline;
use crosscheck::compare::{Finding, Status};
use crosscheck::report;
use crosscheck::source::Document;
use crosscheck::{fingerprint, CheckReport};

const CONFLICTS: &str = "kim-beijing-parade-conflicts";
const ACCEPTED_REASON: &str = "the wire counts state visits only; our desk checked both counts";
const STALE: &str = "00000000deadbeef";

struct Shared {
    documents: Vec<Document>,
    report: CheckReport,
}

/// The shared findings: the conflicts story (paths relative to the package root), with
/// `visit.count` accepted by a baseline that also holds one stale entry.
fn shared() -> Shared {
    let (documents, mut report) = check_files(&relative_scenario_files(CONFLICTS), None);
    let accepted = fingerprint::of(only(&report, "visit.count", Some("abroad")));
    let text = format!(
        "version: 1\nentries:\n- fingerprint: {accepted}\n  kind: visit.count\n  reason: {ACCEPTED_REASON}\n- fingerprint: '{STALE}'\n  kind: event.date\n  summary: a difference that has gone\n  reason: fixed upstream\n"
    );
    let baseline = baseline::parse("baseline.yaml", &text).expect("the baseline parses");
    baseline::apply(&baseline, &mut report);
    Shared { documents, report }
}

fn ordinal(report: &CheckReport) -> &Finding {
    only(report, "visit.ordinal", Some("Beijing"))
}

/// The part of a document from the line `heading` to the next heading of the same level.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in:\n{text}"));
    let level = heading.split(' ').next().unwrap_or("##");
    let rest = &text[start + heading.len()..];
    let end = rest
        .find(&format!("\n{level} "))
        .map_or(text.len(), |at| start + heading.len() + at);
    &text[start..end]
}

#[test]
fn the_shared_findings_are_what_the_snapshots_show() {
    let shared = shared();
    let report = &shared.report;
    assert_eq!(report.count(Status::Discrepancy), 6);
    assert_eq!(report.count(Status::Agreement), 2);
    assert_eq!(report.count(Status::Unique), 3);
    assert_eq!(report.accepted(), 1);
    assert_eq!(report.open(Status::Discrepancy), 5);
    let accepted = only(report, "visit.count", Some("abroad"));
    assert_eq!(accepted.accepted.as_deref(), Some(ACCEPTED_REASON));
    assert_eq!(ordinal(report).accepted, None);
    let applied = report.baseline.as_ref().unwrap();
    assert_eq!(applied.stale.len(), 1);
    assert_eq!(applied.stale[0].fingerprint, STALE);
    assert_eq!(applied.stale[0].line, 6);
}

#[test]
fn text_report() {
    let shared = shared();
    colored::control::set_override(false);
    let text = report::text::check(&shared.report, &shared.documents, false);
    assert!(
        text.contains("6 discrepancies (1 accepted), 2 agreements, 3 unique claims"),
        "{text}"
    );
    assert!(text.contains(
        "error[discrepancy]: visit.ordinal: Kim Jong Un · Beijing: sources disagree: 5 (b-parade-confirmed.md) vs 4 (c-seoul-wire.md)"
    ));
    assert!(text.contains("accepted[discrepancy]: visit.count (trip): Kim Jong Un · abroad"));
    assert!(text.contains(&format!("accepted by the baseline: {ACCEPTED_REASON}")));
    assert!(text.contains("✓ event.count (aircraft): parade: sources agree"));
    assert!(
        text.contains("baseline.yaml:6: `00000000deadbeef` (a difference that has gone) matches no discrepancy"),
        "{text}"
    );
    insta::assert_snapshot!("text", text);
}

#[test]
fn json_report() {
    let shared = shared();
    let text = report::json::check(&shared.report, &shared.documents);
    let json: Json = serde_json::from_str(&text).unwrap();
    assert_eq!(json["summary"]["discrepancies"], 6);
    assert_eq!(json["summary"]["accepted"], 1);
    assert_eq!(json["summary"]["agreements"], 2);
    assert_eq!(json["summary"]["unique"], 3);
    let findings = json["findings"].as_array().unwrap();
    for (finding, original) in findings.iter().zip(&shared.report.findings) {
        assert_eq!(finding["fingerprint"], fingerprint::of(original));
        assert_eq!(finding["accepted"], original.accepted.is_some());
    }
    let ordinal = findings
        .iter()
        .find(|f| f["kind"] == "visit.ordinal")
        .unwrap();
    assert_eq!(ordinal["status"], "discrepancy");
    assert_eq!(ordinal["accepted"], false);
    assert_eq!(ordinal["accepted_reason"], Json::Null);
    let count = findings
        .iter()
        .find(|f| f["kind"] == "visit.count")
        .unwrap();
    assert_eq!(count["status"], "discrepancy");
    assert_eq!(count["accepted"], true);
    assert_eq!(count["accepted_reason"], ACCEPTED_REASON);
    assert_eq!(json["baseline"]["stale"][0]["fingerprint"], STALE);
    insta::assert_snapshot!("json", text);
}

#[test]
fn markdown_report() {
    let shared = shared();
    let markdown = report::markdown::check(&shared.report, &shared.documents);
    let summary = section(&markdown, "# crosscheck report");
    assert!(summary.contains(
        "| fixtures/kim-beijing-parade-conflicts/c-seoul-wire.md | North Korea's Kim to join Xi, Putin at Beijing victory parade | 2025-08-29 | front matter |"
    ));
    assert!(summary.contains("| **6** | 1 | 2 | 3 |"), "{summary}");

    let discrepancies = section(&markdown, "## Discrepancies (6)");
    assert_eq!(discrepancies.matches("\n### ").count(), 6);
    let ordinal = section(discrepancies, "### 6. visit.ordinal: Kim Jong Un · Beijing");
    assert!(ordinal.contains("sources disagree: 5 (b-parade-confirmed.md) vs 4 (c-seoul-wire.md)"));
    assert!(ordinal.contains(
        "| fixtures/kim-beijing-parade-conflicts/b-parade-confirmed.md:20:20 | “his fifth visit to Beijing” | **5** |"
    ));
    assert!(ordinal.contains(
        "| fixtures/kim-beijing-parade-conflicts/c-seoul-wire.md:14:19 | “Kim's fourth trip to the Chinese capital” | **4** |"
    ));
    assert!(ordinal.contains(
        "- **why:** 5 (b-parade-confirmed.md) and 4 (c-seoul-wire.md) have no value in common"
    ));
    let date = section(discrepancies, "### 2. event.date: parade");
    assert!(
        date.contains("Wednesday read in the future tense"),
        "{date}"
    );
    let accepted = section(
        discrepancies,
        "### 5. visit.count (trip): Kim Jong Un · abroad (accepted)",
    );
    assert!(accepted.contains(&format!(
        "- **accepted by the baseline:** {ACCEPTED_REASON}"
    )));

    let agreements = section(&markdown, "## Agreements (2)");
    assert!(agreements.contains("### event.count (aircraft): parade"));
    assert!(agreements.contains("“Some 100 military aircraft” | **90–110** |"));
    assert!(!agreements.contains("visit.ordinal"));

    let unique = section(&markdown, "## Claims made by one source only (3)");
    assert!(
        unique.contains("“dozens of world leaders” | \\[24, 100) |"),
        "{unique}"
    );
    assert!(!unique.contains("visit.ordinal"));

    let baseline = section(&markdown, "## Baseline");
    assert!(baseline.contains("1 accepted, 1 stale entry"));
    assert!(baseline.contains("`00000000deadbeef`"));
    insta::assert_snapshot!("markdown", markdown);
}
