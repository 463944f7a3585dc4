//! Inputs as archives and feeds deliver them: HTML pages, JSON Lines feeds, directories and
//! standard input, one test per promise the README makes about them.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value as Json;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary builds");
    cmd.env_remove("NO_COLOR")
        .env_remove("CI")
        .timeout(std::time::Duration::from_secs(180));
    cmd
}

fn json_report(cmd: &mut Command) -> Json {
    let output = cmd.output().expect("crosscheck runs");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("a JSON report")
}

/// Every claim of a `check --format json` report.
fn claims(report: &Json) -> Vec<&Json> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|f| f["claims"].as_array().into_iter().flatten())
        .collect()
}

#[test]
fn a_feed_claim_names_its_line_and_points_into_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("wire.jsonl");
    std::fs::write(
        &feed,
        concat!(
            "{\"id\": \"a1\", \"text\": \"Kim will make his fifth visit to Beijing.\", \"published\": \"2025-08-28\"}\n",
            "\n",
            "{\"text\": \"Parade news.\\nKim Jong Un will make his fourth visit to Beijing.\", \"published\": \"2025-08-28\", \"title\": \"Wire 3\", \"url\": \"https://example.org/3\"}\n",
        ),
    )
    .unwrap();
    let feed = feed.display().to_string();
    let report = json_report(crosscheck().args(["check", "--format", "json", &feed]));
    let sources: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(sources, vec![format!("{feed}:1#a1"), format!("{feed}:3")]);
    assert_eq!(report["sources"][1]["title"], "Wire 3");
    let fourth = claims(&report)
        .into_iter()
        .find(|c| c["display"] == "4")
        .expect("the claim of line 3");
    assert_eq!(fourth["source"], format!("{feed}:3"));
    // The span is in the report's text: its second line, after the escaped newline.
    assert_eq!(fourth["span"]["line"], 2);
    assert_eq!(fourth["text"], "his fourth visit to Beijing");
    crosscheck()
        .args(["check", &feed])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!("{feed}:3:2:23")));
}

#[test]
fn a_feed_line_that_is_not_a_report_exits_2_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("wire.jsonl");
    std::fs::write(&feed, "{\"text\": \"Fine.\"}\n{\"text\": \"cut off\n").unwrap();
    crosscheck()
        .args(["check", feed.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:2: not a report object",
            feed.display()
        )));
}

#[test]
fn html_keeps_visible_text_decodes_entities_and_quotes_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    // No </head>: legal HTML, and the body must not be taken for part of the head. The style,
    // script and hidden menu hold claims a reader never sees.
    let html = "<!doctype html>\n<html><head><title>Kim &amp; Xi</title>\n<style>p::before { content: 'his sixth visit to Beijing' }</style>\n<script>var s = 'his seventh visit to Beijing';</script>\n<body><nav><ul><li aria-hidden=true>His eighth visit to Beijing<li>Home</ul></nav>\n<p>Aug 28, 2025</p><p>Kim&rsquo;s <b>fifth</b>&#160;visit to Beijing&nbsp;&mdash; his first in years.</p>\n</body></html>";
    std::fs::write(&page, html).unwrap();
    let page = page.display().to_string();
    let report = json_report(crosscheck().args(["check", "--format", "json", &page]));
    assert_eq!(report["sources"][0]["title"], "Kim & Xi");
    assert_eq!(report["sources"][0]["published_from"], "dateline");
    let ordinals: Vec<&Json> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "visit.ordinal")
        .flat_map(|f| f["claims"].as_array().unwrap())
        .collect();
    let displays: Vec<&str> = ordinals
        .iter()
        .filter_map(|c| c["display"].as_str())
        .collect();
    assert_eq!(displays, vec!["5"], "only the visible claim: {ordinals:?}");
    let span = &ordinals[0]["span"];
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&html[start..end], ordinals[0]["text"].as_str().unwrap());
    assert!(html[start..end].contains("<b>fifth</b>&#160;visit"));
    assert_eq!(span["line"], 6);
}

#[test]
fn a_directory_is_walked_in_order_honouring_ignore_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("wire/old")).unwrap();
    let report = |ordinal: &str| {
        format!("---\npublished: 2025-08-28\n---\nKim Jong Un will make his {ordinal} visit to Beijing.\n")
    };
    std::fs::write(root.join("b.md"), report("fifth")).unwrap();
    std::fs::write(root.join("wire/a.txt"), report("fifth")).unwrap();
    std::fs::write(root.join("wire/old/c.md"), report("fourth")).unwrap();
    std::fs::write(root.join(".hidden.md"), report("fourth")).unwrap();
    std::fs::write(root.join("notes.yaml"), "not: a report\n").unwrap();
    std::fs::write(root.join(".ignore"), "old/\n").unwrap();
    let output = crosscheck()
        .args(["check", "--format", "json", root.to_str().unwrap()])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let report: Json = serde_json::from_slice(&output).unwrap();
    let names: Vec<String> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let path = s["path"].as_str().unwrap();
            path.strip_prefix(root.to_str().unwrap())
                .unwrap_or(path)
                .to_string()
        })
        .collect();
    assert_eq!(names, vec!["/b.md", "/wire/a.txt"]);
}
