//! Markdown to plain text, keeping a map back to the original bytes.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::OffsetMap;

/// The plain text of Markdown `body`, which starts at byte `base` of the file.
pub fn to_plain(body: &str, base: usize) -> (String, OffsetMap) {
    let mut text = String::with_capacity(body.len());
    let mut map = OffsetMap::default();
    let mut last_end = 0;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) => {
                let exact = body.get(range.clone()) == Some(t.as_ref());
                map.push(text.len(), t.len(), base + range.start, range.len(), exact);
                text.push_str(&t);
                last_end = range.end;
            }
            Event::SoftBreak => {
                map.push(text.len(), 1, base + range.start, range.len(), false);
                text.push(' ');
                last_end = range.end;
            }
            Event::HardBreak => {
                map.push(text.len(), 1, base + range.start, range.len(), false);
                text.push('\n');
                last_end = range.end;
            }
            Event::Start(Tag::Item) => separate(&mut text, &mut map, base + last_end, "\n"),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => separate(&mut text, &mut map, base + last_end, "\n\n"),
            _ => {}
        }
    }
    (text, map)
}

/// Ends a block so that sentences never run across it.
fn separate(text: &mut String, map: &mut OffsetMap, original: usize, separator: &str) {
    if text.is_empty() || text.ends_with(separator) {
        return;
    }
    map.push(text.len(), separator.len(), original, 0, false);
    text.push_str(separator);
}

/// The headline of a report that opens with a first-level heading ("# Floods swamp Kelbridge"),
/// as its title when no front matter gives one: the heading's words, without the quotes a
/// headline may be set in. Only a heading before any other text is a headline.
pub fn leading_heading(body: &str) -> Option<String> {
    let first = body.lines().find(|line| !line.trim().is_empty())?;
    let heading = first.trim_start().strip_prefix("# ")?;
    let heading = heading.trim().trim_end_matches('#').trim();
    let unquoted = [('"', '"'), ('“', '”'), ('\'', '\''), ('‘', '’')]
        .iter()
        .find_map(|&(open, close)| {
            heading
                .strip_prefix(open)
                .and_then(|rest| rest.strip_suffix(close))
        })
        .filter(|inner| !inner.contains(['"', '“', '”']))
        .unwrap_or(heading)
        .trim();
    (!unquoted.is_empty()).then(|| unquoted.to_string())
}

#[cfg(test)]
mod tests {
    use super::leading_heading;

    #[test]
    fn a_first_level_heading_that_opens_the_report_is_its_headline() {
        assert_eq!(
            leading_heading("\n# \"Floods swamp Kelbridge\"\nPublished: 2026-02-12\n").as_deref(),
            Some("Floods swamp Kelbridge")
        );
        assert_eq!(
            leading_heading("# Floods swamp Kelbridge ##\n\nText.").as_deref(),
            Some("Floods swamp Kelbridge")
        );
        // A quote inside the headline stays; a heading after text, or of a lower level, is none.
        assert_eq!(
            leading_heading("# \"We will rebuild\", mayor says\n").as_deref(),
            Some("\"We will rebuild\", mayor says")
        );
        assert_eq!(leading_heading("Text first.\n# Heading\n"), None);
        assert_eq!(leading_heading("## Section\n"), None);
        assert_eq!(leading_heading("#\n"), None);
    }
}
