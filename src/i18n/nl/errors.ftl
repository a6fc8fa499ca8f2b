## kapstok: content errors, their labels, notes and hints (nl).
## Ids start with `err-`; the argument names are the ones the code passes (`msg!`).


err-dangling-reference = { $what ->
        [member] geen teamlid
        [action] geen actie
        [inventory] geen item van de lokale foto
        [question] geen evaluatievraag
        [topic] geen thema
        [phase] geen fase
       *[channel] geen kanaal
    } `{ $id }`
err-dangling-reference-other = `{ $id }` is { $other ->
        [action] een actie
       *[inventory] een item van de lokale foto
    }, geen { $what ->
        [member] teamlid
        [action] actie
        [inventory] item van de lokale foto
        [question] evaluatievraag
        [topic] thema
        [phase] fase
       *[channel] kanaal
    }
err-dangling-reference-none-yet = er is nog { $what ->
        [member] geen teamlid
        [action] geen actie
        [inventory] geen item van de lokale foto
        [question] geen evaluatievraag
        [topic] geen thema
        [phase] geen fase
       *[channel] geen kanaal
    }
err-dangling-reference-known = bekend: { $known }
err-dangling-reference-count = controleer de spelling; er zijn er { $n }
err-did-you-mean = bedoelde je `{ $close }`?
err-did-you-mean-allowed = bedoelde je `{ $close }`? Mogelijke waarden: { $allowed }
err-allowed = mogelijke waarden: { $allowed }

## content/ lezen: bestanden die geweigerd worden of niet te lezen zijn.
err-missing-site = dit project heeft geen `content/site.yaml`
err-missing-site-help = voer `kapstok init MAP` uit voor een werkend voorbeeld, of geef met `--root` de map op waarin `content/` staat
err-io-folder = kan een map in content/ niet lezen: { $detail }
err-io-read = kan `{ $path }` niet lezen: { $detail }
err-symlink = `{ $path }` is een symbolische koppeling; koppelingen worden geweigerd
err-symlink-help = kopieer het bestand zelf naar content/: een koppeling kan naar een plek buiten het project wijzen
err-not-regular-file = `{ $path }` is geen gewoon bestand (maar een pipe, een socket of een apparaat)
err-not-regular-file-help = zet het bestand zelf in content/, of verwijder dit item
err-file-too-large = `{ $path }` is { $mib } MiB groot; bestanden van meer dan 32 MiB worden geweigerd
err-file-too-large-help = splits het bestand, of bewaar grote documenten buiten content/ en verwijs ernaar met een link
err-two-site-files = `{ $first }` en `{ $second }` bestaan allebei
err-two-site-files-help = hou er één van over
err-not-utf8 = `{ $path }` is geen UTF-8-tekst
err-not-utf8-label = deze byte is geen UTF-8
err-not-utf8-help = sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… → Codering: UTF-8)
err-unexpected-file = `{ $path }` is geen bestand dat kapstok leest
err-unexpected-file-markdown-help = acties en pagina's zijn Markdown-bestanden die eindigen op `.md`
err-unexpected-file-yaml-help = in deze map horen YAML-bestanden die eindigen op `.yaml` of `.yml`
err-unexpected-folder-help = `{ $dir }/` is geen inhoudsmap; de mappen zijn actions, pages, inventory, claims, evaluation en assets
err-unexpected-folder-close-help = `{ $dir }/` is geen inhoudsmap; de mappen zijn actions, pages, inventory, claims, evaluation en assets (bedoelde je `{ $close }/`?)
err-unexpected-file-top-help = bovenaan in content/ staan alleen site.yaml, team.yaml en sessions.yaml; bestanden voor de sites horen in content/assets/
err-front-matter = dit Markdown-bestand heeft geen front matter (het YAML-blok bovenaan)
err-front-matter-help = begin het bestand met een lijn `---`, dan de YAML-sleutels (minstens `title:`) en een afsluitende lijn `---`
err-empty-file = dit bestand is leeg
err-only-comments = dit bestand bevat geen YAML-waarde (alleen commentaar)
err-empty-file-help = verwijder het bestand, of vul het in (zie docs/content-format.md)

