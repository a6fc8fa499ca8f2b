//! "Today", decided once per run: `--today`, else `SOURCE_DATE_EPOCH`, else
//! `checks.today`, else the system date (UTC).

use crate::model::Date;
use crate::validate::parse_date;

/// What the command line and environment say, checked before any loading,
/// so a bad value exits 2 without touching anything.
#[derive(Debug, Clone, Copy)]
pub struct TodayInput(Option<Date>);

pub fn from_env(flag: Option<&str>) -> Result<TodayInput, String> {
    if let Some(flag) = flag {
        return parse_date(flag).map(|d| TodayInput(Some(d))).map_err(|e| format!("--today: {e}"));
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let secs: i64 = epoch.trim().parse().map_err(|_| format!("SOURCE_DATE_EPOCH `{epoch}` is not a number of seconds"))?;
        let ts = jiff::Timestamp::from_second(secs).map_err(|e| format!("SOURCE_DATE_EPOCH `{epoch}`: {e}"))?;
        return Ok(TodayInput(Some(ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())));
    }
    Ok(TodayInput(None))
}

impl TodayInput {
    /// The final "today", given the project's `checks.today`.
    pub fn resolve(self, pinned: Option<Date>) -> Date {
        self.0.or(pinned).unwrap_or_else(|| jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    }
}
