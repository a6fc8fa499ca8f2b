//! The claim rules (`claim-*`): evidence, plan, visibility, word lists and
//! figures. Withdrawn claims are skipped ([`Ctx::claims`]); a claim with no
//! evidence gets only `claim-without-action` of the evidence rules (or, for an
//! aspiration that promises nothing measurable, `claim-vague-promise`).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::figures::{self, Analysis, FigKind, Verdict};
use super::registry::RuleId;
use super::words::{self, Analyzed, BROAD_GENERIC, COPULA, COPULA_BREAK, Entries, LAW, List, OWN_CHOICE, Term};
use super::{Ctx, comma_list, finding, quoted_terms, semicolon_list};
use crate::diag::Diagnostic;
use crate::i18n::{Msg, MsgArg, msg};
use crate::model::{ActionStatus, Claim, ClaimKind, Date, Indicator, InventoryKind, Visibility};

pub(super) fn at_claim(d: Diagnostic, c: &Claim) -> Diagnostic {
    d.at(c.pos).subject(c.id.to_string())
}

/// Claims with evidence (the evidence rules' domain).
fn with_evidence<'a>(ctx: &'a Ctx) -> impl Iterator<Item = &'a Claim> + 'a {
    ctx.claims().filter(|c| ctx.has_evidence(c))
}

/// A commitment whose live actions are all done (and there is at least one).
fn all_done(ctx: &Ctx, c: &Claim) -> bool {
    let live = ctx.live_actions_of(c);
    !live.is_empty() && live.iter().all(|a| a.status == ActionStatus::Done)
}

/// A commitment that says nothing measurable: no figure (an absolute term is
/// one), no number, no year, no time in words. "We maken van Bosvoorde een
/// duurzame gemeente" is an aspiration, not a promise anyone can check.
fn says_nothing_measurable(ctx: &Ctx, c: &Claim) -> bool {
    // Without evidence, an appointment ("Op 10 december 2026 om 19.30 uur
    // stellen we het klimaatplan voor") is an announcement, not a figure.
    let text = if ctx.has_evidence(c) { std::borrow::Cow::Borrowed(c.text.as_str()) } else { without_appointments(&c.text) };
    if c.kind != ClaimKind::Commitment || text.chars().any(|ch| ch.is_ascii_digit()) || names_a_time(&text) {
        return false;
    }
    let reading = ctx.reading(c);
    // A claim with no evidence has no analysis of its figures: read it
    // against nothing, for what it says ("zonder afval", "halveren", "de eerste").
    let nothing = if ctx.has_evidence(c) {
        None
    } else {
        let a = crate::checks::words::analyze(&text);
        Some(figures::analyse_in(&text, &a, c.kind, ctx.project.site.language, &figures::Evidence::default()))
    };
    let analysis = nothing.as_ref().unwrap_or(&reading.analysis);
    let said = [List::Neutrality, List::Comparative, List::Label].iter().any(|l| !reading.terms[*l as usize].is_empty());
    analysis.figures.is_empty() && analysis.years.is_empty() && !said
}

/// A text without its appointments: a calendar date ("10 december 2026", "le
/// 3 mars") and a clock time ("om 19.30 uur", "à 20h", "at 7.30 pm"). What
/// is left says whether it promises anything measurable.
fn without_appointments(text: &str) -> std::borrow::Cow<'_, str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare: Vec<String> = words.iter().map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase()).collect();
    let digits = |w: &str, max: usize| !w.is_empty() && w.len() <= max && w.bytes().all(|b| b.is_ascii_digit());
    let mut keep = vec![true; words.len()];
    for i in 0..words.len() {
        let w = bare[i].as_str();
        let (prev, next) = (i.checked_sub(1).map(|p| bare[p].as_str()), bare.get(i + 1).map(String::as_str));
        if figures::MONTH_NAMES.contains(&w) && prev.is_some_and(|p| digits(p.trim_end_matches("er"), 2)) {
            keep[i - 1] = false;
            keep[i] = false;
            if next.is_some_and(|n| digits(n, 4) && n.len() == 4) {
                keep[i + 1] = false;
            }
        }
        // "19.30", "19:30", "19u30", "20h", "20h30", "7.30 pm", "19 uur".
        let (hour, rest) = w.split_at(w.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(w.len()));
        let clock_form =
            matches!(rest, "h" | "u") || (rest.len() == 3 && matches!(&rest[..1], "." | ":" | "h" | "u") && digits(&rest[1..], 2));
        let said_as_time = prev.is_some_and(|p| matches!(p, "om" | "à" | "a" | "at" | "vanaf" | "tot" | "from"))
            || next.is_some_and(|n| matches!(n, "uur" | "u" | "h" | "pm" | "am"));
        let hours = rest.is_empty() && next.is_some_and(|n| matches!(n, "uur" | "pm" | "am"));
        if digits(hour, 2) && ((clock_form && said_as_time) || hours) {
            keep[i] = false;
        }
    }
    if keep.iter().all(|k| *k) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(words.iter().zip(keep).filter(|(_, k)| *k).map(|(w, _)| *w).collect::<Vec<_>>().join(" "))
}

/// A claim with no evidence at all. An aspiration that promises nothing
/// measurable gets `claim-vague-promise` instead: the reviewer asks to make it
/// concrete, and does not stop it (see docs/checks.md, Severities).
pub(super) fn without_action(ctx: &Ctx) -> Vec<Diagnostic> {
    ctx.claims()
        .filter(|c| !ctx.has_evidence(c) && !says_nothing_measurable(ctx, c))
        .map(|c| {
            at_claim(finding(RuleId::ClaimWithoutAction, msg!("find-claim-without-action")), c)
                .label(msg!("find-claim-without-action-label"))
                .help(msg!("find-claim-without-action-help"))
        })
        .collect()
}

pub(super) fn dropped_action(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in with_evidence(ctx) {
        for a in ctx.actions_of(c).into_iter().filter(|a| a.status == ActionStatus::Dropped && !tells_the_stop(ctx, c, a)) {
            out.push(
                at_claim(finding(RuleId::ClaimDroppedAction, msg!("find-claim-dropped-action", action = a.id.as_str())), c)
                    .label(msg!("find-claim-dropped-action-label"))
                    .help(msg!("find-claim-dropped-action-help")),
            );
        }
    }
    out
}

/// The claim tells where the action starts from, not what it did: it has
/// figures, and each is supported and is the baseline of one of the action's
/// indicators ("about 1,480 homes are exposed ..." beside a planned noise
/// action whose baseline is 1,480).
fn tells_the_start(ctx: &Ctx, c: &Claim, a: &crate::model::Action) -> bool {
    let reading = ctx.reading(c);
    let figures = &reading.analysis.figures;
    let baseline = |v: f64| a.indicators.iter().any(|i| i.baseline.is_some_and(|b| (b - v).abs() < 1e-9));
    !figures.is_empty() && figures.iter().all(|j| j.verdict == Verdict::Supported && baseline(j.figure.value))
}

/// Words that say a plan was stopped ("is stopgezet", "a été abandonné", "was
/// dropped").
const STOPPED: &[&str] = &[
    "stopgezet",
    "geschrapt",
    "afgeblazen",
    "afgevoerd",
    "geannuleerd",
    "opgegeven",
    // "In 2025 zagen we af van CO2-compensatie" (since session 18).
    "afgezien",
    "zagen we af",
    "zagen wij af",
    "zag de gemeente af",
    "zag de stad af",
    "stopten",
    "stopte",
    // "De proef met twee elektrische deelwagens is gestopt" (since session 19).
    "gestopt",
    "beëindigd",
    "a pris fin",
    "ended",
    "terminated",
    "gaat niet door",
    "niet doorgegaan",
    "gaat niet verder",
    // "besliste om het project niet verder te zetten" (since session 21).
    "niet verder te zetten",
    "niet verder gezet",
    "niet voort te zetten",
    "niet voortgezet",
    "stop te zetten",
    "ne pas poursuivre",
    "pas été poursuivi*",
    "not to continue",
    "not be continued",
    "halted",
    "abandonné*",
    "arrêté*",
    "annulé*",
    "renoncé",
    "ne se fera pas",
    "n'aura pas lieu",
    "dropped",
    "cancel*",
    "abandon*",
    "scrapped",
    "gave up",
    "stopped",
    "shelved",
    "called off",
    "will not go ahead",
    "discontinued",
];

static STOPPED_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(STOPPED));

/// The claim tells that the dropped action stopped: a word of stopping, and a
/// telling word of the action's title ("Het plan voor een natuurbegraafplaats
/// is stopgezet"). An honest report of a stop rests on the stopped action.
fn tells_the_stop(ctx: &Ctx, c: &Claim, a: &crate::model::Action) -> bool {
    let reading = ctx.reading(c);
    if words::matches(reading.analyzed(&c.text), &STOPPED_ENTRIES).is_empty() {
        return false;
    }
    let year = ctx.today.year();
    !telling_words(&c.text, year).is_disjoint(&telling_words(&a.title, year))
}

/// The action builds on an inventory item the claim links too.
fn continues_linked(c: &Claim, a: &crate::model::Action) -> bool {
    a.builds_on.iter().any(|b| c.inventory.iter().any(|i| i.id == b.id))
}

pub(super) fn result_not_done(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Result) {
        for a in ctx.actions_of(c).into_iter().filter(|a| !tells_the_start(ctx, c, a)) {
            let why = match a.status {
                ActionStatus::Planned => "planned",
                // An action that carries on what the lokale foto found
                // ("Fairtrade-gemeente blijven", `builds_on` the item the
                // claim links): the item's result is on record (since session 24).
                ActionStatus::InProgress if a.latest_progress(ctx.today).is_none() && !continues_linked(c, a) => "no-progress",
                _ => continue,
            };
            out.push(
                at_claim(finding(RuleId::ClaimResultNotDone, msg!("find-claim-result-not-done", action = a.id.as_str(), why = why)), c)
                    .label(msg!("find-claim-result-not-done-label"))
                    .help(msg!("find-claim-result-not-done-help")),
            );
        }
    }
    out
}

pub(super) fn result_on_goal(ctx: &Ctx) -> Vec<Diagnostic> {
    with_evidence(ctx)
        .filter(|c| c.kind == ClaimKind::Result && c.actions.is_empty())
        .filter(|c| {
            let items: Vec<_> = c.inventory.iter().filter_map(|r| ctx.project.inventory_item(&r.id)).collect();
            !items.is_empty() && items.iter().all(|i| i.kind == InventoryKind::Goal)
        })
        // "ondertekende het convenant", "draagt de titel": the adoption is the result.
        .filter(|c| !words::reports_adoption(&c.text))
        // Every figure said of now or the past is one the goal's note records
        // as where things stand ("was de uitstoot in 2024 24 % lager dan in
        // 2011"): the result is that record, not the intention.
        .filter(|c| {
            let reading = ctx.reading(c);
            let mut now = reading.analysis.figures.iter().filter(|j| !j.figure.plan).peekable();
            now.peek().is_none() || !now.all(|j| j.verdict == Verdict::Supported)
        })
        .map(|c| {
            at_claim(finding(RuleId::ClaimResultOnGoal, msg!("find-claim-result-on-goal")), c)
                .label(msg!("find-claim-result-on-goal-label"))
                .help(msg!("find-claim-result-on-goal-help"))
        })
        .collect()
}

/// Whether a linked inventory item is a goal (an intention).
fn links_a_goal(ctx: &Ctx, c: &Claim) -> bool {
    c.inventory.iter().filter_map(|r| ctx.project.inventory_item(&r.id)).any(|i| i.kind == InventoryKind::Goal)
}

pub(super) fn future_without_plan(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Commitment) {
        if all_done(ctx, c) {
            continue;
        }
        let live = ctx.live_actions_of(c);
        let planned = live.iter().any(|a| a.due.is_some() && a.indicators.iter().any(|i| i.baseline.is_some()));
        // A study or a decision announced with its date ("Kempenwerk onderzoekt
        // tot het voorjaar van 2027 of een warmtenet haalbaar is") promises no
        // result to measure: an action with a due date is its plan.
        if planned || (live.iter().any(|a| a.due.is_some()) && announces_a_study(&c.text)) {
            continue;
        }
        // A step promised with its date, within the term of an action that
        // has one ("In het voorjaar van 2027 legt het college een ontwerp
        // van warmtezoneringsplan voor", due 2027-06-30): the dated action is
        // its plan, and there is nothing to count. Not a promise without a
        // year, with a year past every due date ("de eerste woningen worden
        // in 2028 aangesloten"), or with a figure the plan does not back
        // (since session 23).
        if let Some(last_due) = live.iter().filter_map(|a| a.due).max() {
            let analysis = &ctx.reading(c).analysis;
            if !analysis.years.is_empty()
                && analysis.years.iter().all(|(year, _)| *year <= last_due.year())
                && analysis.figures.iter().all(|j| j.verdict == Verdict::Supported)
            {
                continue;
            }
        }
        // "Met het Burgemeestersconvenant beloofde Heverdonk in 2021 ...": the
        // pledge told as made, which the linked goal records (since session 17).
        if live.is_empty() && links_a_goal(ctx, c) && words::reports_adoption(&c.text) {
            continue;
        }
        let missing: MsgArg = if live.is_empty() {
            msg!("find-claim-future-without-plan-no-action").into()
        } else {
            let parts: Vec<MsgArg> = live
                .iter()
                .map(|a| {
                    // What the action lacks: a due date, an indicator, or an
                    // indicator's baseline (never nothing: then it would be a plan).
                    let indicator = if a.indicators.is_empty() {
                        Some("indicator")
                    } else {
                        (!a.indicators.iter().any(|i| i.baseline.is_some())).then_some("baseline")
                    };
                    let lacks = match (a.due.is_none(), indicator) {
                        (true, Some("indicator")) => "due-indicator",
                        (true, Some(_)) => "due-baseline",
                        (false, Some(what)) => what,
                        _ => "due",
                    };
                    msg!("find-claim-future-without-plan-lacks", action = a.id.as_str(), lacks = lacks).into()
                })
                .collect();
            semicolon_list(parts)
        };
        out.push(
            at_claim(finding(RuleId::ClaimFutureWithoutPlan, msg!("find-claim-future-without-plan", missing = missing)), c)
                .label(msg!("find-claim-future-without-plan-label"))
                .help(msg!("find-claim-future-without-plan-help")),
        );
    }
    out
}

/// Words that tell a delay: a commitment that says it is late ("de
/// Vlaamse termijn van eind 2025 hebben we niet gehaald") hides nothing.
const DELAY: &[&str] = &[
    "niet gehaald",
    "niet halen",
    "uitgesteld",
    "vertraging",
    "vertraagd",
    "later dan gepland",
    "later dan voorzien",
    "en retard",
    "reporté",
    "reportée",
    "pas respecté",
    "missed",
    "delayed",
    "postponed",
    "behind schedule",
    "later than planned",
    // A new date said as new (since session 20: "is now expected in mid-2027
    // after a planning appeal").
    "nu verwacht",
    "nu gepland",
    "nu voorzien",
    "désormais prévu",
    "désormais prévue",
    "désormais attendu",
    "désormais attendue",
    "now expected",
    "now planned",
    "now scheduled",
    "now due",
];

static DELAY_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(DELAY));

/// `claim-overdue`, and `claim-promise-passed`: a promise
/// published before the due dates of its actions was in time when it was
/// made, and its reader was not misled then; its page needs an update, not a
/// block (since session 20: *"Tegen 2026 willen we op alle vijf bewaakte
/// strandposten de Blue Flag halen; vandaag is dat er één"*, published in
/// March 2024 for an action due mid-2026, was blocked).
pub(super) fn overdue(ctx: &Ctx) -> Vec<Diagnostic> {
    past_due(ctx, false)
}

pub(super) fn promise_passed(ctx: &Ctx) -> Vec<Diagnostic> {
    past_due(ctx, true)
}

fn past_due(ctx: &Ctx, in_time: bool) -> Vec<Diagnostic> {
    with_evidence(ctx)
        .filter(|c| c.kind == ClaimKind::Commitment)
        .filter(|c| {
            let published_in_time = c.published.is_some_and(|p| ctx.live_actions_of(c).iter().all(|a| a.due.is_some_and(|d| p < d)));
            published_in_time == in_time
        })
        // A promise that tells its own delay (since session 18), or names a
        // year still to come that the plan's explanation of the delay names
        // (since session 19: "À partir du nouveau contrat de 2027, nous
        // exigerons au moins 30 % ..." beside "Bij de verlenging in 2027 wordt
        // 30 % een minimumeis").
        .filter(|c| words::matches(ctx.reading(c).analyzed(&c.text), &DELAY_ENTRIES).is_empty())
        .filter(|c| {
            let actions = ctx.live_actions_of(c);
            !ctx.reading(c).analysis.years.iter().any(|&(y, _)| y >= ctx.today.year() && named_by_plan(&actions, y))
        })
        .filter(|c| {
            let live = ctx.live_actions_of(c);
            !live.is_empty() && live.iter().all(|a| a.status != ActionStatus::Done && a.due.is_some_and(|d| d < ctx.today))
        })
        .map(|c| {
            let ids: Vec<MsgArg> = ctx.live_actions_of(c).iter().map(|a| format!("`{}`", a.id).into()).collect();
            let n = ids.len();
            if in_time {
                let published = c.published.map(|d| d.to_string()).unwrap_or_default();
                at_claim(
                    finding(
                        RuleId::ClaimPromisePassed,
                        msg!("find-claim-promise-passed", actions = comma_list(ids), n = n, published = published),
                    ),
                    c,
                )
                .label(msg!("find-claim-overdue-label"))
                .help(msg!("find-claim-promise-passed-help"))
            } else {
                at_claim(finding(RuleId::ClaimOverdue, msg!("find-claim-overdue", actions = comma_list(ids), n = n)), c)
                    .label(msg!("find-claim-overdue-label"))
                    .help(msg!("find-claim-overdue-help"))
            }
        })
        .collect()
}

