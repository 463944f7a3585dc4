//! The reporting period a company or budget figure is for: "fourth-quarter net profit fell 38%"
//! and "for 2025 as a whole, net profit fell 21%" are figures for different periods, which
//! must not be compared, while "the October-December quarter" and "Q4" are one period.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::rules::boundaries::{Haystack, Twin};

/// The period named closest to `range` in `sentence` (a quarter "Q1"–"Q4", a half "H1" or
/// "H2", or "full year"), if the sentence names one.
pub fn reporting_period(sentence: &str, range: Range<usize>) -> Option<&'static str> {
    static PERIOD: LazyLock<Twin> = LazyLock::new(|| {
        Twin::new(
            r"(?ix)
            \b(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b
            | \bQ(?P<q>[1-4])\b
            | \b(?:January|April|July|October)\s*(?:-to-|-|–|to)\s*(?P<quarter_end>March|June|September|December)\b
            | \bthree[-\s]months?\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?(?P<quarter_to>March|June|September|December)\b
            | \b(?P<half>first|second)[-\s]half\b
            | \bH(?P<h>[12])\b
            | \bsix[-\s]months?\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?(?P<half_to>June|December)\b
            | \b(?P<year>full[-\s]year|(?:whole|entire)\s+year|(?:year|\d{4})\s+as\s+a\s+whole|twelve[-\s]months?\s+(?:to|ended|ending))\b
            ",
            Regex::new,
        )
    });
    // Read on the fast engine where it is exact (see `Haystack`); ranges are the sentence's.
    let haystack = Haystack::new(sentence);
    let (regex, read) = PERIOD.for_haystack(&haystack)?;
    // The words between a period and the figure, and how far apart they are.
    let between = |found: &Range<usize>| {
        if found.end <= range.start {
            found.end..range.start
        } else if found.start >= range.end {
            range.end..found.start
        } else {
            range.start..range.start
        }
    };
    // A period in the figure's own clause is its own, the closest first ("fourth-quarter
    // profit fell 38%, while full-year profit fell 21%"). Otherwise the figure takes the
    // period of an earlier clause ("for 2025 as a whole, net profit fell 21%"), never that of
    // a later one, which is another figure's.
    let found: Vec<(bool, bool, usize, &'static str)> = regex
        .captures_iter(read)
        .filter_map(|caps| {
            let place = caps.get(0)?.range();
            let gap = between(&place);
            let same_clause = !sentence[gap.clone()].contains([',', ';', ':', '—', '–']);
            let before = place.end <= range.start;
            Some((same_clause, before, gap.len(), period_of(&caps)?))
        })
        .collect();
    let closest = |wanted: &dyn Fn(bool, bool) -> bool| {
        found
            .iter()
            .filter(|(clause, before, _, _)| wanted(*clause, *before))
            .min_by_key(|(_, _, distance, _)| *distance)
            .map(|(_, _, _, period)| *period)
    };
    closest(&|clause, _| clause).or_else(|| closest(&|_, before| before))
}

fn period_of(caps: &regex::Captures<'_>) -> Option<&'static str> {
    let word = |name: &str| caps.name(name).map(|m| m.as_str().to_lowercase());
    if let Some(ordinal) = word("quarter").or_else(|| word("q")) {
        return match ordinal.as_str() {
            "first" | "1st" | "1" => Some("Q1"),
            "second" | "2nd" | "2" => Some("Q2"),
            "third" | "3rd" | "3" => Some("Q3"),
            _ => Some("Q4"),
        };
    }
    if let Some(month) = word("quarter_end").or_else(|| word("quarter_to")) {
        return match month.as_str() {
            "march" => Some("Q1"),
            "june" => Some("Q2"),
            "september" => Some("Q3"),
            _ => Some("Q4"),
        };
    }
    if let Some(half) = word("half").or_else(|| word("h")) {
        return Some(if half == "first" || half == "1" {
            "H1"
        } else {
            "H2"
        });
    }
    if let Some(month) = word("half_to") {
        return Some(if month == "june" { "H1" } else { "H2" });
    }
    word("year").map(|_| "full year")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(sentence: &str, figure: &str) -> Option<&'static str> {
        let start = sentence
            .find(figure)
            .expect("the figure is in the sentence");
        reporting_period(sentence, start..start + figure.len())
    }

    #[test]
    fn one_period_written_many_ways() {
        for (sentence, figure) in [
            (
                "Fourth-quarter net profit fell 38% to 1.2 billion crowns.",
                "38%",
            ),
            ("Net income in Q4 came to $3bn.", "$3bn"),
            ("Sales in the October-December period fell 9%.", "9%"),
            (
                "Net income for the three months to December was down 38 percent.",
                "38 percent",
            ),
            ("Revenue in the fourth quarter rose 4%.", "4%"),
            (
                "Revenue for the October-to-December quarter was $9bn.",
                "$9bn",
            ),
        ] {
            assert_eq!(period(sentence, figure), Some("Q4"), "{sentence}");
        }
        assert_eq!(period("First-half profit rose 12%.", "12%"), Some("H1"));
        assert_eq!(
            period("Profit for the six months to June rose 12%.", "12%"),
            Some("H1")
        );
        assert_eq!(
            period("For 2025 as a whole, net profit fell 21%.", "21%"),
            Some("full year")
        );
        assert_eq!(
            period("Full-year revenue was flat.", "flat"),
            Some("full year")
        );
    }

    #[test]
    fn the_period_of_the_figures_clause_is_its_own() {
        let sentence = "Fourth-quarter profit fell 38%, while full-year profit fell 21%.";
        assert_eq!(period(sentence, "38%"), Some("Q4"));
        assert_eq!(period(sentence, "21%"), Some("full year"));
        let sentence = "Profit fell 38% in the fourth quarter, and 21% over the full year.";
        assert_eq!(period(sentence, "38%"), Some("Q4"));
        assert_eq!(period(sentence, "21%"), Some("full year"));
        // A later clause's period is another figure's.
        assert_eq!(
            period("Profit fell 5%, but first-half sales rose.", "5%"),
            None
        );
    }

    #[test]
    fn no_period_is_named_where_none_is() {
        assert_eq!(period("Net profit fell 21% to SEK 6.8bn.", "21%"), None);
        // "Quarter" alone is a share, and a year is a date, not a reporting period.
        assert_eq!(period("A quarter of the staff, 25%, will go.", "25%"), None);
        assert_eq!(period("In 2025 the fund grew 7%.", "7%"), None);
    }
}
