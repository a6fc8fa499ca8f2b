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

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::{Arc, Mutex};

use pulldown_cmark::{Event, Parser, TagEnd};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::{Markdown, PageAudience, Project, Visibility};
use crate::source::Pos;

/// The smallest internal text the guard looks for, in words.
pub const MIN_WORDS: usize = 4;

/// A text longer than this is scanned a piece at a time ([`Guard::scan`]).
const SCAN_PIECE: usize = 1 << 20;

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

/// A text the public site shows, borrowed from the project. When `pos` spans
/// exactly `text.len()` bytes, the text stands in the file byte for byte, so a
/// range in `text` maps to `pos.span.start + range`; otherwise `pos` is the
/// value's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicText<'a> {
    pub text: &'a str,
    pub pos: Option<Pos>,
    /// The id of the item it belongs to (action, claim, inventory item, page
    /// slug, question id for quotes).
    pub subject: &'a str,
    /// Its words, when they were hashed at load.
    pub words: Option<&'a BlockWords>,
}

struct Needle {
    kind: HitKind,
    /// The needle as written, shown in a hit.
    shown: Loc,
    /// False for an internal text that public text also says: it stays in the
    /// matcher (it was added to find exactly that) but is never reported.
    active: bool,
}

pub struct Guard {
    /// Indexed by the matcher's pattern numbers.
    needles: Vec<Needle>,
    matcher: Matcher,
    leaks: Vec<Leak>,
}

/// FxHash as rustc-hash 2 does it: the guard hashes every word of every
/// public and internal text, and SipHash's resistance to crafted collisions
/// buys nothing for a project's own content.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = self.0.wrapping_add(word).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn finish(&self) -> u64 {
        // The multiplication leaves its entropy in the high bits; the table
        // picks a bucket by the low ones.
        self.0.rotate_left(26)
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;

/// One public text scanned: the patterns it says (as Markdown made plain)
/// and the hits as written (pattern, start, end).
/// A public text scanned by the guard.
enum Scan {
    /// Folded and searched: the patterns that it says (made plain), and
    /// those it holds as written, with their places.
    Exact(Vec<u32>, Vec<(u32, usize, usize)>),
    /// Hashed at load ([`BlockWords`]): the buckets of the patterns it may
    /// say (made plain) and may hold as written ([`Matcher::buckets`]).
    Hashed(Vec<u32>, Vec<u32>),
}

impl Scan {
    /// Fold a text in both forms and search them.
    fn exact(matcher: &Matcher, text: &str, raw: &mut Plain, md: &mut Plain) -> Scan {
        let same = fold_forms(text, raw, md);
        let as_written = matcher.find(raw);
        let said = if same { as_written.iter().map(|f| f.0).collect() } else { matcher.find(md).into_iter().map(|f| f.0).collect() };
        Scan::Exact(said, as_written)
    }
}

const NONE: u32 = u32::MAX;

/// How many first words index a pattern: the smallest internal text the
/// guard looks for ([`MIN_WORDS`]). Shorter patterns (names, the mandate
/// reference) are indexed by their first word.
const KEY_WORDS: usize = MIN_WORDS;

/// The base of the polynomial hash of a run of words (odd, so invertible).
const BASE: u64 = 0x9e37_79b9_7f4a_7c15;

const FILTER_BITS: u32 = 20;

/// The word and bit of [`Matcher::filter`] for a key.
fn filter_bit(key: u64) -> (usize, u64) {
    let prefix = key.wrapping_mul(0xf135_7aea_2e62_a9c5) >> (64 - FILTER_BITS);
    ((prefix / 64) as usize, 1 << (prefix % 64))
}

/// A multi-pattern matcher for whole-word phrases in plain text (words
/// separated by single spaces). Every word is hashed once; a run of words
/// has a polynomial hash, so the hash of any run of a text is one
/// subtraction from running sums. A pattern is indexed by its length in
/// words and the hash of all its words, and the hash of its first
/// [`KEY_WORDS`] words names the lengths to try: a scan looks up each
/// position once, and where the first words fit, one run per length, then
/// confirms by comparing bytes. Thousands of internal sentences may start
/// with the same four words; they cost a position one look-up per distinct
/// length, not a comparison each. Building it and scanning are linear, where
/// an Aho-Corasick automaton over tens of thousands of sentence-long
/// patterns is slow to build and large.
#[derive(Default)]
struct Matcher {
    /// The texts the patterns are cut from (each the string of a [`PieceList`]).
    chunks: Vec<String>,
    /// Each pattern's text, by number.
    patterns: Vec<Loc>,
    /// Hash of the first `KEY_WORDS` words -> the lengths in words of the
    /// patterns that start with them, ascending.
    lengths: HashMap<u64, Vec<u32>, FxBuild>,
    /// One bit per [`FILTER_BITS`]-bit prefix of those hashes (mixed): a scan
    /// looks in `lengths` only where the bit is set, and this small table
    /// stays in cache.
    filter: Vec<u64>,
    /// (length in words, hash of all words) -> the first pattern with them.
    full: HashMap<(u32, u64), u32, FxBuild>,
    /// Hash of the first word -> the first pattern shorter than `KEY_WORDS`
    /// words with it.
    short: HashMap<u64, u32, FxBuild>,
    /// One bit per 6-bit prefix of those hashes (mixed), to skip the look-up.
    short_bits: u64,
    /// Per pattern: the next pattern in the same bucket of `full` or `short`, or `NONE`.
    next: Vec<u32>,
    /// `BASE` to the power 0, 1... up to the longest pattern's length.
    powers: Vec<u64>,
}

/// The hash of one word: eight bytes at a time, the last eight (or four,
/// or the first, middle and last byte) read overlapping, so a short word is
/// one or two multiplications. 32 bits, so the words of public text can be
/// kept at load ([`BlockWords`]); two words with one hash cost a look at the
/// bytes, which tells them apart.
fn word_hash(word: &[u8]) -> u64 {
    let read8 = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().expect("8 bytes"));
    let read4 = |at: usize| u64::from(u32::from_le_bytes(word[at..at + 4].try_into().expect("4 bytes")));
    let n = word.len();
    let mut h = FxHasher(n as u64);
    if n >= 8 {
        let mut at = 0;
        while at + 8 < n {
            h.add(read8(at));
            at += 8;
        }
        h.add(read8(n - 8));
    } else if n >= 4 {
        h.add(read4(0) | (read4(n - 4) << 32));
    } else if n > 0 {
        h.add(u64::from(word[0]) | (u64::from(word[n / 2]) << 8) | (u64::from(word[n - 1]) << 16));
    }
    // The high half of the last product: its best-mixed bits.
    h.0 >> 32
}

/// Where a text is: its chunk of [`Matcher::chunks`], and its start and
/// end in it.
#[derive(Clone, Copy)]
struct Loc {
    chunk: u32,
    start: u32,
    end: u32,
}

/// The text at `at`.
fn cut(chunks: &[String], at: Loc) -> &str {
    &chunks[at.chunk as usize][at.start as usize..at.end as usize]
}

/// A pattern's hashes: what indexes it in the matcher.
#[derive(Clone, Copy, Default)]
struct Key {
    /// Its length in words.
    words: u32,
    /// The hash of its first word (when shorter than `KEY_WORDS` words) or
    /// of its first `KEY_WORDS` words.
    key: u64,
    /// The hash of all its words.
    full: u64,
}

impl Key {
    /// Add the hashes of more words.
    fn extend(&mut self, hashes: impl Iterator<Item = u64>) {
        for h in hashes {
            self.words += 1;
            self.full = self.full.wrapping_mul(BASE).wrapping_add(h);
            // The key: the first word's hash while shorter than `KEY_WORDS`,
            // then the hash of the first `KEY_WORDS` words.
            if self.words == 1 {
                self.key = h;
            } else if self.words as usize == KEY_WORDS {
                self.key = self.full;
            }
        }
    }
}

/// A pattern for the matcher: a plain text and the hashes that index it.
#[derive(Clone)]
struct Pattern {
    text: String,
    key: Key,
}

impl Pattern {
    /// From a plain text with its words ([`plain_words`]).
    fn new(plain: Plain) -> Pattern {
        let mut key = Key::default();
        key.extend(plain.words.iter().map(|w| w.1));
        Pattern { text: plain.text, key }
    }
}

/// Pieces of internal text, each as a pattern and as written ([`candidates`]),
/// in one string: at 100,000 actions there are half a million, and as
/// strings of their own they would cost two headers and two allocations
/// each. A paragraph is written once in each form, and its sentences are
/// ranges of it ([`PieceList::add_paragraph`]). The guard keeps the string
/// whole as a chunk of its matcher ([`Guard::add_list`]).
#[derive(Clone, Default)]
struct PieceList {
    text: String,
    pieces: Vec<Piece>,
}

