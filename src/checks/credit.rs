//! Whose deed a claim tells (`claim-others-work`, since session 18).
//!
//! A result that says the municipality built, placed, repaired, organised,
//! paid, lent or employs ("De gemeente plaatste zeven drinkwatertappunten",
//! "The council has built an 18,000 m³ flood basin") while its evidence says
//! another body does it ("De Watergroep plaatst de drinkwatertappunten", "De
//! provincie betaalde 70 % en voerde de werken uit") claims others' work as
//! its own. Where the evidence says in so many words that the municipality
//! does not do it ("De gemeente leent zelf geen geld uit", "in dienst van De
//! Schakel, niet van de gemeente"), the claim is contradicted.
//!
//! This module owns the words of the reading: who the municipality is in a
//! sentence, the other bodies that do municipal work, and the verbs of a deed
//! by kind (so that "dug" in an English claim meets "uitvoeren" in a Dutch
//! action).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::claims::{at_claim, one_line, shares_a_word, telling_words};
use super::words::{self, Analyzed, Entries};
use super::{Ctx, figures, finding, registry::RuleId};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::msg;
use crate::model::Project;

/// What kind of deed a verb tells: a claim's deed is held against the
/// evidence's deeds of the same kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Deed {
    /// Built, placed, installed, renovated, dug, repaired, organised, carried out.
    Make,
    /// Paid, financed, funded.
    Pay,
    /// Lent, granted loans.
    Lend,
    /// Employs, gave a job.
    Employ,
}

/// The verbs of each deed, as written (finite forms and participles; an
/// infinitive where another body "laat uitvoeren"). Not "plaatsen", which
/// is also the plural of "plaats".
const DEEDS: &[(Deed, &[&str])] = &[
    (
        Deed::Make,
        &[
            // Who leads the work does it (since session 20: "ANB leidt en
            // betaalt het herstel" beside "De stad herstelde 9 hectare
            // duinen"). Not "led": the lamps.
            "leidt",
            "leidde",
            "leidden",
            "mène",
            "menait",
            "pilote",
            "leads",
            // Since session 20: "die het aanlegt en uitbaat".
            "omgevormd",
            "aanlegt",
            "aanlegde",
            "aanlegden",
            "bouwt",
            "bouwde",
            "bouwden",
            "gebouwd",
            "bouwen",
            "aangelegd",
            "aanleggen",
            "plaatst",
            "plaatste",
            "plaatsten",
            "geplaatst",
            "installeert",
            "installeerde",
            "installeerden",
            "geïnstalleerd",
            "installeren",
            "renoveert",
            "renoveerde",
            "renoveerden",
            "gerenoveerd",
            "renoveren",
            "graaft",
            "groef",
            "groeven",
            "gegraven",
            "graven",
            "uitgevoerd",
            "uitvoeren",
            "herstelt",
            "herstelde",
            // Who manages a reserve does the work on it: "Heidebloei vzw, die
            // ook het beheer doet" beside "beheren we 146 hectare heide"
            // (since session 23).
            "beheer",
            "beheert",
            "beheren",
            "beheerde",
            "beheerden",
            "manages",
            "managed",
            "gère",
            "gèrent",
            "géré",
            "herstelden",
            "hersteld",
            "herstellen",
            "organiseert",
            "organiseerde",
            "organiseerden",
            "georganiseerd",
            "organiseren",
            "realiseert",
            "realiseerde",
            "gerealiseerd",
            "isoleert",
            "isoleerde",
            "geïsoleerd",
            "plantte",
            "plantten",
            // "De groendienst plant zelf niet mee" (since session 22).
            "plant",
            "geplant",
            "bracht",
            "brachten",
            "construit",
            "construite",
            "construits",
            "construites",
            "construisent",
            "installé",
            "installée",
            "installés",
            "installées",
            "rénové",
            "rénovée",
            "rénovés",
            "rénovées",
            "creusé",
            "creusés",
            "réalisé",
            "réalisés",
            "organisé",
            "organisée",
            "réparé",
            "réparés",
            "built",
            "builds",
            "installed",
            "installs",
            "renovated",
            "renovates",
            "dug",
            "digs",
            "carried out",
            "carries out",
            "organised",
            "organized",
            "organises",
            "organizes",
            "repaired",
            "repairs",
            "planted",
            "delivered",
            "brought",
            "bouwheer",
            "maître d'ouvrage",
            "planté",
            "plantés",
            "plantées",
            "restored",
            "restores",
            "restauré",
            "restaurés",
            "aanplantte",
            "aanplantten",
            "vervangt",
            "verving",
            "vervingen",
            "vervangen",
            "remplace",
            "remplacé",
            "remplacés",
            "remplacées",
            "replaced",
            "replaces",
            "elektrificeert",
            "elektrificeerde",
            "geëlektrificeerd",
            "électrifie",
            "électrifié",
            "électrifiée",
            "électrifiés",
            "electrified",
            "electrifies",
            "ingezameld",
            "inzamelt",
            "inzamelde",
            "inzamelden",
            "inzamelen",
            "collecte",
            "collectent",
            "collecté",
            "collectés",
            "collects",
            "collected",
        ],
    ),
    (
        Deed::Pay,
        &[
            "betaalt",
            "betaalde",
            "betaalden",
            "betaald",
            "financiert",
            "financierde",
            "gefinancierd",
            "paie",
            "paye",
            "payé",
            "finance",
            "financé",
            "pays",
            "paid",
            "funds",
            "funded",
            "investeert",
            "investeerde",
            "investeerden",
            "geïnvesteerd",
            "investit",
            "investi",
            "investissent",
            "invests",
            "invested",
        ],
    ),
    (Deed::Lend, &["leent", "leende", "leenden", "geleend", "toegekend", "prête", "prêté", "lends", "lent"]),
    (Deed::Employ, &["in dienst", "vaste job", "werkgever", "emploie", "employs", "employed"]),
];

