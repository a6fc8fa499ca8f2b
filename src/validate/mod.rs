//! Validate: turn the Raw structs into the [`Project`] model.
//!
//! Owns the meaning of every key: required keys, ids, dates, SDGs, defaults,
//! duplicates (naming both files) and every reference between items. All
//! problems are collected; a problem in one item never hides those in another.
//! It must not read files (that was `load`) nor judge claims (that is `checks`).
//!
//! This file owns the run ([`validate`]: each kind in order, its index made as
//! soon as its items are), the shared state `V` and what it knows so far,
//! and the small parsers (`parse_date`). The work is split by job, each file
//! adding methods to `V`:
//! - `fields`: reading one field (required keys, ids, dates, SDGs, numbers, URLs);
//! - `site`: `site.yaml`, `team.yaml` and `sessions.yaml`;
//! - `actions`: inventory items and actions, with indicators and progress;
//! - `content`: evaluation questions and quotes, claims, and pages;
//! - `references`: duplicates, references and item links, Markdown shape.

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::i18n::{Msg, msg};
use crate::load::Loaded;
use crate::model::*;
use crate::source::{FileId, Pos, Sources, Span};

mod actions;
mod content;
mod fields;
mod references;
mod site;

/// The validated project (when `site.yaml` could be read) and every diagnostic.
pub(crate) struct Validated {
    pub project: Option<Project>,
    pub diags: Vec<Diagnostic>,
}

pub(crate) fn validate(loaded: Loaded) -> Validated {
    let Loaded {
        root,
        sources,
        site,
        team,
        sessions,
        inventory,
        actions,
        evaluations,
        claims,
        pages,
        assets,
        diags,
        failed_kinds,
        failed_stems,
    } = loaded;
    let mut v = V {
        sources: &sources,
        diags,
        language: Language::Nl,
        broken: failed_stems.into_iter().collect(),
        failed_kinds,
        subject: None,
        refs: Vec::new(),
        links: Vec::new(),
        known: Known::default(),
    };
    let Some((site_file, raw_site)) = site else {
        return Validated { project: None, diags: v.diags };
    };
    let site = v.site(site_file, *raw_site, &root);
    v.known.site(&site);
    let team = team.map(|(f, t)| v.team(f, *t, &site)).unwrap_or_default();
    // Each kind's index is made as soon as its items are: a reference to an
    // item of a kind validated before is resolved at once, and only the
    // others wait for the end ([`V::expect`]).
    let members = v.unique("member", team.members.iter().map(|m| (&m.id, m.pos)));
    v.known.members = Some(members);
    let inventory: Vec<_> = inventory
        .into_iter()
        .filter_map(|(f, i)| {
            let item = v.inventory_item(f, *i, &site);
            v.left_out(item)
        })
        .collect();
    let by_id = v.unique("inventory", inventory.iter().map(|i| (&i.id, i.pos)));
    v.known.inventory = Some((by_id, inventory.iter().map(|i| i.visibility == Visibility::Public).collect()));
    // The action bodies were analysed when they were loaded.
    let actions: Vec<_> = actions
        .into_iter()
        .filter_map(|mut d| {
            let body = std::mem::take(&mut d.body);
            let action = v.action(d, body, &site);
            v.left_out(action)
        })
        .collect();
    let by_id = v.unique("action", actions.iter().map(|a| (&a.id, a.pos)));
    v.known.actions = Some((by_id, actions.iter().map(|a| a.visibility == Visibility::Public).collect()));
    let mut questions = Vec::new();
    let mut quotes = Vec::new();
    for (file, eval) in evaluations {
        v.evaluation(file, eval, &mut questions, &mut quotes);
    }
    let claims: Vec<_> = claims
        .into_iter()
        .filter_map(|(f, c)| {
            let claim = v.claim(f, *c);
            v.left_out(claim)
        })
        .collect();
    let pages: Vec<_> = pages.into_iter().filter_map(|d| v.page(d)).collect();
    let mut sessions: Vec<_> = sessions.into_iter().filter_map(|(f, s)| v.session(f, s)).collect();
    sessions.sort_by_key(|s| (s.number, s.date));

    let known = std::mem::take(&mut v.known);
    let index = Index {
        members: known.members.unwrap_or_default(),
        actions: known.actions.map(|a| a.0).unwrap_or_default(),
        inventory: known.inventory.map(|i| i.0).unwrap_or_default(),
        questions: v.unique("question", questions.iter().map(|q| (&q.id, q.pos))),
        claims: v.unique("claim", claims.iter().map(|c| (&c.id, c.pos))),
        pages: v.unique("page", pages.iter().map(|p| (&p.slug, p.pos))),
    };
    let mut seen_numbers: HashMap<u32, Pos> = HashMap::new();
    for s in &sessions {
        if let Some(first) = seen_numbers.insert(s.number, s.pos) {
            v.duplicate("session", &s.number.to_string(), first, s.pos);
        }
    }
    let project = Project {
        root,
        sources: sources.clone(),
        site,
        team,
        sessions,
        inventory,
        actions,
        questions,
        quotes,
        claims,
        pages,
        assets,
        index,
    };
    v.references(&project);
    let diags = v.diags;
    Validated { project: Some(project), diags }
}

