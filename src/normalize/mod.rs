//! Normalization: a [`Mention`] and its document become a [`Claim`] with a typed value, a
//! resolved subject and object, and every assumption made on the way.
//!
//! The rule names a value constructor; this module runs it on the captured words: numbers and
//! hedges ([`number`]), dates against the publication date and the sentence's tense ([`date`]),
//! spans of years, and subjects and objects through the gazetteer ([`subject`]).

pub mod chamber;
pub mod clock;
pub mod date;
pub mod dimension;
pub mod duration;
pub mod limit;
pub mod number;
pub mod people;
pub mod period;
mod shared;
pub mod subject;
pub mod things;
pub mod unit;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use jiff::civil::Date;
use regex::Regex;

use crate::claim::{Claim, Evidence, Qualifiers, Role};
use crate::extract::Mention;
use crate::rules::{Constructor, Rule, RuleSet};
use crate::source::Document;
use crate::value::{DateValue, Grain, NumberValue, Relation, Value};

use shared::SharedTexts;
pub use subject::DocumentContext;

/// Settings that change how values are read.
#[derive(Clone, Debug)]
pub struct Settings {
    /// How far "about", "around" and "nearly" reach either side, as a fraction: 0.1 is ±10%.
    pub tolerance: f64,
    /// How to read a date whose sentence shows no tense: `Unknown` takes the latest weekday on
    /// or before the reference and the nearest month and day; `Future` and `Past` lean one way.
    pub unknown_tense: date::Tense,
    /// Whether numeric dates put the day first ("3/9/2025" is 3 September), as outside the US.
    pub day_first: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            tolerance: 0.1,
            unknown_tense: date::Tense::Unknown,
            day_first: false,
        }
    }
}

/// The claims of one document. The mentions are taken, and each is freed once its claim is
/// made: for a large source they are held in place of claims, not beside them.
pub fn normalize(
    document: &Document,
    mentions: Vec<Mention>,
    rules: &RuleSet,
    settings: &Settings,
) -> Vec<Claim> {
    normalize_in_story(document, mentions, rules, settings, &Story::default(), 0)
}

/// What the reports of one story share: the main event, and the people any of them introduces.
#[derive(Debug, Default)]
pub struct Story {
    /// The event the reports name most (see [`subject::story_event`]).
    pub event: Option<String>,
    /// Each report's people, and all of them by full name (see [`people::StoryPeople`]); empty
    /// when each report is read on its own.
    pub people: people::StoryPeople,
    /// The names any report says the kind of (see [`things::StoryThings`]).
    pub things: things::StoryThings,
}

impl Story {
    /// The story the reports in `documents` tell together.
    pub fn of(documents: &[Document], rules: &RuleSet) -> Story {
        let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
        Story {
            event: subject::story_event(documents, rules),
            people: people::StoryPeople::of(&texts, &rules.gazetteer, &rules.lexicon),
            things: things::StoryThings::of(documents, &rules.lexicon),
        }
    }
}

/// The claims of report number `index` of `story`.
pub fn normalize_in_story(
    document: &Document,
    mentions: Vec<Mention>,
    rules: &RuleSet,
    settings: &Settings,
    story: &Story,
    index: usize,
) -> Vec<Claim> {
    let people = (!story.people.per_report.is_empty()).then_some((&story.people, index));
    let context = DocumentContext::in_story(document, rules, story.event.as_deref(), people)
        .with_things(&story.things);
    let mut shared = SharedTexts::default();
    // At most one claim per mention: sized once, not grown by doubling through a large source.
    let mut claims = Vec::with_capacity(mentions.len());
    // The claims whose clause names a place, and the place: each may be that place's part.
    let mut placed = Vec::new();
    // The claims of rules read only where a report gives them one value.
    let mut once = Vec::new();
    // Which claims are ordinals: "the 14th plow" and "eight full plows" tell of plows, but
    // one is no count of the other.
    let mut ordinals = Vec::with_capacity(mentions.len());
    // Which claims count their noun narrowed by an adjective ("three remaining buyers").
    let mut narrowed = Vec::with_capacity(mentions.len());
    for mention in mentions {
        if let Some((mut claim, place)) =
            normalize_mention(&context, &mut shared, &mention, settings)
        {
            let spec = &rules.rules[mention.rule].file.value;
            ordinals.push(spec.constructor == Constructor::Ordinal);
            narrowed.push(
                spec.modifier_capture
                    .as_deref()
                    .and_then(|name| mention.capture(name))
                    .is_some_and(|range| {
                        document.text[range]
                            .split_whitespace()
                            .any(reads_as_adjective)
                    }),
            );
            if rules.rules[mention.rule].file.once_per_report {
                // A generic reading knows nothing of what it counts but its noun: the place its
                // clause names is all that tells one town's count from another's, or from the
                // whole country's, so it meets only the same place's figure.
                if let Some(place) = place {
                    let mut qualifiers: Vec<_> = claim
                        .qualifiers
                        .iter()
                        .map(|(k, v)| (shared.text(k), shared.text(v)))
                        .collect();
                    qualifiers.push((shared.text("place"), shared.text(&place)));
                    claim.qualifiers = Qualifiers::new(qualifiers);
                }
                once.push(claims.len());
            } else if let Some(place) = place {
                placed.push((claims.len(), place));
            }
            claims.push(claim);
        }
    }
    parts_by_place(&mut claims, placed, &mut shared);
    drop_repeated(&mut claims, &once, &ordinals, &narrowed);
    claims.shrink_to_fit();
    claims
}

/// Drops the claims among `once` (claims of rules read only where a report gives them one
/// value) whose report counts the same unit, with the same qualifiers (wherever it is said
/// of), with values that cannot all hold: "searched 14 containers" and "three containers held
/// cocaine" count different containers, and so do "Nine animals escaped" (a topic rule's) and
/// "the zoo's 600 animals"; a generic reading cannot tell which another report's figure is.
/// The claims of other rules stay.
///
/// A count whose noun an adjective narrows (`narrowed`: "three remaining buyers", "four
/// refrigerated trucks") is a part of the plain count beside it ("Nine buyers registered"):
/// it never makes the plain count doubtful, and is itself dropped where a plain count or
/// another narrowed one cannot hold with it.
fn drop_repeated(claims: &mut Vec<Claim>, once: &[usize], ordinals: &[bool], narrowed: &[bool]) {
    if once.is_empty() {
        return;
    }
    // A place is no help here: "4.2 million children" and "In Copperbelt province, 760,000
    // children" beside a target of "5,200,000 children" leave no count of children that a
    // generic reading can tell apart; nor is a verb ("40 sheep" lost and "six sheep were found
    // alive"), since another report's count may have none. Counts and
    // ordinals are weighed apart.
    let key = |i: usize| {
        let qualifiers: Vec<(String, String)> = claims[i]
            .qualifiers
            .iter()
            .filter(|(k, _)| *k != "place" && *k != "verb")
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        (ordinals[i], qualifiers)
    };
    let wanted: HashSet<_> = once.iter().map(|&i| key(i)).collect();
    // Per unit and qualifiers, the largest lower bound and the smallest upper bound of the
    // report's counts: intervals that all meet share a point, so some two cannot both hold
    // exactly when the one exceeds the other.
    // The bounds of all the counts, and of the plain ones alone (see above).
    let mut bounds: HashMap<_, [(f64, f64); 2]> = HashMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Value::Number(number) = &claim.value else {
            continue;
        };
        if !claim.qualifiers.contains_key("unit") {
            continue;
        }
        let k = key(i);
        if !wanted.contains(&k) {
            continue;
        }
        let entry = bounds
            .entry(k)
            .or_insert([(f64::NEG_INFINITY, f64::INFINITY); 2]);
        for (which, bound) in entry.iter_mut().enumerate() {
            if which == 1 && narrowed[i] {
                continue;
            }
            bound.0 = bound.0.max(number.min.unwrap_or(f64::NEG_INFINITY));
            bound.1 = bound.1.min(number.max.unwrap_or(f64::INFINITY));
        }
    }
    let mut dropped = vec![false; claims.len()];
    for &i in once {
        let which = usize::from(!narrowed[i]);
        if bounds
            .get(&key(i))
            .is_some_and(|bounds| bounds[which].0 > bounds[which].1)
        {
            dropped[i] = true;
        }
    }
    let mut index = 0;
    claims.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
}

/// Makes a figure said of a place a part of the whole, when the report says so: a figure its
/// clause says of a place ("In the capital, 45 people died") is one place's share when the
/// same report gives a larger figure of the same kind about the same thing without a place
/// ("the floods have killed 120"), or figures of the same kind for other places ("In Kell, 30
/// were killed"). A report is taken not to contradict itself, so such figures are its parts,
/// not the total another report gives; each meets only its like (`part`: "in the capital").
/// A figure said of a place with nothing else to set it apart stays as it is: "the quake
/// killed 300 people in Hatay" may be the whole story.
fn parts_by_place(claims: &mut [Claim], placed: Vec<(usize, String)>, shared: &mut SharedTexts) {
    if placed.is_empty() {
        return;
    }
    let place_of: HashMap<usize, &str> = placed.iter().map(|(i, p)| (*i, p.as_str())).collect();
    // Names in any case: "Rents were 5.1% higher" and "with rents rising 9.3%" tell of one
    // figure.
    let key = |claim: &Claim| {
        (
            Arc::clone(&claim.kind),
            claim.subject.as_ref().map(|r| r.name.to_lowercase()),
            claim.object.as_ref().map(|r| r.name.to_lowercase()),
            claim.qualifiers.clone(),
        )
    };
    let wanted: HashSet<_> = placed.iter().map(|&(i, _)| key(&claims[i])).collect();
    let mut groups: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let k = key(claim);
        if wanted.contains(&k) {
            groups.entry(k).or_default().push(i);
        }
    }
    let bounds = |claim: &Claim| match &claim.value {
        Value::Number(n) => n.min.or(n.max).zip(n.max.or(n.min)),
        _ => None,
    };
    let mut parts = Vec::new();
    for members in groups.values().filter(|m| m.len() > 1) {
        for &c in members {
            let Some(place) = place_of.get(&c) else {
                continue;
            };
            let apart = members.iter().find_map(|&d| {
                let (claim, other) = (&claims[c], &claims[d]);
                if d == c || claim.value.relation(&other.value) != Relation::Disjoint {
                    return None;
                }
                match place_of.get(&d) {
                    // A larger figure without a place: the whole this place is part of. A
                    // place's rate may be above the whole's as well as below it ("prices rose
                    // 8.1% in the north" against 4.2% for the country).
                    None => {
                        let ((_, top), (bottom, _)) = (bounds(claim)?, bounds(other)?);
                        let rate = claim.qualifiers.get("unit") == Some("percent");
                        (rate || top < bottom)
                            .then(|| format!("the report gives {} without a place", other.display))
                    }
                    Some(elsewhere) if elsewhere != place => {
                        Some(format!("the report gives {} {elsewhere}", other.display))
                    }
                    Some(_) => None,
                }
            });
            if let Some(why) = apart {
                parts.push((c, place.to_string(), why));
            }
        }
    }
    for (c, place, why) in parts {
        mark_part(&mut claims[c], &place, &why, shared);
    }
}

