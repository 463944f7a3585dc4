//! The Hindu lunisolar calendar, as far as festivals need it, computed from the sun and the
//! moon (see [`super::astronomy`]) for Ujjain, the meridian of Indian astronomy, in Indian
//! Standard Time.
//!
//! - A lunar day (*tithi*) is each 12° the moon gains on the sun; the 15th is the full moon, the
//!   30th the new moon.
//! - A lunar month runs from new moon to new moon (*amanta*) and is named after the sign of the
//!   zodiac the sun stands in at its start (sidereal, Lahiri's ayanamsa): Chaitra when the sun
//!   is in Pisces. When two new moons fall in one sign, the first month is an extra (*adhika*)
//!   month and holds no festival.
//! - A festival is on the day its tithi holds at the time of day tradition sets for it: sunrise
//!   for most, midday for Rama Navami, the evening (*pradosh*) for Diwali, midnight for
//!   Janmashtami.
//! - Solar festivals follow the sun's entry into a sign (*sankranti*): Pongal and Makar
//!   Sankranti into Capricorn, Vaisakhi into Aries; a sankranti after sunset counts for the next
//!   day.
//!
//! Almanacs differ in details (the place, the ayanamsa, the rules for a tithi that holds on two
//! days or on none), so a date can be a day off a given almanac's; the holidays say so.

use jiff::civil::{Date, DateTime, Time};
use jiff::ToSpan;

use super::astronomy::{moon_longitude, new_moon_before, sun_longitude, SYNODIC_MONTH};
use crate::value::{DateValue, Grain};

/// Ujjain.
const LATITUDE: f64 = 23.18;
const LONGITUDE: f64 = 75.77;
/// Indian Standard Time is UTC+5:30.
const IST_MINUTES: i64 = 330;

/// The months, from the one that begins the year in spring.
pub const CHAITRA: i8 = 0;
pub const VAISHAKHA: i8 = 1;
pub const ASHADHA: i8 = 3;
pub const SHRAVANA: i8 = 4;
pub const BHADRAPADA: i8 = 5;
pub const ASHVINA: i8 = 6;
pub const KARTIKA: i8 = 7;
pub const PAUSHA: i8 = 9;
pub const MAGHA: i8 = 10;
pub const PHALGUNA: i8 = 11;

/// Lahiri's ayanamsa: how far the sidereal zodiac lags the tropical one.
fn ayanamsa(moment: DateTime) -> f64 {
    let years = moment
        .duration_since(DateTime::constant(2000, 1, 1, 12, 0, 0, 0))
        .as_secs_f64()
        / (365.25 * 86_400.0);
    23.85 + years * 50.29 / 3600.0
}

fn sidereal(longitude: f64, moment: DateTime) -> f64 {
    (longitude - ayanamsa(moment)).rem_euclid(360.0)
}

/// The lunar day at a moment, 1 to 30.
fn tithi(moment: DateTime) -> i8 {
    let elongation = (moon_longitude(moment) - sun_longitude(moment)).rem_euclid(360.0);
    (elongation / 12.0).floor() as i8 + 1
}

fn ist_date(moment: DateTime) -> Option<Date> {
    Some(moment.checked_add(IST_MINUTES.minutes()).ok()?.date())
}

