//! Word boundaries the fast regex engine can run: takes a pattern and gives its twin with ASCII
//! word boundaries, and tells for which texts the twin finds exactly what the pattern finds.
//!
//! The regex crate's lazy DFA cannot decide a Unicode `\b` next to a non-ASCII byte; when it
//! meets one it gives up and the whole search is redone by the PikeVM, which on our large
//! patterns is a hundred times slower. News text is full of non-ASCII punctuation (’ “ ” —), so
//! that happened on every tenth sentence and cost most of the extraction time. A Unicode `\b`
//! and an ASCII one only disagree next to a non-ASCII *word* character ("é", "ß"); on a text
//! without one, the twin with `(?-u:\b)` reports exactly the same matches and stays on the DFA.

use std::sync::LazyLock;

use regex::Regex;

/// `pattern` with every `\b` and `\B` outside a character class made ASCII-only.
///
/// Bounded forms (`\b{start}`) and everything inside `[...]` are left as written.
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars().peekable();
    // Nesting depth of character classes; `]` right after `[` or `[^` is a literal.
    let mut class_depth = 0usize;
    let mut class_just_opened = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(escaped) = chars.next() else {
                    out.push(c);
                    break;
                };
                let boundary =
                    matches!(escaped, 'b' | 'B') && class_depth == 0 && chars.peek() != Some(&'{');
                if boundary {
                    out.push_str("(?-u:\\");
                    out.push(escaped);
                    out.push(')');
                } else {
                    out.push(c);
                    out.push(escaped);
                }
                class_just_opened = false;
            }
            '[' => {
                out.push(c);
                class_depth += 1;
                class_just_opened = true;
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
            }
            ']' if class_depth > 0 && !class_just_opened => {
                out.push(c);
                class_depth -= 1;
            }
            _ => {
                out.push(c);
                class_just_opened = false;
            }
        }
    }
    out
}

/// Whether `text` holds a non-ASCII word character, next to which a Unicode `\b` and an ASCII
/// one may disagree.
pub fn has_non_ascii_word_character(text: &str) -> bool {
    static NON_ASCII_WORD: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").ok());
    if text.is_ascii() {
        return false;
    }
    // Without the scanner (it always compiles), assume the worst: the slow, exact path.
    NON_ASCII_WORD.as_ref().is_none_or(|re| re.is_match(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_outside_classes_become_ascii() {
        assert_eq!(
            ascii_word_boundaries(r"\bkill\B[\b\]]\\b\b{start}"),
            r"(?-u:\b)kill(?-u:\B)[\b\]]\\b\b{start}"
        );
        assert_eq!(
            ascii_word_boundaries(r"[]\b][^]x]\b"),
            r"[]\b][^]x](?-u:\b)"
        );
    }

    #[test]
    fn the_twin_agrees_where_no_non_ascii_word_character_is() {
        let pattern = r"\b(?:over|about)\s+\d+\b|\Bx";
        let unicode = Regex::new(pattern).unwrap();
        let ascii = Regex::new(&ascii_word_boundaries(pattern)).unwrap();
        for text in [
            "about 10 people — “over 20”’s",
            "ax over 5’",
            "plain ascii about 3",
        ] {
            assert!(!has_non_ascii_word_character(text), "{text}");
            let found = |re: &Regex| re.find_iter(text).map(|m| m.range()).collect::<Vec<_>>();
            assert_eq!(found(&unicode), found(&ascii), "{text}");
        }
        // Next to "é" the two readings differ, and the text is flagged.
        let text = "éabout 10";
        assert!(has_non_ascii_word_character(text));
        assert_ne!(unicode.is_match(text), ascii.is_match(text));
    }
}
