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
        ("themes/evil/static/fonts/inter.woff2", &woff2("Inter")),
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

// Red team 22: files read by their bytes, drawings as placed, records,
// CSS `attr()`, links to the intranet.

/// The content errors of `check --format json` of these kinds: (kind, file).
fn errors_of(root: &Path, kinds: &[&str]) -> Vec<(String, String)> {
    let run = kapstok(root, &["check", "--root", ".", "--format", "json"]);
    let mut found: Vec<_> = run
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["kind"].as_str().is_some_and(|r| kinds.contains(&r)))
        .map(|f| (f["kind"].as_str().unwrap().to_owned(), f["file"].as_str().unwrap_or("").to_owned()))
        .collect();
    found.sort();
    found.dedup();
    found
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

/// A WOFF2 font with one table, `name`, whose designer (name id 9) is
/// `designer`; its tables in a Brotli stream of one stored meta-block.
fn woff2(designer: &str) -> Vec<u8> {
    let text: Vec<u8> = designer.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let mut name = Vec::new();
    for v in [0u16, 1, 18, 3, 1, 0x409, 9, text.len() as u16, 0] {
        name.extend(v.to_be_bytes());
    }
    name.extend(&text);
    // WBITS 16 (bit 0), ISLAST 0, MNIBBLES 4 (00), MLEN-1 (16 bits), ISUNCOMPRESSED 1.
    let bits: u32 = ((name.len() as u32 - 1) << 4) | (1 << 20);
    let mut brotli = bits.to_le_bytes()[..3].to_vec();
    brotli.extend(&name);
    brotli.push(0x03); // ISLAST, ISLASTEMPTY
    let mut font = b"wOF2\x00\x01\x00\x00".to_vec();
    let total = 48 + 2 + brotli.len();
    font.extend((total as u32).to_be_bytes());
    font.extend(1u16.to_be_bytes());
    font.extend(0u16.to_be_bytes());
    font.extend((12 + 16 + name.len() as u32).to_be_bytes());
    font.extend((brotli.len() as u32).to_be_bytes());
    font.extend([0u8; 24]);
    font.extend([5, name.len() as u8]); // the `name` table, not transformed; its length
    font.extend(&brotli);
    font
}

#[test]
fn a_themes_compressed_files_and_html_are_read_as_a_browser_would() {
    let team = b"members:\n  - id: sofie\n    name: Sofie Van der Meulen\n";
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"5\" y=\"25\">Contact: Sofie Vandermeulen</text></svg>";
    let tmp = project(&[
        ("themes/evil/static/team.yaml.gz", &gzip(team)),
        ("themes/evil/static/contact.svgz", &gzip(svg)),
        ("themes/evil/static/colofon.html", b"<!doctype html><p>Ontwerp en contact: &#83ofie Vandermeulen, Milieudienst</p>\n"),
        ("themes/evil/static/x.html", b"<p>Contact: &#x53ofie Van der Meul&eacuten</p>\n"),
        ("themes/evil/static/fonts/huis.woff2", &woff2("Sofie Vandermeulen")),
    ]);
    evil_theme(tmp.path());
    let found = privacy_findings(tmp.path());
    let want: Vec<_> = ["colofon.html", "contact.svgz", "fonts/huis.woff2", "team.yaml.gz", "x.html"]
        .iter()
        .map(|f| name(&format!("themes/evil/static/{f}")))
        .collect();
    assert_eq!(found, want);
    let stderr = assert_blocked(tmp.path());
    assert!(stderr.contains("output/public/static/team.yaml.gz"), "{stderr}");
}

