//! Rule examples as tests: every positive example must yield a claim from its rule with the
//! expected value (and subject and object, where given); every negative one must yield none.
//! The examples run through the whole pipeline, so they test what users get.

use crate::normalize::Settings;
use crate::rules::{Example, Rule, RuleSet};
use crate::source::{Document, Format, LoadOptions};

/// The publication date examples are read at when they give none.
pub const DEFAULT_EXAMPLE_DATE: jiff::civil::Date = jiff::civil::Date::constant(2025, 8, 28);

/// An example that did not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub path: String,
    /// The line of the rule file the example's text is on.
    pub line: usize,
    pub example: usize,
    pub text: String,
    pub problem: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: rule `{}`, example {}: {}\n    text: {}",
            self.path,
            self.line,
            self.rule,
            self.example + 1,
            self.problem,
            self.text
        )
    }
}

/// Runs every example of every rule.
pub fn run_all(rules: &RuleSet, settings: &Settings) -> Vec<ExampleFailure> {
    run_where(rules, settings, |_| true)
}

/// Runs the examples of the rules a user added (not the built-in pack, which the test suite
/// checks): a user rule whose example fails is a broken rule.
pub fn run_user_rules(rules: &RuleSet, settings: &Settings) -> Vec<ExampleFailure> {
    run_where(rules, settings, |rule| {
        !rule.path.starts_with(crate::rules::BUILTIN_ORIGIN)
    })
}

/// Runs the examples of one rule.
pub fn run_rule(rules: &RuleSet, id: &str, settings: &Settings) -> Vec<ExampleFailure> {
    run_where(rules, settings, |rule| rule.id == id)
}

