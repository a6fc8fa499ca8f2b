//! The intranet's page of one owner (*trekker*), `team/MEMBER-ID/`: what must
//! be updated. Per indicator of the member's open actions, when its next
//! measurement falls due ([`crate::model::Indicator::next_measurement`], the
//! computation the staleness rules use), overdue ones first; and the
//! follow-up moments (*terugkommomenten*) of those actions that are past
//! with none after them, and the next one of each. The owners' calendar
//! feeds (`extra/calendar.rs`) put the same due dates in, through
//! [`R::measurement_due`].
//!
//! Intranet only: it names a person, and the public site has no team pages.

use super::super::views::*;
use super::super::{R, code, urls};
use crate::model::{Action, Date, FollowUp, Indicator, Member, NextMeasurement, Project};
use crate::progress;

/// How far ahead "the coming weeks" of an owner's page reach, in days.
const SOON_DAYS: u32 = 42;

/// The site-relative path of a member's page.
pub(in crate::render) fn path(member: &str) -> String {
    urls::page(&format!("team/{member}"))
}

impl R<'_> {
    /// When the next figure of `ind` (an indicator of `a`) falls due, as of
    /// today: counted from the latest measurement or, with none yet, from the
    /// action's start (the trajectory's start when the action has none), by
    /// the indicator's frequency or `checks.stale_after_days`.
    pub(in crate::render) fn measurement_due(&self, a: &Action, ind: &Indicator) -> Option<NextMeasurement> {
        let start = a.start.or(Some(self.p.site.trajectory.start));
        ind.next_measurement(start, self.today, self.p.site.checks.stale_after_days)
    }

    /// The context of a member's page: `owner`.
    pub(in crate::render) fn owner_page(&self, member: &Member) -> OwnerPage {
        let actions: Vec<&Action> = owned_open(self.p, member).collect();
        let mut measurements: Vec<((Date, String, String), MeasurementDue)> = Vec::new();
        for a in &actions {
            for ind in &a.indicators {
                let Some(next) = self.measurement_due(a, ind) else { continue };
                let days = (next.due - self.today).get_days();
                let latest = ind.latest(self.today);
                let m = MeasurementDue {
                    action: link(a),
                    indicator: ind.name.clone(),
                    unit: ind.unit.clone(),
                    frequency: self.frequency_label(ind),
                    latest: latest.map(|p| self.progress_view(p)),
                    due: next.due.to_string(),
                    overdue: next.is_overdue(self.today),
                    days: days.unsigned_abs(),
                    progress_status: self.progress_status(progress::judge(ind, a.start, a.due, self.today).status),
                };
                measurements.push(((next.due, a.id.to_string(), ind.name.clone()), m));
            }
        }
        measurements.sort_by(|a, b| a.0.cmp(&b.0));
        let (mut overdue, mut soon, mut later) = (Vec::new(), Vec::new(), Vec::new());
        for (_, m) in measurements {
            if m.overdue {
                overdue.push(m);
            } else if m.days <= SOON_DAYS {
                soon.push(m);
            } else {
                later.push(m);
            }
        }
        let (mut missed, mut next) = (Vec::new(), Vec::new());
        for a in &actions {
            let view = |f: &FollowUp| FollowUpDue {
                date: f.date.to_string(),
                action: link(a),
                with: self.t(&format!("with_{}", code(&f.with))),
                days: (f.date - self.today).get_days().unsigned_abs(),
            };
            match a.follow_up.iter().find(|f| f.date >= self.today) {
                Some(f) => next.push((f.date, view(f))),
                // Sorted by date: the last is the latest, and none follows it.
                None => missed.extend(a.follow_up.last().map(|f| (f.date, view(f)))),
            }
        }
        missed.sort_by(|a, b| (a.0, &a.1.action.url).cmp(&(b.0, &b.1.action.url)));
        next.sort_by(|a, b| (a.0, &a.1.action.url).cmp(&(b.0, &b.1.action.url)));
        OwnerPage {
            id: member.id.to_string(),
            name: member.name.clone(),
            role: member.role.clone(),
            department: member.department.clone(),
            calendar: format!("calendar/owners/{}.ics", member.id),
            actions: actions.iter().map(|a| link(a)).collect(),
            overdue,
            soon,
            later,
            soon_weeks: SOON_DAYS / 7,
            missed: missed.into_iter().map(|(_, f)| f).collect(),
            next: next.into_iter().map(|(_, f)| f).collect(),
        }
    }

    /// How often `ind` is measured, in a sentence's words.
    pub(in crate::render) fn frequency_label(&self, ind: &Indicator) -> String {
        use crate::i18n::{self, Arg};
        use crate::model::Frequency;
        match ind.frequency {
            Some(Frequency::Monthly) => self.t("frequency_monthly").to_owned(),
            Some(Frequency::Quarterly) => self.t("frequency_quarterly").to_owned(),
            Some(Frequency::Yearly) => self.t("frequency_yearly").to_owned(),
            Some(Frequency::Days(n)) => i18n::format(self.lang, "frequency_days", &[("days", Arg::Number(f64::from(n)))]),
            None => {
                let days = f64::from(self.p.site.checks.stale_after_days);
                i18n::format(self.lang, "frequency_none", &[("days", Arg::Number(days))])
            }
        }
    }
}

/// The open actions `member` owns, in the project's order.
fn owned_open<'p>(p: &'p Project, member: &'p Member) -> impl Iterator<Item = &'p Action> + 'p {
    p.actions.iter().filter(move |a| a.is_open() && a.owners.iter().any(|o| o.id == member.id))
}

fn link(a: &Action) -> Link {
    Link { title: a.title.clone(), url: urls::action(a.id.as_str()) }
}
