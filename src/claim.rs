//! The things that flow between stages after extraction: [`Claim`] and its parts.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::Date;

use crate::source::Span;
use crate::value::Value;

/// Who or what a claim is about, as written and as resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// The resolved name: the gazetteer's canonical name, the event noun, or the cleaned words.
    pub name: String,
    /// The words in the text that led to it (a name, an alias, "his", "the country"), or empty
    /// when nothing in the match named it and it was inferred from the document.
    pub written: String,
    /// How the words became the name.
    pub resolution: String,
    /// The gazetteer entry, when there is one.
    pub entity: Option<usize>,
    /// For a description not in the gazetteer ("the strategic partnership France and Brazil
    /// launched"), its head noun and the words that modify it, for alignment.
    pub description: Option<Description>,
}

/// The core of a descriptive phrase: its head noun and the content words before it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Description {
    pub head: String,
    pub modifiers: Vec<String>,
}

/// Where a claim was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The source's path as given on the command line.
    pub source: String,
    pub span: Span,
    /// The exact words of the original file.
    pub text: String,
    /// The whole sentence, as plain text.
    pub sentence: String,
    /// The reference date the claim was resolved against, if it needed one.
    pub published: Option<Date>,
}

/// One fact one source states, normalized. Its JSON form is written by `report::json`.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Dotted kind: `event.date`, `visit.ordinal`.
    pub kind: String,
    /// Boxed, as is `object`: a claim is mostly absent or short roles, and an archive holds
    /// millions of claims at once.
    pub subject: Option<Box<Role>>,
    pub object: Option<Box<Role>>,
    /// Further keys that set claims apart (the unit of a count).
    pub qualifiers: BTreeMap<String, String>,
    pub value: Value,
    /// The value as the reports show it.
    pub display: String,
    pub evidence: Evidence,
    /// The id of the rule that produced it.
    pub rule: String,
    /// How the rule matched, for `extract --explain`.
    pub matched: Match,
    /// Every assumption resolution made: reference date used, tense read, year supplied.
    pub assumptions: Vec<String>,
    /// The proper names the claim's sentence holds (gazetteer entities by their canonical name,
    /// other names as written): what the claim is set among, for telling apart claims whose
    /// subject and object are only generic words ("vote", "first time").
    pub scene: Vec<String>,
    /// Every proper name of the claim's document, in the same form.
    pub document_names: Arc<Vec<String>>,
}

/// How a rule matched: which of its patterns, and the words each named capture took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Match {
    /// The index of the pattern in the rule's `patterns`.
    pub pattern: usize,
    /// The named captures that took part, with their words, in pattern order.
    pub captures: Vec<(String, String)>,
}
