//! Subjects and objects: from the words a rule captured (or from nothing) to a named entity.
//!
//! Names go through the gazetteer (exact, alias, then fuzzy); generic references ("the country",
//! "his", "the event") resolve to the nearest preceding entity of the right type, then to the
//! document's focal one; descriptive phrases ("the end of World War II") resolve to the entity
//! they name, or stay as written.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use crate::claim::{Description, Role};
use std::cell::RefCell;
use std::rc::Rc;

use crate::rules::boundaries::{Haystack, Twin};

use crate::rules::entities::{name_key, type_matches, EntityMention};
use crate::rules::Lexicon;
use crate::rules::{RoleSpec, RuleSet};

use super::people;
use crate::source::Document;

/// How close a fuzzy match must be to count.
const FUZZY_THRESHOLD: f64 = 0.92;

/// Types that can stand for a whole phrase that names them, in order of preference, when the
/// rule accepts any: an anniversary "of the end of World War II" is of the war, but one "of the
/// partnership France and Brazil launched" is not of France.
const ANY_PREFERENCE: &[&str] = &["event", "organization"];

/// Everything known about a document's entities, computed once per document.
pub struct DocumentContext<'a> {
    pub document: &'a Document,
    pub rules: &'a RuleSet,
    entities: Vec<EntityMention>,
    events: Vec<(Range<usize>, String)>,
    mention_counts: HashMap<usize, usize>,
    focal_event: Option<String>,
    /// People the text names that the gazetteer does not; their mentions are in `entities` with
    /// indexes past the gazetteer's.
    local_people: Vec<people::LocalPerson>,
    /// Each local person's name key and the key of their surname, in `local_people`'s order.
    local_keys: Vec<(String, String)>,
    /// The names the story's reports say the kind of, when the report is read among others.
    things: Option<&'a super::things::StoryThings>,
    /// Every proper name of the document, computed on first use.
    document_names: std::sync::OnceLock<Arc<Vec<String>>>,
    /// How the document writes its words, indexed on first use.
    word_forms: std::sync::OnceLock<WordForms>,
    /// The people the text tells to be women or men, computed on first use (see
    /// [`DocumentContext::genders`]).
    genders: std::sync::OnceLock<HashMap<usize, Gender>>,
    /// The offices the text introduces each entity with, read on first use (see
    /// [`DocumentContext::offices`]).
    offices: std::sync::OnceLock<HashMap<usize, Vec<&'static str>>>,
    /// The currency the report means by "$", read on first use (see
    /// [`DocumentContext::local_currency`]).
    local_currency: std::sync::OnceLock<Option<super::unit::LocalCurrency>>,
    /// The country the report's dateline names, read on first use (see
    /// [`DocumentContext::foreign_country`]).
    home_country: std::sync::OnceLock<Option<usize>>,
    /// Per entity type, the mentions of that type, built the first time a claim asks: a long
    /// report has thousands of mentions, and going through all of them for each of its claims
    /// would make the cost grow with the square of its length.
    typed: RefCell<HashMap<String, Rc<TypedMentions>>>,
    /// The gazetteer's closest names to phrases already looked up, by (phrase, type): a report
    /// names the same few things again and again, and each look-up compares every alias.
    fuzzy: RefCell<HashMap<(String, String), FuzzyMatch>>,
}

/// The ways a document writes its words, so that asking how it writes one word does not read
/// the whole text again (a long report asks for many claims).
///
/// A word is a run of letters and digits; hyphenated words ("cloud-computing") also count
/// piece by piece and by every run of pieces, as a search for the word would find them.
#[derive(Default)]
struct WordForms {
    /// Words written all in lower case.
    lower_case: HashSet<String>,
    /// Words written with a capital within a sentence: after a space that follows a letter, a
    /// digit or a comma.
    mid_sentence_capitals: HashSet<String>,
}

impl WordForms {
    /// Compounds longer than this are indexed only by their first pieces.
    const MAX_PIECES: usize = 6;

    fn of(text: &str) -> WordForms {
        let mut forms = WordForms::default();
        let mut previous: [Option<char>; 2] = [None, None];
        let mut chars = text.char_indices().peekable();
        while let Some(&(start, first)) = chars.peek() {
            if !first.is_alphanumeric() {
                previous = [previous[1], Some(first)];
                chars.next();
                continue;
            }
            // A compound: words joined by single hyphens.
            let mut pieces: Vec<Range<usize>> = Vec::new();
            let mut piece_start = start;
            let mut end = start;
            while let Some(&(at, c)) = chars.peek() {
                if c.is_alphanumeric() {
                    end = at + c.len_utf8();
                    chars.next();
                } else if c == '-' && end == at && at > piece_start {
                    let next = text[at + 1..].chars().next();
                    if !next.is_some_and(char::is_alphanumeric) {
                        break;
                    }
                    pieces.push(piece_start..end);
                    chars.next();
                    piece_start = at + 1;
                } else {
                    break;
                }
            }
            pieces.push(piece_start..end);
            let mid_sentence = previous[1] == Some(' ')
                && previous[0].is_some_and(|c| c.is_alphanumeric() || c == ',');
            forms.add(text, &pieces, mid_sentence);
            previous = [None, text[..end].chars().next_back()];
        }
        forms
    }

    fn add(&mut self, text: &str, pieces: &[Range<usize>], mid_sentence: bool) {
        let pieces = &pieces[..pieces.len().min(Self::MAX_PIECES)];
        for from in 0..pieces.len() {
            for to in from..pieces.len() {
                let form = &text[pieces[from].start..pieces[to].end];
                // Only words are asked about: numbers, many in a long report, are left out.
                if !form.chars().any(char::is_alphabetic) {
                    continue;
                }
                if form.chars().all(|c| !c.is_uppercase()) {
                    if !self.lower_case.contains(form) {
                        self.lower_case.insert(form.to_string());
                    }
                } else if from == 0
                    && mid_sentence
                    && form.starts_with(char::is_uppercase)
                    && !self.mid_sentence_capitals.contains(form)
                {
                    self.mid_sentence_capitals.insert(form.to_string());
                }
            }
        }
    }
}

/// The gazetteer entity a phrase is spelt close to, with the similarity.
type FuzzyMatch = Option<(usize, f64)>;

/// The mentions of entities of one type, resolved through `part_of`, in text order.
#[derive(Debug, Default)]
struct TypedMentions {
    /// The mentions that name an entity of the type, in the document's order.
    mentions: Vec<TypedMention>,
    /// How many of `mentions` name each entity.
    counts: HashMap<usize, usize>,
    /// The most-mentioned entity of the type (by its own mention count); ties go to the first.
    focal: Option<usize>,
}

/// A mention of an entity of some type: an index into the document's mentions (a long report
/// has hundreds of thousands, so they are not copied for each type), and the entity of the
/// type it names (a city's mention can name its country).
#[derive(Clone, Copy, Debug)]
struct TypedMention {
    mention: u32,
    entity: u32,
}

/// The items of `sorted` (in order of where they start, as `start` tells) that start within
/// `span`: a superset of those that lie within it, in the same order.
fn starting_within<'s, T>(
    sorted: &'s [T],
    span: &Range<usize>,
    start: impl Fn(&T) -> usize,
) -> &'s [T] {
    let from = sorted.partition_point(|item| start(item) < span.start);
    let to = sorted.partition_point(|item| start(item) <= span.end);
    sorted.get(from..to).unwrap_or_default()
}

/// The items of `sorted` that start at or before `at`: all those that can end by `at`.
fn starting_by<T>(sorted: &[T], at: usize, start: impl Fn(&T) -> usize) -> &[T] {
    let to = sorted.partition_point(|item| start(item) <= at);
    &sorted[..to]
}

impl<'a> DocumentContext<'a> {
    pub fn new(document: &'a Document, rules: &'a RuleSet) -> Self {
        DocumentContext::in_story(document, rules, None, None)
    }

    /// The context of one report among several of a story whose main event is `story_event`,
    /// which is then the report's main event too.
    ///
    /// `people` are the story's people and this report's index among its reports: the report
    /// then knows for people those another report introduced (see [`people::find_in_story`]).
    pub fn in_story(
        document: &'a Document,
        rules: &'a RuleSet,
        story_event: Option<&str>,
        people: Option<(&people::StoryPeople, usize)>,
    ) -> Self {
        let (mut entities, local_people) = match people
            .and_then(|(story, index)| Some((story, story.per_report.get(index)?)))
        {
            Some((story, report)) => {
                let local = people::find_in_story(
                    &document.text,
                    &report.known,
                    &report.introduced.names,
                    story,
                );
                (report.known.clone(), local)
            }
            None => {
                let entities =
                    people::gazetteer_mentions(&document.text, &rules.gazetteer, &rules.lexicon);
                let local =
                    people::find(&document.text, &entities, &rules.gazetteer, &rules.lexicon);
                (entities, local)
            }
        };
        let known = rules.gazetteer.entities().len();
        for (index, person) in local_people.iter().enumerate() {
            entities.extend(person.mentions.iter().map(|range| EntityMention {
                range: range.clone(),
                entity: known + index,
            }));
        }
        entities.sort_by_key(|m| m.range.start);
        let mut mention_counts = HashMap::new();
        for mention in &entities {
            *mention_counts.entry(mention.entity).or_insert(0) += 1;
        }
        let events = scan_event_nouns(&document.text, rules);
        // The reports were given as reports of one story: its main event is each report's, even
        // where a report only names it another way ("the cup", "the semi-final that led to it").
        let focal_event = match story_event {
            Some(event) => Some(event.to_string()),
            None => focal_event(document, rules, &events),
        };
        let local_keys = local_people
            .iter()
            .map(|p| {
                let surname = p.name.split_whitespace().last().unwrap_or_default();
                (name_key(&p.name), name_key(surname))
            })
            .collect();
        DocumentContext {
            document,
            rules,
            entities,
            events,
            mention_counts,
            focal_event,
            local_people,
            local_keys,
            things: None,
            document_names: std::sync::OnceLock::new(),
            word_forms: std::sync::OnceLock::new(),
            genders: std::sync::OnceLock::new(),
            offices: std::sync::OnceLock::new(),
            local_currency: std::sync::OnceLock::new(),
            home_country: std::sync::OnceLock::new(),
            typed: RefCell::default(),
            fuzzy: RefCell::default(),
        }
    }

    /// This context, knowing the kinds of the names the story's other reports say the kind of.
    pub fn with_things(mut self, things: &'a super::things::StoryThings) -> Self {
        self.things = Some(things);
        self
    }

    /// The proper names of a stretch of the text, each once, in text order: the gazetteer's
    /// entities by their canonical name, people found in the text by their full name, and
    /// other capitalised names as written ("Harbour Rowing Club"). A capitalised word opening a
    /// sentence on its own is not taken for a name ("Members", "Turnout"), nor are words of
    /// time or the lexicon's non-names. People quoted as speakers ("said Maria Costa") or named
    /// after their role ("the general secretary, Siobhán Kearney,") are left out: reports of one
    /// story quote different people for the same fact.
    pub fn names_in(&self, range: Range<usize>) -> Vec<String> {
        self.names_between(range, false)
    }

