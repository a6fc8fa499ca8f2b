//! The core team, the sessions and topic coverage. The team rules count core
//! members only (`core: false` is a trekker outside the core team).

use std::collections::BTreeSet;

use super::registry::RuleId;
use super::{Ctx, finding};
use crate::diag::Diagnostic;
use crate::i18n::{Msg, msg};
use crate::model::{Member, MemberKind, SessionStatus};
use crate::source::{Pos, Span};

// The privacy guard's reading of a `team.yaml` name: the warning says
// exactly what the guard reads.
use crate::privacy::names;

fn core<'a>(ctx: &'a Ctx) -> impl Iterator<Item = &'a Member> + 'a {
    ctx.project.team.members.iter().filter(|m| m.core)
}

/// Team-wide findings point at the start of `team.yaml`, or nowhere without one.
fn team_finding(ctx: &Ctx, rule: RuleId, message: Msg, help: Msg) -> Vec<Diagnostic> {
    let pos = ctx.project.team.file.map(|file| Pos { file, span: Span::new(0, 0) });
    vec![finding(rule, message).at_opt(pos).help(help).subject("team")]
}

pub(super) fn no_mandate(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.project.team.mandate.is_some() {
        return Vec::new();
    }
    team_finding(ctx, RuleId::TeamNoMandate, msg!("find-team-no-mandate"), msg!("find-team-no-mandate-help"))
}

pub(super) fn no_lead(ctx: &Ctx) -> Vec<Diagnostic> {
    if core(ctx).any(|m| m.lead) {
        return Vec::new();
    }
    team_finding(ctx, RuleId::TeamNoLead, msg!("find-team-no-lead"), msg!("find-team-no-lead-help"))
}

pub(super) fn size(ctx: &Ctx) -> Vec<Diagnostic> {
    let n = core(ctx).count();
    if (2..=8).contains(&n) {
        return Vec::new();
    }
    let why = if n < 2 { "small" } else { "large" };
    team_finding(ctx, RuleId::TeamSize, msg!("find-team-size", n = n, why = why), msg!("find-team-size-help"))
}

pub(super) fn no_elected(ctx: &Ctx) -> Vec<Diagnostic> {
    let elected = core(ctx).any(|m| m.kind == MemberKind::Elected);
    let staff = core(ctx).any(|m| m.kind == MemberKind::Staff);
    if elected && staff {
        return Vec::new();
    }
    let missing = if !elected { "elected" } else { "staff" };
    team_finding(ctx, RuleId::TeamNoElected, msg!("find-team-no-elected", missing = missing), msg!("find-team-no-elected-help"))
}

pub(super) fn single_department(ctx: &Ctx) -> Vec<Diagnostic> {
    let depts: BTreeSet<&str> = core(ctx).map(|m| m.department.as_str()).collect();
    if depts.len() != 1 {
        return Vec::new();
    }
    let dept = depts.into_iter().next().unwrap_or_default();
    team_finding(
        ctx,
        RuleId::TeamSingleDepartment,
        msg!("find-team-single-department", department = dept),
        msg!("find-team-single-department-help"),
    )
}

pub(super) fn session_not_closed(ctx: &Ctx) -> Vec<Diagnostic> {
    ctx.project
        .sessions
        .iter()
        .filter(|s| s.date < ctx.today && s.status == SessionStatus::Planned)
        .map(|s| {
            finding(RuleId::SessionNotClosed, msg!("find-session-not-closed", number = s.number.to_string(), date = s.date.to_string()))
                .at(s.pos)
                .label(msg!("find-session-not-closed-label"))
                .help(msg!("find-session-not-closed-help"))
                .subject(s.number.to_string())
        })
        .collect()
}

pub(super) fn topic_blind_spot(ctx: &Ctx) -> Vec<Diagnostic> {
    let p = ctx.project;
    p.site
        .topics
        .iter()
        .filter(|t| {
            !p.inventory.iter().any(|i| i.topics.iter().any(|r| r.id == t.id))
                && !p.actions.iter().any(|a| a.topics.iter().any(|r| r.id == t.id))
        })
        .map(|t| {
            finding(RuleId::TopicBlindSpot, msg!("find-topic-blind-spot", topic = t.id.as_str(), title = t.title.as_str()))
                .at_opt(t.pos)
                .label(msg!("find-topic-blind-spot-label"))
                .help(msg!("find-topic-blind-spot-help"))
                .subject(t.id.to_string())
        })
        .collect()
}

