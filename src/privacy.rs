//! The privacy guard: what must never reach the public site.
//!
//! Owns the list of "needles" (every team member's full name, and every
//! internal text of four words or more that no public text also contains) and
//! the one-pass search for them in any text. Text is compared in a plain form:
//! tags removed (readable attribute values kept), entities decoded, NFKC,
//! case-folded, and every run of whitespace or punctuation folded to one
//! space; matches are whole words. [`public_texts`] lists what the public site
//! shows, with positions, for the checks. This module reads no files: the build
//! hands it the staged public site's text files.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;

use crate::model::{Markdown, PageAudience, Project, Visibility};
use crate::source::Pos;

/// The smallest internal text the guard looks for, in words.
pub const MIN_WORDS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    /// A team member's full name.
    Name,
    /// A sentence or paragraph of internal text.
    InternalText,
}

impl HitKind {
    /// The rule id a hit is reported under.
    pub fn rule(self) -> &'static str {
        match self {
            HitKind::Name => "public-personal-name",
            HitKind::InternalText => "public-internal-text",
        }
    }
}

/// One needle found in a scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    /// The name or internal text as written in the content.
    pub needle: String,
    /// Byte range in the scanned text as given.
    pub range: Range<usize>,
}

/// A text the public site shows. When `pos` spans exactly `text.len()` bytes,
/// the text stands in the file byte for byte, so a range in `text` maps to
/// `pos.span.start + range`; otherwise `pos` is the value's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicText {
    pub text: String,
    pub pos: Option<Pos>,
    /// The id of the item it belongs to (action, claim, inventory item, page
    /// slug, question id for quotes).
    pub subject: String,
}

struct Needle {
    kind: HitKind,
    shown: String,
}

pub struct Guard {
    needles: Vec<Needle>,
    matcher: Matcher,
}

/// A multi-pattern matcher for whole-word phrases in plain text (words
/// separated by single spaces). Every pattern is indexed by its first two
/// words (or its only word); a scan looks up each word position once and
/// confirms a candidate by comparing bytes. One linear pass, and building it
/// is linear too, where an Aho-Corasick automaton over tens of thousands of
/// sentence-long patterns took seconds to build.
struct Matcher {
    patterns: Vec<String>,
    by_two: HashMap<String, Vec<u32>>,
    by_one: HashMap<String, Vec<u32>>,
}

impl Matcher {
    fn new(patterns: Vec<String>) -> Matcher {
        let mut by_two: HashMap<String, Vec<u32>> = HashMap::new();
        let mut by_one: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            let i = u32::try_from(i).expect("fewer than 4 billion needles");
            let mut spaces = p.match_indices(' ').map(|(at, _)| at);
            match (spaces.next(), spaces.next()) {
                (None, _) => by_one.entry(p.clone()).or_default().push(i),
                (Some(_), Some(second)) => by_two.entry(p[..second].to_owned()).or_default().push(i),
                (Some(_), None) => by_two.entry(p.clone()).or_default().push(i),
            }
        }
        Matcher { patterns, by_two, by_one }
    }

    /// (pattern, start, end) of every pattern standing as whole words in `text`.
    fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        if self.patterns.is_empty() {
            return out;
        }
        let starts: Vec<usize> =
            std::iter::once(0).chain(text.match_indices(' ').map(|(at, _)| at + 1)).filter(|&s| s < text.len()).collect();
        let word_end = |k: usize| starts.get(k + 1).map_or(text.len(), |next| next - 1);
        for (k, &start) in starts.iter().enumerate() {
            let one = &text[start..word_end(k)];
            let two = if k + 1 < starts.len() { Some(&text[start..word_end(k + 1)]) } else { None };
            let candidates = self.by_one.get(one).into_iter().chain(two.and_then(|t| self.by_two.get(t)));
            for &i in candidates.flatten() {
                let p = &self.patterns[i as usize];
                let end = start + p.len();
                if text[start..].starts_with(p.as_str()) && (end == text.len() || text.as_bytes()[end] == b' ') {
                    out.push((i as usize, start, end));
                }
            }
        }
        out
    }
}

