//! Load: walk `content/`, read every file, parse YAML and front matter into the
//! Raw structs of [`raw`], with every problem collected as a [`Diagnostic`].
//!
//! Owns the ignore rules, the file-kind table, the size and symlink refusals
//! and the front-matter split. It must not judge meaning (ids, dates,
//! references): that is `validate`. Nothing here panics on bad input.

mod asset;
pub(crate) mod raw;
pub(crate) mod shapes;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rayon::prelude::*;
use serde::Deserialize;
use walkdir::WalkDir;

use crate::diag::{Code, Diagnostic, Kind};
use crate::i18n::msg;
use crate::model::Markdown;
use crate::source::{FileId, Pos, SourceFile, Sources, Span, Text};
use crate::yaml::{self, Node, Sp, Value};
use raw::*;

/// Files over this size are refused before they are read.
pub(crate) const MAX_FILE_SIZE: u64 = 32 * 1024 * 1024;

/// A Markdown document: front matter and body.
#[derive(Debug, Clone)]
pub(crate) struct Doc<T> {
    pub file: FileId,
    /// The file name without `.md`: the default id or slug.
    pub stem: String,
    pub meta: T,
    /// Where the front matter starts (the span used for item-level errors).
    pub meta_span: Span,
    /// The Markdown after the front matter (its text shared with the file's
    /// source, not copied), analysed here: in parallel with the other files,
    /// and kept with the file's part in `serve`'s cache, so a save analyses
    /// only the file it changed.
    pub body: Markdown,
}

pub(crate) use crate::model::AssetFile;

/// Everything read from `content/`, as written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Loaded {
    pub root: PathBuf,
    pub sources: Sources,
    pub site: Option<(FileId, Box<RawSite>)>,
    pub team: Option<(FileId, Box<RawTeam>)>,
    pub sessions: Vec<(FileId, Sp<RawSession>)>,
    /// Inventory items and claims each in a box of its own: the parts of a
    /// load are merged by moving pointers, not the items.
    pub inventory: Vec<(FileId, Box<Sp<RawInventoryItem>>)>,
    pub actions: Vec<Doc<RawAction>>,
    pub evaluations: Vec<(FileId, RawEvaluation)>,
    pub claims: Vec<(FileId, Box<Sp<RawClaim>>)>,
    pub pages: Vec<Doc<RawPage>>,
    pub assets: Vec<AssetFile>,
    pub diags: Vec<Diagnostic>,
    /// What could not be read at all, so that references into it are not
    /// reported as dangling: the kinds of files that failed ("team",
    /// "inventory", ...), and the default ids of Markdown files that failed.
    /// An unknown key alone does not make a file fail (it loses nothing).
    pub failed_kinds: Vec<&'static str>,
    pub failed_stems: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Site,
    Team,
    Sessions,
    Inventory,
    Action,
    Evaluation,
    Claims,
    Page,
    Asset,
}

/// Names the walk never looks at: hidden and private files, editor droppings.
pub(crate) fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp")
}

fn classify(rel: &str) -> Option<FileKind> {
    let (dir, name) = match rel.split_once('/') {
        Some((dir, rest)) => (Some(dir), rest),
        None => (None, rel),
    };
    let yaml = name.ends_with(".yaml") || name.ends_with(".yml");
    let md = name.ends_with(".md");
    match dir {
        None if yaml => match name.rsplit_once('.').map(|(stem, _)| stem) {
            Some("site") => Some(FileKind::Site),
            Some("team") => Some(FileKind::Team),
            Some("sessions") => Some(FileKind::Sessions),
            _ => None,
        },
        Some("assets") => Some(FileKind::Asset),
        Some("inventory") if yaml => Some(FileKind::Inventory),
        Some("evaluation") if yaml => Some(FileKind::Evaluation),
        Some("claims") if yaml => Some(FileKind::Claims),
        Some("actions") if md => Some(FileKind::Action),
        Some("pages") if md => Some(FileKind::Page),
        _ => None,
    }
}

/// Load the project at `root` (the folder holding `content/`).
pub(crate) fn load(root: &Path) -> Loaded {
    load_with(root, &mut Cache::default())
}

