//! Reports for rule authors: `crosscheck rules list`, `rules explain`, `rules test`, and the
//! explanation `extract --explain` gives of each claim. Text for a terminal, JSON for tools.

use std::fmt::Write as _;

use colored::Colorize;
use serde_json::{json, Value as Json};

use crate::annotations::AnnotationReport;
use crate::claim::{Claim, Role};
use crate::examples::ExampleFailure;
use crate::rules::{Rule, RuleSet, BUILTIN_ORIGIN};

use super::json::{claim as claim_json, pretty};
use super::text::{extract_heading, one_line};
use super::{plural, SourceClaims};

/// Whether a rule came with crosscheck or from a `--rules` directory.
fn is_builtin(rule: &Rule) -> bool {
    rule.path.starts_with(BUILTIN_ORIGIN)
}

/// `rules list`: one line a rule.
pub fn list_text(rules: &RuleSet) -> String {
    let id_width = rules.rules.iter().map(|r| r.id.len()).max().unwrap_or(2);
    let kind_width = rules
        .rules
        .iter()
        .map(|r| r.file.kind.len())
        .max()
        .unwrap_or(4);
    let mut out = String::new();
    for rule in &rules.rules {
        let origin = if is_builtin(rule) {
            String::new()
        } else {
            format!("  ({})", rule.path)
        };
        let _ = writeln!(
            out,
            "{:id_width$}  {:kind_width$}  {}{}",
            rule.id.bold(),
            rule.file.kind.cyan(),
            rule.file.description.trim(),
            origin.dimmed(),
        );
    }
    let user = rules.rules.iter().filter(|r| !is_builtin(r)).count();
    let _ = writeln!(
        out,
        "\n{} ({} built-in, {user} from --rules)",
        plural(rules.rules.len(), "rule", "rules"),
        rules.rules.len() - user
    );
    out
}

/// `rules list --format json`.
pub fn list_json(rules: &RuleSet) -> String {
    let listed: Vec<Json> = rules
        .rules
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "kind": rule.file.kind,
                "description": rule.file.description.trim(),
                "path": rule.path,
                "builtin": is_builtin(rule),
            })
        })
        .collect();
    pretty(&json!({"version": 1, "rules": listed}))
}

/// `rules explain ID`: the documentation, the patterns as written and expanded, the context
/// patterns, how captures become the claim, and the examples with whether each holds.
///
/// A pattern's full expansion runs to thousands of characters when it uses the large macros
/// (`{date}`, `{entity_place}`); unless `full`, such a pattern is shown with each macro it names
/// and that macro's definition instead.
pub fn explain_text(
    rules: &RuleSet,
    rule: &Rule,
    failures: &[ExampleFailure],
    full: bool,
) -> String {
    let mut out = String::new();
    let file = &rule.file;
    let _ = writeln!(
        out,
        "{}  {}  {}",
        rule.id.bold(),
        file.kind.cyan(),
        rule.path.dimmed()
    );
    let _ = writeln!(out, "{}\n", file.description.trim());
    if let Some(documentation) = &file.documentation {
        for line in documentation.trim_end().lines() {
            let _ = writeln!(out, "  {line}");
        }
        out.push('\n');
    }
    if !file.keywords.is_empty() {
        let _ = writeln!(out, "{} {}", "keywords:".bold(), file.keywords.join(", "));
    }
    let _ = writeln!(out, "{} {}", "value:".bold(), value_spec(rule));
    for (what, spec) in [("subject:", &file.subject), ("object:", &file.object)] {
        if let Some(spec) = spec {
            let _ = writeln!(out, "{} {}", what.bold(), role_spec(spec));
        }
    }
    if !file.defer_to.is_empty() {
        let _ = writeln!(out, "{} {}", "defers to:".bold(), file.defer_to.join(", "));
    }
    if file.once_per_report {
        let _ = writeln!(
            out,
            "{} only where a report gives it one value",
            "read:".bold()
        );
    }
    if file.corroborate_only {
        let _ = writeln!(
            out,
            "{} only to corroborate another report's figure",
            "read:".bold()
        );
    }
    for (index, pattern) in rule.patterns.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{} {} of {}",
            "pattern".bold(),
            index + 1,
            rule.patterns.len()
        );
        let _ = writeln!(out, "  written:  {}", pattern.written);
        let expanded = pattern.regex.expanded();
        if full || expanded.len() <= SHORT_EXPANSION {
            let _ = writeln!(out, "  expanded: {expanded}");
            continue;
        }
        for name in crate::rules::lexicon::macros_named(&pattern.written) {
            let definition = rules.macros.get(&name).map_or("", String::as_str);
            let _ = writeln!(out, "  {{{name}}} = {}", abridged(definition));
        }
        let _ = writeln!(
            out,
            "  expanded: {} characters; `--full` prints them",
            expanded.len()
        );
    }
    for (what, written) in context_patterns(rule) {
        let _ = writeln!(out, "\n{} {written}", format!("{what}:").bold());
    }
    let _ = writeln!(
        out,
        "\n{} ({})",
        "examples".bold(),
        plural(file.examples.len(), "example", "examples")
    );
    for (index, example) in file.examples.iter().enumerate() {
        let failure = failures.iter().find(|f| f.example == index);
        let mark = match failure {
            None => "✓".green(),
            Some(_) => "✗".red(),
        };
        let _ = writeln!(out, "  {mark} \"{}\"", example.text.trim());
        let _ = writeln!(out, "      {}", expectation(example));
        if let Some(failure) = failure {
            let _ = writeln!(out, "      {} {}", "fails:".red(), failure.problem);
        }
    }
    out
}

