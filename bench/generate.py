#!/usr/bin/env python3
"""Generate a large, deterministic kapstok trajectory for benchmarks, and the
same content as a Hugo site.

usage: bench/generate.py N OUTDIR

Writes OUTDIR/content/ (the kapstok project: build it with
`kapstok build --root OUTDIR`) and OUTDIR/hugo/ (a Hugo site with the same
content: `hugo --source OUTDIR/hugo`).

N actions (front matter with indicator, 3-4 progress points, follow-ups, and
2-4 paragraphs of Markdown with lists, a table and links), 2N inventory items
over 20 files, N/2 claims (about 90 % backed), N/10 quotes, 8 members and
5 sessions. Error-level claim rules are downgraded in its site.yaml, so both
sites build. The same N always gives the same bytes.

The text is made of Dutch sentence templates over a vocabulary of several
hundred words, so it reads like a municipal plan and rarely repeats. Every
action and inventory title carries its own number ("Actie 12 - ...",
"MJP 3.41 - ..."), as real plans do: kapstok's privacy guard refuses a public
page that shows an internal title, and short titles from a finite vocabulary
would otherwise recur by chance in public text at large N.

The text has no apostrophes ("deelwagens", not "deelauto's"): at commit
29e79c6 the HTML escape of one (`&#x27;`) followed within 40 bytes by a
multi-byte character ("–", "ë", "”") made the privacy guard panic (a slice
inside a character in `privacy::entity`), which stopped the build. Once no
supported kapstok has that bug, apostrophes can come back.
"""
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------- vocabulary

DEPARTMENTS = ["Milieudienst", "Secretariaat", "Financiën", "Personeelsdienst", "Technische dienst", "Welzijn",
               "Communicatie", "Cultuur"]
TOPICS = ["governance", "society", "fair-business", "employer", "human-rights", "environment"]
STATUSES = ["planned", "in-progress", "in-progress", "done", "dropped"]
MEMBERS = [("els", "Els Peeters"), ("jan", "Jan Claes"), ("an", "An Wouters"), ("pieter", "Pieter Janssens"),
           ("sofie", "Sofie Maes"), ("koen", "Koen Jacobs"), ("lien", "Lien Mertens"), ("tom", "Tom Willems")]

# Who does something (subject of a sentence).
ACTORS = """de milieudienst|de technische dienst|het secretariaat|de dienst financiën|de personeelsdienst|
de welzijnsdienst|de communicatiedienst|de cultuurdienst|de groendienst|de aankoopdienst|de ICT-dienst|
de jeugddienst|de sportdienst|de dienst burgerzaken|de dienst onderwijs|de dienst lokale economie|
de dienst toerisme|de dienst ruimtelijke ordening|de dienst mobiliteit|de preventiedienst|de bibliotheek|
het woonzorgcentrum|de kinderopvang|de buitenschoolse opvang|het sociaal huis|het managementteam|
de kopgroep|de deelgroep energie|de deelgroep mobiliteit|de deelgroep aankoop|de werkgroep personeel|
de milieuraad|de seniorenraad|de jeugdraad|de adviesraad ontwikkelingssamenwerking|de sportraad|
de cultuurraad|de duurzaamheidsambtenaar|de mobiliteitsambtenaar|de energiecoach|de preventieadviseur|
de stedenbouwkundige|de werfleider|de facility manager|de schooldirectie|de ouderraad|
het lokaal overleg kinderopvang|de intergemeentelijke vereniging|de netbeheerder|de afvalintercommunale|
de provincie|de politiezone|de brandweerzone|de woonmaatschappij|het regionaal landschap"""
ACTORS = [a.strip() for a in ACTORS.split("|")]