    fn names_between(&self, range: Range<usize>, with_speakers: bool) -> Vec<String> {
        let text = &self.document.text;
        let mut names: Vec<String> = Vec::new();
        let mut keys: HashSet<String> = HashSet::new();
        let mut add = |name: String| {
            if !name.is_empty() && keys.insert(name_key(&name)) {
                names.push(name);
            }
        };
        // A dateline ("DUNHAVEN, June 9 (Capital Newswire) —") names where the report was filed
        // and who filed it, not what the sentence is about.
        let after_dateline = text
            .get(range.clone())
            .and_then(|stretch| DATELINE.find(stretch))
            .map_or(range.start, |found| range.start + found.end());
        let known: Vec<&EntityMention> = starting_within(&self.entities, &range, |m| m.range.start)
            .iter()
            .filter(|m| m.range.start >= after_dateline && m.range.end <= range.end)
            .collect();
        // A company that "said it made a profit" speaks of itself: it is what the sentence is
        // about, not only who gave the figure. A person's "said it" is about something else.
        let speaker = |span: &Range<usize>, person: bool| {
            !with_speakers
                && is_speaker(text, span.clone())
                && (person || !speaks_of_itself(text, span.clone()))
        };
        for mention in &known {
            let person = type_matches(self.type_of(mention.entity), "person");
            // "the pandemic" may be an entity, but written so it names no setting.
            let lowercase = text[mention.range.clone()].starts_with(char::is_lowercase);
            if speaker(&mention.range, person)
                || lowercase
                || (!with_speakers && person && in_apposition(text, mention.range.clone()))
            {
                continue;
            }
            add(match self.local(mention.entity) {
                Some(person) => person.name.clone(),
                None => self.rules.gazetteer.get(mention.entity).name.clone(),
            });
        }
        let Some(stretch) = text.get(range.clone()) else {
            return names;
        };
        let haystack = Haystack::new(stretch);
        let found_names = CAPITALISED
            .for_haystack(&haystack)
            .map(|(regex, read)| regex.find_iter(read).map(|m| m.range()).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .flat_map(|found| split_at_modifiers(stretch, found));
        for mut found in found_names {
            // A known name as the owner of another ("southern Scotland's Elsmere Basin"): the
            // name owned is one of its own.
            let owner = known
                .iter()
                .find(|m| m.range.start == range.start + found.start);
            if let Some(owner) = owner {
                let after = owner.range.end - range.start;
                let rest = stretch[after.min(found.end)..found.end]
                    .strip_prefix("'s ")
                    .or_else(|| stretch[after.min(found.end)..found.end].strip_prefix("’s "));
                if let Some(rest) = rest {
                    found = found.end - rest.len()..found.end;
                }
            }
            let found_text = &stretch[found.clone()];
            let span = range.start + found.start..range.start + found.end;
            if span.start < after_dateline
                || speaker(&span, false)
                || known
                    .iter()
                    .any(|m| m.range.start < span.end && span.start < m.range.end)
            {
                continue;
            }
            let opens_sentence = text[..span.start]
                .trim_end()
                .ends_with(['.', '!', '?', '\n', '"', '“', '—', ':', '('])
                || text[..span.start].trim().is_empty()
                || self
                    .document
                    .sentences
                    .binary_search_by_key(&span.start, |s| s.start)
                    .is_ok();
            let lexicon = &self.rules.lexicon;
            // "Saturday's final": a possessive day or month is still a word of time, and so is
            // a span of them ("the April-to-June quarter", "Mid-July").
            let is_time = |w: &str| {
                let w = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w);
                let calendar = |part: &str| {
                    crate::calendar::month_number(part).is_some()
                        || crate::calendar::weekday(part).is_some()
                };
                let linking = |part: &str| {
                    ["to", "through", "and", "mid", "early", "late"]
                        .iter()
                        .any(|l| part.eq_ignore_ascii_case(l))
                };
                let parts = || w.split(['-', '‐', '‑', '–']);
                parts().any(calendar) && parts().all(|part| calendar(part) || linking(part))
            };
            // "Saturday's Star Millions drawing" names the Star Millions, not a "Saturday's Star
            // Millions".
            let words: Vec<&str> = found_text
                .split_whitespace()
                .skip_while(|w| lexicon.is_not_a_name(w) || is_time(w))
                .collect();
            let single = found_text.split_whitespace().count() == 1;
            // An acronym is a name wherever it stands: "the Independent Union of Civil Aviation
            // Pilots (SIPAC)", another report's "SIPAC".
            let acronym = (2..=8).contains(&found_text.len())
                && found_text.chars().all(|c| c.is_ascii_uppercase());
            let single_opener = opens_sentence && single && !acronym;
            // "the State", "the Government": a generic reference some house styles capitalise.
            let reference = single
                && ends_with_word(&text[..span.start], "the ")
                && lexicon
                    .reference_type(&format!("the {found_text}"))
                    .is_some();
            if reference {
                continue;
            }
            // "reached 44.8 C", "115 F": a letter after a number is its unit, not a name.
            let unit_letter = found_text.chars().count() == 1
                && text[..span.start]
                    .trim_end_matches([' ', '\u{a0}', '°'])
                    .ends_with(|c: char| c.is_ascii_digit());
            if words.is_empty() || single_opener || unit_letter || words.iter().all(|w| is_time(w))
            {
                continue;
            }
            let name = words.join(" ");
            let name = name.trim_end_matches(['.', '-']);
            let name = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("’s"))
                .unwrap_or(name);
            add(name.to_string());
        }
        names
    }

    /// Every proper name of the document (see [`DocumentContext::names_in`]).
    pub fn document_names(&self) -> Arc<Vec<String>> {
        self.document_names
            .get_or_init(|| {
                let mut names: Vec<String> = Vec::new();
                let mut keys: HashSet<String> = HashSet::new();
                for sentence in &self.document.sentences {
                    for name in self.names_between(sentence.clone(), true) {
                        if keys.insert(name_key(&name)) {
                            names.push(name);
                        }
                    }
                }
                Arc::new(names)
            })
            .clone()
    }

    /// The mentions of entities of type `kind` (see [`TypedMentions`]).
    fn typed(&self, kind: &str) -> Rc<TypedMentions> {
        if let Some(typed) = self.typed.borrow().get(kind) {
            return Rc::clone(typed);
        }
        let mut typed = TypedMentions::default();
        let mut best: Option<(usize, usize)> = None;
        for (index, mention) in self.entities.iter().enumerate() {
            let Some(entity) = self.as_type(mention.entity, kind) else {
                continue;
            };
            let (Ok(index), Ok(typed_entity)) = (u32::try_from(index), u32::try_from(entity))
            else {
                break;
            };
            typed.mentions.push(TypedMention {
                mention: index,
                entity: typed_entity,
            });
            *typed.counts.entry(entity).or_insert(0) += 1;
            let count = self
                .mention_counts
                .get(&mention.entity)
                .copied()
                .unwrap_or(0);
            if best.is_none_or(|(_, c)| count > c) {
                best = Some((entity, count));
            }
        }
        typed.focal = best.map(|(entity, _)| entity);
        typed.mentions.shrink_to_fit();
        let typed = Rc::new(typed);
        self.typed
            .borrow_mut()
            .insert(kind.to_string(), Rc::clone(&typed));
        typed
    }

    /// An entity's local person, if it is one rather than a gazetteer entry.
    fn local(&self, entity: usize) -> Option<&people::LocalPerson> {
        entity
            .checked_sub(self.rules.gazetteer.entities().len())
            .and_then(|index| self.local_people.get(index))
    }

    /// The local person a name (full, or surname alone) stands for.
    fn local_by_name(&self, name: &str) -> Option<usize> {
        let key = name_key(name);
        let index = self
            .local_keys
            .iter()
            .position(|(full, surname)| *full == key || *surname == key)?;
        Some(self.rules.gazetteer.entities().len() + index)
    }

    /// An entity's type: the gazetteer's, or `person` for a name found in the text.
    fn type_of(&self, entity: usize) -> &str {
        match self.local(entity) {
            Some(_) => "person",
            None => &self.rules.gazetteer.get(entity).entity_type,
        }
    }

    /// Resolves a subject or object.
    ///
    /// `capture` is the range of the words the rule captured for it, if any; `claim` is the
    /// claim's whole match, for finding the nearest entity; `sentence` is the claim's sentence.
    pub fn resolve(
        &self,
        spec: &RoleSpec,
        capture: Option<Range<usize>>,
        claim: Range<usize>,
        sentence: Range<usize>,
    ) -> Option<Role> {
        if let Some(name) = &spec.fixed {
            return Some(Role {
                name: name.as_str().into(),
                written: capture
                    .map(|r| Arc::from(&self.document.text[r]))
                    .unwrap_or_default(),
                resolution: "fixed by the rule".into(),
                entity: None,
                description: None,
            });
        }
        let capture = capture.filter(|range| {
            !self
                .rules
                .lexicon
                .is_not_a_name(&self.document.text[range.clone()])
        });
        match capture {
            // When the role must be one the sentence names, captured words are taken if the
            // report knows them as an entity, or if they are a full name ("the captain, Tom
            // Reyes, who is paid"); a single unknown word is no name ("Nurses are paid") and
            // the claim names no one, rather than someone else in the sentence.
            Some(range) if spec.within_sentence => {
                let full_name = self.document.text[range.clone()].split_whitespace().count() > 1;
                self.resolve_words(spec, range, sentence, claim)
                    .filter(|role| {
                        full_name
                            || role.entity.is_some()
                            || self.local_by_name(&role.name).is_some()
                    })
            }
            Some(range) => self.resolve_words(spec, range, sentence, claim),
            None if spec.resolve && spec.within_sentence => {
                self.in_sentence(&spec.entity_type, claim.start, &sentence, true)
            }
            None if spec.resolve => self.resolve_implicit(&spec.entity_type, claim, sentence),
            None => None,
        }
    }

    fn resolve_words(
        &self,
        spec: &RoleSpec,
        range: Range<usize>,
        sentence: Range<usize>,
        claim: Range<usize>,
    ) -> Option<Role> {
        let written = self.document.text[range.clone()].trim().to_string();
        let cleaned = clean_phrase(&written);
        let cleaned = if spec.entity_type == "person" {
            people::without_demonym(people::core_name(&cleaned), &self.rules.gazetteer).to_string()
        } else {
            cleaned
        };
        let lexicon = &self.rules.lexicon;
        let gazetteer = &self.rules.gazetteer;
        // "one in five residents" and "20 per cent of the population" are shares of one whole;
        // a whole of someone's ("their residents") is theirs. Any other whole is read as `any`.
        if spec.entity_type == "whole" {
            // "all homes", "total spending", "the entire workforce": a word for all of the
            // whole says nothing of which whole it is.
            let mut rest = self.document.text[range.clone()].trim_start();
            let mut all_of = false;
            while let Some((word, after)) = rest.split_once(char::is_whitespace) {
                match word.to_lowercase().as_str() {
                    "all" | "total" | "overall" | "entire" | "whole" => all_of = true,
                    "the" => {}
                    _ => break,
                }
                rest = after.trim_start();
            }
            if all_of && !rest.is_empty() {
                return self.resolve_words(
                    spec,
                    range.end - rest.len()..range.end,
                    sentence,
                    claim,
                );
            }
            let lower = written.to_lowercase();
            let bare = lower.strip_prefix("the ").unwrap_or(&lower);
            if lexicon.population_nouns.iter().any(|noun| noun == bare) {
                return Some(Role {
                    resolution: format!(
                        "\"{written}\" read as the population (a whole the lexicon lists)"
                    )
                    .into(),
                    name: "population".into(),
                    written: written.as_str().into(),
                    entity: None,
                    description: None,
                });
            }
            // "nursing posts" and "nursing positions": the head noun through `thing_nouns`,
            // the words before it kept, so two kinds of post stay apart.
            let (before, head) = bare.rsplit_once(' ').unwrap_or(("", bare));
            if let Some(thing) = lexicon.canonical_thing(head) {
                let name = format!("{before} {thing}").trim().to_string();
                return Some(Role {
                    resolution: format!("\"{head}\" read as {thing}").into(),
                    name: name.as_str().into(),
                    written: written.as_str().into(),
                    entity: None,
                    description: None,
                });
            }
            let any = RoleSpec {
                entity_type: "any".into(),
                ..spec.clone()
            };
            return self.resolve_words(&any, range, sentence, claim);
        }
        if spec.entity_type == "record" {
            return Some(record_role(&written, &cleaned, lexicon));
        }
        if spec.entity_type == "state" {
            return state_role(&written, lexicon);
        }
        // "the third-largest city in the State", "the country's fourth-largest city": a rule
        // that keeps its words unresolved may capture a reference to a place the lexicon lists
        // without its article. It is read as what it refers to, unresolved, so "the State"
        // and "the nation" are both "country" (resolving would guess: in "Japan had been the
        // country's largest donor" the country is not the Japan named nearest).
        let after_the = !spec.resolve
            && matches!(spec.entity_type.as_str(), "place" | "country" | "city")
            && lexicon.reference_type(&written).is_none()
            && ends_with_word(&self.document.text[..range.start], "the ");
        if let Some(kind) = after_the
            .then(|| lexicon.reference_type(&format!("the {cleaned}")))
            .flatten()
        {
            return Some(Role {
                resolution: format!("\"the {written}\" read as a reference to the {kind}").into(),
                name: kind.into(),
                written: written.as_str().into(),
                entity: None,
                description: None,
            });
        }
        if let Some(kind) = lexicon
            .reference_type(&written)
            .or_else(|| lexicon.reference_type(&cleaned))
            .or_else(|| describes_by_age(&cleaned).then_some("person"))
            .or_else(|| {
                (spec.entity_type == "person" && self.describes_by_origin(&written, &cleaned))
                    .then_some("person")
            })
        {
            let kind = pronoun_kind(kind, &written);
            return self
                .resolve_reference(&kind, range.start, sentence, false)
                .map(|mut role| {
                    role.resolution = format!(
                        "\"{written}\" refers back to {}: {}",
                        role.name, role.resolution
                    )
                    .into();
                    role.written = written.as_str().into();
                    role
                })
                .or_else(|| {
                    spec.resolve
                        .then(|| literal(&written, &cleaned, describe(&cleaned, lexicon)))
                });
        }
        // A known person's surname the report gives to someone of its own ("Vance" after
        // "Marisol Vance") is theirs: the report's mentions have left the known person out.
        let given_to_local = |entity: usize| {
            self.type_of(entity) == "person"
                && !cleaned.contains(char::is_whitespace)
                && !self.entities.iter().any(|m| m.entity == entity)
                && self.local_by_name(&cleaned).is_some()
        };
        if let Some(entity) = gazetteer.lookup(&cleaned).filter(|&e| !given_to_local(e)) {
            return Some(self.entity_role(entity, &written, "named in the gazetteer"));
        }
        // A person written with a title the name does not keep ("Sir Ian Harrow" for Ian
        // Harrow, "Mr Reyes" for the Paul Reyes introduced before), whatever type the role
        // asks for.
        if let Some(entity) = self
            .local_by_name(&cleaned)
            .or_else(|| self.local_by_name(people::core_name(&cleaned)))
        {
            return Some(self.entity_role(entity, &written, "a person introduced in the text"));
        }
        if spec.entity_type == "series" {
            // "the rocket's 14th this year": a noun after "this", "last" or "next" is the time
            // frame of the count, not the series counted.
            if names_a_time_frame(&self.document.text[..range.start]) {
                return None;
            }
            // "the third such accident", "the sixth such episode": "such" refers back to the
            // story's event, whatever the noun; the count is of that event's series.
            let such = self.document.text[sentence.start.min(range.start)..range.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|word| word.eq_ignore_ascii_case("such"));
            if let Some(role) = such
                .then_some(self.focal_event.as_deref())
                .flatten()
                .and_then(|event| {
                    self.series_role(event, |noun| self.rules.lexicon.canonical_recurring(noun))
                })
            {
                return Some(Role {
                    written: written.as_str().into(),
                    resolution: format!(
                        "\"such {}\" refers back to the story's event: {}",
                        written.trim(),
                        role.name
                    )
                    .into(),
                    ..role
                });
            }
            // "in 2022, when he won his second term": a count of the past, not the news's.
            let past = self.past_year_of_clause(sentence.clone(), claim.clone(), false);
            return self
                .series_role(&written, |noun| {
                    self.rules.lexicon.canonical_recurring(noun)
                })
                .map(|mut role| {
                    if let Some(year) = past {
                        role.name = format!("{year} {}", role.name).into();
                        role.resolution = format!("{}, in {year}", role.resolution).into();
                    }
                    role
                });
        }
        if spec.entity_type == "money" {
            return self
                .series_role(&written, |noun| self.rules.lexicon.canonical_money(noun))
                .map(|role| {
                    let before = &self.document.text[sentence.start.min(range.start)..range.start];
                    let clause = before.rfind([':', ';', '—', '•']).map_or(0, |at| {
                        at + before[at..].chars().next().map_or(1, char::len_utf8)
                    });
                    let after = &self.document.text[range.end..sentence.end.max(range.end)];
                    self.of_a_part(role, &before[clause..], true, after)
                });
        }
        // A thing called by one of the nouns the lexicon lists for it ("the probe" is the
        // spacecraft); a noun with words of its own ("the port project") stays as written.
        if spec.entity_type == "thing" {
            // "The alliance said the mission had cost £140m": a match that runs back over a
            // reporting verb took in who said it; the thing is what follows the verb.
            let text = &self.document.text[range.clone()];
            if let Some(at) = after_reporting_verb(text) {
                return self.resolve_words(spec, range.start + at..range.end, sentence, claim);
            }
            if let Some(canonical) = lexicon.canonical_thing(&cleaned.to_lowercase()) {
                return Some(Role {
                    name: canonical.into(),
                    written: written.as_str().into(),
                    resolution: format!("\"{}\" read as {canonical}", written.trim()).into(),
                    entity: None,
                    // A kind things are named by is the description of the thing, so it
                    // meets one another report names and says is of the kind ("the Aurelia
                    // Crest, a container ship"). Other nouns ("the fare") stay as they are: a
                    // concession fare is no other name for the fare.
                    description: lexicon
                        .thing_kinds
                        .iter()
                        .any(|kind| kind == canonical)
                        .then(|| Description {
                            head: canonical.to_string(),
                            modifiers: Vec::new(),
                            complement: None,
                        }),
                });
            }
            if gazetteer.lookup(&cleaned).is_none() {
                if let Some((kind, said)) = self.kind_of_named_thing(&cleaned, range.clone()) {
                    return Some(Role {
                        name: cleaned.as_str().into(),
                        written: written.as_str().into(),
                        resolution: format!("\"{cleaned}\" is a {kind} ({said})").into(),
                        entity: None,
                        description: Some(Description {
                            head: kind,
                            modifiers: Vec::new(),
                            complement: None,
                        }),
                    });
                }
            }
        }
        if spec.entity_type == "per_unit" {
            return self.series_role(&written, |noun| self.rules.lexicon.canonical_per_unit(noun));
        }
        // What rose or fell: a company's figure by its money noun ("net income at Calder" and
        // "that net profit" are both profit, "sales" and "revenue" one figure), anything else
        // ("inflation", "shares in the company") as any phrase is read.
        if spec.entity_type == "figure" {
            // A clause the match took in before the figure ("results showing that revenue
            // rose") opens the figure's noun phrase after its "that": the words before it are
            // no part of the figure, and what follows starts a clause.
            let (figure_phrase, after_clause) = after_clause_word(&written);
            let head = head_phrase(figure_phrase);
            // A listed noun followed by another word of its noun phrase only modifies that
            // word's noun: "government bond yields" are yields, not a bond (bail); "revenue
            // targets" are no revenue. Such a phrase is read as any other.
            let lexicon = &self.rules.lexicon;
            let ends_head =
                |noun_at: usize,
                 name: &str,
                 canonical: for<'l> fn(&'l Lexicon, &str) -> Option<&'l str>| {
                    canonical(lexicon, head[noun_at..].trim_end()) == Some(name)
                };
            let money = self
                .money_noun_in(head)
                .filter(|(role, at)| ends_head(*at, &role.name, Lexicon::canonical_money));
            if let Some((role, noun_at)) = money {
                // After a comma, as after a clause's start, the words open a noun phrase:
                // "Since the line opened, ticket sales have doubled" names the part as
                // "Ticket sales are up" does.
                let preceding = &self.document.text[sentence.start.min(range.start)..range.start];
                let starts_sentence = after_clause
                    || starts_a_clause(preceding)
                    || preceding.trim_end().ends_with(',');
                let after = &figure_phrase[head.len()..];
                return Some(self.of_a_part(role, &head[..noun_at], starts_sentence, after));
            }
            // Other figures said in several ways: "its benchmark interest rate" and "the main
            // policy rate" are one rate, "the jobless rate" is unemployment. A possessive owner
            // stays: "the Fed's benchmark rate" is not the ECB's.
            let figure = self
                .noun_in(head, |noun| lexicon.canonical_figure(noun))
                .filter(|(role, at)| ends_head(*at, &role.name, Lexicon::canonical_figure));
            if let Some((mut role, noun_at)) = figure {
                let words: Vec<&str> = head[..noun_at].split_whitespace().collect();
                let owned_up_to = words
                    .iter()
                    .rposition(|w| w.ends_with("'s") || w.ends_with("’s"));
                let owner = owned_up_to.map(|last| {
                    let first = usize::from(words[0].eq_ignore_ascii_case("the"));
                    words[first.min(last)..=last].join(" ")
                });
                // Other words before the noun name a narrower figure ("youth unemployment",
                // "credit card interest rates"): it stays as written, unless they are
                // determiners or words that never narrow one ("annual", "new").
                let narrowed = words[owned_up_to.map_or(0, |last| last + 1)..]
                    .iter()
                    .any(|w| {
                        let w = w.to_lowercase();
                        !self.rules.lexicon.money_whole_modifiers.contains(&w)
                    });
                if !narrowed {
                    // Described by its own words, so that a phrase left as written ("cut rates")
                    // still meets it by its head noun.
                    role.description = describe(&role.name, &self.rules.lexicon);
                    if let Some(owner) = owner {
                        role.name = format!("{owner} {}", role.name).into();
                        role.resolution =
                            format!("\"{}\" read as {}", written.trim(), role.name).into();
                    }
                    return Some(role);
                }
            }
        }
        let entity_type = match spec.entity_type.as_str() {
            "figure" | "thing" => "any",
            other => other,
        };
        if type_matches("event", entity_type) {
            if let Some(head) = self.event_head(&cleaned) {
                let head =
                    self.story_event_named_broadly(head, &cleaned, sentence.clone(), claim.clone());
                let head = self.situate_event(head, sentence.clone(), claim.clone());
                return Some(Role {
                    resolution: format!("the {head} (event noun)").into(),
                    name: head.into(),
                    written: written.as_str().into(),
                    entity: None,
                    description: None,
                });
            }
        }
        // A name followed by another capitalised word of the phrase only modifies a longer name:
        // "the International Labour Organization" is not Labour, nor "China Development Bank"
        // China.
        let modifies_a_longer_name = |m: &EntityMention| {
            let rest = &self.document.text[m.range.end..range.end];
            rest.starts_with(char::is_whitespace)
                && rest.trim_start().starts_with(char::is_uppercase)
        };
        // A person's surname after another given name is someone else's: "Teodora Vance" is
        // not JD Vance, though "Senator Vance" is.
        let surname_of_another = |m: &EntityMention| {
            let found = &self.document.text[m.range.clone()];
            type_matches(self.type_of(m.entity), "person")
                && !found.contains(char::is_whitespace)
                && people::ends_with_other_name(&self.document.text[range.start..m.range.start])
        };
        let inside: Vec<&EntityMention> =
            starting_within(&self.entities, &range, |m| m.range.start)
                .iter()
                .filter(|m| m.range.start >= range.start && m.range.end <= range.end)
                .filter(|m| !modifies_a_longer_name(m) && !surname_of_another(m))
                .collect();
        if let Some(found) = self.preferred(&inside, entity_type) {
            let name = &self.document.text[found.range.clone()];
            return Some(self.entity_role(
                found.entity,
                &written,
                &format!("the phrase names \"{name}\""),
            ));
        }
        // A misspelt name is still a name: words all in lower case ("bridge") are a common noun,
        // never a name spelt close to it ("Bridgetown").
        let named = cleaned
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase));
        let fuzzy = named
            .then(|| {
                *self
                    .fuzzy
                    .borrow_mut()
                    .entry((cleaned.clone(), entity_type.to_string()))
                    .or_insert_with(|| gazetteer.fuzzy(&cleaned, entity_type, FUZZY_THRESHOLD))
            })
            .flatten()
            .filter(|&(entity, _)| misspelt(&cleaned, &gazetteer.entities()[entity]));
        if let Some((entity, score)) = fuzzy {
            return Some(self.entity_role(
                entity,
                &written,
                &format!("spelling close to a gazetteer name (similarity {score:.2})"),
            ));
        }
        // A name a report says is a thing ("the MV Corvina", "the ferry Corvina") is no
        // person: "the 31-year-old Corvina" is the ship's age, not someone's.
        if spec.entity_type == "person"
            && named
            && self.kind_of_named_thing(&cleaned, range.clone()).is_some()
        {
            return None;
        }
        Some(literal(&written, &cleaned, describe(&cleaned, lexicon)))
    }

    /// What kind of thing a name is, when the report says so with one of the lexicon's
    /// `thing_kinds` beside the name (see [`super::things::kind_beside`]), or another report of
    /// the story does: the kind, read through `thing_nouns`, and how the resolution says where
    /// it was read. Only the text near the claim (`at`) is read, from the headline or paragraphs
    /// before it: a name's kind is said where the name is, and a long archive is not read again
    /// for every claim.
    fn kind_of_named_thing(&self, name: &str, at: Range<usize>) -> Option<(String, String)> {
        let is_name = name.starts_with(char::is_uppercase)
            && name
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase));
        if !is_name {
            return None;
        }
        let whole = &self.document.text;
        let mut start = at.start.saturating_sub(NAMED_KIND_BEFORE);
        while !whole.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at.end + NAMED_KIND_AFTER).min(whole.len());
        while !whole.is_char_boundary(end) {
            end += 1;
        }
        let text = &whole[start..end];
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            let bounded = !text[..at].ends_with(|c: char| c.is_alphanumeric())
                && !text[end..].starts_with(|c: char| c.is_alphanumeric());
            if !bounded {
                continue;
            }
            if let Some(found) = super::things::kind_beside(text, at..end, &self.rules.lexicon) {
                return Some((found.kind, format!("the report says \"{}\"", found.said)));
            }
        }
        let (found, path) = self.things?.kind_of(name)?;
        let whose = if path == self.document.path {
            "the report".to_string()
        } else {
            path.to_string()
        };
        Some((
            found.kind.clone(),
            format!("{whose} says \"{}\"", found.said),
        ))
    }

    /// Whether a person's role calls them by one word of origin or kind after "the": "The
    /// Ethiopian, 29,", "the Briton", "the Frenchman" refer back to someone named, as "the
    /// 41-year-old" does. Not when the word is a name the report or the gazetteer knows; a
    /// country's demonym never is, even alone after an age ("The 24-year-old Belgian").
    fn describes_by_origin(&self, written: &str, cleaned: &str) -> bool {
        let gazetteer = &self.rules.gazetteer;
        // The report may have taken a demonym for a name of its own: it is none.
        let demonym = |word: &str| {
            gazetteer.country_of_demonym(word).is_some() && gazetteer.lookup(cleaned).is_none()
        };
        let mut words = written.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(first), Some(word), None) => {
                first.eq_ignore_ascii_case("the")
                    && word.starts_with(char::is_uppercase)
                    && (demonym(word)
                        || gazetteer.lookup(cleaned).is_none()
                            && self.local_by_name(cleaned).is_none())
            }
            (Some(word), None, None) => demonym(word),
            _ => false,
        }
    }

    /// The kind of series a recurring-event phrase counts ("11th rate hike" → increase), through
    /// the lexicon's recurring nouns; the last word that is one decides.
    fn series_role<'s>(
        &'s self,
        written: &str,
        canonical_of: impl Fn(&str) -> Option<&'s str>,
    ) -> Option<Role> {
        let words: Vec<&str> = written.split_whitespace().collect();
        let canonical = (0..words.len()).rev().find_map(|end| {
            (0..=end).find_map(|start| canonical_of(&words[start..=end].join(" ")))
        })?;
        Some(Role {
            name: canonical.into(),
            written: written.into(),
            resolution: format!("\"{}\" read as {canonical}", written.trim()).into(),
            entity: None,
            description: None,
        })
    }

    /// The money figure a phrase ends in ("Quarterly sales in Asia" → revenue) and where in the
    /// phrase its noun starts.
    fn money_noun_in(&self, phrase: &str) -> Option<(Role, usize)> {
        self.noun_in(phrase, |noun| self.rules.lexicon.canonical_money(noun))
    }

    /// The noun of a lexicon list a phrase ends in, by `canonical_of`, and where in the phrase
    /// its words start.
    fn noun_in<'s>(
        &'s self,
        phrase: &str,
        canonical_of: impl Fn(&str) -> Option<&'s str>,
    ) -> Option<(Role, usize)> {
        let role = self.series_role(phrase, &canonical_of)?;
        // Where the words series_role read as the noun start: the longest run of words that
        // names the figure ("net profit", not "profit" with "net" before it).
        let starts: Vec<usize> = phrase
            .char_indices()
            .filter(|&(at, c)| {
                !c.is_whitespace() && (at == 0 || phrase[..at].ends_with(char::is_whitespace))
            })
            .map(|(at, _)| at)
            .collect();
        let at = starts.iter().copied().find(|&at| {
            let mut end = phrase.len();
            // The noun may be followed by words that are not its own ("sales in Asia").
            loop {
                let words = phrase[at..end].trim_end();
                if canonical_of(words) == Some(&*role.name) {
                    return true;
                }
                match words.rfind(char::is_whitespace) {
                    Some(cut) => end = at + cut,
                    None => return false,
                }
            }
        })?;
        Some((role, at))
    }

    /// A money figure of a part when the words right before its noun name one: "the health
    /// budget" and "$400m in military aid" are a part's figures, while "the total budget",
    /// "annual revenue" or "Westmarch's budget" are the whole (the lexicon's
    /// money_whole_modifiers).
    ///
    /// A part is one or two words that open the noun phrase: after a determiner, a possessive,
    /// a preposition, a verb, the amount or the start of a clause ("the rules face fines" names
    /// no part). Names, words in -ed, periods ("second-quarter"), amounts, currencies
    /// and event nouns ("flood relief" in a flood story) never name one. `starts_sentence` when `before` begins the
    /// sentence or a clause, where a capital is no sign of a name.
    ///
    /// A part may also be named right after the noun, as the division whose figure it is:
    /// "sales at the cloud division", "revenue from its payments business" (`after`).
    fn of_a_part(&self, mut role: Role, before: &str, starts_sentence: bool, after: &str) -> Role {
        let lexicon = &self.rules.lexicon;
        if !lexicon
            .money_nouns_with_parts
            .iter()
            .any(|n| **n == *role.name)
        {
            return role;
        }
        let whole = |lower: &str| lexicon.money_whole_modifiers.iter().any(|w| *w == lower);
        let verb = |lower: &str| lexicon.money_verbs.iter().any(|w| *w == lower);
        // A currency's own name or the one assumed from the word ("dollar", "euros").
        let currency = |lower: &str| {
            lexicon.currencies.values().any(|c| {
                c.names
                    .iter()
                    .chain(&c.assumed)
                    .any(|n| n.eq_ignore_ascii_case(lower))
            })
        };
        // Quotes and brackets around a word are not part of it.
        let words: Vec<&str> = before
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| "\"'“”‘’()[]".contains(c)))
            .collect();
        let raw: Vec<&str> = before.split_whitespace().collect();
        let names_a_part = |at: usize| {
            let word = words[at];
            let lower = word.to_lowercase();
            // A capital at the start of a sentence is a name when the report knows it as one
            // or writes it with a capital within a sentence too ("Tesla revenue", where
            // "shares in Tesla" follows), unless it also writes it in lower case. Else it is a
            // part ("Advertising revenue"): taking a part for a name would set the part's
            // figure against the whole.
            let capital_ok = !word.starts_with(char::is_uppercase)
                || at == 0
                    && starts_sentence
                    && (self.written_in_lower_case(&lower)
                        || !self.written_as_a_name(word)
                            && lexicon.not_names.iter().all(|n| n != word)
                            && self.rules.gazetteer.lookup(word).is_none()
                            && self.local_by_name(word).is_none());
            word.chars().any(char::is_alphabetic)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !raw[at].ends_with([',', ';', ':'])
                && capital_ok
                && !lower.ends_with("ed")
                && !lower.ends_with("ly")
                && !lower.split('-').any(|piece| whole(piece) || verb(piece))
                && !currency(&lower)
                && !lexicon.event_nouns.contains(&lower)
                // A period is no part: "second-quarter revenue", "full-year profit".
                && !["quarter", "half", "year", "month"]
                    .iter()
                    .any(|period| lower.split('-').any(|piece| piece.starts_with(period)))
        };
        // Whether the word before the part opens a noun phrase.
        let opens = |at: Option<usize>| match at {
            None => starts_sentence,
            Some(at) => {
                let word = words[at];
                let lower = word.to_lowercase();
                (whole(&lower) && !matches!(lower.as_str(), "and" | "or"))
                    || verb(&lower)
                    || lower.ends_with("ed")
                    || currency(&lower)
                    || lower.ends_with("'s")
                    || lower.ends_with("’s")
                    || word.contains(|c: char| c.is_ascii_digit() || "$€£¥₹₩₽₺₪₦".contains(c))
                    || raw[at].ends_with([',', ';', ':'])
            }
        };
        let n = words.len();
        // Parts joined by "and" or "or" are named together: "health and education spending".
        let joined = n >= 3
            && names_a_part(n - 1)
            && matches!(words[n - 2].to_lowercase().as_str(), "and" | "or")
            && names_a_part(n - 3)
            && opens((n - 3).checked_sub(1));
        let part_before = if joined {
            Some(words[n - 3..].join(" ").to_lowercase())
        } else {
            (1..=2.min(n))
                .rev()
                .find(|&len| (n - len..n).all(names_a_part) && opens((n - len).checked_sub(1)))
                .map(|len| words[n - len..].join(" ").to_lowercase())
        };
        let part_after = || {
            let found = DIVISION_AFTER.captures(after)?;
            let word = found.name("part")?.as_str().to_lowercase();
            (!whole(&word) && !word.ends_with("ed")).then_some(word)
        };
        if let Some(part) = part_before.or_else(part_after) {
            role.resolution = format!("{}, of the part \"{part}\"", role.resolution).into();
            role.name = format!("{part} {}", role.name).into();
        }
        role
    }

    /// Whether the report writes `word` (capitalised) within a sentence, after a word or a
    /// comma: as a name.
    fn written_as_a_name(&self, word: &str) -> bool {
        self.word_forms().mid_sentence_capitals.contains(word)
    }

    /// Whether the report writes `lower` in lower case somewhere, as a word of its own.
    fn written_in_lower_case(&self, lower: &str) -> bool {
        self.word_forms().lower_case.contains(lower)
    }

    fn word_forms(&self) -> &WordForms {
        self.word_forms
            .get_or_init(|| WordForms::of(&self.document.text))
    }

    /// Of several mentions, the one whose type fits best.
    fn preferred<'m>(
        &self,
        mentions: &[&'m EntityMention],
        wanted: &str,
    ) -> Option<&'m EntityMention> {
        if wanted == "any" {
            // A place or person inside a longer phrase is rarely what the phrase is about
            // ("the partnership France and Brazil launched" is not France).
            ANY_PREFERENCE.iter().find_map(|kind| {
                mentions
                    .iter()
                    .find(|m| self.type_of(m.entity) == *kind)
                    .copied()
            })
        } else {
            mentions
                .iter()
                .find(|m| type_matches(self.type_of(m.entity), wanted))
                .copied()
        }
    }

    fn entity_role(&self, entity: usize, written: &str, how: &str) -> Role {
        match self.local(entity) {
            // A name found in the text has no gazetteer entry: it aligns by its name.
            Some(person) => Role {
                name: person.name.as_str().into(),
                written: written.into(),
                resolution: if person.from_story {
                    format!("{how}; named in the text, introduced by another report")
                } else {
                    format!("{how}; named in the text")
                }
                .into(),
                entity: None,
                description: None,
            },
            None => Role {
                name: self.rules.gazetteer.get(entity).name.as_str().into(),
                written: written.into(),
                resolution: how.into(),
                entity: Some(entity),
                description: None,
            },
        }
    }

    /// The event noun at the head of a phrase ("the military parade" → "parade"), with the
    /// modifiers that make it a different event ("the previous election" → "previous election",
    /// "the 2019 election" → "2019 election"); `None` for a generic one.
    fn event_head(&self, phrase: &str) -> Option<String> {
        let lexicon = &self.rules.lexicon;
        let words = lowercase_words(phrase);
        // A storm named after its class ("Cyclone Ravi") is that class of event.
        let named_storm = words.len() == 2
            && lexicon.is_event_noun(&words[0])
            && !lexicon.is_event_noun(&words[1])
            && phrase
                .split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        // An event of two words ("heat wave", "oil spill", "hot spell") is one noun.
        let pair = (words.len() >= 2 && !named_storm)
            .then(|| format!("{} {}", words[words.len() - 2], words[words.len() - 1]))
            .filter(|pair| {
                lexicon.is_event_noun(pair) || lexicon.canonical_event(pair) != pair.as_str()
            });
        let (head, modifiers) = if named_storm {
            (&words[0], &[][..])
        } else if let Some(pair) = &pair {
            (pair, &words[..words.len() - 2])
        } else {
            words.split_last()?
        };
        // A synonym names its event even when it is no noun of its own: "erupt", from "the
        // volcano erupted on Sunday", is the eruption.
        if !lexicon.is_event_noun(head) && lexicon.canonical_event(head) == head.as_str() {
            return None;
        }
        let singular = lexicon
            .event_noun_of(head)
            .unwrap_or_else(|| head.strip_suffix('s').unwrap_or(head));
        let singular = lexicon.canonical_event(singular);
        // "last Saturday's final": the words before a weekday in the possessive say which
        // Saturday, not which final; a day of the past week is the news's own day.
        let modifiers = match modifiers.iter().rposition(|w| is_possessive_weekday(w)) {
            Some(day) => &modifiers[day + 1..],
            None => modifiers,
        };
        // "The last such campaign" and "the previous campaign" are one: the words that say
        // which one before this are one word, and so are those that say which one after.
        let distinguishing: Vec<&str> = modifiers
            .iter()
            .map(String::as_str)
            .filter(|w| {
                lexicon.event_modifiers.iter().any(|m| m == w)
                    || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
                    || crate::normalize::number::parse_ordinal(w).is_some()
            })
            .map(|w| match w {
                "last" | "prior" => "previous",
                "subsequent" => "next",
                other => other,
            })
            .collect();
        let mut name = distinguishing.join(" ");
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(singular);
        Some(name)
    }

    /// A role nobody named in the match: the nearest entity of the type in the sentence, else
    /// before it, else the document's focal one.
    ///
    /// A match that opens its sentence with "the" ("The 29-year-old improved on last year's
    /// time, with Mthembu third") refers back: only what was named before it counts, never a
    /// name later in its own sentence.
    fn resolve_implicit(
        &self,
        kind: &str,
        claim: Range<usize>,
        sentence: Range<usize>,
    ) -> Option<Role> {
        if kind == "event" {
            return self.resolve_event(claim, sentence, true);
        }
        let text = &self.document.text;
        let opens_sentence = text
            .get(sentence.start..claim.start)
            .is_some_and(|before| before.chars().all(|c| !c.is_alphanumeric()));
        let refers_back = opens_sentence
            && text
                .get(claim.clone())
                .and_then(|words| words.get(..4))
                .is_some_and(|first| first.eq_ignore_ascii_case("the "));
        // "The 58-year-old captain" is no one the text introduced as its spokesman: a role
        // the match ends on never refers back to someone who holds another office. Such a
        // claim, or one with no one before it to refer to, is about the unnamed holder of the
        // office, and meets the other reports' claims about their unnamed captain.
        let office = text.get(claim.clone()).and_then(|words| {
            let last = words.split_whitespace().last()?;
            (last.chars().all(|c| c.is_lowercase() || c == '-') && OFFICES.contains(&last))
                .then_some(last)
        });
        let unnamed = |office: &str| Role {
            name: office.into(),
            written: office.into(),
            resolution: format!("the {office}, whom the text does not name").into(),
            entity: None,
            description: None,
        };
        let Some(role) = self.resolve_reference(kind, claim.start, sentence, !refers_back) else {
            return office.map(unnamed);
        };
        let entity = role.entity.or_else(|| self.local_by_name(&role.name));
        match (office, entity) {
            (Some(office), Some(entity)) if self.holds_other_office(entity, office) => {
                Some(unnamed(office))
            }
            _ => Some(role),
        }
    }

    /// Whether the text introduces `entity` with an office other than `office` (see
    /// [`DocumentContext::offices`]).
    fn holds_other_office(&self, entity: usize, office: &str) -> bool {
        self.offices()
            .get(&entity)
            .is_some_and(|held| !held.contains(&office))
    }

    /// The dateline opening one of the document's first sentences, if any, in the text.
    fn dateline(&self) -> Option<Range<usize>> {
        let text = &self.document.text;
        self.document.sentences.iter().take(5).find_map(|sentence| {
            let found = DATELINE.find(&text[sentence.clone()])?;
            Some(sentence.start..sentence.start + found.end())
        })
    }

    /// The currency the report means by words several currencies share ("$" in a report
    /// datelined Australia), if its dateline says.
    pub fn local_currency(&self) -> Option<&super::unit::LocalCurrency> {
        self.local_currency
            .get_or_init(|| {
                let dateline = &self.document.text[self.dateline()?];
                super::unit::local_currency(dateline, &self.rules.lexicon)
            })
            .as_ref()
    }

    /// The country the report is filed from, by the first place its dateline names
    /// ("WARSAW, Poland —" is Poland, "LYON —" France), if it has a dateline.
    fn home_country(&self) -> Option<usize> {
        *self.home_country.get_or_init(|| {
            let dateline = self.dateline()?;
            let gazetteer = &self.rules.gazetteer;
            self.entities
                .iter()
                .filter(|m| m.range.start >= dateline.start && m.range.end <= dateline.end)
                .find_map(|m| gazetteer.country_of(m.entity))
        })
    }

    /// The country a figure's clause gives it to, when that is another country than the one
    /// the report is filed from: "Hungary's central bank has kept its base rate at 6.5%", "the
    /// Czech National Bank, which held its key rate at 3.5 per cent". The country is the one
    /// named nearest before the figure, as a possessive ("Hungary's") or a demonym within three
    /// words of one of its institutions ("the Czech National Bank"), in the figure's own clause
    /// and at most `REACH` bytes before it. Such a figure is that country's, a part of the story's picture that no
    /// figure of the story's own country should be compared with. Nothing is said without a
    /// dateline: the report's own country is then unknown.
    pub fn foreign_country(&self, sentence: Range<usize>, figure: usize) -> Option<String> {
        /// How far before the figure the country may be named.
        const REACH: usize = 80;
        /// What a country's demonym may name: the bodies that set its rates, keep its accounts
        /// and pay its sums.
        const INSTITUTIONS: &[&str] = &[
            "bank",
            "government",
            "ministry",
            "treasury",
            "economy",
            "parliament",
            "regulator",
            "authorities",
            "statistics",
            "state",
        ];
        // Whether one of the institutions is among the three words that open `rest`.
        let institution_in = |rest: &str| {
            rest.split_whitespace()
                .take(3)
                .map(|next| next.trim_matches(|c: char| !c.is_alphanumeric()))
                .any(|next| INSTITUTIONS.contains(&next.to_lowercase().as_str()))
        };
        let home = self.home_country()?;
        let text = &self.document.text;
        let mut from = figure.saturating_sub(REACH).max(sentence.start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..figure];
        // Only the clause the figure is in: a semicolon or a dash starts another.
        let clause_start = before
            .char_indices()
            .rfind(|(_, c)| matches!(c, ';' | '—' | '–'))
            .map_or(from, |(at, c)| from + at + c.len_utf8());
        let gazetteer = &self.rules.gazetteer;
        let possessive = self
            .entities
            .iter()
            .filter(|m| m.range.start >= clause_start && m.range.end <= figure)
            .filter(|m| {
                let after = &text[m.range.end..figure];
                // "Ethiopia's Berhanu Woldu": a possessive before a name gives the country a
                // person, not the figure; before one of its institutions it does ("Hungary's
                // National Bank"), as before any other noun ("Hungary's central bank").
                let Some(rest) = after
                    .strip_prefix("'s ")
                    .or_else(|| after.strip_prefix("’s "))
                else {
                    return false;
                };
                let named = rest.chars().next().is_some_and(char::is_uppercase);
                !named || institution_in(rest)
            })
            .filter_map(|m| Some((m.range.start, gazetteer.country_of(m.entity)?)))
            .next_back();
        let mut demonym = None;
        let clause = &text[clause_start..figure];
        let mut word_start = None;
        let ends = clause
            .char_indices()
            .chain(std::iter::once((clause.len(), ' ')));
        for (at, c) in ends {
            if c.is_alphanumeric() {
                word_start.get_or_insert(at);
            } else if let Some(start) = word_start.take() {
                let word = &clause[start..at];
                let capitalized = word.chars().next().is_some_and(char::is_uppercase);
                // A demonym stands for its country only before one of its institutions ("the
                // Czech National Bank", "the Hungarian government"), never before a person
                // ("the Norwegian-born painter", "a German tourist").
                let institution = clause[at..].starts_with(' ') && institution_in(&clause[at..]);
                if let Some(country) = (capitalized && institution)
                    .then(|| gazetteer.country_of_demonym(word))
                    .flatten()
                {
                    demonym = Some((clause_start + start, country));
                }
            }
        }
        let (_, country) = [possessive, demonym]
            .into_iter()
            .flatten()
            .max_by_key(|(at, _)| *at)?;
        (country != home).then(|| gazetteer.get(country).name.clone())
    }

    /// The offices the text introduces each entity with: right before a mention ("coast guard
    /// spokesman Andreas Pilo") or in an aside right after one ("Andreas Pilo, the coast
    /// guard's spokesman,"). Read once for the whole document, on first use: a long report
    /// asks for many claims, and reading its mentions for each would grow with the square.
    fn offices(&self) -> &HashMap<usize, Vec<&'static str>> {
        self.offices.get_or_init(|| {
            let text = &self.document.text;
            let words_of = |stretch: &'_ str| -> Vec<String> {
                stretch
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect()
            };
            let mut held: HashMap<usize, Vec<&'static str>> = HashMap::new();
            for mention in &self.entities {
                let range = &mention.range;
                let line_start = text[..range.start]
                    .rfind(['\n', '.', ';'])
                    .map_or(0, |at| at + 1);
                let before = words_of(&text[line_start..range.start]);
                let mut near: Vec<String> = before.into_iter().rev().take(3).collect();
                if let Some(aside) = text[range.end..].strip_prefix(", ") {
                    // To the aside's end, and no further than 80 bytes, on a character's edge.
                    let mut end = aside.find([',', '.', ';']).unwrap_or(aside.len()).min(80);
                    while !aside.is_char_boundary(end) {
                        end -= 1;
                    }
                    near.extend(words_of(&aside[..end]).into_iter().take(6));
                }
                let offices: Vec<&'static str> = near
                    .iter()
                    .filter_map(|w| OFFICES.iter().copied().find(|o| o == w))
                    .collect();
                if !offices.is_empty() {
                    held.entry(mention.entity).or_default().extend(offices);
                }
            }
            held
        })
    }

    /// The entity a reference of type `kind` at `at` points to. With `either_side`, a mention
    /// later in the same sentence counts too (an implicit subject named after the clause).
    fn resolve_reference(
        &self,
        kind: &str,
        at: usize,
        sentence: Range<usize>,
        either_side: bool,
    ) -> Option<Role> {
        if kind == "event" {
            return self.resolve_event(at..at, sentence, either_side);
        }
        if let Some(role) = self.in_sentence(kind, at, &sentence, either_side) {
            return Some(role);
        }
        let typed = self.typed(kind);
        let candidates = &typed.mentions;
        let range = |m: &TypedMention| &self.entities[m.mention as usize].range;
        // Across sentences, the antecedent is in the nearest earlier sentence naming an entity of
        // the type, and of those the one the report mentions most: in "Lula lands for talks with
        // Macron. It is his third visit", "his" is Lula; in "the victory over Japan ... in
        // Beijing. ... the country", the country is China.
        let previous = starting_by(candidates, sentence.start, |m| range(m).start)
            .iter()
            .rev()
            .find(|m| range(m).end <= sentence.start)
            .and_then(|m| self.document.sentence_at(range(m).start));
        if let Some(index) = previous {
            let bounds = &self.document.sentences[index];
            let in_previous: Vec<usize> = starting_within(candidates, bounds, |m| range(m).start)
                .iter()
                .filter(|m| range(m).start >= bounds.start && range(m).end <= bounds.end)
                .filter(|m| !self.on_the_bench(range(m).start))
                .map(|m| m.entity as usize)
                .collect();
            let mentions = |entity: usize| typed.counts.get(&entity).copied().unwrap_or(0);
            let best = in_previous.iter().copied().max_by_key(|e| {
                (
                    mentions(*e),
                    std::cmp::Reverse(in_previous.iter().position(|x| x == e)),
                )
            });
            if let Some(entity) = best {
                return Some(self.entity_role(
                    entity,
                    "",
                    &format!(
                        "the {} named in the sentence before that the report mentions most",
                        shown_kind(kind)
                    ),
                ));
            }
        }
        self.focal(kind).map(|entity| {
            self.entity_role(
                entity,
                "",
                &format!("the {} the report is most about", shown_kind(kind)),
            )
        })
    }

    /// The entity of type `kind` named in the sentence nearest to `at`, before it or (with
    /// `either_side`) after it.
    fn in_sentence(
        &self,
        kind: &str,
        at: usize,
        sentence: &Range<usize>,
        either_side: bool,
    ) -> Option<Role> {
        let typed = self.typed(kind);
        let range = |m: &TypedMention| &self.entities[m.mention as usize].range;
        let nearest = starting_within(&typed.mentions, sentence, |m| range(m).start)
            .iter()
            .filter(|m| range(m).start >= sentence.start && range(m).end <= sentence.end)
            .filter(|m| either_side || range(m).end <= at)
            .filter(|m| !self.on_the_bench(range(m).start))
            .min_by_key(|m| {
                let r = range(m);
                if r.end <= at {
                    at - r.end
                } else {
                    (r.start - at) * 2
                }
            })?;
        Some(self.entity_role(
            nearest.entity as usize,
            "",
            &format!("nearest {} in the sentence", shown_kind(kind)),
        ))
    }

    /// Whether the name at `at` is a judge's, by the title before it ("Judge Omar Reyes",
    /// "U.S. District Judge Omar Reyes", "Mr Justice Dunne"): who tries a case is never the
    /// person a claim leaves implicit ("Sentencing is set for 2 May").
    fn on_the_bench(&self, at: usize) -> bool {
        let before = self.document.text[..at].trim_end();
        let title = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        matches!(
            title,
            "Judge" | "judge" | "Justice" | "Magistrate" | "magistrate"
        )
    }

    /// An event named in the match's words ("the event") refers back to the nearest specific
    /// event before it. An event the match leaves implicit ("it will feature 10,000 soldiers") is
    /// the report's focal one, unless its sentence names a visibly different event ("the 1939
    /// quake killed 30,000", "a second quake of magnitude 7.5"), which it then is about.
    fn resolve_event(
        &self,
        claim: Range<usize>,
        sentence: Range<usize>,
        implicit: bool,
    ) -> Option<Role> {
        let at = claim.start;
        if implicit {
            if let Some((distinct, how)) = self.distinct_event_in(sentence, claim) {
                return Some(Role {
                    name: distinct.into(),
                    written: "".into(),
                    resolution: how.into(),
                    entity: None,
                    description: None,
                });
            }
        }
        let nearest = (!implicit)
            .then(|| {
                starting_by(&self.events, at, |(r, _)| r.start)
                    .iter()
                    .rev()
                    .find(|(r, noun)| r.end <= at && !self.is_generic_event(noun, r.clone()))
            })
            .flatten();
        let (noun, how) = match nearest {
            Some((_, noun)) => (noun.clone(), "nearest event named before"),
            None => match &self.focal_event {
                Some(focal) => (focal.clone(), "the event the report is most about"),
                None => (
                    UNNAMED_EVENT.to_string(),
                    "no event noun says what the report is about",
                ),
            },
        };
        Some(Role {
            name: noun.into(),
            written: "".into(),
            resolution: how.into(),
            entity: None,
            description: None,
        })
    }

    /// The event a claim is about when its own clause or sentence sets it apart from the report's
    /// main one: an event noun in the same clause ("3-1 in the semi-final", "the 1939 quake,
    /// which killed 33,000"), a year long past in the clause or fronting the sentence ("In
    /// December 1939, a magnitude 7.8 earthquake…"), or another place fronting the sentence ("In
    /// Košice, 5,000 people rallied"). `None` when nothing sets it apart.
    fn distinct_event_in(
        &self,
        sentence: Range<usize>,
        claim: Range<usize>,
    ) -> Option<(String, &'static str)> {
        let at = claim.start;
        let text = &self.document.text;
        let clause = clause_around(text, sentence.clone(), at);
        let named_in = |span: &Range<usize>, circumstantial: bool| {
            starting_within(&self.events, span, |(r, _)| r.start)
                .iter()
                .filter(|(r, noun)| {
                    r.start >= span.start
                        && r.end <= span.end
                        && !self.is_generic_event(noun, r.clone())
                })
                .filter(|(r, _)| !modifies_a_noun(&text[r.end..span.end], &self.rules.lexicon))
                .filter(|(r, _)| !career_tally(&text[span.start..r.start]))
                .filter(|(r, _)| {
                    !circumstantial || introduced_as_circumstance(&text[span.start..r.start])
                })
                .filter_map(|(r, _)| {
                    let before = &text[span.start..r.start];
                    // "the second deadly avalanche in the range this winter" ranks this one
                    // among others: the ordinal does not make it another.
                    let ranked = RANKED_IN_A_PERIOD.is_match(&text[r.end..span.end]);
                    let words: Vec<&str> = before
                        .split_whitespace()
                        .rev()
                        .take(3)
                        .filter(|w| !ranked || crate::normalize::number::parse_ordinal(w).is_none())
                        .collect();
                    let phrase: Vec<&str> =
                        words.into_iter().rev().chain([&text[r.clone()]]).collect();
                    let mut name = self.event_head(&phrase.join(" "))?;
                    // "Nine people have died in avalanches across the province since
                    // November": a count over many events of the kind, never this one's.
                    let noun = &text[r.clone()];
                    if self.rules.lexicon.is_plural_event_noun(noun) {
                        if let Some(period) = TALLY_PERIOD.find(&text[span.clone()]) {
                            name = format!(
                                "{} {}",
                                noun.to_lowercase(),
                                crate::rules::lexicon::collapse_spaces(period.as_str())
                            );
                        }
                    }
                    let another = self.introduces_another(before, r.start, &name);
                    Some((r.start.abs_diff(at), (name, another)))
                })
                .min()
                .map(|(_, name)| name)
        };
        // An event in the clause itself; else one the clause before sets the scene with ("by
        // beating Hertha 3-1 in the semi-final, in front of a crowd of 49,000").
        // The mark that ends the clause before may be a dash of several bytes.
        let before_clause = text[..clause.start]
            .char_indices()
            .next_back()
            .map_or(clause.start, |(i, _)| i)
            .max(sentence.start);
        let previous = clause_around(text, sentence.clone(), before_clause);
        // A claim that opens its clause has its subject elsewhere: in the phrase that opens the
        // sentence when an apposition or a relative clause stands between them ("The 1996
        // crash, near the capital, killed 171 people", "The 2017 blaze, which many still
        // remember, destroyed 415 houses").
        let opens_clause = text[clause.start..at.clamp(clause.start, clause.end)]
            .trim()
            .is_empty();
        let opening = clause_around(text, sentence.clone(), sentence.start);
        // With the clause that named it, when that is another than the claim's own.
        let named = named_in(&clause, false)
            .map(|named| (named, None))
            .or_else(|| {
                (previous.end <= clause.start && previous != clause)
                    .then(|| named_in(&previous, true).map(|named| (named, Some(&previous))))
                    .flatten()
            })
            .or_else(|| {
                (opens_clause && (opening.end < previous.start || opening == previous))
                    .then(|| named_in(&opening, false).map(|named| (named, Some(&opening))))
                    .flatten()
            });
        let (named, scene) = match named {
            Some((named, scene)) => (Some(named), scene),
            None => (None, None),
        };
        let Some((base, another)) = named.or_else(|| Some((self.focal_event.clone()?, false)))
        else {
            // No event named and none the report is about: a time or place the clause sets
            // apart is still another occasion ("Last summer, some 2,800 people died"), apart
            // from the report's own, which is then the unnamed event.
            let when = self.situate_event(String::new(), sentence, claim);
            let when = when.trim();
            return (!when.is_empty()).then(|| {
                (
                    when.to_string(),
                    "the earlier time or other place its clause names",
                )
            });
        };
        let mut name = self.situate_event(base, sentence, claim);
        // A year long past in the clause that named the event dates it too: "The Harlan Creek
        // fire of 2019, the worst in the county's history, destroyed 540 homes".
        if let Some(year) = scene
            .filter(|_| !starts_with_year(&name))
            .and_then(|scene| self.past_year_in(&text[scene.clone()]))
        {
            name = format!("{year} {name}");
        }
        // Another event of the same kind, which nothing else sets apart.
        if another && Some(&name) == self.focal_event.as_ref() {
            name = format!("another {name}");
        }
        // A broad noun for the report's own event, with nothing to set it apart, is that event:
        // "sealing the match with two games to spare" in the story of a game.
        if !another
            && self
                .focal_event
                .as_ref()
                .is_some_and(|focal| self.rules.lexicon.broader_event(&name, focal))
        {
            return None;
        }
        (Some(&name) != self.focal_event.as_ref())
            .then_some((name, "the distinct event its sentence names"))
    }

    /// Whether the event noun at `at`, named `name`, with `before` the words in front of it,
    /// introduces another event than one the report has already named so: "another fire",
    /// "a separate blaze", or "a smaller blaze on Chios" once the report has told of its fire.
    /// A report introduces its own event with an indefinite article once, in its opening
    /// (headline and lede: the first two sentences, which are never read so); news refers back
    /// to it with "the".
    fn introduces_another(&self, before: &str, at: usize, name: &str) -> bool {
        let sentences = &self.document.sentences;
        let index = sentences.partition_point(|s| s.end <= at);
        let Some(own) = sentences.get(index).filter(|_| index >= 2) else {
            return false;
        };
        let words = lowercase_words(before);
        let determiners = [
            "a", "an", "the", "this", "that", "its", "their", "his", "her",
        ];
        let mut near = words.iter().rev().take(3);
        let other = near
            .clone()
            .any(|w| matches!(w.as_str(), "another" | "separate"));
        // "made landfall as a Category 4 hurricane", "strengthened into a major hurricane": a
        // description of the event itself, not another one.
        let predicative = [
            "as", "into", "to", "became", "become", "becomes", "is", "was",
        ];
        let indefinite = near
            .position(|w| determiners.contains(&w.as_str()))
            .is_some_and(|at| {
                let mut from_article = words.iter().rev().skip(at);
                from_article.next().is_some_and(|w| w == "a" || w == "an")
                    && !from_article
                        .next()
                        .is_some_and(|w| predicative.contains(&w.as_str()))
            });
        // A headline names the story's event before the report does: "after a blackout cut
        // power to 1.8 million homes" under "Blackout hits 1.8 million homes" is that blackout.
        // "A second quake struck": a new one all the same.
        let fresh = words.iter().rev().take(3).any(|w| {
            matches!(w.as_str(), "new" | "fresh" | "further")
                || crate::normalize::number::parse_ordinal(w).is_some()
        });
        let headline_end = || {
            let title = self.document.meta.title.as_deref()?;
            let first = sentences.first()?;
            self.document.text[first.clone()]
                .contains(title)
                .then_some(first.end)
        };
        let headline = if fresh || other { None } else { headline_end() };
        (other || indefinite)
            && self.events.iter().any(|(earlier, noun)| {
                earlier.end <= own.start
                    && headline.is_none_or(|end| earlier.start >= end)
                    && self.event_head(noun).as_deref() == Some(name)
            })
    }

    /// An event's name with what its sentence says of when and where, if that is another time
    /// or place than the news: "earthquake" → "1939 earthquake", "protest" → "protest in Košice".
    fn situate_event(&self, name: String, sentence: Range<usize>, claim: Range<usize>) -> String {
        let text = &self.document.text;
        let fronted = fronted_phrase(&text[sentence.clone()]);
        let mut name = name;
        if !starts_with_year(&name) {
            if let Some(year) = self.past_year_of_clause(sentence.clone(), claim.clone(), true) {
                name = format!("{year} {name}");
            }
        }
        if let Some(when) = self.earlier_period_of_clause(sentence, claim) {
            name = format!("{name} {when}");
        }
        if let Some(place) = fronted.and_then(|f| self.other_place_in(f)) {
            name = format!("{name} in {place}");
        }
        if let Some(month) = fronted.and_then(|f| self.other_month_in(f)) {
            name = format!("{name} in {month}");
        }
        name
    }

    /// A year long past that dates the claim's clause: in the clause around the claim's words,
    /// in the phrase fronting the sentence ("In December 1939, …"), or, for a clause opened by
    /// "when", in the clause it hangs on ("up from 49.7% in 2022, when he won his second term").
    /// The claim's own words are not context: "held in 2019" does not date the election. With
    /// `after_claim` false, the words after the claim are not either: a count's "since the
    /// easing began in 2024" says when its series started.
    fn past_year_of_clause(
        &self,
        sentence: Range<usize>,
        claim: Range<usize>,
        after_claim: bool,
    ) -> Option<i16> {
        let text = &self.document.text;
        let clause = clause_around(text, sentence.clone(), claim.start);
        let fronted = fronted_phrase(&text[sentence.clone()]);
        let before = &text[clause.start..claim.start.clamp(clause.start, clause.end)];
        let after = if after_claim {
            &text[claim.end.clamp(clause.start, clause.end)..clause.end]
        } else {
            ""
        };
        // A clause opened by "when" tells of the time the clause it hangs on names; one opened
        // by a participle ("…, killing 22 people") goes on with the clause before it, whatever
        // that clause hangs on in turn: "the worst since 2013, when a train collided with a
        // freight train, killing 22 people".
        let mut hung_on = None;
        let mut current = clause.clone();
        for _ in 0..3 {
            let opener = lowercase_words(&text[current.clone()])
                .into_iter()
                .next()
                .unwrap_or_default();
            let by_when = opener == "when";
            if !(by_when || is_participle(&opener)) || current.start <= sentence.start {
                break;
            }
            let end = text[..current.start]
                .char_indices()
                .next_back()
                .map_or(current.start, |(i, _)| i);
            let previous = clause_around(text, sentence.clone(), end);
            let words = &text[previous.start..previous.end.min(current.start)];
            hung_on = self
                .past_year_in(words)
                .or_else(|| by_when.then(|| self.year_before_when(words)).flatten());
            if hung_on.is_some() {
                break;
            }
            current = previous;
        }
        [before, after, fronted.unwrap_or_default()]
            .iter()
            .find_map(|t| self.past_year_in(t))
            .or(hung_on)
    }

    /// The year a clause ends on, before a "when" that tells what happened then ("the worst
    /// since 2013, when …"), if it is before the year of publication.
    fn year_before_when(&self, clause: &str) -> Option<i16> {
        static ENDS_ON_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)\b(?:in|of|since|from|during|until|by)\s+(?:[a-z]+\s+)?(?P<year>1[5-9]\d\d|20\d\d)\s*$")
                .expect("the year-before-when pattern is valid")
        });
        let published = self.document.meta.published?.year();
        let year: i16 = ENDS_ON_YEAR.captures(clause.trim_end_matches([',', ' ']))?["year"]
            .parse()
            .ok()?;
        (year < published).then_some(year)
    }

    /// An earlier season or year named before the claim in its clause, or opening its sentence
    /// ("Last summer, fires around Patras burned 8,500 hectares", "the fire a year ago", "a
    /// February accident in which no one was hurt"): the claim tells of that time, not of the
    /// news. Words after the claim are not read: "more
    /// than all of last year" compares, it does not date.
    fn earlier_period_of_clause(
        &self,
        sentence: Range<usize>,
        claim: Range<usize>,
    ) -> Option<String> {
        let text = &self.document.text;
        let clause = clause_around(text, sentence.clone(), claim.start);
        let before = &text[clause.start..claim.start.clamp(clause.start, clause.end)];
        let opening = text[sentence.clone()]
            .split_once(',')
            .map(|(head, _)| head)
            .filter(|head| head.split_whitespace().count() <= 4)
            .unwrap_or_default();
        [before, opening].iter().find_map(|t| {
            EARLIER_PERIOD.find(t).map(|m| {
                m.as_str()
                    .to_lowercase()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        })
    }

    /// A month fronting the sentence ("In June, the Fed cut …") other than the month of
    /// publication: the sentence tells of an earlier (or later) moment than the news.
    fn other_month_in(&self, fronted: &str) -> Option<String> {
        let published = self.document.meta.published?;
        fronted.split_whitespace().skip(1).find_map(|word| {
            let month = crate::calendar::month_number(word.trim_end_matches(','))?;
            (month != published.month() && word.len() >= 3)
                .then(|| word.trim_end_matches(',').to_string())
        })
    }

    /// A year at least two years before publication that dates something in the clause ("in
    /// 1939", "in December 1939", "the 2018 fire", "the fire of 2018"): the clause speaks of
    /// the past, not of the news.
    fn past_year_in(&self, text: &str) -> Option<i16> {
        let published = self.document.meta.published?.year();
        PAST_YEAR
            .captures_iter(text)
            .filter_map(|c| {
                c.name("year")
                    .or_else(|| c.name("owner"))?
                    .as_str()
                    .parse::<i16>()
                    .ok()
            })
            .find(|year| *year <= published - 2)
    }

    /// A place named in a fronted phrase ("In Košice,") that is neither the report's main place
    /// nor within it nor around it. A capitalised name the gazetteer does not know counts as a
    /// place there, unless it is the main place's own name or a word of time.
    fn other_place_in(&self, fronted: &str) -> Option<String> {
        let gazetteer = &self.rules.gazetteer;
        let focal = self.focal("place");
        let known = gazetteer.scan(fronted);
        if let Some(mention) = known.first() {
            let place = self.as_type(mention.entity, "place")?;
            let related = focal
                .is_some_and(|f| gazetteer.is_within(place, f) || gazetteer.is_within(f, place));
            return (!related).then(|| gazetteer.get(place).name.clone());
        }
        let name: Vec<&str> = fronted
            .split_whitespace()
            .skip(1)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        // "In Sunday's referendum" is dated, not placed; "In Lagos's main market" is Lagos.
        let name = name.join(" ");
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(&name)
            .to_string();
        let is_time = crate::calendar::month_number(&name).is_some()
            || crate::calendar::weekday(&name).is_some();
        let is_focal = focal.is_some_and(|f| name_key(&gazetteer.get(f).name) == name_key(&name));
        (!name.is_empty() && !is_time && !is_focal && !self.rules.lexicon.is_not_a_name(&name))
            .then_some(name)
    }

    /// The report's own event when the words name it by a broader noun: in a report about an
    /// election, "the April 7 vote" and "Tuesday's vote" are the election. Only a noun with no
    /// words before it but determiners and a date: "the confidence vote" stays a vote, and so
    /// does a vote in a sentence that names the election apart ("approved the snap election in
    /// Tuesday's vote").
    fn story_event_named_broadly(
        &self,
        head: String,
        phrase: &str,
        sentence: Range<usize>,
        claim: Range<usize>,
    ) -> String {
        let lexicon = &self.rules.lexicon;
        let Some(focal) = &self.focal_event else {
            return head;
        };
        if !lexicon.broader_event(&head, focal) {
            return head;
        }
        let words = lowercase_words(phrase);
        let Some((_, before)) = words.split_last() else {
            return head;
        };
        // Only the event's own noun phrase: "her opponent in the match" is the match.
        let before = match before
            .iter()
            .rposition(|w| PHRASE_BOUNDARIES.contains(&w.as_str()))
        {
            Some(at) => &before[at + 1..],
            None => before,
        };
        let dated_only = before.iter().all(|w| {
            let w = w.trim_end_matches(['.', ',']);
            matches!(
                w,
                "the" | "this" | "that" | "its" | "their" | "today's" | "yesterday's"
            ) || is_possessive_weekday(w)
                || crate::calendar::month_number(w).is_some()
                || crate::calendar::weekday(w).is_some()
                || w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .chars()
                    .all(|c| c.is_ascii_digit())
                    && w.starts_with(|c: char| c.is_ascii_digit())
        });
        let named_apart = starting_within(&self.events, &sentence, |(r, _)| r.start)
            .iter()
            .any(|(r, noun)| {
                r.start >= sentence.start
                    && r.end <= sentence.end
                    && (r.end <= claim.start || r.start >= claim.end)
                    && lexicon.canonical_event(noun) == focal.as_str()
            });
        if dated_only && !named_apart {
            focal.clone()
        } else {
            head
        }
    }

    /// Whether the event noun `noun`, written at `written`, only refers back to the report's
    /// event ("the incident", "an accident that injured 31 people"). Plural, it tells of many
    /// ("Road accidents killed 3,100 people nationwide last year"), never this one.
    fn is_generic_event(&self, noun: &str, written: Range<usize>) -> bool {
        let lexicon = &self.rules.lexicon;
        lexicon.reference_type(&format!("the {noun}")) == Some("event")
            && !self
                .document
                .text
                .get(written)
                .is_some_and(|w| lexicon.is_plural_event_noun(w))
    }

    /// The entity itself if it is of type `kind`, or the first entity of that type it lies in.
    fn as_type(&self, entity: usize, kind: &str) -> Option<usize> {
        // "person:she" is a person "she" can stand for: none the text calls a man.
        if let Some((kind, pronoun)) = kind.split_once(':') {
            let found = self.as_type(entity, kind)?;
            let excluded = match pronoun {
                "she" => Gender::Male,
                _ => Gender::Female,
            };
            return (self.genders().get(&found) != Some(&excluded)).then_some(found);
        }
        if self.local(entity).is_some() {
            return type_matches("person", kind).then_some(entity);
        }
        let gazetteer = &self.rules.gazetteer;
        let mut current = Some(entity);
        for _ in 0..8 {
            let index = current?;
            let found = gazetteer.get(index);
            if type_matches(&found.entity_type, kind) {
                return Some(index);
            }
            current = found.part_of.as_deref().and_then(|p| gazetteer.lookup(p));
        }
        None
    }

    /// The people the text tells to be women or men: by a title before a mention ("Mrs
    /// Ellery", "Sir Ian") or the first word of one ("Helen Marchbank"), read through the
    /// lexicon's `gendered_names`. A person the text tells both ways is left out.
    fn genders(&self) -> &HashMap<usize, Gender> {
        self.genders.get_or_init(|| {
            let lexicon = &self.rules.lexicon;
            let text = &self.document.text;
            let mut found: HashMap<usize, Option<Gender>> = HashMap::new();
            for mention in &self.entities {
                let before = text[..mention.range.start].strip_suffix(' ');
                let title = before.and_then(|b| b.rsplit([' ', '\n', '(', '"', '“']).next());
                let first = text[mention.range.clone()].split([' ', '-']).next();
                let Some(gender) = [title, first]
                    .into_iter()
                    .flatten()
                    .find_map(|word| lexicon.gender_of_word(word))
                    .and_then(Gender::from_name)
                else {
                    continue;
                };
                found
                    .entry(mention.entity)
                    .and_modify(|known| {
                        if *known != Some(gender) {
                            *known = None;
                        }
                    })
                    .or_insert(Some(gender));
            }
            found
                .into_iter()
                .filter_map(|(entity, gender)| Some((entity, gender?)))
                .collect()
        })
    }

    /// The most-mentioned entity of a type; ties go to the first mentioned.
    fn focal(&self, kind: &str) -> Option<usize> {
        self.typed(kind).focal
    }
}

/// Whether a person is a woman or a man, as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The gender a key of the lexicon's `gendered_names` names.
    fn from_name(name: &str) -> Option<Gender> {
        match name {
            "female" => Some(Gender::Female),
            "male" => Some(Gender::Male),
            _ => None,
        }
    }
}

