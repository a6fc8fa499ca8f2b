## kapstok: findings of the rules and the privacy guard, with their hints (fr).
## Ids start with `find-`.


## Statut d'avancement (issue 22) : $term est l'expression de l'allégation, $value et $expected
## des chiffres avec leur unité, $date la date de la mesure.
find-claim-on-track-unsupported = « { $term } » dit que le plan est en bonne voie, mais l'indicateur `{ $indicator }` de l'action `{ $action }` est en retard : { $value } le { $date }, alors que la droite de la valeur de départ à l'objectif demande { $expected }
find-claim-on-track-unsupported-label = les chiffres disent autre chose
find-claim-on-track-unsupported-help = dites où le plan prend du retard et pourquoi, ou ajoutez la mesure qui montre qu'il est de nouveau dans les temps
find-indicator-behind-unexplained = l'indicateur `{ $indicator }` est en retard : { $value } le { $date }, alors que la droite de la valeur de départ à l'objectif demande { $expected } ; le site public l'affiche sans explication
find-indicator-behind-unexplained-label = en retard, sans explication
find-indicator-behind-unexplained-help = ajoutez `explanation:` à l'indicateur : pourquoi le chiffre est en retard et ce qui est fait pour y remédier (appliquer ou expliquer)

## The parts findings are made of

## A term or a text from the content, quoted.
find-quote = « { $text } »
## Two or more items in a row: $first, then the rest (itself such a list).
find-list-comma = { $first }, { $rest }
find-list-semicolon = { $first } ; { $rest }
## How often an indicator is measured; $frequency is monthly, quarterly or yearly.
find-frequency = { $frequency ->
        [monthly] tous les mois
        [quarterly] tous les trimestres
       *[yearly] tous les ans
    }
find-frequency-days = { $n ->
        [one] tous les jours
       *[other] tous les { $n } jours
    }

## The privacy guard in the texts of the public site (public-personal-name, public-internal-text)

find-public-personal-name = le nom d’un membre de l’équipe, « { $name } », figure dans un texte que le site public afficherait
find-public-personal-name-label = un nom de personne
find-public-personal-name-help = les noms restent internes : indiquez plutôt le service ou une fonction
find-public-confidential-text = texte confidentiel dans un champ public : « { $text } »
find-public-confidential-text-label = texte confidentiel
find-public-confidential-text-help = les notes internes, les comptes rendus de session, les citations et allégations internes et les motifs des `allow` ne sont jamais publiés, même recopiés : rédigez un nouveau texte pour le public (si une note cite ce texte public, renvoyez-y dans la note sans en recopier les mots)
find-public-internal-text = texte interne dans un champ public : « { $text } »
find-public-internal-text-label = texte interne
find-public-internal-text-help = reformulez-le pour le public, ou rendez public aussi le texte d’où il provient

## The privacy guard in the files of the public site. $text is what the page
## would show, $needle the internal content it matches, $file the file,
## $place where in it ("page 2", "file name"), $why why it cannot be read.

find-guard-shows = le site public afficherait `{ $text }`
find-guard-shows-help = correspond à un contenu interne : { $needle }
find-guard-shows-in = le site public afficherait `{ $text }` ({ $place } de `{ $file }`)
find-guard-shows-in-help = correspond à un contenu interne : { $needle } ; retirez-le du fichier, ou retirez le fichier de content/assets/
find-guard-shows-theme-help = correspond à un contenu interne : { $needle } ; retirez-le du fichier, ou retirez le fichier du dossier static/ du thème
find-guard-unread = le contrôle de confidentialité ne peut pas lire `{ $file }` : { $why }
find-guard-unread-in = le contrôle de confidentialité ne peut pas lire { $place } de `{ $file }` : { $why }
find-guard-unread-blocks-help = la publication est bloquée tant que le contrôle ne peut pas lire ce fichier : décompressez l’archive ou réduisez-la, ou retirez-la de content/assets/
find-guard-unread-blocks-theme-help = la publication est bloquée tant que le contrôle ne peut pas lire ce fichier : décompressez-le, ou retirez-le du dossier static/ du thème
find-guard-unread-help = vérifiez vous-même qu’il ne contient ni noms de membres de l’équipe ni notes internes

