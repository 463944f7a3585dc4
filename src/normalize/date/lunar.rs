//! Holidays of calendars other than the Gregorian one: the Hebrew calendar ([`super::hebrew`]),
//! the Islamic one ([`super::islamic`]), Chinese New Year ([`super::chinese`]), Nowruz at the
//! March equinox and the Parsi new year of the 365-day Shahenshahi calendar. Each is computed
//! for any year; none is read from a table.
//!
//! Left out: the Hindu, Sikh, Jain and Buddhist festivals (Diwali, Holi, Vesak…), whose dates
//! follow the lunar days (tithis) of a regional almanac and the hour of sunrise in India;
//! approximating them well enough to compare reports is a project of its own.

use jiff::civil::{Date, Time};
use jiff::ToSpan;

use super::astronomy::sun_at_longitude;
use super::hebrew::{self, Shift};
use super::holidays::{Holiday, Rule};
use super::islamic;
use super::{chinese, units};
use crate::value::DateValue;

/// A feast of a calendar other than the Gregorian one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Feast {
    Hebrew(hebrew::Feast),
    Islamic(islamic::Feast),
    ChineseNewYear,
    /// The Persian new year, the day of the March equinox in Tehran (before noon there; the
    /// next day otherwise).
    Nowruz,
    /// The first day of the Shahenshahi year, which has no leap day and so comes a day earlier
    /// every four Gregorian years.
    ParsiNewYear,
}

impl Feast {
    /// When the feast falls in the Gregorian `year`.
    pub fn in_year(self, year: i16) -> Option<DateValue> {
        match self {
            Feast::Hebrew(feast) => feast.in_year(year),
            Feast::Islamic(feast) => feast.in_year(year),
            Feast::ChineseNewYear => units::day(chinese::new_year(year)?),
            Feast::Nowruz => units::day(nowruz(year)?),
            Feast::ParsiNewYear => {
                // 1 Farvardin 1388 of the Shahenshahi era was 17 August 2018.
                let days = 365 * (i64::from(year) - 2018);
                units::day(Date::new(2018, 8, 17).ok()?.checked_add(days.days()).ok()?)
            }
        }
    }
}

fn nowruz(year: i16) -> Option<Date> {
    let around = Date::new(year, 3, 19).ok()?.to_datetime(Time::midnight());
    // Tehran keeps UTC+3:30.
    let tehran = sun_at_longitude(0.0, around)?
        .checked_add(3.hours().minutes(30))
        .ok()?;
    if tehran.hour() < 12 {
        Some(tehran.date())
    } else {
        tehran.date().tomorrow().ok()
    }
}

const fn hebrew(
    name: &'static str,
    pattern: &'static str,
    month: i8,
    day: i8,
    days: i8,
    shift: Shift,
) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::Lunar(Feast::Hebrew(hebrew::Feast {
            month,
            day,
            days,
            shift,
        })),
    }
}

const fn islamic(name: &'static str, pattern: &'static str, feast: islamic::Feast) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::Lunar(Feast::Islamic(feast)),
    }
}

const fn islamic_day(name: &'static str, pattern: &'static str, month: i8, day: i8) -> Holiday {
    islamic(name, pattern, islamic::Feast::Day { month, day })
}

use hebrew::{AV, IYYAR, KISLEV, NISAN, SHEVAT, SIVAN, TISHRI};
use islamic::{DHU_AL_HIJJAH, MUHARRAM, RABI_AL_AWWAL, RAJAB, RAMADAN, SHAWWAL};

