//! `kapstok build`: the privacy boundary, the three outcomes, refused output
//! folders, foreign files, determinism, links and HTML structure. Every test
//! copies its fixture to a temporary folder first.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::support::{copy_dir, copy_to_temp, fixture, kapstok, repo_root};

const TODAY: &str = "2025-06-01";

/// Every marker of internal content in `build-privacy`.
const MARKERS: &[&str] = &[
    "Wolfram Quistenbergh",
    "Ottoline Vaneyckhoutte",
    "Barnabas Zwijsenkamp",
    "Philomena Craeybeckx",
    "parkeermeters van Kwabbeldonk",
    "Zilverreigers tellen aan de Blauwvijver",
    "eigenaar van het Grimbergenbos",
    "Kraanwagen Sluipvos",
    "Knekelhuis",
    "Pluimdienst",
    "sessies van Pimpelmees",
    "dossier Mottenvanger",
    "QX-7731",
    "Zandloperoperatie",
    "Knorrepotcommissie",
    "ijsjes voor elke fietser",
    "Ratelslangproject",
    "Nachtuil",
    "Uilenwerkgroep",
];

fn build(root: &Path, extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["build", "--root", ".", "--today", TODAY];
    args.extend_from_slice(extra);
    kapstok(root, &args)
}

/// path -> bytes (None for a folder) of everything under `dir`.
fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    for e in walkdir::WalkDir::new(dir).min_depth(1) {
        let e = e.expect("walk");
        let rel = e.path().strip_prefix(dir).expect("prefix").to_string_lossy().replace('\\', "/");
        out.insert(rel, if e.file_type().is_file() { Some(fs::read(e.path()).expect("read")) } else { None });
    }
    out
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(dir).into_iter().filter_map(|(p, b)| b.map(|b| (p, b))).collect()
}

fn privacy_project() -> tempfile::TempDir {
    copy_to_temp(&fixture("build-privacy"))
}