/// The entity type a pronoun refers back to, narrowed to the people it can stand for: "he",
/// "him" and "his" are no woman the text names, "she" and "her" no man.
fn pronoun_kind(kind: &str, written: &str) -> String {
    if kind != "person" {
        return kind.to_string();
    }
    match written.trim().to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => "person:he".to_string(),
        "she" | "her" | "hers" | "herself" => "person:she".to_string(),
        _ => kind.to_string(),
    }
}

/// Offices and jobs one person holds in a story, which a description by role ("the
/// 58-year-old captain") names: someone the text introduces with another of them ("spokesman
/// Andreas Pilo") is not meant. Players' positions are left out, as a striker is also called a
/// forward.
const OFFICES: &[&str] = &[
    "captain",
    "pilot",
    "skipper",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "mayor",
    "governor",
    "president",
    "senator",
    "chairman",
    "chairwoman",
    "director",
    "officer",
    "inspector",
    "detective",
    "ambassador",
    "secretary",
    "commissioner",
    "professor",
    "doctor",
    "surgeon",
    "nurse",
    "engineer",
    "analyst",
    "economist",
    "researcher",
    "driver",
    "teacher",
];

/// An entity type as a reader knows it: "person" for the narrowed "person:she".
fn shown_kind(kind: &str) -> &str {
    kind.split_once(':').map_or(kind, |(kind, _)| kind)
}

