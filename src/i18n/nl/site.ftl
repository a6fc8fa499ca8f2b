# kapstok: de berichten in het Nederlands (Vlaanderen).
# Edited by hand; `cargo test i18n` checks that every language has every
# message with the same variables, and that every message is used.


## Site labels: menus, headings, table headers, status names

skip = Naar de inhoud
menu = Hoofdmenu
home = Start
actions = Actieplan
action = Actie
inventory = Lokale foto
sdgs = SDG's
sdg = SDG
topics = MVO-thema's
topic = Thema
claims_public = Wat we zeggen en wat we doen
claims_intranet = Communicatieplan
evaluation = Evaluatie
team = Kopgroep
sessions = Sessies
calendar = Opvolgkalender
checks = Controlerapport
status = Status
department = Dienst
owners = Trekkers
start = Start
due = Einddatum
completed = Afgerond op
progress = Voortgang
date = Datum
value = Waarde
note = Toelichting
indicator = Indicator
baseline = Beginwaarde
target = Doel
latest = Laatste meting
follow_up = Terugkommomenten
next_follow_up = Volgend opvolgmoment
internal_note = Interne notitie
builds_on = Bouwt voort op
filter = Filteren
all = Alle
none = Geen
count = Aantal
title = Titel
kind = Soort
source = Bron
matrix = Dekking: SDG's per thema
matrix_note = Aantal acties en bestaande initiatieven per SDG en thema.
key_figures = Kerncijfers
sdgs_worked_on = SDG's waaraan we werken
channel = Kanaal
evidence = Onderbouwing
no_evidence = Nog geen publieke onderbouwing
claim_commitment = Engagement
claim_result = Resultaat
published = Gepubliceerd
withdrawn = Ingetrokken
public = publiek
internal = intern
findings = Bevindingen
by_rule = Per regel
by_item = Per item
no_findings = Geen bevindingen.
exceptions = Aanvaarde uitzonderingen
reason = Reden
review = Nalezen voor publicatie
review_note = Wat geen regel kan beslissen. Lees elke boodschap met deze vragen na voor ze naar buiten gaat.
review_tradeoffs = Verborgen afwegingen: zwijgt de boodschap over wat erop achteruitgaat of wat het elders kost (meer uitstoot bij een leverancier, minder dienstverlening, een hogere prijs)?
review_verification = Onafhankelijke controle: wie heeft de cijfers gemeten en wie heeft ze nagekeken? Zegt een label of keurmerk wie het toekent en op basis waarvan?
review_legal = Wettelijke plichten als verdienste: stelt de tekst iets voor als eigen keuze wat de wet, een norm of een subsidievoorwaarde toch al oplegt (energieprestatie, toegankelijkheid, afval sorteren)?
review_images = Beelden en kleuren: beloven foto's, groene kleuren, bladeren of wereldbollen meer dan de tekst en het actieplan waarmaken?
rule = Regel
severity = Ernst
error = fout
warning = waarschuwing
location = Plaats
open_findings = Open bevindingen
upcoming = Komende opvolgmomenten
phases = Fasen
trajectory = Traject
quotes_label = Lid van de kopgroep
not_found = Pagina niet gevonden
not_found_text = Deze pagina bestaat niet (meer).
back_home = Terug naar de startpagina
contact = Contact
actions_total = acties
items = Items
with = Met
role = Rol
name = Naam
lead = trekker
mandate = Mandaat
hours = Uren
chart_alt = Grafiek
status_planned = Gepland
status_in-progress = Lopend
status_done = Afgerond
status_dropped = Geschrapt
session_planned = gepland
session_done = gehouden
with_deelgroep = deelgroep
with_kopgroep = kopgroep
with_college = college
with_other = andere
kind_goal = doelstelling
kind_action = actie
source_multiyear-plan = Meerjarenplan
source_policy-statement = Beleidsnota
source_vision-note = Visienota
source_department-plan = Dienstplan
source_advisory-council = Adviesraad
source_website = Website
source_other = Andere bron
items_count = acties en initiatieven
we_say = Wat we zeggen
we_do = Wat we doen
owner = Trekker
legend = Legende
blind_spot = blinde vlek
blind_spot_note = Rijen met een gestreepte achtergrond zijn blinde vlekken: daar loopt nog niets.
level_none = niets
level_1 = 1
level_2 = 2 tot 3
level_3 = 4 of meer (sterk thema)
total = Totaal
scroll_hint = Veeg of scrol opzij om de hele tabel te zien.
chart_data = De meetwaarden staan in de tabel hieronder.
table = Tabel
filter_on = Filter
of = van
show_all = Alle acties tonen
report_intranet = Eindrapport
report_public = Voortgangsrapport
report_public_hint = het actieplan en de voortgang op één pagina, om af te drukken
print_hint = Deze pagina is gemaakt om af te drukken of als pdf te bewaren (A4).
as_of = stand op
contents = Inhoud
team_mandate = Kopgroep en mandaat
member_staff = ambtenaar
member_elected = mandataris
not_core = buiten de kopgroep
inventory_items = doelstellingen en acties in de lokale foto
by_source = Per bron
coverage = Per SDG
figure_inventory = Initiatieven in de lokale foto
actions_col = Acties
phase = Fase
number = Nr.
session = Sessie
text_accessibility = Toegankelijkheid van de teksten
text_accessibility_note = Afbeeldingen zonder alternatieve tekst, overgeslagen kopniveaus en linkteksten die niets zeggen, in de teksten van acties, pagina's, de lokale foto en sessies: per pagina.
no_text_findings = Geen bevindingen: elke afbeelding heeft een alternatieve tekst, geen kopniveau wordt overgeslagen en elke linktekst zegt waar hij naartoe leidt.
statement = Toegankelijkheidsverklaring
open_data = Open data
feed = Nieuwsfeed (Atom)
search = Zoeken
calendars = Agenda's (iCalendar)
st_intro = { $org } wil { $site } toegankelijk maken, in overeenstemming met Richtlijn (EU) 2016/2102 van het Europees Parlement en de Raad van 26 oktober 2016 inzake de toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties.
st_scope = Deze toegankelijkheidsverklaring is van toepassing op { $site }:
st_status_h = Nalevingsstatus
st_full = Deze website is volledig conform de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, de norm die de Europese norm EN 301 549 voor websites overneemt.
st_partial = Deze website is gedeeltelijk conform de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, vanwege de niet-naleving en de uitzonderingen die hieronder staan.
st_none = Deze website is niet conform de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA. De niet-naleving en de uitzonderingen staan hieronder.
st_unknown = De nalevingsstatus van deze website is nog niet beoordeeld.
st_content_h = Niet-toegankelijke inhoud
st_content_intro = De volgende inhoud is niet of niet volledig toegankelijk:
st_content_none = Er is geen niet-toegankelijke inhoud bekend.
st_prep_h = Opstelling van deze toegankelijkheidsverklaring
st_assessed = Deze verklaring is opgesteld op { $date }.
st_not_assessed = De datum van de beoordeling is nog niet bekend.
st_self = De beoordeling is een zelfbeoordeling door { $org }.
st_third = De beoordeling is uitgevoerd door een derde partij.
st_feedback_h = Feedback en contactgegevens
st_feedback = Stuit u op een toegankelijkheidsprobleem op deze website, of hebt u inhoud in een andere vorm nodig? Laat het ons weten:
st_enforce_h = Handhavingsprocedure
st_enforce = Krijgt u geen of geen bevredigend antwoord op uw melding, dan kunt u een klacht indienen:
st_enforce_default = bij de klachtendienst of de ombudsdienst van uw overheid.

## The intranet's page of a rule (checks/rules/RULE-ID/)

rule_severity = Standaardernst
rule_fixed = vast: de regel kan niet lager worden gezet
rule_why = Wat de regel nagaat, en waarom
rule_basis = Maatstaf
rule_fix = Wat te doen
rule_bad = Zo niet
rule_good = Zo wel
rule_back = Terug naar het controlerapport

## The 17 SDGs (official short names)

sdg_1 = Geen armoede
sdg_2 = Geen honger
sdg_3 = Goede gezondheid en welzijn
sdg_4 = Kwaliteitsonderwijs
sdg_5 = Gendergelijkheid
sdg_6 = Schoon water en sanitair
sdg_7 = Betaalbare en duurzame energie
sdg_8 = Waardig werk en economische groei
sdg_9 = Industrie, innovatie en infrastructuur
sdg_10 = Ongelijkheid verminderen
sdg_11 = Duurzame steden en gemeenschappen
sdg_12 = Verantwoorde consumptie en productie
sdg_13 = Klimaatactie
sdg_14 = Leven in het water
sdg_15 = Leven op het land
sdg_16 = Vrede, justitie en sterke publieke diensten
sdg_17 = Partnerschap om doelstellingen te bereiken

## Open data, feed, calendars and search (data-*)

