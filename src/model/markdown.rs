//! Markdown text as it comes from content, and the facts about it that
//! validation and the checks need (item links, raw HTML, images, headings,
//! link texts, and the text as a page shows it, which the privacy guard
//! reads), collected in one pulldown-cmark pass at load time so the rules
//! and the guard stay cheap. Rendering to HTML is the renderer's job.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::source::{FileId, Pos, Span, Text};

/// The pulldown-cmark options both the analysis and the renderer use.
pub(crate) fn options() -> Options {
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
        let facts = analyze(&text);
        Markdown { text, file, offset, exact, facts }
    }

    /// A Markdown body of a file, as it is loaded.
    pub fn body(text: impl Into<Text>, file: FileId, offset: usize) -> Self {
        let text = text.into();
        let facts = analyze(&text);
        Markdown { text, file: Some(file), offset, exact: true, facts }
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
    /// The text as the page shows it ([`crate::text::md_plain`]), made in
    /// the same parse: what the privacy guard reads of an internal text.
    pub shown: String,
    /// Per block of `blocks`, its part of `shown` ([`crate::text::md_plain_blocks`]).
    pub blocks_shown: Vec<Range<usize>>,
    /// Link and image destinations (inline, autolinks, reference
    /// definitions) that [`url_problem`] refuses, in the order written.
    pub bad_urls: Vec<BadUrl>,
    /// Where the text first nests deeper than [`MAX_DEPTH`], if it does.
    pub too_deep: Option<Range<usize>>,
}

/// A link destination kapstok refuses: as the parser read it (entities
/// decoded), what is wrong with it, and where it is written (the destination
/// itself where it can be found, else the whole link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadUrl {
    pub dest: String,
    pub problem: crate::i18n::Msg,
    pub range: Range<usize>,
}

/// The schemes a link may use. Every other URL with a scheme is refused; a
/// URL without one (`../x`, `/x`, `#x`, `?x`, `@action/x`) is a link inside
/// the site.
pub(crate) const URL_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// How deep Markdown may nest (block quotes, lists and their items,
/// emphasis, links, tables...: each element inside another counts one, and
/// so does each raw HTML element left open). Real texts stay far below it;
/// the sanitiser's time grows with the square of the depth, and a page of
/// 50,000 nested `>` or `<div>` kept it busy for half a minute or more.
pub(crate) const MAX_DEPTH: usize = 100;

/// What is wrong with a link destination (a Markdown link or image, a URL
/// field of a YAML file), or `None` when it may be used: `http:`, `https:`,
/// `mailto:`, or a link inside the site. The destination is read as a
/// browser and the sanitiser read it (the WHATWG URL parser): leading and
/// trailing spaces and control characters are skipped, tabs and line ends
/// inside are dropped, and the scheme is case-insensitive; character
/// references (`java&#x73;cript:`) were decoded by the Markdown parser.
pub(crate) fn url_problem(dest: &str) -> Option<crate::i18n::Msg> {
    use crate::i18n::msg;
    match url::Url::parse(dest) {
        Ok(u) if URL_SCHEMES.contains(&u.scheme()) => None,
        Ok(u) => Some(msg!("err-url-scheme", scheme = u.scheme())),
        Err(url::ParseError::RelativeUrlWithoutBase) => None,
        // The URL parser's own words, in English.
        Err(e) => Some(msg!("err-url-invalid", detail = e.to_string())),
    }
}

/// The help line of a refused destination.
pub(crate) fn url_help(dest: &str) -> crate::i18n::Msg {
    use crate::i18n::msg;
    let lower = dest.trim_start().to_ascii_lowercase();
    let drive = lower.as_bytes().get(1) == Some(&b':') && lower.as_bytes()[0].is_ascii_alphabetic();
    if lower.starts_with("file:") || drive { msg!("err-url-file-help") } else { msg!("err-url-help") }
}