/// The longest expansion `rules explain` prints whole without `--full`.
const SHORT_EXPANSION: usize = 2000;

/// A macro's definition on one line, cut short when long.
fn abridged(definition: &str) -> String {
    const SHOWN: usize = 160;
    let line = one_line(definition);
    if line.chars().count() <= SHOWN {
        return line;
    }
    let cut: String = line.chars().take(SHOWN).collect();
    format!("{cut}… ({} characters)", line.len())
}

/// `rules explain ID --format json`.
pub fn explain_json(rule: &Rule, failures: &[ExampleFailure]) -> String {
    let file = &rule.file;
    let patterns: Vec<Json> = rule
        .patterns
        .iter()
        .map(|p| json!({"written": p.written, "expanded": p.regex.expanded()}))
        .collect();
    let examples: Vec<Json> = file
        .examples
        .iter()
        .enumerate()
        .map(|(index, example)| {
            let failure = failures.iter().find(|f| f.example == index);
            json!({
                "text": example.text,
                "matches": example.matches,
                "value": example.value,
                "subject": example.subject,
                "object": example.object,
                "published": example.published,
                "holds": failure.is_none(),
                "problem": failure.map(|f| f.problem.clone()),
            })
        })
        .collect();
    let context: serde_json::Map<String, Json> = context_patterns(rule)
        .into_iter()
        .map(|(what, written)| (what.to_string(), Json::from(written)))
        .collect();
    pretty(&json!({
        "version": 1,
        "id": rule.id,
        "kind": file.kind,
        "path": rule.path,
        "builtin": is_builtin(rule),
        "description": file.description.trim(),
        "documentation": file.documentation,
        "keywords": file.keywords,
        "value": value_spec(rule),
        "subject": file.subject.as_ref().map(role_spec),
        "object": file.object.as_ref().map(role_spec),
        "defer_to": file.defer_to,
        "once_per_report": file.once_per_report,
        "corroborate_only": file.corroborate_only,
        "patterns": patterns,
        "context": context,
        "examples": examples,
    }))
}

/// The rule's context patterns as written, by field name.
fn context_patterns(rule: &Rule) -> Vec<(&'static str, &str)> {
    let file = &rule.file;
    [
        ("exclude_before", &file.exclude_before),
        ("exclude_after", &file.exclude_after),
        ("require_before", &file.require_before),
        ("require_after", &file.require_after),
        ("require_in_sentence", &file.require_in_sentence),
        ("exclude_inside", &file.exclude_inside),
    ]
    .into_iter()
    .filter_map(|(what, written)| written.as_deref().map(|w| (what, w)))
    .collect()
}

