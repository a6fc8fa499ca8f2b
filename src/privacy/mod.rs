//! The privacy guard: matching only. What is internal and what the public
//! site shows is decided in [`crate::public`]; this module turns the
//! internal texts it lists into needles and finds them in any text.
//!
//! Needles are of three classes ([`Class`]):
//! - a team member's name, in every way people write it ([`names`]);
//! - confidential text (internal notes, session summaries, internal quotes,
//!   internal and withdrawn claims, `allow` reasons): each sentence and
//!   paragraph of four words or more is a needle even where a public field
//!   holds it, because a note pasted into a public field is the likeliest leak;
//! - unpublished text (an internal action's or inventory item's texts, an
//!   intranet page): a needle unless public text says it too (plans repeat
//!   boilerplate), and a paragraph is no needle when each of its sentences
//!   is said by public text (a data file may join two public paragraphs).
//!
//! Text is compared in the plain form of [`fold`]; matches are whole words
//! ([`matcher`]). This module reads no files: `build` hands it each public
//! file whole, `check` the texts of [`crate::public::public_texts`].

mod css;
mod fold;
mod matcher;
pub(crate) mod names;
pub(crate) mod scan;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rayon::prelude::*;

use crate::model::Project;
use crate::public::{Internal, PublicText, Secrecy};
use crate::source::Pos;

use fold::{
    Mode, Plain, at_spots, find_byte, fold_apart, fold_in_place, fold_into, has_raised, plain_words, same_chunks, titled, titled_spots,
};
pub(crate) use fold::{non_ascii, plain};
use matcher::{Cut, Loc, Matcher, Pattern, PieceList, word_hash};

pub(crate) use crate::public::MIN_WORDS;

/// The fewest words in a row of a note (an internal note, a session
/// summary, an internal quote, an `allow` reason) that are a needle where
/// they are not a whole sentence: a part of a note copied into a public
/// text. Eight words in a row are rarely shared by chance.
pub(crate) const RUN_WORDS: usize = 10;

/// The fewest words of a sentence of a session summary or an internal
/// quote that are a needle where the sentence lost its first or its last
/// words, or one word inside ([`matcher::PieceList::add_stretches`]). Measured
/// (session 24) on the example, every fixture and the 10,000-action bench:
/// with the copy cut at a sentence or block boundary on the side the
/// sentence lost, 8 words make no hit that was not one before; found
/// anywhere, 8 words made 341 in the bench and one in the fixtures (a
/// decision said again after a subject of its own: "…, in het Nederlands,
/// het Frans en het Engels"), and only 14 made none.
pub(crate) const STRETCH_WORDS: usize = 8;
use crate::text::md_plain_words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    /// A team member's name.
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
    /// Confidential text (an internal note, a session summary, an internal
    /// quote or claim, an `allow` reason): never public, even where pasted.
    pub confidential: bool,
}

/// What a needle protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Name,
    /// Never public, wherever it is pasted.
    Confidential,
    /// Not published, unless public text says it too.
    Unpublished,
}

struct Needle {
    class: Class,
    /// The needle as written, shown in a hit.
    shown: Loc,
    /// False for unpublished text that public text also says: it stays in the
    /// matcher (it was added to find exactly that) but is never reported.
    active: bool,
    /// A run of [`RUN_WORDS`] words of a note, or a stretch of a
    /// confidential sentence ([`STRETCH_WORDS`]), not a whole sentence.
    run: bool,
    /// A name cut by a hyphen ([`names::cuts`]): a hit only where the text
    /// hit holds one.
    hyphen: bool,
    /// A stretch of a confidential sentence cut at one side: a hit only
    /// where the public text is cut there too ([`checked`]).
    cut: Cut,
    /// A stretch of an internal quote: no needle where a public quote says
    /// it too.
    answer: bool,
}

pub struct Guard {
    /// Indexed by the matcher's pattern numbers.
    needles: Vec<Needle>,
    matcher: Matcher,
    /// Unpublished paragraphs of several sentences: the paragraph's pattern
    /// and its sentences' patterns.
    paragraphs: Vec<(u32, Vec<u32>)>,
    leaks: Vec<Leak>,
    /// One bit per pair of words one after the other in a name or a
    /// confidential sentence or paragraph ([`pair_bit`]): two blocks are
    /// read together ([`Guard::across`]) only where the last word of the
    /// one and the first of the other are such a pair.
    pairs: Vec<u64>,
}

/// The hits in one text the public site would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// As in [`PublicText`].
    pub pos: Option<Pos>,
    /// The length of the text in bytes.
    pub text_len: usize,
    pub subject: String,
    /// In order of position.
    pub hits: Vec<Hit>,
}

