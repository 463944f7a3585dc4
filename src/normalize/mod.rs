//! Normalization: a [`Mention`] and its document become a [`Claim`] with a typed value, a
//! resolved subject and object, and every assumption made on the way.
//!
//! The rule names a value constructor; this module runs it on the captured words: numbers and
//! hedges ([`number`]), dates against the publication date and the sentence's tense ([`date`]),
//! spans of years, and subjects and objects through the gazetteer ([`subject`]).

pub mod date;
pub mod number;
pub mod subject;

use std::collections::BTreeMap;
use std::ops::Range;

use jiff::civil::Date;

use crate::claim::{Claim, Evidence};
use crate::extract::Mention;
use crate::rules::{Constructor, Rule, RuleSet};
use crate::source::Document;
use crate::value::{DateValue, Grain, NumberValue, Value};

pub use subject::DocumentContext;

/// Settings that change how values are read.
#[derive(Clone, Debug)]
pub struct Settings {
    /// How far "about", "around" and "nearly" reach either side, as a fraction: 0.1 is ±10%.
    pub tolerance: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { tolerance: 0.1 }
    }
}

/// The claims of one document.
pub fn normalize(
    document: &Document,
    mentions: &[Mention],
    rules: &RuleSet,
    settings: &Settings,
) -> Vec<Claim> {
    let context = DocumentContext::new(document, rules);
    mentions
        .iter()
        .filter_map(|mention| normalize_mention(&context, mention, settings))
        .collect()
}

fn normalize_mention(
    context: &DocumentContext<'_>,
    mention: &Mention,
    settings: &Settings,
) -> Option<Claim> {
    let document = context.document;
    let rule = &context.rules.rules[mention.rule];
    let spec = &rule.file.value;
    let value_range = mention.capture(&spec.capture)?;
    let sentence = document.sentences[mention.sentence].clone();
    let (value, mut assumptions) =
        build_value(context, rule, value_range.clone(), &sentence, settings);
    let unit = unit_of(context, rule, mention);
    let value = match (value, &unit) {
        (Value::Number(n), Some(unit)) => Value::Number(n.with_unit(Some(unit.clone()))),
        (value, _) => value,
    };
    let role = |spec: &Option<crate::rules::RoleSpec>| {
        spec.as_ref().and_then(|spec| {
            let capture = spec.capture.as_deref().and_then(|c| mention.capture(c));
            context.resolve(spec, capture, mention.range.start, sentence.clone())
        })
    };
    let subject = role(&rule.file.subject);
    let object = role(&rule.file.object);
    if value_needed_reference(&assumptions) {
        if let Some(published) = document.meta.published {
            assumptions.insert(
                0,
                format!(
                    "reference date {published} (publication date, from {})",
                    document.meta.published_from
                ),
            );
        }
    }
    let mut qualifiers = BTreeMap::new();
    if let Some(unit) = unit {
        qualifiers.insert("unit".to_string(), unit);
    }
    let display = match &value {
        Value::Number(n) => NumberValue {
            unit: None,
            ..n.clone()
        }
        .to_string(),
        other => other.to_string(),
    };
    Some(Claim {
        kind: rule.file.kind.clone(),
        subject,
        object,
        qualifiers,
        value,
        display,
        evidence: Evidence {
            source: document.path.clone(),
            span: document.span(mention.range.clone()),
            text: document.quote(mention.range.clone()).to_string(),
            sentence: document.text[sentence].to_string(),
            published: document.meta.published,
        },
        rule: rule.id.clone(),
        assumptions,
    })
}

fn value_needed_reference(assumptions: &[String]) -> bool {
    assumptions.iter().any(|a| a.contains("publication"))
}

fn build_value(
    context: &DocumentContext<'_>,
    rule: &Rule,
    range: Range<usize>,
    sentence: &Range<usize>,
    settings: &Settings,
) -> (Value, Vec<String>) {
    let document = context.document;
    let words = &document.text[range.clone()];
    let unresolved = |reason: String| (Value::Unresolved { reason }, Vec::new());
    match rule.file.value.constructor {
        Constructor::Count => {
            match number::parse_quantity(words, &context.rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unresolved(format!("\"{words}\" is not an amount crosscheck can read")),
            }
        }
        Constructor::Ordinal => match number::parse_ordinal(words) {
            Some(n) => (Value::Number(NumberValue::exact(n)), Vec::new()),
            None => unresolved(format!("\"{words}\" is not an ordinal crosscheck can read")),
        },
        Constructor::DurationYears => {
            match number::parse_years(words, &context.rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unresolved(format!(
                    "\"{words}\" is not a span of years crosscheck can read"
                )),
            }
        }
        Constructor::Date => {
            let sentence_text = &document.text[sentence.clone()];
            let (tense, marker) = date::tense_near(sentence_text, range.start - sentence.start);
            match date::resolve(words, document.meta.published, tense) {
                Ok(resolved) => {
                    let mut notes = resolved.assumptions;
                    let used_tense = notes.iter().any(|n| n.contains("tense"));
                    if let (true, Some(marker)) = (used_tense, marker) {
                        notes.push(format!("tense read from \"{marker}\""));
                    }
                    (Value::Date(resolved.value), notes)
                }
                Err(reason) => unresolved(reason),
            }
        }
        Constructor::YearsBeforeReference => {
            let Some(reference) = document.meta.published else {
                return unresolved(format!(
                    "\"{words}\" counts back from the publication date, and the source has none; give one with --published"
                ));
            };
            match number::parse_years(words, &context.rules.lexicon, settings.tolerance) {
                Some(quantity) => years_before(reference, &quantity.value, words),
                None => unresolved(format!(
                    "\"{words}\" is not a number of years crosscheck can read"
                )),
            }
        }
    }
}

/// The years a number of years before the reference date falls in: "in six years" in 2025 is
/// 2019; "in more than six years" is 2019 or before (bounded at a century).
fn years_before(reference: Date, years: &NumberValue, words: &str) -> (Value, Vec<String>) {
    let year = f64::from(reference.year());
    let latest = years.min.map_or(year, |min| year - min);
    let earliest = years.max.map_or(latest - 100.0, |max| year - max);
    let (first, last) = (earliest.ceil() as i16, latest.floor() as i16);
    let start = Date::new(first, 1, 1);
    let end = Date::new(last.saturating_add(1), 1, 1);
    match (start, end) {
        (Ok(start), Ok(end)) if start < end => (
            Value::Date(DateValue {
                start,
                end,
                grain: Grain::Year,
            }),
            vec![format!(
                "\"{words}\" counted back from the publication year {}",
                reference.year()
            )],
        ),
        _ => (
            Value::Unresolved {
                reason: format!("\"{words}\" before {} is out of range", reference.year()),
            },
            Vec::new(),
        ),
    }
}

/// The unit of a count: the rule's fixed unit, or the captured noun through the lexicon.
fn unit_of(context: &DocumentContext<'_>, rule: &Rule, mention: &Mention) -> Option<String> {
    let spec = &rule.file.value;
    if let Some(unit) = &spec.unit {
        return Some(unit.clone());
    }
    let range = mention.capture(spec.unit_capture.as_deref()?)?;
    let noun = crate::rules::lexicon::collapse_spaces(&context.document.text[range].to_lowercase());
    Some(
        context
            .rules
            .lexicon
            .unit_of(&noun)
            .map(str::to_string)
            .unwrap_or_else(|| noun.trim_end_matches('s').to_string()),
    )
}
