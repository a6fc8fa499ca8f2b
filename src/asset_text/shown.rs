//! Office documents as their viewer shows them: the text of a Word or
//! OpenDocument part with what the viewer does not show left out, so that
//! a word split by a hidden letter reads whole again. The reading as stored
//! (every run, hidden and deleted ones included) stays the main one; this
//! one is read next to it ([`super::Text::again`]).
//!
//! Left out, in a Word part (`word/*.xml`): runs formatted hidden
//! (`w:vanish`, `w:specVanish`, `w:webHidden`, directly or through a
//! character or paragraph style of `word/styles.xml` that says so) or under
//! 1 pt (`w:sz` of 1 half-point), tracked deletions and moves away
//! (`w:del`, `w:moveFrom`, their `w:delText`), field instructions
//! (`w:instrText`); a paragraph whose mark is hidden or deleted runs on into
//! the next one, as Word shows it. In an OpenDocument part: tracked changes
//! (`text:tracked-changes`, where deleted text is kept), hidden text and
//! paragraphs (`text:hidden-text`, `text:hidden-paragraph`), comments
//! (`office:annotation`), and text in a style with `text:display="none"`.

use std::collections::HashSet;

use quick_xml::events::{BytesStart, Event};

/// True when a Word toggle property (`<w:vanish/>`, `<w:vanish
/// w:val="1"/>`) is on.
fn on(e: &BytesStart) -> bool {
    e.attributes().with_checks(false).flatten().find(|a| a.key.local_name().as_ref() == b"val").is_none_or(|a| {
        let v = a.value.as_ref();
        !(v.eq_ignore_ascii_case(b"0") || v.eq_ignore_ascii_case(b"false") || v.eq_ignore_ascii_case(b"off"))
    })
}

fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// The style ids of `word/styles.xml` whose run properties hide text.
pub(super) fn word_hidden_styles(styles: &[u8]) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut reader = quick_xml::Reader::from_reader(styles);
    let mut buf = Vec::new();
    let mut style: Option<String> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"style" => style = attr(&e, b"styleId"),
            Ok(Event::Empty(e)) | Ok(Event::Start(e)) => {
                let name = e.local_name();
                if matches!(name.as_ref(), b"vanish" | b"specVanish" | b"webHidden")
                    && on(&e)
                    && let Some(id) = &style
                {
                    out.insert(id.clone());
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => style = None,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

/// A Word part's text as Word shows it (see the module). `None` when it is
/// not XML.
pub(super) fn word(bytes: &[u8], hidden_styles: &HashSet<String>) -> Option<String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut out = String::new();
    // Depth inside what is never shown (deletions, moves away, field codes).
    let mut skip = 0usize;
    // The run being read: its text, and whether it is hidden.
    let mut run: Option<(String, bool)> = None;
    // Inside `w:rPr` of a run, of a paragraph's mark (`w:pPr/w:rPr`), in `w:pPr`.
    let (mut in_rpr, mut in_ppr, mut in_t) = (false, false, false);
    // The paragraph: hidden by its style, its mark hidden or deleted.
    let (mut para_hidden, mut mark_joins) = (false, false);
    let hides = |e: &BytesStart| -> bool {
        match e.local_name().as_ref() {
            b"vanish" | b"specVanish" | b"webHidden" => on(e),
            // `w:sz` in half-points: 1 is half a point.
            b"sz" => attr(e, b"val").and_then(|v| v.trim().parse::<f64>().ok()).is_some_and(|v| v < 2.0),
            b"rStyle" | b"pStyle" => attr(e, b"val").is_some_and(|v| hidden_styles.contains(&v)),
            _ => false,
        }
    };
    loop {
        let event = reader.read_event_into(&mut buf);
        match &event {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let start = matches!(event, Ok(Event::Start(_)));
                let name = e.local_name();
                let name = name.as_ref();
                if skip > 0 {
                    skip += usize::from(start);
                } else if in_ppr && in_rpr && name == b"del" {
                    // A deleted paragraph mark (`w:pPr/w:rPr/w:del`) joins.
                    mark_joins = true;
                } else if matches!(name, b"del" | b"moveFrom" | b"delText" | b"instrText") {
                    skip = usize::from(start);
                } else {
                    match name {
                        b"p" if start => (para_hidden, mark_joins) = (false, false),
                        b"pPr" if start => in_ppr = true,
                        b"r" if start => run = Some((String::new(), para_hidden)),
                        b"rPr" if start => in_rpr = true,
                        b"t" if start => in_t = true,
                        b"tab" | b"ptab" if run.is_some() && !in_rpr && !in_ppr => push(&mut run, "\t"),
                        b"br" | b"cr" if !in_ppr => push(&mut run, "\n"),
                        b"noBreakHyphen" => push(&mut run, "-"),
                        b"pStyle" if in_ppr && hides(e) => para_hidden = true,
                        _ if in_rpr && hides(e) => {
                            if in_ppr {
                                mark_joins = true;
                            } else if let Some((_, hidden)) = run.as_mut() {
                                *hidden = true;
                            }
                        }
                        _ => {}
                    }
                }
            }
            Ok(Event::End(e)) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skip > 0 {
                    skip -= 1;
                } else {
                    match name {
                        b"pPr" => in_ppr = false,
                        b"rPr" => in_rpr = false,
                        b"t" => in_t = false,
                        b"r" => {
                            if let Some((text, false)) = run.take() {
                                out.push_str(&text);
                            }
                            run = None;
                        }
                        b"p" if !mark_joins => out.push('\n'),
                        b"tc" | b"txbxContent" => out.push('\n'),
                        _ => {}
                    }
                }
            }
            Ok(Event::Text(t)) if skip == 0 && in_t => push(&mut run, &String::from_utf8_lossy(t)),
            Ok(Event::GeneralRef(r)) if skip == 0 && in_t => {
                let text = super::ref_text(r);
                push(&mut run, &text);
            }
            Ok(Event::Eof) => return Some(out),
            Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

fn push(run: &mut Option<(String, bool)>, text: &str) {
    if let Some((t, _)) = run.as_mut() {
        t.push_str(text);
    }
}

/// An OpenDocument part's text as the office suite shows it (see the
/// module). `None` when it is not XML.
pub(super) fn odf(bytes: &[u8]) -> Option<String> {
    // The styles that hide text (automatic ones are in the same part).
    let mut hidden_styles: HashSet<String> = HashSet::new();
    {
        let mut reader = quick_xml::Reader::from_reader(bytes);
        let mut buf = Vec::new();
        let mut style: Option<String> = None;
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) if e.local_name().as_ref() == b"style" => style = attr(&e, b"name"),
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"text-properties" => {
                    if attr(&e, b"display").is_some_and(|v| v.trim() == "none" || v.trim() == "true")
                        && let Some(s) = &style
                    {
                        hidden_styles.insert(s.clone());
                    }
                }
                Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => style = None,
                Ok(Event::Eof) => break,
                Err(_) => return None,
                _ => {}
            }
            buf.clear();
        }
    }
    const NEVER: &[&[u8]] =
        &[b"tracked-changes", b"hidden-text", b"hidden-paragraph", b"annotation", b"automatic-styles", b"font-face-decls", b"scripts"];
    const BREAK: &[&[u8]] = &[b"p", b"h", b"line-break", b"table-cell", b"list-item"];
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut out = String::new();
    // For each open element: whether it hides what is in it.
    let mut stack: Vec<bool> = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf);
        let hidden = stack.last().copied().unwrap_or(false);
        match &event {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let name = e.local_name();
                let hides = hidden
                    || NEVER.contains(&name.as_ref())
                    || attr(e, b"style-name").is_some_and(|s| hidden_styles.contains(&s))
                    || attr(e, b"display").is_some_and(|v| v.trim() == "none");
                if matches!(event, Ok(Event::Start(_))) {
                    stack.push(hides);
                } else if !hides {
                    match name.as_ref() {
                        b"s" => out.push(' '),
                        b"tab" => out.push('\t'),
                        n if BREAK.contains(&n) => out.push('\n'),
                        _ => {}
                    }
                }
            }
            Ok(Event::End(e)) => {
                let was_hidden = stack.pop().unwrap_or(false);
                if !was_hidden && BREAK.contains(&e.local_name().as_ref()) {
                    out.push('\n');
                }
            }
            Ok(Event::Text(t)) if !hidden => out.push_str(&String::from_utf8_lossy(t)),
            Ok(Event::GeneralRef(r)) if !hidden => out.push_str(&super::ref_text(r)),
            Ok(Event::Eof) => return Some(out),
            Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn doc(body: &str) -> String {
        format!(r#"<w:document {W}><w:body>{body}</w:body></w:document>"#)
    }

    #[test]
    fn word_leaves_out_hidden_and_deleted_runs() {
        let none = HashSet::new();
        let hidden = doc(
            r#"<w:p><w:r><w:t xml:space="preserve">Contact: Sofie Vander</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>xyz</w:t></w:r><w:r><w:t>meulen.</w:t></w:r></w:p>"#,
        );
        assert_eq!(word(hidden.as_bytes(), &none).unwrap(), "Contact: Sofie Vandermeulen.\n");
        let deleted = doc(
            r#"<w:p><w:r><w:t>Sofie Vander</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>xyz</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>q</w:t></w:r></w:moveFrom><w:r><w:t>meulen</w:t></w:r></w:p>"#,
        );
        assert_eq!(word(deleted.as_bytes(), &none).unwrap(), "Sofie Vandermeulen\n");
        // Off is shown; a hidden paragraph mark joins; a hidden style hides.
        let off = doc(
            r#"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Sofie Vander</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rStyle w:val="Verborgen"/></w:rPr><w:t>x</w:t></w:r><w:r><w:rPr><w:sz w:val="1"/></w:rPr><w:t>y</w:t></w:r><w:r><w:t>meulen</w:t></w:r></w:p>"#,
        );
        let styles = word_hidden_styles(
            br#"<w:styles><w:style w:type="character" w:styleId="Verborgen"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:styleId="Gewoon"><w:rPr><w:b/></w:rPr></w:style></w:styles>"#,
        );
        assert_eq!(styles, HashSet::from(["Verborgen".to_owned()]));
        assert_eq!(word(off.as_bytes(), &styles).unwrap(), "Sofie Vandermeulen\n");
    }

    #[test]
    fn odf_leaves_out_hidden_and_deleted_text() {
        let content = br#"<office:document-content><office:automatic-styles><style:style style:name="T1"><style:text-properties text:display="none"/></style:style></office:automatic-styles><office:body><office:text><text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>xyz</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>Sofie Vander<text:change text:change-id="c1"/><text:span text:style-name="T1">q</text:span><text:hidden-text text:string-value="x">x</text:hidden-text><office:annotation><text:p>opmerking</text:p></office:annotation>meulen</text:p></office:text></office:body></office:document-content>"#;
        assert_eq!(odf(content).unwrap(), "Sofie Vandermeulen\n");
    }
}
