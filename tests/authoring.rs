//! Rule authoring from the command line: `rules list`, `rules explain`, `rules test`,
//! `rules schema`, `extract --explain`, errors in rule files, and `crosscheck.yaml`.

mod common;

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value as Json;

use common::scenario_files;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary builds");
    cmd.env("NO_COLOR", "1").env("CI", "true");
    cmd
}

fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let output = cmd.output().expect("crosscheck runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A user rule that counts widgets, valid as written.
const WIDGET_RULE: &str = "\
kind: widget.count
description: How many widgets were sold (\"sold 12 widgets\").
documentation: |
  Why it matters: a test rule.
keywords: ['widget']
patterns:
  - '(?:sold|shipped)\\s+(?P<n>{quantity})\\s+widgets'
value:
  type: count
  capture: n
  unit: widget
examples:
  - text: \"The shop sold 12 widgets on Monday.\"
    value: \"12\"
  - text: \"Widgets are popular.\"
    matches: false
";

fn rule_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a scratch directory");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("the file can be written");
    }
    dir
}

fn path(dir: &Path) -> &str {
    dir.to_str().expect("temporary paths are UTF-8")
}

#[test]
fn rules_list_shows_builtin_and_user_rules() {
    let dir = rule_dir(&[("widget-count.yaml", WIDGET_RULE)]);
    let (code, stdout, _) = run(crosscheck().args(["rules", "list", "--rules", path(dir.path())]));
    assert_eq!(code, Some(0));
    let visit = stdout
        .lines()
        .find(|l| l.starts_with("visit-ordinal "))
        .expect("a built-in rule is listed");
    assert!(visit.contains("visit.ordinal") && visit.contains("Which visit"));
    let widget = stdout
        .lines()
        .find(|l| l.starts_with("widget-count "))
        .expect("the user rule is listed");
    assert!(widget.contains("widget.count") && widget.contains("widget-count.yaml"));

    let (code, stdout, _) = run(crosscheck().args([
        "rules",
        "list",
        "--format",
        "json",
        "--rules",
        path(dir.path()),
    ]));
    assert_eq!(code, Some(0));
    let listed: Json = serde_json::from_str(&stdout).expect("rules list writes JSON");
    let rules = listed["rules"].as_array().expect("a list of rules");
    let user: Vec<&Json> = rules.iter().filter(|r| r["builtin"] == false).collect();
    assert_eq!(user.len(), 1);
    assert_eq!(user[0]["id"], "widget-count");
    assert_eq!(user[0]["kind"], "widget.count");
    assert!(rules.len() > 30, "the built-in rules are listed too");
}

#[test]
fn rules_explain_shows_documentation_patterns_and_examples() {
    let dir = rule_dir(&[("widget-count.yaml", WIDGET_RULE)]);
    let (code, stdout, _) = run(crosscheck().args([
        "rules",
        "explain",
        "widget-count",
        "--rules",
        path(dir.path()),
        "--full",
    ]));
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("Why it matters: a test rule."), "{stdout}");
    assert!(
        stdout.contains(r"written:  (?:sold|shipped)\s+(?P<n>{quantity})\s+widgets"),
        "{stdout}"
    );
    // After expansion, no macro is left and the hedge words of {quantity} are in.
    let expanded = stdout
        .lines()
        .find(|l| l.trim_start().starts_with("expanded: "))
        .expect("the expansion is shown");
    assert!(!expanded.contains("{quantity}") && expanded.contains("more\\s+than"));
    assert!(
        stdout.contains("✓ \"The shop sold 12 widgets on Monday.\""),
        "{stdout}"
    );
    assert!(stdout.contains("must find nothing"), "{stdout}");

    // A long built-in expansion is shown macro by macro unless --full.
    let (_, stdout, _) = run(crosscheck().args(["rules", "explain", "visit-ordinal"]));
    assert!(stdout.contains("{visit_noun} = (?:visit|trip"), "{stdout}");
    assert!(stdout.contains("`--full` prints them"), "{stdout}");

    let (code, stdout, _) = run(crosscheck().args([
        "rules",
        "explain",
        "widget-count",
        "--rules",
        path(dir.path()),
        "--format",
        "json",
    ]));
    assert_eq!(code, Some(0));
    let rule: Json = serde_json::from_str(&stdout).expect("rules explain writes JSON");
    assert_eq!(
        rule["patterns"][0]["written"]
            .as_str()
            .map(|p| p.contains("{quantity}")),
        Some(true)
    );
    assert_eq!(rule["examples"][0]["holds"], true);
}

