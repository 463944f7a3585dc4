//! What the command line names, turned into documents: files by their extension, `-` for
//! standard input, directories walked (honouring `.gitignore`), and JSON Lines feeds with one
//! report per line.

use std::io::{BufRead, Read};
use std::path::Path;

use serde::Deserialize;

use super::{load_bytes, load_path, Document, Format, LoadOptions, SourceError};

/// The extensions read from a directory.
pub(super) const REPORT_EXTENSIONS: &[&str] =
    &["md", "markdown", "txt", "html", "htm", "jsonl", "ndjson"];

/// What the inputs hold: the documents, and the inputs left out because they hold no report.
#[derive(Debug, Default)]
pub struct Inputs {
    pub documents: Vec<Document>,
    /// Inputs that hold no report (see [`SourceError::is_skippable`]), for a warning each.
    pub skipped: Vec<SourceError>,
}

/// Every document the inputs name, in the order given (a directory's files sorted by path).
/// Empty files and directories without reports are skipped, and said so in
/// [`Inputs::skipped`]: leaving them out loses no claim.
///
/// # Errors
/// The first input that cannot be read or parsed, naming it.
pub fn load_inputs(inputs: &[String], options: &LoadOptions) -> Result<Inputs, SourceError> {
    let mut loaded = Inputs::default();
    for input in inputs {
        let documents = if input == "-" {
            read_stdin()
                .and_then(|bytes| load_bytes("-", bytes, Format::Text, options).map(|d| vec![d]))
        } else if Path::new(input).is_dir() {
            load_directory(input, options, &mut loaded.skipped)
        } else {
            load_file(input, options)
        };
        match documents {
            Ok(documents) => loaded.documents.extend(documents),
            Err(err) if err.is_skippable() => loaded.skipped.push(err),
            Err(err) => return Err(err),
        }
    }
    super::infer_dateline_years(&mut loaded.documents);
    Ok(loaded)
}

fn read_stdin() -> Result<Vec<u8>, SourceError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|error| SourceError::Io {
            path: "-".into(),
            error,
        })?;
    Ok(bytes)
}

fn load_directory(
    dir: &str,
    options: &LoadOptions,
    skipped: &mut Vec<SourceError>,
) -> Result<Vec<Document>, SourceError> {
    let mut documents = Vec::new();
    for file in walk(dir)? {
        match load_file(&file, options) {
            Ok(loaded) => documents.extend(loaded),
            Err(err) if err.is_skippable() => skipped.push(err),
            Err(err) => return Err(err),
        }
    }
    Ok(documents)
}

fn load_file(path: &str, options: &LoadOptions) -> Result<Vec<Document>, SourceError> {
    match Format::of(path) {
        Format::JsonLines => load_json_lines(path, options),
        _ => Ok(vec![load_path(path, options)?]),
    }
}

/// The report files under a directory, honouring `.gitignore`, `.ignore` and hidden files.
/// Only regular files are taken: a named pipe called `x.md` is not a report.
fn walk(dir: &str) -> Result<Vec<String>, SourceError> {
    let mut files = Vec::new();
    for entry in ignore::WalkBuilder::new(dir)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build()
    {
        let entry = entry.map_err(|err| SourceError::Input {
            path: dir.to_string(),
            message: format!(
                "cannot walk the directory ({err}); make it readable, or leave it out"
            ),
        })?;
        let is_report = entry.file_type().is_some_and(|t| t.is_file())
            && entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| REPORT_EXTENSIONS.iter().any(|r| r.eq_ignore_ascii_case(e)));
        if is_report {
            files.push(entry.path().display().to_string());
        }
    }
    if files.is_empty() {
        return Err(SourceError::NoReports {
            path: dir.to_string(),
        });
    }
    Ok(files)
}

/// One line of a JSON Lines feed.
#[derive(Debug, Deserialize)]
struct FeedLine {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Every report of a JSON Lines feed. Each document is named `feed.jsonl:LINE`, or
/// `feed.jsonl:LINE#ID` when the line has an `id`, and its spans point into the line's `text`.
/// The feed is read a line at a time, so a large feed is never held twice.
fn load_json_lines(path: &str, options: &LoadOptions) -> Result<Vec<Document>, SourceError> {
    let (file, _) = super::open(path)?;
    let mut reader = std::io::BufReader::new(file);
    let mut documents = Vec::new();
    let mut bytes = Vec::new();
    for number in 1.. {
        bytes.clear();
        let read = reader
            .read_until(b'\n', &mut bytes)
            .map_err(|error| SourceError::Io {
                path: path.to_string(),
                error,
            })?;
        if read == 0 {
            break;
        }
        let line = decode_line(path, number, &bytes)?;
        if line.trim().is_empty() {
            continue;
        }
        documents.push(feed_report(path, number, line, options)?);
    }
    if documents.is_empty() {
        return Err(SourceError::Empty {
            path: path.to_string(),
        });
    }
    Ok(documents)
}

/// One line of a feed as text, or where it is not.
fn decode_line<'a>(path: &str, number: usize, bytes: &'a [u8]) -> Result<&'a str, SourceError> {
    if number == 1 && (bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff])) {
        return Err(SourceError::Utf16 {
            path: path.to_string(),
        });
    }
    let column = |valid: &[u8]| String::from_utf8_lossy(valid).chars().count() + 1;
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(SourceError::Binary {
            path: path.to_string(),
            line: number,
            column: column(&bytes[..nul]),
        });
    }
    std::str::from_utf8(bytes).map_err(|err| SourceError::InvalidUtf8 {
        path: path.to_string(),
        line: number,
        column: column(&bytes[..err.valid_up_to()]),
    })
}

