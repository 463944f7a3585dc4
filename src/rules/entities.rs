//! The gazetteer: named entities with their type, aliases and what they are part of.
//!
//! Built in from `rules/entities.yaml` and extended by an `entities.yaml` in any user rule
//! directory. Names compare through [`name_key`], which ignores case, hyphens and diacritics, so
//! "Kim Jong-un" finds "Kim Jong Un" and "Erdogan" finds "Erdoğan"; what remains of spelling
//! variation is left to fuzzy matching.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use super::trie::{Piece, Trie};

/// One entity as the gazetteer file writes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub part_of: Option<String>,
}

/// The gazetteer file.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntitiesFile {
    #[serde(default)]
    pub entities: Vec<Entity>,
}

/// An entity found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityMention {
    pub range: Range<usize>,
    pub entity: usize,
}

/// The entity types a place reference accepts.
const PLACE_TYPES: &[&str] = &["place", "country", "city", "region", "territory", "state"];

/// The entity types that act: who wins votes, pays fines and makes pledges.
const ACTOR_TYPES: &[&str] = &["person", "organization"];

/// Whether an entity of type `actual` satisfies a wanted type.
pub fn type_matches(actual: &str, wanted: &str) -> bool {
    wanted == "any"
        || actual == wanted
        || (wanted == "place" && PLACE_TYPES.contains(&actual))
        || (wanted == "actor" && ACTOR_TYPES.contains(&actual))
}

