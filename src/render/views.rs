//! What templates see. Public views are their own types with no field for a
//! person's name, a follow-up list or an internal note, so a leak to the public
//! site is a type error, not a test failure.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Nav {
    pub key: &'static str,
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProgressView {
    pub date: String,
    pub value: String,
    pub note: Option<String>,
}

/// A computed progress status ([`crate::progress`]) as the pages show it:
/// its key (CSS class, open data), its label and its symbol (shown beside
/// the label, hidden from screen readers: never the symbol or a colour alone).
#[derive(Debug, Clone, Copy, Serialize)]
pub(crate) struct StatusView {
    pub key: &'static str,
    pub label: &'static str,
    pub symbol: &'static str,
}

/// How many actions have a progress status.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StatusCount {
    #[serde(flatten)]
    pub status: StatusView,
    pub count: usize,
}

/// An indicator's figures, without its chart (the report pages list many).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct IndicatorSummary {
    pub name: String,
    pub unit: Option<String>,
    pub baseline: Option<String>,
    pub target: String,
    pub latest: Option<ProgressView>,
    pub percent: Option<u8>,
    /// Who measures it, from what: shown next to its figures.
    pub source: Option<String>,
    /// Its computed status as of today.
    pub progress_status: StatusView,
    /// Why it lags (comply or explain), shown beside the figures.
    pub explanation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct IndicatorView {
    #[serde(flatten)]
    pub summary: IndicatorSummary,
    /// Trusted SVG built from numbers and escaped text.
    pub svg: String,
    /// Its measurements (on the public site, those dated today or before).
    pub progress: Vec<ProgressView>,
    /// The id of its heading: `ind-h` for the first, `ind-h-2` for the second...
    pub anchor: String,
}

