## kapstok: findings of the rules and the privacy guard, with their hints (nl).
## Ids start with `find-`.


## Voortgangsstatus (issue 22): $term is de woordgroep in de uitspraak, $value en $expected
## cijfers met hun eenheid, $date de datum van de meting.
find-claim-on-track-unsupported = “{ $term }” zegt dat het plan op koers ligt, maar de indicator `{ $indicator }` van actie `{ $action }` loopt achter: { $value } op { $date }, waar de lijn van beginwaarde naar doel { $expected } vraagt
find-claim-on-track-unsupported-label = de cijfers zeggen iets anders
find-claim-on-track-unsupported-help = zeg waar het plan achterloopt en waarom, of voeg de meting toe die toont dat het weer op schema zit
find-indicator-behind-unexplained = de indicator `{ $indicator }` loopt achter: { $value } op { $date }, waar de lijn van beginwaarde naar doel { $expected } vraagt; de publieke site toont hem zonder uitleg
find-indicator-behind-unexplained-label = loopt achter, zonder uitleg
find-indicator-behind-unexplained-help = voeg `explanation:` toe aan de indicator: waarom het cijfer achterloopt en wat eraan gedaan wordt (pas toe of leg uit)

## The parts findings are made of

## A term or a text from the content, quoted.
find-quote = ‘{ $text }’
## Two or more items in a row: $first, then the rest (itself such a list).
find-list-comma = { $first }, { $rest }
find-list-semicolon = { $first }; { $rest }
## How often an indicator is measured; $frequency is monthly, quarterly or yearly.
find-frequency = { $frequency ->
        [monthly] maandelijks
        [quarterly] per kwartaal
       *[yearly] jaarlijks
    }
find-frequency-days = { $n ->
        [one] dagelijks
       *[other] om de { $n } dagen
    }

## The privacy guard in the texts of the public site (public-personal-name, public-internal-text)

find-public-personal-name = de naam van een teamlid, ‘{ $name }’, staat in tekst die de publieke site zou tonen
find-public-personal-name-label = een persoonsnaam
find-public-personal-name-help = namen blijven intern: noem de dienst of een functie
find-public-confidential-text = vertrouwelijke tekst in een publiek veld: ‘{ $text }’
find-public-confidential-text-label = vertrouwelijke tekst
find-public-confidential-text-help = interne notities, verslagen van sessies, interne citaten en uitspraken en de redenen bij een `allow` worden nooit publiek, ook niet als je ze overneemt: schrijf een nieuwe tekst voor het publiek (citeert een interne notitie deze publieke tekst? verwijs er dan in de notitie naar zonder de woorden over te nemen)
find-public-internal-text = interne tekst in een publiek veld: ‘{ $text }’
find-public-internal-text-label = interne tekst
find-public-internal-text-help = herschrijf de tekst voor het publiek, of maak ook de tekst waaruit hij komt publiek

## The privacy guard in the files of the public site. $text is what the page
## would show, $needle the internal content it matches, $file the file,
## $place where in it ("page 2", "file name"), $why why it cannot be read.

find-guard-shows = de publieke site zou `{ $text }` tonen
find-guard-shows-help = dit komt overeen met interne inhoud: { $needle }
find-guard-shows-in = de publieke site zou `{ $text }` tonen ({ $place } van `{ $file }`)
find-guard-shows-in-help = dit komt overeen met interne inhoud: { $needle }; haal het uit het bestand, of laat het bestand weg uit content/assets/
find-guard-shows-theme-help = dit komt overeen met interne inhoud: { $needle }; haal het uit het bestand, of laat het bestand weg uit de map static/ van het thema
find-guard-unread = de privacycontrole kan `{ $file }` niet lezen: { $why }
find-guard-unread-in = de privacycontrole kan { $place } van `{ $file }` niet lezen: { $why }
find-guard-unread-blocks-help = publiceren is geblokkeerd tot de privacycontrole het bestand kan lezen: pak het archief uit of maak het kleiner, of laat het weg uit content/assets/
find-guard-unread-blocks-theme-help = publiceren is geblokkeerd tot de privacycontrole het bestand kan lezen: pak het uit, of laat het weg uit de map static/ van het thema
find-guard-unread-help = kijk zelf na of er geen namen van teamleden of interne notities in staan

