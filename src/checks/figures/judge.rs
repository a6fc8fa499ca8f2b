//! Judging one figure: the candidates the evidence offers (baseline, target,
//! latest value, change, share, total), whether one supports the figure, and
//! the verdict with its explanation.

use super::numbers::{fmt, signed};
use super::tables::PEOPLE;
use super::{Dir, Evidence, FigKind, Figure, Ind, Judged, Said, Verdict};
use crate::i18n::{Decimal, Msg, MsgArg, msg};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Better {
    Larger,
    Smaller,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum CandKind {
    Change,
    Relative,
    Points,
    Level,
    Ratio,
    Baseline,
    /// The latest or planned value, against the whole it must reach.
    Whole(f64),
    /// A count as a share of its total, in %.
    Share,
    /// The rest of the whole: total − value ("op 3 van de 12 meetpunten" where 9
    /// of 12 exceed). Only an exact match supports.
    Complement,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    value: f64,
    better: Better,
    kind: CandKind,
    ind: usize,
}

fn sign_ok(dir: Dir, end: f64, b: f64) -> bool {
    match dir {
        Dir::Decrease => end < b,
        Dir::Increase => end > b,
        Dir::None => true,
    }
}

/// The candidates of a figure's kind, with `end` the value per indicator.
fn candidates(f: &Figure, ev: &Evidence, end_of: &dyn Fn(&Ind) -> Option<f64>) -> Vec<Cand> {
    let dir = f.dir;
    let mut out = Vec::new();
    for (i, ind) in ev.inds.iter().enumerate() {
        let Some(end) = end_of(ind) else { continue };
        // A change is measured from the baseline, or from the year the text names.
        let base = ind.base(f.base_year);
        let level_better = if ind.decreasing() { Better::Smaller } else { Better::Larger };
        let mut push = |value: f64, better: Better, kind: CandKind| out.push(Cand { value, better, kind, ind: i });
        let change = |push: &mut dyn FnMut(f64, Better, CandKind), d: Dir| {
            if let Some(b) = base
                && sign_ok(d, end, b)
            {
                push((end - b).abs(), Better::Larger, CandKind::Change);
            }
        };
        let levels = |push: &mut dyn FnMut(f64, Better, CandKind)| {
            if let Some(b) = ind.b {
                push(b, level_better, CandKind::Level);
            }
            push(end, level_better, CandKind::Level);
        };
        let relative = |push: &mut dyn FnMut(f64, Better, CandKind), d: Dir| {
            if let Some(b) = base.filter(|b| *b != 0.0)
                && sign_ok(d, end, b)
            {
                push((end - b).abs() / b.abs() * 100.0, Better::Larger, CandKind::Relative);
            }
        };
        let ratio = |push: &mut dyn FnMut(f64, Better, CandKind), d: Dir| {
            if let Some(b) = base.filter(|b| *b != 0.0)
                && sign_ok(d, end, b)
            {
                push(end / b, level_better, CandKind::Ratio);
            }
        };
        match &f.kind {
            FigKind::ChangePct => {
                if ind.pct {
                    if let Some(b) = base
                        && sign_ok(dir, end, b)
                    {
                        push((end - b).abs(), Better::Larger, CandKind::Points);
                    }
                } else {
                    relative(&mut push, dir);
                }
            }
            FigKind::SharePct => {
                // A share is read as count / total only for the count its
                // sentence names, or, when it names none and no indicator
                // measures a share in %, for the one count of the evidence
                // (or the one count that states its whole: "100 % LED" beside
                // the light points with a total and the MWh used).
                let about = if f.named.is_empty() {
                    let with_total = |x: &Ind| !x.pct && x.total.is_some_and(|t| t > 0.0);
                    !ev.inds.iter().any(|x| x.pct)
                        && (ev.inds.len() == 1 || (with_total(ind) && ev.inds.iter().filter(|x| with_total(x)).count() == 1))
                } else {
                    f.named.contains(&i)
                };
                // A share that names shares in % is not held against the others.
                let other_share = !f.named.contains(&i) && f.named.iter().any(|&j| ev.inds[j].pct);
                if ind.pct && other_share {
                } else if ind.pct {
                    levels(&mut push);
                    // What stays outside: the rest of the share measured.
                    if f.outside && !ind.decreasing() {
                        push(100.0 - end, Better::Larger, CandKind::Complement);
                    }
                } else if let Some(t) = ind.total.filter(|t| *t > 0.0 && about) {
                    // A share of a count that has a stated whole: "72 %", "de helft", "100 %".
                    if let Some(b) = ind.b {
                        push(b / t * 100.0, level_better, CandKind::Share);
                    }
                    push(end / t * 100.0, level_better, CandKind::Share);
                }
            }
            FigKind::Count(fit) if !fit.contains(&i) => {}
            FigKind::OfTotal { fit, .. } if !fit.is_empty() && !fit.contains(&i) => {}
            FigKind::OfTotal { total, .. } if ind.pct => {
                // X of Y is a share: compared as a count of Y.
                if let Some(b) = ind.b {
                    push(b * total / 100.0, level_better, CandKind::Level);
                }
                push(end * total / 100.0, level_better, CandKind::Level);
            }
            // A count with no unit is no share in %: "a sauvé 120 arbres"
            // beside the share of pages printed double-sided.
            FigKind::BareCount if ind.pct => {}
            FigKind::Count(_) | FigKind::BareCount | FigKind::OfTotal { .. } => {
                if dir == Dir::None {
                    levels(&mut push);
                    // The rest of a stated whole: 3 below where 9 of 12 exceed.
                    let whole = ind.total.or(match f.kind {
                        FigKind::OfTotal { total, .. } => Some(total),
                        _ => None,
                    });
                    if let Some(t) = whole {
                        push(t - end, Better::Larger, CandKind::Complement);
                    }
                    // A count per period adds up: the sum of the periods measured
                    // (not for a figure said of each period: "chaque année").
                    if let Some(sum) = flow_sum(ind).filter(|_| !f.plan && !f.per_period) {
                        push(sum, Better::Larger, CandKind::Level);
                    }
                } else {
                    change(&mut push, dir);
                }
            }
            FigKind::UnknownUnit => {}
            FigKind::Ratio(d) => ratio(&mut push, *d),
            FigKind::Neutral => {
                if ind.decreasing() {
                    ratio(&mut push, Dir::Decrease);
                }
            }
            FigKind::Fraction => relative(&mut push, dir),
            FigKind::From => {
                if let Some(b) = ind.base(f.base_year) {
                    push(b, Better::Larger, CandKind::Baseline);
                }
                // "which rose from 21 to 26 tonnes", without a year: an
                // earlier measurement is a start as well as the baseline
                // (since session 23).
                // A promise from where things stand now ("extend grazing
                // from 9 km to 12 km"): the latest measurement too (since
                // session 24).
                if f.base_year.is_none() {
                    for &(_, value) in ind.history.iter().rev().skip(usize::from(!f.plan)) {
                        push(value, Better::Larger, CandKind::Baseline);
                    }
                }
            }
            FigKind::To => levels(&mut push),
            FigKind::Total => {
                if let Some(t) = ind.total {
                    push(t, Better::Larger, CandKind::Baseline);
                    // "96 van de 240 woningen die tot 2028 op de planning
                    // staan": the whole of the plan (since session 21).
                    // Only where the sentence names the plan's later year:
                    // "15 of our 20 vehicles" is no plan of 20.
                    if !ind.pct && ind.t < t && f.years.iter().any(|&y| ev.year.is_some_and(|now| y > now)) {
                        push(ind.t, Better::Larger, CandKind::Baseline);
                    }
                }
            }
            FigKind::Trend => {}
            // A target reached: the value against the indicator's target.
            FigKind::TargetReached => push(end, level_better, CandKind::Whole(ind.t)),
            // A quantifier ("alle", "every") speaks of things counted, never of a level that decreases.
            FigKind::Whole { strong: false } if ind.decreasing() => {}
            FigKind::Whole { .. } => {
                // The whole: 100 % (or 0 % for a share that decreases), a level of 0
                // for what decreases, a count equal to its total.
                let whole = if ind.pct {
                    Some(if ind.decreasing() { 0.0 } else { 100.0 })
                } else if ind.decreasing() {
                    Some(0.0)
                } else {
                    ind.total
                };
                if let Some(w) = whole {
                    push(end, level_better, CandKind::Whole(w));
                }
            }
        }
    }
    out
}

/// The sum of an increasing count per period over the periods measured
/// (the premiums of 2023, 2024 and 2025), where it is one.
fn flow_sum(ind: &Ind) -> Option<f64> {
    (ind.flow && !ind.decreasing() && ind.history.len() > 1).then(|| ind.history.iter().map(|h| h.1).sum())
}

/// The count the evidence's own text gives of the same people, when it gives
/// one and not this one: "1.240 inwoners" where the action says "De 1.240
/// vragen kwamen van ongeveer 530 verschillende inwoners".
fn other_people_on_record<'e>(f: &Figure, ev: &'e Evidence) -> Option<(f64, &'e str)> {
    let word = f.thing.as_deref()?;
    // Only where the figure is what an indicator of things (questions, visits)
    // measured: people counted by an indicator of people are that indicator's.
    let hit = |v: f64| (v - f.value).abs() <= f.tol + 1e-9;
    let of_things = |ind: &&Ind| {
        let name = crate::checks::words::analyze(&ind.name);
        let people_in_name = super::numbers::canonical_words(&name, 0, name.words.len()).any(|(c, _)| PEOPLE.contains(&c));
        !ind.pct && !people_in_name && !ind.keys.iter().any(|k| PEOPLE.contains(&k.as_str()))
    };
    if !ev.inds.iter().filter(of_things).any(|ind| ind.latest.is_some_and(|l| hit(l.1)) || ind.history.iter().any(|h| hit(h.1))) {
        return None;
    }
    let counts: Vec<(f64, &str)> =
        ev.people_on_record().iter().filter(|(_, w, _)| w == word).map(|(v, _, as_written)| (*v, as_written.as_str())).collect();
    let hit = counts.iter().any(|(v, _)| (v - f.value).abs() <= f.tol + 1e-9);
    if hit { None } else { counts.first().copied() }
}

