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