/// One piece of a [`PieceList`]: the ranges of its plain form and of its
/// form as written in the list's string, and its pattern's hashes.
#[derive(Clone, Copy)]
struct Piece {
    plain: [u32; 2],
    shown: [u32; 2],
    key: Key,
}

/// An offset in a [`PieceList`]'s string.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("internal text under 4 GiB")
}

impl PieceList {
    /// One piece: a pattern, and the text as written that a hit shows.
    fn push(&mut self, pattern: &Pattern, shown: &str) {
        let start = offset(self.text.len());
        self.text.push_str(&pattern.text);
        let middle = offset(self.text.len());
        self.text.push_str(shown);
        self.pieces.push(Piece { plain: [start, middle], shown: [middle, offset(self.text.len())], key: pattern.key });
    }

    /// The pieces of a paragraph (whitespace folded) with the ranges of its
    /// sentences: each sentence, when there are several, then the paragraph,
    /// those of at least `min_words` words. The sentences' plain forms are
    /// written end to end, a space between, and that is the paragraph's
    /// plain form too when it has nothing to decode (sentences end at a
    /// space); the paragraph is written as is, and each sentence as written
    /// is a range of it.
    fn add_paragraph(&mut self, para: &str, sentences: &[Range<usize>], min_words: usize) {
        let begin = self.text.len();
        let mut kept: Vec<(Key, [u32; 2], &Range<usize>)> = Vec::new();
        let (mut key, mut plain) = (Key::default(), [offset(begin); 2]);
        if sentences.len() > 1 {
            for r in sentences {
                let p = plain_words(&para[r.clone()]);
                if p.text.is_empty() {
                    continue;
                }
                if self.text.len() > begin {
                    self.text.push(' ');
                }
                let start = offset(self.text.len());
                self.text.push_str(&p.text);
                let mut sentence = Key::default();
                sentence.extend(p.words.iter().map(|w| w.1));
                key.extend(p.words.iter().map(|w| w.1));
                if sentence.words as usize >= min_words {
                    kept.push((sentence, [start, offset(self.text.len())], r));
                }
            }
            plain[1] = offset(self.text.len());
        }
        if sentences.len() <= 1 || para.contains(['<', '&']) {
            if kept.is_empty() {
                self.text.truncate(begin);
            }
            let p = Pattern::new(plain_words(para));
            plain[0] = offset(self.text.len());
            self.text.push_str(&p.text);
            plain[1] = offset(self.text.len());
            key = p.key;
        }
        let keep_para = key.words as usize >= min_words;
        if kept.is_empty() && !keep_para {
            self.text.truncate(begin);
            return;
        }
        let shown = self.text.len();
        self.text.push_str(para);
        let at = |r: &Range<usize>| [offset(shown + r.start), offset(shown + r.end)];
        self.pieces.extend(kept.into_iter().map(|(key, plain, r)| Piece { plain, shown: at(r), key }));
        if keep_para {
            self.pieces.push(Piece { plain, shown: at(&(0..para.len())), key });
        }
    }

    fn append(&mut self, other: PieceList) {
        let at = offset(self.text.len());
        self.text.push_str(&other.text);
        let moved = |[start, end]: [u32; 2]| [start + at, end + at];
        self.pieces.extend(other.pieces.into_iter().map(|p| Piece { plain: moved(p.plain), shown: moved(p.shown), key: p.key }));
    }

    fn len(&self) -> usize {
        self.pieces.len()
    }

    fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Each piece as (plain form, as written).
    #[cfg(test)]
    fn texts(&self) -> Vec<(String, String)> {
        let at = |[start, end]: [u32; 2]| self.text[start as usize..end as usize].to_owned();
        self.pieces.iter().map(|p| (at(p.plain), at(p.shown))).collect()
    }
}

/// The bit of [`Matcher::short_bits`] for the hash of a word.
fn short_bit(hash: u64) -> u64 {
    1 << (hash.wrapping_mul(0xf135_7aea_2e62_a9c5) >> 58)
}

impl Matcher {
    /// Take a string that patterns are cut from; its number.
    fn add_chunk(&mut self, text: String) -> u32 {
        self.chunks.push(text);
        u32::try_from(self.chunks.len() - 1).expect("fewer than 4 billion texts")
    }

    fn text(&self, at: Loc) -> &str {
        cut(&self.chunks, at)
    }

    fn pattern(&self, number: u32) -> &str {
        self.text(self.patterns[number as usize])
    }

    /// Add a pattern (its text in a chunk) and return its number, or `None`
    /// when it is empty or an equal pattern was added before.
    fn insert(&mut self, pattern: Key, text: Loc) -> Option<u32> {
        let len = pattern.words;
        let head = if len == 0 {
            return None;
        } else if (len as usize) < KEY_WORDS {
            self.short_bits |= short_bit(pattern.key);
            self.short.entry(pattern.key).or_insert(NONE)
        } else {
            if self.filter.is_empty() {
                self.filter = vec![0; 1 << (FILTER_BITS - 6)];
            }
            let (word, bit) = filter_bit(pattern.key);
            self.filter[word] |= bit;
            let lengths = self.lengths.entry(pattern.key).or_default();
            if let Err(at) = lengths.binary_search(&len) {
                lengths.insert(at, len);
            }
            self.full.entry((len, pattern.full)).or_insert(NONE)
        };
        let mut at = *head;
        while at != NONE {
            if cut(&self.chunks, self.patterns[at as usize]) == cut(&self.chunks, text) {
                return None;
            }
            at = self.next[at as usize];
        }
        let number = u32::try_from(self.patterns.len()).expect("fewer than 4 billion needles");
        self.next.push(*head);
        *head = number;
        self.patterns.push(text);
        while self.powers.len() <= len as usize {
            self.powers.push(self.powers.last().map_or(1, |p| p.wrapping_mul(BASE)));
        }
        Some(number)
    }

    /// (pattern, start, end) of every pattern standing as whole words in a
    /// plain text, given with the start and hash of each of its words.
    fn find(&self, p: &Plain) -> Vec<(u32, usize, usize)> {
        let mut out = Vec::new();
        let (bytes, words) = (p.text.as_bytes(), &p.words);
        self.candidates(
            words.len(),
            |k| words[k].1,
            &mut Vec::new(),
            |mut at, k| {
                let start = words[k].0;
                while at != NONE {
                    let p = self.pattern(at);
                    let end = start + p.len();
                    if bytes[start..].starts_with(p.as_bytes()) && (end == bytes.len() || bytes[end] == b' ') {
                        out.push((at, start, end));
                    }
                    at = self.next[at as usize];
                }
                false
            },
        );
        out
    }