/// An action in the intranet's lists.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ActionRow {
    pub id: String,
    pub title: String,
    pub url: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub department: Option<String>,
    pub owners: Vec<String>,
    pub sdgs: Vec<u8>,
    pub topics: Vec<Link>,
    pub due: Option<String>,
    pub next_follow_up: Option<String>,
    pub percent: Option<u8>,
    /// The worst status of its indicators with data ([`crate::progress::action_status`]).
    pub progress_status: StatusView,
    pub public: bool,
    /// The filter keys of the action list (`status-done sdg-7 owner-els ...`).
    pub filter: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FollowUpView {
    pub date: String,
    pub with: &'static str,
    pub past: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ActionPage {
    #[serde(flatten)]
    pub row: ActionRow,
    pub body_html: String,
    pub start: Option<String>,
    pub completed: Option<String>,
    pub phase: Option<String>,
    /// Each indicator with its chart and its measurements.
    pub indicators: Vec<IndicatorView>,
    pub follow_ups: Vec<FollowUpView>,
    /// The owners, each linked to their page (`row.owners` has their names).
    pub owner_links: Vec<Link>,
    pub internal_note_html: Option<String>,
    pub builds_on: Vec<Link>,
    pub claims: Vec<Link>,
}

/// An action on the public site: department instead of owners, only the
/// next follow-up date, no internal note.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PublicActionRow {
    pub id: String,
    pub title: String,
    pub url: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub department: Option<String>,
    pub sdgs: Vec<u8>,
    pub topics: Vec<Link>,
    pub due: Option<String>,
    pub next_follow_up: Option<String>,
    pub percent: Option<u8>,
    /// The worst status of its indicators with data ([`crate::progress::action_status`]).
    pub progress_status: StatusView,
    /// The filter keys of the action list: status, department, SDGs, topics (never owners).
    pub filter: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PublicActionPage {
    #[serde(flatten)]
    pub row: PublicActionRow,
    pub body_html: String,
    pub start: Option<String>,
    pub completed: Option<String>,
    /// Each indicator with its chart and its measurements dated today or before.
    pub indicators: Vec<IndicatorView>,
    pub builds_on: Vec<Link>,
}

/// An inventory item (no names or internal fields exist on it).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct InventoryView {
    pub id: String,
    pub title: String,
    pub kind: &'static str,
    pub source: String,
    pub department: Option<String>,
    pub sdgs: Vec<u8>,
    pub topics: Vec<Link>,
    pub public: bool,
    pub note_html: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Group<T> {
    pub key: String,
    pub label: String,
    pub url: Option<String>,
    pub items: Vec<T>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct MatrixRow {
    pub sdg: u8,
    pub url: String,
    pub cells: Vec<u32>,
    pub total: u32,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Matrix {
    pub topics: Vec<Link>,
    pub rows: Vec<MatrixRow>,
    /// Per topic: the sum of its column.
    pub col_totals: Vec<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Count {
    pub key: String,
    pub label: String,
    pub url: Option<String>,
    pub count: usize,
}

/// A claim on the intranet's communication plan.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ClaimView {
    pub id: String,
    pub text: String,
    pub kind: &'static str,
    pub public: bool,
    pub published: Option<String>,
    pub withdrawn: Option<String>,
    pub url: Option<String>,
    pub evidence: Vec<Evidence>,
    pub allow: Vec<AllowView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AllowView {
    pub rule: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Evidence {
    pub title: String,
    pub url: String,
    pub status_label: &'static str,
    pub percent: Option<u8>,
    /// An action's progress status (none for an inventory item).
    pub progress_status: Option<StatusView>,
}

/// A claim on the public site: no allow reasons.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PublicClaim {
    pub id: String,
    pub text: String,
    pub kind: &'static str,
    pub channels: Vec<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FindingView {
    pub rule: String,
    /// The rule's page on the intranet (none for a content-error kind).
    pub rule_url: Option<String>,
    pub severity: &'static str,
    /// The message as HTML (escaped; quoted keys and values as `<code>`).
    pub message: String,
    /// What to do about it, as HTML like `message`.
    pub help: Option<String>,
    pub location: Option<String>,
    pub subject: Option<String>,
    pub url: Option<String>,
    /// For a finding about a claim: its text with the term marked, and what
    /// its evidence shows, so the officer need not open the YAML.
    pub claim: Option<ClaimContext>,
}

/// A claim as the check report shows it beside a finding.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ClaimContext {
    /// The claim's text before, at and after the term the finding is about
    /// (`mark` empty when the finding concerns the whole claim).
    pub before: String,
    pub mark: String,
    pub after: String,
    pub evidence: Vec<EvidenceView>,
}

/// One linked action or inventory item, with its status and latest measurement.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EvidenceView {
    pub title: String,
    pub url: String,
    pub status: String,
    /// "12 kWh (2025-06-30)" per indicator, the latest measurement up to today.
    pub measurements: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct QuoteView {
    pub text: String,
    /// Intranet: the member's name or the attribution. Public: the attribution or a neutral label.
    pub by: String,
    pub public: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct QuestionView {
    pub id: String,
    pub text: String,
    pub quotes: Vec<QuoteView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct MemberView {
    pub name: String,
    pub role: Option<String>,
    pub department: String,
    pub kind: &'static str,
    pub lead: bool,
    pub core: bool,
    pub actions: Vec<Link>,
    /// Their page: what they must update (`team/MEMBER-ID/`).
    pub url: String,
}

/// An indicator's next measurement on an owner's page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct MeasurementDue {
    pub action: Link,
    pub indicator: String,
    pub unit: Option<String>,
    /// How often it is measured, in words.
    pub frequency: String,
    /// The latest measurement dated today or before.
    pub latest: Option<ProgressView>,
    pub due: String,
    /// Due before today.
    pub overdue: bool,
    /// Days past `due` (overdue) or until it.
    pub days: u32,
    pub progress_status: StatusView,
}

/// A follow-up moment of an action on an owner's page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FollowUpDue {
    pub date: String,
    pub action: Link,
    pub with: &'static str,
    /// Days since it (past) or until it.
    pub days: u32,
}

/// An owner's page (intranet only): what they must update.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OwnerPage {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub department: String,
    /// Their calendar feed, site-relative.
    pub calendar: String,
    /// Their open actions.
    pub actions: Vec<Link>,
    /// The next measurements, by due date: overdue, due within `soon_weeks`, later.
    pub overdue: Vec<MeasurementDue>,
    pub soon: Vec<MeasurementDue>,
    pub later: Vec<MeasurementDue>,
    pub soon_weeks: u32,
    /// Per open action whose follow-ups are all past: the last of them.
    pub missed: Vec<FollowUpDue>,
    /// Per open action: its next follow-up.
    pub next: Vec<FollowUpDue>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SessionView {
    pub number: u32,
    pub date: String,
    pub title: String,
    pub phase: Option<String>,
    pub hours: Option<String>,
    pub done: bool,
    pub summary_html: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct CalendarEntry {
    pub date: String,
    pub action: Link,
    pub with: &'static str,
    pub past: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SdgView {
    pub n: u8,
    pub url: String,
    pub count: usize,
    /// Its actions by progress status.
    pub progress: Vec<StatusCount>,
}

/// A topic on the topics overview: its count and its actions by progress status.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TopicCard {
    #[serde(flatten)]
    pub count: Count,
    pub progress: Vec<StatusCount>,
}

/// A department's actions by progress status (the reports' overview).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DepartmentProgress {
    pub label: String,
    pub total: usize,
    pub progress: Vec<StatusCount>,
}

/// An action in a printable report: its row and its indicators' figures.
/// `T` is `ActionRow` on the intranet, `PublicActionRow` on the public site.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ReportRow<T> {
    #[serde(flatten)]
    pub row: T,
    pub indicators: Vec<IndicatorSummary>,
}

/// The accessibility statement (EU model) of the public site, from `site.yaml`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct AccessibilityStatement {
    /// `full`, `partial`, `none`, or empty when `status` is not given.
    pub status: &'static str,
    pub assessed: Option<String>,
    /// `self-assessment`, `third-party`, or empty.
    pub method: &'static str,
    pub exceptions: Vec<String>,
    pub feedback: Option<String>,
    pub enforcement_url: Option<String>,
}

/// The Markdown accessibility findings of one page or item, for the check report.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageFindings {
    pub title: String,
    pub url: Option<String>,
    pub findings: Vec<FindingView>,
}

/// Per SDG: how many actions and inventory items hang on it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SdgCoverage {
    pub n: u8,
    pub url: String,
    pub actions: usize,
    pub inventory: usize,
}
