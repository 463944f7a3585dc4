//! The map from plain-text byte offsets back to the original file.

/// One stretch of plain text and where it came from.
#[derive(Clone, Debug)]
struct Segment {
    plain: usize,
    plain_len: usize,
    original: usize,
    original_len: usize,
    /// Whether the plain text is the original text byte for byte, so offsets inside map exactly.
    exact: bool,
}

/// Maps offsets in a document's plain text to offsets in its original file.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

impl OffsetMap {
    /// The map for text that is a verbatim slice of the file starting at `original_start`.
    pub fn identity(len: usize, original_start: usize) -> Self {
        let mut map = OffsetMap::default();
        map.push(0, len, original_start, len, true);
        map
    }

    /// Records that `plain_len` bytes at `plain` came from `original_len` bytes at `original`.
    pub fn push(
        &mut self,
        plain: usize,
        plain_len: usize,
        original: usize,
        original_len: usize,
        exact: bool,
    ) {
        if plain_len == 0 {
            return;
        }
        self.segments.push(Segment {
            plain,
            plain_len,
            original,
            original_len,
            exact: exact && plain_len == original_len,
        });
    }

    fn segment_at(&self, offset: usize) -> Option<&Segment> {
        let index = self
            .segments
            .partition_point(|s| s.plain + s.plain_len <= offset);
        self.segments.get(index).or(self.segments.last())
    }

    /// The original offset of the byte at plain offset `offset`.
    pub fn to_original_start(&self, offset: usize) -> usize {
        match self.segment_at(offset) {
            Some(s) if offset < s.plain => s.original,
            Some(s) if s.exact => s.original + (offset - s.plain).min(s.original_len),
            Some(s) if offset >= s.plain + s.plain_len => s.original + s.original_len,
            Some(s) => s.original,
            None => offset,
        }
    }

    /// The original offset just past the byte before plain offset `offset`.
    pub fn to_original_end(&self, offset: usize) -> usize {
        match self.segment_at(offset.saturating_sub(1)) {
            Some(s) if offset <= s.plain => s.original,
            Some(s) if s.exact => s.original + (offset - s.plain).min(s.original_len),
            Some(s) => s.original + s.original_len,
            None => offset,
        }
    }
}