/// Sunrise and sunset at Ujjain on a civil day (NOAA's approximations), in UTC.
fn sun_times(day: Date) -> Option<(DateTime, DateTime)> {
    let noon = day
        .to_datetime(Time::constant(12, 0, 0, 0))
        .checked_sub(((LONGITUDE / 15.0 * 60.0) as i64).minutes())
        .ok()?;
    let t = (super::astronomy::julian_day(noon) - 2_451_545.0) / 36_525.0;
    let obliquity = 23.4393_f64.to_radians();
    let declination = (obliquity.sin() * sun_longitude(noon).to_radians().sin()).asin();
    let anomaly = (357.529_11 + 35_999.050_29 * t).to_radians();
    let mean = (280.466_46 + 36_000.769_83 * t).to_radians();
    let e = 0.016_708_634;
    let y = (obliquity / 2.0).tan().powi(2);
    let equation_of_time = 4.0
        * (y * (2.0 * mean).sin() - 2.0 * e * anomaly.sin()
            + 4.0 * e * y * anomaly.sin() * (2.0 * mean).cos()
            - 0.5 * y * y * (4.0 * mean).sin()
            - 1.25 * e * e * (2.0 * anomaly).sin())
        .to_degrees();
    let latitude = LATITUDE.to_radians();
    let cos_hour = ((-0.833_f64).to_radians().sin() - latitude.sin() * declination.sin())
        / (latitude.cos() * declination.cos());
    let half_day = cos_hour.clamp(-1.0, 1.0).acos().to_degrees() * 4.0;
    let solar_noon = day
        .to_datetime(Time::constant(12, 0, 0, 0))
        .checked_sub((((4.0 * LONGITUDE + equation_of_time) * 60.0) as i64).seconds())
        .ok()?;
    let rise = solar_noon
        .checked_sub(((half_day * 60.0) as i64).seconds())
        .ok()?;
    let set = solar_noon
        .checked_add(((half_day * 60.0) as i64).seconds())
        .ok()?;
    Some((rise, set))
}

/// The time of day a festival's tithi must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// At sunrise (*udaya tithi*), the rule for most festivals.
    Sunrise,
    /// The third fifth of daylight (*madhyahna*).
    Midday,
    /// The fourth fifth of daylight (*aparahna*).
    Afternoon,
    /// The 144 minutes after sunset (*pradosh*).
    Evening,
    /// Around midnight (*nishita*).
    Midnight,
    /// An hour after sunset, about when the waning moon rises for Karva Chauth.
    Moonrise,
}

impl Window {
    /// The stretch of `day` (in UTC) the window covers.
    fn on(self, day: Date) -> Option<(DateTime, DateTime)> {
        let (rise, set) = sun_times(day)?;
        let daylight = set.duration_since(rise).as_secs();
        let at = |from: DateTime, seconds: i64| from.checked_add(seconds.seconds()).ok();
        Some(match self {
            Window::Sunrise => (rise, rise),
            Window::Midday => (at(rise, daylight * 2 / 5)?, at(rise, daylight * 3 / 5)?),
            Window::Afternoon => (at(rise, daylight * 3 / 5)?, at(rise, daylight * 4 / 5)?),
            Window::Evening => (set, at(set, 144 * 60)?),
            Window::Midnight => {
                let (next_rise, _) = sun_times(day.tomorrow().ok()?)?;
                let night = next_rise.duration_since(set).as_secs();
                let middle = at(set, night / 2)?;
                (at(middle, -24 * 60)?, at(middle, 24 * 60)?)
            }
            Window::Moonrise => {
                let hour_after = at(set, 3600)?;
                (hour_after, hour_after)
            }
        })
    }
}

/// A lunar month: its name, its bounds (new moons, UTC), and whether it is an extra month.
struct LunarMonth {
    name: i8,
    start: DateTime,
    end: DateTime,
    extra: bool,
}

/// The month a new moon begins: named after the sign the sun is in, one on (Pisces, the last
/// sign, begins Chaitra).
fn month_name(new_moon: DateTime) -> i8 {
    let sign = (sidereal(sun_longitude(new_moon), new_moon) / 30.0).floor() as i8;
    (sign + 1).rem_euclid(12)
}

/// The lunar months that begin from December of the year before `year` to early the year
/// after.
fn months(year: i16) -> Option<Vec<LunarMonth>> {
    let start = Date::new(year.checked_sub(1)?, 12, 1)
        .ok()?
        .to_datetime(Time::midnight());
    let mut new_moons = vec![new_moon_before(start)?];
    for _ in 0..16 {
        let last = *new_moons.last()?;
        let later = last
            .checked_add(((SYNODIC_MONTH + 1.0) * 86_400.0) as i64 * 1_i64.seconds())
            .ok()?;
        new_moons.push(new_moon_before(later)?);
    }
    Some(
        new_moons
            .windows(2)
            .map(|pair| LunarMonth {
                name: month_name(pair[0]),
                start: pair[0],
                end: pair[1],
                extra: month_name(pair[0]) == month_name(pair[1]),
            })
            .collect(),
    )
}

