//! The rule registry (`checks::registry` is the same module): the single source of rule ids, default severities,
//! whether a rule may be overridden, and the one-line explanation. A rule is
//! a [`RuleId`]: the runner matches on it exhaustively, so a rule without a
//! function, or a finding under a misspelt id, does not compile. Every other
//! place (validation of `checks.rules` and `allow`, the runner, `--explain`,
//! the report page, the JSON Schema) reads this table.

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
    pub rule: RuleId,
    pub id: &'static str,
    pub family: Family,
    /// `None` for `raw-html-removed`, whose severity depends on the item.
    pub default: Option<Severity>,
    /// The privacy rules are always errors.
    pub fixed: bool,
    pub summary: &'static str,
}

/// One line per rule: `Variant = "id", family, severity, "summary";` where
/// the severity is `E` or `W`, `V` (varies by item: `raw-html-removed`,
/// `claim-others-work`; its `rule-ID-severity` text says how) or `F` (always
/// an error, not overridable: the privacy rules).
macro_rules! rules {
    ($($variant:ident = $id:literal, $family:ident, $sev:ident, $summary:literal;)*) => {
        /// Every rule, in registry order (the order of the report and of `--explain`'s list).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $($variant),*
        }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// The id as users write it (`claim-generic-term`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id),*
                }
            }
        }

        pub const RULES: &[RuleInfo] = &[
            $(RuleInfo {
                rule: RuleId::$variant,
                id: $id,
                family: Family::$family,
                default: severity(stringify!($sev)),
                fixed: matches!(stringify!($sev).as_bytes(), b"F"),
                summary: $summary,
            }),*
        ];
    };
}

const fn severity(code: &str) -> Option<Severity> {
    match code.as_bytes() {
        b"E" | b"F" => Some(Severity::Error),
        b"W" => Some(Severity::Warning),
        _ => None,
    }
}

