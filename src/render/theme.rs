//! The theme: the default one embedded in the binary, and a project theme
//! under `themes/<name>/` whose files override embedded ones of the same path.

use std::collections::BTreeMap;
use std::path::Path;

macro_rules! embedded {
    ($($path:literal),* $(,)?) => {
        /// Every file of `themes/default/`, by path below it.
        pub(crate) const EMBEDDED: &[(&str, &str)] = &[$(($path, include_str!(concat!("../../themes/default/", $path)))),*];
    };
}

embedded! {
    "templates/base.html",
    "templates/macros.html",
    "templates/page.html",
    "templates/404.html",
    "templates/sitemap.xml",
    "templates/sdgs.html",
    "templates/sdg.html",
    "templates/topics.html",
    "templates/topic.html",
    "templates/list.html",
    "templates/action_filters.html",
    "templates/action_filters_css.html",
    "templates/embed_height.html",
    "templates/report_actions.html",
    "templates/report_action_rows.html",
    "templates/report_progress.html",
    "templates/inventory_list.html",
    "templates/inventory_items.html",
    "templates/intranet/home.html",
    "templates/intranet/actions.html",
    "templates/intranet/action_rows.html",
    "templates/intranet/action.html",
    "templates/intranet/inventory.html",
    "templates/intranet/claims.html",
    "templates/intranet/checks.html",
    "templates/intranet/team.html",
    "templates/intranet/owner.html",
    "templates/intranet/sessions.html",
    "templates/intranet/evaluation.html",
    "templates/intranet/search.html",
    "templates/intranet/rule.html",
    "templates/intranet/calendars.html",
    "templates/data.html",
    "templates/intranet/report.html",
    "templates/public/home.html",
    "templates/public/actions.html",
    "templates/public/action_rows.html",
    "templates/public/action.html",
    "templates/public/inventory.html",
    "templates/public/claims.html",
    "templates/public/evaluation.html",
    "templates/public/report.html",
    "templates/public/accessibility.html",
    "static/style.css",
    "static/filter.js",
}

/// The theme's files: embedded defaults with the project theme's files laid over.
pub(crate) fn load(root: &Path, name: Option<&str>) -> std::io::Result<BTreeMap<String, Vec<u8>>> {
    let mut files: BTreeMap<String, Vec<u8>> = EMBEDDED.iter().map(|(p, c)| ((*p).to_owned(), c.as_bytes().to_vec())).collect();
    if let Some(name) = name.filter(|n| *n != "default" || root.join("themes/default").is_dir()) {
        let dir = root.join("themes").join(name);
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.map_err(std::io::Error::other)?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&dir).map_err(std::io::Error::other)?;
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if rel.split('/').any(|s| s.starts_with('.')) {
                continue;
            }
            files.insert(rel, std::fs::read(entry.path())?);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_theme_file_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        for entry in walkdir::WalkDir::new(&dir) {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
                assert!(EMBEDDED.iter().any(|(p, _)| *p == rel), "themes/default/{rel} is not embedded in src/render/theme.rs");
            }
        }
    }
}