/// A name reduced for comparison: no diacritics, no case, hyphens and runs of spaces as one space,
/// no leading article, curly apostrophes straightened, and a compass point written in one word
/// ("south-west", "south west" and "southwest" are one direction; "North-East England" is
/// "Northeast England").
pub fn name_key(name: &str) -> String {
    // Most names are plain ASCII: lower-case them and tidy the spaces without decomposing.
    let stripped: String = if name.is_ascii() {
        name.chars()
            .map(|c| {
                if c == '-' {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    } else {
        name.nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .map(|c| match c {
                '-' | '‐' | '‑' | '–' => ' ',
                '’' | '‘' => '\'',
                c => c,
            })
            .collect::<String>()
            .to_lowercase()
    };
    let mut words = stripped.split_whitespace().peekable();
    let mut key = String::with_capacity(stripped.len());
    if let Some(first) = words.next() {
        if first != "the" || words.peek().is_none() {
            key.push_str(first);
        }
    }
    for word in words {
        let compass = (key.ends_with("north") || key.ends_with("south"))
            && (key.len() == 5 || key.as_bytes()[key.len() - 6] == b' ')
            && (word.starts_with("east") || word.starts_with("west"));
        if !key.is_empty() && !compass {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// The loaded gazetteer, with an index for scanning texts.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_key: HashMap<String, usize>,
    /// Every key of [`Self::by_key`] with what bounds its Jaro-Winkler similarity, for
    /// [`Gazetteer::fuzzy`]: by length in characters, then in key order.
    fuzzy_keys: Vec<FuzzyKey>,
    /// For each length in characters, where the keys of that length are in `fuzzy_keys`.
    fuzzy_by_length: Vec<Range<usize>>,
    scanner: Option<AhoCorasick>,
    /// The keys of [`Self::by_key`] that their entity also has as a name written without
    /// capitals ("the chinese capital"): found in lower case, they still name it.
    lowercase_keys: HashSet<String>,
    /// Demonyms and the countries they name (see [`Gazetteer::country_of_demonym`]).
    demonyms: HashMap<String, usize>,
}

/// A name key with its length in characters and how many of its characters fall in each of 64
/// buckets: two keys share at most as many characters as their buckets share, which bounds their
/// similarity before it is computed.
#[derive(Clone, Debug)]
struct FuzzyKey {
    key: String,
    /// Its place in key order, which settles ties.
    order: usize,
    index: usize,
    chars: usize,
    buckets: [u16; 64],
}

impl FuzzyKey {
    fn new(key: String, order: usize, index: usize) -> Self {
        let (chars, buckets) = char_buckets(&key);
        FuzzyKey {
            key,
            order,
            index,
            chars,
            buckets,
        }
    }

    /// An upper bound of `strsim::jaro_winkler(self.key, other)`, from character counts alone.
    /// Jaro is the mean of m/|a|, m/|b| and (m - t)/m for m matching characters, so it is at
    /// most (m/|a| + m/|b| + 1)/3; Winkler's prefix bonus adds at most 0.4 of what is left, and
    /// only above 0.7. Both grow with m, and m is at most the characters the buckets share.
    fn similarity_bound(&self, chars: usize, buckets: &[u16; 64]) -> f64 {
        if self.chars == 0 || chars == 0 {
            return 1.0;
        }
        let shared: usize = self
            .buckets
            .iter()
            .zip(buckets)
            .map(|(&a, &b)| usize::from(a.min(b)))
            .sum();
        winkler_bound(shared, self.chars, chars)
    }
}

/// The highest Jaro-Winkler similarity of two strings of `a` and `b` characters that have at
/// most `shared` characters in common: Jaro with every shared character matched in order, and
/// the largest prefix bonus.
fn winkler_bound(shared: usize, a: usize, b: usize) -> f64 {
    if a == 0 || b == 0 {
        return 1.0;
    }
    if shared == 0 {
        return 0.0;
    }
    let jaro = (shared as f64 / a as f64 + shared as f64 / b as f64 + 1.0) / 3.0;
    if jaro > 0.7 {
        jaro + 0.4 * (1.0 - jaro)
    } else {
        jaro
    }
}

fn char_buckets(text: &str) -> (usize, [u16; 64]) {
    let mut buckets = [0u16; 64];
    let mut chars = 0;
    for c in text.chars() {
        chars += 1;
        let bucket = &mut buckets[(c as usize) & 63];
        *bucket = bucket.saturating_add(1);
    }
    (chars, buckets)
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new(Vec::new())
    }
}

impl Gazetteer {
    /// Builds the gazetteer; later entities with the same name replace earlier ones.
    pub fn new(entities: Vec<Entity>) -> Self {
        let mut merged: Vec<Entity> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for entity in entities {
            match by_name.entry(name_key(&entity.name)) {
                std::collections::hash_map::Entry::Occupied(at) => merged[*at.get()] = entity,
                std::collections::hash_map::Entry::Vacant(at) => {
                    at.insert(merged.len());
                    merged.push(entity);
                }
            }
        }
        let mut by_key = HashMap::new();
        for (index, entity) in merged.iter().enumerate() {
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                by_key.entry(name_key(name)).or_insert(index);
            }
        }
        let mut lowercase_keys = HashSet::new();
        for (index, entity) in merged.iter().enumerate() {
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let key = name_key(name);
                if by_key.get(&key) == Some(&index) && !name.chars().any(char::is_uppercase) {
                    lowercase_keys.insert(key);
                }
            }
        }
        let scanner = build_scanner(&merged);
        let mut keys: Vec<(&String, usize)> = by_key.iter().map(|(k, &i)| (k, i)).collect();
        keys.sort();
        let mut fuzzy_keys: Vec<FuzzyKey> = keys
            .into_iter()
            .enumerate()
            .map(|(order, (key, index))| FuzzyKey::new(key.clone(), order, index))
            .collect();
        fuzzy_keys.sort_by_key(|k| (k.chars, k.order));
        let longest = fuzzy_keys.last().map_or(0, |k| k.chars);
        let fuzzy_by_length = (0..=longest)
            .map(|length| {
                fuzzy_keys.partition_point(|k| k.chars < length)
                    ..fuzzy_keys.partition_point(|k| k.chars <= length)
            })
            .collect();
        let mut gazetteer = Gazetteer {
            entities: merged,
            by_key,
            fuzzy_keys,
            fuzzy_by_length,
            scanner,
            lowercase_keys,
            demonyms: HashMap::new(),
        };
        let demonyms = gazetteer
            .entities
            .iter()
            .enumerate()
            .flat_map(|(index, entity)| entity.aliases.iter().map(move |alias| (index, alias)))
            .filter_map(|(index, alias)| {
                let demonym = alias.strip_prefix("the ")?.strip_suffix(" capital")?;
                Some((demonym.to_string(), gazetteer.country_of(index)?))
            })
            .collect();
        gazetteer.demonyms = demonyms;
        gazetteer
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn get(&self, index: usize) -> &Entity {
        &self.entities[index]
    }

    /// The country an entity is, or lies in, by its `part_of` chain.
    pub fn country_of(&self, entity: usize) -> Option<usize> {
        let mut at = entity;
        // A chain is short (city, region, country); the bound guards a cycle in a user file.
        for _ in 0..8 {
            let found = self.entities.get(at)?;
            if found.entity_type == "country" {
                return Some(at);
            }
            at = self.lookup(found.part_of.as_deref()?)?;
        }
        None
    }

    /// The country a demonym names ("Czech", "Hungarian"), read off the aliases the gazetteer
    /// gives capitals, "the Czech capital": the gazetteer keeps demonyms out of country aliases
    /// (a "Chinese firm" is not China), so they are asked for only where an adjective is meant.
    pub fn country_of_demonym(&self, word: &str) -> Option<usize> {
        self.demonyms.get(word).copied()
    }

    /// The entity a name or alias stands for, compared through [`name_key`].
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.by_key.get(&name_key(name)).copied()
    }

    /// The entity named `name` exactly (canonical name).
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.name == name)
    }

    /// The closest entity of a type by Jaro-Winkler similarity over name keys, if close enough;
    /// of equally close keys, the first in key order.
    ///
    /// Keys whose characters alone keep them below the threshold are passed over without
    /// computing their similarity: a subject look-up asks this of every unknown name, and the
    /// gazetteer has thousands of keys.
    pub fn fuzzy(&self, name: &str, wanted: &str, threshold: f64) -> Option<(usize, f64)> {
        let key = name_key(name);
        if key.len() < 4 {
            return None;
        }
        let (chars, buckets) = char_buckets(&key);
        // A margin so that rounding in the bound never passes over a key that reaches it.
        let reachable = threshold - 1e-9;
        // Only keys of a length that lets them reach it: Jaro similarity is at most
        // (m/a + m/b + 1) / 3 with m the shorter length, which falls as the lengths part.
        let mut best: Option<(&FuzzyKey, f64)> = None;
        let lengths = self
            .fuzzy_by_length
            .iter()
            .enumerate()
            .filter(|&(length, _)| winkler_bound(length.min(chars), length, chars) >= reachable);
        for (_, keys) in lengths {
            for candidate in &self.fuzzy_keys[keys.clone()] {
                if candidate.similarity_bound(chars, &buckets) < reachable
                    || !type_matches(&self.entities[candidate.index].entity_type, wanted)
                {
                    continue;
                }
                let score = strsim::jaro_winkler(&candidate.key, &key);
                // The closest, and of equally close keys the first in key order.
                let better = best
                    .is_none_or(|(b, s)| score > s || (score == s && candidate.order < b.order));
                if score >= threshold && better {
                    best = Some((candidate, score));
                }
            }
        }
        best.map(|(candidate, score)| (candidate.index, score))
    }

    /// Whether entity `inner` is `outer` or lies within it, following `part_of`.
    pub fn is_within(&self, inner: usize, outer: usize) -> bool {
        let mut current = Some(inner);
        for _ in 0..16 {
            match current {
                Some(index) if index == outer => return true,
                Some(index) => {
                    current = self.entities[index]
                        .part_of
                        .as_deref()
                        .and_then(|p| self.lookup(p));
                }
                None => return false,
            }
        }
        false
    }

    /// Macros for rule patterns, one alternation of names and aliases per type group:
    /// `{entity}`, `{entity_person}`, `{entity_place}`, `{entity_organization}`, `{entity_event}`.
    pub fn macros(&self) -> Vec<(String, String)> {
        type TypeFilter<'f> = &'f dyn Fn(&str) -> bool;
        let groups: [(&str, TypeFilter<'_>); 5] = [
            ("entity", &|_| true),
            ("entity_person", &|t| t == "person"),
            ("entity_place", &|t| type_matches(t, "place")),
            ("entity_organization", &|t| t == "organization"),
            ("entity_event", &|t| t == "event"),
        ];
        groups
            .iter()
            .map(|(name, wanted)| {
                let names = self
                    .entities
                    .iter()
                    .filter(|e| wanted(&e.entity_type))
                    .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases));
                (
                    name.to_string(),
                    name_alternation(names).unwrap_or_else(|| "[^\\s\\S]".into()),
                )
            })
            .collect()
    }

    /// Every entity named in `text`, leftmost-longest, without overlaps.
    pub fn scan(&self, text: &str) -> Vec<EntityMention> {
        let Some(scanner) = &self.scanner else {
            return Vec::new();
        };
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        scanner
            .find_iter(text)
            .filter(|m| {
                // Whole words only, where the name starts or ends with a word character.
                let found = &text[m.range()];
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                let open = !found.starts_with(char::is_alphanumeric) || !is_word(before);
                let close = !found.ends_with(char::is_alphanumeric) || !is_word(after);
                open && close
            })
            .filter_map(|m| {
                let found = &text[m.range()];
                let key = name_key(found);
                let entity = *self.by_key.get(&key)?;
                // Written with capitals, it names what one of its names does; in lower case,
                // only if one of its names is written so too.
                let proper =
                    found.chars().any(char::is_uppercase) || self.lowercase_keys.contains(&key);
                proper.then_some(EntityMention {
                    range: m.range(),
                    entity,
                })
            })
            .collect()
    }
}

