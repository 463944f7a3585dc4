//! What crosscheck does with bad input, one test per case of the README's "Bad input" table:
//! a clear message naming the file (and the line and column where there is one) and exit 2, or a
//! warning and the run goes on where leaving the input out loses no claim. Never a panic, never
//! a hang: every run has a timeout, and stderr must not hold "panicked".
//!
//! The runs at archive scale (10,000 files, one 200 MB file) take minutes and are ignored by
//! default; run them with `cargo test --release --test bad_inputs -- --ignored --nocapture`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value as Json;

/// Long enough for a debug build on a busy machine to load the rules; a hang runs into it.
const TIMEOUT: Duration = Duration::from_secs(180);

const GOOD: &str =
    "---\npublished: 2025-08-28\n---\nKim Jong Un will make his fifth visit to Beijing.\n";

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary builds");
    cmd.env_remove("NO_COLOR").env_remove("CI").timeout(TIMEOUT);
    cmd
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("the scratch file is written");
    path.display().to_string()
}

fn no_panic() -> impl Predicate<str> {
    predicate::str::contains("panicked").not()
}

/// Runs `crosscheck check` on `files` and expects exit 2 with `message` on stderr.
fn refused(files: &[&str], message: &str) {
    crosscheck()
        .arg("check")
        .args(files)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(message).and(no_panic()));
}

/// The sources of a JSON report.
fn source_paths(report: &Json) -> Vec<String> {
    report["sources"]
        .as_array()
        .map(|sources| {
            sources
                .iter()
                .filter_map(|s| s["path"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn an_empty_file_among_good_ones_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let empty = write(dir.path(), "empty.md", " \n\n");
    let output = crosscheck()
        .args(["check", "--format", "json", &good, &empty])
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains(format!("warning: {empty}: the file is empty; skipped"))
                .and(no_panic()),
        )
        .get_output()
        .stdout
        .clone();
    let report: Json = serde_json::from_slice(&output).unwrap();
    assert_eq!(source_paths(&report), vec![good]);
}

#[test]
fn nothing_but_empty_inputs_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.md", "");
    let hollow = dir.path().join("hollow");
    std::fs::create_dir(&hollow).unwrap();
    crosscheck()
        .args(["check", &empty, hollow.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("the file is empty; skipped")
                .and(predicate::str::contains("the directory holds no reports"))
                .and(predicate::str::contains("error: no reports to check"))
                .and(no_panic()),
        );
}

#[test]
fn a_binary_file_exits_2_naming_where() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let binary = write(
        dir.path(),
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    refused(
        &[&good, &binary],
        &format!("{binary}:3:1: the file looks binary"),
    );
}

#[test]
fn a_utf16_file_exits_2_saying_to_convert_it() {
    let dir = tempfile::tempdir().unwrap();
    let text: Vec<u8> = std::iter::once([0xff, 0xfe])
        .chain("Kim".encode_utf16().map(u16::to_le_bytes))
        .flatten()
        .collect();
    let utf16 = write(dir.path(), "windows.txt", text);
    refused(
        &[&utf16],
        &format!("{utf16}: the file is UTF-16; convert it to UTF-8 first"),
    );
}

#[test]
fn invalid_utf8_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let latin1 = write(dir.path(), "latin1.txt", b"Kim visits.\nS\xe3o Paulo\n");
    refused(
        &[&good, &latin1],
        &format!("{latin1}:2:2: the file is not valid UTF-8; convert it to UTF-8 first"),
    );
}

#[test]
fn a_50_mb_single_line_is_read_and_its_claim_located() {
    // 50 MB of one non-word character then a sentence with a claim, all on one line. The dashes
    // hold no rule keyword, so they cost the loader, the line index and the sentence splitter
    // their full length but extraction almost nothing: the test stays quick while extraction is
    // slow, and the claim's column checks that columns are counted right that far into a line.
    let dir = tempfile::tempdir().unwrap();
    let dashes = 50 << 20;
    let mut line = "-".repeat(dashes);
    line.push_str(". Kim Jong Un will make his fifth visit to Beijing.");
    let long = write(dir.path(), "long.txt", &line);
    drop(line);
    let output = crosscheck()
        .args(["extract", "--format", "json", &long])
        .assert()
        .code(0)
        .stderr(no_panic())
        .get_output()
        .stdout
        .clone();
    let report: Json = serde_json::from_slice(&output).unwrap();
    let claims = report["sources"][0]["claims"].as_array().unwrap();
    let fifth = claims
        .iter()
        .find(|c| c["display"] == "5")
        .expect("the claim after the dashes is found");
    assert_eq!(fifth["span"]["line"], 1);
    let column = fifth["span"]["column"].as_u64().unwrap() as usize;
    let start = fifth["span"]["start"].as_u64().unwrap() as usize;
    assert_eq!(
        column,
        start + 1,
        "ASCII: the column is the byte offset + 1"
    );
    assert!(start > dashes, "{start}");
}

#[test]
fn deeply_nested_html_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>Kim Jong Un will make his fifth visit to Beijing.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let page = write(dir.path(), "deep.html", page);
    let output = crosscheck()
        .args([
            "extract",
            "--format",
            "json",
            "--published",
            "2025-08-28",
            &page,
        ])
        .assert()
        .code(0)
        .stderr(no_panic())
        .get_output()
        .stdout
        .clone();
    let report: Json = serde_json::from_slice(&output).unwrap();
    let claims = report["sources"][0]["claims"].as_array().unwrap();
    let fifth = claims.iter().find(|c| c["display"] == "5").unwrap();
    let span = &fifth["span"];
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(&html[start..end], fifth["text"].as_str().unwrap());
    assert!(start > 5 * depth, "{start}");
    assert_eq!(
        span["column"],
        start + 1,
        "one line: the column is the offset + 1"
    );
}

/// A rule directory holding one valid rule and the given extra files.
fn rule_dir(extra: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "widgets.yaml",
        "kind: test.count\ndescription: widgets sold\npatterns:\n  - '(?P<n>[0-9]+) widgets'\nvalue:\n  type: count\n  capture: n\nexamples:\n  - text: \"We sold 12 widgets.\"\n    value: \"12\"\n",
    );
    for (name, text) in extra {
        write(dir.path(), name, text);
    }
    dir
}

