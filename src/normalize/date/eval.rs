//! Placing an expression on the calendar: an anchored one ("tomorrow", "in two hours") is
//! computed from the reference time; a recurring one ("Wednesday", "September 3rd", "3pm",
//! "Christmas") is one of its occurrences, chosen by the tense — in the future tense the first
//! that is not over at the reference, in the past the latest that has begun, with no tense the
//! nearest. Every choice made is written down in the context's notes.

use jiff::civil::{Date, DateTime, Time, Weekday};

use super::expr::{Expr, Fields, Relation};
use super::occurrences::occurrences;
use super::parts::part_of;
use super::units::{self, shift as move_by};
use super::Tense;
use crate::value::{DateValue, Grain};

/// Why an expression could not be placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// It is relative and there is no reference time.
    NoReference,
    /// It names no time that exists, or none within reach.
    Impossible(String),
}

pub(super) type Placed = Result<DateValue, Failure>;

/// What evaluation reads and what it notes.
pub struct Context {
    pub reference: Option<DateTime>,
    pub tense: Tense,
    pub notes: Vec<String>,
    /// Whether the value depends on the reference time.
    pub used_reference: bool,
}

impl Context {
    pub fn new(reference: Option<DateTime>, tense: Tense) -> Context {
        Context {
            reference,
            tense,
            notes: Vec::new(),
            used_reference: false,
        }
    }

    pub(super) fn reference(&mut self) -> Result<DateTime, Failure> {
        self.used_reference = true;
        self.reference.ok_or(Failure::NoReference)
    }

    pub(super) fn note(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }
}

pub(super) fn impossible(why: &str) -> Failure {
    Failure::Impossible(why.to_string())
}

pub(super) fn out_of_range() -> Failure {
    impossible("falls outside the calendar")
}

/// The reference as notes show it: its date, and its time when it has one.
pub fn shown(reference: DateTime) -> String {
    if reference.time() == Time::midnight() {
        reference.date().to_string()
    } else {
        reference.strftime("%Y-%m-%d %H:%M").to_string()
    }
}

/// Places `expr`.
pub fn eval(expr: &Expr, cx: &mut Context) -> Placed {
    if expr.is_recurring() {
        return place(expr, cx);
    }
    match expr {
        Expr::Fields(fields) => complete_date(fields, cx),
        Expr::Absolute(value) => Ok(value.clone()),
        Expr::Cycle { grain, offset } => {
            let reference = cx.reference()?;
            if *grain < Grain::Day && !has_time(reference) {
                // A report dated without a time: "now" is its day, not its midnight.
                cx.note(format!(
                    "the publication time is not known: read as the publication day {}",
                    shown(reference)
                ));
                return units::unit_at(reference, Grain::Day, 0).ok_or_else(out_of_range);
            }
            units::unit_at(reference, *grain, *offset).ok_or_else(out_of_range)
        }
        Expr::CycleRange { grain, count } => cycle_range(*grain, *count, cx),
        Expr::Shift { base, by, forward } => shift(base, *by, *forward, cx),
        Expr::Intersect(a, b) => intersect(a, b, cx),
        Expr::Related { relation, of } => related(*relation, of, cx),
        Expr::NthWithin { n, of, within } => {
            let within = eval(within, cx)?;
            nth_within(*n, of, &within, cx)?.ok_or_else(|| impossible("has no such day"))
        }
        Expr::NthAfter { n, of, after } => {
            let after = eval(after, cx)?;
            if *n > 0 {
                nth_from(of, after.end, *n as usize, cx)
            } else {
                nth_back_from(of, after.start, n.unsigned_abs() as usize, cx)
            }
        }
        Expr::Closest { n, of, to } => closest(*n, of, to, cx),
        Expr::PartOf { part, of } => {
            let of = eval(of, cx)?;
            part_of(*part, &of, cx)
        }
        Expr::Range(a, b) => {
            let start = eval(a, cx)?;
            range_from(&start, b, cx)
        }
        Expr::RangeFor { from, length } => {
            let start = eval(from, cx)?;
            range_for(&start, *length)
        }
        Expr::Deadline(until) => deadline(until, cx),
        Expr::WeekOf(day) => {
            let day = eval(day, cx)?;
            let date = day.start.date();
            let date = if date.weekday() == Weekday::Sunday {
                date.tomorrow().map_err(|_| out_of_range())?
            } else {
                date
            };
            units::unit_at(date.to_datetime(Time::midnight()), Grain::Week, 0)
                .ok_or_else(out_of_range)
        }
        Expr::Holiday(_) | Expr::Weekend | Expr::Season(_) | Expr::EveryUnit(_) => place(expr, cx),
    }
}

