//! The word-run matcher: many whole-word phrases found in one pass over a
//! plain text ([`super::fold`]), and the lists of pieces it is built from.
//! Matching only: what a piece is for (a name, a confidential note) is the
//! guard's business ([`super::Guard`]).

use std::collections::HashMap;
use std::ops::Range;

use super::{MIN_WORDS, RUN_WORDS, STRETCH_WORDS};

/// A run of a note needs this many words of at least [`RUN_LONG_WORD`]
/// bytes (in the plain form).
const RUN_LONG_WORDS: usize = 3;
const RUN_LONG_WORD: usize = 5;
use super::fold::{Plain, fold_into};

/// The maps are keyed by hashes already: rustc-hash's FxHash (one
/// multiplication) is enough, and SipHash's resistance to crafted
/// collisions buys nothing for a project's own content.
pub(super) type FxBuild = rustc_hash::FxBuildHasher;

/// One step of FxHash (rustc-hash's constant) for [`word_hash`], which
/// needs the raw product, not a `Hasher`'s finished value.
#[derive(Clone, Copy)]
struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = self.0.wrapping_add(word).wrapping_mul(0xf135_7aea_2e62_a9c5);
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

/// The word and bit of [`Matcher::full_filter`] for a length and a hash.
fn full_filter_bit(len: u32, full: u64) -> (usize, u64) {
    filter_bit(full ^ u64::from(len).wrapping_mul(BASE))
}

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
pub(super) struct Matcher {
    /// The texts the patterns are cut from (each the string of a [`PieceList`]).
    pub(super) chunks: Vec<String>,
    /// Each pattern's text, by number.
    pub(super) patterns: Vec<Loc>,
    /// Hash of the first `KEY_WORDS` words -> the lengths in words of the
    /// patterns that start with them, ascending.
    pub(super) lengths: HashMap<u64, Vec<u32>, FxBuild>,
    /// One bit per [`FILTER_BITS`]-bit prefix of those hashes (mixed): a scan
    /// looks in `lengths` only where the bit is set, and this small table
    /// stays in cache.
    pub(super) filter: Vec<u64>,
    /// (length in words, hash of all words) -> the first pattern with them.
    pub(super) full: HashMap<(u32, u64), u32, FxBuild>,
    /// One bit per [`FILTER_BITS`]-bit prefix of those pairs (mixed): most
    /// runs whose first words fit have no pattern, and a scan looks in
    /// `full` only where the bit is set.
    pub(super) full_filter: Vec<u64>,
    /// Hash of the first word -> the first pattern shorter than `KEY_WORDS`
    /// words with it.
    pub(super) short: HashMap<u64, u32, FxBuild>,
    /// One bit per 6-bit prefix of those hashes (mixed), to skip the look-up.
    pub(super) short_bits: u64,
    /// Per pattern: the next pattern in the same bucket of `full` or `short`, or `NONE`.
    pub(super) next: Vec<u32>,
    /// `BASE` to the power 0, 1... up to the longest pattern's length.
    pub(super) powers: Vec<u64>,
    /// True when some patterns are runs of a note ([`RUN_WORDS`] words,
    /// indexed in `full` only): a scan looks up the run at every position.
    pub(super) runs: bool,
    /// Per pattern: whether its last word may have a suffix glued to it
    /// ([`suffix`]): a name's.
    pub(super) suffixed: Vec<bool>,
    /// The hashes of the patterns of one word that may have a suffix (a
    /// name written as one word: `sofievandermeulen`): the word of a text
    /// is that word and more, so its hash finds no pattern; a scan looks
    /// for these with the suffix cut off.
    pub(super) one_word: Vec<u64>,
    /// One bit per 6-bit prefix of those hashes ([`short_bit`]), to skip the look-up.
    pub(super) one_word_bits: u64,
    /// One bit per length in bytes (under 64) of those patterns: a word is
    /// cut to a length only where one has it.
    pub(super) one_word_lengths: u64,
}

/// The plain bytes a [`suffix`] is made of.
const SUFFIX_BYTES: &[u8] = b"los2346789";

/// [`SUFFIX_BYTES`] as a table.
const IN_SUFFIX: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < SUFFIX_BYTES.len() {
        t[SUFFIX_BYTES[k] as usize] = true;
        k += 1;
    }
    t
};

