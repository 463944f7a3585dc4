//! Loading sources: a path on disk becomes a [`Document`].
//!
//! A document keeps the file exactly as read (`original`) and the plain text the rules run on
//! (`text`: Markdown syntax and front matter removed). An [`OffsetMap`] takes any byte offset in
//! the plain text back to the original file, so every claim's span, line and column point into
//! what the user gave us. Metadata comes from YAML front matter, else from a dateline in the first
//! lines, else from `--published`; where it came from is recorded.

mod dateline;
mod frontmatter;
mod html;
mod inputs;
mod markdown;
mod offsets;
mod sentences;

use std::ops::Range;
use std::path::Path;

use jiff::civil::{Date, DateTime, Time};
use serde::Serialize;

pub use inputs::{load_inputs, Inputs};
use offsets::LineIndex;
pub use offsets::OffsetMap;

/// Where a source's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PublishedFrom {
    #[serde(rename = "front matter")]
    FrontMatter,
    #[serde(rename = "dateline")]
    Dateline,
    #[serde(rename = "--published")]
    CommandLine,
    #[serde(rename = "none")]
    Unknown,
}

impl std::fmt::Display for PublishedFrom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PublishedFrom::FrontMatter => "front matter",
            PublishedFrom::Dateline => "dateline",
            PublishedFrom::CommandLine => "--published",
            PublishedFrom::Unknown => "none",
        })
    }
}

/// What we know about a source besides its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    /// The time of day of publication, when the source gives one.
    pub published_time: Option<Time>,
    pub published_from: PublishedFrom,
    /// When the dateline gave a month and day but no year, the source whose publication date
    /// gave the year (its path, or `--published`).
    pub published_year_from: Option<String>,
    /// The month and day of a dateline without a year, until a year is found for it.
    pub dateline_month_day: Option<(i8, i8)>,
}

impl Metadata {
    /// Where the publication date came from, as the reports say it: "dateline", or "dateline,
    /// year from a.md" when the dateline gave no year.
    pub fn published_from_text(&self) -> String {
        match &self.published_year_from {
            Some(source) => format!("{}, year from {source}", self.published_from),
            None => self.published_from.to_string(),
        }
    }

    /// What the reports say of a source without a publication date: "no publication date", and
    /// why, when a dateline gave a day but no year.
    pub fn no_publication_date(&self) -> String {
        match self.dateline_month_day {
            Some((month, day)) => format!(
                "no publication date (the dateline gives {} {day} but no year; give one with --published)",
                crate::calendar::month_name(month)
            ),
            None => "no publication date".to_string(),
        }
    }

    /// Dates a dateline that gave no year, in the year that puts it nearest to `reference`, the
    /// publication date of `source`.
    fn date_dateline_from(&mut self, reference: Date, source: &str) {
        let Some((month, day)) = self.dateline_month_day else {
            return;
        };
        if let Some(date) = crate::calendar::nearest_year(month, day, reference) {
            self.published = Some(date);
            self.published_from = PublishedFrom::Dateline;
            self.published_year_from = Some(source.to_string());
        }
    }
}

/// Gives a year to the datelines that have none ("LONDON, March 3 (Reuters) -"), from the first
/// source with a complete publication date: reports checked together are of one story, told
/// within days of each other. The year chosen is the one that puts the dateline nearest to
/// that date, and the report says which source it came from.
pub fn infer_dateline_years(documents: &mut [Document]) {
    let Some((reference, source)) =
        documents
            .iter()
            .find_map(|d| match (d.meta.published, &d.meta.published_year_from) {
                (Some(date), None) => Some((date, d.path.clone())),
                _ => None,
            })
    else {
        return;
    };
    for document in documents.iter_mut() {
        if document.meta.published.is_none() {
            document.meta.date_dateline_from(reference, &source);
        }
    }
}