struct V<'a> {
    sources: &'a Sources,
    diags: Vec<Diagnostic>,
    language: Language,
    /// Ids of items left out for an error of their own (and the stems of
    /// files that could not be read): a reference to one of them is not
    /// reported again as dangling.
    broken: std::collections::HashSet<String>,
    /// Kinds of files that could not be read (see `Loaded::failed_kinds`).
    failed_kinds: Vec<&'static str>,
    /// The id of the item being validated: the `subject` of its errors.
    subject: Option<String>,
    /// Every reference and item link read that did not resolve when it was
    /// read, resolved once all items are known, also for an item that had
    /// errors of its own.
    refs: Vec<PendingRef>,
    links: Vec<PendingLink>,
    /// The items validated so far, to resolve a reference as it is read.
    known: Known,
}

/// The items of the kinds validated so far (`None`: not yet). A reference to
/// one of them is resolved as it is read; on a large trajectory, keeping
/// every reference until the end took more memory than the items.
#[derive(Default)]
struct Known {
    topics: Vec<Id>,
    phases: Vec<Id>,
    channels: Vec<Id>,
    members: Option<HashMap<Id, usize>>,
    /// By id, and whether each is public.
    inventory: Option<(HashMap<Id, usize>, Vec<bool>)>,
    actions: Option<(HashMap<Id, usize>, Vec<bool>)>,
}

impl Known {
    fn site(&mut self, site: &Site) {
        self.topics = site.topics.iter().map(|t| t.id.clone()).collect();
        self.phases = site.trajectory.phases.iter().map(|p| p.id.clone()).collect();
        self.channels = site.channels.iter().map(|c| c.id.clone()).collect();
    }

    /// True when `id` is known to be an item of `target`; false when it is
    /// not, or not known yet.
    fn has(&self, target: Target, id: &Id) -> bool {
        match target {
            Target::Member => self.members.as_ref().is_some_and(|m| m.contains_key(id)),
            Target::Action => self.actions.as_ref().is_some_and(|a| a.0.contains_key(id)),
            Target::Inventory => self.inventory.as_ref().is_some_and(|i| i.0.contains_key(id)),
            Target::Question => false,
            Target::Topic => self.topics.contains(id),
            Target::Phase => self.phases.contains(id),
            Target::Channel => self.channels.contains(id),
        }
    }

