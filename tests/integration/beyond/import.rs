//! `kapstok import inventory`: a sample CSV (UTF-8 and Windows-1252) and an
//! xlsx made here round-trip into content the checker accepts; a sheet with
//! one bad row is refused, naming its sheet, row and column; nothing is ever
//! overwritten.

use std::fs;
use std::path::Path;

use serde_json::{Value, json};

use crate::support::{copy_to_temp, fixture, kapstok};

fn project() -> tempfile::TempDir {
    copy_to_temp(&fixture("import"))
}

fn written(root: &Path, name: &str) -> Value {
    let text = fs::read_to_string(root.join("content/inventory").join(format!("{name}.yaml"))).unwrap();
    serde_saphyr::from_str::<Value>(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn no_content_errors(root: &Path) {
    let check = kapstok(root, &["check", "--format", "json"]);
    let findings = check.json();
    let errors: Vec<&Value> = findings.as_array().unwrap().iter().filter(|f| f["rule"] == "content-error").collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn expected_csv_items() -> Value {
    json!([
        {
            "id": "relighting-openbare-verlichting-naar-led",
            "title": "Relighting openbare verlichting naar LED",
            "kind": "action",
            "source": "multiyear-plan",
            "department": "Technische dienst",
            "sdgs": [7, 11, 13],
            "topics": ["environment"],
            "visibility": "public",
            "note": "Vervolg op de proef in de Kerkstraat"
        },
        {
            // The slug is taken by an item of the project: a suffix.
            "id": "digitale-agenda-voor-het-college-2",
            "title": "Digitale agenda voor het college",
            "kind": "action",
            "source": "policy-statement",
            "department": "Secretariaat",
            "sdgs": [12],
            "topics": ["governance", "environment"],
            "visibility": "internal"
        },
        {
            "id": "eerlijke-criteria-in-aankoopdossiers",
            "title": "Eerlijke criteria in aankoopdossiers",
            "kind": "goal",
            "source": "multiyear-plan",
            // Written as site.yaml lists it.
            "department": "Financiële dienst",
            "sdgs": [8],
            "topics": ["fair-business"],
            "visibility": "public",
            "note": "Twee regels:\nook facturen op tijd betalen"
        }
    ])
}

#[test]
fn a_csv_round_trips_and_is_never_overwritten() {
    let tmp = project();
    let run = kapstok(tmp.path(), &["import", "inventory", "inventaris.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/inventory/inventaris.yaml") && run.stderr.contains("3 items (2 public, 1 internal)"),
        "{}",
        run.stderr
    );
    assert_eq!(written(tmp.path(), "inventaris"), expected_csv_items());
    no_content_errors(tmp.path());

    let before = fs::read(tmp.path().join("content/inventory/inventaris.yaml")).unwrap();
    let again = kapstok(tmp.path(), &["import", "inventory", "inventaris.csv"]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);
    assert_eq!(fs::read(tmp.path().join("content/inventory/inventaris.yaml")).unwrap(), before);
}

#[test]
fn a_windows_1252_export_with_commas_reads_the_same() {
    let tmp = project();
    // What Excel on Windows writes as "CSV" (here with `,` and quoted lists), in Windows-1252.
    let text = "Title,Kind,Source,Department,SDGs,Topics,Visibility,Note\r\n\
        Relighting openbare verlichting naar LED,Action,Meerjarenplanning (BBC),Technische dienst,\"7, 11, 13\",environment,public,Vervolg op de proef in de Kerkstraat\r\n\
        Digitale agenda voor het college,action,policy-statement,Secretariaat,12,\"governance; environment\",,\r\n\
        Eerlijke criteria in aankoopdossiers,Goal,BBC,Financiële dienst,8,Eerlijk zaken doen,ja,\"Twee regels:\nook facturen op tijd betalen\"\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    assert!(!bytes.windows(2).any(|w| w == "ë".as_bytes()), "the file is not UTF-8");
    fs::write(tmp.path().join("export.csv"), &bytes).unwrap();
    let run = kapstok(tmp.path(), &["import", "inventory", "export.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut expected = expected_csv_items();
    // An empty visibility is the default: no key written.
    expected[1].as_object_mut().unwrap().remove("visibility");
    assert_eq!(written(tmp.path(), "export"), expected);
    no_content_errors(tmp.path());
}

fn workbook(path: &Path, rows: &[&[&str]]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet().set_name("Toelichting").unwrap();
    notes.write_string(0, 0, "Vul per dienst in wat al loopt.").unwrap();
    let sheet = book.add_worksheet().set_name("Inventaris").unwrap();
    sheet.write_string(0, 0, "Inventarisatiesjabloon MVO").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 2, c as u16);
            match cell.parse::<f64>() {
                // Numbers as numbers, the way a spreadsheet keeps `7`.
                Ok(n) => sheet.write_number(r, c, n).unwrap(),
                Err(_) => sheet.write_string(r, c, *cell).unwrap(),
            };
        }
    }
    book.save(path).unwrap();
}

const HEADER: &[&str] = &["Titel", "Soort", "Bron", "Dienst", "SDG's", "Thema's", "Zichtbaarheid", "Budget"];

#[test]
fn an_xlsx_made_here_round_trips() {
    let tmp = project();
    workbook(
        &tmp.path().join("Lokale foto 2024.xlsx"),
        &[
            HEADER,
            &["Zonnepanelen op de sporthal", "Actie", "Dienstplan", "Technische dienst", "7", "environment", "publiek", "12000"],
            &["Klimaatplan", "Doel", "Visienota", "Milieudienst", "13, 7", "Zorg voor het milieu", "", ""],
            &["Zonnepanelen op de sporthal", "actie", "Adviesraad", "", "", "", "intern", ""],
        ],
    );
    let run = kapstok(tmp.path(), &["import", "inventory", "Lokale foto 2024.xlsx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The extra column is left out with a warning naming it.
    assert!(run.stderr.contains("warning[unknown-key]") && run.stderr.contains("`Budget`"), "{}", run.stderr);
    let expected = json!([
        {
            "id": "zonnepanelen-op-de-sporthal",
            "title": "Zonnepanelen op de sporthal",
            "kind": "action",
            "source": "department-plan",
            "department": "Technische dienst",
            "sdgs": [7],
            "topics": ["environment"],
            "visibility": "public"
        },
        {
            "id": "klimaatplan",
            "title": "Klimaatplan",
            "kind": "goal",
            "source": "vision-note",
            "department": "Milieudienst",
            "sdgs": [7, 13],
            "topics": ["environment"]
        },
        {
            "id": "zonnepanelen-op-de-sporthal-2",
            "title": "Zonnepanelen op de sporthal",
            "kind": "action",
            "source": "advisory-council",
            "visibility": "internal"
        }
    ]);
    assert_eq!(written(tmp.path(), "lokale-foto-2024"), expected);
    let text = fs::read_to_string(tmp.path().join("content/inventory/lokale-foto-2024.yaml")).unwrap();
    assert!(text.contains("(sheet Inventaris)"), "{text}");
    no_content_errors(tmp.path());
}

#[test]
fn a_sheet_with_one_bad_row_is_refused_naming_row_and_column() {
    let tmp = project();
    workbook(
        &tmp.path().join("inventaris.xlsx"),
        &[
            HEADER,
            &["Zonnepanelen op de sporthal", "Actie", "Dienstplan", "Technische dienst", "7", "environment", "publiek", ""],
            &["Klimaatplan", "Doelx", "Visienota", "Milieudienst", "13", "environment", "", ""],
            &["Fietsdelen", "Actie", "Website", "Milieudienst", "11", "", "", ""],
        ],
    );
    let run = kapstok(tmp.path(), &["import", "inventory", "inventaris.xlsx"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Row 5 of the sheet (a title row, an empty row, the header, then the data), column B.
    let blocks = crate::support::blocks(&run.stderr);
    let errors: Vec<&String> = blocks.iter().filter(|b| b.starts_with("error[")).collect();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    let e = errors[0];
    assert!(e.starts_with("error[bad-value]: sheet `Inventaris`, row 5, column B (`Soort`): `Doelx` is not a kind"), "{e}");
    assert!(e.contains("inventaris.xlsx (sheet Inventaris):5:"), "{e}");
    assert!(e.contains("did you mean `doel`?"), "{e}");
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(!tmp.path().join("content/inventory/inventaris.yaml").exists());

    // A CSV with a bad SDG and an unknown topic in one row: both named.
    fs::write(tmp.path().join("foto.csv"), "Titel;Soort;Bron;SDG's;Thema's\nA;Doel;BBC;7, 18;milieuu\n").unwrap();
    let run = kapstok(tmp.path(), &["import", "inventory", "foto.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[bad-sdg]: row 2, column D (`SDG's`): `18` is not an SDG"), "{}", run.stderr);
    assert!(run.stderr.contains("error[dangling-reference]: row 2, column E (`Thema's`): no topic `milieuu`"), "{}", run.stderr);
    assert!(!tmp.path().join("content/inventory/foto.yaml").exists());
}

#[test]
fn unreadable_input_cannot_start() {
    let tmp = project();
    fs::write(tmp.path().join("notes.pdf"), "%PDF").unwrap();
    assert_eq!(kapstok(tmp.path(), &["import", "inventory", "notes.pdf"]).code, 2);
    assert_eq!(kapstok(tmp.path(), &["import", "inventory", "missing.csv"]).code, 2);
    assert_eq!(kapstok(tmp.path(), &["import", "inventory", "inventaris.csv", "--root", "nowhere"]).code, 2);
    let no_header = tmp.path().join("leeg.csv");
    fs::write(&no_header, "a;b\n1;2\n").unwrap();
    let run = kapstok(tmp.path(), &["import", "inventory", "leeg.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("no header row with a title column"), "{}", run.stderr);
}
