//! Corroboration: one figure stated by two reports where no rule's claims met.
//!
//! Alignment puts claims together by what they are about and never by their values, so that no
//! discrepancy can hide. What it leaves alone may still be one fact said two ways: a claim no
//! other report's claim met, or a figure read only to corroborate (a rule with
//! `corroborate_only`: every amount with a unit of measure, money, a share, a length of time, a
//! day).
//! "The new lens weighs 2.4 tonnes" and "a lens weighing some 5,300 pounds" are such a pair.
//!
//! Here two of them from different reports are put together when their values are the same and
//! their sentences share words the reports use rarely: each shared word weighs the more the fewer
//! of the reports' sentences hold it, and the words must weigh at least [`EVIDENCE`]. Nothing
//! here sets two values against each other, so the values may take part: the only verdict that
//! can come of it is an agreement, and its reason says which words put the figures together.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::align::ClaimGroup;
use crate::claim::Claim;
use crate::compare::{self, Finding, Status};
use crate::rules::schema::Constructor;
use crate::rules::RuleSet;
use crate::source::Document;
use crate::value::{NumberValue, Value};

/// How much the words two sentences share must weigh for their figures to be put together: a
/// word's weight is the natural logarithm of how many of the reports' sentences there are for
/// each sentence that holds it. In two reports of 30 sentences each, a word only their two
/// figures' sentences hold weighs 3.4, one that ten sentences hold 1.8.
const EVIDENCE: f64 = 3.0;

/// Fewer sentences than this in all the reports count as this many: a short pair of reports
/// says too little to tell a word the story is full of from a rare one.
const SENTENCES: f64 = 30.0;

/// The widest a value may be, against its size, to corroborate: "about 100" (90 to 110) is
/// one figure, "between 50 and 150" is not.
const WIDTH: f64 = 0.25;

/// How many of the figures after one, in the order of their values, it is compared with: an
/// archive's reports may all give one figure, and comparing each with all would grow with their
/// square.
const NEIGHBOURS: usize = 64;

/// Words that say nothing of what a figure is about.
const STOP_WORDS: &str = "a an the of in on at to for from with by and or but as is are was were \
    be been being has have had it its they their them he she his her him we our us i me my you \
    your this that these those which who whom whose what said says say than more less about \
    some around roughly nearly almost approximately just only over up out into per cent percent \
    will would could can may might not no also all so there then when while after before since \
    until s t according did do does if other such any each most many much very one";

/// Whether `word` (in lower case) is one of [`STOP_WORDS`].
fn is_stop_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| STOP_WORDS.split_whitespace().collect())
        .contains(word)
}

/// The findings with the figures of `figures` and the claims of unique findings that state one
/// fact in two or more reports put together as agreements; the unique findings so met are
/// gone, their claims now in the agreement.
pub fn corroborate(
    findings: Vec<Finding>,
    figures: Vec<Claim>,
    documents: &[Document],
    rules: &RuleSet,
) -> Vec<Finding> {
    let constructors: HashMap<&str, (Constructor, &str)> = rules
        .rules
        .iter()
        .map(|rule| {
            (
                rule.id.as_str(),
                (
                    rule.file.value.constructor,
                    rule.file.value.capture.as_str(),
                ),
            )
        })
        .collect();
    if documents.len() < 2 {
        return findings;
    }
    let weights = Weights::of(documents);
    let mut items: Vec<Item> = Vec::new();
    for (index, finding) in findings.iter().enumerate() {
        if finding.status != Status::Unique {
            continue;
        }
        let mut resolved = finding.claims.iter().filter(|c| c.value.is_resolved());
        let (Some(first), None) = (resolved.next(), resolved.next()) else {
            continue;
        };
        if let Some(item) = Item::of(first, &constructors, &weights, Some(index)) {
            items.push(item);
        }
    }
    // A figure is no rule's value (see `extract`): where a rule read the value, the figure gave
    // way to it.
    for (index, figure) in figures.iter().enumerate() {
        if let Some(mut item) = Item::of(figure, &constructors, &weights, None) {
            item.figure = index;
            items.push(item);
        }
    }
    let groups = group(&items, &weights);
    if groups.is_empty() {
        return findings;
    }
    let mut consumed: HashSet<usize> = HashSet::new();
    let mut corroborated: Vec<Finding> = Vec::new();
    for (members, shared) in groups {
        let mut claims: Vec<Claim> = Vec::new();
        let mut kind: Option<Arc<str>> = None;
        for &member in &members {
            let item = &items[member];
            match item.finding {
                Some(index) => {
                    consumed.insert(index);
                    claims.extend(findings[index].claims.iter().cloned());
                    kind.get_or_insert_with(|| item.kind.clone());
                }
                None => claims.push(figures[item.figure].clone()),
            }
        }
        let kind = kind.unwrap_or_else(|| items[members[0]].kind.clone());
        let finding = compare::compare(ClaimGroup {
            kind: kind.to_string(),
            claims,
            reasons: vec![if shared.is_empty() {
                "no rule put these together; the same measure or sum, written to two or more \
                 significant digits, and neither report gives another figure that meets it"
                    .to_string()
            } else {
                format!(
                    "no rule put these together; the same figure, in sentences that share {}",
                    quoted_list(&shared)
                )
            }],
        });
        if finding.status == Status::Agreement {
            corroborated.push(finding);
        }
    }
    findings
        .into_iter()
        .enumerate()
        .filter(|(index, _)| !consumed.contains(index))
        .map(|(_, finding)| finding)
        .chain(corroborated)
        .collect()
}

