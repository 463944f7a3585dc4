//! The grammar of date and time phrases: productions that build a reading of a stretch of
//! tokens from literal words and the readings of shorter stretches ("tomorrow" + "at" + "5pm").
//!
//! Productions are listed from the most specific to the most general; when a phrase has several
//! readings, the first one that can be placed on the calendar wins. Each production is a general
//! construction of English dates ("the Nth weekday of a month", "a span ago", "from X to Y"),
//! never a particular phrase.

use super::atoms::VAGUE;
use super::chart::{Kind, Node};
use super::expr::{Clock, Duration, Expr, Fields, Part, PartOfDay, Relation};
use crate::value::Grain;

/// One element of a production.
#[derive(Clone, Copy, Debug)]
pub enum Sym {
    /// One token, any of these words.
    Word(&'static [&'static str]),
    /// One of these words, or nothing.
    Optional(&'static [&'static str]),
    /// A stretch with a reading of this kind.
    Slot(Slot),
}

/// The kinds of reading a slot takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Time,
    Plural,
    Duration,
    Number,
    Ordinal,
    Unit,
    Meridiem,
    Zone,
    Era,
    WeakClock,
    /// A time, a number or a weak clock: what "past" and "to" count from ("half past three").
    ClockLike,
    /// A time or a unit: what "the first … of" counts ("the first Monday", "the first week").
    Countable,
    /// A number or an ordinal: a day of the month.
    DayNumber,
    /// What may stand at either end of a range: a time, or a bare number the other end explains
    /// ("July 13-15", "3-4pm").
    RangeEnd,
}

/// A production: its symbols and how to build the reading from the slots' readings.
pub struct Production {
    pub syms: &'static [Sym],
    pub build: fn(&[&Node]) -> Option<Node>,
}

const T: Sym = Sym::Slot(Slot::Time);
const PL: Sym = Sym::Slot(Slot::Plural);
const D: Sym = Sym::Slot(Slot::Duration);
const N: Sym = Sym::Slot(Slot::Number);
const ORD: Sym = Sym::Slot(Slot::Ordinal);
const U: Sym = Sym::Slot(Slot::Unit);
const MER: Sym = Sym::Slot(Slot::Meridiem);
const ZONE: Sym = Sym::Slot(Slot::Zone);
const ERA: Sym = Sym::Slot(Slot::Era);
const WC: Sym = Sym::Slot(Slot::WeakClock);
const CL: Sym = Sym::Slot(Slot::ClockLike);
const CNT: Sym = Sym::Slot(Slot::Countable);
const DAY: Sym = Sym::Slot(Slot::DayNumber);
const END: Sym = Sym::Slot(Slot::RangeEnd);

const fn w(words: &'static [&'static str]) -> Sym {
    Sym::Word(words)
}

const fn opt(words: &'static [&'static str]) -> Sym {
    Sym::Optional(words)
}

const AT: &[&str] = &["at", "@"];
const ABOUT: &[&str] = &[
    "around",
    "about",
    "approximately",
    "approx",
    "circa",
    "roughly",
];
const THE: &[&str] = &["the"];
const OF: &[&str] = &["of", "in"];
const THIS: &[&str] = &["this", "current"];
const NEXT: &[&str] = &["next", "coming", "upcoming"];
const LAST: &[&str] = &["last", "past"];
const TO: &[&str] = &[
    "-", "to", "till", "til", "until", "untill", "through", "thru", "/",
];
const PAST: &[&str] = &["past", "after"];
const BEFORE: &[&str] = &["to", "till", "til", "before", "of"];
const MINUTES: &[&str] = &["minutes", "minute", "mins", "min"];
const A: &[&str] = &["a", "an"];
const A_ONE: &[&str] = &["a", "an", "one"];
const LINK: &[&str] = &["at", "@", "on", "of", "in", "'s", "from", "during", ","];
const TRANSPARENT: &[&str] = &[
    "on",
    "in",
    "during",
    "for",
    "around",
    "about",
    "approximately",
    "approx",
    "circa",
    "roughly",
    "sometime",
];
const FUZZ: &[&str] = &["ish", "approximately", "approx", "sharp"];

macro_rules! p {
    ([$($sym:expr),+ $(,)?], $build:expr) => {
        Production {
            syms: &[$($sym),+],
            build: $build,
        }
    };
}

