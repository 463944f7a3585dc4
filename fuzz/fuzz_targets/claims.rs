//! Whole-pipeline claim extraction with the built-in rules: arbitrary text as a report published
//! on a date drawn from the input, through `claims_of` (extraction and normalization), then
//! alignment, comparison and the JSON and text reports of the one source.
//!
//! Bytes 0–2 give the reference date, byte 3 the settings; the rest is the text.

#![no_main]

use crosscheck::source::{Document, Format, LoadOptions};
use crosscheck::{align, compare, report, CheckReport};
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
    let rules = builtin_rules();
    let options = LoadOptions {
        published: Some(published),
        published_time: None,
    };
    let Ok(document) = Document::parse("fuzz.txt", text.to_string(), Format::Text, &options)
    else {
        return;
    };
    let claims = crosscheck::claims_of(&document, rules, &settings);
    for claim in &claims {
        let span = claim.evidence.span;
        assert!(span.start <= span.end && span.end <= document.original.len());
        let _ = report::json::claim(claim);
    }
    let claim_count = claims.len();
    let findings = align::align(claims, &rules.gazetteer)
        .into_iter()
        .map(compare::compare)
        .collect();
    let check = CheckReport {
        findings,
        claim_count,
        baseline: None,
    };
    let documents = [document];
    let _ = report::json::check(&check, &documents);
    let _ = report::text::check(&check, &documents, false);
});
