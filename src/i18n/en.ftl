# kapstok: the messages in English.
# Edited by hand; `cargo test i18n` checks that every language has every
# message with the same variables, and that every message is used.


## Site labels: menus, headings, table headers, status names

skip = Skip to content
menu = Main menu
home = Home
actions = Action plan
action = Action
inventory = Local inventory
sdgs = SDGs
sdg = SDG
topics = CSR themes
topic = Theme
claims_public = What we say and what we do
claims_intranet = Communication plan
evaluation = Evaluation
team = Core team
sessions = Sessions
calendar = Follow-up calendar
checks = Check report
status = Status
department = Department
owners = Owners
start = Start
due = Due
completed = Completed on
progress = Progress
date = Date
value = Value
note = Note
indicator = Indicator
baseline = Baseline
target = Target
latest = Latest measurement
follow_up = Follow-ups
next_follow_up = Next follow-up
internal_note = Internal note
builds_on = Builds on
filter = Filter
all = All
none = None
count = Count
title = Title
kind = Kind
source = Source
matrix = Coverage: SDGs by theme
matrix_note = Number of actions and existing initiatives per SDG and theme.
key_figures = Key figures
sdgs_worked_on = SDGs we work on
channel = Channel
evidence = Evidence
no_evidence = No public evidence yet
claim_commitment = Commitment
claim_result = Result
published = Published
withdrawn = Withdrawn
public = public
internal = internal
findings = Findings
by_rule = By rule
by_item = By item
no_findings = No findings.
exceptions = Reviewed exceptions
reason = Reason
review = Review before publishing
review_note = What no rule can decide. Read every message against these questions before it goes out.
review_tradeoffs = Hidden trade-offs: does the message keep quiet about what gets worse or what it costs elsewhere (more emissions at a supplier, less service, a higher price)?
review_verification = Independent verification: who measured the figures, and who checked them? Does a label say who awards it, and on what basis?
review_legal = Legal duties presented as merits: does the text present as its own choice what the law, a standard or a grant condition already requires (energy performance, accessibility, sorting waste)?
review_images = Images and colours: do photos, green colours, leaves or globes promise more than the text and the action plan deliver?
rule = Rule
severity = Severity
error = error
warning = warning
location = Location
open_findings = Open findings
upcoming = Upcoming follow-ups
phases = Phases
trajectory = Trajectory
quotes_label = Member of the core team
not_found = Page not found
not_found_text = This page does not exist (any more).
back_home = Back to the home page
contact = Contact
actions_total = actions
items = Items
with = With
role = Role
name = Name
lead = lead
mandate = Mandate
hours = Hours
chart_alt = Chart
status_planned = Planned
status_in-progress = In progress
status_done = Done
status_dropped = Dropped
session_planned = planned
session_done = held
with_deelgroep = working group
with_kopgroep = core team
with_college = executive board
with_other = other
kind_goal = goal
kind_action = action
source_multiyear-plan = Multi-year plan
source_policy-statement = Policy statement
source_vision-note = Vision note
source_department-plan = Department plan
source_advisory-council = Advisory council
source_website = Website
source_other = Other source
items_count = actions and initiatives
we_say = What we say
we_do = What we do
owner = Owner
legend = Legend
blind_spot = blind spot
blind_spot_note = Hatched rows are blind spots: nothing is happening there yet.
level_none = nothing
level_1 = 1
level_2 = 2 to 3
level_3 = 4 or more (strong theme)
total = Total
scroll_hint = Scroll sideways to see the whole table.
chart_data = The measurements are in the table below.
table = Table
filter_on = Filter
of = of
show_all = Show all actions
report_intranet = Final report
report_public = Progress report
report_public_hint = the action plan and its progress on one page, for printing
print_hint = This page is made to be printed or saved as a PDF (A4).
as_of = as of
contents = Contents
team_mandate = Core team and mandate
member_staff = staff
member_elected = elected member
not_core = outside the core team
inventory_items = goals and actions in the local picture
by_source = By source
coverage = By SDG
figure_inventory = Initiatives in the local picture
actions_col = Actions
phase = Phase
number = No.
session = Session
text_accessibility = Accessibility of the texts
text_accessibility_note = Images without alternative text, skipped heading levels and link texts that say nothing, in the texts of actions, pages, the local picture and sessions: by page.
no_text_findings = No findings: every image has an alternative text, no heading level is skipped and every link text says where it leads.
statement = Accessibility statement
open_data = Open data
feed = News feed (Atom)
search = Search
calendars = Calendars (iCalendar)
st_intro = { $org } is committed to making { $site } accessible, in accordance with Directive (EU) 2016/2102 of the European Parliament and of the Council of 26 October 2016 on the accessibility of the websites and mobile applications of public sector bodies.
st_scope = This accessibility statement applies to { $site }:
st_status_h = Compliance status
st_full = This website is fully compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, which the European standard EN 301 549 takes over for websites.
st_partial = This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, due to the non-compliances and the exemptions listed below.
st_none = This website is not compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA. The non-compliances and the exemptions are listed below.
st_unknown = The compliance status of this website has not been assessed yet.
st_content_h = Non-accessible content
st_content_intro = The following content is not accessible, or not fully:
st_content_none = No non-accessible content is known.
st_prep_h = Preparation of this accessibility statement
st_assessed = This statement was prepared on { $date }.
st_not_assessed = The date of the assessment is not known yet.
st_self = The assessment is a self-assessment by { $org }.
st_third = The assessment was carried out by a third party.
st_feedback_h = Feedback and contact information
st_feedback = Do you run into an accessibility problem on this website, or do you need content in another form? Let us know:
st_enforce_h = Enforcement procedure
st_enforce = If you receive no answer, or no satisfactory answer, to your report, you can file a complaint:
st_enforce_default = with the complaints service or the ombudsman of your public authority.

