//! Open data on the public site: the CSV and JSON files parse and hold
//! exactly the public data of `build-privacy` (and no internal item, field
//! or marker, in the files or in any zip member); the catalogue; the privacy
//! guard reads zip members.

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::Path;

use serde_json::Value;

use crate::support::{copy_to_temp, fixture, kapstok};

const TODAY: &str = "2025-06-01";

/// Markers of internal content in `build-privacy` (names, internal items,
/// internal notes, allow reasons, a withdrawn claim).
const MARKERS: &[&str] = &[
    "Quistenbergh",
    "Vaneyckhoutte",
    "Zwijsenkamp",
    "Craeybeckx",
    "Kwabbeldonk",
    "Zilverreigers",
    "Knekelhuis",
    "Pluimdienst",
    "Sluipvos",
    "Knorrepotcommissie",
    "Ratelslang",
    "ijsjes",
    "Grimbergenbos",
    "zwavelfilter",
    "kraanwagen",
    "internal_note",
    "owners",
    "allow",
];

fn built() -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    tmp
}

fn data(root: &Path) -> std::path::PathBuf {
    root.join("output/public/data")
}

/// The rows of a CSV file as header -> value maps, checking RFC 4180 basics.
fn csv_rows(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = fs::read(path).unwrap();
    assert!(!bytes.starts_with(&[0xef, 0xbb, 0xbf]), "{}: no BOM", path.display());
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "{}: CRLF line ends", path.display());
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    for row in &rows {
        assert_eq!(row.len(), header.len(), "{}: every row has every column", path.display());
    }
    (header, rows)
}

fn column<'a>(header: &[String], rows: &'a [Vec<String>], name: &str) -> Vec<&'a str> {
    let k = header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {header:?}"));
    rows.iter().map(|r| r[k].as_str()).collect()
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap()).collect()
}

/// Every object key anywhere in `v`.
fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.insert(k.clone());
                keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

fn assert_no_marker(name: &str, text: &str) {
    let lower = text.to_lowercase();
    for m in MARKERS {
        assert!(!lower.contains(&m.to_lowercase()), "{name} contains internal marker `{m}`");
    }
}

