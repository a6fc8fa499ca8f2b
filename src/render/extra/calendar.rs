//! The intranet's iCalendar feeds (RFC 5545), under `calendar/`: `all.ics`
//! with every follow-up moment ("terugkommoment") and every session, one
//! `owners/ID.ics` per team member with the follow-ups of the actions they
//! own (and the sessions, for members of the core team), and `index.html`
//! listing them. Events are all-day (the content has dates, not times). A
//! UID is made from what the event is (action and date, session number) and
//! the intranet's host, so it is the same in every feed and every build;
//! DTSTAMP is "today".

use std::collections::BTreeMap;

use icalendar::{Calendar, Component, Event, Property};

use super::super::{Kind, R, code, escape_html as esc, urls};
use super::{page, say, text};
use crate::model::{Action, Date, Member, Session};

pub(super) const DIR: &str = "calendar";

/// One event, made once and put in every feed it belongs to.
struct Ev {
    event: Event,
    /// The ids of the members whose feed it goes in.
    members: Vec<String>,
}

fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn next_day(d: Date) -> Date {
    d.tomorrow().unwrap_or(d)
}

fn host(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let host = rest.split(['/', ':']).next().unwrap_or("");
    if host.is_empty() { "kapstok.invalid".to_owned() } else { host.to_owned() }
}

fn all_day(uid: &str, dtstamp: &str, date: Date, summary: &str, description: &str, url: &str) -> Event {
    Event::new()
        .uid(uid)
        .add_property("DTSTAMP", dtstamp)
        .append_property(Property::new("DTSTART", ics_date(date)).add_parameter("VALUE", "DATE").done())
        .append_property(Property::new("DTEND", ics_date(next_day(date))).add_parameter("VALUE", "DATE").done())
        .summary(summary)
        .description(description)
        .add_property("URL", url)
        .add_property("TRANSP", "TRANSPARENT")
        .done()
}

fn events(r: &R) -> Vec<Ev> {
    let p = r.p;
    let base = &p.site.intranet.base_url;
    let host = host(base);
    let dtstamp = format!("{}T000000Z", ics_date(r.today));
    let mut out = Vec::new();
    for a in &p.actions {
        out.extend(follow_ups(r, a, &host, &dtstamp, base));
    }
    let core: Vec<String> = p.team.members.iter().filter(|m| m.core).map(|m| m.id.to_string()).collect();
    for s in &p.sessions {
        out.push(Ev { event: session(r, s, &host, &dtstamp, base), members: core.clone() });
    }
    out
}

fn follow_ups<'a>(r: &'a R, a: &'a Action, host: &'a str, dtstamp: &'a str, base: &'a str) -> impl Iterator<Item = Ev> + 'a {
    let p = r.p;
    let owners: Vec<&Member> = a.owners.iter().filter_map(|o| p.member(&o.id)).collect();
    let url = format!("{base}{}", urls::action(a.id.as_str()));
    a.follow_up.iter().map(move |f| {
        let with = r.t(&format!("with_{}", code(&f.with)));
        let mut description = format!("{}: {}\n{}: {}", say(r.lang, "owners"), names(&owners), r.t("status"), r.status_label(a.status));
        if let Some(d) = &a.department {
            description.push_str(&format!("\n{d}"));
        }
        description.push_str(&format!("\n{url}"));
        Ev {
            event: all_day(
                &format!("follow-up-{}-{}@{host}", a.id, f.date),
                dtstamp,
                f.date,
                &format!("{}: {} ({with})", say(r.lang, "follow_up"), a.title),
                &description,
                &url,
            ),
            members: owners.iter().map(|m| m.id.to_string()).collect(),
        }
    })
}

fn names(members: &[&Member]) -> String {
    if members.is_empty() { "-".to_owned() } else { members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join(", ") }
}

fn session(r: &R, s: &Session, host: &str, dtstamp: &str, base: &str) -> Event {
    let p = r.p;
    let url = format!("{base}{}", urls::page("sessions"));
    let mut description = Vec::new();
    if let Some(phase) = s.phase.as_ref().and_then(|ph| p.phase(&ph.id)) {
        description.push(phase.title.clone());
    }
    if let Some(h) = s.hours {
        description.push(format!("{} h", super::opendata::number(h)));
    }
    if let Some(summary) = &s.summary {
        description.push(text::plain(&summary.text));
    }
    description.push(url.clone());
    all_day(
        &format!("session-{}@{host}", s.number),
        dtstamp,
        s.date,
        &format!("{} {}: {}", say(r.lang, "session"), s.number, s.title),
        &description.join("\n"),
        &url,
    )
}

fn calendar(name: &str, events: impl Iterator<Item = Event>) -> Vec<u8> {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", "-//kapstok//MVO-traject//NL"));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.name(name);
    for e in events {
        cal.push(e);
    }
    cal.to_string().into_bytes()
}

pub(super) fn files(r: &R, out: &mut BTreeMap<String, Vec<u8>>) {
    let p = r.p;
    let mut events = events(r);
    // Sorted by date, then UID, so the feeds read in order and never shuffle.
    events.sort_by_cached_key(|e| {
        (e.event.property_value("DTSTART").unwrap_or("").to_owned(), e.event.property_value("UID").unwrap_or("").to_owned())
    });
    let title = &p.site.trajectory.title;
    out.insert(
        format!("{DIR}/all.ics"),
        calendar(&format!("{title}: {}", say(r.lang, "calendar_all")), events.iter().map(|e| e.event.clone())),
    );
    let mut links = Vec::new();
    for m in &p.team.members {
        let id = m.id.to_string();
        let path = format!("{DIR}/owners/{id}.ics");
        let mine = events.iter().filter(|e| e.members.contains(&id)).map(|e| e.event.clone());
        out.insert(path, calendar(&format!("{title}: {} {}", say(r.lang, "calendar_of"), m.name), mine));
        links.push((format!("owners/{id}.ics"), m.name.clone()));
    }
    let mut body = format!("<ul>\n<li><a href=\"all.ics\">{}: {}</a></li>\n</ul>\n<ul>\n", esc(title), esc(say(r.lang, "calendar_all")));
    for (href, name) in links {
        body.push_str(&format!("<li><a href=\"{href}\">{} {}</a></li>\n", esc(say(r.lang, "calendar_of")), esc(&name)));
    }
    body.push_str("</ul>\n");
    let page_title = format!("{} (iCalendar)", say(r.lang, "calendar"));
    out.insert(format!("{DIR}/index.html"), page::page(r, Kind::Intranet, &format!("{DIR}/index.html"), &page_title, &body, &[]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_dates() {
        assert_eq!(host("https://intranet.voorbeeld.be/mvo/"), "intranet.voorbeeld.be");
        assert_eq!(host("/mvo/"), "kapstok.invalid");
        assert_eq!(ics_date(jiff::civil::date(2024, 9, 5)), "20240905");
    }
}
