//! Shared texts: the words the claims of one document repeat, held once.
//!
//! A claim names its kind and rule, its source's path, its sentence and the names in it, the
//! people and places it is about and the assumptions made for it; across a document most of
//! those are the same from claim to claim, and an archive dense with claims held each of them
//! once per claim, some fifty times the size of the archive. Normalization hands every claim of
//! a document its texts through one [`SharedTexts`], which gives out the same `Arc<str>` for the
//! same words and the same `Arc<Role>` for the same role. It lives as long as one document is
//! normalized; the claims keep what it gave.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use crate::claim::Role;

use super::DocumentContext;

/// The texts and roles handed out so far for one document, and the sentence last asked for.
#[derive(Default)]
pub(crate) struct SharedTexts {
    texts: HashSet<Arc<str>>,
    roles: HashSet<Arc<Role>>,
    scenes: HashSet<Arc<Vec<String>>>,
    sentence: Option<SharedSentence>,
}

/// A sentence's text and the proper names in it, as its claims share them.
#[derive(Clone)]
pub(crate) struct SharedSentence {
    range: Range<usize>,
    pub text: Arc<str>,
    pub scene: Arc<Vec<String>>,
}

impl SharedTexts {
    /// The shared copy of `text`.
    pub fn text(&mut self, text: &str) -> Arc<str> {
        match self.texts.get(text) {
            Some(shared) => Arc::clone(shared),
            None => {
                let shared: Arc<str> = Arc::from(text);
                self.texts.insert(Arc::clone(&shared));
                shared
            }
        }
    }

    /// The shared copy of `text`, or `text` itself when it is the first of its words.
    fn adopt(&mut self, text: Arc<str>) -> Arc<str> {
        match self.texts.get(&text) {
            Some(shared) => Arc::clone(shared),
            None => {
                self.texts.insert(Arc::clone(&text));
                text
            }
        }
    }

    /// The shared copy of `role`, its words shared too.
    pub fn role(&mut self, role: Role) -> Arc<Role> {
        if let Some(shared) = self.roles.get(&role) {
            return Arc::clone(shared);
        }
        let shared = Arc::new(Role {
            name: self.adopt(role.name),
            written: self.adopt(role.written),
            resolution: self.adopt(role.resolution),
            ..role
        });
        self.roles.insert(Arc::clone(&shared));
        shared
    }

    /// The text and the names of the sentence at `range`. Claims come in text order, so the
    /// claims of one sentence follow each other and the last sentence is the one asked for again.
    pub fn sentence(
        &mut self,
        context: &DocumentContext<'_>,
        range: Range<usize>,
    ) -> SharedSentence {
        if let Some(last) = self.sentence.as_ref().filter(|last| last.range == range) {
            return last.clone();
        }
        let shared = SharedSentence {
            text: self.text(&context.document.text[range.clone()]),
            scene: self.scene(context.names_in(range.clone())),
            range,
        };
        self.sentence = Some(shared.clone());
        shared
    }

    /// The shared copy of a sentence's names: many sentences name the same few things, or none.
    fn scene(&mut self, mut names: Vec<String>) -> Arc<Vec<String>> {
        if let Some(shared) = self.scenes.get(&names) {
            return Arc::clone(shared);
        }
        names.shrink_to_fit();
        let shared = Arc::new(names);
        self.scenes.insert(Arc::clone(&shared));
        shared
    }
}
