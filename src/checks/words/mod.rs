//! The word lists of `checks.md` (G, X, N, C, K, L) and the matcher they
//! share with the figures: NFKC and case folding, `₂` as `2`, typographic
//! apostrophes and dashes as ASCII, UAX #29 words, the French elision split,
//! runs of 1..N words joined without hyphens and spaces, `*` prefix entries.
//! Every position is a byte range of the original text.

use std::ops::Range;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

mod lists;
use lists::{ADOPTED, C, G, K, L, N, Q, RENEWABLE, X, X_ENERGY, XN};
pub(crate) use lists::{BROAD_GENERIC, COPULA, COPULA_BREAK, LAW, OWN_CHOICE};

/// What a token of the analysed text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters or digits.
    Word,
    /// Whitespace (no-break spaces are spaces after NFKC).
    Space,
    /// A hyphen or an apostrophe on its own: runs go through it.
    Joiner,
    /// Any other punctuation or symbol: runs stop here.
    Punct,
}

#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub kind: TokKind,
    /// The normalised (NFKC, case-folded, ASCII apostrophes and dashes)
    /// text. Inline up to 24 bytes (nearly every word): a token allocates
    /// nothing of its own.
    pub norm: compact_str::CompactString,
    /// Byte range in the original text.
    pub orig: Range<usize>,
}

/// A text split into tokens, with positions in the original.
#[derive(Debug, Clone)]
pub(crate) struct Analyzed {
    pub toks: Vec<Tok>,
    /// Indices into `toks` of the words, in order.
    pub words: Vec<usize>,
    /// For each word (index into `words`), the segment it belongs to: runs never cross segments.
    pub segment: Vec<usize>,
    /// For each word, its first bytes ([`Head`]): what [`matches`] tests
    /// every entry against, made once for the dozens of lists a text is
    /// matched against.
    heads: Vec<Head>,
}

const ELISIONS: &[&str] = &["l'", "d'", "qu'", "n'", "s'", "j'", "m'", "t'", "c'"];

fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '`' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => '-',
        _ => return None,
    })
}

/// Normalise a text for matching: returns the normalised string and, for each
/// of its bytes, the original byte range of the grapheme it came from.
fn normalise(text: &str) -> (String, Vec<Range<usize>>) {
    let mut out = Vec::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    normalise_each(text, |piece| match piece {
        Piece::Ascii(run, at) => {
            out.extend(run.iter().map(|&b| ascii_norm(b)));
            map.extend((at..at + run.len()).map(|i| i..i + 1));
        }
        Piece::Other(n, range) => {
            for _ in 0..n.len() {
                map.push(range.clone());
            }
            out.extend_from_slice(n.as_bytes());
        }
    });
    (String::from_utf8(out).expect("normalised text is UTF-8"), map)
}

/// A piece of a text, for normalising.
enum Piece<'a> {
    /// ASCII characters as written, each a grapheme of its own (normalised by
    /// [`ascii_norm`]), and the position of the first.
    Ascii(&'a [u8], usize),
    /// Any other grapheme, normalised, and its original byte range.
    Other(&'a str, Range<usize>),
}

/// The normalised form of an ASCII character that is a grapheme of its own:
/// NFKC leaves it alone, so lowercasing (and the backtick as an apostrophe).
fn ascii_norm(b: u8) -> u8 {
    if b == b'`' { b'\'' } else { b.to_ascii_lowercase() }
}

/// Normalise grapheme by grapheme, in order.
fn normalise_each(text: &str, mut emit: impl FnMut(Piece)) {
    normalise_until(text, |piece| {
        emit(piece);
        false
    });
}

/// [`normalise_each`] until `emit` returns true.
fn normalise_until(text: &str, mut emit: impl FnMut(Piece) -> bool) {
    let bytes = text.as_bytes();
    // Between two ASCII characters (other than CR LF) there is a grapheme
    // boundary whatever comes before or after: no rule joins them. So only
    // the stretches around other characters need segmenting.
    let ascii_boundary = |j: usize| bytes[j - 1].is_ascii() && bytes[j].is_ascii() && !(bytes[j - 1] == b'\r' && bytes[j] == b'\n');
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: ASCII characters that another ASCII character follows
        // (or the end), but not the CR of a CR LF, need no NFKC, only
        // lowercasing.
        let end = crate::privacy::non_ascii(bytes, i);
        let mut stop = if end == bytes.len() { end } else { end.saturating_sub(1).max(i) };
        if memchr::memchr(b'\r', &bytes[i..stop]).is_some() {
            stop = (i..stop).find(|&p| bytes[p] == b'\r' && bytes.get(p + 1) == Some(&b'\n')).unwrap_or(stop);
        }
        if stop > i {
            if emit(Piece::Ascii(&bytes[i..stop], i)) {
                return;
            }
            i = stop;
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && !ascii_boundary(j) {
            j += 1;
        }
        for (k, g) in text[i..j].grapheme_indices(true) {
            if g.len() == 1 {
                if emit(Piece::Ascii(g.as_bytes(), i + k)) {
                    return;
                }
                continue;
            }
            let mut buf = [0; 4];
            if let Some(n) = one_char_norm(g, &mut buf) {
                if emit(Piece::Other(n, i + k..i + k + g.len())) {
                    return;
                }
                continue;
            }
            let folded: String = g.chars().map(|c| fold_char(c).unwrap_or(c)).collect();
            let n: String = folded.nfkc().collect::<String>().to_lowercase();
            if emit(Piece::Other(&n, i + k..i + k + g.len())) {
                return;
            }
        }
        i = j;
    }
}

/// The normalised form of a grapheme of one character that needs no
/// normalising to tell it: a typographic apostrophe or dash ([`fold_char`],
/// to ASCII, which NFKC and lowercasing leave alone), or a letter of
/// Latin-1 (U+00C0 to U+00FF, which NFKC leaves alone), lowercased. `None`
/// for any other grapheme.
fn one_char_norm<'b>(g: &str, buf: &'b mut [u8; 4]) -> Option<&'b str> {
    let mut chars = g.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return None };
    if let Some(f) = fold_char(c) {
        return Some(f.encode_utf8(buf));
    }
    if !('\u{c0}'..='\u{ff}').contains(&c) {
        return None;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => Some(l.encode_utf8(buf)),
        _ => None,
    }
}

pub(crate) fn analyze(text: &str) -> Analyzed {
    let (norm, map) = normalise(text);
    let orig_of = |r: Range<usize>| -> Range<usize> {
        if r.is_empty() || map.is_empty() {
            return 0..0;
        }
        map[r.start].start..map[r.end - 1].end
    };
    let bounds = word_bounds(&norm);
    // Room for every segment, and one more for an elision split in two.
    let mut toks = Vec::with_capacity(bounds.len() + 1);
    for (i, seg) in bounds {
        let r = i..i + seg.len();
        let kind = if seg.chars().any(char::is_alphanumeric) {
            TokKind::Word
        } else if seg.chars().all(char::is_whitespace) {
            TokKind::Space
        } else if seg == "-" || seg == "'" {
            TokKind::Joiner
        } else {
            TokKind::Punct
        };
        if kind == TokKind::Word
            && let Some(el) = ELISIONS.iter().find(|e| seg.starts_with(**e) && seg.len() > e.len())
        {
            let (a, b) = (i..i + el.len(), i + el.len()..r.end);
            toks.push(Tok { kind, norm: compact_str::CompactString::const_new(el), orig: orig_of(a) });
            toks.push(Tok { kind, norm: norm[b.clone()].into(), orig: orig_of(b) });
            continue;
        }
        toks.push(Tok { kind, norm: seg.into(), orig: orig_of(r) });
    }
    let mut words = Vec::with_capacity(toks.len());
    let mut segment = Vec::with_capacity(toks.len());
    let mut heads = Vec::with_capacity(toks.len());
    let mut seg_no = 0;
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            TokKind::Word => {
                words.push(i);
                segment.push(seg_no);
                heads.push(Head::of(&t.norm));
            }
            TokKind::Punct => seg_no += 1,
            _ => {}
        }
    }
    Analyzed { toks, words, segment, heads }
}

