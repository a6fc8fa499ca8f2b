//! Findings in the reader's language (issue 21): the same two check fixtures
//! (`checks-claims`: every claim rule; `checks-plan`: the action, team,
//! session and topic rules) as `kapstok check` prints them in Dutch, French
//! and English, and a catalogue id for every finding, said differently in
//! each language. The summary line at the end is the command's, not a
//! finding's.

use serde_json::Value;

use crate::support::*;

const FIXTURES: [&str; 2] = ["checks-claims", "checks-plan"];

/// `kapstok check` on a check fixture in `lang`: its stderr.
fn check_in(name: &str, lang: &str) -> String {
    let run = kapstok_env(&fixture(name), &["check", "--root", "."], &[("KAPSTOK_LANG", lang)]);
    assert_eq!(run.code, 1, "{name} ({lang}): every check fixture has errors; stderr:\n{}", run.stderr);
    run.stderr
}

/// `kapstok check --format json` on a check fixture in `lang`.
fn json_in(name: &str, lang: &str) -> Vec<Value> {
    let run = kapstok_env(&fixture(name), &["check", "--root", ".", "--format", "json"], &[("KAPSTOK_LANG", lang)]);
    assert_eq!(run.code, 1, "{name} ({lang}): stderr:\n{}", run.stderr);
    run.json().as_array().expect("a JSON array").clone()
}

macro_rules! terminal_snapshots {
    ($($test:ident => ($fixture:literal, $lang:literal)),* $(,)?) => {$(
        #[test]
        fn $test() {
            insta::assert_snapshot!(stringify!($test), check_in($fixture, $lang));
        }
    )*};
}

terminal_snapshots! {
    check_claims_nl => ("checks-claims", "nl"),
    check_claims_fr => ("checks-claims", "fr"),
    check_claims_en => ("checks-claims", "en"),
    check_plan_nl => ("checks-plan", "nl"),
    check_plan_fr => ("checks-plan", "fr"),
    check_plan_en => ("checks-plan", "en"),
}

fn text<'a>(f: &'a Value, key: &str) -> &'a str {
    f[key].as_str().unwrap_or_else(|| panic!("no text `{key}` in {f}"))
}

/// Every finding names its catalogue message (`find-…`), the same in every
/// language, and says it (and its hint) in the language asked for: the Dutch
/// and the French text differ from the English one.
#[test]
fn every_finding_has_a_message_id_and_is_said_in_the_language_asked_for() {
    for name in FIXTURES {
        let en = json_in(name, "en");
        assert!(en.len() > 10, "{name}: {} findings", en.len());
        for lang in ["nl", "fr"] {
            let other = json_in(name, lang);
            assert_eq!(other.len(), en.len(), "{name} ({lang}): another number of findings");
            // The order does not depend on the language.
            for (e, o) in en.iter().zip(&other) {
                let place =
                    |f: &Value| (f["rule"].clone(), f["subject"].clone(), f["file"].clone(), f["line"].clone(), f["column"].clone());
                assert_eq!(place(e), place(o), "{name} ({lang}): the findings are in another order");
                let id = text(e, "message_id");
                assert!(id.starts_with("find-"), "{name}: {} has the message id {id}", text(e, "rule"));
                assert_eq!(text(o, "message_id"), id, "{name} ({lang}): the message id follows the language");
                assert_ne!(text(o, "message"), text(e, "message"), "{name} ({lang}): `{id}` is not translated");
                if let Some(help) = e["help"].as_str() {
                    assert_ne!(text(o, "help"), help, "{name} ({lang}): the hint of `{id}` is not translated");
                }
            }
        }
    }
}
