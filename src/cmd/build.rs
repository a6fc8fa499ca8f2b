//! `kapstok build`: glue. Check ([`crate::pipeline`]), print, build both
//! sites ([`crate::build`]), print what it says, and the exit code of each
//! outcome (spec/cli.md): failed (nothing changes, exit 1), blocked
//! (intranet replaced, public untouched, exit 1), ok (both replaced, exit 0).

use std::io::Write;

use crate::build::{self, Built, Gone, GoneWhy};
use crate::cli::BuildArgs;
use crate::diag::{self, Diagnostic, Severity};
use crate::i18n::{Msg, msg};
use crate::output;
use crate::pipeline::{self, Checked};

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

pub(super) fn run(args: &BuildArgs, lang: Option<&str>) -> u8 {
    let lang = super::message_language(lang, Some(&args.root));
    let last_line = |line: Msg| super::say(lang, &line);
    let today = match super::start(args.today.as_deref(), &args.root, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let out_arg = args.output.clone().unwrap_or_else(|| args.root.join("output"));
    let out = match output::check_output_dir(&args.root, &out_arg) {
        Ok(o) => o,
        Err(e) => {
            usage_error(lang, &e);
            return EXIT_USAGE;
        }
    };
    let checked = pipeline::check(&args.root, today);
    let shown: Vec<Diagnostic> = checked.diags().iter().filter(|d| !args.quiet || d.severity <= Severity::Warning).cloned().collect();
    super::print_diags(&shown, checked.sources(), lang);
    let content_errors = match &checked {
        Checked::ContentErrors { diags, .. } => Some(msg!("cli-build-content-errors", n = diag::count(diags, Severity::Error))),
        Checked::Unreadable { .. } => Some(msg!("cli-build-unreadable")),
        Checked::Ready { .. } => None,
    };
    match build::build(checked, &out) {
        Built::NotReady { still_online } => {
            print_still_online(&still_online, &out.join("public"), lang);
            last_line(content_errors.unwrap_or_else(|| msg!("cli-build-unreadable")));
            EXIT_FOUND
        }
        Built::TemplateError { diag, sources } => {
            super::print_diags(&[diag], &sources, lang);
            last_line(msg!("cli-build-template-error"));
            EXIT_FOUND
        }
        Built::Io(e) => {
            let _ = writeln!(anstream::stderr(), "error[io-error]: {}", crate::i18n::say_io_error(&e, lang));
            last_line(msg!("cli-build-io-error"));
            EXIT_FOUND
        }
        Built::Blocked { error_findings, guard_errors, hits, still_online, sources } => {
            super::print_diags(&hits, &sources, lang);
            print_still_online(&still_online, &out.join("public"), lang);
            last_line(msg!("cli-build-blocked", findings = error_findings, hits = guard_errors));
            EXIT_FOUND
        }
        Built::Written { intranet_files, public_files, warnings, hits, sources } => {
            super::print_diags(&hits, &sources, lang);
            last_line(msg!(
                "cli-build-ok",
                intranet = intranet_files,
                public = public_files,
                out = out.display().to_string(),
                warnings = warnings
            ));
            EXIT_OK
        }
    }
}

/// At most this many files are named under a refused build's "still
/// online" note; the rest are counted.
const MAX_STILL_ONLINE: usize = 50;

/// The files of the public site online now that the refused build would
/// have removed (an item made internal, a page or an asset no longer
/// public), each named: they stay online until the errors are fixed and
/// the site is built again (a failed build changes nothing).
fn print_still_online(gone: &[Gone], dir: &std::path::Path, lang: crate::i18n::Language) {
    if gone.is_empty() {
        return;
    }
    let mut out = anstream::stderr().lock();
    let head = msg!("cli-build-still-online", n = gone.len(), dir = dir.display().to_string()).say(lang);
    let _ = writeln!(out, "{head}");
    for g in gone.iter().take(MAX_STILL_ONLINE) {
        let line = match &g.why {
            GoneWhy::ActionInternal(id) => msg!("cli-build-still-online-action-internal", file = g.path.as_str(), id = id.as_str()),
            GoneWhy::ActionRemoved(id) => msg!("cli-build-still-online-action-removed", file = g.path.as_str(), id = id.as_str()),
            GoneWhy::PageInternal(slug) => msg!("cli-build-still-online-page-internal", file = g.path.as_str(), slug = slug.as_str()),
            GoneWhy::Asset => msg!("cli-build-still-online-asset", file = g.path.as_str()),
            GoneWhy::Other => msg!("cli-build-still-online-other", file = g.path.as_str()),
        };
        let _ = writeln!(out, "  - {}", line.say(lang));
    }
    if gone.len() > MAX_STILL_ONLINE {
        let _ = writeln!(out, "  {}", msg!("cli-build-still-online-more", n = gone.len() - MAX_STILL_ONLINE).say(lang));
    }
    let _ = writeln!(out, "{}", msg!("cli-build-still-online-help").say(lang));
}
