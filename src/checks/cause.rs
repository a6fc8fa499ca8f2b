//! What a claim says caused its result (`claim-cause-not-shown`, since session 19).
//!
//! A result that names its cause ("Dankzij onze energiebesparende maatregelen
//! daalde de uitstoot ...", "Switching off street lights at night has cut
//! the electricity used ... by a quarter") while its evidence says the change
//! has another cause as well ("De daling in 2023 komt grotendeels door de
//! sluiting van het oude zwembad", "Het lagere verbruik komt ook van de
//! ombouw naar LED"), that the figure is not corrected for what else moved it
//! ("niet gecorrigeerd voor het weer"), that nobody worked out which part is
//! due to the measure, or that the effect is still to be shown ("moet een
//! doorrekening in 2027 uitwijzen") credits the measure with more than the
//! plan shows.
//!
//! This module owns the words of that reading: the claim's words of a cause
//! and of a shared cause, and the evidence's words of another cause.

use std::sync::LazyLock;

use super::claims::{at_claim, one_line, shares_a_word, telling_words};
use super::credit::{EvidenceText, evidence_texts, sentences};
use super::words::{self, Analyzed, Entries};
use super::{Ctx, figures, finding, registry::RuleId};
use crate::diag::Diagnostic;
use crate::i18n::msg;
use crate::model::ClaimKind;

/// Words that give a result its cause.
const CAUSE: &[&str] = &[
    "dankzij",
    "te danken aan",
    "het resultaat van",
    "het gevolg van",
    "als gevolg van",
    "doordat",
    "thanks to",
    "due to",
    "because of",
    "as a result of",
    "the result of",
    "grâce à",
    "grâce au",
    "grâce aux",
    "en raison de",
    "à la suite de",
    "suite à",
    "du fait de",
];

/// English verbs of a change a measure brings about, after a gerund that
/// opens the claim ("Switching off street lights has cut ...").
const BROUGHT_ABOUT: &[&str] = &["cut", "cuts", "reduced", "reduces", "lowered", "lowers", "halved", "saved", "saves", "brought down"];

/// Words by which a claim says its cause is one of several, or that its
/// figure is corrected for the others: it shows what the evidence says.
const SHARED: &[&str] = &[
    "mede",
    "deels",
    "gedeeltelijk",
    "een deel",
    "grotendeels",
    "onder meer",
    "onder andere",
    "ook",
    "naast",
    "gecorrigeerd",
    "partly",
    "in part",
    "partially",
    "part of",
    "largely",
    "among other",
    "among others",
    "also",
    "as well as",
    "along with",
    "corrected",
    "en partie",
    "une partie",
    "partiellement",
    "notamment",
    "entre autres",
    "aussi",
    "également",
    "corrigé",
    "corrigée",
    "corrigés",
];

/// Words of a part or an addition, near a word of a cause in the evidence:
/// "komt ook van", "komt grotendeels door", "een deel van de daling ... komt".
const PART: &[&str] = &[
    "deels",
    "gedeeltelijk",
    "voor een deel",
    "een deel van",
    "grotendeels",
    "vooral",
    "ook",
    "mede",
    "partly",
    "in part",
    "largely",
    "mostly",
    "part of",
    "also",
    "en partie",
    "pour partie",
    "une partie de",
    "surtout",
    "aussi",
    "également",
    "principalement",
];

/// Words of a cause in the evidence.
const BECAUSE: &[&str] = &[
    "komt",
    "komen",
    "kwam",
    "kwamen",
    "te danken",
    "het gevolg",
    "doordat",
    "verklaard",
    "verklaart",
    "comes",
    "came",
    "due to",
    "because",
    "caused",
    "explained",
    "vient",
    "viennent",
    "dû",
    "due",
    "s'explique",
    "s'expliquent",
    // "De daling volgt ook uit de vernieuwing van het wagenpark" (since session 19).
    "volgt",
    "volgen",
    "volgde",
    "results",
    "resulted",
    "résulte",
    "découle",
];

/// Words of a change or an effect: a sentence of another cause speaks of one.
const CHANGE: &[&str] = &[
    "daling",
    "stijging",
    "verbruik",
    "verbruikte",
    "lager",
    "lagere",
    "minder",
    "verschil",
    "besparing",
    "effect",
    "drop",
    "fall",
    "decrease",
    "reduction",
    "saving",
    "savings",
    "lower",
    "difference",
    "baisse",
    "diminution",
    "économie",
    "économies",
    "réduction",
    "écart",
];

/// A figure not corrected for what else moved it, an effect nobody worked
/// out, or one still to be shown.
const UNSHOWN: &[&str] = &[
    "niet gecorrigeerd",
    "niet weergecorrigeerd",
    "not corrected",
    "not weather-corrected",
    "non corrigé",
    "non corrigée",
    "non corrigés",
    "niet apart bepaald",
    "niet afzonderlijk bepaald",
    "niet bepaald",
    "not been determined",
    "not determined",
    "not separately",
    "pas été déterminé",
    "n'est pas déterminé",
    "uitwijzen",
    "moet nog blijken",
    "zal moeten blijken",
    "remains to be seen",
    "reste à voir",
    "reste à démontrer",
];