fn ok_build(root: &Path) {
    let run = build(root, &[]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
}

/// Write one template of a theme `custom` into the project (used once
/// `site.yaml` says `theme: custom`).
fn custom_template(root: &Path, rel: &str, text: &str) {
    let path = root.join("themes/custom/templates").join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Put `with` in the project's `site.yaml` in place of `language: nl`.
fn edit_site(root: &Path, with: &str) {
    let site = root.join("content/site.yaml");
    let yaml = fs::read_to_string(&site).unwrap();
    assert!(yaml.contains("language: nl\n"), "{yaml}");
    fs::write(&site, yaml.replace("language: nl", with)).unwrap();
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

#[test]
fn privacy_boundary_no_marker_reaches_the_public_site() {
    let tmp = privacy_project();
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    assert!(last_line(&run.stderr).starts_with("ok"), "{}", run.stderr);
    let public = files(&tmp.path().join("output/public"));
    assert!(public.iter().any(|(p, _)| p == "index.html"));
    for (path, bytes) in &public {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for m in MARKERS {
            let m = m.to_lowercase();
            assert!(!text.contains(&m) && !folded.contains(&m), "public/{path} contains internal marker `{m}`");
        }
        assert!(!path.starts_with("checks"), "the check report is on the public site: {path}");
        for rule in ["topic-blind-spot", "raw-html-removed", "action-without-follow-up"] {
            assert!(!text.contains(rule), "public/{path} shows finding {rule}");
        }
    }
    let intranet: String =
        files(&tmp.path().join("output/intranet")).iter().map(|(_, b)| String::from_utf8_lossy(b).into_owned()).collect();
    for m in MARKERS {
        assert!(intranet.contains(m), "the intranet lacks `{m}`");
    }
    let action = fs::read_to_string(tmp.path().join("output/intranet/actions/fietsbeugels/index.html")).unwrap();
    assert!(action.contains("Wolfram Quistenbergh") && action.contains("Ottoline Vaneyckhoutte"));
    assert!(action.contains("parkeermeters van Kwabbeldonk"));
    assert!(tmp.path().join("output/intranet/checks/index.html").is_file());
}

#[test]
fn a_leaked_name_blocks_and_keeps_the_public_site() {
    let tmp = privacy_project();
    ok_build(tmp.path());
    let public = snapshot(&tmp.path().join("output/public"));
    let intranet = snapshot(&tmp.path().join("output/intranet"));
    fs::write(tmp.path().join("content/pages/x.md"), "---\ntitle: X\naudience: public\n---\nGesprek met Wolfram Quistenbergh.\n").unwrap();
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    assert!(run.stderr.contains("public/x/index.html"), "the output file is not named:\n{}", run.stderr);
    assert!(public == snapshot(&tmp.path().join("output/public")), "the public site changed");
    assert!(intranet != snapshot(&tmp.path().join("output/intranet")), "the intranet was not replaced");
}

#[test]
fn an_error_finding_blocks_publishing() {
    let tmp = privacy_project();
    ok_build(tmp.path());
    let public = snapshot(&tmp.path().join("output/public"));
    let claims = tmp.path().join("content/claims/claims.yaml");
    let mut text = fs::read_to_string(&claims).unwrap();
    text.push_str("- id: zonder-bewijs\n  text: Tegen 2030 planten we 500 bomen.\n  kind: commitment\n  visibility: public\n");
    fs::write(&claims, text).unwrap();
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(last_line(&run.stderr).starts_with("blocked"), "{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"));
    assert!(public == snapshot(&tmp.path().join("output/public")), "the public site changed");
    let report = fs::read_to_string(tmp.path().join("output/intranet/checks/index.html")).unwrap();
    assert!(report.contains("claim-without-action"));
    // What no rule decides, for the reader (content-format's site language: nl).
    assert!(report.contains("<h2 id=\"review\">Nalezen voor publicatie</h2>"), "{report}");
    for question in ["Verborgen afwegingen", "Onafhankelijke controle", "Wettelijke plichten als verdienste", "Beelden en kleuren"] {
        assert!(report.contains(question), "the review list lacks {question:?}");
    }
}

#[test]
fn a_content_error_changes_nothing() {
    let tmp = privacy_project();
    fs::write(tmp.path().join("content/pages/kapot.md"), "---\ntitle: Kapot\nkleur: rood\n---\nTekst.\n").unwrap();
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1);
    assert!(last_line(&run.stderr).starts_with("failed"), "{}", run.stderr);
    assert!(!tmp.path().join("output").exists(), "output/ was created by a failed build");
    fs::remove_file(tmp.path().join("content/pages/kapot.md")).unwrap();
    ok_build(tmp.path());
    let before = snapshot(&tmp.path().join("output"));
    fs::write(tmp.path().join("content/pages/kapot.md"), "---\ntitle: Kapot\nkleur: rood\n---\nTekst.\n").unwrap();
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1);
    assert!(last_line(&run.stderr).starts_with("failed"), "{}", run.stderr);
    assert!(before == snapshot(&tmp.path().join("output")), "a failed build changed output/");
}

#[test]
fn refused_output_folders_exit_2_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("proj");
    copy_dir(&fixture("build-privacy"), &root);
    fs::create_dir_all(root.join("themes/x")).unwrap();
    let before = snapshot(tmp.path());
    for out in [".", "content", "content/x", "themes/x", ".."] {
        let run = build(&root, &["--output", out]);
        assert_eq!(run.code, 2, "--output {out}: {}", run.stderr);
        assert!(before == snapshot(tmp.path()), "--output {out} wrote something");
    }
    // `/` with a broken project, so nothing could be written even if the refusal failed.
    fs::write(root.join("content/pages/kapot.md"), "---\nkleur: rood\n---\n").unwrap();
    let run = build(&root, &["--output", "/"]);
    assert_eq!(run.code, 2, "--output /: {}", run.stderr);
}