fn check_with_rules(rules: &Path, good: &str) -> assert_cmd::assert::Assert {
    crosscheck()
        .args(["check", "--rules", rules.to_str().unwrap(), good])
        .assert()
}

#[test]
fn a_yaml_alias_bomb_in_a_rule_file_exits_2_naming_the_anchor() {
    // One 64 KB string, repeated by 20,000 aliases: 185 KB on disk, 1.3 GB once read.
    let big = "w".repeat(64 << 10);
    let bomb = format!(
        "kind: test.bomb\ndescription: &big {big}\npatterns: ['(?P<n>[0-9]+) bombs']\nkeywords: [{}]\nvalue:\n  type: count\n  capture: n\nexamples: []\n",
        vec!["*big"; 20_000].join(", ")
    );
    let rules = rule_dir(&[("bomb.yaml", bomb)]);
    let docs = tempfile::tempdir().unwrap();
    let good = write(docs.path(), "good.md", GOOD);
    check_with_rules(rules.path(), &good).code(2).stderr(
        predicate::str::contains("bomb.yaml:2:")
            .and(predicate::str::contains(
                "aliases (`*name`) repeat the node anchored here",
            ))
            .and(no_panic()),
    );
}

#[test]
fn billion_laughs_in_a_lexicon_exits_2_naming_the_file() {
    let mut lines = vec!["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]".to_string()];
    for level in 1..10 {
        let refs = vec![format!("*l{}", level - 1); 9].join(", ");
        lines.push(format!("l{level}: &l{level} [{refs}]"));
    }
    let lexicon = format!("units:\n  {}\n", lines.join("\n  "));
    let rules = rule_dir(&[("lexicon.yaml", lexicon)]);
    let docs = tempfile::tempdir().unwrap();
    let good = write(docs.path(), "good.md", GOOD);
    check_with_rules(rules.path(), &good).code(2).stderr(
        predicate::str::contains("lexicon.yaml:")
            .and(predicate::str::contains("aliases (`*name`) repeat"))
            .and(no_panic()),
    );
}