## Claims

find-claim-allow-unused = l’exception pour `{ $rule }` est périmée : cette règle ne se déclenche plus sur cette allégation
find-claim-allow-unused-label = plus nécessaire
find-claim-allow-unused-help = supprimez cette entrée `allow` (ou vérifiez que l’allégation dit toujours ce qui a été examiné)
find-claim-without-action = cette allégation n’est liée à aucune action ni à aucun élément de la photo locale : rien ne l’étaye
find-claim-without-action-label = aucune justification
find-claim-without-action-help = liez l’action qui étaye cette allégation (`actions: [...]`) ou ce que nous faisons déjà (`inventory: [...]`), ou retirez l’allégation
find-claim-dropped-action = cette allégation repose sur l’action `{ $action }`, qui a été abandonnée
find-claim-dropped-action-label = repose sur une action abandonnée
find-claim-dropped-action-help = liez l’action qui l’a remplacée, ou retirez l’allégation en indiquant une date (`withdrawn: YYYY-MM-DD`)
## $why: planned (the action is only planned) or no-progress (in progress, nothing measured yet)
find-claim-result-not-done = cette allégation annonce un résultat, mais l’action `{ $action }` { $why ->
        [planned] n’est que prévue
       *[no-progress] est en cours sans aucune progression mesurée
    }
find-claim-result-not-done-label = pas encore atteint
find-claim-result-not-done-help = formulez-la comme un engagement (`kind: commitment`), ou attendez la première mesure
find-claim-result-on-goal = ce résultat ne repose que sur des intentions (des éléments de la photo locale de type `goal`)
find-claim-result-on-goal-label = une intention n’est pas un résultat
find-claim-result-on-goal-help = liez l’action (ou l’action de la photo locale) qui a produit ce résultat
## $missing: find-claim-future-without-plan-no-action, or what each action lacks (-lacks, a list)
find-claim-future-without-plan = cet engagement ne repose sur aucun plan mesurable et daté : { $missing }
find-claim-future-without-plan-no-action = il n’est lié à aucune action non abandonnée (les éléments de la photo locale ne constituent pas un plan)
## $lacks: due, indicator, baseline, due-indicator or due-baseline
find-claim-future-without-plan-lacks = il manque à `{ $action }` { $lacks ->
        [due] une échéance (`due`)
        [indicator] un indicateur avec valeur de départ et valeur cible
        [baseline] une valeur de départ (`baseline`) pour son indicateur
        [due-indicator] une échéance (`due`) et un indicateur avec valeur de départ et valeur cible
       *[due-baseline] une échéance (`due`) et une valeur de départ (`baseline`) pour son indicateur
    }
find-claim-future-without-plan-label = aucun plan derrière la promesse
find-claim-future-without-plan-help = dites quoi, combien et pour quand : donnez à l’action une échéance (`due`) et un `indicator` avec `baseline` et `target`
## $actions: the action ids (a list), $n how many
find-claim-overdue = cet engagement est en retard : { $n ->
        [one] l’échéance de { $actions } est dépassée et cette action n’est pas terminée
       *[other] les échéances de { $actions } sont dépassées et ces actions ne sont pas terminées
    }
find-claim-overdue-label = l’échéance est dépassée
find-claim-overdue-help = communiquez le résultat, convenez d’une nouvelle échéance avec l’accord du collège, ou retirez l’allégation
## $actions: the action ids (a list), $n how many, $published the claim's publication date
find-claim-promise-passed = cet engagement était dans les temps lors de sa publication le { $published }, mais { $n ->
        [one] l’échéance de { $actions } est dépassée depuis et cette action n’est pas terminée
       *[other] les échéances de { $actions } sont dépassées depuis et ces actions ne sont pas terminées
    }
