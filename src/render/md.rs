//! Markdown to safe HTML for one page: item links (`@action/ID`...) resolved
//! to URLs relative to that page on that site, heading ids (slugs,
//! de-duplicated), then the shared sanitiser; last, each table is wrapped in
//! a container that scrolls sideways on a phone and can take keyboard focus.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use super::urls;
use crate::model::markdown::{options, parse_item_link};

/// Resolves `@kind/target` to a site-relative path, or `None` when the item
/// is not on this site.
pub(crate) trait Links {
    fn resolve(&self, kind: &str, target: &str) -> Option<String>;
}

pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "section".into() } else { out }
}

/// Render `text` for the page whose root prefix is `root`; `table_label`
/// names the scroll container of a table for screen readers.
pub(crate) fn render(text: &str, root: &str, links: &dyn Links, table_label: &str) -> String {
    let mut events: Vec<Event> = Parser::new_ext(text, options()).collect();
    let mut used = HashSet::new();
    let mut heading_at = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match &mut events[i] {
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                if let Some((kind, target)) = parse_item_link(dest_url) {
                    let (target, frag) = match target.split_once('#') {
                        Some((t, f)) => (t, Some(f)),
                        None => (target, None),
                    };
                    let url = match links.resolve(kind, target) {
                        Some(path) => {
                            let mut u = format!("{root}{path}");
                            if let Some(f) = frag {
                                u.push('#');
                                u.push_str(f);
                            }
                            u
                        }
                        None => "#".to_owned(),
                    };
                    *dest_url = CowStr::from(url);
                }
            }
            Event::Start(Tag::Heading { .. }) => heading_at.push(i),
            _ => {}
        }
        i += 1;
    }
    for i in heading_at {
        let mut text = String::new();
        for e in &events[i + 1..] {
            match e {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) | Event::Code(t) => text.push_str(t),
                _ => {}
            }
        }
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
            let base = id.as_ref().map_or_else(|| slug(&text), |g| g.to_string());
            let mut candidate = base.clone();
            let mut n = 1;
            while !used.insert(candidate.clone()) {
                n += 1;
                candidate = format!("{base}-{n}");
            }
            *id = Some(CowStr::from(candidate));
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    wrap_tables(&crate::html::clean(&html), table_label)
}

/// Put every `<table>` of sanitised HTML in a focusable region that scrolls
/// sideways (WCAG 2.1.1: a scrolling area must be reachable by keyboard).
/// After the sanitiser, `<table>` and `</table>` can only be real tags.
fn wrap_tables(html: &str, label: &str) -> String {
    if !html.contains("<table>") {
        return html.to_owned();
    }
    let label = super::escape_html(label);
    html.replace("<table>", &format!("<div class=\"scroll\" role=\"region\" aria-label=\"{label}\" tabindex=\"0\"><table>"))
        .replace("</table>", "</table></div>")
}

/// The site-relative path for an item link on a site where `has` says what exists.
pub(crate) fn standard_path(kind: &str, target: &str) -> Option<String> {
    Some(match kind {
        "action" => urls::action(target),
        "inventory" => urls::inventory(target),
        "page" => urls::free_page(target),
        "sdg" => urls::sdg(target.parse().ok()?),
        "topic" => urls::topic(target),
        "asset" => format!("assets/{target}"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct All;
    impl Links for All {
        fn resolve(&self, kind: &str, target: &str) -> Option<String> {
            if target == "secret" { None } else { standard_path(kind, target) }
        }
    }

    #[test]
    fn links_and_heading_ids() {
        let html =
            render("## Doel\n\n## Doel\n\n[x](@action/led) [y](@sdg/7) [z](@action/secret) ![l](@asset/logo.svg)", "../../", &All, "T");
        assert!(html.contains("id=\"doel\""), "{html}");
        assert!(html.contains("id=\"doel-2\""), "{html}");
        assert!(html.contains("href=\"../../actions/led/index.html\""), "{html}");
        assert!(html.contains("href=\"../../sdg/7/index.html\""), "{html}");
        assert!(html.contains("href=\"#\""), "{html}");
        assert!(html.contains("src=\"../../assets/logo.svg\""), "{html}");
        assert!(!render("<script>x()</script>hi", "", &All, "T").contains("script"));
    }

    #[test]
    fn tables_scroll_in_a_focusable_region() {
        let html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n`<table>`\n", "", &All, "Tabel \"x\"");
        assert!(html.contains("<div class=\"scroll\" role=\"region\" aria-label=\"Tabel &quot;x&quot;\" tabindex=\"0\"><table>"), "{html}");
        assert_eq!(html.matches("<table>").count(), 1, "{html}");
        assert!(html.contains("</table></div>"), "{html}");
        assert!(html.contains("<code>&lt;table&gt;</code>"), "{html}");
    }
}
