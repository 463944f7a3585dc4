//! The text report: for each discrepancy, every side quoted with file:line:col in a rustc-style
//! snippet and its resolved value; then agreements and unique claims, one block each.

use std::fmt::Write as _;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use colored::Colorize;

use super::{about, heading, plural, stale_about, SourceClaims};
use crate::claim::Claim;
use crate::compare::{short, Finding, Status};
use crate::source::Document;
use crate::CheckReport;

/// Long lines are cut around the quote to this width.
const WIDTH: usize = 110;

/// The report of `crosscheck check`.
pub fn check(report: &CheckReport, documents: &[Document], color: bool) -> String {
    let mut out = String::new();
    let accepted = match report.accepted() {
        0 => String::new(),
        n => format!(" ({n} accepted)"),
    };
    let _ = writeln!(
        out,
        "{} {}, {}: {}{accepted}, {}, {}",
        "crosscheck:".bold(),
        plural(documents.len(), "source", "sources"),
        plural(report.claim_count, "claim", "claims"),
        plural(
            report.count(Status::Discrepancy),
            "discrepancy",
            "discrepancies"
        )
        .red()
        .bold(),
        plural(report.count(Status::Agreement), "agreement", "agreements").green(),
        plural(
            report.count(Status::Unique),
            "unique claim",
            "unique claims"
        ),
    );
    out.push('\n');
    write_sources(&mut out, documents);
    for finding in report
        .findings
        .iter()
        .filter(|f| f.status == Status::Discrepancy)
    {
        write_discrepancy(&mut out, finding, documents, color);
    }
    let agreements: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Agreement)
        .collect();
    if !agreements.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            format!("Agreements ({})", agreements.len()).green().bold()
        );
        for finding in agreements {
            write_compact(&mut out, finding, "✓".green().to_string());
        }
        out.push('\n');
    }
    let unique: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Unique)
        .collect();
    if !unique.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            format!("Claims compared with no other source ({})", unique.len()).bold()
        );
        for finding in unique {
            write_compact(&mut out, finding, "·".dimmed().to_string());
        }
    }
    write_baseline(&mut out, report);
    out
}

/// What the baseline accepted, and its entries that match nothing any more.
fn write_baseline(out: &mut String, report: &CheckReport) {
    let Some(applied) = &report.baseline else {
        return;
    };
    let _ = writeln!(
        out,
        "\n{} {}: {} accepted, {}",
        "Baseline".bold(),
        applied.path,
        applied.accepted,
        plural(applied.stale.len(), "stale entry", "stale entries")
    );
    for entry in &applied.stale {
        let _ = writeln!(
            out,
            "  {} {}:{}: `{}`{} matches no discrepancy any more; remove it",
            "stale:".yellow(),
            applied.path,
            entry.line,
            entry.fingerprint,
            stale_about(entry)
        );
    }
}

fn write_sources(out: &mut String, documents: &[Document]) {
    let _ = writeln!(out, "{}", "Sources".bold());
    for document in documents {
        let published = match document.meta.published {
            Some(date) => format!("published {date} ({})", document.meta.published_from_text()),
            None => document.meta.no_publication_date().yellow().to_string(),
        };
        let title = document
            .meta
            .title
            .as_deref()
            .map(|t| format!("  \"{t}\""))
            .unwrap_or_default();
        let _ = writeln!(out, "  {}  {published}{title}", document.path);
    }
    out.push('\n');
}

