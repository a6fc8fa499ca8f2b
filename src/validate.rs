//! Validate: turn the Raw structs into the [`Project`] model.
//!
//! Owns the meaning of every key: required keys, ids, dates, SDGs, defaults,
//! duplicates (naming both files) and every reference between items. All
//! problems are collected; a problem in one item never hides those in another.
//! It must not read files (that was `load`) nor judge claims (that is `checks`).

use std::collections::{BTreeMap, HashMap};

use crate::diag::{Diagnostic, Kind, did_you_mean};
use crate::load::raw::*;
use crate::load::{Doc, Loaded};
use crate::model::markdown::{self, ITEM_LINK_KINDS};
use crate::model::*;
use crate::rules as registry;
use crate::source::{FileId, Pos, Sources, Span};
use crate::yaml::{Field, Sp};

/// The validated project (when `site.yaml` could be read) and every diagnostic.
pub struct Validated {
    pub project: Option<Project>,
    pub diags: Vec<Diagnostic>,
}

pub fn validate(loaded: Loaded) -> Validated {
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
    let members = v.unique("team member", team.members.iter().map(|m| (&m.id, m.pos)));
    v.known.members = Some(members);
    // The model's lists are collected into new vectors of their own size:
    // `collect` would reuse the raw lists' larger allocations in place, and
    // keep that room for the rest of the run.
    let inventory = exact(inventory.into_iter().filter_map(|(f, i)| {
        let item = v.inventory_item(f, *i, &site);
        v.left_out(item)
    }));
    let by_id = v.unique("inventory item", inventory.iter().map(|i| (&i.id, i.pos)));
    v.known.inventory = Some((by_id, inventory.iter().map(|i| i.visibility == Visibility::Public).collect()));
    // The action bodies were analysed when they were loaded. What the load
    // made and the model keeps (an item's Markdown facts, word hashes and
    // guard pieces) is copied into new allocations, and the load's own are
    // freed with the rest of the raw item: kept in place, each held on to
    // memory pages the load filled with what validation frees, and none of
    // those pages could go back to the OS (at 100,000 actions: 150 MiB more
    // resident after validation, for 0.3 s of copying).
    let actions = exact(actions.into_iter().filter_map(|mut d| {
        let body = std::mem::take(&mut d.body).copied();
        let action = v.action(*d, body, &site);
        v.left_out(action)
    }));
    let by_id = v.unique("action", actions.iter().map(|a| (&a.id, a.pos)));
    v.known.actions = Some((by_id, actions.iter().map(|a| a.visibility == Visibility::Public).collect()));
    let mut questions = Vec::new();
    let mut quotes = Vec::new();
    for (file, eval) in evaluations {
        v.evaluation(file, eval, &mut questions, &mut quotes);
    }
    let claims = exact(claims.into_iter().filter_map(|(f, c)| {
        let claim = v.claim(f, *c);
        v.left_out(claim)
    }));
    let pages: Vec<_> = pages.into_iter().filter_map(|d| v.page(d)).collect();
    let mut sessions: Vec<_> = sessions.into_iter().filter_map(|(f, s)| v.session(f, s)).collect();
    sessions.sort_by_key(|s| (s.number, s.date));

    let known = std::mem::take(&mut v.known);
    let index = Index {
        members: known.members.unwrap_or_default(),
        actions: known.actions.map(|a| a.0).unwrap_or_default(),
        inventory: known.inventory.map(|i| i.0).unwrap_or_default(),
        questions: v.unique("evaluation question", questions.iter().map(|q| (&q.id, q.pos))),
        claims: v.unique("claim", claims.iter().map(|c| (&c.id, c.pos))),
        pages: v.unique("page", pages.iter().map(|p| (&p.slug, p.pos))),
    };
    let mut seen_numbers: HashMap<u32, Pos> = HashMap::new();
    for s in &sessions {
        if let Some(first) = seen_numbers.insert(s.number, s.pos) {
            v.duplicate("session number", &s.number.to_string(), first, s.pos);
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

/// The items of `items` in a vector allocated for them (never in place of
/// the source's allocation), without spare room.
fn exact<T>(items: impl Iterator<Item = T>) -> Vec<T> {
    let (low, high) = items.size_hint();
    let mut out = Vec::with_capacity(high.unwrap_or(low));
    out.extend(items);
    out.shrink_to_fit();
    out
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
    fn noun(self) -> &'static str {
        match self {
            Target::Member => "team member",
            Target::Action => "action",
            Target::Inventory => "inventory item",
            Target::Question => "evaluation question",
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

impl V<'_> {
    fn err(&mut self, kind: Kind, message: impl Into<String>, at: Pos) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(kind, message).at(at).subject_opt(self.subject.clone()));
        self.diags.last_mut().expect("just pushed")
    }

    /// A required text key.
    fn required(&mut self, field: &Field<String>, key: &str, file: FileId, item: Span, what: &str) -> Option<String> {
        match field {
            Field::Present(v) if !v.value.trim().is_empty() => Some(v.value.clone()),
            Field::Present(v) => {
                self.err(Kind::MissingKey, format!("`{key}` of {what} is empty"), pos(file, v.span)).help =
                    Some(format!("fill in `{key}:`"));
                None
            }
            Field::Absent => {
                self.err(Kind::MissingKey, format!("{what} has no `{key}`, which is required"), pos(file, item)).help =
                    Some(format!("add `{key}:`"));
                None
            }
            Field::Invalid => None,
        }
    }

    fn required_value<T: Clone>(&mut self, field: &Field<T>, key: &str, file: FileId, item: Span, what: &str) -> Option<T> {
        match field {
            Field::Present(v) => Some(v.value.clone()),
            Field::Absent => {
                self.err(Kind::MissingKey, format!("{what} has no `{key}`, which is required"), pos(file, item)).help =
                    Some(format!("add `{key}:`"));
                None
            }
            Field::Invalid => None,
        }
    }

    fn optional_text(field: &Field<String>) -> Option<String> {
        field.value().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
    }

    fn id(&mut self, value: &Sp<String>, file: FileId, what: &str) -> Option<Id> {
        match Id::parse(&value.value) {
            Ok(id) => Some(id),
            Err(e) => {
                let hint = match Id::suggest(&value.value) {
                    Some(s) => format!("ids use a-z, 0-9 and -, and start with a letter or digit: try `{s}`"),
                    None => "ids use a-z, 0-9 and -, start with a letter or digit, and have at most 64 characters".to_owned(),
                };
                self.err(Kind::BadId, format!("`{}` is not a valid {what} id: {e}", value.value), pos(file, value.span)).help = Some(hint);
                None
            }
        }
    }

    fn required_id(&mut self, field: &Field<String>, file: FileId, item: Span, what: &str) -> Option<Id> {
        match field {
            Field::Present(v) => self.id(v, file, what),
            Field::Absent => {
                self.err(Kind::MissingKey, format!("this {what} has no `id`, which is required"), pos(file, item)).help =
                    Some("add `id:` with a short name of a-z, 0-9 and -".into());
                None
            }
            Field::Invalid => None,
        }
    }

    fn id_list(&mut self, field: &Field<Vec<Sp<String>>>, file: FileId, what: &str) -> Vec<Ref> {
        let Some(list) = field.value() else { return Vec::new() };
        // At its size: a large trajectory has a list or two on every item.
        let mut refs = Vec::with_capacity(list.len());
        refs.extend(list.iter().filter_map(|v| self.reference(v, file, what)));
        refs
    }

    fn reference(&mut self, v: &Sp<String>, file: FileId, what: &str) -> Option<Ref> {
        self.id(v, file, what).map(|id| Ref { id, pos: pos(file, v.span) })
    }

    fn date(&mut self, field: &Field<String>, file: FileId) -> Option<Date> {
        let v = field.get()?;
        parse_date(&v.value)
            .map_err(|msg| self.err(Kind::BadDate, msg, pos(file, v.span)).help = Some("write dates as YYYY-MM-DD, e.g. 2024-03-01".into()))
            .ok()
    }

    fn required_date(&mut self, field: &Field<String>, key: &str, file: FileId, item: Span, what: &str) -> Option<Date> {
        if field.is_absent() {
            self.err(Kind::MissingKey, format!("{what} has no `{key}`, which is required"), pos(file, item)).help =
                Some(format!("add `{key}: YYYY-MM-DD`"));
            return None;
        }
        self.date(field, file)
    }

    fn sdgs(&mut self, field: &Field<Vec<Sp<i64>>>, file: FileId) -> Vec<u8> {
        let mut out = Vec::new();
        for v in field.value().into_iter().flatten() {
            match u8::try_from(v.value) {
                Ok(n @ 1..=17) => {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
                _ => {
                    self.err(Kind::BadSdg, format!("SDG {} does not exist", v.value), pos(file, v.span)).help =
                        Some("the SDGs are numbered 1 to 17".into());
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// A number of an indicator, a progress entry or a session: finite
    /// (`.nan`, `.inf` and a number too large such as `1e400` are refused);
    /// a warning when it looks like `12.000` that YAML read as 12.0.
    fn number(&mut self, field: &Field<f64>, file: FileId) -> Option<f64> {
        let v = field.get()?;
        if !v.value.is_finite() {
            let written = self.sources.get(file).text.get(v.span.start()..v.span.end()).unwrap_or("").to_owned();
            self.err(Kind::BadValue, format!("`{written}` is not a number kapstok can use"), pos(file, v.span)).help =
                Some("write a plain number such as `12000` or `0.25`: not-a-number and infinite values cannot be measured".into());
            return None;
        }
        if self.language != Language::En {
            let written = &self.sources.get(file).text[v.span.start()..v.span.end()];
            if looks_like_thousands(written) {
                self.diags.push(
                    Diagnostic::warning(
                        Kind::SuspiciousNumber,
                        format!("`{written}` is read as {}, not as {}", v.value, written.replace('.', "")),
                    )
                    .at(pos(file, v.span))
                    .help(format!("YAML uses `.` as the decimal mark: write `{}` for the thousands", written.replace('.', ""))),
                );
            }
        }
        Some(v.value)
    }

    fn text_pos(&self, file: FileId, value: &Sp<String>) -> TextPos {
        let written = self.sources.get(file).text.get(value.span.start()..value.span.end()).unwrap_or("");
        if written == value.value {
            return TextPos { file, start: value.span.start(), exact: true };
        }
        let quoted = written.len() >= 2
            && (written.starts_with('"') || written.starts_with('\''))
            && written.get(1..written.len() - 1) == Some(value.value.as_str());
        if quoted {
            return TextPos { file, start: value.span.start() + 1, exact: true };
        }
        TextPos { file, start: value.span.start(), exact: false }
    }

    /// A Markdown value; `loaded`: its facts (and word hashes), when they
    /// were made at load.
    fn markdown_field(&self, field: &Field<String>, file: FileId, loaded: Option<LoadedFacts>) -> Option<Markdown> {
        let v = field.get()?;
        if v.value.trim().is_empty() {
            return None;
        }
        let tp = self.text_pos(file, v);
        Some(match loaded {
            Some(facts) => Markdown { text: v.value.clone().into(), file: Some(file), offset: tp.start, exact: tp.exact, facts },
            None => Markdown::new(v.value.clone(), Some(file), tp.start, tp.exact),
        })
    }

    fn visibility(field: &Field<Visibility>) -> Visibility {
        field.value().copied().unwrap_or_default()
    }

    // --- site.yaml

    fn site(&mut self, file: FileId, raw: RawSite, root: &std::path::Path) -> Site {
        let top = Span::new(0, 0);
        let what = "site.yaml";
        self.language = raw.language.value().copied().unwrap_or_default();
        let organisation = self.required(&raw.organisation, "organisation", file, top, what).unwrap_or_default();
        let theme = raw.theme.get().and_then(|t| {
            let id = self.id(t, file, "theme")?;
            if id.as_str() == "default" {
                return None;
            }
            if !root.join("themes").join(id.as_str()).is_dir() {
                self.err(Kind::MissingTheme, format!("there is no folder `themes/{id}/`"), pos(file, t.span)).help =
                    Some("create the folder, or remove `theme:` to use the built-in theme".into());
            }
            Some(id)
        });
        let trajectory = match raw.trajectory.get() {
            Some(t) => {
                let span = t.span;
                let title = self.required(&t.title, "title", file, span, "trajectory").unwrap_or_default();
                let start = self.required_date(&t.start, "start", file, span, "trajectory");
                let end = self.date(&t.end, file);
                if let (Some(s), Some(e), Some(es)) = (start, end, t.end.span())
                    && e < s
                {
                    self.err(Kind::BadDate, format!("the trajectory ends ({e}) before it starts ({s})"), pos(file, es));
                }
                let phases = match t.phases.value() {
                    Some(list) => self.titled_list(list, file, "phase"),
                    None => defaults(DEFAULT_PHASES),
                };
                Trajectory { title, start: start.unwrap_or(Date::constant(2000, 1, 1)), end, phases }
            }
            None => {
                if raw.trajectory.is_absent() {
                    self.err(Kind::MissingKey, "site.yaml has no `trajectory`, which is required", pos(file, top)).help =
                        Some("add `trajectory:` with `title:` and `start:`".into());
                }
                Trajectory { title: String::new(), start: Date::constant(2000, 1, 1), end: None, phases: defaults(DEFAULT_PHASES) }
            }
        };
        let (intranet, public) = match raw.sites.get() {
            Some(s) => (self.site_info(&s.intranet, "intranet", file, s.span), self.site_info(&s.public, "public", file, s.span)),
            None => {
                if raw.sites.is_absent() {
                    self.err(Kind::MissingKey, "site.yaml has no `sites`, which is required", pos(file, top)).help =
                        Some("add `sites:` with `intranet:` and `public:`, each with `title:` and `base_url:`".into());
                }
                (SiteInfo { title: String::new(), base_url: "/".into() }, SiteInfo { title: String::new(), base_url: "/".into() })
            }
        };
        let departments: Vec<String> =
            raw.departments.value().map(|d| d.iter().map(|s| s.value.trim().to_owned()).collect()).unwrap_or_default();
        let contact = raw.contact.value().map(|c| Contact { name: Self::optional_text(&c.name), email: Self::optional_text(&c.email) });
        let accessibility = raw.accessibility.value().map(|a| Accessibility {
            status: a.status.value().copied(),
            assessed: self.date(&a.assessed, file),
            method: a.method.value().copied(),
            exceptions: a.exceptions.value().map(|e| e.iter().map(|s| s.value.clone()).collect()).unwrap_or_default(),
            feedback: Self::optional_text(&a.feedback),
            enforcement_url: self.url_field(&a.enforcement_url, file, "accessibility.enforcement_url"),
        });
        let open_data = OpenData {
            licence: raw.open_data.value().and_then(|o| o.licence.value().copied()).unwrap_or_default(),
            publisher: raw.open_data.value().and_then(|o| Self::optional_text(&o.publisher)).unwrap_or_else(|| organisation.clone()),
        };
        let topics = match raw.topics.value() {
            Some(list) => self.titled_list(list, file, "topic"),
            None => defaults(DEFAULT_TOPICS),
        };
        let channels = match raw.channels.value() {
            Some(list) => list
                .iter()
                .filter_map(|c| {
                    let id = self.required_id(&c.id, file, c.span, "channel")?;
                    let title = self.required(&c.title, "title", file, c.span, "a channel").unwrap_or_else(|| id.to_string());
                    let audience = self.required_value(&c.audience, "audience", file, c.span, "a channel")?;
                    Some(Channel { id, title, audience, pos: Some(pos(file, c.span)) })
                })
                .collect(),
            None => DEFAULT_CHANNELS
                .iter()
                .map(|(id, title, audience)| Channel {
                    id: Id::parse(id).expect("default ids are valid"),
                    title: (*title).into(),
                    audience: *audience,
                    pos: None,
                })
                .collect(),
        };
        let checks = self.checks(raw.checks.value(), file);
        Site {
            file,
            organisation,
            language: self.language,
            theme,
            trajectory,
            intranet,
            public,
            departments,
            contact,
            accessibility,
            open_data,
            topics,
            channels,
            checks,
        }
    }

    fn titled_list(&mut self, list: &[Sp<RawTitled>], file: FileId, what: &str) -> Vec<Titled> {
        let mut out: Vec<Titled> = Vec::new();
        for t in list {
            let Some(id) = self.required_id(&t.id, file, t.span, what) else { continue };
            let title = self.required(&t.title, "title", file, t.span, &format!("{what} `{id}`")).unwrap_or_else(|| id.to_string());
            if let Some(first) = out.iter().find(|o| o.id == id) {
                let first = first.pos.expect("declared here");
                self.duplicate(what, id.as_str(), first, pos(file, t.span));
                continue;
            }
            out.push(Titled { id, title, pos: Some(pos(file, t.span)) });
        }
        out
    }

    fn site_info(&mut self, field: &Field<RawSiteInfo>, which: &str, file: FileId, parent: Span) -> SiteInfo {
        match field.get() {
            Some(info) => {
                let title = self.required(&info.title, "title", file, info.span, &format!("the {which} site")).unwrap_or_default();
                let mut base_url =
                    self.required(&info.base_url, "base_url", file, info.span, &format!("the {which} site")).unwrap_or_else(|| "/".into());
                if let Some(b) = info.base_url.get() {
                    let ok = base_url.starts_with("https://") || base_url.starts_with("http://") || base_url.starts_with('/');
                    if !ok {
                        self.err(Kind::BadValue, format!("`{base_url}` is not a web address"), pos(file, b.span)).help =
                            Some("write the full address where the site will live, e.g. https://www.voorbeeld.be/duurzaamheid/".into());
                    }
                }
                if !base_url.ends_with('/') {
                    base_url.push('/');
                }
                SiteInfo { title, base_url }
            }
            None => {
                if field.is_absent() {
                    self.err(Kind::MissingKey, format!("`sites` has no `{which}`, which is required"), pos(file, parent)).help =
                        Some(format!("add `{which}: {{ title: ..., base_url: ... }}`"));
                }
                SiteInfo { title: String::new(), base_url: "/".into() }
            }
        }
    }

    fn checks(&mut self, raw: Option<&RawChecks>, file: FileId) -> ChecksConfig {
        let mut config = ChecksConfig { stale_after_days: 180, today: None, rules: BTreeMap::new() };
        let Some(raw) = raw else { return config };
        if let Some(d) = raw.stale_after_days.value() {
            config.stale_after_days = *d;
        }
        config.today = self.date(&raw.today, file);
        for (key, level) in raw.rules.value().map(|r| r.0.as_slice()).unwrap_or_default() {
            let Some(info) = registry::find(&key.value) else {
                let help = match did_you_mean(&key.value, registry::ids()) {
                    Some(close) => format!("did you mean `{close}`? `kapstok check --explain RULE` describes each rule"),
                    None => "see docs/checks.md for the rule ids".to_owned(),
                };
                self.err(Kind::UnknownRule, format!("there is no rule `{}`", key.value), pos(file, key.span)).help = Some(help);
                continue;
            };
            if info.fixed {
                self.err(
                    Kind::BadValue,
                    format!("`{}` cannot be changed: the privacy rules are always errors", info.id),
                    pos(file, key.span),
                )
                .help = Some("remove this line; fix the text the rule points at instead".into());
                continue;
            }
            if let Some(level) = level.value() {
                config.rules.insert(info.id, *level);
            }
        }
        config
    }

    // --- team.yaml

    fn team(&mut self, file: FileId, raw: RawTeam, site: &Site) -> Team {
        let mandate = raw.mandate.get().and_then(|m| {
            let body = self.required(&m.body, "body", file, m.span, "the mandate");
            let date = self.required_date(&m.date, "date", file, m.span, "the mandate");
            Some(Mandate {
                body: body?,
                date: date?,
                reference: Self::optional_text(&m.reference),
                scope: Self::optional_text(&m.scope),
                pos: pos(file, m.span),
            })
        });
        let mut members = Vec::new();
        for m in raw.members.value().into_iter().flatten() {
            let id = self.required_id(&m.id, file, m.span, "team member");
            self.seen(&id);
            let what = "a team member";
            let name = self.required(&m.name, "name", file, m.span, what);
            let kind = self.required_value(&m.kind, "kind", file, m.span, what);
            let department = self.required(&m.department, "department", file, m.span, what);
            self.department(site, &m.department, file);
            let (Some(id), Some(name), Some(kind), Some(department)) = (id, name, kind, department) else {
                self.left_out(None::<()>);
                continue;
            };
            let pos = pos(file, m.span);
            members.push(Member {
                id,
                name: name.split_whitespace().collect::<Vec<_>>().join(" "),
                role: Self::optional_text(&m.role),
                department,
                kind,
                lead: m.lead.value().copied().unwrap_or(false),
                core: m.core.value().copied().unwrap_or(true),
                pos,
            });
        }
        Team { file: Some(file), mandate, members }
    }

    fn department(&mut self, site: &Site, field: &Field<String>, file: FileId) {
        let Some(d) = field.get() else { return };
        if site.departments.is_empty() || site.departments.iter().any(|x| x == d.value.trim()) {
            return;
        }
        let help = match did_you_mean(&d.value, site.departments.iter().map(String::as_str)) {
            Some(close) => format!("did you mean `{close}`? departments are listed in site.yaml `departments`"),
            None => "add it to `departments` in site.yaml, or use one listed there".to_owned(),
        };
        self.err(Kind::DanglingReference, format!("department `{}` is not in the list of departments", d.value), pos(file, d.span)).help =
            Some(help);
    }

    // --- sessions.yaml

    fn session(&mut self, file: FileId, raw: Sp<RawSession>) -> Option<Session> {
        let s = &raw.value;
        let what = "a session";
        let number = self.required_value(&s.number, "number", file, raw.span, what);
        let date = self.required_date(&s.date, "date", file, raw.span, what);
        let title = self.required(&s.title, "title", file, raw.span, what);
        self.subject = s.number.value().map(u32::to_string);
        let phase = s.phase.get().and_then(|p| self.reference(p, file, "phase"));
        self.expect(Target::Phase, phase.as_slice());
        let hours = self.number(&s.hours, file);
        let summary = self.markdown_field(&s.summary, file, None);
        if let Some(summary) = &summary {
            self.expect_links(summary, false);
        }
        Some(Session {
            number: number?,
            date: date?,
            title: title?,
            phase,
            hours,
            status: s.status.value().copied().unwrap_or_default(),
            summary,
            pos: pos(file, raw.span),
        })
    }

    // --- inventory

    fn inventory_item(&mut self, file: FileId, mut raw: Sp<RawInventoryItem>, site: &Site) -> Option<InventoryItem> {
        let note_facts = raw.value.note_facts.take();
        let i = &raw.value;
        let what = "an inventory item";
        let id = self.required_id(&i.id, file, raw.span, "inventory item");
        self.seen(&id);
        let title = self.required(&i.title, "title", file, raw.span, what);
        let kind = self.required_value(&i.kind, "kind", file, raw.span, what);
        let source = self.required_value(&i.source, "source", file, raw.span, what);
        self.department(site, &i.department, file);
        let sdgs = self.sdgs(&i.sdgs, file);
        let topics = self.id_list(&i.topics, file, "topic");
        self.expect(Target::Topic, &topics);
        let title_pos = i.title.get().map(|t| self.text_pos(file, t));
        let note = self.markdown_field(&i.note, file, note_facts).map(Box::new);
        if let Some(note) = &note {
            self.expect_links(note, i.visibility.value() == Some(&Visibility::Public));
        }
        Some(InventoryItem {
            pos: pos(file, raw.span),
            id: id?,
            title: title?,
            kind: kind?,
            source: source?,
            department: Self::optional_text(&i.department),
            sdgs,
            topics,
            visibility: Self::visibility(&i.visibility),
            note,
            title_pos: title_pos?,
        })
    }

    // --- actions

    fn action(&mut self, doc: Doc<RawAction>, body: Markdown, site: &Site) -> Option<Action> {
        let Doc { file, stem, meta: a, meta_span, .. } = doc;
        let what = "this action";
        let id = match a.id.get() {
            Some(v) => self.id(v, file, "action"),
            None if a.id.is_absent() => self.stem_id(&stem, file, meta_span, "action"),
            None => None,
        };
        self.seen(&id);
        let title = self.required(&a.title, "title", file, meta_span, what);
        let status = self.required_value(&a.status, "status", file, meta_span, what);
        let owners = self.id_list(&a.owners, file, "team member");
        self.department(site, &a.department, file);
        let start = self.date(&a.start, file);
        let due = self.date(&a.due, file);
        if let (Some(s), Some(d), Some(span)) = (start, due, a.due.span())
            && d < s
        {
            self.err(Kind::BadDate, format!("`due` ({d}) is before `start` ({s})"), pos(file, span)).help =
                Some("an action is due after it starts: check both dates".into());
        }
        let completed = self.date(&a.completed, file);
        let indicators = self.indicators(&a, file);
        let mut follow_up: Vec<FollowUp> = a
            .follow_up
            .value()
            .into_iter()
            .flatten()
            .filter_map(|f| {
                let date = self.required_date(&f.date, "date", file, f.span, "a follow-up moment");
                let with = self.required_value(&f.with, "with", file, f.span, "a follow-up moment");
                Some(FollowUp { date: date?, with: with? })
            })
            .collect();
        follow_up.sort_by_key(|f| f.date);
        let sdgs = self.sdgs(&a.sdgs, file);
        let topics = self.id_list(&a.topics, file, "topic");
        let phase = a.phase.get().and_then(|p| self.reference(p, file, "phase"));
        let builds_on = self.id_list(&a.builds_on, file, "inventory item");
        let title_pos = a.title.get().map(|t| self.text_pos(file, t));
        self.expect(Target::Member, &owners);
        self.expect(Target::Inventory, &builds_on);
        self.expect(Target::Topic, &topics);
        self.expect(Target::Phase, phase.as_slice());
        self.expect_links(&body, a.visibility.value() == Some(&Visibility::Public));
        // The internal note is Markdown too (shown on the intranet).
        if let Some(note) = self.markdown_field(&a.internal_note, file, None) {
            self.markdown_shape(&note);
        }
        let internal_note = Self::optional_text(&a.internal_note);
        Some(Action {
            pos: pos(file, meta_span),
            id: id?,
            file,
            title: title?,
            owners,
            department: Self::optional_text(&a.department),
            status: status?,
            start,
            due,
            sdgs,
            topics,
            phase,
            visibility: Self::visibility(&a.visibility),
            builds_on,
            indicators,
            completed,
            follow_up,
            internal_note,
            body,
            title_pos: title_pos?,
        })
    }

    /// The indicators of an action: `indicators:` (each with its own
    /// `progress:`), or the `indicator:` shorthand with the action's
    /// `progress:` (or its own, not both). Both keys at once, or a top-level
    /// `progress:` beside `indicators:` or without any indicator, are errors.
    fn indicators(&mut self, a: &RawAction, file: FileId) -> Vec<Indicator> {
        if let (Some(one), Some(many)) = (a.indicator.span(), a.indicators.span()) {
            let first = self.key_span(file, one, "indicator");
            let line = self.sources.get(file).line_col(first.start()).0;
            self.err(
                Kind::BadValue,
                "this action has both `indicator:` and `indicators:`",
                pos(file, self.key_span(file, many, "indicators")),
            )
            .help = Some(format!(
                "keep one: `indicator:` (line {line}) is the shorthand for a single indicator; move it into the `indicators:` list, with the action's `progress:` under it"
            ));
            return Vec::new();
        }
        let top_progress = a.progress.get().filter(|p| !p.value.is_empty());
        if let Some(list) = a.indicators.value() {
            if let Some(p) = top_progress {
                self.err(
                    Kind::BadValue,
                    "`progress:` at the top of an action belongs to the `indicator:` shorthand",
                    pos(file, self.key_span(file, p.span, "progress")),
                )
                .help = Some("with `indicators:`, give each indicator its own `progress:` list".into());
            }
            return list.iter().filter_map(|ind| self.indicator(ind, None, file)).collect();
        }
        match a.indicator.get() {
            Some(ind) => {
                if let (Some(p), Some(inner)) = (top_progress, ind.value.progress.get().filter(|p| !p.value.is_empty())) {
                    let line = self.sources.get(file).line_col(self.key_span(file, p.span, "progress").start()).0;
                    self.err(
                        Kind::BadValue,
                        "this indicator has a `progress:` list and so does its action",
                        pos(file, self.key_span(file, inner.span, "progress")),
                    )
                    .help = Some(format!("keep one list: the action's `progress:` (line {line}) belongs to `indicator:` already"));
                }
                self.indicator(ind, top_progress.map(|p| p.value.as_slice()), file).into_iter().collect()
            }
            None => {
                if let Some(p) = top_progress {
                    self.err(
                        Kind::BadValue,
                        "this action has `progress:` but no indicator it measures",
                        pos(file, self.key_span(file, p.span, "progress")),
                    )
                    .help = Some("add `indicator:` with a `name` and a `target` (what the progress values measure)".into());
                }
                Vec::new()
            }
        }
    }

    /// One indicator; `progress`: the action's top-level list, for the shorthand.
    fn indicator(&mut self, ind: &Sp<RawIndicator>, progress: Option<&[Sp<RawProgress>]>, file: FileId) -> Option<Indicator> {
        let name = self.required(&ind.name, "name", file, ind.span, "the indicator");
        let target = self.required_value(&ind.target, "target", file, ind.span, "the indicator");
        let target = target.and(self.number(&ind.target, file));
        let baseline = self.number(&ind.baseline, file);
        let total = self.number(&ind.total, file);
        if let (Some(t), Some(span)) = (total, ind.total.span())
            && t <= 0.0
        {
            self.err(
                Kind::BadValue,
                format!("the `total` of an indicator is the whole a count is part of; {t} cannot be one"),
                pos(file, span),
            )
            .help = Some("write the size of the whole, e.g. `total: 30` for a fleet of 30 vehicles, or remove `total:`".into());
        }
        let frequency = ind.frequency.get().and_then(|f| match Frequency::parse(&f.value) {
            Some(fr) => Some(fr),
            None => {
                self.err(Kind::BadValue, format!("`{}` is not a measuring frequency", f.value), pos(file, f.span)).help =
                    Some("write `monthly`, `quarterly`, `yearly`, or a whole number of days such as `30`".into());
                None
            }
        });
        let own = ind.progress.value().map(Vec::as_slice);
        let progress = self.progress(own.filter(|p| !p.is_empty()).or(progress).unwrap_or(&[]), file);
        Some(Indicator {
            name: name?,
            unit: Self::optional_text(&ind.unit),
            baseline,
            target: target?,
            source: Self::optional_text(&ind.source),
            frequency,
            total,
            progress,
            pos: pos(file, ind.span),
        })
    }

    /// Progress entries, sorted by date, one per date.
    fn progress(&mut self, list: &[Sp<RawProgress>], file: FileId) -> Vec<Progress> {
        let mut progress: Vec<Progress> = Vec::new();
        let mut progress_dates: HashMap<Date, Span> = HashMap::new();
        for p in list {
            let date = self.required_date(&p.date, "date", file, p.span, "a progress entry");
            let value = self.required_value(&p.value.value, "value", file, p.span, "a progress entry");
            let value = value.and(self.number(&p.value.value, file));
            let (Some(date), Some(value)) = (date, value) else { continue };
            if let Some(first) = progress_dates.insert(date, p.span) {
                let line = self.sources.get(file).line_col(first.start()).0;
                self.err(Kind::DuplicateId, format!("two progress entries on {date}"), pos(file, p.date.span().unwrap_or(p.span))).help =
                    Some(format!("the other one is on line {line}; keep one measurement per date"));
                continue;
            }
            progress.push(Progress { date, value, note: Self::optional_text(&p.note) });
        }
        progress.sort_by_key(|p| p.date);
        progress
    }

    /// The span of `key:` whose value starts at `value`: the last `key`
    /// written before it in the file (the value itself when not found).
    fn key_span(&self, file: FileId, value: Span, key: &str) -> Span {
        let text = &self.sources.get(file).text;
        let before = text.get(..value.start()).unwrap_or("");
        match before.rfind(&format!("{key}:")) {
            Some(i) => Span::new(i, i + key.len()),
            None => value,
        }
    }

    fn stem_id(&mut self, stem: &str, file: FileId, span: Span, what: &str) -> Option<Id> {
        match Id::parse(stem) {
            Ok(id) => Some(id),
            Err(e) => {
                let hint = match Id::suggest(stem) {
                    Some(s) => format!("rename the file to `{s}.md`, or set `id: {s}` in the front matter"),
                    None => "rename the file using a-z, 0-9 and -, or set `id:` in the front matter".to_owned(),
                };
                self.err(Kind::BadId, format!("the file name `{stem}` is not a valid {what} id: {e}"), pos(file, span)).help = Some(hint);
                None
            }
        }
    }

    // --- evaluation

    fn evaluation(&mut self, file: FileId, raw: RawEvaluation, questions: &mut Vec<Question>, quotes: &mut Vec<Quote>) {
        for q in raw.questions.value().into_iter().flatten() {
            let id = self.required_id(&q.id, file, q.span, "evaluation question");
            self.subject = id.as_ref().map(Id::to_string);
            let text = self.required(&q.text, "text", file, q.span, "a question");
            if let (Some(id), Some(text)) = (id, text) {
                questions.push(Question { id, text, pos: pos(file, q.span) });
            }
        }
        for q in raw.quotes.value().into_iter().flatten() {
            let what = "a quote";
            let question = match q.question.get() {
                Some(v) => self.reference(v, file, "question"),
                None => self.required(&q.question, "question", file, q.span, what).and(None),
            };
            let text = self.required(&q.text, "text", file, q.span, what);
            self.subject = None;
            let by = q.by.get().and_then(|b| self.reference(b, file, "team member"));
            self.expect(Target::Question, question.as_slice());
            self.expect(Target::Member, by.as_slice());
            let text_pos = q.text.get().map(|t| self.text_pos(file, t));
            let (Some(question), Some(text), Some(text_pos)) = (question, text, text_pos) else { continue };
            quotes.push(Quote {
                question,
                text,
                by,
                attribution: Self::optional_text(&q.attribution),
                visibility: Self::visibility(&q.visibility),
                pos: pos(file, q.span),
                text_pos,
            });
        }
    }

    // --- claims

    fn claim(&mut self, file: FileId, raw: Sp<RawClaim>) -> Option<Claim> {
        let c = &raw.value;
        let what = "a claim";
        let id = self.required_id(&c.id, file, raw.span, "claim");
        self.seen(&id);
        let text = self.required(&c.text, "text", file, raw.span, what);
        let kind = self.required_value(&c.kind, "kind", file, raw.span, what);
        let actions = self.id_list(&c.actions, file, "action");
        let inventory = self.id_list(&c.inventory, file, "inventory item");
        let channels = self.id_list(&c.channels, file, "channel");
        self.expect(Target::Action, &actions);
        self.expect(Target::Inventory, &inventory);
        self.expect(Target::Channel, &channels);
        let mut allow = Vec::new();
        for a in c.allow.value().into_iter().flatten() {
            let Some(rule) = self.required(&a.rule, "rule", file, a.span, "an allow entry") else { continue };
            let rule_span = a.rule.span().unwrap_or(a.span);
            let info = registry::find(&rule);
            let Some(info) = info.filter(|i| i.id.starts_with("claim-")) else {
                let claim_rules = registry::ids().filter(|id| id.starts_with("claim-"));
                let help = match did_you_mean(&rule, claim_rules) {
                    Some(close) => format!("did you mean `{close}`? `allow` silences one `claim-*` rule for this claim"),
                    None => "`allow` silences one `claim-*` rule for this claim; see docs/checks.md".to_owned(),
                };
                let message = if info.is_some() {
                    format!("`{rule}` cannot be allowed per claim: only `claim-*` rules")
                } else {
                    format!("there is no rule `{rule}`")
                };
                self.err(Kind::BadAllow, message, pos(file, rule_span)).help = Some(help);
                continue;
            };
            let reason = Self::optional_text(&a.reason);
            let Some(reason) = reason else {
                self.err(
                    Kind::BadAllow,
                    format!("the exception for `{}` gives no reason", info.id),
                    pos(file, a.reason.span().unwrap_or(a.span)),
                )
                .help = Some("add `reason:` saying who reviewed it and why the claim is fair".into());
                continue;
            };
            allow.push(Allow { rule: info.id, reason, pos: pos(file, rule_span) });
        }
        let published = self.date(&c.published, file);
        let withdrawn = self.date(&c.withdrawn, file);
        let text_pos = c.text.get().map(|t| self.text_pos(file, t));
        Some(Claim {
            pos: pos(file, raw.span),
            id: id?,
            text: text?,
            text_pos: text_pos?,
            kind: kind?,
            actions,
            inventory,
            channels,
            visibility: Self::visibility(&c.visibility),
            allow,
            published,
            url: self.url_field(&c.url, file, "url"),
            withdrawn,
        })
    }

    // --- pages

    fn page(&mut self, doc: Doc<RawPage>) -> Option<Page> {
        let Doc { file, stem, meta: p, meta_span, body } = doc;
        let slug = match p.slug.get() {
            Some(v) => self.id(v, file, "page slug"),
            None if p.slug.is_absent() => self.stem_id(&stem, file, meta_span, "page slug"),
            None => None,
        };
        if let Some(s) = &slug
            && RESERVED_SLUGS.contains(&s.as_str())
        {
            let at = pos(file, p.slug.span().unwrap_or(meta_span));
            self.err(Kind::ReservedSlug, format!("the page slug `{s}` is reserved: the sites use `{s}/` themselves"), at).help =
                Some(format!("choose another slug, e.g. `over-{s}`"));
        }
        self.subject = slug.as_ref().map(Id::to_string);
        let title = self.required(&p.title, "title", file, meta_span, "this page");
        let audience = p.audience.value().copied().unwrap_or_default();
        self.expect_links(&body, matches!(audience, PageAudience::Public | PageAudience::Both));
        Some(Page { pos: pos(file, meta_span), slug: slug?, file, title: title?, audience, order: p.order.value().copied(), body })
    }

    // --- duplicates and references

    fn duplicate(&mut self, what: &str, id: &str, first: Pos, second: Pos) {
        let (f1, l1) = (self.sources.path(first.file).to_owned(), self.sources.get(first.file).line_col(first.span.start()).0);
        let (f2, l2) = (self.sources.path(second.file).to_owned(), self.sources.get(second.file).line_col(second.span.start()).0);
        self.diags.push(
            Diagnostic::error(Kind::DuplicateId, format!("two of {what} `{id}`: in {f1}:{l1} and in {f2}:{l2}"))
                .at(second)
                .note(format!("first defined in {f1}:{l1}"))
                .help("give one of them another id")
                .subject(id),
        );
    }

    fn unique<'i>(&mut self, what: &str, items: impl Iterator<Item = (&'i Id, Pos)>) -> HashMap<Id, usize> {
        let mut map: HashMap<Id, usize> = HashMap::new();
        let mut first_pos: HashMap<Id, Pos> = HashMap::new();
        for (i, (id, pos)) in items.enumerate() {
            if let Some(first) = first_pos.get(id) {
                let first = *first;
                self.duplicate(&format!("the {what}s,"), id.as_str(), first, pos);
                continue;
            }
            first_pos.insert(id.clone(), pos);
            map.insert(id.clone(), i);
        }
        map
    }

    /// Remember an item's id before its other keys are judged: errors in the
    /// item name it as their subject.
    fn seen(&mut self, id: &Option<Id>) {
        self.subject = id.as_ref().map(Id::to_string);
    }

    /// References read: resolved now when their kind is known, else at the end.
    fn expect(&mut self, target: Target, refs: &[Ref]) {
        for r in refs {
            if !self.known.has(target, &r.id) {
                self.refs.push(PendingRef { target, r: r.clone(), subject: self.subject.clone() });
            }
        }
    }

    /// The item links of a Markdown text: resolved now when their kind is
    /// known, else at the end. Its refused link destinations and too deep
    /// nesting are reported here too.
    fn expect_links(&mut self, md: &Markdown, public: bool) {
        self.markdown_shape(md);
        for link in &md.facts.item_links {
            let Some(at) = md.pos(&link.range) else { continue };
            if !self.known.link_ok(link, public) {
                let subject = self.subject.clone().unwrap_or_default();
                self.links.push(PendingLink { link: link.clone(), at, public, subject });
            }
        }
    }

    /// The link destinations a Markdown text may not use, and nesting deeper
    /// than the renderer takes.
    fn markdown_shape(&mut self, md: &Markdown) {
        for bad in &md.facts.bad_urls {
            let Some(at) = md.pos(&bad.range) else { continue };
            self.err(Kind::BadUrl, format!("the link `{}` is refused: {}", shorten(&bad.dest), bad.problem), at).help =
                Some(markdown::url_help(&bad.dest).into());
        }
        // At the point where it gets too deep (the rest of the text is
        // inside it: no need to underline all of it).
        if let Some(range) = &md.facts.too_deep
            && let Some(at) = md.pos(&(range.start..range.start))
        {
            self.err(Kind::TooDeep, format!("this text nests more than {} levels deep", markdown::MAX_DEPTH), at).help = Some(
                "flatten the nested quotes or lists (a `>` or a list level inside another counts one level); the site cannot show this"
                    .into(),
            );
        }
    }

    /// A URL field of a YAML file (a claim's `url`, `accessibility.enforcement_url`).
    fn url_field(&mut self, field: &Field<String>, file: FileId, key: &str) -> Option<String> {
        let v = field.get()?;
        let url = v.value.trim();
        if url.is_empty() {
            return None;
        }
        if let Some(problem) = markdown::url_problem(url) {
            self.err(Kind::BadUrl, format!("`{key}` `{}` is refused: {problem}", shorten(url)), pos(file, v.span)).help =
                Some(markdown::url_help(url).into());
            return None;
        }
        Some(url.to_owned())
    }

    /// The item being validated is left out of the model: a reference to it
    /// is not reported as dangling (its own error says what is wrong).
    fn left_out<T>(&mut self, item: Option<T>) -> Option<T> {
        if item.is_none()
            && let Some(id) = &self.subject
        {
            self.broken.insert(id.clone());
        }
        item
    }

    fn dangling(&mut self, what: &str, id: &Ref, known: Vec<&str>, other: Option<&str>, subject: Option<String>) {
        if self.broken.contains(id.as_str()) {
            return; // the item itself had an error, reported already
        }
        let help = match did_you_mean(id.as_str(), known.iter().copied()) {
            _ if other.is_some() => format!("`{}` is an {}, not an {what}", id.id, other.unwrap_or_default()),
            Some(close) => format!("did you mean `{close}`?"),
            None if known.is_empty() => format!("there is no {what} yet"),
            None if known.len() <= 12 => format!("known: {}", known.join(", ")),
            None => format!("check the spelling; there are {} of them", known.len()),
        };
        let mut d = Diagnostic::error(Kind::DanglingReference, format!("no {what} `{}`", id.id)).at(id.pos).help(help);
        d.subject = subject;
        self.diags.push(d);
    }

    /// Resolve every reference read during validation against the items.
    fn references(&mut self, p: &Project) {
        let known = |target: Target| -> Vec<&str> {
            match target {
                Target::Member => p.team.members.iter().map(|m| m.id.as_str()).collect(),
                Target::Action => p.actions.iter().map(|a| a.id.as_str()).collect(),
                Target::Inventory => p.inventory.iter().map(|i| i.id.as_str()).collect(),
                Target::Question => p.questions.iter().map(|q| q.id.as_str()).collect(),
                Target::Topic => p.site.topics.iter().map(|t| t.id.as_str()).collect(),
                Target::Phase => p.site.trajectory.phases.iter().map(|t| t.id.as_str()).collect(),
                Target::Channel => p.site.channels.iter().map(|t| t.id.as_str()).collect(),
            }
        };
        let refs = std::mem::take(&mut self.refs);
        for PendingRef { target, r, subject } in refs {
            let exists = match target {
                Target::Member => p.member(&r).is_some(),
                Target::Action => p.action(&r).is_some(),
                Target::Inventory => p.inventory_item(&r).is_some(),
                Target::Question => p.question(&r).is_some(),
                Target::Topic => p.topic(&r).is_some(),
                Target::Phase => p.phase(&r).is_some(),
                Target::Channel => p.channel(&r).is_some(),
            };
            // A file that could not be read declares ids we cannot know.
            if exists || self.failed_kinds.contains(&target.file_kind()) {
                continue;
            }
            // An id of the other kind of item a claim lists.
            let other = match target {
                Target::Action if p.inventory_item(&r).is_some() => Some("inventory item"),
                Target::Inventory if p.action(&r).is_some() => Some("action"),
                _ => None,
            };
            self.dangling(target.noun(), &r, known(target), other, subject);
        }
        let links = std::mem::take(&mut self.links);
        for pending in links {
            self.link(p, pending);
        }
    }

    fn link(&mut self, p: &Project, pending: PendingLink) {
        let PendingLink { link, at, public, subject } = pending;
        let target = link.target.split('#').next().unwrap_or("");
        let (exists, target_public) = match link.kind.as_str() {
            "action" => match Id::parse(target).ok().and_then(|id| p.action(&id)) {
                Some(a) => (true, a.visibility == Visibility::Public),
                None => (false, false),
            },
            "inventory" => match Id::parse(target).ok().and_then(|id| p.inventory_item(&id)) {
                Some(i) => (true, i.visibility == Visibility::Public),
                None => (false, false),
            },
            "page" => match Id::parse(target).ok().and_then(|id| p.page(&id)) {
                Some(pg) => (true, pg.on_public()),
                None => (false, false),
            },
            "sdg" => (matches!(target.parse::<u8>(), Ok(1..=17)), true),
            "topic" => (Id::parse(target).ok().and_then(|id| p.topic(&id)).is_some(), true),
            "asset" => (p.assets.iter().any(|a| a.path == target), true),
            _ => {
                let mut d = Diagnostic::error(Kind::DanglingLink, format!("`{}` is not a kind of link", link.dest))
                    .at(at)
                    .help(format!("item links are {}", ITEM_LINK_KINDS.iter().map(|k| format!("@{k}/…")).collect::<Vec<_>>().join(", ")));
                d.subject = Some(subject.clone());
                self.diags.push(d);
                return;
            }
        };
        if !exists && self.broken.contains(target) {
            return; // the target had an error of its own
        }
        if !exists {
            let mut d = Diagnostic::error(Kind::DanglingLink, format!("the link `{}` points to nothing", link.dest))
                .at(at)
                .help(format!("check the {} id after `@{}/`", link.kind, link.kind));
            d.subject = Some(subject.clone());
            self.diags.push(d);
        } else if public && !target_public {
            let mut d =
                Diagnostic::error(Kind::PublicLinkToInternal, format!("public text links to the internal {} `{target}`", link.kind))
                    .at(at)
                    .help("the link would break (or leak) on the public site: link a public item, or remove the link");
            d.subject = Some(subject.clone());
            self.diags.push(d);
        }
    }
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

/// `YYYY-MM-DD`, a real calendar date.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let b = s.as_bytes();
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(format!("`{s}` is not a date in the form YYYY-MM-DD"));
    }
    let (y, m, d) = (s[0..4].parse::<i16>().unwrap_or(0), s[5..7].parse::<i8>().unwrap_or(0), s[8..10].parse::<i8>().unwrap_or(0));
    Date::new(y, m, d).map_err(|_| format!("{s} does not exist in the calendar"))
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
        assert!(parse_date("2023-02-29").unwrap_err().contains("does not exist"));
        assert!(parse_date("2024-2-1").unwrap_err().contains("YYYY-MM-DD"));
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
