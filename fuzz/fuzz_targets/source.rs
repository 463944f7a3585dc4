//! Source loading: arbitrary bytes as a plain-text, Markdown, HTML or JSON Lines report, with or
//! without a `--published` date. Front matter and datelines are read for every format. Every
//! document that loads must keep its spans inside the original file (see `check_document`).
//!
//! The first byte picks the format and options; the rest is the file.

#![no_main]

use crosscheck::source::{load_bytes, load_inputs, Format, LoadOptions};
use crosscheck_fuzz::{check_document, scratch_dir};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let options = LoadOptions {
        published: (selector & 4 != 0).then(|| jiff::civil::date(2025, 8, 28)),
        published_time: (selector & 8 != 0).then(|| jiff::civil::time(8, 17, 0, 0)),
    };
    let (format, name) = match selector & 3 {
        0 => (Format::Text, "fuzz.txt"),
        1 => (Format::Markdown, "fuzz.md"),
        2 => (Format::Html, "fuzz.html"),
        _ => (Format::JsonLines, "fuzz.jsonl"),
    };
    if format == Format::JsonLines {
        // Feeds are only read from files: the loader splits them into one document per line.
        let path = scratch_dir().join(name);
        std::fs::write(&path, bytes).expect("the scratch file is writable");
        if let Ok(inputs) = load_inputs(&[path.display().to_string()], &options) {
            for document in &inputs.documents {
                check_document(document);
            }
        }
        return;
    }
    if let Ok(document) = load_bytes(name, bytes.to_vec(), format, &options) {
        check_document(&document);
    }
});
