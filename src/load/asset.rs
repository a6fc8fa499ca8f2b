//! The assets' gate: which files under `content/assets/` may be published.
//!
//! Owns the allow-list of asset types (by extension), the refusal of file
//! names a manifest line or a URL cannot carry (control characters, names
//! that are not UTF-8), the refusal of text files a browser would sniff as a
//! page, and the SVG rules (no script, no event attribute, no external
//! reference, no DOCTYPE...). Everything here is decided at load, so `check`
//! reports it too. What the privacy guard reads *in* an asset is
//! `crate::asset_text`.

use std::io::Read;
use std::path::Path;

use crate::diag::{Diagnostic, Kind};
use crate::i18n::{Msg, msg};

/// The asset types kapstok publishes, by group, as the error lists them.
pub(crate) const ASSET_TYPES: &[(&str, &[&str])] = &[
    ("pictures", &["png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico"]),
    ("documents", &["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt"]),
    ("text and data", &["txt", "md", "csv", "tsv", "json", "geojson", "ics", "vcf"]),
    ("archives", &["zip"]),
];

/// The text types: served as text, so one a browser would sniff as a page
/// (when a server sends it without a type) is refused ([`sniffs_as_markup`]).
const TEXT_TYPES: &[&str] = &["txt", "md", "csv", "tsv", "json", "geojson", "ics", "vcf"];

/// The accepted types per group, as the messages list them: the groups'
/// names are said in the reader's language.
fn accepted() -> Msg {
    let list = |n: usize| ASSET_TYPES[n].1.join(", ");
    msg!("err-asset-types", pictures = list(0), documents = list(1), text = list(2), archives = list(3))
}

/// The extension of `name`, lowercased: `None` for a name without one.
fn extension(name: &str) -> Option<String> {
    let file = name.rsplit('/').next().unwrap_or(name);
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() => Some(ext.to_ascii_lowercase()),
        _ => None,
    }
}

/// Refuse an asset that could bring a script or a page, whose type is not on
/// the list, whose name a URL or the manifest cannot carry, or that cannot be
/// read. `rel` is the path shown (`content/assets/...`).
pub(super) fn check_asset(path: &Path, rel: &str, rel_in_content: &str) -> Option<Diagnostic> {
    let bad = |message: Msg, help: Msg| Some(Diagnostic::error(Kind::BadAsset, message).in_file(rel).help(help));
    if path.to_str().is_none() {
        return bad(msg!("err-asset-name-not-utf8", path = rel), msg!("err-asset-rename-help"));
    }
    if rel_in_content.chars().any(char::is_control) {
        return bad(msg!("err-asset-name-control", path = format!("{rel:?}")), msg!("err-asset-rename-help"));
    }
    let ext = extension(rel_in_content);
    let lower = rel_in_content.to_ascii_lowercase();
    if [".html", ".htm", ".js", ".mjs", ".xhtml"].iter().any(|ext| lower.ends_with(ext)) {
        return bad(msg!("err-asset-script", path = rel), msg!("err-asset-script-help"));
    }
    let Some(ext) = ext.filter(|e| ASSET_TYPES.iter().any(|(_, exts)| exts.contains(&e.as_str()))) else {
        let message = match extension(rel_in_content) {
            Some(e) => msg!("err-asset-type", path = rel, ext = e, types = accepted()),
            None => msg!("err-asset-no-extension", path = rel, types = accepted()),
        };
        return bad(message, msg!("err-asset-type-help"));
    };
    let cannot_read = |e: std::io::Error| {
        Some(
            Diagnostic::error(Kind::Io, msg!("err-io-read", path = rel, detail = e.to_string()))
                .in_file(rel)
                .help(msg!("err-asset-unreadable-help")),
        )
    };
    // Opened, not read, unless its start or its whole is checked below: a
    // FIFO or a device under a file's name is refused before it is read.
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return bad(msg!("err-asset-not-regular", path = rel), msg!("err-asset-not-regular-help"));
        }
        Ok(_) => {}
        Err(e) => return cannot_read(e),
    }
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) => return cannot_read(e),
    };
    let mut bytes = Vec::new();
    let read = if ext == "svg" {
        file.read_to_end(&mut bytes)
    } else if TEXT_TYPES.contains(&ext.as_str()) {
        (&mut file).take(512).read_to_end(&mut bytes)
    } else {
        Ok(0)
    };
    if let Err(e) = read {
        return cannot_read(e);
    }
    if TEXT_TYPES.contains(&ext.as_str()) && sniffs_as_markup(&bytes) {
        return bad(msg!("err-asset-markup", path = rel), msg!("err-asset-markup-help"));
    }
    if ext == "svg"
        && let Some(what) = svg_problem(&bytes)
    {
        return bad(msg!("err-asset-svg", path = rel, problem = what), msg!("err-asset-svg-help"));
    }
    None
}

