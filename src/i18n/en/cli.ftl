## kapstok: what the commands say: summaries, outcomes, init, new, import,
## schema, serve (terminal, overlay, banner), the coach table (en). Ids start with `cli-`.

## Counted words, used by the summaries below.
## The word `error` before a usage error and the codes in brackets stay English in
## every language (scripts look for them); everything after them is translated.

## check: the last line
cli-check-content-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }: fix the content errors first (the claim checks run on valid content only)
cli-check-blocked = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }: the public site would NOT be published
cli-check-ok = ok: 0 errors, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
cli-no-rule = there is no rule `{ $rule }`
cli-no-rule-did-you-mean = there is no rule `{ $rule }` (did you mean `{ $close }`?)

## check with several --root (coach mode): the table
cli-coach-root = root
cli-coach-errors = errors
cli-coach-warnings = warnings
cli-coach-claims = claims
cli-coach-overdue = overdue
cli-coach-status = status
cli-coach-status-ok = ok
cli-coach-status-blocked = blocked
cli-coach-status-content-errors = content errors
cli-coach-summary = { $projects ->
        [one] 1 project
       *[other] { $projects } projects
    }, { $blocked } not publishable; claims = claim findings, overdue = open actions whose last follow-up moment has passed.
    Details: kapstok check --root DIR

## build: the last line
cli-build-content-errors = failed: { $n ->
        [one] 1 content error
       *[other] { $n } content errors
    }; nothing was written
cli-build-unreadable = failed: content errors; nothing was written
cli-build-template-error = failed: template error; nothing was written
cli-build-io-error = failed: I/O error; the output folder was left as it was
cli-build-blocked = blocked: { $findings ->
        [one] 1 error finding
       *[other] { $findings } error findings
    }, { $hits ->
        [one] 1 privacy-guard hit
       *[other] { $hits } privacy-guard hits
    }: intranet updated, public site NOT updated
