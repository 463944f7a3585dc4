//! Word boundaries the fast regex engine can run: takes a pattern and gives its twin with ASCII
//! word boundaries, and tells for which texts the twin finds exactly what the pattern finds.
//!
//! The regex crate's lazy DFA cannot decide a Unicode `\b` next to a non-ASCII byte; when it
//! meets one it gives up and the whole search is redone by the PikeVM, which on our large
//! patterns is a hundred times slower. News text is full of non-ASCII punctuation (’ “ ” —), so
//! that happened on every tenth sentence and cost most of the extraction time. A Unicode `\b`
//! and an ASCII one only disagree next to a non-ASCII *word* character ("é", "ß"); on a text
//! without one, the twin with `(?-u:\b)` reports exactly the same matches and stays on the DFA.

use std::sync::{Arc, LazyLock, OnceLock};

use regex::Regex;

/// `pattern` with every `\b` and `\B` outside a character class made ASCII-only, and the
/// classes of word characters (`\w`, `\d`, `\p{L}`, `\p{Lu}`, `\p{Ll}`, and `\W`, `\D` outside
/// a class) cut to their ASCII members.
///
/// On a text without a non-ASCII word character the twin finds exactly what the pattern finds:
/// every non-ASCII letter or digit is a word character, so none is there to match. The ASCII
/// classes make the automata several times smaller (Unicode `\w` alone is hundreds of ranges),
/// which keeps capture resolution on the fast backtracker and makes compiling quicker.
/// Bounded forms (`\b{start-half}`) become ASCII too; other escapes are left as written.
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
                let in_class = class_depth > 0;
                match escaped {
                    'b' if !in_class && chars.peek() == Some(&'{') => {
                        // A bounded form: `\b{start-half}` and the like.
                        let bound: String = chars.by_ref().take_while(|&c| c != '}').collect();
                        out.push_str("(?-u:\\b");
                        out.push_str(&bound);
                        out.push_str("})");
                    }
                    'b' | 'B' if !in_class && chars.peek() != Some(&'{') => {
                        out.push_str("(?-u:\\");
                        out.push(escaped);
                        out.push(')');
                    }
                    'd' | 'w' => out.push_str(&ascii_members(
                        if escaped == 'd' { "0-9" } else { "0-9A-Za-z_" },
                        in_class,
                    )),
                    'D' | 'W' if !in_class => out.push_str(if escaped == 'D' {
                        "[^0-9]"
                    } else {
                        "[^0-9A-Za-z_]"
                    }),
                    'p' if chars.peek() == Some(&'{') => {
                        let name: String =
                            chars.clone().skip(1).take_while(|&c| c != '}').collect();
                        let members = match name.as_str() {
                            "L" => Some("A-Za-z"),
                            "Lu" => Some("A-Z"),
                            "Ll" => Some("a-z"),
                            _ => None,
                        };
                        match members {
                            Some(members) => {
                                // Skip `{name}`.
                                for _ in 0..name.chars().count() + 2 {
                                    chars.next();
                                }
                                out.push_str(&ascii_members(members, in_class));
                            }
                            None => {
                                out.push(c);
                                out.push(escaped);
                            }
                        }
                    }
                    _ => {
                        out.push(c);
                        out.push(escaped);
                    }
                }
                class_just_opened = false;
            }
            c if !c.is_ascii() && class_depth == 0 && masked_letter(c).is_some() => {
                // Texts are read with their non-ASCII letters masked (see [`Haystack`]); a
                // letter written in the pattern is masked alike.
                out.push_str(&masked_letter(c).unwrap_or_default());
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

/// ASCII ranges as a class of their own, or as members of the class they are written in.
fn ascii_members(ranges: &str, in_class: bool) -> String {
    if in_class {
        ranges.to_string()
    } else {
        format!("[{ranges}]")
    }
}

/// Whether the ASCII twin of `pattern` finds on a masked text what `pattern` finds on the text
/// itself: false when a non-ASCII word character is written inside a character class, where
/// its mask (several ASCII letters) cannot stand in for it.
pub fn maskable(pattern: &str) -> bool {
    let mut chars = pattern.chars();
    let mut class_depth = 0usize;
    let mut class_just_opened = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
                class_just_opened = false;
            }
            '[' => {
                class_depth += 1;
                class_just_opened = true;
            }
            '^' if class_just_opened => {}
            ']' if class_depth > 0 && !class_just_opened => class_depth -= 1,
            c => {
                if class_depth > 0 && !c.is_ascii() && is_word(c) {
                    return false;
                }
                class_just_opened = false;
            }
        }
    }
    true
}

/// Whether `c` is a word character in the regexes' Unicode sense (`\w`).
fn is_word(c: char) -> bool {
    regex_syntax::try_is_word_character(c).unwrap_or(true)
}

