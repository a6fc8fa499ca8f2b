## kapstok: what the commands say: summaries, outcomes, init, new, import,
## schema, serve (terminal, overlay, banner), the coach table (fr). Ids start with `cli-`.

## check : la dernière ligne
cli-check-content-errors = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } : corrigez d’abord les erreurs de contenu (les allégations ne sont contrôlées que sur un contenu valide)
cli-check-blocked = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } : le site public ne serait PAS publié
cli-check-ok = ok : 0 erreur, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
cli-no-rule = il n’existe pas de règle `{ $rule }`
cli-no-rule-did-you-mean = il n’existe pas de règle `{ $rule }` (vouliez-vous dire `{ $close }` ?)

## check avec plusieurs --root (mode coach) : le tableau
cli-coach-root = projet
cli-coach-errors = erreurs
cli-coach-warnings = avertissements
cli-coach-claims = allégations
cli-coach-overdue = en retard
cli-coach-status = état
cli-coach-status-ok = ok
cli-coach-status-blocked = bloqué
cli-coach-status-content-errors = erreurs de contenu
cli-coach-summary = { $projects ->
        [one] { $projects } projet
       *[other] { $projects } projets
    }, { $blocked } non publiables ; allégations = constats sur les allégations, en retard = actions en cours dont le dernier moment de suivi est passé.
    Détails : kapstok check --root DOSSIER

## build : la dernière ligne
cli-build-content-errors = échec : { $n ->
        [one] { $n } erreur
       *[other] { $n } erreurs
    } de contenu ; rien n’a été écrit
cli-build-unreadable = échec : erreurs de contenu ; rien n’a été écrit
cli-build-template-error = échec : erreur de gabarit ; rien n’a été écrit
cli-build-io-error = échec : erreur de lecture ou d’écriture ; le dossier de sortie est resté tel quel
cli-build-blocked = bloqué : { $findings ->
        [one] { $findings } constat
       *[other] { $findings } constats
    } de niveau erreur, { $hits ->
        [one] { $hits } détection
       *[other] { $hits } détections
    } du garde de confidentialité : intranet mis à jour, site public PAS mis à jour
cli-build-ok = ok : intranet ({ $intranet } fichiers) et site public ({ $public } fichiers) écrits dans { $out } ; { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }

## build : un site public refusé et les fichiers encore en ligne
cli-build-still-online = { $n ->
        [one] 1 fichier du site public dans { $dir } est encore en ligne, bien que la construction refusée ne le publie plus :
       *[other] { $n } fichiers du site public dans { $dir } sont encore en ligne, bien que la construction refusée ne les publie plus :
    }
cli-build-still-online-action-internal = { $file } (action `{ $id }`, désormais interne)
cli-build-still-online-action-removed = { $file } (action `{ $id }`, plus dans content/)
cli-build-still-online-page-internal = { $file } (page `{ $slug }`, désormais sur l’intranet seulement)
cli-build-still-online-asset = { $file } (une pièce jointe vers laquelle plus aucune page publique ne renvoie)
cli-build-still-online-other = { $file }
cli-build-still-online-more = … et { $n } de plus (comparez { ".kapstok-manifest" } avec le contenu)
cli-build-still-online-help = Ils restent en ligne jusqu’à ce que les erreurs ci-dessus soient corrigées et le site reconstruit : une construction refusée ne change rien au site public. Pour retirer une page tout de suite, corrigez d’abord les erreurs, ou retirez le fichier du serveur web à la main.

## Avant tout
cli-lang-unknown = --lang `{ $tag }` : kapstok parle nl, fr et en
cli-root-not-a-folder = --root `{ $root }` n’est pas un dossier
cli-no-content = `{ $root }` ne contient pas de dossier content/ (utilisez --root, ou d’abord `kapstok init DOSSIER`)
cli-cannot-write = impossible d’écrire `{ $file }` : { $detail }
cli-today-bad = --today : { $detail }
cli-epoch-not-a-number = SOURCE_DATE_EPOCH `{ $epoch }` n’est pas un nombre de secondes
cli-epoch-out-of-range = SOURCE_DATE_EPOCH `{ $epoch }` n’est pas une date utilisable par kapstok
cli-output-root-unresolved = impossible de trouver le dossier du projet : { $detail }
cli-output-unresolved = impossible de trouver --output : { $detail }
cli-output-is-fs-root = kapstok n’écrit pas dans `{ $out }` : c’est la racine du système de fichiers
cli-output-holds-root = kapstok n’écrit pas dans `{ $out }` : ce dossier est ou contient le dossier du projet `{ $root }`
cli-output-in-sources = kapstok n’écrit pas dans `{ $out }` : ce dossier est, contient ou se trouve dans `{ $folder }/`

cli-output-control-character = kapstok n’écrit pas { $file } : un nom de fichier avec un caractère de contrôle (un saut de ligne…)
cli-output-foreign-file = kapstok écraserait `{ $file }`, un fichier qu’il n’a pas écrit : déplacez-le ou renommez-le

## init
cli-init-not-empty = `{ $dir }` existe et n’est pas un dossier vide ; kapstok init n’écrit jamais dans un travail existant
cli-init-made = Nouveau projet kapstok créé dans { $dir } :
cli-init-schemas = { $folder }/ ({ $n } schémas JSON pour les éditeurs) et .vscode/settings.json
cli-init-next = Ensuite : cd { $dir } && kapstok check && kapstok build (ou kapstok serve pendant l’édition)

