//! The checks: rules over the validated model. Each rule is a pure function
//! (no I/O) from a [`Ctx`] to findings; [`registry`] is the single source of
//! rule ids and severities, and [`RULES`] maps each id to its function. The
//! runner applies the severity overrides of `checks.rules` and the per-claim
//! `allow` exceptions; sorting is the caller's.

mod actions;
mod cause;
mod claims;
mod content;
mod credit;
pub(crate) mod explain;
pub(crate) mod figures;
mod progress;
mod team;
#[cfg(test)]
pub(crate) mod testutil;
pub(crate) mod words;

use std::borrow::Cow;
use std::collections::HashSet;

use rayon::prelude::*;

use crate::diag::{Code, Diagnostic, Severity};
use crate::i18n::{Msg, MsgArg, msg};
use crate::model::{Action, ActionStatus, Claim, Date, Project, RuleLevel};
pub(crate) use crate::rules as registry;
use registry::RuleId;

/// What every rule sees: the project and "today".
pub(crate) struct Ctx<'a> {
    pub project: &'a Project,
    pub today: Date,
    /// The privacy guard, built once per run and shared with the build.
    guard: Option<&'a crate::privacy::Guard>,
    /// Every claim's text read once (by index in the project) before the
    /// rules run: five rules read them.
    readings: Option<Vec<claims::Reading>>,
}

impl<'a> Ctx<'a> {
    #[cfg(test)]
    pub(crate) fn new(project: &'a Project, today: Date) -> Self {
        Ctx { project, today, guard: None, readings: None }
    }

    /// What the word lists and the figures find in a claim ([`claims::read`]).
    pub(crate) fn reading(&self, claim: &Claim) -> Cow<'_, claims::Reading> {
        match (&self.readings, self.project.index.claims.get(&claim.id)) {
            (Some(all), Some(&i)) => Cow::Borrowed(&all[i]),
            _ => Cow::Owned(claims::read(self, claim)),
        }
    }

    /// Claims that are checked: not withdrawn on or before today.
    pub(crate) fn claims(&self) -> impl Iterator<Item = &'a Claim> + '_ {
        self.project.claims.iter().filter(|c| !c.is_withdrawn(self.today))
    }

    pub(crate) fn has_evidence(&self, claim: &Claim) -> bool {
        !claim.actions.is_empty() || !claim.inventory.is_empty()
    }

    /// The linked actions that resolve.
    pub(crate) fn actions_of(&self, claim: &Claim) -> Vec<&'a Action> {
        claim.actions.iter().filter_map(|r| self.project.action(&r.id)).collect()
    }

    /// The linked actions that are not dropped.
    pub(crate) fn live_actions_of(&self, claim: &Claim) -> Vec<&'a Action> {
        self.actions_of(claim).into_iter().filter(|a| a.status != ActionStatus::Dropped).collect()
    }
}

