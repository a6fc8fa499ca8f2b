//! Raw structs: each file's YAML exactly as written, with spans, before any
//! meaning is checked. Every key of `content-format.md` is here, every field is
//! a [`Field`] (absent, invalid, or present with its span), and the enums list
//! the allowed values, so serde's messages name them. Required keys, dates, ids
//! and references are the validator's business.

use schemars::JsonSchema;
use serde::Deserialize;

pub(crate) use crate::model::{
    AccessibilityStatus, ActionStatus, AssessmentMethod, Audience, ClaimKind, FollowUpWith, InventoryKind, InventorySource, Language,
    Licence, MemberKind, PageAudience, RuleLevel, SessionStatus, Visibility,
};
use crate::yaml::{Field, Sp};

pub(crate) type Text = Field<String>;

/// A Markdown value's facts and (for public text) its blocks' word hashes,
/// made when its file is loaded.
pub(crate) type LoadedFacts = crate::model::MdFacts;
pub(crate) type Ids = Field<Vec<Sp<String>>>;

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["organisation", "trajectory", "sites"]))]
pub(crate) struct RawSite {
    pub organisation: Text,
    pub language: Field<Language>,
    #[schemars(with = "crate::load::shapes::IdText")]
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

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["title", "start"]))]
pub(crate) struct RawTrajectory {
    pub title: Text,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub start: Text,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub end: Text,
    pub phases: Field<Vec<Sp<RawTitled>>>,
}

/// `{ id, title }`: a phase or a topic.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["id", "title"]))]
pub(crate) struct RawTitled {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub title: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["id", "title", "audience"]))]
pub(crate) struct RawChannel {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub title: Text,
    pub audience: Field<Audience>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["intranet", "public"]))]
pub(crate) struct RawSites {
    pub intranet: Field<RawSiteInfo>,
    pub public: Field<RawSiteInfo>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["title", "base_url"]))]
pub(crate) struct RawSiteInfo {
    pub title: Text,
    pub base_url: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RawContact {
    pub name: Text,
    pub email: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RawAccessibility {
    pub status: Field<AccessibilityStatus>,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub assessed: Text,
    pub method: Field<AssessmentMethod>,
    pub exceptions: Field<Vec<Sp<String>>>,
    pub feedback: Text,
    pub enforcement_url: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RawOpenData {
    pub licence: Field<Licence>,
    pub publisher: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RawChecks {
    pub stale_after_days: Field<u32>,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub today: Text,
    pub rules: Field<RuleMap>,
}

/// `checks.rules`: rule id -> level, in file order, each with its span.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleMap(pub Vec<(Sp<String>, Field<RuleLevel>)>);

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

// --- team.yaml

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RawTeam {
    pub mandate: Field<RawMandate>,
    pub members: Field<Vec<Sp<RawMember>>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["body", "date"]))]
pub(crate) struct RawMandate {
    pub body: Text,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub date: Text,
    pub reference: Text,
    pub scope: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["id", "name", "kind", "department"]))]
pub(crate) struct RawMember {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub name: Text,
    pub role: Text,
    pub department: Text,
    pub kind: Field<MemberKind>,
    pub lead: Field<bool>,
    pub core: Field<bool>,
    /// What colleagues call the member (`[Piet]` for Pieter): each a given
    /// name the privacy guard looks for with the surname.
    pub also_known_as: Field<Vec<Sp<String>>>,
}

// --- sessions.yaml (a list)

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["number", "date", "title"]))]
pub(crate) struct RawSession {
    pub number: Field<u32>,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub date: Text,
    pub title: Text,
    #[schemars(with = "crate::load::shapes::IdText")]
    pub phase: Text,
    pub hours: Field<f64>,
    pub status: Field<SessionStatus>,
    pub summary: Text,
}

// --- inventory/*.yaml (lists)

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["id", "title", "kind", "source"]))]
pub(crate) struct RawInventoryItem {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub title: Text,
    pub kind: Field<InventoryKind>,
    pub source: Field<InventorySource>,
    pub department: Text,
    #[schemars(with = "crate::load::shapes::Sdgs")]
    pub sdgs: Field<Vec<Sp<i64>>>,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub topics: Ids,
    pub visibility: Field<Visibility>,
    pub note: Text,
    /// The note's Markdown facts, and for a public item the word hashes of
    /// its blocks, made at load.
    #[serde(skip)]
    #[schemars(skip)]
    pub note_facts: Option<LoadedFacts>,
}