fn complete_date(fields: &Fields, cx: &mut Context) -> Placed {
    let (Some(year), Some(month), Some(day)) = (fields.year, fields.month, fields.day) else {
        return Err(impossible("is not a complete date"));
    };
    let date = Date::new(year, month, day).map_err(|_| impossible("is not a calendar date"))?;
    if fields.weekday.is_some_and(|w| w != date.weekday()) {
        cx.note(format!(
            "{date} is a {:?}, not the weekday written; the date is kept",
            date.weekday()
        ));
    }
    units::day(date).ok_or_else(out_of_range)
}

// --- placing by the tense ---------------------------------------------------------------------

/// Days within which a date without a year is taken as the nearest one whatever the tense: a
/// report dated a day after the event it calls "scheduled" is late, not a year early.
const NEAR_PUBLICATION_DAYS: i64 = 3;

/// How far apart two occurrences of `expr` can be, at most, in days.
fn repeat_days(expr: &Expr) -> i64 {
    match period(expr) {
        Some(Grain::Day) => 2,
        Some(Grain::Week) => 8,
        Some(Grain::Month) => 32,
        Some(Grain::Year) | Some(Grain::Quarter) => 367,
        _ => 367,
    }
}

/// The period within which a recurring expression comes round again, if it does.
pub fn period(expr: &Expr) -> Option<Grain> {
    match expr {
        Expr::Fields(f) if f.year.is_some() => None,
        Expr::Fields(f) if f.month.is_some() || f.quarter.is_some() => Some(Grain::Year),
        Expr::Fields(f) if f.day.is_some() => Some(Grain::Month),
        Expr::Fields(f) if f.weekday.is_some() => Some(Grain::Week),
        Expr::Fields(_) => Some(Grain::Day),
        Expr::Holiday(_) | Expr::Season(Some(_)) => Some(Grain::Year),
        Expr::Season(None) => Some(Grain::Quarter),
        Expr::Weekend => Some(Grain::Week),
        Expr::EveryUnit(grain) => Some(*grain),
        Expr::Intersect(a, b) if a.is_recurring() && b.is_recurring() => {
            match (period(a), period(b)) {
                (Some(x), Some(y)) => Some(x.max(y)),
                _ => None,
            }
        }
        Expr::Intersect(a, b) => period(if a.is_recurring() { a } else { b }),
        Expr::NthWithin { within, .. } => period(within),
        Expr::PartOf { of, .. } => period(of),
        Expr::Range(a, _) => period(a),
        Expr::RangeFor { from, .. } => period(from),
        _ => None,
    }
}

/// The longest an occurrence of `expr` can last, in days, so that a search window reaches back
/// far enough to find the one under way at the reference.
fn longest_days(expr: &Expr) -> i64 {
    match expr {
        Expr::Fields(f) => match f.grain() {
            Grain::Year => 366,
            Grain::Quarter => 92,
            Grain::Month => 31,
            _ => 1,
        },
        Expr::Weekend => 3,
        Expr::Season(_) => 95,
        Expr::EveryUnit(grain) => match grain {
            Grain::Decade => 3700,
            Grain::Year => 366,
            Grain::Quarter => 92,
            Grain::Month => 31,
            Grain::Week => 7,
            _ => 1,
        },
        Expr::Intersect(a, b) => longest_days(a).min(longest_days(b)),
        Expr::NthWithin { of, .. } => longest_days(of),
        Expr::PartOf { of, .. } => longest_days(of),
        _ => 400,
    }
}

