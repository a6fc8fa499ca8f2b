//! THE privacy boundary: what the public site may show, and what is internal.
//!
//! This is the one module that decides visibility. It lists
//! - [`public_texts`]: every text the public site shows, with its position
//!   in the content, for `check` to report a leak at the public field;
//! - [`internal_texts`]: every internal text, with how secret it is
//!   ([`Secrecy`]), for the privacy guard ([`crate::privacy`]) to look for;
//! - [`project`]: the projection of the model that the public site is
//!   rendered from (public items only; progress up to today; departments,
//!   never names, internal notes, follow-ups or `allow` reasons). An
//!   indicator's `explanation` is public exactly when its action is.
//!
//! What each is, is documented in `docs/content-format.md` ("What stays
//! internal"). The guard then reads every file of the public site whole, so
//! a field this module forgets is still caught when it carries a name or a
//! confidential text.

use crate::model::{Date, Index, Markdown, PageAudience, Project, Team, Visibility};
use crate::source::Pos;

/// The smallest internal text the guard looks for, in words (a shorter one
/// would match ordinary phrases).
pub(crate) const MIN_WORDS: usize = 4;

/// How secret an internal text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Secrecy {
    /// Internal notes, session summaries, internal quotes, internal and
    /// withdrawn claims, `allow` reasons: never public, even where a public
    /// field holds the same words (that copy is the leak).
    Confidential,
    /// An internal action's or inventory item's texts, an intranet page,
    /// the mandate: not published, but a sentence public text also says may
    /// stay public (plans repeat boilerplate).
    Unpublished,
}

/// An internal text as written, Markdown (made plain before it is split),
/// or Markdown made plain when it was loaded (its `facts.shown`).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Internal<'a> {
    Plain(&'a str),
    Markdown(&'a str),
    Shown(&'a str),
}

/// One internal text for the guard.
#[derive(Debug, Clone, Copy)]
pub(crate) struct InternalText<'a> {
    pub(crate) text: Internal<'a>,
    pub(crate) secrecy: Secrecy,
    /// The fewest words a piece of it must have to be looked for.
    pub(crate) min_words: usize,
    /// A note someone may copy part of (an internal note, an `allow`
    /// reason): every run of [`crate::privacy::RUN_WORDS`]
    /// words of it (outside quotation marks) and each of its lines are
    /// looked for too, not only its whole sentences. Not for internal
    /// claims, quotes and session summaries: public text says the same
    /// things, often in the same words.
    pub(crate) runs: bool,
    /// A text whose sentences are also looked for without their first or
    /// their last words ([`crate::privacy::STRETCH_WORDS`] words or more):
    /// session summaries and internal quotes.
    pub(crate) stretches: bool,
    /// An internal quote: its stretches are no needles where a public quote
    /// says them too (answers to one question share their words).
    pub(crate) answer: bool,
}

/// Everything internal, in a fixed order.
pub(crate) fn internal_texts(project: &Project) -> Vec<InternalText<'_>> {
    use Internal::{Markdown as Md, Plain, Shown};
    use Secrecy::{Confidential, Unpublished};
    let min = MIN_WORDS;
    let mut out = Vec::new();
    let mut push =
        |text, secrecy, stretches| out.push(InternalText { text, secrecy, min_words: min, runs: false, stretches, answer: false });
    let mut notes = Vec::new();
    let mut quotes = Vec::new();
    for a in &project.actions {
        if let Some(note) = &a.internal_note {
            notes.push(Md(note));
        }
        if a.visibility != Visibility::Public {
            push(Plain(&a.title), Unpublished, false);
            push(Shown(&a.body.facts.shown), Unpublished, false);
            // Not an indicator's `source`: the same source ("energieboekhouding")
            // serves public and internal actions alike.
            for ind in &a.indicators {
                for p in &ind.progress {
                    if let Some(n) = &p.note {
                        push(Plain(n), Unpublished, false);
                    }
                }
            }
            for ind in &a.indicators {
                push(Plain(&ind.name), Unpublished, false);
                if let Some(e) = &ind.explanation {
                    push(Plain(&e.text), Unpublished, false);
                }
            }
        }
    }
    // Not runs of a session summary: it tells the decisions the public plan
    // then says in the same words ("in de eerste helft van 2026").
    for s in &project.sessions {
        if let Some(summary) = &s.summary {
            push(Shown(&summary.facts.shown), Confidential, true);
        }
    }
    for i in project.inventory.iter().filter(|i| i.visibility != Visibility::Public) {
        push(Plain(&i.title), Unpublished, false);
        if let Some(n) = &i.note {
            push(Shown(&n.facts.shown), Unpublished, false);
        }
    }
    for c in &project.claims {
        if c.visibility != Visibility::Public || c.withdrawn.is_some() {
            push(Plain(&c.text), Confidential, false);
        }
        for a in &c.allow {
            notes.push(Plain(&a.reason));
        }
    }
    // Not runs of a quote: an evaluation's quotes answer the same questions
    // in the same words.
    for q in project.quotes.iter().filter(|q| q.visibility != Visibility::Public) {
        quotes.push(InternalText {
            text: Plain(&q.text),
            secrecy: Confidential,
            min_words: min,
            runs: false,
            stretches: true,
            answer: true,
        });
    }
    for p in project.pages.iter().filter(|p| p.audience == PageAudience::Intranet) {
        push(Shown(&p.body.facts.shown), Unpublished, false);
    }
    if let Some(m) = &project.team.mandate {
        if let Some(scope) = &m.scope {
            push(Plain(scope), Unpublished, false);
        }
        if let Some(reference) = &m.reference {
            // An identifier such as "CBS 2024/0457": distinctive even when short.
            out.push(InternalText {
                text: Plain(reference),
                secrecy: Unpublished,
                min_words: 2,
                runs: false,
                stretches: false,
                answer: false,
            });
        }
    }
    out.extend(quotes);
    out.extend(notes.into_iter().map(|text| InternalText {
        text,
        secrecy: Confidential,
        min_words: min,
        runs: true,
        stretches: false,
        answer: false,
    }));
    out
}

