//! Accessibility and print pages in the built HTML: the public accessibility
//! statement and its footer link, the two report pages and the privacy
//! boundary between them, the Markdown accessibility findings next to their
//! page on the check report, and the action-list filters that work without
//! JavaScript. (The browser suite in `scripts/browser/` runs axe-core, the
//! phone layout, the keyboard and print in Chromium.)

use std::fs;
use std::path::Path;

use scraper::{Html, Selector};

use crate::support::{built_example, copy_to_temp, fixture, kapstok};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn read(path: &Path) -> Html {
    Html::parse_document(&fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn text(doc: &Html, s: &str) -> Vec<String> {
    doc.select(&sel(s)).map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

fn html_files(site: &Path) -> Vec<String> {
    walkdir::WalkDir::new(site)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.path().strip_prefix(site).unwrap().to_string_lossy().replace('\\', "/"))
        .collect()
}

#[test]
fn the_accessibility_statement_follows_the_eu_model_and_every_public_footer_links_to_it() {
    let tmp = built_example();
    let public = tmp.path().join("out/public");
    let doc = read(&public.join("accessibility/index.html"));
    assert_eq!(text(&doc, "h1"), ["Toegankelijkheidsverklaring"]);
    // The sections of the EU model statement (Implementing Decision (EU) 2018/1523), in order.
    assert_eq!(
        text(&doc, "main h2"),
        [
            "Nalevingsstatus",
            "Niet-toegankelijke inhoud",
            "Opstelling van deze toegankelijkheidsverklaring",
            "Feedback en contactgegevens",
            "Handhavingsprocedure"
        ]
    );
    let body = text(&doc, "main").join(" ");
    for want in [
        "Gemeente Lindebeek wil Duurzaam Lindebeek toegankelijk maken",
        "Richtlijn (EU) 2016/2102",
        "https://www.lindebeek.be/duurzaamheid/",
        "gedeeltelijk conform",
        "WCAG) 2.1 niveau AA",
        "Verslagen van de gemeenteraad in PDF van voor 2025 zijn niet volledig toegankelijk.",
        "De voortgangsgrafieken hebben nog geen uitgebreide tekstuele beschrijving.",
        "opgesteld op 2025-10-20",
        "zelfbeoordeling door Gemeente Lindebeek",
    ] {
        assert!(body.contains(want), "the statement lacks {want:?}:\n{body}");
    }
    let hrefs: Vec<&str> = doc.select(&sel("main a[href]")).map(|a| a.value().attr("href").unwrap()).collect();
    assert_eq!(hrefs, ["mailto:toegankelijkheid@lindebeek.be", "https://www.vlaanderen.be/klachtenmanagement"]);

    // Every public page's footer links to it (relatively: it resolves from every depth).
    // Not yet `data/index.html`: src/render/extra/page.rs writes that page's frame
    // itself, without the theme's footer.
    let footer_link = sel("footer a[href$='accessibility/index.html']");
    let files = html_files(&public);
    assert!(files.len() > 30);
    // The embeds and fragments have no frame, by design (tests/integration/embed.rs).
    for rel in files.iter().filter(|f| *f != "data/index.html" && !f.starts_with("embed/") && !f.starts_with("fragments/")) {
        let doc = read(&public.join(rel));
        let links: Vec<&str> = doc.select(&footer_link).map(|a| a.value().attr("href").unwrap()).collect();
        assert_eq!(links.len(), 1, "{rel}: {links:?}");
        if rel != "404.html" {
            let target = public.join(rel).parent().unwrap().join(links[0]);
            assert!(target.is_file(), "{rel}: {} points to nothing", links[0]);
        }
    }
    // The intranet has no statement of its own (the keys describe the public site).
    let intranet = tmp.path().join("out/intranet");
    assert!(!intranet.join("accessibility").exists());
    assert!(!fs::read_to_string(intranet.join("index.html")).unwrap().contains("accessibility/index.html"));
}

#[test]
fn without_accessibility_keys_there_is_no_statement_and_no_footer_link() {
    let tmp = copy_to_temp(&fixture("minimal"));
    let run = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = tmp.path().join("output/public");
    assert!(!public.join("accessibility").exists());
    assert!(!fs::read_to_string(public.join("index.html")).unwrap().contains("accessibility/"));
    // The report is linked from every footer all the same.
    assert!(fs::read_to_string(public.join("index.html")).unwrap().contains("href=\"report/index.html\""));
}

#[test]
fn the_eindrapport_is_intranet_only_and_the_public_report_names_nobody() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    let run = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = tmp.path().join("output");
    let intranet = read(&out.join("intranet/report/index.html"));
    assert_eq!(text(&intranet, "h1"), ["Eindrapport: MVO-traject Oostmolen"]);
    assert_eq!(
        text(&intranet, "main section > h2"),
        ["1. Traject", "2. Kopgroep en mandaat", "3. Lokale foto", "4. Actieplan", "5. Evaluatie", "6. Bevindingen"]
    );
    let all = text(&intranet, "main").join(" ");
    for want in ["Wolfram Quistenbergh", "CBS 2031/QX-7731", "Zilverreigers tellen aan de Blauwvijver", "Fietsbeugels aan het gemeentehuis"]
    {
        assert!(all.contains(want), "the eindrapport lacks {want:?}");
    }
    // Every action of the intranet is a row with its indicator.
    let rows = text(&intranet, "table.report-actions tbody th");
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(text(&intranet, "table.report-actions tbody td").iter().any(|c| c.contains("Fietsbeugels") && c.contains("doel 50 beugels")));

    let public = read(&out.join("public/report/index.html"));
    assert_eq!(text(&public, "h1"), ["Voortgangsrapport"]);
    let rows = text(&public, "table.report-actions tbody th");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| r.starts_with("Fietsbeugels") || r.starts_with("Zonneboiler")), "{rows:?}");
    let all = fs::read_to_string(out.join("public/report/index.html")).unwrap();
    for name in ["Wolfram", "Quistenbergh", "Ottoline", "Barnabas", "Philomena", "Zilverreigers", "Kwabbeldonk"] {
        assert!(!all.contains(name), "the public report shows {name}");
    }
    // Both are linked from every footer of their own site.
    for site in ["intranet", "public"] {
        let page = fs::read_to_string(out.join(site).join("actions/index.html")).unwrap();
        assert!(page.contains("<a href=\"../report/index.html\">"), "{site}");
    }
}

