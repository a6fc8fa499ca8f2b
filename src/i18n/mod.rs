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

    fn source(self) -> &'static str {
        match self {
            Language::Nl => include_str!("nl.ftl"),
            Language::Fr => include_str!("fr.ftl"),
            Language::En => include_str!("en.ftl"),
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
