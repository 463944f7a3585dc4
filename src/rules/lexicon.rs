//! The lexicon: regex macros for rule patterns, and the word lists that give words their meaning
//! (hedges, vague amounts, counted nouns, generic references, event nouns).
//!
//! The word lists do double duty: each becomes a macro (`{hedge}`, `{vague}`, `{unit}`,
//! `{event_noun}`, `{reference}`) so rules can match them, and the normalizer reads the same
//! lists to interpret what matched. One list, one truth.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::trie::{Piece, Trie};

/// How a hedge bounds the number it stands before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HedgeKind {
    /// "over 100": (100, ∞)
    Above,
    /// "at least 100": [100, ∞)
    AtLeast,
    /// "fewer than 100": (-∞, 100); the words bound one side only, and "below -5" is a number too
    Below,
    /// "up to 100": (-∞, 100]
    AtMost,
    /// "about 100": within the tolerance either side
    About,
    /// "nearly 100": within the tolerance below, not reaching it
    Nearly,
    /// "just over 100": above it, within the tolerance
    JustOver,
    /// "only 11", "exactly 11": the number itself
    Exactly,
}

/// A vague amount ("dozens of") as an interval.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VagueAmount {
    pub min: f64,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default = "inclusive")]
    pub max_inclusive: bool,
}

fn inclusive() -> bool {
    true
}

/// A unit of measure: the words that name it, the canonical unit they are read as and the factor
/// to it ("kg": gram, 1000). Kinds group units for macros and readers: `time` units make
/// durations, `rate` units percentages, the others amounts of a quantity.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub kind: String,
    pub unit: String,
    #[serde(default = "unit_factor")]
    pub factor: f64,
    /// Whether reading these words is an assumption to report ("points" read as percentage
    /// points).
    #[serde(default)]
    pub assumed: bool,
    /// Whether `factor` converts from another system of units (feet to metres): news rounds
    /// such conversions, so the amount is read give or take half a unit of its last written
    /// digit before it is converted ("1,380 ft" is 1,375–1,385 feet, 419.1–422.1 metres).
    #[serde(default)]
    pub converted: bool,
    /// Added after `factor`, for scales whose zeros differ: degrees Fahrenheit to Celsius.
    #[serde(default)]
    pub offset: f64,
    pub words: Vec<String>,
    /// The unit claims compare it in, when that differs from how `crosscheck parse` reports it:
    /// pounds stay pounds as Duckling gives them, and are compared as grams, converted as a
    /// customary unit is.
    #[serde(default)]
    pub claims: Option<ClaimUnit>,
}

/// The unit and factor a measure is compared in (see [`Measure::claims`]).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimUnit {
    pub unit: String,
    pub factor: f64,
    /// The largest factor, for a unit whose size depends on the country: a gallon is 3.785
    /// litres in the United States and 4.546 in Britain, so "140,000 gallons" is read as
    /// anything between, and meets a figure in litres that fits either.
    #[serde(default)]
    pub factor_max: Option<f64>,
}

fn unit_factor() -> f64 {
    1.0
}

/// A currency by its ISO 4217 code: the names that can only mean it ("US$", "euros") and those
/// other currencies share, whose reading is reported as an assumption ("$", "dollars"); and the
/// same for its hundredths, written after the number ("pence", "412p"; "cents", shared).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub assumed: Vec<String>,
    /// Words for a hundredth of the currency. One of a single letter ("p") is read only when
    /// it is written against the digits ("412p", never "3 p.m.").
    #[serde(default)]
    pub hundredths: Vec<String>,
    #[serde(default)]
    pub hundredths_assumed: Vec<String>,
    /// Places whose reports mean this currency by words another currency assumes ("$" in a
    /// report datelined Australia is the Australian dollar), matched as whole words in the
    /// dateline.
    #[serde(default)]
    pub local_in: Vec<String>,
    /// The words of another currency this one takes in a report from `local_in`.
    #[serde(default)]
    pub local: Vec<String>,
}

impl Currency {
    /// Every word for a hundredth of the currency.
    pub fn hundredth_words(&self) -> impl Iterator<Item = &String> {
        self.hundredths.iter().chain(&self.hundredths_assumed)
    }
}

