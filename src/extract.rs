//! Extraction: runs the compiled rules over each sentence of a document and yields [`Mention`]s,
//! the raw matches with their captures, before any interpretation.

use std::ops::Range;
use std::sync::Arc;

use crate::rules::boundaries::Haystack;
use crate::rules::engine::{Groups, RuleRegex};
use crate::rules::schema::Constructor;
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
    /// Named captures that took part in the match, in pattern order. The names are the
    /// pattern's own, shared: an archive's mentions are alive at once, and a name of their
    /// own cost each of them an allocation.
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
    extract_all(std::slice::from_ref(document), rules)
        .pop()
        .unwrap_or_default()
}

/// How much text is read pattern by pattern at once (see [`extract_all`]). A thread keeps the
/// lazy DFA's states of only the few patterns it is running (see `rules::engine`), so each
/// pattern builds its states again in each window: 2 MB windows made steady extraction twice as
/// slow. A run that reads its reports once drops each pattern's automata after the last window
/// (see `RuleSet::release_automata`), so the fewer windows a run has, the sooner they go: at
/// 32 MB, a 21 MB run is one window and peaks at 261 MB instead of 479 MB at 8 MB, in the same
/// time. A window holds a few bytes per sentence and candidate pattern, and the mentions of its
/// documents until they are normalized: a few times its text, less than the automata it frees.
const WINDOW_BYTES: usize = 32 << 20;

/// The mentions of each document, as [`extract`] finds them, in document order.
///
/// The sentences are read in windows of about `WINDOW_BYTES`, and within a window pattern
/// by pattern: each pattern runs over every sentence of the window that may hold it before the
/// next pattern runs. A pattern's automata are large (the macros hold every currency and
/// country), and run sentence by sentence, each was out of the processor's cache by the time
/// it ran again: extraction took four times as long as it does in windows of a few thousand
/// sentences. Bounding the window keeps what is held per sentence bounded for a file of any
/// size. The outcome does not depend on the window: matches are chosen sentence by sentence.
pub fn extract_all(documents: &[Document], rules: &RuleSet) -> Vec<Vec<Mention>> {
    extract_in_windows(documents, rules, WINDOW_BYTES)
}

/// As [`extract_all`], with windows of about `window_bytes`.
fn extract_in_windows(
    documents: &[Document],
    rules: &RuleSet,
    window_bytes: usize,
) -> Vec<Vec<Mention>> {
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); documents.len()];
    for_each_window(documents, window_bytes, |window, _| {
        for (place, found) in window
            .iter()
            .zip(extract_window(documents, window, rules, None, false))
        {
            mentions[place.document].extend(found);
        }
    });
    mentions
}

/// Every mention of `documents`, read window by window with every thread of the pool, each
/// pattern always on the same thread (see `Workers`). `finished` is called, in document
/// order, with each document whose mentions are all found, as soon as they are.
pub fn extract_in_parallel(
    documents: &[Document],
    rules: &RuleSet,
    finished: impl FnMut(Vec<(usize, Vec<Mention>)>),
) {
    extract_in_parallel_windows(documents, rules, WINDOW_BYTES, finished);
}

/// As [`extract_in_parallel`], with windows of about `window_bytes`.
fn extract_in_parallel_windows(
    documents: &[Document],
    rules: &RuleSet,
    window_bytes: usize,
    mut finished: impl FnMut(Vec<(usize, Vec<Mention>)>),
) {
    let workers = Workers::new(rules, rayon::current_num_threads());
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); documents.len()];
    let mut next = 0;
    let mut hand_over = |up_to: usize, mentions: &mut Vec<Vec<Mention>>| {
        if up_to > next {
            finished(
                (next..up_to)
                    .map(|d| (d, std::mem::take(&mut mentions[d])))
                    .collect(),
            );
            next = up_to;
        }
    };
    for_each_window(documents, window_bytes, |window, last| {
        let release = last && rules.release_automata;
        let found = extract_window(documents, window, rules, Some(&workers), release);
        for (place, found) in window.iter().zip(found) {
            mentions[place.document].extend(found);
        }
        // The documents before the window's last one are done; the last one too if the window
        // ends with its last sentence.
        if let Some(last) = window.last() {
            let complete = last.sentence + 1 == documents[last.document].sentences.len();
            hand_over(last.document + usize::from(complete), &mut mentions);
        }
    });
    hand_over(documents.len(), &mut mentions);
    if rules.release_automata {
        // Those no sentence of the last window called for, compiled earlier.
        for rule in &rules.rules {
            for pattern in &rule.patterns {
                pattern.regex.release();
            }
        }
    }
}

