//! Duplicates and references: unique ids (naming both files), references
//! and item links resolved as read or at the end, dangling ones reported,
//! and the shape of Markdown the site can show.

use std::collections::HashMap;

use crate::diag::{Diagnostic, Kind, did_you_mean};
use crate::i18n::msg;
use crate::model::markdown::{self, ITEM_LINK_KINDS};
use crate::model::*;
use crate::source::Pos;

use super::{PendingLink, PendingRef, Target, V, shorten};

/// The kind of a pending link that is a web address in a public text,
/// judged against the intranet's address.
const INTRANET_URL: &str = " intranet-url";

/// A web address as compared with a site's address: without its scheme,
/// its host in lower case.
fn url_key(url: &str) -> String {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.split_once('/') {
        Some((host, path)) => format!("{}/{path}", host.to_ascii_lowercase()),
        None => format!("{}/", rest.to_ascii_lowercase()),
    }
}

/// What a public link into the intranet (`sites.intranet.base_url`) points
/// at, as `public-link-to-internal` names it: an internal action or
/// inventory item, else the intranet page (its path). `None` when it is no
/// address on the intranet, or the intranet's copy of a public item.
fn intranet_target(p: &Project, url: &str) -> Option<(&'static str, String)> {
    let base = url_key(&p.site.intranet.base_url);
    let key = url_key(url);
    if base.len() <= 1 || !key.starts_with(&base) {
        return None;
    }
    // The public site at a longer address under the intranet's.
    let public = url_key(&p.site.public.base_url);
    if public.len() > base.len() && key.starts_with(&public) {
        return None;
    }
    let path = key[base.len()..].split(['#', '?']).next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != "index.html").collect();
    let id = |s: &str| Id::parse(s).ok();
    match parts.as_slice() {
        ["actions", item, ..] => match id(item).and_then(|i| p.action(&i)) {
            Some(a) if a.visibility == Visibility::Public => None,
            Some(a) => Some(("action", a.id.to_string())),
            None => Some(("page", path.to_owned())),
        },
        ["inventory", item, ..] => match id(item).and_then(|i| p.inventory_item(&i)) {
            Some(i) if i.visibility == Visibility::Public => None,
            Some(i) => Some(("inventory", i.id.to_string())),
            None => Some(("page", path.to_owned())),
        },
        [slug] if id(slug).and_then(|s| p.page(&s)).is_some_and(|pg| pg.on_public()) => None,
        _ => Some(("page", if path.is_empty() { "/".to_owned() } else { path.to_owned() })),
    }
}