/// The bounded stretch a recurring expression is confined to, when it names its year.
fn envelope(expr: &Expr) -> Option<(DateTime, DateTime)> {
    match expr {
        Expr::Fields(f) => {
            let year = f.year?;
            let (grain, month, day) = match (f.month, f.day) {
                (Some(m), Some(d)) => (Grain::Day, m, d),
                (Some(m), None) => (Grain::Month, m, 1),
                _ => (Grain::Year, 1, 1),
            };
            let start = Date::new(year, month, day)
                .ok()?
                .to_datetime(Time::midnight());
            Some((start, move_by(start, grain, 1)?))
        }
        Expr::Intersect(a, b) => match (envelope(a), envelope(b)) {
            (Some(x), Some(y)) => Some((x.0.max(y.0), x.1.min(y.1))),
            (x, y) => x.or(y),
        },
        Expr::NthWithin { within, .. } => envelope(within),
        Expr::PartOf { of, .. } => envelope(of),
        Expr::Range(a, _) => envelope(a),
        Expr::RangeFor { from, .. } => envelope(from),
        _ => None,
    }
}

/// Search windows ahead of and behind the reference, in days, growing until an occurrence is
/// found: enough for "February 29th, a Friday" (28 years) and no more.
const WINDOWS: [i64; 5] = [40, 400, 1_500, 5_000, 11_000];

fn place(expr: &Expr, cx: &mut Context) -> Placed {
    if let Some((from, to)) = envelope(expr) {
        let found = occurrences(expr, from, to, cx)?;
        return match found.as_slice() {
            [] => Err(impossible("is not a calendar date")),
            [one] => Ok(one.clone()),
            several => {
                let reference = cx.reference.filter(|r| (from..to).contains(r));
                let chosen = reference
                    .and_then(|r| pick(expr, several, r, cx.tense))
                    .map_or_else(|| several[0].clone(), |(value, _)| value);
                Ok(chosen)
            }
        };
    }
    let reference = within_publication_day(expr, cx)?;
    let back = longest_days(expr) + 1;
    for days in WINDOWS {
        // As far ahead as behind: a window reaching further back than forward would find only
        // the past occurrence of "27-28 October" said in September, and the nearest one
        // would be a year off.
        let days = days.max(back);
        let from = move_by(reference, Grain::Day, -days).ok_or_else(out_of_range);
        let to = move_by(reference, Grain::Day, days).ok_or_else(out_of_range);
        let found = occurrences(expr, from?, to?, cx)?;
        if let Some((value, note)) = pick(expr, &found, reference, cx.tense) {
            cx.note(note);
            return Ok(value);
        }
    }
    Err(impossible(
        "does not occur within thirty years of the reference date",
    ))
}

/// The moment a time of day is placed from. A report dated without a time stands at its
/// midnight, from which "began at 10 a.m." would fall on the day before; so times of day are
/// placed within the publication day: in the past tense from its end, in the future from its
/// start, with no tense from its noon.
fn within_publication_day(expr: &Expr, cx: &mut Context) -> Result<DateTime, Failure> {
    let reference = cx.reference()?;
    let time_of_day = match expr {
        Expr::Range(start, _) | Expr::RangeFor { from: start, .. } => start.is_time_of_day(),
        other => other.is_time_of_day(),
    };
    if !time_of_day || has_time(reference) {
        return Ok(reference);
    }
    let seconds = match cx.tense {
        Tense::Past => 86_399,
        Tense::Future => 0,
        Tense::Unknown => 43_200,
    };
    cx.note(format!(
        "the publication time is not known: the time of day read on the publication day {}",
        shown(reference)
    ));
    move_by(reference, Grain::Second, seconds).ok_or_else(out_of_range)
}

/// Whether an occurrence is not over at the reference. A clock time counts until the end of its
/// hour: "at 4:23" said at 4:30 is the 4:23 just gone, not tomorrow's.
fn not_over(value: &DateValue, reference: DateTime) -> bool {
    if value.grain < Grain::Hour {
        return units::truncate(value.start, Grain::Hour)
            .and_then(|hour| move_by(hour, Grain::Hour, 1))
            .is_some_and(|end| end > reference);
    }
    value.end > reference
}