# Verbs: third person singular, infinitive, past participle.
VERBS = [
    ("vervangt", "vervangen", "vervangen"), ("plaatst", "plaatsen", "geplaatst"),
    ("renoveert", "renoveren", "gerenoveerd"), ("isoleert", "isoleren", "geïsoleerd"),
    ("onderzoekt", "onderzoeken", "onderzocht"), ("bespreekt", "bespreken", "besproken"),
    ("begeleidt", "begeleiden", "begeleid"), ("ondersteunt", "ondersteunen", "ondersteund"),
    ("stimuleert", "stimuleren", "gestimuleerd"), ("meet", "meten", "gemeten"),
    ("evalueert", "evalueren", "geëvalueerd"), ("organiseert", "organiseren", "georganiseerd"),
    ("koopt", "kopen", "gekocht"), ("bestelt", "bestellen", "besteld"), ("herziet", "herzien", "herzien"),
    ("actualiseert", "actualiseren", "geactualiseerd"), ("plant", "plannen", "gepland"),
    ("voorziet", "voorzien", "voorzien"), ("installeert", "installeren", "geïnstalleerd"),
    ("vernieuwt", "vernieuwen", "vernieuwd"), ("inventariseert", "inventariseren", "geïnventariseerd"),
    ("optimaliseert", "optimaliseren", "geoptimaliseerd"), ("beperkt", "beperken", "beperkt"),
    ("vermindert", "verminderen", "verminderd"), ("verhoogt", "verhogen", "verhoogd"),
    ("verbetert", "verbeteren", "verbeterd"), ("monitort", "monitoren", "gemonitord"),
    ("ontwikkelt", "ontwikkelen", "ontwikkeld"), ("test", "testen", "getest"),
    ("coördineert", "coördineren", "gecoördineerd"), ("subsidieert", "subsidiëren", "gesubsidieerd"),
    ("promoot", "promoten", "gepromoot"), ("bundelt", "bundelen", "gebundeld"), ("deelt", "delen", "gedeeld"),
    ("digitaliseert", "digitaliseren", "gedigitaliseerd"), ("registreert", "registreren", "geregistreerd"),
    ("controleert", "controleren", "gecontroleerd"), ("onthardt", "ontharden", "onthard"),
    ("beplant", "beplanten", "beplant"), ("onderhoudt", "onderhouden", "onderhouden"),
    ("herstelt", "herstellen", "hersteld"), ("vergelijkt", "vergelijken", "vergeleken"),
    ("verzamelt", "verzamelen", "verzameld"), ("bevraagt", "bevragen", "bevraagd"),
    ("informeert", "informeren", "geïnformeerd"), ("selecteert", "selecteren", "geselecteerd"),
    ("keurt", "keuren", "gekeurd"), ("herbekijkt", "herbekijken", "herbekeken"),
    ("bouwt", "bouwen", "gebouwd"), ("sluit", "sluiten", "gesloten"), ("opent", "openen", "geopend"),
    ("verdeelt", "verdelen", "verdeeld"), ("verlengt", "verlengen", "verlengd"),
    ("ontwerpt", "ontwerpen", "ontworpen"), ("tekent", "tekenen", "getekend"),
    ("bereidt", "bereiden", "bereid"), ("documenteert", "documenteren", "gedocumenteerd"),
    ("vereenvoudigt", "vereenvoudigen", "vereenvoudigd"), ("berekent", "berekenen", "berekend"),
    ("financiert", "financieren", "gefinancierd"), ("vult", "vullen", "gevuld"),
]

ADJECTIVES = """nieuwe|bestaande|lokale|gemeentelijke|openbare|jaarlijkse|kleine|grote|gezamenlijke|tijdelijke|
vaste|digitale|elektrische|overdekte|veilige|toegankelijke|betaalbare|zuinige|efficiënte|sociale|circulaire|
herbruikbare|regionale|eerlijke|inclusieve|duidelijke|concrete|bijkomende|centrale|verouderde|kwetsbare|
beschutte|verlichte|gemeenschappelijke|vernieuwde|aangepaste|verplichte|vrijwillige|gratis|goedkopere|
compacte|modulaire|mobiele|lichte|zware|stille|drukke|rustige|landelijke|stedelijke|interne|externe|
technische|praktische|heldere|korte|lange|tweetalige|leesbare|meetbare|haalbare|ambitieuze|realistische|
gefaseerde|volledige|gedeeltelijke|ruime|smalle|brede|natte|droge|verharde|onverharde|houten|stenen|
gerecycleerde|tweedehandse|gehuurde|gedeelde|slimme|automatische|handmatige|wekelijkse|maandelijkse|
driemaandelijkse"""
ADJECTIVES = [a.strip() for a in ADJECTIVES.split("|")]

# Things (plural or mass nouns, used without article after an adjective).
THINGS = """ledarmaturen|zonnepanelen|warmtepompen|fietsenstallingen|laadpalen|deelwagens|dienstfietsen|
bestelwagens|dakisolatie|beglazing|ramen|stookinstallaties|ventilatiesystemen|regenwaterputten|groendaken|
geveltuinen|bomenrijen|hagen|bloemenweides|speelplaatsen|schoolroutes|fietspaden|voetpaden|trage wegen|
zitbanken|drinkwaterfonteinen|afvalbakken|sorteerstraten|compostvaten|bekers|koffie|streekproducten|
maaltijden|cateringcontracten|kantoorpapier|printers|laptops|servers|bureaumeubelen|werkkledij|
schoonmaakmiddelen|aankoopcriteria|bestekken|raamcontracten|energieboekhoudingen|meetgegevens|opleidingen|
infosessies|workshops|nieuwsbrieven|enquêtes|stageplaatsen|vergaderzalen|thermostaten|buitenlampen|
sensoren|watermeters|energiemeters|dakgoten|infiltratiekratten|infiltratiezones|grachten|bermen|plantsoenen|
moestuinen|volkstuinen|bijenhotels|nestkasten|poelen|houtkanten|knotwilgen|fruitbomen|speeltoestellen|
sportvelden|kleedkamers|douches|zonneboilers|batterijen|deelfietsen|bakfietsen|parkeerplaatsen|
schoolstraten|zone 30-borden|oversteekplaatsen|bushaltes|wachthokjes|fietsboxen|sluisjes|waterpunten|
boekenkasten|repaircafés|weggeefwinkels|herbruikbare luiers|tuinafvalcontainers|bladkorven|strooizout|
werkplekken|telewerkdagen|opleidingsplannen|welzijnsbevragingen|onthaalbrochures|vacatureteksten|
dienstreizen|fietsvergoedingen|treinabonnementen|kantoorplanten|archiefkasten|kopieertoestellen|
beamers|videovergaderingen|e-formulieren|publieksbalies|wachtrijen|afspraken|subsidiereglementen|
premies|energiescans|renovatieadviezen|bouwaanvragen|vergunningen|verkeerstellingen|luchtmetingen|
geluidsmetingen|hittekaarten|bodemstalen|rioleringen|pompstations|wegverlichting"""
THINGS = [t.strip() for t in THINGS.split("|")]