/// Which part is whose, when the evidence says nobody knows it: "Welk deel
/// van de daling door het doven komt, is niet uitgerekend".
const WHICH_PART: &[&str] =
    &["welk deel", "hoeveel daarvan", "how much of", "which part", "what share", "quelle part", "dans quelle mesure"];
const NOT_KNOWN: &[&str] = &["niet", "onbekend", "not", "unknown", "pas", "inconnu", "inconnue"];

static CAUSE_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(CAUSE));
static BROUGHT_ABOUT_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(BROUGHT_ABOUT));
static SHARED_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(SHARED));
static PART_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(PART));
static BECAUSE_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(BECAUSE));
static CHANGE_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(CHANGE));
static UNSHOWN_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(UNSHOWN));
static WHICH_PART_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(WHICH_PART));
static NOT_KNOWN_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(NOT_KNOWN));

/// The claim credits its result to a cause of its own: a word of a cause
/// ("dankzij", "thanks to", "grâce à"), or an English gerund that opens it
/// and a verb of the change it brought ("Switching off ... has cut"), and
/// no word that the cause is one of several.
fn names_its_cause(text: &str, a: &Analyzed) -> bool {
    let opens_with_gerund = !a.words.is_empty() && {
        let first = &a.word(0).norm;
        first.len() > 5 && first.ends_with("ing") && text.trim_start().starts_with(char::is_uppercase)
    };
    let gerund = opens_with_gerund && !words::matches(a, &BROUGHT_ABOUT_ENTRIES).is_empty();
    (gerund || !words::matches(a, &CAUSE_ENTRIES).is_empty()) && words::matches(a, &SHARED_ENTRIES).is_empty()
}

/// The words of a sentence from `from` on, to its end or to a denial of the
/// claim's cause ("komt daardoor en niet door de nieuwe installaties"):
/// where the evidence names the other cause.
fn tail(sentence: &str, a: &Analyzed, from: usize) -> String {
    const DENIED: &[&str] = &["niet", "not", "non", "pas"];
    let end = (from..a.words.len()).find(|&w| DENIED.contains(&a.word(w).norm.as_str())).map_or(sentence.len(), |w| a.word(w).orig.start);
    a.words.get(from).map_or_else(String::new, |_| sentence[a.word(from).orig.start..end].to_string())
}

/// A sentence of the evidence that says the change has another cause, is
/// not corrected for one, or is not shown to come from the measure; with
/// the words that name the other cause (empty when it names none).
fn another_cause(sentence: &str) -> Option<String> {
    static SAID: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        let forms = BECAUSE.iter().chain(UNSHOWN).chain(WHICH_PART).copied();
        aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(forms).expect("a word list makes a small automaton")
    });
    if !SAID.is_match(sentence) {
        return None;
    }
    let a = words::analyze(sentence);
    if !words::matches(&a, &UNSHOWN_ENTRIES).is_empty() {
        return Some(String::new());
    }
    if !words::matches(&a, &WHICH_PART_ENTRIES).is_empty() && !words::matches(&a, &NOT_KNOWN_ENTRIES).is_empty() {
        return Some(String::new());
    }
    if words::matches(&a, &CHANGE_ENTRIES).is_empty() {
        return None;
    }
    let parts = words::matches(&a, &PART_ENTRIES);
    words::matches(&a, &BECAUSE_ENTRIES).into_iter().find_map(|(b, blen)| {
        let near = parts.iter().any(|&(p, plen)| {
            let (p_end, b_end) = (p + plen, b + blen);
            // "komt ook van", "is deels te danken": the part right after; "een deel van de daling in 2025 komt": before.
            (p >= b_end && p <= b_end + 2) || (p_end <= b && b - p_end <= 6)
        });
        near.then(|| tail(sentence, &a, b))
    })
}

