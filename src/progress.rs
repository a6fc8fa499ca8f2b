//! The computed progress status of an indicator (`achieved`, `on-track`,
//! `behind`, `no-data`) and its roll-up per action: the one place that
//! decides whether a figure is on course, for the checks
//! (`claim-on-track-unsupported`, `indicator-behind-unexplained`), both
//! sites and the open data alike.
//!
//! The method (docs/content-format.md, "Progress status"), as Open SDG
//! judges progress: draw the straight line from the `baseline` at the
//! action's `start` to the `target` at its `due` date, and judge the latest
//! measurement (dated today or before) against the point of that line on the
//! measurement's own date. Progress is measured as a share of the way from
//! baseline to target, `(value - baseline) / (target - baseline)`, so a
//! decreasing indicator (target below baseline) is judged the same way.
//!
//! - `achieved`: the measurement reaches the target (share ≥ 1), at any date;
//! - `on-track`: it is at least [`TOLERANCE`] short of the share the line asks
//!   for by its date (95 % of it; exactly 95 % is on track), or it was taken
//!   before the action's start (the plan asks nothing yet);
//! - `behind`: less than that, or the target not reached by a measurement
//!   dated after `due`;
//! - `no-data`: no measurement, no `baseline`, a target equal to the
//!   baseline (no direction), or, for a target not reached, no `start` or
//!   `due` (no line to judge against).
//!
//! Pure: no I/O, no rule, no text; the labels are the catalogue's
//! (`progress_*`).

use crate::model::{Action, Date, Indicator};

/// How far short of the line a measurement may fall and still be on track:
/// a share of the progress the line asks for by the measurement's date.
pub(crate) const TOLERANCE: f64 = 0.05;

/// Rounding noise in a share (never a real difference in a figure).
const EPSILON: f64 = 1e-9;

/// The computed status of one indicator, or of an action (rolled up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum ProgressStatus {
    Achieved,
    OnTrack,
    Behind,
    NoData,
}

impl ProgressStatus {
    /// Every status, in the order the sites list them.
    pub(crate) const ALL: [ProgressStatus; 4] =
        [ProgressStatus::Achieved, ProgressStatus::OnTrack, ProgressStatus::Behind, ProgressStatus::NoData];

    /// How it is written in the open data, CSS classes and JSON.
    pub(crate) fn code(self) -> &'static str {
        match self {
            ProgressStatus::Achieved => "achieved",
            ProgressStatus::OnTrack => "on-track",
            ProgressStatus::Behind => "behind",
            ProgressStatus::NoData => "no-data",
        }
    }

    /// The symbol shown beside the label (never alone, never colour alone).
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            ProgressStatus::Achieved => "✓",
            ProgressStatus::OnTrack => "→",
            ProgressStatus::Behind => "!",
            ProgressStatus::NoData => "–",
        }
    }
}

/// An indicator's status and what it was judged on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Judgement {
    pub(crate) status: ProgressStatus,
    /// The measurement judged: the latest dated today or before.
    pub(crate) date: Option<Date>,
    pub(crate) value: Option<f64>,
    /// The value the line asks for on `date`, when there is a line.
    pub(crate) expected: Option<f64>,
}

/// The status of `ind`, measured for an action running from `start` to
/// `due`, as of `today`.
pub(crate) fn judge(ind: &Indicator, start: Option<Date>, due: Option<Date>, today: Date) -> Judgement {
    let latest = ind.latest(today).map(|p| (p.date, p.value));
    status(ind.baseline, ind.target, start, due, latest)
}

/// Every indicator of `a`, judged as of `today`, in file order.
pub(crate) fn of_action(a: &Action, today: Date) -> Vec<Judgement> {
    a.indicators.iter().map(|i| judge(i, a.start, a.due, today)).collect()
}

/// The status of an action: the worst of its indicators that have data
/// (`behind` over `on-track` over `achieved`); `no-data` when none has (or it
/// has no indicator).
pub(crate) fn action_status(a: &Action, today: Date) -> ProgressStatus {
    roll_up(of_action(a, today).iter().map(|j| j.status))
}

/// The worst of `statuses` that is not `no-data`; `no-data` if there is none.
pub(crate) fn roll_up(statuses: impl IntoIterator<Item = ProgressStatus>) -> ProgressStatus {
    statuses.into_iter().filter(|s| *s != ProgressStatus::NoData).max().unwrap_or(ProgressStatus::NoData)
}

