//! A chart parser over the tokens of a phrase: every stretch of tokens gets the readings the
//! grammar allows for it, shortest stretches first, so that a production can build on the
//! readings of the stretches it is made of ("tomorrow" and "at 5pm" make "tomorrow at 5pm").
//!
//! Atoms are regexes matched against a whole stretch ([`super::atoms`]); productions are
//! sequences of literal words and typed slots ([`super::grammar`]). The parser knows neither:
//! it only fills the chart.

use super::atoms;
use super::expr::{Clock, Duration, Expr};
use super::grammar::{Production, Slot, Sym, PRODUCTIONS};
use super::tokens::{join, Token};
use crate::value::Grain;

/// What a stretch of tokens can be.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A date or time: "tomorrow", "3pm", "the first Monday of March".
    Time(Expr),
    /// Several of a recurring day, for counting: "fridays".
    Plural(Expr),
    /// A span of time: "two hours".
    Duration(Duration),
    /// A number in digits or words; `digits` is how many digits it was written with, 0 for
    /// words.
    Number { value: f64, digits: u8 },
    /// An ordinal, "3rd" (`written` in digits) or "third".
    Ordinal { n: i32, digits: bool },
    /// A unit of time, how many of it one word means ("fortnight" is 2 weeks), and whether it
    /// is written in the plural ("all week" is this week, "all weeks" no date).
    Unit {
        grain: Grain,
        factor: f64,
        plural: bool,
    },
    /// "am" (false) or "pm" (true).
    Meridiem(bool),
    /// A time-zone abbreviation.
    Zone(&'static str),
    /// "AD" or "BC" after a year.
    Era { before_christ: bool },
    /// A time that only a preposition makes one: "7" in "at 7", "3p" in "at 3p".
    WeakClock(Clock),
}

/// One reading of a stretch, with what was assumed to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub notes: Vec<String>,
}

impl Node {
    pub fn new(kind: Kind) -> Node {
        Node {
            kind,
            notes: Vec::new(),
        }
    }

    pub fn noted(kind: Kind, note: impl Into<String>) -> Node {
        Node {
            kind,
            notes: vec![note.into()],
        }
    }

    pub fn time(expr: Expr) -> Node {
        Node::new(Kind::Time(expr))
    }

    /// The date or time this reading is, if it is one.
    pub fn as_time(&self) -> Option<&Expr> {
        match &self.kind {
            Kind::Time(expr) => Some(expr),
            _ => None,
        }
    }
}

/// Options the grammar reads.
#[derive(Clone, Copy, Debug, Default)]
pub struct GrammarOptions {
    /// Numeric dates put the day first ("3/9/2025" is 3 September).
    pub day_first: bool,
}

/// Readings kept per stretch; enough for the real ambiguities of dates, few enough to stay fast
/// on long runs of words.
const MAX_READINGS: usize = 12;

/// Atoms are single words or short fixed phrases; no atom is longer than this many tokens.
const MAX_ATOM_TOKENS: usize = 10;

/// The filled chart of one phrase.
pub struct Chart {
    pub tokens: Vec<Token>,
    /// `cells[start][len - 1]`: the readings of the tokens `start..start + len`.
    cells: Vec<Vec<Vec<Node>>>,
}

impl Chart {
    /// Parses `tokens`, filling every stretch.
    pub fn parse(tokens: Vec<Token>, options: GrammarOptions) -> Chart {
        let n = tokens.len();
        let mut chart = Chart {
            cells: (0..n).map(|i| vec![Vec::new(); n - i]).collect(),
            tokens,
        };
        for len in 1..=n {
            for start in 0..=n - len {
                let end = start + len;
                let mut readings = Vec::new();
                if len <= MAX_ATOM_TOKENS {
                    let text = join(&chart.tokens[start..end]);
                    for node in atoms::read(&text, options) {
                        push(&mut readings, node);
                    }
                }
                for production in PRODUCTIONS {
                    for node in chart.apply(production, start, end) {
                        push(&mut readings, node);
                    }
                }
                chart.cells[start][len - 1] = readings;
            }
        }
        chart
    }