/// The lexicon file.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// Named regex fragments, used in patterns as `{name}`.
    #[serde(default)]
    pub macros: BTreeMap<String, String>,
    /// Hedge words and what they do to a number.
    #[serde(default)]
    pub hedges: BTreeMap<String, HedgeKind>,
    /// Hedge words after the number ("100 or more", "10,000-plus") and what they do to it.
    #[serde(default)]
    pub hedges_after: BTreeMap<String, HedgeKind>,
    /// Units of measure and their conversions; later entries win for the same word.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// ISO 4217 code → the symbols and words that name the currency.
    #[serde(default)]
    pub currencies: BTreeMap<String, Currency>,
    /// Vague amounts and their intervals.
    #[serde(default)]
    pub vague: BTreeMap<String, VagueAmount>,
    /// Canonical unit → the nouns that count it ("soldier": ["soldiers", "troops"]).
    #[serde(default)]
    pub units: BTreeMap<String, Vec<String>>,
    /// Entity type → generic references to an entity of that type ("country": ["the nation"]).
    #[serde(default)]
    pub references: BTreeMap<String, Vec<String>>,
    /// Nouns that name an event ("parade", "summit").
    #[serde(default)]
    pub event_nouns: Vec<String>,
    /// Canonical event noun → event nouns naming the same kind of event ("parade":
    /// ["procession"]).
    #[serde(default)]
    pub event_synonyms: BTreeMap<String, Vec<String>>,
    /// Broad event noun → the events it may stand for ("vote": ["election", "referendum"]): in a
    /// report about an election, "the April 7 vote" is that election.
    #[serde(default)]
    pub event_hypernyms: BTreeMap<String, Vec<String>>,
    /// Canonical noun → the words for what an amount of money is of ("aid": ["aid package"]).
    #[serde(default)]
    pub money_nouns: BTreeMap<String, Vec<String>>,
    /// Canonical noun → the words for a figure other than money that rises and falls, said in
    /// several ways ("policy rate": ["benchmark interest rate", "key rate"]); the object of rate
    /// changes and levels. A phrase not listed is read as written.
    #[serde(default)]
    pub figure_nouns: BTreeMap<String, Vec<String>>,
    /// Canonical noun → the words for one unit of what is sold, which a price is per ("dose":
    /// ["dose", "jab"]); the object of amounts per unit.
    #[serde(default)]
    pub per_units: BTreeMap<String, Vec<String>>,
    /// Canonical noun → the words for a period that pay is per ("week": ["week", "weekly"]).
    #[serde(default)]
    pub per_periods: BTreeMap<String, Vec<String>>,
    /// Canonical noun → the nouns a report may call one thing by ("spacecraft": ["probe"],
    /// "project": ["overhaul", "renovation"]); the subject of rules of the `thing` type, when
    /// the words are the noun alone.
    #[serde(default)]
    pub thing_nouns: BTreeMap<String, Vec<String>>,
    /// Canonical noun → nouns naming one of a series ("increase": ["hike", "rise"]); the object of
    /// recurring-event ordinals.
    #[serde(default)]
    pub recurring_nouns: BTreeMap<String, Vec<String>>,
    /// Canonical noun of a series → the verbs that name one of it ("closure": ["closed", "shut"]),
    /// read as the object where a pattern takes the verb ("closed for the second time"). Kept
    /// apart from `recurring_nouns`, whose `{recurring_noun}` macro finds nouns only: "the third
    /// quarter closed higher" counts no closure.
    #[serde(default)]
    pub recurring_verbs: BTreeMap<String, Vec<String>>,
    /// Canonical superlative → the superlatives naming the same record ("strongest": ["most
    /// powerful", "mightiest"]); the object of record claims is named by it.
    #[serde(default)]
    pub superlatives: BTreeMap<String, Vec<String>>,
    /// Canonical state → the words for what holds of the part of a whole a share is of ("without
    /// power": ["lost power", "had no electricity"]); the object of shares of a whole, read after
    /// auxiliaries ("were", "have been", "remain") are dropped. A state not listed is read as its
    /// own words.
    #[serde(default)]
    pub states: BTreeMap<String, Vec<String>>,
    /// Words before an event noun that make it a different event ("the previous election",
    /// "the second round"); they are kept in the event's name.
    #[serde(default)]
    pub event_modifiers: Vec<String>,
    /// Nouns an event noun may stand before as a modifier, naming a thing of the event and
    /// not another event ("a storm surge", "a flood warning", "a fire engine").
    #[serde(default)]
    pub event_compound_heads: Vec<String>,
    /// Words before a money noun that leave it the whole figure ("total", "annual"); any other
    /// word there names a part ("health budget", "cloud revenue").
    #[serde(default)]
    pub money_whole_modifiers: Vec<String>,
    /// The money nouns whose figures may be a part's ("budget", "revenue"); a fine or a fee
    /// never is.
    #[serde(default)]
    pub money_nouns_with_parts: Vec<String>,
    /// Nouns that name a place's whole population when a share is of them ("one in five
    /// residents", "20 per cent of the population"): one whole, however it is called.
    #[serde(default)]
    pub population_nouns: Vec<String>,
    /// Verbs that may stand right before a money noun ("face fines"): never a part of it.
    #[serde(default)]
    pub money_verbs: Vec<String>,
    /// Nouns that name something about another thing ("the end of the war", "the founding of
    /// the party"): a description headed by one is described by what follows its "of".
    #[serde(default)]
    pub relational_nouns: Vec<String>,
    /// Nouns that say what kind of thing a name is ("the Ondine-4 radar satellite", "the
    /// tanker Ever Lumen"): a thing called by its name meets the same thing called by its kind.
    #[serde(default)]
    pub thing_kinds: Vec<String>,
    /// Units that together count as one: a list of groups each of which is one of a group's
    /// units ("firefighters, paramedics and volunteers") is counted as that group ("rescuer"),
    /// so that it meets "400 rescuers". A list that mixes other units stays as written.
    #[serde(default)]
    pub unit_groups: BTreeMap<String, Vec<String>>,
    /// Capitalised words that a name pattern may catch at the start of a sentence but that never
    /// name anyone ("Since", "The").
    #[serde(default)]
    pub not_names: Vec<String>,
    /// Titles and given names that tell a woman ("Mrs", "Helen") from a man ("Mr", "David"), by
    /// `female` and `male`: "him" never refers back to a person the text calls a woman, nor
    /// "her" to a man.
    #[serde(default)]
    pub gendered_names: BTreeMap<String, Vec<String>>,
    /// `gendered_names` by word, built on first use: a report asks for every mention of a
    /// person, and going through some 500 words each time was a percent of a large run.
    #[serde(skip)]
    gender_index: std::sync::OnceLock<HashMap<String, Option<String>>>,
    /// Kinds of counts that are estimates and move as news comes in (tolls, the displaced,
    /// damage), as kinds or the part of a kind before its dot (`casualties`): their hedge keeps
    /// the whole tolerance. Any other count's reaches no further than its last digit.
    #[serde(default)]
    pub estimated_counts: Vec<String>,
}

/// A macro that a pattern uses but no lexicon defines, or that refers to itself.
#[derive(Debug, PartialEq, Eq)]
pub enum MacroError {
    Unknown(String),
    Recursive(String),
    /// The expansion grew past [`MAX_EXPANDED_LEN`] while expanding this macro.
    TooLarge(String),
}

