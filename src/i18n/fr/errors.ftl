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
