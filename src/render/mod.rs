//! Rendering: the validated model to the pages of one site.
//!
//! [`plan`] lists a site's pages (path, template, and which item each one
//! shows) and computes once what many pages share (the claims of each
//! action); a page's Tera context (its action rows included) is made only
//! when that page is rendered. So `build` streams a site of any size with the
//! memory of a few pages (the intranet's pages rendered straight into their
//! files, the largest pages one at a time), and `serve` renders a page when
//! it is asked for. Contexts are small (ids and the few views a page needs,
//! never the whole model: see Zola #2508). Pages render in parallel; the
//! output is byte-identical for the same input and "today". It writes
//! nothing to disk itself (the build hands it the files to write into) and
//! runs no checks.

pub mod chart;
mod error;
mod extra;
pub mod i18n;
pub mod md;
pub mod theme;
pub mod urls;
pub mod views;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{Action, ActionStatus, Date, Indicator, InventoryItem, Language, Project, Ref, Visibility};
use crate::source::Sources;
use views::*;

pub use error::RenderError;

/// What the sites are made from: the checked project, "today", and the
/// findings (the intranet's check report shows them).
pub struct Input {
    pub project: Project,
    pub today: Date,
    pub diags: Vec<Diagnostic>,
    pub sources: Sources,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Intranet,
    Public,
}

/// What one page shows. `Action(k)` is the k-th of the site's actions,
/// `Topic(k)` the k-th topic, `Free(k)` the k-th page of the project.
#[derive(Clone, Copy)]
enum Page {
    Home,
    Actions,
    Action(usize),
    Inventory,
    Sdgs,
    Sdg(u8),
    Topics,
    Topic(usize),
    Free(usize),
    NotFound,
    Claims,
    Checks,
    Team,
    Sessions,
    Evaluation,
    /// The printable report: the intranet's eindrapport, the public action plan and progress.
    Report,
    /// The public accessibility statement.
    Accessibility,
    Sitemap,
}

impl Page {
    /// A page that shows every action or item of the site (or every
    /// finding), or a large share of them (an SDG, a topic, the team with
    /// the actions of each member).
    fn is_heavy(self) -> bool {
        matches!(
            self,
            Page::Actions
                | Page::Inventory
                | Page::Claims
                | Page::Checks
                | Page::Report
                | Page::Sitemap
                | Page::Sdg(_)
                | Page::Topic(_)
                | Page::Team
        )
    }
}

struct Job {
    path: String,
    template: &'static str,
    title: String,
    current: &'static str,
    page: Page,
}

/// Where `Plan::write_site` hands each rendered file (called from several threads).
pub type WriteFile<'a> = dyn Fn(&str, &[u8]) -> std::io::Result<()> + Sync + 'a;

/// Where `Plan::stream_site` renders a page straight into: a writer for the
/// site-relative path (called from several threads).
pub type OpenFile<'a> = dyn Fn(&str) -> std::io::Result<Box<dyn std::io::Write + 'a>> + Sync + 'a;

/// One site planned: every page's path, template and subject, the theme's
/// static files and the assets, and what many pages share.
pub struct Plan {
    input: Arc<Input>,
    kind: Kind,
    tera: tera::Tera,
    /// A fingerprint of the theme's templates.
    templates: u64,
    jobs: Vec<Job>,
    by_path: HashMap<String, usize>,
    /// Static theme files and content assets, copied as they are.
    files: BTreeMap<String, Vec<u8>>,
    /// The extra files (open data, feed, calendars, search), each with the
    /// group that makes it: made only when written or asked for.
    extra: BTreeMap<String, extra::Group>,
    /// The keys every page gets: `site`, `nav`, `page_nav`, `t`, `kind`.
    base: tera::Context,
    /// The site's actions and inventory items (indices into the project's lists).
    actions: Vec<usize>,
    inventory: Vec<usize>,
    /// For each action of the project, the claims (indices) that name it.
    claims_of: Vec<Vec<usize>>,
    /// With the built-in templates of the pages that list every action or
    /// every inventory item: the templates with the rows replaced by
    /// [`ROWS_MARKER`] ([`Plan::spliced_to`]) and the items by
    /// [`ITEMS_MARKER`] ([`Plan::spliced_inventory_to`]).
    splice_tera: Option<tera::Tera>,
    /// Which of those pages are rendered in parts.
    spliced: Spliced,
}

/// Which pages are rendered in parts: those whose templates are all built in.
#[derive(Debug, Clone, Copy, Default)]
struct Spliced {
    /// The reports and the action lists.
    actions: bool,
    /// The inventory pages.
    inventory: bool,
}

/// The templates of the pages whose action rows are rendered a batch at a
/// time ([`Plan::spliced_to`]): the reports and the action lists. A theme
/// that overrides one of them gets the one-context render of every page.
const SPLICED_TEMPLATES: &[&str] = &[
    "templates/intranet/report.html",
    "templates/public/report.html",
    "templates/report_actions.html",
    "templates/report_action_rows.html",
    "templates/intranet/actions.html",
    "templates/public/actions.html",
    "templates/action_filters.html",
    "templates/action_filters_css.html",
    "templates/intranet/action_rows.html",
    "templates/public/action_rows.html",
];
/// The row templates, each included once by its page.
const ROWS_TEMPLATES: &[&str] = &["report_action_rows.html", "intranet/action_rows.html", "public/action_rows.html"];
/// Stands where the action rows go in a page rendered without them.
const ROWS_MARKER: &str = "\u{1}kapstok:action-rows\u{1}";
/// Rows rendered at once: small contexts, few renders.
const ROWS_BATCH: usize = 512;
/// The templates of the inventory pages, whose items are rendered a batch at
/// a time, group by group ([`Plan::spliced_inventory_to`]).
const SPLICED_INVENTORY_TEMPLATES: &[&str] = &[
    "templates/intranet/inventory.html",
    "templates/public/inventory.html",
    "templates/inventory_list.html",
    "templates/inventory_items.html",
];
/// Stands where a group's items go in an inventory page rendered without them.
const ITEMS_MARKER: &str = "\u{1}kapstok:inventory-items\u{1}";

/// Plan the intranet or the public site.
pub fn plan(input: Arc<Input>, public: bool) -> Result<Plan, RenderError> {
    // The public site is rendered from what it may show, and nothing else.
    let input = if public {
        Arc::new(Input {
            project: crate::public::project(&input.project, input.today),
            today: input.today,
            diags: Vec::new(),
            sources: input.sources.clone(),
        })
    } else {
        input
    };
    let p = &input.project;
    let theme = theme::load(&p.root, p.site.theme.as_ref().map(|t| t.as_str())).map_err(RenderError::Theme)?;
    let tera = make_tera(&theme, p.site.language)?;
    let templates = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        theme.iter().filter(|(path, _)| path.starts_with("templates/")).for_each(|t| t.hash(&mut h));
        h.finish()
    };
    let kind = if public { Kind::Public } else { Kind::Intranet };
    let r = R { p, today: input.today, lang: p.site.language };
    // What a site shows was decided before (the public site's project is
    // `crate::public::project`): every item of `p` is on it.
    let actions: Vec<usize> = (0..p.actions.len()).collect();
    let inventory: Vec<usize> = (0..p.inventory.len()).collect();
    let mut claims_of = vec![Vec::new(); if kind == Kind::Intranet { p.actions.len() } else { 0 }];
    if kind == Kind::Intranet {
        for (c, claim) in p.claims.iter().enumerate() {
            for a in claim.actions.iter().filter_map(|r| p.index.actions.get(&r.id)) {
                if claims_of[*a].last() != Some(&c) {
                    claims_of[*a].push(c);
                }
            }
        }
    }
    let jobs = r.jobs(kind, &actions);
    let base = r.base_context(kind);
    let mut files = BTreeMap::new();
    for (path, bytes) in &theme {
        if let Some(rel) = path.strip_prefix("static/") {
            files.insert(format!("static/{rel}"), bytes.clone());
        }
    }
    for asset in &p.assets {
        let bytes =
            std::fs::read(&asset.source).map_err(|source| RenderError::Read { path: asset.source.display().to_string(), source })?;
        files.insert(format!("assets/{}", asset.path), bytes);
    }
    let mut extra = BTreeMap::new();
    for (path, group) in extra::paths(&r, kind) {
        if files.contains_key(&path) || extra.insert(path.clone(), group).is_some() {
            return Err(RenderError::Clash { path });
        }
    }
    let mut by_path = HashMap::with_capacity(jobs.len());
    for (k, j) in jobs.iter().enumerate() {
        if by_path.insert(j.path.clone(), k).is_some() || files.contains_key(&j.path) || extra.contains_key(&j.path) {
            return Err(RenderError::Clash { path: j.path.clone() });
        }
    }
    // A theme that overrides one of these templates gets the one-context
    // render: kapstok knows what the built-in ones read, not what another reads.
    let built_in = |templates: &[&str]| {
        templates
            .iter()
            .all(|t| theme::EMBEDDED.iter().any(|(path, text)| path == t && theme.get(*t).is_some_and(|b| b == text.as_bytes())))
    };
    let spliced = Spliced { actions: built_in(SPLICED_TEMPLATES), inventory: built_in(SPLICED_INVENTORY_TEMPLATES) };
    let splice_tera = if spliced.actions || spliced.inventory {
        let mut t = tera.clone();
        let rows = ROWS_TEMPLATES.iter().filter(|_| spliced.actions).map(|name| (*name, ROWS_MARKER));
        let items = std::iter::once(("inventory_items.html", ITEMS_MARKER)).filter(|_| spliced.inventory);
        t.add_raw_templates(rows.chain(items)).map_err(|e| RenderError::template("(theme)", &e))?;
        Some(t)
    } else {
        None
    };
    Ok(Plan { input, kind, tera, templates, jobs, by_path, files, extra, base, actions, inventory, claims_of, splice_tera, spliced })
}

