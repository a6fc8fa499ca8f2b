## kapstok: content errors, their labels, notes and hints (fr).
## Ids start with `err-`; the argument names are the ones the code passes (`msg!`).


err-dangling-reference = { $what ->
        [member] aucun membre de l’équipe
        [action] aucune action
        [inventory] aucun élément de la photo locale
        [question] aucune question d’évaluation
        [topic] aucun thème
        [phase] aucune phase
       *[channel] aucun canal
    } `{ $id }`
err-dangling-reference-other = `{ $id }` est { $other ->
        [action] une action
       *[inventory] un élément de la photo locale
    }, pas { $what ->
        [member] un membre de l’équipe
        [action] une action
        [inventory] un élément de la photo locale
        [question] une question d’évaluation
        [topic] un thème
        [phase] une phase
       *[channel] un canal
    }
err-dangling-reference-none-yet = il n’y a encore { $what ->
        [member] aucun membre de l’équipe
        [action] aucune action
        [inventory] aucun élément de la photo locale
        [question] aucune question d’évaluation
        [topic] aucun thème
        [phase] aucune phase
       *[channel] aucun canal
    }
err-dangling-reference-known = connus : { $known }
err-dangling-reference-count = vérifiez l’orthographe ; il y en a { $n }
err-did-you-mean = vouliez-vous dire `{ $close }` ?
err-did-you-mean-allowed = vouliez-vous dire `{ $close }` ? Valeurs possibles : { $allowed }
err-allowed = valeurs possibles : { $allowed }

## Lecture de content/ : fichiers refusés ou illisibles.
err-missing-site = ce projet n’a pas de `content/site.yaml`
err-missing-site-help = lancez `kapstok init DOSSIER` pour un exemple qui fonctionne, ou indiquez avec `--root` le dossier qui contient `content/`
err-io-folder = impossible de lire un dossier de content/ : { $detail }
err-io-read = impossible de lire `{ $path }` : { $detail }
err-symlink = `{ $path }` est un lien symbolique ; les liens sont refusés
err-symlink-help = copiez plutôt le fichier lui-même dans content/ : un lien pourrait pointer hors du projet
err-not-regular-file = `{ $path }` n’est pas un fichier ordinaire (c’est un tube, un socket ou un périphérique)
err-not-regular-file-help = placez le fichier lui-même dans content/, ou supprimez cette entrée
err-file-too-large = `{ $path }` fait { $mib } Mio ; les fichiers de plus de 32 Mio sont refusés
err-file-too-large-help = scindez le fichier, ou gardez les gros documents hors de content/ et mettez un lien vers eux
err-two-site-files = `{ $first }` et `{ $second }` existent tous les deux
err-two-site-files-help = n’en gardez qu’un
err-not-utf8 = `{ $path }` n’est pas du texte UTF-8
err-not-utf8-label = cet octet n’est pas de l’UTF-8
err-not-utf8-help = enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : Enregistrer sous… → Encodage : UTF-8)
err-unexpected-file = `{ $path }` n’est pas un fichier que kapstok lit
err-unexpected-file-markdown-help = les actions et les pages sont des fichiers Markdown qui se terminent par `.md`
err-unexpected-file-yaml-help = ce dossier contient des fichiers YAML qui se terminent par `.yaml` ou `.yml`
err-unexpected-folder-help = `{ $dir }/` n’est pas un dossier de contenu ; les dossiers sont actions, pages, inventory, claims, evaluation et assets
err-unexpected-folder-close-help = `{ $dir }/` n’est pas un dossier de contenu ; les dossiers sont actions, pages, inventory, claims, evaluation et assets (vouliez-vous dire `{ $close }/` ?)
err-unexpected-file-top-help = à la racine de content/ ne se trouvent que site.yaml, team.yaml et sessions.yaml ; les fichiers pour les sites vont dans content/assets/
err-front-matter = ce fichier Markdown n’a pas d’en-tête (front matter, le bloc YAML du début)
err-front-matter-help = commencez le fichier par une ligne `---`, puis les clés YAML (au moins `title:`), et une ligne `---` de fermeture
err-empty-file = ce fichier est vide
err-only-comments = ce fichier ne contient aucune valeur YAML (seulement des commentaires)
err-empty-file-help = supprimez le fichier, ou remplissez-le (voir docs/content-format.md)

