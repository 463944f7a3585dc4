//! The things that flow between stages after extraction: [`Claim`] and its parts.
//!
//! An archive holds hundreds of thousands of claims at once, and most of their words are the
//! same from claim to claim: the kind and the rule, the source's path, the sentence several
//! claims are found in, the names and the assumptions. Those are `Arc<str>`, shared rather than
//! copied (see [`crate::normalize`], which hands them out), as are the roles themselves; only
//! the quoted words are the claim's own.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::Date;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::source::Span;
use crate::value::Value;

/// Who or what a claim is about, as written and as resolved.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Role {
    /// The resolved name: the gazetteer's canonical name, the event noun, or the cleaned words.
    pub name: Arc<str>,
    /// The words in the text that led to it (a name, an alias, "his", "the country"), or empty
    /// when nothing in the match named it and it was inferred from the document.
    pub written: Arc<str>,
    /// How the words became the name.
    pub resolution: Arc<str>,
    /// The gazetteer entry, when there is one.
    pub entity: Option<usize>,
    /// For a description not in the gazetteer ("the strategic partnership France and Brazil
    /// launched"), its head noun and the words that modify it, for alignment.
    pub description: Option<Description>,
}

/// The core of a descriptive phrase: its head noun, the content words before it, and the core of
/// the group or whole a "for" or "among" after it names ("the reduced fare for seniors": fare,
/// [reduced], for senior).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Description {
    pub head: String,
    pub modifiers: Vec<String>,
    pub complement: Option<Box<Description>>,
}

/// Where a claim was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The source's path as given on the command line.
    pub source: Arc<str>,
    pub span: Span,
    /// The exact words of the original file, the claim's own.
    pub text: Box<str>,
    /// The whole sentence, as plain text, shared by the claims found in it.
    pub sentence: Arc<str>,
    /// The reference date the claim was resolved against, if it needed one.
    pub published: Option<Date>,
}

/// One fact one source states, normalized. Its JSON form is written by `report::json`.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Dotted kind: `event.date`, `visit.ordinal`.
    pub kind: Arc<str>,
    /// Shared, as is `object`: the claims of a document are mostly about the same few things,
    /// resolved the same way, and an archive holds millions of claims at once.
    pub subject: Option<Arc<Role>>,
    pub object: Option<Arc<Role>>,
    /// Further keys that set claims apart (the unit of a count).
    pub qualifiers: Qualifiers,
    pub value: Value,
    /// The value as the reports show it.
    pub display: Arc<str>,
    pub evidence: Evidence,
    /// The id of the rule that produced it.
    pub rule: Arc<str>,
    /// How the rule matched, for `extract --explain`.
    pub matched: Match,
    /// Every assumption resolution made: reference date used, tense read, year supplied.
    pub assumptions: Box<[Arc<str>]>,
    /// The proper names the claim's sentence holds (gazetteer entities by their canonical name,
    /// other names as written): what the claim is set among, for telling apart claims whose
    /// subject and object are only generic words ("vote", "first time"). Shared by the claims
    /// of one sentence.
    pub scene: Arc<Vec<String>>,
    /// Every proper name of the claim's document, in the same form.
    pub document_names: Arc<Vec<String>>,
}

/// How a rule matched: which of its patterns, and the words each named capture took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Match {
    /// The index of the pattern in the rule's `patterns`.
    pub pattern: usize,
    /// The named captures that took part, as (name, words), in pattern order.
    pub captures: Box<[(Arc<str>, Arc<str>)]>,
}

/// The keys beyond subject and object that set claims apart, such as the unit of a count, each
/// with its value, in the order of their keys.
///
/// A claim has none or one, so they are a short sorted list rather than a map: an empty map costs
/// nothing, but a map of one entry costs a whole tree node, and an archive holds a great many
/// claims with a unit. It is written in JSON as an object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Qualifiers(Box<[(Arc<str>, Arc<str>)]>);

impl Qualifiers {
    /// The qualifiers `pairs` give; where a key comes twice, the later value stands, as in a map.
    pub fn new(pairs: impl IntoIterator<Item = (Arc<str>, Arc<str>)>) -> Self {
        let mut pairs: Vec<(Arc<str>, Arc<str>)> = pairs.into_iter().collect();
        pairs.reverse();
        // A stable sort keeps the later of equal keys first, where `dedup_by` keeps it.
        pairs.sort_by(|(a, _), (b, _)| a.cmp(b));
        pairs.dedup_by(|(a, _), (b, _)| a == b);
        Qualifiers(pairs.into_boxed_slice())
    }

    /// The value of `key`, if the claim has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(k, _)| (**k).cmp(key))
            .ok()
            .map(|at| &*self.0[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The (key, value) pairs in the order of their keys.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(key, value)| (&**key, &**value))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The same qualifiers as an owned map.
    pub fn to_map(&self) -> BTreeMap<String, String> {
        self.iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect()
    }
}

impl<'a> IntoIterator for &'a Qualifiers {
    type Item = (&'a str, &'a str);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Arc<str>, Arc<str>)>,
        fn(&'a (Arc<str>, Arc<str>)) -> (&'a str, &'a str),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(key, value)| (&**key, &**value))
    }
}

impl Serialize for Qualifiers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(key: &str, value: &str) -> (Arc<str>, Arc<str>) {
        (key.into(), value.into())
    }

    #[test]
    fn qualifiers_read_like_a_map() {
        let qualifiers = Qualifiers::new([pair("unit", "km"), pair("currency", "EUR")]);
        assert_eq!(qualifiers.get("unit"), Some("km"));
        assert_eq!(qualifiers.get("grade"), None);
        assert!(qualifiers.contains_key("currency"));
        let keys: Vec<&str> = qualifiers.iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["currency", "unit"]);
        assert_eq!(
            serde_json::to_string(&qualifiers).unwrap(),
            r#"{"currency":"EUR","unit":"km"}"#
        );
    }

    #[test]
    fn the_later_value_of_a_key_stands() {
        let qualifiers = Qualifiers::new([pair("unit", "soldier"), pair("unit", "km")]);
        assert_eq!(qualifiers.len(), 1);
        assert_eq!(qualifiers.get("unit"), Some("km"));
        assert!(Qualifiers::default().is_empty());
    }
}
