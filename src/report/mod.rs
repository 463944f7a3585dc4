//! Reporters: findings and claims rendered as bytes. Reporters never judge; every verdict and
//! reason they print was decided in [`crate::compare`].

pub mod json;
pub mod text;

use crate::claim::Claim;
use crate::source::Document;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// One source and its claims, for `crosscheck extract`.
pub struct SourceClaims<'a> {
    pub document: &'a Document,
    pub claims: Vec<Claim>,
}

/// "subject · object" for headings, or the kind alone.
pub(crate) fn about(subject: Option<&str>, object: Option<&str>) -> String {
    match (subject, object) {
        (Some(s), Some(o)) => format!("{s} · {o}"),
        (Some(s), None) => s.to_string(),
        (None, Some(o)) => o.to_string(),
        (None, None) => String::new(),
    }
}