impl Guard {
    pub fn new(project: &Project) -> Guard {
        // `KAPSTOK_RULE_TIMINGS=1`: each step on stderr (bench/README.md).
        let timed = std::env::var_os("KAPSTOK_RULE_TIMINGS").is_some();
        let t0 = std::time::Instant::now();
        let lap = |step: &str| {
            if timed {
                eprintln!("rule timing: guard {step}: {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0);
            }
        };
        let mut guard = Guard {
            needles: Vec::new(),
            matcher: Matcher::default(),
            paragraphs: Vec::new(),
            leaks: Vec::new(),
            pairs: vec![0; PAIR_WORDS],
        };
        for m in &project.team.members {
            for variant in names::variants(&m.name) {
                guard.add(Pattern::new(plain_words(&variant)), Class::Name, &m.name);
            }
        }
        // What colleagues call a member (`also_known_as: [Piet]`): each a
        // given name, with the surname, in every way people write it.
        for m in &project.team.members {
            for aka in &m.also_known_as {
                if let Some(name) = names::with_given(&m.name, aka) {
                    for variant in names::variants(&name) {
                        guard.add(Pattern::new(plain_words(&variant)), Class::Name, &m.name);
                    }
                }
            }
        }
        for m in &project.team.members {
            guard.add_cuts(&m.name);
        }
        let sources = crate::public::internal_texts(project);
        // A text given again with its class and length (the same note on
        // many actions) would add only needles that are there already: its
        // first copy is enough.
        let mut seen = HashSet::with_capacity_and_hasher(sources.len(), rustc_hash::FxBuildHasher);
        let sources: Vec<_> = sources
            .into_iter()
            .filter(|s| {
                let (markdown, text) = match s.text {
                    Internal::Plain(t) | Internal::Shown(t) => (false, t),
                    Internal::Markdown(t) => (true, t),
                };
                seen.insert((markdown, text, s.secrecy, s.min_words, s.runs, s.stretches))
            })
            .collect();
        let lists: Vec<(PieceList, Class, bool)> = sources
            .par_iter()
            .map_init(Plain::default, |scratch, s| {
                let class = match s.secrecy {
                    Secrecy::Confidential => Class::Confidential,
                    Secrecy::Unpublished => Class::Unpublished,
                };
                let (raw, text) = match s.text {
                    Internal::Plain(t) | Internal::Shown(t) => (t, std::borrow::Cow::Borrowed(t)),
                    Internal::Markdown(t) => (t, md_plain_words(t)),
                };
                let mut list = candidates(&text, s.min_words, s.runs, s.stretches, scratch);
                if s.runs {
                    list.add_lines(raw, s.min_words, scratch);
                }
                (list, class, s.answer)
            })
            .collect();
        lap("candidates");
        // Every public text, as written (for the hits) and as the page shows
        // it (what it says, for unpublished text; and hits that Markdown
        // hides from the text as written, such as `Vander**meulen**`): listed
        // while the needles are indexed (one core), since it needs none.
        let (_, public) = rayon::join(
            || {
                // Confidential text first: a piece that is also unpublished
                // text keeps the stricter class.
                let (confidential, unpublished): (Vec<_>, Vec<_>) = lists.into_iter().partition(|(_, c, _)| *c == Class::Confidential);
                for (list, class, answer) in confidential.into_iter().chain(unpublished) {
                    guard.add_list(list, class, answer);
                }
                lap("needles");
            },
            || crate::public::public_texts(project),
        );
        lap("public texts listed");
        let (matcher, needles) = (&guard.matcher, &guard.needles[..]);
        // Per text: the hits as written, what it says, and what else it
        // carries (percent-decoded: `mailto:sofie%2Evandermeulen@`).
        // A text repeated as it is (a unit, a department, an indicator's
        // name on many actions) is scanned once: `scans[distinct[i]]` is
        // public text i's.
        // And the hits of the other reading of a text with a superscript
        // or subscript ([`fold_apart`]).
        // And, for a Markdown block, the hashes of its first and last words
        // as the page shows them ([`Guard::across`]).
        type Scan = (Vec<(u32, usize, usize)>, Vec<u32>, Vec<u32>, Vec<(u32, usize, usize)>, Option<(u64, u64)>);
        // Only short texts are looked up (repeated ones are short): hashing
        // and comparing the long ones cost more than their rare repeats.
        const REPEATED_UP_TO: usize = 256;
        let mut first: HashMap<(&str, Option<&str>), usize, rustc_hash::FxBuildHasher> =
            HashMap::with_capacity_and_hasher(public.len(), rustc_hash::FxBuildHasher);
        let mut firsts: Vec<&PublicText> = Vec::with_capacity(public.len());
        let distinct: Vec<usize> = public
            .iter()
            .map(|t| {
                let mut add = || {
                    firsts.push(t);
                    firsts.len() - 1
                };
                if t.text.len() + t.shown.map_or(0, str::len) > REPEATED_UP_TO {
                    return add();
                }
                *first.entry((t.text, t.shown)).or_insert_with(add)
            })
            .collect();
        let scans: Vec<Scan> = firsts
            .par_iter()
            .map_init(
                || (Plain::default(), Plain::default(), Vec::new()),
                |(raw, shown, sums), t| {
                    fold_into(t.text, false, true, raw);
                    let as_written = checked(needles, t.text, Mode::Glued, matcher.find_with(raw, sums));
                    // Most blocks show the words as written: told without
                    // folding the text as shown where only separators differ
                    // (not worth a look where a link's address is left out).
                    let shows_as_written = match t.shown {
                        None => true,
                        Some(text) if !t.text.contains("](") && same_chunks(t.text, text) => true,
                        Some(text) => {
                            fold_into(text, false, true, shown);
                            shown.text == raw.text
                        }
                    };
                    // What the page shows, before `shown` holds another reading.
                    let shown_says = (!shows_as_written).then(|| {
                        let text = t.shown.unwrap_or(t.text);
                        checked(needles, text, Mode::Glued, matcher.find_with(shown, sums))
                    });
                    let ends = t.shown.and_then(|_| {
                        let words = if shows_as_written { &raw.words } else { &shown.words };
                        Some((words.first()?.1, words.last()?.1))
                    });
                    let apart = if has_raised(t.text) {
                        fold_apart(t.text, false, true, shown);
                        checked(needles, t.text, Mode::Apart, matcher.find_with(shown, sums))
                    } else {
                        Vec::new()
                    };
                    let mut said: Vec<u32> = match shown_says {
                        None => as_written.iter().chain(&apart).map(|f| f.0).collect(),
                        Some(says) => says.into_iter().map(|f| f.0).collect(),
                    };
                    if let Some(text) = t.shown.filter(|s| !shows_as_written && has_raised(s)) {
                        fold_apart(text, false, true, shown);
                        said.extend(checked(needles, text, Mode::Apart, matcher.find_with(shown, sums)).into_iter().map(|f| f.0));
                    }
                    let mut carried: Vec<u32> = if has_percent_escape(t.text) {
                        let decoded = percent_encoding::percent_decode_str(t.text).decode_utf8_lossy();
                        fold_into(&decoded, false, true, shown);
                        checked(needles, &decoded, Mode::Glued, matcher.find_with(shown, sums)).into_iter().map(|f| f.0).collect()
                    } else {
                        Vec::new()
                    };
                    // A Markdown block with a picture's text, a title or a
                    // table: as its HTML reads in place and row by row
                    // (what `build` reads of the page).
                    if t.shown.is_some()
                        && let Some(html) = crate::model::markdown::guard_html(t.text)
                    {
                        if titled(&html) {
                            fold_in_place(&html, false, true, shown);
                            carried.extend(checked(needles, &html, Mode::InPlace, matcher.find_with(shown, sums)).into_iter().map(|f| f.0));
                        }
                        for (_, pairs) in rows(&html) {
                            let found = matcher.find_with(&plain_words(&pairs), sums);
                            carried.extend(checked(needles, &pairs, Mode::Glued, found).into_iter().map(|f| f.0));
                        }
                    }
                    // An `@` between letters read as an `a` (`V@ndermeulen`).
                    for (_, spot) in at_spots(t.text) {
                        fold_into(&spot, false, true, shown);
                        carried.extend(checked(needles, &spot, Mode::Glued, matcher.find_with(shown, sums)).into_iter().map(|f| f.0));
                    }
                    (as_written, said, carried, apart, ends)
                },
            )
            .collect();
        lap("public texts scanned");
        let mut said = vec![false; guard.matcher.patterns.len()];
        for (_, says, _, _, _) in &scans {
            says.iter().for_each(|&p| said[p as usize] = true);
        }
        for (pattern, needle) in guard.needles.iter_mut().enumerate() {
            if needle.class == Class::Unpublished {
                needle.active = !said[pattern];
            }
        }
        // A stretch of an internal quote that a public quote says too: the
        // answers to one question share their words.
        if guard.needles.iter().any(|n| n.answer) {
            for (t, &k) in public.iter().zip(&distinct) {
                if t.answer {
                    let (as_written, says, carried, apart, _) = &scans[k];
                    let found = as_written.iter().chain(apart).map(|f| f.0).chain(says.iter().chain(carried).copied());
                    for p in found {
                        let needle = &mut guard.needles[p as usize];
                        if needle.answer {
                            needle.active = false;
                        }
                    }
                }
            }
        }
        for (paragraph, sentences) in &guard.paragraphs {
            if sentences.iter().all(|&s| said[s as usize]) {
                guard.needles[*paragraph as usize].active = false;
            }
        }
        let mut leaks: Vec<Option<Leak>> = public
            .par_iter()
            .zip(&distinct)
            .map(|(t, &k)| {
                let (as_written, says, carried, apart, _) = &scans[k];
                let mut found = guard.ranges(t.text, as_written, Mode::Glued);
                found.extend(guard.ranges(t.text, apart, Mode::Apart));
                let mut hits = guard.hits_at(t.text, found.into_iter());
                // What only the page shows (a name split by emphasis) or a
                // link carries: at the whole text.
                let seen: HashSet<&str> = hits.iter().map(|h| h.needle.as_str()).collect();
                let mut hidden: Vec<Hit> = guard
                    .hits_at(t.text, says.iter().chain(carried).map(|&p| (p, 0..t.text.len())))
                    .into_iter()
                    .filter(|h| !seen.contains(h.needle.as_str()))
                    .collect();
                hits.append(&mut hidden);
                (!hits.is_empty()).then(|| Leak { pos: t.pos, text_len: t.text.len(), subject: t.subject.to_owned(), hits })
            })
            .collect();
        // A block after another: the end of the one and the start of the
        // other read together, as the page joins them, reported at the
        // second block when neither reports it.
        let across: Vec<(usize, Vec<Hit>)> = public
            .par_iter()
            .enumerate()
            .filter(|(_, t)| t.follows.is_some())
            .map_init(
                || (Plain::default(), Vec::new()),
                |(p, sums), (j, t)| {
                    let i = t.follows?;
                    let ((_, last), (first, _)) = (scans[distinct[i]].4?, scans[distinct[j]].4?);
                    let (word, bit) = pair_bit(last, first);
                    if guard.pairs[word] & bit == 0 {
                        return None;
                    }
                    let a = &public[i];
                    let found = guard.across(a.shown.unwrap_or(a.text), t.shown.unwrap_or(t.text), p, sums);
                    if found.is_empty() {
                        return None;
                    }
                    let reported: HashSet<&str> =
                        [i, j].iter().filter_map(|&k| leaks[k].as_ref()).flat_map(|l| l.hits.iter().map(|h| h.needle.as_str())).collect();
                    let hits: Vec<Hit> = guard
                        .hits_at(t.text, found.into_iter().map(|p| (p, 0..t.text.len())))
                        .into_iter()
                        .filter(|h| !reported.contains(h.needle.as_str()))
                        .collect();
                    (!hits.is_empty()).then_some((j, hits))
                },
            )
            .flatten()
            .collect();
        for (j, mut hits) in across {
            let t = &public[j];
            match &mut leaks[j] {
                Some(leak) => leak.hits.append(&mut hits),
                None => leaks[j] = Some(Leak { pos: t.pos, text_len: t.text.len(), subject: t.subject.to_owned(), hits }),
            }
        }
        guard.leaks = leaks.into_iter().flatten().collect();
        lap("leaks");
        guard
    }

    /// The needles of names and confidential text (not cut stretches:
    /// their cut is not known here) found across the end of block `a` and
    /// the start of block `b` (each as the page shows it), read together:
    /// the last [`ACROSS_WORDS`] words of the one and the first of the
    /// other. Each starts in the one and ends in the other. `p` and `sums`
    /// are scratch.
    fn across(&self, a: &str, b: &str, p: &mut Plain, sums: &mut Vec<u64>) -> Vec<u32> {
        let mut head = Plain::default();
        fold_into(&b[..first_words(b, ACROSS_WORDS)], false, true, &mut head);
        fold_into(&a[last_words(a, ACROSS_WORDS)..], false, true, p);
        if p.words.is_empty() || head.words.is_empty() {
            return Vec::new();
        }
        let (starts, h0) = (p.words.len(), p.text.len() + 1);
        p.text.push(' ');
        p.text.push_str(&head.text);
        p.words.extend(head.words.iter().map(|&(at, h)| (at + h0, h)));
        let mut found: Vec<u32> = self
            .matcher
            .find_starting(p, starts, sums)
            .into_iter()
            .filter(|&(n, _, e)| {
                let needle = &self.needles[n as usize];
                e > h0 && needle.active && needle.cut == Cut::None && needle.class != Class::Unpublished
            })
            .map(|f| f.0)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The name cut by a hyphen ([`names::cuts`]): needles found only where
    /// a hyphen stands in the hit (a cut that is another needle already
    /// stays that needle).
    fn add_cuts(&mut self, name: &str) {
        let before = self.needles.len();
        for cut in names::cuts(name) {
            self.add(Pattern::new(plain_words(&cut)), Class::Name, name);
        }
        self.needles[before..].iter_mut().for_each(|n| n.hyphen = true);
    }

    /// One needle: a pattern, and the text as written that a hit shows.
    fn add(&mut self, pattern: Pattern, class: Class, shown: &str) {
        let mut list = PieceList::default();
        list.push(&pattern, shown);
        self.add_list(list, class, false);
    }

    /// The pieces of a list, as needles of one class (a piece whose pattern
    /// is already a needle keeps that needle). The list's string is kept as
    /// it is, as a chunk of the matcher.
    /// With `answer`, its stretches are an internal quote's ([`Needle::answer`]).
    fn add_list(&mut self, list: PieceList, class: Class, answer: bool) {
        let PieceList { text, pieces } = list;
        let chunk = self.matcher.add_chunk(text);
        let at = |[start, end]: [u32; 2]| Loc { chunk, start, end };
        let mut added = false;
        let mut numbers: Vec<u32> = Vec::with_capacity(pieces.len());
        for p in pieces {
            // A name's last word may have digits or a genitive `s` glued
            // to it, unless it is an initial or a letter of a name written
            // letter by letter.
            let suffixed = class == Class::Name && {
                let plain = &self.matcher.chunks[chunk as usize][p.plain[0] as usize..p.plain[1] as usize];
                plain.rsplit(' ').next().unwrap_or("").len() >= 3
            };
            let Some((number, new)) = self.matcher.insert(p.key, at(p.plain), p.run, suffixed) else { continue };
            if new {
                debug_assert_eq!(number as usize, self.needles.len());
                if class != Class::Unpublished && !p.run && !p.stretch {
                    let plain = &self.matcher.chunks[chunk as usize][p.plain[0] as usize..p.plain[1] as usize];
                    let mut words = plain.split(' ').map(|w| word_hash(w.as_bytes()));
                    if let Some(mut before) = words.next() {
                        for w in words {
                            let (word, bit) = pair_bit(before, w);
                            self.pairs[word] |= bit;
                            before = w;
                        }
                    }
                }
                self.needles.push(Needle {
                    class,
                    shown: at(p.shown),
                    active: true,
                    run: p.run || p.stretch,
                    hyphen: false,
                    cut: p.cut,
                    answer: answer && p.stretch,
                });
                added = true;
                let parts = usize::from(p.parts);
                if class == Class::Unpublished && parts > 0 && numbers.len() >= parts {
                    self.paragraphs.push((number, numbers[numbers.len() - parts..].to_vec()));
                }
            }
            numbers.push(number);
        }
        if !added {
            // No needle is cut from it.
            self.matcher.chunks.pop();
        }
    }

    /// Every needle in `text` (a whole public file), as whole words, in
    /// order of position.
    /// A text with a superscript or subscript is read both ways
    /// ([`fold_apart`]).
    ///
    /// And with a picture's text or an inline element's title, around each
    /// such element read in place ([`fold_in_place`]); and each table row
    /// whose cells hold two names or more, its cells two by two ([`rows`]).
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let n = &self.needles[..];
        let mut found = self.ranges(text, &checked(n, text, Mode::Glued, self.matcher.find(&plain_words(text))), Mode::Glued);
        let mut p = Plain::default();
        if has_raised(text) {
            fold_apart(text, false, true, &mut p);
            found.extend(self.ranges(text, &checked(n, text, Mode::Apart, self.matcher.find(&p)), Mode::Apart));
        }
        for spot in titled_spots(text) {
            let src = &text[spot.clone()];
            fold_in_place(src, false, true, &mut p);
            let at = self.ranges(src, &checked(n, src, Mode::InPlace, self.matcher.find(&p)), Mode::InPlace);
            found.extend(at.into_iter().map(|(n, r)| (n, r.start + spot.start..r.end + spot.start)));
        }
        for (row, pairs) in rows(text) {
            let at = checked(n, &pairs, Mode::Glued, self.matcher.find(&plain_words(&pairs)));
            found.extend(at.into_iter().map(|(n, _, _)| (n, row.clone())));
        }
        // An `@` between letters read as an `a` (`V@ndermeulen`).
        for (start, spot) in at_spots(text) {
            let at = self.ranges(&spot, &checked(n, &spot, Mode::Glued, self.matcher.find(&plain_words(&spot))), Mode::Glued);
            found.extend(at.into_iter().map(|(n, r)| (n, r.start + start..r.end + start)));
        }
        self.hits_at(text, found.into_iter())
    }

    /// The reported patterns of what the matcher found in the plain form
    /// of `text` (read apart, with `apart`: [`fold_apart`]), at their
    /// original ranges.
    fn ranges(&self, text: &str, found: &[(u32, usize, usize)], mode: Mode) -> Vec<(u32, Range<usize>)> {
        let found: Vec<(u32, usize, usize)> =
            found.iter().copied().filter(|&(pattern, _, _)| self.needles[pattern as usize].active).collect();
        if found.is_empty() {
            return Vec::new();
        }
        // Only now the original position of every plain byte.
        let mut p = Plain::default();
        match mode {
            Mode::Apart => fold_apart(text, true, false, &mut p),
            Mode::InPlace => fold_in_place(text, true, false, &mut p),
            Mode::Glued => p = plain(text),
        }
        // A hit that runs from the text into what is read after it (an
        // attribute, a superscript) ends before it starts: its range is
        // from the first of its bytes to the last.
        found
            .into_iter()
            .map(|(pattern, s, e)| {
                let (a, b) = (p.starts[s], p.ends[e - 1]);
                (pattern, a.min(b)..a.max(b))
            })
            .collect()
    }

    /// Hits of the reported patterns at original ranges, in order, without
    /// repeats. Overlapping runs of one note are one hit (the stretch
    /// copied), and a run inside the hit of a whole sentence is that hit.
    fn hits_at(&self, text: &str, found: impl Iterator<Item = (u32, Range<usize>)>) -> Vec<Hit> {
        let hyphen = |r: &Range<usize>| text.get(r.clone()).is_some_and(|t| t.contains(['-', '\u{2010}', '\u{2011}']));
        let mut found: Vec<(u32, Range<usize>)> = found
            .filter(|(pattern, range)| {
                let needle = &self.needles[*pattern as usize];
                needle.active && (!needle.hyphen || hyphen(range))
            })
            .collect();
        found.sort_by_key(|(pattern, range)| (range.start, range.end, *pattern));
        found.dedup();
        // (needle, range in the text, the needle's text as written).
        let mut kept: Vec<(&Needle, Range<usize>, Loc)> = Vec::with_capacity(found.len());
        for (pattern, range) in found {
            let needle = &self.needles[pattern as usize];
            if needle.run
                && let Some((last, last_range, shown)) = kept.last_mut()
                && last.run
                && range.start <= last_range.end
                && shown.chunk == needle.shown.chunk
                && (shown.start..=shown.end).contains(&needle.shown.start)
            {
                last_range.end = last_range.end.max(range.end);
                shown.end = shown.end.max(needle.shown.end);
                continue;
            }
            kept.push((needle, range, needle.shown));
        }
        // A run that overlaps the hit of a whole sentence or paragraph
        // widens that hit: one copied stretch, one hit.
        let (runs, mut kept): (Vec<_>, Vec<_>) = kept.into_iter().partition(|(n, _, _)| n.run);
        for (needle, run, shown) in runs {
            match kept.iter_mut().find(|(n, r, _)| !n.run && n.class != Class::Name && r.start < run.end && run.start < r.end) {
                Some((_, r, _)) => *r = r.start.min(run.start)..r.end.max(run.end),
                None => kept.push((needle, run, shown)),
            }
        }
        let mut hits: Vec<Hit> = kept
            .into_iter()
            .map(|(needle, range, shown)| {
                let kind = if needle.class == Class::Name { HitKind::Name } else { HitKind::InternalText };
                Hit { kind, needle: self.matcher.text(shown).to_owned(), range, confidential: needle.class == Class::Confidential }
            })
            .collect();
        hits.sort_by_key(|h| (h.range.start, h.range.end, h.kind));
        hits.dedup();
        hits
    }

    /// The hits in the texts the public site would show
    /// ([`crate::public::public_texts`]), found when the guard was built, in
    /// the order of those texts.
    pub fn leaks(&self) -> &[Leak] {
        &self.leaks
    }

    pub fn needle_count(&self) -> usize {
        self.needles.iter().filter(|n| n.active).count()
    }
}

/// Where the last `n` words of `s` start (words split at whitespace).
fn last_words(s: &str, n: usize) -> usize {
    let b = s.as_bytes();
    let mut i = b.len();
    for _ in 0..n {
        while i > 0 && b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        while i > 0 && !b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the first `n` words of `s` end (words split at whitespace).
fn first_words(s: &str, n: usize) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    for _ in 0..n {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The size of [`Guard::pairs`] in 64-bit words (2^20 bits).
const PAIR_WORDS: usize = 1 << 14;

/// The word and bit of [`Guard::pairs`] for two word hashes.
fn pair_bit(a: u64, b: u64) -> (usize, u64) {
    let h = (a.rotate_left(21) ^ b).wrapping_mul(0xf135_7aea_2e62_a9c5) >> 44;
    ((h / 64) as usize, 1 << (h % 64))
}

/// How many words of each of two blocks one after the other the guard
/// reads together ([`Guard::across`]): a name across them (`Sofie` ⏎⏎
/// `Vandermeulen`) is found.
const ACROSS_WORDS: usize = 8;

/// A text's paragraphs, and the sentences of each paragraph.
#[cfg(test)]
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (para, sentences) in paragraphs(text) {
        if sentences.len() > 1 {
            out.extend(sentences.into_iter().map(|r| para[r].to_owned()));
        }
        out.push(para.into_owned());
    }
    out
}

/// The pieces of an internal text ([`pieces`]) that are long enough to look
/// for, each as a pattern and as written.
/// With `runs`, every run of [`RUN_WORDS`] words of it too.
fn candidates(text: &str, min_words: usize, runs: bool, stretches: bool, scratch: &mut Plain) -> PieceList {
    let mut out = PieceList::default();
    for (para, sentences) in paragraphs(text) {
        out.add_paragraph(&para, &sentences, min_words, scratch);
        if runs {
            out.add_runs(&para, scratch);
        }
        if stretches {
            out.add_stretches(&para, &sentences, scratch);
        }
    }
    // Kept until the guard is built: no room to spare.
    out.text.shrink_to_fit();
    out.pieces.shrink_to_fit();
    out
}

/// A text's paragraphs (split at `\n\n`, whitespace folded to single spaces,
/// empty ones left out), each with the ranges of its sentences.
fn paragraphs(text: &str) -> impl Iterator<Item = (std::borrow::Cow<'_, str>, Vec<Range<usize>>)> + '_ {
    // Split at `\n\n` as `str::split` does (each match left to right, not
    // overlapping), with a searcher made once: this runs for every text.
    static TWO_NEWLINES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\n\n"));
    let mut from = 0;
    let ends = TWO_NEWLINES.find_iter(text.as_bytes()).map(Some).chain(std::iter::once(None));
    let raws = ends.map(move |end| {
        let (start, end) = (from, end.unwrap_or(text.len()));
        from = end + 2;
        &text[start..end]
    });
    raws.filter_map(|raw| {
        let para = if single_spaced(raw) {
            std::borrow::Cow::Borrowed(raw)
        } else {
            let mut para = String::with_capacity(raw.len());
            for word in raw.split_whitespace() {
                if !para.is_empty() {
                    para.push(' ');
                }
                para.push_str(word);
            }
            std::borrow::Cow::Owned(para)
        };
        if para.is_empty() {
            return None;
        }
        let sentences = sentences(&para);
        Some((para, sentences))
    })
}

/// True when `s` is its words joined by single spaces already: no other
/// whitespace, no space at the start or the end, no two in a row.
fn single_spaced(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Searched for with a searcher made once: this runs for every paragraph.
    static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || TWO_SPACES.find(bytes).is_some() {
        return false;
    }
    // Other whitespace is ASCII 9 to 13, or starts with one of these bytes.
    let suspect = |b: u8| u8::from((9..=13).contains(&b)) | u8::from(matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3));
    let mut at = find_byte(bytes, 0, suspect);
    while at < bytes.len() {
        if s[at..].chars().next().is_some_and(char::is_whitespace) {
            return false;
        }
        at = find_byte(bytes, at + 1, suspect);
    }
    true
}

/// The ranges of a paragraph's sentences: each ends at `.`, `!`, `?` or `;`
/// before a space or the end, and is trimmed; empty ones are left out.
fn sentences(para: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = para.as_bytes();
    let mut push = |start: usize, end: usize| {
        let s = &para[start..end];
        let t = s.trim_start();
        let from = start + (s.len() - t.len());
        let to = from + t.trim_end().len();
        if to > from {
            out.push(from..to);
        }
    };
    let mut start = 0;
    // ASCII bytes never occur inside a multi-byte character.
    let mut end_at = |i: usize| {
        if bytes.get(i + 1).is_none_or(|&n| n == b' ') {
            push(start, i + 1);
            start = i + 1;
        }
    };
    // Most paragraphs have no `;`: their sentence ends are looked for with
    // `memchr3` (this runs for every paragraph), the others byte by byte.
    if memchr::memchr(b';', bytes).is_none() {
        memchr::memchr3_iter(b'.', b'!', b'?', bytes).for_each(&mut end_at);
    } else {
        (0..bytes.len()).filter(|&i| matches!(bytes[i], b'.' | b'!' | b'?' | b';')).for_each(&mut end_at);
    }
    push(start, para.len());
    // A minutes label (`Afspraak:`, `Aandachtspunt uit de groep:`) is a
    // sentence of its own: what follows it is copied without it.
    if memchr::memchr(b':', bytes).is_some() {
        let mut cut = Vec::with_capacity(out.len() + 1);
        for r in out {
            match label_end(&para[r.clone()]) {
                Some(colon) => {
                    cut.push(r.start..r.start + colon + 1);
                    cut.push(r.start + colon + 2..r.end);
                }
                None => cut.push(r),
            }
        }
        return cut;
    }
    out
}

/// The most words a minutes label has ([`label_end`]).
const LABEL_WORDS: usize = 4;

/// Where a sentence's label ends: the `:` of a first `: ` that follows one
/// to [`LABEL_WORDS`] words and has words after it (`Afspraak: de
/// aankoopverantwoordelijke vraagt…`). The sentence is single-spaced.
fn label_end(sentence: &str) -> Option<usize> {
    let colon = memchr::memmem::find(sentence.as_bytes(), b": ")?;
    let label = &sentence[..colon];
    let rest = sentence[colon + 2..].trim();
    (!label.trim().is_empty() && label.bytes().filter(|&b| b == b' ').count() < LABEL_WORDS && !rest.is_empty()).then_some(colon)
}

/// `found` (the matcher's hits in `src` read in `mode`) without the hits
/// of a stretch cut at one side ([`Cut`]) where `src` goes on at that side:
/// a confidential sentence without its last words is a hit where the copy
/// ends a sentence or a block, without its first words where it starts one.
fn checked(needles: &[Needle], src: &str, mode: Mode, mut found: Vec<(u32, usize, usize)>) -> Vec<(u32, usize, usize)> {
    if found.iter().all(|f| needles[f.0 as usize].cut == Cut::None) {
        return found;
    }
    let mut p = Plain::default();
    match mode {
        Mode::Apart => fold_apart(src, true, false, &mut p),
        Mode::InPlace => fold_in_place(src, true, false, &mut p),
        Mode::Glued => p = plain(src),
    }
    found.retain(|&(n, s, e)| match needles[n as usize].cut {
        Cut::None => true,
        Cut::End => ends_sentence(src, p.ends[e - 1]),
        Cut::Start => starts_sentence(src, p.starts[s]),
    });
    found
}

/// True when a tag starts at `src[at..]` (`<`) and is no inline element
/// (`</p>`, `<li>`, `<h2>`, `<br>`): a block ends or starts there. `None`
/// when no tag starts there.
fn block_tag(src: &str, at: usize) -> Option<bool> {
    let rest = &src[at..];
    let gt = rest[..rest.len().min(256)].find('>')?;
    let name = rest[1..gt].trim_start_matches('/');
    let end = name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
    let name = name[..end].to_ascii_lowercase();
    (!name.is_empty()).then(|| name == "br" || !fold::INLINE_TAGS.contains(&name.as_str()))
}

/// True when a line (the text right after a line break) starts a block in
/// Markdown: empty (a blank line), or a list item, heading, quotation or
/// table row.
fn line_starts_block(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let b = line.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    b.is_empty()
        || matches!(b[0], b'\n' | b'\r' | b'#' | b'>' | b'|')
        || (matches!(b[0], b'-' | b'*' | b'+') && b.get(1).is_none_or(|&c| c == b' '))
        || (digits > 0 && matches!(b.get(digits), Some(b'.' | b')')))
}

/// True when what `src` holds from `at` on ends a sentence: the end of the
/// text, a sentence's end (`.`, `!`, `?`, `;`, `:`, `…`), a block's end (a
/// blank line, a line that starts a block, a block tag, a table cell's
/// `|`, a JSON string's end), after closing quotes, brackets, emphasis
/// and inline tags.
fn ends_sentence(src: &str, at: usize) -> bool {
    let b = src.as_bytes();
    let mut i = at;
    let mut quote = false;
    while i < b.len() {
        match b[i] {
            b'.' | b'!' | b'?' | b';' | b':' | b'|' => return true,
            b'\n' if line_starts_block(&src[i + 1..]) => return true,
            b' ' | b'\t' | b'\r' | b'\n' | b'*' | b'_' | b'~' | b')' | b']' | b'\'' => i += 1,
            b'"' => {
                quote = true;
                i += 1;
            }
            b',' | b'}' if quote => return true,
            b'<' => match block_tag(src, i) {
                Some(true) => return true,
                Some(false) => i += src[i..].find('>').map_or(1, |k| k + 1),
                None => return false,
            },
            _ => {
                let c = src[i..].chars().next().unwrap_or(' ');
                match c {
                    '…' => return true,
                    '”' | '’' | '»' | '\u{a0}' => i += c.len_utf8(),
                    _ => return false,
                }
            }
        }
    }
    true
}

/// True when what `src` holds before `at` starts a sentence: the start of
/// the text, a sentence's end or a label's `:`, a block's start (a blank
/// line, a list item's marker or a heading's `#` at the start of a line, a
/// block tag, a table cell's `|`), before opening quotes, brackets,
/// emphasis and inline tags.
fn starts_sentence(src: &str, at: usize) -> bool {
    let b = src.as_bytes();
    let mut i = at;
    let line_start = |k: usize| src[..k].trim_end_matches([' ', '\t']).is_empty() || src[..k].trim_end_matches([' ', '\t']).ends_with('\n');
    while i > 0 {
        match b[i - 1] {
            b'.' | b'!' | b'?' | b';' | b':' | b'|' => return true,
            b'\n' => {
                // A blank line before, or a line that starts a block here.
                if src[..i - 1].trim_end_matches([' ', '\t', '\r']).ends_with('\n') || line_starts_block(&src[i..]) {
                    return true;
                }
                i -= 1;
            }
            b'-' | b'+' | b'#' if line_start(i - 1) || b[..i - 1].ends_with(b"#") => return true,
            b' ' | b'\t' | b'\r' | b'*' | b'_' | b'~' | b'(' | b'[' | b'\'' | b'"' => i -= 1,
            b'>' => match src[..i].rfind('<').filter(|&lt| !src[lt..i - 1].contains('>')) {
                Some(lt) => match block_tag(src, lt) {
                    Some(true) => return true,
                    _ => i = lt,
                },
                // A quotation's `>` at the start of a line.
                None => return line_start(i - 1),
            },
            _ => {
                let c = src[..i].chars().next_back().unwrap_or(' ');
                match c {
                    '“' | '‘' | '«' | '„' | '\u{a0}' => i -= c.len_utf8(),
                    _ => return false,
                }
            }
        }
    }
    true
}

/// The table rows of an HTML text (`<tr>`, lowercase or uppercase) whose
/// cells hold two values or more that may be a given name or a surname
/// ([`name_like`]): each row's range, and those values two by two, a line
/// each (as the asset reader reads a CSV record): `| Sofie | Milieudienst |
/// Vandermeulen |` is read `Sofie Vandermeulen`, a column between or not.
/// Only pairs: the values are never run together.
fn rows(html: &str) -> Vec<(Range<usize>, String)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let Some(first) = [memchr::memmem::find(b, b"<tr"), memchr::memmem::find(b, b"<TR")].into_iter().flatten().min() else {
        return out;
    };
    // The starts of the tags `<name` (either case) at or after `from`.
    let tag_at = |i: usize, name: &[u8]| {
        b.get(i + 1..i + 1 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && b.get(i + 1 + name.len()).is_none_or(|&c| c == b'>' || c.is_ascii_whitespace())
    };
    let lts: Vec<usize> = memchr::memchr_iter(b'<', &b[first..]).map(|i| i + first).collect();
    let mut k = 0;
    while k < lts.len() {
        if !tag_at(lts[k], b"tr") {
            k += 1;
            continue;
        }
        let row_start = lts[k];
        k += 1;
        let mut values: Vec<String> = Vec::new();
        let mut cell: Option<usize> = None;
        let mut row_end = html.len();
        let close = |cell: &mut Option<usize>, at: usize, values: &mut Vec<String>| {
            if let Some(from) = cell.take() {
                let v = cell_text(&html[from..at]);
                if name_like(&v) && values.len() < 16 {
                    values.push(v);
                }
            }
        };
        while k < lts.len() {
            let i = lts[k];
            if tag_at(i, b"tr") || tag_at(i, b"/tr") || tag_at(i, b"/table") || tag_at(i, b"table") {
                row_end = i;
                break;
            }
            if tag_at(i, b"td") || tag_at(i, b"th") {
                close(&mut cell, i, &mut values);
                cell = memchr::memchr(b'>', &b[i..]).map(|e| i + e + 1);
            } else if tag_at(i, b"/td") || tag_at(i, b"/th") {
                close(&mut cell, i, &mut values);
            }
            k += 1;
        }
        close(&mut cell, row_end, &mut values);
        if values.len() >= 2 {
            let mut pairs = String::new();
            for (i, a) in values.iter().enumerate() {
                for v in &values[i + 1..] {
                    pairs.push_str(a);
                    pairs.push(' ');
                    pairs.push_str(v);
                    pairs.push('\n');
                }
            }
            out.push((row_start..row_end, pairs));
        }
    }
    out
}

/// The text of a table cell: its tags left out (entities as they are: the
/// fold decodes them), trimmed.
fn cell_text(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        out.push(' ');
        rest = rest[lt..].find('>').map_or("", |gt| &rest[lt + gt + 1..]);
    }
    out.push_str(rest);
    out.trim().to_owned()
}

/// A cell value that may be a given name or a surname: one to four words
/// of letters (and `-`, `'`, `.`, or an entity), no digits.
fn name_like(value: &str) -> bool {
    let letters = value.chars().filter(|c| c.is_alphabetic()).count();
    (2..=80).contains(&value.len())
        && letters >= 2
        && value.split_whitespace().count() <= 4
        && value.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '&' | '#' | ';'))
}

