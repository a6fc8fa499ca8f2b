//! The Figures algorithm of `checks.md`: extract the figures of a claim text
//! (numbers, percentages, number words, neutrality terms in a commitment),
//! classify them against the indicators of the claim's evidence, and decide
//! whether some candidate supports each one. Pure: text and model in, verdicts out.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::words::{self, Analyzed, Entry, List, TokKind};
use crate::model::{ActionStatus, Claim, ClaimKind, Date, Language, Project, Visibility};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Decrease,
    Increase,
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FigKind {
    /// A percentage read as a change (the text has a direction).
    ChangePct,
    /// A percentage read as a share (no direction).
    SharePct,
    /// A plain number followed by a word that fits some indicator (indices of `Evidence::inds`).
    Count(Vec<usize>),
    /// A plain number with no word after it.
    BareCount,
    /// A plain number followed by words that fit no indicator.
    UnknownUnit,
    /// A ratio from a number word (halveren: 0.5, verdubbelen: 2.0), with its own direction.
    Ratio(Dir),
    /// "een derde", "een kwart": a relative change in the text's direction.
    Fraction,
    /// A neutrality term in a commitment: a ratio of 0.
    Neutral,
    /// `van X naar Y`: X must equal the baseline.
    From,
    /// `van X naar Y`: Y is a level.
    To,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub range: Range<usize>,
    pub text: String,
    pub value: f64,
    pub tol: f64,
    pub kind: FigKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Supported,
    Unsupported { message: String, help: String },
    Untraceable { message: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    pub figure: Figure,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Years in the text with their ranges.
    pub years: Vec<(i16, Range<usize>)>,
    pub figures: Vec<Judged>,
}

impl Analysis {
    pub fn any_supported(&self) -> bool {
        self.figures.iter().any(|j| j.verdict == Verdict::Supported)
    }
}

/// One indicator of the claim's evidence.
#[derive(Debug, Clone)]
pub struct Ind {
    pub action: String,
    pub name: String,
    pub pct: bool,
    /// Canonical first word of the unit and last non-number word of the name.
    pub keys: Vec<String>,
    pub b: Option<f64>,
    pub t: f64,
    /// Latest progress on or before today.
    pub latest: Option<(Date, f64)>,
}

impl Ind {
    fn decreasing(&self) -> bool {
        self.b.is_some_and(|b| self.t < b)
    }
}

/// The indicators a claim's figures are checked against, and why there may be none.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    pub inds: Vec<Ind>,
    pub result: bool,
    /// Linked, not dropped actions with an indicator that were left out because they are internal.
    pub hidden: usize,
}

pub fn evidence(project: &Project, claim: &Claim, today: Date, public_facing: bool) -> Evidence {
    let mut ev = Evidence { result: claim.kind == ClaimKind::Result, ..Default::default() };
    for r in &claim.actions {
        let Some(a) = project.action(&r.id) else { continue };
        if a.status == ActionStatus::Dropped {
            continue;
        }
        if a.indicators.is_empty() {
            continue;
        }
        if public_facing && a.visibility != Visibility::Public {
            ev.hidden += 1;
            continue;
        }
        for ind in &a.indicators {
            ev.inds.push(Ind {
                action: a.id.to_string(),
                name: ind.name.clone(),
                pct: ind.unit.as_deref().is_some_and(|u| u.trim() == "%"),
                keys: indicator_keys(ind.unit.as_deref(), &ind.name),
                b: ind.baseline,
                t: ind.target,
                latest: ind.latest(today).map(|p| (p.date, p.value)),
            });
        }
    }
    ev
}

// --- word tables

