//! What must be updated (issue 22): the intranet's page of each owner
//! (`team/MEMBER-ID/`) with the measurements that fall due by each
//! indicator's frequency, overdue ones first, and the follow-up moments past
//! with none after them; the owner's calendar with a reminder (`VALARM`) per
//! measurement; none of it on the public site. Runs the real binary on
//! `tests/fixtures/owners` (checked on 2025-06-01):
//!
//! - `afval` (els, jan): monthly, last measured 2025-03-31, so due 2025-04-30,
//!   32 days late; its follow-ups (2025-02-01, 2025-05-15) are all past;
//! - `wagenpark` (els): quarterly due 2025-06-30 (in 29 days), yearly due 2025-12-31;
//! - `straatlicht` (els): no frequency, so `checks.stale_after_days` (180): due 2025-09-27;
//! - `deelfietsen` (jan, planned): every 30 days, nothing measured, started
//!   2025-05-10: the first due 2025-06-09;
//! - an: a member with no action.

use crate::support::{built_fixture, kapstok, read};

fn built() -> tempfile::TempDir {
    built_fixture("owners")
}

/// The page's main content, from `<main` to `</main>`.
fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("a main element");
    let end = page.find("</main>").expect("the end of main");
    &page[start..end]
}

#[test]
fn the_owner_page_lists_the_overdue_measurement_first_and_the_past_follow_up() {
    let tmp = built();
    let out = tmp.path().join("output/intranet");
    let page = read(&out, "team/els/index.html");
    let main = main_of(&page);
    assert!(main.contains("<h1>Els Peeters: wat bijgewerkt moet worden</h1>"), "{main}");
    // Overdue first, marked by text and symbol (not colour alone), with its status.
    let overdue = main.find("<h3 id=\"overdue-h\"><span aria-hidden=\"true\">⚠</span> Te laat</h3>").expect("an overdue section");
    let soon = main.find("<h3 id=\"soon-h\">In de komende 6 weken</h3>").expect("a section of the coming weeks");
    let later = main.find("<h3 id=\"later-h\">Later</h3>").expect("a later section");
    assert!(overdue < soon && soon < later, "overdue, then soon, then later");
    let row = |name: &str| {
        let at = main.find(&format!("<th scope=\"row\">{name}</th>")).unwrap_or_else(|| panic!("no row for {name}"));
        (at, &main[at..at + main[at..].find("</tr>").expect("the row's end")])
    };
    let (at, afval) = row("Restafval per maand");
    assert!(overdue < at && at < soon, "the overdue measurement is in the overdue section");
    assert!(afval.contains("<td data-label=\"Frequentie\">maandelijks</td>"), "{afval}");
    assert!(afval.contains("350 kg (2025-03-31)"), "{afval}");
    assert!(
        afval.contains("2025-04-30 <span class=\"flag\"><span aria-hidden=\"true\">⚠</span> 32 dagen te laat</span>"),
        "the overdue date, marked: {afval}"
    );
    assert!(afval.contains("<span class=\"pstatus pstatus-on-track\">"), "the indicator's progress status: {afval}");
    let (at, laadpunten) = row("Laadpunten op de eigen sites");
    assert!(soon < at && at < later);
    assert!(laadpunten.contains("2025-06-30 (over 29 dagen)"), "{laadpunten}");
    let (at, led) = row("Aandeel LED-armaturen");
    assert!(later < at);
    assert!(led.contains("geen frequentie: om de 180 dagen") && led.contains("2025-09-27"), "{led}");
    assert!(row("Elektrische dienstwagens").1.contains("2025-12-31"));
    // The follow-ups: the past one with none after it, marked, then the next ones.
    let missed = main.find("Voorbij, zonder een volgend terugkommoment</h3>").expect("the past follow-ups");
    let next = main.find("<h3 id=\"next-h\">Volgende terugkommomenten</h3>").expect("the next follow-ups");
    assert!(missed < next);
    let past = &main[missed..next];
    assert!(past.contains("2025-05-15 (17 dagen geleden)") && past.contains("actions/afval/index.html"), "{past}");
    assert!(past.contains("<span class=\"flag\"><span aria-hidden=\"true\">⚠</span> geen volgend gepland</span>"), "{past}");
    assert!(!past.contains("2025-02-01"), "only the last past one: {past}");
    assert!(main[next..].contains("2025-09-01 (over 92 dagen)"), "{}", &main[next..]);
    // The calendar feed of the owner.
    assert!(main.contains("<a href=\"../../calendar/owners/els.ics\">"), "{main}");

    // No measurement yet: the first is due one period after the start.
    let jan = read(&out, "team/jan/index.html");
    let jan = main_of(&jan);
    assert!(jan.contains("nog geen meting") && jan.contains("2025-06-09 (over 8 dagen)"), "{jan}");
    assert!(jan.contains("om de 30 dagen"), "{jan}");
    // A member who owns nothing gets the page, saying so.
    let an = read(&out, "team/an/index.html");
    assert!(main_of(&an).contains("Geen metingen te doen") && main_of(&an).contains("Geen terugkommoment gepland."));
}

