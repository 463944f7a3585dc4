//! Every report format over one shared set of findings: the conflicts story, with a baseline that
//! accepts one discrepancy and has one stale entry. Each format has a snapshot and, because a
//! snapshot can bless a wrong verdict, explicit assertions on the verdicts it shows.

mod common;

use std::collections::BTreeSet;

use serde_json::Value as Json;

use common::*;
use crosscheck::baseline;
use crosscheck::compare::{Finding, Status};
use crosscheck::report;
use crosscheck::rules::RuleSet;
use crosscheck::source::Document;
use crosscheck::{fingerprint, CheckReport};

const CONFLICTS: &str = "kim-beijing-parade-conflicts";
const ACCEPTED_REASON: &str = "the wire counts state visits only; our desk checked both counts";
const STALE: &str = "00000000deadbeef";

struct Shared {
    documents: Vec<Document>,
    report: CheckReport,
    rules: RuleSet,
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
    Shared {
        documents,
        report,
        rules: RuleSet::builtin().expect("the built-in rules load"),
    }
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
    assert_eq!(report.count(Status::Agreement), 4);
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
        text.contains("6 discrepancies (1 accepted), 4 agreements, 3 unique claims"),
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
    assert_eq!(json["summary"]["agreements"], 4);
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
    assert!(summary.contains("| **6** | 1 | 4 | 3 |"), "{summary}");

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

    let agreements = section(&markdown, "## Agreements (4)");
    assert!(agreements.contains("### event.count (aircraft): parade"));
    // Both reports call China North Korea's largest trading partner: a rank of 1.
    assert!(agreements.contains("### rank.position: North Korea · largest partner"));
    assert!(agreements.contains("“Some 100 military aircraft” | **90–110** |"));
    assert!(!agreements.contains("visit.ordinal"));

    let unique = section(&markdown, "## Claims compared with no other source (3)");
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

/// Validates a SARIF log against the official 2.1.0 schema, formats included.
fn sarif_schema_errors(log: &Json) -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/sarif/sarif-schema-2.1.0.json"
    );
    let schema: Json = serde_json::from_str(
        &std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}")),
    )
    .expect("the schema is JSON");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn sarif_report() {
    let shared = shared();
    let text = report::sarif::check(&shared.report, &shared.documents, &shared.rules);
    let log: Json = serde_json::from_str(&text).unwrap();
    let errors = sarif_schema_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(log["version"], "2.1.0");

    let run = &log["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 6, "one result per discrepancy");
    let discrepancies: Vec<&Finding> = shared
        .report
        .findings
        .iter()
        .filter(|f| f.status == Status::Discrepancy)
        .collect();
    for (result, finding) in results.iter().zip(&discrepancies) {
        assert_eq!(result["level"], "error");
        assert_eq!(
            result["partialFingerprints"]["crosscheck/v1"],
            fingerprint::of(finding)
        );
        assert_eq!(
            result["relatedLocations"].as_array().unwrap().len(),
            finding.claims.len() - 1
        );
        assert_eq!(result["ruleId"], &*finding.claims[0].rule);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            run["tool"]["driver"]["rules"][index]["id"],
            result["ruleId"]
        );
    }

    let ordinal = results
        .iter()
        .find(|r| r["properties"]["kind"] == "visit.ordinal")
        .unwrap();
    let primary = &ordinal["locations"][0];
    assert_eq!(
        primary["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/kim-beijing-parade-conflicts/b-parade-confirmed.md"
    );
    assert_eq!(primary["physicalLocation"]["region"]["startLine"], 20);
    assert_eq!(primary["physicalLocation"]["region"]["startColumn"], 20);
    assert!(primary["message"]["text"]
        .as_str()
        .unwrap()
        .starts_with("b-parade-confirmed.md says 5"));
    let related = &ordinal["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/kim-beijing-parade-conflicts/c-seoul-wire.md"
    );
    assert!(related["message"]["text"]
        .as_str()
        .unwrap()
        .starts_with("c-seoul-wire.md says 4"));
    assert!(ordinal.get("suppressions").is_none());

    let accepted = results
        .iter()
        .find(|r| r["properties"]["kind"] == "visit.count")
        .unwrap();
    assert_eq!(accepted["suppressions"][0]["kind"], "external");
    assert_eq!(accepted["suppressions"][0]["status"], "accepted");
    assert_eq!(
        accepted["suppressions"][0]["justification"],
        ACCEPTED_REASON
    );

    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let visit_ordinal = rules.iter().find(|r| r["id"] == "visit-ordinal").unwrap();
    let rule = shared.rules.rule("visit-ordinal").unwrap();
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        visit_ordinal["shortDescription"]["text"],
        words(&rule.file.description)
    );
    assert_eq!(
        visit_ordinal["fullDescription"]["text"],
        words(rule.file.documentation.as_deref().unwrap())
    );
    assert_eq!(visit_ordinal["help"], visit_ordinal["fullDescription"]);
    let used: BTreeSet<&str> = discrepancies
        .iter()
        .flat_map(|f| &f.claims)
        .map(|c| &*c.rule)
        .collect();
    let described: BTreeSet<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(used, described, "exactly the rules behind the results");

    let notification = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert!(notification["message"]["text"]
        .as_str()
        .unwrap()
        .contains("`00000000deadbeef` matches no discrepancy"));
    insta::assert_snapshot!("sarif", text);
}

