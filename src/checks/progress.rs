//! The rules on the computed progress status ([`crate::progress`]):
//! `claim-on-track-unsupported` (a claim that says the plan is on course
//! while an indicator of its actions is behind) and
//! `indicator-behind-unexplained` (comply or explain: a public indicator
//! that is behind without an `explanation`). Their messages are the
//! catalogue's (`find-claim-on-track-*`, `find-indicator-behind-*`).

use std::sync::LazyLock;

use super::registry::RuleId;
use super::words::{self, Analyzed, Entries};
use super::{Ctx, finding};
use crate::diag::Diagnostic;
use crate::i18n::{Decimal, msg};
use crate::model::{Action, ActionStatus, Indicator, Visibility};
use crate::progress::{self, Judgement, ProgressStatus};

/// What says the plan is on course, in the three languages (whole words;
/// spaces and hyphens do not count, case and accents neither).
const ON_COURSE: &[&str] = &[
    "op schema",
    "goed op weg",
    "op koers",
    "volgens planning",
    "en bonne voie",
    "sur la bonne voie",
    "dans les temps",
    "dans les délais",
    "on track",
    "on course",
    "on schedule",
];

/// A word that, right before the phrase (one or two words), denies it:
/// "niet op schema", "pas dans les temps", "not on track", "no longer on course".
const DENIED_BY: &[&str] = &["niet", "geen", "nooit", "pas", "plus", "jamais", "not", "never", "longer", "isn't", "aren't", "n't"];

/// What says that something lags, in the claim itself: "de premies blijven
/// achter", "restent en deçà des attentes", "is behind". A claim that names
/// the lag beside what is on course hides nothing; a reader sees both.
const LAG_ADMITTED: &[&str] = &[
    "blijft achter",
    "blijven achter",
    "loopt achter",
    "lopen achter",
    "achterop",
    "trager dan verwacht",
    "minder dan verwacht",
    "lager dan verwacht",
    "vertraging",
    "vertraagd",
    "en deçà",
    "en retard",
    "moins que prévu",
    "is behind",
    "are behind",
    "fall behind",
    "falls behind",
    "behind schedule",
    "lagging",
    "lag behind",
    "lags behind",
    "slower than expected",
    "below expectations",
    "delayed",
];

pub(super) static ON_COURSE_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(ON_COURSE));
static LAG_ENTRIES: LazyLock<Entries> = LazyLock::new(|| words::entries(LAG_ADMITTED));

/// The claim says itself that something lags ([`LAG_ADMITTED`]).
fn admits_a_lag(a: &Analyzed) -> bool {
    !words::matches(a, &LAG_ENTRIES).is_empty()
}

/// The phrases of `text` that say the plan is on course and are not denied:
/// byte ranges of the text, in order.
#[cfg(test)]
fn on_course_phrases(text: &str) -> Vec<std::ops::Range<usize>> {
    on_course_in(&words::analyze(text))
}

/// [`on_course_phrases`] in a text analysed.
fn on_course_in(a: &Analyzed) -> Vec<std::ops::Range<usize>> {
    let mut found: Vec<(usize, usize)> = words::matches(a, &ON_COURSE_ENTRIES);
    found.sort_unstable();
    found.dedup_by_key(|m| m.0);
    found
        .into_iter()
        .filter(|&(first, _)| {
            let before = first.saturating_sub(2)..first;
            !before.into_iter().any(|w| DENIED_BY.contains(&a.word(w).norm.as_str()) || a.word(w).norm.ends_with("n't"))
        })
        .map(|(first, n)| a.range(first, first + n))
        .collect()
}

/// A figure as the messages show it: whole numbers without decimals, others
/// with at most one (the line's value is a computation, not a measurement).
fn figure(v: f64, unit: Option<&str>) -> String {
    let rounded = if v.abs() >= 100.0 { v.round() } else { (v * 10.0).round() / 10.0 };
    let n = if rounded.fract() == 0.0 { format!("{}", rounded as i64) } else { format!("{rounded:.1}") };
    match unit {
        Some(u) => format!("{n} {u}"),
        None => n,
    }
}

