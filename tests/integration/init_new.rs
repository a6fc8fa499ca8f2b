//! `kapstok init` and `kapstok new`.

use crate::support::kapstok;

#[test]
fn init_writes_a_project_that_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("gemeente");
    let run = kapstok(dir.path(), &["init", "gemeente"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(project.join("content/site.yaml").is_file());
    assert!(project.join("content/actions/papierarm-vergaderen.md").is_file());
    let check = kapstok(&project, &["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}\n{}", check.stdout, check.stderr);
    let findings = check.json();
    let errors: Vec<_> = findings.as_array().unwrap().iter().filter(|f| f["severity"] == "error").collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn init_refuses_a_folder_with_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let run = kapstok(dir.path(), &["init", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not an empty folder"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(dir.path().join("keep.txt")).unwrap(), "mine");
    assert!(!dir.path().join("content").exists());
}

#[test]
fn new_writes_skeletons_that_pass_check() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(kapstok(dir.path(), &["init", "p"]).code, 0);
    let p = dir.path().join("p");
    for (what, id, file) in [
        ("action", "led-verlichting", "content/actions/led-verlichting.md"),
        ("page", "over-ons", "content/pages/over-ons.md"),
        ("claim", "nieuwe-claim", "content/claims/claims.yaml"),
    ] {
        let run = kapstok(&p, &["new", what, id]);
        assert_eq!(run.code, 0, "{what}: {}", run.stderr);
        assert!(std::fs::read_to_string(p.join(file)).unwrap().contains(id.split('-').next().unwrap()));
    }
    let action = std::fs::read_to_string(p.join("content/actions/led-verlichting.md")).unwrap();
    assert!(action.contains("owners: [els]"), "the lead owns a new action:\n{action}");
    assert!(action.contains("visibility: internal"));
    let check = kapstok(&p, &["check", "--format", "json"]);
    let findings = check.json();
    let content_errors: Vec<_> = findings.as_array().unwrap().iter().filter(|f| f["rule"] == "content-error").collect();
    assert!(content_errors.is_empty(), "{content_errors:?}");
}

#[test]
fn new_refuses_bad_ids_and_existing_items() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(kapstok(dir.path(), &["init", "p"]).code, 0);
    let p = dir.path().join("p");
    let traversal = kapstok(&p, &["new", "action", "../evil"]);
    assert_eq!(traversal.code, 2);
    assert!(traversal.stderr.contains("not a valid id"), "{}", traversal.stderr);
    assert!(!dir.path().join("evil.md").exists() && !p.join("content/evil.md").exists());
    let spaced = kapstok(&p, &["new", "page", "Over Ons"]);
    assert_eq!(spaced.code, 2);
    assert!(spaced.stderr.contains("try `over-ons`"), "{}", spaced.stderr);

    let before = std::fs::read_to_string(p.join("content/actions/papierarm-vergaderen.md")).unwrap();
    let existing = kapstok(&p, &["new", "action", "papierarm-vergaderen"]);
    assert_eq!(existing.code, 2);
    assert!(existing.stderr.contains("exists already"), "{}", existing.stderr);
    assert_eq!(std::fs::read_to_string(p.join("content/actions/papierarm-vergaderen.md")).unwrap(), before);

    let claim = kapstok(&p, &["new", "claim", "halvering-papier"]);
    assert_eq!(claim.code, 2);
    assert!(claim.stderr.contains("exists already"), "{}", claim.stderr);
}