fn value_spec(rule: &Rule) -> String {
    let spec = &rule.file.value;
    let mut text = format!(
        "`{}` from the capture `{}`",
        constructor_name(rule),
        spec.capture
    );
    if let Some(unit) = &spec.unit {
        let _ = write!(text, ", unit {unit}");
    }
    if let Some(capture) = &spec.unit_capture {
        let _ = write!(text, ", unit from the capture `{capture}`");
    }
    text
}

/// The constructor's name as rule files write it.
fn constructor_name(rule: &Rule) -> String {
    // serde's kebab-case names, as in the rule file; Debug gives the Rust name.
    let debug = format!("{:?}", rule.file.value.constructor);
    let mut name = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push('-');
        }
        name.extend(c.to_lowercase());
    }
    name
}

fn role_spec(spec: &crate::rules::RoleSpec) -> String {
    let mut parts = Vec::new();
    if let Some(fixed) = &spec.fixed {
        parts.push(format!("fixed: {fixed}"));
    }
    if let Some(capture) = &spec.capture {
        parts.push(format!("the capture `{capture}`"));
    }
    parts.push(format!("type {}", spec.entity_type));
    if spec.resolve {
        parts.push("else the document's most relevant one".into());
    }
    if spec.required {
        parts.push("required".into());
    }
    parts.join(", ")
}

fn expectation(example: &crate::rules::Example) -> String {
    if !example.matches {
        return "must find nothing".into();
    }
    let mut parts = vec!["must find a claim".to_string()];
    if let Some(value) = &example.value {
        parts.push(format!("value {value}"));
    }
    if let Some(subject) = &example.subject {
        parts.push(format!("subject {subject}"));
    }
    if let Some(object) = &example.object {
        parts.push(format!("object {object}"));
    }
    if let Some(published) = &example.published {
        parts.push(format!("published {published}"));
    }
    parts.join(", ")
}

/// `rules test`: what ran, then every failure with its file and line, then the known gaps.
pub fn test_text(
    rules: &RuleSet,
    examples: &[ExampleFailure],
    annotations: &AnnotationReport,
) -> String {
    let mut out = String::new();
    for failure in examples {
        let _ = writeln!(out, "{} {failure}", "FAIL".red().bold());
    }
    for failure in &annotations.failures {
        let _ = writeln!(out, "{} {failure}", "FAIL".red().bold());
    }
    for todo in &annotations.todo {
        let _ = writeln!(out, "{} {todo}", "TODO".yellow().bold());
    }
    let example_count: usize = rules.rules.iter().map(|r| r.file.examples.len()).sum();
    let failed = examples.len() + annotations.failures.len();
    let verdict = if failed == 0 {
        "all hold".green().bold().to_string()
    } else {
        format!("{failed} failed").red().bold().to_string()
    };
    let _ = writeln!(
        out,
        "{}crosscheck: {}: {}, {} in {}: {verdict}",
        if out.is_empty() { "" } else { "\n" },
        plural(rules.rules.len(), "rule", "rules"),
        plural(example_count, "example", "examples"),
        plural(annotations.checked, "annotation", "annotations"),
        plural(annotations.files, "file", "files"),
    );
    out
}