    /// The readings of the tokens `start..end`.
    pub fn readings(&self, start: usize, end: usize) -> &[Node] {
        match end.checked_sub(start + 1) {
            Some(len) if end <= self.tokens.len() => self
                .cells
                .get(start)
                .and_then(|row| row.get(len))
                .map_or(&[], Vec::as_slice),
            _ => &[],
        }
    }

    fn apply(&self, production: &Production, start: usize, end: usize) -> Vec<Node> {
        let mut found = Vec::new();
        let mut captured = Vec::new();
        self.match_syms(
            production,
            production.syms,
            start,
            end,
            &mut captured,
            &mut found,
        );
        found
    }

    /// Matches `syms` against exactly the tokens `at..end`, building a node for each way they
    /// fit.
    fn match_syms<'a>(
        &'a self,
        production: &Production,
        syms: &[Sym],
        at: usize,
        end: usize,
        captured: &mut Vec<&'a Node>,
        found: &mut Vec<Node>,
    ) {
        let Some((first, rest)) = syms.split_first() else {
            if at == end {
                if let Some(mut node) = (production.build)(captured) {
                    let mut notes: Vec<String> =
                        captured.iter().flat_map(|n| n.notes.clone()).collect();
                    notes.append(&mut node.notes);
                    node.notes = dedup(notes);
                    found.push(node);
                }
            }
            return;
        };
        match first {
            Sym::Word(words) => {
                if self.word_at(at, end, words) {
                    self.match_syms(production, rest, at + 1, end, captured, found);
                }
            }
            Sym::Optional(words) => {
                if self.word_at(at, end, words) {
                    self.match_syms(production, rest, at + 1, end, captured, found);
                }
                self.match_syms(production, rest, at, end, captured, found);
            }
            Sym::Slot(slot) => {
                // A slot spanning the whole stretch finds its cell still empty, so a production
                // never reads the stretch it is building.
                for stop in at + 1..=end {
                    for node in self.readings(at, stop) {
                        if slot.accepts(&node.kind) {
                            captured.push(node);
                            self.match_syms(production, rest, stop, end, captured, found);
                            captured.pop();
                        }
                    }
                }
            }
        }
    }

    fn word_at(&self, at: usize, end: usize, words: &[&str]) -> bool {
        at < end
            && self
                .tokens
                .get(at)
                .is_some_and(|t| words.contains(&t.text.as_str()))
    }
}

fn push(readings: &mut Vec<Node>, node: Node) {
    if readings.len() < MAX_READINGS && !readings.iter().any(|r| r.kind == node.kind) {
        readings.push(node);
    }
}

fn dedup(notes: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(notes.len());
    for note in notes {
        if !out.contains(&note) {
            out.push(note);
        }
    }
    out
}

impl Slot {
    fn accepts(self, kind: &Kind) -> bool {
        matches!(
            (self, kind),
            (Slot::Time, Kind::Time(_))
                | (Slot::Plural, Kind::Plural(_))
                | (Slot::Duration, Kind::Duration(_))
                | (Slot::Number, Kind::Number { .. })
                | (Slot::Ordinal, Kind::Ordinal { .. })
                | (Slot::Unit, Kind::Unit { .. })
                | (Slot::Meridiem, Kind::Meridiem(_))
                | (Slot::Zone, Kind::Zone(_))
                | (Slot::Era, Kind::Era { .. })
                | (Slot::WeakClock, Kind::WeakClock(_))
                | (
                    Slot::ClockLike,
                    Kind::Time(_) | Kind::Number { .. } | Kind::WeakClock(_)
                )
                | (Slot::Countable, Kind::Time(_) | Kind::Unit { .. })
                | (Slot::DayNumber, Kind::Number { .. } | Kind::Ordinal { .. })
                | (
                    Slot::RangeEnd,
                    Kind::Time(_) | Kind::Number { .. } | Kind::Ordinal { .. } | Kind::WeakClock(_)
                )
        )
    }
}