// --- actions/*.md front matter

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["title", "status"]))]
pub(crate) struct RawAction {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub title: Text,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub owners: Ids,
    pub department: Text,
    pub status: Field<ActionStatus>,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub start: Text,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub due: Text,
    #[schemars(with = "crate::load::shapes::Sdgs")]
    pub sdgs: Field<Vec<Sp<i64>>>,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub topics: Ids,
    #[schemars(with = "crate::load::shapes::IdText")]
    pub phase: Text,
    pub visibility: Field<Visibility>,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub builds_on: Ids,
    /// One indicator (the shorthand); the action's `progress` belongs to it.
    pub indicator: Field<RawIndicator>,
    /// Several indicators, each with its own `progress`.
    pub indicators: Field<Vec<Sp<RawIndicator>>>,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub completed: Text,
    /// The progress of the `indicator:` shorthand.
    pub progress: Field<Vec<Sp<RawProgress>>>,
    pub follow_up: Field<Vec<Sp<RawFollowUp>>>,
    pub internal_note: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["name", "target"]))]
pub(crate) struct RawIndicator {
    pub name: Text,
    pub unit: Text,
    pub baseline: Field<f64>,
    pub target: Field<f64>,
    /// Who measures it, from what ("energieboekhouding").
    pub source: Text,
    /// `monthly`, `quarterly`, `yearly` or a whole number of days.
    #[schemars(with = "crate::load::shapes::FrequencyText")]
    pub frequency: Text,
    /// The whole a count is part of.
    pub total: Field<f64>,
    /// Why the figure lags (comply or explain): public with its action.
    pub explanation: Text,
    pub progress: Field<Vec<Sp<RawProgress>>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["date", "value"]))]
pub(crate) struct RawProgress {
    #[schemars(with = "crate::load::shapes::DateText")]
    pub date: Text,
    pub value: Field<f64>,
    pub note: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["date", "with"]))]
pub(crate) struct RawFollowUp {
    #[schemars(with = "crate::load::shapes::DateText")]
    pub date: Text,
    pub with: Field<FollowUpWith>,
}

// --- evaluation/*.yaml

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RawEvaluation {
    pub questions: Field<Vec<Sp<RawQuestion>>>,
    pub quotes: Field<Vec<Sp<RawQuote>>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["id", "text"]))]
pub(crate) struct RawQuestion {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub text: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["question", "text"]))]
pub(crate) struct RawQuote {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub question: Text,
    pub text: Text,
    #[schemars(with = "crate::load::shapes::IdText")]
    pub by: Text,
    pub attribution: Text,
    pub visibility: Field<Visibility>,
}

// --- claims/*.yaml (lists)

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["id", "text", "kind"]))]
pub(crate) struct RawClaim {
    #[schemars(with = "crate::load::shapes::IdText")]
    pub id: Text,
    pub text: Text,
    pub kind: Field<ClaimKind>,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub actions: Ids,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub inventory: Ids,
    #[schemars(with = "crate::load::shapes::IdList")]
    pub channels: Ids,
    pub visibility: Field<Visibility>,
    pub allow: Field<Vec<Sp<RawAllow>>>,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub published: Text,
    pub url: Text,
    #[schemars(with = "crate::load::shapes::DateText")]
    pub withdrawn: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["rule", "reason"]))]
pub(crate) struct RawAllow {
    pub rule: Text,
    pub reason: Text,
}

// --- pages/*.md front matter

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, extend("required" = ["title"]))]
pub(crate) struct RawPage {
    pub title: Text,
    #[schemars(with = "crate::load::shapes::IdText")]
    pub slug: Text,
    pub audience: Field<PageAudience>,
    pub order: Field<i64>,
}

impl RawInventoryItem {
    /// The note's Markdown facts, made at load (in parallel with the other files).
    pub(crate) fn analyse_at_load(&mut self) {
        if let Some(note) = self.note.value().filter(|n| !n.trim().is_empty()) {
            self.note_facts = Some(crate::model::markdown::analyze(note));
        }
    }
}