/// The ASCII letters that stand for a non-ASCII letter, as many as its UTF-8 bytes, so that
/// every byte offset stays where it was: `Q` then `q`s for an upper-case letter, `q`s for a
/// lower-case one. `None` for a character whose mask would not behave alike in every rule
/// regex: a non-ASCII digit or connector, a mark, a letter without case (CJK, Arabic), a
/// number-letter (Ⅻ).
fn masked_letter(c: char) -> Option<String> {
    let (upper, lower) = (c.is_uppercase(), c.is_lowercase());
    if !c.is_alphabetic() || c.is_numeric() || upper == lower {
        return None;
    }
    let mut mask = String::with_capacity(c.len_utf8());
    mask.push(if upper { 'Q' } else { 'q' });
    mask.extend(std::iter::repeat_n('q', c.len_utf8() - 1));
    Some(mask)
}

/// A sentence as the rule regexes read it.
///
/// A text with a non-ASCII letter ("Erdoğan", "Zürich") would need the Unicode readings of
/// `\b`, `\w` and `\p{L}`, which the fast engines cannot run there and which take long to
/// compile. Instead each such letter is masked by ASCII letters of the same case and the same
/// byte length (`ğ` → `qq`), so the ASCII twin runs and every match and capture keeps its
/// offsets into the text itself. The mask is exact, match for match, for the letters
/// [`masked_letter`] accepts and patterns [`maskable`] accepts; a text with any other non-ASCII
/// word character (a non-ASCII digit, a combining mark) is read with the Unicode regexes.
pub struct Haystack<'t> {
    text: &'t str,
    reading: Reading,
}

enum Reading {
    /// No non-ASCII word character: the ASCII twin is exact.
    Ascii,
    /// Non-ASCII letters only, masked.
    Masked(String),
    /// Other non-ASCII word characters: the Unicode regex.
    Unicode,
}

impl<'t> Haystack<'t> {
    pub fn new(text: &'t str) -> Self {
        let reading = if !has_non_ascii_word_character(text) {
            Reading::Ascii
        } else {
            let mut masked = String::with_capacity(text.len());
            let mut exact = true;
            for c in text.chars() {
                if c.is_ascii() || !is_word(c) {
                    masked.push(c);
                } else if let Some(mask) = masked_letter(c) {
                    masked.push_str(&mask);
                } else {
                    exact = false;
                    break;
                }
            }
            if exact {
                Reading::Masked(masked)
            } else {
                Reading::Unicode
            }
        };
        Haystack { text, reading }
    }

    /// The text itself.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// What a matcher's ASCII twin reads, when it may: the text, or the masked text.
    pub(crate) fn for_ascii(&self, maskable: bool) -> Option<&str> {
        match &self.reading {
            Reading::Ascii => Some(self.text),
            Reading::Masked(masked) if maskable => Some(masked),
            _ => None,
        }
    }
}

/// A compiled regex of either engine: the regex crate's, or the rules' own
/// ([`super::engine::RuleRegex`]).
pub trait Search: Clone {
    /// Whether the regex matches somewhere in `text`.
    fn is_match(&self, text: &str) -> bool;
}

impl Search for Regex {
    fn is_match(&self, text: &str) -> bool {
        Regex::is_match(self, text)
    }
}

impl Search for super::engine::RuleRegex {
    fn is_match(&self, text: &str) -> bool {
        super::engine::RuleRegex::is_match(self, text)
    }
}

/// A regex compiled when first needed, in two readings: its ASCII twin (see
/// [`ascii_word_boundaries`]), run on texts without non-ASCII word characters and on masked
/// ones, and the pattern as written, for the texts that need it.
#[derive(Clone, Debug)]
pub struct Twin<R = Regex> {
    pattern: String,
    build: fn(&str) -> Result<R, regex::Error>,
    /// Builds the ASCII twin without parsing `pattern` again (see [`super::splice`]); `None`
    /// when it cannot, and then the twin's text is parsed with `build`.
    ascii_build: Option<AsciiBuild<R>>,
    /// `None` when the pattern does not compile: it then matches nothing.
    ascii: OnceLock<Option<R>>,
    unicode: OnceLock<Option<R>>,
    /// Whether the ASCII twin reads masked texts exactly (see [`maskable`]).
    maskable: bool,
}

impl<R: Search> Twin<R> {
    /// The two readings of `pattern`, each compiled by `build` when first needed.
    pub fn new(pattern: &str, build: fn(&str) -> Result<R, regex::Error>) -> Twin<R> {
        Twin {
            pattern: pattern.to_string(),
            build,
            ascii_build: None,
            ascii: OnceLock::new(),
            unicode: OnceLock::new(),
            maskable: maskable(pattern),
        }
    }

    /// The same twin, its ASCII reading built by `ascii_build`, which gives `None` when it
    /// cannot (the twin's text is then parsed with `build`).
    pub fn with_ascii_build(
        mut self,
        ascii_build: impl Fn() -> Option<Result<R, regex::Error>> + Send + Sync + 'static,
    ) -> Twin<R> {
        self.ascii_build = Some(AsciiBuild(Arc::new(ascii_build)));
        self
    }