/// How much a mention in the headline, and in the lede, weighs against a mention in the body:
/// news names its main event in both.
const HEADLINE_WEIGHT: usize = 3;
const LEDE_WEIGHT: usize = 2;
const LEDE_SENTENCES: usize = 2;
/// What a claim left implicit is about when no event noun says what the report is about: one
/// name for all of them, so that a claim its clause sets apart ("Last summer, …") stays apart.
const UNNAMED_EVENT: &str = "the reported event";
/// An event noun written once in passing, outside the headline and the lede, is not what a
/// report is about ("a political debate" in the twelfth paragraph of a heat-record story).
const FOCAL_MINIMUM: usize = 2;

/// The event a report is most about: the specific event noun mentioned most, counting the
/// headline and the first sentence that names an event extra; ties go to the first mentioned.
fn focal_event(
    document: &Document,
    rules: &RuleSet,
    events: &[(Range<usize>, String)],
) -> Option<String> {
    let mut scores = event_scores(document, rules, events);
    fold_broad_events(&mut scores, rules);
    let best = scores
        .iter()
        .map(|(_, score)| *score)
        .max()
        .filter(|&best| best >= FOCAL_MINIMUM)?;
    scores
        .into_iter()
        .find(|(_, score)| *score == best)
        .map(|(noun, _)| noun)
}