/// The longest a pattern may grow through its macros, in bytes. The largest built-in one is
/// about 40 KB; a large gazetteer makes `{person}` and `{place}` long, so the limit is generous.
/// It is there for macros that use each other several times over, whose expansion doubles with
/// every level and would exhaust memory before the regex size limit could refuse it.
pub const MAX_EXPANDED_LEN: usize = 8 << 20;

impl Lexicon {
    /// Adds the entries of `other`, which win over existing ones of the same name.
    pub fn extend(&mut self, other: Lexicon) {
        self.macros.extend(other.macros);
        self.hedges.extend(other.hedges);
        self.hedges_after.extend(other.hedges_after);
        self.measures.extend(other.measures);
        for (code, currency) in other.currencies {
            let entry = self.currencies.entry(code).or_default();
            entry.names.extend(currency.names);
            entry.assumed.extend(currency.assumed);
            entry.hundredths.extend(currency.hundredths);
            entry.hundredths_assumed.extend(currency.hundredths_assumed);
            entry.local_in.extend(currency.local_in);
            entry.local.extend(currency.local);
        }
        self.vague.extend(other.vague);
        for (unit, nouns) in other.units {
            self.units.entry(unit).or_default().extend(nouns);
        }
        for (group, units) in other.unit_groups {
            self.unit_groups.entry(group).or_default().extend(units);
        }
        for (kind, words) in other.references {
            self.references.entry(kind).or_default().extend(words);
        }
        self.event_nouns.extend(other.event_nouns);
        self.not_names.extend(other.not_names);
        self.estimated_counts.extend(other.estimated_counts);
        for (gender, words) in other.gendered_names {
            self.gendered_names.entry(gender).or_default().extend(words);
        }
        self.gender_index = std::sync::OnceLock::new();
        self.event_modifiers.extend(other.event_modifiers);
        self.event_compound_heads.extend(other.event_compound_heads);
        self.relational_nouns.extend(other.relational_nouns);
        self.thing_kinds.extend(other.thing_kinds);
        self.money_whole_modifiers
            .extend(other.money_whole_modifiers);
        self.money_verbs.extend(other.money_verbs);
        self.population_nouns.extend(other.population_nouns);
        self.money_nouns_with_parts
            .extend(other.money_nouns_with_parts);
        for (noun, synonyms) in other.money_nouns {
            self.money_nouns.entry(noun).or_default().extend(synonyms);
        }
        for (noun, synonyms) in other.figure_nouns {
            self.figure_nouns.entry(noun).or_default().extend(synonyms);
        }
        for (noun, synonyms) in other.per_units {
            self.per_units.entry(noun).or_default().extend(synonyms);
        }
        for (noun, synonyms) in other.per_periods {
            self.per_periods.entry(noun).or_default().extend(synonyms);
        }
        for (noun, synonyms) in other.thing_nouns {
            self.thing_nouns.entry(noun).or_default().extend(synonyms);
        }
        for (noun, synonyms) in other.recurring_nouns {
            self.recurring_nouns
                .entry(noun)
                .or_default()
                .extend(synonyms);
        }
        for (noun, verbs) in other.recurring_verbs {
            self.recurring_verbs.entry(noun).or_default().extend(verbs);
        }
        for (state, synonyms) in other.states {
            self.states.entry(state).or_default().extend(synonyms);
        }
        for (record, synonyms) in other.superlatives {
            self.superlatives
                .entry(record)
                .or_default()
                .extend(synonyms);
        }
        for (event, synonyms) in other.event_synonyms {
            self.event_synonyms
                .entry(event)
                .or_default()
                .extend(synonyms);
        }
        for (broad, narrower) in other.event_hypernyms {
            self.event_hypernyms
                .entry(broad)
                .or_default()
                .extend(narrower);
        }
    }

    /// The canonical noun of what an amount of money is of ("aid package" → "aid").
    pub fn canonical_money(&self, noun: &str) -> Option<&str> {
        Self::canonical_in(&self.money_nouns, noun)
    }

    /// The canonical noun of a figure other than money ("jobless rate" → "unemployment").
    pub fn canonical_figure(&self, noun: &str) -> Option<&str> {
        Self::canonical_in(&self.figure_nouns, noun)
    }

    /// The canonical noun of a thing a report may call by other nouns ("probe" → "spacecraft").
    pub fn canonical_thing(&self, noun: &str) -> Option<&str> {
        Self::canonical_in(&self.thing_nouns, noun)
    }

    /// The canonical noun of what an amount is per, a unit or a period ("jab" → "dose",
    /// "annual" → "year").
    pub fn canonical_per_unit(&self, noun: &str) -> Option<&str> {
        Self::canonical_in(&self.per_units, noun)
            .or_else(|| Self::canonical_in(&self.per_periods, noun))
    }

    /// The canonical state of a state's words ("had no electricity" → "without power"), if the
    /// lexicon knows it; `words` are lower case, one space apart.
    pub fn canonical_state(&self, words: &str) -> Option<&str> {
        self.states
            .iter()
            .find(|(canonical, phrasings)| {
                *canonical == words || phrasings.iter().any(|p| p == words)
            })
            .map(|(canonical, _)| canonical.as_str())
    }

    /// The canonical noun of one of a series ("hike" → "increase"), if the lexicon knows it.
    pub fn canonical_recurring(&self, noun: &str) -> Option<&str> {
        Self::canonical_in(&self.recurring_nouns, noun)
            .or_else(|| Self::canonical_in(&self.recurring_verbs, noun))
    }

    /// Whether `word` is a verb of `recurring_verbs` ("erupted", "closed").
    pub fn is_recurring_verb(&self, word: &str) -> bool {
        self.recurring_verbs
            .values()
            .flatten()
            .any(|verb| verb.eq_ignore_ascii_case(word))
    }

