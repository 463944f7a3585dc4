//! Finding date phrases in running text: the scanner proposes a run of date words ("on Monday
//! and Tuesday the"), the grammar reads every stretch of it, and the longest stretches that are
//! dates are kept — unless the words around them say otherwise: "may" in "we may see" is a
//! verb and "Sun" in "Sun Microsystems" a name, "the 20th" in "the 20th anniversary" an
//! ordinal, "1/2" in "1/2 cup" a fraction, "in six years" after "the first visit" a span
//! rather than a date six years ahead, "the final night" no day in particular.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::DateTime;
use regex::Regex;

use super::chart::Chart;
use super::tokens::{tokenize, Token};
use super::{evaluate, grammar_options, DateError, DateOptions, ResolvedDate, MAX_TOKENS};

/// A date phrase found inside a longer text.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Its bytes in the text searched.
    pub range: Range<usize>,
    /// Its value, or why it has none (only [`DateError::NeedsReference`]: phrases that are no
    /// date at all are not found).
    pub resolved: Result<ResolvedDate, DateError>,
}

/// Words before a date that a found phrase is quoted without when they change nothing.
const PREPOSITIONS: &[&str] = &[
    "on",
    "at",
    "@",
    "in",
    "during",
    "for",
    "around",
    "about",
    "approximately",
    "circa",
    "the",
];

/// Words before a date that change nothing about which date it is.
const MEANINGLESS_BEFORE: &[&str] = &["on", "at", "@", "the", "during"];

/// Words that are dates alone only with a capital: "may" and "march" are verbs, "sat" too.
const COMMON_WORDS: &[&str] = &["may", "march", "mar", "sat", "sun", "wed", "jan"];

/// A day of the month by its ordinal alone: "the 20th", "on the first".
static ORDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:on\s+)?the\s+(?:\d{1,2}\s?(?:st|nd|rd|th)|(?:twenty|thirty)?[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))$")
        .expect("the ordinal-day pattern is valid")
});

/// Words after which "in six years" measures a span back from now ("the first visit in six
/// years", "the highest level in a decade") instead of naming a date ahead.
static SUPERLATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:first|only|highest|lowest|biggest|largest|smallest|worst|best|most|least|fewest|longest|shortest|strongest|weakest|deadliest|warmest|coldest|hottest|wettest|driest|fastest|slowest|heaviest|busiest|greatest|sharpest|steepest|costliest|fiercest|deepest|mightiest|rainiest|quickest)\b[^.;!?]{0,80}$")
        .expect("the superlative pattern is valid")
});

/// A numeric date without a year: "2/15", "3-4".
static SHORT_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}\s?[/-]\s?\d{1,2}$").expect("the short numeric pattern is valid")
});

/// A part of the day with nothing to say which day: "the final night", "the morning".
static PART_OF_DAY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:the\s+)?(?:mornings?|afternoons?|evenings?|nights?|lunch\s?(?:time)?)$")
        .expect("the part-of-day pattern is valid")
});

/// Whether the word before `range` is an article or a number ("a 3-4 win", "the 1/2 share"),
/// which makes what follows a quantity.
fn before_word(text: &str, range: &Range<usize>) -> bool {
    let word = text[..range.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(word.as_str(), "a" | "an" | "the")
}

/// "in six years", "within a decade": a span counted ahead of the reference.
static SPAN_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|within)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|many|a\s+couple\s+of|\d+)\s+)?(?:more\s+)?(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b")
        .expect("the span pattern is valid")
});

/// The date phrases in `text[within]`, longest first and without overlaps, in text order: what a
/// scanner's rough match turns out to hold ("on Monday and Tuesday" holds two). The rest of
/// `text` is the context the phrases are judged in.
pub fn find(
    text: &str,
    within: Range<usize>,
    reference: Option<DateTime>,
    options: DateOptions,
) -> Vec<Found> {
    let Some(slice) = text.get(within.clone()) else {
        return Vec::new();
    };
    let all: Vec<Token> = tokenize(slice)
        .into_iter()
        .map(|mut token| {
            token.range = token.range.start + within.start..token.range.end + within.start;
            token
        })
        .collect();
    let mut found = Vec::new();
    for chunk in all.chunks(MAX_TOKENS) {
        found.extend(find_in(chunk.to_vec(), text, reference, options));
    }
    found.sort_by_key(|f| f.range.start);
    found
}

fn find_in(
    tokens: Vec<Token>,
    text: &str,
    reference: Option<DateTime>,
    options: DateOptions,
) -> Vec<Found> {
    let n = tokens.len();
    let chart = Chart::parse(tokens, grammar_options(options));
    let mut stretches: Vec<Range<usize>> = (0..n)
        .flat_map(|start| (start + 1..=n).map(move |end| start..end))
        .filter(|r| {
            chart
                .readings(r.start, r.end)
                .iter()
                .any(|node| node.as_time().is_some())
        })
        .collect();
    stretches.sort_by_key(|r| (std::cmp::Reverse(r.len()), r.start));
    let mut taken = vec![false; n];
    let mut found = Vec::new();
    for stretch in stretches {
        if taken[stretch.clone()].iter().any(|t| *t) || is_bare_number(&chart, &stretch) {
            continue;
        }
        let Some(phrase) = read(&chart, stretch.clone(), text, reference, options) else {
            continue;
        };
        taken[stretch].iter_mut().for_each(|t| *t = true);
        found.push(phrase);
    }
    found
}

