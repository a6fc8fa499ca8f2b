//! Absolute claims the evidence's own words contradict (issue 19): "ons
//! zwembad is volledig fossielvrij" beside "de gasketel blijft als back-up",
//! "al het textiel krijgt een tweede leven" beside "10 % ging naar de
//! verbrandingsoven". An indicator may reach the whole (0 m³ gas) while the
//! text of the same evidence says the whole is not reached (the emergency
//! generator runs on diesel); a reviewer reads both.
//!
//! For every absolute term of a claim (a [`FigKind::Whole`], or a share of
//! 100 %) that the indicators did not already refute, the sentences of the
//! linked evidence (action titles and bodies, progress notes, inventory
//! titles and notes; not indicator names, whose values are judged already)
//! are read for one of these signs, sentence by sentence:
//!
//! - **what the term excludes, still there**: for a claim about fossil fuels
//!   (fossielvrij, gasvrij, ne ... plus de gaz, fossil-free), a fossil fuel
//!   named (aardgas, gasketel, stookolie, diesel, mazout, gaz naturel, grijze
//!   stroom); for waste (zero waste, zéro déchet, tweede leven), waste
//!   burnt or dumped (verbrandingsoven, restafval, incinéré, landfill); for
//!   plastic, plastic; for pesticides, a pesticide or herbicide;
//! - **a label that is missing**: the claim names a label (FSC, certifié) and
//!   the evidence says some have none ("de oudere stukken hebben geen
//!   certificaat"), in a paragraph about the label the claim names;
//! - **another source**: the claim names where its energy comes from (uit
//!   wind, éolienne, solar) and the evidence names another source (Noorse
//!   waterkracht) and never the claimed one;
//! - **an exception or a part** (behalve, uitgezonderd, met uitzondering van,
//!   niet alle, deels, sauf, à l'exception de, en partie, except, apart
//!   from, partly; for a claim about now also nog niet, pas encore, not yet),
//!   in a sentence that shares a word with the claim's sentence.
//!
//! What keeps honest claims clear: a mention that is negated ("geen aardgas
//! meer", "zonder gas", "sans aucun pesticide", "instead of plastic") or
//! removed ("de gasketel is weg", "remplacée par une pompe à chaleur") does
//! not count, unless it stays ("blijft als back-up", "en secours"); a
//! sentence about the baseline or the past ("Nulmeting: 1.450 MWh aardgas in
//! 2022", "vroeger") does not count; a renewable fuel ("hernieuwbare diesel",
//! HVO) is no fossil fuel; a claim that states its own exception ("maar",
//! "nog", "behalve", "except") is not contradicted; a claim dated from a
//! year ("sinds 2023") is not contradicted by what the evidence says of older
//! things. A promise (a sentence about the future) is contradicted only by
//! what the evidence says will stay (blijft, behouden, remains, reste) or
//! excludes, and by another source; what is still there today it may change.

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use super::words::{self, Analyzed, Entries, List};
use super::{FigKind, Judged, TABLES, Verdict, sentences};
use crate::i18n::{Msg, msg};

