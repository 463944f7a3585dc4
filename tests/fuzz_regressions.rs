//! Inputs the fuzz targets under `fuzz/` found to crash crosscheck, each fed through the same
//! public API the target used, so that the bug cannot come back unnoticed. See the Fuzzing
//! section of the README.

use crosscheck::source::{load_bytes, Format, LoadOptions};

/// fuzz target `source`, format HTML: an `&` followed by one ASCII character and then a
/// multi-byte one made the entity decoder slice a string inside a character
/// (`src/source/html.rs`, `push_decoded`, the legacy-entity lookahead) and panic.
#[test]
fn html_ampersand_before_a_multibyte_character_loads() {
    // The minimized fuzz input, without its selector byte: `v&#Ȋ`.
    let document = load_bytes(
        "fuzz.html",
        b"v&#\xc8\x8a".to_vec(),
        Format::Html,
        &LoadOptions::default(),
    )
    .expect("the page loads");
    assert_eq!(document.text, "v&#\u{20a}");
    // The same bug as news writes it.
    let document = load_bytes(
        "news.html",
        "<p>AT&T\u{2019}s shares rose; R&D\u{e9} fell.</p>"
            .as_bytes()
            .to_vec(),
        Format::Html,
        &LoadOptions::default(),
    )
    .expect("the page loads");
    assert!(
        document
            .text
            .contains("AT&T\u{2019}s shares rose; R&D\u{e9} fell."),
        "{:?}",
        document.text
    );
}
