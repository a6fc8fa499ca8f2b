//! The intranet's iCalendar feeds (parsed with the icalendar crate's parser,
//! plus the RFC 5545 line rules) and the public Atom feed (parsed as XML,
//! with the elements RFC 4287 requires).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use quick_xml::events::Event;

use crate::support::{copy_to_temp, fixture, kapstok};

fn build(root: &Path, today: &str) {
    let run = kapstok(root, &["build", "--root", ".", "--today", today]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// (UID, DTSTART, SUMMARY, DTSTAMP) of every event, after checking the
/// RFC 5545 basics: CRLF line ends, lines of at most 75 octets, a VERSION,
/// a PRODID, and UID, DTSTAMP and DTSTART on every event.
fn events(path: &Path) -> Vec<(String, String, String, String)> {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.ends_with("\r\n"), "{}", path.display());
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "{}: a bare LF in {line:?}", path.display());
        assert!(line.len() <= 75, "{}: a line of {} octets: {line:?}", path.display(), line.len());
    }
    let unfolded = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let props: BTreeSet<&str> = cal.properties.iter().map(|p| p.name.as_str()).collect();
    assert!(props.contains("VERSION") && props.contains("PRODID"), "{props:?}");
    let mut out = Vec::new();
    for c in &cal.components {
        assert_eq!(c.name.as_str(), "VEVENT");
        let get = |name: &str| c.find_prop(name).map(|p| p.val.as_str().to_owned()).unwrap_or_else(|| panic!("an event without {name}"));
        let start = c.find_prop("DTSTART").unwrap();
        assert!(start.params.iter().any(|p| p.key.as_str() == "VALUE"), "all-day events say VALUE=DATE");
        out.push((get("UID"), get("DTSTART"), get("SUMMARY"), get("DTSTAMP")));
    }
    out
}

#[test]
fn the_calendars_parse_and_hold_every_follow_up_and_session() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    build(tmp.path(), "2025-06-01");
    let dir = tmp.path().join("output/intranet/calendar");
    let all = events(&dir.join("all.ics"));
    let uids: BTreeSet<&str> = all.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(uids.len(), all.len(), "UIDs are unique");
    for (uid, date) in [
        ("follow-up-fietsbeugels-2025-09-15@intranet.oostmolen.be", "20250915"),
        ("follow-up-zilverreigers-2025-08-01@intranet.oostmolen.be", "20250801"),
        ("follow-up-zonneboiler-2025-10-01@intranet.oostmolen.be", "20251001"),
    ] {
        let e = all.iter().find(|e| e.0 == uid).unwrap_or_else(|| panic!("no {uid} in {uids:?}"));
        assert_eq!(e.1, date);
        assert_eq!(e.3, "20250601T000000Z", "DTSTAMP is today");
    }
    let sessions = all.iter().filter(|e| e.0.starts_with("session-")).count();
    assert!(sessions > 0, "{uids:?}");
    assert!(all.windows(2).all(|w| w[0].1 <= w[1].1), "events in date order");

    // Per owner: Wolfram owns fietsbeugels and zilverreigers, not zonneboiler.
    let wolfram = events(&dir.join("owners/wolfram.ics"));
    let mine: BTreeSet<&str> = wolfram.iter().map(|e| e.0.as_str()).filter(|u| u.starts_with("follow-up-")).collect();
    assert_eq!(
        mine,
        BTreeSet::from([
            "follow-up-fietsbeugels-2025-09-15@intranet.oostmolen.be",
            "follow-up-zilverreigers-2025-08-01@intranet.oostmolen.be"
        ])
    );
    let text = fs::read_to_string(dir.join("owners/wolfram.ics")).unwrap();
    assert!(icalendar::parser::unfold(&text).contains("Wolfram Quistenbergh"), "the owner feed names the owners");

    // Stable UIDs, DTSTAMP from "today": another day changes only DTSTAMP.
    let before: BTreeMap<String, (String, String)> = all.into_iter().map(|e| (e.0, (e.1, e.2))).collect();
    build(tmp.path(), "2025-07-01");
    let later = events(&dir.join("all.ics"));
    assert!(later.iter().all(|e| e.3 == "20250701T000000Z"));
    let after: BTreeMap<String, (String, String)> = later.into_iter().map(|e| (e.0, (e.1, e.2))).collect();
    assert_eq!(before, after);
    // The public site has no calendar.
    assert!(!tmp.path().join("output/public/calendar").exists());
}

