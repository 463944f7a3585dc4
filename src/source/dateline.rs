//! Datelines: a publication date on a line of its own near the top of a report.

use std::sync::LazyLock;

use jiff::civil::{Date, Time};
use regex::Regex;

use crate::calendar;

/// Labels that may stand before a dateline ("PUBLISHED: THURSDAY, MAY 2, 2013").
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:first\s+)?published|updated|posted|last\s+updated)(?:\s+on)?\s*:?\s*",
    )
    .expect("the dateline label pattern is valid")
});

/// How many non-empty lines at the top of a report are searched.
const LINES_SEARCHED: usize = 5;

/// A line longer than this (in bytes) is prose, not a dateline, and is not parsed as a date:
/// the first line of a report can be megabytes long.
const LONGEST_DATELINE: usize = 160;

/// A wire placeline opening a report's first paragraph: the place, then the date, then the
/// agency, then a dash before the prose ("LONDON, March 3 (Reuters) - ", "MANCHESTER, England,
/// March 11, 2025 (Northern Wire) — "). The place is letters only, so a date is never taken
/// for a second place name.
static PLACELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?(?:\s*,\s*\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?){0,2}\s*,\s*(?P<date>[^()\n–—-]{3,40}?)\s*(?:\([^()\n]{1,60}\)\s*)?(?:--?|–|—)\s*\S",
    )
    .expect("the placeline pattern is valid")
});

/// What the top of a report says of when it was published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Published {
    /// A complete date, and the time of day when given.
    Date(Date, Option<Time>),
    /// The month and day of a placeline that gives no year ("LONDON, March 3 (Reuters) -").
    MonthDay(i8, i8),
}

/// A dateline found near the top of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub published: Published,
    /// For a placeline, where the prose after its dash starts, as a byte offset of the text:
    /// the placeline is no part of the first sentence.
    pub prose_start: Option<usize>,
}

/// The first dateline among the first lines of `text`, if any: a date on a line of its own, or
/// a wire placeline opening a paragraph. A text that is nothing but a date has no dateline: the
/// date is what it says, not when it was said.
pub fn detect(text: &str) -> Option<Dateline> {
    // Only the lines searched are looked at: a 200 MB report is not split into lines here.
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(LINES_SEARCHED)
        .collect();
    if lines.len() < 2 {
        return None;
    }
    lines.iter().find_map(|line| {
        if line.len() <= LONGEST_DATELINE {
            let unlabelled = LABEL.find(line).map_or(*line, |m| &line[m.end()..]);
            if let Some((date, time)) = calendar::parse_publication_moment(unlabelled) {
                return Some(Dateline {
                    published: Published::Date(date, time),
                    prose_start: None,
                });
            }
        }
        placeline(line).map(|(published, prose)| Dateline {
            published,
            // The line is a slice of the text.
            prose_start: Some(line.as_ptr() as usize - text.as_ptr() as usize + prose),
        })
    })
}

/// The date of a placeline opening `line`, and where the prose after it starts in `line`.
fn placeline(line: &str) -> Option<(Published, usize)> {
    // A placeline is short; only the line's start is read.
    let mut head = line.len().min(LONGEST_DATELINE);
    while !line.is_char_boundary(head) {
        head -= 1;
    }
    let caps = PLACELINE.captures(&line[..head])?;
    let date = caps.name("date")?.as_str().trim();
    let published = match calendar::parse_publication_moment(date) {
        Some((date, time)) => Published::Date(date, time),
        None => {
            // A day without a year, as the date normalizer reads one ("March 11", "Tues.,
            // Sept. 9").
            let (month, day) = crate::normalize::date::month_and_day(date, Default::default())?;
            Published::MonthDay(month, day)
        }
    };
    // The match ends on the prose's first character.
    let prose = caps.get(0)?.end();
    let prose = line[..prose]
        .char_indices()
        .next_back()
        .map_or(prose, |(at, _)| at);
    Some((published, prose))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn finds_labelled_and_bare_datelines() {
        let detect = |t: &str| match detect(t)?.published {
            Published::Date(date, _) => Some(date),
            Published::MonthDay(..) => None,
        };
        assert_eq!(
            detect("Aug 28, 2025, 8:17 AM\nAug 28, 2025, 2:21 AM\n\nText"),
            Some(date(2025, 8, 28))
        );
        assert_eq!(
            detect("Headline\nPUBLISHED: THURSDAY, MAY 2, 2013\nBody"),
            Some(date(2013, 5, 2))
        );
    }

    #[test]
    fn ignores_dates_in_sentences_and_late_lines() {
        let detect = |t: &str| match detect(t)?.published {
            Published::Date(date, _) => Some(date),
            Published::MonthDay(..) => None,
        };
        assert_eq!(
            detect("On Aug 28, 2025 the leaders met in the capital to discuss trade."),
            None
        );
        assert_eq!(detect("a\nb\nc\nd\ne\nAug 28, 2025"), None);
        assert_eq!(detect("2015-03-03"), None);
    }

    #[test]
    fn finds_wire_placelines_with_and_without_a_year() {
        let text = "# Strike\n\nMANCHESTER, England, March 11, 2025 (Northern Wire) — Some 1,800 nurses walked out.";
        let found = detect(text).unwrap();
        assert_eq!(found.published, Published::Date(date(2025, 3, 11), None));
        assert!(text[found.prose_start.unwrap()..].starts_with("Some 1,800"));

        let text = "Headline\nLONDON, 3 March (Reuters) - The bank cut rates.";
        let found = detect(text).unwrap();
        assert_eq!(found.published, Published::MonthDay(3, 3));
        assert!(text[found.prose_start.unwrap()..].starts_with("The bank"));

        let text = "Headline\nNEW DELHI, Tues., Sept. 9 -- Floods closed schools.";
        assert_eq!(detect(text).unwrap().published, Published::MonthDay(9, 9));
    }

    #[test]
    fn prose_with_commas_and_dashes_is_no_placeline() {
        for text in [
            "Headline\nParis, the capital, was quiet - for once.",
            "Headline\nOn March 3 - a Monday - the bank cut rates.",
            "Headline\nKim, 41, arrived on March 3 (local time) - the fifth visit.",
            "Headline\nLONDON (Reuters) - The bank cut rates on March 3.",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
    }
}
