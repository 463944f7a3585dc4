//! Rule patterns parsed without parsing their macros again and again.
//!
//! A pattern is written with macros (`{money}`, `{date}`), and most of its text once expanded
//! is theirs: 189 built-in patterns expand to about 5 MB, made of a few dozen macros used over
//! and over. Parsing that text was most of the start-up time and half of the first pass over a
//! large input. Here each macro is parsed once per reading, and a pattern is parsed as its own
//! words with a placeholder where each macro stands; the macros' parses are then put in the
//! placeholders' place, through the same constructors the parser uses, so the result is the very
//! parse of the expanded text (`every_builtin_pattern_splices_to_its_own_parse` checks it).
//!
//! A pattern that sets a flag of its own (`(?-i:…)`) is parsed whole: a macro inside it would be
//! read with other flags than its cached parse was. So is one whose macros hold a capture group
//! (captures are numbered across the whole pattern) or do not parse alone.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};
use regex_syntax::ParserBuilder;

use super::boundaries::ascii_word_boundaries;
use super::lexicon;
use super::prefilter::{self, Facts};

/// How a pattern is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// As written, case-sensitive: what the prefilter reads its literals from.
    Written,
    /// The ASCII twin (see [`ascii_word_boundaries`]), case-insensitive: what is compiled and run.
    AsciiFolded,
}

impl Reading {
    /// The text to parse for `pattern` in this reading.
    fn text(self, pattern: &str) -> String {
        match self {
            Reading::Written => pattern.to_string(),
            Reading::AsciiFolded => ascii_word_boundaries(pattern),
        }
    }

    /// Parses `pattern` in this reading.
    pub fn parse(self, pattern: &str) -> Result<Hir, regex::Error> {
        ParserBuilder::new()
            .case_insensitive(self == Reading::AsciiFolded)
            .build()
            .parse(&self.text(pattern))
            .map_err(|e| regex::Error::Syntax(e.to_string()))
    }
}

/// Each macro of a table parsed in one reading, once, when a pattern first needs it.
#[derive(Debug)]
pub struct Macros {
    reading: Reading,
    table: BTreeMap<String, String>,
    parsed: BTreeMap<String, OnceLock<Option<Hir>>>,
    /// What each macro tells the prefilter (see [`prefilter::facts_with`]), read off its
    /// parse, which is then dropped.
    facts: BTreeMap<String, OnceLock<Option<Facts>>>,
}

impl Macros {
    /// The macros of `table`, none parsed yet.
    pub fn new(table: &BTreeMap<String, String>, reading: Reading) -> Macros {
        Macros {
            reading,
            table: table.clone(),
            parsed: unread(table),
            facts: unread(table),
        }
    }

    /// What macro `name` tells the prefilter, `None` when it cannot stand alone.
    fn facts(&self, name: &str) -> Option<&Facts> {
        self.facts
            .get(name)?
            .get_or_init(|| {
                let hir = self.parse_alone(name)?;
                Some(prefilter::facts_with(&hir, &|_| None))
            })
            .as_ref()
    }

    /// Macro `name` parsed by itself, `None` when it cannot stand alone (unknown, does not
    /// expand or parse by itself, or holds a capture group).
    fn parse_alone(&self, name: &str) -> Option<Hir> {
        let expanded = lexicon::expand(self.table.get(name)?, &self.table).ok()?;
        let hir = self.reading.parse(&expanded).ok()?;
        (hir.properties().explicit_captures_len() == 0).then_some(hir)
    }

    /// The parse of macro `name`, `None` when it cannot stand alone (unknown, does not expand or
    /// parse by itself, or holds a capture group).
    fn get(&self, name: &str) -> Option<&Hir> {
        self.parsed
            .get(name)?
            .get_or_init(|| self.parse_alone(name))
            .as_ref()
    }
}

/// An empty cell for each macro of `table`.
fn unread<T>(table: &BTreeMap<String, String>) -> BTreeMap<String, OnceLock<T>> {
    table
        .keys()
        .map(|name| (name.clone(), OnceLock::new()))
        .collect()
}

/// Prefix of the placeholder groups' names; no pattern of ours names a group like that.
const PLACEHOLDER: &str = "crosscheck_macro_";

/// `pattern` with each macro it names replaced by a placeholder group, or `None` when it
/// must be parsed whole: it sets a flag of its own, names a group like a placeholder, or names
/// no macro at all (nothing to gain).
pub fn skeleton(pattern: &str, table: &BTreeMap<String, String>) -> Option<String> {
    let mut placeholders = 0;
    let out = lexicon::replace_macros(pattern, |name| {
        // Not empty: the parser drops a repetition of what only matches "".
        let placeholder = table
            .contains_key(name)
            .then(|| format!(r"(?P<{PLACEHOLDER}{placeholders}_{name}>\x00)"));
        placeholders += usize::from(placeholder.is_some());
        Ok::<_, std::convert::Infallible>(placeholder)
    })
    .ok()?;
    let sets_flags = out.match_indices("(?").any(|(at, _)| {
        out[at + 2..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() && c != 'P' || c == '-')
    });
    (placeholders > 0 && !sets_flags && out.matches(PLACEHOLDER).count() == placeholders)
        .then_some(out)
}

