//! The claims pages: the intranet's claims with their evidence, and the
//! public claims.

use super::super::views::*;
use super::super::{R, code, urls};
use crate::model::{Ref, Visibility};

impl R<'_> {
    /// The communication plan: claims by channel.
    pub(in crate::render) fn intranet_claims(&self, ctx: &mut tera::Context) {
        let p = self.p;
        let mut groups: Vec<Group<ClaimView>> = Vec::new();
        for ch in &p.site.channels {
            let items: Vec<ClaimView> =
                p.claims.iter().filter(|c| c.channels.iter().any(|r| r.id == ch.id)).map(|c| self.claim_view(c)).collect();
            groups.push(Group { key: ch.id.to_string(), label: ch.title.clone(), url: None, items });
        }
        let loose: Vec<ClaimView> = p.claims.iter().filter(|c| c.channels.is_empty()).map(|c| self.claim_view(c)).collect();
        if !loose.is_empty() {
            groups.push(Group { key: "none".into(), label: self.t("none").into(), url: None, items: loose });
        }
        ctx.insert("groups", &groups);
        ctx.insert("claims", &p.claims.iter().map(|c| self.claim_view(c)).collect::<Vec<_>>());
    }

    pub(in crate::render) fn public_claims(&self) -> Vec<PublicClaim> {
        let p = self.p;
        p.claims
            .iter()
            .map(|c| PublicClaim {
                id: c.id.to_string(),
                text: c.text.clone(),
                kind: self.t(&format!("claim_{}", code(&c.kind))),
                channels: c.channels.iter().filter_map(|r| p.channel(&r.id)).map(|ch| ch.title.clone()).collect(),
                published: c.published.map(|d| d.to_string()),
                url: c.url.clone(),
                evidence: self.evidence(&c.actions, &c.inventory),
            })
            .collect()
    }

    pub(in crate::render) fn evidence(&self, actions: &[Ref], inventory: &[Ref]) -> Vec<Evidence> {
        let mut out = Vec::new();
        for a in actions.iter().filter_map(|r| self.p.action(&r.id)) {
            out.push(Evidence {
                title: a.title.clone(),
                url: urls::action(a.id.as_str()),
                status_label: self.status_label(a.status),
                percent: self.percent(a),
                progress_status: Some(self.progress_status(crate::progress::action_status(a, self.today))),
            });
        }
        for i in inventory.iter().filter_map(|r| self.p.inventory_item(&r.id)) {
            out.push(Evidence {
                title: i.title.clone(),
                url: urls::inventory(i.id.as_str()),
                status_label: self.t(&format!("kind_{}", code(&i.kind))),
                percent: None,
                progress_status: None,
            });
        }
        out
    }

    pub(in crate::render) fn claim_view(&self, c: &crate::model::Claim) -> ClaimView {
        ClaimView {
            id: c.id.to_string(),
            text: c.text.clone(),
            kind: self.t(&format!("claim_{}", code(&c.kind))),
            public: c.visibility == Visibility::Public,
            published: c.published.map(|d| d.to_string()),
            withdrawn: c.withdrawn.map(|d| d.to_string()),
            url: c.url.clone(),
            evidence: self.evidence(&c.actions, &c.inventory),
            allow: c.allow.iter().map(|a| AllowView { rule: a.rule.to_owned(), reason: a.reason.clone() }).collect(),
        }
    }
}
