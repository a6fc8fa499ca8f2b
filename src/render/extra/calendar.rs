//! The intranet's iCalendar feeds (RFC 5545), under `calendar/`: `all.ics`
//! with every follow-up moment ("terugkommoment") and every session, one
//! `owners/ID.ics` per team member with the follow-ups of the actions they
//! own, the measurements of those actions that fall due (one event per
//! indicator on its next due date, with a reminder: a `VALARM` of action
//! `DISPLAY` on the day; the owner's page `team/ID/` lists the same dates),
//! and the sessions for members of the core team; and `index.html` listing
//! them. Events are all-day (the content has dates, not times). A UID is
//! made from what the event is (action and date, session number, action,
//! indicator and due date) and the intranet's host, so it is the same in
//! every feed and every build; DTSTAMP is "today".

use icalendar::{Calendar, Component, Event, Property};

use super::super::{Kind, R, RenderError, code, urls};
use super::{Out, page, text};
use crate::i18n::{self, Arg};
use crate::model::{Action, Date, Member, Session};

pub(super) const DIR: &str = "calendar";

/// One event, by what it is: the follow-up moment `follow_up` of action
/// `action`, or session `session` (indices into the project). Its text is
/// made when a feed is written, so 100,000 actions' events are never all
/// held at once.
#[derive(Clone, Copy)]
enum Ev {
    FollowUp {
        action: usize,
        follow_up: usize,
    },
    Session(usize),
    /// The next measurement of indicator `indicator` of open action `action`, due on `due`.
    Measurement {
        action: usize,
        indicator: usize,
        due: Date,
    },
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

/// Every event, sorted by date, then UID, so the feeds read in order and never shuffle.
fn events(r: &R, host: &str) -> Vec<Ev> {
    let p = r.p;
    let mut out: Vec<(String, String, Ev)> = Vec::new();
    for (k, a) in p.actions.iter().enumerate() {
        for (n, f) in a.follow_up.iter().enumerate() {
            out.push((ics_date(f.date), follow_up_uid(a, f.date, host), Ev::FollowUp { action: k, follow_up: n }));
        }
    }
    for (k, s) in p.sessions.iter().enumerate() {
        out.push((ics_date(s.date), session_uid(s, host), Ev::Session(k)));
    }
    for (k, a) in p.actions.iter().enumerate().filter(|(_, a)| a.is_open() && !a.owners.is_empty()) {
        for (n, ind) in a.indicators.iter().enumerate() {
            if let Some(next) = r.measurement_due(a, ind) {
                let e = Ev::Measurement { action: k, indicator: n, due: next.due };
                out.push((ics_date(next.due), measurement_uid(a, n, next.due, host), e));
            }
        }
    }
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out.into_iter().map(|(_, _, e)| e).collect()
}

fn follow_up_uid(a: &Action, date: Date, host: &str) -> String {
    format!("follow-up-{}-{date}@{host}", a.id)
}

fn session_uid(s: &Session, host: &str) -> String {
    format!("session-{}@{host}", s.number)
}

/// The `n`-th indicator of `a` (from 0; counted from 1 in the UID), due on `due`.
fn measurement_uid(a: &Action, n: usize, due: Date, host: &str) -> String {
    format!("measurement-{}-{}-{due}@{host}", a.id, n + 1)
}

/// Whether the event goes in the feed of `member`: the follow-ups of the
/// actions they own, and the sessions for members of the core team.
fn is_for(r: &R, e: Ev, member: &Member) -> bool {
    let p = r.p;
    match e {
        Ev::FollowUp { action, .. } => p.actions[action].owners.iter().filter_map(|o| p.member(&o.id)).any(|m| m.id == member.id),
        Ev::Session(_) => p.team.members.iter().any(|m| m.core && m.id == member.id),
        Ev::Measurement { action, .. } => p.actions[action].owners.iter().any(|o| o.id == member.id),
    }
}

/// Whether the event goes in `all.ics`: everything but the measurements,
/// which are the owners' reminders.
fn is_shared(e: Ev) -> bool {
    !matches!(e, Ev::Measurement { .. })
}

/// An event and, for a measurement, the text of its reminder.
struct Entry {
    event: Event,
    alarm: Option<String>,
}

/// The iCalendar event of `e`.
fn event(r: &R, e: Ev, host: &str, dtstamp: &str) -> Entry {
    let p = r.p;
    let plain = |event| Entry { event, alarm: None };
    match e {
        Ev::FollowUp { action, follow_up } => {
            let base = &p.site.intranet.base_url;
            let a = &p.actions[action];
            let f = &a.follow_up[follow_up];
            let owners: Vec<&Member> = a.owners.iter().filter_map(|o| p.member(&o.id)).collect();
            let url = format!("{base}{}", urls::action(a.id.as_str()));
            let with = r.t(&format!("with_{}", code(&f.with)));
            let mut description =
                format!("{}: {}\n{}: {}", i18n::label(r.lang, "owners"), names(&owners), r.t("status"), r.status_label(a.status));
            if let Some(d) = &a.department {
                description.push_str(&format!("\n{d}"));
            }
            description.push_str(&format!("\n{url}"));
            plain(all_day(
                &follow_up_uid(a, f.date, host),
                dtstamp,
                f.date,
                &format!("{}: {} ({with})", i18n::label(r.lang, "data_follow_up"), a.title),
                &description,
                &url,
            ))
        }
        Ev::Session(k) => plain(session(r, &p.sessions[k], host, dtstamp, &p.site.intranet.base_url)),
        Ev::Measurement { action, indicator, due } => {
            let base = &p.site.intranet.base_url;
            let a = &p.actions[action];
            let ind = &a.indicators[indicator];
            let url = format!("{base}{}", urls::action(a.id.as_str()));
            let args = [("indicator", Arg::Text(&ind.name)), ("action", Arg::Text(&a.title))];
            let latest = match ind.latest(r.today) {
                Some(m) => {
                    let unit = ind.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
                    format!("{} ({}): {}{unit}", r.t("latest"), m.date, r.num(m.value))
                }
                None => r.t("no_measurement").to_owned(),
            };
            let owners: Vec<&Member> = a.owners.iter().filter_map(|o| p.member(&o.id)).collect();
            let description = format!(
                "{latest}\n{}: {}\n{}: {}\n{url}",
                r.t("owner_frequency"),
                r.frequency_label(ind),
                i18n::label(r.lang, "owners"),
                names(&owners)
            );
            Entry {
                event: all_day(
                    &measurement_uid(a, indicator, due, host),
                    dtstamp,
                    due,
                    &i18n::format(r.lang, "measurement_event", &args),
                    &description,
                    &url,
                ),
                alarm: Some(i18n::format(r.lang, "measurement_alarm", &args)),
            }
        }
    }
}

/// When a reminder goes off: 09:00 on the event's day (an all-day event
/// starts at midnight, local time).
const ALARM_TRIGGER: &str = "PT9H";

/// Write `e`, with its reminder inside it. The `VALARM` is written here and
/// not with `icalendar`'s `Alarm`: the crate gives every component it writes
/// a `DTSTAMP` of the clock and a random `UID` when it has none, which would
/// make every build's feeds differ (and neither belongs in a `VALARM`).
fn write_entry(e: &Entry, out: &mut String) -> Result<(), String> {
    let err = |e: std::fmt::Error| format!("writing a calendar: {e}");
    e.event.fmt_write(out).map_err(err)?;
    let Some(alarm) = &e.alarm else { return Ok(()) };
    const END: &str = "END:VEVENT\r\n";
    if !out.ends_with(END) {
        return Err("an iCalendar event that does not end with END:VEVENT".to_owned());
    }
    out.truncate(out.len() - END.len());
    out.push_str("BEGIN:VALARM\r\n");
    for property in [
        Property::new("ACTION", "DISPLAY"),
        Property::new("TRIGGER", ALARM_TRIGGER).add_parameter("RELATED", "START").done(),
        Property::new("DESCRIPTION", alarm),
    ] {
        let line: String = property.try_into().map_err(err)?;
        out.push_str(&line);
    }
    out.push_str("END:VALARM\r\n");
    out.push_str(END);
    Ok(())
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
        &session_uid(s, host),
        dtstamp,
        s.date,
        &format!("{} {}: {}", i18n::label(r.lang, "session"), s.number, s.title),
        &description.join("\n"),
        &url,
    )
}