## Claims

find-claim-allow-unused = de uitzondering voor `{ $rule }` is verouderd: die regel slaat niet aan op deze uitspraak
find-claim-allow-unused-label = niet meer nodig
find-claim-allow-unused-help = verwijder deze `allow` (of kijk na of de uitspraak nog zegt wat beoordeeld werd)
find-claim-without-action = deze uitspraak is aan geen actie en geen item uit de lokale foto gekoppeld: niets onderbouwt ze
find-claim-without-action-label = geen onderbouwing
find-claim-without-action-help = koppel de actie die deze uitspraak onderbouwt (`actions: [...]`) of wat we al doen (`inventory: [...]`), of trek de uitspraak in
find-claim-dropped-action = deze uitspraak steunt op actie `{ $action }`, en die is stopgezet
find-claim-dropped-action-label = steunt op een stopgezette actie
find-claim-dropped-action-help = koppel de actie die haar vervangen heeft, of trek de uitspraak in met een datum (`withdrawn: YYYY-MM-DD`)
## $why: planned (the action is only planned) or no-progress (in progress, nothing measured yet)
find-claim-result-not-done = deze uitspraak meldt een resultaat, maar actie `{ $action }` { $why ->
        [planned] is nog maar gepland
       *[no-progress] loopt nog zonder enige gemeten voortgang
    }
find-claim-result-not-done-label = nog niet bereikt
find-claim-result-not-done-help = formuleer het als belofte (`kind: commitment`), of wacht op de eerste meting
find-claim-result-on-goal = dit resultaat steunt alleen op voornemens (items uit de lokale foto van het soort `goal`)
find-claim-result-on-goal-label = een voornemen is geen resultaat
find-claim-result-on-goal-help = koppel de actie (of de actie uit de lokale foto) die het resultaat opleverde
## $missing: find-claim-future-without-plan-no-action, or what each action lacks (-lacks, a list)
find-claim-future-without-plan = achter deze belofte zit geen meetbaar plan met een termijn: { $missing }
find-claim-future-without-plan-no-action = ze is aan geen actie gekoppeld die niet stopgezet is (items uit de lokale foto zijn geen plan)
## $lacks: due, indicator, baseline, due-indicator or due-baseline
find-claim-future-without-plan-lacks = `{ $action }` mist { $lacks ->
        [due] een einddatum (`due`)
        [indicator] een indicator met beginwaarde en streefwaarde
        [baseline] een beginwaarde (`baseline`) bij de indicator
        [due-indicator] een einddatum (`due`) en een indicator met beginwaarde en streefwaarde
       *[due-baseline] een einddatum (`due`) en een beginwaarde (`baseline`) bij de indicator
    }
find-claim-future-without-plan-label = geen plan achter de belofte
find-claim-future-without-plan-help = zeg wat, hoeveel en tegen wanneer: geef de actie een einddatum (`due`) en een `indicator` met `baseline` en `target`
## $actions: the action ids (a list), $n how many
find-claim-overdue = deze belofte is over tijd: { $n ->
        [one] de einddatum van { $actions } is voorbij en die actie is niet afgerond
       *[other] de einddatums van { $actions } zijn voorbij en die acties zijn niet afgerond
    }
find-claim-overdue-label = de termijn is verstreken
find-claim-overdue-help = meld het resultaat, spreek met het akkoord van het college een nieuwe einddatum af, of trek de uitspraak in
## $actions: the action ids (a list), $n how many, $published the claim's publication date
find-claim-promise-passed = deze belofte was op tijd toen ze op { $published } verscheen, maar { $n ->
        [one] de einddatum van { $actions } is intussen voorbij en die actie is niet afgerond
       *[other] de einddatums van { $actions } zijn intussen voorbij en die acties zijn niet afgerond
    }