/// The indicators of `a` that are behind today, each with its judgement.
fn behind<'a>(ctx: &Ctx, a: &'a Action) -> Vec<(&'a Indicator, Judgement)> {
    a.indicators
        .iter()
        .map(|i| (i, progress::judge(i, a.start, a.due, ctx.today)))
        .filter(|(_, j)| j.status == ProgressStatus::Behind)
        .collect()
}

/// What a behind judgement shows: the value measured, its date, and what the
/// line asks on that date (`judged` is `behind`, so all three are there).
fn shown(ind: &Indicator, j: &Judgement) -> (Decimal, String, Decimal) {
    let unit = ind.unit.as_deref();
    (
        Decimal(j.value.map(|v| figure(v, unit)).unwrap_or_default()),
        j.date.map(|d| d.to_string()).unwrap_or_default(),
        Decimal(j.expected.map(|v| figure(v, unit)).unwrap_or_default()),
    )
}

/// A claim that says the plan is on course, while an indicator of one of its
/// (non-dropped) actions is behind: one finding per lagging indicator, at the
/// first phrase that says so. Not when the claim names a lag itself (see
/// [`LAG_ADMITTED`]).
pub(super) fn on_track_unsupported(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in ctx.claims() {
        let reading = ctx.reading(c);
        if !reading.possible.may_say_on_course() {
            continue;
        }
        let a = reading.analyzed(&c.text);
        let Some(range) = on_course_in(a).into_iter().next() else { continue };
        if admits_a_lag(a) {
            continue;
        }
        let term = &c.text[range.clone()];
        for a in ctx.live_actions_of(c) {
            for (ind, j) in behind(ctx, a) {
                let (value, date, expected) = shown(ind, &j);
                out.push(
                    finding(
                        RuleId::ClaimOnTrackUnsupported,
                        msg!(
                            "find-claim-on-track-unsupported",
                            term = term,
                            indicator = &ind.name,
                            action = a.id.as_str(),
                            value = value,
                            date = date,
                            expected = expected,
                        ),
                    )
                    .at(c.text_pos.at(range.clone()))
                    .subject(c.id.to_string())
                    .label(msg!("find-claim-on-track-unsupported-label"))
                    .help(msg!("find-claim-on-track-unsupported-help")),
                );
            }
        }
    }
    out
}

