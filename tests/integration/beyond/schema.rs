//! `kapstok schema`: the schemas accept every file of the example content
//! and reject an unknown key; `init` writes the schemas, a modeline in every
//! YAML file and the VS Code settings; an existing settings file is kept.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::support::{copy_dir, fixture, kapstok, repo_root};

/// Write the schemas for a copy of `content` and return the project folder.
fn with_schemas(content: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(content, &tmp.path().join("content"));
    let run = kapstok(tmp.path(), &["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    tmp
}

fn validator(root: &Path, name: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&fs::read_to_string(root.join("schemas").join(name)).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name} is not a valid JSON Schema: {e}"))
}

/// The YAML of a content file (the front matter of a Markdown file) as JSON.
fn instance(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap();
    let yaml = if path.extension().is_some_and(|e| e == "md") {
        let rest = text.strip_prefix("---\n").expect("front matter");
        rest[..rest.find("\n---").expect("end of front matter") + 1].to_owned()
    } else {
        text
    };
    serde_saphyr::from_str::<Value>(&yaml).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn schema_name(rel: &str) -> &'static str {
    match rel {
        "site.yaml" => "site.schema.json",
        "team.yaml" => "team.schema.json",
        "sessions.yaml" => "sessions.schema.json",
        r if r.starts_with("inventory/") => "inventory.schema.json",
        r if r.starts_with("evaluation/") => "evaluation.schema.json",
        r if r.starts_with("claims/") => "claims.schema.json",
        r if r.starts_with("actions/") => "action.schema.json",
        r if r.starts_with("pages/") => "page.schema.json",
        r => panic!("no schema for {r}"),
    }
}

/// Every problem the schemas find in the project's content files.
fn problems(root: &Path) -> Vec<String> {
    let content = root.join("content");
    let mut out = Vec::new();
    let mut checked = 0;
    for e in walkdir::WalkDir::new(&content).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(&content).unwrap().to_string_lossy().replace('\\', "/");
        if !e.file_type().is_file() || rel.starts_with("assets/") {
            continue;
        }
        let v = validator(root, schema_name(&rel));
        let doc = instance(e.path());
        out.extend(v.iter_errors(&doc).map(|err| format!("{rel}: {err} at {}", err.instance_path())));
        checked += 1;
    }
    assert!(checked > 0);
    out
}

#[test]
fn the_schemas_accept_the_example() {
    let tmp = with_schemas(&repo_root().join("content"));
    let names: Vec<String> =
        fs::read_dir(tmp.path().join("schemas")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 8, "{names:?}");
    let problems = problems(tmp.path());
    assert!(problems.is_empty(), "the example does not match its schemas:\n{}", problems.join("\n"));
    let settings: Value = serde_json::from_str(&fs::read_to_string(tmp.path().join(".vscode/settings.json")).unwrap()).unwrap();
    assert_eq!(settings["yaml.schemas"]["./schemas/inventory.schema.json"][0], "content/inventory/**/*.yaml");
}

#[test]
fn the_schemas_reject_an_unknown_key() {
    // The fixture's action says `ownres:` (a typo of `owners`).
    let tmp = with_schemas(&fixture("unknown-key").join("content"));
    let found = problems(tmp.path());
    assert!(found.iter().any(|p| p.starts_with("actions/") && p.contains("ownres")), "{found:?}");
    // And a few more mistakes an editor should underline.
    fs::write(
        tmp.path().join("content/sessions.yaml"),
        "- number: 1\n  date: 5 februari\n  title: Start\n  statuss: done\n- number: 2\n  title: Zonder datum\n",
    )
    .unwrap();
    let found = problems(tmp.path());
    let sessions: Vec<&String> = found.iter().filter(|p| p.starts_with("sessions.yaml")).collect();
    assert!(sessions.iter().any(|p| p.contains("statuss")), "{sessions:?}");
    assert!(sessions.iter().any(|p| p.contains("5 februari")), "{sessions:?}");
    assert!(sessions.iter().any(|p| p.contains("date")), "a missing required key: {sessions:?}");
}

#[test]
fn init_writes_schemas_modelines_and_editor_settings() {
    let dir = tempfile::tempdir().unwrap();
    let run = kapstok(dir.path(), &["init", "p"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let p = dir.path().join("p");
    let site = fs::read_to_string(p.join("content/site.yaml")).unwrap();
    assert!(site.starts_with("# yaml-language-server: $schema=../schemas/site.schema.json\n"), "{site}");
    let inventory = fs::read_to_string(p.join("content/inventory/meerjarenplan.yaml")).unwrap();
    assert!(inventory.starts_with("# yaml-language-server: $schema=../../schemas/inventory.schema.json\n"));
    for e in walkdir::WalkDir::new(p.join("content")) {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy();
        if name.ends_with(".yaml") {
            let text = fs::read_to_string(e.path()).unwrap();
            let line = text.lines().next().unwrap();
            let target = line.strip_prefix("# yaml-language-server: $schema=").unwrap_or_else(|| panic!("{name}: {line}"));
            assert!(e.path().parent().unwrap().join(target).is_file(), "{name}: `{target}` does not exist");
        }
    }
    assert!(p.join(".vscode/settings.json").is_file());
    assert!(problems(&p).is_empty(), "{:?}", problems(&p));
    let check = kapstok(&p, &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn schema_keeps_an_existing_settings_file_and_refuses_a_missing_root() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixture("minimal").join("content"), &tmp.path().join("content"));
    fs::create_dir_all(tmp.path().join(".vscode")).unwrap();
    fs::write(tmp.path().join(".vscode/settings.json"), "{ \"editor.tabSize\": 2 }\n").unwrap();
    let run = kapstok(tmp.path(), &["schema", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(fs::read_to_string(tmp.path().join(".vscode/settings.json")).unwrap(), "{ \"editor.tabSize\": 2 }\n");
    assert!(run.stdout.contains("yaml.schemas"), "the snippet to add is printed: {}", run.stdout);
    assert!(tmp.path().join("schemas/action.schema.json").is_file());
    let missing = kapstok(tmp.path(), &["schema", "--root", "nowhere"]);
    assert_eq!(missing.code, 2);
}