/// A count whose words fit no indicator is still that indicator's figure when
/// it is exactly a value measured (a year's figure, the baseline) or, for a
/// count per period, the sum of the periods since one of them: "97 ménages en
/// ont bénéficié" for 97 premiums, "302 gezinnen sinds 2023" for 84 + 121 + 97.
fn measured_exactly(f: &Figure, ev: &Evidence) -> bool {
    if !matches!(f.kind, FigKind::UnknownUnit) || other_people_on_record(f, ev).is_some() {
        return false;
    }
    let hit = |v: f64| (v - f.value).abs() <= f.tol + 1e-9;
    // Since session 19 also a count of things or of no word the figures know
    // ("1 900 woningen" for 1,900 "wooneenheden", "420 Heikanters" for 420
    // "coöperanten"), and a target repeated in other words ("Het doel is 4 000
    // aansluitingen tegen 2028" for the target of 4,000): the same number is
    // the same figure.
    // Not a measure and a count: "44 ton" beside 44 premiums, "118 000
    // maaltijden" beside 118,000 kg.
    let measure = |ind: &Ind| ind.keys.first().is_some_and(|k| super::MEASURES.contains(&k.as_str()));
    if f.plan {
        return f.thing.is_none() && !f.measure && ev.inds.iter().any(|ind| !ind.pct && !measure(ind) && hit(ind.t));
    }
    if f.measure {
        return false;
    }
    // The latest figure, or the figure of a year its sentence names; a sum
    // from a year its sentence names (or over all years measured).
    let named = |y: i16| f.years.contains(&y);
    // Not an indicator that counts people itself: then other people are other people.
    let of_things = |ind: &&Ind| {
        !ind.pct && (f.thing.is_none() && !measure(ind) || f.thing.is_some() && !ind.keys.iter().any(|k| PEOPLE.contains(&k.as_str())))
    };
    ev.inds.iter().filter(of_things).any(|ind| {
        let h = &ind.history;
        ind.latest.is_some_and(|l| hit(l.1))
            || h.iter().any(|&(y, v)| named(y) && hit(v))
            || (ind.flow && (0..h.len()).any(|k| k + 1 < h.len() && (k == 0 || named(h[k].0)) && hit(h[k..].iter().map(|x| x.1).sum())))
    })
}