#[test]
fn a_compressed_file_the_guard_cannot_unpack_is_not_published() {
    let tmp = project(&[
        ("themes/evil/static/team.yaml.bz2", b"BZh91AY&SY\x12\x34\x56\x78\x00\x01\x02"),
        ("themes/evil/static/notes.css", b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4\x46"),
        ("content/assets/bijlage.csv", b"\x28\xb5\x2f\xfd\x04\x58\x00\x00"),
        ("themes/evil/static/kapot.woff2", b"wOF2\x00\x01\x00\x00\x00\x00\xff\xfe"),
    ]);
    evil_theme(tmp.path());
    let found = errors_of(tmp.path(), &["asset-unread"]);
    let files: Vec<&str> = found.iter().map(|(_, f)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            "content/assets/bijlage.csv",
            "themes/evil/static/kapot.woff2",
            "themes/evil/static/notes.css",
            "themes/evil/static/team.yaml.bz2"
        ]
    );
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert!(run.stderr.contains("a bzip2 file") || run.stdout.contains("a bzip2 file"), "{}{}", run.stdout, run.stderr);
    let stderr = assert_blocked(tmp.path());
    assert!(stderr.contains("a Zstandard file"), "{stderr}");
}

/// A PDF of these objects (1: catalog, 2: pages, 3: page, 4: content,
/// 5: font, 6...: extra), and `tail` appended (an incremental update).
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    out
}

fn pdf_stream(content: &str, extra: &str) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(content.as_bytes()).unwrap();
    let z = z.finish().unwrap();
    let mut out = format!("<< /Length {} /Filter /FlateDecode {extra}>>\nstream\n", z.len()).into_bytes();
    out.extend(z);
    out.extend(b"\nendstream");
    out
}

fn pdf_page(content: &str, resources: &str, extra: Vec<Vec<u8>>) -> Vec<u8> {
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> {resources}>> >>"
        )
        .into_bytes(),
        pdf_stream(content, ""),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    objects.extend(extra);
    pdf(&objects)
}

