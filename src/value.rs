//! Typed claim values and their set semantics.
//!
//! Every value is a set: a number is an interval with open or closed ends, a date is a half-open
//! range of days with the grain it was stated at. Comparing two values is comparing two sets, so
//! precision ("2011" vs "December 2011") and hedging ("over 10,000" vs "12,000") take part in the
//! verdict instead of being lost. This module owns that comparison; it knows nothing of text.

use std::cmp::Ordering;
use std::fmt;

use jiff::civil::Date;
use serde::Serialize;

/// A claim's value, typed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Value {
    Number(NumberValue),
    Date(DateValue),
    /// The expression was recognised but could not be resolved (for example a weekday in a source
    /// with no publication date). It takes no part in comparison.
    Unresolved {
        reason: String,
    },
}

/// A closed, open or half-open interval of real numbers, with an optional unit.
///
/// `None` on either end means unbounded on that side.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberValue {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_inclusive: bool,
    pub max_inclusive: bool,
    pub unit: Option<String>,
}

/// The grain a date was stated at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// A half-open range of calendar days, `[start, end)`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateValue {
    #[serde(serialize_with = "serialize_date")]
    pub start: Date,
    #[serde(serialize_with = "serialize_date")]
    pub end: Date,
    pub grain: Grain,
}

fn serialize_date<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&date.strftime("%Y-%m-%d"))
}

/// How two values relate as sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same set.
    Equal,
    /// The first contains the second: the second is only more precise.
    Contains,
    /// The second contains the first.
    ContainedBy,
    /// They share some range without either containing the other (two hedges).
    Overlap,
    /// No value satisfies both.
    Disjoint,
    /// The values are of different types or units and cannot be compared.
    Incomparable,
}

impl Relation {
    /// Whether this relation is compatible (the claims can both be true).
    pub fn is_compatible(self) -> bool {
        matches!(
            self,
            Relation::Equal | Relation::Contains | Relation::ContainedBy | Relation::Overlap
        )
    }
}

impl NumberValue {
    /// An exact number, `[n, n]`.
    pub fn exact(n: f64) -> Self {
        NumberValue {
            min: Some(n),
            max: Some(n),
            min_inclusive: true,
            max_inclusive: true,
            unit: None,
        }
    }

    /// The closed interval `[min, max]`.
    pub fn closed(min: f64, max: f64) -> Self {
        NumberValue {
            min: Some(min),
            max: Some(max),
            min_inclusive: true,
            max_inclusive: true,
            unit: None,
        }
    }

    pub fn with_unit(mut self, unit: Option<String>) -> Self {
        self.unit = unit;
        self
    }

    /// Whether the interval is a single number.
    pub fn is_exact(&self) -> bool {
        self.min.is_some() && self.min == self.max
    }

    fn lower(&self) -> Bound {
        Bound {
            value: self.min.unwrap_or(f64::NEG_INFINITY),
            inclusive: self.min.is_some() && self.min_inclusive,
        }
    }

    fn upper(&self) -> Bound {
        Bound {
            value: self.max.unwrap_or(f64::INFINITY),
            inclusive: self.max.is_some() && self.max_inclusive,
        }
    }
}

#[derive(Clone, Copy)]
struct Bound {
    value: f64,
    inclusive: bool,
}

/// Orders lower bounds: the smaller one admits more values.
fn cmp_lower(a: Bound, b: Bound) -> Ordering {
    a.value
        .total_cmp(&b.value)
        .then_with(|| b.inclusive.cmp(&a.inclusive))
}

/// Orders upper bounds: the larger one admits more values.
fn cmp_upper(a: Bound, b: Bound) -> Ordering {
    a.value
        .total_cmp(&b.value)
        .then_with(|| a.inclusive.cmp(&b.inclusive))
}

/// Whether the interval with lower bound `lower` and upper bound `upper` holds any number.
fn non_empty(lower: Bound, upper: Bound) -> bool {
    match lower.value.total_cmp(&upper.value) {
        Ordering::Less => true,
        Ordering::Equal => lower.inclusive && upper.inclusive,
        Ordering::Greater => false,
    }
}