/// One case-insensitive regex over every name and alias, longest first; hyphens and spaces are
/// interchangeable. Capitalisation is checked after matching, so "China" does not match "china"
/// in a lower-case alias list but "the Chinese capital" matches "the Chinese capital".
fn build_scanner(entities: &[Entity]) -> Option<AhoCorasick> {
    let mut variants: Vec<String> = entities
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
        .flat_map(|name| spellings(name))
        .collect();
    variants.sort();
    variants.dedup();
    if variants.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&variants)
        .ok()
}

/// The ways a name is written: spaces and hyphens between its words interchangeable (up to four
/// joints), either apostrophe.
fn spellings(name: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let joints = words.len().saturating_sub(1).min(4);
    let mut out = Vec::new();
    for mask in 0..(1usize << joints) {
        let mut spelled = String::new();
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                let hyphen = i <= joints && mask & (1 << (i - 1)) != 0;
                spelled.push(if hyphen { '-' } else { ' ' });
            }
            spelled.push_str(word);
        }
        if spelled.contains('\'') {
            out.push(spelled.replace('\'', "’"));
        }
        out.push(spelled);
    }
    out
}

/// A regex alternation of names, longest first; hyphens and spaces are interchangeable and
/// either apostrophe matches.
fn name_alternation<'a>(names: impl Iterator<Item = &'a String>) -> Option<String> {
    let mut names: Vec<&String> = names.collect();
    if names.is_empty() {
        return None;
    }
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names.dedup();
    let mut trie = Trie::default();
    for name in names {
        // An acronym keeps its capitals: "WHO" is not "who", nor "US" "us".
        let letters = || name.chars().filter(|c| c.is_alphabetic());
        let exact_case = letters().count() >= 2 && letters().all(char::is_uppercase);
        let words = name
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty());
        let mut tokens = Vec::new();
        for (i, word) in words.enumerate() {
            if i > 0 {
                tokens.push(NameToken::Separator);
            }
            tokens.extend(word.chars().map(|c| NameToken::Char(c, exact_case)));
        }
        trie.insert(&tokens, name.len());
    }
    Some(trie.render(true, true))
}

