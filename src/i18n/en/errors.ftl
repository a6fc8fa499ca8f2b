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
err-did-you-mean-allowed = did you mean `{ $close }`? allowed: { $allowed }
err-allowed = allowed: { $allowed }

## Reading content/: files the walk refuses or cannot read.
## $path: the file as shown (`content/...`); $detail: the operating system's own words.
err-missing-site = no `content/site.yaml` in this project
err-missing-site-help = run `kapstok init DIR` for a working example, or pass `--root` with the folder that holds `content/`
err-io-folder = cannot read a folder in content/: { $detail }
err-io-read = cannot read `{ $path }`: { $detail }
err-symlink = `{ $path }` is a symbolic link; links are refused
err-symlink-help = copy the file into content/ instead: a link could point outside the project
err-not-regular-file = `{ $path }` is not a regular file (a pipe, a socket or a device)
err-not-regular-file-help = put the file itself in content/, or remove this entry
## $mib: the file's size in MiB.
err-file-too-large = `{ $path }` is { $mib } MiB; files over 32 MiB are refused
err-file-too-large-help = split the file, or keep large documents outside content/ and link to them
err-two-site-files = both `{ $first }` and `{ $second }` exist
err-two-site-files-help = keep one of them
err-not-utf8 = `{ $path }` is not UTF-8 text
err-not-utf8-label = this byte is not UTF-8
err-not-utf8-help = save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)
err-unexpected-file = `{ $path }` is not a file kapstok reads
err-unexpected-file-markdown-help = actions and pages are Markdown files ending in `.md`
err-unexpected-file-yaml-help = this folder holds YAML files ending in `.yaml` or `.yml`
## $dir: the folder as written; $close: the content folder it looks like.
err-unexpected-folder-help = `{ $dir }/` is not a content folder; the folders are actions, pages, inventory, claims, evaluation and assets
err-unexpected-folder-close-help = `{ $dir }/` is not a content folder; the folders are actions, pages, inventory, claims, evaluation and assets (did you mean `{ $close }/`?)
err-unexpected-file-top-help = the top of content/ holds site.yaml, team.yaml and sessions.yaml; files for the sites go in content/assets/
err-front-matter = this Markdown file has no front matter
err-front-matter-help = start the file with a line `---`, the YAML keys (at least `title:`), and a closing line `---`
err-empty-file = this file is empty
err-only-comments = this file holds no YAML value (only comments)
err-empty-file-help = remove the file, or fill it in (see docs/content-format.md)