data_open_data_intro = Alle publieke gegevens van dit traject om te hergebruiken: de acties met hun indicatoren en voortgang, de lokale foto en wat we communiceren, met de acties die het staven.
data_file = Bestand
data_contents = Inhoud
data_size = Grootte
data_licence = Licentie
data_publisher = Uitgever
data_modified = Bijgewerkt op
data_catalog = Beschrijving voor dataportalen (DCAT-AP, JSON-LD)
data_feed = Nieuwsfeed van voortgang en afgeronde acties (Atom)
data_csv_note = CSV-bestanden zijn UTF-8, met komma's gescheiden; lijsten binnen een cel zijn met ; gescheiden.
data_all = Alles in één zip-bestand
data_actions = Acties van het actieplan
data_progress = Metingen van de indicatoren (voortgang)
data_inventory = De lokale foto: wat de organisatie al doet
data_claims = Wat we communiceren, met de acties die het staven
data_dataset = Gegevens van het MVO-traject
data_dataset_description = Acties, indicatoren, voortgang, de lokale foto en geclaimde resultaten en engagementen van het MVO-traject
data_progress_entry = Nieuwe meting
data_follow_up = Terugkommoment
data_calendar = Agenda
data_calendar_all = opvolging en sessies
data_calendar_of = opvolging van
data_search_label = Zoek in acties, lokale foto, claims, pagina's, sessies en team
data_search_none = Niets gevonden.
data_search_count = { $n } resultaten
data_search_noscript = Zoeken werkt met JavaScript.
data_kind_claim = Claim
data_kind_page = Pagina
data_kind_member = Team

## Rules: a one-line summary, what it checks and why, a bad and a good example

rule-claim-without-action = een uitspraak die aan geen actie en geen item uit de lokale foto gekoppeld is
rule-claim-without-action-why = Een uitspraak moet steunen op wat we doen: de regel slaat aan als de uitspraak aan geen enkele actie en geen enkel item uit de lokale foto gekoppeld is.
rule-claim-without-action-bad = text: We zijn een klimaatgemeente.   (geen acties, niets uit de lokale foto)
rule-claim-without-action-good =
    text: We plaatsten 42 fietsplaatsen.
    actions: [overdekte-fietsenstalling]
rule-claim-without-action-basis = Eerlijke milieucommunicatie onderbouwt elke uitspraak met feiten (ACM Leidraad Duurzaamheidsclaims; overwegingen van EU-richtlijn 2024/825 over onderbouwing). Een uitspraak zonder actie of item uit de lokale foto heeft niets om te tonen; een brede uitspraak als ‘klimaatgemeente’ is bovendien een algemene milieuclaim (EU-richtlijn 2024/825, bijlage I, punt 4 bis).
rule-claim-without-action-fix = Koppel de actie of het item uit de lokale foto waarop de uitspraak steunt, of beperk de uitspraak tot wat je echt deed.
rule-claim-dropped-action = een uitspraak die steunt op een stopgezette actie
rule-claim-dropped-action-why = Een uitspraak die steunt op een stopgezette actie klopt niet meer: één bevinding per stopgezette actie.
rule-claim-dropped-action-bad = actions: [elektrische-deelauto]   # status: dropped
rule-claim-dropped-action-good = withdrawn: 2025-06-20   # of koppel de actie die haar verving
rule-claim-dropped-action-basis = Uitspraken moeten onderbouwd zijn en actueel blijven (ACM Leidraad Duurzaamheidsclaims). Zodra de actie achter een uitspraak is stopgezet, steunt de uitspraak niet meer op feiten.
rule-claim-dropped-action-fix = Trek de uitspraak in met een datum, of koppel de actie die de stopgezette actie vervangt en kijk na of de tekst nog klopt.
rule-claim-result-not-done = een resultaat voor een actie die gepland is of nog geen voortgang heeft
rule-claim-result-not-done-why = Een resultaat vraagt een actie die iets opleverde: de regel slaat aan voor een gekoppelde actie die gepland is, of loopt zonder enige voortgang.
rule-claim-result-not-done-bad = kind: result   # de actie is gepland
rule-claim-result-not-done-good = kind: commitment   # tot de eerste meting
rule-claim-result-not-done-basis = Een resultaat is een feitelijke uitspraak en moet met feiten onderbouwd zijn (ACM Leidraad Duurzaamheidsclaims; overwegingen van EU-richtlijn 2024/825 over onderbouwing). Een actie die pas gepland is of geen voortgang toont, leverde nog niets op om naar te verwijzen.
rule-claim-result-not-done-fix = Schrijf het als belofte tot de eerste meting binnen is, en maak er dan een resultaat van met de gemeten waarde.
rule-claim-result-on-goal = een resultaat dat alleen op een voornemen steunt (een doelstelling uit de lokale foto)
rule-claim-result-on-goal-why = Een resultaat dat alleen op een voornemen (een doelstelling uit de lokale foto) steunt, is niet aangetoond. Een resultaat dat meldt dat het voornemen werd aangenomen (ondertekend, onderschreven, goedgekeurd) of dat de gemeente een titel draagt, steunt op dat voornemen zelf.
rule-claim-result-on-goal-bad =
    kind: result
    inventory: [beleidsverklaring-aankopen]   # kind: goal
rule-claim-result-on-goal-good =
    kind: result
    actions: [aankoopcriteria]
rule-claim-result-on-goal-basis = Een voornemen is een uitspraak over toekomstige prestaties (EU-richtlijn 2024/825, artikel 6, lid 2, punt d); wie het als bereikt voorstelt, heeft feiten nodig die het resultaat tonen (ACM Leidraad Duurzaamheidsclaims). Alleen het aannemen zelf (ondertekend, goedgekeurd) steunt op het voornemen.
rule-claim-result-on-goal-fix = Koppel de actie die het resultaat opleverde, of schrijf het als belofte of als het aannemen van het voornemen (ondertekend, goedgekeurd).
rule-claim-future-without-plan = een belofte zonder actie met een termijn en een indicator met beginwaarde en streefwaarde
rule-claim-future-without-plan-why = Een belofte over de toekomst vraagt een meetbaar plan met een termijn: een actie met `due` en een indicator met `baseline` en `target`. Een studie of een beslissing die met haar datum wordt aangekondigd ("de intercommunale onderzoekt tot 2027 of …") belooft geen resultaat om te meten: een actie met `due` volstaat.
rule-claim-future-without-plan-bad =
    text: We worden een fietsgemeente.
    actions: [fietsen]   # geen einddatum, geen indicator