const UNIT_SYNONYMS: &[(&str, &str)] = &[
    ("vierkante meter", "m2"),
    ("vierkante meters", "m2"),
    ("mètres carrés", "m2"),
    ("mètre carré", "m2"),
    ("square metres", "m2"),
    ("square meters", "m2"),
    ("square metre", "m2"),
    ("square meter", "m2"),
    ("m2", "m2"),
    ("ton", "ton"),
    ("tonnen", "ton"),
    ("tonne", "ton"),
    ("tonnes", "ton"),
    ("km", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilomètres", "km"),
    ("kilomètre", "km"),
    ("kilometres", "km"),
    ("kilometre", "km"),
];

const DECREASE: &[&str] = &[
    "minder",
    "daling",
    "daalt",
    "daalde",
    "vermindering",
    "verminderen",
    "reductie",
    "besparing",
    "besparen",
    "bespaarden",
    "lager",
    "omlaag",
    "verlag*",
    "naar beneden",
    "moins",
    "réduction",
    "réduire",
    "baisse",
    "économie*",
    "less",
    "fewer",
    "reduce*",
    "reduction",
    "cut",
    "lower",
];
const INCREASE: &[&str] = &[
    "meer",
    "extra",
    "bijkomend*",
    "stijging",
    "stijgt",
    "steeg",
    "toename",
    "groei*",
    "omhoog",
    "verhog*",
    "plus",
    "supplémentaire*",
    "hausse",
    "augmentation",
    "more",
    "extra",
    "additional",
    "increase*",
    "growth",
];
const QUALIFIERS: &[&str] = &["ruim", "meer dan", "minstens", "plus de", "au moins", "more than", "at least", "tot", "jusqu'à", "up to"];
const HALF: &[&str] =
    &["halveren", "halveert", "halveerden", "gehalveerd", "halvering", "réduire de moitié", "diviser par deux", "halved", "halving"];
const DOUBLE: &[&str] = &["verdubbelen", "verdubbelt", "verdubbelde", "verdubbeld", "verdubbeling", "doubler", "doublé", "doubled"];
const THIRD: &[&str] = &["een derde", "un tiers", "a third"];
const QUARTER: &[&str] = &["een kwart", "un quart", "a quarter"];
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mrt",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "dec",
];

struct Tables {
    units: Vec<(Entry, &'static str)>,
    decrease: Vec<Entry>,
    increase: Vec<Entry>,
    qualifiers: Vec<Entry>,
    half: Vec<Entry>,
    double: Vec<Entry>,
    third: Vec<Entry>,
    quarter: Vec<Entry>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    units: UNIT_SYNONYMS.iter().map(|(s, c)| (Entry::new(s), *c)).collect(),
    decrease: words::entries(DECREASE),
    increase: words::entries(INCREASE),
    qualifiers: words::entries(QUALIFIERS),
    half: words::entries(HALF),
    double: words::entries(DOUBLE),
    third: words::entries(THIRD),
    quarter: words::entries(QUARTER),
});

/// The number words (halveren, verdubbelen, een derde, een kwart), for [`words::Screen`].
pub(super) fn number_word_entries() -> Vec<Entry> {
    let t = &*TABLES;
    [&t.half, &t.double, &t.third, &t.quarter].into_iter().flatten().cloned().collect()
}

