//! Coach mode: `check --root A --root B --root C` over three fixture roots
//! (clean, blocked, broken): one summary row each, the JSON object of
//! `cli.md`, and the worst exit code.

use crate::support::{fixture, kapstok, kapstok_env, repo_root};

const ROOTS: [&str; 3] = ["tests/fixtures/coach-ok", "tests/fixtures/coach-blocked", "tests/fixtures/coach-broken"];

fn args(format: &str) -> Vec<&'static str> {
    let mut a = vec!["check", "--format"];
    a.push(if format == "json" { "json" } else { "human" });
    for r in ROOTS {
        a.extend(["--root", r]);
    }
    a
}

#[test]
fn one_row_per_municipality_in_json() {
    let run = kapstok(&repo_root(), &args("json"));
    assert_eq!(run.code, 1, "the worst root has errors: {}", run.stderr);
    let json = run.json();
    let rows = json["roots"].as_array().expect("an object with `roots`");
    assert_eq!(rows.len(), 3);
    for (row, root) in rows.iter().zip(ROOTS) {
        assert_eq!(row["root"], root);
        for key in ["errors", "warnings", "findings", "claim_findings", "overdue_follow_ups", "status"] {
            assert!(row.get(key).is_some(), "{root}: no `{key}`");
        }
        let findings = row["findings"].as_array().unwrap();
        let errors = findings.iter().filter(|f| f["severity"] == "error").count();
        let warnings = findings.iter().filter(|f| f["severity"] == "warning").count();
        assert_eq!(row["errors"], errors, "{root}");
        assert_eq!(row["warnings"], warnings, "{root}");
    }
    let (ok, blocked, broken) = (&rows[0], &rows[1], &rows[2]);
    assert_eq!(ok["status"], "ok");
    assert_eq!(ok["errors"], 0);
    assert_eq!(ok["claim_findings"], 0);
    assert_eq!(ok["overdue_follow_ups"], 0, "its follow-up moment is ahead");

    assert_eq!(blocked["status"], "blocked");
    assert!(blocked["errors"].as_u64().unwrap() >= 1);
    let claim_rules = blocked["findings"].as_array().unwrap().iter().filter(|f| f["rule"].as_str().unwrap().starts_with("claim-")).count();
    assert_eq!(blocked["claim_findings"], claim_rules);
    assert!(claim_rules >= 1);
    assert!(blocked["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "claim-without-action"));
    assert_eq!(blocked["overdue_follow_ups"], 2, "two open actions whose last follow-up has passed");

    assert_eq!(broken["status"], "content-errors");
    assert_eq!(broken["claim_findings"], serde_json::Value::Null);
    assert_eq!(broken["overdue_follow_ups"], serde_json::Value::Null);
    assert!(broken["findings"].as_array().unwrap().iter().any(|f| f["kind"] == "unknown-key"));
}

#[test]
fn one_row_per_municipality_for_people() {
    let run = kapstok(&repo_root(), &args("human"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].split_whitespace().eq(["root", "errors", "warnings", "claims", "overdue", "status"]), "{}", run.stdout);
    for (line, (root, status)) in lines[1..4].iter().zip(ROOTS.iter().zip(["ok", "blocked", "content errors"])) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells.first(), Some(root), "{}", run.stdout);
        assert!(line.ends_with(&format!("  {status}")), "{}", run.stdout);
    }
    let broken: Vec<&str> = lines[3].split_whitespace().collect();
    assert_eq!(&broken[3..5], ["-", "-"], "no claim or follow-up figures without checks: {}", run.stdout);
    let blocked: Vec<&str> = lines[2].split_whitespace().collect();
    assert_eq!(blocked[4], "2");
    assert!(run.stdout.contains("3 projects, 2 not publishable"), "{}", run.stdout);
}

#[test]
fn the_table_speaks_the_language_asked_for() {
    let run = kapstok_env(&repo_root(), &args("human"), &[("KAPSTOK_LANG", "nl")]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].split_whitespace().eq(["project", "fouten", "waarschuwingen", "uitspraken", "te", "laat", "status"]),
        "{}",
        run.stdout
    );
    assert!(lines[3].ends_with("  fouten in de inhoud"), "{}", run.stdout);
    assert!(run.stdout.contains("3 projecten, 2 niet publiceerbaar"), "{}", run.stdout);
    // The columns stay aligned under headers of another width.
    let at = lines[0].find("status").expect("a status column");
    assert!(lines[1..4].iter().all(|l| l.len() > at && l.as_bytes()[at - 2..at] == *b"  "), "{}", run.stdout);
}

#[test]
fn clean_roots_exit_0_and_a_missing_root_exits_2() {
    let ok = fixture("coach-ok");
    let ok = ok.to_str().unwrap();
    let run = kapstok(&repo_root(), &["check", "--root", ok, "--root", ok]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let run = kapstok(&repo_root(), &["check", "--root", ok, "--root", "tests/fixtures/no-such-root"]);
    assert_eq!(run.code, 2);
}