pub(crate) const ITEM_LINK_KINDS: &[&str] = &["action", "inventory", "page", "sdg", "topic", "asset"];

/// Split `@kind/target` (with an optional `#fragment` kept in target).
pub(crate) fn parse_item_link(dest: &str) -> Option<(&str, &str)> {
    let rest = dest.strip_prefix('@')?;
    rest.split_once('/')
}

/// A Markdown block as the page's HTML, for the privacy guard's readings
/// of what stands beside the text, when it may have any: a picture's text
/// (`![Sofie](px.png) Vandermeulen`, read in place as a screen reader
/// does), a title (a link's `"title"`, an HTML `title=` or `alt=`, read
/// right after its element's text) or a table (`|`, read row by row). `None`
/// for every other block (a byte look, no parse): it has none.
pub(crate) fn guard_html(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let ci = |w: &[u8]| b.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    let may = memchr::memmem::find(b, b"![").is_some()
        || memchr::memchr(b'|', b).is_some()
        || (memchr::memmem::find(b, b"](").is_some()
            && (memchr::memmem::find(b, b" \"").is_some() || memchr::memmem::find(b, b" '").is_some()))
        || (memchr::memchr(b'=', b).is_some() && (ci(b"title") || ci(b"alt")));
    if !may {
        return None;
    }
    let mut html = String::with_capacity(text.len() * 2);
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, options()));
    Some(html)
}