impl Plan {
    /// Every path the site will have, sorted.
    pub fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> =
            self.jobs.iter().map(|j| j.path.clone()).chain(self.files.keys().cloned()).chain(self.extra.keys().cloned()).collect();
        paths.sort();
        paths
    }

    /// Render every page of the site in parallel and hand each file to
    /// `write` as soon as it is made, so a large site is never held whole in
    /// memory. The first template error stops the site.
    /// With `large`, the files too large to hold whole (the open data's)
    /// are written through the writer it gives for their path instead.
    pub fn write_site(&self, write: &WriteFile<'_>, large: Option<&OpenFile<'_>>) -> Result<(), RenderError> {
        self.write_pages(write, None, large)
    }

    /// Like [`Plan::write_site`], but every page is rendered straight into
    /// the writer `open` gives for its path, so not even the largest page is
    /// held whole in memory (the site's other files still go to `write`).
    pub fn stream_site(&self, write: &WriteFile<'_>, open: &OpenFile<'_>) -> Result<(), RenderError> {
        self.write_pages(write, Some(open), Some(open))
    }

    fn write_pages(&self, write: &WriteFile<'_>, open: Option<&OpenFile<'_>>, large: Option<&OpenFile<'_>>) -> Result<(), RenderError> {
        let write = |path: &str, bytes: &[u8]| write(path, bytes).map_err(|e| RenderError::write(path, e));
        let page = |j: &Job| match open {
            Some(open) => self.stream_job(j, open),
            None => write(&j.path, &self.render_job(j)?),
        };
        // The pages that list every action or item (their context and text
        // run to hundreds of MB at 100,000 actions) and the extra files one
        // at a time, beside the other pages on every core: two of them at
        // once would double the peak.
        let (heavy, light): (Vec<&Job>, Vec<&Job>) = self.jobs.iter().partition(|j| j.page.is_heavy());
        let (pages, big) = rayon::join(
            || light.par_iter().try_for_each(|j| page(j)),
            || {
                heavy.iter().try_for_each(|j| page(j))?;
                self.groups().into_iter().try_for_each(|g| self.make_group(g, &mut |path, bytes| write(&path, &bytes), large))
            },
        );
        pages?;
        big?;
        self.files.iter().try_for_each(|(path, bytes)| write(path, bytes))
    }

    /// The groups of extra files of the site, in a fixed order.
    fn groups(&self) -> Vec<extra::Group> {
        let mut groups: Vec<extra::Group> = Vec::new();
        for g in self.extra.values() {
            if !groups.contains(g) {
                groups.push(*g);
            }
        }
        groups
    }

    /// Make the files of one group of extra files, each handed to `out`.
    /// A file made that the plan did not list is an error (the paths and
    /// the files must agree).
    fn make_group(&self, group: extra::Group, out: &mut extra::Out<'_>, open: Option<&OpenFile<'_>>) -> Result<(), RenderError> {
        let planned = |path: &str| match self.extra.get(path) == Some(&group) {
            true => Ok(()),
            false => Err(RenderError::Unplanned { path: path.to_owned() }),
        };
        let open_planned = open.map(|open| {
            move |path: &str| -> Result<Box<dyn std::io::Write + '_>, RenderError> {
                planned(path)?;
                open(path).map_err(|e| RenderError::write(path, e))
            }
        });
        extra::make(
            &self.r(),
            group,
            &mut |path, bytes| planned(&path).and_then(|()| out(path, bytes)),
            open_planned.as_ref().map(|f| f as &extra::Open<'_>),
        )
    }

    /// One file of the site by its site-relative path (`None`: no such file).
    pub fn get(&self, rel: &str) -> Option<Result<Vec<u8>, RenderError>> {
        if let Some(&k) = self.by_path.get(rel) {
            return Some(self.render_job(&self.jobs[k]));
        }
        if let Some(&group) = self.extra.get(rel) {
            // The whole group is made, and the one file kept.
            let mut found = None;
            let made = self.make_group(
                group,
                &mut |path, bytes| {
                    if path == rel {
                        found = Some(bytes);
                    }
                    Ok(())
                },
                None,
            );
            return Some(made.and_then(|()| found.ok_or_else(|| RenderError::NotMade { path: rel.to_owned() })));
        }
        self.files.get(rel).map(|b| Ok(b.clone()))
    }

    /// Render one page of every template, to find template errors without
    /// rendering the whole site (`serve` renders the rest on request).
    pub fn probe(&self) -> Result<(), RenderError> {
        let mut seen = std::collections::HashSet::new();
        let firsts: Vec<&Job> = self.jobs.iter().filter(|j| seen.insert(j.template)).collect();
        firsts.par_iter().try_for_each(|j| self.render_job(j).map(drop))
    }

    /// A fingerprint of the theme's templates: the same templates give the same number.
    pub fn templates(&self) -> u64 {
        self.templates
    }

    pub fn contains(&self, rel: &str) -> bool {
        self.by_path.contains_key(rel) || self.files.contains_key(rel) || self.extra.contains_key(rel)
    }

    /// How many files the site has.
    pub fn len(&self) -> usize {
        self.jobs.len() + self.files.len() + self.extra.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn render_job(&self, j: &Job) -> Result<Vec<u8>, RenderError> {
        let mut out = Vec::new();
        if let Some(rendered) = self.render_in_parts(j, &mut out, ROWS_BATCH) {
            return rendered.map(|()| out).map_err(|e| RenderError::template(j.template, &e));
        }
        let ctx = self.context(j);
        self.tera.render(j.template, &ctx).map(String::into_bytes).map_err(|e| RenderError::template(j.template, &e))
    }

    /// Render one page into the writer `open` gives for its path.
    fn stream_job(&self, j: &Job, open: &OpenFile<'_>) -> Result<(), RenderError> {
        use std::io::Write;
        let mut out = open(&j.path).map_err(|e| RenderError::write(&j.path, e))?;
        let rendered = match self.render_in_parts(j, &mut out, ROWS_BATCH) {
            Some(rendered) => rendered,
            None => self.tera.render_to(j.template, &self.context(j), &mut out),
        };
        let written = rendered.and_then(|()| out.flush().map_err(tera::Error::io_error));
        written.map_err(|e| match e.kind {
            tera::ErrorKind::Io(kind) => {
                let message = std::error::Error::source(&e).map_or_else(|| e.to_string(), |s| s.to_string());
                RenderError::write(&j.path, std::io::Error::new(kind, message))
            }
            _ => RenderError::template(j.template, &e),
        })
    }

    /// Render a page in parts into `out`, `batch` rows or items at a time,
    /// when its templates are the built-in ones; `None` for a page that is
    /// rendered from one context.
    fn render_in_parts(&self, j: &Job, out: &mut dyn std::io::Write, batch: usize) -> Option<Result<(), tera::Error>> {
        let splice_tera = self.splice_tera.as_ref()?;
        match j.page {
            Page::Report | Page::Actions if self.spliced.actions => Some(self.spliced_to(j, splice_tera, out, batch)),
            Page::Inventory if self.spliced.inventory => Some(self.spliced_inventory_to(j, splice_tera, out, batch)),
            _ => None,
        }
    }

    /// An inventory page with the built-in templates, into `out`: the page
    /// with its groups but without their items (with [`ITEMS_MARKER`] where
    /// each group's items go), then each group's items a batch at a time.
    /// The same bytes as one render with every item.
    fn spliced_inventory_to(
        &self,
        j: &Job,
        splice_tera: &tera::Tera,
        out: &mut dyn std::io::Write,
        batch: usize,
    ) -> Result<(), tera::Error> {
        let page = splice_tera.render(j.template, &self.context_of(j, true))?;
        let r = self.r();
        let groups = r.inventory_grouped(&self.site_inventory());
        let mut parts = page.split(ITEMS_MARKER);
        if page.matches(ITEMS_MARKER).count() != groups.len() {
            return Err(tera::Error::msg(format!("`{}` does not include `inventory_items.html` once per group", j.template)));
        }
        let io = tera::Error::io_error;
        out.write_all(parts.next().unwrap_or_default().as_bytes()).map_err(io)?;
        let mut items = self.base.clone();
        items.insert("root", &urls::root_for(&j.path));
        for ((_, group), after) in groups.iter().zip(parts) {
            for chunk in group.chunks(batch) {
                let views = chunk.iter().map(|i| r.inventory_view(self.kind, i, &j.path));
                items.insert("g", &ItemsOnly { items: extra::Seq::new(views) });
                self.tera.render_to("inventory_items.html", &items, &mut *out)?;
            }
            out.write_all(after.as_bytes()).map_err(io)?;
        }
        Ok(())
    }

    /// A report or action list with the built-in templates, into `out`:
    /// the page without its action rows (with [`ROWS_MARKER`] where they go,
    /// and without the keys those templates do not read), then the rows a
    /// batch at a time, then the rest of the page. The same bytes as one
    /// render with every key, but the rows of 100,000 actions are never one
    /// Tera context of hundreds of MB. `batch`: rows per render.
    fn spliced_to(&self, j: &Job, splice_tera: &tera::Tera, out: &mut dyn std::io::Write, batch: usize) -> Result<(), tera::Error> {
        let rows_template = match (j.page, self.kind) {
            (Page::Report, _) => "report_action_rows.html",
            (_, Kind::Intranet) => "intranet/action_rows.html",
            (_, Kind::Public) => "public/action_rows.html",
        };
        let page = splice_tera.render(j.template, &self.context_of(j, true))?;
        let Some((head, tail)) = page.split_once(ROWS_MARKER).filter(|(_, tail)| !tail.contains(ROWS_MARKER)) else {
            return Err(tera::Error::msg(format!("`{}` does not include `{rows_template}` once", j.template)));
        };
        out.write_all(head.as_bytes()).map_err(tera::Error::io_error)?;
        let mut rows = self.base.clone();
        rows.insert("root", &urls::root_for(&j.path));
        let mut at = 0;
        while at < self.actions.len() {
            let end = (at + batch).min(self.actions.len());
            match j.page {
                Page::Report => self.insert_report_rows(&mut rows, at..end),
                _ => self.insert_rows(&mut rows, "actions", at..end),
            }
            self.tera.render_to(rows_template, &rows, &mut *out)?;
            at = end;
        }
        out.write_all(tail.as_bytes()).map_err(tera::Error::io_error)
    }

    fn r(&self) -> R<'_> {
        let p = &self.input.project;
        R { p, today: self.input.today, lang: p.site.language }
    }

    /// The rows of the site's actions at positions `at` (into `self.actions`),
    /// each made as it is added to the context: the rows of a large site are
    /// never held beside the context (nor kept between pages).
    fn insert_rows(&self, ctx: &mut tera::Context, key: &str, at: impl Iterator<Item = usize>) {
        let r = self.r();
        let action = |k: usize| &r.p.actions[self.actions[k]];
        match self.kind {
            Kind::Intranet => ctx.insert(key, &extra::Seq::new(at.map(|k| r.action_row(action(k))))),
            Kind::Public => ctx.insert(key, &extra::Seq::new(at.map(|k| r.public_action_row(action(k))))),
        }
    }

    fn site_actions(&self) -> Vec<&Action> {
        self.actions.iter().map(|&i| &self.input.project.actions[i]).collect()
    }

    fn site_inventory(&self) -> Vec<&InventoryItem> {
        self.inventory.iter().map(|&i| &self.input.project.inventory[i]).collect()
    }

    /// The Tera context of one page: the site-wide keys, the page's place,
    /// and what the page shows.
    fn context(&self, j: &Job) -> tera::Context {
        self.context_of(j, false)
    }

    /// [`Plan::context`]; `lean`: for [`Plan::spliced_to`], without the
    /// action rows and the keys the built-in templates do not read.
    fn context_of(&self, j: &Job, lean: bool) -> tera::Context {
        let mut ctx = self.base.clone();
        ctx.insert("root", &urls::root_for(&j.path));
        ctx.insert("path", &j.path);
        ctx.insert("title", &j.title);
        ctx.insert("current", j.current);
        let r = self.r();
        let p = r.p;
        let k = self.kind;
        let path = j.path.as_str();
        match j.page {
            Page::Home if k == Kind::Intranet => self.intranet_home(&r, &mut ctx),
            Page::Home => self.public_home(&r, &mut ctx),
            Page::Actions => {
                if lean {
                    // The built-in filters only count the rows.
                    ctx.insert("actions", &vec![(); self.actions.len()]);
                } else {
                    self.insert_rows(&mut ctx, "actions", 0..self.actions.len());
                }
                ctx.insert("filters", &self.filter_groups(&r));
            }
            Page::Action(at) => {
                let i = self.actions[at];
                let a = &p.actions[i];
                match k {
                    Kind::Intranet => ctx.insert("action", &r.action_page(a, &r.action_row(a), &self.claims_of[i], path)),
                    Kind::Public => ctx.insert("action", &r.public_action_page(a, &r.public_action_row(a), path)),
                }
            }
            Page::Inventory => {
                let inventory = self.site_inventory();
                if lean {
                    // The groups without their items: `inventory_items.html` is a marker.
                    let groups = r.inventory_grouped(&inventory).into_iter().map(|(key, _)| r.inventory_group(key, Vec::<()>::new()));
                    ctx.insert("groups", &groups.collect::<Vec<_>>());
                } else {
                    ctx.insert("groups", &r.inventory_groups(k, &inventory, path));
                }
                if k == Kind::Intranet {
                    ctx.insert("departments", &r.department_counts(&inventory));
                }
                ctx.insert("matrix", &r.matrix(&self.site_actions(), &inventory));
            }
            Page::Sdgs => {
                let (actions, inventory) = (self.site_actions(), self.site_inventory());
                ctx.insert("sdgs", &r.sdg_counts(&actions, &inventory));
                ctx.insert("matrix", &r.matrix(&actions, &inventory));
            }
            Page::Sdg(n) => {
                ctx.insert("sdg", &n);
                let actions = self.site_actions();
                self.insert_rows(&mut ctx, "actions", (0..actions.len()).filter(|&a| actions[a].sdgs.contains(&n)));
                let inventory: Vec<InventoryView> =
                    self.site_inventory().into_iter().filter(|i| i.sdgs.contains(&n)).map(|i| r.inventory_view(k, i, path)).collect();
                ctx.insert("inventory", &inventory);
            }
            Page::Topics => ctx.insert("topics", &r.topic_counts(&self.site_actions(), &self.site_inventory())),
            Page::Topic(t) => {
                let id = &p.site.topics[t].id;
                ctx.insert("topic", &id.as_str());
                let has = |topics: &[Ref]| topics.iter().any(|r| &r.id == id);
                let actions = self.site_actions();
                self.insert_rows(&mut ctx, "actions", (0..actions.len()).filter(|&a| has(&actions[a].topics)));
                let inventory: Vec<InventoryView> =
                    self.site_inventory().into_iter().filter(|i| has(&i.topics)).map(|i| r.inventory_view(k, i, path)).collect();
                ctx.insert("inventory", &inventory);
            }
            Page::Free(pg) => ctx.insert("body_html", &r.md(k, &p.pages[pg].body.text, path)),
            Page::NotFound => {
                // The 404 page is served at any depth: absolute links from base_url's path.
                let info = if k == Kind::Intranet { &p.site.intranet } else { &p.site.public };
                ctx.insert("root", &base_path(&info.base_url));
            }
            Page::Claims if k == Kind::Intranet => r.intranet_claims(&mut ctx),
            Page::Claims => ctx.insert("claims", &r.public_claims()),
            Page::Checks => r.check_report(&mut ctx, &self.input.diags, &self.input.sources, true),
            Page::Team => r.team(&mut ctx, true),
            Page::Sessions => {
                ctx.insert("sessions", &r.sessions(path));
                ctx.insert("calendar", &r.calendar());
            }
            Page::Evaluation => ctx.insert("questions", &r.questions(k)),
            Page::Report if k == Kind::Intranet => self.intranet_report(&r, &mut ctx, path, lean),
            Page::Report => self.public_report(&r, &mut ctx, lean),
            Page::Accessibility => ctx.insert("statement", &r.statement()),
            Page::Sitemap => {
                // Absolute URLs of every public page (folder form).
                let mut urls_abs: Vec<String> = self
                    .jobs
                    .iter()
                    .filter(|j| j.path.ends_with("index.html"))
                    .map(|j| {
                        format!("{}{}", p.site.public.base_url, j.path.trim_end_matches("index.html"))
                            .replace('&', "&amp;")
                            .replace('<', "&lt;")
                    })
                    .collect();
                urls_abs.sort();
                ctx.insert("urls", &urls_abs);
            }
        }
        ctx
    }

    fn intranet_home(&self, r: &R, ctx: &mut tera::Context) {
        let p = r.p;
        ctx.insert("intro_html", &r.index_intro(Kind::Intranet));
        ctx.insert("trajectory", &r.trajectory());
        ctx.insert("phases", &r.phases());
        ctx.insert("sessions_done", &p.sessions.iter().filter(|s| code(&s.status) == "done").count());
        ctx.insert("sessions_total", &p.sessions.len());
        let actions = self.site_actions();
        ctx.insert("by_status", &r.by_status(&actions));
        ctx.insert("actions_total", &actions.len());
        ctx.insert("upcoming", &r.calendar().iter().filter(|c| !c.past).take(8).collect::<Vec<_>>());
        let diags = &self.input.diags;
        ctx.insert("errors", &diags.iter().filter(|d| d.severity == Severity::Error).count());
        ctx.insert("warnings", &diags.iter().filter(|d| d.severity == Severity::Warning).count());
    }

    fn public_home(&self, r: &R, ctx: &mut tera::Context) {
        let (actions, inventory) = (self.site_actions(), self.site_inventory());
        ctx.insert("intro_html", &r.index_intro(Kind::Public));
        ctx.insert("figures", &self.public_figures(r));
        ctx.insert("sdgs", &r.sdg_counts(&actions, &inventory).into_iter().filter(|s| s.count > 0).collect::<Vec<_>>());
    }

    /// The public key figures: actions, done, in progress, inventory, sessions held.
    fn public_figures(&self, r: &R) -> Vec<Count> {
        let p = r.p;
        let (actions, inventory) = (self.site_actions(), self.site_inventory());
        vec![
            Count { key: "actions".into(), label: r.t("actions_col").into(), url: Some(urls::page("actions")), count: actions.len() },
            Count {
                key: "done".into(),
                label: r.t("status_done").into(),
                url: None,
                count: actions.iter().filter(|a| a.status == ActionStatus::Done).count(),
            },
            Count {
                key: "in-progress".into(),
                label: r.t("status_in-progress").into(),
                url: None,
                count: actions.iter().filter(|a| a.status == ActionStatus::InProgress).count(),
            },
            Count {
                key: "inventory".into(),
                label: r.t("figure_inventory").into(),
                url: Some(urls::page("inventory")),
                count: inventory.len(),
            },
            Count {
                key: "sessions".into(),
                label: r.t("sessions").into(),
                url: None,
                count: p.sessions.iter().filter(|s| s.date <= r.today).count(),
            },
        ]
    }

    /// The filters of the action list, one group per dimension (status,
    /// department, SDG, topic, and on the intranet owner), each value with its
    /// key (as in the rows' `filter`) and how many actions it keeps. Values
    /// that keep no action are left out.
    fn filter_groups(&self, r: &R) -> Vec<Group<Count>> {
        let p = r.p;
        let mut counts: HashMap<String, usize> = HashMap::new();
        for a in self.site_actions() {
            for k in filter_keys(a, self.kind == Kind::Intranet).split(' ') {
                if let Some(n) = counts.get_mut(k) {
                    *n += 1;
                } else {
                    counts.insert(k.to_owned(), 1);
                }
            }
        }
        let option = |key: String, label: String| {
            let count = counts.get(key.as_str()).copied().unwrap_or(0);
            (count > 0).then_some(Count { key, label, url: None, count })
        };
        let mut departments: BTreeSet<&str> = BTreeSet::new();
        departments.extend(self.site_actions().iter().filter_map(|a| a.department.as_deref()));
        let mut groups = vec![
            (
                "status",
                ActionStatus::ALL.iter().filter_map(|s| option(format!("status-{}", s.code()), r.status_label(*s).into())).collect(),
            ),
            ("department", departments.iter().filter_map(|d| option(format!("department-{}", key_slug(d)), (*d).to_owned())).collect()),
            ("sdg", (1..=17u8).filter_map(|n| option(format!("sdg-{n}"), format!("{n}. {}", i18n::sdg_name(r.lang, n)))).collect()),
            ("topic", p.site.topics.iter().filter_map(|t| option(format!("topic-{}", t.id), t.title.clone())).collect()),
        ];
        if self.kind == Kind::Intranet {
            groups.push(("owner", p.team.members.iter().filter_map(|m| option(format!("owner-{}", m.id), m.name.clone())).collect()));
        }
        groups
            .into_iter()
            .filter(|(_, items): &(&str, Vec<Count>)| !items.is_empty())
            .map(|(key, items)| Group { key: key.to_owned(), label: r.t(key).to_owned(), url: None, items })
            .collect()
    }

    /// The rows of every action of the site with its indicator's figures
    /// (`lean`: left out, [`Plan::spliced_to`] renders them), and the counts.
    fn report_rows(&self, r: &R, ctx: &mut tera::Context, lean: bool) {
        if !lean {
            self.insert_report_rows(ctx, 0..self.actions.len());
        }
        ctx.insert("by_status", &r.by_status(&self.site_actions()));
        ctx.insert("today", &r.today.to_string());
        ctx.insert("trajectory", &r.trajectory());
    }

    /// `actions`: the report rows of the site's actions at positions `at`.
    fn insert_report_rows(&self, ctx: &mut tera::Context, at: std::ops::Range<usize>) {
        let r = self.r();
        let actions = self.actions[at].iter().map(|&i| &r.p.actions[i]);
        let indicators = |a: &Action| a.indicators.iter().map(|i| r.indicator_summary(i)).collect();
        match self.kind {
            Kind::Intranet => {
                ctx.insert("actions", &extra::Seq::new(actions.map(|a| ReportRow { row: r.action_row(a), indicators: indicators(a) })))
            }
            Kind::Public => ctx
                .insert("actions", &extra::Seq::new(actions.map(|a| ReportRow { row: r.public_action_row(a), indicators: indicators(a) }))),
        }
    }

    /// The eindrapport: trajectory, team and mandate, the lokale foto in
    /// figures, the action plan with status and indicators, the evaluation,
    /// the findings. One page, made to be printed. `lean`: see
    /// [`Plan::context_of`] (members without their actions; of the check
    /// report, no `by_item` and no `content_findings`).
    fn intranet_report(&self, r: &R, ctx: &mut tera::Context, path: &str, lean: bool) {
        self.report_rows(r, ctx, lean);
        ctx.insert("phases", &r.phases());
        ctx.insert("sessions", &r.sessions(path));
        r.team(ctx, !lean);
        let inventory = self.site_inventory();
        ctx.insert("sources", &r.source_counts(&inventory));
        ctx.insert("inventory_total", &inventory.len());
        ctx.insert("coverage", &r.coverage(&self.site_actions(), &inventory));
        ctx.insert("questions", &r.questions(Kind::Intranet));
        r.check_report(ctx, &self.input.diags, &self.input.sources, !lean);
    }

    /// The public report: the public action plan and its progress.
    fn public_report(&self, r: &R, ctx: &mut tera::Context, lean: bool) {
        self.report_rows(r, ctx, lean);
        ctx.insert("figures", &self.public_figures(r));
        ctx.insert("coverage", &r.coverage(&self.site_actions(), &self.site_inventory()));
    }
}