/// Calls `read` with the sentences of `documents` in text order, about `window_bytes` at a time,
/// and whether they are the last.
fn for_each_window(
    documents: &[Document],
    window_bytes: usize,
    mut read: impl FnMut(&[Place], bool),
) {
    let mut left: usize = documents.iter().map(|d| d.sentences.len()).sum();
    let mut window = Vec::new();
    let mut bytes = 0;
    for (document_index, document) in documents.iter().enumerate() {
        for (sentence_index, sentence) in document.sentences.iter().enumerate() {
            window.push(Place {
                document: document_index,
                sentence: sentence_index,
            });
            bytes += sentence.len();
            left -= 1;
            if bytes >= window_bytes {
                read(&window, left == 0);
                window.clear();
                bytes = 0;
            }
        }
    }
    if !window.is_empty() {
        read(&window, true);
    }
}

/// A sentence of one of the documents being read.
#[derive(Clone, Copy)]
struct Place {
    document: usize,
    sentence: usize,
}

/// Which thread of the pool runs each pattern.
///
/// A search leaves the lazy DFA's states it built on the thread that ran it, until the thread
/// needs the room for other patterns. Each pattern is given to one thread for the whole run, so
/// its states are built once per window whatever the number of cores. The patterns are shared out longest first, each
/// to the thread with the least pattern text so far, pattern length standing for cost.
struct Workers {
    threads: usize,
    thread_of: Vec<usize>,
}

impl Workers {
    fn new(rules: &RuleSet, threads: usize) -> Workers {
        let threads = threads.max(1);
        let lengths: Vec<usize> = rules
            .rules
            .iter()
            .flat_map(|rule| rule.patterns.iter().map(|p| p.regex.expanded().len()))
            .collect();
        let mut order: Vec<usize> = (0..lengths.len()).collect();
        order.sort_by_key(|&p| (std::cmp::Reverse(lengths[p]), p));
        let mut load = vec![0usize; threads];
        let mut thread_of = vec![0; lengths.len()];
        for p in order {
            let thread = (0..threads).min_by_key(|&t| (load[t], t)).unwrap_or(0);
            load[thread] += lengths[p];
            thread_of[p] = thread;
        }
        Workers { threads, thread_of }
    }
}