/// One report, ready for extraction.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as given on the command line; claims cite it.
    pub path: String,
    /// The file's contents as read.
    pub original: String,
    /// The plain text the rules run on.
    pub text: String,
    /// Sentence ranges in `text`.
    pub sentences: Vec<Range<usize>>,
    pub meta: Metadata,
    offsets: OffsetMap,
    lines: LineIndex,
}

/// A location in the original file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset of the first byte, in the original file.
    pub start: usize,
    /// Byte offset one past the last byte, in the original file.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, counted in characters.
    pub column: usize,
}

/// Options that apply to every source loaded.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// The publication date for sources that carry none of their own.
    pub published: Option<Date>,
    /// Its time of day, if given.
    pub published_time: Option<Time>,
}

/// Why a source could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{path}: {}", io_advice(.error))]
    Io { path: String, error: std::io::Error },
    #[error(
        "{path}: is a {kind}, not a regular file, and reading it could wait forever; save the report to a file, or pipe it in with `-`"
    )]
    NotAFile { path: String, kind: &'static str },
    #[error("{path}:{line}:{column}: the file is not valid UTF-8; convert it to UTF-8 first")]
    InvalidUtf8 {
        path: String,
        line: usize,
        column: usize,
    },
    #[error(
        "{path}:{line}:{column}: the file looks binary (it holds a NUL byte); give crosscheck text reports (.txt, .md, .html, .jsonl), or leave this one out"
    )]
    Binary {
        path: String,
        line: usize,
        column: usize,
    },
    #[error("{path}: the file is UTF-16; convert it to UTF-8 first")]
    Utf16 { path: String },
    #[error("{path}: the file is empty")]
    Empty { path: String },
    #[error("{path}: the directory holds no reports (.{})", inputs::REPORT_EXTENSIONS.join(", ."))]
    NoReports { path: String },
    #[error("{path}:{line}: {message}")]
    JsonLine {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Input { path: String, message: String },
    #[error("{path}:{line}:{column}: {message}")]
    FrontMatter {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

impl SourceError {
    /// Whether leaving the source out loses nothing: it holds no report, so it can make no claim.
    /// A CI run goes on without it, with a warning, rather than failing.
    pub fn is_skippable(&self) -> bool {
        matches!(
            self,
            SourceError::Empty { .. } | SourceError::NoReports { .. }
        )
    }
}

fn io_advice(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory; check the path".into(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied; make it readable, or leave it out".into()
        }
        _ => format!("cannot read it ({error})"),
    }
}

/// The formats a source can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    /// One report per line: `id`, `text`, `published`, `title`, `url`.
    JsonLines,
}

impl Format {
    /// The format for a path, by its extension; anything unknown is read as plain text.
    pub fn of(path: &str) -> Format {
        match Path::new(path).extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") => {
                Format::Markdown
            }
            Some(ext) if ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm") => {
                Format::Html
            }
            Some(ext)
                if ext.eq_ignore_ascii_case("jsonl") || ext.eq_ignore_ascii_case("ndjson") =>
            {
                Format::JsonLines
            }
            _ => Format::Text,
        }
    }
}

/// Reads and loads the file at `path`.
///
/// # Errors
/// When the file cannot be read or is not a regular file, is empty, binary or not UTF-8, or its
/// front matter is malformed.
pub fn load_path(path: &str, options: &LoadOptions) -> Result<Document, SourceError> {
    load_bytes(path, read(path)?, Format::of(path), options)
}