# Places, with their preposition.
BUILDINGS = """het gemeentehuis|de sporthal|het zwembad|de bibliotheek|het administratief centrum|de academie|
het jeugdhuis|het cultuurcentrum|de gemeentelijke basisschool|het containerpark|de begraafplaats|
het marktplein|het stadspark|de werkplaats|het dienstencentrum|het woonzorgcentrum|de kinderopvang|
het politiekantoor|de brandweerkazerne|het OCMW-gebouw|de technische uitvoeringsdienst|het sociaal huis|
de muziekschool|de tekenacademie|het buurthuis|de parochiezaal|het ontmoetingscentrum|de voetbalkantine|
de tennisclub|het kunstgrasveld|de loods|het depot|het stadhuis|de feestzaal|het toeristisch kantoor"""
BUILDINGS = [b.strip() for b in BUILDINGS.split("|")]
STREETS = """Kerkstraat|Molenweg|Stationsstraat|Schoolstraat|Dorpsstraat|Nieuwstraat|Beekstraat|Veldstraat|
Kapelstraat|Lindenlaan|Eikenlaan|Kastanjelaan|Bosstraat|Heidestraat|Processieweg|Brugstraat|Vaartstraat|
Hoogstraat|Zandstraat|Meersstraat|Broekstraat|Akkerstraat|Weidestraat|Hofstraat|Pastorijstraat|
Gildestraat|Ringlaan|Parklaan|Vijverstraat|Watermolenstraat|Hoeveweg|Steenweg|Tramstraat|Rozenstraat|
Smidsestraat|Bleekweg|Leemstraat|Populierenlaan|Berkenlaan|Wilgenstraat"""
STREETS = [s.strip() for s in STREETS.split("|")]
DISTRICTS = """Hoogveld|Kapelleberg|Ter Heide|Broekkant|Molenhoek|Zandberg|Ter Linden|Neerveld|Oosthoek|
Westakker|Ter Beek|Bosrand|Vijverhof|De Meers|Klein Groothaven|Sint-Anna|Eikendries|Ter Weide|Kouter|
Hofkwartier"""
DISTRICTS = [d.strip() for d in DISTRICTS.split("|")]

PARTNERS = """de scholen|de verenigingen|de handelaars|de landbouwers|de jongeren|de senioren|de vrijwilligers|
de buurtbewoners|de ondernemers|de medewerkers|de ouders|de leerkrachten|de sportclubs|de jeugdbewegingen|
de zorgverleners|de huurders|de eigenaars|de architecten|de aannemers|de leveranciers|de buurgemeenten|
de wijkcomités|de imkers|de natuurvereniging|de fietsersbond|de oudercomités|de mantelzorgers|
de nieuwkomers|de kunstenaars|de horecazaken"""
PARTNERS = [p.strip() for p in PARTNERS.split("|")]

TIMES = """tegen eind 2025|tegen eind 2026|in het voorjaar van 2026|in het najaar van 2025|voor de zomer|
na de zomervakantie|elk kwartaal|twee keer per jaar|tijdens de winter|vanaf januari|vanaf september|
binnen het budget van 2026|bij de volgende begrotingswijziging|na de evaluatie|in de eerste helft van 2026|
tegen de volgende sessie|voor het einde van de legislatuur|stap voor stap|wijk per wijk|gebouw per gebouw|
in overleg met het college|na advies van de milieuraad|op basis van de metingen|zodra de offertes binnen zijn|
samen met de buurgemeenten"""
TIMES = [t.strip() for t in TIMES.split("|")]

FINDINGS = """sterk verschillen per gebouw|hoger liggen dan verwacht|lager liggen dan verwacht|nog onvolledig zijn|
goed vergelijkbaar zijn|elk jaar dalen|in de winter pieken|vooral in de avond hoog zijn|niet altijd betrouwbaar zijn|
een duidelijke trend tonen|meer aandacht vragen|beter opgevolgd moeten worden|vaak onderschat worden|
weinig gekend zijn|goed onthaald worden"""
FINDINGS = [f.strip() for f in FINDINGS.split("|")]

REASONS = """om het energieverbruik te verlagen|om de veiligheid te verhogen|om de wachttijden te verkorten|
om water beter vast te houden|om hittestress te beperken|om de biodiversiteit te versterken|
om de afvalberg te verkleinen|om de luchtkwaliteit te verbeteren|om kosten te besparen|
om medewerkers gezonder te laten pendelen|om inwoners beter te informeren|om kwetsbare gezinnen te helpen|
om de dienstverlening toegankelijker te maken|om eerlijke handel te ondersteunen|om lokale producenten kansen te geven|
om het papierverbruik te halveren|om de verharding terug te dringen|om de opvolging eenvoudiger te maken|
om fouten bij de aanbesteding te vermijden|om het personeel langer gezond aan het werk te houden"""
REASONS = [r.strip() for r in REASONS.split("|")]

