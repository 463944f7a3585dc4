//! HTML to plain text: the visible text only (scripts, styles and the document head dropped),
//! entities decoded, block elements ending sentences, and every byte of text mapped back to the
//! original file so quotes and spans point into the page as saved.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::TextType;
use lol_html::{doc_text, element, RewriteStrSettings};

use super::OffsetMap;

/// Elements whose content is never visible text.
const HIDDEN: &str =
    "script, style, noscript, template, svg, head, iframe, object, [hidden], [aria-hidden=true]";

/// Elements that start a new block, so that sentences never run across them.
const BLOCKS: &str = "p, div, br, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, td, th, table, section, article, header, footer, aside, nav, blockquote, figure, figcaption, pre, hr, dt, dd, main, title";

#[derive(Default)]
struct State {
    text: String,
    map: OffsetMap,
    hidden_depth: usize,
    title: String,
    in_title: bool,
    last_end: usize,
}

/// The plain text of an HTML page, its map to the original bytes, and its `<title>`.
pub fn to_plain(html: &str, base: usize) -> (String, OffsetMap, Option<String>) {
    let state = Rc::new(RefCell::new(State::default()));
    let (hidden, blocks, title, texts) =
        (state.clone(), state.clone(), state.clone(), state.clone());
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!(HIDDEN, move |el| {
                hidden.borrow_mut().hidden_depth += 1;
                let after = hidden.clone();
                if let Some(handlers) = el.end_tag_handlers() {
                    let close: lol_html::EndTagHandler<'static> = Box::new(move |_end| {
                        let mut state = after.borrow_mut();
                        state.hidden_depth = state.hidden_depth.saturating_sub(1);
                        Ok(())
                    });
                    handlers.push(close);
                } else {
                    // A void element (<img hidden>) has no content to hide.
                    let mut state = hidden.borrow_mut();
                    state.hidden_depth = state.hidden_depth.saturating_sub(1);
                }
                Ok(())
            }),
            element!("title", move |el| {
                title.borrow_mut().in_title = true;
                let after = title.clone();
                if let Some(handlers) = el.end_tag_handlers() {
                    let close: lol_html::EndTagHandler<'static> = Box::new(move |_end| {
                        after.borrow_mut().in_title = false;
                        Ok(())
                    });
                    handlers.push(close);
                }
                Ok(())
            }),
            element!(BLOCKS, move |_el| {
                let mut state = blocks.borrow_mut();
                let at = base + state.last_end;
                separate(&mut state, at);
                Ok(())
            }),
        ],
        document_content_handlers: vec![doc_text!(move |chunk| {
            let mut state = texts.borrow_mut();
            let range = chunk.source_location().bytes();
            state.last_end = range.end;
            if state.in_title {
                let decoded = decode_entities(chunk.as_str());
                state.title.push_str(&decoded);
                return Ok(());
            }
            let visible = matches!(chunk.text_type(), TextType::Data | TextType::CDataSection);
            if state.hidden_depth > 0 || !visible || chunk.as_str().is_empty() {
                return Ok(());
            }
            push_decoded(&mut state, chunk.as_str(), base + range.start);
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    // A page lol_html cannot rewrite still yields the text read up to the error.
    let _ = lol_html::rewrite_str(html, settings);
    let state = Rc::try_unwrap(state)
        .map(RefCell::into_inner)
        .unwrap_or_default();
    let title = crate::rules::lexicon::collapse_spaces(&state.title);
    (state.text, state.map, (!title.is_empty()).then_some(title))
}

fn separate(state: &mut State, at: usize) {
    if state.text.is_empty() || state.text.ends_with("\n\n") {
        return;
    }
    let start = state.text.len();
    state.map.push(start, 2, at, 0, false);
    state.text.push_str("\n\n");
}

/// Appends raw HTML text, decoding entities; runs of plain text map byte for byte, each entity
/// maps to its own bytes in the file.
fn push_decoded(state: &mut State, raw: &str, original: usize) {
    let mut rest = raw;
    let mut at = original;
    while !rest.is_empty() {
        let plain_len = rest.find('&').unwrap_or(rest.len());
        if plain_len > 0 {
            let plain = &rest[..plain_len];
            let start = state.text.len();
            state.map.push(start, plain.len(), at, plain.len(), true);
            state.text.push_str(plain);
            at += plain_len;
            rest = &rest[plain_len..];
            continue;
        }
        let entity_len = rest[1..]
            .find(|c: char| c == ';' || c == '&' || c.is_whitespace())
            .filter(|i| rest.as_bytes().get(i + 1) == Some(&b';'))
            .map(|i| i + 2);
        // Browsers also read the oldest entities without their semicolon ("&amp ").
        let legacy = || {
            ["amp", "lt", "gt", "quot", "nbsp"].iter().find_map(|name| {
                let len = name.len() + 1;
                // `get`, not indexing: `len` can fall inside a character ("AT&T’s").
                let next = rest.get(len..).and_then(|after| after.chars().next());
                (rest[1..].starts_with(name) && !next.is_some_and(char::is_alphanumeric))
                    .then(|| decode_entity(&format!("&{name};")).map(|c| (len, c)))
                    .flatten()
            })
        };
        let decoded = entity_len
            .and_then(|len| decode_entity(&rest[..len]).map(|c| (len, c)))
            .or_else(legacy);
        match decoded {
            Some((len, decoded)) => {
                let start = state.text.len();
                let mut buffer = [0; 4];
                let decoded = decoded.encode_utf8(&mut buffer);
                state.map.push(start, decoded.len(), at, len, false);
                state.text.push_str(decoded);
                at += len;
                rest = &rest[len..];
            }
            None => {
                let start = state.text.len();
                state.map.push(start, 1, at, 1, true);
                state.text.push('&');
                at += 1;
                rest = &rest[1..];
            }
        }
    }
}

/// Decodes every entity in a string (for the title).
fn decode_entities(raw: &str) -> String {
    let mut state = State::default();
    push_decoded(&mut state, raw, 0);
    state.text
}

/// One entity such as `&amp;`, `&#8217;` or `&#x2019;`.
fn decode_entity(entity: &str) -> Option<char> {
    let name = entity.strip_prefix('&')?.strip_suffix(';')?;
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "iacute" => 'í',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "szlig" => 'ß',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_only_with_entities_decoded() {
        let html = "<html><head><title>Kim &amp; Xi</title><style>p{}</style></head><body><p>Kim&rsquo;s <b>fifth</b> visit.</p><script>var x = 'fifth';</script><p>Second.</p></body></html>";
        let (text, map, title) = to_plain(html, 0);
        assert_eq!(title.as_deref(), Some("Kim & Xi"));
        assert!(text.contains("Kim’s fifth visit."), "{text:?}");
        assert!(!text.contains("var x"), "{text:?}");
        assert!(text.contains("\n\nSecond."), "{text:?}");
        let at = text.find("fifth").unwrap();
        let start = map.to_original_start(at);
        assert_eq!(&html[start..start + 5], "fifth");
    }

    #[test]
    fn deep_nesting_and_broken_markup_do_not_panic() {
        let deep = "<div>".repeat(20_000) + "text" + &"</div>".repeat(20_000);
        let (text, _, _) = to_plain(&deep, 0);
        assert!(text.contains("text"));
        let (text, _, _) = to_plain("<p>unclosed <b>bold &amp <i>x", 0);
        assert!(text.contains("unclosed bold & x"), "{text:?}");
    }
}