rule-claim-future-without-plan-good = actions: [fietsen]   # due: 2026-09-30, indicator: {"{"}baseline: 64, target: 110{"}"}
rule-claim-future-without-plan-basis = EU-richtlijn 2024/825, artikel 6, lid 2, punt d: een uitspraak over toekomstige milieuprestaties vraagt duidelijke, toetsbare verbintenissen in een gedetailleerd, realistisch uitvoeringsplan met meetbare doelen en termijnen. Ook de ACM Leidraad Duurzaamheidsclaims vraagt duidelijkheid over toekomstige ambities.
rule-claim-future-without-plan-fix = Koppel een actie met een termijn en een indicator met vertrekwaarde en streefwaarde, of zwak de belofte af tot dat plan er is.
rule-claim-overdue = een belofte waarvan alle acties hun termijn voorbij zijn en niet af
rule-claim-overdue-why = Een belofte waarvan alle acties over hun termijn zijn en niet af.
rule-claim-overdue-bad = text: Tegen 2024 ...   # elke actie: einddatum 2024-12-31, lopend
rule-claim-overdue-good = meld het resultaat, of spreek een nieuwe einddatum af
rule-claim-overdue-basis = Een belofte moet steunen op een realistisch plan met termijnen (EU-richtlijn 2024/825, artikel 6, lid 2, punt d) en uitspraken moeten actueel blijven (ACM Leidraad Duurzaamheidsclaims). Zijn alle termijnen verstreken zonder resultaat, dan weerspiegelt de belofte het plan niet meer.
rule-claim-overdue-fix = Meld wat bereikt is, of spreek met de trekker en de kopgroep nieuwe termijnen af en pas de uitspraak daaraan aan.
rule-claim-sooner-than-plan = een belofte voor een jaar dat het plan niet haalt: een latere einddatum, of een vertraging die het plan vermeldt
rule-claim-sooner-than-plan-why = Een belofte die een datum noemt, moet die datum van het plan overnemen. Zegt de toelichting van een indicator of de notitie bij een meting dat het later wordt (‘de oplevering wordt midden 2027 verwacht’), of ligt de einddatum van elke actie na het jaar waarin de belofte het geheel belooft, dan belooft de uitspraak iets wat het plan zelf niet verwacht.
rule-claim-sooner-than-plan-bad = text: Eind dit jaar fiets je over de hele fietssnelweg.   # toelichting: de laatste kilometer wacht op een brug die in 2027 klaar is
rule-claim-sooner-than-plan-good = text: Tegen eind dit jaar ligt 3,1 van de 4,2 km; de laatste kilometer volgt in 2027, na de nieuwe spoorbrug.
rule-claim-sooner-than-plan-basis = Een belofte moet steunen op een realistisch plan met termijnen (EU-richtlijn 2024/825, artikel 6, lid 2, punt d); een belofte die het eigen plan tegenspreekt, misleidt (ACM Leidraad Duurzaamheidsclaims, regel 1).
rule-claim-sooner-than-plan-fix = Noem de datum die het plan noemt en zeg waarom die verschoof, of spreek eerst met de trekker en de kopgroep een nieuw plan af.
rule-claim-promise-passed = een belofte die op tijd verscheen, waarvan de acties intussen over hun termijn zijn en niet af
rule-claim-promise-passed-why = Een belofte die verscheen vóór de einddatum van haar acties, was juist toen ze gedaan werd. Zijn die termijnen intussen verstreken zonder resultaat, dan leest wie de pagina vandaag opent een belofte die niet meer klopt. Dat vraagt een aanvulling, geen verbod: daarom een waarschuwing, waar een belofte die pas na haar termijn verschijnt (`claim-overdue`) een fout is.
rule-claim-promise-passed-bad = published: 2024-03-20  text: Tegen 2026 ...   # actie: einddatum 2026-06-30, lopend
rule-claim-promise-passed-good = vul aan: "Update december 2026: vier van de vijf posten; de vijfde volgt in 2027."
rule-claim-promise-passed-basis = Uitspraken moeten actueel blijven (ACM Leidraad Duurzaamheidsclaims); een belofte steunt op een plan met termijnen (EU-richtlijn 2024/825, artikel 6, lid 2, punt d).
rule-claim-promise-passed-fix = Vul de pagina aan met wat bereikt is en wanneer de rest volgt (spreek de nieuwe termijn af met de trekker en de kopgroep), of trek de uitspraak in (`withdrawn`).
rule-claim-evidence-not-public = een publieke uitspraak waarvan geen lezer het bewijs kan zien
rule-claim-evidence-not-public-why = Een publieke uitspraak moet bewijs tonen dat een lezer kan nagaan: de regel slaat aan als niets van het bewijs publiek is (een interne uitspraak op een extern kanaal krijgt claim-channel-visibility).
rule-claim-evidence-not-public-bad =
    visibility: public
    actions: [mvo-rubriek]   # interne actie
rule-claim-evidence-not-public-good = maak de actie `visibility: public`
rule-claim-evidence-not-public-basis = De maatstaf is toetsbaarheid: de ACM Leidraad Duurzaamheidsclaims vraagt uitspraken zo te onderbouwen dat anderen ze kunnen nagaan, en EU-richtlijn 2024/825 (artikel 6, lid 2, punt d) vraagt publiek beschikbare, toetsbare verbintenissen. Een publieke uitspraak met alleen intern bewijs kan geen lezer nagaan.
rule-claim-evidence-not-public-fix = Maak minstens één gekoppelde actie of item uit de lokale foto publiek, of houd de uitspraak intern.
rule-claim-channel-visibility = een interne uitspraak op een extern kanaal
rule-claim-channel-visibility-why = Een interne uitspraak op een extern kanaal ontbreekt op de publieke pagina die het bewijs toont.
rule-claim-channel-visibility-bad =
    visibility: internal
    channels: [website]
rule-claim-channel-visibility-good =
    visibility: public
    channels: [website]
