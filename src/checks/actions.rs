//! The action rules (`action-*`): only `planned` and `in-progress` actions;
//! `done` and `dropped` ones are history.

use super::{Ctx, finding};
use crate::diag::Diagnostic;
use crate::model::{Action, ActionStatus, Date, Indicator, Visibility};

fn open<'a>(ctx: &'a Ctx) -> impl Iterator<Item = &'a Action> + 'a {
    ctx.project.actions.iter().filter(|a| a.is_open())
}

fn at(d: Diagnostic, a: &Action) -> Diagnostic {
    d.at(a.pos).subject(a.id.to_string())
}

pub fn without_owner(ctx: &Ctx) -> Vec<Diagnostic> {
    open(ctx)
        .filter(|a| a.owners.is_empty())
        .map(|a| {
            at(finding("action-without-owner", "this action has no trekker (`owners` is empty)"), a)
                .label("no owner")
                .help("name at least one team member in `owners: [...]`")
        })
        .collect()
}

pub fn vague(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for a in open(ctx) {
        let mut missing = Vec::new();
        if a.due.is_none() {
            missing.push("`due` date");
        }
        if a.indicators.is_empty() {
            missing.push("`indicator` with a `target`");
        }
        if !missing.is_empty() {
            out.push(
                at(finding("action-vague", format!("this action is vague: it has no {}", missing.join(" and no "))), a)
                    .label("what, how much, by when?")
                    .help("say by when (`due: YYYY-MM-DD`) and how much (`indicator: { name, unit, baseline, target }`)"),
            );
        }
    }
    out
}

pub fn without_follow_up(ctx: &Ctx) -> Vec<Diagnostic> {
    open(ctx)
        .filter(|a| !a.follow_up.iter().any(|f| f.date >= ctx.today))
        .map(|a| {
            at(finding("action-without-follow-up", "this action has no follow-up moment ahead (no `follow_up` dated today or later)"), a)
                .label("no follow-up planned")
                .help("plan the next terugkommoment: `follow_up: [{ date: YYYY-MM-DD, with: kopgroep }]`")
        })
        .collect()
}

pub fn overdue(ctx: &Ctx) -> Vec<Diagnostic> {
    open(ctx)
        .filter_map(|a| a.due.filter(|d| *d < ctx.today).map(|d| (a, d)))
        .map(|(a, due)| {
            at(finding("action-overdue", format!("this action was due on {due} and is not done")), a)
                .label("past due")
                .help("mark it `done` (with `completed`), set a new `due` date, or mark it `dropped`")
        })
        .collect()
}

pub fn stale(ctx: &Ctx) -> Vec<Diagnostic> {
    let days = ctx.project.site.checks.stale_after_days;
    let mut out = Vec::new();
    for a in open(ctx).filter(|a| a.status == ActionStatus::InProgress) {
        let named = a.indicators.len() > 1;
        let found = if a.indicators.is_empty() {
            // No indicator: the start, with `checks.stale_after_days`.
            a.start.and_then(|s| stale_since(ctx, None, s, "the start, with no progress since,".into(), days))
        } else {
            a.indicators.iter().find_map(|ind| {
                let of = if named { format!(" of `{}`", ind.name) } else { String::new() };
                match ind.latest(ctx.today) {
                    Some(p) => stale_since(ctx, Some(ind), p.date, format!("the latest progress{of}"), days),
                    None => a.start.and_then(|s| stale_since(ctx, Some(ind), s, format!("the start, with no progress{of} since,"), days)),
                }
            })
        };
        if let Some(message) = found {
            out.push(
                at(finding("action-stale", message), a)
                    .label("no recent progress")
                    .help("add a `progress` entry with the latest measurement, or change the status"),
            );
        }
    }
    out
}

/// Every indicator of a public action names its source: the public site shows
/// each figure next to it. Any status: done actions show their figures too.
pub fn without_source(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for a in ctx.project.actions.iter().filter(|a| a.visibility == Visibility::Public) {
        for ind in a.indicators.iter().filter(|i| i.source.as_deref().is_none_or(|s| s.trim().is_empty())) {
            out.push(
                finding(
                    "indicator-without-source",
                    format!("the indicator `{}` of this public action does not say where its figures come from", ind.name),
                )
                .at(ind.pos)
                .subject(a.id.to_string())
                .label("no source")
                .help("add `source:` with who measures it and from what, e.g. `source: energieboekhouding`"),
            );
        }
    }
    out
}

/// The message when a figure (or start) dated `date` is stale today: past its
/// indicator's frequency and grace period, or past `stale_after_days` without one.
fn stale_since(ctx: &Ctx, ind: Option<&Indicator>, date: Date, what: String, days: u32) -> Option<String> {
    let limit = ind.map_or_else(|| date.saturating_add(jiff::Span::new().days(i64::from(days))), |i| i.stale_after(date, days));
    if ctx.today <= limit {
        return None;
    }
    Some(match ind.and_then(|i| i.frequency) {
        Some(f) => format!(
            "{what} is dated {date}; measured {}, the next figure was due on {} and is more than {} days late",
            f.label(),
            f.next_due(date),
            f.grace_days()
        ),
        None => format!("{what} is dated {date}, more than {days} days ago"),
    })
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;

    #[test]
    fn open_action_with_everything_is_clean() {
        let p = TestProject::new().action("o", ACTION_OPEN);
        for f in [without_owner, vague, without_follow_up, overdue, stale] {
            assert!(p.rule(f).is_empty());
        }
    }

    #[test]
    fn done_actions_are_history() {
        let p = TestProject::new().action("d", "title: Klaar\nstatus: done\ndue: 2020-01-01\n");
        for f in [without_owner, vague, without_follow_up, overdue, stale] {
            assert!(p.rule(f).is_empty());
        }
    }

    #[test]
    fn each_rule_fires() {
        let p = TestProject::new().action("a", "title: Iets\nstatus: in-progress\nstart: 2024-01-01\ndue: 2025-01-01\n");
        assert_eq!(p.rule(without_owner).len(), 1);
        let v = p.rule(vague);
        assert_eq!(v.len(), 1);
        assert!(v[0].message.contains("indicator") && !v[0].message.contains("`due`"), "{}", v[0].message);
        assert_eq!(p.rule(without_follow_up).len(), 1);
        assert_eq!(p.rule(overdue).len(), 1);
        assert_eq!(p.rule(stale).len(), 1);
        assert_eq!(p.rule(overdue)[0].subject.as_deref(), Some("a"));
    }

    #[test]
    fn stale_uses_latest_progress() {
        let old = ACTION_OPEN.replace("2025-10-01", "2025-04-30");
        assert_eq!(TestProject::new().action("o", &old).rule(stale).len(), 1);
        // Exactly 180 days is not more than 180.
        let edge = ACTION_OPEN.replace("2025-10-01", "2025-05-19");
        assert!(TestProject::new().action("o", &edge).rule(stale).is_empty());
    }
}