#[test]
fn markdown_accessibility_findings_stand_next_to_their_page_on_the_check_report() {
    let tmp = copy_to_temp(&fixture("a11y-markdown"));
    let run = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = read(&tmp.path().join("output/intranet/checks/index.html"));
    let item = sel("ul.page-findings > li");
    let pages: Vec<(String, Option<String>, Vec<String>)> = doc
        .select(&item)
        .map(|li| {
            let h3 = li.select(&sel("h3")).next().unwrap();
            let href = h3.select(&sel("a")).next().map(|a| a.value().attr("href").unwrap().to_owned());
            let rules = li.select(&sel("li code.rule")).map(|c| c.text().collect()).collect();
            (h3.text().collect(), href, rules)
        })
        .collect();
    let expect = |title: &str, href: Option<&str>, rules: &[&str]| {
        let found = pages.iter().find(|(t, _, _)| t == title).unwrap_or_else(|| panic!("no {title:?} in {pages:#?}"));
        assert_eq!(found.1.as_deref(), href, "{title}");
        assert_eq!(found.2, rules, "{title}");
    };
    expect("Zonnepanelen op de sporthal", Some("../actions/zonnepanelen/index.html"), &["markdown-image-alt", "markdown-heading-skip"]);
    expect("Fietsroute langs het kanaal", Some("../inventory/index.html#inv-fietsroute"), &["markdown-heading-skip", "markdown-link-text"]);
    expect("Hoe de kopgroep werkt", Some("../werkwijze/index.html"), &["markdown-link-text"]);
    // A page only on the public site: named, not linked (the intranet does not have it).
    expect("Uitleg voor inwoners", None, &["markdown-heading-skip"]);
    expect("Sessie 1: Kennismaking", Some("../sessions/index.html"), &["markdown-heading-skip"]);
    assert_eq!(pages.len(), 5);
    // The locations are given.
    let all = text(&doc, "ul.page-findings").join(" ");
    assert!(all.contains("content/actions/zonnepanelen.md:14"), "{all}");

    // The example has one: a skipped heading level on an intranet page.
    let tmp = built_example();
    let doc = read(&tmp.path().join("out/intranet/checks/index.html"));
    assert_eq!(text(&doc, "ul.page-findings h3"), ["Zo werkt de kopgroep"]);
    assert!(text(&doc, "ul.page-findings").join(" ").contains("content/pages/werkwijze.md:"));
    // Without any, the report says so.
    let tmp = copy_to_temp(&fixture("minimal"));
    assert_eq!(kapstok(tmp.path(), &["build", "--root", "."]).code, 0);
    let doc = read(&tmp.path().join("output/intranet/checks/index.html"));
    assert_eq!(doc.select(&item).count(), 0);
    assert!(text(&doc, "main").join(" ").contains("Geen bevindingen: elke afbeelding heeft een alternatieve tekst"));
}

#[test]
fn the_action_list_filters_work_without_javascript() {
    let tmp = built_example();
    for (site, owners) in [("intranet", true), ("public", false)] {
        let path = tmp.path().join("out").join(site).join("actions/index.html");
        let html = fs::read_to_string(&path).unwrap();
        let doc = Html::parse_document(&html);
        // The complete list is in the page; the form is hidden until the script shows it.
        let rows: Vec<Vec<String>> = doc
            .select(&sel("table.actions tbody tr"))
            .map(|tr| tr.value().attr("data-f").unwrap().split(' ').map(str::to_owned).collect())
            .collect();
        assert!(rows.len() >= 10, "{site}: {} rows", rows.len());
        assert!(doc.select(&sel("form#filters[hidden]")).next().is_some(), "{site}");
        assert_eq!(rows.iter().any(|keys| keys.iter().any(|k| k.starts_with("owner-"))), owners, "{site}: owner keys");
        assert!(rows.iter().all(|keys| keys[0].starts_with("status-")), "{site}");
        // Each filter link: a message to target, a CSS rule that hides the other rows, the right count.
        let links = doc.select(&sel("#filter-links a[href^='#f-']")).collect::<Vec<_>>();
        assert!(links.len() > 15, "{site}: {} filter links", links.len());
        let css = doc.select(&sel("head style")).next().expect("the filter rules").text().collect::<String>();
        for a in links {
            let key = &a.value().attr("href").unwrap()[3..];
            assert!(key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{site}: key {key}");
            let n: usize = a.text().collect::<String>().rsplit('(').next().unwrap().trim_end_matches(')').parse().unwrap();
            assert_eq!(n, rows.iter().filter(|keys| keys.iter().any(|k| k == key)).count(), "{site}: count of {key}");
            assert_eq!(doc.select(&sel(&format!("p.f-msg#f-{key}"))).count(), 1, "{site}: message for {key}");
            let rule = format!("html:not(.js) #f-{key}:target ~ .scroll tbody tr:not([data-f~=\"{key}\"])");
            assert!(css.contains(&rule), "{site}: no rule {rule}");
        }
    }
}
