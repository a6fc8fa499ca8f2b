//! Diagnostics: every problem a run finds, as data.
//!
//! Owns the one enum of content-error kinds with their stable kebab-case codes,
//! the [`Diagnostic`] record shared by the loader, the validator, the checks and
//! the privacy guard, and the two renderers (human, JSON). It must not decide
//! exit codes nor print anything: callers choose the stream. Did-you-mean lives here too, so every stage suggests the same way.

mod human;
mod json;

pub(crate) use human::render_human;
pub(crate) use json::render_json;

pub(crate) use crate::i18n::Text;
use crate::source::{Pos, Sources};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! kinds {
    ($($variant:ident => $code:literal),* $(,)?) => {
        /// The kinds of content error, each with a stable code (`error[CODE]` on the
        /// terminal, `"kind"` in JSON). Never renumber or rename a code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind { $($variant),* }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];
            pub fn code(self) -> &'static str {
                match self { $(Kind::$variant => $code),* }
            }
        }
    };
}

kinds! {
    MissingSite => "missing-site",
    NotUtf8 => "not-utf8",
    EmptyFile => "empty-file",
    FileTooLarge => "file-too-large",
    Symlink => "symlink",
    UnexpectedFile => "unexpected-file",
    YamlSyntax => "yaml-syntax",
    FrontMatter => "front-matter",
    WrongType => "wrong-type",
    UnknownKey => "unknown-key",
    MissingKey => "missing-key",
    BadValue => "bad-value",
    BadId => "bad-id",
    BadDate => "bad-date",
    BadSdg => "bad-sdg",
    DuplicateId => "duplicate-id",
    DanglingReference => "dangling-reference",
    DanglingLink => "dangling-link",
    PublicLinkToInternal => "public-link-to-internal",
    ReservedSlug => "reserved-slug",
    UnknownRule => "unknown-rule",
    BadAllow => "bad-allow",
    BadAsset => "bad-asset",
    AssetUnread => "asset-unread",
    SuspiciousNumber => "suspicious-number",
    MissingTheme => "missing-theme",
    Io => "io-error",
    Template => "template-error",
    BadUrl => "bad-url",
    TooDeep => "nesting-too-deep",
    BidiControl => "bidi-control",
}

/// What a diagnostic is: a content error of some kind, or a finding of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    Content(Kind),
    Rule(&'static str),
}

impl Code {
    /// The id shown in brackets on the terminal.
    pub fn id(self) -> &'static str {
        match self {
            Code::Content(kind) => kind.code(),
            Code::Rule(rule) => rule,
        }
    }
}

/// One problem. `pos` points into a source file; `path` names a file where
/// there is no position in a source (a refused file, a privacy-guard hit in a
/// generated file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    /// What is wrong, said in the reader's language by the renderer.
    pub message: Text,
    pub pos: Option<Pos>,
    /// Short text under the underline.
    pub label: Option<Text>,
    /// What to do about it.
    pub help: Option<Text>,
    /// Further context: "first defined here", the other file of a duplicate...
    pub notes: Vec<Text>,
    pub subject: Option<String>,
    pub path: Option<String>,
}

impl Diagnostic {
    pub fn error(kind: Kind, message: impl Into<Text>) -> Self {
        Self::new(Severity::Error, Code::Content(kind), message)
    }

    pub fn warning(kind: Kind, message: impl Into<Text>) -> Self {
        Self::new(Severity::Warning, Code::Content(kind), message)
    }

    pub fn new(severity: Severity, code: Code, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            pos: None,
            label: None,
            help: None,
            notes: Vec::new(),
            subject: None,
            path: None,
        }
    }

    pub fn at(mut self, pos: Pos) -> Self {
        self.pos = Some(pos);
        self
    }

    /// The file concerned, where no source position exists.
    pub fn in_file(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub fn at_opt(mut self, pos: Option<Pos>) -> Self {
        self.pos = pos;
        self
    }

    pub fn label(mut self, label: impl Into<Text>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt(mut self, help: Option<impl Into<Text>>) -> Self {
        if let Some(help) = help {
            self.help = Some(help.into());
        }
        self
    }

    pub fn note(mut self, note: impl Into<Text>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    pub fn subject_opt(mut self, subject: Option<String>) -> Self {
        if self.subject.is_none() {
            self.subject = subject;
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// File, line and column as reported (1-based), if the diagnostic has a position.
    pub fn location<'a>(&'a self, sources: &'a Sources) -> (Option<&'a str>, Option<usize>, Option<usize>) {
        if let Some(file) = &self.path {
            return (Some(file.as_str()), None, None);
        }
        match self.pos {
            Some(pos) => {
                let file = sources.get(pos.file);
                let (line, col) = file.line_col(pos.span.start());
                (Some(file.path.as_str()), Some(line), Some(col))
            }
            None => (None, None, None),
        }
    }
}

/// Sort diagnostics the way every output shows them: by file, line, column,
/// rule, subject, then message (so the order never depends on the walk).
pub(crate) fn sort(diags: &mut [Diagnostic], sources: &Sources) {
    diags.sort_by_cached_key(|d| {
        let (file, line, col) = d.location(sources);
        (file.is_none(), file.map(str::to_owned), line, col, d.code.id(), d.subject.clone(), d.message.clone())
    });
}

pub(crate) fn count(diags: &[Diagnostic], severity: Severity) -> usize {
    diags.iter().filter(|d| d.severity == severity).count()
}

/// The closest candidate to `word`, if one is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_l = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word_l, &c.to_lowercase()), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`? allowed: …" or the list of the allowed values alone.
pub(crate) fn suggest_or_list(word: &str, allowed: &[&str]) -> crate::i18n::Msg {
    let list = allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ");
    match did_you_mean(word, allowed.iter().copied()) {
        Some(close) => crate::i18n::msg!("err-did-you-mean-allowed", close = close, allowed = list),
        None => crate::i18n::msg!("err-allowed", allowed = list),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_typos() {
        assert_eq!(did_you_mean("titel", ["title", "status", "owners"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "status"]), None);
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<_> = Kind::ALL.iter().map(|k| k.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Kind::ALL.len());
    }
}
