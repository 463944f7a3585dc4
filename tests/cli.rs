//! The command line's promises: exit codes, formats, options and errors, one test each.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value as Json;

use common::scenario_files;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary builds");
    cmd.env_remove("NO_COLOR");
    cmd
}

fn seeds() -> Vec<String> {
    scenario_files("kim-beijing-parade")
}

fn conflicts() -> Vec<String> {
    scenario_files("kim-beijing-parade-conflicts")
}

/// Runs `command`, checks its exit code, and reads the JSON it prints.
fn json_output(command: &mut Command, code: i32) -> Json {
    let output = command.output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(code),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn consistent_reports_exit_0() {
    crosscheck()
        .arg("check")
        .args(seeds())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 discrepancies"))
        .stdout(predicate::str::contains("Agreements"));
}

#[test]
fn discrepancies_exit_1_and_quote_both_sides() {
    let output = crosscheck()
        .arg("check")
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("sources disagree: 5 ("), "{stdout}");
    assert!(stdout.contains("fifth visit to Beijing"), "{stdout}");
    assert!(
        stdout.contains("fourth trip to the Chinese capital"),
        "{stdout}"
    );
    assert!(stdout.contains("c-seoul-wire.md:"), "{stdout}");
}

#[test]
fn fail_on_never_turns_1_into_0() {
    crosscheck()
        .args(["check", "--fail-on", "never"])
        .args(conflicts())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("discrepanc"));
}

#[test]
fn json_report_follows_the_contract() {
    let output = crosscheck()
        .args(["check", "--format", "json"])
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: Json = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(report["version"], 1);
    let summary = &report["summary"];
    assert_eq!(summary["sources"], 3);
    for key in ["claims", "agreements", "discrepancies", "unique"] {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources[0]["published"], "2025-08-28");
    assert_eq!(sources[0]["published_from"], "front matter");
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(
        findings
            .iter()
            .filter(|f| f["status"] == "discrepancy")
            .count() as u64,
        summary["discrepancies"].as_u64().unwrap()
    );
    for finding in findings {
        assert!(
            ["agreement", "discrepancy", "unique"].contains(&finding["status"].as_str().unwrap())
        );
        for key in ["kind", "summary", "claims"] {
            assert!(!finding[key].is_null(), "finding.{key}");
        }
        for claim in finding["claims"].as_array().unwrap() {
            let path = claim["source"].as_str().unwrap();
            let file = std::fs::read_to_string(path).unwrap();
            let span = &claim["span"];
            let (start, end) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &file[start..end],
                claim["text"].as_str().unwrap(),
                "span of {claim}"
            );
            let line = span["line"].as_u64().unwrap() as usize;
            let column = span["column"].as_u64().unwrap() as usize;
            let line_text = file.lines().nth(line - 1).unwrap();
            let from_column: String = line_text.chars().skip(column - 1).collect();
            assert!(
                from_column.starts_with(claim["text"].as_str().unwrap().lines().next().unwrap())
            );
            assert!(
                claim["rule"].is_string()
                    && claim["assumptions"].is_array()
                    && claim["display"].is_string()
            );
            let value = &claim["value"];
            match value["type"].as_str().unwrap() {
                "number" => {
                    for key in ["min", "max", "min_inclusive", "max_inclusive", "unit"] {
                        assert!(value.get(key).is_some(), "number.{key} in {value}");
                    }
                }
                "date" => {
                    for key in ["start", "end", "grain"] {
                        assert!(value[key].is_string(), "date.{key} in {value}");
                    }
                }
                other => panic!("unexpected value type {other}"),
            }
        }
    }
    let ordinal = findings
        .iter()
        .find(|f| f["kind"] == "visit.ordinal")
        .expect("a visit.ordinal finding");
    assert_eq!(ordinal["status"], "discrepancy");
    assert_eq!(ordinal["object"], "Beijing");
    let five = ordinal["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["display"] == "5")
        .unwrap();
    assert_eq!(
        five["value"],
        serde_json::json!({"type": "number", "min": 5, "max": 5, "min_inclusive": true, "max_inclusive": true, "unit": null})
    );
}