pub(super) fn evidence_not_public(ctx: &Ctx) -> Vec<Diagnostic> {
    with_evidence(ctx)
        .filter(|c| c.visibility == Visibility::Public)
        .filter(|c| {
            let public_action = ctx.actions_of(c).iter().any(|a| a.visibility == Visibility::Public);
            let public_item =
                c.inventory.iter().filter_map(|r| ctx.project.inventory_item(&r.id)).any(|i| i.visibility == Visibility::Public);
            !public_action && !public_item
        })
        .map(|c| {
            at_claim(finding(RuleId::ClaimEvidenceNotPublic, msg!("find-claim-evidence-not-public")), c)
                .label(msg!("find-claim-evidence-not-public-label"))
                .help(msg!("find-claim-evidence-not-public-help"))
        })
        .collect()
}

pub(super) fn channel_visibility(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims().filter(|c| c.visibility == Visibility::Internal) {
        let external: Vec<MsgArg> = c
            .channels
            .iter()
            .filter(|r| ctx.project.channel(&r.id).is_some_and(|ch| ch.audience == crate::model::Audience::External))
            .map(|r| format!("`{}`", r.id).into())
            .collect();
        if !external.is_empty() {
            let n = external.len();
            out.push(
                at_claim(
                    finding(RuleId::ClaimChannelVisibility, msg!("find-claim-channel-visibility", channels = comma_list(external), n = n)),
                    c,
                )
                .label(msg!("find-claim-channel-visibility-label"))
                .help(msg!("find-claim-channel-visibility-help")),
            );
        }
    }
    out
}

/// One finding at the first term, naming every term.
/// The label is the term as the claim writes it.
fn word_finding(rule: RuleId, c: &Claim, terms: &[Term], message: Msg, help: Msg) -> Diagnostic {
    let first = &terms[0];
    finding(rule, message).at(c.text_pos.at(first.range.clone())).label(first.text.clone()).help(help).subject(c.id.to_string())
}

pub(super) fn neutrality(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims() {
        let reading = ctx.reading(c);
        let (n, comp) = (&reading.terms[List::Neutrality as usize], &reading.terms[List::Compensation as usize]);
        if n.is_empty() {
            continue;
        }
        if c.kind != ClaimKind::Result && comp.is_empty() {
            continue;
        }
        let message = if comp.is_empty() {
            msg!("find-claim-neutrality-result", terms = quoted_terms(n))
        } else {
            msg!("find-claim-neutrality-compensation", terms = quoted_terms(n), compensation = quoted_terms(comp))
        };
        out.push(word_finding(RuleId::ClaimNeutrality, c, n, message, msg!("find-claim-neutrality-help")));
    }
    out
}

/// What the word lists and the figures find in a claim's text. Five rules
/// read it; the runner reads every claim once before they run.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    /// The terms of each list, in the order of [`List`].
    pub terms: [Vec<Term>; 6],
    /// The figures, judged against the evidence (none for a claim without evidence).
    pub analysis: Analysis,
    /// The start offsets of the generic terms said as what something is
    /// (`claim-generic-as-fact`), read once for both generic rules.
    pub generic_said: Vec<usize>,
    /// The same for the terms of resilience that need qualifying
    /// ([`RESILIENT`]: "Het Marktplein is hittebestendig"): an absolute
    /// property of a place, `claim-generic-as-fact` rather than `claim-unqualified-term`.
    pub qualify_said: Vec<usize>,
    /// What the screen says the text may hold (more lists than the six).
    pub possible: words::Possible,
    /// The text analysed: made when a list or the figures needed it, else
    /// when a rule first asks ([`Reading::analyzed`]).
    analyzed: std::sync::OnceLock<Analyzed>,
}

impl Reading {
    /// The claim's text analysed (`text` is the claim's text), once.
    pub(crate) fn analyzed(&self, text: &str) -> &Analyzed {
        self.analyzed.get_or_init(|| words::analyze(text))
    }
}

/// The terms of [`List::Qualify`] that say a place withstands heat or the
/// climate: said as what a place is, nothing measured can back them whole.
const RESILIENT: &[&str] = &["hittebestendig", "klimaatbestendig", "klimaatrobuust", "résistant", "résiliente", "heat", "climate"];

/// Read a claim's text: one screen, and at most one analysis, for every list
/// and the figures.
pub(super) fn read(ctx: &Ctx, c: &Claim) -> Reading {
    let lists = words::Screen::new(&c.text).lists();
    let mut analyzed = None;
    let mut find = |list: List| {
        if !lists.may(list) {
            return Vec::new();
        }
        let a = analyzed.get_or_insert_with(|| words::analyze(&c.text));
        words::find_in(&c.text, a, list)
    };
    let mut terms = [List::Generic, List::Neutrality, List::Compensation, List::Comparative, List::Label, List::Qualify].map(&mut find);
    terms[List::Generic as usize].retain(|t| !part_of_a_name(&c.text, t));
    let analysis = if ctx.has_evidence(c) && (lists.may_have_figures(c.kind == ClaimKind::Commitment) || figures::may_be_absolute(&c.text))
    {
        let a = analyzed.get_or_insert_with(|| words::analyze(&c.text));
        // A figure the measurements known when the claim was published
        // support is not made wrong by a later one: it is outdated, a warning
        // (since session 20: *"Alle 46 perceeltjes ... zijn in gebruik"*,
        // published in July 2025 beside 46 in June 2025, was blocked by 44 a
        // year later).
        let public = c.visibility == Visibility::Public;
        let ev = figures::evidence(ctx.project, c, ctx.today, public);
        let mut analysis = figures::analyse_in(&c.text, a, c.kind, ctx.project.site.language, &ev);
        if let Some(published) = c.published.filter(|p| *p < ctx.today)
            && analysis.figures.iter().any(|j| matches!(j.verdict, Verdict::Unsupported { .. }))
        {
            let then =
                figures::analyse_in(&c.text, a, c.kind, ctx.project.site.language, &figures::evidence(ctx.project, c, published, public));
            // A claim that names the year it reports on, the year of its
            // publication or the one before ("Op de strandopruimdag van 20
            // september 2025 haalden 160 vrijwilligers 810 kilo afval op"),
            // tells that year's figure: a later year's does not outdate it
            // (since session 23).
            let dated = names_the_year(&c.text, published.year()) || names_the_year(&c.text, published.year() - 1);
            for j in analysis.figures.iter_mut() {
                if let Verdict::Unsupported { message, .. } = &j.verdict
                    && then.figures.iter().any(|t| t.figure.range == j.figure.range && t.verdict == Verdict::Supported)
                {
                    if dated {
                        j.verdict = Verdict::Supported;
                        continue;
                    }
                    let message = msg!(
                        "find-claim-figure-since-changed",
                        figure = j.figure.text.clone(),
                        published = published.to_string(),
                        now = message.clone()
                    );
                    j.verdict = Verdict::Outdated { message };
                }
            }
        }
        analysis
    } else {
        Analysis::default()
    };
    let broad = |t: &Term| BROAD_GENERIC.contains(&t.text.to_lowercase().replace('\u{2019}', "'").as_str());
    let resilient = |t: &Term| RESILIENT.iter().any(|r| t.text.to_lowercase().starts_with(r));
    let mut said = |list: List, of: &dyn Fn(&Term) -> bool| {
        let found: Vec<Term> = terms[list as usize].iter().filter(|t| of(t)).cloned().collect();
        if found.is_empty() {
            return Vec::new();
        }
        let a = analyzed.get_or_insert_with(|| words::analyze(&c.text));
        said_as_fact(&c.text, a, &found, Some(ctx.today.year()))
    };
    let generic_said = said(List::Generic, &broad);
    // Filled in by a supported figure, or qualified: `claim-unqualified-term` reads it.
    let filled = ctx.has_evidence(c) && analysis.any_supported();
    let qualify_said = if filled || qualified(&c.text) { Vec::new() } else { said(List::Qualify, &resilient) };
    let analyzed = analyzed.map(std::sync::OnceLock::from).unwrap_or_default();
    Reading { terms, analysis, generic_said, qualify_said, possible: lists, analyzed }
}

/// A generic term that begins a name ("Green Key", "Green Deal", "Groene
/// Sleutel"): capitalised, and the next word too. A label's name is no vague
/// adjective; `claim-label-unverified` reads labels.
fn part_of_a_name(text: &str, t: &Term) -> bool {
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    capital(&t.text) && capital(text[t.range.end..].trim_start())
}

/// The generic terms of a claim that no supported figure fills in, split in
/// those said as what something is (`claim-generic-as-fact`) and the rest
/// (`claim-generic-term`).
fn unfilled_generic(ctx: &Ctx, c: &Claim) -> (Vec<Term>, Vec<Term>) {
    let reading = ctx.reading(c);
    let terms = &reading.terms[List::Generic as usize];
    let resilient: Vec<Term> =
        reading.terms[List::Qualify as usize].iter().filter(|t| reading.qualify_said.contains(&t.range.start)).cloned().collect();
    if ctx.has_evidence(c) && reading.analysis.any_supported() {
        return (resilient, Vec::new());
    }
    let (mut said, rest): (Vec<Term>, Vec<Term>) = terms.iter().cloned().partition(|t| reading.generic_said.contains(&t.range.start));
    said.extend(resilient);
    said.sort_by_key(|t| t.range.start);
    (said, rest)
}

pub(super) fn generic_term(ctx: &Ctx) -> Vec<Diagnostic> {
    generic_findings(ctx, false)
}

pub(super) fn generic_as_fact(ctx: &Ctx) -> Vec<Diagnostic> {
    generic_findings(ctx, true)
}

/// The findings of `claim-generic-as-fact` (`as_fact`) or `claim-generic-term`.
fn generic_findings(ctx: &Ctx, as_fact: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims() {
        let (said, rest) = unfilled_generic(ctx, c);
        let terms = if as_fact { said } else { rest };
        if terms.is_empty() {
            continue;
        }
        let (t, n) = (quoted_terms(&terms), terms.len());
        out.push(if as_fact {
            word_finding(
                RuleId::ClaimGenericAsFact,
                c,
                &terms,
                msg!("find-claim-generic-as-fact", terms = t, n = n),
                msg!("find-claim-generic-as-fact-help"),
            )
        } else {
            word_finding(
                RuleId::ClaimGenericTerm,
                c,
                &terms,
                msg!("find-claim-generic-term", terms = t, n = n),
                msg!("find-claim-generic-term-help"),
            )
        });
    }
    out
}

/// The claim announces a study or a decision on whether something happens:
/// a verb of studying or deciding, then *of, si, whether, if* within eight
/// words of its clause.
fn announces_a_study(text: &str) -> bool {
    const STUDY: &[&str] = &[
        "onderzoek*",
        "bekijk*",
        "bestudeer*",
        "nagaan",
        "gaat na",
        "gaan na",
        "verken*",
        "beslis*",
        "étudi*",
        "examin*",
        "évalu*",
        "décid*",
        "study",
        "studies",
        "studying",
        "examine*",
        "examining",
        "assess*",
        "decide*",
        "investigat*",
        "explor*",
    ];
    static ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(STUDY));
    let a = words::analyze(text);
    let nw = a.words.len();
    words::matches(&a, &ENTRIES).into_iter().any(|(s, n)| {
        (s + n..(s + n + 8).min(nw))
            .take_while(|&w| a.segment[w] == a.segment[s])
            .any(|w| matches!(a.word(w).norm.as_str(), "of" | "si" | "s'il" | "s'ils" | "whether" | "if"))
    })
}

/// A figure that the evidence calls an estimate, a calculation or a survey's
/// answer, said as if measured: "Het Repair Café hield 2 ton afval uit de
/// vuilbak" where the action says "de vzw schat het vermeden afval op 2 ton".
pub(super) fn estimate_as_measured(ctx: &Ctx) -> Vec<Diagnostic> {
    let lang = ctx.project.site.language;
    // Each action's estimated numbers, read once however many claims link it.
    let mut estimated: HashMap<&str, Vec<(f64, Option<&str>)>> = HashMap::new();
    let mut out = Vec::new();
    for c in with_evidence(ctx) {
        if !c.text.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let actions = ctx.live_actions_of(c);
        let mut values = Vec::new();
        for a in &actions {
            values.extend_from_slice(estimated.entry(a.id.as_str()).or_insert_with(|| figures::estimated_values(&a.body.text, lang)));
        }
        // An indicator measured by a survey ("welzijnsbevraging (respons 61 %)")
        // gives what those who answered said, not what all are.
        // So does one whose source or measurement note calls its values an
        // estimate ("raming op basis van de spoelcycli", "Raming, geen meting").
        let (surveyed, counted): (Vec<&Indicator>, Vec<&Indicator>) = actions.iter().flat_map(|a| a.indicators()).partition(|i| {
            let said = format!("{} {}", i.name, i.source.as_deref().unwrap_or_default()).to_lowercase();
            let notes = i.progress.iter().filter_map(|p| p.note.as_deref()).collect::<Vec<_>>().join(" ").to_lowercase();
            // Avoided or saved emissions are what would have been emitted otherwise,
            // less what was: a model's figure, never a meter's ("Vermeden
            // CO2-uitstoot (berekend)"; since session 19).
            let avoided = AVOIDED_WORDS.iter().any(|w| i.name.to_lowercase().contains(w));
            avoided
                || SURVEY_WORDS.iter().any(|w| said.contains(w))
                || ESTIMATED_WORDS.iter().any(|w| said.contains(w) || notes.contains(w))
        });
        values.extend(surveyed.iter().flat_map(|i| i.progress.iter().map(|p| (p.value, None))));
        if values.is_empty() {
            continue;
        }
        let measured: Vec<f64> =
            counted.iter().flat_map(|i| i.progress.iter().map(|p| p.value).chain(i.baseline).chain(i.total).chain([i.target])).collect();
        let reading = ctx.reading(c);
        let a = reading.analyzed(&c.text);
        let Some(first) = figures::estimates_told_as_measured(&c.text, a, lang, &values, &measured, ctx.today.year()).into_iter().next()
        else {
            continue;
        };
        let figure = c.text[first.clone()].to_owned();
        out.push(
            finding(RuleId::ClaimEstimateAsMeasured, msg!("find-claim-estimate-as-measured", figure = figure.clone()))
                .at(c.text_pos.at(first))
                .label(figure)
                .help(msg!("find-claim-estimate-as-measured-help"))
                .subject(c.id.to_string()),
        );
    }
    out
}

static LAW_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(LAW));
static OWN_CHOICE_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(OWN_CHOICE));

/// What the law requires, presented as the municipality's own choice or
/// merit (Directive 2024/825, annex I, 10a): the claim says a choice or a
/// merit ([`OWN_CHOICE`]: "kiest bewust", "uit respect voor de natuur"), names
/// no law itself ([`LAW`]), and a sentence of a linked action or item says
/// the law requires it, sharing a telling word with the claim (the sentence's
/// own, or its action's or item's title: "Pesticidevrij beheer" over "Sinds
/// 2015 wettelijk verplicht"; any such sentence for a claim in another
/// language than the project's). A warning: say that the law asks it, or what
/// the municipality does beyond it.
pub(super) fn legal_requirement(ctx: &Ctx) -> Vec<Diagnostic> {
    let this_year = ctx.today.year();
    let mut out = Vec::new();
    for c in with_evidence(ctx) {
        // A cheap test first: no word of a choice as written, no reading.
        static SAID: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| said_as_written(OWN_CHOICE));
        if !may_say(&c.text, &SAID) {
            continue;
        }
        let reading = ctx.reading(c);
        let a = reading.analyzed(&c.text);
        if words::matches(a, &OWN_CHOICE_ENTRIES).is_empty() || !words::matches(a, &LAW_ENTRIES).is_empty() {
            continue;
        }
        // A claim in another language than the project's shares no words
        // with its evidence: the link says what it speaks of.
        let foreign = figures::text_language(a, ctx.project.site.language) != ctx.project.site.language;
        let claim_words = telling_words(&c.text, this_year);
        let mut texts: Vec<(&str, &str, String)> = Vec::new();
        for act in ctx.live_actions_of(c) {
            texts.push((&act.title, &act.body.text, act.id.to_string()));
        }
        for r in &c.inventory {
            if let Some(i) = ctx.project.inventory_item(&r.id) {
                texts.push((&i.title, i.note.as_ref().map_or("", |n| n.text.as_str()), i.id.to_string()));
            }
        }
        // The title may say it too ("Pesticidenvrij beheer (wettelijke plicht)").
        let found = texts.iter().find_map(|(title, body, id)| {
            let title_shares = foreign || shares_a_word(&telling_words(title, this_year), &claim_words);
            let quote = law_sentences(body)
                .into_iter()
                .find(|s| title_shares || shares_a_word(&telling_words(s, this_year), &claim_words))
                .or_else(|| law_sentences(title).into_iter().find(|_| title_shares))?;
            Some((id.clone(), quote))
        });
        if let Some((source, quote)) = found {
            out.push(
                at_claim(finding(RuleId::ClaimLegalRequirement, msg!("find-claim-legal-requirement", source = source, quote = quote)), c)
                    .label(msg!("find-claim-legal-requirement-label"))
                    .help(msg!("find-claim-legal-requirement-help")),
            );
        }
    }
    out
}

/// The sentences of a text that say the law requires or forbids something
/// ([`LAW`]), each on one line.
/// A law named in a compound counts (*pesticidendecreet*, *rookverbod*,
/// *klimaatwetgeving*: since session 24).
fn law_sentences(text: &str) -> Vec<String> {
    let compound = |sentence: &str| {
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .any(|w| w.len() > 7 && ["decreet", "verbod", "wetgeving"].iter().any(|l| w.ends_with(l)))
    };
    rough_sentences(text)
        .filter(|sentence| compound(sentence) || !words::matches(&words::analyze(sentence), &LAW_ENTRIES).is_empty())
        .map(one_line)
        .collect()
}

/// A text's sentences as written, cut at ". " and at blank lines (enough to
/// quote the one that says something).
fn rough_sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(". ").flat_map(|p| p.split("\n\n"))
}