/// A text the public site shows, borrowed from the project. When `pos` spans
/// exactly `text.len()` bytes, the text stands in the file byte for byte, so a
/// range in `text` maps to `pos.span.start + range`; otherwise `pos` is the
/// value's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PublicText<'a> {
    pub(crate) text: &'a str,
    pub(crate) pos: Option<Pos>,
    /// The id of the item it belongs to (action, claim, inventory item, page
    /// slug, question id for quotes).
    pub(crate) subject: &'a str,
    /// For Markdown, the text the page shows (the parser's text,
    /// [`crate::text::md_plain`]); `None` for a text shown as written.
    pub(crate) shown: Option<&'a str>,
    /// A public quote's text: an answer to an evaluation question.
    pub(crate) answer: bool,
    /// For a Markdown block after another block of the same text: the
    /// place of that block in the list. The guard reads the end of the one
    /// and the start of the other together, as the page joins them.
    pub(crate) follows: Option<usize>,
}

/// What the public site shows, with positions and subjects.
pub(crate) fn public_texts(project: &Project) -> Vec<PublicText<'_>> {
    fn scalar<'a>(out: &mut Vec<PublicText<'a>>, text: &'a str, pos: Option<Pos>, subject: &'a str) {
        if !text.trim().is_empty() {
            out.push(PublicText { text, pos, subject, shown: None, answer: false, follows: None });
        }
    }
    let mut out = Vec::new();
    // What site.yaml says on every public page (at the file's start: its
    // values keep no position of their own).
    let s = &project.site;
    let at = Some(Pos { file: s.file, span: crate::source::Span::new(0, 0) });
    for text in [&s.organisation, &s.public.title, &s.trajectory.title, &s.open_data.publisher] {
        scalar(&mut out, text, at, "site");
    }
    if let Some(c) = &s.contact {
        for text in c.name.iter().chain(&c.email) {
            scalar(&mut out, text, at, "site");
        }
    }
    if let Some(a) = &s.accessibility {
        for text in a.exceptions.iter().chain(&a.feedback) {
            scalar(&mut out, text, at, "site");
        }
    }
    for (title, pos) in s.topics.iter().map(|t| (&t.title, t.pos)).chain(s.channels.iter().map(|c| (&c.title, c.pos))) {
        scalar(&mut out, title, pos.or(at), "site");
    }
    for a in project.actions.iter().filter(|a| a.visibility == Visibility::Public) {
        let id = a.id.as_str();
        // An id is a public address (`actions/ID/`).
        scalar(&mut out, id, Some(a.pos), id);
        scalar(&mut out, &a.title, Some(a.title_pos.at(0..a.title.len())), id);
        md_blocks(&mut out, &a.body, id);
        for ind in &a.indicators {
            for p in &ind.progress {
                if let Some(n) = &p.note {
                    scalar(&mut out, n, Some(a.pos), id);
                }
            }
        }
        for ind in &a.indicators {
            scalar(&mut out, &ind.name, Some(a.pos), id);
            if let Some(unit) = &ind.unit {
                scalar(&mut out, unit, Some(a.pos), id);
            }
            if let Some(source) = &ind.source {
                scalar(&mut out, source, Some(ind.pos), id);
            }
            // Comply or explain: public with its action, at its own position.
            if let Some(e) = &ind.explanation {
                scalar(&mut out, &e.text, Some(e.pos.at(0..e.text.len())), id);
            }
        }
        if let Some(d) = &a.department {
            scalar(&mut out, d, Some(a.pos), id);
        }
    }
    for c in project.claims.iter().filter(|c| c.visibility == Visibility::Public && c.withdrawn.is_none()) {
        scalar(&mut out, c.id.as_str(), Some(c.pos), c.id.as_str());
        scalar(&mut out, &c.text, Some(c.text_pos.at(0..c.text.len())), c.id.as_str());
        if let Some(url) = &c.url {
            scalar(&mut out, url, Some(c.pos), c.id.as_str());
        }
    }
    let mut public_questions = Vec::new();
    for q in project.quotes.iter().filter(|q| q.visibility == Visibility::Public) {
        scalar(&mut out, &q.text, Some(q.text_pos.at(0..q.text.len())), q.question.as_str());
        if let Some(t) = out.last_mut().filter(|t| std::ptr::eq(t.text, q.text.as_str())) {
            t.answer = true;
        }
        if let Some(a) = &q.attribution {
            scalar(&mut out, a, Some(q.pos), q.question.as_str());
        }
        if !public_questions.contains(&q.question.id) {
            public_questions.push(q.question.id.clone());
        }
    }
    for id in public_questions {
        if let Some(q) = project.question(&id) {
            scalar(&mut out, &q.text, Some(q.pos), q.id.as_str());
        }
    }
    for i in project.inventory.iter().filter(|i| i.visibility == Visibility::Public) {
        scalar(&mut out, i.id.as_str(), Some(i.pos), i.id.as_str());
        scalar(&mut out, &i.title, Some(i.title_pos.at(0..i.title.len())), i.id.as_str());
        if let Some(n) = &i.note {
            md_blocks(&mut out, n, i.id.as_str());
        }
        if let Some(d) = &i.department {
            scalar(&mut out, d, Some(i.pos), i.id.as_str());
        }
    }
    for p in project.pages.iter().filter(|p| p.on_public()) {
        scalar(&mut out, p.slug.as_str(), Some(p.pos), p.slug.as_str());
        scalar(&mut out, &p.title, Some(p.pos), p.slug.as_str());
        md_blocks(&mut out, &p.body, p.slug.as_str());
    }
    out
}

