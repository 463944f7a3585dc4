//! The search engine of rule patterns: a forward lazy DFA that finds where each match ends, and
//! an NFA engine that reads the captures of that match.
//!
//! The regex crate compiles every pattern a second time, reversed, so that its lazy DFA can
//! also find where a match starts. On our patterns (30–90 KB once the macros are expanded,
//! tens of thousands of NFA states) that reversed automaton was half the compile time and half
//! the memory of the automata, with a lazy-DFA cache of its own. A rule's match lies in one
//! sentence, and sentences are short, so the start is found as cheaply by the engine that reads
//! the captures anyway: given the end the forward DFA reports, it searches the sentence up to
//! there, unanchored, and finds the same leftmost-first match, captures included.
//!
//! Matches are those of [`regex::Regex::captures_iter`], empty matches included.

use std::cell::RefCell;
use std::fmt;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID};

/// Most memory a pattern's NFA may take (a pattern that needs more is an error).
const NFA_SIZE_LIMIT: usize = 32 << 20;

/// The lazy DFA's cache per pattern. Patterns built on the large `{date}` macro thrash a 2 MB
/// cache and would give up on the DFA; 8 MB keeps them on it.
const DFA_CACHE: usize = 8 << 20;

/// Most memory the backtracker's visited set may take per pattern and thread. It needs a bit per
/// NFA state and byte of the match; the regex crate's 256 KB covers about 40 bytes of a pattern
/// built on the large macros, so most matches went to the PikeVM, which is slower. The set grows
/// only to what a match needs: 4 MB made steady-state extraction about 15 % faster for about
/// 3 MB more memory on the generated corpus.
const VISITED_CAPACITY: usize = 4 << 20;

/// A compiled rule pattern, matched case-insensitively.
#[derive(Clone)]
pub struct RuleRegex(Arc<Inner>);

struct Inner {
    /// Tells the patterns apart for the caches, which each thread shares among them.
    id: u64,
    pattern: String,
    dfa: DFA,
    pikevm: PikeVM,
    backtrack: BoundedBacktracker,
    names: Vec<Option<Arc<str>>>,
}

/// How many patterns' lazy-DFA caches a thread keeps at once (see [`DfaSlot`]). A match calls
/// for its rule's pattern and up to six context patterns (`exclude_before` … `require_in_sentence`),
/// each as written or as its ASCII twin: up to 14 at once. With 4 slots the least recently used
/// was always the next one wanted, so every match built its patterns' states again: one core over
/// 20 MB of generated reports spent 11.4 s extracting with 4 slots, 6.0 s with 16, 5.6 s with a
/// cache for every pattern (26 MB and 180 MB more at peak than with 4).
const DFA_SLOTS: usize = 16;

/// A lazy DFA's cache, lent to one pattern at a time. A cache holds the states the DFA has
/// built for its pattern, up to [`DFA_CACHE`]; kept per pattern, they were about a third of the
/// peak memory of a large run (every pattern a run needs, each with its states). Extraction
/// runs one pattern over a window of sentences before the next (see `extract`), so a thread
/// needs only the few it is using: the pattern, and the exclusions it checks at each match.
/// When a pattern takes a slot over, the states are built again, which costs little next to
/// searching a window with them.
struct DfaSlot {
    /// The pattern the cache is fitted to.
    owner: u64,
    dfa: DfaCache,
    /// Made on the first match: most sentences a pattern is tried on do not match it.
    captures: Option<Captures>,
}

/// The NFA engines' search state, one per thread for all patterns. Unlike the lazy DFA's cache,
/// which holds the states it has built, they keep nothing from one search to the next but room:
/// the backtracker's visited set (up to [`VISITED_CAPACITY`]) and the PikeVM's slot table (tens
/// of MB for a pattern built on the large macros). Kept per pattern, the backtrackers' room was
/// 18 MB of a one-core run over 20 MB of generated reports; shared, it is one pattern's worth
/// (14 MB less at peak, per thread, the same time).
struct NfaCaches {
    backtrack: Option<backtrack::Cache>,
    /// Made when first needed (the backtracker reads most matches), with the pattern it was
    /// last fitted to.
    pikevm: Option<(u64, pikevm::Cache)>,
}