find-claim-promise-passed-help = vul de pagina aan met wat bereikt is en de nieuwe einddatum, of trek de uitspraak in
## $year: the promise's year; $quote the plan's explanation or note that names a later year
find-claim-sooner-than-plan-explained = deze belofte noemt { $year }, maar het plan zelf verwacht het later: ‘{ $quote }’
## $year: the promise's year; $due the earliest due date of its actions
find-claim-sooner-than-plan-due = deze belofte belooft het geheel tegen { $year }, maar het plan heeft pas { $due } als einddatum
find-claim-sooner-than-plan-label = vroeger dan het plan
find-claim-sooner-than-plan-help = noem de datum die het plan noemt (en waarom het later wordt), of pas eerst het plan aan
find-claim-evidence-not-public = deze uitspraak wordt publiek gedaan, maar niets van haar onderbouwing is publiek: geen lezer kan ze nagaan
find-claim-evidence-not-public-label = onderbouwing niet zichtbaar
find-claim-evidence-not-public-help = maak de actie of het item uit de lokale foto dat haar onderbouwt `visibility: public`, of doe de uitspraak niet langer publiek
## $channels: the channel ids (a list), $n how many
find-claim-channel-visibility = deze interne uitspraak wordt gedaan op { $n ->
        [one] een extern kanaal
       *[other] externe kanalen
    } ({ $channels })
find-claim-channel-visibility-label = publiek gedaan
find-claim-channel-visibility-help = maak de uitspraak `visibility: public` zodat de publieke pagina haar onderbouwing toont, of haal het externe kanaal weg
## $terms: the terms found, quoted (a list); $n how many
find-claim-neutrality-result = neutraliteitsclaim { $terms }: een neutraal resultaat valt niet aan te tonen, want de uitstoot is nooit nul
find-claim-neutrality-compensation = neutraliteitsclaim { $terms }: ze steunt op compensatie ({ $compensation })
find-claim-neutrality-help = meld in de plaats de gemeten daling (hoeveel, sinds wanneer); compensatie is geen daling
find-claim-generic-term = { $n ->
        [one] vage milieuterm
       *[other] vage milieutermen
    } { $terms } zonder onderbouwd cijfer dat { $n ->
        [one] hem
       *[other] ze
    } invult
find-claim-generic-term-help = zeg wat, hoeveel en tegen wanneer: met een cijfer dat de gekoppelde indicator onderbouwt
find-claim-generic-as-fact = { $terms } { $n ->
        [one] zegt
       *[other] zeggen
    } wat iets is, zonder te zeggen waarom: een algemene milieuclaim die EU-richtlijn 2024/825 verbiedt zonder erkende uitstekende milieuprestatie
find-claim-generic-as-fact-help = zeg wat er concreet is gedaan, met een cijfer (‘het zwembad verbruikt 22 % minder energie dan in 2019’), en laat het vage woord weg
find-claim-comparison-unsupported = { $n ->
        [one] vergelijking of overtreffende trap
       *[other] vergelijkingen of overtreffende trappen
    } { $terms }: vergeleken met wat, en hoe?
find-claim-comparison-unsupported-help = noem de maatstaf en de methode in de tekst, of voeg een `allow` toe met de maatstaf als reden
find-claim-label-unverified = { $n ->
        [one] label of certificaat
       *[other] labels of certificaten
    } { $terms }: wie kent { $n ->
        [one] het
       *[other] ze
    } toe en wie controleert?
find-claim-label-unverified-help = voeg na controle een `allow` toe met als reden de regeling of de instantie die het toekent
find-claim-unqualified-term = { $terms } { $n ->
        [one] klopt
       *[other] kloppen
    } alleen onder voorwaarden: hoe, waar, hoeveel?