/// The holidays of the other calendars.
pub static HOLIDAYS: &[Holiday] = &[
    hebrew(
        "Rosh Hashanah",
        r"rosh\s+hashann?ah?|jewish\s+new\s+year",
        TISHRI,
        1,
        2,
        Shift::None,
    ),
    hebrew(
        "Yom Kippur",
        r"yom\s+kippur|day\s+of\s+atonement",
        TISHRI,
        10,
        1,
        Shift::None,
    ),
    hebrew(
        "Sukkot",
        r"sukkot|succos|sukkos|feast\s+of\s+(?:the\s+)?(?:ingathering|tabernacles|booths)",
        TISHRI,
        15,
        8,
        Shift::None,
    ),
    hebrew(
        "Shemini Atzeret",
        r"shemini\s+atzeret",
        TISHRI,
        22,
        1,
        Shift::None,
    ),
    hebrew(
        "Simchat Torah",
        r"simch?at\s+torah",
        TISHRI,
        23,
        1,
        Shift::None,
    ),
    // Eight nights: candles are lit from the eve of 25 Kislev to the eve of its eighth day.
    hebrew(
        "Hanukkah",
        r"c?hann?uk?kah?|chanukkah",
        KISLEV,
        25,
        7,
        Shift::None,
    ),
    hebrew(
        "Tu BiShvat",
        r"tu\s+b'?i?'?sh'?vat",
        SHEVAT,
        15,
        1,
        Shift::None,
    ),
    hebrew("Purim", r"purim", hebrew::ADAR, 14, 1, Shift::None),
    hebrew(
        "Shushan Purim",
        r"shushan\s+purim",
        hebrew::ADAR,
        15,
        1,
        Shift::None,
    ),
    hebrew(
        "Passover",
        r"passover|pesach|pesah",
        NISAN,
        15,
        8,
        Shift::None,
    ),
    hebrew(
        "Yom HaShoah",
        r"yom\s+hashoah|holocaust\s+(?:remembrance\s+)?day",
        NISAN,
        27,
        1,
        Shift::AwayFromSabbath,
    ),
    hebrew(
        "Yom HaAtzmaut",
        r"yom\s+ha'?atzmaut|israeli?\s+independence\s+day",
        IYYAR,
        5,
        1,
        Shift::IndependenceDay,
    ),
    hebrew(
        "Lag BaOmer",
        r"lag\s+b'?a?'?omer",
        IYYAR,
        18,
        1,
        Shift::None,
    ),
    hebrew(
        "Shavuot",
        r"shavu'?ot|shavuos|feast\s+of\s+weeks",
        SIVAN,
        6,
        2,
        Shift::None,
    ),
    hebrew(
        "Tisha B'Av",
        r"tisha\s+b'?av",
        AV,
        9,
        1,
        Shift::SabbathToSunday,
    ),
    islamic("Ramadan", r"ramadh?an", islamic::Feast::Month(RAMADAN)),
    islamic_day("Eid al-Fitr", r"eid\s+(?:al|ul|el)[\s-]?fitr", SHAWWAL, 1),
    islamic_day(
        "Eid al-Adha",
        r"eid\s+(?:al|ul|el)[\s-]?adha|id\s+ul[\s-]?adha|bakr[\s-]?i?\s*id|(?:the\s+)?sacrifice\s+feast|feast\s+of\s+(?:the\s+)?sacrifice",
        DHU_AL_HIJJAH,
        10,
    ),
    islamic_day(
        "Islamic New Year",
        r"islamic\s+new\s+year|hijri\s+new\s+year|amun\s+jadid",
        MUHARRAM,
        1,
    ),
    islamic_day("Ashura", r"(?:the\s+)?(?:day\s+of\s+)?ashura", MUHARRAM, 10),
    islamic_day(
        "Mawlid",
        r"mawlid(?:\s+(?:al|an)[\s-]?nabawi)?|milad\s+un[\s-]?nabi|(?:the\s+)?prophet'?s\s+birthday",
        RABI_AL_AWWAL,
        12,
    ),
    islamic_day(
        "Isra and Mi'raj",
        r"(?:al[\s-])?isra'?\s+(?:and|wal?)[\s-]+mi'?raj|(?:the\s+)?prophet'?s\s+ascension|(?:the\s+)?night\s+journey|ascension\s+to\s+heaven",
        RAJAB,
        27,
    ),
    islamic_day(
        "Laylat al-Qadr",
        r"laylat\s+al[\s-]?(?:qadr|kadr)|(?:the\s+)?night\s+of\s+(?:power|measures|destiny|decree)",
        RAMADAN,
        27,
    ),
    islamic(
        "Jumu'atul-Wida",
        r"jumu'?atul[\s-]wida|jamat[\s-]ul[\s-]vida",
        islamic::Feast::LastFriday(RAMADAN),
    ),
    Holiday {
        name: "Chinese New Year",
        pattern: r"(?:chinese|lunar)\s+(?:lunar\s+)?new\s+year'?s?(?:\s+day)?|spring\s+festival",
        scan: None,
        rule: Rule::Lunar(Feast::ChineseNewYear),
    },
    Holiday {
        name: "Nowruz",
        pattern: r"nowruz|norooz|navruz|jamshedi\s+navroz|persian\s+new\s+year",
        scan: None,
        rule: Rule::Lunar(Feast::Nowruz),
    },
    Holiday {
        name: "Parsi New Year",
        pattern: r"parsi\s+new\s+year|pateti",
        scan: None,
        rule: Rule::Lunar(Feast::ParsiNewYear),
    },
];
