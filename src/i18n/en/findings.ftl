## kapstok: findings of the rules and the privacy guard, with their hints (en).
## Ids start with `find-`.


## Progress status (issue 22): $term is the phrase of the claim, $value and $expected
## figures with their unit, $date the date of the measurement.
find-claim-on-track-unsupported = “{ $term }” says the plan is on course, but the indicator `{ $indicator }` of action `{ $action }` is behind: { $value } on { $date }, where the line from baseline to target asks { $expected }
find-claim-on-track-unsupported-label = the figures say otherwise
find-claim-on-track-unsupported-help = say where the plan lags and why, or record the measurement that shows it is back on course
find-indicator-behind-unexplained = the indicator `{ $indicator }` is behind: { $value } on { $date }, where the line from baseline to target asks { $expected }; the public site shows it without an explanation
find-indicator-behind-unexplained-label = behind, unexplained
find-indicator-behind-unexplained-help = add `explanation:` to the indicator: why the figure lags and what is being done about it (comply or explain)

## The parts findings are made of

## A term or a text from the content, quoted.
find-quote = “{ $text }”
## Two or more items in a row: $first, then the rest (itself such a list).
find-list-comma = { $first }, { $rest }
find-list-semicolon = { $first }; { $rest }
## How often an indicator is measured; $frequency is monthly, quarterly or yearly.
find-frequency = { $frequency ->
        [monthly] monthly
        [quarterly] quarterly
       *[yearly] yearly
    }
find-frequency-days = { $n ->
        [one] every day
       *[other] every { $n } days
    }

## The privacy guard in the texts of the public site (public-personal-name, public-internal-text)

find-public-personal-name = a team member's name, “{ $name }”, is in text the public site would show
find-public-personal-name-label = a personal name
find-public-personal-name-help = names stay internal: name the department or a role instead
find-public-confidential-text = confidential text is in a public field: “{ $text }”
find-public-confidential-text-label = confidential text
find-public-confidential-text-help = internal notes, session summaries, internal quotes and claims and `allow` reasons never go public, even when pasted: write it anew for the public (does a note quote this public text? then refer to it in the note without copying its words)
find-public-internal-text = internal text is in a public field: “{ $text }”
find-public-internal-text-label = internal text
find-public-internal-text-help = rephrase it for the public, or make the text it comes from public as well

## The privacy guard in the files of the public site. $text is what the page
## would show, $needle the internal content it matches, $file the file,
## $place where in it ("page 2", "file name"), $why why it cannot be read.

find-guard-shows = the public site would show `{ $text }`
find-guard-shows-help = matches internal content: { $needle }
find-guard-shows-in = the public site would show `{ $text }` ({ $place } of `{ $file }`)
find-guard-shows-in-help = matches internal content: { $needle }; take it out of the file, or leave the file out of content/assets/
find-guard-shows-theme-help = matches internal content: { $needle }; take it out of the file, or leave the file out of the theme's static/ folder
find-guard-unread = the privacy guard cannot read `{ $file }`: { $why }
find-guard-unread-in = the privacy guard cannot read { $place } of `{ $file }`: { $why }
find-guard-unread-blocks-help = publishing is blocked until the guard can read it: unpack or shrink the archive, or leave it out of content/assets/
find-guard-unread-blocks-theme-help = publishing is blocked until the guard can read it: unpack it, or leave it out of the theme's static/ folder
find-guard-unread-help = check it yourself for team members' names and internal notes

## Claims

find-claim-allow-unused = the exception for `{ $rule }` is stale: that rule does not fire on this claim
find-claim-allow-unused-label = no longer needed
find-claim-allow-unused-help = remove this `allow` entry (or check that the claim still says what was reviewed)
find-claim-without-action = this claim links no action and no inventory item: nothing backs it
find-claim-without-action-label = no evidence
find-claim-without-action-help = link the action that backs this claim (`actions: [...]`) or what we already do (`inventory: [...]`), or withdraw the claim
find-claim-dropped-action = this claim rests on action `{ $action }`, which was dropped
find-claim-dropped-action-label = backed by a dropped action
find-claim-dropped-action-help = link the action that replaced it, or withdraw the claim (`withdrawn: DATE`)
## $why: planned (the action is only planned) or no-progress (in progress, nothing measured yet)
find-claim-result-not-done = this claim states a result, but action `{ $action }` { $why ->
        [planned] is only planned
       *[no-progress] is in progress without any measured progress
    }