## The intranet's page of a rule (checks/rules/RULE-ID/)

rule_severity = Default severity
rule_fixed = fixed: the rule cannot be lowered
rule_why = What the rule checks, and why
rule_bad = Not like this
rule_good = Like this
rule_back = Back to the check report

## The 17 SDGs (official short names)

sdg_1 = No poverty
sdg_2 = Zero hunger
sdg_3 = Good health and well-being
sdg_4 = Quality education
sdg_5 = Gender equality
sdg_6 = Clean water and sanitation
sdg_7 = Affordable and clean energy
sdg_8 = Decent work and economic growth
sdg_9 = Industry, innovation and infrastructure
sdg_10 = Reduced inequalities
sdg_11 = Sustainable cities and communities
sdg_12 = Responsible consumption and production
sdg_13 = Climate action
sdg_14 = Life below water
sdg_15 = Life on land
sdg_16 = Peace, justice and strong institutions
sdg_17 = Partnerships for the goals

## Open data, feed, calendars and search (data-*)

data_open_data_intro = All public data of this trajectory, to reuse: the actions with their indicators and progress, the local inventory, and what we communicate with the actions that back it.
data_file = File
data_contents = Contents
data_size = Size
data_licence = Licence
data_publisher = Publisher
data_modified = Updated on
data_catalog = Description for data portals (DCAT-AP, JSON-LD)
data_feed = News feed of progress and completed actions (Atom)
data_csv_note = CSV files are UTF-8 and comma-separated; lists within a cell are separated by ;.
data_all = Everything in one zip file
data_actions = Actions of the action plan
data_progress = Indicator measurements (progress)
data_inventory = The local inventory: what the organisation already does
data_claims = What we communicate, with the actions that back it
data_dataset = Data of the sustainability trajectory
data_dataset_description = Actions, indicators, progress, the local inventory, and the commitments and results claimed in the sustainability trajectory
data_progress_entry = New measurement
data_follow_up = Follow-up
data_calendar = Calendar
data_calendar_all = follow-ups and sessions
data_calendar_of = follow-ups of
data_search_label = Search actions, inventory, claims, pages, sessions and team
data_search_none = Nothing found.
data_search_count = { $n } results
data_search_noscript = Search needs JavaScript.
data_kind_claim = Claim
data_kind_page = Page
data_kind_member = Team

