//! The preview server of `kapstok serve`: both sites over HTTP (axum), each
//! page rendered from the checked model when it is asked for, a watcher on
//! `content/` and `themes/` that rebuilds after an editor's save burst, live
//! reload over server-sent events, the error overlay and the "would not be
//! published" banner.
//!
//! It owns the HTTP side and the watch loop only: how a build is made (load,
//! check, render, privacy guard) is the caller's closure, so this module never
//! decides what may be published and never writes to disk. The live-reload
//! script is injected into served HTML responses only, never into built files.
//!
//! Every route answers only a request whose `Host` names the server itself
//! ([`Hosts`]): a web page elsewhere cannot read the intranet through a name
//! of its own that it points at this machine (DNS rebinding).

use std::collections::HashSet;
use std::convert::Infallible;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use notify_debouncer_mini::notify::{self, EventKind, RecursiveMode, Watcher, event::AccessKind, event::AccessMode, event::ModifyKind};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer_opt};

use crate::i18n::{Language, msg};
use crate::render::Plan;

/// Both sites, planned: a page is rendered when it is asked for, so a save
/// reaches the page in the time of a check plus one page, at any size.
pub(crate) struct Sites {
    pub intranet: Plan,
    pub public: Plan,
}

/// Work that may follow a build on a background thread (the privacy guard
/// over the whole public site): given "has a newer build started?", it
/// returns more findings that would block publishing, plain text.
pub(crate) type Later = Box<dyn FnOnce(&(dyn Fn() -> bool + Sync)) -> Vec<String> + Send>;

/// The debouncer's quiet time per path.
const DEBOUNCE: Duration = Duration::from_millis(50);
/// After a relevant batch, wait this long for more before rebuilding, so a
/// save burst spread over several debouncer batches is one rebuild.
const SETTLE: Duration = Duration::from_millis(80);

/// The result of one build, made by the caller.
pub(crate) struct Built {
    /// The rendered sites; `None` when the build failed.
    pub sites: Option<Sites>,
    /// Error blocks (plain text, as on the terminal) for the overlay; empty when the content is fine.
    pub errors: Vec<String>,
    /// Findings that would block publishing (plain text), for the public banner.
    pub blocked: Vec<String>,
    /// Run after the build is shown; its findings join `blocked`.
    pub later: Option<Later>,
    /// The language of the overlay, the banner and the terminal lines (the
    /// project's, read at each build).
    pub lang: Language,
}

/// What the handlers see: replaced as a whole after each build.
struct Snapshot {
    generation: u64,
    /// Changes with every build and every server start: the reload signal.
    token: String,
    /// The last good sites.
    sites: Option<Arc<Sites>>,
    errors: Vec<String>,
    blocked: Vec<String>,
    lang: Language,
}

struct Shared {
    current: RwLock<Arc<Snapshot>>,
    /// Counts the batches of changes seen: background work of an older build stops.
    changes: AtomicU64,
    tx: tokio::sync::watch::Sender<String>,
    instance: String,
}

impl Shared {
    fn snapshot(&self) -> Arc<Snapshot> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn publish(&self, built: Built) -> u64 {
        let mut guard = self.current.write().unwrap_or_else(|e| e.into_inner());
        let prev = guard.clone();
        let generation = prev.generation + 1;
        let token = format!("{}-{generation}", self.instance);
        let sites = match built.sites {
            Some(s) => Some(Arc::new(s)),
            None => prev.sites.clone(),
        };
        *guard =
            Arc::new(Snapshot { generation, token: token.clone(), sites, errors: built.errors, blocked: built.blocked, lang: built.lang });
        drop(guard);
        self.tx.send_replace(token);
        generation
    }

    /// Add findings to the snapshot of `generation` (a new generation, so open
    /// pages reload and show them), unless a newer build has replaced it.
    fn amend(&self, generation: u64, more: Vec<String>) {
        let mut guard = self.current.write().unwrap_or_else(|e| e.into_inner());
        if guard.generation != generation || more.is_empty() {
            return;
        }
        let prev = guard.clone();
        let generation = prev.generation + 1;
        let token = format!("{}-{generation}", self.instance);
        let mut blocked = prev.blocked.clone();
        blocked.extend(more);
        *guard = Arc::new(Snapshot {
            generation,
            token: token.clone(),
            sites: prev.sites.clone(),
            errors: prev.errors.clone(),
            blocked,
            lang: prev.lang,
        });
        drop(guard);
        self.tx.send_replace(token);
    }

