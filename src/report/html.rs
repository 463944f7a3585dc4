//! The HTML report: one self-contained page (no scripts, no network, no other files) with the
//! discrepancies listed at the top and the sources side by side below, each source's text shown
//! whole with every claim highlighted in the colour of its finding's verdict.
//!
//! Every entry in the lists links to the quotes in the source panes, and every highlight links
//! back to its entry, with plain anchors. All text from the sources is HTML-escaped, and a
//! Content-Security-Policy forbids scripts and loads besides, so a hostile report shows its
//! `<script>` as words and runs nothing.
//!
//! Highlights come from the claims' byte spans into the original files. Spans of different claims
//! may nest (a date claim around an anniversary claim) or cross; the text is cut at every span's
//! ends so that the marks always nest, and a crossing span is drawn in pieces.

use std::fmt::Write as _;

use super::{assumptions, heading, of_status, plural, stale_about};
use crate::claim::Claim;
use crate::compare::{short, Finding, Status};
use crate::fingerprint;
use crate::source::Document;
use crate::CheckReport;

const STYLE: &str = r#"
:root { --discrepancy: #c62828; --discrepancy-bg: #fde0dc; --accepted: #a15c00; --accepted-bg: #fff0c2;
  --agreement: #2e7d32; --agreement-bg: #dcf1de; --unique: #4f5b93; --unique-bg: #e6e8f5; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0; padding: 1.25rem 1.5rem 3rem; background: #fafafa; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.counts { margin: .25rem 0; font-size: 1.05rem; }
.count-discrepancy { color: var(--discrepancy); font-weight: 700; }
.count-agreement { color: var(--agreement); font-weight: 600; }
.legend { color: var(--muted); font-size: .9rem; margin: .25rem 0 0; }
.legend mark { margin-right: .5rem; }
nav { font-size: .9rem; margin: .35rem 0 0; }
nav a { margin-right: .75rem; }
ol.findings { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(28rem, 1fr)); gap: .75rem; }
li.finding { background: #fff; border: 1px solid #ddd; border-left: 5px solid var(--unique); border-radius: 6px; padding: .6rem .8rem; }
li.finding.discrepancy { border-left-color: var(--discrepancy); }
li.finding.accepted { border-left-color: var(--accepted); }
li.finding.agreement { border-left-color: var(--agreement); }
li.finding:target { box-shadow: 0 0 0 3px #1565c0; }
.label { display: inline-block; min-width: 2.2em; text-align: center; border-radius: 4px; padding: 0 .3em; margin-right: .35em; color: #fff; background: var(--unique); font-size: .85em; }
.discrepancy > h3 .label { background: var(--discrepancy); }
.accepted > h3 .label { background: var(--accepted); }
.agreement > h3 .label { background: var(--agreement); }
.badge { font-size: .8rem; color: var(--accepted); border: 1px solid var(--accepted); border-radius: 4px; padding: 0 .3em; margin-left: .4em; font-weight: 600; }
.summary { margin: .1rem 0 .35rem; }
ul.claims { margin: .25rem 0; padding-left: 1.1rem; }
ul.claims li { margin: .15rem 0; }
.value { font-weight: 700; }
.why, .accepted-reason { margin: .3rem 0 0; }
.accepted-reason { color: var(--accepted); }
details { margin-top: .3rem; color: var(--muted); font-size: .9rem; }
details ul { margin: .2rem 0; padding-left: 1.1rem; }
.fingerprint { color: var(--muted); font-size: .8rem; margin: .3rem 0 0; }
.panes { display: grid; grid-template-columns: repeat(var(--panes, 2), minmax(20rem, 1fr)); gap: 1rem; overflow-x: auto; }
article.pane { background: #fff; border: 1px solid #ddd; border-radius: 6px; display: flex; flex-direction: column; min-width: 0; }
article.pane > header { padding: .6rem .8rem; border-bottom: 1px solid #eee; }
article.pane > header p { margin: 0; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; padding: .6rem .8rem; margin: 0; max-height: 75vh; overflow-y: auto; font: 14px/1.55 Georgia, "Times New Roman", serif; }
mark.claim { color: inherit; border-radius: 2px; padding: 0 1px; background: var(--unique-bg); border-bottom: 2px dotted var(--unique); }
mark.claim.discrepancy { background: var(--discrepancy-bg); border-bottom: 2px solid var(--discrepancy); }
mark.claim.accepted { background: var(--accepted-bg); border-bottom: 2px dashed var(--accepted); }
mark.claim.agreement { background: var(--agreement-bg); border-bottom: 2px solid var(--agreement); }
mark.claim mark.claim { padding: 0; background-image: linear-gradient(rgba(0,0,0,.08), rgba(0,0,0,.08)); }
mark.claim:target, span.anchor:target + mark { outline: 3px solid #1565c0; outline-offset: 1px; }
a.ref { font: 600 10px system-ui, sans-serif; vertical-align: super; text-decoration: none; color: var(--unique); margin-left: 1px; }
a.ref.discrepancy { color: var(--discrepancy); }
a.ref.accepted { color: var(--accepted); }
a.ref.agreement { color: var(--agreement); }
a.ref::after { content: attr(data-label); }
ul.compact { padding-left: 1.1rem; }
ul.compact li { margin: .2rem 0; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
"#;

/// The report of `crosscheck check`.
pub fn check(report: &CheckReport, documents: &[Document]) -> String {
    let labels = Labels::new(&report.findings);
    let mut out = String::new();
    let discrepancies = report.count(Status::Discrepancy);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>crosscheck: {} in {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        plural(discrepancies, "discrepancy", "discrepancies"),
        plural(documents.len(), "source", "sources"),
    );
    write_header(&mut out, report, documents);
    write_discrepancies(&mut out, report, &labels);
    write_sources(&mut out, report, documents, &labels);
    write_compact(&mut out, report, &labels, Status::Agreement, "Agreements");
    write_compact(
        &mut out,
        report,
        &labels,
        Status::Unique,
        "Claims compared with no other source",
    );
    write_baseline(&mut out, report);
    let _ = write!(
        out,
        "<footer>crosscheck {} · this page runs no scripts and loads nothing from the network</footer>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    );
    out
}

/// "D1", "A2", "U3": the short name of each finding, numbered within its verdict.
struct Labels(Vec<String>);

impl Labels {
    fn new(findings: &[Finding]) -> Self {
        let mut counts = [0usize; 3];
        Labels(
            findings
                .iter()
                .map(|finding| {
                    let (slot, letter) = match finding.status {
                        Status::Discrepancy => (0, 'D'),
                        Status::Agreement => (1, 'A'),
                        Status::Unique => (2, 'U'),
                    };
                    counts[slot] += 1;
                    format!("{letter}{}", counts[slot])
                })
                .collect(),
        )
    }

    fn of(&self, index: usize) -> &str {
        &self.0[index]
    }
}

/// The CSS class of a finding's verdict, with `accepted` for an accepted discrepancy.
fn class(finding: &Finding) -> &'static str {
    match (finding.status, &finding.accepted) {
        (Status::Discrepancy, Some(_)) => "discrepancy accepted",
        (Status::Discrepancy, None) => "discrepancy",
        (Status::Agreement, _) => "agreement",
        (Status::Unique, _) => "unique",
    }
}

fn finding_id(index: usize) -> String {
    format!("finding-{index}")
}

fn claim_id(finding: usize, claim: usize) -> String {
    format!("claim-{finding}-{claim}")
}

fn write_header(out: &mut String, report: &CheckReport, documents: &[Document]) {
    let nav: String = [
        ("discrepancies", "Discrepancies", true),
        ("sources", "Sources", true),
        (
            "agreement",
            "Agreements",
            report.count(Status::Agreement) > 0,
        ),
        (
            "unique",
            "One source only",
            report.count(Status::Unique) > 0,
        ),
        ("baseline", "Baseline", report.baseline.is_some()),
    ]
    .iter()
    .filter(|(_, _, present)| *present)
    .map(|(id, name, _)| format!("<a href=\"#{id}\">{name}</a>"))
    .collect();
    let accepted = match report.accepted() {
        0 => String::new(),
        n => format!(" ({n} accepted)"),
    };
    let _ = write!(
        out,
        "<header>\n<h1>crosscheck report</h1>\n<p class=\"counts\">{}, {}: \
         <span class=\"count-discrepancy\">{}</span>{accepted}, \
         <span class=\"count-agreement\">{}</span>, {}</p>\n\
         <p class=\"legend\">Highlights: <mark class=\"claim discrepancy\">discrepancy</mark>\
         <mark class=\"claim discrepancy accepted\">accepted discrepancy</mark>\
         <mark class=\"claim agreement\">agreement</mark>\
         <mark class=\"claim unique\">compared with no other source</mark> \
         Follow a link to jump between a finding and its quotes.</p>\n<nav>{nav}</nav>\n</header>\n",
        plural(documents.len(), "source", "sources"),
        plural(report.claim_count, "claim", "claims"),
        plural(
            report.count(Status::Discrepancy),
            "discrepancy",
            "discrepancies"
        ),
        plural(report.count(Status::Agreement), "agreement", "agreements"),
        plural(
            report.count(Status::Unique),
            "unique claim",
            "unique claims"
        ),
    );
}

fn write_discrepancies(out: &mut String, report: &CheckReport, labels: &Labels) {
    let count = report.count(Status::Discrepancy);
    let _ = writeln!(
        out,
        "<section id=\"discrepancies\">\n<h2>Discrepancies ({count})</h2>"
    );
    if count == 0 {
        out.push_str("<p>No two sources contradict each other.</p>\n</section>\n");
        return;
    }
    out.push_str("<ol class=\"findings\">\n");
    for (index, finding) in report.findings.iter().enumerate() {
        if finding.status != Status::Discrepancy {
            continue;
        }
        write_finding_head(out, index, finding, labels);
        if let Some(reason) = &finding.accepted {
            let _ = writeln!(
                out,
                "<p class=\"accepted-reason\">Accepted by the baseline: {}</p>",
                escape(reason)
            );
        }
        let _ = writeln!(out, "<p class=\"why\">Why: {}</p>", escape(&finding.reason));
        let notes: Vec<String> = finding
            .alignment
            .iter()
            .map(|reason| format!("aligned: {reason}"))
            .chain(
                assumptions(finding)
                    .into_iter()
                    .map(|(source, assumption)| format!("{source}: {assumption}")),
            )
            .collect();
        if !notes.is_empty() {
            out.push_str("<details><summary>Alignment and assumptions</summary><ul>");
            for note in notes {
                let _ = write!(out, "<li>{}</li>", escape(&note));
            }
            out.push_str("</ul></details>\n");
        }
        let _ = writeln!(
            out,
            "<p class=\"fingerprint\">fingerprint <code>{}</code></p>\n</li>",
            fingerprint::of(finding)
        );
    }
    out.push_str("</ol>\n</section>\n");
}

/// The opening of a finding's entry: its label, heading, summary and a link to every quote.
fn write_finding_head(out: &mut String, index: usize, finding: &Finding, labels: &Labels) {
    let badge = if finding.accepted.is_some() {
        "<span class=\"badge\">accepted</span>"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<li id=\"{}\" class=\"finding {}\">\n<h3><span class=\"label\">{}</span>{}{badge}</h3>\n\
         <p class=\"summary\">{}</p>\n<ul class=\"claims\">",
        finding_id(index),
        class(finding),
        labels.of(index),
        escape(&heading(finding)),
        escape(&finding.summary),
    );
    for (claim_index, claim) in finding.claims.iter().enumerate() {
        write_claim_link(out, index, claim_index, claim);
    }
    out.push_str("</ul>\n");
}

fn write_claim_link(out: &mut String, finding: usize, index: usize, claim: &Claim) {
    let span = claim.evidence.span;
    let _ = writeln!(
        out,
        "<li><a href=\"#{}\" title=\"{}\">{}:{}:{}</a> “{}” → <span class=\"value\">{}</span></li>",
        claim_id(finding, index),
        escape(&claim.evidence.source),
        escape(&short(&claim.evidence.source)),
        span.line,
        span.column,
        escape(&one_line(&claim.evidence.text)),
        escape(&claim.display),
    );
}

fn write_compact(
    out: &mut String,
    report: &CheckReport,
    labels: &Labels,
    status: Status,
    title: &str,
) {
    let count = of_status(&report.findings, status).count();
    if count == 0 {
        return;
    }
    let _ = writeln!(
        out,
        "<section id=\"{status}\">\n<h2>{title} ({count})</h2>\n<ol class=\"findings\">"
    );
    for (index, finding) in report.findings.iter().enumerate() {
        if finding.status != status {
            continue;
        }
        write_finding_head(out, index, finding, labels);
        if status == Status::Agreement {
            let _ = writeln!(out, "<p class=\"why\">Why: {}</p>", escape(&finding.reason));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

fn write_baseline(out: &mut String, report: &CheckReport) {
    let Some(applied) = &report.baseline else {
        return;
    };
    let _ = writeln!(
        out,
        "<section id=\"baseline\">\n<h2>Baseline</h2>\n<p>{}: {} accepted, {}.</p>",
        escape(&applied.path),
        applied.accepted,
        plural(applied.stale.len(), "stale entry", "stale entries")
    );
    if !applied.stale.is_empty() {
        out.push_str("<ul class=\"compact\">\n");
        for entry in &applied.stale {
            let _ = writeln!(
                out,
                "<li>line {}: <code>{}</code>{} matches no discrepancy any more; remove it</li>",
                entry.line,
                escape(&entry.fingerprint),
                escape(&stale_about(entry)),
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn write_sources(out: &mut String, report: &CheckReport, documents: &[Document], labels: &Labels) {
    let _ = writeln!(
        out,
        "<section id=\"sources\">\n<h2>Sources</h2>\n<div class=\"panes\" style=\"--panes: {}\">",
        documents.len().max(1)
    );
    for (index, document) in documents.iter().enumerate() {
        let meta = &document.meta;
        let published = match meta.published {
            Some(date) => format!("published {date} ({})", meta.published_from_text()),
            None => meta.no_publication_date(),
        };
        let _ = writeln!(
            out,
            "<article class=\"pane\" id=\"source-{index}\">\n<header>\n<h3>{}</h3>",
            escape(document.short_name())
        );
        for line in [
            meta.title.as_deref(),
            meta.outlet.as_deref(),
            Some(published.as_str()),
            Some(document.path.as_str()),
        ]
        .into_iter()
        .flatten()
        {
            let _ = writeln!(out, "<p>{}</p>", escape(line));
        }
        out.push_str("</header>\n<div class=\"text\">");
        out.push_str(&marked_text(
            &document.original,
            highlights(report, document, labels),
        ));
        out.push_str("</div>\n</article>\n");
    }
    out.push_str("</div>\n</section>\n");
}

/// A claim's place in its source text, and how to draw it.
#[derive(Clone, Debug)]
struct Highlight {
    start: usize,
    end: usize,
    /// The anchor the finding lists link to.
    id: String,
    /// The verdict's CSS class.
    class: &'static str,
    /// The finding's label and where it is: the link back from the highlight.
    label: String,
    target: String,
    /// A tooltip: what the finding is and what this source says.
    title: String,
    /// Lower draws first where spans cross: discrepancies win over agreements and unique claims.
    rank: u8,
}

fn highlights(report: &CheckReport, document: &Document, labels: &Labels) -> Vec<Highlight> {
    let mut highlights = Vec::new();
    for (index, finding) in report.findings.iter().enumerate() {
        for (claim_index, claim) in finding.claims.iter().enumerate() {
            if *claim.evidence.source != *document.path {
                continue;
            }
            let label = labels.of(index);
            highlights.push(Highlight {
                start: claim.evidence.span.start,
                end: claim.evidence.span.end,
                id: claim_id(index, claim_index),
                class: class(finding),
                label: label.to_string(),
                target: finding_id(index),
                title: format!(
                    "{label} {}: {}. This source says {}.",
                    heading(finding),
                    finding.summary,
                    claim.display
                ),
                rank: finding.status as u8,
            });
        }
    }
    highlights
}

/// `text`, escaped, with each highlight drawn as a `<mark>` followed by a link to its finding.
///
/// The text is cut at every highlight's start and end, and each piece is wrapped in the marks of
/// all the highlights covering it, outermost (earliest start, then longest) first. A highlight
/// that lies inside another is thereby drawn inside it, and one that crosses another is drawn in
/// pieces, so the markup always nests; its id sits on its first piece and its link after its last.
/// A highlight that is empty or does not fall on character boundaries of `text` is not drawn, and
/// only an empty anchor with its id marks where it starts, so that links to it still arrive.
fn marked_text(text: &str, mut highlights: Vec<Highlight>) -> String {
    highlights.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.rank).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.rank,
        ))
    });
    let (drawn, anchors): (Vec<Highlight>, Vec<Highlight>) =
        highlights.into_iter().partition(|h| {
            h.start < h.end
                && h.end <= text.len()
                && text.is_char_boundary(h.start)
                && text.is_char_boundary(h.end)
        });
    let anchors: Vec<(usize, String)> = anchors
        .into_iter()
        .map(|h| {
            let at = floor_char_boundary(text, h.start);
            (
                at,
                format!("<span class=\"anchor\" id=\"{}\"></span>", escape(&h.id)),
            )
        })
        .collect();
    let mut cuts: Vec<usize> = drawn
        .iter()
        .flat_map(|h| [h.start, h.end])
        .chain(anchors.iter().map(|(at, _)| *at))
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(text.len() + drawn.len() * 200);
    let mut open: Vec<usize> = Vec::new();
    let mut started = vec![false; drawn.len()];
    for piece in cuts.windows(2) {
        let (from, to) = (piece[0], piece[1]);
        let covering: Vec<usize> = (0..drawn.len())
            .filter(|&i| drawn[i].start <= from && to <= drawn[i].end)
            .collect();
        let kept = open
            .iter()
            .zip(&covering)
            .take_while(|(a, b)| a == b)
            .count();
        close_marks(&mut out, &drawn, &open[kept..], from);
        open.truncate(kept);
        for (_, anchor) in anchors.iter().filter(|(at, _)| *at == from) {
            out.push_str(anchor);
        }
        for &index in &covering[kept..] {
            let highlight = &drawn[index];
            let id = if started[index] {
                String::new()
            } else {
                format!(" id=\"{}\"", escape(&highlight.id))
            };
            started[index] = true;
            let _ = write!(
                out,
                "<mark{id} class=\"claim {}\" title=\"{}\">",
                highlight.class,
                escape(&highlight.title)
            );
            open.push(index);
        }
        out.push_str(&escape(&text[from..to]));
    }
    close_marks(&mut out, &drawn, &open, text.len());
    for (_, anchor) in anchors.iter().filter(|(at, _)| *at == text.len()) {
        out.push_str(anchor);
    }
    out
}

/// Closes the marks of `open` (innermost last in the slice, so closed first); a highlight that
/// ends here gets its link to its finding.
fn close_marks(out: &mut String, drawn: &[Highlight], open: &[usize], at: usize) {
    for &index in open.iter().rev() {
        out.push_str("</mark>");
        let highlight = &drawn[index];
        if highlight.end == at {
            let _ = write!(
                out,
                "<a class=\"ref {}\" href=\"#{}\" data-label=\"{}\" aria-label=\"{}: see the finding\"></a>",
                highlight.class,
                escape(&highlight.target),
                escape(&highlight.label),
                escape(&highlight.label)
            );
        }
    }
}

/// The largest character boundary of `text` at or before `offset`.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text made safe for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn highlight(start: usize, end: usize, id: &str) -> Highlight {
        Highlight {
            start,
            end,
            id: id.to_string(),
            class: "discrepancy",
            label: "D1".into(),
            target: "finding-0".into(),
            title: "t".into(),
            rank: 0,
        }
    }

    /// The text a reader sees: tags removed, entities decoded.
    fn visible(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for ch in html.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(ch),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// Whether the marks open and close in order, each close matching an open.
    fn nests(html: &str) -> bool {
        let mut depth: i64 = 0;
        for (at, _) in html.match_indices('<') {
            if html[at..].starts_with("<mark") {
                depth += 1;
            } else if html[at..].starts_with("</mark>") {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
        }
        depth == 0
    }

    #[test]
    fn nested_spans_nest_and_crossing_spans_are_drawn_in_pieces() {
        let text = "The event, which marks the 80th anniversary, is on 3 September.";
        let outer = highlight(0, text.len() - 1, "outer");
        let inner = highlight(27, 43, "inner");
        let crossing = highlight(40, 50, "crossing");
        let html = marked_text(text, vec![crossing, inner, outer]);
        let outer_at = html.find("id=\"outer\"").unwrap();
        let inner_at = html.find("id=\"inner\"").unwrap();
        let crossing_at = html.find("id=\"crossing\"").unwrap();
        let first_close = html.find("</mark>").unwrap();
        assert!(
            outer_at < inner_at && inner_at < crossing_at && crossing_at < first_close,
            "{html}"
        );
        // The crossing span is cut where the inner one ends: two pieces, one id, one link.
        assert_eq!(html.matches("<mark").count(), 4, "{html}");
        assert_eq!(html.matches("id=\"crossing\"").count(), 1);
        assert_eq!(html.matches("class=\"ref").count(), 3);
        assert!(nests(&html), "{html}");
        assert_eq!(visible(&html), text);
    }

    #[test]
    fn identical_and_adjacent_spans() {
        let text = "fifth visit";
        let html = marked_text(
            text,
            vec![
                highlight(0, 5, "a"),
                highlight(0, 5, "b"),
                highlight(5, 11, "c"),
            ],
        );
        assert_eq!(html.matches("<mark").count(), 3, "{html}");
        assert!(html.find("id=\"a\"").unwrap() < html.find("id=\"b\"").unwrap());
        assert_eq!(visible(&html), text);
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let text = "Pyongyang – Beijing";
        let dash = text.find('–').unwrap();
        let html = marked_text(
            text,
            vec![
                highlight(dash + 1, dash + 2, "inside-a-character"),
                highlight(5, 500, "past-the-end"),
                highlight(9, 3, "backwards"),
                highlight(4, 4, "empty"),
            ],
        );
        assert_eq!(html.matches("<mark").count(), 0, "{html}");
        for id in ["inside-a-character", "past-the-end", "backwards", "empty"] {
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}: {html}");
        }
        assert_eq!(visible(&html), text);
    }

    #[test]
    fn source_text_is_escaped() {
        let text = "<script>alert(1)</script> & <img src=x onerror=\"alert(2)\">";
        let html = marked_text(text, vec![highlight(0, 8, "a")]);
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
        assert_eq!(visible(&html), text);
    }

    proptest! {
        #[test]
        fn any_spans_keep_the_text_and_every_anchor(
            text in "[a-z<>&\"' é–\n]{0,40}",
            spans in proptest::collection::vec((0usize..48, 0usize..48), 0..12),
        ) {
            let highlights: Vec<Highlight> = spans
                .iter()
                .enumerate()
                .map(|(i, (start, end))| highlight(*start, *end, &format!("h{i}")))
                .collect();
            let html = marked_text(&text, highlights);
            prop_assert_eq!(visible(&html), text);
            prop_assert!(nests(&html), "{}", html);
            for i in 0..spans.len() {
                prop_assert_eq!(html.matches(&format!("id=\"h{i}\"")).count(), 1);
            }
        }
    }
}