/// Comply or explain: an indicator of a public action (not dropped) that is
/// behind and has no `explanation`, at the indicator.
pub(super) fn behind_unexplained(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for a in ctx.project.actions.iter().filter(|a| a.visibility == Visibility::Public && a.status != ActionStatus::Dropped) {
        for (ind, j) in behind(ctx, a).into_iter().filter(|(i, _)| i.explanation.is_none()) {
            let (value, date, expected) = shown(ind, &j);
            out.push(
                finding(
                    RuleId::IndicatorBehindUnexplained,
                    msg!("find-indicator-behind-unexplained", indicator = &ind.name, value = value, date = date, expected = expected),
                )
                .at(ind.pos)
                .subject(a.id.to_string())
                .label(msg!("find-indicator-behind-unexplained-label"))
                .help(msg!("find-indicator-behind-unexplained-help")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;

    /// A public action from 2025-01-01 to 2026-12-31, from 100 down to 80 MWh,
    /// measured `value` on 2025-10-01 (the line asks about 92.5 then).
    fn action(value: u32, extra: &str) -> String {
        ACTION_OPEN.replace("value: 90", &format!("value: {value}")).replace(
            "indicator: { name: Verbruik, unit: MWh, baseline: 100, target: 80 }",
            &format!("indicator: {{ name: Verbruik, unit: MWh, baseline: 100, target: 80{extra} }}"),
        )
    }

    fn claim(text: &str) -> String {
        format!("- id: c\n  text: \"{text}\"\n  kind: commitment\n  actions: [o]\n  visibility: public\n")
    }

    #[test]
    fn the_phrases_in_three_languages_and_their_denial() {
        let found = |t: &str| on_course_phrases(t).into_iter().map(|r| t[r].to_owned()).collect::<Vec<_>>();
        assert_eq!(found("We liggen op schema voor 2026."), vec!["op schema"]);
        assert_eq!(found("Het project is goed op weg."), vec!["goed op weg"]);
        assert_eq!(found("Nous sommes en bonne voie et dans les temps."), vec!["en bonne voie", "dans les temps"]);
        assert_eq!(found("We are ON TRACK."), vec!["ON TRACK"]);
        assert_eq!(found("The plan is on-course."), vec!["on-course"]);
        // Denied, or not the phrase at all.
        assert!(found("We liggen niet op schema.").is_empty());
        assert!(found("Nous ne sommes pas dans les temps.").is_empty());
        assert!(found("We are not on track yet.").is_empty());
        assert!(found("We aren't on track.").is_empty());
        assert!(found("Het schema van de werken.").is_empty());
    }

    #[test]
    fn an_on_course_claim_with_a_lagging_indicator_is_unsupported() {
        // 97 on 2025-10-01: 15 % of the way where the line asks 37 %.
        let p = TestProject::new().action("o", &action(97, "")).claims(&claim("We liggen op schema om het verbruik te verlagen."));
        let found = p.rule(on_track_unsupported);
        assert_eq!(found.len(), 1, "{found:#?}");
        let m = found[0].message.to_string();
        assert!(m.contains("\u{201c}op schema\u{201d}") && m.contains("`Verbruik`") && m.contains("97 MWh on 2025-10-01"), "{m}");
        assert!(m.contains("asks 92.5 MWh"), "{m}");
        assert_eq!(found[0].subject.as_deref(), Some("c"));
    }

    #[test]
    fn silent_when_on_track_denied_or_not_said() {
        let on_track = TestProject::new().action("o", &action(90, "")).claims(&claim("We liggen op schema."));
        assert!(on_track.rule(on_track_unsupported).is_empty());
        let denied = TestProject::new().action("o", &action(97, "")).claims(&claim("We liggen niet op schema."));
        assert!(denied.rule(on_track_unsupported).is_empty());
        let plain = TestProject::new().action("o", &action(97, "")).claims(&claim("We verlagen het verbruik tot 80 MWh."));
        assert!(plain.rule(on_track_unsupported).is_empty());
        // A claim that names the lag itself hides nothing ("de premies blijven achter").
        let text = "De scans liggen op schema; de premies blijven achter.";
        let admitted = TestProject::new().action("o", &action(97, "")).claims(&claim(text));
        assert!(admitted.rule(on_track_unsupported).is_empty());
        // "achter" as a place is no lag.
        let place = TestProject::new().action("o", &action(97, "")).claims(&claim("De panelen achter de sporthal liggen op schema."));
        assert_eq!(place.rule(on_track_unsupported).len(), 1);
        // A dropped action is another rule's business.
        let dropped = action(97, "").replace("status: in-progress", "status: dropped");
        let p = TestProject::new().action("o", &dropped).claims(&claim("We liggen op schema."));
        assert!(p.rule(on_track_unsupported).is_empty());
    }

    #[test]
    fn a_lagging_public_indicator_needs_an_explanation() {
        let p = TestProject::new().action("o", &action(97, ""));
        let found = p.rule(behind_unexplained);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.to_string().contains("`Verbruik`"), "{}", found[0].message);
        let explained = TestProject::new().action("o", &action(97, ", explanation: De renovatie van het zwembad startte later"));
        assert!(explained.rule(behind_unexplained).is_empty());
        assert!(TestProject::new().action("o", &action(90, "")).rule(behind_unexplained).is_empty(), "on track");
        let internal = action(97, "").replace("visibility: public", "visibility: internal");
        assert!(TestProject::new().action("o", &internal).rule(behind_unexplained).is_empty(), "internal");
    }

    #[test]
    fn figures_in_messages() {
        assert_eq!(figure(1816.93, Some("MWh")), "1817 MWh");
        assert_eq!(figure(92.46, None), "92.5");
        assert_eq!(figure(37.0, Some("%")), "37 %");
    }
}