fn relate_intervals(a: (Bound, Bound), b: (Bound, Bound)) -> Relation {
    let lower = if cmp_lower(a.0, b.0) == Ordering::Greater {
        a.0
    } else {
        b.0
    };
    let upper = if cmp_upper(a.1, b.1) == Ordering::Less {
        a.1
    } else {
        b.1
    };
    if !non_empty(lower, upper) {
        return Relation::Disjoint;
    }
    let a_lower_wider = cmp_lower(a.0, b.0) != Ordering::Greater;
    let a_upper_wider = cmp_upper(a.1, b.1) != Ordering::Less;
    let b_lower_wider = cmp_lower(b.0, a.0) != Ordering::Greater;
    let b_upper_wider = cmp_upper(b.1, a.1) != Ordering::Less;
    match (
        a_lower_wider && a_upper_wider,
        b_lower_wider && b_upper_wider,
    ) {
        (true, true) => Relation::Equal,
        (true, false) => Relation::Contains,
        (false, true) => Relation::ContainedBy,
        (false, false) => Relation::Overlap,
    }
}

impl Value {
    /// How `self` relates to `other` as sets.
    ///
    /// ```
    /// use crosscheck::value::{NumberValue, Relation, Value};
    /// let over = Value::Number(NumberValue { min: Some(10_000.0), max: None, min_inclusive: false,
    ///     max_inclusive: false, unit: None });
    /// let exact = Value::Number(NumberValue::exact(12_000.0));
    /// assert_eq!(over.relation(&exact), Relation::Contains);
    /// assert_eq!(Value::Number(NumberValue::exact(5.0)).relation(&Value::Number(NumberValue::exact(4.0))),
    ///     Relation::Disjoint);
    /// ```
    pub fn relation(&self, other: &Value) -> Relation {
        match (self, other) {
            (Value::Number(a), Value::Number(b)) => {
                if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
                    return Relation::Incomparable;
                }
                relate_intervals((a.lower(), a.upper()), (b.lower(), b.upper()))
            }
            (Value::Date(a), Value::Date(b)) => {
                let day = |d: Date| Bound {
                    value: day_number(d),
                    inclusive: true,
                };
                let exclusive = |d: Date| Bound {
                    inclusive: false,
                    ..day(d)
                };
                relate_intervals(
                    (day(a.start), exclusive(a.end)),
                    (day(b.start), exclusive(b.end)),
                )
            }
            _ => Relation::Incomparable,
        }
    }

    /// Whether the value takes part in comparison.
    pub fn is_resolved(&self) -> bool {
        !matches!(self, Value::Unresolved { .. })
    }
}

/// Formats a number without a trailing `.0` and with thousands separators.
pub fn format_number(n: f64) -> String {
    if n.is_infinite() {
        return if n > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let negative = n < 0.0;
    let magnitude = n.abs();
    let rounded = (magnitude * 1000.0).round() / 1000.0;
    let whole = rounded.trunc() as u64;
    let fraction = rounded - rounded.trunc();
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if fraction > 0.0 {
        let fraction = format!("{fraction:.3}");
        grouped.push_str(fraction.trim_start_matches('0').trim_end_matches('0'));
    }
    if negative {
        format!("-{grouped}")
    } else {
        grouped
    }
}

impl fmt::Display for NumberValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => format_number(a),
            (Some(a), None) => {
                let op = if self.min_inclusive { "≥" } else { ">" };
                format!("{op} {}", format_number(a))
            }
            (None, Some(b)) => {
                let op = if self.max_inclusive { "≤" } else { "<" };
                format!("{op} {}", format_number(b))
            }
            (Some(a), Some(b)) if self.min_inclusive && self.max_inclusive => {
                format!("{}–{}", format_number(a), format_number(b))
            }
            (Some(a), Some(b)) => {
                let open = if self.min_inclusive { '[' } else { '(' };
                let close = if self.max_inclusive { ']' } else { ')' };
                format!("{open}{}, {}{close}", format_number(a), format_number(b))
            }
            (None, None) => "any number".to_string(),
        };
        match &self.unit {
            Some(unit) => write!(f, "{body} {unit}"),
            None => f.write_str(&body),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let last = self.end.yesterday().unwrap_or(self.end);
        let text = match self.grain {
            Grain::Day if last == self.start => self.start.strftime("%Y-%m-%d").to_string(),
            Grain::Week => format!("week of {}", self.start.strftime("%Y-%m-%d")),
            Grain::Month if is_month_span(self.start, self.end, 1) => {
                self.start.strftime("%Y-%m").to_string()
            }
            Grain::Quarter if is_month_span(self.start, self.end, 3) => {
                format!(
                    "{}-Q{}",
                    self.start.year(),
                    (self.start.month() - 1) / 3 + 1
                )
            }
            Grain::Year if is_month_span(self.start, self.end, 12) => self.start.year().to_string(),
            Grain::Decade => format!("{}s", self.start.year()),
            Grain::Day => format!(
                "{} to {}",
                self.start.strftime("%Y-%m-%d"),
                last.strftime("%Y-%m-%d")
            ),
            _ => format!(
                "{} to {}",
                self.start.strftime("%Y-%m"),
                last.strftime("%Y-%m")
            ),
        };
        f.write_str(&text)
    }
}

