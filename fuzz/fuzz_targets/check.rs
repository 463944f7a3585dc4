//! The whole of `crosscheck check`: several reports of one story, separated by form feeds,
//! through `crosscheck::check` with the built-in rules (extraction, normalization, the story's
//! main event, alignment across sources, comparison), then every report format.
//!
//! Bytes 0–2 give the reference date of sources without one of their own, byte 3 the settings;
//! the rest is the reports, each a Markdown file, separated by `\x0c`.

#![no_main]

use crosscheck::report;
use crosscheck::source::{Document, Format, LoadOptions};
use crosscheck_fuzz::{builtin_rules, dated_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    // The built-in rules take seconds to compile: not part of any one input's time.
    init: {
        builtin_rules();
    },
    |data: &[u8]| {
        let Some((published, settings, text)) = dated_text(data) else {
            return;
        };
        let options = LoadOptions {
            published: Some(published),
            published_time: None,
        };
        let documents: Vec<Document> = text
            .split('\x0c')
            .take(6)
            .enumerate()
            .filter_map(|(i, report)| {
                let name = format!("report-{i}.md");
                Document::parse(&name, report.to_string(), Format::Markdown, &options).ok()
            })
            .collect();
        let rules = builtin_rules();
        let check = crosscheck::check(&documents, rules, &settings);
        for finding in &check.findings {
            for claim in &finding.claims {
                let span = claim.evidence.span;
                let document = documents
                    .iter()
                    .find(|d| *d.path == *claim.evidence.source)
                    .expect("a claim cites one of the sources");
                assert!(span.start <= span.end && span.end <= document.original.len());
            }
        }
        let _ = report::json::check(&check, &documents);
        let _ = report::text::check(&check, &documents, false);
        let _ = report::markdown::check(&check, &documents);
        let _ = report::sarif::check(&check, &documents, rules);
        let _ = report::html::check(&check, &documents);
    }
);