fn make_tera(theme: &BTreeMap<String, Vec<u8>>, lang: Language) -> Result<tera::Tera, RenderError> {
    let mut tera = tera::Tera::default();
    let templates: Vec<(String, String)> = theme
        .iter()
        .filter_map(|(p, b)| p.strip_prefix("templates/").map(|name| (name.to_owned(), String::from_utf8_lossy(b).into_owned())))
        .collect();
    tera.add_raw_templates(templates).map_err(|e| RenderError::template("(theme)", &e))?;
    tera.autoescape_on(vec![".html", ".xml"]);
    // Escape what is significant in HTML text and quoted attributes, but not
    // `/`: Tera's default turns every relative URL into `..&#x2F;x&#x2F;index.html`.
    tera.set_escape_fn(escape_html);
    // Tera registers `get_env` whatever its features: a theme must not
    // read the environment of the machine that builds (tokens, paths), so
    // the function is replaced by one that fails the build.
    tera.register_function("get_env", |_: &std::collections::HashMap<String, tera::Value>| {
        Err(tera::Error::msg("`get_env` is not available in kapstok themes: a template cannot read environment variables"))
    });
    tera.register_filter("sdg_name", move |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
        let n = v.as_u64().unwrap_or(1).clamp(1, 17) as u8;
        Ok(tera::Value::String(i18n::sdg_name(lang, n).to_owned()))
    });
    tera.register_filter("sdg_colour", |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
        let n = v.as_u64().unwrap_or(1).clamp(1, 17) as usize;
        Ok(tera::Value::String(i18n::SDG_COLOURS[n - 1].to_owned()))
    });
    Ok(tera)
}