/// Separable verbs: the finite form, and the particle that comes later in
/// its sentence ("voert de renovatie uit", "kent de leningen toe").
const SPLIT_DEEDS: &[(Deed, &str, &str)] = &[
    (Deed::Make, "voert", "uit"),
    (Deed::Make, "voerde", "uit"),
    (Deed::Make, "voerden", "uit"),
    (Deed::Make, "voeren", "uit"),
    (Deed::Make, "vormt", "om"),
    (Deed::Make, "vormde", "om"),
    (Deed::Make, "vormden", "om"),
    (Deed::Make, "legt", "aan"),
    (Deed::Make, "legde", "aan"),
    (Deed::Make, "legden", "aan"),
    (Deed::Make, "zamelt", "in"),
    (Deed::Make, "zamelde", "in"),
    (Deed::Make, "zamelen", "in"),
    (Deed::Pay, "brengt", "in"),
    (Deed::Pay, "bracht", "in"),
    (Deed::Pay, "brachten", "in"),
    // "De stad draagt niet bij in de kosten", "brengt geen kapitaal bij"
    // (since session 22).
    (Deed::Pay, "draagt", "bij"),
    (Deed::Pay, "droeg", "bij"),
    (Deed::Pay, "brengt", "bij"),
    (Deed::Pay, "bracht", "bij"),
    // "maakte 690 sociale woningen energiezuinig" is a renovation (since session 22).
    (Deed::Make, "maakte", "energiezuinig"),
    (Deed::Make, "maakten", "energiezuinig"),
    (Deed::Make, "maakt", "energiezuinig"),
    (Deed::Make, "maakte", "energiezuiniger"),
    (Deed::Make, "maakten", "energiezuiniger"),
    (Deed::Make, "maakte", "duurzamer"),
    // "We gaven 12 hectare duinen terug aan de natuur" is a restoration (since session 23).
    (Deed::Make, "gaven", "terug"),
    (Deed::Make, "gaf", "terug"),
    (Deed::Make, "geven", "terug"),
    (Deed::Make, "geeft", "terug"),
    (Deed::Lend, "kent", "toe"),
    (Deed::Lend, "kende", "toe"),
];

/// The municipality in a sentence (its name is added per project).
const MUNICIPALITY: &[&str] = &[
    "we",
    "wij",
    "de gemeente",
    "de stad",
    "onze gemeente",
    "onze stad",
    "het gemeentebestuur",
    "het stadsbestuur",
    "the council",
    "the city",
    "the municipality",
    "the town",
    "our council",
    "la commune",
    "la ville",
    "notre commune",
    "notre ville",
    "nous",
    // The municipality's own services (since session 19).
    "de technische dienst",
    "onze technische dienst",
    "onze diensten",
    "nos services",
    "nos services techniques",
    "our technical services",
    "our council crews",
    "council crews",
    // Since session 22: the services that do the work on the ground.
    "de groendienst",
    "onze groendienst",
    "de milieudienst",
    "onze milieudienst",
    "de wegendienst",
    "onze wegendienst",
    "de uitvoeringsdienst",
    "onze uitvoeringsdienst",
    "notre service des espaces verts",
    "our parks team",
];

/// Bodies other than the municipality that do municipal work: a higher
/// government, a utility, an intercommunal, a housing company, a non-profit,
/// volunteers, a developer. Not a contractor or a design office: the
/// municipality has them do its own work.
const OTHERS: &[&str] = &[
    "provincie",
    "provinciale",
    "vlaanderen",
    "vlaamse",
    "federale",
    "agentschap",
    "intercommunale",
    "netbeheerder",
    "fluvius",
    "watergroep",
    "aquafin",
    "farys",
    "pidpa",
    "woonmaatschappij",
    "huisvestingsmaatschappij",
    "vzw",
    "coöperatie",
    "cooperatie",
    "coöperatieve",
    "burgercoöperatie",
    "burgercooperatie",
    "energiecoöperatie",
    "energiecooperatie",
    "vrijwilligers",
    "projectontwikkelaar",
    "ontwikkelaar",
    "maatwerkbedrijf",
    "regionaal landschap",
    "natuurpunt",
    "de lijn",
    "watercomité",
    "rode kruis",
    "kringwinkel",
    "energiehuis",
    "havenbedrijf",
    // Since session 22: a water board, a heat or energy company, an operator,
    // and a company's legal form after its name ("Warmte Ravelingen NV"). Not
    // "cv" (the cv-ketel) nor "bv" (bijvoorbeeld).
    "polderbestuur",
    "waterschap",
    "watering",
    "bekkenbestuur",
    "warmtebedrijf",
    "energiebedrijf",
    "afvalbedrijf",
    "aanbieder",
    "uitbater",
    "exploitant",
    "nv",
    "opérateur",
    "operator",
    "nmbs",
    "sncb",
    "infrabel",
    "port authority",
    "autorité portuaire",
    "partner*",
    "province",
    "provincial",
    "région",
    "régionale",
    "wallonie",
    "asbl",
    "coopérative",
    "bénévoles",
    "county",
    "region",
    "regional",
    "flemish",
    "federal",
    "agency",
    "charity",
    "volunteers",
    "developer",
    "cooperative",
    "housing association",
    "housing company",
    "water company",
    "utility",
];