find-claim-unqualified-term-help = zeg onder welke voorwaarden het klopt (industrieel composteerbaar, recycleerbaar waar er een inzameling is, het aandeel gerecycleerd materiaal, wat er gemeten is), of laat het woord weg
find-claim-number-untraceable-help = koppel een actie waarvan de indicator dit cijfer meet (in dezelfde eenheid), of laat het cijfer weg
## $figure: the figure as the claim writes it
find-claim-change-without-baseline = ‘{ $figure }’ is een verandering, maar sinds wanneer, of vergeleken met wat? Zo kan de lezer het niet wegen
find-claim-change-without-baseline-label = sinds wanneer?
find-claim-change-without-baseline-help = noem het jaar waarmee je vergelijkt en het jaar van de meting (‘18 % minder dan in 2019, gemeten in 2024’)
## $year: the year the promise names; $due: the latest due date of its actions
find-claim-horizon-beyond-plan = de belofte loopt tot { $year }, maar het plan stopt op { $due } (de laatste einddatum van zijn acties)
find-claim-horizon-beyond-plan-label = later dan { $year }
find-claim-horizon-beyond-plan-help = is het plan volledig? Koppel de acties die het tot het einde dragen, of breng de horizon in lijn met het plan
## $target: the indicator's target with its unit ("80 MWh"); $due: the action's due date
find-claim-condition-omitted = het plan belooft dit alleen onder voorwaarde (actie `{ $action }`): ‘{ $quote }’
find-claim-condition-omitted-label = nog niet beslist
find-claim-condition-omitted-help = zeg de voorwaarde erbij (‘als de gemeenteraad akkoord gaat’, ‘voorgesteld’), of wacht met de belofte tot de beslissing er is
find-claim-vague-promise = deze belofte noemt geen cijfer en geen datum, terwijl het plan dat wel doet: { $target } tegen { $due }
find-claim-vague-promise-unplanned = deze belofte noemt geen cijfer, geen datum en geen actie: het is een wens, geen toezegging die iemand kan nagaan
find-claim-vague-promise-unplanned-help = koppel de actie die het waarmaakt en zeg hoeveel tegen wanneer, of zet de zin alleen naast concrete beloftes
find-claim-vague-promise-label = hoeveel, tegen wanneer?
find-claim-vague-promise-help = zeg wat het plan zegt: het cijfer en de datum (en koppel de actie van de indicator)
find-claim-kind-outdated = alle acties van deze belofte zijn afgerond: het is nu een resultaat
find-claim-kind-outdated-label = afgerond
find-claim-kind-outdated-help = herschrijf het als resultaat (`kind: result`) met de gemeten waarde
## $measurements: the stale measurements (a list of -measurement or -measurement-due)
find-claim-progress-stale-days = dit resultaat steunt op metingen die ouder zijn dan { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }: { $measurements }
find-claim-progress-stale-frequency = dit resultaat steunt op verouderde metingen: { $measurements }
## $what: the action id (and the indicator's name where the action has several), in backticks
find-claim-progress-stale-measurement = { $what } ({ $date })
find-claim-progress-stale-measurement-due = { $what } ({ $date }, { $frequency } gemeten: de volgende meting werd verwacht op { $next })
## $figure: the figure as written, $published the claim's publication date, $now why a later measurement contradicts it
find-claim-figure-since-changed = ‘{ $figure }’ klopte toen de uitspraak verscheen ({ $published }), maar een latere meting spreekt het tegen: { $now }
find-claim-figure-since-changed-help = dateer het cijfer (‘in juni 2025 …’) of vervang het door de nieuwste meting
find-claim-progress-stale-label = oude meting
find-claim-progress-stale-help = voeg een recente `progress` toe aan de actie, of dateer de uitspraak (‘in 2024 …’)

## Figures in claims (claim-number-unsupported, claim-number-untraceable).
## $figure is the figure as the claim writes it; the values are written as
## numbers ("20", "0.6", "−20.8"); $found is what the evidence shows (one of
## the find-claim-figure-… below, or a bare value).

find-claim-figure-percent = { $value } %
find-claim-figure-points = { $value } procentpunt
find-claim-figure-change = een verandering van { $value }
find-claim-figure-share = { $value } % van het totaal ({ $total })
find-claim-figure-complement = { $value } niet meegeteld
find-claim-figure-ratio = een verhouding van { $value } ({ $percent } %)
find-claim-figure-total = een totaal van { $value }
find-claim-figure-baseline = een beginwaarde van { $value }
find-claim-figure-whole-percent = { $value } %, niet het geheel ({ $whole } %)
find-claim-figure-whole = { $value }, niet het geheel ({ $whole })
find-claim-figure-neutral = { $found } (neutraliteit is een verhouding van 0)
## $basis: plan (a promise, held against the plan) or measured (held against the measurements)
find-claim-figure-claims-more = ‘{ $figure }’ beweert meer dan de onderbouwing toont: { $basis ->
        [plan] het plan haalt
       *[measured] de metingen tonen
    } { $found }