find-claim-promise-passed-help = complétez la page avec ce qui a été atteint et la nouvelle échéance, ou retirez l’allégation
## $year: the promise's year; $quote the plan's explanation or note that names a later year
find-claim-sooner-than-plan-explained = cet engagement annonce { $year }, mais le plan lui-même l’attend plus tard : « { $quote } »
## $year: the promise's year; $due the earliest due date of its actions
find-claim-sooner-than-plan-due = cet engagement promet le tout pour { $year }, mais l’échéance du plan n’est que le { $due }
find-claim-sooner-than-plan-label = plus tôt que le plan
find-claim-sooner-than-plan-help = donnez la date du plan (et la raison du report), ou adaptez d’abord le plan
find-claim-evidence-not-public = cette allégation est faite en public, mais rien de sa justification n’est public : aucun lecteur ne peut la vérifier
find-claim-evidence-not-public-label = justification invisible
find-claim-evidence-not-public-help = passez l’action ou l’élément de la photo locale qui l’étaye en `visibility: public`, ou cessez de faire cette allégation en public
## $channels: the channel ids (a list), $n how many
find-claim-channel-visibility = cette allégation interne est diffusée sur { $n ->
        [one] un canal externe
       *[other] des canaux externes
    } ({ $channels })
find-claim-channel-visibility-label = diffusée en public
find-claim-channel-visibility-help = passez l’allégation en `visibility: public` pour que la page publique montre sa justification, ou retirez le canal externe
## $terms: the terms found, quoted (a list); $n how many
find-claim-neutrality-result = allégation de neutralité { $terms } : un résultat neutre ne peut pas être démontré, car les émissions ne sont jamais nulles
find-claim-neutrality-compensation = allégation de neutralité { $terms } : elle repose sur la compensation ({ $compensation })
find-claim-neutrality-help = indiquez plutôt la réduction mesurée (combien, depuis quand) ; la compensation n’est pas une réduction
find-claim-generic-term = { $n ->
        [one] terme environnemental vague
       *[other] termes environnementaux vagues
    } { $terms } sans chiffre étayé qui { $n ->
        [one] le
       *[other] les
    } précise
find-claim-generic-term-help = dites quoi, combien et pour quand, avec un chiffre étayé par l’indicateur lié
find-claim-generic-as-fact = { $terms } { $n ->
        [one] dit
       *[other] disent
    } ce qu’est une chose sans dire pourquoi : une allégation environnementale générique, interdite par la directive (UE) 2024/825 sans excellente performance environnementale reconnue
find-claim-generic-as-fact-help = dites ce qui a été fait, avec un chiffre (« la piscine consomme 22 % d’énergie en moins qu’en 2019 »), et retirez le mot vague
find-claim-comparison-unsupported = { $n ->
        [one] comparaison ou superlatif
       *[other] comparaisons ou superlatifs
    } { $terms } : par rapport à quoi, et comment ?
find-claim-comparison-unsupported-help = indiquez la référence et la méthode dans le texte, ou ajoutez un `allow` dont le motif nomme la référence
find-claim-label-unverified = { $n ->
        [one] label ou certificat
       *[other] labels ou certificats
    } { $terms } : qui { $n ->
        [one] l’attribue et le contrôle
       *[other] les attribue et les contrôle
    } ?
find-claim-label-unverified-help = après vérification, ajoutez un `allow` dont le motif nomme le système de certification ou l’organisme qui l’attribue
find-claim-unqualified-term = { $terms } { $n ->
        [one] n’est vrai
       *[other] ne sont vrais
    } que sous conditions : comment, où, combien ?
