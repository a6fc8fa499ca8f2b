//! `site.yaml` (with its `checks:` settings), `team.yaml` and `sessions.yaml`:
//! the site's own settings, lists and defaults, the team and its members,
//! and the sessions.

use std::collections::BTreeMap;

use crate::diag::{Kind, did_you_mean};
use crate::i18n::msg;
use crate::load::raw::*;
use crate::model::*;
use crate::rules as registry;
use crate::source::{FileId, Span};
use crate::yaml::{Field, Sp};

use super::{Target, V, defaults, pos};

impl V<'_> {
    // --- site.yaml

    pub(super) fn site(&mut self, file: FileId, raw: RawSite, root: &std::path::Path) -> Site {
        let top = Span::new(0, 0);
        let what = "site";
        self.language = raw.language.value().copied().unwrap_or_default();
        let organisation = self.required(&raw.organisation, "organisation", file, top, what).unwrap_or_default();
        let theme = raw.theme.get().and_then(|t| {
            let id = self.id(t, file, "theme")?;
            if id.as_str() == "default" {
                return None;
            }
            if !root.join("themes").join(id.as_str()).is_dir() {
                self.err(Kind::MissingTheme, msg!("err-missing-theme", theme = id.as_str()), pos(file, t.span)).help =
                    Some(msg!("err-missing-theme-help").into());
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
                    self.err(
                        Kind::BadDate,
                        msg!("err-trajectory-ends-before-start", end = e.to_string(), start = s.to_string()),
                        pos(file, es),
                    );
                }
                let phases = match t.phases.value() {
                    Some(list) => self.titled_list(list, file, "phase"),
                    None => defaults(DEFAULT_PHASES),
                };
                Trajectory { title, start: start.unwrap_or(Date::constant(2000, 1, 1)), end, phases }
            }
            None => {
                if raw.trajectory.is_absent() {
                    self.err(Kind::MissingKey, msg!("err-key-missing", what = "site", key = "trajectory"), pos(file, top)).help =
                        Some(msg!("err-add-trajectory-help").into());
                }
                Trajectory { title: String::new(), start: Date::constant(2000, 1, 1), end: None, phases: defaults(DEFAULT_PHASES) }
            }
        };
        let (intranet, public) = match raw.sites.get() {
            Some(s) => (self.site_info(&s.intranet, "intranet", file, s.span), self.site_info(&s.public, "public", file, s.span)),
            None => {
                if raw.sites.is_absent() {
                    self.err(Kind::MissingKey, msg!("err-key-missing", what = "site", key = "sites"), pos(file, top)).help =
                        Some(msg!("err-add-sites-help").into());
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
                    let title = self.required(&c.title, "title", file, c.span, "channel").unwrap_or_else(|| id.to_string());
                    let audience = self.required_value(&c.audience, "audience", file, c.span, "channel")?;
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
            let title = self.required_in(&t.title, "title", file, t.span, what, Some(id.as_str())).unwrap_or_else(|| id.to_string());
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
                let title = self.required(&info.title, "title", file, info.span, which).unwrap_or_default();
                let mut base_url = self.required(&info.base_url, "base_url", file, info.span, which).unwrap_or_else(|| "/".into());
                if let Some(b) = info.base_url.get() {
                    let ok = base_url.starts_with("https://") || base_url.starts_with("http://") || base_url.starts_with('/');
                    if !ok {
                        self.err(Kind::BadValue, msg!("err-base-url", url = &base_url), pos(file, b.span)).help =
                            Some(msg!("err-base-url-help").into());
                    }
                }
                if !base_url.ends_with('/') {
                    base_url.push('/');
                }
                SiteInfo { title, base_url }
            }
            None => {
                if field.is_absent() {
                    self.err(Kind::MissingKey, msg!("err-key-missing", what = "sites", key = which), pos(file, parent)).help =
                        Some(msg!("err-add-site-help", which = which).into());
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
                    Some(close) => msg!("err-unknown-rule-close-help", close = close),
                    None => msg!("err-unknown-rule-help"),
                };
                self.err(Kind::UnknownRule, msg!("err-unknown-rule", rule = &key.value), pos(file, key.span)).help = Some(help.into());
                continue;
            };
            if info.fixed {
                self.err(Kind::BadValue, msg!("err-rule-fixed", rule = info.id), pos(file, key.span)).help =
                    Some(msg!("err-rule-fixed-help").into());
                continue;
            }
            if let Some(level) = level.value() {
                config.rules.insert(info.id, *level);
            }
        }
        config
    }

    // --- team.yaml

    pub(super) fn team(&mut self, file: FileId, raw: RawTeam, site: &Site) -> Team {
        let mandate = raw.mandate.get().and_then(|m| {
            let body = self.required(&m.body, "body", file, m.span, "mandate");
            let date = self.required_date(&m.date, "date", file, m.span, "mandate");
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
            // An error in the id is no error of the item before.
            self.subject = None;
            let id = self.required_id(&m.id, file, m.span, "member");
            self.seen(&id);
            let what = "member";
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
                also_known_as: m
                    .also_known_as
                    .value()
                    .into_iter()
                    .flatten()
                    .map(|a| a.value.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|a| !a.is_empty())
                    .collect(),
                pos,
            });
        }
        Team { file: Some(file), mandate, members }
    }

    pub(super) fn department(&mut self, site: &Site, field: &Field<String>, file: FileId) {
        let Some(d) = field.get() else { return };
        if site.departments.is_empty() || site.departments.iter().any(|x| x == d.value.trim()) {
            return;
        }
        let help = match did_you_mean(&d.value, site.departments.iter().map(String::as_str)) {
            Some(close) => msg!("err-unknown-department-close-help", close = close),
            None => msg!("err-unknown-department-help"),
        };
        self.err(Kind::DanglingReference, msg!("err-unknown-department", department = &d.value), pos(file, d.span)).help =
            Some(help.into());
    }

    // --- sessions.yaml

    pub(super) fn session(&mut self, file: FileId, raw: Sp<RawSession>) -> Option<Session> {
        let s = &raw.value;
        let what = "session";
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
}
