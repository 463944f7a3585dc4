//! The Islamic calendar, whose months begin when the new crescent is first seen after sunset.
//!
//! The sighting is approximated by astronomy: a month begins on the day after the conjunction
//! (the new moon) when the conjunction comes before 14:00 UTC, early enough for the crescent to
//! be seen at sunset in the Middle East, and a day later otherwise. The arithmetic (tabular)
//! calendar only finds which new moon a month starts after. Authorities declare the start of a
//! month by sighting, so a date here can be a day off the one a given country keeps; the
//! holidays say so in their assumptions.

use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::ToSpan;

use super::astronomy::{new_moon_before, new_moon_on_or_after};
use crate::value::{DateValue, Grain};

/// R.D. of 1 Muharram AH 1 (16 July 622, Julian).
const EPOCH: i64 = 227_015;

/// The hour (UTC) before which a conjunction lets the crescent be seen that evening.
const SIGHTING_CUTOFF_HOUR: i8 = 14;

pub const MUHARRAM: i8 = 1;
pub const RABI_AL_AWWAL: i8 = 3;
pub const RAJAB: i8 = 7;
pub const RAMADAN: i8 = 9;
pub const SHAWWAL: i8 = 10;
pub const DHU_AL_HIJJAH: i8 = 12;

/// R.D. of a date of the arithmetic calendar.
fn tabular(year: i64, month: i8, day: i8) -> i64 {
    let month = i64::from(month);
    i64::from(day)
        + 29 * (month - 1)
        + (6 * month - 1).div_euclid(11)
        + (year - 1) * 354
        + (3 + 11 * year).div_euclid(30)
        + EPOCH
        - 1
}

fn gregorian(rd: i64) -> Option<Date> {
    Date::constant(1, 1, 1).checked_add((rd - 1).days()).ok()
}

/// The first day of `month` of the Islamic `year`.
pub fn month_start(year: i64, month: i8) -> Option<Date> {
    let (year, month) = if month > 12 {
        (year + 1, month - 12)
    } else {
        (year, month)
    };
    let estimate = gregorian(tabular(year, month, 1))?;
    // The conjunction a month follows comes about a day before the arithmetic start.
    let probe = estimate
        .to_datetime(Time::midnight())
        .checked_sub(1.day())
        .ok()?;
    let conjunction = nearest_new_moon(probe)?;
    let days = if conjunction.hour() < SIGHTING_CUTOFF_HOUR {
        1
    } else {
        2
    };
    conjunction.date().checked_add(days.days()).ok()
}

fn nearest_new_moon(moment: DateTime) -> Option<DateTime> {
    let before = new_moon_before(moment);
    let after = new_moon_on_or_after(moment);
    match (before, after) {
        (Some(b), Some(a)) => {
            let to_before = moment.duration_since(b).as_secs().abs();
            let to_after = a.duration_since(moment).as_secs().abs();
            Some(if to_before <= to_after { b } else { a })
        }
        (b, a) => b.or(a),
    }
}

/// What an Islamic holiday is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feast {
    /// A day of a month.
    Day { month: i8, day: i8 },
    /// A whole month: Ramadan.
    Month(i8),
    /// The last Friday of a month: Jumu'atul-Wida, in Ramadan.
    LastFriday(i8),
}

impl Feast {
    /// The holiday in the Gregorian `year` (the first, if it falls twice).
    pub fn in_year(self, year: i16) -> Option<DateValue> {
        // The Islamic year is 11 days shorter: about 33 of them pass in 32 Gregorian years.
        let estimate = (i64::from(year) - 622) * 33 / 32;
        (estimate - 1..=estimate + 2)
            .filter_map(|hijri| self.in_hijri_year(hijri))
            .find(|value| value.start_date().year() == year)
    }

    fn in_hijri_year(self, year: i64) -> Option<DateValue> {
        let day = |date: Date| {
            let start = date.to_datetime(Time::midnight());
            Some(DateValue::new(
                start,
                start.checked_add(1.day()).ok()?,
                Grain::Day,
            ))
        };
        match self {
            Feast::Day { month, day: n } => day(month_start(year, month)?
                .checked_add(i64::from(n - 1).days())
                .ok()?),
            Feast::Month(month) => {
                let start: DateTime = month_start(year, month)?.into();
                let end: DateTime = month_start(year, month + 1)?.into();
                Some(DateValue::new(start, end, Grain::Day))
            }
            Feast::LastFriday(month) => {
                let mut date = month_start(year, month + 1)?.yesterday().ok()?;
                while date.weekday() != Weekday::Friday {
                    date = date.yesterday().ok()?;
                }
                day(date)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_begin_after_the_new_moon() {
        assert_eq!(month_start(1439, SHAWWAL), Some(date(2018, 6, 15)));
        assert_eq!(month_start(1439, RAMADAN), Some(date(2018, 5, 16)));
    }

    #[test]
    fn holidays_in_a_gregorian_year() {
        let eid = Feast::Day {
            month: SHAWWAL,
            day: 1,
        };
        assert_eq!(eid.in_year(2018).unwrap().start_date(), date(2018, 6, 15));
        let ramadan = Feast::Month(RAMADAN).in_year(2018).unwrap();
        assert_eq!(
            (ramadan.start_date(), ramadan.end_date()),
            (date(2018, 5, 16), date(2018, 6, 15))
        );
        let wida = Feast::LastFriday(RAMADAN).in_year(2018).unwrap();
        assert_eq!(wida.start_date(), date(2018, 6, 8));
    }
}
