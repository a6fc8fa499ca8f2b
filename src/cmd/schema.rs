//! `kapstok schema`: write the JSON Schemas of every content file to
//! `ROOT/schemas/` (made from the Rust types by [`crate::schema`]), and a VS
//! Code settings file that maps them onto the content files where none exists.
//! It never touches content/ and never overwrites a settings file.

use std::path::{Path, PathBuf};

use crate::i18n::{Msg, msg};
use crate::schema;

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

pub(super) fn run(root: &Path, lang: Option<&str>) -> u8 {
    let lang = super::message_language(lang, Some(root));
    if !root.is_dir() {
        usage_error(lang, &super::not_a_folder(root));
        return EXIT_USAGE;
    }
    let written = match write(root) {
        Ok(w) => w,
        Err(e) => {
            usage_error(lang, &e);
            return EXIT_FOUND;
        }
    };
    let say = |m: Msg| m.say(lang);
    println!("{}", say(msg!("cli-schema-wrote", n = written.schemas.len(), dir = root.join(schema::DIR).display().to_string())));
    for f in schema::all() {
        println!("  {}/{:<24} {}", schema::DIR, f.name, f.files.join(", "));
    }
    if written.settings_written {
        println!("\n{}", say(msg!("cli-schema-vscode-written")));
    } else {
        println!("\n{}", say(msg!("cli-schema-vscode-kept")));
        println!("{}", serde_json::to_string_pretty(&schema::vscode_settings()).unwrap_or_default());
    }
    println!("{}\n  {}", say(msg!("cli-schema-modeline")), schema::modeline("content/site.yaml").unwrap_or_default());
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
pub(super) fn write(root: &Path) -> Result<Written, Msg> {
    let dir = root.join(schema::DIR);
    std::fs::create_dir_all(&dir).map_err(|e| super::cannot_write(&dir, &e))?;
    let mut schemas = Vec::new();
    for f in schema::all() {
        let path = dir.join(f.name);
        std::fs::write(&path, f.text()).map_err(|e| super::cannot_write(&path, &e))?;
        schemas.push(path);
    }
    let vscode = root.join(".vscode");
    let settings = vscode.join("settings.json");
    let settings_written = if settings.exists() {
        false
    } else {
        let mut text = serde_json::to_string_pretty(&schema::vscode_settings()).unwrap_or_default();
        text.push('\n');
        std::fs::create_dir_all(&vscode).and_then(|()| std::fs::write(&settings, text)).map_err(|e| super::cannot_write(&settings, &e))?;
        true
    };
    Ok(Written { schemas, settings_written })
}
