//! `kapstok import inventory FILE`: a spreadsheet to a new file
//! `content/inventory/NAME.yaml` (NAME from the spreadsheet's file name).
//!
//! Writes only when every row is valid, and never overwrites: an existing
//! file of that name stops the run before anything is read (exit 2), a row
//! with a problem stops it after every row was checked (exit 1).

use std::path::Path;

use crate::cli::ImportKind;
use crate::diag::{self, Severity};
use crate::import;
use crate::model::Id;

use crate::i18n::msg;

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

pub(super) fn run(what: ImportKind, file: &Path, root: &Path, lang: Option<&str>) -> u8 {
    let lang = super::message_language(lang, Some(root));
    match what {
        ImportKind::Inventory => inventory(file, root, lang),
    }
}

fn inventory(file: &Path, root: &Path, lang: crate::i18n::Language) -> u8 {
    if !root.is_dir() {
        usage_error(lang, &super::not_a_folder(root));
        return EXIT_USAGE;
    }
    let content = root.join("content");
    if !content.is_dir() {
        usage_error(lang, &super::no_content(root));
        return EXIT_USAGE;
    }
    if !file.is_file() {
        usage_error(lang, &msg!("cli-import-not-a-file", file = file.display().to_string()));
        return EXIT_USAGE;
    }
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let Some(name) = Id::parse(&stem).ok().map(|i| i.to_string()).or_else(|| Id::suggest(&stem)) else {
        usage_error(lang, &msg!("cli-import-bad-name", stem = stem.as_str()));
        return EXIT_USAGE;
    };
    let rel = format!("content/inventory/{name}.yaml");
    let target = root.join(&rel);
    if target.exists() || target.with_extension("yml").exists() {
        usage_error(lang, &msg!("cli-import-exists", file = rel.as_str()));
        return EXIT_USAGE;
    }
    let tables = match import::read(file) {
        Ok(t) => t,
        Err(e) => {
            usage_error(lang, &e);
            return EXIT_USAGE;
        }
    };
    let Some(table) = import::pick(tables) else {
        usage_error(lang, &msg!("cli-import-no-sheet", file = file.display().to_string()));
        return EXIT_USAGE;
    };
    let project = import::Project::read(root);
    let imported = import::inventory(&table, &project);
    super::print_diags(&imported.diags, &imported.sources, lang);
    let errors = diag::count(&imported.diags, Severity::Error);
    if errors > 0 {
        super::say(lang, &msg!("cli-import-failed", n = errors, file = file.display().to_string()));
        return EXIT_FOUND;
    }
    if imported.items.is_empty() {
        super::say(lang, &msg!("cli-import-no-items", file = file.display().to_string()));
        return EXIT_FOUND;
    }
    let from = match &imported.sheet {
        Some(s) => format!("{} (sheet {s})", file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()),
        None => file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default(),
    };
    let mut header = Vec::new();
    if root.join(crate::schema::DIR).join("inventory.schema.json").is_file()
        && let Some(line) = crate::schema::modeline(&rel)
    {
        header.push(line.trim_start_matches("# ").to_owned());
    }
    header.push(format!("The lokale foto, imported from {from} by `kapstok import inventory`."));
    let yaml = import::to_yaml(&imported.items, &header);
    if let Err(e) = import::reads_back(&yaml, &imported.items) {
        usage_error(lang, &msg!("cli-import-no-read-back", file = file.display().to_string(), detail = e.to_string()));
        return EXIT_FOUND;
    }
    let written = std::fs::create_dir_all(content.join("inventory")).and_then(|()| {
        // `create_new`: never overwrite, even a file made since the check above.
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&target)?;
        f.write_all(yaml.as_bytes())
    });
    if let Err(e) = written {
        usage_error(lang, &super::cannot_write(&target, &e));
        return EXIT_FOUND;
    }
    let public = imported.items.iter().filter(|i| i.visibility == Some(crate::model::Visibility::Public)).count();
    let warnings = diag::count(&imported.diags, Severity::Warning);
    let (items, internal) = (imported.items.len(), imported.items.len() - public);
    super::say(lang, &msg!("cli-import-ok", file = rel.as_str(), items = items, public = public, internal = internal, warnings = warnings));
    EXIT_OK
}
