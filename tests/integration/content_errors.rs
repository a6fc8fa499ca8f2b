//! Content errors (issue 3): every error kind of `spec/content-format.md`, run
//! through the real binary on a small fixture project under `tests/fixtures/`.
//!
//! Each fixture is a valid minimal project except for its one error. Runs use
//! the fixture (or a temporary copy) as the current folder and `--root .`, so
//! paths print as `content/...` and the snapshots do not depend on the machine.
//! Cases that need bytes, links or huge files build them in a temporary copy
//! of `tests/fixtures/minimal`.

use std::path::Path;

use serde_json::Value;

use crate::support::{Run, blocks, copy_dir, copy_to_temp, fixture, kapstok, kapstok_env, tree};

// ---------------------------------------------------------------- helpers

/// `kapstok check --root .` with `dir` as the current folder.
fn check_in(dir: &Path) -> Run {
    kapstok(dir, &["check", "--root", "."])
}

/// `kapstok check --root .` in a fixture.
fn check(case: &str) -> Run {
    check_in(&fixture(case))
}

/// `kapstok check --root . --format json` with `dir` as the current folder.
fn check_json_in(dir: &Path) -> (Run, Vec<Value>) {
    let run = kapstok(dir, &["check", "--root", ".", "--format", "json"]);
    let findings = run.json().as_array().unwrap_or_else(|| panic!("not a JSON array:\n{}", run.stdout)).clone();
    (run, findings)
}

/// The block titled `SEVERITY[KIND]` that points at `loc` (`file:line:col`).
fn block_at(run: &Run, severity: &str, kind: &str, loc: &str) -> String {
    let title = format!("{severity}[{kind}]: ");
    let arrow = format!("--> {loc}\n");
    blocks(&run.stderr)
        .into_iter()
        .find(|b| b.starts_with(&title) && b.contains(&arrow))
        .unwrap_or_else(|| panic!("no `{severity}[{kind}]` block at {loc} in stderr:\n{}", run.stderr))
}

/// The error block of `kind` at `loc`.
fn error_at(run: &Run, kind: &str, loc: &str) -> String {
    block_at(run, "error", kind, loc)
}

/// The only block titled `error[KIND]` (for errors without a position).
fn only_error(run: &Run, kind: &str) -> String {
    let title = format!("error[{kind}]: ");
    let found: Vec<String> = blocks(&run.stderr).into_iter().filter(|b| b.starts_with(&title)).collect();
    assert_eq!(found.len(), 1, "expected one `error[{kind}]` block in stderr:\n{}", run.stderr);
    found.into_iter().next().expect("one block")
}

/// The text of the block's `= help:` line; panics when the block has none.
fn help(block: &str) -> &str {
    block.lines().find_map(|l| l.trim_start().strip_prefix("= help: ")).unwrap_or_else(|| panic!("no `= help:` line in block:\n{block}"))
}

/// The block's title line (`error[kind]: message`).
fn title(block: &str) -> &str {
    block.lines().next().unwrap_or_default()
}

fn assert_help_contains(block: &str, wanted: &str) {
    let h = help(block);
    assert!(h.contains(wanted), "help `{h}` should contain `{wanted}`; block:\n{block}");
}

fn assert_title_contains(block: &str, wanted: &str) {
    let t = title(block);
    assert!(t.contains(wanted), "title `{t}` should contain `{wanted}`; block:\n{block}");
}

fn error_count(run: &Run) -> usize {
    blocks(&run.stderr).iter().filter(|b| b.starts_with("error[")).count()
}

/// Exit 1 with exactly `n` error blocks, and a summary that says so.
fn assert_errors(run: &Run, n: usize) {
    assert_eq!(run.code, 1, "exit code; stderr:\n{}", run.stderr);
    assert_eq!(error_count(run), n, "error blocks in stderr:\n{}", run.stderr);
    let summary = if n == 1 { "1 error".to_owned() } else { format!("{n} errors") };
    assert!(run.stderr.contains(&summary), "summary should count {summary}:\n{}", run.stderr);
}

/// The JSON finding of `kind` at file/line/column.
fn finding<'a>(findings: &'a [Value], kind: &str, file: &str, line: u64, column: u64) -> &'a Value {
    findings
        .iter()
        .find(|f| f["kind"] == kind && f["file"] == file && f["line"] == line && f["column"] == column)
        .unwrap_or_else(|| panic!("no {kind} finding at {file}:{line}:{column} in {findings:#?}"))
}

