//! Alignment on an archive of many different stories, to see how its cost grows:
//!
//! ```text
//! cargo run --release --example archive_alignment -- COPIES
//! ```
//!
//! The claims of the generated corpus (4 MB, about 200 reports; see
//! `benches/support/corpus.rs`) are copied COPIES times, every proper name changed in each
//! copy ("Beijing" becomes "Avel Beijing", then "Borin Beijing"), so that each copy is a
//! different set of stories; the time alignment takes is printed.

#[path = "../benches/support/archive.rs"]
mod archive;
#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::Arc;

use crosscheck::claim::Claim;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format, LoadOptions};

fn main() -> ExitCode {
    let copies = std::env::args()
        .nth(1)
        .and_then(|n| n.parse::<usize>().ok());
    let Some(copies) = copies.filter(|&n| (1..=archive::WORDS.len()).contains(&n)) else {
        eprintln!("usage: cargo run --release --example archive_alignment -- COPIES (1 to 16)");
        return ExitCode::from(2);
    };
    let Ok(rules) = RuleSet::builtin() else {
        eprintln!("the built-in rules do not load");
        return ExitCode::from(2);
    };
    let options = LoadOptions::default();
    let documents: Vec<Document> = corpus::reports(4 << 20, 20 << 10)
        .into_iter()
        .filter_map(|r| Document::parse(&r.name, r.text, Format::Markdown, &options).ok())
        .collect();
    let base: Vec<Claim> = documents
        .iter()
        .flat_map(|d| crosscheck::claims_of(d, &rules, &Default::default()))
        .collect();
    let claims = archive::renamed_copies(&base, copies);
    let count = claims.len();
    let started = std::time::Instant::now();
    let groups = crosscheck::align::align(claims, &rules.gazetteer).len();
    println!(
        "{copies} copies: {count} claims, {groups} groups, alignment {:.2} s",
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