/// Every production, most specific first.
pub static PRODUCTIONS: &[Production] = &[
    // --- times of day ------------------------------------------------------------------------
    // "at 7" alone is not a time ("at 7 percent"); "at 7pm", "at 3p", "tonight at 7" are.
    p!([w(AT), WC], |n| at_clock(n[0])),
    p!([w(AT), N, N], |n| hour_minute(n[0], n[1])),
    p!([N, MER], |n| with_meridiem(n[0], n[1])),
    p!([N, N, MER], |n| {
        let clock = hour_minute(n[0], n[1])?;
        with_meridiem(&clock, n[2])
    }),
    p!([T, MER], |n| with_meridiem(n[0], n[1])),
    p!([N, w(&["o'clock", "oclock"])], |n| at_clock(n[0])),
    p!([N, w(&["in"]), w(THE), MER], |n| {
        with_meridiem(&at_clock(n[0])?, n[1])
    }),
    p!([N, w(&["ish"])], |n| Some(n[0].clone())),
    p!([T, w(FUZZ)], |n| Some(n[0].clone())),
    p!([opt(A), w(&["quarter"]), w(PAST), CL], |n| {
        clock_offset(n[n.len() - 1], 15)
    }),
    p!([opt(A), w(&["quarter"]), w(BEFORE), CL], |n| {
        clock_offset(n[n.len() - 1], -15)
    }),
    p!([w(&["half"]), w(PAST), CL], |n| clock_offset(n[0], 30)),
    p!([N, opt(MINUTES), w(PAST), CL], |n| {
        clock_offset(n[1], minutes(n[0])?)
    }),
    p!([N, opt(MINUTES), w(BEFORE), CL], |n| {
        clock_offset(n[1], -minutes(n[0])?)
    }),
    p!([w(&["half"]), N], |n| clock_offset(n[0], 30)),
    // --- days of the month ------------------------------------------------------------------
    p!([T, DAY], |n| month_day(n[0], n[1])),
    p!([T, w(THE), DAY], |n| month_day(n[0], n[1])),
    // A day before a weekday counts weekdays ("the first Monday of July" is read below as the
    // nth within a month), never the 1st of a July that falls on a Monday.
    p!([DAY, opt(&["of"]), T], |n| {
        let weekday = expr(n[1])
            .and_then(Expr::as_fields)
            .is_some_and(|f| f.weekday.is_some());
        if weekday {
            return None;
        }
        month_day(n[1], n[0])
    }),
    // "the 15th" is a day; "the first" only after "on" ("the first to arrive" is no date).
    p!([w(THE), ORD], |n| {
        matches!(n[0].kind, Kind::Ordinal { digits: true, .. })
            .then(|| day_of_month(n[0]))
            .flatten()
    }),
    p!([w(&["on"]), w(THE), ORD], |n| day_of_month(n[0])),
    p!([T, ORD], |n| weekday_day(n[0], n[1])),
    p!([T, w(THE), ORD], |n| weekday_day(n[0], n[1])),
    p!([DAY, opt(&["day"]), w(&["of"]), T], |n| day_within(
        n[0], n[1]
    )),
    p!([DAY, opt(&["day"]), w(&["of"]), w(THE), U], |n| {
        let anchor = cycle_node(n[1], 0)?;
        day_within(n[0], &anchor)
    }),
    p!([opt(THE), w(&["ides"]), w(&["of"]), T], |n| ides(n[0])),
    p!([opt(THE), w(&["week"]), w(&["of"]), T], |n| week_of(n[0])),
    p!([opt(THE), ORD, U], |n| quarter(n[0], n[1])),
    p!([N, ERA], |n| era_year(n[0], n[1])),
    p!([T, ERA], |n| era_year(n[0], n[1])),
    // --- the nth of something -----------------------------------------------------------------
    p!([ORD, CNT, w(OF), T], |n| nth_within(n[0], n[1], n[2])),
    p!([ORD, CNT, w(OF), w(THE), U], |n| {
        nth_within(n[0], n[1], &cycle_node(n[2], 0)?)
    }),
    p!([w(&["last"]), CNT, w(OF), T], |n| last_within(
        1, n[0], n[1]
    )),
    p!([w(&["last"]), CNT, w(OF), w(THE), U], |n| {
        last_within(1, n[0], &cycle_node(n[1], 0)?)
    }),
    p!([ORD, w(&["last"]), CNT, w(OF), T], |n| {
        last_within(ordinal(n[0])?, n[1], n[2])
    }),
    p!([ORD, CNT, w(&["after"]), T], |n| nth_after(
        n[0], n[1], n[2]
    )),
    p!(
        [opt(THE), w(&["closest", "nearest"]), T, w(&["to"]), T],
        |n| { closest(1, n[0], n[1]) }
    ),
    p!(
        [opt(THE), ORD, w(&["closest", "nearest"]), T, w(&["to"]), T],
        |n| { closest(ordinal(n[0])?, n[1], n[2]) }
    ),
    // --- this, next, last ---------------------------------------------------------------------
    p!([w(THIS), U], |n| cycle_node(n[0], 0)),
    p!([w(THE), w(THIS), U], |n| cycle_node(n[0], 0)),
    p!([w(NEXT), U], |n| cycle_node(n[0], 1)),
    p!([w(THE), w(NEXT), U], |n| cycle_node(n[0], 1)),
    p!([opt(THE), w(&["following"]), U], |n| anaphoric(
        cycle_node(n[0], 1)?,
        "following"
    )),
    p!([w(&["next"]), w(&["coming"]), U], |n| cycle_node(n[0], 1)),
    p!([w(LAST), U], |n| cycle_node(n[0], -1)),
    p!([w(THE), w(LAST), U], |n| cycle_node(n[0], -1)),
    p!([opt(THE), w(&["previous", "preceding"]), U], |n| anaphoric(
        cycle_node(n[0], -1)?,
        "previous"
    )),
    p!([w(&["this"]), w(&["past"]), U], |n| cycle_node(n[0], -1)),
    // "all week", "all year": the whole unit the reference is in. Not "all day", which says how
    // long something lasted far more often than which day.
    p!([w(&["all"]), opt(THE), U], |n| whole_unit(n[0])),
    p!([w(&["this"]), T], |n| this_part_of_day(n[0])),
    p!([w(&["last"]), w(&["night"])], |_| Some(yesterday_night())),
    p!([w(&["late"]), opt(&["-"]), T], |n| part_of(
        Part::Late,
        n[0]
    )),
    p!([w(&["early"]), opt(&["-"]), T], |n| part_of(
        Part::Early,
        n[0]
    )),
    p!([w(THIS), T], |n| related(Relation::This, n[0])),
    p!([w(&["next"]), T], |n| related(Relation::Next, n[0])),
    p!([w(&["this", "the"]), w(&["coming"]), T], |n| related(
        Relation::Coming,
        n[0]
    )),
    p!([w(&["coming", "upcoming"]), T], |n| related(
        Relation::Coming,
        n[0]
    )),
    p!([opt(THE), w(&["following"]), T], |n| related(
        Relation::Coming,
        n[0]
    )),
    p!([w(&["last"]), T], |n| related(Relation::Last, n[0])),
    p!([w(&["past"]), T], |n| latest_before(n[0])),
    p!([opt(THE), w(&["previous", "preceding"]), T], |n| anaphoric(
        latest_before(n[0])?,
        "previous"
    )),
    p!([w(&["this"]), w(&["past"]), T], |n| related(
        Relation::Last,
        n[0]
    )),
    p!([T, w(&["after"]), w(&["next"])], |n| related(
        Relation::AfterNext,
        n[0]
    )),
    p!([T, w(&["before"]), w(&["last"])], |n| related(
        Relation::BeforeLast,
        n[0]
    )),
    // --- runs of units: "the last two weeks", "the next 3 days" -------------------------------
    p!([opt(THE), w(LAST), N, U], |n| cycle_range(n[0], n[1], -1)),
    p!([opt(THE), w(NEXT), N, U], |n| cycle_range(n[0], n[1], 1)),
    p!([N, w(&["upcoming", "coming"]), U], |n| cycle_range(
        n[0], n[1], 1
    )),
    // --- spans of time --------------------------------------------------------------------------
    p!([N, U], |n| duration(n[0], n[1], 1.0)),
    p!([w(A_ONE), U], |n| unit_duration(n[0], 1.0)),
    p!([w(&["half"]), w(A), U], |n| unit_duration(n[0], 0.5)),
    p!([opt(A), w(&["quarter"]), w(&["of"]), w(A), U], |n| {
        unit_duration(n[0], 0.25)
    }),
    p!(
        [N, opt(&["-"]), w(&["quarters"]), w(&["of"]), w(A), U],
        |n| {
            (integer(n[0])? == 3).then_some(())?;
            unit_duration(n[1], 0.75)
        }
    ),
    p!([N, w(&["/"]), N, U], |n| fraction(n[0], n[1], n[2])),
    p!([N, w(&["and"]), w(A), w(&["half"]), U], |n| duration(
        n[0], n[1], 1.0
    )
    .and_then(|d| add_half(&d))),
    p!([D, w(&["and"]), w(A), w(&["half"])], |n| add_half(n[0])),
    // --- moved by a span ----------------------------------------------------------------------
    p!([w(&["in"]), D], |n| shift_now(n[0], true)),
    p!([w(&["in"]), w(ABOUT), D], |n| shift_now(n[0], true)),
    p!([w(&["in"]), N, w(&["more"]), U], |n| {
        shift_now(&duration(n[0], n[1], 1.0)?, true)
    }),
    p!([D, w(&["from"]), w(&["now"])], |n| shift_now(n[0], true)),
    p!(
        [D, w(&["from"]), w(&["right"]), w(&["now"])],
        |n| shift_now(n[0], true)
    ),
    p!([D, w(&["hence", "later"])], |n| shift_now(n[0], true)),
    p!([D, w(&["from"]), w(&["today"])], |n| {
        shift(
            n[0],
            Expr::Cycle {
                grain: Grain::Day,
                offset: 0,
            },
            true,
        )
    }),
    p!([D, w(&["ago", "back", "earlier"])], |n| shift_now(
        n[0], false
    )),
    p!([D, w(&["after", "from", "following"]), T], |n| shift_node(
        n[0], n[1], true
    )),
    p!([D, w(&["before"]), T], |n| shift_node(n[0], n[1], false)),
    p!(
        [opt(THE), w(&["day"]), w(&["after"]), T],
        |n| shift_one_day(n[0], true)
    ),
    p!([opt(THE), w(&["day"]), w(&["before"]), T], |n| {
        shift_one_day(n[0], false)
    }),
    p!([N, PL, w(&["from"]), w(&["now", "today"])], |n| {
        count_from_now(n[0], n[1], 1)
    }),
    p!([N, PL, w(&["hence"])], |n| count_from_now(n[0], n[1], 1)),
    p!([N, PL, w(&["ago", "back"])], |n| count_from_now(
        n[0], n[1], -1
    )),
    // --- parts of periods ---------------------------------------------------------------------
    p!([opt(THE), w(&["beginning", "start"]), w(&["of"]), T], |n| {
        part_of(Part::Early, n[0])
    }),
    p!(
        [opt(THE), w(&["first"]), w(&["half"]), w(&["of"]), T],
        |n| { part_of(Part::FirstHalf, n[0]) }
    ),
    p!(
        [
            opt(THE),
            w(&["second", "latter", "back"]),
            w(&["half"]),
            w(&["of"]),
            T
        ],
        |n| part_of(Part::SecondHalf, n[0])
    ),
    p!([opt(THE), w(&["middle"]), w(&["of"]), T], |n| part_of(
        Part::Middle,
        n[0]
    )),
    p!([opt(THE), w(&["end"]), w(&["of"]), T], |n| part_of(
        Part::Late,
        n[0]
    )),
    p!(
        [
            opt(THE),
            w(&["beginning", "start"]),
            w(&["of"]),
            opt(THE),
            U
        ],
        |n| { part_of(Part::Early, &cycle_node(n[0], 0)?) }
    ),
    p!([opt(THE), w(&["middle"]), w(&["of"]), opt(THE), U], |n| {
        part_of(Part::Middle, &cycle_node(n[0], 0)?)
    }),
    p!([opt(THE), w(&["end"]), w(&["of"]), opt(THE), U], |n| {
        part_of(Part::Late, &cycle_node(n[0], 0)?)
    }),
    p!([opt(THE), w(&["rest"]), w(&["of"]), T], |n| part_of(
        Part::Rest,
        n[0]
    )),
    p!([opt(THE), w(&["rest"]), w(&["of"]), opt(THE), U], |n| {
        part_of(Part::Rest, &cycle_node(n[0], 0)?)
    }),
    p!([w(&["mid"]), opt(&["-"]), T], |n| part_of(
        Part::Middle,
        n[0]
    )),
    p!([w(&["earlier"]), T], |n| part_of(Part::Earlier, n[0])),
    p!([w(&["later"]), T], |n| part_of(Part::Later, n[0])),
    p!([w(&["by"]), T], |n| deadline(n[0])),
    // "within 18 months", "within the next two years": from now until that long after.
    p!([w(&["within"]), opt(THE), opt(&["next"]), D], |n| deadline(
        &shift_now(n[0], true)?
    )),
    // --- ranges -------------------------------------------------------------------------------
    p!([opt(&["from"]), opt(THE), END, w(TO), opt(THE), END], |n| {
        range(n[0], n[1])
    }),
    p!(
        [
            w(&["between"]),
            opt(THE),
            END,
            w(&["and", "-"]),
            opt(THE),
            END
        ],
        |n| range(n[0], n[1])
    ),
    p!(
        [
            w(&["later"]),
            w(&["than"]),
            END,
            w(&["but"]),
            w(&["before"]),
            END
        ],
        |n| range(n[0], n[1])
    ),
    p!([opt(&["from"]), T, w(&["for"]), D], |n| range_for(
        n[0], n[1]
    )),
    p!(
        [w(&["for"]), D, w(&["from", "starting"]), T],
        |n| range_for(n[1], n[0])
    ),
    p!(
        [
            w(&["for"]),
            D,
            w(&["starting"]),
            w(&["from", "at", "on"]),
            T
        ],
        |n| { range_for(n[1], n[0]) }
    ),
    // --- a time of day on a day ------------------------------------------------------------------
    p!([T, w(AT), N], |n| with_clock(n[0], n[1])),
    p!([T, w(AT), WC], |n| with_clock(n[0], n[1])),
    p!([N, T], |n| clock_before_day(n[0], n[1])),
    p!([N, w(&["in"]), w(THE), T], |n| with_clock(n[1], n[0])),
    p!([T, ZONE], |n| in_zone(n[0], n[1])),
    p!([T, w(&["("]), ZONE, w(&[")"])], |n| in_zone(n[0], n[1])),
    // --- the general constructions, last --------------------------------------------------------
    // A preposition before a time changes nothing, except that "at 1030" is no year and "the
    // 2000" a count.
    p!([w(&["at", "@", "the"]), T], |n| (!is_year_only(expr(
        n[0]
    )?))
    .then(|| n[0].clone())),
    p!([w(TRANSPARENT), T], |n| Some(n[0].clone())),
    p!([w(AT), N, T], |n| with_clock(n[1], n[0])),
    p!([T, w(&["in"]), w(THE), T], |n| intersect(n[0], n[1])),
    p!([T, w(LINK), T], |n| intersect(n[0], n[1])),
    p!([T, w(&[","]), w(&["on", "at"]), T], |n| intersect(
        n[0], n[1]
    )),
    p!([T, T], |n| intersect(n[0], n[1])),
    p!([T, w(&["."])], |n| Some(n[0].clone())),
];

