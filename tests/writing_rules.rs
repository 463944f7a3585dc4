//! `docs/writing-rules.md` is tested: every block marked `<!-- file: PATH -->` is written out as
//! the guide says, the commands it shows are run on them, and the output it quotes must be what
//! they print. A block marked `<!-- broken: PATH -->` must fail the way the guide says.

use std::path::Path;

use assert_cmd::Command;

/// A fenced block of the guide and the path its marker gives it.
struct Block {
    marker: String,
    path: String,
    body: String,
}

fn guide() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/writing-rules.md");
    std::fs::read_to_string(path).expect("docs/writing-rules.md exists")
}

/// The marked blocks, in order.
fn marked_blocks(guide: &str) -> Vec<Block> {
    let lines: Vec<&str> = guide.lines().collect();
    let mut blocks = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(inner) = line
            .trim()
            .strip_prefix("<!--")
            .and_then(|l| l.strip_suffix("-->"))
        else {
            continue;
        };
        let Some((marker, path)) = inner.trim().split_once(':') else {
            continue;
        };
        if marker != "file" && marker != "broken" {
            continue;
        }
        let fence = lines.get(index + 1).copied().unwrap_or_default();
        assert!(
            fence.starts_with("```"),
            "line {}: a `{marker}:` marker must stand right before a fenced block",
            index + 1
        );
        let body: Vec<&str> = lines[index + 2..]
            .iter()
            .take_while(|l| !l.starts_with("```"))
            .copied()
            .collect();
        blocks.push(Block {
            marker: marker.to_string(),
            path: path.trim().to_string(),
            body: body.join("\n") + "\n",
        });
    }
    blocks
}

/// The body of the first ```text block after `anchor` in the guide.
fn text_block_after(guide: &str, anchor: &str) -> Vec<String> {
    let start = guide.find(anchor).expect("the anchor is in the guide");
    let rest = &guide[start..];
    let open = rest.find("```text\n").expect("a text block follows") + "```text\n".len();
    let close = rest[open..].find("```").expect("the text block closes") + open;
    rest[open..close].lines().map(str::to_string).collect()
}

/// A scratch directory holding every block of the guide with this marker.
fn write_blocks(marker: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a scratch directory");
    let blocks = marked_blocks(&guide());
    assert!(
        blocks.iter().any(|b| b.marker == marker),
        "the guide has `{marker}:` blocks"
    );
    for block in blocks.iter().filter(|b| b.marker == marker) {
        let path = dir.path().join(&block.path);
        std::fs::create_dir_all(path.parent().expect("a block's path has a parent"))
            .expect("the block's directory can be made");
        std::fs::write(&path, &block.body).expect("the block can be written");
    }
    dir
}

fn crosscheck(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary builds");
    cmd.current_dir(dir).env("NO_COLOR", "1").env("CI", "true");
    cmd
}

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = crosscheck(dir)
        .args(args)
        .output()
        .expect("crosscheck runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_guides_rule_pack_passes_its_own_tests() {
    let dir = write_blocks("file");
    let (code, stdout, stderr) = run(dir.path(), &["rules", "test", "my-rules"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    // The guide quotes the known gap and the summary; the counts of built-in rules and
    // examples before "annotations" change as the pack grows, so they are not compared.
    let quoted = text_block_after(&guide(), "crosscheck rules test my-rules\n```");
    for line in quoted.iter().filter(|l| !l.starts_with("crosscheck: ")) {
        assert!(
            stdout.contains(line.as_str()),
            "missing {line:?} in:\n{stdout}"
        );
    }
    assert!(
        stdout.contains("4 annotations in 1 file: all hold"),
        "{stdout}"
    );
}

#[test]
fn the_configuration_in_the_guide_tests_the_same_pack() {
    let dir = write_blocks("file");
    let (code, stdout, stderr) = run(dir.path(), &["rules", "test"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("4 annotations in 1 file: all hold"),
        "{stdout}"
    );
}

#[test]
fn the_explanation_the_guide_shows_is_what_extract_explain_prints() {
    let dir = write_blocks("file");
    let (code, stdout, stderr) = run(
        dir.path(),
        &["extract", "--explain", "--rules", "my-rules", "report.md"],
    );
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let quoted = text_block_after(&guide(), "with\nthe assumptions made on the way:");
    // The pattern line is abridged in the guide.
    for line in quoted.iter().filter(|l| !l.contains('…')) {
        assert!(
            stdout.contains(line.as_str()),
            "missing {line:?} in:\n{stdout}"
        );
    }
}

#[test]
fn a_failing_annotation_in_the_guides_pack_fails_the_run() {
    let dir = write_blocks("file");
    let fixture = dir.path().join("my-rules/tests/doses.md");
    let text = std::fs::read_to_string(&fixture).expect("the fixture was written");
    std::fs::write(
        &fixture,
        text.replace("expect-none: vaccine-doses", "expect: vaccine-doses"),
    )
    .expect("the fixture can be changed");
    let (code, stdout, _) = run(dir.path(), &["rules", "test", "my-rules"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("my-rules/tests/doses.md:11: rule `vaccine-doses`: expected a claim"),
        "{stdout}"
    );
}

#[test]
fn the_broken_rule_fails_as_the_guide_says() {
    let dir = write_blocks("broken");
    let (code, stdout, stderr) = run(dir.path(), &["rules", "test", "broken-rules"]);
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    let quoted = text_block_after(&guide(), "A misspelt value constructor:");
    for line in &quoted {
        assert!(
            stderr.contains(line.as_str()),
            "missing {line:?} in:\n{stderr}"
        );
    }
}
