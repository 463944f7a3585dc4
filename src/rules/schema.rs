//! The shape of a rule file, as written by rule authors. The same types give serde what to read
//! and schemars the JSON Schema that `crosscheck rules schema` prints for editors, so the two
//! cannot drift apart.

use schemars::JsonSchema;
use serde::Deserialize;

/// One rule file. Its id is the file stem.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// The claim kind the rule produces, dotted: `visit.ordinal`.
    pub kind: String,
    /// One line saying what the rule finds.
    pub description: String,
    /// Longer documentation: why it matters, what it leaves out.
    #[serde(default)]
    pub documentation: Option<String>,
    /// Words a sentence must hold (each at the start of a word, in any case) for the patterns to be
    /// tried: a
    /// cheap prefilter. `lexicon:NAME` stands for a word list of the lexicon (`units`,
    /// `event_nouns`, `references`, `recurring_nouns`, `hedges`). Empty: every sentence is tried.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Regular expressions with named captures and `{macro}` references.
    pub patterns: Vec<String>,
    /// A match is dropped when this pattern matches the text right before it (anchored at its end).
    #[serde(default)]
    pub exclude_before: Option<String>,
    /// A match is dropped when this pattern matches the text right after it (anchored at its start).
    #[serde(default)]
    pub exclude_after: Option<String>,
    /// A match is dropped when this pattern matches anywhere in the match's own words: what
    /// shows the words are not the claim ("climbed to 21 on Thursday" dates the toll's rise, not
    /// the capsizing the match began with).
    #[serde(default)]
    pub exclude_inside: Option<String>,
    /// When set (with or without `require_after`), a match is kept only if this pattern matches
    /// the text right before it (anchored at its end) or `require_after` matches the text after.
    #[serde(default)]
    pub require_before: Option<String>,
    /// The counterpart of `require_before`, anchored at the start of the text after the match.
    #[serde(default)]
    pub require_after: Option<String>,
    /// A match is kept only if this pattern matches somewhere in its sentence, the match's own
    /// words included: what the sentence must say for the match to mean the rule's claim
    /// ("record", "hottest" for a temperature that is a heatwave's record, not a day's high).
    #[serde(default)]
    pub require_in_sentence: Option<String>,
    /// Kinds this rule gives way to: a match overlapping one of theirs is dropped, so a general
    /// rule ("the highest in 22 years") does not repeat what a specific one already read ("the
    /// first visit to China in six years"). `*` stands for every other kind: a fallback rule
    /// that reads what no other rule does.
    #[serde(default)]
    pub defer_to: Vec<String>,
    /// The rule's claims stand only where a report gives them one value: a report whose claims
    /// of this rule with the same qualifiers (the same unit, the same year) hold values that
    /// cannot both hold loses them all, as a generic reading cannot tell which thing each
    /// figure is about ("searched 14 containers", "three containers held cocaine"). Such a
    /// reading matters only as a comparison: `check` leaves out the claims of it no other
    /// report makes (`extract` lists them all).
    #[serde(default)]
    pub once_per_report: bool,
    /// The rule reads figures only to corroborate: its claims are never aligned by kind, subject
    /// or object, never set against anything and never listed alone. `check` puts one beside
    /// another report's figure, or a claim no other report's claim met, when the two values are
    /// the same and their sentences share words the reports use rarely ("a lens that weighs 2.4
    /// tonnes", "a lens weighing some 5,300 pounds"), and reports the two as an agreement.
    /// `extract` leaves them out. Such a rule defers to every other kind, and no rule's `*`
    /// defers to it.
    #[serde(default)]
    pub corroborate_only: bool,
    /// Who or what the claim is about.
    #[serde(default)]
    pub subject: Option<RoleSpec>,
    /// What the claim relates the subject to.
    #[serde(default)]
    pub object: Option<RoleSpec>,
    /// How the value is built from the captures.
    pub value: ValueSpec,
    /// Positive and negative examples; they run as tests.
    pub examples: Vec<Example>,
}

/// How a subject or object is found: from a capture, else by resolving a reference of the type.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleSpec {
    /// The named capture holding the words, if the pattern has one.
    #[serde(default)]
    pub capture: Option<String>,
    /// The entity type: `person`, `place`, `country`, `city`, `organization`, `event`, `actor` (a
    /// person or an organization) or `any`; or `series`, `money`, `per_unit` or `record`, read
    /// through the lexicon's recurring nouns, money nouns, units per amount or superlatives; or
    /// `figure`, read through the money nouns when the phrase's head is one ("net income" is
    /// profit) and as `any` otherwise; or `state`, what holds of the part of a whole a share is
    /// of, read through the lexicon's states ("lost power" is "without power"); or `whole`, the
    /// whole a share is of, where the lexicon's population nouns ("residents", "the
    /// population") are one whole and any other phrase is read as `any`.
    #[serde(rename = "type", default = "any")]
    pub entity_type: String,
    /// A fixed name, for roles the pattern itself settles ("visits abroad" → `abroad`).
    #[serde(default)]
    pub fixed: Option<String>,
    /// When the capture is absent or says nothing specific, fall back to the document's most
    /// relevant entity of the type (`true`, the default) or leave the role empty (`false`).
    #[serde(default = "yes")]
    pub resolve: bool,
    /// The role is named in the claim's own sentence, never taken from another sentence or the
    /// document's focal entity: captured words count if the report knows them as an entity or
    /// they are a full name, and without a capture the nearest entity of the sentence counts.
    /// The captain's pay is not the signing's, and "Nurses are paid" names no one.
    #[serde(default)]
    pub within_sentence: bool,
    /// Drop the claim when this role cannot be found: a claim about nobody in particular would
    /// align with every other claim of its kind.
    #[serde(default)]
    pub required: bool,
}

