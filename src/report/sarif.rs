//! The SARIF 2.1.0 report, for code-scanning tools (GitHub code scanning and the like), written
//! with the typed model of `serde-sarif`.
//!
//! One result per discrepancy: its location is the first claim, its related locations the others,
//! each with a message giving that side's value. `partialFingerprints` carries the finding's
//! [fingerprint](crate::fingerprint), built from what the claims say and never from where they
//! sit, so a result keeps its identity across edits. `tool.driver.rules` describes the rule files
//! behind the results, from their own `description` and `documentation`. A discrepancy a baseline
//! accepts carries an external, accepted suppression with the baseline's reason; stale baseline
//! entries become warnings among the invocation's notifications.

use std::collections::BTreeMap;

use serde_json::json;
use serde_sarif::sarif::{
    ArtifactContent, ArtifactLocation, Invocation, Location, Message, MultiformatMessageString,
    Notification, PhysicalLocation, PropertyBag, Region, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Run, Sarif, Suppression, Tool, ToolComponent,
};

use super::{assumptions, heading, of_status};
use crate::claim::Claim;
use crate::compare::{short, Finding, Status};
use crate::fingerprint;
use crate::rules::RuleSet;
use crate::source::{line_and_column, Document};
use crate::CheckReport;

/// The schema the log declares, as the OASIS standard publishes it.
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of our fingerprint in `partialFingerprints`, versioned as SARIF recommends.
const FINGERPRINT_KEY: &str = "crosscheck/v1";

/// The report of `crosscheck check`.
pub fn check(report: &CheckReport, documents: &[Document], rules: &RuleSet) -> String {
    let discrepancies: Vec<&Finding> = of_status(&report.findings, Status::Discrepancy).collect();
    let rule_ids = rules_behind(&discrepancies);
    let results: Vec<SarifResult> = discrepancies
        .iter()
        .map(|finding| result(finding, documents, &rule_ids))
        .collect();
    let driver = ToolComponent::builder()
        .name("crosscheck")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(
            rule_ids
                .iter()
                .map(|id| descriptor(id, rules))
                .collect::<Vec<_>>(),
        )
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .column_kind(json!("unicodeCodePoints"))
        .invocations(vec![invocation(report)])
        .build();
    let log = Sarif::builder()
        .schema(SCHEMA)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

/// The ids of the rules behind the claims of `findings`, in order of first use.
fn rules_behind(findings: &[&Finding]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for claim in findings.iter().flat_map(|f| &f.claims) {
        if !ids.iter().any(|id| **id == *claim.rule) {
            ids.push(claim.rule.to_string());
        }
    }
    ids
}

/// A rule's metadata, from its file: the description is the short one, the documentation (or,
/// when a rule has none, the description again) the full description and the help.
fn descriptor(id: &str, rules: &RuleSet) -> ReportingDescriptor {
    let Some(rule) = rules.rule(id) else {
        return ReportingDescriptor::builder().id(id).build();
    };
    let description = reflow(&rule.file.description);
    let documentation = rule
        .file
        .documentation
        .as_deref()
        .map(reflow)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| description.clone());
    ReportingDescriptor::builder()
        .id(id)
        .short_description(text_only(&description))
        .full_description(text_only(&documentation))
        .help(text_only(&documentation))
        .properties(
            PropertyBag::builder()
                .tags(vec![rule.file.kind.clone()])
                .build(),
        )
        .build()
}