impl V<'_> {
    /// Two items of kind `what` (`member`, `phase`, `session`...: the
    /// messages select on it) with the same id.
    pub(super) fn duplicate(&mut self, what: &str, id: &str, first: Pos, second: Pos) {
        let (f1, l1) = (self.sources.path(first.file).to_owned(), self.sources.get(first.file).line_col(first.span.start()).0);
        let (f2, l2) = (self.sources.path(second.file).to_owned(), self.sources.get(second.file).line_col(second.span.start()).0);
        self.diags.push(
            Diagnostic::error(
                Kind::DuplicateId,
                msg!("err-duplicate-id", what = what, id = id, first_file = &f1, first_line = l1, file = f2, line = l2),
            )
            .at(second)
            .note(msg!("err-duplicate-id-first", file = f1, line = l1))
            .help(msg!("err-duplicate-id-help"))
            .subject(id),
        );
    }

    pub(super) fn unique<'i>(&mut self, what: &str, items: impl Iterator<Item = (&'i Id, Pos)>) -> HashMap<Id, usize> {
        let mut map: HashMap<Id, usize> = HashMap::new();
        let mut first_pos: HashMap<Id, Pos> = HashMap::new();
        for (i, (id, pos)) in items.enumerate() {
            if let Some(first) = first_pos.get(id) {
                let first = *first;
                self.duplicate(what, id.as_str(), first, pos);
                continue;
            }
            first_pos.insert(id.clone(), pos);
            map.insert(id.clone(), i);
        }
        map
    }

    /// Remember an item's id before its other keys are judged: errors in the
    /// item name it as their subject.
    pub(super) fn seen(&mut self, id: &Option<Id>) {
        self.subject = id.as_ref().map(Id::to_string);
    }

    /// References read: resolved now when their kind is known, else at the end.
    pub(super) fn expect(&mut self, target: Target, refs: &[Ref]) {
        for r in refs {
            if !self.known.has(target, &r.id) {
                self.refs.push(PendingRef { target, r: r.clone(), subject: self.subject.clone() });
            }
        }
    }

    /// The item links of a Markdown text: resolved now when their kind is
    /// known, else at the end. Its refused link destinations and too deep
    /// nesting are reported here too.
    pub(super) fn expect_links(&mut self, md: &Markdown, public: bool) {
        self.markdown_shape(md);
        for link in &md.facts.item_links {
            let Some(at) = md.pos(&link.range) else { continue };
            if !self.known.link_ok(link, public) {
                let subject = self.subject.clone().unwrap_or_default();
                self.links.push(PendingLink { link: link.clone(), at, public, subject });
            }
        }
        // A public text's web addresses: one into the intranet is judged at
        // the end, when the intranet's address is known ([`Self::link`]).
        if public {
            let urls = md.facts.links.iter().map(|l| (&l.dest, &l.range)).chain(md.facts.images.iter().map(|i| (&i.dest, &i.range)));
            for (dest, range) in urls {
                let lower = dest.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
                if !(lower.starts_with("http://") || lower.starts_with("https://")) {
                    continue;
                }
                let Some(at) = md.pos(range) else { continue };
                let link = markdown::ItemLink {
                    kind: INTRANET_URL.to_owned(),
                    target: dest.trim().to_owned(),
                    dest: dest.clone(),
                    range: range.clone(),
                };
                let subject = self.subject.clone().unwrap_or_default();
                self.links.push(PendingLink { link, at, public, subject });
            }
        }
    }

    /// The link destinations a Markdown text may not use, and nesting deeper
    /// than the renderer takes.
    pub(super) fn markdown_shape(&mut self, md: &Markdown) {
        for bad in &md.facts.bad_urls {
            let Some(at) = md.pos(&bad.range) else { continue };
            self.err(Kind::BadUrl, msg!("err-bad-url-link", url = shorten(&bad.dest), problem = bad.problem.clone()), at).help =
                Some(markdown::url_help(&bad.dest).into());
        }
        // At the point where it gets too deep (the rest of the text is
        // inside it: no need to underline all of it).
        if let Some(range) = &md.facts.too_deep
            && let Some(at) = md.pos(&(range.start..range.start))
        {
            self.err(Kind::TooDeep, msg!("err-too-deep", depth = markdown::MAX_DEPTH), at).help = Some(msg!("err-too-deep-help").into());
        }
    }

    /// The item being validated is left out of the model: a reference to it
    /// is not reported as dangling (its own error says what is wrong).
    pub(super) fn left_out<T>(&mut self, item: Option<T>) -> Option<T> {
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
            _ if other.is_some() => {
                msg!("err-dangling-reference-other", id = id.id.as_str(), other = other.unwrap_or_default(), what = what)
            }
            Some(close) => msg!("err-did-you-mean", close = close),
            None if known.is_empty() => msg!("err-dangling-reference-none-yet", what = what),
            None if known.len() <= 12 => msg!("err-dangling-reference-known", known = known.join(", ")),
            None => msg!("err-dangling-reference-count", n = known.len()),
        };
        let mut d = Diagnostic::error(Kind::DanglingReference, msg!("err-dangling-reference", what = what, id = id.id.as_str()))
            .at(id.pos)
            .help(help);
        d.subject = subject;
        self.diags.push(d);
    }

    /// Resolve every reference read during validation against the items.
    pub(super) fn references(&mut self, p: &Project) {
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
                Target::Action if p.inventory_item(&r).is_some() => Some("inventory"),
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
        if link.kind == INTRANET_URL {
            if let Some((kind, target)) = intranet_target(p, &link.target) {
                let mut d =
                    Diagnostic::error(Kind::PublicLinkToInternal, msg!("err-public-link-to-internal", kind = kind, target = target))
                        .at(at)
                        .help(msg!("err-public-link-to-intranet-help"));
                d.subject = Some(subject);
                self.diags.push(d);
            }
            return;
        }
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
                let kinds = ITEM_LINK_KINDS.iter().map(|k| format!("@{k}/…")).collect::<Vec<_>>().join(", ");
                let mut d = Diagnostic::error(Kind::DanglingLink, msg!("err-link-kind", link = &link.dest))
                    .at(at)
                    .help(msg!("err-link-kind-help", kinds = kinds));
                d.subject = Some(subject.clone());
                self.diags.push(d);
                return;
            }
        };
        if !exists && self.broken.contains(target) {
            return; // the target had an error of its own
        }
        if !exists {
            let mut d = Diagnostic::error(Kind::DanglingLink, msg!("err-dangling-link", link = &link.dest))
                .at(at)
                .help(msg!("err-dangling-link-help", kind = &link.kind));
            d.subject = Some(subject.clone());
            self.diags.push(d);
        } else if public && !target_public {
            let mut d =
                Diagnostic::error(Kind::PublicLinkToInternal, msg!("err-public-link-to-internal", kind = &link.kind, target = target))
                    .at(at)
                    .help(msg!("err-public-link-to-internal-help"));
            d.subject = Some(subject.clone());
            self.diags.push(d);
        }
    }
}