#[test]
fn rules_explain_an_unknown_id_suggests_the_nearest() {
    let (code, _, stderr) = run(crosscheck().args(["rules", "explain", "visit-ordnal"]));
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("no rule has the id `visit-ordnal`; did you mean `visit-ordinal`?"),
        "{stderr}"
    );
}

#[test]
fn rules_test_runs_examples_and_fails_with_the_line() {
    let (code, stdout, _) = run(crosscheck().args(["rules", "test"]));
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("all hold"), "{stdout}");

    let wrong = WIDGET_RULE.replace("value: \"12\"", "value: \"13\"");
    let dir = rule_dir(&[("widget-count.yaml", &wrong)]);
    let (code, stdout, _) = run(crosscheck().args(["rules", "test", path(dir.path())]));
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "widget-count.yaml:13: rule `widget-count`, example 1: value: expected 13, found 12"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("1 failed"), "{stdout}");
}

#[test]
fn the_builtin_packs_annotated_reports_hold() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let (code, stdout, stderr) = run(crosscheck().args([
        "rules",
        "test",
        "--no-builtin-rules",
        rules.to_str().expect("the checkout's path is UTF-8"),
    ]));
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let annotations: usize = stdout
        .split(" annotations in ")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("the summary counts annotations");
    assert!(annotations >= 10, "{stdout}");
}

#[test]
fn annotated_reports_are_checked_sentence_by_sentence() {
    let report = "---\npublished: 2024-05-02\n---\n\n<!-- expect: widget-count = 40 -->\n\
                  The firm shipped 40 widgets to Oslo.\n\n<!-- expect-none: widget-count -->\n\
                  It shipped 7 widgets to Bergen.\n\n<!-- todo-expect: widget-count -->\n\
                  Forty more widgets left the plant.\n";
    let dir = rule_dir(&[("widget-count.yaml", WIDGET_RULE), ("report.md", report)]);
    let (code, stdout, _) = run(crosscheck().args(["rules", "test", path(dir.path())]));
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "report.md:8: rule `widget-count`: expected no claim, found \"shipped 7 widgets\" = 7"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("TODO") && stdout.contains("report.md:11"),
        "{stdout}"
    );
    assert!(!stdout.contains("report.md:5:"), "{stdout}");
    assert!(
        stdout.contains("3 annotations in 1 file: 1 failed"),
        "{stdout}"
    );
}

