//! Rendering: the validated model to two sites in memory (path -> bytes).
//!
//! Owns the page list of each site, the small per-page Tera contexts (ids and
//! the few views a page needs, never the whole model: see Zola #2508), the
//! public view types, Markdown, charts and i18n. Pages render in parallel and
//! come back sorted, so output is byte-identical for the same input and
//! "today". It writes nothing to disk and runs no checks.

pub mod chart;
pub mod i18n;
pub mod md;
pub mod theme;
pub mod urls;
pub mod views;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{Action, ActionStatus, Date, InventoryItem, Language, Project, Ref, Visibility};
use crate::source::Sources;
use views::*;

/// Both sites, each a sorted map of site-relative path to bytes.
#[derive(Debug, Default)]
pub struct Sites {
    pub intranet: BTreeMap<String, Vec<u8>>,
    pub public: BTreeMap<String, Vec<u8>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Intranet,
    Public,
}

struct Job {
    path: String,
    template: &'static str,
    ctx: tera::Context,
}

/// Where `Plan::write_site` hands each rendered file (called from several threads).
pub type WriteFile<'a> = dyn Fn(&str, &[u8]) -> Result<(), String> + Sync + 'a;

/// One site planned: every page's template and small context, plus the
/// theme's static files and the assets, ready to be rendered page by page.
/// Plan one site at a time: the contexts of 10,000 pages are most of the memory.
pub struct Plan {
    tera: tera::Tera,
    site: SitePlan,
}

struct SitePlan {
    jobs: Vec<Job>,
    /// Static theme files and content assets, copied as they are.
    files: BTreeMap<String, Vec<u8>>,
}

/// Plan the intranet or the public site. `diags` are the findings the
/// intranet's check report shows.
pub fn plan(project: &Project, today: Date, diags: &[Diagnostic], sources: &Sources, public: bool) -> Result<Plan, String> {
    let theme =
        theme::load(&project.root, project.site.theme.as_ref().map(|t| t.as_str())).map_err(|e| format!("reading the theme: {e}"))?;
    let tera = make_tera(&theme, project.site.language)?;
    let r = R { p: project, today, lang: project.site.language };
    let site = |kind: Kind| -> Result<SitePlan, String> {
        let mut jobs = match kind {
            Kind::Intranet => r.intranet_jobs(diags, sources),
            Kind::Public => r.public_jobs(),
        };
        r.add_common(kind, &mut jobs);
        let mut files = BTreeMap::new();
        for (path, bytes) in &theme {
            if let Some(rel) = path.strip_prefix("static/") {
                files.insert(format!("static/{rel}"), bytes.clone());
            }
        }
        for asset in &project.assets {
            let bytes = std::fs::read(&asset.source).map_err(|e| format!("reading `{}`: {e}", asset.source.display()))?;
            files.insert(format!("assets/{}", asset.path), bytes);
        }
        let mut seen = std::collections::HashSet::new();
        for path in jobs.iter().map(|j| &j.path).chain(files.keys()) {
            if !seen.insert(path.as_str()) {
                return Err(format!("two files would be written to `{path}`"));
            }
        }
        Ok(SitePlan { jobs, files })
    };
    let site = site(if public { Kind::Public } else { Kind::Intranet })?;
    Ok(Plan { tera, site })
}

impl Plan {
    /// Every path the site will have, sorted.
    pub fn paths(&self) -> Vec<String> {
        let site = &self.site;
        let mut paths: Vec<String> = site.jobs.iter().map(|j| j.path.clone()).chain(site.files.keys().cloned()).collect();
        paths.sort();
        paths
    }

    /// Render every page of one site in parallel and hand each file to
    /// `write` as soon as it is made, so a large site is never held whole in
    /// memory. The first template error stops the site.
    pub fn write_site(&self, write: &WriteFile<'_>) -> Result<(), String> {
        let site = &self.site;
        site.jobs.par_iter().try_for_each(|j| {
            let html = self.tera.render(j.template, &j.ctx).map_err(|e| tera_error(j.template, &e))?;
            write(&j.path, html.as_bytes())
        })?;
        site.files.iter().try_for_each(|(path, bytes)| write(path, bytes))
    }
}