/// Days since 0001-01-01, as a number for interval arithmetic.
fn day_number(date: Date) -> f64 {
    date.duration_since(Date::constant(1, 1, 1)).as_secs() as f64 / 86_400.0
}

fn is_month_span(start: Date, end: Date, months: i8) -> bool {
    start.day() == 1
        && (months != 12 || start.month() == 1)
        && start
            .checked_add(jiff::Span::new().months(months))
            .is_ok_and(|expected| expected == end)
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => n.fmt(f),
            Value::Date(d) => d.fmt(f),
            Value::Unresolved { reason } => write!(f, "unresolved ({reason})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn open_above(n: f64) -> Value {
        Value::Number(NumberValue {
            min: Some(n),
            max: None,
            min_inclusive: false,
            max_inclusive: false,
            unit: None,
        })
    }

    fn range(a: f64, b: f64) -> Value {
        Value::Number(NumberValue::closed(a, b))
    }

    fn days(start: Date, end: Date, grain: Grain) -> Value {
        Value::Date(DateValue { start, end, grain })
    }

    #[test]
    fn exact_numbers_are_equal_or_disjoint() {
        let five = Value::Number(NumberValue::exact(5.0));
        let four = Value::Number(NumberValue::exact(4.0));
        assert_eq!(five.relation(&five.clone()), Relation::Equal);
        assert_eq!(five.relation(&four), Relation::Disjoint);
    }

    #[test]
    fn lower_bounds_never_conflict() {
        assert_eq!(
            open_above(1300.0).relation(&open_above(5000.0)),
            Relation::Contains
        );
        assert_eq!(
            open_above(100.0).relation(&range(90.0, 110.0)),
            Relation::Overlap
        );
    }

    #[test]
    fn open_bound_excludes_its_endpoint() {
        assert_eq!(
            open_above(10.0).relation(&Value::Number(NumberValue::exact(10.0))),
            Relation::Disjoint
        );
        assert_eq!(
            range(5.0, 10.0).relation(&range(10.0, 12.0)),
            Relation::Overlap
        );
    }

    #[test]
    fn units_must_match() {
        let soldiers = Value::Number(NumberValue::exact(5.0).with_unit(Some("soldier".into())));
        let tanks = Value::Number(NumberValue::exact(5.0).with_unit(Some("tank".into())));
        assert_eq!(soldiers.relation(&tanks), Relation::Incomparable);
    }

    #[test]
    fn month_inside_year() {
        let year = days(date(2011, 1, 1), date(2012, 1, 1), Grain::Year);
        let december = days(date(2011, 12, 1), date(2012, 1, 1), Grain::Month);
        assert_eq!(year.relation(&december), Relation::Contains);
        let next_year = days(date(2012, 1, 1), date(2013, 1, 1), Grain::Year);
        assert_eq!(december.relation(&next_year), Relation::Disjoint);
    }

    #[test]
    fn display_is_readable() {
        assert_eq!(open_above(10_000.0).to_string(), "> 10,000");
        assert_eq!(range(90.0, 110.0).to_string(), "90–110");
        assert_eq!(
            Value::Number(NumberValue::exact(1.5e6)).to_string(),
            "1,500,000"
        );
        assert_eq!(Value::Number(NumberValue::exact(0.25)).to_string(), "0.25");
        assert_eq!(
            days(date(2011, 12, 1), date(2012, 1, 1), Grain::Month).to_string(),
            "2011-12"
        );
        assert_eq!(
            days(date(2019, 1, 1), date(2020, 1, 1), Grain::Year).to_string(),
            "2019"
        );
        assert_eq!(
            days(date(2011, 9, 1), date(2012, 1, 1), Grain::Month).to_string(),
            "2011-09 to 2011-12"
        );
        assert_eq!(
            days(date(2025, 9, 3), date(2025, 9, 4), Grain::Day).to_string(),
            "2025-09-03"
        );
    }
}