/// What `serve` keeps from one load to the next: every file's text and what
/// was made of it, by path. A file whose text is unchanged is not parsed
/// again, so a save in a trajectory of 10,000 files parses one file.
#[derive(Default)]
pub(crate) struct Cache {
    /// False for a one-off load (`check`, `build`): nothing is kept.
    keep: bool,
    files: HashMap<PathBuf, Cached>,
}

impl Cache {
    /// A cache that keeps what each load read, for the next one.
    pub(crate) fn new() -> Self {
        Cache { keep: true, files: HashMap::new() }
    }
}

struct Cached {
    source: Arc<SourceFile>,
    /// The file's length and modification time when it was read, and when
    /// that was: see [`Stamp::unchanged`].
    stamp: Stamp,
    /// The file's items and diagnostics, made when its id was `file`.
    file: FileId,
    part: Loaded,
}

/// What the file system says of a file, to know it unchanged without reading it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// When the load that read the file started.
    read_at: SystemTime,
}

/// How long after a load started a file must have been last modified for its
/// length and time to be trusted (git's "racy clean" rule): a save in the
/// same tick of a coarse clock (2 s on FAT and some network shares) as the
/// read could otherwise keep its time and length and go unseen.
const RACY: Duration = Duration::from_secs(3);

impl Stamp {
    /// True when `now` (this load's view of the file) shows the file as it
    /// was read: same length, same modification time, and that time well
    /// before the read. Anything else reads the file again (and compares it).
    fn unchanged(&self, now: &Stamp) -> bool {
        self.len == now.len
            && self.modified.is_some()
            && self.modified == now.modified
            && self.modified.and_then(|m| m.checked_add(RACY)).is_some_and(|m| m < self.read_at)
    }
}