thread_local! {
    static NFA_CACHES: RefCell<NfaCaches> = const {
        RefCell::new(NfaCaches { backtrack: None, pikevm: None })
    };
    /// The most recently used first.
    static DFA_SLOTS_OF_THREAD: RefCell<Vec<DfaSlot>> = const { RefCell::new(Vec::new()) };
}

/// Numbers the compiled patterns, for [`Inner::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

impl fmt::Debug for RuleRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RuleRegex").field(&self.0.pattern).finish()
    }
}

/// One match: the byte range of each capture group, the whole match first.
pub type Groups = Vec<Option<Range<usize>>>;

impl RuleRegex {
    /// Compiles `pattern`, case-insensitive.
    ///
    /// # Errors
    /// When the pattern does not parse, or its automaton would be too large.
    pub fn new(pattern: &str) -> Result<RuleRegex, regex::Error> {
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(true)
            .build()
            .parse(pattern)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        RuleRegex::from_hir(pattern, hir)
    }

    /// Compiles a pattern already parsed (case-insensitive, as [`RuleRegex::new`] parses);
    /// `pattern` names it where it is shown.
    ///
    /// # Errors
    /// When its automaton would be too large.
    pub fn from_hir(pattern: &str, hir: regex_syntax::hir::Hir) -> Result<RuleRegex, regex::Error> {
        let failed = |e: &dyn fmt::Display| regex::Error::Syntax(e.to_string());
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                    .shrink(false),
            )
            .build_from_hir(&hir)
            .map_err(|e| {
                if e.size_limit().is_some() {
                    regex::Error::CompiledTooBig(NFA_SIZE_LIMIT)
                } else {
                    failed(&e)
                }
            })?;
        drop(hir);
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .cache_capacity(DFA_CACHE)
                    .skip_cache_capacity_check(true)
                    // A Unicode `\b` (patterns as written, on texts the ASCII twin cannot
                    // read) is decided on ASCII and the search handed to the NFA elsewhere.
                    .unicode_word_boundary(true)
                    // On a cache cleared over and over, give up on the DFA for that search.
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .map_err(|e| failed(&e))?;
        let pikevm = PikeVM::new_from_nfa(nfa.clone()).map_err(|e| failed(&e))?;
        let backtrack = BoundedBacktracker::builder()
            .configure(BoundedBacktracker::config().visited_capacity(VISITED_CAPACITY))
            .build_from_nfa(nfa.clone())
            .map_err(|e| failed(&e))?;
        let names = nfa
            .group_info()
            .pattern_names(PatternID::ZERO)
            .map(|name| name.map(Arc::from))
            .collect();
        Ok(RuleRegex(Arc::new(Inner {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            pattern: pattern.to_string(),
            dfa,
            pikevm,
            backtrack,
            names,
        })))
    }

    /// The names of the capture groups by index, the whole match (unnamed) first.
    pub fn capture_names(&self) -> impl Iterator<Item = Option<&str>> {
        self.0.names.iter().map(|name| name.as_deref())
    }

    /// The name of capture group `group`, shared.
    pub fn capture_name(&self, group: usize) -> Option<&Arc<str>> {
        self.0.names.get(group)?.as_ref()
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let inner = &*self.0;
        with_slot(inner, |slot| {
            let input = Input::new(text).earliest(true);
            match inner.dfa.try_search_fwd(&mut slot.dfa, &input) {
                Ok(found) => found.is_some(),
                Err(_) => {
                    let captures = captures_of(inner, slot);
                    search_nfa(inner, &input, captures);
                    captures.is_match()
                }
            }
        })
    }

    /// Every successive non-overlapping match in `text`, leftmost-first, with its captures.
    pub fn captures_all(&self, text: &str) -> Vec<Groups> {
        let inner = &*self.0;
        with_slot(inner, |slot| captures_all_with(inner, slot, text))
    }
}