#[test]
fn foreign_files_survive_and_are_protected() {
    let tmp = privacy_project();
    ok_build(tmp.path());
    let public = tmp.path().join("output/public");
    let intranet = tmp.path().join("output/intranet");
    fs::write(public.join(".htaccess"), b"Deny from all\n").unwrap();
    fs::create_dir_all(intranet.join(".git")).unwrap();
    fs::write(intranet.join(".git/HEAD"), b"ref: refs/heads/main\n").unwrap();
    ok_build(tmp.path());
    assert_eq!(fs::read(public.join(".htaccess")).unwrap(), b"Deny from all\n");
    assert_eq!(fs::read(intranet.join(".git/HEAD")).unwrap(), b"ref: refs/heads/main\n");
    for (site, foreign) in [(&public, ".htaccess"), (&intranet, ".git/HEAD")] {
        let manifest = fs::read_to_string(site.join(".kapstok-manifest")).unwrap();
        let listed: Vec<&str> = manifest.lines().collect();
        assert!(!listed.contains(&foreign));
        let on_disk: Vec<String> = files(site).into_iter().map(|(p, _)| p).filter(|p| p != ".kapstok-manifest" && p != foreign).collect();
        assert_eq!(listed, on_disk, "the manifest lists exactly kapstok's files");
    }
    // index.html no longer in the manifest: it is foreign, and kapstok wants to write it.
    let manifest = fs::read_to_string(public.join(".kapstok-manifest")).unwrap();
    let without: String = manifest.lines().filter(|l| *l != "index.html").map(|l| format!("{l}\n")).collect();
    fs::write(public.join(".kapstok-manifest"), without).unwrap();
    let before = snapshot(&tmp.path().join("output"));
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("index.html"), "{}", run.stderr);
    assert!(before == snapshot(&tmp.path().join("output")), "a stopped build changed output/");
}

