//! A build of both sites from a checked project: render each site, stage it
//! beside its output folder (the privacy guard reads every public file, and
//! the list of its file names, on their way), then swap. The outcomes of
//! `spec/cli.md`, as data: [`Built`]. Owns the order (public site first, so
//! the guard's index is freed before the intranet's larger pages) and the
//! rule that a blocked build replaces the intranet only. Must not print or
//! exit: that is `cmd::build`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diag::{self, Diagnostic, Severity};
use crate::pipeline::{Checked, Timings};
use crate::privacy::{Guard, scan};
use crate::source::Sources;
use crate::{output, render};

/// What a build did.
pub enum Built {
    /// The project has content errors (or none could be made): nothing was
    /// written.
    NotReady,
    /// A template failed: nothing was written.
    TemplateError { diag: Diagnostic, sources: Sources },
    /// A file could not be written or read: the output folder was left as it was.
    Io(std::io::Error),
    /// Error findings or privacy-guard hits: the intranet was replaced, the
    /// public site was not. `hits` are the guard's, sorted by file.
    Blocked { error_findings: usize, guard_errors: usize, hits: Vec<Diagnostic>, sources: Sources },
    /// Both sites were replaced. `hits` are the guard's warnings (what it
    /// cannot read in an asset), which do not block.
    Written { intranet_files: usize, public_files: usize, warnings: usize, hits: Vec<Diagnostic>, sources: Sources },
}

/// Build both sites of a checked project into `out/intranet` and `out/public`.
pub(crate) fn build(checked: Checked, out: &Path) -> Built {
    let (project, today, guard, diags, sources) = match checked {
        Checked::Ready { project, today, guard, diags, sources } => (project, today, guard, diags, sources),
        Checked::ContentErrors { .. } | Checked::Unreadable { .. } => return Built::NotReady,
    };
    let error_findings = diag::count(&diags, Severity::Error);
    let warnings = diag::count(&diags, Severity::Warning);
    let input = Arc::new(render::Input { project, today, diags, sources });
    let timer = Timings::start();
    let mut site = Site { input: &input, template_error: Mutex::new(None), hits: Mutex::new(Vec::new()), dir: out.join("public") };
    let (staged_public, public_files) = match site.stage(Some(&guard)) {
        Ok(s) => s,
        Err(e) => return site.failed(e),
    };
    // The file names are public too (the addresses, and the manifest that lists them).
    let names = staged_public.written.join("\n");
    let found = scan::text(&guard, &format!("{}/{}", site.dir.display(), output::MANIFEST), &names);
    if !found.is_empty() {
        site.hits.get_mut().map(|h| h.push((output::MANIFEST.to_owned(), found))).ok();
    }
    drop(guard);
    timer.lap("public site");
    site.dir = out.join("intranet");
    let (staged_intranet, intranet_files) = match site.stage(None) {
        Ok(s) => s,
        Err(e) => {
            staged_public.abort();
            return site.failed(e);
        }
    };
    timer.lap("intranet");
    let mut hits = site.hits.into_inner().unwrap_or_default();
    hits.sort_by(|a, b| a.0.cmp(&b.0));
    let hits: Vec<Diagnostic> = hits.into_iter().flat_map(|(_, found)| found).collect();
    // Warnings among them (what the guard cannot read in an asset) do not block.
    let guard_errors = hits.iter().filter(|d| d.is_error()).count();
    if let Err(e) = staged_intranet.commit() {
        staged_public.abort();
        return Built::Io(e);
    }
    let sources = input.sources.clone();
    if error_findings + guard_errors > 0 {
        staged_public.abort();
        return Built::Blocked { error_findings, guard_errors, hits, sources };
    }
    if let Err(e) = staged_public.commit() {
        return Built::Io(e);
    }
    timer.lap("swap");
    Built::Written { intranet_files, public_files, warnings, hits, sources }
}

/// One site being staged: what its files need, and what they found.
struct Site<'a> {
    input: &'a Arc<render::Input>,
    /// The first template error (an I/O error carries its message out of the writers).
    template_error: Mutex<Option<render::RenderError>>,
    /// The guard's hits, by site-relative file.
    hits: Mutex<Vec<(String, Vec<Diagnostic>)>>,
    /// The folder of the site being staged (named in the guard's hits).
    dir: PathBuf,
}

impl Site<'_> {
    fn remember(&self, e: render::RenderError) -> std::io::Error {
        let message = e.to_string();
        if let Ok(mut slot) = self.template_error.lock() {
            slot.get_or_insert(e);
        }
        std::io::Error::other(message)
    }

    /// Render and stage a site: with `guard`, the public site, every file
    /// held whole and read by the guard; without, the intranet, each page
    /// rendered straight into its file.
    fn stage(&self, guard: Option<&Guard>) -> std::io::Result<(output::Staged, usize)> {
        let plan = render::plan(Arc::clone(self.input), guard.is_some()).map_err(|e| self.remember(e))?;
        let paths = plan.paths();
        let dir = &self.dir;
        let staged = output::stage_with(dir, &paths, |staging| {
            let write = |rel: &str, bytes: &[u8]| {
                if let Some(guard) = guard {
                    let found = scan::public_file(guard, &format!("{}/{}", dir.display(), rel), rel, bytes);
                    if !found.is_empty() {
                        self.hits.lock().map_err(|_| std::io::Error::other("a render thread panicked"))?.push((rel.to_owned(), found));
                    }
                }
                output::write_file(staging, rel, bytes)
            };
            let written = if guard.is_some() {
                plan.write_site(&write, None)
            } else {
                plan.stream_site(&write, &|rel| output::create_file(staging, rel).map(|file| Box::new(file) as Box<dyn Write>))
            };
            written.map_err(|e| self.remember(e))
        })?;
        Ok((staged, paths.len()))
    }

    /// What a failed staging was: a template error, or I/O.
    fn failed(self, e: std::io::Error) -> Built {
        match self.template_error.into_inner().ok().flatten() {
            // Not a template error: a file that cannot be written, or an asset read.
            None | Some(render::RenderError::Write { .. } | render::RenderError::Read { .. }) => Built::Io(e),
            Some(t) => {
                Built::TemplateError { diag: Diagnostic::error(diag::Kind::Template, t.text()), sources: self.input.sources.clone() }
            }
        }
    }
}