/// A piece of a name in its [`Trie`]: a character (and whether its case must be kept), or the
/// space or hyphen between two words. The names of a gazetteer macro are matched
/// case-insensitively, but for acronyms, and a thousand of them were most of the automaton of
/// every pattern using one before they were put in a tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameToken {
    Char(char, bool),
    Separator,
}

impl Piece for NameToken {
    /// Two tokens are one branch when they match the same texts: case-insensitive characters
    /// of one lower case.
    fn same_branch(&self, other: &NameToken) -> bool {
        match (*self, *other) {
            (NameToken::Char(a, false), NameToken::Char(b, false)) => {
                a == b || (lower(a).is_some() && lower(a) == lower(b))
            }
            (a, b) => a == b,
        }
    }

    fn pattern(&self) -> String {
        match *self {
            NameToken::Separator => r"[\s\-‐]+".to_string(),
            NameToken::Char('\'', _) => "['’]".to_string(),
            NameToken::Char(c, _) => regex::escape(c.encode_utf8(&mut [0; 4])),
        }
    }

    fn is_word(&self) -> bool {
        matches!(self, NameToken::Char(c, _) if c.is_alphanumeric())
    }

    fn then(&self, rest: &str) -> String {
        match self {
            NameToken::Char(_, true) => format!("(?-i:{}{rest})", self.pattern()),
            _ => format!("{}{rest}", self.pattern()),
        }
    }
}

