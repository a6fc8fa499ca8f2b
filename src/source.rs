//! Source files as read from disk, and positions in them.
//!
//! Owns the text of every file a run reads and the mapping from byte offsets to
//! line and column. Every position in a diagnostic is a byte span that a parser
//! produced (habit 3); this module only translates it, it never searches text.

use std::sync::Arc;

/// Index of a file in [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range within one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end: end.max(start) }
    }
}

/// A span in a given file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub file: FileId,
    pub span: Span,
}

/// One file's text and line table. The path is relative to the project root,
/// with `/` separators on every platform.
#[derive(Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile { path, text, line_starts }
    }

    /// 1-based line and column (column counted in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self.text.get(start..offset).map_or(offset - start, |s| s.chars().count());
        // A BOM is invisible to the reader: do not count it as a column.
        let bom = usize::from(line == 0 && self.text.starts_with('\u{feff}') && offset > 0);
        (line + 1, col + 1 - bom)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        let text = &self.text[start..end];
        let text = text.trim_end_matches(['\n', '\r']);
        text.strip_prefix('\u{feff}').unwrap_or(text)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
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
}
