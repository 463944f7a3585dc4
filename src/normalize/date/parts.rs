//! Parts of a period: "early March", "mid-2020", "the end of the week", "late tonight", and
//! "earlier this month" / "later this year" / "the rest of the week", which the reference time
//! splits.

use super::eval::{impossible, out_of_range, Context, Placed};
use super::expr::Part;
use super::units::{self, shift as move_by};
use crate::value::{DateValue, Grain};

/// A part of a period: thirds of a year by months (January–April, May–August,
/// September–December), of a month by days (1–10, 11–20, 21 to the end), of a week (Monday to
/// Wednesday, Friday to Sunday); "earlier" and "later" split it at the reference.
pub(super) fn part_of(part: Part, whole: &DateValue, cx: &mut Context) -> Placed {
    let third = match part {
        Part::FirstHalf | Part::SecondHalf => return half_of(part == Part::SecondHalf, whole),
        Part::Early => 0,
        Part::Middle => 1,
        Part::Late => 2,
        Part::Earlier | Part::Later | Part::Rest => return around_reference(part, whole, cx),
    };
    let Some((unit, bounds)) = thirds(whole.grain) else {
        return split_evenly(third, whole);
    };
    let (from, to) = bounds[third];
    let start = move_by(whole.start, unit, from).ok_or_else(out_of_range)?;
    let end = match to {
        Some(to) => move_by(whole.start, unit, to).ok_or_else(out_of_range)?,
        None => whole.end,
    };
    Ok(DateValue::new(start, end, unit))
}

/// A half of a period: a year by months (January–June, July–December), a decade by years,
/// anything longer than two days by days, anything shorter by hours.
fn half_of(second: bool, whole: &DateValue) -> Placed {
    let (unit, length) = match whole.grain {
        Grain::Year => (Grain::Month, 12),
        Grain::Quarter => (Grain::Month, 3),
        Grain::Decade => (Grain::Year, 10),
        _ => {
            let days = i64::from((whole.end.date() - whole.start.date()).get_days());
            if days >= 2 {
                (Grain::Day, days)
            } else {
                (
                    Grain::Hour,
                    whole.end.duration_since(whole.start).as_hours(),
                )
            }
        }
    };
    if length < 2 {
        return Err(impossible("is too short to have halves"));
    }
    let middle = move_by(whole.start, unit, length / 2).ok_or_else(out_of_range)?;
    Ok(if second {
        DateValue::new(middle, whole.end, unit)
    } else {
        DateValue::new(whole.start, middle, unit)
    })
}

/// Where each third of a period begins and ends, in a finer unit counted from its start; an
/// end of `None` is the period's own end.
type Thirds = (Grain, [(i64, Option<i64>); 3]);

fn thirds(grain: Grain) -> Option<Thirds> {
    Some(match grain {
        Grain::Decade => (Grain::Year, [(0, Some(4)), (4, Some(7)), (7, None)]),
        Grain::Year => (Grain::Month, [(0, Some(4)), (4, Some(8)), (8, None)]),
        Grain::Quarter => (Grain::Month, [(0, Some(1)), (1, Some(2)), (2, None)]),
        Grain::Month => (Grain::Day, [(0, Some(10)), (10, Some(20)), (20, None)]),
        Grain::Week => (Grain::Day, [(0, Some(3)), (2, Some(5)), (4, None)]),
        _ => return None,
    })
}

/// Any other period in thirds: by days when it spans several, else by hours in halves ("late
/// tonight" is the second half of the night).
fn split_evenly(third: usize, whole: &DateValue) -> Placed {
    let days = i64::from((whole.end.date() - whole.start.date()).get_days());
    if days >= 3 {
        let cut = |i: i64| move_by(whole.start, Grain::Day, days * i / 3).ok_or_else(out_of_range);
        let from = cut(third as i64)?;
        let to = if third == 2 {
            whole.end
        } else {
            cut(third as i64 + 1)?
        };
        return Ok(DateValue::new(from, to, Grain::Day));
    }
    let hours = whole.end.duration_since(whole.start).as_hours();
    if hours < 2 {
        return Err(impossible("is too short to have an early or a late part"));
    }
    let (a, b) = match third {
        0 => (0, hours / 2),
        1 => (hours / 4, hours - hours / 4),
        _ => (hours / 2, hours),
    };
    Ok(DateValue::new(
        move_by(whole.start, Grain::Hour, a).ok_or_else(out_of_range)?,
        move_by(whole.start, Grain::Hour, b).ok_or_else(out_of_range)?,
        Grain::Hour,
    ))
}

fn around_reference(part: Part, whole: &DateValue, cx: &mut Context) -> Placed {
    let reference = cx.reference()?;
    if !(whole.start <= reference && reference < whole.end) {
        return Err(impossible("is not around the publication date"));
    }
    let days = (whole.end.date() - whole.start.date()).get_days();
    let grain = if whole.grain >= Grain::Day && days > 1 {
        Grain::Day
    } else {
        Grain::Hour
    };
    let here = units::truncate(reference, grain).ok_or_else(out_of_range)?;
    let (start, end) = match part {
        Part::Earlier => (whole.start, here),
        Part::Rest => (here, whole.end),
        _ => (move_by(here, grain, 1).ok_or_else(out_of_range)?, whole.end),
    };
    if start >= end {
        return Err(impossible("leaves nothing of the period"));
    }
    Ok(DateValue::new(start, end, grain))
}
