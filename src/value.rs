//! Typed claim values and their set semantics.
//!
//! Every value is a set: a number is an interval with open or closed ends, a date is a half-open
//! range of days with the grain it was stated at. Comparing two values is comparing two sets, so
//! precision ("2011" vs "December 2011") and hedging ("over 10,000" vs "12,000") take part in the
//! verdict instead of being lost. This module owns that comparison; it knows nothing of text.

use std::cmp::Ordering;
use std::fmt;

use jiff::civil::{Date, DateTime};
use serde::Serialize;

/// A claim's value, typed. Its JSON form is written by `report::json`.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(NumberValue),
    Date(DateValue),
    /// A result: the higher and the lower score, whoever had which ("2-1", "1-2"); a score of
    /// points may have a half ("6½–3½", a drawn chess game's half point).
    Score {
        high: f64,
        low: f64,
    },
    /// A day of the year with no year: "March 3" in a report that gives no publication date to
    /// supply one. It stands for that day in every year, so it meets a dated "2026-03-03" and
    /// is set against "4 March" or "2026-03-04".
    MonthDay {
        month: i8,
        day: i8,
    },
    /// The expression was recognised but could not be resolved (for example a weekday in a source
    /// with no publication date). It takes no part in comparison.
    Unresolved {
        reason: String,
    },
}

/// A closed, open or half-open interval of real numbers, with an optional unit.
///
/// `None` on either end means unbounded on that side.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberValue {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_inclusive: bool,
    pub max_inclusive: bool,
    pub unit: Option<String>,
    /// The figure an estimate was written around, when the interval is that figure's
    /// tolerance: "about 45,000" is 40,500 to 49,500 around 45,000, "nearly 700" is 630 to
    /// 700 below 700. `None` for an exact number, a bound, a range said as one ("between 5 and
    /// 10", "dozens") and anything worked out from one.
    pub figure: Option<f64>,
}

/// The grain a date or time was stated at, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// A half-open range of civil time, `[start, end)`, with the grain it was stated at. Dates
/// ("3 September", "2011") start and end at midnight; times of day ("3pm") have finer grains.
#[derive(Clone, Debug, PartialEq)]
pub struct DateValue {
    pub start: DateTime,
    pub end: DateTime,
    pub grain: Grain,
}

impl DateValue {
    /// The range from `start` to `end` (exclusive); dates stand for their midnight.
    pub fn new(start: impl Into<DateTime>, end: impl Into<DateTime>, grain: Grain) -> Self {
        DateValue {
            start: start.into(),
            end: end.into(),
            grain,
        }
    }

    /// The first day of the range.
    pub fn start_date(&self) -> Date {
        self.start.date()
    }

    /// The day after the range, or its last day's midnight when it ends at one.
    pub fn end_date(&self) -> Date {
        self.end.date()
    }

