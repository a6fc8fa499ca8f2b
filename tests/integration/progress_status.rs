//! The computed progress status (issue 22): on both sites beside each figure,
//! rolled up in the lists and overviews, in the open data; comply or explain
//! (`explanation`, `indicator-behind-unexplained`); `claim-on-track-unsupported`;
//! an internal action's explanation never on the public site. Runs the real
//! binary on `tests/fixtures/progress-status` (one action per status, checked
//! on 2025-11-15).

use std::path::Path;

use serde_json::Value;

use crate::support::{Run, built_fixture, copy_to_temp, fixture, kapstok, read};

fn built() -> tempfile::TempDir {
    built_fixture("progress-status")
}

fn check_json(dir: &Path) -> (Run, Vec<Value>) {
    let run = kapstok(dir, &["check", "--root", ".", "--format", "json"]);
    let findings = run.json().as_array().expect("an array of findings").clone();
    (run, findings)
}

fn of_rule<'a>(findings: &'a [Value], rule: &str) -> Vec<&'a Value> {
    findings.iter().filter(|f| f["rule"] == rule).collect()
}

/// The status badge as the pages write it: label and symbol, the symbol hidden.
fn badge(key: &str, symbol: &str, label: &str) -> String {
    format!("<span class=\"pstatus pstatus-{key}\"><span class=\"sym\" aria-hidden=\"true\">{symbol}</span> {label}</span>")
}

const EXPLAINED: &str = "De netbeheerder verzwaart de aansluiting van het depot pas in januari";
const INTERNAL: &str = "De leverancier van de deelfietsen ging in september failliet";

#[test]
fn each_status_shows_beside_its_figure_on_both_sites() {
    let tmp = built();
    let cases = [
        ("op-koers", badge("on-track", "→", "Op schema")),
        ("achter-uitgelegd", badge("behind", "!", "Loopt achter")),
        ("achter-stil", badge("behind", "!", "Loopt achter")),
        ("behaald", badge("achieved", "✓", "Behaald")),
        ("gepland", badge("no-data", "–", "Geen gegevens")),
    ];
    for site in ["intranet", "public"] {
        for (action, shown) in &cases {
            let page = read(tmp.path(), &format!("output/{site}/actions/{action}/index.html"));
            // Under the indicator's heading, with the status named for screen readers.
            let status = format!("<p class=\"indicator-status\"><span class=\"vh\">Voortgangsstatus: </span>{shown}</p>");
            assert!(page.contains(&status), "{site} {action}: no `{status}`");
        }
        // Comply or explain: the explanation stands beside the lagging figure.
        let explained = read(tmp.path(), &format!("output/{site}/actions/achter-uitgelegd/index.html"));
        assert!(explained.contains(&format!("<p class=\"explanation\"><strong>Uitleg:</strong> {EXPLAINED}")), "{site}");
        assert!(!read(tmp.path(), &format!("output/{site}/actions/achter-stil/index.html")).contains("class=\"explanation\""), "{site}");
        // Rolled up in the action list, next to the progress meter.
        let list = read(tmp.path(), &format!("output/{site}/actions/index.html"));
        for (_, shown) in &cases {
            assert!(list.contains(shown.as_str()), "{site} list: `{shown}`");
        }
        // The report: per indicator, and per department (Technische dienst: 3 actions, 2 behind, 1 no data).
        let report = read(tmp.path(), &format!("output/{site}/report/index.html"));
        assert!(report.contains("<caption id=\"r-progress-dep\">Voortgang per dienst</caption>"), "{site} report");
        assert!(
            report.contains("<tr><th scope=\"row\">Technische dienst</th><td class=\"num\">3</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">1</td></tr>"),
            "{site} report: the department row"
        );
        assert!(report.contains(&format!("uitleg: {EXPLAINED}")), "{site} report: the explanation");
        // The SDG overview counts the actions of SDG 7 by status: both behind.
        let sdgs = read(tmp.path(), &format!("output/{site}/sdg/index.html"));
        let seven = sdgs.split("<li class=\"sdg-card").find(|c| c.contains("sdg/7/index.html")).expect("the card of SDG 7");
        assert!(seven.contains(&format!("<li>{} 2</li>", badge("behind", "!", "Loopt achter"))), "{site}: {seven}");
        // A topic page counts its actions too (employer: one achieved; the internal one only on the intranet).
        let employer = read(tmp.path(), &format!("output/{site}/topics/employer/index.html"));
        assert!(employer.contains(&format!("<li>{} 1</li>", badge("achieved", "✓", "Behaald"))), "{site} topic");
    }
    // The internal action is behind on the intranet, with its explanation there.
    let internal = read(tmp.path(), "output/intranet/actions/intern-achter/index.html");
    assert!(internal.contains(&badge("behind", "!", "Loopt achter")) && internal.contains(INTERNAL));
}

#[test]
fn the_open_data_carries_the_status_of_every_indicator_and_action() {
    let tmp = built();
    let json: Value = serde_json::from_str(&read(tmp.path(), "output/public/data/actions.json")).expect("json");
    let actions = json.as_array().expect("array");
    let status = |id: &str| {
        let a = actions.iter().find(|a| a["id"] == id).unwrap_or_else(|| panic!("{id} in actions.json"));
        (a["progress_status"].clone(), a["indicators"][0]["progress_status"].clone(), a["indicators"][0]["explanation"].clone())
    };
    assert_eq!(status("op-koers"), ("on-track".into(), "on-track".into(), Value::Null));
    assert_eq!(status("achter-stil"), ("behind".into(), "behind".into(), Value::Null));
    let (_, _, explanation) = status("achter-uitgelegd");
    assert!(explanation.as_str().is_some_and(|e| e.starts_with(EXPLAINED)), "{explanation}");
    assert_eq!(status("behaald").0, "achieved");
    assert_eq!(status("gepland").0, "no-data");
    assert!(actions.iter().all(|a| a["id"] != "intern-achter"), "the internal action is not open data");

    let csv = read(tmp.path(), "output/public/data/actions.csv");
    let header = csv.lines().next().expect("header");
    assert!(header.ends_with(",indicator_source,progress_status"), "{header}");
    for (id, status) in [("op-koers", "on-track"), ("achter-stil", "behind"), ("behaald", "achieved"), ("gepland", "no-data")] {
        let row = csv.lines().find(|l| l.starts_with(&format!("{id},"))).unwrap_or_else(|| panic!("{id} row"));
        assert!(row.ends_with(&format!(",{status}")), "{row}");
    }
}

#[test]
fn an_internal_explanation_never_reaches_the_public_site() {
    let tmp = built();
    let public = tmp.path().join("output/public");
    for entry in walkdir::WalkDir::new(&public).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let bytes = std::fs::read(entry.path()).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(INTERNAL), "{} carries the internal explanation", entry.path().display());
        assert!(!text.contains("deelfiets"), "{} names the internal action", entry.path().display());
    }
    // The public one is public.
    assert!(read(tmp.path(), "output/public/actions/achter-uitgelegd/index.html").contains(EXPLAINED));
}

