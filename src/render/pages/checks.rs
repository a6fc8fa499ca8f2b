//! The intranet's check report: the findings by item and by rule, and the
//! findings about the accessibility of Markdown texts next to their page.

use std::collections::{BTreeMap, HashMap};

use super::super::views::*;
use super::super::{R, urls};
use crate::diag::{Code, Diagnostic, Severity};
use crate::source::Sources;

/// The rules about the accessibility of Markdown texts: the check report
/// shows their findings next to the page they concern.
const CONTENT_RULES: [&str; 3] = ["markdown-image-alt", "markdown-heading-skip", "markdown-link-text"];

/// A message as HTML: escaped, and what it quotes in backticks (a key, a
/// value to type) as `<code>`, as the terminal shows it. Unpaired backticks
/// stay as they are.
fn code_spans(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return super::super::escape_html(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (k, part) in parts.iter().enumerate() {
        let part = super::super::escape_html(part);
        if k % 2 == 1 {
            out.push_str("<code>");
            out.push_str(&part);
            out.push_str("</code>");
        } else {
            out.push_str(&part);
        }
    }
    out
}

impl R<'_> {
    /// The check report's keys.
    /// A rule's page: its summary, default severity, what it checks and
    /// why, and a bad and a good example, from the catalogue.
    pub(in crate::render) fn rule_page(&self, ctx: &mut tera::Context, rule: &crate::rules::RuleInfo) {
        let text = |part: &str| crate::i18n::text(self.lang, &format!("rule-{}{part}", rule.id));
        let severity = match rule.default {
            // A rule whose severity depends on the item says how.
            None => text("-severity"),
            Some(Severity::Error) => self.t("error").to_string(),
            Some(Severity::Warning) => self.t("warning").to_string(),
        };
        ctx.insert(
            "rule",
            &serde_json::json!({
                "id": rule.id,
                // What they quote in backticks (`due`, `frequency`) as code.
                "summary": code_spans(&text("")),
                "why": code_spans(&text("-why")),
                "basis": code_spans(&text("-basis")),
                "fix": code_spans(&text("-fix")),
                "bad": text("-bad"),
                "good": text("-good"),
                "severity": severity,
                "fixed": rule.fixed,
            }),
        );
    }

    pub(in crate::render) fn check_report(&self, ctx: &mut tera::Context, diags: &[Diagnostic], sources: &Sources) {
        let p = self.p;
        let findings: Vec<FindingView> = diags.iter().map(|d| self.finding(d, sources)).collect();
        let mut by_rule: BTreeMap<String, Vec<FindingView>> = BTreeMap::new();
        let mut by_item: BTreeMap<String, Vec<FindingView>> = BTreeMap::new();
        for f in findings {
            by_item.entry(f.subject.clone().unwrap_or_default()).or_default().push(f.clone());
            by_rule.entry(f.rule.clone()).or_default().push(f);
        }
        let to_groups = |m: BTreeMap<String, Vec<FindingView>>| -> Vec<Group<FindingView>> {
            m.into_iter().map(|(key, items)| Group { url: items[0].url.clone(), label: key.clone(), key, items }).collect()
        };
        let exceptions: Vec<serde_json::Value> = p
            .claims
            .iter()
            .flat_map(|c| c.allow.iter().map(move |a| serde_json::json!({"claim": c.id.as_str(), "url": urls::claim(c.id.as_str()), "rule": a.rule, "reason": a.reason})))
            .collect();
        ctx.insert("by_rule", &to_groups(by_rule));
        ctx.insert("by_item", &to_groups(by_item));
        ctx.insert("findings_total", &diags.len());
        ctx.insert("errors", &diags.iter().filter(|d| d.severity == Severity::Error).count());
        ctx.insert("exceptions", &exceptions);
        ctx.insert("today", &self.today.to_string());
        ctx.insert("content_findings", &self.content_findings(diags, sources));
    }

    /// The findings of the Markdown accessibility rules, grouped by the page
    /// or item whose text they concern, in the order of the findings.
    pub(in crate::render) fn content_findings(&self, diags: &[Diagnostic], sources: &Sources) -> Vec<PageFindings> {
        let mut out: Vec<PageFindings> = Vec::new();
        let mut at: HashMap<(String, String), usize> = HashMap::new();
        for d in diags.iter().filter(|d| matches!(d.code, Code::Rule(r) if CONTENT_RULES.contains(&r))) {
            let file = d.location(sources).0.unwrap_or_default().replace('\\', "/");
            let subject = d.subject.clone().unwrap_or_default();
            let k = *at.entry((file.clone(), subject.clone())).or_insert_with(|| {
                let (title, url) = self.text_owner(&file, &subject);
                out.push(PageFindings { title, url, findings: Vec::new() });
                out.len() - 1
            });
            out[k].findings.push(self.finding(d, sources));
        }
        out
    }

    /// The title and intranet URL of the item whose Markdown is in `file`
    /// with id (or session number) `subject`.
    pub(in crate::render) fn text_owner(&self, file: &str, subject: &str) -> (String, Option<String>) {
        let p = self.p;
        let ix = &p.index;
        let found = if file.contains("/actions/") {
            ix.actions.get(subject).map(|&i| (p.actions[i].title.clone(), Some(urls::action(subject))))
        } else if file.contains("/pages/") {
            ix.pages.get(subject).map(|&i| {
                let pg = &p.pages[i];
                (pg.title.clone(), pg.on_intranet().then(|| urls::free_page(subject)))
            })
        } else if file.contains("/inventory/") {
            ix.inventory.get(subject).map(|&i| (p.inventory[i].title.clone(), Some(urls::inventory(subject))))
        } else {
            p.sessions
                .iter()
                .find(|s| s.number.to_string() == subject)
                .map(|s| (format!("{} {}: {}", self.t("session"), s.number, s.title), Some(urls::page("sessions"))))
        };
        found.unwrap_or_else(|| (subject.to_owned(), self.subject_url(subject)))
    }

    pub(in crate::render) fn finding(&self, d: &Diagnostic, sources: &Sources) -> FindingView {
        let (file, line, _) = d.location(sources);
        let location = file.map(|f| match line {
            Some(l) => format!("{f}:{l}"),
            None => f.to_owned(),
        });
        let url = d.subject.as_deref().and_then(|s| self.subject_url(s));
        FindingView {
            rule: match d.code {
                Code::Rule(r) => r.to_owned(),
                Code::Content(k) => k.code().to_owned(),
            },
            rule_url: match d.code {
                Code::Rule(r) if crate::rules::find(r).is_some() => Some(urls::rule(r)),
                _ => None,
            },
            severity: d.severity.as_str(),
            message: code_spans(&d.message.say(self.lang)),
            help: d.help.as_ref().map(|h| code_spans(&h.say(self.lang))),
            location,
            subject: d.subject.clone(),
            url,
            claim: match d.code {
                Code::Rule(r) if r.starts_with("claim-") => d.subject.as_deref().and_then(|s| self.claim_context(s, d)),
                _ => None,
            },
        }
    }

    /// The claim `id` with the finding's term marked (its label, found in
    /// the text) and its evidence: each linked action with its status and the
    /// latest measurement of each indicator, each linked inventory item.
    fn claim_context(&self, id: &str, d: &Diagnostic) -> Option<ClaimContext> {
        let p = self.p;
        let claim = &p.claims[*p.index.claims.get(id)?];
        let term = d.label.as_ref().map(|l| l.say(self.lang)).filter(|t| !t.is_empty());
        let (before, mark, after) = match term.as_deref().and_then(|t| claim.text.find(t).map(|at| (at, t.len()))) {
            Some((at, len)) => (claim.text[..at].to_owned(), claim.text[at..at + len].to_owned(), claim.text[at + len..].to_owned()),
            None => (claim.text.clone(), String::new(), String::new()),
        };
        let mut evidence = Vec::new();
        for r in &claim.actions {
            let Some(a) = p.action(r) else { continue };
            let measurements = a
                .indicators()
                .iter()
                .map(|ind| {
                    let unit = ind.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
                    match ind.latest(self.today) {
                        Some(m) => {
                            let value = format!("{}{unit}", self.num(m.value));
                            let date = m.date.to_string();
                            crate::i18n::format(
                                self.lang,
                                "checks_measured",
                                &[("name", ind.name.as_str().into()), ("value", value.as_str().into()), ("date", date.as_str().into())],
                            )
                        }
                        None => crate::i18n::format(self.lang, "checks_unmeasured", &[("name", ind.name.as_str().into())]),
                    }
                })
                .collect();
            evidence.push(EvidenceView {
                title: a.title.clone(),
                url: urls::action(a.id.as_str()),
                status: self.status_label(a.status).to_owned(),
                measurements,
            });
        }
        for r in &claim.inventory {
            let Some(i) = p.inventory_item(r) else { continue };
            evidence.push(EvidenceView {
                title: i.title.clone(),
                url: urls::inventory(i.id.as_str()),
                status: self.t("inventory").to_owned(),
                measurements: Vec::new(),
            });
        }
        Some(ClaimContext { before, mark, after, evidence })
    }

    pub(in crate::render) fn subject_url(&self, s: &str) -> Option<String> {
        let p = self.p;
        let ix = &p.index;
        if ix.actions.contains_key(s) {
            Some(urls::action(s))
        } else if ix.claims.contains_key(s) {
            Some(urls::claim(s))
        } else if ix.inventory.contains_key(s) {
            Some(urls::inventory(s))
        } else if ix.pages.get(s).is_some_and(|&i| p.pages[i].on_intranet()) {
            Some(urls::free_page(s))
        } else if s == "team" || ix.members.contains_key(s) {
            Some(urls::page("team"))
        } else if s.parse::<u32>().is_ok() {
            Some(urls::page("sessions"))
        } else if p.site.topics.iter().any(|t| t.id.as_str() == s) {
            Some(urls::topic(s))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::code_spans;

    #[test]
    fn quoted_keys_become_code_and_everything_is_escaped() {
        assert_eq!(code_spans("add `due: <date>` & more"), "add <code>due: &lt;date&gt;</code> &amp; more");
        // An unpaired backtick is text.
        assert_eq!(code_spans("it`s <b>"), "it`s &lt;b&gt;");
    }
}