/// [`load`], reusing (and then refreshing) what `cache` holds.
pub(crate) fn load_with(root: &Path, cache: &mut Cache) -> Loaded {
    let mut loaded = Loaded { root: root.to_path_buf(), ..Loaded::default() };
    let content = root.join("content");
    if !content.join("site.yaml").is_file() && !content.join("site.yml").is_file() {
        loaded.diags.push(
            Diagnostic::error(Kind::MissingSite, msg!("err-missing-site")).in_file("content/site.yaml").help(msg!("err-missing-site-help")),
        );
        if !content.is_dir() {
            return loaded;
        }
    }
    let walker = WalkDir::new(&content)
        .sort_by_file_name()
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    let mut seen_site = None::<String>;
    // Before any file is looked at: a file saved after this is read again next time.
    let read_at = SystemTime::now();
    let mut pending = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                loaded.diags.push(Diagnostic::error(Kind::Io, msg!("err-io-folder", detail = err.to_string())).in_file("content"));
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let rel_in_content = rel_path(entry.path(), &content);
        let rel = format!("content/{rel_in_content}");
        let file_type = entry.file_type();
        if file_type.is_symlink() {
            loaded.diags.push(
                Diagnostic::error(Kind::Symlink, msg!("err-symlink", path = &rel)).in_file(rel.clone()).help(msg!("err-symlink-help")),
            );
            continue;
        }
        if file_type.is_dir() {
            continue;
        }
        let Some(kind) = classify(&rel_in_content) else {
            loaded.diags.push(unexpected_file(&rel, &rel_in_content));
            continue;
        };
        if !file_type.is_file() && kind != FileKind::Asset {
            // A named pipe would block the read forever; a socket or a
            // device is no text either. (An asset gets `bad-asset` below.)
            loaded.diags.push(
                Diagnostic::error(Kind::Io, msg!("err-not-regular-file", path = &rel))
                    .in_file(rel.clone())
                    .help(msg!("err-not-regular-file-help")),
            );
            continue;
        }
        let meta = entry.metadata().ok();
        let size = meta.as_ref().map_or(0, std::fs::Metadata::len);
        let modified = meta.as_ref().and_then(|m| m.modified().ok());
        if size > MAX_FILE_SIZE {
            loaded.diags.push(
                Diagnostic::error(Kind::FileTooLarge, msg!("err-file-too-large", path = &rel, mib = size / (1024 * 1024)))
                    .in_file(rel.clone())
                    .help(msg!("err-file-too-large-help")),
            );
            continue;
        }
        if kind == FileKind::Asset {
            if let Some(d) = asset::check_asset(entry.path(), &rel, &rel_in_content) {
                loaded.diags.push(d);
            } else {
                let path = rel_in_content.trim_start_matches("assets/").to_owned();
                loaded.assets.push(AssetFile { path, source: entry.path().to_path_buf() });
            }
            continue;
        }
        if kind == FileKind::Site {
            if let Some(other) = &seen_site {
                loaded.diags.push(
                    Diagnostic::error(Kind::DuplicateId, msg!("err-two-site-files", first = other, second = &rel))
                        .in_file(rel.clone())
                        .help(msg!("err-two-site-files-help")),
                );
                continue;
            }
            seen_site = Some(rel.clone());
        }
        let stem = Path::new(&rel_in_content).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        pending.push(Pending { rel, stem, kind, path: entry.path().to_path_buf(), stamp: Stamp { len: size, modified, read_at } });
    }
    // Reading, parsing and deserialising are most of a load: read every file
    // on every core, give the texts their ids in walk order, then parse and
    // deserialise every file on every core into a part of its own, and take
    // the parts in walk order, so diagnostics and ids stay deterministic.
    let read: Vec<(Pending, Read)> = pending
        .into_par_iter()
        .map(|p| {
            let r = read_text(&p, cache.files.get(&p.path));
            (p, r)
        })
        .collect();
    // Each file's part, in walk order: reused from the cache, or to be made.
    // Boxed: a `Loaded` is large, and a trajectory has 100,000 files.
    let mut parts: Vec<Option<Box<Loaded>>> = Vec::new();
    let mut todo = Vec::new();
    let mut keep = HashMap::new();
    let mut reused = Vec::new();
    for (p, r) in read {
        let Pending { rel, stem, kind, path, stamp } = p;
        match r {
            Read::Io(err) => {
                loaded
                    .diags
                    .push(Diagnostic::error(Kind::Io, msg!("err-io-read", path = &rel, detail = err.to_string())).in_file(rel.clone()));
            }
            Read::NotUtf8 { lossy, at } => {
                let file = loaded.sources.add(SourceFile::new(rel.clone(), lossy));
                loaded.diags.push(
                    Diagnostic::error(Kind::NotUtf8, msg!("err-not-utf8", path = &rel))
                        .at(Pos { file, span: Span::new(at, at + 1) })
                        .label(msg!("err-not-utf8-label"))
                        .help(msg!("err-not-utf8-help")),
                );
            }
            Read::Text(source) => {
                let file = loaded.sources.add(source);
                todo.push((parts.len(), file, kind, stem, path, stamp));
                parts.push(None);
            }
            Read::Unchanged => {
                let Some(mut cached) = cache.files.remove(&path) else { continue };
                let file = loaded.sources.add_shared(Arc::clone(&cached.source));
                cached.stamp = stamp;
                if cached.file != file {
                    cached.part.move_to(cached.file, file);
                    cached.file = file;
                }
                if cache.keep {
                    // Copied below, in parallel: one copy per unchanged file.
                    reused.push((parts.len(), path.clone()));
                    parts.push(None);
                    keep.insert(path, cached);
                } else {
                    parts.push(Some(Box::new(cached.part)));
                }
            }
        }
    }
    let copies: Vec<(usize, Box<Loaded>)> = reused.into_par_iter().map(|(slot, path)| (slot, Box::new(keep[&path].part.clone()))).collect();
    for (slot, part) in copies {
        parts[slot] = Some(part);
    }
    // The files in parallel, then their parts taken into `loaded` in the
    // order of the walk.
    let sources = &loaded.sources;
    let made: Vec<(usize, PathBuf, FileId, Stamp, Box<Loaded>)> = todo
        .par_iter_mut()
        .map(|(slot, file, kind, stem, path, stamp)| {
            let mut part = Box::<Loaded>::default();
            let source = sources.shared(*file);
            load_file(&mut part, *kind, *file, std::mem::take(stem), &source);
            (*slot, std::mem::take(path), *file, *stamp, part)
        })
        .collect();
    for (slot, path, file, stamp, part) in made {
        if cache.keep {
            keep.insert(path, Cached { source: loaded.sources.shared(file), stamp, file, part: (*part).clone() });
        }
        parts[slot] = Some(part);
    }
    for part in parts.into_iter().flatten() {
        loaded.absorb(*part);
    }
    cache.files = keep;
    loaded
}