fn supports(c: &Cand, f: &Figure) -> bool {
    match (c.kind, c.better) {
        // "iets meer dan de helft ... vallen nog buiten": a bound on the rest.
        (CandKind::Complement, _) if f.said == Said::Bound && f.outside => c.value >= f.value - f.tol - 1e-9,
        (CandKind::Complement, _) => (c.value - f.value).abs() <= f.tol + 1e-9,
        (CandKind::Baseline, _) => (c.value - f.value).abs() <= f.tol + 1e-9,
        (CandKind::Whole(w), Better::Larger) => c.value >= w - 1e-9,
        (CandKind::Whole(w), Better::Smaller) => c.value <= w + 1e-9,
        (_, Better::Larger) => c.value >= f.value - f.tol - nearly(f) - 1e-9,
        (_, Better::Smaller) => c.value <= f.value + f.tol + 1e-9,
    }
}

/// How far below the figure the evidence may be when the text says it is
/// nearly reached ([`Said::Nearly`]): 3.5 points for a share or a change,
/// 7 % for a count.
fn nearly(f: &Figure) -> f64 {
    match (f.said, &f.kind) {
        (Said::Nearly, FigKind::SharePct | FigKind::ChangePct | FigKind::Fraction) => 3.5,
        (Said::Nearly, FigKind::Count(_) | FigKind::BareCount | FigKind::UnknownUnit) => f.value * 0.07,
        _ => 0.0,
    }
}

