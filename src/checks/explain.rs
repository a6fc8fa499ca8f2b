//! The texts of `kapstok check --explain RULE`: purpose, trigger, default
//! severity, and a good and a bad example, in Dutch or English. No I/O and
//! no exit codes here: `cmd::check` reads the language and prints.

use super::registry;

/// Per rule: (id, English explanation, Dutch explanation, bad example, good example).
const TEXTS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "claim-without-action",
        "A claim must rest on something we do: it fires when the claim links no action and no inventory item.",
        "Een uitspraak moet steunen op wat we doen: de regel slaat aan als de uitspraak geen actie en geen inventarisitem vermeldt.",
        "text: We zijn een klimaatgemeente.   (no actions, no inventory)",
        "text: We plaatsten 42 fietsplaatsen.\nactions: [overdekte-fietsenstalling]",
    ),
    (
        "claim-dropped-action",
        "A claim backed by an action that was stopped is no longer true: one finding per dropped action.",
        "Een uitspraak die steunt op een stopgezette actie klopt niet meer: één bevinding per stopgezette actie.",
        "actions: [elektrische-deelauto]   # status: dropped",
        "withdrawn: 2025-06-20   # or link the action that replaced it",
    ),
    (
        "claim-result-not-done",
        "A result needs an action that delivered: it fires for a linked action that is planned, or in progress without any progress.",
        "Een resultaat vraagt een actie die iets opleverde: de regel slaat aan voor een gekoppelde actie die gepland is, of loopt zonder enige voortgang.",
        "kind: result   # the action is planned",
        "kind: commitment   # until the first measurement",
    ),
    (
        "claim-result-on-goal",
        "A result whose only evidence is an intention (an inventory goal) is not shown to be achieved. A result that reports the goal's adoption (signed, joined, adopted) or a title it carries rests on the goal itself.",
        "Een resultaat dat alleen op een voornemen (een doelstelling uit de inventaris) steunt, is niet aangetoond. Een resultaat dat meldt dat het voornemen werd aangenomen (ondertekend, onderschreven, goedgekeurd) of een titel draagt, steunt op dat voornemen zelf.",
        "kind: result\ninventory: [beleidsverklaring-aankopen]   # kind: goal",
        "kind: result\nactions: [aankoopcriteria]",
    ),
    (
        "claim-future-without-plan",
        "A promise about the future needs a measurable, time-bound plan: an action with a due date and an indicator with baseline and target.",
        "Een belofte over de toekomst vraagt een meetbaar plan met een termijn: een actie met `due` en een indicator met `baseline` en `target`.",
        "text: We worden een fietsgemeente.\nactions: [fietsen]   # no due, no indicator",
        "actions: [fietsen]   # due: 2026-09-30, indicator: {baseline: 64, target: 110}",
    ),
    (
        "claim-overdue",
        "A commitment whose actions are all past their due date and not done.",
        "Een belofte waarvan alle acties over hun termijn zijn en niet af.",
        "text: Tegen 2024 ...   # every action due 2024-12-31, in progress",
        "report the result, or agree a new due date",
    ),
    (
        "claim-evidence-not-public",
        "A public claim must show evidence a reader can check: it fires when none of its evidence is public (an internal claim on an external channel gets claim-channel-visibility instead).",
        "Een publieke uitspraak moet bewijs tonen dat een lezer kan nagaan: de regel slaat aan als niets van het bewijs publiek is (een interne uitspraak op een extern kanaal krijgt claim-channel-visibility).",
        "visibility: public\nactions: [mvo-rubriek]   # internal action",
        "make the action `visibility: public`",
    ),
    (
        "claim-channel-visibility",
        "An internal claim said on an external channel is missing from the public page that shows its evidence.",
        "Een interne uitspraak op een extern kanaal ontbreekt op de publieke pagina die het bewijs toont.",
        "visibility: internal\nchannels: [website]",
        "visibility: public\nchannels: [website]",
    ),
    (
        "claim-neutrality",
        "'Climate neutral' as a result, or resting on compensation, is misleading (EU Directive 2024/825).",
        "'Klimaatneutraal' als resultaat, of op basis van compensatie, is misleidend (EU-richtlijn 2024/825).",
        "text: Onze gemeente is klimaatneutraal dankzij compensatie.",
        "text: Onze gebouwen stoten 24 % minder CO2 uit dan in 2019.",
    ),
    (
        "claim-generic-term",
        "A generic environmental term (duurzaam, groen, eco...) says nothing unless a supported figure specifies it.",
        "Een algemene milieuterm (duurzaam, groen, eco...) zegt niets zonder een onderbouwd cijfer dat hem invult.",
        "text: We maaien onze bermen op een groenere manier.",
        "text: Tegen 2026 maaien we 45 km bermen gefaseerd.",
    ),
    (
        "claim-comparison-unsupported",
        "A comparison or superlative needs a stated benchmark and method.",
        "Een vergelijking of overtreffende trap vraagt een vermelde maatstaf en methode.",
        "text: Wij zijn de duurzaamste gemeente van de provincie.",
        "allow: [{rule: claim-comparison-unsupported, reason: \"Rangschikking Gemeentemonitor 2025\"}]",
    ),
    (
        "claim-label-unverified",
        "A label or certificate must name the scheme or authority behind it: in the linked evidence, or in an allow.",
        "Een label of certificaat moet de regeling of instantie erachter noemen: in de gekoppelde actie of inventaris, of in een allow.",
        "text: Wij zijn Fairtrade-gemeente.",
        "allow: [{rule: claim-label-unverified, reason: \"Toegekend door Fairtrade Belgium, attest 2025\"}]",
    ),
    (
        "claim-unqualified-term",
        "Compostable, recyclable, biodegradable, heat-resilient or natural is only true under conditions (ISO 14021): say which, or drop the term.",
        "Composteerbaar, recycleerbaar, biologisch afbreekbaar, hittebestendig of natuurlijk is alleen waar onder voorwaarden (ISO 14021): zeg welke, of laat het woord weg.",
        "text: Onze borden zijn composteerbaar.",
        "text: Onze borden zijn industrieel composteerbaar (EN 13432); in Vlaanderen gaan ze bij het restafval.",
    ),
    (
        "claim-vague-promise",
        "A promise without a figure or a date, while the plan behind it has both: say what the plan says.",
        "Een belofte zonder cijfer of datum, terwijl het plan erachter beide heeft: zeg wat het plan zegt.",
        "text: We gaan meer hernieuwbare energie opwekken op onze eigen gebouwen.",
        "text: Tegen de zomer van 2026 liggen er zonnepanelen op 9 van onze 12 schoolgebouwen.",
    ),
    (
        "claim-change-without-baseline",
        "A result that states a relative change (a percentage less or more, halved, doubled) must say from when, or compared with what: without a starting point the reader cannot weigh it.",
        "Een resultaat met een relatieve verandering (een percentage minder of meer, gehalveerd, verdubbeld) zegt vanaf wanneer, of vergeleken met wat: zonder vertrekpunt kan de lezer het niet wegen.",
        "text: We verbruiken in onze gebouwen al 18 % minder energie.",
        "text: In 2024 verbruikten onze gebouwen 18 % minder energie dan in 2019.",
    ),
    (
        "claim-number-unsupported",
        "A figure in the claim says more than its indicator shows: a sentence about the future (tegen 2030, doel, d'ici, by 2030, aim) against the plan, one about now or the past against the measurements. Totals (18 van onze 30), parts (waarvan), frequencies (twee keer per jaar) are context; an absolute term (volledig, alle, -vrij, zéro, -free) claims the whole, and is unsupported too when the evidence's own words say the whole is not reached (a gas boiler kept as back-up, 10 % incinerated, hydro certificates for 'uit wind', behalve, sauf, except).",
        "Een cijfer in de uitspraak zegt meer dan de indicator toont: een zin over de toekomst (tegen 2030, doel) tegenover het plan, een zin over nu of vroeger tegenover de metingen. Totalen (18 van onze 30), delen (waarvan) en frequenties (twee keer per jaar) zijn context; een absolute term (volledig, alle, -vrij) claimt het geheel, en is ook niet gestaafd als de tekst van het bewijs zelf zegt dat het geheel niet bereikt is (een gasketel als back-up, 10 % verbrand, waterkracht voor 'uit wind', behalve, sauf, except).",
        "text: 40% minder CO2   # plan: 100 -> 80",
        "text: 20% minder CO2",
    ),
    (
        "claim-number-untraceable",
        "A figure, or a strong absolute term (volledig, -vrij, zéro, fully), that no linked indicator can check (no indicator, no measurement, none in a fitting unit, nothing that shows the whole).",
        "Een cijfer, of een sterke absolute term (volledig, -vrij, zéro), dat geen gekoppelde indicator kan nagaan (geen indicator, geen meting, geen passende eenheid, niets dat het geheel toont).",
        "text: 100% elektrisch   # indicator unit: voertuigen",
        "indicator: {name: Aandeel elektrische voertuigen, unit: \"%\"}",
    ),
    (
        "claim-horizon-beyond-plan",
        "A commitment names a year later than the last due date of its actions: is the plan complete?",
        "Een belofte noemt een jaar na de laatste termijn van haar acties: is het plan volledig?",
        "text: Tegen 2030 ...   # last due 2026-12-31",
        "text: Tegen eind 2026 ...",
    ),
    (
        "claim-kind-outdated",
        "A commitment whose actions are all done is a result now.",
        "Een belofte waarvan alle acties af zijn, is nu een resultaat.",
        "kind: commitment   # every action done",
        "kind: result\ntext: ... (with the measured value)",
    ),
    (
        "claim-progress-stale",
        "A result resting on an in-progress action whose latest measurement is out of date: its next figure overdue by more than the grace period of the indicator's `frequency`, or, without one, older than checks.stale_after_days.",
        "Een resultaat op een lopende actie waarvan de laatste meting verouderd is: de volgende meting blijft langer uit dan de marge van de `frequency` van de indicator, of, zonder frequentie, ouder dan checks.stale_after_days.",
        "progress: [{date: 2024-01-10, value: 70}]   # today 2025-11-15",
        "progress: [..., {date: 2025-10-30, value: 74}]",
    ),
    (
        "claim-allow-unused",
        "An `allow` exception for a rule that no longer fires on the claim: the exception is stale.",
        "Een `allow`-uitzondering voor een regel die niet meer aanslaat: de uitzondering is verouderd.",
        "allow: [{rule: claim-label-unverified, ...}]   # text names no label",
        "remove the entry",
    ),
    ("action-without-owner", "An open action needs a trekker.", "Een open actie heeft een trekker nodig.", "owners: []", "owners: [els]"),
    (
        "action-vague",
        "An open action needs a due date and an indicator with a target.",
        "Een open actie heeft een termijn en een indicator met een streefwaarde nodig.",
        "title: Meer fietsen   # no due, no indicator",
        "due: 2026-09-30\nindicator: {name: Fietsers, unit: medewerkers, baseline: 64, target: 110}",
    ),
    (
        "action-without-follow-up",
        "An open action needs a follow-up moment (terugkommoment) today or later.",
        "Een open actie heeft een terugkommoment vandaag of later nodig.",
        "follow_up: [{date: 2024-09-15, with: kopgroep}]   # in the past",
        "follow_up: [{date: 2026-01-20, with: kopgroep}]",
    ),
    (
        "action-overdue",
        "An open action past its due date.",
        "Een open actie over haar termijn.",
        "status: in-progress\ndue: 2025-06-30   # today 2025-11-15",
        "status: done\ncompleted: 2025-06-27",
    ),
    (
        "action-stale",
        "An action in progress whose latest progress (or start) is too old: for an indicator with a `frequency`, when the next figure is overdue by more than a grace period (yearly 90 days, quarterly 45, monthly 20, every N days N/4); otherwise after checks.stale_after_days.",
        "Een lopende actie waarvan de laatste voortgang (of de start) te oud is: voor een indicator met `frequency` als de volgende meting langer dan een marge uitblijft (jaarlijks 90 dagen, per kwartaal 45, maandelijks 20, om de N dagen N/4); anders na checks.stale_after_days.",
        "progress: [{date: 2025-04-30, value: 1790}]   # today 2025-11-15, no frequency",
        "frequency: yearly\nprogress: [{date: 2024-12-31, value: 1710}]   # next due 2025-12-31",
    ),
    (
        "indicator-without-source",
        "The public site shows every figure with its source: an indicator of a public action without `source` (who measures it, from what) cannot be traced by a reader.",
        "De publieke site toont elk cijfer met zijn bron: een indicator van een publieke actie zonder `source` (wie meet, waaruit) kan een lezer niet nagaan.",
        "visibility: public\nindicator: {name: Elektriciteitsverbruik, unit: MWh, target: 1500}",
        "indicator: {name: Elektriciteitsverbruik, unit: MWh, target: 1500, source: energieboekhouding}",
    ),
    (
        "team-no-mandate",
        "The core team needs a mandate from the college.",
        "De kopgroep heeft een mandaat van het college nodig.",
        "team.yaml without mandate:",
        "mandate: {body: College van burgemeester en schepenen, date: 2024-09-02}",
    ),
    (
        "team-no-lead",
        "The core team needs a lead (trekker).",
        "De kopgroep heeft een trekker nodig.",
        "no member with lead: true",
        "- {id: els, ..., lead: true}",
    ),
    (
        "team-size",
        "A core team of 2 to 8 people works; fewer or more does not.",
        "Een kopgroep van 2 tot 8 mensen werkt; minder of meer niet.",
        "members: [els]",
        "members: [els, jan, lien, koen]",
    ),
    (
        "team-no-elected",
        "The guides ask for a mix of staff and elected members.",
        "De handleiding vraagt een mix van ambtenaren en mandatarissen.",
        "every member kind: staff",
        "- {id: jan, ..., kind: elected}",
    ),
    (
        "team-single-department",
        "MVO concerns the whole organisation: a core team from one department misses that.",
        "MVO gaat over de hele organisatie: een kopgroep uit één dienst mist dat.",
        "every member department: Milieudienst",
        "members from Milieudienst, Personeelsdienst, Aankoopdienst",
    ),
    (
        "session-not-closed",
        "A session dated before today still has status planned.",
        "Een sessie in het verleden staat nog op planned.",
        "- {number: 4, date: 2025-10-01, status: planned}",
        "- {number: 4, date: 2025-10-01, status: done, summary: ...}",
    ),
    (
        "topic-blind-spot",
        "A declared topic (MVO-thema) has no inventory item and no action.",
        "Een MVO-thema heeft geen inventarisitem en geen actie.",
        "topics: [human-rights]   # nothing tagged human-rights",
        "an action or inventory item with topics: [human-rights]",
    ),
    (
        "public-personal-name",
        "A team member's full name in any text the public site would show. Always an error.",
        "De volledige naam van een teamlid in tekst die de publieke site zou tonen. Altijd een fout.",
        "Vragen? Contacteer Els Peeters.",
        "Vragen? Contacteer de milieudienst.",
    ),
    (
        "public-internal-text",
        "Internal text (four words or more) that also appears in a public field. Always an error.",
        "Interne tekst (vier woorden of meer) die ook in een publiek veld staat. Altijd een fout.",
        "internal_note copied into the public body",
        "a public text written for the public",
    ),
    (
        "page-claim-term",
        "A public page or action uses a neutrality term or a comparison: a claim outside the claims register.",
        "Een publieke pagina of actie gebruikt een neutraliteitsterm of vergelijking: een uitspraak buiten het register.",
        "Lindebeek is koploper in de regio.",
        "register it in content/claims/ with its evidence",
    ),
    (
        "raw-html-removed",
        "Raw HTML in Markdown that the sanitiser removes (script, event handler, iframe, style...). Error on public items, warning on internal ones.",
        "Ruwe HTML in Markdown die de sanitiser verwijdert (script, event handler, iframe, style...). Fout op publieke items, waarschuwing op interne.",
        "<span style=\"color:red\">Let op</span>",
        "**Let op**",
    ),
    (
        "markdown-image-alt",
        "An image without alt text is invisible to screen-reader users.",
        "Een afbeelding zonder alt-tekst is onzichtbaar voor wie een schermlezer gebruikt.",
        "![](@asset/kaart.png)",
        "![Kaart van de fietsroutes](@asset/kaart.png)",
    ),
    (
        "markdown-heading-skip",
        "A skipped heading level, or a level-1 heading in a body (the page title is level 1).",
        "Een overgeslagen kopniveau, of een kop van niveau 1 in de tekst (de paginatitel is niveau 1).",
        "## Doel\n#### Aanpak",
        "## Doel\n### Aanpak",
    ),
    (
        "markdown-link-text",
        "A link whose whole text is generic ('hier', 'lees meer', 'click here').",
        "Een link waarvan de tekst niets zegt ('hier', 'lees meer', 'klik hier').",
        "Lees het plan [hier](@page/plan).",
        "Lees [het MVO-actieplan](@page/plan).",
    ),
];