/// A text of the linked evidence, and where it comes from (for the message).
#[derive(Debug, Clone)]
pub(crate) struct EvText {
    pub text: String,
    /// "action `gemeentehuis-warmtepomp`", "inventory item `x`".
    pub from: Msg,
    /// An indicator's name: read only for the energy source it names.
    pub name: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Domain {
    /// fossielvrij, fossil-free, sans énergie fossile: every fossil fuel.
    Fossil,
    /// aardgasvrij, gasvrij, ne ... plus de gaz.
    Gas,
    /// stookolievrij, sans mazout.
    Oil,
    Waste,
    Plastic,
    Pesticide,
}

/// "groene energie", "clean energy", "énergie renouvelable": all energy, so
/// no fossil fuel (not "groene stroom": electricity says nothing of the heating).
const FOSSIL_TRIGGER: &[&str] = &[
    "fossiel*",
    "fossil*",
    "fossile*",
    "groene energie",
    "schone energie",
    "hernieuwbare energie",
    "énergie verte",
    "énergie propre",
    "énergie renouvelable",
    "énergies renouvelables",
    "green energy",
    "clean energy",
    "renewable energy",
];
const GAS_TRIGGER: &[&str] = &["aardgas*", "gasvrij*", "gas", "gaz", "gas-free", "gasloos", "gasloze"];
const OIL_TRIGGER: &[&str] = &["stookolie*", "mazout*", "fioul*", "heating oil"];
const WASTE_TRIGGER: &[&str] = &[
    "zero waste",
    "zerowaste*",
    "zéro déchet*",
    "afvalvrij*",
    "waste-free",
    "waste free",
    "tweede leven",
    "nieuw leven",
    "seconde vie",
    "nouvelle vie",
    "second life",
    "new life",
];
const PLASTIC_TRIGGER: &[&str] = &["plastic*", "plastique*", "plastiek*"];
const PESTICIDE_TRIGGER: &[&str] = &["pestici*", "herbici*", "phyto*", "glyfosa*", "glyphosa*"];

const GAS: &[&str] = &[
    "aardgas*",
    "gas",
    "gaz",
    "gasket*",
    "gascondensatie*",
    "condensatieketel*",
    "hr-ketel*",
    "gasgestookt*",
    "gasaansluit*",
    "gasverwarm*",
    "gasboiler*",
    "gasbrander*",
    "gasmotor*",
    "gasfornuis*",
    "gasturbine*",
    "gasconvector*",
    "propaan",
    "propane",
    "lpg",
];
const OIL: &[&str] = &["stookolie*", "mazout*", "fioul*", "heating oil", "gasoil*", "gasolie*"];
const OTHER_FOSSIL: &[&str] = &[
    "diesel*",
    "benzine*",
    "petrol",
    "gasoline",
    "steenkool",
    "charbon",
    "coal",
    "grijze stroom",
    "grijze elektriciteit",
    "grey electricity",
    "grey power",
    "grid electricity",
    "électricité grise",
    "fossiele brandstof*",
    "fossil fuel*",
    "combustible* fossile*",
    "énergie* fossile*",
];
const WASTE: &[&str] = &[
    "verbrand*",
    "naar de oven",
    "stortplaats*",
    "gestort",
    "storten",
    "restafval",
    "incinér*",
    "incinerat*",
    "enfoui*",
    "décharge*",
    "landfill*",
    "déchets résiduels",
    "residual waste",
];
const PLASTIC: &[&str] = &["plastic*", "plastique*", "plastiek*", "pla", "bioplastic*", "bioplastique*"];
const PESTICIDE: &[&str] =
    &["pestici*", "herbici*", "insectici*", "fungici*", "fongici*", "glyfosa*", "glyphosa*", "phytosanitaire*", "onkruidverdelger*"];
/// A sentence with one of these speaks of a rule that bans what it names.
const BAN: &[&str] = &[
    "verbod",
    "verboden",
    "verbiedt",
    "decreet",
    "wettelijk",
    "interdit",
    "interdits",
    "interdiction",
    "interdisent",
    "décret",
    "ban",
    "banned",
    "bans",
    "prohibited",
    "prohibits",
];
/// A fuel right after one of these is renewable: "hernieuwbare diesel", "groen gas".
const RENEWABLE: &[&str] =
    &["hernieuwbare", "hernieuwbaar", "renewable", "renouvelable", "renouvelables", "groen", "groene", "green", "bio"];
/// Within three words before a mention: it is absent ("geen aardgas", "zonder gas", "plus de gaz", "instead of plastic").
const NEGATION: &[&str] = &[
    "geen", "zonder", "niet", "niets", "noch", "no", "not", "nothing", "without", "sans", "aucun", "aucune", "rien", "plus", "pas", "ni",
    "nul", "nulle", "zero", "zéro", "instead", "plaats", "lieu", "free",
];
/// Right after a mention: it is gone ("van het aardgas af", "gas-free").
const GONE_AFTER: &[&str] = &["af", "weg", "vrij", "vrije", "free", "loos", "loze"];
/// In the sentence: what is named is gone.
const REMOVED: &[&str] = &[
    "weg",
    "verwijderd*",
    "weggenomen",
    "weggehaald",
    "afgekoppeld*",
    "ontmanteld*",
    "vervangen",
    "vervangt",
    "verving*",
    "afgeschaft",
    "afgebouwd",
    "buiten gebruik",
    "uit dienst",
    "verboden",
    "removed",
    "replaced",
    "dismantled",
    "decommissioned",
    "phased out",
    "banned",
    "supprimé*",
    "remplacé*",
    "démantelé*",
    "retiré*",
    "démonté*",
    "interdit*",
    "abandonné*",
    // Left out by a rule: "die fondsen sluiten bedrijven uit die ... steenkool
    // halen" (the split verb: see `mentioned`).
    "uitgesloten",
    "uitsluiting*",
    "exclu*",
    "exclude*",
];
/// In the sentence: what is named stays (also after the plan).
const STAYS: &[&str] = &[
    "blijft",
    "blijven",
    "behouden",
    "behoudt",
    "back-up",
    "backup",
    "reserve*",
    "réserve*",
    "noodketel*",
    "noodstroom*",
    "noodgenerator*",
    "noodaggregaat*",
    "secours",
    "remains",
    "remain",
    "kept",
    "standby",
    "stand-by",
    "restent",
    "maintenu*",
];
/// In the sentence: it is still so today.
const STILL: &[&str] = &["nog", "still", "toujours", "encore"];
/// A sentence about the baseline or the past.
const PAST: &[&str] = &[
    "nulmeting",
    "basisjaar",
    "referentiejaar",
    "baseline",
    "vroeger",
    "voorheen",
    "destijds",
    "formerly",
    "previously",
    "used to",
    "autrefois",
    "auparavant",
    "jadis",
    "année de référence",
];
/// Older things, which a claim dated from a year ("sinds 2023") does not speak of.
const OLDER: &[&str] = &["oude", "oudere", "ouder", "older", "old", "ancien", "ancienne", "anciens", "anciennes"];
const SINCE: &[&str] = &["sinds", "vanaf", "depuis", "since"];
/// Exceptions and parts: the whole is not reached.
const EXCEPTION: &[&str] = &[
    "behalve",
    "uitgezonderd",
    "met uitzondering",
    "niet alle",
    "niet al",
    "deels",
    "gedeeltelijk",
    "except",
    "excepting",
    "apart from",
    "with the exception",
    "not all",
    "partly",
    "partially",
    "sauf",
    "hormis",
    "excepté*",
    "à l'exception",
    "pas tous",
    "pas toutes",
    "en partie",
    "partiellement",
];
/// Not reached yet: contradicts a claim about now, not a promise.
const NOT_YET: &[&str] = &["nog niet", "not yet", "pas encore"];
/// In the claim itself: it states its own exception.
const OWN_EXCEPTION: &[&str] = &[
    "nog",
    "maar",
    "mais",
    "but",
    "behalve",
    "uitgezonderd",
    "uitzondering",
    "except",
    "sauf",
    "hormis",
    "excepté*",
    "apart from",
    "encore",
    "still",
    "not yet",
    "back-up",
    "backup",
    "reserve*",
    "réserve*",
    "secours",
    "deels",
    "partly",
    "en partie",
];
/// Words for a label or certificate, and their absence.
const LABEL_WORDS: &[&str] =
    &["certifica*", "gecertificeerd*", "certifi*", "label*", "keurmerk*", "ecolabel*", "fsc", "pefc", "fairtrade*"];
/// Named schemes: a claim that names one is contradicted only in a paragraph that names it too.
const SCHEMES: &[&str] =
    &["fsc", "pefc", "fairtrade", "ecolabel", "emas", "iso", "max havelaar", "blauwe engel", "nordic swan", "rainforest alliance"];
const LABEL_NEGATION: &[&str] = &["geen", "zonder", "niet", "no", "not", "without", "sans", "pas", "non", "aucun", "aucune"];
/// Energy sources: a claim that names one is contradicted by evidence that names only others.
const SOURCES: &[(&str, &[&str])] = &[
    (
        "wind",
        &[
            "wind",
            "windpark*",
            "windmolen*",
            "windturbine*",
            "windenergie",
            "windstroom",
            "windkracht",
            "éolien*",
            "eolien*",
            "wind farm*",
            "wind power",
        ],
    ),
    ("solar", &["zon", "zonne*", "solar*", "solaire*", "photovolta*", "fotovolta*", "pv"]),
    ("hydro", &["waterkracht*", "hydro*", "hydraulique*"]),
    ("biomass", &["biomassa*", "biomasse*", "biomass*"]),
    ("geothermal", &["geotherm*", "géotherm*", "aardwarmte*"]),
];
/// Words that say nothing about the subject (for the overlap of an exception with the claim).
const STOP: &[&str] = &[
    "worden",
    "wordt",
    "werden",
    "hebben",
    "heeft",
    "zijn",
    "onze",
    "deze",
    "welke",
    "nous",
    "notre",
    "votre",
    "their",
    "which",
    "about",
    "sinds",
    "depuis",
    "since",
    "tegen",
    "vanaf",
    "after",
    "avant",
    "aprés",
    "après",
    "alles",
    "allemaal",
    "toutes",
    "every",
    "volledig",
    "volledige",
    "helemaal",
    "geheel",
    "gehele",
    "entièrement",
    "totalement",
    "fully",
    "entirely",
    "completely",
];

struct Lists {
    triggers: Vec<(Domain, Entries)>,
    gas: Entries,
    oil: Entries,
    other_fossil: Entries,
    waste: Entries,
    plastic: Entries,
    pesticide: Entries,
    removed: Entries,
    stays: Entries,
    still: Entries,
    past: Entries,
    older: Entries,
    since: Entries,
    exception: Entries,
    not_yet: Entries,
    own_exception: Entries,
    label_words: Entries,
    schemes: Entries,
    sources: Vec<(&'static str, Entries)>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists {
    triggers: vec![
        (Domain::Fossil, words::entries(FOSSIL_TRIGGER)),
        (Domain::Gas, words::entries(GAS_TRIGGER)),
        (Domain::Oil, words::entries(OIL_TRIGGER)),
        (Domain::Waste, words::entries(WASTE_TRIGGER)),
        (Domain::Plastic, words::entries(PLASTIC_TRIGGER)),
        (Domain::Pesticide, words::entries(PESTICIDE_TRIGGER)),
    ],
    gas: words::entries(GAS),
    oil: words::entries(OIL),
    other_fossil: words::entries(OTHER_FOSSIL),
    waste: words::entries(WASTE),
    plastic: words::entries(PLASTIC),
    pesticide: words::entries(PESTICIDE),
    removed: words::entries(REMOVED),
    stays: words::entries(STAYS),
    still: words::entries(STILL),
    past: words::entries(PAST),
    older: words::entries(OLDER),
    since: words::entries(SINCE),
    exception: words::entries(EXCEPTION),
    not_yet: words::entries(NOT_YET),
    own_exception: words::entries(OWN_EXCEPTION),
    label_words: words::entries(LABEL_WORDS),
    schemes: words::entries(SCHEMES),
    sources: SOURCES.iter().map(|(k, l)| (*k, words::entries(l))).collect(),
});

/// One paragraph of an evidence text, analysed, with its sentences.
struct Para<'a> {
    text: &'a str,
    a: Analyzed,
    sent: Vec<usize>,
    from: &'a Msg,
    name: bool,
}