rule-claim-channel-visibility-basis = Een uitspraak die publiek wordt gedaan, moet door het publiek na te gaan zijn (ACM Leidraad Duurzaamheidsclaims; overwegingen van EU-richtlijn 2024/825 over onderbouwing). Staat ze op een extern kanaal maar is ze intern gemarkeerd, dan ontbreekt de publieke pagina met haar bewijs.
rule-claim-channel-visibility-fix = Maak de uitspraak publiek zodat haar bewijspagina verschijnt, of haal het externe kanaal weg.
rule-claim-neutrality = een 'klimaatneutraal' resultaat, of een resultaat dat op compensatie steunt
rule-claim-neutrality-why = 'Klimaatneutraal' als resultaat, of op basis van compensatie, is misleidend (EU-richtlijn 2024/825).
rule-claim-neutrality-bad = text: Onze gemeente is klimaatneutraal dankzij compensatie.
rule-claim-neutrality-good = text: Onze gebouwen stoten 24 % minder CO2 uit dan in 2019.
rule-claim-neutrality-basis = EU-richtlijn 2024/825, bijlage I, punt 4 quater: op basis van compensatie beweren dat de impact op broeikasgassen neutraal, kleiner of positief is, is misleidend; ‘klimaatneutraal’ als resultaat is ook een algemene claim (punt 4 bis). De maatstaf voor een gemeente: meld echte reducties en houd compensatie apart.
rule-claim-neutrality-fix = Vervang ‘klimaatneutraal’ door de gemeten daling met haar basisjaar, en vermeld compensatie apart als bijdrage.
rule-claim-generic-term = een vage milieuterm die door geen cijfer wordt ingevuld
rule-claim-generic-term-why = Een algemene milieuterm (duurzaam, groen, eco...) zegt niets zonder een onderbouwd cijfer dat hem invult.
rule-claim-generic-term-bad = text: We maaien onze bermen op een groenere manier.
rule-claim-generic-term-good = text: Tegen 2026 maaien we 45 km bermen gefaseerd.
rule-claim-generic-term-basis = EU-richtlijn 2024/825, bijlage I, punt 4 bis: een algemene milieuclaim zonder erkende uitstekende milieuprestatie is misleidend. ISO 14021 weert vage termen als ‘milieuvriendelijk’, en de ACM Leidraad Duurzaamheidsclaims vraagt duidelijk te maken om welk duurzaamheidsvoordeel het gaat.
rule-claim-generic-term-fix = Vervang het vage woord door wat je concreet doet, met een cijfer dat een gekoppelde indicator onderbouwt (hoeveel, waar, tegen wanneer).
rule-claim-generic-as-fact = een vage milieuterm gebracht als wat een plaats, dienst of product is
rule-claim-generic-as-fact-why = ‘Ons zwembad is duurzaam’, ‘nos produits sont écologiques’, ‘our events are eco-friendly’: een algemene milieuterm gebracht als eigenschap van een plaats, dienst of product, zonder cijfer dat hem invult. Een lezer neemt het als een feit over het geheel, en het is zelden waar voor het geheel. ‘Groen’ valt erbuiten (ook de kleur van een park), net als één aspect (‘bijenvriendelijk’, ‘energiezuinig’) en een wens (‘we maken van de gemeente een duurzame gemeente’): die krijgen claim-generic-term.
rule-claim-generic-as-fact-bad = text: Na de renovatie is De Golf een duurzaam zwembad.
rule-claim-generic-as-fact-good = text: Na de renovatie verbruikt De Golf 22 % minder energie dan in 2019; het water wordt nog met gas verwarmd.
rule-claim-generic-as-fact-basis = EU-richtlijn 2024/825, bijlage I, punt 4 bis: een algemene milieuclaim zonder erkende uitstekende milieuprestatie is altijd misleidend. De ACM Leidraad Duurzaamheidsclaims (regel 1) en de Jury voor Ethische Praktijken vragen hetzelfde: zeg welk voordeel.
rule-claim-generic-as-fact-fix = Vervang het vage woord door wat er gedaan of gemeten is, met een cijfer dat een gekoppelde indicator onderbouwt.
rule-claim-comparison-unsupported = een vergelijking of overtreffende trap zonder vermelde maatstaf
rule-claim-comparison-unsupported-why = Een vergelijking of overtreffende trap vraagt een vermelde maatstaf en methode.
rule-claim-comparison-unsupported-bad = text: Wij zijn de duurzaamste gemeente van de provincie.
rule-claim-comparison-unsupported-good = allow: [{"{"}rule: claim-comparison-unsupported, reason: "Rangschikking Gemeentemonitor 2025"{"}"}]
rule-claim-comparison-unsupported-basis = Vergelijkingen moeten eerlijk zijn en zeggen wat met wat en hoe vergeleken wordt (ACM Leidraad Duurzaamheidsclaims); EU-richtlijn 2024/825, artikel 7, lid 7, vraagt informatie over de vergelijkingsmethode. Een overtreffende trap zonder genoemde maatstaf kan niemand nagaan.
rule-claim-comparison-unsupported-fix = Noem de maatstaf, de bron en het jaar (bijvoorbeeld een gepubliceerde rangschikking) in een allow met reden, of laat de vergelijking weg.
rule-claim-label-unverified = een label of certificaat zonder vermelde regeling of instantie
rule-claim-label-unverified-why = Een label of certificaat moet de regeling of instantie erachter noemen: in de gekoppelde onderbouwing, of in een allow.
rule-claim-label-unverified-bad = text: Wij zijn Fairtrade-gemeente.
rule-claim-label-unverified-good = allow: [{"{"}rule: claim-label-unverified, reason: "Toegekend door Fairtrade Belgium, attest 2025"{"}"}]
rule-claim-label-unverified-basis = EU-richtlijn 2024/825, bijlage I, punt 2 bis: een duurzaamheidslabel tonen dat niet op een certificeringsregeling steunt of niet door een overheid is ingesteld, is misleidend. De ACM Leidraad Duurzaamheidsclaims vraagt dat labels duidelijk maken waarvoor ze staan.
rule-claim-label-unverified-fix = Noem de regeling of de toekennende instantie en het jaar in het gekoppelde bewijs of in de reden van een allow, bijvoorbeeld ‘toegekend door Fairtrade Belgium, 2025’.
rule-claim-unqualified-term = composteerbaar, recycleerbaar, hittebestendig of natuurlijk zonder de voorwaarden die het waar maken
rule-claim-unqualified-term-why = Composteerbaar, recycleerbaar, biologisch afbreekbaar, hittebestendig of natuurlijk is alleen waar onder voorwaarden (ISO 14021): zeg welke, of laat het woord weg.
rule-claim-unqualified-term-bad = text: Onze borden zijn composteerbaar.
rule-claim-unqualified-term-good = text: Onze borden zijn industrieel composteerbaar (EN 13432); in Vlaanderen gaan ze bij het restafval.
rule-claim-unqualified-term-basis = ISO 14021 laat termen als composteerbaar, recycleerbaar of biologisch afbreekbaar alleen toe met de voorwaarden die ze waar maken (industrieel of thuis composteren, lokale inzameling); hetzelfde geldt voor hittebestendig en natuurlijk. Zonder die voorwaarden misleidt de uitspraak.
rule-claim-unqualified-term-fix = Zet de voorwaarde bij het woord (norm, installatie, inzameling in jouw gemeente), of laat het woord weg.
rule-claim-vague-promise = een belofte zonder cijfer of datum, terwijl het plan erachter beide heeft
rule-claim-vague-promise-why = Een belofte zonder cijfer of datum, terwijl het plan erachter beide heeft: zeg wat het plan zegt.
rule-claim-vague-promise-bad = text: We gaan meer hernieuwbare energie opwekken op onze eigen gebouwen.
rule-claim-vague-promise-good = text: Tegen de zomer van 2026 liggen er zonnepanelen op 9 van onze 12 schoolgebouwen.
rule-claim-vague-promise-basis = EU-richtlijn 2024/825 (artikel 6, lid 2, punt d) vraagt meetbare verbintenissen met termijnen, en de ACM Leidraad Duurzaamheidsclaims vraagt duidelijkheid over toekomstige ambities. Als het plan een cijfer en een datum heeft, zegt een belofte zonder die twee minder dan ze kan.
rule-claim-vague-promise-fix = Neem de streefwaarde en de termijn uit het plan over in de zin.
rule-claim-number-unsupported = een cijfer dat meer beweert dan de indicator toont
rule-claim-number-unsupported-why = Een cijfer in de uitspraak zegt meer dan de indicator toont: een zin over de toekomst (tegen 2030, doel) tegenover het plan, een zin over nu of vroeger tegenover de metingen. Totalen (18 van onze 30), delen (waarvan) en frequenties (twee keer per jaar) zijn context; een absolute term (volledig, alle, -vrij) claimt het geheel, en is ook niet gestaafd als de tekst van het bewijs zelf zegt dat het geheel niet bereikt is (een gasketel als back-up, 10 % verbrand, waterkracht voor 'uit wind', behalve, sauf, except).
rule-claim-number-unsupported-bad = text: 40% minder CO2   # plan: 100 -> 80
rule-claim-number-unsupported-good = text: 20% minder CO2
rule-claim-number-unsupported-basis = Uitspraken moeten met feiten onderbouwd zijn en ermee kloppen (ACM Leidraad Duurzaamheidsclaims; overwegingen van EU-richtlijn 2024/825 over onderbouwing): een cijfer over de toekomst volgt het plan, een cijfer over nu de metingen. Een absolute term als ‘volledig’ claimt het geheel (bijlage I, punt 4 ter).
rule-claim-number-unsupported-fix = Breng het cijfer in lijn met het plan of de laatste meting, of werk de indicator bij als het cijfer wel klopt.
rule-claim-change-without-baseline = een resultaat met een relatieve verandering dat niet zegt vanaf wanneer
rule-claim-change-without-baseline-why = Een resultaat met een relatieve verandering (een percentage minder of meer, gehalveerd, verdubbeld) moet zeggen vanaf wanneer, of vergeleken met wat: zonder vertrekpunt kan de lezer het niet wegen.
rule-claim-change-without-baseline-bad = text: We verbruiken in onze gebouwen al 18 % minder energie.
rule-claim-change-without-baseline-good = text: In 2024 verbruikten onze gebouwen 18 % minder energie dan in 2019.
rule-claim-change-without-baseline-basis = Een verandering is een vergelijking met vroeger: de ACM Leidraad Duurzaamheidsclaims vraagt eerlijke vergelijkingen die zeggen waarmee vergeleken wordt, in lijn met EU-richtlijn 2024/825, artikel 7, lid 7 (informatie over de vergelijkingsmethode). Zonder vertrekjaar kan de lezer het cijfer niet wegen.
rule-claim-change-without-baseline-fix = Voeg het basisjaar of de vergelijkingsbasis en het jaar van de meting toe, bijvoorbeeld ‘18 % minder dan in 2019’.
rule-claim-condition-omitted = een belofte die het plan alleen onder voorwaarde doet, gebracht als beslist
rule-claim-condition-omitted-why = Het plan zegt dat een stap nog niet beslist is (de gemeenteraad moet nog goedkeuren, het budget moet het toelaten), maar de uitspraak brengt hem als zeker.
rule-claim-condition-omitted-bad = text: In 2026 komen er twee deelauto's bij.   # actie: "staan in het ontwerp van de budgetwijziging; de gemeenteraad moet die nog goedkeuren"
rule-claim-condition-omitted-good = text: Als de gemeenteraad akkoord gaat, komen er in 2026 twee deelauto's bij.
rule-claim-condition-omitted-basis = EU-richtlijn 2024/825, artikel 6, lid 2, punt d: een belofte over de toekomst moet steunen op duidelijke, objectieve en controleerbare verbintenissen. Een voorstel is nog geen verbintenis.
rule-claim-condition-omitted-fix = Zeg de voorwaarde in de tekst, of maak de belofte pas na de beslissing.
rule-claim-estimate-as-measured = een cijfer dat volgens de onderbouwing een schatting is, gebracht als gemeten
rule-claim-estimate-as-measured-why = De actie zegt dat het cijfer geschat, berekend of uit een bevraging is (‘de vzw schat het vermeden afval op 2 ton’, ‘berekend, niet gemeten’), maar de uitspraak brengt het als een meting. Een cijfer dat een indicator meet, telt als gemeten.
rule-claim-estimate-as-measured-bad = text: Het Repair Café hield in 2025 2 ton afval uit de vuilbak.   # actie: "de vzw schat het vermeden afval op ongeveer 2 ton"
rule-claim-estimate-as-measured-good = text: Het Repair Café hield in 2025 naar schatting 2 ton afval uit de vuilbak.
rule-claim-estimate-as-measured-basis = ISO 14021 (7.2 en 5.7): een claim moet zeggen waarop hij steunt, en een lezer mag een schatting niet voor een meting houden. De ACM Leidraad Duurzaamheidsclaims vraagt de onderbouwing erbij te vermelden.
rule-claim-estimate-as-measured-fix = Zeg in de tekst waarop het cijfer steunt: ‘naar schatting’, ‘volgens een bevraging’, ‘berekend met’.
rule-claim-legal-requirement = wat de wet oplegt, gebracht als eigen keuze van de gemeente
rule-claim-legal-requirement-why = De uitspraak brengt iets als een eigen keuze of verdienste (‘kiest bewust’, ‘uit respect voor de natuur’, ‘als een van de eerste’), terwijl de onderbouwing zegt dat de wet het oplegt. Een lezer denkt dan dat de gemeente iets bijzonders doet.
rule-claim-legal-requirement-bad = text: Uit respect voor de natuur gebruiken wij op onze begraafplaatsen geen pesticiden.   # actie: "Sinds 2015 wettelijk verplicht voor openbare besturen"
rule-claim-legal-requirement-good = text: Op onze begraafplaatsen gebruiken we geen pesticiden, zoals de wet sinds 2015 vraagt. We maaien de paden en leggen graspaden aan.
rule-claim-legal-requirement-basis = EU-richtlijn 2024/825, bijlage I, punt 10 bis: wettelijke eisen voorstellen als een onderscheidend kenmerk van het aanbod is altijd misleidend. De ACM-leidraad Duurzaamheidsclaims zegt hetzelfde.
rule-claim-legal-requirement-fix = Zeg dat de wet het vraagt, of vertel wat de gemeente méér doet dan de wet.
rule-claim-others-work = werk van een andere partij, gebracht als daad van de gemeente
rule-claim-others-work-severity = waarschuwing; fout als de onderbouwing zegt dat de gemeente het niet zelf doet
rule-claim-others-work-why = De uitspraak zegt dat de gemeente iets bouwde, plaatste, herstelde, organiseerde, betaalde, uitleende of iemand in dienst nam, terwijl de onderbouwing zegt dat een andere partij het doet (de provincie, een intercommunale, een woonmaatschappij, een vzw, vrijwilligers). Zegt de onderbouwing met zoveel woorden dat de gemeente het niet zelf doet, dan is de uitspraak tegengesproken: een fout.
rule-claim-others-work-bad = text: De gemeente plaatste de voorbije twee jaar zeven nieuwe drinkwatertappunten.   # actie: "De Watergroep plaatst de tappunten, sluit ze aan en onderhoudt ze."
rule-claim-others-work-good = text: Samen met De Watergroep kwamen er de voorbije twee jaar zeven drinkwatertappunten bij. De gemeente koos de plekken en betaalde de aansluiting.
rule-claim-others-work-basis = EU-richtlijn 2005/29, art. 6, lid 1, zoals gewijzigd door richtlijn 2024/825: een mededeling is misleidend als ze de gemiddelde lezer misleidt over de kenmerken of de reikwijdte van de verbintenissen van wie ze doet. De ACM Leidraad Duurzaamheidsclaims vraagt duidelijk te maken wat de eigen bijdrage is.
rule-claim-others-work-fix = Noem de partij die het werk doet, en zeg wat de gemeente zelf bijdroeg.
rule-claim-cause-not-shown = een resultaat toegeschreven aan een oorzaak die de onderbouwing niet aantoont
rule-claim-cause-not-shown-severity = waarschuwing
rule-claim-cause-not-shown-why = De uitspraak schrijft een resultaat toe aan een maatregel (‘dankzij onze maatregelen’, ‘thanks to’, ‘grâce à’), terwijl de onderbouwing zegt dat een deel van de verandering een andere oorzaak heeft, dat het cijfer niet gecorrigeerd is (voor het weer), dat niemand uitrekende welk deel van de maatregel komt, of dat het effect nog moet blijken. De lezer denkt dan dat de maatregel alles deed.
rule-claim-cause-not-shown-bad = text: Dankzij onze energiebesparende maatregelen daalde de uitstoot in 2023 met 190 ton.   # actie: "De daling in 2023 komt grotendeels door de sluiting van het oude zwembad."
rule-claim-cause-not-shown-good = text: In 2023 daalde de uitstoot met 190 ton, grotendeels door de sluiting van het oude zwembad; onze besparingen deden de rest.
rule-claim-cause-not-shown-basis = EU-richtlijn 2005/29, art. 6, lid 1, zoals gewijzigd door richtlijn 2024/825: een mededeling is misleidend als ze de gemiddelde lezer misleidt over de resultaten van een handeling. De ACM Leidraad Duurzaamheidsclaims vraagt claims met feiten te onderbouwen; de CMA Green Claims Code vraagt niets weg te laten wat de lezer moet weten.
rule-claim-cause-not-shown-fix = Zeg wat er nog meespeelde, of noem het resultaat zonder het aan de maatregel toe te schrijven.
rule-claim-number-rounded-up = een cijfer dat hoger is afgerond dan de onderbouwing toont
rule-claim-number-rounded-up-why = Een cijfer dat iets hoger ligt dan de onderbouwing toont (een percentage hoogstens 5,5 punt erboven, een op tientallen afgerond aantal hoogstens 10 %; na ‘bijna’, ‘ongeveer’: 10 punt of 25 %): naar boven afgerond, niet verzonnen, maar een lezer neemt het letterlijk.
rule-claim-number-rounded-up-bad = text: Sporthal De Beemd verbruikt 60 % minder stroom.   # gemeten: −54,8 %
rule-claim-number-rounded-up-good = text: Sporthal De Beemd verbruikt 55 % minder stroom.
rule-claim-number-rounded-up-basis = Cijfers moeten juist zijn en niet overdreven (ACM Leidraad Duurzaamheidsclaims, regel 2; CMA Green Claims Code: claims moeten waar en nauwkeurig zijn). Een cijfer dat binnen een afronding van de onderbouwing ligt, vraagt een correctie, geen tegengehouden pagina.
rule-claim-number-rounded-up-fix = Gebruik het gemeten cijfer, naar beneden afgerond, of zeg dat het bij benadering is (‘bijna’, ‘ongeveer’) als het dichtbij ligt.
rule-claim-part-as-whole = een resultaat zonder aantal, terwijl de onderbouwing maar een deel van het geheel toont
rule-claim-part-as-whole-why = Een resultaat dat geen enkel aantal noemt (geen cijfer, geen getal in woorden, geen ‘alle’ of ‘een deel’) leest als het geheel: ‘Onze vloot rijdt elektrisch’ zegt de hele vloot. Toont een gekoppelde indicator maar een deel (een aandeel onder 95 %, of een aantal onder 95 % van zijn totaal), dan verwacht een lezer meer dan er is. Een waarschuwing: de uitspraak kan over iets anders gaan dan die indicator.
rule-claim-part-as-whole-bad = text: Onze gemeentelijke vloot rijdt elektrisch.   # indicator: 7 van 30 dienstwagens
rule-claim-part-as-whole-good = text: 7 van onze 30 dienstwagens rijden elektrisch; tegen 2028 worden het er 18.
rule-claim-part-as-whole-basis = Een claim mag niet ruimer klinken dan wat hij dekt (ACM Leidraad Duurzaamheidsclaims, regel 2: duidelijk en specifiek; EU-richtlijn 2024/825: een milieuclaim over het geheel die maar voor een deel geldt, is misleidend).
rule-claim-part-as-whole-fix = Zeg hoe ver het gaat: het aantal met zijn totaal, het aandeel, of ‘een deel van’.
rule-claim-number-untraceable = een cijfer dat geen enkele indicator kan nagaan
rule-claim-number-untraceable-why = Een cijfer, of een sterke absolute term (volledig, -vrij, zéro), dat geen gekoppelde indicator kan nagaan (geen indicator, geen meting, geen passende eenheid, niets dat het geheel toont).
rule-claim-number-untraceable-bad = text: 100% elektrisch   # eenheid van de indicator: voertuigen
rule-claim-number-untraceable-good = indicator: {"{"}name: Aandeel elektrische voertuigen, unit: "%"{"}"}
rule-claim-number-untraceable-basis = Elk cijfer moet onderbouwd en na te gaan zijn (ACM Leidraad Duurzaamheidsclaims; overwegingen van EU-richtlijn 2024/825 over onderbouwing). Een absolute term als ‘volledig’ of ‘-vrij’ claimt het geheel, niet één aspect (EU-richtlijn 2024/825, bijlage I, punt 4 ter).
rule-claim-number-untraceable-fix = Koppel een indicator in dezelfde eenheid met een meting die het cijfer toont, of schrap het cijfer of de absolute term.
rule-claim-horizon-beyond-plan = een belofte die verder reikt dan de laatste termijn van haar plan
rule-claim-horizon-beyond-plan-why = Een belofte noemt een jaar na de laatste termijn van haar acties: is het plan volledig?
rule-claim-horizon-beyond-plan-bad = text: Tegen 2030 ...   # laatste einddatum 2026-12-31
rule-claim-horizon-beyond-plan-good = text: Tegen eind 2026 ...
rule-claim-horizon-beyond-plan-basis = EU-richtlijn 2024/825, artikel 6, lid 2, punt d: een uitspraak over de toekomst vraagt een gedetailleerd en realistisch uitvoeringsplan. Een belofte voor een jaar dat het plan niet haalt, wordt er niet door gedekt.
rule-claim-horizon-beyond-plan-fix = Gebruik het jaar dat het plan haalt, of voeg de acties (met termijnen) toe die het plan tot het beloofde jaar doortrekken.
rule-claim-kind-outdated = een belofte waarvan alle acties af zijn: maak er een resultaat van
rule-claim-kind-outdated-why = Een belofte waarvan alle acties af zijn, is nu een resultaat.
rule-claim-kind-outdated-bad = kind: commitment   # alle acties afgerond
rule-claim-kind-outdated-good =
    kind: result
    text: ... (met de gemeten waarde)