impl Guard {
    pub fn new(project: &Project) -> Guard {
        let mut corpus = String::new();
        for t in public_texts(project) {
            corpus.push(' ');
            corpus.push_str(&plain(&md_plain(&t.text)).text);
            corpus.push_str(" \n");
        }
        let mut seen = HashSet::new();
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        for m in &project.team.members {
            let p = plain(&m.name).text;
            if !p.is_empty() && seen.insert(p.clone()) {
                patterns.push(p);
                needles.push(Needle { kind: HitKind::Name, shown: m.name.clone() });
            }
        }
        // Candidate internal texts, then one Aho-Corasick pass over the public
        // corpus drops those that public text also says (the spec's "not also
        // contained in some public text"): linear, where a `contains` per
        // candidate would be quadratic in the size of the trajectory.
        let mut candidates: Vec<(String, String)> = Vec::new();
        let mut add_internal = |text: &str, min_words: usize| {
            for piece in pieces(text) {
                let p = plain(&piece).text;
                if p.is_empty() || p.split(' ').count() < min_words || !seen.insert(p.clone()) {
                    continue;
                }
                candidates.push((p, piece));
            }
        };
        for text in internal_texts(project) {
            add_internal(&text, MIN_WORDS);
        }
        if let Some(reference) = project.team.mandate.as_ref().and_then(|m| m.reference.as_deref()) {
            // An identifier such as "CBS 2024/0457": distinctive even when short.
            add_internal(reference, 2);
        }
        let mut public = vec![false; candidates.len()];
        let finder = Matcher::new(candidates.iter().map(|(p, _)| p.clone()).collect());
        for (i, _, _) in finder.find(&corpus) {
            public[i] = true;
        }
        for ((p, piece), is_public) in candidates.into_iter().zip(public) {
            if !is_public {
                patterns.push(p);
                needles.push(Needle { kind: HitKind::InternalText, shown: piece });
            }
        }
        let matcher = Matcher::new(patterns);
        Guard { needles, matcher }
    }

    /// Every needle in `text`, as whole words, in order of position.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        if self.needles.is_empty() {
            return Vec::new();
        }
        let p = plain(text);
        let mut hits: Vec<Hit> = Vec::new();
        for (pattern, s, e) in self.matcher.find(&p.text) {
            let needle = &self.needles[pattern];
            hits.push(Hit { kind: needle.kind, needle: needle.shown.clone(), range: p.starts[s]..p.ends[e - 1] });
        }
        hits.sort_by_key(|h| (h.range.start, h.range.end, h.kind));
        hits.dedup();
        hits
    }

    pub fn needle_count(&self) -> usize {
        self.needles.len()
    }
}

/// Everything internal the guard protects (before splitting into pieces).
fn internal_texts(project: &Project) -> Vec<String> {
    let mut out = Vec::new();
    let md = |m: &Markdown| md_plain(&m.text);
    for a in &project.actions {
        if let Some(n) = &a.internal_note {
            out.push(md_plain(n));
        }
        if a.visibility == Visibility::Internal {
            out.push(a.title.clone());
            out.push(md(&a.body));
            out.extend(a.progress.iter().filter_map(|p| p.note.clone()));
        }
    }
    for s in &project.sessions {
        if let Some(summary) = &s.summary {
            out.push(md(summary));
        }
    }
    for i in &project.inventory {
        if i.visibility == Visibility::Internal {
            out.push(i.title.clone());
            out.extend(i.note.as_ref().map(md));
        }
    }
    for c in &project.claims {
        if c.visibility == Visibility::Internal || c.withdrawn.is_some() {
            out.push(c.text.clone());
        }
        out.extend(c.allow.iter().map(|a| a.reason.clone()));
    }
    for q in &project.quotes {
        if q.visibility == Visibility::Internal {
            out.push(q.text.clone());
        }
    }
    for p in &project.pages {
        if p.audience == PageAudience::Intranet {
            out.push(md(&p.body));
        }
    }
    if let Some(m) = &project.team.mandate {
        out.extend(m.scope.clone());
    }
    out
}