/// Makes `claim` the figure of `place` alone, for the reason `why`.
fn mark_part(claim: &mut Claim, place: &str, why: &str, shared: &mut SharedTexts) {
    let part = (shared.text("part"), shared.text(place));
    let qualifiers: Vec<_> = claim
        .qualifiers
        .iter()
        .map(|(k, v)| (shared.text(k), shared.text(v)))
        .collect();
    claim.qualifiers = Qualifiers::new(qualifiers.into_iter().chain([part]));
    let note = format!("\"{place}\": read as one place's figure, a part of the whole ({why})");
    let mut assumptions = claim.assumptions.to_vec();
    assumptions.push(shared.text(&note));
    claim.assumptions = assumptions.into_boxed_slice();
}

fn normalize_mention(
    context: &DocumentContext<'_>,
    shared: &mut SharedTexts,
    mention: &Mention,
    settings: &Settings,
) -> Option<(Claim, Option<String>)> {
    let document = context.document;
    let rule = &context.rules.rules[mention.rule];
    let spec = &rule.file.value;
    let value_range = mention.capture(&spec.capture)?;
    // "Turnout was about two-thirds", "half of the staff": a share of a whole, never a count of
    // people or things, and no claim of a rule that counts.
    // "One in four homes lost power" is a quarter of them and "30 percent of homes" a share too,
    // though the rule read "One" or "30" and went on past "in four" or "percent of" to the noun.
    if spec.constructor == Constructor::Count
        && (is_share(&document.text[value_range.clone()], context)
            || is_percent_sign(&document.text[value_range.end..])
            || share_base_after(&document.text[value_range.end..]).is_some_and(|base| {
                is_share(
                    &format!("{}{base}", &document.text[value_range.clone()]),
                    context,
                )
            }))
    {
        return None;
    }
    // "a child born in 2014 who fell ill": a year after "in" or "since", not a count.
    if spec.constructor == Constructor::Count
        && is_year_after_preposition(
            &document.text[..value_range.start],
            &document.text[value_range.clone()],
        )
    {
        return None;
    }
    // "0.12 microsieverts", "2.4 children per family": things are counted whole, and a number
    // with decimals and no scale word ("1.98 million") measures or averages them.
    if spec.constructor == Constructor::Count
        && spec.unit_capture.is_some()
        && has_fraction(&document.text[value_range.clone()])
    {
        return None;
    }
    // "a quarter of a million euros", "half an hour": a fraction of an amount, not a share.
    if spec.constructor == Constructor::Percent && of_an_amount(&document.text[value_range.end..]) {
        return None;
    }
    let sentence = document.sentences[mention.sentence].clone();
    let (value, mut assumptions) =
        build_value(context, rule, value_range.clone(), &sentence, settings);
    // The quote holds every word the value was read from: "no one was killed", not "one was
    // killed".
    let quoted = match no_before_one(document, value_range.clone(), &sentence) {
        Some(start) if spec.constructor == Constructor::Count => {
            start.min(mention.range.start)..mention.range.end
        }
        _ => mention.range.clone(),
    };
    // "Half of the roughly 12,000 residents were evacuated": the count is the share of the
    // whole the sentence names, never the whole.
    let value = match value {
        Value::Number(whole) if spec.constructor == Constructor::Count => {
            let before = &document.text[sentence.start.min(value_range.start)..value_range.start];
            match share_of_before(before, context, settings) {
                Some((share, words)) => {
                    let part = part_of(&whole, &share);
                    assumptions.push(format!(
                        "\"{words}\" {}: that share of the whole, {part}",
                        document.text[value_range.clone()].trim()
                    ));
                    Value::Number(part)
                }
                None => Value::Number(whole),
            }
        }
        other => other,
    };
    let unit = unit_of(context, rule, mention);
    // Only money: fines and penalties are what the law caps; a count or a rate after the same
    // words ("at maximum capacity after 300 people were injured") is no maximum.
    let (value, maximum) = if rule.file.value.constructor == Constructor::Money {
        stated_maximum(
            value,
            &document.text[sentence.start..value_range.start],
            &document.text[value_range.clone()],
            &document.text[value_range.end..sentence.end.max(value_range.end)],
            &mut assumptions,
        )
    } else {
        (value, false)
    };
    let value = match (value, &unit) {
        (Value::Number(n), Some(unit)) => Value::Number(n.with_unit(Some(unit.clone()))),
        (value, _) => value,
    };
    let role = |spec: &Option<crate::rules::RoleSpec>| {
        spec.as_ref().and_then(|spec| {
            let capture = spec.capture.as_deref().and_then(|c| mention.capture(c));
            context.resolve(spec, capture, mention.range.clone(), sentence.clone())
        })
    };
    let subject = role(&rule.file.subject);
    let object = role(&rule.file.object);
    let (value, object, per_year_shown) =
        per_year(value, object, rule.file.value.constructor, &mut assumptions);
    let required =
        |spec: &Option<crate::rules::RoleSpec>| spec.as_ref().is_some_and(|s| s.required);
    if (required(&rule.file.subject) && subject.is_none())
        || (required(&rule.file.object) && object.is_none())
    {
        return None;
    }
    if value_needed_reference(&assumptions) {
        if let Some(published) = document.meta.published {
            assumptions.insert(
                0,
                format!(
                    "reference date {published} (publication date, from {})",
                    document.meta.published_from_text()
                ),
            );
        }
    }
    // Amounts in different currencies or units are different claims until converted: keep them
    // apart rather than call them agreeing. The unit an amount was read in stands over the
    // rule's.
    let measured = matches!(
        rule.file.value.constructor,
        Constructor::Money | Constructor::Percent | Constructor::Measure | Constructor::ClockTime
    );
    let read_unit = match (measured, &value) {
        (
            true,
            Value::Number(NumberValue {
                unit: Some(unit), ..
            }),
        ) => Some(unit.as_str()),
        _ => None,
    };
    // A company's or a budget's figures are for a period: a quarter's fall and the year's are
    // different claims, kept apart like different units.
    let money_or_rate = matches!(
        rule.file.value.constructor,
        Constructor::Money | Constructor::Percent
    );
    let period = money_or_rate
        .then(|| {
            period::reporting_period(
                &document.text[sentence.clone()],
                mention.range.start - sentence.start..mention.range.end - sentence.start,
            )
        })
        .flatten();
    // A change summed over the year so far is never one day's or one quarter's.
    let to_date = money_or_rate
        && period::to_date(
            &document.text[sentence.clone()],
            mention.range.start - sentence.start..mention.range.end - sentence.start,
        );
    // A change on the month before is not one on the year before (see `period::change_span`).
    let span = (money_or_rate && rule.file.kind.ends_with(".change"))
        .then(|| {
            period::change_span(
                &document.text[sentence.clone()],
                mention.range.start - sentence.start..mention.range.end - sentence.start,
            )
        })
        .flatten();
    // One day's or one place's share ("On Tuesday alone, 112 flights were cancelled") is not
    // the total.
    let part_named = mention
        .capture("part")
        .map(|range| crate::rules::lexicon::collapse_spaces(&document.text[range].to_lowercase()));
    let part = (part_named.is_none()
        && (money_or_rate || rule.file.value.constructor == Constructor::Count))
        .then(|| {
            period::part_alone(
                &document.text[sentence.clone()],
                mention.range.start - sentence.start..mention.range.end - sentence.start,
            )
        })
        .flatten();
    // The place its clause says the figure is of, if any: a part when the report says so (see
    // `parts_by_place`).
    let place = (part.is_none()
        && part_named.is_none()
        && (money_or_rate || rule.file.value.constructor == Constructor::Count))
        .then(|| {
            period::part_place(
                &document.text[sentence.clone()],
                mention.range.start - sentence.start..mention.range.end - sentence.start,
            )
        })
        .flatten()
        // The place the report's title names is where the whole story happens ("Port strike
        // strands ships as Kellmouth talks stall"): a figure said of it is the story's own.
        .filter(|place| !titled(document.meta.title.as_deref(), place))
        // A generic count said of the whole country ("Just 11 cases were reported nationwide")
        // is the country's: it never meets one of the story's place ("The city recorded four
        // cases").
        .or_else(|| {
            rule.file
                .once_per_report
                .then(|| scope(&document.text[sentence.clone()]))
                .flatten()
                .map(str::to_string)
        });
    // A run ("the 27th consecutive successful flight") is not the series it is part of.
    let run = rule.file.value.constructor == Constructor::Ordinal
        && period::in_a_row(
            &document.text[sentence.clone()],
            mention.range.start - sentence.start..mention.range.end - sentence.start,
        );
    // A count of those still there ("600 workers remain on site") is not the count in all.
    let still = rule.file.value.constructor == Constructor::Count
        && period::still_there(
            &document.text[sentence.clone()],
            mention.range.start - sentence.start..mention.range.end - sentence.start,
        );
    // The year a series is counted from: "the third attack this year" is not "the second
    // since 2021".
    let since = (rule.file.value.constructor == Constructor::Ordinal)
        .then(|| {
            period::series_since(
                &document.text[sentence.clone()],
                mention.range.start - sentence.start..mention.range.end - sentence.start,
                document.meta.published,
            )
        })
        .flatten();
    // And for a year: "the budget for 2027" is not the one "for the current year". A count is
    // dated by a year that opens its sentence ("Last year the council cut 410 posts"), or by a
    // year right after it ("welcomed 1.1 million visitors last year").
    let in_sentence = mention.range.start - sentence.start..mention.range.end - sentence.start;
    let year = if money_or_rate {
        period::reporting_year(
            &document.text[sentence.clone()],
            in_sentence,
            document.meta.published,
        )
    } else if rule.file.value.constructor == Constructor::Count {
        // A count of an event its sentence names by the year ("the 2011 flood") is told apart
        // by its subject already, and meets the other reports' counts of that event.
        let names_the_year = |year: &period::ReportingYear| {
            [&subject, &object]
                .iter()
                .any(|role| role.as_ref().is_some_and(|r| r.name.contains(&*year.label)))
        };
        period::leading_year(
            &document.text[sentence.clone()],
            in_sentence.clone(),
            document.meta.published,
        )
        .or_else(|| {
            period::year_after_count(
                &document.text[sentence.clone()],
                in_sentence,
                document.meta.published,
            )
        })
        .filter(|year| !names_the_year(year))
    } else {
        None
    };
    if let Some(assumption) = year.as_ref().and_then(|y| y.assumption.clone()) {
        assumptions.push(assumption);
    }
    // A rate or a sum its clause gives to another country than the report's own ("Hungary's
    // central bank has kept its base rate at 6.5%") is that country's: a part of the story's
    // picture, compared only with the same country's figure.
    let country = (money_or_rate && part.is_none() && part_named.is_none())
        .then(|| context.foreign_country(sentence.clone(), mention.range.start))
        .flatten();
    if let Some(country) = &country {
        assumptions.push(format!(
            "read as {country}'s figure: its clause names {country}, and the report is filed from elsewhere"
        ));
    }
    // Seats are counted in a chamber: 29 of a council's 61 and 34 of parliament's 150 are
    // different counts.
    let unit_name = read_unit.or(unit.as_deref());
    let chamber = (unit_name == Some("seat"))
        .then(|| {
            chamber::chamber_size(
                &document.text[sentence.clone()],
                mention.range.start - sentence.start..mention.range.end - sentence.start,
            )
        })
        .flatten()
        .map(|size| format!("{size} seats"));
    // A figure that changes by the day (how much of a fire is contained) meets only the figure
    // for the same day: the day its sentence names ("as of Thursday morning"), else the day its
    // report was published. The rule marks the day with an `as_of` capture.
    let as_of = rule
        .file
        .patterns
        .iter()
        .any(|p| p.contains("(?P<as_of>"))
        .then(|| match mention.capture("as_of") {
            Some(day) => match read_date(document, day, &sentence, settings).0 {
                // The hour or the part of the day, when the words give it: "by 6 a.m. on
                // Wednesday" and "by Wednesday evening" are two figures of one day.
                Value::Date(date) => Some(match as_of_hour(document, mention) {
                    Some(hour) => format!("{date} {hour}"),
                    None => date.to_string(),
                }),
                _ => None,
            },
            None => document.meta.published.map(|date| date.to_string()),
        })
        .flatten();
    // A generic count said of a day ("Nine shops near the depot were shut on Monday", "Five shops
    // will stay shut Tuesday") is that day's: it meets only the same day's count, or one that
    // names none.
    let day = (rule.file.once_per_report && spec.constructor == Constructor::Count)
        .then(|| count_day(document, mention.range.end, &sentence, settings))
        .flatten();
    // What the clause after such a count says of the things counted ("3,100 students had
    // secured a place", "4,900 students had been offered one"): two counts of one noun in
    // different states are two facts.
    let verb = (rule.file.once_per_report && spec.constructor == Constructor::Count)
        .then(|| count_verb(&document.text[mention.range.end..sentence.end]))
        .flatten();
    // Whose count it is, when the clause names who did the counted things ("Okafor served 17
    // aces", "the defence called five witnesses"): another's count is another fact. A rule
    // whose subject is a person has its own ("Kim has made 11 visits abroad").
    let person_subject = rule
        .file
        .subject
        .as_ref()
        .is_some_and(|subject| subject.entity_type == "person");
    let agent = (spec.constructor == Constructor::Count && unit_name.is_some() && !person_subject)
        .then(|| count_agent(context, &sentence, mention.range.start))
        .flatten();
    // A count over a span ("its third eruption in a decade", "the second time in four years")
    // only meets a count over the same span, or one that names none. The rule marks the span
    // with a `window` capture; "a decade" and "ten years" are one span.
    let window = mention
        .capture("window")
        .and_then(|range| parse_length(&document.text[range], context, settings))
        .map(|span| {
            let amount = NumberValue {
                unit: None,
                ..span.amount
            };
            format!("in {amount} {}s", span.unit.name())
        });
    // Only a time of day has a zone: zone-radius's `zone` capture names a zone on the ground.
    let zone = mention
        .capture("zone")
        .filter(|_| rule.file.value.constructor == Constructor::ClockTime)
        .map(|range| clock::zone_name(&document.text[range]));
    let qualifiers = Qualifiers::new(
        unit_name
            .map(|unit| (shared.text("unit"), shared.text(unit)))
            .into_iter()
            .chain(period.map(|period| (shared.text("period"), shared.text(period))))
            .chain(year.map(|year| (shared.text("year"), shared.text(&year.label))))
            .chain(maximum.then(|| (shared.text("limit"), shared.text("maximum"))))
            .chain(to_date.then(|| (shared.text("to date"), shared.text("year to date"))))
            .chain(span.map(|span| (shared.text("change"), shared.text(span))))
            .chain(run.then(|| (shared.text("run"), shared.text("in a row"))))
            .chain(still.then(|| (shared.text("phase"), shared.text("still there"))))
            .chain(part.map(|part| (shared.text("part"), shared.text(&format!("{part} alone")))))
            // A part the rule itself reads, by a `part` capture: "Health care added 52,000
            // jobs" is one sector's share of the month's jobs.
            .chain(part_named.map(|part| (shared.text("part"), shared.text(&part))))
            .chain(country.map(|country| (shared.text("part"), shared.text(&country))))
            .chain(chamber.map(|size| (shared.text("chamber"), shared.text(&size))))
            .chain(as_of.map(|day| (shared.text("as of"), shared.text(&day))))
            .chain(day.map(|day| (shared.text("day"), shared.text(&day))))
            .chain(verb.map(|verb| (shared.text("verb"), shared.text(verb))))
            .chain(agent.map(|agent| (shared.text("by"), shared.text(&agent))))
            .chain(window.map(|span| (shared.text("window"), shared.text(&span))))
            .chain(since.map(|year| (shared.text("since"), shared.text(&year))))
            // A time of day is on its zone's clock: "09:17 GMT" is not "04:17" local time.
            .chain(zone.map(|zone| (shared.text("zone"), shared.text(&zone))))
            // What a plan or a forecast says will happen ("will rise 6.5%") is kept apart from
            // what happened: the rule marks the words with an `outlook` capture.
            .chain(
                mention
                    .capture("outlook")
                    .map(|_| (shared.text("outlook"), shared.text("expected"))),
            )
            // An earlier offer, bid or estimate than the one the story is about ("turned down a
            // 720p-a-share proposal in March", "its initial bid of $30 a share") is kept apart
            // from the final one: the rule marks the words with an `earlier` capture.
            .chain(
                mention
                    .capture("earlier")
                    .map(|_| (shared.text("stage"), shared.text("earlier"))),
            ),
    );
    let display = match &value {
        _ if per_year_shown.is_some() => per_year_shown.unwrap_or_default(),
        // A length reads as written ("12 years"), not as the range of days it is compared in.
        Value::Number(_) if rule.file.value.constructor == Constructor::Duration => {
            let words = &document.text[value_range.clone()];
            parse_rule_length(words, rule, context, settings)
                .map(|d| {
                    let amount = NumberValue {
                        unit: None,
                        ..d.amount
                    };
                    let plural = if amount.is_exact() && amount.min == Some(1.0) {
                        ""
                    } else {
                        "s"
                    };
                    // A race's time reads as the results board shows it too: "8,292 seconds
                    // (2:18:12)".
                    let stopwatch = match (d.unit, amount.min, amount.max) {
                        (number::TimeUnit::Second, Some(a), Some(b)) if a == b => {
                            duration::as_stopwatch(a)
                                .map(|clock| format!(" ({clock})"))
                                .unwrap_or_default()
                        }
                        // Years and months written so read so too: "49 years and six months" is
                        // "594 months (49 years 6 months)"; "14 months" stays as written.
                        (number::TimeUnit::Month, Some(a), Some(b))
                            if a == b
                                && a >= 12.0
                                && a.fract() == 0.0
                                && a % 12.0 != 0.0
                                && words.to_ascii_lowercase().contains("year") =>
                        {
                            let (years, months) = ((a / 12.0).floor(), a % 12.0);
                            let years_plural = if years == 1.0 { "" } else { "s" };
                            let months_plural = if months == 1.0 { "" } else { "s" };
                            format!(" ({years} year{years_plural} {months} month{months_plural})")
                        }
                        _ => String::new(),
                    };
                    format!("{amount} {}{plural}{stopwatch}", d.unit.name())
                })
                .unwrap_or_else(|| words.to_string())
        }
        Value::Number(n) if measured => n.to_string(),
        Value::Number(n) => NumberValue {
            unit: None,
            ..n.clone()
        }
        .to_string(),
        other => other.to_string(),
    };
    let in_sentence = shared.sentence(context, sentence);
    let captures = mention
        .captures
        .iter()
        .map(|(name, range)| {
            (
                shared.text(name),
                shared.text(&document.text[range.clone()]),
            )
        })
        .collect();
    let assumptions = assumptions.iter().map(|a| shared.text(a)).collect();
    let value = match value {
        // Made by `format!`, which leaves room to grow that an archive's claims would keep.
        Value::Unresolved { mut reason } => {
            reason.shrink_to_fit();
            Value::Unresolved { reason }
        }
        value => value,
    };
    let claim = Claim {
        kind: shared.text(&rule.file.kind),
        subject: subject.map(|role| shared.role(role)),
        object: object.map(|role| shared.role(role)),
        qualifiers,
        value,
        display: shared.text(&display),
        evidence: Evidence {
            source: shared.text(&document.path),
            span: document.span(quoted.clone()),
            text: document.quote(quoted).into(),
            sentence: in_sentence.text,
            published: document.meta.published,
        },
        rule: shared.text(&rule.id),
        matched: crate::claim::Match {
            pattern: mention.pattern,
            captures,
        },
        assumptions,
        scene: in_sentence.scene,
        document_names: context.document_names(),
    };
    Some((claim, place))
}

