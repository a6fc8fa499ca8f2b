//! Content rules over titles and Markdown: claims made outside the claims
//! register (`page-claim-term`), raw HTML the sanitiser removes, and the
//! accessibility of Markdown (image alt, heading levels, link texts).

use std::borrow::Cow;

use rayon::prelude::*;

use super::registry::RuleId;
use super::words::{self, Term};
use super::{Ctx, finding, quoted_terms};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::msg;
use crate::model::{Markdown, Visibility};
use crate::source::Pos;

/// Every Markdown value of the project: (text, subject, shown publicly, fallback position).
fn markdowns<'a>(ctx: &'a Ctx) -> Vec<(&'a Markdown, Cow<'a, str>, bool, Pos)> {
    let p = ctx.project;
    let mut out = Vec::new();
    for a in &p.actions {
        out.push((&a.body, Cow::Borrowed(a.id.as_str()), a.visibility == Visibility::Public, a.pos));
    }
    for pg in &p.pages {
        out.push((&pg.body, Cow::Borrowed(pg.slug.as_str()), pg.on_public(), pg.pos));
    }
    for i in &p.inventory {
        if let Some(note) = &i.note {
            out.push((note, Cow::Borrowed(i.id.as_str()), i.visibility == Visibility::Public, i.pos));
        }
    }
    for s in &p.sessions {
        if let Some(summary) = &s.summary {
            out.push((summary, Cow::Owned(s.number.to_string()), false, s.pos));
        }
    }
    out
}

/// One finding for the terms found in an item, if any, at the first;
/// `what` is `page` (a public page) or `action` (a public action).
fn claim_terms(found: Vec<(Term, Pos)>, what: &str, subject: &str) -> Option<Diagnostic> {
    let (first, pos) = found.first()?;
    let names: Vec<Term> = found.iter().map(|(t, _)| t.clone()).collect();
    Some(
        finding(RuleId::PageClaimTerm, msg!("find-page-claim-term", what = what, terms = quoted_terms(&names)))
            .at(*pos)
            .label(first.text.clone())
            .help(msg!("find-page-claim-term-help"))
            .subject(subject),
    )
}

pub(super) fn page_claim_term(ctx: &Ctx) -> Vec<Diagnostic> {
    let p = ctx.project;
    let mut out: Vec<Diagnostic> = p
        .pages
        .iter()
        .filter(|pg| pg.on_public())
        .filter_map(|pg| {
            let mut found: Vec<(Term, Pos)> = words::claim_terms(&pg.title).into_iter().map(|t| (t, pg.pos)).collect();
            found.extend(words::claim_terms(&pg.body.text).into_iter().map(|t| (t.clone(), pg.body.pos(&t.range).unwrap_or(pg.pos))));
            claim_terms(found, "page", pg.slug.as_str())
        })
        .collect();
    // The bodies' terms were found when they were loaded.
    out.par_extend(p.actions.par_iter().filter(|a| a.visibility == Visibility::Public).filter_map(|a| {
        let mut found: Vec<(Term, Pos)> = words::claim_terms(&a.title).into_iter().map(|t| (t.clone(), a.title_pos.at(t.range))).collect();
        found.extend(words::claim_terms(&a.body.text).into_iter().map(|t| (t.clone(), a.body.pos(&t.range).unwrap_or(a.pos))));
        claim_terms(found, "action", a.id.as_str())
    }));
    out
}

