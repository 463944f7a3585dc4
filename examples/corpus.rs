//! Writes the generated news-like corpus the benches read (see `benches/support/corpus.rs`) as
//! files, to measure the whole binary on it:
//!
//! ```text
//! cargo run --release --example corpus -- DIR MEGABYTES
//! ```
//!
//! One report per file, about 20 kB each; the same seed always writes the same reports.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(megabytes)) = (
        args.first(),
        args.get(1).and_then(|m| m.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: cargo run --release --example corpus -- DIR MEGABYTES");
        return ExitCode::from(2);
    };
    if let Err(err) = std::fs::create_dir_all(dir) {
        eprintln!("{dir}: {err}");
        return ExitCode::from(2);
    }
    for report in corpus::reports(megabytes << 20, 20 << 10) {
        let path = std::path::Path::new(dir).join(&report.name);
        if let Err(err) = std::fs::write(&path, report.text) {
            eprintln!("{}: {err}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
