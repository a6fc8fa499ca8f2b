//! The layering of `src/` (design.md, "Target layout"): each top-level
//! module uses only modules above it in [`ORDER`], so there is no circle and
//! `model` uses no later stage. Reads the sources; test code (`#[cfg(test)]`
//! modules, `tests.rs` and `testutil.rs` files) and comments are not counted.

use std::collections::BTreeSet;
use std::path::Path;

/// Top-level modules, each allowed to use only those before it.
const ORDER: &[&str] = &[
    "i18n",
    "source",
    "diag",
    "yaml",
    "asset_text",
    "model",
    "progress",
    "text",
    "html",
    "rules",
    "load",
    "validate",
    "public",
    "privacy",
    "checks",
    "pipeline",
    "render",
    "output",
    "build",
    "serve",
    "import",
    "schema",
    "cli",
    "cmd",
    "lib",
    "main",
];

/// The `crate::X` a module's non-test code names.
fn uses(module: &str, src: &Path) -> BTreeSet<String> {
    let mut files = Vec::new();
    let file = src.join(format!("{module}.rs"));
    if file.is_file() {
        files.push(file);
    }
    let dir = src.join(module);
    if dir.is_dir() {
        for entry in walkdir::WalkDir::new(&dir).into_iter().filter_map(Result::ok) {
            let p = entry.path();
            if p.extension().is_some_and(|e| e == "rs") && p.file_name().is_some_and(|n| n != "testutil.rs" && n != "tests.rs") {
                files.push(p.to_path_buf());
            }
        }
    }
    let mut out = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read a source file");
        let mut lines = text.lines().peekable();
        while let Some(line) = lines.next() {
            let t = line.trim_start();
            // A test module runs to the end of the file (the project's habit).
            if t.starts_with("#[cfg(test)]") && lines.peek().is_some_and(|n| n.trim_start().starts_with("mod ") && n.contains('{')) {
                break;
            }
            if t.starts_with("//") {
                continue;
            }
            for (i, _) in line.match_indices("crate::") {
                let name: String =
                    line[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
                if !name.is_empty() && name != module {
                    out.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn each_module_uses_only_modules_above_it() {
    let src = crate::support::repo_root().join("src");
    let mut modules: Vec<String> = std::fs::read_dir(&src)
        .expect("read src/")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    modules.sort();
    modules.dedup();
    let mut wrong = Vec::new();
    for m in &modules {
        let Some(at) = ORDER.iter().position(|o| o == m) else {
            wrong.push(format!("`{m}` is not in ORDER: place it in the layering"));
            continue;
        };
        for used in uses(m, &src) {
            match ORDER.iter().position(|o| *o == used) {
                Some(u) if u < at => {}
                _ => wrong.push(format!("`{m}` uses `{used}`, which is not above it")),
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken:\n{}", wrong.join("\n"));
    // The test sees the modules it judges.
    assert!(modules.len() >= 20, "{modules:?}");
}
