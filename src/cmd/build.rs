//! `kapstok build`: check, render both sites in memory, stage them beside the
//! output folders (the privacy guard reads every public file on its way), swap.
//! Outcomes (spec/cli.md): failed (nothing changes, exit 1), blocked (intranet
//! replaced, public untouched, exit 1), ok (both replaced, exit 0). The
//! checks are [`crate::pipeline`]'s, the guard's reading of each file
//! [`crate::privacy::scan`]'s, the staging and swap [`crate::output`]'s.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::cli::BuildArgs;
use crate::diag::{self, Diagnostic, Severity};
use crate::pipeline::{self, Checked, Timings};
use crate::privacy::{Guard, scan};
use crate::{output, render};

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

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
    let checked = pipeline::check(&args.root, today);
    let shown: Vec<Diagnostic> = checked.diags().iter().filter(|d| !args.quiet || d.severity <= Severity::Warning).cloned().collect();
    super::print_diags(&shown, checked.sources());
    let (project, day, guard, diags, sources) = match checked {
        Checked::Ready { project, today, guard, diags, sources } => (project, today, guard, diags, sources),
        Checked::ContentErrors { diags, .. } => {
            last_line(&format!("failed: {} content error(s); nothing was written", diag::count(&diags, Severity::Error)));
            return EXIT_FOUND;
        }
        Checked::Unreadable { .. } => {
            last_line("failed: content errors; nothing was written");
            return EXIT_FOUND;
        }
    };
    let error_findings = diag::count(&diags, Severity::Error);
    let warnings = diag::count(&diags, Severity::Warning);
    let input = Arc::new(render::Input { project, today: day, diags, sources });
    let sources = &input.sources;
    let timer = Timings::start();
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
                    let found = scan::public_file(guard, &format!("{}/{}", display(&public_dir), rel), rel, bytes);
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
    let found = scan::text(&guard, &format!("{}/{}", display(&public_dir), output::MANIFEST), &names);
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