#[test]
fn extract_lists_claims_in_text_and_json() {
    let seed = &seeds()[1];
    crosscheck()
        .args(["extract", seed])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("visit.ordinal"))
        .stdout(predicate::str::contains("fifth visit to Beijing"));
    let output = crosscheck()
        .args(["extract", "--format", "json", seed])
        .output()
        .unwrap();
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    let claims = report["sources"][0]["claims"].as_array().unwrap();
    assert!(claims
        .iter()
        .any(|c| c["kind"] == "visit.ordinal" && c["display"] == "5"));
}

#[test]
fn raw_text_uses_its_dateline_and_falls_back_to_published() {
    let seeds = ["000_b40c0a264fe53d11.txt", "001_a400fd236715326c.txt"]
        .map(|f| format!("{}/../shared/seeds/{f}", env!("CARGO_MANIFEST_DIR")));
    let report = json_output(
        crosscheck()
            .args(["check", "--format", "json", "--published", "2025-09-04"])
            .args(&seeds),
        0,
    );
    assert_eq!(report["sources"][0]["published"], "2025-08-28");
    assert_eq!(report["sources"][0]["published_from"], "dateline");
    assert_eq!(report["sources"][1]["published"], "2025-09-04");
    assert_eq!(report["sources"][1]["published_from"], "--published");
}

#[test]
fn a_wire_placeline_dates_its_report_and_its_relative_days() {
    let dir = tempfile::tempdir().unwrap();
    let dated = dir.path().join("a.md");
    let undated = dir.path().join("b.md");
    std::fs::write(
        &dated,
        "# Ferry strike\n\nPublished 11 March 2025\n\nThe ferry crews walked out on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        &undated,
        "# Ferry crews strike\n\nBERGEN, Norway, March 11 (Coastal Wire) — The crews walked out on Monday.\n",
    )
    .unwrap();
    let report = json_output(
        crosscheck()
            .args(["check", "--format", "json"])
            .arg(&dated)
            .arg(&undated),
        1,
    );
    let source = &report["sources"][1];
    assert_eq!(source["published"], "2025-03-11");
    assert_eq!(source["published_from"], "dateline");
    assert_eq!(source["published_year_from"], dated.display().to_string());
    assert_eq!(report["sources"][0]["published_year_from"], Json::Null);
    // Tuesday (2025-03-11) against Monday (2025-03-10): a conflict only a dated report shows.
    let date = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "event.date")
        .expect("the strike's day is compared");
    assert_eq!(date["status"], "discrepancy", "{date}");
    let values: Vec<&str> = date["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display"].as_str().unwrap())
        .collect();
    assert!(values.contains(&"2025-03-10"), "{values:?}");
    // The placeline is no part of the quote.
    assert!(date["claims"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| !c["text"].as_str().unwrap().contains("Coastal Wire")));
}

#[test]
fn a_user_pattern_ending_on_an_accented_letter_is_read_whole_not_a_panic() {
    // On the text the fast engine reads, "Ç" is two ASCII letters; a class at the edge of the
    // match took one of them, and slicing the text there panicked.
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(
        rules.join("edge.yaml"),
        "kind: edge.test\ndescription: A count before a letter.\nkeywords: ['count']\npatterns:\n  - 'count\\s+(?P<n>\\d+)\\p{White_Space}+\\w'\nvalue:\n  type: count\n  capture: n\nexamples:\n  - text: \"The count 5 x was made.\"\n    value: \"5\"\n  - text: \"Nothing here.\"\n    matches: false\n",
    )
    .unwrap();
    let report = dir.path().join("a.md");
    std::fs::write(&report, "# T\n\nThe count 5 Ça was made.\n").unwrap();
    let json = json_output(
        crosscheck()
            .args([
                "extract",
                "--format",
                "json",
                "--no-builtin-rules",
                "--rules",
            ])
            .arg(&rules)
            .arg(&report),
        0,
    );
    let claims = json["sources"][0]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0]["text"], "count 5 Ç");
}

#[test]
fn missing_file_exits_2_naming_it() {
    crosscheck()
        .args(["check", "no/such/report.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/report.md"));
}

#[test]
fn bad_published_date_exits_2() {
    crosscheck()
        .args(["check", "--published", "tomorrow-ish"])
        .args(seeds())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--published `tomorrow-ish` is not a date",
        ));
}

