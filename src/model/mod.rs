//! The validated trajectory: what the checks and the renderer see.
//!
//! Owns the typed model of `content-format.md` with every default applied and
//! every reference resolved. An [`Id`] can only be made through the id check,
//! so `../x` can never become a path. Positions ([`Pos`]) are kept for the
//! diagnostics of later stages. This module holds data only: no I/O, no rules.

mod id;
mod kinds;
pub(crate) mod markdown;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

pub(crate) use id::Id;
pub(crate) use jiff::civil::Date;
pub(crate) use kinds::{
    AccessibilityStatus, ActionStatus, AssessmentMethod, Audience, ClaimKind, FollowUpWith, InventoryKind, InventorySource, Language,
    Licence, MemberKind, PageAudience, RuleLevel, SessionStatus, Visibility,
};
pub(crate) use markdown::{Markdown, MdFacts};

use crate::source::{FileId, Pos, Sources, Span};

/// A file under `content/assets/`, copied as it is.
#[derive(Debug, Clone)]
pub struct AssetFile {
    /// Path below `content/assets/`, with `/`.
    pub path: String,
    pub source: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub sources: Sources,
    pub site: Site,
    pub team: Team,
    pub sessions: Vec<Session>,
    pub inventory: Vec<InventoryItem>,
    pub actions: Vec<Action>,
    pub questions: Vec<Question>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub pages: Vec<Page>,
    pub assets: Vec<AssetFile>,
    pub index: Index,
}

/// Lookups by id: position in the project's vectors.
#[derive(Debug, Default, Clone)]
pub struct Index {
    pub members: HashMap<Id, usize>,
    pub actions: HashMap<Id, usize>,
    pub inventory: HashMap<Id, usize>,
    pub questions: HashMap<Id, usize>,
    pub claims: HashMap<Id, usize>,
    pub pages: HashMap<Id, usize>,
}

impl Project {
    pub fn member(&self, id: &Id) -> Option<&Member> {
        self.index.members.get(id).map(|&i| &self.team.members[i])
    }
    pub fn action(&self, id: &Id) -> Option<&Action> {
        self.index.actions.get(id).map(|&i| &self.actions[i])
    }
    pub fn inventory_item(&self, id: &Id) -> Option<&InventoryItem> {
        self.index.inventory.get(id).map(|&i| &self.inventory[i])
    }
    pub fn question(&self, id: &Id) -> Option<&Question> {
        self.index.questions.get(id).map(|&i| &self.questions[i])
    }
    pub fn claim(&self, id: &Id) -> Option<&Claim> {
        self.index.claims.get(id).map(|&i| &self.claims[i])
    }
    pub fn page(&self, slug: &Id) -> Option<&Page> {
        self.index.pages.get(slug).map(|&i| &self.pages[i])
    }
    pub fn topic(&self, id: &Id) -> Option<&Titled> {
        self.site.topics.iter().find(|t| &t.id == id)
    }
    pub fn channel(&self, id: &Id) -> Option<&Channel> {
        self.site.channels.iter().find(|c| &c.id == id)
    }
    pub fn phase(&self, id: &Id) -> Option<&Titled> {
        self.site.trajectory.phases.iter().find(|p| &p.id == id)
    }
}

#[derive(Debug, Clone)]
pub struct Site {
    pub file: FileId,
    pub organisation: String,
    pub language: Language,
    /// `None`: the embedded default theme.
    pub theme: Option<Id>,
    pub trajectory: Trajectory,
    pub intranet: SiteInfo,
    pub public: SiteInfo,
    /// Empty: any department is accepted.
    pub departments: Vec<String>,
    pub contact: Option<Contact>,
    pub accessibility: Option<Accessibility>,
    pub open_data: OpenData,
    pub topics: Vec<Titled>,
    pub channels: Vec<Channel>,
    pub checks: ChecksConfig,
}

#[derive(Debug, Clone)]
pub struct Trajectory {
    pub title: String,
    pub start: Date,
    pub end: Option<Date>,
    pub phases: Vec<Titled>,
}

/// A phase or a topic. `pos` is `None` for the defaults.
#[derive(Debug, Clone)]
pub struct Titled {
    pub id: Id,
    pub title: String,
    pub pos: Option<Pos>,
}

