//! The id newtype: the only way an id from content becomes a URL or a path.

use std::fmt;

use crate::i18n::{Msg, Text, msg};

/// An id that matched `^[a-z0-9][a-z0-9-]{0,63}$` and is no Windows-reserved name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Id(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    Empty,
    TooLong,
    BadStart,
    BadChar(char),
    Reserved,
}

impl IdError {
    /// Why the id is refused, said later in the reader's language.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            IdError::Empty => msg!("err-id-empty"),
            IdError::TooLong => msg!("err-id-too-long"),
            IdError::BadStart => msg!("err-id-bad-start"),
            IdError::BadChar(c) => msg!("err-id-bad-char", char = c.to_string()),
            IdError::Reserved => msg!("err-id-reserved"),
        }
    }
}

/// In English (for tests and debugging); users get [`IdError::msg`].
impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Text::Msg(self.msg()).fmt(f)
    }
}

const WINDOWS_RESERVED: &[&str] = &["con", "prn", "aux", "nul"];

impl Id {
    pub fn parse(s: &str) -> Result<Id, IdError> {
        let mut chars = s.chars();
        let first = chars.next().ok_or(IdError::Empty)?;
        if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
            return Err(if first == '-' { IdError::BadStart } else { IdError::BadChar(first) });
        }
        if let Some(bad) = s.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
            return Err(IdError::BadChar(bad));
        }
        if s.len() > 64 {
            return Err(IdError::TooLong);
        }
        let reserved_numbered =
            (s.starts_with("com") || s.starts_with("lpt")) && s.len() == 4 && s.as_bytes()[3].is_ascii_digit() && s.as_bytes()[3] != b'0';
        if WINDOWS_RESERVED.contains(&s) || reserved_numbered {
            return Err(IdError::Reserved);
        }
        Ok(Id(s.to_owned()))
    }

    /// A valid id suggestion for a bad one: lowercase, accents and spaces folded.
    pub fn suggest(s: &str) -> Option<String> {
        use unicode_normalization::UnicodeNormalization;
        let mut out = String::new();
        for c in s.nfkd() {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                out.push(c);
            } else if (c == ' ' || c == '-' || c == '_' || c == '.') && !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let out = out.trim_end_matches('-').chars().take(64).collect::<String>();
        Id::parse(&out).ok().map(|id| id.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_ids() {
        for ok in ["a", "led-2024", "0a", "com0", "console"] {
            assert!(Id::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "../x", "Actie 1", "-a", "a_b", "con", "com1", "lpt9", "nul", "é", &"a".repeat(65)] {
            assert!(Id::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Id::suggest("Actie 1"), Some("actie-1".into()));
        assert_eq!(Id::suggest("Énergie_Scan"), Some("energie-scan".into()));
    }
}