fn run_where(
    rules: &RuleSet,
    settings: &Settings,
    wanted: impl Fn(&Rule) -> bool,
) -> Vec<ExampleFailure> {
    rules
        .rules
        .iter()
        .filter(|rule| wanted(rule))
        .flat_map(|rule| {
            rule.file
                .examples
                .iter()
                .enumerate()
                .filter_map(|(index, example)| {
                    check_example(rules, rule, example, settings)
                        .err()
                        .map(|problem| ExampleFailure {
                            rule: rule.id.clone(),
                            path: rule.path.clone(),
                            line: example_line(&rule.source, &example.text, index),
                            example: index,
                            text: example.text.clone(),
                            problem,
                        })
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The line of a rule file holding an example's text (its first line, for a long one).
fn example_line(source: &str, text: &str, index: usize) -> usize {
    let first = text.lines().next().unwrap_or(text);
    let needle: String = first.chars().take(40).collect();
    // Past the `examples:` key: the description and comments often quote an example too.
    let examples = source
        .lines()
        .position(|line| line.starts_with("examples:"))
        .unwrap_or(0);
    source
        .lines()
        .enumerate()
        .skip(examples)
        .find(|(_, line)| line.contains(&needle))
        .map(|(i, _)| i)
        .or_else(|| {
            source
                .lines()
                .enumerate()
                .filter(|(_, line)| line.trim_start().starts_with("- text:"))
                .nth(index)
                .map(|(i, _)| i)
        })
        .map_or(1, |i| i + 1)
}

fn check_example(
    rules: &RuleSet,
    rule: &Rule,
    example: &Example,
    settings: &Settings,
) -> Result<(), String> {
    let published = match &example.published {
        Some(text) => Some(
            crate::calendar::parse_publication_date(text)
                .ok_or_else(|| format!("`published: {text}` is not a date"))?,
        ),
        None => Some(DEFAULT_EXAMPLE_DATE),
    };
    let document = Document::parse(
        &format!("example of {}", rule.id),
        example.text.clone(),
        Format::Text,
        &LoadOptions {
            published,
            ..LoadOptions::default()
        },
    )
    .map_err(|e| e.to_string())?;
    let claims: Vec<_> = crate::claims_and_figures_of(&document, rules, settings)
        .into_iter()
        .filter(|c| *c.rule == *rule.id)
        .collect();
    if !example.matches {
        return match claims.first() {
            None => Ok(()),
            Some(claim) => Err(format!(
                "expected no claim, found \"{}\" = {}",
                claim.evidence.text, claim.display
            )),
        };
    }
    if claims.is_empty() {
        let admitted = rules.rules_for(&example.text);
        let index = rules.rules.iter().position(|r| r.id == rule.id);
        if index.is_some_and(|i| !admitted[i]) {
            return Err(
                "expected a claim, found none: the text holds none of the rule's keywords".into(),
            );
        }
        return Err("expected a claim, found none".into());
    }
    // The example holds when any of the rule's claims in it is the one expected.
    let mut first_problem = None;
    for claim in &claims {
        match mismatch(example, claim) {
            None => return Ok(()),
            Some(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }
    Err(first_problem.unwrap_or_default())
}

/// What differs between an example's expectation and a claim, if anything.
fn mismatch(example: &Example, claim: &crate::claim::Claim) -> Option<String> {
    let mut problems = Vec::new();
    if let Some(value) = &example.value {
        if *claim.display != **value {
            problems.push(format!("value: expected {value}, found {}", claim.display));
        }
    }
    if let Some(unit) = &example.unit {
        let found = match &claim.value {
            crate::value::Value::Number(number) => number.unit.as_deref(),
            _ => None,
        };
        if found != Some(unit.as_str()) {
            problems.push(format!(
                "unit: expected {unit}, found {}",
                found.unwrap_or("none")
            ));
        }
    }
    for (key, expected) in &example.qualifiers {
        let found = claim.qualifiers.get(key);
        if found != Some(expected.as_str()) {
            problems.push(format!(
                "qualifier {key}: expected {expected}, found {}",
                found.unwrap_or("none")
            ));
        }
    }
    for (what, expected, actual) in [
        ("subject", &example.subject, claim.subject.as_ref()),
        ("object", &example.object, claim.object.as_ref()),
    ] {
        if let Some(expected) = expected {
            let found = actual.map_or("nothing", |r| &*r.name);
            if found != expected {
                problems.push(format!("{what}: expected {expected}, found {found}"));
            }
        }
    }
    (!problems.is_empty()).then(|| {
        format!(
            "{} (matched \"{}\")",
            problems.join("; "),
            claim.evidence.text
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_example_is_placed_on_its_own_line_not_on_a_description_quoting_it() {
        let source = "kind: race.finishers\ndescription: How many finished (\"Just over 9,600 runners made it\").\nexamples:\n  - text: \"Just over 9,600 runners made it to the finish.\"\n";
        assert_eq!(
            example_line(source, "Just over 9,600 runners made it to the finish.", 0),
            4
        );
    }

    #[test]
    fn every_builtin_rule_example_holds() {
        let rules = RuleSet::builtin().expect("the built-in rules load");
        let failures = run_all(&rules, &Settings::default());
        let report: Vec<String> = failures.iter().map(ToString::to_string).collect();
        assert!(
            failures.is_empty(),
            "{} example(s) failed:\n{}",
            failures.len(),
            report.join("\n")
        );
    }

    #[test]
    fn every_builtin_rule_has_positive_and_negative_examples() {
        let rules = RuleSet::builtin().expect("the built-in rules load");
        for rule in &rules.rules {
            assert!(
                rule.file.examples.iter().any(|e| e.matches),
                "{} has no positive example",
                rule.id
            );
            assert!(
                rule.file.examples.iter().any(|e| !e.matches),
                "{} has no negative example",
                rule.id
            );
        }
    }

    #[test]
    fn a_wrong_expectation_is_reported() {
        let mut rules = RuleSet::builtin().expect("the built-in rules load");
        let rule = rules
            .rules
            .iter_mut()
            .find(|r| r.id == "visit-ordinal")
            .expect("visit-ordinal exists");
        rule.file.examples.truncate(1);
        rule.file.examples[0].value = Some("4".into());
        let failures = run_all(&rules, &Settings::default());
        assert_eq!(failures.len(), 1);
        assert!(
            failures[0]
                .problem
                .starts_with("value: expected 4, found 5"),
            "{}",
            failures[0].problem
        );
    }

    #[test]
    fn a_qualifier_the_claim_lacks_is_reported() {
        let mut rules = RuleSet::builtin().expect("the built-in rules load");
        let rule = rules
            .rules
            .iter_mut()
            .find(|r| r.id == "deal-share-price")
            .expect("deal-share-price exists");
        rule.file
            .examples
            .retain(|e| e.text.starts_with("Halvorsen will pay"));
        rule.file.examples[0]
            .qualifiers
            .insert("stage".into(), "earlier".into());
        let failures = run_all(&rules, &Settings::default());
        assert_eq!(failures.len(), 1);
        assert!(
            failures[0]
                .problem
                .starts_with("qualifier stage: expected earlier, found none"),
            "{}",
            failures[0].problem
        );
    }
}