impl Para<'_> {
    fn n_sent(&self) -> usize {
        self.sent.last().map_or(0, |s| s + 1)
    }
    /// The matches of `list` in sentence `s`.
    fn hits(&self, list: &Entries, s: usize) -> Vec<(usize, usize)> {
        words::matches(&self.a, list).into_iter().filter(|&(w, _)| self.sent[w] == s).collect()
    }
    fn has(&self, list: &Entries, s: usize) -> bool {
        !self.hits(list, s).is_empty()
    }
    fn words_of(&self, s: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.a.words.len()).filter(move |&w| self.sent[w] == s)
    }
    /// The text of sentence `s`, as written.
    fn quote(&self, s: usize) -> String {
        let ws: Vec<usize> = self.words_of(s).collect();
        let (Some(&first), Some(&last)) = (ws.first(), ws.last()) else { return String::new() };
        let start = self.a.word(first).orig.start;
        // Up to the sentence's end mark, if there is one.
        let mut end = self.a.word(last).orig.end;
        let rest = &self.text[end..];
        if let Some(i) = rest.find(['.', '!', '?', ';'])
            && (last + 1 >= self.a.words.len() || self.a.word(last + 1).orig.start > end + i)
        {
            end += i + 1;
        }
        self.text[start..end].split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// What contradicts one absolute term: the evidence sentence, where it is,
/// and why (a code the help selects on: `fossil`, `waste`, `plastic`,
/// `pesticide`, `label`, `source` or `exception`).
struct Found {
    quote: String,
    from: Msg,
    why: &'static str,
}

/// The claim states its own exception ("nog", "maar", "behalve", "sauf",
/// "except"): its absolute terms are scoped by it, not claims of the whole.
pub(super) fn states_own_exception(a: &Analyzed) -> bool {
    // Not the "nog" of "alleen nog", "enkel nog", "nog enkel": that is "only".
    let only = |w: usize| matches!(a.word(w).norm.as_str(), "alleen" | "enkel");
    let nw = a.words.len();
    // Nor the "nog" after a negation: "geen enkele supermarkt gooit nog ...
    // weg" is "no longer", not an exception stated.
    let negated =
        |w: usize| (0..w).any(|k| a.segment[k] == a.segment[w] && matches!(a.word(k).norm.as_str(), "geen" | "niet" | "niets" | "niemand"));
    words::matches(a, &LISTS.own_exception).into_iter().any(|(s, n)| {
        let nog = n == 1 && a.word(s).norm == "nog";
        // "reserves", "réserves": money set aside, not a back-up kept in reserve.
        let money = n == 1 && matches!(a.word(s).norm.as_str(), "reserves" | "réserves");
        !(money || nog && ((s > 0 && only(s - 1)) || (s + 1 < nw && only(s + 1)) || negated(s)))
    })
}

/// Turn the absolute terms of a claim that the evidence's own words
/// contradict into unsupported figures. `a` is the claim's analysis, `sent`
/// its sentence per word.
pub(super) fn read(judged: &mut [Judged], claim: &str, a: &Analyzed, sent: &[usize], texts: &[EvText], year: Option<i16>) {
    let absolute = |j: &Judged| {
        !matches!(j.verdict, Verdict::Unsupported { .. })
            && match j.figure.kind {
                FigKind::Whole { .. } => true,
                FigKind::SharePct => j.figure.value >= 99.5,
                _ => false,
            }
    };
    if texts.is_empty() || !judged.iter().any(absolute) {
        return;
    }
    let l = &*LISTS;
    // A claim that states its own exception is not contradicted.
    if states_own_exception(a) {
        return;
    }
    // "sinds 2023", "depuis novembre 2024": the claim speaks of what came since.
    let since: Vec<(usize, usize)> = words::matches(a, &l.since);
    let dated = since.iter().any(|&(s, n)| {
        (s + n..(s + n + 3).min(a.words.len())).any(|w| {
            let t = a.word(w).norm.as_str();
            t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
        })
    });
    let paras: Vec<Para> = texts
        .iter()
        .flat_map(|t| {
            t.text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| {
                let a = words::analyze(p);
                let sent = sentences(&a);
                Para { text: p, a, sent, from: &t.from, name: t.name }
            })
        })
        .collect();
    let tables = &*TABLES;
    let future = |p: &Para, s: usize| {
        p.has(&tables.future, s)
            || (p.has(&tables.future_weak, s) && !p.has(&tables.now, s))
            || p.hits(&tables.by_year, s).iter().any(|&(w, n)| {
                (w + n..(w + n + 4).min(p.a.words.len())).any(|y| {
                    let t = p.a.word(y).norm.as_str();
                    p.sent[y] == s && t.len() == 4 && t.parse::<i16>().is_ok_and(|v| year.is_none_or(|now| v >= now))
                })
            })
    };

    let n_claim_words = a.words.len();
    for j in judged.iter_mut().filter(|j| absolute(j)) {
        let Some(w0) = (0..n_claim_words).find(|&w| a.word(w).orig.start >= j.figure.range.start) else { continue };
        let cs = sent[w0];
        let claim_words: Vec<usize> = (0..n_claim_words).filter(|&w| sent[w] == cs).collect();
        let in_sentence = |hits: Vec<(usize, usize)>| hits.into_iter().any(|(w, _)| sent[w] == cs);
        let plan = j.figure.plan;
        let domains: Vec<Domain> = l.triggers.iter().filter(|(_, e)| in_sentence(words::matches(a, e))).map(|(d, _)| *d).collect();
        let labelled =
            words::find_in(claim, a, List::Label).iter().any(|t| claim_words.iter().any(|&w| a.word(w).orig.start == t.range.start));
        let schemes: Vec<&str> = if labelled { claim_schemes(a, &claim_words) } else { Vec::new() };
        let found = mentioned(&paras, &domains, plan, dated, &future, l)
            .or_else(|| if plan || !labelled { None } else { missing_label(&paras, &schemes, dated, l) })
            .or_else(|| other_source(&paras, a, &claim_words, l))
            .or_else(|| exception(&paras, a, &claim_words, plan, l));
        if let Some(f) = found {
            let figure = j.figure.text.as_str();
            let message = msg!("find-claim-figure-contradicted", figure = figure, evidence = f.from, quote = f.quote);
            let help = msg!("find-claim-figure-contradicted-help", why = f.why, figure = figure);
            j.verdict = Verdict::Unsupported { message, help };
        }
    }
}

