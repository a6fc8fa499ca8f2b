//! The one message catalogue: every text a reader of the sites or of the
//! terminal sees, in Dutch, French and English. The texts are Fluent files
//! beside this module (`nl.ftl`, `fr.ftl`, `en.ftl`), embedded in the binary;
//! code and templates name a message by its id and never hold the text.
//!
//! Why Fluent (`fluent-bundle`, the Fluent project's own crate) and not a
//! table in Rust: translators edit a plain file they know, plurals and
//! arguments follow each language's rules (`{ $n -> [one] … *[other] … }`),
//! and a test can read every message's variables from the syntax tree. Not
//! `fluent-templates`: its directory loader and macros are not needed for
//! three embedded files, and the CLI uses the same bundles as the templates.
//!
//! What this module must not do: read the model, or fall back silently. A
//! message missing in a language, or with other variables than in English,
//! fails `cargo test` (`tests` below); at run time a missing id shows the id
//! itself (and a debug build panics), never an empty label.
//!
//! The language enum lives here, first in the layering, so that everything
//! that speaks can name a language; `model` re-exports it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use schemars::JsonSchema;
use serde::Deserialize;

/// The catalogue of one language: the site's labels and the rules' texts
/// (`site.ftl`), content errors (`errors.ftl`), findings (`findings.ftl`) and
/// what the commands say (`cli.ftl`), in one text.
macro_rules! catalogue_files {
    ($lang:literal) => {
        concat!(
            include_str!(concat!($lang, "/site.ftl")),
            "\n",
            include_str!(concat!($lang, "/errors.ftl")),
            "\n",
            include_str!(concat!($lang, "/findings.ftl")),
            "\n",
            include_str!(concat!($lang, "/cli.ftl"))
        )
    };
}

/// A language kapstok speaks: `language` in `site.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    #[default]
    Nl,
    Fr,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Nl, Language::Fr, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// The language of a tag as `--lang`, `KAPSTOK_LANG` or `LANG` give it:
    /// `nl`, `fr-BE`, `nl_BE.UTF-8`, `en_US`; `None` for another language
    /// or none (`C`, `POSIX`, empty).
    pub(crate) fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Language::Nl),
            "fr" => Some(Language::Fr),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The language's catalogue: its files, one after the other.
    fn source(self) -> &'static str {
        match self {
            Language::Nl => catalogue_files!("nl"),
            Language::Fr => catalogue_files!("fr"),
            Language::En => catalogue_files!("en"),
        }
    }
}

/// One argument of a message: a text or a number (numbers choose the plural).
#[derive(Debug, Clone)]
pub(crate) enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

/// A message to be said later, in a language not known yet: its id and its
/// arguments. Diagnostics carry these and the edges (terminal, JSON, the
/// check report, the serve overlay) render them in the reader's language.
/// Build one with [`msg!`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, MsgArg)>,
}

/// One argument of a [`Msg`]: a text (a key, a value from the content, a
/// date), a whole number (it chooses the plural), or another message, said
/// in the same language (a noun like "an action", a hint made of parts).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MsgArg {
    Text(String),
    Number(i64),
    Msg(Box<Msg>),
    /// A figure as kapstok writes it (`86.2`, `−3.5`, `1817 MWh`), said
    /// with the reader's decimal mark: `86,2` in Dutch and French.
    Decimal(String),
}

/// A figure for a message: see [`MsgArg::Decimal`].
pub(crate) struct Decimal(pub(crate) String);

impl From<Decimal> for MsgArg {
    fn from(f: Decimal) -> Self {
        MsgArg::Decimal(f.0)
    }
}

/// `figure` with the decimal mark of `lang`: a `.` between two digits
/// becomes a `,` in Dutch and French (a `.` elsewhere, as in a unit, stays).
pub(crate) fn decimal_mark(figure: &str, lang: Language) -> String {
    if lang == Language::En {
        return figure.to_owned();
    }
    let chars: Vec<char> = figure.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            let digit = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
            if c == '.' && digit(k.checked_sub(1)) && digit(Some(k + 1)) { ',' } else { c }
        })
        .collect()
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Text(s.to_owned())
    }
}

impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Text(s)
    }
}

impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        MsgArg::Text(s.clone())
    }
}

impl From<Msg> for MsgArg {
    fn from(m: Msg) -> Self {
        MsgArg::Msg(Box::new(m))
    }
}

impl From<&Text> for MsgArg {
    fn from(t: &Text) -> Self {
        match t {
            Text::Msg(m) => MsgArg::Msg(Box::new(m.clone())),
            Text::Raw(s) => MsgArg::Text(s.clone()),
        }
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MsgArg {
            fn from(n: $t) -> Self {
                MsgArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

impl Msg {
    /// The message in `lang`.
    pub fn say(&self, lang: Language) -> String {
        let nested: Vec<Option<String>> = self
            .args
            .iter()
            .map(|(_, a)| match a {
                MsgArg::Msg(m) => Some(m.say(lang)),
                MsgArg::Decimal(f) => Some(decimal_mark(f, lang)),
                MsgArg::Text(_) | MsgArg::Number(_) => None,
            })
            .collect();
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .zip(&nested)
            .map(|((name, a), said)| {
                let arg = match (a, said) {
                    (_, Some(said)) => Arg::Text(said),
                    (MsgArg::Text(s), _) => Arg::Text(s),
                    (MsgArg::Number(n), _) => Arg::Number(*n as f64),
                    (MsgArg::Msg(_) | MsgArg::Decimal(_), None) => Arg::Text(""),
                };
                (*name, arg)
            })
            .collect();
        format(lang, self.id, &args)
    }
}

/// A text a user reads: a message of the catalogue, or a text that comes
/// from outside kapstok as it is (an operating-system error, a file name).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Text {
    Msg(Msg),
    Raw(String),
}

impl Text {
    pub fn say(&self, lang: Language) -> String {
        match self {
            Text::Msg(m) => m.say(lang),
            Text::Raw(s) => s.clone(),
        }
    }

    /// The catalogue id, if the text is a message.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Text::Msg(m) => Some(m.id),
            Text::Raw(_) => None,
        }
    }
}

/// English, for tests and debugging output; users get [`Text::say`].
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(Language::En))
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Self {
        Text::Msg(m)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Raw(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Raw(s.to_owned())
    }
}

