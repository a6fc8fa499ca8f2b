//! [`RenderError`]: why a site could not be planned, rendered or written.
//! Callers tell the kinds apart by variant (`build` reports an unreadable
//! asset or an unwritable file as an I/O error, anything else as a
//! template error); `Display` gives the message shown to the user.

use std::fmt;

use crate::i18n::{Text, msg};

/// Why a site could not be planned, rendered or written.
#[derive(Debug)]
pub(crate) enum RenderError {
    /// A template does not compile or does not render; `name` is
    /// `(theme)` when the theme's templates do not compile together.
    /// `message`: Tera's error with every cause after it.
    Template { name: String, message: String },
    /// The theme's files could not be read.
    Theme(std::io::Error),
    /// A content asset could not be read.
    Read { path: String, source: std::io::Error },
    /// A file of the site could not be written (where the caller writes it).
    Write { path: String, source: std::io::Error },
    /// Two files of the site would have the same path.
    Clash { path: String },
    /// A file beside the pages (open data, feed, calendar, search) could
    /// not be made.
    Extra { message: String },
    /// A file was made that the plan did not list (a bug).
    Unplanned { path: String },
    /// A file the plan lists was not made (a bug).
    NotMade { path: String },
}

impl RenderError {
    /// A template error: Tera's message with its causes.
    pub(crate) fn template(name: &str, e: &tera::Error) -> Self {
        let mut message = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            message.push_str(&format!(": {s}"));
            source = s.source();
        }
        RenderError::Template { name: name.to_owned(), message }
    }

    /// A file of the site that could not be written.
    pub(crate) fn write(path: &str, source: std::io::Error) -> Self {
        RenderError::Write { path: path.to_owned(), source }
    }
}

impl RenderError {
    /// The message shown to the user, said in the reader's language; Tera's
    /// and the operating system's own words stay as they are, in English.
    pub(crate) fn text(&self) -> Text {
        Text::Msg(match self {
            RenderError::Template { name, message } => msg!("err-template", name = name, detail = message),
            RenderError::Theme(e) => msg!("err-theme-read", detail = e.to_string()),
            RenderError::Read { path, source } => msg!("err-render-read", path = path, detail = source.to_string()),
            RenderError::Write { path, source } => msg!("err-render-write", path = path, detail = source.to_string()),
            RenderError::Clash { path } => msg!("err-render-clash", path = path),
            // Made by the writers of the open data, the feed, the calendar
            // and the search: an internal slip, in English.
            RenderError::Extra { message } => return Text::Raw(message.clone()),
            RenderError::Unplanned { path } => msg!("err-render-unplanned", path = path),
            RenderError::NotMade { path } => msg!("err-render-not-made", path = path),
        })
    }
}

/// In English; users get [`RenderError::text`].
impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RenderError::Theme(e) | RenderError::Read { source: e, .. } | RenderError::Write { source: e, .. } => Some(e),
            _ => None,
        }
    }
}

/// The message of a file beside the pages that could not be made.
impl From<String> for RenderError {
    fn from(message: String) -> Self {
        RenderError::Extra { message }
    }
}

impl From<&str> for RenderError {
    fn from(message: &str) -> Self {
        RenderError::Extra { message: message.to_owned() }
    }
}

#[cfg(test)]
mod tests {
    use super::RenderError;

    /// The messages are the ones the build and serve showed before the type.
    #[test]
    fn messages_are_the_shown_texts() {
        let io = || std::io::Error::other("denied");
        let cases = [
            (RenderError::Template { name: "page.html".into(), message: "x".into() }, "template `page.html`: x"),
            (RenderError::Theme(io()), "reading the theme: denied"),
            (RenderError::Read { path: "content/assets/a.pdf".into(), source: io() }, "reading `content/assets/a.pdf`: denied"),
            (RenderError::write("actions/index.html", io()), "writing `actions/index.html`: denied"),
            (RenderError::Clash { path: "data/index.html".into() }, "two files would be written to `data/index.html`"),
            (RenderError::from("zip: full"), "zip: full"),
            (RenderError::Unplanned { path: "a".into() }, "`a` was made but not planned"),
            (RenderError::NotMade { path: "a".into() }, "`a` was planned but not made"),
        ];
        for (e, text) in cases {
            assert_eq!(e.to_string(), text);
        }
        let tera = tera::Tera::one_off("{{ missing }}", &tera::Context::new(), false).unwrap_err();
        let shown = RenderError::template("page.html", &tera).to_string();
        assert!(shown.starts_with("template `page.html`: ") && shown.contains("missing"), "{shown}");
    }
}
