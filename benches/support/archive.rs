// An archive of unrelated stories made from the claims of a few: copies of the claims, every
// proper name in each copy given a word of its own before it ("Beijing" becomes "Avel
// Beijing", then "Borin Beijing"), so that each copy is a different set of stories whose
// places and people share last words with the others'. Used by `examples/archive_alignment.rs`
// and by the alignment tests, which include it; the including module has
// `Arc`, `Claim` and `HashMap` in scope.

use super::{Arc, Claim, HashMap};

/// Words put before every proper name, one per copy.
pub const WORDS: [&str; 16] = [
    "Avel", "Borin", "Cadmus", "Dorrit", "Evander", "Fulk", "Gwaine", "Hestor", "Ingram", "Jorund",
    "Kestrel", "Lowell", "Mordaunt", "Nerys", "Osric", "Perrin",
];

/// `copies` copies of `base` (at most [`WORDS`]), each from sources of its own.
pub fn renamed_copies(base: &[Claim], copies: usize) -> Vec<Claim> {
    let rename = |name: &str, copy: usize| {
        if name.starts_with(char::is_uppercase) {
            format!("{} {name}", WORDS[copy])
        } else {
            name.to_string()
        }
    };
    let mut claims = Vec::with_capacity(base.len() * copies);
    let mut reports: HashMap<(*const Vec<String>, usize), Arc<Vec<String>>> = HashMap::new();
    for copy in 0..copies.min(WORDS.len()) {
        for claim in base {
            let mut claim = claim.clone();
            claim.evidence.source = format!("{}-{copy}", claim.evidence.source).into();
            for role in [&mut claim.subject, &mut claim.object]
                .into_iter()
                .flatten()
            {
                let role = Arc::make_mut(role);
                role.name = rename(&role.name, copy).into();
                role.entity = None;
            }
            claim.scene = Arc::new(claim.scene.iter().map(|n| rename(n, copy)).collect());
            let names = &claim.document_names;
            let renamed = reports
                .entry((Arc::as_ptr(names), copy))
                .or_insert_with(|| Arc::new(names.iter().map(|n| rename(n, copy)).collect()));
            claim.document_names = Arc::clone(renamed);
            claims.push(claim);
        }
    }
    claims
}
