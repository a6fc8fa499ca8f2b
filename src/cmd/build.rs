//! `kapstok build`: check, render both sites in memory, stage them beside the
//! output folders, run the privacy guard on the staged public site, swap.
//! Outcomes (spec/cli.md): failed (nothing changes, exit 1), blocked (intranet
//! replaced, public untouched, exit 1), ok (both replaced, exit 0).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::cli::BuildArgs;
use crate::diag::{self, Code, Diagnostic, Severity};
use crate::output;
use crate::privacy::Guard;

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

const TEXT_EXTS: &[&str] = &["html", "htm", "xml", "json", "csv", "ics", "js", "css", "svg", "txt"];

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
    let (Some(project), Some(day), Some(guard)) = (&checked.project, checked.today, &checked.guard) else {
        last_line("failed: content errors; nothing was written");
        return EXIT_FOUND;
    };
    let timer = super::check::Timings::start();
    let template_failed = |e: String| {
        let d = Diagnostic::error(diag::Kind::Template, e);
        super::print_diags(&[d], &checked.sources);
        last_line("failed: template error; nothing was written");
        EXIT_FOUND
    };
    // One site at a time, each page written to the staging folder as soon as
    // it is rendered: a large trajectory is never held whole in memory.
    let template_error = std::sync::Mutex::new(None::<String>);
    let remember = |e: String| {
        if let Ok(mut slot) = template_error.lock() {
            slot.get_or_insert(e.clone());
        }
        std::io::Error::other(e)
    };
    let stage = |dir: &Path, public: bool| -> std::io::Result<(output::Staged, usize)> {
        let plan = crate::render::plan(project, day, &checked.diags, &checked.sources, public).map_err(remember)?;
        let paths = plan.paths();
        let staged = output::stage_with(dir, &paths, |staging| {
            plan.write_site(&|rel, bytes| output::write_file(staging, rel, bytes).map_err(|e| format!("writing `{rel}`: {e}")))
                .map_err(remember)
        })?;
        Ok((staged, paths.len()))
    };
    let intranet_dir = out.join("intranet");
    let public_dir = out.join("public");
    let failed = |e: &std::io::Error| match template_error.lock().ok().and_then(|mut t| t.take()) {
        Some(t) if !t.starts_with("writing `") => template_failed(t),
        _ => io_failed(e),
    };
    let (staged_intranet, intranet_files) = match stage(&intranet_dir, false) {
        Ok(s) => s,
        Err(e) => return failed(&e),
    };
    let (staged_public, public_files) = match stage(&public_dir, true) {
        Ok(s) => s,
        Err(e) => {
            staged_intranet.abort();
            return failed(&e);
        }
    };
    timer.lap("render and stage");
    // The privacy guard (the one the checks used) reads the staged public site back.
    let mut hits: Vec<Diagnostic> = Vec::new();
    for rel in &staged_public.written {
        let ext = rel.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        if !TEXT_EXTS.contains(&ext.as_str()) {
            continue;
        }
        let text = match std::fs::read(staged_public.staging.join(rel)) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                staged_intranet.abort();
                staged_public.abort();
                return io_failed(&e);
            }
        };
        hits.extend(guard_file(guard, &format!("{}/{}", display(&public_dir), rel), &text));
    }
    let blocking = checked.diags.iter().filter(|d| d.is_error()).count() + hits.len();
    if !hits.is_empty() {
        super::print_diags(&hits, &checked.sources);
    }
    if let Err(e) = staged_intranet.commit() {
        staged_public.abort();
        return io_failed(&e);
    }
    if blocking > 0 {
        staged_public.abort();
        last_line(&format!(
            "blocked: {} error finding(s), {} privacy-guard hit(s): intranet updated, public site NOT updated",
            blocking - hits.len(),
            hits.len()
        ));
        return EXIT_FOUND;
    }
    if let Err(e) = staged_public.commit() {
        return io_failed(&e);
    }
    let warnings = diag::count(&checked.diags, Severity::Warning);
    last_line(&format!(
        "ok: intranet ({} files) and public site ({} files) written to {}; {warnings} warning(s)",
        intranet_files,
        public_files,
        display(&out)
    ));
    timer.lap("guard and swap");
    EXIT_OK
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

/// The privacy guard over a public site in memory (for `serve`, which shows
/// the hits in a banner instead of refusing to publish).
pub(crate) fn guard_site(guard: &Guard, files: &BTreeMap<String, Vec<u8>>, prefix: &str) -> Vec<Diagnostic> {
    let mut hits = Vec::new();
    for (rel, bytes) in files {
        let ext = rel.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        if TEXT_EXTS.contains(&ext.as_str()) {
            hits.extend(guard_file(guard, &format!("{prefix}{rel}"), &String::from_utf8_lossy(bytes)));
        }
    }
    hits
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
