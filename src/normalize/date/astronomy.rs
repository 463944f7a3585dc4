//! Just enough astronomy for the calendars that follow the sun and the moon: the moments of new
//! moons (Meeus, *Astronomical Algorithms*, ch. 49, accurate to a minute or so) and the
//! apparent longitude of the sun (ch. 25, low precision: about 0.01°). Moments are civil
//! date-times in UTC; Julian days are counted in terrestrial time, a minute off UTC, which no
//! calendar rule here is sensitive to.

use jiff::civil::DateTime;

/// The Julian day of 2000-01-01 12:00 (J2000.0).
const J2000: f64 = 2_451_545.0;
/// The mean length of a lunation, in days.
pub const SYNODIC_MONTH: f64 = 29.530_588_861;
/// Terrestrial time runs about this many seconds ahead of UTC in the decades that matter.
const DELTA_T_SECONDS: f64 = 69.0;

fn noon_2000() -> DateTime {
    DateTime::constant(2000, 1, 1, 12, 0, 0, 0)
}

/// The Julian day (terrestrial time) of a UTC moment.
pub fn julian_day(moment: DateTime) -> f64 {
    let seconds = moment.duration_since(noon_2000()).as_secs_f64();
    J2000 + (seconds + DELTA_T_SECONDS) / 86_400.0
}

/// The UTC moment of a Julian day (terrestrial time), if the calendar reaches it.
pub fn moment(julian_day: f64) -> Option<DateTime> {
    let seconds = (julian_day - J2000) * 86_400.0 - DELTA_T_SECONDS;
    if !seconds.is_finite() || seconds.abs() > 3.0e11 {
        return None;
    }
    noon_2000()
        .checked_add(jiff::Span::new().seconds(seconds.round() as i64))
        .ok()
}

/// The moment of the new moon of lunation `k` (0 is the new moon of 2000-01-06).
pub fn new_moon(k: i64) -> Option<DateTime> {
    let k = k as f64;
    let t = k / 1236.85;
    let mean = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.000_154_37 * t * t
        - 0.000_000_150 * t.powi(3)
        + 0.000_000_000_73 * t.powi(4);
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t * t;
    let sun =
        (2.5534 + 29.105_356_70 * k - 0.000_001_4 * t * t - 0.000_000_11 * t.powi(3)).to_radians();
    let moon = (201.5643 + 385.816_935_28 * k + 0.010_758_2 * t * t + 0.000_012_38 * t.powi(3)
        - 0.000_000_058 * t.powi(4))
    .to_radians();
    let latitude = (160.7108 + 390.670_502_84 * k - 0.001_611_8 * t * t - 0.000_002_27 * t.powi(3)
        + 0.000_000_011 * t.powi(4))
    .to_radians();
    let node =
        (124.7746 - 1.563_755_88 * k + 0.002_067_2 * t * t + 0.000_002_15 * t.powi(3)).to_radians();
    let first = [
        -0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208,
    ];
    let sin = f64::sin;
    let correction = first[0] * sin(moon)
        + first[1] * e * sin(sun)
        + first[2] * sin(2.0 * moon)
        + first[3] * sin(2.0 * latitude)
        + first[4] * e * sin(moon - sun)
        + first[5] * e * sin(moon + sun)
        + first[6] * e * e * sin(2.0 * sun)
        - 0.00111 * sin(moon - 2.0 * latitude)
        - 0.00057 * sin(moon + 2.0 * latitude)
        + 0.00056 * e * sin(2.0 * moon + sun)
        - 0.00042 * sin(3.0 * moon)
        + 0.00042 * e * sin(sun + 2.0 * latitude)
        + 0.00038 * e * sin(sun - 2.0 * latitude)
        - 0.00024 * e * sin(2.0 * moon - sun)
        - 0.00017 * sin(node)
        - 0.00007 * sin(moon + 2.0 * sun)
        + 0.00004 * sin(2.0 * moon - 2.0 * latitude)
        + 0.00004 * sin(3.0 * sun)
        + 0.00003 * sin(moon + sun - 2.0 * latitude)
        + 0.00003 * sin(2.0 * moon + 2.0 * latitude)
        - 0.00003 * sin(moon + sun + 2.0 * latitude)
        + 0.00003 * sin(moon - sun + 2.0 * latitude)
        - 0.00002 * sin(moon - sun - 2.0 * latitude)
        - 0.00002 * sin(3.0 * moon + sun)
        + 0.00002 * sin(4.0 * moon);
    moment(mean + correction + planetary(k, t))
}

