//! Rule-file loading: arbitrary text as a user's rule file, `lexicon.yaml` or `entities.yaml`,
//! loaded through `--rules DIR` the way the command line does (the only entry point for user
//! rules is a directory, so the input is written to one). Loading must fail with a `RuleError`
//! or succeed, never panic or hang; a rule set that loads is then run once over a sentence.
//!
//! The first byte picks the file the input becomes and what it is loaded with.

#![no_main]

use crosscheck::rules::{RuleOptions, RuleSet};
use crosscheck::source::{Document, Format, LoadOptions};
use crosscheck_fuzz::scratch_dir;
use libfuzzer_sys::fuzz_target;

/// A small lexicon and gazetteer for the rule file to use, so that its `{macros}` expand
/// without compiling the whole built-in pack on every run.
const LEXICON: &str = "macros:\n  number: '[0-9][0-9,]*|one|two|three|ten|dozens'\n  ordinal: 'first|second|third|[0-9]+(?:st|nd|rd|th)'\n  month: 'January|February|September'\n  year: '[12][0-9]{3}'\n";
const ENTITIES: &str = "entities:\n  - name: Kim Jong Un\n    type: person\n    aliases: [Kim, the North Korean leader]\n  - name: Beijing\n    type: city\n    part_of: China\n  - name: China\n    type: country\n";
const RULE: &str = "kind: visit.ordinal\ndescription: d\npatterns:\n  - '(?P<n>{ordinal}) visit to (?P<place>[A-Z][a-z]+)'\nvalue:\n  type: ordinal\n  capture: n\nexamples: []\n";
const SENTENCE: &str = "Kim Jong Un will make his fifth visit to Beijing on 3 September 2025, with over 10,000 soldiers.";

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let dir = scratch_dir().join("rules");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch directory is writable");
    let write = |name: &str, contents: &[u8]| {
        std::fs::write(dir.join(name), contents).expect("the scratch file is writable");
    };
    match selector % 3 {
        0 => {
            write("lexicon.yaml", LEXICON.as_bytes());
            write("entities.yaml", ENTITIES.as_bytes());
            write("fuzz-rule.yaml", bytes);
        }
        1 => {
            write("lexicon.yaml", bytes);
            write("entities.yaml", ENTITIES.as_bytes());
            write("fuzz-rule.yaml", RULE.as_bytes());
        }
        _ => {
            write("lexicon.yaml", LEXICON.as_bytes());
            write("entities.yaml", bytes);
            write("fuzz-rule.yaml", RULE.as_bytes());
        }
    }
    let options = RuleOptions {
        directories: vec![dir.clone()],
        without_builtin: true,
    };
    let Ok(rules) = RuleSet::load(&options) else {
        return;
    };
    let document = Document::parse(
        "fuzz.txt",
        SENTENCE.to_string(),
        Format::Text,
        &LoadOptions {
            published: Some(jiff::civil::date(2025, 8, 28)),
            published_time: None,
        },
    )
    .expect("a plain sentence loads");
    let _ = crosscheck::claims_of(&document, &rules, &Default::default());
    for dimension in crosscheck::normalize::dimension::Dimension::ALL {
        let _ = crosscheck::normalize::dimension::parse(
            &document,
            dimension,
            &rules,
            &Default::default(),
        );
    }
});