find-claim-figure-claims-more-help = de indicator ‘{ $indicator }’ onderbouwt { $found }, niet ‘{ $figure }’: verlaag het cijfer, of koppel onderbouwing die het wel staaft
find-claim-figure-rounded-up = ‘{ $figure }’ is naar boven afgerond: { $basis ->
        [plan] het plan haalt
       *[measured] de metingen tonen
    } { $found }
find-claim-estimate-as-measured = ‘{ $figure }’ is een schatting of een berekening volgens de actie, maar de tekst brengt het als gemeten
find-claim-estimate-as-measured-help = zeg waarop het cijfer steunt (‘naar schatting’, ‘volgens een bevraging bij 212 gebruikers’, ‘berekend met de rekentool van het VEKA’)
find-claim-legal-requirement = de onderbouwing zegt dat de wet dit oplegt (`{ $source }`): ‘{ $quote }’
find-claim-legal-requirement-label = wettelijke plicht gebracht als eigen keuze
find-claim-legal-requirement-help = zeg dat de wet het vraagt (‘zoals de wet vraagt’, ‘wettelijk verplicht sinds 2015’), of vertel wat de gemeente méér doet dan de wet
find-claim-others-work = de onderbouwing zegt dat een andere partij dit doet (`{ $source }`): ‘{ $quote }’
find-claim-others-work-denied = de onderbouwing zegt dat de gemeente dit niet zelf doet (`{ $source }`): ‘{ $quote }’
find-claim-others-work-label = werk van een ander gebracht als eigen daad
find-claim-others-work-help = zeg wie het werk doet en wat de gemeente bijdraagt (‘samen met De Watergroep’, ‘de provincie bouwde het bekken, de gemeente betaalde 30 %’)
find-claim-cause-not-shown = de onderbouwing zegt dat het resultaat ook een andere oorzaak heeft of dat het effect niet is aangetoond (`{ $source }`): ‘{ $quote }’
find-claim-cause-not-shown-label = een oorzaak die de onderbouwing niet aantoont
find-claim-cause-not-shown-help = zeg wat er nog meespeelde (‘mede door de sluiting van het zwembad’), of noem het resultaat zonder oorzaak
find-claim-number-rounded-up-help = noem het cijfer dat de onderbouwing toont, of rond naar beneden af: een lezer neemt een cijfer letterlijk
find-claim-part-as-whole-count = de uitspraak noemt geen aantal en leest als het geheel, maar de onderbouwing toont een deel: { $indicator }: { $value } van { $total } ({ $share } %)
find-claim-part-as-whole-share = de uitspraak noemt geen aantal en leest als het geheel, maar de onderbouwing toont een deel: { $indicator }: { $share } %
find-claim-part-as-whole-label = alles, of een deel?
find-claim-part-as-whole-help = zeg hoe ver het gaat (‘7 van onze 30 dienstwagens’, ‘21 % van de stroom’, ‘een deel van’), of koppel de indicator die het geheel toont
find-claim-figure-whole-unshown = ‘{ $figure }’ zegt dat het geheel nu bereikt is, maar niets in de onderbouwing toont dat
find-claim-figure-whole-unshown-help = geef een indicator die het geheel toont (een aandeel in %, een niveau dat tot 0 daalt, of een aantal met zijn totaal) met een meting, of zeg hoe ver het gaat in plaats van ‘{ $figure }’
find-claim-figure-change-unmeasured = ‘{ $figure }’ stelt een verandering als resultaat voor, maar geen enkele gekoppelde indicator meet die verandering
find-claim-figure-change-unmeasured-help = geef de indicator met zijn beginwaarde en een meting die ‘{ $figure }’ toont, of zeg wat er gedaan is zonder een resultaat te beloven
find-claim-figure-stage = ‘{ $figure }’ telt { $stage }, niet wat de tekst zegt: dat telt { $outcome }, met { $value } op { $date }
find-claim-figure-stage-help = zeg wat het getal telt (‘{ $stage }’), of geef het resultaat dat ‘{ $outcome }’ meet
find-claim-figure-once = ‘{ $figure }’ wordt als een jaarlijks resultaat gebracht, maar de onderbouwing heeft er één meting van, van afgerond werk: zeg wanneer het was
find-claim-figure-other-people = ‘{ $figure }’ telt andere mensen dan de onderbouwing: haar eigen tekst telt { $counted } { $people }
find-claim-figure-other-people-help = noem het aantal { $people } dat de actie zelf geeft ({ $counted }), of zeg wat het getal wel telt
find-claim-figure-claims-whole = ‘{ $figure }’ claimt het geheel: { $basis ->
        [plan] het plan haalt
       *[measured] de metingen tonen
    } { $found }