    /// True when an item link is known to be fine: it points to an item
    /// that exists, and public text links only public items. False when it
    /// is not, or not known yet.
    fn link_ok(&self, link: &crate::model::markdown::ItemLink, public: bool) -> bool {
        let target = link.target.split('#').next().unwrap_or("");
        let public_ok = |items: &Option<(HashMap<Id, usize>, Vec<bool>)>| {
            let Some((by_id, is_public)) = items else { return false };
            Id::parse(target).ok().and_then(|id| by_id.get(&id)).is_some_and(|&i| !public || is_public[i])
        };
        match link.kind.as_str() {
            "sdg" => matches!(target.parse::<u8>(), Ok(1..=17)),
            "topic" => Id::parse(target).is_ok_and(|id| self.topics.contains(&id)),
            "action" => public_ok(&self.actions),
            "inventory" => public_ok(&self.inventory),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Member,
    Action,
    Inventory,
    Question,
    Topic,
    Phase,
    Channel,
}

impl Target {
    /// The kind of item, as the messages select on it (`$what`).
    fn noun(self) -> &'static str {
        match self {
            Target::Member => "member",
            Target::Action => "action",
            Target::Inventory => "inventory",
            Target::Question => "question",
            Target::Topic => "topic",
            Target::Phase => "phase",
            Target::Channel => "channel",
        }
    }

    /// The kind of file that declares it (see `Loaded::failed_kinds`).
    fn file_kind(self) -> &'static str {
        match self {
            Target::Member => "team",
            Target::Action => "actions",
            Target::Inventory => "inventory",
            Target::Question => "evaluation",
            Target::Topic | Target::Phase | Target::Channel => "site",
        }
    }
}

struct PendingRef {
    target: Target,
    r: Ref,
    subject: Option<String>,
}

struct PendingLink {
    link: crate::model::markdown::ItemLink,
    at: Pos,
    public: bool,
    subject: String,
}

fn pos(file: FileId, span: Span) -> Pos {
    Pos { file, span }
}

/// A value quoted in a message: at most 80 characters, control
/// characters (a tab hidden in `jav&#9;ascript:`) written as escapes.
fn shorten(s: &str) -> String {
    let mut out = String::new();
    for (n, c) in s.chars().enumerate() {
        if n == 80 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn defaults(list: &[(&str, &str)]) -> Vec<Titled> {
    list.iter().map(|(id, title)| Titled { id: Id::parse(id).expect("default ids are valid"), title: (*title).into(), pos: None }).collect()
}

/// Why a text is not a date: not written as `YYYY-MM-DD`, or a day that
/// does not exist (`2023-02-29`). Each holds the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateError {
    Shape(String),
    NotInCalendar(String),
}

impl DateError {
    /// What is wrong, said later in the reader's language.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            DateError::Shape(s) => msg!("err-date-shape", value = s),
            DateError::NotInCalendar(s) => msg!("err-date-not-in-calendar", value = s),
        }
    }
}

/// In English (for tests and debugging); users get [`DateError::msg`].
impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::i18n::Text::Msg(self.msg()).fmt(f)
    }
}

/// `YYYY-MM-DD`, a real calendar date.
pub(crate) fn parse_date(s: &str) -> Result<Date, DateError> {
    let b = s.as_bytes();
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(DateError::Shape(s.to_owned()));
    }
    let (y, m, d) = (s[0..4].parse::<i16>().unwrap_or(0), s[5..7].parse::<i8>().unwrap_or(0), s[8..10].parse::<i8>().unwrap_or(0));
    Date::new(y, m, d).map_err(|_| DateError::NotInCalendar(s.to_owned()))
}

/// `12.000`, `1.250.000`: digits grouped in threes after dots.
fn looks_like_thousands(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    let rest: Vec<_> = parts.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && first.bytes().all(|c| c.is_ascii_digit())
        && rest.iter().all(|p| p.len() == 3 && p.bytes().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(parse_date("2024-02-29").is_ok());
        assert!(parse_date("2023-02-29").unwrap_err().to_string().contains("does not exist"));
        assert!(parse_date("2024-2-1").unwrap_err().to_string().contains("YYYY-MM-DD"));
        assert!(parse_date("01-02-2024").is_err());
    }

    #[test]
    fn thousands() {
        assert!(looks_like_thousands("12.000"));
        assert!(looks_like_thousands("1.250.000"));
        assert!(!looks_like_thousands("12.5"));
        assert!(!looks_like_thousands("0.25"));
        assert!(!looks_like_thousands("1200"));
    }
}