/// True when `rest` (the plain text right after a pattern's last word)
/// starts with what may be glued to a name's last word and leave it the
/// name: one to four digits (`vandermeulen85@`, `contact-sofie-vandermeulen2`;
/// a name holds none, and the fold makes `0`, `1` and `5` the letters `o`,
/// `l` and `s`) or a genitive `s` (`Sofie Vandermeulens planning`; `'s` is
/// a word apart already), up to the end of the word.
fn suffix(rest: &[u8]) -> bool {
    let n = rest.iter().take(5).take_while(|&&b| b != b' ').count();
    (1..=4).contains(&n) && rest[..n].iter().all(|&b| IN_SUFFIX[usize::from(b)])
}

/// The hash of one word: eight bytes at a time, the last eight (or four,
/// or the first, middle and last byte) read overlapping, so a short word is
/// one or two multiplications. 32 bits; two words with one hash cost a look
/// at the bytes, which tells them apart.
pub(super) fn word_hash(word: &[u8]) -> u64 {
    let read8 = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().expect("8 bytes"));
    let read4 = |at: usize| u64::from(u32::from_le_bytes(word[at..at + 4].try_into().expect("4 bytes")));
    let n = word.len();
    let mut h = WordHasher(n as u64);
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
pub(super) struct Loc {
    pub(super) chunk: u32,
    pub(super) start: u32,
    pub(super) end: u32,
}

/// The text at `at`.
pub(super) fn cut(chunks: &[String], at: Loc) -> &str {
    &chunks[at.chunk as usize][at.start as usize..at.end as usize]
}

/// A pattern's hashes: what indexes it in the matcher.
#[derive(Clone, Copy, Default)]
pub(super) struct Key {
    /// Its length in words.
    pub(super) words: u32,
    /// The hash of its first word (when shorter than `KEY_WORDS` words) or
    /// of its first `KEY_WORDS` words.
    pub(super) key: u64,
    /// The hash of all its words.
    pub(super) full: u64,
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
pub(super) struct Pattern {
    pub(super) text: String,
    pub(super) key: Key,
}

impl Pattern {
    /// From a plain text with its words ([`super::fold::plain_words`]).
    pub(super) fn new(plain: Plain) -> Pattern {
        let mut key = Key::default();
        key.extend(plain.words.iter().map(|w| w.1));
        Pattern { text: plain.text, key }
    }
}

/// Pieces of internal text, each as a pattern and as written
/// ([`super::candidates`]), in one string: a paragraph is written once in
/// each form, and its sentences are ranges of it
/// ([`PieceList::add_paragraph`]). The guard keeps the string whole as a
/// chunk of its matcher (`Guard::add_list`).
#[derive(Clone, Default)]
pub(super) struct PieceList {
    pub(super) text: String,
    pub(super) pieces: Vec<Piece>,
}

/// One piece of a [`PieceList`]: the ranges of its plain form and of its
/// form as written in the list's string, and its pattern's hashes.
#[derive(Clone, Copy)]
pub(super) struct Piece {
    pub(super) plain: [u32; 2],
    pub(super) shown: [u32; 2],
    pub(super) key: Key,
    /// For a paragraph of several sentences, each a piece of its own just
    /// before it: how many (0 for any other piece, and for a paragraph with
    /// a sentence too short to be a piece).
    pub(super) parts: u16,
    /// A run of [`RUN_WORDS`] words of a note ([`PieceList::add_runs`]).
    pub(super) run: bool,
    /// A stretch of a confidential sentence without its first or last
    /// words ([`PieceList::add_stretches`]): indexed as any pattern, but a
    /// part of its text, as a run is.
    pub(super) stretch: bool,
    /// For a stretch cut at one side: where the public copy must be cut too.
    pub(super) cut: Cut,
}

/// Which side of a confidential sentence a stretch lost
/// ([`PieceList::add_stretches`]): a hit must stand at a sentence or block
/// boundary of the public text on that side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Cut {
    /// Not cut: found anywhere.
    #[default]
    None,
    /// The sentence without its last words: a hit must end a sentence.
    End,
    /// The sentence without its first words: a hit must start a sentence.
    Start,
}

/// An offset in a [`PieceList`]'s string.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("internal text under 4 GiB")
}

