//! crosscheck reads several news reports of the same story and reports where they agree and
//! where they contradict each other, quoting the words behind every verdict.
//!
//! Data flows one way through five stages, each a module that knows nothing of the stages after
//! it:
//!
//! - [`source`] loads a file into a [`source::Document`]: the plain text, a map back to the
//!   original bytes, sentences, and metadata (front matter, dateline or `--published`).
//! - [`rules`] loads and compiles the rule pack; [`extract`] runs it over a document and yields
//!   [`extract::Mention`]s, raw matches with their captures.
//! - [`normalize`] turns each mention into a [`claim::Claim`]: a typed [`value::Value`] (an
//!   interval of numbers or days), a resolved subject and object, and the assumptions made.
//! - [`align`] groups the claims of all sources that speak about the same thing, without ever
//!   looking at their values.
//! - [`compare`] gives each group its verdict: agreement, discrepancy or unique.
//!
//! After the verdicts, [`baseline`] may accept discrepancies someone has looked at, by their
//! [`fingerprint`]. [`report`] renders the findings as text, JSON, Markdown, SARIF or HTML; it
//! never decides anything.

pub mod align;
pub mod annotations;
pub mod baseline;
pub mod calendar;
pub mod claim;
pub mod compare;
pub mod config;
pub mod corroborate;
pub mod examples;
pub mod extract;
pub mod fingerprint;
pub mod normalize;
pub mod report;
pub mod rules;
pub mod source;
pub mod value;
pub mod yaml;

use claim::Claim;
use compare::{Finding, Status};
use normalize::Settings;
use rayon::prelude::*;
use rules::RuleSet;
use source::Document;

/// The claims one document makes. For many documents, [`claims_of_each`] is faster: it reads
/// them together. Figures read only to corroborate (see [`corroborate`]) are no claims of
/// their own and are left out; [`claims_and_figures_of`] keeps them.
pub fn claims_of(document: &Document, rules: &RuleSet, settings: &Settings) -> Vec<Claim> {
    let mut claims = claims_and_figures_of(document, rules, settings);
    drop_figures(&mut claims, rules);
    claims
}

/// The claims one document makes, with the figures the rules that read only to corroborate
/// found (what those rules' examples test).
pub fn claims_and_figures_of(
    document: &Document,
    rules: &RuleSet,
    settings: &Settings,
) -> Vec<Claim> {
    let mentions = extract::extract(document, rules);
    normalize::normalize(document, mentions, rules, settings)
}

/// The claims of each document, in document order, as [`claims_of`] gives them; the documents
/// are read in parallel, window by window (see [`extract::extract_in_parallel`]).
pub fn claims_of_each(
    documents: &[Document],
    rules: &RuleSet,
    settings: &Settings,
) -> Vec<Vec<Claim>> {
    let mut each = claims_by_source(
        documents,
        rules,
        settings,
        &normalize::Story::default(),
        &mut |_| {},
    );
    for claims in &mut each {
        drop_figures(claims, rules);
    }
    each
}

/// Drops the figures of rules that read only to corroborate.
fn drop_figures(claims: &mut Vec<Claim>, rules: &RuleSet) {
    let corroborating = rules.corroborating();
    if !corroborating.is_empty() {
        claims.retain(|claim| !corroborating.contains(&*claim.rule));
    }
}

/// The claims of each document of `story`, in document order.
///
/// The documents are read window by window with every thread (see
/// [`extract::extract_in_parallel`]); the documents a window completes are normalized in
/// parallel, and `progress` is called with each as its claims are made.
fn claims_by_source(
    documents: &[Document],
    rules: &RuleSet,
    settings: &Settings,
    story: &normalize::Story,
    progress: &mut dyn FnMut(&Document),
) -> Vec<Vec<Claim>> {
    let mut per_source: Vec<Vec<Claim>> = vec![Vec::new(); documents.len()];
    extract::extract_in_parallel(documents, rules, |finished| {
        let claims: Vec<(usize, Vec<Claim>)> = finished
            .into_par_iter()
            .map(|(index, mentions)| {
                let document = &documents[index];
                let claims = normalize::normalize_in_story(
                    document, mentions, rules, settings, story, index,
                );
                (index, claims)
            })
            .collect();
        for (index, claims) in claims {
            per_source[index] = claims;
            progress(&documents[index]);
        }
    });
    per_source
}

/// The outcome of checking sources against each other.
#[derive(Clone, Debug)]
pub struct CheckReport {
    /// Findings, discrepancies first, then agreements, then unique claims; within each status
    /// in the order the claims were first made.
    pub findings: Vec<Finding>,
    /// How many claims were extracted in all.
    pub claim_count: usize,
    /// What a baseline accepted and which of its entries are stale, when one was applied.
    pub baseline: Option<baseline::Applied>,
}