/// The small corrections for the planets' pull (Meeus table 49.A), up to half a minute.
fn planetary(k: f64, t: f64) -> f64 {
    const TERMS: [(f64, f64, f64); 14] = [
        (0.000_325, 299.77, 0.107_408),
        (0.000_165, 251.88, 0.016_321),
        (0.000_164, 251.83, 26.651_886),
        (0.000_126, 349.42, 36.412_478),
        (0.000_110, 84.66, 18.206_239),
        (0.000_062, 141.74, 53.303_771),
        (0.000_060, 207.14, 2.453_732),
        (0.000_056, 154.84, 7.306_860),
        (0.000_047, 34.52, 27.261_239),
        (0.000_042, 207.19, 0.121_824),
        (0.000_040, 291.34, 1.844_379),
        (0.000_037, 161.72, 24.198_154),
        (0.000_035, 239.56, 25.513_099),
        (0.000_023, 331.55, 3.592_518),
    ];
    TERMS
        .iter()
        .enumerate()
        .map(|(i, (coefficient, base, rate))| {
            let extra = if i == 0 { -0.009_173 * t * t } else { 0.0 };
            coefficient * (base + rate * k + extra).to_radians().sin()
        })
        .sum()
}

/// The lunation number of the new moon nearest `moment`.
fn lunation_near(moment: DateTime) -> i64 {
    let days = (julian_day(moment) - 2_451_550.097_66) / SYNODIC_MONTH;
    days.round() as i64
}

/// The first new moon at or after `moment`.
pub fn new_moon_on_or_after(moment: DateTime) -> Option<DateTime> {
    let near = lunation_near(moment);
    (near - 2..=near + 2)
        .filter_map(new_moon)
        .find(|t| *t >= moment)
}

/// The last new moon before `moment`.
pub fn new_moon_before(moment: DateTime) -> Option<DateTime> {
    let near = lunation_near(moment);
    (near - 2..=near + 2)
        .rev()
        .filter_map(new_moon)
        .find(|t| *t < moment)
}

/// The apparent geocentric longitude of the sun at a UTC moment, in degrees (0–360).
pub fn sun_longitude(moment: DateTime) -> f64 {
    let t = (julian_day(moment) - J2000) / 36_525.0;
    let mean = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let anomaly = (357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t).to_radians();
    let center = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * anomaly.sin()
        + (0.019_993 - 0.000_101 * t) * (2.0 * anomaly).sin()
        + 0.000_289 * (3.0 * anomaly).sin();
    let node = (125.04 - 1934.136 * t).to_radians();
    (mean + center - 0.005_69 - 0.004_78 * node.sin()).rem_euclid(360.0)
}

/// The moment, near `around`, when the sun reaches `longitude` degrees: 0 is the March
/// equinox, 270 the December solstice.
pub fn sun_at_longitude(longitude: f64, around: DateTime) -> Option<DateTime> {
    let mut day = julian_day(around);
    for _ in 0..20 {
        let current = sun_longitude(moment(day)?);
        let behind = (longitude - current + 540.0).rem_euclid(360.0) - 180.0;
        day += behind / 360.0 * 365.2422;
        if behind.abs() < 1e-7 {
            break;
        }
    }
    moment(day)
}