/// The bytes of the regular file at `path`. Anything else (a named pipe, a device, a socket) is
/// refused before it is opened: opening a pipe with no writer would block forever, and reading a
/// device such as `/dev/zero` would never end.
pub(crate) fn read(path: &str) -> Result<Vec<u8>, SourceError> {
    use std::io::Read;
    let (mut file, length) = open(path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.read_to_end(&mut bytes)
        .map_err(|error| SourceError::Io {
            path: path.to_string(),
            error,
        })?;
    Ok(bytes)
}

/// The regular file at `path`, open for reading, and its length (see [`read`]).
pub(crate) fn open(path: &str) -> Result<(std::fs::File, u64), SourceError> {
    let io = |error| SourceError::Io {
        path: path.to_string(),
        error,
    };
    refuse_special(path, &std::fs::metadata(path).map_err(io)?)?;
    let file = std::fs::File::open(path).map_err(io)?;
    // Checked again on the opened file, in case the path changed in between.
    let metadata = file.metadata().map_err(io)?;
    refuse_special(path, &metadata)?;
    Ok((file, metadata.len()))
}

fn refuse_special(path: &str, metadata: &std::fs::Metadata) -> Result<(), SourceError> {
    use std::os::unix::fs::FileTypeExt;
    let kind = metadata.file_type();
    let what = if kind.is_file() {
        return Ok(());
    } else if kind.is_fifo() {
        "named pipe (FIFO)"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "device"
    } else {
        "special file"
    };
    Err(SourceError::NotAFile {
        path: path.to_string(),
        kind: what,
    })
}

/// Checks that `bytes` are UTF-8 text, naming the first place they are not.
pub(crate) fn decode(path: &str, bytes: Vec<u8>) -> Result<String, SourceError> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(SourceError::Utf16 {
            path: path.to_string(),
        });
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        let before = String::from_utf8_lossy(&bytes[..nul]);
        let (line, column) = line_and_column(&before, before.len());
        return Err(SourceError::Binary {
            path: path.to_string(),
            line,
            column,
        });
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&err.as_bytes()[..valid]);
        let (line, column) = line_and_column(&before, before.len());
        SourceError::InvalidUtf8 {
            path: path.to_string(),
            line,
            column,
        }
    })
}

/// Loads a source from its bytes; `path` is only used to name it.
///
/// # Errors
/// As [`load_path`], except for reading.
pub fn load_bytes(
    path: &str,
    bytes: Vec<u8>,
    format: Format,
    options: &LoadOptions,
) -> Result<Document, SourceError> {
    let original = decode(path, bytes)?;
    if original.trim().is_empty() {
        return Err(SourceError::Empty {
            path: path.to_string(),
        });
    }
    Document::parse(path, original, format, options)
}

impl Document {
    /// Builds a document from text already in memory.
    ///
    /// # Errors
    /// When the front matter is malformed.
    pub fn parse(
        path: &str,
        original: String,
        format: Format,
        options: &LoadOptions,
    ) -> Result<Document, SourceError> {
        let front = frontmatter::split(path, &original)?;
        let body_range = front.body.clone();
        let mut page_title = None;
        let (mut text, mut offsets) = match format {
            Format::Markdown => {
                page_title = markdown::leading_heading(&original[body_range.clone()]);
                markdown::to_plain(&original[body_range.clone()], body_range.start)
            }
            Format::Html => {
                let (text, map, title) =
                    html::to_plain(&original[body_range.clone()], body_range.start);
                page_title = title;
                (text, map)
            }
            Format::Text | Format::JsonLines => {
                let body = &original[body_range.clone()];
                (
                    body.to_string(),
                    OffsetMap::identity(body.len(), body_range.start),
                )
            }
        };
        let mut meta = Metadata {
            title: front.fields.title.or(page_title),
            outlet: front.fields.outlet,
            url: front.fields.url,
            published: front.published.map(|(date, _)| date),
            published_time: front.published.and_then(|(_, time)| time),
            published_from: PublishedFrom::Unknown,
            published_year_from: None,
            dateline_month_day: None,
        };
        let dateline = dateline::detect(&text);
        if meta.published.is_some() {
            meta.published_from = PublishedFrom::FrontMatter;
        } else if let Some(dateline::Dateline {
            published: dateline::Published::Date(date, time),
            ..
        }) = dateline
        {
            meta.published = Some(date);
            meta.published_time = time;
            meta.published_from = PublishedFrom::Dateline;
        } else if let Some(dateline::Dateline {
            published: dateline::Published::MonthDay(month, day),
            ..
        }) = dateline
        {
            meta.dateline_month_day = Some((month, day));
            // The year, from the date given on the command line; else from the other
            // sources once all are loaded (see `infer_dateline_years`).
            if let Some(reference) = options.published {
                meta.date_dateline_from(reference, "--published");
            }
        } else if let Some(date) = options.published {
            meta.published = Some(date);
            meta.published_time = options.published_time;
            meta.published_from = PublishedFrom::CommandLine;
        }
        // Lists grown by doubling would keep up to twice their room for the whole run.
        let mut sentences = sentences::split(&text);
        if let Some(prose) = dateline.and_then(|d| d.prose_start) {
            sentences::split_off_placeline(&text, prose, &mut sentences);
        }
        sentences.shrink_to_fit();
        offsets.shrink_to_fit();
        text.shrink_to_fit();
        let lines = LineIndex::new(&original);
        Ok(Document {
            path: path.to_string(),
            original,
            text,
            sentences,
            meta,
            offsets,
            lines,
        })
    }