/// `extract --explain`: each claim followed by how it came to be.
pub fn extract_explained_text(sources: &[SourceClaims<'_>], rules: &RuleSet) -> String {
    let mut out = String::new();
    for source in sources {
        out.push_str(&extract_heading(source));
        for claim in &source.claims {
            let _ = writeln!(
                out,
                "\n  {}:{}  {}  = {}  \"{}\"",
                claim.evidence.span.line,
                claim.evidence.span.column,
                claim.kind.cyan(),
                claim.display.bold(),
                one_line(&claim.evidence.text),
            );
            for (label, step) in steps(claim, rules) {
                let _ = writeln!(out, "      {} {step}", format!("{label}:").dimmed());
            }
        }
        out.push('\n');
    }
    out
}

/// `extract --explain --format json`: the claims as `extract` gives them, each with an
/// `explanation`.
pub fn extract_explained_json(sources: &[SourceClaims<'_>], rules: &RuleSet) -> String {
    let listed: Vec<Json> = sources
        .iter()
        .map(|s| {
            let claims: Vec<Json> = s
                .claims
                .iter()
                .map(|claim| {
                    let mut entry = claim_json(claim);
                    if let Json::Object(map) = &mut entry {
                        map.insert("explanation".into(), explanation_json(claim, rules));
                    }
                    entry
                })
                .collect();
            json!({"path": s.document.path, "claims": claims})
        })
        .collect();
    pretty(&json!({"version": 1, "sources": listed}))
}

fn explanation_json(claim: &Claim, rules: &RuleSet) -> Json {
    let rule = rules.rule(&claim.rule);
    let captures: serde_json::Map<String, Json> = claim
        .matched
        .captures
        .iter()
        .map(|(name, words)| (name.to_string(), Json::from(&**words)))
        .collect();
    json!({
        "rule": &*claim.rule,
        "rule_path": rule.map(|r| r.path.clone()),
        "pattern_index": claim.matched.pattern,
        "pattern": rule.and_then(|r| r.patterns.get(claim.matched.pattern)).map(|p| p.written.clone()),
        "captures": captures,
        "steps": steps(claim, rules)
            .into_iter()
            .map(|(label, step)| json!({"step": label, "detail": step}))
            .collect::<Vec<_>>(),
    })
}

/// The steps from a rule's match to a claim, each labelled: the rule and pattern, the captures,
/// the value constructor, the unit, the subject and object, every assumption.
pub fn steps(claim: &Claim, rules: &RuleSet) -> Vec<(&'static str, String)> {
    let mut steps = Vec::new();
    let Some(rule) = rules.rule(&claim.rule) else {
        steps.push(("rule", claim.rule.to_string()));
        return steps;
    };
    steps.push(("rule", format!("{} ({})", rule.id, rule.path)));
    if let Some(pattern) = rule.patterns.get(claim.matched.pattern) {
        steps.push((
            "pattern",
            format!(
                "{} of {}: {}",
                claim.matched.pattern + 1,
                rule.patterns.len(),
                pattern.written
            ),
        ));
    }
    let captures: Vec<String> = claim
        .matched
        .captures
        .iter()
        .map(|(name, words)| format!("{name} = \"{}\"", one_line(words)))
        .collect();
    steps.push(("captures", captures.join("; ")));
    let spec = &rule.file.value;
    let words = claim
        .matched
        .captures
        .iter()
        .find(|(name, _)| **name == *spec.capture)
        .map_or("", |(_, words)| &**words);
    steps.push((
        "value",
        format!(
            "`{}` read \"{}\" → {}",
            constructor_name(rule),
            one_line(words),
            claim.display
        ),
    ));
    if let Some(unit) = claim.qualifiers.get("unit") {
        let written = spec.unit_capture.as_ref().and_then(|capture| {
            claim
                .matched
                .captures
                .iter()
                .find(|(name, _)| **name == **capture)
        });
        let detail = match (written, &spec.unit) {
            (Some((_, words)), _) => format!("\"{}\" → {unit}", one_line(words)),
            (None, Some(_)) => format!("{unit} (fixed by the rule)"),
            (None, None) => format!("{unit} (read with the amount)"),
        };
        steps.push(("unit", detail));
    }
    let file = &rule.file;
    for (label, role, spec) in [
        ("subject", &claim.subject, &file.subject),
        ("object", &claim.object, &file.object),
    ] {
        let Some(role) = role else { continue };
        // Words the rule captured but did not read as a name ("his", "it") still say where
        // the resolution started.
        let captured = spec
            .as_ref()
            .and_then(|spec| spec.capture.as_ref())
            .and_then(|name| claim.matched.captures.iter().find(|(n, _)| **n == **name))
            .map(|(_, words)| &**words);
        steps.push((label, role_step(role, captured)));
    }
    for assumption in &claim.assumptions {
        steps.push(("assumed", assumption.to_string()));
    }
    steps
}

fn role_step(role: &Role, captured: Option<&str>) -> String {
    let written = match (role.written.is_empty(), captured) {
        (false, _) => format!("\"{}\"", one_line(&role.written)),
        (true, Some(words)) => format!("\"{}\" (no name)", one_line(words)),
        (true, None) => "(not named in the match)".to_string(),
    };
    format!("{written} → {} ({})", role.name, role.resolution)
}
