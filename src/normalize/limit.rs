//! A stated maximum: what the law allows or what someone could face, "the regulator can impose
//! fines of up to £17.5m", "offenders face a maximum fine of €50,000". What may be imposed is
//! another fact than what was imposed ("fined the company £3.2m"): a maximum is kept apart from
//! amounts, and its value is the maximum itself, so two reports' maxima compare as figures
//! ("up to €50,000" and "as much as €100,000" conflict; read as bounds they would overlap).

use std::sync::LazyLock;

use regex::Regex;

/// Words before an amount that make it a maximum on their own: a maximum, a statutory figure,
/// a punishment the law sets, a cap.
static MAXIMUM: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:maxim(?:um|al)|statutory|punishable|capped)\b").ok());

/// Words before an amount with an upper bound ("up to", "as much as") that make the bound a
/// maximum allowed or faced: a modal with a verb of imposing or facing, a power to impose, or
/// facing itself.
/// Without them "up to 800 jobs could go" is a hedged count.
static POSSIBLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?:can|could|may|might|would)\s+(?:\w+\s+){0,2}?
            (?:impose|levy|face|fine|order|jail|imprison|receive|get|carry|reach|hand\s+down)\b
        | \b(?:allow|permit|empower|entitle)\w*\s+(?:\w+\s+){0,3}?to\s+
            (?:impose|levy|fine|order|jail|imprison|hand\s+down)\b
        | \b(?:faces?|facing)\b
        ",
    )
    .ok()
});

/// The word that makes an amount written after `before` a stated maximum, when its clause (the
/// words since the last comma, semicolon, colon or bracket) has one; `bounded` is whether the
/// amount was written as an upper bound ("up to £17.5m").
pub fn maximum_cue(before: &str, bounded: bool) -> Option<&str> {
    let clause_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '—'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let clause = &before[clause_start..];
    let find = |regex: &Option<Regex>| regex.as_ref()?.find(clause).map(|m| m.as_str());
    find(&MAXIMUM).or_else(|| bounded.then(|| find(&POSSIBLE)).flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_maximum_is_cued_in_the_amounts_own_clause() {
        for (before, bounded) in [
            ("The regulator can impose fines of ", true),
            ("Under the law, dealers face fines of ", true),
            ("Offenders face a maximum fine of ", false),
            ("The offence is punishable by a fine of ", false),
            ("The agency could in theory fine the firm ", true),
            ("The law allows judges to impose penalties of ", true),
        ] {
            assert!(maximum_cue(before, bounded).is_some(), "{before}");
        }
        for (before, bounded) in [
            ("The regulator fined the company ", false),
            ("Facing criticism, the regulator fined the company ", true),
            ("Unions were told that ", true),
            ("Rescuers dug after the landslide — ", false),
            ("The ferry, carrying ", false),
            ("The company faces a bill of ", false),
        ] {
            assert!(maximum_cue(before, bounded).is_none(), "{before}");
        }
    }
}
