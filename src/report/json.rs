//! The JSON report: a stable contract (DESIGN.md). Fields may be added, never renamed or removed.

use std::io::{self, Write};
use std::sync::Arc;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
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
    into_string(|out| write_check(report, documents, out))
}

/// Writes the report of `crosscheck check` as [`check`] renders it, one claim at a time: the
/// report of a large archive is many times the size of the archive, and is never held whole.
pub fn write_check(
    report: &CheckReport,
    documents: &[Document],
    out: &mut dyn Write,
) -> io::Result<()> {
    let body = json!({
        "version": 1,
        "sources": documents.iter().map(source).collect::<Vec<_>>(),
        "findings": Json::Null,
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
    let findings = Each(&report.findings, finding);
    write_pretty(&With::new(body, "findings", findings), out)
}

/// The report of `crosscheck extract`.
pub fn extract(sources: &[SourceClaims<'_>]) -> String {
    into_string(|out| write_extract(sources, out))
}

/// Writes the report of `crosscheck extract` as [`extract`] renders it, one claim at a time.
pub fn write_extract(sources: &[SourceClaims<'_>], out: &mut dyn Write) -> io::Result<()> {
    let listed = Each(sources, source_with_claims);
    let body = json!({"version": 1, "sources": Json::Null});
    write_pretty(&With::new(body, "sources", listed), out)
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
    into_string(|out| write_pretty(body, out))
}

/// Writes `body` as indented JSON and a newline.
fn write_pretty(body: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, body)?;
    out.write_all(b"\n")
}

fn into_string(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    // Writing into memory fails only if a value cannot be JSON, which none of ours is.
    if write(&mut bytes).is_err() {
        return "{}\n".into();
    }
    String::from_utf8(bytes).unwrap_or_else(|_| "{}\n".into())
}

/// A JSON array whose items are made one at a time as they are written.
struct Each<'a, T, F>(&'a [T], F);

impl<'a, T, F, S> Serialize for Each<'a, T, F>
where
    F: Fn(&'a T) -> S,
    S: Serialize,
{
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(&(self.1)(item))?;
        }
        seq.end()
    }
}

/// A JSON object one of whose members is written from `value` instead of the map: the map
/// keeps the members' order (serde_json sorts keys), the member is written as it is made.
struct With<S> {
    map: Json,
    key: &'static str,
    value: S,
}

impl<S: Serialize> With<S> {
    fn new(map: Json, key: &'static str, value: S) -> Self {
        With { map, key, value }
    }
}

impl<S: Serialize> Serialize for With<S> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let Json::Object(members) = &self.map else {
            return self.map.serialize(serializer);
        };
        let mut map = serializer.serialize_map(Some(members.len()))?;
        for (key, value) in members {
            if key == self.key {
                map.serialize_entry(key, &self.value)?;
            } else {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

fn source(document: &Document) -> Json {
    json!({
        "path": document.path,
        "title": document.meta.title,
        "outlet": document.meta.outlet,
        "url": document.meta.url,
        "published": document.meta.published.map(|d| d.to_string()),
        "published_from": document.meta.published_from,
        "published_year_from": document.meta.published_year_from,
    })
}

/// A source of `extract`, with its claims.
fn source_with_claims<'a>(listed: &'a SourceClaims<'_>) -> With<Claims<'a>> {
    let mut entry = source(listed.document);
    if let Json::Object(map) = &mut entry {
        map.insert("claims".into(), Json::Null);
    }
    With::new(entry, "claims", Each(&listed.claims, claim))
}

type Claims<'a> = Each<'a, Claim, fn(&Claim) -> Json>;

/// A finding, with its claims written one at a time.
fn finding(finding: &Finding) -> With<Claims<'_>> {
    let members = json!({
        "status": finding.status,
        "kind": finding.kind,
        "subject": finding.subject,
        "object": finding.object,
        "qualifiers": finding.qualifiers,
        "summary": finding.summary,
        "reason": finding.reason,
        "alignment": finding.alignment,
        "claims": Json::Null,
        "fingerprint": fingerprint::of(finding),
        "accepted": finding.accepted.is_some(),
        "accepted_reason": finding.accepted,
    });
    With::new(members, "claims", Each(&finding.claims, claim))
}

/// One claim, as the contract shows it inside a finding, plus what `extract` needs.
pub fn claim(claim: &Claim) -> Json {
    json!({
        "source": &*claim.evidence.source,
        "text": claim.evidence.text,
        "value": value(&claim.value),
        "display": &*claim.display,
        "span": claim.evidence.span,
        "rule": &*claim.rule,
        "assumptions": texts(&claim.assumptions),
        "kind": &*claim.kind,
        "subject": claim.subject.as_deref().map(role),
        "object": claim.object.as_deref().map(role),
        "qualifiers": claim.qualifiers,
        "sentence": &*claim.evidence.sentence,
    })
}

fn role(role: &Role) -> Json {
    json!({"name": &*role.name, "written": &*role.written, "resolution": &*role.resolution})
}

/// Shared texts, for `json!`: serde writes `Arc<str>` only with its `rc` feature.
pub(crate) fn texts(shared: &[Arc<str>]) -> Vec<&str> {
    shared.iter().map(|text| &**text).collect()
}

/// A value object: `number`, `date`, `score`, `month_day` or `unresolved`, by `type`.
pub fn value(value: &Value) -> Json {
    match value {
        Value::Number(n) => number(n),
        Value::Date(d) => json!({
            "type": "date",
            "start": d.format_bound(d.start),
            "end": d.format_bound(d.end),
            "grain": d.grain,
        }),
        Value::Score { high, low } => json!({
            "type": "score",
            "high": plain_number(*high),
            "low": plain_number(*low),
        }),
        Value::MonthDay { month, day } => json!({"type": "month_day", "month": month, "day": day}),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_is_whole_numbers_unless_it_has_a_half() {
        let whole = value(&Value::Score {
            high: 2.0,
            low: 1.0,
        });
        assert_eq!(whole, json!({"type": "score", "high": 2, "low": 1}));
        let halves = value(&Value::Score {
            high: 6.5,
            low: 3.5,
        });
        assert_eq!(halves, json!({"type": "score", "high": 6.5, "low": 3.5}));
    }
}