/// The UAX #29 word segments of `text` and their positions, as
/// `split_word_bound_indices` gives them. There is a boundary after an ASCII
/// space that an ASCII character other than a space follows, and the rules
/// on either side of it look no further than the space: so the text is cut
/// there, and a stretch of ASCII only between two such cuts is segmented
/// by [`ascii_word_bounds`], without the tables; the pieces around other
/// characters by the crate.
fn word_bounds(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let cut = |p: usize| bytes[p - 1] == b' ' && bytes[p] != b' ' && bytes[p].is_ascii();
    // Room for a word and a space every six bytes or so, made at once.
    let mut out = Vec::with_capacity(text.len() / 3 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let other = crate::privacy::non_ascii(bytes, i);
        if other == bytes.len() {
            ascii_word_bounds(text, i..other, &mut out);
            break;
        }
        let from = (i + 1..other).rev().find(|&p| cut(p)).unwrap_or(i);
        ascii_word_bounds(text, i..from, &mut out);
        let to = (other + 1..bytes.len()).find(|&p| cut(p)).unwrap_or(bytes.len());
        out.extend(text[from..to].split_word_bound_indices().map(|(k, seg)| (from + k, seg)));
        i = to;
    }
    out
}

/// What the word boundary rules of UAX #29 tell apart among ASCII characters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    /// `:`.
    MidLetter,
    /// `,` and `;`.
    MidNum,
    /// `.` and `'` (MidNumLet and Single_Quote).
    MidNumLetQ,
    /// `_`.
    ExtendNumLet,
    Space,
    Cr,
    Lf,
    /// Vertical tab and form feed.
    Newline,
    Other,
}

const fn wb(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' | b'\'' => Wb::MidNumLetQ,
        b'_' => Wb::ExtendNumLet,
        b' ' => Wb::Space,
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0b | 0x0c => Wb::Newline,
        _ => Wb::Other,
    }
}

/// [`wb`] of each ASCII character.
const WB: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = wb(b as u8);
        b += 1;
    }
    t
};

/// The word segments of `text[range]`, ASCII only, on its own (the text
/// starts or is cut at either end): the rules of UAX #29 that ASCII
/// characters meet (WB3 to WB3d, WB5 to WB13b; WB4 has nothing to skip).
fn ascii_word_bounds<'a>(text: &'a str, range: Range<usize>, out: &mut Vec<(usize, &'a str)>) {
    use Wb::*;
    let b = &text.as_bytes()[range.clone()];
    let at = |k: usize| b.get(k).map_or(Other, |&x| WB[usize::from(x & 0x7f)]);
    let mut start = 0;
    // The classes of the characters at p - 2, p - 1, p and p + 1.
    let (mut before, mut l, mut r) = (Other, at(0), at(1));
    for p in 1..b.len() {
        let after = at(p + 1);
        let joined = match (l, r) {
            (Cr, Lf) => true,
            (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,
            (Space, Space) => true,
            (Letter | Numeric, Letter | Numeric) => true,
            (Letter, MidLetter | MidNumLetQ) => after == Letter,
            (MidLetter | MidNumLetQ, Letter) => before == Letter,
            (MidNum | MidNumLetQ, Numeric) => before == Numeric,
            (Numeric, MidNum | MidNumLetQ) => after == Numeric,
            (Letter | Numeric | ExtendNumLet, ExtendNumLet) | (ExtendNumLet, Letter | Numeric) => true,
            _ => false,
        };
        (before, l, r) = (l, r, after);
        if !joined {
            out.push((range.start + start, &text[range.start + start..range.start + p]));
            start = p;
        }
    }
    if !b.is_empty() {
        out.push((range.start + start, &text[range.start + start..range.end]));
    }
}

impl Analyzed {
    pub(crate) fn word(&self, w: usize) -> &Tok {
        &self.toks[self.words[w]]
    }

    /// Original byte range of words `a..b` (word indices).
    pub(crate) fn range(&self, a: usize, b: usize) -> Range<usize> {
        self.word(a).orig.start..self.word(b - 1).orig.end
    }
}

/// One entry of a word list, normalised.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Joined words (no hyphens, no spaces).
    pub joined: String,
    pub words: usize,
    pub prefix: bool,
    /// The first bytes of `joined` ([`Head`]), for a quick test in [`matches`].
    head: Head,
}

/// Up to the first eight bytes of a text, as one number (little-endian,
/// zeros after the text), and a mask of as many bytes (all ones for eight
/// or more, zero for an empty text).
#[derive(Debug, Clone, Copy)]
struct Head {
    bytes: u64,
    mask: u64,
}

impl Head {
    fn of(text: &str) -> Head {
        let b = text.as_bytes();
        // Without a copy of a variable length (a call to `memcpy`): this
        // runs for every word a list is matched against.
        let bytes = match b.first_chunk::<8>() {
            Some(eight) => u64::from_le_bytes(*eight),
            None => b.iter().rev().fold(0u64, |v, &x| (v << 8) | u64::from(x)),
        };
        let mask = if b.len() >= 8 { u64::MAX } else { (1u64 << (8 * b.len())) - 1 };
        Head { bytes, mask }
    }

    /// Whether the two texts agree up to the end of the shorter one (within
    /// the eight bytes): false when neither can start the other. The
    /// shorter one's mask is the two masks' common part.
    fn agrees(self, other: Head) -> bool {
        (self.bytes ^ other.bytes) & self.mask & other.mask == 0
    }

    /// The first byte, for a head of a text that has one.
    fn first(self) -> u8 {
        self.bytes.to_le_bytes()[0]
    }
}

impl Entry {
    pub(crate) fn new(s: &str) -> Entry {
        let prefix = s.ends_with('*');
        let a = analyze(s.trim_end_matches('*'));
        let words: Vec<&str> = a.words.iter().map(|&i| a.toks[i].norm.as_str()).collect();
        let joined = words.concat();
        Entry { head: Head::of(&joined), joined, words: words.len(), prefix }
    }

    /// The number of words of the shortest run starting at word `i` that matches.
    /// Compares in place (no allocation): this runs for every word and entry.
    fn match_at(&self, a: &Analyzed, i: usize) -> Option<usize> {
        let max = self.words.max(3);
        let mut matched = 0;
        for n in 1..=max {
            let w = i + n - 1;
            if w >= a.words.len() || a.segment[w] != a.segment[i] {
                return None;
            }
            let word = a.word(w).norm.as_str();
            let rest = &self.joined[matched..];
            // A `*` entry matches a run whose joined text starts with it.
            if self.prefix && word.starts_with(rest) {
                return Some(n);
            }
            if !rest.starts_with(word) {
                return None;
            }
            matched += word.len();
            if matched == self.joined.len() {
                return Some(n);
            }
        }
        None
    }
}

pub(crate) fn entries(list: &[&str]) -> Entries {
    list.iter().map(|s| Entry::new(s)).collect()
}

/// A word list, normalised, with an index by first byte: at each word,
/// [`matches`] tries only the entries that start with the word's first byte
/// (a list has up to a few hundred entries, and a claim is read against
/// dozens of lists).
#[derive(Debug, Clone, Default)]
pub(crate) struct Entries {
    /// In the order of the list.
    list: Vec<Entry>,
    /// Indices into `list`, by first byte (in list order within a byte),
    /// each with the entry's [`Head`].
    by_first: Vec<(Head, u32)>,
    /// `by_first[starts[b]..starts[b + 1]]` are the entries starting with byte `b`.
    starts: Vec<u32>,
}

