//! Properties of number reading: a number written in words and the same number in digits read
//! alike, across the range news uses, in every common spelling; and no text, however odd, makes
//! a reader or a scanner panic.

use std::sync::LazyLock;

use crosscheck::normalize::dimension::{self, Dimension};
use crosscheck::normalize::{duration, number, unit, Settings};
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Format, LoadOptions};
use crosscheck::value::NumberValue;
use proptest::prelude::*;

static RULES: LazyLock<RuleSet> =
    LazyLock::new(|| RuleSet::builtin().expect("the built-in rules load"));

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// How a writer spells a number out.
#[derive(Clone, Copy, Debug)]
struct Spelling {
    /// "one hundred and five" (British) or "one hundred five".
    and_after_hundred: bool,
    /// "twenty-one" or "twenty one".
    hyphen: bool,
    /// "Twenty-One Thousand" or "twenty-one thousand".
    title_case: bool,
}

fn below_thousand(n: u64, spelling: Spelling) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let mut words = Vec::new();
    if hundreds > 0 {
        words.push(format!("{} hundred", ONES[hundreds as usize]));
        if rest > 0 && spelling.and_after_hundred {
            words.push("and".to_string());
        }
    }
    if rest >= 20 {
        let (tens, ones) = (TENS[(rest / 10) as usize], rest % 10);
        words.push(match (ones, spelling.hyphen) {
            (0, _) => tens.to_string(),
            (_, true) => format!("{tens}-{}", ONES[ones as usize]),
            (_, false) => format!("{tens} {}", ONES[ones as usize]),
        });
    } else if rest > 0 {
        words.push(ONES[rest as usize].to_string());
    }
    words.join(" ")
}

/// `n` in English words: 7,021,105 is "seven million twenty-one thousand one hundred and five".
fn in_words(n: u64, spelling: Spelling) -> String {
    if n == 0 {
        return "zero".into();
    }
    let mut groups = Vec::new();
    for (scale, name) in [(1_000_000, "million"), (1_000, "thousand"), (1, "")] {
        let group = (n / scale) % 1000;
        if group > 0 {
            let words = below_thousand(group, spelling);
            groups.push(if name.is_empty() {
                words
            } else {
                format!("{words} {name}")
            });
        }
    }
    let text = groups.join(" ");
    if spelling.title_case {
        text.split(' ')
            .map(|w| {
                let mut chars = w.chars();
                chars.next().map_or(String::new(), |c| {
                    c.to_uppercase().collect::<String>() + chars.as_str()
                })
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text
    }
}

/// `n` with thousands separators: "7,021,105".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn spelling() -> impl Strategy<Value = Spelling> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(and_after_hundred, hyphen, title_case)| Spelling {
            and_after_hundred,
            hyphen,
            title_case,
        },
    )
}

/// Words that make numbers, amounts and units, run together at random: the grammar's corners.
fn number_ish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "one",
        "twenty",
        "-",
        "and",
        "a",
        "half",
        "quarter",
        "point",
        "thousand",
        "million",
        "lakh",
        "dozen",
        "dozens",
        "of",
        "5",
        "1,000",
        ".5",
        "3/4",
        "%",
        "$",
        "€",
        "km",
        "kg",
        "hours",
        "minutes",
        "'",
        "\"",
        "between",
        "to",
        "from",
        "about",
        "over",
        "or more",
        "+",
        "minus",
        "-odd",
        "first",
        "twenty-first",
        "several",
        "few",
        "years",
        "months",
        "and a half",
        "bn",
        "0",
        "/",
        "—",
        "per cent",
        "basis points",
        "US$",
        "k",
        "m",
    ]);
    prop::collection::vec(words, 0..8).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn words_and_digits_read_alike(n in 0u64..10_000_000, spelling in spelling()) {
        let words = in_words(n, spelling);
        let expected = Some(n as f64);
        prop_assert_eq!(number::parse_number(&words), expected, "{}", words);
        prop_assert_eq!(number::parse_number(&n.to_string()), expected);
        prop_assert_eq!(number::parse_number(&grouped(n)), expected);
        let quantity = number::parse_quantity(&words, &RULES.lexicon, 0.1).map(|q| q.value);
        prop_assert_eq!(quantity, Some(NumberValue::exact(n as f64)), "{}", words);
    }

    #[test]
    fn scaled_digits_and_words_read_alike(n in 1u64..1000, scale in 0usize..3) {
        let (name, factor) = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9)][scale];
        let expected = Some(n as f64 * factor);
        let words = format!("{} {name}", in_words(n, Spelling { and_after_hundred: true, hyphen: true, title_case: false }));
        prop_assert_eq!(number::parse_number(&words), expected, "{}", words);
        prop_assert_eq!(number::parse_number(&format!("{n} {name}")), expected);
    }

    #[test]
    fn ordinals_in_words_and_digits_read_alike(n in 1u64..1000) {
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        prop_assert_eq!(number::parse_ordinal(&format!("{n}{suffix}")), Some(n as f64));
    }

    #[test]
    fn readers_never_panic(text in any::<String>()) {
        read_everything(&text);
    }

    #[test]
    fn readers_never_panic_on_number_words(text in number_ish()) {
        read_everything(&text);
    }
}

/// Every reader and every dimension scanner over `text`; only a panic fails.
fn read_everything(text: &str) {
    let lexicon = &RULES.lexicon;
    let _ = number::parse_number(text);
    let _ = number::parse_ordinal(text);
    let _ = number::parse_quantity(text, lexicon, 0.1);
    let _ = duration::parse_duration(text, lexicon, 0.1);
    let _ = duration::parse_years(text, lexicon, 0.1);
    let _ = unit::parse_measure(text, lexicon, 0.1);
    let _ = unit::parse_money(text, lexicon, 0.1);
    let _ = unit::parse_percent(text, lexicon, 0.1);
    let Ok(document) = Document::parse(
        "prop",
        text.to_string(),
        Format::Text,
        &LoadOptions::default(),
    ) else {
        return;
    };
    for dimension in [
        Dimension::Number,
        Dimension::Ordinal,
        Dimension::Duration,
        Dimension::Quantity,
    ] {
        let _ = dimension::parse(&document, dimension, &RULES, &Settings::default());
    }
}

#[test]
fn the_generator_spells_as_writers_do() {
    let british = Spelling {
        and_after_hundred: true,
        hyphen: true,
        title_case: false,
    };
    assert_eq!(
        in_words(7_021_105, british),
        "seven million twenty-one thousand one hundred and five"
    );
    let plain = Spelling {
        and_after_hundred: false,
        hyphen: false,
        title_case: true,
    };
    assert_eq!(in_words(340, plain), "Three Hundred Forty");
    assert_eq!(grouped(7_021_105), "7,021,105");
}
