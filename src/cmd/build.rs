//! `kapstok build`: check, render both sites in memory, stage them beside the
//! output folders (the privacy guard reads every public file on its way), swap.
//! Outcomes (spec/cli.md): failed (nothing changes, exit 1), blocked (intranet
//! replaced, public untouched, exit 1), ok (both replaced, exit 0).

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::cli::BuildArgs;
use crate::diag::{self, Code, Diagnostic, Severity};
use crate::privacy::Guard;
use crate::{asset_text, output, render};

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

const TEXT_EXTS: &[&str] = &["html", "htm", "xml", "json", "jsonld", "csv", "ics", "js", "css", "svg", "txt"];

fn last_line(line: &str) {
    let _ = writeln!(anstream::stderr(), "{line}");
}

pub fn run(args: &BuildArgs) -> u8 {
    let today = match super::start(args.today.as_deref(), &args.root) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let out_arg = args.output.clone().unwrap_or_else(|| args.root.join("output"));
    let out = match output::check_output_dir(&args.root, &out_arg) {
        Ok(o) => o,
        Err(e) => {
            usage_error(&e);
            return EXIT_USAGE;
        }
    };
    let checked = super::check_project(&args.root, today);
    let shown: Vec<Diagnostic> = checked.diags.iter().filter(|d| !args.quiet || d.severity <= Severity::Warning).cloned().collect();
    super::print_diags(&shown, &checked.sources);
    if checked.project.is_some() && checked.has_content_errors() {
        last_line(&format!("failed: {} content error(s); nothing was written", diag::count(&checked.diags, Severity::Error)));
        return EXIT_FOUND;
    }
    let error_findings = diag::count(&checked.diags, Severity::Error);
    let warnings = diag::count(&checked.diags, Severity::Warning);
    let super::Checked { project: Some(project), today: Some(day), guard: Some(guard), diags, sources } = checked else {
        last_line("failed: content errors; nothing was written");
        return EXIT_FOUND;
    };
    let input = Arc::new(render::Input { project, today: day, diags, sources });
    let sources = &input.sources;
    let timer = super::check::Timings::start();
    let template_failed = |e: String| {
        let d = Diagnostic::error(diag::Kind::Template, e);
        super::print_diags(&[d], sources);
        last_line("failed: template error; nothing was written");
        EXIT_FOUND
    };
    // One site at a time, each page written to the staging folder as soon as
    // it is rendered: a large trajectory is never held whole in memory. The
    // privacy guard (the one the checks used) reads every public text file
    // on its way to the staging folder. The public site goes first, so the
    // guard's index is dropped before the intranet's larger pages; intranet
    // pages, which the guard does not read, are rendered straight into
    // their files.
    let template_error = Mutex::new(None::<render::RenderError>);
    let remember = |e: render::RenderError| {
        let message = e.to_string();
        if let Ok(mut slot) = template_error.lock() {
            slot.get_or_insert(e);
        }
        std::io::Error::other(message)
    };
    let public_dir = out.join("public");
    let hits: Mutex<Vec<(String, Vec<Diagnostic>)>> = Mutex::new(Vec::new());
    // `guard`: the public site, every text file read by the guard; `None`: the intranet.
    let stage = |dir: &Path, guard: Option<&Guard>| -> std::io::Result<(output::Staged, usize)> {
        let plan = render::plan(Arc::clone(&input), guard.is_some()).map_err(remember)?;
        let paths = plan.paths();
        let staged = output::stage_with(dir, &paths, |staging| {
            let write = |rel: &str, bytes: &[u8]| {
                if let Some(guard) = guard {
                    let found = guard_bytes(guard, &format!("{}/{}", display(&public_dir), rel), rel, bytes);
                    if !found.is_empty() {
                        hits.lock().map_err(|_| std::io::Error::other("a render thread panicked"))?.push((rel.to_owned(), found));
                    }
                }
                output::write_file(staging, rel, bytes)
            };
            // The public site's files are held whole, so the guard reads
            // each file as it will be published; the intranet's are
            // rendered straight into their files.
            let written = if guard.is_some() {
                plan.write_site(&write, None)
            } else {
                plan.stream_site(&write, &|rel| output::create_file(staging, rel).map(|file| Box::new(file) as Box<dyn Write>))
            };
            written.map_err(remember)
        })?;
        Ok((staged, paths.len()))
    };
    let intranet_dir = out.join("intranet");
    let failed = |e: &std::io::Error| match template_error.lock().ok().and_then(|mut t| t.take()) {
        // Not a template error: a file that cannot be written, or an asset read.
        None | Some(render::RenderError::Write { .. } | render::RenderError::Read { .. }) => io_failed(e),
        Some(t) => template_failed(t.to_string()),
    };
    let (staged_public, public_files) = match stage(&public_dir, Some(&guard)) {
        Ok(s) => s,
        Err(e) => return failed(&e),
    };
    // The file names are public too (the addresses, and the manifest that lists them).
    let names = staged_public.written.join("\n");
    let found = guard_file(&guard, &format!("{}/{}", display(&public_dir), output::MANIFEST), &names);
    if !found.is_empty()
        && let Ok(mut h) = hits.lock()
    {
        h.push((output::MANIFEST.to_owned(), found));
    }
    drop(guard);
    timer.lap("public site");
    let (staged_intranet, intranet_files) = match stage(&intranet_dir, None) {
        Ok(s) => s,
        Err(e) => {
            staged_public.abort();
            return failed(&e);
        }
    };
    timer.lap("intranet");
    let mut hits = hits.into_inner().unwrap_or_default();
    hits.sort_by(|a, b| a.0.cmp(&b.0));
    let hits: Vec<Diagnostic> = hits.into_iter().flat_map(|(_, found)| found).collect();
    // Warnings among them (what the guard cannot read in an asset) do not block.
    let guard_errors = hits.iter().filter(|d| d.is_error()).count();
    let blocking = error_findings + guard_errors;
    if !hits.is_empty() {
        super::print_diags(&hits, sources);
    }
    if let Err(e) = staged_intranet.commit() {
        staged_public.abort();
        return io_failed(&e);
    }
    if blocking > 0 {
        staged_public.abort();
        last_line(&format!(
            "blocked: {error_findings} error finding(s), {guard_errors} privacy-guard hit(s): intranet updated, public site NOT updated"
        ));
        return EXIT_FOUND;
    }
    if let Err(e) = staged_public.commit() {
        return io_failed(&e);
    }
    last_line(&format!(
        "ok: intranet ({} files) and public site ({} files) written to {}; {warnings} warning(s)",
        intranet_files,
        public_files,
        display(&out)
    ));
    timer.lap("swap");
    EXIT_OK
}

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
fn guard_bytes(guard: &Guard, shown_path: &str, rel: &str, bytes: &[u8]) -> Vec<Diagnostic> {
    if let Some(asset) = rel.strip_prefix("assets/") {
        guard_asset(guard, shown_path, asset, &format!("content/assets/{asset}"), bytes, asset_text::ASSET_LIMITS)
    } else if is_text(rel) {
        guard_file(guard, shown_path, &String::from_utf8_lossy(bytes))
    } else if rel.to_ascii_lowercase().ends_with(".zip") {
        guard_asset(guard, shown_path, rel, rel, bytes, asset_text::GENERATED_LIMITS)
    } else {
        Vec::new()
    }
}