#[test]
fn csv_and_json_hold_exactly_the_public_data() {
    let tmp = built();
    let d = data(tmp.path());

    let (h, rows) = csv_rows(&d.join("actions.csv"));
    assert_eq!(column(&h, &rows, "id"), ["fietsbeugels", "zonneboiler"]);
    assert_eq!(column(&h, &rows, "status"), ["in-progress", "planned"]);
    assert_eq!(column(&h, &rows, "department"), ["Milieudienst", "Bestuur"]);
    assert_eq!(column(&h, &rows, "sdgs"), ["11;13", "7"]);
    assert_eq!(column(&h, &rows, "topics"), ["environment", "environment"]);
    assert_eq!(column(&h, &rows, "start"), ["2025-01-15", "2025-03-01"]);
    assert_eq!(column(&h, &rows, "due"), ["2026-12-31", "2026-06-30"]);
    // Follow-up moments are internal (issue 18: the public projection has none).
    assert_eq!(column(&h, &rows, "next_follow_up"), ["", ""]);
    assert_eq!(column(&h, &rows, "indicator"), ["Fietsbeugels", "Aandeel warm water uit de zon"]);
    assert_eq!(column(&h, &rows, "baseline"), ["10", "0"]);
    assert_eq!(column(&h, &rows, "target"), ["50", "60"]);
    assert_eq!(column(&h, &rows, "latest_value"), ["20", ""]);
    assert_eq!(column(&h, &rows, "percent"), ["25", ""]);
    // Only the public item it builds on (not the internal `zwavelfilter`).
    assert_eq!(column(&h, &rows, "builds_on"), ["fietsroute", ""]);
    assert_eq!(column(&h, &rows, "url")[0], "https://www.oostmolen.be/duurzaamheid/actions/fietsbeugels/");
    assert!(column(&h, &rows, "description")[0].starts_with("We plaatsen extra fietsbeugels"));
    for banned in ["owners", "internal_note", "follow_up"] {
        assert!(!h.iter().any(|c| c == banned), "actions.csv has a column {banned}");
    }

    let (h, rows) = csv_rows(&d.join("progress.csv"));
    assert_eq!(h, ["action", "indicator", "unit", "date", "value", "note"]);
    assert_eq!(rows, [["fietsbeugels", "Fietsbeugels", "beugels", "2025-04-01", "20", "Eerste reeks beugels geplaatst"]]);

    let (h, rows) = csv_rows(&d.join("inventory.csv"));
    assert_eq!(column(&h, &rows, "id"), ["fietsroute"]);
    assert_eq!(column(&h, &rows, "kind"), ["action"]);
    assert_eq!(column(&h, &rows, "source"), ["multiyear-plan"]);
    assert_eq!(column(&h, &rows, "note"), ["De route is vier kilometer lang."]);

    let (h, rows) = csv_rows(&d.join("claims.csv"));
    assert_eq!(column(&h, &rows, "id"), ["groene-gemeente"]);
    assert_eq!(column(&h, &rows, "evidence_actions"), ["fietsbeugels"]);
    assert_eq!(column(&h, &rows, "evidence_inventory"), [""]);
    assert_eq!(column(&h, &rows, "channels"), ["website"]);

    let actions = json(&d.join("actions.json"));
    assert_eq!(ids(&actions), ["fietsbeugels", "zonneboiler"]);
    let a = &actions[0];
    assert_eq!(a["indicator"]["target"], 50);
    assert_eq!(a["indicator"]["latest_value"], 20);
    assert_eq!(a["progress"][0]["date"], "2025-04-01");
    assert_eq!(a["topics"][0]["title"], "Zorg voor het milieu");
    assert_eq!(ids(&a["builds_on"]), ["fietsroute"]);
    assert_eq!(ids(&json(&d.join("inventory.json"))), ["fietsroute"]);
    let claims = json(&d.join("claims.json"));
    assert_eq!(ids(&claims), ["groene-gemeente"]);
    assert_eq!(claims[0]["evidence"].as_array().unwrap().len(), 1);
    assert_eq!(claims[0]["evidence"][0]["type"], "action");
    let mut all_keys = BTreeSet::new();
    for f in ["actions.json", "inventory.json", "claims.json"] {
        keys(&json(&d.join(f)), &mut all_keys);
    }
    for banned in ["owners", "internal_note", "follow_up", "allow", "by", "withdrawn"] {
        assert!(!all_keys.contains(banned), "a JSON file has the key `{banned}`: {all_keys:?}");
    }
}