/// A feed: the calendar's own lines, then every event, written one by one
/// (the bytes `Calendar::to_string` gives for a calendar holding them).
fn calendar(name: &str, events: impl Iterator<Item = Entry>) -> Result<Vec<u8>, String> {
    use std::fmt::Write;
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", "-//kapstok//MVO-traject//NL"));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.name(name);
    const END: &str = "END:VCALENDAR\r\n";
    let mut out = cal.to_string();
    if !out.ends_with(END) {
        return Err("an iCalendar feed that does not end with END:VCALENDAR".to_owned());
    }
    out.truncate(out.len() - END.len());
    for e in events {
        write_entry(&e, &mut out)?;
    }
    out.write_str(END).map_err(|e| format!("writing a calendar: {e}"))?;
    Ok(out.into_bytes())
}

/// The files of the calendars, all made by [`files`]: one feed per member.
pub(super) fn paths(r: &R) -> Vec<String> {
    let mut out = vec![format!("{DIR}/all.ics"), format!("{DIR}/index.html")];
    out.extend(r.p.team.members.iter().map(|m| format!("{DIR}/owners/{}.ics", m.id)));
    out.sort();
    out.dedup();
    out
}

pub(super) fn files(r: &R, out: &mut Out<'_>) -> Result<(), RenderError> {
    let p = r.p;
    let host = host(&p.site.intranet.base_url);
    let dtstamp = format!("{}T000000Z", ics_date(r.today));
    let events = events(r, &host);
    let title = &p.site.trajectory.title;
    out(
        format!("{DIR}/all.ics"),
        calendar(
            &format!("{title}: {}", i18n::label(r.lang, "data_calendar_all")),
            events.iter().filter(|&&e| is_shared(e)).map(|&e| event(r, e, &host, &dtstamp)),
        )?,
    )?;
    let mut links = Vec::new();
    for m in &p.team.members {
        let id = m.id.to_string();
        let mine = events.iter().filter(|&&e| is_for(r, e, m)).map(|&e| event(r, e, &host, &dtstamp));
        out(
            format!("{DIR}/owners/{id}.ics"),
            calendar(&format!("{title}: {} {}", i18n::label(r.lang, "data_calendar_of"), m.name), mine)?,
        )?;
        links.push((format!("owners/{id}.ics"), m.name.clone()));
    }
    let owners: Vec<serde_json::Value> = links.into_iter().map(|(href, name)| serde_json::json!({ "href": href, "name": name })).collect();
    let page_title = format!("{} (iCalendar)", i18n::label(r.lang, "data_calendar"));
    let vars = serde_json::json!({ "trajectory": title, "owners": owners });
    out(
        format!("{DIR}/index.html"),
        page::page(r, Kind::Intranet, &format!("{DIR}/index.html"), "intranet/calendars.html", &page_title, vars)?,
    )
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

    #[test]
    fn a_reminder_goes_inside_its_event_with_nothing_of_the_clock() {
        let d = jiff::civil::date(2025, 4, 30);
        let event = all_day("measurement-a-1-2025-04-30@x.be", "20250601T000000Z", d, "Meting: x (a)", "beschrijving", "https://x.be/");
        let mut out = String::new();
        write_entry(&Entry { event: event.clone(), alarm: Some("Vandaag valt een meting: x, y; z".into()) }, &mut out).unwrap();
        let alarm = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=START:PT9H\r\nDESCRIPTION:Vandaag valt een meting: x\\, y\\; z\r\nEND:VALARM\r\nEND:VEVENT\r\n";
        assert!(out.ends_with(alarm), "{out}");
        assert_eq!(out.matches("DTSTAMP").count(), 1, "the event's own, none in the alarm: {out}");
        assert_eq!(out.matches("UID").count(), 1, "{out}");
        // Without a reminder, the event as `icalendar` writes it.
        let mut plain = String::new();
        write_entry(&Entry { event: event.clone(), alarm: None }, &mut plain).unwrap();
        assert_eq!(plain, event.to_string());
    }
}