## YAML-syntaxis. $detail: een van de err-yaml-*-berichten, of voor een zeldzaam probleem de woorden van de YAML-parser (in het Engels).
err-yaml-syntax = YAML-syntaxfout: { $detail }
err-yaml-syntax-help = controleer het inspringen en de vorm `sleutel: waarde`; zet tekst die `: ` bevat of met een speciaal teken begint tussen aanhalingstekens
err-yaml-second-document = een tweede YAML-document (`---`) in één bestand
err-yaml-unknown-anchor = een alias naar een onbekend anker
err-yaml-too-many-values = dit bestand groeit uit tot te veel waarden (een alias-bom?)
err-yaml-key-twice = de sleutel `{ $key }` staat twee keer in hetzelfde blok
err-yaml-colon = een dubbele punt waar YAML er geen verwacht (staat er `: ` in een tekst, zet de tekst dan tussen aanhalingstekens)
err-yaml-after-quote = tekst na het sluitende aanhalingsteken (zet de hele waarde tussen aanhalingstekens, of verdubbel een ' binnen '...')
err-yaml-unclosed-quote = een aanhalingsteken dat niet gesloten wordt
err-yaml-tab = een tab (YAML springt in met spaties, niet met tabs)
err-yaml-unexpected-character = een waarde mag niet beginnen met `{ $character }` (zet de tekst tussen aanhalingstekens)
err-yaml-bracket = een haakje `[` of `{"{"}` dat niet (juist) gesloten wordt, of een komma die ontbreekt
err-yaml-indentation = het inspringen klopt niet: deze regel springt verder of minder ver in dan de regels van zijn blok

## De vorm van de YAML. $expected: een err-expected-*-bericht; $found: een err-found-*-bericht.
err-wrong-type = hier hoort { $expected }, maar er staat { $found }
err-invalid-value = { $found } kan hier niet: hier hoort { $expected }
err-expected-text = tekst
err-expected-list = een lijst
err-expected-items = een lijst van items
err-expected-mapping = een blok sleutels (sleutel: waarde)
err-expected-word = één woord
err-expected-yes-no = een ja/nee-waarde
err-expected-count = een geheel getal (0 of meer)
err-expected-whole-number = een geheel getal
err-expected-number = een getal
err-found-nothing = niets
err-found-yes-no = een ja/nee-waarde
err-found-number = een getal
err-found-text = tekst
err-found-list = een lijst
err-found-mapping = een blok sleutels (sleutel: waarde)
err-found-the-text = de tekst "{ $text }"
err-found-the-number = het getal { $number }
err-found-the-value = de waarde { $value }
err-write-yes-no-help = schrijf `true` of `false`
err-write-number-help = schrijf een getal zonder aanhalingstekens, bv. `12000`
err-write-list-help = schrijf een lijst als `[a, b]` of als lijnen die beginnen met `- `
err-write-expected-help = schrijf hier { $expected }
err-file-is-mapping-help = dit bestand is één blok sleutels, geen lijst: haal de `- ` vooraan weg
err-file-is-list-help = dit bestand is een lijst: begin elk item met `- `
err-unknown-key = onbekende sleutel `{ $key }`
err-known-keys = sleutels die hier kunnen: { $keys }
err-not-allowed-value = `{ $value }` is geen toegelaten waarde
err-required-key-missing = de verplichte sleutel `{ $key }` ontbreekt

## Verplichte sleutels. $what: het soort ding zonder de sleutel (zie en/errors.ftl).
err-key-missing = { $what ->
        [site] site.yaml
        [sites] `sites`
        [trajectory] het traject
        [intranet] de intranetsite
        [public] de publieke site
        [mandate] het mandaat
        [member] een teamlid
        [session] een sessie
        [inventory] een item van de lokale foto
        [action] deze actie
        [follow-up] een terugkommoment
        [indicator] de indicator
        [progress] een meting
        [question] een vraag
        [quote] een citaat
        [claim] een claim
        [allow] een `allow`-regel
        [page] deze pagina
       *[channel] een kanaal
    } heeft geen `{ $key }`; dat is verplicht
err-key-empty = `{ $key }` van { $what ->
        [site] site.yaml
        [sites] `sites`
        [trajectory] het traject
        [intranet] de intranetsite
        [public] de publieke site
        [mandate] het mandaat
        [member] een teamlid
        [session] een sessie
        [inventory] een item van de lokale foto
        [action] deze actie
        [follow-up] een terugkommoment
        [indicator] de indicator
        [progress] een meting
        [question] een vraag
        [quote] een citaat
        [claim] een claim
        [allow] een `allow`-regel
        [page] deze pagina
       *[channel] een kanaal
    } is leeg
err-key-missing-titled = { $what ->
        [phase] fase
       *[topic] thema
    } `{ $id }` heeft geen `{ $key }`; dat is verplicht
err-key-empty-titled = `{ $key }` van { $what ->
        [phase] fase
       *[topic] thema
    } `{ $id }` is leeg
err-add-key-help = voeg `{ $key }:` toe
err-fill-in-key-help = vul `{ $key }:` in
err-add-date-key-help = voeg `{ $key }: YYYY-MM-DD` toe
err-add-trajectory-help = voeg `trajectory:` toe, met `title:` en `start:`
err-add-sites-help = voeg `sites:` toe, met `intranet:` en `public:`, elk met `title:` en `base_url:`
err-add-site-help = voeg `{ $which }: {"{"} title: ..., base_url: ... {"}"}` toe

## Ids. $what: het soort item dat de id benoemt (zie en/errors.ftl); $reason: een err-id-*-bericht.
err-bad-id = `{ $value }` is geen geldige id voor { $what ->
        [member] een teamlid
        [inventory] een item van de lokale foto
        [action] een actie
        [question] een evaluatievraag
        [claim] een claim
        [channel] een kanaal
        [phase] een fase
        [topic] een thema
        [theme] een vormgeving (`theme`)
       *[slug] een pagina (`slug`)
    }: { $reason }
err-bad-id-try-help = een id bestaat uit a-z, 0-9 en -, en begint met een letter of een cijfer: probeer `{ $suggestion }`
err-bad-id-help = een id bestaat uit a-z, 0-9 en -, begint met een letter of een cijfer en telt hoogstens 64 tekens
err-bad-file-name = de bestandsnaam `{ $stem }` is geen geldige id voor { $what ->
        [action] een actie
       *[slug] een pagina (`slug`)
    }: { $reason }
err-bad-file-name-try-help = hernoem het bestand naar `{ $suggestion }.md`, of zet `{ $key }: { $suggestion }` in de front matter
err-bad-file-name-help = hernoem het bestand met a-z, 0-9 en -, of zet `{ $key }:` in de front matter
err-id-missing = { $what ->
        [member] dit teamlid
        [inventory] dit item van de lokale foto
        [question] deze evaluatievraag
        [claim] deze claim
        [phase] deze fase
        [topic] dit thema
       *[channel] dit kanaal
    } heeft geen `id`; dat is verplicht
err-id-missing-help = voeg `id:` toe met een korte naam van a-z, 0-9 en -
err-id-empty = een id kan niet leeg zijn
err-id-too-long = een id telt hoogstens 64 tekens
err-id-bad-start = een id begint met een kleine letter of een cijfer
err-id-bad-char = `{ $char }` mag niet in een id (alleen a-z, 0-9 en -)
err-id-reserved = Windows reserveert deze naam; op een gedeelde netwerkschijf loopt hij mis

## Twee items met dezelfde id. $what: zie en/errors.ftl.
err-duplicate-id = { $what ->
        [member] twee teamleden met id
        [inventory] twee items van de lokale foto met id
        [action] twee acties met id
        [question] twee evaluatievragen met id
        [claim] twee claims met id
        [page] twee pagina's met slug
        [phase] twee fasen met id
        [topic] twee thema's met id
       *[session] twee sessies met nummer
    } `{ $id }`: in { $first_file }:{ $first_line } en in { $file }:{ $line }
err-duplicate-id-first = de eerste staat in { $file }:{ $line }
err-duplicate-id-help = geef een van de twee een andere id

## Datums, getallen, SDG's.
err-date-shape = `{ $value }` is geen datum in de vorm YYYY-MM-DD
err-date-not-in-calendar = { $value } bestaat niet in de kalender
err-bad-date-help = schrijf datums als YYYY-MM-DD, bv. 2024-03-01
err-trajectory-ends-before-start = het traject eindigt ({ $end }) voor het begint ({ $start })
err-due-before-start = `due` ({ $due }) valt voor `start` ({ $start })
err-due-before-start-help = de einddatum van een actie ligt na haar startdatum: controleer beide datums
err-bad-sdg = SDG { $sdg } bestaat niet
err-bad-sdg-help = de SDG's zijn genummerd van 1 tot 17
err-number-not-finite = met `{ $written }` kan kapstok niet rekenen
err-number-not-finite-help = schrijf een gewoon getal zoals `12000` of `0.25`: iets wat geen getal is of oneindig groot is, valt niet te meten
err-suspicious-number = `{ $written }` wordt gelezen als { $read }, niet als { $meant }
err-suspicious-number-help = YAML leest een `.` als decimaalteken: bedoel je duizendtallen, schrijf dan `{ $meant }` zonder punt

## site.yaml
err-missing-theme = de map `themes/{ $theme }/` bestaat niet
err-missing-theme-help = maak de map aan, of verwijder `theme:` om de ingebouwde vormgeving te gebruiken
err-base-url = `{ $url }` is geen webadres
err-base-url-help = schrijf het volledige adres waar de site zal staan, bv. https://www.voorbeeld.be/duurzaamheid/
err-unknown-rule = er bestaat geen regel `{ $rule }`
err-unknown-rule-close-help = bedoelde je `{ $close }`? `kapstok check --explain REGEL` legt elke regel uit
err-unknown-rule-help = de ids van de regels staan in docs/checks.md
err-rule-fixed = `{ $rule }` kan niet aangepast worden: de privacyregels geven altijd een fout
err-rule-fixed-help = verwijder deze lijn; pas liever de tekst aan waarop de regel wijst
err-unknown-department = de dienst `{ $department }` staat niet in de lijst van diensten
err-unknown-department-close-help = bedoelde je `{ $close }`? De diensten staan in site.yaml onder `departments`
err-unknown-department-help = voeg de dienst toe aan `departments` in site.yaml, of kies er een uit die lijst

## Acties, indicatoren en voortgang. $line: een lijnnummer in hetzelfde bestand.
err-indicator-and-indicators = deze actie heeft zowel `indicator:` als `indicators:`
err-indicator-and-indicators-help = hou er één: `indicator:` (lijn { $line }) is de korte vorm voor één indicator; zet die in de lijst `indicators:`, met de `progress:` van de actie eronder
err-progress-beside-indicators = `progress:` bovenaan een actie hoort bij de korte vorm `indicator:`
err-progress-beside-indicators-help = met `indicators:` krijgt elke indicator zijn eigen lijst `progress:`
err-progress-twice = deze indicator heeft een lijst `progress:`, en zijn actie ook
err-progress-twice-help = hou één lijst: de `progress:` van de actie (lijn { $line }) hoort al bij `indicator:`
err-progress-without-indicator = deze actie heeft `progress:`, maar geen indicator waarbij die metingen horen
err-progress-without-indicator-help = voeg `indicator:` toe met een `name` en een `target` (wat de metingen meten)
err-total-not-positive = de `total` van een indicator is het geheel waarvan een telling deel uitmaakt; { $total } kan dat niet zijn
err-total-not-positive-help = schrijf hoe groot het geheel is, bv. `total: 30` voor een wagenpark van 30 voertuigen, of verwijder `total:`
err-bad-frequency = `{ $value }` is geen meetfrequentie
err-bad-frequency-help = schrijf `monthly`, `quarterly`, `yearly` of een aantal dagen, zoals `30`
err-progress-same-date = twee metingen op { $date }
err-progress-same-date-help = de andere staat op lijn { $line }; hou één meting per datum

## Claims en pagina's.
err-bad-allow-rule = `{ $rule }` kan niet per claim uitgezet worden: dat kan alleen voor `claim-*`-regels
err-bad-allow-close-help = bedoelde je `{ $close }`? Met `allow` zet je één `claim-*`-regel uit voor deze claim
err-bad-allow-help = met `allow` zet je één `claim-*`-regel uit voor deze claim; zie docs/checks.md
err-allow-no-reason = de uitzondering voor `{ $rule }` geeft geen reden
err-allow-no-reason-help = voeg `reason:` toe: wie het nakeek en waarom de claim eerlijk is
err-reserved-slug = de slug `{ $slug }` is voorbehouden: de sites gebruiken `{ $slug }/` zelf
err-reserved-slug-help = kies een andere slug, bv. `over-{ $slug }`

## Links.
err-bad-url-link = de link `{ $url }` wordt geweigerd: { $problem }
err-bad-url-field = `{ $key }` `{ $url }` wordt geweigerd: { $problem }
err-url-scheme = links met `{ $scheme }:` zijn niet toegelaten
err-url-invalid = dit is geen geldig webadres ({ $detail })
err-url-file-help = de site kan geen bestand op je computer of op een gedeelde schijf openen: zet het in content/assets/ en link ernaar met @asset/PAD
err-url-help = links gebruiken https://, http:// of mailto:, of wijzen naar een plek binnen de site (een relatief pad, /pad, #anker of @action/ID)
err-too-deep = deze tekst is meer dan { $depth } niveaus diep genest
err-too-deep-help = maak de geneste citaten of lijsten minder diep (elke `>` of elk lijstniveau binnen een ander telt als één niveau); de site kan dit niet tonen
err-bidi-control = een onzichtbaar richtingsteken ({ $code }) in de tekst: een browser toont de letters erna in een andere volgorde
err-bidi-control-label = hier staat een onzichtbaar richtingsteken
err-bidi-control-help = verwijder het onzichtbare richtingsteken (een webpagina of pdf waaruit de tekst gekopieerd is, kan er een meebrengen); een plan in het Nederlands of Frans heeft er geen nodig
err-link-kind = `{ $link }` is geen soort link die kapstok kent
err-link-kind-help = links naar items zijn { $kinds }
err-dangling-link = de link `{ $link }` wijst naar niets
err-dangling-link-help = controleer de id na `@{ $kind }/`
err-public-link-to-internal = publieke tekst linkt naar { $kind ->
        [action] de interne actie
        [inventory] het interne item van de lokale foto
       *[page] de interne pagina
    } `{ $target }`
err-public-link-to-internal-help = op de publieke site zou de link niet werken (of iets intern verklappen): link naar een publiek item, of verwijder de link
err-public-link-to-intranet-help = dit adres ligt op het intranet (`sites.intranet.base_url` in site.yaml): de publieke site zou het tonen, met de id van het item; link naar een publiek item (`@action/ID`), of verwijder de link

## Bestanden in content/assets/.
err-asset-name-not-utf8 = `{ $path }`: de bestandsnaam is geen geldige UTF-8
err-asset-name-control = { $path }: de bestandsnaam bevat een stuurteken (een regeleinde, een tab…)
err-asset-rename-help = hernoem het bestand met letters, cijfers, `-` en `_` (de namen van die bestanden worden webadressen)
err-asset-script = `{ $path }`: HTML- en JavaScript-bestanden worden geweigerd
err-asset-script-help = inhoud kan geen scripts of pagina's meebrengen; schrijf in de plaats een pagina in content/pages/
err-asset-type = `{ $path }`: `.{ $ext }`-bestanden worden niet gepubliceerd; wel { $types }
err-asset-no-extension = `{ $path }`: een bestand zonder extensie wordt niet gepubliceerd; wel { $types }
err-asset-types = afbeeldingen: { $pictures }; documenten: { $documents }; tekst en gegevens: { $text }; archieven: { $archives }
err-asset-type-help = zet het bestand om naar een van deze types (een PDF voor een document, een PNG voor een afbeelding), of haal het uit content/assets/
err-asset-unreadable-help = controleer de rechten op het bestand (kapstok moet elk bestand in content/assets/ kunnen lezen), of verwijder het
err-asset-not-regular = `{ $path }` is geen gewoon bestand
err-asset-not-regular-help = zet een kopie van het bestand zelf in content/assets/
err-asset-markup = `{ $path }` begint als een webpagina (`<html`, `<script`, `<!--`, `<?xml`...): een browser kan het als pagina openen
err-asset-markup-help = haal de opmaakcode aan het begin van het bestand weg, of publiceer de pagina als pagina in content/pages/
err-asset-svg = `{ $path }` { $problem }; een SVG wordt alleen gepubliceerd zonder scripts, events, geanimeerde links of verwijzingen naar buiten
err-asset-svg-help = exporteer de tekening als eenvoudige SVG (de meeste tekenprogramma's hebben een eenvoudige of geoptimaliseerde SVG-export), of als PNG
err-svg-at = { $problem } (lijn { $line }, kolom { $column })
err-svg-doctype = heeft een DOCTYPE, die entiteiten kan declareren (lijn { $line }, kolom { $column }; verwijder de `<!DOCTYPE ...>`)
err-svg-stylesheet = heeft een `xml-stylesheet`-instructie
err-svg-not-closed = is geen leesbare XML (een element is aan het einde niet gesloten, lijn { $line }, kolom { $column })
err-svg-xml = is geen leesbare XML (lijn { $line }, kolom { $column }: { $detail })
err-svg-element = heeft een element <{ $element }>
err-svg-html-element = heeft een HTML-element <{ $element }>
err-svg-attributes-unreadable = heeft een onleesbaar attribuut van <{ $element }>
err-svg-attribute-unreadable = heeft een onleesbaar attribuut `{ $attribute }`
err-svg-event = heeft een event-attribuut `{ $attribute }`
err-svg-script-link = heeft een scriptlink in `{ $attribute }`
err-svg-animates-link = heeft een <{ $element }> die een link verandert
err-svg-links-outside = linkt in `{ $attribute }` naar `{ $target }`, buiten het bestand
err-svg-refers-outside = verwijst in `{ $attribute }` naar `{ $target }`, buiten het bestand
err-svg-style-import = heeft een stijl die een ander bestand importeert (`@import`)
err-svg-style-outside = heeft een stijl die naar `{ $target }` verwijst, buiten het bestand

## De sites bouwen. $detail: de woorden van Tera of van het besturingssysteem (in het Engels).
err-template = sjabloon `{ $name }`: { $detail }
err-theme-read = kan de vormgeving niet lezen: { $detail }
err-render-read = kan `{ $path }` niet lezen: { $detail }
err-render-write = kan `{ $path }` niet schrijven: { $detail }
err-render-clash = twee bestanden zouden naar `{ $path }` geschreven worden
err-render-unplanned = `{ $path }` werd gemaakt maar was niet gepland
err-render-not-made = `{ $path }` was gepland maar werd niet gemaakt

## kapstok import: de cellen van een rekenblad.
err-import-in-sheet = werkblad `{ $sheet }`, { $rest }
err-import-cell = rij { $row }, kolom { $column }: { $problem }
err-import-cell-header = rij { $row }, kolom { $column } (`{ $header }`): { $problem }
err-import-no-header = geen kopregel met een kolom voor de titel
err-import-no-header-help = de eerste rij benoemt de kolommen: Titel, Soort, Bron, en eventueel Dienst, SDG's, Thema's, Zichtbaarheid, Opmerking; zie docs/import.md
err-import-second-column = een tweede kolom voor `{ $key }`
err-import-second-column-label = deze kolomkop
err-import-second-column-help = hou één kolom per sleutel, of geef een van beide een andere kop
err-import-unknown-column = rij { $row }, kolom { $column } (`{ $header }`) wordt niet geïmporteerd
err-import-unknown-column-close-help = bedoelde je `{ $close }`? Een kolom die kapstok niet kent, wordt overgeslagen
err-import-unknown-column-help = een kolom die kapstok niet kent, wordt overgeslagen; de gekende kolomkoppen staan in docs/import.md
err-import-no-column = de kopregel heeft geen kolom voor `{ $key }`
err-import-no-column-help = voeg een kolom toe met als kop `{ $first }` of `{ $second }`
err-import-too-many-cells = deze rij heeft { $cells } cellen, de kopregel { $header }
err-import-too-many-cells-help = in een CSV-bestand staat een waarde met het scheidingsteken erin tussen aanhalingstekens ("7, 11, 13"); of bewaar het werkblad als .xlsx
err-import-no-title = geen titel
err-import-no-title-help = elk item heeft een titel nodig
err-import-no-kind = geen soort
err-import-no-kind-help = schrijf `Doel` of `Actie`
err-import-bad-kind = `{ $value }` is geen soort
err-import-no-source = geen bron
err-import-bad-source = `{ $value }` is geen bron
err-import-bad-visibility = `{ $value }` is geen zichtbaarheid
err-import-bad-visibility-help = schrijf `publiek` of `intern`
err-import-bad-sdg = `{ $value }` is geen SDG
err-import-bad-sdg-help = de SDG's zijn genummerd van 1 tot 17; schrijf ze als `7, 11, 13`
err-import-topic-close-help = bedoelde je `{ $close }`? De thema's staan in site.yaml onder `topics`
err-import-topics-help = gekende thema's: { $topics }
err-import-id-taken = de id `{ $id }` is al in gebruik
err-import-id-taken-help = geef dit item een andere id, of laat de id leeg
err-import-bad-id = `{ $value }` is geen geldige id: { $reason }
err-import-try-id-help = probeer `{ $suggestion }`

## Wat de privacybewaker in een bestand niet kan lezen (asset-unread).
err-unread-svg-pictures = de afbeeldingen in de tekening (hun pixels en metadata)
err-unread-picture-text-metadata = tekst die in de afbeelding zelf te zien is, en metadata die niet als gewone tekens bewaard is
err-unread-picture-text = tekst die in de afbeelding zelf te zien is
err-unread-old-office = van een oud binair Office-bestand worden alleen de gewoon bewaarde tekens gelezen; bewaar het als .docx/.xlsx/.pptx of als PDF
err-unread-packed = een { $format }-bestand, gecomprimeerd op een manier die de privacybewaker niet kan uitpakken
err-unread-font = het lettertype kan niet uitgepakt worden (de tabellen zijn beschadigd of op een onbekende manier gecomprimeerd): de privacybewaker kan de namen erin niet lezen; vervang het door een werkend .woff2-, .woff-, .ttf- of .otf-bestand, of laat het weg
err-unread-unknown-type = van een bestand van dit type worden alleen de gewoon bewaarde tekens gelezen
err-unread-nested = archieven die meer dan { $depth } niveaus diep in elkaar zitten, worden niet uitgepakt
err-unread-archive = het archief kan niet geopend worden: { $detail }
err-unread-too-many-files = het archief bevat meer dan { $n } bestanden
err-unread-archive-file = bestand { $n } van het archief kan niet uitgepakt worden: { $detail }
err-unread-too-large = meer dan { $mib } MiB uitgepakt: verder pakt de privacybewaker niet uit
err-unread-unpack = kan niet uitgepakt worden: { $detail }
err-unread-not-jpeg = geen JPEG-afbeelding, zoals de naam zegt: alleen de gewone tekens worden gelezen
err-unread-exif = de EXIF-metadata kunnen niet gelezen worden: { $detail }
err-unread-pdf-detail = de PDF kan niet gelezen worden ({ $detail }): alleen de gewone tekens worden gelezen
err-unread-pdf = de PDF kan niet gelezen worden: alleen de gewone tekens worden gelezen
err-unread-pdf-encrypted = de PDF is versleuteld (met een wachtwoord beveiligd): de tekst en de metadata kunnen niet gelezen worden
err-unread-pdf-attachments = { $n ->
        [one] { $n } bijlage bij de PDF wordt niet gelezen
       *[other] { $n } bijlagen bij de PDF worden niet gelezen
    }
err-unread-pdf-scan = de pagina's van de PDF bevatten geen tekst die de bewaker kan lezen (een scan?): tekst in de afbeeldingen wordt niet gelezen
err-unread-pdf-pictures = tekst in de afbeeldingen van de PDF wordt niet gelezen