    /// The buckets (each named by its first pattern) of the patterns that a
    /// text with these word hashes may hold: a run of its words hashes like
    /// them (for a pattern shorter than [`KEY_WORDS`]: its first word does).
    /// Sorted, without repeats.
    fn buckets(&self, hashes: &[u32], sums: &mut Vec<u64>) -> Vec<u32> {
        let mut out = Vec::new();
        self.candidates(
            hashes.len(),
            |k| u64::from(hashes[k]),
            sums,
            |at, _| {
                out.push(at);
                false
            },
        );
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The patterns of the bucket whose first pattern is `at`.
    fn bucket(&self, mut at: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::from_fn(move || {
            (at != NONE).then(|| {
                let pattern = at;
                at = self.next[at as usize];
                pattern
            })
        })
    }

    /// Call `hit(first pattern of a bucket, word number)` for every run of
    /// the `n` words of a text (hashes from `hash`) whose length and hash are
    /// those of some patterns, until it returns true. `sums` is scratch.
    fn candidates(&self, n: usize, hash: impl Fn(usize) -> u64, sums: &mut Vec<u64>, mut hit: impl FnMut(u32, usize) -> bool) {
        if self.patterns.is_empty() {
            return;
        }
        // sums[j]: the hash of the first j words; a run k..k + n is
        // sums[k + n] - sums[k] * BASE^n.
        sums.clear();
        sums.reserve(n + 1);
        sums.push(0u64);
        for k in 0..n {
            let last = *sums.last().expect("not empty");
            sums.push(last.wrapping_mul(BASE).wrapping_add(hash(k)));
        }
        let run = |k: usize, len: usize| sums[k + len].wrapping_sub(sums[k].wrapping_mul(self.powers[len]));
        for k in 0..n {
            let h = hash(k);
            if self.short_bits & short_bit(h) != 0
                && let Some(&at) = self.short.get(&h)
                && hit(at, k)
            {
                return;
            }
            if k + KEY_WORDS > n || self.filter.is_empty() {
                continue;
            }
            let key = run(k, KEY_WORDS);
            let (word, bit) = filter_bit(key);
            if self.filter[word] & bit == 0 {
                continue;
            }
            let Some(lengths) = self.lengths.get(&key) else { continue };
            for &len in lengths {
                let l = len as usize;
                if k + l > n {
                    break;
                }
                if let Some(&at) = self.full.get(&(len, run(k, l)))
                    && hit(at, k)
                {
                    return;
                }
            }
        }
    }
}

impl Guard {
    pub fn new(project: &Project) -> Guard {
        // `KAPSTOK_RULE_TIMINGS=1`: each step on stderr (bench/README.md).
        let timed = std::env::var_os("KAPSTOK_RULE_TIMINGS").is_some();
        let t0 = std::time::Instant::now();
        let lap = |w: &str| {
            if timed {
                eprintln!("rule timing: guard {w}: {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0);
            }
        };
        let mut guard = Guard { needles: Vec::new(), matcher: Matcher::default(), leaks: Vec::new() };
        for m in &project.team.members {
            guard.add(Pattern::new(plain_words(&m.name)), HitKind::Name, &m.name);
        }
        let names = guard.needles.len();
        // Candidate internal texts, in order (the first piece with a given
        // plain form is the one shown); their plain forms in parallel.
        let mut sources: Vec<(Internal, usize)> = internal_texts(project).into_iter().map(|t| (t, MIN_WORDS)).collect();
        if let Some(reference) = project.team.mandate.as_ref().and_then(|m| m.reference.as_deref()) {
            // An identifier such as "CBS 2024/0457": distinctive even when short.
            sources.push((Internal::Plain(reference), 2));
        }
        let candidates: Vec<PieceList> = sources.par_iter().map(|(source, min_words)| source.candidates(*min_words)).collect();
        lap("candidates");
        // The index is built on one core; what the public site shows is
        // listed beside it.
        let (public, ()) = rayon::join(
            || public_texts(project),
            || {
                let total: usize = candidates.iter().map(PieceList::len).sum();
                guard.reserve(total, candidates.len());
                for list in candidates {
                    guard.add_list(list, HitKind::InternalText);
                }
            },
        );
        lap("trie and public_texts");
        if timed {
            eprintln!(
                "rule timing: {} patterns, {} bytes",
                guard.matcher.patterns.len(),
                guard.matcher.chunks.iter().map(String::len).sum::<usize>()
            );
        }
        // One scan of every public text, in two forms: as Markdown made plain,
        // to drop the candidates that public text also says (the spec's "not
        // also contained in some public text"), and as written, for the hits
        // the checks report ([`fold_forms`]). A text whose words were hashed
        // at load is folded only when a run of them hashes like a needle.
        let matcher = &guard.matcher;
        let scans: Vec<Scan> = public
            .par_iter()
            .map_init(
                || (Plain::default(), Plain::default(), Vec::new()),
                |(raw, md, sums), t| match t.words {
                    Some(w) => {
                        let as_written = matcher.buckets(&w.raw, sums);
                        let said = w.md.as_deref().map_or_else(|| as_written.clone(), |m| matcher.buckets(m, sums));
                        Scan::Hashed(said, as_written)
                    }
                    None => Scan::exact(matcher, t.text, raw, md),
                },
            )
            .collect();
        lap("scans");
        // What public text says. A bucket that hashed texts may say is
        // confirmed by folding them, one after the other, until each of its
        // patterns is found said (most buckets: one text) or none is left.
        let mut said = vec![false; matcher.patterns.len()];
        let mut texts_of: HashMap<u32, Vec<usize>, FxBuild> = HashMap::default();
        for (i, scan) in scans.iter().enumerate() {
            match scan {
                Scan::Exact(says, _) => says.iter().for_each(|&p| said[p as usize] = true),
                Scan::Hashed(buckets, _) => buckets.iter().for_each(|&b| texts_of.entry(b).or_default().push(i)),
            }
        }
        let mut texts_of: Vec<(u32, Vec<usize>)> = texts_of.into_iter().collect();
        texts_of.sort_unstable();
        let mut folded = std::collections::HashSet::new();
        let (mut raw, mut md) = (Plain::default(), Plain::default());
        let mut confirmed = 0;
        for (bucket, texts) in texts_of {
            for i in texts {
                if matcher.bucket(bucket).all(|p| said[p as usize]) {
                    break;
                }
                if folded.insert(i)
                    && let Scan::Exact(says, _) = Scan::exact(matcher, public[i].text, &mut raw, &mut md)
                {
                    confirmed += 1;
                    says.iter().for_each(|&p| said[p as usize] = true);
                }
            }
        }
        for (pattern, needle) in guard.needles.iter_mut().enumerate().skip(names) {
            needle.active = !said[pattern];
        }
        lap("said");
        // What public text holds as written: a hashed text is folded only
        // when it may hold a needle that is still looked for.
        let matcher = &guard.matcher;
        let needles = &guard.needles;
        let found: Vec<Vec<(u32, usize, usize)>> = scans
            .into_par_iter()
            .zip(&public)
            .map_init(Plain::default, |raw, (scan, t)| match scan {
                Scan::Exact(_, found) => found,
                Scan::Hashed(_, buckets) => {
                    if buckets.iter().any(|&b| matcher.bucket(b).any(|p| needles[p as usize].active)) {
                        fold_into(t.text, false, true, raw);
                        matcher.find(raw)
                    } else {
                        Vec::new()
                    }
                }
            })
            .collect();
        if timed {
            let hashed = public.iter().filter(|t| t.words.is_some()).count();
            eprintln!("rule timing: {} public texts, {hashed} hashed at load, {confirmed} of those folded to confirm", public.len());
        }
        guard.leaks = public
            .iter()
            .zip(found)
            .filter_map(|(t, found)| {
                let hits = guard.hits(t.text, found);
                (!hits.is_empty()).then(|| Leak { pos: t.pos, text_len: t.text.len(), subject: t.subject.to_owned(), hits })
            })
            .collect();
        lap("leaks");
        guard
    }

    /// Room for `n` needles (the distinct first words of their keys, in
    /// `lengths`, are far fewer: that map grows as it goes).
    fn reserve(&mut self, n: usize, lists: usize) {
        self.needles.reserve(n);
        let m = &mut self.matcher;
        m.chunks.reserve(lists);
        m.patterns.reserve(n);
        m.next.reserve(n);
        m.full.reserve(n);
    }

    /// One needle: a pattern, and the text as written that a hit shows.
    fn add(&mut self, pattern: Pattern, kind: HitKind, shown: &str) {
        let mut list = PieceList::default();
        list.push(&pattern, shown);
        self.add_list(list, kind);
    }

    /// The pieces of a list, as needles of one kind (the pieces whose
    /// pattern is already a needle are left out). The list's string is kept
    /// as it is, as a chunk of the matcher.
    fn add_list(&mut self, list: PieceList, kind: HitKind) {
        let PieceList { text, pieces } = list;
        let chunk = self.matcher.add_chunk(text);
        let at = |[start, end]: [u32; 2]| Loc { chunk, start, end };
        let mut added = false;
        for p in pieces {
            if let Some(number) = self.matcher.insert(p.key, at(p.plain)) {
                debug_assert_eq!(number as usize, self.needles.len());
                self.needles.push(Needle { kind, shown: at(p.shown), active: true });
                added = true;
            }
        }
        if !added {
            // No needle is cut from it.
            self.matcher.chunks.pop();
        }
    }

    /// Every needle in `text`, as whole words, in order of position.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        self.scan_in_pieces(text, SCAN_PIECE)
    }

    /// [`Guard::scan`], a piece of about `piece` bytes at a time ([`cuts`]):
    /// a generated file of 100 MB (the open data of a large trajectory) is
    /// never folded whole, so the scan needs a few MB however large the
    /// file. Each piece is matched together with the last words of the
    /// pieces before it (as many as the longest needle has), so a needle
    /// across a cut is found, once: in the piece where it ends.
    fn scan_in_pieces(&self, text: &str, piece: usize) -> Vec<Hit> {
        if text.len() <= piece {
            return self.hits(text, self.matcher.find(&plain_words(text)));
        }
        let bounds: Vec<usize> = std::iter::once(0).chain(cuts(text, piece)).chain(std::iter::once(text.len())).collect();
        let mut found = Vec::new();
        Window::new(&self.matcher).push_pieces(&self.matcher, text, bounds[1..].iter().copied(), &mut found);
        let found: Vec<(u32, usize, usize)> = found.into_iter().filter(|&(pattern, _, _)| self.needles[pattern as usize].active).collect();
        if found.is_empty() {
            return Vec::new();
        }
        // Only now the original position of the plain bytes found: the
        // pieces folded again, with the original ranges, one by one.
        let mut wanted: Vec<usize> = found.iter().flat_map(|&(_, s, e)| [s, e - 1]).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut origin: HashMap<usize, (usize, usize), FxBuild> = HashMap::default();
        let (mut next, mut plain_at) = (0, 0);
        for b in bounds.windows(2) {
            if next == wanted.len() {
                break;
            }
            let p = plain(&text[b[0]..b[1]]);
            if p.text.is_empty() {
                continue;
            }
            let end = plain_at + p.text.len();
            while next < wanted.len() && wanted[next] < end {
                let k = wanted[next] - plain_at;
                origin.insert(wanted[next], (b[0] + p.starts[k], b[0] + p.ends[k]));
                next += 1;
            }
            plain_at = end + 1;
        }
        self.hits_at(found.into_iter().map(|(pattern, s, e)| (pattern, origin[&s].0..origin[&(e - 1)].1)))
    }