/// Run one rule. Exhaustive: a rule in the registry without a function
/// does not compile. `claim-allow-unused` and the privacy rules are run by
/// [`finish`], after the guard.
fn run_rule(rule: RuleId, ctx: &Ctx) -> Vec<Diagnostic> {
    use RuleId::*;
    match rule {
        ClaimWithoutAction => claims::without_action(ctx),
        ClaimDroppedAction => claims::dropped_action(ctx),
        ClaimResultNotDone => claims::result_not_done(ctx),
        ClaimResultOnGoal => claims::result_on_goal(ctx),
        ClaimFutureWithoutPlan => claims::future_without_plan(ctx),
        ClaimOverdue => claims::overdue(ctx),
        ClaimPromisePassed => claims::promise_passed(ctx),
        ClaimSoonerThanPlan => claims::sooner_than_plan(ctx),
        ClaimEvidenceNotPublic => claims::evidence_not_public(ctx),
        ClaimChannelVisibility => claims::channel_visibility(ctx),
        ClaimNeutrality => claims::neutrality(ctx),
        ClaimGenericTerm => claims::generic_term(ctx),
        ClaimGenericAsFact => claims::generic_as_fact(ctx),
        ClaimComparisonUnsupported => claims::comparison_unsupported(ctx),
        ClaimLabelUnverified => claims::label_unverified(ctx),
        ClaimUnqualifiedTerm => claims::unqualified_term(ctx),
        ClaimVaguePromise => claims::vague_promise(ctx),
        ClaimConditionOmitted => claims::condition_omitted(ctx),
        ClaimNumberUnsupported => claims::number_unsupported(ctx),
        ClaimNumberRoundedUp => claims::number_rounded_up(ctx),
        ClaimPartAsWhole => claims::part_as_whole(ctx),
        ClaimEstimateAsMeasured => claims::estimate_as_measured(ctx),
        ClaimLegalRequirement => claims::legal_requirement(ctx),
        ClaimOthersWork => credit::others_work(ctx),
        ClaimCauseNotShown => cause::cause_not_shown(ctx),
        ClaimNumberUntraceable => claims::number_untraceable(ctx),
        ClaimChangeWithoutBaseline => claims::change_without_baseline(ctx),
        ClaimHorizonBeyondPlan => claims::horizon_beyond_plan(ctx),
        ClaimKindOutdated => claims::kind_outdated(ctx),
        ClaimProgressStale => claims::progress_stale(ctx),
        ClaimOnTrackUnsupported => progress::on_track_unsupported(ctx),
        ActionWithoutOwner => actions::without_owner(ctx),
        ActionVague => actions::vague(ctx),
        ActionWithoutFollowUp => actions::without_follow_up(ctx),
        ActionOverdue => actions::overdue(ctx),
        ActionStale => actions::stale(ctx),
        IndicatorWithoutSource => actions::without_source(ctx),
        IndicatorBehindUnexplained => progress::behind_unexplained(ctx),
        TeamNoMandate => team::no_mandate(ctx),
        TeamNoLead => team::no_lead(ctx),
        TeamSize => team::size(ctx),
        TeamNoElected => team::no_elected(ctx),
        TeamSingleDepartment => team::single_department(ctx),
        SessionNotClosed => team::session_not_closed(ctx),
        TopicBlindSpot => team::topic_blind_spot(ctx),
        TeamNameUnclear => team::name_unclear(ctx),
        PageClaimTerm => content::page_claim_term(ctx),
        RawHtmlRemoved => content::raw_html_removed(ctx),
        BodyFrontMatterKey => content::body_front_matter_key(ctx),
        MarkdownImageAlt => content::image_alt(ctx),
        MarkdownHeadingSkip => content::heading_skip(ctx),
        MarkdownLinkText => content::link_text(ctx),
        // `asset-intranet-only` is found by rendering the public site (`build::withheld_findings`).
        ClaimAllowUnused | PublicPersonalName | PublicInternalText | AssetIntranetOnly => Vec::new(),
    }
}

/// The privacy rules (`public-personal-name`, `public-internal-text`): always
/// run, always errors. The matching is the privacy guard's ([`crate::privacy`]),
/// applied to each text the public site would show, so `check` predicts what
/// `build` refuses.
fn privacy_rules(ctx: &Ctx) -> Vec<Diagnostic> {
    use crate::privacy::{Guard, HitKind};
    use crate::source::Span;
    let own;
    let guard = match ctx.guard {
        Some(g) => g,
        None => {
            own = Guard::new(ctx.project);
            &own
        }
    };
    let mut out = Vec::new();
    for leak in guard.leaks() {
        for hit in &leak.hits {
            // A text that stands in the file byte for byte maps a range exactly.
            let pos = leak.pos.map(|p| {
                if p.span.end() - p.span.start() == leak.text_len {
                    crate::source::Pos { file: p.file, span: Span::new(p.span.start() + hit.range.start, p.span.start() + hit.range.end) }
                } else {
                    p
                }
            });
            let shown: String = hit.needle.chars().take(80).collect();
            let ellipsis = if hit.needle.chars().count() > 80 { "…" } else { "" };
            let d = match hit.kind {
                HitKind::Name => finding(RuleId::PublicPersonalName, msg!("find-public-personal-name", name = shown))
                    .label(msg!("find-public-personal-name-label"))
                    .help(msg!("find-public-personal-name-help")),
                HitKind::InternalText if hit.confidential => {
                    finding(RuleId::PublicInternalText, msg!("find-public-confidential-text", text = format!("{shown}{ellipsis}")))
                        .label(msg!("find-public-confidential-text-label"))
                        .help(msg!("find-public-confidential-text-help"))
                }
                HitKind::InternalText => {
                    finding(RuleId::PublicInternalText, msg!("find-public-internal-text", text = format!("{shown}{ellipsis}")))
                        .label(msg!("find-public-internal-text-label"))
                        .help(msg!("find-public-internal-text-help"))
                }
            };
            out.push(d.at_opt(pos).subject(leak.subject.clone()));
        }
    }
    out.extend(file_findings(ctx.project, guard));
    out
}

