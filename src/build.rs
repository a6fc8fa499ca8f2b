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
    /// written. `still_online`: the pages of the public site online now of
    /// the actions and pages the content makes internal (they stay online).
    NotReady { still_online: Vec<Gone> },
    /// A template failed: nothing was written.
    TemplateError { diag: Diagnostic, sources: Sources },
    /// A file could not be written or read: the output folder was left as it was.
    Io(std::io::Error),
    /// Error findings or privacy-guard hits: the intranet was replaced, the
    /// public site was not. `hits` are the guard's, sorted by file, then
    /// the assets kept off the public site (`asset-intranet-only`).
    /// `still_online`: the files of the public site online now (its
    /// manifest) that the refused one no longer has, with what they showed
    /// where that is known (an item made internal stays online until a
    /// build succeeds).
    Blocked { error_findings: usize, guard_errors: usize, hits: Vec<Diagnostic>, still_online: Vec<Gone>, sources: Sources },
    /// Both sites were replaced. `hits` are the guard's warnings (what it
    /// cannot read in an asset), which do not block, then the assets kept
    /// off the public site.
    Written { intranet_files: usize, public_files: usize, warnings: usize, hits: Vec<Diagnostic>, sources: Sources },
}

/// A file of the public site online now that a refused build would have
/// removed, and why, where its path says (`actions/ID/...`, a page, an asset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gone {
    /// Site-relative path.
    pub path: String,
    pub why: GoneWhy,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoneWhy {
    /// The page (or its embed or fragment) of an action now internal.
    ActionInternal(String),
    /// The page of an action no longer in `content/`.
    ActionRemoved(String),
    /// A free page that is now on the intranet only.
    PageInternal(String),
    /// An asset no public file refers to any more.
    Asset,
    /// Anything else the public site no longer has.
    Other,
}

/// Why the public site would lose `path` (of the files online now).
fn gone_why(p: &crate::model::Project, path: &str) -> GoneWhy {
    use crate::model::Visibility;
    let path_in = path.strip_prefix("embed/").unwrap_or(path);
    let action = path_in
        .strip_prefix("actions/")
        .and_then(|r| r.strip_suffix("/index.html"))
        .or_else(|| path.strip_prefix("fragments/actions/").and_then(|r| r.strip_suffix(".html")))
        .filter(|id| !id.contains('/'));
    if let Some(id) = action {
        return match p.actions.iter().find(|a| a.id.as_str() == id) {
            Some(a) if a.visibility != Visibility::Public => GoneWhy::ActionInternal(id.to_owned()),
            Some(_) => GoneWhy::Other,
            None => GoneWhy::ActionRemoved(id.to_owned()),
        };
    }
    if path.starts_with("assets/") {
        return GoneWhy::Asset;
    }
    let slug = path_in.strip_suffix("/index.html").or_else(|| path.strip_prefix("fragments/").and_then(|r| r.strip_suffix(".html")));
    if let Some(pg) = slug.and_then(|s| p.pages.iter().find(|pg| pg.slug.as_str() == s))
        && !pg.on_public()
    {
        return GoneWhy::PageInternal(pg.slug.to_string());
    }
    GoneWhy::Other
}

/// The `asset-intranet-only` findings of the assets (`assets/...`) that the
/// public site does not publish, at the project's level for the rule.
pub(crate) fn withheld_findings(p: &crate::model::Project, withheld: &[String]) -> Vec<Diagnostic> {
    use crate::model::RuleLevel;
    use crate::rules::RuleId;
    let rule = RuleId::AssetIntranetOnly;
    let severity = match p.site.checks.rules.get(rule.as_str()) {
        Some(RuleLevel::Allow) => return Vec::new(),
        Some(RuleLevel::Error) => Severity::Error,
        Some(RuleLevel::Warning) | None => Severity::Warning,
    };
    withheld
        .iter()
        .map(|path| {
            let file = format!("content/{path}");
            let asset = path.strip_prefix("assets/").unwrap_or(path);
            Diagnostic::new(severity, diag::Code::Rule(rule.as_str()), crate::i18n::msg!("find-asset-intranet-only", file = file.as_str()))
                .in_file(file.clone())
                .help(crate::i18n::msg!("find-asset-intranet-only-help", asset = asset))
                .subject(file)
        })
        .collect()
}

/// A checked project with the `asset-intranet-only` findings added (for
/// `check`: the public site is rendered in memory, as `build` would, to
/// see which assets it refers to; only when the project has assets).
pub(crate) fn with_asset_findings(checked: Checked) -> Checked {
    let Checked::Ready { project, today, guard, mut diags, sources } = checked else { return checked };
    if project.assets.is_empty() {
        return Checked::Ready { project, today, guard, diags, sources };
    }
    let input = Arc::new(render::Input { project, today, diags: Vec::new(), sources });
    // A template error is `build`'s to report; the assets are then not judged.
    let withheld = render::plan(Arc::clone(&input), true).map(|plan| plan.withheld()).unwrap_or_default();
    let render::Input { project, sources, .. } = match Arc::try_unwrap(input) {
        Ok(input) => input,
        Err(_) => unreachable!("the plan is dropped, and with it every other handle on the input"),
    };
    let found = withheld_findings(&project, &withheld);
    if !found.is_empty() {
        diags.extend(found);
        diag::sort(&mut diags, &sources);
    }
    Checked::Ready { project, today, guard, diags, sources }
}