/// A broad event noun's score goes to the narrower event it may stand for when that one is
/// named too: in reports of an election, "the vote" counts for the election, so that a report
/// saying "vote" more often than "election" is still about the election.
fn fold_broad_events(scores: &mut Vec<(String, usize)>, rules: &RuleSet) {
    let lexicon = &rules.lexicon;
    let mut index = 0;
    while index < scores.len() {
        let (broad, score) = scores[index].clone();
        let narrower = scores
            .iter()
            .enumerate()
            .filter(|(_, (noun, _))| lexicon.broader_event(&broad, noun))
            .max_by_key(|(at, (_, score))| (*score, std::cmp::Reverse(*at)))
            .map(|(at, _)| at);
        match narrower {
            Some(at) => {
                scores[at].1 += score;
                scores.remove(index);
            }
            None => index += 1,
        }
    }
}

/// How much each specific event noun a report names counts towards being its main event.
fn event_scores(
    document: &Document,
    rules: &RuleSet,
    events: &[(Range<usize>, String)],
) -> Vec<(String, usize)> {
    let generic =
        |noun: &str| rules.lexicon.reference_type(&format!("the {noun}")) == Some("event");
    let mut scores: Vec<(String, usize)> = Vec::new();
    let mut add = |noun: &str, weight: usize| match scores.iter_mut().find(|(n, _)| n == noun) {
        Some((_, score)) => *score += weight,
        None => scores.push((noun.to_string(), weight)),
    };
    // "said at a news conference": where the news was told, never what it is about.
    let briefing = |text: &str, range: &Range<usize>| {
        let before = text[..range.start].trim_end();
        ends_with_word(before, "news") || ends_with_word(before, "press")
    };
    if let Some(title) = &document.meta.title {
        // A headline drops its articles, so its nouns read as verbs would: one counts when it
        // is plainly a noun, or when the report uses it as a noun.
        let nouns = scan_event_nouns(title, rules);
        let words = scan_event_words(title, rules, false)
            .into_iter()
            .filter(|(range, noun)| {
                nouns.iter().any(|(r, _)| r == range) || events.iter().any(|(_, n)| n == noun)
            });
        for (range, noun) in words {
            if !briefing(title, &range) && !modifies_a_noun(&title[range.end..], &rules.lexicon) {
                add(&noun, HEADLINE_WEIGHT);
            }
        }
    }
    // "The fire chief", "the storm surge": a thing or a person of an event, no event of its own
    // (a collapse's story is not a fire's because its fire chief speaks). Nor is an event
    // dated years back ("reached the semi-finals in 1958", "the 2011 floods").
    let counted = |(range, noun): &&(Range<usize>, String)| {
        !generic(noun)
            && !briefing(&document.text, range)
            && !modifies_a_noun(&document.text[range.end..], &rules.lexicon)
            && !dated_years_back(document, range.clone())
            && !in_the_background(&document.text, range.start)
    };
    // The lede is the opening of the report: its first two sentences (the first may be a
    // dateline or a kicker), not wherever the first event noun happens to be.
    let lede = events
        .iter()
        .find(counted)
        .and_then(|(range, _)| document.sentence_at(range.start))
        .filter(|&sentence| sentence < LEDE_SENTENCES);
    for (range, noun) in events.iter().filter(counted) {
        let in_lede = lede.is_some() && document.sentence_at(range.start) == lede;
        add(noun, if in_lede { 1 + LEDE_WEIGHT } else { 1 });
    }
    scores
}

/// Whether the event noun at `start` is named as a time the news is set against: "since the
/// recession", "before the war", "recovered from the slump", "after the crash". A report about
/// rents or ferries that says how things were since the recession is not about the recession.
fn in_the_background(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(before) = ["the", "The"]
        .iter()
        .find_map(|article| before.strip_suffix(article))
    else {
        return false;
    };
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(
        word.as_str(),
        "since" | "before" | "after" | "from" | "pre" | "post"
    )
}

/// Whether the event noun at `range` is dated by a year at least two years before publication,
/// right before it or right after it: "the 2011 floods", "the semi-finals in 1958", "the fire of
/// 1666".
fn dated_years_back(document: &Document, range: Range<usize>) -> bool {
    static BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(?P<year>1[5-9]\d\d|20\d\d)(?:['’]s)?\s+(?:\p{Lu}[\w-]*\s+){0,2}$")
            .expect("the year-before pattern is valid")
    });
    static AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\s+(?:of|in)\s+(?P<year>1[5-9]\d\d|20\d\d)\b")
            .expect("the year-after pattern is valid")
    });
    let Some(published) = document.meta.published.map(|date| date.year()) else {
        return false;
    };
    let text = &document.text;
    let mut from = range.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let year = |captures: regex::Captures<'_>| captures["year"].parse::<i16>().ok();
    [
        BEFORE.captures(&text[from..range.start]).and_then(year),
        AFTER
            .captures(text_after(text, range.end, 12))
            .and_then(year),
    ]
    .into_iter()
    .flatten()
    .any(|year| year <= published - 2)
}

/// The event a set of reports of one story is about: the event noun with the highest score over
/// all of them. Each report names it in its own way ("the trial", "the hearing"); agreeing on one
/// keeps their implicit subjects aligned.
pub fn story_event(documents: &[Document], rules: &RuleSet) -> Option<String> {
    use rayon::prelude::*;
    let scores: Vec<_> = documents
        .par_iter()
        .map(|document| event_scores(document, rules, &scan_event_nouns(&document.text, rules)))
        .collect();
    let mut totals: Vec<(String, usize)> = Vec::new();
    for document_scores in scores {
        for (noun, score) in document_scores {
            match totals.iter_mut().find(|(n, _)| *n == noun) {
                Some((_, total)) => *total += score,
                None => totals.push((noun, score)),
            }
        }
    }
    fold_broad_events(&mut totals, rules);
    let best = totals
        .iter()
        .map(|(_, score)| *score)
        .max()
        .filter(|&best| best >= FOCAL_MINIMUM)?;
    totals
        .into_iter()
        .find(|(_, score)| *score == best)
        .map(|(noun, _)| noun)
}

/// Whether the name at `span` is quoted as a speaker: "said Maria Costa", "according to
/// treasurer Paul Greaves", "Ellen Marsh said".
fn is_speaker(text: &str, span: Range<usize>) -> bool {
    let mut from = span.start.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..span.start).unwrap_or_default();
    SPEAKER_BEFORE.is_match(before) || SPEAKER_AFTER.is_match(text_after(text, span.end, 40))
}

/// Up to about `length` bytes of `text` from `at`, ending on a character boundary.
fn text_after(text: &str, at: usize, length: usize) -> &str {
    let mut to = (at + length).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    text.get(at..to).unwrap_or_default()
}

/// Whether the speaker at `span` speaks of itself: "Halden Bank said it made", "Aurelis Air,
/// the flag carrier, said its profit".
fn speaks_of_itself(text: &str, span: Range<usize>) -> bool {
    SPEAKS_OF_ITSELF.is_match(text_after(text, span.end, 60))
}

/// Whether `text` ends with `word`, in any case, as a whole word (read from its last bytes only:
/// this is asked for every name of a long report).
/// Whether the words before an event noun count it in a person's career ("won his fourth major
/// championship", "her third title"): the tally of a life, not another event in the sentence.
fn career_tally(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    words.iter().enumerate().any(|(i, word)| {
        crate::normalize::number::parse_ordinal(word).is_some()
            && words.get(i + 1).is_some_and(|owner| {
                let owner = owner.to_lowercase();
                matches!(owner.as_str(), "his" | "her" | "their")
            })
    })
}

pub(crate) fn ends_with_word(text: &str, word: &str) -> bool {
    let Some(start) = text.len().checked_sub(word.len()) else {
        return false;
    };
    text.is_char_boundary(start)
        && text[start..].eq_ignore_ascii_case(word)
        && !text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Whether the name at `span` stands between commas after a lowercase word, as a person named
/// after their role ("the union's general secretary, Siobhán Kearney, described it as"): who
/// commented on a figure, which another report of the story need not say.
fn in_apposition(text: &str, span: Range<usize>) -> bool {
    let before = text[..span.start].trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default();
    text[span.end..].starts_with(',')
        && word.starts_with(|c: char| c.is_lowercase())
        && word.chars().all(|c| c.is_alphabetic() || "'’-".contains(c))
}

/// A division named right after a company's figure: "sales at the cloud division", "revenue
/// from its payments business". The word before the division's noun names the part.
static DIVISION_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^\s+(?:at|in|of|from|for)\s+(?:the|its|their|his|her)\s+(?P<part>[\w-]+)\s+(?:division|unit|arm|business|segment|subsidiary|operations?)\b",
    )
    .expect("a valid pattern")
});

static SPEAKER_BEFORE: std::sync::LazyLock<Twin> = std::sync::LazyLock::new(|| {
    Twin::new(
        r"(?i)\b(?:said|says|told|added|according\s+to)\s+(?:[\w.'’-]+\s+){0,3}$",
        regex::Regex::new,
    )
});

/// A dateline opening a paragraph: the place in capitals, then a date, the outlet in brackets or
/// both, then a dash.
static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^\s*\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s+[^—–()\n]{1,30}?)?(?:\s*\([^)\n]{1,60}\))?\s*(?:—|–|--?)\s",
    )
    .expect("the dateline pattern is valid")
});

static SPEAKS_OF_ITSELF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:,[^,.;]{1,40},)?\s+(?:said|says|added|reported|announced|confirmed|disclosed)\s+(?:on\s+\w+\s+)?(?:that\s+)?its?\b",
    )
    .expect("the speaks-of-itself pattern is valid")
});

