//! A guard for YAML that users give us (rule files, lexicons, front matter) against alias bombs.
//!
//! A YAML alias (`*name`) stands for the whole node its anchor (`&name`) names, so a small file
//! can stand for an enormous document: a 64 KB string repeated 40,000 times is 185 KB on disk and
//! 2.6 GB once read. `serde_yaml` caps how many aliases it follows in all, which stops the nested
//! "billion laughs", but not a flat list of aliases to one big node. [`check_expansion`] walks
//! the document the way deserializing does, allocating nothing, and refuses it once its expanded
//! size passes a budget proportional to the file's own size, before anything is built from it.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// How many times its own size a file may grow through its aliases, plus a fixed allowance for
/// small files that share a node or two.
const GROWTH: usize = 16;
const ALLOWANCE: usize = 1 << 20;

/// Why a YAML text was refused.
#[derive(Debug)]
pub struct ExpansionError {
    /// The budget it went past, in bytes.
    pub budget: usize,
    /// Where the walk was when the budget ran out (1-based line and column), if known: inside
    /// the anchored node that the aliases repeat.
    pub location: Option<(usize, usize)>,
}

impl fmt::Display for ExpansionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "aliases (`*name`) repeat the node anchored here until the file would take more than {} MB; write the repeated parts out or use fewer aliases",
            self.budget.div_ceil(1 << 20)
        )
    }
}

/// Checks that `text`, with every alias expanded, stays within its budget.
///
/// # Errors
/// When it does not. A text that is not valid YAML passes: the caller's own parse reports it with
/// a better message than this walk could.
pub fn check_expansion(text: &str) -> Result<(), ExpansionError> {
    let budget = text.len().saturating_mul(GROWTH).saturating_add(ALLOWANCE);
    let left = Cell::new(budget);
    let deserializer = serde_yaml::Deserializer::from_str(text);
    for document in deserializer {
        if let Err(err) = (Measure { left: &left }).deserialize(document) {
            // `serde_yaml`'s own cap on following aliases is the same refusal, said less clearly.
            if left.get() == 0 || err.to_string().starts_with("repetition limit exceeded") {
                return Err(ExpansionError {
                    budget,
                    location: err.location().map(|l| (l.line(), l.column())),
                });
            }
            // Any other error is the caller's to report.
            return Ok(());
        }
    }
    Ok(())
}

/// Walks one node and what it holds, spending from `left`.
#[derive(Clone, Copy)]
struct Measure<'a> {
    left: &'a Cell<usize>,
}

impl Measure<'_> {
    fn spend<E: de::Error>(self, bytes: usize) -> Result<(), E> {
        // Every node costs at least one byte, so that empty nodes count too.
        match self.left.get().checked_sub(bytes + 1) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => {
                self.left.set(0);
                Err(E::custom("the document expands past its budget"))
            }
        }
    }
}

impl<'de> DeserializeSeed<'de> for Measure<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Measure<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.spend(8)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.spend(8)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.spend(8)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        self.spend(text.len())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.spend(0)
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.spend(0)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend(0)?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend(0)?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use serde::de::VariantAccess;
        let ((), variant) = data.variant_seed(self)?;
        variant.newtype_variant_seed(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_yaml_and_a_few_aliases_pass() {
        assert!(check_expansion("a: 1\nb: [x, y]\nc: {d: e}\n").is_ok());
        assert!(check_expansion("a: &x [1, 2, 3]\nb: *x\nc: *x\n").is_ok());
        assert!(
            check_expansion("not: [valid").is_ok(),
            "left to the real parse"
        );
        assert!(check_expansion("").is_ok());
    }

    #[test]
    fn a_flat_alias_bomb_is_refused_at_the_node_it_repeats() {
        let big = "w".repeat(64 << 10);
        let bomb = format!("a: &s {big}\nb: [{}]\n", vec!["*s"; 2_000].join(", "));
        let err = check_expansion(&bomb).unwrap_err();
        assert_eq!(err.location.map(|(line, _)| line), Some(1), "{err:?}");
        assert!(
            err.to_string().contains("aliases (`*name`) repeat"),
            "{err}"
        );
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut lines = vec!["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]".to_string()];
        for level in 1..10 {
            let refs = vec![format!("*l{}", level - 1); 9].join(", ");
            lines.push(format!("l{level}: &l{level} [{refs}]"));
        }
        assert!(check_expansion(&lines.join("\n")).is_err());
    }
}