/// Words of the evidence that say a quantity is not known: not calculated,
/// not measured, not recorded.
const NOT_KNOWN: &[&str] = &[
    "niet berekend",
    "niet gemeten",
    "niet geregistreerd",
    "niet gekend",
    "niet bekend",
    "onbekend",
    "weten we niet",
    "weet de gemeente niet",
    "weet de stad niet",
    "pas calculé*",
    "pas mesuré*",
    "pas enregistré*",
    "pas connu*",
    "inconnu*",
    "not calculated",
    "not measured",
    "not recorded",
    "not known",
    "unknown",
];
static NOT_KNOWN_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(NOT_KNOWN));

/// A cheap screen for [`said_unknown`]: a text that may say a quantity is
/// not known (most evidence says nothing of the kind, and is not read).
pub(super) fn may_say_unknown(text: &str) -> bool {
    const SCREEN: &[&str] = &["niet", "onbekend", "pas ", "inconnu", "not ", "unknown"];
    SCREEN.iter().any(|w| text.contains(w))
}

/// A figure nothing traces that the evidence says is not known ("Ons Tiny
/// Forest haalt elk jaar 5 ton CO2 uit de lucht" beside "de CO2-opslag is
/// niet berekend"; "Ons energieproject bespaart jaarlijks 1200 ton CO2"
/// beside "De stad kent de besparing van het project niet"): invented, so
/// unsupported. The evidence's sentence must say so of a thing the claim's
/// sentence names: a telling word (five letters or more) they share, on
/// their first five letters (since session 21).
pub(super) fn said_unknown(judged: &mut [Judged], a: &Analyzed, sent: &[usize], texts: &[EvText]) {
    let untraced = |j: &Judged| {
        !j.figure.plan
            && matches!(j.verdict, Verdict::Untraceable { .. })
            && matches!(j.figure.kind, FigKind::Count(_) | FigKind::BareCount | FigKind::UnknownUnit)
    };
    if texts.is_empty() || !judged.iter().any(untraced) {
        return;
    }
    let telling = |t: &str| t.chars().count() >= 5 && !t.starts_with(|c: char| c.is_ascii_digit());
    let stem = |t: &str| t.chars().take(5).collect::<String>();
    // Each evidence sentence that says something is not known: its telling stems.
    let mut unknown: Vec<(HashSet<String>, String, &Msg)> = Vec::new();
    for t in texts.iter().filter(|t| !t.name && may_say_unknown(&t.text)) {
        let pa = words::analyze(&t.text);
        let ps = sentences(&pa);
        let mut said: BTreeSet<usize> = words::matches(&pa, &NOT_KNOWN_ENTRIES).into_iter().map(|(w, _)| ps[w]).collect();
        // "De stad kent de besparing van het project niet": a verb of knowing with "niet".
        let knows = |w: usize| {
            matches!(pa.word(w).norm.as_str(), "kent" | "kennen" | "weet" | "weten" | "knows" | "know" | "connaît" | "connaissons")
        };
        let denied = |w: usize| matches!(pa.word(w).norm.as_str(), "niet" | "not" | "pas");
        said.extend(
            (0..pa.words.len()).filter(|&w| knows(w) && (w + 1..pa.words.len()).any(|x| ps[x] == ps[w] && denied(x))).map(|w| ps[w]),
        );
        for s in said {
            let ws: Vec<usize> = (0..pa.words.len()).filter(|&w| ps[w] == s).collect();
            let stems = ws.iter().map(|&w| pa.word(w).norm.as_str()).filter(|t| telling(t)).map(stem).collect();
            let quote = t.text[pa.word(ws[0]).orig.start..pa.word(*ws.last().expect("a word")).orig.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            unknown.push((stems, quote, &t.from));
        }
    }
    if unknown.is_empty() {
        return;
    }
    let nw = a.words.len();
    for j in judged.iter_mut().filter(|j| untraced(j)) {
        let Some(w0) = (0..nw).find(|&w| a.word(w).orig.start >= j.figure.range.start) else { continue };
        let said: HashSet<String> =
            (0..nw).filter(|&w| sent[w] == sent[w0]).map(|w| a.word(w).norm.as_str()).filter(|t| telling(t)).map(stem).collect();
        if let Some((_, quote, from)) = unknown.iter().find(|(stems, _, _)| !stems.is_disjoint(&said)) {
            let figure = j.figure.text.as_str();
            let message = msg!("find-claim-figure-unknown", figure = figure, evidence = (*from).clone(), quote = quote.as_str());
            let help = msg!("find-claim-figure-unknown-help", figure = figure);
            j.verdict = Verdict::Unsupported { message, help };
        }
    }
}

/// The evidence's own words say that what the claim's absolute term at
/// `range` excludes is absent ("Het heeft geen gasaansluiting" for "zonder
/// gas"): mentioned, negated or gone, and nowhere present. A whole said of
/// now is then shown, though no linked action is done.
pub(super) fn evidence_says_absent(range: &std::ops::Range<usize>, a: &Analyzed, sent: &[usize], texts: &[EvText]) -> bool {
    let l = &*LISTS;
    let Some(w0) = (0..a.words.len()).find(|&w| a.word(w).orig.start >= range.start) else { return false };
    let cs = sent[w0];
    let domains: Vec<Domain> =
        l.triggers.iter().filter(|(_, e)| words::matches(a, e).into_iter().any(|(w, _)| sent[w] == cs)).map(|(d, _)| *d).collect();
    let (mut absent, mut present) = (false, false);
    for t in texts.iter().filter(|t| !t.name) {
        let pa = words::analyze(&t.text);
        let norm = |w: usize| pa.word(w).norm.as_str();
        for &d in &domains {
            for list in domain_words(d, l) {
                for (w, n) in words::matches(&pa, list) {
                    let seg = pa.segment[w];
                    let negated = (w.saturating_sub(3)..w).any(|b| pa.segment[b] == seg && NEGATION.contains(&norm(b)));
                    let gone = (w + n..(w + n + 2).min(pa.words.len())).any(|x| pa.segment[x] == seg && GONE_AFTER.contains(&norm(x)));
                    if negated || gone {
                        absent = true;
                    } else {
                        present = true;
                    }
                }
            }
        }
    }
    absent && !present
}

/// The evidence states the claim's quantifier at `range` of the same thing:
/// a sentence with a quantifier ("alle", "all", "tous"), no figure but a year,
/// not about the future, sharing three telling words with the claim's
/// sentence (one, when the claim is in another language than the project).
/// Telling: five letters or more, compared on their first six.
pub(super) fn whole_stated(
    range: &std::ops::Range<usize>,
    a: &Analyzed,
    sent: &[usize],
    texts: &[EvText],
    year: Option<i16>,
    foreign: bool,
) -> bool {
    let tables = &*TABLES;
    let Some(w0) = (0..a.words.len()).find(|&w| a.word(w).orig.start >= range.start) else { return false };
    let cs = sent[w0];
    let key = |t: &str| t.chars().take(6).collect::<String>();
    // A claim in another language shares few words with the evidence: the
    // year both name ("Since 2024" and "Sinds 2024") tells too.
    let is_year = |t: &str| t.len() == 4 && t.parse::<i16>().is_ok_and(|y| (1990..=2100).contains(&y));
    let telling = |t: &str| (t.chars().count() >= 5 && !t.bytes().next().is_some_and(|b| b.is_ascii_digit())) || (foreign && is_year(t));
    let claim_words: HashSet<String> =
        (0..a.words.len()).filter(|&w| sent[w] == cs).map(|w| a.word(w).norm.as_str()).filter(|t| telling(t)).map(key).collect();
    let needed = if foreign { 1 } else { 3 };
    for t in texts.iter().filter(|t| !t.name) {
        let pa = words::analyze(&t.text);
        let ps = sentences(&pa);
        let quantified: HashSet<usize> = words::matches(&pa, &tables.absolute_quantifiers).into_iter().map(|(w, _)| ps[w]).collect();
        if quantified.is_empty() {
            continue;
        }
        let future: HashSet<usize> = words::matches(&pa, &tables.future).into_iter().map(|(w, _)| ps[w]).collect();
        for s in quantified {
            let ws: Vec<usize> = (0..pa.words.len()).filter(|&w| ps[w] == s).collect();
            let norm = |w: usize| pa.word(w).norm.as_str();
            let figure = ws.iter().any(|&w| {
                let t = norm(w);
                t.bytes().next().is_some_and(|b| b.is_ascii_digit()) && !is_year(t)
            });
            let later = ws.iter().any(|&w| norm(w).len() == 4 && norm(w).parse::<i16>().is_ok_and(|y| year.is_some_and(|now| y > now)));
            if figure || later || future.contains(&s) {
                continue;
            }
            let shared: HashSet<String> =
                ws.iter().map(|&w| norm(w)).filter(|t| telling(t)).map(key).filter(|k| claim_words.contains(k)).collect();
            if shared.len() >= needed {
                return true;
            }
        }
    }
    false
}

/// The contradicting words of a domain.
fn domain_words(d: Domain, l: &Lists) -> Vec<&Entries> {
    match d {
        Domain::Fossil => vec![&l.gas, &l.oil, &l.other_fossil],
        Domain::Gas => vec![&l.gas],
        Domain::Oil => vec![&l.oil],
        Domain::Waste => vec![&l.waste],
        Domain::Plastic => vec![&l.plastic],
        Domain::Pesticide => vec![&l.pesticide],
    }
}

fn why(d: Domain) -> &'static str {
    match d {
        Domain::Fossil | Domain::Gas | Domain::Oil => "fossil",
        Domain::Waste => "waste",
        Domain::Plastic => "plastic",
        Domain::Pesticide => "pesticide",
    }
}

