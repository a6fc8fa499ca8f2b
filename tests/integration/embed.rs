//! The public site's pages in two more forms (issue 22): an iframe-ready copy
//! under `embed/` with the same path, without the site's frame, that tells the
//! host page its height; and a CMS-safe fragment under `fragments/` that a
//! Drupal "Basic HTML" editor keeps as it is, every link absolute. The
//! privacy guard reads both like every public file.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use crate::support::{built_example, copy_to_temp, fixture, kapstok};

/// The site-relative paths of the public site's own pages (not 404, not the
/// embeds and fragments themselves).
fn pages(public: &Path) -> Vec<String> {
    walkdir::WalkDir::new(public)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.path().strip_prefix(public).expect("inside").to_string_lossy().replace('\\', "/"))
        .filter(|p| p != "404.html" && !p.starts_with("embed/") && !p.starts_with("fragments/") && !p.starts_with("data/"))
        .collect()
}

fn fragment_path(page: &str) -> String {
    match page.strip_suffix("/index.html") {
        Some(folder) => format!("fragments/{folder}.html"),
        None => format!("fragments/{page}"),
    }
}

/// Drupal's "Basic HTML" as the issue lists it, written out here (not taken
/// from kapstok): `p br h2-h6 (id) cite dl dt dd a (href hreflang)
/// blockquote (cite) ul ol li strong em code span img (src alt height width)`.
/// Relative links are refused, so a fragment that keeps one changes.
fn basic_html(html: &str) -> String {
    let tags: HashSet<&str> = [
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
    ]
    .into();
    let mut attrs: HashMap<&str, HashSet<&str>> = HashMap::new();
    for h in ["h2", "h3", "h4", "h5", "h6"] {
        attrs.insert(h, ["id"].into());
    }
    attrs.insert("a", ["href", "hreflang"].into());
    attrs.insert("blockquote", ["cite"].into());
    attrs.insert("img", ["src", "alt", "height", "width"].into());
    ammonia::Builder::empty()
        .tags(tags)
        .generic_attributes(HashSet::new())
        .tag_attributes(attrs)
        .link_rel(None)
        .url_relative(ammonia::UrlRelative::Deny)
        .clean(html)
        .to_string()
}

#[test]
fn every_public_page_has_an_embed_and_a_fragment() {
    let tmp = built_example();
    let public = tmp.path().join("out/public");
    let pages = pages(&public);
    assert!(pages.len() > 30, "{pages:?}");
    for page in &pages {
        assert!(public.join("embed").join(page).is_file(), "no embed/{page}");
        assert!(public.join(fragment_path(page)).is_file(), "no {}", fragment_path(page));
    }
    // The intranet has neither.
    assert!(!tmp.path().join("out/intranet/embed").exists() && !tmp.path().join("out/intranet/fragments").exists());
    // Search engines index the pages, not their copies.
    let sitemap = fs::read_to_string(public.join("sitemap.xml")).expect("sitemap");
    assert!(!sitemap.contains("/embed/") && !sitemap.contains("/fragments/"), "{sitemap}");
}

#[test]
fn an_embed_is_the_page_without_its_frame_and_reports_its_height() {
    let tmp = built_example();
    let public = tmp.path().join("out/public");
    for page in pages(&public) {
        let embed = fs::read_to_string(public.join("embed").join(&page)).expect("an embed");
        for frame in ["<header class=\"masthead\"", "<nav class=\"mainnav\"", "<footer class=\"foot\"", "class=\"skip\""] {
            assert!(!embed.contains(frame), "embed/{page} has {frame}");
        }
        assert!(embed.contains("<main"), "embed/{page}");
        assert!(embed.contains("postMessage({kapstok:\"height\",height:h},\"*\")"), "embed/{page} does not report its height");
        assert!(embed.contains("a.target=\"_top\"") && embed.contains("content=\"noindex\""), "embed/{page}");
        // Its styles and links reach the site's own files.
        assert!(embed.contains(&format!("href=\"{}static/style.css\"", "../".repeat(page.matches('/').count() + 1))), "embed/{page}");
    }
    // The same content as the page.
    let page = fs::read_to_string(public.join("actions/ledverlichting/index.html")).expect("page");
    let embed = fs::read_to_string(public.join("embed/actions/ledverlichting/index.html")).expect("embed");
    let h1 = |s: &str| s.split("<h1>").nth(1).and_then(|r| r.split("</h1>").next()).map(str::to_owned);
    assert_eq!(h1(&page), h1(&embed));
}

#[test]
fn every_fragment_is_basic_html_with_absolute_links() {
    let tmp = built_example();
    let public = tmp.path().join("out/public");
    let base = "https://www.lindebeek.be/duurzaamheid/";
    for page in pages(&public) {
        let path = fragment_path(&page);
        let fragment = fs::read_to_string(public.join(&path)).expect("a fragment");
        assert!(!fragment.trim().is_empty(), "{path} is empty");
        assert_eq!(basic_html(&fragment), fragment, "{path} is not Basic HTML as it stands");
        for attr in ["href=\"", "src=\""] {
            for link in fragment.split(attr).skip(1) {
                let link = link.split('"').next().unwrap_or_default();
                assert!(link.starts_with(base) || link.starts_with("mailto:") || link.starts_with("https://"), "{path}: {link}");
            }
        }
    }
    // A table became a list, a chart a sentence.
    let led = fs::read_to_string(public.join("fragments/actions/ledverlichting.html")).expect("fragment");
    assert!(led.contains("<ul><li><strong>Datum</strong> · <strong>Waarde</strong>"), "{led}");
    assert!(led.contains("Beginwaarde: 38 %; Doel: 100 %") && !led.contains("<svg"), "{led}");
    assert!(led.contains("<a href=\"https://www.lindebeek.be/duurzaamheid/sdg/7/index.html\">"), "{led}");
}

#[test]
fn a_name_leaked_into_a_public_page_is_found_in_its_embed_and_fragment_too() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    fs::write(tmp.path().join("content/pages/x.md"), "---\ntitle: X\naudience: public\n---\nGesprek met Wolfram Quistenbergh.\n")
        .expect("write");
    let run = kapstok(tmp.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for file in ["public/x/index.html", "public/embed/x/index.html", "public/fragments/x.html"] {
        assert!(run.stderr.contains(file), "{file} is not named:\n{}", run.stderr);
    }
}
