//! Dimensions: every expression of one kind in a text, with its value, the way Duckling's parse
//! API reports them. `crosscheck parse` prints them and the conformance tests measure them, so
//! what the tests measure is what users get.
//!
//! Each dimension is found by one lexicon macro (`dimension_date`, `dimension_number`, …) and read
//! by the same normalizer functions the rules' value constructors use.

use std::ops::Range;

use regex::Regex;

use super::{duration, find_dates, number, read_date, unit, Settings};
use crate::rules::RuleSet;
use crate::source::{Document, Span};
use crate::value::{NumberValue, Value};

/// The kinds of expression `crosscheck parse` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// Dates and times: "September 3rd", "next Wednesday", "3pm".
    Date,
    /// Cardinal numbers: "eleven", "10,000", "1.5 million".
    Number,
    /// Ordinals: "fifth", "11th".
    Ordinal,
    /// Spans of time: "six years", "an hour and a half".
    Duration,
    /// Amounts with a unit of measure: "2 grams", "3 cups of sugar".
    Quantity,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Date,
        Dimension::Number,
        Dimension::Ordinal,
        Dimension::Duration,
        Dimension::Quantity,
    ];

    /// The name on the command line and in the lexicon.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Date => "date",
            Dimension::Number => "number",
            Dimension::Ordinal => "ordinal",
            Dimension::Duration => "duration",
            Dimension::Quantity => "quantity",
        }
    }

    /// The lexicon macro whose matches are this dimension's expressions.
    pub fn macro_name(self) -> String {
        format!("dimension_{}", self.name())
    }
}

/// One expression found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Expression {
    /// The range in the document's plain text.
    pub range: Range<usize>,
    /// Where it is in the original file.
    pub span: Span,
    /// The exact words of the original file.
    pub text: String,
    pub value: Value,
    pub assumptions: Vec<String>,
}

/// Every expression of `dimension` in `document`, in text order, without overlaps.
pub fn parse(
    document: &Document,
    dimension: Dimension,
    rules: &RuleSet,
    settings: &Settings,
) -> Vec<Expression> {
    let Some(scanner) = rules.dimension_scanner(dimension) else {
        return Vec::new();
    };
    let mut expressions = Vec::new();
    for sentence in &document.sentences {
        let text = &document.text[sentence.clone()];
        for found in matches(scanner, text) {
            let range = sentence.start + found.start..sentence.start + found.end;
            if dimension == Dimension::Date {
                // The scanner proposes runs of date words; the date grammar says which parts
                // of a run are dates.
                for (range, value, assumptions) in find_dates(document, range, sentence, settings) {
                    expressions.push(Expression {
                        span: document.span(range.clone()),
                        text: document.quote(range.clone()).to_string(),
                        range,
                        value,
                        assumptions,
                    });
                }
                continue;
            }
            let (value, assumptions) = read(
                document,
                dimension,
                range.clone(),
                sentence,
                rules,
                settings,
            );
            expressions.push(Expression {
                span: document.span(range.clone()),
                text: document.quote(range.clone()).to_string(),
                range,
                value,
                assumptions,
            });
        }
    }
    expressions
}

/// The non-empty matches of the scanner, trimmed of surrounding white space.
fn matches(scanner: &Regex, text: &str) -> Vec<Range<usize>> {
    scanner
        .find_iter(text)
        .filter_map(|m| {
            let slice = m.as_str();
            let leading = slice.len() - slice.trim_start().len();
            let trimmed = slice.trim();
            (!trimmed.is_empty()).then(|| m.start() + leading..m.start() + leading + trimmed.len())
        })
        .collect()
}

fn read(
    document: &Document,
    dimension: Dimension,
    range: Range<usize>,
    sentence: &Range<usize>,
    rules: &RuleSet,
    settings: &Settings,
) -> (Value, Vec<String>) {
    let words = &document.text[range.clone()];
    let unreadable = |what: &str| {
        (
            Value::Unresolved {
                reason: format!("\"{words}\" is not {what} crosscheck can read"),
            },
            Vec::new(),
        )
    };
    match dimension {
        Dimension::Date => read_date(document, range, sentence, settings),
        Dimension::Number => {
            match number::parse_quantity(words, &rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unreadable("a number"),
            }
        }
        Dimension::Ordinal => match number::parse_ordinal(words) {
            Some(n) => (Value::Number(NumberValue::exact(n)), Vec::new()),
            None => unreadable("an ordinal"),
        },
        Dimension::Duration => {
            match duration::parse_duration(words, &rules.lexicon, settings.tolerance) {
                Some(duration) => (
                    Value::Number(
                        duration
                            .amount
                            .with_unit(Some(duration.unit.name().to_string())),
                    ),
                    duration.notes,
                ),
                None => unreadable("a span of time"),
            }
        }
        Dimension::Quantity => {
            match unit::parse_measure(words, &rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unreadable("an amount with a unit"),
            }
        }
    }
}
