## kapstok: what the commands say: summaries, outcomes, init, new, import,
## schema, serve (terminal, overlay, banner), the coach table (en). Ids start with `cli-`.