fn any() -> String {
    "any".into()
}

fn yes() -> bool {
    true
}

/// The value constructors a rule can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Constructor {
    /// A cardinal amount with its hedge: "over 10,000", "dozens of", "eleven".
    Count,
    /// An ordinal: "fifth", "5th"; or the times before this one: "twice before" → 3.
    Ordinal,
    /// A date, absolute or relative to the publication date: "September 3rd", "on Wednesday".
    Date,
    /// The time a span before the reference date: "in six years" → 2019 in a 2025 report,
    /// "thirteen months after" → the month thirteen months before publication.
    TimeBeforeReference,
    /// A length of time in years: "eight decades" → 80.
    DurationYears,
    /// An age from a date of birth, on the publication date: "born in 1958" in a 2026 report →
    /// 67 to 68 (the birthday may be still to come), "born on 3 March 1958" → 68 from March 3.
    AgeFromBirth,
    /// A length of time, compared in days with calendar units as ranges (a month is 28 to 31
    /// days), so "a year" and "12 months" agree: "a three-month stay", "12 years".
    Duration,
    /// How many items a list names: "Harold Keane, 71; Marisol Ortega-Fay, 44; and Dylan
    /// Pruitt, 19" → 3. Items are split at semicolons when the list has them, else at commas
    /// and its last "and" or "or", and only items that start with a capital (names) count, so
    /// an age or a clause set off by commas is no item.
    ListCount,
    /// A result as a pair of scores, higher first: "won 2-1", "a 1-1 draw".
    Score,
    /// An amount with a unit of measure in its metric base unit: "10 km" → 10,000 metre;
    /// customary lengths and areas give or take half their last digit ("8 miles" →
    /// 12,070–13,680 metre), and so do pounds and ounces (to grams); cups and gallons stay as
    /// written.
    Measure,
    /// An amount of money in the ISO 4217 code of its currency: "$2.3 billion" → 2.3e9 USD,
    /// "€500m" → 5e8 EUR; hedges and ranges as for counts.
    Money,
    /// A rate: "5%" and "five per cent" → 5 percent; "2 percentage points" and "2 points" → 2
    /// percentage point; "25 basis points" → 0.25 percentage point. The rule's pattern supplies
    /// the rate context that makes "points" percentage points.
    Percent,
    /// A time of day, compared on the clock in minutes after midnight and shown on the 24-hour
    /// clock: "2:10 p.m." and "14:10" → 14:10; an hour alone is the hour ("4 a.m." → 04:00 to
    /// 04:59); "about" widens a time by ten minutes and an hour by half an hour, "shortly
    /// after" and "shortly before" reach a quarter of an hour (half an hour from an hour) on
    /// their side. A capture named `zone` ("GMT", "UTC") keeps the time apart from one on
    /// another clock or on none.
    ClockTime,
}

/// How a rule builds its value.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueSpec {
    #[serde(rename = "type")]
    pub constructor: Constructor,
    /// The named capture the value is read from.
    pub capture: String,
    /// A fixed unit for counts ("visit").
    #[serde(default)]
    pub unit: Option<String>,
    /// A capture naming the unit ("soldiers"), normalized through the lexicon's units.
    #[serde(default)]
    pub unit_capture: Option<String>,
    /// A capture holding the words before the unit's noun: those that read as a noun join the
    /// unit ("40 business leaders" count business leaders, not leaders), those that read as an
    /// adjective do not ("14 refrigerated containers" are containers).
    #[serde(default)]
    pub modifier_capture: Option<String>,
    /// For a length of time, the unit a bare number is in: a median age is said as "40.2" as
    /// often as "40.2 years", and with `bare_unit: year` both read as years.
    #[serde(default)]
    pub bare_unit: Option<String>,
    /// The count is a part of the whole the kind counts, so its value is a lower bound: "six
    /// bodies have been recovered" is at least six dead.
    #[serde(default)]
    pub at_least: bool,
}

/// An example sentence: positive ones name the claim they must yield, negative ones yield none.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    /// The publication date the example is read at; defaults to 2025-08-28.
    #[serde(default)]
    pub published: Option<String>,
    /// `false` for a negative example: the rule must find nothing in the text.
    #[serde(default = "yes")]
    pub matches: bool,
    /// The expected value, as the report displays it ("5", "2019", "> 10,000 soldier").
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub object: Option<String>,
    /// The expected unit of a count ("saver"), so that an example proves which group is counted.
    #[serde(default)]
    pub unit: Option<String>,
    /// Qualifiers the claim must carry, each with its value (`{stage: earlier}`), so that an
    /// example proves which figures the claim meets.
    #[serde(default)]
    pub qualifiers: std::collections::BTreeMap<String, String>,
}

/// The JSON Schema of a rule file, for editors that complete and validate YAML (through
/// yaml-language-server, for instance).
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(RuleFile)).unwrap_or_default();
    if let Some(object) = schema.as_object_mut() {
        object.insert("title".into(), "crosscheck rule file".into());
        object.insert(
            "description".into(),
            "One crosscheck rule: the claim kind it makes, its patterns, how the captures become \
             the subject, object and value, and examples that run as tests. The file stem is the \
             rule's id."
                .into(),
        );
    }
    schema
}