find-claim-figure-claims-whole-help = de indicator ‘{ $indicator }’ toont { $found }: zeg hoe ver het gaat (het cijfer dat wel onderbouwd is), of laat ‘{ $figure }’ weg
## $measured: find-claim-figure-measured…, or find-claim-figure-not-measured
find-claim-figure-target-not-achieved = ‘{ $figure }’ is nog niet bereikt: dat is de streefwaarde; { $measured }
find-claim-figure-measured-percent = op { $date } werd { $value } % gemeten
find-claim-figure-measured-share = op { $date } werd { $percent } % van het totaal gemeten ({ $value } van { $total })
find-claim-figure-measured = op { $date } werd { $value } gemeten
find-claim-figure-not-measured = er is nog niets gemeten
find-claim-figure-target-help = meld wat gemeten is, of formuleer het als belofte (het is de streefwaarde van de indicator ‘{ $indicator }’)
find-claim-figure-trend-broken = ‘{ $figure }’ zegt dat het elk jaar dezelfde kant op gaat, maar ‘{ $indicator }’ ging de andere kant op: { $from } in { $from_year }, { $to } in { $to_year }
find-claim-figure-trend-broken-help = meld wat de metingen jaar na jaar tonen, of zeg het van de hele periode
## $why: hidden, no-indicator, not-measured, share, unit, neutral, baseline, whole or kind
find-claim-figure-untraceable = ‘{ $figure }’ valt niet na te gaan: { $why ->
        [hidden] de acties met een indicator zijn intern, dus geen lezer kan het controleren
        [no-indicator] geen enkele gekoppelde actie heeft een indicator
        [not-measured] er is nog geen meting
        [share] het is een aandeel, en geen enkele gekoppelde indicator wordt in % gemeten
        [unit] geen enkele gekoppelde indicator telt wat erna komt (eenheid of naam)
        [neutral] geen enkele gekoppelde indicator daalt naar nul
        [baseline] geen enkele gekoppelde indicator heeft een beginwaarde
        [whole] een absolute term claimt het geheel, en geen enkele gekoppelde indicator toont waar dat geheel ligt (een aandeel in %, een niveau dat tot 0 daalt, of een aantal met zijn totaal)
       *[kind] geen enkele gekoppelde indicator geeft een waarde van die soort (in de richting van de tekst)
    }
## Where an evidence text comes from; $kind: action or inventory
find-claim-figure-evidence = { $kind ->
        [action] actie `{ $id }`
       *[inventory] item `{ $id }` uit de lokale foto
    }
## $evidence: find-claim-figure-evidence; $quote: the sentence of the evidence
find-claim-figure-unknown = ‘{ $figure }’ is volgens de onderbouwing niet gekend ({ $evidence }): ‘{ $quote }’
find-claim-figure-unknown-help = een cijfer dat niemand gemeten of berekend heeft, is verzonnen: laat ‘{ $figure }’ weg tot het gemeten is
find-claim-figure-contradicted = ‘{ $figure }’ claimt het geheel, maar de onderbouwing zegt iets anders ({ $evidence }): ‘{ $quote }’
## $why: fossil, waste, plastic, pesticide, label, source or exception
find-claim-figure-contradicted-help = { $why ->
        [fossil] de onderbouwing noemt een fossiele brandstof die nog gebruikt wordt: zeg wat buiten het geheel valt
        [waste] volgens de onderbouwing wordt een deel nog verbrand of gestort: zeg wat buiten het geheel valt
        [plastic] de onderbouwing noemt plastic dat nog gebruikt wordt: zeg wat buiten het geheel valt
        [pesticide] de onderbouwing noemt een pesticide dat nog gebruikt wordt: zeg wat buiten het geheel valt
        [label] volgens de onderbouwing heeft een deel geen label of certificaat: zeg wat buiten het geheel valt
        [source] de onderbouwing noemt een andere bron dan de uitspraak: noem de bron uit de onderbouwing
       *[exception] de onderbouwing noemt een uitzondering of een deel dat niet bereikt is: zeg wat buiten het geheel valt
    }, of laat ‘{ $figure }’ weg