/// Rule documentation is written in YAML blocks wrapped at 100 columns; viewers wrap text
/// themselves, so lines are joined into paragraphs, which stay apart.
fn reflow(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn text_only(text: &str) -> MultiformatMessageString {
    MultiformatMessageString::builder()
        .text(text.to_string())
        .build()
}

fn result(finding: &Finding, documents: &[Document], rule_ids: &[String]) -> SarifResult {
    let mut claims = finding.claims.iter();
    let primary = claims.next();
    let message = format!(
        "{}: {}. Why: {}.",
        heading(finding),
        finding.summary,
        finding.reason
    );
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert(FINGERPRINT_KEY.to_string(), fingerprint::of(finding));
    let mut properties = BTreeMap::new();
    properties.insert("kind".to_string(), json!(finding.kind));
    properties.insert("alignment".to_string(), json!(finding.alignment));
    properties.insert(
        "assumptions".to_string(),
        json!(assumptions(finding)
            .iter()
            .map(|(source, assumption)| format!("{source}: {assumption}"))
            .collect::<Vec<_>>()),
    );
    let mut result = SarifResult::builder()
        .message(Message::builder().text(message).build())
        .level(ResultLevel::Error)
        .partial_fingerprints(fingerprints)
        .related_locations(
            claims
                .enumerate()
                .map(|(index, claim)| {
                    let mut location = location(claim, documents);
                    location.id = Some(index as i64 + 1);
                    location
                })
                .collect::<Vec<_>>(),
        )
        .properties(
            PropertyBag::builder()
                .tags(vec!["discrepancy".to_string()])
                .additional_properties(properties)
                .build(),
        )
        .build();
    if let Some(claim) = primary {
        result.rule_id = Some(claim.rule.to_string());
        result.rule_index = rule_ids
            .iter()
            .position(|id| **id == *claim.rule)
            .map(|i| i as i64);
        result.locations = Some(vec![location(claim, documents)]);
    }
    if let Some(reason) = &finding.accepted {
        result.suppressions = Some(vec![Suppression::builder()
            .kind(json!("external"))
            .status(json!("accepted"))
            .justification(reason.clone())
            .build()]);
    }
    result
}

/// Where a claim is, with a message giving its source's value.
fn location(claim: &Claim, documents: &[Document]) -> Location {
    let span = claim.evidence.span;
    let mut region = Region::builder()
        .start_line(span.line as i64)
        .start_column(span.column as i64)
        .byte_offset(span.start as i64)
        .byte_length(span.end.saturating_sub(span.start) as i64)
        .snippet(
            ArtifactContent::builder()
                .text(claim.evidence.text.clone())
                .build(),
        )
        .build();
    if let Some(document) = documents.iter().find(|d| *d.path == *claim.evidence.source) {
        let (line, column) = line_and_column(&document.original, span.end);
        region.end_line = Some(line as i64);
        region.end_column = Some(column as i64);
    }
    Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(uri(&claim.evidence.source))
                        .build(),
                )
                .region(region)
                .build(),
        )
        .message(
            Message::builder()
                .text(format!(
                    "{} says {}: “{}”",
                    short(&claim.evidence.source),
                    claim.display,
                    claim
                        .evidence
                        .text
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                ))
                .build(),
        )
        .build()
}

/// The run's invocation: it succeeded, with a warning for each stale baseline entry.
fn invocation(report: &CheckReport) -> Invocation {
    let notifications: Vec<Notification> = report
        .baseline
        .iter()
        .flat_map(|applied| {
            applied.stale.iter().map(move |entry| {
                Notification::builder()
                    .level(json!("warning"))
                    .message(
                        Message::builder()
                            .text(format!(
                                "{}:{}: the baseline entry `{}` matches no discrepancy any more; remove it",
                                applied.path, entry.line, entry.fingerprint
                            ))
                            .build(),
                    )
                    .build()
            })
        })
        .collect();
    let mut invocation = Invocation::builder().execution_successful(true).build();
    if !notifications.is_empty() {
        invocation.tool_execution_notifications = Some(notifications);
    }
    invocation
}

/// A path as a URI reference: relative paths stay relative (with `/` separators), absolute ones
/// become `file://` URIs, and anything outside the URI alphabet is percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let (prefix, rest) = if path.starts_with('/') {
        ("file://", path.as_str())
    } else if path.len() > 2
        && path.as_bytes()[0].is_ascii_alphabetic()
        && path.as_bytes()[1..3] == *b":/"
    {
        ("file:///", path.as_str())
    } else {
        ("", path.as_str())
    };
    let mut out = String::from(prefix);
    for byte in rest.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&byte) {
            out.push(byte as char);
        } else if byte == b':' && !prefix.is_empty() {
            out.push(':');
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("fixtures/x/a.md"), "fixtures/x/a.md");
        assert_eq!(uri("my reports/b#1.md"), "my%20reports/b%231.md");
        assert_eq!(uri("/tmp/a b.md"), "file:///tmp/a%20b.md");
        assert_eq!(uri(r"C:\news\a.md"), "file:///C:/news/a.md");
        assert_eq!(uri("café.md"), "caf%C3%A9.md");
        // A colon in a relative path would read as a scheme.
        assert_eq!(uri("a:b.md"), "a%3Ab.md");
    }
}
