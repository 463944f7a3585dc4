//! YAML front matter: a block between `---` lines at the very top of a file.

use std::ops::Range;

use jiff::civil::{Date, Time};
use serde::Deserialize;

use super::SourceError;
use crate::calendar;

/// The fields of front matter crosscheck reads; any others are allowed and ignored.
#[derive(Debug, Default, Deserialize)]
pub struct Fields {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    published: Option<serde_yaml::Value>,
}

/// A file split into front matter and body.
#[derive(Debug, Default)]
pub struct FrontMatter {
    /// The byte range of the body in the file.
    pub body: Range<usize>,
    pub fields: Fields,
    /// The publication date, and its time of day when given.
    pub published: Option<(Date, Option<Time>)>,
}

/// Splits `text` into its front matter (if any) and body.
pub fn split(path: &str, text: &str) -> Result<FrontMatter, SourceError> {
    let no_front_matter = FrontMatter {
        body: 0..text.len(),
        ..FrontMatter::default()
    };
    let text_after_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_after_bom.len();
    let Some(rest) = text_after_bom
        .strip_prefix("---\n")
        .or_else(|| text_after_bom.strip_prefix("---\r\n"))
    else {
        return Ok(no_front_matter);
    };
    let yaml_start = text.len() - rest.len();
    let mut offset = yaml_start;
    let mut yaml_end = None;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            yaml_end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, body_start)) = yaml_end else {
        let (line, column) = super::line_and_column(text, bom);
        return Err(SourceError::FrontMatter {
            path: path.to_string(),
            line,
            column,
            message: "front matter opened with `---` is never closed; add a `---` line after it"
                .into(),
        });
    };
    let yaml = &text[yaml_start..yaml_end];
    if let Err(err) = crate::yaml::check_expansion(yaml) {
        let (line, column) = err.location.map_or((1, 1), |(l, c)| (l + 1, c));
        return Err(SourceError::FrontMatter {
            path: path.to_string(),
            line,
            column,
            message: format!("the front matter is refused: {err}"),
        });
    }
    let fields: Fields = if yaml.trim().is_empty() {
        Fields::default()
    } else {
        serde_yaml::from_str(yaml).map_err(|err| {
            let (line, column) = err
                .location()
                .map(|l| (l.line() + 1, l.column()))
                .unwrap_or((1, 1));
            SourceError::FrontMatter {
                path: path.to_string(),
                line,
                column,
                // The parser's own place counts from the front matter's first line; the
                // file's is given in front.
                message: {
                    let said = err.to_string();
                    let said = said.split(" at line ").next().unwrap_or_default();
                    format!("invalid front matter: {said}{}", hint(said))
                },
            }
        })?
    };
    let published = match &fields.published {
        None | Some(serde_yaml::Value::Null) => None,
        Some(value) => {
            let shown = match value {
                serde_yaml::Value::String(s) => s.clone(),
                other => serde_yaml::to_string(other)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            };
            let parsed = calendar::parse_publication_moment(&shown);
            if parsed.is_none() {
                let key = yaml
                    .find("published")
                    .map_or(yaml_start, |i| yaml_start + i);
                let (line, column) = super::line_and_column(text, key);
                return Err(SourceError::FrontMatter {
                    path: path.to_string(),
                    line,
                    column,
                    message: format!("`published: {shown}` is not a date; write it as YYYY-MM-DD"),
                });
            }
            parsed
        }
    };
    Ok(FrontMatter {
        body: body_start..text.len(),
        fields,
        published,
    })
}

/// What to do about a common mistake, after the YAML parser's own words: a title with a colon
/// in it ("title: Bridge collapse: questions mount") must be quoted.
fn hint(message: &str) -> &'static str {
    if message.contains("mapping values are not allowed") {
        "; a value that holds \": \" (a title such as `Bridge collapse: questions mount`) must be put in quotes"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = split("a.md", "---\ntitle: x\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:1:1: front matter opened"));
    }

    #[test]
    fn a_title_with_a_colon_is_refused_with_what_to_do() {
        let err = split(
            "a.md",
            "---\ntitle: Bridge collapse: questions mount\npublished: 2026-03-11\n---\nbody",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("a.md:2:"), "{err}");
        assert!(err.contains("must be put in quotes"), "{err}");
    }

    #[test]
    fn bad_published_date_names_the_line() {
        let err = split("a.md", "---\ntitle: x\npublished: soon\n---\nbody").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.md:3:1: `published: soon` is not a date; write it as YYYY-MM-DD"
        );
    }

    #[test]
    fn an_alias_bomb_in_front_matter_is_refused() {
        // `published` is read as any YAML value, so every alias would be copied into it.
        let big = "w".repeat(64 << 10);
        let text = format!(
            "---\ntitle: &t {big}\npublished: [{}]\n---\nbody",
            vec!["*t"; 1_000].join(", ")
        );
        let err = split("a.md", &text).unwrap_err();
        assert!(
            err.to_string().starts_with("a.md:2:") && err.to_string().contains("aliases"),
            "{err}"
        );
    }

    #[test]
    fn timestamps_keep_their_date() {
        let front = split("a.md", "---\npublished: 2025-08-28T08:17:00Z\n---\nbody").unwrap();
        assert_eq!(
            front.published,
            Some((
                jiff::civil::date(2025, 8, 28),
                Some(Time::constant(8, 17, 0, 0))
            ))
        );
        assert_eq!(
            &"---\npublished: 2025-08-28T08:17:00Z\n---\nbody"[front.body],
            "body"
        );
    }
}