#[derive(Debug, Clone)]
pub struct Channel {
    pub id: Id,
    pub title: String,
    pub audience: Audience,
    pub pos: Option<Pos>,
}

#[derive(Debug, Clone)]
pub struct SiteInfo {
    pub title: String,
    /// Always ends with `/`.
    pub base_url: String,
}

#[derive(Debug, Clone)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Accessibility {
    pub status: Option<AccessibilityStatus>,
    pub assessed: Option<Date>,
    pub method: Option<AssessmentMethod>,
    pub exceptions: Vec<String>,
    pub feedback: Option<String>,
    pub enforcement_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OpenData {
    pub licence: Licence,
    pub publisher: String,
}

#[derive(Debug, Clone)]
pub struct ChecksConfig {
    pub stale_after_days: u32,
    pub today: Option<Date>,
    /// Severity overrides by rule id (validated against the registry).
    pub rules: BTreeMap<&'static str, RuleLevel>,
}

#[derive(Debug, Default, Clone)]
pub struct Team {
    pub file: Option<FileId>,
    pub mandate: Option<Mandate>,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone)]
pub struct Mandate {
    pub body: String,
    pub date: Date,
    pub reference: Option<String>,
    pub scope: Option<String>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub id: Id,
    pub name: String,
    pub role: Option<String>,
    pub department: String,
    pub kind: MemberKind,
    pub lead: bool,
    pub core: bool,
    /// Short forms of the given name (`Piet` for `Pieter`), from
    /// `also_known_as`: the privacy guard looks for each with the surname.
    pub also_known_as: Vec<String>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub number: u32,
    pub date: Date,
    pub title: String,
    pub phase: Option<Ref>,
    pub hours: Option<f64>,
    pub status: SessionStatus,
    pub summary: Option<Markdown>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct InventoryItem {
    pub id: Id,
    pub title: String,
    pub kind: InventoryKind,
    pub source: InventorySource,
    pub department: Option<String>,
    pub sdgs: Vec<u8>,
    pub topics: Vec<Ref>,
    pub visibility: Visibility,
    /// Boxed: most items have no note, and a `Markdown` is large.
    pub note: Option<Box<Markdown>>,
    pub pos: Pos,
    pub title_pos: TextPos,
}

#[derive(Debug, Clone)]
pub struct Action {
    pub id: Id,
    pub file: FileId,
    pub title: String,
    pub owners: Vec<Ref>,
    pub department: Option<String>,
    pub status: ActionStatus,
    pub start: Option<Date>,
    pub due: Option<Date>,
    pub sdgs: Vec<u8>,
    pub topics: Vec<Ref>,
    pub phase: Option<Ref>,
    pub visibility: Visibility,
    pub builds_on: Vec<Ref>,
    /// What the action measures: `indicators:` in file order, or the one
    /// indicator of the `indicator:` shorthand (with the action's `progress:`).
    pub indicators: Vec<Indicator>,
    pub completed: Option<Date>,
    /// Sorted by date.
    pub follow_up: Vec<FollowUp>,
    pub internal_note: Option<String>,
    pub body: Markdown,
    /// Where findings about the whole item point: its first key (usually `id:`),
    /// as `cli.md` asks ("the item's `id` key, or its first line").
    pub pos: Pos,
    pub title_pos: TextPos,
}

impl Action {
    /// The indicators of this action, in file order.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The first indicator: the one of the `indicator:` shorthand, the one
    /// open data's CSV columns and the list's progress meter show.
    pub fn first_indicator(&self) -> Option<&Indicator> {
        self.indicators.first()
    }

    /// The latest progress entry on or before `today` of any indicator.
    pub fn latest_progress(&self, today: Date) -> Option<&Progress> {
        self.indicators.iter().filter_map(|i| i.latest(today)).max_by_key(|p| p.date)
    }

