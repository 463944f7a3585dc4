//! The date of Easter: the Gregorian computus of the Western churches and the Julian one of the
//! Orthodox churches, both as Gregorian dates. Every movable feast of the Christian year (Lent,
//! Pentecost, Clean Monday) is counted from one of them.

use jiff::civil::Date;
use jiff::ToSpan;

/// Western Easter Sunday of `year` (the anonymous Gregorian algorithm, valid for every year of
/// the Gregorian calendar).
pub fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Orthodox Easter Sunday of `year`: Meeus's Julian algorithm, moved to the Gregorian calendar.
pub fn orthodox_easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    if y < 1583 {
        return None;
    }
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian calendar falls a day further behind in each century year the Gregorian one
    // skips as a leap year: 13 days from 1900 to 2099.
    let drift = y / 100 - y / 400 - 2;
    julian_day(year, month, day)?
        .checked_add(i64::from(drift).days())
        .ok()
}

/// A day of the Julian calendar at the same Gregorian month and day numbers, before the drift is
/// added; March 32nd style overflows never occur for Easter, so a plain date suffices.
fn julian_day(year: i16, month: i32, day: i32) -> Option<Date> {
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn western_easter() {
        assert_eq!(easter(2013), Some(date(2013, 3, 31)));
        assert_eq!(easter(2010), Some(date(2010, 4, 4)));
        assert_eq!(easter(2012), Some(date(2012, 4, 8)));
        assert_eq!(easter(2018), Some(date(2018, 4, 1)));
        assert_eq!(easter(2025), Some(date(2025, 4, 20)));
        assert_eq!(easter(1500), None);
    }

    #[test]
    fn orthodox_easter_in_gregorian_dates() {
        assert_eq!(orthodox_easter(2018), Some(date(2018, 4, 8)));
        assert_eq!(orthodox_easter(2020), Some(date(2020, 4, 19)));
        assert_eq!(orthodox_easter(2025), Some(date(2025, 4, 20)));
        assert_eq!(orthodox_easter(2023), Some(date(2023, 4, 16)));
    }
}