/// A figure above what the evidence shows by no more than rounding does:
/// a percentage at most 5,5 points above it (60 % for 54,8 %), a count
/// rounded to tens at most 10 % above it (4.000 for 3.900); said as
/// approximate ("bijna de helft" for 41 %, "près de 1 000"), 10 points or
/// 25 %. Never a bound ("meer dan 4.000"), a whole ("100 %", "alle",
/// "zero"), a neutrality term, a total, a baseline or a count with its total
/// ("60 des 64"): those are exact or nothing.
fn rounded_up(best: &Cand, f: &Figure) -> bool {
    let exact = matches!(f.kind, FigKind::Whole { .. } | FigKind::Neutral | FigKind::Total | FigKind::From | FigKind::OfTotal { .. })
        || matches!(best.kind, CandKind::Whole(_) | CandKind::Complement | CandKind::Baseline)
        || (matches!(f.kind, FigKind::SharePct | FigKind::ChangePct) && f.value >= 100.0 - 1e-9);
    if exact || f.said == Said::Bound || best.value <= 0.0 || f.value <= 0.0 {
        return false;
    }
    let approx = matches!(f.said, Said::Approx | Said::Nearly);
    let (over, rel) = match best.better {
        Better::Larger => (f.value - best.value, f.value / best.value - 1.0),
        Better::Smaller => (best.value - f.value, best.value / f.value - 1.0),
    };
    if over <= 0.0 {
        return false;
    }
    let percent = matches!(f.kind, FigKind::SharePct | FigKind::ChangePct | FigKind::Fraction);
    if let FigKind::Ratio(_) = f.kind
        && best.kind == CandKind::Ratio
    {
        // "gehalveerd", "verdubbeld": judged on the change they state (−50 %,
        // +100 %), as a change percentage is: −44 % may be called halved,
        // +68 % is not doubled.
        let (said, shown) = ((f.value - 1.0).abs(), (best.value - 1.0).abs());
        return shown > 0.0 && said / shown - 1.0 <= if approx { 0.25 } else { 0.15 } + 1e-9;
    }
    if percent {
        over <= if approx { 10.0 } else { 5.5 } + 1e-9
    } else {
        let round = approx || matches!(f.kind, FigKind::Ratio(_) | FigKind::Fraction) || (f.value % 10.0 == 0.0 && f.value >= 10.0);
        round && rel <= if approx { 0.25 } else { 0.10 } + 1e-9
    }
}

/// What a candidate shows, in words: "20 %", "a change of 12", a level as
/// the figure itself. The figures are written as [`fmt`] writes them.
fn describe(c: &Cand, ev: &Evidence, f: &Figure) -> MsgArg {
    let ind = &ev.inds[c.ind];
    let value = |dec: usize| Decimal(fmt(c.value, dec));
    let found: MsgArg = match c.kind {
        CandKind::Relative => msg!("find-claim-figure-percent", value = value(1)).into(),
        CandKind::Points => msg!("find-claim-figure-points", value = value(1)).into(),
        CandKind::Change => msg!("find-claim-figure-change", value = value(2)).into(),
        CandKind::Level if ind.pct && !matches!(f.kind, FigKind::OfTotal { .. }) => {
            msg!("find-claim-figure-percent", value = value(1)).into()
        }
        CandKind::Level => value(2).into(),
        CandKind::Share => msg!("find-claim-figure-share", value = value(1), total = dec(ind.total.unwrap_or(0.0), 2)).into(),
        CandKind::Complement => msg!("find-claim-figure-complement", value = value(2)).into(),
        CandKind::Ratio => msg!("find-claim-figure-ratio", value = value(2), percent = sig((c.value - 1.0) * 100.0)).into(),
        CandKind::Baseline if f.kind == FigKind::Total => msg!("find-claim-figure-total", value = value(2)).into(),
        CandKind::Baseline => msg!("find-claim-figure-baseline", value = value(2)).into(),
        CandKind::Whole(w) if ind.pct => msg!("find-claim-figure-whole-percent", value = value(1), whole = dec(w, 1)).into(),
        CandKind::Whole(w) => msg!("find-claim-figure-whole", value = value(2), whole = dec(w, 2)).into(),
    };
    if f.kind == FigKind::Neutral { msg!("find-claim-figure-neutral", found = found).into() } else { found }
}

