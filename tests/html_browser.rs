//! The HTML report in a real browser: Debian's chromium, headless, opens the page generated for a
//! story into which a hostile report was added, and we check the page it built. Nothing the
//! hostile report wrote may run, and the discrepancy list must be there. A screenshot is kept
//! under target/ for a person to look at.
//!
//! Without chromium the test fails when `CI` is set and is skipped (with a message) otherwise.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::scenario_files;

const CHROMIUM: &str = "/usr/bin/chromium";

/// A report that tries to run code in whoever opens the page, and contradicts the others
/// ("sixth" visit against "fifth" and "fourth"), so that it shows up among the discrepancies.
const HOSTILE: &str = r#"---
title: "<script>document.body.setAttribute('data-pwned','3')</script>Kim's sixth visit"
outlet: "<img src=x onerror=\"document.body.setAttribute('data-pwned','4')\">"
published: 2025-08-29
---

<script>document.body.setAttribute('data-pwned','1')</script>

<img src=x onerror="document.body.setAttribute('data-pwned','2')">

The visit will be Kim's sixth trip to the Chinese capital. <b onmouseover="document.body.setAttribute('data-pwned','5')">Officials</b> said "</div><script>document.body.setAttribute('data-pwned','6')</script>" was not a comment.
"#;

fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// Runs `command`, killing it after `limit`; returns its stdout.
fn run(mut command: Command, limit: Duration) -> String {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    loop {
        if child
            .try_wait()
            .expect("chromium can be waited for")
            .is_some()
        {
            break;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output().expect("chromium's output");
    assert!(
        output.status.success(),
        "chromium failed: {:?}",
        output.status
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn chromium(profile: &Path) -> Command {
    let mut command = Command::new(CHROMIUM);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]);
    command.arg(format!("--user-data-dir={}", profile.display()));
    command
}

#[test]
fn hostile_sources_run_nothing_in_a_browser() {
    if !Path::new(CHROMIUM).exists() {
        assert!(
            !in_ci(),
            "{CHROMIUM} is missing and CI is set: install Debian's chromium (apt-get install chromium)"
        );
        eprintln!("skipped: {CHROMIUM} is not installed; install chromium to run the browser test");
        return;
    }
    let story = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for path in scenario_files("kim-beijing-parade-conflicts") {
        let copy = story.path().join(Path::new(&path).file_name().unwrap());
        std::fs::copy(&path, &copy).unwrap();
        files.push(copy);
    }
    let hostile = story.path().join("d-hostile-wire.md");
    std::fs::write(&hostile, HOSTILE).unwrap();
    files.push(hostile);
    let page = story.path().join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "html", "--output"])
        .arg(&page)
        .args(&files)
        .status()
        .expect("crosscheck runs");
    assert_eq!(status.code(), Some(1), "the story has discrepancies");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Kim&#39;s sixth trip to the Chinese capital"));

    let url = format!("file://{}", page.display());
    let profile = tempfile::tempdir().unwrap();
    let mut dump = chromium(profile.path());
    dump.args(["--dump-dom", &url]);
    let dom = run(dump, Duration::from_secs(120));

    assert!(dom.contains("id=\"discrepancies\""), "{dom}");
    assert!(
        dom.matches("class=\"finding discrepancy\"").count() >= 6,
        "the discrepancy list is in the page"
    );
    assert!(dom.contains("href=\"#claim-"), "entries link to the quotes");
    // The hostile words are on the page, as words.
    assert!(
        dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"),
        "{dom}"
    );
    assert!(dom.contains("&lt;img src=x onerror="), "{dom}");
    // And nothing they wrote became an element or ran.
    assert!(!dom.contains("data-pwned="), "a script ran: {dom}");
    assert!(!dom.contains("<script"), "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    assert!(!dom.contains("<b onmouseover"), "{dom}");
    assert!(dom.contains("&lt;b onmouseover="), "{dom}");

    let screenshot: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report.png");
    let _ = std::fs::remove_file(&screenshot);
    let profile = tempfile::tempdir().unwrap();
    let mut shot = chromium(profile.path());
    shot.arg(format!("--screenshot={}", screenshot.display()))
        .arg("--window-size=1400,1000")
        .arg(&url);
    run(shot, Duration::from_secs(120));
    let size = std::fs::metadata(&screenshot).map_or(0, |m| m.len());
    assert!(size > 10_000, "a screenshot was taken ({size} bytes)");
    println!("screenshot of the HTML report: {}", screenshot.display());
}