/// Words of working together, before the partner's name: a claim that
/// names its partner this way credits it ("Samen met De Watergroep ...").
const TOGETHER: &[&str] = &[
    "samen met",
    "in samenwerking met",
    "met steun van",
    "met de steun van",
    "met hulp van",
    "together with",
    "in partnership with",
    "with the help of",
    "en partenariat avec",
    "en collaboration avec",
    "avec l'aide de",
    "avec le soutien de",
];

/// Words that deny, near the municipality: "niet van de gemeente", "De
/// gemeente leent zelf geen geld uit".
const DENIALS: &[&str] = &["niet", "geen", "nooit", "not", "never", "pas", "jamais", "ne", "n'", "doesn't"];

/// Prepositions before a place: "in Haverdonk" is where, not who.
const BEFORE_A_PLACE: &[&str] =
    &["in", "van", "te", "naar", "uit", "rond", "voor", "à", "de", "dans", "en", "of", "from", "to", "at", "for", "around"];

static DEED_ENTRIES: LazyLock<Vec<(Deed, Entries)>> = LazyLock::new(|| DEEDS.iter().map(|(d, list)| (*d, words::entries(list))).collect());
static MUNICIPALITY_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(MUNICIPALITY));
static OTHERS_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(OTHERS));
static OWN_MEANS_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(OWN_MEANS));

/// Words that say the municipality paid alone.
const OWN_MEANS: &[&str] = &[
    "eigen middelen",
    "eigen budget",
    "eigen geld",
    "op eigen kosten",
    "eigen kosten",
    "zelf betaald",
    "zelf gefinancierd",
    "volledig zelf",
    "fonds propres",
    "propres moyens",
    "propres fonds",
    "own funds",
    "own budget",
    "own money",
    "own resources",
    "own expense",
];
static TOGETHER_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(TOGETHER));

/// The deeds of a text: (kind, first word) for every verb of a deed, with a
/// separable verb only where its particle follows in the same sentence.
fn deeds(a: &Analyzed) -> Vec<(Deed, usize)> {
    let mut out: Vec<(Deed, usize)> =
        DEED_ENTRIES.iter().flat_map(|(d, e)| words::matches(a, e).into_iter().map(move |(w, _)| (*d, w))).collect();
    let n = a.words.len();
    for w in 0..n {
        let word = a.word(w).norm.as_str();
        for (d, _, particle) in SPLIT_DEEDS.iter().filter(|(_, v, _)| *v == word) {
            if (w + 1..n).take(12).any(|k| a.word(k).norm == *particle) {
                out.push((*d, w));
            }
        }
        // "we are building", "the council is investing": a form in -ing after a form of "to be" (not "the building").
        if w > 0
            && matches!(a.word(w - 1).norm.as_str(), "is" | "are" | "was" | "were")
            && let Some((d, _)) = PROGRESSIVE_DEEDS.iter().find(|(_, v)| *v == word)
        {
            out.push((*d, w));
        }
    }
    out
}

/// English deeds in the progressive, read after a form of "to be".
const PROGRESSIVE_DEEDS: &[(Deed, &str)] = &[
    (Deed::Make, "building"),
    (Deed::Make, "installing"),
    (Deed::Make, "renovating"),
    (Deed::Make, "digging"),
    (Deed::Make, "repairing"),
    (Deed::Make, "organising"),
    (Deed::Make, "organizing"),
    (Deed::Make, "planting"),
    (Deed::Make, "collecting"),
    (Deed::Pay, "paying"),
    (Deed::Pay, "funding"),
    (Deed::Pay, "financing"),
    (Deed::Pay, "investing"),
];

/// The municipality's name as its sentences say it: the organisation without
/// "Gemeente", "Stad", "Ville de", "City of" ("Stad Rozendaalbeek" is
/// "Rozendaalbeek").
fn own_name(project: &Project) -> Option<words::Entry> {
    let org = project.site.organisation.trim();
    let lower = org.to_lowercase();
    let prefixes =
        ["gemeente ", "stad ", "lokaal bestuur ", "commune de ", "ville de ", "city of ", "town of ", "municipality of ", "borough of "];
    let name = prefixes.iter().find(|p| lower.starts_with(*p)).map_or(org, |p| &org[p.len()..]).trim();
    (!name.is_empty()).then(|| words::Entry::new(name))
}

/// The words where the municipality is named as who acts: the words of
/// [`MUNICIPALITY`], and its name where no preposition of place comes before.
fn municipality_at(a: &Analyzed, name: Option<&words::Entry>) -> Vec<(usize, usize)> {
    let mut out = words::matches(a, &MUNICIPALITY_ENTRIES);
    if let Some(e) = name {
        let place = |w: usize| w > 0 && BEFORE_A_PLACE.contains(&a.word(w - 1).norm.as_str());
        // Not a part of a compound name: "Het polderbestuur Westervelde-Broek" (since session 22).
        let hyphened = |w: usize, len: usize| {
            let (first, last) = (a.words[w], a.words[w + len - 1]);
            let dash = |t: usize, at: usize| a.toks.get(t).is_some_and(|t| t.norm == "-" && (t.orig.start == at || t.orig.end == at));
            dash(last + 1, a.toks[last].orig.end) || (first > 0 && dash(first - 1, a.toks[first].orig.start))
        };
        out.extend(words::matches_entry(a, e).into_iter().filter(|&(w, len)| !place(w) && !hyphened(w, len)));
    }
    out
}

