//! The CMS-safe fragments of the public site (`fragments/…`): a page's main
//! content made into what survives a paste into a CMS editor that keeps only
//! Drupal's "Basic HTML" text format. Owns that allow-list ([`TAGS`],
//! [`attributes`]) and the two steps: tables and charts made into lists and
//! sentences (the fragment's HTML is kapstok's own, so a tag is renamed by
//! its name alone), then ammonia with exactly the allow-list, every link made
//! absolute from the page's public address. Must not know the model: it
//! gets rendered HTML and an address.

use std::collections::{HashMap, HashSet};

/// The tags of Drupal's "Basic HTML" text format.
pub(crate) const TAGS: &[&str] = &[
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "cite",
    "dl",
    "dt",
    "dd",
    "a",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "code",
    "span",
    "img",
];

/// The attributes "Basic HTML" keeps, per tag (no `class`, no `style`).
pub(crate) fn attributes() -> HashMap<&'static str, HashSet<&'static str>> {
    let mut out: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
    for h in ["h2", "h3", "h4", "h5", "h6"] {
        out.insert(h, HashSet::from(["id"]));
    }
    out.insert("a", HashSet::from(["href", "hreflang"]));
    out.insert("blockquote", HashSet::from(["cite"]));
    out.insert("img", HashSet::from(["src", "alt", "height", "width"]));
    out
}

/// Elements left out with everything in them: the chart's drawing (its
/// caption says the same in words), scripts, and the filters and search
/// forms, which need the site around them.
const DROPPED: &[&str] = &["svg", "script", "style", "form", "nav", "template", "noscript", "button", "select", "textarea"];

/// The fragment of one rendered page: the inside of its `<main>`, in Basic
/// HTML, its links absolute from `address` (the page's public URL).
pub(crate) fn fragment(page: &str, address: &url::Url) -> String {
    let main = main_content(page);
    let listed = tables_as_lists(main);
    let mut b = ammonia::Builder::empty();
    b.tags(TAGS.iter().copied().collect())
        .generic_attributes(HashSet::new())
        .tag_attributes(attributes())
        .clean_content_tags(DROPPED.iter().copied().collect())
        .link_rel(None)
        .url_relative(ammonia::UrlRelative::RewriteWithBase(address.clone()))
        .strip_comments(true);
    let clean = b.clean(&listed).to_string();
    // Blank lines left where blocks were dropped.
    let mut out = String::with_capacity(clean.len());
    for line in clean.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// What lies between `<main …>` and `</main>` (the whole page when it has none).
fn main_content(page: &str) -> &str {
    let Some(open) = page.find("<main") else { return page };
    let Some(start) = page[open..].find('>').map(|k| open + k + 1) else { return page };
    let end = page.rfind("</main>").filter(|&e| e >= start).unwrap_or(page.len());
    &page[start..end]
}

/// Tables as lists, one item a row, its cells separated by " · "; headings
/// of level 1 as level 2 (Basic HTML has no `h1`); a caption as a paragraph,
/// a mark and a quote kept as emphasis. Works on tag names only: in
/// kapstok's HTML every `<` of text is escaped, so each `<` opens a tag.
fn tables_as_lists(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // A table's list starts after its caption, which goes before it.
    let mut list_pending = false;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag = &rest[lt + 1..];
        let closing = tag.starts_with('/');
        let name_at = usize::from(closing);
        let name_len = tag[name_at..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(tag.len() - name_at);
        let name = tag[name_at..name_at + name_len].to_ascii_lowercase();
        let end = tag.find('>').map_or(rest.len(), |k| lt + 1 + k + 1);
        if list_pending && (closing || name != "caption") {
            if name == "caption" {
                out.push_str("</p><ul>");
                list_pending = false;
                rest = &rest[end..];
                continue;
            }
            out.push_str("<ul>");
            list_pending = false;
        }
        if name == "table" && !closing {
            list_pending = true;
            rest = &rest[end..];
            continue;
        }
        let renamed = match name.as_str() {
            "table" => Some("ul"),
            "tr" => Some("li"),
            "th" => Some("strong"),
            "td" => Some("span"),
            "caption" | "figcaption" => Some("p"),
            "h1" => Some("h2"),
            "mark" | "q" => Some("em"),
            _ => None,
        };
        match renamed {
            // Attributes go: the allow-list keeps none of these tags' own.
            Some(new) if closing => {
                if name == "tr" && out.ends_with(" · ") {
                    out.truncate(out.len() - " · ".len());
                }
                out.push_str("</");
                out.push_str(new);
                out.push('>');
                if name == "td" || name == "th" {
                    out.push_str(" · ");
                }
            }
            Some(new) => {
                // A heading keeps its id (an anchor others may link to).
                let id = if name == "h1" { attribute(&rest[lt..end], "id") } else { None };
                out.push('<');
                out.push_str(new);
                if let Some(id) = id {
                    out.push_str(" id=\"");
                    out.push_str(id);
                    out.push('"');
                }
                out.push('>');
            }
            None => out.push_str(&rest[lt..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The value of attribute `name` in one start tag (double-quoted, as kapstok writes them).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].find('"').map(|end| &tag[at..at + end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> url::Url {
        url::Url::parse("https://www.example.be/duurzaam/actions/led/index.html").expect("a URL")
    }

    #[test]
    fn a_table_becomes_a_list_of_rows() {
        let page = r#"<body><main id="main" class="wrap"><h1 id="t">LED</h1><div class="scroll"><table class="x"><caption>Voortgang</caption><thead><tr><th scope="col">Datum</th><th>Waarde</th></tr></thead><tbody><tr><td class="date">2025-01-01</td><td>12</td></tr></tbody></table></div></main></body>"#;
        let f = fragment(page, &base());
        assert_eq!(
            f,
            "<h2 id=\"t\">LED</h2><p>Voortgang</p><ul><li><strong>Datum</strong> · <strong>Waarde</strong></li><li><span>2025-01-01</span> · <span>12</span></li></ul>\n"
        );
    }

    #[test]
    fn links_become_absolute_and_classes_styles_and_drawings_go() {
        let page = r##"<main><p class="lead" style="color:red">Zie <a href="../../sdg/7/index.html" class="x" title="SDG 7" lang="nl">SDG 7</a> en <a href="#progress">voortgang</a>.</p><figure><svg><text>12</text></svg><figcaption>Beginwaarde: 10.</figcaption></figure><script>alert(1)</script><img src="../../assets/a.png" alt="Een paneel" class="i" loading="lazy"></main>"##;
        let f = fragment(page, &base());
        assert!(f.contains(r#"<a href="https://www.example.be/duurzaam/sdg/7/index.html">SDG 7</a>"#), "{f}");
        assert!(f.contains(r##"<a href="https://www.example.be/duurzaam/actions/led/index.html#progress">"##), "{f}");
        assert!(f.contains(r#"<img src="https://www.example.be/duurzaam/assets/a.png" alt="Een paneel">"#), "{f}");
        assert!(f.contains("<p>Beginwaarde: 10.</p>"), "{f}");
        for gone in ["class=", "style=", "<svg", "<text", "alert", "<figure", "loading=", "title="] {
            assert!(!f.contains(gone), "{gone} in {f}");
        }
    }
}