/// [`fmt`] and [`signed`] as message arguments, said with the reader's decimal mark.
fn dec(v: f64, max_dec: usize) -> Decimal {
    Decimal(fmt(v, max_dec))
}

fn sig(v: f64) -> Decimal {
    Decimal(signed(v))
}

pub(super) fn judge(f: Figure, ev: &Evidence) -> Judged {
    let plan = f.plan;
    // About the future: the plan's target; dated in a past year the indicator
    // measured: that year's figure; otherwise the latest.
    let dated = |ind: &Ind| f.dated.and_then(|y| ind.history.iter().find(|h| h.0 == y).map(|h| h.1));
    let end_of = |ind: &Ind| if plan { Some(ind.t) } else { dated(ind).or(ind.latest.map(|l| l.1)) };
    // People the evidence's own text counts otherwise: "1.240 inwoners" where
    // it says the 1.240 questions came from about 530 residents.
    if let Some((counted, people)) =
        other_people_on_record(&f, ev).filter(|_| !f.plan && matches!(f.kind, FigKind::UnknownUnit | FigKind::BareCount))
    {
        let figure = f.text.as_str();
        let message = msg!("find-claim-figure-other-people", figure = figure, counted = dec(counted, 2), people = people);
        let help = msg!("find-claim-figure-other-people-help", counted = dec(counted, 2), people = people);
        return Judged { figure: f, verdict: Verdict::Unsupported { message, help } };
    }
    let mut cands = candidates(&f, ev, &end_of);
    // A count whose unit was guessed is one of the evidence's counts only
    // within a factor of ten: "a sauvé 120 arbres" is no count of 35,200 pages.
    if f.guessed {
        let near = |v: f64| v > 0.0 && f.value / v <= 10.0 && v / f.value <= 10.0;
        cands.retain(|c| {
            let ind = &ev.inds[c.ind];
            [ind.latest.map(|l| l.1), ind.b, Some(ind.t), ind.total].into_iter().flatten().any(near)
        });
    }
    if cands.iter().any(|c| supports(c, &f)) {
        return Judged { figure: f, verdict: Verdict::Supported };
    }
    // Nor is it a measure's, unless it says a measure: "18 number-plate
    // cameras" is no concentration of NO2 of 27 µg/m³ (since session 24).
    let measure = |ind: &Ind| ind.keys.first().is_some_and(|k| super::MEASURES.contains(&k.as_str()));
    if f.guessed && !f.measure && cands.iter().all(|c| measure(&ev.inds[c.ind])) {
        cands.clear();
    }
    // A share that names no indicator is held against a count's whole only
    // for want of better: the share the account itself states as done wins.
    let guessed = f.kind == FigKind::SharePct && f.named.is_empty();
    if (cands.is_empty() || guessed) && (stated(&f, ev) || measured_exactly(&f, ev)) || part_on_record(&f, ev) {
        return Judged { figure: f, verdict: Verdict::Supported };
    }
    if cands.is_empty() {
        let message = untraceable_reason(&f, ev);
        return Judged { figure: f, verdict: Verdict::Untraceable { message } };
    }
    // The strongest candidate (the rest of a whole only when nothing else).
    let direct: Vec<Cand> = cands.iter().copied().filter(|c| c.kind != CandKind::Complement).collect();
    let cands = if direct.is_empty() { cands } else { direct };
    let best = cands
        .iter()
        .max_by(|x, y| {
            let key = |c: &Cand| if c.better == Better::Larger { c.value } else { -c.value };
            key(x).total_cmp(&key(y))
        })
        .copied()
        .unwrap_or(cands[0]);
    // What the figure is held against: the plan, or the measurements.
    let basis = if plan { "plan" } else { "measured" };
    let whole = matches!(f.kind, FigKind::Whole { .. } | FigKind::TargetReached);
    let (figure, indicator) = (f.text.as_str(), ev.inds[best.ind].name.as_str());
    let found = describe(&best, ev, &f);
    if rounded_up(&best, &f) {
        let message = msg!("find-claim-figure-rounded-up", figure = figure, basis = basis, found = found);
        return Judged { figure: f, verdict: Verdict::RoundedUp { message } };
    }
    let (mut message, mut help) = if whole {
        (
            msg!("find-claim-figure-claims-whole", figure = figure, basis = basis, found = found.clone()),
            msg!("find-claim-figure-claims-whole-help", indicator = indicator, found = found, figure = figure),
        )
    } else {
        (
            msg!("find-claim-figure-claims-more", figure = figure, basis = basis, found = found.clone()),
            msg!("find-claim-figure-claims-more-help", indicator = indicator, found = found, figure = figure),
        )
    };
    if !plan {
        let target = candidates(&f, ev, &|ind: &Ind| Some(ind.t));
        if let Some(t) = target.iter().find(|c| supports(c, &f)) {
            let ind = &ev.inds[t.ind];
            // A level (a share in %, a count as a share of its total) is told as
            // the level measured; a change as the change measured.
            let level = matches!(t.kind, CandKind::Level | CandKind::Share);
            let measured: Msg = match (ind.latest, ind.b) {
                (Some((d, l)), _) if level && ind.pct => {
                    msg!("find-claim-figure-measured-percent", value = dec(l, 1), date = d.to_string())
                }
                (Some((d, l)), _) if t.kind == CandKind::Share => {
                    let total = ind.total.unwrap_or(1.0);
                    msg!(
                        "find-claim-figure-measured-share",
                        percent = dec(l / total * 100.0, 1),
                        value = dec(l, 2),
                        total = dec(total, 2),
                        date = d.to_string(),
                    )
                }
                (Some((d, l)), Some(b)) if b != 0.0 && !whole && !level => {
                    msg!("find-claim-figure-measured-percent", value = sig((l - b) / b * 100.0), date = d.to_string())
                }
                (Some((d, l)), _) => msg!("find-claim-figure-measured", value = dec(l, 2), date = d.to_string()),
                (None, _) => msg!("find-claim-figure-not-measured"),
            };
            message = msg!("find-claim-figure-target-not-achieved", figure = f.text.as_str(), measured = measured);
            help = msg!("find-claim-figure-target-help", indicator = ind.name.as_str());
        }
    }
    Judged { figure: f, verdict: Verdict::Unsupported { message, help } }
}