rule-claim-kind-outdated-basis = Uitspraken moeten actueel blijven (ACM Leidraad Duurzaamheidsclaims). Een belofte waarvan alle acties af zijn, verkoopt het bereikte te kort en toont de lezer geen resultaat dat hij kan nagaan.
rule-claim-kind-outdated-fix = Maak van de belofte een resultaat en vermeld de gemeten waarde.
rule-claim-progress-stale = een resultaat dat steunt op een te oude meting
rule-claim-progress-stale-why = Een resultaat op een lopende actie waarvan de laatste meting verouderd is: de volgende meting blijft langer uit dan de marge van de `frequency` van de indicator, of, zonder frequentie, ouder dan checks.stale_after_days.
rule-claim-progress-stale-bad = progress: [{"{"}date: 2024-01-10, value: 70{"}"}]   # vandaag 2025-11-15
rule-claim-progress-stale-good = progress: [..., {"{"}date: 2025-10-30, value: 74{"}"}]
rule-claim-progress-stale-basis = De plicht om uitspraken te onderbouwen houdt in dat ze actueel blijven (ACM Leidraad Duurzaamheidsclaims; overwegingen van EU-richtlijn 2024/825 over onderbouwing). Een resultaat op een verouderde meting klopt misschien niet meer.
rule-claim-progress-stale-fix = Voeg de laatste meting toe aan de indicator, of dateer het resultaat (‘in 2024 …’) zodat de lezer ziet hoe oud het is.
rule-claim-allow-unused = een aanvaarde uitzondering voor een regel die niet meer aanslaat
rule-claim-allow-unused-why = Een `allow`-uitzondering voor een regel die niet meer aanslaat: de uitzondering is verouderd.
rule-claim-allow-unused-bad = allow: [{"{"}rule: claim-label-unverified, ...{"}"}]   # de tekst noemt geen label
rule-claim-allow-unused-good = verwijder de uitzondering
rule-claim-allow-unused-basis = Een uitzondering is een afgewogen oordeel over één bevinding, en uitspraken en hun verantwoording moeten actueel blijven (ACM Leidraad Duurzaamheidsclaims). Een verouderde uitzondering zou een latere wijziging van de tekst ongemerkt toedekken.
rule-claim-allow-unused-fix = Verwijder de allow; voeg pas een nieuwe toe als de regel opnieuw aanslaat en de reden nog geldt.
rule-action-without-owner = een open actie zonder trekker
rule-action-without-owner-why = Een open actie heeft een trekker nodig.
rule-action-without-owner-bad = owners: []
rule-action-without-owner-good = owners: [els]
rule-action-without-owner-basis = De Vlaamse MVO-trajectgids geeft elke actie een trekker: één persoon die ze vooruit helpt en erover rapporteert op de terugkommomenten. Zonder trekker is niemand verantwoordelijk.
rule-action-without-owner-fix = Duid een trekker aan voor de actie, bij voorkeur een lid van de kopgroep of het diensthoofd van de betrokken dienst.
rule-action-vague = een open actie zonder einddatum of streefwaarde
rule-action-vague-why = Een open actie heeft een termijn en een indicator met een streefwaarde nodig.
rule-action-vague-bad = title: Meer fietsen   # geen einddatum, geen indicator
rule-action-vague-good =
    due: 2026-09-30
    indicator: {"{"}name: Fietsers, unit: medewerkers, baseline: 64, target: 110{"}"}