/// HTML escaping for text and double- or single-quoted attribute values.
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

/// Serialise an enum to its kebab-case code.
fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The rules about the accessibility of Markdown texts: the check report
/// shows their findings next to the page they concern.
const CONTENT_RULES: [&str; 3] = ["markdown-image-alt", "markdown-heading-skip", "markdown-link-text"];

struct R<'a> {
    p: &'a Project,
    today: Date,
    lang: Language,
}

struct SiteLinks<'a> {
    p: &'a Project,
    kind: Kind,
}

impl md::Links for SiteLinks<'_> {
    fn resolve(&self, kind: &str, target: &str) -> Option<String> {
        let p = self.p;
        let page = || p.index.pages.get(target).map(|&i| &p.pages[i]);
        let ok = match (self.kind, kind) {
            (_, "action") => p.index.actions.contains_key(target),
            (_, "inventory") => p.index.inventory.contains_key(target),
            (Kind::Public, "page") => page().is_some(),
            (Kind::Intranet, "page") => page().is_some_and(|pg| pg.on_intranet()),
            _ => true,
        };
        if ok { md::standard_path(kind, target) } else { None }
    }
}

impl<'a> R<'a> {
    fn t(&self, key: &str) -> &'static str {
        i18n::get(self.lang, key)
    }

    fn md(&self, kind: Kind, text: &str, path: &str) -> String {
        md::render(text, &urls::root_for(path), &SiteLinks { p: self.p, kind }, self.t("table"))
    }

    /// Every page of a site, with its path, template and title.
    fn jobs(&self, kind: Kind, actions: &[usize]) -> Vec<Job> {
        let p = self.p;
        let intranet = kind == Kind::Intranet;
        let pick = |i: &'static str, pbl: &'static str| if intranet { i } else { pbl };
        let job = |path: String, template: &'static str, title: &str, current: &'static str, page: Page| Job {
            path,
            template,
            title: title.to_owned(),
            current,
            page,
        };
        let mut jobs = Vec::with_capacity(actions.len() + 64);
        let home_title = if intranet { &p.site.intranet.title } else { &p.site.public.title };
        jobs.push(job(urls::page(""), pick("intranet/home.html", "public/home.html"), home_title, "home", Page::Home));
        jobs.push(job(
            urls::page("actions"),
            pick("intranet/actions.html", "public/actions.html"),
            self.t("actions"),
            "actions",
            Page::Actions,
        ));
        for (at, &i) in actions.iter().enumerate() {
            let a = &p.actions[i];
            jobs.push(job(
                urls::action(a.id.as_str()),
                pick("intranet/action.html", "public/action.html"),
                &a.title,
                "actions",
                Page::Action(at),
            ));
        }
        jobs.push(job(
            urls::page("inventory"),
            pick("intranet/inventory.html", "public/inventory.html"),
            self.t("inventory"),
            "inventory",
            Page::Inventory,
        ));
        jobs.push(job(urls::page("sdg"), "sdgs.html", self.t("sdgs"), "sdg", Page::Sdgs));
        for n in 1..=17u8 {
            let title = format!("{} {n}: {}", self.t("sdg"), i18n::sdg_name(self.lang, n));
            jobs.push(job(urls::sdg(n), "sdg.html", &title, "sdg", Page::Sdg(n)));
        }
        jobs.push(job(urls::page("topics"), "topics.html", self.t("topics"), "topics", Page::Topics));
        for (k, t) in p.site.topics.iter().enumerate() {
            jobs.push(job(urls::topic(t.id.as_str()), "topic.html", &t.title, "topics", Page::Topic(k)));
        }
        for (k, pg) in p.pages.iter().enumerate() {
            let on = !intranet || pg.on_intranet();
            if on && pg.slug.as_str() != "index" {
                jobs.push(job(urls::free_page(pg.slug.as_str()), "page.html", &pg.title, "page", Page::Free(k)));
            }
        }
        jobs.push(job("404.html".into(), "404.html", self.t("not_found"), "", Page::NotFound));
        let claims_title = self.t(pick("claims_intranet", "claims_public"));
        jobs.push(job(urls::page("claims"), pick("intranet/claims.html", "public/claims.html"), claims_title, "claims", Page::Claims));
        if intranet {
            jobs.push(job(urls::page("checks"), "intranet/checks.html", self.t("checks"), "checks", Page::Checks));
            jobs.push(job(urls::page("team"), "intranet/team.html", self.t("team"), "team", Page::Team));
            jobs.push(job(urls::page("sessions"), "intranet/sessions.html", self.t("sessions"), "sessions", Page::Sessions));
        }
        let evaluation = pick("intranet/evaluation.html", "public/evaluation.html");
        jobs.push(job(urls::page("evaluation"), evaluation, self.t("evaluation"), "evaluation", Page::Evaluation));
        let report = pick("intranet/report.html", "public/report.html");
        jobs.push(job(urls::page("report"), report, self.t(pick("report_intranet", "report_public")), "report", Page::Report));
        if !intranet {
            if p.site.accessibility.is_some() {
                let title = self.t("statement");
                jobs.push(job(urls::page("accessibility"), "public/accessibility.html", title, "accessibility", Page::Accessibility));
            }
            jobs.push(job("sitemap.xml".into(), "sitemap.xml", "sitemap", "", Page::Sitemap));
        }
        jobs
    }

    /// Site-wide keys every page gets: `site`, `nav`, `page_nav`, `t`, `kind`.
    fn base_context(&self, kind: Kind) -> tera::Context {
        let s = &self.p.site;
        let info = if kind == Kind::Intranet { &s.intranet } else { &s.public };
        let mut nav = vec![
            Nav { key: "home", label: self.t("home").into(), url: urls::page("") },
            Nav { key: "actions", label: self.t("actions").into(), url: urls::page("actions") },
            Nav { key: "inventory", label: self.t("inventory").into(), url: urls::page("inventory") },
            Nav { key: "sdg", label: self.t("sdgs").into(), url: urls::page("sdg") },
            Nav { key: "topics", label: self.t("topics").into(), url: urls::page("topics") },
            Nav {
                key: "claims",
                label: self.t(if kind == Kind::Intranet { "claims_intranet" } else { "claims_public" }).into(),
                url: urls::page("claims"),
            },
            Nav { key: "evaluation", label: self.t("evaluation").into(), url: urls::page("evaluation") },
        ];
        if kind == Kind::Intranet {
            nav.push(Nav { key: "team", label: self.t("team").into(), url: urls::page("team") });
            nav.push(Nav { key: "sessions", label: self.t("sessions").into(), url: urls::page("sessions") });
            nav.push(Nav { key: "checks", label: self.t("checks").into(), url: urls::page("checks") });
            nav.push(Nav { key: "report", label: self.t("report_intranet").into(), url: urls::page("report") });
        }
        let mut pages: Vec<_> =
            self.p.pages.iter().filter(|pg| pg.slug.as_str() != "index" && (kind == Kind::Public || pg.on_intranet())).collect();
        pages.sort_by(|a, b| (a.order.unwrap_or(i64::MAX), &a.title).cmp(&(b.order.unwrap_or(i64::MAX), &b.title)));
        let page_nav: Vec<Nav> =
            pages.iter().map(|pg| Nav { key: "page", label: pg.title.clone(), url: urls::free_page(pg.slug.as_str()) }).collect();
        let site = serde_json::json!({
            "kind": if kind == Kind::Intranet { "intranet" } else { "public" },
            "lang": self.lang.code(),
            "title": info.title,
            "base_url": info.base_url,
            "organisation": s.organisation,
            "noindex": kind == Kind::Intranet,
            "contact": s.contact.as_ref().map(|c| serde_json::json!({"name": c.name, "email": c.email})),
            "report_url": urls::page("report"),
            "accessibility_url": (kind == Kind::Public && s.accessibility.is_some()).then(|| urls::page("accessibility")),
        });
        let mut ctx = tera::Context::new();
        ctx.insert("kind", if kind == Kind::Intranet { "intranet" } else { "public" });
        ctx.insert("site", &site);
        ctx.insert("nav", &nav);
        ctx.insert("page_nav", &page_nav);
        ctx.insert("t", &i18n::strings(self.lang));
        ctx
    }

    fn by_status(&self, actions: &[&Action]) -> Vec<Count> {
        ActionStatus::ALL
            .iter()
            .map(|s| Count {
                key: s.code().into(),
                label: self.status_label(*s).into(),
                url: None,
                count: actions.iter().filter(|a| a.status == *s).count(),
            })
            .collect()
    }

    fn trajectory(&self) -> serde_json::Value {
        let t = &self.p.site.trajectory;
        serde_json::json!({"title": t.title, "start": t.start.to_string(), "end": t.end.map(|d| d.to_string())})
    }

    /// The phases of the trajectory, each with its number of sessions.
    fn phases(&self) -> Vec<Count> {
        let p = self.p;
        p.site
            .trajectory
            .phases
            .iter()
            .map(|ph| Count {
                key: ph.id.to_string(),
                label: ph.title.clone(),
                url: None,
                count: p.sessions.iter().filter(|s| s.phase.as_ref().is_some_and(|r| r.id == ph.id)).count(),
            })
            .collect()
    }

    /// How many inventory items come from each source.
    fn source_counts(&self, items: &[&InventoryItem]) -> Vec<Count> {
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for i in items {
            *by.entry(code(&i.source)).or_default() += 1;
        }
        let mut out: Vec<Count> = by
            .into_iter()
            .map(|(key, count)| Count { label: self.t(&format!("source_{key}")).to_owned(), key, url: None, count })
            .collect();
        out.sort_by(|a, b| a.label.cmp(&b.label));
        out
    }

    /// Per SDG: how many actions and inventory items hang on it.
    fn coverage(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Vec<SdgCoverage> {
        (1..=17u8)
            .map(|n| SdgCoverage {
                n,
                url: urls::sdg(n),
                actions: actions.iter().filter(|a| a.sdgs.contains(&n)).count(),
                inventory: inventory.iter().filter(|i| i.sdgs.contains(&n)).count(),
            })
            .collect()
    }

    /// The accessibility statement from `site.yaml`'s `accessibility:`.
    fn statement(&self) -> Option<AccessibilityStatement> {
        use crate::model::{AccessibilityStatus, AssessmentMethod};
        let a = self.p.site.accessibility.as_ref()?;
        Some(AccessibilityStatement {
            status: match a.status {
                Some(AccessibilityStatus::Full) => "full",
                Some(AccessibilityStatus::Partial) => "partial",
                Some(AccessibilityStatus::None) => "none",
                None => "",
            },
            assessed: a.assessed.map(|d| d.to_string()),
            method: match a.method {
                Some(AssessmentMethod::SelfAssessment) => "self-assessment",
                Some(AssessmentMethod::ThirdParty) => "third-party",
                None => "",
            },
            exceptions: a.exceptions.clone(),
            feedback: a.feedback.clone(),
            enforcement_url: a.enforcement_url.clone(),
        })
    }

    fn topic_counts(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Vec<Count> {
        self.p
            .site
            .topics
            .iter()
            .map(|t| Count {
                key: t.id.to_string(),
                label: t.title.clone(),
                url: Some(urls::topic(t.id.as_str())),
                count: actions.iter().filter(|a| a.topics.iter().any(|r| r.id == t.id)).count()
                    + inventory.iter().filter(|i| i.topics.iter().any(|r| r.id == t.id)).count(),
            })
            .collect()
    }

    fn action_page(&self, a: &Action, row: &ActionRow, claims: &[usize], path: &str) -> ActionPage {
        let p = self.p;
        let k = Kind::Intranet;
        ActionPage {
            row: row.clone(),
            body_html: self.md(k, &a.body.text, path),
            start: a.start.map(|d| d.to_string()),
            completed: a.completed.map(|d| d.to_string()),
            phase: a.phase.as_ref().and_then(|r| p.phase(&r.id)).map(|ph| ph.title.clone()),
            indicators: self.indicators(a, false),
            follow_ups: a
                .follow_up
                .iter()
                .map(|f| FollowUpView {
                    date: f.date.to_string(),
                    with: self.t(&format!("with_{}", code(&f.with))),
                    past: f.date < self.today,
                })
                .collect(),
            internal_note_html: a.internal_note.as_ref().map(|n| self.md(k, n, path)),
            builds_on: a
                .builds_on
                .iter()
                .filter_map(|r| p.inventory_item(&r.id))
                .map(|i| Link { title: i.title.clone(), url: urls::inventory(i.id.as_str()) })
                .collect(),
            claims: claims.iter().map(|&c| &p.claims[c]).map(|c| Link { title: c.text.clone(), url: urls::claim(c.id.as_str()) }).collect(),
        }
    }

    fn public_action_page(&self, a: &Action, row: &PublicActionRow, path: &str) -> PublicActionPage {
        PublicActionPage {
            row: row.clone(),
            body_html: self.md(Kind::Public, &a.body.text, path),
            start: a.start.map(|d| d.to_string()),
            completed: a.completed.map(|d| d.to_string()),
            indicators: self.indicators(a, true),
            builds_on: a
                .builds_on
                .iter()
                .filter_map(|r| self.p.inventory_item(&r.id))
                .map(|i| Link { title: i.title.clone(), url: urls::inventory(i.id.as_str()) })
                .collect(),
        }
    }

    /// The communication plan: claims by channel.
    fn intranet_claims(&self, ctx: &mut tera::Context) {
        let p = self.p;
        let mut groups: Vec<Group<ClaimView>> = Vec::new();
        for ch in &p.site.channels {
            let items: Vec<ClaimView> =
                p.claims.iter().filter(|c| c.channels.iter().any(|r| r.id == ch.id)).map(|c| self.claim_view(c)).collect();
            groups.push(Group { key: ch.id.to_string(), label: ch.title.clone(), url: None, items });
        }
        let loose: Vec<ClaimView> = p.claims.iter().filter(|c| c.channels.is_empty()).map(|c| self.claim_view(c)).collect();
        if !loose.is_empty() {
            groups.push(Group { key: "none".into(), label: self.t("none").into(), url: None, items: loose });
        }
        ctx.insert("groups", &groups);
        ctx.insert("claims", &p.claims.iter().map(|c| self.claim_view(c)).collect::<Vec<_>>());
    }

    fn public_claims(&self) -> Vec<PublicClaim> {
        let p = self.p;
        p.claims
            .iter()
            .map(|c| PublicClaim {
                id: c.id.to_string(),
                text: c.text.clone(),
                kind: self.t(&format!("claim_{}", code(&c.kind))),
                channels: c.channels.iter().filter_map(|r| p.channel(&r.id)).map(|ch| ch.title.clone()).collect(),
                published: c.published.map(|d| d.to_string()),
                url: c.url.clone(),
                evidence: self.evidence(&c.actions, &c.inventory),
            })
            .collect()
    }

    /// The check report's keys; `by_item` and `content_findings` only with `all`.
    fn check_report(&self, ctx: &mut tera::Context, diags: &[Diagnostic], sources: &Sources, all: bool) {
        let p = self.p;
        let findings: Vec<FindingView> = diags.iter().map(|d| self.finding(d, sources)).collect();
        let mut by_rule: BTreeMap<String, Vec<FindingView>> = BTreeMap::new();
        let mut by_item: BTreeMap<String, Vec<FindingView>> = BTreeMap::new();
        for f in findings {
            if all {
                by_item.entry(f.subject.clone().unwrap_or_default()).or_default().push(f.clone());
            }
            by_rule.entry(f.rule.clone()).or_default().push(f);
        }
        let to_groups = |m: BTreeMap<String, Vec<FindingView>>| -> Vec<Group<FindingView>> {
            m.into_iter().map(|(key, items)| Group { url: items[0].url.clone(), label: key.clone(), key, items }).collect()
        };
        let exceptions: Vec<serde_json::Value> = p
            .claims
            .iter()
            .flat_map(|c| c.allow.iter().map(move |a| serde_json::json!({"claim": c.id.as_str(), "url": urls::claim(c.id.as_str()), "rule": a.rule, "reason": a.reason})))
            .collect();
        ctx.insert("by_rule", &to_groups(by_rule));
        if all {
            ctx.insert("by_item", &to_groups(by_item));
        }
        ctx.insert("findings_total", &diags.len());
        ctx.insert("errors", &diags.iter().filter(|d| d.severity == Severity::Error).count());
        ctx.insert("exceptions", &exceptions);
        ctx.insert("today", &self.today.to_string());
        if all {
            ctx.insert("content_findings", &self.content_findings(diags, sources));
        }
    }

    /// The findings of the Markdown accessibility rules, grouped by the page
    /// or item whose text they concern, in the order of the findings.
    fn content_findings(&self, diags: &[Diagnostic], sources: &Sources) -> Vec<PageFindings> {
        let mut out: Vec<PageFindings> = Vec::new();
        let mut at: HashMap<(String, String), usize> = HashMap::new();
        for d in diags.iter().filter(|d| matches!(d.code, Code::Rule(r) if CONTENT_RULES.contains(&r))) {
            let file = d.location(sources).0.unwrap_or_default().replace('\\', "/");
            let subject = d.subject.clone().unwrap_or_default();
            let k = *at.entry((file.clone(), subject.clone())).or_insert_with(|| {
                let (title, url) = self.text_owner(&file, &subject);
                out.push(PageFindings { title, url, findings: Vec::new() });
                out.len() - 1
            });
            out[k].findings.push(self.finding(d, sources));
        }
        out
    }

    /// The title and intranet URL of the item whose Markdown is in `file`
    /// with id (or session number) `subject`.
    fn text_owner(&self, file: &str, subject: &str) -> (String, Option<String>) {
        let p = self.p;
        let ix = &p.index;
        let found = if file.contains("/actions/") {
            ix.actions.get(subject).map(|&i| (p.actions[i].title.clone(), Some(urls::action(subject))))
        } else if file.contains("/pages/") {
            ix.pages.get(subject).map(|&i| {
                let pg = &p.pages[i];
                (pg.title.clone(), pg.on_intranet().then(|| urls::free_page(subject)))
            })
        } else if file.contains("/inventory/") {
            ix.inventory.get(subject).map(|&i| (p.inventory[i].title.clone(), Some(urls::inventory(subject))))
        } else {
            p.sessions
                .iter()
                .find(|s| s.number.to_string() == subject)
                .map(|s| (format!("{} {}: {}", self.t("session"), s.number, s.title), Some(urls::page("sessions"))))
        };
        found.unwrap_or_else(|| (subject.to_owned(), self.subject_url(subject)))
    }

    /// `members` (each with the actions they own when `with_actions`) and `mandate`.
    fn team(&self, ctx: &mut tera::Context, with_actions: bool) {
        let p = self.p;
        let mut owned: Vec<Vec<Link>> = vec![Vec::new(); p.team.members.len()];
        for a in p.actions.iter().filter(|_| with_actions) {
            for (m, member) in p.team.members.iter().enumerate() {
                if a.owners.iter().any(|o| o.id == member.id) {
                    owned[m].push(Link { title: a.title.clone(), url: urls::action(a.id.as_str()) });
                }
            }
        }
        let members: Vec<MemberView> = p
            .team
            .members
            .iter()
            .zip(owned)
            .map(|(m, actions)| MemberView {
                name: m.name.clone(),
                role: m.role.clone(),
                department: m.department.clone(),
                kind: if code(&m.kind) == "elected" { "elected" } else { "staff" },
                lead: m.lead,
                core: m.core,
                actions,
            })
            .collect();
        ctx.insert("members", &members);
        ctx.insert(
            "mandate",
            &p.team
                .mandate
                .as_ref()
                .map(|m| serde_json::json!({"body": m.body, "date": m.date.to_string(), "reference": m.reference, "scope": m.scope})),
        );
    }

    fn sessions(&self, path: &str) -> Vec<SessionView> {
        let p = self.p;
        p.sessions
            .iter()
            .map(|s| SessionView {
                number: s.number,
                date: s.date.to_string(),
                title: s.title.clone(),
                phase: s.phase.as_ref().and_then(|r| p.phase(&r.id)).map(|ph| ph.title.clone()),
                hours: s.hours.map(chart::num),
                done: code(&s.status) == "done",
                summary_html: s.summary.as_ref().map(|m| self.md(Kind::Intranet, &m.text, path)),
            })
            .collect()
    }

    fn topic_links(&self, topics: &[Ref]) -> Vec<Link> {
        topics
            .iter()
            .map(|t| Link {
                title: self.p.topic(&t.id).map_or_else(|| t.id.to_string(), |x| x.title.clone()),
                url: urls::topic(t.id.as_str()),
            })
            .collect()
    }

    fn status_label(&self, s: ActionStatus) -> &'static str {
        self.t(&format!("status_{}", s.code()))
    }

    fn next_follow_up(&self, a: &Action) -> Option<String> {
        a.follow_up.iter().find(|f| f.date >= self.today).map(|f| f.date.to_string())
    }

    fn percent(&self, a: &Action) -> Option<u8> {
        if a.status == ActionStatus::Done {
            return Some(100);
        }
        a.first_indicator().and_then(|i| chart::percent(i, i.latest(self.today)))
    }

    fn action_row(&self, a: &Action) -> ActionRow {
        ActionRow {
            id: a.id.to_string(),
            title: a.title.clone(),
            url: urls::action(a.id.as_str()),
            status: a.status.code(),
            status_label: self.status_label(a.status),
            department: a.department.clone(),
            owners: a.owners.iter().filter_map(|o| self.p.member(&o.id)).map(|m| m.name.clone()).collect(),
            sdgs: a.sdgs.clone(),
            topics: self.topic_links(&a.topics),
            due: a.due.map(|d| d.to_string()),
            next_follow_up: self.next_follow_up(a),
            percent: self.percent(a),
            public: a.visibility == Visibility::Public,
            filter: filter_keys(a, true),
        }
    }

    fn public_action_row(&self, a: &Action) -> PublicActionRow {
        PublicActionRow {
            id: a.id.to_string(),
            title: a.title.clone(),
            url: urls::action(a.id.as_str()),
            status: a.status.code(),
            status_label: self.status_label(a.status),
            department: a.department.clone(),
            sdgs: a.sdgs.clone(),
            topics: self.topic_links(&a.topics),
            due: a.due.map(|d| d.to_string()),
            next_follow_up: self.next_follow_up(a),
            percent: self.percent(a),
            filter: filter_keys(a, false),
        }
    }

    /// An indicator's figures as of today, without its chart.
    fn indicator_summary(&self, ind: &Indicator) -> IndicatorSummary {
        let latest = ind.latest(self.today);
        IndicatorSummary {
            name: ind.name.clone(),
            unit: ind.unit.clone(),
            baseline: ind.baseline.map(chart::num),
            target: chart::num(ind.target),
            latest: latest.map(|p| self.progress_view(p)),
            percent: chart::percent(ind, latest),
            source: ind.source.clone(),
        }
    }

    /// Each indicator of an action with its chart and its measurements
    /// (`public`: only those dated today or before; the chart always so).
    fn indicators(&self, a: &Action, public: bool) -> Vec<IndicatorView> {
        a.indicators
            .iter()
            .enumerate()
            .map(|(n, ind)| {
                let progress = ind.progress_until(self.today);
                let start = a.start.or(Some(self.p.site.trajectory.start));
                let end = a.due.max(progress.last().map(|p| p.date));
                let listed = if public { progress } else { &ind.progress[..] };
                IndicatorView {
                    summary: self.indicator_summary(ind),
                    svg: chart::svg(
                        ind,
                        progress,
                        start,
                        end,
                        &format!("{}: {}", self.t("chart_alt"), ind.name),
                        [self.t("baseline"), self.t("target")],
                    ),
                    progress: listed.iter().map(|pr| self.progress_view(pr)).collect(),
                    anchor: if n == 0 { "ind-h".to_owned() } else { format!("ind-h-{}", n + 1) },
                }
            })
            .collect()
    }

    fn progress_view(&self, p: &crate::model::Progress) -> ProgressView {
        ProgressView { date: p.date.to_string(), value: chart::num(p.value), note: p.note.clone() }
    }

    fn inventory_view(&self, kind: Kind, i: &InventoryItem, path: &str) -> InventoryView {
        InventoryView {
            id: i.id.to_string(),
            title: i.title.clone(),
            kind: self.t(&format!("kind_{}", code(&i.kind))),
            source: self.t(&format!("source_{}", code(&i.source))).to_owned(),
            department: i.department.clone(),
            sdgs: i.sdgs.clone(),
            topics: self.topic_links(&i.topics),
            public: i.visibility == Visibility::Public,
            note_html: i.note.as_ref().map(|n| self.md(kind, &n.text, path)),
        }
    }

    fn evidence(&self, actions: &[Ref], inventory: &[Ref]) -> Vec<Evidence> {
        let mut out = Vec::new();
        for a in actions.iter().filter_map(|r| self.p.action(&r.id)) {
            out.push(Evidence {
                title: a.title.clone(),
                url: urls::action(a.id.as_str()),
                status_label: self.status_label(a.status),
                percent: self.percent(a),
            });
        }
        for i in inventory.iter().filter_map(|r| self.p.inventory_item(&r.id)) {
            out.push(Evidence {
                title: i.title.clone(),
                url: urls::inventory(i.id.as_str()),
                status_label: self.t(&format!("kind_{}", code(&i.kind))),
                percent: None,
            });
        }
        out
    }

    fn matrix(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Matrix {
        let topics = &self.p.site.topics;
        let mut rows = Vec::new();
        for n in 1..=17u8 {
            let mut cells = vec![0u32; topics.len()];
            let items = actions.iter().map(|a| (&a.sdgs, &a.topics)).chain(inventory.iter().map(|i| (&i.sdgs, &i.topics)));
            for (sdgs, ts) in items {
                if sdgs.contains(&n) {
                    for (k, t) in topics.iter().enumerate() {
                        if ts.iter().any(|r| r.id == t.id) {
                            cells[k] += 1;
                        }
                    }
                }
            }
            let total = cells.iter().sum();
            rows.push(MatrixRow { sdg: n, url: urls::sdg(n), cells, total });
        }
        let col_totals = (0..topics.len()).map(|k| rows.iter().map(|r| r.cells[k]).sum()).collect();
        Matrix {
            topics: topics.iter().map(|t| Link { title: t.title.clone(), url: urls::topic(t.id.as_str()) }).collect(),
            rows,
            col_totals,
        }
    }

    fn sdg_counts(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Vec<SdgView> {
        (1..=17u8)
            .map(|n| SdgView {
                n,
                url: urls::sdg(n),
                count: actions.iter().filter(|a| a.sdgs.contains(&n)).count() + inventory.iter().filter(|i| i.sdgs.contains(&n)).count(),
            })
            .collect()
    }

    fn index_intro(&self, kind: Kind) -> Option<String> {
        self.p
            .pages
            .iter()
            .find(|pg| pg.slug.as_str() == "index" && (kind == Kind::Public || pg.on_intranet()))
            .map(|pg| self.md(kind, &pg.body.text, "index.html"))
    }

    fn calendar(&self) -> Vec<CalendarEntry> {
        let mut out: Vec<CalendarEntry> = self
            .p
            .actions
            .iter()
            .flat_map(|a| {
                a.follow_up.iter().map(move |f| CalendarEntry {
                    date: f.date.to_string(),
                    action: Link { title: a.title.clone(), url: urls::action(a.id.as_str()) },
                    with: self.t(&format!("with_{}", code(&f.with))),
                    past: f.date < self.today,
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.date, &a.action.url).cmp(&(&b.date, &b.action.url)));
        out
    }

    fn inventory_groups(&self, kind: Kind, items: &[&InventoryItem], path: &str) -> Vec<Group<InventoryView>> {
        self.inventory_grouped(items)
            .into_iter()
            .map(|(key, items)| self.inventory_group(key, items.into_iter().map(|i| self.inventory_view(kind, i, path)).collect()))
            .collect()
    }

    /// The items by source, in the order of the sources' codes.
    fn inventory_grouped<'i>(&self, items: &[&'i InventoryItem]) -> Vec<(String, Vec<&'i InventoryItem>)> {
        let mut by: BTreeMap<String, Vec<&InventoryItem>> = BTreeMap::new();
        for i in items {
            by.entry(code(&i.source)).or_default().push(i);
        }
        by.into_iter().collect()
    }

    fn inventory_group<T>(&self, key: String, items: Vec<T>) -> Group<T> {
        Group { label: self.t(&format!("source_{key}")).to_owned(), key, url: None, items }
    }

    fn department_counts(&self, items: &[&InventoryItem]) -> Vec<Count> {
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for i in items {
            *by.entry(i.department.clone().unwrap_or_else(|| "—".into())).or_default() += 1;
        }
        by.into_iter().map(|(k, count)| Count { label: k.clone(), key: k, url: None, count }).collect()
    }

    fn claim_view(&self, c: &crate::model::Claim) -> ClaimView {
        ClaimView {
            id: c.id.to_string(),
            text: c.text.clone(),
            kind: self.t(&format!("claim_{}", code(&c.kind))),
            public: c.visibility == Visibility::Public,
            published: c.published.map(|d| d.to_string()),
            withdrawn: c.withdrawn.map(|d| d.to_string()),
            url: c.url.clone(),
            evidence: self.evidence(&c.actions, &c.inventory),
            allow: c.allow.iter().map(|a| AllowView { rule: a.rule.to_owned(), reason: a.reason.clone() }).collect(),
        }
    }

    fn questions(&self, kind: Kind) -> Vec<QuestionView> {
        let mut out = Vec::new();
        for q in &self.p.questions {
            let quotes: Vec<QuoteView> = self
                .p
                .quotes
                .iter()
                .filter(|x| x.question.id == q.id)
                .map(|x| {
                    let by = match kind {
                        Kind::Intranet => {
                            x.by.as_ref().and_then(|b| self.p.member(&b.id)).map(|m| m.name.clone()).or_else(|| x.attribution.clone())
                        }
                        Kind::Public => x.attribution.clone(),
                    };
                    QuoteView {
                        text: x.text.clone(),
                        by: by.unwrap_or_else(|| self.t("quotes_label").into()),
                        public: x.visibility == Visibility::Public,
                    }
                })
                .collect();
            if kind == Kind::Public && quotes.is_empty() {
                continue;
            }
            out.push(QuestionView { id: q.id.to_string(), text: q.text.clone(), quotes });
        }
        out
    }

    fn finding(&self, d: &Diagnostic, sources: &Sources) -> FindingView {
        let (file, line, _) = d.location(sources);
        let location = file.map(|f| match line {
            Some(l) => format!("{f}:{l}"),
            None => f.to_owned(),
        });
        let url = d.subject.as_deref().and_then(|s| self.subject_url(s));
        FindingView {
            rule: match d.code {
                Code::Rule(r) => r.to_owned(),
                Code::Content(k) => k.code().to_owned(),
            },
            severity: d.severity.as_str(),
            message: d.message.clone(),
            location,
            subject: d.subject.clone(),
            url,
        }
    }

    fn subject_url(&self, s: &str) -> Option<String> {
        let p = self.p;
        let ix = &p.index;
        if ix.actions.contains_key(s) {
            Some(urls::action(s))
        } else if ix.claims.contains_key(s) {
            Some(urls::claim(s))
        } else if ix.inventory.contains_key(s) {
            Some(urls::inventory(s))
        } else if ix.pages.get(s).is_some_and(|&i| p.pages[i].on_intranet()) {
            Some(urls::free_page(s))
        } else if s == "team" || ix.members.contains_key(s) {
            Some(urls::page("team"))
        } else if s.parse::<u32>().is_ok() {
            Some(urls::page("sessions"))
        } else if p.site.topics.iter().any(|t| t.id.as_str() == s) {
            Some(urls::topic(s))
        } else {
            None
        }
    }
}

/// A key for a filter value: lower-case ASCII letters, digits and `-`, with
/// accents folded (`Financiële dienst` -> `financiele-dienst`), so it can
/// stand in a URL fragment and in a CSS attribute selector. Two values that
/// differ only in case, accents or punctuation share a key and filter together.
fn key_slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::new();
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase) {
        // Letters that do not decompose into a base letter and an accent.
        let folded = match c {
            'œ' => "oe",
            'æ' => "ae",
            'ß' => "ss",
            'ø' => "o",
            'ł' => "l",
            'đ' => "d",
            _ => "",
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !folded.is_empty() {
            out.push_str(folded);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { s.chars().map(|c| format!("{:x}", u32::from(c))).collect::<Vec<_>>().join("-") } else { out.to_owned() }
}

/// The filter keys of an action, space-separated (for `[data-f~="key"]`):
/// status, department, SDGs, topics, and the owners' ids when `owners`.
fn filter_keys(a: &Action, owners: bool) -> String {
    let mut keys = vec![format!("status-{}", a.status.code())];
    keys.extend(a.department.as_deref().map(|d| format!("department-{}", key_slug(d))));
    keys.extend(a.sdgs.iter().map(|n| format!("sdg-{n}")));
    keys.extend(a.topics.iter().map(|t| format!("topic-{}", t.id)));
    if owners {
        keys.extend(a.owners.iter().map(|o| format!("owner-{}", o.id)));
    }
    keys.join(" ")
}

/// The path part of a base URL: `https://x.be/mvo/` -> `/mvo/`.
pub fn base_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => rest[i..].to_owned(),
        None => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::key_slug;
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex};

    type Files = Arc<Mutex<BTreeMap<String, Vec<u8>>>>;

    /// A page rendered into a writer, kept when it is flushed.
    struct Page(Files, String, Vec<u8>);

    impl std::io::Write for Page {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.2.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.lock().unwrap().insert(self.1.clone(), self.2.clone());
            Ok(())
        }
    }

    /// The bundled example, checked, as the renderer's input.
    fn example() -> Arc<super::Input> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let today = crate::cmd::start(None, root).ok().unwrap();
        let checked = crate::cmd::check_project(root, today);
        Arc::new(super::Input {
            project: checked.project.unwrap(),
            today: checked.today.unwrap(),
            diags: checked.diags,
            sources: checked.sources,
        })
    }

    #[test]
    fn streamed_pages_are_the_rendered_pages() {
        let input = example();
        for public in [false, true] {
            let plan = super::plan(Arc::clone(&input), public).unwrap();
            let (whole, streamed): (Files, Files) = Default::default();
            plan.write_site(
                &|rel, bytes| {
                    whole.lock().unwrap().insert(rel.to_owned(), bytes.to_vec());
                    Ok(())
                },
                None,
            )
            .unwrap();
            let others = Mutex::new(BTreeMap::new());
            plan.stream_site(
                &|rel, bytes| {
                    others.lock().unwrap().insert(rel.to_owned(), bytes.to_vec());
                    Ok(())
                },
                &|rel| Ok(Box::new(Page(Arc::clone(&streamed), rel.to_owned(), Vec::new()))),
            )
            .unwrap();
            let mut streamed = streamed.lock().unwrap().clone();
            streamed.extend(others.into_inner().unwrap());
            assert!(streamed.len() > 50, "{}", streamed.len());
            assert!(*whole.lock().unwrap() == streamed, "public: {public}");
            assert_eq!(streamed.keys().cloned().collect::<Vec<_>>(), plan.paths());
        }
    }

    /// A report, action list or inventory page made in parts (the page
    /// without its action rows or items, then those a batch at a time) is
    /// the page rendered from one context.
    #[test]
    fn pages_in_batches_are_the_pages_in_one_render() {
        let input = example();
        for public in [false, true] {
            let plan = super::plan(Arc::clone(&input), public).unwrap();
            assert!(plan.spliced.actions && plan.spliced.inventory, "the built-in templates");
            let in_parts = |j: &&super::Job| matches!(j.page, super::Page::Report | super::Page::Actions | super::Page::Inventory);
            for j in plan.jobs.iter().filter(in_parts) {
                let whole = plan.tera.render(j.template, &plan.context(j)).unwrap();
                if matches!(j.page, super::Page::Inventory) {
                    assert!(plan.inventory.len() > 3 && whole.matches("<li id=\"inv-").count() == plan.inventory.len());
                } else {
                    assert!(plan.actions.len() > 3 && whole.matches("<th scope=\"row\"><a href=").count() >= plan.actions.len());
                }
                for batch in [1, 2, 3, super::ROWS_BATCH] {
                    let mut parts = Vec::new();
                    plan.render_in_parts(j, &mut parts, batch).expect("rendered in parts").unwrap();
                    assert!(String::from_utf8(parts).unwrap() == whole, "{}, batch: {batch}", j.path);
                }
            }
        }
    }

    #[test]
    fn filter_keys_are_ascii() {
        assert_eq!(key_slug("Financiële dienst"), "financiele-dienst");
        assert_eq!(key_slug("  Sociaal huis (OCMW) "), "sociaal-huis-ocmw");
        assert_eq!(key_slug("Œuvre d'État"), "oeuvre-d-etat");
        assert_eq!(key_slug("经济"), "7ecf-6d4e");
    }
}
