//! The Markdown report, for a person or a pull-request comment: a summary (the sources, with
//! their publication dates and where each came from, and the counts), then every discrepancy with
//! each side quoted, located and resolved, why the values conflict and what was assumed, then the
//! agreements, then the claims only one source makes.
//!
//! Everything that comes from a source (quotes, titles, paths, and the names inside summaries) is
//! escaped with [`escape`], so a report cannot break a table, start a link or an image, or slip
//! HTML into the page it is pasted into.

use std::fmt::Write as _;

use super::{assumptions, heading, of_status, plural, stale_about};
use crate::claim::Claim;
use crate::compare::{Finding, Status};
use crate::fingerprint;
use crate::source::Document;
use crate::CheckReport;

/// The report of `crosscheck check`.
pub fn check(report: &CheckReport, documents: &[Document]) -> String {
    let mut out = String::from("# crosscheck report\n\n");
    write_summary(&mut out, report, documents);
    let discrepancies: Vec<&Finding> = of_status(&report.findings, Status::Discrepancy).collect();
    if !discrepancies.is_empty() {
        let _ = writeln!(out, "## Discrepancies ({})\n", discrepancies.len());
        for (index, finding) in discrepancies.iter().enumerate() {
            write_discrepancy(&mut out, index + 1, finding);
        }
    }
    let agreements: Vec<&Finding> = of_status(&report.findings, Status::Agreement).collect();
    if !agreements.is_empty() {
        let _ = writeln!(out, "## Agreements ({})\n", agreements.len());
        for finding in agreements {
            write_agreement(&mut out, finding);
        }
    }
    let unique: Vec<&Finding> = of_status(&report.findings, Status::Unique).collect();
    if !unique.is_empty() {
        let _ = writeln!(
            out,
            "## Claims compared with no other source ({})\n",
            unique.len()
        );
        write_unique(&mut out, &unique);
    }
    write_baseline(&mut out, report);
    out
}

fn write_summary(out: &mut String, report: &CheckReport, documents: &[Document]) {
    let _ = writeln!(
        out,
        "{} checked, {}.\n",
        plural(documents.len(), "source", "sources"),
        plural(report.claim_count, "claim", "claims"),
    );
    out.push_str("| source | title | published | date from |\n|---|---|---|---|\n");
    for document in documents {
        let meta = &document.meta;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(&document.path),
            escape(meta.title.as_deref().unwrap_or("")),
            meta.published
                .map_or_else(|| "*none*".to_string(), |d| d.to_string()),
            escape(&meta.published_from_text()),
        );
    }
    out.push('\n');
    out.push_str(
        "| discrepancies | accepted | agreements | unique claims |\n|---:|---:|---:|---:|\n",
    );
    let _ = writeln!(
        out,
        "| **{}** | {} | {} | {} |\n",
        report.count(Status::Discrepancy),
        report.accepted(),
        report.count(Status::Agreement),
        report.count(Status::Unique),
    );
}

fn write_discrepancy(out: &mut String, number: usize, finding: &Finding) {
    let accepted = if finding.accepted.is_some() {
        " (accepted)"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "### {number}. {}{accepted}\n\n{}\n",
        escape(&heading(finding)),
        escape(&finding.summary)
    );
    write_claims_table(out, &finding.claims);
    if let Some(reason) = &finding.accepted {
        let _ = writeln!(out, "- **accepted by the baseline:** {}", escape(reason));
    }
    let _ = writeln!(out, "- **why:** {}", escape(&finding.reason));
    for reason in &finding.alignment {
        let _ = writeln!(out, "- **aligned:** {}", escape(reason));
    }
    for (source, assumption) in assumptions(finding) {
        let _ = writeln!(
            out,
            "- **assumed** ({}): {}",
            escape(&source),
            escape(assumption)
        );
    }
    let _ = writeln!(out, "- fingerprint: `{}`\n", fingerprint::of(finding));
}

fn write_agreement(out: &mut String, finding: &Finding) {
    let _ = writeln!(
        out,
        "### {}\n\n{}\n",
        escape(&heading(finding)),
        escape(&finding.summary)
    );
    write_claims_table(out, &finding.claims);
    let _ = writeln!(out, "- **why:** {}", escape(&finding.reason));
    for (source, assumption) in assumptions(finding) {
        let _ = writeln!(
            out,
            "- **assumed** ({}): {}",
            escape(&source),
            escape(assumption)
        );
    }
    out.push('\n');
}

