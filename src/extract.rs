//! Extraction: runs the compiled rules over each sentence of a document and yields [`Mention`]s,
//! the raw matches with their captures, before any interpretation.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::rules::boundaries::Haystack;
use crate::rules::{Matcher, Rule, RuleSet};
use crate::source::Document;

/// A rule's match in a document's plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index of the rule in the rule set.
    pub rule: usize,
    /// Index of the pattern within the rule.
    pub pattern: usize,
    /// The whole match, in plain-text bytes.
    pub range: Range<usize>,
    /// Named captures that took part in the match, in pattern order. The names are shared by
    /// all the mentions of a document: an archive's mentions are alive at once, and a name
    /// of their own cost each of them an allocation.
    pub captures: Box<[(Arc<str>, Range<usize>)]>,
    /// The sentence it is in.
    pub sentence: usize,
}

impl Mention {
    /// The range of a named capture.
    pub fn capture(&self, name: &str) -> Option<Range<usize>> {
        self.captures
            .iter()
            .find(|(n, _)| **n == *name)
            .map(|(_, r)| r.clone())
    }
}

/// Every mention the rules find in `document`, in text order.
///
/// Where two matches of the same kind overlap, the longer one stands: it read more of the
/// sentence, so it knows more about what the number or date belongs to.
pub fn extract(document: &Document, rules: &RuleSet) -> Vec<Mention> {
    let mut all = Vec::new();
    let mut names = CaptureNames::default();
    for (sentence_index, sentence) in document.sentences.iter().enumerate() {
        // Matches overlap only within a sentence, so the longest of each kind is chosen
        // sentence by sentence: over the whole document that choice cost the square of the
        // number of its matches, hours for an archive of 200 MB.
        let mut mentions = Vec::new();
        let text = &document.text[sentence.clone()];
        let candidates = rules.candidates(text);
        let haystack = Haystack::new(text);
        for (rule_index, rule) in rules.rules.iter().enumerate() {
            if !candidates.rule(rule_index) {
                continue;
            }
            for (pattern_index, pattern) in rule.patterns.iter().enumerate() {
                if !candidates.pattern(rule_index, pattern_index) {
                    continue;
                }
                let Some((regex, read)) = pattern.regex.for_haystack(&haystack) else {
                    continue;
                };
                for caps in regex.captures_iter(read) {
                    let Some(whole) = caps.get(0) else { continue };
                    if text[whole.range()].trim().is_empty()
                        || excluded(rule, &haystack, whole.range())
                    {
                        continue;
                    }
                    let captures = regex
                        .capture_names()
                        .enumerate()
                        .filter_map(|(group, name)| {
                            let m = caps.get(group)?;
                            Some((
                                names.shared(name?),
                                sentence.start + m.start()..sentence.start + m.end(),
                            ))
                        })
                        .collect();
                    mentions.push(Mention {
                        rule: rule_index,
                        pattern: pattern_index,
                        range: sentence.start + whole.start()..sentence.start + whole.end(),
                        captures,
                        sentence: sentence_index,
                    });
                }
            }
        }
        let kept = keep_longest_per_kind(mentions, rules);
        all.extend(drop_deferred(kept, rules));
    }
    all
}

/// The capture names of the rules' patterns, one shared copy of each for a document's mentions.
#[derive(Default)]
struct CaptureNames<'r> {
    shared: HashMap<&'r str, Arc<str>>,
}

impl<'r> CaptureNames<'r> {
    fn shared(&mut self, name: &'r str) -> Arc<str> {
        Arc::clone(self.shared.entry(name).or_insert_with(|| Arc::from(name)))
    }
}

/// Drops the matches of rules that defer to a kind whose match overlaps them.
fn drop_deferred(mentions: Vec<Mention>, rules: &RuleSet) -> Vec<Mention> {
    let overlaps =
        |a: &Mention, b: &Mention| a.range.start < b.range.end && b.range.start < a.range.end;
    let deferred: Vec<bool> = mentions
        .iter()
        .map(|mention| {
            let defer_to = &rules.rules[mention.rule].file.defer_to;
            !defer_to.is_empty()
                && mentions.iter().any(|other| {
                    defer_to.contains(&rules.rules[other.rule].file.kind)
                        && overlaps(mention, other)
                })
        })
        .collect();
    mentions
        .into_iter()
        .zip(deferred)
        .filter_map(|(mention, deferred)| (!deferred).then_some(mention))
        .collect()
}

/// Whether the rule's context patterns reject a match: an exclusion matches around it, or the
/// rule requires context and none is there.
fn excluded(rule: &Rule, sentence: &Haystack<'_>, range: Range<usize>) -> bool {
    let before = |re: &Option<Matcher>| {
        re.as_ref().is_some_and(|re| {
            re.for_haystack(sentence)
                .is_some_and(|(regex, text)| regex.is_match(&text[..range.start]))
        })
    };
    let after = |re: &Option<Matcher>| {
        re.as_ref().is_some_and(|re| {
            re.for_haystack(sentence)
                .is_some_and(|(regex, text)| regex.is_match(&text[range.end..]))
        })
    };
    let excluded = before(&rule.exclude_before) || after(&rule.exclude_after);
    let requires = rule.require_before.is_some() || rule.require_after.is_some();
    let required = before(&rule.require_before) || after(&rule.require_after);
    excluded || (requires && !required)
}

fn keep_longest_per_kind(mut mentions: Vec<Mention>, rules: &RuleSet) -> Vec<Mention> {
    mentions.sort_by(|a, b| {
        (b.range.len(), a.range.start, a.rule).cmp(&(a.range.len(), b.range.start, b.rule))
    });
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for mention in mentions {
        let kind = &rules.rules[mention.rule].file.kind;
        let overlaps = kept.iter().any(|k| {
            &rules.rules[k.rule].file.kind == kind
                && k.range.start < mention.range.end
                && mention.range.start < k.range.end
        });
        if !overlaps {
            kept.push(mention);
        }
    }
    kept.sort_by_key(|m| (m.range.start, m.rule));
    kept
}
