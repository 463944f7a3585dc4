//! Reporters: findings and claims rendered as bytes. Reporters never judge; every verdict and
//! reason they print was decided in [`crate::compare`].
//!
//! One file per format: [`text`] for a terminal and [`json`] for programs (a stable contract).
//! Accepted discrepancies and stale baseline entries are shown as [`crate::baseline`] left them.

pub mod json;
pub mod text;

use crate::claim::Claim;
use crate::compare::Finding;
use crate::source::Document;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// One source and its claims, for `crosscheck extract`.
pub struct SourceClaims<'a> {
    pub document: &'a Document,
    pub claims: Vec<Claim>,
}

/// "subject · object" for headings, or the kind alone.
pub(crate) fn about(subject: Option<&str>, object: Option<&str>) -> String {
    match (subject, object) {
        (Some(s), Some(o)) => format!("{s} · {o}"),
        (Some(s), None) => s.to_string(),
        (None, Some(o)) => o.to_string(),
        (None, None) => String::new(),
    }
}

/// "kind (unit): subject · object", the heading of a finding.
pub(crate) fn heading(finding: &Finding) -> String {
    let about = about(finding.subject.as_deref(), finding.object.as_deref());
    let unit = finding
        .qualifiers
        .get("unit")
        .map(|u| format!(" ({u})"))
        .unwrap_or_default();
    if about.is_empty() {
        format!("{}{unit}", finding.kind)
    } else {
        format!("{}{unit}: {about}", finding.kind)
    }
}

/// "1 discrepancy", "2 discrepancies".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a stale baseline entry was about, for the reports: its summary or else its kind, in
/// parentheses, or nothing.
pub(crate) fn stale_about(entry: &crate::baseline::Entry) -> String {
    entry
        .summary
        .as_deref()
        .or(entry.kind.as_deref())
        .map(|about| format!(" ({about})"))
        .unwrap_or_default()
}
