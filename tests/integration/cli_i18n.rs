//! What the commands themselves say (summaries, outcomes, usage errors)
//! follows `--lang`, then `KAPSTOK_LANG`, then the project's `language`, then
//! the environment's `LANG`: plurals and French typography included.

use crate::support::{copy_to_temp, fixture, kapstok_env};

/// Unset: the project's language decides.
const PROJECT: (&str, &str) = ("KAPSTOK_LANG", "");

#[test]
fn the_check_summary_is_in_the_projects_language_with_plurals() {
    // A Dutch project with one content error.
    let run = kapstok_env(&fixture("yaml-syntax"), &["check"], &[PROJECT]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let last = run.stderr.trim_end().lines().last().unwrap_or_default().to_owned();
    assert_eq!(
        last,
        "1 fout, 0 waarschuwingen: los eerst de fouten in de inhoud op (de uitspraken worden pas gecontroleerd als de inhoud klopt)"
    );
    // The code in brackets stays as it is in every language.
    assert!(run.stderr.contains("error[yaml-syntax]"), "{}", run.stderr);
    let run = kapstok_env(&fixture("many-errors"), &["check"], &[PROJECT]);
    assert!(run.stderr.contains(" fouten, "), "{}", run.stderr);
}

#[test]
fn the_build_outcome_follows_lang_with_french_typography() {
    let dir = copy_to_temp(&fixture("minimal"));
    let run = kapstok_env(dir.path(), &["build", "--lang", "fr"], &[PROJECT]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let last = run.stderr.trim_end().lines().last().unwrap_or_default().to_owned();
    // A no-break space before the colon and the semicolon.
    assert!(last.starts_with("ok\u{a0}: intranet (") && last.contains("output\u{a0}; ") && last.ends_with(" avertissements"), "{last}");
}

#[test]
fn a_usage_error_before_any_project_follows_the_environment() {
    let run = kapstok_env(&fixture("minimal"), &["check", "--root", "no-such-folder"], &[PROJECT, ("LANG", "nl_BE.UTF-8")]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("error: --root `no-such-folder` is geen map"), "{}", run.stderr);
    let run = kapstok_env(&fixture("minimal"), &["check", "--root", "no-such-folder"], &[PROJECT]);
    assert!(run.stderr.contains("error: --root `no-such-folder` is not a folder"), "{}", run.stderr);
}

#[test]
fn a_file_kapstok_will_not_overwrite_is_named_in_the_projects_language() {
    let dir = copy_to_temp(&fixture("minimal"));
    let run = kapstok_env(dir.path(), &["build"], &[PROJECT]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // index.html no longer listed as kapstok's own: a file someone else put there.
    let manifest = dir.path().join("output/public/.kapstok-manifest");
    let listed = std::fs::read_to_string(&manifest).expect("manifest");
    let kept: String = listed.lines().filter(|l| *l != "index.html").map(|l| format!("{l}\n")).collect();
    std::fs::write(&manifest, kept).expect("write");
    let run = kapstok_env(dir.path(), &["build"], &[PROJECT]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[io-error]: kapstok zou `") && run.stderr.contains("een bestand dat het zelf niet schreef"),
        "{}",
        run.stderr
    );
}
