//! Calendar arithmetic by grain: the unit of time (second to decade) that contains a moment, the
//! unit after it, and moving a moment by whole units. Weeks start on Monday, quarters in January,
//! April, July and October.
//!
//! Every function returns `None` instead of panicking when a moment would leave the calendar jiff
//! can represent (years -9999 to 9999), so that any input reaches the caller as an error.

use jiff::civil::{Date, DateTime, Time};
use jiff::Span;

use crate::value::{DateValue, Grain};

/// The start of the unit of `grain` that contains `moment`.
pub fn truncate(moment: DateTime, grain: Grain) -> Option<DateTime> {
    let date = moment.date();
    let at = |d: Date| d.to_datetime(Time::midnight());
    Some(match grain {
        Grain::Second => moment.with().subsec_nanosecond(0).build().ok()?,
        Grain::Minute => moment.with().second(0).subsec_nanosecond(0).build().ok()?,
        Grain::Hour => date.to_datetime(Time::new(moment.hour(), 0, 0, 0).ok()?),
        Grain::Day => at(date),
        Grain::Week => at(date
            .checked_sub(Span::new().days(i64::from(date.weekday().to_monday_zero_offset())))
            .ok()?),
        Grain::Month => at(date.first_of_month()),
        Grain::Quarter => at(Date::new(date.year(), (date.month() - 1) / 3 * 3 + 1, 1).ok()?),
        Grain::Year => at(Date::new(date.year(), 1, 1).ok()?),
        Grain::Decade => at(Date::new(date.year() - date.year().rem_euclid(10), 1, 1).ok()?),
    })
}

/// `count` units of `grain` as a span.
pub fn span_of(grain: Grain, count: i64) -> Span {
    match grain {
        Grain::Second => Span::new().seconds(count),
        Grain::Minute => Span::new().minutes(count),
        Grain::Hour => Span::new().hours(count),
        Grain::Day => Span::new().days(count),
        Grain::Week => Span::new().weeks(count),
        Grain::Month => Span::new().months(count),
        Grain::Quarter => Span::new().months(count.saturating_mul(3)),
        Grain::Year => Span::new().years(count),
        Grain::Decade => Span::new().years(count.saturating_mul(10)),
    }
}

/// `moment` moved by `count` units of `grain` (backwards when negative).
pub fn shift(moment: DateTime, grain: Grain, count: i64) -> Option<DateTime> {
    // jiff refuses spans beyond its own limits; no calendar phrase needs more than this.
    if count.unsigned_abs() > 1_000_000 {
        return None;
    }
    moment.checked_add(span_of(grain, count)).ok()
}

/// The unit of `grain` that contains `moment`, `offset` units later (or earlier): "this week"
/// is offset 0, "next month" offset 1.
pub fn unit_at(moment: DateTime, grain: Grain, offset: i64) -> Option<DateValue> {
    let start = shift(truncate(moment, grain)?, grain, offset)?;
    Some(DateValue::new(start, shift(start, grain, 1)?, grain))
}

/// The unit of `grain` starting at `start`.
pub fn unit_from(start: DateTime, grain: Grain) -> Option<DateValue> {
    Some(DateValue::new(start, shift(start, grain, 1)?, grain))
}

/// A day as a range.
pub fn day(date: Date) -> Option<DateValue> {
    unit_from(date.to_datetime(Time::midnight()), Grain::Day)
}

/// The next finer grain, the precision a moment keeps after being moved by `grain`: "in two
/// hours" is exact to the minute, "in three months" to the day. Days stay days: "three days
/// ago" is a day, not an hour of it.
pub fn finer(grain: Grain) -> Grain {
    match grain {
        Grain::Second | Grain::Minute => Grain::Second,
        Grain::Hour => Grain::Minute,
        Grain::Day | Grain::Week | Grain::Month | Grain::Quarter => Grain::Day,
        Grain::Year => Grain::Month,
        Grain::Decade => Grain::Year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn units_contain_the_moment() {
        let tuesday = date(2013, 2, 12).at(4, 30, 0, 0);
        let week = unit_at(tuesday, Grain::Week, 0).unwrap();
        assert_eq!(week.start, date(2013, 2, 11).at(0, 0, 0, 0));
        assert_eq!(week.end, date(2013, 2, 18).at(0, 0, 0, 0));
        let quarter = unit_at(tuesday, Grain::Quarter, 1).unwrap();
        assert_eq!(quarter.start, date(2013, 4, 1).at(0, 0, 0, 0));
        let hour = unit_at(tuesday, Grain::Hour, -1).unwrap();
        assert_eq!(hour.start, date(2013, 2, 12).at(3, 0, 0, 0));
        assert_eq!(
            truncate(tuesday, Grain::Decade),
            Some(date(2010, 1, 1).at(0, 0, 0, 0))
        );
    }

    #[test]
    fn the_edges_of_the_calendar_are_errors() {
        let last = date(9999, 12, 31).at(0, 0, 0, 0);
        assert_eq!(unit_at(last, Grain::Year, 1), None);
        assert_eq!(shift(last, Grain::Day, 5), None);
    }
}