#[test]
fn a_name_drawn_in_pieces_is_read_as_placed() {
    let svg1 = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"5\" y=\"25\">Contact: Sofie Vanderme</text><text x=\"170.6\" y=\"25\">ulen</text></svg>";
    let svg2 = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"25\"><tspan x=\"156.2\">meulen</tspan><tspan x=\"5\">Contact: Sofie Vander</tspan></text></svg>";
    let svg3 = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"5\" y=\"25\">Contact: Sofie Vander<tspan direction=\"rtl\" unicode-bidi=\"bidi-override\">neluem</tspan></text></svg>";
    let out_of_order = pdf_page("BT /F1 12 Tf 109.4 700 Td (meulen) Tj ET\nBT /F1 12 Tf 40 700 Td (Sofie Vander) Tj ET\n", "", vec![]);
    let form = pdf_page(
        "BT /F1 12 Tf 40 720 Td (Contactfiche Milieudienst) Tj ET\n/Fm1 Do\n",
        "/XObject << /Fm1 6 0 R >> ",
        vec![pdf_stream(
            "BT /F1 12 Tf 40 700 Td (Contact: Sofie Vandermeulen) Tj ET\n",
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> ",
        )],
    );
    // Revision 1 has the name; revision 2 replaces the page's content.
    let mut saved_over = pdf_page("BT /F1 12 Tf 40 720 Td (Contact: Sofie Vandermeulen, Milieudienst) Tj ET\n", "", vec![]);
    let text = String::from_utf8_lossy(&saved_over).into_owned();
    let prev: usize = text.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
    let at = saved_over.len();
    saved_over.extend(b"4 0 obj\n");
    saved_over.extend(pdf_stream("BT /F1 12 Tf 40 720 Td (Contact: Dienst communicatie) Tj ET\n", ""));
    saved_over.extend(b"\nendobj\n");
    let xref = saved_over.len();
    saved_over.extend(format!("xref\n0 1\n0000000000 65535 f \n4 1\n{at:010} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    let sheet = br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><f>"Contact: Sofie Vanderme"&amp;"ulen"</f></c></row></sheetData></worksheet>"#;
    let xlsx = {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        w.start_file("xl/worksheets/sheet1.xml", zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(sheet).unwrap();
        w.finish().unwrap().into_inner()
    };
    let tmp = project(&[
        ("content/assets/kaart1.svg", svg1),
        ("content/assets/kaart2.svg", svg2),
        ("content/assets/kaart3.svg", svg3),
        ("content/assets/fiche1.pdf", &out_of_order),
        ("content/assets/fiche2.pdf", &form),
        ("content/assets/fiche3.pdf", &saved_over),
        ("content/assets/deelnemers.xlsx", &xlsx),
    ]);
    let found = privacy_findings(tmp.path());
    let want: Vec<_> = ["deelnemers.xlsx", "fiche1.pdf", "fiche2.pdf", "fiche3.pdf", "kaart1.svg", "kaart2.svg", "kaart3.svg"]
        .iter()
        .map(|f| name(&format!("content/assets/{f}")))
        .collect();
    assert_eq!(found, want);
    assert_blocked(tmp.path());
}

#[test]
fn a_given_name_and_surname_in_one_record_are_a_name() {
    let tmp = project(&[
        ("content/assets/aanspreekpunten.csv", b"voornaam;dienst;naam;telefoon\nSofie;Milieudienst;Vandermeulen;050 12 34 56\n"),
        ("content/assets/aanspreekpunten.json", br#"[{"voornaam": "Sofie", "achternaam": "Van der Meulen", "dienst": "Milieudienst"}]"#),
        // Two people's halves in two records, and a department: no name.
        ("content/assets/diensten.csv", b"voornaam;dienst\nSofie;Milieudienst\nPieter;Vandermeulenstraat\n"),
    ]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![name("content/assets/aanspreekpunten.csv"), name("content/assets/aanspreekpunten.json")]);
}

#[test]
fn a_css_attr_between_two_strings_is_read_joined() {
    let tmp =
        project(&[("themes/evil/static/extra.css", b"footer::before{content:\"Contact: Sofie Vander\" attr(data-leeg) \"meulen\"}\n")]);
    evil_theme(tmp.path());
    assert_eq!(privacy_findings(tmp.path()), vec![name("themes/evil/static/extra.css")]);
    assert_blocked(tmp.path());
}

// Red team 22 #36: a right-to-left override escaped in a theme's CSS shows
// the run after it reversed.
#[test]
fn a_css_right_to_left_override_is_read_as_shown() {
    let tmp = project(&[("themes/evil/static/extra.css", b"footer::after{content:\"Contact: Sofie Vander\\202E neluem\"}\n")]);
    evil_theme(tmp.path());
    assert_eq!(privacy_findings(tmp.path()), vec![name("themes/evil/static/extra.css")]);
    assert_blocked(tmp.path());
}

#[test]
fn a_public_link_to_the_intranets_address_of_an_internal_item_is_refused() {
    let internal = "---\ntitle: Interne rubriek\nowners: [sofie]\nstatus: planned\nvisibility: internal\n---\nIntern.\n";
    let page = "---\ntitle: Over\naudience: public\n---\nZie [de rubriek](https://INTRANET.proef.be/mvo/actions/rubriek/index.html) \
                en [de meters](https://intranet.proef.be/mvo/actions/meters/index.html) en [de site](https://www.proef.be/duurzaam/).\n";
    let tmp = project(&[("content/actions/rubriek.md", internal.as_bytes()), ("content/pages/over.md", page.as_bytes())]);
    assert_eq!(
        errors_of(tmp.path(), &["public-link-to-internal"]),
        vec![("public-link-to-internal".to_owned(), "content/pages/over.md".to_owned())]
    );
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert!(run.stderr.contains("public text links to the internal action `rubriek`"), "{}", run.stderr);
}

// Red team 23: hidden text inside a word (R4), text a viewer composes (R6),
// metadata and encodings (R7), percent-encoded file names (R8), and JSON
// escapes read as letters (S2).

/// A zip of these members.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn docx(body: &str) -> Vec<u8> {
    let doc = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip_of(&[("word/document.xml", doc.as_bytes())])
}

fn xlsx(sheet: &str, styles: Option<&str>) -> Vec<u8> {
    let sheet =
        format!(r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#);
    let workbook = r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let root = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let types = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let mut files: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", root.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(styles) = styles {
        files.push(("xl/styles.xml", styles.as_bytes()));
    }
    zip_of(&files)
}

fn names_of(files: &[&str]) -> Vec<(String, String, u64)> {
    files.iter().map(|f| name(&format!("content/assets/{f}"))).collect()
}

#[test]
fn hidden_text_inside_a_word_is_read_as_shown() {
    let hidden = docx(
        r#"<w:p><w:r><w:t xml:space="preserve">Contact: Sofie Vander</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>xyz</w:t></w:r><w:r><w:t>meulen, Milieudienst.</w:t></w:r></w:p>"#,
    );
    let deleted = docx(
        r#"<w:p><w:r><w:t xml:space="preserve">Contact: Sofie Vander</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>xyz</w:delText></w:r></w:del><w:r><w:t>meulen.</w:t></w:r></w:p>"#,
    );
    // The whole note, a hidden letter inside one word in three.
    let mut runs = String::new();
    for (i, w) in NOTE.split(' ').enumerate() {
        if i % 3 == 0 && w.len() >= 4 {
            let h = w.len() / 2;
            runs.push_str(&format!(
                r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>q</w:t></w:r><w:r><w:t xml:space="preserve">{} </w:t></w:r>"#,
                &w[..h],
                &w[h..]
            ));
        } else {
            runs.push_str(&format!(r#"<w:r><w:t xml:space="preserve">{w} </w:t></w:r>"#));
        }
    }
    let note = docx(&format!("<w:p>{runs}</w:p>"));
    let svg_hidden = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"5\" y=\"25\">Contact: Sofie Vander<tspan display=\"none\">xyz</tspan>meulen</text></svg>";
    let svg_use = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><text id=\"t\">meulen</text></defs><text x=\"5\" y=\"25\">Contact: Sofie Vander</text><use href=\"#t\" x=\"156.2\" y=\"25\"/></svg>";
    let invisible = pdf_page(
        "BT /F1 12 Tf 40 720 Td (Contact: Sofie Vander) Tj 3 Tr /F1 0.01 Tf (xyz) Tj 0 Tr /F1 12 Tf (meulen, Milieudienst) Tj ET\n",
        "",
        vec![],
    );
    let tmp = project(&[
        ("content/assets/verborgen.docx", &hidden),
        ("content/assets/doorgehaald.docx", &deleted),
        ("content/assets/stand.docx", &note),
        ("content/assets/kaart-verborgen.svg", svg_hidden),
        ("content/assets/kaart-use.svg", svg_use),
        ("content/assets/verborgen.pdf", &invisible),
    ]);
    let mut want = names_of(&["doorgehaald.docx", "kaart-use.svg", "kaart-verborgen.svg", "verborgen.docx", "verborgen.pdf"]);
    want.insert(0, ("public-internal-text".to_owned(), "content/assets/stand.docx".to_owned(), 0));
    let mut found = privacy_findings(tmp.path());
    found.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    want.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    assert_eq!(found, want);
    // The whole note, not a part of it.
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert!(run.stderr.contains(NOTE.trim_end_matches('.')), "{}", run.stderr);
    assert_blocked(tmp.path());
}

#[test]
fn text_a_viewer_composes_is_read() {
    let footer = xlsx(
        r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Overzicht</t></is></c></row></sheetData><headerFooter><oddFooter>&amp;LContact: Sofie Vander&amp;Bmeulen&amp;B, Milieudienst</oddFooter></headerFooter>"#,
        None,
    );
    let format = xlsx(
        r#"<sheetData><row r="1"><c r="A1" t="inlineStr" s="1"><is><t>meulen</t></is></c></row></sheetData>"#,
        Some(
            r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Contact: Sofie Vander&quot;@"/></numFmts><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#,
        ),
    );
    let formula = xlsx(
        r#"<sheetData><row r="1"><c r="A1" t="str"><f>SUBSTITUTE("Contact: Sofie VanderXmeulen","X","")</f></c></row></sheetData>"#,
        None,
    );
    let actual: String = "Sofie Vandermeulen".encode_utf16().map(|u| format!("{u:04X}")).collect();
    let actual = pdf_page(
        &format!(
            "BT /F1 12 Tf 40 720 Td (Contact: ) Tj /Span << /ActualText <FEFF{actual}> >> BDC (S. V.) Tj EMC (, Milieudienst) Tj ET\n"
        ),
        "",
        vec![],
    );
    let tmp = project(&[
        ("content/assets/voettekst.xlsx", &footer),
        ("content/assets/formaat.xlsx", &format),
        ("content/assets/formule.xlsx", &formula),
        ("content/assets/actualtext.pdf", &actual),
    ]);
    assert_eq!(privacy_findings(tmp.path()), names_of(&["actualtext.pdf", "formaat.xlsx", "formule.xlsx", "voettekst.xlsx"]));
    assert_blocked(tmp.path());
}

/// A JPEG whose EXIF has Make `Canon` and a maker note with the owner's
/// name (Canon's OwnerName, 0x0009) in plain ASCII.
fn jpeg_with_owner(owner: &str) -> Vec<u8> {
    let le16 = |v: u16| v.to_le_bytes().to_vec();
    let le32 = |v: u32| v.to_le_bytes().to_vec();
    let entry = |tag: u16, kind: u16, count: u32, value: u32| [le16(tag), le16(kind), le32(count), le32(value)].concat();
    let make = b"Canon\0";
    let owner = [owner.as_bytes(), b"\0"].concat();
    let make_off = 8 + 2 + 2 * 12 + 4;
    let exif_off = make_off + make.len();
    let mn_off = exif_off + 18;
    let owner_off = mn_off + 18;
    let mn = [le16(1), entry(0x0009, 2, owner.len() as u32, owner_off as u32), vec![0; 4], owner.clone()].concat();
    let tiff = [
        b"II*\0".to_vec(),
        le32(8),
        le16(2),
        entry(0x010F, 2, make.len() as u32, make_off as u32),
        entry(0x8769, 4, 1, exif_off as u32),
        vec![0; 4],
        make.to_vec(),
        le16(1),
        entry(0x927C, 7, mn.len() as u32, mn_off as u32),
        vec![0; 4],
        mn,
    ]
    .concat();
    let segment = [b"Exif\0\0".to_vec(), tiff].concat();
    [b"\xff\xd8\xff\xe1".to_vec(), ((segment.len() + 2) as u16).to_be_bytes().to_vec(), segment, b"\xff\xd9".to_vec()].concat()
}

/// A tar of one member owned by `uname`.
fn tar_owned_by(uname: &str) -> Vec<u8> {
    let mut h = vec![0u8; 512];
    h[..11].copy_from_slice(b"kleuren.txt");
    h[100..107].copy_from_slice(b"0000644");
    h[108..115].copy_from_slice(b"0000000");
    h[116..123].copy_from_slice(b"0000000");
    h[124..135].copy_from_slice(b"00000000006");
    h[136..147].copy_from_slice(b"00000000000");
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[265..265 + uname.len()].copy_from_slice(uname.as_bytes());
    h[297..309].copy_from_slice(b"milieudienst");
    h[148..156].copy_from_slice(b"        ");
    let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
    h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
    let mut out = h;
    out.extend(b"groen\n");
    out.resize(512 * 2, 0);
    out.resize(512 * 4, 0);
    out
}

/// Gzip data whose header keeps the original file name `original`.
fn gzip_named(bytes: &[u8], original: &str) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::GzBuilder::new().filename(original).write(Vec::new(), flate2::Compression::default());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

#[test]
fn metadata_and_encodings_the_readers_skipped_are_read() {
    let zip_commented = {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        w.start_file("verslag.txt", zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(b"Verslag van de werkgroep.\n").unwrap();
        w.set_comment("Samengesteld door Sofie Vandermeulen, Milieudienst").unwrap();
        w.finish().unwrap().into_inner()
    };
    let vcf = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=BASE64:U29maWUgVmFuZGVybWV1bGVu\r\nORG:Gemeente;Milieudienst\r\nEND:VCARD\r\n";
    // base64 of "Contactpersoon: Sofie Vandermeulen, Milieudienst\n".
    let ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@proef.be\r\nSUMMARY:Infoavond\r\nATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=contact.txt:Q29udGFjdHBlcnNvb246IFNvZmllIFZhbmRlcm1ldWxlbiwgTWlsaWV1ZGllbnN0Cg==\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let tar = tar_owned_by("sofie.vandermeulen");
    let tmp = project(&[
        ("content/assets/foto.jpg", &jpeg_with_owner("Sofie Vandermeulen")),
        ("content/assets/bijlagen.zip", &zip_commented),
        ("content/assets/kleuren.csv", &gzip_named(b"kleur;code\ngroen;1\n", "contactlijst Sofie Vandermeulen.csv")),
        ("content/assets/archief.txt", &gzip_named(&tar, "archief.tar")),
        ("content/assets/contact.vcf", vcf),
        ("content/assets/agenda.ics", ics),
        ("content/assets/cv-Sofie%20Vandermeulen.txt", b"cv\n"),
        ("content/assets/Vandermeulen%2C%20Sofie.txt", b"lijst\n"),
        ("themes/evil/static/archief.tar", &tar),
        ("themes/evil/static/kleuren.csv.gz", &gzip_named(b"kleur;code\n", "contactlijst Sofie Vandermeulen.csv")),
    ]);
    evil_theme(tmp.path());
    let mut want = names_of(&[
        "Vandermeulen%2C%20Sofie.txt",
        "agenda.ics",
        "archief.txt",
        "bijlagen.zip",
        "contact.vcf",
        "cv-Sofie%20Vandermeulen.txt",
        "foto.jpg",
        "kleuren.csv",
    ]);
    want.push(name("themes/evil/static/archief.tar"));
    want.push(name("themes/evil/static/kleuren.csv.gz"));
    assert_eq!(privacy_findings(tmp.path()), want);
    assert_blocked(tmp.path());
}

// S2: `\n` in generated JSON is a line break, not the initial `N` after a
// surname; a name in JSON, escaped or not, is still one.
#[test]
fn a_json_escape_is_no_letter_but_an_escaped_name_is_a_name() {
    let team = "members:\n  - id: sofie\n    name: Sofie Van der Meulen\n    department: Milieudienst\n    kind: staff\n    lead: true\n  - id: els\n    name: Els Peeters\n    department: Bestuur\n    kind: elected\n  - id: nadia\n    name: Nadia El Amrani\n    department: Personeelsdienst\n    kind: staff\n";
    let action = "---\ntitle: Opleiding\nowners: [nadia]\nstatus: planned\nvisibility: public\n---\nDe cursus wordt gegeven door mevrouw El Amrani.\n\nNieuw is de tweede reeks.\n";
    let tmp = project(&[("content/team.yaml", team.as_bytes()), ("content/actions/opleiding.md", action.as_bytes())]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
    let json = fs::read_to_string(tmp.path().join("output/public/data/actions.json")).unwrap();
    assert!(json.contains(r"El Amrani.\n\nNieuw"), "{json}");
    // Escaped in an asset a public page links: still the name.
    fs::create_dir_all(tmp.path().join("content/assets")).unwrap();
    fs::write(tmp.path().join("content/assets/contact.json"), br#"{"contact": "\u0053ofie Vandermeulen"}"#).unwrap();
    fs::write(tmp.path().join("content/actions/opleiding.md"), format!("{action}\nZie [het contact](@asset/contact.json).\n")).unwrap();
    assert_eq!(privacy_findings(tmp.path()), names_of(&["contact.json"]));
    // The site published above stays as it was when a build is refused: start afresh.
    fs::remove_dir_all(tmp.path().join("output")).unwrap();
    assert_blocked(tmp.path());
}