find-claim-unqualified-term-help = précisez dans quelles conditions c’est vrai (compostable en installation industrielle, recyclable là où une collecte existe, la part recyclée, ce qui a été mesuré), ou renoncez au terme
find-claim-number-untraceable-help = liez une action dont l’indicateur mesure ce chiffre (dans la même unité), ou supprimez le chiffre
## $figure: the figure as the claim writes it
find-claim-change-without-baseline = « { $figure } » est une évolution, mais depuis quand, ou par rapport à quoi ? Le lecteur ne peut pas l’évaluer
find-claim-change-without-baseline-label = depuis quand ?
find-claim-change-without-baseline-help = indiquez l’année de référence et l’année de la mesure (« 18 % de moins qu’en 2019, mesuré en 2024 »)
## $year: the year the promise names; $due: the latest due date of its actions
find-claim-horizon-beyond-plan = la promesse court jusqu’en { $year }, mais le plan s’arrête le { $due } (la dernière échéance de ses actions)
find-claim-horizon-beyond-plan-label = après { $year }
find-claim-horizon-beyond-plan-help = le plan est-il complet ? Liez les actions qui le mènent jusqu’au bout, ou alignez l’horizon sur le plan
## $target: the indicator's target with its unit ("80 MWh"); $due: the action's due date
find-claim-condition-omitted = le plan ne promet cela que sous condition (action `{ $action }`) : « { $quote } »
find-claim-condition-omitted-label = pas encore décidé
find-claim-condition-omitted-help = dites la condition (« si le conseil communal l’approuve », « proposé »), ou attendez la décision pour promettre
find-claim-vague-promise = cette promesse ne donne ni chiffre ni date, alors que le plan en donne : { $target } pour le { $due }
find-claim-vague-promise-unplanned = cette promesse ne donne ni chiffre, ni date, ni action : c’est un souhait, pas un engagement vérifiable
find-claim-vague-promise-unplanned-help = liez l’action qui la réalisera et dites combien pour quand, ou n’utilisez la phrase qu’à côté d’engagements concrets
find-claim-vague-promise-label = combien, pour quand ?
find-claim-vague-promise-help = dites ce que dit le plan : le chiffre et la date (et liez l’action de l’indicateur)
find-claim-kind-outdated = toutes les actions de cet engagement sont terminées : c’est désormais un résultat
find-claim-kind-outdated-label = terminé
find-claim-kind-outdated-help = reformulez-le comme un résultat (`kind: result`) avec la valeur mesurée
## $measurements: the stale measurements (a list of -measurement or -measurement-due)
find-claim-progress-stale-days = ce résultat repose sur des mesures de plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : { $measurements }
find-claim-progress-stale-frequency = ce résultat repose sur des mesures dépassées : { $measurements }
## $what: the action id (and the indicator's name where the action has several), in backticks
find-claim-progress-stale-measurement = { $what } ({ $date })
find-claim-progress-stale-measurement-due = { $what } ({ $date }, mesuré { $frequency } : le chiffre suivant était attendu le { $next })
## $figure: the figure as written, $published the claim's publication date, $now why a later measurement contradicts it
find-claim-figure-since-changed = « { $figure } » était exact à la publication ({ $published }), mais une mesure plus récente le contredit : { $now }
find-claim-figure-since-changed-help = datez le chiffre (« en juin 2025… ») ou remplacez-le par la mesure la plus récente
find-claim-progress-stale-label = mesure ancienne
find-claim-progress-stale-help = ajoutez une entrée `progress` récente à l’action, ou datez l’allégation (« en 2024… »)

## Figures in claims (claim-number-unsupported, claim-number-untraceable).
## $figure is the figure as the claim writes it; the values are written as
## numbers ("20", "0.6", "−20.8"); $found is what the evidence shows (one of
## the find-claim-figure-… below, or a bare value).

find-claim-figure-percent = { $value } %
find-claim-figure-points = { $value } points de pourcentage
find-claim-figure-change = une variation de { $value }
find-claim-figure-share = { $value } % du total ({ $total })
find-claim-figure-complement = { $value } non comptés
find-claim-figure-ratio = un rapport de { $value } ({ $percent } %)
find-claim-figure-total = un total de { $value }
find-claim-figure-baseline = une valeur de départ de { $value }
find-claim-figure-whole-percent = { $value } %, pas la totalité ({ $whole } %)
find-claim-figure-whole = { $value }, pas la totalité ({ $whole })
find-claim-figure-neutral = { $found } (la neutralité correspond à un rapport de 0)
## $basis: plan (a promise, held against the plan) or measured (held against the measurements)
find-claim-figure-claims-more = « { $figure } » affirme plus que ce que montre la justification : { $basis ->
        [plan] le plan atteint
       *[measured] les mesures montrent
    } { $found }