    pub fn is_open(&self) -> bool {
        matches!(self.status, ActionStatus::Planned | ActionStatus::InProgress)
    }
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub name: String,
    pub unit: Option<String>,
    pub baseline: Option<f64>,
    pub target: f64,
    /// Who measures it, from what ("energieboekhouding", "intercommunale").
    pub source: Option<String>,
    /// How often a new figure comes; `None`: `checks.stale_after_days` applies.
    pub frequency: Option<Frequency>,
    /// The whole a count is part of (the vehicles of the fleet).
    pub total: Option<f64>,
    /// Why the figure lags (comply or explain): shown beside a `behind`
    /// figure; public text when the action is public.
    pub explanation: Option<Explanation>,
    /// Sorted by date (dates are unique).
    pub progress: Vec<Progress>,
    /// The indicator's mapping (`indicator:` or its entry in `indicators:`).
    pub pos: Pos,
}

impl Indicator {
    /// The latest progress entry on or before `today`.
    pub fn latest(&self, today: Date) -> Option<&Progress> {
        self.progress.iter().rev().find(|p| p.date <= today)
    }

    /// The entries on or before `today`, oldest first.
    pub fn progress_until(&self, today: Date) -> &[Progress] {
        let n = self.progress.partition_point(|p| p.date <= today);
        &self.progress[..n]
    }

    /// A count that has reached its `total` (all 9 youth buildings scanned):
    /// complete, so no newer figure is expected and none is stale.
    pub fn reached_its_whole(&self, today: Date) -> bool {
        let growing = self.baseline.is_none_or(|b| self.target >= b);
        match (self.total, self.latest(today)) {
            (Some(total), Some(p)) => growing && p.value >= total,
            _ => false,
        }
    }

    /// The date after which a figure dated `latest` is stale: for an
    /// indicator with a frequency, when the next figure is overdue by more
    /// than its grace period ([`Frequency::grace_days`]); otherwise
    /// `stale_after_days` after it.
    pub fn stale_after(&self, latest: Date, stale_after_days: u32) -> Date {
        match self.frequency {
            Some(f) => f.stale_after(latest),
            None => latest.saturating_add(jiff::Span::new().days(i64::from(stale_after_days))),
        }
    }

    /// When the next figure of this indicator falls due, as of `today`: one
    /// period of its frequency (or `stale_after_days` without one) after the
    /// latest measurement dated today or before, or, with none yet, after
    /// `start`. `None`: nothing measured and no start to count from.
    pub fn next_measurement(&self, start: Option<Date>, today: Date, stale_after_days: u32) -> Option<NextMeasurement> {
        if self.reached_its_whole(today) {
            return None;
        }
        let (after, measured) = match self.latest(today) {
            Some(p) => (p.date, true),
            None => (start?, false),
        };
        let due = match self.frequency {
            Some(f) => f.next_due(after),
            None => after.saturating_add(jiff::Span::new().days(i64::from(stale_after_days))),
        };
        Some(NextMeasurement { after, measured, due, stale_after: self.stale_after(after, stale_after_days) })
    }
}

/// When an indicator's next figure falls due ([`Indicator::next_measurement`]):
/// the one computation the staleness rules (`action-stale`,
/// `claim-progress-stale`) and the owners' pages and calendars share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextMeasurement {
    /// What the next figure follows: the latest measurement, or the start.
    pub after: Date,
    /// Whether `after` is a measurement (`false`: the start, nothing measured since).
    pub measured: bool,
    /// When the next figure is due.
    pub due: Date,
    /// The last day the figure (or start) at `after` is not stale: `due` plus
    /// the frequency's grace period ([`Frequency::grace_days`]), or `due`
    /// itself without a frequency.
    pub stale_after: Date,
}

impl NextMeasurement {
    /// Due before `today` (a figure due today is not late yet).
    pub fn is_overdue(&self, today: Date) -> bool {
        self.due < today
    }

    /// Past its grace period as well: what the staleness rules report.
    pub fn is_stale(&self, today: Date) -> bool {
        today > self.stale_after
    }
}

/// How often an indicator is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Monthly,
    Quarterly,
    Yearly,
    /// Every this many days (at least 1).
    Days(u32),
}

impl Frequency {
    /// Parse `monthly`, `quarterly`, `yearly` or a whole number of days.
    pub fn parse(s: &str) -> Option<Frequency> {
        match s.trim() {
            "monthly" => Some(Frequency::Monthly),
            "quarterly" => Some(Frequency::Quarterly),
            "yearly" => Some(Frequency::Yearly),
            n => n.parse::<u32>().ok().filter(|&d| d >= 1).map(Frequency::Days),
        }
    }