    /// A bound as the reports write it: a date at day grain and coarser, a date and time finer.
    pub fn format_bound(&self, bound: DateTime) -> String {
        if self.grain >= Grain::Day {
            bound.date().strftime("%Y-%m-%d").to_string()
        } else {
            bound.strftime("%Y-%m-%dT%H:%M:%S").to_string()
        }
    }
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
    /// No value satisfies both; or two estimates whose intervals touch but where neither
    /// figure lies in the other's interval ("about 45,000" and "around 52,000").
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
            figure: None,
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
            figure: None,
        }
    }

    /// Whether `n` lies in the interval or on one of its ends.
    fn reaches(&self, n: f64) -> bool {
        self.min.is_none_or(|min| min <= n) && self.max.is_none_or(|max| n <= max)
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

/// Whether two number values whose intervals touch are still two different figures: two
/// estimates ("about 45,000" and "around 52,000": 40,500 to 49,500 and 46,800 to 57,200)
/// where neither figure lies in the other's interval, or an estimate and a bound that leaves
/// its figure out ("some 460" and "more than 500"). An estimate's tolerance says how far its
/// own figure may be off, not that any figure within it was said: "about 100" and "about 108"
/// agree, "about 100" and "about 115" do not, and "about 100" still meets "over 100".
fn estimates_apart(a: &NumberValue, b: &NumberValue) -> bool {
    let bound = |n: &NumberValue| n.figure.is_none() && (n.min.is_none() != n.max.is_none());
    match (a.figure, b.figure) {
        (Some(x), Some(y)) => !b.reaches(x) && !a.reaches(y),
        (Some(x), None) if bound(b) => !b.reaches(x),
        (None, Some(y)) if bound(a) => !a.reaches(y),
        _ => false,
    }
}

impl Value {
    /// How `self` relates to `other` as sets.
    ///
    /// ```
    /// use crosscheck::value::{NumberValue, Relation, Value};
    /// let over = Value::Number(NumberValue { min: Some(10_000.0), max: None, min_inclusive: false,
    ///     max_inclusive: false, unit: None, figure: None });
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
                match relate_intervals((a.lower(), a.upper()), (b.lower(), b.upper())) {
                    Relation::Overlap if estimates_apart(a, b) => Relation::Disjoint,
                    relation => relation,
                }
            }
            (Value::Score { high: h1, low: l1 }, Value::Score { high: h2, low: l2 }) => {
                if (h1, l1) == (h2, l2) {
                    Relation::Equal
                } else {
                    Relation::Disjoint
                }
            }
            (Value::Date(a), Value::Date(b)) => {
                let at = |t: DateTime| Bound {
                    value: seconds(t),
                    inclusive: true,
                };
                let exclusive = |t: DateTime| Bound {
                    inclusive: false,
                    ..at(t)
                };
                relate_intervals(
                    (at(a.start), exclusive(a.end)),
                    (at(b.start), exclusive(b.end)),
                )
            }
            (Value::MonthDay { month, day }, Value::MonthDay { month: m, day: d }) => {
                if (month, day) == (m, d) {
                    Relation::Equal
                } else {
                    Relation::Disjoint
                }
            }
            (&Value::MonthDay { month, day }, Value::Date(date)) => {
                month_day_and_date(month, day, date)
            }
            (Value::Date(date), &Value::MonthDay { month, day }) => {
                match month_day_and_date(month, day, date) {
                    Relation::Contains => Relation::ContainedBy,
                    relation => relation,
                }
            }
            _ => Relation::Incomparable,
        }
    }

    /// Whether `self` and `other` are set apart only as estimates: their intervals share some
    /// range, but neither figure lies in the other's (see [`Relation::Disjoint`]).
    pub fn apart_as_estimates(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Number(a), Value::Number(b)) => {
                relate_intervals((a.lower(), a.upper()), (b.lower(), b.upper()))
                    == Relation::Overlap
                    && estimates_apart(a, b)
            }
            _ => false,
        }
    }

    /// The figure an estimate was written around, with its unit where `shown` (the value as
    /// a claim shows it) gives one ("45,000 USD", but "460" for a count of trains); `None` for
    /// a value that is no estimate.
    pub fn figure_shown(&self, shown: &str) -> Option<String> {
        let Value::Number(n) = self else {
            return None;
        };
        let figure = n.figure?;
        let bare = NumberValue::exact(figure).to_string();
        let with_unit = NumberValue::exact(figure)
            .with_unit(n.unit.clone())
            .to_string();
        let unit = with_unit.strip_prefix(&bare).unwrap_or("");
        Some(if !unit.is_empty() && shown.contains(unit) {
            with_unit
        } else {
            bare
        })
    }

    /// Whether the value takes part in comparison.
    pub fn is_resolved(&self) -> bool {
        !matches!(self, Value::Unresolved { .. })
    }
}