    /// The same twin, compiled afresh when first needed: what this one compiled is not shared.
    pub fn fresh(&self) -> Twin<R> {
        Twin {
            pattern: self.pattern.clone(),
            build: self.build,
            ascii_build: self.ascii_build.clone(),
            ascii: OnceLock::new(),
            unicode: OnceLock::new(),
            maskable: self.maskable,
        }
    }

    /// Whether either reading has been compiled.
    pub fn is_compiled(&self) -> bool {
        self.ascii.get().is_some() || self.unicode.get().is_some()
    }

    /// The pattern as written.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// Compiles the fast reading now, to report an error in the pattern.
    ///
    /// # Errors
    /// When the pattern does not compile.
    pub fn compile_now(&self) -> Result<(), regex::Error> {
        if self.ascii.get().is_none() {
            let regex = self.compile_ascii()?;
            let _ = self.ascii.set(Some(regex));
        }
        Ok(())
    }

    fn compile_ascii(&self) -> Result<R, regex::Error> {
        if let Some(built) = self.ascii_build.as_ref().and_then(|build| (build.0)()) {
            return built;
        }
        match (self.build)(&ascii_word_boundaries(&self.pattern)) {
            Ok(ascii) => Ok(ascii),
            // The rewrite cannot make a valid pattern invalid; if it did, fall back to the
            // pattern as written, and report its own error if it has one.
            Err(_) => (self.build)(&self.pattern),
        }
    }

    fn ascii(&self) -> Option<&R> {
        self.ascii
            .get_or_init(|| self.compile_ascii().ok())
            .as_ref()
    }

    fn unicode(&self) -> Option<&R> {
        self.unicode
            .get_or_init(|| {
                (self.build)(&self.pattern)
                    .ok()
                    .or_else(|| self.ascii().cloned())
            })
            .as_ref()
    }

    /// The regex to run on a text, and the text it must run on: the ASCII twin on the text or
    /// its masked form where that is exact, the pattern as written on the text otherwise.
    /// Matches and captures are byte ranges of the text either way.
    pub fn for_haystack<'h>(&self, haystack: &'h Haystack<'_>) -> Option<(&R, &'h str)> {
        match haystack.for_ascii(self.maskable) {
            Some(text) => self.ascii().map(|regex| (regex, text)),
            None => self.unicode().map(|regex| (regex, haystack.text())),
        }
    }

    /// The pattern as written, to run on the text itself: for a match the masked reading
    /// cannot give (see [`Haystack`]).
    pub fn as_written(&self) -> Option<&R> {
        self.unicode()
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.for_haystack(&Haystack::new(text))
            .is_some_and(|(regex, text)| regex.is_match(text))
    }
}

/// A builder of a twin's ASCII reading, shared by the twin's clones.
#[derive(Clone)]
struct AsciiBuild<R>(Arc<BuildFn<R>>);

type BuildFn<R> = dyn Fn() -> Option<Result<R, regex::Error>> + Send + Sync;

impl<R> std::fmt::Debug for AsciiBuild<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AsciiBuild")
    }
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
            r"(?-u:\b)kill(?-u:\B)[\b\]]\\b(?-u:\b{start})"
        );
        // The twin of a bounded boundary compiles and reads as the ASCII one.
        let twin = ascii_word_boundaries(r"(?:\b{start-half}|\b{end})(?:the)");
        let twin = regex::Regex::new(&twin).unwrap();
        assert!(twin.is_match("the bill"));
        assert!(!twin.is_match("Rosathe"));
        assert_eq!(
            ascii_word_boundaries(r"[]\b][^]x]\b"),
            r"[]\b][^]x](?-u:\b)"
        );
    }

    #[test]
    fn word_classes_become_ascii_inside_and_outside_classes() {
        assert_eq!(
            ascii_word_boundaries(r"\d+[\w'’-]\W(?-i:\p{Lu}[\p{L}.]\p{Ll})\p{Greek}[^\W]"),
            r"[0-9]+[0-9A-Za-z_'’-][^0-9A-Za-z_](?-i:[A-Z][A-Za-z.][a-z])\p{Greek}[^\W]"
        );
    }

    #[test]
    fn the_twin_agrees_where_no_non_ascii_word_character_is() {
        let pattern = r"\b(?:over|about)\s+\d+\b|\Bx|(?-i:\p{Lu}[\p{L}'’-]+)\s[\w-]+\W\D";
        let unicode = Regex::new(pattern).unwrap();
        let ascii = Regex::new(&ascii_word_boundaries(pattern)).unwrap();
        for text in [
            "about 10 people — “over 20”’s",
            "ax over 5’",
            "plain ascii about 3",
            "Mr O’Neill met K-pop fans at 10:30, about 7 — “Kelvin”",
            "two\u{a0}words\u{2009}and digits 1\u{a0}000",
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