#[test]
fn the_example_builds_byte_identically() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&repo_root().join("content"), &tmp.path().join("content"));
    for out in ["a", "b"] {
        let run = kapstok(tmp.path(), &["build", "--root", ".", "--output", out]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let a = snapshot(&tmp.path().join("a"));
    assert!(a.len() > 20);
    assert!(a == snapshot(&tmp.path().join("b")), "two builds differ");
    check_links(&tmp.path().join("a/public"), "https://www.lindebeek.be/duurzaamheid/", false);
    check_links(&tmp.path().join("a/intranet"), "https://intranet.lindebeek.be/mvo/", true);
    one_h1(&tmp.path().join("a"));
}

/// Relative links that resolve, robots meta on the intranet only, sitemap, 404.
fn check_links(site: &Path, base: &str, intranet: bool) {
    let base_path = &base[base.find("://").unwrap() + 3..];
    let base_path = &base_path[base_path.find('/').unwrap()..];
    let sel = scraper::Selector::parse("[href], [src]").unwrap();
    let robots = scraper::Selector::parse(r#"meta[name="robots"]"#).unwrap();
    for (path, bytes) in files(site) {
        if !path.ends_with(".html") {
            continue;
        }
        let doc = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        let noindex = doc.select(&robots).any(|m| m.value().attr("content").unwrap_or("").starts_with("noindex"));
        // An embed is a copy of a public page: search engines index the page.
        assert_eq!(noindex, intranet || path.starts_with("embed/"), "{path}: robots noindex");
        for el in doc.select(&sel) {
            let url = el.value().attr("href").or(el.value().attr("src")).unwrap();
            // `x`: the fixture's own `<img src=x>`, which the sanitiser keeps (without `onerror`).
            if url.starts_with('#') || url.starts_with("mailto:") || url == "x" {
                continue;
            }
            if url.starts_with("https://") || url.starts_with("http://") {
                assert!(el.value().name() == "a" || url.starts_with(base), "{path}: absolute URL {url}");
                continue;
            }
            let url = url.split(['#', '?']).next().unwrap();
            let resolved = if path == "404.html" {
                assert!(url.starts_with(base_path), "404.html: `{url}` does not start with {base_path}");
                url[base_path.len()..].to_owned()
            } else {
                assert!(!url.starts_with('/') && !url.contains(':'), "{path}: non-relative `{url}`");
                let mut parts: Vec<&str> = path.split('/').collect();
                parts.pop();
                for seg in url.split('/') {
                    match seg {
                        ".." => {
                            parts.pop();
                        }
                        "." | "" => {}
                        s => parts.push(s),
                    }
                }
                parts.join("/")
            };
            assert!(site.join(&resolved).is_file(), "{path}: `{url}` points to nothing ({resolved})");
        }
    }
    if !intranet {
        let sitemap = fs::read_to_string(site.join("sitemap.xml")).unwrap();
        let locs: Vec<&str> = sitemap.split("<loc>").skip(1).map(|s| s.split("</loc>").next().unwrap()).collect();
        assert!(!locs.is_empty());
        assert!(locs.iter().all(|l| l.starts_with(base)), "{locs:?}");
    }
}

fn one_h1(out: &Path) {
    let h1 = scraper::Selector::parse("h1").unwrap();
    for (path, bytes) in files(out) {
        // A fragment goes into a CMS page that has its own `h1`.
        if path.ends_with(".html") && !path.starts_with("public/fragments/") {
            let doc = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
            assert_eq!(doc.select(&h1).count(), 1, "{path}: h1 count");
        }
    }
}

#[test]
fn html_structure_of_the_privacy_fixture() {
    let tmp = privacy_project();
    ok_build(tmp.path());
    let out = tmp.path().join("output");
    one_h1(&out);
    check_links(&out.join("public"), "https://www.oostmolen.be/duurzaamheid/", false);
    check_links(&out.join("intranet"), "https://intranet.oostmolen.be/mvo/", true);
    let read = |p: &str| scraper::Html::parse_document(&fs::read_to_string(out.join(p)).unwrap());
    let html = scraper::Selector::parse("html").unwrap();
    for p in ["public/index.html", "intranet/index.html"] {
        assert_eq!(read(p).select(&html).next().unwrap().value().attr("lang"), Some("nl"), "{p}");
    }
    let action = fs::read_to_string(out.join("public/actions/fietsbeugels/index.html")).unwrap();
    assert!(action.contains("Milieudienst") && !action.contains("Quistenbergh"));
    let a = scraper::Selector::parse("main a[href]").unwrap();
    let links = |p: &str| read(p).select(&a).map(|e| e.value().attr("href").unwrap().to_owned()).collect::<Vec<_>>();
    let public = links("public/actions/index.html");
    let intranet = links("intranet/actions/index.html");
    for id in ["fietsbeugels", "zonneboiler"] {
        assert!(public.iter().any(|h| h.contains(id)), "public list lacks {id}: {public:?}");
    }
    for id in ["zilverreigers", "kraanwagen"] {
        assert!(!public.iter().any(|h| h.contains(id)), "public list shows internal {id}");
        assert!(intranet.iter().any(|h| h.contains(id)), "intranet list lacks {id}");
    }
    // The sanitiser on an internal body (a warning there).
    let page = fs::read_to_string(out.join("intranet/actions/zilverreigers/index.html")).unwrap();
    assert!(!page.contains("alert("), "raw HTML reached the intranet");
    let all = scraper::Selector::parse("*").unwrap();
    for el in read("intranet/actions/zilverreigers/index.html").select(&all) {
        assert!(el.value().attrs().all(|(k, _)| !k.starts_with("on")), "event handler on <{}>", el.value().name());
        if el.value().name() == "script" {
            assert!(el.value().attr("src").is_some(), "inline script");
        }
    }
}

#[test]
fn raw_html_in_public_markdown_blocks() {
    let tmp = privacy_project();
    fs::write(
        tmp.path().join("content/pages/raw.md"),
        "---\ntitle: Raw\naudience: public\n---\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n",
    )
    .unwrap();
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("raw-html-removed") && run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    assert!(!tmp.path().join("output/public").exists());
}

/// A theme that overrides a report template gets every key of the page in
/// one context.
#[test]
fn a_theme_overriding_the_report_gets_every_key() {
    let tmp = privacy_project();
    custom_template(
        tmp.path(),
        "intranet/report.html",
        "{% extends \"base.html\" %}{% block content %}<p>ACTIONS={{ actions | length }} ITEMS={{ by_item | length }} \
         OWNED={{ members.0.actions | length }}</p>{% include \"report_actions.html\" %}{% endblock content %}",
    );
    edit_site(tmp.path(), "theme: custom");
    ok_build(tmp.path());
    let page = fs::read_to_string(tmp.path().join("output/intranet/report/index.html")).unwrap();
    let actions = fs::read_dir(tmp.path().join("content/actions")).unwrap().count();
    assert!(page.contains(&format!("ACTIONS={actions} ")), "{page}");
    assert!(!page.contains("ITEMS=0 ") && !page.contains("OWNED=0<"), "{page}");
    assert_eq!(page.matches("<tr><th scope=\"row\"><a href=").count(), actions, "{page}");
}

/// A theme that overrides the inventory list gets every group with all its
/// items in one context.
#[test]
fn a_theme_overriding_the_inventory_list_gets_every_item() {
    let tmp = privacy_project();
    custom_template(
        tmp.path(),
        "inventory_list.html",
        "{% for g in groups %}<p>GROUP={{ g.key }} ITEMS={{ g.items | length }}</p>{% include \"inventory_items.html\" %}{% endfor %}",
    );
    ok_build(tmp.path());
    let built_in = fs::read_to_string(tmp.path().join("output/intranet/inventory/index.html")).unwrap();
    edit_site(tmp.path(), "theme: custom");
    ok_build(tmp.path());
    let page = fs::read_to_string(tmp.path().join("output/intranet/inventory/index.html")).unwrap();
    let counts: Vec<usize> = page.split("ITEMS=").skip(1).map(|s| s[..s.find('<').unwrap()].parse().unwrap()).collect();
    let items = built_in.matches("<li id=\"inv-").count();
    assert!(items > 1 && counts.iter().all(|&n| n > 0), "{page}");
    assert_eq!(counts.iter().sum::<usize>(), items, "{page}");
    assert_eq!(page.matches("<li id=\"inv-").count(), items, "{page}");
}

#[test]
fn a_theme_override_changes_the_page_and_a_missing_theme_fails() {
    let tmp = privacy_project();
    let site = tmp.path().join("content/site.yaml");
    let yaml = fs::read_to_string(&site).unwrap();
    custom_template(
        tmp.path(),
        "page.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ title }}</h1><p>EIGEN-THEMA-MARKER</p>{% endblock content %}",
    );
    fs::write(&site, yaml.replace("language: nl", "language: en\ntheme: custom")).unwrap();
    ok_build(tmp.path());
    let page = fs::read_to_string(tmp.path().join("output/public/over/index.html")).unwrap();
    assert!(page.contains("EIGEN-THEMA-MARKER"));
    assert!(page.contains("<html lang=\"en\""));
    fs::write(&site, yaml.replace("language: nl", "theme: missing")).unwrap();
    let before = snapshot(&tmp.path().join("output"));
    let run = build(tmp.path(), &[]);
    assert_eq!(run.code, 1);
    assert!(last_line(&run.stderr).starts_with("failed"), "{}", run.stderr);
    assert!(run.stderr.contains("themes/missing"), "{}", run.stderr);
    assert!(before == snapshot(&tmp.path().join("output")));
}

/// Issue 21: the intranet has a page per rule, in the site's language, and
/// every finding of the check report links to its rule's page.
#[test]
fn every_rule_has_an_intranet_page_and_the_report_links_to_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo_root().join("content"), &tmp.path().join("content"));
    // The example's own "today" (checks.today), as a user builds it.
    let run = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let intranet = tmp.path().join("output/intranet");
    for rule in kapstok::rules::RULES {
        let page = intranet.join(format!("checks/rules/{}/index.html", rule.id));
        assert!(page.is_file(), "no page for {}", rule.id);
    }
    let page = fs::read_to_string(intranet.join("checks/rules/claim-generic-term/index.html")).unwrap();
    // The example is Dutch: the rule's texts and the page's headings too.
    assert!(page.contains("een vage milieuterm die door geen cijfer wordt ingevuld"), "{page}");
    assert!(page.contains("Wat de regel nagaat, en waarom") && page.contains("Zo niet") && page.contains("Zo wel"), "{page}");
    // The yardstick and what to change.
    assert!(page.contains("Maatstaf") && page.contains("2024/825") && page.contains("Wat te doen"), "{page}");
    assert!(page.contains("href=\"../../../checks/index.html\""), "links back to the report: {page}");
    // A key quoted in backticks is shown as code, not with its backticks.
    let page = fs::read_to_string(intranet.join("checks/rules/claim-future-without-plan/index.html")).unwrap();
    assert!(page.contains("<code>due</code>") && !page.contains("`due`"), "{page}");
    let report = fs::read_to_string(intranet.join("checks/index.html")).unwrap();
    let found = report.matches("href=\"../checks/rules/").count();
    assert!(found > 0, "the report links no finding to its rule: {report}");
    // Nothing of it on the public site.
    assert!(!tmp.path().join("output/public/checks").exists());
}
