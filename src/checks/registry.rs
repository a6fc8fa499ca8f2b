//! The rule registry: the single source of rule ids, default severities,
//! whether a rule may be overridden, and the one-line explanation. Every other
//! place (validation of `checks.rules` and `allow`, the runner, `--explain`,
//! the report page) reads this table.

use crate::diag::Severity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Claims,
    Actions,
    Team,
    Content,
    Privacy,
}

#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    pub id: &'static str,
    pub family: Family,
    /// `None` for `raw-html-removed`, whose severity depends on the item.
    pub default: Option<Severity>,
    /// The privacy rules are always errors.
    pub fixed: bool,
    pub summary: &'static str,
}

const fn rule(id: &'static str, family: Family, default: Severity, summary: &'static str) -> RuleInfo {
    RuleInfo { id, family, default: Some(default), fixed: false, summary }
}

use Family::*;
use Severity::{Error as E, Warning as W};

pub const RULES: &[RuleInfo] = &[
    rule("claim-without-action", Claims, E, "a claim that links no action and no inventory item"),
    rule("claim-dropped-action", Claims, E, "a claim backed by an action that was dropped"),
    rule("claim-result-not-done", Claims, E, "a result claimed for an action that is planned or has no progress yet"),
    rule("claim-result-on-goal", Claims, W, "a result whose only evidence is an intention (an inventory goal)"),
    rule(
        "claim-future-without-plan",
        Claims,
        E,
        "a commitment without an action that has a due date and an indicator with baseline and target",
    ),
    rule("claim-overdue", Claims, E, "a commitment whose actions are all past due and not done"),
    rule("claim-evidence-not-public", Claims, E, "a public-facing claim whose evidence no reader can see"),
    rule("claim-channel-visibility", Claims, W, "an internal claim said on an external channel"),
    rule("claim-neutrality", Claims, E, "a 'climate neutral' result, or one that relies on compensation"),
    rule("claim-generic-term", Claims, W, "a vague environmental term that no figure specifies"),
    rule("claim-comparison-unsupported", Claims, E, "a comparison or superlative without a stated benchmark"),
    rule("claim-label-unverified", Claims, W, "a label or certificate without a named scheme or authority"),
    rule(
        "claim-unqualified-term",
        Claims,
        W,
        "compostable, recyclable, heat-resilient or natural without the conditions that make it true",
    ),
    rule("claim-vague-promise", Claims, W, "a promise without figure or date while its plan has both"),
    rule("claim-number-unsupported", Claims, E, "a figure that claims more than the indicator shows"),
    rule("claim-change-without-baseline", Claims, W, "a result that states a relative change without saying from when"),
    rule("claim-number-untraceable", Claims, W, "a figure that no indicator can check"),
    rule("claim-horizon-beyond-plan", Claims, W, "a promise that runs past the last due date of its plan"),
    rule("claim-kind-outdated", Claims, W, "a commitment whose actions are all done: make it a result"),
    rule("claim-progress-stale", Claims, W, "a result resting on a measurement that is too old"),
    rule("claim-allow-unused", Claims, W, "a reviewed exception for a rule that no longer fires"),
    rule("action-without-owner", Actions, E, "an open action without a trekker"),
    rule("action-vague", Actions, W, "an open action without a due date or a target"),
    rule("action-without-follow-up", Actions, W, "an open action without a follow-up moment ahead"),
    rule("action-overdue", Actions, W, "an open action past its due date"),
    rule("action-stale", Actions, W, "an action in progress without recent progress"),
    rule("indicator-without-source", Actions, W, "a public action's indicator that does not say who measures it"),
    rule("team-no-mandate", Team, W, "the core team has no mandate"),
    rule("team-no-lead", Team, W, "the core team has no lead"),
    rule("team-size", Team, W, "a core team of fewer than 2 or more than 8 members"),
    rule("team-no-elected", Team, W, "a core team without both staff and elected members"),
    rule("team-single-department", Team, W, "a core team from a single department"),
    rule("session-not-closed", Team, W, "a past session still marked planned"),
    rule("topic-blind-spot", Team, W, "a topic with no inventory item and no action"),
    RuleInfo {
        id: "public-personal-name",
        family: Privacy,
        default: Some(E),
        fixed: true,
        summary: "a team member's name in text the public site would show",
    },
    RuleInfo {
        id: "public-internal-text",
        family: Privacy,
        default: Some(E),
        fixed: true,
        summary: "internal text in a field the public site would show",
    },
    rule("page-claim-term", Content, W, "a neutrality term or comparison made outside the claims register"),
    RuleInfo {
        id: "raw-html-removed",
        family: Content,
        default: None,
        fixed: false,
        summary: "raw HTML in Markdown that the sanitiser removes",
    },
    rule("markdown-image-alt", Content, W, "an image without alt text"),
    rule("markdown-heading-skip", Content, W, "a skipped heading level, or a level-1 heading in a body"),
    rule("markdown-link-text", Content, W, "a link whose text says nothing ('click here')"),
];

pub fn find(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

pub fn ids() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<_> = ids().collect();
        assert!(ids.iter().all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        assert_eq!(RULES.len(), 41);
    }
}
