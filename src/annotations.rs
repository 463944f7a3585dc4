//! Annotated fixtures: reports whose comments say what a rule must find in the sentence after
//! them, in the spirit of semgrep's `ruleid:` and `ok:`. `crosscheck rules test DIR` runs them
//! next to the rules' own examples.
//!
//! ```markdown
//! <!-- expect: visit-ordinal -->
//! Kim will make his fifth visit to Beijing.
//!
//! <!-- expect: visit-ordinal = 5 -->
//! It is the fifth time Kim has travelled to Beijing.
//!
//! <!-- expect-none: visit-ordinal -->
//! The fifth round of talks opened in Geneva.
//!
//! <!-- todo-expect: visit-ordinal -->
//! A known gap: reported, but it does not fail the run until it holds.
//! ```
//!
//! An annotation speaks of the first sentence that starts after it; several may stand before
//! the same sentence. Markdown and HTML drop comments from the text they read, so annotations
//! never become part of a claim.

use std::ops::Range;
use std::path::Path;

use regex::Regex;

use crate::claim::Claim;
use crate::normalize::Settings;
use crate::rules::RuleSet;
use crate::source::{self, Document, LoadOptions, SourceError};

/// The extensions of files that may hold annotations.
const ANNOTATED_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// What an annotation asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expectation {
    /// The rule finds a claim in the sentence (with this value, when one is given).
    Expect,
    /// The rule finds nothing in the sentence.
    ExpectNone,
    /// A known gap: the rule should find a claim but does not yet; reported, never failing.
    Todo,
}

/// One annotation comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub expectation: Expectation,
    pub rule: String,
    /// The value the claim must display ("5", "2019-09-03"), when given after `=`.
    pub value: Option<String>,
    /// The 1-based line of the comment.
    pub line: usize,
    /// The byte range of the comment in the file.
    pub range: Range<usize>,
}

/// The outcome of one annotation that did not simply hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotationResult {
    pub path: String,
    pub line: usize,
    pub rule: String,
    /// What went wrong, or for a `todo-expect`, what it found.
    pub message: String,
    /// The sentence the annotation speaks of.
    pub sentence: String,
}

impl std::fmt::Display for AnnotationResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: rule `{}`: {}\n    sentence: {}",
            self.path, self.line, self.rule, self.message, self.sentence
        )
    }
}

/// What running the annotated fixtures gave.
#[derive(Clone, Debug, Default)]
pub struct AnnotationReport {
    /// How many annotations were checked, in how many files.
    pub checked: usize,
    pub files: usize,
    /// Annotations that do not hold.
    pub failures: Vec<AnnotationResult>,
    /// Known gaps (`todo-expect`) still open, and those that now hold and can become `expect`.
    pub todo: Vec<AnnotationResult>,
}

fn annotation_pattern() -> Regex {
    // The pattern is fixed and known to compile; a failure here is a bug in this line.
    Regex::new(
        r"<!--\s*(expect|expect-none|todo-expect)\s*:\s*([A-Za-z0-9_.-]+)\s*(?:=\s*(.*?)\s*)?-->",
    )
    .unwrap_or_else(|err| unreachable!("the annotation pattern compiles: {err}"))
}

/// The annotations in a file's text, in order.
pub fn annotations(original: &str) -> Vec<Annotation> {
    annotation_pattern()
        .captures_iter(original)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let expectation = match caps.get(1)?.as_str() {
                "expect" => Expectation::Expect,
                "expect-none" => Expectation::ExpectNone,
                _ => Expectation::Todo,
            };
            Some(Annotation {
                expectation,
                rule: caps.get(2)?.as_str().to_string(),
                value: caps
                    .get(3)
                    .map(|v| v.as_str().to_string())
                    .filter(|v| !v.is_empty()),
                line: source::line_and_column(original, whole.start()).0,
                range: whole.range(),
            })
        })
        .collect()
}

/// Checks the annotations of one document against the claims the rules find in it.
pub fn check_document(
    document: &Document,
    rules: &RuleSet,
    settings: &Settings,
    report: &mut AnnotationReport,
) {
    let annotations = annotations(&document.original);
    if annotations.is_empty() {
        return;
    }
    report.files += 1;
    let claims = crate::claims_of(document, rules, settings);
    // Each sentence as a range of the original file, to place annotations and claims alike.
    let sentences: Vec<Range<usize>> = document
        .sentences
        .iter()
        .map(|s| {
            let span = document.span(s.clone());
            span.start..span.end
        })
        .collect();
    for annotation in annotations {
        report.checked += 1;
        let Some(sentence) = sentences
            .iter()
            .find(|s| s.start >= annotation.range.end)
            .cloned()
        else {
            report.failures.push(result(
                document,
                &annotation,
                "no sentence follows the annotation".into(),
                String::new(),
            ));
            continue;
        };
        let sentence_text = document.original[sentence.clone()].trim().to_string();
        if rules.rule(&annotation.rule).is_none() {
            let hint = nearest_rule(rules, &annotation.rule)
                .map(|id| format!("; did you mean `{id}`?"))
                .unwrap_or_default();
            report.failures.push(result(
                document,
                &annotation,
                format!("no rule has this id{hint}"),
                sentence_text,
            ));
            continue;
        }
        let found: Vec<&Claim> = claims
            .iter()
            .filter(|c| *c.rule == *annotation.rule && sentence.contains(&c.evidence.span.start))
            .collect();
        let outcome = judge(&annotation, &found);
        match (annotation.expectation, outcome) {
            (Expectation::Todo, Ok(())) => report.todo.push(result(
                document,
                &annotation,
                "holds now; make it `expect`".into(),
                sentence_text,
            )),
            (Expectation::Todo, Err(problem)) => report.todo.push(result(
                document,
                &annotation,
                format!("known gap: {problem}"),
                sentence_text,
            )),
            (_, Ok(())) => {}
            (_, Err(problem)) => {
                report
                    .failures
                    .push(result(document, &annotation, problem, sentence_text));
            }
        }
    }
}