/// A sentence on one line, as the page shows it (no `**`, no link target,
/// no `##`), for a message.
pub(super) fn one_line(sentence: &str) -> String {
    crate::text::md_plain_words(sentence).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Two sets of telling words share one, or two long words share their first
/// seven letters ("pesticide" and "pesticiden", "evenement" and "evenementen").
pub(super) fn shares_a_word(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let stem = |w: &str| w.chars().take(7).collect::<String>();
    a.iter().any(|x| b.contains(x) || (x.chars().count() >= 7 && b.iter().any(|y| y.chars().count() >= 7 && stem(x) == stem(y))))
}

/// An indicator whose name or source says one of these is measured by asking.
const SURVEY_WORDS: &[&str] = &["bevraging", "enquête", "enquete", "survey", "sondage", "vragenlijst", "questionnaire"];
/// An indicator whose source or measurement notes say one of these gives
/// estimates. Not "berekend, calculated": a figure computed from meters (CO2
/// from the energy accounts) is a measurement's.
const ESTIMATED_WORDS: &[&str] = &["raming", "geraamd", "schatting", "geschat", "estimation", "estimé", "estimate"];
/// An indicator whose name says it counts what was avoided or saved.
const AVOIDED_WORDS: &[&str] =
    &["vermeden", "bespaarde", "uitgespaarde", "avoided", "saved", "évité", "évitées", "économisé", "économisées"];

/// The start offsets of the broad generic terms (see [`BROAD_GENERIC`]) that
/// a sentence about now says as what something is: at most five words after
/// a verb of being, in the same clause, and not an adverb before a
/// participle ("duurzaam gerenoveerd" says how, not what).
fn said_as_fact(text: &str, a: &words::Analyzed, terms: &[Term], year: Option<i16>) -> Vec<usize> {
    let future = figures::future_words(a, year);
    let mut out = Vec::new();
    for t in terms {
        let Some(first) = (0..a.words.len()).find(|&w| a.word(w).orig.start >= t.range.start) else { continue };
        if future[first] {
            continue;
        }
        let last = (first..a.words.len()).take_while(|&w| a.word(w).orig.end <= t.range.end).last().unwrap_or(first);
        let next = a.words.get(last + 1).map(|&i| a.toks[i].norm.as_str());
        if next.is_some_and(participle) {
            continue;
        }
        // "Our eco-friendly fleet", "nos produits écologiques": what is
        // ours is said to be so, unless the noun is an aim ("ons duurzaam
        // aankoopbeleid", "notre développement durable", "our sustainable future").
        // In French the adjective follows the noun ("nos produits écologiques").
        let glued = |w: usize| w > 0 && !a.toks[a.words[w - 1]..a.words[w]].iter().any(|x| x.kind == words::TokKind::Punct);
        let aim = |w: Option<&str>| w.is_some_and(|n| AIMS.iter().any(|p| n.starts_with(p)));
        let owned = (glued(first) && POSSESSIVES.contains(&a.word(first - 1).norm.as_str()) && !aim(next))
            || (first > 1
                && glued(first)
                && glued(first - 1)
                && POSSESSIVES_FR.contains(&a.word(first - 2).norm.as_str())
                && !aim(Some(a.word(first - 1).norm.as_str())));
        if owned {
            out.push(t.range.start);
            continue;
        }
        let mut w = first;
        let mut steps = 0;
        while w > 0 && steps <= 5 {
            let punct = a.toks[a.words[w - 1]..a.words[w]].iter().find(|x| x.kind == words::TokKind::Punct).map(|x| x.norm.as_str());
            w -= 1;
            let norm = a.word(w).norm.as_str();
            // "Kastelhoek, jouw duurzame vakantiebestemming!", "Toetsveld, une
            // commune durable": a name, then what it is, in apposition.
            if w == 0 && matches!(punct, Some("," | ":")) && text[a.word(0).orig.clone()].starts_with(char::is_uppercase) {
                out.push(t.range.start);
                break;
            }
            if punct.is_some() || COPULA_BREAK.contains(&norm) {
                break;
            }
            if COPULA.contains(&norm) {
                out.push(t.range.start);
                break;
            }
            steps += 1;
        }
    }
    out
}

/// Possessive determiners: a broad generic term right after one says what
/// the owner's thing is ([`said_as_fact`]).
const POSSESSIVES: &[&str] = &["onze", "ons", "jouw", "uw", "nos", "notre", "votre", "vos", "our", "your"];
const POSSESSIVES_FR: &[&str] = &["nos", "notre", "votre", "vos"];

/// Nouns (as prefixes) that name an aim or a policy, not a thing: a generic
/// term before them says where the owner wants to go, not what it is.
const AIMS: &[&str] = &[
    "beleid",
    "plan",
    "strategie",
    "visie",
    "ambitie",
    "aanpak",
    "ontwikkeling",
    "mobiliteit",
    "aankoop",
    "keuze",
    "doel",
    "toekomst",
    "transitie",
    "politique",
    "stratégie",
    "strategie",
    "développement",
    "developpement",
    "mobilité",
    "mobilite",
    "avenir",
    "transition",
    "ambition",
    "objectif",
    "policy",
    "policies",
    "strategy",
    "development",
    "mobility",
    "procurement",
    "future",
    "goal",
    "aim",
    "vision",
    "journey",
];

/// A Dutch past participle ("gerenoveerd", "beheerd", "aangelegd",
/// "verlicht"): after a plain adjective it makes that adjective an adverb.
fn participle(w: &str) -> bool {
    (w.ends_with('d') || w.ends_with('t'))
        && w.len() > 5
        && (["ge", "be", "ver", "ont", "her"].iter().any(|p| w.starts_with(p)) || w.get(2..).is_some_and(|r| r.contains("ge")))
}

pub(super) fn comparison_unsupported(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims() {
        let reading = ctx.reading(c);
        let terms = &reading.terms[List::Comparative as usize];
        if !terms.is_empty() {
            out.push(word_finding(
                RuleId::ClaimComparisonUnsupported,
                c,
                terms,
                msg!("find-claim-comparison-unsupported", terms = quoted_terms(terms), n = terms.len()),
                msg!("find-claim-comparison-unsupported-help"),
            ));
        }
    }
    out
}

pub(super) fn label_unverified(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims() {
        let reading = ctx.reading(c);
        let terms = &reading.terms[List::Label as usize];
        let reviewed = c.allow.iter().any(|a| a.rule == RuleId::ClaimLabelUnverified.as_str());
        if !terms.is_empty() && (reviewed || !labels_on_record(ctx, c, terms)) {
            out.push(word_finding(
                RuleId::ClaimLabelUnverified,
                c,
                terms,
                msg!("find-claim-label-unverified", terms = quoted_terms(terms), n = terms.len()),
                msg!("find-claim-label-unverified-help"),
            ));
        }
    }
    out
}

/// Every label the claim names is on record in its evidence: the linked
/// (not dropped) actions' titles, texts and indicators, and the linked
/// inventory items' titles and notes ("ISO 14001 voor de technische dienst
/// sinds 2022" in the inventory); for a public claim, public evidence only.
/// The plan then says who certified what, and no `allow` is needed (one
/// that is there still settles the finding: it is never stale for this).
fn labels_on_record(ctx: &Ctx, c: &Claim, terms: &[Term]) -> bool {
    let key = |t: &str| t.chars().filter(|ch| ch.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let shown = |v: Visibility| c.visibility != Visibility::Public || v == Visibility::Public;
    let mut recorded: Vec<String> = Vec::new();
    let mut record = |text: &str| recorded.extend(words::find(text, List::Label).iter().map(|t| key(&t.text)));
    for a in ctx.live_actions_of(c).into_iter().filter(|a| shown(a.visibility)) {
        record(&a.title);
        record(&a.body.text);
        for ind in &a.indicators {
            record(&ind.name);
            if let Some(source) = &ind.source {
                record(source);
            }
        }
    }
    for i in c.inventory.iter().filter_map(|r| ctx.project.inventory_item(&r.id)).filter(|i| shown(i.visibility)) {
        record(&i.title);
        if let Some(n) = &i.note {
            record(&n.text);
        }
    }
    // A word for any label ("label", "keurmerk", "certifié", "certified") is
    // on record when the evidence records some label or certificate; a
    // scheme's name (FSC, ISO 14001, Fairtrade) when the evidence names it.
    let generic = |k: &str| k.contains("certif") || matches!(k, "label" | "labels" | "keurmerk" | "keurmerken");
    terms
        .iter()
        .map(|t| key(&t.text))
        .all(|t| if generic(&t) { !recorded.is_empty() } else { recorded.iter().any(|r| r.contains(&t) || t.contains(r.as_str())) })
}

/// A term that is only true with a qualification (compostable, recyclable,
/// heat-resilient, natural: ISO 14021), in a text that gives none: no
/// share, no standard, no "industrially" or "at home", no "because".
pub(super) fn unqualified_term(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims() {
        let reading = ctx.reading(c);
        // A term of resilience said as what a place is goes to `claim-generic-as-fact`.
        let terms: Vec<Term> =
            reading.terms[List::Qualify as usize].iter().filter(|t| !reading.qualify_said.contains(&t.range.start)).cloned().collect();
        let terms = &terms;
        if terms.is_empty() || qualified(&c.text) {
            continue;
        }
        out.push(word_finding(
            RuleId::ClaimUnqualifiedTerm,
            c,
            terms,
            msg!("find-claim-unqualified-term", terms = quoted_terms(terms), n = terms.len()),
            msg!("find-claim-unqualified-term-help"),
        ));
    }
    out
}

/// True when a text qualifies what it claims: a share, a standard, the
/// conditions (industrially, at home), or a reason.
fn qualified(text: &str) -> bool {
    let lower = text.to_lowercase();
    let share = lower.char_indices().any(|(i, c)| c == '%' && lower[..i].trim_end().ends_with(|d: char| d.is_ascii_digit()));
    const QUALIFIERS: &[&str] = &[
        "industrie",
        "thuiscompost",
        "thuis ",
        "à domicile",
        "domestique",
        "at home",
        "home compost",
        "en 13432",
        "norm",
        "standard",
        "volgens ",
        "selon ",
        "according to",
        "waar ",
        "où ",
        "where ",
        "omdat",
        "doordat",
        "dankzij",
        "parce que",
        "grâce à",
        "because",
        "thanks to",
        "gemeten",
        "mesuré",
        "measured",
    ];
    share || QUALIFIERS.iter().any(|q| lower.contains(q))
}

/// One finding per figure whose verdict `pick` takes (its message and help),
/// at the figure: the three figure rules differ only in that.
fn figure_findings(ctx: &Ctx, rule: RuleId, pick: impl Fn(&Verdict) -> Option<(Msg, Msg)>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in with_evidence(ctx) {
        for j in &ctx.reading(c).analysis.figures {
            if let Some((message, help)) = pick(&j.verdict) {
                out.push(
                    finding(rule, message)
                        .at(c.text_pos.at(j.figure.range.clone()))
                        .label(j.figure.text.clone())
                        .help(help)
                        .subject(c.id.to_string()),
                );
            }
        }
    }
    out
}

pub(super) fn number_unsupported(ctx: &Ctx) -> Vec<Diagnostic> {
    figure_findings(ctx, RuleId::ClaimNumberUnsupported, |v| match v {
        Verdict::Unsupported { message, help } => Some((message.clone(), help.clone())),
        _ => None,
    })
}

/// A figure above the evidence by no more than rounding (see
/// [`Verdict::RoundedUp`]): a correction to ask for, not a reason to stop the page.
pub(super) fn number_rounded_up(ctx: &Ctx) -> Vec<Diagnostic> {
    figure_findings(ctx, RuleId::ClaimNumberRoundedUp, |v| match v {
        Verdict::RoundedUp { message } => Some((message.clone(), msg!("find-claim-number-rounded-up-help"))),
        _ => None,
    })
}

/// Words that say a claim speaks of a part, an amount or a change, not of
/// the whole: "een deel van", "de eerste", "steeds meer", "la plupart",
/// "step by step". A claim with one of them is not read as the whole.
const PART_WORDS: &[&str] = &[
    "deel",
    "deels",
    "gedeeltelijk",
    "grotendeels",
    "sommige",
    "enkele",
    "een aantal",
    "meerdere",
    "verschillende",
    "stap voor stap",
    "geleidelijk",
    "eerste",
    "begonnen",
    "gestart",
    "meer",
    "minder",
    "meeste",
    "merendeel",
    "meerderheid",
    "bijna",
    "nagenoeg",
    "ongeveer",
    "hier en daar",
    "waar mogelijk",
    "proefproject",
    "partie",
    "partiel*",
    "certain*",
    "plusieurs",
    "quelques",
    "progressivement",
    "peu à peu",
    "petit à petit",
    "premier*",
    "commenc*",
    "plus",
    "moins",
    "plupart",
    "majorité",
    "presque",
    "quasi",
    "environ",
    "part",
    "partly",
    "partially",
    "some",
    "several",
    "a number of",
    "step by step",
    "gradually",
    "first",
    "started",
    "begun",
    "more",
    "less",
    "fewer",
    "most",
    "majority",
    "almost",
    "nearly",
    "pilot*",
    "where possible",
];

static PART_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(PART_WORDS));

/// How far a linked indicator has come, when it shows a part of a whole: a
/// share in % that grows and is under 95 %, or a count under 95 % of its
/// `total`. With the indicator's name, the value, its whole (for a count)
/// and the share in %.
struct Part<'a> {
    name: &'a str,
    value: f64,
    total: Option<f64>,
    share: f64,
}

/// The linked indicators the claim's readers can see, each with the part it
/// shows (`None` for an indicator that shows no part of a whole).
fn parts<'a>(ctx: &Ctx<'a>, c: &Claim) -> Vec<(&'a Indicator, Option<Part<'a>>)> {
    let mut out = Vec::new();
    for a in ctx.live_actions_of(c) {
        if c.visibility == Visibility::Public && a.visibility != Visibility::Public {
            continue;
        }
        for ind in &a.indicators {
            let growing = ind.baseline.is_none_or(|b| ind.target >= b);
            let part = ind.latest(ctx.today).filter(|_| growing).and_then(|p| {
                let part = |total: Option<f64>, share: f64| Part { name: &ind.name, value: p.value, total, share };
                if ind.unit.as_deref().is_some_and(|u| u.trim() == "%") {
                    (p.value < 95.0).then(|| part(None, p.value))
                } else {
                    let total = ind.total.filter(|t| *t > 0.0)?;
                    (p.value < 0.95 * total).then(|| part(Some(total), 100.0 * p.value / total))
                }
            });
            out.push((ind, part));
        }
    }
    out
}

/// A result that names no amount at all ("Notre flotte communale roule à
/// l'électrique", "Onze gemeentelijke gebouwen draaien op eigen zonnestroom")
/// while a linked indicator shows only part of the whole (7 of 30 vehicles;
/// 21 %): a reader takes it for the whole. A warning: the claim may speak of
/// something else than that indicator, and the words say how far it goes.
/// Not for a claim with a number, an absolute term (the figures judge those),
/// or a word of a part, an amount or a change ([`PART_WORDS`]).
pub(super) fn part_as_whole(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let this_year = ctx.today.year();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Result && !c.text.bytes().any(|b| b.is_ascii_digit())) {
        let inds = parts(ctx, c);
        if inds.iter().all(|(_, p)| p.is_none()) || !ctx.reading(c).analysis.figures.is_empty() {
            continue;
        }
        let reading = ctx.reading(c);
        let a = reading.analyzed(&c.text);
        if figures::names_an_amount(&c.text, a, ctx.project.site.language) || !words::matches(a, &PART_ENTRIES).is_empty() {
            continue;
        }
        // Several indicators: the one the claim names, when it names one.
        let claim_words = telling_words(&c.text, this_year);
        let named = |ind: &Indicator| shares_a_word(&telling_words(&ind.name, this_year), &claim_words);
        let part = match inds.iter().find(|(ind, _)| named(ind)) {
            Some((_, part)) if inds.len() > 1 => part.as_ref(),
            _ => inds.iter().find_map(|(_, p)| p.as_ref()),
        };
        let Some(p) = part else { continue };
        let share = crate::i18n::Decimal(format!("{:.0}", p.share));
        let message = match p.total {
            Some(total) => msg!(
                "find-claim-part-as-whole-count",
                indicator = p.name,
                value = crate::i18n::Decimal(figures_fmt(p.value)),
                total = crate::i18n::Decimal(figures_fmt(total)),
                share = share
            ),
            None => msg!("find-claim-part-as-whole-share", indicator = p.name, share = share),
        };
        out.push(
            at_claim(finding(RuleId::ClaimPartAsWhole, message), c)
                .label(msg!("find-claim-part-as-whole-label"))
                .help(msg!("find-claim-part-as-whole-help")),
        );
    }
    out
}

pub(super) fn number_untraceable(ctx: &Ctx) -> Vec<Diagnostic> {
    figure_findings(ctx, RuleId::ClaimNumberUntraceable, |v| match v {
        Verdict::Untraceable { message } => Some((message.clone(), msg!("find-claim-number-untraceable-help"))),
        _ => None,
    })
}

/// A result that states a relative change ("18 % minder", "gehalveerd")
/// without saying from when or compared with what: no year, no "sinds",
/// "dan in", "ten opzichte van", "vorig jaar". The reader cannot weigh it
/// (ACM Leidraad, rule 3; CMA Green Claims Code: comparisons must be clear).
pub(super) fn change_without_baseline(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Result) {
        let analysis = &ctx.reading(c).analysis;
        let Some(j) = analysis
            .figures
            .iter()
            .find(|j| !j.figure.plan && matches!(j.figure.kind, FigKind::ChangePct | FigKind::Ratio(_) | FigKind::Fraction))
        else {
            continue;
        };
        if !analysis.years.is_empty() || names_a_starting_point(&c.text) {
            continue;
        }
        out.push(
            finding(RuleId::ClaimChangeWithoutBaseline, msg!("find-claim-change-without-baseline", figure = j.figure.text.as_str()))
                .at(c.text_pos.at(j.figure.range.clone()))
                .label(msg!("find-claim-change-without-baseline-label"))
                .help(msg!("find-claim-change-without-baseline-help"))
                .subject(c.id.to_string()),
        );
    }
    out
}

/// True when a text says from when a change runs: a year (also in a span,
/// "2023-2024") or words such as "sinds", "ten opzichte van", "vorig jaar".
fn names_a_starting_point(text: &str) -> bool {
    const FROM: &[&str] = &[
        "sinds",
        "sedert",
        "dan in",
        "dan vorig",
        "ten opzichte",
        "t.o.v.",
        "tov",
        "vergeleken",
        "vorig jaar",
        "basisjaar",
        "depuis",
        "par rapport",
        "qu'en",
        "l'an dernier",
        "l'année dernière",
        "année de référence",
        "since",
        "compared",
        "than in",
        "than last",
        "last year",
        "baseline",
    ];
    static ENTRIES: std::sync::LazyLock<words::Entries> = std::sync::LazyLock::new(|| words::entries(FROM));
    let a = words::analyze(text);
    // A year is a word of four digits (a span, "2023-2024", is two words);
    // "20000" is no year.
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && ("1990".."2101").contains(&w);
    (0..a.words.len()).any(|w| year(&a.word(w).norm)) || !words::matches(&a, &ENTRIES).is_empty()
}