/// True when the sanitiser would remove something of this raw HTML fragment.
/// Comments are removed too, but they show nothing; a lone end tag belongs to
/// a start tag judged on its own; a lone start tag is judged with its end tag.
pub(super) fn fragment_removed(fragment: &str) -> bool {
    let f = fragment.trim();
    if f.is_empty() || f.starts_with("<!--") {
        return false;
    }
    if f.starts_with("</") && f.ends_with('>') && f[1..].find('<').is_none() {
        return false;
    }
    if !crate::html::removes_something(f) {
        return false;
    }
    if f.starts_with('<') && f.ends_with('>') && f[1..].find('<').is_none() {
        let name: String = f[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if !name.is_empty() && !crate::html::removes_something(&format!("{f}</{name}>")) {
            return false;
        }
    }
    true
}

pub(super) fn raw_html_removed(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (md, subject, public, fallback) in markdowns(ctx) {
        for (html, range) in &md.facts.raw_html {
            if !fragment_removed(html) {
                continue;
            }
            let severity = if public { Severity::Error } else { Severity::Warning };
            let shown: String = html.trim().chars().take(60).collect();
            let mut d = finding(RuleId::RawHtmlRemoved, msg!("find-raw-html-removed", html = shown))
                .at(md.pos(range).unwrap_or(fallback))
                .label(msg!("find-raw-html-removed-label"))
                .help(msg!("find-raw-html-removed-help"))
                .subject(subject.to_string());
            d.severity = severity;
            out.push(d);
        }
    }
    out
}

/// The keys of a front matter (or of an inventory item) a body line must
/// not start with: every key of the kind's schema, and
/// the internal and structural keys of every kind (`internal_note`,
/// `note`, `notes`, `follow_up`, `owners`, `visibility`, `allow`).
fn front_matter_keys(kind: &str) -> Vec<String> {
    // The keys of `load::raw`'s `RawAction`, `RawPage` and `RawInventoryItem`
    // (what `kapstok schema` writes; `checks` may not use `schema`): a new
    // key there belongs here too.
    let own: &[&str] = match kind {
        "action" => &[
            "id",
            "title",
            "owners",
            "department",
            "status",
            "start",
            "due",
            "sdgs",
            "topics",
            "phase",
            "visibility",
            "builds_on",
            "indicator",
            "indicators",
            "completed",
            "progress",
            "follow_up",
            "internal_note",
        ],
        "page" => &["title", "slug", "audience", "order"],
        _ => &["id", "title", "kind", "source", "department", "sdgs", "topics", "visibility", "note"],
    };
    let mut keys: Vec<String> = ["internal_note", "note", "notes", "follow_up", "owners", "visibility", "allow"]
        .into_iter()
        .chain(own.iter().copied())
        .map(str::to_owned)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The lines of a Markdown text (outside code blocks) that start with one
/// of `keys` and a `:` (`internal_note: ...` pasted under the closing
/// `---`), and a second front matter right after the first (the body's
/// first line `---`, a `key:` line, and a closing `---`): each line's
/// range and the key. Exact keys only: `Doel: ...` is prose.
pub(crate) fn front_matter_lines(text: &str, keys: &[String]) -> Vec<(std::ops::Range<usize>, String)> {
    let b = text.as_bytes();
    // The key a line starts with (up to three spaces, then lowercase
    // letters, digits and `_`, then `:`), if it is one of `keys`: bytes
    // first, a look in the list only for such a line.
    let key_at = |start: usize, end: usize| -> Option<&str> {
        let lead = b[start..end].iter().take_while(|&&c| c == b' ').count();
        if lead > 3 {
            return None;
        }
        let from = start + lead;
        let len = b[from..end].iter().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || **c == b'_').count();
        if len == 0 || b.get(from + len) != Some(&b':') {
            return None;
        }
        let key = &text[from..from + len];
        keys.iter().any(|k| k == key).then_some(key)
    };
    let line_end = |start: usize| memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
    let trimmed = |start: usize, end: usize| start..end - usize::from(end > start && b[end - 1] == b'\r');
    let mut found: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let end = line_end(at);
        if let Some(key) = key_at(at, end) {
            found.push((trimmed(at, end), key.to_owned()));
        }
        at = end + 1;
    }
    // A second front matter: `---`, lines of `key: value`, `---`.
    let first = text.len() - text.trim_start_matches(['\n', '\r', ' ']).len();
    let first = text[..first].rfind('\n').map_or(0, |k| k + 1);
    let is_rule = |s: usize, e: usize| text[s..e].trim_end() == "---";
    if first < b.len() && is_rule(first, line_end(first)) {
        let mut at = line_end(first) + 1;
        let mut keyed = false;
        while at < b.len() {
            let end = line_end(at);
            if is_rule(at, end) {
                if keyed {
                    found.insert(0, (trimmed(first, line_end(first)), "---".to_owned()));
                }
                break;
            }
            let line = &text[at..end];
            keyed |= line.split_once(':').is_some_and(|(k, _)| !k.is_empty() && k.bytes().all(|c| c.is_ascii_lowercase() || c == b'_'));
            at = end + 1;
        }
    }
    if found.is_empty() {
        return found;
    }
    // Not in a code block.
    let code: Vec<std::ops::Range<usize>> = pulldown_cmark::Parser::new_ext(text, crate::model::markdown::options())
        .into_offset_iter()
        .filter_map(|(e, r)| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::CodeBlock(_))).then_some(r))
        .collect();
    found.retain(|(r, _)| !code.iter().any(|c| c.start <= r.start && r.start < c.end));
    found
}