impl CheckReport {
    /// How many findings have this status, accepted or not.
    pub fn count(&self, status: Status) -> usize {
        self.findings.iter().filter(|f| f.status == status).count()
    }

    /// How many discrepancies a baseline accepted.
    pub fn accepted(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.accepted.is_some())
            .count()
    }

    /// How many findings have this status and were not accepted: what the exit code counts.
    pub fn open(&self, status: Status) -> usize {
        self.findings
            .iter()
            .filter(|f| f.status == status && f.accepted.is_none())
            .count()
    }
}

/// Extracts, aligns and compares the claims of `documents`.
pub fn check(documents: &[Document], rules: &RuleSet, settings: &Settings) -> CheckReport {
    check_with_progress(documents, rules, settings, &mut |_| {})
}

/// As [`check`], calling `progress` with each document once its claims are extracted, so a
/// caller can show how far a long run has got.
pub fn check_with_progress(
    documents: &[Document],
    rules: &RuleSet,
    settings: &Settings,
    progress: &mut dyn FnMut(&Document),
) -> CheckReport {
    let story = normalize::Story::of(documents, rules);
    let mut per_source = claims_by_source(documents, rules, settings, &story, progress);
    drop(story);
    // Moved, not copied, and each source's list freed as it is taken: for one large source the
    // claims are most of the memory. The list is made at its size: grown by doubling, it would
    // hold up to twice the claims' room through alignment.
    let claims: Vec<Claim> = if per_source.len() == 1 {
        per_source.pop().unwrap_or_default()
    } else {
        let mut claims = Vec::with_capacity(per_source.iter().map(Vec::len).sum());
        for more in per_source {
            claims.extend(more);
        }
        claims
    };
    // Figures read only to corroborate are set beside the findings, never aligned. They are
    // moved to the list's end in place and split off, so the claims are never held twice.
    let corroborating = rules.corroborating();
    let mut claims = claims;
    let mut kept = 0;
    for at in 0..claims.len() {
        if !corroborating.contains(&*claims[at].rule) {
            claims.swap(kept, at);
            kept += 1;
        }
    }
    let mut figures = claims.split_off(kept);
    drop(corroborating);
    // Back in the order they were read: report by report, in the order of the text.
    let order: std::collections::HashMap<&str, usize> = documents
        .iter()
        .enumerate()
        .map(|(index, document)| (document.path.as_str(), index))
        .collect();
    figures.sort_by_key(|claim| {
        (
            order.get(&*claim.evidence.source).copied(),
            claim.evidence.span.start,
        )
    });
    drop(order);
    let claim_count = claims.len();
    // A generic reading (a rule read only where a report gives it one value) matters only as a
    // comparison: what no other report says of it is left out of the findings, not listed as
    // a claim only one source makes.
    let once: std::collections::HashSet<&str> = rules
        .rules
        .iter()
        .filter(|rule| rule.file.once_per_report)
        .map(|rule| rule.id.as_str())
        .collect();
    let findings: Vec<Finding> = align::align(claims, &rules.gazetteer)
        .into_iter()
        .map(compare::compare)
        .collect();
    let mut findings: Vec<Finding> = corroborate::corroborate(findings, figures, documents, rules)
        .into_iter()
        .filter(|finding| {
            finding.status != Status::Unique
                || !finding.claims.iter().all(|c| once.contains(&*c.rule))
        })
        .collect();
    findings.sort_by_key(|f| f.status);
    CheckReport {
        findings,
        claim_count,
        baseline: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_read_in_parallel_are_those_read_one_by_one() {
        let rules = RuleSet::builtin().unwrap();
        let settings = Settings::default();
        let documents = source::fixture_documents(&["air-crash", "election", "sports-final"]);
        let one_by_one: Vec<Vec<Claim>> = documents
            .iter()
            .map(|d| claims_and_figures_of(d, &rules, &settings))
            .collect();
        assert!(one_by_one.iter().all(|claims| !claims.is_empty()));
        for threads in [1, 2, 4] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut reported = Vec::new();
            let each = pool.install(|| {
                claims_by_source(
                    &documents,
                    &rules,
                    &settings,
                    &normalize::Story::default(),
                    &mut |d| reported.push(d.path.clone()),
                )
            });
            assert_eq!(each, one_by_one, "{threads} threads");
            let paths: Vec<String> = documents.iter().map(|d| d.path.clone()).collect();
            assert_eq!(
                reported, paths,
                "{threads} threads: progress once per report, in order"
            );
        }
    }
}
