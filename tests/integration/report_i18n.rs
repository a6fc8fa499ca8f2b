//! The intranet check report speaks the site's language from end to end:
//! every finding's message and hint is a message of the catalogue, so the
//! same project built in Dutch, French and English shows a different text
//! in every cell (an English text left in code would be the same in all
//! three). And a finding about a claim shows the claim, its term marked,
//! and what its evidence shows.

use std::fs;
use std::path::Path;

use scraper::{Html, Selector};

use crate::support::{copy_dir, fixture, kapstok, repo_root};

/// `project` copied with `language: LANG` and built; the report's texts of
/// `selector`, in page order.
fn report_texts(project: &Path, lang: &str, selector: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&project.join("content"), &tmp.path().join("content"));
    let site = tmp.path().join("content/site.yaml");
    let text = fs::read_to_string(&site).expect("site.yaml");
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("language:")).collect();
    fs::write(&site, format!("language: {lang}\n{}\n", kept.join("\n"))).expect("write site.yaml");
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--output", "out"]);
    assert!(run.code <= 1, "{}", run.stderr);
    let page = fs::read_to_string(tmp.path().join("out/intranet/checks/index.html")).expect("the check report");
    let doc = Html::parse_document(&page);
    let sel = Selector::parse(selector).expect("a selector");
    // Spaces folded, but the no-break spaces of French typography kept.
    let fold = |t: String| t.split(|c: char| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    doc.select(&sel).map(|e| fold(e.text().collect())).collect()
}

/// In each language the same number of texts, and no text the same as in English.
fn every_text_translated(project: &Path, selector: &str) -> usize {
    let en = report_texts(project, "en", selector);
    for lang in ["nl", "fr"] {
        let other = report_texts(project, lang, selector);
        assert_eq!(other.len(), en.len(), "{lang}: {other:#?}");
        let same: Vec<_> = other.iter().zip(&en).filter(|(a, b)| a == b).map(|(a, _)| a).collect();
        assert!(same.is_empty(), "{lang}: English left on the check report: {same:#?}");
    }
    en.len()
}

#[test]
fn the_examples_report_has_no_english_left_in_dutch_or_french() {
    let n = every_text_translated(&repo_root(), ".finding-message, .finding-help");
    assert!(n > 0, "the example has findings");
}

#[test]
fn a_report_with_every_kind_of_claim_finding_has_no_english_left() {
    let n = every_text_translated(&fixture("checks-claims"), ".finding-message, .finding-help");
    assert!(n > 50, "{n} texts");
}

#[test]
fn a_claim_finding_shows_the_claim_with_its_term_marked_and_its_evidence() {
    let marked = report_texts(&fixture("checks-claims"), "nl", ".finding-claim mark");
    assert!(marked.iter().any(|m| m == "klimaatneutraal"), "{marked:?}");
    let evidence = report_texts(&fixture("checks-claims"), "nl", "ul.evidence li");
    // An action with its status and its latest measurement and date.
    assert!(evidence.iter().any(|e| e.contains("(afgerond)") && e.contains("(2024-05-01)")), "{evidence:#?}");
    let fix = report_texts(&fixture("checks-claims"), "fr", ".finding-fix .muted");
    assert!(fix.iter().all(|f| f == "Que faire\u{a0}:"), "{fix:?}");
}

#[test]
fn a_figure_on_a_dutch_page_has_a_decimal_comma() {
    // The gender gap of the fourth set measured 3.1 (an intranet action).
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture("claims-fourth").join("content"), &tmp.path().join("content"));
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--output", "out"]);
    assert!(run.code <= 1, "{}", run.stderr);
    let page = fs::read_to_string(tmp.path().join("out/intranet/actions/genderbalans/index.html")).expect("page");
    assert!(page.contains(">3,1<") && !page.contains(">3.1<"), "no 3,1 in the table");
}
