//! The action pages: the action lists (rows, filters and their keys) and
//! one action's page, on the intranet and on the public site; the status,
//! progress and indicator views they share with other pages.

use std::collections::{BTreeSet, HashMap};

use super::super::extra;
use super::super::plan::Plan;
use super::super::views::*;
use super::super::{Kind, R, chart, code, i18n, urls};
use crate::model::{Action, ActionStatus, Indicator, Ref, Visibility};
use crate::progress::{self, ProgressStatus};

impl Plan {
    /// The rows of the site's actions at positions `at` (into `self.actions`),
    /// each made as it is added to the context: the rows of a large site are
    /// never held beside the context (nor kept between pages).
    pub(in crate::render) fn insert_rows(&self, ctx: &mut tera::Context, key: &str, at: impl Iterator<Item = usize>) {
        let r = self.r();
        let action = |k: usize| &r.p.actions[self.actions[k]];
        match self.kind {
            Kind::Intranet => ctx.insert(key, &extra::Seq::new(at.map(|k| r.action_row(action(k))))),
            Kind::Public => ctx.insert(key, &extra::Seq::new(at.map(|k| r.public_action_row(action(k))))),
        }
    }

    /// The filters of the action list, one group per dimension (status,
    /// department, SDG, topic, and on the intranet owner), each value with its
    /// key (as in the rows' `filter`) and how many actions it keeps. Values
    /// that keep no action are left out.
    pub(in crate::render) fn filter_groups(&self, r: &R) -> Vec<Group<Count>> {
        let p = r.p;
        let mut counts: HashMap<String, usize> = HashMap::new();
        for a in self.site_actions() {
            for k in filter_keys(a, self.kind == Kind::Intranet).split(' ') {
                if let Some(n) = counts.get_mut(k) {
                    *n += 1;
                } else {
                    counts.insert(k.to_owned(), 1);
                }
            }
        }
        let option = |key: String, label: String| {
            let count = counts.get(key.as_str()).copied().unwrap_or(0);
            (count > 0).then_some(Count { key, label, url: None, count })
        };
        let mut departments: BTreeSet<&str> = BTreeSet::new();
        departments.extend(self.site_actions().iter().filter_map(|a| a.department.as_deref()));
        let mut groups = vec![
            (
                "status",
                ActionStatus::ALL.iter().filter_map(|s| option(format!("status-{}", s.code()), r.status_label(*s).into())).collect(),
            ),
            ("department", departments.iter().filter_map(|d| option(format!("department-{}", key_slug(d)), (*d).to_owned())).collect()),
            ("sdg", (1..=17u8).filter_map(|n| option(format!("sdg-{n}"), format!("{n}. {}", i18n::sdg_name(r.lang, n)))).collect()),
            ("topic", p.site.topics.iter().filter_map(|t| option(format!("topic-{}", t.id), t.title.clone())).collect()),
        ];
        if self.kind == Kind::Intranet {
            groups.push(("owner", p.team.members.iter().filter_map(|m| option(format!("owner-{}", m.id), m.name.clone())).collect()));
        }
        groups
            .into_iter()
            .filter(|(_, items): &(&str, Vec<Count>)| !items.is_empty())
            .map(|(key, items)| Group { key: key.to_owned(), label: r.t(key).to_owned(), url: None, items })
            .collect()
    }
}