fn pick(
    expr: &Expr,
    found: &[DateValue],
    reference: DateTime,
    tense: Tense,
) -> Option<(DateValue, String)> {
    let future = found.iter().find(|v| not_over(v, reference));
    let past = found.iter().rev().find(|v| v.start <= reference);
    let fields = expr.as_fields();
    let without_year = fields.is_some_and(Fields::is_date_without_year);
    if without_year {
        let day_distance =
            |v: &&DateValue| i64::from((v.start.date() - reference.date()).get_days().abs());
        let near = found
            .iter()
            .filter(|v| day_distance(v) <= NEAR_PUBLICATION_DAYS)
            .min_by_key(day_distance);
        if let Some(near) = near {
            let why =
                " (within a few days of publication: the nearest such date, whatever the tense)";
            return Some((near.clone(), year_note(near, reference, why)));
        }
    }
    let weekday_only = fields.is_some_and(Fields::is_weekday_only);
    let chosen = match tense {
        Tense::Future => future,
        Tense::Past => past,
        Tense::Unknown if weekday_only => past,
        Tense::Unknown => nearest(future, past, reference),
    }?;
    let note = if without_year {
        year_note(chosen, reference, tense_note(tense))
    } else if weekday_only {
        weekday_note(chosen, reference, tense)
    } else {
        placed_note(expr, reference, tense)
    };
    Some((chosen.clone(), note))
}

fn nearest<'a>(
    future: Option<&'a DateValue>,
    past: Option<&'a DateValue>,
    reference: DateTime,
) -> Option<&'a DateValue> {
    match (future, past) {
        (Some(f), Some(p)) => {
            if p.end > reference {
                return Some(p);
            }
            let ahead = f.start.duration_since(reference).as_secs().abs();
            let behind = reference.duration_since(p.start).as_secs().abs();
            Some(if ahead < behind { f } else { p })
        }
        (f, p) => f.or(p),
    }
}

fn tense_note(tense: Tense) -> &'static str {
    match tense {
        Tense::Future => " (future tense: the next such date)",
        Tense::Past => " (past tense: the latest such date)",
        Tense::Unknown => " (tense unclear: the nearest such date)",
    }
}

fn year_note(value: &DateValue, reference: DateTime, why: &str) -> String {
    format!(
        "year {} supplied from the publication date {}{why}",
        value.start.year(),
        shown(reference)
    )
}

fn weekday_note(value: &DateValue, reference: DateTime, tense: Tense) -> String {
    let name = format!("{:?}", value.start.weekday());
    let reference = shown(reference);
    match tense {
        Tense::Future => format!("{name} read in the future tense: the next {name} on or after the publication date {reference}"),
        Tense::Past => format!("{name} read in the past tense: the latest {name} on or before the publication date {reference}"),
        Tense::Unknown => format!("tense unclear; {name} read as the latest {name} on or before the publication date {reference}"),
    }
}

fn placed_note(expr: &Expr, reference: DateTime, tense: Tense) -> String {
    let what = describe(expr);
    let reference = shown(reference);
    match tense {
        Tense::Future => format!("{what} read in the future tense: the first not over at the publication date {reference}"),
        Tense::Past => format!("{what} read in the past tense: the latest begun by the publication date {reference}"),
        Tense::Unknown => format!("tense unclear; {what} read as the one nearest the publication date {reference}"),
    }
}

/// A short name for a recurring expression, for notes.
fn describe(expr: &Expr) -> String {
    match expr {
        Expr::Holiday(holiday) => holiday.name.to_string(),
        Expr::Weekend => "the weekend".into(),
        Expr::Season(Some(season)) => format!("{season:?}").to_lowercase(),
        Expr::Season(None) => "the season".into(),
        Expr::Fields(f) if f.clock.is_some() || f.part.is_some() => "the time of day".into(),
        Expr::Fields(f) if f.month.is_some() && f.day.is_none() => "the month".into(),
        Expr::Intersect(a, b) => {
            if matches!(**a, Expr::Holiday(_)) {
                describe(a)
            } else {
                describe(b)
            }
        }
        Expr::Range(a, _) | Expr::RangeFor { from: a, .. } if a.is_time_of_day() => {
            "the time of day".into()
        }
        Expr::Range(a, _) | Expr::RangeFor { from: a, .. } => describe(a),
        _ => "the date".into(),
    }
}

// --- anchored expressions ---------------------------------------------------------------------

fn cycle_range(grain: Grain, count: i64, cx: &mut Context) -> Placed {
    let reference = cx.reference()?;
    let current = units::truncate(reference, grain).ok_or_else(out_of_range)?;
    let (start, end) = if count < 0 {
        (move_by(current, grain, count), Some(current))
    } else {
        (
            move_by(current, grain, 1),
            move_by(current, grain, 1 + count),
        )
    };
    match (start, end) {
        (Some(start), Some(end)) => Ok(DateValue::new(start, end, grain)),
        _ => Err(out_of_range()),
    }
}