/// The parse of the pattern whose skeleton is `skeleton` (see [`skeleton`]), in the reading of
/// `macros`: the skeleton's parse with each placeholder replaced by its macro's. `None` when a
/// macro cannot stand alone or the skeleton does not parse; the pattern is then parsed whole.
pub fn parse(skeleton: &str, macros: &Macros) -> Option<Hir> {
    let hir = macros.reading.parse(skeleton).ok()?;
    let mut next_index = 1;
    let spliced = splice(&hir, macros, &mut next_index)?;
    every_placeholder_is_a_group(skeleton, &hir).then_some(spliced)
}

/// Whether each placeholder of `skeleton` parsed as a group of its own. One written inside a
/// character class (`[{letters}]`) is only characters of the class, and the pattern must be
/// parsed whole to mean what its expanded text means.
fn every_placeholder_is_a_group(skeleton: &str, hir: &Hir) -> bool {
    fn groups(hir: &Hir) -> usize {
        match hir.kind() {
            HirKind::Capture(capture) if placeholder(capture).is_some() => 1,
            HirKind::Capture(capture) => groups(&capture.sub),
            HirKind::Repetition(repetition) => groups(&repetition.sub),
            HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().map(groups).sum(),
            _ => 0,
        }
    }
    groups(hir) == skeleton.matches(PLACEHOLDER).count()
}

/// The skeleton parsed in the reading of `macros`, and the sets of literals of which a text must
/// hold one each for the pattern to match (see [`prefilter::required_literals_of`]), read off
/// the skeleton with each macro's facts in its placeholder's place, without building the whole
/// parse. `None` when a macro cannot stand alone or the skeleton does not parse.
pub fn parse_for_prefilter(
    skeleton: &str,
    macros: &Macros,
) -> Option<(Hir, Vec<BTreeSet<String>>)> {
    let hir = macros.reading.parse(skeleton).ok()?;
    let standalone = std::cell::Cell::new(true);
    let facts = prefilter::facts_with(&hir, &|capture| {
        let facts = macros.facts(placeholder(capture)?);
        if facts.is_none() {
            standalone.set(false);
        }
        facts.cloned()
    });
    (standalone.get() && every_placeholder_is_a_group(skeleton, &hir))
        .then(|| (hir, facts.into_requirements()))
}

/// `hir` rebuilt bottom up with each placeholder replaced, through the constructors the parser
/// uses, so that literals and alternatives merge with their neighbours as they would have.
/// Capture groups are numbered again in order, since placeholders took numbers of their own.
fn splice(hir: &Hir, macros: &Macros, next_index: &mut u32) -> Option<Hir> {
    let mut each = |subs: &[Hir]| -> Option<Vec<Hir>> {
        subs.iter()
            .map(|sub| splice(sub, macros, next_index))
            .collect()
    };
    Some(match hir.kind() {
        HirKind::Capture(capture) => match placeholder(capture) {
            Some(name) => macros.get(name)?.clone(),
            None => {
                let index = *next_index;
                *next_index += 1;
                Hir::capture(Capture {
                    index,
                    name: capture.name.clone(),
                    sub: Box::new(splice(&capture.sub, macros, next_index)?),
                })
            }
        },
        HirKind::Concat(subs) => Hir::concat(each(subs)?),
        HirKind::Alternation(subs) => Hir::alternation(each(subs)?),
        HirKind::Repetition(repetition) => Hir::repetition(Repetition {
            sub: Box::new(splice(&repetition.sub, macros, next_index)?),
            ..repetition.clone()
        }),
        _ => hir.clone(),
    })
}

/// The macro a placeholder group stands for.
pub fn placeholder(capture: &Capture) -> Option<&str> {
    let rest = capture.name.as_deref()?.strip_prefix(PLACEHOLDER)?;
    rest.split_once('_').map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> BTreeMap<String, String> {
        [
            ("num", r"\d+(?:,\d{3})*"),
            ("unit", r"(?:people|persons?|résidents)"),
            ("count", r"{num}\s+{unit}"),
            ("grouped", r"(?P<inner>x)"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn a_spliced_parse_is_the_parse_of_the_expanded_pattern() {
        let table = table();
        for pattern in [
            r"\b(?P<value>{count})\b",
            r"(?:a|b){num}c(?P<n>{num})?",
            r"about\s+{count}|(?P<x>{unit}){2,3}\s+{num}",
        ] {
            let expanded = lexicon::expand(pattern, &table).unwrap();
            let skeleton = skeleton(pattern, &table).unwrap();
            for reading in [Reading::Written, Reading::AsciiFolded] {
                let macros = Macros::new(&table, reading);
                let spliced = parse(&skeleton, &macros).unwrap();
                assert_eq!(spliced, reading.parse(&expanded).unwrap(), "{pattern}");
            }
        }
    }

    #[test]
    fn patterns_with_flags_or_captured_macros_are_parsed_whole() {
        let table = table();
        assert_eq!(skeleton(r"(?-i:{num})", &table), None);
        assert_eq!(skeleton(r"(?i){num}", &table), None);
        assert_eq!(skeleton(r"no macro\{num}", &table), None);
        assert!(skeleton(r"(?P<v>{num})(?:x)", &table).is_some());
        // A macro inside a class is characters of the class, not a group.
        let in_class = skeleton(r"[{num}]x", &table).unwrap();
        for reading in [Reading::Written, Reading::AsciiFolded] {
            let macros = Macros::new(&table, reading);
            assert_eq!(parse(&in_class, &macros), None);
            assert!(parse_for_prefilter(&in_class, &macros).is_none());
        }
        let skeleton = skeleton(r"{grouped}{num}", &table).unwrap();
        let macros = Macros::new(&table, Reading::AsciiFolded);
        assert_eq!(parse(&skeleton, &macros), None);
    }
}
