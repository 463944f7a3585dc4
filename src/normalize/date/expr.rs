//! What a date or time phrase says, before it is placed on the calendar.
//!
//! The grammar ([`super::grammar`]) turns words into an [`Expr`]; evaluation
//! ([`super::eval`]) places it against the reference time and the tense. An expression is either
//! *recurring* — calendar fields that repeat ("Wednesday", "September 3rd", "3pm",
//! "Christmas"), placed by the tense when nothing anchors them — or *anchored* to the reference
//! ("tomorrow", "next week", "in two hours"), or absolute ("3 September 2025").

use jiff::civil::Weekday;

use super::holidays::Holiday;
use crate::value::{DateValue, Grain};

/// A time of day on the clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Clock {
    /// 0–23, or 1–12 when [`Clock::twelve_hour`] is set.
    pub hour: i8,
    pub minute: i8,
    pub second: i8,
    /// Written without a.m. or p.m. ("at 7", "3:30"): either half of the day may be meant.
    pub twelve_hour: bool,
    pub grain: Grain,
}

impl Clock {
    /// A time on the 24-hour clock.
    pub fn exact(hour: i8, minute: i8, second: i8, grain: Grain) -> Option<Clock> {
        ((0..24).contains(&hour) && (0..60).contains(&minute) && (0..60).contains(&second))
            .then_some(Clock {
                hour,
                minute,
                second,
                twelve_hour: false,
                grain,
            })
    }

    /// A time written without a.m. or p.m.: hours 1–12 may be either half of the day, later
    /// hours are on the 24-hour clock already.
    pub fn written(hour: i8, minute: i8, second: i8, grain: Grain) -> Option<Clock> {
        let mut clock = Clock::exact(hour, minute, second, grain)?;
        clock.twelve_hour = (1..=12).contains(&hour);
        Some(clock)
    }

    /// The same time in the morning or the afternoon: "3" with "pm" is 15:00, "12 am" is 0:00.
    pub fn with_meridiem(self, pm: bool) -> Option<Clock> {
        if !(1..=12).contains(&self.hour) {
            return None;
        }
        let hour = match (self.hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        Some(Clock {
            hour,
            twelve_hour: false,
            ..self
        })
    }

    /// The 24-hour readings of this time: one, or two for a time without a.m. or p.m.
    pub fn readings(self) -> Vec<Clock> {
        if self.twelve_hour {
            [false, true]
                .into_iter()
                .filter_map(|pm| self.with_meridiem(pm))
                .collect()
        } else {
            vec![self]
        }
    }

    /// Minutes since midnight of a reading.
    pub fn minutes(self) -> i32 {
        i32::from(self.hour) * 60 + i32::from(self.minute)
    }
}

/// A stretch of the day: "morning" is 0:00–12:00, "evening" 18:00–24:00.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartOfDay {
    pub name: &'static str,
    /// Minutes since midnight, start inclusive.
    pub start: i32,
    /// Minutes since midnight, end exclusive (1440 is the next midnight).
    pub end: i32,
}

impl PartOfDay {
    /// Whether a time without a.m. or p.m. in this part of the day is in the afternoon: "at 8"
    /// in the evening is 20:00.
    pub fn is_after_noon(self) -> bool {
        self.start >= 12 * 60
    }
}

/// Fields of the civil calendar and the clock; absent fields are free.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fields {
    pub year: Option<i16>,
    pub quarter: Option<i8>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    pub weekday: Option<Weekday>,
    pub clock: Option<Clock>,
    pub part: Option<PartOfDay>,
}

impl Fields {
    /// The finest grain among the fields present.
    pub fn grain(&self) -> Grain {
        if let Some(clock) = self.clock {
            clock.grain
        } else if self.part.is_some() {
            Grain::Hour
        } else if self.day.is_some() || self.weekday.is_some() {
            Grain::Day
        } else if self.month.is_some() {
            Grain::Month
        } else if self.quarter.is_some() {
            Grain::Quarter
        } else {
            Grain::Year
        }
    }

    /// Whether only a weekday (and perhaps a time of that day) is given: such a day is read by
    /// the tense and by "next"/"last" as a day of a week.
    pub fn is_weekday_only(&self) -> bool {
        self.weekday.is_some()
            && self.year.is_none()
            && self.quarter.is_none()
            && self.month.is_none()
            && self.day.is_none()
    }

    /// Whether a month and day are given without a year ("September 3rd"), the case the
    /// nearest-year rule is for.
    pub fn is_date_without_year(&self) -> bool {
        self.year.is_none() && (self.month.is_some() || self.day.is_some())
    }