/// Every text a reader can see in one file (`name` as published, `source`
/// as the author knows it), scanned by the guard, each hit named with the
/// file and the place in it (the label).
fn guard_asset(guard: &Guard, shown_path: &str, name: &str, source: &str, bytes: &[u8], limits: asset_text::Limits) -> Vec<Diagnostic> {
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
fn guard_file(guard: &Guard, shown_path: &str, text: &str) -> Vec<Diagnostic> {
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

/// The privacy guard over every page of a planned public site (for `serve`,
/// which shows the hits in a banner instead of refusing to publish). Stops
/// early, with the hits so far, once `cancelled` says so.
pub(crate) fn guard_plan(guard: &Guard, plan: &render::Plan, prefix: &str, cancelled: &(dyn Fn() -> bool + Sync)) -> Vec<Diagnostic> {
    let hits: Mutex<Vec<(String, Vec<Diagnostic>)>> = Mutex::new(Vec::new());
    let _ = plan.write_site(
        &|rel, bytes| {
            if cancelled() {
                return Err(std::io::Error::other("cancelled"));
            }
            {
                let mut found = guard_bytes(guard, &format!("{prefix}{rel}"), rel, bytes);
                found.retain(Diagnostic::is_error);
                if !found.is_empty() {
                    hits.lock().map_err(|_| std::io::Error::other("a render thread panicked"))?.push((rel.to_owned(), found));
                }
            }
            Ok(())
        },
        None,
    );
    let mut hits = hits.into_inner().unwrap_or_default();
    hits.sort_by(|a, b| a.0.cmp(&b.0));
    hits.into_iter().flat_map(|(_, found)| found).collect()
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

fn io_failed(e: &std::io::Error) -> u8 {
    usage_error_io(e);
    last_line("failed: I/O error; the output folder was left as it was");
    EXIT_FOUND
}

fn usage_error_io(e: &std::io::Error) {
    let _ = writeln!(anstream::stderr(), "error[io-error]: {e}");
}