## Rules: a one-line summary, what it checks and why, a bad and a good example

rule-claim-without-action = a claim that links no action and no inventory item
rule-claim-without-action-why = A claim must rest on something we do: it fires when the claim links no action and no inventory item.
rule-claim-without-action-bad = text: We zijn een klimaatgemeente.   (no actions, no inventory)
rule-claim-without-action-good =
    text: We plaatsten 42 fietsplaatsen.
    actions: [overdekte-fietsenstalling]
rule-claim-dropped-action = a claim backed by an action that was dropped
rule-claim-dropped-action-why = A claim backed by an action that was stopped is no longer true: one finding per dropped action.
rule-claim-dropped-action-bad = actions: [elektrische-deelauto]   # status: dropped
rule-claim-dropped-action-good = withdrawn: 2025-06-20   # or link the action that replaced it
rule-claim-result-not-done = a result claimed for an action that is planned or has no progress yet
rule-claim-result-not-done-why = A result needs an action that delivered: it fires for a linked action that is planned, or in progress without any progress.
rule-claim-result-not-done-bad = kind: result   # the action is planned
rule-claim-result-not-done-good = kind: commitment   # until the first measurement
rule-claim-result-on-goal = a result whose only evidence is an intention (an inventory goal)
rule-claim-result-on-goal-why = A result whose only evidence is an intention (an inventory goal) is not shown to be achieved. A result that reports the goal's adoption (signed, joined, adopted) or a title the municipality carries rests on the goal itself.
rule-claim-result-on-goal-bad =
    kind: result
    inventory: [beleidsverklaring-aankopen]   # kind: goal
rule-claim-result-on-goal-good =
    kind: result
    actions: [aankoopcriteria]
rule-claim-future-without-plan = a commitment without an action that has a due date and an indicator with baseline and target
rule-claim-future-without-plan-why = A promise about the future needs a measurable, time-bound plan: an action with a due date and an indicator with baseline and target.
rule-claim-future-without-plan-bad =
    text: We worden een fietsgemeente.
    actions: [fietsen]   # no due, no indicator
rule-claim-future-without-plan-good = actions: [fietsen]   # due: 2026-09-30, indicator: {"{"}baseline: 64, target: 110{"}"}
rule-claim-overdue = a commitment whose actions are all past due and not done
rule-claim-overdue-why = A commitment whose actions are all past their due date and not done.
rule-claim-overdue-bad = text: Tegen 2024 ...   # every action due 2024-12-31, in progress
rule-claim-overdue-good = report the result, or agree a new due date
rule-claim-evidence-not-public = a public-facing claim whose evidence no reader can see
rule-claim-evidence-not-public-why = A public claim must show evidence a reader can check: it fires when none of its evidence is public (an internal claim on an external channel gets claim-channel-visibility instead).
rule-claim-evidence-not-public-bad =
    visibility: public
    actions: [mvo-rubriek]   # internal action
rule-claim-evidence-not-public-good = make the action `visibility: public`
rule-claim-channel-visibility = an internal claim said on an external channel
rule-claim-channel-visibility-why = An internal claim said on an external channel is missing from the public page that shows its evidence.
rule-claim-channel-visibility-bad =
    visibility: internal
    channels: [website]
rule-claim-channel-visibility-good =
    visibility: public
    channels: [website]
