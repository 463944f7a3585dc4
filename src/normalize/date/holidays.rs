//! Holidays as data: each is a name pattern and a rule that gives its date in any year — a
//! fixed day ("Christmas"), the nth weekday of a month ("Thanksgiving", the fourth Thursday of
//! November), a day counted from Easter ("Pentecost"), or a day of another calendar (Hebrew,
//! Islamic, Chinese; see [`super::lunar`]).
//!
//! The name patterns are regex fragments in lower case. The grammar matches them against a
//! phrase, and the lexicon turns them into the `{holiday}` macro, so the scanner and the
//! resolver know the same names.

use jiff::civil::{Date, Time, Weekday};
use jiff::ToSpan;

use super::computus::{easter, orthodox_easter};
use super::lunar;
use super::units;
use crate::value::{DateValue, Grain};

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rule {
    /// The same month and day every year.
    Fixed { month: i8, day: i8 },
    /// The `n`th `weekday` of `month` (from the end when negative), moved by `shift` days.
    NthWeekday {
        n: i8,
        weekday: Weekday,
        month: i8,
        shift: i16,
    },
    /// A fixed day, moved to the nearest weekday when it falls on a weekend.
    NearestWeekday { month: i8, day: i8 },
    /// A fixed day, kept on the Saturday before when it falls on a Sunday.
    SundayToSaturday { month: i8, day: i8 },
    /// `shift` days from Western Easter Sunday, lasting `days` days.
    Easter { shift: i16, days: i16 },
    /// `shift` days from Orthodox Easter Sunday, lasting `days` days.
    OrthodoxEaster { shift: i16, days: i16 },
    /// The last Saturday of March, 20:30 to 21:30.
    EarthHour,
    /// A day of another calendar.
    Lunar(lunar::Feast),
}

/// A holiday: its canonical name, the pattern of the names it goes by, and its rule.
#[derive(Debug, PartialEq)]
pub struct Holiday {
    pub name: &'static str,
    pub pattern: &'static str,
    /// The pattern the scanner uses instead, when a name is also a common word and counts only
    /// with a capital ("Lent", not "lent").
    pub scan: Option<&'static str>,
    pub rule: Rule,
}

const fn fixed(name: &'static str, pattern: &'static str, month: i8, day: i8) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::Fixed { month, day },
    }
}

const fn nth(
    name: &'static str,
    pattern: &'static str,
    n: i8,
    weekday: Weekday,
    month: i8,
) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::NthWeekday {
            n,
            weekday,
            month,
            shift: 0,
        },
    }
}

const fn from_easter(name: &'static str, pattern: &'static str, shift: i16, days: i16) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::Easter { shift, days },
    }
}

const fn from_orthodox_easter(
    name: &'static str,
    pattern: &'static str,
    shift: i16,
    days: i16,
) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::OrthodoxEaster { shift, days },
    }
}

use Weekday::{Monday, Sunday, Thursday};

/// Every holiday crosscheck knows, besides those of [`lunar::HOLIDAYS`].
pub static HOLIDAYS: &[Holiday] = &[
    fixed("New Year's Day", r"new\s+year'?s?\s+day", 1, 1),
    fixed("New Year's Eve", r"new\s+year'?s?\s+eve", 12, 31),
    Holiday {
        name: "Epiphany",
        pattern: r"epiphany",
        scan: Some(r"(?-i:Epiphany)"),
        rule: Rule::Fixed { month: 1, day: 6 },
    },
    fixed("Australia Day", r"australia\s+day", 1, 26),
    fixed("Groundhog Day", r"groundhog\s+day", 2, 2),
    fixed(
        "Valentine's Day",
        r"(?:st\.?\s+|saint\s+)?valentine'?s?\s+day",
        2,
        14,
    ),
    fixed(
        "International Women's Day",
        r"(?:international\s+)?women'?s\s+day",
        3,
        8,
    ),
    fixed(
        "St Patrick's Day",
        r"(?:st\.?\s+|saint\s+)(?:patrick|paddy)'?s?\s+day",
        3,
        17,
    ),
    fixed("April Fools' Day", r"april\s+fool'?s'?\s+day", 4, 1),
    fixed("Earth Day", r"earth\s+day", 4, 22),
    fixed("May Day", r"may\s+day", 5, 1),
    fixed("Cinco de Mayo", r"cinco\s+de\s+mayo", 5, 5),
    fixed("Victory Day", r"victory\s+day", 5, 9),
    fixed("Juneteenth", r"juneteenth", 6, 19),
    fixed("Canada Day", r"canada\s+day", 7, 1),
    fixed("Bastille Day", r"bastille\s+day", 7, 14),
    fixed("Halloween", r"hall?owe'?en", 10, 31),
    fixed("All Saints' Day", r"all\s+saints'?\s+day", 11, 1),
    fixed("World Vegan Day", r"world\s+vegan\s+day", 11, 1),
    fixed("All Souls' Day", r"all\s+souls'?\s+day", 11, 2),
    fixed(
        "Guy Fawkes Night",
        r"guy\s+fawkes'?\s+(?:night|day)|bonfire\s+night",
        11,
        5,
    ),
    fixed(
        "Armistice Day",
        r"armistice\s+day|remembrance\s+day|veterans'?\s+day",
        11,
        11,
    ),
    fixed("World AIDS Day", r"world\s+aids\s+day", 12, 1),
    fixed("Human Rights Day", r"human\s+rights\s+day", 12, 10),
    fixed("Christmas Eve", r"christmas\s+eve|xmas\s+eve", 12, 24),
    fixed("Christmas", r"christmas(?:\s+day)?|xmas(?:\s+day)?", 12, 25),
    fixed("Boxing Day", r"boxing\s+day", 12, 26),
    nth(
        "Martin Luther King Jr. Day",
        r"(?:mlk|martin\s+luther\s+king(?:'?s)?)(?:\s+jr\.?(?:'?s)?)?\s+day|civil\s+rights\s+day",
        3,
        Monday,
        1,
    ),
    nth(
        "Presidents' Day",
        r"presidents'?\s+day|washington'?s\s+birthday",
        3,
        Monday,
        2,
    ),
    nth("Mother's Day", r"mother'?s'?\s+day", 2, Sunday, 5),
    nth("Memorial Day", r"memorial\s+day", -1, Monday, 5),
    nth("Father's Day", r"father'?s'?\s+day", 3, Sunday, 6),
    nth("Labor Day", r"labor\s+day", 1, Monday, 9),
    nth(
        "Columbus Day",
        r"columbus\s+day|indigenous\s+peoples'?\s+day",
        2,
        Monday,
        10,
    ),
    nth("Thanksgiving", r"thanks?giving(?:\s+day)?", 4, Thursday, 11),
    Holiday {
        name: "Black Friday",
        pattern: r"black\s+friday",
        scan: None,
        rule: Rule::NthWeekday {
            n: 4,
            weekday: Thursday,
            month: 11,
            shift: 1,
        },
    },
    Holiday {
        name: "Cyber Monday",
        pattern: r"cyber\s+monday",
        scan: None,
        rule: Rule::NthWeekday {
            n: 4,
            weekday: Thursday,
            month: 11,
            shift: 4,
        },
    },
    Holiday {
        name: "Boss's Day",
        pattern: r"boss'?s?'?s?\s+day",
        scan: None,
        rule: Rule::NearestWeekday { month: 10, day: 16 },
    },
    Holiday {
        name: "King's Day",
        pattern: r"koningsdag|king'?s\s+day",
        scan: None,
        rule: Rule::SundayToSaturday { month: 4, day: 27 },
    },
    Holiday {
        name: "Earth Hour",
        pattern: r"earth\s+hour",
        scan: None,
        rule: Rule::EarthHour,
    },
    from_easter("Easter", r"easter(?:\s+sunday)?", 0, 1),
    from_easter("Easter Monday", r"easter\s+mon(?:day)?\.?", 1, 1),
    from_easter("Good Friday", r"good\s+friday", -2, 1),
    from_easter("Holy Saturday", r"holy\s+saturday|easter\s+eve", -1, 1),
    from_easter(
        "Maundy Thursday",
        r"(?:maundy|holy|covenant)\s+thu(?:rsday)?\.?|thu(?:rsday)?\.?\s+of\s+(?:the\s+)?mysteries",
        -3,
        1,
    ),
    from_easter("Palm Sunday", r"(?:palm|branch)\s+sunday", -7, 1),
    from_easter("Ash Wednesday", r"ash\s+wednesday", -46, 1),
    from_easter(
        "Shrove Tuesday",
        r"shrove\s+tuesday|mardi\s+gras|pancake\s+(?:day|tuesday)",
        -47,
        1,
    ),
    Holiday {
        name: "Lent",
        pattern: r"lent",
        scan: Some(r"(?-i:Lent)|lent\s+(?:1[5-9]|20)\d{2}"),
        rule: Rule::Easter {
            shift: -46,
            days: 46,
        },
    },
    Holiday {
        name: "Ascension Day",
        pattern: r"ascension(?:\s+(?:day|thursday))?",
        scan: Some(r"(?-i:Ascension)(?:\s+(?:day|thursday))?|ascension\s+(?:day|thursday)"),
        rule: Rule::Easter { shift: 39, days: 1 },
    },
    from_easter(
        "Pentecost",
        r"pentecost(?:\s+sunday)?|whit(?:e)?\s+sunday|whitsun(?:day)?",
        49,
        1,
    ),
    from_easter(
        "Whit Monday",
        r"whit(?:e)?\s+monday|pentecost\s+monday|monday\s+of\s+the\s+holy\s+spirit",
        50,
        1,
    ),
    from_easter("Trinity Sunday", r"trinity\s+sunday", 56, 1),
    from_easter("Corpus Christi", r"corpus\s+christi", 60, 1),
    from_orthodox_easter(
        "Orthodox Easter",
        r"orthodox\s+easter(?:\s+sunday)?|pascha",
        0,
        1,
    ),
    from_orthodox_easter(
        "Orthodox Good Friday",
        r"orthodox\s+(?:good|great|holy)\s+friday",
        -2,
        1,
    ),
    from_orthodox_easter(
        "Clean Monday",
        r"clean\s+monday|orthodox\s+shrove\s+monday|ash\s+monday",
        -48,
        1,
    ),
    from_orthodox_easter("Lazarus Saturday", r"lazarus\s+saturday", -8, 1),
    from_orthodox_easter("Great Lent", r"great\s+(?:lent|fast)", -48, 40),
];

/// Every holiday, of this table and of the other calendars.
pub fn all() -> impl Iterator<Item = &'static Holiday> {
    HOLIDAYS.iter().chain(lunar::HOLIDAYS.iter())
}

/// One regex alternation of every holiday name, for the lexicon's `{holiday}` macro.
pub fn name_pattern() -> String {
    let mut holidays: Vec<&Holiday> = all().collect();
    // Longer names first, so that "Christmas Eve" is not read as "Christmas": an alternation
    // takes the first alternative that matches, not the longest.
    holidays.sort_by_key(|h| std::cmp::Reverse((h.name.len(), h.pattern.len())));
    let patterns: Vec<&str> = holidays
        .iter()
        .map(|h| h.scan.unwrap_or(h.pattern))
        .collect();
    format!(r"\b(?:{})\b", patterns.join("|").replace('\'', "['’]"))
}

impl Holiday {
    /// The grain its dates are stated at.
    pub fn grain(&self) -> Grain {
        match self.rule {
            Rule::EarthHour => Grain::Minute,
            _ => Grain::Day,
        }
    }

    /// When the holiday falls in `year`: its days that begin that year, usually one (a feast
    /// of a lunar calendar can fall twice, or not at all).
    pub fn in_year(&self, year: i16) -> Vec<DateValue> {
        match self.rule {
            Rule::Lunar(feast) => feast.in_year(year),
            _ => self.solar_rule(year).into_iter().collect(),
        }
    }