    /// Publish a build and start its background work.
    fn show(self: &Arc<Self>, mut built: Built) -> u64 {
        let later = built.later.take();
        let lang = built.lang;
        let generation = self.publish(built);
        if let Some(later) = later {
            let shared = Arc::clone(self);
            let changes = self.changes.load(Ordering::SeqCst);
            let _ = std::thread::Builder::new().name("kapstok-later".into()).spawn(move || {
                let more = later(&|| shared.changes.load(Ordering::SeqCst) != changes);
                if !more.is_empty() {
                    eprintln!("{}", msg!("cli-serve-guard-blocked", n = more.len()).say(lang));
                }
                shared.amend(generation, more);
            });
        }
        generation
    }
}

pub(crate) type BuildFn = Box<dyn Fn() -> Built + Send + 'static>;

/// Serve on `listener` (already bound) until the process is stopped. `root`
/// is the project folder; `build` is called once now and after every change.
/// `bind` is the address as the user gave it (`--bind`): a host name there is
/// accepted in `Host` besides the loopback names and IP addresses.
pub(crate) fn run(
    listener: std::net::TcpListener,
    bind: &str,
    root: &Path,
    build: BuildFn,
    open: bool,
    lang: Language,
) -> std::io::Result<()> {
    let root = std::fs::canonicalize(root)?;
    let instance = format!("{:x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos());
    let (tx, _) = tokio::sync::watch::channel(String::new());
    let empty = Snapshot { generation: 0, token: String::new(), sites: None, errors: Vec::new(), blocked: Vec::new(), lang };
    let shared = Arc::new(Shared { current: RwLock::new(Arc::new(empty)), changes: AtomicU64::new(0), tx, instance });

    // Watch before the first build, so nothing saved during it is missed.
    let (events_tx, events_rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    let watcher = match new_debouncer_opt::<_, QuietWatcher>(
        notify_debouncer_mini::Config::default().with_timeout(DEBOUNCE).with_batch_mode(true),
        events_tx,
    ) {
        Ok(mut d) => {
            let mut watched = HashSet::new();
            watch_folders(&mut d, &root, &mut watched);
            // The root itself, not recursively: to see content/ or themes/ appear.
            let _ = d.watcher().watch(&root, RecursiveMode::NonRecursive);
            Some((d, watched))
        }
        Err(e) => {
            eprintln!("{}", msg!("cli-serve-no-watch", detail = e.to_string()).say(lang));
            None
        }
    };

    let started = Instant::now();
    let generation = shared.show(guarded(&build, lang));
    eprintln!("{}", msg!("cli-serve-built", generation = generation, ms = started.elapsed().as_millis() as u64).say(lang));

    if let Some((debouncer, watched)) = watcher {
        let shared = shared.clone();
        let root = root.clone();
        std::thread::Builder::new()
            .name("kapstok-watch".into())
            .spawn(move || watch_loop(debouncer, watched, events_rx, &root, &shared, &build))?;
    }

    let addr = listener.local_addr()?;
    let host = if addr.ip().is_unspecified() { "127.0.0.1".to_owned() } else { addr.ip().to_string() };
    let host = if addr.is_ipv6() && !addr.ip().is_unspecified() { format!("[{host}]") } else { host };
    let url = format!("http://{host}:{}/", addr.port());
    eprintln!("{}", msg!("cli-serve-serving", url = url.as_str()).say(lang));
    if open {
        open_browser(&url);
    }

    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let hosts = Arc::new(Hosts::new(addr.port(), bind));
        let app = Router::new()
            .route("/__kapstok/events", get(events))
            .route("/__kapstok/status", get(status))
            .fallback(page)
            .with_state(shared)
            .layer(axum::middleware::from_fn_with_state(hosts, check_host));
        axum::serve(listener, app).await
    })
}

// ---------------------------------------------------------------- watching

/// The platform watcher without access events: the build itself opens every
/// content file (and updates its access time), which must not trigger a new
/// build. Writes, creations, renames and removals still come through.
struct QuietWatcher(notify::RecommendedWatcher);

