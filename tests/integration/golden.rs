//! Golden snapshots (issue 20): what users see, pinned before the refactor so
//! that it can show "behaviour unchanged" (or name each change as a fix).
//!
//! 1. Both built example sites: every output path with a content hash, and
//!    the text of twelve key pages.
//! 2. `check --format json` on every check fixture of `checks.rs`.
//! 3. The whole stderr of `kapstok check` (or `build`, for the kinds only a
//!    build finds) for every content-error kind that `content_errors.rs` does
//!    not snapshot already; [`every_error_kind_has_a_golden_snapshot`] keeps
//!    the list complete against the table of docs/content-format.md.
//!
//! Nothing here may depend on the clock or the machine: the example is built
//! with a fixed `--today` (the `checks.today` of `content/site.yaml`), the
//! fixtures pin `checks.today`, runs use `--root .` inside the project so
//! paths print relative, and the one absolute path a build prints (its output
//! folder) is replaced by `[PROJECT]`.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::support::{Run, copy_dir, copy_to_temp, fixture, kapstok, repo_root};

// ---------------------------------------------------------------- 1. the example sites

/// The `checks.today` of the example's `content/site.yaml`, passed as
/// `--today` so the build does not depend on it or on the clock.
const EXAMPLE_TODAY: &str = "2025-11-15";

/// FNV-1a, 64 bits: a stable content hash with no dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The example, built once per test run into the target's temp folder;
/// returns its output folder.
fn example_output() -> &'static Path {
    static OUTPUT: OnceLock<PathBuf> = OnceLock::new();
    OUTPUT.get_or_init(|| {
        let project = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-example");
        if project.exists() {
            fs::remove_dir_all(&project).expect("remove the previous golden build");
        }
        copy_dir(&repo_root().join("content"), &project.join("content"));
        let run = kapstok(&project, &["build", "--root", ".", "--output", "output", "--today", EXAMPLE_TODAY]);
        assert_eq!(run.code, 0, "the example must build; stderr:\n{}", run.stderr);
        project.join("output")
    })
}

/// `SITE/PATH  HASH` for every file of the site, sorted by path.
fn listing(output: &Path, site: &str) -> String {
    let root = output.join(site);
    let mut lines: Vec<String> = walkdir::WalkDir::new(&root)
        .min_depth(1)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(&root).expect("prefix").to_string_lossy().replace('\\', "/");
            format!("{site}/{rel}  {:016x}", fnv1a(&fs::read(e.path()).expect("read")))
        })
        .collect();
    lines.sort();
    lines.join("\n") + "\n"
}

#[test]
fn example_every_output_file_with_its_hash() {
    let output = example_output();
    let text = listing(output, "public") + &listing(output, "intranet");
    assert!(text.lines().count() > 100, "too few files:\n{text}");
    insta::assert_snapshot!("example_files", text);
}

/// A built page as text.
fn page(rel: &str) -> String {
    fs::read_to_string(example_output().join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

/// One test (and one snapshot `example_NAME`) per key page, so that a
/// changed page does not hide the others.
macro_rules! golden_pages {
    ($($name:ident => $path:literal),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(stringify!($name), page($path));
            }
        )*
    };
}

golden_pages! {
    example_public_home => "public/index.html",
    example_public_action => "public/actions/ledverlichting/index.html",
    example_public_claims => "public/claims/index.html",
    example_public_data => "public/data/index.html",
    example_public_sdgs => "public/sdg/index.html",
    example_public_report => "public/report/index.html",
    example_intranet_home => "intranet/index.html",
    example_intranet_action => "intranet/actions/ledverlichting/index.html",
    example_intranet_checks => "intranet/checks/index.html",
    example_intranet_sessions => "intranet/sessions/index.html",
    example_intranet_search => "intranet/search/index.html",
    example_intranet_calendar => "intranet/calendar/index.html",
}

// ---------------------------------------------------------------- 2. check --format json

/// `check --format json` on a check fixture, as `checks.rs` runs it (the
/// fixture's own `checks.today`, no SOURCE_DATE_EPOCH), pretty-printed.
fn check_json_golden(name: &str) -> String {
    let run = kapstok(&fixture(name), &["check", "--root", ".", "--format", "json"]);
    assert_eq!(run.code, 1, "{name}: every check fixture has errors; stderr:\n{}", run.stderr);
    serde_json::to_string_pretty(&run.json()).expect("pretty JSON") + "\n"
}

#[test]
fn check_json_checks_claims() {
    insta::assert_snapshot!("check_json_checks_claims", check_json_golden("checks-claims"));
}

#[test]
fn check_json_checks_plan() {
    insta::assert_snapshot!("check_json_checks_plan", check_json_golden("checks-plan"));
}

#[test]
fn check_json_claims_heldout() {
    insta::assert_snapshot!("check_json_claims_heldout", check_json_golden("claims-heldout"));
}

#[test]
fn check_json_claims_fresh() {
    insta::assert_snapshot!("check_json_claims_fresh", check_json_golden("claims-fresh"));
}

