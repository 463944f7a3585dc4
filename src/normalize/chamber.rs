//! The size of the body a seat count is of: "29 seats" on "the 61-seat city council" and "34 of
//! the 150 seats in the National Assembly" are counts in different chambers, which must not be
//! compared, while "the 61-member council" and "the 61-seat council" are one.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// How many seats the chamber has that the seat count at `range` in `sentence` is of: the size
/// written closest to the count ("of the 150 seats", "the 61-seat council", "the 61-member
/// assembly"), if the sentence gives one.
pub fn chamber_size(sentence: &str, range: Range<usize>) -> Option<u32> {
    static SIZE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)
            \b(?:of|out\s+of)\s+(?:the\s+|a\s+total\s+of\s+)?(?P<of>\d{1,4})(?:\s+[\w-]+)?\s+seats\b
            | \b(?P<sized>\d{1,4})[-\s](?:seat|member|strong)\s+(?:[\w-]+\s+){0,2}?(?:council|parliament|assembly|chamber|legislature|house|senate|congress|diet|duma|bundestag|knesset|sejm|cortes|majlis)\b
            ",
        )
        .ok()
    });
    let regex = SIZE.as_ref()?;
    regex
        .captures_iter(sentence)
        .filter_map(|caps| {
            let place = caps.get(0)?.range();
            let distance = if place.end <= range.start {
                range.start - place.end
            } else {
                place.start.saturating_sub(range.end)
            };
            let size = caps.name("of").or_else(|| caps.name("sized"))?;
            Some((distance, size.as_str().parse::<u32>().ok()?))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, size)| size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(sentence: &str, count: &str) -> Option<u32> {
        let start = sentence.find(count).expect("the count is in the sentence");
        chamber_size(sentence, start..start + count.len())
    }

    #[test]
    fn a_chamber_written_many_ways() {
        assert_eq!(size("Venstre won 56 of the 179 seats.", "56"), Some(179));
        assert_eq!(
            size(
                "In the vote for the 61-seat city council, the CRP won 29 seats.",
                "29 seats"
            ),
            Some(61)
        );
        assert_eq!(
            size(
                "The party has a majority on the 61-member city council, taking 31 seats.",
                "31"
            ),
            Some(61)
        );
        assert_eq!(
            size(
                "It holds 12 seats in the 450-strong lower house.",
                "12 seats"
            ),
            Some(450)
        );
        assert_eq!(size("The Greens took 14 seats.", "14"), None);
    }

    #[test]
    fn the_closest_size_is_the_counts_own() {
        let sentence = "The party won 29 of the 61 council seats but holds only 34 of the 150 seats in parliament.";
        assert_eq!(size(sentence, "29"), Some(61));
        assert_eq!(size(sentence, "34"), Some(150));
    }
}