/// A text's paragraphs, and the sentences of each paragraph.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if para.is_empty() {
            continue;
        }
        let sentences = sentences(&para);
        if sentences.len() > 1 {
            out.extend(sentences);
        }
        out.push(para);
    }
    out
}

fn sentences(para: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?' | ';') && chars.get(k + 1).is_none_or(|&(_, n)| n == ' ') {
            let s = para[start..i + c.len_utf8()].trim();
            if !s.is_empty() {
                out.push(s.to_owned());
            }
            start = i + c.len_utf8();
        }
    }
    let rest = para[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

/// Markdown to plain text, one paragraph (block) per `\n\n`.
pub(crate) fn md_plain(text: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(text, crate::model::markdown::options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(&h),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock) => {
                out.push_str("\n\n")
            }
            _ => {}
        }
    }
    out
}

/// What the public site would show, with positions and subjects.
pub fn public_texts(project: &Project) -> Vec<PublicText> {
    let mut out = Vec::new();
    let scalar = |out: &mut Vec<PublicText>, text: &str, pos: Option<Pos>, subject: &str| {
        if !text.trim().is_empty() {
            out.push(PublicText { text: text.to_owned(), pos, subject: subject.to_owned() });
        }
    };
    for a in project.actions.iter().filter(|a| a.visibility == Visibility::Public) {
        let id = a.id.as_str();
        scalar(&mut out, &a.title, Some(a.title_pos.at(0..a.title.len())), id);
        md_blocks(&mut out, &a.body, id);
        for p in &a.progress {
            if let Some(n) = &p.note {
                scalar(&mut out, n, Some(a.pos), id);
            }
        }
        if let Some(ind) = &a.indicator {
            scalar(&mut out, &ind.name, Some(a.pos), id);
        }
    }
    for c in project.claims.iter().filter(|c| c.visibility == Visibility::Public && c.withdrawn.is_none()) {
        scalar(&mut out, &c.text, Some(c.text_pos.at(0..c.text.len())), c.id.as_str());
    }
    let mut public_questions = Vec::new();
    for q in project.quotes.iter().filter(|q| q.visibility == Visibility::Public) {
        scalar(&mut out, &q.text, Some(q.text_pos.at(0..q.text.len())), q.question.as_str());
        if let Some(a) = &q.attribution {
            scalar(&mut out, a, Some(q.pos), q.question.as_str());
        }
        if !public_questions.contains(&q.question.id) {
            public_questions.push(q.question.id.clone());
        }
    }
    for id in public_questions {
        if let Some(q) = project.question(&id) {
            scalar(&mut out, &q.text, Some(q.pos), q.id.as_str());
        }
    }
    for i in project.inventory.iter().filter(|i| i.visibility == Visibility::Public) {
        scalar(&mut out, &i.title, Some(i.title_pos.at(0..i.title.len())), i.id.as_str());
        if let Some(n) = &i.note {
            md_blocks(&mut out, n, i.id.as_str());
        }
    }
    for p in project.pages.iter().filter(|p| p.on_public()) {
        scalar(&mut out, &p.title, Some(p.pos), p.slug.as_str());
        md_blocks(&mut out, &p.body, p.slug.as_str());
    }
    out
}

