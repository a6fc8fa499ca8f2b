//! Which assets a generated file refers to: every `assets/...` address in
//! it, however the renderer, a theme template or a theme stylesheet wrote it
//! (an `href` or `src`, a `srcset`, a CSS `url(...)`, an absolute address
//! under the site's `base_url`, a path from the site's root), resolved from
//! the file's own place, HTML character references and JSON's `\/`
//! undone, percent-decoded. The public site copies only the assets its
//! generated files refer to ([`super::Plan`]): reading the output, not the
//! content, no kind of reference the renderer knows can be missed.

use std::collections::BTreeSet;

use memchr::memmem;

/// How an address may end or (going back) begin in HTML, CSS, XML or JSON.
fn delimits(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'(' | b')' | b'<' | b'>' | b'`' | b'[' | b']' | b'{' | b'}' | b'|' | b'^')
}

/// The forms of `/` after `assets` that can start an asset's address:
/// the slash itself, Tera's escaped slash, a decimal reference, JSON's `\/`.
const SLASHES: [&[u8]; 5] = [b"/", b"&#x2F;", b"&#x2f;", b"&#47;", b"\\/"];

/// Undo HTML character references (named: the five XML ones; numeric) and
/// JSON's `\/`. Anything else stays as it is.
fn unescape(s: &str) -> String {
    let s = s.replace("\\/", "/");
    if !s.contains('&') {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1).unwrap_or(rest.len());
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse::<u32>().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                // The `;` is optional in HTML.
                rest = rest[end..].strip_prefix(';').unwrap_or(&rest[end..]);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The site-relative paths under `assets/` that `bytes`, the generated file
/// at site-relative `rel` of a site whose address is `base` (ending in `/`),
/// refers to, added to `found`.
pub(crate) fn scan(base: &url::Url, rel: &str, bytes: &[u8], found: &mut BTreeSet<String>) {
    let finder = memmem::Finder::new(b"assets");
    let mut page: Option<url::Url> = None;
    for at in finder.find_iter(bytes) {
        let after = &bytes[at + 6..];
        if !SLASHES.iter().any(|s| after.starts_with(s)) {
            continue;
        }
        // The address around it: back to a delimiter (a comma too: it
        // separates the candidates of a `srcset`), forward to one.
        let start = bytes[..at].iter().rposition(|&b| delimits(b) || b == b',' || b == b'=').map_or(0, |p| p + 1);
        let end = after.iter().position(|&b| delimits(b)).map_or(bytes.len(), |p| at + 6 + p);
        let Ok(raw) = std::str::from_utf8(&bytes[start..end]) else { continue };
        let text = unescape(raw);
        // What the references decoded to may hold a delimiter (`&quot;`).
        let Some(needle) = text.find("assets/") else { continue };
        let from = text[..needle].rfind(|c: char| c.is_ascii() && (delimits(c as u8) || c == ',' || c == '=')).map_or(0, |p| p + 1);
        let to = text[needle..].find(|c: char| c.is_ascii() && delimits(c as u8)).map_or(text.len(), |p| needle + p);
        let address = text[from..to].trim_end_matches(',');
        let page = page.get_or_insert_with(|| base.join(rel).unwrap_or_else(|_| base.clone()));
        if let Some(path) = resolve(base, page, address) {
            found.insert(path);
        }
    }
}

/// The site-relative path (decoded) that `address` on the page at `page`
/// points at, if it is an asset of the site at `base`.
fn resolve(base: &url::Url, page: &url::Url, address: &str) -> Option<String> {
    let target = page.join(address).ok()?;
    // The same host and path under the base, whatever the scheme (an
    // `http:` address on an `https:` site, a protocol-relative one).
    let same_host = target.host_str() == base.host_str() && target.port() == base.port();
    let path = target.path().strip_prefix(base.path()).filter(|_| same_host)?;
    let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    path.starts_with("assets/").then(|| path.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(base: &str, rel: &str, text: &str) -> Vec<String> {
        let mut out = BTreeSet::new();
        scan(&url::Url::parse(base).unwrap(), rel, text.as_bytes(), &mut out);
        out.into_iter().collect()
    }

    #[test]
    fn every_way_of_referring_is_found() {
        let base = "https://www.gemeente.be/duurzaam/";
        let page = "actions/led/index.html";
        assert_eq!(found(base, page, r#"<img src="../../assets/logo.svg" alt="x">"#), ["assets/logo.svg"]);
        assert_eq!(found(base, page, r#"<a href='../../assets/a%20b.pdf#page=2'>"#), ["assets/a b.pdf"]);
        assert_eq!(found(base, page, r#"<img srcset="../../assets/s.png 1x,../../assets/l.png 2x">"#), ["assets/l.png", "assets/s.png"]);
        assert_eq!(found(base, page, r#"<img srcset="../../assets/s.png, ../../assets/l.png">"#), ["assets/l.png", "assets/s.png"]);
        assert_eq!(found(base, page, r#"<div style="background:url(&quot;../../assets/bg.jpg&quot;)">"#), ["assets/bg.jpg"]);
        assert_eq!(found(base, page, r#"<div style="background:url(../../assets/bg.jpg)">"#), ["assets/bg.jpg"]);
        // Tera's escaped slashes, an escaped ampersand, a decimal reference.
        assert_eq!(found(base, page, r#"<img src="..&#x2F;..&#x2F;assets&#x2F;a&amp;b.png">"#), ["assets/a&b.png"]);
        assert_eq!(found(base, page, r#"<img src="/duurzaam/assets&#47;x.png">"#), ["assets/x.png"]);
        // Absolute, under the base (any scheme), and JSON.
        assert_eq!(found(base, "fragments/x.html", r#"<img src="https://www.gemeente.be/duurzaam/assets/a.png">"#), ["assets/a.png"]);
        assert_eq!(found(base, "data/x.json", r#"{"image":"http:\/\/www.gemeente.be\/duurzaam\/assets\/j.png"}"#), ["assets/j.png"]);
        assert_eq!(found(base, "feed.xml", "<link href=\"//www.gemeente.be/duurzaam/assets/f.pdf?x=1\"/>"), ["assets/f.pdf"]);
        // A theme stylesheet refers from its own folder.
        assert_eq!(found(base, "static/css/site.css", "body{background:url('../../assets/bg.png')}"), ["assets/bg.png"]);
        // Non-ASCII names, percent-encoded or not.
        assert_eq!(found(base, "index.html", r#"<a href="assets/%C3%A9t%C3%A9.pdf">"#), ["assets/été.pdf"]);
        assert_eq!(found(base, "index.html", r#"<a href="assets/été.pdf">"#), ["assets/été.pdf"]);
    }

    #[test]
    fn what_does_not_resolve_to_an_asset_is_no_reference() {
        let base = "https://www.gemeente.be/duurzaam/";
        // One level short: `actions/assets/...`, not an asset.
        assert!(found(base, "actions/led/index.html", r#"<img src="../assets/x.png">"#).is_empty());
        // Another site, or outside the base path.
        assert!(found(base, "index.html", r#"<img src="https://elders.be/duurzaam/assets/x.png">"#).is_empty());
        assert!(found(base, "index.html", r#"<img src="/assets/x.png">"#).is_empty());
        // Words, not addresses.
        assert!(found(base, "index.html", "<p>De assets van de gemeente, assets-beheer.</p>").is_empty());
    }

    #[test]
    fn a_site_at_the_root_of_its_host() {
        let base = "https://duurzaam.gemeente.be/";
        assert_eq!(found(base, "index.html", r#"<img src="/assets/x.png">"#), ["assets/x.png"]);
        assert_eq!(found(base, "sdg/7/index.html", r#"<img src="../../assets/x.png">"#), ["assets/x.png"]);
    }
}
