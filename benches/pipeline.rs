//! Throughput of the pipeline on a generated news-like corpus (see `support/corpus.rs`): extraction
//! and normalization on one core, and the whole run (load, extract, align, compare, JSON
//! report) as `crosscheck check` does it, sources in parallel.

#[path = "support/corpus.rs"]
mod corpus;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crosscheck::normalize::Settings;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format, LoadOptions};

/// The allocator the binary uses (src/main.rs), so that the figures are the binary's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// About 10 MB of reports of about 20 kB each.
const CORPUS_BYTES: usize = 10 << 20;
const REPORT_BYTES: usize = 20 << 10;

fn documents(reports: &[corpus::Report]) -> Vec<Document> {
    reports
        .iter()
        .filter_map(|r| {
            Document::parse(
                &r.name,
                r.text.clone(),
                Format::Markdown,
                &LoadOptions::default(),
            )
            .ok()
        })
        .collect()
}

fn extraction(c: &mut Criterion) {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let settings = Settings::default();
    let reports = corpus::reports(CORPUS_BYTES, REPORT_BYTES);
    let documents = documents(&reports);
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("extraction");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Bytes(bytes as u64));
    // As `check` and `extract` read them (see `claims_of_each`), on one thread.
    let one_core = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    group.bench_function("extract+normalize, one core, 10 MB", |b| {
        b.iter(|| {
            one_core.install(|| {
                crosscheck::claims_of_each(&documents, &rules, &settings)
                    .iter()
                    .map(Vec::len)
                    .sum::<usize>()
            })
        })
    });
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let settings = Settings::default();
    let reports = corpus::reports(CORPUS_BYTES, REPORT_BYTES);
    let bytes: usize = reports.iter().map(|r| r.text.len()).sum();
    let mut group = c.benchmark_group("end to end");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("load+check+JSON report, 10 MB, all cores", |b| {
        b.iter(|| {
            let documents = documents(&reports);
            let report = crosscheck::check(&documents, &rules, &settings);
            crosscheck::report::json::check(&report, &documents).len()
        })
    });
    group.finish();
}

criterion_group!(benches, extraction, end_to_end);
criterion_main!(benches);