## YAML syntax. $detail: one of the err-yaml-* messages below, or for a rare
## problem the YAML parser's own words (in English).
err-yaml-syntax = YAML syntax: { $detail }
err-yaml-syntax-help = check the indentation and the `key: value` form; quote text that contains `: ` or starts with a special character
err-yaml-second-document = a second YAML document (`---`) in one file
err-yaml-unknown-anchor = an alias to an unknown anchor
err-yaml-too-many-values = this file expands to too many values (an alias bomb?)
err-yaml-key-twice = the key `{ $key }` appears twice in this mapping
err-yaml-colon = a colon where YAML expects none (if a text contains `: `, put the text in quotes)
err-yaml-after-quote = text after the closing quote (put the whole value in quotes, or double a ' inside '...')
err-yaml-unclosed-quote = a quote that is never closed
err-yaml-tab = a tab (YAML indents with spaces, not tabs)
err-yaml-unexpected-character = a value cannot start with `{ $character }` (put the text in quotes)
err-yaml-bracket = a bracket `[` or `{"{"}` that is not closed (or not closed right), or a missing comma
err-yaml-indentation = the indentation is wrong: this line is indented more or less than the lines of its block

## The shape of the YAML: wrong types, unknown keys, values not allowed.
## $expected is one of the err-expected-* messages; $found one of the err-found-*.
err-wrong-type = expected { $expected }, found { $found }
## $found, $expected as above (a value of the right type, but not one allowed).
err-invalid-value = { $found } is not allowed here: expected { $expected }
err-expected-text = text
err-expected-list = a list
err-expected-items = a list of items
err-expected-mapping = a mapping (key: value)
err-expected-word = one word
err-expected-yes-no = a yes/no value
err-expected-count = a whole number (0 or more)
err-expected-whole-number = a whole number
err-expected-number = a number
err-found-nothing = nothing
err-found-yes-no = a yes/no value
err-found-number = a number
err-found-text = text
err-found-list = a list
err-found-mapping = a mapping (key: value)
err-found-the-text = the text "{ $text }"
err-found-the-number = the number { $number }
err-found-the-value = the value { $value }
err-write-yes-no-help = write `true` or `false`
err-write-number-help = write a number without quotes, e.g. `12000`
err-write-list-help = write a list as `[a, b]` or as lines starting with `- `
err-write-expected-help = write { $expected } here
err-file-is-mapping-help = this file is one mapping of keys, not a list: remove the leading `- `
err-file-is-list-help = this file is a list: start each item with `- `
err-unknown-key = unknown key `{ $key }`
err-known-keys = known keys here: { $keys }
err-not-allowed-value = `{ $value }` is not an allowed value
err-required-key-missing = the required key `{ $key }` is missing

## Required keys. $what is the kind of thing that lacks the key: site, sites,
## trajectory, intranet, public (the two sites), mandate, member, session,
## inventory, action, follow-up, indicator, progress, question, quote, claim,
## allow, page, channel; in the -titled messages phase or topic, with its $id.
err-key-missing = { $what ->
        [site] site.yaml
        [sites] `sites`
        [trajectory] trajectory
        [intranet] the intranet site
        [public] the public site
        [mandate] the mandate
        [member] a team member
        [session] a session
        [inventory] an inventory item
        [action] this action
        [follow-up] a follow-up moment
        [indicator] the indicator
        [progress] a progress entry
        [question] a question
        [quote] a quote
        [claim] a claim
        [allow] an allow entry
        [page] this page
       *[channel] a channel
    } has no `{ $key }`, which is required
err-key-empty = `{ $key }` of { $what ->
        [site] site.yaml
        [sites] `sites`
        [trajectory] trajectory
        [intranet] the intranet site
        [public] the public site
        [mandate] the mandate
        [member] a team member
        [session] a session
        [inventory] an inventory item
        [action] this action
        [follow-up] a follow-up moment
        [indicator] the indicator
        [progress] a progress entry
        [question] a question
        [quote] a quote
        [claim] a claim
        [allow] an allow entry
        [page] this page
       *[channel] a channel
    } is empty
err-key-missing-titled = { $what ->
        [phase] phase
       *[topic] topic
    } `{ $id }` has no `{ $key }`, which is required
err-key-empty-titled = `{ $key }` of { $what ->
        [phase] phase
       *[topic] topic
    } `{ $id }` is empty
err-add-key-help = add `{ $key }:`
err-fill-in-key-help = fill in `{ $key }:`
err-add-date-key-help = add `{ $key }: YYYY-MM-DD`
err-add-trajectory-help = add `trajectory:` with `title:` and `start:`
err-add-sites-help = add `sites:` with `intranet:` and `public:`, each with `title:` and `base_url:`
## $which: intranet or public, as the key is written.
err-add-site-help = add `{ $which }: {"{"} title: ..., base_url: ... {"}"}`

## Ids. $what is the kind of item the id names: member, inventory, action,
## question, claim, channel, phase, topic, theme, slug (a page's).
## $reason: one of the err-id-* messages.
err-bad-id = `{ $value }` is not a valid { $what ->
        [member] team member
        [inventory] inventory item
        [action] action
        [question] evaluation question
        [claim] claim
        [channel] channel
        [phase] phase
        [topic] topic
        [theme] theme
       *[slug] page slug
    } id: { $reason }
err-bad-id-try-help = ids use a-z, 0-9 and -, and start with a letter or digit: try `{ $suggestion }`
err-bad-id-help = ids use a-z, 0-9 and -, start with a letter or digit, and have at most 64 characters
err-bad-file-name = the file name `{ $stem }` is not a valid { $what ->
        [action] action
       *[slug] page slug
    } id: { $reason }
## $key: id (an action's) or slug (a page's).
err-bad-file-name-try-help = rename the file to `{ $suggestion }.md`, or set `{ $key }: { $suggestion }` in the front matter
err-bad-file-name-help = rename the file using a-z, 0-9 and -, or set `{ $key }:` in the front matter
err-id-missing = this { $what ->
        [member] team member
        [inventory] inventory item
        [question] evaluation question
        [claim] claim
        [phase] phase
        [topic] topic
       *[channel] channel
    } has no `id`, which is required
err-id-missing-help = add `id:` with a short name of a-z, 0-9 and -
err-id-empty = an id cannot be empty
err-id-too-long = an id has at most 64 characters
err-id-bad-start = an id starts with a lowercase letter or a digit
err-id-bad-char = `{ $char }` is not allowed in an id (only a-z, 0-9 and -)
err-id-reserved = this name is reserved by Windows and breaks on a file share

## Two items with the same id. $what: member, inventory, action, question,
## claim, page, phase, topic, or session (two sessions with one number).
err-duplicate-id = two of { $what ->
        [member] the team members,
        [inventory] the inventory items,
        [action] the actions,
        [question] the evaluation questions,
        [claim] the claims,
        [page] the pages,
        [phase] phase
        [topic] topic
       *[session] session number
    } `{ $id }`: in { $first_file }:{ $first_line } and in { $file }:{ $line }
err-duplicate-id-first = first defined in { $file }:{ $line }
err-duplicate-id-help = give one of them another id

## Dates, numbers, SDGs. $value: the text as written.
err-date-shape = `{ $value }` is not a date in the form YYYY-MM-DD
err-date-not-in-calendar = { $value } does not exist in the calendar
err-bad-date-help = write dates as YYYY-MM-DD, e.g. 2024-03-01
err-trajectory-ends-before-start = the trajectory ends ({ $end }) before it starts ({ $start })
err-due-before-start = `due` ({ $due }) is before `start` ({ $start })
err-due-before-start-help = an action is due after it starts: check both dates
err-bad-sdg = SDG { $sdg } does not exist
err-bad-sdg-help = the SDGs are numbered 1 to 17
err-number-not-finite = `{ $written }` is not a number kapstok can use
err-number-not-finite-help = write a plain number such as `12000` or `0.25`: not-a-number and infinite values cannot be measured
## $written: the number as written (`12.000`); $read: what YAML read (12); $meant: the thousands (12000).
err-suspicious-number = `{ $written }` is read as { $read }, not as { $meant }
err-suspicious-number-help = YAML uses `.` as the decimal mark: write `{ $meant }` for the thousands

## site.yaml
err-missing-theme = there is no folder `themes/{ $theme }/`
err-missing-theme-help = create the folder, or remove `theme:` to use the built-in theme
err-base-url = `{ $url }` is not a web address
err-base-url-help = write the full address where the site will live, e.g. https://www.voorbeeld.be/duurzaamheid/
err-unknown-rule = there is no rule `{ $rule }`
err-unknown-rule-close-help = did you mean `{ $close }`? `kapstok check --explain RULE` describes each rule
err-unknown-rule-help = see docs/checks.md for the rule ids
err-rule-fixed = `{ $rule }` cannot be changed: the privacy rules are always errors
err-rule-fixed-help = remove this line; fix the text the rule points at instead
err-unknown-department = department `{ $department }` is not in the list of departments
err-unknown-department-close-help = did you mean `{ $close }`? departments are listed in site.yaml `departments`
err-unknown-department-help = add it to `departments` in site.yaml, or use one listed there

## Actions, indicators and progress. $line: a line number in the same file.
err-indicator-and-indicators = this action has both `indicator:` and `indicators:`
err-indicator-and-indicators-help = keep one: `indicator:` (line { $line }) is the shorthand for a single indicator; move it into the `indicators:` list, with the action's `progress:` under it
err-progress-beside-indicators = `progress:` at the top of an action belongs to the `indicator:` shorthand
err-progress-beside-indicators-help = with `indicators:`, give each indicator its own `progress:` list
err-progress-twice = this indicator has a `progress:` list and so does its action
err-progress-twice-help = keep one list: the action's `progress:` (line { $line }) belongs to `indicator:` already
err-progress-without-indicator = this action has `progress:` but no indicator it measures
err-progress-without-indicator-help = add `indicator:` with a `name` and a `target` (what the progress values measure)
err-total-not-positive = the `total` of an indicator is the whole a count is part of; { $total } cannot be one
err-total-not-positive-help = write the size of the whole, e.g. `total: 30` for a fleet of 30 vehicles, or remove `total:`
err-bad-frequency = `{ $value }` is not a measuring frequency
err-bad-frequency-help = write `monthly`, `quarterly`, `yearly`, or a whole number of days such as `30`
err-progress-same-date = two progress entries on { $date }
err-progress-same-date-help = the other one is on line { $line }; keep one measurement per date

## Claims and pages.
err-bad-allow-rule = `{ $rule }` cannot be allowed per claim: only `claim-*` rules
err-bad-allow-close-help = did you mean `{ $close }`? `allow` silences one `claim-*` rule for this claim
err-bad-allow-help = `allow` silences one `claim-*` rule for this claim; see docs/checks.md
err-allow-no-reason = the exception for `{ $rule }` gives no reason
err-allow-no-reason-help = add `reason:` saying who reviewed it and why the claim is fair
err-reserved-slug = the page slug `{ $slug }` is reserved: the sites use `{ $slug }/` themselves
err-reserved-slug-help = choose another slug, e.g. `over-{ $slug }`

## Links. $problem: err-url-scheme or err-url-invalid; $detail: the URL
## parser's own words (in English).
err-bad-url-link = the link `{ $url }` is refused: { $problem }
err-bad-url-field = `{ $key }` `{ $url }` is refused: { $problem }
err-url-scheme = `{ $scheme }:` links are not allowed
err-url-invalid = this is not a valid web address ({ $detail })
err-url-file-help = a file on your computer or a share cannot be opened from the site: put it under content/assets/ and link it as @asset/PATH
err-url-help = links may use https://, http:// or mailto:, or point inside the site (a relative path, /path, #anchor or @action/ID)
err-too-deep = this text nests more than { $depth } levels deep
err-too-deep-help = flatten the nested quotes or lists (a `>` or a list level inside another counts one level); the site cannot show this
err-bidi-control = an invisible direction mark ({ $code }) in the text: a browser shows the letters after it in another order
err-bidi-control-label = invisible direction mark here
err-bidi-control-help = remove the invisible direction mark (a web page or a PDF the text was copied from can carry one); a plan in Dutch or French needs none
## $kinds: the item links as written (`@action/…, @inventory/…, …`).
err-link-kind = `{ $link }` is not a kind of link
err-link-kind-help = item links are { $kinds }
err-dangling-link = the link `{ $link }` points to nothing
## $kind: the kind of link as written after `@` (action, inventory, page, sdg, topic, asset).
err-dangling-link-help = check the { $kind } id after `@{ $kind }/`
## $kind: action, inventory or page, as written after `@`; $target: its id.
err-public-link-to-internal = public text links to the internal { $kind } `{ $target }`
err-public-link-to-internal-help = the link would break (or leak) on the public site: link a public item, or remove the link
err-public-link-to-intranet-help = this address is on the intranet (`sites.intranet.base_url` in site.yaml): the public site would show it and the item's id; link a public item (`@action/ID`), or remove the link

## Assets (content/assets/).
err-asset-name-not-utf8 = `{ $path }`: the file name is not valid UTF-8
## $path: the name in quotes, control characters escaped.
err-asset-name-control = { $path }: the file name holds a control character (a line break, a tab...)
err-asset-rename-help = rename the file with letters, digits, `-` and `_` (asset names become web addresses)
err-asset-script = `{ $path }`: HTML and JavaScript files are refused as assets
err-asset-script-help = content cannot bring scripts or pages; write a page in content/pages/ instead
## $types: err-asset-types.
err-asset-type = `{ $path }`: `.{ $ext }` files are not published; assets are { $types }
err-asset-no-extension = `{ $path }`: a file without an extension is not published; assets are { $types }
## The extensions of each group, as a list.
err-asset-types = pictures: { $pictures }; documents: { $documents }; text and data: { $text }; archives: { $archives }
err-asset-type-help = convert the file to one of these types (a PDF for a document, a PNG for a picture), or move it out of content/assets/
err-asset-unreadable-help = check the file's permissions (kapstok must be able to read every asset), or remove it
err-asset-not-regular = `{ $path }` is not a regular file
err-asset-not-regular-help = put a copy of the file itself in content/assets/
err-asset-markup = `{ $path }` starts like a web page (`<html`, `<script`, `<!--`, `<?xml`...): a browser could open it as one
err-asset-markup-help = remove the markup from the start of the file, or publish the page as a page in content/pages/
## $problem: one of the err-svg-* messages.
err-asset-svg = `{ $path }` { $problem }; an SVG is published only without scripts, events, animated links or outside references
err-asset-svg-help = export the drawing as a plain SVG (most drawing programs have a plain or optimised SVG export), or as a PNG
## What is wrong in an SVG; $problem: one of the messages after it.
err-svg-at = { $problem } (line { $line }, column { $column })
err-svg-doctype = has a DOCTYPE, which can declare entities (line { $line }, column { $column }; delete the `<!DOCTYPE ...>`)
err-svg-stylesheet = has an `xml-stylesheet` instruction
err-svg-not-closed = cannot be read as XML (an element is not closed at the end, line { $line }, column { $column })
## $detail: the XML reader's own words (in English).
err-svg-xml = cannot be read as XML (line { $line }, column { $column }: { $detail })
err-svg-element = has a <{ $element }> element
err-svg-html-element = has an HTML element <{ $element }>
err-svg-attributes-unreadable = has an attribute of <{ $element }> that cannot be read
err-svg-attribute-unreadable = has an attribute `{ $attribute }` that cannot be read
err-svg-event = has an event attribute `{ $attribute }`
err-svg-script-link = has a script link in `{ $attribute }`
err-svg-animates-link = has <{ $element }> that changes a link
err-svg-links-outside = links to `{ $target }` outside the file in `{ $attribute }`
err-svg-refers-outside = refers to `{ $target }` outside the file in `{ $attribute }`
err-svg-style-import = has a style that imports another file (`@import`)
err-svg-style-outside = has a style that refers to `{ $target }` outside the file

## Building the sites. $detail: Tera's or the operating system's own words (in English).
err-template = template `{ $name }`: { $detail }
err-theme-read = reading the theme: { $detail }
err-render-read = reading `{ $path }`: { $detail }
err-render-write = writing `{ $path }`: { $detail }
err-render-clash = two files would be written to `{ $path }`
err-render-unplanned = `{ $path }` was made but not planned
err-render-not-made = `{ $path }` was planned but not made

## kapstok import: a spreadsheet's cells. $rest / $problem: the message it
## frames; $row: the spreadsheet's row number; $column: its letter (A, B, ...).
err-import-in-sheet = sheet `{ $sheet }`, { $rest }
err-import-cell = row { $row }, column { $column }: { $problem }
err-import-cell-header = row { $row }, column { $column } (`{ $header }`): { $problem }
err-import-no-header = no header row with a title column
err-import-no-header-help = the first row names the columns: Titel (or Title), Soort (Kind), Bron (Source), and optionally Dienst, SDG's, Thema's, Zichtbaarheid, Opmerking; see docs/import.md
err-import-second-column = a second column for `{ $key }`
err-import-second-column-label = this header
err-import-second-column-help = keep one column per key, or rename one of them
err-import-unknown-column = row { $row }, column { $column } (`{ $header }`) is not imported
err-import-unknown-column-close-help = did you mean `{ $close }`? A column kapstok does not know is left out
err-import-unknown-column-help = a column kapstok does not know is left out; the known headers are in docs/import.md
err-import-no-column = the header row has no column for `{ $key }`
## $first, $second: two headers that name the column.
err-import-no-column-help = add a column headed `{ $first }` or `{ $second }`
## $cells: the cells of the row; $header: the cells of the header row.
err-import-too-many-cells = this row has { $cells } cells, the header row { $header }
err-import-too-many-cells-help = a value with the separator in it must be quoted in a CSV file ("7, 11, 13"), or save the sheet as .xlsx
err-import-no-title = no title
err-import-no-title-help = every item needs a title
err-import-no-kind = no kind
err-import-no-kind-help = write `Doel` (goal) or `Actie` (action)
err-import-bad-kind = `{ $value }` is not a kind
err-import-no-source = no source
err-import-bad-source = `{ $value }` is not a source
err-import-bad-visibility = `{ $value }` is not a visibility
err-import-bad-visibility-help = write `publiek` (public) or `intern` (internal)
err-import-bad-sdg = `{ $value }` is not an SDG
err-import-bad-sdg-help = the SDGs are numbered 1 to 17; write them as `7, 11, 13`
err-import-topic-close-help = did you mean `{ $close }`? topics are listed in site.yaml `topics`
err-import-topics-help = known topics: { $topics }
err-import-id-taken = the id `{ $id }` is taken already
err-import-id-taken-help = give this item another id, or leave the id empty
err-import-bad-id = `{ $value }` is not a valid id: { $reason }
err-import-try-id-help = try `{ $suggestion }`

## What the privacy guard cannot read in an asset (asset-unread). $detail:
## the reader's own words (in English); $n, $depth, $mib: numbers.
err-unread-svg-pictures = the pictures embedded in the drawing (their pixels and metadata)
err-unread-picture-text-metadata = text shown in the picture itself, and metadata not stored as plain characters
err-unread-picture-text = text shown in the picture itself
err-unread-old-office = an old binary Office file is read only for the characters stored plainly in it; save it as .docx/.xlsx/.pptx or PDF
err-unread-packed = a { $format } file, compressed in a way the privacy guard cannot unpack
err-unread-font = the font cannot be unpacked (its tables are damaged or compressed in an unknown way): the privacy guard cannot read its names; replace it with a working .woff2, .woff, .ttf or .otf file, or leave it out
err-unread-unknown-type = a file of this type is read only for the characters stored plainly in it
err-unread-nested = archives nested more than { $depth } deep are not unpacked
err-unread-archive = the archive cannot be opened: { $detail }
err-unread-too-many-files = the archive has more than { $n } files
err-unread-archive-file = file { $n } of the archive cannot be unpacked: { $detail }
err-unread-too-large = over { $mib } MiB unpacked: the privacy guard does not unpack more
err-unread-unpack = cannot be unpacked: { $detail }
err-unread-not-jpeg = not a JPEG picture as its name says: read only for its plain characters
err-unread-exif = the EXIF metadata cannot be read: { $detail }
err-unread-pdf-detail = the PDF cannot be read ({ $detail }): only its plain characters are read
err-unread-pdf = the PDF cannot be read: only its plain characters are read
err-unread-pdf-encrypted = the PDF is encrypted (protected with a password): its text and metadata cannot be read
err-unread-pdf-attachments = { $n } file(s) attached to the PDF are not read
err-unread-pdf-scan = the PDF's pages hold no text the guard can read (a scan?): text in its pictures is not read
err-unread-pdf-pictures = text in the PDF's pictures is not read
