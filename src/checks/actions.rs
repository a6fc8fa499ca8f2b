//! The action rules (`action-*`): only `planned` and `in-progress` actions;
//! `done` and `dropped` ones are history.

use super::registry::RuleId;
use super::{Ctx, finding, semicolon_list};
use crate::diag::Diagnostic;
use crate::i18n::{Msg, MsgArg, msg};
use crate::model::{Action, ActionStatus, Date, Frequency, Visibility};

fn open<'a>(ctx: &'a Ctx) -> impl Iterator<Item = &'a Action> + 'a {
    ctx.project.actions.iter().filter(|a| a.is_open())
}

fn at(d: Diagnostic, a: &Action) -> Diagnostic {
    d.at(a.pos).subject(a.id.to_string())
}

pub(super) fn without_owner(ctx: &Ctx) -> Vec<Diagnostic> {
    open(ctx)
        .filter(|a| a.owners.is_empty())
        .map(|a| {
            at(finding(RuleId::ActionWithoutOwner, msg!("find-action-without-owner")), a)
                .label(msg!("find-action-without-owner-label"))
                .help(msg!("find-action-without-owner-help"))
        })
        .collect()
}

pub(super) fn vague(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for a in open(ctx) {
        let missing = match (a.due.is_none(), a.indicators.is_empty()) {
            (true, true) => "both",
            (true, false) => "due",
            (false, true) => "indicator",
            (false, false) => continue,
        };
        out.push(
            at(finding(RuleId::ActionVague, msg!("find-action-vague", missing = missing)), a)
                .label(msg!("find-action-vague-label"))
                .help(msg!("find-action-vague-help")),
        );
    }
    out
}

pub(super) fn without_follow_up(ctx: &Ctx) -> Vec<Diagnostic> {
    open(ctx)
        .filter(|a| !a.follow_up.iter().any(|f| f.date >= ctx.today))
        .map(|a| {
            at(finding(RuleId::ActionWithoutFollowUp, msg!("find-action-without-follow-up")), a)
                .label(msg!("find-action-without-follow-up-label"))
                .help(msg!("find-action-without-follow-up-help"))
        })
        .collect()
}

pub(super) fn overdue(ctx: &Ctx) -> Vec<Diagnostic> {
    open(ctx)
        .filter_map(|a| a.due.filter(|d| *d < ctx.today).map(|d| (a, d)))
        .map(|(a, due)| {
            at(finding(RuleId::ActionOverdue, msg!("find-action-overdue", due = due.to_string())), a)
                .label(msg!("find-action-overdue-label"))
                .help(msg!("find-action-overdue-help"))
        })
        .collect()
}

pub(super) fn stale(ctx: &Ctx) -> Vec<Diagnostic> {
    let days = ctx.project.site.checks.stale_after_days;
    let mut out = Vec::new();
    for a in open(ctx).filter(|a| a.status == ActionStatus::InProgress) {
        let named = a.indicators.len() > 1;
        // One finding per action, naming every indicator that is stale.
        let found: Vec<MsgArg> = if a.indicators.is_empty() {
            // No indicator: the start, with `checks.stale_after_days`.
            let what = msg!("find-action-stale-what", from = "start", indicator = "");
            a.start
                .filter(|s| ctx.today > s.saturating_add(jiff::Span::new().days(i64::from(days))))
                .map(|s| stale_message(None, s, what, days))
                .into_iter()
                .collect()
        } else {
            a.indicators
                .iter()
                .filter_map(|ind| {
                    // When the next figure fell due, as the owner's page shows it.
                    let next = ind.next_measurement(a.start, ctx.today, days).filter(|n| n.is_stale(ctx.today))?;
                    // The indicator is named where the action has several.
                    let from = match (next.measured, named) {
                        (true, false) => "latest",
                        (true, true) => "latest-of",
                        (false, false) => "start",
                        (false, true) => "start-of",
                    };
                    let name = if named { ind.name.as_str() } else { "" };
                    let what = msg!("find-action-stale-what", from = from, indicator = name);
                    Some(stale_message(ind.frequency, next.after, what, days))
                })
                .collect()
        };
        if !found.is_empty() {
            out.push(
                at(finding(RuleId::ActionStale, msg!("find-action-stale", found = semicolon_list(found))), a)
                    .label(msg!("find-action-stale-label"))
                    .help(msg!("find-action-stale-help")),
            );
        }
    }
    out
}

/// Every indicator of a public action names its source: the public site shows
/// each figure next to it. Any status: done actions show their figures too.
pub(super) fn without_source(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for a in ctx.project.actions.iter().filter(|a| a.visibility == Visibility::Public) {
        for ind in a.indicators.iter().filter(|i| i.source.as_deref().is_none_or(|s| s.trim().is_empty())) {
            out.push(
                finding(RuleId::IndicatorWithoutSource, msg!("find-indicator-without-source", indicator = ind.name.as_str()))
                    .at(ind.pos)
                    .subject(a.id.to_string())
                    .label(msg!("find-indicator-without-source-label"))
                    .help(msg!("find-indicator-without-source-help")),
            );
        }
    }
    out
}

