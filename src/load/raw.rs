//! Raw structs: each file's YAML exactly as written, with spans, before any
//! meaning is checked. Every key of `content-format.md` is here, every field is
//! a [`Field`] (absent, invalid, or present with its span), and the enums list
//! the allowed values, so serde's messages name them. Required keys, dates, ids
//! and references are the validator's business.

use serde::Deserialize;

use crate::yaml::{Field, Sp};

pub type Text = Field<String>;
pub type Ids = Field<Vec<Sp<String>>>;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSite {
    pub organisation: Text,
    pub language: Field<Language>,
    pub theme: Text,
    pub trajectory: Field<RawTrajectory>,
    pub sites: Field<RawSites>,
    pub departments: Field<Vec<Sp<String>>>,
    pub contact: Field<RawContact>,
    pub accessibility: Field<RawAccessibility>,
    pub open_data: Field<RawOpenData>,
    pub topics: Field<Vec<Sp<RawTitled>>>,
    pub channels: Field<Vec<Sp<RawChannel>>>,
    pub checks: Field<RawChecks>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    #[default]
    Nl,
    Fr,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::En => "en",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawTrajectory {
    pub title: Text,
    pub start: Text,
    pub end: Text,
    pub phases: Field<Vec<Sp<RawTitled>>>,
}

/// `{ id, title }`: a phase or a topic.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawTitled {
    pub id: Text,
    pub title: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawChannel {
    pub id: Text,
    pub title: Text,
    pub audience: Field<Audience>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Internal,
    External,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSites {
    pub intranet: Field<RawSiteInfo>,
    pub public: Field<RawSiteInfo>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSiteInfo {
    pub title: Text,
    pub base_url: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawContact {
    pub name: Text,
    pub email: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawAccessibility {
    pub status: Field<AccessibilityStatus>,
    pub assessed: Text,
    pub method: Field<AssessmentMethod>,
    pub exceptions: Field<Vec<Sp<String>>>,
    pub feedback: Text,
    pub enforcement_url: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessibilityStatus {
    Full,
    Partial,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentMethod {
    SelfAssessment,
    ThirdParty,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawOpenData {
    pub licence: Field<Licence>,
    pub publisher: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Licence {
    #[default]
    ModellicentieGratisHergebruik,
    Cc0,
    CcBy40,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawChecks {
    pub stale_after_days: Field<u32>,
    pub today: Text,
    pub rules: Field<RuleMap>,
}

/// `checks.rules`: rule id -> level, in file order, each with its span.
#[derive(Debug, Clone, Default)]
pub struct RuleMap(pub Vec<(Sp<String>, Field<RuleLevel>)>);

impl<'de> Deserialize<'de> for RuleMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RuleMap;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping of rule ids to error, warning or allow")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<RuleMap, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = a.next_key::<Sp<String>>()? {
                    out.push((key, a.next_value()?));
                }
                Ok(RuleMap(out))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleLevel {
    Error,
    Warning,
    Allow,
}

// --- team.yaml

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawTeam {
    pub mandate: Field<RawMandate>,
    pub members: Field<Vec<Sp<RawMember>>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawMandate {
    pub body: Text,
    pub date: Text,
    pub reference: Text,
    pub scope: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawMember {
    pub id: Text,
    pub name: Text,
    pub role: Text,
    pub department: Text,
    pub kind: Field<MemberKind>,
    pub lead: Field<bool>,
    pub core: Field<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MemberKind {
    Staff,
    Elected,
}

// --- sessions.yaml (a list)

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSession {
    pub number: Field<u32>,
    pub date: Text,
    pub title: Text,
    pub phase: Text,
    pub hours: Field<f64>,
    pub status: Field<SessionStatus>,
    pub summary: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionStatus {
    #[default]
    Planned,
    Done,
}

// --- inventory/*.yaml (lists)

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawInventoryItem {
    pub id: Text,
    pub title: Text,
    pub kind: Field<InventoryKind>,
    pub source: Field<InventorySource>,
    pub department: Text,
    pub sdgs: Field<Vec<Sp<i64>>>,
    pub topics: Ids,
    pub visibility: Field<Visibility>,
    pub note: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InventoryKind {
    Goal,
    Action,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    Public,
    #[default]
    Internal,
}

// --- actions/*.md front matter

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawAction {
    pub id: Text,
    pub title: Text,
    pub owners: Ids,
    pub department: Text,
    pub status: Field<ActionStatus>,
    pub start: Text,
    pub due: Text,
    pub sdgs: Field<Vec<Sp<i64>>>,
    pub topics: Ids,
    pub phase: Text,
    pub visibility: Field<Visibility>,
    pub builds_on: Ids,
    pub indicator: Field<RawIndicator>,
    pub completed: Text,
    pub progress: Field<Vec<Sp<RawProgress>>>,
    pub follow_up: Field<Vec<Sp<RawFollowUp>>>,
    pub internal_note: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
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

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawIndicator {
    pub name: Text,
    pub unit: Text,
    pub baseline: Field<f64>,
    pub target: Field<f64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawProgress {
    pub date: Text,
    pub value: Field<f64>,
    pub note: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawFollowUp {
    pub date: Text,
    pub with: Field<FollowUpWith>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpWith {
    Deelgroep,
    Kopgroep,
    College,
    Other,
}

// --- evaluation/*.yaml

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawEvaluation {
    pub questions: Field<Vec<Sp<RawQuestion>>>,
    pub quotes: Field<Vec<Sp<RawQuote>>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawQuestion {
    pub id: Text,
    pub text: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawQuote {
    pub question: Text,
    pub text: Text,
    pub by: Text,
    pub attribution: Text,
    pub visibility: Field<Visibility>,
}

// --- claims/*.yaml (lists)

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawClaim {
    pub id: Text,
    pub text: Text,
    pub kind: Field<ClaimKind>,
    pub actions: Ids,
    pub inventory: Ids,
    pub channels: Ids,
    pub visibility: Field<Visibility>,
    pub allow: Field<Vec<Sp<RawAllow>>>,
    pub published: Text,
    pub url: Text,
    pub withdrawn: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Commitment,
    Result,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawAllow {
    pub rule: Text,
    pub reason: Text,
}

// --- pages/*.md front matter

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawPage {
    pub title: Text,
    pub slug: Text,
    pub audience: Field<PageAudience>,
    pub order: Field<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageAudience {
    Public,
    #[default]
    Intranet,
    Both,
}