    fn solar_rule(&self, year: i16) -> Option<DateValue> {
        let days = |start: Date, count: i16| {
            let end = start.checked_add(i64::from(count).days()).ok()?;
            Some(DateValue::new(start, end, Grain::Day))
        };
        match self.rule {
            Rule::Fixed { month, day } => units::day(Date::new(year, month, day).ok()?),
            Rule::NthWeekday {
                n,
                weekday,
                month,
                shift,
            } => {
                let date = Date::new(year, month, 1)
                    .ok()?
                    .nth_weekday_of_month(n, weekday)
                    .ok()?;
                units::day(date.checked_add(i64::from(shift).days()).ok()?)
            }
            Rule::NearestWeekday { month, day } => {
                let date = Date::new(year, month, day).ok()?;
                let moved = match date.weekday() {
                    Weekday::Saturday => date.yesterday().ok()?,
                    Weekday::Sunday => date.tomorrow().ok()?,
                    _ => date,
                };
                units::day(moved)
            }
            Rule::SundayToSaturday { month, day } => {
                let date = Date::new(year, month, day).ok()?;
                let moved = if date.weekday() == Weekday::Sunday {
                    date.yesterday().ok()?
                } else {
                    date
                };
                units::day(moved)
            }
            Rule::Easter { shift, days: count } => days(
                easter(year)?.checked_add(i64::from(shift).days()).ok()?,
                count,
            ),
            Rule::OrthodoxEaster { shift, days: count } => days(
                orthodox_easter(year)?
                    .checked_add(i64::from(shift).days())
                    .ok()?,
                count,
            ),
            Rule::EarthHour => {
                let last = Date::new(year, 3, 1)
                    .ok()?
                    .nth_weekday_of_month(-1, Weekday::Saturday)
                    .ok()?;
                // Never on Holy Saturday: then it is held a week earlier.
                let holy_saturday = easter(year).and_then(|e| e.yesterday().ok());
                let saturday = if holy_saturday == Some(last) {
                    last.checked_sub(7.days()).ok()?
                } else {
                    last
                };
                let start = saturday.to_datetime(Time::new(20, 30, 0, 0).ok()?);
                let end = saturday.to_datetime(Time::new(21, 30, 0, 0).ok()?);
                Some(DateValue::new(start, end, Grain::Minute))
            }
            Rule::Lunar(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use regex::Regex;

    fn find(name: &str) -> &'static Holiday {
        all()
            .find(|h| {
                Regex::new(&format!("^(?:{})$", h.pattern))
                    .unwrap()
                    .is_match(name)
            })
            .unwrap_or_else(|| panic!("no holiday is called {name}"))
    }

    fn day_of(name: &str, year: i16) -> Date {
        find(name).in_year(year)[0].start_date()
    }

    #[test]
    fn rules_give_the_date_of_each_year() {
        assert_eq!(day_of("thanksgiving", 2013), date(2013, 11, 28));
        assert_eq!(day_of("thanksgiving day", 2012), date(2012, 11, 22));
        assert_eq!(day_of("black friday", 2017), date(2017, 11, 24));
        assert_eq!(day_of("mlk day", 2014), date(2014, 1, 20));
        assert_eq!(day_of("boss's day", 2016), date(2016, 10, 17));
        assert_eq!(day_of("boss's day", 2021), date(2021, 10, 15));
        assert_eq!(day_of("king's day", 2014), date(2014, 4, 26));
        assert_eq!(day_of("memorial day", 2025), date(2025, 5, 26));
        assert_eq!(day_of("christmas eve", 2025), date(2025, 12, 24));
    }

    #[test]
    fn feasts_counted_from_easter() {
        assert_eq!(day_of("pentecost", 2013), date(2013, 5, 19));
        assert_eq!(day_of("mardi gras", 2013), date(2013, 2, 12));
        assert_eq!(day_of("clean monday", 2018), date(2018, 2, 19));
        let lent = find("lent").in_year(2018)[0].clone();
        assert_eq!(
            (lent.start_date(), lent.end_date()),
            (date(2018, 2, 14), date(2018, 4, 1))
        );
        let fast = find("great fast").in_year(2018)[0].clone();
        assert_eq!(fast.end_date(), date(2018, 3, 31));
    }

    #[test]
    fn the_name_pattern_compiles_and_prefers_longer_names() {
        let all = Regex::new(&format!("(?i){}", name_pattern())).unwrap();
        assert_eq!(
            all.find("on Christmas Eve").unwrap().as_str(),
            "Christmas Eve"
        );
        for holiday in super::all() {
            let found = all.find(holiday.name).map(|m| m.as_str());
            assert_eq!(
                found,
                Some(holiday.name),
                "the scanner reads {} whole",
                holiday.name
            );
        }
        assert!(!all.is_match("Martin Luther King' day"));
    }
}
