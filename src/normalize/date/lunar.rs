//! Holidays of calendars other than the Gregorian one: the Hebrew calendar ([`super::hebrew`]),
//! the Islamic one ([`super::islamic`]), the Hindu one ([`super::hindu`]), Chinese New Year
//! ([`super::chinese`]), Nowruz at the
//! March equinox and the Parsi new year of the 365-day Shahenshahi calendar. Each is computed
//! for any year; none is read from a table.
//!
//! Hindu, Sikh, Jain and Buddhist festivals of India follow the lunisolar calendar computed in
//! [`super::hindu`].

use jiff::civil::{Date, Time};
use jiff::ToSpan;

use super::astronomy::sun_at_longitude;
use super::hebrew::{self, Shift};
use super::hindu::{self, SolarDay, Window};
use super::holidays::{Holiday, Rule};
use super::islamic;
use super::{chinese, units};
use crate::value::DateValue;

/// A feast of a calendar other than the Gregorian one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Feast {
    Hebrew(hebrew::Feast),
    Islamic(islamic::Feast),
    Hindu(hindu::Feast),
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
    pub fn in_year(self, year: i16) -> Vec<DateValue> {
        match self {
            Feast::Hindu(feast) => feast.in_year(year),
            other => other.once_in(year).into_iter().collect(),
        }
    }

    fn once_in(self, year: i16) -> Option<DateValue> {
        match self {
            Feast::Hindu(_) => None,
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

const fn hindu(
    name: &'static str,
    pattern: &'static str,
    month: i8,
    tithi: i8,
    window: Window,
) -> Holiday {
    hindu_moved(name, pattern, month, tithi, window, 0)
}

const fn hindu_moved(
    name: &'static str,
    pattern: &'static str,
    month: i8,
    tithi: i8,
    window: Window,
    shift: i8,
) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::Lunar(Feast::Hindu(hindu::Feast::Tithi {
            month,
            tithi,
            window,
            shift,
        })),
    }
}

const fn solar(
    name: &'static str,
    pattern: &'static str,
    longitude: i16,
    rule: SolarDay,
    shift: i8,
) -> Holiday {
    Holiday {
        name,
        pattern,
        scan: None,
        rule: Rule::Lunar(Feast::Hindu(hindu::Feast::Solar {
            longitude,
            rule,
            shift,
        })),
    }
}

