//! HTML to plain text: the visible text only (scripts, styles and the document head dropped),
//! entities decoded, block elements ending sentences, and every byte of text mapped back to the
//! original file so quotes and spans point into the page as saved.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::TextType;
use lol_html::{doc_text, element, RewriteStrSettings};

use super::OffsetMap;

/// Elements whose content is never visible text. Not `head`: a browser shows text found there
/// (outside these elements and the title), and a page that never closes its `<head>` would
/// otherwise lose all its text.
const HIDDEN: &str =
    "script, style, noscript, template, svg, iframe, object, [hidden], [aria-hidden=true]";

/// Start tags that may close an element whose end tag HTML lets authors leave out (`<li>`,
/// `<p>`, `<td>` …). lol_html only reports end tags that are written, so a hidden `<li hidden>`
/// followed by another `<li>` must be closed here, or the rest of the page would stay hidden.
const IMPLIED_CLOSERS: &str = "address, article, aside, blockquote, details, div, dl, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, li, main, menu, nav, ol, p, pre, section, summary, table, ul, dd, dt, td, th, tr, option, optgroup";

/// Elements that start a new block, so that sentences never run across them.
const BLOCKS: &str = "p, div, br, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, td, th, table, section, article, header, footer, aside, nav, blockquote, figure, figcaption, pre, hr, dt, dd, main, title";

/// An open element whose content is hidden.
struct Hidden {
    tag: String,
    id: usize,
}

#[derive(Default)]
struct State {
    text: String,
    map: OffsetMap,
    /// The hidden elements open, innermost last.
    hidden: Vec<Hidden>,
    next_id: usize,
    title: String,
    in_title: bool,
    last_end: usize,
}

/// The plain text of an HTML page, its map to the original bytes, and its `<title>`.
pub fn to_plain(html: &str, base: usize) -> (String, OffsetMap, Option<String>) {
    let state = Rc::new(RefCell::new(State::default()));
    let (closers, hidden, blocks, title, texts) = (
        state.clone(),
        state.clone(),
        state.clone(),
        state.clone(),
        state.clone(),
    );
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!(IMPLIED_CLOSERS, move |el| {
                let tag = el.tag_name();
                let mut state = closers.borrow_mut();
                while state
                    .hidden
                    .last()
                    .is_some_and(|open| closes_implicitly(&tag, &open.tag))
                {
                    state.hidden.pop();
                }
                Ok(())
            }),
            element!(HIDDEN, move |el| {
                let tag = el.tag_name();
                let Some(handlers) = el.end_tag_handlers() else {
                    // A void element (<img hidden>) has no content to hide.
                    return Ok(());
                };
                let mut state = hidden.borrow_mut();
                let id = state.next_id;
                state.next_id += 1;
                state.hidden.push(Hidden { tag, id });
                let after = hidden.clone();
                let close: lol_html::EndTagHandler<'static> = Box::new(move |_end| {
                    // Closing it closes whatever hidden element was left open inside it too.
                    let mut state = after.borrow_mut();
                    // Ids grow as elements open, so the stack is sorted by id.
                    if let Ok(at) = state.hidden.binary_search_by_key(&id, |h| h.id) {
                        state.hidden.truncate(at);
                    }
                    Ok(())
                });
                handlers.push(close);
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
            if !state.hidden.is_empty() || !visible || chunk.as_str().is_empty() {
                return Ok(());
            }
            push_decoded(&mut state, chunk.as_str(), base + range.start);
            Ok(())
        })],
        // Not strict: markup a streaming parser cannot read for sure (a <noscript> in a
        // <frameset>) is read as best it can, rather than ending the page there.
        strict: false,
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

/// Whether start tag `new` ends the open element `open` whose end tag was left out.
fn closes_implicitly(new: &str, open: &str) -> bool {
    match open {
        "p" => !matches!(new, "td" | "th" | "tr" | "option" | "optgroup"),
        "li" => new == "li",
        "dt" | "dd" => matches!(new, "dt" | "dd"),
        "td" | "th" => matches!(new, "td" | "th" | "tr"),
        "tr" => new == "tr",
        "option" => matches!(new, "option" | "optgroup"),
        "optgroup" => new == "optgroup",
        _ => false,
    }
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
        // A no-break space reads as a space, as `&nbsp;` does: rules write spaces.
        return char::from_u32(code).filter(|c| *c != '\0').map(|c| {
            if c == '\u{a0}' {
                ' '
            } else {
                c
            }
        });
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
        let hidden = "<div hidden>".repeat(20_000) + "menu" + &"</div>".repeat(20_000) + "text";
        let (text, _, _) = to_plain(&hidden, 0);
        assert_eq!(text, "text");
        let (text, _, _) = to_plain("<p>unclosed <b>bold &amp <i>x", 0);
        assert!(text.contains("unclosed bold & x"), "{text:?}");
    }

    #[test]
    fn an_unclosed_head_hides_nothing_of_the_body() {
        let (text, _, title) = to_plain(
            "<html><head><title>T</title><script>x()</script><body><p>Kim's fifth visit.</p>",
            0,
        );
        assert_eq!(text, "Kim's fifth visit.");
        assert_eq!(title.as_deref(), Some("T"));
    }

    #[test]
    fn hidden_elements_closed_by_omission_end_there() {
        for html in [
            "<ul><li aria-hidden=true>menu<li>Kim's fifth visit.</ul>",
            "<p hidden>menu<p>Kim's fifth visit.",
            "<dl><dt hidden>menu<dd>Kim's fifth visit.</dl>",
            "<div hidden><p>menu</div><p>Kim's fifth visit.",
        ] {
            let (text, _, _) = to_plain(html, 0);
            assert_eq!(text, "Kim's fifth visit.", "{html}");
        }
    }

    #[test]
    fn ambiguous_markup_does_not_end_the_page() {
        let html =
            "<p>One.</p><frameset><noscript>x</noscript></frameset><p>Kim's fifth visit.</p>";
        let (text, _, _) = to_plain(html, 0);
        assert!(text.contains("Kim's fifth visit."), "{text:?}");
    }
}