#[test]
fn bad_front_matter_exits_2_with_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.md");
    std::fs::write(&path, "---\ntitle: x\npublished: [unclosed\n---\nText.\n").unwrap();
    crosscheck()
        .args(["check", path.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.md:").and(predicate::str::contains("front matter")));
}

#[test]
fn user_rules_add_claims_and_broken_rules_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("drone-count.yaml"),
        "kind: event.drones\ndescription: drones shown\npatterns:\n  - '(?P<n>{quantity}) unmanned craft'\nsubject:\n  type: event\nvalue:\n  type: count\n  capture: n\nexamples:\n  - text: The parade showed 40 unmanned craft.\n    value: \"40\"\n",
    )
    .unwrap();
    let report = dir.path().join("r.md");
    std::fs::write(
        &report,
        "---\npublished: 2025-08-28\n---\nThe parade showed about 40 unmanned craft.\n",
    )
    .unwrap();
    crosscheck()
        .args([
            "extract",
            "--rules",
            dir.path().to_str().unwrap(),
            report.to_str().unwrap(),
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("event.drones").and(predicate::str::contains("36–44")));

    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join("bad.yaml"), "kind: x\ndescription: y\npatterns:\n  - '(?P<n>[0-9'\nvalue:\n  type: count\n  capture: n\nexamples: []\n").unwrap();
    crosscheck()
        .args([
            "check",
            "--rules",
            broken.path().to_str().unwrap(),
            report.to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("bad.yaml:4:")
                .and(predicate::str::contains("does not compile")),
        );
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let escape = predicate::str::contains("\u{1b}[");
    crosscheck()
        .args(["check", "--color", "always"])
        .args(seeds())
        .assert()
        .stdout(escape.clone());
    crosscheck()
        .args(["check", "--color", "never"])
        .args(seeds())
        .assert()
        .stdout(escape.clone().not());
    crosscheck()
        .args(["check"])
        .args(seeds())
        .env("NO_COLOR", "1")
        .assert()
        .stdout(escape.not());
}

#[test]
fn stdin_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    crosscheck()
        .args([
            "extract",
            "--format",
            "json",
            "--published",
            "2025-08-28",
            "--output",
            out.to_str().unwrap(),
            "-",
        ])
        .write_stdin("Kim Jong Un will make his fifth visit to Beijing on Wednesday.")
        .assert()
        .code(0)
        .stdout("");
    let report: Json = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(report["sources"][0]["path"], "-");
    assert!(report["sources"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["display"] == "5"));
}

#[test]
fn relative_claims_without_a_date_are_unresolved_not_guessed() {
    let output = crosscheck()
        .args(["extract", "--format", "json", "-"])
        .write_stdin("The summit will take place on Wednesday.")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["sources"][0]["published_from"], "none");
    let claim = &report["sources"][0]["claims"][0];
    assert_eq!(claim["value"]["type"], "unresolved");
    assert!(
        claim["value"]["reason"]
            .as_str()
            .unwrap()
            .contains("--published"),
        "{claim}"
    );
}

/// `crosscheck parse --dimension date --format json` on `text` published 2025-08-28.
fn parse_dates(text: &str) -> Json {
    let output = crosscheck()
        .args([
            "parse",
            "--dimension",
            "date",
            "--format",
            "json",
            "--published",
            "2025-08-28",
            "-",
        ])
        .write_stdin(text.to_string())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn parse_lists_expressions_of_one_dimension() {
    let report = parse_dates("The parade is on Wednesday, not on 4 September 2025.");
    let expressions = report["expressions"].as_array().unwrap();
    let texts: Vec<&str> = expressions
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["Wednesday", "4 September 2025"]);
    assert_eq!(expressions[1]["value"]["start"], "2025-09-04");
    assert_eq!(expressions[1]["span"]["column"], 36);
    assert!(expressions[0]["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a.as_str().unwrap().contains("Wednesday")));
    crosscheck()
        .args(["parse", "--dimension", "ordinal", "-"])
        .write_stdin("his fifth visit")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"fifth\" → 5"));
}

