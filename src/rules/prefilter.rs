//! The prefilter: takes the compiled rules and, for each sentence, gives the patterns worth
//! running on it, after one Aho-Corasick pass over the sentence.
//!
//! Two kinds of words decide it. A rule's `keywords` (at the start of a word) say whether the
//! rule is worth trying at all. Then each pattern's *required literals*, read from the pattern
//! itself, say whether it can match: "(?P<count>{quantity})\s+(?:killed|dead|died)" cannot
//! match a sentence holding none of "killed", "dead", "died". The requirement is derived from the
//! regex's syntax tree, so it holds for user rules as for built-in ones and can only skip a
//! pattern that would not have matched. Most sentences hold some rule's keyword; far fewer hold
//! every literal a pattern needs, so most patterns are never run on most sentences.

use std::collections::BTreeSet;

use aho_corasick::AhoCorasick;
use rayon::prelude::*;
use regex_syntax::hir::{Capture, Class, Hir, HirKind};

use super::{Lexicon, Rule, RuleError, BUILTIN_ORIGIN};

/// At most this many strings stand for one piece of a pattern: beyond it, a piece is "anything".
const SET_LIMIT: usize = 64;
/// Character classes of up to this many characters count as a few literals ("[''’]").
const CLASS_LIMIT: usize = 10;

/// Which rules and patterns a sentence may trigger, in one pass over it.
#[derive(Clone, Debug, Default)]
pub struct Prefilter {
    /// Every keyword and required literal, lower case.
    words: Option<AhoCorasick>,
    /// For each word, the rules it admits as a keyword (empty when it is only a literal).
    admits: Vec<Vec<usize>>,
    /// Rules without keywords: tried on every sentence.
    always: Vec<usize>,
    /// For each rule, for each pattern, the sets of words of which a sentence must hold at
    /// least one each for the pattern to match.
    requirements: Vec<Vec<Vec<Vec<usize>>>>,
    /// How many words there are.
    word_count: usize,
}

/// What the prefilter found in one sentence.
#[derive(Clone, Debug)]
pub struct Candidates<'a> {
    prefilter: &'a Prefilter,
    rules: Vec<bool>,
    /// Which words the sentence holds anywhere (not only at the start of a word).
    found: Vec<bool>,
    /// Whether literal requirements are to be ignored (see [`Prefilter::candidates`]).
    everything: bool,
}

impl Candidates<'_> {
    /// Whether the rule's keywords admit it.
    pub fn rule(&self, rule: usize) -> bool {
        self.rules.get(rule).copied().unwrap_or(true)
    }

    /// Whether the rule's pattern can match the sentence.
    pub fn pattern(&self, rule: usize, pattern: usize) -> bool {
        if !self.rule(rule) {
            return false;
        }
        if self.everything {
            return true;
        }
        let Some(requirements) = self
            .prefilter
            .requirements
            .get(rule)
            .and_then(|patterns| patterns.get(pattern))
        else {
            return true;
        };
        requirements
            .iter()
            .all(|any_of| any_of.iter().any(|&word| self.found[word]))
    }

    /// Which rules the keywords admit, in rule order.
    pub fn rules(&self) -> &[bool] {
        &self.rules
    }
}

impl Prefilter {
    /// Indexes the rules' keywords and their patterns' required literals.
    ///
    /// # Errors
    /// When a keyword names a word list the lexicon does not have.
    pub fn new(rules: &[Rule], lexicon: &Lexicon) -> Result<Prefilter, RuleError> {
        let mut words = Words::default();
        let mut admits: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            if rule.file.keywords.is_empty() {
                always.push(index);
            }
            for keyword in &rule.file.keywords {
                for word in expand_keyword(rule, keyword, lexicon)? {
                    let id = words.id(&word.to_lowercase());
                    admits.resize(words.list.len(), Vec::new());
                    admits[id].push(index);
                }
            }
        }
        // Reading the literals off the large patterns is most of the start-up time: in
        // parallel, then numbered in rule order.
        let literals: Vec<Vec<Vec<BTreeSet<String>>>> = rules
            .par_iter()
            .map(|rule| {
                rule.patterns
                    .par_iter()
                    .map(|pattern| pattern.regex.required_literals().to_vec())
                    .collect()
            })
            .collect();
        let requirements = literals
            .into_iter()
            .map(|patterns| {
                patterns
                    .into_iter()
                    .map(|required| {
                        required
                            .into_iter()
                            .map(|any_of| any_of.iter().map(|w| words.id(w)).collect())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        admits.resize(words.list.len(), Vec::new());
        let automaton = if words.list.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&words.list)
                    .map_err(|e| RuleError {
                        path: BUILTIN_ORIGIN.into(),
                        line: 1,
                        column: 1,
                        message: format!("the rules' keywords cannot be indexed: {e}"),
                        snippet: None,
                    })?,
            )
        };
        Ok(Prefilter {
            words: automaton,
            admits,
            always,
            requirements,
            word_count: words.list.len(),
        })
    }