/// How the day `month`/`day` of every year relates to `date`: it contains a date within one such
/// day, shares some days with a longer date that holds one, and has nothing in common with a
/// date that holds none.
fn month_day_and_date(month: i8, day: i8, date: &DateValue) -> Relation {
    let first = date.start.date();
    // The last day the range touches: a range ending at a midnight ends the day before.
    let last = if date.end.time() == jiff::civil::Time::midnight() {
        date.end.date().yesterday().unwrap_or(first)
    } else {
        date.end.date()
    };
    let holds = |year: i16| {
        Date::new(year, month, day).is_ok_and(|candidate| first <= candidate && candidate <= last)
    };
    if !(first.year()..=last.year()).any(holds) {
        Relation::Disjoint
    } else if first == last || last < first {
        Relation::Contains
    } else {
        Relation::Overlap
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

/// A unit a value may be shown in: the smallest magnitude it is shown from, its name, and its
/// size in the base unit.
type Scale = (f64, &'static str, f64);

/// The units a measure is shown in, by the base unit it is kept in: for each, the smallest
/// magnitude it is shown from, its name, and its size in the base unit, largest first.
///
/// Values compare in their base unit ("12,400 hectares" and "124 square kilometres" are both
/// 124,000,000 square metres), but a reader checks them against what the reports wrote, which
/// is never "124,000,000 square metre" or "0.212 metre" of rain. A value is shown in the unit a
/// report would use at its size, the same one for both ends of a range.
const READABLE_UNITS: &[(&str, &[Scale])] = &[
    (
        "metre",
        &[
            (1_000.0, "km", 1_000.0),
            (1.0, "m", 1.0),
            (0.0, "mm", 0.001),
        ],
    ),
    (
        "square metre",
        &[
            (1e9, "km²", 1e6),
            (10_000.0, "hectares", 10_000.0),
            (0.0, "m²", 1.0),
        ],
    ),
    (
        "gram",
        &[
            (1e6, "tonnes", 1e6),
            (1_000.0, "kg", 1_000.0),
            (1.0, "g", 1.0),
            (0.0, "mg", 0.001),
        ],
    ),
    ("litre", &[(1.0, "litres", 1.0), (0.0, "ml", 0.001)]),
    (
        "watt",
        &[
            (1e9, "GW", 1e9),
            (1e6, "MW", 1e6),
            (1_000.0, "kW", 1_000.0),
            (0.0, "W", 1.0),
        ],
    ),
    ("degree Celsius", &[(f64::NEG_INFINITY, "°C", 1.0)]),
    (
        "part per billion",
        &[(1_000.0, "ppm", 1_000.0), (0.0, "ppb", 1.0)],
    ),
    (
        "byte",
        &[
            (1e15, "PB", 1e15),
            (1e12, "TB", 1e12),
            (1e9, "GB", 1e9),
            (1e6, "MB", 1e6),
            (1_000.0, "KB", 1_000.0),
            (0.0, "bytes", 1.0),
        ],
    ),
];

impl NumberValue {
    /// The unit the value is shown in and its size in the value's own unit (see
    /// [`READABLE_UNITS`]); the value's own unit, of size 1, where none is listed.
    fn readable_unit(&self) -> Option<(&str, f64)> {
        let unit = self.unit.as_deref()?;
        let Some((_, scales)) = READABLE_UNITS.iter().find(|(base, _)| *base == unit) else {
            return Some((unit, 1.0));
        };
        // Both ends of a range are shown in one unit: the larger end's, or the next smaller
        // unit where the other end would be less than one ("603.5–1,006 m", not "0.604–1.006
        // km").
        let ends: Vec<f64> = [self.min, self.max]
            .into_iter()
            .flatten()
            .filter(|n| n.is_finite() && *n != 0.0)
            .map(f64::abs)
            .collect();
        let largest = ends.iter().copied().fold(0.0, f64::max);
        let smallest = ends.iter().copied().fold(largest, f64::min);
        let mut at = scales
            .iter()
            .position(|(from, _, _)| largest >= *from)
            .unwrap_or(scales.len() - 1);
        if smallest / scales[at].2 < 1.0 && at + 1 < scales.len() {
            at += 1;
        }
        let (_, name, size) = scales[at];
        Some((name, size))
    }
}

impl fmt::Display for NumberValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.unit.as_deref() == Some(crate::normalize::clock::TIME_OF_DAY) {
            return f.write_str(&crate::normalize::clock::format_clock(self));
        }
        let unit = self.readable_unit();
        let size = unit.map_or(1.0, |(_, size)| size);
        let format_number = |n: f64| format_number(n / size);
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
        match unit {
            Some((unit, _)) => write!(f, "{body} {unit}"),
            None => f.write_str(&body),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.grain < Grain::Day {
            return self.fmt_time(f);
        }
        let (start, end) = (self.start_date(), self.end_date());
        let last = end.yesterday().unwrap_or(end);
        let text = match self.grain {
            Grain::Day if last == start => start.strftime("%Y-%m-%d").to_string(),
            Grain::Week if (end - start).get_days() == 7 => {
                format!("week of {}", start.strftime("%Y-%m-%d"))
            }
            Grain::Week => format!(
                "{} to {}",
                start.strftime("%Y-%m-%d"),
                last.strftime("%Y-%m-%d")
            ),
            Grain::Month if is_month_span(start, end, 1) => start.strftime("%Y-%m").to_string(),
            Grain::Quarter if is_month_span(start, end, 3) => {
                format!("{}-Q{}", start.year(), (start.month() - 1) / 3 + 1)
            }
            Grain::Year if is_month_span(start, end, 12) => start.year().to_string(),
            Grain::Decade => format!("{}s", start.year()),
            Grain::Day => format!(
                "{} to {}",
                start.strftime("%Y-%m-%d"),
                last.strftime("%Y-%m-%d")
            ),
            _ => format!("{} to {}", start.strftime("%Y-%m"), last.strftime("%Y-%m")),
        };
        f.write_str(&text)
    }
}

impl DateValue {
    fn fmt_time(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pattern = match self.grain {
            Grain::Second => "%Y-%m-%d %H:%M:%S",
            _ => "%Y-%m-%d %H:%M",
        };
        let one = match self.grain {
            Grain::Second => jiff::Span::new().seconds(1),
            Grain::Minute => jiff::Span::new().minutes(1),
            _ => jiff::Span::new().hours(1),
        };
        let single = self.start.checked_add(one).is_ok_and(|t| t == self.end);
        if single {
            write!(f, "{}", self.start.strftime(pattern))
        } else {
            write!(
                f,
                "{} to {}",
                self.start.strftime(pattern),
                self.end.strftime(pattern)
            )
        }
    }
}

/// Seconds since 0001-01-01T00:00, as a number for interval arithmetic.
fn seconds(time: DateTime) -> f64 {
    time.duration_since(DateTime::constant(1, 1, 1, 0, 0, 0, 0))
        .as_secs() as f64
}

fn is_month_span(start: Date, end: Date, months: i8) -> bool {
    start.day() == 1
        && (months != 12 || start.month() == 1)
        && start
            .checked_add(jiff::Span::new().months(months))
            .is_ok_and(|expected| expected == end)
}

/// A score's points as a results table writes them: "7", "7½".
fn points(n: f64) -> String {
    if n.fract() == 0.5 {
        let whole = n.trunc();
        if whole == 0.0 {
            "½".to_string()
        } else {
            format!("{whole}½")
        }
    } else {
        n.to_string()
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => n.fmt(f),
            Value::Date(d) => d.fmt(f),
            Value::Score { high, low } => write!(f, "{}–{}", points(*high), points(*low)),
            Value::MonthDay { month, day } => write!(
                f,
                "{} {day}, year not given",
                crate::calendar::month_name(*month)
            ),
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
            figure: None,
        })
    }

    fn range(a: f64, b: f64) -> Value {
        Value::Number(NumberValue::closed(a, b))
    }

    fn days(start: Date, end: Date, grain: Grain) -> Value {
        Value::Date(DateValue::new(start, end, grain))
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

    /// An estimate: `figure` give or take a tenth, as "about" reads it.
    fn about(figure: f64) -> Value {
        Value::Number(NumberValue {
            figure: Some(figure),
            ..NumberValue::closed(figure * 0.9, figure * 1.1)
        })
    }

    #[test]
    fn two_estimates_agree_only_when_one_figure_lies_in_the_others_range() {
        assert_eq!(about(100.0).relation(&about(108.0)), Relation::Overlap);
        assert_eq!(
            about(45_000.0).relation(&about(52_000.0)),
            Relation::Disjoint
        );
        assert!(about(45_000.0).apart_as_estimates(&about(52_000.0)));
        // The same ranges said as ranges keep their whole range.
        let said = |min: f64, max: f64| Value::Number(NumberValue::closed(min, max));
        assert_eq!(
            said(40_500.0, 49_500.0).relation(&said(46_800.0, 57_200.0)),
            Relation::Overlap
        );
        // An estimate against a bound: the bound must leave room for the figure.
        assert_eq!(about(100.0).relation(&open_above(100.0)), Relation::Overlap);
        assert_eq!(
            about(460.0).relation(&open_above(500.0)),
            Relation::Disjoint
        );
        assert!(!about(100.0).apart_as_estimates(&about(108.0)));
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
    fn measures_show_in_the_unit_a_report_would_use_at_their_size() {
        let shown = |min: f64, max: f64, unit: &str| {
            NumberValue::closed(min, max)
                .with_unit(Some(unit.into()))
                .to_string()
        };
        assert_eq!(shown(124e6, 124e6, "square metre"), "12,400 hectares");
        assert_eq!(shown(2.5e9, 2.5e9, "square metre"), "2,500 km²");
        assert_eq!(shown(450.0, 450.0, "square metre"), "450 m²");
        assert_eq!(shown(0.212, 0.212, "metre"), "212 mm");
        assert_eq!(shown(36_000.0, 44_000.0, "metre"), "36–44 km");
        // The low end would be below one kilometre: both ends in metres.
        assert_eq!(shown(603.5, 1_006.0, "metre"), "603.5–1,006 m");
        assert_eq!(shown(980_000.0, 980_000.0, "gram"), "980 kg");
        assert_eq!(shown(1.5e12, 1.5e12, "byte"), "1.5 TB");
        assert_eq!(shown(290.0, 290.0, "part per billion"), "290 ppb");
        assert_eq!(shown(1_500.0, 1_500.0, "part per billion"), "1.5 ppm");
        assert_eq!(shown(1.35e12, 1.65e12, "byte"), "1.35–1.65 TB");
        assert_eq!(shown(3.15e13, 3.15e13, "gram"), "31,500,000 tonnes");
        assert_eq!(shown(61.2e9, 61.2e9, "watt"), "61.2 GW");
        assert_eq!(shown(-6.5, -6.5, "degree Celsius"), "-6.5 °C");
        // Units without a table, and open ends, as before.
        assert_eq!(shown(5.0, 5.0, "soldier"), "5 soldier");
        let above = NumberValue {
            min: Some(2e7),
            max: None,
            min_inclusive: false,
            max_inclusive: false,
            unit: Some("square metre".into()),
            figure: None,
        };
        assert_eq!(above.to_string(), "> 2,000 hectares");
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
    fn a_day_without_a_year_meets_that_day_of_any_year() {
        let march_3 = Value::MonthDay { month: 3, day: 3 };
        let march_4 = Value::MonthDay { month: 3, day: 4 };
        assert_eq!(march_3.relation(&march_3.clone()), Relation::Equal);
        assert_eq!(march_3.relation(&march_4), Relation::Disjoint);
        // One day of one year is one of its instances, whichever side it is on.
        let dated = days(date(2031, 3, 3), date(2031, 3, 4), Grain::Day);
        assert_eq!(march_3.relation(&dated), Relation::Contains);
        assert_eq!(dated.relation(&march_3), Relation::ContainedBy);
        assert_eq!(march_4.relation(&dated), Relation::Disjoint);
        // A month or a year that holds the day shares it; one that does not has nothing in common.
        let march = days(date(2031, 3, 1), date(2031, 4, 1), Grain::Month);
        let april = days(date(2031, 4, 1), date(2031, 5, 1), Grain::Month);
        assert_eq!(march_3.relation(&march), Relation::Overlap);
        assert_eq!(march_3.relation(&april), Relation::Disjoint);
        // A span across the new year is read through its last day.
        let winter = days(date(2030, 12, 20), date(2031, 1, 10), Grain::Day);
        let new_year = Value::MonthDay { month: 1, day: 2 };
        assert_eq!(new_year.relation(&winter), Relation::Overlap);
        // 29 February exists only in leap years.
        let leap_day = Value::MonthDay { month: 2, day: 29 };
        let february = days(date(2031, 2, 1), date(2031, 3, 1), Grain::Month);
        assert_eq!(leap_day.relation(&february), Relation::Disjoint);
        assert_eq!(march_3.to_string(), "March 3, year not given");
        assert_eq!(march_3.relation(&range(3.0, 3.0)), Relation::Incomparable);
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
        assert_eq!(
            days(date(2025, 9, 1), date(2025, 9, 8), Grain::Week).to_string(),
            "week of 2025-09-01"
        );
        assert_eq!(
            days(date(2025, 9, 1), date(2025, 9, 15), Grain::Week).to_string(),
            "2025-09-01 to 2025-09-14"
        );
    }
}
