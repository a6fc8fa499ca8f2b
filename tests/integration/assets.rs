//! Issue 18, the assets and the output folder: assets by allow-list, SVG
//! without tricks, the privacy guard reading names in asset metadata,
//! documents, archives and file names, zip bombs refused, control
//! characters in names refused, two builds at once. Every asset is made
//! here, in the test, inside a copy of `build-privacy`.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::support::{copy_to_temp, fixture, kapstok};

const TODAY: &str = "2025-06-01";
/// A team member of `build-privacy`.
const NAME: &str = "Wolfram Quistenbergh";

fn build(root: &Path) -> crate::support::Run {
    kapstok(root, &["build", "--root", ".", "--today", TODAY])
}

fn project() -> tempfile::TempDir {
    copy_to_temp(&fixture("build-privacy"))
}

fn asset(root: &Path, name: &str, bytes: &[u8]) {
    let path = root.join("content/assets").join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A JPEG with no picture, only an EXIF `Artist`.
fn jpeg_with_artist(artist: &str) -> Vec<u8> {
    let value = format!("{artist}\0");
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend(1u16.to_le_bytes());
    tiff.extend(0x013Bu16.to_le_bytes()); // Artist
    tiff.extend(2u16.to_le_bytes()); // ASCII
    tiff.extend((value.len() as u32).to_le_bytes());
    tiff.extend(26u32.to_le_bytes());
    tiff.extend(0u32.to_le_bytes());
    tiff.extend(value.as_bytes());
    let mut jpeg = b"\xFF\xD8\xFF\xE1".to_vec();
    jpeg.extend(((2 + 6 + tiff.len()) as u16).to_be_bytes());
    jpeg.extend(b"Exif\0\0");
    jpeg.extend(tiff);
    jpeg.extend(b"\xFF\xD9");
    jpeg
}

/// A one-page PDF showing `page` with `author` in its document info.
fn pdf(page: &str, author: &str) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica"});
    let resources_id = doc.add_object(dictionary! {"Font" => dictionary! {"F1" => font_id}});
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new("Td", vec![100.into(), 600.into()]),
            Operation::new("Tj", vec![Object::string_literal(page)]),
            Operation::new("ET", vec![]),
        ],
    };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()).with_compression(true));
    let page_id = doc.add_object(dictionary! {"Type" => "Page", "Parent" => pages_id, "Contents" => content_id});
    let pages = dictionary! {
        "Type" => "Pages",
        "Kids" => vec![page_id.into()],
        "Count" => 1,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
    doc.trailer.set("Root", catalog_id);
    let info_id = doc.add_object(dictionary! {"Author" => Object::string_literal(author), "Title" => Object::string_literal("Plan")});
    doc.trailer.set("Info", info_id);
    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn docx_by(creator: &str) -> Vec<u8> {
    let core = format!(
        "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Plan</dc:title><dc:creator>{creator}</dc:creator></cp:coreProperties>"
    );
    let body = "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Het plan van de gemeente.</w:t></w:r></w:p></w:body></w:document>";
    zip_of(&[("[Content_Types].xml", b"<Types/>"), ("docProps/core.xml", core.as_bytes()), ("word/document.xml", body.as_bytes())])
}

/// An asset of a type not on the list, or without an extension, is refused
/// with the file named and the accepted types listed; `.xml`, `.xht` and
/// `.shtml` used to be published.
#[test]
fn assets_of_other_types_are_refused() {
    let tmp = project();
    for name in ["feed.xml", "page.xht", "page.shtml", "README", "plan.PDF", "logo.png"] {
        asset(tmp.path(), name, b"x");
    }
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(last_line(&run.stderr).starts_with("failed"), "{}", run.stderr);
    for (name, what) in [
        ("feed.xml", "`.xml` files are not published"),
        ("page.xht", "`.xht` files are not published"),
        ("page.shtml", "`.shtml` files are not published"),
        ("README", "a file without an extension is not published"),
    ] {
        let line =
            format!("error[bad-asset]: `content/assets/{name}`: {what}; assets are pictures: png, jpg, jpeg, gif, webp, avif, svg, ico;");
        assert!(run.stderr.contains(&line), "missing `{line}` in:\n{}", run.stderr);
    }
    assert!(!run.stderr.contains("plan.PDF") && !run.stderr.contains("logo.png"), "{}", run.stderr);
    assert!(!tmp.path().join("output").exists());
}

/// Each SVG trick is refused at load, with the file and the place named; a
/// plain drawing passes.
#[test]
fn each_svg_trick_is_refused() {
    let tricks = [
        ("<script>alert(1)</script>", "has a <script> element"),
        ("<rect onmouseover=\"alert(1)\"/>", "has an event attribute `onmouseover`"),
        ("<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>", "that changes a link"),
        ("<a xlink:href=\"#x\"><animate attributeName=\"xlink:href\" values=\"https://e.x\"/></a>", "that changes a link"),
        ("<image href=\"https://tracker.example/pixel.png\"/>", "outside the file"),
        ("<use xlink:href=\"icons.svg#leaf\"/>", "outside the file"),
        ("<rect fill=\"url(https://e.x/#g)\"/>", "outside the file"),
        ("<style>@import url(https://e.x/a.css);</style>", "`@import`"),
        ("<foreignObject><p>x</p></foreignObject>", "has a <foreignObject> element"),
        ("<a href=\"&#106;avascript:alert(1)\"><text>x</text></a>", "script link"),
    ];
    let tmp = project();
    let svg =
        |body: &str| format!("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n{body}\n</svg>\n");
    for (k, (body, _)) in tricks.iter().enumerate() {
        asset(tmp.path(), &format!("trick{k}.svg"), svg(body).as_bytes());
    }
    asset(
        tmp.path(),
        "doctype.svg",
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    );
    asset(tmp.path(), "sheet.svg", b"<?xml-stylesheet href=\"https://e.x/s.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    asset(tmp.path(), "plain.svg", svg("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/><use href=\"#g\"/>").as_bytes());
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (k, (body, what)) in tricks.iter().enumerate() {
        let head = format!("error[bad-asset]: `content/assets/trick{k}.svg` ");
        let line = run.stderr.lines().find(|l| l.starts_with(&head)).unwrap_or_else(|| panic!("`{body}` passed:\n{}", run.stderr));
        assert!(line.contains(what) && line.contains("(line 2, column "), "`{body}`: {line}");
    }
    assert!(run.stderr.contains("`content/assets/doctype.svg` has a DOCTYPE"), "{}", run.stderr);
    assert!(run.stderr.contains("`content/assets/sheet.svg` has an `xml-stylesheet` instruction"), "{}", run.stderr);
    assert!(!run.stderr.contains("plain.svg"), "{}", run.stderr);
}