find-claim-figure-claims-more-help = l’indicateur « { $indicator } » étaye { $found }, pas « { $figure } » : baissez le chiffre, ou liez une justification qui l’étaye
find-claim-figure-rounded-up = « { $figure } » est arrondi vers le haut : { $basis ->
        [plan] le plan atteint
       *[measured] les mesures montrent
    } { $found }
find-claim-estimate-as-measured = selon l’action, « { $figure } » est une estimation ou un calcul, mais le texte le présente comme mesuré
find-claim-estimate-as-measured-help = dites sur quoi repose le chiffre (« environ, selon une estimation », « selon une enquête auprès de 212 usagers », « calculé avec l’outil du VEKA »)
find-claim-legal-requirement = la justification dit que la loi l’impose (`{ $source }`) : « { $quote } »
find-claim-legal-requirement-label = obligation légale présentée comme un choix
find-claim-legal-requirement-help = dites que la loi l’impose (« comme la loi l’exige », « obligatoire depuis 2015 »), ou dites ce que la commune fait de plus que la loi
find-claim-others-work = la justification dit qu’un autre acteur le fait (`{ $source }`) : « { $quote } »
find-claim-others-work-denied = la justification dit que la commune ne le fait pas elle-même (`{ $source }`) : « { $quote } »
find-claim-others-work-label = le travail d’un autre présenté comme le sien
find-claim-others-work-help = dites qui fait le travail et ce que la commune apporte (« avec De Watergroep », « la province a construit le bassin, la commune a payé 30 % »)
find-claim-cause-not-shown = la justification dit que le résultat a aussi une autre cause ou que l’effet n’est pas démontré (`{ $source }`) : « { $quote } »
find-claim-cause-not-shown-label = une cause que la justification ne démontre pas
find-claim-cause-not-shown-help = dites ce qui a joué aussi (« en partie grâce à la fermeture de la piscine »), ou donnez le résultat sans cause
find-claim-number-rounded-up-help = donnez le chiffre que montre la justification, ou arrondissez vers le bas : un lecteur prend un chiffre au pied de la lettre
find-claim-part-as-whole-count = l’allégation ne donne aucune quantité et se lit comme la totalité, mais la justification montre une partie : { $indicator } : { $value } sur { $total } ({ $share } %)
find-claim-part-as-whole-share = l’allégation ne donne aucune quantité et se lit comme la totalité, mais la justification montre une partie : { $indicator } : { $share } %
find-claim-part-as-whole-label = tout, ou une partie ?
find-claim-part-as-whole-help = dites jusqu’où cela va (« 7 de nos 30 véhicules », « 21 % de l’électricité », « une partie de »), ou liez l’indicateur qui montre la totalité
find-claim-figure-whole-unshown = « { $figure } » dit que la totalité est atteinte aujourd’hui, mais rien dans la justification ne le montre
find-claim-figure-whole-unshown-help = donnez un indicateur qui montre la totalité (une part en %, un niveau qui descend à 0, ou un nombre avec son total) avec une mesure, ou dites jusqu’où cela va au lieu de « { $figure } »
find-claim-figure-change-unmeasured = « { $figure } » présente un changement comme un résultat, mais aucun indicateur lié ne mesure ce changement
find-claim-figure-change-unmeasured-help = donnez l’indicateur avec sa valeur de départ et une mesure qui montre « { $figure } », ou dites ce qui a été fait sans annoncer de résultat
find-claim-figure-stage = « { $figure } » compte { $stage }, pas ce que dit le texte : cela, c’est { $outcome }, avec { $value } au { $date }
find-claim-figure-stage-help = dites ce que compte le chiffre (« { $stage } »), ou donnez le résultat que mesure « { $outcome } »
find-claim-figure-once = « { $figure } » est présenté comme un résultat annuel, mais la justification n’en a qu’une mesure, d’un travail terminé : dites quand c’était
find-claim-figure-other-people = « { $figure } » compte d’autres personnes que la justification : son propre texte compte { $counted } { $people }
find-claim-figure-other-people-help = donnez le nombre de { $people } que l’action donne elle-même ({ $counted }), ou dites ce que le chiffre compte vraiment
find-claim-figure-claims-whole = « { $figure } » revendique la totalité : { $basis ->
        [plan] le plan atteint
       *[measured] les mesures montrent
    } { $found }