/// What the evidence says of a deed: another body does it, or the
/// municipality does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Told {
    ByAnother,
    NotByUs,
}

/// A sentence of the evidence read for the deeds the claim tells.
/// With `after_other`, the sentence before named another body and no
/// municipality, so a pronoun that opens this one is that body ("Woonhaven
/// verhuurt 4200 woningen. Zij renoveert er 1100", since session 22).
fn told(
    sentence: &str,
    claimed: &HashSet<Deed>,
    name: Option<&words::Entry>,
    shared: Option<(&HashSet<String>, &str)>,
    after_other: bool,
    own_means: bool,
) -> Option<Told> {
    // A cheap test first: a sentence with no verb of a deed as written is not read.
    static SAID: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        let forms = DEEDS.iter().flat_map(|(_, list)| list.iter().copied()).chain(SPLIT_DEEDS.iter().map(|(_, verb, _)| *verb));
        aho_corasick::AhoCorasick::new(forms).expect("a word list makes a small automaton")
    });
    if !SAID.is_match(&sentence.to_lowercase()) {
        return None;
    }
    let a = words::analyze(sentence);
    let said = deeds(&a);
    if !said.iter().any(|(d, _)| claimed.contains(d)) {
        return None;
    }
    let us = municipality_at(&a, name);
    let denial = |w: usize| DENIALS.contains(&a.word(w).norm.as_str());
    let n = a.words.len();
    // Not "we": "we weten niet hoeveel er geplant zijn" denies a knowing, not the deed.
    let pronoun = |w: usize| matches!(a.word(w).norm.as_str(), "we" | "wij" | "nous");
    let denied = us.iter().filter(|&&(w, _)| !pronoun(w)).any(|&(w, len)| {
        // "niet (van|bij|door) de gemeente" or "de gemeente (leent) (zelf) geen"
        (w.saturating_sub(2)..w).any(denial) || (w + len..(w + len + 3).min(n)).any(denial)
    });
    if denied {
        return Some(Told::NotByUs);
    }
    // Another body's deed: in the claim's language, of what the claim speaks
    // of, a telling word in common ("drinkwatertappunten"). Not "betaald uit
    // het federale Fonds" beside "de gemeente betaalt een halftijdse
    // maatschappelijk werker bij" (since session 18).
    // A claim of its own means is about the money: any sentence of who pays
    // speaks of it ("De provincie betaalt 35 % van de kosten", since session 22).
    let of_the_money = own_means && said.iter().any(|(d, _)| *d == Deed::Pay);
    let speaks_of = |claim: &HashSet<String>, title: &str| {
        shares_a_word(&telling_words(sentence, i16::MAX), claim) || shares_a_word(&telling_words(title, i16::MAX), claim)
    };
    if !of_the_money && shared.is_some_and(|(claim, title)| !speaks_of(claim, title)) {
        return None;
    }
    let pronoun_of_other = after_other && n > 0 && PRONOUNS.contains(&a.word(0).norm.as_str());
    (us.is_empty() && (pronoun_of_other || !words::matches(&a, &OTHERS_ENTRIES).is_empty())).then_some(Told::ByAnother)
}

/// Pronouns that open a sentence about the body the sentence before named.
const PRONOUNS: &[&str] = &["zij", "ze", "hij", "elle", "il", "ils", "elles", "it", "they"];

/// Whether a sentence names another body and not the municipality: a
/// pronoun opening the next one is that body.
fn names_another(sentence: &str, name: Option<&words::Entry>) -> bool {
    let a = words::analyze(sentence);
    municipality_at(&a, name).is_empty() && !words::matches(&a, &OTHERS_ENTRIES).is_empty()
}

/// A text of a claim's evidence: a live action's body or an indicator's
/// explanation, or an inventory item's note; with the title of its action or
/// item (what it is about) and the id it comes from.
pub(super) struct EvidenceText<'a> {
    pub text: &'a str,
    pub title: &'a str,
    pub source: &'a str,
}

/// The texts of a claim's evidence, in the order of its links.
pub(super) fn evidence_texts<'a>(ctx: &Ctx<'a>, c: &crate::model::Claim) -> Vec<EvidenceText<'a>> {
    let mut out = Vec::new();
    for act in ctx.live_actions_of(c) {
        let (title, source) = (act.title.as_str(), act.id.as_str());
        out.push(EvidenceText { text: act.body.text.as_str(), title, source });
        out.extend(act.indicators().iter().filter_map(|i| i.explanation.as_ref()).map(|e| EvidenceText {
            text: e.text.as_str(),
            title,
            source,
        }));
    }
    for r in &c.inventory {
        if let Some(i) = ctx.project.inventory_item(&r.id) {
            let text = i.note.as_ref().map_or("", |n| n.text.as_str());
            out.push(EvidenceText { text, title: i.title.as_str(), source: i.id.as_str() });
        }
    }
    out
}

/// The sentences of an evidence text, cut after ".", "!", "?" or ";" before
/// a space or a line break, and at blank lines.
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").flat_map(|p| {
        let mut cuts = Vec::new();
        let mut from = 0;
        let mut chars = p.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if matches!(c, '.' | '!' | '?' | ';') && chars.peek().is_some_and(|(_, n)| n.is_whitespace()) {
                cuts.push(&p[from..=i]);
                from = i + 1;
            }
        }
        cuts.push(&p[from..]);
        cuts.into_iter().filter(|s| !s.trim().is_empty())
    })
}

