//! The pages among the extra files (`data/index.html`, the intranet's
//! `search/index.html` and `calendar/index.html`), rendered from the theme's
//! templates (`data.html`, `intranet/search.html`, `intranet/calendars.html`)
//! in the same frame and with the same base context as every other page.

use super::super::{Kind, R, RenderError, urls};

/// The page at `path` (site-relative) from `template`, with `title` and the
/// page's own keys in `vars` (a JSON object).
pub(super) fn page(r: &R, kind: Kind, path: &str, template: &str, title: &str, vars: serde_json::Value) -> Result<Vec<u8>, RenderError> {
    let mut ctx = r.base_context(kind);
    ctx.insert("root", &urls::root_for(path));
    ctx.insert("path", path);
    ctx.insert("title", title);
    ctx.insert("current", "");
    if let serde_json::Value::Object(map) = vars {
        for (k, v) in map {
            ctx.insert(k, &v);
        }
    }
    r.tera.render(template, &ctx).map(String::into_bytes).map_err(|e| RenderError::template(template, &e))
}