#[test]
fn extract_explain_shows_rule_pattern_captures_and_steps() {
    let files = scenario_files("kim-beijing-parade");
    let (code, stdout, _) = run(crosscheck().args(["extract", "--explain"]).args(&files));
    assert_eq!(code, Some(0));
    let block: Vec<&str> = stdout
        .split("\n\n")
        .find(|b| b.contains("\"his fifth visit to Beijing\""))
        .expect("the fifth visit is explained")
        .lines()
        .collect();
    let has = |prefix: &str, part: &str| {
        block
            .iter()
            .any(|l| l.trim_start().starts_with(prefix) && l.contains(part))
    };
    assert!(has("rule:", "visit-ordinal"), "{block:#?}");
    assert!(
        has("pattern:", "1 of 3: (?:(?P<subject>{possessive})"),
        "{block:#?}"
    );
    assert!(has("captures:", "ordinal = \"fifth\""), "{block:#?}");
    assert!(has("value:", "`ordinal` read \"fifth\" → 5"), "{block:#?}");
    assert!(
        has("subject:", "\"his\" (no name) → Kim Jong Un"),
        "{block:#?}"
    );
    assert!(has("object:", "\"Beijing\" → Beijing"), "{block:#?}");

    let (code, stdout, _) = run(crosscheck()
        .args(["extract", "--explain", "--format", "json"])
        .args(&files));
    assert_eq!(code, Some(0));
    let listed: Json = serde_json::from_str(&stdout).expect("extract --explain writes JSON");
    let claims = listed["sources"][0]["claims"].as_array().expect("claims");
    let dated = claims
        .iter()
        .find(|c| c["kind"] == "event.date")
        .expect("a date claim");
    let explanation = &dated["explanation"];
    assert_eq!(explanation["rule"], dated["rule"]);
    assert!(explanation["captures"].is_object());
    let steps: Vec<&str> = explanation["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter_map(|s| s["step"].as_str())
        .collect();
    assert!(
        steps.contains(&"value") && steps.contains(&"assumed"),
        "{steps:?}"
    );
}

/// Each way a rule file can be wrong: the change to the good rule, and what the message must
/// hold besides its place.
#[test]
fn every_malformed_rule_file_names_the_line_and_what_to_do() {
    let cases: &[(&str, &str, &str, &str, &str, &str)] = &[
        // (case, replace, with, expected location, expected words, the line quoted)
        (
            "YAML syntax",
            "keywords: ['widget']",
            "keywords: ['widget'",
            "widget-count.yaml:6:",
            "check the indentation and quoting",
            "patterns:",
        ),
        (
            "unknown field",
            "description:",
            "descripton:",
            "widget-count.yaml:2:1:",
            "did you mean `description`?",
            "descripton: How many",
        ),
        (
            "missing field",
            "kind: widget.count\n",
            "",
            "widget-count.yaml:1:1:",
            "missing field `kind`; add `kind:`",
            "description: How many",
        ),
        (
            "invalid regex",
            "\\s+widgets'",
            "\\s+wid(gets'",
            "widget-count.yaml:7:",
            "error: unclosed group",
            "- '(?:sold|shipped)",
        ),
        (
            "unknown macro",
            "{quantity}",
            "{quantitty}",
            "widget-count.yaml:7:",
            "unknown macro `{quantitty}`; did you mean `{quantity}`?",
            "- '(?:sold|shipped)",
        ),
        (
            "unknown value constructor",
            "type: count",
            "type: cont",
            "widget-count.yaml:9:",
            "did you mean `count`?",
            "type: cont",
        ),
        (
            "example that fails",
            "value: \"12\"",
            "value: \"21\"",
            "widget-count.yaml:13:",
            "value: expected 21, found 12",
            "text: The shop sold 12 widgets on Monday.",
        ),
    ];
    let report = rule_dir(&[(
        "r.md",
        "---\npublished: 2024-05-02\n---\nThe shop sold 12 widgets.\n",
    )]);
    let report = report.path().join("r.md");
    for (case, replace, with, location, words, quoted) in cases {
        let broken = WIDGET_RULE.replacen(replace, with, 1);
        assert_ne!(&broken, WIDGET_RULE, "{case}: the change applies");
        let dir = rule_dir(&[("widget-count.yaml", &broken)]);
        let (code, _, stderr) = run(crosscheck().args([
            "check",
            "--rules",
            path(dir.path()),
            report.to_str().expect("UTF-8"),
        ]));
        assert_eq!(code, Some(2), "{case}: {stderr}");
        assert!(stderr.contains(location), "{case}: {stderr}");
        assert!(stderr.contains(words), "{case}: {stderr}");
        assert!(stderr.contains(quoted), "{case}: {stderr}");
        assert!(!stderr.contains("panicked"), "{case}: {stderr}");
    }
    // Two directories defining one id.
    let first = rule_dir(&[("widget-count.yaml", WIDGET_RULE)]);
    let second = rule_dir(&[("widget-count.yaml", WIDGET_RULE)]);
    let (code, _, stderr) = run(crosscheck().args([
        "check",
        "--rules",
        path(first.path()),
        "--rules",
        path(second.path()),
        report.to_str().expect("UTF-8"),
    ]));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("duplicate rule id `widget-count`") && stderr.contains("rename one"),
        "{stderr}"
    );
}

#[test]
fn the_schema_accepts_every_builtin_rule_and_catches_mistakes() {
    let (code, stdout, _) = run(crosscheck().args(["rules", "schema"]));
    assert_eq!(code, Some(0));
    let schema: Json = serde_json::from_str(&stdout).expect("rules schema writes JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut checked = 0;
    for entry in std::fs::read_dir(&rules).expect("rules/ exists") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.ends_with(".yaml") || name.starts_with("lexicon") || name == "entities.yaml" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a rule file");
        let rule: Json = serde_yaml::from_str(&text).expect("a rule file is YAML");
        let errors: Vec<String> = validator
            .iter_errors(&rule)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        checked += 1;
    }
    assert!(checked >= 30, "{checked}");
    for broken in [
        WIDGET_RULE.replace("description:", "descripton:"),
        WIDGET_RULE.replace("type: count", "type: cont"),
        WIDGET_RULE.replace("kind: widget.count\n", ""),
    ] {
        let rule: Json = serde_yaml::from_str(&broken).expect("still YAML");
        assert!(!validator.is_valid(&rule), "{broken}");
    }
}