/// The mentions of the sentences at `window`, one list per sentence, in text order. With
/// `workers`, the patterns run on the threads they are given to.
fn extract_window(
    documents: &[Document],
    window: &[Place],
    rules: &RuleSet,
    workers: Option<&Workers>,
    release: bool,
) -> Vec<Vec<Mention>> {
    let span = |place: &Place| documents[place.document].sentences[place.sentence].clone();
    let haystacks: Vec<Haystack<'_>> = window
        .iter()
        .map(|place| Haystack::new(&documents[place.document].text[span(place)]))
        .collect();
    // The sentences each pattern may match, patterns numbered rule after rule.
    let patterns: Vec<(usize, usize)> = rules
        .rules
        .iter()
        .enumerate()
        .flat_map(|(r, rule)| (0..rule.patterns.len()).map(move |p| (r, p)))
        .collect();
    let first_pattern: Vec<usize> = rules
        .rules
        .iter()
        .scan(0, |next, rule| {
            let first = *next;
            *next += rule.patterns.len();
            Some(first)
        })
        .collect();
    let mut runs: Vec<Vec<usize>> = vec![Vec::new(); patterns.len()];
    for (index, haystack) in haystacks.iter().enumerate() {
        let candidates = rules.candidates(haystack.text());
        for (rule_index, rule) in rules.rules.iter().enumerate() {
            if !candidates.rule(rule_index) {
                continue;
            }
            for pattern_index in 0..rule.patterns.len() {
                if candidates.pattern(rule_index, pattern_index) {
                    runs[first_pattern[rule_index] + pattern_index].push(index);
                }
            }
        }
    }
    let search = |flat: usize| {
        let (rule_index, pattern_index) = patterns[flat];
        let found = search_pattern(
            documents,
            window,
            &haystacks,
            &runs[flat],
            rules,
            (rule_index, pattern_index),
        );
        if release {
            rules.rules[rule_index].patterns[pattern_index]
                .regex
                .release();
        }
        found
    };
    // Each pattern's matches, in pattern order.
    let by_pattern: Vec<Vec<(usize, Mention, bool)>> = match workers {
        None => (0..patterns.len()).map(search).collect(),
        Some(workers) => {
            let shares = rayon::broadcast(|context| {
                let thread = context.index() % workers.threads;
                (0..patterns.len())
                    .filter(|&flat| workers.thread_of[flat] == thread && !runs[flat].is_empty())
                    .map(|flat| (flat, search(flat)))
                    .collect::<Vec<_>>()
            });
            let mut by_pattern: Vec<Vec<(usize, Mention, bool)>> = vec![Vec::new(); patterns.len()];
            for (flat, found) in shares.into_iter().flatten() {
                by_pattern[flat] = found;
            }
            by_pattern
        }
    };
    let mut found: Vec<Vec<Mention>> = vec![Vec::new(); window.len()];
    let mut joined: Vec<Vec<Mention>> = vec![Vec::new(); window.len()];
    for (index, mention, conjunct) in by_pattern.into_iter().flatten() {
        if conjunct {
            joined[index].push(mention);
        } else {
            found[index].push(mention);
        }
    }
    // Matches overlap only within a sentence, so the longest of each kind is chosen sentence
    // by sentence: over the whole document that choice cost the square of the number of its
    // matches, hours for an archive of 200 MB.
    found
        .into_iter()
        .zip(joined)
        .zip(window)
        .map(|((sentence_mentions, joined), place)| {
            let kept = keep_longest_per_kind(sentence_mentions, rules);
            let text = &documents[place.document].text;
            drop_deferred(keep_conjuncts(kept, joined, text, rules), rules)
        })
        .collect()
}

