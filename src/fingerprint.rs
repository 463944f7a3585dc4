//! Fingerprints: a short, stable name for a finding, computed from what it is about and what the
//! sources say, never from where the words sit in a file.
//!
//! A baseline accepts a discrepancy by its fingerprint, and SARIF consumers track a result across
//! runs by it, so it must survive edits that move the words (a paragraph added above them) and
//! change as soon as the disagreement itself changes (a source now gives another value). It is
//! built from the kind, the subject, the object, the qualifiers and the set of displayed values,
//! hashed with 64-bit FNV-1a: not cryptographic, and it need not be; it only has to be stable across
//! platforms and releases, which the standard library's hashers do not promise.

use crate::compare::Finding;

/// The version of the recipe below; a change to what goes into the hash bumps it, so old
/// baselines go stale instead of matching the wrong finding.
const RECIPE: &str = "crosscheck-fingerprint-v1";

/// The fingerprint of a finding: 16 lowercase hexadecimal digits.
///
/// Two findings about the same thing whose sources give the same values have the same
/// fingerprint, wherever the claims are in their files and in whichever order the values come.
pub fn of(finding: &Finding) -> String {
    let mut hash = Fnv1a::new();
    hash.field(RECIPE);
    hash.field(&finding.kind);
    hash.optional(finding.subject.as_deref());
    hash.optional(finding.object.as_deref());
    hash.count(finding.qualifiers.len());
    for (key, value) in &finding.qualifiers {
        hash.field(key);
        hash.field(value);
    }
    let mut values: Vec<&str> = finding.claims.iter().map(|c| &*c.display).collect();
    values.sort_unstable();
    values.dedup();
    hash.count(values.len());
    for value in values {
        hash.field(value);
    }
    format!("{:016x}", hash.finish())
}

/// 64-bit FNV-1a (Fowler, Noll, Vo), fed with length-prefixed fields so that ("ab", "c") and
/// ("a", "bc") hash differently.
struct Fnv1a(u64);

impl Fnv1a {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Fnv1a(Self::OFFSET_BASIS)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    fn count(&mut self, n: usize) {
        self.bytes(&(n as u64).to_le_bytes());
    }

    fn field(&mut self, text: &str) {
        self.count(text.len());
        self.bytes(text.as_bytes());
    }

    /// An absent field hashes differently from an empty one.
    fn optional(&mut self, text: Option<&str>) {
        match text {
            Some(text) => {
                self.bytes(&[1]);
                self.field(text);
            }
            None => self.bytes(&[0]),
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        // From the FNV reference test suite: the empty string, "a" and "foobar".
        for (input, expected) in [
            ("", 0xcbf2_9ce4_8422_2325_u64),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            let mut hash = Fnv1a::new();
            hash.bytes(input.as_bytes());
            assert_eq!(hash.finish(), expected, "{input:?}");
        }
    }

    #[test]
    fn fields_are_delimited() {
        let hash = |fields: &[&str]| {
            let mut hash = Fnv1a::new();
            for field in fields {
                hash.field(field);
            }
            hash.finish()
        };
        assert_ne!(hash(&["ab", "c"]), hash(&["a", "bc"]));
        let mut absent = Fnv1a::new();
        absent.optional(None);
        let mut empty = Fnv1a::new();
        empty.optional(Some(""));
        assert_ne!(absent.finish(), empty.finish());
    }
}