    /// The canonical superlative of a superlative ("most powerful" → "strongest"), if the
    /// lexicon knows it.
    pub fn canonical_superlative(&self, words: &str) -> Option<&str> {
        let words = collapse_spaces(&words.to_lowercase());
        self.superlatives
            .iter()
            .find(|(_, synonyms)| synonyms.contains(&words))
            .map(|(canonical, _)| canonical.as_str())
    }

    /// The key of a synonym map whose list holds `noun` (singular or plural), if any.
    fn canonical_in<'a>(map: &'a BTreeMap<String, Vec<String>>, noun: &str) -> Option<&'a str> {
        let noun = collapse_spaces(&noun.to_lowercase());
        let singular = noun.strip_suffix('s').unwrap_or(&noun);
        map.iter()
            .find(|(_, nouns)| nouns.iter().any(|n| *n == noun || n == singular))
            .map(|(canonical, _)| canonical.as_str())
    }

    /// The canonical event noun of an event noun ("procession" → "parade").
    pub fn canonical_event<'a>(&'a self, noun: &'a str) -> &'a str {
        self.event_synonyms
            .iter()
            .find(|(_, synonyms)| synonyms.iter().any(|s| s == noun))
            .map_or(noun, |(canonical, _)| canonical.as_str())
    }

    /// Whether the broad event noun `noun` ("vote") may stand for the event `event` ("election").
    pub fn broader_event(&self, noun: &str, event: &str) -> bool {
        self.event_hypernyms
            .get(noun)
            .is_some_and(|narrower| narrower.iter().any(|n| n == event))
    }

    /// Whether a captured word is a function word rather than a name.
    pub fn is_not_a_name(&self, words: &str) -> bool {
        let words = words.trim();
        self.not_names.iter().any(|w| w.eq_ignore_ascii_case(words))
    }

    /// Whether counts of `kind` are estimates (`estimated_counts`): the kind itself or the part
    /// before its dot is listed.
    pub fn is_estimated_count(&self, kind: &str) -> bool {
        let family = kind.split('.').next().unwrap_or(kind);
        self.estimated_counts
            .iter()
            .any(|listed| listed == kind || listed == family)
    }

    /// `female` or `male` when the lexicon's `gendered_names` list `word` (a title or a given
    /// name, as written: "Mrs", "Helen") under one of them and not the other.
    pub fn gender_of_word(&self, word: &str) -> Option<&str> {
        let index = self.gender_index.get_or_init(|| {
            let mut index: HashMap<String, Option<String>> = HashMap::new();
            for (gender, words) in &self.gendered_names {
                for word in words {
                    index
                        .entry(word.clone())
                        // On both lists, a word tells nothing.
                        .and_modify(|found| {
                            if found.as_deref() != Some(gender) {
                                *found = None;
                            }
                        })
                        .or_insert_with(|| Some(gender.clone()));
                }
            }
            index
        });
        index.get(word.trim_end_matches('.'))?.as_deref()
    }

    /// A regex finding event nouns, singular or plural ("launches", "crashes"), in lower case.
    pub fn event_noun_scanner(&self) -> Option<regex::Regex> {
        if self.event_nouns.is_empty() {
            return None;
        }
        let mut words: Vec<String> = self.event_nouns.iter().map(|n| regex::escape(n)).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        words.dedup();
        // Case-sensitive: event nouns run in lower case, and "March" the month is not a march.
        regex::Regex::new(&format!(r"\b({})(?:e?s)?\b", words.join("|"))).ok()
    }

    /// The macro table: the written macros plus those generated from the word lists and the
    /// holiday table (`{holiday}`).
    pub fn macro_table(&self) -> BTreeMap<String, String> {
        let mut table = self.macros.clone();
        table.insert("hedge".into(), alternation(self.hedges.keys()));
        table.insert("hedge_after".into(), alternation(self.hedges_after.keys()));
        table.extend(self.measure_macros());
        table.insert(
            "currency".into(),
            bounded_alternation(
                self.currencies
                    .values()
                    .flat_map(|c| c.names.iter().chain(&c.assumed)),
                true,
            ),
        );
        // Glued to a number by a hyphen ("a 25,000-euro prize"), a currency word that is also a
        // unit of measure is the unit: "a 2,400-pound spacecraft" weighs it. Money so written
        // takes a scale word ("a 12-million-pound makeover"), which `money_single` reads apart.
        let measure_words: std::collections::BTreeSet<String> = self
            .measures
            .iter()
            .flat_map(|m| &m.words)
            .map(|w| w.to_lowercase())
            .collect();
        table.insert(
            "currency_compound".into(),
            bounded_alternation(
                self.currencies
                    .values()
                    .flat_map(|c| c.names.iter().chain(&c.assumed))
                    .filter(|w| !measure_words.contains(&w.to_lowercase())),
                true,
            ),
        );
        // Hundredths follow the number: "74 cents", "50-pence"; one of a single letter only
        // against its digits ("412p").
        let hundredths = || self.currencies.values().flat_map(Currency::hundredth_words);
        table.insert(
            "currency_hundredth".into(),
            bounded_alternation(hundredths().filter(|w| w.chars().count() > 1), false),
        );
        table.insert(
            "currency_hundredth_attached".into(),
            bounded_alternation(hundredths().filter(|w| w.chars().count() == 1), false),
        );
        table.insert("vague".into(), alternation(self.vague.keys()));
        table.insert("unit".into(), alternation(self.units.values().flatten()));
        table.insert("event_noun".into(), alternation(self.event_nouns.iter()));
        table.insert(
            "recurring_noun".into(),
            alternation(self.recurring_nouns.values().flatten()),
        );
        table.insert(
            "recurring_verb".into(),
            alternation(self.recurring_verbs.values().flatten()),
        );
        table.insert(
            "superlative_word".into(),
            alternation(self.superlatives.values().flatten()),
        );
        table.insert(
            "money_noun".into(),
            alternation(self.money_nouns.values().flatten()),
        );
        table.insert(
            "per_unit".into(),
            alternation(self.per_units.values().flatten()),
        );
        table.insert(
            "per_period".into(),
            alternation(self.per_periods.values().flatten()),
        );
        table.insert(
            "reference".into(),
            alternation(self.references.values().flatten()),
        );
        for (kind, words) in &self.references {
            table.insert(format!("reference_{kind}"), alternation(words.iter()));
        }
        // "{thing_noun_project}": the words of one thing ("overhaul", "refit", "makeover"), so a
        // pattern that names a kind of thing takes every word the lexicon gives it.
        for (thing, words) in &self.thing_nouns {
            table.insert(format!("thing_noun_{thing}"), alternation(words.iter()));
        }
        // The holiday names come from the date resolver's table, so that what the scanner
        // finds, the resolver can read.
        table
            .entry("holiday".into())
            .or_insert_with(crate::normalize::date::holidays::name_pattern);
        table
    }

    /// The words of one of the lexicon's lists, for rule keywords (`lexicon:units`).
    pub fn word_list(&self, name: &str) -> Option<Vec<String>> {
        let words: Vec<String> = match name {
            "units" => self.units.values().flatten().cloned().collect(),
            "event_nouns" => self
                .event_nouns
                .iter()
                .chain(self.event_synonyms.values().flatten())
                .cloned()
                .collect(),
            "references" => self.references.values().flatten().cloned().collect(),
            "recurring_nouns" => self.recurring_nouns.values().flatten().cloned().collect(),
            "recurring_verbs" => self.recurring_verbs.values().flatten().cloned().collect(),
            "money_nouns" => self.money_nouns.values().flatten().cloned().collect(),
            "per_units" => self.per_units.values().flatten().cloned().collect(),
            "per_periods" => self.per_periods.values().flatten().cloned().collect(),
            "superlatives" => self.superlatives.values().flatten().cloned().collect(),
            "hedges" => self.hedges.keys().cloned().collect(),
            "thing_nouns" => self.thing_nouns.values().flatten().cloned().collect(),
            _ => match name.strip_prefix("thing_nouns:") {
                Some(thing) => self.thing_nouns.get(thing)?.clone(),
                None => return None,
            },
        };
        Some(words)
    }

    /// Whether `text` opens with the word of a unit of measure ("metres below", "% of", "hours
    /// later"), case-insensitive. Left out: single letters ("m", "h", "C"), which after a
    /// number as often abbreviate "million" or stand for something else; words read by
    /// assumption ("points", "tons"); volumes ("cup" is also a tournament); and a word that
    /// goes on with a hyphen ("12 day-trippers").
    pub fn opens_with_measure(&self, text: &str) -> bool {
        self.measures
            .iter()
            .filter(|m| !m.assumed && m.kind != "volume")
            .flat_map(|m| &m.words)
            .any(|word| {
                let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
                (letters >= 2 || word == "%")
                    && text
                        .get(..word.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(word))
                    && !text[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
    }

    /// The macros of the units of measure: `{measure_unit_<kind>}` (the words of a kind, e.g.
    /// `{measure_unit_mass}`), `{measure_symbol_<kind>}` (its symbols, such as `%` and `'`, which
    /// follow a number without a space) and `{measure_<unit>}` (the words read as one canonical
    /// unit, spaces as `_`: `{measure_hour}`, `{measure_percentage_point}`).
    fn measure_macros(&self) -> BTreeMap<String, String> {
        let mut words: BTreeMap<String, Vec<&String>> = BTreeMap::new();
        for measure in &self.measures {
            for word in &measure.words {
                let is_symbol = !word.chars().any(char::is_alphanumeric);
                let group = if is_symbol {
                    format!("measure_symbol_{}", measure.kind)
                } else {
                    format!("measure_unit_{}", measure.kind)
                };
                words.entry(group).or_default().push(word);
                if !is_symbol {
                    let unit = format!("measure_{}", measure.unit.replace(' ', "_"));
                    words.entry(unit).or_default().push(word);
                }
            }
        }
        words
            .into_iter()
            .map(|(name, list)| (name, bounded_alternation(list.into_iter(), false)))
            .collect()
    }

    /// The canonical unit of a counted noun ("troops" → "soldier").
    pub fn unit_of(&self, noun: &str) -> Option<&str> {
        let noun = collapse_spaces(&noun.to_lowercase());
        self.units
            .iter()
            .find(|(_, nouns)| nouns.iter().any(|n| n.eq_ignore_ascii_case(&noun)))
            .map(|(unit, _)| unit.as_str())
    }

    /// The unit a list of counted nouns is counted in ("firefighters, paramedics and
    /// volunteers"): their unit when they all have one, else the group of `unit_groups` all
    /// their units belong to. `None` for a single noun or a list of units of no one group.
    pub fn unit_of_list(&self, nouns: &str) -> Option<String> {
        let members: Vec<String> = nouns
            .split(',')
            .flat_map(|part| part.split(" and "))
            .map(|noun| collapse_spaces(noun.trim()))
            .filter(|noun| !noun.is_empty() && noun != "and")
            .map(|noun| {
                let noun = noun.strip_prefix("and ").unwrap_or(&noun).to_string();
                self.unit_of(&noun)
                    .map(str::to_string)
                    .unwrap_or_else(|| singular(&noun))
            })
            .collect();
        let (first, rest) = members.split_first()?;
        if rest.is_empty() {
            return None;
        }
        if rest.iter().all(|unit| unit == first) {
            return Some(first.clone());
        }
        self.unit_groups
            .iter()
            .find(|(_, units)| members.iter().all(|m| units.contains(m)))
            .map(|(group, _)| group.clone())
    }

    /// The entity type a generic reference points to ("the nation" → "country").
    pub fn reference_type(&self, words: &str) -> Option<&str> {
        let words = collapse_spaces(&words.to_lowercase());
        self.references
            .iter()
            .find(|(_, refs)| refs.iter().any(|r| r.eq_ignore_ascii_case(&words)))
            .map(|(kind, _)| kind.as_str())
    }

    /// Whether a word is the plural of an event noun that is not listed itself: "avalanches",
    /// "crashes", not "talks".
    pub fn is_plural_event_noun(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        let listed = |w: &str| self.event_nouns.iter().any(|n| n == w);
        !listed(&word)
            && [word.strip_suffix('s'), word.strip_suffix("es")]
                .into_iter()
                .flatten()
                .any(listed)
    }

    /// Whether a word is an event noun, singular or plural.
    pub fn is_event_noun(&self, word: &str) -> bool {
        self.event_noun_of(word).is_some()
    }

    /// The listed event noun `word` is, itself or its plural: "tornadoes" → "tornado",
    /// "crashes" → "crash", "storms" → "storm".
    pub fn event_noun_of(&self, word: &str) -> Option<&str> {
        let word = word.to_lowercase();
        let found = [
            Some(word.as_str()),
            word.strip_suffix('s'),
            word.strip_suffix("es"),
        ]
        .into_iter()
        .flatten()
        .find_map(|w| self.event_nouns.iter().find(|n| *n == w))
        .map(String::as_str);
        found
    }
}

/// The singular of an English noun phrase, by its last word: "watches" → "watch", "batteries"
/// → "battery", "gold bars" → "gold bar"; words that end in s in the singular ("glass",
/// "virus", "series") stay as they are.
pub fn singular(noun: &str) -> String {
    let (before, last) = match noun.rfind(' ') {
        Some(at) => noun.split_at(at + 1),
        None => ("", noun),
    };
    const SAME: &[&str] = &["series", "species", "means", "news", "aircraft", "sheep"];
    let one = if SAME.contains(&last) || ["ss", "us", "is"].iter().any(|e| last.ends_with(e)) {
        last.to_string()
    } else if let Some(stem) = last.strip_suffix("ies").filter(|s| s.len() > 1) {
        format!("{stem}y")
    } else if let Some(stem) = ["ches", "shes", "sses", "xes", "zes"]
        .iter()
        .find(|e| last.ends_with(*e))
        .or_else(|| {
            // "buses", "viruses", "campuses"; not "houses", "causes" or "fuses".
            let before = last.strip_suffix("uses")?.chars().last()?;
            (!"aeiou".contains(before) && !last.ends_with("fuses")).then_some(&"uses")
        })
        .or_else(|| {
            // "tornadoes", "volcanoes", "heroes"; not the nouns in -oe ("shoes", "canoes").
            const IN_OE: &[&str] = &[
                "shoes",
                "horseshoes",
                "snowshoes",
                "toes",
                "tiptoes",
                "foes",
                "hoes",
                "canoes",
                "oboes",
                "floes",
                "sloes",
            ];
            (last.ends_with("oes") && last.len() > 4 && !IN_OE.contains(&last)).then_some(&"oes")
        })
        .map(|_| &last[..last.len() - 2])
    {
        stem.to_string()
    } else {
        last.strip_suffix('s').unwrap_or(last).to_string()
    };
    format!("{before}{one}")
}

/// Collapses runs of white space to one space.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A regex alternation of literal words, longest first so the longest wording wins; spaces in a
/// word match any run of white space.
fn alternation<'a>(words: impl Iterator<Item = &'a String>) -> String {
    bounded_alternation_with(words, false, false)
}

/// Like [`alternation`], with a word boundary after a word that ends with a letter or digit, so
/// "g" does not match the start of "great" while "%" still attaches to its number; and, when
/// `leading`, before a word that begins with one ("rand" is not the end of "grand"). Units of
/// measure go without the leading boundary, as they may be glued to digits ("500g", "2oz"); the
/// macros that use them put white space or a digit before them.
fn bounded_alternation<'a>(words: impl Iterator<Item = &'a String>, leading: bool) -> String {
    bounded_alternation_with(words, leading, true)
}

