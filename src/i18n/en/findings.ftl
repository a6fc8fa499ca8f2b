## kapstok: findings of the rules and the privacy guard, with their hints (en).
## Ids start with `find-`.