impl Loaded {
    /// A part made for file `from` now belongs to file `to` (another file
    /// came or went before it in the walk).
    fn move_to(&mut self, from: FileId, to: FileId) {
        let fix = |f: &mut FileId| {
            if *f == from {
                *f = to;
            }
        };
        self.site.iter_mut().for_each(|(f, _)| fix(f));
        self.team.iter_mut().for_each(|(f, _)| fix(f));
        self.sessions.iter_mut().for_each(|(f, _)| fix(f));
        self.inventory.iter_mut().for_each(|(f, _)| fix(f));
        self.evaluations.iter_mut().for_each(|(f, _)| fix(f));
        self.claims.iter_mut().for_each(|(f, _)| fix(f));
        for d in self
            .actions
            .iter_mut()
            .map(|d| (&mut d.file, &mut d.body.file))
            .chain(self.pages.iter_mut().map(|d| (&mut d.file, &mut d.body.file)))
        {
            fix(d.0);
            d.1.iter_mut().for_each(&fix);
        }
        for d in &mut self.diags {
            d.pos.iter_mut().for_each(|p| fix(&mut p.file));
        }
    }

    /// Take in the items and diagnostics of one file's part.
    fn absorb(&mut self, part: Loaded) {
        if part.site.is_some() {
            self.site = part.site;
        }
        if part.team.is_some() {
            self.team = part.team;
        }
        self.sessions.extend(part.sessions);
        self.inventory.extend(part.inventory);
        self.actions.extend(part.actions);
        self.evaluations.extend(part.evaluations);
        self.claims.extend(part.claims);
        self.pages.extend(part.pages);
        self.diags.extend(part.diags);
        self.failed_kinds.extend(part.failed_kinds);
        self.failed_stems.extend(part.failed_stems);
    }
}

/// A file found by the walk, to be read.
struct Pending {
    rel: String,
    stem: String,
    kind: FileKind,
    path: PathBuf,
    stamp: Stamp,
}

enum Read {
    Io(std::io::Error),
    NotUtf8 {
        lossy: String,
        at: usize,
    },
    Text(SourceFile),
    /// The same text as the cached one.
    Unchanged,
}

/// The YAML of a file, parsed (the expensive part, done in parallel).
enum Parsed {
    /// A Markdown file without `---` front matter.
    NoFrontMatter,
    /// Only whitespace (or nothing) where YAML was expected.
    Blank {
        base: usize,
    },
    Tree {
        tree: Result<Node, yaml::SyntaxError>,
        base: usize,
        body_start: usize,
    },
}

fn read_text(p: &Pending, cached: Option<&Cached>) -> Read {
    if cached.is_some_and(|c| c.source.path == p.rel && c.stamp.unchanged(&p.stamp)) {
        return Read::Unchanged;
    }
    let bytes = match std::fs::read(&p.path) {
        Ok(b) => b,
        Err(err) => return Read::Io(err),
    };
    if cached.is_some_and(|c| c.source.text.as_bytes() == bytes && c.source.path == p.rel) {
        return Read::Unchanged;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Read::Text(SourceFile::new(p.rel.clone(), text)),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            Read::NotUtf8 { lossy: String::from_utf8_lossy(err.as_bytes()).into_owned(), at }
        }
    }
}

fn parse(kind: FileKind, text: &str) -> Parsed {
    match kind {
        FileKind::Action | FileKind::Page => match split_front_matter(text) {
            Some((fm, base, body_start)) => parse_part(fm, base, body_start),
            None => Parsed::NoFrontMatter,
        },
        _ => parse_part(text, 0, text.len()),
    }
}

fn parse_part(yaml_text: &str, base: usize, body_start: usize) -> Parsed {
    if yaml_text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Parsed::Blank { base };
    }
    Parsed::Tree { tree: yaml::parse(yaml_text, base), base, body_start }
}