/// The explanation of a rule, in Dutch (`lang` "nl") or English. Pure: the
/// caller finds the language and prints ([`crate::cmd::check`]).
pub fn text(info: &registry::RuleInfo, lang: &str) -> String {
    let nl = lang == "nl";
    let severity = match (info.default, nl) {
        (None, false) => "error on public items, warning on internal ones",
        (None, true) => "fout op publieke items, waarschuwing op interne",
        (Some(s), _) => s.as_str(),
    };
    let fixed = match (info.fixed, nl) {
        (true, false) => ", fixed",
        (true, true) => ", vast",
        _ => "",
    };
    let (label_default, label_bad, label_good) = if nl { ("standaard", "Fout", "Goed") } else { ("default", "Bad", "Good") };
    let mut out = format!("{}  ({label_default}: {severity}{fixed})\n", info.id);
    if !nl {
        out.push_str(&format!("\n{}\n", info.summary));
    }
    if let Some((_, en, nl_text, bad, good)) = TEXTS.iter().find(|t| t.0 == info.id) {
        let indent = |s: &str| s.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
        out.push_str(&format!("\n{}\n\n{label_bad}:\n{}\n\n{label_good}:\n{}\n", if nl { nl_text } else { en }, indent(bad), indent(good)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_texts() {
        for r in registry::RULES {
            assert!(TEXTS.iter().any(|t| t.0 == r.id), "{}", r.id);
        }
        assert_eq!(TEXTS.len(), registry::RULES.len());
    }

    #[test]
    fn renders_in_both_languages() {
        let info = registry::find("claim-generic-term").expect("rule");
        let en = text(info, "en");
        assert!(en.contains("Bad:") && en.contains("Good:") && en.contains("generic environmental term"));
        let nl = text(info, "nl");
        assert!(nl.contains("Fout:") && nl.contains("algemene milieuterm"));
    }
}
