//! Alignment and comparison for 10 to 10,000 sources of one story. The claims are those the
//! fixture reports of one story make, dealt out to that many sources, so every kind has as
//! many claims as sources.
//!
//! Those sources repeat one another word for word, so their claims fall into a few distinct
//! descriptions. A second group aligns the claims of generated reports (`support/corpus.rs`),
//! each naming its own mix of the same dozen people and places: descriptions differ from report
//! to report while most are about the same things, the hard case for alignment.

#[path = "support/corpus.rs"]
mod corpus;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::claim::Claim;
use crosscheck::normalize::Settings;
use crosscheck::rules::RuleSet;
use crosscheck::source::{self, Document, Format, LoadOptions};

/// The claims of the fixture reports of `scenario`, one list per report.
/// The allocator the binary uses (src/main.rs), so that the figures are the binary's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn story_claims(rules: &RuleSet, scenario: &str) -> Vec<Vec<Claim>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(scenario);
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| p.display().to_string())
        .collect();
    paths.sort();
    let documents = source::load_inputs(&paths, &LoadOptions::default())
        .map(|inputs| inputs.documents)
        .unwrap_or_default();
    documents
        .iter()
        .map(|d| crosscheck::claims_of(d, rules, &Settings::default()))
        .collect()
}

/// The claims of `sources` sources, each making the claims of one fixture report in turn.
fn dealt_out(per_report: &[Vec<Claim>], sources: usize) -> Vec<Claim> {
    (0..sources)
        .flat_map(|source| {
            per_report[source % per_report.len()]
                .iter()
                .cloned()
                .map(move |mut claim| {
                    claim.evidence.source = format!("source-{source:05}.md").into();
                    claim
                })
        })
        .collect()
}

fn alignment(c: &mut Criterion) {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let per_report = story_claims(&rules, "kim-beijing-parade-conflicts");
    let mut group = c.benchmark_group("align+compare");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for sources in [10, 100, 1_000, 10_000] {
        let claims = dealt_out(&per_report, sources);
        group.throughput(Throughput::Elements(claims.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(sources),
            &claims,
            |b, claims| {
                b.iter(|| {
                    crosscheck::align::align(claims.clone(), &rules.gazetteer)
                        .into_iter()
                        .map(crosscheck::compare::compare)
                        .count()
                })
            },
        );
    }
    group.finish();
}

/// The claims of `count` generated reports of about 20 kB each.
fn generated_claims(rules: &RuleSet, count: usize) -> Vec<Claim> {
    const REPORT_BYTES: usize = 20 << 10;
    corpus::reports(count * REPORT_BYTES, REPORT_BYTES)
        .into_iter()
        .take(count)
        .filter_map(|r| {
            Document::parse(&r.name, r.text, Format::Markdown, &LoadOptions::default()).ok()
        })
        .flat_map(|d| crosscheck::claims_of(&d, rules, &Settings::default()))
        .collect()
}

fn alignment_of_varied_reports(c: &mut Criterion) {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let mut group = c.benchmark_group("align+compare, generated reports");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for sources in [100, 200, 400] {
        let claims = generated_claims(&rules, sources);
        group.throughput(Throughput::Elements(claims.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(sources),
            &claims,
            |b, claims| {
                b.iter(|| {
                    crosscheck::align::align(claims.clone(), &rules.gazetteer)
                        .into_iter()
                        .map(crosscheck::compare::compare)
                        .count()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, alignment, alignment_of_varied_reports);
criterion_main!(benches);