rules! {
    ClaimWithoutAction = "claim-without-action", Claims, E, "a claim that links no action and no inventory item";
    ClaimDroppedAction = "claim-dropped-action", Claims, E, "a claim backed by an action that was dropped";
    ClaimResultNotDone = "claim-result-not-done", Claims, E, "a result claimed for an action that is planned or has no progress yet";
    ClaimResultOnGoal = "claim-result-on-goal", Claims, W, "a result whose only evidence is an intention (an inventory goal)";
    ClaimFutureWithoutPlan = "claim-future-without-plan", Claims, E, "a commitment without an action that has a due date and an indicator with baseline and target";
    ClaimOverdue = "claim-overdue", Claims, E, "a commitment whose actions are all past due and not done";
    ClaimPromisePassed = "claim-promise-passed", Claims, W, "a commitment published in time whose actions have since passed due, not done";
    ClaimEvidenceNotPublic = "claim-evidence-not-public", Claims, E, "a public-facing claim whose evidence no reader can see";
    ClaimChannelVisibility = "claim-channel-visibility", Claims, W, "an internal claim said on an external channel";
    ClaimNeutrality = "claim-neutrality", Claims, E, "a 'climate neutral' result, or one that relies on compensation";
    ClaimGenericTerm = "claim-generic-term", Claims, W, "a vague environmental term that no figure specifies";
    ClaimGenericAsFact = "claim-generic-as-fact", Claims, E, "a vague environmental term said as what a place, service or product is";
    ClaimComparisonUnsupported = "claim-comparison-unsupported", Claims, E, "a comparison or superlative without a stated benchmark";
    ClaimLabelUnverified = "claim-label-unverified", Claims, W, "a label or certificate without a named scheme or authority";
    ClaimUnqualifiedTerm = "claim-unqualified-term", Claims, W, "compostable, recyclable, heat-resilient or natural without the conditions that make it true";
    ClaimVaguePromise = "claim-vague-promise", Claims, W, "a promise without figure or date while its plan has both";
    ClaimNumberUnsupported = "claim-number-unsupported", Claims, E, "a figure that claims more than the indicator shows";
    ClaimConditionOmitted = "claim-condition-omitted", Claims, W, "a promise the plan makes only under a condition, said as decided";
    ClaimNumberRoundedUp = "claim-number-rounded-up", Claims, W, "a figure rounded up past what the indicator shows";
    ClaimPartAsWhole = "claim-part-as-whole", Claims, W, "a result that names no amount while its evidence shows only part of the whole";
    ClaimEstimateAsMeasured = "claim-estimate-as-measured", Claims, W, "a figure the evidence calls an estimate, said as if measured";
    ClaimLegalRequirement = "claim-legal-requirement", Claims, W, "what the law requires, presented as the municipality's own choice";
    ClaimOthersWork = "claim-others-work", Claims, V, "another body's work told as the municipality's own deed";
    ClaimCauseNotShown = "claim-cause-not-shown", Claims, W, "a result credited to a cause while the evidence says it has another too";
    ClaimChangeWithoutBaseline = "claim-change-without-baseline", Claims, W, "a result that states a relative change without saying from when";
    ClaimNumberUntraceable = "claim-number-untraceable", Claims, W, "a figure that no indicator can check";
    ClaimSoonerThanPlan = "claim-sooner-than-plan", Claims, E, "a promise for a year its plan says will not see it: a later due date, or a delay on record";
    ClaimHorizonBeyondPlan = "claim-horizon-beyond-plan", Claims, W, "a promise that runs past the last due date of its plan";
    ClaimKindOutdated = "claim-kind-outdated", Claims, W, "a commitment whose actions are all done: make it a result";
    ClaimProgressStale = "claim-progress-stale", Claims, W, "a result resting on a measurement that is too old";
    ClaimOnTrackUnsupported = "claim-on-track-unsupported", Claims, E, "a claim that the plan is on course while an indicator of its actions is behind";
    ClaimAllowUnused = "claim-allow-unused", Claims, W, "a reviewed exception for a rule that no longer fires";
    ActionWithoutOwner = "action-without-owner", Actions, E, "an open action without a trekker";
    ActionVague = "action-vague", Actions, W, "an open action without a due date or a target";
    ActionWithoutFollowUp = "action-without-follow-up", Actions, W, "an open action without a follow-up moment ahead";
    ActionOverdue = "action-overdue", Actions, W, "an open action past its due date";
    ActionStale = "action-stale", Actions, W, "an action in progress without recent progress";
    IndicatorWithoutSource = "indicator-without-source", Actions, W, "a public action's indicator that does not say who measures it";
    IndicatorBehindUnexplained = "indicator-behind-unexplained", Actions, W, "a public indicator behind its plan without an explanation";
    TeamNoMandate = "team-no-mandate", Team, W, "the core team has no mandate";
    TeamNoLead = "team-no-lead", Team, W, "the core team has no lead";
    TeamSize = "team-size", Team, W, "a core team of fewer than 2 or more than 8 members";
    TeamNoElected = "team-no-elected", Team, W, "a core team without both staff and elected members";
    TeamSingleDepartment = "team-single-department", Team, W, "a core team from a single department";
    SessionNotClosed = "session-not-closed", Team, W, "a past session still marked planned";
    TopicBlindSpot = "topic-blind-spot", Team, W, "a topic with no inventory item and no action";
    PublicPersonalName = "public-personal-name", Privacy, F, "a team member's name in text the public site would show";
    PublicInternalText = "public-internal-text", Privacy, F, "internal text in a field the public site would show";
    TeamNameUnclear = "team-name-unclear", Privacy, W, "a team member's name that the privacy guard cannot split into given name and surname";
    PageClaimTerm = "page-claim-term", Content, W, "a neutrality term or comparison made outside the claims register";
    RawHtmlRemoved = "raw-html-removed", Content, V, "raw HTML in Markdown that the sanitiser removes";
    BodyFrontMatterKey = "body-front-matter-key", Content, V, "a front-matter field pasted into the body, where it is published as text";
    MarkdownImageAlt = "markdown-image-alt", Content, W, "an image without alt text";
    MarkdownHeadingSkip = "markdown-heading-skip", Content, W, "a skipped heading level, or a level-1 heading in a body";
    MarkdownLinkText = "markdown-link-text", Content, W, "a link whose text says nothing ('click here')";
    AssetIntranetOnly = "asset-intranet-only", Content, W, "an asset that no public page links: it stays off the public site";
}

/// The rule a user wrote (in `checks.rules`, an `allow`, `--explain`).
pub fn find(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

impl RuleId {
    pub fn info(self) -> &'static RuleInfo {
        &RULES[self as usize]
    }
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
        assert_eq!(RULES.len(), 56);
    }
}
