//! The occurrences of a recurring expression within a stretch of time: every day that matches
//! some calendar fields, every weekend, season, holiday, unit; and, built on them, the
//! occurrences of intersections ("Christmas 2014"), of the nth of something within each of
//! another ("the last Monday of every March") and of parts ("early March"). Placing by the
//! tense ([`super::eval`]) chooses among them.

use jiff::civil::{Date, DateTime, Time, Weekday};

use super::eval::{eval, nth_within, range_for, range_from, Context, Failure};
use super::expr::{Expr, Fields, Season};
use super::parts::part_of;
use super::units::{self, shift as move_by};
use crate::value::{DateValue, Grain};

/// The values of `expr` that start in `[from, to)`, in order.
pub(super) fn occurrences(
    expr: &Expr,
    from: DateTime,
    to: DateTime,
    cx: &mut Context,
) -> Result<Vec<DateValue>, Failure> {
    if from >= to {
        return Ok(Vec::new());
    }
    let mut found = match expr {
        Expr::Fields(fields) => field_occurrences(fields, from, to),
        Expr::Holiday(holiday) => (from.year()..=to.year())
            .flat_map(|year| holiday.in_year(year))
            .collect(),
        Expr::Weekend => weekends(from, to),
        Expr::Season(season) => seasons(*season, from, to),
        Expr::EveryUnit(grain) => every_unit(*grain, from, to),
        _ if expr.is_recurring() => composite(expr, from, to, cx)?,
        _ => vec![eval(expr, cx)?],
    };
    found.retain(|v| v.start >= from && v.start < to);
    found.sort_by_key(|v| (v.start, v.end));
    found.dedup();
    Ok(found)
}

/// The occurrences of an expression built on a recurring one: each occurrence of the part that
/// recurs, made into the whole.
fn composite(
    expr: &Expr,
    from: DateTime,
    to: DateTime,
    cx: &mut Context,
) -> Result<Vec<DateValue>, Failure> {
    let mut found = Vec::new();
    match expr {
        Expr::Intersect(a, b) => {
            // The finer one within each occurrence of the coarser: Christmas within 2014.
            let (coarse, fine) = if b.grain() > a.grain() {
                (b, a)
            } else {
                (a, b)
            };
            for outer in occurrences(coarse, from, to, cx)? {
                found.extend(occurrences(fine, outer.start, outer.end, cx)?);
            }
        }
        Expr::NthWithin { n, of, within } => {
            for outer in occurrences(within, from, to, cx)? {
                found.extend(nth_within(*n, of, &outer, cx)?);
            }
        }
        Expr::PartOf { part, of } => {
            for whole in occurrences(of, from, to, cx)? {
                found.push(part_of(*part, &whole, cx)?);
            }
        }
        Expr::Range(a, b) => {
            for start in occurrences(a, from, to, cx)? {
                found.extend(range_from(&start, b, cx).ok());
            }
        }
        Expr::RangeFor {
            from: start,
            length,
        } => {
            for start in occurrences(start, from, to, cx)? {
                found.push(range_for(&start, *length)?);
            }
        }
        _ => found.push(eval(expr, cx)?),
    }
    Ok(found)
}

/// Days a window spans, capped so that no phrase can make the search run away.
const MAX_DAYS: usize = 40_000;