/// The document of one feed line.
fn feed_report(
    path: &str,
    number: usize,
    line: &str,
    options: &LoadOptions,
) -> Result<Document, SourceError> {
    let error = |message: String| SourceError::JsonLine {
        path: path.to_string(),
        line: number,
        message,
    };
    let feed: FeedLine = serde_json::from_str(line).map_err(|e| {
        error(format!(
            "not a report object ({e}); each line needs at least a \"text\" field"
        ))
    })?;
    let published = match &feed.published {
        Some(date) => Some(
            crate::calendar::parse_publication_moment(date).ok_or_else(|| {
                error(format!(
                    "\"published\": \"{date}\" is not a date; write it as YYYY-MM-DD"
                ))
            })?,
        ),
        None => None,
    };
    let name = match &feed.id {
        Some(serde_json::Value::String(id)) => format!("{path}:{number}#{id}"),
        Some(id) => format!("{path}:{number}#{id}"),
        None => format!("{path}:{number}"),
    };
    let line_options = LoadOptions {
        published: published.map(|(d, _)| d).or(options.published),
        published_time: published.and_then(|(_, t)| t).or(options.published_time),
    };
    let mut document = Document::parse(&name, feed.text, Format::Text, &line_options)?;
    if published.is_some() {
        document.meta.published_from = super::PublishedFrom::FrontMatter;
    }
    document.meta.title = feed.title.or(document.meta.title);
    document.meta.url = feed.url;
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_become_one_document_per_line() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed.jsonl");
        std::fs::write(
            &feed,
            "{\"id\": \"a\", \"text\": \"Kim will make his fifth visit to Beijing.\", \"published\": \"2025-08-28\"}\n\n{\"text\": \"Second.\"}\n",
        )
        .unwrap();
        let docs = load_inputs(&[feed.display().to_string()], &LoadOptions::default())
            .unwrap()
            .documents;
        assert_eq!(docs.len(), 2);
        assert!(docs[0].path.ends_with("feed.jsonl:1#a"));
        assert!(docs[1].path.ends_with("feed.jsonl:3"));
        assert_eq!(docs[0].meta.published, Some(jiff::civil::date(2025, 8, 28)));
    }

    #[test]
    fn bad_bytes_in_a_feed_name_their_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed.jsonl");
        std::fs::write(&feed, b"{\"text\": \"ok\"}\n{\"text\": \"S\xe3o\"}\n").unwrap();
        let err = load_inputs(&[feed.display().to_string()], &LoadOptions::default()).unwrap_err();
        assert!(
            err.to_string().ends_with(
                "feed.jsonl:2:12: the file is not valid UTF-8; convert it to UTF-8 first"
            ),
            "{err}"
        );
        std::fs::write(&feed, b"{\"text\": \"ok\"}\n\0\0\n").unwrap();
        let err = load_inputs(&[feed.display().to_string()], &LoadOptions::default()).unwrap_err();
        assert!(
            matches!(
                err,
                SourceError::Binary {
                    line: 2,
                    column: 1,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed.jsonl");
        std::fs::write(&feed, "{\"text\": \"ok\"}\n{\"title\": \"no text\"}\n").unwrap();
        let err = load_inputs(&[feed.display().to_string()], &LoadOptions::default()).unwrap_err();
        assert!(
            err.to_string()
                .contains("feed.jsonl:2: not a report object"),
            "{err}"
        );
    }

    #[test]
    fn directories_are_walked_honouring_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "Report a.").unwrap();
        std::fs::write(dir.path().join("b.txt"), "Report b.").unwrap();
        std::fs::write(dir.path().join("skip.md"), "Ignored.").unwrap();
        std::fs::write(dir.path().join("notes.yaml"), "x: 1").unwrap();
        std::fs::write(dir.path().join(".gitignore"), "skip.md\n").unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        let docs = load_inputs(&[dir.path().display().to_string()], &LoadOptions::default())
            .unwrap()
            .documents;
        let names: Vec<&str> = docs.iter().map(|d| d.short_name()).collect();
        assert_eq!(names, vec!["a.md", "b.txt"]);
    }
}