cli-build-ok = ok: intranet ({ $intranet } files) and public site ({ $public } files) written to { $out }; { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## build: a refused public site and the files still online
cli-build-still-online = { $n ->
        [one] 1 file of the public site in { $dir } is still online, although the refused build no longer publishes it:
       *[other] { $n } files of the public site in { $dir } are still online, although the refused build no longer publishes them:
    }
cli-build-still-online-action-internal = { $file } (action `{ $id }`, now internal)
cli-build-still-online-action-removed = { $file } (action `{ $id }`, no longer in content/)
cli-build-still-online-page-internal = { $file } (page `{ $slug }`, now on the intranet only)
cli-build-still-online-asset = { $file } (an asset no public page links any more)
cli-build-still-online-other = { $file }
cli-build-still-online-more = … and { $n } more (compare { ".kapstok-manifest" } with the content)
cli-build-still-online-help = They stay online until the errors above are fixed and the site is built again: a refused build changes nothing on the public site. To take a page offline at once, fix the errors first, or remove the file from the web server by hand.

## Before anything runs
cli-lang-unknown = --lang `{ $tag }`: kapstok speaks nl, fr and en
cli-root-not-a-folder = --root `{ $root }` is not a folder
cli-no-content = `{ $root }` holds no content/ folder (use --root, or `kapstok init DIR` first)
cli-cannot-write = cannot write `{ $file }`: { $detail }
## $detail is the date parser's reason
cli-today-bad = --today: { $detail }
cli-epoch-not-a-number = SOURCE_DATE_EPOCH `{ $epoch }` is not a number of seconds
cli-epoch-out-of-range = SOURCE_DATE_EPOCH `{ $epoch }` is not a date kapstok can use
cli-output-root-unresolved = cannot resolve the root: { $detail }
cli-output-unresolved = cannot resolve --output: { $detail }
cli-output-is-fs-root = refusing to write to `{ $out }`: it is the file system root
cli-output-holds-root = refusing to write to `{ $out }`: it is or contains the project root `{ $root }`
cli-output-in-sources = refusing to write to `{ $out }`: it is, contains or lies inside `{ $folder }/`

cli-output-control-character = refusing to write { $file }: a file name with a control character (a line break…)
cli-output-foreign-file = kapstok would overwrite `{ $file }`, a file it did not write: move or rename it

## init
cli-init-not-empty = `{ $dir }` exists and is not an empty folder; kapstok init never writes into existing work
cli-init-made = Made a new kapstok project in { $dir }:
cli-init-schemas = { $folder }/ ({ $n } JSON Schemas for editors) and .vscode/settings.json
cli-init-next = Next: cd { $dir } && kapstok check && kapstok build (or kapstok serve while you edit)

## new
cli-new-bad-id = `{ $id }` is not a valid id: { $detail }
cli-new-bad-id-try = `{ $id }` is not a valid id: { $detail }; try `{ $suggestion }`
cli-new-exists = `{ $file }` exists already; kapstok new never overwrites
cli-new-claim-exists = a claim `{ $id }` exists already
cli-new-wrote = wrote { $file }

## schema
cli-schema-wrote = Wrote { $n } JSON Schemas to { $dir }:
cli-schema-vscode-written = VS Code (with the YAML extension): .vscode/settings.json maps them to the content files.
cli-schema-vscode-kept = VS Code: .vscode/settings.json exists and was left as it is; add this to it:
cli-schema-modeline = Any editor with yaml-language-server: start a YAML file with a line such as

## import
cli-import-not-a-file = `{ $file }` is not a file
cli-import-bad-name = cannot make a file name from `{ $stem }`: rename the spreadsheet to a-z, 0-9 and -
cli-import-exists = `{ $file }` exists already; kapstok import never overwrites a file: rename the spreadsheet, or move the old file away
cli-import-cannot-read = cannot read `{ $file }`: { $detail }
cli-import-not-a-spreadsheet = `{ $file }` is not a spreadsheet kapstok reads: use a .csv or .xlsx file (also .xlsm, .xls, .ods)
cli-import-bad-workbook = cannot read `{ $file }` as a spreadsheet: { $detail }
cli-import-bad-sheet = cannot read sheet `{ $sheet }` of `{ $file }`: { $detail }
cli-import-bad-csv = cannot read `{ $file }` as CSV: { $detail }
cli-import-no-sheet = `{ $file }` has no sheet
cli-import-failed = failed: { $n ->
        [one] 1 error
       *[other] { $n } errors
    } in `{ $file }`; nothing was written
cli-import-no-items = failed: `{ $file }` has a header row but no items; nothing was written
cli-import-no-read-back = internal error: the YAML made from `{ $file }` does not read back ({ $detail }); nothing was written
cli-import-ok = ok: wrote { $file } with { $items ->
        [one] 1 item
       *[other] { $items } items
    } ({ $public } public, { $internal } internal); { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }. Next: kapstok check

## serve: the terminal
cli-serve-bad-bind = --bind `{ $bind }`: { $detail }
cli-serve-port-in-use = port { $port } is in use on { $bind }; choose another with --port
cli-serve-cannot-listen = cannot listen on { $bind } port { $port }: { $detail }
cli-serve-not-loopback = warning: serving on { $ip }, not on loopback: the intranet and its internal data become reachable from the network
cli-serve-no-watch = warning: cannot watch for changes ({ $detail }); reload by restarting
cli-serve-serving = serving { $url } (intranet: { $url }intranet/, public: { $url }public/); watching content/ and themes/; Ctrl-C stops
cli-serve-built = built generation { $generation } in { $ms } ms
cli-serve-rebuilt = rebuilt generation { $generation } in { $ms } ms ({ $since } ms after the first change was seen)
cli-serve-more-warnings = … and { $n ->
        [one] 1 more new warning
       *[other] { $n } more new warnings
    }: `kapstok check` or /intranet/checks/ lists them all
cli-serve-content-errors = failed: { $n ->
        [one] 1 content error
       *[other] { $n } content errors
    }; still serving the last good pages
cli-serve-unreadable = failed: content errors; still serving the last good pages
cli-serve-failed-template = failed: template error; still serving the last good pages
cli-serve-ok = ok: intranet ({ $intranet } files) and public site ({ $public } files); { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
cli-serve-blocked = blocked: { $n ->
        [one] 1 finding would
       *[other] { $n } findings would
    } stop publishing; /public/ shows a banner
cli-serve-guard-blocked = blocked: { $n ->
        [one] 1 privacy-guard hit
       *[other] { $n } privacy-guard hits
    } on the public site; /public/ shows a banner
cli-serve-panicked = internal error: the build panicked (see the terminal); please report it

## serve: the browser (overlay, banner, pages of the server itself)
cli-serve-overlay-title = kapstok: the content has errors; you are seeing the last good pages
cli-serve-banner-title = this version would not be published
cli-serve-close = close
cli-serve-no-pages-title = kapstok: no pages yet
cli-serve-no-pages = The first build failed; fix the errors and save.
cli-serve-template-error = Template error
cli-serve-not-found = Not found
cli-serve-back = Back to the start
cli-serve-intranet-note = internal: for the team
cli-serve-public-site = Public site

## The terminal: the words before a note and a hint (`= help: …`)
cli-note = note
cli-help = help