/// Render both sites into memory (for `serve`; `build` streams with [`Plan`]).
pub fn render(project: &Project, today: Date, diags: &[Diagnostic], sources: &Sources) -> Result<Sites, String> {
    let collect = |public: bool| -> Result<BTreeMap<String, Vec<u8>>, String> {
        let plan = plan(project, today, diags, sources, public)?;
        let files = std::sync::Mutex::new(BTreeMap::new());
        plan.write_site(&|path, bytes| {
            files.lock().map_err(|_| "a render thread panicked".to_owned())?.insert(path.to_owned(), bytes.to_vec());
            Ok(())
        })?;
        files.into_inner().map_err(|_| "a render thread panicked".to_owned())
    };
    Ok(Sites { intranet: collect(false)?, public: collect(true)? })
}

fn tera_error(template: &str, e: &tera::Error) -> String {
    let mut msg = format!("template `{template}`: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(&format!(": {s}"));
        source = s.source();
    }
    msg
}

fn make_tera(theme: &BTreeMap<String, Vec<u8>>, lang: Language) -> Result<tera::Tera, String> {
    let mut tera = tera::Tera::default();
    let templates: Vec<(String, String)> = theme
        .iter()
        .filter_map(|(p, b)| p.strip_prefix("templates/").map(|name| (name.to_owned(), String::from_utf8_lossy(b).into_owned())))
        .collect();
    tera.add_raw_templates(templates).map_err(|e| tera_error("(theme)", &e))?;
    tera.autoescape_on(vec![".html", ".xml"]);
    // Escape what is significant in HTML text and quoted attributes, but not
    // `/`: Tera's default turns every relative URL into `..&#x2F;x&#x2F;index.html`.
    tera.set_escape_fn(escape_html);
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
        if self.kind == Kind::Public {
            let ok = match kind {
                "action" => self.p.actions.iter().any(|a| a.id.as_str() == target && a.visibility == Visibility::Public),
                "inventory" => self.p.inventory.iter().any(|i| i.id.as_str() == target && i.visibility == Visibility::Public),
                "page" => self.p.pages.iter().any(|p| p.slug.as_str() == target && p.on_public()),
                _ => true,
            };
            if !ok {
                return None;
            }
        } else if kind == "page" && !self.p.pages.iter().any(|p| p.slug.as_str() == target && p.on_intranet()) {
            return None;
        }
        md::standard_path(kind, target)
    }
}