    /// Whether year, month and day are all given: one day, whatever the reference.
    pub fn is_complete_date(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    /// The fields of both, or `None` when they contradict each other.
    pub fn merge(&self, other: &Fields) -> Option<Fields> {
        fn one<T: PartialEq + Copy>(a: Option<T>, b: Option<T>) -> Option<Option<T>> {
            match (a, b) {
                (Some(x), Some(y)) if x != y => None,
                (x, y) => Some(x.or(y)),
            }
        }
        let (clock, part) = merge_clock(self.clock, other.clock, self.part.or(other.part))?;
        Some(Fields {
            year: one(self.year, other.year)?,
            quarter: one(self.quarter, other.quarter)?,
            month: one(self.month, other.month)?,
            day: one(self.day, other.day)?,
            weekday: one(self.weekday, other.weekday)?,
            clock,
            part,
        })
    }
}

/// A clock time and a part of the day together: the part decides a.m. or p.m. ("8 in the
/// evening" is 20:00) and is then no longer needed.
fn merge_clock(
    a: Option<Clock>,
    b: Option<Clock>,
    part: Option<PartOfDay>,
) -> Option<(Option<Clock>, Option<PartOfDay>)> {
    let clock = match (a, b) {
        (Some(_), Some(_)) => return None,
        (clock, None) | (None, clock) => clock,
    };
    match (clock, part) {
        (Some(clock), Some(part)) if clock.twelve_hour => {
            let fitting = clock
                .readings()
                .into_iter()
                .find(|c| (part.start..part.end).contains(&c.minutes()));
            let chosen = fitting.or_else(|| clock.with_meridiem(part.is_after_noon()))?;
            Some((Some(chosen), None))
        }
        (Some(clock), Some(_)) => Some((Some(clock), None)),
        (clock, part) => Some((clock, part)),
    }
}

/// A span of time: "two hours", "half an hour", "three weeks".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Duration {
    pub amount: f64,
    pub unit: Grain,
}

impl Duration {
    /// The span as a whole number of the largest unit that measures it exactly: 2.5 hours is
    /// 150 minutes, half a day 12 hours.
    pub fn whole(self) -> Option<(i64, Grain)> {
        let mut amount = self.amount;
        let mut unit = self.unit;
        for _ in 0..6 {
            if (amount - amount.round()).abs() < 1e-9 {
                return Some((amount.round() as i64, unit));
            }
            let (smaller, factor) = match unit {
                Grain::Decade => (Grain::Year, 10.0),
                Grain::Year => (Grain::Month, 12.0),
                Grain::Quarter => (Grain::Month, 3.0),
                Grain::Month => (Grain::Day, 30.0),
                Grain::Week => (Grain::Day, 7.0),
                Grain::Day => (Grain::Hour, 24.0),
                Grain::Hour => (Grain::Minute, 60.0),
                Grain::Minute | Grain::Second => (Grain::Second, 60.0),
            };
            amount *= factor;
            unit = smaller;
        }
        (amount.is_finite() && amount.abs() < 1e12).then(|| (amount.round() as i64, unit))
    }
}

/// The relation words put before a recurring expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// "this Monday": read by the tense.
    This,
    /// "next Wednesday", "next March": the first one after the reference.
    Next,
    /// "last Friday", "last Easter": the latest one before the reference.
    Last,
    /// "Friday after next": the second one after the reference.
    AfterNext,
    /// "the Friday before last": the second one before.
    BeforeLast,
    /// "the coming Friday", "this coming Friday": the first one after the reference.
    Coming,
}

/// A part of a longer period: "early March", "the end of the month", "mid-2020".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Middle,
    Late,
    /// "the first half of 2027": the first half of a period.
    FirstHalf,
    /// "the second half of 2027".
    SecondHalf,
    /// "earlier this month": from the start of the period to the reference.
    Earlier,
    /// "later this week": from the day after the reference to the end of the period.
    Later,
    /// "the rest of the week": from the reference's day (its hour, in a day) to the end of the
    /// period.
    Rest,
}

