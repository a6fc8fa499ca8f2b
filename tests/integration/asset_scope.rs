//! Assets are scoped by what uses them (red-team round 22 #55): the public
//! site gets only the assets its generated files refer to, however they
//! refer (a Markdown link or image, a theme template, a theme stylesheet),
//! and `check` and `build` warn (`asset-intranet-only`) about the others,
//! which only the intranet gets. And a refused public build names the files
//! still online of items no longer public (#58). Each test writes a small
//! project on top of the `minimal` fixture and runs the real binary.

use std::fs;
use std::path::Path;

use crate::support::{copy_to_temp, fixture, kapstok, kapstok_env};

/// The `minimal` fixture with `files` written (paths from the project's root).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture("minimal"));
    for (rel, text) in files {
        let path = tmp.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    tmp
}

fn action(id_title: &str, visibility: &str, body: &str) -> String {
    format!("---\ntitle: {id_title}\nowners: [els]\nstatus: planned\nvisibility: {visibility}\n---\n{body}\n")
}

/// The `asset-intranet-only` findings of `check --format json`: the files they name.
fn intranet_only(root: &Path) -> Vec<String> {
    let run = kapstok(root, &["check", "--root", ".", "--format", "json"]);
    let mut files: Vec<String> = run
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["rule"] == "asset-intranet-only")
        .map(|f| f["file"].as_str().unwrap_or("").to_owned())
        .collect();
    files.sort();
    files
}

/// Every `assets/...` reference in the HTML and CSS of `site` resolves to a file there.
fn assert_references_resolve(site: &Path) {
    for entry in walkdir::WalkDir::new(site).into_iter().filter_map(Result::ok) {
        let path = entry.path();
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "css")) {
            continue;
        }
        let text = fs::read_to_string(path).unwrap();
        for (at, _) in text.match_indices("assets/") {
            let start = text[..at].rfind(['"', '\'', '(']).map_or(0, |p| p + 1);
            let end = at + text[at..].find(['"', '\'', ')', '#', '?']).unwrap_or(text.len() - at);
            let href = &text[start..end];
            if href.contains("://") || href.starts_with('/') {
                continue;
            }
            let target = path.parent().unwrap().join(href);
            assert!(target.is_file(), "{}: `{href}` does not resolve", path.display());
        }
    }
}

#[test]
fn an_asset_only_internal_content_links_stays_off_the_public_site() {
    let tmp = project(&[
        ("content/assets/notulen-kopgroep.txt", "Verslag van de kopgroep.\n"),
        ("content/assets/folder.txt", "Een folder voor iedereen.\n"),
        ("content/assets/niemand.txt", "Door niemand gelinkt.\n"),
        ("content/actions/intern.md", &action("Interne opvolging", "internal", "Zie [de notulen](@asset/notulen-kopgroep.txt).")),
        ("content/actions/folder.md", &action("Folder", "public", "Lees [de folder](@asset/folder.txt).")),
    ]);
    let root = tmp.path();
    // `check` says which assets stay off, naming each file, in the user's language.
    assert_eq!(intranet_only(root), ["content/assets/niemand.txt", "content/assets/notulen-kopgroep.txt"]);
    let check = kapstok(root, &["check", "--root", "."]);
    assert!(
        check.stderr.contains("warning[asset-intranet-only]: `content/assets/notulen-kopgroep.txt` stays off the public site"),
        "{}",
        check.stderr
    );
    assert!(check.stderr.contains("link it from a public action or page: `[…](@asset/notulen-kopgroep.txt)`"), "{}", check.stderr);
    let nl = kapstok_env(root, &["check", "--root", "."], &[("KAPSTOK_LANG", "nl")]);
    assert!(nl.stderr.contains("`content/assets/niemand.txt` komt niet op de publieke site"), "{}", nl.stderr);
    let fr = kapstok_env(root, &["check", "--root", "."], &[("KAPSTOK_LANG", "fr")]);
    assert!(fr.stderr.contains("`content/assets/niemand.txt` n’ira pas sur le site public"), "{}", fr.stderr);
    // `build` copies every asset to the intranet, the linked one only to the public site.
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr.matches("warning[asset-intranet-only]").count(), 2, "{}", run.stderr);
    for a in ["notulen-kopgroep.txt", "folder.txt", "niemand.txt"] {
        assert!(root.join("output/intranet/assets").join(a).is_file(), "intranet lacks {a}");
    }
    assert!(root.join("output/public/assets/folder.txt").is_file());
    assert!(!root.join("output/public/assets/notulen-kopgroep.txt").exists());
    assert!(!root.join("output/public/assets/niemand.txt").exists());
    // The manifest lists what was written, and nothing else.
    let manifest = fs::read_to_string(root.join("output/public/.kapstok-manifest")).unwrap();
    assert!(manifest.contains("assets/folder.txt\n") && !manifest.contains("notulen"), "{manifest}");
    assert!(run.stderr.contains(&format!("public site ({} files)", manifest.lines().count())), "{}", run.stderr);
    assert_references_resolve(&root.join("output/public"));
    assert_references_resolve(&root.join("output/intranet"));
    // Made public by a link from a public item: published, no warning.
    let public = action("Folder", "public", "Lees [de folder](@asset/folder.txt) en ![](@asset/niemand.txt \"\").");
    fs::write(root.join("content/actions/folder.md"), public).unwrap();
    assert_eq!(intranet_only(root), ["content/assets/notulen-kopgroep.txt"]);
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(root.join("output/public/assets/niemand.txt").is_file());
}

