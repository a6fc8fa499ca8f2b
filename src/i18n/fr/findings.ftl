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