    /// The rules and patterns worth trying on `sentence`.
    pub fn candidates(&self, sentence: &str, rule_count: usize) -> Candidates<'_> {
        let mut rules = vec![false; rule_count];
        for &index in &self.always {
            rules[index] = true;
        }
        let mut found = vec![false; self.word_count];
        if let Some(words) = &self.words {
            for hit in words.find_overlapping_iter(sentence) {
                let id = hit.pattern().as_usize();
                found[id] = true;
                // A keyword that starts with a letter or digit counts at the start of a word:
                // "kill" in "killed", not "act" in "fact", and right after a number, where
                // units stand ("5pct", "25bp"). One that starts with a sign ("%", "€") counts
                // wherever it is, since signs stand right after numbers.
                let starts_word = sentence[hit.start()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let before = sentence[..hit.start()].chars().next_back();
                if starts_word && before.is_some_and(char::is_alphabetic) {
                    continue;
                }
                for &index in &self.admits[id] {
                    rules[index] = true;
                }
            }
        }
        Candidates {
            prefilter: self,
            rules,
            found,
            // Case-insensitive regexes match "K" (Kelvin) for "k" and "ſ" for "s", which an
            // ASCII case-insensitive search does not: on such rare text, run every pattern.
            everything: sentence.contains(['\u{212A}', '\u{17F}']),
        }
    }
}

/// The words a keyword stands for: itself, or a lexicon word list (`lexicon:units`).
fn expand_keyword(rule: &Rule, keyword: &str, lexicon: &Lexicon) -> Result<Vec<String>, RuleError> {
    match keyword.strip_prefix("lexicon:") {
        Some(list) => lexicon.word_list(list).ok_or_else(|| RuleError {
            path: rule.path.clone(),
            line: 1,
            column: 1,
            message: format!(
                "keyword `{keyword}` names no word list; use lexicon:units, lexicon:event_nouns, lexicon:references, lexicon:recurring_nouns, lexicon:recurring_verbs, lexicon:money_nouns, lexicon:per_units, lexicon:per_periods, lexicon:superlatives, lexicon:hedges, lexicon:thing_nouns or lexicon:thing_nouns:THING (one thing of thing_nouns, e.g. lexicon:thing_nouns:project)"
            ),
            snippet: None,
        }),
        None => Ok(vec![keyword.to_string()]),
    }
}

/// The distinct words of the automaton, by id.
#[derive(Default)]
struct Words {
    list: Vec<String>,
    ids: std::collections::HashMap<String, usize>,
}

impl Words {
    fn id(&mut self, word: &str) -> usize {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        self.list.push(word.to_string());
        self.ids.insert(word.to_string(), self.list.len() - 1);
        self.list.len() - 1
    }
}

/// Sets of lower-case literals such that any text the pattern matches holds at least one
/// literal of each set (compared ASCII case-insensitively). Empty when nothing is known, or
/// when the pattern does not parse (the regex compiler reports that).
pub fn required_literals(expanded: &str) -> Vec<BTreeSet<String>> {
    match regex_syntax::Parser::new().parse(expanded) {
        Ok(hir) => required_literals_of(&hir),
        Err(_) => Vec::new(),
    }
}

/// [`required_literals`] of a parsed pattern.
pub fn required_literals_of(hir: &Hir) -> Vec<BTreeSet<String>> {
    facts(hir, &|_| None).into_requirements()
}

/// What a parsed pattern tells about the texts it matches, with the facts of some capture
/// groups known beforehand (`known`): a macro's placeholder (see [`super::splice`]).
pub(crate) fn facts_with(hir: &Hir, known: &dyn Fn(&Capture) -> Option<Facts>) -> Facts {
    facts(hir, known)
}