fn rel_path(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

fn unexpected_file(rel: &str, rel_in_content: &str) -> Diagnostic {
    let help = match rel_in_content.split_once('/') {
        Some(("actions" | "pages", _)) => msg!("err-unexpected-file-markdown-help"),
        Some(("inventory" | "claims" | "evaluation", _)) => msg!("err-unexpected-file-yaml-help"),
        Some((dir, _)) => match crate::diag::did_you_mean(dir, ["actions", "pages", "inventory", "claims", "evaluation", "assets"]) {
            Some(close) => msg!("err-unexpected-folder-close-help", dir = dir, close = close),
            None => msg!("err-unexpected-folder-help", dir = dir),
        },
        None => msg!("err-unexpected-file-top-help"),
    };
    Diagnostic::error(Kind::UnexpectedFile, msg!("err-unexpected-file", path = rel)).in_file(rel).help(help)
}

fn load_file(loaded: &mut Loaded, kind: FileKind, file: FileId, stem: String, source: &Arc<SourceFile>) {
    let before = loaded.diags.len();
    load_parsed(loaded, kind, file, &stem, source, parse(kind, &source.text));
    // An unknown key is skipped and loses nothing: the file's items are all
    // there, so references into them are still resolved (and a dangling one
    // reported). Any other error may have cost an item or an id.
    if loaded.diags[before..].iter().any(|d| d.is_error() && d.code != Code::Content(Kind::UnknownKey)) {
        loaded.failed_kinds.push(kind.name());
        loaded.failed_stems.push(stem);
    }
    // After that: an invisible direction mark costs no item.
    bidi_controls(loaded, file, &source.text);
}

/// A `bidi-control` error at every character that overrides or isolates
/// the direction of text (U+202A to U+202E, U+2066 to U+2069): a reader
/// does not see it, and it makes the browser show the letters after it in
/// another order (`Vander` U+202E `neluem` shows `Vandermeulen`), so that
/// what the page shows is not what the privacy guard reads. A Dutch or
/// French plan has no use for one; the marks U+200E and U+200F, which
/// reorder nothing, stay allowed.
fn bidi_controls(loaded: &mut Loaded, file: FileId, text: &str) {
    let b = text.as_bytes();
    // U+202A..U+202E are E2 80 AA..AE; U+2066..U+2069 are E2 81 A6..A9.
    for i in memchr::memchr_iter(0xe2, b) {
        let (Some(&b1), Some(&b2)) = (b.get(i + 1), b.get(i + 2)) else { continue };
        if !((b1 == 0x80 && (0xaa..=0xae).contains(&b2)) || (b1 == 0x81 && (0xa6..=0xa9).contains(&b2))) {
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts at E2");
        loaded.diags.push(
            Diagnostic::error(Kind::BidiControl, msg!("err-bidi-control", code = format!("U+{:04X}", u32::from(c))))
                .at(Pos { file, span: Span::new(i, i + 3) })
                .label(msg!("err-bidi-control-label"))
                .help(msg!("err-bidi-control-help")),
        );
    }
}

impl FileKind {
    fn name(self) -> &'static str {
        match self {
            FileKind::Site => "site",
            FileKind::Team => "team",
            FileKind::Sessions => "sessions",
            FileKind::Inventory => "inventory",
            FileKind::Action => "actions",
            FileKind::Evaluation => "evaluation",
            FileKind::Claims => "claims",
            FileKind::Page => "pages",
            FileKind::Asset => "assets",
        }
    }
}

/// The value of a top-level key of a mapping node, as written: an item's id.
fn key_text(node: &Node, key: &str) -> Option<String> {
    let Value::Map(entries) = &node.value else { return None };
    entries.iter().find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key)).and_then(|(_, v)| match &v.value {
        Value::Str(s) => Some(s.clone()),
        Value::Int(i) => Some(i.to_string()),
        _ => None,
    })
}