impl<'a> R<'a> {
    fn t(&self, key: &str) -> &'static str {
        i18n::get(self.lang, key)
    }

    fn md(&self, kind: Kind, text: &str, path: &str) -> String {
        md::render(text, &urls::root_for(path), &SiteLinks { p: self.p, kind })
    }

    fn job(&self, kind: Kind, path: String, template: &'static str, title: &str, current: &str) -> Job {
        let mut ctx = tera::Context::new();
        ctx.insert("root", &urls::root_for(&path));
        ctx.insert("path", &path);
        ctx.insert("title", title);
        ctx.insert("current", current);
        ctx.insert("kind", if kind == Kind::Intranet { "intranet" } else { "public" });
        Job { path, template, ctx }
    }

    /// Site-wide keys every page gets: `site`, `nav`, `t`.
    fn add_common(&self, kind: Kind, jobs: &mut [Job]) {
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
        }
        let mut pages: Vec<_> = self
            .p
            .pages
            .iter()
            .filter(|pg| pg.slug.as_str() != "index" && if kind == Kind::Intranet { pg.on_intranet() } else { pg.on_public() })
            .collect();
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
        });
        let t = i18n::strings(self.lang);
        for j in jobs {
            j.ctx.insert("site", &site);
            j.ctx.insert("nav", &nav);
            j.ctx.insert("page_nav", &page_nav);
            j.ctx.insert("t", &t);
        }
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
        a.indicator.as_ref().and_then(|i| chart::percent(i, a.latest_progress(self.today)))
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
        }
    }

    fn indicator(&self, a: &Action) -> Option<IndicatorView> {
        let ind = a.indicator.as_ref()?;
        let progress: Vec<_> = a.progress.iter().filter(|p| p.date <= self.today).cloned().collect();
        let latest = a.latest_progress(self.today);
        let start = a.start.or(Some(self.p.site.trajectory.start));
        let end = a.due.max(progress.last().map(|p| p.date));
        Some(IndicatorView {
            name: ind.name.clone(),
            unit: ind.unit.clone(),
            baseline: ind.baseline.map(chart::num),
            target: chart::num(ind.target),
            latest: latest.map(|p| self.progress_view(p)),
            percent: chart::percent(ind, latest),
            svg: chart::svg(
                ind,
                &progress,
                start,
                end,
                &format!("{}: {}", self.t("chart_alt"), ind.name),
                [self.t("baseline"), self.t("target")],
            ),
        })
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

    fn evidence(&self, kind: Kind, actions: &[Ref], inventory: &[Ref]) -> Vec<Evidence> {
        let mut out = Vec::new();
        for a in actions.iter().filter_map(|r| self.p.action(&r.id)) {
            if kind == Kind::Public && a.visibility != Visibility::Public {
                continue;
            }
            out.push(Evidence {
                title: a.title.clone(),
                url: urls::action(a.id.as_str()),
                status_label: self.status_label(a.status),
                percent: self.percent(a),
            });
        }
        for i in inventory.iter().filter_map(|r| self.p.inventory_item(&r.id)) {
            if kind == Kind::Public && i.visibility != Visibility::Public {
                continue;
            }
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
            .find(|pg| pg.slug.as_str() == "index" && if kind == Kind::Intranet { pg.on_intranet() } else { pg.on_public() })
            .map(|pg| self.md(kind, &pg.body.text, "index.html"))
    }

    /// Pages shared by both sites: SDG and topic overviews and pages, free pages, 404.
    fn shared_jobs<T: Serialize>(
        &self,
        kind: Kind,
        jobs: &mut Vec<Job>,
        actions: &[&Action],
        inventory: &[&InventoryItem],
        row: impl Fn(&Action) -> T,
    ) {
        let sdgs = self.sdg_counts(actions, inventory);
        let mut j = self.job(kind, urls::page("sdg"), "sdgs.html", self.t("sdgs"), "sdg");
        j.ctx.insert("sdgs", &sdgs);
        j.ctx.insert("matrix", &self.matrix(actions, inventory));
        jobs.push(j);
        for n in 1..=17u8 {
            let path = urls::sdg(n);
            let mut j =
                self.job(kind, path.clone(), "sdg.html", &format!("{} {n}: {}", self.t("sdg"), i18n::sdg_name(self.lang, n)), "sdg");
            j.ctx.insert("sdg", &n);
            j.ctx.insert("actions", &actions.iter().filter(|a| a.sdgs.contains(&n)).map(|a| row(a)).collect::<Vec<_>>());
            j.ctx.insert(
                "inventory",
                &inventory.iter().filter(|i| i.sdgs.contains(&n)).map(|i| self.inventory_view(kind, i, &path)).collect::<Vec<_>>(),
            );
            jobs.push(j);
        }
        let topics: Vec<Count> = self
            .p
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
            .collect();
        let mut j = self.job(kind, urls::page("topics"), "topics.html", self.t("topics"), "topics");
        j.ctx.insert("topics", &topics);
        jobs.push(j);
        for t in &self.p.site.topics {
            let path = urls::topic(t.id.as_str());
            let mut j = self.job(kind, path.clone(), "topic.html", &t.title, "topics");
            j.ctx.insert("topic", &t.id.as_str());
            j.ctx.insert("actions", &actions.iter().filter(|a| a.topics.iter().any(|r| r.id == t.id)).map(|a| row(a)).collect::<Vec<_>>());
            j.ctx.insert(
                "inventory",
                &inventory
                    .iter()
                    .filter(|i| i.topics.iter().any(|r| r.id == t.id))
                    .map(|i| self.inventory_view(kind, i, &path))
                    .collect::<Vec<_>>(),
            );
            jobs.push(j);
        }
        for pg in &self.p.pages {
            let on = if kind == Kind::Intranet { pg.on_intranet() } else { pg.on_public() };
            if !on || pg.slug.as_str() == "index" {
                continue;
            }
            let path = urls::free_page(pg.slug.as_str());
            let mut j = self.job(kind, path.clone(), "page.html", &pg.title, "page");
            j.ctx.insert("body_html", &self.md(kind, &pg.body.text, &path));
            jobs.push(j);
        }
        // The 404 page is served at any depth: absolute links from base_url's path.
        let info = if kind == Kind::Intranet { &self.p.site.intranet } else { &self.p.site.public };
        let mut j = self.job(kind, "404.html".into(), "404.html", self.t("not_found"), "");
        j.ctx.insert("root", &base_path(&info.base_url));
        jobs.push(j);
    }

    fn intranet_jobs(&self, diags: &[Diagnostic], sources: &Sources) -> Vec<Job> {
        let k = Kind::Intranet;
        let p = self.p;
        let actions: Vec<&Action> = p.actions.iter().collect();
        let inventory: Vec<&InventoryItem> = p.inventory.iter().collect();
        let mut jobs = Vec::new();
        let rows: Vec<ActionRow> = actions.iter().map(|a| self.action_row(a)).collect();

        // Dashboard.
        let mut j = self.job(k, urls::page(""), "intranet/home.html", &p.site.intranet.title, "home");
        j.ctx.insert("intro_html", &self.index_intro(k));
        j.ctx.insert("trajectory", &serde_json::json!({"title": p.site.trajectory.title, "start": p.site.trajectory.start.to_string(), "end": p.site.trajectory.end.map(|d| d.to_string())}));
        let phases: Vec<Count> = p
            .site
            .trajectory
            .phases
            .iter()
            .map(|ph| Count {
                key: ph.id.to_string(),
                label: ph.title.clone(),
                url: None,
                count: p.sessions.iter().filter(|s| s.phase.as_ref().is_some_and(|r| r.id == ph.id)).count(),
            })
            .collect();
        j.ctx.insert("phases", &phases);
        let done_sessions = p.sessions.iter().filter(|s| code(&s.status) == "done").count();
        j.ctx.insert("sessions_done", &done_sessions);
        j.ctx.insert("sessions_total", &p.sessions.len());
        let by_status: Vec<Count> = ActionStatus::ALL
            .iter()
            .map(|s| Count {
                key: s.code().into(),
                label: self.status_label(*s).into(),
                url: None,
                count: actions.iter().filter(|a| a.status == *s).count(),
            })
            .collect();
        j.ctx.insert("by_status", &by_status);
        j.ctx.insert("actions_total", &actions.len());
        let calendar = self.calendar();
        j.ctx.insert("upcoming", &calendar.iter().filter(|c| !c.past).take(8).collect::<Vec<_>>());
        j.ctx.insert("errors", &diags.iter().filter(|d| d.severity == Severity::Error).count());
        j.ctx.insert("warnings", &diags.iter().filter(|d| d.severity == Severity::Warning).count());
        jobs.push(j);

        // Action list and pages.
        let mut j = self.job(k, urls::page("actions"), "intranet/actions.html", self.t("actions"), "actions");
        j.ctx.insert("actions", &rows);
        let mut owners: BTreeSet<String> = BTreeSet::new();
        let mut departments: BTreeSet<String> = BTreeSet::new();
        let mut sdgs: BTreeSet<u8> = BTreeSet::new();
        for r in &rows {
            owners.extend(r.owners.iter().cloned());
            departments.extend(r.department.iter().cloned());
            sdgs.extend(r.sdgs.iter().copied());
        }
        j.ctx.insert("filter_owners", &owners);
        j.ctx.insert("filter_departments", &departments);
        j.ctx.insert("filter_sdgs", &sdgs);
        j.ctx.insert("filter_statuses", &by_status);
        j.ctx.insert(
            "filter_topics",
            &p.site.topics.iter().map(|t| Link { title: t.title.clone(), url: t.id.to_string() }).collect::<Vec<_>>(),
        );
        jobs.push(j);
        for (a, row) in actions.iter().zip(&rows) {
            let path = urls::action(a.id.as_str());
            let page = ActionPage {
                row: row.clone(),
                body_html: self.md(k, &a.body.text, &path),
                start: a.start.map(|d| d.to_string()),
                completed: a.completed.map(|d| d.to_string()),
                phase: a.phase.as_ref().and_then(|r| p.phase(&r.id)).map(|ph| ph.title.clone()),
                indicator: self.indicator(a),
                progress: a.progress.iter().map(|pr| self.progress_view(pr)).collect(),
                follow_ups: a
                    .follow_up
                    .iter()
                    .map(|f| FollowUpView {
                        date: f.date.to_string(),
                        with: self.t(&format!("with_{}", code(&f.with))),
                        past: f.date < self.today,
                    })
                    .collect(),
                internal_note_html: a.internal_note.as_ref().map(|n| self.md(k, n, &path)),
                builds_on: a
                    .builds_on
                    .iter()
                    .filter_map(|r| p.inventory_item(&r.id))
                    .map(|i| Link { title: i.title.clone(), url: urls::inventory(i.id.as_str()) })
                    .collect(),
                claims: p
                    .claims
                    .iter()
                    .filter(|c| c.actions.iter().any(|r| r.id == a.id))
                    .map(|c| Link { title: c.text.clone(), url: urls::claim(c.id.as_str()) })
                    .collect(),
            };
            let mut j = self.job(k, path, "intranet/action.html", &a.title, "actions");
            j.ctx.insert("action", &page);
            jobs.push(j);
        }

        // Lokale foto.
        let path = urls::page("inventory");
        let mut j = self.job(k, path.clone(), "intranet/inventory.html", self.t("inventory"), "inventory");
        j.ctx.insert("groups", &self.inventory_groups(k, &inventory, &path));
        j.ctx.insert("departments", &self.department_counts(&inventory));
        j.ctx.insert("matrix", &self.matrix(&actions, &inventory));
        jobs.push(j);

        self.shared_jobs(k, &mut jobs, &actions, &inventory, |a| self.action_row(a));

        // Communication plan: claims by channel.
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
        let mut j = self.job(k, urls::page("claims"), "intranet/claims.html", self.t("claims_intranet"), "claims");
        j.ctx.insert("groups", &groups);
        j.ctx.insert("claims", &p.claims.iter().map(|c| self.claim_view(c)).collect::<Vec<_>>());
        jobs.push(j);

        // Check report.
        let findings: Vec<FindingView> = diags.iter().map(|d| self.finding(d, sources)).collect();
        let mut by_rule: BTreeMap<String, Vec<FindingView>> = BTreeMap::new();
        let mut by_item: BTreeMap<String, Vec<FindingView>> = BTreeMap::new();
        for f in &findings {
            by_rule.entry(f.rule.clone()).or_default().push(f.clone());
            by_item.entry(f.subject.clone().unwrap_or_default()).or_default().push(f.clone());
        }
        let to_groups = |m: BTreeMap<String, Vec<FindingView>>| -> Vec<Group<FindingView>> {
            m.into_iter().map(|(key, items)| Group { url: items[0].url.clone(), label: key.clone(), key, items }).collect()
        };
        let exceptions: Vec<serde_json::Value> = p
            .claims
            .iter()
            .flat_map(|c| c.allow.iter().map(move |a| serde_json::json!({"claim": c.id.as_str(), "url": urls::claim(c.id.as_str()), "rule": a.rule, "reason": a.reason})))
            .collect();
        let mut j = self.job(k, urls::page("checks"), "intranet/checks.html", self.t("checks"), "checks");
        j.ctx.insert("by_rule", &to_groups(by_rule));
        j.ctx.insert("by_item", &to_groups(by_item));
        j.ctx.insert("findings_total", &findings.len());
        j.ctx.insert("errors", &diags.iter().filter(|d| d.severity == Severity::Error).count());
        j.ctx.insert("exceptions", &exceptions);
        j.ctx.insert("today", &self.today.to_string());
        jobs.push(j);

        // Team, sessions + calendar, evaluation.
        let members: Vec<MemberView> = p
            .team
            .members
            .iter()
            .map(|m| MemberView {
                name: m.name.clone(),
                role: m.role.clone(),
                department: m.department.clone(),
                kind: if code(&m.kind) == "elected" { "elected" } else { "staff" },
                lead: m.lead,
                core: m.core,
                actions: p
                    .actions
                    .iter()
                    .filter(|a| a.owners.iter().any(|o| o.id == m.id))
                    .map(|a| Link { title: a.title.clone(), url: urls::action(a.id.as_str()) })
                    .collect(),
            })
            .collect();
        let mut j = self.job(k, urls::page("team"), "intranet/team.html", self.t("team"), "team");
        j.ctx.insert("members", &members);
        j.ctx.insert(
            "mandate",
            &p.team
                .mandate
                .as_ref()
                .map(|m| serde_json::json!({"body": m.body, "date": m.date.to_string(), "reference": m.reference, "scope": m.scope})),
        );
        jobs.push(j);
        let path = urls::page("sessions");
        let sessions: Vec<SessionView> = p
            .sessions
            .iter()
            .map(|s| SessionView {
                number: s.number,
                date: s.date.to_string(),
                title: s.title.clone(),
                phase: s.phase.as_ref().and_then(|r| p.phase(&r.id)).map(|ph| ph.title.clone()),
                hours: s.hours.map(chart::num),
                done: code(&s.status) == "done",
                summary_html: s.summary.as_ref().map(|m| self.md(k, &m.text, &path)),
            })
            .collect();
        let mut j = self.job(k, path, "intranet/sessions.html", self.t("sessions"), "sessions");
        j.ctx.insert("sessions", &sessions);
        j.ctx.insert("calendar", &calendar);
        jobs.push(j);
        let mut j = self.job(k, urls::page("evaluation"), "intranet/evaluation.html", self.t("evaluation"), "evaluation");
        j.ctx.insert("questions", &self.questions(k));
        jobs.push(j);
        jobs
    }

    fn public_jobs(&self) -> Vec<Job> {
        let k = Kind::Public;
        let p = self.p;
        let actions: Vec<&Action> = p.actions.iter().filter(|a| a.visibility == Visibility::Public).collect();
        let inventory: Vec<&InventoryItem> = p.inventory.iter().filter(|i| i.visibility == Visibility::Public).collect();
        let claims: Vec<_> = p.claims.iter().filter(|c| c.visibility == Visibility::Public && c.withdrawn.is_none()).collect();
        let rows: Vec<PublicActionRow> = actions.iter().map(|a| self.public_action_row(a)).collect();
        let mut jobs = Vec::new();

        let mut j = self.job(k, urls::page(""), "public/home.html", &p.site.public.title, "home");
        j.ctx.insert("intro_html", &self.index_intro(k));
        let figures = vec![
            Count { key: "actions".into(), label: self.t("actions").into(), url: Some(urls::page("actions")), count: actions.len() },
            Count {
                key: "done".into(),
                label: self.t("status_done").into(),
                url: None,
                count: actions.iter().filter(|a| a.status == ActionStatus::Done).count(),
            },
            Count {
                key: "in-progress".into(),
                label: self.t("status_in-progress").into(),
                url: None,
                count: actions.iter().filter(|a| a.status == ActionStatus::InProgress).count(),
            },
            Count {
                key: "inventory".into(),
                label: self.t("inventory").into(),
                url: Some(urls::page("inventory")),
                count: inventory.len(),
            },
            Count {
                key: "sessions".into(),
                label: self.t("sessions").into(),
                url: None,
                count: p.sessions.iter().filter(|s| s.date <= self.today).count(),
            },
        ];
        j.ctx.insert("figures", &figures);
        j.ctx.insert("sdgs", &self.sdg_counts(&actions, &inventory).into_iter().filter(|s| s.count > 0).collect::<Vec<_>>());
        jobs.push(j);

        let mut j = self.job(k, urls::page("actions"), "public/actions.html", self.t("actions"), "actions");
        j.ctx.insert("actions", &rows);
        jobs.push(j);
        for (a, row) in actions.iter().zip(&rows) {
            let path = urls::action(a.id.as_str());
            let page = PublicActionPage {
                row: row.clone(),
                body_html: self.md(k, &a.body.text, &path),
                start: a.start.map(|d| d.to_string()),
                completed: a.completed.map(|d| d.to_string()),
                indicator: self.indicator(a),
                progress: a.progress.iter().filter(|pr| pr.date <= self.today).map(|pr| self.progress_view(pr)).collect(),
                builds_on: a
                    .builds_on
                    .iter()
                    .filter_map(|r| p.inventory_item(&r.id))
                    .filter(|i| i.visibility == Visibility::Public)
                    .map(|i| Link { title: i.title.clone(), url: urls::inventory(i.id.as_str()) })
                    .collect(),
            };
            let mut j = self.job(k, path, "public/action.html", &a.title, "actions");
            j.ctx.insert("action", &page);
            jobs.push(j);
        }

        let path = urls::page("inventory");
        let mut j = self.job(k, path.clone(), "public/inventory.html", self.t("inventory"), "inventory");
        j.ctx.insert("groups", &self.inventory_groups(k, &inventory, &path));
        j.ctx.insert("matrix", &self.matrix(&actions, &inventory));
        jobs.push(j);

        self.shared_jobs(k, &mut jobs, &actions, &inventory, |a| self.public_action_row(a));

        let public_claims: Vec<PublicClaim> = claims
            .iter()
            .map(|c| PublicClaim {
                id: c.id.to_string(),
                text: c.text.clone(),
                kind: self.t(&format!("claim_{}", code(&c.kind))),
                channels: c.channels.iter().filter_map(|r| p.channel(&r.id)).map(|ch| ch.title.clone()).collect(),
                published: c.published.map(|d| d.to_string()),
                url: c.url.clone(),
                evidence: self.evidence(k, &c.actions, &c.inventory),
            })
            .collect();
        let mut j = self.job(k, urls::page("claims"), "public/claims.html", self.t("claims_public"), "claims");
        j.ctx.insert("claims", &public_claims);
        jobs.push(j);

        let mut j = self.job(k, urls::page("evaluation"), "public/evaluation.html", self.t("evaluation"), "evaluation");
        j.ctx.insert("questions", &self.questions(k));
        jobs.push(j);

        // Sitemap: absolute URLs of every public page (folder form).
        let mut urls_abs: Vec<String> = jobs
            .iter()
            .filter(|j| j.path.ends_with("index.html"))
            .map(|j| {
                format!("{}{}", p.site.public.base_url, j.path.trim_end_matches("index.html")).replace('&', "&amp;").replace('<', "&lt;")
            })
            .collect();
        urls_abs.sort();
        let mut j = self.job(k, "sitemap.xml".into(), "sitemap.xml", "sitemap", "");
        j.ctx.insert("urls", &urls_abs);
        jobs.push(j);
        jobs
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
        let mut by: BTreeMap<String, Vec<InventoryView>> = BTreeMap::new();
        for i in items {
            by.entry(code(&i.source)).or_default().push(self.inventory_view(kind, i, path));
        }
        by.into_iter().map(|(key, items)| Group { label: self.t(&format!("source_{key}")).to_owned(), key, url: None, items }).collect()
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
            evidence: self.evidence(Kind::Intranet, &c.actions, &c.inventory),
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
                .filter(|x| x.question.id == q.id && (kind == Kind::Intranet || x.visibility == Visibility::Public))
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
        if p.actions.iter().any(|a| a.id.as_str() == s) {
            Some(urls::action(s))
        } else if p.claims.iter().any(|c| c.id.as_str() == s) {
            Some(urls::claim(s))
        } else if p.inventory.iter().any(|i| i.id.as_str() == s) {
            Some(urls::inventory(s))
        } else if p.pages.iter().any(|pg| pg.slug.as_str() == s && pg.on_intranet()) {
            Some(urls::free_page(s))
        } else if s == "team" || p.team.members.iter().any(|m| m.id.as_str() == s) {
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

/// The path part of a base URL: `https://x.be/mvo/` -> `/mvo/`.
pub fn base_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => rest[i..].to_owned(),
        None => "/".to_owned(),
    }
}