find-claim-result-not-done-label = not achieved yet
find-claim-result-not-done-help = say it as a commitment (`kind: commitment`), or wait for the first measurement
find-claim-result-on-goal = this result rests only on intentions (inventory items of kind `goal`)
find-claim-result-on-goal-label = an intention is no result
find-claim-result-on-goal-help = link the action or inventory action that achieved it
## $missing: find-claim-future-without-plan-no-action, or what each action lacks (-lacks, a list)
find-claim-future-without-plan = this commitment has no measurable, time-bound plan: { $missing }
find-claim-future-without-plan-no-action = it links no action that is not dropped (inventory items are no plan)
## $lacks: due, indicator, baseline, due-indicator or due-baseline
find-claim-future-without-plan-lacks = `{ $action }` lacks { $lacks ->
        [due] a `due` date
        [indicator] an indicator with baseline and target
        [baseline] an indicator `baseline`
        [due-indicator] a `due` date and an indicator with baseline and target
       *[due-baseline] a `due` date and an indicator `baseline`
    }
find-claim-future-without-plan-label = no plan behind the promise
find-claim-future-without-plan-help = say what, how much, by when: give the action a `due` date and an `indicator` with `baseline` and `target`
## $actions: the action ids (a list), $n how many
find-claim-overdue = this commitment is overdue: { $actions } { $n ->
        [one] passed its due date and is not done
       *[other] passed their due dates and are not done
    }
find-claim-overdue-label = the deadline has passed
find-claim-overdue-help = report the result, set a new due date with the college's agreement, or withdraw the claim
## $actions: the action ids (a list), $n how many, $published the claim's publication date
find-claim-promise-passed = this commitment was in time when it was published on { $published }, but { $actions } { $n ->
        [one] has since passed its due date and is not done
       *[other] have since passed their due dates and are not done
    }
find-claim-promise-passed-help = add to the page what was achieved and the new due date, or withdraw the claim
## $year: the promise's year; $quote the plan's explanation or note that names a later year
find-claim-sooner-than-plan-explained = this commitment says { $year }, but the plan itself expects it later: ‘{ $quote }’
## $year: the promise's year; $due the earliest due date of its actions
find-claim-sooner-than-plan-due = this commitment promises the whole by { $year }, but the plan's due date is only { $due }
find-claim-sooner-than-plan-label = sooner than the plan
find-claim-sooner-than-plan-help = give the date the plan gives (and why it moved), or change the plan first
find-claim-evidence-not-public = this claim is said in public, but none of its evidence is public: no reader can check it
find-claim-evidence-not-public-label = evidence hidden
find-claim-evidence-not-public-help = make the backing action or inventory item `visibility: public`, or stop saying the claim in public
## $channels: the channel ids (a list), $n how many
find-claim-channel-visibility = this internal claim is said on { $n ->
        [one] an external channel
       *[other] external channels
    } ({ $channels })
find-claim-channel-visibility-label = said in public
find-claim-channel-visibility-help = make the claim `visibility: public` so the public page shows its evidence, or drop the external channel
## $terms: the terms found, quoted (a list); $n how many
find-claim-neutrality-result = neutrality claim { $terms }: a result of neutrality cannot be shown: emissions are never zero
find-claim-neutrality-compensation = neutrality claim { $terms }: it rests on compensation ({ $compensation })
find-claim-neutrality-help = state the measured reduction instead (how much, since when); compensation is no reduction
find-claim-generic-term = generic environmental { $n ->
        [one] term
       *[other] terms
    } { $terms } without a supported figure that specifies it
find-claim-generic-term-help = say what, how much, by when: a figure that the linked indicator supports
find-claim-generic-as-fact = { $terms } { $n ->
        [one] says
       *[other] say
    } what something is without saying why: a generic environmental claim, which Directive 2024/825 bans without recognised excellent environmental performance
find-claim-generic-as-fact-help = say what was done, with a figure (‘the pool uses 22 % less energy than in 2019’), and drop the vague word
find-claim-comparison-unsupported = { $n ->
        [one] comparison or superlative
       *[other] comparisons or superlatives
    } { $terms }: compared with what, and how?
find-claim-comparison-unsupported-help = state the benchmark and the method in the text, or add an `allow` whose reason names the benchmark
find-claim-label-unverified = { $n ->
        [one] label or certificate
       *[other] labels or certificates
    } { $terms }: who awards and checks { $n ->
        [one] it
       *[other] them
    }?
