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

/// The first dateline among the first lines of `text`, if any, with its time of day. A text
/// that is nothing but a date has no dateline: the date is what it says, not when it was said.
pub fn detect(text: &str) -> Option<(Date, Option<Time>)> {
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
    lines
        .iter()
        .filter(|line| line.len() <= LONGEST_DATELINE)
        .find_map(|line| {
            let unlabelled = LABEL.find(line).map_or(*line, |m| &line[m.end()..]);
            calendar::parse_publication_moment(unlabelled)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn finds_labelled_and_bare_datelines() {
        let detect = |t: &str| detect(t).map(|(date, _)| date);
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
        let detect = |t: &str| detect(t).map(|(date, _)| date);
        assert_eq!(
            detect("On Aug 28, 2025 the leaders met in the capital to discuss trade."),
            None
        );
        assert_eq!(detect("a\nb\nc\nd\ne\nAug 28, 2025"), None);
        assert_eq!(detect("2015-03-03"), None);
    }
}