INDICATORS = [
    ("Energieverbruik van de gemeentelijke gebouwen", "kWh"), ("Aandeel ledarmaturen", "%"),
    ("Overdekte fietsplaatsen", "fietsplaatsen"), ("Geplante bomen", "bomen"), ("Onthard oppervlak", "m²"),
    ("Afgedrukte vellen papier per maand", "vellen"), ("Restafval per medewerker", "kg"),
    ("Waterverbruik", "m³"), ("Deelnemers aan de infosessies", "deelnemers"),
    ("Medewerkers die met de fiets komen", "medewerkers"), ("Laadpunten op het openbaar domein", "laadpunten"),
    ("Aanbestedingen met sociale criteria", "aanbestedingen"), ("Opgewekte zonnestroom", "kWh"),
    ("Uitstoot van het wagenpark", "ton CO2"), ("Gerenoveerde woningen", "woningen"),
    ("Bezoekers van het repaircafé", "bezoekers"), ("Aangelegde geveltuinen", "geveltuinen"),
    ("Kilometers veilig fietspad", "km"), ("Ziekteverzuim", "%"), ("Fairtrade-aankopen", "euro"),
]

PROGRESS_NOTES = ["Nulmeting", "Tussentijdse meting", "Na de winter", "Meting door de energiecoach",
                  "Cijfers van de netbeheerder", "Eerste wijk klaar", "Vertraging door levering"]
SRC_CODES = {"multiyear-plan": "MJP", "policy-statement": "BN", "department-plan": "DP", "website": "WEB",
             "vision-note": "VN", "advisory-council": "AR"}


# ---------------------------------------------------------------- text

def cap(s):
    return s[0].upper() + s[1:]


def place(rng):
    r = rng.random()
    if r < 0.5:
        return rng.choice(["in", "bij", "rond", "achter", "naast"]) + " " + rng.choice(BUILDINGS)
    if r < 0.8:
        return rng.choice(["in de", "aan de", "langs de", "op de hoek van de"]) + " " + rng.choice(STREETS)
    return rng.choice(["in de wijk", "in", "in het centrum van", "aan de rand van"]) + " " + rng.choice(DISTRICTS)


def thing(rng):
    return (rng.choice(ADJECTIVES) + " " if rng.random() < 0.7 else "") + rng.choice(THINGS)


def sentence(rng):
    """One sentence of 8-20 words from a template."""
    v = rng.choice(VERBS)
    t = rng.randrange(8)
    if t == 0:
        s = f"{rng.choice(ACTORS)} {v[0]} {thing(rng)} {place(rng)} {rng.choice(TIMES)}"
    elif t == 1:
        s = f"samen met {rng.choice(PARTNERS)} {v[0]} {rng.choice(ACTORS)} {thing(rng)} {place(rng)}"
    elif t == 2:
        s = f"het doel is om {thing(rng)} {place(rng)} te {v[1]} {rng.choice(TIMES)}"
    elif t == 3:
        s = f"we {v[1]} {thing(rng)} {place(rng)} {rng.choice(REASONS)}"
    elif t == 4:
        s = f"uit de metingen blijkt dat {thing(rng)} {place(rng)} {rng.choice(FINDINGS)}"
    elif t == 5:
        s = f"{rng.choice(PARTNERS)} denken mee over {thing(rng)} {place(rng)} {rng.choice(REASONS)}"
    elif t == 6:
        s = f"{rng.choice(TIMES)} worden {thing(rng)} {place(rng)} {v[2]} door {rng.choice(ACTORS)}"
    else:
        s = f"{rng.choice(ACTORS)} {v[0]} {rng.choice(TIMES)} {thing(rng)} voor {rng.choice(PARTNERS)}"
    return cap(s) + "."


def paragraph(rng, lo=2, hi=4):
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def action_title(rng, i):
    v = rng.choice(VERBS)
    t = rng.randrange(3)
    if t == 0:
        s = f"{cap(thing(rng))} {v[1]} {place(rng)}"
    elif t == 1:
        s = f"{cap(rng.choice(ADJECTIVES))} {rng.choice(THINGS)} {place(rng)}"
    else:
        s = f"{cap(rng.choice(THINGS))} voor {rng.choice(PARTNERS)} {place(rng)}"
    return f"Actie {i + 1} – {s}"


def inventory_title(rng, code):
    t = rng.randrange(3)
    if t == 0:
        s = f"{cap(thing(rng))} {place(rng)}"
    elif t == 1:
        s = f"{cap(rng.choice(VERBS)[1])} van {thing(rng)} {rng.choice(REASONS)}"
    else:
        s = f"{cap(rng.choice(THINGS))} voor {rng.choice(PARTNERS)}"
    return f"{code} – {s}"


def note(rng):
    """An internal note: budget and planning remarks."""
    t = rng.randrange(4)
    if t == 0:
        s = f"budget voor {thing(rng)} nog niet goedgekeurd door het college"
    elif t == 1:
        s = f"offerte voor {thing(rng)} {place(rng)} gevraagd, wacht op antwoord van {rng.choice(ACTORS)}"
    elif t == 2:
        s = f"{rng.choice(ACTORS)} vraagt om {thing(rng)} eerst te bespreken met {rng.choice(PARTNERS)}"
    else:
        s = f"opvolgen op het overleg met {rng.choice(ACTORS)} over {thing(rng)}"
    return cap(s) + "."


