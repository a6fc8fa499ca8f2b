//! `kapstok serve`: check the arguments, bind the port, and hand the server a
//! build closure (check, plan both sites, privacy guard) whose result it
//! shows: pages, error overlay, "would not be published" banner.

use std::io::Write;
use std::net::{IpAddr, TcpListener, ToSocketAddrs};
use std::path::Path;

use crate::cli::ServeArgs;
use crate::diag::{self, Diagnostic, Severity};
use crate::i18n::{Language, Msg, msg};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use crate::render;
use crate::serve::{Built, Later, Sites};

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};
use crate::pipeline::{self, Checked, Timings, TodayInput};

pub(super) fn run(args: &ServeArgs, flag: Option<&str>) -> u8 {
    let lang = super::message_language(flag, Some(&args.root));
    let today = match super::start(args.today.as_deref(), &args.root, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let addrs: Vec<_> = match (args.bind.as_str(), args.port).to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(e) => {
            usage_error(lang, &msg!("cli-serve-bad-bind", bind = args.bind.as_str(), detail = e.to_string()));
            return EXIT_USAGE;
        }
    };
    let listener = match TcpListener::bind(&addrs[..]) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            usage_error(lang, &msg!("cli-serve-port-in-use", port = args.port, bind = args.bind.as_str()));
            return EXIT_USAGE;
        }
        Err(e) => {
            usage_error(lang, &msg!("cli-serve-cannot-listen", port = args.port, bind = args.bind.as_str(), detail = e.to_string()));
            return EXIT_USAGE;
        }
    };
    if !addrs.iter().all(|a| a.ip().is_loopback()) {
        let ip = listener.local_addr().map(|a| a.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        super::say(lang, &msg!("cli-serve-not-loopback", ip = ip.to_string()));
    }
    let root = args.root.clone();
    let memory = Mutex::new(Memory { files: crate::load::Cache::new(), ..Memory::default() });
    let flag = flag.map(str::to_owned);
    let build = Box::new(move || build(&root, today, &memory, flag.as_deref()));
    match crate::serve::run(listener, &args.bind, &args.root, build, args.open, lang) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let _ = writeln!(anstream::stderr(), "error[io-error]: {e}");
            EXIT_FOUND
        }
    }
}

/// What the server's builds remember: the files read, and the warnings
/// already printed.
#[derive(Default)]
struct Memory {
    files: crate::load::Cache,
    warnings: HashSet<String>,
    /// The templates last probed without error (by fingerprint).
    probed: Option<u64>,
}

/// At most this many new warnings are printed per build: a large trajectory
/// has thousands, and the check report lists them all.
const MAX_WARNINGS_SHOWN: usize = 20;

/// Print every error, and the warnings that are new since the last build
/// (a save shows what it caused, not the whole list again).
fn print_new(diags: &[Diagnostic], sources: &crate::source::Sources, seen: &mut HashSet<String>, lang: Language) {
    let key =
        |d: &Diagnostic| format!("{:?}|{:?}|{:?}|{:?}|{:?}", d.code, d.message, d.path, d.subject, d.pos.map(|p| sources.path(p.file)));
    let mut now = HashSet::with_capacity(diags.len());
    let mut shown = Vec::new();
    let mut hidden = 0;
    for d in diags {
        let k = key(d);
        let new = !seen.contains(&k);
        now.insert(k);
        if d.is_error() || (new && d.severity == Severity::Warning && shown.len() < MAX_WARNINGS_SHOWN) {
            shown.push(d.clone());
        } else if new && d.severity == Severity::Warning {
            hidden += 1;
        }
    }
    super::print_diags(&shown, sources, lang);
    if hidden > 0 {
        super::say(lang, &msg!("cli-serve-more-warnings", n = hidden));
    }
    *seen = now;
}

/// The errors among `diags`, as the overlay and the banner show them.
fn errors(diags: &[Diagnostic], sources: &crate::source::Sources, lang: Language) -> Vec<String> {
    diags.iter().filter(|d| d.is_error()).map(|d| diag::render_human(d, sources, false, lang)).collect()
}

/// One build for the server: print what `build` would print, plan both
/// sites (pages render on request), probe every template once, and collect
/// the overlay errors and the findings that would block publishing. The
/// privacy guard reads the whole public site afterwards, in the background.
fn build(root: &Path, today: TodayInput, memory: &Mutex<Memory>, flag: Option<&str>) -> Built {
    let mut memory = memory.lock().unwrap_or_else(|e| e.into_inner());
    // Read at every build: a save of `language:` in site.yaml changes it.
    let lang = super::message_language(flag, Some(root));
    let checked = pipeline::check_with(root, today, &mut memory.files);
    let timer = Timings::start();
    print_new(checked.diags(), checked.sources(), &mut memory.warnings, lang);
    timer.lap("print");
    let failed = |errors: Vec<String>, line: Msg| {
        super::say(lang, &line);
        Built { sites: None, errors, blocked: Vec::new(), later: None, lang }
    };
    let (project, day, guard, diags, sources) = match checked {
        Checked::Ready { project, today, guard, diags, sources } => (project, today, guard, diags, sources),
        Checked::ContentErrors { diags, sources, .. } => {
            let n = diag::count(&diags, Severity::Error);
            return failed(errors(&diags, &sources, lang), msg!("cli-serve-content-errors", n = n));
        }
        Checked::Unreadable { diags, sources } => {
            return failed(errors(&diags, &sources, lang), msg!("cli-serve-unreadable"));
        }
    };
    // Error findings: the public site would not be published.
    let blocked = errors(&diags, &sources, lang);
    let warnings = diag::count(&diags, Severity::Warning);
    let input = Arc::new(render::Input { project, today: day, diags, sources });
    // Probe every template once when the theme changed; a content save
    // renders only the page asked for (and the guard's pass, later).
    let probed = memory.probed;
    let plan = |public: bool| {
        render::plan(Arc::clone(&input), public).and_then(|p| if probed == Some(p.templates()) { Ok(p) } else { p.probe().map(|()| p) })
    };
    let sites = plan(false).and_then(|intranet| Ok(Sites { intranet, public: plan(true)? }));
    memory.probed = sites.as_ref().ok().map(|s| s.intranet.templates());
    timer.lap("plan and probe");
    let sites = match sites {
        Ok(s) => s,
        Err(e) => {
            let d = Diagnostic::error(diag::Kind::Template, e.text());
            super::print_diags(std::slice::from_ref(&d), &input.sources, lang);
            let shown = diag::render_human(&d, &input.sources, false, lang);
            return failed(vec![shown], msg!("cli-serve-failed-template"));
        }
    };
    let line = if blocked.is_empty() {
        msg!("cli-serve-ok", intranet = sites.intranet.len(), public = sites.public.len(), warnings = warnings)
    } else {
        msg!("cli-serve-blocked", n = blocked.len())
    };
    super::say(lang, &line);
    let later: Later = Box::new(move |cancelled: &(dyn Fn() -> bool + Sync)| {
        // The same guard as `build`, over every public page.
        let Ok(public) = render::plan(Arc::clone(&input), true) else { return Vec::new() };
        let hits = crate::serve::guard_plan(&guard, &public, "public/", cancelled);
        super::print_diags(&hits, &input.sources, lang);
        hits.iter().map(|d| diag::render_human(d, &input.sources, false, lang)).collect()
    });
    Built { sites: Some(sites), errors: Vec::new(), blocked, later: Some(later), lang }
}