## new
cli-new-bad-id = `{ $id }` n’est pas un identifiant valide : { $detail }
cli-new-bad-id-try = `{ $id }` n’est pas un identifiant valide : { $detail } ; essayez `{ $suggestion }`
cli-new-exists = `{ $file }` existe déjà ; kapstok new n’écrase jamais rien
cli-new-claim-exists = une allégation `{ $id }` existe déjà
cli-new-wrote = { $file } écrit

## schema
cli-schema-wrote = { $n } schémas JSON écrits dans { $dir } :
cli-schema-vscode-written = VS Code (avec l’extension YAML) : .vscode/settings.json les associe aux fichiers de contenu.
cli-schema-vscode-kept = VS Code : .vscode/settings.json existe déjà et n’a pas été modifié ; ajoutez-y ceci :
cli-schema-modeline = Tout éditeur avec yaml-language-server : commencez un fichier YAML par une ligne comme

## import
cli-import-not-a-file = `{ $file }` n’est pas un fichier
cli-import-bad-name = impossible de tirer un nom de fichier de `{ $stem }` : renommez le tableur avec a-z, 0-9 et -
cli-import-exists = `{ $file }` existe déjà ; kapstok import n’écrase jamais un fichier : renommez le tableur, ou déplacez l’ancien fichier
cli-import-cannot-read = impossible de lire `{ $file }` : { $detail }
cli-import-not-a-spreadsheet = `{ $file }` n’est pas un tableur que kapstok sait lire : utilisez un fichier .csv ou .xlsx (ou .xlsm, .xls, .ods)
cli-import-bad-workbook = impossible de lire `{ $file }` comme tableur : { $detail }
cli-import-bad-sheet = impossible de lire la feuille `{ $sheet }` de `{ $file }` : { $detail }
cli-import-bad-csv = impossible de lire `{ $file }` comme CSV : { $detail }
cli-import-no-sheet = `{ $file }` n’a pas de feuille
cli-import-failed = échec : { $n ->
        [one] { $n } erreur
       *[other] { $n } erreurs
    } dans `{ $file }` ; rien n’a été écrit
cli-import-no-items = échec : `{ $file }` a une ligne d’en-tête mais aucun élément ; rien n’a été écrit
cli-import-no-read-back = erreur interne : le YAML tiré de `{ $file }` ne se relit pas ({ $detail }) ; rien n’a été écrit
cli-import-ok = ok : { $file } écrit avec { $items ->
        [one] { $items } élément
       *[other] { $items } éléments
    } ({ $public } publics, { $internal } internes) ; { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }. Ensuite : kapstok check

## serve : le terminal
cli-serve-bad-bind = --bind `{ $bind }` : { $detail }
cli-serve-port-in-use = le port { $port } est occupé sur { $bind } ; choisissez-en un autre avec --port
cli-serve-cannot-listen = impossible d’écouter sur { $bind } port { $port } : { $detail }
cli-serve-not-loopback = avertissement : kapstok sert sur { $ip }, pas seulement sur cet ordinateur : l’intranet et ses données internes deviennent accessibles depuis le réseau
cli-serve-no-watch = avertissement : impossible de suivre les modifications ({ $detail }) ; redémarrez pour recharger
cli-serve-serving = kapstok sert { $url } (intranet : { $url }intranet/, public : { $url }public/) ; suit content/ et themes/ ; Ctrl-C arrête
cli-serve-built = version { $generation } construite en { $ms } ms
cli-serve-rebuilt = version { $generation } reconstruite en { $ms } ms ({ $since } ms après la première modification)
cli-serve-more-warnings = … et { $n ->
        [one] { $n } nouvel avertissement
       *[other] { $n } nouveaux avertissements
    } de plus : `kapstok check` ou /intranet/checks/ les liste tous
cli-serve-content-errors = échec : { $n ->
        [one] { $n } erreur
       *[other] { $n } erreurs
    } de contenu ; vous voyez encore les dernières bonnes pages
cli-serve-unreadable = échec : erreurs de contenu ; vous voyez encore les dernières bonnes pages
cli-serve-failed-template = échec : erreur de gabarit ; vous voyez encore les dernières bonnes pages
cli-serve-ok = ok : intranet ({ $intranet } fichiers) et site public ({ $public } fichiers) ; { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
cli-serve-blocked = bloqué : { $n ->
        [one] { $n } constat empêcherait
       *[other] { $n } constats empêcheraient
    } la publication ; /public/ affiche un bandeau
cli-serve-guard-blocked = bloqué : { $n ->
        [one] { $n } détection
       *[other] { $n } détections
    } du garde de confidentialité sur le site public ; /public/ affiche un bandeau
cli-serve-panicked = erreur interne : la construction a planté (voir le terminal) ; merci de nous le signaler

## serve : le navigateur
cli-serve-overlay-title = kapstok : le contenu comporte des erreurs ; vous voyez les dernières bonnes pages
cli-serve-banner-title = cette version ne serait pas publiée
cli-serve-close = fermer
cli-serve-no-pages-title = kapstok : pas encore de pages
cli-serve-no-pages = La première construction a échoué ; corrigez les erreurs et enregistrez.
cli-serve-template-error = Erreur de gabarit
cli-serve-not-found = Page introuvable
cli-serve-back = Retour à l’accueil
cli-serve-intranet-note = interne : pour l’équipe
cli-serve-public-site = Site public

## Le terminal : les mots devant une remarque et un conseil (`= help: …`), avec l’espace insécable du deux-points
cli-note = { "remarque " }
cli-help = { "conseil " }