impl FromIterator<Entry> for Entries {
    fn from_iter<I: IntoIterator<Item = Entry>>(iter: I) -> Self {
        let list: Vec<Entry> = iter.into_iter().collect();
        let first = |e: &Entry| e.joined.as_bytes().first().copied();
        // An entry without a word matches nothing: it is left out of the index.
        let mut by_first: Vec<u32> = (0..list.len() as u32).filter(|&i| first(&list[i as usize]).is_some()).collect();
        by_first.sort_by_key(|&i| first(&list[i as usize]));
        let mut starts = vec![0u32; 257];
        for &i in &by_first {
            let b = first(&list[i as usize]).expect("indexed entries have a first byte");
            starts[usize::from(b) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let by_first = by_first.into_iter().map(|i| (list[i as usize].head, i)).collect();
        Entries { list, by_first, starts }
    }
}

impl std::ops::Deref for Entries {
    type Target = [Entry];
    fn deref(&self) -> &[Entry] {
        &self.list
    }
}

impl IntoIterator for Entries {
    type Item = Entry;
    type IntoIter = std::vec::IntoIter<Entry>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl<'a> IntoIterator for &'a Entries {
    type Item = &'a Entry;
    type IntoIter = std::slice::Iter<'a, Entry>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl Entries {
    /// The entries whose first byte is `b`, in list order: their heads and
    /// indices into `list`.
    fn starting_with(&self, b: u8) -> &[(Head, u32)] {
        let (from, to) = (self.starts[usize::from(b)] as usize, self.starts[usize::from(b) + 1] as usize);
        &self.by_first[from..to]
    }
}

/// Every match of one entry: (first word, word count), by word.
pub(crate) fn matches_entry(a: &Analyzed, e: &Entry) -> Vec<(usize, usize)> {
    (0..a.words.len()).filter_map(|i| e.match_at(a, i).map(|n| (i, n))).collect()
}

/// Every match of the entries: (first word, word count), by word, and in
/// list order at one word.
pub(crate) fn matches(a: &Analyzed, entries: &Entries) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if entries.by_first.is_empty() {
        return out;
    }
    for (i, &head) in a.heads.iter().enumerate() {
        // An entry can only match a run that starts with its first byte,
        // and whose first word starts it or starts with it (whole or `*`):
        // the two agree up to the shorter one's end.
        if head.mask == 0 {
            continue;
        }
        for &(entry_head, e) in entries.starting_with(head.first()) {
            if !head.agrees(entry_head) {
                continue;
            }
            if let Some(n) = entries.list[e as usize].match_at(a, i) {
                out.push((i, n));
            }
        }
    }
    out
}

/// The neutrality and comparative terms of a text, in order: what
/// `page-claim-term` looks for (a cheap screen first; for Markdown bodies
/// this runs when they are loaded).
pub(crate) fn claim_terms(text: &str) -> Vec<Term> {
    if !Screen::new(text).may_claim_term() {
        return Vec::new();
    }
    let a = analyze(text);
    let mut t = find_in(text, &a, List::Neutrality);
    // The listed comparatives only: a superlative ranked against a place in
    // any adjective ([`superlative_spans`]) is read in claims, where it costs
    // little; on every page it would read one body in fifteen for it.
    t.extend(merge(text, &a, matches(&a, &LISTS.k)));
    t.sort_by_key(|t| t.range.start);
    t
}

/// A term found in a text: the original range and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub range: Range<usize>,
    pub text: String,
}

/// Merge overlapping word spans into terms.
fn merge(text: &str, a: &Analyzed, mut spans: Vec<(usize, usize)>) -> Vec<Term> {
    spans.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, n) in spans {
        let e = s + n;
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
        .into_iter()
        .map(|(s, e)| {
            let range = a.range(s, e);
            Term { text: text[range.clone()].to_owned(), range }
        })
        .collect()
}

/// The lists a rule looks for (the order of [`SCREENS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    Generic,
    Neutrality,
    Compensation,
    Comparative,
    Label,
    /// Terms that are only true with a qualification (ISO 14021):
    /// compostable, recyclable, heat-resilient, natural.
    Qualify,
}

static ADOPTED_ENTRIES: LazyLock<Entries> = LazyLock::new(|| entries(ADOPTED));

/// The text reports a goal adopted or a title obtained ("ondertekende het
/// Burgemeestersconvenant", "porte le titre", "signed the pledge").
pub(crate) fn reports_adoption(text: &str) -> bool {
    !matches(&analyze(text), &ADOPTED_ENTRIES).is_empty()
}

struct Lists {
    g: Entries,
    x: Entries,
    x_energy: Entries,
    renewable: Entries,
    n: Entries,
    xn: Entries,
    c: Entries,
    k: Entries,
    /// What a comparative's screen looks for: [`K`](lists::K), and the places a
    /// superlative ranks against ([`superlative_spans`]).
    k_screen: Entries,
    l: Entries,
    q: Entries,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists {
    g: entries(G),
    x: entries(X),
    x_energy: entries(X_ENERGY),
    renewable: entries(RENEWABLE),
    n: entries(N),
    xn: entries(XN),
    c: entries(C),
    k: entries(K),
    k_screen: entries(&[K, RANKED_IN, RANKED_IN_TWO].concat()),
    l: entries(L),
    q: entries(Q),
});

/// The terms of one list in a text, each overlapping group once, in order.
pub(crate) fn find(text: &str, list: List) -> Vec<Term> {
    if !Screen::new(text).may(list) {
        return Vec::new();
    }
    find_in(text, &analyze(text), list)
}

/// A cheap test that never misses, run before the analysis. A run of words
/// matches an entry when the words, joined, spell the entry (or start with
/// it, for `*`), and between the words of a run there are only spaces,
/// hyphens and apostrophes. So with those removed from the normalised text
/// and from every entry, a match leaves the entry as a substring of the
/// text: one automaton pass per list tells that a list cannot match, and most
/// texts then need no analysis. Word boundaries make it sharp: a run starts a
/// word, so not right after an ASCII letter or digit, and a full-form entry
/// ends one (no word boundary falls between two ASCII letters or digits, nor
/// between one and the letters or digits the entries start and end with).
pub(crate) struct Screen<'a> {
    text: &'a str,
}

/// ASCII, normalised; 0 when stripped. NUL is dropped too: it is never part
/// of a run, so dropping it cannot hide a match.
const FLAT: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let n = if b == b'`' { b'\'' } else { b.to_ascii_lowercase() };
        // `stripped`, for ASCII: `char::is_whitespace` is these five and the space.
        if !matches!(n, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'-' | b'\'') {
            t[b as usize] = n;
        }
        b += 1;
    }
    t
};

/// The normalised text of [`Screen`] without what [`stripped`] removes (its
/// flat form), and, when `gap` is given, per byte of it whether something
/// was removed right before it. What the screens read, as [`Scan`]
/// reads it; made whole only by the tests.
#[cfg(test)]
fn flatten(text: &str, mut gap: Option<&mut Vec<u8>>) -> String {
    let mut flat = Vec::with_capacity(text.len());
    let mut prev_stripped = 0u8;
    normalise_each(text, |piece| match piece {
        Piece::Ascii(run, _) => {
            for &b in run {
                let n = FLAT[usize::from(b & 0x7f)];
                if n != 0 {
                    flat.push(n);
                    if let Some(gap) = gap.as_deref_mut() {
                        gap.push(prev_stripped);
                    }
                }
                prev_stripped = u8::from(n == 0);
            }
        }
        Piece::Other(n, _) => {
            for c in n.chars() {
                if stripped(c) {
                    prev_stripped = 1;
                    continue;
                }
                let bytes = c.encode_utf8(&mut [0; 4]).len();
                if let Some(gap) = gap.as_deref_mut() {
                    gap.push(prev_stripped);
                    gap.extend(std::iter::repeat_n(0, bytes - 1));
                }
                flat.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                prev_stripped = 0;
            }
        }
    });
    String::from_utf8(flat).expect("normalised text is UTF-8")
}