    /// A scan of a text given a part at a time, as it is written: it holds
    /// about two pieces ([`SCAN_PIECE`]) of the text at once, however long
    /// the text is. It tells whether the text holds a needle
    /// ([`StreamScan::finish`]); where, a [`Guard::scan`] of the text says.
    pub fn stream(&self) -> StreamScan<'_> {
        self.stream_in(SCAN_PIECE)
    }

    /// [`Guard::stream`] in pieces of about `piece` bytes.
    fn stream_in(&self, piece: usize) -> StreamScan<'_> {
        StreamScan { guard: self, buf: Vec::new(), window: Window::new(&self.matcher), found: false, whole: false, piece }
    }

    /// True when one of the patterns `found` is a needle that is reported.
    fn any_active(&self, found: &[(u32, usize, usize)]) -> bool {
        found.iter().any(|&(pattern, _, _)| self.needles[pattern as usize].active)
    }

    /// The hits of what the matcher found in the plain form of `text`.
    fn hits(&self, text: &str, found: Vec<(u32, usize, usize)>) -> Vec<Hit> {
        let found: Vec<(u32, usize, usize)> = found.into_iter().filter(|&(pattern, _, _)| self.needles[pattern as usize].active).collect();
        if found.is_empty() {
            return Vec::new();
        }
        // Only now the original position of every plain byte.
        let p = plain(text);
        self.hits_at(found.into_iter().map(|(pattern, s, e)| (pattern, p.starts[s]..p.ends[e - 1])))
    }

    /// Hits of patterns at original ranges, in order, without repeats.
    fn hits_at(&self, found: impl Iterator<Item = (u32, Range<usize>)>) -> Vec<Hit> {
        let mut hits: Vec<Hit> = found
            .map(|(pattern, range)| {
                let needle = &self.needles[pattern as usize];
                Hit { kind: needle.kind, needle: self.matcher.text(needle.shown).to_owned(), range }
            })
            .collect();
        hits.sort_by_key(|h| (h.range.start, h.range.end, h.kind));
        hits.dedup();
        hits
    }

    /// The hits in the texts the public site would show ([`public_texts`]),
    /// found when the guard was built, in the order of those texts.
    pub fn leaks(&self) -> &[Leak] {
        &self.leaks
    }

    pub fn needle_count(&self) -> usize {
        self.needles.iter().filter(|n| n.active).count()
    }
}

/// The words a scan in pieces matches: the last words of the pieces before
/// (as many as the longest needle has), then the piece. A needle across a
/// cut is found once: with the piece where it ends.
struct Window {
    words: Plain,
    part: Plain,
    /// The plain offset of `words.text` in the plain form of the whole text.
    at: usize,
    keep: usize,
}

impl Window {
    fn new(matcher: &Matcher) -> Window {
        let keep = matcher.powers.len().saturating_sub(1).max(1);
        Window { words: Plain::default(), part: Plain::default(), at: 0, keep }
    }

    /// Match the next piece (the text up to a cut of [`cuts`]): what ends in
    /// it goes to `found`, as (pattern, start, end) in the plain form of the
    /// whole text.
    fn push(&mut self, matcher: &Matcher, piece: &str, found: &mut Vec<(u32, usize, usize)>) {
        let (window, part, at) = (&mut self.words, &mut self.part, self.at);
        fold_into(piece, false, true, part);
        if part.text.is_empty() {
            return;
        }
        let before = window.text.len();
        if before > 0 {
            window.text.push(' ');
        }
        let base = window.text.len();
        window.text.push_str(&part.text);
        window.words.extend(part.words.iter().map(|&(start, hash)| (base + start, hash)));
        // What lies wholly before the piece was found with the piece before.
        found.extend(matcher.find(window).into_iter().filter(|&(_, _, e)| e > before).map(|(p, s, e)| (p, at + s, at + e)));
        let n = window.words.len();
        if n > self.keep {
            let cut = window.words[n - self.keep].0;
            window.text.drain(..cut);
            window.words.drain(..n - self.keep);
            window.words.iter_mut().for_each(|w| w.0 -= cut);
            self.at += cut;
        }
    }

    /// [`Window::push`] each piece of `text` that ends at one of `ends`
    /// (increasing, the last at the end of `text`).
    fn push_pieces(&mut self, matcher: &Matcher, text: &str, ends: impl IntoIterator<Item = usize>, found: &mut Vec<(u32, usize, usize)>) {
        let mut from = 0;
        for end in ends {
            self.push(matcher, &text[from..end], found);
            from = end;
        }
    }
}

/// A [`Guard::stream`] scan: fed the bytes of a text as they are written.
pub struct StreamScan<'g> {
    guard: &'g Guard,
    /// What is fed and not yet matched: it starts at a cut.
    buf: Vec<u8>,
    window: Window,
    found: bool,
    /// The text is not UTF-8: it is kept whole and scanned as a whole.
    whole: bool,
    piece: usize,
}

impl StreamScan<'_> {
    pub fn feed(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        if !self.whole && self.buf.len() >= 2 * self.piece {
            self.drain();
        }
    }

    /// Match the pieces of the buffer up to its last cut that no byte still
    /// to come can move.
    fn drain(&mut self) {
        let valid = match std::str::from_utf8(&self.buf) {
            Ok(_) => self.buf.len(),
            // A character not yet complete: it ends in the next part.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => {
                self.whole = true;
                return;
            }
        };
        let text = std::str::from_utf8(&self.buf[..valid]).expect("checked above");
        // A `<` that may open a tag ([`special_at`]: a letter, `/`, `!` or
        // `?` after it, or nothing yet) with no `>` after it may end in a part
        // still to come: no cut after it yet. A comment not yet closed runs
        // to the end for [`cuts`], which makes no cut in it.
        let bytes = text.as_bytes();
        let opens =
            |i: usize| bytes[i] == b'<' && bytes.get(i + 1).is_none_or(|&b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'));
        let after = text.rfind('>').map_or(0, |last| last + 1);
        let open = (after..bytes.len()).find(|&i| opens(i)).unwrap_or(bytes.len());
        let ends = cuts(&text[..open], self.piece);
        let Some(&last) = ends.last() else { return };
        let mut found = Vec::new();
        self.window.push_pieces(&self.guard.matcher, &text[..last], ends, &mut found);
        self.found |= self.guard.any_active(&found);
        self.buf.drain(..last);
    }

    /// True when the text fed holds a needle (one [`Guard::scan`] reports).
    pub fn finish(mut self) -> bool {
        let rest = String::from_utf8_lossy(&std::mem::take(&mut self.buf)).into_owned();
        if self.whole {
            return !self.guard.scan(&rest).is_empty();
        }
        // What was held back (all of it, after a `<` never closed), still a
        // piece at a time.
        let mut found = Vec::new();
        self.window.push_pieces(&self.guard.matcher, &rest, cuts(&rest, self.piece).into_iter().chain([rest.len()]), &mut found);
        self.found || self.guard.any_active(&found)
    }
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

/// True when Markdown can change nothing of `text` but spacing and
/// punctuation, so that `plain(md_plain(text)) == plain(text)`: none of the
/// characters that start an escape, entity, code, emphasis, link, HTML,
/// heading attributes, block quote or setext `=` underline, and no line that
/// starts, after spaces and bullets, with a digit (an ordered list drops its
/// number). What is left (headings with `#`, tables with `|`, bullets `-` and
/// `+`, `-` underlines and rules, smart punctuation, soft and hard breaks)
/// only turns punctuation into punctuation or spaces.
fn md_inert(text: &str) -> bool {
    let bytes = text.as_bytes();
    // First the syntax characters: this runs over every public text.
    let syntax = |b: u8| {
        u8::from(b == b'\\')
            | u8::from(b == b'`')
            | u8::from(b == b'*')
            | u8::from(b == b'_')
            | u8::from(b == b'[')
            | u8::from(b == b']')
            | u8::from(b == b'<')
            | u8::from(b == b'>')
            | u8::from(b == b'&')
            | u8::from(b == b'~')
            | u8::from(b == b'{')
            | u8::from(b == b'}')
            | u8::from(b == b'=')
            | u8::from(b == b'^')
            | u8::from(b == b'$')
    };
    if find_byte(bytes, 0, syntax) < bytes.len() {
        return false;
    }
    // Then the start of every line.
    let mut at = 0;
    while at < bytes.len() {
        while at < bytes.len() && matches!(bytes[at], b' ' | b'\t' | b'-' | b'+') {
            at += 1;
        }
        if at < bytes.len() && bytes[at].is_ascii_digit() {
            return false;
        }
        at = find_byte(bytes, at, |b| u8::from(b == b'\n') | u8::from(b == b'\r')) + 1;
    }
    true
}

