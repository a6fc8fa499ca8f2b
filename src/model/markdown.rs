//! Markdown text as it comes from content, and the facts about it that
//! validation and the checks need (item links, raw HTML, images, headings,
//! link texts), collected in one pulldown-cmark pass at load time so the rules
//! stay cheap. Rendering to HTML is the renderer's job.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::source::{FileId, Pos, Span, Text};

/// The pulldown-cmark options both the analysis and the renderer use.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

#[derive(Debug, Clone, Default)]
pub struct Markdown {
    /// The text: for a body, a range of its file's text (not a copy).
    pub text: Text,
    pub file: Option<FileId>,
    /// Byte offset of `text` in its file.
    pub offset: usize,
    /// True when `text` stands in the file byte for byte (a Markdown body);
    /// false for YAML block values, whose positions map to the value's start.
    pub exact: bool,
    pub facts: MdFacts,
}

impl Markdown {
    pub fn new(text: impl Into<Text>, file: Option<FileId>, offset: usize, exact: bool) -> Self {
        let text = text.into();
        let facts = analyze(&text, None);
        Markdown { text, file, offset, exact, facts }
    }

    /// A Markdown body of a file, as it is loaded: with the terms
    /// `page-claim-term` looks for when it is public.
    pub fn body(text: impl Into<Text>, file: FileId, offset: usize, internal: bool) -> Self {
        let text = text.into();
        let facts = if internal {
            analyze(&text, None)
        } else {
            let claim_terms = crate::checks::words::claim_terms(&text);
            MdFacts { claim_terms, ..analyze(&text, None) }
        };
        Markdown { text, file: Some(file), offset, exact: true, facts }
    }

    /// A copy in new allocations (the text stays shared; see `validate`).
    pub fn copied(&self) -> Markdown {
        Markdown { text: self.text.clone(), file: self.file, offset: self.offset, exact: self.exact, facts: self.facts.clone() }
    }

    /// The file position of a range of `text`.
    pub fn pos(&self, range: &Range<usize>) -> Option<Pos> {
        let file = self.file?;
        Some(if self.exact {
            Pos { file, span: Span::new(self.offset + range.start, self.offset + range.end) }
        } else {
            Pos { file, span: Span::new(self.offset, self.offset) }
        })
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// A link to another item: `@action/ID`, `@inventory/ID`, `@page/SLUG`,
/// `@sdg/N`, `@topic/ID`, `@asset/PATH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLink {
    pub kind: String,
    pub target: String,
    /// The whole `@kind/target` destination as written.
    pub dest: String,
    pub range: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdLink {
    pub text: String,
    pub dest: String,
    pub range: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdImage {
    pub alt: String,
    pub dest: String,
    pub range: Range<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MdFacts {
    pub item_links: Vec<ItemLink>,
    pub links: Vec<MdLink>,
    pub images: Vec<MdImage>,
    /// Heading levels (1..=6) in order.
    pub headings: Vec<(u8, Range<usize>)>,
    /// Raw HTML fragments (block or inline) as written.
    pub raw_html: Vec<(String, Range<usize>)>,
    /// The top-level blocks but HTML blocks, as written (for the privacy
    /// guard, which looks at public text block by block).
    pub blocks: Vec<Range<usize>>,
    /// Neutrality and comparative terms in a public body ([`Markdown::body`]),
    /// for `page-claim-term`; empty for other texts.
    pub claim_terms: Vec<crate::checks::words::Term>,
}

pub const ITEM_LINK_KINDS: &[&str] = &["action", "inventory", "page", "sdg", "topic", "asset"];

/// Split `@kind/target` (with an optional `#fragment` kept in target).
pub fn parse_item_link(dest: &str) -> Option<(&str, &str)> {
    let rest = dest.strip_prefix('@')?;
    rest.split_once('/')
}

/// The facts of a Markdown text; with `plain`, also its text made plain
/// as [`crate::privacy::md_plain`] does (the same events, one parse).
pub fn analyze(text: &str, mut plain: Option<&mut String>) -> MdFacts {
    let mut facts = MdFacts::default();
    // Open links and images collect their text until their end tag.
    let mut open: Vec<(bool, String, String, Range<usize>)> = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        if let Some(out) = plain.as_deref_mut() {
            crate::privacy::plain_event(out, &event);
        }
        match &event {
            Event::Start(tag) => {
                if depth == 0 && !matches!(tag, Tag::HtmlBlock) {
                    facts.blocks.push(range.clone());
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => facts.headings.push((level as u8, range)),
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. }) => {
                let is_image = matches!(event, Event::Start(Tag::Image { .. }));
                let dest = dest_url.to_string();
                if let Some((kind, target)) = parse_item_link(&dest) {
                    facts.item_links.push(ItemLink {
                        kind: kind.to_owned(),
                        target: target.to_owned(),
                        dest: dest.clone(),
                        range: range.clone(),
                    });
                }
                open.push((is_image, dest, String::new(), range));
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((is_image, dest, inner, range)) = open.pop() {
                    if is_image {
                        facts.images.push(MdImage { alt: inner, dest, range });
                    } else {
                        facts.links.push(MdLink { text: inner, dest, range });
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                for o in &mut open {
                    o.2.push_str(&t);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                facts.raw_html.push((html.into_string(), range));
            }
            _ => {}
        }
    }
    facts.shrink();
    facts
}

impl MdFacts {
    /// Without the room the lists grew (kept for every text of a trajectory).
    fn shrink(&mut self) {
        self.item_links.shrink_to_fit();
        self.links.shrink_to_fit();
        self.images.shrink_to_fit();
        self.headings.shrink_to_fit();
        self.raw_html.shrink_to_fit();
        self.blocks.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_collected() {
        let text =
            "## Titel\n\nZie [de actie](@action/led) en [hier](https://x.be).\n\n![](logo.png)\n\n#### Diep\n\n<script>x()</script>\n";
        let f = analyze(text, None);
        assert_eq!(f.headings.iter().map(|h| h.0).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(f.item_links.len(), 1);
        assert_eq!(f.item_links[0].kind, "action");
        assert_eq!(f.item_links[0].target, "led");
        assert_eq!(&text[f.item_links[0].range.clone()], "[de actie](@action/led)");
        assert_eq!(f.links[1].text, "hier");
        assert_eq!(f.images[0].alt, "");
        assert_eq!(f.raw_html.len(), 1);
    }
}
