//! The home pages: the intranet's dashboard and the public landing page
//! with its key figures; the trajectory and its phases.

use super::super::plan::Plan;
use super::super::views::*;
use super::super::{Kind, R, code, urls};
use crate::diag::Severity;
use crate::model::ActionStatus;

impl Plan {
    pub(in crate::render) fn intranet_home(&self, r: &R, ctx: &mut tera::Context, path: &str) {
        let p = r.p;
        ctx.insert("intro_html", &r.index_intro(Kind::Intranet, path));
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

    pub(in crate::render) fn public_home(&self, r: &R, ctx: &mut tera::Context, path: &str) {
        let (actions, inventory) = (self.site_actions(), self.site_inventory());
        ctx.insert("intro_html", &r.index_intro(Kind::Public, path));
        ctx.insert("figures", &self.public_figures(r));
        ctx.insert("sdgs", &r.sdg_counts(&actions, &inventory).into_iter().filter(|s| s.count > 0).collect::<Vec<_>>());
    }

    /// The public key figures: actions, done, in progress, inventory, sessions held.
    pub(in crate::render) fn public_figures(&self, r: &R) -> Vec<Count> {
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
}

impl R<'_> {
    pub(in crate::render) fn trajectory(&self) -> serde_json::Value {
        let t = &self.p.site.trajectory;
        serde_json::json!({"title": t.title, "start": t.start.to_string(), "end": t.end.map(|d| d.to_string())})
    }

    /// The phases of the trajectory, each with its number of sessions.
    pub(in crate::render) fn phases(&self) -> Vec<Count> {
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

    /// The project's `index` page's text, for the home page at `path` (the
    /// site's `index.html`, or its embed or fragment).
    pub(in crate::render) fn index_intro(&self, kind: Kind, path: &str) -> Option<String> {
        self.p
            .pages
            .iter()
            .find(|pg| pg.slug.as_str() == "index" && (kind == Kind::Public || pg.on_intranet()))
            .map(|pg| self.md(kind, &pg.body.text, path))
    }
}