/// A member's name the privacy guard cannot split into given name and
/// surname with confidence (one word, more than one comma, a word it cannot
/// place): the guard then protects a string nobody may write, so say how to
/// write the name.
pub(super) fn name_unclear(ctx: &Ctx) -> Vec<Diagnostic> {
    ctx.project
        .team
        .members
        .iter()
        .filter_map(|m| {
            let (why, word) = match names::read(&m.name).unclear? {
                names::Unclear::OneWord => ("one-word", String::new()),
                names::Unclear::Commas => ("commas", String::new()),
                names::Unclear::Word(w) => ("word", w),
            };
            Some(
                finding(RuleId::TeamNameUnclear, msg!("find-team-name-unclear", name = m.name.as_str(), why = why, word = word.as_str()))
                    .at(m.pos)
                    .label(msg!("find-team-name-unclear-label"))
                    .help(msg!("find-team-name-unclear-help"))
                    .subject(m.id.to_string()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;

    #[test]
    fn a_good_team_is_clean() {
        let p = TestProject::new();
        for f in [no_mandate, no_lead, size, no_elected, single_department] {
            assert!(p.rule(f).is_empty());
        }
    }

    #[test]
    fn a_poor_team() {
        let t = "members:\n  - { id: a, name: A B, department: X, kind: staff }\n  - { id: b, name: C D, department: X, kind: staff }\n  - { id: c, name: E F, department: Y, kind: elected, core: false }\n";
        let p = TestProject::new().team(Some(t));
        for f in [no_mandate, no_lead, no_elected, single_department] {
            let d = p.rule(f);
            assert_eq!(d.len(), 1);
            assert_eq!(d[0].subject.as_deref(), Some("team"));
            assert!(d[0].pos.is_some());
        }
        assert!(p.rule(size).is_empty());
    }

    #[test]
    fn no_team_file() {
        let p = TestProject::new().team(None);
        let d = p.rule(size);
        assert_eq!(d.len(), 1);
        assert!(d[0].pos.is_none());
        let many: String = (0..9).map(|i| format!("  - {{ id: m{i}, name: M {i}, department: D{i}, kind: staff }}\n")).collect();
        assert_eq!(TestProject::new().team(Some(&format!("members:\n{many}"))).rule(size).len(), 1);
    }

    /// Round 24: a name the guard cannot split gets a warning at the member;
    /// titles, brackets and "surname, given name" are read, so no warning.
    #[test]
    fn a_name_the_guard_cannot_split() {
        let t = "members:\n  - { id: a, name: Sofie, department: X, kind: staff }\n  - { id: b, name: 'Peeters, Els, Milieu', department: X, kind: staff }\n  - { id: c, name: Chr. Peeters, department: X, kind: staff }\n  - { id: d, name: ir. Sofie Vandermeulen (milieu), department: X, kind: staff }\n  - { id: e, name: 'Vandermeulen, Sofie', department: X, kind: staff }\n  - { id: f, name: Sofie Vandermeulen, department: X, kind: staff }\n";
        let d = TestProject::new().team(Some(t)).rule(name_unclear);
        let subjects: Vec<&str> = d.iter().filter_map(|d| d.subject.as_deref()).collect();
        assert_eq!(subjects, ["a", "b", "c"], "{d:?}");
        assert!(d.iter().all(|d| d.pos.is_some()));
        assert!(TestProject::new().rule(name_unclear).is_empty());
    }

    #[test]
    fn sessions() {
        let s = "- { number: 1, date: 2025-01-01, title: Eerste, status: done }\n- { number: 2, date: 2025-02-01, title: Tweede }\n- { number: 3, date: 2026-02-01, title: Derde }\n";
        let d = TestProject::new().file("content/sessions.yaml", s).rule(session_not_closed);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].subject.as_deref(), Some("2"));
    }

    #[test]
    fn topics() {
        let p = TestProject::new()
            .site_extra("topics:\n  - { id: env, title: Milieu }\n  - { id: soc, title: Sociaal }\n  - { id: gov, title: Bestuur }\n")
            .action("a", "title: A\nstatus: done\ntopics: [env]\n")
            .inventory("- { id: i, title: I, kind: goal, source: other, topics: [soc] }\n");
        let d = p.rule(topic_blind_spot);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].subject.as_deref(), Some("gov"));
    }
}