/// The words as a tree of their shared beginnings (see [`super::trie`]).
fn bounded_alternation_with<'a>(
    words: impl Iterator<Item = &'a String>,
    leading: bool,
    trailing: bool,
) -> String {
    let mut words: Vec<&String> = words.collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    let mut trie = Trie::default();
    for word in words {
        let pieces: Vec<WordPiece> = word
            .split_whitespace()
            .enumerate()
            .flat_map(|(i, part)| {
                let space = (i > 0).then_some(WordPiece::Space);
                space
                    .into_iter()
                    .chain(part.chars().map(|c| WordPiece::Char(vec![c])))
            })
            .collect();
        trie.insert(&pieces, word.len());
    }
    trie.render(leading, trailing)
}

/// A piece of a listed word: a character as each word spells it ("R", "r"), or the white space
/// between two of its words. Words that differ only in case share their branches, which match
/// either spelling ("[Rr]s"): the same in a pattern matched case-insensitively, as the
/// lexicon's are.
#[derive(Clone, Debug, PartialEq, Eq)]
enum WordPiece {
    Char(Vec<char>),
    Space,
}

impl Piece for WordPiece {
    fn same_branch(&self, other: &WordPiece) -> bool {
        match (self, other) {
            (WordPiece::Char(a), WordPiece::Char(b)) => a[0].to_lowercase().eq(b[0].to_lowercase()),
            (a, b) => a == b,
        }
    }