#[test]
fn no_internal_text_in_any_data_file_or_zip_member() {
    let tmp = built();
    let d = data(tmp.path());
    for e in fs::read_dir(&d).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".zip") {
            continue;
        }
        assert_no_marker(&name, &fs::read_to_string(&path).unwrap());
    }
    assert_no_marker("atom.xml", &fs::read_to_string(tmp.path().join("output/public/atom.xml")).unwrap());
    let bytes = fs::read(d.join("open-data.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut names = Vec::new();
    for k in 0..zip.len() {
        let mut member = zip.by_index(k).unwrap();
        let name = member.name().unwrap().into_owned();
        let stamp = member.last_modified().unwrap();
        assert_eq!((stamp.year(), stamp.month(), stamp.day(), stamp.hour()), (2025, 6, 1, 0), "{name}: dated today");
        let mut text = String::new();
        member.read_to_string(&mut text).unwrap();
        assert_no_marker(&format!("open-data.zip!/{name}"), &text);
        if name != "README.txt" {
            assert_eq!(text.as_bytes(), fs::read(d.join(&name)).unwrap(), "{name} in the zip is the file beside it");
        }
        names.push(name);
    }
    let expected =
        ["README.txt", "actions.csv", "actions.json", "claims.csv", "claims.json", "inventory.csv", "inventory.json", "progress.csv"];
    assert_eq!(names, expected);
    // Nothing of the kind on the intranet.
    assert!(!tmp.path().join("output/intranet/data").exists());
}

#[test]
fn the_catalogue_describes_every_file_with_licence_and_publisher() {
    let tmp = built();
    let d = data(tmp.path());
    let catalog = json(&d.join("catalog.jsonld"));
    assert_eq!(catalog["@type"], "dcat:Catalog");
    let dataset = &catalog["dcat:dataset"][0];
    assert_eq!(dataset["@type"], "dcat:Dataset");
    // The default licence and the organisation as publisher.
    let licence = "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0";
    assert_eq!(dataset["dct:license"]["@id"], licence);
    assert_eq!(dataset["dct:publisher"]["foaf:name"], "Gemeente Oostmolen");
    assert_eq!(dataset["dct:modified"]["@value"], TODAY);
    let dists = dataset["dcat:distribution"].as_array().unwrap();
    let mut files: Vec<String> = Vec::new();
    for dist in dists {
        let url = dist["dcat:downloadURL"]["@id"].as_str().unwrap();
        let name = url.strip_prefix("https://www.oostmolen.be/duurzaamheid/data/").unwrap();
        let size: usize = dist["dcat:byteSize"]["@value"].as_str().unwrap().parse().unwrap();
        assert_eq!(size, fs::read(d.join(name)).unwrap().len(), "{name}: byte size");
        assert_eq!(dist["dct:license"]["@id"], licence);
        files.push(name.to_owned());
    }
    files.sort();
    assert_eq!(files.len(), 8, "{files:?}");
    assert!(files.contains(&"open-data.zip".to_owned()));
    let page = fs::read_to_string(d.join("index.html")).unwrap();
    assert!(page.contains("Modellicentie voor gratis hergebruik"));
    assert!(page.contains("href=\"open-data.zip\""));
}

#[test]
fn licence_and_publisher_come_from_open_data() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    let site = tmp.path().join("content/site.yaml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(&site, format!("{text}open_data:\n  licence: cc0\n  publisher: Stad Oostmolen, dienst data\n")).unwrap();
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let catalog = json(&data(tmp.path()).join("catalog.jsonld"));
    let dataset = &catalog["dcat:dataset"][0];
    assert_eq!(dataset["dct:license"]["@id"], "http://publications.europa.eu/resource/authority/licence/CC0");
    assert_eq!(dataset["dct:publisher"]["foaf:name"], "Stad Oostmolen, dienst data");
    let zip = fs::read(data(tmp.path()).join("open-data.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut readme = String::new();
    zip.by_name("README.txt").unwrap().read_to_string(&mut readme).unwrap();
    assert!(readme.contains("CC0 1.0") && readme.contains("Stad Oostmolen, dienst data"), "{readme}");
    // The content format's spelling of CC BY 4.0.
    fs::write(&site, format!("{text}open_data:\n  licence: cc-by-4.0\n")).unwrap();
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let by = json(&data(tmp.path()).join("catalog.jsonld"));
    assert_eq!(by["dcat:dataset"][0]["dct:license"]["@id"], "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
}

#[test]
fn the_guard_reads_every_zip_member() {
    let tmp = copy_to_temp(&fixture("build-privacy"));
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = fs::read(tmp.path().join("output/public/data/actions.csv")).unwrap();
    // A public asset: a zip whose text member names a team member.
    let assets = tmp.path().join("content/assets");
    fs::create_dir_all(&assets).unwrap();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("verslag.txt", zip::write::SimpleFileOptions::default()).unwrap();
    w.write_all("Verslag opgemaakt door Wolfram Quistenbergh.".as_bytes()).unwrap();
    fs::write(assets.join("bijlagen.zip"), w.finish().unwrap().into_inner()).unwrap();
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--today", TODAY]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[public-personal-name]"), "{}", run.stderr);
    assert!(run.stderr.contains("(zip member verslag.txt: text of `content/assets/bijlagen.zip`)"), "{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    assert_eq!(fs::read(tmp.path().join("output/public/data/actions.csv")).unwrap(), before);
}