/// A figure that no indicator measures, stated in the words of the linked
/// plan ([`Stated`](super::Stated)): about the future, by any of them (the 40 % of a
/// covenant's title); about now, by a deed.
fn stated(f: &Figure, ev: &Evidence) -> bool {
    let (value, pct) = match f.kind {
        FigKind::ChangePct | FigKind::SharePct => (f.value, true),
        FigKind::Count(_) | FigKind::BareCount | FigKind::UnknownUnit | FigKind::OfTotal { .. } => (f.value, false),
        FigKind::Whole { .. } => (100.0, true),
        _ => return false,
    };
    let by = |s: &super::Stated| (f.plan || s.deed) && s.pct == pct && (s.value - value).abs() <= f.tol + 1e-9;
    ev.stated.iter().any(by) || (!matches!(f.kind, FigKind::Whole { .. }) && ev.recorded().iter().any(by))
}

/// "12 des 19 événements", "21 van de 38 klachten": a part and its whole that
/// the evidence's own account records, both, as done (not as a target).
fn part_on_record(f: &Figure, ev: &Evidence) -> bool {
    let FigKind::OfTotal { total, .. } = f.kind else { return false };
    if f.plan {
        return false;
    }
    let on_record = |v: f64| ev.recorded().iter().any(|s| s.deed && !s.pct && (s.value - v).abs() <= f.tol + 1e-9);
    on_record(f.value) && on_record(total)
}

/// Why a figure cannot be checked, as a code the message selects on.
fn untraceable_reason(f: &Figure, ev: &Evidence) -> Msg {
    let why = if ev.inds.is_empty() && ev.hidden > 0 {
        "hidden"
    } else if ev.inds.is_empty() {
        "no-indicator"
    } else if !f.plan && ev.inds.iter().all(|i| i.latest.is_none()) {
        "not-measured"
    } else {
        match &f.kind {
            FigKind::SharePct => "share",
            FigKind::UnknownUnit => "unit",
            FigKind::Neutral => "neutral",
            FigKind::From => "baseline",
            FigKind::Whole { .. } => "whole",
            _ => "kind",
        }
    };
    msg!("find-claim-figure-untraceable", figure = f.text.as_str(), why = why)
}
