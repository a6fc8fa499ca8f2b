//! The terminal renderer: one compiler-style block per diagnostic, through
//! annotate-snippets. Colour is decided by the caller's stream (anstream strips
//! it off a terminal and under `NO_COLOR`).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Diagnostic, Severity};
use crate::i18n::Language;
use crate::source::Sources;

/// Render one diagnostic as a block of text in `lang`, styled when `styled`
/// is true. The code in brackets (`error[dangling-reference]`, `warning[…]`)
/// is the same in every language; the words before a note and a hint are
/// the reader's.
pub(crate) fn render_human(diag: &Diagnostic, sources: &Sources, styled: bool, lang: Language) -> String {
    let message = diag.message.say(lang);
    let label = diag.label.as_ref().map(|l| l.say(lang));
    let notes: Vec<String> = diag.notes.iter().map(|n| n.say(lang)).collect();
    let help = diag.help.as_ref().map(|h| h.say(lang));
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    let level: Level<'_> = match diag.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.clone().primary_title(message.as_str()).id(diag.code.id());
    let mut head = None;
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
            // The line the span starts on, from the file's line table
            // (searching the text for its line ends would go over all of a
            // long line for every finding on it).
            let (line, bounds) = file.line_range(span.start + bom);
            let (line_start, line_end) = (bounds.start.max(bom) - bom, bounds.end - bom);
            let body_end = if text[..line_end].ends_with('\n') { line_end - 1 } else { line_end };
            // Never underline across lines: keep the first line of a block value.
            span.end = span.end.min(body_end).max(span.start);
            let mut span = trim_span(text, span);
            // A point (an item's start) underlines the word that stands there.
            if span.is_empty() {
                let word =
                    text[span.start..line_end].find(|c: char| c.is_whitespace() || c == ':' || c == ',').unwrap_or(line_end - span.start);
                span.end = span.start + word;
            }
            // Quote only the line the span is on (with its line end), numbered
            // as in the file: annotate-snippets maps the whole source it is
            // given, and a finding in a 2 MB inventory file must not cost that.
            // At the very end of a file ending in a line end there is no line
            // to cut: the whole text keeps annotate-snippets' own choice there.
            let (text, span, line_start) = if span.start < text.len() {
                (&text[line_start..line_end], span.start - line_start..span.end - line_start, line)
            } else {
                (text, span, 1)
            };
            // On a very long line (a one-line flow list, a pasted blob) only
            // the part around the span is quoted: annotate-snippets goes over
            // all the text it is given, and a thousand findings on one
            // line of 500 KB made that quadratic. The header then names the
            // column itself, as annotate-snippets counts it from the quote.
            let (text, span, origin) = if text.len() > LONG_LINE {
                let (window, span) = window(text, span);
                let at = diag.pos.map_or(0, |p| p.span.start());
                let col = file.line_col(at).1;
                (window, span, Some(annotate_snippets::Origin::path(file.path.as_str()).line(line_start).char_column(col)))
            } else {
                (std::borrow::Cow::Borrowed(text), span, None)
            };
            let mut annotation = AnnotationKind::Primary.span(span);
            if let Some(label) = &label {
                annotation = annotation.label(label.as_str());
            }
            let snippet = Snippet::source(text).line_start(line_start).fold(true).annotation(annotation);
            match origin {
                // The header with the file's own column, then the quote
                // without a path (a quote after an origin in one group
                // would get a second, wrong header).
                Some(origin) => {
                    head = Some(title.element(origin));
                    Group::with_level(level).element(snippet)
                }
                None => title.element(snippet.path(file.path.as_str())),
            }
        }
        (None, Some(out)) => title.element(annotate_snippets::Origin::path(out.as_str())),
        (None, None) => Group::with_title(title),
    };
    for note in &notes {
        group = group.element(Level::NOTE.with_name(crate::i18n::label(lang, "cli-note")).message(note.as_str()));
    }
    if let Some(help) = &help {
        group = group.element(Level::HELP.with_name(crate::i18n::label(lang, "cli-help")).message(help.as_str()));
    }
    match head {
        Some(head) => renderer.render(&[head, group]),
        None => renderer.render(&[group]),
    }
}

/// A line longer than this (in bytes) is quoted only around the span.
const LONG_LINE: usize = 1024;
/// How much is quoted before and after the span, and of the span itself,
/// on a long line (in bytes, widened to whole characters).
const CONTEXT: usize = 200;

/// The part of `line` around `span`, marked `...` where it was cut, and the
/// span within it. The line end, if any, is kept.
fn window(line: &str, span: std::ops::Range<usize>) -> (std::borrow::Cow<'_, str>, std::ops::Range<usize>) {
    let body = line.trim_end_matches(['\n', '\r']);
    let floor = |mut i: usize| {
        while !body.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |i: usize| {
        let mut i = i.min(body.len());
        while !body.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let start = span.start.min(body.len());
    let end = ceil(span.end.min(start + CONTEXT));
    let from = floor(start.saturating_sub(CONTEXT));
    let to = ceil(end + CONTEXT);
    let mut out = String::with_capacity(to - from + 8);
    let lead = if from > 0 { "..." } else { "" };
    out.push_str(lead);
    out.push_str(&body[from..to]);
    if to < body.len() {
        out.push_str("...");
    }
    out.push_str(&line[body.len()..]);
    let shift = lead.len();
    (out.into(), start - from + shift..end - from + shift)
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