impl R<'_> {
    pub(in crate::render) fn by_status(&self, actions: &[&Action]) -> Vec<Count> {
        ActionStatus::ALL
            .iter()
            .map(|s| Count {
                key: s.code().into(),
                label: self.status_label(*s).into(),
                url: None,
                count: actions.iter().filter(|a| a.status == *s).count(),
            })
            .collect()
    }

    pub(in crate::render) fn action_page(&self, a: &Action, row: &ActionRow, claims: &[usize], path: &str) -> ActionPage {
        let p = self.p;
        let k = Kind::Intranet;
        ActionPage {
            row: row.clone(),
            body_html: self.md(k, &a.body.text, path),
            start: a.start.map(|d| d.to_string()),
            completed: a.completed.map(|d| d.to_string()),
            phase: a.phase.as_ref().and_then(|r| p.phase(&r.id)).map(|ph| ph.title.clone()),
            indicators: self.indicators(a, false),
            follow_ups: a
                .follow_up
                .iter()
                .map(|f| FollowUpView {
                    date: f.date.to_string(),
                    with: self.t(&format!("with_{}", code(&f.with))),
                    past: f.date < self.today,
                })
                .collect(),
            owner_links: a
                .owners
                .iter()
                .filter_map(|o| p.member(&o.id))
                .map(|m| Link { title: m.name.clone(), url: super::owners::path(m.id.as_str()) })
                .collect(),
            internal_note_html: a.internal_note.as_ref().map(|n| self.md(k, n, path)),
            builds_on: a
                .builds_on
                .iter()
                .filter_map(|r| p.inventory_item(&r.id))
                .map(|i| Link { title: i.title.clone(), url: urls::inventory(i.id.as_str()) })
                .collect(),
            claims: claims.iter().map(|&c| &p.claims[c]).map(|c| Link { title: c.text.clone(), url: urls::claim(c.id.as_str()) }).collect(),
        }
    }

    pub(in crate::render) fn public_action_page(&self, a: &Action, row: &PublicActionRow, path: &str) -> PublicActionPage {
        PublicActionPage {
            row: row.clone(),
            body_html: self.md(Kind::Public, &a.body.text, path),
            start: a.start.map(|d| d.to_string()),
            completed: a.completed.map(|d| d.to_string()),
            indicators: self.indicators(a, true),
            builds_on: a
                .builds_on
                .iter()
                .filter_map(|r| self.p.inventory_item(&r.id))
                .map(|i| Link { title: i.title.clone(), url: urls::inventory(i.id.as_str()) })
                .collect(),
        }
    }

    pub(in crate::render) fn topic_links(&self, topics: &[Ref]) -> Vec<Link> {
        topics
            .iter()
            .map(|t| Link {
                title: self.p.topic(&t.id).map_or_else(|| t.id.to_string(), |x| x.title.clone()),
                url: urls::topic(t.id.as_str()),
            })
            .collect()
    }

    /// A progress status as the pages show it.
    pub(in crate::render) fn progress_status(&self, s: ProgressStatus) -> StatusView {
        let id = match s {
            ProgressStatus::Achieved => "progress_achieved",
            ProgressStatus::OnTrack => "progress_on-track",
            ProgressStatus::Behind => "progress_behind",
            ProgressStatus::NoData => "progress_no-data",
        };
        StatusView { key: s.code(), label: self.t(id), symbol: s.symbol() }
    }

    /// How many of `actions` have each progress status (every status, in
    /// the order of [`ProgressStatus::ALL`]; the templates skip zeros).
    pub(in crate::render) fn progress_counts(&self, actions: &[&Action]) -> Vec<StatusCount> {
        let statuses: Vec<ProgressStatus> = actions.iter().map(|a| progress::action_status(a, self.today)).collect();
        ProgressStatus::ALL
            .iter()
            .map(|&s| StatusCount { status: self.progress_status(s), count: statuses.iter().filter(|&&x| x == s).count() })
            .collect()
    }

    pub(in crate::render) fn status_label(&self, s: ActionStatus) -> &'static str {
        self.t(&format!("status_{}", s.code()))
    }

    pub(in crate::render) fn next_follow_up(&self, a: &Action) -> Option<String> {
        a.follow_up.iter().find(|f| f.date >= self.today).map(|f| f.date.to_string())
    }

    pub(in crate::render) fn percent(&self, a: &Action) -> Option<u8> {
        if a.status == ActionStatus::Done {
            return Some(100);
        }
        a.first_indicator().and_then(|i| chart::percent(i, i.latest(self.today)))
    }

    pub(in crate::render) fn action_row(&self, a: &Action) -> ActionRow {
        ActionRow {
            id: a.id.to_string(),
            title: a.title.clone(),
            url: urls::action(a.id.as_str()),
            status: a.status.code(),
            status_label: self.status_label(a.status),
            department: a.department.clone(),
            owners: a.owners.iter().filter_map(|o| self.p.member(&o.id)).map(|m| m.name.clone()).collect(),
            sdgs: a.sdgs.clone(),
            topics: self.topic_links(&a.topics),
            due: a.due.map(|d| d.to_string()),
            next_follow_up: self.next_follow_up(a),
            percent: self.percent(a),
            progress_status: self.progress_status(progress::action_status(a, self.today)),
            public: a.visibility == Visibility::Public,
            filter: filter_keys(a, true),
        }
    }

    pub(in crate::render) fn public_action_row(&self, a: &Action) -> PublicActionRow {
        PublicActionRow {
            id: a.id.to_string(),
            title: a.title.clone(),
            url: urls::action(a.id.as_str()),
            status: a.status.code(),
            status_label: self.status_label(a.status),
            department: a.department.clone(),
            sdgs: a.sdgs.clone(),
            topics: self.topic_links(&a.topics),
            due: a.due.map(|d| d.to_string()),
            next_follow_up: self.next_follow_up(a),
            percent: self.percent(a),
            progress_status: self.progress_status(progress::action_status(a, self.today)),
            filter: filter_keys(a, false),
        }
    }

    /// An indicator of `a`: its figures and status as of today, without its chart.
    pub(in crate::render) fn indicator_summary(&self, a: &Action, ind: &Indicator) -> IndicatorSummary {
        let latest = ind.latest(self.today);
        IndicatorSummary {
            name: ind.name.clone(),
            unit: ind.unit.clone(),
            baseline: ind.baseline.map(|v| self.num(v)),
            target: self.num(ind.target),
            latest: latest.map(|p| self.progress_view(p)),
            percent: chart::percent(ind, latest),
            source: ind.source.clone(),
            progress_status: self.progress_status(progress::judge(ind, a.start, a.due, self.today).status),
            explanation: ind.explanation.as_ref().map(|e| e.text.clone()),
        }
    }

    /// Each indicator of an action with its chart and its measurements
    /// (`public`: only those dated today or before; the chart always so).
    pub(in crate::render) fn indicators(&self, a: &Action, public: bool) -> Vec<IndicatorView> {
        a.indicators
            .iter()
            .enumerate()
            .map(|(n, ind)| {
                let progress = ind.progress_until(self.today);
                let start = a.start.or(Some(self.p.site.trajectory.start));
                let end = a.due.max(progress.last().map(|p| p.date));
                let listed = if public { progress } else { &ind.progress[..] };
                IndicatorView {
                    summary: self.indicator_summary(a, ind),
                    svg: chart::svg(
                        ind,
                        progress,
                        start,
                        end,
                        &format!("{}: {}", self.t("chart_alt"), ind.name),
                        [self.t("baseline"), self.t("target")],
                        self.lang,
                    ),
                    progress: listed.iter().map(|pr| self.progress_view(pr)).collect(),
                    anchor: if n == 0 { "ind-h".to_owned() } else { format!("ind-h-{}", n + 1) },
                }
            })
            .collect()
    }

    pub(in crate::render) fn progress_view(&self, p: &crate::model::Progress) -> ProgressView {
        ProgressView { date: p.date.to_string(), value: self.num(p.value), note: p.note.clone() }
    }
}