#[test]
fn a_lagging_public_figure_without_explanation_warns_and_one_with_does_not() {
    let (run, findings) = check_json(&fixture("progress-status"));
    assert_eq!(run.code, 0, "warnings only: {}", run.stderr);
    let found = of_rule(&findings, "indicator-behind-unexplained");
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found[0];
    assert_eq!(f["subject"], "achter-stil");
    assert_eq!(f["severity"], "warning");
    // At the indicator: `indicator:` is on line 12, its mapping starts on the next line.
    assert_eq!((f["file"].as_str(), f["line"].as_u64(), f["column"].as_u64()), (Some("content/actions/achter-stil.md"), Some(13), Some(3)));
    assert_eq!(
        f["message"],
        "the indicator `Elektriciteitsverbruik van de gebouwen` is behind: 1840 MWh on 2025-09-30, where the line from baseline to target asks 1712 MWh; the public site shows it without an explanation"
    );
    // Explained (achter-uitgelegd) or internal (intern-achter): no finding.
    assert!(of_rule(&findings, "claim-on-track-unsupported").is_empty(), "the honest claims are silent: {findings:#?}");

    // With an explanation, the warning goes.
    let tmp = copy_to_temp(&fixture("progress-status"));
    let path = tmp.path().join("content/actions/achter-stil.md");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace(
            "  source: energieboekhouding\n",
            "  source: energieboekhouding\n  explanation: De nieuwe meters hangen pas sinds oktober.\n",
        ),
    )
    .expect("write");
    let (_, findings) = check_json(tmp.path());
    assert!(of_rule(&findings, "indicator-behind-unexplained").is_empty(), "{findings:#?}");
}

#[test]
fn a_claim_that_the_plan_is_on_course_while_its_figure_lags_is_an_error() {
    let tmp = copy_to_temp(&fixture("progress-status"));
    let claims = tmp.path().join("content/claims/claims.yaml");
    let mut text = std::fs::read_to_string(&claims).expect("read");
    text.push_str("- id: gebouwen-goed-op-weg\n  text: Met de gebouwen zijn we goed op weg.\n  kind: result\n  actions: [achter-stil]\n  visibility: public\n");
    std::fs::write(&claims, text).expect("write");
    let (run, findings) = check_json(tmp.path());
    assert_eq!(run.code, 1, "an error finding: {}", run.stderr);
    let found = of_rule(&findings, "claim-on-track-unsupported");
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found[0];
    assert_eq!((f["subject"].as_str(), f["severity"].as_str()), (Some("gebouwen-goed-op-weg"), Some("error")));
    // At the phrase: line 14 of claims.yaml, column 33 ("goed op weg").
    assert_eq!((f["file"].as_str(), f["line"].as_u64(), f["column"].as_u64()), (Some("content/claims/claims.yaml"), Some(14), Some(33)));
    let message = f["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("\u{201c}goed op weg\u{201d} says the plan is on course"), "{message}");
    assert!(message.contains("`Elektriciteitsverbruik van de gebouwen` of action `achter-stil` is behind"), "{message}");
    // The error keeps the public site unpublished.
    let build = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(!tmp.path().join("output/public/index.html").exists());
}
