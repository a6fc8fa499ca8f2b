//! What pages a site has: [`plan`] lists every page (its path, template,
//! title and subject), the theme's static files, the assets and the files
//! beside the pages, and computes once what many pages share. [`Plan`]
//! renders them on request: the whole site in parallel into the writers the
//! build gives, or one file for `serve`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;

use super::{Input, Kind, R, RenderError, engine, extra, i18n, theme, urls};
use crate::model::{Action, InventoryItem};

/// What one page shows. `Action(k)` is the k-th of the site's actions,
/// `Topic(k)` the k-th topic, `Free(k)` the k-th page of the project.
#[derive(Clone, Copy)]
pub(super) enum Page {
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
    /// The intranet's page of a team member (their index): what they must update.
    Owner(usize),
    Sessions,
    Evaluation,
    /// The intranet's page of a rule of the registry (its index there).
    Rule(usize),
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
    pub(super) fn is_heavy(self) -> bool {
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

pub(super) struct Job {
    pub(super) path: String,
    pub(super) template: &'static str,
    pub(super) title: String,
    pub(super) current: &'static str,
    pub(super) page: Page,
    pub(super) variant: Variant,
    /// The other of an embed and its fragment: the fragment's path for an
    /// embed, the embed's for a fragment (empty for a page).
    pub(super) pair: String,
}

/// The forms a public page takes: the page itself; an iframe-ready copy
/// under `embed/` (the same path, no header, navigation or footer, its
/// height reported to the parent page); a CMS-safe fragment under
/// `fragments/` (`fragments/actions/ID.html`, see [`super::fragment`]),
/// made from the embed's `<main>`: one rendering gives both.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Variant {
    Page,
    Embed,
    Fragment,
}

/// Where the fragment of the page at `path` goes: `actions/led/index.html`
/// -> `fragments/actions/led.html`, `index.html` -> `fragments/index.html`.
pub(super) fn fragment_path(path: &str) -> String {
    match path.strip_suffix("/index.html") {
        Some(folder) => format!("fragments/{folder}.html"),
        None => format!("fragments/{path}"),
    }
}

/// The embed and fragment jobs of a public site's pages (every HTML page but
/// the 404 page, which is served at any depth).
fn embeds_and_fragments(jobs: &[Job]) -> Vec<Job> {
    let mut out = Vec::with_capacity(jobs.len() * 2);
    for j in jobs.iter().filter(|j| j.template.ends_with(".html") && !matches!(j.page, Page::NotFound)) {
        let (embed, fragment) = (format!("embed/{}", j.path), fragment_path(&j.path));
        for (variant, path, pair) in [(Variant::Embed, embed.clone(), fragment.clone()), (Variant::Fragment, fragment, embed)] {
            out.push(Job { path, template: j.template, title: j.title.clone(), current: j.current, page: j.page, variant, pair });
        }
    }
    out
}

/// Where `Plan::write_site` hands each rendered file (called from several threads).
pub(crate) type WriteFile<'a> = dyn Fn(&str, &[u8]) -> std::io::Result<()> + Sync + 'a;

/// Where `Plan::stream_site` renders a page straight into: a writer for the
/// site-relative path (called from several threads).
pub(crate) type OpenFile<'a> = dyn Fn(&str) -> std::io::Result<Box<dyn std::io::Write + 'a>> + Sync + 'a;

/// One site planned: every page's path, template and subject, the theme's
/// static files and the assets, and what many pages share.
pub(crate) struct Plan {
    pub(super) input: Arc<Input>,
    pub(super) kind: Kind,
    pub(super) tera: tera::Tera,
    /// A fingerprint of the theme's templates.
    pub(super) templates: u64,
    pub(super) jobs: Vec<Job>,
    pub(super) by_path: HashMap<String, usize>,
    /// Static theme files and content assets, copied as they are (on the
    /// public site, an asset only when a generated file refers to it:
    /// [`Plan::published_assets`]).
    pub(super) files: BTreeMap<String, Vec<u8>>,
    /// The public site's assets that its generated files refer to: found
    /// when the site is written, or on first need (`serve`).
    pub(super) referenced: OnceLock<BTreeSet<String>>,
    /// The extra files (open data, feed, calendars, search), each with the
    /// group that makes it: made only when written or asked for.
    pub(super) extra: BTreeMap<String, extra::Group>,
    /// The keys every page gets: `site`, `nav`, `page_nav`, `t`, `kind`.
    pub(super) base: tera::Context,
    /// The site's actions and inventory items (indices into the project's lists).
    pub(super) actions: Vec<usize>,
    pub(super) inventory: Vec<usize>,
    /// For each action of the project, the claims (indices) that name it.
    pub(super) claims_of: Vec<Vec<usize>>,
}

/// Plan the intranet or the public site.
pub(crate) fn plan(input: Arc<Input>, public: bool) -> Result<Plan, RenderError> {
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
    let tera = engine::make_tera(&theme, p.site.language)?;
    let templates = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        theme.iter().filter(|(path, _)| path.starts_with("templates/")).for_each(|t| t.hash(&mut h));
        h.finish()
    };
    let kind = if public { Kind::Public } else { Kind::Intranet };
    let r = R { p, today: input.today, lang: p.site.language, tera: &tera };
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
    let mut jobs = r.jobs(kind, &actions);
    if kind == Kind::Public {
        let more = embeds_and_fragments(&jobs);
        jobs.extend(more);
    }
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
    let referenced = OnceLock::new();
    Ok(Plan { input, kind, tera, templates, jobs, by_path, files, extra, referenced, base, actions, inventory, claims_of })
}

