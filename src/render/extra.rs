//! Files beside the pages of a site (open data, feeds, calendars, the
//! intranet's search index): made once per plan from the model, written and
//! served like the theme's static files.

use std::collections::BTreeMap;

use super::{Kind, R};

/// The extra files of the intranet or the public site, by site-relative path.
pub(super) fn files(_r: &R, _kind: Kind) -> Result<BTreeMap<String, Vec<u8>>, String> {
    Ok(BTreeMap::new())
}
