//! Reading one field: required keys, ids, references, dates, SDGs, numbers,
//! text positions, Markdown fields, URLs and visibility, each reported in
//! the shared error shape of `V::err`.

use crate::diag::{Diagnostic, Kind};
use crate::i18n::msg;
use crate::load::raw::*;
use crate::model::markdown;
use crate::model::*;
use crate::source::{FileId, Pos, Span};
use crate::yaml::{Field, Sp};

use super::{V, looks_like_thousands, parse_date, pos, shorten};

impl V<'_> {
    pub(super) fn err(&mut self, kind: Kind, message: impl Into<crate::i18n::Text>, at: Pos) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(kind, message).at(at).subject_opt(self.subject.clone()));
        self.diags.last_mut().expect("just pushed")
    }

    /// A required text key. `what`: the kind of thing that holds it, as the
    /// messages select on it (`member`, `action`, `site`...).
    pub(super) fn required(&mut self, field: &Field<String>, key: &str, file: FileId, item: Span, what: &str) -> Option<String> {
        self.required_in(field, key, file, item, what, None)
    }

    /// [`Self::required`], of a thing named by its id (`phase` `start`).
    pub(super) fn required_in(
        &mut self,
        field: &Field<String>,
        key: &str,
        file: FileId,
        item: Span,
        what: &str,
        id: Option<&str>,
    ) -> Option<String> {
        match field {
            Field::Present(v) if !v.value.trim().is_empty() => Some(v.value.clone()),
            Field::Present(v) => {
                let message = match id {
                    Some(id) => msg!("err-key-empty-titled", key = key, what = what, id = id),
                    None => msg!("err-key-empty", key = key, what = what),
                };
                self.err(Kind::MissingKey, message, pos(file, v.span)).help = Some(msg!("err-fill-in-key-help", key = key).into());
                None
            }
            Field::Absent => {
                let message = match id {
                    Some(id) => msg!("err-key-missing-titled", what = what, id = id, key = key),
                    None => msg!("err-key-missing", what = what, key = key),
                };
                self.err(Kind::MissingKey, message, pos(file, item)).help = Some(msg!("err-add-key-help", key = key).into());
                None
            }
            Field::Invalid => None,
        }
    }

    pub(super) fn required_value<T: Clone>(&mut self, field: &Field<T>, key: &str, file: FileId, item: Span, what: &str) -> Option<T> {
        match field {
            Field::Present(v) => Some(v.value.clone()),
            Field::Absent => {
                self.err(Kind::MissingKey, msg!("err-key-missing", what = what, key = key), pos(file, item)).help =
                    Some(msg!("err-add-key-help", key = key).into());
                None
            }
            Field::Invalid => None,
        }
    }

    pub(super) fn optional_text(field: &Field<String>) -> Option<String> {
        field.value().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
    }

    /// An id as written; `what`: the kind of item it names (`member`,
    /// `inventory`, `slug`...), as the messages select on it.
    pub(super) fn id(&mut self, value: &Sp<String>, file: FileId, what: &str) -> Option<Id> {
        match Id::parse(&value.value) {
            Ok(id) => Some(id),
            Err(e) => {
                let hint = match Id::suggest(&value.value) {
                    Some(s) => msg!("err-bad-id-try-help", suggestion = s),
                    None => msg!("err-bad-id-help"),
                };
                let message = msg!("err-bad-id", value = &value.value, what = what, reason = e.msg());
                self.err(Kind::BadId, message, pos(file, value.span)).help = Some(hint.into());
                None
            }
        }
    }

    pub(super) fn required_id(&mut self, field: &Field<String>, file: FileId, item: Span, what: &str) -> Option<Id> {
        match field {
            Field::Present(v) => self.id(v, file, what),
            Field::Absent => {
                self.err(Kind::MissingKey, msg!("err-id-missing", what = what), pos(file, item)).help =
                    Some(msg!("err-id-missing-help").into());
                None
            }
            Field::Invalid => None,
        }
    }

    pub(super) fn id_list(&mut self, field: &Field<Vec<Sp<String>>>, file: FileId, what: &str) -> Vec<Ref> {
        let Some(list) = field.value() else { return Vec::new() };
        // At its size: a large trajectory has a list or two on every item.
        let mut refs = Vec::with_capacity(list.len());
        refs.extend(list.iter().filter_map(|v| self.reference(v, file, what)));
        refs
    }

    pub(super) fn reference(&mut self, v: &Sp<String>, file: FileId, what: &str) -> Option<Ref> {
        self.id(v, file, what).map(|id| Ref { id, pos: pos(file, v.span) })
    }

    pub(super) fn date(&mut self, field: &Field<String>, file: FileId) -> Option<Date> {
        let v = field.get()?;
        parse_date(&v.value)
            .map_err(|e| self.err(Kind::BadDate, e.msg(), pos(file, v.span)).help = Some(msg!("err-bad-date-help").into()))
            .ok()
    }

    pub(super) fn required_date(&mut self, field: &Field<String>, key: &str, file: FileId, item: Span, what: &str) -> Option<Date> {
        if field.is_absent() {
            self.err(Kind::MissingKey, msg!("err-key-missing", what = what, key = key), pos(file, item)).help =
                Some(msg!("err-add-date-key-help", key = key).into());
            return None;
        }
        self.date(field, file)
    }

    pub(super) fn sdgs(&mut self, field: &Field<Vec<Sp<i64>>>, file: FileId) -> Vec<u8> {
        let mut out = Vec::new();
        for v in field.value().into_iter().flatten() {
            match u8::try_from(v.value) {
                Ok(n @ 1..=17) => {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
                _ => {
                    self.err(Kind::BadSdg, msg!("err-bad-sdg", sdg = v.value.to_string()), pos(file, v.span)).help =
                        Some(msg!("err-bad-sdg-help").into());
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// A number of an indicator, a progress entry or a session: finite
    /// (`.nan`, `.inf` and a number too large such as `1e400` are refused);
    /// a warning when it looks like `12.000` that YAML read as 12.0.
    pub(super) fn number(&mut self, field: &Field<f64>, file: FileId) -> Option<f64> {
        let v = field.get()?;
        if !v.value.is_finite() {
            let written = self.sources.get(file).text.get(v.span.start()..v.span.end()).unwrap_or("").to_owned();
            self.err(Kind::BadValue, msg!("err-number-not-finite", written = written), pos(file, v.span)).help =
                Some(msg!("err-number-not-finite-help").into());
            return None;
        }
        if self.language != Language::En {
            let written = &self.sources.get(file).text[v.span.start()..v.span.end()];
            if looks_like_thousands(written) {
                self.diags.push(
                    Diagnostic::warning(
                        Kind::SuspiciousNumber,
                        msg!("err-suspicious-number", written = written, read = v.value.to_string(), meant = written.replace('.', "")),
                    )
                    .at(pos(file, v.span))
                    .help(msg!("err-suspicious-number-help", meant = written.replace('.', ""))),
                );
            }
        }
        Some(v.value)
    }

    pub(super) fn text_pos(&self, file: FileId, value: &Sp<String>) -> TextPos {
        let written = self.sources.get(file).text.get(value.span.start()..value.span.end()).unwrap_or("");
        if written == value.value {
            return TextPos { file, start: value.span.start(), exact: true };
        }
        let quoted = written.len() >= 2
            && (written.starts_with('"') || written.starts_with('\''))
            && written.get(1..written.len() - 1) == Some(value.value.as_str());
        if quoted {
            return TextPos { file, start: value.span.start() + 1, exact: true };
        }
        TextPos { file, start: value.span.start(), exact: false }
    }

    /// A Markdown value; `loaded`: its facts (and word hashes), when they
    /// were made at load.
    pub(super) fn markdown_field(&self, field: &Field<String>, file: FileId, loaded: Option<LoadedFacts>) -> Option<Markdown> {
        let v = field.get()?;
        if v.value.trim().is_empty() {
            return None;
        }
        let tp = self.text_pos(file, v);
        Some(match loaded {
            Some(facts) => Markdown { text: v.value.clone().into(), file: Some(file), offset: tp.start, exact: tp.exact, facts },
            None => Markdown::new(v.value.clone(), Some(file), tp.start, tp.exact),
        })
    }

    pub(super) fn visibility(field: &Field<Visibility>) -> Visibility {
        field.value().copied().unwrap_or_default()
    }

    /// The span of `key:` whose value starts at `value`: the last `key`
    /// written before it in the file (the value itself when not found).
    pub(super) fn key_span(&self, file: FileId, value: Span, key: &str) -> Span {
        let text = &self.sources.get(file).text;
        let before = text.get(..value.start()).unwrap_or("");
        match before.rfind(&format!("{key}:")) {
            Some(i) => Span::new(i, i + key.len()),
            None => value,
        }
    }

    pub(super) fn stem_id(&mut self, stem: &str, file: FileId, span: Span, what: &str) -> Option<Id> {
        match Id::parse(stem) {
            Ok(id) => Some(id),
            Err(e) => {
                // A page's file name gives its slug, an action's its id.
                let key = if what == "slug" { "slug" } else { "id" };
                let hint = match Id::suggest(stem) {
                    Some(s) => msg!("err-bad-file-name-try-help", suggestion = s, key = key),
                    None => msg!("err-bad-file-name-help", key = key),
                };
                self.err(Kind::BadId, msg!("err-bad-file-name", stem = stem, what = what, reason = e.msg()), pos(file, span)).help =
                    Some(hint.into());
                None
            }
        }
    }

    /// A URL field of a YAML file (a claim's `url`, `accessibility.enforcement_url`).
    pub(super) fn url_field(&mut self, field: &Field<String>, file: FileId, key: &str) -> Option<String> {
        let v = field.get()?;
        let url = v.value.trim();
        if url.is_empty() {
            return None;
        }
        if let Some(problem) = markdown::url_problem(url) {
            self.err(Kind::BadUrl, msg!("err-bad-url-field", key = key, url = shorten(url), problem = problem), pos(file, v.span)).help =
                Some(markdown::url_help(url).into());
            return None;
        }
        Some(url.to_owned())
    }
}