/// `body-front-matter-key`: a line of a body that starts with a key of the
/// item's front matter (`internal_note: ...` under the closing `---`), or a
/// second front matter right after the first. Such a line is published word
/// for word: an error on a public item, a warning on an internal one.
pub(super) fn body_front_matter_key(ctx: &Ctx) -> Vec<Diagnostic> {
    static KEYS: std::sync::LazyLock<[Vec<String>; 3]> =
        std::sync::LazyLock::new(|| [front_matter_keys("action"), front_matter_keys("page"), front_matter_keys("inventory")]);
    let p = ctx.project;
    let mut bodies: Vec<(&Markdown, &str, bool, Pos, &[String])> = Vec::new();
    for a in &p.actions {
        bodies.push((&a.body, a.id.as_str(), a.visibility == Visibility::Public, a.pos, &KEYS[0]));
    }
    for pg in &p.pages {
        bodies.push((&pg.body, pg.slug.as_str(), pg.on_public(), pg.pos, &KEYS[1]));
    }
    for i in &p.inventory {
        if let Some(note) = &i.note {
            bodies.push((note, i.id.as_str(), i.visibility == Visibility::Public, i.pos, &KEYS[2]));
        }
    }
    bodies
        .par_iter()
        .flat_map_iter(|(md, subject, public, fallback, keys)| {
            front_matter_lines(&md.text, keys).into_iter().map(move |(range, key)| {
                let line: String = md.text[range.clone()].trim().chars().take(80).collect();
                let mut d = finding(RuleId::BodyFrontMatterKey, msg!("find-body-front-matter-key", key = key.as_str(), line = line))
                    .at(md.pos(&range).unwrap_or(*fallback))
                    .label(msg!("find-body-front-matter-key-label"))
                    .help(msg!("find-body-front-matter-key-help"))
                    .subject(subject.to_string());
                d.severity = if *public { Severity::Error } else { Severity::Warning };
                d
            })
        })
        .collect()
}

pub(super) fn image_alt(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (md, subject, _, fallback) in markdowns(ctx) {
        for img in md.facts.images.iter().filter(|i| i.alt.trim().is_empty()) {
            out.push(
                finding(RuleId::MarkdownImageAlt, msg!("find-markdown-image-alt", image = img.dest.as_str()))
                    .at(md.pos(&img.range).unwrap_or(fallback))
                    .label(msg!("find-markdown-image-alt-label"))
                    .help(msg!("find-markdown-image-alt-help"))
                    .subject(subject.to_string()),
            );
        }
    }
    out
}

pub(super) fn heading_skip(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (md, subject, _, fallback) in markdowns(ctx) {
        let mut prev = 1u8;
        for (level, range) in &md.facts.headings {
            let pos = md.pos(range).unwrap_or(fallback);
            if *level == 1 {
                out.push(
                    finding(RuleId::MarkdownHeadingSkip, msg!("find-markdown-heading-level-one"))
                        .at(pos)
                        .label(msg!("find-markdown-heading-level-one-label"))
                        .help(msg!("find-markdown-heading-level-one-help"))
                        .subject(subject.to_string()),
                );
            } else if *level > prev + 1 {
                out.push(
                    finding(RuleId::MarkdownHeadingSkip, msg!("find-markdown-heading-skip", level = *level, previous = prev))
                        .at(pos)
                        .label(msg!("find-markdown-heading-skip-label", level = *level))
                        .help(msg!("find-markdown-heading-skip-help", marks = "#".repeat(usize::from(prev) + 1)))
                        .subject(subject.to_string()),
                );
            }
            prev = *level;
        }
    }
    out
}

const GENERIC_LINK_TEXTS: &[&str] = &[
    "hier",
    "klik hier",
    "lees meer",
    "meer info",
    "deze link",
    "ici",
    "cliquez ici",
    "lire la suite",
    "en savoir plus",
    "here",
    "click here",
    "read more",
    "more",
    "this link",
];

