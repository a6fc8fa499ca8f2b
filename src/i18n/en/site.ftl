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
rule_basis = Yardstick
rule_fix = What to change
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
rule-claim-without-action-basis = Honest environmental communication substantiates every claim with facts (ACM Leidraad Duurzaamheidsclaims; Directive 2024/825 recitals on substantiation). A claim resting on no action and no inventory item has nothing to show; a broad one like ‘climate municipality’ is also a generic environmental claim (Directive 2024/825, Annex I point 4a).
rule-claim-without-action-fix = Link the action or inventory item the claim rests on, or narrow the claim to what you actually did.
rule-claim-dropped-action = a claim backed by an action that was dropped
rule-claim-dropped-action-why = A claim backed by an action that was stopped is no longer true: one finding per dropped action.
rule-claim-dropped-action-bad = actions: [elektrische-deelauto]   # status: dropped
rule-claim-dropped-action-good = withdrawn: 2025-06-20   # or link the action that replaced it
rule-claim-dropped-action-basis = Claims must be substantiated and kept up to date (ACM Leidraad Duurzaamheidsclaims). Once the action behind a claim is stopped, the claim no longer rests on fact.
rule-claim-dropped-action-fix = Withdraw the claim with a date, or link the action that replaced the dropped one and check that the wording still fits.
rule-claim-result-not-done = a result claimed for an action that is planned or has no progress yet
rule-claim-result-not-done-why = A result needs an action that delivered: it fires for a linked action that is planned, or in progress without any progress.
rule-claim-result-not-done-bad = kind: result   # the action is planned
rule-claim-result-not-done-good = kind: commitment   # until the first measurement
rule-claim-result-not-done-basis = A result is a statement of fact and must be substantiated with facts (ACM Leidraad Duurzaamheidsclaims; Directive 2024/825 recitals on substantiation). An action that is only planned, or shows no progress, has delivered nothing yet to point to.
rule-claim-result-not-done-fix = Write it as a commitment until the first measurement is in, then turn it into a result with the measured value.
rule-claim-result-on-goal = a result whose only evidence is an intention (an inventory goal)
rule-claim-result-on-goal-why = A result whose only evidence is an intention (an inventory goal) is not shown to be achieved. A result that reports the goal's adoption (signed, joined, adopted) or a title the municipality carries rests on the goal itself.
rule-claim-result-on-goal-bad =
    kind: result
    inventory: [beleidsverklaring-aankopen]   # kind: goal
rule-claim-result-on-goal-good =
    kind: result
    actions: [aankoopcriteria]
rule-claim-result-on-goal-basis = An intention is a claim about future performance (Directive 2024/825, Article 6(2)(d)); presenting it as achieved needs facts that show the result (ACM Leidraad Duurzaamheidsclaims). Only the adoption itself (signed, adopted) rests on the goal.
rule-claim-result-on-goal-fix = Link the action that delivered the result, or write it as a commitment or as the adoption of the goal (signed, adopted).
rule-claim-future-without-plan = a commitment without an action that has a due date and an indicator with baseline and target
rule-claim-future-without-plan-why = A promise about the future needs a measurable, time-bound plan: an action with a due date and an indicator with baseline and target. A study or a decision announced with its date ("the council will decide in 2027 whether …") promises no result to measure: an action with a due date is enough.
rule-claim-future-without-plan-bad =
    text: We worden een fietsgemeente.
    actions: [fietsen]   # no due, no indicator
rule-claim-future-without-plan-good = actions: [fietsen]   # due: 2026-09-30, indicator: {"{"}baseline: 64, target: 110{"}"}
rule-claim-future-without-plan-basis = Directive 2024/825, Article 6(2)(d): a claim about future environmental performance needs clear, verifiable commitments in a detailed, realistic implementation plan with measurable, time-bound targets. The ACM Leidraad Duurzaamheidsclaims likewise asks to be clear about future ambitions.
rule-claim-future-without-plan-fix = Link an action with a due date and an indicator with a baseline and a target, or tone the promise down until that plan exists.
rule-claim-overdue = a commitment whose actions are all past due and not done
rule-claim-overdue-why = A commitment whose actions are all past their due date and not done.
rule-claim-overdue-bad = text: Tegen 2024 ...   # every action due 2024-12-31, in progress
rule-claim-overdue-good = report the result, or agree a new due date
rule-claim-overdue-basis = A commitment must rest on a realistic, time-bound plan (Directive 2024/825, Article 6(2)(d)) and claims must be kept up to date (ACM Leidraad Duurzaamheidsclaims). When every deadline has passed unmet, the promise no longer reflects the plan.
rule-claim-overdue-fix = Report what was achieved, or agree new due dates with the trekker (action owner) and the kopgroep and adjust the claim to match.
rule-claim-sooner-than-plan = a promise for a year its plan says will not see it: a later due date, or a delay on record
rule-claim-sooner-than-plan-why = A commitment that gives a date must take the plan's date. When an indicator's explanation or a measurement's note says it will be later ("delivery is now expected in mid-2027"), or every action is due after the year in which the claim promises the whole, the claim promises what the plan itself does not expect.
rule-claim-sooner-than-plan-bad = text: By the end of this year you can ride the whole cycle highway.   # explanation: the last kilometre waits for a bridge finished in 2027
rule-claim-sooner-than-plan-good = text: By the end of this year 3.1 of the 4.2 km are open; the last kilometre follows in 2027, after the new railway bridge.
rule-claim-sooner-than-plan-basis = A commitment must rest on a realistic, time-bound plan (Directive 2024/825, Article 6(2)(d)); a promise that contradicts its own plan misleads (ACM Leidraad Duurzaamheidsclaims, rule 1).
rule-claim-sooner-than-plan-fix = Give the date the plan gives and say why it moved, or agree a new plan with the trekker (action owner) and the kopgroep first.
rule-claim-promise-passed = a commitment published in time whose actions have since passed due, not done
rule-claim-promise-passed-why = A commitment published before the due dates of its actions was right when it was made. When those dates have since passed unmet, whoever opens the page today reads a promise that no longer holds. That calls for an update, not a ban: so a warning, where a commitment published after its due date (`claim-overdue`) is an error.
rule-claim-promise-passed-bad = published: 2024-03-20  text: Tegen 2026 ...   # action due 2026-06-30, in progress
rule-claim-promise-passed-good = add: "Update December 2026: four of the five posts; the fifth follows in 2027."
rule-claim-promise-passed-basis = Claims must be kept up to date (ACM Leidraad Duurzaamheidsclaims); a commitment rests on a time-bound plan (Directive 2024/825, Article 6(2)(d)).
rule-claim-promise-passed-fix = Add to the page what was achieved and when the rest follows (agree the new due date with the trekker (action owner) and the kopgroep), or withdraw the claim (`withdrawn`).
rule-claim-evidence-not-public = a public-facing claim whose evidence no reader can see
rule-claim-evidence-not-public-why = A public claim must show evidence a reader can check: it fires when none of its evidence is public (an internal claim on an external channel gets claim-channel-visibility instead).
rule-claim-evidence-not-public-bad =
    visibility: public
    actions: [mvo-rubriek]   # internal action
