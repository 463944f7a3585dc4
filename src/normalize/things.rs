//! What kind of thing a name is: "the tanker Ever Lumen", "the Ondine-4 radar satellite",
//! "The Aurelia Crest, a 400-metre container ship". A claim made of a thing by its name meets
//! one made of it by its kind ("the vessel") when a report says what kind the name is; the
//! reports of one story share what any of them says ([`StoryThings`]).

use std::collections::HashMap;

use crate::rules::Lexicon;
use crate::source::Document;

/// A name's kind as one place in a text says it: the kind, read through the lexicon's
/// `thing_nouns`, and the words that say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedKind {
    pub kind: String,
    pub said: String,
}

/// What kind of thing the name written at `name` in `text` is, when the words beside it say so
/// with one of the lexicon's `thing_kinds`: right after the name (up to two words between, past
/// an apposition's comma and a measure: "The Aurelia Crest, a 400-metre container ship") or
/// right before it ("the tanker Ever Lumen", "the satellite, Ondine-4").
pub fn kind_beside(
    text: &str,
    name: std::ops::Range<usize>,
    lexicon: &Lexicon,
) -> Option<NamedKind> {
    let written = &text[name.clone()];
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let kind_of = |word: &str| kind_named(word, lexicon);
    let rest = &text[name.end..];
    let after = rest.strip_prefix(',').unwrap_or(rest);
    for word in after
        .split_whitespace()
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .take(3)
    {
        let clean = bare(word);
        if !clean.starts_with(char::is_lowercase) {
            break;
        }
        if let Some(kind) = kind_of(&clean) {
            return Some(NamedKind {
                kind,
                said: format!("{written} … {clean}"),
            });
        }
        if word.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let before = text[..name.start].trim_end().trim_end_matches(',');
    let word = before.split_whitespace().next_back()?;
    // A word that ends a sentence ("… at the stadium. Jonas Keller scored") says nothing of
    // the name after it.
    if word.ends_with(['.', '!', '?', ':', ';', '"', '”']) {
        return None;
    }
    let clean = bare(word);
    if VESSEL_PREFIXES.contains(&clean.as_str()) {
        return Some(vessel(format!("{clean} {written}"), lexicon));
    }
    if !clean.starts_with(char::is_lowercase) {
        return None;
    }
    let kind = kind_of(&clean)?;
    Some(NamedKind {
        said: format!("{clean} {written}"),
        kind,
    })
}

/// A vessel's kind, as the lexicon's `thing_nouns` name it, said by `said`.
fn vessel(said: String, lexicon: &Lexicon) -> NamedKind {
    NamedKind {
        kind: lexicon
            .canonical_thing("vessel")
            .unwrap_or("vessel")
            .to_string(),
        said,
    }
}

/// The prefixes a ship's name is written with: motor vessel, steamship, Her Majesty's Ship …
const VESSEL_PREFIXES: &[&str] = &[
    "MV", "MS", "MT", "SS", "RMS", "HMS", "HMCS", "HMAS", "HMNZS", "USS", "USNS", "INS", "RV", "FV",
];

/// The kind a word names, if it is one of the lexicon's `thing_kinds` (or its plural), read
/// through `thing_nouns`.
fn kind_named(word: &str, lexicon: &Lexicon) -> Option<String> {
    let word = word.to_lowercase();
    let singular = word.strip_suffix('s').unwrap_or(&word);
    let kind = [word.as_str(), singular]
        .into_iter()
        .find(|w| lexicon.thing_kinds.iter().any(|k| k == w))?;
    Some(lexicon.canonical_thing(kind).unwrap_or(kind).to_string())
}

/// The kinds of the names the reports of one story say what they are, each with the report
/// that says it: "the research ship Solane Tide" in one report tells another report's "The
/// Solane Tide, which entered service in 2008" for a ship, and so for the same thing as its
/// "The 2006-built vessel". Empty when each report is read on its own.
#[derive(Debug, Default)]
pub struct StoryThings {
    kinds: HashMap<String, (NamedKind, usize)>,
    paths: Vec<String>,
}

impl StoryThings {
    /// The names `documents` say the kind of, the first report that says it for each.
    pub fn of(documents: &[Document], lexicon: &Lexicon) -> StoryThings {
        use rayon::prelude::*;
        if documents.len() < 2 || lexicon.thing_kinds.is_empty() {
            return StoryThings::default();
        }
        let found: Vec<Vec<(String, NamedKind)>> = documents
            .par_iter()
            .map(|document| kinds_said(&document.text, lexicon))
            .collect();
        let mut kinds = HashMap::new();
        for (index, names) in found.into_iter().enumerate() {
            for (name, kind) in names {
                kinds.entry(name).or_insert((kind, index));
            }
        }
        StoryThings {
            kinds,
            paths: documents.iter().map(|d| d.path.clone()).collect(),
        }
    }

    /// What kind of thing `name` is, and the path of the report that says so.
    pub fn kind_of(&self, name: &str) -> Option<(&NamedKind, &str)> {
        let (kind, index) = self.kinds.get(name)?;
        Some((kind, self.paths[*index].as_str()))
    }
}

/// Every capitalised name in `text` whose kind the words beside it say, with that kind: a run
/// of capitalised words ("Solane Tide", "Ondine-4") without a leading article, and without
/// a possessive's ending ("the Solane Tide's crew").
fn kinds_said(text: &str, lexicon: &Lexicon) -> Vec<(String, NamedKind)> {
    let mut found = Vec::new();
    let mut run: Option<std::ops::Range<usize>> = None;
    let mut close = |run: &mut Option<std::ops::Range<usize>>| {
        let Some(range) = run.take() else {
            return;
        };
        let mut name = range;
        for article in ["The ", "A ", "An "] {
            if text[name.clone()].starts_with(article) {
                name.start += article.len();
            }
        }
        for possessive in ["'s", "’s"] {
            if text[name.clone()].ends_with(possessive) {
                name.end -= possessive.len();
            }
        }
        if name.is_empty() {
            return;
        }
        // "MV Corvina", "HMS Dauntless": a ship's prefix says the name after it is a ship's.
        if let Some((prefix, rest)) = text[name.clone()].split_once(' ') {
            if VESSEL_PREFIXES.contains(&prefix) && rest.starts_with(char::is_uppercase) {
                found.push((
                    rest.to_string(),
                    vessel(text[name.clone()].to_string(), lexicon),
                ));
            }
        }
        if let Some(kind) = kind_beside(text, name.clone(), lexicon) {
            found.push((text[name.clone()].to_string(), kind));
        }
        // A name that ends with its kind ("the Harbour View Hotel", "Kestrel Bridge") says it
        // too, for the name said without it ("the Harbour View"), as another report may.
        let written = &text[name];
        if let Some((short, last)) = written.rsplit_once(' ') {
            if let Some(kind) = kind_named(last, lexicon) {
                for whole in [written, short] {
                    found.push((
                        whole.to_string(),
                        NamedKind {
                            kind: kind.clone(),
                            said: written.to_string(),
                        },
                    ));
                }
            }
        }
    };
    let mut at = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        let trimmed = word.trim_end();
        let lead = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let core = trimmed[lead..].trim_end_matches(|c: char| !c.is_alphanumeric());
        if !core.starts_with(char::is_uppercase) {
            close(&mut run);
            continue;
        }
        // A word that opens with punctuation ("(Reuters") starts a name of its own.
        if lead > 0 {
            close(&mut run);
        }
        let core_start = start + lead;
        let core_end = core_start + core.len();
        match &mut run {
            Some(range) => range.end = core_end,
            None => run = Some(core_start..core_end),
        }
        // Punctuation after the word ends the name.
        if trimmed.len() > lead + core.len() {
            close(&mut run);
        }
    }
    close(&mut run);
    found
}