#[test]
fn the_owner_page_is_linked_from_the_team_and_from_the_action() {
    let tmp = built();
    let out = tmp.path().join("output/intranet");
    let team = read(&out, "team/index.html");
    assert!(team.contains("<th scope=\"row\"><a href=\"../team/els/index.html\">Els Peeters</a>"), "{}", main_of(&team));
    let action = read(&out, "actions/afval/index.html");
    assert!(
        action.contains(
            "<dt>Trekkers</dt><dd><a href=\"../../team/els/index.html\">Els Peeters</a>, <a href=\"../../team/jan/index.html\">Jan Smet</a></dd>"
        ),
        "{}",
        main_of(&action)
    );
    let calendars = read(&out, "calendar/index.html");
    assert!(calendars.contains("De agenda van een trekker bevat ook de metingen die vallen"), "{calendars}");
}

#[test]
fn the_owner_calendar_reminds_of_each_measurement_due() {
    let tmp = built();
    let out = tmp.path().join("output/intranet");
    let ics = read(&out, "calendar/owners/els.ics");
    let unfolded = ics.replace("\r\n ", "");
    let events: Vec<&str> = unfolded.split("BEGIN:VEVENT\r\n").skip(1).collect();
    let measurement =
        events.iter().find(|e| e.contains("UID:measurement-afval-1-2025-04-30@intranet.proef.be\r\n")).expect("the overdue measurement");
    assert!(measurement.contains("DTSTART;VALUE=DATE:20250430\r\n"), "{measurement}");
    assert!(measurement.contains("SUMMARY:Meting: Restafval per maand (Minder restafval op kantoor)\r\n"), "{measurement}");
    assert!(
        measurement.contains(
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=START:PT9H\r\nDESCRIPTION:Vandaag valt een meting: Restafval per maand (Minder restafval op kantoor)\r\nEND:VALARM\r\nEND:VEVENT\r\n"
        ),
        "{measurement}"
    );
    // One event per indicator of her open actions, each with its reminder; the follow-ups keep none.
    let measurements: Vec<&&str> = events.iter().filter(|e| e.contains("UID:measurement-")).collect();
    assert_eq!(measurements.len(), 4, "{ics}");
    assert!(measurements.iter().all(|e| e.contains("BEGIN:VALARM")));
    assert!(events.iter().filter(|e| e.contains("UID:follow-up-")).all(|e| !e.contains("VALARM")));
    assert!(unfolded.contains("UID:measurement-wagenpark-2-2025-06-30@intranet.proef.be\r\n"), "the second indicator");
    // Not in another owner's feed, nor in the shared one; the same bytes on a second build.
    assert!(!read(&out, "calendar/owners/an.ics").contains("measurement-"));
    assert!(!read(&out, "calendar/all.ics").contains("measurement-"));
    assert!(read(&out, "calendar/owners/jan.ics").contains("UID:measurement-deelfietsen-1-2025-06-09@intranet.proef.be"));
    let again = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(read(&out, "calendar/owners/els.ics"), ics, "a reminder has no clock time or random id in it");
}

#[test]
fn nothing_of_it_reaches_the_public_site() {
    let tmp = built();
    let public = tmp.path().join("output/public");
    assert!(public.join("actions/wagenpark/index.html").is_file(), "the public site has the public actions");
    assert!(!public.join("team").exists() && !public.join("calendar").exists());
    for entry in walkdir::WalkDir::new(&public).into_iter().map(|e| e.expect("walk")).filter(|e| e.file_type().is_file()) {
        let bytes = std::fs::read(entry.path()).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        let rel = entry.path().strip_prefix(&public).expect("prefix").display().to_string();
        for word in ["Els Peeters", "Jan Smet", "An Wouters", "team/els", "owners/", "measurement-", "VALARM", "wat bijgewerkt moet worden"]
        {
            assert!(!text.contains(word), "public {rel} has `{word}`");
        }
    }
}