/// The method of the module docs on plain numbers: `latest` is the
/// measurement judged (date and value).
pub(crate) fn status(baseline: Option<f64>, target: f64, start: Option<Date>, due: Option<Date>, latest: Option<(Date, f64)>) -> Judgement {
    let no_data = |latest: Option<(Date, f64)>| Judgement {
        status: ProgressStatus::NoData,
        date: latest.map(|l| l.0),
        value: latest.map(|l| l.1),
        expected: None,
    };
    let Some((date, value)) = latest else { return no_data(None) };
    let Some(baseline) = baseline else { return no_data(latest) };
    let distance = target - baseline;
    if distance.abs() <= EPSILON * target.abs().max(baseline.abs()).max(1.0) {
        return no_data(latest);
    }
    // The share of the way from baseline to target: the same for an
    // indicator that goes down (both differences are negative).
    let share = (value - baseline) / distance;
    let judged = |status, expected| Judgement { status, date: Some(date), value: Some(value), expected };
    if share >= 1.0 - EPSILON {
        return judged(ProgressStatus::Achieved, None);
    }
    let (Some(start), Some(due)) = (start, due) else { return no_data(latest) };
    if date < start {
        return judged(ProgressStatus::OnTrack, Some(baseline));
    }
    if date > due {
        return judged(ProgressStatus::Behind, Some(target));
    }
    let whole = (due - start).get_days() as f64;
    let asked = if whole <= 0.0 { 1.0 } else { ((date - start).get_days() as f64 / whole).clamp(0.0, 1.0) };
    let expected = baseline + asked * distance;
    let status = if share >= (1.0 - TOLERANCE) * asked - EPSILON { ProgressStatus::OnTrack } else { ProgressStatus::Behind };
    judged(status, Some(expected))
}