/// What the claim's term excludes, named in the evidence as still there.
fn mentioned(
    paras: &[Para],
    domains: &[Domain],
    plan: bool,
    dated: bool,
    future: &dyn Fn(&Para, usize) -> bool,
    l: &Lists,
) -> Option<Found> {
    for &d in domains {
        for p in paras.iter().filter(|p| !p.name) {
            let norm = |w: usize| p.a.word(w).norm.as_str();
            for list in domain_words(d, l) {
                for (w, n) in words::matches(&p.a, list) {
                    let s = p.sent[w];
                    let seg = p.a.segment[w];
                    let before = (w.saturating_sub(3)..w).filter(|&b| p.a.segment[b] == seg);
                    if before.clone().any(|b| NEGATION.contains(&norm(b))) {
                        continue;
                    }
                    // "pesticidevrij", "pesticide-free", "plasticvrije": an
                    // absence too (since session 20).
                    let last = norm(w + n - 1);
                    let next_free =
                        w + n < p.a.words.len() && p.a.segment[w + n] == seg && matches!(norm(w + n), "vrij" | "vrije" | "free");
                    if last.ends_with("vrij") || last.ends_with("vrije") || next_free {
                        continue;
                    }
                    // A ban names what it bans: "mogen ... geen bestrijdingsmiddelen
                    // meer gebruiken (decreet duurzaam gebruik van pesticiden)".
                    // A law named in a compound too: "(pesticidendecreet)" (since session 22).
                    let law = |x: &str| ["decreet", "verbod", "wetgeving"].iter().any(|e| x.len() > e.len() && x.ends_with(e));
                    if p.words_of(s).any(|x| BAN.contains(&norm(x)) || law(norm(x))) {
                        continue;
                    }
                    if w > 0 && RENEWABLE.contains(&norm(w - 1)) || p.words_of(s).any(|x| norm(x) == "hvo") && norm(w).starts_with("diesel")
                    {
                        continue;
                    }
                    if (w + n..(w + n + 2).min(p.a.words.len())).any(|x| p.a.segment[x] == seg && GONE_AFTER.contains(&norm(x))) {
                        continue;
                    }
                    // "vervangen ... door een gascondensatieketel", "remplacée par une
                    // chaudière au gaz": what replaces is new, and stays.
                    let replacement = p.has(&l.removed, s) && before.clone().any(|b| matches!(norm(b), "door" | "par" | "by" | "with"));
                    let stays = p.has(&l.stays, s) || replacement;
                    // "sluiten ... uit": excluded, the verb split around its object.
                    let excluded = p.words_of(s).any(|x| matches!(norm(x), "sluiten" | "sluit")) && p.words_of(s).any(|x| norm(x) == "uit");
                    if !stays && (p.has(&l.removed, s) || excluded) || p.has(&l.past, s) || dated && p.has(&l.older, s) {
                        continue;
                    }
                    let counts = if plan { stays } else { stays || p.has(&l.still, s) || !future(p, s) };
                    if counts {
                        return Some(Found { quote: p.quote(s), from: p.from.clone(), why: why(d) });
                    }
                }
            }
        }
    }
    None
}

