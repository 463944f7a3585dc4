//! The normalizer, dimension by dimension: arbitrary text through every `crosscheck parse`
//! dimension (date, number, ordinal, duration, quantity) against a reference date drawn from the
//! input, then the JSON the command prints; and the same text straight into each dimension's
//! reader (numbers, ordinals, durations, measures, percentages, money, years), as rule captures
//! can hand it any words.
//!
//! Bytes 0–2 give the reference date, byte 3 the settings; the rest is the text.

#![no_main]

use crosscheck::normalize::dimension::{self, Dimension};
use crosscheck::normalize::{duration, number, unit};
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
    let rules = builtin_rules();
    let lexicon = &rules.lexicon;
    // The readers, on the whole text (short texts only: captures are a few words).
    if text.len() <= 256 {
        let _ = number::parse_number(text);
        let _ = number::parse_ordinal(text);
        let _ = number::parse_quantity(text, lexicon, settings.tolerance);
        let _ = duration::parse_duration(text, lexicon, settings.tolerance);
        let _ = duration::parse_years(text, lexicon, settings.tolerance);
        let _ = unit::parse_measure(text, lexicon, settings.tolerance);
        let _ = unit::parse_percent(text, lexicon, settings.tolerance);
        let _ = unit::parse_money(text, lexicon, settings.tolerance);
    }
    let options = LoadOptions {
        published: Some(published),
        published_time: None,
    };
    let Ok(document) = Document::parse("fuzz.txt", text.to_string(), Format::Text, &options)
    else {
        return;
    };
    for dimension in Dimension::ALL {
        let expressions = dimension::parse(&document, dimension, rules, &settings);
        for expression in &expressions {
            assert!(expression.range.start <= expression.range.end);
            assert!(expression.range.end <= document.text.len());
        }
        let _ = crosscheck::report::json::parse(&expressions);
    }
});