    /// How it is written in the content (and in open data).
    pub fn code(self) -> String {
        match self {
            Frequency::Monthly => "monthly".into(),
            Frequency::Quarterly => "quarterly".into(),
            Frequency::Yearly => "yearly".into(),
            Frequency::Days(n) => n.to_string(),
        }
    }

    /// The date the next figure is due after one dated `latest`.
    pub fn next_due(self, latest: Date) -> Date {
        let span = match self {
            Frequency::Monthly => jiff::Span::new().months(1),
            Frequency::Quarterly => jiff::Span::new().months(3),
            Frequency::Yearly => jiff::Span::new().years(1),
            Frequency::Days(n) => jiff::Span::new().days(i64::from(n)),
        };
        latest.saturating_add(span)
    }

    /// How long a next figure may be late before the latest one is stale: a
    /// figure is compiled after its period ends (the energy accounts of a year
    /// close in spring). Yearly 90 days, quarterly 45, monthly 20, every N
    /// days a quarter of N (at least 1).
    pub fn grace_days(self) -> u32 {
        match self {
            Frequency::Monthly => 20,
            Frequency::Quarterly => 45,
            Frequency::Yearly => 90,
            Frequency::Days(n) => n.div_ceil(4).max(1),
        }
    }

    /// The last day a figure dated `latest` is not stale: the next one's due
    /// date plus the grace period.
    pub fn stale_after(self, latest: Date) -> Date {
        self.next_due(latest).saturating_add(jiff::Span::new().days(i64::from(self.grace_days())))
    }
}

/// An indicator's `explanation`, with where it stands in the file.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub text: String,
    pub pos: TextPos,
}

#[derive(Debug, Clone)]
pub struct Progress {
    pub date: Date,
    pub value: f64,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FollowUp {
    pub date: Date,
    pub with: FollowUpWith,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: Id,
    pub text: String,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Quote {
    pub question: Ref,
    pub text: String,
    pub by: Option<Ref>,
    pub attribution: Option<String>,
    pub visibility: Visibility,
    pub pos: Pos,
    pub text_pos: TextPos,
}

#[derive(Debug, Clone)]
pub struct Claim {
    pub id: Id,
    pub text: String,
    pub text_pos: TextPos,
    pub kind: ClaimKind,
    pub actions: Vec<Ref>,
    pub inventory: Vec<Ref>,
    pub channels: Vec<Ref>,
    pub visibility: Visibility,
    pub allow: Vec<Allow>,
    pub published: Option<Date>,
    pub url: Option<String>,
    pub withdrawn: Option<Date>,
    pub pos: Pos,
}

impl Claim {
    pub fn is_withdrawn(&self, today: Date) -> bool {
        self.withdrawn.is_some_and(|w| w <= today)
    }
}

#[derive(Debug, Clone)]
pub struct Allow {
    pub rule: &'static str,
    pub reason: String,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub slug: Id,
    pub file: FileId,
    pub title: String,
    pub audience: PageAudience,
    pub order: Option<i64>,
    pub body: Markdown,
    pub pos: Pos,
}

impl Page {
    pub fn on_public(&self) -> bool {
        matches!(self.audience, PageAudience::Public | PageAudience::Both)
    }
    pub fn on_intranet(&self) -> bool {
        matches!(self.audience, PageAudience::Intranet | PageAudience::Both)
    }
}

/// A reference to another item by id, with the position the parser gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref {
    pub id: Id,
    pub pos: Pos,
}

impl std::ops::Deref for Ref {
    type Target = Id;
    fn deref(&self) -> &Id {
        &self.id
    }
}

/// Where a text value starts, to point at a word inside it. `exact` is true
/// when the value's characters stand in the file byte for byte (a plain or
/// simply quoted one-line scalar); otherwise every offset maps to the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPos {
    pub file: FileId,
    pub start: usize,
    pub exact: bool,
}

impl TextPos {
    /// The position of bytes `range` of the value.
    pub fn at(&self, range: std::ops::Range<usize>) -> Pos {
        if self.exact {
            Pos { file: self.file, span: Span::new(self.start + range.start, self.start + range.end) }
        } else {
            Pos { file: self.file, span: Span::new(self.start, self.start) }
        }
    }
}