#[test]
fn parse_finds_relative_periods_in_running_text() {
    let report = parse_dates(
        "Talks stalled all week. The league expects a better following season, \
         and the strike will last the rest of the month.",
    );
    let found: Vec<(&str, &str)> = report["expressions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["text"].as_str().unwrap(),
                e["value"]["start"].as_str().unwrap(),
            )
        })
        .collect();
    let texts: Vec<&str> = found.iter().map(|(text, _)| *text).collect();
    assert_eq!(texts, ["all week", "following season", "rest of the month"]);
    assert_eq!(found[0].1, "2025-08-25");
    // The autumn after the publication date, whichever day of the equinox it is counted from.
    assert!(found[1].1.starts_with("2025-09-2"), "{found:?}");
    assert_eq!(found[2].1, "2025-08-28");
}

#[test]
fn markdown_format_for_people_and_pull_requests() {
    let output = crosscheck()
        .args(["check", "--format", "markdown"])
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("# crosscheck report\n"), "{stdout}");
    assert!(stdout.contains("## Discrepancies (6)"), "{stdout}");
    assert!(
        stdout.contains("b-parade-confirmed.md:20:20 | “his fifth visit to Beijing” | **5** |"),
        "{stdout}"
    );
}

#[test]
fn sarif_format_for_code_scanning() {
    let output = crosscheck()
        .args(["check", "--format", "sarif"])
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let log: Json = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["tool"]["driver"]["name"], "crosscheck");
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 6);
}

#[test]
fn html_format_is_one_page() {
    let output = crosscheck()
        .args(["check", "--format", "html"])
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("<!DOCTYPE html>"));
    assert!(stdout.contains("<section id=\"discrepancies\">"));
    assert!(stdout.contains("<mark id=\"claim-"));
}

#[test]
fn report_formats_are_for_check_only() {
    crosscheck()
        .args(["extract", "--format", "markdown"])
        .args(seeds())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`--format markdown` is for `crosscheck check`",
        ));
}

#[derive(serde::Deserialize)]
struct BaselineFile {
    version: u32,
    entries: Vec<BaselineEntry>,
}

#[derive(serde::Deserialize)]
struct BaselineEntry {
    fingerprint: String,
    kind: String,
    summary: String,
    reason: String,
}

fn write_baseline(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("baseline.yaml");
    crosscheck()
        .args(["baseline", "--output", path.to_str().unwrap()])
        .args(conflicts())
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("6 discrepancies accepted in"));
    path
}

#[test]
fn baseline_writes_every_discrepancy_with_a_reason_to_fill_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_baseline(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let file: BaselineFile = serde_yaml::from_str(&text).unwrap();
    assert_eq!(file.version, 1);
    assert_eq!(file.entries.len(), 6);
    for entry in &file.entries {
        assert_eq!(entry.fingerprint.len(), 16);
        assert_eq!(entry.reason, "TODO: say why this difference is accepted");
    }
    let ordinal = file
        .entries
        .iter()
        .find(|e| e.kind == "visit.ordinal")
        .unwrap();
    assert_eq!(
        ordinal.summary,
        "sources disagree: 5 (b-parade-confirmed.md) vs 4 (c-seoul-wire.md)"
    );
    // The fingerprints are the ones the JSON report gives.
    let output = crosscheck()
        .args(["check", "--format", "json"])
        .args(conflicts())
        .output()
        .unwrap();
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    let json_ordinal = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "visit.ordinal")
        .unwrap();
    assert_eq!(json_ordinal["fingerprint"], ordinal.fingerprint.as_str());
}

#[test]
fn accepted_discrepancies_are_shown_but_do_not_fail_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_baseline(dir.path());
    let baseline = path.to_str().unwrap();
    crosscheck()
        .args(["check", "--baseline", baseline])
        .args(conflicts())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("6 discrepancies (6 accepted)"))
        .stdout(predicate::str::contains(
            "accepted[discrepancy]: visit.ordinal: Kim Jong Un · Beijing",
        ))
        .stderr("");
    let output = crosscheck()
        .args(["check", "--format", "json", "--baseline", baseline])
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["summary"]["discrepancies"], 6);
    assert_eq!(report["summary"]["accepted"], 6);
    for finding in report["findings"].as_array().unwrap() {
        let discrepancy = finding["status"] == "discrepancy";
        assert_eq!(finding["accepted"], discrepancy, "{finding}");
        if discrepancy {
            assert_eq!(
                finding["accepted_reason"],
                "TODO: say why this difference is accepted"
            );
        }
    }
}