/// The lazy DFA's cache for `inner` on this thread, in use by `search`; see [`DfaSlot`].
fn with_slot<T>(inner: &Inner, search: impl FnOnce(&mut DfaSlot) -> T) -> T {
    DFA_SLOTS_OF_THREAD.with_borrow_mut(|slots| {
        let at = match slots.iter().position(|slot| slot.owner == inner.id) {
            Some(at) => at,
            None if slots.len() < DFA_SLOTS => {
                slots.push(DfaSlot {
                    owner: inner.id,
                    dfa: inner.dfa.create_cache(),
                    captures: None,
                });
                slots.len() - 1
            }
            None => {
                // The least recently used slot, fitted to this pattern.
                let last = slots.len() - 1;
                let slot = &mut slots[last];
                slot.dfa.reset(&inner.dfa);
                slot.owner = inner.id;
                slot.captures = None;
                last
            }
        };
        slots[..=at].rotate_right(1);
        search(&mut slots[0])
    })
}

/// [`RuleRegex::captures_all`] with the pattern's slot.
fn captures_all_with(inner: &Inner, slot: &mut DfaSlot, text: &str) -> Vec<Groups> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut last_end = None;
    while at <= text.len() {
        let input = Input::new(text).range(at..);
        let end = match inner.dfa.try_search_fwd(&mut slot.dfa, &input) {
            Ok(None) => break,
            Ok(Some(half)) => half.offset(),
            // The DFA gave up or met a byte it cannot decide: the NFA searches the rest.
            Err(_) => text.len(),
        };
        let start = match_start(inner, &mut slot.dfa, text, at..end);
        let captures = captures_of(inner, slot);
        let input = match start {
            Some(start) => Input::new(text).range(start..end).anchored(Anchored::Yes),
            None => Input::new(text).range(at..end),
        };
        search_nfa(inner, &input, captures);
        let Some(whole) = captures.get_match() else {
            break;
        };
        let range = whole.range();
        if range.is_empty() && last_end == Some(range.start) {
            // As the regex crate does: no empty match right where the last one ended.
            at = next_char(text, range.start);
            continue;
        }
        found.push(
            (0..captures.group_len())
                .map(|group| captures.get_group(group).map(|span| span.range()))
                .collect(),
        );
        last_end = Some(range.end);
        at = if range.is_empty() {
            next_char(text, range.end)
        } else {
            range.end
        };
    }
    found
}

/// Where the leftmost match that ends by `within.end` starts: the first place in `within` where
/// an anchored match begins. The DFA leaves most places after a byte or two, so this costs
/// far less than a search for the start with the NFA; `None` when the DFA cannot tell.
fn match_start(
    inner: &Inner,
    cache: &mut DfaCache,
    text: &str,
    within: Range<usize>,
) -> Option<usize> {
    for start in within.start..=within.end {
        if !text.is_char_boundary(start) {
            continue;
        }
        let input = Input::new(text)
            .range(start..)
            .anchored(Anchored::Yes)
            .earliest(true);
        match inner.dfa.try_search_fwd(cache, &input) {
            Ok(Some(_)) => return Some(start),
            Ok(None) => {}
            Err(_) => return None,
        }
    }
    None
}

fn captures_of<'c>(inner: &Inner, slot: &'c mut DfaSlot) -> &'c mut Captures {
    slot.captures
        .get_or_insert_with(|| inner.pikevm.create_captures())
}