    fn absorb(&mut self, other: &WordPiece) {
        if let (WordPiece::Char(spellings), WordPiece::Char(more)) = (self, other) {
            for c in more {
                if !spellings.contains(c) {
                    spellings.push(*c);
                }
            }
        }
    }

    fn pattern(&self) -> String {
        let escape = |c: &char| regex::escape(c.encode_utf8(&mut [0; 4]));
        match self {
            WordPiece::Space => r"\s+".to_string(),
            WordPiece::Char(spellings) if spellings.len() == 1 => escape(&spellings[0]),
            WordPiece::Char(spellings) => {
                format!("[{}]", spellings.iter().map(escape).collect::<String>())
            }
        }
    }

    fn is_word(&self) -> bool {
        matches!(self, WordPiece::Char(c) if c[0].is_alphanumeric())
    }
}

/// Expands `{name}` macros in `pattern`, recursively.
pub fn expand(pattern: &str, table: &BTreeMap<String, String>) -> Result<String, MacroError> {
    expand_with_stack(pattern, table, &mut Vec::new())
}

fn expand_with_stack(
    pattern: &str,
    table: &BTreeMap<String, String>,
    stack: &mut Vec<String>,
) -> Result<String, MacroError> {
    let mut size = pattern.len();
    replace_macros(pattern, |name| {
        if stack.iter().any(|s| s == name) {
            return Err(MacroError::Recursive(name.to_string()));
        }
        let body = table
            .get(name)
            .ok_or_else(|| MacroError::Unknown(name.to_string()))?;
        stack.push(name.to_string());
        let expanded = expand_with_stack(body, table, stack)?;
        stack.pop();
        size += expanded.len() + 4;
        if size > MAX_EXPANDED_LEN {
            return Err(MacroError::TooLarge(name.to_string()));
        }
        Ok(Some(format!("(?:{expanded})")))
    })
}

