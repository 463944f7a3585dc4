//! Chinese New Year, by the rules of the Chinese calendar (Reingold & Dershowitz, *Calendrical
//! Calculations*, ch. 19): months begin on the day of the new moon in Beijing time; the month
//! holding the winter solstice is the eleventh; a year between two solstices with thirteen
//! months has a leap month, the first without a major solar term; the new year is the second
//! new moon after the solstice, or the third when a leap month comes first.

use jiff::civil::{Date, DateTime, Time};
use jiff::ToSpan;

use super::astronomy::{new_moon_before as moon_before, new_moon_on_or_after as moon_after};
use super::astronomy::{sun_at_longitude, sun_longitude, SYNODIC_MONTH};

/// Beijing time is eight hours ahead of UTC.
const BEIJING_HOURS: i64 = 8;

fn utc_midnight_in_beijing(day: Date) -> Option<DateTime> {
    day.to_datetime(Time::midnight())
        .checked_sub(BEIJING_HOURS.hours())
        .ok()
}

fn beijing_date(moment: DateTime) -> Option<Date> {
    Some(moment.checked_add(BEIJING_HOURS.hours()).ok()?.date())
}

/// The first day on or after `day` that a new moon falls on, in Beijing.
fn new_moon_on_or_after(day: Date) -> Option<Date> {
    beijing_date(moon_after(utc_midnight_in_beijing(day)?)?)
}

/// The last day before `day` that a new moon falls on, in Beijing.
fn new_moon_before(day: Date) -> Option<Date> {
    beijing_date(moon_before(utc_midnight_in_beijing(day)?)?)
}

/// The day of the December solstice of `year`, in Beijing.
fn winter_solstice(year: i16) -> Option<Date> {
    let around = Date::new(year, 12, 20).ok()?.to_datetime(Time::midnight());
    beijing_date(sun_at_longitude(270.0, around)?)
}

/// Which of the twelve major solar terms is current at the start of `day`.
fn major_term(day: Date) -> Option<i64> {
    let longitude = sun_longitude(utc_midnight_in_beijing(day)?);
    Some((longitude / 30.0).floor() as i64)
}

/// Whether the month beginning on `day` has no major solar term.
fn no_major_term(day: Date) -> Option<bool> {
    let next = new_moon_on_or_after(day.tomorrow().ok()?)?;
    Some(major_term(day)? == major_term(next)?)
}

/// The day of Chinese New Year in the Gregorian `year`.
pub fn new_year(year: i16) -> Option<Date> {
    let solstice = winter_solstice(year.checked_sub(1)?)?;
    let next_solstice = winter_solstice(year)?;
    let month_12 = new_moon_on_or_after(solstice.tomorrow().ok()?)?;
    let month_13 = new_moon_on_or_after(month_12.tomorrow().ok()?)?;
    let next_month_11 = new_moon_before(next_solstice.tomorrow().ok()?)?;
    let lunations = f64::from((next_month_11 - month_12).get_days()) / SYNODIC_MONTH;
    let leap_year = lunations.round() as i64 == 12;
    if leap_year && (no_major_term(month_12)? || no_major_term(month_13)?) {
        new_moon_on_or_after(month_13.tomorrow().ok()?)
    } else {
        Some(month_13)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn new_years() {
        for (year, expected) in [
            (1985, date(1985, 2, 20)),
            (2013, date(2013, 2, 10)),
            (2014, date(2014, 1, 31)),
            (2015, date(2015, 2, 19)),
            (2018, date(2018, 2, 16)),
            (2025, date(2025, 1, 29)),
            (2033, date(2033, 1, 31)),
            (2034, date(2034, 2, 19)),
        ] {
            assert_eq!(new_year(year), Some(expected), "{year}");
        }
    }
}
