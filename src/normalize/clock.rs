//! Times of day: "4:17 a.m.", "14:10", "5.40pm", "noon", with the hedges news puts before them
//! ("shortly after 4 a.m.", "about 9:30"). A time of day is compared on the clock alone, in
//! minutes after midnight, so that "2:10 p.m." and "14:10" agree whichever day each report
//! is dated.

use crate::value::{Grain, NumberValue};

/// The unit of a time of day: minutes after midnight, shown on the 24-hour clock.
pub const TIME_OF_DAY: &str = "time of day";

const DAY: f64 = 1440.0;

/// A time of day and how it was read: a time to the minute is that minute; an hour alone ("4
/// a.m.") is the whole hour, as "struck at 4 a.m." may round "4:17"; a hedge widens either.
/// `None` for anything else, and for a hedged time that would run across midnight.
pub fn parse_clock(words: &str) -> Option<(NumberValue, Vec<String>)> {
    let shown = words.trim();
    let lower = shown.to_lowercase();
    let mut rest = lower.trim_start_matches("at ").trim();
    let mut hedge = None;
    for (prefix, kind) in HEDGES {
        if let Some(after) = rest.strip_prefix(prefix) {
            if after.starts_with(' ') {
                hedge = Some(*kind);
                rest = after.trim_start();
                break;
            }
        }
    }
    let (minute, whole_hour) = read_time(rest)?;
    let (low, high) = match (hedge, whole_hour) {
        (None, false) => (minute, minute),
        (None, true) => (minute, minute + 60.0),
        (Some(Hedge::About), false) => (minute - 10.0, minute + 10.0),
        (Some(Hedge::About), true) => (minute - 30.0, minute + 30.0),
        (Some(Hedge::ShortlyAfter), false) => (minute, minute + 15.0),
        (Some(Hedge::ShortlyAfter), true) => (minute, minute + 30.0),
        (Some(Hedge::ShortlyBefore), false) => (minute - 15.0, minute),
        (Some(Hedge::ShortlyBefore), true) => (minute - 30.0, minute),
    };
    if low < 0.0 || high > DAY {
        return None;
    }
    let value = NumberValue {
        min: Some(low),
        max: Some(high),
        min_inclusive: true,
        // An hour alone ends before the next begins: "4 a.m." is 04:00 to 04:59.
        max_inclusive: hedge.is_some() || !whole_hour,
        unit: Some(TIME_OF_DAY.into()),
        figure: None,
    };
    let mut notes = Vec::new();
    if hedge.is_some() || whole_hour {
        notes.push(format!("\"{shown}\" read as {}", format_clock(&value)));
    }
    Some((value, notes))
}

#[derive(Clone, Copy)]
enum Hedge {
    About,
    ShortlyAfter,
    ShortlyBefore,
}

const HEDGES: &[(&str, Hedge)] = &[
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("approximately", Hedge::About),
    ("roughly", Hedge::About),
    ("shortly after", Hedge::ShortlyAfter),
    ("just after", Hedge::ShortlyAfter),
    ("soon after", Hedge::ShortlyAfter),
    ("moments after", Hedge::ShortlyAfter),
    ("shortly before", Hedge::ShortlyBefore),
    ("just before", Hedge::ShortlyBefore),
    ("moments before", Hedge::ShortlyBefore),
];

/// Minutes after midnight, and whether only the hour was given, as the date grammar reads
/// the clock: a time alone, to the minute or to the hour, and nothing with a day to it.
fn read_time(text: &str) -> Option<(f64, bool)> {
    use super::date::{resolve, DateOptions, Tense};
    // Any day serves: only the clock is kept, and from noon the nearest such time is that
    // day's.
    let noon = jiff::civil::date(2000, 1, 1).at(12, 0, 0, 0);
    let text = text.trim().trim_end_matches(',');
    // Noon and midnight are instants, where the grammar gives them their hour.
    match text {
        "noon" | "midday" | "mid-day" => return Some((720.0, false)),
        "midnight" => return Some((0.0, false)),
        _ => {}
    }
    // Without a meridiem news writes the 24-hour clock ("02:50", "10:06"), where the grammar
    // would take whichever of a.m. and p.m. is nearer its reference.
    if !text.contains(char::is_alphabetic) {
        let (hour, minute) = text.split_once(':')?;
        let (hour, minute) = (hour.parse::<u8>().ok()?, minute.parse::<u8>().ok()?);
        return (hour < 24 && minute < 60 && text.len() <= 5)
            .then(|| (f64::from(hour) * 60.0 + f64::from(minute), false));
    }
    let value = resolve(text, Some(noon), DateOptions::tense(Tense::Unknown))
        .ok()?
        .value;
    let whole_hour = match value.grain {
        Grain::Minute => false,
        Grain::Hour => true,
        _ => return None,
    };
    if value.start.date() != noon.date() {
        return None;
    }
    let time = value.start.time();
    Some((
        f64::from(time.hour()) * 60.0 + f64::from(time.minute()),
        whole_hour,
    ))
}