#[cfg(test)]
mod tests {
    use super::ProgressStatus::*;
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("date")
    }

    /// A plan from 2025-01-01 to 2026-01-01 (365 days): from `b` to `t`,
    /// judged on a measurement of `v` on `on`.
    fn plan(b: f64, t: f64, on: &str, v: f64) -> Judgement {
        status(Some(b), t, Some(d("2025-01-01")), Some(d("2026-01-01")), Some((d(on), v)))
    }

    #[test]
    fn before_the_start_the_plan_asks_nothing() {
        // Measured before the start: on track whatever the value, unless the target is reached.
        assert_eq!(plan(100.0, 200.0, "2024-12-01", 100.0).status, OnTrack);
        assert_eq!(plan(100.0, 200.0, "2024-12-01", 90.0).status, OnTrack);
        assert_eq!(plan(100.0, 200.0, "2024-12-01", 200.0).status, Achieved);
        // On the start day the line is at the baseline: the baseline is on track, less is behind.
        assert_eq!(plan(100.0, 200.0, "2025-01-01", 100.0).status, OnTrack);
        assert_eq!(plan(100.0, 200.0, "2025-01-01", 99.0).status, Behind);
    }

    #[test]
    fn on_the_line_is_on_track() {
        // Halfway through the year (2025-07-02 is day 182 of 365) the line is at 149.86.
        let j = plan(100.0, 200.0, "2025-07-02", 150.0);
        assert_eq!(j.status, OnTrack);
        let expected = j.expected.expect("a line");
        assert!((expected - (100.0 + 100.0 * 182.0 / 365.0)).abs() < 1e-9, "{expected}");
        // Above the line too.
        assert_eq!(plan(100.0, 200.0, "2025-07-02", 180.0).status, OnTrack);
    }

    #[test]
    fn the_tolerance_is_five_percent_of_the_progress_asked() {
        // Day 146 of 365: the line asks 40 % of the way, 140; 95 % of that is 38 %: 138.
        assert_eq!(plan(100.0, 200.0, "2025-05-27", 138.0).status, OnTrack, "exactly 95 % of the progress asked");
        assert_eq!(plan(100.0, 200.0, "2025-05-27", 137.9).status, Behind);
    }

    #[test]
    fn behind_the_line_is_behind() {
        let j = plan(100.0, 200.0, "2025-07-02", 120.0);
        assert_eq!(j.status, Behind);
        assert_eq!(j.date, Some(d("2025-07-02")));
        assert_eq!(j.value, Some(120.0));
        // Gone the wrong way.
        assert_eq!(plan(100.0, 200.0, "2025-03-01", 95.0).status, Behind);
    }

    #[test]
    fn reaching_the_target_early_is_achieved() {
        let j = plan(100.0, 200.0, "2025-03-01", 200.0);
        assert_eq!(j.status, Achieved);
        assert_eq!(j.expected, None);
        assert_eq!(plan(100.0, 200.0, "2025-03-01", 250.0).status, Achieved, "beyond the target");
        // Without dates too: reaching the target needs no line.
        assert_eq!(status(Some(100.0), 200.0, None, None, Some((d("2025-03-01"), 200.0))).status, Achieved);
    }

    #[test]
    fn a_decreasing_indicator_is_judged_the_same_way() {
        // 48000 pages down to 24000: halfway the line is at about 36000.
        assert_eq!(plan(48000.0, 24000.0, "2025-07-02", 33500.0).status, OnTrack, "below the line is ahead");
        assert_eq!(plan(48000.0, 24000.0, "2025-07-02", 36100.0).status, OnTrack, "within the tolerance");
        assert_eq!(plan(48000.0, 24000.0, "2025-07-02", 41000.0).status, Behind);
        assert_eq!(plan(48000.0, 24000.0, "2025-07-02", 50000.0).status, Behind, "gone up");
        assert_eq!(plan(48000.0, 24000.0, "2025-10-01", 24000.0).status, Achieved);
        assert_eq!(plan(48000.0, 24000.0, "2025-10-01", 20000.0).status, Achieved, "below the target");
    }

    #[test]
    fn no_measurement_is_no_data() {
        let j = status(Some(100.0), 200.0, Some(d("2025-01-01")), Some(d("2026-01-01")), None);
        assert_eq!(j.status, NoData);
        assert_eq!(j.date, None);
    }

    #[test]
    fn no_baseline_no_direction_or_no_dates_is_no_data() {
        let on = Some((d("2025-07-02"), 150.0));
        assert_eq!(status(None, 200.0, Some(d("2025-01-01")), Some(d("2026-01-01")), on).status, NoData, "no baseline");
        assert_eq!(status(Some(150.0), 150.0, Some(d("2025-01-01")), Some(d("2026-01-01")), on).status, NoData, "target = baseline");
        assert_eq!(status(Some(100.0), 200.0, None, Some(d("2026-01-01")), on).status, NoData, "no start");
        assert_eq!(status(Some(100.0), 200.0, Some(d("2025-01-01")), None, on).status, NoData, "no due");
        // The measurement is still reported.
        assert_eq!(status(None, 200.0, None, None, on).value, Some(150.0));
    }

    #[test]
    fn after_the_due_date_only_the_target_counts() {
        assert_eq!(plan(100.0, 200.0, "2026-02-01", 199.0).status, Behind);
        assert_eq!(plan(100.0, 200.0, "2026-01-01", 195.0).status, OnTrack, "on the due date the tolerance still holds");
        assert_eq!(plan(100.0, 200.0, "2026-02-01", 200.0).status, Achieved);
        // Due on the start day: the whole way is asked from that day.
        let same = |v| status(Some(0.0), 10.0, Some(d("2025-01-01")), Some(d("2025-01-01")), Some((d("2025-01-01"), v))).status;
        assert_eq!(same(9.0), Behind);
        assert_eq!(same(9.5), OnTrack);
    }

    #[test]
    fn an_action_is_the_worst_of_its_indicators_with_data() {
        assert_eq!(roll_up([Achieved, OnTrack]), OnTrack);
        assert_eq!(roll_up([Achieved, Behind, OnTrack]), Behind);
        assert_eq!(roll_up([Achieved, NoData]), Achieved);
        assert_eq!(roll_up([NoData, NoData]), NoData);
        assert_eq!(roll_up([]), NoData);
    }

    #[test]
    fn judged_at_the_latest_measurement_up_to_today() {
        use crate::model::Progress;
        use crate::source::{FileId, Pos, Span};
        let ind = Indicator {
            name: "x".into(),
            unit: None,
            baseline: Some(0.0),
            target: 100.0,
            source: None,
            frequency: None,
            total: None,
            explanation: None,
            progress: vec![
                Progress { date: d("2025-04-01"), value: 10.0, note: None },
                Progress { date: d("2025-12-01"), value: 100.0, note: None },
            ],
            pos: Pos { file: FileId(0), span: Span::new(0, 0) },
        };
        let (start, due) = (Some(d("2025-01-01")), Some(d("2026-01-01")));
        // The measurement of December is not there yet in November.
        let j = judge(&ind, start, due, d("2025-11-15"));
        assert_eq!((j.status, j.date), (Behind, Some(d("2025-04-01"))));
        assert_eq!(judge(&ind, start, due, d("2025-12-15")).status, Achieved);
    }
}
