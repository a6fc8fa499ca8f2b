//! The HTML sanitiser shared by the renderer and the `raw-html-removed` rule,
//! so the check predicts exactly what rendering removes. ammonia's default
//! allow-list plus heading ids and the classes pulldown-cmark gives footnotes.
//! We never use ammonia's `id_prefix` (it breaks footnote links).

use std::sync::LazyLock;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id"])
        .add_tag_attributes("sup", ["class"])
        .add_tag_attributes("div", ["class"])
        .add_tag_attributes("li", ["class"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tags(["input"])
        // `<bdo dir="rtl">` shows its letters in the other order: what the
        // page shows would not be what the privacy guard reads
        // (`Vander<bdo dir="rtl">neluem</bdo>` shows `Vandermeulen`). The
        // tag goes, its text stays.
        .rm_tags(["bdo"])
        // The schemes a Markdown link may use (`markdown::URL_SCHEMES`):
        // raw HTML gets no others (ammonia's default also lets `tel:`,
        // `ftp:`, `magnet:`... through).
        .url_schemes(crate::model::markdown::URL_SCHEMES.iter().copied().collect())
        .link_rel(Some("noopener noreferrer"));
    b
});

/// Sanitise rendered HTML.
pub(crate) fn clean(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// True when sanitising this raw HTML fragment would remove something: a
/// tag, an attribute or a URL scheme outside the allow-list.
pub(crate) fn removes_something(fragment: &str) -> bool {
    let cleaned = clean(fragment);
    normalise(&cleaned) != normalise(fragment)
}

fn normalise(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect::<String>().replace('\'', "\"").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_handlers_are_removed() {
        assert!(removes_something("<script>alert(1)</script>"));
        assert!(removes_something("<p onclick=\"x()\">a</p>"));
        assert!(removes_something("<iframe src=\"https://x\"></iframe>"));
        assert!(removes_something("<p style=\"color:red\">a</p>"));
        assert!(!removes_something("<em>a</em>"));
        assert!(!removes_something("<h2 id=\"a\">x</h2>"));
        assert!(removes_something("<img src=\"ftp://x.be/a.png\">"));
        assert!(!removes_something("<img src=\"https://x.be/a.png\">"));
    }

    #[test]
    fn a_direction_override_is_removed_its_text_kept() {
        assert_eq!(clean("Sofie Vander<bdo dir=\"rtl\">neluem</bdo>."), "Sofie Vanderneluem.");
        assert!(removes_something("<bdo dir=\"rtl\">neluem</bdo>"));
        assert!(!removes_something("<bdi>x</bdi>"));
    }
}