rule-claim-evidence-not-public-good = make the action `visibility: public`
rule-claim-evidence-not-public-basis = The yardstick is verifiability: the ACM Leidraad Duurzaamheidsclaims asks that claims be substantiated so others can check them, and Directive 2024/825 (Article 6(2)(d)) asks for publicly available, verifiable commitments. A public claim whose evidence is all internal cannot be checked by any reader.
rule-claim-evidence-not-public-fix = Make at least one linked action or inventory item public, or keep the claim internal.
rule-claim-channel-visibility = an internal claim said on an external channel
rule-claim-channel-visibility-why = An internal claim said on an external channel is missing from the public page that shows its evidence.
rule-claim-channel-visibility-bad =
    visibility: internal
    channels: [website]
rule-claim-channel-visibility-good =
    visibility: public
    channels: [website]
rule-claim-channel-visibility-basis = A claim made in public must be verifiable by the public (ACM Leidraad Duurzaamheidsclaims; Directive 2024/825 recitals on substantiation). Said on an external channel but marked internal, it has no public page showing its evidence.
rule-claim-channel-visibility-fix = Make the claim public so its evidence page appears, or remove the external channel.
rule-claim-neutrality = a 'climate neutral' result, or one that relies on compensation
rule-claim-neutrality-why = 'Climate neutral' as a result, or resting on compensation, is misleading (EU Directive 2024/825).
rule-claim-neutrality-bad = text: Onze gemeente is klimaatneutraal dankzij compensatie.
rule-claim-neutrality-good = text: Onze gebouwen stoten 24 % minder CO2 uit dan in 2019.
rule-claim-neutrality-basis = Directive 2024/825, Annex I point 4c: claiming, based on offsetting, a neutral, reduced or positive greenhouse-gas impact is misleading; ‘climate neutral’ as a result is also a generic claim (point 4a). The yardstick for a municipality: report real reductions and keep compensation separate.
rule-claim-neutrality-fix = Replace ‘climate neutral’ with the measured reduction and its base year, and mention any compensation separately as a contribution.
rule-claim-generic-term = a vague environmental term that no figure specifies
rule-claim-generic-term-why = A generic environmental term (duurzaam, groen, eco...) says nothing unless a supported figure specifies it.
rule-claim-generic-term-bad = text: We maaien onze bermen op een groenere manier.
rule-claim-generic-term-good = text: Tegen 2026 maaien we 45 km bermen gefaseerd.
rule-claim-generic-term-basis = Directive 2024/825, Annex I point 4a: a generic environmental claim without recognised excellent environmental performance is misleading. ISO 14021 rules out vague terms like ‘environmentally friendly’, and the ACM Leidraad Duurzaamheidsclaims asks to make clear which sustainability benefit is meant.
rule-claim-generic-term-fix = Replace the vague word with what you actually do, in a figure a linked indicator supports (how much, where, by when).
rule-claim-generic-as-fact = a vague environmental term said as what a place, service or product is
rule-claim-generic-as-fact-why = ‘Ons zwembad is duurzaam’, ‘nos produits sont écologiques’, ‘our events are eco-friendly’: a generic environmental term said as a quality of a place, service or product, with no figure to specify it. A reader takes it as a fact about the whole, and it is seldom true of the whole. ‘Green’ is left out (also the colour of a park), as is one aspect (‘bee-friendly’, ‘energy efficient’) and a wish (‘we make our town a sustainable town’): those get claim-generic-term.
rule-claim-generic-as-fact-bad = text: Na de renovatie is De Golf een duurzaam zwembad.
rule-claim-generic-as-fact-good = text: Na de renovatie verbruikt De Golf 22 % minder energie dan in 2019; het water wordt nog met gas verwarmd.
rule-claim-generic-as-fact-basis = Directive 2024/825, Annex I point 4a: a generic environmental claim without recognised excellent environmental performance is always misleading. The ACM Leidraad Duurzaamheidsclaims (rule 1) and the CMA Green Claims Code ask the same: say which benefit.
rule-claim-generic-as-fact-fix = Replace the vague word with what was done or measured, in a figure a linked indicator supports.
rule-claim-comparison-unsupported = a comparison or superlative without a stated benchmark
rule-claim-comparison-unsupported-why = A comparison or superlative needs a stated benchmark and method.
rule-claim-comparison-unsupported-bad = text: Wij zijn de duurzaamste gemeente van de provincie.
rule-claim-comparison-unsupported-good = allow: [{"{"}rule: claim-comparison-unsupported, reason: "Rangschikking Gemeentemonitor 2025"{"}"}]
rule-claim-comparison-unsupported-basis = Comparisons must be fair and say what is compared with what, and how (ACM Leidraad Duurzaamheidsclaims); Directive 2024/825, Article 7(7), requires information on the method of comparison. A superlative without a named benchmark cannot be checked.
rule-claim-comparison-unsupported-fix = Name the benchmark, the source and the year (for example a published ranking) in an allow with a reason, or drop the comparison.
rule-claim-label-unverified = a label or certificate without a named scheme or authority
rule-claim-label-unverified-why = A label or certificate must name the scheme or authority behind it: in the linked evidence, or in an allow.
rule-claim-label-unverified-bad = text: Wij zijn Fairtrade-gemeente.
rule-claim-label-unverified-good = allow: [{"{"}rule: claim-label-unverified, reason: "Toegekend door Fairtrade Belgium, attest 2025"{"}"}]
rule-claim-label-unverified-basis = Directive 2024/825, Annex I point 2a: displaying a sustainability label not based on a certification scheme or not established by public authorities is misleading. The ACM Leidraad Duurzaamheidsclaims asks labels to be transparent about what they stand for.
rule-claim-label-unverified-fix = Name the scheme or awarding body and the year in the linked evidence or in an allow reason, for example ‘awarded by Fairtrade Belgium, 2025’.
rule-claim-unqualified-term = compostable, recyclable, heat-resilient or natural without the conditions that make it true
rule-claim-unqualified-term-why = Compostable, recyclable, biodegradable, heat-resilient or natural is only true under conditions (ISO 14021): say which, or drop the term.
rule-claim-unqualified-term-bad = text: Onze borden zijn composteerbaar.
rule-claim-unqualified-term-good = text: Onze borden zijn industrieel composteerbaar (EN 13432); in Vlaanderen gaan ze bij het restafval.
rule-claim-unqualified-term-basis = ISO 14021 allows terms such as compostable, recyclable or biodegradable only with the conditions that make them true (industrial or home composting, local collection); the same goes for heat-resilient and natural. Without those conditions the claim misleads.
rule-claim-unqualified-term-fix = State the condition next to the term (standard, facility, collection in your area), or drop the term.
rule-claim-vague-promise = a promise without figure or date while its plan has both
rule-claim-vague-promise-why = A promise without a figure or a date, while the plan behind it has both: say what the plan says.
rule-claim-vague-promise-bad = text: We gaan meer hernieuwbare energie opwekken op onze eigen gebouwen.
rule-claim-vague-promise-good = text: Tegen de zomer van 2026 liggen er zonnepanelen op 9 van onze 12 schoolgebouwen.
rule-claim-vague-promise-basis = Directive 2024/825 (Article 6(2)(d)) asks for measurable, time-bound commitments, and the ACM Leidraad Duurzaamheidsclaims asks to be clear about future ambitions. When the plan has a figure and a date, a promise without them says less than it could.
rule-claim-vague-promise-fix = Copy the target and the due date from the plan into the sentence.
rule-claim-number-unsupported = a figure that claims more than the indicator shows
rule-claim-number-unsupported-why = A figure in the claim says more than its indicator shows: a sentence about the future (tegen 2030, doel, d'ici, by 2030, aim) against the plan, one about now or the past against the measurements. Totals (18 van onze 30), parts (waarvan), frequencies (twee keer per jaar) are context; an absolute term (volledig, alle, -vrij, zéro, -free) claims the whole, and is unsupported too when the evidence's own words say the whole is not reached (a gas boiler kept as back-up, 10 % incinerated, hydro certificates for 'uit wind', behalve, sauf, except).
rule-claim-number-unsupported-bad = text: 40% minder CO2   # plan: 100 -> 80
rule-claim-number-unsupported-good = text: 20% minder CO2
rule-claim-number-unsupported-basis = Claims must be substantiated with facts and match them (ACM Leidraad Duurzaamheidsclaims; Directive 2024/825 recitals on substantiation): a figure about the future follows the plan, one about now follows the measurements. An absolute term such as ‘fully’ claims the whole (Annex I point 4b).
rule-claim-number-unsupported-fix = Bring the figure in line with the plan or the latest measurement, or update the indicator if the figure is right.
rule-claim-change-without-baseline = a result that states a relative change without saying from when
rule-claim-change-without-baseline-why = A result that states a relative change (a percentage less or more, halved, doubled) must say from when, or compared with what: without a starting point the reader cannot weigh it.
rule-claim-change-without-baseline-bad = text: We verbruiken in onze gebouwen al 18 % minder energie.
rule-claim-change-without-baseline-good = text: In 2024 verbruikten onze gebouwen 18 % minder energie dan in 2019.
rule-claim-change-without-baseline-basis = A change is a comparison with the past: the ACM Leidraad Duurzaamheidsclaims asks for fair comparisons that say what they compare with, in line with Directive 2024/825, Article 7(7) (information on the method of comparison). Without a starting year the reader cannot weigh the figure.
rule-claim-change-without-baseline-fix = Add the base year or reference and the year of the measurement, for example ‘18 % less than in 2019’.
rule-claim-condition-omitted = a promise the plan makes only under a condition, said as decided
rule-claim-condition-omitted-why = The plan says a step is not decided yet (the council still has to approve it, the budget must allow it), but the claim says it as certain.
rule-claim-condition-omitted-bad = text: In 2026 komen er twee deelauto's bij.   # action: "in the draft budget amendment; the council still has to approve it"
rule-claim-condition-omitted-good = text: Als de gemeenteraad akkoord gaat, komen er in 2026 twee deelauto's bij.
rule-claim-condition-omitted-basis = Directive 2024/825, article 6(2)(d): a claim about future performance must rest on clear, objective and verifiable commitments. A proposal is not a commitment yet.
rule-claim-condition-omitted-fix = Say the condition in the text, or make the promise once the decision is made.
rule-claim-estimate-as-measured = a figure the evidence calls an estimate, said as if measured
rule-claim-estimate-as-measured-why = The action says the figure is estimated, calculated or taken from a survey (‘de vzw schat het vermeden afval op 2 ton’, ‘berekend, niet gemeten’), but the claim says it as a measurement. A figure an indicator measures counts as measured.
rule-claim-estimate-as-measured-bad = text: Het Repair Café hield in 2025 2 ton afval uit de vuilbak.   # action: "de vzw schat het vermeden afval op ongeveer 2 ton"
rule-claim-estimate-as-measured-good = text: Het Repair Café hield in 2025 naar schatting 2 ton afval uit de vuilbak.
rule-claim-estimate-as-measured-basis = ISO 14021 (7.2 and 5.7): a claim must say what it rests on, and a reader must not take an estimate for a measurement. The ACM Leidraad Duurzaamheidsclaims asks to state the basis with the claim.
rule-claim-estimate-as-measured-fix = Say in the text what the figure rests on: ‘an estimated’, ‘according to a survey’, ‘calculated with’.
rule-claim-legal-requirement = what the law requires, presented as the municipality's own choice
rule-claim-legal-requirement-why = The claim presents something as its own choice or merit (“chooses”, “out of respect for nature”, “one of the first”), while the evidence says the law requires it. A reader then thinks the municipality does something special.
rule-claim-legal-requirement-bad = text: Uit respect voor de natuur gebruiken wij op onze begraafplaatsen geen pesticiden.   # action: "Sinds 2015 wettelijk verplicht voor openbare besturen"
rule-claim-legal-requirement-good = text: Op onze begraafplaatsen gebruiken we geen pesticiden, zoals de wet sinds 2015 vraagt. We maaien de paden en leggen graspaden aan.
rule-claim-legal-requirement-basis = Directive 2024/825, annex I, point 10a: presenting requirements imposed by law as a distinctive feature of the offer is always misleading. The ACM guidelines on sustainability claims say the same.
rule-claim-legal-requirement-fix = Say that the law requires it, or what the municipality does beyond the law.
rule-claim-others-work = another body's work, told as the municipality's own deed
rule-claim-others-work-severity = warning; error where the evidence says the municipality does not do it itself
rule-claim-others-work-why = The claim says the municipality built, placed, repaired, organised, paid, lent or employs, while the evidence says another body does it (the province, an intercommunal, a housing company, a non-profit, volunteers). Where the evidence says in so many words that the municipality does not do it itself, the claim is contradicted: an error.
rule-claim-others-work-bad = text: De gemeente plaatste de voorbije twee jaar zeven nieuwe drinkwatertappunten.   # action: "De Watergroep plaatst de tappunten, sluit ze aan en onderhoudt ze."
rule-claim-others-work-good = text: Samen met De Watergroep kwamen er de voorbije twee jaar zeven drinkwatertappunten bij. De gemeente koos de plekken en betaalde de aansluiting.
rule-claim-others-work-basis = Directive 2005/29/EC, art. 6(1), as amended by Directive 2024/825: a practice is misleading if it deceives the average reader about the characteristics or the extent of the commitments of the one who makes it. The ACM guidelines on sustainability claims ask to make clear what one's own contribution is.
rule-claim-others-work-fix = Name the body that does the work, and say what the municipality itself contributed.
rule-claim-cause-not-shown = a result credited to a cause the evidence does not show
rule-claim-cause-not-shown-severity = warning
rule-claim-cause-not-shown-why = The claim credits a result to a measure (“thanks to our measures”, “dankzij”, “grâce à”), while the evidence says part of the change has another cause, that the figure is not corrected (for the weather), that nobody worked out which part is the measure's, or that the effect is still to be shown. The reader believes the measure did it all.
rule-claim-cause-not-shown-bad = text: Dankzij onze energiebesparende maatregelen daalde de uitstoot in 2023 met 190 ton.   # action: "De daling in 2023 komt grotendeels door de sluiting van het oude zwembad."
rule-claim-cause-not-shown-good = text: In 2023 daalde de uitstoot met 190 ton, grotendeels door de sluiting van het oude zwembad; onze besparingen deden de rest.
rule-claim-cause-not-shown-basis = Directive 2005/29/EC, art. 6(1), as amended by Directive 2024/825: a practice is misleading if it deceives the average reader about the results of an action. The ACM guidelines on sustainability claims ask to back claims with facts; the CMA Green Claims Code asks not to omit what the reader needs to know.
rule-claim-cause-not-shown-fix = Say what else played a part, or give the result without crediting the measure.
rule-claim-number-rounded-up = a figure rounded up past what the evidence shows
rule-claim-number-rounded-up-why = A figure a little higher than the evidence shows (a percentage at most 5.5 points above it, a count rounded to tens at most 10 %; after “almost”, “about”: 10 points or 25 %): rounded up, not invented, but a reader takes it at its word.
rule-claim-number-rounded-up-bad = text: Sporthal De Beemd verbruikt 60 % minder stroom.   # gemeten: −54,8 %
rule-claim-number-rounded-up-good = text: Sporthal De Beemd verbruikt 55 % minder stroom.
rule-claim-number-rounded-up-basis = Figures must be accurate and not exaggerated (ACM Leidraad Duurzaamheidsclaims, rule 2; CMA Green Claims Code: claims must be truthful and accurate). A figure within rounding of the evidence is a correction, not a reason to stop the page.
rule-claim-number-rounded-up-fix = Use the measured figure, rounded down, or say it as approximate (“almost”, “about”) when it is close.
rule-claim-part-as-whole = a result that names no amount while its evidence shows only part of the whole
rule-claim-part-as-whole-why = A result that names no amount at all (no figure, no number in words, no “all” or “part of”) reads as the whole: “Our fleet runs on electricity” says the whole fleet. When a linked indicator shows only a part (a share under 95 %, or a count under 95 % of its total), a reader expects more than there is. A warning: the claim may speak of something else than that indicator.
rule-claim-part-as-whole-bad = text: Onze gemeentelijke vloot rijdt elektrisch.   # indicator: 7 of 30 service vehicles
rule-claim-part-as-whole-good = text: 7 van onze 30 dienstwagens rijden elektrisch; tegen 2028 worden het er 18.
rule-claim-part-as-whole-basis = A claim may not sound wider than what it covers (ACM Leidraad Duurzaamheidsclaims, rule 2: clear and specific; Directive 2024/825: an environmental claim about the whole that holds only for a part is misleading).
rule-claim-part-as-whole-fix = Say how far it goes: the count with its total, the share, or “part of”.
rule-claim-number-untraceable = a figure that no indicator can check
rule-claim-number-untraceable-why = A figure, or a strong absolute term (volledig, -vrij, zéro, fully), that no linked indicator can check (no indicator, no measurement, none in a fitting unit, nothing that shows the whole).
rule-claim-number-untraceable-bad = text: 100% elektrisch   # indicator unit: voertuigen
rule-claim-number-untraceable-good = indicator: {"{"}name: Aandeel elektrische voertuigen, unit: "%"{"}"}
rule-claim-number-untraceable-basis = Every figure must be substantiated and checkable (ACM Leidraad Duurzaamheidsclaims; Directive 2024/825 recitals on substantiation). An absolute term such as ‘fully’ or ‘-free’ claims the whole, not one aspect (Directive 2024/825, Annex I point 4b).
rule-claim-number-untraceable-fix = Link an indicator in the same unit with a measurement that shows the figure, or remove the figure or the absolute term.
rule-claim-horizon-beyond-plan = a promise that runs past the last due date of its plan
rule-claim-horizon-beyond-plan-why = A commitment names a year later than the last due date of its actions: is the plan complete?
rule-claim-horizon-beyond-plan-bad = text: Tegen 2030 ...   # last due 2026-12-31
rule-claim-horizon-beyond-plan-good = text: Tegen eind 2026 ...
rule-claim-horizon-beyond-plan-basis = Directive 2024/825, Article 6(2)(d): a claim about the future needs a detailed and realistic implementation plan. A promise for a year the plan does not reach is not covered by it.
rule-claim-horizon-beyond-plan-fix = Use the year the plan reaches, or add the actions (with due dates) that carry the plan to the promised year.
rule-claim-kind-outdated = a commitment whose actions are all done: make it a result
rule-claim-kind-outdated-why = A commitment whose actions are all done is a result now.
rule-claim-kind-outdated-bad = kind: commitment   # every action done
rule-claim-kind-outdated-good =
    kind: result
    text: ... (with the measured value)
rule-claim-kind-outdated-basis = Claims must be kept up to date (ACM Leidraad Duurzaamheidsclaims). A promise whose actions are all done undersells what was achieved and shows the reader no result to check.
rule-claim-kind-outdated-fix = Turn the commitment into a result and state the measured value.
rule-claim-progress-stale = a result resting on a measurement that is too old
rule-claim-progress-stale-why = A result resting on an in-progress action whose latest measurement is out of date: its next figure overdue by more than the grace period of the indicator's `frequency`, or, without one, older than checks.stale_after_days.
rule-claim-progress-stale-bad = progress: [{"{"}date: 2024-01-10, value: 70{"}"}]   # today 2025-11-15
rule-claim-progress-stale-good = progress: [..., {"{"}date: 2025-10-30, value: 74{"}"}]
rule-claim-progress-stale-basis = The duty to substantiate includes keeping claims current (ACM Leidraad Duurzaamheidsclaims; Directive 2024/825 recitals on substantiation). A result resting on an out-of-date measurement may no longer be true.
rule-claim-progress-stale-fix = Add the latest measurement to the indicator, or date the result (‘in 2024 …’) so the reader sees how old it is.
rule-claim-allow-unused = a reviewed exception for a rule that no longer fires
rule-claim-allow-unused-why = An `allow` exception for a rule that no longer fires on the claim: the exception is stale.
rule-claim-allow-unused-bad = allow: [{"{"}rule: claim-label-unverified, ...{"}"}]   # text names no label
rule-claim-allow-unused-good = remove the entry
rule-claim-allow-unused-basis = An exception is a considered judgement on one finding, and claims and their justification must stay current (ACM Leidraad Duurzaamheidsclaims). A stale exception would silently cover a later change to the text.
rule-claim-allow-unused-fix = Remove the allow entry; add a new one only if the rule fires again and the reason still holds.
rule-action-without-owner = an open action without a trekker
rule-action-without-owner-why = An open action needs a trekker.
rule-action-without-owner-bad = owners: []
rule-action-without-owner-good = owners: [els]
rule-action-without-owner-basis = The Flemish MVO-traject guide gives every action a trekker: one person who moves it forward and reports on it at the follow-up moments (terugkommomenten). Without one, nobody is accountable.
rule-action-without-owner-fix = Name a trekker for the action, preferably a kopgroep member or the head of the department concerned.
rule-action-vague = an open action without a due date or a target
rule-action-vague-why = An open action needs a due date and an indicator with a target.
rule-action-vague-bad = title: Meer fietsen   # no due, no indicator
rule-action-vague-good =
    due: 2026-09-30
    indicator: {"{"}name: Fietsers, unit: medewerkers, baseline: 64, target: 110{"}"}
rule-action-vague-basis = The Flemish MVO-traject guide asks for measurable actions: a due date and an indicator with a target, so the kopgroep can see at each terugkommoment whether the action is on track.
rule-action-vague-fix = Add a due date and an indicator with a unit, a baseline and a target.
rule-action-without-follow-up = an open action without a follow-up moment ahead
rule-action-without-follow-up-why = An open action needs a follow-up moment (terugkommoment) today or later.
rule-action-without-follow-up-bad = follow_up: [{"{"}date: 2024-09-15, with: kopgroep{"}"}]   # in the past
rule-action-without-follow-up-good = follow_up: [{"{"}date: 2026-01-20, with: kopgroep{"}"}]
rule-action-without-follow-up-basis = In the Flemish MVO-traject guide, the kopgroep follows each action at planned follow-up moments (terugkommomenten); an open action with none ahead drops out of sight.
rule-action-without-follow-up-fix = Plan the next terugkommoment, with a date and who takes part, for example the next kopgroep meeting.
rule-action-overdue = an open action past its due date
rule-action-overdue-why = An open action past its due date.
rule-action-overdue-bad =
    status: in-progress
    due: 2025-06-30   # today 2025-11-15
rule-action-overdue-good =
    status: done
    completed: 2025-06-27
rule-action-overdue-basis = The Flemish MVO-traject guide works with dated actions that the kopgroep reviews at each terugkommoment; a passed due date calls for a decision, not silence.
rule-action-overdue-fix = Mark the action done with its completion date, or agree a new due date and note why.
rule-action-stale = an action in progress without recent progress
rule-action-stale-why = An action in progress whose latest progress (or start) is too old: for an indicator with a `frequency`, when the next figure is overdue by more than a grace period (yearly 90 days, quarterly 45, monthly 20, every N days N/4); otherwise after checks.stale_after_days.
rule-action-stale-bad = progress: [{"{"}date: 2025-04-30, value: 1790{"}"}]   # today 2025-11-15, no frequency
rule-action-stale-good =
    frequency: yearly
    progress: [{"{"}date: 2024-12-31, value: 1710{"}"}]   # next due 2025-12-31
rule-action-stale-basis = The Flemish MVO-traject guide asks for indicators that are measured regularly and discussed at the terugkommomenten; without recent progress the kopgroep cannot see whether the action is moving.
rule-action-stale-fix = Add the latest measurement or progress, and set the indicator’s frequency so it is clear when the next figure is due.
rule-indicator-without-source = a public action's indicator that does not say who measures it
rule-indicator-without-source-why = The public site shows every figure with its source: an indicator of a public action without `source` (who measures it, from what) cannot be traced by a reader.
rule-indicator-without-source-bad =
    visibility: public
    indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500{"}"}
rule-indicator-without-source-good = indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500, source: energieboekhouding{"}"}
rule-indicator-without-source-basis = The Flemish MVO-traject guide asks for measurable indicators, and the public site shows each figure with its source so a reader can trace it. Without a source nobody knows who measures it or from what.
rule-indicator-without-source-fix = Add the source: who measures and from what data, for example ‘energy accounting, technical department’.
rule-team-no-mandate = the core team has no mandate
rule-team-no-mandate-why = The core team needs a mandate from the college.
rule-team-no-mandate-bad = team.yaml without mandate:
rule-team-no-mandate-good = mandate: {"{"}body: College van burgemeester en schepenen, date: 2024-09-02{"}"}
rule-team-no-mandate-basis = The Flemish MVO-traject guide starts with a kopgroep mandated by the college van burgemeester en schepenen (the municipal executive); without that mandate the team lacks the backing to make choices for the whole organisation.
rule-team-no-mandate-fix = Record the college decision that mandates the kopgroep, with its date.
rule-team-no-lead = the core team has no lead
rule-team-no-lead-why = The core team needs a lead (trekker).
rule-team-no-lead-bad = no member with lead: true
rule-team-no-lead-good = - {"{"}id: els, ..., lead: true{"}"}
rule-team-no-lead-basis = The Flemish MVO-traject guide gives the kopgroep a trekker (lead) who convenes it, keeps the thread and is the contact point for the college.
rule-team-no-lead-fix = Mark one kopgroep member as its trekker.
rule-team-size = a core team of fewer than 2 or more than 8 members
rule-team-size-why = A core team of 2 to 8 people works; fewer or more does not.
rule-team-size-bad = members: [els]
rule-team-size-good = members: [els, jan, lien, koen]
rule-team-size-basis = The Flemish MVO-traject guide recommends a small kopgroep: big enough to share the work and bring different views, small enough to decide; kapstok uses 2 to 8 members.
rule-team-size-fix = Bring the kopgroep to 2 to 8 members; a wider group can contribute through sessions or working groups.
rule-team-no-elected = a core team without both staff and elected members
rule-team-no-elected-why = The guides ask for a mix of staff and elected members.
rule-team-no-elected-bad = every member kind: staff
rule-team-no-elected-good = - {"{"}id: jan, ..., kind: elected{"}"}
rule-team-no-elected-basis = The Flemish MVO-traject guide asks for a kopgroep that mixes staff and elected members, so that the action plan is both workable and politically supported.
rule-team-no-elected-fix = Include at least one elected member (a schepen or council member) and at least one staff member in the kopgroep.
rule-team-single-department = a core team from a single department
rule-team-single-department-why = MVO concerns the whole organisation: a core team from one department misses that.
rule-team-single-department-bad = every member department: Milieudienst
rule-team-single-department-good = members from Milieudienst, Personeelsdienst, Aankoopdienst
rule-team-single-department-basis = In the Flemish MVO-traject guide, MVO concerns the whole organisation; a kopgroep drawn from several departments sees more topics and carries the action plan further.
rule-team-single-department-fix = Invite members from other departments, for example HR, purchasing or finance.
rule-session-not-closed = a past session still marked planned
rule-session-not-closed-why = A session dated before today still has status planned.
rule-session-not-closed-bad = - {"{"}number: 4, date: 2025-10-01, status: planned{"}"}
rule-session-not-closed-good = - {"{"}number: 4, date: 2025-10-01, status: done, summary: ...{"}"}
rule-session-not-closed-basis = The Flemish MVO-traject guide works in sessions that each close with a result and agreements; a past session still marked planned leaves its outcome unrecorded.
rule-session-not-closed-fix = Mark the session done and add a short summary, or move it to its new date.
rule-topic-blind-spot = a topic with no inventory item and no action
rule-topic-blind-spot-why = A declared topic (MVO-thema) has no inventory item and no action.
rule-topic-blind-spot-bad = topics: [human-rights]   # nothing tagged human-rights
rule-topic-blind-spot-good = an action or inventory item with topics: [human-rights]
rule-topic-blind-spot-basis = The Flemish MVO-traject guide uses the 17 SDGs and six themes as a kapstok (framework) to see MVO as a whole; a chosen topic with no inventory item and no action is a blind spot.
rule-topic-blind-spot-fix = Add what the municipality already does on this topic to the inventory, or plan an action for it; drop the topic if it was chosen by mistake.
rule-public-personal-name = a team member's name in text the public site would show
rule-public-personal-name-why = A team member's full name in any text the public site would show. Always an error.
rule-public-personal-name-bad = Vragen? Contacteer Els Peeters.
rule-public-personal-name-good = Vragen? Contacteer de milieudienst.
rule-public-personal-name-basis = GDPR Article 5(1)(c), data minimisation: publish only the personal data the purpose needs. A public page reaches its goal with a department’s contact details, not a staff member’s name.
rule-public-personal-name-fix = Replace the name with the role or the department and its general contact details.
rule-public-internal-text = internal text in a field the public site would show
rule-public-internal-text-why = Internal text (four words or more) that also appears in a public field. Always an error.
rule-public-internal-text-bad = internal_note copied into the public body
rule-public-internal-text-good = a public text written for the public
rule-public-internal-text-basis = Internal preparatory notes are confidential working material, and data minimisation (GDPR Article 5(1)(c)) applies to any personal data in them. Copied into a public field, they reach readers they were not written for.
rule-public-internal-text-fix = Write a separate text for the public field and keep the internal note internal.
rule-team-name-unclear = a team member's name that the privacy guard cannot split into given name and surname
rule-team-name-unclear-why = A name in team.yaml that the privacy guard cannot split into given name and surname with confidence: one word, more than one comma, or a word it cannot place. The guard then looks for forms nobody writes, and misses the ones people do.
rule-team-name-unclear-bad = name: Chr. Peeters
rule-team-name-unclear-good = name: Christine Peeters
rule-team-name-unclear-basis = The privacy guard keeps team members' names off the public site (GDPR Article 5(1)(c), data minimisation). It can only do that for the forms it can derive from the name in team.yaml.
rule-team-name-unclear-fix = Write the given name(s) first and then the surname, without titles or notes, and list other forms (a nickname, a maiden name) under also_known_as.
rule-page-claim-term = a neutrality term or comparison made outside the claims register
rule-page-claim-term-why = A public page or action uses a neutrality term or a comparison: a claim outside the claims register.
rule-page-claim-term-bad = Lindebeek is koploper in de regio.
rule-page-claim-term-good = register it in content/claims/ with its evidence
rule-page-claim-term-basis = The same yardsticks as for claims in the register: neutrality based on offsetting (Directive 2024/825, Annex I points 4a and 4c) and comparisons with a stated benchmark and method (Article 7(7); ACM Leidraad Duurzaamheidsclaims). A claim on a free page escapes those checks.
rule-page-claim-term-fix = Register the statement in content/claims/ with its evidence, or rephrase the page without the neutrality term or comparison.
rule-raw-html-removed = raw HTML in Markdown that the sanitiser removes
rule-raw-html-removed-severity = error on public items, warning on internal ones
rule-raw-html-removed-why = Raw HTML in Markdown that the sanitiser removes (script, event handler, iframe, style...). Error on public items, warning on internal ones.
rule-raw-html-removed-bad = <span style="color:red">Let op</span>
rule-raw-html-removed-good = **Let op**
rule-raw-html-removed-basis = For the site’s safety, the HTML sanitiser strips scripts, event handlers, iframes and styles, so that content silently disappears. Structure belongs in Markdown, which also keeps the meaning accessible (WCAG 2.1, success criterion 1.3.1 Info and relationships).
rule-raw-html-removed-fix = Rewrite the passage in plain Markdown (bold, lists, headings, links) instead of HTML.
rule-body-front-matter-key = a front-matter field pasted into the body, where it is published as text
rule-body-front-matter-key-severity = error on public items, warning on internal ones
rule-body-front-matter-key-why = A body line that starts with a key of the item's front matter (`internal_note:`, `owners:`, `follow_up:`, `visibility:`...), or a second front matter right after the first, is shown on the page word for word: an internal note pasted under the closing `---` would be published. Error on public items, warning on internal ones.
rule-body-front-matter-key-bad = internal_note: Budget not yet approved by the college.
rule-body-front-matter-key-good = The budget is being prepared.
rule-body-front-matter-key-basis = Everything under the closing `---` is the public description; the privacy guard cannot know a note it finds registered nowhere as internal.
rule-body-front-matter-key-fix = Move the line above the closing `---`, into the front matter, or delete it.
rule-markdown-image-alt = an image without alt text
rule-markdown-image-alt-why = An image without alt text is invisible to screen-reader users.
rule-markdown-image-alt-bad = ![](@asset/kaart.png)
rule-markdown-image-alt-good = ![Kaart van de fietsroutes](@asset/kaart.png)
rule-markdown-image-alt-basis = WCAG 2.1 AA, success criterion 1.1.1 (Non-text content): every informative image needs a text alternative. Belgian public bodies must meet WCAG 2.1 AA (Directive (EU) 2016/2102).
rule-markdown-image-alt-fix = Describe in a few words what the image shows or why it is there, for example ‘Map of the cycle routes’.
rule-markdown-heading-skip = a skipped heading level, or a level-1 heading in a body
rule-markdown-heading-skip-why = A skipped heading level, or a level-1 heading in a body (the page title is level 1).
rule-markdown-heading-skip-bad =
    ## Doel
    #### Aanpak
rule-markdown-heading-skip-good =
    ## Doel
    ### Aanpak
rule-markdown-heading-skip-basis = WCAG 2.1 AA, success criteria 1.3.1 (Info and relationships) and 2.4.6 (Headings and labels): headings follow the page structure, which Belgian public bodies must meet (Directive (EU) 2016/2102). The page title is level 1; headings in the body start at level 2.
rule-markdown-heading-skip-fix = Start body headings at level 2 (##) and go down one level at a time.
rule-markdown-link-text = a link whose text says nothing ('click here')
rule-markdown-link-text-why = A link whose whole text is generic ('hier', 'lees meer', 'click here').
rule-markdown-link-text-bad = Lees het plan [hier](@page/plan).
rule-markdown-link-text-good = Lees [het MVO-actieplan](@page/plan).

rule-markdown-link-text-basis = WCAG 2.1 AA, success criterion 2.4.4 (Link purpose (in context)), mandatory for Belgian public bodies (Directive (EU) 2016/2102): a link’s text says where it leads. ‘Here’ or ‘read more’ tells screen-reader users nothing.
rule-markdown-link-text-fix = Use the name of the destination as the link text, for example ‘the MVO action plan’.
rule-asset-intranet-only = an asset that no public page links: it stays off the public site
rule-asset-intranet-only-why = The public site gets only the assets its pages, feeds, data files or theme refer to. An attachment linked only from internal content (the core team's minutes), or linked from nowhere, is copied to the intranet and not published, so it has no guessable public address.
rule-asset-intranet-only-bad = An internal action links @asset/verslag-kopgroep.pdf, and a public page is meant to show it.
rule-asset-intranet-only-good = [Het verslag](@asset/verslag-kopgroep.pdf) in a public action or page, or nothing for a file meant for the core team.
rule-asset-intranet-only-basis = Privacy by design: what only internal content uses stays internal (GDPR art. 25). kapstok reads the generated public site for the assets it refers to.
rule-asset-intranet-only-fix = If the file should be public, link it from a public item or page (`@asset/PATH`). If it is meant for the intranet only, leave it; set the rule to `allow` in `checks.rules` to stop the warning.
## Search: one hit

data_search_one = 1 result

## Licences of the open data

licence_modellicentie = Flemish model licence for free reuse (v1.0)
licence_cc0 = CC0 1.0
licence_cc_by = CC BY 4.0

## check --explain

explain_severity = default: { $severity }
explain_fixed = fixed
explain_basis = Yardstick:
explain_fix = What to change:
explain_bad = Bad:
explain_good = Good:

## The check report: a finding about a claim
checks_claim = The claim:
checks_evidence = What the evidence shows:
checks_fix = What to do:
checks_measured = { $name }: { $value } ({ $date })
no_measurement = no measurement yet
checks_unmeasured = { $name }: no measurement yet
## Progress status (issue 22): the rules on the computed status of an indicator
rule-claim-on-track-unsupported = a claim that the plan is on course while an indicator of its actions is behind
rule-claim-on-track-unsupported-why = The claim says the plan is on course (‘op schema’, ‘on track’, ‘en bonne voie’), while an indicator of one of its actions lags behind the straight line from its baseline at the start to its target at the due date, judged at its latest measurement: the figures say otherwise.
rule-claim-on-track-unsupported-bad = text: "We liggen op schema om het elektriciteitsverbruik tegen 2026 met 20 % te verlagen."   # the indicator is behind
rule-claim-on-track-unsupported-good = text: "Het elektriciteitsverbruik daalt trager dan gepland: de renovatie van het zwembad startte een jaar later."
rule-claim-on-track-unsupported-basis = A claim about a plan’s progress must rest on its figures (EU Directive 2024/825 on claims about future performance; ACM Leidraad Duurzaamheidsclaims). The status follows Open SDG’s progress status: a figure is judged against the straight line to its target.
rule-claim-on-track-unsupported-fix = Say where the plan lags and why, or record the measurement that shows it is back on course.
rule-indicator-behind-unexplained = a public indicator behind its plan without an explanation
rule-indicator-behind-unexplained-why = The public site shows the status of every indicator. A figure that lags behind the straight line from its baseline at the start to its target at the due date needs an explanation beside it: comply or explain.
rule-indicator-behind-unexplained-bad = indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, baseline: 1850, target: 1480{"}"}   # behind, no explanation
rule-indicator-behind-unexplained-good = explanation: De renovatie van het zwembad startte een jaar later; de nieuwe warmtepomp draait vanaf maart.
rule-indicator-behind-unexplained-basis = Comply or explain, as the reporting under the Flemish climate pact asks: report the progress of every commitment and explain what lags. An organisation that explains a lagging figure earns more trust than one that leaves it bare.
rule-indicator-behind-unexplained-fix = Add `explanation:` to the indicator: why the figure lags and what is being done about it.

## Progress status of an indicator (issue 22): computed, never colour or symbol alone
progress_status = Progress status
progress_achieved = Achieved
progress_on-track = On track
progress_behind = Behind
progress_no-data = No data
explanation_label = Explanation:
progress_by_department = Progress by department

## What must be updated (issue 22): an owner's page and the reminders in their calendar
owner_title = { $name }: what must be updated
owner_intro = For each indicator of the open actions: when the next measurement falls due, by the indicator's frequency, counted from the latest measurement (or, while there is none, from the start of the action). Overdue measurements come first.
owner_open_actions = Open actions
owner_calendar = Calendar with reminders (iCalendar)
owner_measurements = Measurements due
owner_overdue = Overdue
owner_soon = In the coming { $weeks } weeks
owner_later = Later
owner_no_measurements = No measurements due: no open action has an indicator.
owner_frequency = Frequency
owner_due = Next measurement
owner_days_late = { $days ->
    [one] 1 day late
   *[other] { $days } days late
}
owner_due_in = { $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
}
owner_ago = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
owner_follow_ups_missed = Past, with no later follow-up
owner_no_next = none planned after it
owner_follow_ups_next = Next follow-ups
owner_no_follow_ups = No follow-up planned.
frequency_monthly = monthly
frequency_quarterly = quarterly
frequency_yearly = yearly
frequency_days = every { $days } days
frequency_none = no frequency: every { $days } days (checks.stale_after_days)
measurement_event = Measurement: { $indicator } ({ $action })
measurement_alarm = A measurement is due today: { $indicator } ({ $action })
calendars_owner_note = An owner's calendar also holds the measurements they must make, with a reminder on the day.