/// What a piece of a pattern tells about the texts it matches.
#[derive(Clone, Debug, Default)]
pub(crate) struct Facts {
    /// Every string it can match, when they are few.
    exact: Option<BTreeSet<String>>,
    /// Sets of literals of which a match holds at least one each.
    required: Vec<BTreeSet<String>>,
}

impl Facts {
    fn exact(strings: BTreeSet<String>) -> Facts {
        Facts {
            exact: Some(strings),
            required: Vec::new(),
        }
    }

    fn anything() -> Facts {
        Facts::default()
    }

    /// The requirements, with the exact strings as one more.
    pub(crate) fn into_requirements(self) -> Vec<BTreeSet<String>> {
        let mut required = self.required;
        if let Some(exact) = self.exact {
            push_requirement(&mut required, exact);
        }
        required
    }
}

/// Keeps a requirement only if it can fail: a set holding the empty string, or a single
/// common letter, says nothing worth checking.
fn push_requirement(required: &mut Vec<BTreeSet<String>>, any_of: BTreeSet<String>) {
    let useless = any_of.iter().any(|s| {
        s.is_empty()
            || (s.len() == 1
                && s.chars()
                    .all(|c| c.is_ascii_alphabetic() || c.is_whitespace()))
    });
    if !useless {
        required.push(any_of);
    }
}

fn facts(hir: &Hir, known: &dyn Fn(&Capture) -> Option<Facts>) -> Facts {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Facts::exact(BTreeSet::from([String::new()])),
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            // Characters that are their own literal spell one lower-case string, as their
            // concatenation would, without a set per character.
            Ok(text) if text.chars().all(is_own_literal) => {
                Facts::exact(BTreeSet::from([text.to_ascii_lowercase()]))
            }
            Ok(text) => concat(text.chars().map(char_facts)),
            Err(_) => Facts::anything(),
        },
        HirKind::Class(class) => class_facts(class),
        HirKind::Capture(capture) => known(capture).unwrap_or_else(|| facts(&capture.sub, known)),
        HirKind::Repetition(repetition) => {
            let inner = facts(&repetition.sub, known);
            if repetition.min == 0 {
                match (repetition.max, inner.exact) {
                    (Some(0), _) => Facts::exact(BTreeSet::from([String::new()])),
                    (Some(1), Some(mut exact)) => {
                        exact.insert(String::new());
                        Facts::exact(exact)
                    }
                    _ => Facts::anything(),
                }
            } else if repetition.max == Some(1) {
                inner
            } else {
                Facts {
                    exact: None,
                    required: inner.into_requirements(),
                }
            }
        }
        HirKind::Concat(children) => concat(children.iter().map(|child| facts(child, known))),
        HirKind::Alternation(branches) => {
            alternation(branches.iter().map(|branch| facts(branch, known)))
        }
    }
}

/// A character as a literal: ASCII in lower case; a non-ASCII letter with a case is
/// "anything", since the ASCII case-insensitive search would not find its other case.
fn char_facts(c: char) -> Facts {
    if c.is_ascii() {
        Facts::exact(BTreeSet::from([c.to_ascii_lowercase().to_string()]))
    } else if is_own_literal(c) {
        Facts::exact(BTreeSet::from([c.to_string()]))
    } else {
        Facts::anything()
    }
}

/// Whether [`char_facts`] gives a character as itself (in ASCII lower case): it is ASCII, or it
/// has no other case.
fn is_own_literal(c: char) -> bool {
    c.is_ascii() || (c.to_lowercase().eq([c]) && c.to_uppercase().eq([c]))
}

fn class_facts(class: &Class) -> Facts {
    let mut chars = BTreeSet::new();
    match class {
        Class::Unicode(class) => {
            for range in class.iter() {
                for c in range.start()..=range.end() {
                    if chars.len() >= CLASS_LIMIT {
                        return Facts::anything();
                    }
                    let Some(exact) = char_facts(c).exact else {
                        return Facts::anything();
                    };
                    chars.extend(exact);
                }
            }
        }
        Class::Bytes(class) => {
            for range in class.iter() {
                for byte in range.start()..=range.end() {
                    if chars.len() >= CLASS_LIMIT || !byte.is_ascii() {
                        return Facts::anything();
                    }
                    chars.insert(char::from(byte).to_ascii_lowercase().to_string());
                }
            }
        }
    }
    Facts::exact(chars)
}