/// Whether a text file starts as a browser's content sniffing recognises
/// HTML or XML (the WHATWG MIME sniffing patterns), after white space and
/// a byte order mark.
fn sniffs_as_markup(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b" \t\n\x0C\r".contains(b)).unwrap_or(bytes.len());
    let head: Vec<u8> = bytes[start..bytes.len().min(start + 16)].to_ascii_lowercase();
    if head.starts_with(b"<!--") || head.starts_with(b"<?xml") {
        return true;
    }
    const TAGS: &[&[u8]] = &[
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<script",
        b"<iframe",
        b"<h1",
        b"<div",
        b"<font",
        b"<table",
        b"<a",
        b"<style",
        b"<title",
        b"<b",
        b"<body",
        b"<br",
        b"<p",
    ];
    TAGS.iter().any(|tag| head.starts_with(tag) && matches!(head.get(tag.len()), Some(b' ' | b'>')))
}

/// Elements refused in an SVG wherever they are: they run script, show a
/// page inside the picture, or load one.
const SVG_REFUSED: &[&str] =
    &["script", "foreignobject", "handler", "listener", "iframe", "embed", "object", "frame", "frameset", "applet", "base", "link", "meta"];

/// `Some(what)` when an SVG breaks one of the rules: a refused element
/// ([`SVG_REFUSED`]) or one in the XHTML namespace, an `on...` attribute,
/// `<animate>`/`<set>`/`<animateTransform>`/`<animateMotion>` that targets
/// a link, a link or `url(...)` to anything but `#fragment` in the same
/// file (or an embedded raster picture, `data:image/png;...`), a
/// `javascript:` value, a DOCTYPE (entities), an `xml-stylesheet`, an
/// `@import` in a style, or XML that cannot be read. `what` says where.
pub(crate) fn svg_problem(bytes: &[u8]) -> Option<Msg> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::NsReader::from_reader(bytes);
    let mut buf = Vec::new();
    // The text of the `<style>` element being read, references resolved.
    let mut style: Option<String> = None;
    let mut open = 0usize;
    let at = |pos: u64| {
        let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(bytes.len());
        let line = memchr::memchr_iter(b'\n', &bytes[..pos]).count() + 1;
        let col = pos - memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |p| p + 1) + 1;
        (line, col)
    };
    let placed = |what: Msg, (line, column): (usize, usize)| msg!("err-svg-at", problem = what, line = line, column = column);
    loop {
        let start = reader.buffer_position();
        let here = || at(start);
        match reader.read_resolved_event_into(&mut buf) {
            Ok((ns, Event::Start(e))) => {
                open += 1;
                if let Some(what) = element_problem(&ns, &e) {
                    return Some(placed(what, here()));
                }
                if e.local_name().as_ref().eq_ignore_ascii_case(b"style") {
                    style = Some(String::new());
                }
            }
            Ok((ns, Event::Empty(e))) => {
                if let Some(what) = element_problem(&ns, &e) {
                    return Some(placed(what, here()));
                }
            }
            Ok((_, Event::End(e))) => {
                open = open.saturating_sub(1);
                if e.local_name().as_ref().eq_ignore_ascii_case(b"style")
                    && let Some(what) = style.take().and_then(|css| style_problem(&css))
                {
                    return Some(placed(what, here()));
                }
            }
            Ok((_, Event::Text(t))) => {
                if let Some(css) = &mut style {
                    css.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Ok((_, Event::CData(t))) => {
                if let Some(css) = &mut style {
                    css.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Ok((_, Event::GeneralRef(r))) => {
                if let Some(css) = &mut style {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => css.push(c),
                        _ => {
                            let name = String::from_utf8_lossy(&r).into_owned();
                            css.push_str(quick_xml::escape::resolve_predefined_entity(&name).unwrap_or("\u{FFFD}"));
                        }
                    }
                }
            }
            Ok((_, Event::DocType(_))) => {
                let (line, column) = here();
                return Some(msg!("err-svg-doctype", line = line, column = column));
            }
            Ok((_, Event::PI(pi))) if pi.target().eq_ignore_ascii_case(b"xml-stylesheet") => {
                return Some(placed(msg!("err-svg-stylesheet"), here()));
            }
            Ok((_, Event::Eof)) if open > 0 => {
                let (line, column) = here();
                return Some(msg!("err-svg-not-closed", line = line, column = column));
            }
            Ok((_, Event::Eof)) => return None,
            Err(e) => {
                let (line, column) = at(reader.error_position());
                // The XML reader's own words, in English.
                return Some(msg!("err-svg-xml", line = line, column = column, detail = e.to_string()));
            }
            _ => {}
        }
        buf.clear();
    }
}

/// What is wrong with one element of an SVG and its attributes, if anything.
fn element_problem(ns: &quick_xml::name::ResolveResult, e: &quick_xml::events::BytesStart) -> Option<Msg> {
    use quick_xml::name::ResolveResult;
    let name = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
    let shown = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    if SVG_REFUSED.contains(&name.as_str()) {
        return Some(msg!("err-svg-element", element = shown));
    }
    if matches!(ns, ResolveResult::Bound(n) if n.as_ref() == b"http://www.w3.org/1999/xhtml") {
        return Some(msg!("err-svg-html-element", element = shown));
    }
    let animates = matches!(name.as_str(), "animate" | "set" | "animatetransform" | "animatemotion" | "animatecolor");
    for attr in e.attributes().with_checks(false) {
        let Ok(attr) = attr else { return Some(msg!("err-svg-attributes-unreadable", element = shown)) };
        let key = String::from_utf8_lossy(attr.key.local_name().as_ref()).to_ascii_lowercase();
        let key_shown = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
        let Ok(value) = attr.unescape_value() else { return Some(msg!("err-svg-attribute-unreadable", attribute = key_shown)) };
        if key.starts_with("on") {
            return Some(msg!("err-svg-event", attribute = key_shown));
        }
        // Browsers drop white space and control characters inside a scheme.
        let squeezed = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
        if squeezed.contains("javascript:") || squeezed.contains("vbscript:") {
            return Some(msg!("err-svg-script-link", attribute = key_shown));
        }
        if animates && key == "attributename" && value.trim().rsplit(':').next().is_some_and(|a| a.eq_ignore_ascii_case("href")) {
            return Some(msg!("err-svg-animates-link", element = shown));
        }
        if matches!(key.as_str(), "href" | "src") && !same_file(&value) {
            return Some(msg!("err-svg-links-outside", target = value.trim(), attribute = key_shown));
        }
        if let Some(target) = outside_url(&value) {
            return Some(msg!("err-svg-refers-outside", target = target, attribute = key_shown));
        }
    }
    None
}

/// Whether a link stays inside the SVG: `#fragment`, or an embedded raster
/// picture (`data:image/png;base64,...`), which cannot carry a script.
fn same_file(link: &str) -> bool {
    let link = link.trim();
    if link.starts_with('#') {
        return true;
    }
    let lower = link.to_ascii_lowercase();
    ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp", "data:image/avif"]
        .iter()
        .any(|p| lower.strip_prefix(p).is_some_and(|rest| rest.starts_with(';') || rest.starts_with(',')))
}

/// The first `url(...)` in a value (a style, `fill`, `filter`, `mask`...)
/// that points outside the file.
fn outside_url(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find("url(") {
        let start = from + k + 4;
        let end = lower[start..].find(')').map_or(lower.len(), |e| start + e);
        let target = value[start..end].trim().trim_matches(|c| c == '"' || c == '\'').trim();
        if !same_file(target) {
            return Some(target.to_owned());
        }
        from = end;
    }
    None
}

fn style_problem(css: &str) -> Option<Msg> {
    if css.to_ascii_lowercase().contains("@import") {
        return Some(msg!("err-svg-style-import"));
    }
    outside_url(css).map(|target| msg!("err-svg-style-outside", target = target))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;

    fn svg(body: &str) -> Vec<u8> {
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">{body}</svg>").into_bytes()
    }

    #[test]
    fn plain_drawings_pass() {
        for body in [
            "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>",
            "<defs><linearGradient id=\"g\"/></defs><use href=\"#g\"/><use xlink:href=\"#g\"/>",
            "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>",
            "<style>rect { fill: url(#g) }</style><text>Gemeente Lindebeek</text>",
            "<animate attributeName=\"opacity\" from=\"0\" to=\"1\" dur=\"1s\"/>",
        ] {
            assert_eq!(svg_problem(&svg(body)), None, "{body}");
        }
        assert_eq!(svg_problem(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), None);
    }

    #[test]
    fn each_trick_is_refused() {
        for (body, says) in [
            ("<script>alert(1)</script>", "<script>"),
            ("<g onload=\"alert(1)\"/>", "event attribute"),
            ("<foreignObject><div/></foreignObject>", "<foreignObject>"),
            ("<a href=\"java&#x09;script:alert(1)\"><text>x</text></a>", "script link"),
            ("<a xlink:href=\"#x\"><set attributeName=\"xlink:href\" to=\"https://e.x\"/></a>", "changes a link"),
            ("<a href=\"#x\"><animate attributeName=\"href\" values=\"#y\"/></a>", "changes a link"),
            ("<image href=\"https://tracker.example/p.png\"/>", "outside the file"),
            ("<use xlink:href=\"other.svg#x\"/>", "outside the file"),
            ("<image href=\"data:image/svg+xml;base64,AAAA\"/>", "outside the file"),
            ("<rect style=\"fill: url('https://e.x/a')\"/>", "outside the file"),
            ("<style>@import url(x.css);</style>", "@import"),
            ("<style><![CDATA[rect{fill:url(http://e.x/)}]]></style>", "outside the file"),
            ("<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\"/>", "iframe"),
            ("<h:p xmlns:h=\"http://www.w3.org/1999/xhtml\"/>", "HTML element"),
            ("<rect", "cannot be read"),
        ] {
            let found = svg_problem(&svg(body)).map(|m| Text::Msg(m).to_string()).unwrap_or_else(|| panic!("passed: {body}"));
            assert!(found.contains(says), "{body}: {found}");
        }
        let doctype = b"<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"b\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert_eq!(
            svg_problem(doctype).map(|m| Text::Msg(m).to_string()).as_deref(),
            Some("has a DOCTYPE, which can declare entities (line 2, column 1; delete the `<!DOCTYPE ...>`)")
        );
        let sheet = b"<?xml-stylesheet href=\"x.css\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert!(Text::Msg(svg_problem(sheet).unwrap()).to_string().contains("xml-stylesheet"));
    }

    #[test]
    fn markup_in_a_text_file_is_sniffed() {
        assert!(sniffs_as_markup(b"  <HTML><script>x</script>"));
        assert!(sniffs_as_markup(b"\xEF\xBB\xBF<!-- x -->"));
        assert!(sniffs_as_markup(b"<p>hoi"));
        assert!(!sniffs_as_markup(b"naam;waarde\n<p>;1"));
        assert!(!sniffs_as_markup(b"<paragraph>"));
        assert!(!sniffs_as_markup(b"# Verslag"));
    }

    #[test]
    fn extensions() {
        assert_eq!(extension("a/b.PDF").as_deref(), Some("pdf"));
        assert_eq!(extension("a.b/README"), None);
        assert_eq!(extension(".hidden"), None);
    }
}
