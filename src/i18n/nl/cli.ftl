## kapstok: what the commands say: summaries, outcomes, init, new, import,
## schema, serve (terminal, overlay, banner), the coach table (nl). Ids start with `cli-`.

## check: de laatste regel
cli-check-content-errors = { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }: los eerst de fouten in de inhoud op (de uitspraken worden pas gecontroleerd als de inhoud klopt)
cli-check-blocked = { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }: de publieke site zou NIET gepubliceerd worden
cli-check-ok = ok: 0 fouten, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }
cli-no-rule = er is geen regel `{ $rule }`
cli-no-rule-did-you-mean = er is geen regel `{ $rule }` (bedoelde je `{ $close }`?)

## check met meerdere --root (coachmodus): de tabel
cli-coach-root = project
cli-coach-errors = fouten
cli-coach-warnings = waarschuwingen
cli-coach-claims = uitspraken
cli-coach-overdue = te laat
cli-coach-status = status
cli-coach-status-ok = ok
cli-coach-status-blocked = geblokkeerd
cli-coach-status-content-errors = fouten in de inhoud
cli-coach-summary = { $projects ->
        [one] 1 project
       *[other] { $projects } projecten
    }, { $blocked } niet publiceerbaar; uitspraken = bevindingen over uitspraken, te laat = lopende acties waarvan het laatste terugkommoment voorbij is.
    Details: kapstok check --root MAP

## build: de laatste regel
cli-build-content-errors = mislukt: { $n ->
        [one] 1 fout
       *[other] { $n } fouten
    } in de inhoud; er is niets geschreven
cli-build-unreadable = mislukt: fouten in de inhoud; er is niets geschreven
cli-build-template-error = mislukt: fout in een sjabloon; er is niets geschreven
cli-build-io-error = mislukt: lees- of schrijffout; de uitvoermap is ongewijzigd gebleven
cli-build-blocked = geblokkeerd: { $findings ->
        [one] 1 bevinding
       *[other] { $findings } bevindingen
    } van het niveau fout, { $hits ->
        [one] 1 treffer
       *[other] { $hits } treffers
    } van de privacybewaker: intranet bijgewerkt, publieke site NIET bijgewerkt
cli-build-ok = ok: intranet ({ $intranet } bestanden) en publieke site ({ $public } bestanden) geschreven naar { $out }; { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }

## build: een geweigerde publieke site en de bestanden die nog online staan
cli-build-still-online = { $n ->
        [one] 1 bestand van de publieke site in { $dir } staat nog online, hoewel de geweigerde build het niet meer publiceert:
       *[other] { $n } bestanden van de publieke site in { $dir } staan nog online, hoewel de geweigerde build ze niet meer publiceert:
    }
cli-build-still-online-action-internal = { $file } (actie `{ $id }`, nu intern)
cli-build-still-online-action-removed = { $file } (actie `{ $id }`, niet meer in content/)
cli-build-still-online-page-internal = { $file } (pagina `{ $slug }`, nu alleen op het intranet)
cli-build-still-online-asset = { $file } (een bijlage waar geen publieke pagina nog naar linkt)
cli-build-still-online-other = { $file }
cli-build-still-online-more = … en nog { $n } (vergelijk { ".kapstok-manifest" } met de inhoud)
cli-build-still-online-help = Ze blijven online tot de fouten hierboven opgelost zijn en de site opnieuw gebouwd is: een geweigerde build verandert niets aan de publieke site. Moet een pagina meteen offline, los dan eerst de fouten op, of haal het bestand met de hand van de webserver.

## Voor er iets loopt
cli-lang-unknown = --lang `{ $tag }`: kapstok spreekt nl, fr en en
cli-root-not-a-folder = --root `{ $root }` is geen map
cli-no-content = `{ $root }` bevat geen map content/ (gebruik --root, of eerst `kapstok init MAP`)
cli-cannot-write = kan `{ $file }` niet schrijven: { $detail }
cli-today-bad = --today: { $detail }
cli-epoch-not-a-number = SOURCE_DATE_EPOCH `{ $epoch }` is geen aantal seconden
cli-epoch-out-of-range = SOURCE_DATE_EPOCH `{ $epoch }` is geen datum waarmee kapstok kan werken
cli-output-root-unresolved = kan de projectmap niet vinden: { $detail }
cli-output-unresolved = kan --output niet vinden: { $detail }
cli-output-is-fs-root = kapstok schrijft niet naar `{ $out }`: dat is de hoofdmap van het bestandssysteem
cli-output-holds-root = kapstok schrijft niet naar `{ $out }`: die map is of bevat de projectmap `{ $root }`
cli-output-in-sources = kapstok schrijft niet naar `{ $out }`: die map is, bevat of ligt in `{ $folder }/`

cli-output-control-character = kapstok schrijft { $file } niet: een bestandsnaam met een stuurteken (een regeleinde…)
cli-output-foreign-file = kapstok zou `{ $file }` overschrijven, een bestand dat het zelf niet schreef: verplaats het of geef het een andere naam

