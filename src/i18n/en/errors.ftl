## kapstok: content errors, their labels, notes and hints (en).
## Ids start with `err-`; the argument names are the ones the code passes (`msg!`).


## A reference to an item that does not exist. $what is the kind of item:
## member, action, inventory, question, topic, phase or channel.
err-dangling-reference = no { $what ->
        [member] team member
        [action] action
        [inventory] inventory item
        [question] evaluation question
        [topic] topic
        [phase] phase
       *[channel] channel
    } `{ $id }`
err-dangling-reference-other = `{ $id }` is { $other ->
        [action] an action
       *[inventory] an inventory item
    }, not { $what ->
        [action] an action
        [inventory] an inventory item
       *[other] a { $what }
    }
err-dangling-reference-none-yet = there is no { $what ->
        [member] team member
        [action] action
        [inventory] inventory item
        [question] evaluation question
        [topic] topic
        [phase] phase
       *[channel] channel
    } yet
err-dangling-reference-known = known: { $known }
err-dangling-reference-count = check the spelling; there are { $n } of them
err-did-you-mean = did you mean `{ $close }`?
