## kapstok: findings of the rules and the privacy guard, with their hints (en).
## Ids start with `find-`.


## Progress status (issue 22): $term is the phrase of the claim, $value and $expected
## figures with their unit, $date the date of the measurement.
find-claim-on-track-unsupported = “{ $term }” says the plan is on course, but the indicator `{ $indicator }` of action `{ $action }` is behind: { $value } on { $date }, where the line from baseline to target asks { $expected }
find-claim-on-track-unsupported-label = the figures say otherwise
find-claim-on-track-unsupported-help = say where the plan lags and why, or record the measurement that shows it is back on course
find-indicator-behind-unexplained = the indicator `{ $indicator }` is behind: { $value } on { $date }, where the line from baseline to target asks { $expected }; the public site shows it without an explanation
find-indicator-behind-unexplained-label = behind, unexplained
find-indicator-behind-unexplained-help = add `explanation:` to the indicator: why the figure lags and what is being done about it (comply or explain)