/// The main periodic terms of the moon's longitude (Meeus table 47.A): multiples of the mean
/// elongation D, the sun's anomaly M, the moon's anomaly M′ and its argument of latitude F,
/// and the coefficient in millionths of a degree.
const MOON_TERMS: [(f64, f64, f64, f64, f64); 59] = [
    (0.0, 0.0, 1.0, 0.0, 6_288_774.0),
    (2.0, 0.0, -1.0, 0.0, 1_274_027.0),
    (2.0, 0.0, 0.0, 0.0, 658_314.0),
    (0.0, 0.0, 2.0, 0.0, 213_618.0),
    (0.0, 1.0, 0.0, 0.0, -185_116.0),
    (0.0, 0.0, 0.0, 2.0, -114_332.0),
    (2.0, 0.0, -2.0, 0.0, 58_793.0),
    (2.0, -1.0, -1.0, 0.0, 57_066.0),
    (2.0, 0.0, 1.0, 0.0, 53_322.0),
    (2.0, -1.0, 0.0, 0.0, 45_758.0),
    (0.0, 1.0, -1.0, 0.0, -40_923.0),
    (1.0, 0.0, 0.0, 0.0, -34_720.0),
    (0.0, 1.0, 1.0, 0.0, -30_383.0),
    (2.0, 0.0, 0.0, -2.0, 15_327.0),
    (0.0, 0.0, 1.0, 2.0, -12_528.0),
    (0.0, 0.0, 1.0, -2.0, 10_980.0),
    (4.0, 0.0, -1.0, 0.0, 10_675.0),
    (0.0, 0.0, 3.0, 0.0, 10_034.0),
    (4.0, 0.0, -2.0, 0.0, 8_548.0),
    (2.0, 1.0, -1.0, 0.0, -7_888.0),
    (2.0, 1.0, 0.0, 0.0, -6_766.0),
    (1.0, 0.0, -1.0, 0.0, -5_163.0),
    (1.0, 1.0, 0.0, 0.0, 4_987.0),
    (2.0, -1.0, 1.0, 0.0, 4_036.0),
    (2.0, 0.0, 2.0, 0.0, 3_994.0),
    (4.0, 0.0, 0.0, 0.0, 3_861.0),
    (2.0, 0.0, -3.0, 0.0, 3_665.0),
    (0.0, 1.0, -2.0, 0.0, -2_689.0),
    (2.0, 0.0, -1.0, 2.0, -2_602.0),
    (2.0, -1.0, -2.0, 0.0, 2_390.0),
    (1.0, 0.0, 1.0, 0.0, -2_348.0),
    (2.0, -2.0, 0.0, 0.0, 2_236.0),
    (0.0, 1.0, 2.0, 0.0, -2_120.0),
    (0.0, 2.0, 0.0, 0.0, -2_069.0),
    (2.0, -2.0, -1.0, 0.0, 2_048.0),
    (2.0, 0.0, 1.0, -2.0, -1_773.0),
    (2.0, 0.0, 0.0, 2.0, -1_595.0),
    (4.0, -1.0, -1.0, 0.0, 1_215.0),
    (0.0, 0.0, 2.0, 2.0, -1_110.0),
    (3.0, 0.0, -1.0, 0.0, -892.0),
    (2.0, 1.0, 1.0, 0.0, -810.0),
    (4.0, -1.0, -2.0, 0.0, 759.0),
    (0.0, 2.0, -1.0, 0.0, -713.0),
    (2.0, 2.0, -1.0, 0.0, -700.0),
    (2.0, 1.0, -2.0, 0.0, 691.0),
    (2.0, -1.0, 0.0, -2.0, 596.0),
    (4.0, 0.0, 1.0, 0.0, 549.0),
    (0.0, 0.0, 4.0, 0.0, 537.0),
    (4.0, -1.0, 0.0, 0.0, 520.0),
    (1.0, 0.0, -2.0, 0.0, -487.0),
    (2.0, 1.0, 0.0, -2.0, -399.0),
    (0.0, 0.0, 2.0, -2.0, -381.0),
    (1.0, 1.0, 1.0, 0.0, 351.0),
    (3.0, 0.0, -2.0, 0.0, -340.0),
    (4.0, 0.0, -3.0, 0.0, 330.0),
    (2.0, -1.0, 2.0, 0.0, 327.0),
    (0.0, 2.0, 1.0, 0.0, -323.0),
    (1.0, 1.0, -1.0, 0.0, 299.0),
    (2.0, 0.0, 3.0, 0.0, 294.0),
];

