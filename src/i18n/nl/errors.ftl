## kapstok: content errors, their labels, notes and hints (nl).
## Ids start with `err-`; the argument names are the ones the code passes (`msg!`).


err-dangling-reference = { $what ->
        [member] geen teamlid
        [action] geen actie
        [inventory] geen item van de lokale foto
        [question] geen evaluatievraag
        [topic] geen thema
        [phase] geen fase
       *[channel] geen kanaal
    } `{ $id }`
err-dangling-reference-other = `{ $id }` is { $other ->
        [action] een actie
       *[inventory] een item van de lokale foto
    }, geen { $what ->
        [member] teamlid
        [action] actie
        [inventory] item van de lokale foto
        [question] evaluatievraag
        [topic] thema
        [phase] fase
       *[channel] kanaal
    }
err-dangling-reference-none-yet = er is nog { $what ->
        [member] geen teamlid
        [action] geen actie
        [inventory] geen item van de lokale foto
        [question] geen evaluatievraag
        [topic] geen thema
        [phase] geen fase
       *[channel] geen kanaal
    }
err-dangling-reference-known = bekend: { $known }
err-dangling-reference-count = controleer de spelling; er zijn er { $n }
err-did-you-mean = bedoelde je `{ $close }`?
