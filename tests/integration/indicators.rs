//! Several indicators per action (issue 19): `indicators:` with `source`,
//! `frequency`, `total` and their own progress, the `indicator:` shorthand,
//! and both keys at once refused. Runs the real binary on
//! `tests/fixtures/indicators` (one action with two indicators, one with the
//! shorthand and no source).

use std::path::Path;

use serde_json::Value;

use crate::support::{Run, blocks, copy_to_temp, fixture, kapstok};

fn build(dir: &Path) -> Run {
    kapstok(dir, &["build", "--root", "."])
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

/// The block of `severity[kind]` pointing at `loc` (`file:line:col`).
fn block_at(run: &Run, title: &str, loc: &str) -> String {
    let arrow = format!("--> {loc}\n");
    blocks(&run.stderr)
        .into_iter()
        .find(|b| b.starts_with(title) && b.contains(&arrow))
        .unwrap_or_else(|| panic!("no `{title}` block at {loc} in stderr:\n{}", run.stderr))
}

#[test]
fn two_indicators_show_on_both_sites_with_their_sources() {
    let tmp = copy_to_temp(&fixture("indicators"));
    let run = build(tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    for site in ["intranet", "public"] {
        let page = read(tmp.path(), &format!("output/{site}/actions/wagenpark/index.html"));
        for shown in [
            "Indicator: Elektrische dienstwagens",
            "Bron: wagenparkbeheer, uit het voertuigregister.",
            "Indicator: Laadpunten op de eigen sites",
            "Bron: technische dienst, telling ter plaatse.",
            // Each indicator has its own measurements, under its own heading.
            "<h2>Voortgang: Elektrische dienstwagens</h2>",
            "<h2>Voortgang: Laadpunten op de eigen sites</h2>",
            // Two headings, two ids.
            "id=\"ind-h\"",
            "id=\"ind-h-2\"",
        ] {
            assert!(page.contains(shown), "{site}: `{shown}` missing");
        }
        assert_eq!(page.matches("<svg class=\"chart\"").count(), 2, "{site}: one chart per indicator");
        let report = read(tmp.path(), &format!("output/{site}/report/index.html"));
        assert!(report.contains("bron: wagenparkbeheer, uit het voertuigregister"), "{site} report");
        assert!(report.contains("Laadpunten op de eigen sites"), "{site} report");
        // The shorthand: one indicator, its heading and table as before, no source line.
        let led = read(tmp.path(), &format!("output/{site}/actions/straatlicht/index.html"));
        assert!(led.contains("Indicator: Aandeel LED-armaturen"), "{site}");
        assert!(led.contains("<h2>Voortgang</h2>"), "{site}: one indicator keeps the plain heading");
        assert!(led.contains("<td class=\"num\">72</td>"), "{site}: the shorthand's progress");
        assert!(!led.contains("Bron:"), "{site}");
    }
}

#[test]
fn open_data_carries_every_indicator() {
    let tmp = copy_to_temp(&fixture("indicators"));
    assert_eq!(build(tmp.path()).code, 0);
    let json: Value = serde_json::from_str(&read(tmp.path(), "output/public/data/actions.json")).expect("json");
    let wagenpark = json.as_array().expect("array").iter().find(|a| a["id"] == "wagenpark").expect("wagenpark").clone();
    let inds = wagenpark["indicators"].as_array().expect("indicators");
    assert_eq!(inds.len(), 2);
    assert_eq!(inds[0]["name"], "Elektrische dienstwagens");
    assert_eq!(inds[0]["source"], "wagenparkbeheer, uit het voertuigregister");
    assert_eq!(inds[0]["frequency"], "yearly");
    assert_eq!(inds[0]["total"], 30);
    assert_eq!(inds[0]["progress"][0]["value"], 7);
    assert_eq!(inds[1]["name"], "Laadpunten op de eigen sites");
    assert_eq!(inds[1]["frequency"], "quarterly");
    assert_eq!(inds[1]["latest_value"], 10);
    // `indicator` and `progress` stay: the first indicator's, as before.
    assert_eq!(wagenpark["indicator"]["name"], "Elektrische dienstwagens");
    assert_eq!(wagenpark["progress"].as_array().map(Vec::len), Some(1));

    let csv = read(tmp.path(), "output/public/data/actions.csv");
    let header = csv.lines().next().expect("header");
    // `progress_status` (issue 22) comes after the source.
    assert!(header.ends_with(",description,indicator_source,progress_status"), "{header}");
    let row = csv.lines().find(|l| l.starts_with("wagenpark,")).expect("wagenpark row");
    assert!(row.ends_with(",\"wagenparkbeheer, uit het voertuigregister\",on-track"), "{row}");
    let progress = read(tmp.path(), "output/public/data/progress.csv");
    assert!(progress.contains("wagenpark,Elektrische dienstwagens,wagens,2024-12-31,7,"), "{progress}");
    assert!(progress.contains("wagenpark,Laadpunten op de eigen sites,laadpunten,2025-03-31,10,"), "{progress}");
    assert!(progress.contains("straatlicht,Aandeel LED-armaturen,%,2025-03-31,72,"), "{progress}");
}

#[test]
fn the_checks_follow_frequency_and_source() {
    let dir = fixture("indicators");
    let run = kapstok(&dir, &["check", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The shorthand has no source: a warning at its indicator.
    let b = block_at(&run, "warning[indicator-without-source]", "content/actions/straatlicht.md:9:3");
    assert!(b.contains("`Aandeel LED-armaturen`"), "{b}");
    assert!(!run.stderr.contains("`Elektrische dienstwagens` of this public action"), "{}", run.stderr);
    // The yearly figure of 31 December is not stale on 1 June (today of the fixture).
    assert!(!blocks(&run.stderr).iter().any(|b| b.starts_with("warning[action-stale]") && b.contains("wagenpark.md")), "{}", run.stderr);
    // A year and a quarter on, both are.
    let late = kapstok(&dir, &["check", "--root", ".", "--today", "2026-04-15"]);
    let b = block_at(&late, "warning[action-stale]", "content/actions/wagenpark.md:2:1");
    assert!(b.contains("`Elektrische dienstwagens` is dated 2024-12-31; measured yearly, the next figure was due on 2025-12-31"), "{b}");
    assert!(b.contains("`Laadpunten op de eigen sites` is dated 2025-03-31; measured quarterly"), "{b}");
}

/// A copy of the fixture with `wagenpark.md`'s front matter edited by `edit`.
fn edited(edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture("indicators"));
    let path = tmp.path().join("content/actions/wagenpark.md");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, edit(&text)).expect("write");
    tmp
}

#[test]
fn indicator_and_indicators_at_once_are_refused_at_the_second_key() {
    let tmp = edited(|t| t.replace("indicators:\n", "indicator: { name: Wagens, target: 18 }\nindicators:\n"));
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let b = block_at(&run, "error[bad-value]", "content/actions/wagenpark.md:9:1");
    assert!(b.contains("both `indicator:` and `indicators:`"), "{b}");
    assert!(b.contains("(line 8)"), "{b}");
}

#[test]
fn top_level_progress_beside_indicators_and_a_bad_frequency_are_refused() {
    let tmp = edited(|t| {
        t.replace("follow_up:\n", "progress:\n  - { date: 2025-01-31, value: 8 }\nfollow_up:\n")
            .replace("frequency: quarterly", "frequency: weekly")
    });
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let b = block_at(&run, "error[bad-value]", "content/actions/wagenpark.md:26:1");
    assert!(b.contains("belongs to the `indicator:` shorthand"), "{b}");
    let b = block_at(&run, "error[bad-value]", "content/actions/wagenpark.md:23:16");
    assert!(b.contains("`weekly` is not a measuring frequency") && b.contains("monthly"), "{b}");
}

#[test]
fn progress_without_an_indicator_is_refused() {
    let tmp = copy_to_temp(&fixture("indicators"));
    let path = tmp.path().join("content/actions/straatlicht.md");
    let text = std::fs::read_to_string(&path).expect("read");
    let cut = text.replace("indicator:\n  name: Aandeel LED-armaturen\n  unit: \"%\"\n  baseline: 38\n  target: 100\n", "");
    std::fs::write(&path, cut).expect("write");
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let b = block_at(&run, "error[bad-value]", "content/actions/straatlicht.md:8:1");
    assert!(b.contains("`progress:` but no indicator"), "{b}");
}