/// The guard's hits in the files the public site publishes as they are
/// (the assets, and a project theme's static files), read as `build` reads
/// them ([`crate::privacy::scan::public_file`]: names, metadata, pages,
/// drawings, archive members...), so that `check` says what `build` will
/// refuse: the hits, and the files the guard cannot read and so will not
/// publish (a compressed file it cannot unpack, an archive over a cap).
/// What it reads only in part (pixels) is `build`'s to say.
fn file_findings(project: &Project, guard: &crate::privacy::Guard) -> Vec<Diagnostic> {
    let mut files: Vec<(String, String, std::path::PathBuf)> =
        project.assets.iter().map(|a| (format!("assets/{}", a.path), format!("content/assets/{}", a.path), a.source.clone())).collect();
    if let Some(theme) = &project.site.theme {
        let folder = format!("themes/{}/static", theme.as_str());
        let dir = project.root.join(&folder);
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
            let Ok(rel) = entry.path().strip_prefix(&dir) else { continue };
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            // As the theme is loaded: files only, no hidden ones.
            if entry.file_type().is_file() && !rel.split('/').any(|s| s.starts_with('.')) {
                files.push((format!("static/{rel}"), format!("{folder}/{rel}"), entry.path().to_owned()));
            }
        }
    }
    files
        .par_iter()
        .flat_map_iter(|(rel, shown, source)| {
            let bytes = std::fs::read(source).unwrap_or_default();
            crate::privacy::scan::public_file(guard, shown, rel, &bytes)
                .into_iter()
                .filter(|d| match d.code {
                    Code::Rule(r) => r == RuleId::PublicPersonalName.as_str() || r == RuleId::PublicInternalText.as_str(),
                    Code::Content(kind) => kind == crate::diag::Kind::AssetUnread && d.is_error(),
                })
                .map(|d| d.subject(shown.clone()))
        })
        .collect()
}

/// A finding of `rule` at its default severity (a rule whose severity
/// depends on the item, `raw-html-removed`, sets its own).
pub(crate) fn finding(rule: RuleId, message: impl Into<crate::i18n::Text>) -> Diagnostic {
    let severity = rule.info().default.unwrap_or(Severity::Warning);
    Diagnostic::new(severity, Code::Rule(rule.as_str()), message)
}

/// A term or a text of the content, quoted the way the reader's language
/// quotes (“groene”, ‘groene’, « groene »).
pub(crate) fn quoted(text: &str) -> Msg {
    msg!("find-quote", text = text)
}

/// The terms found, each quoted, one after the other: “duurzame”, “groene”.
pub(crate) fn quoted_terms(terms: &[words::Term]) -> MsgArg {
    comma_list(terms.iter().map(|t| quoted(&t.text).into()).collect())
}

/// Items one after the other, separated by commas: `a`, `b`, `c`.
pub(crate) fn comma_list(items: Vec<MsgArg>) -> MsgArg {
    joined(items, |first, rest| msg!("find-list-comma", first = first, rest = rest))
}

/// Items one after the other, separated by semicolons (each a clause).
pub(crate) fn semicolon_list(items: Vec<MsgArg>) -> MsgArg {
    joined(items, |first, rest| msg!("find-list-semicolon", first = first, rest = rest))
}

/// The list as a chain of pairs (first, the rest), from the right, so that
/// each language puts its own separator between two items.
fn joined(items: Vec<MsgArg>, pair: impl Fn(MsgArg, MsgArg) -> Msg) -> MsgArg {
    let mut items = items.into_iter().rev();
    let Some(mut rest) = items.next() else { return MsgArg::Text(String::new()) };
    for first in items {
        rest = pair(first, rest).into();
    }
    rest
}

/// How often an indicator is measured, in a sentence: "yearly", "every 30 days".
pub(crate) fn frequency(f: crate::model::Frequency) -> Msg {
    use crate::model::Frequency;
    match f {
        Frequency::Days(n) => msg!("find-frequency-days", n = n),
        f => msg!("find-frequency", frequency = f.code()),
    }
}

/// The project's level for `rule` (`checks.rules`), if it sets one and may.
fn level(project: &Project, rule: RuleId) -> Option<RuleLevel> {
    if rule.info().fixed {
        return None;
    }
    project.site.checks.rules.get(rule.as_str()).copied()
}