/// The name a time zone is kept under: "GMT" and "UTC" are one clock.
pub fn zone_name(words: &str) -> String {
    let upper = words.trim().trim_matches(['(', ')']).to_uppercase();
    match upper.as_str() {
        "GMT" | "UTC" | "Z" => "UTC".into(),
        _ => upper,
    }
}

/// A time of day on the 24-hour clock ("04:17"), or a span of them ("04:00–05:00").
pub fn format_clock(value: &NumberValue) -> String {
    let at = |minutes: f64| {
        let minutes = minutes.round() as i64;
        format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
    };
    match (value.min, value.max) {
        (Some(a), Some(b)) if a == b => at(a),
        (Some(a), Some(b)) if value.max_inclusive => format!("{}–{}", at(a), at(b)),
        // An hour alone: "04:00–04:59", the minutes it holds.
        (Some(a), Some(b)) => format!("{}–{}", at(a), at(b - 1.0)),
        (Some(a), None) => format!("after {}", at(a)),
        (None, Some(b)) => format!("before {}", at(b)),
        (None, None) => "any time".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(words: &str) -> String {
        parse_clock(words)
            .map(|(value, _)| format_clock(&value))
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn the_twelve_and_the_twenty_four_hour_clock_agree() {
        assert_eq!(read("2:10 p.m."), "14:10");
        assert_eq!(read("14:10"), "14:10");
        // Without a meridiem, the 24-hour clock: "02:50" and "2:50" are ten to three at night.
        assert_eq!(read("02:50"), "02:50");
        assert_eq!(read("2:50"), "02:50");
        assert_eq!(read("2.10pm"), "14:10");
        assert_eq!(read("4:17 a.m."), "04:17");
        assert_eq!(read("3:41 am"), "03:41");
        assert_eq!(read("12:05 a.m."), "00:05");
        assert_eq!(read("12:30 p.m."), "12:30");
        assert_eq!(read("noon"), "12:00");
        assert_eq!(read("midnight"), "00:00");
    }

    #[test]
    fn minutes_past_or_to_an_hour_are_that_minute() {
        assert_eq!(read("one minute past midnight"), "00:01");
        assert_eq!(read("ten to midnight"), "23:50");
        assert_eq!(read("a quarter past three in the morning"), "03:15");
        assert_eq!(read("20 minutes after 3 p.m."), "15:20");
        assert_eq!(read("shortly after ten past noon"), "12:10–12:25");
    }

    #[test]
    fn an_hour_alone_is_the_hour_and_a_hedge_widens_a_time() {
        assert_eq!(read("4 a.m."), "04:00–04:59");
        assert_eq!(read("9pm"), "21:00–21:59");
        assert_eq!(read("about 9:30 p.m."), "21:20–21:40");
        assert_eq!(read("shortly after 4 a.m."), "04:00–04:30");
        assert_eq!(read("just before 5.40pm"), "17:25–17:40");
        let time =
            |words: &str| crate::value::Value::Number(parse_clock(words).expect("a time of day").0);
        assert_eq!(
            time("4 a.m.").relation(&time("4:17 a.m.")),
            crate::value::Relation::Contains
        );
        assert_eq!(
            time("4:17 a.m.").relation(&time("3:41 am")),
            crate::value::Relation::Disjoint
        );
    }

    #[test]
    fn what_is_no_time_of_day_is_not_read() {
        // A bare number has no clock, and a hedge across midnight no single span.
        assert_eq!(read("4"), "none");
        assert_eq!(read("4.17"), "none");
        assert_eq!(read("25:10"), "none");
        assert_eq!(read("13 p.m."), "none");
        assert_eq!(read("around midnight"), "none");
        assert_eq!(read("10:75"), "none");
    }
}