fn lower(c: char) -> Option<char> {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => Some(l),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::new(vec![
            Entity {
                name: "China".into(),
                entity_type: "country".into(),
                aliases: vec![],
                part_of: None,
            },
            Entity {
                name: "Beijing".into(),
                entity_type: "city".into(),
                aliases: vec!["the Chinese capital".into()],
                part_of: Some("China".into()),
            },
            Entity {
                name: "Recep Tayyip Erdoğan".into(),
                entity_type: "person".into(),
                aliases: vec!["Erdoğan".into()],
                part_of: None,
            },
        ])
    }

    #[test]
    fn names_compare_without_case_hyphens_or_diacritics() {
        assert_eq!(name_key("Kim Jong-un"), name_key("kim jong un"));
        assert_eq!(name_key("Erdoğan"), "erdogan");
        assert_eq!(name_key("south-west"), name_key("southwest"));
        assert_eq!(name_key("North East England"), "northeast england");
        // Only a word that is a compass point is joined.
        assert_eq!(name_key("Exsouth West"), "exsouth west");
        let g = gazetteer();
        assert_eq!(g.lookup("Erdogan"), g.by_name("Recep Tayyip Erdoğan"));
        assert_eq!(g.lookup("the Chinese capital"), g.by_name("Beijing"));
    }

    #[test]
    fn part_of_is_transitive_and_directed() {
        let g = gazetteer();
        let (china, beijing) = (g.by_name("China").unwrap(), g.by_name("Beijing").unwrap());
        assert!(g.is_within(beijing, china));
        assert!(!g.is_within(china, beijing));
    }

    #[test]
    fn scan_finds_longest_names_and_respects_capitals() {
        let g = gazetteer();
        let text = "He flew to the Chinese capital, not to china or China.";
        let found: Vec<&str> = g
            .scan(text)
            .iter()
            .map(|m| &text[m.range.clone()])
            .collect();
        assert_eq!(found, vec!["the Chinese capital", "China"]);
    }

    proptest::proptest! {
        /// The bound that lets `fuzzy` pass over keys is never below the similarity itself.
        #[test]
        fn the_similarity_bound_is_never_below_the_similarity(
            a in "[a-zäöüğ ]{1,24}",
            b in "[a-zäöüğ ]{1,24}",
        ) {
            let key = FuzzyKey::new(a.clone(), 0, 0);
            let (chars, buckets) = char_buckets(&b);
            let bound = key.similarity_bound(chars, &buckets);
            let similarity = strsim::jaro_winkler(&a, &b);
            proptest::prop_assert!(bound + 1e-9 >= similarity);
            // Nor is the bound from the lengths alone, by which `fuzzy` passes over lengths.
            let by_length = winkler_bound(key.chars.min(chars), key.chars, chars);
            proptest::prop_assert!(by_length + 1e-9 >= similarity);
        }
    }

    #[test]
    fn fuzzy_finds_what_comparing_every_key_finds() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let g = &rules.gazetteer;
        let names = [
            "Recep Tayyip Erdogan",
            "Xi Jinpeng",
            "Pyongyang",
            "Vladimir Puttin",
            "Kim Jong-un",
            "Bejing",
            "Tiananmen Square",
            "Emanuel Macron",
        ];
        for name in names {
            let key = name_key(name);
            for wanted in ["any", "person", "place"] {
                let mut in_key_order: Vec<&FuzzyKey> = g.fuzzy_keys.iter().collect();
                in_key_order.sort_by(|a, b| a.key.cmp(&b.key));
                let every = in_key_order
                    .into_iter()
                    .filter(|k| type_matches(&g.entities[k.index].entity_type, wanted))
                    .map(|k| (k.index, strsim::jaro_winkler(&k.key, &key)))
                    .filter(|(_, score)| *score >= 0.9)
                    .fold(None, |best: Option<(usize, f64)>, (index, score)| {
                        if best.is_none_or(|(_, s)| score > s) {
                            Some((index, score))
                        } else {
                            best
                        }
                    });
                assert_eq!(g.fuzzy(name, wanted, 0.9), every, "{name} as {wanted}");
            }
        }
        for (name, wanted) in [("Xi Jinpeng", "person"), ("Bejing", "place")] {
            assert!(g.fuzzy(name, wanted, 0.9).is_some(), "{name}");
        }
    }

    /// The alternation as it was written before the names were put in a tree: one branch per
    /// name, longest first. The tree must match what this matches.
    fn flat_alternation(names: &[&str]) -> String {
        let mut names: Vec<&str> = names.to_vec();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        names.dedup();
        let branches: Vec<String> = names
            .iter()
            .map(|name| {
                let body = name
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
                    .map(|w| regex::escape(w).replace('\'', "['’]"))
                    .collect::<Vec<_>>()
                    .join(r"[\s\-‐]+");
                let open = if name.starts_with(char::is_alphanumeric) {
                    r"\b"
                } else {
                    ""
                };
                let close = if name.ends_with(char::is_alphanumeric) {
                    r"\b"
                } else {
                    ""
                };
                let letters = || name.chars().filter(|c| c.is_alphabetic());
                if letters().count() >= 2 && letters().all(char::is_uppercase) {
                    format!("(?-i:{open}{body}{close})")
                } else {
                    format!("{open}{body}{close}")
                }
            })
            .collect();
        format!("(?:{})", branches.join("|"))
    }

    #[test]
    fn the_name_tree_matches_what_the_list_of_names_matched() {
        let names = [
            "New York",
            "New York City",
            "New Zealand",
            "US",
            "US Army",
            "USA",
            "WHO",
            "World Health Organization",
            "Beijing",
            "Beirut",
            "Bei",
            "Côte d'Ivoire",
            "Kim Jong-un",
            "Kim Jong Un",
            "Kim",
            "U.S.",
            "Erdoğan",
            "Recep Tayyip Erdoğan",
        ];
        let owned: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let tree = name_alternation(owned.iter()).expect("names");
        let flat = flat_alternation(&names);
        assert_ne!(tree, flat, "the names were not put in a tree");
        let texts = [
            "He flew to New York City, then New York and New Zealand.",
            "The US Army and the USA, the us army, the WHO and who else.",
            "the World Health Organization said; the world health organisation did not",
            "Beijing, Beirut, Bei, Beijingers and BEIJING",
            "Côte d’Ivoire and Côte d'Ivoire and cote d'ivoire",
            "Kim Jong-un met Kim Jong Un and Kim Jongun and Kim.",
            "U.S. officials and U.S.A. and US.",
            "Erdoğan and Recep Tayyip Erdoğan and recep  tayyip-erdoğan",
        ];
        for wrapper in ["(?i){}", r"(?i)(?P<x>{}),?\s+(?:said|and|met|officials)"] {
            let with = |alternation: &str| {
                regex::Regex::new(&wrapper.replace("{}", alternation)).expect("compiles")
            };
            let (tree, flat) = (with(&tree), with(&flat));
            for text in texts {
                let found = |re: &regex::Regex| -> Vec<(usize, usize)> {
                    re.find_iter(text).map(|m| (m.start(), m.end())).collect()
                };
                assert_eq!(found(&tree), found(&flat), "{wrapper} on {text}");
            }
        }
    }

    /// The built-in gazetteer's first-level regions: a region lies within its country, a
    /// county within its region, a city within its region and country.
    #[test]
    fn regions_lie_within_their_country() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let g = &rules.gazetteer;
        let place = |name: &str| g.lookup(name).unwrap_or_else(|| panic!("{name} is listed"));
        let (yorkshire, england, uk) = (
            place("Yorkshire"),
            place("England"),
            place("United Kingdom"),
        );
        assert_eq!(g.get(yorkshire).entity_type, "region");
        assert!(g.is_within(yorkshire, england));
        assert!(g.is_within(yorkshire, uk));
        assert!(g.is_within(place("South Yorkshire"), england));
        assert!(!g.is_within(england, yorkshire));
        assert!(!g.is_within(yorkshire, place("Scotland")));
        assert_eq!(g.country_of(yorkshire), Some(uk));
        // "northern England" names England.
        let text = "a hospice in northern England";
        let found: Vec<usize> = g.scan(text).iter().map(|m| m.entity).collect();
        assert_eq!(found, vec![england]);
        // A city re-parented to its nation keeps its chain to the country and its demonym.
        assert!(g.is_within(place("Edinburgh"), place("Scotland")));
        assert!(g.is_within(place("London"), uk));
        assert_eq!(g.country_of_demonym("British"), Some(uk));
    }

    #[test]
    fn a_us_city_lies_within_its_state_and_the_us() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let g = &rules.gazetteer;
        let place = |name: &str| g.lookup(name).unwrap_or_else(|| panic!("{name} is listed"));
        let (los_angeles, california, us) = (
            place("Los Angeles"),
            place("California"),
            place("United States"),
        );
        assert!(g.is_within(los_angeles, california));
        assert!(g.is_within(los_angeles, us));
        assert!(g.is_within(california, us));
        assert!(!g.is_within(los_angeles, place("Texas")));
        assert_eq!(g.lookup("Calif."), Some(california));
        // Bare "New York" and "Washington" stay the cities, within their state and district.
        assert_eq!(g.get(place("New York")).entity_type, "city");
        assert!(g.is_within(place("New York"), place("New York State")));
        assert_eq!(g.get(place("Washington")).entity_type, "city");
        assert!(g.is_within(place("Washington"), us));
        assert_ne!(place("Washington"), place("Washington State"));
        // "Kansas City" is not read as Kansas.
        let text = "Fans in Kansas City cheered.";
        let found: Vec<usize> = g.scan(text).iter().map(|m| m.entity).collect();
        assert_eq!(found, vec![place("Kansas City")]);
        assert!(!g.is_within(place("Kansas City"), place("Kansas")));
    }

    #[test]
    fn a_region_name_that_is_a_first_name_is_no_place() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let g = &rules.gazetteer;
        // "Virginia" alone is a first name: neither a name nor, by spelling, a place.
        assert_eq!(g.lookup("Virginia"), None);
        assert_eq!(g.fuzzy("Virginia", "place", 0.92), None);
        let text = "Virginia Hale, who grew up in West Virginia, spoke.";
        let found: Vec<&str> = g
            .scan(text)
            .iter()
            .map(|m| &text[m.range.clone()])
            .collect();
        assert_eq!(found, vec!["West Virginia"]);
        // "Georgia" is the country, not the US state; "Victoria" names no place.
        let georgia = g.lookup("Georgia").expect("Georgia is listed");
        assert_eq!(g.get(georgia).entity_type, "country");
        assert_eq!(g.lookup("Victoria"), None);
        let victoria = g
            .lookup("State of Victoria")
            .expect("the Australian state is listed");
        assert_eq!(g.lookup("Victoria state"), Some(victoria));
        assert!(g.is_within(g.lookup("Melbourne").expect("Melbourne"), victoria));
        // A body whose name holds a region's is the body: "Scotland Yard" names no place.
        let text = "Scotland Yard said the Church of England had been told.";
        let found: Vec<&str> = g
            .scan(text)
            .iter()
            .map(|m| g.get(m.entity).name.as_str())
            .collect();
        assert_eq!(found, vec!["Metropolitan Police", "Church of England"]);
    }

    #[test]
    fn fuzzy_matches_spelling_variants() {
        let g = gazetteer();
        let (index, _) = g.fuzzy("Recep Tayyip Erdogan", "person", 0.9).unwrap();
        assert_eq!(g.get(index).name, "Recep Tayyip Erdoğan");
        assert!(g.fuzzy("Beijing", "person", 0.9).is_none());
    }
}