#[test]
fn the_schema_check_catches_an_invalid_log() {
    // Without this, a validator that accepts everything would pass the test above.
    let shared = shared();
    let text = report::sarif::check(&shared.report, &shared.documents, &shared.rules);
    let mut log: Json = serde_json::from_str(&text).unwrap();
    log["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    log["runs"][0]["results"][1]["level"] = "fatal".into();
    assert_eq!(sarif_schema_errors(&log).len(), 2, "{log}");
}

#[test]
fn html_report() {
    let shared = shared();
    let html = report::html::check(&shared.report, &shared.documents);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script") && !html.contains("src=") && !html.contains("http://"));
    let discrepancies = section(&html, "<section id=\"discrepancies\">");
    assert_eq!(
        discrepancies
            .matches("class=\"finding discrepancy\"")
            .count(),
        5
    );
    assert_eq!(
        discrepancies
            .matches("class=\"finding discrepancy accepted\"")
            .count(),
        1
    );
    assert!(discrepancies.contains("Accepted by the baseline: the wire counts state visits only"));
    // Every quote listed at the top links to a highlight in a source pane, and back.
    let links: Vec<&str> = html
        .match_indices("href=\"#claim-")
        .map(|(at, _)| {
            let id = &html[at + 7..];
            &id[..id.find('"').unwrap()]
        })
        .collect();
    assert!(links.len() >= 18, "{}", links.len());
    for id in &links {
        assert_eq!(html.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
    }
    // Every claim is highlighted in its source pane, coloured by its finding's verdict.
    for (f, finding) in shared.report.findings.iter().enumerate() {
        let class = match (finding.status, &finding.accepted) {
            (Status::Discrepancy, None) => "claim discrepancy",
            (Status::Discrepancy, Some(_)) => "claim discrepancy accepted",
            (Status::Agreement, _) => "claim agreement",
            (Status::Unique, _) => "claim unique",
        };
        for c in 0..finding.claims.len() {
            let mark = format!("<mark id=\"claim-{f}-{c}\" class=\"{class}\"");
            assert_eq!(html.matches(&mark).count(), 1, "{mark}");
        }
    }
    // Spot checks, in the words of the sources.
    for (quote, class) in [
        ("his fifth ", "claim discrepancy"),
        (
            "Kim&#39;s fourth trip to the Chinese capital",
            "claim discrepancy",
        ),
        ("only 11 visits abroad", "claim discrepancy accepted"),
        ("Some 100 military aircraft", "claim agreement"),
        ("dozens of world leaders", "claim unique"),
    ] {
        let at = html
            .find(&format!("\">{quote}"))
            .unwrap_or_else(|| panic!("no highlight of {quote:?}"));
        let open = html[..at].rfind("<mark").unwrap();
        assert!(
            html[open..at].contains(&format!("class=\"{class}\"")),
            "{quote}: {}",
            &html[open..at]
        );
    }
    // The anniversary claim lies inside the date claim in b-parade-confirmed.md: both drawn.
    let date = html
        .find("This source says 2025-09-03.\">The event, which celebrates the <mark")
        .expect("the date highlight holds the anniversary highlight");
    assert!(html[date..].starts_with("This source says 2025-09-03.\">The event"));
    assert!(html.contains("00000000deadbeef"));
    insta::assert_snapshot!("html", html);
}

/// A copy of the conflicts story in a temporary directory, with `edit` applied to each file.
fn edited_copy(edit: impl Fn(&str, &str) -> String) -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for path in scenario_files(CONFLICTS) {
        let name = std::path::Path::new(&path).file_name().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let copy = dir.path().join(&name);
        std::fs::write(&copy, edit(name.to_str().unwrap(), &text)).unwrap();
        files.push(copy.display().to_string());
    }
    (dir, files)
}

/// (kind, fingerprint, start line of the first location) of each SARIF result.
fn sarif_results(files: &[String]) -> Vec<(String, String, u64)> {
    let (documents, report) = check_files(files, None);
    let rules = RuleSet::builtin().unwrap();
    let log: Json =
        serde_json::from_str(&report::sarif::check(&report, &documents, &rules)).unwrap();
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["properties"]["kind"].as_str().unwrap().to_string(),
                r["partialFingerprints"]["crosscheck/v1"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap(),
            )
        })
        .collect()
}