#[test]
fn the_configuration_sets_the_run_and_flags_win() {
    let conflicts = scenario_files("kim-beijing-parade-conflicts");
    let project = rule_dir(&[("crosscheck.yaml", "fail-on: never\n")]);
    let (code, stdout, _) = run(crosscheck()
        .current_dir(project.path())
        .arg("check")
        .args(&conflicts));
    assert_eq!(code, Some(0), "crosscheck.yaml's fail-on: never\n{stdout}");
    assert!(stdout.contains("discrepancies"), "{stdout}");
    let (code, _, _) = run(crosscheck()
        .current_dir(project.path())
        .args(["check", "--fail-on", "discrepancy"])
        .args(&conflicts));
    assert_eq!(code, Some(1), "the flag wins over the file");

    // --config names another file; its rule directories are relative to it; builtin-rules off.
    // A rule without macros: with the built-in pack off, the built-in lexicon is off too.
    let plain = WIDGET_RULE.replace("{quantity}", "[0-9]+");
    let team = rule_dir(&[]);
    std::fs::create_dir(team.path().join("rules")).expect("a rule directory");
    std::fs::write(team.path().join("rules/widget-count.yaml"), &plain).expect("rule written");
    let config = team.path().join("team.yaml");
    std::fs::write(&config, "rules: [rules]\nbuiltin-rules: false\n").expect("config written");
    let (code, stdout, _) =
        run(crosscheck().args(["rules", "list", "--config", config.to_str().expect("UTF-8")]));
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("1 rule (0 built-in, 1 from --rules)"),
        "{stdout}"
    );

    // The tolerance and the date order.
    let report = team.path().join("r.md");
    std::fs::write(
        &report,
        "---\npublished: 2024-05-02\n---\nThe shop sold about 100 widgets; the invoice is dated 3/4/2024.\n",
    )
    .expect("report written");
    std::fs::write(team.path().join("rules/widget-count.yaml"), WIDGET_RULE).expect("rule written");
    std::fs::write(
        &config,
        "rules: [rules]\ntolerance: 0.2\ndate-order: day-first\n",
    )
    .expect("config written");
    let (_, stdout, _) = run(crosscheck().args([
        "parse",
        "--dimension",
        "date",
        "--config",
        config.to_str().expect("UTF-8"),
        report.to_str().expect("UTF-8"),
    ]));
    assert!(stdout.contains("2024-04-03"), "day first: {stdout}");
    let (_, stdout, _) = run(crosscheck().args([
        "extract",
        "--config",
        config.to_str().expect("UTF-8"),
        report.to_str().expect("UTF-8"),
    ]));
    assert!(stdout.contains("80–120"), "tolerance 0.2: {stdout}");
    let (_, stdout, _) = run(crosscheck().args([
        "extract",
        "--tolerance",
        "0.1",
        "--config",
        config.to_str().expect("UTF-8"),
        report.to_str().expect("UTF-8"),
    ]));
    assert!(stdout.contains("90–110"), "the flag wins: {stdout}");
}

#[test]
fn an_unknown_configuration_key_is_an_error_with_a_suggestion() {
    let project = rule_dir(&[("crosscheck.yaml", "tolerance: 0.1\nfail_on: never\n")]);
    let (code, _, stderr) = run(crosscheck()
        .current_dir(project.path())
        .arg("check")
        .args(scenario_files("kim-beijing-parade")));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("crosscheck.yaml:2:1: invalid configuration: unknown field `fail_on`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `fail-on`?"), "{stderr}");
    let (code, _, stderr) =
        run(crosscheck().args(["check", "--config", "/nonexistent/crosscheck.yaml", "x.md"]));
    assert_eq!(code, Some(2));
    assert!(stderr.contains("/nonexistent/crosscheck.yaml"), "{stderr}");
}
