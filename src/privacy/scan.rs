//! The guard over the files of a generated public site: which files it reads
//! and how ([`crate::asset_text`] for assets and archives), and the
//! diagnostics its hits become. It reads no files from disk: the caller
//! hands it each file's bytes (`build` on their way to the staging folder,
//! `serve` after planning).

use crate::asset_text;
use crate::diag::{self, Code, Diagnostic, Severity};
use crate::i18n::msg;

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
            // `t.label` says where in the file ("file name", "page 2"), as
            // `asset_text` names it.
            let mut d = Diagnostic::new(
                Severity::Error,
                Code::Rule(hit.kind.rule()),
                msg!("find-guard-shows-in", text = found.trim(), place = t.label.as_str(), file = source),
            )
            .help(msg!("find-guard-shows-in-help", needle = hit.needle.as_str()));
            d.path = Some(shown_path.to_owned());
            hits.push(d);
        }
    });
    for u in unread {
        // `u.why` is `asset_text`'s reason (a format's or the OS's words).
        let message = if u.label.is_empty() {
            msg!("find-guard-unread", file = source, why = &u.why)
        } else {
            msg!("find-guard-unread-in", place = u.label.as_str(), file = source, why = &u.why)
        };
        let mut d = if u.blocks {
            Diagnostic::error(diag::Kind::AssetUnread, message).help(msg!("find-guard-unread-blocks-help"))
        } else {
            Diagnostic::warning(diag::Kind::AssetUnread, message).help(msg!("find-guard-unread-help"))
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
        let mut d = Diagnostic::new(Severity::Error, Code::Rule(hit.kind.rule()), msg!("find-guard-shows", text = found.trim()))
            .help(msg!("find-guard-shows-help", needle = hit.needle.as_str()));
        d.path = Some(shown_path.to_owned());
        hits.push(d);
    }
    hits
}