/// The facts of a Markdown text (one parse).
pub(crate) fn analyze(text: &str) -> MdFacts {
    let mut facts = MdFacts::default();
    // Open links and images collect their text until their end tag.
    let mut open: Vec<Open> = Vec::new();
    let mut depth = 0usize;
    let mut raw = HtmlDepth::default();
    // Whether the events are those of the last block of `blocks`.
    let mut in_block = false;
    // The text as shown is about as long as the text as written.
    facts.shown.reserve(text.len());
    let mut parser = Parser::new_ext(text, options()).into_offset_iter();
    let mut pictures = Pictures::default();
    // The reference definitions (`[r]: dest`), used or not, in file order.
    let mut defs: Vec<(String, Range<usize>)> =
        parser.reference_definitions().iter().map(|(_, d)| (d.dest.to_string(), d.span.clone())).collect();
    defs.sort_by_key(|d| d.1.start);
    for (dest, span) in defs {
        if let Some(problem) = url_problem(&dest) {
            let range = written_dest(text, span.clone(), "]:").unwrap_or(span);
            facts.bad_urls.push(BadUrl { dest, problem, range });
        }
    }
    for (event, range) in parser.by_ref() {
        // Every event inside an open link moves its text's end, but the
        // link's own end tag.
        let own_end = usize::from(matches!(event, Event::End(TagEnd::Link | TagEnd::Image)));
        let inside = open.len().saturating_sub(own_end);
        for o in &mut open[..inside] {
            o.inner_end = o.inner_end.max(range.end);
        }
        let shown_from = facts.shown.len();
        plain_event(&mut facts.shown, &event, &mut pictures);
        match &event {
            Event::Start(tag) => {
                if depth == 0 && !matches!(tag, Tag::HtmlBlock) {
                    facts.blocks.push(range.clone());
                    in_block = true;
                    facts.blocks_shown.push(shown_from..shown_from);
                }
                depth += 1;
                if depth + raw.open > MAX_DEPTH && facts.too_deep.is_none() {
                    facts.too_deep = Some(range.clone());
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if in_block && let Some(b) = facts.blocks_shown.last_mut() {
            b.end = facts.shown.len();
        }
        if depth == 0 {
            in_block = false;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => facts.headings.push((level as u8, range)),
            Event::Start(Tag::Link { link_type, ref dest_url, .. } | Tag::Image { link_type, ref dest_url, .. }) => {
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
                let inner_end = range.start + 1;
                open.push(Open { is_image, link_type, dest, inner: String::new(), range, inner_end });
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some(Open { is_image, link_type, dest, inner, range, inner_end }) = open.pop() {
                    facts.bad_url(text, link_type, &dest, range.clone(), inner_end);
                    if is_image {
                        facts.images.push(MdImage { alt: inner, dest, range });
                    } else {
                        facts.links.push(MdLink { text: inner, dest, range });
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                for o in &mut open {
                    o.inner.push_str(&t);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                raw.read(&html);
                if depth + raw.open > MAX_DEPTH && facts.too_deep.is_none() {
                    facts.too_deep = Some(range.clone());
                }
                facts.raw_html.push((html.into_string(), range));
            }
            _ => {}
        }
    }
    pictures.flush(&mut facts.shown);
    facts.shrink();
    facts
}

/// The pictures of the block being made plain ([`plain_event`]): how many
/// are open, and their text (alt) so far.
#[derive(Debug, Default)]
pub(crate) struct Pictures {
    open: usize,
    alt: String,
}

impl Pictures {
    /// The pictures' text, after the words of the block (as the guard reads
    /// an attribute after the text): a picture never splits a word.
    pub(crate) fn flush(&mut self, out: &mut String) {
        if !self.alt.trim().is_empty() {
            out.push(' ');
            out.push_str(&self.alt);
            out.push(' ');
        }
        self.alt.clear();
    }
}

/// What one Markdown event adds to its text made plain ([`crate::text::md_plain`]):
/// the words a page shows, a block per `\n\n`, HTML as written. A picture
/// adds nothing where it stands (`Vander![](px.png)meulen` shows
/// `Vandermeulen`); its text (alt) comes after the words of its block, or
/// at a line break.
pub(crate) fn plain_event(out: &mut String, event: &Event, pictures: &mut Pictures) {
    if pictures.open > 0 {
        match event {
            Event::Start(Tag::Image { .. }) => pictures.open += 1,
            Event::End(TagEnd::Image) => {
                pictures.open -= 1;
                pictures.alt.push(' ');
            }
            Event::Text(t) | Event::Code(t) => escaped(&mut pictures.alt, t),
            Event::Html(h) | Event::InlineHtml(h) => pictures.alt.push_str(h),
            Event::SoftBreak | Event::HardBreak => pictures.alt.push(' '),
            _ => {}
        }
        return;
    }
    match event {
        Event::Text(t) | Event::Code(t) => escaped(out, t),
        Event::Start(Tag::Image { .. }) => pictures.open += 1,
        Event::SoftBreak => out.push(' '),
        Event::HardBreak => {
            out.push(' ');
            pictures.flush(out);
        }
        Event::Html(h) | Event::InlineHtml(h) => out.push_str(h),
        Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock) => {
            pictures.flush(out);
            out.push_str("\n\n")
        }
        // A block that starts inside another (a list or a heading in a list
        // item) ends the text before it.
        Event::Start(tag)
            if !matches!(tag, Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript | Tag::Link { .. }) =>
        {
            pictures.flush(out);
            out.push_str("\n\n")
        }
        _ => {}
    }
}

/// Text is text: escaped, so that the fold reads `&amp;` in it as written,
/// not as an entity (the page shows `&amp;`).
fn escaped(out: &mut String, t: &str) {
    if !t.contains(['&', '<']) {
        out.push_str(t);
        return;
    }
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
}

/// HTML elements that never hold others, or that the next one of their
/// kind closes: they do not make raw HTML deeper.
const FLAT_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "dt", "dd", "tr",
    "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "caption",
];

/// Raw HTML elements opened and not closed so far in a text.
#[derive(Default)]
struct HtmlDepth {
    open: usize,
    /// How many of them are `<svg>` or `<math>`, inside which `<x/>` closes itself.
    foreign: usize,
}

impl HtmlDepth {
    /// Count the tags of `html`: a start tag opens an element, an end tag
    /// closes one. An estimate (comments and attribute values holding `<`
    /// or `>` are not parsed), enough to bound how deep the sanitiser's tree
    /// grows; it follows HTML in that `<div/>` opens a `div` (only inside
    /// SVG and MathML does `/>` close a tag).
    fn read(&mut self, html: &str) {
        let b = html.as_bytes();
        let mut i = 0;
        while let Some(at) = html[i..].find('<') {
            i += at + 1;
            let close = b.get(i) == Some(&b'/');
            let name_start = i + usize::from(close);
            let name_len = b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
            if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
                continue;
            }
            let name = html[name_start..name_start + name_len].to_ascii_lowercase();
            if FLAT_TAGS.contains(&name.as_str()) {
                continue;
            }
            let foreign = name == "svg" || name == "math";
            if close {
                self.open = self.open.saturating_sub(1);
                if foreign {
                    self.foreign = self.foreign.saturating_sub(1);
                }
                continue;
            }
            let end = html[name_start..].find('>').map(|e| name_start + e);
            let self_closing = end.is_some_and(|e| b[e - 1] == b'/');
            if self_closing && (self.foreign > 0 || foreign) {
                continue;
            }
            self.open += 1;
            if foreign {
                self.foreign += 1;
            }
        }
    }
}

/// A link or image being read: what it is, its text so far, and where
/// its last inner event ended (its destination is written after that).
struct Open {
    is_image: bool,
    link_type: LinkType,
    dest: String,
    inner: String,
    range: Range<usize>,
    inner_end: usize,
}

/// Where the destination of a link stands in `text[span]`: after the first
/// `after` (`](` of an inline link, `]:` of a definition) from the span's
/// start, up to a space or the closing `>`/`)`. `None` when it cannot be
/// found (the caller then points at the whole link).
fn written_dest(text: &str, span: Range<usize>, after: &str) -> Option<Range<usize>> {
    let slice = text.get(span.clone())?;
    let mut start = slice.find(after)? + after.len();
    start += slice[start..].len() - slice[start..].trim_start().len();
    let bracketed = slice[start..].starts_with('<');
    if bracketed {
        start += 1;
    }
    let rest = &slice[start..];
    let len = if bracketed {
        rest.find('>')?
    } else {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        // An inline link's span ends with its `)`.
        if after == "](" && end == rest.len() { rest.strip_suffix(')').map_or(end, str::len) } else { end }
    };
    (len > 0).then(|| span.start + start..span.start + start + len)
}

impl MdFacts {
    /// Record the destination of a link or image read in full, if it is
    /// refused. A reference link (`[x][r]`) is reported at its definition.
    fn bad_url(&mut self, text: &str, link_type: LinkType, dest: &str, range: Range<usize>, inner_end: usize) {
        let at = match link_type {
            LinkType::Inline => {
                let from = inner_end.clamp(range.start, range.end);
                written_dest(text, from..range.end, "](").unwrap_or(range)
            }
            LinkType::Autolink => range.start + 1..range.end.saturating_sub(1).max(range.start + 1),
            // `<x@y.be>` becomes a `mailto:` link; a reference link is
            // reported at its definition.
            LinkType::Email | LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut => return,
            _ => range,
        };
        if let Some(problem) = url_problem(dest) {
            self.bad_urls.push(BadUrl { dest: dest.to_owned(), problem, range: at });
        }
    }

    /// Without the room the lists grew (kept for every text of a trajectory).
    fn shrink(&mut self) {
        self.item_links.shrink_to_fit();
        self.links.shrink_to_fit();
        self.images.shrink_to_fit();
        self.headings.shrink_to_fit();
        self.raw_html.shrink_to_fit();
        self.blocks.shrink_to_fit();
        self.shown.shrink_to_fit();
        self.blocks_shown.shrink_to_fit();
        self.bad_urls.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A picture, a link title or a table makes the block's HTML for the
    /// guard; plain prose does not.
    #[test]
    fn guard_html_only_where_something_stands_beside_the_text() {
        assert!(guard_html("Contact: ![Sofie](@asset/px.png) Vandermeulen.").unwrap().contains("alt=\"Sofie\""));
        assert!(guard_html("[Sofie V.](https://x.be \"Vandermeulen\")").unwrap().contains("title=\"Vandermeulen\""));
        assert!(guard_html("| a | b |\n|---|---|\n| Sofie | Vandermeulen |").unwrap().contains("<td>Sofie</td>"));
        assert!(guard_html("<abbr title=\"x\">y</abbr>").is_some());
        assert!(guard_html("Zie [de actie](@action/led) en het plan.").is_none());
    }

    #[test]
    fn facts_are_collected() {
        let text =
            "## Titel\n\nZie [de actie](@action/led) en [hier](https://x.be).\n\n![](logo.png)\n\n#### Diep\n\n<script>x()</script>\n";
        let f = analyze(text);
        assert_eq!(f.headings.iter().map(|h| h.0).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(f.item_links.len(), 1);
        assert_eq!(f.item_links[0].kind, "action");
        assert_eq!(f.item_links[0].target, "led");
        assert_eq!(&text[f.item_links[0].range.clone()], "[de actie](@action/led)");
        assert_eq!(f.links[1].text, "hier");
        assert_eq!(f.images[0].alt, "");
        assert_eq!(f.raw_html.len(), 1);
    }

    /// A picture glued inside a word does not split it in the text as
    /// shown (the page shows one word); its alt comes after the block's words.
    #[test]
    fn a_picture_inside_a_word_leaves_it_whole() {
        let f = analyze("Contact: Sofie Vander![](@asset/px.png)meulen, dienst.\n\nHet energie![foto](x.png)platform.\n");
        assert_eq!(f.shown, "\n\nContact: Sofie Vandermeulen, dienst.\n\n\n\nHet energieplatform. foto  \n\n");
        assert_eq!(crate::text::md_plain("a ![b](c)  \nd ![e](f)"), "\n\na   b  d  e  \n\n");
    }

    #[test]
    fn urls_are_judged_as_a_browser_reads_them() {
        for ok in ["https://x.be/a b", "http://x.be", "mailto:a@b.be", "../x/index.html", "/x", "#doel", "?q=1", "@action/led", "//x.be/y"]
        {
            assert_eq!(url_problem(ok), None, "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:x",
            " \u{1}javascript:x",
            "jav\tascript:x",
            "java\nscript:x",
            "data:,x",
            "file:///x",
            "C:\\x.pdf",
            "tel:1",
            "https://",
        ] {
            assert!(url_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn refused_destinations_are_found_where_they_are_written() {
        let text = "[*a*](<javascript:x>) [](vbscript:y \"t\") ![i](data:,z)\n\n[r]:\n  file:///p\n";
        let f = analyze(text);
        let at: Vec<&str> = f.bad_urls.iter().map(|b| &text[b.range.clone()]).collect();
        assert_eq!(at, ["file:///p", "javascript:x", "vbscript:y", "data:,z"]);
    }

    #[test]
    fn nesting_counts_markdown_and_open_raw_html() {
        assert!(analyze(&format!("{} x\n", ">".repeat(MAX_DEPTH / 2))).too_deep.is_none());
        assert!(analyze(&format!("{} x\n", ">".repeat(MAX_DEPTH))).too_deep.is_some());
        assert!(analyze(&"<div>".repeat(MAX_DEPTH + 1)).too_deep.is_some());
        assert!(analyze(&"<div></div><p><br>".repeat(MAX_DEPTH + 1)).too_deep.is_none());
        let svg = format!("<svg>{}</svg>", "<path d=\"M0\"/>".repeat(MAX_DEPTH + 1));
        assert!(analyze(&svg).too_deep.is_none());
    }
}