/// Money each week or month, as a year's worth: "£180,000 a week" is the same pay as "£9.36m a
/// year", and "$8 more a month" the same rise in a bill as "$96 more a year", so all are read
/// per year (52 weeks, 12 months), with a note. Any money a rule reads per period (pay, a
/// payment, a cost); a day's or an hour's depends on the days and hours counted (working days
/// or every day), and stays as it is.
///
/// Also returns what the claim shows: the amount as written and per year ("180,000 GBP a
/// week, 9,360,000 GBP a year").
fn per_year(
    value: Value,
    object: Option<Role>,
    constructor: Constructor,
    assumptions: &mut Vec<String>,
) -> (Value, Option<Role>, Option<String>) {
    let periods = match object.as_ref().map(|role| &*role.name) {
        Some("week") => 52.0,
        Some("month") => 12.0,
        _ => return (value, object, None),
    };
    let (Value::Number(amount), Some(mut role)) = (&value, object.clone()) else {
        return (value, object, None);
    };
    if constructor != Constructor::Money || amount.unit.is_none() {
        return (value, object, None);
    }
    let scaled = NumberValue {
        min: amount.min.map(|n| n * periods),
        max: amount.max.map(|n| n * periods),
        figure: amount.figure.map(|n| n * periods),
        ..amount.clone()
    };
    assumptions.push(format!(
        "{amount} a {} read as a year's: {scaled} ({periods} {}s)",
        role.name, role.name
    ));
    let shown = format!("{amount} a {}, {scaled} a year", role.name);
    role.resolution = format!("{}; compared per year", role.resolution).into();
    role.name = "year".into();
    (Value::Number(scaled), Some(role), Some(shown))
}