/// The claim names a label (FSC, certifié), and the evidence says some have
/// none ("geen certificaat"), in a paragraph that names the same scheme (or
/// any label, when the claim only says "label" or "certified").
fn missing_label(paras: &[Para], schemes: &[&str], dated: bool, l: &Lists) -> Option<Found> {
    for p in paras.iter().filter(|p| !p.name) {
        if !schemes.is_empty() && !schemes.iter().any(|s| claim_schemes(&p.a, &(0..p.a.words.len()).collect::<Vec<_>>()).contains(s)) {
            continue;
        }
        for (w, _) in words::matches(&p.a, &l.label_words) {
            let s = p.sent[w];
            let seg = p.a.segment[w];
            let negated = (w.saturating_sub(3)..w).any(|b| p.a.segment[b] == seg && LABEL_NEGATION.contains(&p.a.word(b).norm.as_str()));
            if !negated || p.has(&l.past, s) || dated && p.has(&l.older, s) {
                continue;
            }
            return Some(Found { quote: p.quote(s), from: p.from.clone(), why: "label" });
        }
    }
    None
}

/// The label schemes named among `ws` (FSC, Fairtrade), by their list entry.
fn claim_schemes(a: &Analyzed, ws: &[usize]) -> Vec<&'static str> {
    let l = &*LISTS;
    SCHEMES
        .iter()
        .zip(&l.schemes)
        .filter(|(_, e)| words::matches_entry(a, e).iter().any(|(w, _)| ws.contains(w)))
        .map(|(s, _)| *s)
        .collect()
}

/// The claim names where its energy comes from, and the evidence names only other sources.
fn other_source(paras: &[Para], a: &Analyzed, claim_words: &[usize], l: &Lists) -> Option<Found> {
    let claimed: Vec<&str> =
        l.sources.iter().filter(|(_, e)| words::matches(a, e).iter().any(|(w, _)| claim_words.contains(w))).map(|(k, _)| *k).collect();
    if claimed.is_empty() {
        return None;
    }
    let mut other = None;
    for p in paras {
        // "Het is dus geen stroom uit Belgische wind- of zonneparken": a source
        // named to say it is not the one (since session 18).
        let denied = |w: usize| {
            (w.saturating_sub(8)..w).any(|b| {
                p.a.segment[b] == p.a.segment[w]
                    && matches!(p.a.word(b).norm.as_str(), "geen" | "niet" | "not" | "no" | "pas" | "ni" | "nor" | "noch")
            })
        };
        for (k, e) in &l.sources {
            if let Some(&(w, _)) = words::matches(&p.a, e).iter().find(|(w, _)| !denied(*w)) {
                if claimed.contains(k) {
                    return None;
                }
                other.get_or_insert_with(|| (p.quote(p.sent[w]), p.from.clone()));
            }
        }
    }
    other.map(|(quote, from)| Found { quote, from, why: "source" })
}

