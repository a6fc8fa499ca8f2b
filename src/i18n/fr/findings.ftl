## kapstok: findings of the rules and the privacy guard, with their hints (fr).
## Ids start with `find-`.

