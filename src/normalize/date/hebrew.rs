//! The Hebrew calendar by its own arithmetic (Reingold & Dershowitz, *Calendrical
//! Calculations*, ch. 8): the molad of Tishri, the postponements of the new year, months of 29
//! or 30 days, a leap month in 7 years of 19. Days are counted as R.D. numbers (day 1 is
//! 0001-01-01 of the proleptic Gregorian calendar) and turned into jiff dates at the end.
//!
//! A Jewish holiday begins at sunset on the evening before its first day; its value runs from
//! that eve to the end of its last day, so that "Yom Kippur" agrees with a report naming either
//! day.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use crate::value::{DateValue, Grain};

/// R.D. of 1 Tishri, anno mundi 1.
const EPOCH: i64 = -1_373_427;

/// Nisan is month 1 and Tishri month 7, as the Bible counts; Adar is 12, and in leap years the
/// second Adar, in which Purim falls, is 13.
pub const NISAN: i8 = 1;
pub const IYYAR: i8 = 2;
pub const SIVAN: i8 = 3;
pub const AV: i8 = 5;
pub const TISHRI: i8 = 7;
pub const KISLEV: i8 = 9;
pub const SHEVAT: i8 = 11;
pub const ADAR: i8 = 12;
const ADAR_II: i8 = 13;

fn is_leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

fn last_month(year: i64) -> i8 {
    if is_leap(year) {
        ADAR_II
    } else {
        ADAR
    }
}

/// Days from the epoch to the molad of Tishri of `year`, with the first postponement.
fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The further postponement that keeps years to their allowed lengths.
fn year_length_correction(year: i64) -> i64 {
    let (before, this, after) = (
        elapsed_days(year - 1),
        elapsed_days(year),
        elapsed_days(year + 1),
    );
    if after - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    }
}

fn new_year(year: i64) -> i64 {
    EPOCH + elapsed_days(year) + year_length_correction(year)
}

fn days_in_year(year: i64) -> i64 {
    new_year(year + 1) - new_year(year)
}

fn month_length(year: i64, month: i8) -> i64 {
    let short = matches!(month, 2 | 4 | 6 | 10 | 13)
        || (month == ADAR && !is_leap(year))
        || (month == 8 && days_in_year(year) % 10 != 5)
        || (month == KISLEV && days_in_year(year) % 10 == 3);
    if short {
        29
    } else {
        30
    }
}

/// R.D. of a Hebrew date.
fn fixed(year: i64, month: i8, day: i8) -> i64 {
    let mut days = new_year(year) + i64::from(day) - 1;
    if month < TISHRI {
        days += (TISHRI..=last_month(year))
            .map(|m| month_length(year, m))
            .sum::<i64>();
        days += (NISAN..month).map(|m| month_length(year, m)).sum::<i64>();
    } else {
        days += (TISHRI..month).map(|m| month_length(year, m)).sum::<i64>();
    }
    days
}

fn gregorian(rd: i64) -> Option<Date> {
    Date::constant(1, 1, 1).checked_add((rd - 1).days()).ok()
}

/// How a feast moves when its day would fall badly in the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    None,
    /// A fast on the Sabbath waits for Sunday (Tisha B'Av).
    SabbathToSunday,
    /// Friday moves to Thursday, Sunday to Monday (Yom HaShoah).
    AwayFromSabbath,
    /// Friday and Saturday move to Thursday, Monday to Tuesday (Yom HaAtzmaut).
    IndependenceDay,
}

/// A feast of the Hebrew calendar: its first day, how many days it lasts outside Israel, and
/// how it moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feast {
    pub month: i8,
    pub day: i8,
    pub days: i8,
    pub shift: Shift,
}

impl Feast {
    /// The feast in the Gregorian `year`: from the eve of its first day to the end of its last.
    pub fn in_year(self, year: i16) -> Option<DateValue> {
        let anno_mundi = i64::from(year) + 3760;
        [anno_mundi, anno_mundi + 1]
            .into_iter()
            .filter_map(|am| self.in_hebrew_year(am))
            .find(|value| value.start_date().year() == year || value.end_date().year() == year)
    }

    fn in_hebrew_year(self, year: i64) -> Option<DateValue> {
        let month = if self.month == ADAR && is_leap(year) {
            ADAR_II
        } else {
            self.month
        };
        let first = gregorian(fixed(year, month, self.day))?;
        let first = self.moved(first)?;
        let eve = first.yesterday().ok()?;
        let end = first.checked_add(i64::from(self.days).days()).ok()?;
        Some(DateValue::new(eve, end, Grain::Day))
    }

    fn moved(self, date: Date) -> Option<Date> {
        let by: i64 = match (self.shift, date.weekday()) {
            (Shift::SabbathToSunday, Weekday::Saturday) => 1,
            (Shift::AwayFromSabbath, Weekday::Friday) => -1,
            (Shift::AwayFromSabbath, Weekday::Sunday) => 1,
            (Shift::IndependenceDay, Weekday::Friday) => -1,
            (Shift::IndependenceDay, Weekday::Saturday) => -2,
            (Shift::IndependenceDay, Weekday::Monday) => 1,
            _ => 0,
        };
        date.checked_add(by.days()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn feast(month: i8, day: i8, days: i8, shift: Shift) -> Feast {
        Feast {
            month,
            day,
            days,
            shift,
        }
    }

    fn span(f: Feast, year: i16) -> (Date, Date) {
        let value = f.in_year(year).unwrap();
        (value.start_date(), value.end_date())
    }

    #[test]
    fn new_years_fall_where_the_tables_put_them() {
        // Rosh Hashanah: 1 Tishri 5779 was Monday 10 September 2018.
        assert_eq!(gregorian(new_year(5779)), Some(date(2018, 9, 10)));
        assert_eq!(gregorian(new_year(5786)), Some(date(2025, 9, 23)));
        assert_eq!(days_in_year(5779), 385);
        assert_eq!(days_in_year(5780), 355);
    }

    #[test]
    fn feasts_run_from_their_eve() {
        let rosh_hashanah = feast(TISHRI, 1, 2, Shift::None);
        assert_eq!(
            span(rosh_hashanah, 2018),
            (date(2018, 9, 9), date(2018, 9, 12))
        );
        let passover = feast(NISAN, 15, 8, Shift::None);
        assert_eq!(span(passover, 2018), (date(2018, 3, 30), date(2018, 4, 8)));
        let purim = feast(ADAR, 14, 1, Shift::None);
        assert_eq!(span(purim, 2013).0, date(2013, 2, 23));
        let chanukah = feast(KISLEV, 25, 7, Shift::None);
        assert_eq!(
            span(chanukah, 2018),
            (date(2018, 12, 2), date(2018, 12, 10))
        );
    }

    #[test]
    fn feasts_that_move() {
        let tisha_b_av = feast(AV, 9, 1, Shift::SabbathToSunday);
        assert_eq!(span(tisha_b_av, 2018).0, date(2018, 7, 21));
        let independence = feast(IYYAR, 5, 1, Shift::IndependenceDay);
        assert_eq!(span(independence, 2018).0, date(2018, 4, 18));
        let shoah = feast(NISAN, 27, 1, Shift::AwayFromSabbath);
        assert_eq!(span(shoah, 2018).0, date(2018, 4, 11));
    }
}
