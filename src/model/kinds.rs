//! The closed sets of values the content format knows (`visibility`,
//! `status`, `kind`, `language`...): defined here, with the model, and read
//! by the loader straight from YAML (their serde and JSON Schema forms are
//! the format's spelling).

use schemars::JsonSchema;
use serde::Deserialize;

pub(crate) use crate::i18n::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Internal,
    External,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AccessibilityStatus {
    Full,
    Partial,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentMethod {
    SelfAssessment,
    ThirdParty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Licence {
    #[default]
    ModellicentieGratisHergebruik,
    Cc0,
    /// Spelled `cc-by-4.0` as in the content format (kebab-case alone gives `cc-by40`).
    #[serde(rename = "cc-by-4.0")]
    CcBy40,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RuleLevel {
    Error,
    Warning,
    Allow,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MemberKind {
    Staff,
    Elected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SessionStatus {
    #[default]
    Planned,
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InventoryKind {
    Goal,
    Action,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InventorySource {
    MultiyearPlan,
    PolicyStatement,
    VisionNote,
    DepartmentPlan,
    AdvisoryCouncil,
    Website,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    Public,
    #[default]
    Internal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped];

    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpWith {
    Deelgroep,
    Kopgroep,
    College,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Commitment,
    Result,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PageAudience {
    Public,
    #[default]
    Intranet,
    Both,
}
