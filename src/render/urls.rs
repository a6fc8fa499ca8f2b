//! Relative URLs: every page lives at `folder/index.html`, and every link is
//! relative to the page it is on, so the sites work under any base path and
//! from `file://`.

/// The prefix that leads from the page at `path` (site-relative, `/`) back to
/// the site root: `""` for `index.html`, `"../../"` for `actions/x/index.html`.
pub(crate) fn root_for(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Site-relative path of a page folder: `actions/x` -> `actions/x/index.html`.
pub(crate) fn page(folder: &str) -> String {
    if folder.is_empty() { "index.html".to_owned() } else { format!("{folder}/index.html") }
}

/// The intranet's page of a rule (`checks/rules/RULE-ID/`).
pub(crate) fn rule(id: &str) -> String {
    page(&format!("checks/rules/{id}"))
}

pub(crate) fn action(id: &str) -> String {
    page(&format!("actions/{id}"))
}
pub(crate) fn inventory(id: &str) -> String {
    format!("inventory/index.html#inv-{id}")
}
pub(crate) fn sdg(n: u8) -> String {
    page(&format!("sdg/{n}"))
}
pub(crate) fn topic(id: &str) -> String {
    page(&format!("topics/{id}"))
}
pub(crate) fn free_page(slug: &str) -> String {
    if slug == "index" { page("") } else { page(slug) }
}
pub(crate) fn claim(id: &str) -> String {
    format!("claims/index.html#claim-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_roots() {
        assert_eq!(root_for("index.html"), "");
        assert_eq!(root_for("actions/index.html"), "../");
        assert_eq!(root_for("actions/led/index.html"), "../../");
        assert_eq!(format!("{}{}", root_for(&action("a")), sdg(7)), "../../sdg/7/index.html");
        assert_eq!(free_page("index"), "index.html");
        assert_eq!(free_page("waarom"), "waarom/index.html");
    }
}