fn value_needed_reference(assumptions: &[String]) -> bool {
    assumptions.iter().any(|a| a.contains("publication"))
}

/// An amount of money stated as a maximum allowed or faced ("can impose fines of up to £17.5m",
/// "face a maximum fine of €50,000", see [`limit`]): the maximum itself, and whether it is one.
/// Only an amount with an upper bound it may reach, or an exact one, can be a maximum.
fn stated_maximum(
    value: Value,
    before: &str,
    written: &str,
    after: &str,
    assumptions: &mut Vec<String>,
) -> (Value, bool) {
    let Value::Number(number) = value else {
        return (value, false);
    };
    let bounded = number.min.is_none() && number.max_inclusive;
    let Some(max) = number.max.filter(|_| bounded || number.is_exact()) else {
        return (Value::Number(number), false);
    };
    let Some(cue) = limit::maximum_cue(before, written, after) else {
        return (Value::Number(number), false);
    };
    let maximum = NumberValue::exact(max).with_unit(number.unit);
    assumptions.push(format!(
        "\"{}\" read as a maximum allowed or faced (\"{cue}\"): {maximum}, kept apart from \
         amounts imposed or paid",
        written.trim()
    ));
    (Value::Number(maximum), true)
}

/// The words after a number that make it the top of a share, "in four" or "out of every five",
/// as written (with the space before them), if they are there.
fn share_base_after(after: &str) -> Option<&str> {
    static BASE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^\s+(?:in\s+(?:every\s+)?|out\s+of\s+(?:every\s+)?|of\s+every\s+)(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b",
        )
        .expect("the share base pattern is valid")
    });
    BASE.find(after).map(|m| m.as_str())
}

/// Whether the words after a fraction make it a fraction of an amount: "of a million", "of an
/// hour", "of a mile".
fn of_an_amount(after: &str) -> bool {
    let words: Vec<String> = after
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    match words.as_slice() {
        [of, article, amount] if of == "of" && (article == "a" || article == "an") => matches!(
            amount.as_str(),
            "hundred"
                | "thousand"
                | "million"
                | "billion"
                | "trillion"
                | "dozen"
                | "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "decade"
                | "century"
                | "mile"
                | "kilometre"
                | "kilometer"
                | "metre"
                | "meter"
                | "percentage"
                | "point"
                | "cent"
                | "penny"
                | "pound"
                | "dollar"
                | "euro"
        ),
        _ => false,
    }
}

/// Whether `before` ends with a verb of an age still to come: "turns", "will turn", "is
/// turning", "is to turn". "Turned 30" is an age reached; "turns 30" is one to be reached.
fn turns_before(before: &str) -> bool {
    static TURNS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(?:turns|will\s+turn|is\s+turning|is\s+to\s+turn)\s+$")
            .expect("the turns pattern is valid")
    });
    TURNS.is_match(before)
}

/// Whether the words after a number make it a rate: "%", "percent", "per cent", "pct".
fn is_percent_sign(after: &str) -> bool {
    static SIGN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\s*(?:%|per\s?cent\b|percent(?:age)?\b|pct\b)")
            .expect("the percent sign pattern is valid")
    });
    SIGN.is_match(after)
}

/// Whether `words` say a share of a whole, maybe hedged ("about two-thirds", "half").
fn is_share(words: &str, context: &DocumentContext<'_>) -> bool {
    // Most counts are digits alone ("1,200"), which no share is: not read again for that.
    let digits_alone = words.bytes().any(|b| b.is_ascii_digit())
        && !words.contains('/')
        && !words.contains(" in ")
        && !words.contains(" out ");
    !digits_alone && number::read_share(words, &context.rules.lexicon, 0.0).is_some()
}

/// The share of a whole said right before a count of it, in hundredths, and its words: "half
/// of the", "about 40 percent of its", "two-thirds of the town's".
fn share_of_before(
    before: &str,
    context: &DocumentContext<'_>,
    settings: &Settings,
) -> Option<(NumberValue, String)> {
    static SHARE_OF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)(?:^|[\s,;(])(?P<share>(?:(?:about|around|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|fewer\s+than|just\s+(?:over|under))\s+)?(?:half|(?:a|one)[-\s](?:third|quarter|fifth|sixth|tenth)|(?:two|three|four)[-\s](?:thirds|quarters|fifths|tenths)|\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent|percent)))\s+of\s+(?P<rest>(?:the|its|their|his|her|our)\s+(?:[\w'’-]+[’']s\s+)?)$",
        )
        .expect("the share-of pattern is valid")
    });
    let found = SHARE_OF.captures(before)?;
    let share = found.name("share")?.as_str();
    let quantity = unit::parse_percent(share, &context.rules.lexicon, settings.tolerance)?;
    let words = format!("{share} of {}", found.name("rest")?.as_str().trim_end());
    Some((quantity.value, words))
}

/// The part `share` (in hundredths) is of `whole`, each end from the matching end, widened to
/// whole numbers: a part of a count is a count.
fn part_of(whole: &NumberValue, share: &NumberValue) -> NumberValue {
    let part = |count: f64, hundredths: f64| count * hundredths / 100.0;
    NumberValue {
        min: whole
            .min
            .zip(share.min)
            .map(|(count, hundredths)| (part(count, hundredths) + 1e-9).floor()),
        // A share with no upper end ("more than half") is bounded by the whole.
        max: whole.max.map(|count| match share.max {
            Some(hundredths) => (part(count, hundredths) - 1e-9).ceil(),
            None => count,
        }),
        min_inclusive: true,
        max_inclusive: whole.max_inclusive && share.max_inclusive,
        unit: whole.unit.clone(),
        figure: None,
    }
}

/// Whether `words` are a year after a word that introduces one ("born in 2014", "since 1998",
/// "until 2030"): four digits with no separator, from 1800 to 2099. A count that large is
/// written with a comma ("resulted in 2,014 cases"), and a count after these words is rare.
fn is_year_after_preposition(before: &str, words: &str) -> bool {
    let words = words.trim();
    let year_like = words.len() == 4
        && words.bytes().all(|b| b.is_ascii_digit())
        && (1800..2100).contains(&words.parse::<u32>().unwrap_or(0));
    year_like
        && ["in", "since", "during", "until", "till", "born"]
            .iter()
            .any(|word| subject::ends_with_word(before.trim_end(), word))
}

/// Where "no" begins when the words of `range` are the "one" of "no one" (or "no-one").
fn no_before_one(
    document: &Document,
    range: Range<usize>,
    sentence: &Range<usize>,
) -> Option<usize> {
    if !document.text[range.clone()]
        .trim()
        .eq_ignore_ascii_case("one")
    {
        return None;
    }
    let before = document.text[sentence.start.min(range.start)..range.start]
        .trim_end_matches([' ', '-', '‑']);
    subject::ends_with_word(before, "no")
        .then(|| sentence.start.min(range.start) + before.len() - 2)
}