/// A date or time phrase, before it is placed.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// Calendar and clock fields: "September 3rd", "Wednesday", "3pm", "2019".
    Fields(Fields),
    /// A named day of the year, computed per year: "Christmas", "Thanksgiving", "Easter".
    Holiday(&'static Holiday),
    /// Friday 18:00 to Monday 0:00.
    Weekend,
    /// A season (northern hemisphere): "this summer"; `None` is any season ("next season").
    Season(Option<Season>),
    /// A fixed stretch of time: "the 1990s".
    Absolute(DateValue),
    /// Every unit of a grain, for counting within a period: "the first week of October".
    EveryUnit(Grain),
    /// The unit containing the reference, `offset` units on: "today", "next week", "last year".
    Cycle { grain: Grain, offset: i64 },
    /// `count` whole units before (negative) or after the current one: "the last two days".
    CycleRange { grain: Grain, count: i64 },
    /// An expression moved by a span: "in two hours", "three days after Easter".
    Shift {
        base: Box<Expr>,
        by: Duration,
        forward: bool,
    },
    /// Both at once: "Tuesday the 19th", "tomorrow at 5pm", "Christmas 2014".
    Intersect(Box<Expr>, Box<Expr>),
    /// "next Wednesday", "last Easter", "this Monday".
    Related { relation: Relation, of: Box<Expr> },
    /// The `n`th of one thing within another; negative counts from the end: "the first Monday
    /// of March", "the last day of October".
    NthWithin {
        n: i32,
        of: Box<Expr>,
        within: Box<Expr>,
    },
    /// The `n`th of one thing after another (before it when negative): "the third Tuesday after
    /// Christmas", "three Fridays from now".
    NthAfter {
        n: i32,
        of: Box<Expr>,
        after: Box<Expr>,
    },
    /// The `n`th closest of one thing to another: "the closest Monday to October 5th".
    Closest {
        n: i32,
        of: Box<Expr>,
        to: Box<Expr>,
    },
    /// A part of a period: "early March", "the end of next week".
    PartOf { part: Part, of: Box<Expr> },
    /// From the start of one to the end of the other: "from 3 to 5pm", "July 13-15".
    Range(Box<Expr>, Box<Expr>),
    /// From a start for a span: "from 4pm for thirty minutes".
    RangeFor { from: Box<Expr>, length: Duration },
    /// From the reference until a deadline: "by the end of the month".
    Deadline(Box<Expr>),
    /// The week a day falls in: "the week of October 7th".
    WeekOf(Box<Expr>),
}

/// The four seasons, by the solstices and equinoxes of the northern hemisphere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Expr {
    /// Both expressions at once; two sets of fields merge into one, or fail when they
    /// contradict each other ("Monday, February 19th" when the 19th is a Tuesday is still
    /// accepted: the weekday is checked when placing).
    pub fn intersect(a: Expr, b: Expr) -> Option<Expr> {
        match (&a, &b) {
            (Expr::Fields(x), Expr::Fields(y)) => x.merge(y).map(Expr::Fields),
            _ => Some(Expr::Intersect(Box::new(a), Box::new(b))),
        }
    }

    /// The precision of the expression's values.
    pub fn grain(&self) -> Grain {
        match self {
            Expr::Fields(fields) => fields.grain(),
            Expr::Holiday(holiday) => holiday.grain(),
            Expr::Weekend => Grain::Hour,
            Expr::Season(_) => Grain::Day,
            Expr::EveryUnit(grain) | Expr::Cycle { grain, .. } => *grain,
            Expr::CycleRange { grain, .. } => *grain,
            Expr::Shift { base, by, .. } => {
                let by = by.whole().map_or(by.unit, |(_, unit)| unit);
                base.grain().min(super::units::finer(by))
            }
            Expr::Intersect(a, b) => a.grain().min(b.grain()),
            Expr::Related { of, .. } => of.grain(),
            Expr::NthWithin { of, .. } | Expr::NthAfter { of, .. } | Expr::Closest { of, .. } => {
                of.grain()
            }
            Expr::PartOf { part, of } => match (part, of.grain()) {
                (Part::Earlier | Part::Later | Part::Rest, Grain::Day) => Grain::Hour,
                (_, Grain::Year) => Grain::Month,
                (_, Grain::Decade) => Grain::Year,
                (_, grain) if grain >= Grain::Week => Grain::Day,
                (_, grain) => grain,
            },
            Expr::Range(a, b) => a.grain().min(b.grain()),
            Expr::RangeFor { from, length } => {
                let unit = length.whole().map_or(length.unit, |(_, unit)| unit);
                from.grain().min(unit)
            }
            Expr::Deadline(_) => Grain::Second,
            Expr::WeekOf(_) => Grain::Week,
            Expr::Absolute(value) => value.grain,
        }
    }

    /// Whether the expression repeats and must be placed by the tense.
    pub fn is_recurring(&self) -> bool {
        match self {
            Expr::Fields(fields) => !fields.is_complete_date() || fields.clock.is_some(),
            Expr::Holiday(_) | Expr::Weekend | Expr::Season(_) | Expr::EveryUnit(_) => true,
            Expr::Intersect(a, b) => a.is_recurring() && b.is_recurring(),
            Expr::NthWithin { within, .. } => within.is_recurring(),
            Expr::PartOf { of, .. } => of.is_recurring(),
            Expr::Range(a, _) => a.is_recurring(),
            Expr::RangeFor { from, .. } => from.is_recurring(),
            _ => false,
        }
    }

    /// The fields, when the expression is nothing but fields.
    pub fn as_fields(&self) -> Option<&Fields> {
        match self {
            Expr::Fields(fields) => Some(fields),
            _ => None,
        }
    }

    /// Whether the expression is only a time of day ("3pm", "noon", "at 7"), which a date can
    /// be added to.
    pub fn is_time_of_day(&self) -> bool {
        self.as_fields().is_some_and(|f| {
            (f.clock.is_some() || f.part.is_some())
                && f.year.is_none()
                && f.month.is_none()
                && f.day.is_none()
                && f.weekday.is_none()
        })
    }
}
