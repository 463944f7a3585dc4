//! Baselines: discrepancies someone has looked at and accepted, each named by its
//! [fingerprint](crate::fingerprint) and with the reason it is accepted.
//!
//! Takes a baseline file and a [`CheckReport`], and marks the discrepancies the file accepts, so
//! that they are still shown, as accepted, but no longer fail the run; entries that match no
//! discrepancy any more are kept as stale, for the reports and a warning. Accepting is a
//! decision, so it lives here and not in `report/`, whose reporters only show what was decided.
//!
//! The file is YAML:
//!
//! ```yaml
//! version: 1
//! entries:
//! - fingerprint: 3f9a0c2e71d4b856
//!   kind: visit.ordinal
//!   summary: 'sources disagree: 5 (b.md) vs 4 (c.md)'
//!   reason: the wire counts the 2018 visits as one trip
//! ```
//!
//! `kind` and `summary` are there for the person reading the file; only `fingerprint` and
//! `reason` count.

use serde::{Deserialize, Serialize};

use crate::compare::{Finding, Status};
use crate::{fingerprint, CheckReport};

/// The reason `crosscheck baseline` writes, for a person to replace.
pub const PLACEHOLDER_REASON: &str = "TODO: say why this difference is accepted";

/// The baseline format this crosscheck reads and writes.
const VERSION: u32 = 1;

/// A baseline file, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    /// The path as given on the command line.
    pub path: String,
    pub entries: Vec<Entry>,
}

/// One accepted discrepancy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub reason: String,
    /// The 1-based line of the entry's fingerprint in the file (0 for entries not read from one).
    #[serde(skip)]
    pub line: usize,
}

/// What applying a baseline did, for the reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The baseline's path as given on the command line.
    pub path: String,
    /// How many discrepancies it accepted.
    pub accepted: usize,
    /// Entries that matched no discrepancy: the difference is gone or has changed.
    pub stale: Vec<Entry>,
}

/// Why a baseline could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}: cannot read the baseline: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Malformed {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    version: u32,
    #[serde(default)]
    entries: Vec<Entry>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    version: u32,
    entries: &'a [Entry],
}

/// Reads the baseline at `path`.
///
/// # Errors
/// When the file cannot be read or is malformed; the error names the file, line and column.
pub fn load(path: &str) -> Result<Baseline, BaselineError> {
    let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
        path: path.to_string(),
        source,
    })?;
    parse(path, &text)
}

/// Parses a baseline from its text; `path` only names it in errors.
///
/// # Errors
/// When the text is not YAML of the shape above, names another version, or an entry has no
/// valid fingerprint or no reason.
///
/// ```
/// use crosscheck::baseline::parse;
///
/// let ok = "version: 1\nentries:\n- fingerprint: 00ff00ff00ff00ff\n  reason: checked by the desk\n";
/// assert_eq!(parse("b.yaml", ok).unwrap().entries[0].line, 3);
///
/// let bad = "version: 1\nentries:\n- fingerprint: 00ff\n  reason: checked\n";
/// assert!(parse("b.yaml", bad).unwrap_err().to_string().starts_with("b.yaml:3:"));
/// ```
pub fn parse(path: &str, text: &str) -> Result<Baseline, BaselineError> {
    let malformed = |line: usize, column: usize, message: String| BaselineError::Malformed {
        path: path.to_string(),
        line,
        column,
        message,
    };
    if text.trim().is_empty() {
        return Err(malformed(
            1,
            1,
            "the baseline is empty; write `version: 1` and `entries:`, or create it with `crosscheck baseline`".into(),
        ));
    }
    let file: FileIn = serde_yaml::from_str(text).map_err(|err| {
        let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
        malformed(line, column, format!("invalid baseline: {err}"))
    })?;
    if file.version != VERSION {
        let (line, column) = locate(text, "version", 0);
        return Err(malformed(
            line,
            column,
            format!(
                "baseline version {} is not supported; this crosscheck reads version {VERSION}",
                file.version
            ),
        ));
    }
    let mut entries = file.entries;
    let mut from = 0;
    for index in 0..entries.len() {
        let (line, column, next) = locate_from(text, &entries[index].fingerprint, from);
        from = next;
        let entry = &mut entries[index];
        entry.line = line;
        entry.fingerprint = entry.fingerprint.trim().to_ascii_lowercase();
        if !is_fingerprint(&entry.fingerprint) {
            return Err(malformed(
                line,
                column,
                format!(
                    "`{}` is not a fingerprint (16 hexadecimal digits); copy it from `crosscheck baseline` or from the JSON or SARIF report",
                    entry.fingerprint
                ),
            ));
        }
        if entry.reason.trim().is_empty() {
            return Err(malformed(
                line,
                column,
                format!(
                    "the entry `{}` gives no reason; say why this difference is accepted",
                    entry.fingerprint
                ),
            ));
        }
        if let Some(first) = entries[..index]
            .iter()
            .find(|e| e.fingerprint == entries[index].fingerprint)
        {
            return Err(malformed(
                line,
                column,
                format!(
                    "the fingerprint `{}` is listed twice (first at line {}); keep one entry",
                    first.fingerprint, first.line
                ),
            ));
        }
    }
    Ok(Baseline {
        path: path.to_string(),
        entries,
    })
}

