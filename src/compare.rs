//! Comparison: the verdict on a [`ClaimGroup`] and the reason for it.
//!
//! Two sources agree when their values overlap (equal, one containing the other, or two hedges
//! sharing a range) and disagree when some pair of them is disjoint. A claim only one source makes
//! is unique. Unresolved values are carried along but never decide anything.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::align::ClaimGroup;
use crate::claim::Claim;
use crate::value::Relation;

/// A finding's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Discrepancy,
    Agreement,
    Unique,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Status::Discrepancy => "discrepancy",
            Status::Agreement => "agreement",
            Status::Unique => "unique",
        })
    }
}

/// What the comparison found about one group of claims.
#[derive(Clone, Debug)]
pub struct Finding {
    pub status: Status,
    pub kind: String,
    pub subject: Option<String>,
    pub object: Option<String>,
    pub qualifiers: BTreeMap<String, String>,
    /// One line: "sources disagree: 5 (a.md) vs 4 (c.md)".
    pub summary: String,
    /// Why the values agree or conflict.
    pub reason: String,
    /// Why the claims were aligned.
    pub alignment: Vec<String>,
    pub claims: Vec<Claim>,
    /// Why a baseline accepts this discrepancy, when one does. Set by [`crate::baseline::apply`]
    /// after the verdict; comparison itself never accepts anything.
    pub accepted: Option<String>,
}

/// The verdict on one group.
pub fn compare(group: ClaimGroup) -> Finding {
    let resolved: Vec<&Claim> = group
        .claims
        .iter()
        .filter(|c| c.value.is_resolved())
        .collect();
    let mut sources: Vec<&str> = resolved.iter().map(|c| &*c.evidence.source).collect();
    sources.sort_unstable();
    sources.dedup();
    let (status, summary, reason) = if sources.len() < 2 {
        unique(&group.claims)
    } else if let Some((a, b)) = first_conflict(&resolved) {
        (
            Status::Discrepancy,
            format!("sources disagree: {}", values_by_source(&resolved, " vs ")),
            disagreement_reason(a, b),
        )
    } else {
        (
            Status::Agreement,
            format!("sources agree: {}", values_by_source(&resolved, "; ")),
            agreement_reason(&resolved),
        )
    };
    // The name most claims resolved to; ties go to the first claim's.
    let pick = |role: fn(&Claim) -> Option<&crate::claim::Role>| {
        let names: Vec<&str> = group
            .claims
            .iter()
            .filter_map(role)
            .map(|r| &*r.name)
            .collect();
        let mut counts: std::collections::HashMap<&str, usize> = Default::default();
        for name in &names {
            *counts.entry(name).or_insert(0) += 1;
        }
        let count = |name: &str| counts.get(name).copied().unwrap_or(0);
        let best = names.iter().map(|n| count(n)).max()?;
        names
            .iter()
            .find(|n| count(n) == best)
            .map(|n| n.to_string())
    };
    Finding {
        status,
        kind: group.kind.clone(),
        subject: pick(|c| c.subject.as_deref()),
        object: pick(|c| c.object.as_deref()),
        qualifiers: group
            .claims
            .first()
            .map(|c| c.qualifiers.to_map())
            .unwrap_or_default(),
        summary,
        reason,
        alignment: group.reasons,
        claims: group.claims,
        accepted: None,
    }
}

/// The verdict on claims with at most one source whose value is resolved: compared with
/// nothing. Where other sources made the claim with a value that could not be resolved, the
/// summary names them too, each with what it said.
fn unique(claims: &[Claim]) -> (Status, String, String) {
    let sources = dedup(claims.iter().map(|c| &*c.evidence.source));
    let resolved = claims
        .iter()
        .find(|c| c.value.is_resolved())
        .map(|c| short(&c.evidence.source));
    if sources.len() < 2 {
        let values: Vec<&str> = dedup(claims.iter().map(|c| &*c.display));
        let reason = if resolved.is_some() {
            "no other source makes this claim"
        } else {
            "the value could not be resolved, so it is compared with nothing"
        };
        let source = sources.first().map(|s| short(s)).unwrap_or_default();
        return (
            Status::Unique,
            format!("only {source}: {}", values.join(", ")),
            reason.to_string(),
        );
    }
    let all: Vec<&Claim> = claims.iter().collect();
    let reason = match resolved {
        Some(source) => {
            format!("only the value of {source} could be resolved, so no two sources are compared")
        }
        None => "no source's value could be resolved, so none is compared".to_string(),
    };
    (
        Status::Unique,
        format!("not compared: {}", values_by_source(&all, "; ")),
        reason,
    )
}

/// The first pair of claims from different sources whose values cannot both hold.
fn first_conflict<'a>(claims: &[&'a Claim]) -> Option<(&'a Claim, &'a Claim)> {
    first_pair(claims, |r| r == Relation::Disjoint)
}

