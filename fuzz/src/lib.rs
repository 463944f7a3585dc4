//! What the fuzz targets share: a scratch directory for the entry points that only read files,
//! the invariants every loaded document must keep, and settings drawn from the input's bytes.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crosscheck::normalize::date::Tense;
use crosscheck::normalize::Settings;
use crosscheck::rules::RuleSet;
use crosscheck::source::Document;
use jiff::civil::Date;

/// A directory of this process's own, for inputs that can only be given as files (JSON Lines
/// feeds, rule directories). Each run overwrites the same files.
pub fn scratch_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("crosscheck-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("the temporary directory is writable");
        dir
    })
}

/// The built-in rule pack, compiled once per process.
pub fn builtin_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().expect("the built-in rules load"))
}

/// Checks what every document must hold: sentences lie inside the plain text on character
/// boundaries, and every span maps into the original file on character boundaries, with a
/// 1-based line and column, so that reports can quote it.
pub fn check_document(doc: &Document) {
    let text = &doc.text;
    let mut previous_end = 0;
    for sentence in &doc.sentences {
        assert!(
            sentence.start <= sentence.end && sentence.end <= text.len(),
            "sentence {sentence:?} outside the text ({} bytes)",
            text.len()
        );
        assert!(
            sentence.start >= previous_end,
            "sentences overlap or are out of order"
        );
        assert!(text.is_char_boundary(sentence.start) && text.is_char_boundary(sentence.end));
        previous_end = sentence.end;
        check_range(doc, sentence.clone());
    }
    // Every character of the first few thousand (claims can start and end anywhere).
    for (at, c) in text.char_indices().take(4096) {
        check_range(doc, at..at + c.len_utf8());
    }
    check_range(doc, text.len()..text.len());
    let _ = doc.reference();
    let _ = doc.short_name();
}

fn check_range(doc: &Document, range: std::ops::Range<usize>) {
    let span = doc.span(range.clone());
    let original = &doc.original;
    assert!(
        span.start <= span.end && span.end <= original.len(),
        "span {span:?} of {range:?} outside the original file ({} bytes)",
        original.len()
    );
    assert!(
        original.is_char_boundary(span.start) && original.is_char_boundary(span.end),
        "span {span:?} of {range:?} splits a character"
    );
    assert!(span.line >= 1 && span.column >= 1);
    let _ = doc.quote(range.clone());
    let _ = doc.sentence_at(range.start);
}

/// A reference date from three bytes: mostly within 1900–2100, one time in four anywhere in
/// the calendar jiff supports (a user can write `published: 9999-12-31`).
pub fn reference_date(bytes: [u8; 3]) -> Date {
    let n = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], 0]);
    let (start, days) = if n & 3 == 0 {
        (
            Date::MIN,
            Date::MIN.until(Date::MAX).unwrap().get_days() as u32,
        )
    } else {
        (jiff::civil::date(1900, 1, 1), 73_049)
    };
    start
        .checked_add(jiff::Span::new().days(i64::from((n >> 2) % (days + 1))))
        .unwrap_or(start)
}

/// Normalizer settings from one byte.
pub fn settings(byte: u8) -> Settings {
    Settings {
        tolerance: [0.1, 0.0, 0.25, 1.0][usize::from(byte & 3)],
        unknown_tense: [Tense::Unknown, Tense::Past, Tense::Future, Tense::Unknown]
            [usize::from((byte >> 2) & 3)],
        day_first: byte & 16 != 0,
    }
}

/// The input of the targets that read a dated text: bytes 0–2 give the reference date
/// ([`reference_date`]), byte 3 the settings ([`settings`]), the rest the text, which must be
/// UTF-8 (the loaders' own byte handling has the `source` target).
pub fn dated_text(data: &[u8]) -> Option<(Date, Settings, &str)> {
    let (head, rest) = data.split_first_chunk::<4>()?;
    let text = std::str::from_utf8(rest).ok()?;
    Some((
        reference_date([head[0], head[1], head[2]]),
        settings(head[3]),
        text,
    ))
}