#[test]
fn the_atom_feed_is_xml_with_the_required_elements() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    build(tmp.path(), "2025-06-01");
    let xml = fs::read_to_string(tmp.path().join("output/public/atom.xml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    reader.config_mut().check_end_names = true;
    // Element paths with their texts, e.g. "feed/entry/id".
    let mut stack: Vec<String> = Vec::new();
    // For each open element, its place in `found`.
    let mut open: Vec<usize> = Vec::new();
    let mut found: Vec<(String, String)> = Vec::new();
    let mut root_ns = None;
    loop {
        match reader.read_event().unwrap_or_else(|e| panic!("atom.xml is not well-formed XML: {e}")) {
            Event::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if stack.is_empty() {
                    root_ns = e.try_get_attribute("xmlns").unwrap().map(|a| a.unescape_value().unwrap().into_owned());
                }
                stack.push(name);
                open.push(found.len());
                found.push((stack.join("/"), String::new()));
            }
            Event::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                let href = e.try_get_attribute("href").unwrap().map(|a| a.unescape_value().unwrap().into_owned()).unwrap_or_default();
                found.push((format!("{}/{name}", stack.join("/")), href));
            }
            Event::Text(t) => {
                if let Some(&at) = open.last() {
                    found[at].1.push_str(t.decode().unwrap().trim());
                }
            }
            Event::End(_) => {
                stack.pop();
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(root_ns.as_deref(), Some("http://www.w3.org/2005/Atom"));
    let get = |path: &str| found.iter().filter(|(p, _)| p == path).map(|(_, t)| t.as_str()).collect::<Vec<_>>();
    assert_eq!(get("feed/id"), ["https://www.oostmolen.be/duurzaamheid/atom.xml"]);
    assert_eq!(get("feed/title"), ["Duurzaam Oostmolen"]);
    assert_eq!(get("feed/updated"), ["2025-04-01T00:00:00Z"], "the newest entry's date");
    assert_eq!(get("feed/author/name"), ["Gemeente Oostmolen"]);
    let entries = get("feed/entry").len();
    assert_eq!(entries, 1, "one progress measurement of a public action up to today: {found:?}");
    for required in ["feed/entry/id", "feed/entry/title", "feed/entry/updated", "feed/entry/link"] {
        assert_eq!(get(required).len(), entries, "{required}");
    }
    assert_eq!(get("feed/entry/id"), ["https://www.oostmolen.be/duurzaamheid/actions/fietsbeugels/#progress-2025-04-01"]);
    assert_eq!(get("feed/entry/link"), ["https://www.oostmolen.be/duurzaamheid/actions/fietsbeugels/"]);
    assert!(get("feed/entry/title")[0].starts_with("Fietsbeugels aan het gemeentehuis"));

    // A completed action becomes an entry on its `completed:` date.
    let action = tmp.path().join("content/actions/zonneboiler.md");
    let text = fs::read_to_string(&action).unwrap().replace("status: planned", "status: done\ncompleted: 2025-05-20");
    fs::write(&action, text).unwrap();
    build(tmp.path(), "2025-06-01");
    let xml = fs::read_to_string(tmp.path().join("output/public/atom.xml")).unwrap();
    assert!(xml.contains("<id>https://www.oostmolen.be/duurzaamheid/actions/zonneboiler/#completed</id>"), "{xml}");
    assert!(xml.contains("<updated>2025-05-20T00:00:00Z</updated>"));
    let first_entry = xml.find("<entry>").unwrap();
    assert!(xml[first_entry..].find("zonneboiler") < xml[first_entry..].find("fietsbeugels"), "newest first");
}

/// The feed holds the 100 newest entries: a reader fetches all of it each
/// time it looks (the open data holds the whole history).
#[test]
fn the_atom_feed_holds_the_newest_hundred_entries() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    let action = tmp.path().join("content/actions/fietsbeugels.md");
    // 150 measurements, one a day from 2025-01-01 to 2025-05-30.
    let start = jiff::civil::date(2025, 1, 1);
    let lines: String = (0..150)
        .map(|k: i64| format!("  - {{ date: {}, value: {} }}\n", start.checked_add(jiff::Span::new().days(k)).unwrap(), 10 + k))
        .collect();
    let text =
        fs::read_to_string(&action).unwrap().replace("  - { date: 2025-04-01, value: 20, note: Eerste reeks beugels geplaatst }\n", &lines);
    fs::write(&action, text).unwrap();
    build(tmp.path(), "2025-06-01");
    let xml = fs::read_to_string(tmp.path().join("output/public/atom.xml")).unwrap();
    assert_eq!(xml.matches("<entry>").count(), 100);
    let ids: Vec<&str> = xml.split("<id>").skip(2).map(|s| &s[..s.find("</id>").unwrap()]).collect();
    assert_eq!(ids.first().copied(), Some("https://www.oostmolen.be/duurzaamheid/actions/fietsbeugels/#progress-2025-05-30"));
    assert_eq!(ids.last().copied(), Some("https://www.oostmolen.be/duurzaamheid/actions/fietsbeugels/#progress-2025-02-20"));
}