/// Build both sites of a checked project into `out/intranet` and `out/public`.
pub(crate) fn build(checked: Checked, out: &Path) -> Built {
    let (project, today, guard, diags, sources) = match checked {
        Checked::Ready { project, today, guard, diags, sources } => (project, today, guard, diags, sources),
        Checked::ContentErrors { project, .. } => {
            // What the content says is internal now, though the public site
            // is not rebuilt (removed items cannot be told from unreadable ones).
            let internal = |g: &Gone| matches!(g.why, GoneWhy::ActionInternal(_) | GoneWhy::PageInternal(_));
            let online = output::previous_files(&out.join("public")).unwrap_or_default();
            let still_online = online.into_iter().map(|path| Gone { why: gone_why(&project, &path), path }).filter(internal).collect();
            return Built::NotReady { still_online };
        }
        Checked::Unreadable { .. } => return Built::NotReady { still_online: Vec::new() },
    };
    let error_findings = diag::count(&diags, Severity::Error);
    let warnings = diag::count(&diags, Severity::Warning);
    let input = Arc::new(render::Input { project, today, diags, sources });
    let timer = Timings::start();
    let mut site = Site { input: &input, template_error: Mutex::new(None), hits: Mutex::new(Vec::new()), dir: out.join("public") };
    let (staged_public, withheld) = match site.stage(Some(&guard)) {
        Ok(s) => s,
        Err(e) => return site.failed(e),
    };
    let public_files = staged_public.written.len();
    // The file names are public too (the addresses, and the manifest that lists them).
    let names = staged_public.written.join("\n");
    let found = scan::text(&guard, &format!("{}/{}", site.dir.display(), output::MANIFEST), &names);
    if !found.is_empty() {
        site.hits.get_mut().map(|h| h.push((output::MANIFEST.to_owned(), found))).ok();
    }
    drop(guard);
    timer.lap("public site");
    let public_dir = std::mem::replace(&mut site.dir, out.join("intranet"));
    let (staged_intranet, _) = match site.stage(None) {
        Ok(s) => s,
        Err(e) => {
            staged_public.abort();
            return site.failed(e);
        }
    };
    let intranet_files = staged_intranet.written.len();
    timer.lap("intranet");
    let mut hits = site.hits.into_inner().unwrap_or_default();
    hits.sort_by(|a, b| a.0.cmp(&b.0));
    let mut hits: Vec<Diagnostic> = hits.into_iter().flat_map(|(_, found)| found).collect();
    // The assets the public site leaves out, as `check` reports them.
    let kept_off = withheld_findings(&input.project, &withheld);
    let warnings = warnings + diag::count(&kept_off, Severity::Warning);
    hits.extend(kept_off);
    // Warnings among them (what the guard cannot read in an asset) do not block.
    let guard_errors = hits.iter().filter(|d| d.is_error()).count();
    if let Err(e) = staged_intranet.commit() {
        staged_public.abort();
        return Built::Io(e);
    }
    let sources = input.sources.clone();
    if error_findings + guard_errors > 0 {
        let still_online = still_online(&public_dir, &staged_public.written, &input.project);
        staged_public.abort();
        return Built::Blocked { error_findings, guard_errors, hits, still_online, sources };
    }
    if let Err(e) = staged_public.commit() {
        return Built::Io(e);
    }
    timer.lap("swap");
    Built::Written { intranet_files, public_files, warnings, hits, sources }
}

/// The files of the public site at `dir` (by its manifest) that the refused
/// site, `written`, no longer has: they stay online until a build succeeds.
fn still_online(dir: &Path, written: &[String], p: &crate::model::Project) -> Vec<Gone> {
    // An unreadable manifest names nothing: the refusal itself still stands.
    let online = output::previous_files(dir).unwrap_or_default();
    let new: std::collections::HashSet<&str> = written.iter().map(String::as_str).collect();
    online.into_iter().filter(|f| !new.contains(f.as_str())).map(|path| Gone { why: gone_why(p, &path), path }).collect()
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
    /// rendered straight into its file. Also returns the assets the site
    /// leaves out (the public site's that no generated file refers to):
    /// the guard reads exactly what is written.
    fn stage(&self, guard: Option<&Guard>) -> std::io::Result<(output::Staged, Vec<String>)> {
        let plan = render::plan(Arc::clone(self.input), guard.is_some()).map_err(|e| self.remember(e))?;
        let paths = plan.paths();
        let dir = &self.dir;
        let mut withheld = Vec::new();
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
            written.map_err(|e| self.remember(e))?;
            withheld = plan.withheld();
            Ok(withheld.clone())
        })?;
        Ok((staged, withheld))
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