/// The id of the innermost item (a mapping with an `id`) around byte `at`.
fn subject_at(node: &Node, at: usize) -> Option<String> {
    match &node.value {
        Value::Seq(items) => subject_at(items.iter().rev().find(|i| i.span.start() <= at)?, at),
        Value::Map(entries) => {
            let inner = entries.iter().rev().find(|(k, _)| k.span.start() <= at).and_then(|(_, v)| subject_at(v, at));
            inner.or_else(|| key_text(node, "id"))
        }
        _ => None,
    }
}

fn load_parsed(loaded: &mut Loaded, kind: FileKind, file: FileId, stem: &str, source: &Arc<SourceFile>, parsed: Parsed) {
    let text = source.text.as_str();
    let stem = stem.to_owned();
    let (fm_start, body_start) = match &parsed {
        Parsed::Tree { base, body_start, .. } => (*base, *body_start),
        _ => (0, 0),
    };
    match kind {
        FileKind::Action | FileKind::Page => {
            if let Parsed::NoFrontMatter = parsed {
                loaded.diags.push(
                    Diagnostic::error(Kind::FrontMatter, msg!("err-front-matter"))
                        .at(Pos { file, span: Span::new(0, 0) })
                        .help(msg!("err-front-matter-help")),
                );
                return;
            }
            let Some(node) = parse_yaml(loaded, file, parsed) else { return };
            let meta_span = node.span;
            let subject = key_text(&node, if kind == FileKind::Page { "slug" } else { "id" }).unwrap_or_else(|| stem.clone());
            let before = loaded.diags.len();
            let body = || Markdown::body(Text::shared(Arc::clone(source), body_start..text.len()), file, body_start);
            if kind == FileKind::Action {
                if let Some(meta) = deserialize::<RawAction>(loaded, file, &node, text, fm_start) {
                    let body = body();
                    loaded.actions.push(Doc { file, stem, meta, meta_span, body });
                }
            } else if let Some(meta) = deserialize::<RawPage>(loaded, file, &node, text, fm_start) {
                let body = body();
                loaded.pages.push(Doc { file, stem, meta, meta_span, body });
            }
            for d in &mut loaded.diags[before..] {
                d.subject.get_or_insert_with(|| subject.clone());
            }
        }
        _ => {
            let Some(node) = parse_yaml(loaded, file, parsed) else { return };
            match kind {
                FileKind::Site => {
                    if let Some(site) = deserialize::<RawSite>(loaded, file, &node, text, 0) {
                        loaded.site = Some((file, Box::new(site)));
                    }
                }
                FileKind::Team => {
                    if let Some(team) = deserialize::<RawTeam>(loaded, file, &node, text, 0) {
                        loaded.team = Some((file, Box::new(team)));
                    }
                }
                FileKind::Evaluation => {
                    if let Some(eval) = deserialize::<RawEvaluation>(loaded, file, &node, text, 0) {
                        loaded.evaluations.push((file, eval));
                    }
                }
                FileKind::Sessions => {
                    let items = deserialize_list::<RawSession>(loaded, file, &node, text);
                    loaded.sessions.extend(items.into_iter().map(|i| (file, i)));
                }
                FileKind::Inventory => {
                    let mut items = deserialize_list::<RawInventoryItem>(loaded, file, &node, text);
                    items.iter_mut().for_each(|i| i.value.analyse_at_load());
                    loaded.inventory.extend(items.into_iter().map(|i| (file, Box::new(i))));
                }
                FileKind::Claims => {
                    let items = deserialize_list::<RawClaim>(loaded, file, &node, text);
                    loaded.claims.extend(items.into_iter().map(|i| (file, Box::new(i))));
                }
                FileKind::Action | FileKind::Page | FileKind::Asset => unreachable!("handled above"),
            }
        }
    }
}

/// Split `---` front matter off a Markdown file: (yaml, yaml start, body start).
pub(crate) fn split_front_matter(text: &str) -> Option<(&str, usize, usize)> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let first_end = rest.find('\n')?;
    if rest[..first_end].trim_end() != "---" {
        return None;
    }
    let fm_start = start + first_end + 1;
    let mut pos = fm_start;
    for line in text[fm_start..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Some((&text[fm_start..pos], fm_start, pos + line.len()));
        }
        pos += line.len();
    }
    None
}