## Actions

find-action-without-owner = deze actie heeft geen trekker (`owners` is leeg)
find-action-without-owner-label = geen trekker
find-action-without-owner-help = noem minstens één teamlid in `owners: [...]`
## $missing: due, indicator or both
find-action-vague = deze actie is vaag: ze heeft { $missing ->
        [due] geen einddatum (`due`)
        [indicator] geen indicator (`indicator`) met een streefwaarde (`target`)
       *[both] geen einddatum (`due`) en geen indicator (`indicator`) met een streefwaarde (`target`)
    }
find-action-vague-label = wat, hoeveel, tegen wanneer?
find-action-vague-help = zeg tegen wanneer (`due: YYYY-MM-DD`) en hoeveel (`indicator: {"{"} name, unit, baseline, target {"}"}`)
find-action-without-follow-up = deze actie heeft geen terugkommoment in het vooruitzicht (geen `follow_up` met een datum vandaag of later)
find-action-without-follow-up-label = geen terugkommoment gepland
find-action-without-follow-up-help = plan het volgende terugkommoment: `follow_up: [{"{"} date: YYYY-MM-DD, with: kopgroep {"}"}]`
find-action-overdue = deze actie moest klaar zijn op { $due } en is nog niet afgerond
find-action-overdue-label = over tijd
find-action-overdue-help = zet ze op `done` (met `completed`), geef ze een nieuwe einddatum (`due`), of zet ze op `dropped`
## $found: what is stale, one or more of -days and -due (a list)
find-action-stale = { $found }
## What is stale. $from: latest (the latest progress), start (the start,
## with no progress since); latest-of and start-of name the $indicator.
find-action-stale-what = { $from ->
        [latest] de laatste voortgang
        [latest-of] de laatste voortgang van `{ $indicator }`
        [start-of] de start (zonder voortgang van `{ $indicator }` sindsdien)
       *[start] de start (zonder voortgang sindsdien)
    }
## $what: -what; $frequency: how often it is measured; $next: when the next figure was due; $grace: days
find-action-stale-due = { $what } dateert van { $date }; de indicator wordt { $frequency } gemeten, dus de volgende meting werd verwacht op { $next } en is nu meer dan { $grace ->
        [one] 1 dag
       *[other] { $grace } dagen
    } te laat
find-action-stale-days = { $what } dateert van { $date }, meer dan { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    } geleden
find-action-stale-label = geen recente voortgang
find-action-stale-help = voeg een `progress` toe met de laatste meting, of pas de status aan
find-indicator-without-source = de indicator `{ $indicator }` van deze publieke actie zegt niet waar zijn cijfers vandaan komen
find-indicator-without-source-label = geen bron
find-indicator-without-source-help = voeg `source:` toe met wie het meet en waaruit, bijvoorbeeld `source: energieboekhouding`

## The core team, sessions, topics

find-team-no-mandate = de kopgroep heeft geen mandaat
find-team-no-mandate-help = voeg `mandate: {"{"} body: College van burgemeester en schepenen, date: YYYY-MM-DD {"}"}` toe aan team.yaml
find-team-no-lead = geen enkel lid van de kopgroep is trekker
find-team-no-lead-help = duid de trekker van de kopgroep aan met `lead: true`
## $why: small or large
find-team-size = de kopgroep telt { $n ->
        [one] 1 lid
       *[other] { $n } leden
    }: { $why ->
        [small] te weinig om het traject te dragen
       *[large] te veel om als team te werken
    }
find-team-size-help = de handleidingen raden een kopgroep van 2 tot 8 mensen aan
## $missing: elected or staff
find-team-no-elected = in de kopgroep zit { $missing ->
        [elected] geen mandataris
       *[staff] geen ambtenaar
    }
find-team-no-elected-help = de handleidingen vragen een mix van ambtenaren en mandatarissen
find-team-single-department = alle leden van de kopgroep komen uit dezelfde dienst: { $department }
find-team-single-department-help = haal mensen uit andere diensten erbij: MVO gaat over de hele organisatie
## $why: one-word, commas or word ($word: the word it cannot place)
find-team-name-unclear = de privacybewaker kan de naam `{ $name }` niet splitsen in voornaam en familienaam: { $why ->
        [one-word] het is één woord, dus zoekt hij de naam alleen zoals ze er staat
        [commas] er staat meer dan één komma in
       *[word] hij kan `{ $word }` nergens plaatsen
    }
find-team-name-unclear-label = naam onduidelijk voor de privacybewaker
find-team-name-unclear-help = schrijf eerst de voornaam (of voornamen), dan de familienaam, zonder titels of opmerkingen: `name: Sofie Vandermeulen`; zet andere vormen die mensen gebruiken (een roepnaam, een meisjesnaam) onder `also_known_as: [Fie, Sofie Peeters]`
find-session-not-closed = sessie { $number } ({ $date }) ligt in het verleden maar staat nog op `planned`
find-session-not-closed-label = nog gepland
find-session-not-closed-help = zet `status: done` en voeg een `summary` toe, of verplaats de datum
find-topic-blind-spot = het thema `{ $topic }` ({ $title }) heeft geen item in de lokale foto en geen actie
find-topic-blind-spot-label = blinde vlek
find-topic-blind-spot-help = zoek wat de organisatie rond dit thema al doet (lokale foto), of plan een actie

## Pages and Markdown

## $what: page (a public page) or action (a public action); $terms: the terms found, quoted
find-page-claim-term = deze { $what ->
        [page] publieke pagina
       *[action] publieke actie
    } doet een uitspraak buiten het register van uitspraken: { $terms }
find-page-claim-term-help = neem de uitspraak op in content/claims/ (met haar onderbouwing) zodat ze gecontroleerd wordt, of formuleer het anders
find-raw-html-removed = ruwe HTML die bij het opschonen verdwijnt: `{ $html }`
find-raw-html-removed-label = verdwijnt op de site
find-raw-html-removed-help = schrijf het in Markdown: scripts, event handlers, iframes en style-attributen komen nooit op de site
find-body-front-matter-key = een regel van de tekst begint met het front-matterveld `{ $key }`: `{ $line }`
find-body-front-matter-key-label = wordt als tekst gepubliceerd
find-body-front-matter-key-help = dit lijkt een front-matterveld: zet het boven de afsluitende `---` (in de tekst toont de pagina het woord voor woord)
find-markdown-image-alt = afbeelding `{ $image }` heeft geen alt-tekst
find-markdown-image-alt-label = geen alt-tekst
find-markdown-image-alt-help = beschrijf de afbeelding voor wie een schermlezer gebruikt: `![wat ze toont](pad)`
find-markdown-heading-level-one = de tekst gebruikt een kop van niveau 1 (`#`): alleen de paginatitel is niveau 1
find-markdown-heading-level-one-label = niveau 1
find-markdown-heading-level-one-help = begin de koppen in de tekst bij `##`
## $marks: the heading marks to use (`###`)
find-markdown-heading-skip = kopniveau { $level } volgt op niveau { $previous }: er wordt een niveau overgeslagen
find-markdown-heading-skip-label = niveau { $level }
find-markdown-heading-skip-help = gebruik hier `{ $marks }` (wie een schermlezer gebruikt, navigeert op kopniveau)
find-markdown-link-text = de linktekst ‘{ $text }’ zegt niet waar de link naartoe gaat
find-markdown-link-text-label = nietszeggende linktekst
find-markdown-link-text-help = laat de linktekst zeggen wat de lezer krijgt: [het actieplan](...) in plaats van [hier](...)

find-asset-intranet-only = `{ $file }` komt niet op de publieke site: geen publieke pagina linkt ernaar (alleen het intranet heeft het)
find-asset-intranet-only-help = om het te publiceren, link het vanuit een publieke actie of pagina: `[…](@asset/{ $asset })`; een bestand alleen voor de kopgroep vraagt niets