rule-action-vague-basis = De Vlaamse MVO-trajectgids vraagt meetbare acties: een termijn en een indicator met een streefwaarde, zodat de kopgroep op elk terugkommoment ziet of de actie op schema zit.
rule-action-vague-fix = Voeg een termijn toe en een indicator met eenheid, vertrekwaarde en streefwaarde.
rule-action-without-follow-up = een open actie zonder terugkommoment in het vooruitzicht
rule-action-without-follow-up-why = Een open actie heeft een terugkommoment vandaag of later nodig.
rule-action-without-follow-up-bad = follow_up: [{"{"}date: 2024-09-15, with: kopgroep{"}"}]   # in het verleden
rule-action-without-follow-up-good = follow_up: [{"{"}date: 2026-01-20, with: kopgroep{"}"}]
rule-action-without-follow-up-basis = In de Vlaamse MVO-trajectgids volgt de kopgroep elke actie op vaste terugkommomenten; een open actie zonder terugkommoment in het vooruitzicht verdwijnt uit beeld.
rule-action-without-follow-up-fix = Plan het volgende terugkommoment, met een datum en met wie, bijvoorbeeld de volgende vergadering van de kopgroep.
rule-action-overdue = een open actie waarvan de einddatum voorbij is
rule-action-overdue-why = Een open actie over haar termijn.
rule-action-overdue-bad =
    status: in-progress
    due: 2025-06-30   # vandaag 2025-11-15
rule-action-overdue-good =
    status: done
    completed: 2025-06-27
rule-action-overdue-basis = De Vlaamse MVO-trajectgids werkt met gedateerde acties die de kopgroep op elk terugkommoment bekijkt; een verstreken termijn vraagt een beslissing, geen stilte.
rule-action-overdue-fix = Zet de actie op afgerond met de datum van afronding, of spreek een nieuwe termijn af en noteer waarom.
rule-action-stale = een lopende actie zonder recente voortgang
rule-action-stale-why = Een lopende actie waarvan de laatste voortgang (of de start) te oud is: voor een indicator met `frequency` als de volgende meting langer dan een marge uitblijft (jaarlijks 90 dagen, per kwartaal 45, maandelijks 20, om de N dagen N/4); anders na checks.stale_after_days.
rule-action-stale-bad = progress: [{"{"}date: 2025-04-30, value: 1790{"}"}]   # vandaag 2025-11-15, geen frequentie
rule-action-stale-good =
    frequency: yearly
    progress: [{"{"}date: 2024-12-31, value: 1710{"}"}]   # volgende meting verwacht op 2025-12-31
rule-action-stale-basis = De Vlaamse MVO-trajectgids vraagt indicatoren die regelmatig gemeten en op de terugkommomenten besproken worden; zonder recente voortgang kan de kopgroep niet zien of de actie vooruitgaat.
rule-action-stale-fix = Voeg de laatste meting of voortgang toe, en stel de meetfrequentie van de indicator in zodat duidelijk is wanneer het volgende cijfer komt.
rule-indicator-without-source = een indicator van een publieke actie die niet zegt wie hem meet
rule-indicator-without-source-why = De publieke site toont elk cijfer met zijn bron: een indicator van een publieke actie zonder `source` (wie meet, waaruit) kan een lezer niet nagaan.
rule-indicator-without-source-bad =
    visibility: public
    indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500{"}"}