// --- reading the slots --------------------------------------------------------------------------

fn expr(node: &Node) -> Option<&Expr> {
    node.as_time()
}

fn time(expr: Expr) -> Option<Node> {
    Some(Node::time(expr))
}

/// A whole number written in digits or words (not a vague "a few").
fn integer(node: &Node) -> Option<i64> {
    match node.kind {
        Kind::Number { value, digits } if digits != VAGUE && value.fract() == 0.0 => {
            Some(value as i64)
        }
        _ => None,
    }
}

/// A count, vague or not: "two", "a few".
fn count(node: &Node) -> Option<f64> {
    match node.kind {
        Kind::Number { value, .. } => Some(value),
        _ => None,
    }
}

fn ordinal(node: &Node) -> Option<i32> {
    match node.kind {
        Kind::Ordinal { n, .. } => Some(n),
        _ => None,
    }
}

fn minutes(node: &Node) -> Option<i32> {
    integer(node)
        .filter(|m| (1..60).contains(m))
        .map(|m| m as i32)
}

/// A day of the month, 1–31, from a number of at most two digits or an ordinal.
fn day_number(node: &Node) -> Option<i8> {
    let n = match node.kind {
        Kind::Number { value, digits } if (1..=2).contains(&digits) => value as i64,
        Kind::Ordinal { n, .. } => i64::from(n),
        _ => return None,
    };
    i8::try_from(n).ok().filter(|d| (1..=31).contains(d))
}

