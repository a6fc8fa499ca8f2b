//! Numbers in a text: digits read in the text's language, the canonical
//! (unit) words after them, and the keys an indicator is matched by; and how
//! a number is written back in a message.

use std::collections::HashSet;
use std::ops::Range;

use super::tables::{CLOCK_AND, CLOCK_BEFORE, CLOCK_NAMES, HOUR_WORDS, MONTH_ABBREVIATIONS, MONTH_NAMES, TABLES};
use crate::checks::words::{self, Analyzed, Entry, TokKind};
use crate::model::Language;

/// Canonical words of a text with unit synonyms folded to one word each,
/// with the index of their first word; lazily (a figure needs three).
pub(super) fn canonical_words<'a>(a: &'a Analyzed, from: usize, to: usize) -> impl Iterator<Item = (&'a str, usize)> + 'a {
    let t = &*TABLES;
    let mut w = from;
    std::iter::from_fn(move || {
        if w >= to {
            return None;
        }
        // Longest unit synonym first (compared in place: this runs for every
        // word after every figure).
        let spells = |e: &Entry, n: usize| {
            let mut rest = e.joined.as_str();
            for i in w..w + n {
                match rest.strip_prefix(a.word(i).norm.as_str()) {
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            rest.is_empty()
        };
        let syn = t
            .units
            .iter()
            .filter(|(e, _)| e.words > 1)
            .filter_map(|(e, c)| {
                let n = e.words;
                (w + n <= to && (w..w + n).all(|i| a.segment[i] == a.segment[w]) && spells(e, n)).then_some((n, *c))
            })
            .max_by_key(|(n, _)| *n);
        let start = w;
        if let Some((n, c)) = syn {
            w += n;
            return Some((c, start));
        }
        let word = a.word(w).norm.as_str();
        w += 1;
        Some((t.units.iter().find(|(e, _)| e.words == 1 && e.joined == word).map_or(word, |(_, c)| c), start))
    })
}

pub(super) fn indicator_keys(unit: Option<&str>, name: &str) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(u) = unit {
        let a = words::analyze(u);
        if let Some((w, _)) = canonical_words(&a, 0, a.words.len()).next() {
            keys.push(w.to_owned());
        }
    }
    let a = words::analyze(name);
    if let Some((w, _)) =
        canonical_words(&a, 0, a.words.len()).collect::<Vec<_>>().into_iter().rev().find(|(w, _)| !w.chars().all(|c| c.is_ascii_digit()))
    {
        keys.push(w.to_owned());
    }
    keys
}

/// The numbers in an indicator's name, each with the (canonical) word after it.
pub(super) fn named_numbers(name: &str, lang: Language) -> Vec<(f64, String)> {
    if !name.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let a = words::analyze(name);
    extract_numbers(name, &a, lang)
        .into_iter()
        .filter_map(|n| canonical_words(&a, n.last + 1, a.words.len()).next().map(|(w, _)| (n.value, w.to_owned())))
        .collect()
}

pub(super) fn fits(word: &str, key: &str) -> bool {
    // A plural in -s fits its singular ("premie", "premies"; not -en: "verbruik", "verbruiken").
    let plural = |a: &str, b: &str| b.strip_prefix(a).is_some_and(|rest| matches!(rest, "s" | "'s"));
    word == key || (key.chars().count() >= 5 && word.ends_with(key)) || plural(word, key) || plural(key, word)
}

pub(super) fn word_set(spans: &[(usize, usize)]) -> HashSet<usize> {
    spans.iter().flat_map(|&(s, n)| s..s + n).collect()
}

/// A number in digits found in the text, before classification.
#[derive(Debug, Clone)]
pub(super) struct Num {
    /// First and last word index.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: f64,
    pub(super) decimals: u32,
    /// The scale word after the digits ("5 miljoen": 1,000,000), 1 without one:
    /// the value is in units, its last digit counts in the scale.
    pub(super) scale: f64,
    pub(super) pct: bool,
    /// Four digits 1990..=2100, no separator, no `%`.
    pub(super) year_like: bool,
    pub(super) range: Range<usize>,
}

pub(super) fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Parse a number word in the text's convention: value and decimal places.
pub(super) fn parse_number(s: &str, lang: Language) -> Option<(f64, u32)> {
    if !s.bytes().next()?.is_ascii_digit() || !s.bytes().last()?.is_ascii_digit() {
        return None;
    }
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let (group, dec) = if lang == Language::En { (',', '.') } else { ('.', ',') };
    // Split off the decimal part.
    let (int_part, frac) = match s.rsplit_once(dec) {
        Some((i, f)) if !f.contains(group) => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let groups: Vec<&str> = int_part.split(group).collect();
    let grouped = groups.len() > 1 && (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
    let (int_digits, frac) = if groups.len() == 1 || grouped {
        (groups.concat(), frac)
    } else if lang != Language::En && groups.len() == 2 && frac.is_none() {
        // nl/fr: a `.` not followed by exactly three digits is a decimal mark.
        (groups[0].to_owned(), Some(groups[1]))
    } else {
        return None;
    };
    if frac.is_some_and(|f| f.contains(group)) || !is_digits(&int_digits) {
        return None;
    }
    let text = match frac {
        Some(f) => format!("{int_digits}.{f}"),
        None => int_digits,
    };
    Some((text.parse().ok()?, frac.map_or(0, |f| f.len() as u32)))
}

/// The tokens between two word indices are only spaces (and no-break spaces).
fn only_space_between(a: &Analyzed, w1: usize, w2: usize) -> bool {
    let (t1, t2) = (a.words[w1], a.words[w2]);
    t2 > t1 + 1 && a.toks[t1 + 1..t2].iter().all(|t| t.kind == TokKind::Space && t.norm == " ")
}

/// The single punctuation token right between two adjacent words, if any.
pub(super) fn glue_between(a: &Analyzed, w1: usize, w2: usize) -> Option<&str> {
    let (t1, t2) = (a.words[w1], a.words[w2]);
    (t2 == t1 + 2).then(|| a.toks[t1 + 1].norm.as_str())
}

/// The number at word `i` is an hour of the clock: 0 to 24, followed by a
/// word for hours ("5 uur", "23 u", "5 h", "5 a.m.") after a word of time
/// or of a range ("om", "tot", "na", "à", "de", "from", "to"; "en", "et",
/// "and" only after another clock time: "tussen 23 u en 5 u"), or the
/// first of a range of them ("van 0 tot 5 uur", "de 22 à 6 h").
fn is_clock_time(a: &Analyzed, i: usize) -> bool {
    let nw = a.words.len();
    let w = |k: usize| a.word(k).norm.as_str();
    let hour = |k: usize| is_digits(w(k)) && w(k).len() <= 2 && w(k).parse::<u8>().is_ok_and(|h| h <= 24);
    let hour_word = |k: usize| k < nw && (HOUR_WORDS.contains(&w(k)) || ((w(k) == "a" || w(k) == "p") && k + 1 < nw && w(k + 1) == "m"));
    let clock_name = |k: usize| CLOCK_NAMES.contains(&w(k));
    // A number with its hour word, after a word of time, or after "en|et|and" that follows another clock time.
    let timed = |k: usize| {
        if !(hour(k) && hour_word(k + 1) && k > 0) {
            return false;
        }
        let p = w(k - 1);
        if CLOCK_BEFORE.contains(&p) {
            return true;
        }
        matches!(p, "en" | "et" | "and") && k >= 2 && (hour_word(k - 2) || clock_name(k - 2))
    };
    if timed(i) {
        return true;
    }
    // The start of a range: van|de|tussen|entre|from|between N tot|à|en|et|to|and M uur.
    i > 0
        && hour(i)
        && matches!(w(i - 1), "van" | "vanaf" | "tussen" | "de" | "entre" | "from" | "between")
        && i + 2 < nw
        && CLOCK_AND.contains(&w(i + 1))
        && ((hour(i + 2) && hour_word(i + 3)) || clock_name(i + 2))
}

pub(super) fn extract_numbers(text: &str, a: &Analyzed, lang: Language) -> Vec<Num> {
    let nw = a.words.len();
    let w = |i: usize| a.word(i).norm.as_str();
    let orig = |i: usize| &text[a.word(i).orig.clone()];
    let mut out = Vec::new();
    let mut skip = vec![false; nw];
    let mut i = 0;
    while i < nw {
        // "duizend nieuwe bomen", "a thousand trees": a round number in words
        // (not after digits: "2 duizend"; "cent" is left out, "pour cent").
        let round = match w(i) {
            "honderd" | "hundred" => Some(100.0),
            "duizend" | "mille" | "thousand" => Some(1000.0),
            _ => None,
        };
        if let Some(value) = round
            && !skip[i]
            && !(i > 0 && w(i - 1).bytes().next().is_some_and(|b| b.is_ascii_digit()))
        {
            let pct = i + 1 < nw && matches!(w(i + 1), "procent" | "percent");
            let range = if pct { a.range(i, i + 2) } else { a.range(i, i + 1) };
            out.push(Num { first: i, last: i, value, decimals: 0, scale: 1.0, pct, year_like: false, range });
            i += 1;
            continue;
        }
        if skip[i] || !w(i).bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let word = w(i);
        if !word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
            // CO2, SDG13, 3de, 1er, 14u30: not figures.
            i += 1;
            continue;
        }
        // Joined to another number by `/`, `-` or `:`: a date, a reference, a time.
        let glued = |j: usize, k: usize| matches!(glue_between(a, j, k), Some("/" | "-" | ":")) && is_digits(w(k).trim_matches(['.', ',']));
        if (i > 0 && glued(i - 1, i)) || (i + 1 < nw && glued(i, i + 1)) {
            i += 1;
            continue;
        }
        // Joined by `-` to a word, it names a kind: "80-plussers", "12-jarigen",
        // "3-sterrenhotel", "5-year plan" (not "een 20-tal", about twenty).
        let names_a_kind = i + 1 < nw
            && glue_between(a, i, i + 1) == Some("-")
            && w(i + 1).chars().next().is_some_and(char::is_alphabetic)
            && !w(i + 1).starts_with("tal");
        if names_a_kind {
            i += 1;
            continue;
        }
        // After ISO, EN, NBN (capitals), SDG, ODD, art., artikel, article, tel, gsm...
        if i > 0 {
            let p = w(i - 1);
            let po = orig(i - 1);
            let ref_word = matches!(po, "ISO" | "EN" | "NBN") || matches!(p, "sdg" | "odd" | "art" | "artikel" | "article");
            if ref_word {
                i += 1;
                continue;
            }
            if matches!(p, "tel" | "telefoon" | "gsm") {
                let mut j = i;
                while j < nw && is_digits(w(j)) {
                    skip[j] = true;
                    j += 1;
                }
                i = j.max(i + 1);
                continue;
            }
        }
        // Phone: 0xx xx xx xx.
        if word.starts_with('0') && is_digits(word) && (2..=4).contains(&word.len()) {
            let mut j = i;
            let mut groups = 0;
            while j + 1 < nw && only_space_between(a, j, j + 1) && is_digits(w(j + 1)) && (2..=3).contains(&w(j + 1).len()) {
                j += 1;
                groups += 1;
            }
            if groups >= 2 {
                i = j + 1;
                continue;
            }
        }
        // Dates: a day next to a month name.
        if is_digits(word) && word.len() <= 2 {
            let month = |word: &str| MONTH_NAMES.contains(&word) || MONTH_ABBREVIATIONS.contains(&word);
            let next_month = i + 1 < nw && month(w(i + 1));
            let prev_month = i > 0 && month(w(i - 1));
            if next_month || prev_month {
                i += 1;
                continue;
            }
        }
        // Times: 14.30 uur.
        if (word.contains('.') || word.contains(',')) && i + 1 < nw && matches!(w(i + 1), "uur" | "u" | "h") {
            i += 1;
            continue;
        }
        if is_clock_time(a, i) {
            i += 1;
            continue;
        }
        let Some((mut value, decimals)) = parse_number(word, lang) else {
            i += 1;
            continue;
        };
        // Thousands grouped with spaces: 12 000.
        let mut last = i;
        if is_digits(word) && (1..=3).contains(&word.len()) {
            let mut digits = word.to_owned();
            while last + 1 < nw && only_space_between(a, last, last + 1) && is_digits(w(last + 1)) && w(last + 1).len() == 3 {
                last += 1;
                digits.push_str(w(last));
            }
            value = digits.parse().unwrap_or(value);
        }
        // A scale word right after the digits: "5 miljoen euro", "1,2 million
        // d'euros", "2.5 billion" (since session 19: "5 miljoen" was read as 5).
        let mut scale = 1.0;
        if last + 1 < nw && only_space_between(a, last, last + 1) {
            scale = match w(last + 1) {
                "miljoen" | "million" | "millions" | "mio" => 1e6,
                "miljard" | "milliard" | "milliards" | "billion" | "billions" => 1e9,
                _ => 1.0,
            };
            if scale > 1.0 {
                last += 1;
                value *= scale;
            }
        }
        let mut range = a.range(i, last + 1);
        // Percentage.
        let mut pct = false;
        let t_last = a.words[last];
        let mut t = t_last + 1;
        while t < a.toks.len() && a.toks[t].kind == TokKind::Space {
            t += 1;
        }
        if t < a.toks.len() && a.toks[t].norm == "%" {
            pct = true;
            range.end = a.toks[t].orig.end;
        } else if last + 1 < nw && a.words[last + 1] == t {
            let n1 = w(last + 1);
            let n2 = if last + 2 < nw { w(last + 2) } else { "" };
            if matches!(n1, "procent" | "pct" | "percent") {
                pct = true;
                range.end = a.word(last + 1).orig.end;
            } else if matches!((n1, n2), ("pour" | "per", "cent")) {
                pct = true;
                range.end = a.word(last + 2).orig.end;
            }
        }
        let year_like = !pct && last == i && word.len() == 4 && is_digits(word) && (1990.0..=2100.0).contains(&value) && decimals == 0;
        out.push(Num { first: i, last, value, decimals, scale, pct, year_like, range });
        i = last + 1;
    }
    out
}

pub(super) fn fmt(v: f64, max_dec: usize) -> String {
    let s = format!("{v:.max_dec$}");
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s }
}

pub(super) fn signed(v: f64) -> String {
    if v < 0.0 { format!("\u{2212}{}", fmt(-v, 1)) } else { format!("+{}", fmt(v, 1)) }
}