impl Watcher for QuietWatcher {
    fn new<F: notify::EventHandler>(mut handler: F, config: notify::Config) -> notify::Result<Self> {
        let inner = notify::RecommendedWatcher::new(
            move |e: notify::Result<notify::Event>| {
                if let Ok(ev) = &e {
                    let noise = match ev.kind {
                        EventKind::Access(AccessKind::Close(AccessMode::Write)) => false,
                        EventKind::Access(_) => true,
                        EventKind::Modify(ModifyKind::Metadata(_)) => true,
                        _ => false,
                    };
                    if noise {
                        return;
                    }
                }
                handler.handle_event(e);
            },
            config,
        )?;
        Ok(QuietWatcher(inner))
    }

    fn watch(&mut self, path: &Path, recursive_mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, recursive_mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn kind() -> notify::WatcherKind {
        notify::RecommendedWatcher::kind()
    }
}

const WATCHED: [&str; 2] = ["content", "themes"];

/// Watch `content/` and `themes/` recursively (folders, not files: editors save by rename).
fn watch_folders(d: &mut Debouncer<QuietWatcher>, root: &Path, watched: &mut HashSet<PathBuf>) {
    for name in WATCHED {
        let dir = root.join(name);
        if dir.is_dir() {
            if !watched.contains(&dir) && d.watcher().watch(&dir, RecursiveMode::Recursive).is_ok() {
                watched.insert(dir);
            }
        } else if watched.remove(&dir) {
            let _ = d.watcher().unwatch(&dir);
        }
    }
}

fn watch_loop(
    mut debouncer: Debouncer<QuietWatcher>,
    mut watched: HashSet<PathBuf>,
    rx: Receiver<DebounceEventResult>,
    root: &Path,
    shared: &Arc<Shared>,
    build: &BuildFn,
) {
    let relevant = |batch: &DebounceEventResult| match batch {
        Ok(events) => events.iter().any(|e| is_relevant(root, &e.path)),
        Err(_) => true,
    };
    // content/ or themes/ itself replaced: its old watch is gone, watch it anew.
    let top_changed = |batch: &DebounceEventResult, watched: &mut HashSet<PathBuf>| {
        for e in batch.iter().flatten() {
            if watched.contains(&e.path) && WATCHED.iter().any(|w| e.path == root.join(w)) {
                watched.remove(&e.path);
            }
        }
    };
    loop {
        let Ok(batch) = rx.recv() else { return };
        if !relevant(&batch) {
            continue;
        }
        // Background work of the last build stops: this one needs the cores.
        shared.changes.fetch_add(1, Ordering::SeqCst);
        top_changed(&batch, &mut watched);
        let first = Instant::now();
        loop {
            match rx.recv_timeout(SETTLE) {
                Ok(more) => top_changed(&more, &mut watched),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        for w in WATCHED {
            let dir = root.join(w);
            if !watched.contains(&dir) {
                let _ = debouncer.watcher().unwatch(&dir);
            }
        }
        watch_folders(&mut debouncer, root, &mut watched);
        let started = Instant::now();
        let built = guarded(build, shared.snapshot().lang);
        let lang = built.lang;
        let generation = shared.show(built);
        let (ms, since) = (started.elapsed().as_millis() as u64, first.elapsed().as_millis() as u64);
        eprintln!("{}", msg!("cli-serve-rebuilt", generation = generation, ms = ms, since = since).say(lang));
    }
}

/// Run a build; a panic in it becomes an overlay error (in `lang`, the last
/// language known) instead of ending the watch loop.
fn guarded(build: &BuildFn, lang: Language) -> Built {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(build)) {
        Ok(b) => b,
        Err(_) => Built { sites: None, errors: vec![msg!("cli-serve-panicked").say(lang)], blocked: Vec::new(), later: None, lang },
    }
}

/// The privacy guard over every page of a planned public site (for `serve`,
/// which shows the hits in a banner instead of refusing to publish). Stops
/// early, with the hits so far, once `cancelled` says so.
pub(crate) fn guard_plan(
    guard: &crate::privacy::Guard,
    plan: &Plan,
    prefix: &str,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Vec<crate::diag::Diagnostic> {
    let hits: std::sync::Mutex<Vec<(String, Vec<crate::diag::Diagnostic>)>> = std::sync::Mutex::new(Vec::new());
    let _ = plan.write_site(
        &|rel, bytes| {
            if cancelled() {
                return Err(std::io::Error::other("cancelled"));
            }
            {
                let mut found = crate::privacy::scan::public_file(guard, &format!("{prefix}{rel}"), rel, bytes);
                found.retain(crate::diag::Diagnostic::is_error);
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

/// A path under `content/` or `themes/` that the loader would read: not an
/// editor dropping and not hidden by the content ignore rules.
fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return false };
    let mut parts = rel.components();
    match parts.next() {
        Some(Component::Normal(first)) if WATCHED.iter().any(|w| first == *w) => {}
        _ => return false,
    }
    parts.all(|c| match c {
        Component::Normal(name) => {
            let name = name.to_string_lossy();
            !is_dropping(&name) && !crate::load::is_ignored(&name)
        }
        _ => false,
    })
}

/// Editors' temporary and backup files.
pub(crate) fn is_dropping(name: &str) -> bool {
    name == "4913"
        || name == ".DS_Store"
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with('~')
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || name.starts_with(".#")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name.ends_with(".kate-swp")
}

fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let _ = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

// ---------------------------------------------------------------- HTTP

/// The `Host` values the server answers: its own port with `localhost`, any
/// IP address (`127.0.0.1`, `[::1]`, the bound address, the machine's address
/// on the network when bound to all of them), or the name given to `--bind`.
/// A page that rebinds a name of its own to this machine sends that name and
/// is refused; an IP address is no such name (its page would be this server).
struct Hosts {
    port: u16,
    /// `localhost` and a host name given to `--bind`, lower case.
    names: Vec<String>,
}

impl Hosts {
    fn new(port: u16, bind: &str) -> Hosts {
        let mut names = vec!["localhost".to_owned()];
        let bind = bind.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        if bind.parse::<std::net::IpAddr>().is_err() && !names.contains(&bind) {
            names.push(bind);
        }
        Hosts { port, names }
    }

    /// Whether a `Host` value (`name[:port]`, `[v6][:port]`; no port is 80) names this server.
    fn allows(&self, value: &str) -> bool {
        let (host, port) = match value.strip_prefix('[') {
            Some(v6) => match v6.split_once(']') {
                Some((ip, "")) => (ip, None),
                Some((ip, rest)) => match rest.strip_prefix(':') {
                    Some(port) => (ip, Some(port)),
                    None => return false,
                },
                None => return false,
            },
            None => match value.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (value, None),
            },
        };
        let port = match port {
            None => 80,
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => match p.parse::<u16>() {
                Ok(p) => p,
                Err(_) => return false,
            },
            Some(_) => return false,
        };
        if port != self.port {
            return false;
        }
        let ip = match value.starts_with('[') {
            true => host.parse::<std::net::Ipv6Addr>().is_ok(),
            false => host.parse::<std::net::Ipv4Addr>().is_ok(),
        };
        ip || self.names.iter().any(|n| n.eq_ignore_ascii_case(host))
    }
}

/// Refuse, on every route, a request whose `Host` (or absolute URL) names
/// another server: 403 with a short explanation, nothing of the sites.
async fn check_host(State(hosts): State<Arc<Hosts>>, req: Request, next: Next) -> Response {
    let header = req.headers().get(header::HOST).map(|h| h.to_str().ok());
    let authority = req.uri().authority().map(|a| a.as_str());
    let ok = match (header, authority) {
        (None, None) | (Some(None), _) => false,
        (Some(Some(h)), a) => hosts.allows(h) && a.is_none_or(|a| hosts.allows(a)),
        (None, Some(a)) => hosts.allows(a),
    };
    if ok {
        return next.run(req).await;
    }
    let text = format!(
        "403 forbidden: kapstok serve answers only requests for this computer (http://localhost:{port}/ or \
         http://127.0.0.1:{port}/), so that no web page elsewhere can read the intranet (DNS rebinding). \
         Open it by one of those addresses.\n",
        port = hosts.port
    );
    respond(StatusCode::FORBIDDEN, "text/plain; charset=utf-8", text.into_bytes())
}

async fn status(State(shared): State<Arc<Shared>>) -> Response {
    let s = shared.snapshot();
    let body = serde_json::json!({
        "generation": s.generation,
        "token": s.token,
        "ok": s.errors.is_empty(),
        "errors": s.errors.len(),
        "blocked": s.blocked.len(),
        "has_pages": s.sites.is_some(),
    });
    respond(StatusCode::OK, "application/json", body.to_string().into_bytes())
}

async fn events(State(shared): State<Arc<Shared>>) -> impl IntoResponse {
    let rx = shared.tx.subscribe();
    // The current token first, then one event per build: a page from an older
    // build (or an older server) reloads.
    let stream = futures_util::stream::unfold((rx, true), |(mut rx, first)| async move {
        if !first && rx.changed().await.is_err() {
            return None;
        }
        let token = rx.borrow_and_update().clone();
        Some((Ok::<_, Infallible>(Event::default().event("reload").data(token)), (rx, false)))
    });
    let mut resp = Sse::new(stream).keep_alive(KeepAlive::default()).into_response();
    resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Site {
    Intranet,
    Public,
}

async fn page(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return respond(StatusCode::METHOD_NOT_ALLOWED, "text/plain; charset=utf-8", b"method not allowed\n".to_vec());
    }
    let raw = req.uri().path().to_owned();
    let Some(segments) = decode_path(&raw) else {
        return respond(StatusCode::BAD_REQUEST, "text/plain; charset=utf-8", b"bad path\n".to_vec());
    };
    let snap = shared.snapshot();
    let Some(sites) = snap.sites.clone() else {
        // The first build failed: every URL is the overlay page.
        let l = |id| crate::i18n::label(snap.lang, id);
        let html = shell_page(snap.lang, l("cli-serve-no-pages-title"), &format!("<p>{}</p>", l("cli-serve-no-pages")));
        return html_response(StatusCode::OK, html.into_bytes(), &snap, None);
    };
    let site = match segments.first().map(String::as_str) {
        None | Some("") if segments.len() <= 1 => {
            return html_response(StatusCode::OK, index_page(snap.lang).into_bytes(), &snap, None);
        }
        Some("intranet") => Site::Intranet,
        Some("public") => Site::Public,
        _ => return not_found(&snap, None, None),
    };
    let rest = &segments[1..];
    if rest.is_empty() {
        // `/intranet` -> `/intranet/`: relative links need the slash.
        return redirect(&format!("{raw}/"));
    }
    let mut rel = rest.join("/");
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    // Rendering a page is CPU work (a list of 10,000 actions takes a while):
    // off the async workers.
    let rendered = tokio::task::spawn_blocking(move || {
        let plan = match site {
            Site::Intranet => &sites.intranet,
            Site::Public => &sites.public,
        };
        match plan.get(&rel) {
            Some(result) => Found::Page(rel, result.map_err(|e| e.to_string())),
            None if plan.contains(&format!("{rel}/index.html")) => Found::Folder,
            None => Found::Missing(plan.get("404.html").and_then(Result::ok)),
        }
    })
    .await;
    match rendered {
        Ok(Found::Page(rel, Ok(bytes))) => {
            let mime = content_type(&rel);
            if mime.starts_with("text/html") {
                html_response(StatusCode::OK, bytes, &snap, Some(site))
            } else {
                respond(StatusCode::OK, &mime, bytes)
            }
        }
        Ok(Found::Page(_, Err(e))) => {
            let title = crate::i18n::label(snap.lang, "cli-serve-template-error");
            let body = shell_page(snap.lang, title, &format!("<h1>{title}</h1><pre>{}</pre>", crate::render::escape_html(&e)));
            html_response(StatusCode::INTERNAL_SERVER_ERROR, body.into_bytes(), &snap, Some(site))
        }
        Ok(Found::Folder) => redirect(&format!("{raw}/")),
        Ok(Found::Missing(page)) => not_found(&snap, Some(site), page),
        Err(_) => respond(StatusCode::INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8", b"internal error\n".to_vec()),
    }
}

/// What a request found in a site.
enum Found {
    Page(String, Result<Vec<u8>, String>),
    /// A folder: redirect to its `/`.
    Folder,
    /// Not there; the site's 404 page when it renders.
    Missing(Option<Vec<u8>>),
}

fn not_found(snap: &Snapshot, site: Option<Site>, page: Option<Vec<u8>>) -> Response {
    let body = match page {
        Some(b) => b,
        None => {
            let l = |id| crate::i18n::label(snap.lang, id);
            let body = format!("<h1>{}</h1><p><a href=\"/\">{}</a></p>", l("cli-serve-not-found"), l("cli-serve-back"));
            shell_page(snap.lang, l("cli-serve-not-found"), &body).into_bytes()
        }
    };
    html_response(StatusCode::NOT_FOUND, body, snap, site)
}

fn redirect(to: &str) -> Response {
    let mut resp = respond(StatusCode::PERMANENT_REDIRECT, "text/plain; charset=utf-8", Vec::new());
    if let Ok(v) = HeaderValue::from_str(to) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp
}

fn respond(code: StatusCode, mime: &str, body: Vec<u8>) -> Response {
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = code;
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_str(mime).unwrap_or(HeaderValue::from_static("application/octet-stream")));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    resp
}

fn html_response(code: StatusCode, body: Vec<u8>, snap: &Snapshot, site: Option<Site>) -> Response {
    respond(code, "text/html; charset=utf-8", inject(body, snap, site))
}

/// Split a request path into percent-decoded segments; `None` for `.` or
/// `..` segments, backslashes, NUL or bad UTF-8 (no way out of a site).
/// A trailing slash leaves an empty last segment.
fn decode_path(raw: &str) -> Option<Vec<String>> {
    let path = raw.strip_prefix('/')?;
    let mut out = Vec::new();
    for seg in path.split('/') {
        let seg = percent_decode(seg)?;
        if seg == "." || seg == ".." || seg.contains(['\\', '\0', '/']) {
            return None;
        }
        out.push(seg);
    }
    // Empty segments in the middle (`a//b`) are not paths we write.
    if out.len() > 1 && out[..out.len() - 1].iter().any(String::is_empty) {
        return None;
    }
    Some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The media type of a served file, from its extension (mime_guess);
/// text is UTF-8, as everything kapstok writes.
fn content_type(path: &str) -> String {
    let Some(mime) = mime_guess::from_path(path).first() else {
        return "application/octet-stream".to_owned();
    };
    if mime.type_() == mime_guess::mime::TEXT { format!("{mime}; charset=utf-8") } else { mime.to_string() }
}

fn shell_page(lang: Language, title: &str, body: &str) -> String {
    let code = lang.code();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>\n"
    )
}

fn index_page(lang: Language) -> String {
    let l = |id| crate::i18n::label(lang, id);
    shell_page(
        lang,
        "kapstok serve",
        &format!(
            "<h1>kapstok serve</h1><ul><li><a href=\"/intranet/\">Intranet</a> ({})</li><li><a href=\"/public/\">{}</a></li></ul>",
            l("cli-serve-intranet-note"),
            l("cli-serve-public-site")
        ),
    )
}

/// The live-reload script, with the overlay and banner texts as JSON data.
const SCRIPT: &str = r#"(function(){
var D=__KAPSTOK_DATA__;
var K="__kapstok_scroll:"+location.pathname;
try{var s=sessionStorage.getItem(K);if(s!==null){sessionStorage.removeItem(K);var p=JSON.parse(s);
var go=function(){window.scrollTo(p[0],p[1]);};if(document.readyState==="complete"){go();}else{window.addEventListener("load",go);}}}catch(e){}
function fill(pre,text){var re=/(error|warning)\[([a-z0-9-]+)\]/g,at=0,m;while((m=re.exec(text))){if(D.rules.indexOf(m[2])<0)continue;
var cut=m.index+m[1].length+1;pre.appendChild(document.createTextNode(text.slice(at,cut)));var a=document.createElement("a");
a.href="/intranet/checks/rules/"+m[2]+"/index.html";a.textContent=m[2];a.style.color="inherit";pre.appendChild(a);at=cut+m[2].length;}
pre.appendChild(document.createTextNode(text.slice(at)));}
function box(id,title,text,css){var o=document.createElement("div");o.id=id;o.setAttribute("role","alert");o.style.cssText=css;
var h=document.createElement("strong");h.textContent=title;var pre=document.createElement("pre");fill(pre,text);
pre.style.cssText="white-space:pre-wrap;margin:.5em 0 0;font:13px/1.4 ui-monospace,monospace;";
var x=document.createElement("button");x.textContent="\u00d7";x.setAttribute("aria-label",D.close);x.style.cssText="float:right;font-size:18px;";
x.onclick=function(){o.remove();};o.appendChild(x);o.appendChild(h);o.appendChild(pre);document.body.appendChild(o);}
function show(){
if(D.errors){box("__kapstok-overlay",D.errorsTitle,D.errors,
"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(30,0,0,.93);color:#fff;padding:1.5em;font:15px sans-serif;");}
if(D.banner){box("__kapstok-banner",D.bannerTitle,D.banner,
"position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;z-index:2147483646;background:#fff3cd;color:#000;border-top:3px solid #c00;padding:.75em 1em;font:14px sans-serif;");}}
if(document.body){show();}else{document.addEventListener("DOMContentLoaded",show);}
if(window.EventSource){var es=new EventSource("/__kapstok/events");
es.addEventListener("reload",function(e){if(e.data!==D.token){
try{sessionStorage.setItem(K,JSON.stringify([window.scrollX,window.scrollY]));}catch(x){}
es.close();location.reload();}});}
})();"#;

/// Put the live-reload script (with the overlay and banner data) before the
/// last `</body>` of a served HTML page, or at its end.
fn inject(body: Vec<u8>, snap: &Snapshot, site: Option<Site>) -> Vec<u8> {
    let errors = (!snap.errors.is_empty()).then(|| snap.errors.join("\n"));
    let banner = (site == Some(Site::Public) && !snap.blocked.is_empty()).then(|| snap.blocked.join("\n"));
    let l = |id| crate::i18n::label(snap.lang, id);
    let data = serde_json::json!({
        "token": snap.token,
        "errors": errors,
        "banner": banner,
        "errorsTitle": l("cli-serve-overlay-title"),
        "bannerTitle": l("cli-serve-banner-title"),
        "close": l("cli-serve-close"),
        // A finding's code links to its rule's page on the intranet: the rules shown here.
        "rules": crate::rules::RULES
            .iter()
            .map(|r| r.id)
            .filter(|id| [&errors, &banner].iter().any(|t| t.as_deref().is_some_and(|t| t.contains(&format!("[{id}]")))))
            .collect::<Vec<_>>(),
    });
    // JSON inside a <script>: `<` escaped so no `</script>` can end it early.
    let data = data.to_string().replace('<', "\\u003c").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029");
    let script = format!("<script data-kapstok=\"live-reload\">{}</script>", SCRIPT.replace("__KAPSTOK_DATA__", &data));
    let at = find_last_ci(&body, b"</body>").unwrap_or(body.len());
    let mut out = Vec::with_capacity(body.len() + script.len());
    out.extend_from_slice(&body[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&body[at..]);
    out
}

fn find_last_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_come_from_the_extension() {
        assert_eq!(content_type("a/style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("calendar/all.ics"), "text/calendar; charset=utf-8");
        assert_eq!(content_type("data/actions.csv"), "text/csv; charset=utf-8");
        assert_eq!(content_type("data/actions.json"), "application/json");
        assert_eq!(content_type("img/x.PNG"), "image/png");
        assert_eq!(content_type("f.woff2"), "font/woff2");
        assert_eq!(content_type("no-extension"), "application/octet-stream");
    }

    #[test]
    fn droppings() {
        for name in ["x.md.swp", ".x.md.swx", "4913", "#x.md#", ".#x.md", "x.md~", "x.md___jb_tmp___", "x.md.kate-swp", ".DS_Store"] {
            assert!(is_dropping(name), "{name}");
        }
        for name in ["x.md", "site.yaml", "#notes", "swp.md"] {
            assert!(!is_dropping(name), "{name}");
        }
    }

    #[test]
    fn relevance() {
        let root = Path::new("/r");
        assert!(is_relevant(root, Path::new("/r/content/actions/x.md")));
        assert!(is_relevant(root, Path::new("/r/themes/t/templates/base.html")));
        assert!(is_relevant(root, Path::new("/r/content")));
        assert!(!is_relevant(root, Path::new("/r/content/actions/.x.md.swp")));
        assert!(!is_relevant(root, Path::new("/r/content/actions/4913")));
        assert!(!is_relevant(root, Path::new("/r/content/.git/index")));
        assert!(!is_relevant(root, Path::new("/r/output/public/index.html")));
        assert!(!is_relevant(root, Path::new("/r/site.yaml")));
    }

    #[test]
    fn paths() {
        assert_eq!(decode_path("/"), Some(vec![String::new()]));
        assert_eq!(decode_path("/public/a%20b/"), Some(vec!["public".into(), "a b".into(), String::new()]));
        assert_eq!(decode_path("/public/../x"), None);
        assert_eq!(decode_path("/public/%2e%2e/x"), None);
        assert_eq!(decode_path("/public/a%2fb"), None);
        assert_eq!(decode_path("/public/a%5c..%5cb"), None);
        assert_eq!(decode_path("/public//x"), None);
        assert_eq!(decode_path("/public/%zz"), None);
    }

    #[test]
    fn hosts() {
        let h = Hosts::new(1111, "127.0.0.1");
        for ok in ["localhost:1111", "LocalHost:1111", "127.0.0.1:1111", "[::1]:1111", "192.168.1.5:1111", "[fe80::1]:1111"] {
            assert!(h.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example:1111",
            "localhost",
            "localhost:80",
            "localhost:2222",
            "127.0.0.1:1111:1111",
            "localhost.evil.example:1111",
            "evil.localhost:1111",
            "127.0.0.1.nip.io:1111",
            "[::1]",
            "[::1]x:1111",
            "[127.0.0.1]:1111",
            "::1:1111",
            "localhost:+1111",
            "localhost:01111x",
            "",
            ":1111",
        ] {
            assert!(!h.allows(bad), "{bad}");
        }
        assert!(Hosts::new(80, "127.0.0.1").allows("localhost"));
        let named = Hosts::new(1111, "Preview.Local");
        assert!(named.allows("preview.local:1111"));
        assert!(!Hosts::new(1111, "0.0.0.0").allows("preview.local:1111"));
    }

    #[test]
    fn injection_escapes_script_end() {
        let snap = Snapshot {
            generation: 1,
            token: "t".into(),
            sites: None,
            errors: vec!["</script><b>x</b>".into()],
            blocked: Vec::new(),
            lang: Language::En,
        };
        let out = String::from_utf8(inject(b"<html><body><p>hi</p></BODY></html>".to_vec(), &snap, None)).unwrap();
        assert!(out.ends_with("</script></BODY></html>"));
        assert_eq!(out.matches("</script>").count(), 1);
        assert!(out.contains("\\u003c/script>"));
    }

    #[test]
    fn the_overlay_and_banner_speak_the_projects_language() {
        let snap =
            |lang| Snapshot { generation: 1, token: "t".into(), sites: None, errors: vec!["e".into()], blocked: vec!["b".into()], lang };
        let page = |lang| String::from_utf8(inject(b"<body></body>".to_vec(), &snap(lang), Some(Site::Public))).unwrap();
        let nl = page(Language::Nl);
        assert!(nl.contains("de inhoud bevat fouten") && nl.contains("deze versie zou niet gepubliceerd worden"), "{nl}");
        assert!(nl.contains(r#""close":"sluiten""#), "{nl}");
        let fr = page(Language::Fr);
        assert!(fr.contains("cette version ne serait pas publiée"), "{fr}");
        // The codes of the rules shown become links to their pages on the intranet.
        assert!(nl.contains(r#""rules":[]"#) && nl.contains("/intranet/checks/rules/"), "{nl}");
        let mut blocked = snap(Language::Nl);
        blocked.blocked = vec!["error[claim-generic-term]: vage milieuterm".into()];
        let page = String::from_utf8(inject(b"<body></body>".to_vec(), &blocked, Some(Site::Public))).unwrap();
        assert!(page.contains(r#""rules":["claim-generic-term"]"#), "{page}");
        assert!(!fr.contains("would not be published") && !nl.contains("would not be published"));
    }
}