/// A temporary copy of the minimal valid project.
fn minimal_copy() -> tempfile::TempDir {
    copy_to_temp(&fixture("minimal"))
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

/// `text` as a Windows editor saves it: UTF-8 BOM and CRLF line ends.
fn windows_bytes(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    bytes
}

// ---------------------------------------------------------------- the baseline

#[test]
fn minimal_fixture_is_valid() {
    let run = check("minimal");
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    assert_eq!(error_count(&run), 0, "stderr:\n{}", run.stderr);
    let (_, findings) = check_json_in(&fixture("minimal"));
    assert!(findings.iter().all(|f| f["rule"] != "content-error"), "{findings:#?}");
}

// ---------------------------------------------------------------- one kind each

#[test]
fn unknown_key_suggests_the_close_key() {
    let run = check("unknown-key");
    assert_errors(&run, 1);
    let b = error_at(&run, "unknown-key", "content/actions/papier.md:3:1");
    assert_title_contains(&b, "`ownres`");
    assert_help_contains(&b, "did you mean `owners`?");
    insta::assert_snapshot!("unknown_key", run.stderr);
}

#[test]
fn wrong_type_text_where_a_list_is_expected() {
    let run = check("wrong-type");
    assert_errors(&run, 1);
    let b = error_at(&run, "wrong-type", "content/inventory/lokale-foto.yaml:5:9");
    assert_title_contains(&b, "expected a list");
    assert_help_contains(&b, "`[a, b]`");
}

#[test]
fn bad_value_lists_the_allowed_values() {
    let run = check("bad-value");
    assert_errors(&run, 1);
    let b = error_at(&run, "bad-value", "content/actions/papier.md:4:9");
    assert_title_contains(&b, "`busy`");
    for allowed in ["`planned`", "`in-progress`", "`done`", "`dropped`"] {
        assert_help_contains(&b, allowed);
    }
    insta::assert_snapshot!("bad_value", run.stderr);
}

#[test]
fn bad_date_impossible_and_wrong_shape() {
    let run = check("bad-date");
    assert_errors(&run, 2);
    let impossible = error_at(&run, "bad-date", "content/actions/papier.md:5:8");
    assert_title_contains(&impossible, "2023-02-29");
    assert_title_contains(&impossible, "does not exist");
    assert_help_contains(&impossible, "YYYY-MM-DD");
    let shape = error_at(&run, "bad-date", "content/actions/papier.md:6:6");
    assert_title_contains(&shape, "`31/12/2024`");
    assert_help_contains(&shape, "YYYY-MM-DD");
    insta::assert_snapshot!("bad_date", run.stderr);
}

#[test]
fn bad_sdg_18() {
    let run = check("bad-sdg");
    assert_errors(&run, 1);
    let b = error_at(&run, "bad-sdg", "content/inventory/lokale-foto.yaml:5:13");
    assert_title_contains(&b, "18");
    assert_help_contains(&b, "1 to 17");
}

#[test]
fn bad_id_path_and_space_are_refused() {
    let run = check("bad-id");
    assert_errors(&run, 2);
    let dots = error_at(&run, "bad-id", "content/actions/escape.md:2:5");
    assert_title_contains(&dots, "`../x`");
    assert_help_contains(&dots, "a-z, 0-9 and -");
    let space = error_at(&run, "bad-id", "content/actions/spatie.md:2:5");
    assert_title_contains(&space, "`Actie 1`");
    assert_help_contains(&space, "`actie-1`");
}

#[test]
fn bad_id_writes_nothing_anywhere() {
    // outer/project: `../x` from the project would land in outer/.
    let outer = tempfile::tempdir().expect("temp dir");
    let project = outer.path().join("project");
    copy_dir(&fixture("bad-id"), &project);
    let before = tree(outer.path());
    for args in [&["check", "--root", "."][..], &["check", "--root", ".", "--format", "json"], &["build", "--root", "."]] {
        let run = kapstok(&project, args);
        assert_ne!(run.code, 0, "`kapstok {}` must fail on a bad id; stderr:\n{}", args.join(" "), run.stderr);
        assert_eq!(tree(outer.path()), before, "`kapstok {}` created or removed files", args.join(" "));
    }
    assert!(!outer.path().join("x").exists());
}

#[test]
fn duplicate_id_names_both_files() {
    let run = check("duplicate-id");
    assert_errors(&run, 1);
    let b = only_error(&run, "duplicate-id");
    assert!(b.contains("--> content/inventory/"), "block has a location:\n{b}");
    assert!(b.contains("content/inventory/diensten.yaml:5"), "names the first file and line:\n{b}");
    assert!(b.contains("content/inventory/meerjarenplan.yaml:1"), "names the second file and line:\n{b}");
    assert_title_contains(&b, "`led`");
    assert_help_contains(&b, "another id");
    let (_, findings) = check_json_in(&fixture("duplicate-id"));
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let msg = findings[0]["message"].as_str().expect("message");
    assert!(msg.contains("content/inventory/diensten.yaml") && msg.contains("content/inventory/meerjarenplan.yaml"), "{msg}");
    assert_eq!(findings[0]["subject"], "led");
    insta::assert_snapshot!("duplicate_id", run.stderr);
}

#[test]
fn dangling_references_of_every_sort() {
    let run = check("dangling-reference");
    // (location, missing id, a piece of the hint)
    let cases = [
        ("content/actions/papier.md:3:15", "`piet`", "els, jan"), // owners
        ("content/actions/papier.md:4:13", "`Milieudinst`", "did you mean `Milieudienst`?"), // department
        ("content/actions/papier.md:6:8", "`uitvoering`", "actieplan"), // phase
        ("content/actions/papier.md:7:10", "`klimaat`", "environment"), // topics
        ("content/actions/papier.md:8:13", "`printbeheer`", "no inventory item"), // builds_on
        ("content/claims/website.yaml:4:13", "`papierloos`", "did you mean `papier`?"), // claim actions
        ("content/claims/website.yaml:5:15", "`digitaal-loket`", "no inventory item"), // claim inventory
        ("content/claims/website.yaml:6:23", "`krant`", "sociale-media"), // channels
        ("content/evaluation/evaluatie.yaml:5:15", "`samenwerking`", "maturiteit"), // quote question
        ("content/evaluation/evaluatie.yaml:7:9", "`kris`", "els, jan"), // quote by
    ];
    assert_errors(&run, cases.len());
    for (loc, id, hint) in cases {
        let b = error_at(&run, "dangling-reference", loc);
        assert_title_contains(&b, id);
        assert_help_contains(&b, hint);
    }
    let (_, findings) = check_json_in(&fixture("dangling-reference"));
    assert_eq!(finding(&findings, "dangling-reference", "content/actions/papier.md", 3, 15)["subject"], "papier");
    assert_eq!(finding(&findings, "dangling-reference", "content/claims/website.yaml", 6, 23)["subject"], "minder-papier");
    insta::assert_snapshot!("dangling_reference", run.stderr);
}

/// A reference is resolved against the items of its own kind: an inventory
/// item's id listed under a claim's `actions` is dangling, and the hint says
/// what it is. A reference to an item left out for an error of its own is
/// not reported again.
#[test]
fn dangling_reference_to_another_kind_or_a_broken_item() {
    let run = check("dangling-across-kinds");
    assert_errors(&run, 2);
    error_at(&run, "missing-key", "content/actions/kapot.md:2:1");
    let b = error_at(&run, "dangling-reference", "content/claims/website.yaml:4:28");
    assert_title_contains(&b, "`fietsplan`");
    assert_help_contains(&b, "`fietsplan` is an inventory item, not an action");
    assert!(!run.stderr.contains("no action `kapot`"), "{}", run.stderr);
}

/// An unknown key is skipped and hides nothing (issue 20): with `leader: true`
/// on a member the team still loads, so the action's `owners: [els, ghost]`
/// resolves `els` and reports `ghost` in the same run.
#[test]
fn unknown_key_in_team_yaml_does_not_hide_the_team() {
    let run = check("unknown-key-team");
    assert_errors(&run, 2);
    let b = error_at(&run, "unknown-key", "content/team.yaml:7:5");
    assert_title_contains(&b, "`leader`");
    assert_help_contains(&b, "did you mean `lead`?");
    let b = error_at(&run, "dangling-reference", "content/actions/papier.md:3:15");
    assert_title_contains(&b, "`ghost`");
    assert_help_contains(&b, "els, jan");
}

/// `dangling-reference` with `line` put in `rel` after line `after` (1-based),
/// an unknown key at `key_at`: all ten dangling references are still reported.
fn unknown_key_hides_no_dangling_reference(rel: &str, after: usize, line: &str, key_at: &str) {
    let dir = copy_to_temp(&fixture("dangling-reference"));
    let path = dir.path().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(after, line);
    write(dir.path(), rel, format!("{}\n", lines.join("\n")).as_bytes());
    let run = check_in(dir.path());
    assert_errors(&run, 11);
    error_at(&run, "unknown-key", key_at);
    let dangling = blocks(&run.stderr).iter().filter(|b| b.starts_with("error[dangling-reference]")).count();
    assert_eq!(dangling, 10, "stderr:\n{}", run.stderr);
}

#[test]
fn unknown_key_in_a_team_member_hides_no_reference_to_the_team() {
    unknown_key_hides_no_dangling_reference("content/team.yaml", 6, "    leader: true", "content/team.yaml:7:5");
}

#[test]
fn unknown_key_in_site_yaml_hides_no_reference_to_topics_phases_or_channels() {
    unknown_key_hides_no_dangling_reference("content/site.yaml", 4, "  einde: 2025-01-01", "content/site.yaml:5:3");
}

#[test]
fn unknown_key_in_an_inventory_item_hides_no_reference_to_the_inventory() {
    // The fixture has no inventory: an item with an unknown key is added.
    let inventory = "- id: led\n  title: LED\n  kind: action\n  source: other";
    unknown_key_hides_no_dangling_reference(
        "content/inventory/lokale-foto.yaml",
        0,
        &format!("{inventory}\n  titel: LED-lampen"),
        "content/inventory/lokale-foto.yaml:5:3",
    );
}

#[test]
fn unknown_key_in_an_action_hides_no_reference_to_the_actions() {
    unknown_key_hides_no_dangling_reference("content/actions/papier.md", 8, "prioriteit: hoog", "content/actions/papier.md:9:1");
}

#[test]
fn unknown_key_in_an_evaluation_question_hides_no_reference_to_the_questions() {
    unknown_key_hides_no_dangling_reference(
        "content/evaluation/evaluatie.yaml",
        3,
        "    tekst: Ja",
        "content/evaluation/evaluatie.yaml:4:5",
    );
}

#[test]
fn dangling_link_in_markdown() {
    let run = check("dangling-link");
    assert_errors(&run, 1);
    let b = error_at(&run, "dangling-link", "content/actions/papier.md:7:9");
    assert_title_contains(&b, "`@action/fietsen`");
    assert_help_contains(&b, "action id");
}

#[test]
fn public_text_linking_an_internal_item() {
    let run = check("public-link-to-internal");
    assert_errors(&run, 1);
    let b = error_at(&run, "public-link-to-internal", "content/actions/papier.md:7:9");
    assert_title_contains(&b, "`fietsen`");
    assert_help_contains(&b, "public site");
}

#[test]
fn reserved_slug() {
    let run = check("reserved-slug");
    assert_errors(&run, 1);
    let b = error_at(&run, "reserved-slug", "content/pages/acties.md:3:7");
    assert_title_contains(&b, "`actions`");
    assert_help_contains(&b, "another slug");
}

#[test]
fn unknown_rule_in_checks_rules() {
    let run = check("unknown-rule");
    assert_errors(&run, 1);
    let b = error_at(&run, "unknown-rule", "content/site.yaml:11:5");
    assert_title_contains(&b, "`claim-generic-trem`");
    assert_help_contains(&b, "did you mean `claim-generic-term`?");
}

#[test]
fn bad_allow_non_claim_unknown_and_empty_reason() {
    let run = check("bad-allow");
    assert_errors(&run, 3);
    let other = error_at(&run, "bad-allow", "content/claims/website.yaml:6:15");
    assert_title_contains(&other, "`action-vague`");
    assert_help_contains(&other, "`claim-*`");
    let unknown = error_at(&run, "bad-allow", "content/claims/website.yaml:7:15");
    assert_title_contains(&unknown, "`claim-bestaat-niet`");
    assert_help_contains(&unknown, "`claim-*`");
    let empty = error_at(&run, "bad-allow", "content/claims/website.yaml:8:43");
    assert_title_contains(&empty, "no reason");
    assert_help_contains(&empty, "reason:");
}

#[test]
fn privacy_rule_cannot_be_listed() {
    let run = check("privacy-rule");
    assert_errors(&run, 1);
    let b = blocks(&run.stderr).into_iter().next().expect("one block");
    assert!(b.contains("--> content/site.yaml:11:5\n"), "points at the rule:\n{b}");
    assert_title_contains(&b, "`public-personal-name`");
    assert_title_contains(&b, "always errors");
    assert_help_contains(&b, "remove this line");
}

#[test]
fn yaml_syntax_error() {
    let run = check("yaml-syntax");
    assert_errors(&run, 1);
    let b = error_at(&run, "yaml-syntax", "content/team.yaml:5:9");
    assert_help_contains(&b, "indentation");
    insta::assert_snapshot!("yaml_syntax", run.stderr);
}

#[test]
fn yaml_syntax_error_stops_only_that_file() {
    let dir = copy_to_temp(&fixture("yaml-syntax"));
    // An action that names no team member, so it does not depend on team.yaml.
    write(dir.path(), "content/actions/papier.md", b"---\ntitle: Papier\nstatus: busy\n---\nTekst.\n");
    let run = check_in(dir.path());
    assert_errors(&run, 2);
    error_at(&run, "yaml-syntax", "content/team.yaml:5:9");
    error_at(&run, "bad-value", "content/actions/papier.md:3:9");
}

#[test]
fn not_utf8_points_at_the_byte() {
    let dir = minimal_copy();
    write(
        dir.path(),
        "content/team.yaml",
        b"members:\n  - id: els\n    name: Els P\xe9eters\n    department: Milieudienst\n    kind: staff\n",
    );
    let run = check_in(dir.path());
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    let b = error_at(&run, "not-utf8", "content/team.yaml:3:16");
    assert_title_contains(&b, "`content/team.yaml`");
    assert_help_contains(&b, "UTF-8");
    let (_, findings) = check_json_in(dir.path());
    finding(&findings, "not-utf8", "content/team.yaml", 3, 16);
}

#[test]
fn empty_file() {
    let run = check("empty-file");
    assert_errors(&run, 1);
    let b = error_at(&run, "empty-file", "content/team.yaml:1:1");
    assert_help_contains(&b, "remove the file");
}

#[test]
fn site_yaml_as_a_list() {
    let run = check("site-list");
    assert_errors(&run, 1);
    let b = error_at(&run, "wrong-type", "content/site.yaml:1:1");
    assert_title_contains(&b, "expected a mapping");
    assert_help_contains(&b, "not a list");
}

#[test]
fn missing_site_yaml() {
    let run = check("missing-site");
    assert_errors(&run, 1);
    let b = only_error(&run, "missing-site");
    assert_title_contains(&b, "content/site.yaml");
    assert_help_contains(&b, "kapstok init");
    let (run_json, findings) = check_json_in(&fixture("missing-site"));
    assert_eq!(run_json.code, 1);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["kind"], "missing-site");
    insta::assert_snapshot!("missing_site", run.stderr);
}

