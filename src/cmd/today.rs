//! "Today", decided once per run: `--today`, else `SOURCE_DATE_EPOCH`, else
//! `checks.today`, else the system date (UTC). This module reads the flag
//! and the environment; [`TodayInput::resolve`] adds the project's date.

use crate::i18n::{Msg, msg};
use crate::validate::parse_date;

pub(crate) use crate::pipeline::TodayInput;

/// Checked before any loading, so a bad value exits 2 without touching anything.
pub(crate) fn from_env(flag: Option<&str>) -> Result<TodayInput, Msg> {
    if let Some(flag) = flag {
        return parse_date(flag).map(|d| TodayInput::new(Some(d))).map_err(|e| msg!("cli-today-bad", detail = e.msg()));
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let secs: i64 = epoch.trim().parse().map_err(|_| msg!("cli-epoch-not-a-number", epoch = epoch.as_str()))?;
        let ts = jiff::Timestamp::from_second(secs).map_err(|_| msg!("cli-epoch-out-of-range", epoch = epoch.as_str()))?;
        return Ok(TodayInput::new(Some(ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())));
    }
    Ok(TodayInput::new(None))
}
