//! The JSON report: a stable contract (DESIGN.md). Fields may be added, never renamed or removed.

use serde_json::{json, Map, Value as Json};

use super::SourceClaims;
use crate::claim::{Claim, Role};
use crate::compare::{Finding, Status};
use crate::fingerprint;
use crate::normalize::dimension::Expression;
use crate::source::Document;
use crate::value::{NumberValue, Value};
use crate::CheckReport;

/// The report of `crosscheck check`.
pub fn check(report: &CheckReport, documents: &[Document]) -> String {
    let findings: Vec<Json> = report.findings.iter().map(finding).collect();
    let body = json!({
        "version": 1,
        "sources": documents.iter().map(source).collect::<Vec<_>>(),
        "findings": findings,
        "summary": {
            "sources": documents.len(),
            "claims": report.claim_count,
            "agreements": report.count(Status::Agreement),
            "discrepancies": report.count(Status::Discrepancy),
            "unique": report.count(Status::Unique),
            "accepted": report.accepted(),
        },
        "baseline": report.baseline.as_ref().map(|applied| json!({
            "path": applied.path,
            "accepted": applied.accepted,
            "stale": applied.stale.iter().map(|entry| json!({
                "fingerprint": entry.fingerprint,
                "kind": entry.kind,
                "summary": entry.summary,
                "reason": entry.reason,
                "line": entry.line,
            })).collect::<Vec<_>>(),
        })),
    });
    pretty(&body)
}

/// The report of `crosscheck extract`.
pub fn extract(sources: &[SourceClaims<'_>]) -> String {
    let body = json!({
        "version": 1,
        "sources": sources.iter().map(|s| {
            let mut entry = source(s.document);
            if let Json::Object(map) = &mut entry {
                map.insert("claims".into(), s.claims.iter().map(claim).collect());
            }
            entry
        }).collect::<Vec<_>>(),
    });
    pretty(&body)
}

/// The output of `crosscheck parse`: `{"expressions": [{"text", "span", "value", "assumptions"}]}`.
pub fn parse(expressions: &[Expression]) -> String {
    let body = json!({
        "expressions": expressions.iter().map(|e| json!({
            "text": e.text,
            "span": e.span,
            "value": value(&e.value),
            "assumptions": e.assumptions,
        })).collect::<Vec<_>>(),
    });
    pretty(&body)
}

pub(crate) fn pretty(body: &Json) -> String {
    let mut text = serde_json::to_string_pretty(body).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

fn source(document: &Document) -> Json {
    json!({
        "path": document.path,
        "title": document.meta.title,
        "outlet": document.meta.outlet,
        "url": document.meta.url,
        "published": document.meta.published.map(|d| d.to_string()),
        "published_from": document.meta.published_from,
    })
}

fn finding(finding: &Finding) -> Json {
    json!({
        "status": finding.status,
        "kind": finding.kind,
        "subject": finding.subject,
        "object": finding.object,
        "qualifiers": finding.qualifiers,
        "summary": finding.summary,
        "reason": finding.reason,
        "alignment": finding.alignment,
        "claims": finding.claims.iter().map(claim).collect::<Vec<_>>(),
        "fingerprint": fingerprint::of(finding),
        "accepted": finding.accepted.is_some(),
        "accepted_reason": finding.accepted,
    })
}

/// One claim, as the contract shows it inside a finding, plus what `extract` needs.
pub fn claim(claim: &Claim) -> Json {
    json!({
        "source": claim.evidence.source,
        "text": claim.evidence.text,
        "value": value(&claim.value),
        "display": claim.display,
        "span": claim.evidence.span,
        "rule": claim.rule,
        "assumptions": claim.assumptions,
        "kind": claim.kind,
        "subject": claim.subject.as_ref().map(role),
        "object": claim.object.as_ref().map(role),
        "qualifiers": claim.qualifiers,
        "sentence": claim.evidence.sentence,
    })
}

fn role(role: &Role) -> Json {
    json!({"name": role.name, "written": role.written, "resolution": role.resolution})
}

/// A value object: `number`, `date` or `unresolved`, by `type`.
pub fn value(value: &Value) -> Json {
    match value {
        Value::Number(n) => number(n),
        Value::Date(d) => json!({
            "type": "date",
            "start": d.format_bound(d.start),
            "end": d.format_bound(d.end),
            "grain": d.grain,
        }),
        Value::Score { high, low } => json!({"type": "score", "high": high, "low": low}),
        Value::Unresolved { reason } => json!({"type": "unresolved", "reason": reason}),
    }
}

fn number(n: &NumberValue) -> Json {
    let mut map = Map::new();
    map.insert("type".into(), "number".into());
    map.insert("min".into(), n.min.map_or(Json::Null, plain_number));
    map.insert("max".into(), n.max.map_or(Json::Null, plain_number));
    map.insert("min_inclusive".into(), n.min_inclusive.into());
    map.insert("max_inclusive".into(), n.max_inclusive.into());
    map.insert("unit".into(), n.unit.clone().into());
    Json::Object(map)
}

/// Whole numbers as JSON integers (5, not 5.0), others as they are.
fn plain_number(n: f64) -> Json {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}
