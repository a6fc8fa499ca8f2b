//! The terminal renderer: one compiler-style block per diagnostic, through
//! annotate-snippets. Colour is decided by the caller's stream (anstream strips
//! it off a terminal and under `NO_COLOR`).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Diagnostic, Severity};
use crate::source::Sources;

/// Render one diagnostic as a block of text, styled when `styled` is true.
pub fn render_human(diag: &Diagnostic, sources: &Sources, styled: bool) -> String {
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    let level = match diag.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(diag.message.as_str()).id(diag.code.id());
    let mut group = match (diag.pos, &diag.path) {
        (Some(pos), _) => {
            let file = sources.get(pos.file);
            // A BOM is invisible to the reader: quote the text without it.
            let bom = if file.text.starts_with('\u{feff}') { 3 } else { 0 };
            let text = &file.text[bom..];
            let pos = crate::source::Pos {
                file: pos.file,
                span: crate::source::Span::new(pos.span.start().saturating_sub(bom), pos.span.end().saturating_sub(bom)),
            };
            // annotate-snippets wants a span inside the text; an empty span at the
            // end of a line is fine, one past the end of the file is clamped.
            let mut span = trim_span(text, pos.span.start().min(text.len())..pos.span.end().min(text.len()));
            // Never underline across lines: keep the first line of a block value.
            if let Some(nl) = text[span.clone()].find('\n') {
                span.end = span.start + nl;
            }
            let mut span = trim_span(text, span);
            // A point (an item's start) underlines the word that stands there.
            if span.is_empty() {
                let word = text[span.start..].find(|c: char| c.is_whitespace() || c == ':' || c == ',').unwrap_or(text.len() - span.start);
                span.end = span.start + word;
            }
            // Quote only the line the span is on (with its line end), numbered
            // as in the file: annotate-snippets maps the whole source it is
            // given, and a finding in a 2 MB inventory file must not cost that.
            // At the very end of a file ending in a line end there is no line
            // to cut: the whole text keeps annotate-snippets' own choice there.
            let (text, span, line_start) = if span.start < text.len() {
                let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let end = text[span.start..].find('\n').map_or(text.len(), |i| span.start + i + 1);
                let line = file.line_col(start + bom).0;
                (&text[start..end], span.start - start..span.end - start, line)
            } else {
                (text, span, 1)
            };
            let mut annotation = AnnotationKind::Primary.span(span);
            if let Some(label) = &diag.label {
                annotation = annotation.label(label.as_str());
            }
            title.element(Snippet::source(text).path(file.path.as_str()).line_start(line_start).fold(true).annotation(annotation))
        }
        (None, Some(out)) => title.element(annotate_snippets::Origin::path(out.as_str())),
        (None, None) => Group::with_title(title),
    };
    for note in &diag.notes {
        group = group.element(Level::NOTE.message(note.as_str()));
    }
    if let Some(help) = &diag.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    renderer.render(&[group])
}

/// Keep a span on char boundaries and off a trailing `\r`.
fn trim_span(text: &str, mut span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    while span.start > 0 && !text.is_char_boundary(span.start) {
        span.start -= 1;
    }
    while span.end < text.len() && !text.is_char_boundary(span.end) {
        span.end += 1;
    }
    if text[span.clone()].ends_with('\r') {
        span.end -= 1;
    }
    span
}