fn build_value(
    context: &DocumentContext<'_>,
    rule: &Rule,
    range: Range<usize>,
    sentence: &Range<usize>,
    settings: &Settings,
) -> (Value, Vec<String>) {
    let document = context.document;
    let words = &document.text[range.clone()];
    let unresolved = |reason: String| (Value::Unresolved { reason }, Vec::new());
    match rule.file.value.constructor {
        // "No one was killed": the count is none, not one.
        Constructor::Count if no_before_one(document, range.clone(), sentence).is_some() => (
            Value::Number(NumberValue::exact(0.0)),
            vec!["\"no one\" read as 0".to_string()],
        ),
        // "who turns 30 in September": a year younger until the birthday, so either age.
        Constructor::Count
            if turns_before(&document.text[sentence.start.min(range.start)..range.start]) =>
        {
            match number::parse_number(words.trim()).filter(|n| n.fract() == 0.0 && *n >= 1.0) {
                Some(n) => (
                    Value::Number(NumberValue {
                        min: Some(n - 1.0),
                        max: Some(n),
                        max_inclusive: true,
                        ..NumberValue::exact(n)
                    }),
                    vec![format!(
                        "\"turns {}\": {} until the birthday, {} from it",
                        words.trim(),
                        n - 1.0,
                        n
                    )],
                ),
                None => unresolved(format!("\"{words}\" is not an age crosscheck can read")),
            }
        }
        Constructor::Count => {
            let lexicon = &context.rules.lexicon;
            let read = if lexicon.is_estimated_count(&rule.file.kind) {
                number::parse_quantity
            } else {
                number::parse_count
            };
            match read(words, lexicon, settings.tolerance) {
                Some(quantity) => {
                    let (value, mut notes) = rounded(words, quantity, true);
                    // A part of the whole bounds it from below; "up to 20 bodies" says nothing.
                    let value = match (rule.file.value.at_least, value.min) {
                        (false, _) => value,
                        (true, None) => {
                            return unresolved(format!(
                                "\"{}\" bounds a part of the whole ({}) from above only: it \
                                 says nothing of the whole",
                                words.trim(),
                                rule.file.kind
                            ))
                        }
                        (true, Some(_)) => {
                            let bound = NumberValue {
                                max: None,
                                max_inclusive: false,
                                figure: None,
                                ..value
                            };
                            notes.push(format!(
                                "\"{}\" is a part of the whole ({}): read as {bound}",
                                words.trim(),
                                rule.file.kind
                            ));
                            bound
                        }
                    };
                    (Value::Number(value), notes)
                }
                None => unresolved(format!("\"{words}\" is not an amount crosscheck can read")),
            }
        }
        Constructor::ListCount => match number::list_items(words) {
            Some(n) => (
                Value::Number(NumberValue::exact(n as f64)),
                vec![format!("a list of {n} names counted")],
            ),
            None => unresolved(format!(
                "\"{words}\" is no list of names crosscheck can count"
            )),
        },
        Constructor::Measure => {
            match unit::parse_measure_in_claims(words, &context.rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unresolved(format!(
                    "\"{words}\" is not an amount with a unit crosscheck can read"
                )),
            }
        }
        Constructor::Money => {
            match unit::parse_money_in(
                words,
                &context.rules.lexicon,
                settings.tolerance,
                context.local_currency(),
            ) {
                Some(quantity) => {
                    // "$8.4bn" is "$8.42bn" rounded: a decimal amount with a scale word is
                    // stated to the digits written, as a count with one is. A whole amount
                    // ("$3 million", "$25,000") is read as exact: pledges and prices are.
                    let (value, notes) = rounded(words, quantity, false);
                    (Value::Number(value), notes)
                }
                None => unresolved(format!(
                    "\"{words}\" is not an amount of money crosscheck can read"
                )),
            }
        }
        Constructor::Percent => {
            match unit::parse_percent(words, &context.rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unresolved(format!("\"{words}\" is not a rate crosscheck can read")),
            }
        }
        Constructor::Ordinal => match number::parse_ordinal(words) {
            Some(n) => (Value::Number(NumberValue::exact(n)), Vec::new()),
            None => match number::occasion_after(words) {
                // "has visited twice before": this visit is the third.
                Some(n) => (
                    Value::Number(NumberValue::exact(n)),
                    vec![format!(
                        "\"{}\" came before this one: read as occasion number {n}",
                        words.trim()
                    )],
                ),
                None => match number::superlative_rank(words, &context.rules.lexicon) {
                    // "the longest suspension bridge in the UK", "Britain's third-longest".
                    Some((n, written)) => (
                        Value::Number(NumberValue::exact(n)),
                        (!written)
                            .then(|| {
                                format!("\"{}\": a superlative alone ranks first", words.trim())
                            })
                            .into_iter()
                            .collect(),
                    ),
                    // A place told by its number ("the world No 3", "the No. 7 seed").
                    None => match number::parse_number(words.trim())
                        .filter(|n| *n >= 1.0 && n.fract() == 0.0)
                    {
                        Some(n) => (Value::Number(NumberValue::exact(n)), Vec::new()),
                        None => {
                            unresolved(format!("\"{words}\" is not an ordinal crosscheck can read"))
                        }
                    },
                },
            },
        },
        Constructor::DurationYears => {
            match number::parse_years(words, &context.rules.lexicon, settings.tolerance) {
                Some(quantity) => (Value::Number(quantity.value), quantity.notes),
                None => unresolved(format!(
                    "\"{words}\" is not a span of years crosscheck can read"
                )),
            }
        }
        Constructor::Date => read_date(document, range, sentence, settings),
        Constructor::AgeFromBirth => {
            let Some(reference) = document.meta.published else {
                return unresolved(format!(
                    "\"{words}\" gives an age on the publication date, and the source has none; give one with --published"
                ));
            };
            match read_date(document, range, sentence, settings) {
                (Value::Date(born), mut notes) => match age_from_birth(&born, reference) {
                    Some((young, old)) => {
                        let age = NumberValue {
                            min: Some(f64::from(young)),
                            max: Some(f64::from(old)),
                            max_inclusive: true,
                            ..NumberValue::exact(f64::from(young))
                        };
                        notes.push(format!(
                            "born {born}: {age} years old on the publication date {reference}"
                        ));
                        (Value::Number(age), notes)
                    }
                    None => unresolved(format!(
                        "\"{words}\" is no date of birth before the publication date {reference}"
                    )),
                },
                other => other,
            }
        }
        Constructor::Duration => match parse_rule_length(words, rule, context, settings) {
            Some(duration) => {
                let mut notes = duration.notes.clone();
                let days = in_days(&duration);
                // Months and years have days of their own number, so the days they are
                // compared as are worth saying; seconds to weeks convert exactly, and "0.006
                // days" for nine minutes would only puzzle.
                if matches!(
                    duration.unit,
                    number::TimeUnit::Month | number::TimeUnit::Year
                ) {
                    notes.push(format!("\"{words}\" compared as {days} days"));
                }
                (Value::Number(days.with_unit(Some("day".into()))), notes)
            }
            None => unresolved(format!(
                "\"{words}\" is not a span of time crosscheck can read"
            )),
        },
        Constructor::ClockTime => match clock::parse_clock(words) {
            Some((value, notes)) => (Value::Number(value), notes),
            None => unresolved(format!(
                "\"{}\" is not a time of day crosscheck can read",
                words.trim()
            )),
        },
        Constructor::Score => match read_score(words) {
            Some((high, low)) => {
                // A match told set by set says so.
                let notes = if sets_won(&words.to_lowercase()).is_some() {
                    vec![format!("\"{words}\" read as sets won: {high}–{low}")]
                } else {
                    Vec::new()
                };
                (Value::Score { high, low }, notes)
            }
            None => unresolved(format!("\"{words}\" is not a score crosscheck can read")),
        },
        Constructor::TimeBeforeReference => {
            let Some(reference) = document.meta.published else {
                return unresolved(format!(
                    "\"{words}\" counts back from the publication date, and the source has none; give one with --published"
                ));
            };
            let span = age_span(words).or_else(|| anniversary_span(words));
            let span_words = span.as_deref().unwrap_or(words);
            match number::parse_duration(span_words, &context.rules.lexicon, settings.tolerance) {
                Some(duration) => {
                    let (value, mut notes) = time_before(reference, &duration, words);
                    notes.splice(0..0, duration.notes);
                    (value, notes)
                }
                None => unresolved(format!(
                    "\"{words}\" is not a span of time crosscheck can read"
                )),
            }
        }
    }
}

/// The youngest and the oldest age on `reference` of someone born within `born`: a year of
/// birth gives two ages, the birthday being still to come or gone by; a day gives one. `None`
/// for a birth after the reference or an age no one reaches.
fn age_from_birth(
    born: &crate::value::DateValue,
    reference: jiff::civil::Date,
) -> Option<(i16, i16)> {
    let age = |birth: jiff::civil::Date| {
        let before_birthday = (reference.month(), reference.day()) < (birth.month(), birth.day());
        reference.year() - birth.year() - i16::from(before_birthday)
    };
    let first = born.start.date();
    // The range ends before its `end`: the last day of birth is the day before.
    let last = born.end.date().yesterday().ok()?.max(first);
    let (young, old) = (age(last), age(first));
    (young >= 0 && old <= 130 && last <= reference).then_some((young, old))
}

/// The date the words at `range` name, resolved against the document's publication date and
/// the tense of their sentence (or `settings.unknown_tense` where it shows none).
pub fn read_date(
    document: &Document,
    range: Range<usize>,
    sentence: &Range<usize>,
    settings: &Settings,
) -> (Value, Vec<String>) {
    let words = &document.text[range.clone()];
    let sentence_text = &document.text[sentence.clone()];
    let (tense, marker) = match date::tense_near(
        sentence_text,
        range.start - sentence.start..range.end - sentence.start,
    ) {
        (date::Tense::Unknown, _) => (settings.unknown_tense, None),
        found => found,
    };
    let options = date::DateOptions {
        tense,
        day_first: settings.day_first,
    };
    match date::resolve(words, document.reference(), options) {
        Ok(resolved) => {
            let mut notes = resolved.assumptions;
            let used_tense = notes.iter().any(|n| n.contains("tense"));
            if let (true, Some(marker)) = (used_tense, marker) {
                notes.push(format!("tense read from \"{marker}\""));
            }
            let value = match to_the_month(words, &resolved.value) {
                Some((value, note)) => {
                    notes.push(note);
                    value
                }
                None => resolved.value,
            };
            (Value::Date(value), notes)
        }
        Err(reason) => without_year(words, document, options)
            .unwrap_or((Value::Unresolved { reason }, Vec::new())),
    }
}

/// A time months or years from publication ("in about a year and a half", "within 18 months",
/// "two years from now") is good to the month only: the day it lands on is the publication
/// day's, and two reports of one story are published days apart. Such a time is widened to
/// its whole month, and to the months either side of it after "about"; a span "within" it
/// keeps its start, the publication day.
fn to_the_month(words: &str, value: &DateValue) -> Option<(DateValue, String)> {
    static FROM_NOW: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^\s*(?:(?P<within>within)\s+(?:the\s+next\s+)?|in\s+)?(?:(?P<about>about|around|roughly|some|approximately|nearly|almost)\s+)?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|twenty-four|thirty|thirty-six|a\s+few|a\s+couple\s+of|several)\s+(?:months?|years?)(?:\s+and\s+a\s+half)?(?:\s+(?:from\s+now|hence|later))?\s*$",
        )
        .expect("a valid pattern")
    });
    let found = FROM_NOW.captures(words)?;
    // "About" gives a month either way: "in about 24 months" said on 1 April is March to May.
    let slack = i64::from(found.name("about").is_some());
    let month_start = |moment: jiff::civil::DateTime| moment.date().first_of_month();
    let last = value
        .end
        .checked_sub(jiff::SignedDuration::from_secs(1))
        .ok()?;
    let end = month_start(last)
        .checked_add(jiff::Span::new().months(1 + slack))
        .ok()?;
    let (start, grain) = if found.name("within").is_some() {
        (value.start.date(), Grain::Day)
    } else {
        let start = month_start(value.start)
            .checked_sub(jiff::Span::new().months(slack))
            .ok()?;
        (start, Grain::Month)
    };
    let widened = DateValue::new(start, end, grain);
    let shown = crate::rules::lexicon::collapse_spaces(words.trim());
    Some((
        widened.clone(),
        format!("\"{shown}\" counted from the publication date is good to the month: {widened}"),
    ))
}

/// A month and day that no publication date gives a year ("March 3" in a report without one),
/// kept as the same day of every year so that it can still be compared.
fn without_year(
    words: &str,
    document: &Document,
    options: date::DateOptions,
) -> Option<(Value, Vec<String>)> {
    if document.reference().is_some() {
        return None;
    }
    let (month, day) = date::month_and_day(words, options)?;
    let shown = crate::rules::lexicon::collapse_spaces(words.trim());
    Some((
        Value::MonthDay { month, day },
        vec![format!(
            "\"{shown}\" gives no year and the source has no publication date: compared by month and day only"
        )],
    ))
}

/// A quantity read as the range its rounding stands for, when it is one (see
/// [`round_number_range`]), with a note saying so.
fn rounded(words: &str, quantity: number::Quantity, whole: bool) -> (NumberValue, Vec<String>) {
    let mut notes = quantity.notes;
    match round_number_range(words, &quantity.value, whole) {
        Some(range) => {
            let how = if whole {
                "read as a round number"
            } else {
                "read to the digits written"
            };
            notes.push(format!("\"{}\" {how}: {range}", words.trim()));
            (range, notes)
        }
        None => (quantity.value, notes),
    }
}