rule-indicator-without-source-good = indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500, source: energieboekhouding{"}"}
rule-indicator-without-source-basis = De Vlaamse MVO-trajectgids vraagt meetbare indicatoren, en de publieke site toont elk cijfer met zijn bron zodat een lezer het kan nagaan. Zonder bron weet niemand wie meet en waaruit.
rule-indicator-without-source-fix = Vul de bron in: wie meet en uit welke gegevens, bijvoorbeeld ‘energieboekhouding, technische dienst’.
rule-team-no-mandate = de kopgroep heeft geen mandaat
rule-team-no-mandate-why = De kopgroep heeft een mandaat van het college nodig.
rule-team-no-mandate-bad = team.yaml zonder mandate:
rule-team-no-mandate-good = mandate: {"{"}body: College van burgemeester en schepenen, date: 2024-09-02{"}"}
rule-team-no-mandate-basis = De Vlaamse MVO-trajectgids start met een kopgroep die een mandaat heeft van het college van burgemeester en schepenen; zonder mandaat mist de kopgroep de steun om keuzes te maken voor de hele organisatie.
rule-team-no-mandate-fix = Leg de collegebeslissing vast die de kopgroep mandateert, met haar datum.
rule-team-no-lead = de kopgroep heeft geen trekker
rule-team-no-lead-why = De kopgroep heeft een trekker nodig.
rule-team-no-lead-bad = geen lid met lead: true
rule-team-no-lead-good = - {"{"}id: els, ..., lead: true{"}"}
rule-team-no-lead-basis = De Vlaamse MVO-trajectgids geeft de kopgroep een trekker die samenroept, de draad vasthoudt en aanspreekpunt is voor het college.
rule-team-no-lead-fix = Duid één lid van de kopgroep aan als trekker.
rule-team-size = een kopgroep van minder dan 2 of meer dan 8 leden
rule-team-size-why = Een kopgroep van 2 tot 8 mensen werkt; minder of meer niet.
rule-team-size-bad = members: [els]
rule-team-size-good = members: [els, jan, lien, koen]
rule-team-size-basis = De Vlaamse MVO-trajectgids raadt een kleine kopgroep aan: groot genoeg om het werk te delen en verschillende blikken samen te brengen, klein genoeg om te beslissen; kapstok hanteert 2 tot 8 leden.
rule-team-size-fix = Breng de kopgroep op 2 tot 8 leden; een grotere groep kan bijdragen via sessies of werkgroepen.
rule-team-no-elected = een kopgroep zonder zowel ambtenaren als mandatarissen
rule-team-no-elected-why = De handleiding vraagt een mix van ambtenaren en mandatarissen.
rule-team-no-elected-bad = alle leden met kind: staff
rule-team-no-elected-good = - {"{"}id: jan, ..., kind: elected{"}"}
rule-team-no-elected-basis = De Vlaamse MVO-trajectgids vraagt een kopgroep met zowel ambtenaren als mandatarissen, zodat het actieplan haalbaar is én politiek gedragen.
rule-team-no-elected-fix = Neem minstens één mandataris (een schepen of gemeenteraadslid) en minstens één ambtenaar op in de kopgroep.
rule-team-single-department = een kopgroep uit één dienst
rule-team-single-department-why = MVO gaat over de hele organisatie: een kopgroep uit één dienst mist dat.
rule-team-single-department-bad = alle leden met department: Milieudienst
rule-team-single-department-good = leden uit Milieudienst, Personeelsdienst, Aankoopdienst
rule-team-single-department-basis = Volgens de Vlaamse MVO-trajectgids gaat MVO over de hele organisatie; een kopgroep uit verschillende diensten ziet meer thema’s en draagt het actieplan verder.
rule-team-single-department-fix = Nodig leden uit andere diensten uit, bijvoorbeeld personeel, aankoop of financiën.
rule-session-not-closed = een voorbije sessie die nog op gepland staat
rule-session-not-closed-why = Een sessie in het verleden staat nog op planned.
rule-session-not-closed-bad = - {"{"}number: 4, date: 2025-10-01, status: planned{"}"}
rule-session-not-closed-good = - {"{"}number: 4, date: 2025-10-01, status: done, summary: ...{"}"}
rule-session-not-closed-basis = De Vlaamse MVO-trajectgids werkt met sessies die elk afsluiten met een resultaat en afspraken; een voorbije sessie die nog op gepland staat, laat haar uitkomst onvermeld.
rule-session-not-closed-fix = Zet de sessie op afgerond en voeg een korte samenvatting toe, of verplaats ze naar haar nieuwe datum.
rule-topic-blind-spot = een thema zonder item in de lokale foto en zonder actie
rule-topic-blind-spot-why = Een MVO-thema heeft geen item in de lokale foto en geen actie.
rule-topic-blind-spot-bad = topics: [human-rights]   # niets met het thema human-rights
rule-topic-blind-spot-good = een actie of item in de lokale foto met topics: [human-rights]
rule-topic-blind-spot-basis = De Vlaamse MVO-trajectgids gebruikt de 17 SDG’s en zes thema’s als kapstok om MVO in zijn geheel te zien; een gekozen thema zonder item uit de lokale foto en zonder actie is een blinde vlek.
rule-topic-blind-spot-fix = Zet in de inventaris wat de gemeente al doet rond dit thema, of plan er een actie voor; schrap het thema als het per vergissing gekozen is.
rule-public-personal-name = de naam van een teamlid in tekst die de publieke site zou tonen
rule-public-personal-name-why = De volledige naam van een teamlid in tekst die de publieke site zou tonen. Altijd een fout.
rule-public-personal-name-bad = Vragen? Contacteer Els Peeters.
rule-public-personal-name-good = Vragen? Contacteer de milieudienst.
rule-public-personal-name-basis = AVG, artikel 5, lid 1, c (minimale gegevensverwerking): publiceer alleen de persoonsgegevens die het doel vraagt. Een publieke pagina bereikt haar doel met de gegevens van een dienst, niet met de naam van een medewerker.
rule-public-personal-name-fix = Vervang de naam door de functie of de dienst en haar algemene contactgegevens.
rule-public-internal-text = interne tekst in een veld dat de publieke site zou tonen
rule-public-internal-text-why = Interne tekst (vier woorden of meer) die ook in een publiek veld staat. Altijd een fout.
rule-public-internal-text-bad = internal_note gekopieerd in de publieke tekst
rule-public-internal-text-good = een publieke tekst, geschreven voor het publiek
rule-public-internal-text-basis = Interne voorbereidende notities zijn vertrouwelijk werkmateriaal, en voor persoonsgegevens erin geldt minimale gegevensverwerking (AVG, artikel 5, lid 1, c). Overgenomen in een publiek veld bereiken ze lezers voor wie ze niet geschreven zijn.
rule-public-internal-text-fix = Schrijf een aparte tekst voor het publieke veld en houd de interne notitie intern.
rule-team-name-unclear = een naam van een teamlid die de privacybewaker niet kan splitsen in voornaam en familienaam
rule-team-name-unclear-why = Een naam in team.yaml die de privacybewaker niet met zekerheid kan splitsen in voornaam en familienaam: één woord, meer dan één komma, of een woord dat hij niet kan plaatsen. De bewaker zoekt dan vormen die niemand schrijft, en mist de vormen die mensen wel schrijven.
rule-team-name-unclear-bad = name: Chr. Peeters
rule-team-name-unclear-good = name: Christine Peeters
rule-team-name-unclear-basis = De privacybewaker houdt de namen van teamleden van de publieke site (AVG, artikel 5, lid 1, c: minimale gegevensverwerking). Dat kan hij alleen voor de vormen die hij uit de naam in team.yaml kan afleiden.
rule-team-name-unclear-fix = Schrijf eerst de voornaam (of voornamen), dan de familienaam, zonder titels of opmerkingen, en zet andere vormen (een roepnaam, een meisjesnaam) onder also_known_as.
rule-page-claim-term = een neutraliteitsterm of vergelijking buiten het register van uitspraken
rule-page-claim-term-why = Een publieke pagina of actie gebruikt een neutraliteitsterm of vergelijking: een uitspraak buiten het register.
rule-page-claim-term-bad = Lindebeek is koploper in de regio.
rule-page-claim-term-good = neem de uitspraak op in content/claims/, met haar onderbouwing
rule-page-claim-term-basis = Dezelfde maatstaven als voor uitspraken in het register: neutraliteit via compensatie (EU-richtlijn 2024/825, bijlage I, punten 4 bis en 4 quater) en vergelijkingen met maatstaf en methode (artikel 7, lid 7; ACM Leidraad Duurzaamheidsclaims). Een uitspraak op een vrije pagina ontsnapt aan die controles.
rule-page-claim-term-fix = Neem de uitspraak op in content/claims/ met haar bewijs, of herschrijf de pagina zonder neutraliteitsterm of vergelijking.
rule-raw-html-removed = ruwe HTML in Markdown die bij het opschonen verdwijnt
rule-raw-html-removed-severity = fout op publieke items, waarschuwing op interne
rule-raw-html-removed-why = Ruwe HTML in Markdown die bij het opschonen verdwijnt (script, event handler, iframe, style...). Fout op publieke items, waarschuwing op interne.
rule-raw-html-removed-bad = <span style="color:red">Let op</span>
rule-raw-html-removed-good = **Let op**
rule-raw-html-removed-basis = Voor de veiligheid van de site verwijdert de HTML-sanitiser scripts, event handlers, iframes en stijlen, waardoor die inhoud stil verdwijnt. Structuur hoort in Markdown, wat ook de betekenis toegankelijk houdt (WCAG 2.1, succescriterium 1.3.1 Info en relaties).
rule-raw-html-removed-fix = Herschrijf het stuk in gewone Markdown (vet, lijsten, koppen, links) in plaats van HTML.
rule-body-front-matter-key = een front-matterveld in de tekst geplakt, waar het als tekst gepubliceerd wordt
rule-body-front-matter-key-severity = fout op publieke items, waarschuwing op interne
rule-body-front-matter-key-why = Een regel van de tekst die begint met een sleutel van de front matter (`internal_note:`, `owners:`, `follow_up:`, `visibility:`...), of een tweede front matter vlak na de eerste, staat woord voor woord op de pagina: een interne notitie onder de afsluitende `---` zou gepubliceerd worden. Fout op publieke items, waarschuwing op interne.
rule-body-front-matter-key-bad = internal_note: Budget nog niet goedgekeurd door het college.
rule-body-front-matter-key-good = Het budget wordt voorbereid.
rule-body-front-matter-key-basis = Alles onder de afsluitende `---` is de publieke beschrijving; de privacybewaker kan een notitie die nergens als intern geregistreerd is niet kennen.
rule-body-front-matter-key-fix = Zet de regel boven de afsluitende `---`, in de front matter, of schrap hem.
rule-markdown-image-alt = een afbeelding zonder alt-tekst
rule-markdown-image-alt-why = Een afbeelding zonder alt-tekst is onzichtbaar voor wie een schermlezer gebruikt.
rule-markdown-image-alt-bad = ![](@asset/kaart.png)
rule-markdown-image-alt-good = ![Kaart van de fietsroutes](@asset/kaart.png)
rule-markdown-image-alt-basis = WCAG 2.1 AA, succescriterium 1.1.1 (Niet-tekstuele content): elke informatieve afbeelding heeft een tekstalternatief. Belgische overheden moeten WCAG 2.1 AA halen (Richtlijn (EU) 2016/2102).
rule-markdown-image-alt-fix = Beschrijf in enkele woorden wat de afbeelding toont of waarom ze er staat, bijvoorbeeld ‘Kaart van de fietsroutes’.
rule-markdown-heading-skip = een overgeslagen kopniveau, of een kop van niveau 1 in de tekst
rule-markdown-heading-skip-why = Een overgeslagen kopniveau, of een kop van niveau 1 in de tekst (de paginatitel is niveau 1).
rule-markdown-heading-skip-bad =
    ## Doel
    #### Aanpak