/// Whether a site-relative path is a content asset's (`assets/...`).
fn is_asset(path: &str) -> bool {
    path.starts_with("assets/")
}

/// The assets a public site's files refer to so far, while they are written.
type Refs = Mutex<BTreeSet<String>>;

impl Plan {
    /// Every path the site may have, sorted: on the public site, also the
    /// assets no generated file refers to, which are not written
    /// ([`Plan::withheld`]).
    pub(crate) fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> =
            self.jobs.iter().map(|j| j.path.clone()).chain(self.files.keys().cloned()).chain(self.extra.keys().cloned()).collect();
        paths.sort();
        paths
    }

    /// The assets of `content/assets/` this site does not publish, as
    /// site-relative paths (`assets/...`), sorted: on the public site, those
    /// that none of its generated files refers to (the intranet has every
    /// asset). Renders the public site once when it was not written yet.
    pub(crate) fn withheld(&self) -> Vec<String> {
        if self.kind == Kind::Intranet {
            return Vec::new();
        }
        let published = self.published_assets();
        self.files.keys().filter(|p| is_asset(p) && !published.contains(*p)).cloned().collect()
    }

    /// The public site's assets that a generated file refers to: known once
    /// the site was written, else found by rendering it (in memory, stopping
    /// as soon as every asset is referred to).
    fn published_assets(&self) -> &BTreeSet<String> {
        self.referenced.get_or_init(|| {
            let Some(refs) = self.new_refs() else { return self.files.keys().filter(|p| is_asset(p)).cloned().collect() };
            let wanted = self.files.keys().filter(|p| is_asset(p)).count();
            let all_found = || refs.lock().map_or(true, |r| r.len() >= wanted);
            let _ = self.write_pages(
                &|_, _| if all_found() { Err(std::io::Error::other("every asset is referred to")) } else { Ok(()) },
                None,
                None,
                Some(&refs),
            );
            refs.into_inner().unwrap_or_default()
        })
    }

    /// Whether `rel` is an asset the public site does not publish.
    fn is_withheld(&self, rel: &str) -> bool {
        self.kind == Kind::Public && is_asset(rel) && self.files.contains_key(rel) && !self.published_assets().contains(rel)
    }

    /// The collector of asset references of a site that must sort its
    /// assets out: the public site, when it has any.
    fn new_refs(&self) -> Option<Refs> {
        (self.kind == Kind::Public && self.files.keys().any(|p| is_asset(p))).then(|| Mutex::new(BTreeSet::new()))
    }

    /// The site's address, ending in `/` (a base that is not a URL gives a
    /// placeholder host, as [`Plan::address`] does).
    fn site_url(&self) -> url::Url {
        let base = &self.input.project.site.public.base_url;
        let base = if base.ends_with('/') { base.clone() } else { format!("{base}/") };
        url::Url::parse(&base).unwrap_or_else(|_| url::Url::parse("https://example.invalid/").expect("a fixed URL"))
    }

    /// Render every page of the site in parallel and hand each file to
    /// `write` as soon as it is made, so a large site is never held whole in
    /// memory. The first template error stops the site.
    /// With `large`, the files too large to hold whole (the open data's)
    /// are written through the writer it gives for their path instead.
    /// The public site's assets come last, only those its other files refer
    /// to ([`Plan::withheld`] lists the others afterwards).
    pub(crate) fn write_site(&self, write: &WriteFile<'_>, large: Option<&OpenFile<'_>>) -> Result<(), RenderError> {
        let refs = self.new_refs();
        self.write_pages(write, None, large, refs.as_ref())?;
        if let Some(refs) = refs {
            let _ = self.referenced.set(refs.into_inner().unwrap_or_default());
        }
        Ok(())
    }

    /// Like [`Plan::write_site`], but every page is rendered straight into
    /// the writer `open` gives for its path, so not even the largest page is
    /// held whole in memory (the site's other files still go to `write`).
    /// A public site with assets is written as [`Plan::write_site`] does:
    /// its pages are read for the assets they refer to.
    pub(crate) fn stream_site(&self, write: &WriteFile<'_>, open: &OpenFile<'_>) -> Result<(), RenderError> {
        match self.new_refs() {
            None => self.write_pages(write, Some(open), Some(open), None),
            Some(_) => self.write_site(write, None),
        }
    }

    pub(super) fn write_pages(
        &self,
        write: &WriteFile<'_>,
        open: Option<&OpenFile<'_>>,
        large: Option<&OpenFile<'_>>,
        refs: Option<&Refs>,
    ) -> Result<(), RenderError> {
        // A page streamed to disk cannot be read for references.
        let (open, large) = if refs.is_some() { (None, None) } else { (open, large) };
        let site = refs.map(|_| self.site_url());
        let write = |path: &str, bytes: &[u8]| {
            if let (Some(refs), Some(site)) = (refs, &site)
                && !is_asset(path)
            {
                let mut found = BTreeSet::new();
                super::refs::scan(site, path, bytes, &mut found);
                found.retain(|p| self.files.contains_key(p));
                if !found.is_empty() {
                    refs.lock().map_err(|_| RenderError::write(path, std::io::Error::other("a render thread panicked")))?.extend(found);
                }
            }
            write(path, bytes).map_err(|e| RenderError::write(path, e))
        };
        // Each worker renders its pages in one context, which keeps the
        // site-wide keys from page to page ([`engine::reset`]). An embed
        // gives its fragment too, which is not rendered again.
        let page = |j: &Job, ctx: &mut tera::Context| match (j.variant, open) {
            (Variant::Fragment, _) => Ok(()),
            (Variant::Embed, _) => {
                let html = self.html_in(j, ctx)?;
                let fragment = self.fragment_of(j, &html);
                self.put(&j.path, html.as_bytes(), &write, open)?;
                self.put(&j.pair, fragment.as_bytes(), &write, open)
            }
            (Variant::Page, Some(open)) => self.stream_job(j, open, ctx),
            (Variant::Page, None) => write(&j.path, &self.render_in(j, ctx)?),
        };
        // The pages that list every action or item (their context and text
        // run to hundreds of MB at 100,000 actions) and the extra files one
        // at a time, beside the other pages on every core: two of them at
        // once would double the peak.
        let (heavy, light): (Vec<&Job>, Vec<&Job>) = self.jobs.iter().partition(|j| j.page.is_heavy());
        let (pages, big) = rayon::join(
            || light.par_iter().try_for_each_init(|| self.base.clone(), |ctx, j| page(j, ctx)),
            || {
                let mut ctx = self.base.clone();
                heavy.iter().try_for_each(|j| page(j, &mut ctx))?;
                self.groups().into_iter().try_for_each(|g| self.make_group(g, &mut |path, bytes| write(&path, &bytes), large))
            },
        );
        pages?;
        big?;
        // The theme's static files before the assets: a stylesheet may refer to one.
        self.files.iter().filter(|(path, _)| !is_asset(path)).try_for_each(|(path, bytes)| write(path, bytes))?;
        let referenced = refs.map(|r| r.lock().map(|r| r.clone()).unwrap_or_default());
        self.files
            .iter()
            .filter(|(path, _)| is_asset(path) && referenced.as_ref().is_none_or(|r| r.contains(*path)))
            .try_for_each(|(path, bytes)| write(path, bytes))
    }

    /// The groups of extra files of the site, in a fixed order.
    pub(super) fn groups(&self) -> Vec<extra::Group> {
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
    pub(super) fn make_group(&self, group: extra::Group, out: &mut extra::Out<'_>, open: Option<&OpenFile<'_>>) -> Result<(), RenderError> {
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
    pub(crate) fn get(&self, rel: &str) -> Option<Result<Vec<u8>, RenderError>> {
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
        if self.is_withheld(rel) {
            return None;
        }
        self.files.get(rel).map(|b| Ok(b.clone()))
    }

    /// Render one page of every template, to find template errors without
    /// rendering the whole site (`serve` renders the rest on request).
    pub(crate) fn probe(&self) -> Result<(), RenderError> {
        let mut seen = std::collections::HashSet::new();
        let firsts: Vec<&Job> = self.jobs.iter().filter(|j| seen.insert(j.template)).collect();
        firsts.par_iter().try_for_each(|j| self.render_job(j).map(drop))
    }

    /// A fingerprint of the theme's templates: the same templates give the same number.
    pub(crate) fn templates(&self) -> u64 {
        self.templates
    }

    pub(crate) fn contains(&self, rel: &str) -> bool {
        self.by_path.contains_key(rel) || (self.files.contains_key(rel) && !self.is_withheld(rel)) || self.extra.contains_key(rel)
    }

    /// How many files the site may have (the public site's assets counted
    /// before they are sorted out).
    pub(crate) fn len(&self) -> usize {
        self.jobs.len() + self.files.len() + self.extra.len()
    }

    pub(super) fn render_job(&self, j: &Job) -> Result<Vec<u8>, RenderError> {
        self.render_in(j, &mut self.base.clone())
    }

    /// [`Plan::render_job`] in `ctx`, which holds the site-wide keys and
    /// holds only them again after the page. A fragment is its embed's.
    fn render_in(&self, j: &Job, ctx: &mut tera::Context) -> Result<Vec<u8>, RenderError> {
        Ok(match j.variant {
            Variant::Fragment => {
                let embed = Job { path: j.pair.clone(), title: j.title.clone(), variant: Variant::Embed, pair: j.path.clone(), ..*j };
                let html = self.html_in(&embed, ctx)?;
                self.fragment_of(&embed, &html).into_bytes()
            }
            Variant::Page | Variant::Embed => self.html_in(j, ctx)?.into_bytes(),
        })
    }

    /// The page of job `j` as its template renders it, in `ctx` (as [`Plan::render_in`]).
    fn html_in(&self, j: &Job, ctx: &mut tera::Context) -> Result<String, RenderError> {
        self.fill(j, ctx);
        let html = self.tera.render(j.template, ctx);
        engine::reset(ctx);
        html.map_err(|e| RenderError::template(j.template, &e))
    }

    /// The fragment of the embed `embed` (rendered: `html`), its links
    /// absolute: resolved from the embed's address (the relative links are
    /// written for it), except a link within the page, which points into
    /// the fragment (as it would resolved from the fragment's address).
    fn fragment_of(&self, embed: &Job, html: &str) -> String {
        let from = self.address(&embed.path);
        let fragment = super::fragment::fragment(html, &from);
        let within = format!("{from}#");
        if fragment.contains(&within) { fragment.replace(&within, &format!("{}#", self.address(&embed.pair))) } else { fragment }
    }

    /// Write `bytes` at `path`: through the writer `open` gives, or `write`.
    fn put(
        &self,
        path: &str,
        bytes: &[u8],
        write: &impl Fn(&str, &[u8]) -> Result<(), RenderError>,
        open: Option<&OpenFile<'_>>,
    ) -> Result<(), RenderError> {
        use std::io::Write;
        let Some(open) = open else { return write(path, bytes) };
        let mut out = open(path).map_err(|e| RenderError::write(path, e))?;
        out.write_all(bytes).and_then(|()| out.flush()).map_err(|e| RenderError::write(path, e))
    }

    /// The public address of the file at site-relative `path`: `base_url`
    /// joined with it (a base that is not a URL gives a placeholder host, so
    /// links stay well-formed; validation refuses such a base).
    fn address(&self, path: &str) -> url::Url {
        let base = &self.input.project.site.public.base_url;
        let base = if base.ends_with('/') { base.clone() } else { format!("{base}/") };
        url::Url::parse(&base)
            .or_else(|_| url::Url::parse("https://example.invalid/"))
            .and_then(|b| b.join(path))
            .unwrap_or_else(|_| url::Url::parse("https://example.invalid/").expect("a fixed URL"))
    }

    /// Render one page into the writer `open` gives for its path, in `ctx`
    /// (as [`Plan::render_in`]).
    pub(super) fn stream_job(&self, j: &Job, open: &OpenFile<'_>, ctx: &mut tera::Context) -> Result<(), RenderError> {
        let mut out = open(&j.path).map_err(|e| RenderError::write(&j.path, e))?;
        self.fill(j, ctx);
        let rendered = self.tera.render_to(j.template, ctx, &mut out);
        engine::reset(ctx);
        let written = rendered.and_then(|()| out.flush().map_err(tera::Error::io_error));
        written.map_err(|e| match e.kind {
            tera::ErrorKind::Io(kind) => {
                let message = std::error::Error::source(&e).map_or_else(|| e.to_string(), |s| s.to_string());
                RenderError::write(&j.path, std::io::Error::new(kind, message))
            }
            _ => RenderError::template(j.template, &e),
        })
    }

    pub(super) fn r(&self) -> R<'_> {
        let p = &self.input.project;
        R { p, today: self.input.today, lang: p.site.language, tera: &self.tera }
    }

    pub(super) fn site_actions(&self) -> Vec<&Action> {
        self.actions.iter().map(|&i| &self.input.project.actions[i]).collect()
    }

    pub(super) fn site_inventory(&self) -> Vec<&InventoryItem> {
        self.inventory.iter().map(|&i| &self.input.project.inventory[i]).collect()
    }
}

impl R<'_> {
    /// Every page of a site, with its path, template and title.
    pub(super) fn jobs(&self, kind: Kind, actions: &[usize]) -> Vec<Job> {
        let p = self.p;
        let intranet = kind == Kind::Intranet;
        let pick = |i: &'static str, pbl: &'static str| if intranet { i } else { pbl };
        let job = |path: String, template: &'static str, title: &str, current: &'static str, page: Page| Job {
            path,
            template,
            title: title.to_owned(),
            current,
            page,
            variant: Variant::Page,
            pair: String::new(),
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
            for (i, rule) in crate::rules::RULES.iter().enumerate() {
                jobs.push(job(urls::rule(rule.id), "intranet/rule.html", rule.id, "checks", Page::Rule(i)));
            }
            jobs.push(job(urls::page("team"), "intranet/team.html", self.t("team"), "team", Page::Team));
            for (k, m) in p.team.members.iter().enumerate() {
                let title = i18n::format(self.lang, "owner_title", &[("name", i18n::Arg::Text(&m.name))]);
                jobs.push(job(super::pages::owners::path(m.id.as_str()), "intranet/owner.html", &title, "team", Page::Owner(k)));
            }
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
}