/// The clock time a number or weak clock stands for after "at": "at 7", "at 1030", "at 3p".
fn clock_of(node: &Node) -> Option<Clock> {
    match &node.kind {
        Kind::WeakClock(clock) => Some(*clock),
        Kind::Number { value, digits } if value.fract() == 0.0 => {
            let n = *value as i64;
            match digits {
                0..=2 if (0..=24).contains(&n) => Clock::written((n % 24) as i8, 0, 0, Grain::Hour),
                3 | 4 => Clock::written((n / 100) as i8, (n % 100) as i8, 0, Grain::Minute),
                _ => None,
            }
        }
        Kind::Time(Expr::Fields(fields)) if is_clock_only(fields) => fields.clock,
        _ => None,
    }
}

fn is_clock_only(fields: &Fields) -> bool {
    fields.clock.is_some()
        && fields.part.is_none()
        && Fields {
            clock: None,
            ..*fields
        } == Fields::default()
}

fn clock_fields(clock: Clock) -> Expr {
    Expr::Fields(Fields {
        clock: Some(clock),
        ..Fields::default()
    })
}

// --- builders -----------------------------------------------------------------------------------

fn at_clock(node: &Node) -> Option<Node> {
    time(clock_fields(clock_of(node)?))
}

fn hour_minute(hour: &Node, minute: &Node) -> Option<Node> {
    let h = integer(hour).filter(|h| (0..24).contains(h))?;
    let m = integer(minute).filter(|m| (0..60).contains(m))?;
    // "at 3 15": the minutes are written with two digits or as words, never one digit.
    if let Kind::Number { digits: 1, .. } = minute.kind {
        return None;
    }
    time(clock_fields(Clock::written(
        h as i8,
        m as i8,
        0,
        Grain::Minute,
    )?))
}

