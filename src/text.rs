//! Pure text: Markdown made plain, as a page shows it (the words, one block
//! per `\n\n`, HTML kept as written). The privacy guard reads internal
//! Markdown this way, and [`crate::public`] what a public page shows.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Markdown to plain text, one paragraph (block) per `\n\n`.
pub(crate) fn md_plain(text: &str) -> String {
    // The text as shown is about as long as the text as written: one allocation.
    let mut out = String::with_capacity(text.len());
    for event in Parser::new_ext(text, crate::model::markdown::options()) {
        plain_event(&mut out, &event);
    }
    out
}

/// [`md_plain`] of each top-level block of a Markdown text (`blocks`: their
/// ranges, in order, as [`crate::model::MdFacts`] has them), from one parse
/// of the whole text: a block read on its own could read differently (a
/// reference link whose definition stands elsewhere).
pub(crate) fn md_plain_blocks(text: &str, blocks: &[Range<usize>]) -> Vec<String> {
    // Each block's text as shown is about as long as the block: one allocation each.
    let mut out: Vec<String> = blocks.iter().map(|b| String::with_capacity(b.len())).collect();
    let mut k = 0;
    for (event, range) in Parser::new_ext(text, crate::model::markdown::options()).into_offset_iter() {
        while k < blocks.len() && range.start >= blocks[k].end {
            k += 1;
        }
        if k == blocks.len() {
            break;
        }
        if range.start >= blocks[k].start {
            plain_event(&mut out[k], &event);
        }
    }
    out
}

/// What one Markdown event adds to its text made plain ([`md_plain`]).
pub(crate) fn plain_event(out: &mut String, event: &Event) {
    match event {
        // Text is text: escaped, so that the fold reads `&amp;` in it as
        // written, not as an entity (the page shows `&amp;`).
        Event::Text(t) | Event::Code(t) if !t.contains(['&', '<']) => out.push_str(t),
        Event::Text(t) | Event::Code(t) => {
            for c in t.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    c => out.push(c),
                }
            }
        }
        // An image's text (its alt) stands apart from the words around it.
        Event::SoftBreak | Event::HardBreak | Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => out.push(' '),
        Event::Html(h) | Event::InlineHtml(h) => out.push_str(h),
        Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock) => out.push_str("\n\n"),
        // A block that starts inside another (a list or a heading in a list
        // item) ends the text before it.
        Event::Start(tag)
            if !matches!(
                tag,
                Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript | Tag::Link { .. } | Tag::Image { .. }
            ) =>
        {
            out.push_str("\n\n")
        }
        _ => {}
    }
}
