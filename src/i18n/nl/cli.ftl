## kapstok: what the commands say: summaries, outcomes, init, new, import,
## schema, serve (terminal, overlay, banner), the coach table (nl). Ids start with `cli-`.