    /// The location in the original file of a byte range of the plain text.
    pub fn span(&self, range: Range<usize>) -> Span {
        let start = self.offsets.to_original_start(range.start);
        let end = self.offsets.to_original_end(range.end).max(start);
        let (line, column) = self.lines.line_and_column(&self.original, start);
        Span {
            start,
            end,
            line,
            column,
        }
    }

    /// The moment relative expressions are resolved against: the publication date, at its time
    /// of day when known, else at midnight.
    pub fn reference(&self) -> Option<DateTime> {
        self.meta
            .published
            .map(|date| date.to_datetime(self.meta.published_time.unwrap_or(Time::midnight())))
    }

    /// The exact words of the original file behind a range of the plain text.
    pub fn quote(&self, range: Range<usize>) -> &str {
        let span = self.span(range.clone());
        self.original
            .get(span.start..span.end)
            .filter(|quote| !quote.is_empty())
            .unwrap_or(&self.text[range])
    }

    /// The index of the sentence holding plain-text offset `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|s| s.end <= offset);
        (index < self.sentences.len() && self.sentences[index].start <= offset).then_some(index)
    }

    /// The name to show for this source: its file name.
    pub fn short_name(&self) -> &str {
        Path::new(&self.path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(&self.path)
    }
}

/// The 1-based line and column (in characters) of byte offset `offset` in `text`.
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The reports of the fixture stories named (every story when none is), loaded as the command
/// line loads them, in path order: for the tests of the stages that read them.
#[cfg(test)]
pub(crate) fn fixture_documents(stories: &[&str]) -> Vec<Document> {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<String> = std::fs::read_dir(&fixtures)
        .expect("the fixtures are there")
        .filter_map(Result::ok)
        .filter(|story| {
            stories.is_empty()
                || stories
                    .iter()
                    .any(|s| story.file_name() == std::ffi::OsStr::new(s))
        })
        .flat_map(|story| std::fs::read_dir(story.path()).into_iter().flatten())
        .filter_map(Result::ok)
        .map(|file| file.path().display().to_string())
        .filter(|path| path.ends_with(".md"))
        .collect();
    paths.sort();
    load_inputs(&paths, &LoadOptions::default())
        .expect("the fixtures load")
        .documents
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str, format: Format) -> Document {
        Document::parse("t", text.to_string(), format, &LoadOptions::default()).unwrap()
    }

    #[test]
    fn front_matter_sets_metadata_and_spans_point_into_the_file() {
        let doc = load(
            "---\npublished: 2025-08-28\ntitle: A visit\n---\nKim will make his **fifth visit** to Beijing.\n",
            Format::Markdown,
        );
        assert_eq!(doc.meta.published, Some(jiff::civil::date(2025, 8, 28)));
        assert_eq!(doc.meta.published_from, PublishedFrom::FrontMatter);
        assert_eq!(doc.meta.title.as_deref(), Some("A visit"));
        let at = doc.text.find("fifth").unwrap();
        let span = doc.span(at..at + "fifth visit".len());
        assert_eq!((span.line, span.column), (5, 21));
        assert_eq!(&doc.original[span.start..span.end], "fifth visit");
    }

    #[test]
    fn markdown_markup_is_removed_but_quotes_keep_it() {
        let doc = load("# Title\n\nHis *fifth* visit.\n", Format::Markdown);
        assert!(doc.text.contains("His fifth visit."));
        let at = doc.text.find("fifth visit").unwrap();
        assert_eq!(doc.quote(at..at + "fifth visit".len()), "fifth* visit");
    }

    #[test]
    fn dateline_is_detected_in_plain_text() {
        let doc = load(
            "Aug 28, 2025, 8:17 AM\n\nKim will visit China.",
            Format::Text,
        );
        assert_eq!(doc.meta.published, Some(jiff::civil::date(2025, 8, 28)));
        assert_eq!(doc.meta.published_from, PublishedFrom::Dateline);
    }

    #[test]
    fn a_placeline_without_a_year_takes_it_from_another_source() {
        let dated = load(
            "# A\n\nPublished 30 December 2025\n\nThe port closed.",
            Format::Markdown,
        );
        let undated = load(
            "# B\n\nLISBON, Jan. 2 (Wire Desk) — The port closed on Tuesday.",
            Format::Markdown,
        );
        assert_eq!(undated.meta.published, None);
        assert!(undated.meta.no_publication_date().contains("January 2"));
        let mut documents = vec![undated, dated];
        documents[1].path = "a.md".into();
        infer_dateline_years(&mut documents);
        // The year that puts 2 January nearest to 30 December 2025 is the next one.
        assert_eq!(
            documents[0].meta.published,
            Some(jiff::civil::date(2026, 1, 2))
        );
        assert_eq!(
            documents[0].meta.published_from_text(),
            "dateline, year from a.md"
        );
        // The placeline is no part of the first sentence.
        let sentences: Vec<&str> = documents[0]
            .sentences
            .iter()
            .map(|s| &documents[0].text[s.clone()])
            .collect();
        assert!(
            sentences.contains(&"The port closed on Tuesday."),
            "{sentences:?}"
        );
    }

    #[test]
    fn a_placeline_without_a_year_takes_it_from_the_command_line() {
        let options = LoadOptions {
            published: Some(jiff::civil::date(2024, 6, 1)),
            published_time: None,
        };
        let doc = Document::parse(
            "a",
            "Head\nCAIRO, May 30 - The talks ended.".into(),
            Format::Text,
            &options,
        )
        .unwrap();
        assert_eq!(doc.meta.published, Some(jiff::civil::date(2024, 5, 30)));
        assert_eq!(
            doc.meta.published_from_text(),
            "dateline, year from --published"
        );
    }

    #[test]
    fn own_date_wins_over_the_command_line() {
        let options = LoadOptions {
            published: Some(jiff::civil::date(2025, 9, 4)),
            published_time: None,
        };
        let with_dateline =
            Document::parse("a", "Aug 28, 2025\n\nText.".into(), Format::Text, &options).unwrap();
        assert_eq!(
            with_dateline.meta.published,
            Some(jiff::civil::date(2025, 8, 28))
        );
        let without = Document::parse("b", "Text only.".into(), Format::Text, &options).unwrap();
        assert_eq!(without.meta.published, Some(jiff::civil::date(2025, 9, 4)));
        assert_eq!(without.meta.published_from, PublishedFrom::CommandLine);
    }

    #[test]
    fn bad_bytes_are_named() {
        let options = LoadOptions::default();
        let err = load_bytes("x.txt", b"ok\n\xff".to_vec(), Format::Text, &options).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.txt:2:1: the file is not valid UTF-8; convert it to UTF-8 first"
        );
        assert!(matches!(
            load_bytes("y.txt", b"a\0b".to_vec(), Format::Text, &options),
            Err(SourceError::Binary { .. })
        ));
        assert!(matches!(
            load_bytes("z.txt", b"  \n".to_vec(), Format::Text, &options),
            Err(SourceError::Empty { .. })
        ));
    }
}
