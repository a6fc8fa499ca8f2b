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