/// The matches of one pattern in the sentences of the window at `sentences`, each with the
/// sentence's place in the window, and whether it is a count read as another's conjunct (see
/// [`conjuncts`]).
fn search_pattern(
    documents: &[Document],
    window: &[Place],
    haystacks: &[Haystack<'_>],
    sentences: &[usize],
    rules: &RuleSet,
    (rule_index, pattern_index): (usize, usize),
) -> Vec<(usize, Mention, bool)> {
    let rule = &rules.rules[rule_index];
    let pattern = &rule.patterns[pattern_index];
    let mut found = Vec::new();
    for &index in sentences {
        let haystack = &haystacks[index];
        let Some((regex, matches)) = matches_in(rule, &pattern.regex, haystack, rules) else {
            continue;
        };
        let place = window[index];
        let start = documents[place.document].sentences[place.sentence].start;
        let mention = |whole: Range<usize>, groups: &Groups| Mention {
            rule: rule_index,
            pattern: pattern_index,
            range: start + whole.start..start + whole.end,
            captures: groups
                .iter()
                .enumerate()
                .filter_map(|(group, span)| {
                    let span = span.as_ref()?;
                    let name = regex
                        .capture_name(group)
                        .filter(|name| &***name != "tail")?;
                    Some((Arc::clone(name), start + span.start..start + span.end))
                })
                .collect(),
            sentence: place.sentence,
        };
        for (whole, groups) in matches {
            let read = (&whole, &groups);
            for (joined, joined_groups) in conjuncts(rule, pattern, &regex, read, haystack, rules) {
                found.push((index, mention(joined, &joined_groups), true));
            }
            found.push((index, mention(whole, &groups), false));
        }
    }
    found
}

/// A match read in a sentence: its whole (without its `tail`) and its groups.
type Read = (Range<usize>, Groups);

/// The matches of one pattern in one sentence that the rule's context lets stand, each as its
/// whole (without its `tail`) and its groups, in the sentence's bytes; and the regex that read
/// them, for the groups' names.
fn matches_in(
    rule: &Rule,
    pattern: &Matcher,
    haystack: &Haystack<'_>,
    rules: &RuleSet,
) -> Option<(RuleRegex, Vec<Read>)> {
    let (regex, read) = pattern.for_haystack(haystack)?;
    // A `tail` capture is context the match needs and the claim does not quote: "the third
    // serious collision" ends at its noun, before the "on" that shows where the noun ends.
    let tail = regex.capture_names().position(|name| name == Some("tail"));
    let text = haystack.text();
    let mut all = regex.captures_all(read);
    // A class at the edge of a match may take a masked letter's bytes apart (a user's
    // `\p{White_Space}+\w` on "Ç"), where the pattern as written takes the letter whole:
    // such a sentence is read as written.
    let splits = |groups: &[Option<Range<usize>>]| {
        groups
            .iter()
            .flatten()
            .any(|s| !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end))
    };
    if all.iter().any(|groups| splits(groups)) {
        all = pattern
            .as_written()
            .map(|regex| regex.captures_all(text))
            .unwrap_or_default();
        all.retain(|groups| !splits(groups));
    }
    let matches = all
        .into_iter()
        .filter_map(|groups| {
            let mut whole = groups.first().cloned().flatten()?;
            if let Some(tail) = tail.and_then(|group| groups[group].clone()) {
                whole.end = tail.start;
            }
            let stands = !text[whole.clone()].trim().is_empty()
                && !excluded(rule, haystack, whole.clone())
                && !counts_a_measure(rule, &regex, &groups, text, rules)
                && !count_in_a_name(rule, &regex, &groups, text);
            stands.then_some((whole, groups))
        })
        .collect();
    Some((regex, matches))
}

