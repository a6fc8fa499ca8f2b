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
