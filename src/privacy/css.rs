//! CSS as a browser reads it, for the guard: a stylesheet can show text
//! (`content: "…"`) spelt with escapes (`\53 ofie`, `\000053ofie`) or cut
//! into strings the browser joins (`"Sofie Vander" "meulen"`), which the
//! fold of the text as written does not see as a name. [`read`] gives the
//! text with every escape decoded, comments left out and adjacent strings
//! joined; the guard scans it besides the text as written (where a comment
//! is still published). JavaScript is not read this way: a script can build
//! any text, and a theme's scripts are code the project trusts
//! (`docs/themes.md`).

/// `css` as a browser reads it: escapes decoded (a hex escape of one to six
/// digits and the one whitespace after it, or any other character
/// itself; a line end escaped in a string is left out), comments left out
/// (a space), and strings with only whitespace, comments, `attr(…)` or
/// `counter(…)`/`counters(…)` between them joined into one (an attribute
/// the element lacks shows nothing).
pub(crate) fn read(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // The quote of the string being read, if any.
    let mut quote: Option<char> = None;
    // Where the last string closed in `out` (before its closing quote),
    // while only whitespace and comments followed it.
    let mut closed_at: Option<usize> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    escape(&mut chars, &mut out, true);
                } else if c == q {
                    closed_at = Some(out.len());
                    out.push(c);
                    quote = None;
                } else {
                    out.push(c);
                }
            }
            None => {
                if c == '/' && chars.peek() == Some(&'*') {
                    chars.next();
                    let mut last = ' ';
                    for d in chars.by_ref() {
                        if last == '*' && d == '/' {
                            break;
                        }
                        last = d;
                    }
                    out.push(' ');
                    continue;
                }
                if c == '"' || c == '\'' {
                    quote = Some(c);
                    if let Some(at) = closed_at.take() {
                        // The string goes on where the last one ended.
                        out.truncate(at);
                        continue;
                    }
                    out.push(c);
                    continue;
                }
                // `attr(…)`, `counter(…)` or `counters(…)` between two
                // strings: an attribute the element lacks shows nothing, so
                // `"Sofie Vander" attr(x) "meulen"` can show the name; the
                // strings around it are read joined.
                if closed_at.is_some() && c.is_ascii_alphabetic() {
                    let ahead: String = std::iter::once(c).chain(chars.clone().take(9)).collect::<String>().to_ascii_lowercase();
                    if ["attr(", "counter(", "counters("].iter().any(|f| ahead.starts_with(f)) {
                        out.push(c);
                        let mut depth = 0usize;
                        let mut inner_quote: Option<char> = None;
                        for d in chars.by_ref() {
                            out.push(d);
                            match (inner_quote, d) {
                                (Some(q), d) if d == q => inner_quote = None,
                                (Some(_), _) => {}
                                (None, '"' | '\'') => inner_quote = Some(d),
                                (None, '(') => depth += 1,
                                (None, ')') => {
                                    depth = depth.saturating_sub(1);
                                    if depth == 0 {
                                        break;
                                    }
                                }
                                _ => {}
                            }
                        }
                        continue;
                    }
                }
                if !c.is_whitespace() {
                    closed_at = None;
                }
                if c == '\\' {
                    escape(&mut chars, &mut out, false);
                } else {
                    out.push(c);
                }
            }
        }
    }
    if out.contains(['\u{202E}', '\u{202D}']) { in_visual_order(&out) } else { out }
}

/// `text` with each run after a right-to-left override (U+202E, written
/// `\202E` in CSS) shown as a browser draws it: reversed, up to the end of
/// the override (U+202C), of its string or of its declaration. A
/// left-to-right override (U+202D) is dropped. "Sofie Vander\202E neluem"
/// shows the name (since session 22).
fn in_visual_order(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{202E}' => {
                let mut run = Vec::new();
                while let Some(&d) = chars.peek() {
                    if matches!(d, '\u{202C}' | '"' | '\'' | '\n' | ';' | '}') {
                        break;
                    }
                    run.push(d);
                    chars.next();
                }
                out.extend(run.into_iter().rev());
                if chars.peek() == Some(&'\u{202C}') {
                    chars.next();
                }
            }
            '\u{202D}' | '\u{202C}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The escape after a `\`, decoded into `out`.
