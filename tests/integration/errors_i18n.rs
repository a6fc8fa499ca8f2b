//! Content errors in the reader's language (issue 21): one broken project
//! (`tests/fixtures/broken-i18n`, a dozen kinds of content error and a
//! content warning) checked in Dutch, French and English. The snapshots are
//! what a communication officer reads in each language; the other tests make
//! sure no message stays untranslated: every message line differs between
//! Dutch and English, French puts its no-break space before `:` `;` `?` `!`,
//! and every content error in the JSON names its catalogue message.

use std::collections::BTreeSet;

use crate::support::{Run, fixture, kapstok_env};

/// `kapstok check --root .` on the broken project, in `lang`.
fn check(lang: &str, args: &[&str]) -> Run {
    let mut all = vec!["check", "--root", "."];
    all.extend_from_slice(args);
    let run = kapstok_env(&fixture("broken-i18n"), &all, &[("KAPSTOK_LANG", lang)]);
    assert_eq!(run.code, 1, "the project has content errors; stderr:\n{}", run.stderr);
    run
}

/// The lines of stderr that say a message: each block's title, its labels
/// (the text after an underline) and its notes and hints. The positions,
/// the quoted source and the closing summary are left out.
fn message_lines(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("error[") || trimmed.starts_with("warning[") {
            out.push(trimmed.to_owned());
        } else if let Some(rest) = trimmed.strip_prefix("= ") {
            out.push(rest.to_owned());
        } else if let Some((_, label)) = line.split_once("| ").filter(|(_, l)| l.trim_start().starts_with('^')) {
            let text = label.trim_start().trim_start_matches('^').trim();
            if !text.is_empty() {
                out.push(text.to_owned());
            }
        }
    }
    out
}

#[test]
fn broken_project_in_dutch() {
    insta::assert_snapshot!("broken_i18n_nl", check("nl", &[]).stderr);
}

#[test]
fn broken_project_in_french() {
    insta::assert_snapshot!("broken_i18n_fr", check("fr", &[]).stderr);
}

#[test]
fn broken_project_in_english() {
    insta::assert_snapshot!("broken_i18n_en", check("en", &[]).stderr);
}

/// The project's own `language: nl` decides when nothing overrides it.
#[test]
fn the_project_language_decides_without_an_override() {
    assert_eq!(check("", &[]).stderr, check("nl", &[]).stderr);
}

#[test]
fn no_message_stays_in_english() {
    let nl = message_lines(&check("nl", &[]).stderr);
    let fr = message_lines(&check("fr", &[]).stderr);
    let en = message_lines(&check("en", &[]).stderr);
    assert!(en.len() >= 25, "too few message lines: {en:#?}");
    assert_eq!(nl.len(), en.len(), "nl:\n{nl:#?}\nen:\n{en:#?}");
    assert_eq!(fr.len(), en.len(), "fr:\n{fr:#?}\nen:\n{en:#?}");
    for ((n, f), e) in nl.iter().zip(&fr).zip(&en) {
        assert_ne!(n, e, "the same in Dutch and English");
        assert_ne!(f, e, "the same in French and English");
    }
    // French typography: a no-break space (not a space) before `:` `;` `?` `!`.
    for line in &fr {
        for mark in [" :", " ;", " ?", " !"] {
            assert!(!line.contains(mark), "a plain space before `{}` in: {line}", mark.trim());
        }
    }
}

#[test]
fn every_content_error_names_its_message_in_json() {
    for lang in ["nl", "fr", "en"] {
        let run = check(lang, &["--format", "json"]);
        let json = run.json();
        let diags = json.as_array().unwrap_or_else(|| panic!("a list of diagnostics: {json}"));
        let mut kinds = BTreeSet::new();
        for d in diags {
            assert_eq!(d["rule"], "content-error", "{d}");
            let id = d["message_id"].as_str().unwrap_or_else(|| panic!("{lang}: no message_id: {d}"));
            assert!(id.starts_with("err-"), "{lang}: {id}");
            kinds.insert(d["kind"].as_str().expect("a kind").to_owned());
        }
        assert!(kinds.len() >= 12, "{lang}: only {kinds:?}");
    }
}