## init
cli-init-not-empty = `{ $dir }` bestaat en is geen lege map; kapstok init schrijft nooit in bestaand werk
cli-init-made = Nieuw kapstok-project gemaakt in { $dir }:
cli-init-schemas = { $folder }/ ({ $n } JSON-schema's voor editors) en .vscode/settings.json
cli-init-next = Verder: cd { $dir } && kapstok check && kapstok build (of kapstok serve terwijl je bewerkt)

## new
cli-new-bad-id = `{ $id }` is geen geldige id: { $detail }
cli-new-bad-id-try = `{ $id }` is geen geldige id: { $detail }; probeer `{ $suggestion }`
cli-new-exists = `{ $file }` bestaat al; kapstok new overschrijft nooit
cli-new-claim-exists = er bestaat al een uitspraak `{ $id }`
cli-new-wrote = { $file } geschreven

## schema
cli-schema-wrote = { $n } JSON-schema's geschreven naar { $dir }:
cli-schema-vscode-written = VS Code (met de YAML-extensie): .vscode/settings.json koppelt ze aan de inhoudsbestanden.
cli-schema-vscode-kept = VS Code: .vscode/settings.json bestaat al en is ongemoeid gelaten; voeg dit eraan toe:
cli-schema-modeline = Elke editor met yaml-language-server: begin een YAML-bestand met een regel als

## import
cli-import-not-a-file = `{ $file }` is geen bestand
cli-import-bad-name = kan van `{ $stem }` geen bestandsnaam maken: geef het rekenblad een naam met a-z, 0-9 en -
cli-import-exists = `{ $file }` bestaat al; kapstok import overschrijft nooit een bestand: hernoem het rekenblad, of zet het oude bestand opzij
cli-import-cannot-read = kan `{ $file }` niet lezen: { $detail }
cli-import-not-a-spreadsheet = `{ $file }` is geen rekenblad dat kapstok leest: gebruik een .csv- of .xlsx-bestand (ook .xlsm, .xls, .ods)
cli-import-bad-workbook = kan `{ $file }` niet als rekenblad lezen: { $detail }
cli-import-bad-sheet = kan werkblad `{ $sheet }` van `{ $file }` niet lezen: { $detail }
cli-import-bad-csv = kan `{ $file }` niet als CSV lezen: { $detail }
cli-import-no-sheet = `{ $file }` heeft geen werkblad
cli-import-failed = mislukt: { $n ->
        [one] 1 fout
       *[other] { $n } fouten
    } in `{ $file }`; er is niets geschreven
cli-import-no-items = mislukt: `{ $file }` heeft een kopregel maar geen items; er is niets geschreven
cli-import-no-read-back = interne fout: de YAML gemaakt van `{ $file }` leest niet terug ({ $detail }); er is niets geschreven
cli-import-ok = ok: { $file } geschreven met { $items ->
        [one] 1 item
       *[other] { $items } items
    } ({ $public } publiek, { $internal } intern); { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }. Verder: kapstok check

## serve: de terminal
cli-serve-bad-bind = --bind `{ $bind }`: { $detail }
cli-serve-port-in-use = poort { $port } is bezet op { $bind }; kies een andere met --port
cli-serve-cannot-listen = kan niet luisteren op { $bind } poort { $port }: { $detail }
cli-serve-not-loopback = waarschuwing: kapstok serveert op { $ip }, niet alleen op deze computer: het intranet en zijn interne gegevens zijn bereikbaar vanaf het netwerk
cli-serve-no-watch = waarschuwing: kan wijzigingen niet volgen ({ $detail }); herstart om te herladen
cli-serve-serving = kapstok serveert { $url } (intranet: { $url }intranet/, publiek: { $url }public/); volgt content/ en themes/; Ctrl-C stopt
cli-serve-built = versie { $generation } gebouwd in { $ms } ms
cli-serve-rebuilt = versie { $generation } opnieuw gebouwd in { $ms } ms ({ $since } ms na de eerste wijziging)
cli-serve-more-warnings = … en nog { $n ->
        [one] 1 nieuwe waarschuwing
       *[other] { $n } nieuwe waarschuwingen
    }: `kapstok check` of /intranet/checks/ toont ze allemaal
cli-serve-content-errors = mislukt: { $n ->
        [one] 1 fout
       *[other] { $n } fouten
    } in de inhoud; je ziet nog de laatste goede pagina's
cli-serve-unreadable = mislukt: fouten in de inhoud; je ziet nog de laatste goede pagina's
cli-serve-failed-template = mislukt: fout in een sjabloon; je ziet nog de laatste goede pagina's
cli-serve-ok = ok: intranet ({ $intranet } bestanden) en publieke site ({ $public } bestanden); { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }
cli-serve-blocked = geblokkeerd: { $n ->
        [one] 1 bevinding zou
       *[other] { $n } bevindingen zouden
    } de publicatie tegenhouden; /public/ toont een banner
cli-serve-guard-blocked = geblokkeerd: { $n ->
        [one] 1 treffer
       *[other] { $n } treffers
    } van de privacybewaker op de publieke site; /public/ toont een banner
cli-serve-panicked = interne fout: het bouwen liep vast (zie de terminal); meld het ons

## serve: de browser
cli-serve-overlay-title = kapstok: de inhoud bevat fouten; je ziet de laatste goede pagina's
cli-serve-banner-title = deze versie zou niet gepubliceerd worden
cli-serve-close = sluiten
cli-serve-no-pages-title = kapstok: nog geen pagina's
cli-serve-no-pages = De eerste bouw is mislukt; verbeter de fouten en bewaar.
cli-serve-template-error = Fout in een sjabloon
cli-serve-not-found = Niet gevonden
cli-serve-back = Terug naar het begin
cli-serve-intranet-note = intern: voor het team
cli-serve-public-site = Publieke site

## The terminal: the words before a note and a hint (`= help: …`)
cli-note = opmerking
cli-help = tip