static SPEAKER_AFTER: std::sync::LazyLock<Twin> = std::sync::LazyLock::new(|| {
    Twin::new(
        r"^(?:,[^,.;]{1,40},)?\s+(?:said|says|told|added|argued|insisted|warned|noted|explained)\b",
        regex::Regex::new,
    )
});

/// The words after a hyphen, besides participles in "-ed", that make a name a modifier
/// ("Leeds-born", "Dublin-area"); "Kim Jong-un" keeps its syllable.
const MODIFIERS: [&str; 9] = [
    "born", "run", "made", "built", "grown", "bound", "wide", "style", "area",
];

/// A capitalised run split where a word ends in a lower-case modifier after a hyphen: "the
/// Valmora-based airline" names Valmora, and "the Kremlin-backed Wagner Group" names the Kremlin
/// and the Wagner Group, not one thing called "Kremlin-backed Wagner Group". "Coca-Cola" and
/// "Franco-Brazilian" stay whole.
fn split_at_modifiers(text: &str, found: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = found.start;
    let run = &text[found.clone()];
    let mut words = run
        .split_whitespace()
        .map(|w| {
            let at = found.start + (w.as_ptr() as usize - run.as_ptr() as usize);
            at..at + w.len()
        })
        .peekable();
    while let Some(word) = words.next() {
        let written = &text[word.clone()];
        let modifier = written.char_indices().find(|&(i, c)| {
            let rest = &written[i + c.len_utf8()..];
            matches!(c, '-' | '‐' | '‑')
                && i > 0
                && (rest.ends_with("ed") && rest.len() >= 3 || MODIFIERS.contains(&rest))
                && rest.chars().all(char::is_lowercase)
        });
        if let Some((at, _)) = modifier {
            parts.push(start..word.start + at);
            start = words.peek().map_or(found.end, |next| next.start);
        }
    }
    if start < found.end {
        parts.push(start..found.end);
    }
    parts
}

/// A run of capitalised words, with the small words names carry inside them ("Bank of
/// England", "Luiz Inácio Lula da Silva").
static CAPITALISED: std::sync::LazyLock<Twin> = std::sync::LazyLock::new(|| {
    Twin::new(
        r"\b\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|de|da|do|dos|del|du|von|van|der|den|la|le)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*",
        regex::Regex::new,
    )
});

/// A year that dates an event: "in 1939", "In December 1939", "in the 1990s", "the fire of
/// 2018", and a year standing as a modifier of a noun phrase ("the 2018 Camp Creek fire",
/// "its 2015 referendum", "2018's fire").
static EARLIER_PERIOD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:last|the\s+previous|the\s+preceding)\s+(?:year|summer|winter|spring|autumn|fall|season)\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:ago|earlier|before)\b|\b(?:a|an|last)\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b")
        .expect("the earlier-period pattern is valid")
});

/// The period a count over many events runs for: "since November", "so far this year", "this
/// season", "to date".
static TALLY_PERIOD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\bsince\s+(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December)|(?:1[5-9]|20)\d\d|the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:year|season|winter|summer|month|\d{4})|records\s+began)\b|\bso\s+far\s+(?:this\s+(?:year|season|winter|summer|month)|in\s+\d{4})\b|\b(?:this|last)\s+(?:year|season|winter|summer|spring|autumn|month)\b|\b(?:to\s+date|year\s+to\s+date)\b")
        .expect("the tally-period pattern is valid")
});

/// What follows an event noun that ranks it among others of a period or a place: "(the
/// second deadly avalanche) in the range this winter", "(the third crash) in five years", "(the
/// worst flood) on record".
static RANKED_IN_A_PERIOD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^[^,;.]{0,60}?\b(?:(?:this|last)\s+(?:year|season|winter|summer|spring|autumn|month|decade|century)|in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred)\s+(?:years|decades|months|seasons|weeks)|since\s+(?:\d{4}|records\s+began|(?-i:[A-Z])\w+)|on\s+record|in\s+(?:its|their|the\s+[\w'’]+)\s+history)\b")
        .expect("the ranking pattern is valid")
});

static PAST_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?:\b(?:in|of|from|during)\s+(?:(?:early|mid|late)[-\s]+)?(?:[a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\b(?:the|a|an|its|their|his|her|that)\s+)(?P<year>1[5-9]\d\d|20\d\d)\b|\b(?P<owner>1[5-9]\d\d|20\d\d)['’]s\b")
        .expect("the past-year pattern is valid")
});

/// "In Košice, …" or "In December 1939, …": the phrase fronting a sentence before its first
/// comma, if it starts with a preposition of place or time.
fn fronted_phrase(sentence: &str) -> Option<&str> {
    let (head, _) = sentence.split_once(',')?;
    let first = head.split_whitespace().next()?;
    (matches!(first, "In" | "On" | "At" | "During" | "Across") && head.len() <= 60).then_some(head)
}

/// The clause around `at`: the stretch of the sentence between the punctuation marks before and
/// after it. A comma that opens a relative clause ("the 1939 quake, which killed …") does not
/// end the clause, so the relative clause stays with its noun.
fn clause_around(text: &str, sentence: Range<usize>, at: usize) -> Range<usize> {
    // A dash set off by spaces opens an aside as a comma does ("a three-day visit — his
    // second since 2022"); one between numbers is a range ("2,160–2,640").
    let spaced = |i: usize, c: char| {
        text[..i].ends_with(char::is_whitespace)
            && text[i + c.len_utf8()..].starts_with(char::is_whitespace)
    };
    let is_break = |i: usize, c: char| {
        matches!(c, ';' | ':')
            || (c == ',' && !opens_relative_clause(&text[i + 1..sentence.end]))
            || (matches!(c, '—' | '–') && spaced(i, c))
    };
    let start = text[sentence.start..at.min(sentence.end)]
        .char_indices()
        .rev()
        .find(|(i, c)| is_break(sentence.start + i, *c))
        .map_or(sentence.start, |(i, c)| sentence.start + i + c.len_utf8());
    let end = text[at.min(sentence.end)..sentence.end]
        .char_indices()
        .find(|(i, c)| is_break(at + i, *c))
        .map_or(sentence.end, |(i, _)| at + i);
    start..end
}

/// Whether the words before an event noun make it the circumstance of what follows: "in the
/// semi-final", "at the rally", "during the trial".
fn introduced_as_circumstance(before: &str) -> bool {
    before.split_whitespace().rev().take(4).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "at" | "during" | "after" | "before"
        )
    })
}

/// Whether `word` (lower-case) reads as a present participle opening a clause: "killing",
/// "leaving", "forcing".
fn is_participle(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing") && !matches!(word, "during" | "including" | "according")
}

/// Whether `after` opens a relative clause: "which", "who", ..., or a preposition and "which"
/// ("the sinking fifteen years ago, in which 63 people died").
fn opens_relative_clause(after: &str) -> bool {
    let mut words = after.split_whitespace().take(2).map(|w| w.to_lowercase());
    let next = words.next().unwrap_or_default();
    matches!(next.as_str(), "which" | "who" | "that" | "whose" | "where")
        || (matches!(
            next.as_str(),
            "in" | "during" | "on" | "at" | "after" | "before"
        ) && words.next().is_some_and(|w| w == "which"))
}

fn starts_with_year(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

/// A storm given its name ("Cyclone Ibara", "Hurricane Milton", "Tropical Storm Alberto"): the
/// class word is capitalised as part of the name, where the event-noun scanner, which reads
/// lower case so that "March" is no march, does not see it. The name follows on the same line: a
/// heading "Storm" is no storm named after the next line's first word.
static NAMED_STORM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(Tropical +Storm|Tropical +Cyclone|Hurricane|Typhoon|Cyclone|Storm) +\p{Lu}[\p{L}'’-]*",
    )
    .expect("the named-storm pattern is valid")
});

/// Every event noun in the text with its singular form, named storms included.
fn scan_event_nouns(text: &str, rules: &RuleSet) -> Vec<(Range<usize>, String)> {
    scan_event_words(text, rules, true)
}

/// The event nouns of `text` as [`scan_event_nouns`] finds them; with `as_nouns` false, also the
/// words that could be verbs, as a headline's words without articles are ("Port Carrick mourns
/// collapse victims").
fn scan_event_words(text: &str, rules: &RuleSet, as_nouns: bool) -> Vec<(Range<usize>, String)> {
    let Some(scanner) = &rules.event_nouns else {
        return Vec::new();
    };
    let named = NAMED_STORM.captures_iter(text).filter_map(|c| {
        let class = c.get(1)?;
        let last = class.as_str().split_whitespace().last()?.to_lowercase();
        let noun = rules.lexicon.canonical_event(&last).to_string();
        rules
            .lexicon
            .event_nouns
            .iter()
            .any(|n| *n == noun || rules.lexicon.canonical_event(n) == noun)
            .then(|| (class.range(), noun))
    });
    let mut found: Vec<(Range<usize>, String)> = scanner
        .captures_iter(text)
        // The second half of a compound names no event ("water-bombing aircraft",
        // "post-election violence"), unless its first half only says which kind: a
        // by-election, a re-election, a counter-protest, a mini-summit.
        .filter(|c| {
            c.get(0)
                .is_some_and(|m| !second_half_of_compound(&text[..m.start()]))
        })
        .filter(|c| {
            c.get(0)
                .is_none_or(|m| !mountain_top(&text[..m.start()], m.as_str(), &text[m.end()..]))
        })
        .filter(|c| {
            c.get(0)
                .is_none_or(|m| !casualty_department(m.as_str(), &text[m.end()..]))
        })
        .filter(|c| {
            c.get(0)
                .is_none_or(|m| !boat_launch(&text[..m.start()], m.as_str(), &text[m.end()..]))
        })
        .filter(|c| {
            let plural = c.get(0).map(|m| m.len()) != c.get(1).map(|m| m.len());
            c.get(0).is_some_and(|m| {
                (!as_nouns || used_as_noun(&text[..m.start()], plural))
                    && !participle_with_object(&text[..m.start()], m.as_str(), &text[m.end()..])
            })
        })
        .filter_map(|c| {
            let noun = c.get(1)?.as_str().to_lowercase();
            Some((
                c.get(0)?.range(),
                rules.lexicon.canonical_event(&noun).to_string(),
            ))
        })
        .chain(named)
        .collect();
    found.sort_by_key(|(range, _)| range.start);
    found
}

/// Whether "accident" (`noun`, with `after` the text after it) names a hospital's department,
/// not an event: "the hospital's accident and emergency department".
fn casualty_department(noun: &str, after: &str) -> bool {
    let after = after.trim_start();
    noun.eq_ignore_ascii_case("accident")
        && ["and emergency", "& emergency"].iter().any(|words| {
            after
                .get(..words.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(words))
        })
}

/// Whether "launch" (`noun`, with `before` and `after` the text around it) is a boat, not an
/// event: "the pilot launch Tern", "a police launch", "the launch Petrel".
fn boat_launch(before: &str, noun: &str, after: &str) -> bool {
    if !noun.eq_ignore_ascii_case("launch") {
        return false;
    }
    const BOATS: &[&str] = &[
        "passenger",
        "harbour",
        "harbor",
        "police",
        "pilot",
        "motor",
        "patrol",
        "customs",
        "river",
        "steam",
        "fishing",
        "rescue",
        "naval",
        "navy",
        "survey",
    ];
    let modifier = before
        .split_whitespace()
        .next_back()
        .is_some_and(|word| BOATS.contains(&word.to_lowercase().as_str()));
    // A ship's name right after it: "the launch Tern", but not "the launch Monday".
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or("");
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    let named = word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && crate::calendar::weekday(&word.to_lowercase()).is_none()
        && crate::calendar::month_number(&word.to_lowercase()).is_none();
    modifier || named
}

/// Whether "summit" (`noun`, with `before` and `after` the text around it) is a mountain's top,
/// not a meeting: "a radius of five miles around the summit", "the volcano's summit", "the
/// summit crater", "within a 7km radius of the summit", "the slopes of the summit". A meeting is
/// met at, travelled to or held: "at the summit" and "the host of the summit" stay one.
fn mountain_top(before: &str, noun: &str, after: &str) -> bool {
    if !noun.eq_ignore_ascii_case("summit") {
        return false;
    }
    const HIGH_PLACES: &[&str] = &["mountain", "volcano", "peak", "hill", "crater", "cone"];
    const AROUND: &[&str] = &[
        "around", "below", "above", "near", "beneath", "atop", "towards", "toward", "climbed",
        "reached", "reach", "climb", "scaled",
    ];
    // What a summit is a distance from or a side of, its trailing "s" dropped as below.
    const DISTANCE_OR_SIDE: &[&str] = &[
        "radiu",
        "km",
        "kilometre",
        "kilometer",
        "mile",
        "metre",
        "meter",
        "slope",
        "flank",
        "side",
        "foot",
        "feet",
        "rim",
    ];
    // The last three words before, lowercase, possessives dropped: "the volcano's" → "volcano".
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            let w = w.to_lowercase();
            let w = w.trim_end_matches(['\'', '’', 's']).to_string();
            w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
        })
        .collect();
    let next = after.split_whitespace().next().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let owner_is_high = words
        .first()
        .is_some_and(|w| HIGH_PLACES.contains(&w.as_str()));
    let around = matches!(words.first().map(String::as_str), Some("the" | "it"))
        && words.get(1).is_some_and(|w| AROUND.contains(&w.as_str()));
    let part_of_it = next.as_deref().is_some_and(|w| {
        matches!(
            w,
            "crater" | "craters" | "dome" | "ridge" | "cone" | "vent" | "vents" | "caldera"
        )
    });
    // "a 7km radius of the summit", "the slopes of the summit": the trailing "s" is dropped
    // above ("radius" → "radiu", "slopes" → "slope").
    let distance_of = matches!(words.first().map(String::as_str), Some("the"))
        && words.get(1).is_some_and(|w| w == "of")
        && words.get(2).is_some_and(|w| {
            DISTANCE_OR_SIDE.contains(&w.as_str())
                || w.strip_prefix(|c: char| c.is_ascii_digit())
                    .is_some_and(|rest| {
                        rest.trim_start_matches(|c: char| c.is_ascii_digit()) == "km"
                    })
        });
    owner_is_high || around || part_of_it || distance_of
}

/// Whether an event noun in "-ing" is a verb's participle, taking an object or an amount right
/// after it: "drawing about 640,000 people", "is already drawing the kind of crowds", "sinking
/// two boats", never "the drawing on Saturday".
fn participle_with_object(before: &str, noun: &str, after: &str) -> bool {
    const OPENS_OBJECT: &[&str] = &[
        "the",
        "a",
        "an",
        "about",
        "some",
        "its",
        "their",
        "his",
        "her",
        "more",
        "nearly",
        "almost",
        "around",
        "roughly",
        "over",
        "up",
        "crowds",
        "thousands",
        "hundreds",
        "dozens",
        "several",
        "many",
    ];
    if !noun.to_lowercase().ends_with("ing") {
        return false;
    }
    // After a determiner or a possessive it is a noun: "the meeting two weeks ago".
    if let Some(last) = before.split_whitespace().last() {
        let last = last.to_lowercase();
        if DETERMINERS.contains(&last.as_str()) || last.ends_with("'s") || last.ends_with("’s") {
            return false;
        }
    }
    let Some(next) = after.split_whitespace().next() else {
        return false;
    };
    // Only a word right after it, in the same clause.
    if !after.starts_with(' ') {
        return false;
    }
    let next = next.to_lowercase();
    OPENS_OBJECT.contains(&next.as_str())
        || next.starts_with(|c: char| c.is_ascii_digit())
        || crate::normalize::date::atoms::small_number_words(&next).is_some_and(|n| n >= 2)
}

/// Whether an event noun after `before` is the second half of a compound whose first half is
/// not one of the prefixes that only say which kind of event it is.
fn second_half_of_compound(before: &str) -> bool {
    const KIND_PREFIXES: &[&str] = &["by", "re", "counter", "mini", "mega", "semi", "snap"];
    let Some(first) = before.strip_suffix(['-', '‑']) else {
        return false;
    };
    let prefix = first
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    !KIND_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(prefix))
}

/// Words that make the word after them a verb ("will march", "to strike").
const VERB_CONTEXT: &[&str] = &[
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "do",
    "does", "not", "they", "we", "you", "i",
];

/// Words that open a noun phrase within a few words of its noun ("the", "a", "their", "2019").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "each", "every", "another", "next", "last", "first", "second", "third",
];

