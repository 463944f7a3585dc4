//! Times the pipeline's phases on one core over the files given: rule loading, a first pass of
//! extraction (which compiles the patterns it needs), then steady passes of extraction and of
//! normalization, with their throughput.
//!
//! ```text
//! cargo run --release --example phases -- FILE...
//! ```

use std::process::ExitCode;
use std::time::Instant;

use crosscheck::normalize::Settings;
use crosscheck::rules::RuleSet;
use crosscheck::source::{load_path, LoadOptions};

/// The allocator the binary uses (src/main.rs), so that the figures are the binary's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let mut documents = Vec::new();
    for path in &paths {
        match load_path(path, &LoadOptions::default()) {
            Ok(document) => documents.push(document),
            Err(err) => {
                eprintln!("{err}");
                return ExitCode::from(2);
            }
        }
    }
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    pool.install(|| {
        let start = Instant::now();
        let rules = RuleSet::builtin().expect("the built-in rules load");
        eprintln!("rules loaded: {:.2} s", start.elapsed().as_secs_f64());
        let settings = Settings::default();
        let start = Instant::now();
        let mentions = crosscheck::extract::extract_all(&documents, &rules);
        eprintln!("first extraction (compiles): {:.2} s", start.elapsed().as_secs_f64());
        let passes = std::env::var("PASSES").ok().and_then(|p| p.parse().ok()).unwrap_or(2);
        for _ in 0..passes {
            let start = Instant::now();
            let mentions = crosscheck::extract::extract_all(&documents, &rules);
            let extract = start.elapsed().as_secs_f64();
            let start = Instant::now();
            let claims: usize = documents
                .iter()
                .zip(mentions)
                .map(|(d, m)| crosscheck::normalize::normalize(d, m, &rules, &settings).len())
                .sum();
            let normalize = start.elapsed().as_secs_f64();
            eprintln!(
                "{megabytes:.1} MB, {claims} claims: extraction {extract:.2} s ({:.1} MB/s), normalization {normalize:.2} s ({:.1} MB/s), together {:.1} MB/s",
                megabytes / extract,
                megabytes / normalize,
                megabytes / (extract + normalize)
            );
        }
        drop(mentions);
    });
    ExitCode::SUCCESS
}