/// Whether tithi `wanted` holds at some moment of `[from, to]` (sampled every ten minutes;
/// a tithi lasts about a day).
fn holds(wanted: i8, from: DateTime, to: DateTime) -> bool {
    let mut at = from;
    loop {
        if tithi(at) == wanted {
            return true;
        }
        match at.checked_add(10.minutes()) {
            Ok(next) if next <= to => at = next,
            _ => return false,
        }
    }
}

/// The day (IST) within `month` when tithi `wanted` holds in `window`; when it holds in no
/// window (a tithi shorter than a day can fall between two sunrises), the first day past it.
fn festival_day(month: &LunarMonth, wanted: i8, window: Window) -> Option<Date> {
    let first = ist_date(month.start)?.yesterday().ok()?;
    let days: Vec<Date> = (0..33)
        .filter_map(|i| first.checked_add(i64::from(i).days()).ok())
        .collect();
    for day in &days {
        let (from, to) = window.on(*day)?;
        let (from, to) = (from.max(month.start), to.min(month.end));
        if from <= to && holds(wanted, from, to) {
            return Some(*day);
        }
    }
    days.into_iter().find(|day| {
        Window::Sunrise
            .on(*day)
            .is_some_and(|(rise, _)| rise > month.start && rise < month.end && tithi(rise) > wanted)
    })
}

/// When the sun enters the sidereal longitude `target` near `around` (UTC).
fn sankranti(target: f64, around: DateTime) -> Option<DateTime> {
    let mut moment = around;
    for _ in 0..20 {
        let behind =
            (target - sidereal(sun_longitude(moment), moment) + 540.0).rem_euclid(360.0) - 180.0;
        let seconds = (behind / 360.0 * 365.2422 * 86_400.0) as i64;
        moment = moment.checked_add(seconds.seconds()).ok()?;
        if seconds.abs() < 30 {
            break;
        }
    }
    Some(moment)
}

/// How a solar festival's day follows from the sankranti.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SolarDay {
    /// The day of the sankranti, or the next when it comes after sunset (Tamil and Punjabi
    /// reckoning).
    BeforeSunset,
    /// The day after the sankranti (Bengali reckoning: the month begins the next day).
    NextDay,
}

/// A Hindu festival.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Feast {
    /// A tithi of a lunar month, held in a window, moved by some days (Holi is the day after
    /// Holika Dahan).
    Tithi {
        month: i8,
        tithi: i8,
        window: Window,
        shift: i8,
    },
    /// From the first tithi of a month to the day of a later one: Navaratri runs from Pratipada
    /// to Vijayadashami.
    Span {
        month: i8,
        first: i8,
        until: i8,
        until_window: Window,
    },
    /// Days counted from the sun's entry into a sign (sidereal longitude in degrees).
    Solar {
        longitude: i16,
        rule: SolarDay,
        shift: i8,
    },
    /// Onam: the day in the solar month of Leo when the moon is in the asterism Shravana
    /// (Thiruvonam) six nazhikas (a fifth of daylight) after sunrise.
    Onam,
}

impl Feast {
    /// The festival's days that begin in the Gregorian `year`.
    pub fn in_year(self, year: i16) -> Vec<DateValue> {
        let days = match self {
            Feast::Tithi {
                month,
                tithi,
                window,
                shift,
            } => lunar_days(year, month, |m| {
                festival_day(m, tithi, window)?
                    .checked_add(i64::from(shift).days())
                    .ok()
            }),
            Feast::Span { .. } => return self.spans(year),
            Feast::Solar {
                longitude,
                rule,
                shift,
            } => solar_day(year, f64::from(longitude), rule, shift)
                .into_iter()
                .collect(),
            Feast::Onam => onam(year).into_iter().collect(),
        };
        days.into_iter()
            .filter(|d| d.year() == year)
            .filter_map(super::units::day)
            .collect()
    }

    fn spans(self, year: i16) -> Vec<DateValue> {
        let Feast::Span {
            month,
            first,
            until,
            until_window,
        } = self
        else {
            return Vec::new();
        };
        let Some(found) = months(year) else {
            return Vec::new();
        };
        found
            .iter()
            .filter(|m| m.name == month && !m.extra)
            .filter_map(|m| {
                let start = festival_day(m, first, Window::Sunrise)?;
                let end = festival_day(m, until, until_window)?;
                (start < end && start.year() == year)
                    .then(|| DateValue::new(start, end, Grain::Day))
            })
            .collect()
    }
}