/// One public text per top-level block of a Markdown text, as written and
/// as the page shows it (both found when the text was loaded, in one
/// parse), and what stands between the blocks (link reference definitions,
/// HTML blocks), read as written.
fn md_blocks<'a>(out: &mut Vec<PublicText<'a>>, md: &'a Markdown, subject: &'a str) {
    // The place in `out` of the last block pushed: the page joins it to
    // the next one (`## Contact: Sofie` then `Vandermeulen helpt u.`).
    let mut last: Option<usize> = None;
    let mut push = |out: &mut Vec<PublicText<'a>>, range: std::ops::Range<usize>, block: Option<usize>| {
        let t = md.text[range.clone()].trim_end();
        let lead = t.len() - t.trim_start().len();
        if !t.trim().is_empty() {
            let r = range.start + lead..range.start + t.len();
            let shown = block.map(|b| &md.facts.shown[md.facts.blocks_shown[b].clone()]);
            let follows = if block.is_some() { last } else { None };
            out.push(PublicText { text: &md.text[r.clone()], pos: md.pos(&r), subject, shown, answer: false, follows });
            if block.is_some() {
                last = Some(out.len() - 1);
            }
        }
    };
    let mut end = 0;
    for (block, range) in md.facts.blocks.iter().enumerate() {
        if range.start > end {
            push(out, end..range.start, None);
        }
        push(out, range.clone(), Some(block));
        end = end.max(range.end);
    }
    if end < md.text.len() {
        push(out, end..md.text.len(), None);
    }
}