/// Whether the claims the rule found in the sentence are what the annotation asks.
fn judge(annotation: &Annotation, found: &[&Claim]) -> Result<(), String> {
    let listed = || {
        found
            .iter()
            .map(|c| format!("\"{}\" = {}", c.evidence.text, c.display))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match annotation.expectation {
        Expectation::ExpectNone if found.is_empty() => Ok(()),
        Expectation::ExpectNone => Err(format!("expected no claim, found {}", listed())),
        Expectation::Expect | Expectation::Todo => match (&annotation.value, found) {
            (_, []) => Err("expected a claim, found none".into()),
            (None, _) => Ok(()),
            (Some(value), found) if found.iter().any(|c| *c.display == **value) => Ok(()),
            (Some(value), _) => Err(format!("expected the value {value}, found {}", listed())),
        },
    }
}

fn result(
    document: &Document,
    annotation: &Annotation,
    message: String,
    sentence: String,
) -> AnnotationResult {
    AnnotationResult {
        path: document.path.clone(),
        line: annotation.line,
        rule: annotation.rule.clone(),
        message,
        sentence,
    }
}

/// The id of the rule whose id is nearest to a misspelt one.
fn nearest_rule<'a>(rules: &'a RuleSet, id: &str) -> Option<&'a str> {
    rules
        .rules
        .iter()
        .map(|r| (strsim::jaro_winkler(id, &r.id), r.id.as_str()))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// The files under `dir` that may hold annotations, in path order, honouring `.gitignore`.
///
/// # Errors
/// When the directory cannot be walked.
pub fn annotated_files(dir: &Path) -> Result<Vec<String>, SourceError> {
    let mut files = Vec::new();
    for entry in ignore::WalkBuilder::new(dir)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build()
    {
        let entry = entry.map_err(|err| SourceError::Input {
            path: dir.display().to_string(),
            message: format!("cannot walk the directory: {err}"),
        })?;
        let wanted = entry.file_type().is_some_and(|t| t.is_file())
            && entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| {
                    ANNOTATED_EXTENSIONS
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(e))
                });
        if wanted {
            files.push(entry.path().display().to_string());
        }
    }
    Ok(files)
}

/// Runs the annotations of every file under `dirs`.
///
/// # Errors
/// When a directory cannot be walked or a file cannot be read.
pub fn run(
    dirs: &[&Path],
    rules: &RuleSet,
    settings: &Settings,
    options: &LoadOptions,
) -> Result<AnnotationReport, SourceError> {
    let mut report = AnnotationReport::default();
    for dir in dirs {
        for file in annotated_files(dir)? {
            let document = source::load_path(&file, options)?;
            check_document(&document, rules, settings, &mut report);
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Format;

    fn check(text: &str) -> AnnotationReport {
        let rules = RuleSet::builtin().expect("the built-in rules load");
        let document = Document::parse(
            "annotated.md",
            text.to_string(),
            Format::Markdown,
            &LoadOptions {
                published: crate::calendar::parse_publication_date("2025-08-28"),
                ..LoadOptions::default()
            },
        )
        .expect("the fixture parses");
        let mut report = AnnotationReport::default();
        check_document(&document, &rules, &Settings::default(), &mut report);
        report
    }

    #[test]
    fn annotations_are_read_with_their_lines() {
        let found =
            annotations("intro\n<!-- expect: visit-ordinal = 5 -->\nx\n<!--expect-none:a-b-->\n");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].expectation, Expectation::Expect);
        assert_eq!(found[0].rule, "visit-ordinal");
        assert_eq!(found[0].value.as_deref(), Some("5"));
        assert_eq!(found[0].line, 2);
        assert_eq!(found[1].expectation, Expectation::ExpectNone);
        assert_eq!(found[1].value, None);
        assert_eq!(found[1].line, 4);
    }

    #[test]
    fn holding_annotations_pass() {
        let report = check(
            "<!-- expect: visit-ordinal = 5 -->\nShe will make her fifth visit to Japan.\n\n\
             <!-- expect-none: visit-ordinal -->\nThe fifth round of talks opened in Geneva.\n",
        );
        assert_eq!(report.checked, 2);
        assert!(report.failures.is_empty(), "{:?}", report.failures);
    }

    #[test]
    fn failing_annotations_name_their_line_and_what_was_found() {
        let report = check(
            "Intro sentence here.\n\n<!-- expect: visit-ordinal = 4 -->\n\
             She will make her fifth visit to Japan.\n\n<!-- expect-none: visit-ordinal -->\n\
             It is his third trip to Peru.\n\n<!-- expect: visit-ordnal -->\nAnything.\n",
        );
        let lines: Vec<usize> = report.failures.iter().map(|f| f.line).collect();
        assert_eq!(lines, vec![3, 6, 9], "{:?}", report.failures);
        assert!(report.failures[0]
            .message
            .starts_with("expected the value 4, found \"her fifth visit to Japan\" = 5"));
        assert!(report.failures[1].message.starts_with("expected no claim"));
        assert!(report.failures[2]
            .message
            .ends_with("did you mean `visit-ordinal`?"));
    }

    #[test]
    fn a_todo_is_reported_and_does_not_fail() {
        let report = check("<!-- todo-expect: visit-ordinal -->\nThe talks opened in Geneva.\n");
        assert!(report.failures.is_empty());
        assert_eq!(report.todo.len(), 1);
        assert!(report.todo[0].message.starts_with("known gap"));
    }
}