/// One table for all single-source claims: they are many and each is one line.
fn write_unique(out: &mut String, findings: &[&Finding]) {
    out.push_str("| claim | where | quote | value |\n|---|---|---|---|\n");
    for finding in findings {
        for claim in &finding.claims {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape(&heading(finding)),
                location(claim),
                quote(claim),
                escape(&claim.display),
            );
        }
    }
    out.push('\n');
}

fn write_claims_table(out: &mut String, claims: &[Claim]) {
    out.push_str("| source | quote | value |\n|---|---|---|\n");
    for claim in claims {
        let _ = writeln!(
            out,
            "| {} | {} | **{}** |",
            location(claim),
            quote(claim),
            escape(&claim.display)
        );
    }
    out.push('\n');
}

fn write_baseline(out: &mut String, report: &CheckReport) {
    let Some(applied) = &report.baseline else {
        return;
    };
    let _ = writeln!(
        out,
        "## Baseline\n\n{}: {} accepted, {}.\n",
        escape(&applied.path),
        applied.accepted,
        plural(applied.stale.len(), "stale entry", "stale entries")
    );
    for entry in &applied.stale {
        let about = stale_about(entry);
        let _ = writeln!(
            out,
            "- **stale** (line {}): `{}`{}{} matches no discrepancy any more; remove it",
            entry.line,
            escape_code(&entry.fingerprint),
            if about.is_empty() { "" } else { " " },
            escape(&about)
        );
    }
    if !applied.stale.is_empty() {
        out.push('\n');
    }
}

/// "b.md:20:20": the source's path, line and column.
fn location(claim: &Claim) -> String {
    let span = claim.evidence.span;
    escape(&format!(
        "{}:{}:{}",
        claim.evidence.source, span.line, span.column
    ))
}

/// The quoted words, in quotation marks.
fn quote(claim: &Claim) -> String {
    format!("“{}”", escape(&claim.evidence.text))
}

/// Text from a source made inert in Markdown: on one line, with a backslash before every
/// character that could start emphasis, code, a link, an image, raw HTML, an entity, a table cell,
/// strikethrough, a heading or maths. Backslash escapes are CommonMark's own, so the rendered text
/// reads exactly as written.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, word) in text.split_whitespace().enumerate() {
        if index > 0 {
            out.push(' ');
        }
        for ch in word.chars() {
            if matches!(
                ch,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '#' | '$' | '!'
            ) {
                out.push('\\');
            }
            out.push(ch);
        }
    }
    out
}

/// Text for inside a code span: a code span cannot hold a backtick or, in a table, a bare `|`.
fn escape_code(text: &str) -> String {
    text.replace('`', "'").replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    const HOSTILE: &str = "a | b [click](javascript:alert(1)) ![img](http://x/y.png) <img src=x onerror=\"alert(1)\"> <script>alert(2)</script>\n*bold* _it_ `code` ~~gone~~ &amp; # not a heading $x$ \\ back\\|slash <http://auto.link> [ref]: http://x";

    fn options() -> Options {
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH
    }

    /// Renders `escaped` in a three-column table row and returns (cells in the body row, events
    /// that are not plain text or table structure, the text of the middle cell).
    fn render_in_table(escaped: &str) -> (usize, Vec<String>, String) {
        let markdown = format!("| a | b | c |\n|---|---|---|\n| x | {escaped} | z |\n");
        let mut cells = 0;
        let mut in_body = false;
        let mut cell = 0;
        let mut middle = String::new();
        let mut other = Vec::new();
        for event in Parser::new_ext(&markdown, options()) {
            match event {
                Event::Start(Tag::TableRow) => in_body = true,
                Event::Start(Tag::TableCell) if in_body => {
                    cells += 1;
                    cell += 1;
                }
                Event::Text(text) if in_body && cell == 2 => middle.push_str(&text),
                Event::Text(_)
                | Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableCell)
                | Event::End(
                    TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
                ) => {}
                other_event => other.push(format!("{other_event:?}")),
            }
        }
        (cells, other, middle)
    }

    #[test]
    fn escaped_text_stays_in_its_cell_and_renders_as_written() {
        let (cells, other, middle) = render_in_table(&escape(HOSTILE));
        assert_eq!(cells, 3, "the row keeps its three cells");
        assert!(
            other.is_empty(),
            "no link, image, HTML, emphasis, code or maths: {other:?}"
        );
        let one_line = HOSTILE.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(middle, one_line);
    }

    #[test]
    fn unescaped_text_would_break_out() {
        // The check above is only worth something if the raw text does break the table.
        let (cells, other, _) = render_in_table(&HOSTILE.replace('\n', " "));
        assert!(cells != 3 || !other.is_empty());
        assert!(other
            .iter()
            .any(|e| e.contains("Html") || e.contains("Link")));
    }
}
