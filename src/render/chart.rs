//! The indicator chart: an inline SVG with baseline, target and progress,
//! and the sentence that is its text alternative. Numbers only, text escaped.

use crate::model::{Date, Indicator, Progress};

use super::escape_html as esc;

pub(crate) fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}").trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Share of the way from baseline (or 0) to target, 0..=100.
pub(crate) fn percent(ind: &Indicator, latest: Option<&Progress>) -> Option<u8> {
    let latest = latest?;
    let base = ind.baseline.unwrap_or(0.0);
    let span = ind.target - base;
    if span == 0.0 {
        return Some(100);
    }
    Some((((latest.value - base) / span).clamp(0.0, 1.0) * 100.0).round() as u8)
}

/// A round number at or above `v`, so the top of the axis reads well (160,
/// not 158): in steps of 0.2, 0.5 or 1 times the power of ten below `v`.
fn nice_ceil(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return v;
    }
    let p = 10f64.powf(v.log10().floor());
    let m = v / p - 1e-9;
    let step = if m < 2.0 {
        0.2
    } else if m < 5.0 {
        0.5
    } else {
        1.0
    };
    ((m / step).ceil() * step * p * 1e6).round() / 1e6
}

/// The SVG; `label_id` ties it to its caption.
/// `labels` are the translated words for baseline and target.
pub(crate) fn svg(
    ind: &Indicator,
    progress: &[Progress],
    start: Option<Date>,
    end: Option<Date>,
    title: &str,
    labels: [&str; 2],
    lang: crate::i18n::Language,
) -> String {
    let num = |v: f64| crate::i18n::decimal_mark(&num(v), lang);
    let (w, h, l, r, t, b) = (640.0, 240.0, 64.0, 16.0, 16.0, 36.0);
    let mut values: Vec<f64> = progress.iter().map(|p| p.value).collect();
    values.push(ind.target);
    values.extend(ind.baseline);
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min).min(0.0);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let hi = if hi <= lo { lo + 1.0 } else { nice_ceil(hi * 1.05) };
    let first = start.or(progress.first().map(|p| p.date));
    let last = end.or(progress.last().map(|p| p.date));
    let days = |d: Date| -> f64 { first.map_or(0.0, |f| (d - f).get_days() as f64) };
    let total = match (first, last) {
        (Some(f), Some(l2)) if l2 > f => (l2 - f).get_days() as f64,
        _ => 1.0,
    };
    let x = |d: Date| l + (days(d) / total).clamp(0.0, 1.0) * (w - l - r);
    let y = |v: f64| t + (1.0 - (v - lo) / (hi - lo)) * (h - t - b);
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{t}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{t}</title>",
        t = esc(title)
    );
    s.push_str(&format!("<line class=\"axis\" x1=\"{l}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", h - b, w - r, h - b));
    s.push_str(&format!("<line class=\"axis\" x1=\"{l}\" y1=\"{t}\" x2=\"{l}\" y2=\"{}\"/>", h - b));
    for (v, class, label) in [(ind.baseline, "baseline", labels[0]), (Some(ind.target), "target", labels[1])] {
        if let Some(v) = v {
            let yy = y(v);
            s.push_str(&format!("<line class=\"{class}\" x1=\"{l}\" y1=\"{yy:.1}\" x2=\"{}\" y2=\"{yy:.1}\"/>", w - r));
            s.push_str(&format!(
                "<text class=\"{class}-label\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}: {}</text>",
                w - r,
                yy - 4.0,
                esc(label),
                esc(&num(v))
            ));
        }
    }
    s.push_str(&format!("<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>", l - 6.0, y(lo) + 4.0, num(lo)));
    s.push_str(&format!("<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>", l - 6.0, y(hi) + 4.0, num(hi)));
    if let Some(f) = first {
        s.push_str(&format!("<text x=\"{l}\" y=\"{}\">{f}</text>", h - 12.0));
    }
    if let Some(e) = last {
        s.push_str(&format!("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{e}</text>", w - r, h - 12.0));
    }
    if !progress.is_empty() {
        let mut pts: Vec<String> = Vec::new();
        if let (Some(bv), Some(f)) = (ind.baseline, first)
            && progress[0].date > f
        {
            pts.push(format!("{:.1},{:.1}", x(f), y(bv)));
        }
        pts.extend(progress.iter().map(|p| format!("{:.1},{:.1}", x(p.date), y(p.value))));
        s.push_str(&format!("<polyline class=\"progress\" points=\"{}\"/>", pts.join(" ")));
        for p in progress {
            s.push_str(&format!("<circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\"/>", x(p.date), y(p.value)));
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::nice_ceil;

    #[test]
    fn round_axis_tops() {
        assert_eq!(nice_ceil(157.5), 160.0);
        assert_eq!(nice_ceil(105.0), 120.0);
        assert_eq!(nice_ceil(1942.5), 2000.0);
        assert_eq!(nice_ceil(0.84), 0.9);
        assert_eq!(nice_ceil(63.0), 70.0);
        assert_eq!(nice_ceil(33.6), 35.0);
        assert_eq!(nice_ceil(100.0), 100.0);
        assert_eq!(nice_ceil(0.0), 0.0);
    }
}