pub(super) fn link_text(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (md, subject, _, fallback) in markdowns(ctx) {
        for link in &md.facts.links {
            let t = link.text.trim().trim_end_matches(['.', ':', '!', '…', '»', '→']).trim();
            // The generic texts have at most three words: skip longer ones
            // before lower-casing anything.
            if t.split_whitespace().nth(3).is_some() {
                continue;
            }
            let t = t.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
            if GENERIC_LINK_TEXTS.contains(&t.as_str()) {
                out.push(
                    finding(RuleId::MarkdownLinkText, msg!("find-markdown-link-text", text = link.text.trim()))
                        .at(md.pos(&link.range).unwrap_or(fallback))
                        .label(msg!("find-markdown-link-text-label"))
                        .help(msg!("find-markdown-link-text-help"))
                        .subject(subject.to_string()),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod front_matter_tests {
    use super::*;

    #[test]
    fn a_front_matter_key_in_the_body_is_found_not_prose() {
        let keys = front_matter_keys("action");
        assert!(keys.iter().any(|k| k == "internal_note") && keys.iter().any(|k| k == "due") && keys.iter().any(|k| k == "owners"));
        let text = "Doel: minder maaien.\n\ninternal_note: Budget niet goedgekeurd.\n\n```\nowners: [x]\n```\n\nstatus: klaar\n";
        let found = front_matter_lines(text, &keys);
        let at: Vec<&str> = found.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(at, ["internal_note: Budget niet goedgekeurd.", "status: klaar"]);
        let twice = "\n---\nid: x\ntitle: y\n---\nTekst.\n";
        assert_eq!(front_matter_lines(twice, &keys).first().map(|(_, k)| k.as_str()), Some("---"));
        assert!(front_matter_lines("Internal_note: x\nDoel: y\nnotitie: z\n", &keys).is_empty());
        assert!(front_matter_lines("\n---\n\nEen lijn.\n", &keys).is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;

    const PUBLIC_PAGE: &str = "title: Over ons\naudience: public\n";
    const INTERNAL_PAGE: &str = "title: Intern\n";

    #[test]
    fn page_claim_term_on_public_items_only() {
        let p = TestProject::new().page("over", PUBLIC_PAGE, "Wij zijn de eerste gemeente die klimaatneutraal is.\n");
        let d = p.rule(page_claim_term);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("eerste gemeente") && d[0].message.to_string().contains("klimaatneutraal"));
        assert_eq!(d[0].label.as_ref().map(ToString::to_string).as_deref(), Some("eerste gemeente"));
        assert!(TestProject::new().page("over", INTERNAL_PAGE, "Wij zijn klimaatneutraal.\n").rule(page_claim_term).is_empty());
        let act = "title: Koploper in LED\nstatus: done\nvisibility: public\n";
        assert_eq!(TestProject::new().action("a", act).rule(page_claim_term).len(), 1);
        let act = "title: Koploper in LED\nstatus: done\n";
        assert!(TestProject::new().action("a", act).rule(page_claim_term).is_empty());
        assert!(TestProject::new().page("over", PUBLIC_PAGE, "Wij plaatsen LED-lampen.\n").rule(page_claim_term).is_empty());
    }

    #[test]
    fn raw_html_severity_by_visibility() {
        let body = "Tekst <span style=\"color:red\">rood</span>.\n\n<script>alert(1)</script>\n";
        let d = TestProject::new().page("over", PUBLIC_PAGE, body).rule(raw_html_removed);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert!(d.iter().all(|x| x.severity == Severity::Error));
        let d = TestProject::new().page("over", INTERNAL_PAGE, body).rule(raw_html_removed);
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|x| x.severity == Severity::Warning));
        let ok = "Een <em>nadruk</em> en <abbr>MVO</abbr>.\n\n<!-- notitie -->\n";
        assert!(TestProject::new().page("over", PUBLIC_PAGE, ok).rule(raw_html_removed).is_empty());
    }

    #[test]
    fn fragments() {
        assert!(fragment_removed("<p onclick=\"x()\">"));
        assert!(fragment_removed("<iframe src=\"https://x\"></iframe>"));
        assert!(!fragment_removed("<strong>"));
        assert!(!fragment_removed("</strong>"));
        assert!(!fragment_removed("<br>"));
        assert!(!fragment_removed("<!-- x -->"));
    }

    #[test]
    fn image_alt() {
        let d =
            TestProject::new().page("over", PUBLIC_PAGE, "![](../assets/logo.svg)\n\n![Logo](../assets/logo.svg)\n").rule(super::image_alt);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn heading_skip() {
        let d = TestProject::new().page("over", PUBLIC_PAGE, "## Twee\n\n#### Vier\n\n## Twee\n\n### Drie\n").rule(super::heading_skip);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("level 4"));
        let d = TestProject::new().page("over", PUBLIC_PAGE, "# Een\n\n## Twee\n").rule(super::heading_skip);
        assert_eq!(d.len(), 1);
        let d = TestProject::new().page("over", PUBLIC_PAGE, "### Drie\n").rule(super::heading_skip);
        assert_eq!(d.len(), 1);
        assert!(TestProject::new().page("over", PUBLIC_PAGE, "## Twee\n\n### Drie\n\n## Twee\n").rule(super::heading_skip).is_empty());
    }

    #[test]
    fn link_text() {
        let body = "Zie [hier](https://a.be), [Lees meer…](https://b.be), [click here](https://c.be) en [het actieplan](https://d.be).\n";
        let d = TestProject::new().page("over", PUBLIC_PAGE, body).rule(super::link_text);
        assert_eq!(d.len(), 3);
    }
}
