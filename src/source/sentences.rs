//! Sentence boundaries in plain text.
//!
//! Rules match within one sentence, so a boundary in the wrong place loses a claim and a missing
//! one can join two unrelated facts. News text breaks at line ends (headlines, bullet points,
//! datelines) as often as at full stops, so both count; a line that continues in lower case is
//! treated as hard-wrapped.

use std::ops::Range;

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col",
    "capt", "sgt", "maj", "adm", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "approx", "est", "fig", "mt", "mtn", "rev",
    "det", "insp", "supt", "cpl",
];

/// The sentences of `text` as byte ranges, trimmed of surrounding white space.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = match bytes[i] {
            b'\n' => line_break_ends_sentence(text, i),
            b'.' | b'!' | b'?' => stop_ends_sentence(text, i),
            _ => None,
        };
        if let Some(end) = boundary {
            push_trimmed(text, start..end, &mut sentences);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

/// Ends the sentence that holds a placeline ("LONDON, March 3 (Reuters) - ") where its prose
/// starts, at `prose`: the place, the date and the agency are no part of what the first
/// sentence says.
pub fn split_off_placeline(text: &str, prose: usize, sentences: &mut Vec<Range<usize>>) {
    let Some(index) = sentences
        .iter()
        .position(|s| s.start < prose && prose < s.end)
    else {
        return;
    };
    let whole = sentences[index].clone();
    let mut parts = Vec::with_capacity(2);
    push_trimmed(text, whole.start..prose, &mut parts);
    push_trimmed(text, prose..whole.end, &mut parts);
    sentences.splice(index..=index, parts);
}

fn push_trimmed(text: &str, range: Range<usize>, sentences: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    if leading + trailing < slice.len() {
        sentences.push(range.start + leading..range.end - trailing);
    }
}

/// A newline ends a sentence unless the next line goes on in lower case.
fn line_break_ends_sentence(text: &str, at: usize) -> Option<usize> {
    let next = text[at + 1..].trim_start_matches([' ', '\t', '\r']);
    match next.chars().next() {
        Some(c) if c.is_lowercase() => None,
        _ => Some(at + 1),
    }
}

/// A full stop, question or exclamation mark ends a sentence when white space and a capital,
/// digit or quote follow, and the word before it is not an abbreviation or an initial.
fn stop_ends_sentence(text: &str, at: usize) -> Option<usize> {
    let mut end = at + 1;
    let rest = &text[end..];
    let closers = rest.len()
        - rest
            .trim_start_matches(['"', '\'', '’', '”', ')', ']'])
            .len();
    end += closers;
    let after = &text[end..];
    let spaced = after.trim_start_matches([' ', '\t']);
    if spaced.len() == after.len() && !after.starts_with(['\n', '\r']) && !after.is_empty() {
        return None;
    }
    let next = spaced.chars().next();
    let starts_sentence =
        next.is_none_or(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'(\n\r".contains(c));
    if !starts_sentence {
        return None;
    }
    if text.as_bytes()[at] == b'.' {
        // The word starts after the separator, which may be wider than a byte (a no-break
        // space).
        let word_start = text[..at]
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &text[word_start..at];
        let last_part = word.rsplit('.').next().unwrap_or(word);
        let is_initial =
            last_part.chars().count() == 1 && last_part.chars().all(|c| c.is_uppercase());
        if is_initial || ABBREVIATIONS.contains(&last_part.to_lowercase().as_str()) {
            return None;
        }
        if is_clock_suffix(word) && names_a_day_or_zone(spaced) {
            return None;
        }
    }
    Some(end)
}

/// Whether `word` (up to its last full stop) is the "a.m."/"p.m." of a time of day.
fn is_clock_suffix(word: &str) -> bool {
    let word = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
    word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")
}

/// Whether `rest` starts with a word that goes on from a time of day: a day of the week, a
/// month or a time zone ("at 11:15 p.m. Monday", "at 9 a.m. EST"). Wire copy puts the day
/// straight after the time, and a capital there does not start a new sentence.
fn names_a_day_or_zone(rest: &str) -> bool {
    const GOES_ON: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "et",
        "est",
        "edt",
        "ct",
        "cst",
        "cdt",
        "mt",
        "mst",
        "mdt",
        "pt",
        "pst",
        "pdt",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "ist",
        "jst",
        "aest",
        "aedt",
    ];
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    // "... at 9 a.m. Wednesday's vote was close": a possessive starts a sentence of its own.
    let possessive = rest[word.len()..].starts_with(['\'', '’']);
    !possessive && GOES_ON.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_stops_and_lines() {
        assert_eq!(
            sentences(
                "Headline here\nThe parade is on Sept. 3 in Beijing. Mr. Kim will attend! Really?"
            ),
            vec![
                "Headline here",
                "The parade is on Sept. 3 in Beijing.",
                "Mr. Kim will attend!",
                "Really?"
            ]
        );
    }

    #[test]
    fn a_no_break_space_before_a_stop_is_one_character() {
        // U+00A0 is two bytes; the word before the stop starts after all of it.
        assert_eq!(
            sentences("Talks with Mr.\u{a0}Kim. Then more. Sept.\u{a0}3 came."),
            vec![
                "Talks with Mr.\u{a0}Kim.",
                "Then more.",
                "Sept.\u{a0}3 came."
            ]
        );
        assert_eq!(sentences("x\u{a0}. Y"), vec!["x\u{a0}.", "Y"]);
    }

    #[test]
    fn keeps_initials_and_wrapped_lines() {
        assert_eq!(
            sentences("The U.S. Army said\nit would help. J. Smith agreed."),
            vec!["The U.S. Army said\nit would help.", "J. Smith agreed."]
        );
    }

    #[test]
    fn titles_and_places_abbreviated_do_not_split() {
        assert_eq!(
            sentences("Climbers left Mt. Rainier at dawn. Det. Insp. Rowe said so. Done."),
            vec![
                "Climbers left Mt. Rainier at dawn.",
                "Det. Insp. Rowe said so.",
                "Done."
            ]
        );
    }

    #[test]
    fn a_time_of_day_goes_on_to_its_day_or_zone() {
        assert_eq!(
            sentences(
                "It hit at 11:15 p.m. Monday. Crews left at 6 a.m. EST and at 9 p.m. Then rain."
            ),
            vec![
                "It hit at 11:15 p.m. Monday.",
                "Crews left at 6 a.m. EST and at 9 p.m.",
                "Then rain."
            ]
        );
        assert_eq!(
            sentences("Polls closed at 8 p.m. Officials began counting. It ended at 9 a.m. Friday's count."),
            vec![
                "Polls closed at 8 p.m.",
                "Officials began counting.",
                "It ended at 9 a.m.",
                "Friday's count."
            ]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            sentences("It rose 1.5 percent."),
            vec!["It rose 1.5 percent."]
        );
    }
}