fn write_discrepancy(out: &mut String, finding: &Finding, documents: &[Document], color: bool) {
    let title = format!("{}: {}", heading(finding), finding.summary);
    // An accepted discrepancy is still shown in full, as a warning named for what it is.
    let level = match finding.accepted {
        Some(_) => Level::WARNING.with_name("accepted"),
        None => Level::ERROR,
    };
    let mut group = Group::with_title(level.primary_title(title).id("discrepancy"));
    for claim in &finding.claims {
        let Some(document) = documents.iter().find(|d| *d.path == *claim.evidence.source) else {
            continue;
        };
        let span = claim.evidence.span;
        let label = format!("{} says {}", short(&claim.evidence.source), claim.display);
        group = group.element(
            Snippet::source(document.original.as_str())
                .path(document.path.as_str())
                .line_start(1)
                .fold(true)
                .annotation(
                    AnnotationKind::Primary
                        .span(span.start..span.end)
                        .label(label),
                ),
        );
    }
    let mut notes = Vec::new();
    if let Some(reason) = &finding.accepted {
        notes.push(Level::NOTE.message(format!("accepted by the baseline: {reason}")));
    }
    notes.push(Level::NOTE.message(format!("why: {}", finding.reason)));
    for reason in &finding.alignment {
        notes.push(Level::NOTE.message(format!("aligned: {reason}")));
    }
    let mut seen = std::collections::HashSet::new();
    for claim in &finding.claims {
        for assumption in &claim.assumptions {
            let note = format!("{}: {assumption}", short(&claim.evidence.source));
            if seen.insert(note.clone()) {
                notes.push(Level::NOTE.message(note));
            }
        }
    }
    for note in notes {
        group = group.element(note);
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode)
    .term_width(WIDTH);
    let groups: [Group<'_>; 1] = [group];
    out.push_str(&renderer.render(&groups));
    out.push_str("\n\n");
}

fn write_compact(out: &mut String, finding: &Finding, mark: String) {
    let _ = writeln!(
        out,
        "  {mark} {}: {}",
        heading(finding).bold(),
        finding.summary
    );
    for claim in &finding.claims {
        write_claim_line(out, claim);
    }
    if finding.status == Status::Agreement {
        let _ = writeln!(out, "      {} {}", "why:".dimmed(), finding.reason);
        for reason in &finding.alignment {
            let _ = writeln!(out, "      {} {reason}", "aligned:".dimmed());
        }
    }
}

fn write_claim_line(out: &mut String, claim: &Claim) {
    let span = claim.evidence.span;
    let _ = writeln!(
        out,
        "      {}:{}:{}  \"{}\" → {}",
        claim.evidence.source,
        span.line,
        span.column,
        one_line(&claim.evidence.text),
        claim.display.bold()
    );
    for (what, role) in [("subject", &claim.subject), ("object", &claim.object)] {
        if let Some(line) = role.as_ref().and_then(|r| resolution_line(what, r)) {
            let _ = writeln!(out, "          {line}");
        }
    }
    for assumption in &claim.assumptions {
        let _ = writeln!(out, "          {} {assumption}", "assumed:".dimmed());
    }
}

/// How a subject or object was resolved, when it took more than reading a name.
fn resolution_line(what: &str, role: &crate::claim::Role) -> Option<String> {
    let plain = role.written == role.name || &*role.resolution == "fixed by the rule";
    if plain {
        return None;
    }
    let written = if role.written.is_empty() {
        "(not named in the match)".to_string()
    } else {
        format!("\"{}\"", one_line(&role.written))
    };
    Some(format!(
        "{} {written} → {} ({})",
        format!("{what}:").dimmed(),
        role.name,
        role.resolution
    ))
}

pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A source's line in `extract`: its path, its publication date and where that came from, and
/// how many claims it makes.
pub(crate) fn extract_heading(source: &SourceClaims<'_>) -> String {
    let meta = &source.document.meta;
    let published = meta
        .published
        .map(|d| format!("published {d} ({})", meta.published_from_text()))
        .unwrap_or_else(|| meta.no_publication_date());
    format!(
        "{}  {published}  {}\n",
        source.document.path.bold(),
        plural(source.claims.len(), "claim", "claims")
    )
}

/// The report of `crosscheck extract`.
pub fn extract(sources: &[SourceClaims<'_>]) -> String {
    let mut out = String::new();
    for source in sources {
        out.push_str(&extract_heading(source));
        for claim in &source.claims {
            let about = about(
                claim.subject.as_ref().map(|r| &*r.name),
                claim.object.as_ref().map(|r| &*r.name),
            );
            let unit = super::unit_label(|key| claim.qualifiers.get(key));
            let _ = writeln!(
                out,
                "  {}:{}  {}{unit}  {}  = {}  \"{}\"  [{}]",
                claim.evidence.span.line,
                claim.evidence.span.column,
                claim.kind.cyan(),
                about,
                claim.display.bold(),
                one_line(&claim.evidence.text),
                claim.rule.dimmed()
            );
            for assumption in &claim.assumptions {
                let _ = writeln!(out, "      {} {assumption}", "assumed:".dimmed());
            }
        }
        out.push('\n');
    }
    out
}

/// The output of `crosscheck parse`: one line per expression, with its assumptions.
pub fn parse(
    document: &Document,
    expressions: &[crate::normalize::dimension::Expression],
) -> String {
    let mut out = String::new();
    for expression in expressions {
        let _ = writeln!(
            out,
            "{}:{}:{}  \"{}\" → {}",
            document.path,
            expression.span.line,
            expression.span.column,
            one_line(&expression.text),
            expression.value.to_string().bold()
        );
        for assumption in &expression.assumptions {
            let _ = writeln!(out, "    {} {assumption}", "assumed:".dimmed());
        }
    }
    out
}