pub(crate) const DEFAULT_TOPICS: &[(&str, &str)] = &[
    ("governance", "Behoorlijk bestuur"),
    ("society", "De maatschappij ondersteunen"),
    ("fair-business", "Eerlijk zaken doen"),
    ("employer", "Goede werkgever"),
    ("human-rights", "Rechten voor mensen"),
    ("environment", "Zorg voor het milieu"),
];

pub(crate) const DEFAULT_PHASES: &[(&str, &str)] = &[
    ("kopgroep", "De kopgroep"),
    ("lokale-foto", "De lokale foto"),
    ("mvo-scan", "De MVO-scan"),
    ("actieplan", "Het actieplan"),
    ("opvolging", "Opvolging"),
    ("evaluatie", "Evaluatie"),
];

pub(crate) const DEFAULT_CHANNELS: &[(&str, &str, Audience)] = &[
    ("personeelsblad", "Personeelsblad", Audience::Internal),
    ("nieuwsbrief", "Interne nieuwsbrief", Audience::Internal),
    ("gedragscode", "Gedragscode", Audience::Internal),
    ("intranet", "Intranet", Audience::Internal),
    ("personeelsbijeenkomst", "Personeelsbijeenkomst", Audience::Internal),
    ("ideeenbus", "Ideeënbus", Audience::Internal),
    ("website", "Website", Audience::External),
    ("informatieblad", "Informatieblad", Audience::External),
    ("publieksruimte", "Publieksruimte", Audience::External),
    ("pers", "Pers", Audience::External),
    ("vacatures", "Vacatures", Audience::External),
    ("sociale-media", "Sociale media", Audience::External),
];