/// A team member's name in an asset blocks publishing, with the asset and
/// the place in it named: EXIF, PDF document info, PDF page text, DOCX
/// properties, a nested zip, a UTF-16 text file, the file name.
#[test]
fn a_name_in_an_asset_blocks_publishing() {
    let tmp = project();
    let ok = build(tmp.path());
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    // A picture without a name: published, with a warning that the guard
    // cannot read the text shown in it (linked from a public page: the
    // public site publishes only the assets its files refer to).
    asset(tmp.path(), "logo.jpg", &jpeg_with_artist("Gemeente Lindebeek"));
    let page = "---\ntitle: Logo\naudience: public\n---\n![Logo van de gemeente](@asset/logo.jpg)\n";
    fs::create_dir_all(tmp.path().join("content/pages")).unwrap();
    fs::write(tmp.path().join("content/pages/logo.md"), page).unwrap();
    let ok = build(tmp.path());
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert!(
        ok.stderr
            .contains("warning[asset-unread]: the privacy guard cannot read `content/assets/logo.jpg`: text shown in the picture itself"),
        "{}",
        ok.stderr
    );
    let public_before = fs::read_to_string(tmp.path().join("output/public/.kapstok-manifest")).unwrap();
    asset(tmp.path(), "foto.jpg", &jpeg_with_artist(NAME));
    asset(tmp.path(), "info.pdf", &pdf("Het plan van de gemeente.", NAME));
    asset(tmp.path(), "tekst.pdf", &pdf(&format!("Verslag door {NAME}."), "Gemeente"));
    asset(tmp.path(), "plan.docx", &docx_by(NAME));
    let inner = zip_of(&[("notities/verslag.txt", format!("Gesprek met {NAME}.").as_bytes())]);
    asset(tmp.path(), "bijlagen.zip", &zip_of(&[("binnen/oud.zip", &inner)]));
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(format!("Verslag door {NAME}.").encode_utf16().flat_map(u16::to_le_bytes));
    asset(tmp.path(), "verslag.txt", &utf16);
    asset(tmp.path(), "verslag-wolfram-quistenbergh.csv", b"jaar;waarde\n2024;3\n");
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(last_line(&run.stderr).contains("public site NOT updated"), "{}", run.stderr);
    for (file, place) in [
        ("foto.jpg", "EXIF Artist"),
        ("info.pdf", "PDF Author"),
        ("tekst.pdf", "PDF page 1"),
        ("plan.docx", "docProps/core.xml dc:creator"),
        ("bijlagen.zip", "zip member binnen/oud.zip: zip member notities/verslag.txt: text"),
        ("verslag.txt", "text"),
        ("verslag-wolfram-quistenbergh.csv", "file name"),
    ] {
        let line = format!("({place} of `content/assets/{file}`)");
        let at = run.stderr.find(&line).unwrap_or_else(|| panic!("`{file}` ({place}) not caught:\n{}", run.stderr));
        let before = &run.stderr[..at];
        let message = before.rsplit("error[").next().unwrap();
        assert!(message.starts_with("public-personal-name]: the public site would show"), "{message}");
        let after = &run.stderr[at..];
        // Where the page would carry it, or (since session 21, when the
        // check before the build reads the assets too) where it is written.
        let path = |l: &str| l.contains(&format!("output/public/assets/{file}")) || l.contains(&format!("--> content/assets/{file}"));
        assert!(after.lines().take(3).any(path), "no path for {file}:\n{after}");
    }
    assert_eq!(fs::read_to_string(tmp.path().join("output/public/.kapstok-manifest")).unwrap(), public_before, "the public site changed");
}

