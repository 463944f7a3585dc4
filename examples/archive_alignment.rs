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

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::Arc;

use crosscheck::claim::Claim;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format, LoadOptions};

/// Words put before every proper name, one per copy.
const PREFIXES: [&str; 16] = [
    "Avel", "Borin", "Cadmus", "Dorrit", "Evander", "Fulk", "Gwaine", "Hestor", "Ingram", "Jorund",
    "Kestrel", "Lowell", "Mordaunt", "Nerys", "Osric", "Perrin",
];

fn main() -> ExitCode {
    let copies = std::env::args()
        .nth(1)
        .and_then(|n| n.parse::<usize>().ok());
    let Some(copies) = copies.filter(|&n| (1..=PREFIXES.len()).contains(&n)) else {
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
    let rename = |name: &str, copy: usize| {
        if name.starts_with(char::is_uppercase) {
            format!("{} {name}", PREFIXES[copy])
        } else {
            name.to_string()
        }
    };
    let mut claims = Vec::new();
    let mut reports: HashMap<(*const Vec<String>, usize), Arc<Vec<String>>> = HashMap::new();
    for copy in 0..copies {
        for claim in &base {
            let mut claim = claim.clone();
            claim.evidence.source = format!("{}-{copy}", claim.evidence.source).into();
            for role in [&mut claim.subject, &mut claim.object]
                .into_iter()
                .flatten()
            {
                let role = Arc::make_mut(role);
                role.name = rename(&role.name, copy).into();
                role.entity = None;
            }
            claim.scene = Arc::new(claim.scene.iter().map(|n| rename(n, copy)).collect());
            let names = &claim.document_names;
            claim.document_names = Arc::clone(
                reports
                    .entry((Arc::as_ptr(names), copy))
                    .or_insert_with(|| Arc::new(names.iter().map(|n| rename(n, copy)).collect())),
            );
            claims.push(claim);
        }
    }
    let count = claims.len();
    let started = std::time::Instant::now();
    let groups = crosscheck::align::align(claims, &rules.gazetteer).len();
    println!(
        "{copies} copies: {count} claims, {groups} groups, alignment {:.2} s",
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