/// Reserved page slugs: the sites use these paths themselves.
pub(crate) const RESERVED_SLUGS: &[&str] = &[
    "actions",
    "inventory",
    "sdg",
    "topics",
    "claims",
    "evaluation",
    "team",
    "sessions",
    "checks",
    "data",
    "assets",
    "404",
    "sitemap",
    "report",
    "accessibility",
    "search",
    "calendar",
    "static",
    "atom",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn frequencies_parse() {
        assert_eq!(Frequency::parse("yearly"), Some(Frequency::Yearly));
        assert_eq!(Frequency::parse("quarterly"), Some(Frequency::Quarterly));
        assert_eq!(Frequency::parse("monthly"), Some(Frequency::Monthly));
        assert_eq!(Frequency::parse("30"), Some(Frequency::Days(30)));
        assert_eq!(Frequency::parse("0"), None);
        assert_eq!(Frequency::parse("-7"), None);
        assert_eq!(Frequency::parse("weekly"), None);
        assert_eq!(Frequency::Days(30).code(), "30");
    }

    #[test]
    fn a_yearly_figure_is_stale_only_when_the_next_one_is_overdue() {
        let y = Frequency::Yearly;
        // Dated 31 December: the next is due a year later, with 90 days of grace.
        assert_eq!(y.next_due(d("2024-12-31")), d("2025-12-31"));
        assert_eq!(y.stale_after(d("2024-12-31")), d("2026-03-31"));
        assert!(d("2025-06-01") <= y.stale_after(d("2024-12-31")), "not stale on 1 June of the next year");
        assert!(d("2026-04-01") > y.stale_after(d("2024-12-31")), "stale once the next figure is 90 days late");
    }

    #[test]
    fn quarterly_monthly_and_days_have_their_own_grace() {
        assert_eq!(Frequency::Quarterly.stale_after(d("2025-03-31")), d("2025-08-14"));
        // A month after 31 January is the end of February.
        assert_eq!(Frequency::Monthly.next_due(d("2025-01-31")), d("2025-02-28"));
        assert_eq!(Frequency::Monthly.stale_after(d("2025-01-31")), d("2025-03-20"));
        assert_eq!(Frequency::Days(30).grace_days(), 8);
        assert_eq!(Frequency::Days(1).grace_days(), 1);
        assert_eq!(Frequency::Days(30).stale_after(d("2025-01-01")), d("2025-02-08"));
    }

    #[test]
    fn without_a_frequency_stale_after_days_applies() {
        let ind = Indicator {
            name: "x".into(),
            unit: None,
            baseline: None,
            target: 1.0,
            source: None,
            frequency: None,
            total: None,
            explanation: None,
            progress: Vec::new(),
            pos: Pos { file: FileId(0), span: Span::new(0, 0) },
        };
        assert_eq!(ind.stale_after(d("2025-01-01"), 180), d("2025-06-30"));
        let yearly = Indicator { frequency: Some(Frequency::Yearly), ..ind };
        assert_eq!(yearly.stale_after(d("2025-01-01"), 180), d("2026-04-01"));
    }

    /// An indicator measured `frequency` (a code as in the content) on `dates`.
    fn measured(frequency: Option<&str>, dates: &[&str]) -> Indicator {
        Indicator {
            name: "x".into(),
            unit: None,
            baseline: Some(0.0),
            target: 10.0,
            source: None,
            frequency: frequency.map(|f| Frequency::parse(f).expect("a frequency")),
            total: None,
            explanation: None,
            progress: dates.iter().map(|s| Progress { date: d(s), value: 1.0, note: None }).collect(),
            pos: Pos { file: FileId(0), span: Span::new(0, 0) },
        }
    }

    fn due(ind: &Indicator, start: Option<&str>, today: &str) -> Option<Date> {
        ind.next_measurement(start.map(d), d(today), 180).map(|n| n.due)
    }

    #[test]
    fn the_next_measurement_falls_due_one_period_after_the_latest() {
        let today = "2025-06-01";
        assert_eq!(due(&measured(Some("monthly"), &["2025-04-30"]), None, today), Some(d("2025-05-30")));
        assert_eq!(due(&measured(Some("quarterly"), &["2025-03-31"]), None, today), Some(d("2025-06-30")));
        assert_eq!(due(&measured(Some("yearly"), &["2023-12-31", "2024-12-31"]), None, today), Some(d("2025-12-31")));
        assert_eq!(due(&measured(Some("30"), &["2025-05-15"]), None, today), Some(d("2025-06-14")));
        // Without a frequency, `checks.stale_after_days` is the period.
        assert_eq!(due(&measured(None, &["2025-03-31"]), None, today), Some(d("2025-09-27")));
        // A measurement dated after today does not count yet.
        assert_eq!(due(&measured(Some("monthly"), &["2025-04-30", "2025-06-30"]), None, today), Some(d("2025-05-30")));
    }

    #[test]
    fn with_no_measurement_yet_the_first_is_due_one_period_after_the_start() {
        let none = measured(Some("quarterly"), &[]);
        let n = none.next_measurement(Some(d("2025-01-15")), d("2025-06-01"), 180).expect("due from the start");
        assert_eq!((n.after, n.measured, n.due), (d("2025-01-15"), false, d("2025-04-15")));
        // No measurement and no start: nothing to count from.
        assert_eq!(due(&none, None, "2025-06-01"), None);
        // A measurement wins over the start.
        let n = measured(Some("quarterly"), &["2025-03-31"]).next_measurement(Some(d("2025-01-15")), d("2025-06-01"), 180);
        assert_eq!(n.map(|n| (n.measured, n.due)), Some((true, d("2025-06-30"))));
    }

    #[test]
    fn overdue_the_day_after_it_was_due_stale_after_the_grace() {
        let monthly = measured(Some("monthly"), &["2025-04-30"]);
        let n = monthly.next_measurement(None, d("2025-06-01"), 180).expect("measured");
        assert_eq!(n.due, d("2025-05-30"));
        assert!(!n.is_overdue(d("2025-05-30")), "due today is not late");
        assert!(n.is_overdue(d("2025-05-31")) && n.is_overdue(d("2025-06-01")));
        // Overdue is not stale yet: monthly figures have 20 days of grace.
        assert_eq!(n.stale_after, d("2025-06-19"));
        assert!(!n.is_stale(d("2025-06-19")) && n.is_stale(d("2025-06-20")));
        // The staleness the rules use is the same as `stale_after`.
        assert_eq!(n.stale_after, monthly.stale_after(n.after, 180));
    }
}