/// The range a round number stands for. News rounds big counts: "a crowd of 74,000" is not a
/// claim that 74,322 is wrong. A whole number written with three or more trailing zeros is read
/// to two significant digits (74,000 → [73,500, 74,500); 5,000 → [4,950, 5,050)); one with a
/// scale word to the digits written (4.6 million → [4.55, 4.65) million). Hedged values and
/// numbers written in full are left as they are. Without `whole`, only a decimal figure with a
/// scale word is read so (an amount of money: "$8.4bn", not "$3 million" nor "$25,000").
fn round_number_range(words: &str, value: &NumberValue, whole: bool) -> Option<NumberValue> {
    let n = value.min.filter(|_| value.is_exact())?;
    let digits: String = words
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    // A scale word, alone or glued to the digits: "4.6 million", "$2.3bn dollars", "€500m".
    let has_scale = words.split_whitespace().any(|w| {
        let lower = w.to_lowercase();
        // The letters after the digits, or the whole word when it has none.
        let (glued, word) = match lower.rfind(|c: char| c.is_ascii_digit()) {
            Some(at) => (true, &lower[at + 1..]),
            None => (false, lower.as_str()),
        };
        // A compound adjective ends at its next hyphen: "a 2.4-billion-euro package".
        let word = word
            .trim_start_matches(['-', '‐', '‑'])
            .split(['-', '‐', '‑'])
            .next()
            .unwrap_or_default()
            .trim_end_matches(['.', ',']);
        matches!(
            word,
            "thousand" | "million" | "billion" | "trillion" | "mn" | "bn" | "tn" | "mln" | "bln"
        ) || (glued && matches!(word, "k" | "m" | "b"))
    });
    let unit = if has_scale && !digits.is_empty() {
        let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
        if !whole && decimals == 0 {
            return None;
        }
        let mantissa: f64 = digits.parse().ok()?;
        (n / mantissa) * 10f64.powi(-(decimals as i32))
    } else {
        if !whole || digits.contains('.') || digits.is_empty() {
            return None;
        }
        let written = digits.trim_start_matches('0');
        let trailing = written.len() - written.trim_end_matches('0').len();
        if trailing < 3 {
            return None;
        }
        let significant = (written.len() - trailing).max(2);
        10f64.powi((written.len() - significant) as i32)
    };
    if !unit.is_finite() || unit <= 0.0 {
        return None;
    }
    Some(NumberValue {
        min: Some(n - unit / 2.0),
        max: Some(n + unit / 2.0),
        min_inclusive: true,
        max_inclusive: false,
        unit: value.unit.clone(),
        figure: None,
    })
}

/// A length of time, also as a compound adjective: "three-day", "12-year".
fn parse_length(
    words: &str,
    context: &DocumentContext<'_>,
    settings: &Settings,
) -> Option<number::Duration> {
    let spaced = words.replace(['-', '‐'], " ");
    number::parse_duration(&spaced, &context.rules.lexicon, settings.tolerance)
}

/// A rule's length of time, where the rule may name the unit a bare number is in (`bare_unit`):
/// a median age is given as "40.2" as often as "40.2 years".
fn parse_rule_length(
    words: &str,
    rule: &Rule,
    context: &DocumentContext<'_>,
    settings: &Settings,
) -> Option<number::Duration> {
    parse_length(words, context, settings).or_else(|| {
        let unit = rule.file.value.bare_unit.as_deref()?;
        parse_length(&format!("{} {unit}s", words.trim()), context, settings)
    })
}

/// A span of time in days, with calendar units as ranges: a month is 28 to 31 days, a year 365
/// to 366, so "a year" and "12 months" overlap while "two weeks" and "a month" do not.
fn in_days(duration: &number::Duration) -> NumberValue {
    let (low, high) = match duration.unit {
        number::TimeUnit::Second => (1.0 / 86_400.0, 1.0 / 86_400.0),
        number::TimeUnit::Minute => (1.0 / 1_440.0, 1.0 / 1_440.0),
        number::TimeUnit::Hour => (1.0 / 24.0, 1.0 / 24.0),
        number::TimeUnit::Day => (1.0, 1.0),
        number::TimeUnit::Week => (7.0, 7.0),
        number::TimeUnit::Month => (28.0, 31.0),
        number::TimeUnit::Year => (365.0, 366.0),
    };
    // To twelve significant digits: "two-thirds of an hour" and "40 minutes" are one length,
    // whatever the last bits of 2/3 ÷ 24 and 40 ÷ 1,440 come to.
    let days = |n: f64, per: f64| format!("{:.11e}", n * per).parse().unwrap_or(n * per);
    let amount = &duration.amount;
    NumberValue {
        min: amount.min.map(|n| days(n, low)),
        max: amount.max.map(|n| days(n, high)),
        // A calendar unit's figure has no one length in days.
        figure: amount.figure.filter(|_| low == high).map(|n| days(n, low)),
        ..amount.clone()
    }
}

/// A score such as "2-1", "2–1" or "1:1", or a split in words ("seven votes to two", "six of the
/// eight judges"), as (higher, lower); points may have a half ("6½–3½", "8.5 points to 4.5").
fn read_score(words: &str) -> Option<(f64, f64)> {
    let lower = words.to_lowercase();
    // "six of the eight judges": six on one side, the rest on the other. (Only a number before
    // the "of": in "eight backed the sale of the site and four voted against" the sides are
    // counted apart.)
    let split = lower
        .split_once(" of ")
        .filter(|(part, _)| !part.trim().contains(char::is_whitespace));
    if let Some((part, whole)) = split {
        let (part, whole) = (
            *score_numbers(part).first()?,
            *score_numbers(whole).first()?,
        );
        return (part <= whole).then(|| (part.max(whole - part), part.min(whole - part)));
    }
    if let Some(sets) = sets_won(&lower) {
        return Some(sets);
    }
    let numbers = score_numbers(&lower);
    let (a, b) = (*numbers.first()?, *numbers.get(1)?);
    Some((a.max(b), a.min(b)))
}

/// A match told set by set ("6-4, 3-6, 7-6 (5), 6-3", a tie-break's points in brackets),
/// scored in sets won: 3–1. `None` unless every part between commas is one set's score.
fn sets_won(words: &str) -> Option<(f64, f64)> {
    let sets: Vec<&str> = words.split(',').map(str::trim).collect();
    let set_score = |set: &&str| {
        set.contains(['-', '–', '—'])
            && set
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-–—()".contains(c))
    };
    if sets.len() < 2 || !sets.iter().all(set_score) {
        return None;
    }
    let mut won = (0.0, 0.0);
    for set in sets {
        let set = set.split('(').next().unwrap_or(set);
        let numbers = score_numbers(set);
        let (a, b) = (*numbers.first()?, *numbers.get(1)?);
        if a > b {
            won.0 += 1.0;
        } else if b > a {
            won.1 += 1.0;
        }
    }
    let (a, b) = won;
    Some((f64::max(a, b), f64::min(a, b)))
}

/// The numbers of a score's words, in digits or words: "5-3" → 5, 3; "seven votes to two" →
/// 7, 2; "twenty-one" → 21; "two goals to nil" → 2, 0; whole numbers or halves ("7½", "6.5").
fn score_numbers(words: &str) -> Vec<f64> {
    let whole = |token: &str| {
        let (token, half) = match token.strip_suffix('½') {
            Some(rest) => (rest, 0.5),
            None => (token, 0.0),
        };
        let number = if token.is_empty() && half > 0.0 {
            Some(0.0)
        } else {
            ["nil", "nought", "zero"]
                .contains(&token)
                .then_some(0.0)
                .or_else(|| number::parse_number(token))
        };
        number
            .map(|n| n + half)
            .filter(|n| (n * 2.0).fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(n))
    };
    words
        .split(|c: char| c.is_whitespace() || c == ':')
        .map(|token| token.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|token| !token.is_empty())
        .flat_map(|token| match whole(token) {
            Some(n) => vec![n],
            None => token.split(['-', '–', '—']).filter_map(whole).collect(),
        })
        .collect()
}

/// The date phrases inside `range`, a scanner's rough match in `sentence`: each with its range
/// in the document text, its value and its assumptions. Words of the match that are no date
/// are left out ("on Monday and Tuesday" holds two dates); a relative date in a source without
/// a publication date is kept, unresolved.
pub fn find_dates(
    document: &Document,
    range: Range<usize>,
    sentence: &Range<usize>,
    settings: &Settings,
) -> Vec<(Range<usize>, Value, Vec<String>)> {
    let sentence_text = &document.text[sentence.clone()];
    let (tense, marker) = match date::tense_near(
        sentence_text,
        range.start - sentence.start..range.end - sentence.start,
    ) {
        (date::Tense::Unknown, _) => (settings.unknown_tense, None),
        found => found,
    };
    let options = date::DateOptions {
        tense,
        day_first: settings.day_first,
    };
    let within = range.start - sentence.start..range.end - sentence.start;
    date::find(sentence_text, within, document.reference(), options)
        .into_iter()
        .map(|found| {
            let at = sentence.start + found.range.start..sentence.start + found.range.end;
            match found.resolved {
                Ok(resolved) => {
                    let mut notes = resolved.assumptions;
                    if let (true, Some(marker)) =
                        (notes.iter().any(|n| n.contains("tense")), &marker)
                    {
                        notes.push(format!("tense read from \"{marker}\""));
                    }
                    (at, Value::Date(resolved.value), notes)
                }
                Err(reason) => {
                    let words = &document.text[at.clone()];
                    let (value, notes) = without_year(words, document, options).unwrap_or((
                        Value::Unresolved {
                            reason: reason.to_string(),
                        },
                        Vec::new(),
                    ));
                    (at, value, notes)
                }
            }
        })
        .collect()
}

/// Whether a sentence says its figures are the whole country's: "nationwide", "nationally",
/// "across the country".
fn nationwide(sentence: &str) -> bool {
    static NATIONWIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:nationwide|nationally|country-?wide|across\s+the\s+(?:country|nation)|in\s+the\s+(?:whole|entire)\s+country)\b")
            .expect("the nationwide pattern is valid")
    });
    NATIONWIDE.is_match(sentence)
}

/// The whole a sentence says its figures are of, wider than the story's own place: the
/// country's ("nationwide") or a region's ("47 clinics across the region", "statewide"). A
/// cleaner's clinics across the region are more than those in the district the story is set
/// in, which another report counts with no such word.
fn scope(sentence: &str) -> Option<&'static str> {
    static REGIONWIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:region-?wide|state-?wide|province-?wide|county-?wide|across\s+the\s+(?:whole\s+|entire\s+)?(?:region|state|province|county))\b")
            .expect("the region-wide pattern is valid")
    });
    if nationwide(sentence) {
        Some("nationwide")
    } else if REGIONWIDE.is_match(sentence) {
        Some("across the region")
    } else {
        None
    }
}

/// Whether `title` names the place `place` (as [`period::part_place`] gives it, "in the Port
/// of Kell"): its last capitalised word stands in the title as a word of its own.
fn titled(title: Option<&str>, place: &str) -> bool {
    let Some(name) = place
        .split_whitespace()
        .rev()
        .find(|word| word.starts_with(char::is_uppercase))
    else {
        return false;
    };
    title.is_some_and(|title| {
        title
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .any(|word| word == name)
    })
}