/// An exception or a part ("behalve", "niet alle", "sauf", "partly"; for a
/// claim about now also "nog niet", "not yet") in a sentence that shares a
/// word with the claim's sentence.
fn exception(paras: &[Para], a: &Analyzed, claim_words: &[usize], plan: bool, l: &Lists) -> Option<Found> {
    let key = |t: &str| -> Option<String> {
        let chars: Vec<char> = t.chars().collect();
        (chars.len() >= 5 && chars.iter().all(|c| c.is_alphabetic()) && !STOP.contains(&t)).then(|| chars[..5].iter().collect())
    };
    let claim_keys: Vec<String> = claim_words.iter().filter_map(|&w| key(&a.word(w).norm)).collect();
    if claim_keys.is_empty() {
        return None;
    }
    for p in paras.iter().filter(|p| !p.name) {
        for s in 0..p.n_sent() {
            let marked = p.has(&l.exception, s) || !plan && p.has(&l.not_yet, s);
            if !marked || p.has(&l.past, s) {
                continue;
            }
            // A sentence about other things than the claim's ("Andere aankopen (werkkledij) zijn nog niet
            // fairtrade" beside "Alle koffie en thee ... is fairtrade"; since session 19) tells the claim's
            // scope, unless the claim speaks of those things ("Al onze aankopen zijn fairtrade").
            const OTHER: &[&str] = &["andere", "overige", "other", "autres", "d'autres", "les", "the"];
            let ws: Vec<&str> = p.words_of(s).map(|w| p.a.word(w).norm.as_str()).collect();
            let lead = ws.iter().take_while(|w| OTHER.contains(w)).count();
            let others = ws[..lead].iter().any(|w| !matches!(*w, "les" | "the"));
            if others && ws.get(lead).and_then(|w| key(w)).is_some_and(|k| !claim_keys.contains(&k)) {
                continue;
            }
            if p.words_of(s).filter_map(|w| key(&p.a.word(w).norm)).any(|k| claim_keys.contains(&k)) {
                return Some(Found { quote: p.quote(s), from: p.from.clone(), why: "exception" });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::numbers::indicator_keys;
    use super::super::{Analysis, Evidence, Ind, analyse};
    use super::*;
    use crate::model::{ClaimKind, Date, Language};

    /// A message as the English terminal says it.
    fn en(m: &crate::i18n::Msg) -> String {
        m.say(Language::En)
    }
    fn texts(body: &str) -> Vec<EvText> {
        vec![EvText {
            text: body.to_owned(),
            from: crate::i18n::msg!("find-claim-figure-evidence", kind = "action", id = "a"),
            name: false,
        }]
    }
    fn gas_met() -> Ind {
        // An indicator that reaches the whole: 0 m³ gas.
        Ind {
            name: "Aardgasverbruik".into(),
            keys: indicator_keys(Some("m³"), "Aardgasverbruik"),
            b: Some(9500.0),
            t: 0.0,
            latest: Some((Date::constant(2025, 6, 30), 0.0)),
            history: vec![(2025, 0.0)],
            ..Default::default()
        }
    }
    fn run(claim: &str, kind: ClaimKind, inds: Vec<Ind>, body: &str) -> Analysis {
        let ev = Evidence { inds, year: Some(2025), texts: texts(body), ..Default::default() };
        analyse(claim, kind, Language::Nl, &ev)
    }
    /// The figures the evidence's words contradict.
    fn contradicted(claim: &str, kind: ClaimKind, body: &str) -> Vec<String> {
        run(claim, kind, vec![gas_met()], body)
            .figures
            .into_iter()
            .filter(|j| matches!(&j.verdict, Verdict::Unsupported { message, .. } if en(message).contains("says otherwise")))
            .map(|j| j.figure.text)
            .collect()
    }
    use ClaimKind::{Commitment as Co, Result as Re};

    #[test]
    fn a_whole_the_evidence_itself_says_is_absent() {
        // No indicator, no action done: "zonder gas" is unsupported, unless
        // the evidence says the gas is absent, and nowhere present.
        let verdict = |body: &str| {
            let ev = Evidence { year: Some(2025), texts: texts(body), inds: vec![], ..Default::default() };
            let a = analyse("Het nieuwe gemeentehuis werkt zonder gas.", Re, Language::Nl, &ev);
            a.figures.first().map(|j| matches!(j.verdict, Verdict::Unsupported { .. }))
        };
        assert_eq!(verdict("Het gebouw heeft geen gasaansluiting: een warmtepomp verwarmt."), Some(false));
        assert_eq!(verdict("Een warmtepomp verwarmt het gebouw."), Some(true));
        assert_eq!(verdict("Het heeft geen gasaansluiting, maar de keuken kookt op gas uit flessen."), Some(true));
    }

    #[test]
    fn green_energy_for_everything_and_what_replaces_the_oil() {
        // "groene energie" is all energy: the gas heating contradicts it, "groene stroom" it does not.
        let body = "Het contract dekt de stroom met garanties van oorsprong. Het aardgas van de gebouwen is gewoon aardgas.";
        assert_eq!(contradicted("De gemeente gebruikt alleen nog groene energie.", Re, body), vec!["alleen nog"]);
        assert_eq!(contradicted("All our council buildings run on clean energy.", Re, body), vec!["All"]);
        assert!(contradicted("Al onze gebouwen draaien op groene stroom.", Re, body).is_empty());
        // What replaces is new and stays, also against a promise; what is replaced is gone.
        let body = "Vijf ketels zijn vervangen: twee door een lucht-waterwarmtepomp en twee door een gascondensatieketel.";
        assert!(!contradicted("Tegen 2028 zijn al onze gebouwen fossielvrij.", Co, body).is_empty());
        let body = "De gasketel werd vervangen door een warmtepomp.";
        assert!(contradicted("Tegen 2028 zijn al onze gebouwen fossielvrij.", Co, body).is_empty());
    }

    #[test]
    fn a_sentence_about_other_things_tells_the_scope() {
        // Since session 19: the work clothes are not the coffee the claim speaks of.
        let body = "Koffie en thee zijn fairtrade. Andere aankopen (werkkledij, sportmateriaal) zijn nog niet fairtrade.";
        assert!(contradicted("Alle koffie en thee op onze recepties is fairtrade.", Re, body).is_empty());
        assert_eq!(contradicted("Al onze aankopen zijn fairtrade.", Re, body), vec!["Al"]);
    }

    #[test]
    fn a_fossil_fuel_that_stays_contradicts_fossil_free() {
        let claim = "Ons gemeentehuis draait sinds november 2024 volledig fossielvrij.";
        let body = "Vier warmtepompen verwarmen het gemeentehuis; de oude gasketel is weg.\n\nDe noodstroomgenerator draait op diesel.";
        assert_eq!(contradicted(claim, Re, body), vec!["volledig fossielvrij"]);
        let a = run(claim, Re, vec![gas_met()], body);
        let Verdict::Unsupported { message, help } = &a.figures[0].verdict else { panic!() };
        let (message, help) = (en(message), en(help));
        assert!(message.contains("De noodstroomgenerator draait op diesel.") && message.contains("action `a`"), "{message}");
        assert!(help.contains("fossil fuel"), "{help}");
        // Gas-free is not contradicted by diesel: only gas counts.
        assert!(contradicted("Sinds november 2024 is ons gemeentehuis aardgasvrij.", Re, body).is_empty());
        // A back-up boiler stays: contradicted, in nl, fr and en.
        for (claim, body) in [
            ("Ons zwembad is volledig fossielvrij.", "De bestaande gasketel blijft staan als back-up bij vorst."),
            ("Notre piscine ne consomme plus de gaz.", "De gasketel blijft als reserve behouden."),
            ("Notre piscine est entièrement sans énergie fossile.", "La chaudière au gaz naturel reste en secours."),
            ("Our pool is now fully fossil-free.", "The gas boiler is kept as a backup for cold spells."),
            ("Het warmtenet verwarmt het centrum volledig fossielvrij.", "In de winter springen twee stookolieketels bij."),
        ] {
            assert_eq!(contradicted(claim, Re, body).len(), 1, "{claim} / {body}");
        }
    }

    #[test]
    fn reserves_are_money_and_what_a_rule_excludes_is_left_out() {
        // "reserves" is money set aside, no back-up the claim names itself;
        // the exclusion is no fossil fuel that stays, the holdings that still
        // finance it are.
        let body = "Die fondsen sluiten bedrijven uit die hun omzet uit steenkool, olie of gas halen.\n\nDe fondsen beleggen ook in banken die nog steenkool of gas financieren.";
        let a = run("All of our reserves are now invested fossil-free.", Re, vec![], body);
        let Verdict::Unsupported { message, .. } = &a.figures.last().expect("figures").verdict else { panic!("{:?}", a.figures) };
        assert!(en(message).contains("nog steenkool of gas financieren"), "{}", en(message));
        let body = "Die fondsen sluiten bedrijven uit die hun omzet uit steenkool, olie of gas halen.";
        assert!(contradicted("Al onze reserves zijn fossielvrij belegd.", Re, body).is_empty());
    }

    #[test]
    fn a_fuel_that_is_gone_or_negated_does_not_contradict() {
        for body in [
            "Het gemeentehuis gebruikt geen aardgas meer.",
            "Sinds 2024 verwarmen we zonder gas.",
            "Gemeentehuis van het aardgas af.",
            "De gasketel werd vervangen door een warmtepomp.",
            "De gasaansluiting is weggenomen.",
            "Nulmeting: 1.450 MWh aardgas in 2022.",
            "Vroeger stookten we op aardgas.",
            "Tegen 2027 vervangen we ook de gasketel van de sporthal.",
        ] {
            assert!(contradicted("Ons gemeentehuis is aardgasvrij.", Re, body).is_empty(), "{body}");
        }
        // What is free of it names it, absent (since session 20).
        // A law named in a compound, beside the ban (since session 22).
        for body in [
            "Sinds 2015 is het openbaar domein pesticidevrij, zoals de wet vraagt.",
            "All parks are pesticide-free.",
            "Sinds 2015 mogen besturen op het openbaar domein geen middelen meer gebruiken (pesticidendecreet).",
        ] {
            assert!(contradicted("We onderhouden het openbaar domein zonder pesticiden.", Re, body).is_empty(), "{body}");
        }
        assert!(
            !contradicted(
                "We onderhouden het openbaar domein zonder pesticiden.",
                Re,
                "Op twee voetbalvelden gebruiken we nog een herbicide."
            )
            .is_empty()
        );
        // Renewable fuels are no fossil fuels.
        for body in ["De vrachtwagens rijden op HVO (hernieuwbare diesel).", "De bussen rijden op groen gas."] {
            assert!(contradicted("Onze werf is volledig fossielvrij.", Re, body).is_empty(), "{body}");
        }
        // A claim that states its own exception.
        let body = "De bestaande gasketel blijft staan als back-up bij vorst.";
        assert!(contradicted("Ons zwembad is fossielvrij, behalve bij strenge vorst.", Re, body).is_empty());
        assert!(contradicted("Ons zwembad is fossielvrij; bij vorst springt de gasketel nog bij.", Re, body).is_empty());
    }

    #[test]
    fn a_promise_is_contradicted_only_by_what_stays() {
        let claim = "Tegen 2030 is ons zwembad volledig fossielvrij.";
        assert!(contradicted(claim, Co, "Vandaag stoken we nog op aardgas.").is_empty());
        assert_eq!(contradicted(claim, Co, "De gasketels blijven als reserve behouden."), vec!["volledig fossielvrij"]);
        // A result, by what is still there.
        assert_eq!(contradicted("Ons zwembad is volledig fossielvrij.", Re, "Vandaag stoken we nog op aardgas.").len(), 1);
    }

    #[test]
    fn waste_plastic_and_pesticides() {
        let body = "55 % werd hergebruikt, 35 % gerecycleerd en 10 % ging naar de verbrandingsoven.";
        assert_eq!(contradicted("Al het textiel in onze containers krijgt een tweede leven.", Re, body), vec!["Al"]);
        assert_eq!(contradicted("Notre fête est zéro déchet.", Re, "Er bleef 90 kilo restafval over.").len(), 1);
        assert!(contradicted("Notre fête est zéro déchet.", Re, "Er werd niets verbrand en niets gestort: geen restafval.").is_empty());
        let body = "Op de sportdag worden water en frisdrank nog in plastic flesjes verkocht.";
        assert_eq!(contradicted("Nos événements sont désormais zéro plastique.", Re, body).len(), 1);
        assert!(contradicted("Nos événements sont zéro plastique.", Re, "Herbruikbare bekers in plaats van plastic.").is_empty());
        let body = "Op de voetbalvelden gebruikte de sportdienst nog een selectief herbicide.";
        assert_eq!(contradicted("Notre commune est 100 % sans pesticides.", Re, body), vec!["100 %", "sans pesticides"]);
        assert!(contradicted("Notre commune est 100 % sans pesticides.", Re, "Sans aucun pesticide depuis 2015.").is_empty());
        assert!(contradicted("Notre commune est 100 % sans pesticides.", Re, "Geen pesticiden meer sinds 2015.").is_empty());
        // The term's subject must be in the claim: textile reused says nothing about fossil fuels.
        assert!(contradicted("Al het textiel krijgt een tweede leven.", Re, "De vrachtwagen rijdt op diesel.").is_empty());
    }

    #[test]
    fn a_missing_label_and_another_source() {
        let body = "Sinds 2023 kopen we alleen nog houten banken met een FSC-certificaat; de oudere stukken hebben geen certificaat.\n\n\
                    Sinds 2024 schenken we alleen fairtrade koffie. De cafetaria valt daar niet onder.";
        assert_eq!(contradicted("Tout notre mobilier urbain en bois est certifié FSC.", Re, body), vec!["Tout"]);
        // Dated from a year: what the evidence says of older pieces is not about it.
        assert!(contradicted("Depuis 2023, tous les bancs que nous achetons portent le label FSC.", Re, body).is_empty());
        // Another scheme's paragraph.
        assert!(contradicted("All the coffee in our offices is Fairtrade certified.", Re, body).is_empty());
        let body = "Die garanties komen uit Noorse waterkrachtcentrales.";
        assert_eq!(contradicted("Onze gebouwen draaien op 100 % groene stroom uit wind.", Re, body), vec!["100 %"]);
        assert!(contradicted("Onze gebouwen draaien op 100 % stroom uit waterkracht.", Re, body).is_empty());
        assert!(contradicted("Onze gebouwen draaien op 100 % stroom uit wind.", Re, "Stroom uit Belgische windparken.").is_empty());
        // A source named only to say it is not the one does not back the claim (since session 18).
        let body =
            "Het verbruik is gedekt door garanties uit Noorse waterkracht. Het is dus geen stroom uit Belgische wind- of zonneparken.";
        assert_eq!(contradicted("Since 2025 all our buildings have run on Belgian wind power.", Re, body), vec!["all"]);
    }

    #[test]
    fn an_exception_about_the_claims_subject() {
        let body = "Alle scholen behalve De Klimop kregen zonnepanelen.";
        assert_eq!(contradicted("Zonnepanelen op alle scholen.", Re, body), vec!["alle"]);
        // About something else: no overlap with the claim.
        assert!(contradicted("Zonnepanelen op alle scholen.", Re, "De sporthal is uitgezonderd van de renovatie.").is_empty());
        // "nog niet" contradicts a claim about now, not a promise.
        assert_eq!(contradicted("Alle straatlichten branden met LED.", Re, "Niet alle straatlichten zijn al vervangen.").len(), 1);
        assert_eq!(
            contradicted("Alle straatlichten branden met LED.", Re, "De straatlichten in Hoeveld zijn nog niet vervangen.").len(),
            1
        );
        assert!(
            contradicted("Tegen 2028 branden alle straatlichten met LED.", Co, "De straatlichten in Hoeveld zijn nog niet vervangen.")
                .is_empty()
        );
    }
}