fn lunar_days(year: i16, month: i8, day_in: impl Fn(&LunarMonth) -> Option<Date>) -> Vec<Date> {
    months(year)
        .unwrap_or_default()
        .iter()
        .filter(|m| m.name == month && !m.extra)
        .filter_map(day_in)
        .collect()
}

fn solar_day(year: i16, longitude: f64, rule: SolarDay, shift: i8) -> Option<Date> {
    // The sun enters each sign on about the same day every year: 14 April for Aries.
    let days_after_aries = (longitude / 360.0 * 365.2422) as i64;
    let approximately = Date::new(year, 4, 14)
        .ok()?
        .checked_add(days_after_aries.days())
        .ok()?;
    // The same day of the year in `year` itself (Capricorn's is in January).
    let around = Date::new(year, approximately.month(), approximately.day().min(28))
        .ok()?
        .to_datetime(Time::midnight());
    let moment = sankranti(longitude, around)?;
    let day = ist_date(moment)?;
    let first = match rule {
        SolarDay::BeforeSunset => {
            let (_, set) = sun_times(day)?;
            if moment > set {
                day.tomorrow().ok()?
            } else {
                day
            }
        }
        SolarDay::NextDay => day.tomorrow().ok()?,
    };
    first.checked_add(i64::from(shift).days()).ok()
}

fn onam(year: i16) -> Option<Date> {
    let start = Date::new(year, 8, 1).ok()?;
    (0..60)
        .filter_map(|i| start.checked_add(i64::from(i).days()).ok())
        .find(|day| {
            sun_times(*day).is_some_and(|(rise, set)| {
                let daylight = set.duration_since(rise).as_secs();
                let Ok(moment) = rise.checked_add((daylight / 5).seconds()) else {
                    return false;
                };
                let sun = sidereal(sun_longitude(moment), moment);
                let moon = sidereal(moon_longitude(moment), moment);
                (120.0..150.0).contains(&sun) && (280.0..293.0 + 1.0 / 3.0).contains(&moon)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn day(feast: Feast, year: i16) -> Date {
        feast.in_year(year)[0].start_date()
    }

    fn tithi_feast(month: i8, tithi: i8, window: Window) -> Feast {
        Feast::Tithi {
            month,
            tithi,
            window,
            shift: 0,
        }
    }

    #[test]
    fn festivals_by_their_tithi() {
        assert_eq!(
            day(tithi_feast(CHAITRA, 1, Window::Sunrise), 2018),
            date(2018, 3, 18)
        );
        assert_eq!(
            day(tithi_feast(ASHVINA, 30, Window::Evening), 2019),
            date(2019, 10, 27)
        );
        assert_eq!(
            day(tithi_feast(SHRAVANA, 23, Window::Midnight), 2019),
            date(2019, 8, 23)
        );
        assert_eq!(
            day(tithi_feast(BHADRAPADA, 4, Window::Midday), 2019),
            date(2019, 9, 2)
        );
        assert_eq!(
            day(tithi_feast(MAGHA, 29, Window::Midnight), 2020),
            date(2020, 2, 21)
        );
    }

    #[test]
    fn solar_festivals() {
        let pongal = Feast::Solar {
            longitude: 270,
            rule: SolarDay::BeforeSunset,
            shift: 0,
        };
        assert_eq!(day(pongal, 2018), date(2018, 1, 14));
        // The sun entered Capricorn after sunset on 14 January 2019.
        assert_eq!(day(pongal, 2019), date(2019, 1, 15));
        let vaisakhi = Feast::Solar {
            longitude: 0,
            rule: SolarDay::BeforeSunset,
            shift: 0,
        };
        assert_eq!(day(vaisakhi, 2018), date(2018, 4, 14));
        assert_eq!(day(Feast::Onam, 2018), date(2018, 8, 24));
        assert_eq!(day(Feast::Onam, 2023), date(2023, 8, 29));
    }
}