/// `claim-cause-not-shown`: a result that credits its change to a cause of
/// its own while a sentence of its evidence says there is another, that the
/// figure is not corrected for it, or that the effect is not shown.
pub(super) fn cause_not_shown(ctx: &Ctx) -> Vec<Diagnostic> {
    let year = ctx.today.year();
    let language = ctx.project.site.language;
    let mut out = Vec::new();
    for c in ctx.claims().filter(|c| c.kind == ClaimKind::Result && ctx.has_evidence(c)) {
        let reading = ctx.reading(c);
        let a = reading.analyzed(&c.text);
        if !names_its_cause(&c.text, a) {
            continue;
        }
        // A claim in another language than the project's shares no words with its evidence.
        let claim_words = telling_words(&c.text, year);
        let same_language = figures::text_language(a, language) == language;
        let found = evidence_texts(ctx, c).into_iter().find_map(|EvidenceText { text: body, title, source }| {
            let mut before = "";
            sentences(body).find_map(|s| {
                let hit = another_cause(s).and_then(|other| {
                    // Of what the claim speaks of: this sentence, the one before or
                    // the title of its action shares a word with it ("Lage-emissiezone
                    // in de binnenstad" for "het effect van de LEZ zelf is niet apart bepaald").
                    let about = !same_language || shares_a_word(&telling_words(&format!("{title} {before} {s}"), year), &claim_words);
                    // The claim names the other cause itself.
                    let named = !other.is_empty() && shares_a_word(&telling_words(&other, year), &claim_words);
                    (about && !named).then_some((s, source))
                });
                before = s;
                hit
            })
        });
        let Some((sentence, source)) = found else { continue };
        let quote = one_line(sentence.trim().trim_end_matches('.'));
        let d = finding(RuleId::ClaimCauseNotShown, msg!("find-claim-cause-not-shown", source = source, quote = quote));
        out.push(at_claim(d, c).label(msg!("find-claim-cause-not-shown-label")).help(msg!("find-claim-cause-not-shown-help")));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::testutil::{ACTION_OPEN, TestProject, claim};
    use crate::diag::Diagnostic;

    fn run(body: &str, text: &str) -> Vec<Diagnostic> {
        TestProject::new().action_body("o", ACTION_OPEN, body).claims(&claim(text, "result", "o", "")).rule(super::cause_not_shown)
    }

    #[test]
    fn a_cause_the_evidence_shares_with_another_is_found() {
        let pool = "De uitstoot daalde in 2023 met 190 ton. De daling in 2023 komt grotendeels door de sluiting van het oude zwembad.\n";
        let d = run(pool, "Dankzij onze energiebesparende maatregelen daalde de uitstoot in 2023 met 190 ton.");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("sluiting van het oude zwembad"), "{}", d[0].message);
        // Another language, an opening gerund and a verb of the change.
        let led =
            "Het lagere verbruik komt ook van de ombouw naar LED. Welk deel van de daling door het doven komt, is niet uitgerekend.\n";
        assert_eq!(run(led, "Switching off street lights at night has cut the electricity they use by a quarter.").len(), 1);
        // Not corrected for the weather, said in the sentence after the figure.
        let weather = "In 2025 verbruikten de gebouwen 14 % minder energie. Dat cijfer is niet gecorrigeerd voor het weer.\n";
        assert_eq!(run(weather, "Dankzij jullie inspanningen verbruiken onze gebouwen 14 % minder energie.").len(), 1);
        // An effect still to be shown.
        let flood = "Of de buffers de wateroverlast in de Molenwijk verhelpen, moet een doorrekening in 2027 uitwijzen.\n";
        assert_eq!(run(flood, "Dankzij onze buffers bleef de Molenwijk droog.").len(), 1);
        // A change that follows from something else too, an effect not determined (since session 19).
        let lez =
            "De daling van de NO2 volgt ook uit de vernieuwing van het wagenpark; het effect van de LEZ zelf is niet apart bepaald.\n";
        let titled = ACTION_OPEN.replace("title: Iets bezig", "title: Lage-emissiezone in de binnenstad");
        let claim_lez = claim("Dankzij de lage-emissiezone is de lucht in de binnenstad 18 % schoner.", "result", "o", "");
        assert_eq!(TestProject::new().action_body("o", &titled, lez).claims(&claim_lez).rule(super::cause_not_shown).len(), 1);
        // Without the title in common, the sentences speak of something else.
        assert!(run(lez, "Dankzij de lage-emissiezone is de lucht in de binnenstad 18 % schoner.").is_empty());
    }

    #[test]
    fn a_claim_that_shares_its_cause_or_names_none_passes() {
        let pool = "De daling in 2023 komt grotendeels door de sluiting van het oude zwembad.\n";
        // The claim says the cause is one of several, or names the other cause.
        assert!(run(pool, "Mede dankzij onze maatregelen daalde de uitstoot in 2023 met 190 ton.").is_empty());
        assert!(run(pool, "Dankzij de sluiting van het oude zwembad daalde de uitstoot met 190 ton.").is_empty());
        let closed = "Een deel van de daling in 2025 komt daardoor en niet door de nieuwe installaties.\n";
        let honest = "Het zwembad verbruikte 22% minder gas. Een deel van die daling komt doordat het zwembad dicht was.";
        assert!(run(closed, honest).is_empty());
        // What the evidence denies is no other cause the claim names.
        assert_eq!(run(closed, "Dankzij de nieuwe ventilatie verbruikte het zwembad 22% minder gas.").len(), 1);
        // No cause in the claim.
        assert!(run(pool, "In 2023 daalde de uitstoot met 190 ton.").is_empty());
        // The evidence names the measure as the cause, or speaks of no change.
        let own = "De daling komt door de nieuwe ketel.\n";
        assert!(run(own, "Dankzij de nieuwe ketel daalde het verbruik.").is_empty());
        let money = "De subsidie komt ook van de provincie.\n";
        assert!(run(money, "Dankzij de subsidie kwamen er zonnepanelen.").is_empty());
        // In the claim's language, of something else the claim does not speak of.
        let other = "Het waterverbruik is niet gecorrigeerd voor lekken.\n";
        assert!(run(other, "Dankzij de fietsleasing fietsen 40 collega's.").is_empty());
    }
}