def claim_text(rng, ind):
    t = rng.randrange(6)
    if t == 0:
        base, target = ind["baseline"], ind["target"]
        pct = abs(round(100 * (target - base) / base))
        word = "daalt" if target < base else "stijgt"
        return f"Tegen eind 2026 {word} de indicator {ind['name'].lower()} met {pct}%."
    if t == 1:
        return f"We {rng.choice(VERBS)[1]} {thing(rng)} {place(rng)} {rng.choice(REASONS)}."
    if t == 2:
        return f"Samen met {rng.choice(PARTNERS)} werken we aan {rng.choice(['duurzame', 'groene', 'betere', 'veilige'])} {rng.choice(THINGS)} {place(rng)}."
    if t == 3:
        return f"{cap(rng.choice(TIMES))} zijn {thing(rng)} {place(rng)} {rng.choice(VERBS)[2]}."
    if t == 4:
        return f"Ons lokaal bestuur {rng.choice(VERBS)[0]} {thing(rng)} {rng.choice(REASONS)}."
    return f"In 2025 hebben we {thing(rng)} {rng.choice(VERBS)[2]} {place(rng)}."


def quote_text(rng):
    t = rng.randrange(4)
    if t == 0:
        s = f"dankzij het traject {rng.choice(['zie ik', 'zien we', 'merk ik', 'weten we'])} beter hoe {thing(rng)} {place(rng)} bijdragen aan de doelen"
    elif t == 1:
        s = f"de sessies over {thing(rng)} hielpen ons om samen met {rng.choice(PARTNERS)} keuzes te maken"
    elif t == 2:
        s = f"ik had niet verwacht dat {rng.choice(ACTORS)} al zoveel deed rond {thing(rng)}"
    else:
        s = f"het blijft moeilijk om {thing(rng)} {place(rng)} {rng.choice(TIMES)} op te volgen"
    return cap(s) + "."


def yq(s):
    """A YAML double-quoted scalar."""
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- generator