/// A year that a linked indicator's explanation of a delay, or a
/// measurement's note, names ("De resterende bezoeken lopen door tot maart
/// 2027", "Bij de verlenging in 2027 wordt 30 % een minimumeis"): the plan
/// says it runs until then (since session 17). Not a year its body names:
/// that may be an aim beyond the plan.
fn named_by_plan(actions: &[&crate::model::Action], year: i16) -> bool {
    let y = year.to_string();
    let named = |t: &str| t.split(|ch: char| !ch.is_ascii_digit()).any(|w| w == y);
    actions
        .iter()
        .flat_map(|a| a.indicators.iter())
        .any(|i| i.explanation.as_ref().is_some_and(|e| named(&e.text)) || i.progress.iter().any(|p| p.note.as_deref().is_some_and(named)))
}

/// Words that put a year as a promise's deadline or start ("tegen 2026",
/// "eind 2026", "d'ici fin 2026", "by the end of 2026", "vanaf 2026").
const BY_YEAR: &[&str] =
    &["tegen", "eind", "einde", "uiterlijk", "vanaf", "d'ici", "ici", "fin", "avant", "partir", "by", "end", "before", "from", "until"];
/// Words of this year: "eind dit jaar", "d'ici la fin de cette année", "by the end of this year".
const THIS_YEAR: &[(&str, &str)] = &[("dit", "jaar"), ("cette", "année"), ("this", "year")];
/// Words of a whole done: the deadline is for all of it.
const COMPLETE: &[&str] = &[
    "hele",
    "helemaal",
    "volledig",
    "volledige",
    "alle",
    "klaar",
    "af",
    "afgerond",
    "voltooid",
    "toutes",
    "tous",
    "entier",
    "entière",
    "terminé",
    "terminés",
    "terminée",
    "terminées",
    "achevé",
    "achevés",
    "achevée",
    "whole",
    "entire",
    "all",
    "complete",
    "completed",
    "finished",
];
/// Words of an explanation that moves a date ("de oplevering wordt midden
/// 2027 verwacht", "verschuift naar 2027", "pas in 2027").
const LATER: &[&str] = &[
    // What waits for something else, or depends on it ("hangt af van de
    // fietsbrug ... die Infrabel in 2027 bouwt").
    "hangt",
    "wacht",
    "wachten",
    "dépend",
    "attend",
    "depends",
    "waits",
    "awaits",
    "verwacht",
    "verschuift",
    "schuift",
    "schuiven",
    "verschoven",
    "pas",
    "uitgesteld",
    "vertraagd",
    "vertraging",
    "later",
    "volgt",
    // "die 480 kWp volgen in 2027" (since session 24).
    "volgen",
    "suivra",
    "suivront",
    "follow",
    "follows",
    "attendu",
    "attendue",
    "reporté",
    "reportée",
    "retard",
    "expected",
    "delayed",
    "postponed",
    "moves",
    "slips",
    "only",
];

/// `claim-sooner-than-plan`: a promise for a year (its deadline or its
/// start) that the plan behind it says will not see it (since session 20:
/// *"Eind dit jaar fiets je over de hele fietssnelweg F29"* beside an
/// explanation that the last kilometre waits for a bridge built in 2027;
/// *"Les travaux ... seront terminés d'ici fin 2026 : toutes les maisons"*
/// for an action due mid-2027). The plan says so in two ways: a year later
/// than the promise's that an indicator's explanation or a measurement's
/// note names beside a word of delay; or, for a promise of the whole
/// ("hele", "toutes", "klaar"), every action due after that year. Not a
/// promise that tells its own delay, or names the later year too.
pub(super) fn sooner_than_plan(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The sentences of the actions' internal notes, and of internal actions'
    // texts, that have a word of delay and name a year, with their latest
    // year: listed once, not for each promise.
    // Each with its words as written (lower case, for an action's id) and
    // as read (for a word of a title).
    struct NoteSentence<'a> {
        owner: &'a crate::model::Action,
        text: &'a str,
        latest: i16,
        tokens: Vec<String>,
        norms: Vec<String>,
    }
    let note_sentences: Vec<NoteSentence> = ctx
        .project
        .actions
        .iter()
        .flat_map(|o| {
            let internal = o.visibility != crate::model::Visibility::Public;
            o.internal_note.iter().map(String::as_str).chain(internal.then_some(o.body.facts.shown.as_str())).map(move |t| (o, t))
        })
        .flat_map(|(o, t)| t.split(['.', ';', '\n']).map(move |s| (o, s)))
        .filter_map(|(owner, text)| {
            let latest = text
                .split(|ch: char| !ch.is_ascii_digit())
                .filter_map(|x| x.parse::<i16>().ok())
                .filter(|y| (1990..2100).contains(y))
                .max()?;
            let lower = text.to_lowercase();
            if !lower.split(|ch: char| !ch.is_alphanumeric()).any(|x| LATER.contains(&x)) {
                return None;
            }
            let tokens = lower.split(|ch: char| !ch.is_alphanumeric() && ch != '-').map(str::to_owned).collect();
            let said = words::analyze(text);
            let norms = (0..said.words.len()).map(|k| said.word(k).norm.to_string()).collect();
            Some(NoteSentence { owner, text, latest, tokens, norms })
        })
        .collect();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Commitment) {
        let actions = ctx.live_actions_of(c);
        if actions.is_empty() || actions.iter().all(|a| a.status == ActionStatus::Done) {
            continue;
        }
        let reading = ctx.reading(c);
        let a = reading.analyzed(&c.text);
        let nw = a.words.len();
        let w = |i: usize| a.word(i).norm.as_str();
        let said_year = c.published.map_or(ctx.today.year(), |p| p.year().min(ctx.today.year()));
        // The promise's years, each with the word it starts at.
        let mut years: Vec<(i16, usize, usize)> = Vec::new();
        for (year, range) in &reading.analysis.years {
            let Some(k) = (0..nw).find(|&k| a.word(k).orig == *range) else { continue };
            // Five words: "by the end of March 2027" (since session 21).
            if (k.saturating_sub(5)..k).any(|b| a.segment[b] == a.segment[k] && BY_YEAR.contains(&w(b))) {
                years.push((*year, k, k + 1));
            }
        }
        for k in 1..nw {
            if THIS_YEAR.iter().any(|&(x, y)| w(k - 1) == x && w(k) == y)
                && (k.saturating_sub(5)..k - 1).any(|b| a.segment[b] == a.segment[k] && BY_YEAR.contains(&w(b)))
            {
                years.push((said_year, k - 1, k + 1));
            }
        }
        let Some(&(year, from, to)) = years.iter().min_by_key(|y| y.0) else { continue };
        // "By mid-2027" ... 2.9 km were finished by June 2026": the later year
        // is said too.
        let later_said = names_a_year_after(&c.text, year);
        if !words::matches(a, &DELAY_ENTRIES).is_empty() || later_said {
            continue;
        }
        let later_on_record =
            |t: &str| names_a_year_after(t, year) && t.to_lowercase().split(|ch: char| !ch.is_alphanumeric()).any(|x| LATER.contains(&x));
        // What the plan knew when the promise was published: a note of a
        // measurement made by then; an explanation (undated: it tells the
        // state of the latest measurement) unless that came more than a year after.
        let known = |d: Date| c.published.is_none_or(|p| d <= p);
        // Of an action with several indicators, an explanation tells a delay
        // only of one the promise speaks of: a word of its name or its unit
        // in the claim (since session 20: "de tweede mijnwaterput ... komt pas
        // in 2028" explains the "Aandeel warmte uit gasgestookte piekketels",
        // not what "acht gebouwen aansluiten op het mijnwaternet" promises).
        let claim_words: Vec<&str> = (0..nw).map(w).filter(|x| x.chars().count() > 4).collect();
        let spoken_of = |act: &crate::model::Action, i: &Indicator| {
            act.indicators.len() == 1 || {
                let name = words::analyze(&format!("{} {}", i.name, i.unit.as_deref().unwrap_or("")));
                (0..name.words.len()).any(|k| claim_words.iter().any(|c| figures::same_stem(c, &name.word(k).norm)))
            }
        };

        let on_record = actions.iter().flat_map(|act| act.indicators.iter().map(move |i| (*act, i))).find_map(|(act, i)| {
            let latest = i.progress.iter().map(|p| p.date).max();
            i.explanation
                .as_ref()
                .filter(|_| spoken_of(act, i) && latest.is_none_or(|d| known(d.saturating_sub(jiff::Span::new().days(365)))))
                .map(|e| e.text.to_string())
                .filter(|e| later_on_record(e))
                .or_else(|| i.progress.iter().filter(|p| known(p.date)).filter_map(|p| p.note.clone()).find(|n| later_on_record(n)))
        });
        // A note elsewhere in the plan: the actions' own internal notes, and
        // the internal notes and texts of other actions, sentence by
        // sentence, where a sentence names the action (its id, or a word of
        // its title the promise says too): "Collegebesluit: 200 van de 340
        // bomen schuiven naar 2028" in a note on budget cuts (since session 21).
        let on_record = on_record.or_else(|| {
            let alike = |x: &str, y: &str| x == y || figures::same_stem(x, y);
            // Each action with the words of its title the promise says too.
            let titled: Vec<(&crate::model::Action, Vec<String>)> = actions
                .iter()
                .map(|act| {
                    let t = words::analyze(&act.title);
                    let said = (0..t.words.len())
                        .map(|k| t.word(k).norm.to_string())
                        .filter(|x| x.chars().count() > 4 && claim_words.iter().any(|c| alike(c, x)))
                        .collect();
                    (*act, said)
                })
                .collect();
            let names = |n: &NoteSentence, act: &crate::model::Action, title: &[String]| {
                std::ptr::eq(act, n.owner)
                    || n.tokens.iter().any(|x| x == act.id.as_str())
                    || title.iter().any(|t| n.norms.iter().any(|x| alike(x, t)))
            };
            // `latest > year`: the sentence names a later year, and it has a word of delay.
            note_sentences
                .iter()
                .filter(|n| n.latest > year && n.owner.start.is_none_or(known))
                .find_map(|n| titled.iter().any(|(act, title)| names(n, act, title)).then(|| n.text.trim().to_owned()))
        });
        let whole = (0..nw).any(|k| COMPLETE.contains(&w(k)));
        let due = actions.iter().filter_map(|act| act.due).min();
        let finding = if let Some(quote) = on_record {
            msg!("find-claim-sooner-than-plan-explained", year = year.to_string(), quote = one_line(&quote))
        } else if let Some(due) = due.filter(|d| whole && d.year() > year && actions.iter().all(|act| act.due.is_some())) {
            msg!("find-claim-sooner-than-plan-due", year = year.to_string(), due = due.to_string())
        } else {
            continue;
        };
        out.push(
            finding_at(RuleId::ClaimSoonerThanPlan, finding, c, a.range(from, to))
                .label(msg!("find-claim-sooner-than-plan-label"))
                .help(msg!("find-claim-sooner-than-plan-help")),
        );
    }
    out
}

/// Whether `text` names a year after `year` (a run of digits from it to 2099).
fn names_a_year_after(text: &str, year: i16) -> bool {
    text.split(|ch: char| !ch.is_ascii_digit()).filter_map(|x| x.parse::<i16>().ok()).any(|y| y > year && y < 2100)
}

fn finding_at(rule: RuleId, message: Msg, c: &Claim, range: std::ops::Range<usize>) -> Diagnostic {
    finding(rule, message).at(c.text_pos.at(range)).subject(c.id.to_string())
}

pub(super) fn horizon_beyond_plan(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Commitment) {
        let Some(last_due) = ctx.live_actions_of(c).iter().filter_map(|a| a.due).max() else {
            continue;
        };
        // Every figure of the promise is what the plan delivers, only earlier:
        // an under-promise, not a gap in the plan.
        let analysis = &ctx.reading(c).analysis;
        if !analysis.figures.is_empty() && analysis.figures.iter().all(|j| j.verdict == Verdict::Supported) {
            continue;
        }
        // A year that a linked indicator's explanation of a delay, or a
        // measurement's note, names ("De resterende bezoeken lopen door tot
        // maart 2027"): the plan says it runs until then (since session 17).
        // Not a year its body names: that may be an aim beyond the plan.
        let actions = ctx.live_actions_of(c);
        for (year, range) in analysis.years.iter().cloned() {
            if year > last_due.year() && !named_by_plan(&actions, year) {
                out.push(
                    finding(
                        RuleId::ClaimHorizonBeyondPlan,
                        msg!("find-claim-horizon-beyond-plan", year = year.to_string(), due = last_due.to_string()),
                    )
                    .at(c.text_pos.at(range))
                    .label(msg!("find-claim-horizon-beyond-plan-label", year = last_due.year().to_string()))
                    .help(msg!("find-claim-horizon-beyond-plan-help"))
                    .subject(c.id.to_string()),
                );
            }
        }
    }
    out
}

/// A promise without a figure or a date, while the plan behind it has both:
/// the reader gets "more" where the plan says how much and by when.
/// An aspiration with no evidence at all ("samen maken we van Bosvoorde een
/// duurzame gemeente") gets it too, in place of `claim-without-action`.
pub(super) fn vague_promise(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims().filter(|c| says_nothing_measurable(ctx, c)) {
        if !ctx.has_evidence(c) {
            out.push(
                at_claim(finding(RuleId::ClaimVaguePromise, msg!("find-claim-vague-promise-unplanned")), c)
                    .label(msg!("find-claim-vague-promise-label"))
                    .help(msg!("find-claim-vague-promise-unplanned-help")),
            );
            continue;
        }
        let planned = ctx.live_actions_of(c).into_iter().find_map(|a| Some((a.due?, a.indicators.first()?)));
        let Some((due, ind)) = planned else { continue };
        let unit = ind.unit.as_deref().unwrap_or("");
        let target = format!("{} {unit}", figures_fmt(ind.target)).trim_end().to_owned();
        out.push(
            at_claim(
                finding(
                    RuleId::ClaimVaguePromise,
                    msg!("find-claim-vague-promise", target = crate::i18n::Decimal(target), due = due.to_string()),
                ),
                c,
            )
            .label(msg!("find-claim-vague-promise-label"))
            .help(msg!("find-claim-vague-promise-help"))
            .subject(c.id.to_string()),
        );
    }
    out
}

/// What in a plan's text says that a step is not decided yet: a council
/// vote, a budget, a condition ("de gemeenteraad moet die nog goedkeuren",
/// "als het meerjarenplan dat toelaat", "sous réserve", "subject to").
const CONDITIONAL: &[&str] = &[
    "onder voorbehoud",
    "op voorwaarde",
    "afhankelijk van",
    "als de gemeenteraad",
    "als het meerjarenplan",
    "als het budget",
    "als de begroting",
    "als de subsidie",
    "indien de gemeenteraad",
    "indien het budget",
    "nog goedkeuren",
    "nog niet goedgekeurd",
    "nog niet beslist",
    "niets beslist",
    "nog niet door de gemeenteraad goedgekeurd",
    "gemeenteraad stemt",
    "alleen als",
    "enkel als",
    "pas als",
    "seulement si",
    "uniquement si",
    "only if",
    "not yet been approved",
    "beslist daarover",
    "beslist daar nog over",
    // "Over een vervolg of een uitbreiding naar het weekend beslist de
    // vervoerregio" (since session 24).
    "beslist de",
    "beslist het",
    "over een vervolg",
    "décidera",
    "décidera de",
    "will decide",
    "ontwerp van de budgetwijziging",
    "ontwerpbudget",
    "als optie",
    "niet als beslissing",
    "sous réserve",
    "à condition",
    "si le conseil",
    "si le budget",
    "dépend de",
    "dépendra de",
    "doit encore approuver",
    "doit encore être approuvé*",
    "pas encore approuvé*",
    "projet de budget",
    "projet de modification budgétaire",
    "subject to",
    "provided that",
    "if the council",
    "if the budget",
    "depends on",
    "still has to approve",
    "still needs approval",
    "not yet approved",
    "draft budget",
];

/// What in a claim says its promise holds under a condition ("als de
/// gemeenteraad akkoord gaat", "voorgesteld", "si le budget le permet").
const CONDITION_SAID: &[&str] = &[
    "als",
    "indien",
    "mits",
    "onder voorbehoud",
    "voorgesteld",
    "voorstel",
    "op voorwaarde",
    "hangt af van",
    "hangen af van",
    "afhankelijk van",
    "of ze er komen",
    "of het er komt",
    "si",
    "dépend",
    "dépendent",
    "dépendra",
    "sous réserve",
    "proposé*",
    "proposition",
    "à condition",
    "if",
    "subject to",
    "proposed",
    "proposal",
    "provided",
    "depends on",
    "depend on",
    "whether",
];

static CONDITIONAL_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(CONDITIONAL));
static CONDITION_SAID_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(CONDITION_SAID));

/// A cheap test that never misses a [`CONDITIONAL`] phrase (it looks for
/// each as written), run before a text, and each sentence, is read.
fn may_state_a_condition(text: &str) -> bool {
    static SAID: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| said_as_written(CONDITIONAL));
    may_say(text, &SAID)
}

/// The entries of a word list as written (a `*` entry without its `*`), in
/// one automaton for [`may_say`].
fn said_as_written(list: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::new(list.iter().map(|p| p.trim_end_matches('*'))).expect("a word list makes a small automaton")
}

/// A cheap test that never misses an entry of a word list (`said`, from
/// [`said_as_written`]): each as written, lower case, a typographic
/// apostrophe read as a plain one ("l’exemple").
fn may_say(text: &str, said: &aho_corasick::AhoCorasick) -> bool {
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    said.is_match(&lower)
}