rule-claim-neutrality = a 'climate neutral' result, or one that relies on compensation
rule-claim-neutrality-why = 'Climate neutral' as a result, or resting on compensation, is misleading (EU Directive 2024/825).
rule-claim-neutrality-bad = text: Onze gemeente is klimaatneutraal dankzij compensatie.
rule-claim-neutrality-good = text: Onze gebouwen stoten 24 % minder CO2 uit dan in 2019.
rule-claim-generic-term = a vague environmental term that no figure specifies
rule-claim-generic-term-why = A generic environmental term (duurzaam, groen, eco...) says nothing unless a supported figure specifies it.
rule-claim-generic-term-bad = text: We maaien onze bermen op een groenere manier.
rule-claim-generic-term-good = text: Tegen 2026 maaien we 45 km bermen gefaseerd.
rule-claim-comparison-unsupported = a comparison or superlative without a stated benchmark
rule-claim-comparison-unsupported-why = A comparison or superlative needs a stated benchmark and method.
rule-claim-comparison-unsupported-bad = text: Wij zijn de duurzaamste gemeente van de provincie.
rule-claim-comparison-unsupported-good = allow: [{"{"}rule: claim-comparison-unsupported, reason: "Rangschikking Gemeentemonitor 2025"{"}"}]
rule-claim-label-unverified = a label or certificate without a named scheme or authority
rule-claim-label-unverified-why = A label or certificate must name the scheme or authority behind it: in the linked evidence, or in an allow.
rule-claim-label-unverified-bad = text: Wij zijn Fairtrade-gemeente.
rule-claim-label-unverified-good = allow: [{"{"}rule: claim-label-unverified, reason: "Toegekend door Fairtrade Belgium, attest 2025"{"}"}]
rule-claim-unqualified-term = compostable, recyclable, heat-resilient or natural without the conditions that make it true
rule-claim-unqualified-term-why = Compostable, recyclable, biodegradable, heat-resilient or natural is only true under conditions (ISO 14021): say which, or drop the term.
rule-claim-unqualified-term-bad = text: Onze borden zijn composteerbaar.
rule-claim-unqualified-term-good = text: Onze borden zijn industrieel composteerbaar (EN 13432); in Vlaanderen gaan ze bij het restafval.
rule-claim-vague-promise = a promise without figure or date while its plan has both
rule-claim-vague-promise-why = A promise without a figure or a date, while the plan behind it has both: say what the plan says.
rule-claim-vague-promise-bad = text: We gaan meer hernieuwbare energie opwekken op onze eigen gebouwen.
rule-claim-vague-promise-good = text: Tegen de zomer van 2026 liggen er zonnepanelen op 9 van onze 12 schoolgebouwen.
rule-claim-number-unsupported = a figure that claims more than the indicator shows
rule-claim-number-unsupported-why = A figure in the claim says more than its indicator shows: a sentence about the future (tegen 2030, doel, d'ici, by 2030, aim) against the plan, one about now or the past against the measurements. Totals (18 van onze 30), parts (waarvan), frequencies (twee keer per jaar) are context; an absolute term (volledig, alle, -vrij, zéro, -free) claims the whole, and is unsupported too when the evidence's own words say the whole is not reached (a gas boiler kept as back-up, 10 % incinerated, hydro certificates for 'uit wind', behalve, sauf, except).
rule-claim-number-unsupported-bad = text: 40% minder CO2   # plan: 100 -> 80
rule-claim-number-unsupported-good = text: 20% minder CO2
rule-claim-change-without-baseline = a result that states a relative change without saying from when
rule-claim-change-without-baseline-why = A result that states a relative change (a percentage less or more, halved, doubled) must say from when, or compared with what: without a starting point the reader cannot weigh it.
rule-claim-change-without-baseline-bad = text: We verbruiken in onze gebouwen al 18 % minder energie.
rule-claim-change-without-baseline-good = text: In 2024 verbruikten onze gebouwen 18 % minder energie dan in 2019.
rule-claim-number-untraceable = a figure that no indicator can check
rule-claim-number-untraceable-why = A figure, or a strong absolute term (volledig, -vrij, zéro, fully), that no linked indicator can check (no indicator, no measurement, none in a fitting unit, nothing that shows the whole).
rule-claim-number-untraceable-bad = text: 100% elektrisch   # indicator unit: voertuigen
rule-claim-number-untraceable-good = indicator: {"{"}name: Aandeel elektrische voertuigen, unit: "%"{"}"}
rule-claim-horizon-beyond-plan = a promise that runs past the last due date of its plan
rule-claim-horizon-beyond-plan-why = A commitment names a year later than the last due date of its actions: is the plan complete?
rule-claim-horizon-beyond-plan-bad = text: Tegen 2030 ...   # last due 2026-12-31
rule-claim-horizon-beyond-plan-good = text: Tegen eind 2026 ...
rule-claim-kind-outdated = a commitment whose actions are all done: make it a result
rule-claim-kind-outdated-why = A commitment whose actions are all done is a result now.
rule-claim-kind-outdated-bad = kind: commitment   # every action done
rule-claim-kind-outdated-good =
    kind: result
    text: ... (with the measured value)
rule-claim-progress-stale = a result resting on a measurement that is too old
rule-claim-progress-stale-why = A result resting on an in-progress action whose latest measurement is out of date: its next figure overdue by more than the grace period of the indicator's `frequency`, or, without one, older than checks.stale_after_days.
rule-claim-progress-stale-bad = progress: [{"{"}date: 2024-01-10, value: 70{"}"}]   # today 2025-11-15
rule-claim-progress-stale-good = progress: [..., {"{"}date: 2025-10-30, value: 74{"}"}]
rule-claim-allow-unused = a reviewed exception for a rule that no longer fires
rule-claim-allow-unused-why = An `allow` exception for a rule that no longer fires on the claim: the exception is stale.
rule-claim-allow-unused-bad = allow: [{"{"}rule: claim-label-unverified, ...{"}"}]   # text names no label
rule-claim-allow-unused-good = remove the entry
rule-action-without-owner = an open action without a trekker
rule-action-without-owner-why = An open action needs a trekker.
rule-action-without-owner-bad = owners: []
rule-action-without-owner-good = owners: [els]
rule-action-vague = an open action without a due date or a target
rule-action-vague-why = An open action needs a due date and an indicator with a target.
rule-action-vague-bad = title: Meer fietsen   # no due, no indicator
rule-action-vague-good =
    due: 2026-09-30
    indicator: {"{"}name: Fietsers, unit: medewerkers, baseline: 64, target: 110{"}"}
rule-action-without-follow-up = an open action without a follow-up moment ahead
rule-action-without-follow-up-why = An open action needs a follow-up moment (terugkommoment) today or later.
rule-action-without-follow-up-bad = follow_up: [{"{"}date: 2024-09-15, with: kopgroep{"}"}]   # in the past
rule-action-without-follow-up-good = follow_up: [{"{"}date: 2026-01-20, with: kopgroep{"}"}]
rule-action-overdue = an open action past its due date
rule-action-overdue-why = An open action past its due date.
rule-action-overdue-bad =
    status: in-progress
    due: 2025-06-30   # today 2025-11-15
rule-action-overdue-good =
    status: done
    completed: 2025-06-27
rule-action-stale = an action in progress without recent progress
rule-action-stale-why = An action in progress whose latest progress (or start) is too old: for an indicator with a `frequency`, when the next figure is overdue by more than a grace period (yearly 90 days, quarterly 45, monthly 20, every N days N/4); otherwise after checks.stale_after_days.
rule-action-stale-bad = progress: [{"{"}date: 2025-04-30, value: 1790{"}"}]   # today 2025-11-15, no frequency
rule-action-stale-good =
    frequency: yearly
    progress: [{"{"}date: 2024-12-31, value: 1710{"}"}]   # next due 2025-12-31
rule-indicator-without-source = a public action's indicator that does not say who measures it
rule-indicator-without-source-why = The public site shows every figure with its source: an indicator of a public action without `source` (who measures it, from what) cannot be traced by a reader.
rule-indicator-without-source-bad =
    visibility: public
    indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500{"}"}
rule-indicator-without-source-good = indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500, source: energieboekhouding{"}"}
rule-team-no-mandate = the core team has no mandate
rule-team-no-mandate-why = The core team needs a mandate from the college.
rule-team-no-mandate-bad = team.yaml without mandate:
rule-team-no-mandate-good = mandate: {"{"}body: College van burgemeester en schepenen, date: 2024-09-02{"}"}
rule-team-no-lead = the core team has no lead
rule-team-no-lead-why = The core team needs a lead (trekker).
rule-team-no-lead-bad = no member with lead: true
rule-team-no-lead-good = - {"{"}id: els, ..., lead: true{"}"}
rule-team-size = a core team of fewer than 2 or more than 8 members
rule-team-size-why = A core team of 2 to 8 people works; fewer or more does not.
rule-team-size-bad = members: [els]
rule-team-size-good = members: [els, jan, lien, koen]
rule-team-no-elected = a core team without both staff and elected members
rule-team-no-elected-why = The guides ask for a mix of staff and elected members.
rule-team-no-elected-bad = every member kind: staff
rule-team-no-elected-good = - {"{"}id: jan, ..., kind: elected{"}"}
rule-team-single-department = a core team from a single department
rule-team-single-department-why = MVO concerns the whole organisation: a core team from one department misses that.
rule-team-single-department-bad = every member department: Milieudienst
rule-team-single-department-good = members from Milieudienst, Personeelsdienst, Aankoopdienst
rule-session-not-closed = a past session still marked planned
rule-session-not-closed-why = A session dated before today still has status planned.
rule-session-not-closed-bad = - {"{"}number: 4, date: 2025-10-01, status: planned{"}"}
rule-session-not-closed-good = - {"{"}number: 4, date: 2025-10-01, status: done, summary: ...{"}"}
rule-topic-blind-spot = a topic with no inventory item and no action
rule-topic-blind-spot-why = A declared topic (MVO-thema) has no inventory item and no action.
rule-topic-blind-spot-bad = topics: [human-rights]   # nothing tagged human-rights
rule-topic-blind-spot-good = an action or inventory item with topics: [human-rights]
rule-public-personal-name = a team member's name in text the public site would show
rule-public-personal-name-why = A team member's full name in any text the public site would show. Always an error.
rule-public-personal-name-bad = Vragen? Contacteer Els Peeters.
rule-public-personal-name-good = Vragen? Contacteer de milieudienst.
rule-public-internal-text = internal text in a field the public site would show
rule-public-internal-text-why = Internal text (four words or more) that also appears in a public field. Always an error.
rule-public-internal-text-bad = internal_note copied into the public body
rule-public-internal-text-good = a public text written for the public
rule-page-claim-term = a neutrality term or comparison made outside the claims register
rule-page-claim-term-why = A public page or action uses a neutrality term or a comparison: a claim outside the claims register.
rule-page-claim-term-bad = Lindebeek is koploper in de regio.
rule-page-claim-term-good = register it in content/claims/ with its evidence
rule-raw-html-removed = raw HTML in Markdown that the sanitiser removes
rule-raw-html-removed-why = Raw HTML in Markdown that the sanitiser removes (script, event handler, iframe, style...). Error on public items, warning on internal ones.
rule-raw-html-removed-bad = <span style="color:red">Let op</span>
rule-raw-html-removed-good = **Let op**
rule-markdown-image-alt = an image without alt text
rule-markdown-image-alt-why = An image without alt text is invisible to screen-reader users.
rule-markdown-image-alt-bad = ![](@asset/kaart.png)
rule-markdown-image-alt-good = ![Kaart van de fietsroutes](@asset/kaart.png)
rule-markdown-heading-skip = a skipped heading level, or a level-1 heading in a body
rule-markdown-heading-skip-why = A skipped heading level, or a level-1 heading in a body (the page title is level 1).
rule-markdown-heading-skip-bad =
    ## Doel
    #### Aanpak
rule-markdown-heading-skip-good =
    ## Doel
    ### Aanpak
rule-markdown-link-text = a link whose text says nothing ('click here')
rule-markdown-link-text-why = A link whose whole text is generic ('hier', 'lees meer', 'click here').
rule-markdown-link-text-bad = Lees het plan [hier](@page/plan).
rule-markdown-link-text-good = Lees [het MVO-actieplan](@page/plan).

## Search: one hit

data_search_one = 1 result

## Licences of the open data

licence_modellicentie = Flemish model licence for free reuse (v1.0)
licence_cc0 = CC0 1.0
licence_cc_by = CC BY 4.0

## check --explain

explain_severity = default: { $severity }
explain_fixed = fixed
explain_varies = error on public items, warning on internal ones
explain_bad = Bad:
explain_good = Good:
