//! The public Atom feed (RFC 4287) at `atom.xml`: one entry per progress
//! measurement of a public action (up to "today") and one per public action
//! completed (its `completed:` date, up to "today"), newest first, the
//! [`ENTRIES`] newest only. Entry ids and dates come from the data, so the
//! feed only changes when they do; the feed's `updated` is its newest
//! entry's date (the trajectory's start when there is none yet).

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::super::{R, RenderError, urls};
use super::text;
use crate::i18n;
use crate::model::{ActionStatus, Date};

pub(super) const PATH: &str = "atom.xml";

/// How many entries the feed holds: the newest. A feed reader fetches the
/// whole feed every time it looks, so it holds what is new, not the
/// history (the open data holds all of it). Without a limit, a plan of
/// 100,000 actions made a feed of 100 MB.
pub(super) const ENTRIES: usize = 100;

/// One entry, in the order of the feed: its date and id, and where its text
/// comes from (made while the feed is written, so the feed of 100,000
/// actions is not held twice).
struct Entry {
    date: Date,
    id: String,
    /// Index of the action in the project.
    action: usize,
    /// Indexes of the indicator and its progress entry; `None`: the action's completion.
    progress: Option<(usize, usize)>,
}

/// An entry's title, link and summary.
struct Shown {
    title: String,
    link: String,
    summary: String,
}

fn stamp(d: Date) -> String {
    format!("{d}T00:00:00Z")
}

fn link(r: &R, a: &crate::model::Action) -> String {
    format!("{}{}", r.p.site.public.base_url, urls::action(a.id.as_str()).replacen("index.html", "", 1))
}

fn entries(r: &R) -> Vec<Entry> {
    let p = r.p;
    let mut out = Vec::new();
    for (k, a) in p.actions.iter().enumerate() {
        let link = link(r, a);
        for (i, ind) in a.indicators.iter().enumerate() {
            // The first indicator's entries keep the ids they had when an action had one.
            let which = if i == 0 { String::new() } else { format!("-{}", i + 1) };
            for (n, pr) in ind.progress_until(r.today).iter().enumerate() {
                out.push(Entry { date: pr.date, id: format!("{link}#progress-{}{which}", pr.date), action: k, progress: Some((i, n)) });
            }
        }
        if let Some(done) = a.completed.filter(|d| *d <= r.today && a.status == ActionStatus::Done) {
            out.push(Entry { date: done, id: format!("{link}#completed"), action: k, progress: None });
        }
    }
    out.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    out.truncate(ENTRIES);
    out
}

fn shown(r: &R, e: &Entry) -> Shown {
    let a = &r.p.actions[e.action];
    let link = link(r, a);
    let Some((i, n)) = e.progress else {
        return Shown {
            title: format!("{}: {}", i18n::label(r.lang, "status_done"), a.title),
            link,
            summary: text::excerpt(&text::plain(&a.body.text), 400),
        };
    };
    let ind = &a.indicators[i];
    let pr = &ind.progress[n];
    let value = super::opendata::number(pr.value);
    let measured = format!("{value} {}", ind.unit.as_deref().unwrap_or("")).trim().to_owned();
    let mut summary = format!("{}: {measured}", ind.name);
    summary.push_str(&format!(" ({} {})", r.t("target").to_lowercase(), super::opendata::number(ind.target)));
    if let Some(source) = &ind.source {
        summary.push_str(&format!("; {}: {source}", r.t("source").to_lowercase()));
    }
    if let Some(note) = &pr.note {
        summary.push_str(&format!(". {note}"));
    }
    Shown { title: format!("{}: {} ({measured})", a.title, i18n::label(r.lang, "data_progress_entry").to_lowercase()), link, summary }
}

pub(super) fn feed(r: &R) -> Result<Vec<u8>, RenderError> {
    feed_xml(r).map_err(|e| RenderError::from(format!("writing {PATH}: {e}")))
}

fn feed_xml(r: &R) -> std::io::Result<Vec<u8>> {
    let p = r.p;
    let base = &p.site.public.base_url;
    let entries = entries(r);
    let updated = entries.first().map_or(p.site.trajectory.start, |e| e.date);
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let text = |w: &mut Writer<Vec<u8>>, name: &str, value: &str| -> std::io::Result<()> {
        w.create_element(name).write_text_content(BytesText::new(value))?;
        Ok(())
    };
    w.create_element("feed")
        .with_attribute(("xmlns", "http://www.w3.org/2005/Atom"))
        .with_attribute(("xml:lang", p.site.language.code()))
        .write_inner_content(|w| {
            text(w, "id", &format!("{base}{PATH}"))?;
            text(w, "title", &p.site.public.title)?;
            text(w, "subtitle", &format!("{}: {}", p.site.trajectory.title, i18n::label(r.lang, "data_feed")))?;
            text(w, "updated", &stamp(updated))?;
            w.create_element("link")
                .with_attribute(("rel", "self"))
                .with_attribute(("href", format!("{base}{PATH}").as_str()))
                .write_empty()?;
            w.create_element("link").with_attribute(("rel", "alternate")).with_attribute(("href", base.as_str())).write_empty()?;
            w.create_element("author").write_inner_content(|w| text(w, "name", &p.site.organisation))?;
            text(w, "generator", "kapstok")?;
            for e in &entries {
                let shown = shown(r, e);
                w.create_element("entry").write_inner_content(|w| {
                    text(w, "id", &e.id)?;
                    text(w, "title", &shown.title)?;
                    text(w, "updated", &stamp(e.date))?;
                    w.create_element("link")
                        .with_attribute(("rel", "alternate"))
                        .with_attribute(("href", shown.link.as_str()))
                        .write_empty()?;
                    if !shown.summary.is_empty() {
                        text(w, "summary", &shown.summary)?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}