fn escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, out: &mut String, in_string: bool) {
    let Some(&next) = chars.peek() else { return };
    if next.is_ascii_hexdigit() {
        let mut code = 0u32;
        let mut digits = 0;
        while digits < 6
            && let Some(d) = chars.peek().and_then(|c| c.to_digit(16))
        {
            code = code * 16 + d;
            digits += 1;
            chars.next();
        }
        // One whitespace ends the escape (a CR LF counts as one).
        match chars.peek() {
            Some('\r') => {
                chars.next();
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            Some(' ' | '\t' | '\n' | '\u{c}') => {
                chars.next();
            }
            _ => {}
        }
        out.push(if code == 0 { '\u{fffd}' } else { char::from_u32(code).unwrap_or('\u{fffd}') });
        return;
    }
    if matches!(next, '\n' | '\r' | '\u{c}') {
        if in_string {
            // A line continued: nothing.
            chars.next();
            if next == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
        } else {
            out.push('\\');
        }
        return;
    }
    chars.next();
    out.push(next);
}

/// `html` with the text of each `<style>` element read as a browser reads
/// it ([`read`]), or `None` when that changes nothing.
pub(crate) fn styles_read(html: &str) -> Option<String> {
    let lower_find = |from: usize, what: &str| -> Option<usize> {
        let hay = &html.as_bytes()[from..];
        hay.windows(what.len()).position(|w| w.eq_ignore_ascii_case(what.as_bytes())).map(|k| from + k)
    };
    let mut out = String::new();
    let mut copied = 0;
    let mut from = 0;
    let mut changed = false;
    while let Some(open) = lower_find(from, "<style") {
        let Some(body) = html[open..].find('>').map(|k| open + k + 1) else { break };
        let end = lower_find(body, "</style").unwrap_or(html.len());
        let read = read(&html[body..end]);
        if read != html[body..end] {
            changed = true;
        }
        out.push_str(&html[copied..body]);
        out.push_str(&read);
        copied = end;
        from = end;
        if end == html.len() {
            break;
        }
    }
    out.push_str(&html[copied..]);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(read(r#"a::after{content:"\53 ofie Vandermeulen"}"#), r#"a::after{content:"Sofie Vandermeulen"}"#);
        assert_eq!(read(r#"content:"\000053ofie""#), r#"content:"Sofie""#);
        assert_eq!(read("content:\"\\53\r\nofie\""), "content:\"Sofie\"");
        assert_eq!(read(r#"content:"V\61 nder\"m""#), r#"content:"Vander"m""#);
        assert_eq!(read("content:\"Van\\\nder\""), "content:\"Vander\"");
        assert_eq!(read(r#"content:"\0""#), "content:\"\u{fffd}\"");
        assert_eq!(read(r"\31 0px"), "10px");
    }

    #[test]
    fn strings_side_by_side_are_one_and_comments_go() {
        assert_eq!(read(r#"content:"Sofie Vander" "meulen""#), r#"content:"Sofie Vandermeulen""#);
        assert_eq!(read(r#"content:"Sofie Vander"/* x */'meulen'"#), r#"content:"Sofie Vandermeulen'"#);
        // An attribute or counter between two strings: the element may lack
        // the attribute (it shows nothing), so the strings are read joined
        // (red team 22 #35: `"Sofie Vander" attr(data-leeg) "meulen"`).
        assert_eq!(read(r#"content:"a" attr(x) "b""#), r#"content:"ab""#);
        assert_eq!(read(r#"content:"a" counter(n, "x") 'b'"#), r#"content:"ab'"#);
        assert_eq!(read(r#"content:"a" attr(x); b:"c""#), r#"content:"a" attr(x); b:"c""#);
        assert_eq!(read("a{color:red}/* Piet */b{}"), "a{color:red} b{}");
    }

    /// Red team 22 #36: a right-to-left override shows the run after it reversed.
    #[test]
    fn a_right_to_left_override_is_read_as_shown() {
        assert_eq!(read(r#"content:"Sofie Vander\202E neluem""#), r#"content:"Sofie Vandermeulen""#);
        assert_eq!(read("content:\"a\u{202E}cb\u{202C}d\""), "content:\"abcd\"");
        assert_eq!(read("content:\"\u{202D}abc\""), "content:\"abc\"");
    }

    #[test]
    fn styles_in_html() {
        let html = "<p>a\\62</p><style>p::after{content:\"\\53 ofie\"}</style><STYLE>x{}</STYLE>";
        assert_eq!(styles_read(html).as_deref(), Some("<p>a\\62</p><style>p::after{content:\"Sofie\"}</style><STYLE>x{}</STYLE>"));
        assert_eq!(styles_read("<style>p{color:red}</style>"), None);
        assert_eq!(styles_read("<p>no style</p>"), None);
    }
}
