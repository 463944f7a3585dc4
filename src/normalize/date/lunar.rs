//! Holidays of calendars that follow the moon.

use super::holidays::Holiday;
use crate::value::DateValue;

/// A feast of a lunar or lunisolar calendar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Feast {}

impl Feast {
    /// When the feast falls in the Gregorian `year`.
    pub fn in_year(self, _year: i16) -> Option<DateValue> {
        match self {}
    }
}

/// The holidays of the lunar calendars.
pub static HOLIDAYS: &[Holiday] = &[];