/// Canonical words of a text with unit synonyms folded to one word each,
/// with the index of their first word; lazily (a figure needs three).
fn canonical_words<'a>(a: &'a Analyzed, from: usize, to: usize) -> impl Iterator<Item = (&'a str, usize)> + 'a {
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

fn indicator_keys(unit: Option<&str>, name: &str) -> Vec<String> {
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

fn fits(word: &str, key: &str) -> bool {
    word == key || (key.chars().count() >= 5 && word.ends_with(key))
}

fn word_set(spans: &[(usize, usize)]) -> HashSet<usize> {
    spans.iter().flat_map(|&(s, n)| s..s + n).collect()
}

/// A number in digits found in the text, before classification.
#[derive(Debug, Clone)]
struct Num {
    /// First and last word index.
    first: usize,
    last: usize,
    value: f64,
    decimals: u32,
    pct: bool,
    /// Four digits 1990..=2100, no separator, no `%`.
    year_like: bool,
    range: Range<usize>,
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Parse a number word in the text's convention: value and decimal places.
fn parse_number(s: &str, lang: Language) -> Option<(f64, u32)> {
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
fn glue_between(a: &Analyzed, w1: usize, w2: usize) -> Option<&str> {
    let (t1, t2) = (a.words[w1], a.words[w2]);
    (t2 == t1 + 2).then(|| a.toks[t1 + 1].norm.as_str())
}

fn extract_numbers(text: &str, a: &Analyzed, lang: Language) -> Vec<Num> {
    let nw = a.words.len();
    let w = |i: usize| a.word(i).norm.as_str();
    let orig = |i: usize| &text[a.word(i).orig.clone()];
    let mut out = Vec::new();
    let mut skip = vec![false; nw];
    let mut i = 0;
    while i < nw {
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
            let next_month = i + 1 < nw && MONTHS.contains(&w(i + 1));
            let prev_month = i > 0 && MONTHS.contains(&w(i - 1));
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
        out.push(Num { first: i, last, value, decimals, pct, year_like, range });
        i = last + 1;
    }
    out
}

fn fmt(v: f64, max_dec: usize) -> String {
    let s = format!("{v:.max_dec$}");
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s }
}

fn signed(v: f64) -> String {
    if v < 0.0 { format!("\u{2212}{}", fmt(-v, 1)) } else { format!("+{}", fmt(v, 1)) }
}

/// Analyse a claim's text against its evidence.
pub fn analyse(text: &str, claim_kind: ClaimKind, lang: Language, ev: &Evidence) -> Analysis {
    analyse_in(text, &words::analyze(text), claim_kind, lang, ev)
}

/// [`analyse`], with the text already analysed.
pub fn analyse_in(text: &str, a: &Analyzed, claim_kind: ClaimKind, lang: Language, ev: &Evidence) -> Analysis {
    let tables = &*TABLES;
    // A qualifier counts only right before a number in digits or a number word.
    let number_word_starts: HashSet<usize> = [&tables.half, &tables.double, &tables.third, &tables.quarter]
        .into_iter()
        .flat_map(|list| words::matches(a, list))
        .map(|(s, _)| s)
        .collect();
    let before_number = |w: usize| {
        w < a.words.len() && (a.word(w).norm.bytes().next().is_some_and(|b| b.is_ascii_digit()) || number_word_starts.contains(&w))
    };
    let qualifiers: Vec<_> = words::matches(a, &tables.qualifiers).into_iter().filter(|&(s, n)| before_number(s + n)).collect();
    let qualifier_words = word_set(&qualifiers);
    let dec: Vec<_> =
        words::matches(a, &tables.decrease).into_iter().filter(|&(s, n)| (s..s + n).all(|w| !qualifier_words.contains(&w))).collect();
    let inc: Vec<_> =
        words::matches(a, &tables.increase).into_iter().filter(|&(s, n)| (s..s + n).all(|w| !qualifier_words.contains(&w))).collect();
    let direction_words: HashSet<usize> = word_set(&dec).union(&word_set(&inc)).copied().collect();
    let dir = match (dec.is_empty(), inc.is_empty()) {
        (false, true) => Dir::Decrease,
        (true, false) => Dir::Increase,
        _ => Dir::None,
    };

    // The words after a number, skipping direction words, within its segment.
    let words_after = |last: usize| -> Vec<&str> {
        let seg = a.segment[last];
        let mut end = last + 1;
        while end < a.words.len() && a.segment[end] == seg {
            end += 1;
        }
        canonical_words(a, last + 1, end).filter(|(_, w)| !direction_words.contains(w)).take(3).map(|(c, _)| c).collect()
    };
    let fitting = |ws: &[&str]| -> Vec<usize> {
        ev.inds.iter().enumerate().filter(|(_, ind)| ind.keys.iter().any(|k| ws.iter().any(|w| fits(w, k)))).map(|(i, _)| i).collect()
    };

    let mut analysis = Analysis::default();
    let mut figures = Vec::new();
    let nums = extract_numbers(text, a, lang);
    for n in &nums {
        let tol = 0.5 * 10f64.powi(-(n.decimals as i32));
        let fig_text = text[n.range.clone()].to_owned();
        if n.year_like {
            // The very next word (skipping direction words) decides.
            let next = words_after(n.last);
            let unit = next.first().is_some_and(|w| ev.inds.iter().any(|ind| ind.keys.iter().any(|k| fits(w, k))));
            if !unit {
                analysis.years.push((n.value as i16, n.range.clone()));
                continue;
            }
        }
        let kind = if n.pct {
            if dir == Dir::None { FigKind::SharePct } else { FigKind::ChangePct }
        } else {
            let after = words_after(n.last);
            let fit = fitting(&after);
            if after.is_empty() {
                FigKind::BareCount
            } else if fit.is_empty() {
                FigKind::UnknownUnit
            } else {
                FigKind::Count(fit)
            }
        };
        figures.push((n.first, Figure { range: n.range.clone(), text: fig_text, value: n.value, tol, kind }));
    }
    // From-to phrases: van X [unit] naar Y.
    for k in 0..nums.len().saturating_sub(1) {
        let (x, y) = (&nums[k], &nums[k + 1]);
        if x.year_like || y.year_like && analysis.years.iter().any(|(_, r)| *r == y.range) {
            continue;
        }
        let before = x.first > 0 && matches!(a.word(x.first - 1).norm.as_str(), "van" | "de" | "from");
        let between: Vec<&str> = (x.last + 1..y.first).map(|w| a.word(w).norm.as_str()).collect();
        let to_word = |s: &str| matches!(s, "naar" | "à" | "a" | "to");
        let ok_between = match between.as_slice() {
            [t] => to_word(t),
            [_, t] => to_word(t),
            _ => false,
        };
        let clean = a.toks[a.words[x.last] + 1..a.words[y.first]].iter().all(|t| t.kind != TokKind::Punct || t.norm == "%");
        if before && ok_between && clean {
            for f in figures.iter_mut() {
                if f.1.range == x.range {
                    f.1.kind = FigKind::From;
                } else if f.1.range == y.range {
                    f.1.kind = FigKind::To;
                }
            }
        }
    }
    // Number words.
    let mut word_fig = |spans: Vec<(usize, usize)>, value: f64, tol: f64, kind: FigKind| {
        for (s, n) in spans {
            let range = a.range(s, s + n);
            figures.push((s, Figure { text: text[range.clone()].to_owned(), range, value, tol, kind: kind.clone() }));
        }
    };
    word_fig(words::matches(a, &tables.half), 0.5, 0.01, FigKind::Ratio(Dir::Decrease));
    word_fig(words::matches(a, &tables.double), 2.0, 0.01, FigKind::Ratio(Dir::Increase));
    word_fig(words::matches(a, &tables.third), 100.0 / 3.0, 0.5, FigKind::Fraction);
    word_fig(words::matches(a, &tables.quarter), 25.0, 0.5, FigKind::Fraction);
    if claim_kind == ClaimKind::Commitment {
        for t in words::find_in(text, a, List::Neutrality) {
            figures.push((usize::MAX, Figure { text: t.text.clone(), range: t.range, value: 0.0, tol: 0.01, kind: FigKind::Neutral }));
        }
    }
    figures.sort_by_key(|f| (f.1.range.start, f.0));
    analysis.figures = figures.into_iter().map(|(_, f)| judge(f, dir, ev)).collect();
    analysis
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Better {
    Larger,
    Smaller,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum CandKind {
    Change,
    Relative,
    Points,
    Level,
    Ratio,
    Baseline,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    value: f64,
    better: Better,
    kind: CandKind,
    ind: usize,
}

fn sign_ok(dir: Dir, end: f64, b: f64) -> bool {
    match dir {
        Dir::Decrease => end < b,
        Dir::Increase => end > b,
        Dir::None => true,
    }
}

/// The candidates of a figure's kind, with `end` the value per indicator.
fn candidates(f: &Figure, dir: Dir, ev: &Evidence, end_of: &dyn Fn(&Ind) -> Option<f64>) -> Vec<Cand> {
    let mut out = Vec::new();
    for (i, ind) in ev.inds.iter().enumerate() {
        let Some(end) = end_of(ind) else { continue };
        let level_better = if ind.decreasing() { Better::Smaller } else { Better::Larger };
        let mut push = |value: f64, better: Better, kind: CandKind| out.push(Cand { value, better, kind, ind: i });
        let change = |push: &mut dyn FnMut(f64, Better, CandKind), d: Dir| {
            if let Some(b) = ind.b
                && sign_ok(d, end, b)
            {
                push((end - b).abs(), Better::Larger, CandKind::Change);
            }
        };
        let levels = |push: &mut dyn FnMut(f64, Better, CandKind)| {
            if let Some(b) = ind.b {
                push(b, level_better, CandKind::Level);
            }
            push(end, level_better, CandKind::Level);
        };
        let relative = |push: &mut dyn FnMut(f64, Better, CandKind), d: Dir| {
            if let Some(b) = ind.b.filter(|b| *b != 0.0)
                && sign_ok(d, end, b)
            {
                push((end - b).abs() / b.abs() * 100.0, Better::Larger, CandKind::Relative);
            }
        };
        let ratio = |push: &mut dyn FnMut(f64, Better, CandKind), d: Dir| {
            if let Some(b) = ind.b.filter(|b| *b != 0.0)
                && sign_ok(d, end, b)
            {
                push(end / b, level_better, CandKind::Ratio);
            }
        };
        match &f.kind {
            FigKind::ChangePct => {
                if ind.pct {
                    if let Some(b) = ind.b
                        && sign_ok(dir, end, b)
                    {
                        push((end - b).abs(), Better::Larger, CandKind::Points);
                    }
                } else {
                    relative(&mut push, dir);
                }
            }
            FigKind::SharePct => {
                if ind.pct {
                    levels(&mut push);
                }
            }
            FigKind::Count(fit) if !fit.contains(&i) => {}
            FigKind::Count(_) | FigKind::BareCount => {
                if dir == Dir::None {
                    levels(&mut push);
                } else {
                    change(&mut push, dir);
                }
            }
            FigKind::UnknownUnit => {}
            FigKind::Ratio(d) => ratio(&mut push, *d),
            FigKind::Neutral => {
                if ind.decreasing() {
                    ratio(&mut push, Dir::Decrease);
                }
            }
            FigKind::Fraction => relative(&mut push, dir),
            FigKind::From => {
                if let Some(b) = ind.b {
                    push(b, Better::Larger, CandKind::Baseline);
                }
            }
            FigKind::To => levels(&mut push),
        }
    }
    out
}

fn supports(c: &Cand, f: &Figure) -> bool {
    match (c.kind, c.better) {
        (CandKind::Baseline, _) => (c.value - f.value).abs() <= f.tol + 1e-9,
        (_, Better::Larger) => c.value >= f.value - f.tol - 1e-9,
        (_, Better::Smaller) => c.value <= f.value + f.tol + 1e-9,
    }
}

fn describe(c: &Cand, ev: &Evidence, f: &Figure) -> String {
    let ind = &ev.inds[c.ind];
    match c.kind {
        CandKind::Relative => format!("{} %", fmt(c.value, 1)),
        CandKind::Points => format!("{} percentage points", fmt(c.value, 1)),
        CandKind::Change => format!("a change of {}", fmt(c.value, 2)),
        CandKind::Level if ind.pct => format!("{} %", fmt(c.value, 1)),
        CandKind::Level => fmt(c.value, 2),
        CandKind::Ratio => format!("a ratio of {} ({} %)", fmt(c.value, 2), signed((c.value - 1.0) * 100.0)),
        CandKind::Baseline => format!("a baseline of {}", fmt(c.value, 2)),
    }
    .replace("  ", " ")
    .trim()
    .to_owned()
        + if f.kind == FigKind::Neutral { " (neutrality is a ratio of 0)" } else { "" }
}

fn judge(f: Figure, dir: Dir, ev: &Evidence) -> Judged {
    let end_of = |ind: &Ind| if ev.result { ind.latest.map(|l| l.1) } else { Some(ind.t) };
    let cands = candidates(&f, dir, ev, &end_of);
    if cands.iter().any(|c| supports(c, &f)) {
        return Judged { figure: f, verdict: Verdict::Supported };
    }
    if cands.is_empty() {
        let message = untraceable_reason(&f, ev);
        return Judged { figure: f, verdict: Verdict::Untraceable { message } };
    }
    // The strongest candidate.
    let best = cands
        .iter()
        .max_by(|x, y| {
            let key = |c: &Cand| if c.better == Better::Larger { c.value } else { -c.value };
            key(x).total_cmp(&key(y))
        })
        .copied()
        .unwrap_or(cands[0]);
    let what = if ev.result { "the measurements show" } else { "the plan reaches" };
    let mut message = format!("\u{201c}{}\u{201d} claims more than the evidence shows: {what} {}", f.text, describe(&best, ev, &f));
    let mut help = format!(
        "{} supports {}, not {}: lower the figure, or link the evidence that supports it",
        ev.inds[best.ind].name,
        describe(&best, ev, &f),
        f.text
    );
    if ev.result {
        let target = candidates(&f, dir, ev, &|ind: &Ind| Some(ind.t));
        if let Some(t) = target.iter().find(|c| supports(c, &f)) {
            let ind = &ev.inds[t.ind];
            let measured = match (ind.latest, ind.b) {
                (Some((d, l)), Some(b)) if b != 0.0 => format!("measured {} % on {d}", signed((l - b) / b * 100.0)),
                (Some((d, l)), _) => format!("measured {} on {d}", fmt(l, 2)),
                (None, _) => "not measured yet".to_owned(),
            };
            message = format!("\u{201c}{}\u{201d} is not achieved yet: that is the target; {measured}", f.text);
            help = format!("state what was measured, or say it as a commitment (the target of {})", ind.name);
        }
    }
    Judged { figure: f, verdict: Verdict::Unsupported { message, help } }
}

fn untraceable_reason(f: &Figure, ev: &Evidence) -> String {
    let head = format!("\u{201c}{}\u{201d} cannot be checked: ", f.text);
    let why = if ev.inds.is_empty() && ev.hidden > 0 {
        "the actions with an indicator are internal, so no reader can check it".to_owned()
    } else if ev.inds.is_empty() {
        "no linked action has an indicator".to_owned()
    } else if ev.result && ev.inds.iter().all(|i| i.latest.is_none()) {
        "no measurement yet".to_owned()
    } else {
        match &f.kind {
            FigKind::SharePct => "a share, and no linked indicator is measured in %".to_owned(),
            FigKind::UnknownUnit => "no linked indicator counts what follows it (unit or name)".to_owned(),
            FigKind::Neutral => "no linked indicator decreases towards zero".to_owned(),
            FigKind::From => "no linked indicator has a baseline".to_owned(),
            _ => "no linked indicator gives a value of its kind (in the text's direction)".to_owned(),
        }
    };
    head + &why
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(name: &str, unit: Option<&str>, b: Option<f64>, t: f64, latest: Option<f64>) -> Ind {
        Ind {
            action: "a".into(),
            name: name.into(),
            pct: unit == Some("%"),
            keys: indicator_keys(unit, name),
            b,
            t,
            latest: latest.map(|v| (Date::constant(2024, 6, 30), v)),
        }
    }
    fn ev(result: bool, inds: Vec<Ind>) -> Evidence {
        Evidence { inds, result, hidden: 0 }
    }
    fn run(text: &str, kind: ClaimKind, ev: &Evidence) -> Analysis {
        analyse(text, kind, Language::Nl, ev)
    }
    fn verdicts(a: &Analysis) -> Vec<(String, &'static str)> {
        a.figures
            .iter()
            .map(|j| {
                (
                    j.figure.text.clone(),
                    match j.verdict {
                        Verdict::Supported => "ok",
                        Verdict::Unsupported { .. } => "unsupported",
                        Verdict::Untraceable { .. } => "untraceable",
                    },
                )
            })
            .collect()
    }
    use ClaimKind::{Commitment as Co, Result as Re};

    #[test]
    fn example_wagenpark_40_percent() {
        let e = ev(false, vec![ind("CO2-uitstoot wagenpark", Some("ton"), Some(100.0), 80.0, None)]);
        let a = run("Tegen 2026 stoot ons wagenpark 40% minder CO2 uit.", Co, &e);
        assert_eq!(verdicts(&a), vec![("40%".to_owned(), "unsupported")]);
        assert_eq!(a.years.iter().map(|y| y.0).collect::<Vec<_>>(), vec![2026]);
        let Verdict::Unsupported { help, .. } = &a.figures[0].verdict else { panic!() };
        assert!(help.contains("20 %"), "{help}");
    }

    #[test]
    fn example_fietsplaatsen() {
        let e = ev(true, vec![ind("Overdekte fietsplaatsen", None, Some(20.0), 60.0, Some(62.0))]);
        let a = run("In 2024 plaatsten we 42 extra overdekte fietsplaatsen.", Re, &e);
        assert_eq!(verdicts(&a), vec![("42".to_owned(), "ok")]);
        assert_eq!(a.years[0].0, 2024);
        let a = run("In 2024 plaatsten we 45 extra overdekte fietsplaatsen.", Re, &e);
        assert_eq!(verdicts(&a), vec![("45".to_owned(), "unsupported")]);
    }

    #[test]
    fn example_halveren() {
        let e = ev(false, vec![ind("Papierverbruik", Some("vellen"), Some(12000.0), 6000.0, None)]);
        let a = run("We halveren ons papierverbruik tegen eind 2025.", Co, &e);
        assert_eq!(verdicts(&a), vec![("halveren".to_owned(), "ok")]);
    }

    #[test]
    fn example_gehalveerd_is_the_target() {
        let e = ev(true, vec![ind("Papierverbruik", Some("vellen"), Some(12000.0), 6000.0, Some(9500.0))]);
        let a = run("We hebben ons papierverbruik gehalveerd.", Re, &e);
        assert_eq!(verdicts(&a), vec![("gehalveerd".to_owned(), "unsupported")]);
        let Verdict::Unsupported { message, .. } = &a.figures[0].verdict else { panic!() };
        assert!(message.contains("that is the target; measured −20.8 % on 2024-06-30"), "{message}");
    }

    #[test]
    fn example_klimaatneutraal() {
        let e = ev(false, vec![ind("Uitstoot", Some("ton CO2"), Some(5000.0), 3000.0, None)]);
        let a = run("Onze organisatie is klimaatneutraal tegen 2030.", Co, &e);
        assert_eq!(verdicts(&a), vec![("klimaatneutraal".to_owned(), "unsupported")]);
        let Verdict::Unsupported { message, .. } = &a.figures[0].verdict else { panic!() };
        assert!(message.contains("0.6"), "{message}");
        let a = run("Onze organisatie is klimaatneutraal tegen 2030.", Co, &ev(false, vec![]));
        assert_eq!(verdicts(&a), vec![("klimaatneutraal".to_owned(), "untraceable")]);
        // A result: no neutrality figure (that is claim-neutrality's).
        assert!(run("Onze organisatie is klimaatneutraal.", Re, &e).figures.is_empty());
    }

    #[test]
    fn example_share_without_pct_indicator() {
        let e = ev(true, vec![ind("Elektrische voertuigen", Some("voertuigen"), Some(2.0), 10.0, Some(10.0))]);
        let a = run("Ons wagenpark rijdt voor 100% elektrisch.", Re, &e);
        assert_eq!(verdicts(&a), vec![("100%".to_owned(), "untraceable")]);
    }

    #[test]
    fn percentages_share_and_points() {
        let e = ev(true, vec![ind("Aandeel LED", Some("%"), Some(38.0), 100.0, Some(74.0))]);
        assert_eq!(verdicts(&run("74% van de lampen is LED.", Re, &e)), vec![("74%".to_owned(), "ok")]);
        assert_eq!(verdicts(&run("80 % van de lampen is LED.", Re, &e)), vec![("80 %".to_owned(), "unsupported")]);
        // Understating passes.
        assert_eq!(verdicts(&run("70 procent van de lampen is LED.", Re, &e)), vec![("70 procent".to_owned(), "ok")]);
        // A change in points: 74 - 38 = 36.
        assert_eq!(verdicts(&run("36% meer LED-lampen.", Re, &e)), vec![("36%".to_owned(), "ok")]);
        assert_eq!(verdicts(&run("40% meer LED-lampen.", Re, &e)), vec![("40%".to_owned(), "unsupported")]);
    }

    #[test]
    fn rounding_to_the_claims_precision() {
        // relative change 20.4 %
        let e = ev(false, vec![ind("Verbruik", Some("MWh"), Some(1000.0), 796.0, None)]);
        assert_eq!(verdicts(&run("We verbruiken 20% minder.", Co, &e))[0].1, "ok");
        assert_eq!(verdicts(&run("We verbruiken 20,5% minder.", Co, &e))[0].1, "unsupported");
        assert_eq!(verdicts(&run("We verbruiken 20,4% minder.", Co, &e))[0].1, "ok");
        // A wrong direction gives no candidate.
        assert_eq!(verdicts(&run("We verbruiken 10% meer.", Co, &e))[0].1, "untraceable");
    }

    #[test]
    fn qualifiers_are_not_direction_words() {
        let e = ev(false, vec![ind("Medewerkers die fietsen", Some("medewerkers"), Some(64.0), 110.0, None)]);
        let a = run("Tegen september 2026 komen minstens 110 medewerkers met de fiets.", Co, &e);
        assert_eq!(verdicts(&a), vec![("110".to_owned(), "ok")]);
        let a = run("Meer dan 110 medewerkers fietsen.", Co, &e);
        assert_eq!(verdicts(&a), vec![("110".to_owned(), "ok")]);
        // "meer" without a number after it is a direction word: 46 more is a change.
        let a = run("Meer medewerkers op de fiets: 46 erbij, samen 110 medewerkers.", Co, &e);
        assert_eq!(verdicts(&a), vec![("46".to_owned(), "untraceable"), ("110".to_owned(), "unsupported")]);
        let a = run("Ruim 120 medewerkers fietsen.", Co, &e);
        assert_eq!(verdicts(&a), vec![("120".to_owned(), "unsupported")]);
    }

    #[test]
    fn separators_per_language() {
        assert_eq!(parse_number("12.000", Language::Nl), Some((12000.0, 0)));
        assert_eq!(parse_number("2,5", Language::Nl), Some((2.5, 1)));
        assert_eq!(parse_number("2.5", Language::Fr), Some((2.5, 1)));
        assert_eq!(parse_number("1.234,5", Language::Nl), Some((1234.5, 1)));
        assert_eq!(parse_number("12,000", Language::En), Some((12000.0, 0)));
        assert_eq!(parse_number("2.5", Language::En), Some((2.5, 1)));
        let e = ev(false, vec![ind("Papier", Some("vellen"), Some(24000.0), 12000.0, None)]);
        let a = run("We besparen 12 000 vellen.", Co, &e);
        assert_eq!(verdicts(&a), vec![("12 000".to_owned(), "ok")]);
        let a = run("We besparen 12\u{a0}000 vellen.", Co, &e);
        assert_eq!(verdicts(&a), vec![("12\u{a0}000".to_owned(), "ok")]);
        let a = analyse("We save 12,000 fewer.", Co, Language::En, &e);
        assert_eq!(verdicts(&a), vec![("12,000".to_owned(), "ok")]);
        // 2024 150: two numbers.
        let a = run("In 2024 150 vellen minder.", Co, &e);
        assert_eq!(a.years.len(), 1);
        assert_eq!(a.figures.len(), 1);
    }

    #[test]
    fn not_figures() {
        let e = ev(false, vec![]);
        for t in [
            "Minder CO2 en CO₂.",
            "Volgens SDG13 en SDG 13.",
            "De 3de en 1er stap.",
            "Beslissing CBS 2024/0012.",
            "Op 1 januari en January 1 en 1er janvier.",
            "Bel tel. 053 12 34 56 of 0470/123456.",
            "Om 14.30 uur, 14u30 of 14:30.",
            "Volgens ISO 14001, EN 71 en NBN 123 en art. 5 en artikel 7.",
            "Van 12-03-2025 tot 2025-06-30.",
        ] {
            let a = run(t, Co, &e);
            assert!(a.figures.is_empty(), "{t}: {:?}", a.figures);
        }
    }

    #[test]
    fn years() {
        let e = ev(false, vec![]);
        let a = run("Dat doen we tegen 2030.", Co, &e);
        assert_eq!(a.years.iter().map(|y| y.0).collect::<Vec<_>>(), vec![2030]);
        assert!(a.figures.is_empty());
        // "2024." at the end of a sentence is a year.
        let a = run("Gestart in 2024. Verder.", Co, &e);
        assert_eq!(a.years[0].0, 2024);
        // A four-digit number followed by the unit is a count.
        let e = ev(false, vec![ind("Groendaken", Some("vierkante meter"), Some(0.0), 2000.0, None)]);
        let a = run("We leggen 2000 vierkante meter groendak aan.", Co, &e);
        assert!(a.years.is_empty());
        assert_eq!(verdicts(&a), vec![("2000".to_owned(), "ok")]);
        let a = run("We leggen 1350 m² groendak aan.", Co, &e);
        assert_eq!(verdicts(&a), vec![("1350".to_owned(), "ok")]);
    }

    #[test]
    fn counts_bare_and_unknown() {
        let e = ev(true, vec![ind("Energiescans", Some("energiescans"), Some(0.0), 150.0, Some(71.0))]);
        assert_eq!(verdicts(&run("We voerden 71 gratis energiescans uit.", Re, &e)), vec![("71".to_owned(), "ok")]);
        assert_eq!(verdicts(&run("Energiescans uitgevoerd: 71.", Re, &e)), vec![("71".to_owned(), "ok")]);
        assert_eq!(verdicts(&run("We bezochten 71 scholen.", Re, &e)), vec![("71".to_owned(), "untraceable")]);
        // Result without measurement: untraceable.
        let e = ev(true, vec![ind("Energiescans", Some("energiescans"), Some(0.0), 150.0, None)]);
        assert_eq!(verdicts(&run("We voerden 71 energiescans uit.", Re, &e)), vec![("71".to_owned(), "untraceable")]);
    }

    #[test]
    fn number_words_and_fractions() {
        let e = ev(false, vec![ind("Afval", Some("ton"), Some(300.0), 200.0, None)]);
        assert_eq!(verdicts(&run("We verminderen ons afval met een derde.", Co, &e)), vec![("een derde".to_owned(), "ok")]);
        assert_eq!(verdicts(&run("We verdubbelen ons afval.", Co, &e)), vec![("verdubbelen".to_owned(), "untraceable")]);
        let e = ev(false, vec![ind("Fietsen", Some("fietsen"), Some(10.0), 25.0, None)]);
        assert_eq!(verdicts(&run("We verdubbelen het aantal fietsen.", Co, &e)), vec![("verdubbelen".to_owned(), "ok")]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let e = ev(true, vec![ind("Dingen", Some("%"), Some(0.0), 10.0, Some(5.0))]);
        for t in [
            "",
            " ",
            "%",
            "42",
            "42%",
            "-",
            "'",
            "\u{301}42",
            "l'",
            "qu'",
            "1.",
            ".5",
            "1,",
            ",5",
            "1..2",
            "1,,2",
            "12 000 000 %",
            "0 0 0 0",
            "van 1 naar",
            "van naar 2",
            "tel",
            "ISO",
            "😀 42 😀",
            "İstanbul 42 İ",
            "2024-",
            "/2024",
            "één derde",
            "een",
        ] {
            for k in [Co, Re] {
                let _ = analyse(t, k, Language::Nl, &e);
                let _ = analyse(t, k, Language::En, &e);
            }
            for l in [List::Generic, List::Neutrality, List::Compensation, List::Comparative, List::Label] {
                let _ = words::find(t, l);
            }
        }
    }

    #[test]
    fn from_to() {
        let e = ev(true, vec![ind("Aandeel LED", Some("%"), Some(38.0), 100.0, Some(74.0))]);
        let a = run("Het aandeel LED steeg van 38% naar 74%.", Re, &e);
        assert_eq!(verdicts(&a), vec![("38%".to_owned(), "ok"), ("74%".to_owned(), "ok")]);
        let a = run("Het aandeel LED steeg van 30% naar 74%.", Re, &e);
        assert_eq!(verdicts(&a), vec![("30%".to_owned(), "unsupported"), ("74%".to_owned(), "ok")]);
    }
}