find-claim-figure-claims-whole-help = l’indicateur « { $indicator } » montre { $found } : dites jusqu’où cela va (le chiffre étayé), ou supprimez « { $figure } »
## $measured: find-claim-figure-measured…, or find-claim-figure-not-measured
find-claim-figure-target-not-achieved = « { $figure } » n’est pas encore atteint : c’est la valeur cible ; { $measured }
find-claim-figure-measured-percent = mesure du { $date } : { $value } %
find-claim-figure-measured-share = mesure du { $date } : { $percent } % du total ({ $value } sur { $total })
find-claim-figure-measured = mesure du { $date } : { $value }
find-claim-figure-not-measured = rien n’a encore été mesuré
find-claim-figure-target-help = indiquez ce qui a été mesuré, ou formulez-le comme un engagement (c’est la valeur cible de l’indicateur « { $indicator } »)
find-claim-figure-trend-broken = « { $figure } » dit que cela évolue chaque année dans le même sens, mais l’indicateur « { $indicator } » est allé dans l’autre sens : { $from } en { $from_year }, { $to } en { $to_year }
find-claim-figure-trend-broken-help = indiquez ce que montrent les mesures, année par année, ou dites-le de toute la période
## $why: hidden, no-indicator, not-measured, share, unit, neutral, baseline, whole or kind
find-claim-figure-untraceable = « { $figure } » ne peut pas être vérifié : { $why ->
        [hidden] les actions qui ont un indicateur sont internes, aucun lecteur ne peut donc le vérifier
        [no-indicator] aucune action liée n’a d’indicateur
        [not-measured] aucune mesure pour l’instant
        [share] c’est une part, et aucun indicateur lié n’est mesuré en %
        [unit] aucun indicateur lié ne compte ce qui suit le chiffre (unité ou nom)
        [neutral] aucun indicateur lié ne baisse vers zéro
        [baseline] aucun indicateur lié n’a de valeur de départ
        [whole] un terme absolu revendique la totalité, et aucun indicateur lié ne montre où se situe cette totalité (une part en %, un niveau qui descend à 0, ou un nombre avec son total)
       *[kind] aucun indicateur lié ne donne une valeur de ce type (dans le sens du texte)
    }
## Where an evidence text comes from; $kind: action or inventory
find-claim-figure-evidence = { $kind ->
        [action] action `{ $id }`
       *[inventory] élément `{ $id }` de la photo locale
    }
## $evidence: find-claim-figure-evidence; $quote: the sentence of the evidence
find-claim-figure-unknown = selon la justification, « { $figure } » n’est pas connu ({ $evidence }) : « { $quote } »
find-claim-figure-unknown-help = un chiffre que personne n’a mesuré ni calculé est inventé : retirez « { $figure } » tant qu’il n’est pas mesuré
find-claim-figure-contradicted = « { $figure } » revendique la totalité, mais la justification dit autre chose ({ $evidence }) : « { $quote } »
## $why: fossil, waste, plastic, pesticide, label, source or exception
find-claim-figure-contradicted-help = { $why ->
        [fossil] la justification cite un combustible fossile encore utilisé : dites ce que la totalité laisse de côté
        [waste] selon la justification, une partie est encore incinérée ou mise en décharge : dites ce que la totalité laisse de côté
        [plastic] la justification cite du plastique encore utilisé : dites ce que la totalité laisse de côté
        [pesticide] la justification cite un pesticide encore utilisé : dites ce que la totalité laisse de côté
        [label] selon la justification, une partie n’a ni label ni certificat : dites ce que la totalité laisse de côté
        [source] la justification cite une autre source que l’allégation : nommez la source qu’elle cite
       *[exception] la justification cite une exception ou une partie non atteinte : dites ce que la totalité laisse de côté
    }, ou supprimez « { $figure } »

