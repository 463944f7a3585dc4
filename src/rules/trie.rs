//! Alternations of listed words or names written as a tree of their shared beginnings:
//! "(?:thir(?:teen|ty))" rather than "(?:thirteen|thirty)".
//!
//! Patterns are matched case-insensitively, so the regex compiler cannot share the beginnings of
//! the words itself (it does so for literals only), and a list of a few hundred words is a few
//! thousand automaton states in every copy. The large macros hold several copies of the
//! currencies, hedges and units; a pattern on the gazetteer holds a thousand names.
//!
//! What the alternation matches is unchanged. A flat alternation of words sorted longest first
//! tries, where it starts, each word that matches there, longest first. No two branches of a
//! node match the same character, so the words that match at one place lie on one path of the
//! tree, each the beginning of the next; the tree tries the branches below a node before the end
//! of a word there, so it tries them longest first too. Where two branches of one node would
//! match one character ("R" and "r"), they are one branch.

/// A piece of a listed word or name, as the tree holds it.
pub(crate) trait Piece: Clone {
    /// Whether `other` goes down this branch.
    fn same_branch(&self, other: &Self) -> bool;

    /// Takes in a piece of the same branch spelled another way.
    fn absorb(&mut self, _other: &Self) {}

    /// The pattern of the piece.
    fn pattern(&self) -> String;

    /// Whether a word boundary stands before the piece that opens a word, or after the one that
    /// ends it: whether it is a letter or digit.
    fn is_word(&self) -> bool;

    /// The piece followed by the pattern of what comes after it in the tree.
    fn then(&self, rest: &str) -> String {
        format!("{}{rest}", self.pattern())
    }
}

/// The words, each a sequence of pieces, as a tree of their shared beginnings.
pub(crate) struct Trie<P> {
    /// The branches, in the order they were first taken.
    children: Vec<(P, Trie<P>)>,
    /// Whether a word ends here.
    terminal: bool,
    /// The length of the longest word through this node.
    longest: usize,
}

impl<P> Default for Trie<P> {
    fn default() -> Self {
        Trie {
            children: Vec::new(),
            terminal: false,
            longest: 0,
        }
    }
}

impl<P: Piece> Trie<P> {
    /// Adds a word; `length` orders the branches (the longest word below first).
    pub(crate) fn insert(&mut self, pieces: &[P], length: usize) {
        self.longest = self.longest.max(length);
        let Some((first, rest)) = pieces.split_first() else {
            self.terminal = true;
            return;
        };
        let position = self.children.iter().position(|(p, _)| p.same_branch(first));
        let child = match position {
            Some(at) => {
                let (piece, child) = &mut self.children[at];
                piece.absorb(first);
                child
            }
            None => {
                self.children.push((first.clone(), Trie::default()));
                &mut self.children.last_mut().expect("just pushed").1
            }
        };
        child.insert(rest, length);
    }

    /// The pattern of the whole tree: each word opens with `\b` when `leading` and its first
    /// piece is a letter or digit, and closes with one when `trailing` and its last is.
    pub(crate) fn render(&self, leading: bool, trailing: bool) -> String {
        if self.children.is_empty() {
            return r"(?:[^\s\S])".into();
        }
        let branches: Vec<String> = self
            .ordered()
            .map(|(piece, child)| {
                let open = if leading && piece.is_word() {
                    r"\b"
                } else {
                    ""
                };
                format!("{open}{}", child.render_after(piece, trailing))
            })
            .collect();
        format!("(?:{})", branches.join("|"))
    }

    /// This node reached through `piece`: the piece, then the branches below.
    fn render_after(&self, piece: &P, trailing: bool) -> String {
        let mut branches: Vec<String> = self
            .ordered()
            .map(|(next, child)| child.render_after(next, trailing))
            .collect();
        if self.terminal {
            let close = if trailing && piece.is_word() {
                r"\b"
            } else {
                ""
            };
            branches.push(close.to_string());
        }
        let rest = match branches.len() {
            0 => String::new(),
            1 => branches.pop().unwrap_or_default(),
            _ => format!("(?:{})", branches.join("|")),
        };
        piece.then(&rest)
    }

    /// The branches, longest word first (a stable sort keeps the order of insertion otherwise).
    fn ordered(&self) -> impl Iterator<Item = &(P, Trie<P>)> {
        let mut order: Vec<&(P, Trie<P>)> = self.children.iter().collect();
        order.sort_by_key(|(_, child)| std::cmp::Reverse(child.longest));
        order.into_iter()
    }
}