/// `text` with its inline links and images (`[text](destination)`,
/// `![text](destination)`) written as their text, when that and what
/// [`md_inert`] allows is all the Markdown it has: then
/// `plain(md_plain(text)) == plain(md_light(text))`, without a parser.
/// Borrowed when there is no link. `None` for anything else: a destination
/// with spaces, quotes, brackets, parentheses or a title; a bracket that is
/// no such link; a line indented as code.
fn md_light(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains(['[', ']']) {
        return md_inert(text).then_some(Cow::Borrowed(text));
    }
    // Indented code shows a link as written.
    if text.split(['\n', '\r']).any(|line| line.starts_with('\t') || line.starts_with("    ")) {
        return None;
    }
    let bad =
        |c: char| c.is_whitespace() || c.is_control() || matches!(c, '[' | ']' | '(' | ')' | '<' | '>' | '\\' | '"' | '\'' | '`' | '|');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find(']')?;
        let inner = &after[..close];
        let tail = after[close + 1..].strip_prefix('(')?;
        let end = tail.find(')')?;
        let destination = &tail[..end];
        if inner.contains(['[', '|']) || destination.is_empty() || destination.contains(bad) {
            return None;
        }
        let head = &rest[..open];
        // An image's `!` goes with it.
        out.push_str(head.strip_suffix('!').unwrap_or(head));
        out.push_str(inner);
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    md_inert(&out).then_some(Cow::Owned(out))
}

/// The position of the first byte at or after `from` for which `test` is 1,
/// or the length. A chunk at a time without an early exit, so that the test
/// is vectorised: these scans run over every public text.
fn find_byte(bytes: &[u8], from: usize, test: impl Fn(u8) -> u8) -> usize {
    let mut at = from;
    for chunk in bytes[from..].chunks(32) {
        if chunk.iter().fold(0, |found, &b| found | test(b)) != 0 {
            return at + chunk.iter().position(|&b| test(b) != 0).expect("in this chunk");
        }
        at += chunk.len();
    }
    bytes.len()
}

/// The pieces of an internal text that the guard looks for, each as a
/// pattern for its matcher and as written ([`candidates`]), made at load.
/// The guard takes them when it is built ([`Pieces::take`]): moved when
/// nothing else holds them (a `check` or `build`), copied when `serve`'s
/// cache shares them. `None`: no pieces (nothing allocated, for the many
/// items without internal text and after the guard took them).
#[derive(Default)]
pub struct Pieces(Mutex<Option<Arc<PieceList>>>);

impl Clone for Pieces {
    fn clone(&self) -> Self {
        Pieces(Mutex::new(self.lock().clone()))
    }
}

impl Pieces {
    /// The pieces of an internal Markdown text, from that text made plain
    /// ([`md_plain`]).
    pub fn of_plain(plain: &str) -> Pieces {
        let mut pieces = Pieces::default();
        pieces.extend(candidates(plain, MIN_WORDS));
        pieces
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Arc<PieceList>>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn extend(&mut self, more: PieceList) {
        if more.is_empty() {
            return;
        }
        match self.0.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner) {
            Some(list) => Arc::make_mut(list).append(more),
            empty @ None => *empty = Some(Arc::new(more)),
        }
    }

    /// Add the pieces of a text as written.
    pub fn add_text(&mut self, text: &str) {
        self.extend(candidates(text, MIN_WORDS));
    }

    /// Add the pieces of a Markdown text.
    pub fn add_markdown(&mut self, text: &str) {
        self.extend(candidates(&md_plain(text), MIN_WORDS));
    }

    pub fn append(&mut self, other: Pieces) {
        if let Some(other) = other.0.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner) {
            self.extend(Arc::unwrap_or_clone(other));
        }
    }

    /// A copy in new allocations (see `validate`: the load's own are freed).
    pub fn copied(&self) -> Pieces {
        Pieces(Mutex::new(self.lock().as_ref().map(|list| Arc::new(PieceList::clone(list)))))
    }

    /// Take the pieces out, leaving none.
    fn take(&self) -> PieceList {
        self.lock().take().map(Arc::unwrap_or_clone).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.lock().as_ref().map_or(0, |list| list.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::fmt::Debug for Pieces {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pieces({})", self.len())
    }
}

/// An internal text: as written, or Markdown (made plain before splitting).
enum Internal<'a> {
    Plain(&'a str),
    Markdown(&'a str),
    /// Markdown whose pieces were made when it was loaded.
    Ready(&'a Pieces),
}

impl<'a> Internal<'a> {
    /// A Markdown value: its pieces when they were made at load.
    fn markdown(md: &'a Markdown) -> Self {
        md.guard.as_ref().map_or(Internal::Markdown(&md.text), Internal::Ready)
    }

    fn candidates(&self, min_words: usize) -> PieceList {
        match self {
            Internal::Plain(t) => candidates(t, min_words),
            Internal::Markdown(t) => candidates(&md_plain(t), min_words),
            Internal::Ready(p) => {
                debug_assert_eq!(min_words, MIN_WORDS, "pieces made at load have the usual minimum");
                p.take()
            }
        }
    }
}

/// Everything internal the guard protects (before splitting into pieces).
fn internal_texts(project: &Project) -> Vec<Internal<'_>> {
    use Internal::Plain;
    let mut out = Vec::new();
    // An action's internal texts (its internal note; title, body and
    // progress notes of an internal one) were made into pieces at load.
    out.extend(project.actions.iter().map(|a| Internal::Ready(&a.guard)));
    for s in &project.sessions {
        if let Some(summary) = &s.summary {
            out.push(Internal::markdown(summary));
        }
    }
    // So were an internal inventory item's title and note.
    out.extend(project.inventory.iter().map(|i| Internal::Ready(&i.guard)));
    for c in &project.claims {
        if c.visibility == Visibility::Internal || c.withdrawn.is_some() {
            out.push(Plain(&c.text));
        }
        out.extend(c.allow.iter().map(|a| Plain(&a.reason)));
    }
    for q in &project.quotes {
        if q.visibility == Visibility::Internal {
            out.push(Plain(&q.text));
        }
    }
    for p in &project.pages {
        if p.audience == PageAudience::Intranet {
            out.push(Internal::markdown(&p.body));
        }
    }
    if let Some(m) = &project.team.mandate {
        out.extend(m.scope.as_deref().map(Plain));
    }
    out
}

/// A text's paragraphs, and the sentences of each paragraph.
#[cfg(test)]
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (para, sentences) in paragraphs(text) {
        if sentences.len() > 1 {
            out.extend(sentences.into_iter().map(|r| para[r].to_owned()));
        }
        out.push(para);
    }
    out
}

/// The pieces of an internal text ([`pieces`]) that are long enough to look
/// for, each as a pattern and as written.
fn candidates(text: &str, min_words: usize) -> PieceList {
    let mut out = PieceList::default();
    for (para, sentences) in paragraphs(text) {
        out.add_paragraph(&para, &sentences, min_words);
    }
    // Kept until the guard is built: no room to spare.
    out.text.shrink_to_fit();
    out.pieces.shrink_to_fit();
    out
}

/// A text's paragraphs (split at `\n\n`, whitespace folded to single spaces,
/// empty ones left out), each with the ranges of its sentences.
fn paragraphs(text: &str) -> impl Iterator<Item = (String, Vec<Range<usize>>)> + '_ {
    text.split("\n\n").filter_map(|raw| {
        let para = if single_spaced(raw) {
            raw.to_owned()
        } else {
            let mut para = String::with_capacity(raw.len());
            for word in raw.split_whitespace() {
                if !para.is_empty() {
                    para.push(' ');
                }
                para.push_str(word);
            }
            para
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
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || s.contains("  ") {
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
    for (i, &b) in bytes.iter().enumerate() {
        // ASCII bytes never occur inside a multi-byte character.
        if matches!(b, b'.' | b'!' | b'?' | b';') && bytes.get(i + 1).is_none_or(|&n| n == b' ') {
            push(start, i + 1);
            start = i + 1;
        }
    }
    push(start, para.len());
    out
}

/// Markdown to plain text, one paragraph (block) per `\n\n`.
pub(crate) fn md_plain(text: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(text, crate::model::markdown::options()) {
        plain_event(&mut out, &event);
    }
    out
}

/// What one Markdown event adds to its text made plain ([`md_plain`]).
pub(crate) fn plain_event(out: &mut String, event: &Event) {
    match event {
        Event::Text(t) | Event::Code(t) => out.push_str(t),
        Event::SoftBreak | Event::HardBreak => out.push(' '),
        Event::Html(h) | Event::InlineHtml(h) => out.push_str(h),
        Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock) => out.push_str("\n\n"),
        _ => {}
    }
}

/// What the public site would show, with positions and subjects.
pub fn public_texts(project: &Project) -> Vec<PublicText<'_>> {
    fn scalar<'a>(out: &mut Vec<PublicText<'a>>, text: &'a str, pos: Option<Pos>, subject: &'a str) {
        if !text.trim().is_empty() {
            out.push(PublicText { text, pos, subject, words: None });
        }
    }
    // The actions' Markdown is most of the work: in parallel, in order.
    let mut out: Vec<PublicText> = project
        .actions
        .par_iter()
        .filter(|a| a.visibility == Visibility::Public)
        .flat_map_iter(|a| {
            let mut out = Vec::new();
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
            out
        })
        .collect();
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

/// One public text per top-level block of a Markdown text, as written (the
/// blocks were found when the text was loaded), with its words when they
/// were hashed at load ([`block_words`]).
fn md_blocks<'a>(out: &mut Vec<PublicText<'a>>, md: &'a Markdown, subject: &'a str) {
    for (i, (r, text)) in block_texts(&md.text, &md.facts.blocks).enumerate() {
        out.push(PublicText { text, pos: md.pos(&r), subject, words: md.words.get(i) });
    }
}

/// The non-empty top-level blocks of a Markdown text, trimmed at the end.
fn block_texts<'a>(text: &'a str, blocks: &'a [Range<usize>]) -> impl Iterator<Item = (Range<usize>, &'a str)> + 'a {
    blocks.iter().filter_map(move |range| {
        let t = text[range.clone()].trim_end();
        (!t.is_empty()).then(|| (range.start..range.start + t.len(), t))
    })
}