/// Whether an event noun after `before` reads as a noun: not right after a modal or pronoun
/// ("will march", "they strike"), and opened by a determiner, a possessive or a number within
/// the three words before it ("the military parade", "Saturday's rally", "2019 election").
fn used_as_noun(before: &str, plural: bool) -> bool {
    // The words of a name between the determiner and the noun do not count: "the 2018 Camp
    // Creek Complex fire".
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    let in_name = |w: &&str| {
        let lower = bare(w);
        w.starts_with(char::is_uppercase)
            && lower.len() > 1
            && !DETERMINERS.contains(&lower.as_str())
            && !VERB_CONTEXT.contains(&lower.as_str())
            && !lower.ends_with("'s")
            && !lower.ends_with("’s")
    };
    let mut all = before.split_whitespace().rev().peekable();
    let mut named = false;
    while all.next_if(in_name).is_some() {
        named = true;
    }
    // Capitalised words opening the sentence ("Mining accidents killed 148 people") open the
    // noun phrase as a determiner would.
    let opens_sentence = named
        && all
            .peek()
            .is_none_or(|w| w.ends_with(['.', '!', '?', ':', '"', '”']));
    let words: Vec<String> = all.take(3).map(bare).collect();
    if words
        .first()
        .is_some_and(|w| VERB_CONTEXT.contains(&w.as_str()))
    {
        return false;
    }
    let opens = |w: &String| {
        DETERMINERS.contains(&w.as_str())
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    // A bare plural right after a preposition is a noun: "died in avalanches", "damage from
    // floods" (a singular there is mostly a headline's: "Ferry overturns in storm").
    const PREPOSITIONS: &[&str] = &[
        "in", "from", "by", "during", "after", "before", "of", "since", "amid", "despite", "with",
        "without", "over", "across", "among", "between", "for",
    ];
    words.is_empty()
        || opens_sentence
        || (plural
            && words
                .first()
                .is_some_and(|w| PREPOSITIONS.contains(&w.as_str())))
        || words.iter().any(opens)
        || before.trim_end().ends_with(['.', '\n', ':'])
}

/// A phrase without possessive endings, a leading article or trailing punctuation.
fn clean_phrase(phrase: &str) -> String {
    let trimmed = phrase
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let trimmed = trimmed
        .strip_suffix("'s")
        .or_else(|| trimmed.strip_suffix("’s"))
        .unwrap_or(trimmed);
    let mut words: Vec<&str> = trimmed.split_whitespace().collect();
    // A capture that starts inside a phrase ("of the museum" of "the rest of the museum") is
    // about what follows its preposition.
    if words.len() > 1
        && matches!(
            words[0].to_lowercase().as_str(),
            "of" | "in" | "at" | "on" | "for" | "from" | "to" | "by" | "with"
        )
    {
        words.remove(0);
    }
    match words.first().map(|w| w.to_lowercase()) {
        Some(first)
            if matches!(
                first.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            ) && words.len() > 1 =>
        {
            words[1..].join(" ")
        }
        _ => words.join(" "),
    }
}

/// The words of a phrase, lower-cased, with the punctuation around each trimmed. A grade keeps
/// its mark ("A*", "B+" are "a*", "b+"), so it is never taken for the article "a".
fn lowercase_words(phrase: &str) -> Vec<String> {
    phrase
        .split_whitespace()
        .map(|w| {
            let word = w.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '*' | '+'));
            let grade = word.len() == 2
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.ends_with(['*', '+']);
            if grade {
                word.to_lowercase()
            } else {
                word.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A record, by its canonical superlative and the noun it ranks: "the most powerful cyclone" is
/// the strongest storm. The superlative is the head of the description and the noun its only
/// modifier, so "the strongest" alone aligns with "the strongest storm" (the story's one storm),
/// "the strongest storm" with "the mightiest cyclone", and never with "the strongest quake" or
/// "the deadliest storm". Words between them ("the most powerful tropical cyclone") do not
/// tell records apart and are dropped.
fn record_role(written: &str, cleaned: &str, lexicon: &Lexicon) -> Role {
    let mut words = lowercase_words(cleaned);
    // "last erupted (28 years ago)" is "the first eruption (since 1998)": the verb names the
    // series (`recurring_verbs`), and its last time is when the record was last matched.
    if let [last, verb] = words.as_mut_slice() {
        if last == "last" && lexicon.is_recurring_verb(verb) {
            *last = "first".into();
        }
    }
    // "the last increase came five years ago" is "the first increase (in five years)": the last
    // of a series (`recurring_nouns`) is when the record was last matched.
    if words.len() >= 2
        && matches!(words[0].as_str(), "last" | "previous")
        && words
            .last()
            .is_some_and(|noun| lexicon.canonical_recurring(noun).is_some())
    {
        words[0] = "first".into();
    }
    // "a 24-year wait for the trophy", "a 12-year title drought": ended, it is "the first
    // title (in 24 years)".
    if words.len() >= 3 && matches!(words[0].as_str(), "wait" | "drought") && words[1] == "for" {
        words.splice(..2, ["first".to_string()]);
    } else if words.len() >= 2 && matches!(words.last().map(String::as_str), Some("drought")) {
        words.pop();
        words.insert(0, "first".into());
    }
    let known = (1..=words.len().min(2)).rev().find_map(|n| {
        lexicon
            .canonical_superlative(&words[..n].join(" "))
            .map(|canonical| (canonical.to_string(), n))
    });
    // A superlative the lexicon does not list ("the most visited") is kept as written.
    let (superlative, taken) = known.unwrap_or_else(|| {
        let n = if matches!(words.first().map(String::as_str), Some("most" | "least")) {
            2
        } else {
            1
        };
        let n = n.min(words.len());
        (words[..n].join(" "), n)
    });
    // The noun is the last word of the first noun phrase: "the most lethal in the country"
    // ranks nothing named, "the highest level of debt" levels.
    let mut phrase: Vec<&String> = words[taken..]
        .iter()
        .take_while(|w| !PHRASE_BOUNDARIES.contains(&w.as_str()))
        .collect();
    // A participle after the noun says what was done with it: "the first boil-water notice
    // issued" ranks notices.
    while phrase.len() > 1
        && phrase.last().is_some_and(|w| {
            w.ends_with("ed")
                && lexicon.canonical_recurring(w).is_none()
                && !lexicon.is_event_noun(w)
        })
    {
        phrase.pop();
    }
    // A compound the lexicon lists is one noun: "job cuts" are layoffs, not any cut.
    let compound = phrase
        .len()
        .checked_sub(2)
        .map(|at| format!("{} {}", phrase[at], phrase[at + 1]))
        .and_then(|two| lexicon.canonical_recurring(&two).map(str::to_string));
    let noun = compound.or_else(|| phrase.last().map(|noun| record_noun(noun, lexicon)));
    let name = match &noun {
        Some(noun) => format!("{superlative} {noun}"),
        None => superlative.clone(),
    };
    Role {
        resolution: format!("\"{}\" read as the record \"{name}\"", written.trim()).into(),
        name: name.into(),
        written: written.into(),
        entity: None,
        description: Some(Description {
            head: superlative,
            modifiers: noun.into_iter().collect(),
            complement: None,
        }),
    }
}

/// What holds of the part of a whole a share is of, by its canonical state: "were left without
/// electricity" and "lost power" are both "without power". Auxiliaries and articles say nothing
/// of the state and are dropped; a phrasing the lexicon lists is read as its canonical state
/// when the words go on with nothing or with a word that ends it ("lost power on Tuesday"), so
/// "damaged" never stands for "damaged or destroyed". A state the lexicon does not list is its
/// own words up to the first that starts an adverbial ("remain shut in the north" → "shut"), so
/// it meets only the same words.
fn state_role(written: &str, lexicon: &Lexicon) -> Option<Role> {
    let words = state_words(written);
    if let Some((part, how)) = part_named(&words) {
        return Some(Role {
            resolution: format!("\"{}\" read as \"{part}\" ({how})", written.trim()).into(),
            name: part.into(),
            written: written.into(),
            entity: None,
            description: None,
        });
    }
    // An age and all younger ("an infant under two", "under the age of 5", "aged four or
    // younger") is one state however it is worded; "under" alone starts no state.
    if let Some(age) = age_under(&words) {
        return Some(Role {
            resolution: format!("\"{}\" read as \"aged under {age}\"", written.trim()).into(),
            name: format!("aged under {age}").into(),
            written: written.into(),
            entity: None,
            description: None,
        });
    }
    // "in Oldwater", "said 40 percent of": a place or a report, no state; but "were on the night
    // shift" and "are in hospital" are states.
    let first = words.first()?.as_str();
    let after_auxiliary = lowercase_words(written)
        .first()
        .is_some_and(|w| STATE_AUXILIARIES.contains(&w.as_str()));
    if (STATE_ENDS.contains(&first) && !after_auxiliary) || NOT_A_STATE.contains(&first) {
        return None;
    }
    // An age and all older ("aged 65 or older", "65 and over", "65-plus") is one state however
    // it is worded.
    if let Some(age) = age_and_over(&words) {
        return Some(Role {
            resolution: format!("\"{}\" read as \"aged {age} and over\"", written.trim()).into(),
            name: format!("aged {age} and over").into(),
            written: written.into(),
            entity: None,
            description: None,
        });
    }
    let ends_state = |at: usize| {
        words
            .get(at)
            .is_none_or(|next| STATE_ENDS.contains(&next.as_str()))
    };
    let listed = lexicon
        .states
        .iter()
        .flat_map(|(canonical, phrasings)| {
            std::iter::once(canonical)
                .chain(phrasings)
                .map(move |phrasing| (canonical, state_words(phrasing)))
        })
        .filter(|(_, phrasing)| !phrasing.is_empty() && words.starts_with(phrasing))
        .max_by_key(|(_, phrasing)| phrasing.len());
    // The words a state goes on with until one that ends it ("against measles" in "immunized
    // against measles"), from the word at `from`.
    let own_from = |from: usize| {
        words
            .iter()
            .enumerate()
            .skip(from)
            .take_while(|(at, w)| *at == 0 || !STATE_ENDS.contains(&w.as_str()))
            .map(|(_, w)| w.as_str())
            .take(MAX_STATE_WORDS.saturating_sub(from))
            .collect::<Vec<&str>>()
    };
    let (name, how) = match listed {
        Some((canonical, phrasing)) if ends_state(phrasing.len()) => {
            (canonical.clone(), "a state the lexicon lists")
        }
        // A listed state with a complement after it keeps it, so "immunized against measles"
        // is "vaccinated against measles" and never plain "vaccinated". An object is no
        // complement: "backed the plan" is its own words, not "in favour".
        Some((canonical, phrasing))
            if words
                .get(phrasing.len())
                .is_some_and(|next| matches!(next.as_str(), "against" | "to" | "with" | "for")) =>
        {
            let rest = own_from(phrasing.len());
            (
                format!("{canonical} {}", rest.join(" ")).trim().to_string(),
                "a state the lexicon lists, with the words after it",
            )
        }
        _ => (own_from(0).join(" "), "its own words, auxiliaries dropped"),
    };
    if name.is_empty() {
        return None;
    }
    Some(Role {
        resolution: format!("\"{}\" read as \"{name}\" ({how})", written.trim()).into(),
        name: name.into(),
        written: written.into(),
        entity: None,
        description: None,
    })
}

/// Verbs whose subject is the part a share is of: "women made up 40 percent of the staff",
/// "exports accounted for a third of sales", "the fire service will receive a fifth of
/// spending". Such a share says what the part is, as "40 percent of the staff were women" does.
const PART_BEFORE: &[&[&str]] = &[
    &["accounted", "for"],
    &["account", "for"],
    &["accounts", "for"],
    &["accounting", "for"],
    &["made", "up"],
    &["make", "up"],
    &["makes", "up"],
    &["making", "up"],
    &["represented"],
    &["represent"],
    &["represents"],
    &["comprised"],
    &["comprise"],
    &["comprises"],
    &["constituted"],
    &["constitute"],
    &["constitutes"],
    // What a part is given: "the fire service will receive a fifth of all spending".
    &["will", "receive"],
    &["receives"],
    &["received"],
    &["will", "get"],
    &["gets"],
    &["got"],
    &["takes", "up"],
    &["took", "up"],
    &["will", "take", "up"],
];

/// Words after which a state names the part a share is of: "40 percent of purchases were made
/// by retired couples", "a third of sales came from exports", "half of the budget went to
/// schools".
const PART_AFTER: &[&[&str]] = &[
    &["made", "by"],
    &["bought", "by"],
    &["purchased", "by"],
    &["placed", "by"],
    &["held", "by"],
    &["owned", "by"],
    &["came", "from"],
    &["come", "from"],
    &["comes", "from"],
    &["went", "to"],
    &["go", "to"],
    &["goes", "to"],
];

/// Words that stand before the part in a sentence and are not of it, with the names of months
/// and days: "In June retired couples accounted for ...".
const NOT_OF_A_PART: &[&str] = &[
    "and", "or", "but", "of", "for", "to", "with", "that", "which", "who", "whom", "so", "now",
    "together", "alone", "year", "month", "week", "quarter",
];

/// Whether a word may be of the part a share is of: not one that ends a state, a function
/// word or a time.
fn of_a_part(word: &str) -> bool {
    // "police" ends a state ("were closed, police said") but may be the part itself ("the
    // police force accounts for a fifth of spending").
    (!STATE_ENDS.contains(&word) || matches!(word, "police" | "officials" | "authorities"))
        && !NOT_OF_A_PART.contains(&word)
        && crate::calendar::month_number(word).is_none()
        && crate::calendar::weekday(word).is_none()
}

/// Pronouns, which name no part of their own.
const PRONOUNS: &[&str] = &[
    "it", "they", "these", "those", "this", "that", "which", "who", "we",
];

/// The part a share is of, where the state names it: the subject of "made up" or "accounted
/// for" (the words before the verb, back to one that is not of the part), or what follows "made
/// by" or "came from" (up to a word that ends a state); with how it was read. A pronoun names
/// no part: "it accounted for a third" is read as "accounted for". None for other states.
fn part_named(words: &[String]) -> Option<(String, &'static str)> {
    let is = |phrase: &[&str], at: &[String]| {
        phrase.len() <= at.len() && phrase.iter().zip(at).all(|(p, w)| *p == w.as_str())
    };
    let part: Vec<&str> = if let Some(verb) = PART_BEFORE
        .iter()
        .find(|verb| words.len() > verb.len() && is(verb, &words[words.len() - verb.len()..]))
    {
        let before = &words[..words.len() - verb.len()];
        let mut part: Vec<&str> = before
            .iter()
            .rev()
            .take_while(|w| of_a_part(w))
            .map(String::as_str)
            .collect();
        part.reverse();
        if part.is_empty() || part.iter().all(|w| PRONOUNS.contains(w)) {
            return Some((verb.join(" "), "its own words"));
        }
        part
    } else if let Some(verb) = PART_AFTER.iter().find(|verb| is(verb, words)) {
        words[verb.len()..]
            .iter()
            .take_while(|w| of_a_part(w))
            .take(MAX_STATE_WORDS)
            .map(String::as_str)
            .collect()
    } else {
        return None;
    };
    (!part.is_empty()).then(|| (part.join(" "), "the part the share is of"))
}

/// The age a state is below: "an infant under two", "under the age of 5", "aged under 18",
/// "younger than 16", "aged four or younger" (under 5), "under-fives". Someone named before the
/// age ("children", "a patient") says nothing more; a word after it other than "years" or "old"
/// ("under five miles") makes it no age.
fn age_under(words: &[String]) -> Option<u32> {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| {
            matches!(*w, "now" | "involved" | "affected" | "among" | "aged")
                || AGE_GROUP.contains(w)
        })
        .collect();
    let age_of = |word: &str| {
        super::number::parse_number(word)
            .filter(|age| age.fract() == 0.0 && (1.0..=25.0).contains(age))
            .map(|age| age as u32)
    };
    let ends = |rest: &[&str]| {
        rest.iter()
            .all(|w| matches!(*w, "years" | "year" | "old" | "of" | "age"))
    };
    match words.as_slice() {
        ["under", band] if band.ends_with('s') => band.strip_suffix('s').and_then(age_of),
        ["under" | "below", "age", "of", age, rest @ ..]
        | ["under" | "below", age, rest @ ..]
        | ["younger", "than", age, rest @ ..]
            if ends(rest) =>
        {
            age_of(age)
        }
        [age, "or" | "and", "under" | "younger" | "below", rest @ ..] if ends(rest) => {
            age_of(age).map(|age| age + 1)
        }
        [band] => band
            .strip_prefix("under-")
            .or_else(|| band.strip_prefix("under"))
            .and_then(|age| age.strip_suffix('s'))
            .and_then(age_of),
        _ => None,
    }
}

/// Who a share told by age is of, said before the age: "an infant under two", "patients under
/// 18".
const AGE_GROUP: &[&str] = &[
    "child",
    "children",
    "kid",
    "kids",
    "infant",
    "infants",
    "baby",
    "babies",
    "toddler",
    "toddlers",
    "people",
    "person",
    "persons",
    "patient",
    "patients",
    "pupil",
    "pupils",
    "boy",
    "boys",
    "girl",
    "girls",
    "youngster",
    "youngsters",
    "minor",
    "minors",
];

/// The age of a state that is that age and all older: "aged 65 or older", "65 and over", "65 or
/// above", "65-plus", "65+". "Over 65" is left as written: strictly it is from 66.
fn age_and_over(words: &[String]) -> Option<u32> {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| matches!(*w, "now" | "aged"))
        .collect();
    let age_of = |word: &str| {
        word.parse::<u32>()
            .ok()
            .filter(|age| (1..=120).contains(age))
    };
    match words.as_slice() {
        [age, "or" | "and", "older" | "over" | "above" | "more", ..] => age_of(age),
        [age, ..] => age
            .strip_suffix("-plus")
            .or_else(|| age.strip_suffix('+'))
            .and_then(age_of),
        [] => None,
    }
}

/// The words of a state in lower case, without the auxiliaries it starts with ("have been",
/// "remain", "were left") and without articles or possessives anywhere.
fn state_words(phrase: &str) -> Vec<String> {
    let mut words = lowercase_words(phrase);
    let auxiliaries_from = |words: &[String], at: usize| {
        words[at..]
            .iter()
            .take_while(|w| STATE_AUXILIARIES.contains(&w.as_str()))
            .count()
    };
    let leading = auxiliaries_from(&words, 0);
    words.drain(..leading);
    // A negated state keeps "not" and drops the auxiliaries after it: "had not been working"
    // is "not working".
    if words.first().is_some_and(|w| w == "not") {
        let after_not = auxiliaries_from(&words, 1);
        words.drain(1..1 + after_not);
    }
    // "left without power", "left with no water": left in a state, not leaving a place.
    if words.first().is_some_and(|w| w == "left")
        && words
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "without" | "with"))
    {
        words.remove(0);
    }
    words.retain(|w| {
        !matches!(
            w.as_str(),
            "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" | "your"
        )
    });
    words
}

/// Words that stand where a state would but say none: reporting verbs before a share ("said 40
/// percent of"), conjunctions, hedges, and words for another share ("the remaining 60 percent").
/// Auxiliaries never get here: [`state_words`] drops them first.
const NOT_A_STATE: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "estimated",
    "estimates",
    "estimate",
    "reported",
    "reports",
    "found",
    "finds",
    "show",
    "shows",
    "showed",
    "shown",
    "suggest",
    "suggests",
    "suggested",
    "indicate",
    "indicates",
    "indicated",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    // A relative clause ("who catch the disease is hospitalized") is no state: its verb comes
    // later, past the words a state would be read from.
    "that",
    "who",
    "whom",
    "whose",
    "which",
    "and",
    "but",
    "or",
    "of",
    "to",
    "with",
    "only",
    "just",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "over",
    "under",
    "least",
    "than",
    "more",
    "less",
    "fewer",
    "up",
    "down",
    "while",
    "remaining",
    "other",
    "another",
    "further",
    "additional",
    "extra",
];

/// The most words a state the lexicon does not list keeps.
const MAX_STATE_WORDS: usize = 4;

/// Words a state may start with that say nothing of it: auxiliaries, "remain", and adverbs of
/// time ("were still shut"). "left" is dropped only before "without" (see [`state_words`]).
const STATE_AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "now",
    "still",
    "also",
    "all",
    "both",
    "currently",
    "reportedly",
    "already",
    "remain",
    "remains",
    "remained",
    "stay",
    "stays",
    "stayed",
    "got",
];

/// Words that start what follows a state (a time, a place, a cause, an attribution): "lost power
/// on Tuesday", "were closed after the storm", "had no water, officials said".
const STATE_ENDS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "after",
    "before",
    "during",
    "since",
    "when",
    "while",
    "because",
    "as",
    "according",
    "across",
    "from",
    // "will be refurbished over three years" is refurbished.
    "over",
    "within",
    "throughout",
    "until",
    "following",
    "amid",
    "than",
    "this",
    "last",
    "said",
    "says",
    "told",
    "officials",
    "authorities",
    "police",
    // A day or a moment said after the state is when it holds, not what it is: "remain closed
    // today" is closed.
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "overnight",
    "now",
];

/// The noun a record ranks, singular and canonical: "cyclones" → storm, "hikes" → increase.
fn record_noun(noun: &str, lexicon: &Lexicon) -> String {
    let singular = if lexicon.event_nouns.iter().any(|n| n == noun) || noun.len() <= 3 {
        noun
    } else {
        noun.strip_suffix('s').unwrap_or(noun)
    };
    if lexicon.is_event_noun(singular) {
        return lexicon.canonical_event(singular).to_string();
    }
    // A record's cup is the trophy ("their first cup since 1996", "a 30-year wait for the
    // cup"); a series' is not ("the 22nd World Cup" is an edition), so the lexicon lists no cup.
    if singular == "cup" {
        return record_noun("trophy", lexicon);
    }
    lexicon
        .canonical_recurring(noun)
        .or_else(|| lexicon.canonical_recurring(singular))
        .unwrap_or(singular)
        .to_string()
}

fn literal(written: &str, cleaned: &str, description: Option<Description>) -> Role {
    Role {
        name: cleaned.into(),
        written: written.into(),
        resolution: "as written (not in the gazetteer)".into(),
        entity: None,
        description,
    }
}