/// A partner named after a word of working together: the first word after
/// it (past an article) is written with a capital ("samen met De Watergroep",
/// "together with Zandrug Landscape"; not "samen met zijn inwoners").
fn partner_named(text: &str, a: &Analyzed) -> bool {
    let article = |k: usize| matches!(a.word(k).norm.as_str(), "de" | "het" | "la" | "le" | "les" | "l'" | "the");
    words::matches(a, &TOGETHER_ENTRIES).into_iter().any(|(w, len)| {
        (w + len..a.words.len())
            .find(|&k| !article(k))
            .is_some_and(|k| text[a.word(k).orig.clone()].chars().next().is_some_and(char::is_uppercase))
    })
}

/// The claim names a body by its initials ("le service social du CPAS",
/// "het OCMW", "ANB"): a word of three capitals or more, not the
/// municipality's name nor a technical one (LED, EPC, PMD...).
fn names_a_body(text: &str, a: &Analyzed, name: Option<&words::Entry>) -> bool {
    const TECHNICAL: &[&str] = &["LED", "LEZ", "EPC", "GFT", "PMD", "FSC", "ISO", "WKK", "SDG", "SDGS", "MVO", "CSR", "RSE", "GPS", "PV"];
    (0..a.words.len()).any(|w| {
        let word = &text[a.word(w).orig.clone()];
        let initials = word.chars().count() >= 3 && word.chars().all(|c| c.is_ascii_uppercase());
        let own = name.is_some_and(|e| e.joined == a.word(w).norm);
        initials && !own && !TECHNICAL.contains(&word)
    })
}

/// The deeds a result tells of the municipality, now or in the past: a verb
/// of a deed in the same clause as the municipality. Empty when the claim
/// names another body ([`OTHERS`]) or a partner ([`partner_named`]).
fn claimed_deeds(text: &str, a: &Analyzed, name: Option<&words::Entry>, year: i16) -> HashSet<Deed> {
    // The cheapest reading first: most claims name no deed of the municipality.
    // Not where it is a place: "380 sociale woningen in onze stad" (since session 19).
    const AT_A_PLACE: &[&str] = &["in", "te", "naar", "uit", "rond", "dans", "à", "en", "at", "across", "throughout", "around"];
    let mut us = municipality_at(a, name);
    // "Dankzij de gemeente rijdt de kusttram om de tien minuten", "Grâce à
    // la commune, 182 tonnes de textiles ont été recyclées": the credit for
    // the work and its cost (since session 23; "à" is no place here).
    let credited: Vec<usize> = us
        .iter()
        .map(|&(u, _)| u)
        .filter(|&u| (u.saturating_sub(3)..u).any(|k| matches!(a.word(k).norm.as_str(), "dankzij" | "grâce" | "thanks")))
        .collect();
    us.retain(|&(w, _)| w == 0 || !AT_A_PLACE.contains(&a.word(w - 1).norm.as_str()) || credited.contains(&w));
    if us.is_empty() {
        return HashSet::new();
    }
    let mut told: Vec<(Deed, usize)> =
        deeds(a).into_iter().filter(|&(_, w)| us.iter().any(|&(u, _)| a.segment[u] == a.segment[w])).collect();
    for &u in &credited {
        told.extend([(Deed::Make, u), (Deed::Pay, u)]);
    }
    if told.is_empty() || !words::matches(a, &OTHERS_ENTRIES).is_empty() || partner_named(text, a) || names_a_body(text, a, name) {
        return HashSet::new();
    }
    let future = figures::future_words(a, Some(year));
    told.into_iter().filter(|&(_, w)| !future[w]).map(|(d, _)| d).collect()
}

/// `claim-others-work`: a result that tells as the municipality's deed what
/// the evidence says another body does (a warning), or what the evidence
/// says the municipality does not do (an error: contradicted).
pub(super) fn others_work(ctx: &Ctx) -> Vec<Diagnostic> {
    let name = own_name(ctx.project);
    let year = ctx.today.year();
    let mut out = Vec::new();
    // A commitment too: its deeds in the future are the plan's, but "The city
    // is building a 900-space bike park" tells a deed of now (since session 19).
    for c in ctx.claims().filter(|c| ctx.has_evidence(c)) {
        let reading = ctx.reading(c);
        let a = reading.analyzed(&c.text);
        let mut claimed = claimed_deeds(&c.text, a, name.as_ref(), year);
        if claimed.is_empty() {
            // "haar warmtenet", "ses bus", "our heat network" beside "De
            // bussen zijn van De Lijn" (since session 24).
            if let Some((sentence, source)) = owned_by_another(ctx, c, a, name.as_ref()) {
                let quote = one_line(sentence.trim().trim_end_matches(['.', ';']));
                let d = finding(RuleId::ClaimOthersWork, msg!("find-claim-others-work", source = source, quote = quote));
                out.push(at_claim(d, c).label(msg!("find-claim-others-work-label")).help(msg!("find-claim-others-work-help")));
            }
            continue;
        }
        // "Met eigen middelen legde de stad ... aan": a deed paid by the
        // municipality alone (since session 22).
        let own_means = !words::matches(a, &OWN_MEANS_ENTRIES).is_empty();
        if own_means {
            claimed.insert(Deed::Pay);
        }
        // A claim in another language than the project's shares no words with its evidence.
        let language = ctx.project.site.language;
        let claim_words = (figures::text_language(a, language) == language).then(|| telling_words(&c.text, i16::MAX));
        // The titles too: "De Lijn elektrificeert de stadslijnen" (since session 19).
        // Each with the title of what it belongs to: a sentence of an action
        // speaks of what its title names ("die ook het beheer doet" in the
        // action "Heide: natuurbeheer", since session 23).
        let texts: Vec<(&str, &str, &str)> =
            evidence_texts(ctx, c).into_iter().flat_map(|e| [(e.title, e.source, e.title), (e.text, e.source, e.title)]).collect();
        // The first sentence that denies the deed, else the first that gives it to another.
        let mut found: Option<(Told, &str, &str)> = None;
        for (body, source, title) in &texts {
            let mut before: Option<&str> = None;
            for s in sentences(body) {
                let opens_with_pronoun = s.split_whitespace().next().is_some_and(|w| PRONOUNS.contains(&w.to_lowercase().as_str()));
                let after_other = opens_with_pronoun && before.is_some_and(|b| names_another(b, name.as_ref()));
                before = Some(s);
                let shared = claim_words.as_ref().map(|claim| (claim, *title));
                match told(s, &claimed, name.as_ref(), shared, after_other, own_means) {
                    Some(Told::NotByUs) => {
                        found = Some((Told::NotByUs, s, source));
                        break;
                    }
                    Some(Told::ByAnother) if found.is_none() => found = Some((Told::ByAnother, s, source)),
                    _ => {}
                }
            }
            if found.is_some_and(|f| f.0 == Told::NotByUs) {
                break;
            }
        }
        let Some((how, sentence, source)) = found else { continue };
        let quote = one_line(sentence.trim().trim_end_matches('.'));
        let mut d = match how {
            Told::NotByUs => finding(RuleId::ClaimOthersWork, msg!("find-claim-others-work-denied", source = source, quote = quote)),
            Told::ByAnother => finding(RuleId::ClaimOthersWork, msg!("find-claim-others-work", source = source, quote = quote)),
        };
        if how == Told::NotByUs {
            d.severity = Severity::Error;
        }
        out.push(at_claim(d, c).label(msg!("find-claim-others-work-label")).help(msg!("find-claim-others-work-help")));
    }
    out
}

