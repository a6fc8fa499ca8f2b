//! The guard over the files of a generated public site: which files it reads
//! and how ([`crate::asset_text`] for assets and archives), and the
//! diagnostics its hits become. It reads no files from disk: the caller
//! hands it each file's bytes (`build` on their way to the staging folder,
//! `serve` after planning).

use crate::asset_text;
use crate::diag::{self, Code, Diagnostic, Severity};

use super::Guard;

const TEXT_EXTS: &[&str] = &["html", "htm", "xml", "json", "jsonld", "csv", "ics", "js", "css", "svg", "txt"];

fn is_text(rel: &str) -> bool {
    let ext = rel.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    TEXT_EXTS.contains(&ext.as_str())
}

/// The privacy-guard hits in one public file, named `shown_path`: an asset
/// (`assets/...`) by every text a reader can see in it
/// ([`crate::asset_text`]: its name, metadata, pages, archive members...),
/// with a warning for what the guard cannot read and an error for an
/// archive it must not publish unread; a generated text file as it is; a
/// generated zip archive member by member. Hits and blocking problems are
/// errors; the rest warnings.
pub(crate) fn public_file(guard: &Guard, shown_path: &str, rel: &str, bytes: &[u8]) -> Vec<Diagnostic> {
    if let Some(asset) = rel.strip_prefix("assets/") {
        asset_file(guard, shown_path, asset, &format!("content/assets/{asset}"), bytes, asset_text::ASSET_LIMITS)
    } else if is_text(rel) {
        text(guard, shown_path, &String::from_utf8_lossy(bytes))
    } else if rel.to_ascii_lowercase().ends_with(".zip") {
        asset_file(guard, shown_path, rel, rel, bytes, asset_text::GENERATED_LIMITS)
    } else {
        Vec::new()
    }
}

/// Every text a reader can see in one file (`name` as published, `source`
/// as the author knows it), scanned by the guard, each hit named with the
/// file and the place in it (the label).
fn asset_file(guard: &Guard, shown_path: &str, name: &str, source: &str, bytes: &[u8], limits: asset_text::Limits) -> Vec<Diagnostic> {
    let mut hits = Vec::new();
    let unread = asset_text::read(name, bytes, limits, &mut |t| {
        for hit in guard.scan(&t.text) {
            let found = &t.text[hit.range.clone()];
            let mut d = Diagnostic::new(
                Severity::Error,
                Code::Rule(hit.kind.rule()),
                format!("the public site would show `{}` ({} of `{source}`)", found.trim(), t.label),
            )
            .help(format!("matches internal content: {}; take it out of the file, or leave the file out of content/assets/", hit.needle));
            d.path = Some(shown_path.to_owned());
            hits.push(d);
        }
    });
    for u in unread {
        let place = if u.label.is_empty() { format!("`{source}`") } else { format!("{} of `{source}`", u.label) };
        let mut d = if u.blocks {
            Diagnostic::error(diag::Kind::AssetUnread, format!("the privacy guard cannot read {place}: {}", u.why))
                .help("publishing is blocked until the guard can read it: unpack or shrink the archive, or leave it out of content/assets/")
        } else {
            Diagnostic::warning(diag::Kind::AssetUnread, format!("the privacy guard cannot read {place}: {}", u.why))
                .help("check it yourself for team members' names and internal notes")
        };
        d.path = Some(shown_path.to_owned());
        hits.push(d);
    }
    hits
}

/// The privacy-guard hits in one generated file, named `shown_path`.
pub(crate) fn text(guard: &Guard, shown_path: &str, text: &str) -> Vec<Diagnostic> {
    let mut hits = Vec::new();
    for hit in guard.scan(text) {
        let found = &text[hit.range.clone()];
        let mut d = Diagnostic::new(Severity::Error, Code::Rule(hit.kind.rule()), format!("the public site would show `{}`", found.trim()))
            .help(format!("matches internal content: {}", hit.needle));
        d.path = Some(shown_path.to_owned());
        hits.push(d);
    }
    hits
}