fn with_meridiem(node: &Node, meridiem: &Node) -> Option<Node> {
    let Kind::Meridiem(pm) = meridiem.kind else {
        return None;
    };
    let clock = match &node.kind {
        Kind::Number { digits: 3 | 4, .. } | Kind::Number { digits: 0, .. } => clock_of(node)?,
        Kind::Number {
            value,
            digits: 1 | 2,
        } if (1.0..=12.0).contains(value) => clock_of(node)?,
        Kind::Time(Expr::Fields(fields)) if is_clock_only(fields) => fields.clock?,
        _ => return None,
    };
    if !clock.twelve_hour {
        return None;
    }
    time(clock_fields(clock.with_meridiem(pm)?))
}

/// "a quarter past 3pm", "20 to noon": a clock time moved by some minutes.
fn clock_offset(base: &Node, minutes: i32) -> Option<Node> {
    if let Some(clock) = clock_of(base) {
        let total = (clock.minutes() + minutes).rem_euclid(24 * 60);
        let (hour, minute) = ((total / 60) as i8, (total % 60) as i8);
        let moved = if clock.twelve_hour && (1..=12).contains(&hour) {
            Clock::written(hour, minute, 0, Grain::Minute)
        } else if clock.twelve_hour && hour == 0 {
            Clock::written(12, minute, 0, Grain::Minute)
        } else {
            Clock::exact(hour, minute, 0, Grain::Minute)
        }?;
        return time(clock_fields(moved));
    }
    let base = expr(base)?.clone();
    if !has_clock(&base) {
        return None;
    }
    time(Expr::Shift {
        base: Box::new(base),
        by: Duration {
            amount: f64::from(minutes.abs()),
            unit: Grain::Minute,
        },
        forward: minutes > 0,
    })
}

/// Whether an expression names a clock time ("2pm tomorrow"), which minutes can be counted
/// from; a part of the day ("the morning") has no minute to count from.
fn has_clock(expr: &Expr) -> bool {
    match expr {
        Expr::Fields(fields) => fields.clock.is_some(),
        Expr::Intersect(a, b) => has_clock(a) || has_clock(b),
        _ => false,
    }
}

fn month_day(month: &Node, day: &Node) -> Option<Node> {
    let fields = expr(month)?.as_fields()?;
    let only_month = fields.month.is_some() && fields.day.is_none() && fields.clock.is_none();
    if !only_month || fields.weekday.is_some() && fields.year.is_some() {
        return None;
    }
    time(Expr::Fields(Fields {
        day: Some(day_number(day)?),
        ..*fields
    }))
}

fn day_of_month(day: &Node) -> Option<Node> {
    time(Expr::Fields(Fields {
        day: Some(day_number(day)?),
        ..Fields::default()
    }))
}

fn weekday_day(weekday: &Node, day: &Node) -> Option<Node> {
    let fields = expr(weekday)?.as_fields()?;
    if !fields.is_weekday_only() || fields.clock.is_some() || fields.part.is_some() {
        return None;
    }
    time(Expr::Fields(Fields {
        day: Some(day_number(day)?),
        ..*fields
    }))
}

/// "the 20th of next month": a day of the month within a month.
fn day_within(day: &Node, anchor: &Node) -> Option<Node> {
    let anchor = expr(anchor)?;
    if anchor.grain() != Grain::Month {
        return None;
    }
    let day = Expr::Fields(Fields {
        day: Some(day_number(day)?),
        ..Fields::default()
    });
    time(Expr::intersect(day, anchor.clone())?)
}

/// The ides: the 15th of March, May, July and October, the 13th of other months.
fn ides(month: &Node) -> Option<Node> {
    let fields = expr(month)?.as_fields()?;
    let m = fields.month?;
    let day = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
    time(Expr::Fields(Fields {
        day: Some(day),
        ..*fields
    }))
}