#[test]
fn a_regex_with_a_huge_automaton_exits_2_with_its_line() {
    let huge = "kind: test.huge\ndescription: d\npatterns:\n  - '(?P<n>[0-9]){1000}{1000} widgets'\nvalue:\n  type: count\n  capture: n\nexamples: []\n";
    let rules = rule_dir(&[("huge.yaml", huge.to_string())]);
    let docs = tempfile::tempdir().unwrap();
    let good = write(docs.path(), "good.md", GOOD);
    check_with_rules(rules.path(), &good).code(2).stderr(
        predicate::str::contains("huge.yaml:4:")
            .and(predicate::str::contains(
                "its automaton would take more than 32 MB",
            ))
            .and(no_panic()),
    );
}

#[test]
fn macros_that_multiply_exit_2_instead_of_exhausting_memory() {
    // Each macro uses the next twice: 2^40 bytes if expanded.
    let macros: Vec<String> = (0..40)
        .map(|level| format!("  m{level}: '{{m{0}}}{{m{0}}}'", level + 1))
        .chain(["  m40: 'x'".to_string()])
        .collect();
    let lexicon = format!("macros:\n{}\n", macros.join("\n"));
    let rule = "kind: test.doubling\ndescription: d\npatterns:\n  - '(?P<n>[0-9]+) {m0}'\nvalue:\n  type: count\n  capture: n\nexamples: []\n";
    let rules = rule_dir(&[("lexicon.yaml", lexicon), ("doubling.yaml", rule.into())]);
    let docs = tempfile::tempdir().unwrap();
    let good = write(docs.path(), "good.md", GOOD);
    check_with_rules(rules.path(), &good).code(2).stderr(
        predicate::str::contains("doubling.yaml:4:")
            .and(predicate::str::contains("the pattern expands to more than"))
            .and(no_panic()),
    );
}

#[test]
fn a_missing_file_among_good_ones_exits_2_naming_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let missing = dir.path().join("missing.md").display().to_string();
    crosscheck()
        .args(["check", &good, &missing])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(format!(
                "error: {missing}: no such file or directory; check the path"
            ))
            .and(predicate::str::contains("caused by").not())
            .and(no_panic()),
        );
}

#[test]
fn an_empty_directory_among_good_files_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let hollow = dir.path().join("hollow");
    std::fs::create_dir(&hollow).unwrap();
    write(&hollow, "notes.yaml", "not: a report\n");
    crosscheck()
        .args(["check", &good, hollow.to_str().unwrap()])
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains(format!(
                "warning: {}: the directory holds no reports",
                hollow.display()
            ))
            .and(no_panic()),
        );
}

#[test]
fn an_unreadable_directory_exits_2_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    write(&locked, "report.md", GOOD);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::read_dir(&locked).is_ok();
    let result = (!readable_anyway).then(|| {
        crosscheck()
            .args(["check", &good, locked.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(locked.to_str().unwrap())
                    .and(predicate::str::contains("make it readable"))
                    .and(no_panic()),
            );
    });
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    if result.is_none() {
        eprintln!("skipped: permissions do not stop this user (root) from reading");
    }
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
}

#[test]
fn a_fifo_exits_2_at_once_instead_of_waiting_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.md", GOOD);
    let fifo = dir.path().join("feed.md");
    mkfifo(&fifo);
    let fifo = fifo.display().to_string();
    refused(
        &[&good, &fifo],
        &format!("{fifo}: is a named pipe (FIFO), not a regular file"),
    );
}

#[test]
fn a_device_exits_2_instead_of_reading_forever() {
    refused(&["/dev/zero"], "/dev/zero: is a device, not a regular file");
}

#[test]
fn a_fifo_in_a_rule_directory_exits_2_naming_it() {
    let rules = rule_dir(&[]);
    let fifo: PathBuf = rules.path().join("pipe.yaml");
    mkfifo(&fifo);
    let docs = tempfile::tempdir().unwrap();
    let good = write(docs.path(), "good.md", GOOD);
    check_with_rules(rules.path(), &good).code(2).stderr(
        predicate::str::contains(format!("{}:1:1: not a regular file", fifo.display()))
            .and(no_panic()),
    );
}