/// A key for a filter value: lower-case ASCII letters, digits and `-`, with
/// accents folded (`Financiële dienst` -> `financiele-dienst`), so it can
/// stand in a URL fragment and in a CSS attribute selector. Two values that
/// differ only in case, accents or punctuation share a key and filter together.
pub(in crate::render) fn key_slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::new();
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase) {
        // Letters that do not decompose into a base letter and an accent.
        let folded = match c {
            'œ' => "oe",
            'æ' => "ae",
            'ß' => "ss",
            'ø' => "o",
            'ł' => "l",
            'đ' => "d",
            _ => "",
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !folded.is_empty() {
            out.push_str(folded);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { s.chars().map(|c| format!("{:x}", u32::from(c))).collect::<Vec<_>>().join("-") } else { out.to_owned() }
}

/// The filter keys of an action, space-separated (for `[data-f~="key"]`):
/// status, department, SDGs, topics, and the owners' ids when `owners`.
pub(in crate::render) fn filter_keys(a: &Action, owners: bool) -> String {
    let mut keys = vec![format!("status-{}", a.status.code())];
    keys.extend(a.department.as_deref().map(|d| format!("department-{}", key_slug(d))));
    keys.extend(a.sdgs.iter().map(|n| format!("sdg-{n}")));
    keys.extend(a.topics.iter().map(|t| format!("topic-{}", t.id)));
    if owners {
        keys.extend(a.owners.iter().map(|o| format!("owner-{}", o.id)));
    }
    keys.join(" ")
}