/// The tree of a parsed file, or its problem reported.
fn parse_yaml(loaded: &mut Loaded, file: FileId, parsed: Parsed) -> Option<Node> {
    let (tree, base) = match parsed {
        Parsed::Tree { tree, base, .. } => (tree, base),
        Parsed::Blank { base } => return empty_file(loaded, file, base),
        Parsed::NoFrontMatter => return None,
    };
    match tree {
        Ok(node) => {
            if node.value == Value::Null {
                loaded.diags.push(
                    Diagnostic::error(Kind::EmptyFile, msg!("err-only-comments"))
                        .at(Pos { file, span: Span::new(base, base) })
                        .help(msg!("err-empty-file-help")),
                );
                return None;
            }
            Some(node)
        }
        Err(err) => {
            let message = match err.message {
                crate::i18n::Text::Msg(m) => msg!("err-yaml-syntax", detail = m),
                crate::i18n::Text::Raw(s) => msg!("err-yaml-syntax", detail = s),
            };
            loaded
                .diags
                .push(Diagnostic::error(Kind::YamlSyntax, message).at(Pos { file, span: err.span }).help(msg!("err-yaml-syntax-help")));
            None
        }
    }
}

fn empty_file(loaded: &mut Loaded, file: FileId, base: usize) -> Option<Node> {
    loaded.diags.push(
        Diagnostic::error(Kind::EmptyFile, msg!("err-empty-file"))
            .at(Pos { file, span: Span::new(base, base) })
            .help(msg!("err-empty-file-help")),
    );
    None
}

fn push_issues(loaded: &mut Loaded, file: FileId, issues: Vec<yaml::Issue>) {
    for issue in issues {
        loaded.diags.push(Diagnostic::error(issue.kind, issue.message).at(Pos { file, span: issue.span }).help_opt(issue.help));
    }
}

fn deserialize<'a, T: Deserialize<'a>>(loaded: &mut Loaded, file: FileId, node: &'a Node, text: &'a str, base: usize) -> Option<T> {
    if let Value::Seq(_) = node.value {
        loaded.diags.push(
            Diagnostic::error(
                Kind::WrongType,
                msg!("err-wrong-type", expected = msg!("err-expected-mapping"), found = msg!("err-found-list")),
            )
            .at(Pos { file, span: node.span })
            .help(msg!("err-file-is-mapping-help")),
        );
        return None;
    }
    let (result, issues) = yaml::from_node::<T>(node, &text[base..], base);
    let before = loaded.diags.len();
    push_issues(loaded, file, issues);
    for d in &mut loaded.diags[before..] {
        if let Some(pos) = d.pos {
            d.subject = subject_at(node, pos.span.start());
        }
    }
    result.ok()
}