#[test]
fn unexpected_file_in_content() {
    let run = check("unexpected-file");
    assert_errors(&run, 1);
    let b = only_error(&run, "unexpected-file");
    assert_title_contains(&b, "`content/notes.txt`");
    assert_help_contains(&b, "content/assets/");
}

#[cfg(unix)]
#[test]
fn symlink_pointing_outside_is_refused() {
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = outside.path().join("geheim.yaml");
    std::fs::write(&secret, "- id: geheim\n  title: GEHEIM-7f3a\n  kind: goal\n  source: other\n").expect("write");
    let dir = minimal_copy();
    std::fs::create_dir_all(dir.path().join("content/inventory")).expect("mkdir");
    std::os::unix::fs::symlink(&secret, dir.path().join("content/inventory/extern.yaml")).expect("symlink");
    let run = check_in(dir.path());
    assert_errors(&run, 1);
    let b = only_error(&run, "symlink");
    assert_title_contains(&b, "`content/inventory/extern.yaml`");
    assert_help_contains(&b, "copy the file");
    assert!(!run.stderr.contains("GEHEIM-7f3a") && !run.stdout.contains("GEHEIM-7f3a"));
}

#[test]
fn file_over_32_mib_is_refused_without_reading() {
    let dir = minimal_copy();
    std::fs::create_dir_all(dir.path().join("content/inventory")).expect("mkdir");
    let path = dir.path().join("content/inventory/groot.yaml");
    // A byte that is not UTF-8 first: reading the file would also give `not-utf8`.
    std::fs::write(&path, b"\xff").expect("write");
    std::fs::OpenOptions::new().write(true).open(&path).expect("open").set_len(33 * 1024 * 1024).expect("sparse");
    let run = check_in(dir.path());
    assert_errors(&run, 1);
    let b = only_error(&run, "file-too-large");
    assert_title_contains(&b, "`content/inventory/groot.yaml`");
    assert_title_contains(&b, "32 MiB");
    assert!(!run.stderr.contains("not-utf8"), "the file was read:\n{}", run.stderr);
}