/// A build's earlier public copy of an asset that is now internal only goes
/// with the next build (the manifest listed it as kapstok's).
#[test]
fn an_asset_that_became_internal_leaves_the_public_site() {
    let tmp = project(&[
        ("content/assets/notulen.txt", "Verslag.\n"),
        ("content/actions/over.md", &action("Over", "public", "Zie [de notulen](@asset/notulen.txt).")),
    ]);
    let root = tmp.path();
    assert_eq!(kapstok(root, &["build", "--root", "."]).code, 0);
    assert!(root.join("output/public/assets/notulen.txt").is_file());
    fs::write(root.join("content/actions/over.md"), action("Over", "internal", "Zie [de notulen](@asset/notulen.txt).")).unwrap();
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!root.join("output/public/assets/notulen.txt").exists());
    assert!(root.join("output/intranet/assets/notulen.txt").is_file());
}

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n";

/// Every way of referring counts, as the rendered output shows it: a theme
/// template (with Tera's escaped slashes), a theme stylesheet's `url(...)`,
/// a `srcset`, an inline style, a root-relative address under the base
/// path, an absolute one, a Markdown image in a public page.
#[test]
fn every_way_a_public_file_refers_to_an_asset_counts() {
    let page = "---\ntitle: Over ons\naudience: public\n---\n![Kaart](@asset/kaart.svg)\n";
    let template = "{% extends \"base.html\" %}{% block content %}<h1>{{ title }}</h1><div class=\"prose\">{{ body_html | safe }}</div>\
<img src=\"{{ root }}assets/sjabloon.svg\" alt=\"s\">\
<img srcset=\"/duurzaam/assets/klein.svg 1x, https://www.proef.be/duurzaam/assets/groot.svg 2x\" alt=\"g\">\
<div style=\"background:url('/duurzaam/assets/achtergrond.svg')\"></div>{% endblock content %}";
    let tmp = project(&[
        ("content/pages/over.md", page),
        ("content/assets/kaart.svg", SVG),
        ("content/assets/sjabloon.svg", SVG),
        ("content/assets/klein.svg", SVG),
        ("content/assets/groot.svg", SVG),
        ("content/assets/achtergrond.svg", SVG),
        ("content/assets/stijl.svg", SVG),
        ("content/assets/intern.svg", SVG),
        ("themes/eigen/templates/page.html", template),
        ("themes/eigen/static/eigen.css", "body { background: url(\"../assets/stijl.svg\"); }\n"),
    ]);
    let root = tmp.path();
    let site = fs::read_to_string(root.join("content/site.yaml")).unwrap();
    fs::write(root.join("content/site.yaml"), format!("{site}theme: eigen\n")).unwrap();
    assert_eq!(intranet_only(root), ["content/assets/intern.svg"]);
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for a in ["kaart.svg", "sjabloon.svg", "klein.svg", "groot.svg", "achtergrond.svg", "stijl.svg"] {
        assert!(root.join("output/public/assets").join(a).is_file(), "public lacks {a}:\n{}", run.stderr);
    }
    assert!(!root.join("output/public/assets/intern.svg").exists());
    assert!(root.join("output/intranet/assets/intern.svg").is_file());
}