/// The project as the public site may show it: only public actions,
/// inventory items, claims (not withdrawn), quotes and pages, and the
/// questions those quotes answer; progress up to `today`; departments, never
/// names (no team, no owners, no quote's member), internal notes,
/// follow-ups, session summaries or `allow` reasons. Every page, data file,
/// feed and the sitemap of the public site are rendered from this alone.
pub(crate) fn project(p: &Project, today: Date) -> Project {
    let public = |v: Visibility| v == Visibility::Public;
    let actions: Vec<_> = p
        .actions
        .iter()
        .filter(|a| public(a.visibility))
        .map(|a| {
            let mut a = a.clone();
            a.owners.clear();
            a.follow_up.clear();
            a.internal_note = None;
            for ind in &mut a.indicators {
                ind.progress.retain(|x| x.date <= today);
            }
            a
        })
        .collect();
    let inventory: Vec<_> = p.inventory.iter().filter(|i| public(i.visibility)).cloned().collect();
    let claims: Vec<_> = p
        .claims
        .iter()
        .filter(|c| public(c.visibility) && c.withdrawn.is_none())
        .map(|c| {
            let mut c = c.clone();
            c.allow.clear();
            c
        })
        .collect();
    let quotes: Vec<_> = p
        .quotes
        .iter()
        .filter(|q| public(q.visibility))
        .map(|q| {
            let mut q = q.clone();
            q.by = None;
            q
        })
        .collect();
    let questions: Vec<_> = p.questions.iter().filter(|q| quotes.iter().any(|x| x.question.id == q.id)).cloned().collect();
    let pages: Vec<_> = p.pages.iter().filter(|pg| pg.on_public()).cloned().collect();
    let sessions: Vec<_> = p
        .sessions
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.summary = None;
            s
        })
        .collect();
    let position = |ids: &mut dyn Iterator<Item = &crate::model::Id>| ids.enumerate().map(|(k, id)| (id.clone(), k)).collect();
    let index = Index {
        members: Default::default(),
        actions: position(&mut actions.iter().map(|a| &a.id)),
        inventory: position(&mut inventory.iter().map(|i| &i.id)),
        questions: position(&mut questions.iter().map(|q| &q.id)),
        claims: position(&mut claims.iter().map(|c| &c.id)),
        pages: position(&mut pages.iter().map(|pg| &pg.slug)),
    };
    Project {
        root: p.root.clone(),
        sources: p.sources.clone(),
        site: p.site.clone(),
        team: Team { file: p.team.file, mandate: None, members: Vec::new() },
        sessions,
        inventory,
        actions,
        questions,
        quotes,
        claims,
        pages,
        assets: p.assets.clone(),
        index,
    }
}
