//! Evaluation questions and quotes, claims, and pages.

use crate::diag::{Kind, did_you_mean};
use crate::i18n::msg;
use crate::load::Doc;
use crate::load::raw::*;
use crate::model::*;
use crate::rules as registry;
use crate::source::FileId;
use crate::yaml::Sp;

use super::{Target, V, pos};

impl V<'_> {
    // --- evaluation

    pub(super) fn evaluation(&mut self, file: FileId, raw: RawEvaluation, questions: &mut Vec<Question>, quotes: &mut Vec<Quote>) {
        for q in raw.questions.value().into_iter().flatten() {
            // An error in the id is no error of the item before.
            self.subject = None;
            let id = self.required_id(&q.id, file, q.span, "question");
            self.subject = id.as_ref().map(Id::to_string);
            let text = self.required(&q.text, "text", file, q.span, "question");
            if let (Some(id), Some(text)) = (id, text) {
                questions.push(Question { id, text, pos: pos(file, q.span) });
            }
        }
        for q in raw.quotes.value().into_iter().flatten() {
            let what = "quote";
            let question = match q.question.get() {
                Some(v) => self.reference(v, file, "question"),
                None => self.required(&q.question, "question", file, q.span, what).and(None),
            };
            let text = self.required(&q.text, "text", file, q.span, what);
            self.subject = None;
            let by = q.by.get().and_then(|b| self.reference(b, file, "member"));
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

    pub(super) fn claim(&mut self, file: FileId, raw: Sp<RawClaim>) -> Option<Claim> {
        let c = &raw.value;
        let what = "claim";
        // An error in the id is no error of the item before.
        self.subject = None;
        let id = self.required_id(&c.id, file, raw.span, what);
        self.seen(&id);
        let text = self.required(&c.text, "text", file, raw.span, what);
        let kind = self.required_value(&c.kind, "kind", file, raw.span, what);
        let actions = self.id_list(&c.actions, file, "action");
        let inventory = self.id_list(&c.inventory, file, "inventory");
        let channels = self.id_list(&c.channels, file, "channel");
        self.expect(Target::Action, &actions);
        self.expect(Target::Inventory, &inventory);
        self.expect(Target::Channel, &channels);
        let mut allow = Vec::new();
        for a in c.allow.value().into_iter().flatten() {
            let Some(rule) = self.required(&a.rule, "rule", file, a.span, "allow") else { continue };
            let rule_span = a.rule.span().unwrap_or(a.span);
            let info = registry::find(&rule);
            let Some(info) = info.filter(|i| i.id.starts_with("claim-")) else {
                let claim_rules = registry::ids().filter(|id| id.starts_with("claim-"));
                let help = match did_you_mean(&rule, claim_rules) {
                    Some(close) => msg!("err-bad-allow-close-help", close = close),
                    None => msg!("err-bad-allow-help"),
                };
                let message =
                    if info.is_some() { msg!("err-bad-allow-rule", rule = &rule) } else { msg!("err-unknown-rule", rule = &rule) };
                self.err(Kind::BadAllow, message, pos(file, rule_span)).help = Some(help.into());
                continue;
            };
            let reason = Self::optional_text(&a.reason);
            let Some(reason) = reason else {
                self.err(Kind::BadAllow, msg!("err-allow-no-reason", rule = info.id), pos(file, a.reason.span().unwrap_or(a.span))).help =
                    Some(msg!("err-allow-no-reason-help").into());
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

    pub(super) fn page(&mut self, doc: Doc<RawPage>) -> Option<Page> {
        let Doc { file, stem, meta: p, meta_span, body } = doc;
        let slug = match p.slug.get() {
            Some(v) => self.id(v, file, "slug"),
            None if p.slug.is_absent() => self.stem_id(&stem, file, meta_span, "slug"),
            None => None,
        };
        if let Some(s) = &slug
            && RESERVED_SLUGS.contains(&s.as_str())
        {
            let at = pos(file, p.slug.span().unwrap_or(meta_span));
            self.err(Kind::ReservedSlug, msg!("err-reserved-slug", slug = s.as_str()), at).help =
                Some(msg!("err-reserved-slug-help", slug = s.as_str()).into());
        }
        self.subject = slug.as_ref().map(Id::to_string);
        let title = self.required(&p.title, "title", file, meta_span, "page");
        let audience = p.audience.value().copied().unwrap_or_default();
        self.expect_links(&body, matches!(audience, PageAudience::Public | PageAudience::Both));
        Some(Page { pos: pos(file, meta_span), slug: slug?, file, title: title?, audience, order: p.order.value().copied(), body })
    }
}