/// The privacy guard reads exactly the assets that go public: a member's
/// name in an asset only the intranet gets does not make a guard hit of the
/// public site (`check` still reports it, as it reads every asset).
#[test]
fn the_guard_reads_the_assets_that_are_copied() {
    let tmp = project(&[
        ("content/assets/publiek.txt", "Contact: Els Peeters.\n"),
        ("content/actions/folder.md", &action("Folder", "public", "Lees [dit](@asset/publiek.txt).")),
    ]);
    let root = tmp.path();
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // One guard hit: the file that would be copied.
    assert!(run.stderr.contains("output/public/assets/publiek.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("1 privacy-guard hit"), "{}", run.stderr);
    // Unlinked, it is no longer copied, so the guard has nothing to read in it.
    fs::write(root.join("content/actions/folder.md"), action("Folder", "public", "Geen bijlage.")).unwrap();
    let run = kapstok(root, &["build", "--root", "."]);
    assert!(!run.stderr.contains("output/public/assets/publiek.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("0 privacy-guard hits"), "{}", run.stderr);
}

/// #58: a refused public build keeps the old public site ("a failed build
/// changes nothing"), and names per file what stays online of an item that
/// is no longer public, in the user's language.
#[test]
fn a_refused_build_names_the_pages_still_online_of_items_made_internal() {
    let tmp = project(&[("content/actions/bermen.md", &action("Bermen maaien", "public", "Later maaien."))]);
    let root = tmp.path();
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(root.join("output/public/actions/bermen/index.html").is_file());
    // Made internal while an unrelated error finding blocks the public site.
    fs::write(root.join("content/actions/bermen.md"), action("Bermen maaien", "internal", "Later maaien.")).unwrap();
    // A claim without evidence: `claim-without-action`, an error finding.
    let claim = "- id: bermen\n  text: We maaien de bermen later.\n  kind: result\n  channels: [website]\n  visibility: public\n";
    fs::create_dir_all(root.join("content/claims")).unwrap();
    fs::write(root.join("content/claims/web.yaml"), claim).unwrap();
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    // Nothing changed on the public site...
    assert!(root.join("output/public/actions/bermen/index.html").is_file());
    // ...and the officer is told, per file.
    assert!(run.stderr.contains("3 files of the public site in"), "{}", run.stderr);
    for file in ["actions/bermen/index.html", "embed/actions/bermen/index.html", "fragments/actions/bermen.html"] {
        assert!(run.stderr.contains(&format!("  - {file} (action `bermen`, now internal)")), "{file}:\n{}", run.stderr);
    }
    assert!(run.stderr.contains("They stay online until the errors above are fixed and the site is built again"), "{}", run.stderr);
    let nl = kapstok_env(root, &["build", "--root", "."], &[("KAPSTOK_LANG", "nl")]);
    assert!(nl.stderr.contains("  - actions/bermen/index.html (actie `bermen`, nu intern)"), "{}", nl.stderr);
    assert!(nl.stderr.contains("Ze blijven online tot de fouten hierboven opgelost zijn"), "{}", nl.stderr);
    let fr = kapstok_env(root, &["build", "--root", "."], &[("KAPSTOK_LANG", "fr")]);
    assert!(fr.stderr.contains("  - actions/bermen/index.html (action `bermen`, désormais interne)"), "{}", fr.stderr);
    // A content error (nothing is written at all) names them too.
    fs::write(root.join("content/actions/kapot.md"), "---\ntitle: Kapot\nstatus: wrong\n---\nx\n").unwrap();
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("  - actions/bermen/index.html (action `bermen`, now internal)"), "{}", run.stderr);
    // Once the errors are fixed, the build removes them.
    fs::remove_file(root.join("content/actions/kapot.md")).unwrap();
    fs::remove_file(root.join("content/claims/web.yaml")).unwrap();
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!root.join("output/public/actions/bermen").exists());
    assert!(!run.stderr.contains("still online"), "{}", run.stderr);
}