/// The counts joined by "and" to a count the pattern read, read as the pattern reads that
/// one: in "all 312 passengers and 48 crew members were evacuated" the pattern reads the crew,
/// and what is said of them is said of the passengers too; in "carrying 187 passengers and a
/// dozen crew members" it reads the passengers, and the crew were carried too. The other count
/// is put in the read one's place (the sentence without "312 passengers and", or without "and
/// 48 crew members") and the pattern run again; a match that reads the other count where the
/// first stood, with a unit of its own, is its claim, quoted over both. Whether another rule
/// reads that count itself ("killed 12 people and 40 people were injured") is settled once all
/// the rules have run (see [`keep_conjuncts`]).
fn conjuncts(
    rule: &Rule,
    pattern: &crate::rules::CompiledPattern,
    regex: &RuleRegex,
    (whole, groups): (&Range<usize>, &Groups),
    haystack: &Haystack<'_>,
    rules: &RuleSet,
) -> Vec<Read> {
    let value = &rule.file.value;
    let Some(unit_name) = value.unit_capture.as_deref() else {
        return Vec::new();
    };
    if value.constructor != Constructor::Count {
        return Vec::new();
    }
    let (Some(count), Some(unit)) = (
        named_group(regex, groups, &value.capture),
        named_group(regex, groups, unit_name),
    ) else {
        return Vec::new();
    };
    let text = haystack.text();
    let mut found = Vec::new();
    // The read count is the first of the two: the other follows "and". Where the read one is
    // the object of words before it, the other is no subject of a clause of its own ("killed
    // two guests and 14 staff were injured"); the clause is both's where the read one has
    // nothing before it to be the object of ("All 140 passengers and 11 crew were flown home").
    if let Some(and) = leading_and(&text[unit.end..]) {
        let (cut, join) = (count.start, unit.end + and);
        let object = has_own_words(&text[whole.start..count.start]);
        found.extend(
            read_in_place(rule, pattern, text, cut..join, unit_name, rules)
                .into_iter()
                .filter(|other| other.count.start == join)
                .filter(|other| {
                    other.unit.as_ref().is_some_and(|unit| {
                        !(object && whole.end <= unit.end && opens_a_clause(&text[unit.end..]))
                    })
                }),
        );
    }
    // The read count is the second: the other comes before "and".
    if let Some(and) = trailing_and(&text[..count.start]) {
        let (cut, join) = (and, unit.end);
        found.extend(
            read_in_place(rule, pattern, text, cut..join, unit_name, rules)
                .into_iter()
                .filter(|other| other.unit.as_ref().is_some_and(|unit| unit.end == cut)),
        );
    }
    found
        .into_iter()
        .map(|other| (other.whole, other.groups))
        .collect()
}

/// The range of the group named `name`, if it took part in the match.
fn named_group(regex: &RuleRegex, groups: &Groups, name: &str) -> Option<Range<usize>> {
    groups.iter().enumerate().find_map(|(group, span)| {
        let named = regex.capture_name(group)?;
        (**named == *name).then(|| span.clone())?
    })
}

/// The length of "and" and the spaces around it at the start of `text`, if it starts so.
fn leading_and(text: &str) -> Option<usize> {
    let rest = text.trim_start_matches([' ', '\u{a0}']);
    let after = rest.strip_prefix("and ")?;
    let after = after.trim_start_matches([' ', '\u{a0}']);
    (rest.len() < text.len()).then(|| text.len() - after.len())
}

/// Where "and" and the spaces before it start at the end of `text`, if it ends so. After a
/// comma, "and" joins clauses: "freed 12 hostages, and 40 soldiers were hurt".
fn trailing_and(text: &str) -> Option<usize> {
    let rest = text.trim_end_matches([' ', '\u{a0}']);
    let before = rest.strip_suffix(" and")?.trim_end_matches([' ', '\u{a0}']);
    (rest.len() < text.len() && !before.is_empty() && !before.ends_with(','))
        .then_some(before.len())
}

/// Whether `text`, after a noun phrase, starts a clause whose subject that phrase is: the
/// next word is an auxiliary or a verb of being.
fn opens_a_clause(text: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "were", "was", "are", "is", "had", "have", "has", "will", "would", "could", "can", "may",
        "might", "must", "should", "did", "do", "does", "remain", "remained", "remains",
    ];
    let word = text
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    AUXILIARIES.contains(&&*word.to_lowercase())
}

/// A match of a pattern in a sentence with a few words cut out, put back in the sentence's
/// bytes.
struct InPlace {
    whole: Range<usize>,
    count: Range<usize>,
    unit: Option<Range<usize>>,
    groups: Groups,
}