/// True when `text` has a percent escape (`%2E`): an address may spell a
/// name that way.
fn has_percent_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'%', bytes).any(|i| bytes.get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{md_plain, md_plain_blocks};

    fn guard(names: &[&str], internal: &[&str]) -> Guard {
        let mut g = Guard {
            needles: Vec::new(),
            matcher: Matcher::default(),
            paragraphs: Vec::new(),
            leaks: Vec::new(),
            pairs: vec![0; PAIR_WORDS],
        };
        for n in names {
            for v in names::variants(n) {
                g.add(Pattern::new(plain_words(&v)), Class::Name, n);
            }
            g.add_cuts(n);
        }
        for t in internal {
            for p in pieces(t) {
                g.add(Pattern::new(plain_words(&p)), Class::Confidential, &p);
            }
        }
        g
    }

    /// Round 24 (N4): a minutes label is a sentence of its own, so what
    /// follows it is a whole sentence too.
    #[test]
    fn a_minutes_label_is_a_sentence_of_its_own() {
        let para = "De scan werd ingevuld. Grootste discussie: mogen we het statuut tonen? Afspraak: de aankoopverantwoordelijke vraagt het attest op.";
        let got: Vec<&str> = sentences(para).into_iter().map(|r| &para[r]).collect();
        assert_eq!(
            got,
            [
                "De scan werd ingevuld.",
                "Grootste discussie:",
                "mogen we het statuut tonen?",
                "Afspraak:",
                "de aankoopverantwoordelijke vraagt het attest op."
            ]
        );
        // Five words before the colon are no label; a time has no `: `.
        let long = "Dit zijn echt heel veel woorden: een zin.";
        assert_eq!(sentences(long), vec![0..long.len()]);
        assert_eq!(label_end("Om 10:30 begint het."), None);
        let g = guard(&[], &["Afspraak: de aankoopverantwoordelijke vraagt het hernieuwingsattest op."]);
        assert_eq!(g.scan("<p>De aankoopverantwoordelijke vraagt het hernieuwingsattest op.</p>").len(), 1);
    }

    /// Round 24 (N4): a sentence of a session summary without its first or
    /// its last words (eight words or more) is found where the public copy
    /// is cut there too; a public sentence that says a decision again after
    /// a subject of its own, or goes on differently, is no hit.
    #[test]
    fn a_confidential_sentence_without_its_first_or_last_words_is_found_where_the_copy_is_cut() {
        let summary = "Aandachtspunt uit de groep: de werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur en vallen niet in de strooiperiode.\n\nAfspraak: de Milieudienst verzamelt tegen half november het meerjarenplan, de beleidsnota's en de dienstplannen voor de inventaris.";
        let mut g = guard(&[], &[]);
        g.add_list(candidates(summary, MIN_WORDS, false, true, &mut Plain::default()), Class::Confidential, false);
        for text in [
            "<p>De werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur en vallen niet in de strooiperiode.</p>",
            "<p>Intro. De werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur.</p>",
            "<h2>De werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur</h2><p>En meer.</p>",
            "De werkdruk bij de <b>Technische dienst</b> is hoog",
            "<li>dus de sessies blijven beperkt tot drie uur en vallen niet in de strooiperiode.</li>",
            "<p>Zo is het. Verzamelt tegen half november het meerjarenplan, de beleidsnota's en de dienstplannen voor de inventaris.</p>",
            "- verzamelt tegen half november het meerjarenplan, de beleidsnota's en de dienstplannen voor de inventaris",
            "{\"body\": \"De werkdruk bij de Technische dienst is hoog, dus de sessies blijven\", \"x\": 1}",
        ] {
            let hits = g.scan(text);
            assert_eq!(hits.len(), 1, "{text}: {hits:?}");
            assert!(hits[0].confidential);
        }
        for text in [
            "<p>Ons team verzamelt tegen half november het meerjarenplan, de beleidsnota's en de dienstplannen voor de inventaris.</p>",
            "<p>De werkdruk bij de Technische dienst is hoog, dus de sessies blijven beperkt tot drie uur per week.</p>",
            "<p>De sessies blijven beperkt tot drie uur.</p>",
            "<p>Tegen half november verzamelen we de dienstplannen voor de inventaris.</p>",
        ] {
            assert!(g.scan(text).is_empty(), "{text}");
        }
    }

    /// Round 24 (N4, attack 11): an internal quote with one word inside
    /// left out is found anywhere, as the whole sentence is.
    #[test]
    fn a_quote_with_one_word_left_out_is_found() {
        let quote = "Het traject kwam net na de verkiezingen. Als nieuwe schepen kreeg ik zo in een paar maanden een beeld van de hele organisatie.";
        let mut g = guard(&[], &[]);
        g.add_list(candidates(quote, MIN_WORDS, false, true, &mut Plain::default()), Class::Confidential, true);
        let text = "<p>Als nieuwe schepen kreeg ik zo in een paar maanden een beeld van de organisatie, zegt een betrokkene.</p>";
        let hits = g.scan(text);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].needle, "Als nieuwe schepen kreeg ik zo in een paar maanden een beeld van de hele organisatie.");
        assert!(g.scan("<p>Als nieuwe schepen kreeg ik een beeld van de organisatie.</p>").is_empty());
    }

    /// Round 24 (side finding): the end of one block and the start of the
    /// next, read together, show a name that neither holds alone.
    #[test]
    fn a_name_across_two_blocks_is_found_read_together() {
        let g = guard(&["Sofie Vandermeulen"], &[]);
        let (mut p, mut sums) = (Plain::default(), Vec::new());
        let name = plain_words("Sofie Vandermeulen");
        let (word, bit) = pair_bit(name.words[0].1, name.words[1].1);
        assert_ne!(g.pairs[word] & bit, 0);
        let found = g.across("Vragen? Contacteer Sofie", "Vandermeulen van de Milieudienst helpt u graag verder.", &mut p, &mut sums);
        assert_eq!(found.len(), 1);
        // A name inside one block is that block's; other words meet no name.
        assert!(g.across("Contact: Sofie Vandermeulen", "Milieudienst helpt.", &mut p, &mut sums).is_empty());
        assert!(g.across("Contacteer Sofie", "Peeters helpt.", &mut p, &mut sums).is_empty());
        assert_eq!(last_words("een twee  drie\n", 2), 4);
        assert_eq!(first_words(" een twee drie", 2), 9);
    }

    /// Round 23 (R2): a picture's alt in place, a title after its
    /// element's text, found by `scan` at the element.
    #[test]
    fn a_name_across_a_picture_or_a_title_and_the_text_beside_it_is_found() {
        let g = guard(&["Sofie Vandermeulen", "Pieter Claeys"], &[]);
        let pad = "<p>Een lange inleiding over het maaibeheer van de bermen in de gemeente, jaar na jaar.</p>".repeat(5);
        for html in [
            "<p>Contactpersoon: <img src=\"../assets/px.png\" alt=\"Sofie\"> Vandermeulen, Milieudienst.</p>",
            "<p>Contact: <abbr title=\"Claeys\">Pieter C.</abbr>, Secretariaat.</p>",
            "<p>Contact: <a href=\"https://www.lindebeek.be/x\" title=\"Vandermeulen\">Sofie V.</a>, dienst.</p>",
        ] {
            let text = format!("{pad}{html}{pad}");
            let hits = g.scan(&text);
            assert_eq!(hits.len(), 1, "{html}");
            assert_eq!(hits[0].kind, HitKind::Name);
            let r = hits[0].range.clone();
            assert!(r.start >= pad.len() && r.end <= pad.len() + html.len(), "{html}: {:?}", &text[r]);
        }
        // A title that is no surname, a picture of something else.
        assert!(g.scan("<p>Contact: <abbr title=\"Milieudienst\">MD</abbr>, Sofie.</p><img alt=\"Sofie\" src=x> in de berm").is_empty());
    }

    /// Round 23 (R1): a table row's cells two by two, a column between.
    #[test]
    fn a_name_across_a_table_row_is_found() {
        let g = guard(&["Sofie Vandermeulen"], &[]);
        let row = "<tr><td>Sofie</td><td>Milieudienst</td><td>Vandermeulen</td></tr>";
        let text = format!("<table><thead><tr><th>Voornaam</th><th>Dienst</th><th>Naam</th></tr></thead><tbody>{row}</tbody></table>");
        let hits = g.scan(&text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].range.clone()], row.trim_end_matches("</tr>"));
        // Two rows: no pair across them; a cell with digits is no name.
        assert!(
            g.scan("<table><tr><td>Sofie</td><td>Milieu</td></tr><tr><td>Bermen</td><td>2024 Vandermeulen</td></tr></table>").is_empty()
        );
        assert_eq!(rows("<TR><TD>Sofie <b>A</b></TD><TD>x1</TD><TD>Van der Meulen</TD>")[0].1, "Sofie  A Van der Meulen\n");
        assert!(rows("<p>geen tabel</p>").is_empty());
    }

    #[test]
    fn hits_are_whole_words_with_original_ranges() {
        let g = guard(&["Sofie Vandermeulen", "Tom Baeten"], &[]);
        // `Baetenslaan` is another word than `Baeten` (a genitive `s` or
        // digits glued to it would not be: see below).
        let text = "<td>SOFIE   Vandermeulen</td><td>Tom Baetenslaan</td>";
        let hits = g.scan(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].range.clone()], "SOFIE   Vandermeulen");
        assert_eq!(hits[0].kind, HitKind::Name);
        assert!(g.scan("Atom Baeten").is_empty());
        assert_eq!(g.scan("tom baeten, sofie vandermeulen").len(), 2);
    }

    /// Digits or a genitive `s` glued to a name's last word leave it the
    /// name; a longer word, or one glued to an initial, does not.
    #[test]
    fn a_name_with_digits_or_a_genitive_glued_to_it_is_found() {
        let g = guard(&["Sofie Vandermeulen", "Pieter Claeys"], &[]);
        for text in [
            "Sofie Vandermeulens planning staat online.",
            "Sofie Vandermeulen's planning.",
            "Mail sofie.vandermeulen85@gmail.com nu.",
            "pieterclaeys1970@telenet.be",
            "<a href=\"../contact-sofie-vandermeulen2/\">Contact</a>",
            "assets/cv-sofie-vandermeulen2.svg",
            "Contact: Sofie Vanderme-ulen, Milieudienst.",
            "Contact: Sofie Vanderme-\nulen, Milieudienst.",
        ] {
            let hits = g.scan(text);
            assert!(hits.iter().any(|h| h.kind == HitKind::Name), "not found in {text:?}");
        }
        let hits = g.scan("x Sofie Vandermeulens y");
        assert_eq!(&"x Sofie Vandermeulens y"[hits[0].range.clone()], "Sofie Vandermeulen");
        for text in [
            "Sofie Vandermeulenstraat",
            "Sofie Vandermeulen2025x",
            "Vandermeulen Sol",
            "Sofie Vandermeulen12345",
            "Sofie Vanderme ulen",
            "Sofie Vanderme\u{2009}ulen",
        ] {
            assert!(g.scan(text).is_empty(), "found in {text:?}");
        }
    }

    /// A superscript glued to a word of a name or of a note does not hide
    /// it (the text is also read with the superscript after it), and one
    /// inside a word does not either (read glued).
    #[test]
    fn a_superscript_glued_to_a_name_or_a_note_does_not_hide_it() {
        let note = "Nieuwe meterstanden wachten op de koppeling met het energieplatform van de netbeheerder. De ICT-dienst verwacht die pas in december; tot dan geen nieuwe meting in het dashboard.";
        let mut g = guard(&["Sofie Vandermeulen"], &[]);
        g.add_list(candidates(note, MIN_WORDS, true, false, &mut Plain::default()), Class::Confidential, false);
        let text = "<p>Contact: Sofie Vandermeulen<sup>1</sup>, Milieudienst.</p>";
        let hits = g.scan(text);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(&text[hits[0].range.clone()], "Sofie Vandermeulen");
        assert_eq!(g.scan("Sofie Vander<sup>meulen</sup>").len(), 1);
        let page = "<p>Nieuwe meterstanden wachten op<sup>1</sup> de koppeling met het energieplatform<sup>2</sup> van de netbeheerder. De ICT-dienst<sup>3</sup> verwacht die pas in december; tot<sup>4</sup> dan geen nieuwe meting in<sup>5</sup> het dashboard.</p>";
        let hits = g.scan(page);
        assert!(!hits.is_empty() && hits.iter().all(|h| h.kind == HitKind::InternalText), "{hits:?}");
        assert!(hits.iter().any(|h| page[h.range.clone()].starts_with("Nieuwe meterstanden")), "{hits:?}");
    }

    /// A note with a small capital or an open `e` for a letter in every
    /// few words is the note.
    #[test]
    fn a_note_with_small_capitals_is_found() {
        let note = "Nieuwe meterstanden wachten op de koppeling met het energieplatform van de netbeheerder. De ICT-dienst verwacht die pas in december; tot dan geen nieuwe meting in het dashboard.";
        let mut g = guard(&[], &[]);
        g.add_list(candidates(note, MIN_WORDS, true, false, &mut Plain::default()), Class::Confidential, false);
        let page = "Nieuwe meterstanden wachten op de kopp\u{1d07}ling met het energieplatform van de netbeheerd\u{1d07}r. De ICT-dienst verwacht die p\u{1d00}s in december; tot dan geen ni\u{25b}uwe meting in het dashboard.";
        assert!(!g.scan(page).is_empty());
    }

    #[test]
    fn a_stretch_of_a_note_is_one_hit_quotes_included() {
        let mut g = Guard {
            needles: Vec::new(),
            matcher: Matcher::default(),
            paragraphs: Vec::new(),
            leaks: Vec::new(),
            pairs: vec![0; PAIR_WORDS],
        };
        let note = "Volgens de aannemer zijn de palen langs de Kerkstraat verroest en dat kost veel meer. \
                    De lijn “wij vervangen alle palen langs de markt tegen de zomer van 2027” klopt niet.";
        g.add_list(candidates(note, MIN_WORDS, true, false, &mut Plain::default()), Class::Confidential, false);
        // Ten words of the first sentence, inside a public sentence: one hit, the stretch.
        let text = "<p>Nieuws: de aannemer zijn de palen langs de Kerkstraat verroest en vervangen.</p>";
        let hits = g.scan(text);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(&text[hits[0].range.clone()], "de aannemer zijn de palen langs de Kerkstraat verroest en");
        assert_eq!(hits[0].needle, "de aannemer zijn de palen langs de Kerkstraat verroest en");
        assert!(hits[0].confidential);
        // Seven words are not enough; what the note quotes is its text too.
        assert!(g.scan("de palen langs de Kerkstraat verroest en").is_empty());
        let quoted = "Wij vervangen alle palen langs de markt tegen de zomer van 2027.";
        assert_eq!(g.scan(quoted).len(), 1);
        // Without runs (an internal claim), only whole sentences are needles.
        let mut g = Guard {
            needles: Vec::new(),
            matcher: Matcher::default(),
            paragraphs: Vec::new(),
            leaks: Vec::new(),
            pairs: vec![0; PAIR_WORDS],
        };
        g.add_list(candidates(note, MIN_WORDS, false, false, &mut Plain::default()), Class::Confidential, false);
        assert!(g.scan(text).is_empty());
    }

    #[test]
    fn internal_sentences_are_found_in_html() {
        let g = guard(&[], &["Budget nog niet goedgekeurd door het college. Kort."]);
        let text = "<p>Het <strong>budget</strong> nog niet goedgekeurd door het college &amp; meer</p>";
        let hits = g.scan(text);
        assert!(hits.iter().any(|h| h.kind == HitKind::InternalText && h.needle.starts_with("Budget")));
        assert_eq!(&text[hits[0].range.clone()], "budget</strong> nog niet goedgekeurd door het college");
    }

    /// A small deterministic generator (xorshift), so the test needs no crate.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// Every whole-word occurrence of every pattern, the slow and obvious way.
    fn naive(patterns: &[String], text: &str) -> Vec<(u32, usize, usize)> {
        let mut out = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (n, p) in patterns.iter().enumerate() {
            if p.is_empty() || seen.contains(&p.as_str()) {
                continue;
            }
            seen.push(p);
            let mut from = 0;
            while let Some(k) = text[from..].find(p.as_str()) {
                let (s, e) = (from + k, from + k + p.len());
                if (s == 0 || text.as_bytes()[s - 1] == b' ') && (e == text.len() || text.as_bytes()[e] == b' ') {
                    out.push((n as u32, s, e));
                }
                from = s + text[s..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out.sort_unstable();
        out
    }

    /// The hashed matcher finds exactly what a naive whole-word search finds:
    /// patterns of one to nine words from a tiny vocabulary (so that first
    /// words and first-four-word keys are shared, patterns repeat, and one
    /// pattern contains another), in texts made of the same words.
    #[test]
    fn matcher_agrees_with_a_naive_search() {
        let words = ["de", "raad", "keurt", "het", "budget", "niet", "goed", "a", "ab", "abcdefghij", "écoles", "co2"];
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for round in 0..300 {
            let phrase = |rng: &mut Rng, max: usize| -> String {
                let n = 1 + rng.below(max);
                (0..n).map(|_| words[rng.below(words.len())]).collect::<Vec<_>>().join(" ")
            };
            let patterns: Vec<String> = (0..1 + rng.below(40)).map(|_| phrase(&mut rng, 9)).collect();
            let mut m = Matcher::default();
            let mut numbers = Vec::new();
            for p in &patterns {
                let Pattern { text, key } = Pattern::new(plain_words(p));
                let end = u32::try_from(text.len()).expect("short");
                let chunk = m.add_chunk(text);
                numbers.push(m.insert(key, Loc { chunk, start: 0, end }, false, false).filter(|n| n.1));
            }
            // `insert` numbers the distinct patterns in order.
            let distinct: Vec<String> =
                patterns.iter().zip(&numbers).filter(|(_, n)| n.is_some()).map(|(p, _)| plain_words(p).text).collect();
            for _ in 0..5 {
                let text = phrase(&mut rng, 60);
                let mut found = m.find(&plain_words(&text));
                found.sort_unstable();
                assert_eq!(found, naive(&distinct, &plain_words(&text).text), "round {round}: patterns {distinct:?} in {text:?}");
            }
        }
    }

    /// The pieces the guard indexes (with their plain forms joined from the
    /// sentences', and the sentences cut from their paragraph) are the
    /// pieces of the text long enough, in order, folded one by one.
    #[test]
    fn candidates_are_the_pieces_folded() {
        let texts = [
            "Een twee drie vier. Vijf zes zeven acht!\n\nNegen tien elf twaalf; dertien veertien vijftien zestien",
            "  Spaties   en\ttabs  worden één spatie. Ook hier, echt waar?  ",
            "Met <b>opmaak</b> &amp; entiteiten in de zin. En nog een zin met vier woorden.",
            "Ja. Nee. Een twee drie vier vijf.\n\nKort.\n\n. . Echt? Zes zeven acht negen tien elf.",
            "Een <i>twee. Drie</i> vier vijf. Zes &lt; zeven acht.",
        ];
        for t in texts {
            for min_words in 1..=6 {
                let list = candidates(t, min_words, false, false, &mut Plain::default());
                let want: Vec<(String, String)> = pieces(t)
                    .into_iter()
                    .map(|piece| (plain_words(&piece).text, piece))
                    .filter(|(plain, _)| plain.split(' ').filter(|w| !w.is_empty()).count() >= min_words)
                    .collect();
                assert_eq!(list.texts(), want, "{t:?}, at least {min_words} words");
                for (piece, (plain, _)) in list.pieces.iter().zip(&want) {
                    let key = Pattern::new(plain_words(plain)).key;
                    assert_eq!((piece.key.words, piece.key.key, piece.key.full), (key.words, key.key, key.full), "{plain:?}");
                }
            }
        }
    }

    /// Each block's plain text from one parse of the whole text: the
    /// same as the block on its own, except that a reference link finds its
    /// definition elsewhere in the text.
    #[test]
    fn blocks_made_plain_in_one_parse() {
        let text = "# Titel\n\nEen *zin* met [een link][r].\n\n[r]: https://x.test\n\n- a\n- b\n";
        let facts = crate::model::markdown::analyze(text);
        let blocks = md_plain_blocks(text, &facts.blocks);
        let words: Vec<String> = blocks.iter().map(|b| plain_words(b).text).collect();
        assert_eq!(words, ["tltel", "een zln met een llnk", "a b"]);
    }

    #[test]
    fn sentences_and_paragraphs() {
        assert_eq!(
            pieces("Een twee drie vier. Vijf zes!\n\nZeven"),
            vec!["Een twee drie vier.", "Vijf zes!", "Een twee drie vier. Vijf zes!", "Zeven"]
        );
        let blocks: Vec<String> =
            md_plain("**Vet** en [link](@action/x).\n\n- a\n- b").split("\n\n").filter(|b| !b.is_empty()).map(str::to_owned).collect();
        assert_eq!(blocks, ["Vet en link.", "a", "b"]);
    }

    /// The words of an HTML text as a reader sees them: tags reduced to
    /// their names (attributes are read by the guard, but are not text); a
    /// picture's alt after the words of its block (before the next tag that
    /// is not inline), as [`md_plain`] puts it: a picture splits no word.
    fn page_words(html: &str) -> String {
        let mut bare = String::new();
        let mut alts = String::new();
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            bare.push_str(&rest[..open]);
            let close = rest[open..].find('>').map_or(rest.len(), |k| open + k + 1);
            let tag = &rest[open..close];
            let name_end = tag.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(tag.len());
            let name = tag[1..name_end].trim_start_matches('/').trim_end_matches('/').to_ascii_lowercase();
            if name == "img" {
                if let Some(at) = tag.find(" alt=\"") {
                    let alt = &tag[at + 6..];
                    alts.push(' ');
                    alts.push_str(&alt[..alt.find('"').unwrap_or(alt.len())]);
                    alts.push(' ');
                }
            } else if !fold::INLINE_TAGS.contains(&name.as_str()) {
                bare.push(' ');
                bare.push_str(&std::mem::take(&mut alts));
            }
            bare.push_str(&tag[..name_end]);
            bare.push('>');
            rest = &rest[close..];
        }
        bare.push_str(rest);
        bare.push(' ');
        bare.push_str(&alts);
        plain_words(&bare).text
    }

    struct AnyLink;
    impl crate::render::md::Links for AnyLink {
        fn resolve(&self, kind: &str, target: &str) -> Option<String> {
            Some(format!("{kind}/{target}/"))
        }
    }

    fn markdown() -> impl Strategy<Value = String> {
        let tokens = prop::sample::select(vec![
            "Sofie",
            "Van",
            "der",
            "Meulen",
            "budget",
            "é",
            "e\u{301}",
            " ",
            " ",
            "  ",
            "\t",
            " \t",
            "\n",
            "\n",
            "\n\n",
            "    ",
            "*",
            "**",
            "_",
            "`",
            "``",
            "[a](b)",
            "[de kaart](@action/x)",
            "[x]",
            "(y)",
            "-",
            "- ",
            "+ ",
            "> ",
            "# ",
            "## ",
            "1. ",
            "2) ",
            "&amp;",
            "&shy;",
            "&#65;",
            "\\",
            "\\*",
            "~~",
            "|",
            "---",
            "===",
            ".",
            ",",
            "!",
            "\u{ad}",
            "\u{200b}",
        ]);
        proptest::collection::vec(tokens, 0..40).prop_map(|v| v.concat())
    }

    use proptest::prelude::*;

    proptest! {
        /// The scan for percent escapes that jumps to each `%` agrees with
        /// a look at every three bytes.
        #[test]
        fn percent_escapes_are_found_as_by_a_look_at_every_three_bytes(text in "[a-z %0-9A-Fé]{0,40}") {
            let escape = text.as_bytes().windows(3).any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit());
            prop_assert_eq!(has_percent_escape(&text), escape);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// What the guard takes a Markdown text to say ([`md_plain`], the
        /// parser's text) is what the page shows, word for word.
        #[test]
        fn the_plain_text_of_markdown_is_the_text_the_page_shows(md in markdown()) {
            let html = crate::render::md::render(&md, "../", &AnyLink, "Tabel");
            prop_assert_eq!(plain_words(&md_plain(&md)).text, page_words(&html), "html: {}", html);
        }

        /// The text as shown that a Markdown text's facts keep from the
        /// parse at load is what a parse of its own makes, whole and block by
        /// block: the guard reads the one made at load.
        #[test]
        fn the_shown_text_kept_at_load_is_the_text_made_plain(md in markdown()) {
            let facts = crate::model::markdown::analyze(&md);
            prop_assert_eq!(&facts.shown, &md_plain(&md));
            let kept: Vec<&str> = facts.blocks_shown.iter().map(|r| &facts.shown[r.clone()]).collect();
            prop_assert_eq!(kept, md_plain_blocks(&md, &facts.blocks));
        }

        /// A member's name with random case, accents, look-alike letters
        /// and invisible characters, in random surrounding text, is found.
        #[test]
        fn a_disguised_name_is_found_in_any_text(
            form in prop::sample::select(vec![
                "Sofie Van der Meulen", "Van der Meulen, Sofie", "Vandermeulen Sofie", "S. Vandermeulen", "sofie.vandermeulen@x.be",
            ]),
            disguise in proptest::collection::vec(0u8..8, 40),
            before in "[a-z ,.]{0,30}",
            after in "[a-z ,.]{0,30}",
        ) {
            const INVISIBLE: &[&str] = &["\u{ad}", "&shy;", "\u{200b}", "\u{200c}", "\u{200d}", "\u{200e}", "\u{2060}", "<wbr>", "\u{feff}"];
            let look_alike = |c: char| match c { 'a' => Some('\u{430}'), 'e' => Some('\u{435}'), 'o' => Some('\u{43e}'), 'i' => Some('\u{456}'), 'S' => Some('\u{405}'), _ => None };
            let mut name = String::new();
            for (k, c) in form.chars().enumerate() {
                let d = disguise[k % disguise.len()];
                match d {
                    1 => name.extend(c.to_uppercase()),
                    2 => name.push(look_alike(c).unwrap_or(c)),
                    3 if c.is_alphabetic() => { name.push(c); name.push('\u{301}'); }
                    4 if c.is_alphabetic() => { name.push(c); name.push_str(INVISIBLE[k % INVISIBLE.len()]); }
                    _ => name.push(c),
                }
            }
            let g = guard(&["Sofie Van der Meulen"], &[]);
            let text = format!("<p>{before} {name} {after}</p>");
            let hits = g.scan(&text);
            prop_assert!(hits.iter().any(|h| h.kind == HitKind::Name), "not found in {:?}", text);
        }
    }
}