/// The apparent geocentric longitude of the moon at a UTC moment, in degrees (0–360): Meeus
/// ch. 47 with its main terms, good to a few thousandths of a degree.
pub fn moon_longitude(moment: DateTime) -> f64 {
    let t = (julian_day(moment) - J2000) / 36_525.0;
    let mean = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t * t + t.powi(3) / 538_841.0
        - t.powi(4) / 65_194_000.0;
    let elongation = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t * t
        + t.powi(3) / 545_868.0
        - t.powi(4) / 113_065_000.0;
    let sun = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t * t + t.powi(3) / 24_490_000.0;
    let moon = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t * t + t.powi(3) / 69_699.0
        - t.powi(4) / 14_712_000.0;
    let latitude =
        93.272_095_0 + 483_202.017_523_3 * t - 0.003_653_9 * t * t - t.powi(3) / 3_526_000.0
            + t.powi(4) / 863_310_000.0;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t * t;
    let mut sum: f64 = MOON_TERMS
        .iter()
        .map(|(d, m, mp, f, coefficient)| {
            let argument = (d * elongation + m * sun + mp * moon + f * latitude).to_radians();
            coefficient * e.powi(m.abs() as i32) * argument.sin()
        })
        .sum();
    let venus = (119.75 + 131.849 * t).to_radians();
    let jupiter = (53.09 + 479_264.290 * t).to_radians();
    sum += 3958.0 * venus.sin()
        + 1962.0 * (mean - latitude).to_radians().sin()
        + 318.0 * jupiter.sin();
    let node = (125.044_52 - 1_934.136_261 * t).to_radians();
    let nutation = -17.20 / 3600.0 * node.sin();
    (mean + sum / 1_000_000.0 + nutation).rem_euclid(360.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn minutes_apart(a: DateTime, b: DateTime) -> i64 {
        a.duration_since(b).as_secs().abs() / 60
    }

    #[test]
    fn new_moons() {
        let new = new_moon_on_or_after(date(2013, 2, 1).at(0, 0, 0, 0)).unwrap();
        assert!(
            minutes_apart(new, date(2013, 2, 10).at(7, 20, 0, 0)) < 3,
            "{new}"
        );
        let before = new_moon_before(date(2018, 6, 14).at(0, 0, 0, 0)).unwrap();
        assert!(
            minutes_apart(before, date(2018, 6, 13).at(19, 43, 0, 0)) < 3,
            "{before}"
        );
    }

    #[test]
    fn the_moon_meets_the_sun_at_new_moon() {
        let new = new_moon_on_or_after(date(2018, 3, 1).at(0, 0, 0, 0)).unwrap();
        let elongation =
            (moon_longitude(new) - sun_longitude(new) + 180.0).rem_euclid(360.0) - 180.0;
        assert!(elongation.abs() < 0.05, "{elongation}");
    }

    #[test]
    fn solstices_and_equinoxes() {
        let solstice = sun_at_longitude(270.0, date(2013, 12, 20).at(0, 0, 0, 0)).unwrap();
        assert!(
            minutes_apart(solstice, date(2013, 12, 21).at(17, 11, 0, 0)) < 20,
            "{solstice}"
        );
        let equinox = sun_at_longitude(0.0, date(2025, 3, 19).at(0, 0, 0, 0)).unwrap();
        assert!(
            minutes_apart(equinox, date(2025, 3, 20).at(9, 1, 0, 0)) < 20,
            "{equinox}"
        );
    }
}
