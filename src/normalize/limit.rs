//! A stated maximum: what the law allows or what someone could face, "the regulator can impose
//! fines of up to £17.5m", "offenders face a maximum fine of €50,000". What may be imposed is
//! another fact than what was imposed ("fined the company £3.2m"): a maximum is kept apart from
//! amounts, and its value is the maximum itself, so two reports' maxima compare as figures
//! ("up to €50,000" and "as much as €100,000" conflict; read as bounds they would overlap).

use std::sync::LazyLock;

use regex::Regex;

/// Words that end the text before an amount and make it a maximum allowed or faced: a maximum
/// within the last few words ("a maximum fine of", "punishable by a fine of", "capped at"), a
/// modal with a verb of imposing ("can impose fines of"), a power to impose ("allows judges to
/// impose penalties of"), or facing or risking a penalty ("face fines of", "faces up to").
/// Anchored at the amount, so a word further back ("the well was capped three months after
/// the blast that killed 11") makes nothing a maximum.
static CUE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?P<cue>
            \b(?:maxim(?:um|al)|punishable\s+by|capped\s+at)
          | \b(?:can|could|may|might|would)\s+(?:\w+\s+){0,2}?
            (?:impose|levy|fine|order|hand\s+down|be\s+fined|be\s+ordered\s+to\s+pay)\b
          | \b(?:allow|permit|empower|entitle)\w*\s+(?:\w+\s+){0,3}?to\s+(?:impose|levy|fine|order|hand\s+down)\b
        )
        (?:\s+[\w'’-]+){0,4}?\s*$
        | (?P<facing>\b(?:faces?|facing|risks?|risking))
          (?:\s+(?:a|an|the))?(?:\s+(?:possible|potential|maximum|hefty|heavy|large|further))?
          (?:\s+(?P<penalty>fines?|penalt(?:y|ies)|sanctions?|damages)(?:\s+of)?)?\s*$
        ",
    )
    .ok()
});

/// What may follow an amount faced with no penalty named before it ("faces up to $500,000 if
/// convicted", "faces a £5,000 fine"): a penalty, a condition, or the end of the clause. Any other
/// noun names what the amount is ("facing a £14m deficit", "faces a $2bn bill"), no maximum.
static FACED_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\s*$|\s*[,.;:)—–]|[\s-]+(?:in\s+)?(?:fines?|penalt(?:y|ies)|damages|sanctions?)\b|\s+(?:if|for|under|when|unless|and|or|after|over|on|in\s+(?:court|jail|prison))\b)",
    )
    .ok()
});

/// A penalty named right before its amount: "fines of", "a penalty of".
static PENALTY_OF: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:fines?|penalt(?:y|ies))\s+of\s*$").ok());

/// The words that make an amount written after `before` (the amount being `written`, the words
/// after it `after`) a stated maximum, when the words right before it, or the amount itself ("a
/// maximum of €40,000"), say so.
pub fn maximum_cue<'t>(before: &'t str, written: &'t str, after: &str) -> Option<&'t str> {
    if let Some(at) = written.to_ascii_lowercase().find("maximum") {
        return written.get(at..at + "maximum".len());
    }
    // "Fines of up to $500 will apply": a penalty said with its cap is the cap.
    let lower = written.trim_start().to_ascii_lowercase();
    if let Some(cap) = ["up to", "as much as"]
        .into_iter()
        .find(|cap| lower.starts_with(cap))
    {
        if PENALTY_OF.as_ref().is_some_and(|re| re.is_match(before)) {
            return written.trim_start().get(..cap.len());
        }
    }
    let caps = CUE.as_ref()?.captures(before)?;
    if let Some(cue) = caps.name("cue") {
        return Some(cue.as_str());
    }
    // Facing a penalty named before the amount, or one with nothing after it that names
    // another thing.
    let facing = caps.name("facing")?;
    let faced = caps.name("penalty").is_some() || FACED_AFTER.as_ref()?.is_match(after);
    faced.then(|| facing.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_maximum_is_cued_by_the_words_right_before_the_amount() {
        for before in [
            "The regulator can impose fines of ",
            "Under the law, dealers face fines of ",
            "Shops that sell them risk fines of ",
            "Offenders face a maximum fine of ",
            "The offence is punishable by a fine of ",
            "The agency could in theory fine the firm ",
            "The law allows judges to impose penalties of ",
            "He faces ",
            "Households caught breaking the rules could be fined ",
            "Bonuses are capped at ",
        ] {
            assert!(
                maximum_cue(before, "up to €40,000", ".").is_some(),
                "{before}"
            );
        }
        // Faced with nothing named before it: a penalty or a condition after it.
        for after in [
            " fine.",
            "-fine",
            " in fines",
            " if convicted",
            ", prosecutors said",
            "",
        ] {
            assert!(
                maximum_cue("He faces a ", "$250,000", after).is_some(),
                "{after}"
            );
        }
        // Any other noun says what the amount is: a deficit faced is no maximum.
        for after in [" deficit", " bill for repairs", "-a-year shortfall"] {
            assert!(
                maximum_cue("The university is facing a ", "£14m", after).is_none(),
                "{after}"
            );
        }
        assert!(maximum_cue("The firm faces fines of ", "$2m", " deficit").is_some());
        assert!(maximum_cue("The fine was set at ", "a maximum of €40,000", "").is_some());
        assert_eq!(maximum_cue("Fines of ", "up to $500", ""), Some("up to"));
        assert_eq!(
            maximum_cue("Offenders pay penalties of ", "as much as $900", ""),
            Some("as much as")
        );
        assert!(maximum_cue("Fines of ", "$500", "").is_none());
        assert!(maximum_cue("Sales of ", "up to $500", "").is_none());
        for before in [
            "The regulator fined the company ",
            "Facing criticism, the regulator fined the company ",
            "Unions were told that ",
            "The ferry, carrying ",
            "Rescuers dug after the landslide — ",
            "The well was capped three months after the blast that cost ",
            "Hospitals were at maximum capacity after the storm caused damage of ",
            "The offence carries a maximum fine of £5,000 and the firm was fined ",
            "Firms at risk of collapse received ",
            "The airline could receive ",
            "The statutory minimum wage will rise to ",
        ] {
            assert!(
                maximum_cue(before, "up to €40,000", "").is_none(),
                "{before}"
            );
        }
    }
}
