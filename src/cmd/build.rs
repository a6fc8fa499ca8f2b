//! `kapstok build`: glue. Check ([`crate::pipeline`]), print, build both
//! sites ([`crate::build`]), print what it says, and the exit code of each
//! outcome (spec/cli.md): failed (nothing changes, exit 1), blocked
//! (intranet replaced, public untouched, exit 1), ok (both replaced, exit 0).

use std::io::Write;

use crate::build::{self, Built};
use crate::cli::BuildArgs;
use crate::diag::{self, Diagnostic, Severity};
use crate::output;
use crate::pipeline::{self, Checked};

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

fn last_line(line: &str) {
    let _ = writeln!(anstream::stderr(), "{line}");
}

pub(super) fn run(args: &BuildArgs, lang: Option<&str>) -> u8 {
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
    let lang = super::message_language(lang, Some(&args.root));
    let checked = pipeline::check(&args.root, today);
    let shown: Vec<Diagnostic> = checked.diags().iter().filter(|d| !args.quiet || d.severity <= Severity::Warning).cloned().collect();
    super::print_diags(&shown, checked.sources(), lang);
    let content_errors = match &checked {
        Checked::ContentErrors { diags, .. } => {
            Some(format!("failed: {} content error(s); nothing was written", diag::count(diags, Severity::Error)))
        }
        Checked::Unreadable { .. } => Some("failed: content errors; nothing was written".to_owned()),
        Checked::Ready { .. } => None,
    };
    match build::build(checked, &out) {
        Built::NotReady => {
            last_line(content_errors.as_deref().unwrap_or("failed: content errors; nothing was written"));
            EXIT_FOUND
        }
        Built::TemplateError { diag, sources } => {
            super::print_diags(&[diag], &sources, lang);
            last_line("failed: template error; nothing was written");
            EXIT_FOUND
        }
        Built::Io(e) => {
            let _ = writeln!(anstream::stderr(), "error[io-error]: {e}");
            last_line("failed: I/O error; the output folder was left as it was");
            EXIT_FOUND
        }
        Built::Blocked { error_findings, guard_errors, hits, sources } => {
            super::print_diags(&hits, &sources, lang);
            last_line(&format!(
                "blocked: {error_findings} error finding(s), {guard_errors} privacy-guard hit(s): intranet updated, public site NOT updated"
            ));
            EXIT_FOUND
        }
        Built::Written { intranet_files, public_files, warnings, hits, sources } => {
            super::print_diags(&hits, &sources, lang);
            last_line(&format!(
                "ok: intranet ({intranet_files} files) and public site ({public_files} files) written to {}; {warnings} warning(s)",
                out.display()
            ));
            EXIT_OK
        }
    }
}