fn deserialize_list<'a, T: Deserialize<'a>>(loaded: &mut Loaded, file: FileId, node: &'a Node, text: &'a str) -> Vec<Sp<T>> {
    let Value::Seq(items) = &node.value else {
        loaded.diags.push(
            Diagnostic::error(Kind::WrongType, msg!("err-wrong-type", expected = msg!("err-expected-items"), found = node.describe()))
                .at(Pos { file, span: node.span })
                .help(msg!("err-file-is-list-help")),
        );
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let (result, issues) = yaml::from_node::<T>(item, text, 0);
        let before = loaded.diags.len();
        push_issues(loaded, file, issues);
        if let Some(subject) = key_text(item, "id").or_else(|| key_text(item, "number")) {
            for d in &mut loaded.diags[before..] {
                d.subject = Some(subject.clone());
            }
        }
        if let Ok(value) = result {
            out.push(Sp { value, span: item.span });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_is_trusted_only_when_old_and_the_same() {
        let t = |secs: u64| SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
        let read = Stamp { len: 10, modified: Some(t(1_000)), read_at: t(2_000) };
        let now = |len, modified| Stamp { len, modified, read_at: t(3_000) };
        assert!(read.unchanged(&now(10, Some(t(1_000)))));
        assert!(!read.unchanged(&now(11, Some(t(1_000)))), "another length");
        assert!(!read.unchanged(&now(10, Some(t(1_500)))), "another time");
        assert!(!read.unchanged(&now(10, None)), "no time");
        // Modified in the same few seconds as the read: a save in that tick
        // could keep both, so the file is read again.
        let racy = Stamp { len: 10, modified: Some(t(1_999)), read_at: t(2_000) };
        assert!(!racy.unchanged(&now(10, Some(t(1_999)))));
    }

    /// With a cache (as `serve` keeps one), an old file whose length and time
    /// are unchanged is not read again; a changed one is, even when its
    /// length stays.
    #[test]
    fn the_cache_rereads_only_changed_files() {
        let tmp = tempfile::tempdir().unwrap();
        let content = tmp.path().join("content");
        std::fs::create_dir_all(content.join("actions")).unwrap();
        std::fs::write(content.join("site.yaml"), "name: Testgemeente\n").unwrap();
        let write_at = |name: &str, text: &str, modified: SystemTime| {
            let path = content.join(name);
            std::fs::write(&path, text).unwrap();
            std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
        };
        let hour_ago = SystemTime::now() - Duration::from_secs(3_600);
        write_at("actions/a.md", "---\ntitle: Eerste\n---\nTekst.\n", hour_ago);
        write_at("actions/b.md", "---\ntitle: Tweede\n---\nTekst.\n", hour_ago);
        let mut cache = Cache::new();
        load_with(tmp.path(), &mut cache);
        // a.md gets other text of the same length behind the same old time: a
        // file the cache trusts is not read, so the change stays unseen (the
        // price of not reading; an editor's save always sets a new time).
        // b.md changes the same way but with a new time: it is read again.
        write_at("actions/a.md", "---\ntitle: Vierde\n---\nTekst.\n", hour_ago);
        write_at("actions/b.md", "---\ntitle: Derde!\n---\nTekst.\n", SystemTime::now());
        let second = load_with(tmp.path(), &mut cache);
        let titles: Vec<String> = second.actions.iter().filter_map(|d| d.meta.title.value().cloned()).collect();
        assert_eq!(titles, ["Eerste", "Derde!"], "a.md was read again, or b.md was not");
    }

    #[test]
    fn front_matter_split_handles_bom_and_crlf() {
        let text = "\u{feff}---\r\ntitle: x\r\n---\r\nBody\r\n";
        let (fm, start, body) = split_front_matter(text).unwrap();
        assert_eq!(fm, "title: x\r\n");
        assert_eq!(&text[start..start + 5], "title");
        assert_eq!(&text[body..], "Body\r\n");
        assert!(split_front_matter("no front matter").is_none());
        assert!(split_front_matter("---\nunclosed: yes\n").is_none());
    }

    /// A character that overrides or isolates the direction of text is a
    /// content error at its place; the marks that reorder nothing are not.
    #[test]
    fn a_direction_override_is_a_content_error_at_its_place() {
        let text = "Sofie Vander\u{202e}neluem\u{202c}, \u{2067}x\u{2069} \u{200e}\u{200f} \u{2014}\u{2019}";
        let mut loaded = Loaded::default();
        let file = loaded.sources.add(SourceFile::new("content/actions/a.md".to_owned(), text.to_owned()));
        bidi_controls(&mut loaded, file, text);
        let at: Vec<usize> = loaded.diags.iter().map(|d| d.pos.expect("a place").span.start()).collect();
        let want: Vec<usize> =
            text.char_indices().filter(|(_, c)| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).map(|(i, _)| i).collect();
        assert_eq!(at, want);
        assert!(loaded.diags.iter().all(|d| d.is_error() && d.code == Code::Content(Kind::BidiControl)));
    }

    #[test]
    fn ignore_rules() {
        for name in [".git", "_draft.md", "a.md~", ".a.swp", "x.swp", "y.tmp"] {
            assert!(is_ignored(name), "{name}");
        }
        assert!(!is_ignored("actie.md"));
    }

    #[test]
    fn classification() {
        assert_eq!(classify("site.yml"), Some(FileKind::Site));
        assert_eq!(classify("inventory/sub/a.yaml"), Some(FileKind::Inventory));
        assert_eq!(classify("actions/a.yaml"), None);
        assert_eq!(classify("assets/x/logo.png"), Some(FileKind::Asset));
        assert_eq!(classify("readme.txt"), None);
    }
}