// ---------------------------------------------------------------- 3. every content-error kind

/// `kapstok check --root .` in `dir`, with the exit code asserted.
fn check_in(dir: &Path, code: i32) -> Run {
    let run = kapstok(dir, &["check", "--root", "."]);
    assert_eq!(run.code, code, "exit code; stderr:\n{}", run.stderr);
    run
}

/// `kapstok build --root .` in `dir`, with the exit code asserted and the
/// project's absolute path (which a build prints) replaced by `[PROJECT]`.
fn build_in(dir: &Path, code: i32) -> String {
    let run = kapstok(dir, &["build", "--root", "."]);
    assert_eq!(run.code, code, "exit code; stderr:\n{}", run.stderr);
    let mut stderr = run.stderr;
    let canonical = dir.canonicalize().expect("canonical path");
    for path in [canonical.as_path(), dir] {
        stderr = stderr.replace(&*path.to_string_lossy(), "[PROJECT]");
    }
    stderr
}

/// A temporary copy of `tests/fixtures/minimal` with `files` written over it.
fn minimal_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = copy_to_temp(&fixture("minimal"));
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    dir
}

/// Kinds with a fixture of their own under `tests/fixtures/`.
macro_rules! golden_fixture_errors {
    ($($name:ident => $fixture:literal, exit $code:literal),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let run = check_in(&fixture($fixture), $code);
                insta::assert_snapshot!(stringify!($name), run.stderr);
            }
        )*
    };
}

golden_fixture_errors! {
    error_empty_file => "empty-file", exit 1,
    error_unexpected_file => "unexpected-file", exit 1,
    error_wrong_type => "wrong-type", exit 1,
    error_bad_id => "bad-id", exit 1,
    error_bad_sdg => "bad-sdg", exit 1,
    error_dangling_link => "dangling-link", exit 1,
    error_public_link_to_internal => "public-link-to-internal", exit 1,
    error_reserved_slug => "reserved-slug", exit 1,
    error_unknown_rule => "unknown-rule", exit 1,
    error_bad_allow => "bad-allow", exit 1,
    error_bad_url => "bad-url", exit 1,
    // A warning: the run succeeds, with the checks' own warnings around it.
    warning_suspicious_number => "suspicious-number", exit 0,
}

#[test]
fn error_not_utf8() {
    let dir = minimal_with(&[(
        "content/team.yaml",
        b"members:\n  - id: els\n    name: Els P\xe9eters\n    department: Milieudienst\n    kind: staff\n",
    )]);
    insta::assert_snapshot!("error_not_utf8", check_in(dir.path(), 1).stderr);
}

#[test]
fn error_file_too_large() {
    let dir = minimal_with(&[("content/inventory/groot.yaml", b"\xff")]);
    let path = dir.path().join("content/inventory/groot.yaml");
    fs::OpenOptions::new().write(true).open(&path).expect("open").set_len(33 * 1024 * 1024).expect("sparse");
    insta::assert_snapshot!("error_file_too_large", check_in(dir.path(), 1).stderr);
}

#[cfg(unix)]
#[test]
fn error_symlink() {
    let outside = tempfile::tempdir().expect("temp dir");
    let target = outside.path().join("extern.yaml");
    fs::write(&target, "- id: extern\n  title: Extern\n  kind: goal\n  source: other\n").expect("write");
    let dir = minimal_with(&[]);
    fs::create_dir_all(dir.path().join("content/inventory")).expect("mkdir");
    std::os::unix::fs::symlink(&target, dir.path().join("content/inventory/extern.yaml")).expect("symlink");
    insta::assert_snapshot!("error_symlink", check_in(dir.path(), 1).stderr);
}

#[test]
fn error_front_matter() {
    let dir = minimal_with(&[("content/actions/los.md", b"Geen front matter.\n")]);
    insta::assert_snapshot!("error_front_matter", check_in(dir.path(), 1).stderr);
}

#[test]
fn error_missing_key() {
    let dir = minimal_with(&[("content/actions/papier.md", b"---\nowners: [els]\nstatus: planned\n---\nMinder papier.\n")]);
    insta::assert_snapshot!("error_missing_key", check_in(dir.path(), 1).stderr);
}

#[test]
fn error_missing_theme() {
    let site = fs::read_to_string(fixture("minimal").join("content/site.yaml")).expect("read");
    let dir = minimal_with(&[("content/site.yaml", format!("{site}theme: bestaat-niet\n").as_bytes())]);
    insta::assert_snapshot!("error_missing_theme", check_in(dir.path(), 1).stderr);
}

#[test]
fn error_nesting_too_deep() {
    let page = format!("---\ntitle: Diep\naudience: public\n---\n{} diep\n", ">".repeat(101));
    let dir = minimal_with(&[("content/pages/diep.md", page.as_bytes())]);
    insta::assert_snapshot!("error_nesting_too_deep", check_in(dir.path(), 1).stderr);
}

