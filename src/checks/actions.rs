//! The action rules (`action-*`): only `planned` and `in-progress` actions;
//! `done` and `dropped` ones are history.

use super::{Ctx, finding};
use crate::diag::Diagnostic;
use crate::model::{Action, ActionStatus};

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
        if a.indicator.is_none() {
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
    let days = i64::from(ctx.project.site.checks.stale_after_days);
    let mut out = Vec::new();
    for a in open(ctx).filter(|a| a.status == ActionStatus::InProgress) {
        let (date, what) = match a.latest_progress(ctx.today) {
            Some(p) => (p.date, "the latest progress"),
            None => match a.start {
                Some(s) => (s, "the start, with no progress since,"),
                None => continue,
            },
        };
        if ctx.days_since(date) > days {
            out.push(
                at(finding("action-stale", format!("{what} is dated {date}, more than {days} days ago")), a)
                    .label("no recent progress")
                    .help("add a `progress` entry with the latest measurement, or change the status"),
            );
        }
    }
    out
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