fn is_now(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Cycle {
            grain: Grain::Second,
            offset: 0
        }
    )
}

/// Whether a reference carries a time of day; a report dated without one stands at midnight.
fn has_time(reference: DateTime) -> bool {
    reference.time() != Time::midnight()
}

fn shift(base: &Expr, by: super::expr::Duration, forward: bool, cx: &mut Context) -> Placed {
    let (count, unit) = by.whole().ok_or_else(out_of_range)?;
    if is_now(base) && unit < Grain::Day {
        let reference = cx.reference()?;
        if !has_time(reference) {
            return Err(impossible(
                "counts hours from the publication time, which the source does not give",
            ));
        }
    }
    let from = eval(base, cx)?;
    let start =
        move_by(from.start, unit, if forward { count } else { -count }).ok_or_else(out_of_range)?;
    let grain = if is_now(base) {
        units::finer(unit)
    } else {
        from.grain.min(unit.max(Grain::Minute))
    };
    let start = units::truncate(start, grain).ok_or_else(out_of_range)?;
    units::unit_from(start, grain).ok_or_else(out_of_range)
}

fn intersect(a: &Expr, b: &Expr, cx: &mut Context) -> Placed {
    let (anchor, other) = if a.is_recurring() { (b, a) } else { (a, b) };
    let anchor = eval(anchor, cx)?;
    if !other.is_recurring() {
        let other = eval(other, cx)?;
        let start = anchor.start.max(other.start);
        let end = anchor.end.min(other.end);
        return if start < end {
            Ok(DateValue::new(start, end, anchor.grain.min(other.grain)))
        } else {
            Err(impossible("names two times that do not meet"))
        };
    }
    let inside = occurrences(other, anchor.start, anchor.end, cx)?;
    if !inside.is_empty() {
        let reference = cx
            .reference
            .filter(|r| anchor.start <= *r && *r < anchor.end);
        let chosen = reference
            .and_then(|r| pick(other, &inside, r, cx.tense))
            .map_or_else(|| inside[0].clone(), |(value, _)| value);
        return Ok(chosen);
    }
    // "Thanksgiving in nine months": the one in the year nine months from now.
    let period = period(other).ok_or_else(|| impossible("names two times that do not meet"))?;
    let wider = units::unit_at(anchor.start, period, 0).ok_or_else(out_of_range)?;
    let inside = occurrences(other, wider.start, wider.end, cx)?;
    inside
        .first()
        .cloned()
        .ok_or_else(|| impossible("names two times that do not meet"))
}

fn related(relation: Relation, of: &Expr, cx: &mut Context) -> Placed {
    let reference = cx.reference()?;
    let shown_reference = shown(reference);
    match relation {
        Relation::This => place(of, cx),
        Relation::Next if of.as_fields().is_some_and(Fields::is_weekday_only) => {
            let week = units::unit_at(reference, Grain::Week, 1).ok_or_else(out_of_range)?;
            let found = occurrences(of, week.start, week.end, cx)?;
            let value = found
                .first()
                .cloned()
                .ok_or_else(|| impossible("has no such day"))?;
            cx.note(format!(
                "\"next {:?}\" read as the {:?} of the week after the publication week ({shown_reference})",
                value.start.weekday(),
                value.start.weekday()
            ));
            Ok(value)
        }
        Relation::Next | Relation::Coming => strictly_after(of, reference, 1, cx),
        Relation::AfterNext => strictly_after(of, reference, 2, cx),
        Relation::Last => nth_back_from(of, reference, 1, cx),
        Relation::BeforeLast => nth_back_from(of, reference, 2, cx),
    }
}

/// The `n`th occurrence that starts after `moment`.
fn strictly_after(expr: &Expr, moment: DateTime, n: usize, cx: &mut Context) -> Placed {
    let later = move_by(moment, Grain::Second, 1).ok_or_else(out_of_range)?;
    nth_from(expr, later, n, cx)
}

/// The `n`th occurrence that starts at or after `moment`.
fn nth_from(expr: &Expr, moment: DateTime, n: usize, cx: &mut Context) -> Placed {
    let n = n.max(1);
    let reach = repeat_days(expr).saturating_mul(n as i64 + 1);
    for days in WINDOWS.iter().map(|d| d.max(&reach)) {
        let to = move_by(moment, Grain::Day, *days).ok_or_else(out_of_range)?;
        let found = occurrences(expr, moment, to, cx)?;
        if let Some(value) = found.get(n - 1) {
            return Ok(value.clone());
        }
    }
    Err(impossible("does not occur within thirty years"))
}

