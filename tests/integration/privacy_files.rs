//! The privacy boundary in files and markup (red-team round 21): a theme's
//! static files are read like assets (#36 #37), a stylesheet as a browser
//! reads it (#38), a picture, a comment or ruby glued inside a word does not
//! split it (#29 #31 #24 #25), and `check` reports what only `build`'s scan
//! of the files used to find (an asset's name and contents, a theme's
//! static files: #17 #53 a1). Each test writes a small project on top of the
//! `minimal` fixture and runs the real binary.

use std::fs;
use std::path::Path;

use crate::support::{copy_to_temp, fixture, kapstok};

/// The `minimal` fixture with Sofie Van der Meulen on the team, an internal
/// note on a public action, and `files` written (paths from the project's root).
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture("minimal"));
    let team = "members:\n  - id: sofie\n    name: Sofie Van der Meulen\n    department: Milieudienst\n    kind: staff\n    lead: true\n  - id: els\n    name: Els Peeters\n    department: Bestuur\n    kind: elected\n";
    fs::write(tmp.path().join("content/team.yaml"), team).unwrap();
    let action = format!(
        "---\ntitle: Actie meters\nowners: [sofie]\nstatus: planned\nvisibility: public\ninternal_note: \"{NOTE}\"\n---\nWij plaatsen slimme meters.\n"
    );
    fs::write(tmp.path().join("content/actions/meters.md"), action).unwrap();
    for (rel, bytes) in files {
        let path = tmp.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    tmp
}

const NOTE: &str = "Nieuwe meterstanden wachten op de koppeling met het energieplatform van de netbeheerder.";

/// A 1×1 transparent PNG.
const PX: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
    0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63,
    0x64, 0x60, 0xf8, 0x5f, 0x0f, 0x00, 0x02, 0x87, 0x01, 0x80, 0xeb, 0x47, 0xba, 0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44,
    0xae, 0x42, 0x60, 0x82,
];

/// The privacy findings of `check --format json`: (rule, file, line).
fn privacy_findings(root: &Path) -> Vec<(String, String, u64)> {
    let run = kapstok(root, &["check", "--root", ".", "--format", "json"]);
    let mut found: Vec<_> = run
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r == "public-personal-name" || r == "public-internal-text"))
        .map(|f| (f["rule"].as_str().unwrap().to_owned(), f["file"].as_str().unwrap_or("").to_owned(), f["line"].as_u64().unwrap_or(0)))
        .collect();
    found.sort();
    found.dedup();
    found
}

fn assert_blocked(root: &Path) -> String {
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    assert!(!root.join("output/public/index.html").exists());
    run.stderr
}

fn assert_published(root: &Path) {
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    assert!(root.join("output/public/index.html").is_file());
}

fn name(file: &str) -> (String, String, u64) {
    ("public-personal-name".to_owned(), file.to_owned(), 0)
}

const THEME: &str = "content/site.yaml";

/// The minimal fixture's site.yaml with `theme: evil`.
fn evil_theme(root: &Path) {
    let site = fs::read_to_string(root.join(THEME)).unwrap();
    fs::write(root.join(THEME), format!("{site}theme: evil\n")).unwrap();
}

#[test]
fn a_themes_static_files_are_read_whatever_their_type() {
    let tmp = project(&[
        ("themes/evil/static/team.yaml", b"members:\n  - id: sofie\n    name: Sofie Van der Meulen\n"),
        ("themes/evil/static/contact.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Sofie Vandermeulen\nEND:VCARD\n"),
        ("themes/evil/static/team.md", b"# Team\nSofie Vandermeulen\n"),
        ("themes/evil/static/LEESMIJ", b"Vragen? Sofie Vandermeulen\n"),
        ("themes/evil/static/extra.css", b"footer::after{content:\"\\53 ofie Vander\" \"meulen\"}\n"),
        ("themes/evil/static/sofie-vandermeulen.js", b"// leeg\n"),
    ]);
    evil_theme(tmp.path());
    let found = privacy_findings(tmp.path());
    let want: Vec<_> = ["LEESMIJ", "contact.vcf", "extra.css", "sofie-vandermeulen.js", "team.md", "team.yaml"]
        .iter()
        .map(|f| name(&format!("themes/evil/static/{f}")))
        .collect();
    assert_eq!(found, want);
    let stderr = assert_blocked(tmp.path());
    for f in ["LEESMIJ", "contact.vcf", "extra.css", "sofie-vandermeulen.js", "team.md", "team.yaml"] {
        assert!(stderr.contains(&format!("output/public/static/{f}")), "{f}: {stderr}");
    }
}

#[test]
fn a_themes_harmless_static_files_are_published() {
    let tmp = project(&[
        ("themes/evil/static/site.webmanifest", b"{\"name\": \"Duurzaam Proef\", \"display\": \"standalone\"}\n"),
        ("themes/evil/static/fonts/inter.woff2", b"wOF2\x00\x01\x00\x00\x00\x00\xff\xfe"),
        ("themes/evil/static/px.png", PX),
        ("themes/evil/static/extra.css", b".x::before{content:\"\\2014\\00A0\"} /* Sofie */\n"),
    ]);
    evil_theme(tmp.path());
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
    assert!(tmp.path().join("output/public/static/site.webmanifest").is_file());
}

#[test]
fn a_picture_glued_inside_a_word_does_not_hide_a_name_or_a_note() {
    let page = "---\ntitle: Over\naudience: public\n---\nZo werken we.\n\nContact: Sofie Vander![](@asset/px.png)meulen, Milieudienst.\n\n\
                Nieuwe meterstanden wachten op de koppeling met het energie![](@asset/px.png)platform van de netbeheerder.\n";
    let tmp = project(&[("content/assets/px.png", PX), ("content/pages/over.md", page.as_bytes())]);
    let found = privacy_findings(tmp.path());
    assert_eq!(
        found,
        vec![
            ("public-internal-text".to_owned(), "content/pages/over.md".to_owned(), 9),
            ("public-personal-name".to_owned(), "content/pages/over.md".to_owned(), 7),
        ]
    );
    let stderr = assert_blocked(tmp.path());
    assert!(stderr.contains("over/index.html"), "{stderr}");
}

#[test]
fn a_comment_or_ruby_inside_a_name_is_reported_by_check() {
    let page = "---\ntitle: Over\naudience: public\n---\nZo werken we.\n\nContact: Sofie Vander<!-- x -->meulen.\n\n\
                Of: Sofie Vander<ruby>meu<rt></rt></ruby>len.\n";
    let tmp = project(&[("content/pages/over.md", page.as_bytes())]);
    let found = privacy_findings(tmp.path());
    let at = |line| ("public-personal-name".to_owned(), "content/pages/over.md".to_owned(), line);
    assert_eq!(found, vec![at(7), at(9)]);
    assert_blocked(tmp.path());
}

#[test]
fn a_picture_between_words_and_its_alt_stay_public() {
    let page = "---\ntitle: Over\naudience: public\n---\nDe kaart ![Kaart van de bermen](@asset/px.png) toont waar we maaien.\n";
    let tmp = project(&[("content/assets/px.png", PX), ("content/pages/over.md", page.as_bytes())]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

#[test]
fn check_reads_an_assets_name_and_contents_as_build_does() {
    let svg =
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Contact: Sofie Vander<tspan font-weight=\"bold\">meulen</tspan></text></svg>";
    let tmp = project(&[("content/assets/sofie/vandermeulen.txt", b"hallo"), ("content/assets/tspan.svg", svg)]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![name("content/assets/sofie/vandermeulen.txt"), name("content/assets/tspan.svg")]);
    assert_blocked(tmp.path());
}
