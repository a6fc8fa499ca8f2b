//! Round 24 (N4 and a side finding): confidential sentences copied without
//! their minutes label or their first or last words, and a name across two
//! Markdown blocks. Each test copies the example project, appends a text to
//! a public page or action, and asserts what `check` reports (rule, file,
//! line) and that `build` refuses the public site; and that a decision said
//! again in public words stays free.

use std::fs;
use std::path::Path;

use crate::support::{copy_dir, kapstok, repo_root};

/// The example project with `text` appended to `content/<rel>`.
fn example_with(rel: &str, text: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo_root().join("content"), &tmp.path().join("content"));
    let path = tmp.path().join("content").join(rel);
    let mut body = fs::read_to_string(&path).unwrap();
    body.push('\n');
    body.push_str(text);
    body.push('\n');
    fs::write(&path, body).unwrap();
    tmp
}

/// The privacy findings of `check --format json`: (rule, file, line).
fn privacy_findings(root: &Path) -> Vec<(String, String, u64)> {
    let run = kapstok(root, &["check", "--root", ".", "--format", "json"]);
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("public-")))
        .map(|f| (f["rule"].as_str().unwrap().to_owned(), f["file"].as_str().unwrap_or("").to_owned(), f["line"].as_u64().unwrap_or(0)))
        .collect()
}

/// The line of the first line of `content/<rel>` that contains `needle`.
fn line_of(root: &Path, rel: &str, needle: &str) -> u64 {
    let text = fs::read_to_string(root.join("content").join(rel)).unwrap();
    1 + text.lines().position(|l| l.contains(needle)).expect("the line") as u64
}

fn assert_blocked(root: &Path) {
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    assert!(!root.join("output/public/index.html").exists());
}

const PAGE: &str = "pages/waarom.md";
const ACTION: &str = "actions/bermbeheer.md";

/// Red-team round 24, attacks 10, 11, 67, 68 and 70: a session summary's
/// sentence without its label (`Aandachtspunt uit de groep:`, `Afspraak:`,
/// `Grootste discussie:`) or without its last words, and an internal quote
/// with one word left out, each reported at its line.
#[test]
fn confidential_sentences_without_their_label_or_their_end_are_found() {
    for (rel, text) in [
        (ACTION, "De werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur."),
        (PAGE, "Als nieuwe schepen kreeg ik zo in een paar maanden een beeld van de organisatie, zegt een betrokkene."),
        (
            PAGE,
            "De werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur en vallen niet in de strooiperiode.",
        ),
        (PAGE, "De aankoopverantwoordelijke vraagt het hernieuwingsattest op."),
        (PAGE, "Mogen we het Fairtrade-statuut naar buiten brengen zonder het attest erbij?"),
    ] {
        let tmp = example_with(rel, text);
        let file = format!("content/{rel}");
        let line = line_of(tmp.path(), rel, &text[..20]);
        assert_eq!(privacy_findings(tmp.path()), [("public-internal-text".to_owned(), file, line)], "{text}");
        assert_blocked(tmp.path());
    }
}

/// What the whole-sentence rule keeps free stays free: a summary's decision
/// said again after a subject of its own, a summary's sentence whose start
/// public text goes on differently, and a short phrase of a summary.
#[test]
fn a_decision_said_again_in_public_words_is_no_hit() {
    for text in [
        "Ons team verzamelt tegen half november het meerjarenplan, de beleidsnota's en de dienstplannen voor de inventaris.",
        "De deelauto blijft voorlopig in het plan, al twijfelt de financiële dienst nog sterk aan de kostprijs.",
        "Tegen half november verzamelen we de dienstplannen voor de inventaris.",
    ] {
        let tmp = example_with(PAGE, text);
        assert_eq!(privacy_findings(tmp.path()), [], "{text}");
    }
}

/// Red-team round 24, attacks 01 and 02: a name across a heading and the
/// next paragraph, or across two paragraphs, is found by `check` at the
/// second block (as `build` finds it in the page), and `build` refuses.
#[test]
fn a_name_across_two_blocks_is_reported_by_check() {
    for (rel, text, second) in [
        (PAGE, "## Vragen? Contacteer Sofie\n\nVandermeulen van de Milieudienst helpt u graag verder.", "Vandermeulen van de"),
        (ACTION, "Vragen over deze actie? Mail Sofie\n\nVandermeulen, Milieudienst, bundelt alle vragen.", "Vandermeulen, Milieu"),
    ] {
        let tmp = example_with(rel, text);
        let line = line_of(tmp.path(), rel, second);
        assert_eq!(privacy_findings(tmp.path()), [("public-personal-name".to_owned(), format!("content/{rel}"), line)], "{text}");
        assert_blocked(tmp.path());
    }
    // Two blocks whose words meet without a name: no hit.
    let tmp = example_with(PAGE, "## Contacteer Sofie\n\nPeeters en co helpen u verder.");
    assert_eq!(privacy_findings(tmp.path()), []);
}