/// Whether some byte of the flat form of `text` (what [`flatten`] keeps)
/// passes `test`, without making the flat form.
fn any_flat_byte(text: &str, test: impl Fn(u8) -> bool) -> bool {
    let mut hit = false;
    normalise_until(text, |piece| {
        hit = match piece {
            Piece::Ascii(run, _) => run.iter().any(|&b| FLAT[usize::from(b & 0x7f)] != 0 && test(FLAT[usize::from(b & 0x7f)])),
            Piece::Other(n, _) => n.chars().filter(|&c| !stripped(c)).any(|c| c.encode_utf8(&mut [0; 4]).bytes().any(&test)),
        };
        hit
    });
    hit
}

impl<'a> Screen<'a> {
    pub(crate) fn new(text: &'a str) -> Screen<'a> {
        Screen { text }
    }

    /// The tags of the entries of the screener that stand in the text on
    /// word boundaries (where one must, not glued to an ASCII letter or digit
    /// before or after).
    fn found(&self, screener: &Screener) -> u8 {
        screener.found_in(self.text)
    }

    /// False when no term of `list` can be in the text.
    pub(crate) fn may(&self, list: List) -> bool {
        self.found(&SCREENS[list as usize]) != 0
    }

    /// False when no neutrality term and no comparative can be in the text
    /// (the lists of `page-claim-term`, in one pass).
    pub(crate) fn may_claim_term(&self) -> bool {
        self.found(&CLAIM_TERMS) != 0
    }

    /// False when no entry of the list `screen` was made of can be in the text.
    pub(crate) fn may_match(&self, screen: &ListScreen) -> bool {
        self.found(&screen.0) != 0
    }

    /// What every list may find, in one pass (for a claim, which they all read).
    pub(crate) fn lists(&self) -> Possible {
        Possible { found: self.found(&ALL), digits: any_flat_byte(self.text, |b| b.is_ascii_digit()) }
    }
}

/// Which lists may have a term in a text ([`Screen::lists`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Possible {
    found: u8,
    digits: bool,
}

impl Possible {
    /// False when no term of `list` can be in the text.
    pub(crate) fn may(self, list: List) -> bool {
        self.found & (1 << list as u8) != 0
    }

    /// False when the text cannot say the plan is on course
    /// (`claim-on-track-unsupported`'s phrases).
    pub(crate) fn may_say_on_course(self) -> bool {
        self.found & ON_COURSE_TAG != 0
    }

    /// False when the text has no figure: no digit, no number word (halveren,
    /// een derde...) and, in a commitment, no neutrality term.
    pub(crate) fn may_have_figures(self, commitment: bool) -> bool {
        self.digits || self.found & NUMBER_WORD_TAG != 0 || (commitment && self.may(List::Neutrality))
    }
}

/// The tag of the figures' number words in [`ALL`] (the lists have `1 << list`).
const NUMBER_WORD_TAG: u8 = 1 << 6;
/// The tag of the phrases that say the plan is on course, in [`ALL`].
const ON_COURSE_TAG: u8 = 1 << 7;

/// Removed from the normalised text and the entries before screening: what
/// may stand between the words of a run (whitespace, hyphens, apostrophes).
fn stripped(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '\''
}

/// Entries, stripped, in one automaton, and per entry whether a match is
/// known to start a word and to end one, and its tag.
struct Screener {
    /// Stepped byte by byte ([`Screener::found_in`]).
    automaton: aho_corasick::dfa::DFA,
    bounds: Vec<(bool, bool)>,
    tags: Vec<u8>,
    /// Every tag: once all are found, nothing more is.
    all: u8,
    /// The automaton as a table over ASCII ([`AsciiTable`]), made on first use.
    table: std::sync::OnceLock<AsciiTable>,
    /// The patterns of the automaton, for the tests to search for them otherwise.
    #[cfg(test)]
    patterns: Vec<String>,
}

/// The screen of another list of entries (the figures' own), for
/// [`Screen::may_match`].
pub(crate) struct ListScreen(Screener);

impl ListScreen {
    pub(crate) fn new(entries: &[Entry]) -> ListScreen {
        ListScreen(screen_of(entries))
    }
}

fn screen_of(entries: &[Entry]) -> Screener {
    screen_tagged(&[(entries, 1)])
}

fn screen_tagged(groups: &[(&[Entry], u8)]) -> Screener {
    // No word boundary between `c` and an ASCII letter or digit, on that side.
    let joins = |c: char, before: bool| {
        ["a", "1"].iter().all(|x| {
            let pair = if before { format!("{x}{c}") } else { format!("{c}{x}") };
            pair.split_word_bounds().count() == 1
        })
    };
    let mut patterns = Vec::new();
    let mut bounds = Vec::new();
    let mut tags = Vec::new();
    for &(entries, tag) in groups {
        for e in entries {
            let p: String = e.joined.chars().filter(|&c| !stripped(c)).collect();
            let (first, last) = (p.chars().next().expect("an entry has a word"), p.chars().last().expect("an entry has a word"));
            bounds.push((joins(first, true), !e.prefix && joins(last, false)));
            patterns.push(p);
            tags.push(tag);
        }
    }
    let all = tags.iter().fold(0, |all, t| all | t);
    // A DFA: a few hundred short patterns make a small one, and it reads a
    // byte in a few instructions (every public page body is screened).
    let automaton = aho_corasick::dfa::DFA::builder().prefilter(false).build(&patterns).expect("a word list makes a small automaton");
    // What [`Scan`] can look back on.
    assert!(patterns.iter().all(|p| p.len() <= 64), "a word list entry of at most 64 bytes");
    Screener {
        automaton,
        bounds,
        tags,
        all,
        table: std::sync::OnceLock::new(),
        #[cfg(test)]
        patterns,
    }
}

impl Screener {
    /// The tags of the entries standing in the flat form of `text` on word
    /// boundaries where one must ([`Screen::found`]), as a search of the
    /// flat form made whole finds them: the automaton reads each byte of it
    /// as it is made (the bytes [`flatten`] keeps), and [`Scan`] tells the
    /// word boundaries as they pass.
    fn found_in(&self, text: &str) -> u8 {
        self.found_with(text, text.len() >= TABLE_FROM)
    }

    /// [`Screener::found_in`], reading ASCII through the [`AsciiTable`] or not.
    fn found_with(&self, text: &str, by_table: bool) -> u8 {
        use aho_corasick::{Anchored, automaton::Automaton};
        let sid = self.automaton.start_state(Anchored::No).expect("an unanchored automaton");
        let mut scan = Scan { screener: self, sid, starts: 0, after_other: true, removed: false, found: 0, pending: 0 };
        // A long text (a page's body) reads its ASCII through the table.
        let table = by_table.then(|| self.table.get_or_init(|| AsciiTable::of(&self.automaton)));
        normalise_until(text, |piece| match piece {
            Piece::Ascii(run, _) => match table {
                Some(table) => scan.ascii_by_table(table, run),
                None => scan.ascii(run),
            },
            Piece::Other(n, _) => n.chars().any(|c| {
                if stripped(c) {
                    scan.removed = true;
                    return false;
                }
                c.encode_utf8(&mut [0; 4]).bytes().any(|b| scan.byte(b))
            }),
        });
        // What ends the text ends a word.
        scan.found | scan.pending
    }
}

/// The length of text from which [`Screener::found_in`] reads ASCII
/// through an [`AsciiTable`] (made on first use: short texts, such as
/// claims, need none).
const TABLE_FROM: usize = 512;