/// The matches of the rule's pattern in `text` without the bytes `cut`, which run across the
/// cut, put back in `text`'s bytes.
fn read_in_place(
    rule: &Rule,
    pattern: &crate::rules::CompiledPattern,
    text: &str,
    cut: Range<usize>,
    unit_name: &str,
    rules: &RuleSet,
) -> Vec<InPlace> {
    let spliced = [&text[..cut.start], &text[cut.end..]].concat();
    let haystack = Haystack::new(&spliced);
    let Some((regex, matches)) = matches_in(rule, &pattern.regex, &haystack, rules) else {
        return Vec::new();
    };
    let start = |at: usize| if at >= cut.start { at + cut.len() } else { at };
    let end = |at: usize| if at > cut.start { at + cut.len() } else { at };
    let back = |span: &Range<usize>| start(span.start)..end(span.end);
    matches
        .into_iter()
        .filter(|(whole, _)| whole.start <= cut.start && cut.start < whole.end)
        .filter_map(|(whole, groups)| {
            Some(InPlace {
                // A match that starts where the cut was quotes the cut words too.
                whole: whole.start..end(whole.end),
                count: back(&named_group(&regex, &groups, &rule.file.value.capture)?),
                unit: named_group(&regex, &groups, unit_name).map(|unit| back(&unit)),
                groups: groups.iter().map(|span| span.as_ref().map(back)).collect(),
            })
        })
        .collect()
}

/// The counts read as conjuncts (see [`conjuncts`]) that stand beside the sentence's other
/// mentions: the count whose reading gave them stood, and no other rule reads them as one of
/// its own, of the same kind or of another through words of its own: in "killed 12 people and
/// 40 people were injured" the 40 are no 40 killed, but in "All 312 passengers and 48 crew
/// members were evacuated" the passengers are both all aboard and evacuated. Rules that give
/// way to any other (`defer_to: ['*']`) read nothing of their own.
fn keep_conjuncts(
    mut kept: Vec<Mention>,
    joined: Vec<Mention>,
    text: &str,
    rules: &RuleSet,
) -> Vec<Mention> {
    let value_of =
        |mention: &Mention| mention.capture(&rules.rules[mention.rule].file.value.capture);
    let overlap = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let mut added: Vec<Mention> = Vec::new();
    for mention in joined {
        let value = &rules.rules[mention.rule].file.value;
        let (Some(count), Some(unit)) = (
            value_of(&mention),
            value
                .unit_capture
                .as_deref()
                .and_then(|unit| mention.capture(unit)),
        ) else {
            continue;
        };
        let phrase = count.start..unit.end;
        let from_its_pattern = |other: &Mention| {
            other.rule == mention.rule
                && mention.range.start <= other.range.start
                && other.range.end <= mention.range.end
        };
        let read_by_another = |other: &Mention| {
            let file = &rules.rules[other.rule].file;
            let own_words = || {
                let around = [
                    &text[other.range.start..phrase.start.max(other.range.start)],
                    &text[phrase.end.min(other.range.end)..other.range.end],
                ];
                around.iter().any(|words| has_own_words(words))
            };
            value_of(other).is_some_and(|value| overlap(&value, &count))
                && (file.kind == rules.rules[mention.rule].file.kind
                    || (!file.defer_to.iter().any(|k| k == "*") && own_words()))
        };
        if kept.iter().any(from_its_pattern) && !kept.iter().chain(&added).any(read_by_another) {
            added.push(mention);
        }
    }
    kept.extend(added);
    kept.sort_by_key(|m| (m.range.start, m.rule));
    kept
}

/// Whether `text` holds a word other than one that picks out a noun phrase without saying
/// anything of it ("all", "the", "both").
fn has_own_words(text: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "all", "the", "both", "and", "these", "those", "its", "their",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .any(|word| !word.is_empty() && !DETERMINERS.contains(&&*word.to_lowercase()))
}