/// The words a sentence shares with a claim that say what it is about:
/// numbers, words of five letters or more, and years from `this_year` on (a
/// past year is shared by too much; "voor 2026 nog niet goedgekeurd" and "ook
/// in 2026" speak of the same step).
pub(super) fn telling_words(text: &str, this_year: i16) -> HashSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| {
            let digits = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
            let past_year = digits && w.len() == 4 && w.parse::<i16>().is_ok_and(|y| (1900..this_year).contains(&y));
            !past_year && (digits || w.chars().count() >= 5)
        })
        .map(str::to_owned)
        .collect()
}

/// A promise the plan makes only under a condition (a council vote, the
/// budget), said as decided: the sentence of a linked action that states the
/// condition shares a figure or a telling word with the claim, and the claim
/// says no condition itself. A warning: say the condition, or wait for the decision.
pub(super) fn condition_omitted(ctx: &Ctx) -> Vec<Diagnostic> {
    // Each action's sentences that state a condition, read once however many
    // claims link it: (their telling words, the sentence).
    let mut conditions: HashMap<&str, Vec<(HashSet<String>, String)>> = HashMap::new();
    let mut out = Vec::new();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Commitment) {
        let actions = ctx.live_actions_of(c);
        for a in &actions {
            conditions.entry(a.id.as_str()).or_insert_with(|| conditional_sentences(&a.body.text, ctx.today.year()));
        }
        // Read the claim only when some action states a condition.
        if actions.iter().all(|a| conditions[a.id.as_str()].is_empty())
            || !words::matches(ctx.reading(c).analyzed(&c.text), &CONDITION_SAID_ENTRIES).is_empty()
        {
            continue;
        }
        let claim_words = telling_words(&c.text, ctx.today.year());
        // For a planned action, whatever its text says is not decided is the whole step.
        let found = actions.iter().find_map(|a| {
            let planned = a.status == ActionStatus::Planned;
            let (_, sentence) = conditions[a.id.as_str()].iter().find(|(w, _)| planned || !w.is_disjoint(&claim_words))?;
            Some((a.id.as_str(), sentence.clone()))
        });
        if let Some((action, quote)) = found {
            out.push(
                at_claim(finding(RuleId::ClaimConditionOmitted, msg!("find-claim-condition-omitted", action = action, quote = quote)), c)
                    .label(msg!("find-claim-condition-omitted-label"))
                    .help(msg!("find-claim-condition-omitted-help")),
            );
        }
    }
    out
}

/// The sentences of an action's text that say a step is not decided
/// ([`CONDITIONAL`]), each with its telling words, on one line.
fn conditional_sentences(text: &str, this_year: i16) -> Vec<(HashSet<String>, String)> {
    if !may_state_a_condition(text) {
        return Vec::new();
    }
    rough_sentences(text)
        .filter(|sentence| may_state_a_condition(sentence) && !words::matches(&words::analyze(sentence), &CONDITIONAL_ENTRIES).is_empty())
        .map(|sentence| (telling_words(sentence, this_year), one_line(sentence)))
        .collect()
}

/// True when a text says when, in words: a season, a month, "dit jaar",
/// "volgend voorjaar", "cet automne", "next spring".
fn names_a_time(text: &str) -> bool {
    const SEASONS: &[&str] = &[
        "voorjaar",
        "najaar",
        "zomer",
        "winter",
        "lente",
        "herfst",
        "dit jaar",
        "volgend jaar",
        "deze maand",
        "printemps",
        "automne",
        "été",
        "hiver",
        "cette année",
        "l'année prochaine",
        "spring",
        "autumn",
        "summer",
        "this year",
        "next year",
    ];
    // The month names the figures read, but "may" (a verb too).
    let months = figures::MONTH_NAMES.iter().filter(|m| **m != "may");
    // Whole words: "mei" but not "meisjes", "été" but not "société"; a
    // term of two words in two words side by side (nothing between them).
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'').collect();
    SEASONS.iter().chain(months).any(|t| match t.split_once(' ') {
        Some((a, b)) => words.windows(2).any(|w| w[0] == a && w[1] == b),
        None => words.contains(t),
    })
}

fn figures_fmt(x: f64) -> String {
    if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{x}") }
}

pub(super) fn kind_outdated(ctx: &Ctx) -> Vec<Diagnostic> {
    with_evidence(ctx)
        .filter(|c| c.kind == ClaimKind::Commitment && all_done(ctx, c))
        .map(|c| {
            at_claim(finding(RuleId::ClaimKindOutdated, msg!("find-claim-kind-outdated")), c)
                .label(msg!("find-claim-kind-outdated-label"))
                .help(msg!("find-claim-kind-outdated-help"))
        })
        .collect()
}

/// The text names `year` as the time of what it says ("in 2024", "en octobre
/// 2024", "op 31 december 2024", "eind 2024"), not as a starting point ("sinds
/// 2024", "depuis 2024", "since 2024") or a point of comparison ("dan in 2024",
/// "compared with 2024").
fn names_the_year(text: &str, year: i16) -> bool {
    const NOT_WHEN: &[&str] = &[
        "sinds",
        "vanaf",
        "depuis",
        "dès",
        "since",
        "from",
        "dan",
        "than",
        "qu'",
        "que",
        "compared",
        "with",
        "opzichte",
        "rapport",
        "vergeleken",
        "tov",
        "vs",
        "versus",
    ];
    let a = words::analyze(text);
    let y = year.to_string();
    (0..a.words.len()).any(|w| {
        a.word(w).norm == y && {
            // The two words before: "sinds 2024", "dan in 2024", "qu'en 2024".
            let before = |k: usize| w >= k && NOT_WHEN.contains(&a.word(w - k).norm.as_str());
            !(before(1) || (before(2) && matches!(a.word(w - 1).norm.as_str(), "in" | "en" | "à" | "with")))
        }
    })
}

/// The text names the month of a measurement as when its figure stood ("In
/// juni hadden 11 van onze 14 diensten ...", "en juin", "at the end of
/// June"): after *in, en, eind, fin, end of*, and not with another year after it.
fn names_the_month(text: &str, month: i8, year: i16) -> bool {
    let names: Vec<&str> = (0..3).map(|k| figures::MONTH_NAMES[k * 12 + usize::try_from(month - 1).unwrap_or(0)]).collect();
    let a = words::analyze(text);
    let n = a.words.len();
    let w = |i: usize| a.word(i).norm.as_str();
    (1..n).any(|i| {
        let when = matches!(w(i - 1), "in" | "en" | "eind" | "einde" | "fin" | "of" | "begin" | "début");
        let other_year = i + 1 < n && w(i + 1).len() == 4 && w(i + 1).bytes().all(|b| b.is_ascii_digit()) && w(i + 1) != year.to_string();
        names.contains(&w(i)) && when && !other_year
    })
}

/// The claim has figures the evidence supports, and none is `value`.
fn rests_elsewhere(analysis: &figures::Analysis, value: f64) -> bool {
    let supported: Vec<f64> =
        analysis.figures.iter().filter(|j| j.verdict == figures::Verdict::Supported).map(|j| j.figure.value).collect();
    !supported.is_empty() && !supported.iter().any(|v| (v - value).abs() < 1e-9)
}