/// kapstok's own words inside an `io::Error` (a file it refuses to
/// overwrite): whoever prints the error says them in the reader's language
/// ([`say_io_error`]); `Display` gives English.
#[derive(Debug)]
pub(crate) struct MsgError(pub(crate) Msg);

impl std::fmt::Display for MsgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.say(Language::En))
    }
}

impl std::error::Error for MsgError {}

/// An I/O error as the reader reads it: kapstok's message in `lang`, or the
/// operating system's own text.
pub(crate) fn say_io_error(e: &std::io::Error, lang: Language) -> String {
    e.get_ref().and_then(|inner| inner.downcast_ref::<MsgError>()).map_or_else(|| e.to_string(), |m| m.0.say(lang))
}

/// `msg!("err-dangling-reference", what = noun, id = id.as_str())`: a
/// [`Msg`] with its arguments, named as in the catalogue (`$what`, `$id`).
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg { id: $id, args: vec![$((stringify!($name), $crate::i18n::MsgArg::from($value))),*] }
    };
}
pub(crate) use msg;

struct Catalogue {
    bundles: [FluentBundle<&'static FluentResource>; 3],
    /// Per language, the messages without variables, formatted once
    /// ([`label`], and the templates' `t`).
    labels: [BTreeMap<&'static str, String>; 3],
}

fn resources() -> &'static [FluentResource; 3] {
    static RESOURCES: OnceLock<[FluentResource; 3]> = OnceLock::new();
    RESOURCES.get_or_init(|| {
        Language::ALL.map(|lang| match FluentResource::try_new(lang.source().to_owned()) {
            Ok(r) => r,
            // The files are embedded and parsed by the tests: a syntax
            // error cannot reach a release; keep what parsed.
            Err((r, errors)) => {
                debug_assert!(errors.is_empty(), "{}.ftl: {errors:?}", lang.code());
                r
            }
        })
    })
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let resources = resources();
        let bundles = Language::ALL.map(|lang| {
            let id = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around arguments: the texts go into
            // HTML, ICS, CSV and terminals, all left to right.
            bundle.set_use_isolating(false);
            if let Err(errors) = bundle.add_resource(&resources[lang.index()]) {
                debug_assert!(errors.is_empty(), "{}.ftl: {errors:?}", lang.code());
            }
            bundle
        });
        let labels = Language::ALL.map(|lang| {
            let bundle = &bundles[lang.index()];
            ids(lang)
                .filter_map(|id| {
                    let pattern = bundle.get_message(id)?.value()?;
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, None, &mut errors);
                    errors.is_empty().then(|| (id, text.into_owned()))
                })
                .collect()
        });
        Catalogue { bundles, labels }
    })
}

/// The ids of the messages of one language, in file order.
fn ids(lang: Language) -> impl Iterator<Item = &'static str> {
    resources()[lang.index()].entries().filter_map(|e| match e {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    })
}

/// The text of message `id`, one without variables, in `lang`: what most
/// labels are (a heading, a column, a status).
pub(crate) fn label(lang: Language, id: &str) -> &'static str {
    match labels(lang).get(id) {
        Some(text) => text,
        None => {
            debug_assert!(false, "no message `{id}` without variables in {}.ftl", lang.code());
            // The id is not 'static: a fixed marker stands in for it, visible
            // on the page (the tests make sure it never gets there).
            "[missing message]"
        }
    }
}

/// The text of message `id` in `lang`.
pub(crate) fn text(lang: Language, id: &str) -> String {
    format(lang, id, &[])
}

/// The text of message `id` in `lang`, with its arguments filled in.
pub(crate) fn format(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = &catalogue().bundles[lang.index()];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message `{id}` in {}.ftl", lang.code());
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(*s)),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message `{id}` in {}.ftl: {errors:?}", lang.code());
    text.into_owned()
}

/// Whether `id` is a message of the catalogue.
pub(crate) fn has(id: &str) -> bool {
    catalogue().bundles[Language::En.index()].has_message(id)
}

/// Every message without variables in `lang`, by id.
fn labels(lang: Language) -> &'static BTreeMap<&'static str, String> {
    &catalogue().labels[lang.index()]
}

/// The templates' `t`: the messages without variables in `lang`, but the
/// rules' texts (`rule-*`, for `--explain`), which every page would
/// otherwise carry in its context.
pub(crate) fn template_labels(lang: Language) -> &'static BTreeMap<&'static str, String> {
    static TEMPLATE: OnceLock<[BTreeMap<&'static str, String>; 3]> = OnceLock::new();
    &TEMPLATE.get_or_init(|| {
        Language::ALL.map(|lang| labels(lang).iter().filter(|(id, _)| !id.starts_with("rule-")).map(|(id, t)| (*id, t.clone())).collect())
    })[lang.index()]
}

/// The name of SDG `n` (1 to 17) in `lang`.
pub(crate) fn sdg_name(lang: Language, n: u8) -> &'static str {
    label(lang, &format!("sdg_{}", n.clamp(1, 17)))
}

/// Official SDG colours.
pub(crate) const SDG_COLOURS: [&str; 17] = [
    "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E",
    "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
];

#[cfg(test)]
mod tests;