/// Possessives of the speaking municipality, and of the municipality named
/// before them in the clause ("de stad ... haar warmtenet", "la Ville ... ses bus").
const OURS: &[&str] = &["onze", "ons", "our", "notre", "nos"];
const ITS: &[&str] = &["haar", "zijn", "ses", "sa", "son", "its", "their"];

/// Words of the evidence that give a thing to its owner or operator: "De
/// bussen zijn van De Lijn", "uitgebaat door de intercommunale", "een
/// proefproject van De Lijn", "owned by", "appartient à".
const OWNED: &[&str] = &[
    "zijn van",
    "is van",
    "eigendom van",
    "in handen van",
    "uitgebaat door",
    "geëxploiteerd door",
    "beheerd door",
    "proefproject van",
    "project van",
    "appartient",
    "appartiennent",
    "propriété de",
    "propriété du",
    "exploité par",
    "exploités par",
    "exploitée par",
    "owned by",
    "belongs to",
    "belong to",
    "run by",
    "operated by",
];
static OWNED_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(OWNED));

/// The claim calls a thing the municipality's ("onze nieuwe flexbus", "haar
/// warmtenet", "ses bus") that a sentence of its evidence gives to another
/// body ([`OWNED`], with a body of [`OTHERS`] and no municipality in the
/// sentence), of the same thing (a telling word of the three after the
/// possessive; for a claim in another language, a word that begins as one
/// of them does). The sentence and its source.
fn owned_by_another<'a>(ctx: &Ctx<'a>, c: &crate::model::Claim, a: &Analyzed, name: Option<&words::Entry>) -> Option<(&'a str, &'a str)> {
    let n = a.words.len();
    if !(0..n).any(|w| OURS.contains(&a.word(w).norm.as_str()) || ITS.contains(&a.word(w).norm.as_str())) {
        return None;
    }
    let us = municipality_at(a, name);
    let possessive = (0..n).filter(|&w| {
        let word = a.word(w).norm.as_str();
        // "onze gemeente" is the municipality itself.
        (OURS.contains(&word) && !us.iter().any(|&(u, _)| u == w))
            || (ITS.contains(&word) && us.iter().any(|&(u, len)| u + len <= w && a.segment[u] == a.segment[w]))
    });
    let owned: HashSet<String> = possessive
        .flat_map(|w| (w + 1..(w + 4).min(n)).filter(move |&k| a.segment[k] == a.segment[w]))
        .map(|k| a.word(k).norm.to_string())
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        .collect();
    if owned.is_empty() || !words::matches(a, &OTHERS_ENTRIES).is_empty() || partner_named(&c.text, a) {
        return None;
    }
    let language = ctx.project.site.language;
    let foreign = figures::text_language(a, language) != language;
    // A cheap test first: a sentence with no such words as written is not read.
    static SAID: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| aho_corasick::AhoCorasick::new(OWNED).expect("a word list makes a small automaton"));
    for e in evidence_texts(ctx, c) {
        for s in sentences(e.text) {
            if !SAID.is_match(&s.to_lowercase()) {
                continue;
            }
            let sa = words::analyze(s);
            if words::matches(&sa, &OWNED_ENTRIES).is_empty()
                || words::matches(&sa, &OTHERS_ENTRIES).is_empty()
                || !municipality_at(&sa, name).is_empty()
            {
                continue;
            }
            // In another language: a word of the sentence that begins as
            // the thing does, or the other way round ("ses bus", "De
            // bussen zijn van De Lijn").
            let begins_alike = || {
                (0..sa.words.len())
                    .map(|w| sa.word(w).norm.as_str())
                    .filter(|w| w.chars().count() >= 3)
                    .any(|w| owned.iter().any(|o| w.starts_with(o.as_str()) || o.starts_with(w)))
            };
            if (foreign && begins_alike()) || shares_a_word(&telling_words(s, i16::MAX), &owned) {
                return Some((s, e.source));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testutil::{ACTION_OPEN, TestProject, claim};

    fn run(body: &str, text: &str) -> Vec<Diagnostic> {
        TestProject::new().action_body("o", ACTION_OPEN, body).claims(&claim(text, "result", "o", "")).rule(super::others_work)
    }

    #[test]
    fn another_bodys_deed_told_as_the_municipalitys_is_found() {
        let body = "De Watergroep plaatst de drinkwatertappunten, sluit ze aan en onderhoudt ze. De gemeente kiest de plekken.\n";
        let d = run(body, "De gemeente plaatste de voorbije twee jaar zeven nieuwe drinkwatertappunten.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Warning);
        assert!(d[0].message.to_string().contains("De Watergroep plaatst"), "{}", d[0].message);
        // In another language, by the municipality's name, with a verb of the same deed.
        let basin = "De provincie betaalde 70 % en voerde de werken uit; de gemeente betaalde 30 % en kocht de grond.\n";
        assert_eq!(run(basin, "The council has built an 18,000 m³ flood basin.").len(), 1);
        assert_eq!(run(body, "In 2025 plaatste Test zeven tappunten.").len(), 1);
        // "Onze gemeente", and a separable verb of collecting.
        let textile = "De textielcontainers zijn van de intercommunale, die het textiel inzamelt; de kringwinkel sorteert.\n";
        assert_eq!(run(textile, "Onze gemeente zamelt elk jaar tonnen textiel in.").len(), 1);
        // A deed in another language (an inventory item's title is read too).
        let buses = TestProject::new()
            .inventory("- id: bus\n  title: De Lijn elektrificeert de stadslijnen\n  kind: action\n  source: other\n  visibility: public\n")
            .claims("- id: c\n  text: La Ville a électrifié ses bus urbains.\n  kind: result\n  inventory: [bus]\n")
            .rule(super::others_work);
        assert_eq!(buses.len(), 1);
        // The municipality's own services, and a deed of replacing (since session 19).
        let lamps = "De netbeheerder Fluvius vervangt de oude lampen door LED-armaturen.\n";
        assert_eq!(run(lamps, "Nos services techniques ont remplacé près de 1700 lampadaires par des LED.").len(), 1);
        // A deed in the progressive, and a builder named by its role.
        let highway = "De provincie is bouwheer van de fietssnelweg en betaalt de aanleg.\n";
        assert_eq!(run(highway, "We are building a 4.2 km cycle highway to Brussels.").len(), 1);
        // Investing is paying: a cooperative's members brought the money in.
        let roof = "De zonnepanelen zijn eigendom van een burgercoöperatie: 214 inwoners brachten samen 190000 euro in.\n";
        assert_eq!(run(roof, "Met de zonnepanelen op de sporthal investeert de gemeente in groene stroom.").len(), 1);
        // A deed of another kind: the province paid, the claim says we built.
        assert!(run("De provincie betaalt de helft van de kosten.\n", "De gemeente plaatste zeven tappunten.").is_empty());
    }

    /// Since session 22: a water board named with the municipality's name in
    /// a compound, a pronoun for the body the sentence before named, "met
    /// eigen middelen" against another body's share of the cost, a denial of
    /// capital brought in, and the green service.
    #[test]
    fn session_22_deeds_of_others() {
        let basin = "Het polderbestuur Test-Broek ontwierp en bouwde een bufferbekken van 18.000 m³.\n";
        assert_eq!(run(basin, "De gemeente bouwde een bufferbekken van 18.000 m³.").len(), 1);
        let homes =
            "De huisvestingsmaatschappij Woonhaven verhuurt 4200 woningen. Zij renoveert er 1100 met dakisolatie en betaalt dat zelf.\n";
        assert_eq!(run(homes, "Sinds 2023 maakte de stad 690 sociale woningen energiezuinig met dakisolatie.").len(), 1);
        // The pronoun alone, after a sentence about the municipality, is nobody else.
        let ours = "De stad beheert 64 gebouwen. Zij renoveert er twintig gebouwen.\n";
        assert!(run(ours, "De stad renoveerde al tien gebouwen.").is_empty());
        let roofs = "Bij elke dakrenovatie komt er een groendak. De provincie betaalt 35 % van de kosten.\n";
        assert_eq!(run(roofs, "Met eigen middelen legde de stad al 3900 m² groendak aan.").len(), 1);
        assert!(run(roofs, "De stad legde al 3900 m² groendak aan.").is_empty());
        let heat = "Het warmtebedrijf bouwt de leidingen zelf; de stad brengt geen kapitaal bij.\n";
        let d = run(heat, "De stad investeerde fors in het warmtenet.");
        assert_eq!((d.len(), d[0].severity), (1, Severity::Error));
        // A boiler is no company: "cv" is not a legal form here.
        let boilers = "Een installateur vervangt de cv-ketels van de scholen.\n";
        assert!(run(boilers, "De gemeente verving de cv-ketels van de scholen.").is_empty());
        let hedges = "Het regionaal landschap plant de hagen. De groendienst plant zelf niet mee.\n";
        assert_eq!(run(hedges, "Onze groendienst plantte bijna 4 kilometer hagen.").len(), 1);
    }

    /// Since session 23: a restoration told as giving back, a reserve told
    /// as managed, and the credit taken with "dankzij", "grâce à", "thanks to".
    #[test]
    fn session_23_deeds_of_others() {
        let dunes = "Het Agentschap Natuur en Bos herstelt 30 hectare duinen. De gemeente levert de vergunningen.\n";
        assert_eq!(run(dunes, "We gaven 12 hectare duinen terug aan de natuur.").len(), 1);
        let heath = "De heide is eigendom van Heidebloei vzw, die ook het beheer van de heide doet.\n";
        assert_eq!(run(heath, "Op de heide beheren we vandaag 146 hectare.").len(), 1);
        let textile = "Kringwinkel Kempen zamelt het textiel in met 14 containers.\n";
        assert_eq!(run(textile, "Grâce à la commune, 182 tonnes de textiles ont été recyclées en 2025.").len(), 1);
        assert_eq!(run(textile, "Dankzij de gemeente werd 182 ton textiel ingezameld.").len(), 1);
        // The credit given to another body is no claim of ours.
        assert!(run(textile, "Dankzij Kringwinkel Kempen werd 182 ton textiel ingezameld.").is_empty());
    }

    #[test]
    fn session_24_a_thing_called_ours_that_another_body_owns() {
        let heat = "Het warmtenet wordt gebouwd en uitgebaat door de intercommunale Leiewarmte; de stad is aandeelhouder.\n";
        assert_eq!(run(heat, "In de Textielwijk heeft de stad al 120 gebouwen aangesloten op haar warmtenet.").len(), 1);
        assert_eq!(run(heat, "Onze warmtenetten groeien.").len(), 1);
        // Said with the operator, or of something else of ours: no finding.
        assert!(run(heat, "Het warmtenet van de intercommunale Leiewarmte groeit: 120 gebouwen.").is_empty());
        assert!(run(heat, "Onze scholen zijn aangesloten.").is_empty());
        let bus = "De bussen en de lijnen zijn van De Lijn. De gemeente betaalt twee buurtlijnen mee.\n";
        assert_eq!(run(bus, "Met onze nieuwe bussen rijdt u sneller naar het station.").len(), 1);
        assert!(run(bus, "Our target is 30 electric vehicles.").is_empty());
    }

    #[test]
    fn a_claim_that_credits_the_partner_or_tells_no_deed_of_ours_passes() {
        let body = "De Watergroep plaatst de drinkwatertappunten, sluit ze aan en onderhoudt ze.\n";
        // The partner named, by a word of working together and its name, or as another body.
        assert!(run(body, "Samen met De Watergroep plaatste de gemeente zeven tappunten.").is_empty());
        assert!(run(body, "De gemeente en de intercommunale plaatsten zeven tappunten.").is_empty());
        // No deed of the municipality: a place, or the deed of someone else.
        assert!(run(body, "In Test werden zeven tappunten geplaatst.").is_empty());
        assert!(run(body, "Op zeven plekken in Test tap je gratis water.").is_empty());
        assert!(run(body, "De Watergroep plaatste zeven tappunten in onze gemeente.").is_empty());
        // The future is the plan's.
        assert!(run(body, "Tegen 2027 plaatsen we er nog drie.").is_empty());
        let commit = |text: &str| {
            TestProject::new().action_body("o", ACTION_OPEN, body).claims(&claim(text, "commitment", "o", "")).rule(super::others_work)
        };
        assert!(commit("Tegen 2027 plaatsen we er nog drie.").is_empty());
        // A commitment that tells a deed of now (since session 19).
        assert_eq!(commit("The council is installing new drinking water taps on the market square.").len(), 1);
        // The evidence says the municipality does it, or no other body.
        assert!(run("De technische dienst plaatst de tappunten.\n", "De gemeente plaatste zeven tappunten.").is_empty());
        assert!(run("De gemeente plaatst de tappunten met De Watergroep.\n", "De gemeente plaatste zeven tappunten.").is_empty());
    }

    #[test]
    fn the_evidence_saying_the_municipality_does_not_do_it_is_an_error() {
        let body = "Het Energiehuis kent de renovatieleningen toe. De gemeente leent zelf geen geld uit.\n";
        let d = run(body, "Test leende al 68 gezinnen renteloos geld.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Error);
        assert!(d[0].message.to_string().contains("De gemeente leent zelf geen geld uit"), "{}", d[0].message);
        let jobs = "Daar werken 14 medewerkers van een maatwerkbedrijf; zij blijven in dienst van De Schakel, niet van de gemeente.\n";
        assert_eq!(run(jobs, "We gaven 14 mensen een vaste job bij de gemeente.")[0].severity, Severity::Error);
        // Another body's deed of something else the claim does not speak of
        // (same language: no telling word in common), or a body the claim names by its initials.
        let fund = "Die begeleiding is een opdracht van het OCMW, betaald uit het federale Fonds Gas en Elektriciteit.\n";
        assert!(run(fund, "De gemeente betaalt er sinds 2024 een halftijdse maatschappelijk werker bij.").is_empty());
        assert!(run(fund, "En 2024, la commune a payé un mi-temps au CPAS.").is_empty());
        // "we ... niet" denies a knowing, not the deed.
        let trees = "Die tellen we niet mee: we weten niet hoeveel er geplant zijn.\n";
        assert!(run(trees, "Sinds 2023 plantten we 640 bomen.").is_empty());
    }

    #[test]
    fn sentences_are_cut_at_line_breaks_too() {
        let cut: Vec<&str> = sentences("Eén. Twee;\ndrie? Vier\n\nVijf.").collect();
        assert_eq!(cut, vec!["Eén.", " Twee;", "\ndrie?", " Vier", "Vijf."]);
    }
}