/// "\"lens\"", "\"lens\" and \"lantern\"", "\"lens\", \"lamp\" and \"lantern\"".
fn quoted_list(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// A figure that may corroborate another.
struct Item {
    source: Arc<str>,
    kind: Arc<str>,
    /// Whether a topic rule read it (its kind then means something), not a figure rule.
    from_rule: bool,
    qualifiers: crate::claim::Qualifiers,
    /// What the value measures: its unit, or `count` for a count of anything.
    dimension: String,
    value: Value,
    /// Whether the figure is a measure or a sum written precisely enough to stand on its value
    /// where it is its report's only figure that another's value meets.
    precise: bool,
    /// What a count counts, through the lexicon's units ("person", "container").
    noun: Option<String>,
    lower: f64,
    upper: f64,
    /// The stems of its sentence's words, each with the word as first written.
    words: HashMap<String, String>,
    /// The unique finding it stands for, if it is one.
    finding: Option<usize>,
    /// Its index among the figures, if it is one.
    figure: usize,
}

impl Item {
    fn of(
        claim: &Claim,
        constructors: &HashMap<&str, (Constructor, &str)>,
        weights: &Weights,
        finding: Option<usize>,
    ) -> Option<Item> {
        let &(constructor, capture) = constructors.get(&*claim.rule)?;
        if let Value::Date(date) = &claim.value {
            return Item::of_day(claim, date, capture, weights, finding);
        }
        let Value::Number(number) = &claim.value else {
            return None;
        };
        let (lower, upper) = (number.min?, number.max?);
        if !lower.is_finite()
            || !upper.is_finite()
            || upper - lower > WIDTH * upper.abs().max(lower.abs())
        {
            return None;
        }
        let dimension = match constructor {
            // A count of something: of what, its noun says ("9,000 people", "nine thousand
            // residents"); a count with no noun (an age, a number of times) is its kind's.
            Constructor::Count => match &number.unit {
                Some(_) => "count".to_string(),
                None => format!("count of {}", claim.kind),
            },
            Constructor::Measure
            | Constructor::Money
            | Constructor::Percent
            | Constructor::Duration
            | Constructor::DurationYears => number.unit.clone().unwrap_or_default(),
            _ => return None,
        };
        // A count's unit is its noun, which another report may word otherwise ("people",
        // "residents"): the noun is one of the sentence's words, and counts meet by value.
        let value = if constructor == Constructor::Count {
            Value::Number(NumberValue {
                unit: None,
                ..number.clone()
            })
        } else {
            claim.value.clone()
        };
        let written = claim
            .matched
            .captures
            .iter()
            .find(|(name, _)| &**name == capture)
            .map(|(_, words)| &**words);
        // A length, an area, a volume, a weight, a speed or a sum written to two or more
        // significant digits is rarely another figure's by chance: a temperature, a share, a
        // count or a length of time often is.
        let precise = matches!(constructor, Constructor::Measure | Constructor::Money)
            && number.unit.as_deref() != Some("°C")
            && written.is_some_and(|words| significant_digits(words) >= 2);
        let noun = (constructor == Constructor::Count)
            .then(|| number.unit.clone())
            .flatten();
        Some(Item::new(
            claim,
            capture,
            weights,
            finding,
            Reading {
                dimension,
                value,
                precise,
                noun,
                lower,
                upper,
            },
        ))
    }

    /// An item of `claim`, read as `reading`: its sentence's words but those of its value
    /// (`capture`), which say what it is, not what it is about.
    fn new(
        claim: &Claim,
        capture: &str,
        weights: &Weights,
        finding: Option<usize>,
        reading: Reading,
    ) -> Item {
        let own: Vec<String> = claim
            .matched
            .captures
            .iter()
            .filter(|(name, _)| &**name == capture)
            .flat_map(|(_, words)| stems(words).into_iter().map(|(stem, _)| stem))
            .collect();
        let Reading {
            dimension,
            value,
            precise,
            noun,
            lower,
            upper,
        } = reading;
        Item {
            source: claim.evidence.source.clone(),
            kind: claim.kind.clone(),
            from_rule: finding.is_some(),
            qualifiers: claim.qualifiers.clone(),
            dimension,
            value,
            precise,
            noun,
            lower,
            upper,
            words: sentence_words(claim, own, weights),
            finding,
            figure: 0,
        }
    }
}

/// What an item's value is: what it measures, the value, whether it is precise enough to
/// stand on its own (see [`Item::precise`]), the noun a count counts, and its bounds.
struct Reading {
    dimension: String,
    value: Value,
    precise: bool,
    noun: Option<String>,
    lower: f64,
    upper: f64,
}

impl Item {
    /// A day, or a moment of one: "on Tuesday", "on 18 March", "at 02:50 on 4 March". A longer
    /// stretch (a month, a year, a week) says too little to corroborate.
    fn of_day(
        claim: &Claim,
        date: &crate::value::DateValue,
        capture: &str,
        weights: &Weights,
        finding: Option<usize>,
    ) -> Option<Item> {
        let day = |t: jiff::civil::DateTime| {
            f64::from(
                t.date()
                    .since(jiff::civil::date(1970, 1, 1))
                    .ok()?
                    .get_days(),
            )
            .into()
        };
        let (lower, upper): (Option<f64>, Option<f64>) = (day(date.start), day(date.end));
        let (lower, upper) = (lower?, upper?);
        if upper - lower > 1.0 {
            return None;
        }
        Some(Item::new(
            claim,
            capture,
            weights,
            finding,
            Reading {
                dimension: "date".to_string(),
                value: claim.value.clone(),
                precise: false,
                noun: None,
                lower,
                upper,
            },
        ))
    }
}

/// The words of a claim's sentence but its value's own, by stem, each with the word as first
/// written.
fn sentence_words(
    claim: &Claim,
    mut own: Vec<String>,
    weights: &Weights,
) -> HashMap<String, String> {
    let mut words: HashMap<String, String> = HashMap::new();
    for (stem, word) in stems(&claim.evidence.sentence) {
        if let Some(at) = own.iter().position(|o| *o == stem) {
            own.swap_remove(at);
            continue;
        }
        if weights.df.contains_key(&stem) {
            words.entry(stem).or_insert(word);
        }
    }
    words
}

/// How rarely the reports use each word: the number of their sentences that hold it.
struct Weights {
    df: HashMap<String, u32>,
    sentences: f64,
}

impl Weights {
    fn of(documents: &[Document]) -> Weights {
        // Per stem, the number of sentences that hold it and the last sentence that did, so a
        // word said twice in one sentence counts once. A stem is written into one buffer and
        // only allocated the first time the reports use it.
        let mut seen: HashMap<String, (u32, usize)> = HashMap::new();
        let mut sentences = 0usize;
        let mut buffer = String::new();
        for document in documents {
            for sentence in &document.sentences {
                sentences += 1;
                for word in words(&document.text[sentence.clone()]) {
                    if !stem_into(word, &mut buffer) {
                        continue;
                    }
                    match seen.get_mut(buffer.as_str()) {
                        Some((count, last)) => {
                            if *last != sentences {
                                *count += 1;
                                *last = sentences;
                            }
                        }
                        None => {
                            seen.insert(buffer.clone(), (1, sentences));
                        }
                    }
                }
            }
        }
        Weights {
            df: seen
                .into_iter()
                .map(|(stem, (count, _))| (stem, count))
                .collect(),
            sentences: sentences as f64,
        }
    }

    fn weight(&self, stem: &str) -> f64 {
        match self.df.get(stem) {
            Some(&count) if count > 0 => (self.sentences.max(SENTENCES) / f64::from(count))
                .ln()
                .max(0.0),
            _ => 0.0,
        }
    }
}

/// The words of `text` that may say what a figure is about, each as its stem (lower case, a
/// plural's or a possessive's "s" dropped, at most six letters: "schools" and "school" are one)
/// with the word as written.
fn stems(text: &str) -> Vec<(String, String)> {
    let mut buffer = String::new();
    let mut found = Vec::new();
    for word in words(text) {
        if stem_into(word, &mut buffer) {
            found.push((buffer.clone(), word.to_string()));
        }
    }
    found
}

/// The words of `text`: its runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// Writes the stem of `word` (see [`stems`]) into `stem`; false, and `stem` left meaningless,
/// for a stop word.
fn stem_into(word: &str, stem: &mut String) -> bool {
    stem.clear();
    stem.extend(word.chars().flat_map(char::to_lowercase));
    if is_stop_word(stem) {
        return false;
    }
    let keep_s = match stem.strip_suffix('s') {
        Some(rest) => rest.chars().count() < 3 || rest.ends_with('s'),
        None => true,
    };
    if !keep_s {
        stem.pop();
    }
    if let Some((at, _)) = stem.char_indices().nth(6) {
        stem.truncate(at);
    }
    true
}

/// The groups of items, each from different reports with values that can all hold, and the
/// words the sentences of its closest pair share; pairs are taken by the weight of their
/// shared words, heaviest first.
fn group(items: &[Item], weights: &Weights) -> Vec<(Vec<usize>, Vec<String>)> {
    let mut by_dimension: HashMap<&str, Vec<usize>> = HashMap::new();
    // Each report's figures of each dimension, to tell whether a figure is its report's only
    // one that another meets.
    let mut by_report: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        by_dimension.entry(&item.dimension).or_default().push(index);
        by_report
            .entry((&item.source, &item.dimension))
            .or_default()
            .push(index);
    }
    let alone = |item: usize, other: usize| {
        by_report[&(&*items[item].source, &*items[item].dimension)]
            .iter()
            .all(|&m| m == item || !items[m].value.relation(&items[other].value).is_compatible())
    };
    let mut pairs: Vec<(f64, usize, usize, Vec<String>)> = Vec::new();
    for members in by_dimension.values_mut() {
        members.sort_by(|&a, &b| items[a].lower.total_cmp(&items[b].lower));
        for (at, &a) in members.iter().enumerate() {
            for &b in members[at + 1..].iter().take(NEIGHBOURS) {
                if items[b].lower > items[a].upper {
                    break;
                }
                if let Some((evidence, shared)) = meet(&items[a], &items[b], weights) {
                    pairs.push((evidence, a.min(b), a.max(b), shared));
                } else if items[a].precise
                    && items[b].precise
                    && alone(a, b)
                    && alone(b, a)
                    && compatible(&items[a], &items[b])
                {
                    pairs.push((EVIDENCE, a.min(b), a.max(b), Vec::new()));
                }
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut group_of: Vec<Option<usize>> = vec![None; items.len()];
    let mut groups: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
    let fits = |members: &[usize], item: usize| {
        members.iter().all(|&m| {
            items[m].source != items[item].source
                && items[m].value.relation(&items[item].value).is_compatible()
        })
    };
    for (_, a, b, shared) in pairs {
        match (group_of[a], group_of[b]) {
            (None, None) => {
                group_of[a] = Some(groups.len());
                group_of[b] = Some(groups.len());
                groups.push((vec![a, b], shared));
            }
            (Some(g), None) | (None, Some(g)) => {
                let new = if group_of[a].is_none() { a } else { b };
                if fits(&groups[g].0, new) {
                    groups[g].0.push(new);
                    group_of[new] = Some(g);
                }
            }
            (Some(_), Some(_)) => {}
        }
    }
    for (members, _) in &mut groups {
        members.sort_unstable();
    }
    groups
}

/// Whether two items state one figure: from different reports, values that can both hold,
/// not two readings of one topic rule that alignment kept apart, and sentences whose shared
/// words weigh enough; the weight and the shared words, heaviest first.
fn meet(a: &Item, b: &Item, weights: &Weights) -> Option<(f64, Vec<String>)> {
    if !compatible(a, b) {
        return None;
    }
    let mut shared: Vec<(f64, &String)> = a
        .words
        .iter()
        .filter(|(stem, _)| b.words.contains_key(*stem))
        .map(|(stem, word)| (weights.weight(stem), word))
        .collect();
    // Heaviest first, and summed in that order: the same words always weigh the same.
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
    let evidence: f64 = shared.iter().map(|(w, _)| w).sum();
    if evidence < EVIDENCE {
        return None;
    }
    Some((
        evidence,
        shared.into_iter().take(3).map(|(_, w)| w.clone()).collect(),
    ))
}

/// Whether two counts count the same things: the same noun, or people on one side ("9,000
/// people" are the "nine thousand residents").
fn same_noun(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || a == "person" || b == "person",
        _ => true,
    }
}

/// Whether two items may state one figure: from different reports, of the same things, with
/// values that can both hold. Two claims of one kind whose qualifiers differ (another day's,
/// a part's, an earlier year's) are about different things, whatever their words, and a claim
/// a qualifier sets apart meets no figure.
fn compatible(a: &Item, b: &Item) -> bool {
    // A figure knows nothing of the year, the part, the day or the plan a rule's qualifier
    // sets a claim apart by: "In 2021 it fined the bank £30 million" is no figure of "fined
    // £30m three years ago" in a report of 2026.
    let plain = |item: &Item| {
        item.qualifiers
            .iter()
            .all(|(key, _)| key == "unit" || key == "currency")
    };
    a.source != b.source
        && (a.from_rule == b.from_rule || (plain(a) && plain(b)))
        && !(a.from_rule && b.from_rule && a.kind == b.kind && a.qualifiers != b.qualifiers)
        && same_noun(a.noun.as_deref(), b.noun.as_deref())
        && a.value.relation(&b.value).is_compatible()
}

/// How many significant digits the first number written in `words` has: "3,180 metres" 3,
/// "17,000 feet" 2, "€61.7m" 3, "1.5 m" 2; none in words ("five feet") is 1.
fn significant_digits(words: &str) -> usize {
    let Some(start) = words.find(|c: char| c.is_ascii_digit()) else {
        return 1;
    };
    let number: String = words[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let number = number.trim_end_matches('.');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let digits = if number.contains('.') {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    digits.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significant_digits_are_those_written() {
        assert_eq!(significant_digits("3,180 metres"), 3);
        assert_eq!(significant_digits("about 17,000 feet"), 2);
        assert_eq!(significant_digits("€61.7m"), 3);
        assert_eq!(significant_digits("1.5 m"), 2);
        assert_eq!(significant_digits("1.50 m"), 3);
        assert_eq!(significant_digits("0.62 shares"), 2);
        assert_eq!(significant_digits("roughly five feet"), 1);
    }

    #[test]
    fn stems_join_a_plural_and_drop_small_words() {
        let words: Vec<String> = stems("The schools' season-ticket holders and a school")
            .into_iter()
            .map(|(stem, _)| stem)
            .collect();
        assert_eq!(words, ["school", "season", "ticket", "holder", "school"]);
    }

    #[test]
    fn people_are_any_counted_persons() {
        assert!(same_noun(Some("person"), Some("resident")));
        assert!(same_noun(Some("container"), Some("container")));
        assert!(!same_noun(Some("container"), Some("truck")));
        assert!(same_noun(None, Some("truck")));
    }

    #[test]
    fn a_rare_word_weighs_more_than_a_common_one() {
        let mut df = HashMap::new();
        df.insert("lens".to_string(), 2);
        df.insert("storm".to_string(), 20);
        let weights = Weights {
            df,
            sentences: 60.0,
        };
        assert!(weights.weight("lens") > EVIDENCE);
        assert!(weights.weight("storm") < 1.5);
        assert_eq!(weights.weight("absent"), 0.0);
    }
}
