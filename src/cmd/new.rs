//! `kapstok new action|page|claim ID`: a filled-in skeleton.
//!
//! Refuses a bad id, an existing file and an existing claim id. The action
//! skeleton names the team's lead as owner and is `internal`.

use std::io::Write;
use std::path::Path;

use crate::cli::NewKind;
use crate::model::Id;

use crate::i18n::{Msg, msg};

use super::{EXIT_OK, EXIT_USAGE, usage_error};

pub(super) fn run(what: NewKind, id: &str, root: &Path, lang: Option<&str>) -> u8 {
    let lang = super::message_language(lang, Some(root));
    let id = match Id::parse(id) {
        Ok(id) => id,
        Err(e) => {
            let message = match Id::suggest(id) {
                Some(s) => msg!("cli-new-bad-id-try", id = id, detail = e.msg(), suggestion = s),
                None => msg!("cli-new-bad-id", id = id, detail = e.msg()),
            };
            usage_error(lang, &message);
            return EXIT_USAGE;
        }
    };
    let content = root.join("content");
    if !content.is_dir() {
        usage_error(lang, &super::no_content(root));
        return EXIT_USAGE;
    }
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let result = match what {
        NewKind::Action => {
            let lead = lead_id(root).unwrap_or_else(|| "LEAD".to_owned());
            let text = format!(
                "---\ntitle: {title}\nowners: [{lead}]\ndepartment: \nstatus: planned\nstart: {today}\ndue: \nsdgs: []\ntopics: []\nvisibility: internal\n# indicator:            # what you measure, so a claim can be checked\n#   name: \n#   unit: \n#   baseline: \n#   target: \n#   source:             # who measures it, from what\n#   frequency:          # monthly, quarterly, yearly or a number of days\nfollow_up:\n  - {{ date: {follow}, with: kopgroep }}\n---\n## Wat we doen\n\nBeschrijf de actie: wat, waarom, met wie.\n",
                title = id.as_str().replace('-', " "),
                follow = today.checked_add(jiff::Span::new().days(30)).unwrap_or(today),
            );
            create(&content.join("actions").join(format!("{id}.md")), &text)
        }
        NewKind::Page => {
            let text =
                format!("---\ntitle: {}\naudience: intranet\n---\nSchrijf hier de tekst van de pagina.\n", id.as_str().replace('-', " "));
            create(&content.join("pages").join(format!("{id}.md")), &text)
        }
        NewKind::Claim => append_claim(&content, &id),
    };
    match result {
        Ok(path) => {
            println!("{}", msg!("cli-new-wrote", file = path.display().to_string()).say(lang));
            EXIT_OK
        }
        Err(e) => {
            usage_error(lang, &e);
            EXIT_USAGE
        }
    }
}

fn create(path: &Path, text: &str) -> Result<std::path::PathBuf, Msg> {
    if path.exists() {
        return Err(msg!("cli-new-exists", file = path.display().to_string()));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| super::cannot_write(parent, &e))?;
    }
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| super::cannot_write(path, &e))?;
    file.write_all(text.as_bytes()).map_err(|e| super::cannot_write(path, &e))?;
    Ok(path.to_path_buf())
}

/// The lead's id from team.yaml, read with the normal loader (no guessing).
fn lead_id(root: &Path) -> Option<String> {
    let loaded = crate::load::load(root);
    let (_, team) = loaded.team.as_ref()?;
    let members = team.members.value()?;
    let lead = members.iter().find(|m| m.lead.value().copied() == Some(true)).or(members.first())?;
    lead.id.value().cloned()
}

fn append_claim(content: &Path, id: &Id) -> Result<std::path::PathBuf, Msg> {
    let loaded = crate::load::load(content.parent().unwrap_or(content));
    if loaded.claims.iter().any(|(_, c)| c.value.id.value().map(String::as_str) == Some(id.as_str())) {
        return Err(msg!("cli-new-claim-exists", id = id.as_str()));
    }
    let path = content.join("claims").join("claims.yaml");
    let entry = format!(
        "\n- id: {id}\n  text: Schrijf hier wat we zeggen, met wat, hoeveel en tegen wanneer.\n  kind: commitment\n  actions: []        # de acties die dit staven\n  channels: []\n  visibility: internal\n"
    );
    let existing = std::fs::read_to_string(&path).unwrap_or_default();
    let text = if existing.is_empty() || existing.ends_with('\n') {
        format!("{existing}{}", entry.trim_start_matches('\n'))
    } else {
        format!("{existing}\n{}", entry.trim_start_matches('\n'))
    };
    std::fs::create_dir_all(content.join("claims")).map_err(|e| super::cannot_write(&content.join("claims"), &e))?;
    std::fs::write(&path, text).map_err(|e| super::cannot_write(&path, &e))?;
    Ok(path)
}