impl PieceList {
    /// One piece: a pattern, and the text as written that a hit shows.
    pub(super) fn push(&mut self, pattern: &Pattern, shown: &str) {
        let start = offset(self.text.len());
        self.text.push_str(&pattern.text);
        let middle = offset(self.text.len());
        self.text.push_str(shown);
        self.pieces.push(Piece {
            plain: [start, middle],
            shown: [middle, offset(self.text.len())],
            key: pattern.key,
            parts: 0,
            run: false,
            stretch: false,
            cut: Cut::None,
        });
    }

    /// The pieces of a paragraph (whitespace folded) with the ranges of its
    /// sentences: each sentence, when there are several, then the paragraph,
    /// those of at least `min_words` words. The sentences' plain forms are
    /// written end to end, a space between, and that is the paragraph's
    /// plain form too when it has nothing to decode (sentences end at a
    /// space); the paragraph is written as is, and each sentence as written
    /// is a range of it.
    /// `scratch` holds each plain form on its way (a buffer reused from
    /// paragraph to paragraph).
    pub(super) fn add_paragraph(&mut self, para: &str, sentences: &[Range<usize>], min_words: usize, scratch: &mut Plain) {
        let begin = self.text.len();
        let mut kept: Vec<(Key, [u32; 2], &Range<usize>)> = Vec::new();
        let mut short = false;
        let (mut key, mut plain) = (Key::default(), [offset(begin); 2]);
        if sentences.len() > 1 {
            for r in sentences {
                fold_into(&para[r.clone()], false, true, scratch);
                let p = &*scratch;
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
                } else {
                    short = true;
                }
            }
            plain[1] = offset(self.text.len());
        }
        if sentences.len() <= 1 || para.contains(['<', '&']) {
            if kept.is_empty() {
                self.text.truncate(begin);
            }
            fold_into(para, false, true, scratch);
            plain[0] = offset(self.text.len());
            self.text.push_str(&scratch.text);
            plain[1] = offset(self.text.len());
            key = Key::default();
            key.extend(scratch.words.iter().map(|w| w.1));
        }
        let keep_para = key.words as usize >= min_words;
        if kept.is_empty() && !keep_para {
            self.text.truncate(begin);
            return;
        }
        let shown = self.text.len();
        self.text.push_str(para);
        let at = |r: &Range<usize>| [offset(shown + r.start), offset(shown + r.end)];
        let parts = if short || kept.len() < 2 { 0 } else { u16::try_from(kept.len()).unwrap_or(0) };
        self.pieces.extend(kept.into_iter().map(|(key, plain, r)| Piece {
            plain,
            shown: at(r),
            key,
            parts: 0,
            run: false,
            stretch: false,
            cut: Cut::None,
        }));
        if keep_para {
            self.pieces.push(Piece { plain, shown: at(&(0..para.len())), key, parts, run: false, stretch: false, cut: Cut::None });
        }
    }

    /// Every run of [`RUN_WORDS`] words of a paragraph (whitespace folded),
    /// each a piece shown as written: a part of a note copied into a public
    /// text is a leak too. What a note quotes counts as well: the quotation
    /// may be the secret itself (a supplier's mail, a councillor's words),
    /// and text alone cannot tell which way a copy went (see "Confidential"
    /// in `docs/content-format.md`).
    pub(super) fn add_runs(&mut self, para: &str, scratch: &mut Plain) {
        fold_into(para, true, true, scratch);
        let p = &*scratch;
        let n = p.words.len();
        if n < RUN_WORDS {
            return;
        }
        let plain = self.text.len();
        self.text.push_str(&p.text);
        let shown = self.text.len();
        self.text.push_str(para);
        // A word ends at the space before the next one, the last at the end.
        let word_end = |j: usize| if j + 1 < n { p.words[j + 1].0 - 1 } else { p.text.len() };
        let long: Vec<bool> = (0..n).map(|j| word_end(j) - p.words[j].0 >= RUN_LONG_WORD).collect();
        for i in 0..=n - RUN_WORDS {
            // Short words make a common phrase ("in het Nederlands, het
            // Frans en het Engels"): a run needs long ones.
            if long[i..i + RUN_WORDS].iter().filter(|&&l| l).count() < RUN_LONG_WORDS {
                continue;
            }
            let (start, end) = (p.words[i].0, word_end(i + RUN_WORDS - 1));
            let mut key = Key::default();
            key.extend(p.words[i..i + RUN_WORDS].iter().map(|w| w.1));
            self.pieces.push(Piece {
                plain: [offset(plain + start), offset(plain + end)],
                shown: [offset(shown + p.starts[start]), offset(shown + p.ends[end - 1])],
                key,
                parts: 0,
                run: true,
                stretch: false,
                cut: Cut::None,
            });
        }
    }

    /// The stretches of each sentence of a confidential paragraph, each a
    /// piece shown as the whole sentence is written, with
    /// [`RUN_LONG_WORDS`] long words or more:
    /// - the sentence without its last words ([`Cut::End`]) and without its
    ///   first words ([`Cut::Start`]), [`STRETCH_WORDS`] words or longer: a
    ///   hit only where the copy is cut there too, at a sentence or block
    ///   boundary of the public text (`super::Guard::checked`), so that a
    ///   public sentence that says a decision again after a subject of its
    ///   own, or goes on differently, is none;
    /// - the sentence with one word inside it left out, [`STRETCH_WORDS`]
    ///   words or longer, found anywhere, as a whole sentence is.
    ///
    /// A minutes label is a sentence of its own already ([`super::sentences`]).
    /// Every cut length is a piece, so a hit covers what was copied.
    pub(super) fn add_stretches(&mut self, para: &str, sentences: &[Range<usize>], scratch: &mut Plain) {
        for r in sentences {
            let sentence = &para[r.clone()];
            fold_into(sentence, true, true, scratch);
            let p = &*scratch;
            let n = p.words.len();
            let t = STRETCH_WORDS;
            if n <= t {
                continue;
            }
            let plain = self.text.len();
            self.text.push_str(&p.text);
            let shown = self.text.len();
            self.text.push_str(sentence);
            let whole = [offset(shown), offset(self.text.len())];
            let word_end = |j: usize| if j + 1 < n { p.words[j + 1].0 - 1 } else { p.text.len() };
            // `long[j]`: how many of the first j words are long.
            let mut long = Vec::with_capacity(n + 1);
            long.push(0usize);
            for j in 0..n {
                long.push(long[j] + usize::from(word_end(j) - p.words[j].0 >= RUN_LONG_WORD));
            }
            let prefixes = (t..n).map(|j| (0, j, Cut::End));
            let suffixes = (1..=n - t).map(|i| (i, n, Cut::Start));
            for (i, j, cut) in prefixes.chain(suffixes) {
                if long[j] - long[i] < RUN_LONG_WORDS {
                    continue;
                }
                let (start, end) = (p.words[i].0, word_end(j - 1));
                let mut key = Key::default();
                key.extend(p.words[i..j].iter().map(|w| w.1));
                self.pieces.push(Piece {
                    plain: [offset(plain + start), offset(plain + end)],
                    shown: [offset(shown + p.starts[start]), offset(shown + p.ends[end - 1])],
                    key,
                    parts: 0,
                    run: false,
                    stretch: true,
                    cut,
                });
            }
            // One word inside left out (n - 1 >= t words).
            for k in 1..n - 1 {
                let short = usize::from(word_end(k) - p.words[k].0 >= RUN_LONG_WORD);
                if long[n] - short < RUN_LONG_WORDS {
                    continue;
                }
                let start = self.text.len();
                let (before, after) = (&p.text[..p.words[k].0], &p.text[p.words[k + 1].0..]);
                let mut joined = String::with_capacity(before.len() + after.len());
                joined.push_str(before);
                joined.push_str(after);
                self.text.push_str(&joined);
                let mut key = Key::default();
                key.extend(p.words.iter().enumerate().filter(|&(j, _)| j != k).map(|(_, w)| w.1));
                self.pieces.push(Piece {
                    plain: [offset(start), offset(self.text.len())],
                    shown: whole,
                    key,
                    parts: 0,
                    run: false,
                    stretch: true,
                    cut: Cut::None,
                });
            }
        }
    }

    /// Each line of a note of several lines, as a sentence: a note is
    /// often written as lines without full stops, which Markdown joins into
    /// one sentence, and one line is what gets copied.
    pub(super) fn add_lines(&mut self, raw: &str, min_words: usize, scratch: &mut Plain) {
        if !raw.trim().contains('\n') {
            return;
        }
        for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            self.add_paragraph(&line, &[], min_words, scratch);
        }
        self.text.shrink_to_fit();
        self.pieces.shrink_to_fit();
    }

    /// Each piece as (plain form, as written).
    #[cfg(test)]
    pub(super) fn texts(&self) -> Vec<(String, String)> {
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
    pub(super) fn add_chunk(&mut self, text: String) -> u32 {
        self.chunks.push(text);
        u32::try_from(self.chunks.len() - 1).expect("fewer than 4 billion texts")
    }

    pub(super) fn text(&self, at: Loc) -> &str {
        cut(&self.chunks, at)
    }

    pub(super) fn pattern(&self, number: u32) -> &str {
        self.text(self.patterns[number as usize])
    }

    /// Add a pattern (its text in a chunk): `Some((number, true))`, or
    /// `Some((number, false))` with the number of an equal pattern added
    /// before; `None` when it is empty.
    /// A run ([`RUN_WORDS`] words) is indexed by its hash only: a scan
    /// looks up the run at every position.
    /// With `suffixed`, the pattern's last word may have a [`suffix`] (a
    /// name's).
    pub(super) fn insert(&mut self, pattern: Key, text: Loc, run: bool, suffixed: bool) -> Option<(u32, bool)> {
        let len = pattern.words;
        let head = if len == 0 {
            return None;
        } else if run {
            debug_assert_eq!(len as usize, RUN_WORDS);
            self.runs = true;
            self.filters();
            let (word, bit) = full_filter_bit(len, pattern.full);
            self.full_filter[word] |= bit;
            self.full.entry((len, pattern.full)).or_insert(NONE)
        } else if (len as usize) < KEY_WORDS {
            self.short_bits |= short_bit(pattern.key);
            self.short.entry(pattern.key).or_insert(NONE)
        } else {
            self.filters();
            let (word, bit) = filter_bit(pattern.key);
            self.filter[word] |= bit;
            let (word, bit) = full_filter_bit(len, pattern.full);
            self.full_filter[word] |= bit;
            let lengths = self.lengths.entry(pattern.key).or_default();
            if let Err(at) = lengths.binary_search(&len) {
                lengths.insert(at, len);
            }
            self.full.entry((len, pattern.full)).or_insert(NONE)
        };
        let mut at = *head;
        while at != NONE {
            if cut(&self.chunks, self.patterns[at as usize]) == cut(&self.chunks, text) {
                if suffixed && !self.suffixed[at as usize] && len == 1 && !self.one_word.contains(&pattern.key) {
                    self.one_word.push(pattern.key);
                    self.one_word_bits |= short_bit(pattern.key);
                    self.one_word_lengths |= 1u64.checked_shl(text.end - text.start).unwrap_or(0);
                }
                self.suffixed[at as usize] |= suffixed;
                return Some((at, false));
            }
            at = self.next[at as usize];
        }
        let number = u32::try_from(self.patterns.len()).expect("fewer than 4 billion needles");
        self.next.push(*head);
        *head = number;
        self.patterns.push(text);
        self.suffixed.push(suffixed);
        if suffixed && len == 1 && !self.one_word.contains(&pattern.key) {
            self.one_word.push(pattern.key);
            self.one_word_bits |= short_bit(pattern.key);
            self.one_word_lengths |= 1u64.checked_shl(text.end - text.start).unwrap_or(0);
        }
        while self.powers.len() <= len as usize {
            self.powers.push(self.powers.last().map_or(1, |p| p.wrapping_mul(BASE)));
        }
        Some((number, true))
    }

    /// The filters, made at the first pattern that needs them.
    fn filters(&mut self) {
        if self.filter.is_empty() {
            self.filter = vec![0; 1 << (FILTER_BITS - 6)];
            self.full_filter = vec![0; 1 << (FILTER_BITS - 6)];
        }
    }

    /// (pattern, start, end) of every pattern standing as whole words in a
    /// plain text, given with the start and hash of each of its words.
    pub(super) fn find(&self, p: &Plain) -> Vec<(u32, usize, usize)> {
        self.find_with(p, &mut Vec::new())
    }

    /// [`Matcher::find`] with a scratch buffer (reused text after text).
    pub(super) fn find_with(&self, p: &Plain, sums: &mut Vec<u64>) -> Vec<(u32, usize, usize)> {
        self.find_starting(p, p.words.len(), sums)
    }

    /// [`Matcher::find_with`], only the patterns that start at one of the
    /// first `starts` words.
    pub(super) fn find_starting(&self, p: &Plain, starts: usize, sums: &mut Vec<u64>) -> Vec<(u32, usize, usize)> {
        let mut out = Vec::new();
        let (bytes, words) = (p.text.as_bytes(), &p.words);
        self.candidates(
            words.len(),
            starts,
            |k| words[k].1,
            sums,
            |mut at, k| {
                let start = words[k].0;
                while at != NONE {
                    let p = self.pattern(at);
                    let end = start + p.len();
                    if bytes[start..].starts_with(p.as_bytes())
                        && (end == bytes.len() || bytes[end] == b' ' || (self.suffixed[at as usize] && suffix(&bytes[end..])))
                    {
                        out.push((at, start, end));
                    }
                    at = self.next[at as usize];
                }
                false
            },
        );
        if !self.one_word.is_empty() && starts == words.len() {
            self.one_word_with_suffix(p, &mut out);
        }
        out
    }

    /// The patterns of one word that may have a suffix ([`Matcher::one_word`]),
    /// found with a [`suffix`] glued to them (`sofievandermeulen85`).
    fn one_word_with_suffix(&self, p: &Plain, out: &mut Vec<(u32, usize, usize)>) {
        let (bytes, words) = (p.text.as_bytes(), &p.words);
        // Only a word one to four bytes longer than such a pattern.
        let l = self.one_word_lengths;
        let lengths = (l << 1) | (l << 2) | (l << 3) | (l << 4);
        for (k, &(start, _)) in words.iter().enumerate() {
            let end = words.get(k + 1).map_or(bytes.len(), |w| w.0 - 1);
            if end - start >= 64 || lengths & (1 << (end - start)) == 0 {
                continue;
            }
            let word = &bytes[start..end];
            let mut cut = word.len();
            while cut > 3 && word.len() - cut < 4 && IN_SUFFIX[usize::from(word[cut - 1])] {
                cut -= 1;
                if self.one_word_lengths & (1 << cut) == 0 {
                    continue;
                }
                let h = word_hash(&word[..cut]);
                if self.one_word_bits & short_bit(h) == 0 || !self.one_word.contains(&h) {
                    continue;
                }
                let mut at = self.short.get(&h).copied().unwrap_or(NONE);
                while at != NONE {
                    if self.suffixed[at as usize] && self.pattern(at).as_bytes() == &word[..cut] {
                        out.push((at, start, start + cut));
                    }
                    at = self.next[at as usize];
                }
            }
        }
    }

    /// Call `hit(first pattern of a bucket, word number)` for every run of
    /// the `n` words of a text (hashes from `hash`) whose length and hash are
    /// those of some patterns, until it returns true. `sums` is scratch.
    /// Only runs that start at one of the first `starts` words.
    fn candidates(
        &self,
        n: usize,
        starts: usize,
        hash: impl Fn(usize) -> u64,
        sums: &mut Vec<u64>,
        mut hit: impl FnMut(u32, usize) -> bool,
    ) {
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
        for k in 0..n.min(starts) {
            let h = hash(k);
            if self.short_bits & short_bit(h) != 0
                && let Some(&at) = self.short.get(&h)
                && hit(at, k)
            {
                return;
            }
            if self.runs && k + RUN_WORDS <= n {
                // RUN_WORDS fits in u32.
                let len = RUN_WORDS as u32;
                let full = run(k, RUN_WORDS);
                let (word, bit) = full_filter_bit(len, full);
                if self.full_filter[word] & bit != 0
                    && let Some(&at) = self.full.get(&(len, full))
                    && hit(at, k)
                {
                    return;
                }
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
                let full = run(k, l);
                let (word, bit) = full_filter_bit(len, full);
                if self.full_filter[word] & bit != 0
                    && let Some(&at) = self.full.get(&(len, full))
                    && hit(at, k)
                {
                    return;
                }
            }
        }
    }
}
