//! The template engine: Tera with the theme's templates, kapstok's escaping,
//! filters and the functions a theme may not call, and the keys every page
//! gets (`site`, `nav`, `page_nav`, `t`, `kind`).

use std::collections::BTreeMap;

use super::views::*;
use super::{Kind, R, RenderError, i18n, urls};
use crate::model::Language;

pub(super) fn make_tera(theme: &BTreeMap<String, Vec<u8>>, lang: Language) -> Result<tera::Tera, RenderError> {
    let mut tera = tera::Tera::default();
    let templates: Vec<(String, String)> = theme
        .iter()
        .filter_map(|(p, b)| p.strip_prefix("templates/").map(|name| (name.to_owned(), String::from_utf8_lossy(b).into_owned())))
        .collect();
    tera.add_raw_templates(templates).map_err(|e| RenderError::template("(theme)", &e))?;
    tera.autoescape_on(vec![".html", ".xml"]);
    // Escape what is significant in HTML text and quoted attributes, but not
    // `/`: Tera's default turns every relative URL into `..&#x2F;x&#x2F;index.html`.
    tera.set_escape_fn(escape_html);
    // Tera registers `get_env` whatever its features: a theme must not
    // read the environment of the machine that builds (tokens, paths), so
    // the function is replaced by one that fails the build.
    tera.register_function("get_env", |_: &std::collections::HashMap<String, tera::Value>| {
        Err(tera::Error::msg("`get_env` is not available in kapstok themes: a template cannot read environment variables"))
    });
    // `tr(key="st_intro", org=site.organisation)`: a message with arguments
    // (the ones without are in `t`). An unknown key fails the build.
    tera.register_function("tr", move |args: &std::collections::HashMap<String, tera::Value>| {
        let key = args.get("key").and_then(tera::Value::as_str).ok_or_else(|| tera::Error::msg("`tr` needs `key=\"message-id\"`"))?;
        if !i18n::has(key) {
            return Err(tera::Error::msg(format!("`tr`: no message `{key}` in the catalogue (src/i18n/*.ftl)")));
        }
        let values: Vec<(&str, i18n::Arg)> = args
            .iter()
            .filter(|(name, _)| name.as_str() != "key")
            .map(|(name, v)| {
                let arg = match v {
                    tera::Value::Number(n) => i18n::Arg::Number(n.as_f64().unwrap_or_default()),
                    tera::Value::String(s) => i18n::Arg::Text(s.as_str()),
                    _ => i18n::Arg::Text(""),
                };
                (name.as_str(), arg)
            })
            .collect();
        Ok(tera::Value::String(i18n::format(lang, key, &values)))
    });
    tera.register_filter("sdg_name", move |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
        let n = v.as_u64().unwrap_or(1).clamp(1, 17) as u8;
        Ok(tera::Value::String(i18n::sdg_name(lang, n).to_owned()))
    });
    tera.register_filter("sdg_colour", |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
        let n = v.as_u64().unwrap_or(1).clamp(1, 17) as usize;
        Ok(tera::Value::String(i18n::SDG_COLOURS[n - 1].to_owned()))
    });
    Ok(tera)
}

/// HTML escaping for text and double- or single-quoted attribute values.
pub(crate) fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

impl R<'_> {
    /// Site-wide keys every page gets: `site`, `nav`, `page_nav`, `t`, `kind`.
    pub(in crate::render) fn base_context(&self, kind: Kind) -> tera::Context {
        let s = &self.p.site;
        let info = if kind == Kind::Intranet { &s.intranet } else { &s.public };
        let mut nav = vec![
            Nav { key: "home", label: self.t("home").into(), url: urls::page("") },
            Nav { key: "actions", label: self.t("actions").into(), url: urls::page("actions") },
            Nav { key: "inventory", label: self.t("inventory").into(), url: urls::page("inventory") },
            Nav { key: "sdg", label: self.t("sdgs").into(), url: urls::page("sdg") },
            Nav { key: "topics", label: self.t("topics").into(), url: urls::page("topics") },
            Nav {
                key: "claims",
                label: self.t(if kind == Kind::Intranet { "claims_intranet" } else { "claims_public" }).into(),
                url: urls::page("claims"),
            },
            Nav { key: "evaluation", label: self.t("evaluation").into(), url: urls::page("evaluation") },
        ];
        if kind == Kind::Intranet {
            nav.push(Nav { key: "team", label: self.t("team").into(), url: urls::page("team") });
            nav.push(Nav { key: "sessions", label: self.t("sessions").into(), url: urls::page("sessions") });
            nav.push(Nav { key: "checks", label: self.t("checks").into(), url: urls::page("checks") });
            nav.push(Nav { key: "report", label: self.t("report_intranet").into(), url: urls::page("report") });
        }
        let mut pages: Vec<_> =
            self.p.pages.iter().filter(|pg| pg.slug.as_str() != "index" && (kind == Kind::Public || pg.on_intranet())).collect();
        pages.sort_by(|a, b| (a.order.unwrap_or(i64::MAX), &a.title).cmp(&(b.order.unwrap_or(i64::MAX), &b.title)));
        let page_nav: Vec<Nav> =
            pages.iter().map(|pg| Nav { key: "page", label: pg.title.clone(), url: urls::free_page(pg.slug.as_str()) }).collect();
        let site = serde_json::json!({
            "kind": if kind == Kind::Intranet { "intranet" } else { "public" },
            "lang": self.lang.code(),
            "title": info.title,
            "base_url": info.base_url,
            "organisation": s.organisation,
            "noindex": kind == Kind::Intranet,
            "contact": s.contact.as_ref().map(|c| serde_json::json!({"name": c.name, "email": c.email})),
            "report_url": urls::page("report"),
            "accessibility_url": (kind == Kind::Public && s.accessibility.is_some()).then(|| urls::page("accessibility")),
        });
        let mut ctx = tera::Context::new();
        ctx.insert(SITE_KEYS[0], if kind == Kind::Intranet { "intranet" } else { "public" });
        ctx.insert(SITE_KEYS[1], &site);
        ctx.insert(SITE_KEYS[2], &nav);
        ctx.insert(SITE_KEYS[3], &page_nav);
        ctx.insert(SITE_KEYS[4], i18n::template_labels(self.lang));
        ctx
    }
}

/// The keys of [`R::base_context`], the same on every page of a site.
pub(in crate::render) const SITE_KEYS: [&str; 5] = ["kind", "site", "nav", "page_nav", "t"];

/// `ctx` back to its site-wide keys ([`SITE_KEYS`]): every key a page put
/// in is dropped, the site-wide ones are moved, not copied (the labels
/// alone are hundreds of strings, and a site has thousands of pages).
pub(in crate::render) fn reset(ctx: &mut tera::Context) {
    let tera::Value::Object(mut keys) = std::mem::replace(ctx, tera::Context::new()).into_json() else {
        unreachable!("a context is an object")
    };
    keys.retain(|k, _| SITE_KEYS.contains(&k.as_str()));
    *ctx = tera::Context::from_value(tera::Value::Object(keys)).expect("an object");
}