/// Drops the matches of rules that defer to a kind whose match overlaps them (`*`: any other
/// kind's).
fn drop_deferred(mentions: Vec<Mention>, rules: &RuleSet) -> Vec<Mention> {
    let overlaps =
        |a: &Mention, b: &Mention| a.range.start < b.range.end && b.range.start < a.range.end;
    let deferred: Vec<bool> = mentions
        .iter()
        .map(|mention| {
            let defer_to = &rules.rules[mention.rule].file.defer_to;
            !defer_to.is_empty()
                && mentions.iter().any(|other| {
                    let kind = &rules.rules[other.rule].file.kind;
                    let own = &rules.rules[mention.rule].file;
                    let figure = rules.rules[other.rule].file.corroborate_only;
                    // Figures read only to corroborate give way to nothing but each other,
                    // the shorter to the longer: "a year and a half" is no half.
                    let longer = other.range.len() > mention.range.len()
                        || (other.range.len() == mention.range.len() && other.rule < mention.rule);
                    let defers = defer_to.contains(kind)
                        || (defer_to.iter().any(|k| k == "*")
                            && *kind != own.kind
                            && (!figure || (own.corroborate_only && longer)));
                    // A figure is another rule's only where that rule read its value there:
                    // "a 203-foot structure" inside a match that dates the dam's collapse is
                    // still a figure of its own.
                    let overlapping = if own.corroborate_only && !figure {
                        other
                            .capture(&rules.rules[other.rule].file.value.capture)
                            .is_some_and(|value| {
                                mention.range.start < value.end && value.start < mention.range.end
                            })
                    } else {
                        overlaps(mention, other)
                    };
                    defers && overlapping
                })
        })
        .collect();
    mentions
        .into_iter()
        .zip(deferred)
        .filter_map(|(mention, deferred)| (!deferred).then_some(mention))
        .collect()
}

/// Whether the number a rule that counts people or things (a count with a unit) read measures
/// something instead: "trapped 320 metres below the surface" counts no one, nor "killed 12
/// years ago" anyone. Counts of minutes or years themselves (a goal's minute, an age) have no
/// unit and are left alone.
fn counts_a_measure(
    rule: &Rule,
    regex: &RuleRegex,
    groups: &Groups,
    sentence: &str,
    rules: &RuleSet,
) -> bool {
    let value = &rule.file.value;
    if value.constructor != Constructor::Count || value.unit_capture.is_none() {
        return false;
    }
    named_group(regex, groups, &rule.file.value.capture).is_some_and(|count| {
        let after = sentence[count.end..].trim_start_matches([' ', '\u{a0}', '-', '‑']);
        rules.lexicon.opens_with_measure(after)
    })
}

/// Whether the number a count read is part of a name: "SARS-2", "F-35", "G-7", a capitalised
/// word joined to the number by a hyphen. "after SARS-2 shut schools" counts no schools.
fn count_in_a_name(rule: &Rule, regex: &RuleRegex, groups: &Groups, sentence: &str) -> bool {
    if rule.file.value.constructor != Constructor::Count {
        return false;
    }
    named_group(regex, groups, &rule.file.value.capture).is_some_and(|count| {
        let Some(before) = sentence[..count.start].strip_suffix(['-', '‑']) else {
            return false;
        };
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
    })
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
    let said = rule.require_in_sentence.as_ref().is_none_or(|re| {
        re.for_haystack(sentence)
            .is_some_and(|(regex, text)| regex.is_match(text))
    });
    let inside = rule.exclude_inside.as_ref().is_some_and(|re| {
        re.for_haystack(sentence)
            .is_some_and(|(regex, text)| regex.is_match(&text[range.clone()]))
    });
    excluded || inside || (requires && !required) || !said
}

