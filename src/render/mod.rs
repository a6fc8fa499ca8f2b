//! Rendering: the validated model to the pages of one site.
//!
//! [`plan`] lists a site's pages (path, template, and which item each one
//! shows) and computes once what many pages share (the claims of each
//! action); a page's Tera context (its action rows included) is made only
//! when that page is rendered. So `build` streams a site of any size with the
//! memory of a few pages (the intranet's pages rendered straight into their
//! files, the largest pages one at a time), and `serve` renders a page when
//! it is asked for. Contexts are small (ids and the few views a page needs,
//! never the whole model: see Zola #2508). Pages render in parallel; the
//! output is byte-identical for the same input and "today". It writes
//! nothing to disk itself (the build hands it the files to write into) and
//! runs no checks.
//!
//! This file holds what every part shares: the input, the site kind, the
//! view-making handle [`R`] and the Markdown links of a site.
//!
//! - `plan`: what pages a site has, and rendering them on request;
//! - `engine`: Tera with the theme, escaping and filters, and the keys
//!   every page gets;
//! - `pages/`: each page's context, by page family;
//! - `views`, `urls`, `md`, `chart`: view types, links, Markdown,
//!   charts and labels; `extra`: the files beside the pages (open data,
//!   Atom, calendars, search); `theme`: the theme's files; `error`:
//!   [`RenderError`].

pub(crate) mod chart;
mod engine;
mod error;
mod extra;
mod fragment;
pub(crate) use crate::i18n;
pub(crate) mod md;
mod pages;
mod plan;
mod refs;
pub(crate) mod theme;
pub(crate) mod urls;
pub(crate) mod views;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::{Date, Language, Project};
use crate::source::Sources;

pub(crate) use engine::escape_html;
pub(crate) use error::RenderError;
pub(crate) use plan::{Plan, plan};

/// What the sites are made from: the checked project, "today", and the
/// findings (the intranet's check report shows them).
pub(crate) struct Input {
    pub project: Project,
    pub today: Date,
    pub diags: Vec<Diagnostic>,
    pub sources: Sources,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Intranet,
    Public,
}

/// Serialise an enum to its kebab-case code.
fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// What the view builders read: the project, "today", its language and the templates.
struct R<'a> {
    p: &'a Project,
    today: Date,
    lang: Language,
    /// The theme's templates, for the few pages made beside the planned ones.
    tera: &'a tera::Tera,
}

struct SiteLinks<'a> {
    p: &'a Project,
    kind: Kind,
}

impl md::Links for SiteLinks<'_> {
    fn resolve(&self, kind: &str, target: &str) -> Option<String> {
        let p = self.p;
        let page = || p.index.pages.get(target).map(|&i| &p.pages[i]);
        let ok = match (self.kind, kind) {
            (_, "action") => p.index.actions.contains_key(target),
            (_, "inventory") => p.index.inventory.contains_key(target),
            (Kind::Public, "page") => page().is_some(),
            (Kind::Intranet, "page") => page().is_some_and(|pg| pg.on_intranet()),
            _ => true,
        };
        if ok { md::standard_path(kind, target) } else { None }
    }
}

impl<'a> R<'a> {
    fn t(&self, key: &str) -> &'static str {
        i18n::label(self.lang, key)
    }

    fn md(&self, kind: Kind, text: &str, path: &str) -> String {
        md::render(text, &urls::root_for(path), &SiteLinks { p: self.p, kind }, self.t("table"))
    }

    /// A figure as the page shows it: [`chart::num`] with the site's decimal
    /// mark (12,5 on a Dutch or French site). The open data keep the point.
    fn num(&self, v: f64) -> String {
        i18n::decimal_mark(&chart::num(v), self.lang)
    }
}

/// The path part of a base URL: `https://x.be/mvo/` -> `/mvo/`.
pub(crate) fn base_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => rest[i..].to_owned(),
        None => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::pages::key_slug;
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex};

    type Files = Arc<Mutex<BTreeMap<String, Vec<u8>>>>;

    /// A page rendered into a writer, kept when it is flushed.
    struct Page(Files, String, Vec<u8>);

    impl std::io::Write for Page {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.2.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.lock().unwrap().insert(self.1.clone(), self.2.clone());
            Ok(())
        }
    }

    /// The bundled example, checked, as the renderer's input.
    fn example() -> Arc<super::Input> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let today = crate::cmd::start(None, root, crate::i18n::Language::En).ok().unwrap();
        let crate::pipeline::Checked::Ready { project, today, diags, sources, .. } = crate::pipeline::check(root, today) else {
            panic!("the example has content errors");
        };
        Arc::new(super::Input { project, today, diags, sources })
    }

    #[test]
    fn streamed_pages_are_the_rendered_pages() {
        let input = example();
        for public in [false, true] {
            let plan = super::plan(Arc::clone(&input), public).unwrap();
            let (whole, streamed): (Files, Files) = Default::default();
            plan.write_site(
                &|rel, bytes| {
                    whole.lock().unwrap().insert(rel.to_owned(), bytes.to_vec());
                    Ok(())
                },
                None,
            )
            .unwrap();
            let others = Mutex::new(BTreeMap::new());
            plan.stream_site(
                &|rel, bytes| {
                    others.lock().unwrap().insert(rel.to_owned(), bytes.to_vec());
                    Ok(())
                },
                &|rel| Ok(Box::new(Page(Arc::clone(&streamed), rel.to_owned(), Vec::new()))),
            )
            .unwrap();
            let mut streamed = streamed.lock().unwrap().clone();
            streamed.extend(others.into_inner().unwrap());
            assert!(streamed.len() > 50, "{}", streamed.len());
            assert!(*whole.lock().unwrap() == streamed, "public: {public}");
            assert_eq!(streamed.keys().cloned().collect::<Vec<_>>(), plan.paths());
        }
    }

    #[test]
    fn filter_keys_are_ascii() {
        assert_eq!(key_slug("Financiële dienst"), "financiele-dienst");
        assert_eq!(key_slug("  Sociaal huis (OCMW) "), "sociaal-huis-ocmw");
        assert_eq!(key_slug("Œuvre d'État"), "oeuvre-d-etat");
        assert_eq!(key_slug("经济"), "7ecf-6d4e");
    }
}