/// The `n`th occurrence, counting back, that is over by `moment`.
fn nth_back_from(expr: &Expr, moment: DateTime, n: usize, cx: &mut Context) -> Placed {
    let n = n.max(1);
    let reach = repeat_days(expr).saturating_mul(n as i64 + 1);
    for days in WINDOWS.iter().map(|d| d.max(&reach)) {
        let from = move_by(moment, Grain::Day, -days).ok_or_else(out_of_range)?;
        let found = occurrences(expr, from, moment, cx)?;
        let over: Vec<&DateValue> = found.iter().filter(|v| v.end <= moment).collect();
        if let Some(value) = over.iter().rev().nth(n - 1) {
            return Ok((*value).clone());
        }
    }
    Err(impossible("does not occur within thirty years"))
}

/// The `n`th of `of` inside `within` (from the end when negative), if there is one.
pub(super) fn nth_within(
    n: i32,
    of: &Expr,
    within: &DateValue,
    cx: &mut Context,
) -> Result<Option<DateValue>, Failure> {
    let inside: Vec<DateValue> = occurrences(of, within.start, within.end, cx)?
        .into_iter()
        .filter(|v| v.end <= within.end)
        .collect();
    let index = if n > 0 {
        usize::try_from(n - 1).ok()
    } else {
        inside.len().checked_sub(n.unsigned_abs() as usize)
    };
    Ok(index.and_then(|i| inside.get(i)).cloned())
}

fn closest(n: i32, of: &Expr, to: &Expr, cx: &mut Context) -> Placed {
    let target = eval(to, cx)?;
    let reach = repeat_days(of).saturating_mul(i64::from(n.max(1)) + 1);
    let from = move_by(target.start, Grain::Day, -reach).ok_or_else(out_of_range)?;
    let until = move_by(target.start, Grain::Day, reach).ok_or_else(out_of_range)?;
    let mut found = occurrences(of, from, until, cx)?;
    found.sort_by_key(|v| {
        (
            v.start.duration_since(target.start).as_secs().abs(),
            v.start,
        )
    });
    usize::try_from(n - 1)
        .ok()
        .and_then(|i| found.get(i).cloned())
        .ok_or_else(|| impossible("has no such occurrence"))
}

/// From `start` to the first `to` at or after it, `to` included at the finer grain of the two:
/// "July 13-15" includes the 15th, "9:30 to 11:00" the minute 11:00, "3:30 to 6pm" likewise.
pub(super) fn range_from(start: &DateValue, to: &Expr, cx: &mut Context) -> Placed {
    let end = if to.is_recurring() {
        nth_from(to, start.start, 1, cx)?
    } else {
        eval(to, cx)?
    };
    let grain = start.grain.min(end.grain);
    let last = units::unit_from(end.start, grain).ok_or_else(out_of_range)?;
    if last.end <= start.start {
        return Err(impossible("ends before it starts"));
    }
    Ok(DateValue::new(start.start, last.end, grain))
}

pub(super) fn range_for(start: &DateValue, length: super::expr::Duration) -> Placed {
    let (count, unit) = length.whole().ok_or_else(out_of_range)?;
    let end = move_by(start.start, unit, count).ok_or_else(out_of_range)?;
    if end <= start.start {
        return Err(impossible("ends before it starts"));
    }
    Ok(DateValue::new(start.start, end, start.grain.min(unit)))
}

/// "By X": from the reference until X — the moment X names, or the end of the period it names.
fn deadline(until: &Expr, cx: &mut Context) -> Placed {
    let reference = cx.reference()?;
    let target = eval(until, cx)?;
    let end = if target.grain < Grain::Day {
        target.start
    } else {
        target.end
    };
    if end <= reference {
        return Err(impossible("is already past at the publication date"));
    }
    // From a publication day with no time to a whole day or longer: days, not seconds.
    let grain =
        if !has_time(reference) && target.grain >= Grain::Day && end.time() == Time::midnight() {
            Grain::Day
        } else {
            Grain::Second
        };
    Ok(DateValue::new(reference, end, grain))
}