/// `pattern` with each macro reference (`{name}`, not escaped as `\{`) for which `replace`
/// gives a text replaced by that text; the others, and everything else, as written.
pub(crate) fn replace_macros<E>(
    pattern: &str,
    mut replace: impl FnMut(&str) -> Result<Option<String>, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let escaped = open > 0 && rest.as_bytes()[open - 1] == b'\\';
        let close = rest[open..].find('}').map(|c| open + c);
        let replaced = match close {
            Some(close) if !escaped && is_macro_name(&rest[open + 1..close]) => {
                replace(&rest[open + 1..close])?.map(|text| (close, text))
            }
            _ => None,
        };
        match replaced {
            Some((close, text)) => {
                out.push_str(&rest[..open]);
                out.push_str(&text);
                rest = &rest[close + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Macro names are lower-case words; `{2,3}` is a regex repetition, not a macro.
/// The macros `pattern` names directly (not those inside them), in order of first use.
pub fn macros_named(pattern: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let escaped = open > 0 && rest.as_bytes()[open - 1] == b'\\';
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let name = &rest[open + 1..close];
        if !escaped && is_macro_name(name) && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
        rest = &rest[open + 1..];
    }
    names
}

fn is_macro_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_or_given_name_tells_a_gender_only_when_one_list_holds_it() {
        let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let lexicon = Lexicon {
            gendered_names: BTreeMap::from([
                ("female".to_string(), words(&["Mrs", "Helen", "Sam"])),
                ("male".to_string(), words(&["Mr", "Sam"])),
            ]),
            ..Lexicon::default()
        };
        assert_eq!(lexicon.gender_of_word("Mrs."), Some("female"));
        assert_eq!(lexicon.gender_of_word("Helen"), Some("female"));
        assert_eq!(lexicon.gender_of_word("Mr"), Some("male"));
        // On both lists, or on none, a word tells nothing.
        assert_eq!(lexicon.gender_of_word("Sam"), None);
        assert_eq!(lexicon.gender_of_word("Okafor"), None);
        assert_eq!(lexicon.gender_of_word("helen"), None);
    }

    #[test]
    fn a_count_noun_is_made_singular_by_its_last_word() {
        for (plural, one) in [
            ("watches", "watch"),
            ("paintings", "painting"),
            ("batteries", "battery"),
            ("boxes", "box"),
            ("gold bars", "gold bar"),
            ("glasses", "glass"),
            ("glass", "glass"),
            ("buses", "bus"),
            ("viruses", "virus"),
            ("houses", "house"),
            ("series", "series"),
            ("tornadoes", "tornado"),
            ("potatoes", "potato"),
            ("canoes", "canoe"),
            ("shoes", "shoe"),
        ] {
            assert_eq!(singular(plural), one, "{plural}");
        }
    }

    #[test]
    fn macros_named_lists_direct_references_once() {
        assert_eq!(
            macros_named(r"(?P<n>{number})\s+{unit}|{number}\{x}{2,3}"),
            vec!["number".to_string(), "unit".to_string()]
        );
    }

    #[test]
    fn macros_that_double_at_every_level_are_refused_not_expanded() {
        // 2^40 copies of "x" if expanded: memory runs out long before the regex size limit.
        let doubling: BTreeMap<String, String> = (0..40)
            .map(|level| {
                (
                    format!("m{level}"),
                    format!("{{m{}}}{{m{}}}", level + 1, level + 1),
                )
            })
            .chain([("m40".to_string(), "x".to_string())])
            .collect();
        assert!(matches!(
            expand("{m0}", &doubling),
            Err(MacroError::TooLarge(_))
        ));
    }

    #[test]
    fn expands_nested_macros_and_leaves_repetitions() {
        let table = BTreeMap::from([
            ("digit".to_string(), "[0-9]".to_string()),
            ("number".to_string(), "{digit}+".to_string()),
        ]);
        assert_eq!(
            expand("a{number} b{2,3}", &table).unwrap(),
            "a(?:(?:[0-9])+) b{2,3}"
        );
        assert_eq!(
            expand("{nope}", &table),
            Err(MacroError::Unknown("nope".into()))
        );
        let looped = BTreeMap::from([("a".to_string(), "{a}".to_string())]);
        assert_eq!(
            expand("{a}", &looped),
            Err(MacroError::Recursive("a".into()))
        );
    }

    #[test]
    fn bounded_alternation_bounds_words_not_symbols() {
        let words = ["g".to_string(), "%".to_string(), "US$".to_string()];
        assert_eq!(
            bounded_alternation(words.iter(), true),
            r"(?:\bUS\$|%|\bg\b)"
        );
        assert_eq!(bounded_alternation(words.iter(), false), r"(?:US\$|%|g\b)");
    }

    #[test]
    fn a_measure_word_opens_a_text_only_as_a_whole_word() {
        let lexicon = crate::rules::RuleSet::builtin().unwrap().lexicon;
        for text in [
            "metres below",
            "% of",
            "Kilometres away",
            "hours later",
            "per cent",
        ] {
            assert!(lexicon.opens_with_measure(text), "{text}");
        }
        for text in [
            "m people",
            "day-trippers",
            "cup ties",
            "points",
            "metresx",
            "miners",
        ] {
            assert!(!lexicon.opens_with_measure(text), "{text}");
        }
    }

    #[test]
    fn measures_become_macros_by_kind_and_unit() {
        let lexicon: Lexicon = serde_yaml::from_str(
            "measures:\n  - {kind: time, unit: minute, words: [min, \"'\"]}\n  - {kind: rate, unit: percentage point, factor: 0.01, words: [bp]}\n",
        )
        .unwrap();
        let table = lexicon.macro_table();
        assert_eq!(table["measure_unit_time"], r"(?:min\b)");
        assert_eq!(table["measure_symbol_time"], "(?:')");
        assert_eq!(table["measure_percentage_point"], r"(?:bp\b)");
        assert_eq!(lexicon.measures[1].factor, 0.01);
    }

    #[test]
    fn alternation_prefers_longer_words() {
        let words = ["over".to_string(), "just over".to_string()];
        assert_eq!(alternation(words.iter()), r"(?:just\s+over|over)");
    }

    /// The alternation as it was written before the words were put in a tree: one branch per
    /// word, longest first. The tree must match what this matches.
    fn flat_alternation(words: &[&str], leading: bool, trailing: bool) -> String {
        let mut words: Vec<&str> = words.to_vec();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        let branches: Vec<String> = words
            .iter()
            .map(|w| {
                let body = w
                    .split_whitespace()
                    .map(regex::escape)
                    .collect::<Vec<_>>()
                    .join(r"\s+");
                let open = if leading && w.starts_with(char::is_alphanumeric) {
                    r"\b"
                } else {
                    ""
                };
                let close = if trailing && w.ends_with(char::is_alphanumeric) {
                    r"\b"
                } else {
                    ""
                };
                format!("{open}{body}{close}")
            })
            .collect();
        format!("(?:{})", branches.join("|"))
    }

    #[test]
    fn the_word_tree_matches_what_the_list_of_words_matched() {
        let words = [
            "US$",
            "US dollars",
            "us dollar",
            "$",
            "dollar",
            "dollars",
            "Rs",
            "rs.",
            "R",
            "rand",
            "rupees",
            "rupee",
            "won",
            "per cent",
            "percent",
            "percentage points",
            "%",
            "pc",
            "over",
            "just over",
            "just under",
            "more than",
            "more",
            "nearly",
            "near",
            "about",
            "a",
            "an",
            "an estimated",
            "kg",
            "k",
            "km",
            "km/h",
            "m",
            "mi",
            "miles",
            "mph",
        ];
        let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let texts = [
            "just over 5 US  dollars, nearly $5, near 4 rs. and Rs 40, R20 and 20 rand; rupees",
            "a 5 per cent rise, 3 percentage points, 4%, 2pc and 7 percent of the won",
            "more than 5 km/h or 4 kms, 3 km, 6 miles or 7 mi at 40 mph, 2 k and 9 kg",
            "an estimated 4 m, about 5 mi, just under six, won over more, MORE THAN NEARLY",
            "Rand, RAND, rs, RS, Rs., us dollar, US DOLLARS; Won Woman Rupeeless over-run",
        ];
        let wrappers = [
            "(?i){}",
            r"(?i)(?P<x>{})\s*(?:\d+|six)",
            r"(?i)\d+\s?(?P<x>{})(?:\s+of|\b)",
            r"(?i)(?:{})\s+(?:{})",
        ];
        for (leading, trailing) in [(false, false), (true, true), (false, true)] {
            let tree = bounded_alternation_with(owned.iter(), leading, trailing);
            let flat = flat_alternation(&words, leading, trailing);
            assert_ne!(tree, flat, "the words were not put in a tree");
            for wrapper in wrappers {
                let with = |alternation: &str| {
                    regex::Regex::new(&wrapper.replace("{}", alternation)).expect("compiles")
                };
                let (tree, flat) = (with(&tree), with(&flat));
                let mut matched = 0;
                for text in texts {
                    let found = |re: &regex::Regex| -> Vec<Vec<Option<(usize, usize)>>> {
                        re.captures_iter(text)
                            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                            .collect()
                    };
                    matched += found(&flat).len();
                    assert_eq!(found(&tree), found(&flat), "{wrapper} on {text}");
                }
                assert!(matched >= 3, "{wrapper}: {matched} matches");
            }
        }
    }
}
