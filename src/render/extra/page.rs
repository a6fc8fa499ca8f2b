//! A plain HTML page in the frame of the default theme (masthead, menu,
//! footer, the theme's stylesheet), for the few pages made here rather than
//! from a template: `data/index.html` and the intranet's `search/index.html`.
//! The menu and the site's words come from the same base context as the
//! templates' pages, so the links match.

use super::super::{Kind, R, escape_html as esc, urls};

/// One page at `path` (site-relative) with `title` (its only `<h1>`) and
/// `body` (HTML, already escaped), and `scripts` (site-relative paths).
pub(super) fn page(r: &R, kind: Kind, path: &str, title: &str, body: &str, scripts: &[&str]) -> Vec<u8> {
    let ctx = r.base_context(kind).into_json();
    let root = urls::root_for(path);
    let site = &ctx["site"];
    let t = &ctx["t"];
    let s = |v: &serde_json::Value| esc(v.as_str().unwrap_or(""));
    let mut html = String::with_capacity(body.len() + 4096);
    html.push_str(&format!("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", s(&site["lang"])));
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if kind == Kind::Intranet {
        html.push_str("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
    }
    html.push_str(&format!("<title>{} · {}</title>\n", esc(title), s(&site["title"])));
    html.push_str(&format!("<link rel=\"stylesheet\" href=\"{root}static/style.css\">\n</head>\n"));
    html.push_str(&format!("<body class=\"site-{}\">\n", s(&site["kind"])));
    html.push_str(&format!("<a class=\"skip\" href=\"#main\">{}</a>\n", s(&t["skip"])));
    html.push_str("<header class=\"masthead\">\n<div class=\"wrap\">\n");
    html.push_str(&format!(
        "<p class=\"brand\"><a href=\"{root}index.html\"><span class=\"org\">{}</span> <span class=\"name\">{}</span></a></p>\n",
        s(&site["organisation"]),
        s(&site["title"])
    ));
    html.push_str(&format!("</div>\n<nav class=\"mainnav\" aria-label=\"{}\"><div class=\"wrap\"><ul>\n", s(&t["menu"])));
    for list in ["nav", "page_nav"] {
        for n in ctx[list].as_array().into_iter().flatten() {
            html.push_str(&format!("<li><a href=\"{root}{}\">{}</a></li>\n", s(&n["url"]), s(&n["label"])));
        }
    }
    html.push_str("</ul></div></nav>\n</header>\n<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n");
    html.push_str(&format!("<h1>{}</h1>\n", esc(title)));
    html.push_str(body);
    html.push_str("</main>\n<footer class=\"foot\">\n<p class=\"wrap\">");
    html.push_str(&s(&site["organisation"]));
    if let Some(email) = site["contact"]["email"].as_str() {
        html.push_str(&format!(" · {}: <a href=\"mailto:{}\">{}</a>", s(&t["contact"]), esc(email), esc(email)));
    }
    html.push_str("</p>\n</footer>\n");
    for src in scripts {
        html.push_str(&format!("<script src=\"{root}{src}\"></script>\n"));
    }
    html.push_str("</body>\n</html>\n");
    html.into_bytes()
}
