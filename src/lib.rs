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
/// them together.
pub fn claims_of(document: &Document, rules: &RuleSet, settings: &Settings) -> Vec<Claim> {
    let mentions = extract::extract(document, rules);
    normalize::normalize(document, mentions, rules, settings)
}

/// The claims of each document, in document order, as [`claims_of`] gives them; the documents
/// are read in parallel, in batches.
pub fn claims_of_each(
    documents: &[Document],
    rules: &RuleSet,
    settings: &Settings,
) -> Vec<Vec<Claim>> {
    claims_by_source(documents, rules, settings, None, &mut |_| {})
}

/// The claims of each document of a story whose main event is `story_event`, in document order.
///
/// Documents are extracted in batches of consecutive documents (see [`batches`]), one batch
/// per task; the caller's thread reports progress as documents finish, and the claims are put
/// back in document order, so the outcome does not depend on the scheduling.
fn claims_by_source(
    documents: &[Document],
    rules: &RuleSet,
    settings: &Settings,
    story_event: Option<&str>,
    progress: &mut dyn FnMut(&Document),
) -> Vec<Vec<Claim>> {
    let (finished, finishing) = std::sync::mpsc::channel::<usize>();
    let batches = batches(documents);
    std::thread::scope(|scope| {
        let worker = scope.spawn(move || {
            batches
                .into_par_iter()
                .map_with(finished, |finished, batch| {
                    let first = batch.start;
                    let batch = &documents[batch];
                    let mentions = extract::extract_all(batch, rules);
                    batch
                        .iter()
                        .zip(mentions)
                        .enumerate()
                        .map(|(offset, (document, mentions))| {
                            let claims = normalize::normalize_in_story(
                                document,
                                mentions,
                                rules,
                                settings,
                                story_event,
                            );
                            // The receiver only goes away once every document is done.
                            let _ = finished.send(first + offset);
                            claims
                        })
                        .collect::<Vec<_>>()
                })
                .flatten_iter()
                .collect()
        });
        for index in finishing {
            progress(&documents[index]);
        }
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Consecutive documents to extract together: extraction reads pattern by pattern over many
/// sentences at once (see [`extract::extract_all`]), which is fastest on a large window, while
/// the batches must be many enough to keep every thread busy.
fn batches(documents: &[Document]) -> Vec<std::ops::Range<usize>> {
    let total: usize = documents.iter().map(|d| d.text.len()).sum();
    let threads = rayon::current_num_threads().max(1);
    batches_of(
        documents,
        (total / (2 * threads)).clamp(1, extract::WINDOW_BYTES),
    )
}

/// Consecutive documents in runs of at least `target` bytes of text, but for the last.
fn batches_of(documents: &[Document], target: usize) -> Vec<std::ops::Range<usize>> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (index, document) in documents.iter().enumerate() {
        bytes += document.text.len();
        if bytes >= target {
            batches.push(start..index + 1);
            start = index + 1;
            bytes = 0;
        }
    }
    if start < documents.len() {
        batches.push(start..documents.len());
    }
    batches
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
    let story_event = normalize::subject::story_event(documents, rules);
    let mut per_source =
        claims_by_source(documents, rules, settings, story_event.as_deref(), progress);
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
    let claim_count = claims.len();
    let mut findings: Vec<Finding> = align::align(claims, &rules.gazetteer)
        .into_iter()
        .map(compare::compare)
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
    use source::{Format, LoadOptions};

    #[test]
    fn batches_cover_every_document_once_in_order() {
        let documents: Vec<Document> = [120, 5, 5, 5, 300, 0, 40, 1, 1]
            .iter()
            .enumerate()
            .map(|(index, &words)| {
                let text = "Nine people died. ".repeat(words);
                Document::parse(
                    &format!("r{index}.md"),
                    text,
                    Format::Markdown,
                    &LoadOptions::default(),
                )
                .unwrap()
            })
            .collect();
        for target in [1, 100, 2_000, 5_000, usize::MAX] {
            let batches = batches_of(&documents, target);
            let covered: Vec<usize> = batches.iter().flat_map(|b| b.clone()).collect();
            assert_eq!(
                covered,
                (0..documents.len()).collect::<Vec<_>>(),
                "target {target}"
            );
            assert!(batches.iter().all(|b| !b.is_empty()), "target {target}");
            // Every batch but the last holds at least the target.
            for batch in &batches[..batches.len() - 1] {
                let bytes: usize = documents[batch.clone()].iter().map(|d| d.text.len()).sum();
                assert!(
                    bytes >= target,
                    "target {target}: {batch:?} holds {bytes} bytes"
                );
            }
        }
        assert_eq!(batches_of(&documents, usize::MAX), vec![0..documents.len()]);
        // Every document with text ends a batch of its own; the empty one joins the next.
        assert_eq!(batches_of(&documents, 1).len(), documents.len() - 1);
    }
}