// ---------------------------------------------------------------- cannot start (exit 2)

#[test]
fn unknown_root_exits_2() {
    let dir = minimal_copy();
    let run = kapstok(dir.path(), &["check", "--root", "bestaat-niet"]);
    assert_eq!(run.code, 2, "stderr:\n{}", run.stderr);
    assert!(run.stderr.contains("bestaat-niet"), "names the folder:\n{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn bad_today_exits_2() {
    let dir = minimal_copy();
    for bad in ["2024-02-30", "morgen", "1-2-2024"] {
        let run = kapstok(dir.path(), &["check", "--root", ".", "--today", bad]);
        assert_eq!(run.code, 2, "--today {bad}; stderr:\n{}", run.stderr);
        assert!(run.stderr.contains("--today") && run.stderr.contains(bad), "names flag and value:\n{}", run.stderr);
    }
    let ok = kapstok(dir.path(), &["check", "--root", ".", "--today", "2024-02-29"]);
    assert_eq!(ok.code, 0, "a leap day is a date; stderr:\n{}", ok.stderr);
}

#[test]
fn bad_source_date_epoch_exits_2() {
    let dir = minimal_copy();
    for bad in ["gisteren", "1.5", "99999999999999999"] {
        let run = kapstok_env(dir.path(), &["check", "--root", "."], &[("SOURCE_DATE_EPOCH", bad)]);
        assert_eq!(run.code, 2, "SOURCE_DATE_EPOCH={bad}; stderr:\n{}", run.stderr);
        assert!(run.stderr.contains("SOURCE_DATE_EPOCH"), "names the variable:\n{}", run.stderr);
    }
    let ok = kapstok_env(dir.path(), &["check", "--root", "."], &[("SOURCE_DATE_EPOCH", "1700000000")]);
    assert_eq!(ok.code, 0, "stderr:\n{}", ok.stderr);
}

// ---------------------------------------------------------------- warnings

#[test]
fn suspicious_number_is_a_warning() {
    let run = check("suspicious-number");
    assert_eq!(run.code, 0, "a warning does not fail; stderr:\n{}", run.stderr);
    assert_eq!(error_count(&run), 0);
    let b = block_at(&run, "warning", "suspicious-number", "content/actions/papier.md:7:13");
    assert_title_contains(&b, "`12.000`");
    assert_help_contains(&b, "`12000`");
    let (_, findings) = check_json_in(&fixture("suspicious-number"));
    let f = finding(&findings, "suspicious-number", "content/actions/papier.md", 7, 13);
    assert_eq!(f["severity"], "warning");
    // Only this block: the checks' own warnings on the fixture are not this test's business.
    insta::assert_snapshot!("suspicious_number", b);
}

// ---------------------------------------------------------------- Windows habits

/// The minimal project as a Windows user saves it: BOM, CRLF, `.yml`.
fn windows_project() -> tempfile::TempDir {
    let dir = minimal_copy();
    let content = dir.path().join("content");
    for (from, to) in [("site.yaml", "site.yaml"), ("team.yaml", "team.yml"), ("actions/papier.md", "actions/papier.md")] {
        let text = std::fs::read_to_string(content.join(from)).expect("read");
        std::fs::remove_file(content.join(from)).expect("remove");
        write(&content, to, &windows_bytes(&text));
    }
    dir
}

#[test]
fn bom_crlf_and_yml_load_fine() {
    let dir = windows_project();
    assert!(dir.path().join("content/team.yml").exists() && !dir.path().join("content/team.yaml").exists());
    // The action's owner `els` resolves only if team.yml was read.
    let run = check_in(dir.path());
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    assert_eq!(error_count(&run), 0, "stderr:\n{}", run.stderr);
    let (_, findings) = check_json_in(dir.path());
    assert!(findings.iter().all(|f| f["rule"] != "content-error"), "{findings:#?}");
}

#[test]
fn error_in_a_crlf_file_has_the_right_line_and_column() {
    let dir = windows_project();
    let action = "---\ntitle: Papierarm vergaderen\nowners: [els]\nstatus: busy\n---\nMinder papier.\n";
    write(dir.path(), "content/actions/papier.md", &windows_bytes(action));
    let inventory = "- id: led\n  title: LED\n  kind: action\n  source: other\n  sdgs: [19]\n";
    write(dir.path(), "content/inventory/lokale-foto.yml", &windows_bytes(inventory));
    let run = check_in(dir.path());
    assert_errors(&run, 2);
    let b = error_at(&run, "bad-value", "content/actions/papier.md:4:9");
    assert!(b.contains("^^^^\n"), "underlines `busy` and not the CR:\n{b}");
    error_at(&run, "bad-sdg", "content/inventory/lokale-foto.yml:5:10");
    let (_, findings) = check_json_in(dir.path());
    finding(&findings, "bad-value", "content/actions/papier.md", 4, 9);
    finding(&findings, "bad-sdg", "content/inventory/lokale-foto.yml", 5, 10);
}

#[test]
fn error_on_the_first_line_of_a_bom_file() {
    let dir = windows_project();
    let inventory = "- id: Led\n  title: LED\n  kind: action\n  source: other\n";
    write(dir.path(), "content/inventory/lokale-foto.yml", &windows_bytes(inventory));
    let run = check_in(dir.path());
    assert_errors(&run, 1);
    let b = error_at(&run, "bad-id", "content/inventory/lokale-foto.yml:1:7");
    assert!(!b.contains('\u{feff}'), "the BOM is quoted:\n{b:?}");
    let (_, findings) = check_json_in(dir.path());
    finding(&findings, "bad-id", "content/inventory/lokale-foto.yml", 1, 7);
}

// ---------------------------------------------------------------- all at once, JSON, colour

/// The errors of `many-errors`, in the order every output sorts them.
const MANY: [(&str, &str, u64, u64); 5] = [
    ("bad-value", "content/actions/papier.md", 4, 9),
    ("bad-sdg", "content/actions/papier.md", 5, 8),
    ("unknown-key", "content/inventory/lokale-foto.yaml", 5, 3),
    ("unknown-rule", "content/site.yaml", 11, 5),
    ("wrong-type", "content/team.yaml", 6, 11),
];

#[test]
fn several_errors_in_several_files_all_reported() {
    let run = check("many-errors");
    assert_errors(&run, MANY.len());
    let titles: Vec<String> = blocks(&run.stderr).iter().map(|b| title(b).to_owned()).collect();
    for (i, (kind, file, line, col)) in MANY.iter().enumerate() {
        error_at(&run, kind, &format!("{file}:{line}:{col}"));
        assert!(titles[i].starts_with(&format!("error[{kind}]")), "order: {titles:#?}");
    }
}

#[test]
fn json_findings_are_complete_and_sorted() {
    let (run, findings) = check_json_in(&fixture("many-errors"));
    assert_eq!(run.code, 1);
    assert!(!run.stdout.contains('\u{1b}'));
    assert_eq!(findings.len(), MANY.len(), "{findings:#?}");
    for (f, (kind, file, line, col)) in findings.iter().zip(MANY) {
        assert_eq!(f["rule"], "content-error", "{f:#}");
        assert_eq!(f["severity"], "error", "{f:#}");
        assert_eq!(f["kind"], kind, "{f:#}");
        assert_eq!(f["file"], file, "{f:#}");
        assert_eq!(f["line"], line, "{f:#}");
        assert_eq!(f["column"], col, "{f:#}");
        assert!(f["subject"].is_null() || f["subject"].is_string(), "{f:#}");
        assert!(!f["message"].as_str().expect("message").is_empty(), "{f:#}");
    }
    let keys: Vec<(String, u64, u64)> = findings
        .iter()
        .map(|f| (f["file"].as_str().unwrap_or_default().to_owned(), f["line"].as_u64().unwrap_or(0), f["column"].as_u64().unwrap_or(0)))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // The same count as on the terminal.
    assert_eq!(error_count(&check("many-errors")), findings.len());
}

#[test]
fn json_subjects_of_referencing_items() {
    let (_, findings) = check_json_in(&fixture("dangling-reference"));
    assert_eq!(findings.len(), 10, "{findings:#?}");
    for f in &findings {
        assert_eq!(f["rule"], "content-error");
        assert_eq!(f["kind"], "dangling-reference");
        for key in ["file", "line", "column", "subject", "message", "severity"] {
            assert!(f.get(key).is_some(), "missing `{key}` in {f:#}");
        }
    }
    assert_eq!(finding(&findings, "dangling-reference", "content/actions/papier.md", 7, 10)["subject"], "papier");
    assert_eq!(finding(&findings, "dangling-reference", "content/claims/website.yaml", 4, 13)["subject"], "minder-papier");
}

#[test]
fn no_colour_under_no_color() {
    // NO_COLOR wins even over CLICOLOR_FORCE.
    for args in [&["check", "--root", "."][..], &["check", "--root", ".", "--format", "json"]] {
        let run = kapstok_env(&fixture("many-errors"), args, &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
        assert_eq!(run.code, 1);
        assert!(!run.stderr.contains('\u{1b}'), "ESC in stderr:\n{:?}", run.stderr);
        assert!(!run.stdout.contains('\u{1b}'), "ESC in stdout:\n{:?}", run.stdout);
    }
    let usage = kapstok(&fixture("minimal"), &["check", "--root", "bestaat-niet"]);
    assert!(!usage.stderr.contains('\u{1b}'), "ESC in a usage error:\n{:?}", usage.stderr);
}

// ---------------------------------------------------------------- known product bugs

#[test]
fn other_errors_in_the_same_item_are_still_reported() {
    let dir = minimal_copy();
    write(
        dir.path(),
        "content/actions/papier.md",
        b"---\ntitle: Papier\nowners: [piet]\nstatus: busy\ntopics: [klimaat]\n---\nZie [x](@action/nope).\n",
    );
    let run = check_in(dir.path());
    assert_errors(&run, 4);
    error_at(&run, "dangling-reference", "content/actions/papier.md:3:10");
    error_at(&run, "bad-value", "content/actions/papier.md:4:9");
    error_at(&run, "dangling-reference", "content/actions/papier.md:5:10");
    error_at(&run, "dangling-link", "content/actions/papier.md:7:5");
}

#[test]
fn a_file_that_fails_to_load_causes_no_cascade() {
    let dir = copy_to_temp(&fixture("yaml-syntax"));
    write(dir.path(), "content/actions/papier.md", b"---\ntitle: Papier\nowners: [els]\nstatus: planned\n---\nTekst.\n");
    let run = check_in(dir.path());
    assert_errors(&run, 1);
    error_at(&run, "yaml-syntax", "content/team.yaml:5:9");
}

#[test]
fn file_level_errors_name_their_file_in_json() {
    let (_, findings) = check_json_in(&fixture("unexpected-file"));
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["file"], "content/notes.txt", "{findings:#?}");
    let run = check("unexpected-file");
    assert!(run.stderr.contains("--> content/notes.txt"), "stderr:\n{}", run.stderr);
}

#[test]
fn content_errors_carry_the_subject_of_their_item() {
    let (_, findings) = check_json_in(&fixture("many-errors"));
    assert_eq!(finding(&findings, "bad-value", "content/actions/papier.md", 4, 9)["subject"], "papier");
    assert_eq!(finding(&findings, "bad-sdg", "content/actions/papier.md", 5, 8)["subject"], "papier");
    assert_eq!(finding(&findings, "unknown-key", "content/inventory/lokale-foto.yaml", 5, 3)["subject"], "led");
    assert_eq!(finding(&findings, "wrong-type", "content/team.yaml", 6, 11)["subject"], "els");
    let (_, dangling) = check_json_in(&fixture("dangling-reference"));
    assert_eq!(finding(&dangling, "dangling-reference", "content/actions/papier.md", 4, 13)["subject"], "papier");
}

#[test]
fn every_error_block_has_a_hint() {
    let run = check("many-errors");
    let all = blocks(&run.stderr);
    // Counted, so that a change in the output format (no block found) fails
    // here instead of passing on zero blocks.
    assert_eq!(all.len(), MANY.len(), "blocks in stderr:\n{}", run.stderr);
    for b in all {
        help(&b);
    }
}