#[test]
fn a_discrepancy_missing_from_the_baseline_fails_and_stale_entries_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_baseline(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let file: BaselineFile = serde_yaml::from_str(&text).unwrap();
    let mut yaml = String::from("version: 1\nentries:\n");
    for entry in file.entries.iter().filter(|e| e.kind != "visit.ordinal") {
        yaml.push_str(&format!(
            "- fingerprint: '{}'\n  reason: checked by the desk\n",
            entry.fingerprint
        ));
    }
    yaml.push_str("- fingerprint: 0123456789abcdef\n  kind: event.date\n  reason: fixed since\n");
    std::fs::write(&path, &yaml).unwrap();
    let baseline = path.to_str().unwrap();
    let stale_line = yaml.lines().count() - 2;
    crosscheck()
        .args(["check", "--baseline", baseline])
        .args(conflicts())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("6 discrepancies (5 accepted)"))
        .stdout(predicate::str::contains(
            "error[discrepancy]: visit.ordinal: Kim Jong Un · Beijing",
        ))
        .stdout(predicate::str::contains("1 stale entry"))
        .stderr(predicate::str::contains(format!(
            "warning: {baseline}:{stale_line}: the baseline entry `0123456789abcdef` (event.date) matches no discrepancy any more"
        )));
    for (format, accepted, stale) in [
        ("markdown", "(accepted)", "**stale** (line"),
        ("sarif", "\"status\": \"accepted\"", "0123456789abcdef"),
        (
            "html",
            "<span class=\"badge\">accepted</span>",
            "0123456789abcdef",
        ),
    ] {
        let output = crosscheck()
            .args(["check", "--format", format, "--baseline", baseline])
            .args(conflicts())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{format}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(stdout.matches(accepted).count(), 5, "{format}: {stdout}");
        assert!(stdout.contains(stale), "{format}: {stdout}");
    }
}

#[test]
fn writing_a_baseline_again_keeps_the_reasons_given() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_baseline(dir.path());
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "TODO: say why this difference is accepted",
        "the desk checked this one",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let output = crosscheck()
        .args(["baseline", "--baseline", path.to_str().unwrap()])
        .args(conflicts())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let file: BaselineFile = serde_yaml::from_slice(&output.stdout).unwrap();
    let reasons: Vec<&str> = file.entries.iter().map(|e| e.reason.as_str()).collect();
    assert_eq!(reasons[0], "the desk checked this one");
    assert!(reasons[1..]
        .iter()
        .all(|r| *r == "TODO: say why this difference is accepted"));
}

#[test]
fn a_malformed_baseline_exits_2_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("baseline.yaml");
    std::fs::write(
        &path,
        "version: 1\nentries:\n  - fingerprint: 0123456789abcdef\n    reason: fine\n  - fingerprint: not-a-fingerprint\n    reason: broken\n",
    )
    .unwrap();
    crosscheck()
        .args(["check", "--baseline", path.to_str().unwrap()])
        .args(conflicts())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "{}:5:18: `not-a-fingerprint` is not a fingerprint",
            path.display()
        )));
    std::fs::write(&path, "version: 1\nentries:\n  - fingerprint: [\n").unwrap();
    crosscheck()
        .args(["check", "--baseline", path.to_str().unwrap()])
        .args(conflicts())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:", path.display())))
        .stderr(predicate::str::contains("invalid baseline"));
}

#[test]
fn a_failed_run_leaves_the_output_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    std::fs::write(&out, "the last good report\n").unwrap();
    let mut files = conflicts();
    files.push("no/such/report.md".to_string());
    crosscheck()
        .args([
            "check",
            "--format",
            "markdown",
            "--output",
            out.to_str().unwrap(),
        ])
        .args(&files)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/report.md"));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "the last good report\n"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file is left behind");
}