def main():
    if len(sys.argv) != 3:
        sys.exit("usage: bench/generate.py N OUTDIR")
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(n)
    content = os.path.join(out, "content")
    hugo = os.path.join(out, "hugo")
    for sub in ["actions", "inventory", "claims", "evaluation", "pages"]:
        os.makedirs(os.path.join(content, sub), exist_ok=True)
    for sub in ["content/actions", "content/inventory", "content/claims", "content/evaluation", "data",
                "layouts/_default", "layouts/actions", "layouts/inventory", "layouts/claims",
                "layouts/evaluation", "layouts/partials", "static"]:
        os.makedirs(os.path.join(hugo, sub), exist_ok=True)

    def write(rel, text):
        with open(os.path.join(content, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def hwrite(rel, text):
        with open(os.path.join(hugo, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    write("site.yaml", f"""organisation: Gemeente Groothaven
language: nl
trajectory:
  title: MVO-traject Groothaven
  start: 2024-01-15
  end: 2026-12-20
sites:
  intranet: {{ title: "MVO (intern)", base_url: "https://intranet.groothaven.be/mvo/" }}
  public: {{ title: "Duurzaam Groothaven", base_url: "https://www.groothaven.be/duurzaamheid/" }}
departments: [{", ".join(DEPARTMENTS)}]
checks:
  today: 2025-06-01
  rules:
    claim-without-action: warning
    claim-dropped-action: warning
    claim-result-not-done: warning
    claim-future-without-plan: warning
    claim-overdue: warning
    claim-evidence-not-public: warning
    claim-neutrality: warning
    claim-number-unsupported: warning
    action-without-owner: warning
    raw-html-removed: warning
""")
    members = [m for m, _ in MEMBERS]
    names = dict(MEMBERS)
    lines = ["mandate:\n  body: College van burgemeester en schepenen\n  date: 2024-01-08\nmembers:\n"]
    team_data = []
    for i, (mid, name) in enumerate(MEMBERS):
        kind = "elected" if i % 4 == 3 else "staff"
        lines.append(f"  - id: {mid}\n    name: {name}\n    department: {DEPARTMENTS[i]}\n"
                     f"    kind: {kind}\n    lead: {'true' if i == 0 else 'false'}\n")
        team_data.append({"id": mid, "name": name, "department": DEPARTMENTS[i], "kind": kind})
    write("team.yaml", "".join(lines))
    sessions = []
    for i in range(1, 6):
        sessions.append({"number": i, "date": f"2024-0{i + 1}-10", "title": f"Sessie {i}", "status": "done",
                         "summary": paragraph(rng, 2, 3)})
    write("sessions.yaml", "".join(
        f"- number: {s['number']}\n  date: {s['date']}\n  title: {s['title']}\n  status: done\n  summary: |\n    {s['summary']}\n"
        for s in sessions))

    # ---- inventory: 2N items over 20 files
    inv_ids = []
    public_inv = []
    inventory = []
    per_file = max(1, (2 * n) // 20)
    for f in range(20):
        items = []
        for j in range(per_file):
            iid = f"inv-{f}-{j}"
            inv_ids.append(iid)
            visibility = rng.choice(["public", "internal"])
            if visibility == "public":
                public_inv.append(iid)
            kind = rng.choice(["goal", "action"])
            source = rng.choice(["multiyear-plan", "policy-statement", "department-plan", "website"])
            title = inventory_title(rng, f"{SRC_CODES[source]} {f + 1}.{j + 1}")
            dept = rng.choice(DEPARTMENTS)
            sdgs = sorted({rng.randint(1, 17), rng.randint(1, 17)})
            topic = rng.choice(TOPICS)
            inv_note = sentence(rng) if rng.random() < 0.3 else None
            items.append(f"- id: {iid}\n  title: {title}\n  kind: {kind}\n  source: {source}\n"
                         f"  department: {dept}\n  sdgs: [{', '.join(map(str, sdgs))}]\n"
                         f"  topics: [{topic}]\n  visibility: {visibility}\n"
                         + (f"  note: {inv_note}\n" if inv_note else ""))
            inventory.append(dict(id=iid, title=title, kind=kind, source=source, department=dept, sdgs=sdgs,
                                  topics=[topic], visibility=visibility, note=inv_note))
        write(f"inventory/deel-{f:02}.yaml", "".join(items))

    # ---- actions
    action_ids = []
    actions = {}
    for i in range(n):
        aid = f"actie-{i:06}"
        action_ids.append(aid)
        status = rng.choice(STATUSES)
        visibility = rng.choice(["public", "public", "internal"])
        # Public text may only link public items (public-link-to-internal).
        linkable = public_inv if visibility == "public" else inv_ids
        ind_name, unit = rng.choice(INDICATORS)
        base = rng.randint(100, 10000)
        target = int(base * rng.choice([0.5, 0.6, 0.8, 1.2, 1.5]))
        progress = []
        for k, m in enumerate([3, 6, 9, 12][: rng.randint(3, 4)], start=1):
            p = {"date": f"2024-{m:02}-28", "value": int(base + (target - base) * k / 4)}
            if rng.random() < 0.2:
                p["note"] = rng.choice(PROGRESS_NOTES)
            progress.append(p)
        link_inv = rng.choice(linkable)
        sdg = rng.randint(1, 17)
        lead = rng.choice(THINGS)
        blocks = [
            "## Wat we doen\n\n" + paragraph(rng, 2, 3) + f" Dit sluit aan bij [SDG {sdg}](@sdg/{sdg}).",
            f"- {sentence(rng)}\n- {sentence(rng)}\n- {sentence(rng)}\n"
            f"- zie [het actiepunt over {lead} in de lokale foto](@inventory/{link_inv})",
            f"| Jaar | {unit} |\n| --- | --- |\n| 2024 | {base} |\n| 2026 | {target} |",
            "## Opvolging\n\n" + paragraph(rng, 1, 3),
        ][: rng.randint(2, 4)]
        body = "\n\n".join(blocks)
        title = action_title(rng, i)
        a = {
            "id": aid, "title": title, "owners": sorted({rng.choice(members), rng.choice(members)}),
            "department": rng.choice(DEPARTMENTS), "status": status, "start": "2024-02-01",
            "due": f"2026-{rng.randint(1, 12):02}-28", "sdgs": [sdg], "topics": [rng.choice(TOPICS)],
            "visibility": visibility, "builds_on": [rng.choice(inv_ids)],
            "indicator": {"name": ind_name, "unit": unit, "baseline": base, "target": target},
            "progress": progress,
            "follow_up": [{"date": f"2025-{rng.randint(7, 12):02}-15", "with": "kopgroep"}],
            "internal_note": note(rng), "body": body,
        }
        actions[aid] = a
        prog = "".join(
            "  - { date: %s, value: %d%s }\n" % (p["date"], p["value"], f", note: {p['note']}" if "note" in p else "")
            for p in progress)
        write(f"actions/{aid}.md", f"""---
title: {title}
owners: [{", ".join(a["owners"])}]
department: {a["department"]}
status: {status}
start: {a["start"]}
due: {a["due"]}
sdgs: [{sdg}]
topics: [{a["topics"][0]}]
visibility: {visibility}
builds_on: [{a["builds_on"][0]}]
indicator:
  name: {ind_name}
  unit: {yq(unit)}
  baseline: {base}
  target: {target}
  source: energieboekhouding
progress:
{prog}follow_up:
  - {{ date: {a["follow_up"][0]["date"]}, with: kopgroep }}
internal_note: {a["internal_note"]}
---
{body}
""")

    # ---- claims: N/2 over 10 files, about 90 % backed
    per_claims = max(1, (n // 2) // 10)
    claims = []
    k = 0
    for f in range(10):
        items = []
        for j in range(per_claims):
            backed = rng.random() < 0.9
            act = rng.choice(action_ids) if backed else None
            ind = actions[act]["indicator"] if act else {"name": "Waterverbruik", "baseline": 100, "target": 80}
            text = claim_text(rng, ind)
            kind = rng.choice(["commitment", "result"])
            items.append(f"- id: claim-{k}\n  text: {yq(text)}\n  kind: {kind}\n"
                         f"  actions: [{act or ''}]\n  channels: [website]\n  visibility: public\n")
            claims.append({"id": f"claim-{k}", "text": text, "kind": kind, "actions": [act] if act else [],
                           "channels": ["website"]})
            k += 1
        write(f"claims/deel-{f:02}.yaml", "".join(items))

    # ---- evaluation: 5 questions, N/10 quotes
    questions = [{"id": f"q{i}", "text": f"Vraag {i}: wat heeft het traject veranderd aan {THINGS[i * 7]}?"}
                 for i in range(5)]
    quotes = []
    # Every quote its own text: at 100,000 the templates repeat, and an
    # internal quote said again in a public one is a leak the guard refuses.
    said = set()
    for i in range(max(1, n // 10)):
        text = quote_text(rng)
        while text in said:
            text = quote_text(rng)
        said.add(text)
        quotes.append({"question": f"q{i % 5}", "text": text, "by": rng.choice(members),
                       "visibility": rng.choice(["public", "internal"])})
    write("evaluation/evaluatie.yaml", "questions:\n" + "".join(
        f"  - id: {q['id']}\n    text: {yq(q['text'])}\n" for q in questions) + "quotes:\n" + "".join(
        f"  - question: {q['question']}\n    text: {q['text']}\n    by: {q['by']}\n    visibility: {q['visibility']}\n"
        for q in quotes))
    write("pages/index.md", "---\ntitle: Groothaven duurzaam\naudience: both\n---\n"
          "Welkom bij het MVO-traject van Groothaven.\n")

    write_hugo(hwrite, n, names, team_data, sessions, inventory, actions, claims, questions, quotes)


# ---------------------------------------------------------------- Hugo

def hugo_body(md):
    """kapstok's item links as Hugo URLs, relative to the action's page (actions/ID/) like kapstok's."""
    return re.sub(r"\]\(@(inventory|sdg|action)/([^)]+)\)",
                  lambda m: f"](../../{HUGO_SECTION[m.group(1)]}/{m.group(2)}/)", md)


HUGO_SECTION = {"inventory": "inventory", "sdg": "sdgs", "action": "actions"}


def write_hugo(hwrite, n, names, team_data, sessions, inventory, actions, claims, questions, quotes):
    hwrite("hugo.toml", """baseURL = "https://www.groothaven.be/duurzaamheid/"
languageCode = "nl"
defaultContentLanguage = "nl"
title = "Duurzaam Groothaven"
# kapstok writes no feeds and no robots.txt; it does write a sitemap.
disableKinds = ["RSS", "robotsTXT"]

[taxonomies]
sdg = "sdgs"
topic = "topics"
status = "status"

[markup.goldmark.renderer]
unsafe = false
""")
    hwrite("data/team.json", json.dumps(team_data, ensure_ascii=False, indent=1))
    hwrite("data/sessions.json", json.dumps(sessions, ensure_ascii=False, indent=1))
    hwrite("data/claims.json", json.dumps(claims, ensure_ascii=False, indent=1))
    hwrite("data/questions.json", json.dumps(questions, ensure_ascii=False, indent=1))
    hwrite("data/quotes.json", json.dumps(quotes, ensure_ascii=False, indent=1))
    hwrite("content/_index.md", "---\ntitle: Groothaven duurzaam\n---\nWelkom bij het MVO-traject van Groothaven.\n")
    hwrite("content/actions/_index.md", "---\ntitle: Acties\n---\n")
    hwrite("content/inventory/_index.md", "---\ntitle: Lokale foto\n---\n")
    hwrite("content/claims/_index.md", "---\ntitle: Wat we zeggen\n---\n")
    hwrite("content/evaluation/_index.md", "---\ntitle: Evaluatie\n---\n")

    for it in inventory:
        fm = {"title": it["title"], "kind": it["kind"], "source": it["source"], "department": it["department"],
              "sdgs": it["sdgs"], "topics": it["topics"], "visibility": it["visibility"]}
        hwrite(f"content/inventory/{it['id']}.md", "---\n" + yaml_map(fm) + "---\n" + (it["note"] or "") + "\n")
    for a in actions.values():
        fm = {k: a[k] for k in ["title", "department", "status", "start", "due", "sdgs", "topics", "visibility",
                                "builds_on", "indicator", "progress", "follow_up", "internal_note"]}
        fm["owners"] = [names[o] for o in a["owners"]]
        hwrite(f"content/actions/{a['id']}.md", "---\n" + yaml_map(fm) + "---\n" + hugo_body(a["body"]) + "\n")

    for rel, text in HUGO_LAYOUTS.items():
        hwrite(rel, text)


def yaml_map(d):
    """Front matter as YAML flow values (JSON is valid YAML)."""
    return "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in d.items())


HUGO_LAYOUTS = {
    "layouts/_default/baseof.html": """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav><a href="{{ "actions/" | relURL }}">Acties</a> <a href="{{ "inventory/" | relURL }}">Lokale foto</a>
<a href="{{ "claims/" | relURL }}">Wat we zeggen</a> <a href="{{ "evaluation/" | relURL }}">Evaluatie</a>
<a href="{{ "sdgs/" | relURL }}">SDG's</a> <a href="{{ "topics/" | relURL }}">Thema's</a> <a href="{{ "status/" | relURL }}">Status</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>Gemeente Groothaven</footer>
</body>
</html>
""",
    "layouts/_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<div class="prose">{{ .Content }}</div>{{ end }}
""",
    "layouts/_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<table><thead><tr><th>Titel</th><th>Status</th><th>Dienst</th><th>SDG's</th></tr></thead><tbody>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.status | default .Params.kind }}</td><td>{{ .Params.department }}</td><td>{{ delimit (.Params.sdgs | default slice) ", " }}</td></tr>
{{ end }}</tbody></table>{{ end }}
""",
    "layouts/_default/taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>{{ end }}
""",
    "layouts/_default/term.html": """{{ define "main" }}<h1>{{ .Data.Singular | title }}: {{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> – {{ .Params.status | default .Params.kind }}, {{ .Params.department }}</li>
{{ end }}</ul>{{ end }}
""",
    "layouts/index.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<p>{{ len (where site.RegularPages "Section" "actions") }} acties, {{ len (where site.RegularPages "Section" "inventory") }} punten in de lokale foto.</p>
<h2>Kopgroep</h2><ul>{{ range site.Data.team }}<li>{{ .name }} ({{ .department }}, {{ .kind }})</li>{{ end }}</ul>
<h2>Sessies</h2><ul>{{ range site.Data.sessions }}<li>{{ .date }} – {{ .title }}: {{ .summary }}</li>{{ end }}</ul>
{{ end }}
""",
    "layouts/actions/single.html": """{{ define "main" }}{{ $p := .Params }}
<p class="crumbs"><a href="{{ "actions/" | relURL }}">Acties</a></p>
<h1>{{ .Title }}</h1>
<dl class="facts">
<dt>Status</dt><dd><a href="{{ printf "status/%s/" $p.status | relURL }}">{{ $p.status }}</a>{{ if ne $p.visibility "public" }} <span class="badge">intern</span>{{ end }}</dd>
<dt>Trekkers</dt><dd>{{ delimit $p.owners ", " }}</dd>
<dt>Dienst</dt><dd>{{ $p.department }}</dd>
<dt>Start</dt><dd>{{ $p.start }}</dd>
<dt>Deadline</dt><dd>{{ $p.due }}</dd>
<dt>SDG's</dt><dd>{{ range $p.sdgs }}<a href="{{ printf "sdgs/%v/" . | relURL }}">SDG {{ . }}</a> {{ end }}</dd>
<dt>Thema's</dt><dd>{{ range $p.topics }}<a href="{{ printf "topics/%s/" . | relURL }}">{{ . }}</a> {{ end }}</dd>
</dl>
<div class="prose">{{ .Content }}</div>
{{ with $p.indicator }}<section class="indicator"><h2>Indicator: {{ .name }}</h2>
<p>Beginwaarde: {{ .baseline }} {{ .unit }}; doel: {{ .target }} {{ .unit }}{{ with $p.progress }}{{ with index . (sub (len .) 1) }}; laatste meting ({{ .date }}): {{ .value }}{{ end }}{{ end }}.</p></section>{{ end }}
{{ with $p.progress }}<h2>Voortgang</h2><table><thead><tr><th>Datum</th><th>Waarde</th><th>Opmerking</th></tr></thead><tbody>
{{ range . }}<tr><td>{{ .date }}</td><td class="num">{{ .value }}</td><td>{{ .note }}</td></tr>{{ end }}
</tbody></table>{{ end }}
{{ with $p.follow_up }}<h2>Terugkommomenten</h2><ul>{{ range . }}<li>{{ .date }} – {{ .with }}</li>{{ end }}</ul>{{ end }}
{{ with $p.internal_note }}<aside class="note"><h2>Interne nota</h2><p>{{ . }}</p></aside>{{ end }}
{{ with $p.builds_on }}<h2>Bouwt verder op</h2><ul>{{ range . }}{{ with site.GetPage (printf "/inventory/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
{{ end }}
""",
    "layouts/inventory/single.html": """{{ define "main" }}{{ $p := .Params }}
<p class="crumbs"><a href="{{ "inventory/" | relURL }}">Lokale foto</a></p>
<h1>{{ .Title }}</h1>
<dl class="facts">
<dt>Soort</dt><dd>{{ $p.kind }}</dd><dt>Bron</dt><dd>{{ $p.source }}</dd><dt>Dienst</dt><dd>{{ $p.department }}</dd>
<dt>SDG's</dt><dd>{{ range $p.sdgs }}<a href="{{ printf "sdgs/%v/" . | relURL }}">SDG {{ . }}</a> {{ end }}</dd>
<dt>Thema's</dt><dd>{{ range $p.topics }}<a href="{{ printf "topics/%s/" . | relURL }}">{{ . }}</a> {{ end }}</dd>
</dl>
<div class="prose">{{ .Content }}</div>{{ end }}
""",
    "layouts/claims/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range site.Data.claims }}<article id="{{ .id }}"><p>{{ .text }}</p><p>{{ .kind }} · {{ delimit .channels ", " }}</p>
<ul>{{ range .actions }}{{ with site.GetPage (printf "/actions/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> – {{ .Params.status }}</li>{{ end }}{{ else }}<li>geen actie</li>{{ end }}</ul></article>
{{ end }}{{ end }}
""",
    "layouts/evaluation/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range $q := site.Data.questions }}<h2>{{ $q.text }}</h2><ul>{{ range where site.Data.quotes "question" $q.id }}<li>{{ .text }}{{ if ne .visibility "public" }} (intern){{ end }}</li>{{ end }}</ul>
{{ end }}{{ end }}
""",
    "static/style.css": """body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}.num{text-align:right}
.facts dt{font-weight:bold}.note{background:#ffd}
""",
}


if __name__ == "__main__":
    main()