/// Inserts paragraphs at the top of the body, just after the front matter.
fn insert_at_top(text: &str) -> String {
    let body = text[3..].find("\n---\n").map_or(0, |at| at + 3 + 5);
    format!(
        "{}Editor's note: this article has been updated.\n\nIt was first filed from the wire.\n\n{}",
        &text[..body],
        &text[body..]
    )
}

#[test]
fn fingerprints_survive_lines_inserted_above_the_claims() {
    let (_original_dir, original) = edited_copy(|_, text| text.to_string());
    let (_edited_dir, edited) = edited_copy(|_, text| insert_at_top(text));
    let before = sarif_results(&original);
    let after = sarif_results(&edited);
    assert_eq!(before.len(), 6);
    assert_eq!(after.len(), before.len());
    for ((kind, fingerprint, line), (kind_after, fingerprint_after, line_after)) in
        before.iter().zip(&after)
    {
        assert_eq!(kind, kind_after);
        assert_eq!(line + 4, *line_after, "{kind}: the claims moved down");
        assert_eq!(
            fingerprint, fingerprint_after,
            "{kind}: the fingerprint stayed"
        );
    }
}

#[test]
fn fingerprints_change_when_a_value_changes() {
    let (_original_dir, original) = edited_copy(|_, text| text.to_string());
    let (_edited_dir, edited) = edited_copy(|name, text| {
        if name == "c-seoul-wire.md" {
            text.replace("Kim's fourth trip", "Kim's third trip")
        } else {
            text.to_string()
        }
    });
    let before = sarif_results(&original);
    let after = sarif_results(&edited);
    assert_eq!(after.len(), before.len());
    for ((kind, fingerprint, _), (_, fingerprint_after, _)) in before.iter().zip(&after) {
        if kind == "visit.ordinal" {
            assert_ne!(
                fingerprint, fingerprint_after,
                "4 became 3: another discrepancy"
            );
        } else {
            assert_eq!(fingerprint, fingerprint_after, "{kind}");
        }
    }
    let fingerprints: BTreeSet<&String> = before.iter().map(|(_, f, _)| f).collect();
    assert_eq!(
        fingerprints.len(),
        6,
        "each discrepancy has its own fingerprint"
    );
}
