//! The printable reports (the intranet's eindrapport, the public action
//! plan and progress) and the public accessibility statement.

use super::super::extra;
use super::super::plan::Plan;
use super::super::views::*;
use super::super::{Kind, R};
use crate::model::Action;

impl Plan {
    /// The rows of every action of the site with its indicator's figures,
    /// and the counts.
    pub(in crate::render) fn report_rows(&self, r: &R, ctx: &mut tera::Context) {
        self.insert_report_rows(ctx);
        ctx.insert("by_status", &r.by_status(&self.site_actions()));
        ctx.insert("progress_counts", &r.progress_counts(&self.site_actions()));
        ctx.insert("departments_progress", &r.departments_progress(&self.site_actions()));
        ctx.insert("today", &r.today.to_string());
        ctx.insert("trajectory", &r.trajectory());
    }

    /// `actions`: the report rows of the site's actions.
    pub(in crate::render) fn insert_report_rows(&self, ctx: &mut tera::Context) {
        let r = self.r();
        let actions = self.actions.iter().map(|&i| &r.p.actions[i]);
        let indicators = |a: &Action| a.indicators.iter().map(|i| r.indicator_summary(a, i)).collect();
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
    /// the findings. One page, made to be printed.
    pub(in crate::render) fn intranet_report(&self, r: &R, ctx: &mut tera::Context, path: &str) {
        self.report_rows(r, ctx);
        ctx.insert("phases", &r.phases());
        ctx.insert("sessions", &r.sessions(path));
        r.team(ctx);
        let inventory = self.site_inventory();
        ctx.insert("sources", &r.source_counts(&inventory));
        ctx.insert("inventory_total", &inventory.len());
        ctx.insert("coverage", &r.coverage(&self.site_actions(), &inventory));
        ctx.insert("questions", &r.questions(Kind::Intranet));
        r.check_report(ctx, &self.input.diags, &self.input.sources);
    }

    /// The public report: the public action plan and its progress.
    pub(in crate::render) fn public_report(&self, r: &R, ctx: &mut tera::Context) {
        self.report_rows(r, ctx);
        ctx.insert("figures", &self.public_figures(r));
        ctx.insert("coverage", &r.coverage(&self.site_actions(), &self.site_inventory()));
    }
}

impl R<'_> {
    /// Per department (sorted; actions without one last, as "–"), its
    /// actions by progress status: the department overview of the reports.
    pub(in crate::render) fn departments_progress(&self, actions: &[&Action]) -> Vec<DepartmentProgress> {
        let mut by: std::collections::BTreeMap<(bool, &str), Vec<&Action>> = std::collections::BTreeMap::new();
        for a in actions {
            by.entry((a.department.is_none(), a.department.as_deref().unwrap_or("–"))).or_default().push(a);
        }
        by.into_iter()
            .map(|((_, label), list)| DepartmentProgress {
                label: label.to_owned(),
                total: list.len(),
                progress: self.progress_counts(&list),
            })
            .collect()
    }

    /// The accessibility statement from `site.yaml`'s `accessibility:`.
    pub(in crate::render) fn statement(&self) -> Option<AccessibilityStatement> {
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
}