pub(super) fn progress_stale(ctx: &Ctx) -> Vec<Diagnostic> {
    let days = ctx.project.site.checks.stale_after_days;
    let mut out = Vec::new();
    for c in with_evidence(ctx).filter(|c| c.kind == ClaimKind::Result) {
        let mut by_frequency = false;
        let mut stale: Vec<MsgArg> = Vec::new();
        for a in ctx.actions_of(c).iter().filter(|a| a.status == ActionStatus::InProgress) {
            for ind in &a.indicators {
                let Some(p) = ind.latest(ctx.today).filter(|p| ctx.today > ind.stale_after(p.date, days)) else { continue };
                if ind.reached_its_whole(ctx.today) {
                    continue;
                }
                // A result that names the year of the measurement it rests on
                // presents it as that year's figure, not as today's.
                if names_the_year(&c.text, p.date.year()) || names_the_month(&c.text, p.date.month(), p.date.year()) {
                    continue;
                }
                // Where an action has several indicators, a claim whose
                // supported figures are none of this one's latest value rests
                // on another ("food waste fell from 118 to 92 grams" beside a
                // stale share of organic food; since session 18).
                if a.indicators.len() > 1 && rests_elsewhere(&ctx.reading(c).analysis, p.value) {
                    continue;
                }
                // The action, and the indicator where it has several.
                let what = if a.indicators.len() > 1 { format!("`{}` `{}`", a.id, ind.name) } else { format!("`{}`", a.id) };
                stale.push(
                    match ind.frequency {
                        None => msg!("find-claim-progress-stale-measurement", what = what, date = p.date.to_string()),
                        Some(f) => {
                            by_frequency = true;
                            msg!(
                                "find-claim-progress-stale-measurement-due",
                                what = what,
                                date = p.date.to_string(),
                                frequency = super::frequency(f),
                                next = f.next_due(p.date).to_string(),
                            )
                        }
                    }
                    .into(),
                );
            }
        }
        if !stale.is_empty() {
            let measurements = comma_list(stale);
            let message = if by_frequency {
                msg!("find-claim-progress-stale-frequency", measurements = measurements)
            } else {
                msg!("find-claim-progress-stale-days", days = days, measurements = measurements)
            };
            out.push(
                at_claim(finding(RuleId::ClaimProgressStale, message), c)
                    .label(msg!("find-claim-progress-stale-label"))
                    .help(msg!("find-claim-progress-stale-help")),
            );
        }
    }
    // A figure right when the claim was published that a later measurement
    // contradicts (see `read`).
    out.extend(figure_findings(ctx, RuleId::ClaimProgressStale, |v| match v {
        Verdict::Outdated { message } => Some((message.clone(), msg!("find-claim-figure-since-changed-help"))),
        _ => None,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;

    #[test]
    fn without_action_and_no_other_evidence_rule() {
        let p =
            TestProject::new().claims("- id: c\n  text: We halveren ons verbruik tegen 2030.\n  kind: commitment\n  visibility: public\n");
        let d = p.check();
        assert!(has(&d, "claim-without-action"));
        for r in ["claim-future-without-plan", "claim-evidence-not-public", "claim-number-untraceable", "claim-horizon-beyond-plan"] {
            assert!(!has(&d, r), "{r}: {d:#?}");
        }
        let p = TestProject::new().action("a", ACTION_DONE).claims(&claim("Gedaan.", "result", "a", ""));
        assert!(p.rule(without_action).is_empty());
    }

    #[test]
    fn avoided_emissions_are_a_models_figure() {
        let heat = ACTION_OPEN.replace(
            "indicator: { name: Verbruik, unit: MWh, baseline: 100, target: 80 }\nprogress:\n  - { date: 2025-10-01, value: 90 }",
            "indicator: { name: Vermeden CO2-uitstoot, unit: ton CO2, baseline: 0, target: 9000 }\nprogress:\n  - { date: 2025-10-01, value: 3100 }",
        );
        let said = |text: &str| TestProject::new().action("a", &heat).claims(&claim(text, "result", "a", "")).rule(estimate_as_measured);
        assert_eq!(said("Het warmtenet bespaarde in 2025 3 100 ton CO2.").len(), 1);
        assert!(said("Het warmtenet bespaarde in 2025 naar schatting 3 100 ton CO2.").is_empty());
    }

    #[test]
    fn an_estimate_said_as_measured() {
        let body = "Van de 486 voorwerpen werden er 318 hersteld. De vzw schat het vermeden afval op ongeveer 2 ton.\n";
        let said = |text: &str| {
            TestProject::new().action_body("a", ACTION_OPEN, body).claims(&claim(text, "result", "a", "")).rule(estimate_as_measured)
        };
        let d = said("Het Repair Café hield 2 ton afval uit de vuilbak.");
        assert_eq!(d.len(), 1, "{d:#?}");
        // Said as an estimate, or a figure the text does not call one: nothing.
        assert!(said("Het Repair Café hield naar schatting 2 ton afval uit de vuilbak.").is_empty());
        assert!(said("Volgens de vzw hield het Repair Café 2 ton afval uit de vuilbak.").is_empty());
        assert!(said("Het Repair Café herstelde 318 voorwerpen.").is_empty());
        // How it was corrected is a basis too.
        let body = "Gecorrigeerd voor het weer schatten we de daling op ongeveer 8 %.\n";
        let d = TestProject::new()
            .action_body("a", ACTION_OPEN, body)
            .claims(&claim("Gecorrigeerd voor het weer daalde het verbruik ongeveer 8 %.", "result", "a", ""))
            .rule(estimate_as_measured);
        assert!(d.is_empty(), "{d:#?}");
        let d = TestProject::new()
            .action_body("a", ACTION_OPEN, body)
            .claims(&claim("Het verbruik daalde ongeveer 8 %.", "result", "a", ""))
            .rule(estimate_as_measured);
        assert_eq!(d.len(), 1);
        // An assumption said as one, and what it would mean.
        assert!(said("The charity assumes 2 tonnes of waste avoided.").is_empty());
        assert!(said("In de veronderstelling van de vzw bleef zo 2 ton afval uit de vuilbak.").is_empty());
        // A figure an indicator measures is measured, whatever the text says.
        assert!(said("Het verbruik zakte naar 90 MWh.").is_empty());
        // Unless it measures by asking: what those who answered said, not what all are.
        let survey = "title: Welzijn\nowners: [els]\nstatus: in-progress\nstart: 2025-01-01\ndue: 2026-12-31\nvisibility: public\nindicator: { name: Medewerkers tevreden (welzijnsbevraging), unit: '%', baseline: 64, target: 75 }\nprogress:\n  - { date: 2025-11-30, value: 72 }\n";
        let said = |text: &str| {
            TestProject::new().action_body("a", survey, "Maatregelen.\n").claims(&claim(text, "result", "a", "")).rule(estimate_as_measured)
        };
        assert_eq!(said("72 % van onze medewerkers is tevreden over zijn job.").len(), 1);
        assert!(said("72 % van de medewerkers die de bevraging invulden, is tevreden.").is_empty());
        // An indicator whose source or notes call its values an estimate; an
        // English claim in a Dutch project writes its thousands with a comma.
        let fountains = "title: Fonteinen\nowners: [els]\nstatus: in-progress\nstart: 2025-01-01\ndue: 2026-12-31\nvisibility: public\nindicator: { name: Getapt water per zomermaand, unit: liter, baseline: 0, target: 20000, source: 'drinkwatermaatschappij, raming op basis van de spoelcycli' }\nprogress:\n  - { date: 2025-11-30, value: 14000 }\n";
        let said = |text: &str| {
            TestProject::new()
                .action_body("a", fountains, "Fonteinen.\n")
                .claims(&claim(text, "result", "a", ""))
                .rule(estimate_as_measured)
        };
        assert_eq!(said("Last summer our fountains poured 14,000 litres of tap water a month.").len(), 1);
        assert!(said("Last summer our fountains poured an estimated 14,000 litres of tap water a month.").is_empty());
        // An equivalence said as one is no measurement claimed.
        let body = "De coöperatie rekent met 2800 kWh per gezin: dat is het verbruik van 1300 gezinnen.\n";
        let d = TestProject::new()
            .action_body("a", ACTION_OPEN, body)
            .claims(&claim("The park generated 3,620 MWh. That is roughly what 1,300 households use in a year.", "result", "a", ""))
            .rule(estimate_as_measured);
        assert!(d.is_empty(), "{d:#?}");
        // A return period is a time, not a figure: "une fois tous les 25 ans".
        let body = "Het bekken is berekend op een bui die gemiddeld eens in de 25 jaar valt.\n";
        let d = TestProject::new()
            .action_body("a", ACTION_OPEN, body)
            .claims(&claim("Il protège contre une pluie qui survient une fois tous les 25 ans.", "result", "a", ""))
            .rule(estimate_as_measured);
        assert!(d.is_empty(), "{d:#?}");
    }

    #[test]
    fn a_generic_term_said_as_what_something_is() {
        let rules = |text: &str| {
            let p = TestProject::new().action("a", ACTION_DONE).claims(&claim(text, "result", "a", ""));
            (p.rule(generic_as_fact).len(), p.rule(generic_term).len())
        };
        // What a thing is, after a verb of being, with or without a noun between.
        assert_eq!(rules("Na de renovatie is De Golf een duurzaam zwembad."), (1, 0));
        assert_eq!(rules("Nos produits d'entretien sont écologiques."), (1, 0));
        assert_eq!(rules("Veldemaar est une destination de vacances écologique."), (1, 0));
        assert_eq!(rules("Our municipal events are eco-friendly."), (1, 0));
        // A name, then what it is, in apposition.
        assert_eq!(rules("Kastelhoek, jouw duurzame vakantiebestemming!"), (1, 0));
        assert_eq!(rules("Kesselbroek: a greener place to live."), (0, 1));
        // What is ours, said to be so; not an aim or a policy that is ours.
        assert_eq!(rules("Our eco-friendly fleet keeps the air clean."), (1, 0));
        assert_eq!(rules("Nos produits écologiques sont en vente à l'accueil."), (1, 0));
        assert_eq!(rules("Ons duurzaam aankoopbeleid geldt sinds 2024."), (0, 1));
        assert_eq!(rules("Our sustainable future starts with the new library."), (0, 1));
        assert_eq!(rules("Notre politique durable guide nos achats."), (0, 1));
        // A term of resilience said as what a place is: an absolute property,
        // not a word to qualify; made, or qualified, it stays one to qualify.
        let resilience = |text: &str| {
            let p = TestProject::new().action("a", ACTION_DONE).claims(&claim(text, "result", "a", ""));
            (p.rule(generic_as_fact).len(), p.rule(unqualified_term).len())
        };
        assert_eq!(resilience("Het vernieuwde Marktplein is hittebestendig."), (1, 0));
        assert_eq!(resilience("Our school playgrounds are now heat-resilient."), (1, 0));
        assert_eq!(resilience("We maken het Marktplein hittebestendig met bomen."), (0, 1));
        assert_eq!(resilience("Onze borden zijn composteerbaar."), (0, 1));
        // How something is done (an adverb before a participle), a wish, a
        // comparison, the future, a negation, a clause between: the warning.
        assert_eq!(rules("De school is duurzaam gerenoveerd."), (0, 1));
        assert_eq!(rules("Samen maken we van Bosvoorde een duurzame gemeente."), (0, 1));
        assert_eq!(rules("Nous rénovons la bibliothèque, qui est plus durable."), (0, 1));
        assert_eq!(rules("Tegen 2030 is Bosvoorde een duurzame gemeente."), (0, 1));
        assert_eq!(rules("Het zwembad is geen duurzaam gebouw."), (0, 1));
        assert_eq!(rules("Het park is open, en duurzame verlichting volgt."), (0, 1));
        // Green (also a park's colour) and one aspect are not the broad claim.
        assert_eq!(rules("Onze nieuwe werkplaats is een groen gebouw."), (0, 1));
        assert_eq!(rules("Rivierbeke is een bijenvriendelijke gemeente."), (0, 1));
        // A supported figure fills the term in: neither.
        let p = TestProject::new()
            .action(
                "a",
                &ACTION_DONE
                    .replace("unit: dingen, baseline: 10, target: 20", "unit: '%', baseline: 0, target: 100")
                    .replace("value: 20", "value: 100"),
            )
            .claims(&claim("Onze straatverlichting is duurzaam: 100 % LED.", "result", "a", ""));
        assert!(p.rule(generic_as_fact).is_empty() && p.rule(generic_term).is_empty());
    }

    #[test]
    fn a_promise_the_plan_makes_only_under_a_condition() {
        let body =
            "Twee extra deelauto's in Heiveld staan in het ontwerp van de budgetwijziging; de gemeenteraad moet die nog goedkeuren.\n";
        let said = |text: &str| {
            TestProject::new().action_body("a", ACTION_OPEN, body).claims(&claim(text, "commitment", "a", "")).rule(condition_omitted)
        };
        let d = said("In 2026 komen er twee deelauto's bij in Heiveld.");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("nog goedkeuren"), "{}", d[0].message);
        // The claim says the condition; or speaks of something else.
        assert!(said("Als de gemeenteraad akkoord gaat, komen er in 2026 twee deelauto's bij in Heiveld.").is_empty());
        assert!(said("In 2026 komen er twee deelauto's bij in Heiveld; dat hangt af van het budget.").is_empty());
        assert!(said("Deux voitures partagées arrivent en 2026 à Heiveld, mais cela dépend du budget.").is_empty());
        assert!(said("In 2026 plaatsen we dertig fietsbeugels.").is_empty());
        // A year still to come links the promise to the condition; a past one does not.
        let body = "Het budget is voor 2026 nog niet door de gemeenteraad goedgekeurd.\n";
        let said = |text: &str| {
            TestProject::new().action_body("a", ACTION_OPEN, body).claims(&claim(text, "commitment", "a", "")).rule(condition_omitted)
        };
        assert_eq!(said("Ook in 2026 krijgt u een premie.").len(), 1);
        let body = "Het budget werd in 2024 nog niet door de gemeenteraad goedgekeurd.\n";
        let p =
            TestProject::new().action_body("a", ACTION_OPEN, body).claims(&claim("Sinds 2024 krijgt u een premie.", "commitment", "a", ""));
        assert!(p.rule(condition_omitted).is_empty());
    }

    #[test]
    fn an_aspiration_without_evidence_is_a_vague_promise_not_a_block() {
        // Nothing measurable and nothing behind it: a wish, asked to be made concrete.
        let wish = "- id: c\n  text: Samen maken we van onze gemeente een duurzame plek.\n  kind: commitment\n  visibility: public\n";
        let d = TestProject::new().claims(wish).check();
        assert!(!has(&d, "claim-without-action"), "{d:#?}");
        assert!(has(&d, "claim-vague-promise"), "{d:#?}");
        // A result, or a promise with a figure or a year, still needs its action.
        for text in ["Onze gemeente is duurzaam.", "We planten 500 bomen.", "Tegen 2030 worden we een duurzame gemeente."] {
            let kind = if text.starts_with("Onze") { "result" } else { "commitment" };
            let c = format!("- id: c\n  text: {text}\n  kind: {kind}\n  visibility: public\n");
            let d = TestProject::new().claims(&c).check();
            assert!(has(&d, "claim-without-action"), "{text}: {d:#?}");
            assert!(!has(&d, "claim-vague-promise"), "{text}: {d:#?}");
        }
    }

    #[test]
    fn a_promise_that_tells_its_delay_is_not_overdue() {
        let late = ACTION_OPEN.replace("due: 2026-12-31", "due: 2025-06-30");
        let run = |text: &str| TestProject::new().action("o", &late).claims(&claim(text, "commitment", "o", "")).rule(super::overdue).len();
        assert_eq!(run("In het voorjaar van 2027 leggen we het plan voor."), 1);
        assert_eq!(run("In het voorjaar van 2027 leggen we het plan voor; de termijn van 2025 hebben we niet gehaald."), 0);
        assert_eq!(run("The plan was delayed: we will present it in spring 2027."), 0);
        // A year still to come that the explanation of the delay names (since session 19).
        let told = late.replace("target: 80 }", "target: 80, explanation: 'Bij de verlenging in 2027 wordt 80 MWh de eis.' }");
        let run = |text: &str| TestProject::new().action("o", &told).claims(&claim(text, "commitment", "o", "")).rule(super::overdue).len();
        assert_eq!(run("Vanaf het nieuwe contract van 2027 eisen we hoogstens 80 MWh."), 0);
        assert_eq!(run("Vanaf 2028 eisen we hoogstens 80 MWh."), 1);
    }

    #[test]
    fn dropped_action() {
        let dropped = "title: Weg\nowners: [els]\nstatus: dropped\nvisibility: public\n";
        let p = TestProject::new().action("a", dropped).action("b", ACTION_OPEN).claims(&claim("Iets.", "commitment", "a, b", ""));
        let d = p.rule(super::dropped_action);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("`a`"));
        let p = TestProject::new().action("b", ACTION_OPEN).claims(&claim("Iets.", "commitment", "b", ""));
        assert!(p.rule(super::dropped_action).is_empty());
    }

    #[test]
    fn a_pledge_told_as_made_rests_on_the_goal() {
        let goal = "- { id: convenant, title: Burgemeestersconvenant, kind: goal, source: other, visibility: public }\n";
        let on = |text: &str| format!("- id: c\n  text: {text}\n  kind: commitment\n  inventory: [convenant]\n  visibility: public\n");
        let told = "Met het Burgemeestersconvenant beloofde Heverdonk in 2021 om de CO2-uitstoot tegen 2030 met 40 % te verminderen.";
        let p = TestProject::new().inventory(goal).claims(&on(told));
        assert!(p.rule(super::future_without_plan).is_empty());
        // Promised now, with only a goal behind it: no plan.
        let promised = "Tegen 2030 verminderen we de CO2-uitstoot met 40 %.";
        let p = TestProject::new().inventory(goal).claims(&on(promised));
        assert_eq!(p.rule(super::future_without_plan).len(), 1);
    }

    #[test]
    fn a_claim_that_tells_the_stop_rests_on_the_dropped_action() {
        let dropped = "title: Natuurbegraafplaats in het Kapelbos\nowners: [els]\nstatus: dropped\nvisibility: public\n";
        let told = "Het plan voor een natuurbegraafplaats is in januari 2025 stopgezet: de provincie gaf een negatief advies.";
        let p = TestProject::new().action("a", dropped).claims(&claim(told, "result", "a", ""));
        assert!(p.rule(super::dropped_action).is_empty());
        // Still announced: the stop is not told.
        let announced = "Binnenkort kiest u voor een natuurbegraafplaats in het Kapelbos.";
        assert_eq!(
            TestProject::new().action("a", dropped).claims(&claim(announced, "commitment", "a", "")).rule(super::dropped_action).len(),
            1
        );
        // A stop of something else ("we stopten met pesticiden") does not tell this one.
        let other = "Op de begraafplaatsen is het gebruik van pesticiden stopgezet.";
        assert_eq!(TestProject::new().action("a", dropped).claims(&claim(other, "result", "a", "")).rule(super::dropped_action).len(), 1);
        // Giving up, in other words (since session 18).
        let offsets = "title: CO2-compensatie van de dienstverplaatsingen\nowners: [els]\nstatus: dropped\nvisibility: public\n";
        for told in [
            "In 2025 zagen we af van CO2-compensatie van onze dienstverplaatsingen.",
            "In 2025 we gave up offsetting: the compensatie of our trips stopped.",
            // A participle (since session 19).
            "De CO2-compensatie van onze dienstverplaatsingen is gestopt.",
            // A decision not to go on (since session 21).
            "Het college besliste om de CO2-compensatie van de dienstverplaatsingen niet verder te zetten.",
        ] {
            let p = TestProject::new().action("a", offsets).claims(&claim(told, "result", "a", ""));
            assert!(p.rule(super::dropped_action).is_empty(), "{told}");
        }
    }

    #[test]
    fn a_result_that_tells_where_a_planned_action_starts() {
        let planned = "title: Geluid\nowners: [els]\nstatus: planned\nstart: 2027-01-01\ndue: 2029-06-30\nvisibility: public\nindicator: { name: Woningen boven 65 dB, unit: woningen, baseline: 1480, target: 1100 }\n";
        let on = |text: &str| TestProject::new().action("g", planned).claims(&claim(text, "result", "g", "")).rule(super::result_not_done);
        assert!(on("Volgens de geluidskaart hebben ongeveer 1480 woningen meer dan 65 dB.").is_empty());
        // What the action is to do, told as done: still not done.
        assert_eq!(on("Nog maar 1100 woningen hebben meer dan 65 dB.").len(), 1);
        assert_eq!(on("De geluidsoverlast is aangepakt.").len(), 1);
    }

    #[test]
    fn result_not_done() {
        let planned = "title: Later\nowners: [els]\nstatus: planned\nvisibility: public\n";
        let started = "title: Bezig\nowners: [els]\nstatus: in-progress\nvisibility: public\n";
        let p = TestProject::new()
            .action("a", planned)
            .action("b", started)
            .action("o", ACTION_OPEN)
            .action("d", ACTION_DONE)
            .claims(&claim("Gedaan.", "result", "a, b, o, d", ""));
        let d = p.rule(super::result_not_done);
        assert_eq!(d.len(), 2, "{d:#?}");
    }

    #[test]
    fn result_on_goal() {
        let inv = "- { id: doel, title: Een doel, kind: goal, source: other, visibility: public }\n- { id: daad, title: Een daad, kind: action, source: other, visibility: public }\n";
        let on = |items: &str| {
            TestProject::new()
                .inventory(inv)
                .claims(&format!("- id: c\n  text: Gedaan.\n  kind: result\n  inventory: [{items}]\n  visibility: public\n"))
                .rule(super::result_on_goal)
        };
        assert_eq!(on("doel").len(), 1);
        // A result that reports the goal's adoption rests on the goal itself.
        let signed = TestProject::new()
            .inventory(inv)
            .claims("- id: c\n  text: In 2019 ondertekende de gemeente het convenant.\n  kind: result\n  inventory: [doel]\n  visibility: public\n")
            .rule(super::result_on_goal);
        assert!(signed.is_empty(), "{signed:?}");
        assert!(on("doel, daad").is_empty());
        // The goal's note records where things stand, and the result says just that.
        let noted = "- id: doel\n  title: 40 % minder uitstoot tegen 2030\n  kind: goal\n  source: other\n  visibility: public\n  note: Volgens de energieboekhouding was de uitstoot in 2024 24 % lager dan in 2011.\n";
        let p = TestProject::new()
            .inventory(noted)
            .claims("- id: c\n  text: Onze uitstoot was in 2024 24 % lager dan in 2011.\n  kind: result\n  inventory: [doel]\n  visibility: public\n");
        let d = p.check();
        assert!(!has(&d, "claim-result-on-goal") && !has(&d, "claim-number-unsupported"), "{d:#?}");
        // A figure the note does not record is still a result resting on an intention.
        let p = TestProject::new()
            .inventory(noted)
            .claims("- id: c\n  text: Onze uitstoot was in 2024 30 % lager dan in 2011.\n  kind: result\n  inventory: [doel]\n  visibility: public\n");
        let d = p.check();
        assert!(has(&d, "claim-result-on-goal") && has(&d, "claim-number-unsupported"), "{d:#?}");
    }

    #[test]
    fn future_without_plan_and_kind_outdated() {
        let vague = "title: Vaag\nowners: [els]\nstatus: planned\nvisibility: public\n";
        let p = TestProject::new().action("v", vague).claims(&claim("We doen het.", "commitment", "v", ""));
        let d = p.check();
        let f = d.iter().find(|x| x.code.id() == "claim-future-without-plan").expect("fires");
        assert!(f.message.to_string().contains("`due`") && f.message.to_string().contains("indicator"), "{}", f.message);
        let p = TestProject::new().action("o", ACTION_OPEN).claims(&claim("We doen het.", "commitment", "o", ""));
        assert!(p.rule(super::future_without_plan).is_empty());
        // All done: kind-outdated, not future-without-plan nor overdue.
        let p = TestProject::new().action("d", ACTION_DONE).claims(&claim("We doen het.", "commitment", "d", ""));
        let d = p.check();
        assert!(has(&d, "claim-kind-outdated"));
        assert!(!has(&d, "claim-future-without-plan") && !has(&d, "claim-overdue"), "{d:#?}");
        // Inventory only: no plan.
        let p = TestProject::new()
            .inventory("- { id: i, title: Iets, kind: action, source: other, visibility: public }\n")
            .claims("- id: c\n  text: We doen het.\n  kind: commitment\n  inventory: [i]\n");
        assert_eq!(p.rule(super::future_without_plan).len(), 1);
    }

    #[test]
    fn a_study_announced_with_its_date_needs_no_indicator() {
        let study = "title: Haalbaarheid warmtenet\nowners: [els]\nstatus: planned\ndue: 2027-06-30\nvisibility: public\n";
        let said = "Kempenwerk onderzoekt tot het voorjaar van 2027 of een warmtenet in het centrum haalbaar is.";
        let p = TestProject::new().action("w", study).claims(&claim(said, "commitment", "w", ""));
        assert!(p.rule(super::future_without_plan).is_empty());
        let said = "The council will decide in 2027 whether the heat network is built.";
        let p = TestProject::new().action("w", study).claims(&claim(said, "commitment", "w", ""));
        assert!(p.rule(super::future_without_plan).is_empty());
        for said in [
            "In 2027 laten we verkennen of de restwarmte van de waterzuivering een warmtenet kan voeden.",
            "En 2027, nous allons explorer si la chaleur résiduelle peut alimenter un réseau.",
        ] {
            let p = TestProject::new().action("w", study).claims(&claim(said, "commitment", "w", ""));
            assert!(p.rule(super::future_without_plan).is_empty(), "{said}");
        }
        // The result itself promised: a plan to measure it is needed.
        let said = "Het centrum krijgt een warmtenet.";
        let p = TestProject::new().action("w", study).claims(&claim(said, "commitment", "w", ""));
        assert_eq!(p.rule(super::future_without_plan).len(), 1);
        // Without a date, a study is no plan either.
        let open = study.replace("due: 2027-06-30\n", "");
        let said = "We onderzoeken of een warmtenet haalbaar is.";
        let p = TestProject::new().action("w", &open).claims(&claim(said, "commitment", "w", ""));
        assert_eq!(p.rule(super::future_without_plan).len(), 1);
    }

    #[test]
    fn overdue() {
        let late = "title: Laat\nowners: [els]\nstatus: in-progress\ndue: 2025-01-01\nvisibility: public\nindicator: { name: X, baseline: 1, target: 2 }\n";
        let p = TestProject::new().action("l", late).claims(&claim("We doen het.", "commitment", "l", ""));
        assert_eq!(p.rule(super::overdue).len(), 1);
        let p = TestProject::new().action("l", late).action("o", ACTION_OPEN).claims(&claim("We doen het.", "commitment", "l, o", ""));
        assert!(p.rule(super::overdue).is_empty());
        // Published before the due date: in time then, outdated now (a warning of its own).
        let p = TestProject::new().action("l", late).claims(&claim("We doen het.", "commitment", "l", "  published: 2024-03-20\n"));
        assert!(p.rule(super::overdue).is_empty());
        assert_eq!(p.rule(super::promise_passed).len(), 1);
        // Published after it: the promise was late when it was made.
        let p = TestProject::new().action("l", late).claims(&claim("We doen het.", "commitment", "l", "  published: 2025-03-20\n"));
        assert_eq!(p.rule(super::overdue).len(), 1);
        assert!(p.rule(super::promise_passed).is_empty());
        // A new date said as new is no hidden delay.
        let said = "The second phase is now expected in mid-2027 after a planning appeal.";
        assert!(TestProject::new().action("l", late).claims(&claim(said, "commitment", "l", "")).rule(super::overdue).is_empty());
    }

    #[test]
    fn sooner_than_plan() {
        let late = "title: Stalling\nowners: [els]\nstatus: in-progress\ndue: 2027-06-30\nvisibility: public\nindicator:\n  name: Fietsplaatsen\n  baseline: 0\n  target: 400\n  explanation: De oplevering wordt nu midden 2027 verwacht.\n";
        let on =
            |text: &str| TestProject::new().action("s", late).claims(&claim(text, "commitment", "s", "")).rule(super::sooner_than_plan);
        // The explanation expects it later.
        assert_eq!(on("Tegen eind 2026 staat de stalling er.").len(), 1);
        assert_eq!(on("D'ici fin 2026, le parking vélo sera prêt.").len(), 1);
        // The promise names the later year too, or tells its own delay.
        assert!(on("Tegen eind 2026 staat de helft; de rest volgt midden 2027.").is_empty());
        assert!(on("Tegen eind 2026 staat de stalling er, met vertraging.").is_empty());
        // Without an explanation: only a promise of the whole before every due date.
        let plain = late.replace("  explanation: De oplevering wordt nu midden 2027 verwacht.\n", "");
        let on =
            |text: &str| TestProject::new().action("s", &plain).claims(&claim(text, "commitment", "s", "")).rule(super::sooner_than_plan);
        assert_eq!(on("Tegen eind 2026 zijn alle plaatsen klaar.").len(), 1);
        assert!(on("Tegen eind 2026 staan er 200 plaatsen.").is_empty());
        // An explanation of another indicator of the action, or of one on
        // pace for the promised year, tells no delay of the promise.
        let two = "title: Mijnwater\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicators:\n  - name: Gebouwen aangesloten op het mijnwaternet\n    unit: gebouwen\n    baseline: 0\n    target: 8\n    progress:\n      - { date: 2024-12-31, value: 3 }\n      - { date: 2025-12-31, value: 5 }\n  - name: Aandeel warmte uit gasketels\n    unit: '%'\n    baseline: 30\n    target: 10\n    explanation: De tweede put komt pas in 2028.\n    progress:\n      - { date: 2025-12-31, value: 28 }\n";
        let said = "Tegen eind 2027 sluiten we acht gebouwen aan op het mijnwaternet.";
        let found = TestProject::new().action("m", two).claims(&claim(said, "commitment", "m", "")).rule(super::sooner_than_plan);
        assert!(found.is_empty(), "{found:?}");
        // A delay decided in another item's note, which names the action by
        // a word of its title the promise says too (since session 21).
        let trees = "title: Bomen planten langs wegen\nowners: [els]\nstatus: in-progress\nstart: 2024-01-01\ndue: 2027-03-31\nvisibility: public\n";
        let cuts = "title: Besparingen\nowners: [els]\nstatus: in-progress\nstart: 2026-01-01\nvisibility: internal\ninternal_note: 'Collegebesluit: 200 van de 340 bomen schuiven naar 2028; de premie stopt.'\n";
        let promise = "Eind maart 2027 staan er 1200 nieuwe bomen langs onze wegen.";
        let with = |cuts: &str| {
            TestProject::new()
                .action("b", trees)
                .action("c", cuts)
                .claims(&claim(promise, "commitment", "b", ""))
                .rule(super::sooner_than_plan)
        };
        assert_eq!(with(cuts).len(), 1);
        // A note about something else moves nothing.
        assert!(with(&cuts.replace("bomen", "fietsrekken")).is_empty());
    }

    #[test]
    fn evidence_not_public_and_channel_visibility() {
        let internal = ACTION_OPEN.replace("visibility: public", "visibility: internal");
        let p = TestProject::new().action("o", &internal).claims(&claim("We doen het.", "commitment", "o", ""));
        assert_eq!(p.rule(super::evidence_not_public).len(), 1);
        let p = TestProject::new().action("o", ACTION_OPEN).claims(&claim("We doen het.", "commitment", "o", ""));
        assert!(p.rule(super::evidence_not_public).is_empty());
        // Internal claim on the website: the channel warning only (an internal claim
        // is not on the public site; a job ad about an internal benefit is fair).
        let p = TestProject::new()
            .action("o", &internal)
            .claims("- id: c\n  text: We doen het.\n  kind: commitment\n  actions: [o]\n  channels: [website]\n");
        assert_eq!(p.rule(super::channel_visibility).len(), 1);
        assert!(p.rule(super::evidence_not_public).is_empty());
        let p = TestProject::new()
            .action("o", &internal)
            .claims("- id: c\n  text: We doen het.\n  kind: commitment\n  actions: [o]\n  channels: [intranet]\n");
        assert!(p.rule(super::channel_visibility).is_empty());
        assert!(p.rule(super::evidence_not_public).is_empty());
    }

    #[test]
    fn neutrality() {
        let on = |text: &str, kind: &str| {
            TestProject::new().action("o", ACTION_OPEN).claims(&claim(text, kind, "o", "")).rule(super::neutrality)
        };
        assert_eq!(on("Onze gemeente is klimaatneutraal.", "result").len(), 1);
        assert_eq!(on("We worden klimaatneutraal door te compenseren.", "commitment").len(), 1);
        assert!(on("We worden klimaatneutraal tegen 2026.", "commitment").is_empty());
        assert!(on("We compenseren.", "result").is_empty());
    }

    #[test]
    fn neutrality_commitment_is_a_figure() {
        let p = TestProject::new().action("o", ACTION_OPEN).claims(&claim("We worden klimaatneutraal tegen 2026.", "commitment", "o", ""));
        let d = p.rule(super::number_unsupported);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].label.as_ref().map(ToString::to_string).as_deref(), Some("klimaatneutraal"));
    }

    #[test]
    fn generic_term_with_and_without_figure() {
        let pct = "title: Aankoop\nowners: [els]\nstatus: in-progress\nstart: 2025-01-01\ndue: 2026-12-31\nvisibility: public\nindicator: { name: Dossiers, unit: \"%\", baseline: 20, target: 80 }\n";
        let on = |text: &str| TestProject::new().action("a", pct).claims(&claim(text, "commitment", "a", "")).rule(super::generic_term);
        assert!(on("Tegen eind 2026 nemen we in 80% van onze dossiers ecologische criteria op.").is_empty());
        let d = on("Tegen eind 2026 nemen we in 90% van onze dossiers ecologische criteria op.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].label.as_ref().map(ToString::to_string).as_deref(), Some("ecologische"));
        // Years do not count.
        assert_eq!(on("Tegen 2026 worden we een groene gemeente.").len(), 1);
        let d = on("Een duurzame en groene gemeente.");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("duurzame") && d[0].message.to_string().contains("groene"));
    }

    /// A promise without figure or date warns when the plan has both; one
    /// that names them, or rests on a plan without them, does not.
    #[test]
    fn a_vague_promise_while_the_plan_is_precise() {
        let on = |text: &str, action: &str| {
            TestProject::new().action("o", action).claims(&claim(text, "commitment", "o", "")).rule(super::vague_promise)
        };
        let d = on("We gaan minder elektriciteit verbruiken.", ACTION_OPEN);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.to_string().contains("80 MWh by 2026-12-31"), "{}", d[0].message);
        assert!(on("Tegen 2026 verbruiken we 20 % minder elektriciteit.", ACTION_OPEN).is_empty());
        assert!(on("We gaan minder elektriciteit verbruiken.", &ACTION_OPEN.replace("due: 2026-12-31\n", "")).is_empty());
        // A time in words is a date.
        assert!(on("Vanaf dit najaar verbruiken we minder elektriciteit.", ACTION_OPEN).is_empty());
        assert!(on("Vanaf mei verbruiken we minder elektriciteit.", ACTION_OPEN).is_empty());
        assert_eq!(on("We may use less electricity.", ACTION_OPEN).len(), 1);
        assert_eq!(on("De maatschappij verbruikt minder elektriciteit.", ACTION_OPEN).len(), 1);
    }

    /// Terms that need a qualification warn without one (nl, fr, en), and
    /// not when the text gives the conditions.
    #[test]
    fn unqualified_terms_warn_unless_the_text_qualifies_them() {
        let on =
            |text: &str| TestProject::new().action("d", ACTION_DONE).claims(&claim(text, "result", "d", "")).rule(super::unqualified_term);
        for text in [
            "Onze borden en bekers zijn composteerbaar.",
            "Le nouveau mobilier est recyclable.",
            "Our new workwear is recyclable.",
            // Said as what the square is, it is `claim-generic-as-fact` (an error).
            "We maken het Marktplein hittebestendig met bomen.",
        ] {
            let d = on(text);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!(d[0].code.id(), "claim-unqualified-term");
            assert_eq!(d[0].severity, crate::diag::Severity::Warning);
        }
        for text in [
            "Onze borden zijn industrieel composteerbaar (EN 13432).",
            "Our workwear is 60 % recycled polyester and recyclable where a textile collection exists.",
            "Le mobilier est recyclable selon le fabricant.",
            "Wij plantten 24 bomen op het Marktplein.",
        ] {
            assert!(on(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn comparison_and_label() {
        let p = TestProject::new().action("d", ACTION_DONE).claims(&claim("Wij zijn koploper met een EU Ecolabel.", "result", "d", ""));
        assert_eq!(p.rule(super::comparison_unsupported).len(), 1);
        assert_eq!(p.rule(super::label_unverified)[0].label.as_ref().map(ToString::to_string).as_deref(), Some("EU Ecolabel"));
        let p = TestProject::new().action("d", ACTION_DONE).claims(&claim("Wij doen ons best.", "result", "d", ""));
        assert!(p.rule(super::comparison_unsupported).is_empty() && p.rule(super::label_unverified).is_empty());
    }

    #[test]
    fn a_label_on_record_in_the_evidence_is_settled() {
        let body = "Sinds 2023 kopen we alleen banken met een FSC- of PEFC-certificaat.\n";
        let on = |text: &str, body: &str| {
            TestProject::new().action_body("d", ACTION_DONE, body).claims(&claim(text, "result", "d", "")).rule(super::label_unverified)
        };
        // The scheme is named in the evidence; a bare "certifié" needs only some label on record.
        assert!(on("Nos bancs portent le label FSC.", body).is_empty());
        assert!(on("Nos bancs sont certifiés.", body).is_empty());
        // A scheme the evidence does not name, or evidence that names none.
        assert_eq!(on("Onze banken dragen het EU Ecolabel.", body).len(), 1);
        assert_eq!(on("Onze banken zijn FSC-gecertificeerd.", "Nieuwe banken.\n").len(), 1);
    }

    #[test]
    fn numbers_and_public_only_candidates() {
        // ACTION_OPEN: 100 -> 80 MWh, 20 % decrease.
        let on = |text: &str, action: &str| TestProject::new().action("o", action).claims(&claim(text, "commitment", "o", ""));
        let p = on("We verbruiken 40% minder elektriciteit.", ACTION_OPEN);
        let d = p.rule(super::number_unsupported);
        assert_eq!(d.len(), 1);
        assert!(d[0].help.as_ref().map(ToString::to_string).as_deref().unwrap_or("").contains("supports 20 %, not 40%"), "{:?}", d[0].help);
        assert!(p.rule(super::number_untraceable).is_empty());
        assert!(on("We verbruiken 20% minder elektriciteit.", ACTION_OPEN).rule(super::number_unsupported).is_empty());
        // Public claim, internal action: no candidate.
        let internal = ACTION_OPEN.replace("visibility: public", "visibility: internal");
        assert_eq!(on("We verbruiken 20% minder elektriciteit.", &internal).rule(super::number_untraceable).len(), 1);
    }

    #[test]
    fn change_without_baseline() {
        // ACTION_OPEN: 100 -> 80 MWh, measured.
        let on = |text: &str| {
            TestProject::new().action("o", ACTION_OPEN).claims(&claim(text, "result", "o", "")).rule(super::change_without_baseline)
        };
        assert_eq!(on("We verbruiken 10 % minder elektriciteit.").len(), 1);
        assert!(on("We verbruiken 10 % minder elektriciteit dan in 2022.").is_empty());
        assert!(on("Sinds de renovatie verbruiken we 10 % minder elektriciteit.").is_empty());
        assert!(on("In 2024-2025 verbruikten we 10 % minder elektriciteit.").is_empty());
        // A number that starts like a year is no starting point.
        assert_eq!(on("We verbruiken 20000 kWh, 10 % minder elektriciteit.").len(), 1);
        // A level, or a count, needs no starting point.
        assert!(on("We verbruiken 80 MWh elektriciteit.").is_empty());
    }

    #[test]
    fn horizon() {
        let on = |text: &str| {
            TestProject::new().action("o", ACTION_OPEN).claims(&claim(text, "commitment", "o", "")).rule(super::horizon_beyond_plan)
        };
        assert_eq!(on("Tegen 2030 verbruiken we minder.").len(), 1);
        assert!(on("Tegen 2026 verbruiken we minder.").is_empty());
        // The plan delivers every figure of the promise, only earlier: an
        // under-promise, no gap in the plan.
        assert!(on("Tegen 2030 verbruiken we 20 % minder.").is_empty());
        // A figure the plan does not reach keeps the warning.
        assert_eq!(on("Tegen 2030 verbruiken we 50 % minder.").len(), 1);
        // A delay the indicator explains, up to the year it names.
        let late = ACTION_OPEN.replace("target: 80 }", "target: 80, explanation: De laatste stappen lopen door tot maart 2027. }");
        let on =
            |text: &str| TestProject::new().action("o", &late).claims(&claim(text, "commitment", "o", "")).rule(super::horizon_beyond_plan);
        assert!(on("Tegen maart 2027 verbruiken we minder.").is_empty());
        assert_eq!(on("Tegen 2030 verbruiken we minder.").len(), 1);
    }

    #[test]
    fn progress_stale() {
        let old = ACTION_OPEN.replace("2025-10-01", "2024-10-01");
        let p = TestProject::new().action("o", &old).claims(&claim("Gedaan.", "result", "o", ""));
        assert_eq!(p.rule(super::progress_stale).len(), 1);
        let p = TestProject::new().action("o", ACTION_OPEN).claims(&claim("Gedaan.", "result", "o", ""));
        assert!(p.rule(super::progress_stale).is_empty());
    }

    /// Since session 23: a step promised with its date within an action's
    /// term, a figure said of its own year, and the start of a from-to.
    #[test]
    fn session_23_readings() {
        let study = "title: Warmtezonering\nowners: [els]\nstatus: in-progress\ndue: 2027-06-30\nvisibility: public\n";
        let plan =
            |said: &str| TestProject::new().action("w", study).claims(&claim(said, "commitment", "w", "")).rule(super::future_without_plan);
        assert!(plan("In het voorjaar van 2027 legt het college een ontwerp van warmtezoneringsplan voor aan de gemeenteraad.").is_empty());
        assert_eq!(plan("De eerste woningen worden in 2028 aangesloten op het warmtenet.").len(), 1);
        assert_eq!(plan("Het centrum krijgt een warmtenet.").len(), 1);
        // A figure said of its own year: a later year's figure does not outdate it.
        let days = "title: Strandopruiming\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: { name: Vrijwilligers op de opruimdag, unit: vrijwilligers, baseline: 100, target: 200, frequency: yearly }\nprogress:\n  - { date: 2024-09-20, value: 160 }\n  - { date: 2025-09-20, value: 140 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        let stale = |said: &str| {
            TestProject::new()
                .action("o", days)
                .claims(&claim(said, "result", "o", "  published: 2024-09-26\n"))
                .rule(super::progress_stale)
        };
        assert!(stale("Op de opruimdag van 20 september 2024 kwamen 160 vrijwilligers helpen.").is_empty());
        assert_eq!(stale("Op de opruimdag kwamen 160 vrijwilligers helpen.").len(), 1);
        // From-to: an earlier measurement is a start; the start's year is not the end's.
        let flights = "title: Vluchten\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: { name: Uitstoot van dienstvluchten, unit: ton CO2, baseline: 24, target: 12 }\nprogress:\n  - { date: 2023-12-31, value: 21 }\n  - { date: 2024-12-31, value: 26 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        let unsupported = |front: &str, said: &str| {
            TestProject::new().action("o", front).claims(&claim(said, "result", "o", "")).rule(super::number_unsupported)
        };
        assert!(unsupported(flights, "De uitstoot van onze dienstvluchten steeg van 21 naar 26 ton CO2.").is_empty());
        assert_eq!(unsupported(flights, "De uitstoot van onze dienstvluchten steeg van 23 naar 26 ton CO2.").len(), 1);
        let water = "title: Water\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: { name: Waterverbruik in de zomer, unit: m³, baseline: 4200, target: 3400 }\nprogress:\n  - { date: 2023-08-31, value: 4200 }\n  - { date: 2025-08-31, value: 3100 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        assert!(unsupported(water, "Ons waterverbruik in de zomer daalde van 4200 m³ in 2023 naar 3100 m³.").is_empty());
        // "chaque" is a quantifier as "elke" is: the whole against a plan for part of it.
        let streets = "title: Schoolstraten\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2026-09-01\nvisibility: public\nindicator: { name: Basisscholen met een schoolstraat, unit: scholen, baseline: 1, target: 6, total: 9 }\nprogress:\n  - { date: 2025-09-01, value: 3 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        let promise = |said: &str| {
            TestProject::new().action("o", streets).claims(&claim(said, "commitment", "o", "")).rule(super::number_unsupported)
        };
        assert_eq!(promise("En septembre 2026, chaque école primaire aura sa rue scolaire.").len(), 1);
        assert!(promise("En septembre 2026, six de nos neuf écoles primaires auront une rue scolaire.").is_empty());
    }

    #[test]
    fn session_24_readings() {
        let unsupported = |front: &str, kind: &str, said: &str| {
            TestProject::new().action("o", front).claims(&claim(said, kind, "o", "")).rule(super::number_unsupported)
        };
        let follow = "follow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        // A promise from where things stand now: the latest measurement is a start.
        let grazing = format!(
            "title: Begrazing\nowners: [els]\nstatus: in-progress\nstart: 2025-01-01\ndue: 2027-10-31\nvisibility: public\nindicator: {{ name: Bermlengte begraasd door schapen, unit: km, baseline: 0, target: 12 }}\nprogress:\n  - {{ date: 2024-10-31, value: 6.5 }}\n  - {{ date: 2025-10-31, value: 9 }}\n{follow}"
        );
        assert!(unsupported(&grazing, "commitment", "Tegen oktober 2027 breiden we de begrazing uit van 9 km naar 12 km.").is_empty());
        assert_eq!(unsupported(&grazing, "commitment", "Tegen oktober 2027 breiden we de begrazing uit van 10 km naar 12 km.").len(), 1);
        // "cut ... to 3,900 MWh": a level, not a change of 3,900.
        let schools = format!(
            "title: Scholen\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: {{ name: Gasverbruik van de scholen, unit: MWh, baseline: 5200, target: 3900 }}\nprogress:\n  - {{ date: 2024-12-31, value: 4480 }}\n{follow}"
        );
        assert!(unsupported(&schools, "commitment", "Tegen 2027 verminderen we het gasverbruik van de scholen tot 3900 MWh.").is_empty());
        assert_eq!(unsupported(&schools, "commitment", "Tegen 2027 verminderen we het gasverbruik van de scholen met 3900 MWh.").len(), 1);
        // The value compared with, taken from the design, is the plan's.
        let square = format!(
            "title: Dorpskern\nowners: [els]\nstatus: done\nstart: 2024-03-01\ndue: 2025-10-31\ncompleted: 2025-10-15\nvisibility: public\nindicator: {{ name: Onthard oppervlak, unit: m², baseline: 0, target: 1800 }}\nprogress:\n  - {{ date: 2025-10-15, value: 1450 }}\n{follow}"
        );
        assert!(unsupported(&square, "result", "We onthardden 1450 m². Dat is minder dan de 1800 m² uit het ontwerp.").is_empty());
        assert_eq!(unsupported(&square, "result", "We onthardden 1450 m². Dat is minder dan de 1800 m².").len(), 1);
        // A survey's base and who pays a share are context, not the figure.
        let survey = format!(
            "title: Enquête\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: {{ name: Collega's die minstens één dag fietsen, unit: '%', baseline: 22, target: 40 }}\nprogress:\n  - {{ date: 2025-05-31, value: 31 }}\n{follow}"
        );
        assert!(
            unsupported(&survey, "result", "31 % van de collega's fietst minstens één dag per week (58 antwoorden van 140 medewerkers).")
                .is_empty()
        );
        let dams = format!(
            "title: Erosie\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: {{ name: Erosiedammen aangelegd, unit: m, baseline: 0, target: 4000, total: 8850 }}\nprogress:\n  - {{ date: 2024-12-31, value: 1980 }}\n{follow}"
        );
        assert!(unsupported(&dams, "result", "Depuis 2023, 1980 mètres de digues, remboursés à 100 % par le VLIF.").is_empty());
        assert_eq!(unsupported(&dams, "result", "Depuis 2023, 1980 mètres de digues, soit 100 % du réseau.").len(), 1);
        // A zone left out is no emission left out.
        let air = format!(
            "title: LEZ\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: {{ name: Jaargemiddelde NO2, unit: µg/m³, baseline: 31, target: 25 }}\nprogress:\n  - {{ date: 2024-12-31, value: 27 }}\n{follow}"
        );
        assert!(unsupported(&air, "result", "Die daling zien we ook in steden zonder lage-emissiezone.").is_empty());
        assert_eq!(unsupported(&air, "result", "Ons centrum is nu zonder uitstoot.").len(), 1);
        // A count in another language is no measure's value.
        assert!(unsupported(&air, "result", "Since 2024 the city has enforced the zone with 18 number-plate cameras.").is_empty());
        // A whole said of now that nothing shows, though the action is done.
        let weekend = format!(
            "title: Zwerfvuilweekend\nowners: [els]\nstatus: done\nstart: 2025-03-01\ndue: 2025-03-31\ncompleted: 2025-03-30\nvisibility: public\nindicator: {{ name: Opgehaald zwerfvuil, unit: kg, baseline: 0, target: 500 }}\nprogress:\n  - {{ date: 2025-03-30, value: 640 }}\n{follow}"
        );
        assert_eq!(unsupported(&weekend, "result", "Our verges are now litter-free.").len(), 1);
        // One measurement of finished work told as a yearly result.
        let untraceable =
            |said: &str| TestProject::new().action("o", &weekend).claims(&claim(said, "result", "o", "")).rule(super::number_untraceable);
        assert_eq!(untraceable("Elk jaar halen vrijwilligers 640 kg zwerfvuil uit onze bermen.").len(), 1);
        assert!(untraceable("In maart 2025 haalden vrijwilligers 640 kg zwerfvuil uit onze bermen.").is_empty());
        // A stage told as the outcome: the applications are no roofs built.
        let roofs = format!(
            "title: Groendaken\nowners: [els]\nstatus: in-progress\nstart: 2023-01-01\ndue: 2027-12-31\nvisibility: public\nindicators:\n  - name: Goedgekeurde aanvragen groendakpremie\n    unit: aanvragen\n    baseline: 0\n    target: 300\n    progress:\n      - {{ date: 2025-06-30, value: 241 }}\n  - name: Groendaken aangelegd en uitbetaald\n    unit: groendaken\n    baseline: 0\n    target: 250\n    progress:\n      - {{ date: 2025-06-30, value: 112 }}\n{follow}"
        );
        assert_eq!(unsupported(&roofs, "result", "Al 241 Leiebrugse daken werden groen.").len(), 1);
        assert!(unsupported(&roofs, "result", "241 aanvragen werden goedgekeurd; 112 groendaken zijn aangelegd.").is_empty());
        // An action that carries on what the lokale foto found: its result is on record.
        let label = "title: Fairtrade-gemeente blijven\nowners: [els]\nstatus: in-progress\nstart: 2024-01-01\ndue: 2027-12-31\nvisibility: public\nbuilds_on: [fairtrade]\n";
        let inv = "- { id: fairtrade, title: Fairtrade-gemeente sinds 2015, kind: action, source: other, visibility: public }\n";
        let not_done = |items: &str| {
            TestProject::new()
                .action("o", label)
                .inventory(inv)
                .claims(&claim("We zijn Fairtrade-gemeente.", "result", "o", &format!("  inventory: [{items}]\n")))
                .rule(super::result_not_done)
        };
        assert!(not_done("fairtrade").is_empty());
        assert_eq!(not_done("").len(), 1);
        // "die 480 kWp volgen in 2027": a promise for this year the plan moves.
        let solar = "title: Zonnepanelen\nowners: [els]\nstatus: in-progress\nstart: 2024-01-01\ndue: 2025-12-31\nvisibility: public\nindicator: { name: Vermogen zonnepanelen, unit: kWp, baseline: 180, target: 1500, explanation: 'Drie daken moeten eerst gerenoveerd worden; die 480 kWp volgen in 2026.' }\nprogress:\n  - { date: 2025-09-30, value: 905 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        let sooner = TestProject::new()
            .action("o", solar)
            .claims(&claim(
                "Tegen eind dit jaar liggen er 1500 kWp zonnepanelen op onze daken.",
                "commitment",
                "o",
                "  published: 2025-10-15\n",
            ))
            .rule(super::sooner_than_plan);
        assert_eq!(sooner.len(), 1, "{sooner:#?}");
        // "Over een vervolg ... beslist de vervoerregio": a condition the promise leaves out.
        let bus = "title: Flexbus\nowners: [els]\nstatus: in-progress\nstart: 2025-01-01\ndue: 2026-12-31\nvisibility: public\n";
        let body = "De flexbus rijdt op weekdagen. Over een vervolg of een uitbreiding naar het weekend beslist de vervoerregio.\n";
        let promised = |said: &str| {
            TestProject::new().action_body("o", bus, body).claims(&claim(said, "commitment", "o", "")).rule(super::condition_omitted)
        };
        assert_eq!(promised("Vanaf 2027 rijdt de flexbus ook in het weekend.").len(), 1);
    }

    #[test]
    fn a_count_that_reached_its_total_is_never_stale() {
        // All 9 scanned in 2022: no newer figure can come, nothing is stale.
        let scans = "title: Scans\nowners: [els]\nstatus: in-progress\nstart: 2022-01-01\ndue: 2026-12-31\nvisibility: public\nindicator: { name: Gescande lokalen, unit: lokalen, baseline: 0, target: 9, total: 9, frequency: yearly }\nprogress:\n  - { date: 2022-12-31, value: 9 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        let p = TestProject::new().action("o", scans).claims(&claim("Alle negen lokalen kregen een scan.", "result", "o", ""));
        assert!(p.rule(super::progress_stale).is_empty());
        assert!(p.rule(crate::checks::actions::stale).is_empty());
        // Seven of nine: the next yearly figure is long overdue.
        let p =
            TestProject::new().action("o", &scans.replace("value: 9 }", "value: 7 }")).claims(&claim("Zeven lokalen.", "result", "o", ""));
        assert_eq!(p.rule(super::progress_stale).len(), 1);
        assert_eq!(p.rule(crate::checks::actions::stale).len(), 1);
    }

    #[test]
    fn a_generic_word_that_begins_a_name_is_no_generic_term() {
        let text = "Le camping porte le label Green Key depuis 2025.";
        let p = TestProject::new().action("o", ACTION_OPEN).claims(&claim(text, "result", "o", ""));
        assert!(p.rule(super::generic_term).is_empty());
        let p = TestProject::new().action("o", ACTION_OPEN).claims(&claim("Our campsite is green and clean.", "result", "o", ""));
        assert_eq!(p.rule(super::generic_term).len(), 1);
    }

    #[test]
    fn a_figure_the_actions_text_records_is_traced() {
        let claim_text = claim("In 2025 kwam 93 % van de bekers terug.", "result", "o", "");
        let p = TestProject::new().action_body("o", ACTION_OPEN, "Van de uitgeleende bekers kwam 93 % terug.\n").claims(&claim_text);
        assert!(p.rule(number_untraceable).is_empty());
        // A target in the action's text records nothing done.
        let p = TestProject::new().action_body("o", ACTION_OPEN, "Tegen 2027 moet 93 % terugkomen.\n").claims(&claim_text);
        assert_eq!(p.rule(number_untraceable).len(), 1);
    }

    #[test]
    fn a_result_that_dates_its_figure_is_not_stale() {
        let old = ACTION_OPEN.replace("2025-10-01", "2024-10-01");
        for text in
            ["Lors du dernier comptage, en octobre 2024, c'était fait.", "Op 31 december 2024 was het gedaan.", "In 2024 we did it."]
        {
            let p = TestProject::new().action("o", &old).claims(&claim(text, "result", "o", ""));
            assert!(p.rule(super::progress_stale).is_empty(), "{text}");
        }
        // Another year, a starting point or a comparison does not date the figure.
        for text in
            ["In 2023 begonnen we; het is gedaan.", "Sinds 2024 is het gedaan.", "Het is beter dan in 2024.", "Better than in 2024."]
        {
            let p = TestProject::new().action("o", &old).claims(&claim(text, "result", "o", ""));
            assert_eq!(p.rule(super::progress_stale).len(), 1, "{text}");
        }
        // The month of the measurement dates it too, not with another year (since session 18).
        for (text, stale) in [("In oktober was het gedaan.", 0), ("Fin octobre, c'était fait.", 0), ("In oktober 2023 was het gedaan.", 1)]
        {
            let p = TestProject::new().action("o", &old).claims(&claim(text, "result", "o", ""));
            assert_eq!(p.rule(super::progress_stale).len(), stale, "{text}");
        }
    }

    #[test]
    fn a_stale_indicator_the_claims_figures_do_not_rest_on_is_not_held_against_it() {
        let two = "title: Schoolmaaltijden\nowners: [els]\nstatus: in-progress\nstart: 2024-01-01\ndue: 2026-12-31\nvisibility: public\nindicators:\n  - { name: Voedselverlies per maaltijd, unit: gram, baseline: 118, target: 80, progress: [{ date: 2025-10-01, value: 92 }] }\n  - { name: Aandeel bio, unit: '%', baseline: 10, target: 30, progress: [{ date: 2024-06-01, value: 21 }] }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";
        let run =
            |text: &str| TestProject::new().action("o", two).claims(&claim(text, "result", "o", "")).rule(super::progress_stale).len();
        // The figure is the fresh indicator's: the stale one is another matter.
        assert_eq!(run("Het voedselverlies daalde van 118 naar 92 gram per maaltijd."), 0);
        // No figure, or the stale indicator's own: stale.
        assert_eq!(run("Onze schoolmaaltijden worden duurzamer."), 1);
        assert_eq!(run("21 % van de ingrediënten is bio."), 1);
    }

    #[test]
    fn word_positions_point_at_the_term() {
        let (_d, project) = TestProject::new().action("d", ACTION_DONE).claims(&claim("Een groene gemeente.", "result", "d", "")).load();
        let ctx = Ctx::new(&project, TODAY);
        let d = generic_term(&ctx);
        let pos = d[0].pos.expect("pos");
        let file = project.sources.get(pos.file);
        assert_eq!(&file.text[pos.span.start()..pos.span.end()], "groene");
    }

    #[test]
    fn a_legal_duty_said_as_a_choice_is_found() {
        let body = "Sinds 2022 zijn herbruikbare bekers op evenementen wettelijk verplicht (Vlarema).\n";
        let run = |text: &str| {
            TestProject::new().action_body("o", ACTION_OPEN, body).claims(&claim(text, "result", "o", "")).rule(super::legal_requirement)
        };
        // A choice or a merit, of what the law requires.
        assert_eq!(run("Uit zorg voor het milieu kiest de gemeente op al haar evenementen voor herbruikbare bekers.").len(), 1);
        assert_eq!(run("Par souci de l'environnement, la commune a choisi des gobelets réutilisables pour ses événements.").len(), 1);
        // A typographic apostrophe, as editors write it, is the same word.
        assert_eq!(run("La commune donne l’exemple avec des gobelets réutilisables à ses événements.").len(), 1);
        // Care as a motive (since session 18).
        assert_eq!(run("Omdat we zorg dragen voor het milieu, schenken we op evenementen in herbruikbare bekers.").len(), 1);
        // The law named in the claim, or no choice said: nothing.
        assert!(run("Zoals de wet vraagt, kiezen we op evenementen voor herbruikbare bekers.").is_empty());
        assert!(run("Op evenementen drink je uit herbruikbare bekers.").is_empty());
        // A choice about something else than what the law's sentence speaks of.
        assert!(run("We kozen voor een nieuwe website.").is_empty());
        // The sentence is quoted as the page shows it.
        let body = "Sinds 2022 zijn herbruikbare bekers op evenementen **wettelijk verplicht** ([Vlarema](https://example.org)).\n";
        let p = TestProject::new().action_body("o", ACTION_OPEN, body);
        let d = p.claims(&claim("We kiezen op evenementen voor herbruikbare bekers.", "result", "o", "")).rule(super::legal_requirement);
        let message = d[0].message.to_string();
        assert!(message.contains("wettelijk verplicht (Vlarema)") && !message.contains("**"), "{message}");
    }

    #[test]
    fn a_result_without_an_amount_beside_a_part_is_read_as_the_whole() {
        let front = |indicators: &str| {
            format!(
                "title: Vloot\nowners: [els]\nstatus: in-progress\nstart: 2022-01-01\ndue: 2028-12-31\nvisibility: public\nindicators:\n{indicators}follow_up:\n  - {{ date: 2026-01-10, with: kopgroep }}\n"
            )
        };
        let fleet = "  - { name: Elektrische dienstwagens, unit: wagens, baseline: 2, target: 18, total: 30, progress: [{ date: 2024-12-31, value: 7 }] }\n";
        let share = "  - { name: Aandeel bio in de schoolmaaltijden, unit: '%', baseline: 5, target: 40, progress: [{ date: 2024-12-31, value: 21 }] }\n";
        let run = |indicators: &str, text: &str| {
            TestProject::new().action("o", &front(indicators)).claims(&claim(text, "result", "o", "")).rule(super::part_as_whole)
        };
        // No amount at all, and the evidence shows a part: 7 of 30, 21 %.
        let d = run(fleet, "Notre flotte communale roule déjà à l'électrique.");
        assert_eq!(d.len(), 1);
        let message = d[0].message.to_string();
        assert!(message.contains("7 of 30 (23 %)"), "{message}");
        let d = run(share, "Onze scholen serveren biologische maaltijden.");
        assert!(d[0].message.to_string().contains("21 %"), "{}", d[0].message);
        // An amount in digits or words, an absolute term (judged by the
        // figures), or a word of a part or a change: not read as the whole.
        for text in [
            "Zeven van onze dertig dienstwagens rijden elektrisch.",
            "7 van onze 30 dienstwagens rijden elektrisch.",
            "Al onze dienstwagens rijden elektrisch.",
            "Een deel van onze dienstwagens rijdt elektrisch.",
            "De eerste dienstwagens rijden elektrisch.",
            "Steeds meer dienstwagens rijden elektrisch.",
            "Most of our service vehicles are electric.",
        ] {
            assert!(run(fleet, text).is_empty(), "{text}");
        }
        // A count at its whole, or a share that falls: no part to read.
        let whole = fleet.replace("value: 7", "value: 30");
        assert!(run(&whole, "Onze dienstwagens rijden elektrisch.").is_empty());
        let falling = share.replace("baseline: 5, target: 40", "baseline: 40, target: 5");
        assert!(run(&falling, "Onze scholen serveren biologische maaltijden.").is_empty());
        // Several indicators: the one the claim names.
        let both = format!("{fleet}{share}");
        let d = run(&both, "Onze schoolmaaltijden zijn biologisch.");
        assert!(d[0].message.to_string().contains("Aandeel bio"), "{}", d[0].message);
        // A commitment is a promise, not a result.
        let p = TestProject::new().action("o", &front(fleet)).claims(&claim("Onze vloot rijdt elektrisch.", "commitment", "o", ""));
        assert!(p.rule(super::part_as_whole).is_empty());
    }

    #[test]
    fn words_share_a_stem() {
        let set = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<HashSet<String>>();
        assert!(shares_a_word(&set(&["pesticide"]), &set(&["pesticiden"])));
        assert!(shares_a_word(&set(&["bekers"]), &set(&["bekers"])));
        // Short words share only as a whole.
        assert!(!shares_a_word(&set(&["beker"]), &set(&["bekers"])));
        assert!(!shares_a_word(&set(&["gemeente"]), &set(&["gemeenschap"])));
    }

    #[test]
    fn an_appointment_without_evidence_is_no_promise_to_back() {
        let on = |text: &str| {
            let p = TestProject::new().claims(&format!("- id: c\n  text: \"{text}\"\n  kind: commitment\n  visibility: public\n"));
            (p.rule(without_action).len(), p.rule(vague_promise).len())
        };
        // A date and a clock time: an announcement.
        assert_eq!(on("Op 10 december 2026 om 19.30 uur stellen we in de raadzaal ons klimaatplan voor."), (0, 1));
        assert_eq!(on("Le 3 mars à 20h, nous présentons le plan climat."), (0, 1));
        // A year, a figure: a promise that needs its plan.
        assert_eq!(on("In 2027 komt er een warmtenet."), (1, 0));
        assert_eq!(on("Op 10 december 2026 planten we 500 bomen."), (1, 0));
    }

    #[test]
    fn a_whole_the_account_states_in_the_projects_language_backs_a_foreign_claim_by_its_year() {
        let body = "Sinds 2024 kopen we alle elektriciteit voor onze gebouwen als groene stroom met garanties van oorsprong.\n";
        let action = "title: Aankopen\nowners: [els]\nstatus: in-progress\nstart: 2024-01-01\ndue: 2027-12-31\nvisibility: public\nindicator: { name: Dossiers met milieucriteria, unit: '%', baseline: 10, target: 75 }\nprogress:\n  - { date: 2025-10-01, value: 52 }\n";
        let on = |text: &str| {
            TestProject::new().action_body("a", action, body).claims(&claim(text, "result", "a", "")).rule(super::number_unsupported)
        };
        assert!(
            on("Since 2024, all electricity for our buildings has been bought as green electricity with guarantees of origin.").is_empty()
        );
        // Another year: nothing the account states; the indicator's 52 % is what is left.
        assert_eq!(on("Since 2022, all electricity for our buildings has been bought as green electricity.").len(), 1);
    }
}