fn field_occurrences(fields: &Fields, from: DateTime, to: DateTime) -> Vec<DateValue> {
    let mut found = Vec::new();
    let by_day = fields.day.is_some()
        || fields.weekday.is_some()
        || fields.clock.is_some()
        || fields.part.is_some();
    if by_day {
        let mut date = from.date().yesterday().unwrap_or(from.date());
        for _ in 0..MAX_DAYS {
            if date > to.date() {
                break;
            }
            if day_matches(fields, date) {
                found.extend(day_values(fields, date));
            }
            let next = if month_matches(fields, date) {
                date.tomorrow()
            } else {
                // Skip a month that cannot match at once.
                date.last_of_month().tomorrow()
            };
            match next {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
        return found;
    }
    let grain = fields.grain();
    if grain > Grain::Year {
        return found;
    }
    let Some(mut start) = units::truncate(from, grain) else {
        return found;
    };
    for _ in 0..MAX_DAYS {
        if start >= to {
            break;
        }
        if month_matches(fields, start.date()) {
            if let Some(value) = units::unit_from(start, grain) {
                found.push(value);
            }
        }
        match move_by(start, grain, 1) {
            Some(next) => start = next,
            None => break,
        }
    }
    found
}

fn month_matches(fields: &Fields, date: Date) -> bool {
    fields.year.is_none_or(|y| y == date.year())
        && fields.month.is_none_or(|m| m == date.month())
        && fields
            .quarter
            .is_none_or(|q| q == (date.month() - 1) / 3 + 1)
}

fn day_matches(fields: &Fields, date: Date) -> bool {
    month_matches(fields, date)
        && fields.day.is_none_or(|d| d == date.day())
        && fields.weekday.is_none_or(|w| w == date.weekday())
}

fn day_values(fields: &Fields, date: Date) -> Vec<DateValue> {
    if let Some(clock) = fields.clock {
        return clock
            .readings()
            .into_iter()
            .filter_map(|c| {
                let start = date.to_datetime(Time::new(c.hour, c.minute, c.second, 0).ok()?);
                units::unit_from(start, c.grain)
            })
            .collect();
    }
    if let Some(part) = fields.part {
        let at = |minutes: i32| {
            date.to_datetime(Time::midnight())
                .checked_add(jiff::Span::new().minutes(i64::from(minutes)))
                .ok()
        };
        return match (at(part.start), at(part.end)) {
            (Some(start), Some(end)) => vec![DateValue::new(start, end, Grain::Hour)],
            _ => Vec::new(),
        };
    }
    units::day(date).into_iter().collect()
}

fn weekends(from: DateTime, to: DateTime) -> Vec<DateValue> {
    let mut found = Vec::new();
    let mut date = from
        .date()
        .checked_sub(jiff::Span::new().days(3))
        .unwrap_or(from.date());
    for _ in 0..MAX_DAYS {
        if date > to.date() {
            break;
        }
        if date.weekday() == Weekday::Friday {
            let start = date.to_datetime(Time::constant(18, 0, 0, 0));
            if let Some(end) = move_by(date.to_datetime(Time::midnight()), Grain::Day, 3) {
                found.push(DateValue::new(start, end, Grain::Hour));
            }
        }
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    found
}

/// The seasons by the usual dates of the solstices and equinoxes (northern hemisphere).
fn seasons(only: Option<Season>, from: DateTime, to: DateTime) -> Vec<DateValue> {
    let starts = [
        (Season::Spring, 3, 20),
        (Season::Summer, 6, 21),
        (Season::Autumn, 9, 23),
        (Season::Winter, 12, 21),
    ];
    let mut found = Vec::new();
    for year in from.year().saturating_sub(1)..=to.year() {
        for (i, (season, month, day)) in starts.iter().enumerate() {
            if only.is_some_and(|o| o != *season) {
                continue;
            }
            let (next_month, next_day) = (starts[(i + 1) % 4].1, starts[(i + 1) % 4].2);
            let end_year = if i == 3 {
                year.checked_add(1)
            } else {
                Some(year)
            };
            let start = Date::new(year, *month, *day).ok();
            let end = end_year.and_then(|y| Date::new(y, next_month, next_day).ok());
            if let (Some(start), Some(end)) = (start, end) {
                found.push(DateValue::new(start, end, Grain::Day));
            }
        }
    }
    found
}

fn every_unit(grain: Grain, from: DateTime, to: DateTime) -> Vec<DateValue> {
    let mut found = Vec::new();
    let Some(mut start) = units::truncate(from, grain) else {
        return found;
    };
    for _ in 0..MAX_DAYS {
        if start >= to {
            break;
        }
        if let Some(value) = units::unit_from(start, grain) {
            found.push(value);
        }
        match move_by(start, grain, 1) {
            Some(next) => start = next,
            None => break,
        }
    }
    found
}