/// The leftmost-first match in `input`'s span with its captures, into `captures`: the bounded
/// backtracker when the span is short enough for it, else the PikeVM.
fn search_nfa(inner: &Inner, input: &Input<'_>, captures: &mut Captures) {
    NFA_CACHES.with_borrow_mut(|caches| {
        let span = input.get_span();
        if span.end - span.start <= inner.backtrack.max_haystack_len() {
            let backtrack = caches
                .backtrack
                .get_or_insert_with(|| inner.backtrack.create_cache());
            // Each search clears as much of the visited set as it needs: a reset only lets the
            // cache serve another pattern, and costs nothing.
            backtrack.reset(&inner.backtrack);
            if inner
                .backtrack
                .try_search(backtrack, input, captures)
                .is_ok()
            {
                return;
            }
        }
        let pikevm = match &mut caches.pikevm {
            Some((owner, cache)) => {
                if *owner != inner.id {
                    cache.reset(&inner.pikevm);
                    *owner = inner.id;
                }
                cache
            }
            empty => &mut empty.insert((inner.id, inner.pikevm.create_cache())).1,
        };
        inner.pikevm.search(pikevm, input, captures);
    });
}

/// The byte offset after the character at `at`, or past the end.
fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(at + 1, |c| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regex_crate(pattern: &str, text: &str) -> Vec<Groups> {
        regex::RegexBuilder::new(pattern)
            .case_insensitive(true)
            .build()
            .unwrap()
            .captures_iter(text)
            .map(|caps| caps.iter().map(|m| m.map(|m| m.range())).collect())
            .collect()
    }

    #[test]
    fn matches_and_captures_are_those_of_the_regex_crate() {
        let cases = [
            (
                r"(?P<n>\d+)\s+(?P<unit>people|dead)",
                "12 people died; 3 DEAD, 4 dead",
            ),
            (
                r"\b(?:at\s+least\s+)?(?P<n>\d+)",
                "at least 40, then 7 and 8",
            ),
            (r"(?P<a>a)?", "xaay"),
            (r"a*", "baaac"),
            (r"\bé\w*", "été écoles à Édouard"),
            (r"(?P<x>x)|(?P<y>y)", "yxxy"),
            (r"\w+(?-u:\b)", "naïve café"),
            (r"(?:foo|foobar)(?P<rest>\w*)", "foobarbaz foo"),
        ];
        for (pattern, text) in cases {
            let ours = RuleRegex::new(pattern).unwrap();
            assert_eq!(
                ours.captures_all(text),
                regex_crate(pattern, text),
                "{pattern} on {text}"
            );
            assert_eq!(
                ours.is_match(text),
                !regex_crate(pattern, text).is_empty(),
                "{pattern} on {text}"
            );
        }
    }

    /// Words the built-in patterns are made of, so that random sentences of them match often,
    /// several times in a sentence and at every distance from its start.
    const WORDS: &[&str] = &[
        "at least",
        "killed",
        "12",
        "1,300",
        "people",
        "were",
        "injured",
        "about",
        "$4.5",
        "million",
        "€10m",
        "in",
        "aid",
        "pledged",
        "the",
        "fifth",
        "visit",
        "to",
        "Beijing",
        "on",
        "Monday",
        "March 2",
        "2025",
        "since",
        "years",
        "—",
        "“",
        "rose",
        "3%",
        "to",
        "per cent",
        "and",
        "more than",
        "two",
        "dozen",
        ",",
        ".",
        "first",
        "time",
        "in six",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        #[test]
        fn built_in_patterns_match_as_with_the_regex_crate(
            picks in proptest::collection::vec(0..WORDS.len(), 1..40),
        ) {
            static PATTERNS: std::sync::LazyLock<Vec<(RuleRegex, regex::Regex)>> =
                std::sync::LazyLock::new(|| {
                    let rules = crate::rules::RuleSet::builtin().unwrap();
                    ["casualties-killed", "money-pledged", "visit-ordinal", "rate-change-up",
                     "visit-previous-since", "event-date"]
                        .iter()
                        .map(|id| {
                            let rule = rules.rule(id).unwrap();
                            let ascii = crate::rules::boundaries::ascii_word_boundaries(
                                rule.patterns[0].regex.expanded(),
                            );
                            let theirs = regex::RegexBuilder::new(&ascii)
                                .case_insensitive(true)
                                .size_limit(32 << 20)
                                .build()
                                .unwrap();
                            (RuleRegex::new(&ascii).unwrap(), theirs)
                        })
                        .collect()
                });
            let text = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            for (ours, theirs) in PATTERNS.iter() {
                let expected: Vec<Groups> = theirs
                    .captures_iter(&text)
                    .map(|caps| caps.iter().map(|m| m.map(|m| m.range())).collect())
                    .collect();
                proptest::prop_assert_eq!(ours.captures_all(&text), expected, "{}", text);
            }
        }
    }

    /// The NFA engines' caches serve every pattern of a thread in turn: searches that alternate
    /// between patterns, on texts too long for the backtracker, find what each pattern finds.
    #[test]
    fn patterns_that_take_turns_share_the_nfa_caches_soundly() {
        // The smaller automaton, with more captures, first: a cache fitted to one pattern
        // is too small for the other in one way or the other.
        let patterns = [r"(?P<n>\d+)\s+(?P<unit>\w{13})\b", r"\b(?P<word>\w{29})\b"];
        let regexes = patterns.map(|pattern| RuleRegex::new(pattern).unwrap());
        // A Unicode `\b` beside a non-ASCII letter stops the lazy DFA: the NFA engines search
        // the rest of the text, longer than the backtracker takes.
        let sentence = "Ёжикинтуманеидётвпередвсёврем 12 élèvesvenusde cette année, ";
        let text = sentence.repeat(400);
        for regex in &regexes {
            assert!(regex.0.backtrack.max_haystack_len() < text.len());
        }
        for round in 0..3 {
            for (pattern, regex) in patterns.iter().zip(&regexes) {
                let found = regex.captures_all(&text);
                assert!(!found.is_empty(), "{pattern}");
                assert_eq!(
                    found,
                    regex_crate(pattern, &text),
                    "{pattern}, round {round}"
                );
                assert_eq!(
                    regex.captures_all(&text[..20]),
                    regex_crate(pattern, &text[..20])
                );
            }
        }
    }

    #[test]
    fn more_patterns_than_slots_take_turns_with_the_lazy_dfa_caches() {
        // Each pattern's states are built in a slot another pattern held before; taking
        // turns over more patterns than a thread keeps slots for, each is fitted again and
        // again, and must still find what the regex crate finds.
        let patterns: Vec<String> = (0..DFA_SLOTS * 2 + 1)
            // Words of 2 to n + 2 letters: each pattern its own, and each finds a word.
            .map(|n| format!(r"\b(?P<word>\w{{2,{}}})\s+(?P<n>\d+)?", n + 2))
            .collect();
        let regexes: Vec<RuleRegex> = patterns
            .iter()
            .map(|p| RuleRegex::new(p).unwrap())
            .collect();
        // Words of 2 to 10 letters, some followed by a number.
        let text = "an the 12 over quick 345 jumped foxhole 6 elephant seventeen dictionary 8 ";
        for round in 0..3 {
            for (pattern, regex) in patterns.iter().zip(&regexes) {
                assert!(regex.is_match(text), "{pattern}");
                let found = regex.captures_all(text);
                assert!(!found.is_empty(), "{pattern}");
                assert_eq!(
                    found,
                    regex_crate(pattern, text),
                    "{pattern}, round {round}"
                );
            }
        }
    }

    #[test]
    fn capture_names_are_in_group_order() {
        let regex = RuleRegex::new(r"(?P<count>\d+)(x)(?P<unit>\w+)").unwrap();
        let names: Vec<_> = regex.capture_names().collect();
        assert_eq!(names, [None, Some("count"), None, Some("unit")]);
    }

    #[test]
    fn errors_are_reported_not_panicked() {
        assert!(RuleRegex::new(r"(?P<a>").is_err());
        assert!(matches!(
            RuleRegex::new(r"\w{1000}{1000}"),
            Err(regex::Error::CompiledTooBig(_))
        ));
    }
}