/// Pieces one after another: runs of exact pieces multiply into longer literals.
fn concat(pieces: impl Iterator<Item = Facts>) -> Facts {
    let mut required = Vec::new();
    let mut run: Option<BTreeSet<String>> = Some(BTreeSet::from([String::new()]));
    let mut whole_is_exact = true;
    for piece in pieces {
        required.extend(piece.required);
        match (run.take(), piece.exact) {
            (Some(so_far), Some(next)) => match product(&so_far, &next) {
                Some(longer) => run = Some(longer),
                None => {
                    whole_is_exact = false;
                    push_requirement(&mut required, so_far);
                    run = Some(next);
                }
            },
            (Some(so_far), None) => {
                whole_is_exact = false;
                push_requirement(&mut required, so_far);
            }
            (None, next) => run = next,
        }
    }
    match run {
        Some(exact) if whole_is_exact => Facts {
            exact: Some(exact),
            required,
        },
        Some(last) => {
            push_requirement(&mut required, last);
            Facts {
                exact: None,
                required,
            }
        }
        None => Facts {
            exact: None,
            required,
        },
    }
}

/// Every string of `a` followed by every string of `b`, unless there are too many.
fn product(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    if a.len().saturating_mul(b.len()) > SET_LIMIT {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
            .collect(),
    )
}

/// One of several branches: a match holds one literal of some branch's best requirement.
fn alternation(branches: impl Iterator<Item = Facts>) -> Facts {
    let mut exact: Option<BTreeSet<String>> = Some(BTreeSet::new());
    let mut any_of: Option<BTreeSet<String>> = Some(BTreeSet::new());
    for branch in branches {
        exact = match (exact, &branch.exact) {
            (Some(mut all), Some(these)) if all.len() + these.len() <= SET_LIMIT => {
                all.extend(these.iter().cloned());
                Some(all)
            }
            _ => None,
        };
        let best = branch.into_requirements().into_iter().max_by_key(|set| {
            (
                set.iter().map(String::len).min().unwrap_or(0),
                std::cmp::Reverse(set.len()),
            )
        });
        any_of = match (any_of, best) {
            (Some(mut all), Some(best)) => {
                all.extend(best);
                Some(all)
            }
            _ => None,
        };
        if exact.is_none() && any_of.is_none() {
            // Nothing the other branches say can change that: leave them unread.
            return Facts::anything();
        }
    }
    match exact {
        Some(exact) => Facts::exact(exact),
        None => {
            let mut required = Vec::new();
            if let Some(any_of) = any_of {
                push_requirement(&mut required, any_of);
            }
            Facts {
                exact: None,
                required,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn required(pattern: &str) -> Vec<Vec<String>> {
        required_literals(pattern)
            .into_iter()
            .map(|set| set.into_iter().collect())
            .collect()
    }

    #[test]
    fn words_a_match_must_hold_are_found() {
        assert_eq!(
            required(r"(?P<n>\d+)\s+(?:people\s+)?(?:were\s+)?(?:Killed|dead)\b"),
            vec![vec!["dead", "killed"]]
        );
        assert_eq!(
            required(r"\bdepth\s+of\s+\d+\s*km"),
            vec![vec!["depth"], vec!["of"], vec!["km"]]
        );
        // A letter with a case outside ASCII ends a literal, and "[''’]s" is two literals.
        assert_eq!(
            required(r"Zürich[''’]s"),
            vec![vec!["rich"], vec!["'s", "’s"]]
        );
    }

    #[test]
    fn optional_or_open_pieces_require_nothing() {
        assert!(required(r"(?:killed)?\s+\w+").is_empty());
        assert!(required(r"(?:killed|\d+)").is_empty());
        assert!(required(r"[a-z]+").is_empty());
    }

    #[test]
    fn only_kelvin_and_long_s_fold_to_ascii_letters() {
        // The candidates fall back to every pattern on text holding these two; any other
        // non-ASCII character a case-insensitive regex equates with an ASCII letter would
        // have to be added there.
        let letter = regex::Regex::new(r"(?i)^[a-z]$").unwrap();
        let folding: Vec<char> = (0x80..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| letter.is_match(&c.to_string()))
            .collect();
        assert_eq!(folding, vec!['\u{17F}', '\u{212A}']);
    }
}