rule-markdown-heading-skip-good =
    ## Doel
    ### Aanpak
rule-markdown-heading-skip-basis = WCAG 2.1 AA, succescriteria 1.3.1 (Info en relaties) en 2.4.6 (Koppen en labels): koppen volgen de structuur van de pagina. Belgische overheden moeten dit halen (Richtlijn (EU) 2016/2102). De paginatitel is niveau 1; koppen in de tekst beginnen op niveau 2.
rule-markdown-heading-skip-fix = Begin koppen in de tekst op niveau 2 (##) en daal telkens één niveau.
rule-markdown-link-text = een link waarvan de tekst niets zegt ('klik hier')
rule-markdown-link-text-why = Een link waarvan de tekst niets zegt ('hier', 'lees meer', 'klik hier').
rule-markdown-link-text-bad = Lees het plan [hier](@page/plan).
rule-markdown-link-text-good = Lees [het MVO-actieplan](@page/plan).

rule-markdown-link-text-basis = WCAG 2.1 AA, succescriterium 2.4.4 (Linkdoel (in context)), verplicht voor Belgische overheden (Richtlijn (EU) 2016/2102): de linktekst zegt waar de link naartoe gaat. ‘Hier’ of ‘lees meer’ zegt wie een schermlezer gebruikt niets.
rule-markdown-link-text-fix = Gebruik de naam van de bestemming als linktekst, bijvoorbeeld ‘het MVO-actieplan’.
rule-asset-intranet-only = een bijlage waar geen publieke pagina naar linkt: ze blijft van de publieke site
rule-asset-intranet-only-why = De publieke site krijgt alleen de bijlagen waar haar pagina's, feeds, databestanden of thema naar verwijzen. Een bijlage waar alleen interne inhoud naar linkt (het verslag van de kopgroep), of niets, komt op het intranet en wordt niet gepubliceerd: ze heeft geen publiek adres dat iemand kan raden.
rule-asset-intranet-only-bad = Een interne actie linkt @asset/verslag-kopgroep.pdf, en een publieke pagina zou het moeten tonen.
rule-asset-intranet-only-good = [Het verslag](@asset/verslag-kopgroep.pdf) in een publieke actie of pagina, of niets voor een bestand dat voor de kopgroep bedoeld is.
rule-asset-intranet-only-basis = Privacy door ontwerp: wat alleen interne inhoud gebruikt, blijft intern (AVG art. 25). kapstok leest de gemaakte publieke site op de bijlagen waarnaar ze verwijst.
rule-asset-intranet-only-fix = Moet het bestand publiek zijn, link het dan vanuit een publiek item of een publieke pagina (`@asset/PAD`). Is het alleen voor het intranet bedoeld, laat het dan; zet de regel op `allow` in `checks.rules` om de waarschuwing te stoppen.
## Search: one hit

data_search_one = 1 resultaat

## Licences of the open data

licence_modellicentie = Modellicentie voor gratis hergebruik (v1.0)
licence_cc0 = CC0 1.0
licence_cc_by = CC BY 4.0

## check --explain

explain_severity = standaard: { $severity }
explain_fixed = vast
explain_basis = Maatstaf:
explain_fix = Wat te doen:
explain_bad = Fout:
explain_good = Goed:

## Het controlerapport: een bevinding over een uitspraak
checks_claim = De uitspraak:
checks_evidence = Wat de onderbouwing toont:
checks_fix = Wat te doen:
checks_measured = { $name }: { $value } ({ $date })
no_measurement = nog geen meting
checks_unmeasured = { $name }: nog geen meting
## Voortgangsstatus (issue 22): de regels over de berekende status van een indicator
rule-claim-on-track-unsupported = een uitspraak dat het plan op schema zit terwijl een indicator van zijn acties achterloopt
rule-claim-on-track-unsupported-why = De uitspraak zegt dat het plan op koers ligt (‘op schema’, ‘on track’, ‘en bonne voie’), terwijl een indicator van een van zijn acties achterloopt op de rechte lijn van de beginwaarde bij de start naar het doel op de einddatum, beoordeeld op de laatste meting: de cijfers zeggen iets anders.
rule-claim-on-track-unsupported-bad = text: "We liggen op schema om het elektriciteitsverbruik tegen 2026 met 20 % te verlagen."   # de indicator loopt achter
rule-claim-on-track-unsupported-good = text: "Het elektriciteitsverbruik daalt trager dan gepland: de renovatie van het zwembad startte een jaar later."
rule-claim-on-track-unsupported-basis = Een uitspraak over de voortgang van een plan moet steunen op de cijfers ervan (EU-richtlijn 2024/825 over uitspraken over toekomstige prestaties; ACM Leidraad Duurzaamheidsclaims). De status volgt de voortgangsstatus van Open SDG: een cijfer wordt afgezet tegen de rechte lijn naar het doel.
rule-claim-on-track-unsupported-fix = Zeg waar het plan achterloopt en waarom, of voeg de meting toe die toont dat het weer op schema zit.
rule-indicator-behind-unexplained = een publieke indicator die achterloopt zonder uitleg
rule-indicator-behind-unexplained-why = De publieke site toont de status van elke indicator. Een cijfer dat achterloopt op de rechte lijn van de beginwaarde bij de start naar het doel op de einddatum, hoort een uitleg naast zich te krijgen: pas toe of leg uit.
rule-indicator-behind-unexplained-bad = indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, baseline: 1850, target: 1480{"}"}   # loopt achter, geen uitleg
rule-indicator-behind-unexplained-good = explanation: De renovatie van het zwembad startte een jaar later; de nieuwe warmtepomp draait vanaf maart.
rule-indicator-behind-unexplained-basis = Pas toe of leg uit, zoals de rapportering van het Vlaamse klimaatpact vraagt: meld de voortgang van elk engagement en leg uit wat achterloopt. Een organisatie die een achterblijvend cijfer uitlegt, wint meer vertrouwen dan een die het onbesproken laat.
rule-indicator-behind-unexplained-fix = Voeg `explanation:` toe aan de indicator: waarom het cijfer achterloopt en wat eraan gedaan wordt.

## Voortgangsstatus van een indicator (issue 22): berekend, nooit alleen kleur of symbool
progress_status = Voortgangsstatus
progress_achieved = Behaald
progress_on-track = Op schema
progress_behind = Loopt achter
progress_no-data = Geen gegevens
explanation_label = Uitleg:
progress_by_department = Voortgang per dienst

## Wat bijgewerkt moet worden (issue 22): de pagina van een trekker en de herinneringen in de agenda
owner_title = { $name }: wat bijgewerkt moet worden
owner_intro = Per indicator van de open acties: wanneer de volgende meting valt, volgens de frequentie van de indicator, gerekend vanaf de laatste meting (of, als er nog geen is, vanaf de start van de actie). Te late metingen staan eerst.
owner_open_actions = Open acties
owner_calendar = Agenda met herinneringen (iCalendar)
owner_measurements = Metingen die vallen
owner_overdue = Te laat
owner_soon = In de komende { $weeks } weken
owner_later = Later
owner_no_measurements = Geen metingen te doen: geen open actie met een indicator.
owner_frequency = Frequentie
owner_due = Volgende meting
owner_days_late = { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
owner_due_in = { $days ->
    [0] vandaag
    [1] morgen
   *[other] over { $days } dagen
}
owner_ago = { $days ->
    [one] 1 dag geleden
   *[other] { $days } dagen geleden
}
owner_follow_ups_missed = Voorbij, zonder een volgend terugkommoment
owner_no_next = geen volgend gepland
owner_follow_ups_next = Volgende terugkommomenten
owner_no_follow_ups = Geen terugkommoment gepland.
frequency_monthly = maandelijks
frequency_quarterly = per kwartaal
frequency_yearly = jaarlijks
frequency_days = om de { $days } dagen
frequency_none = geen frequentie: om de { $days } dagen (checks.stale_after_days)
measurement_event = Meting: { $indicator } ({ $action })
measurement_alarm = Vandaag valt een meting: { $indicator } ({ $action })
calendars_owner_note = De agenda van een trekker bevat ook de metingen die vallen, met een herinnering op de dag zelf.