find-claim-label-unverified-help = after checking it, add an `allow` whose reason names the scheme or the awarding authority
find-claim-unqualified-term = { $terms } { $n ->
        [one] is
       *[other] are
    } only true with a qualification: how, where, how much?
find-claim-unqualified-term-help = say under which conditions it holds (industrially compostable, recyclable where a collection exists, the share recycled, what was measured), or drop the term
find-claim-number-untraceable-help = link an action whose indicator measures this figure (in the same unit), or drop the figure
## $figure: the figure as the claim writes it
find-claim-change-without-baseline = “{ $figure }” is a change, but from when, or compared with what? The reader cannot weigh it
find-claim-change-without-baseline-label = since when?
find-claim-change-without-baseline-help = name the year it is measured from and the year measured (“18 % minder dan in 2019, gemeten in 2024”)
## $year: the year the promise names; $due: the latest due date of its actions
find-claim-horizon-beyond-plan = the promise runs to { $year }, but the plan stops at { $due } (the latest due date of its actions)
find-claim-horizon-beyond-plan-label = later than { $year }
find-claim-horizon-beyond-plan-help = is the plan complete? link the actions that carry it to the end, or bring the horizon in line with the plan
## $target: the indicator's target with its unit ("80 MWh"); $due: the action's due date
find-claim-condition-omitted = the plan promises this only under a condition (action `{ $action }`): “{ $quote }”
find-claim-condition-omitted-label = not decided yet
find-claim-condition-omitted-help = say the condition (“if the council agrees”, “proposed”), or hold the promise until the decision is made
find-claim-vague-promise = this promise names no figure and no date, while the plan does: { $target } by { $due }
find-claim-vague-promise-unplanned = this promise names no figure, no date and no action: it is a wish, not a commitment anyone can check
find-claim-vague-promise-unplanned-help = link the action that will do it and say how much by when, or use the sentence only beside concrete commitments
find-claim-vague-promise-label = how much, by when?
find-claim-vague-promise-help = say what the plan says: the figure and the date (and link the indicator's action)
find-claim-kind-outdated = every action of this commitment is done: it is a result now
find-claim-kind-outdated-label = done
find-claim-kind-outdated-help = rewrite it as a result (`kind: result`) with the measured value
## $measurements: the stale measurements (a list of -measurement or -measurement-due)
find-claim-progress-stale-days = this result rests on measurements older than { $days ->
        [one] 1 day
       *[other] { $days } days
    }: { $measurements }
find-claim-progress-stale-frequency = this result rests on measurements that are out of date: { $measurements }
## $what: the action id (and the indicator's name where the action has several), in backticks
find-claim-progress-stale-measurement = { $what } ({ $date })
find-claim-progress-stale-measurement-due = { $what } ({ $date }, measured { $frequency }: the next figure was due on { $next })
## $figure: the figure as written, $published the claim's publication date, $now why a later measurement contradicts it
find-claim-figure-since-changed = ‘{ $figure }’ was right when the claim was published ({ $published }), but a later measurement contradicts it: { $now }
find-claim-figure-since-changed-help = date the figure (‘in June 2025 …’) or replace it with the newest measurement
find-claim-progress-stale-label = old measurement
find-claim-progress-stale-help = add a recent `progress` entry to the action, or date the claim ("in 2024 ...")

## Figures in claims (claim-number-unsupported, claim-number-untraceable).
## $figure is the figure as the claim writes it; the values are written as
## numbers ("20", "0.6", "−20.8"); $found is what the evidence shows (one of
## the find-claim-figure-… below, or a bare value).

find-claim-figure-percent = { $value } %
find-claim-figure-points = { $value } percentage points
find-claim-figure-change = a change of { $value }
find-claim-figure-share = { $value } % of the total ({ $total })
find-claim-figure-complement = { $value } not counted
find-claim-figure-ratio = a ratio of { $value } ({ $percent } %)
find-claim-figure-total = a total of { $value }
find-claim-figure-baseline = a baseline of { $value }
find-claim-figure-whole-percent = { $value } %, not the whole ({ $whole } %)
find-claim-figure-whole = { $value }, not the whole ({ $whole })
find-claim-figure-neutral = { $found } (neutrality is a ratio of 0)
## $basis: plan (a promise, held against the plan) or measured (held against the measurements)
find-claim-figure-claims-more = “{ $figure }” claims more than the evidence shows: { $basis ->
        [plan] the plan reaches
       *[measured] the measurements show
    } { $found }
find-claim-figure-claims-more-help = { $indicator } supports { $found }, not { $figure }: lower the figure, or link the evidence that supports it
find-claim-figure-rounded-up = “{ $figure }” is rounded up: { $basis ->
        [plan] the plan reaches
       *[measured] the measurements show
    } { $found }
find-claim-estimate-as-measured = the action calls “{ $figure }” an estimate or a calculation, but the text says it as measured
find-claim-estimate-as-measured-help = say what the figure rests on (‘an estimated’, ‘according to a survey of 212 users’, ‘calculated with the VEKA tool’)
find-claim-legal-requirement = the evidence says the law requires this (`{ $source }`): “{ $quote }”
find-claim-legal-requirement-label = a legal duty presented as a choice
find-claim-legal-requirement-help = say that the law requires it (“as the law requires”, “required by law since 2015”), or say what the municipality does beyond the law
find-claim-others-work = the evidence says another body does this (`{ $source }`): “{ $quote }”
find-claim-others-work-denied = the evidence says the municipality does not do this itself (`{ $source }`): “{ $quote }”
find-claim-others-work-label = another body's work told as the municipality's own
find-claim-others-work-help = say who does the work and what the municipality adds (“with De Watergroep”, “the province built the basin, the municipality paid 30%”)
find-claim-cause-not-shown = the evidence says the result has another cause too, or that the effect is not shown (`{ $source }`): “{ $quote }”
find-claim-cause-not-shown-label = a cause the evidence does not show
find-claim-cause-not-shown-help = say what else played a part (“partly because the old pool closed”), or give the result without a cause
find-claim-number-rounded-up-help = say the figure the evidence shows, or round it down: a reader takes a figure at its word
find-claim-part-as-whole-count = the claim names no amount and reads as the whole, but the evidence shows a part: { $indicator }: { $value } of { $total } ({ $share } %)
find-claim-part-as-whole-share = the claim names no amount and reads as the whole, but the evidence shows a part: { $indicator }: { $share } %
find-claim-part-as-whole-label = all of it, or a part?
find-claim-part-as-whole-help = say how far it goes (“7 of our 30 vehicles”, “21 % of the electricity”, “part of”), or link the indicator that shows the whole
find-claim-figure-whole-unshown = “{ $figure }” says the whole is reached now, but nothing in the evidence shows it
find-claim-figure-whole-unshown-help = give an indicator that shows the whole (a share in %, a level that falls to 0, or a count with its total) with a measurement, or say how far it goes instead of “{ $figure }”
find-claim-figure-change-unmeasured = “{ $figure }” presents a change as a result, but no linked indicator measures that change
find-claim-figure-change-unmeasured-help = give the indicator with its baseline and a measurement that shows “{ $figure }”, or say what was done without claiming a result
find-claim-figure-stage = “{ $figure }” counts { $stage }, not what the text says: that is { $outcome }, at { $value } on { $date }
find-claim-figure-stage-help = say what the figure counts (“{ $stage }”), or give the result “{ $outcome }” measures
find-claim-figure-once = “{ $figure }” is told as a yearly result, but the evidence has one measurement of it, of finished work: say when it was
find-claim-figure-other-people = “{ $figure }” counts other people than the evidence: its own text counts { $counted } { $people }
find-claim-figure-other-people-help = give the number of { $people } the action itself gives ({ $counted }), or say what the figure does count
find-claim-figure-claims-whole = “{ $figure }” claims the whole: { $basis ->
        [plan] the plan reaches
       *[measured] the measurements show
    } { $found }
find-claim-figure-claims-whole-help = { $indicator } shows { $found }: say how far it goes (the figure it supports), or drop “{ $figure }”
## $measured: find-claim-figure-measured…, or find-claim-figure-not-measured
find-claim-figure-target-not-achieved = “{ $figure }” is not achieved yet: that is the target; { $measured }
find-claim-figure-measured-percent = measured { $value } % on { $date }
find-claim-figure-measured-share = measured { $percent } % of the total ({ $value } of { $total }) on { $date }
find-claim-figure-measured = measured { $value } on { $date }
find-claim-figure-not-measured = not measured yet
find-claim-figure-target-help = state what was measured, or say it as a commitment (the target of { $indicator })
find-claim-figure-trend-broken = “{ $figure }” says it goes one way every year, but “{ $indicator }” went the other way: { $from } in { $from_year }, { $to } in { $to_year }
find-claim-figure-trend-broken-help = say what the measurements show year by year, or say it of the whole period
## $why: hidden, no-indicator, not-measured, share, unit, neutral, baseline, whole or kind
find-claim-figure-untraceable = “{ $figure }” cannot be checked: { $why ->
        [hidden] the actions with an indicator are internal, so no reader can check it
        [no-indicator] no linked action has an indicator
        [not-measured] no measurement yet
        [share] a share, and no linked indicator is measured in %
        [unit] no linked indicator counts what follows it (unit or name)
        [neutral] no linked indicator decreases towards zero
        [baseline] no linked indicator has a baseline
        [whole] an absolute term claims the whole, and no linked indicator shows where the whole is (a share in %, a level that decreases to 0, or a count with its total)
       *[kind] no linked indicator gives a value of its kind (in the text's direction)
    }
## Where an evidence text comes from; $kind: action or inventory
find-claim-figure-evidence = { $kind ->
        [action] action `{ $id }`
       *[inventory] inventory item `{ $id }`
    }
## $evidence: find-claim-figure-evidence; $quote: the sentence of the evidence
find-claim-figure-unknown = the evidence says “{ $figure }” is not known ({ $evidence }): “{ $quote }”
find-claim-figure-unknown-help = a figure nobody measured or calculated is made up: leave “{ $figure }” out until it is measured
find-claim-figure-contradicted = “{ $figure }” claims the whole, but the evidence says otherwise ({ $evidence }): “{ $quote }”
## $why: fossil, waste, plastic, pesticide, label, source or exception
find-claim-figure-contradicted-help = { $why ->
        [fossil] the evidence names a fossil fuel that is still used: say what the whole leaves out
        [waste] the evidence says some of it is still burnt or dumped: say what the whole leaves out
        [plastic] the evidence names plastic that is still used: say what the whole leaves out
        [pesticide] the evidence names a pesticide that is still used: say what the whole leaves out
        [label] the evidence says some of it has no label or certificate: say what the whole leaves out
        [source] the evidence names another source than the claim: name the source the evidence names
       *[exception] the evidence names an exception or a part that is not reached: say what the whole leaves out
    }, or drop “{ $figure }”

## Actions

find-action-without-owner = this action has no trekker (`owners` is empty)
find-action-without-owner-label = no owner
find-action-without-owner-help = name at least one team member in `owners: [...]`
## $missing: due, indicator or both
find-action-vague = this action is vague: it has no { $missing ->
        [due] `due` date
        [indicator] `indicator` with a `target`
       *[both] `due` date and no `indicator` with a `target`
    }
find-action-vague-label = what, how much, by when?
find-action-vague-help = say by when (`due: YYYY-MM-DD`) and how much (`indicator: {"{"} name, unit, baseline, target {"}"}`)
find-action-without-follow-up = this action has no follow-up moment ahead (no `follow_up` dated today or later)
find-action-without-follow-up-label = no follow-up planned
find-action-without-follow-up-help = plan the next terugkommoment: `follow_up: [{"{"} date: YYYY-MM-DD, with: kopgroep {"}"}]`
find-action-overdue = this action was due on { $due } and is not done
find-action-overdue-label = past due
find-action-overdue-help = mark it `done` (with `completed`), set a new `due` date, or mark it `dropped`
## $found: what is stale, one or more of -days and -due (a list)
find-action-stale = { $found }
## What is stale. $from: latest (the latest progress), start (the start,
## with no progress since); latest-of and start-of name the $indicator.
find-action-stale-what = { $from ->
        [latest] the latest progress
        [latest-of] the latest progress of `{ $indicator }`
        [start-of] the start, with no progress of `{ $indicator }` since,
       *[start] the start, with no progress since,
    }
## $what: -what; $frequency: how often it is measured; $next: when the next figure was due; $grace: days
find-action-stale-due = { $what } is dated { $date }; measured { $frequency }, the next figure was due on { $next } and is more than { $grace ->
        [one] 1 day
       *[other] { $grace } days
    } late
find-action-stale-days = { $what } is dated { $date }, more than { $days ->
        [one] 1 day
       *[other] { $days } days
    } ago
find-action-stale-label = no recent progress
find-action-stale-help = add a `progress` entry with the latest measurement, or change the status
find-indicator-without-source = the indicator `{ $indicator }` of this public action does not say where its figures come from
find-indicator-without-source-label = no source
find-indicator-without-source-help = add `source:` with who measures it and from what, e.g. `source: energieboekhouding`

## The core team, sessions, topics

find-team-no-mandate = the core team has no mandate
find-team-no-mandate-help = add `mandate: {"{"} body: College van burgemeester en schepenen, date: YYYY-MM-DD {"}"}` to team.yaml
find-team-no-lead = no member of the core team is its lead
find-team-no-lead-help = mark the trekker of the core team with `lead: true`
## $why: small or large
find-team-size = the core team has { $n ->
        [one] 1 member
       *[other] { $n } members
    }: { $why ->
        [small] too small to carry the trajectory
       *[large] too large to work as a team
    }
find-team-size-help = the guides suggest a core team of 2 to 8 people
## $missing: elected or staff
find-team-no-elected = the core team has { $missing ->
        [elected] no elected member (mandataris)
       *[staff] no staff member (ambtenaar)
    }
find-team-no-elected-help = the guides ask for a mix of staff and elected members
find-team-single-department = every core team member is from { $department }
find-team-single-department-help = bring in people from other departments: MVO concerns the whole organisation
## $why: one-word, commas or word ($word: the word it cannot place)
find-team-name-unclear = the privacy guard cannot split the name `{ $name }` into given name and surname: { $why ->
        [one-word] it is one word, so the guard looks for it only as written
        [commas] it has more than one comma
       *[word] it cannot place `{ $word }`
    }
find-team-name-unclear-label = name unclear to the privacy guard
find-team-name-unclear-help = write the given name(s) first and then the surname, without titles or notes: `name: Sofie Vandermeulen`; list the other forms people use (a nickname, a maiden name) under `also_known_as: [Fie, Sofie Peeters]`
find-session-not-closed = session { $number } ({ $date }) is in the past but still `planned`
find-session-not-closed-label = still planned
find-session-not-closed-help = set `status: done` and add a `summary`, or move the date
find-topic-blind-spot = topic `{ $topic }` ({ $title }) has no inventory item and no action
find-topic-blind-spot-label = blind spot
find-topic-blind-spot-help = look for what the organisation already does on this topic (inventory), or plan an action

## Pages and Markdown

## $what: page (a public page) or action (a public action); $terms: the terms found, quoted
find-page-claim-term = this { $what ->
        [page] public page
       *[action] public action
    } makes a claim outside the claims register: { $terms }
find-page-claim-term-help = register it in content/claims/ (with its evidence) so it gets checked, or rephrase it
find-raw-html-removed = raw HTML that the sanitiser removes: `{ $html }`
find-raw-html-removed-label = removed on the site
find-raw-html-removed-help = say it in Markdown: scripts, event handlers, iframes and style attributes never reach the site
find-body-front-matter-key = a line of the body starts with the front-matter field `{ $key }`: `{ $line }`
find-body-front-matter-key-label = published as text
find-body-front-matter-key-help = this looks like a front-matter field: move it above the closing `---` (in the body, the page shows it word for word)
find-markdown-image-alt = image `{ $image }` has no alt text
find-markdown-image-alt-label = no alt text
find-markdown-image-alt-help = describe the image for screen readers: `![what it shows](path)`
find-markdown-heading-level-one = a body uses a level-1 heading (`#`): the page title is the only level 1
find-markdown-heading-level-one-label = level 1
find-markdown-heading-level-one-help = start the body's headings at `##`
## $marks: the heading marks to use (`###`)
find-markdown-heading-skip = heading level { $level } follows level { $previous }: a level is skipped
find-markdown-heading-skip-label = level { $level }
find-markdown-heading-skip-help = use `{ $marks }` here (screen-reader users navigate by heading level)
find-markdown-link-text = the link text “{ $text }” says nothing about where it goes
find-markdown-link-text-label = generic link text
find-markdown-link-text-help = make the link text say what the reader gets: [het actieplan](...) instead of [hier](...)

find-asset-intranet-only = `{ $file }` stays off the public site: no public page links it (only the intranet has it)
find-asset-intranet-only-help = to publish it, link it from a public action or page: `[…](@asset/{ $asset })`; an asset for the core team only needs nothing