use hebrew::{AV, IYYAR, KISLEV, NISAN, SHEVAT, SIVAN, TISHRI};
use hindu::{ASHADHA, ASHVINA, BHADRAPADA, CHAITRA, KARTIKA, MAGHA, PAUSHA, PHALGUNA};
use hindu::{SHRAVANA, VAISHAKHA};
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
    hindu(
        "Dhanteras",
        r"dhan\s*teras|dhanatrayodashi|dhanvantari\s+trayodashi",
        ASHVINA,
        28,
        Window::Evening,
    ),
    hindu(
        "Naraka Chaturdashi",
        r"naraka?\s+chaturdashi|kali\s+chaudas|chh?oti\s+diwali|roop\s+chaudas",
        ASHVINA,
        29,
        Window::Evening,
    ),
    hindu(
        "Diwali",
        r"diwali|deepavali|deepawali|divali|lakshmi\s+puja",
        ASHVINA,
        30,
        Window::Evening,
    ),
    hindu(
        "Govardhan Puja",
        r"govardhan\s+puja|annakut",
        KARTIKA,
        1,
        Window::Sunrise,
    ),
    hindu(
        "Bhai Dooj",
        r"bhai(?:ya)?\s+dooj|bhau\s+beej|bhai\s+phonta|bhai\s+tika",
        KARTIKA,
        2,
        Window::Afternoon,
    ),
    hindu(
        "Chhath",
        r"chhath(?:\s+puja)?|dala\s+(?:puja|chhath)|surya\s+shashthi",
        KARTIKA,
        6,
        Window::Sunrise,
    ),
    Holiday {
        name: "Navaratri",
        pattern: r"(?:sharad\s+)?navara?tri|durga\s+puja",
        scan: None,
        rule: Rule::Lunar(Feast::Hindu(hindu::Feast::Span {
            month: ASHVINA,
            first: 1,
            until: 10,
            until_window: Window::Afternoon,
        })),
    },
    hindu(
        "Maha Saptami",
        r"maha\s+saptami",
        ASHVINA,
        7,
        Window::Sunrise,
    ),
    hindu(
        "Maha Ashtami",
        r"maha\s+ashtami|durga\s+ashtami",
        ASHVINA,
        8,
        Window::Sunrise,
    ),
    hindu(
        "Vijayadashami",
        r"dussehra|dussera|dasara|vijaya\s*dashami",
        ASHVINA,
        10,
        Window::Afternoon,
    ),
    hindu(
        "Valmiki Jayanti",
        r"(?:maharishi\s+)?valmiki\s+jayanti|pargat\s+diwas",
        ASHVINA,
        15,
        Window::Sunrise,
    ),
    hindu(
        "Karva Chauth",
        r"kar[vw]a\s+chauth",
        ASHVINA,
        19,
        Window::Moonrise,
    ),
    hindu(
        "Raksha Bandhan",
        r"raksha\s+bandhan|rakhi",
        SHRAVANA,
        15,
        Window::Sunrise,
    ),
    hindu(
        "Krishna Janmashtami",
        r"(?:krishna\s+)?janmashtami|gokulashtami",
        SHRAVANA,
        23,
        Window::Midnight,
    ),
    hindu(
        "Ganesh Chaturthi",
        r"ganesh(?:a)?\s+chaturthi|vinayaka?\s+chaturthi",
        BHADRAPADA,
        4,
        Window::Midday,
    ),
    hindu(
        "Ratha Yatra",
        r"rath(?:a)?[\s-]+yatra",
        ASHADHA,
        2,
        Window::Sunrise,
    ),
    hindu(
        "Guru Purnima",
        r"guru\s+purnima",
        ASHADHA,
        15,
        Window::Sunrise,
    ),
    hindu(
        "Guru Gobind Singh Jayanti",
        r"guru\s+go[bv]ind\s+singh(?:\s+ji)?(?:'?s)?\s+(?:jayanti|birthday)",
        PAUSHA,
        7,
        Window::Sunrise,
    ),
    hindu(
        "Vasant Panchami",
        r"(?:vasant|basant)\s+panchami|saraswati\s+puja",
        MAGHA,
        5,
        Window::Sunrise,
    ),
    hindu(
        "Guru Ravidas Jayanti",
        r"guru\s+ravidass?(?:'?s)?\s+(?:jayanti|birthday)",
        MAGHA,
        15,
        Window::Sunrise,
    ),
    hindu(
        "Dayananda Saraswati Jayanti",
        r"(?:maharishi\s+)?(?:dayananda?\s+)?saraswati\s+jayanti",
        MAGHA,
        25,
        Window::Sunrise,
    ),
    hindu(
        "Maha Shivaratri",
        r"maha\s*shiva?ratri",
        MAGHA,
        29,
        Window::Midnight,
    ),
    hindu(
        "Holika Dahan",
        r"holika\s+dahan|chh?oti\s+holi|kamudu\s+pyre",
        PHALGUNA,
        15,
        Window::Evening,
    ),
    hindu_moved(
        "Holi",
        r"holi|dhulandi|dhuleti|phagwah|rangwali\s+holi",
        PHALGUNA,
        15,
        Window::Evening,
        1,
    ),
    hindu(
        "Ugadi",
        r"y?ugadi|gudi\s+padwa|samvatsaradi|chaitra\s+sukh?ladi",
        CHAITRA,
        1,
        Window::Sunrise,
    ),
    hindu(
        "Rama Navami",
        r"ram(?:a)?\s+navami",
        CHAITRA,
        9,
        Window::Midday,
    ),
    hindu(
        "Mahavir Jayanti",
        r"mahavir(?:a)?\s+jayanti|mahaveer\s+(?:jayanti|janma\s+kalyanak)",
        CHAITRA,
        13,
        Window::Sunrise,
    ),
    hindu(
        "Hanuman Jayanti",
        r"hanuman\s+jayanti",
        CHAITRA,
        15,
        Window::Sunrise,
    ),
    hindu(
        "Buddha Purnima",
        r"vesak|wesak|vaisakha|buddha\s+(?:purnima|day|jayanti)",
        VAISHAKHA,
        15,
        Window::Sunrise,
    ),
    solar(
        "Makar Sankranti",
        r"(?:thai\s+)?pongal|makara?\s+sankranth?i|maghi|uttarayan",
        270,
        SolarDay::BeforeSunset,
        0,
    ),
    solar(
        "Bhogi",
        r"bh?ogi(?:\s+pandigai)?",
        270,
        SolarDay::BeforeSunset,
        -1,
    ),
    solar(
        "Mattu Pongal",
        r"maa?ttu\s+pongal",
        270,
        SolarDay::BeforeSunset,
        1,
    ),
    solar(
        "Kaanum Pongal",
        r"kaa?num\s+pongal|kanni\s+pongal",
        270,
        SolarDay::BeforeSunset,
        2,
    ),
    solar(
        "Vaisakhi",
        r"(?:v|b)ai?sh?akhi",
        0,
        SolarDay::BeforeSunset,
        0,
    ),
    // 25 Boishakh of the Bengali solar calendar, whose year begins the day after the sun
    // enters Aries.
    solar(
        "Rabindra Jayanti",
        r"rabindra(?:nath)?\s+jayanti",
        0,
        SolarDay::NextDay,
        24,
    ),
    Holiday {
        name: "Onam",
        pattern: r"(?:thiru\s*)?onam|thiruvonam",
        scan: None,
        rule: Rule::Lunar(Feast::Hindu(hindu::Feast::Onam)),
    },
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