fn is_fingerprint(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The line and column of the first `needle` at or after byte `from`, and where to look next.
fn locate_from(text: &str, needle: &str, from: usize) -> (usize, usize, usize) {
    let found = text
        .get(from..)
        .and_then(|rest| rest.find(needle))
        .map(|at| from + at);
    match found {
        Some(at) if !needle.is_empty() => {
            let (line, column) = crate::source::line_and_column(text, at);
            (line, column, at + needle.len())
        }
        _ => {
            let (line, column) = crate::source::line_and_column(text, from);
            (line, column, from)
        }
    }
}

fn locate(text: &str, needle: &str, from: usize) -> (usize, usize) {
    let (line, column, _) = locate_from(text, needle, from);
    (line, column)
}

/// Marks the discrepancies of `report` that `baseline` accepts, and records the entries that
/// matched none.
pub fn apply(baseline: &Baseline, report: &mut CheckReport) {
    let mut used = vec![false; baseline.entries.len()];
    let mut accepted = 0;
    for finding in report
        .findings
        .iter_mut()
        .filter(|f| f.status == Status::Discrepancy)
    {
        let fingerprint = fingerprint::of(finding);
        if let Some(index) = baseline
            .entries
            .iter()
            .position(|e| e.fingerprint == fingerprint)
        {
            finding.accepted = Some(baseline.entries[index].reason.clone());
            used[index] = true;
            accepted += 1;
        }
    }
    let stale = baseline
        .entries
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(entry, _)| entry.clone())
        .collect();
    report.baseline = Some(Applied {
        path: baseline.path.clone(),
        accepted,
        stale,
    });
}

/// A baseline file accepting every discrepancy of `report`. Reasons already given in
/// `previous` for the same fingerprints are kept; the others are [`PLACEHOLDER_REASON`].
pub fn write(report: &CheckReport, previous: Option<&Baseline>) -> String {
    let entries: Vec<Entry> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Discrepancy)
        .map(|finding| entry_for(finding, previous))
        .collect();
    let yaml = serde_yaml::to_string(&FileOut {
        version: VERSION,
        entries: &entries,
    })
    .unwrap_or_else(|_| format!("version: {VERSION}\nentries: []\n"));
    format!(
        "# crosscheck baseline: discrepancies accepted on purpose. `crosscheck check --baseline FILE`\n\
         # still shows them, marked accepted, but they no longer fail the run. Replace each TODO\n\
         # with the reason; an entry that matches no discrepancy any more is reported as stale.\n\
         {yaml}"
    )
}

fn entry_for(finding: &Finding, previous: Option<&Baseline>) -> Entry {
    let fingerprint = fingerprint::of(finding);
    let reason = previous
        .and_then(|b| b.entries.iter().find(|e| e.fingerprint == fingerprint))
        .map_or_else(|| PLACEHOLDER_REASON.to_string(), |e| e.reason.clone());
    Entry {
        fingerprint,
        kind: Some(finding.kind.clone()),
        summary: Some(finding.summary.clone()),
        reason,
        line: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        parse("base.yaml", text).unwrap_err().to_string()
    }

    #[test]
    fn entries_are_read_with_their_lines() {
        let baseline = parse(
            "base.yaml",
            "version: 1\nentries:\n  - fingerprint: 00FF00FF00FF00FF\n    kind: visit.ordinal\n    reason: known\n  - fingerprint: 0123456789abcdef\n    reason: also known\n",
        )
        .unwrap();
        assert_eq!(baseline.entries.len(), 2);
        assert_eq!(baseline.entries[0].fingerprint, "00ff00ff00ff00ff");
        assert_eq!(baseline.entries[0].line, 3);
        assert_eq!(baseline.entries[1].line, 6);
        assert_eq!(baseline.entries[1].kind, None);
    }

    #[test]
    fn malformed_files_name_the_line() {
        assert!(error("").starts_with("base.yaml:1:1: the baseline is empty"));
        let yaml = error("version: 1\nentries:\n  - fingerprint: [oops\n");
        assert!(
            yaml.starts_with("base.yaml:3:") || yaml.starts_with("base.yaml:4:"),
            "{yaml}"
        );
        assert!(yaml.contains("invalid baseline"), "{yaml}");
        let version = error("# a comment\nversion: 2\nentries: []\n");
        assert!(
            version.starts_with("base.yaml:2:1: baseline version 2"),
            "{version}"
        );
        let fingerprint = error("version: 1\nentries:\n  - fingerprint: abc\n    reason: x\n");
        assert!(
            fingerprint.starts_with("base.yaml:3:18: `abc` is not a fingerprint"),
            "{fingerprint}"
        );
        let reason =
            error("version: 1\nentries:\n  - fingerprint: 00ff00ff00ff00ff\n    reason: ' '\n");
        assert!(reason.contains("gives no reason"), "{reason}");
        let unknown = error("version: 1\nentries:\n  - fingerprint: 00ff00ff00ff00ff\n    reason: x\n    resaon: y\n");
        assert!(unknown.contains("unknown field `resaon`"), "{unknown}");
        let twice = error("version: 1\nentries:\n  - fingerprint: 00ff00ff00ff00ff\n    reason: x\n  - fingerprint: 00ff00ff00ff00ff\n    reason: y\n");
        assert!(
            twice.starts_with("base.yaml:5:") && twice.contains("first at line 3"),
            "{twice}"
        );
    }

    #[test]
    fn a_written_baseline_reads_back() {
        let report = CheckReport {
            findings: Vec::new(),
            claim_count: 0,
            baseline: None,
        };
        let text = write(&report, None);
        assert!(text.starts_with("# crosscheck baseline"), "{text}");
        assert_eq!(parse("b.yaml", &text).unwrap().entries, Vec::new());
    }
}