/// The verb of the clause right after a generic count, when it says what became of the things
/// counted: a participle after an auxiliary ("were evacuated", "had been accepted", "had
/// secured"), or what they were doing, a present participle after a form of "be" ("were
/// waiting", "are still burning"), in lower case. None for anything else ("are expected to
/// benefit" says what may be, "competed" alone may be another report's "raced", and "in the
/// city" has no verb).
fn count_verb(after: &str) -> Option<&str> {
    const AUXILIARIES: &[&str] = &[
        "had", "have", "has", "been", "were", "was", "are", "is", "being", "be", "also", "already",
        "now", "still", "all", "since",
    ];
    const IRREGULAR: &[&str] = &[
        "held", "made", "sold", "built", "lost", "left", "hit", "cut", "shut", "kept", "sent",
        "spent", "found", "taken", "given", "seen", "bought", "brought", "caught", "told", "paid",
        "won", "led", "struck", "stolen", "broken", "flown", "driven", "thrown", "hurt",
    ];
    let mut words = after
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let mut word = words.next()?;
    let mut auxiliaries = 0;
    let mut be = false;
    while AUXILIARIES.contains(&word) {
        auxiliaries += 1;
        be |= matches!(word, "were" | "was" | "are" | "is" | "been");
        word = words.next()?;
    }
    let lower = word.chars().all(|c| c.is_ascii_lowercase());
    // Only after an auxiliary: a verb in the past alone ("Nine crews competed", "Eleven
    // crews raced") tells the same fact in other words as often as not.
    let participle = auxiliaries > 0
        && (word.len() > 4 && (word.ends_with("ed") || word.ends_with("en"))
            || IRREGULAR.contains(&word));
    // "190 vessels were waiting" and "60 ships had diverted" count ships in two states. A
    // form of "be" comes first, so that a gerund after "have" ("had nothing") is never read;
    // "going", "trying" and the like say what is about to be, not a state.
    let progressive = be
        && word.len() > 5
        && word.ends_with("ing")
        && !matches!(
            word,
            "going" | "trying" | "hoping" | "seeking" | "planning" | "expecting" | "according"
        );
    // "expected", "estimated", "thought": what someone says of the count, not its state.
    let hedge = matches!(
        word,
        "expected"
            | "estimated"
            | "believed"
            | "thought"
            | "reported"
            | "feared"
            | "said"
            | "likely"
    );
    (lower && (participle || progressive) && !hedge).then_some(word)
}

/// Who did what a count counts, when the clause before it is only its subject and its verb: a
/// person or body named ("Okafor served 17 aces", "Marlow Town had forced 11 corners"), or the
/// side of a trial ("prosecutors called 31 witnesses", "Okafor's defence called six"). A
/// subject that only holds a name ("rescuers in southern Poland freed 23 workers"), a speaker
/// ("Okafor said 17 ...") and a count with no verb before it have none.
fn count_agent(
    context: &DocumentContext<'_>,
    sentence: &Range<usize>,
    count: usize,
) -> Option<String> {
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:(?:the|The)\s+)?(?P<subject>\S+(?:\s+\S+){0,3}?)(?:\s+(?:had|has|have|also|then|only|again|later|eventually|ultimately|now|already))*\s+(?P<verb>[a-z][a-z-]{2,})\s+$",
        )
        .expect("the agent clause pattern is valid")
    });
    // A side of a trial right before the verb, whatever comes first: "Over three weeks the
    // prosecution called", "the defendant's lawyers called".
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:(?P<prosecution>prosecut\w*|the\s+state|the\s+crown)|defen[cs]e|defendant(?:'s|’s|s'|s)?|(?:his|her|their)\s+(?:lawyers|attorneys|counsel))(?:\s+(?:team|lawyers?|attorneys?|counsel))?(?:\s+(?:had|has|have|also|then|only|again|later|eventually|ultimately|now|already))*\s+(?P<verb>[a-z][a-z-]{2,})\s+$",
        )
        .expect("the side pattern is valid")
    });
    let text = &context.document.text;
    // The clause before the count: from the last comma, semicolon, colon, dash or bracket.
    let before = &text[sentence.start..count];
    let clause_start = before
        .char_indices()
        .rfind(|(_, c)| [',', ';', ':', '—', '–', '('].contains(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let clause = &before[clause_start..];
    if let Some(side) = SIDE.captures(clause) {
        return is_verb(&side["verb"]).then(|| {
            let side = if side.name("prosecution").is_some() {
                "prosecution"
            } else {
                "defence"
            };
            side.to_string()
        });
    }
    let caps = CLAUSE.captures(clause)?;
    if !is_verb(&caps["verb"]) {
        return None;
    }
    let subject = caps.name("subject")?;
    // A name: every word capitalised.
    let capitalised = subject
        .as_str()
        .split_whitespace()
        .all(|word| word.starts_with(char::is_uppercase));
    if !capitalised {
        return None;
    }
    let at = sentence.start + clause_start + subject.start();
    context.names_in(at..at + subject.len()).pop()
}

/// Whether the word before a count is a verb that takes it as its object: by its shape
/// ("served", "calls") or one of the common irregular ones, and no verb of saying ("said",
/// "told") or being: not a noun of the subject ("British Columbia wildfire").
fn is_verb(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "hit", "won", "took", "made", "had", "set", "sent", "drew", "ran", "saw", "shot", "got",
        "gave", "threw", "kept", "held", "sold", "bought", "brought", "struck", "led",
    ];
    const NO_VERB: &[&str] = &[
        "said",
        "says",
        "told",
        "tells",
        "reported",
        "reports",
        "estimated",
        "estimates",
        "puts",
        "counted",
        "was",
        "has",
        "is",
        "as",
        "less",
        "plus",
        "its",
        "his",
        "hers",
        "this",
        "unless",
        "across",
        "towards",
        "thus",
    ];
    let shaped = word.ends_with("ed") || word.ends_with('s') || IRREGULAR.contains(&word);
    shaped && !NO_VERB.contains(&word)
}

/// The day the words right after a count, in its clause, say it is of: "were shut on
/// Monday", "will stay shut Tuesday" (a day, as the report's calendar resolves it).
fn count_day(
    document: &Document,
    after: usize,
    sentence: &Range<usize>,
    settings: &Settings,
) -> Option<String> {
    /// How far after the count the day may be told: its noun's words and its verb.
    const REACH: usize = 60;
    let text = &document.text;
    let mut end = (after + REACH).min(sentence.end);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let clause = &text[after..end];
    let end = clause
        .find([',', ';', ':', '(', '—', '–'])
        .map_or(end, |at| after + at);
    // Most counts name no day: the date scanner runs only where a weekday, a month or a digit
    // may be.
    let words = text[after..end].to_ascii_lowercase();
    let may_date = words.contains(|c: char| c.is_ascii_digit())
        || [
            "day", "tonight", "tomorrow", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec",
        ]
        .iter()
        .any(|w| words.contains(w));
    if !may_date {
        return None;
    }
    find_dates(document, after..end, sentence, settings)
        .into_iter()
        .find_map(|(_, value, _)| match value {
            Value::Date(date) if date.grain == crate::value::Grain::Day => Some(date.to_string()),
            _ => None,
        })
}

/// When a span of time before the reference date falls: "six years" before 2025-08-28 is the
/// year 2019; "thirteen months" before 2026-07-16 is June 2025; a hedged span gives a range
/// ("more than six years" is 2019 or before, bounded at a century).
fn time_before(reference: Date, span: &number::Duration, words: &str) -> (Value, Vec<String>) {
    let mut note = vec![format!(
        "\"{words}\" counted back from the publication date {reference}"
    )];
    let unresolvable = || Value::Unresolved {
        reason: format!("\"{words}\" before {reference} is out of range"),
    };
    let latest_back = span.amount.min.unwrap_or(0.0).max(0.0);
    let mut earliest_back = span
        .amount
        .max
        .unwrap_or(latest_back + 100.0 * units_per_year(span.unit));
    // An age counts whole units gone by: what is 52 years old today began between 52 and 53
    // years ago ("the 52-year-old bridge" of a 2026 report was built in 1973 or 1974).
    if age_span(words).is_some() {
        earliest_back += 1.0;
        note.push(format!(
            "\"{words}\" is an age: whole {}s gone by, so up to one more",
            span.unit.name()
        ));
    }
    // The months from `earliest` to `latest` months back, as a span of whole months.
    let months_back = |earliest: f64, latest: f64| {
        let month_of = |back: f64| {
            reference
                .first_of_month()
                .checked_sub(jiff::Span::new().months(back.round() as i64))
        };
        match (month_of(earliest), month_of(latest)) {
            (Ok(start), Ok(last)) => match last.checked_add(jiff::Span::new().months(1)) {
                Ok(end) => Value::Date(DateValue::new(start, end, Grain::Month)),
                Err(_) => unresolvable(),
            },
            _ => unresolvable(),
        }
    };
    // A part of a year written counts in months: "more than two and a half years" before
    // November 2025 is May 2023 or before, not 2022 or before. A hedge's tolerance does not
    // ("about three years" stays in years), nor does a fraction of whole years ("a quarter of
    // a century" is 25 years).
    let lower = words.to_lowercase();
    let written_part = (["half", "quarter", "third", "½", "¼", "¾"]
        .iter()
        .any(|part| lower.contains(part))
        || lower
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit()))
        && [span.amount.min, span.amount.max]
            .into_iter()
            .flatten()
            .any(|amount| amount.fract() != 0.0);
    let value = match span.unit {
        number::TimeUnit::Year if written_part => {
            months_back(earliest_back * 12.0, latest_back * 12.0)
        }
        number::TimeUnit::Year => {
            let year = f64::from(reference.year());
            let (first, last) = (
                (year - earliest_back).ceil() as i16,
                (year - latest_back).floor() as i16,
            );
            match (
                Date::new(first, 1, 1),
                Date::new(last.saturating_add(1), 1, 1),
            ) {
                (Ok(start), Ok(end)) if start < end => {
                    Value::Date(DateValue::new(start, end, Grain::Year))
                }
                // A part of a year that no whole year before the reference holds ("two and a
                // half years" before April 2026 is October 2023) is counted in months.
                (Ok(_), Ok(_)) => months_back(earliest_back * 12.0, latest_back * 12.0),
                _ => unresolvable(),
            }
        }
        number::TimeUnit::Month => months_back(earliest_back, latest_back),
        number::TimeUnit::Second | number::TimeUnit::Minute | number::TimeUnit::Hour => {
            // A span shorter than a day, counted back from a date, lands on that day.
            Value::Date(DateValue::new(
                reference,
                reference.tomorrow().unwrap_or(reference),
                Grain::Day,
            ))
        }
        number::TimeUnit::Week | number::TimeUnit::Day => {
            let days = if span.unit == number::TimeUnit::Week {
                7.0
            } else {
                1.0
            };
            let day_of = |back: f64| {
                reference.checked_sub(jiff::Span::new().days((back * days).round() as i64))
            };
            match (
                day_of(earliest_back),
                day_of(latest_back).and_then(|d| d.tomorrow()),
            ) {
                (Ok(start), Ok(end)) if start < end => {
                    Value::Date(DateValue::new(start, end, Grain::Day))
                }
                _ => unresolvable(),
            }
        }
    };
    (value, note)
}

