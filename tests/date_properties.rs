//! Properties of the date resolver over generated phrases and reference dates: whatever the
//! words and whenever the report was published (1900–2100), resolving never panics, and every
//! date it gives is a well-formed range.

use crosscheck::normalize::date::{find, resolve, DateOptions, Tense};
use jiff::civil::{date, DateTime};
use proptest::prelude::*;

const WEEKDAYS: &[&str] = &[
    "Monday", "tuesday", "Wed", "thu", "Fri.", "Saturday", "Sun", "fridays",
];
const MONTHS: &[&str] = &[
    "January", "Feb", "march", "Apr.", "May", "june", "Jul", "August", "Sept.", "oct", "Nov",
    "December",
];
const RELATIVE: &[&str] = &[
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "now",
    "this weekend",
    "the weekend",
    "next week",
    "last year",
    "earlier this month",
    "later this week",
    "this morning",
    "last night",
    "the day after tomorrow",
    "three days ago",
    "in 2 hours",
    "in a couple of minutes",
    "the last two weeks",
    "next 3 months",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "end of the month",
    "the first Monday of March",
    "3 fridays from now",
    "by the end of the year",
];
const MODIFIERS: &[&str] = &[
    "", "next ", "last ", "this ", "on ", "early ", "mid-", "late ",
];
const TIMES: &[&str] = &[
    "",
    " at 3pm",
    " at 15:30",
    " at noon",
    " morning",
    " 9-11am",
];

fn reference() -> impl Strategy<Value = DateTime> {
    (1900i16..=2100, 1i8..=12, 1i8..=31, 0i8..24, 0i8..60).prop_map(|(y, m, d, h, min)| {
        let day = d.min(date(y, m, 1).days_in_month());
        date(y, m, day).at(h, min, 0, 0)
    })
}

fn pick(words: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    proptest::sample::select(words)
}

fn phrase() -> impl Strategy<Value = String> {
    prop_oneof![
        (pick(MODIFIERS), pick(WEEKDAYS), pick(TIMES)).prop_map(|(m, w, t)| format!("{m}{w}{t}")),
        (pick(MODIFIERS), pick(MONTHS), 0u32..40, 0i32..2200)
            .prop_map(|(m, month, d, y)| format!("{m}{month} {d}, {y}")),
        (0u32..40, pick(MONTHS), pick(TIMES)).prop_map(|(d, m, t)| format!("the {d}th of {m}{t}")),
        (0u32..40, 0u32..40, 0u32..2200, "[/.-]")
            .prop_map(|(a, b, y, sep)| format!("{a}{sep}{b}{sep}{y}")),
        (pick(RELATIVE), pick(TIMES)).prop_map(|(r, t)| format!("{r}{t}")),
        (pick(MONTHS), 0u32..40, 0u32..40).prop_map(|(m, a, b)| format!("from {m} {a} to {b}")),
        "[a-zA-Z0-9 ,./:'@-]{0,24}",
        "[0-9 :/.-]{1,12}(am|pm|h|st|th)?",
    ]
}

fn options() -> impl Strategy<Value = DateOptions> {
    (
        proptest::sample::select(vec![Tense::Past, Tense::Future, Tense::Unknown]),
        any::<bool>(),
    )
        .prop_map(|(tense, day_first)| DateOptions { tense, day_first })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn resolving_never_panics_and_gives_ranges(
        reference in reference(),
        text in phrase(),
        options in options(),
    ) {
        if let Ok(resolved) = resolve(&text, Some(reference), options) {
            prop_assert!(resolved.value.start < resolved.value.end, "{text}: {:?}", resolved.value);
        }
        let _ = resolve(&text, None, options);
        for found in find(&text, 0..text.len(), Some(reference), options) {
            prop_assert!(found.range.end <= text.len());
            if let Ok(resolved) = found.resolved {
                prop_assert!(resolved.value.start < resolved.value.end, "{text}: {:?}", resolved.value);
            }
        }
    }

    #[test]
    fn the_edges_of_the_calendar_are_errors_not_panics(
        text in phrase(),
        options in options(),
        year in prop_oneof![Just(-9999i16), Just(9999i16), 1i16..3],
    ) {
        let reference = date(year, if year > 0 { 12 } else { 1 }, 1).at(23, 59, 0, 0);
        let _ = resolve(&text, Some(reference), options);
        let _ = find(&text, 0..text.len(), Some(reference), options);
    }
}
