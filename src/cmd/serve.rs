//! `kapstok serve`: check the arguments, bind the port, and hand the server a
//! build closure (check, render both sites in memory, privacy guard) whose
//! result it shows: pages, error overlay, "would not be published" banner.

use std::io::Write;
use std::net::{IpAddr, TcpListener, ToSocketAddrs};
use std::path::Path;

use crate::cli::ServeArgs;
use crate::diag::{self, Diagnostic, Severity};
use crate::serve::Built;

use super::today::TodayInput;
use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

pub fn run(args: &ServeArgs) -> u8 {
    let today = match super::start(args.today.as_deref(), &args.root) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let addrs: Vec<_> = match (args.bind.as_str(), args.port).to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(e) => {
            usage_error(&format!("--bind `{}`: {e}", args.bind));
            return EXIT_USAGE;
        }
    };
    let listener = match TcpListener::bind(&addrs[..]) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            usage_error(&format!("port {} is in use on {}; choose another with --port", args.port, args.bind));
            return EXIT_USAGE;
        }
        Err(e) => {
            usage_error(&format!("cannot listen on {} port {}: {e}", args.bind, args.port));
            return EXIT_USAGE;
        }
    };
    if !addrs.iter().all(|a| a.ip().is_loopback()) {
        let ip = listener.local_addr().map(|a| a.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        let _ = writeln!(
            anstream::stderr(),
            "warning: serving on {ip}, not on loopback: the intranet and its internal data become reachable from the network"
        );
    }
    let root = args.root.clone();
    let build = Box::new(move || build(&root, today));
    match crate::serve::run(listener, &args.root, build, args.open) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let _ = writeln!(anstream::stderr(), "error[io-error]: {e}");
            EXIT_FOUND
        }
    }
}

/// One build for the server: print what `build` would print, render both
/// sites, and collect the overlay errors and the findings that would block
/// publishing (error findings and privacy-guard hits).
fn build(root: &Path, today: TodayInput) -> Built {
    let checked = super::check_project(root, today);
    super::print_diags(&checked.diags, &checked.sources);
    let plain = |d: &Diagnostic| diag::render_human(d, &checked.sources, false);
    let failed = |errors: Vec<String>, line: &str| {
        let _ = writeln!(anstream::stderr(), "{line}");
        Built { sites: None, errors, blocked: Vec::new() }
    };
    if checked.project.is_some() && checked.has_content_errors() {
        let errors = checked.diags.iter().filter(|d| d.is_error()).map(plain).collect();
        let n = diag::count(&checked.diags, Severity::Error);
        return failed(errors, &format!("failed: {n} content error(s); still serving the last good pages"));
    }
    let (Some(project), Some(day), Some(guard)) = (&checked.project, checked.today, &checked.guard) else {
        let errors = checked.diags.iter().filter(|d| d.is_error()).map(plain).collect();
        return failed(errors, "failed: content errors; still serving the last good pages");
    };
    let sites = match crate::render::render(project, day, &checked.diags, &checked.sources) {
        Ok(s) => s,
        Err(e) => {
            let d = Diagnostic::error(diag::Kind::Template, e);
            super::print_diags(std::slice::from_ref(&d), &checked.sources);
            return failed(vec![plain(&d)], "failed: template error; still serving the last good pages");
        }
    };
    let hits = super::build::guard_site(guard, &sites.public, "public/");
    super::print_diags(&hits, &checked.sources);
    let blocked: Vec<String> = checked.diags.iter().filter(|d| d.is_error()).chain(&hits).map(plain).collect();
    let warnings = diag::count(&checked.diags, Severity::Warning);
    let line = if blocked.is_empty() {
        format!("ok: intranet ({} files) and public site ({} files); {warnings} warning(s)", sites.intranet.len(), sites.public.len())
    } else {
        format!("blocked: {} finding(s) would stop publishing; /public/ shows a banner", blocked.len())
    };
    let _ = writeln!(anstream::stderr(), "{line}");
    Built { sites: Some(sites), errors: Vec::new(), blocked }
}