/// One public text per top-level block of a Markdown text, as written.
fn md_blocks(out: &mut Vec<PublicText>, md: &Markdown, subject: &str) {
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(&md.text, crate::model::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 && !matches!(tag, Tag::HtmlBlock) {
                    let text = md.text[range.clone()].trim_end();
                    if !text.is_empty() {
                        let r = range.start..range.start + text.len();
                        out.push(PublicText { text: text.to_owned(), pos: md.pos(&r), subject: subject.to_owned() });
                    }
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
}

/// Text in the guard's plain form, with the original byte range of every byte.
pub(crate) struct Plain {
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

/// Inline tags: removing them must not split a word or a sentence.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
    "span", "strong", "sub", "sup", "time", "u", "var",
];

/// Attributes whose values a reader sees or hears.
const READABLE_ATTRS: &[&str] = &["alt", "title", "aria-label", "aria-description", "content", "placeholder", "value", "label", "summary"];

/// Turn any text (HTML, XML, JSON, CSS...) into the guard's plain form.
pub(crate) fn plain(src: &str) -> Plain {
    let decoded = decode(src);
    let mut out = Plain { text: String::with_capacity(src.len()), starts: Vec::new(), ends: Vec::new() };
    let mut i = 0;
    let mut pending_space: Option<usize> = None;
    while i < decoded.len() {
        let (c, s, mut e) = decoded[i];
        let mut cluster = String::new();
        cluster.push(c);
        i += 1;
        while i < decoded.len() && unicode_normalization::char::is_combining_mark(decoded[i].0) {
            cluster.push(decoded[i].0);
            e = decoded[i].2;
            i += 1;
        }
        for n in cluster.nfkc() {
            for l in n.to_lowercase() {
                if l.is_alphanumeric() || unicode_normalization::char::is_combining_mark(l) {
                    if let Some(ps) = pending_space.take()
                        && !out.text.is_empty()
                    {
                        out.text.push(' ');
                        out.starts.push(ps);
                        out.ends.push(ps);
                    }
                    let before = out.text.len();
                    out.text.push(l);
                    for _ in before..out.text.len() {
                        out.starts.push(s);
                        out.ends.push(e);
                    }
                } else if pending_space.is_none() {
                    pending_space = Some(s);
                }
            }
        }
    }
    out
}

/// Characters with their original byte ranges, tags removed (readable
/// attribute values kept) and entities decoded. A removed block tag is a space.
fn decode(src: &str) -> Vec<(char, usize, usize)> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(src.len());
    let mut i = 0;
    while i < src.len() {
        let c = src[i..].chars().next().expect("char boundary");
        if c == '<' {
            if src[i..].starts_with("<!--") {
                let end = src[i..].find("-->").map_or(src.len(), |k| i + k + 3);
                out.push((' ', i, end));
                i = end;
                continue;
            }
            let next = bytes.get(i + 1).copied().unwrap_or(b' ');
            if (next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?'))
                && let Some(k) = src[i..].find('>')
            {
                let end = i + k + 1;
                tag(src, i, end, &mut out);
                i = end;
                continue;
            }
        } else if c == '&'
            && let Some((d, len)) = entity(&src[i..])
        {
            out.push((d, i, i + len));
            i += len;
            continue;
        }
        out.push((c, i, i + c.len_utf8()));
        i += c.len_utf8();
    }
    out
}

fn tag(src: &str, start: usize, end: usize, out: &mut Vec<(char, usize, usize)>) {
    let inner = &src[start + 1..end - 1];
    let body = inner.trim_start_matches(['/', '!', '?']);
    let name_len = body.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(body.len());
    let name_end = inner.len() - body.len() + name_len;
    let name = body[..name_len].to_ascii_lowercase();
    let inline = INLINE_TAGS.contains(&name.as_str());
    if !inline {
        out.push((' ', start, start));
    }
    // Readable attribute values: name="value" or name='value'.
    let mut rest = &inner[name_end..];
    let mut offset = start + 1 + name_end;
    while let Some(eq) = rest.find('=') {
        let attr = rest[..eq].trim().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
        let after = &rest[eq + 1..];
        let lead = after.len() - after.trim_start().len();
        let after_t = after.trim_start();
        let quote = after_t.chars().next();
        let (vstart, vlen) = match quote {
            Some(q @ ('"' | '\'')) => {
                let body = &after_t[1..];
                (eq + 1 + lead + 1, body.find(q).unwrap_or(body.len()))
            }
            _ => (eq + 1 + lead, after_t.find(|c: char| c.is_whitespace()).unwrap_or(after_t.len())),
        };
        if READABLE_ATTRS.contains(&attr.as_str()) {
            let value = &rest[vstart..vstart + vlen];
            out.push((' ', offset + vstart, offset + vstart));
            for (c, s, e) in decode(value) {
                out.push((c, offset + vstart + s, offset + vstart + e));
            }
            out.push((' ', offset + vstart + vlen, offset + vstart + vlen));
        }
        let consumed = (vstart + vlen + 1).min(rest.len());
        rest = &rest[consumed..];
        offset += consumed;
    }
    if !inline {
        out.push((' ', end, end));
    }
}

/// A character entity at the start of `s`: the character and the entity's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s[..s.len().min(40)].find(';')?;
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(n)?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "shy" => '\u{ad}',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "euml" => 'ë',
            "eacute" => 'é',
            "egrave" => 'è',
            "iuml" => 'ï',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "ccedil" => 'ç',
            "agrave" => 'à',
            "ecirc" => 'ê',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(names: &[&str], internal: &[&str]) -> Guard {
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        for n in names {
            patterns.push(plain(n).text);
            needles.push(Needle { kind: HitKind::Name, shown: (*n).to_owned() });
        }
        for t in internal {
            for p in pieces(t) {
                patterns.push(plain(&p).text);
                needles.push(Needle { kind: HitKind::InternalText, shown: p });
            }
        }
        Guard { matcher: Matcher::new(patterns), needles }
    }

    #[test]
    fn plain_folds_tags_entities_case_and_punctuation() {
        assert_eq!(plain("<p>Sofie&nbsp;<em>VANDER</em>meulen</p>").text, "sofie vandermeulen");
        assert_eq!(plain("Ide&euml;n, (bus)!  &#x27;x&#39;").text, "ideën bus x");
        assert_eq!(plain("ﬁets").text, "fiets");
        assert_eq!(plain("e\u{301}").text, "é");
        assert_eq!(plain("<img alt=\"Nadia El Amrani\" src=x.png>").text, "nadia el amrani");
        assert_eq!(plain("a<br>b").text, "a b");
        assert_eq!(plain("1 < 2 &unknown; <!-- Piet -->x").text, "1 2 unknown x");
    }

    #[test]
    fn hits_are_whole_words_with_original_ranges() {
        let g = guard(&["Sofie Vandermeulen", "Tom Baeten"], &[]);
        let text = "<td>SOFIE   Vandermeulen</td><td>Tom Baetens</td>";
        let hits = g.scan(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].range.clone()], "SOFIE   Vandermeulen");
        assert_eq!(hits[0].kind, HitKind::Name);
        assert!(g.scan("Atom Baeten").is_empty());
        assert_eq!(g.scan("tom baeten, sofie vandermeulen").len(), 2);
    }

    #[test]
    fn internal_sentences_are_found_in_html() {
        let g = guard(&[], &["Budget nog niet goedgekeurd door het college. Kort."]);
        let text = "<p>Het <strong>budget</strong> nog niet goedgekeurd door het college &amp; meer</p>";
        let hits = g.scan(text);
        assert!(hits.iter().any(|h| h.kind == HitKind::InternalText && h.needle.starts_with("Budget")));
        assert_eq!(&text[hits[0].range.clone()], "budget</strong> nog niet goedgekeurd door het college");
    }

    #[test]
    fn sentences_and_paragraphs() {
        assert_eq!(
            pieces("Een twee drie vier. Vijf zes!\n\nZeven"),
            vec!["Een twee drie vier.", "Vijf zes!", "Een twee drie vier. Vijf zes!", "Zeven"]
        );
        assert_eq!(md_plain("**Vet** en [link](@action/x).\n\n- a\n- b").trim(), "Vet en link.\n\na\n\nb");
    }
}