/// The first pair of claims (in claim order, the first claim first) from different sources
/// whose values stand in a relation `wanted` accepts.
///
/// Relations are worked out once per pair of distinct values, and each claim looks only at
/// the claims holding a value it relates to: with thousands of sources repeating a few values,
/// the cost grows with the claims, not with their square.
fn first_pair<'a>(
    claims: &[&'a Claim],
    wanted: impl Fn(Relation) -> bool,
) -> Option<(&'a Claim, &'a Claim)> {
    // The distinct values, in order, with the positions of the claims holding each.
    let mut values: Vec<(&crate::value::Value, Vec<usize>)> = Vec::new();
    let mut value_of = Vec::with_capacity(claims.len());
    for (position, claim) in claims.iter().enumerate() {
        match values.iter().position(|(v, _)| **v == claim.value) {
            Some(index) => {
                values[index].1.push(position);
                value_of.push(index);
            }
            None => {
                value_of.push(values.len());
                values.push((&claim.value, vec![position]));
            }
        }
    }
    let related: Vec<Vec<bool>> = values
        .iter()
        .map(|(a, _)| values.iter().map(|(b, _)| wanted(a.relation(b))).collect())
        .collect();
    for (i, a) in claims.iter().enumerate() {
        let first_after = |(index, (_, holders)): (usize, &(&crate::value::Value, Vec<usize>))| {
            if !related[value_of[i]][index] {
                return None;
            }
            let after = holders.partition_point(|&j| j <= i);
            holders[after..]
                .iter()
                .copied()
                .find(|&j| claims[j].evidence.source != a.evidence.source)
        };
        if let Some(j) = values.iter().enumerate().filter_map(first_after).min() {
            return Some((*a, claims[j]));
        }
    }
    None
}

/// Why two claims' values cannot both hold: they have no value in common, or they are
/// estimates whose ranges touch but where neither figure lies in the other's range (an
/// estimate's range is how far its own figure may be off).
fn disagreement_reason(a: &Claim, b: &Claim) -> String {
    let said = |c: &Claim| format!("{} ({})", c.display, short(&c.evidence.source));
    let apart = a.value.apart_as_estimates(&b.value);
    let figures = (
        a.value.figure_shown(&a.display),
        b.value.figure_shown(&b.display),
    );
    match figures {
        (Some(x), Some(y)) if apart => format!(
            "{} and {} are estimates of {x} and {y}: their ranges touch, but neither figure \
             lies within the other's range",
            said(a),
            said(b)
        ),
        (Some(x), None) if apart => format!(
            "{} is an estimate of {x}, which lies outside {}; their ranges only touch",
            said(a),
            said(b)
        ),
        (None, Some(y)) if apart => format!(
            "{} is an estimate of {y}, which lies outside {}; their ranges only touch",
            said(b),
            said(a)
        ),
        _ => format!("{} and {} have no value in common", said(a), said(b)),
    }
}

fn agreement_reason(claims: &[&Claim]) -> String {
    if let Some((a, b)) = first_pair(claims, |r| r == Relation::Overlap) {
        return format!(
            "hedged values share a range: {} and {}",
            a.display, b.display
        );
    }
    let containment = first_pair(claims, |r| {
        matches!(r, Relation::Contains | Relation::ContainedBy)
    })
    .map(|(a, b)| match a.value.relation(&b.value) {
        Relation::Contains => (a, b),
        _ => (b, a),
    });
    match containment {
        Some((wide, narrow)) => format!(
            "one is only more precise: {} ({}) lies within {} ({})",
            narrow.display,
            short(&narrow.evidence.source),
            wide.display,
            short(&wide.evidence.source)
        ),
        None => "the values are the same".to_string(),
    }
}

/// "5 (a.md, b.md) vs 4 (c.md)": each distinct value with the sources that give it; values
/// that can hold together are listed together ("2011-12 (a.md), 2011 (b.md) vs 2012 (c.md)").
fn values_by_source(claims: &[&Claim], separator: &str) -> String {
    let mut values: Vec<(&Claim, Vec<String>)> = Vec::new();
    let mut listed: std::collections::HashSet<(&str, String)> = Default::default();
    for claim in claims {
        let source = short(&claim.evidence.source);
        if !listed.insert((&*claim.display, source.clone())) {
            continue;
        }
        match values.iter_mut().find(|(v, _)| v.display == claim.display) {
            Some((_, sources)) => sources.push(source),
            None => values.push((claim, vec![source])),
        }
    }
    let mut clusters: Vec<Vec<(&Claim, Vec<String>)>> = Vec::new();
    for (claim, sources) in values {
        let fits = |cluster: &Vec<(&Claim, Vec<String>)>| {
            cluster
                .iter()
                .all(|(other, _)| claim.value.relation(&other.value).is_compatible())
        };
        match clusters.iter_mut().find(|c| fits(c)) {
            Some(cluster) => cluster.push((claim, sources)),
            None => clusters.push(vec![(claim, sources)]),
        }
    }
    clusters
        .iter()
        .map(|cluster| {
            cluster
                .iter()
                .map(|(claim, sources)| format!("{} ({})", claim.display, sources.join(", ")))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect::<Vec<_>>()
        .join(separator)
}

fn dedup<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The file name of a source path, for summaries.
pub fn short(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
        .to_string()
}
