//! Source files as read from disk, and positions in them.
//!
//! Owns the text of every file a run reads and the mapping from byte offsets to
//! line and column. Every position in a diagnostic is a byte span that a parser
//! produced (habit 3); this module only translates it, it never searches text.

use std::sync::Arc;

/// Index of a file in [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range within one source file. Stored in 32 bits each: a file is
/// at most [`crate::load::MAX_FILE_SIZE`] bytes, and a large trajectory holds
/// millions of spans (every key of every item has one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Span { start: at(start), end: at(end.max(start)) }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// A span in a given file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub file: FileId,
    pub span: Span,
}

/// One file's text and line table. The path is relative to the project root,
/// with `/` separators on every platform. The line table is made the first
/// time a position in the file is asked for: most files of a large
/// trajectory never have one.
#[derive(Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: std::sync::OnceLock<Vec<u32>>,
    /// On lines longer than [`MARK_EVERY`] bytes: a byte offset every
    /// [`MARK_EVERY`] bytes or so and its column (0-based), so a column far
    /// into a long line is counted from a mark near it, not from the line's
    /// start (a thousand findings on one long line were quadratic). Made the
    /// first time such a column is asked for.
    col_marks: std::sync::OnceLock<Vec<(u32, u32)>>,
}

/// See [`SourceFile::col_marks`].
const MARK_EVERY: usize = 4096;

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        SourceFile { path, text, line_starts: std::sync::OnceLock::new(), col_marks: std::sync::OnceLock::new() }
    }

    /// The byte offset of the start of every line (files are at most a few
    /// tens of MB: offsets fit in 32 bits).
    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)));
            starts
        })
    }

    /// 1-based line and column (column counted in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s as usize <= offset) - 1;
        let mut start = starts[line] as usize;
        let mut before = 0;
        if offset - start > MARK_EVERY {
            let marks = self.col_marks();
            let i = marks.partition_point(|&(at, _)| at as usize <= offset);
            if let Some(&(at, col)) = i.checked_sub(1).and_then(|i| marks.get(i))
                && at as usize > start
            {
                (start, before) = (at as usize, col as usize);
            }
        }
        let col = before + self.text.get(start..offset).map_or(offset - start, |s| s.chars().count());
        // A BOM is invisible to the reader: do not count it as a column.
        let bom = usize::from(line == 0 && self.text.starts_with('\u{feff}') && offset > 0);
        (line + 1, col + 1 - bom)
    }

    /// The 1-based line of a byte offset, and the byte range of that line
    /// with its line end.
    pub fn line_range(&self, offset: usize) -> (usize, std::ops::Range<usize>) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s as usize <= offset) - 1;
        let end = starts.get(line + 1).map_or(self.text.len(), |&e| e as usize);
        (line + 1, starts[line] as usize..end)
    }

    /// See the field: marks on the long lines, in file order.
    fn col_marks(&self) -> &[(u32, u32)] {
        self.col_marks.get_or_init(|| {
            let mut marks = Vec::new();
            let starts = self.line_starts();
            for (i, &start) in starts.iter().enumerate() {
                let (start, end) = (start as usize, starts.get(i + 1).map_or(self.text.len(), |&e| e as usize));
                let (mut at, mut col) = (start, 0);
                while end - at > MARK_EVERY {
                    let mut next = at + MARK_EVERY;
                    while !self.text.is_char_boundary(next) {
                        next += 1;
                    }
                    col += self.text[at..next].chars().count();
                    at = next;
                    marks.push((u32::try_from(at).unwrap_or(u32::MAX), u32::try_from(col).unwrap_or(u32::MAX)));
                }
            }
            marks
        })
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        let starts = self.line_starts();
        let Some(&start) = starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = starts.get(line).map_or(self.text.len(), |&e| e as usize);
        let text = &self.text[start as usize..end];
        let text = text.trim_end_matches(['\n', '\r']);
        text.strip_prefix('\u{feff}').unwrap_or(text)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }
}

/// Text that is either owned or a range of a source file's text, shared with
/// it: a Markdown body stands byte for byte in its file, so the model keeps a
/// handle to the file rather than a second copy of the body. Reads as `str`.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Owned(String),
    Shared { file: Arc<SourceFile>, start: usize, end: usize },
}

impl Text {
    /// `file.text[range]`, without copying it. `range` must lie on char boundaries.
    pub fn shared(file: Arc<SourceFile>, range: std::ops::Range<usize>) -> Self {
        assert!(file.text.get(range.clone()).is_some(), "a text range on char boundaries");
        Text(Repr::Shared { file, start: range.start, end: range.end })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Owned(s) => s,
            Repr::Shared { file, start, end } => &file.text[*start..*end],
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text(Repr::Owned(String::new()))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Repr::Owned(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(Repr::Owned(s.to_owned()))
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Every file a run has read, shared (cheaply cloned) between the stages.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: Vec<Arc<SourceFile>>,
}

impl Sources {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(Arc::new(file));
        FileId(u32::try_from(self.files.len() - 1).expect("fewer than 4 billion files"))
    }

    /// Add a file already shared (from an earlier run's cache).
    pub fn add_shared(&mut self, file: Arc<SourceFile>) -> FileId {
        self.files.push(file);
        FileId(u32::try_from(self.files.len() - 1).expect("fewer than 4 billion files"))
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// A shared handle to one file (cheap: no copy of the text).
    pub fn shared(&self, id: FileId) -> Arc<SourceFile> {
        Arc::clone(&self.files[id.0 as usize])
    }

    pub fn path(&self, id: FileId) -> &str {
        &self.get(id).path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_with_bom_and_crlf() {
        let f = SourceFile::new("a.yaml".into(), "\u{feff}a: 1\r\nbé: 2\r\n".into());
        assert_eq!(f.line_col(3), (1, 1));
        assert_eq!(f.line_col(4), (1, 2));
        let b = f.text.find("2").unwrap();
        assert_eq!(f.line_col(b), (2, 5));
        assert_eq!(f.line_text(2), "bé: 2");
        assert_eq!(f.line_text(1), "a: 1");
    }

    #[test]
    fn columns_far_into_long_lines_count_characters() {
        let text = format!("\u{feff}{}\nkort\n{}x\n", "é€a".repeat(5000), "ab".repeat(9000));
        let f = SourceFile::new("a.yaml".into(), text.clone());
        let naive = |offset: usize| {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let bom = usize::from(start == 0 && offset > 0);
            text[start..offset].chars().count() + 1 - bom
        };
        for offset in (0..text.len()).step_by(997).chain([text.len() - 2, text.find("kort").unwrap() + 2]) {
            if text.is_char_boundary(offset) {
                assert_eq!(f.line_col(offset).1, naive(offset), "at {offset}");
            }
        }
    }
}