/// A number alone is not a date in running text ("2000 people"); "in 2000" is.
fn is_bare_number(chart: &Chart, stretch: &Range<usize>) -> bool {
    stretch.len() == 1
        && chart.tokens[stretch.start]
            .text
            .chars()
            .all(|c| c.is_ascii_digit())
}

/// The stretch as a found phrase, if it is a date where it stands; quoted without a leading
/// preposition that changes nothing ("on Wednesday" is quoted as "Wednesday").
fn read(
    chart: &Chart,
    stretch: Range<usize>,
    text: &str,
    reference: Option<DateTime>,
    options: DateOptions,
) -> Option<Found> {
    let bytes =
        |r: &Range<usize>| chart.tokens[r.start].range.start..chart.tokens[r.end - 1].range.end;
    let resolve = |r: &Range<usize>| {
        let words = crate::rules::lexicon::collapse_spaces(&text[bytes(r)]);
        evaluate(chart, r.clone(), &words, reference, options.tense)
    };
    let whole = bytes(&stretch);
    if !whole_words(text, &whole) || !fits_context(text, &whole, true) {
        return None;
    }
    let resolved = resolve(&stretch);
    if !matches!(resolved, Ok(_) | Err(DateError::NeedsReference(_))) {
        return None;
    }
    let mut kept = Found {
        range: whole,
        resolved,
    };
    let (mut start, mut end) = (stretch.start, stretch.end);
    loop {
        // A preposition before, or a full stop after ("in May."), changes nothing.
        let shorter =
            if start + 1 < end && PREPOSITIONS.contains(&chart.tokens[start].text.as_str()) {
                start + 1..end
            } else if end > start + 1 && chart.tokens[end - 1].text == "." {
                start..end - 1
            } else {
                break;
            };
        let value = resolve(&shorter);
        let same = match (&value, &kept.resolved) {
            (Ok(a), Ok(b)) => a.value == b.value,
            (Err(DateError::NeedsReference(_)), Err(DateError::NeedsReference(_))) => true,
            _ => false,
        };
        // "on", "at", "the" say nothing about which date: when the words after them are a
        // date, that date is the reading, even if the longer stretch found another ("on
        // 2024-04-03" is not the span from 2024 to 3 April). "in" and "for" do say something
        // ("in 2 days"), so without them the value must stay the same.
        let transparent = shorter.start > start
            && MEANINGLESS_BEFORE.contains(&chart.tokens[start].text.as_str())
            && matches!(value, Ok(_) | Err(DateError::NeedsReference(_)));
        if !same && !transparent {
            break;
        }
        (start, end) = (shorter.start, shorter.end);
        kept = Found {
            range: bytes(&shorter),
            resolved: value,
        };
    }
    // "the 1/2 cup" is judged as "1/2" too.
    fits_context(text, &kept.range, false).then_some(kept)
}

/// Whether `range` starts and ends between words: "at 650" is not a time in
/// "at 650.650.6500", nor "A4" a date.
fn whole_words(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().rev().collect::<Vec<_>>();
    let after = text[range.end..].chars().collect::<Vec<_>>();
    let glued = |next: Option<&char>, beyond: Option<&char>| match next {
        Some(c) if c.is_alphanumeric() => true,
        Some('.' | ':' | '/' | '-' | ',') => beyond.is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    !glued(before.first(), before.get(1)) && !glued(after.first(), after.get(1))
}

/// Whether the words around a phrase let it be a date (see the module's first lines).
/// `whole` is the phrase as found, before a leading "in" was dropped: "in the afternoon" is
/// the afternoon of the day, "the final night" no day.
fn fits_context(text: &str, range: &Range<usize>, whole: bool) -> bool {
    let phrase = &text[range.clone()];
    let lower = phrase.trim_end_matches('.').to_lowercase();
    let after = text[range.end..].trim_start();
    let next = after.chars().next();
    if COMMON_WORDS.contains(&lower.as_str()) {
        // "we may see", or "Sun Microsystems" and "March Madness": a name goes on.
        if phrase.starts_with(char::is_lowercase) || next.is_some_and(char::is_uppercase) {
            return false;
        }
    }
    if ORDINAL_DAY.is_match(phrase) && next.is_some_and(char::is_alphanumeric) {
        return false;
    }
    // "1/2 cup", "a 3-4 win", "2/3 of voters": a fraction or a score, not a day.
    if SHORT_NUMERIC.is_match(phrase)
        && (next.is_some_and(|c| c.is_alphanumeric() || c == '%') || before_word(text, range))
    {
        return false;
    }
    if whole && PART_OF_DAY_ALONE.is_match(&lower) {
        return false;
    }
    // A span after a superlative, at the start of the phrase or inside it ("the first in six
    // years").
    for span in SPAN_AHEAD.find_iter(phrase) {
        let before = &text[..range.start + span.start()];
        let window = before
            .char_indices()
            .rev()
            .nth(100)
            .map_or(before, |(at, _)| &before[at..]);
        if SUPERLATIVE.is_match(window) {
            return false;
        }
    }
    true
}