/// A screener's automaton over ASCII bytes as written, with the flat form's
/// normalisation ([`FLAT`]) in it: per state (numbered here, 0 the start)
/// and byte, the next state, with [`MATCHING`] set when it is a match state;
/// a byte the flat form strips leaves the state as it is (no byte read).
struct AsciiTable {
    next: Vec<u32>,
    /// Per state: the automaton's.
    sids: Vec<aho_corasick::automaton::StateID>,
    /// The number here of each state of the automaton.
    numbers: rustc_hash::FxHashMap<aho_corasick::automaton::StateID, u32>,
}

/// Set in an [`AsciiTable`] entry whose state is a match state.
const MATCHING: u32 = 1 << 31;

impl AsciiTable {
    /// Every state reachable from the start on ASCII, breadth first.
    fn of(dfa: &aho_corasick::dfa::DFA) -> AsciiTable {
        use aho_corasick::{Anchored, automaton::Automaton};
        let start = dfa.start_state(Anchored::No).expect("an unanchored automaton");
        let mut t = AsciiTable { next: Vec::new(), sids: vec![start], numbers: [(start, 0)].into_iter().collect() };
        let mut k = 0;
        while k < t.sids.len() {
            let sid = t.sids[k];
            for &n in &FLAT {
                let entry = match n {
                    0 => u32::try_from(k).expect("a small automaton"),
                    n => {
                        let next = dfa.next_state(Anchored::No, sid, n);
                        let number = *t.numbers.entry(next).or_insert_with(|| {
                            t.sids.push(next);
                            u32::try_from(t.sids.len() - 1).expect("a small automaton")
                        });
                        assert!(number < MATCHING, "a small automaton");
                        number | if dfa.is_match(next) { MATCHING } else { 0 }
                    }
                };
                t.next.push(entry);
            }
            k += 1;
        }
        t
    }
}

/// A screener's automaton reading a flat form byte by byte
/// ([`Screener::found_in`]), with what the word boundaries need of the bytes
/// before: a match may start a word at a byte with something removed before
/// it (its gap), or after a byte that is no ASCII letter or digit, or at the
/// first; and it ends one before such a byte, or at the end.
struct Scan<'s> {
    screener: &'s Screener,
    sid: aho_corasick::automaton::StateID,
    /// Bit k: whether the byte k bytes before the last one read may start a
    /// word (the entries are at most 64 bytes long).
    starts: u64,
    /// Whether the last byte read is no ASCII letter or digit (true before
    /// the first): the next byte may start a word.
    after_other: bool,
    /// Whether something was removed since the last byte read: the next one's gap.
    removed: bool,
    found: u8,
    /// The tags of the matches that ended at the last byte read and must end a word.
    pending: u8,
}

