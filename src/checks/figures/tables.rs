//! The word tables of the Figures algorithm (unit synonyms, directions,
//! qualifiers, number words, time words, absolute terms, month names, in
//! Dutch, French and English), compiled once into `TABLES`, and the cheap
//! screens run before an analysis.

use std::sync::LazyLock;

use crate::checks::words::{self, Entries, Entry};

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
    ("kg", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kilo's", "kg"),
    ("kilogram", "kg"),
    ("kilogrammes", "kg"),
    ("kilograms", "kg"),
    // "12 hectare" counts an indicator in ha (since session 20).
    ("ha", "ha"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("km", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilomètres", "km"),
    ("kilomètre", "km"),
    ("kilometres", "km"),
    ("kilometre", "km"),
    // People: the staff ("52 collega's" counts the indicator's "medewerkers").
    ("medewerker", "staff"),
    ("medewerkers", "staff"),
    ("collega", "staff"),
    ("collega's", "staff"),
    ("personeelslid", "staff"),
    ("personeelsleden", "staff"),
    ("werknemer", "staff"),
    ("werknemers", "staff"),
    ("employé", "staff"),
    ("employés", "staff"),
    ("collaborateur", "staff"),
    ("collaborateurs", "staff"),
    ("collaboratrices", "staff"),
    ("agents", "staff"),
    ("staff", "staff"),
    ("employee", "staff"),
    ("employees", "staff"),
    ("colleague", "staff"),
    ("colleagues", "staff"),
    // The residents.
    ("inwoner", "residents"),
    ("inwoners", "residents"),
    ("habitant", "residents"),
    ("habitants", "residents"),
    ("resident", "residents"),
    ("residents", "residents"),
    ("inhabitant", "residents"),
    ("inhabitants", "residents"),
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
    "gedaald",
    "verminderd",
    "gereduceerd",
    "moins",
    "réduction",
    "réduire",
    // The verb after an auxiliary ("a réduit ses émissions de 40 %"), not the
    // adjective ("à tarif réduit").
    "a réduit",
    "ont réduit",
    "avons réduit",
    "été réduit*",
    "est réduit*",
    "sont réduit*",
    "a diminué",
    "ont diminué",
    "avons diminué",
    "été diminué*",
    "diminution",
    "baisse",
    "a baissé",
    "ont baissé",
    "économie*",
    "less",
    "fewer",
    "reduce*",
    "reduction",
    "decrease*",
    "fell",
    "fall",
    "drop",
    "dropped",
    "decline*",
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
    "gestegen",
    "toegenomen",
    "hausse",
    "augmentation",
    "augmenté*",
    "more",
    "extra",
    "additional",
    "increase*",
    "rise",
    "rose",
    "risen",
    "grew",
    "growth",
];
const QUALIFIERS: &[&str] = &["ruim", "meer dan", "minstens", "plus de", "au moins", "more than", "at least", "tot", "jusqu'à", "up to"];
/// Bounds from above before a number ("moins de 5 km", "minder dan 5 km",
/// "less than 5 km"): a qualifier, not a direction, before a number that is
/// no year ("minder dan 2019" compares with a year).
const UPPER_BOUNDS: &[&str] = &["minder dan", "moins de", "less than", "fewer than", "korter dan", "hoogstens", "au plus", "at most"];
/// A yardstick that is not the municipality's own figure: the average or
/// limit of a region, a country, the EU, the WHO. A figure up to six words
/// after one is the yardstick's value.
const BENCHMARK: &[&str] = &[
    "vlaamse gemiddelde",
    "vlaams gemiddelde",
    "belgische gemiddelde",
    "belgisch gemiddelde",
    "europese gemiddelde",
    "europees gemiddelde",
    "provinciale gemiddelde",
    "provinciaal gemiddelde",
    "gemiddelde in vlaanderen",
    "moyenne flamande",
    "moyenne wallonne",
    "moyenne belge",
    "moyenne nationale",
    "moyenne européenne",
    "flemish average",
    "belgian average",
    "national average",
    "european average",
    "eu average",
    "europese grenswaarde",
    "grenswaarde",
    "advieswaarde",
    "valeur limite",
    "valeur guide",
    "limit value",
    "who guideline",
];
/// Words that say a figure is approximate ("bijna de helft", "près de 60 %",
/// "nearly 500"): a figure they stand before may be rounded further (see
/// `claim-number-rounded-up`). [`APPROX_WORDS`] are the single ones that may
/// stand between "van", "sur" and a total.
const APPROXIMATE: &[&str] = &[
    "bijna",
    "ongeveer",
    "circa",
    "zowat",
    "nagenoeg",
    "haast",
    "om en bij",
    "rond de",
    "presque",
    "près de",
    "environ",
    "quasiment",
    "pratiquement",
    "approximativement",
    "almost",
    "nearly",
    "about",
    "around",
    "roughly",
    "approximately",
    "close to",
];
/// The [`APPROXIMATE`] words that say the figure is reached almost, from
/// below ("bijna een derde" for 32 %, "nearly half" for 47 %): see [`Said::Nearly`](super::Said::Nearly).
pub(super) const NEARLY: &[&str] = &["bijna", "nagenoeg", "haast", "presque", "près", "pres", "quasiment", "almost", "nearly", "close"];
const HALF: &[&str] = &[
    "halveren",
    "halveert",
    "halveerden",
    "gehalveerd",
    "halvering",
    "twee keer minder",
    "half zoveel",
    "réduire de moitié",
    "réduit de moitié",
    "réduite de moitié",
    "réduits de moitié",
    "diviser par deux",
    "divisé par deux",
    "divisée par deux",
    "divisés par deux",
    "divise par deux",
    "deux fois moins",
    "moitié moins",
    "cut in half",
    "halved",
    "halving",
    "half as much",
];
const DOUBLE: &[&str] = &[
    "verdubbelen",
    "verdubbelt",
    "verdubbelde",
    "verdubbeld",
    "verdubbeling",
    "doubler",
    "doublé",
    "doublée",
    "doublés",
    "doubled",
    "doubling",
];
/// "de helft van": a share of 50 % (a ratio of 0.5 in a clause with a direction).
const HALF_SHARE: &[&str] = &["de helft", "la moitié", "half of", "half the"];
/// Words of the future that are also the present ("de verlichting gaat uit",
/// "il va à l'école", "moet"): the future only in a sentence without a word of now.
/// "geplande", "planned" before a noun name what the plan holds: with a word
/// of now, "de zes geplande fietsstraten zijn intussen ingericht" is about now
/// (since session 21).
const FUTURE_WEAK: &[&str] = &["gaan", "gaat", "moet", "moeten", "va", "vont", "doit", "doivent", "geplande", "planned"];
/// A sentence with one of these speaks about the future: judged against the plan.
const FUTURE: &[&str] = &[
    "doel",
    "doelen",
    "doelstelling*",
    "streefdoel*",
    "ambitie*",
    "streven",
    "streeft",
    "willen",
    "wil",
    "zullen",
    "zal",
    "mikken",
    "mikt",
    "beogen",
    "beoogt",
    // An aim in the past tense is still an aim: "we mikten op 15%" is the
    // target, not a record of what was done (since session 17).
    "mikten",
    "mikte",
    "beoogde",
    "beoogden",
    "streefde",
    "streefden",
    "visait",
    "visaient",
    "aimed",
    // So is a hope: "We had hoped for 40 by the end of the year" (since session 18).
    "hoopten",
    "hoopte",
    "hopen",
    "hoopt",
    "espérions",
    "espérait",
    "espérons",
    "hoped",
    "hope",
    "hopes",
    "gepland",
    "verwachten",
    "verwacht",
    "verwachte",
    "d'ici",
    "prévoyons",
    "prévoit",
    "prévu",
    "prévue",
    "prévus",
    "viser",
    "objectif*",
    "ambition*",
    "sera",
    "seront",
    "allons",
    "visons",
    "vise",
    "voulons",
    "aim",
    "aims",
    "target",
    "targets",
    "goal",
    "goals",
    "will",
    "plan to",
    "plans to",
    "aiming",
    "intend*",
    "expect",
    "expects",
    "expected",
    "attendons",
    "escompt*",
];
/// A sentence of the evidence with one of these gives an estimate, a
/// calculation or what people said, not a measurement ("de vzw schat het
/// vermeden afval op 2 ton", "berekend, niet gemeten", "une enquête").
const ESTIMATE: &[&str] = &[
    "schat",
    "schatte",
    "schatten",
    "geschat*",
    "schatting*",
    "raming*",
    "geraamd*",
    "berekend",
    "berekende",
    "berekenden",
    "berekent",
    "berekening*",
    "rekentool",
    "rekent",
    "rekenen",
    "omgerekend",
    "omrekening",
    "niet gemeten",
    "zelf gerapporteerd",
    "bevraging",
    "enquête",
    "estim*",
    "calcul*",
    "sondage",
    "converti*",
    "conversion",
    "équivalent*",
    "auto-déclar*",
    "pas mesuré*",
    "non mesuré*",
    "survey*",
    "self-reported",
    "converted",
    "equivalent*",
    "not measured",
    "modelled",
    "modeled",
    // An assumption, and what it would mean: "assumes 5 to 7 kg per outing,
    // which would mean roughly 9 tonnes", "in de veronderstelling dat".
    "aanname",
    "verondersteld*",
    "veronderstelt",
    "veronderstelling",
    "zou betekenen",
    "suppos*",
    "hypothèse*",
    "assume*",
    "assuming",
    "assumption*",
    "would mean",
];
/// A claim with one of these says what its figure rests on ("naar schatting",
/// "volgens een bevraging", "selon", "an estimated").
const BASIS: &[&str] = &[
    "volgens",
    "selon",
    "d'après",
    "according",
    "antwoordde*",
    "invulde*",
    "ingevuld",
    "respondent*",
    "répondant*",
    "répondu",
    "answered",
    "responded",
    // How the figure was corrected: "gecorrigeerd voor het weer", "corrigé
    // des variations climatiques", "weather-corrected", "adjusted for".
    "gecorrigeerd",
    "graaddagen",
    "corrigé*",
    "corrected",
    "adjusted",
    // An equivalence said as one: "dat is het verbruik van", "goed voor",
    // "that is roughly what 1,300 households use".
    "goed voor",
    "genoeg voor",
    "evenveel als",
    "vergelijkbaar",
    "dat is ongeveer",
    "l'équivalent",
    "l'equivalent",
    "comparable",
    "that is roughly",
    "that is about",
    "enough for",
    "enough to",
    "as much as",
    "equivalent",
];
/// A sentence with one of these says what stays outside: a share in it may
/// be of the rest ("iets meer dan de helft ... vallen nog buiten die eisen").
const OUTSIDE: &[&str] = &[
    "buiten",
    "uitgesloten",
    "niet meegerekend",
    "nog niet",
    "nog geen",
    "hors",
    "exclu*",
    "pas encore",
    "outside",
    "excluded",
    "not yet",
    "not included",
];
/// With a year in the same sentence, these speak about the future too ("tegen 2030", "by 2030").
const BY_YEAR: &[&str] = &["tegen", "uiterlijk", "by", "horizon"];
/// A sentence with one of these (and no word of the future) speaks about now or the past.
const NOW: &[&str] = &[
    "vandaag",
    "nu",
    "intussen",
    "inmiddels",
    "al",
    "reeds",
    "momenteel",
    "sinds",
    "aujourd'hui",
    "déjà",
    "désormais",
    "actuellement",
    "depuis",
    "now",
    "today",
    "already",
    "currently",
    "since",
    "so far",
    "to date",
];
/// People and households (canonical words, after unit synonyms): a count of
/// them may be the beneficiaries of what an indicator counts ("97 ménages en
/// ont bénéficié" for 97 premiums), when it is exactly a value measured.
pub(super) const PEOPLE: &[&str] = &[
    "staff",
    "residents",
    "gezin",
    "gezinnen",
    "huishouden",
    "huishoudens",
    "personen",
    "deelnemers",
    "ménage",
    "ménages",
    "famille",
    "familles",
    "foyers",
    "personnes",
    "participants",
    "household",
    "households",
    "family",
    "families",
    "people",
    "persons",
];
/// What an indicator counts when each is given to one household or person:
/// premiums, grants, loans, advice (canonical words). People said to have
/// had one are at most as many ("honderden gezinnen, dankzij onze premie"
/// beside 104 premiums).
pub(super) const GRANTS: &[&str] = &[
    "premie",
    "premies",
    "subsidie",
    "subsidies",
    "toelage",
    "toelagen",
    "lening",
    "leningen",
    "prime",
    "primes",
    "subvention",
    "subventions",
    "grant",
    "grants",
    "loan",
    "loans",
    "rebate",
    "rebates",
];
/// Before a figure in its clause, these make it a target however its sentence
/// is read ("Sinds 2022 ... 6.100 m², op weg naar 12.000 m² in 2030").
/// Opening a clause of a sentence about the future, these set that clause
/// in the present ("tegen eind 2026 minstens 15, vandaag zijn dat er 16").
const NOW_CLAUSE: &[&str] = &[
    "vandaag",
    "nu",
    "momenteel",
    "op dit moment",
    "intussen",
    "inmiddels",
    "aujourd'hui",
    "actuellement",
    "à ce jour",
    "today",
    "currently",
    "at present",
    "so far",
    "to date",
];
const TOWARDS: &[&str] = &[
    "op weg naar",
    "onderweg naar",
    "richting",
    "en route vers",
    "en route pour",
    "en chemin vers",
    "vers",
    "towards",
    "toward",
    "on the way to",
    "on track for",
    "on course for",
];
/// A year later than today after one of these, in a figure's clause, makes the figure a target ("12.000 m² in 2030").
/// Words after which a four-digit number 1990..=2100 is a year, whatever
/// word follows it.
pub(super) const TIME_BEFORE_YEAR: &[&str] = &[
    "voor", "vóór", "na", "sinds", "sedert", "vanaf", "tot", "tegen", "avant", "après", "depuis", "dès", "jusqu'en", "before", "after",
    "since", "until", "till",
];
pub(super) const YEAR_LINKS: &[&str] =
    &["in", "en", "tegen", "by", "tot", "eind", "einde", "fin", "end", "horizon", "d'ici", "vers", "voor", "pour", "towards", "for"];
/// Clock times are no figures: a number of hours 0..=24 followed by one of
/// these ("5 uur", "23 u", "5 h", "5 a.m.") after a word of time or a range.
pub(super) const HOUR_WORDS: &[&str] = &["uur", "u", "h", "heure", "heures", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "hrs"];
pub(super) const CLOCK_BEFORE: &[&str] = &[
    "om", "van", "vanaf", "tot", "tussen", "na", "voor", "rond", "tegen", "à", "a", "de", "dès", "jusqu'à", "entre", "après", "avant",
    "vers", "at", "from", "to", "until", "till", "between", "after", "before", "around", "by",
];
/// Joins two clock times ("tussen 23 u en 5 u", "entre 22 h et 6 h", "van 0 tot 5 uur").
pub(super) const CLOCK_AND: &[&str] = &["en", "et", "and", "tot", "à", "a", "to", "till", "until", "-"];
/// Words for midnight and noon: a clock time without a number.
pub(super) const CLOCK_NAMES: &[&str] = &["middernacht", "middag", "minuit", "midi", "midnight", "noon"];
/// "minder dan in 2018", "qu'en 2018", "compared with 2019", "par rapport à 2015".
/// Words before a base year that say its start: "dan begin 2025".
pub(super) const START_OF: &[&str] = &["begin", "aanvang", "start", "début", "debut", "early", "beginning"];
const COMPARED: &[&str] = &[
    "dan",
    "than",
    "qu'",
    "que",
    "compared",
    "vergeleken",
    "opzichte",
    "rapport",
    "vs",
    "versus",
    "tov",
    "below",
    "under",
    "onder",
    "sous",
    "above",
    "boven",
];
/// "X van onze Y", "X sur Y", "X of our Y", "X out of Y".
/// "des" is "de les" ("58 des 64 parcelles"); "de" counts only before a
/// determiner ("58 de nos 64 parcelles").
const OF_TOTAL: &[&str] = &["van", "sur", "of", "out of", "op", "des", "de", "parmi"];
pub(super) const DETERMINERS: &[&str] = &[
    "onze", "ons", "de", "het", "alle", "deze", "die", "our", "the", "its", "their", "all", "these", "those", "nos", "les", "notre", "ses",
    "leurs", "ces", "vos", "zijn", "haar", "hun", "his", "her", "son", "sa",
];
/// A number right after one of these names something ("sluis 17", "lijn 5",
/// "fase 2", "route 66"): no figure (since session 20).
pub(super) const NAMED_BY_NUMBER: &[&str] = &[
    "sluis",
    "écluse",
    "lock",
    "spoorlijn",
    "lijn",
    "buslijn",
    "tramlijn",
    "ligne",
    "line",
    "route",
    "afrit",
    "sortie",
    "exit",
    "perron",
    "quai",
    "platform",
    "fase",
    "phase",
    "nr",
    "nummer",
    "numéro",
    "number",
    "no",
    "n°",
    "kaai",
    "dok",
    "hangar",
    "loods",
    "poort",
];
/// A part of the figure before: "waarvan 400", "dont 6", "of which 1,150".
/// "daarvan", "d'entre eux", "of them" after a figure: what follows is a part of the one before.
const PART: &[&str] = &[
    "waarvan",
    "waaronder",
    "daarvan",
    "ervan",
    "dont",
    "d'entre eux",
    "d'entre elles",
    "of which",
    "of them",
    "of these",
    "including",
    "inclusief",
];
/// Single words that say a total is approximate: "sur environ 1 450", "van ongeveer 300".
pub(super) const APPROX_WORDS: &[&str] = &[
    "environ",
    "ongeveer",
    "circa",
    "zowat",
    "bijna",
    "presque",
    "quelque",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
];
/// Units of time: "twee keer per jaar", "24 uur op 24", "7 jours sur 7" are frequencies and durations.
pub(super) const TIME_UNITS: &[&str] = &[
    "keer", "maal", "x", "fois", "times", "uur", "u", "uren", "heures", "heure", "h", "hours", "hour", "dag", "dagen", "jour", "jours",
    "day", "days", "week", "weken", "semaine", "semaines", "weeks", "maand", "maanden", "mois", "month", "months", "jaar", "jaren", "an",
    "ans", "année", "années", "year", "years", "nacht", "nachten", "nuits", "nights",
];
/// Words of work finished (among [`ABSOLUTE_STRONG`]).
pub(super) const COMPLETION: &[&str] = &["voltooid", "voltooide", "achevé", "achevée", "achevés", "achevées", "completed"];
/// The words of an absence around what is absent ("zonder", "sans aucun").
pub(super) const ABSENCE_WORDS: &[&str] = &["zonder", "sans", "without", "aucun", "aucune", "enige", "enkel", "libre", "libres", "exempt"];
/// Verbs of paying for something: a share in their clause is one of the cost.
pub(super) const PAYING: &[&str] = &[
    "betaalde",
    "betaalden",
    "betaald",
    "betaalt",
    "financierde",
    "financierden",
    "gefinancierd",
    "financiert",
    "subsidieerde",
    "gesubsidieerd",
    "cofinancierde",
    "financé",
    "financée",
    "financés",
    "financées",
    "finance",
    "financent",
    "payé",
    "payée",
    "paie",
    "subventionné",
    "subventionnée",
    "cofinancé",
    "paid",
    "pays",
    "funded",
    "funds",
    "financed",
    "finances",
    "subsidised",
    "subsidized",
    "co-funded",
    "cofunded",
];
/// Canonical units of money.
pub(super) const MONEY: &[&str] = &["euro", "eur", "€", "euros"];
/// Times of day, days and seasons: after "elke", "every", "chaque" a frequency.
pub(super) const TIMES_OF_DAY: &[&str] = &[
    "ochtend",
    "morgen",
    "voormiddag",
    "middag",
    "namiddag",
    "avond",
    "werkdag",
    "schooldag",
    "weekend",
    "weekdag",
    "seizoen",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "morning",
    "afternoon",
    "evening",
    "weekday",
    "workday",
    "season",
    "summer",
    "spring",
    "autumn",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "matin",
    "matinée",
    "après-midi",
    "soir",
    "soirée",
    "été",
    "hiver",
    "printemps",
    "automne",
    "saison",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "week-end",
];
pub(super) const TIME_LINKS: &[&str] = &["per", "par", "a", "an", "op", "sur", "out", "every", "each", "elke", "chaque", "in"];
/// Absolute terms: the whole. Strong ones are reported when no indicator can show the whole.
pub(super) const ABSOLUTE_STRONG: &[&str] = &[
    "volledig",
    "volledige",
    "helemaal",
    "geheel",
    "gehele",
    "nul",
    "zero",
    "zéro",
    "papierloos",
    "papierloze",
    "paperless",
    "entièrement",
    "totalement",
    "complètement",
    "intégralement",
    "fully",
    "entirely",
    "completely",
    "wholly",
    "no longer",
    "no more",
    // Work said to be finished: the whole of it done (since session 20).
    "voltooid",
    "voltooide",
    "achevé",
    "achevée",
    "achevés",
    "achevées",
    "completed",
    // A problem said to be over: the whole of it gone.
    "opgelost",
    "verleden tijd",
    "tot het verleden",
    "uitgeroeid",
    "résolu",
    "résolue",
    "résolus",
    "appartient au passé",
    "appartiennent au passé",
    "appartient désormais au passé",
    "appartiennent désormais au passé",
    "things of the past",
    "éradiqué",
    "éradiquée",
    "solved",
    "a thing of the past",
    "eradicated",
];
/// What "zonder", "sans", "without" may leave out for the phrase to claim a
/// whole, as "-vrij" does: "verwarmd zonder fossiele brandstoffen", "sans
/// pesticides", "without plastic" ("zonder meerkost", "sans attendre" are no claim).
const ABSENT_WHAT: &[&str] = &[
    "fossiel*",
    "fossil*",
    "fossile*",
    "aardgas",
    "gas",
    "gaz",
    "stookolie",
    "mazout",
    "diesel",
    "benzine",
    "pesticid*",
    "pestici*",
    "bestrijdingsmiddel*",
    "herbici*",
    "glyfosaat",
    "glyphosate",
    "kunstmest*",
    "engrais",
    "plastic*",
    "plastique*",
    "microplastic*",
    "microplastique*",
    "afval",
    "déchet*",
    "waste",
    "uitstoot",
    "emissie*",
    "émission*",
    "emission*",
    "co2",
    "carbone",
    "carbon",
    "verpakking*",
    "emballage*",
    "packaging",
    "chemische",
    "chimique*",
    "chemical*",
];
/// A figure said of each period: "chaque année 60 tonnes", "jaarlijks", "every
/// year". Not "a year" ("a year ago") nor "per jaar" after a unit, which a
/// unit of its own reads.
const PER_PERIOD: &[&str] = &[
    "elk jaar",
    "ieder jaar",
    "jaarlijks",
    "elke maand",
    "iedere maand",
    "maandelijks",
    "chaque année",
    "chaque an",
    "tous les ans",
    "annuellement",
    "chaque mois",
    "tous les mois",
    "every year",
    "each year",
    "annually",
    "yearly",
    "every month",
    "each month",
    "monthly",
];
/// Besides [`PER_PERIOD`], words that say a direction holds all along:
/// "steeds meer", "de moins en moins", "year after year".
const TREND: &[&str] = &[
    "steeds",
    "almaar",
    "alsmaar",
    "jaar na jaar",
    "jaar op jaar",
    "d'année en année",
    "de plus en plus",
    "de moins en moins",
    "year after year",
    "year on year",
    "more and more",
    "less and less",
    "fewer and fewer",
];
const ABSOLUTE_QUANTIFIERS: &[&str] = &[
    "alle",
    "elk",
    "elke",
    "ieder",
    "iedere",
    "all",
    "every",
    "tous",
    "toutes",
    // As "elke" and "every" (since session 23: "chaque école primaire aura
    // sa rue scolaire" beside a plan for 6 of 9 schools).
    "chaque",
    "each",
    // "only" as "all of it is": "uitsluitend elektrisch", "enkel nog amberkleurig licht".
    "uitsluitend",
    "enkel nog",
    "alleen nog",
    "nog enkel",
    "nog alleen",
    "exclusivement",
    "exclusively",
    // The whole of a place or a thing: "de hele vallei", "het hele patrimonium", "the whole fleet".
    "de hele",
    "het hele",
    "the whole",
    "the entire",
    // None of them, not one: the whole, said the other way round ("Geen
    // enkele supermarkt gooit nog voedsel weg", "aucune commune", "not a single").
    "geen enkele",
    "geen enkel",
    "aucun",
    "aucune",
    "not a single",
    "alles",
    "everything",
];
/// Words ending in -vrij / -free that are no environmental claim.
pub(super) const FREE_STOP: &[&str] =
    &["toll", "hands", "care", "duty", "tax", "fee", "scot", "rent", "sugar", "btw", "belasting", "tol", "vrij", "free"];
const THIRD: &[&str] = &["een derde", "un tiers", "a third"];
const QUARTER: &[&str] = &["een kwart", "un quart", "a quarter"];
const FIFTH: &[&str] = &["een vijfde", "un cinquième", "a fifth", "one fifth"];
const TENTH: &[&str] = &["een tiende", "un dixième", "a tenth", "one tenth"];
/// Month names in nl, fr and en.
pub(crate) const MONTH_NAMES: &[&str] = &[
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
];
/// Their abbreviations.
pub(super) const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec"];

pub(super) struct Tables {
    pub(super) units: Vec<(Entry, &'static str)>,
    pub(super) decrease: Entries,
    pub(super) increase: Entries,
    pub(super) qualifiers: Entries,
    pub(super) upper_bounds: Entries,
    pub(super) approximate: Entries,
    pub(super) benchmark: Entries,
    pub(super) towards: Entries,
    pub(super) now_clause: Entries,
    pub(super) half: Entries,
    pub(super) double: Entries,
    pub(super) third: Entries,
    pub(super) quarter: Entries,
    pub(super) fifth: Entries,
    pub(super) tenth: Entries,
    pub(super) half_share: Entries,
    pub(super) future: Entries,
    pub(super) future_weak: Entries,
    pub(super) by_year: Entries,
    pub(super) now: Entries,
    pub(super) compared: Entries,
    pub(super) of_total: Entries,
    pub(super) part: Entries,
    pub(super) absolute_strong: Entries,
    pub(super) absolute_quantifiers: Entries,
    pub(super) absent_what: Entries,
    pub(super) estimate: Entries,
    pub(super) outside: Entries,
    pub(super) per_period: Entries,
    pub(super) trend: Entries,
    pub(super) basis: Entries,
}

pub(super) static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    units: UNIT_SYNONYMS.iter().map(|(s, c)| (Entry::new(s), *c)).collect(),
    decrease: words::entries(DECREASE),
    increase: words::entries(INCREASE),
    qualifiers: words::entries(QUALIFIERS),
    upper_bounds: words::entries(UPPER_BOUNDS),
    approximate: words::entries(APPROXIMATE),
    benchmark: words::entries(BENCHMARK),
    towards: words::entries(TOWARDS),
    now_clause: words::entries(NOW_CLAUSE),
    half: words::entries(HALF),
    double: words::entries(DOUBLE),
    third: words::entries(THIRD),
    quarter: words::entries(QUARTER),
    fifth: words::entries(FIFTH),
    tenth: words::entries(TENTH),
    half_share: words::entries(HALF_SHARE),
    future: words::entries(FUTURE),
    future_weak: words::entries(FUTURE_WEAK),
    by_year: words::entries(BY_YEAR),
    now: words::entries(NOW),
    compared: words::entries(COMPARED),
    of_total: words::entries(OF_TOTAL),
    part: words::entries(PART),
    absolute_strong: words::entries(ABSOLUTE_STRONG),
    absolute_quantifiers: words::entries(ABSOLUTE_QUANTIFIERS),
    absent_what: words::entries(ABSENT_WHAT),
    estimate: words::entries(ESTIMATE),
    outside: words::entries(OUTSIDE),
    per_period: words::entries(PER_PERIOD),
    trend: words::entries(PER_PERIOD).into_iter().chain(words::entries(TREND)).collect(),
    basis: words::entries(BASIS),
});

/// Round numbers in words that `extract_numbers` reads as figures ("duizend nieuwe bomen").
const ROUND_NUMBER_WORDS: &[&str] = &["honderd", "hundred", "duizend", "mille", "thousand"];

/// The number words (halveren, verdubbelen, een derde, een kwart, duizend), for [`words::Screen`].
pub(crate) fn number_word_entries() -> Entries {
    let t = &*TABLES;
    [&t.half, &t.double, &t.third, &t.quarter, &t.fifth, &t.tenth, &t.half_share]
        .into_iter()
        .flat_map(|l| l.iter())
        .cloned()
        .chain(words::entries(ROUND_NUMBER_WORDS).iter().cloned())
        .collect()
}

/// A cheap test that never misses an absolute term or a target said to be
/// reached (run before the analysis, like [`words::Screen`] for the figures).
pub(crate) fn may_be_absolute(text: &str) -> bool {
    // Parts of the words above (-vrij, -free, -less, -loos, "ne ... plus",
    // "geen ... meer", "no more", "tout notre"), then the words themselves;
    // the words for a target ("doel bereikt", "objectif atteint").
    const PARTS: &[&str] = &[
        "vrij",
        "free",
        "less",
        "loos",
        "loze",
        "plus",
        "meer",
        "more",
        "longer",
        "tout",
        "zonder",
        "sans",
        "without",
        "heel",
        "doel",
        "streefwaarde",
        "objectif",
        "target",
        "goal",
        // Vague amounts, read as bounds (since session 19).
        "grotendeels",
        "merendeel",
        "meeste",
        "grootste deel",
        "most",
        "majority",
        "plupart",
        "majorit",
        "honderden",
        "hundreds",
        "centaines",
        "duizenden",
        "thousands",
        "milliers",
    ];
    // Every part and word in one automaton: one pass tells whether any of
    // them stands in the text (evidence texts are whole action bodies).
    static ANY: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        // What can be left out, for "van het gas af" (since session 18: the
        // screen missed it, and "Ook het gemeentehuis is van het gas af" was never read).
        let absent = ABSENT_WHAT.iter().map(|w| w.trim_end_matches('*'));
        aho_corasick::AhoCorasick::new(
            PARTS.iter().copied().chain(ABSOLUTE_STRONG.iter().copied()).chain(ABSOLUTE_QUANTIFIERS.iter().copied()).chain(absent),
        )
        .expect("a few hundred short words make a small automaton")
    });
    let lower = text.to_lowercase();
    // "al het", "al onze": "al" before a space.
    let al = lower.match_indices("al").any(|(i, _)| lower[i + 2..].starts_with(char::is_whitespace));
    al || ANY.is_match(&lower)
}