## Syntaxe YAML. $detail : un des messages err-yaml-*, ou pour un problème rare les mots de l’analyseur YAML (en anglais).
err-yaml-syntax = erreur de syntaxe YAML : { $detail }
err-yaml-syntax-help = vérifiez l’indentation et la forme `clé: valeur` ; mettez entre guillemets un texte qui contient `: ` ou qui commence par un caractère spécial
err-yaml-second-document = un second document YAML (`---`) dans un même fichier
err-yaml-unknown-anchor = un alias vers une ancre inconnue
err-yaml-too-many-values = ce fichier se développe en trop de valeurs (une bombe d’alias ?)
err-yaml-key-twice = la clé `{ $key }` apparaît deux fois dans ce bloc
err-yaml-colon = deux-points là où YAML n’en attend pas (si un texte contient « : », mettez-le entre guillemets)
err-yaml-after-quote = du texte après le guillemet fermant (mettez toute la valeur entre guillemets, ou doublez un ' dans '...')
err-yaml-unclosed-quote = un guillemet qui n’est pas fermé
err-yaml-tab = une tabulation (YAML indente avec des espaces, pas avec des tabulations)
err-yaml-unexpected-character = une valeur ne peut pas commencer par `{ $character }` (mettez le texte entre guillemets)
err-yaml-bracket = un crochet `[` ou une accolade `{"{"}` qui n’est pas (bien) fermé, ou une virgule manquante
err-yaml-indentation = l’indentation ne va pas : cette ligne est plus ou moins indentée que les lignes de son bloc

## La forme du YAML. $expected : un message err-expected-* ; $found : un message err-found-*.
err-wrong-type = il faut ici { $expected }, pas { $found }
err-invalid-value = impossible d’utiliser { $found } ici : il faut { $expected }
err-expected-text = du texte
err-expected-list = une liste
err-expected-items = une liste d’éléments
err-expected-mapping = un bloc de clés (clé: valeur)
err-expected-word = un seul mot
err-expected-yes-no = une valeur oui/non
err-expected-count = un nombre entier (0 ou plus)
err-expected-whole-number = un nombre entier
err-expected-number = un nombre
err-found-nothing = une valeur vide
err-found-yes-no = une valeur oui/non
err-found-number = un nombre
err-found-text = du texte
err-found-list = une liste
err-found-mapping = un bloc de clés (clé: valeur)
err-found-the-text = le texte « { $text } »
err-found-the-number = le nombre { $number }
err-found-the-value = la valeur { $value }
err-write-yes-no-help = écrivez `true` ou `false`
err-write-number-help = écrivez un nombre sans guillemets, par ex. `12000`
err-write-list-help = écrivez une liste sous la forme `[a, b]` ou en lignes commençant par `- `
err-write-expected-help = écrivez ici { $expected }
err-file-is-mapping-help = ce fichier est un seul bloc de clés, pas une liste : retirez le `- ` du début
err-file-is-list-help = ce fichier est une liste : commencez chaque élément par `- `
err-unknown-key = clé inconnue `{ $key }`
err-known-keys = clés possibles ici : { $keys }
err-not-allowed-value = `{ $value }` n’est pas une valeur autorisée
err-required-key-missing = la clé obligatoire `{ $key }` manque

## Clés obligatoires. $what : ce à quoi il manque la clé (voir en/errors.ftl).
err-key-missing = il manque la clé obligatoire `{ $key }` { $what ->
        [site] dans site.yaml
        [sites] sous `sites`
        [trajectory] au trajet
        [intranet] au site intranet
        [public] au site public
        [mandate] au mandat
        [member] à un membre de l’équipe
        [session] à une session
        [inventory] à un élément de la photo locale
        [action] à cette action
        [follow-up] à un moment de suivi
        [indicator] à l’indicateur
        [progress] à une mesure
        [question] à une question
        [quote] à une citation
        [claim] à une allégation
        [allow] à une entrée `allow`
        [page] à cette page
       *[channel] à un canal
    }
err-key-empty = `{ $key }` { $what ->
        [site] de site.yaml
        [sites] de `sites`
        [trajectory] du trajet
        [intranet] du site intranet
        [public] du site public
        [mandate] du mandat
        [member] d’un membre de l’équipe
        [session] d’une session
        [inventory] d’un élément de la photo locale
        [action] de cette action
        [follow-up] d’un moment de suivi
        [indicator] de l’indicateur
        [progress] d’une mesure
        [question] d’une question
        [quote] d’une citation
        [claim] d’une allégation
        [allow] d’une entrée `allow`
        [page] de cette page
       *[channel] d’un canal
    } est vide
err-key-missing-titled = il manque la clé obligatoire `{ $key }` { $what ->
        [phase] à la phase
       *[topic] au thème
    } `{ $id }`
err-key-empty-titled = `{ $key }` { $what ->
        [phase] de la phase
       *[topic] du thème
    } `{ $id }` est vide
err-add-key-help = ajoutez `{ $key }:`
err-fill-in-key-help = remplissez `{ $key }:`
err-add-date-key-help = ajoutez `{ $key }: YYYY-MM-DD`
err-add-trajectory-help = ajoutez `trajectory:` avec `title:` et `start:`
err-add-sites-help = ajoutez `sites:` avec `intranet:` et `public:`, chacun avec `title:` et `base_url:`
err-add-site-help = ajoutez `{ $which }: {"{"} title: ..., base_url: ... {"}"}`

## Identifiants. $what : le type d’élément nommé (voir en/errors.ftl) ; $reason : un message err-id-*.
err-bad-id = `{ $value }` n’est pas un identifiant valide pour { $what ->
        [member] un membre de l’équipe
        [inventory] un élément de la photo locale
        [action] une action
        [question] une question d’évaluation
        [claim] une allégation
        [channel] un canal
        [phase] une phase
        [topic] un thème
        [theme] un habillage graphique (`theme`)
       *[slug] une page (`slug`)
    } : { $reason }
err-bad-id-try-help = un identifiant s’écrit avec a-z, 0-9 et -, et commence par une lettre ou un chiffre : essayez `{ $suggestion }`
err-bad-id-help = un identifiant s’écrit avec a-z, 0-9 et -, commence par une lettre ou un chiffre et compte au plus 64 caractères
err-bad-file-name = le nom de fichier `{ $stem }` n’est pas un identifiant valide pour { $what ->
        [action] une action
       *[slug] une page (`slug`)
    } : { $reason }
err-bad-file-name-try-help = renommez le fichier en `{ $suggestion }.md`, ou indiquez `{ $key }: { $suggestion }` dans l’en-tête (front matter)
err-bad-file-name-help = renommez le fichier avec a-z, 0-9 et -, ou indiquez `{ $key }:` dans l’en-tête (front matter)
err-id-missing = il manque l’identifiant obligatoire `id` { $what ->
        [member] à ce membre de l’équipe
        [inventory] à cet élément de la photo locale
        [question] à cette question d’évaluation
        [claim] à cette allégation
        [phase] à cette phase
        [topic] à ce thème
       *[channel] à ce canal
    }
err-id-missing-help = ajoutez `id:` avec un nom court en a-z, 0-9 et -
err-id-empty = un identifiant ne peut pas être vide
err-id-too-long = un identifiant compte au plus 64 caractères
err-id-bad-start = un identifiant commence par une lettre minuscule ou un chiffre
err-id-bad-char = le caractère `{ $char }` n’est pas autorisé dans un identifiant (seulement a-z, 0-9 et -)
err-id-reserved = ce nom est réservé par Windows et pose problème sur un partage réseau

## Deux éléments avec le même identifiant. $what : voir en/errors.ftl.
err-duplicate-id = { $what ->
        [member] deux membres de l’équipe ont l’identifiant
        [inventory] deux éléments de la photo locale ont l’identifiant
        [action] deux actions ont l’identifiant
        [question] deux questions d’évaluation ont l’identifiant
        [claim] deux allégations ont l’identifiant
        [page] deux pages ont le slug
        [phase] deux phases ont l’identifiant
        [topic] deux thèmes ont l’identifiant
       *[session] deux sessions ont le numéro
    } `{ $id }` : dans { $first_file }:{ $first_line } et dans { $file }:{ $line }
err-duplicate-id-first = première occurrence : { $file }:{ $line }
err-duplicate-id-help = changez l’un des deux identifiants

## Dates, nombres, ODD.
err-date-shape = `{ $value }` n’est pas une date au format YYYY-MM-DD
err-date-not-in-calendar = la date { $value } n’existe pas dans le calendrier
err-bad-date-help = écrivez les dates au format YYYY-MM-DD, par ex. 2024-03-01
err-trajectory-ends-before-start = le trajet se termine ({ $end }) avant de commencer ({ $start })
err-due-before-start = `due` ({ $due }) tombe avant `start` ({ $start })
err-due-before-start-help = l’échéance d’une action vient après son début : vérifiez les deux dates
err-bad-sdg = l’ODD { $sdg } n’existe pas
err-bad-sdg-help = les ODD sont numérotés de 1 à 17
err-number-not-finite = `{ $written }` n’est pas un nombre utilisable par kapstok
err-number-not-finite-help = écrivez un nombre simple comme `12000` ou `0.25` : une valeur indéfinie ou infinie ne se mesure pas
err-suspicious-number = `{ $written }` est lu comme { $read }, pas comme { $meant }
err-suspicious-number-help = en YAML, le `.` sépare les décimales : pour des milliers, écrivez `{ $meant }` sans point

## site.yaml
err-missing-theme = le dossier `themes/{ $theme }/` n’existe pas
err-missing-theme-help = créez le dossier, ou retirez `theme:` pour utiliser l’habillage intégré
err-base-url = `{ $url }` n’est pas une adresse web
err-base-url-help = écrivez l’adresse complète où le site sera publié, par ex. https://www.exemple.be/durabilite/
err-unknown-rule = il n’y a pas de règle `{ $rule }`
err-unknown-rule-close-help = vouliez-vous dire `{ $close }` ? `kapstok check --explain RÈGLE` décrit chaque règle
err-unknown-rule-help = les identifiants des règles figurent dans docs/checks.md
err-rule-fixed = `{ $rule }` ne peut pas être modifiée : les règles de confidentialité sont toujours des erreurs
err-rule-fixed-help = supprimez cette ligne ; corrigez plutôt le texte que la règle signale
err-unknown-department = le service `{ $department }` n’est pas dans la liste des services
err-unknown-department-close-help = vouliez-vous dire `{ $close }` ? Les services sont listés dans site.yaml sous `departments`
err-unknown-department-help = ajoutez-le à `departments` dans site.yaml, ou choisissez un service de cette liste

## Actions, indicateurs et progrès. $line : un numéro de ligne dans le même fichier.
err-indicator-and-indicators = cette action a à la fois `indicator:` et `indicators:`
err-indicator-and-indicators-help = n’en gardez qu’un : `indicator:` (ligne { $line }) est la forme courte pour un seul indicateur ; déplacez-le dans la liste `indicators:`, avec le `progress:` de l’action en dessous
err-progress-beside-indicators = un `progress:` au niveau de l’action va avec la forme courte `indicator:`
err-progress-beside-indicators-help = avec `indicators:`, donnez à chaque indicateur sa propre liste `progress:`
err-progress-twice = cet indicateur a une liste `progress:`, et son action aussi
err-progress-twice-help = gardez une seule liste : le `progress:` de l’action (ligne { $line }) appartient déjà à `indicator:`
err-progress-without-indicator = cette action a un `progress:` mais aucun indicateur auquel rattacher ces mesures
err-progress-without-indicator-help = ajoutez `indicator:` avec un `name` et un `target` (ce que mesurent les valeurs de progrès)
err-total-not-positive = le `total` d’un indicateur est l’ensemble dont un comptage fait partie ; { $total } ne peut pas en être un
err-total-not-positive-help = indiquez la taille de l’ensemble, par ex. `total: 30` pour un parc de 30 véhicules, ou retirez `total:`
err-bad-frequency = `{ $value }` n’est pas une fréquence de mesure
err-bad-frequency-help = écrivez `monthly`, `quarterly`, `yearly`, ou un nombre entier de jours comme `30`
err-progress-same-date = deux mesures le { $date }
err-progress-same-date-help = l’autre est à la ligne { $line } ; gardez une seule mesure par date

## Allégations et pages.
err-bad-allow-rule = `{ $rule }` ne peut pas être désactivée par allégation : seules les règles `claim-*` le peuvent
err-bad-allow-close-help = vouliez-vous dire `{ $close }` ? `allow` désactive une règle `claim-*` pour cette allégation
err-bad-allow-help = `allow` désactive une règle `claim-*` pour cette allégation ; voir docs/checks.md
err-allow-no-reason = l’exception pour `{ $rule }` ne donne pas de raison
err-allow-no-reason-help = ajoutez `reason:` : qui l’a vérifiée et pourquoi l’allégation est loyale
err-reserved-slug = le slug de page `{ $slug }` est réservé : les sites utilisent eux-mêmes `{ $slug }/`
err-reserved-slug-help = choisissez un autre slug, par ex. `a-propos-{ $slug }`

## Liens.
err-bad-url-link = le lien `{ $url }` est refusé : { $problem }
err-bad-url-field = `{ $key }` `{ $url }` est refusé : { $problem }
err-url-scheme = les liens `{ $scheme }:` ne sont pas autorisés
err-url-invalid = ce n’est pas une adresse web valide ({ $detail })
err-url-file-help = le site ne peut pas ouvrir un fichier de votre ordinateur ou d’un partage : placez-le sous content/assets/ et faites-y un lien avec @asset/CHEMIN
err-url-help = les liens utilisent https://, http:// ou mailto:, ou pointent dans le site (un chemin relatif, /chemin, #ancre ou @action/ID)
err-too-deep = ce texte s’imbrique sur plus de { $depth } niveaux
err-too-deep-help = réduisez l’imbrication des citations ou des listes (chaque `>` ou niveau de liste dans un autre compte pour un niveau) ; le site ne peut pas afficher ceci
err-bidi-control = une marque de direction invisible ({ $code }) dans le texte : un navigateur affiche les lettres qui suivent dans un autre ordre
err-bidi-control-label = marque de direction invisible ici
err-bidi-control-help = supprimez la marque de direction invisible (une page web ou un PDF d’où le texte a été copié peut en contenir une) ; un plan en néerlandais ou en français n’en a pas besoin
err-link-kind = `{ $link }` n’est pas un type de lien connu
err-link-kind-help = les liens vers des éléments sont { $kinds }
err-dangling-link = le lien `{ $link }` ne mène nulle part
err-dangling-link-help = vérifiez l’identifiant après `@{ $kind }/`
err-public-link-to-internal = un texte public renvoie { $kind ->
        [action] à l’action interne
        [inventory] à l’élément interne de la photo locale
       *[page] à la page interne
    } `{ $target }`
err-public-link-to-internal-help = sur le site public, le lien serait cassé (ou révélerait un contenu interne) : liez un élément public, ou retirez le lien
err-public-link-to-intranet-help = cette adresse est sur l’intranet (`sites.intranet.base_url` dans site.yaml) : le site public l’afficherait, avec l’identifiant de l’élément ; liez un élément public (`@action/ID`), ou retirez le lien

## Fichiers de content/assets/.
err-asset-name-not-utf8 = `{ $path }` : le nom du fichier n’est pas de l’UTF-8 valide
err-asset-name-control = { $path } : le nom du fichier contient un caractère de contrôle (un saut de ligne, une tabulation…)
err-asset-rename-help = renommez le fichier avec des lettres, des chiffres, `-` et `_` (ces noms de fichiers deviennent des adresses web)
err-asset-script = `{ $path }` : les fichiers HTML et JavaScript sont refusés
err-asset-script-help = le contenu ne peut pas apporter de scripts ni de pages ; écrivez plutôt une page dans content/pages/
err-asset-type = `{ $path }` : les fichiers `.{ $ext }` ne sont pas publiés ; les types acceptés sont { $types }
err-asset-no-extension = `{ $path }` : un fichier sans extension n’est pas publié ; les types acceptés sont { $types }
err-asset-types = images : { $pictures } ; documents : { $documents } ; texte et données : { $text } ; archives : { $archives }
err-asset-type-help = convertissez le fichier dans un de ces types (un PDF pour un document, un PNG pour une image), ou sortez-le de content/assets/
err-asset-unreadable-help = vérifiez les droits du fichier (kapstok doit pouvoir lire chaque fichier de content/assets/), ou supprimez-le
err-asset-not-regular = `{ $path }` n’est pas un fichier ordinaire
err-asset-not-regular-help = placez une copie du fichier lui-même dans content/assets/
err-asset-markup = `{ $path }` commence comme une page web (`<html`, `<script`, `<!--`, `<?xml`...) : un navigateur pourrait l’ouvrir comme telle
err-asset-markup-help = retirez le balisage du début du fichier, ou publiez la page comme page dans content/pages/
err-asset-svg = `{ $path }` { $problem } ; un SVG n’est publié que sans scripts, événements, liens animés ni références extérieures
err-asset-svg-help = exportez le dessin en SVG simple (la plupart des logiciels de dessin proposent un export SVG simple ou optimisé), ou en PNG
err-svg-at = { $problem } (ligne { $line }, colonne { $column })
err-svg-doctype = contient un DOCTYPE, qui peut déclarer des entités (ligne { $line }, colonne { $column } ; supprimez le `<!DOCTYPE ...>`)
err-svg-stylesheet = contient une instruction `xml-stylesheet`
err-svg-not-closed = n’est pas du XML lisible (un élément n’est pas fermé à la fin, ligne { $line }, colonne { $column })
err-svg-xml = n’est pas du XML lisible (ligne { $line }, colonne { $column } : { $detail })
err-svg-element = contient un élément <{ $element }>
err-svg-html-element = contient un élément HTML <{ $element }>
err-svg-attributes-unreadable = contient un attribut illisible de <{ $element }>
err-svg-attribute-unreadable = contient un attribut `{ $attribute }` illisible
err-svg-event = contient un attribut d’événement `{ $attribute }`
err-svg-script-link = contient un lien de script dans `{ $attribute }`
err-svg-animates-link = contient un <{ $element }> qui modifie un lien
err-svg-links-outside = renvoie dans `{ $attribute }` vers `{ $target }`, hors du fichier
err-svg-refers-outside = fait référence dans `{ $attribute }` à `{ $target }`, hors du fichier
err-svg-style-import = contient un style qui importe un autre fichier (`@import`)
err-svg-style-outside = contient un style qui fait référence à `{ $target }`, hors du fichier

## Construire les sites. $detail : les mots de Tera ou du système (en anglais).
err-template = gabarit `{ $name }` : { $detail }
err-theme-read = impossible de lire l’habillage : { $detail }
err-render-read = impossible de lire `{ $path }` : { $detail }
err-render-write = impossible d’écrire `{ $path }` : { $detail }
err-render-clash = deux fichiers seraient écrits vers `{ $path }`
err-render-unplanned = `{ $path }` a été produit sans être prévu
err-render-not-made = `{ $path }` était prévu mais n’a pas été produit

## kapstok import : les cellules d’un tableur.
err-import-in-sheet = feuille `{ $sheet }`, { $rest }
err-import-cell = ligne { $row }, colonne { $column } : { $problem }
err-import-cell-header = ligne { $row }, colonne { $column } (`{ $header }`) : { $problem }
err-import-no-header = aucune ligne d’en-tête avec une colonne de titre
err-import-no-header-help = la première ligne nomme les colonnes : Titre, Type, Source, et au besoin Service, ODD, Thèmes, Visibilité, Remarque ; voir docs/import.md
err-import-second-column = une deuxième colonne pour `{ $key }`
err-import-second-column-label = cet en-tête
err-import-second-column-help = gardez une colonne par clé, ou renommez l’une des deux
err-import-unknown-column = ligne { $row }, colonne { $column } (`{ $header }`) : cette colonne n’est pas importée
err-import-unknown-column-close-help = vouliez-vous dire `{ $close }` ? Une colonne que kapstok ne connaît pas est ignorée
err-import-unknown-column-help = une colonne que kapstok ne connaît pas est ignorée ; les en-têtes connus figurent dans docs/import.md
err-import-no-column = la ligne d’en-tête n’a pas de colonne pour `{ $key }`
err-import-no-column-help = ajoutez une colonne intitulée `{ $first }` ou `{ $second }`
err-import-too-many-cells = cette ligne a { $cells } cellules, la ligne d’en-tête { $header }
err-import-too-many-cells-help = dans un fichier CSV, une valeur qui contient le séparateur doit être entre guillemets ("7, 11, 13") ; ou enregistrez la feuille en .xlsx
err-import-no-title = pas de titre
err-import-no-title-help = chaque élément a besoin d’un titre
err-import-no-kind = pas de type
err-import-no-kind-help = écrivez `Objectif` ou `Action`
err-import-bad-kind = `{ $value }` n’est pas un type
err-import-no-source = pas de source
err-import-bad-source = `{ $value }` n’est pas une source
err-import-bad-visibility = `{ $value }` n’est pas une visibilité
err-import-bad-visibility-help = écrivez `public` ou `internal` (interne)
err-import-bad-sdg = `{ $value }` n’est pas un ODD
err-import-bad-sdg-help = les ODD sont numérotés de 1 à 17 ; écrivez-les ainsi : `7, 11, 13`
err-import-topic-close-help = vouliez-vous dire `{ $close }` ? Les thèmes sont listés dans site.yaml sous `topics`
err-import-topics-help = thèmes connus : { $topics }
err-import-id-taken = l’identifiant `{ $id }` est déjà pris
err-import-id-taken-help = donnez un autre identifiant à cet élément, ou laissez l’identifiant vide
err-import-bad-id = `{ $value }` n’est pas un identifiant valide : { $reason }
err-import-try-id-help = essayez `{ $suggestion }`

## Ce que le garde-fou de confidentialité ne peut pas lire dans un fichier (asset-unread).
err-unread-svg-pictures = les images intégrées au dessin (leurs pixels et leurs métadonnées)
err-unread-picture-text-metadata = le texte visible dans l’image elle-même, et les métadonnées qui ne sont pas stockées en caractères simples
err-unread-picture-text = le texte visible dans l’image elle-même
err-unread-old-office = d’un ancien fichier Office binaire, seuls les caractères stockés tels quels sont lus ; enregistrez-le en .docx/.xlsx/.pptx ou en PDF
err-unread-packed = un fichier { $format }, compressé d’une manière que le garde-fou de confidentialité ne sait pas décompresser
err-unread-font = la police ne peut pas être décompressée (ses tables sont abîmées ou compressées d’une manière inconnue) : le garde-fou de confidentialité ne peut pas lire ses noms ; remplacez-la par un fichier .woff2, .woff, .ttf ou .otf valable, ou retirez-la
err-unread-unknown-type = d’un fichier de ce type, seuls les caractères stockés tels quels sont lus
err-unread-nested = les archives imbriquées sur plus de { $depth } niveaux ne sont pas décompressées
err-unread-archive = l’archive ne peut pas être ouverte : { $detail }
err-unread-too-many-files = l’archive contient plus de { $n } fichiers
err-unread-archive-file = le fichier { $n } de l’archive ne peut pas être décompressé : { $detail }
err-unread-too-large = plus de { $mib } Mio décompressés : le garde-fou ne décompresse pas davantage
err-unread-unpack = ne peut pas être décompressé : { $detail }
err-unread-not-jpeg = ce n’est pas une image JPEG, contrairement à ce que dit son nom : seuls ses caractères simples sont lus
err-unread-exif = les métadonnées EXIF ne peuvent pas être lues : { $detail }
err-unread-pdf-detail = le PDF ne peut pas être lu ({ $detail }) : seuls ses caractères simples sont lus
err-unread-pdf = le PDF ne peut pas être lu : seuls ses caractères simples sont lus
err-unread-pdf-encrypted = le PDF est chiffré (protégé par un mot de passe) : son texte et ses métadonnées ne peuvent pas être lus
err-unread-pdf-attachments = { $n ->
        [one] { $n } fichier joint au PDF n’est pas lu
       *[other] { $n } fichiers joints au PDF ne sont pas lus
    }
err-unread-pdf-scan = les pages du PDF ne contiennent aucun texte lisible par le garde-fou (un scan ?) : le texte de ses images n’est pas lu
err-unread-pdf-pictures = le texte des images du PDF n’est pas lu