// A character that overrides the direction of text (round 22): refused at its place.
#[test]
fn error_bidi_control() {
    let page = "---\ntitle: Contact\naudience: public\n---\nVragen aan de \u{202e}tsneideueilim\u{202c}.\n";
    let dir = minimal_with(&[("content/pages/contact.md", page.as_bytes())]);
    insta::assert_snapshot!("error_bidi_control", check_in(dir.path(), 1).stderr);
}

#[test]
fn error_bad_asset() {
    let dir = minimal_with(&[("content/assets/feed.xml", b"<feed/>")]);
    insta::assert_snapshot!("error_bad_asset", check_in(dir.path(), 1).stderr);
}

/// A content file that cannot be read as text: a Unix socket under a
/// content name is refused as no regular file (file modes do not stop root,
/// as `assets::an_unreadable_asset_is_named` notes, so this is how the kind
/// is reached everywhere).
#[cfg(target_os = "linux")]
#[test]
fn error_io_error() {
    let dir = minimal_with(&[]);
    fs::create_dir_all(dir.path().join("content/inventory")).expect("mkdir");
    let _socket = std::os::unix::net::UnixListener::bind(dir.path().join("content/inventory/sok.yaml")).expect("bind a socket");
    insta::assert_snapshot!("error_io_error", check_in(dir.path(), 1).stderr);
}

/// A named pipe under a content name: `check` refuses it at once; before,
/// it waited forever for a writer.
#[cfg(unix)]
#[test]
fn a_named_pipe_in_content_is_refused_not_waited_for() {
    let dir = minimal_with(&[]);
    fs::create_dir_all(dir.path().join("content/inventory")).expect("mkdir");
    let pipe = dir.path().join("content/inventory/pijp.yaml");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
    assert!(made.success(), "mkfifo failed");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kapstok"))
        .env("KAPSTOK_LANG", "en")
        .args(["check", "--root", "."])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("kapstok runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            panic!("kapstok check hangs on a named pipe in content/");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr).expect("read stderr");
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error[io-error]") && stderr.contains("content/inventory/pijp.yaml") && stderr.contains("not a regular file"),
        "{stderr}"
    );
}

/// Only a build reads the assets for the privacy guard: `check` says nothing.
/// A warning: the build succeeds. (The asset is linked from a public page:
/// the public site publishes, and the guard reads, only the assets its
/// files refer to.)
#[test]
fn warning_asset_unread() {
    let page: &[u8] = b"---\ntitle: Foto\naudience: public\n---\n![Het gemeentehuis](@asset/foto.jpg)\n";
    let dir = minimal_with(&[("content/assets/foto.jpg", &b"x"[..]), ("content/pages/foto.md", page)]);
    check_in(dir.path(), 0);
    insta::assert_snapshot!("warning_asset_unread", build_in(dir.path(), 0));
}

/// Only a build renders the theme's templates: `check` passes a broken one.
#[test]
fn error_template_error() {
    let site = fs::read_to_string(fixture("minimal").join("content/site.yaml")).expect("read");
    let dir = minimal_with(&[
        ("content/site.yaml", format!("{site}theme: kapot\n").as_bytes()),
        ("themes/kapot/templates/404.html", b"<p>{{ oeps </p>\n"),
    ]);
    check_in(dir.path(), 0);
    insta::assert_snapshot!("error_template_error", build_in(dir.path(), 1));
    assert!(!dir.path().join("output").exists(), "a template error writes nothing");
}

/// The kind codes of the table "## Error kinds" of docs/content-format.md.
fn documented_kinds() -> Vec<String> {
    let doc = fs::read_to_string(repo_root().join("docs/content-format.md")).expect("read docs/content-format.md");
    let table = doc.split("\n## Error kinds\n").nth(1).expect("an `## Error kinds` section");
    let table = table.split("\n## ").next().unwrap_or_default();
    table.lines().filter_map(|l| l.strip_prefix("| `")).filter_map(|l| l.split_once('`')).map(|(kind, _)| kind.to_owned()).collect()
}

/// Every documented kind has a whole-stderr snapshot here or in
/// `content_errors.rs` (the 7 kinds it pins in full: unknown-key, bad-value,
/// bad-date, duplicate-id, dangling-reference, yaml-syntax, missing-site).
#[test]
fn every_error_kind_has_a_golden_snapshot() {
    let kinds = documented_kinds();
    assert_eq!(kinds.len(), 31, "the table lists {kinds:?}");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/snapshots");
    let mut titles = String::new();
    for entry in fs::read_dir(&dir).expect("read snapshots") {
        let path = entry.expect("entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if name.starts_with("integration__golden__") || name.starts_with("integration__content_errors__") {
            writeln!(titles, "{}", fs::read_to_string(&path).expect("read snapshot")).expect("write");
        }
    }
    let missing: Vec<&String> =
        kinds.iter().filter(|k| !titles.contains(&format!("\nerror[{k}]: ")) && !titles.contains(&format!("\nwarning[{k}]: "))).collect();
    assert!(missing.is_empty(), "kinds without a golden snapshot: {missing:?}");
}
