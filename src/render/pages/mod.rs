//! The Tera context of each page: [`Plan::fill`] puts in what a page shows
//! by its kind; the builders of each page family live in the files beside
//! this one (home, actions, claims, inventory and SDGs, team and sessions,
//! an owner's page, reports, the check report).

mod actions;
mod checks;
mod claims;
mod home;
mod inventory;
pub(super) mod owners;
mod reports;
mod sessions;

#[cfg(test)]
pub(super) use actions::key_slug;

use super::plan::{Job, Page, Plan, Variant};
use super::views::*;
use super::{Kind, base_path, urls};
use crate::model::Ref;

impl Plan {
    /// The keys of one page put into `ctx`, which holds the site-wide keys
    /// ([`Plan::base`]) and nothing else. A page never writes a site-wide
    /// key ([`super::engine::SITE_KEYS`]): so [`super::engine::reset`] can take the page's keys out again
    /// and the next page start from the same context, without copying the
    /// site-wide keys page after page.
    pub(in crate::render) fn fill(&self, j: &Job, ctx: &mut tera::Context) {
        ctx.insert("root", &urls::root_for(&j.path));
        // An embed or a fragment: the page's content without the site around it.
        ctx.insert("embed", &(j.variant == Variant::Embed));
        ctx.insert("bare", &(j.variant != Variant::Page));
        ctx.insert("path", &j.path);
        ctx.insert("title", &j.title);
        ctx.insert("current", j.current);
        let r = self.r();
        let p = r.p;
        let k = self.kind;
        let path = j.path.as_str();
        match j.page {
            Page::Home if k == Kind::Intranet => self.intranet_home(&r, ctx, path),
            Page::Home => self.public_home(&r, ctx, path),
            Page::Actions => {
                self.insert_rows(ctx, "actions", 0..self.actions.len());
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
                ctx.insert("groups", &r.inventory_groups(k, &inventory, path));
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
                let of: Vec<_> = actions.iter().copied().filter(|a| a.sdgs.contains(&n)).collect();
                ctx.insert("progress_counts", &r.progress_counts(&of));
                self.insert_rows(ctx, "actions", (0..actions.len()).filter(|&a| actions[a].sdgs.contains(&n)));
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
                let of: Vec<_> = actions.iter().copied().filter(|a| has(&a.topics)).collect();
                ctx.insert("progress_counts", &r.progress_counts(&of));
                self.insert_rows(ctx, "actions", (0..actions.len()).filter(|&a| has(&actions[a].topics)));
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
            Page::Claims if k == Kind::Intranet => r.intranet_claims(ctx),
            Page::Claims => ctx.insert("claims", &r.public_claims()),
            Page::Checks => r.check_report(ctx, &self.input.diags, &self.input.sources),
            Page::Rule(i) => r.rule_page(ctx, &crate::rules::RULES[i]),
            Page::Team => r.team(ctx),
            Page::Owner(m) => ctx.insert("owner", &r.owner_page(&p.team.members[m])),
            Page::Sessions => {
                ctx.insert("sessions", &r.sessions(path));
                ctx.insert("calendar", &r.calendar());
            }
            Page::Evaluation => ctx.insert("questions", &r.questions(k)),
            Page::Report if k == Kind::Intranet => self.intranet_report(&r, ctx, path),
            Page::Report => self.public_report(&r, ctx),
            Page::Accessibility => ctx.insert("statement", &r.statement()),
            Page::Sitemap => {
                // Absolute URLs of every public page (folder form).
                let mut urls_abs: Vec<String> = self
                    .jobs
                    .iter()
                    .filter(|j| j.variant == Variant::Page && j.path.ends_with("index.html"))
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
    }
}