/// The word hashes of one public text, as written and as Markdown made
/// plain (`None`: the same), made when a public body is loaded: the guard
/// folds such a text again only when a run of its words hashes like a
/// needle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockWords {
    raw: Box<[u32]>,
    md: Option<Box<[u32]>>,
}

/// The [`BlockWords`] of each block of a public Markdown body, in the order
/// of [`md_blocks`].
pub fn block_words(text: &str, blocks: &[Range<usize>]) -> Vec<BlockWords> {
    let (mut raw, mut md) = (Plain::default(), Plain::default());
    // Word hashes are 32 bits ([`word_hash`]).
    let hashes = |p: &Plain| p.words.iter().map(|w| w.1 as u32).collect();
    block_texts(text, blocks)
        .map(|(_, t)| {
            let same = fold_forms(t, &mut raw, &mut md);
            BlockWords { raw: hashes(&raw), md: (!same).then(|| hashes(&md)) }
        })
        .collect()
}

/// Fold a public text as written into `raw`, and as Markdown made plain
/// into `md`; true when the two are the same (and `md` is left alone). Most
/// texts have no Markdown but links, and need no Markdown parser
/// ([`md_light`]).
fn fold_forms(text: &str, raw: &mut Plain, md: &mut Plain) -> bool {
    fold_into(text, false, true, raw);
    match md_light(text) {
        Some(Cow::Borrowed(_)) => true,
        Some(Cow::Owned(light)) => {
            fold_into(&light, false, true, md);
            false
        }
        None => {
            fold_into(&md_plain(text), false, true, md);
            false
        }
    }
}

/// Text in the guard's plain form, and what a scan needs besides (each only
/// when asked for): the original byte range of every byte (a scan needs them
/// only for a hit), and the start and hash of every word.
#[derive(Default)]
pub(crate) struct Plain {
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
    words: Vec<(usize, u64)>,
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
    fold(src, true, false)
}

/// [`plain`] with its words, for [`Matcher::find`], without the original ranges.
fn plain_words(src: &str) -> Plain {
    fold(src, false, true)
}

fn fold(src: &str, map: bool, words: bool) -> Plain {
    let mut out = Plain::default();
    fold_into(src, map, words, &mut out);
    out
}

/// [`fold`] into the buffers of `out` (a scan reuses them text after text).
fn fold_into(src: &str, map: bool, words: bool, out: &mut Plain) {
    if !map && words && fast_words(src, out) {
        return;
    }
    fold_general(src, map, words, out);
}

/// [`fold_into`] the general way: every character decoded and folded.
fn fold_general(src: &str, map: bool, words: bool, out: &mut Plain) {
    let mut text = std::mem::take(&mut out.text).into_bytes();
    text.clear();
    text.reserve(src.len());
    let mut word_list = std::mem::take(&mut out.words);
    word_list.clear();
    let mut f = Folder {
        text,
        starts: std::mem::take(&mut out.starts),
        ends: std::mem::take(&mut out.ends),
        map,
        words: words.then_some(word_list),
        word_start: 0,
        pending_space: None,
        base: None,
        marks: String::new(),
    };
    f.starts.clear();
    f.ends.clear();
    decode(src, 0, &mut f);
    f.flush();
    if let Some(words) = &mut f.words
        && f.word_start < f.text.len()
    {
        words.push((f.word_start, word_hash(&f.text[f.word_start..])));
    }
    *out = Plain {
        text: String::from_utf8(f.text).expect("the plain form is UTF-8"),
        starts: f.starts,
        ends: f.ends,
        words: f.words.unwrap_or_default(),
    };
}

/// [`fold_into`] with words and without the original ranges, for a text
/// without `<` and `&` (most of a trajectory's text): nothing to decode. The
/// ASCII letters and digits and the non-ASCII characters between two ASCII
/// separators (space, punctuation) are a chunk: one of ASCII only is a word,
/// lowercased; any other is folded the general way on its own, which gives
/// what folding it in its text gives (a cluster never spans an ASCII
/// separator, and a combining mark after one is kept in both). Each run of
/// separators is one space. False (and `out` untouched) for any other text.
fn fast_words(src: &str, out: &mut Plain) -> bool {
    let bytes = src.as_bytes();
    if find_byte(bytes, 0, |b| u8::from(b == b'<') | u8::from(b == b'&')) < bytes.len() {
        return false;
    }
    let mut text = std::mem::take(&mut out.text).into_bytes();
    text.clear();
    text.reserve(src.len());
    out.words.clear();
    out.starts.clear();
    out.ends.clear();
    let kept = |b: u8| KEPT[usize::from(b)];
    let mut chunk = Plain::default();
    let mut i = 0;
    while i < bytes.len() {
        if kept(bytes[i]) == 0 {
            i += 1;
            continue;
        }
        let from = i;
        let mut high = 0;
        while i < bytes.len() && kept(bytes[i]) != 0 {
            high |= bytes[i];
            i += 1;
        }
        if high < 0x80 {
            if !text.is_empty() {
                text.push(b' ');
            }
            let start = text.len();
            text.extend(bytes[from..i].iter().map(|&b| kept(b)));
            out.words.push((start, word_hash(&text[start..])));
        } else if src[from..i]
            .chars()
            .all(|c| matches!(c, '–' | '—' | '‘' | '’' | '“' | '”' | '…' | '«' | '»' | '•' | '·' | '\u{a0}' | '\u{2009}' | '\u{202f}'))
        {
            // Common punctuation and spaces, on their own: a separator
            // (folded the general way, they would leave nothing either).
            continue;
        } else {
            fold_general(&src[from..i], false, true, &mut chunk);
            if chunk.text.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push(b' ');
            }
            let base = text.len();
            text.extend_from_slice(chunk.text.as_bytes());
            out.words.extend(chunk.words.iter().map(|&(start, hash)| (base + start, hash)));
        }
    }
    out.text = String::from_utf8(text).expect("ASCII and whole UTF-8 chunks");
    true
}

/// Folds decoded characters into the plain form: each cluster (a character
/// and the combining marks after it) is NFKC-normalised and lowercased;
/// letters, digits and marks are kept, and every run of anything else is one
/// space (none at the start or the end).
struct Folder {
    text: Vec<u8>,
    /// With `map`: for each byte of `text`, the original range it comes from.
    starts: Vec<usize>,
    ends: Vec<usize>,
    map: bool,
    /// When asked for: the start and hash of every word of `text` but the
    /// last, which starts at `word_start`.
    words: Option<Vec<(usize, u64)>>,
    word_start: usize,
    /// Where the run of non-word characters before the next kept one started.
    pending_space: Option<usize>,
    /// The cluster being collected: its first character and original range...
    base: Option<(char, usize, usize)>,
    /// ...and its combining marks (usually none).
    marks: String,
}

