## kapstok: what the commands say: summaries, outcomes, init, new, import,
## schema, serve (terminal, overlay, banner), the coach table (fr). Ids start with `cli-`.