/// The message for a figure (or start) dated `date` that is stale today:
/// past its frequency and grace period, or past `stale_after_days` without one.
fn stale_message(frequency: Option<Frequency>, date: Date, what: Msg, days: u32) -> MsgArg {
    match frequency {
        Some(f) => msg!(
            "find-action-stale-due",
            what = what,
            date = date.to_string(),
            frequency = super::frequency(f),
            next = f.next_due(date).to_string(),
            grace = f.grace_days(),
        ),
        None => msg!("find-action-stale-days", what = what, date = date.to_string(), days = days),
    }
    .into()
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
        assert!(v[0].message.to_string().contains("indicator") && !v[0].message.to_string().contains("`due`"), "{}", v[0].message);
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

    /// An open public action measured by `front_ind` (YAML lines of `indicators:`).
    fn measured(indicators: &str) -> String {
        format!(
            "title: Wagenpark\nowners: [els]\nstatus: in-progress\nstart: 2024-01-01\ndue: 2027-12-31\nvisibility: public\nindicators:\n{indicators}follow_up:\n  - {{ date: 2026-01-10, with: kopgroep }}\n"
        )
    }

    const YEARLY_DEC: &str = "  - name: Elektrische wagens\n    target: 18\n    source: wagenparkbeheer\n    frequency: yearly\n    progress:\n      - { date: 2024-12-31, value: 7 }\n";

    fn stale_on(p: &TestProject, today: &str) -> Vec<Diagnostic> {
        let (_dir, project) = p.load();
        stale(&Ctx::new(&project, today.parse().expect("date")))
    }

    #[test]
    fn a_yearly_figure_of_31_december_is_not_stale_the_next_summer() {
        let p = TestProject::new().action("w", &measured(YEARLY_DEC));
        // 152 days after the figure: past nothing, the next one is not due yet.
        assert!(stale_on(&p, "2025-06-01").is_empty());
        // Also not stale on TODAY (2025-11-15), 319 days on: stale_after_days (180) does not apply.
        assert!(p.rule(stale).is_empty());
        // Due 2025-12-31, 90 days of grace: stale from 1 April 2026.
        assert!(stale_on(&p, "2026-03-31").is_empty());
        let late = stale_on(&p, "2026-04-01");
        assert_eq!(late.len(), 1);
        assert!(late[0].message.to_string().contains("measured yearly, the next figure was due on 2025-12-31"), "{}", late[0].message);
    }

    #[test]
    fn quarterly_and_days_follow_their_period() {
        let q = "  - name: Laadpunten\n    target: 24\n    source: technische dienst\n    frequency: quarterly\n    progress:\n      - { date: 2025-03-31, value: 10 }\n";
        let p = TestProject::new().action("w", &measured(q));
        assert!(stale_on(&p, "2025-08-14").is_empty());
        assert_eq!(stale_on(&p, "2025-08-15").len(), 1);
        let days = q.replace("quarterly", "30");
        let p = TestProject::new().action("w", &measured(&days));
        // 30 days and a quarter of them (8) of grace.
        assert!(stale_on(&p, "2025-05-08").is_empty());
        assert_eq!(stale_on(&p, "2025-05-09").len(), 1);
    }

    #[test]
    fn several_indicators_one_finding_naming_the_stale_ones() {
        let two = format!(
            "{YEARLY_DEC}  - name: Laadpunten\n    target: 24\n    source: technische dienst\n    progress:\n      - {{ date: 2025-03-31, value: 10 }}\n"
        );
        let p = TestProject::new().action("w", &measured(&two));
        // The yearly figure is fine; the one without a frequency is 229 days old (> 180).
        let found = p.rule(stale);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message.to_string(), "the latest progress of `Laadpunten` is dated 2025-03-31, more than 180 days ago");
        assert!(p.rule(vague).is_empty());
    }

    #[test]
    fn a_public_indicator_without_source_warns() {
        let p = TestProject::new().action("o", ACTION_OPEN);
        let found = p.rule(without_source);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.to_string().contains("`Verbruik`"), "{}", found[0].message);
        assert!(TestProject::new().action("w", &measured(YEARLY_DEC)).rule(without_source).is_empty());
        let internal = ACTION_OPEN.replace("visibility: public", "visibility: internal");
        assert!(TestProject::new().action("o", &internal).rule(without_source).is_empty());
    }

    #[test]
    fn claim_progress_stale_follows_the_frequency() {
        let claim = "- id: c\n  text: \"We hebben 7 elektrische wagens.\"\n  kind: result\n  actions: [w]\n  visibility: public\n";
        let p = TestProject::new().action("w", &measured(YEARLY_DEC)).claims(claim);
        assert!(p.rule(super::super::claims::progress_stale).is_empty());
        let old = YEARLY_DEC.replace("2024-12-31", "2024-06-30");
        let p = TestProject::new().action("w", &measured(&old)).claims(claim);
        let found = p.rule(super::super::claims::progress_stale);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.to_string().contains("out of date: `w` (2024-06-30, measured yearly: the next figure was due on 2025-06-30)"),
            "{}",
            found[0].message
        );
    }
}
