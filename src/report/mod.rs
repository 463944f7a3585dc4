//! Reporters: findings and claims rendered as bytes. Reporters never judge; every verdict and
//! reason they print was decided in [`crate::compare`].
//!
//! One file per format: [`text`] for a terminal, [`json`] for programs (a stable contract),
//! [`markdown`] for a person or a pull-request comment, [`sarif`] for code-scanning tools and
//! [`html`] for one self-contained page with the sources side by side. Accepted discrepancies
//! and stale baseline entries are shown as [`crate::baseline`] left them.

pub mod html;
pub mod json;
pub mod markdown;
pub mod rules;
pub mod sarif;
pub mod text;

use crate::claim::Claim;
use crate::compare::{Finding, Status};
use crate::source::Document;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Sarif,
    Html,
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
    let unit = unit_label(|key| finding.qualifiers.get(key).map(String::as_str));
    if about.is_empty() {
        format!("{}{unit}", finding.kind)
    } else {
        format!("{}{unit}: {about}", finding.kind)
    }
}

/// " (GBP)" after a kind: the unit, and beside it the period and year the figure is for
/// ("(USD, Q4 2025)"), a stated maximum ("(GBP, maximum)"), a plan's outlook ("(percent,
/// expected)"), an earlier offer ("(GBP, earlier)"), a change on the month or the year ("(percent, on
/// the year)"), the day a figure that changes daily is for ("(percent, as of 2026-08-20)") and
/// the one day or place a share is of ("(flight, tuesday alone)") and the span a count is over
/// ("(in 10 years)") and who did what a count counts ("(ace, by Ana Okafor)"). `qualifier` gives a claim's
/// or finding's qualifier by key.
pub(crate) fn unit_label<'q>(qualifier: impl Fn(&str) -> Option<&'q str>) -> String {
    let when = match (qualifier("period"), qualifier("year")) {
        (Some(period), Some(year)) => Some(format!("{period} {year}")),
        (period, year) => period.or(year).map(str::to_string),
    };
    let as_of = qualifier("as of").map(|day| format!("as of {day}"));
    let by = qualifier("by").map(|who| format!("by {who}"));
    let labels: Vec<&str> = [qualifier("unit"), when.as_deref()]
        .into_iter()
        .chain([
            qualifier("limit"),
            qualifier("outlook"),
            qualifier("stage"),
            qualifier("change"),
            qualifier("day"),
            as_of.as_deref(),
            qualifier("part"),
            qualifier("window"),
            by.as_deref(),
        ])
        .flatten()
        .collect();
    if labels.is_empty() {
        String::new()
    } else {
        format!(" ({})", labels.join(", "))
    }
}

/// The findings of one status, in report order.
pub(crate) fn of_status(findings: &[Finding], status: Status) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(move |f| f.status == status)
}

/// "1 discrepancy", "2 discrepancies".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Each assumption of a finding's claims once, with the source that made it:
/// ("a.md", "reference date 2025-08-28 (…)").
pub(crate) fn assumptions(finding: &Finding) -> Vec<(String, &str)> {
    let mut seen = Vec::new();
    for claim in &finding.claims {
        let source = crate::compare::short(&claim.evidence.source);
        for assumption in &claim.assumptions {
            if !seen
                .iter()
                .any(|(s, a): &(String, &str)| *s == source && **a == **assumption)
            {
                seen.push((source.clone(), &**assumption));
            }
        }
    }
    seen
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