/// "the third quarter": a quarter of the year.
fn quarter(n: &Node, unit: &Node) -> Option<Node> {
    let q = ordinal(n).filter(|q| (1..=4).contains(q))?;
    if !matches!(
        unit.kind,
        Kind::Unit {
            grain: Grain::Quarter,
            ..
        }
    ) {
        return None;
    }
    time(Expr::Fields(Fields {
        quarter: Some(q as i8),
        ..Fields::default()
    }))
}

/// "the week of October 6th": the week that day begins or falls in. A Sunday begins the week
/// after it, as weeks on American calendars start on Sunday.
fn week_of(day: &Node) -> Option<Node> {
    let day = expr(day)?;
    if day.grain() != Grain::Day {
        return None;
    }
    time(Expr::WeekOf(Box::new(day.clone())))
}

fn era_year(year: &Node, era: &Node) -> Option<Node> {
    let Kind::Era { before_christ } = era.kind else {
        return None;
    };
    let written = match &year.kind {
        Kind::Number { value, digits } if (1..=4).contains(digits) => *value as i64,
        Kind::Time(Expr::Fields(Fields {
            year: Some(y),
            month: None,
            ..
        })) => i64::from(*y),
        _ => return None,
    };
    // There is no year 0: 1 BC is year 0 of the proleptic calendar, 2 BC year -1.
    let year = if before_christ { 1 - written } else { written };
    time(Expr::Fields(Fields {
        year: Some(i16::try_from(year).ok()?),
        ..Fields::default()
    }))
}

/// "the following week", "the previous day": counted here from the publication date, though a
/// report may count from an event it named before; the reading says so.
fn anaphoric(mut node: Node, word: &str) -> Option<Node> {
    node.notes.push(format!(
        "\"{word}\" counted from the publication date; the report may count from an earlier date it names"
    ));
    Some(node)
}

fn cycle_node(unit: &Node, offset: i64) -> Option<Node> {
    let Kind::Unit { grain, factor, .. } = unit.kind else {
        return None;
    };
    (factor == 1.0).then(|| Node::time(Expr::Cycle { grain, offset }))
}

/// "this morning", "this evening": today's, whatever the tense.
fn this_part_of_day(node: &Node) -> Option<Node> {
    let fields = expr(node)?.as_fields()?;
    fields.part?;
    if *fields
        != (Fields {
            part: fields.part,
            ..Fields::default()
        })
    {
        return None;
    }
    time(Expr::Intersect(
        Box::new(Expr::Cycle {
            grain: Grain::Day,
            offset: 0,
        }),
        Box::new(Expr::Fields(*fields)),
    ))
}

fn yesterday_night() -> Node {
    Node::time(Expr::Intersect(
        Box::new(Expr::Cycle {
            grain: Grain::Day,
            offset: -1,
        }),
        Box::new(Expr::Fields(Fields {
            part: Some(PartOfDay {
                name: "night",
                start: 18 * 60,
                end: 24 * 60,
            }),
            ..Fields::default()
        })),
    ))
}

/// "the past summer", "the previous Monday": the latest one before the reference. Never a time
/// of day: "past 5pm" is after it, "half past three" a clock time.
fn latest_before(node: &Node) -> Option<Node> {
    if expr(node)?.is_time_of_day() {
        return None;
    }
    related(Relation::Last, node)
}

fn whole_unit(unit: &Node) -> Option<Node> {
    match unit.kind {
        Kind::Unit {
            grain,
            plural: false,
            ..
        } if grain > Grain::Day => cycle_node(unit, 0),
        _ => None,
    }
}

fn related(relation: Relation, node: &Node) -> Option<Node> {
    let of = expr(node)?;
    if !of.is_recurring() {
        return None;
    }
    time(Expr::Related {
        relation,
        of: Box::new(of.clone()),
    })
}

fn cycle_range(count: &Node, unit: &Node, sign: i64) -> Option<Node> {
    let Kind::Unit { grain, factor, .. } = unit.kind else {
        return None;
    };
    let n = self::count(count)?;
    if factor != 1.0 || n.fract() != 0.0 || n < 1.0 {
        return None;
    }
    time(Expr::CycleRange {
        grain,
        count: sign * n as i64,
    })
}

fn duration(amount: &Node, unit: &Node, scale: f64) -> Option<Node> {
    let Kind::Unit { grain, factor, .. } = unit.kind else {
        return None;
    };
    let n = count(amount)?;
    (n > 0.0).then(|| {
        Node::new(Kind::Duration(Duration {
            amount: n * factor * scale,
            unit: grain,
        }))
    })
}

fn unit_duration(unit: &Node, amount: f64) -> Option<Node> {
    let one = Node::new(Kind::Number {
        value: 1.0,
        digits: 1,
    });
    duration(&one, unit, amount)
}

fn fraction(numerator: &Node, denominator: &Node, unit: &Node) -> Option<Node> {
    let (a, b) = (integer(numerator)?, integer(denominator)?);
    if b == 0 || a >= b {
        return None;
    }
    let one = Node::new(Kind::Number {
        value: 1.0,
        digits: 1,
    });
    duration(&one, unit, a as f64 / b as f64)
}

fn add_half(node: &Node) -> Option<Node> {
    let Kind::Duration(d) = node.kind else {
        return None;
    };
    Some(Node::new(Kind::Duration(Duration {
        amount: d.amount + 0.5,
        ..d
    })))
}

fn as_duration(node: &Node) -> Option<Duration> {
    match node.kind {
        Kind::Duration(d) => Some(d),
        _ => None,
    }
}