/// Run every rule on a valid project, with severities from the registry and
/// the overrides of `checks.rules`, and the per-claim `allow` exceptions applied.
#[cfg(test)]
pub(crate) fn run(project: &Project, today: Date, guard: &crate::privacy::Guard) -> Vec<Diagnostic> {
    finish(project, today, rules(project, today), guard)
}

/// What the rules of [`RULES`] found, levels and exceptions applied: all
/// but the privacy guard's findings and the stale exceptions ([`finish`]).
/// Needs no guard, so it runs while the guard is built.
pub(crate) struct Ruled {
    found: Vec<Diagnostic>,
    /// (rule, claim id) pairs that fired before the exceptions.
    fired: HashSet<(&'static str, String)>,
}

/// The first part of [`run`]: every rule of [`RULES`], in parallel.
pub(crate) fn rules(project: &Project, today: Date) -> Ruled {
    // `KAPSTOK_RULE_TIMINGS=1`: each step and rule on stderr (bench/README.md).
    let timed = std::env::var_os("KAPSTOK_RULE_TIMINGS").is_some();
    let t0 = std::time::Instant::now();
    let lap = |w: &str| {
        if timed {
            eprintln!("rule timing: run {w}: {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0);
        }
    };
    let mut ctx = Ctx { project, today, guard: None, readings: None };
    // Every checked claim's text, read once for the rules that read it.
    let readings =
        project.claims.par_iter().map(|c| if c.is_withdrawn(today) { claims::Reading::default() } else { claims::read(&ctx, c) }).collect();
    ctx.readings = Some(readings);
    lap("readings");
    // The rules are independent: run them in parallel, then apply the levels
    // and exceptions in registry order (the caller sorts the findings).
    let levels: Vec<Option<RuleLevel>> = RuleId::ALL.iter().map(|&rule| level(project, rule)).collect();
    let found: Vec<Vec<Diagnostic>> = RuleId::ALL
        .par_iter()
        .zip(&levels)
        .map(|(&r, lvl)| {
            if *lvl == Some(RuleLevel::Allow) {
                Vec::new()
            } else {
                let t0 = std::time::Instant::now();
                let found = run_rule(r, &ctx);
                if timed {
                    eprintln!("rule timing: rule {}: {:.1} ms", r.as_str(), t0.elapsed().as_secs_f64() * 1000.0);
                }
                found
            }
        })
        .collect();
    lap("rules");
    let mut out = Vec::new();
    let mut fired: HashSet<(&'static str, String)> = HashSet::new();
    for ((&rule, lvl), found) in RuleId::ALL.iter().zip(levels).zip(found) {
        let rule = rule.as_str();
        for mut d in found {
            match lvl {
                Some(RuleLevel::Error) => d.severity = Severity::Error,
                Some(RuleLevel::Warning) => d.severity = Severity::Warning,
                _ => {}
            }
            if rule.starts_with("claim-")
                && let Some(claim) = d.subject.as_deref().and_then(|s| crate::model::Id::parse(s).ok()).and_then(|id| project.claim(&id))
            {
                fired.insert((rule, claim.id.to_string()));
                if claim.allow.iter().any(|a| a.rule == rule) {
                    continue;
                }
            }
            out.push(d);
        }
    }
    lap("levels");
    Ruled { found: out, fired }
}

/// The second part of [`run`]: the privacy rules (from the guard's leaks)
/// and the stale `allow` entries, after what [`rules`] found.
pub(crate) fn finish(project: &Project, today: Date, ruled: Ruled, guard: &crate::privacy::Guard) -> Vec<Diagnostic> {
    let Ruled { found: mut out, fired } = ruled;
    let ctx = Ctx { project, today, guard: Some(guard), readings: None };
    out.extend(privacy_rules(&ctx));
    let unused_level = level(project, RuleId::ClaimAllowUnused);
    if unused_level != Some(RuleLevel::Allow) {
        for claim in ctx.claims() {
            for allow in &claim.allow {
                let allowed_off = registry::find(allow.rule).is_some_and(|r| level(project, r.rule) == Some(RuleLevel::Allow));
                if allowed_off || fired.contains(&(allow.rule, claim.id.to_string())) {
                    continue;
                }
                let mut d = finding(RuleId::ClaimAllowUnused, msg!("find-claim-allow-unused", rule = allow.rule))
                    .at(allow.pos)
                    .label(msg!("find-claim-allow-unused-label"))
                    .help(msg!("find-claim-allow-unused-help"))
                    .subject(claim.id.to_string());
                if let Some(RuleLevel::Error) = unused_level {
                    d.severity = Severity::Error;
                }
                out.push(d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;

    #[test]
    fn the_registry_is_in_rule_order() {
        // `RuleId::info` indexes the table by the enum's number.
        for (i, r) in registry::RULES.iter().enumerate() {
            assert_eq!(r.rule as usize, i, "{}", r.id);
            assert_eq!(r.rule.as_str(), r.id);
        }
        assert_eq!(RuleId::ALL.len(), registry::RULES.len());
    }

    const GREEN: &str = "- id: c\n  text: Wij zijn een groene gemeente.\n  kind: result\n  actions: [a]\n";

    #[test]
    fn allow_silences_and_stale_allow_is_reported() {
        let p = TestProject::new().action("a", ACTION_DONE).claims(&format!(
            "{GREEN}  allow:\n    - {{ rule: claim-generic-term, reason: Naam van een campagne }}\n    - {{ rule: claim-label-unverified, reason: Oud }}\n"
        ));
        let d = p.check();
        assert!(!has(&d, "claim-generic-term"), "{d:#?}");
        let unused: Vec<_> = d.iter().filter(|x| x.code.id() == "claim-allow-unused").collect();
        assert_eq!(unused.len(), 1, "{d:#?}");
        assert!(unused[0].message.to_string().contains("claim-label-unverified"));
        assert_eq!(unused[0].subject.as_deref(), Some("c"));
    }

    #[test]
    fn allow_for_a_rule_set_to_allow_is_not_stale() {
        let p = TestProject::new()
            .site_extra("checks:\n  rules:\n    claim-label-unverified: allow\n    claim-generic-term: error\n")
            .action("a", ACTION_DONE)
            .claims(&format!("{GREEN}  allow:\n    - {{ rule: claim-label-unverified, reason: Oud }}\n"));
        let d = p.check();
        assert!(!has(&d, "claim-allow-unused"), "{d:#?}");
        let g = d.iter().find(|x| x.code.id() == "claim-generic-term").expect("generic");
        assert_eq!(g.severity, Severity::Error);
    }

    #[test]
    fn privacy_rules_are_errors_and_fixed() {
        let p = TestProject::new()
            .site_extra("checks:\n  rules:\n    markdown-link-text: warning\n")
            .page("over", "title: Over\naudience: public\n", "Vragen? Mail Els Peeters van de milieudienst.\n")
            .page("intern", "title: Intern\n", "Els zegt: het budget is nog lang niet goedgekeurd door het college.\n");
        let d = p.check();
        let names: Vec<_> = d.iter().filter(|x| x.code.id() == "public-personal-name").collect();
        assert_eq!(names.len(), 1, "{d:#?}");
        assert_eq!(names[0].severity, Severity::Error);
        assert_eq!(names[0].subject.as_deref(), Some("over"));
        let p = TestProject::new().page("over", "title: Over\naudience: public\n", "Wij maaien de bermen later in het jaar.\n");
        assert!(!has(&p.check(), "public-personal-name"));
    }

    /// Unpublished text that a public body says too is no needle; a
    /// confidential note is one, even where the public body holds it.
    #[test]
    fn unpublished_text_said_publicly_is_no_needle_a_confidential_note_is() {
        use crate::privacy::{Guard, HitKind};
        let secret = "Het budget voor de laadpalen is nog niet goedgekeurd door het college.";
        let shared = "Wij plaatsen tien laadpalen op de parkings van de gemeente.";
        let p = TestProject::new()
            .action_body(
                "intern",
                &format!("title: Intern plan\nowners: [els]\nstatus: planned\ninternal_note: \"{secret}\"\n"),
                &format!("{shared}\n"),
            )
            .action_body(
                "publiek",
                "title: Publiek plan\nowners: [els]\nstatus: planned\nvisibility: public\n",
                &format!("Zie [de kaart](https://kaart.test) van Els Peeters.\n\n- {shared}\n\n{secret}\n"),
            );
        let (_dir, project) = p.load();
        let guard = Guard::new(&project);
        let hits: Vec<_> = guard.leaks().iter().flat_map(|l| l.hits.iter().map(move |h| (l.subject.as_str(), h.kind))).collect();
        assert_eq!(hits, vec![("publiek", HitKind::Name), ("publiek", HitKind::InternalText)]);
        assert!(guard.scan(shared).is_empty());
        assert_eq!(guard.scan(secret).len(), 1);
    }

    #[test]
    fn unknown_allow_rule_is_a_content_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/claims")).expect("mkdir");
        std::fs::write(
            root.join("content/site.yaml"),
            "organisation: X\ntrajectory: { title: T, start: 2024-01-01 }\nsites:\n  intranet: { title: I, base_url: \"https://i.test/\" }\n  public: { title: P, base_url: \"https://p.test/\" }\n",
        )
        .expect("write");
        std::fs::write(
            root.join("content/claims/c.yaml"),
            "- id: c\n  text: Groen.\n  kind: result\n  allow:\n    - { rule: claim-bestaat-niet, reason: X }\n    - { rule: action-stale, reason: X }\n",
        )
        .expect("write");
        let v = crate::validate::validate(crate::load::load(root));
        assert!(v.diags.iter().filter(|d| d.is_error()).count() >= 2, "{:#?}", v.diags);
    }

    #[test]
    fn severity_overrides_and_allow_level() {
        let p = TestProject::new()
            .site_extra("checks:\n  rules:\n    claim-without-action: warning\n    team-no-mandate: allow\n    raw-html-removed: warning\n")
            .team(Some("members:\n  - { id: a, name: A B, department: X, kind: staff, lead: true }\n"))
            .page("p", "title: P\naudience: public\n", "<script>x()</script>\n")
            .claims("- id: c\n  text: Iets.\n  kind: result\n");
        let d = p.check();
        let w = d.iter().find(|x| x.code.id() == "claim-without-action").expect("fires");
        assert_eq!(w.severity, Severity::Warning);
        assert!(!has(&d, "team-no-mandate"));
        assert!(has(&d, "team-size"));
        let r = d.iter().find(|x| x.code.id() == "raw-html-removed").expect("fires");
        assert_eq!(r.severity, Severity::Warning);
    }

    #[test]
    fn every_language_is_checked_and_decimals_follow_language() {
        let p = TestProject::new()
            .action("d", ACTION_DONE)
            .claims("- id: c\n  text: \"Nous sommes neutres en carbone, the greenest town.\"\n  kind: result\n  actions: [d]\n");
        let d = p.check();
        assert!(has(&d, "claim-neutrality") && has(&d, "claim-comparison-unsupported") && has(&d, "claim-generic-term"), "{d:#?}");
        // ACTION_DONE: 10 -> 20 dingen; in English 1,000 is a thousand, in Dutch 1,5 is one and a half.
        let claim = |t: &str| format!("- id: c\n  text: \"{t}\"\n  kind: result\n  actions: [d]\n  visibility: public\n");
        let en = TestProject::new().site_extra("language: en\n").action("d", ACTION_DONE).claims(&claim("We made 1,000 dingen."));
        assert!(has(&en.check(), "claim-number-unsupported"));
        let nl = TestProject::new().action("d", ACTION_DONE).claims(&claim("We maakten 1,5 dingen."));
        assert!(!has(&nl.check(), "claim-number-unsupported"));
    }

    #[test]
    fn withdrawn_claims_get_no_claim_rule() {
        let p = TestProject::new().claims(
            "- id: c\n  text: Wij zijn klimaatneutraal en de beste.\n  kind: result\n  withdrawn: 2025-01-01\n  allow:\n    - { rule: claim-label-unverified, reason: Oud }\n",
        );
        let d = p.check();
        assert!(d.iter().all(|x| !x.code.id().starts_with("claim-")), "{d:#?}");
    }

    #[test]
    fn example_project_has_no_errors() {
        // The bundled example is the demo users see first: it must load
        // cleanly and give no error finding, so both sites are published.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let v = crate::validate::validate(crate::load::load(root));
        let content_errors: Vec<_> = v.diags.iter().filter(|d| d.is_error()).map(|d| &d.message).collect();
        assert!(content_errors.is_empty(), "{content_errors:#?}");
        let project = v.project.expect("the example has a site.yaml");
        let today = project.site.checks.today.expect("the example pins checks.today");
        let d = run(&project, today, &crate::privacy::Guard::new(&project));
        let errors: Vec<_> = d.iter().filter(|x| x.is_error()).map(|x| (x.code.id(), x.subject.clone(), x.message.clone())).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