fn keep_longest_per_kind(mut mentions: Vec<Mention>, rules: &RuleSet) -> Vec<Mention> {
    mentions.sort_by(|a, b| {
        (b.range.len(), a.range.start, a.rule).cmp(&(a.range.len(), b.range.start, b.rule))
    });
    // A share and a count of one kind are two claims: "cut 1,200 jobs, about 8% of its
    // workforce" says both, and the share's longer match must not hide the count.
    let claim_of = |mention: &Mention| {
        let file = &rules.rules[mention.rule].file;
        (
            &file.kind,
            file.value.constructor == crate::rules::Constructor::Percent,
        )
    };
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for mention in mentions {
        let claim = claim_of(&mention);
        let overlaps = kept.iter().any(|k| {
            claim_of(k) == claim
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Format, LoadOptions};

    #[test]
    fn what_is_found_does_not_depend_on_the_window_the_company_or_the_threads() {
        let rules = RuleSet::builtin().unwrap();
        let documents =
            crate::source::fixture_documents(&["state-visit", "disaster", "company-results"]);
        let alone: Vec<Vec<Mention>> = documents.iter().map(|d| extract(d, &rules)).collect();
        assert!(alone.iter().all(|mentions| !mentions.is_empty()));
        // One window for everything, a window per sentence, and windows that end mid-report.
        for window_bytes in [usize::MAX, 1, 700] {
            assert_eq!(
                extract_in_windows(&documents, &rules, window_bytes),
                alone,
                "windows of {window_bytes} bytes"
            );
        }
        // Read with every thread of pools of several sizes, each document is handed over once,
        // in order, with the same mentions.
        let empty = Document::parse(
            "empty.md",
            String::new(),
            Format::Markdown,
            &LoadOptions::default(),
        )
        .unwrap();
        let mut with_empty = documents.clone();
        with_empty.insert(1, empty);
        let mut expected = alone.clone();
        expected.insert(1, Vec::new());
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            for window_bytes in [usize::MAX, 1, 700] {
                let mut handed = Vec::new();
                pool.install(|| {
                    extract_in_parallel_windows(&with_empty, &rules, window_bytes, |finished| {
                        handed.extend(finished)
                    })
                });
                let order: Vec<usize> = handed.iter().map(|(d, _)| *d).collect();
                assert_eq!(order, (0..with_empty.len()).collect::<Vec<_>>());
                let found: Vec<Vec<Mention>> = handed.into_iter().map(|(_, m)| m).collect();
                assert_eq!(
                    found, expected,
                    "{threads} threads, windows of {window_bytes} bytes"
                );
            }
        }
        // Each mention names the sentence of its own document that holds it.
        for (document, mentions) in documents.iter().zip(&alone) {
            for mention in mentions {
                let sentence = &document.sentences[mention.sentence];
                assert!(sentence.start <= mention.range.start && mention.range.end <= sentence.end);
            }
        }
    }

    fn patterns(rules: &RuleSet) -> Vec<&Matcher> {
        rules
            .rules
            .iter()
            .flat_map(|rule| rule.patterns.iter().map(|p| &p.regex))
            .collect()
    }

    #[test]
    fn a_batch_read_once_drops_the_automata_of_its_patterns_after_its_last_window() {
        let documents =
            crate::source::fixture_documents(&["state-visit", "disaster", "company-results"]);
        let compiled = |rules: &RuleSet| {
            patterns(rules)
                .iter()
                .filter(|pattern| pattern.is_compiled())
                .count()
        };
        let read = |rules: &RuleSet, window_bytes: usize| {
            let mut handed = Vec::new();
            extract_in_parallel_windows(&documents, rules, window_bytes, |finished| {
                handed.extend(finished)
            });
            handed
        };
        let kept = RuleSet::builtin().unwrap();
        let expected = read(&kept, usize::MAX);
        assert!(
            compiled(&kept) > 10,
            "a rule set kept compiles each pattern once"
        );
        // A pattern compiled before the batch, which no sentence of it calls for.
        let mut once = RuleSet::builtin().unwrap();
        once.release_automata = true;
        let unused = patterns(&kept)
            .iter()
            .position(|pattern| !pattern.is_compiled())
            .unwrap();
        assert!(patterns(&once)[unused]
            .for_haystack(&Haystack::new("A text."))
            .is_some());
        assert_eq!(compiled(&once), 1);
        for window_bytes in [usize::MAX, 700] {
            assert_eq!(
                read(&once, window_bytes),
                expected,
                "windows of {window_bytes} bytes"
            );
            assert_eq!(compiled(&once), 0, "windows of {window_bytes} bytes");
        }
    }
}