fn now() -> Expr {
    Expr::Cycle {
        grain: Grain::Second,
        offset: 0,
    }
}

fn shift(by: &Node, base: Expr, forward: bool) -> Option<Node> {
    time(Expr::Shift {
        base: Box::new(base),
        by: as_duration(by)?,
        forward,
    })
}

fn shift_now(by: &Node, forward: bool) -> Option<Node> {
    shift(by, now(), forward)
}

fn shift_node(by: &Node, base: &Node, forward: bool) -> Option<Node> {
    shift(by, expr(base)?.clone(), forward)
}

fn shift_one_day(base: &Node, forward: bool) -> Option<Node> {
    let day = Node::new(Kind::Duration(Duration {
        amount: 1.0,
        unit: Grain::Day,
    }));
    shift_node(&day, base, forward)
}

fn count_from_now(n: &Node, days: &Node, sign: i32) -> Option<Node> {
    let Kind::Plural(of) = &days.kind else {
        return None;
    };
    let n = integer(n).filter(|n| (1..=520).contains(n))? as i32;
    time(Expr::NthAfter {
        n: sign * n,
        of: Box::new(of.clone()),
        after: Box::new(now()),
    })
}

/// What "the first … of" counts: a recurring time, or every unit ("the first week").
fn countable(node: &Node) -> Option<Expr> {
    match &node.kind {
        Kind::Time(expr) if expr.is_recurring() => Some(expr.clone()),
        Kind::Unit { grain, factor, .. } if *factor == 1.0 => Some(Expr::EveryUnit(*grain)),
        _ => None,
    }
}

fn nth_within(n: &Node, of: &Node, within: &Node) -> Option<Node> {
    let n = ordinal(n)?;
    let of = countable(of)?;
    let within = expr(within)?;
    if within.grain() <= of.grain() {
        return None;
    }
    time(Expr::NthWithin {
        n,
        of: Box::new(of),
        within: Box::new(within.clone()),
    })
}

fn last_within(from_end: i32, of: &Node, within: &Node) -> Option<Node> {
    let of = countable(of)?;
    let within = expr(within)?;
    if within.grain() <= of.grain() {
        return None;
    }
    time(Expr::NthWithin {
        n: -from_end,
        of: Box::new(of),
        within: Box::new(within.clone()),
    })
}

fn nth_after(n: &Node, of: &Node, after: &Node) -> Option<Node> {
    time(Expr::NthAfter {
        n: ordinal(n)?,
        of: Box::new(countable(of)?),
        after: Box::new(expr(after)?.clone()),
    })
}

fn closest(n: i32, of: &Node, to: &Node) -> Option<Node> {
    let of = expr(of)?;
    if !of.is_recurring() {
        return None;
    }
    time(Expr::Closest {
        n,
        of: Box::new(of.clone()),
        to: Box::new(expr(to)?.clone()),
    })
}

fn part_of(part: Part, node: &Node) -> Option<Node> {
    let of = expr(node)?;
    if of.grain() < Grain::Hour {
        return None;
    }
    time(Expr::PartOf {
        part,
        of: Box::new(of.clone()),
    })
}

fn deadline(node: &Node) -> Option<Node> {
    time(Expr::Deadline(Box::new(expr(node)?.clone())))
}

/// One end of a range: a time, or a bare number to be read like the other end.
enum End {
    Time(Expr),
    Bare(i64),
}

fn range_end(node: &Node) -> Option<End> {
    match &node.kind {
        Kind::Time(expr) => Some(End::Time(expr.clone())),
        Kind::WeakClock(clock) => Some(End::Time(clock_fields(*clock))),
        Kind::Ordinal { n, .. } => Some(End::Bare(i64::from(*n))),
        _ => integer(node).map(End::Bare),
    }
}

fn range(from: &Node, to: &Node) -> Option<Node> {
    let (start, end) = match (range_end(from)?, range_end(to)?) {
        (End::Time(a), End::Time(b)) => {
            let end = fill(b.clone(), &a);
            (align_meridiem(fill(a, &b), &end), end)
        }
        (End::Bare(n), End::Time(b)) => (like(n, &b, true)?, b),
        (End::Time(a), End::Bare(n)) => {
            let b = like(n, &a, false)?;
            (a, b)
        }
        (End::Bare(_), End::Bare(_)) => return None,
    };
    let nested = |e: &Expr| matches!(e, Expr::Range(..) | Expr::RangeFor { .. });
    if start.is_time_of_day() != end.is_time_of_day() || nested(&start) || nested(&end) {
        return None;
    }
    time(Expr::Range(Box::new(start), Box::new(end)))
}

/// A day without its month at one end of a range takes the other end's: "from the 13th to
/// the 15th of July".
fn fill(end: Expr, other: &Expr) -> Expr {
    match (end.as_fields(), other.as_fields()) {
        (Some(a), Some(b)) if a.day.is_some() && a.month.is_none() && b.month.is_some() => {
            Expr::Fields(Fields {
                month: b.month,
                year: a.year.or(b.year),
                ..*a
            })
        }
        _ => end,
    }
}

