## kapstok: findings of the rules and the privacy guard, with their hints (nl).
## Ids start with `find-`.