/// A short report in the style of the fixtures; `n` varies its numbers and words.
fn small_report(n: usize) -> String {
    let ordinal = ["fourth", "fifth"][n % 2];
    format!(
        "---\npublished: 2025-08-28\ntitle: Report {n}\n---\nKim Jong Un will make his {ordinal} visit to Beijing on Wednesday, officials said.\nMore than {} soldiers will march in the parade, the largest in {} years.\n",
        10_000 + n % 7 * 1_000,
        5 + n % 3
    )
}

#[test]
#[ignore = "archive scale, minutes: cargo test --release --test bad_inputs -- --ignored --nocapture"]
fn ten_thousand_files_complete_with_progress_on_a_terminal() {
    let script = Path::new("/usr/bin/script");
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    for n in 0..10_000 {
        write(&archive, &format!("report-{n:05}.md"), small_report(n));
    }
    let out = dir.path().join("report.json");
    let started = std::time::Instant::now();
    if script.exists() {
        // `script` gives the run a terminal, so the progress bar shows (see tests/cli.rs).
        let command = format!(
            "'{}' check --fail-on never --format json --output '{}' '{}'",
            env!("CARGO_BIN_EXE_crosscheck"),
            out.display(),
            archive.display()
        );
        let run = std::process::Command::new(script)
            .args(["-qec", &command, "/dev/null"])
            .env_remove("CI")
            .output()
            .expect("script runs");
        let shown = String::from_utf8_lossy(&run.stdout);
        assert_eq!(run.status.code(), Some(0), "{shown}");
        assert!(shown.contains("checking sources"), "no progress bar shown");
        assert!(!shown.contains("panicked"));
    } else {
        eprintln!("/usr/bin/script is not installed: running without a terminal");
        crosscheck()
            .timeout(Duration::from_secs(6 * 3600))
            .args([
                "check",
                "--fail-on",
                "never",
                "--format",
                "json",
                "--output",
            ])
            .arg(&out)
            .arg(&archive)
            .assert()
            .code(0);
    }
    eprintln!("10,000 files: {:.1} s", started.elapsed().as_secs_f64());
    let report: Json = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(report["summary"]["sources"], 10_000);
}

#[test]
#[ignore = "archive scale, minutes: cargo test --release --test bad_inputs -- --ignored --nocapture"]
fn a_200_mb_file_completes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archive.txt");
    {
        use std::io::Write;
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let mut written = 0;
        let mut n = 0;
        while written < 200 << 20 {
            let report = small_report(n);
            let body = report.split("---\n").last().unwrap_or_default();
            file.write_all(body.as_bytes()).unwrap();
            file.write_all(b"\n").unwrap();
            written += body.len() + 1;
            n += 1;
        }
    }
    let started = std::time::Instant::now();
    crosscheck()
        .timeout(Duration::from_secs(6 * 3600))
        .args(["check", "--published", "2025-08-28", "--fail-on", "never"])
        .args(["--format", "json", "--output"])
        .arg(dir.path().join("report.json"))
        .arg(&path)
        .assert()
        .code(0)
        .stderr(no_panic());
    eprintln!("200 MB file: {:.1} s", started.elapsed().as_secs_f64());
}

#[test]
fn an_output_that_is_a_pipe_is_written_to_not_replaced() {
    // `--output /dev/stdout` or a FIFO another program reads: writing beside it and renaming
    // over it would replace the device or the pipe with a plain file (as root, even /dev/null).
    let dir = tempfile::tempdir().expect("a scratch directory");
    let fifo = dir.path().join("report.pipe");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).expect("the pipe is read"))
    };
    let good = write(dir.path(), "good.md", GOOD);
    let out = crosscheck()
        .args(["check", "--format", "json", "--output"])
        .arg(&fifo)
        .arg(&good)
        .output()
        .expect("crosscheck runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let kind = std::fs::symlink_metadata(&fifo).expect("the pipe is still there");
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&kind.file_type()),
        "the pipe was replaced by a file"
    );
    // Only now: had the pipe been replaced, its reader would wait for a writer forever.
    let report = reader.join().expect("the reader finishes");
    assert!(report.contains("\"findings\""), "{report}");
}