/// Per byte: true for no ASCII letter or digit.
const NOT_ALNUM: [bool; 256] = {
    let mut t = [true; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = !(b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

impl Scan<'_> {
    /// Read the flat bytes of ASCII characters as written (each a grapheme
    /// of its own, [`Piece::Ascii`]); true once every tag is found. What
    /// [`Scan::byte`] does for each, with the state in locals.
    fn ascii(&mut self, run: &[u8]) -> bool {
        use aho_corasick::{Anchored, automaton::Automaton};
        let dfa = &self.screener.automaton;
        let (mut sid, mut starts, mut after_other, mut removed) = (self.sid, self.starts, self.after_other, self.removed);
        for &b in run {
            let n = FLAT[usize::from(b & 0x7f)];
            if n == 0 {
                removed = true;
                continue;
            }
            let gap = std::mem::take(&mut removed);
            if self.pending != 0 && self.ends(gap || NOT_ALNUM[usize::from(n)]) {
                return true;
            }
            starts = (starts << 1) | u64::from(gap | after_other);
            after_other = NOT_ALNUM[usize::from(n)];
            sid = dfa.next_state(Anchored::No, sid, n);
            if dfa.is_match(sid) {
                (self.sid, self.starts) = (sid, starts);
                if self.matched() {
                    return true;
                }
            }
        }
        (self.sid, self.starts, self.after_other, self.removed) = (sid, starts, after_other, removed);
        false
    }

    /// [`Scan::ascii`] through the automaton's [`AsciiTable`]: a byte is one
    /// look-up, and what the word boundaries need is read off the bytes
    /// around a match when there is one (the state before the run stands
    /// for the bytes before it); the state is brought up to date at the end.
    fn ascii_by_table(&mut self, table: &AsciiTable, run: &[u8]) -> bool {
        let flat = |b: u8| FLAT[usize::from(b & 0x7f)];
        // Whether the byte at `x` (one the flat form keeps) may start a
        // word: something stripped or no letter or digit before it.
        let at_run_start = self.removed || self.after_other;
        let may_start = |x: usize| match x.checked_sub(1) {
            Some(before) => flat(run[before]) == 0 || NOT_ALNUM[usize::from(flat(run[before]))],
            None => at_run_start,
        };
        // After characters other than ASCII, the automaton may be in a
        // state ASCII alone does not reach: read byte by byte.
        let Some(&(mut state)) = table.numbers.get(&self.sid) else {
            return match run.split_first() {
                Some((_, rest)) => self.ascii(&run[..1]) || self.ascii_by_table(table, rest),
                None => false,
            };
        };
        if self.pending != 0
            && let Some(first) = run.iter().position(|&b| flat(b) != 0)
        {
            let open = first > 0 || self.removed || NOT_ALNUM[usize::from(flat(run[first]))];
            if self.ends(open) {
                return true;
            }
        }
        for (at, &b) in run.iter().enumerate() {
            let entry = table.next[state as usize * 128 + usize::from(b & 0x7f)];
            state = entry & !MATCHING;
            if entry & MATCHING != 0 && self.matched_in(table, run, at, state, &may_start) {
                return true;
            }
        }
        self.sid = table.sids[state as usize];
        // What the bytes after this run need of it: the last 64 bytes kept,
        // and whether the last is a letter or digit, and what follows it.
        let (mut starts, mut kept) = (0u64, 0u32);
        let mut x = run.len();
        while x > 0 && kept < 64 {
            x -= 1;
            if flat(run[x]) != 0 {
                starts |= u64::from(may_start(x)) << kept;
                kept += 1;
            }
        }
        if kept > 0 {
            let last = run.iter().rposition(|&b| flat(b) != 0).expect("a byte kept");
            self.starts = if kept == 64 { starts } else { (self.starts << kept) | starts };
            self.after_other = NOT_ALNUM[usize::from(flat(run[last]))];
            self.removed = last + 1 < run.len();
        } else {
            self.removed |= !run.is_empty();
        }
        false
    }

    /// [`Scan::matched`] for the byte at `at` of an ASCII run read through
    /// the table (in `state`, a match state): where an entry starts in the
    /// run, `may_start` tells; where before it, the state before the run.
    /// An entry ending at the run's last byte waits for the next byte.
    #[inline(never)]
    fn matched_in(&mut self, table: &AsciiTable, run: &[u8], at: usize, state: u32, may_start: &dyn Fn(usize) -> bool) -> bool {
        use aho_corasick::automaton::Automaton;
        let flat = |b: u8| FLAT[usize::from(b & 0x7f)];
        let s = self.screener;
        let sid = table.sids[state as usize];
        // The positions of the kept bytes of the run up to `at`, the last first.
        let kept_back = || (0..=at).rev().filter(|&x| flat(run[x]) != 0);
        for k in 0..s.automaton.match_len(sid) {
            let p = s.automaton.match_pattern(sid, k);
            let (check_start, check_end) = s.bounds[p.as_usize()];
            let len = s.automaton.pattern_len(p);
            if check_start {
                let open = match kept_back().nth(len - 1) {
                    Some(x) => may_start(x),
                    // It starts before the run: `starts` is the state before it.
                    None => (self.starts >> (len - 1 - kept_back().count())) & 1 != 0,
                };
                if !open {
                    continue;
                }
            }
            let tag = s.tags[p.as_usize()];
            match run.get(at + 1) {
                _ if !check_end => self.found |= tag,
                Some(&next) => {
                    if flat(next) == 0 || NOT_ALNUM[usize::from(flat(next))] {
                        self.found |= tag;
                    }
                }
                None => self.pending |= tag,
            }
        }
        self.found == s.all
    }

    /// Read the next byte of the flat form; true once every tag is found.
    #[inline(always)]
    fn byte(&mut self, b: u8) -> bool {
        use aho_corasick::{Anchored, automaton::Automaton};
        let gap = std::mem::take(&mut self.removed);
        if self.pending != 0 && self.ends(gap || NOT_ALNUM[usize::from(b)]) {
            return true;
        }
        self.starts = (self.starts << 1) | u64::from(gap || self.after_other);
        self.after_other = NOT_ALNUM[usize::from(b)];
        let dfa = &self.screener.automaton;
        self.sid = dfa.next_state(Anchored::No, self.sid, b);
        dfa.is_match(self.sid) && self.matched()
    }

    /// The pending matches, which end a word when `open`; true once every
    /// tag is found.
    #[inline(never)]
    fn ends(&mut self, open: bool) -> bool {
        if open {
            self.found |= self.pending;
        }
        self.pending = 0;
        self.found == self.screener.all
    }

    /// The entries ending at the byte just read (the automaton is in a
    /// match state); true once every tag is found.
    #[inline(never)]
    fn matched(&mut self) -> bool {
        use aho_corasick::automaton::Automaton;
        let s = self.screener;
        for k in 0..s.automaton.match_len(self.sid) {
            let p = s.automaton.match_pattern(self.sid, k);
            let (check_start, check_end) = s.bounds[p.as_usize()];
            // Its first byte is `len - 1` bytes before the last one read.
            if check_start && (self.starts >> (s.automaton.pattern_len(p) - 1)) & 1 == 0 {
                continue;
            }
            if check_end {
                self.pending |= s.tags[p.as_usize()];
            } else {
                self.found |= s.tags[p.as_usize()];
            }
        }
        self.found == s.all
    }
}

/// One screener per list, in the order of [`List`].
static SCREENS: LazyLock<[Screener; 6]> = LazyLock::new(|| {
    let l = &*LISTS;
    [screen_of(&l.g), screen_of(&l.n), screen_of(&l.c), screen_of(&l.k_screen), screen_of(&l.l), screen_of(&l.q)]
});

/// Every list, tagged `1 << list`, the figures' number words and the
/// phrases of being on course.
static ALL: LazyLock<Screener> = LazyLock::new(|| {
    let l = &*LISTS;
    let number_words = super::figures::number_word_entries();
    screen_tagged(&[
        (&l.g, 1 << List::Generic as u8),
        (&l.n, 1 << List::Neutrality as u8),
        (&l.c, 1 << List::Compensation as u8),
        (&l.k_screen, 1 << List::Comparative as u8),
        (&l.l, 1 << List::Label as u8),
        (&l.q, 1 << List::Qualify as u8),
        (&number_words, NUMBER_WORD_TAG),
        (&crate::checks::progress::ON_COURSE_ENTRIES, ON_COURSE_TAG),
    ])
});

static CLAIM_TERMS: LazyLock<Screener> = LazyLock::new(|| {
    let l = &*LISTS;
    screen_of(&[&l.n[..], &l.k[..]].concat())
});

pub(crate) fn find_in(text: &str, a: &Analyzed, list: List) -> Vec<Term> {
    let lists = &*LISTS;
    let spans = match list {
        List::Generic => generic_spans(a, lists),
        List::Neutrality => {
            let legal = matches(a, &lists.xn);
            matches(a, &lists.n).into_iter().filter(|&(s, n)| !legal.iter().any(|&(ls, ln)| s < ls + ln && ls < s + n)).collect()
        }
        List::Compensation => matches(a, &lists.c),
        List::Comparative => {
            let mut spans = matches(a, &lists.k);
            spans.extend(superlative_spans(a));
            spans
        }
        List::Label => matches(a, &lists.l),
        List::Qualify => matches(a, &lists.q),
    };
    merge(text, a, spans)
}

/// Places a superlative ranks against: "de eerlijkste gemeente van de
/// provincie", "la commune la plus propre de Wallonie", "the fairest town
/// in the region".
const RANKED_IN: &[&str] =
    &["vlaanderen", "belgië", "belgie", "europa", "arrondissement", "wallonie", "flandre", "belgique", "europe", "flanders", "belgium"];
/// Places in words that say other things alone ("land", "pays", "world"), or
/// that are common in plans ("regio", "provincie"): only with the word before
/// them. In two words, so that the screen for them stays rare.
const RANKED_IN_TWO: &[&str] = &[
    "het land",
    "ons land",
    "de provincie",
    "onze provincie",
    "deze provincie",
    "de regio",
    "onze regio",
    "deze regio",
    "de streek",
    "onze streek",
    "de wereld",
    "du pays",
    "au pays",
    "la province",
    "la région",
    "la region",
    "notre région",
    "du monde",
    "au monde",
    "the world",
    "the country",
    "the county",
    "the uk",
    "the region",
    "our region",
    "the province",
];
/// English words in -est that are no superlative.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest", "forest", "harvest", "request", "contest", "honest", "modest", "protest", "invest", "suggest", "digest", "manifest",
    "latest",
];

/// A superlative that ranks against a place, the same place named within
/// six words after it in its clause (not in [`K`](lists::K), which lists the
/// usual ones): a Dutch adjective in -ste ("eerlijkste", "properste") or an
/// English one in -est ("fairest", "cleanest") after an article or a
/// possessive, or French "la plus", "le meilleur".
fn superlative_spans(a: &Analyzed) -> Vec<(usize, usize)> {
    let n = a.words.len();
    let word = |i: usize| a.word(i).norm.as_str();
    let mut out = Vec::new();
    for i in 1..n {
        let (w, prev) = (word(i), word(i - 1));
        // Not an amount ("de meeste") nor an order in time ("de laatste cijfers
        // van de provincie", "the latest figures of the region").
        let dutch =
            matches!(prev, "de" | "het" | "onze" | "ons") && w.len() >= 6 && w.ends_with("ste") && !matches!(w, "meeste" | "laatste");
        let english = matches!(prev, "the" | "our") && w.len() >= 6 && w.ends_with("est") && !NOT_SUPERLATIVE.contains(&w);
        // "la plus propre", "the most complete", "het meest volledige".
        let periphrastic = (matches!(prev, "la" | "le" | "les") && w == "plus")
            || (matches!(prev, "the" | "our") && w == "most")
            || (matches!(prev, "de" | "het" | "onze" | "ons") && w == "meest");
        let len = if periphrastic && i + 1 < n {
            2
        } else if dutch || english || matches!(w, "meilleur" | "meilleure" | "meilleurs" | "meilleures") {
            1
        } else {
            0
        };
        if len == 0 {
            continue;
        }
        let ranked = (i + len..(i + len + 6).min(n)).take_while(|&j| a.segment[j] == a.segment[i]).any(|j| {
            let place =
                RANKED_IN.contains(&word(j)) || (j > i + 1 && RANKED_IN_TWO.contains(&format!("{} {}", word(j - 1), word(j)).as_str()));
            place && (j.saturating_sub(3).max(i)..j).any(|k| matches!(word(k), "van" | "in" | "de" | "du" | "of" | "across" | "au"))
        });
        if ranked {
            out.push((i, len));
        }
    }
    out
}

/// G matches outside the exception phrases (longest exception first).
fn generic_spans(a: &Analyzed, lists: &Lists) -> Vec<(usize, usize)> {
    let mut exceptions = matches(a, &lists.x);
    if !matches(a, &lists.renewable).is_empty() {
        exceptions.extend(matches(a, &lists.x_energy));
    }
    // Longest wins: take exceptions longest first, skipping ones that overlap a taken one.
    exceptions.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut covered = vec![false; a.words.len()];
    for (s, n) in exceptions {
        if (s..s + n).all(|w| !covered[w]) {
            for c in &mut covered[s..s + n] {
                *c = true;
            }
        }
    }
    matches(a, &lists.g).into_iter().filter(|&(s, n)| (s..s + n).all(|w| !covered[w])).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    /// A text of words of `vocab` for proptests of the word lists: each pick
    /// a word, whole or cut short after 2, 4 or 6 characters, then one of `seps`.
    pub(crate) fn text_of_words(vocab: &[&str], picks: Vec<(proptest::sample::Index, usize, usize)>, seps: &[&str]) -> String {
        let mut text = String::new();
        for (pick, cut, sep) in picks {
            let word = vocab[pick.index(vocab.len())];
            let end = match cut {
                0 => word.len(),
                n => word.char_indices().map(|(k, _)| k).nth(n * 2).unwrap_or(word.len()),
            };
            text.push_str(&word[..end]);
            text.push_str(seps[sep % seps.len()]);
        }
        text
    }

    use super::*;

    fn g(text: &str) -> Vec<String> {
        find(text, List::Generic).into_iter().map(|t| t.text).collect()
    }
    fn l(text: &str, list: List) -> Vec<String> {
        find(text, list).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn a_nearly_zero_energy_building_is_a_legal_standard() {
        assert!(l("Het gebouw is bijna-energieneutraal (BEN).", List::Neutrality).is_empty());
        assert!(l("Een bijna energieneutraal gebouw.", List::Neutrality).is_empty());
        assert_eq!(l("Het gebouw is energieneutraal.", List::Neutrality), vec!["energieneutraal"]);
    }

    #[test]
    fn generic_plain_and_case_and_accents() {
        assert_eq!(g("Een DUURZAME keuze"), vec!["DUURZAME"]);
        assert_eq!(g("Une démarche écologique"), vec!["écologique"]);
        // NFD accents are composed by NFKC.
        assert_eq!(g("Une démarche e\u{301}cologique"), vec!["e\u{301}cologique"]);
        assert_eq!(g("milieuvriendelijke verf"), vec!["milieuvriendelijke"]);
        assert!(g("Wij zijn een gemeente").is_empty());
    }

    #[test]
    fn full_forms_only() {
        for t in ["economie", "ecosysteem", "ecocheques", "gebruiksvriendelijk", "groenten", "vertical"] {
            assert!(g(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn compounds_with_hyphen_space_or_nothing() {
        assert_eq!(l("Wij zijn CO2-neutraal", List::Neutrality), vec!["CO2-neutraal"]);
        assert_eq!(l("Wij zijn CO2 neutraal", List::Neutrality), vec!["CO2 neutraal"]);
        assert_eq!(l("Wij zijn co2neutraal", List::Neutrality), vec!["co2neutraal"]);
        assert_eq!(l("CO₂-neutraliteit tegen 2030", List::Neutrality), vec!["CO₂-neutraliteit"]);
        assert_eq!(l("klimaat-neutraal", List::Neutrality), vec!["klimaat-neutraal"]);
        assert_eq!(l("eco-friendly cups", List::Generic), vec!["eco-friendly"]);
        assert_eq!(l("eco friendly cups", List::Generic), vec!["eco friendly"]);
        assert_eq!(l("net zero and net-zero", List::Neutrality), vec!["net zero", "net-zero"]);
        // NFKC: full-width letters.
        assert_eq!(g("ｇｒｏｅｎ"), vec!["ｇｒｏｅｎ"]);
    }

    #[test]
    fn exceptions() {
        assert!(g("Onze duurzaamheidsambtenaar").is_empty());
        assert!(g("Duurzaamheid is belangrijk").is_empty());
        assert!(g("De duurzame ontwikkelingsdoelstellingen").is_empty());
        assert!(g("Duurzame ontwikkeling").is_empty());
        assert!(g("Wij geven ecocheques").is_empty());
        assert!(g("het openbaar groen en de groendienst").is_empty());
        assert!(g("Week van de Duurzame Gemeente").is_empty());
        assert!(g("le développement durable").is_empty());
        assert!(g("the Sustainable Development Goals").is_empty());
        // Party name: not excepted.
        assert_eq!(g("Groen stelt voor"), vec!["Groen"]);
        // Exception covers only its own words.
        assert_eq!(g("duurzame ontwikkeling en groene daken"), vec!["groene"]);
    }

    #[test]
    fn green_electricity_needs_origin_or_source() {
        assert_eq!(g("We kopen groene stroom."), vec!["groene"]);
        assert!(g("We kopen groene stroom met garanties van oorsprong.").is_empty());
        assert!(g("We kopen groene stroom uit windmolens.").is_empty());
        assert!(g("Nous achetons de l’électricité verte solaire.").is_empty());
        assert_eq!(g("Nous achetons de l’électricité verte."), vec!["verte"]);
        assert!(g("green electricity from renewable sources").is_empty());
    }

    #[test]
    fn elision_and_apostrophes() {
        assert_eq!(g("respectueux de l’environnement"), vec!["respectueux de l’environnement"]);
        assert_eq!(g("respectueux de l'environnement"), vec!["respectueux de l'environnement"]);
        assert_eq!(l("c'est l'écolabel", List::Label), vec!["écolabel"]);
    }

    #[test]
    fn runs_stop_at_punctuation_and_overlaps_merge() {
        assert!(l("netto. nul", List::Neutrality).is_empty());
        assert!(l("beter, dan", List::Comparative).is_empty());
        // duurzaamste is G and K; in K alone it is one term.
        assert_eq!(l("de duurzaamste gemeente", List::Comparative), vec!["duurzaamste"]);
        assert_eq!(l("klimaatneutraal", List::Neutrality), vec!["klimaatneutraal"]);
        // "netto nul" and "netto-nul*" overlap: one term.
        assert_eq!(l("netto-nul-uitstoot", List::Neutrality), vec!["netto-nul-uitstoot"]);
    }

    /// The index by first byte finds what trying every entry at every word finds.
    #[test]
    fn matches_agree_with_trying_every_entry() {
        let naive = |a: &Analyzed, e: &Entries| -> Vec<(usize, usize)> {
            (0..a.words.len()).flat_map(|i| e.iter().filter_map(move |x| x.match_at(a, i).map(|n| (i, n)))).collect()
        };
        let lists = &*LISTS;
        for text in [
            "Onze CO₂-neutrale gebouwen zijn klimaatneutraal en groen; wij compenseren niets.",
            "Le café est équitable, l'énergie verte et durable; nous sommes les premiers.",
            "The greenest, most sustainable council: carbon credits and offsetting, eco-friendly.",
            "",
        ] {
            let a = analyze(text);
            for e in [&lists.g, &lists.n, &lists.c, &lists.k, &lists.l, &lists.q, &lists.x] {
                assert_eq!(matches(&a, e), naive(&a, e), "{text}");
            }
        }
        assert!(matches(&analyze("iets"), &Entries::default()).is_empty());
    }

    proptest::proptest! {
        /// The same for texts made of the lists' own entries, whole, cut
        /// short and run together, so that most words start like some
        /// entry: the quick test on the first bytes skips no match.
        #[test]
        fn matches_agree_with_trying_every_entry_on_entry_words(
            picks in proptest::collection::vec((proptest::prelude::any::<proptest::sample::Index>(), 0usize..4, 0usize..5), 0..12)
        ) {
            let lists = &*LISTS;
            let all = [&lists.g, &lists.n, &lists.c, &lists.k, &lists.l, &lists.q, &lists.x, &lists.xn, &lists.k_screen];
            let vocab: Vec<&str> = all.iter().flat_map(|e| e.iter().map(|x| x.joined.as_str())).collect();
            let text = text_of_words(&vocab, picks, &[" ", "-", "", ". ", "'"]);
            let a = &analyze(&text);
            for e in all {
                let naive: Vec<(usize, usize)> =
                    (0..a.words.len()).flat_map(|i| e.iter().filter_map(move |x| x.match_at(a, i).map(|n| (i, n)))).collect();
                proptest::prop_assert_eq!(matches(a, e), naive, "{}", text);
            }
        }
    }

    /// A grapheme of one character normalised without NFKC is normalised
    /// as with it: every character `one_char_norm` takes.
    #[test]
    fn one_char_graphemes_are_normalised_as_by_nfkc() {
        for c in ('\u{80}'..='\u{2fff}').chain(['\u{FE63}', '\u{FF0D}']) {
            let g = c.to_string();
            let mut buf = [0; 4];
            if let Some(n) = one_char_norm(&g, &mut buf) {
                let folded: String = g.chars().map(|c| fold_char(c).unwrap_or(c)).collect();
                let want: String = folded.nfkc().collect::<String>().to_lowercase();
                assert_eq!(n, want, "{c:?}");
            }
        }
        assert!(one_char_norm("e\u{301}", &mut [0; 4]).is_none());
        assert_eq!(one_char_norm("É", &mut [0; 4]), Some("é"));
        assert_eq!(one_char_norm("–", &mut [0; 4]), Some("-"));
    }

    /// What [`Screen::found`] finds, the way it did before stepping the
    /// automaton by hand: the flat form made whole, searched for the
    /// patterns by the crate's overlapping search.
    fn found_by_search(text: &str, screener: &Screener) -> u8 {
        let flat = flatten(text, None);
        let mut gap = Vec::new();
        flatten(text, Some(&mut gap));
        let bytes = flat.as_bytes();
        let glued = |at: usize| at > 0 && at < bytes.len() && gap[at] == 0;
        let search = aho_corasick::AhoCorasick::new(&screener.patterns).expect("small");
        let mut found = 0;
        for m in search.find_overlapping_iter(&flat) {
            let p = m.pattern().as_usize();
            let (check_start, check_end) = screener.bounds[p];
            let (s, e) = (m.start(), m.end());
            if (!check_start || !glued(s) || !bytes[s - 1].is_ascii_alphanumeric())
                && (!check_end || !glued(e) || !bytes[e].is_ascii_alphanumeric())
            {
                found |= screener.tags[p];
            }
        }
        found
    }

    proptest::proptest! {
        /// The screens step their automaton over the flat form as it is
        /// made: they find what a search of the flat form made whole finds,
        /// on texts of the lists' entries (whole, cut short, run together)
        /// with separators and characters the normalisation changes.
        #[test]
        fn screens_find_what_a_search_of_the_flat_form_finds(
            picks in proptest::collection::vec((proptest::prelude::any::<proptest::sample::Index>(), 0usize..4, 0usize..12), 0..40)
        ) {
            let lists = &*LISTS;
            let all = [&lists.g, &lists.n, &lists.c, &lists.k, &lists.l, &lists.q, &lists.x, &lists.xn, &lists.k_screen];
            let vocab: Vec<&str> = all.iter().flat_map(|e| e.iter().map(|x| x.joined.as_str())).collect();
            let seps = [" ", "-", "", ". ", "'", "’", " – ", "\u{a0}", "É", "`", "\u{1fef}", "₂ ", "\r\n"];
            let text = text_of_words(&vocab, picks, &seps);
            for screener in SCREENS.iter().chain([&*ALL, &*CLAIM_TERMS]) {
                let want = found_by_search(&text, screener);
                proptest::prop_assert_eq!(Screen::new(&text).found(screener), want, "{:?}", text);
                for by_table in [false, true] {
                    proptest::prop_assert_eq!(screener.found_with(&text, by_table), want, "{:?} {}", text, by_table);
                }
            }
            let digits = flatten(&text, None).bytes().any(|b| b.is_ascii_digit());
            proptest::prop_assert_eq!(Screen::new(&text).lists().digits, digits, "{:?}", text);
        }
    }

    proptest::proptest! {
        /// Word segments as the crate finds them, on any text and on
        /// mostly ASCII text with the characters the rules look at.
        #[test]
        fn word_bounds_agree_with_the_crate(
            any in "\\PC{0,30}",
            mixed in proptest::collection::vec(proptest::sample::select(
                "aZ09 .,;:'_\"-!?()\r\n\t\u{b}\u{c}é\u{301}\u{200d}\u{200b}\u{ad}\u{a0}\u{3000}’·אカ🇧🇪👍\u{fe0f}".chars().collect::<Vec<char>>()), 0..40),
        ) {
            let mixed: String = mixed.into_iter().collect();
            for text in [&any, &mixed] {
                let crate_bounds: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
                proptest::prop_assert_eq!(word_bounds(text), crate_bounds, "{:?}", text);
            }
        }
    }

    #[test]
    fn other_lists() {
        assert_eq!(l("We compenseren onze uitstoot", List::Compensation), vec!["compenseren"]);
        assert_eq!(l("carbon credits and offsetting", List::Compensation), vec!["carbon credits", "offsetting"]);
        assert_eq!(l("Wij zijn koploper", List::Comparative), vec!["koploper"]);
        // A superlative ranked against a place, in any adjective.
        assert_eq!(l("Hoeverbeek is de eerlijkste gemeente van de provincie.", List::Comparative), vec!["eerlijkste"]);
        assert_eq!(l("Hoeverbeek is the fairest town in the region.", List::Comparative), vec!["fairest"]);
        assert_eq!(l("Le Repair Café le plus actif de la province.", List::Comparative), vec!["plus actif"]);
        // No place it ranks against, "de meeste", or an -est word that is no superlative: none.
        assert!(l("De laatste jaren plantten we bomen.", List::Comparative).is_empty());
        assert!(l("De meeste gemeenten van de provincie doen mee.", List::Comparative).is_empty());
        assert!(l("The forest in the region grows.", List::Comparative).is_empty());
        // An order in time: the latest figures of the province rank nothing.
        assert!(l("Volgens de laatste cijfers van de provincie daalde de uitstoot.", List::Comparative).is_empty());
        assert!(l("The latest figures of the region show it.", List::Comparative).is_empty());
        assert_eq!(l("La commune la plus propre du pays.", List::Comparative), vec!["plus propre"]);
        assert_eq!(l("Rozendaalbeek has the most complete open data portal in Flanders.", List::Comparative), vec!["most complete"]);
        assert_eq!(l("Wij hebben het meest volledige portaal van Vlaanderen.", List::Comparative), vec!["meest volledige"]);
        assert!(l("The most visited page of the site.", List::Comparative).is_empty());
        assert!(l("De grootste boerderij op het land.", List::Comparative).is_empty());
        assert_eq!(l("Lindebeek is Fairtrade-gemeente", List::Label), vec!["Fairtrade-gemeente"]);
        assert_eq!(l("ISO 14001 gecertificeerd", List::Label), vec!["ISO 14001", "gecertificeerd"]);
        assert!(l("labeling", List::Label).is_empty());
    }

    #[test]
    fn positions_are_original_bytes() {
        let text = "Onze CO₂-neutrale gebouwen";
        let t = &find(text, List::Neutrality)[0];
        assert_eq!(&text[t.range.clone()], "CO₂-neutrale");
    }
}
