//! The pipeline every command that reads a project runs: load `content/`,
//! validate it into the model, then (on valid content only) build the
//! privacy guard beside the rules, and sort the diagnostics.
//!
//! Owns the order of the phases, the one "today" of a run, and the phase
//! timings (`KAPSTOK_TIMINGS`). Its result, [`Checked`], says how far a
//! project got; it must not print, exit, render or write files (that is
//! `cmd/`, `render/` and `output`).

use std::path::Path;

use crate::diag::{self, Diagnostic};
use crate::model::{Date, Project};
use crate::privacy::Guard;
use crate::source::Sources;

/// How far one project got through the pipeline. The diagnostics are sorted.
// One value per project and run, moved a few times: boxing the project
// would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Checked {
    /// No project could be made (no readable `content/site.yaml`): only the
    /// load's and validation's diagnostics.
    Unreadable { sources: Sources, diags: Vec<Diagnostic> },
    /// A project was made but has content errors: the rules did not run,
    /// and nothing may be rendered. The project is handed back, not dropped
    /// here, so that a caller about to exit need not free it (`check`).
    ContentErrors { project: Project, sources: Sources, diags: Vec<Diagnostic> },
    /// Valid content (no content error among `diags`), checked on `today`:
    /// the findings are in `diags`, and `guard` is the privacy guard the
    /// rules used (the renderer's callers scan the generated public site
    /// with it).
    Ready { project: Project, today: Date, guard: Guard, diags: Vec<Diagnostic>, sources: Sources },
}

impl Checked {
    /// Content errors and findings, sorted.
    pub fn diags(&self) -> &[Diagnostic] {
        match self {
            Checked::Unreadable { diags, .. } | Checked::ContentErrors { diags, .. } | Checked::Ready { diags, .. } => diags,
        }
    }

    pub fn sources(&self) -> &Sources {
        match self {
            Checked::Unreadable { sources, .. } | Checked::ContentErrors { sources, .. } | Checked::Ready { sources, .. } => sources,
        }
    }

    /// Whether an error among the diagnostics is a content error (not a finding).
    pub fn has_content_errors(&self) -> bool {
        self.diags().iter().any(|d| d.is_error() && matches!(d.code, diag::Code::Content(_)))
    }
}

/// What the command line and environment say about "today", checked before
/// any loading; the project's `checks.today` comes after it.
#[derive(Debug, Clone, Copy)]
pub struct TodayInput(Option<Date>);

impl TodayInput {
    /// `Some`: a date given on the command line or by the environment;
    /// `None`: the project's `checks.today`, else the system date.
    pub fn new(given: Option<Date>) -> Self {
        TodayInput(given)
    }

    /// The final "today", given the project's `checks.today`.
    pub fn resolve(self, pinned: Option<Date>) -> Date {
        self.0.or(pinned).unwrap_or_else(|| jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    }
}

/// Load, validate and (when there is no content error) run the checks.
pub(crate) fn check(root: &Path, today: TodayInput) -> Checked {
    check_with(root, today, &mut crate::load::Cache::default())
}

/// [`check`] with the files of earlier runs in `cache` (for `serve`).
pub(crate) fn check_with(root: &Path, today: TodayInput, cache: &mut crate::load::Cache) -> Checked {
    let timer = Timings::start();
    let loaded = crate::load::load_with(root, cache);
    timer.lap("load");
    let sources = loaded.sources.clone();
    let validated = crate::validate::validate(loaded);
    timer.lap("validate");
    let mut diags = validated.diags;
    let content_errors = diags.iter().any(Diagnostic::is_error);
    let guarded = match validated.project {
        Some(project) if !content_errors => {
            let day = today.resolve(project.site.checks.today);
            // The guard and the other rules are independent: each fills
            // the other's idle core time (the guard's index is built on one).
            let (guard, ruled) = rayon::join(|| Guard::new(&project), || crate::checks::rules(&project, day));
            diags.extend(crate::checks::finish(&project, day, ruled, &guard));
            timer.lap("checks");
            Ok((project, day, guard))
        }
        other => Err(other),
    };
    diag::sort(&mut diags, &sources);
    timer.lap("sort");
    match guarded {
        Ok((project, today, guard)) => Checked::Ready { project, today, guard, diags, sources },
        Err(Some(project)) => Checked::ContentErrors { project, sources, diags },
        Err(None) => Checked::Unreadable { sources, diags },
    }
}

/// Phase timings on stderr when `KAPSTOK_TIMINGS` is set (for `bench/`).
pub(crate) struct Timings(Option<std::cell::Cell<std::time::Instant>>);

impl Timings {
    pub(crate) fn start() -> Self {
        Timings(std::env::var_os("KAPSTOK_TIMINGS").map(|_| std::cell::Cell::new(std::time::Instant::now())))
    }

    pub(crate) fn lap(&self, phase: &str) {
        if let Some(last) = &self.0 {
            let now = std::time::Instant::now();
            eprintln!("timing {phase}: {:.1} ms{}", (now - last.get()).as_secs_f64() * 1000.0, memory());
            last.set(now);
        }
    }
}

/// The process's resident and peak memory (Linux), for the timing lines.
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |key: &str| {
        status.lines().find_map(|l| l.strip_prefix(key)).map(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().unwrap_or(0) / 1024)
    };
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(rss), Some(peak)) => format!(" (resident {rss} MiB, peak {peak} MiB)"),
        _ => String::new(),
    }
}