#[cfg(test)]
mod tests {
    use super::{kind_beside, kinds_said};

    fn lexicon() -> crate::rules::Lexicon {
        crate::rules::RuleSet::builtin()
            .expect("the built-in rules load")
            .lexicon
    }

    #[test]
    fn a_ships_prefix_says_the_name_is_a_ships() {
        let lexicon = lexicon();
        let text = "The MV Corvina left port. The 31-year-old Corvina is the oldest on the route.";
        let found = kinds_said(text, &lexicon);
        assert!(
            found
                .iter()
                .any(|(name, kind)| name == "Corvina" && kind.kind == "vessel"),
            "{found:?}"
        );
        let at = text.find("Corvina").unwrap();
        let beside = kind_beside(text, at..at + "Corvina".len(), &lexicon);
        assert_eq!(beside.map(|k| k.kind), Some("vessel".to_string()));
    }

    #[test]
    fn a_kind_ending_the_sentence_before_says_nothing_of_a_name() {
        let lexicon = lexicon();
        let text = "They won in the same stadium. Jonas Keller scored the opener.";
        let at = text.find("Jonas").unwrap();
        assert_eq!(
            kind_beside(text, at..at + "Jonas Keller".len(), &lexicon),
            None
        );
        // Within a sentence, the kind before a name still says it.
        let text = "They toured the tanker Ever Lumen on Monday.";
        let at = text.find("Ever").unwrap();
        let beside = kind_beside(text, at..at + "Ever Lumen".len(), &lexicon);
        assert!(beside.is_some());
    }
}