## Actions

find-action-without-owner = cette action n’a pas de responsable (`owners` est vide)
find-action-without-owner-label = aucun responsable
find-action-without-owner-help = nommez au moins un membre de l’équipe dans `owners: [...]`
## $missing: due, indicator or both
find-action-vague = cette action est vague : elle n’a { $missing ->
        [due] pas d’échéance (`due`)
        [indicator] pas d’indicateur (`indicator`) avec une valeur cible (`target`)
       *[both] ni échéance (`due`) ni indicateur (`indicator`) avec une valeur cible (`target`)
    }
find-action-vague-label = quoi, combien, pour quand ?
find-action-vague-help = dites pour quand (`due: YYYY-MM-DD`) et combien (`indicator: {"{"} name, unit, baseline, target {"}"}`)
find-action-without-follow-up = cette action n’a aucun moment de suivi à venir (aucun `follow_up` daté d’aujourd’hui ou plus tard)
find-action-without-follow-up-label = aucun suivi prévu
find-action-without-follow-up-help = planifiez le prochain moment de suivi : `follow_up: [{"{"} date: YYYY-MM-DD, with: kopgroep {"}"}]`
find-action-overdue = cette action devait être terminée le { $due } et ne l’est pas
find-action-overdue-label = en retard
find-action-overdue-help = marquez-la `done` (avec `completed`), fixez une nouvelle échéance (`due`), ou marquez-la `dropped`
## $found: what is stale, one or more of -days and -due (a list)
find-action-stale = { $found }
## What is stale. $from: latest (the latest progress), start (the start,
## with no progress since); latest-of and start-of name the $indicator.
find-action-stale-what = { $from ->
        [latest] la dernière progression
        [latest-of] la dernière progression de `{ $indicator }`
        [start-of] le démarrage (sans progression de `{ $indicator }` depuis)
       *[start] le démarrage (sans progression depuis)
    }
## $what: -what; $frequency: how often it is measured; $next: when the next figure was due; $grace: days
find-action-stale-due = { $what } date du { $date } ; l’indicateur est mesuré { $frequency } : le chiffre suivant était attendu le { $next } et a plus de { $grace ->
        [one] { $grace } jour
       *[other] { $grace } jours
    } de retard
find-action-stale-days = { $what } date du { $date }, il y a plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
find-action-stale-label = aucune progression récente
find-action-stale-help = ajoutez une entrée `progress` avec la dernière mesure, ou changez le statut
find-indicator-without-source = l’indicateur `{ $indicator }` de cette action publique ne dit pas d’où viennent ses chiffres
find-indicator-without-source-label = aucune source
find-indicator-without-source-help = ajoutez `source:` en indiquant qui le mesure et à partir de quoi, par exemple `source: energieboekhouding`

## The core team, sessions, topics

find-team-no-mandate = le groupe de pilotage n’a pas de mandat
find-team-no-mandate-help = ajoutez `mandate: {"{"} body: Collège des bourgmestre et échevins, date: YYYY-MM-DD {"}"}` à team.yaml
find-team-no-lead = aucun membre du groupe de pilotage n’en est le pilote
find-team-no-lead-help = désignez le pilote du groupe de pilotage avec `lead: true`
## $why: small or large
find-team-size = le groupe de pilotage compte { $n ->
        [one] { $n } membre
       *[other] { $n } membres
    } : { $why ->
        [small] trop peu pour porter le trajet
       *[large] trop pour travailler en équipe
    }
find-team-size-help = les guides recommandent un groupe de pilotage de 2 à 8 personnes
## $missing: elected or staff
find-team-no-elected = le groupe de pilotage ne compte { $missing ->
        [elected] aucun mandataire
       *[staff] aucun agent de l’administration
    }