/// A bare number at one end of a range, read like the time at the other: a day of the same
/// month ("July 13-15"), or an hour of the same half of the day ("3-4pm").
fn like(n: i64, other: &Expr, is_start: bool) -> Option<Expr> {
    let fields = other.as_fields()?;
    if fields.day.is_some() && fields.clock.is_none() {
        let day = i8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
        return Some(Expr::Fields(Fields {
            day: Some(day),
            weekday: None,
            ..*fields
        }));
    }
    let clock = fields.clock.filter(|_| is_clock_only(fields))?;
    let hour = i8::try_from(n).ok().filter(|h| (0..=24).contains(h))?;
    let bare = Clock::written(
        hour % 24,
        0,
        0,
        clock.grain.max(Grain::Hour).min(Grain::Hour),
    )?;
    let bare = if is_start {
        align_clock(bare, clock)
    } else {
        bare
    };
    Some(clock_fields(bare))
}

/// The start of a range without a.m. or p.m. takes the end's half of the day when it then comes
/// before the end: "3-4pm" is 15:00 to 17:00, "11-1pm" 11:00 to 14:00.
fn align_meridiem(start: Expr, end: &Expr) -> Expr {
    match (start.as_fields(), end.as_fields()) {
        (Some(a), Some(b)) if is_clock_only(a) && is_clock_only(b) => match (a.clock, b.clock) {
            (Some(x), Some(y)) => clock_fields(align_clock(x, y)),
            _ => start,
        },
        _ => start,
    }
}

fn align_clock(start: Clock, end: Clock) -> Clock {
    if !start.twelve_hour || end.twelve_hour {
        return start;
    }
    start
        .readings()
        .into_iter()
        .filter(|r| r.minutes() <= end.minutes())
        .max_by_key(|r| r.minutes())
        .unwrap_or(start)
}

fn range_for(from: &Node, length: &Node) -> Option<Node> {
    time(Expr::RangeFor {
        from: Box::new(expr(from)?.clone()),
        length: as_duration(length)?,
    })
}

fn with_clock(day: &Node, clock: &Node) -> Option<Node> {
    let clock = clock_fields(clock_of(clock)?);
    let day = expr(day)?;
    if day.is_time_of_day() && day.as_fields().is_none_or(|f| f.clock.is_some()) {
        return None;
    }
    time(combine(day, &clock)?)
}

/// "8 tonight", "9 tomorrow morning": an hour before a day said relative to today.
fn clock_before_day(hour: &Node, day: &Node) -> Option<Node> {
    let day_expr = expr(day)?;
    if !is_relative_day(day_expr) {
        return None;
    }
    let clock = clock_fields(clock_of(hour).filter(|c| c.grain == Grain::Hour)?);
    time(combine(day_expr, &clock)?)
}

fn is_relative_day(expr: &Expr) -> bool {
    match expr {
        Expr::Cycle {
            grain: Grain::Day, ..
        } => true,
        Expr::Intersect(a, b) => is_relative_day(a) || is_relative_day(b),
        _ => false,
    }
}

fn in_zone(node: &Node, zone: &Node) -> Option<Node> {
    let Kind::Zone(name) = zone.kind else {
        return None;
    };
    if expr(node)?.grain() >= Grain::Day {
        return None;
    }
    let mut node = node.clone();
    node.notes.push(format!(
        "time zone {} ignored: the time is read in the source's own time",
        name.to_uppercase()
    ));
    Some(node)
}

fn intersect(a: &Node, b: &Node) -> Option<Node> {
    time(combine(expr(a)?, expr(b)?)?)
}

/// Both at once. A range takes the other on both its ends ("9:30-11:00 on Thursday"); two times
/// of day, or two spans anchored to the reference, do not combine.
pub fn combine(a: &Expr, b: &Expr) -> Option<Expr> {
    if let Expr::Range(x, y) = a {
        return Some(Expr::Range(
            Box::new(combine(x, b)?),
            Box::new(combine(y, b)?),
        ));
    }
    if let Expr::Range(x, y) = b {
        return Some(Expr::Range(
            Box::new(combine(a, x)?),
            Box::new(combine(a, y)?),
        ));
    }
    if let Some(merged) = merge_clock_into(a, b).or_else(|| merge_clock_into(b, a)) {
        return Some(merged);
    }
    if !year_fits(a, b) || !year_fits(b, a) {
        return None;
    }
    let anchored = |e: &Expr| !e.is_recurring();
    if anchored(a) && anchored(b) && a.grain() == b.grain() {
        return None;
    }
    Expr::intersect(a.clone(), b.clone())
}

/// A year alone joins only what comes round once a year ("March 2019", "Christmas 2014"): a
/// weekday or an hour next to a number is more likely a count ("on Tuesday 2000 people").
fn year_fits(year: &Expr, other: &Expr) -> bool {
    !is_year_only(year)
        || super::eval::period(other).is_some_and(|p| p >= Grain::Month)
        || other.as_fields().is_some_and(|f| f.month.is_some())
}

/// A time of day joins the fields of a day that has some ("tonight at 8" is 20:00: the hour
/// takes the evening's half of the day).
fn merge_clock_into(day: &Expr, clock: &Expr) -> Option<Expr> {
    let clock_fields = clock.as_fields().filter(|f| is_clock_only(f))?;
    match day {
        Expr::Intersect(x, y) => {
            let fields = y.as_fields().filter(|f| f.part.is_some())?;
            Some(Expr::Intersect(
                x.clone(),
                Box::new(Expr::Fields(fields.merge(clock_fields)?)),
            ))
        }
        _ => None,
    }
}

/// Whether the expression is a year and nothing else.
fn is_year_only(expr: &Expr) -> bool {
    expr.as_fields().is_some_and(|f| {
        f.year.is_some()
            && *f
                == Fields {
                    year: f.year,
                    ..Fields::default()
                }
    })
}