/// The span an age states, without its "old": "52-year-old" → "52 year", "six years old" → "six
/// years". `None` when the words state no age.
fn age_span(words: &str) -> Option<String> {
    let lower = words.trim().to_lowercase();
    let span = lower.strip_suffix("old")?.trim_end_matches(['-', ' ', '‐']);
    (!span.is_empty()).then(|| span.replace(['-', '‐'], " "))
}

/// The years an anniversary counts, as a span: "140th anniversary" → "140 years", "its
/// centenary" → "100 years". `None` when the words name no anniversary.
fn anniversary_span(words: &str) -> Option<String> {
    let lower = words.trim().to_lowercase();
    let ordinal = lower
        .strip_suffix("anniversary year")
        .or_else(|| lower.strip_suffix("anniversary"))
        .unwrap_or(&lower)
        .trim_end_matches([' ', '-']);
    let years = number::parse_ordinal(ordinal)?;
    (years >= 1.0).then(|| format!("{years} years"))
}

fn units_per_year(unit: number::TimeUnit) -> f64 {
    match unit {
        number::TimeUnit::Second => 31_536_000.0,
        number::TimeUnit::Minute => 525_600.0,
        number::TimeUnit::Hour => 8_760.0,
        number::TimeUnit::Year => 1.0,
        number::TimeUnit::Month => 12.0,
        number::TimeUnit::Week => 52.0,
        number::TimeUnit::Day => 365.0,
    }
}

/// The hour ("06:00") or the part of the day ("evening") an `as_of` day is given with, by the
/// rule's `as_of_time` and `as_of_part` captures.
fn as_of_hour(document: &Document, mention: &Mention) -> Option<String> {
    if let Some(time) = mention.capture("as_of_time") {
        return clock::parse_clock(&document.text[time])
            .map(|(value, _)| clock::format_clock(&value));
    }
    mention
        .capture("as_of_part")
        .map(|part| document.text[part].to_lowercase())
}

/// Whether written digits hold decimals that no scale word multiplies into a whole: "0.12" and
/// "2.5", not "1.98 million" or "4.2bn".
fn has_fraction(words: &str) -> bool {
    let Some(point) = words.find('.') else {
        return false;
    };
    let (before, after) = (&words[..point], &words[point + 1..]);
    let decimals = before.ends_with(|c: char| c.is_ascii_digit())
        && after.starts_with(|c: char| c.is_ascii_digit());
    let rest = after
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let scaled = number::scale_of(&word).is_some();
    decimals && !scaled
}

/// The unit of a count: the captured noun through the lexicon, else the rule's fixed unit.
fn unit_of(context: &DocumentContext<'_>, rule: &Rule, mention: &Mention) -> Option<String> {
    let spec = &rule.file.value;
    let captured = spec
        .unit_capture
        .as_deref()
        .and_then(|name| mention.capture(name));
    let Some(range) = captured else {
        return spec.unit.clone();
    };
    let noun = crate::rules::lexicon::collapse_spaces(&context.document.text[range].to_lowercase());
    let lexicon = &context.rules.lexicon;
    if let Some(unit) = lexicon.unit_of_list(&noun) {
        return Some(unit);
    }
    let modifiers = spec
        .modifier_capture
        .as_deref()
        .and_then(|name| mention.capture(name))
        .map(|range| &context.document.text[range]);
    if let Some(modifiers) = modifiers.filter(|m| !m.trim().is_empty()) {
        // "world leaders" is a unit the lexicon knows; "business leaders" one of its own.
        let phrase = format!("{} {noun}", modifiers.trim().to_lowercase());
        let phrase = crate::rules::lexicon::collapse_spaces(&phrase);
        if let Some(unit) = lexicon.unit_of(&phrase) {
            return Some(unit.to_string());
        }
        let nouns: Vec<String> = modifiers
            .split_whitespace()
            .filter(|word| !reads_as_adjective(word))
            .map(str::to_lowercase)
            .collect();
        if !nouns.is_empty() {
            let head = crate::rules::lexicon::singular(&noun);
            return Some(format!("{} {head}", nouns.join(" ")));
        }
    }
    Some(
        lexicon
            .unit_of(&noun)
            .map(str::to_string)
            .unwrap_or_else(|| crate::rules::lexicon::singular(&noun)),
    )
}

/// Whether a word before a counted noun reads as an adjective, which says what the things are
/// like ("refrigerated containers", "formal complaints"), rather than as a noun, which says what
/// things they are ("business leaders", "coolant pumps"). A guess from the word's shape: a
/// hyphen, an adjective's ending, or a word of a short list of common adjectives. A capital
/// names something ("three Wembley shows" are not the tour's 58 shows), so it is a noun.
fn reads_as_adjective(word: &str) -> bool {
    const ADJECTIVES: &[&str] = &[
        "new", "old", "big", "small", "large", "major", "minor", "main", "key", "top", "senior",
        "junior", "young", "more", "other", "extra", "full", "whole", "last", "first", "next",
        "same", "own", "further", "high", "low", "long", "short", "wide", "deep", "early", "late",
        "free", "open", "past", "real", "true", "vast", "prime", "best", "worst", "few", "many",
        "several", "such", "some", "all", "both", "each", "most", "only", "overall", "total",
        "hot", "cold", "dead", "alive", "live", "safe", "fit", "ill", "sick", "poor", "rich",
        "little", "great", "larger", "smaller", "bigger", "older", "younger", "greater", "higher",
        "lower", "fewer", "longer", "wider", "earlier", "later", "private", "public", "single",
        "separate", "joint", "average", "ordinary", "urban",
    ];
    const ENDINGS: &[&str] = &[
        "ed", "ing", "al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ent", "ant",
        "ish", "ian", "ese", "ern", "ly", "est", "wide",
    ];
    let lower = word.to_lowercase();
    !word.starts_with(char::is_uppercase) && word.contains(['-', '‑'])
        || word.starts_with(|c: char| c.is_ascii_digit())
        || !word.starts_with(char::is_uppercase)
            && (ADJECTIVES.contains(&lower.as_str())
                || ENDINGS
                    .iter()
                    .any(|ending| lower.len() > ending.len() + 2 && lower.ends_with(ending)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_about_the_whole_country_says_so() {
        assert!(nationwide(
            "Just 14 cases were reported nationwide in 2023."
        ));
        assert!(nationwide("Nationally, 14 cases were recorded."));
        assert_eq!(
            scope("The firm cleans 47 clinics across the region."),
            Some("across the region")
        );
        assert_eq!(
            scope("Statewide, 80 clinics closed."),
            Some("across the region")
        );
        assert_eq!(scope("The firm cleans 18 clinics."), None);
        assert!(nationwide("About 300 schools across the country closed."));
        assert!(!nationwide("The city recorded three cases in 2023."));
        assert!(!nationwide("The national team won three games."));
    }

    #[test]
    fn a_place_the_title_names_is_the_story_s_own() {
        let title = Some("Port strike strands ships as Kellmouth talks stall");
        assert!(titled(title, "in the Port of Kellmouth"));
        assert!(titled(title, "in Kellmouth"));
        assert!(!titled(title, "in the Port of Arnby"));
        assert!(!titled(None, "in Kellmouth"));
        // A word of the title that only starts with the name is not it.
        assert!(!titled(Some("Kellmouthshire floods"), "in Kellmouth"));
    }

    #[test]
    fn the_verb_after_a_generic_count_is_its_state() {
        for (after, verb) in [
            (" had been evacuated by noon.", Some("evacuated")),
            (" were queuing outside the harbour.", Some("queuing")),
            (" are still smouldering in the hills.", Some("smouldering")),
            (" had rerouted around the cape.", Some("rerouted")),
            // Said of the count, or of what may come: no state.
            (" were expected to arrive.", None),
            (" were going to be moved.", None),
            // No auxiliary, or no form of "be" before an -ing word.
            (" sailed on Monday.", None),
            (" had nothing to unload.", None),
            (" waiting at anchor", None),
        ] {
            assert_eq!(count_verb(after), verb, "{after}");
        }
    }

    #[test]
    fn a_word_before_a_counted_noun_is_an_adjective_or_a_noun() {
        // "1.93 million private households" are households, as "1,930,400 households" are.
        for word in [
            "private",
            "public",
            "refrigerated",
            "formal",
            "single",
            "urban",
        ] {
            assert!(reads_as_adjective(word), "{word}");
        }
        for word in ["business", "Wembley", "council", "container"] {
            assert!(!reads_as_adjective(word), "{word}");
        }
    }

    #[test]
    fn decimals_without_a_scale_word_count_nothing_whole() {
        for words in ["0.12", "2.5", "about 3.75"] {
            assert!(has_fraction(words), "{words}");
        }
        for words in [
            "1.98 million",
            "4.2bn",
            "2.7m",
            "14",
            "1,200",
            "more than 30",
        ] {
            assert!(!has_fraction(words), "{words}");
        }
    }

    #[test]
    fn the_words_after_a_number_can_make_it_a_share_or_a_rate() {
        assert_eq!(share_base_after(" in four homes"), Some(" in four"));
        assert_eq!(
            share_base_after(" out of every 10 voters"),
            Some(" out of every 10")
        );
        assert_eq!(share_base_after(" in Dunmore lost power"), None);
        assert_eq!(share_base_after(" in fourteen days"), None);
        assert!(is_percent_sign(" percent of homes"));
        assert!(is_percent_sign("% of staff"));
        assert!(is_percent_sign(" per cent"));
        assert!(!is_percent_sign(" perched on the roof"));
        assert!(!is_percent_sign(" people"));
        assert!(of_an_amount(" of a million euros"));
        assert!(of_an_amount(" of an hour"));
        assert!(!of_an_amount(" of the city's homes"));
    }

    fn range(words: &str, n: f64) -> Option<(f64, f64)> {
        round_number_range(words, &NumberValue::exact(n), true).and_then(|v| Some((v.min?, v.max?)))
    }

    #[test]
    fn round_numbers_stand_for_a_range() {
        assert_eq!(range("74,000", 74_000.0), Some((73_500.0, 74_500.0)));
        assert_eq!(range("5,000", 5_000.0), Some((4_950.0, 5_050.0)));
        assert_eq!(range("120,000", 120_000.0), Some((115_000.0, 125_000.0)));
        assert_eq!(
            range("4.6 million", 4_600_000.0),
            Some((4_550_000.0, 4_650_000.0))
        );
        // A scale word inside a compound adjective is one too.
        assert_eq!(
            range("a 2.4-billion-euro", 2_400_000_000.0),
            Some((2_350_000_000.0, 2_450_000_000.0))
        );
        assert_eq!(range("74,322", 74_322.0), None);
        assert_eq!(range("1,300", 1_300.0), None);
        assert_eq!(range("11", 11.0), None);
    }
}