find-team-no-elected-help = les guides demandent un mélange d’agents et de mandataires
find-team-single-department = tous les membres du groupe de pilotage viennent du même service : { $department }
find-team-single-department-help = faites appel à des personnes d’autres services : la RSE concerne toute l’organisation
## $why: one-word, commas or word ($word: the word it cannot place)
find-team-name-unclear = le garde de confidentialité ne peut pas séparer le nom `{ $name }` en prénom et nom de famille : { $why ->
        [one-word] c’est un seul mot, le garde ne le cherche donc que tel quel
        [commas] il contient plus d’une virgule
       *[word] il ne sait pas où placer `{ $word }`
    }
find-team-name-unclear-label = nom peu clair pour le garde de confidentialité
find-team-name-unclear-help = écrivez d’abord le ou les prénoms, puis le nom de famille, sans titre ni remarque : `name: Sofie Vandermeulen` ; indiquez les autres formes utilisées (un diminutif, un nom de jeune fille) sous `also_known_as: [Fie, Sofie Peeters]`
find-session-not-closed = la session { $number } ({ $date }) est passée, mais son statut est toujours `planned`
find-session-not-closed-label = toujours prévue
find-session-not-closed-help = indiquez `status: done` et ajoutez un `summary`, ou déplacez la date
find-topic-blind-spot = le thème `{ $topic }` ({ $title }) n’a ni élément dans la photo locale, ni action
find-topic-blind-spot-label = angle mort
find-topic-blind-spot-help = cherchez ce que l’organisation fait déjà sur ce thème (photo locale), ou planifiez une action

## Pages and Markdown

## $what: page (a public page) or action (a public action); $terms: the terms found, quoted
find-page-claim-term = cette { $what ->
        [page] page publique
       *[action] action publique
    } fait une allégation hors du registre des allégations : { $terms }
find-page-claim-term-help = inscrivez l’allégation dans content/claims/ (avec sa justification) pour qu’elle soit contrôlée, ou reformulez
find-raw-html-removed = du HTML brut que le nettoyage supprime : `{ $html }`
find-raw-html-removed-label = supprimé sur le site
find-raw-html-removed-help = écrivez-le en Markdown : scripts, gestionnaires d’événements, iframes et attributs style n’arrivent jamais sur le site
find-body-front-matter-key = une ligne du texte commence par le champ d’en-tête `{ $key }` : `{ $line }`
find-body-front-matter-key-label = publié comme texte
find-body-front-matter-key-help = ceci ressemble à un champ de l’en-tête : déplacez-le au-dessus du `---` de fermeture (dans le texte, la page l’affiche mot pour mot)
find-markdown-image-alt = l’image `{ $image }` n’a pas de texte alternatif
find-markdown-image-alt-label = aucun texte alternatif
find-markdown-image-alt-help = décrivez l’image pour les personnes qui utilisent un lecteur d’écran : `![ce qu’elle montre](chemin)`
find-markdown-heading-level-one = le texte utilise un titre de niveau 1 (`#`) : seul le titre de la page est de niveau 1
find-markdown-heading-level-one-label = niveau 1
find-markdown-heading-level-one-help = commencez les titres du texte à `##`
## $marks: the heading marks to use (`###`)
find-markdown-heading-skip = un titre de niveau { $level } suit le niveau { $previous } : un niveau est sauté
find-markdown-heading-skip-label = niveau { $level }
find-markdown-heading-skip-help = utilisez `{ $marks }` ici (les personnes qui utilisent un lecteur d’écran naviguent par niveau de titre)
find-markdown-link-text = le texte de lien « { $text } » ne dit rien de sa destination
find-markdown-link-text-label = texte de lien générique
find-markdown-link-text-help = faites dire au texte du lien ce que le lecteur y trouve : [le plan d’action](...) plutôt que [ici](...)

find-asset-intranet-only = `{ $file }` n’ira pas sur le site public : aucune page publique n’y renvoie (seul l’intranet l’a)
find-asset-intranet-only-help = pour le publier, faites-y un lien depuis une action ou une page publique : `[…](@asset/{ $asset })` ; un fichier réservé au groupe de pilotage ne demande rien