/// An ASCII character that is a cluster of its own, in the plain form: 0 for
/// one that is not kept (punctuation, spaces), else itself lowercased.
const ASCII_PLAIN: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            t[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// [`ASCII_PLAIN`] for every byte: a byte of a non-ASCII character is itself.
const KEPT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b < 128 { ASCII_PLAIN[b] } else { b as u8 };
        b += 1;
    }
    t
};

/// The position of the first non-ASCII byte at or after `from`, or the length.
pub(crate) fn non_ascii(bytes: &[u8], from: usize) -> usize {
    find_byte(bytes, from, |b| b >> 7)
}

impl Folder {
    /// Characters that stand for themselves; `at` is the position of the first.
    fn text(&mut self, run: &str, at: usize) {
        let bytes = run.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // ASCII characters that another ASCII character follows (not a
            // combining mark) are clusters of their own: all of them up to the
            // last before a non-ASCII character, or the last of the run.
            let ascii_end = non_ascii(bytes, i);
            if ascii_end > i + 1 {
                self.flush();
                self.ascii_run(&bytes[i..ascii_end - 1], at + i);
                i = ascii_end - 1;
            }
            let c = run[i..].chars().next().expect("char boundary");
            self.push(c, at + i, at + i + c.len_utf8());
            i += c.len_utf8();
        }
    }

    /// ASCII characters, each a cluster of its own (NFKC leaves them alone,
    /// and lowercasing them is ASCII's); `at` is the position of the first.
    fn ascii_run(&mut self, run: &[u8], at: usize) {
        let plain = |b: u8| ASCII_PLAIN[usize::from(b & 0x7f)];
        let mut j = 0;
        while j < run.len() {
            if plain(run[j]) == 0 {
                self.separate(at + j);
                while j < run.len() && plain(run[j]) == 0 {
                    j += 1;
                }
            } else {
                let word = j;
                while j < run.len() && plain(run[j]) != 0 {
                    j += 1;
                }
                self.space();
                self.text.extend(run[word..j].iter().map(|&b| plain(b)));
                if self.map {
                    self.starts.extend(at + word..at + j);
                    self.ends.extend(at + word + 1..at + j + 1);
                }
            }
        }
    }

    /// One character, from `s` to `e` in the original.
    fn push(&mut self, c: char, s: usize, e: usize) {
        if let Some(base) = &mut self.base
            && !c.is_ascii()
            && is_combining_mark(c)
        {
            self.marks.push(c);
            base.2 = e;
            return;
        }
        self.flush();
        self.base = Some((c, s, e));
    }

    /// A cluster of one ASCII character: NFKC leaves it alone, and lowercasing it is ASCII's.
    fn ascii(&mut self, b: u8, s: usize, e: usize) {
        let l = b.to_ascii_lowercase();
        if l.is_ascii_alphanumeric() {
            self.space();
            self.text.push(l);
            if self.map {
                self.starts.push(s);
                self.ends.push(e);
            }
        } else {
            self.separate(s);
        }
    }

    fn flush(&mut self) {
        let Some((c, s, e)) = self.base.take() else { return };
        if let Ok(b) = u8::try_from(c)
            && b.is_ascii()
            && self.marks.is_empty()
        {
            self.ascii(b, s, e);
            return;
        }
        let marks = std::mem::take(&mut self.marks);
        for n in std::iter::once(c).chain(marks.chars()).nfkc() {
            for l in n.to_lowercase() {
                if l.is_alphanumeric() || is_combining_mark(l) {
                    self.space();
                    let mut buf = [0; 4];
                    let bytes = l.encode_utf8(&mut buf).as_bytes();
                    self.text.extend_from_slice(bytes);
                    if self.map {
                        for _ in bytes {
                            self.starts.push(s);
                            self.ends.push(e);
                        }
                    }
                } else {
                    self.separate(s);
                }
            }
        }
        self.marks = marks;
        self.marks.clear();
    }

    /// The space for the run of non-word characters before a kept one.
    #[inline]
    fn space(&mut self) {
        if let Some(ps) = self.pending_space.take()
            && !self.text.is_empty()
        {
            if let Some(words) = &mut self.words {
                words.push((self.word_start, word_hash(&self.text[self.word_start..])));
            }
            self.word_start = self.text.len() + 1;
            self.text.push(b' ');
            if self.map {
                self.starts.push(ps);
                self.ends.push(ps);
            }
        }
    }

    fn separate(&mut self, s: usize) {
        if self.pending_space.is_none() {
            self.pending_space = Some(s);
        }
    }
}

/// Feed `f` the text of `src`, with original positions offset by `base`:
/// tags removed (readable attribute values kept; a removed block tag is a
/// space), entities decoded, and the stretches between them as they are.
fn decode(src: &str, base: usize, f: &mut Folder) {
    let bytes = src.as_bytes();
    let special = |from: usize| find_special(bytes, from);
    let mut run = 0;
    let mut i = special(0);
    while i < bytes.len() {
        match special_at(src, i) {
            Special::Comment(end) => {
                f.text(&src[run..i], base + run);
                f.push(' ', base + i, base + end);
                run = end;
            }
            Special::Tag(end) => {
                f.text(&src[run..i], base + run);
                tag(src, i, end, base, f);
                run = end;
            }
            Special::Entity(d, end) => {
                f.text(&src[run..i], base + run);
                f.push(d, base + i, base + end);
                run = end;
            }
            Special::Itself => {
                i = special(i + 1);
                continue;
            }
        }
        i = special(run);
    }
    f.text(&src[run..], base + run);
}

/// The next `<` or `&` at or after `from` (ASCII: never inside a multi-byte
/// character), or the length.
fn find_special(bytes: &[u8], from: usize) -> usize {
    find_byte(bytes, from, |b| u8::from(b == b'<') | u8::from(b == b'&'))
}

/// What [`decode`] makes of the `<` or `&` at `i`: the end of the comment,
/// tag or entity it starts, or a character that stands for itself.
enum Special {
    Comment(usize),
    Tag(usize),
    Entity(char, usize),
    Itself,
}

fn special_at(src: &str, i: usize) -> Special {
    let bytes = src.as_bytes();
    if bytes[i] == b'<' {
        if src[i..].starts_with("<!--") {
            return Special::Comment(src[i..].find("-->").map_or(src.len(), |k| i + k + 3));
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if (next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?'))
            && let Some(k) = src[i..].find('>')
        {
            return Special::Tag(i + k + 1);
        }
        Special::Itself
    } else {
        entity(&src[i..]).map_or(Special::Itself, |(d, len)| Special::Entity(d, i + len))
    }
}

/// Where `src` may be cut into pieces of about `piece` bytes or more that
/// fold, each on its own, to what they fold to in `src` (their plain forms
/// joined by spaces are the plain form of `src`): just after an ASCII space,
/// tab, line end, comma or double quote that [`decode`] reads as text, not
/// in a tag or a comment. Such a byte ends every word and cluster, and no
/// entity holds one, so what [`decode`] finds on one side of a cut never
/// depends on the other. Increasing, each inside `src`.
fn cuts(src: &str, piece: usize) -> Vec<usize> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut want = piece;
    // The text before the next special byte `i` starts at `text_from`;
    // before `seen`, it holds no byte to cut after.
    let (mut text_from, mut seen) = (0, 0);
    let mut i = find_special(bytes, 0);
    loop {
        while want < i {
            let from = want.max(text_from).max(seen);
            match bytes[from..i].iter().position(|&b| matches!(b, b' ' | b'\n' | b'\t' | b'\r' | b',' | b'"')) {
                Some(k) if from + k + 1 < bytes.len() => {
                    out.push(from + k + 1);
                    want = from + k + 1 + piece;
                }
                _ => {
                    seen = i;
                    break;
                }
            }
        }
        if i >= bytes.len() {
            return out;
        }
        match special_at(src, i) {
            Special::Comment(end) | Special::Tag(end) | Special::Entity(_, end) => {
                text_from = end;
                i = find_special(bytes, end);
            }
            Special::Itself => i = find_special(bytes, i + 1),
        }
    }
}

fn tag(src: &str, start: usize, end: usize, base: usize, f: &mut Folder) {
    let inner = &src[start + 1..end - 1];
    let body = inner.trim_start_matches(['/', '!', '?']);
    let name_len = body.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(body.len());
    let name_end = inner.len() - body.len() + name_len;
    let name = body[..name_len].to_ascii_lowercase();
    let inline = INLINE_TAGS.contains(&name.as_str());
    if !inline {
        f.push(' ', base + start, base + start);
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
            let at = base + offset + vstart;
            f.push(' ', at, at);
            decode(value, at, f);
            f.push(' ', at + vlen, at + vlen);
        }
        let consumed = (vstart + vlen + 1).min(rest.len());
        rest = &rest[consumed..];
        offset += consumed;
    }
    if !inline {
        f.push(' ', base + end, base + end);
    }
}

