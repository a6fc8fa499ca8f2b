//! The guard over the files of a generated public site: which files it reads
//! and how ([`crate::asset_text`] for assets and archives), and the
//! diagnostics its hits become. It reads no files from disk: the caller
//! hands it each file's bytes (`build` on their way to the staging folder,
//! `serve` after planning).

use crate::asset_text;
use crate::diag::{self, Code, Diagnostic, Severity};
use crate::i18n::msg;

use super::{Guard, css};

/// The privacy-guard hits in one public file, named `shown_path`. Every
/// file is read, whatever its type:
/// - an asset (`assets/...`) by every text a reader can see in it
///   ([`crate::asset_text`]: its name, metadata, pages, archive members...),
///   with a warning for what the guard cannot read and an error for an
///   archive it must not publish unread;
/// - a theme's static file (`static/...`) the same way, whatever its type
///   (a compressed file unpacked, a font by its names, a file of a type
///   without a reader by its text or plain characters); a stylesheet or
///   script that is text as text, a stylesheet also as a browser reads it
///   ([`css`]);
/// - a generated text file as it is (a stylesheet and the `<style>` of a
///   page also as a browser reads them), a generated zip archive member by
///   member, any other generated file by its bytes as text.
///
/// Hits and blocking problems are errors; the rest warnings.
pub(crate) fn public_file(guard: &Guard, shown_path: &str, rel: &str, bytes: &[u8]) -> Vec<Diagnostic> {
    let lower = rel.to_ascii_lowercase();
    if let Some(asset) = rel.strip_prefix("assets/") {
        asset_file(guard, shown_path, asset, &format!("content/assets/{asset}"), bytes, asset_text::ASSET_LIMITS)
    } else if rel.starts_with("static/") && ((!lower.ends_with(".css") && !lower.ends_with(".js")) || !asset_text::is_plain(rel, bytes)) {
        asset_file(guard, shown_path, rel, rel, bytes, asset_text::ASSET_LIMITS)
    } else if lower.ends_with(".zip") {
        asset_file(guard, shown_path, rel, rel, bytes, asset_text::GENERATED_LIMITS)
    } else {
        // Generated text files, a theme's stylesheets and scripts, and any
        // other file: its bytes as text; JSON with its escapes decoded
        // (`\n` is a line break, not the initial `n` after a surname, and
        // `\u0053ofie` is `Sofie`), in one pass only when it has a backslash.
        let written = String::from_utf8_lossy(bytes);
        let written = if [".json", ".jsonld", ".geojson"].iter().any(|e| lower.ends_with(e)) {
            match asset_text::json_unescape(&written) {
                std::borrow::Cow::Owned(shown) => std::borrow::Cow::Owned(shown),
                std::borrow::Cow::Borrowed(_) => written,
            }
        } else {
            written
        };
        let read = if lower.ends_with(".css") {
            Some(css::read(&written)).filter(|r| *r != written)
        } else if (lower.ends_with(".html") || lower.ends_with(".htm")) && has_style(bytes) {
            css::styles_read(&written)
        } else {
            None
        };
        // A theme's stylesheet or script by its name too (`check` reads
        // no list of the site's file names).
        let name = if rel.starts_with("static/") { asset_text::name_text(rel) } else { String::new() };
        match read {
            // And what only the browser's reading of the CSS shows.
            Some(read) => texts(guard, shown_path, &[&written, &read, &name]),
            None => texts(guard, shown_path, &[&written, &name]),
        }
    }
}

/// True when an HTML file has a `<style` element (any case).
fn has_style(bytes: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, b"<").any(|i| bytes.get(i + 1..i + 6).is_some_and(|w| w.eq_ignore_ascii_case(b"style")))
}

/// Every text a reader can see in one file (`name` as published, `source`
/// as the author knows it), scanned by the guard, each hit named with the
/// file and the place in it (the label).
fn asset_file(guard: &Guard, shown_path: &str, name: &str, source: &str, bytes: &[u8], limits: asset_text::Limits) -> Vec<Diagnostic> {
    // A theme's file is left out of the theme, not of the assets.
    let theme = name.starts_with("static/");
    let mut hits = Vec::new();
    // The needles found so far: another reading of a part already read
    // reports only new ones.
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let unread = asset_text::read(name, bytes, limits, &mut |t| {
        for hit in guard.scan(&t.text) {
            if !seen.insert(hit.needle.clone()) && t.again {
                continue;
            }
            let found = &t.text[hit.range.clone()];
            // `t.label` says where in the file ("file name", "page 2"), as
            // `asset_text` names it.
            let mut d = Diagnostic::new(
                Severity::Error,
                Code::Rule(hit.kind.rule()),
                msg!("find-guard-shows-in", text = found.trim(), place = t.label.as_str(), file = source),
            )
            .help(if theme {
                msg!("find-guard-shows-theme-help", needle = hit.needle.as_str())
            } else {
                msg!("find-guard-shows-in-help", needle = hit.needle.as_str())
            });
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
            Diagnostic::error(diag::Kind::AssetUnread, message).help(if theme {
                msg!("find-guard-unread-blocks-theme-help")
            } else {
                msg!("find-guard-unread-blocks-help")
            })
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
    texts(guard, shown_path, &[text])
}

/// The privacy-guard hits in the texts of one file (the file as written,
/// and as a browser reads it), a needle found in one not again in the next.
fn texts(guard: &Guard, shown_path: &str, texts: &[&str]) -> Vec<Diagnostic> {
    let mut hits = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for text in texts {
        let found: Vec<_> = guard.scan(text).into_iter().filter(|h| !seen.contains(&h.needle)).collect();
        seen.extend(found.iter().map(|h| h.needle.clone()));
        hits.extend(found.into_iter().map(|hit| (*text, hit)));
    }
    hits.into_iter()
        .map(|(text, hit)| {
            let found = &text[hit.range.clone()];
            let mut d = Diagnostic::new(Severity::Error, Code::Rule(hit.kind.rule()), msg!("find-guard-shows", text = found.trim()))
                .help(msg!("find-guard-shows-help", needle = hit.needle.as_str()));
            d.path = Some(shown_path.to_owned());
            d
        })
        .collect()
}