/// A zip bomb (over 512 MiB unpacked from a small file) is refused:
/// publishing blocked, the archive and its member named.
#[test]
fn a_zip_bomb_is_refused() {
    let tmp = project();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_level(Some(1)).large_file(true);
    w.start_file("nullen.txt", options).unwrap();
    let zeros = vec![b'0'; 1 << 20];
    for _ in 0..513 {
        w.write_all(&zeros).unwrap();
    }
    let bomb = w.finish().unwrap().into_inner();
    assert!(bomb.len() < 32 << 20, "small enough to be loaded: {}", bomb.len());
    asset(tmp.path(), "bom.zip", &bomb);
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "error[asset-unread]: the privacy guard cannot read zip member nullen.txt of `content/assets/bom.zip`: over 512 MiB unpacked: the privacy guard does not unpack more"
        ),
        "{}",
        run.stderr
    );
    assert!(last_line(&run.stderr).contains("public site NOT updated"), "{}", run.stderr);
    assert!(!tmp.path().join("output/public").exists());
}

/// An asset name with a line break or another control character is
/// refused at load: it could forge a line of the manifest (one path a
/// line) and so have kapstok delete a foreign file later.
#[test]
fn control_characters_in_asset_names_are_refused() {
    let tmp = project();
    asset(tmp.path(), "a\n.htaccess.png", b"x");
    asset(tmp.path(), "tab\there.txt", b"x");
    asset(tmp.path(), "map\u{7}/logo.png", b"x");
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    for shown in ["\"content/assets/a\\n.htaccess.png\"", "\"content/assets/tab\\there.txt\"", "\"content/assets/map\\u{7}/logo.png\""] {
        let line = format!("error[bad-asset]: {shown}: the file name holds a control character");
        assert!(run.stderr.contains(&line), "missing `{line}`:\n{}", run.stderr);
    }
    assert!(!tmp.path().join("output").exists());
}

/// Two builds at once into one output folder: each waits for the other;
/// both succeed, the site is whole, and a foreign file survives.
#[test]
fn two_builds_at_once_wait_for_each_other() {
    let tmp = project();
    let first = build(tmp.path());
    assert_eq!(first.code, 0, "{}", first.stderr);
    let manifest = fs::read_to_string(tmp.path().join("output/public/.kapstok-manifest")).unwrap();
    fs::write(tmp.path().join("output/public/.htaccess"), "deny from all\n").unwrap();
    let runs: Vec<std::process::Child> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_kapstok"))
                .env("KAPSTOK_LANG", "en")
                .args(["build", "--root", ".", "--today", TODAY])
                .current_dir(tmp.path())
                .env("NO_COLOR", "1")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in runs {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "a build failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(fs::read_to_string(tmp.path().join("output/public/.htaccess")).unwrap(), "deny from all\n");
    assert_eq!(fs::read_to_string(tmp.path().join("output/public/.kapstok-manifest")).unwrap(), manifest);
    for line in manifest.lines() {
        assert!(tmp.path().join("output/public").join(line).is_file(), "`{line}` is missing");
    }
    let left: Vec<String> = fs::read_dir(tmp.path().join("output"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".staging") || n.ends_with(".old"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// An asset kapstok cannot read is an `io-error` naming it, not a template
/// error. (Skipped where permissions do not stop the reader, as for root.)
#[cfg(unix)]
#[test]
fn an_unreadable_asset_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = project();
    asset(tmp.path(), "geheim.pdf", b"%PDF-1.4");
    let path = tmp.path().join("content/assets/geheim.pdf");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        eprintln!("skipped: permissions do not stop this user from reading");
        return;
    }
    let run = build(tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[io-error]: cannot read `content/assets/geheim.pdf`: Permission denied"), "{}", run.stderr);
    assert!(!run.stderr.contains("template"), "{}", run.stderr);
}

/// A FIFO (or a device) under an asset's name is refused at load, named,
/// instead of hanging the build that reads it.
#[cfg(unix)]
#[test]
fn an_asset_that_is_not_a_file_is_named() {
    let tmp = project();
    fs::create_dir_all(tmp.path().join("content/assets")).unwrap();
    let made = std::process::Command::new("mkfifo").arg(tmp.path().join("content/assets/pijp.pdf")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: no mkfifo");
        return;
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kapstok"))
        .env("KAPSTOK_LANG", "en")
        .args(["build", "--root", ".", "--today", TODAY])
        .current_dir(tmp.path())
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the build hangs on a FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[bad-asset]: `content/assets/pijp.pdf` is not a regular file"), "{stderr}");
}
