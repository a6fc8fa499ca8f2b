//! `kapstok check --explain RULE`.

use std::io::Write;

use super::registry;

pub fn run(rule: &str) -> u8 {
    let Some(info) = registry::find(rule) else {
        let hint = crate::diag::did_you_mean(rule, registry::ids()).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
        crate::cmd::usage_error(&format!("there is no rule `{rule}`{hint}"));
        return crate::cmd::EXIT_USAGE;
    };
    let severity = info.default.map_or("error on public items, warning on internal ones", |s| s.as_str());
    let _ = writeln!(std::io::stdout(), "{}  (default: {severity}{})\n\n{}", info.id, if info.fixed { ", fixed" } else { "" }, info.summary);
    crate::cmd::EXIT_OK
}
