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
        let exact = exact && plain_len == original_len;
        // A stretch that continues the last one in both texts, byte for byte, extends it: the
        // parsers hand text over in pieces (at every quote mark, entity or line), and a long
        // report would otherwise keep a segment for each.
        if let Some(last) = self.segments.last_mut() {
            if exact
                && last.exact
                && last.plain + last.plain_len == plain
                && last.original + last.original_len == original
            {
                last.plain_len += plain_len;
                last.original_len += original_len;
                return;
            }
        }
        self.segments.push(Segment {
            plain,
            plain_len,
            original,
            original_len,
            exact,
        });
    }

    /// Gives back the room the list grew into while it was built.
    pub fn shrink_to_fit(&mut self) {
        self.segments.shrink_to_fit();
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

/// Lines and columns of the original file, found in time that does not grow with the length of a
/// line: a minified page or a feed can hold megabytes on one line, and every claim on it needs
/// its column, so counting the characters from the start of the line each time would make a long
/// line cost the square of its length.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// The byte offset where each line starts.
    starts: Vec<usize>,
    /// Every [`CHECKPOINT`] bytes or so (at a character boundary), the offset and how many
    /// characters precede it in the file.
    checkpoints: Vec<(usize, usize)>,
}

/// How far apart character-count checkpoints are, in bytes.
const CHECKPOINT: usize = 64 << 10;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        starts.shrink_to_fit();
        let mut checkpoints = vec![(0, 0)];
        let mut at = 0;
        let mut chars = 0;
        while text.len() - at > CHECKPOINT {
            let mut next = at + CHECKPOINT;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            checkpoints.push((next, chars));
            at = next;
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// The 1-based line and column (in characters) of byte `offset` of `text`, the text this
    /// index was built from; `offset` must be a character boundary.
    pub fn line_and_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let line_start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = if offset - line_start < CHECKPOINT {
            text.get(line_start..offset)
                .map_or(0, |s| s.chars().count())
        } else {
            self.chars_before(text, offset) - self.chars_before(text, line_start)
        };
        (line, column + 1)
    }

    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let index = self
            .checkpoints
            .partition_point(|&(at, _)| at <= offset)
            .max(1);
        let (at, chars) = self.checkpoints[index - 1];
        chars + text.get(at..offset).map_or(0, |s| s.chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_that_continue_each_other_are_one_segment() {
        let mut map = OffsetMap::default();
        // "Hello, “world”" handed over in three pieces, then a paragraph break the original
        // writes otherwise, then more text.
        map.push(0, 7, 10, 7, true);
        map.push(7, 3, 17, 3, true);
        map.push(10, 8, 20, 8, true);
        map.push(18, 2, 28, 0, false);
        map.push(20, 4, 31, 4, true);
        assert_eq!(map.segments.len(), 3);
        assert_eq!(map.to_original_start(9), 19);
        assert_eq!(map.to_original_end(18), 28);
        assert_eq!(map.to_original_start(19), 28);
        assert_eq!(map.to_original_start(21), 32);
        // A piece that does not continue the last one in the original starts a segment.
        map.push(24, 3, 40, 3, true);
        assert_eq!(map.segments.len(), 4);
        assert_eq!(map.to_original_start(25), 41);
    }

    #[test]
    fn columns_on_long_lines_count_characters() {
        let text = format!("a\n{}é{}X", "é".repeat(100_000), "-".repeat(70_000));
        let index = LineIndex::new(&text);
        let at = text.find('X').unwrap();
        assert_eq!(index.line_and_column(&text, at), (2, 170_002));
        assert_eq!(index.line_and_column(&text, 0), (1, 1));
        assert_eq!(index.line_and_column(&text, 2), (2, 1));
        assert_eq!(
            index.line_and_column(&text, text.len()),
            (2, 170_003),
            "the end of the file"
        );
    }
}