/// Twenty short reports: enough for a progress bar.
fn many_sources(dir: &std::path::Path) -> Vec<String> {
    (0..20)
        .map(|i| {
            let path = dir.join(format!("report-{i:02}.md"));
            std::fs::write(
                &path,
                format!(
                    "---\npublished: 2025-08-28\n---\nKim Jong Un will make his {} visit to Beijing.\n",
                    ["fifth", "fourth"][i % 2]
                ),
            )
            .unwrap();
            path.display().to_string()
        })
        .collect()
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let files = many_sources(dir.path());
    let out = dir.path().join("report.txt");
    crosscheck()
        .env_remove("CI")
        .args(["check", "--output", out.to_str().unwrap()])
        .args(&files)
        .assert()
        .code(1)
        .stdout("")
        .stderr("");
}

#[test]
fn progress_bar_on_a_terminal_but_never_in_ci() {
    // `script` (util-linux) runs the command on a pseudo-terminal and copies what it shows.
    let script = std::path::Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipped: /usr/bin/script is not installed; it gives the command a terminal");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let files = many_sources(dir.path());
    let out = dir.path().join("report.txt");
    let command = format!(
        "'{}' check --fail-on never --output '{}' {}",
        env!("CARGO_BIN_EXE_crosscheck"),
        out.display(),
        files
            .iter()
            .map(|f| format!("'{f}'"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let on_terminal = |ci: Option<&str>| {
        let mut run = std::process::Command::new(script);
        run.args(["-qec", &command, "/dev/null"]);
        match ci {
            Some(value) => run.env("CI", value),
            None => run.env_remove("CI"),
        };
        let output = run.output().expect("script runs");
        assert_eq!(output.status.code(), Some(0));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let shown = on_terminal(None);
    assert!(shown.contains("checking sources"), "{shown:?}");
    let in_ci = on_terminal(Some("true"));
    assert!(!in_ci.contains("checking sources"), "{in_ci:?}");
}

#[test]
fn html_pages_jsonl_feeds_and_directories_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    let html = "<html><head><title>Parade</title><script>var fifth = 'sixth visit to Beijing';</script></head>\n<body><p>Published Aug 29, 2025</p><p>Kim&rsquo;s <b>fourth</b> visit to Beijing &amp; more.</p></body></html>";
    std::fs::write(&page, html).unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\": \"w1\", \"text\": \"Kim will make his fifth visit to Beijing.\", \"published\": \"2025-08-28\"}\n",
    )
    .unwrap();
    let output = crosscheck()
        .args(["check", "--format", "json", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    let paths: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(
        paths[0].ends_with("feed.jsonl:1#w1") && paths[1].ends_with("page.html"),
        "{paths:?}"
    );
    assert_eq!(report["sources"][1]["title"], "Parade");
    let ordinal = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "visit.ordinal")
        .unwrap();
    assert_eq!(ordinal["status"], "discrepancy");
    let html_claim = ordinal["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["source"].as_str().unwrap().ends_with("page.html"))
        .unwrap();
    let span = &html_claim["span"];
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&html[start..end], html_claim["text"].as_str().unwrap());
    assert!(html_claim["text"]
        .as_str()
        .unwrap()
        .contains("<b>fourth</b> visit to Beijing"));
    assert_eq!(span["line"], 2);
}

#[test]
fn a_user_rule_whose_example_fails_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("widgets.yaml"),
        "kind: test.count\ndescription: widgets\npatterns:\n  - '(?P<n>{number}) widgets'\nvalue:\n  type: count\n  capture: n\nexamples:\n  - text: \"We sold 12 widgets.\"\n    value: \"13\"\n",
    )
    .unwrap();
    crosscheck()
        .args(["check", "--rules", dir.path().to_str().unwrap()])
        .args(seeds())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "widgets.yaml:9: rule `widgets`, example 1: value: expected 13, found 12",
        ));
}

#[test]
fn the_summary_line_counts_in_the_singular_where_there_is_one() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let a = dir.path().join("a.md");
    let b = dir.path().join("b.md");
    std::fs::write(
        &a,
        "---\npublished: 2025-03-04\n---\n\nSeven buyers registered for the sale.\n",
    )
    .expect("written");
    std::fs::write(
        &b,
        "---\npublished: 2025-03-04\n---\n\nNothing to count here.\n",
    )
    .expect("written");
    crosscheck()
        .arg("check")
        .arg(&a)
        .arg(&b)
        .assert()
        .stdout(predicate::str::contains(
            "2 sources, 1 claim: 0 discrepancies",
        ));
}
