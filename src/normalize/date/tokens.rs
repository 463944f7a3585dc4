//! Tokens of a date phrase: words, runs of digits and single punctuation marks, in lower case,
//! each with its byte range in the original text and whether white space came before it.
//!
//! Letters and digits are split ("3pm" is `3` `pm`, "Feb13" is `feb` `13`) so that the grammar
//! sees the same tokens however tightly a phrase is written; a possessive `'s` is its own token
//! ("last week's Sunday").

use std::ops::Range;

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token in lower case, with typographic apostrophes and dashes made plain.
    pub text: String,
    /// Its bytes in the text it came from.
    pub range: Range<usize>,
    /// Whether white space stands between it and the token before.
    pub spaced: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Space,
    Mark,
}

fn class(c: char) -> Class {
    if c.is_alphabetic() {
        Class::Letter
    } else if c.is_ascii_digit() {
        Class::Digit
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Mark
    }
}

fn plain(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' => '\'',
        '–' | '—' | '‐' | '‑' | '−' => '-',
        '“' | '”' => '"',
        other => other,
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut spaced = false;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let kind = class(c);
        if kind == Class::Space {
            spaced = true;
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if kind != Class::Mark {
            while j < chars.len() && class(chars[j].1) == kind {
                j += 1;
            }
            // An apostrophe inside a word belongs to it ("o'clock", "b'av"), except the
            // possessive 's, which is a token of its own.
            while kind == Class::Letter
                && j + 1 < chars.len()
                && plain(chars[j].1) == '\''
                && class(chars[j + 1].1) == Class::Letter
                && !is_possessive(&chars, j)
            {
                j += 2;
                while j < chars.len() && class(chars[j].1) == Class::Letter {
                    j += 1;
                }
            }
        } else if plain(c) == '\'' && is_possessive(&chars, i) {
            j = i + 2;
        }
        let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
        let word: String = text[start..end].chars().map(plain).collect();
        tokens.push(Token {
            text: word.to_lowercase(),
            range: start..end,
            spaced: spaced || tokens.is_empty(),
        });
        spaced = false;
        i = j;
    }
    tokens
}

/// Whether the apostrophe at `at` starts a possessive `'s` that ends the word.
fn is_possessive(chars: &[(usize, char)], at: usize) -> bool {
    plain(chars[at].1) == '\''
        && chars
            .get(at + 1)
            .is_some_and(|(_, c)| c.eq_ignore_ascii_case(&'s'))
        && chars
            .get(at + 2)
            .is_none_or(|(_, c)| class(*c) != Class::Letter)
}

/// The tokens from `from` to `to` (exclusive) as one string, a single space where the text had
/// white space.
pub fn join(tokens: &[Token]) -> String {
    let mut out = String::new();
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 && token.spaced {
            out.push(' ');
        }
        out.push_str(&token.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn letters_digits_and_marks_are_split() {
        assert_eq!(words("3:15pm"), ["3", ":", "15", "pm"]);
        assert_eq!(words("Feb13"), ["feb", "13"]);
        assert_eq!(words("o'clock"), ["o'clock"]);
        assert_eq!(
            words("last week’s Sunday"),
            ["last", "week", "'s", "sunday"]
        );
        assert_eq!(words("new years eve"), ["new", "years", "eve"]);
        assert_eq!(words("July 13–15"), ["july", "13", "-", "15"]);
    }

    #[test]
    fn spacing_and_ranges_are_kept() {
        let tokens = tokenize("at  3 pm");
        assert_eq!(tokens[1].range, 4..5);
        assert!(tokens[2].spaced);
        assert_eq!(join(&tokens), "at 3 pm");
        assert_eq!(join(&tokenize("3pm")), "3pm");
    }
}
