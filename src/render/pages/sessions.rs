//! The team, the sessions with their calendar, and the evaluation questions.

use super::super::views::*;
use super::super::{Kind, R, code, urls};
use crate::model::Visibility;

impl R<'_> {
    /// `members` (each with the actions they own) and `mandate`.
    pub(in crate::render) fn team(&self, ctx: &mut tera::Context) {
        let p = self.p;
        let mut owned: Vec<Vec<Link>> = vec![Vec::new(); p.team.members.len()];
        for a in &p.actions {
            for (m, member) in p.team.members.iter().enumerate() {
                if a.owners.iter().any(|o| o.id == member.id) {
                    owned[m].push(Link { title: a.title.clone(), url: urls::action(a.id.as_str()) });
                }
            }
        }
        let members: Vec<MemberView> = p
            .team
            .members
            .iter()
            .zip(owned)
            .map(|(m, actions)| MemberView {
                name: m.name.clone(),
                role: m.role.clone(),
                department: m.department.clone(),
                kind: if code(&m.kind) == "elected" { "elected" } else { "staff" },
                lead: m.lead,
                core: m.core,
                actions,
                url: super::owners::path(m.id.as_str()),
            })
            .collect();
        ctx.insert("members", &members);
        ctx.insert(
            "mandate",
            &p.team
                .mandate
                .as_ref()
                .map(|m| serde_json::json!({"body": m.body, "date": m.date.to_string(), "reference": m.reference, "scope": m.scope})),
        );
    }

    pub(in crate::render) fn sessions(&self, path: &str) -> Vec<SessionView> {
        let p = self.p;
        p.sessions
            .iter()
            .map(|s| SessionView {
                number: s.number,
                date: s.date.to_string(),
                title: s.title.clone(),
                phase: s.phase.as_ref().and_then(|r| p.phase(&r.id)).map(|ph| ph.title.clone()),
                hours: s.hours.map(|h| self.num(h)),
                done: code(&s.status) == "done",
                summary_html: s.summary.as_ref().map(|m| self.md(Kind::Intranet, &m.text, path)),
            })
            .collect()
    }

    pub(in crate::render) fn calendar(&self) -> Vec<CalendarEntry> {
        let mut out: Vec<CalendarEntry> = self
            .p
            .actions
            .iter()
            .flat_map(|a| {
                a.follow_up.iter().map(move |f| CalendarEntry {
                    date: f.date.to_string(),
                    action: Link { title: a.title.clone(), url: urls::action(a.id.as_str()) },
                    with: self.t(&format!("with_{}", code(&f.with))),
                    past: f.date < self.today,
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.date, &a.action.url).cmp(&(&b.date, &b.action.url)));
        out
    }

    pub(in crate::render) fn questions(&self, kind: Kind) -> Vec<QuestionView> {
        let mut out = Vec::new();
        for q in &self.p.questions {
            let quotes: Vec<QuoteView> = self
                .p
                .quotes
                .iter()
                .filter(|x| x.question.id == q.id)
                .map(|x| {
                    let by = match kind {
                        Kind::Intranet => {
                            x.by.as_ref().and_then(|b| self.p.member(&b.id)).map(|m| m.name.clone()).or_else(|| x.attribution.clone())
                        }
                        Kind::Public => x.attribution.clone(),
                    };
                    QuoteView {
                        text: x.text.clone(),
                        by: by.unwrap_or_else(|| self.t("quotes_label").into()),
                        public: x.visibility == Visibility::Public,
                    }
                })
                .collect();
            if kind == Kind::Public && quotes.is_empty() {
                continue;
            }
            out.push(QuestionView { id: q.id.to_string(), text: q.text.clone(), quotes });
        }
        out
    }
}