/// A character entity at the start of `s`: the character and the entity's length.
fn entity(s: &str) -> Option<(char, usize)> {
    // Bytes, not `&s[..40]`: that could cut a character in two.
    let semi = s.as_bytes()[..s.len().min(40)].iter().position(|&b| b == b';')?;
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
        let mut g = Guard { needles: Vec::new(), matcher: Matcher::default(), leaks: Vec::new() };
        for n in names {
            g.add(Pattern::new(plain_words(n)), HitKind::Name, n);
        }
        for t in internal {
            for p in pieces(t) {
                g.add(Pattern::new(plain_words(&p)), HitKind::InternalText, &p);
            }
        }
        g
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
                numbers.push(m.insert(key, Loc { chunk, start: 0, end }));
            }
            // `insert` numbers the distinct patterns in order.
            let distinct: Vec<String> = patterns.iter().zip(&numbers).filter(|(_, n)| n.is_some()).map(|(p, _)| p.clone()).collect();
            for _ in 0..5 {
                let text = phrase(&mut rng, 60);
                let mut found = m.find(&plain_words(&text));
                found.sort_unstable();
                assert_eq!(found, naive(&distinct, &text), "round {round}: patterns {distinct:?} in {text:?}");
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
                let list = candidates(t, min_words);
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

    /// Random text of words, markup and the bytes pieces are cut after:
    /// tags (also across cuts), comments, entities (also broken ones),
    /// literal `<` and `&`, combining marks after a separator, and JSON-like
    /// punctuation.
    fn markup(rng: &mut Rng, n: usize) -> String {
        const TOKENS: &[&str] = &[
            "Sofie",
            "Vandermeulen",
            "budget",
            "nog",
            "niet",
            "goedgekeurd",
            "door",
            "het",
            "college",
            " ",
            " ",
            " ",
            "\n",
            "\t",
            ",",
            "\"",
            "Budget nog niet goedgekeurd door het college",
            "budget nog\nniet <em>goedgekeurd</em>, door het college",
            "<p>",
            "</p>",
            "<em>",
            "</em>",
            "<td title=\"Sofie, Vandermeulen\">",
            "<!-- Piet, Jan -->",
            "<!--",
            "&amp;",
            "&#65;",
            "&",
            "&#",
            "65;",
            "<",
            ">",
            "\u{301}",
            "é",
            "ﬁ",
            "–",
            "{\"title\":",
            "}",
            ":",
            "&nbsp;",
        ];
        (0..n).map(|_| TOKENS[rng.below(TOKENS.len())]).collect()
    }

    /// Cut where [`cuts`] says, each piece folds to what it folds to in the
    /// whole text: the plain forms of the pieces, joined by spaces, are the
    /// plain form of the text, word for word.
    #[test]
    fn pieces_fold_as_in_the_whole_text() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for round in 0..3000 {
            let n = 1 + rng.below(60);
            let text = markup(&mut rng, n);
            let whole = plain_words(&text);
            let mut joined = Plain::default();
            let bounds: Vec<usize> = std::iter::once(0).chain(cuts(&text, 1 + rng.below(12))).chain(std::iter::once(text.len())).collect();
            for b in bounds.windows(2) {
                assert!(b[0] < b[1] && text.is_char_boundary(b[0]), "round {round}: cut at {b:?} in {text:?}");
                let part = plain_words(&text[b[0]..b[1]]);
                if part.text.is_empty() {
                    continue;
                }
                if !joined.text.is_empty() {
                    joined.text.push(' ');
                }
                let base = joined.text.len();
                joined.text.push_str(&part.text);
                joined.words.extend(part.words.iter().map(|&(s, h)| (base + s, h)));
            }
            assert_eq!((&joined.text, &joined.words), (&whole.text, &whole.words), "round {round}: {text:?} cut at {bounds:?}");
        }
    }

    /// A text scanned a piece at a time gives the hits of the whole text at
    /// once, needles across cuts included.
    #[test]
    fn a_text_scanned_in_pieces_gives_the_hits_of_the_whole() {
        let g = guard(&["Sofie Vandermeulen", "Piet"], &["Budget nog niet goedgekeurd door het college."]);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut found = 0;
        for round in 0..3000 {
            let n = 1 + rng.below(80);
            let text = markup(&mut rng, n);
            let whole = g.hits(&text, g.matcher.find(&plain_words(&text)));
            let pieces = g.scan_in_pieces(&text, 1 + rng.below(16));
            assert_eq!(pieces, whole, "round {round}: {text:?}");
            found += whole.len();
        }
        assert!(found > 100, "the random texts hold needles ({found} hits)");
        let long = "Sofie Vandermeulen, budget nog niet goedgekeurd door het college. ".repeat(40_000);
        assert!(long.len() > SCAN_PIECE);
        assert_eq!(g.scan(&long).len(), 80_000);
    }

    /// A text fed to a stream scan in parts of any size holds a needle when
    /// a scan of the whole text finds one: needles across the parts, tags
    /// not yet closed at the end of a part, characters split between parts.
    #[test]
    fn a_text_fed_in_parts_holds_a_needle_when_the_whole_does() {
        let g = guard(&["Sofie Vandermeulen", "Piet"], &["Budget nog niet goedgekeurd door het college."]);
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let (mut with, mut without) = (0, 0);
        for round in 0..3000 {
            let n = 1 + rng.below(80);
            let text = markup(&mut rng, n);
            let whole = !g.scan(&text).is_empty();
            let mut stream = g.stream_in(1 + rng.below(16));
            let bytes = text.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                let end = (at + 1 + rng.below(24)).min(bytes.len());
                stream.feed(&bytes[at..end]);
                at = end;
            }
            assert_eq!(stream.finish(), whole, "round {round}: {text:?}");
            if whole { with += 1 } else { without += 1 }
        }
        assert!(with > 20 && without > 20, "both kinds of text ({with} with a needle, {without} without)");
        // A needle across the cut a stream makes, in a text without markup.
        let filler = "woord ".repeat(SCAN_PIECE / 6);
        for at in [SCAN_PIECE - 10, SCAN_PIECE, SCAN_PIECE + 3] {
            let text = format!("{}Sofie Vandermeulen {}", &filler[..at.min(filler.len())], filler.repeat(2));
            let mut stream = g.stream();
            text.as_bytes().chunks(4096).for_each(|c| stream.feed(c));
            assert!(stream.finish(), "needle at {at}");
        }
        // A `<` that cannot open a tag holds nothing back: the stream keeps
        // about two pieces. One that may, never closed, holds the rest back,
        // and the rest is still matched.
        let mut stream = g.stream_in(64);
        stream.feed(b"a < b, ");
        for _ in 0..1000 {
            stream.feed(b"woord woord ");
            assert!(stream.buf.len() < 3 * 64, "{} bytes held", stream.buf.len());
        }
        let mut stream = g.stream_in(64);
        stream.feed(b"a <b, ");
        (0..1000).for_each(|_| stream.feed(b"woord woord "));
        assert!(stream.buf.len() > 10_000);
        stream.feed(b"Sofie Vandermeulen woord");
        assert!(stream.finish());
    }

    /// The ASCII fast path folds exactly as the general one.
    #[test]
    fn fast_words_agrees_with_the_general_fold() {
        // ASCII, and characters the general fold treats specially: accented
        // letters, combining marks (also after a separator), NFKC expansions
        // (m³, ½, ﬁ), non-ASCII separators and spaces, case folding (İ, ẞ).
        let alphabet: Vec<char> = "aZ09 -.,;!?\n\t'()|*#_xé\u{301}³½ﬁ–—’“…«•·\u{a0}\u{202f}\u{200b}İẞ€".chars().collect();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5000 {
            let n = rng.below(40);
            let text: String = (0..n).map(|_| alphabet[rng.below(alphabet.len())]).collect();
            let mut fast = Plain::default();
            assert!(fast_words(&text, &mut fast));
            let mut general = Plain::default();
            fold_general(&text, false, true, &mut general);
            assert_eq!((&fast.text, &fast.words), (&general.text, &general.words), "{text:?}");
        }
        assert!(fast_words("café", &mut Plain::default()));
        assert!(!fast_words("a &amp; b", &mut Plain::default()));
        assert!(!fast_words("a <b>b</b>", &mut Plain::default()));
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