/// Whether a phrase calls someone by their age alone, as news refers back to a person named
/// before: "(the) 61-year-old", "(the) 45-year-old executive".
fn describes_by_age(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let first = words.next().unwrap_or_default();
    let first = if first.eq_ignore_ascii_case("the") {
        words.next().unwrap_or_default()
    } else {
        first
    };
    let by_age = first
        .to_ascii_lowercase()
        .strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()));
    by_age && words.count() <= 1
}

/// The words after the last clause word of a phrase ("showing that revenue" → "revenue"), and
/// whether there was one. A clause word at the end opens nothing, and the phrase stays whole.
fn after_clause_word(phrase: &str) -> (&str, bool) {
    let mut at = 0;
    let mut cut = None;
    for word in phrase.split_whitespace() {
        let start = at + phrase[at..].find(word).unwrap_or(0);
        at = start + word.len();
        if CLAUSE_WORDS.contains(&word.to_lowercase().as_str()) && !phrase[at..].trim().is_empty() {
            cut = Some(at);
        }
    }
    cut.map_or((phrase, false), |cut| (phrase[cut..].trim_start(), true))
}

/// Where the words after a reporting verb in the middle of `phrase` start ("The alliance said
/// the mission" → at "the mission"), if one is there.
fn after_reporting_verb(phrase: &str) -> Option<usize> {
    const REPORTING: &[&str] = &[
        "said",
        "says",
        "told",
        "added",
        "reported",
        "announced",
        "confirmed",
        "stated",
        "noted",
    ];
    let mut at = 0;
    let mut cut = None;
    for word in phrase.split_whitespace() {
        let start = at + phrase[at..].find(word).unwrap_or(0);
        at = start + word.len();
        if start > 0 && REPORTING.contains(&word.to_lowercase().as_str()) {
            cut = Some(at);
        }
    }
    let cut = cut?;
    let rest = &phrase[cut..];
    let skip = rest.len() - rest.trim_start().len();
    (!rest.trim().is_empty()).then_some(cut + skip)
}

/// Words that open a clause within a phrase: what follows them is a noun phrase of its own.
const CLAUSE_WORDS: &[&str] = &["that", "which", "whether", "how"];

/// The words of `phrase` before the first word that ends a noun phrase: "Net income at Calder
/// Motors" → "Net income".
fn head_phrase(phrase: &str) -> &str {
    let mut end = phrase.len();
    let mut at = 0;
    for word in phrase.split_whitespace() {
        let start = at + phrase[at..].find(word).unwrap_or(0);
        if start > 0 && PHRASE_BOUNDARIES.contains(&word.to_lowercase().as_str()) {
            end = start;
            break;
        }
        at = start + word.len();
    }
    phrase[..end].trim_end()
}

/// Whether the words before a phrase leave it at the start of a clause, where a capital letter
/// is no sign of a name: nothing, or a label ("Health: Health spending will climb").
fn starts_a_clause(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, ':' | ';' | '—' | '•'))
}

/// Words that end the first noun phrase of a description.
const PHRASE_BOUNDARIES: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "between", "among", "since",
    "after", "before", "during", "over", "under", "that", "which", "who", "whose", "where", "when",
    "as", "and", "or", "there", "here",
];

/// The head noun of a description and the content words before it: "the strategic partnership
/// France and Brazil launched" → partnership, [strategic]. A relational head ("the end of the
/// war") is described by what follows its "of".
pub fn describe(phrase: &str, lexicon: &Lexicon) -> Option<Description> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut chunk: Vec<String> = Vec::new();
    let mut complement = None;
    for (index, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = name_key(bare);
        let starts_clause = bare.starts_with(char::is_uppercase)
            && chunk
                .last()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && !chunk.is_empty();
        if PHRASE_BOUNDARIES.contains(&lower.as_str()) || starts_clause {
            let head = chunk.last().map(|w| name_key(w));
            if lower == "of"
                && head
                    .as_ref()
                    .is_some_and(|h| lexicon.relational_nouns.contains(h))
            {
                return describe(&words[index + 1..].join(" "), lexicon);
            }
            if matches!(lower.as_str(), "for" | "among") {
                complement = describe(&words[index + 1..].join(" "), lexicon)
                    .filter(|group| !names_a_period(group, lexicon))
                    .map(Box::new);
            }
            break;
        }
        if !lower.is_empty()
            && !matches!(
                lower.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            )
        {
            chunk.push(bare.to_string());
        }
    }
    let (head, modifiers) = chunk.split_last()?;
    let head = name_key(head);
    let head = head
        .strip_suffix('s')
        .filter(|h| h.len() > 2)
        .unwrap_or(&head)
        .to_string();
    Some(Description {
        head,
        modifiers: modifiers.iter().map(|m| name_key(m)).collect(),
        complement,
    })
}

/// Whether the core of a "for" phrase is a time rather than a group: "the budget for next year",
/// "the forecast for the third quarter", "the deficit for 2027" say when, and a report that
/// leaves the time out still speaks of the same budget.
fn names_a_period(group: &Description, lexicon: &Lexicon) -> bool {
    let head = group.head.as_str();
    head.chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == '/')
        || lexicon
            .per_periods
            .values()
            .flatten()
            .any(|word| word == head)
        || crate::calendar::month_number(head).is_some()
        || crate::calendar::weekday(head).is_some()
        || matches!(
            head,
            "quarter"
                | "half"
                | "season"
                | "decade"
                | "semester"
                | "term"
                | "period"
                | "weekend"
                | "night"
                | "now"
                | "today"
                | "tomorrow"
                | "time"
                | "future"
                | "moment"
        )
}

/// How far before and after a claim [`DocumentContext::kind_of_named_thing`] reads, in bytes:
/// a report's headline and first paragraphs before a claim in its second.
const NAMED_KIND_BEFORE: usize = 4_000;
const NAMED_KIND_AFTER: usize = 1_000;

/// Whether a lowercased word is a day of the week in the possessive ("saturday's").
fn is_possessive_weekday(word: &str) -> bool {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .is_some_and(|day| crate::calendar::weekday(day).is_some())
}

/// Whether the words before a noun make it a time frame ("this year", "last season").
fn names_a_time_frame(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "this" | "last" | "next"))
}

/// Whether an event noun followed by `after` modifies the noun right after it, one of the
/// lexicon's `event_compound_heads` ("a storm surge" names no storm of its own).
fn modifies_a_noun(after: &str, lexicon: &Lexicon) -> bool {
    let mut words = after.split(|c: char| !c.is_alphanumeric() && c != '-');
    // Only a noun right after, with nothing but a space between.
    after.starts_with(' ')
        && words.nth(1).is_some_and(|word| {
            lexicon
                .event_compound_heads
                .iter()
                .any(|head| head.eq_ignore_ascii_case(word))
        })
}

/// Whether `written` can be a misspelling of `entity`'s name or one of its aliases, which are
/// close in spelling by similarity already: a short name must also be close in length, since
/// one letter in a short name weighs much. "Halifax" is a city of its own, not "Haifa" with two
/// letters more; "Bejing" is Beijing. A name of four letters or fewer is only ever matched
/// exactly: one letter from it are other places ("Lagos" is not Laos, nor "Bali" Mali). A
/// name that starts with another letter is another name: slips fall inside a word, and
/// "Dellington" is a town of its own, not Wellington.
fn misspelt(written: &str, entity: &crate::rules::entities::Entity) -> bool {
    let length = written.chars().count();
    let initial = |name: &str| {
        name.chars()
            .next()
            .map(|c| c.to_lowercase().collect::<String>())
    };
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .any(|name| {
            let other = name.chars().count();
            let shorter = length.min(other);
            initial(name) == initial(written)
                && (shorter >= 8 || shorter >= 5 && length.abs_diff(other) <= 1)
        })
}

#[cfg(test)]
mod tests {
    use super::{
        age_and_over, age_under, boat_launch, ends_with_word, in_the_background, misspelt,
        mountain_top, participle_with_object, second_half_of_compound, split_at_modifiers,
        state_role, WordForms,
    };

    #[test]
    fn an_age_and_all_older_is_one_state() {
        let words =
            |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_string).collect() };
        for text in [
            "aged 65 or older",
            "65 and over",
            "now aged 65 or over",
            "65 or above",
            "65-plus",
        ] {
            assert_eq!(age_and_over(&words(text)), Some(65), "{text}");
        }
        // Strictly from 66, and no age at all.
        assert_eq!(age_and_over(&words("over 65")), None);
        assert_eq!(age_and_over(&words("without power")), None);
    }

    #[test]
    fn a_launch_with_a_boats_word_or_name_is_a_boat() {
        assert!(boat_launch(
            "struck the passenger ",
            "launch",
            " Tern at 7am"
        ));
        assert!(boat_launch("boarded the ", "launch", " Petrel, which"));
        assert!(boat_launch("a police ", "launch", " arrived"));
        // A rocket's or a product's launch is an event, also with its day after it.
        assert!(!boat_launch("after the ", "launch", " of the rocket"));
        assert!(!boat_launch(
            "ahead of the ",
            "launch",
            " Monday, the firm said"
        ));
        assert!(!boat_launch("the ", "summit", " Tern"));
    }

    #[test]
    fn an_age_and_all_younger_is_one_state() {
        let words =
            |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_string).collect() };
        for text in [
            "involved infant under five",
            "under age of 5",
            "children aged under five",
            "younger than five years old",
            "aged four or younger",
            "4 and under",
            "under-fives",
            "under 5s",
        ] {
            assert_eq!(age_under(&words(text)), Some(5), "{text}");
        }
        // A distance or a time below a figure is no age; nor is a plain state.
        assert_eq!(age_under(&words("under five miles")), None);
        assert_eq!(age_under(&words("under two hours")), None);
        assert_eq!(age_under(&words("under construction")), None);
    }

    #[test]
    fn a_short_name_is_misspelt_only_when_close_in_length() {
        let city = |name: &str, aliases: &[&str]| crate::rules::entities::Entity {
            name: name.into(),
            entity_type: "city".into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            part_of: None,
        };
        assert!(!misspelt("Halifax", &city("Haifa", &[])));
        assert!(!misspelt("Lagos", &city("Laos", &[])));
        assert!(!misspelt("Bali", &city("Mali", &[])));
        assert!(misspelt("Bejing", &city("Beijing", &["Peking"])));
        assert!(misspelt(
            "Volodymir Zelensky",
            &city("Volodymyr Zelenskyy", &[])
        ));
        assert!(misspelt("Basra", &city("Al-Basrah City", &["Basrah"])));
        // Another initial is another name.
        assert!(!misspelt("Dellington", &city("Wellington", &[])));
        assert!(!misspelt("Gambridge", &city("Cambridge", &[])));
        assert!(misspelt("Wellingtn", &city("Wellington", &[])));
    }

    #[test]
    fn an_event_noun_in_ing_that_takes_an_object_is_a_verb() {
        let verb = |before, noun, after| participle_with_object(before, noun, after);
        assert!(verb(
            "the state's busiest museum, ",
            "drawing",
            " about 640,000 people a year"
        ));
        assert!(verb("the storm was ", "sinking", " two fishing boats"));
        assert!(verb("is already ", "drawing", " the kind of crowds"));
        assert!(!verb("Saturday's ", "drawing", " two winners"));
        assert!(!verb("after the ", "meeting", " two weeks ago"));
        assert!(!verb("the ", "drawing", " on Saturday was delayed"));
        assert!(!verb("at ", "the drawing", ", held on Saturday"));
        assert!(!verb("a general ", "strike", " the city"));
    }

    #[test]
    fn a_description_keeps_the_group_it_is_for_but_not_the_time() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let group = |phrase: &str| {
            super::describe(phrase, &rules.lexicon)
                .and_then(|d| d.complement)
                .map(|c| (c.head, c.modifiers))
        };
        assert_eq!(
            group("the reduced fare for seniors and riders with disabilities"),
            Some(("senior".into(), vec![]))
        );
        assert_eq!(
            group("tuition for out-of-state students"),
            Some(("student".into(), vec!["out of state".into()]))
        );
        assert_eq!(
            group("unemployment among young people"),
            Some(("people".into(), vec!["young".into()]))
        );
        for time in [
            "the budget for next year",
            "the forecast for the third quarter",
            "the deficit for 2027",
            "the schedule for March",
        ] {
            assert_eq!(group(time), None, "{time}");
        }
    }

    #[test]
    fn an_event_named_as_a_time_before_the_news_is_in_the_background() {
        let at = |text: &str| in_the_background(text, text.rfind("recession").unwrap());
        assert!(at("Sales have not recovered since the recession"));
        assert!(at("Sales were higher before the recession"));
        assert!(at("Trade slowly recovered from the recession"));
        assert!(!at("Jobs were lost during the recession"));
        assert!(!at("The recession deepened"));
        assert!(!at("It was the worst recession"));
    }

    #[test]
    fn a_part_told_as_the_subject_or_the_agent_is_the_state() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let state =
            |words: &str| state_role(words, &rules.lexicon).map(|role| role.name.to_string());
        for same in [
            "Retired couples made up",
            "In June retired couples accounted for",
            "analysts said retired couples represented",
            "were bought by retired couples in June",
            "were retired couples",
        ] {
            assert_eq!(state(same).as_deref(), Some("retired couples"), "{same}");
        }
        assert_eq!(
            state("came from overseas investors").as_deref(),
            Some("overseas investors")
        );
        // A pronoun names no part: the verb is the state, as it was said.
        assert_eq!(state("They made up").as_deref(), Some("made up"));
        // Other verbs keep their own words.
        assert_eq!(
            state("were made redundant").as_deref(),
            Some("made redundant")
        );
    }

    #[test]
    fn a_state_is_read_without_its_auxiliaries_and_through_the_lexicon() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let state =
            |words: &str| state_role(words, &rules.lexicon).map(|role| role.name.to_string());
        for same in [
            "lost power on Tuesday",
            "were left without electricity",
            "had no power",
            "have been without power since",
        ] {
            assert_eq!(state(same).as_deref(), Some("without power"), "{same}");
        }
        assert_eq!(state("remain shut").as_deref(), Some("closed"));
        // A listed word followed by more than an adverbial is not that state.
        assert_eq!(
            state("were damaged or destroyed").as_deref(),
            Some("damaged or destroyed")
        );
        assert_eq!(
            state("were damaged in the storm").as_deref(),
            Some("damaged")
        );
        assert_eq!(state("backed the plan").as_deref(), Some("backed plan"));
        // A complement stays with the state it follows.
        assert_eq!(
            state("were immunised against measles").as_deref(),
            Some("vaccinated against measles")
        );
        // "left" is a state only before "without": "left the city" leaves a place.
        assert_eq!(state("left the city").as_deref(), Some("left city"));
        assert_eq!(
            state("were on the night shift").as_deref(),
            Some("on night shift")
        );
        // A negated state keeps "not" and drops the auxiliaries after it.
        for same in [
            "had not been working at",
            "were not working",
            "were out of order",
        ] {
            assert_eq!(state(same).as_deref(), Some("out of service"), "{same}");
        }
        assert_eq!(state("have not been paid").as_deref(), Some("not paid"));
        assert_eq!(state("in Oldwater"), None);
        assert_eq!(state("who catch the disease is"), None);
        assert_eq!(state("said"), None);
    }

    #[test]
    fn a_capitalised_run_ends_at_a_lower_case_modifier() {
        let parts = |text: &str| -> Vec<String> {
            split_at_modifiers(text, 0..text.len())
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        assert_eq!(parts("The Valmora-based"), ["The Valmora"]);
        assert_eq!(
            parts("Kremlin-backed Wagner Group"),
            ["Kremlin", "Wagner Group"]
        );
        assert_eq!(parts("U.S.-led"), ["U.S."]);
        assert_eq!(parts("Leeds-born Tom Hale"), ["Leeds", "Tom Hale"]);
        for whole in [
            "Coca-Cola",
            "Franco-Brazilian Partnership",
            "Kim Jong-un",
            "Moon Jae-in",
        ] {
            assert_eq!(parts(whole), [whole]);
        }
    }

    #[test]
    fn word_forms_know_lower_case_words_and_capitals_within_a_sentence() {
        let forms = WordForms::of(
            "Cloud revenue rose. Shares in Tesla fell, Meta-owned units and cloud-computing \
             sales grew; Apple's chief, Orbis, said. \"Quoted\" words and e-mail.",
        );
        for word in [
            "cloud",
            "cloud-computing",
            "computing",
            "revenue",
            "e-mail",
            "mail",
        ] {
            assert!(
                forms.lower_case.contains(word),
                "{word} is written in lower case"
            );
        }
        for word in ["Cloud", "Tesla"] {
            assert!(!forms.lower_case.contains(word));
        }
        // Numbers are no words.
        let numbers = WordForms::of("Sales of 2,780 units in 2026.");
        assert!(numbers.lower_case.contains("units") && !numbers.lower_case.contains("2026"));
        for word in ["Tesla", "Meta", "Meta-owned", "Orbis"] {
            assert!(
                forms.mid_sentence_capitals.contains(word),
                "{word} is within a sentence"
            );
        }
        // Sentence openers, words after a quote mark, and pieces after a hyphen are not.
        for word in ["Cloud", "Shares", "Apple", "Quoted", "owned"] {
            assert!(!forms.mid_sentence_capitals.contains(word), "{word}");
        }
    }

    #[test]
    fn an_event_noun_after_a_hyphen_is_an_event_only_after_a_prefix_of_kind() {
        assert!(second_half_of_compound("14 water-"));
        assert!(second_half_of_compound("the post-"));
        assert!(!second_half_of_compound("the Runcorn by-"));
        assert!(!second_half_of_compound("his Re-"));
        assert!(!second_half_of_compound("a counter‑"));
        assert!(!second_half_of_compound("the "));
    }

    #[test]
    fn a_word_at_the_end_is_read_from_the_last_bytes_as_a_whole_word() {
        assert!(ends_with_word("paid by the ", "the "));
        assert!(ends_with_word("told a News", "news"));
        assert!(!ends_with_word("told a newsnews", "news"));
        assert!(!ends_with_word("to bathe ", "the "));
        assert!(ends_with_word("the ", "the "));
        assert!(!ends_with_word("he", "the "));
        // A multi-byte character just before the word is not cut in two.
        assert!(!ends_with_word("Zürich", "rich"));
        assert!(!ends_with_word("ü", "x"));
    }

    #[test]
    fn a_summit_around_which_a_zone_is_drawn_is_a_mountains_top_not_a_meeting() {
        let top = |text: &str| {
            let at = text.find("summit").expect("the noun is in the text");
            mountain_top(&text[..at], &text[at..at + 6], &text[at + 6..])
        };
        assert!(top("sealed off a radius of five miles around the summit."));
        assert!(top("ash rose from the volcano's summit on Tuesday"));
        assert!(top("lava stayed within the summit crater"));
        assert!(top("climbers reached the summit at noon"));
        assert!(top("everyone within a 7km radius of the summit must leave"));
        assert!(top("villages on the slopes of the summit were cleared"));
        assert!(top("anyone within five miles of the summit"));
        assert!(!top("the host of the summit was Japan"));
        assert!(!top("on the second day of the summit"));
        assert!(!top("leaders at the summit agreed a fund"));
        assert!(!top("the summit ended on Friday"));
        assert!(!top("delegates travelled to the summit"));
    }
}
