//! `kapstok schema`: write the JSON Schemas of every content file to
//! `ROOT/schemas/` (made from the Rust types by [`crate::schema`]), and a VS
//! Code settings file that maps them onto the content files where none exists.
//! It never touches content/ and never overwrites a settings file.

use std::path::{Path, PathBuf};

use crate::schema;

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

pub(super) fn run(root: &Path, lang: Option<&str>) -> u8 {
    let _lang = super::message_language(lang, Some(root));
    if !root.is_dir() {
        usage_error(&format!("--root `{}` is not a folder", root.display()));
        return EXIT_USAGE;
    }
    let written = match write(root) {
        Ok(w) => w,
        Err(e) => {
            usage_error(&e);
            return EXIT_FOUND;
        }
    };
    println!("Wrote {} JSON Schemas to {}:", written.schemas.len(), root.join(schema::DIR).display());
    for f in schema::all() {
        println!("  {}/{:<24} {}", schema::DIR, f.name, f.files.join(", "));
    }
    if written.settings_written {
        println!("\nVS Code (with the YAML extension): .vscode/settings.json maps them to the content files.");
    } else {
        println!("\nVS Code: .vscode/settings.json exists and was left as it is; add this to it:");
        println!("{}", serde_json::to_string_pretty(&schema::vscode_settings()).unwrap_or_default());
    }
    println!(
        "Any editor with yaml-language-server: start a YAML file with a line such as\n  {}",
        schema::modeline("content/site.yaml").unwrap_or_default()
    );
    EXIT_OK
}

/// What [`write`] wrote.
pub(super) struct Written {
    pub schemas: Vec<PathBuf>,
    /// False when `.vscode/settings.json` existed already (it is never overwritten).
    pub settings_written: bool,
}

/// Write every schema to `root/schemas/` (replacing earlier ones: they are
/// generated) and `root/.vscode/settings.json` when there is none.
pub(super) fn write(root: &Path) -> Result<Written, String> {
    let dir = root.join(schema::DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make `{}`: {e}", dir.display()))?;
    let mut schemas = Vec::new();
    for f in schema::all() {
        let path = dir.join(f.name);
        std::fs::write(&path, f.text()).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        schemas.push(path);
    }
    let vscode = root.join(".vscode");
    let settings = vscode.join("settings.json");
    let settings_written = if settings.exists() {
        false
    } else {
        let mut text = serde_json::to_string_pretty(&schema::vscode_settings()).unwrap_or_default();
        text.push('\n');
        std::fs::create_dir_all(&vscode)
            .and_then(|()| std::fs::write(&settings, text))
            .map_err(|e| format!("cannot write `{}`: {e}", settings.display()))?;
        true
    };
    Ok(Written { schemas, settings_written })
}
