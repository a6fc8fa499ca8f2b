//! The text of `kapstok check --explain RULE`: the rule's summary, its
//! default severity, what it checks and why, and a bad and a good example,
//! in the project's language. The texts are in the catalogue (`rule-ID`,
//! `rule-ID-why`, `rule-ID-bad`, `rule-ID-good` in `src/i18n/*.ftl`). No
//! I/O and no exit codes here: `cmd::check` finds the language and prints.

use super::registry;
use crate::diag::Severity;
use crate::i18n::{self, Language};

/// The explanation of a rule in `lang`.
pub(crate) fn text(info: &registry::RuleInfo, lang: Language) -> String {
    let l = |key: &str| i18n::label(lang, key);
    let id = info.id;
    let rule = |part: &str| i18n::text(lang, &format!("rule-{id}{part}"));
    let severity = match info.default {
        // A rule whose severity depends on the item says how (`rule-ID-severity`).
        None => rule("-severity"),
        Some(Severity::Error) => l("error").to_string(),
        Some(Severity::Warning) => l("warning").to_string(),
    };
    let fixed = if info.fixed { format!(", {}", l("explain_fixed")) } else { String::new() };
    let indent = |s: String| s.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
    let severity = i18n::format(lang, "explain_severity", &[("severity", i18n::Arg::Text(&format!("{severity}{fixed}")))]);
    format!(
        "{id}  ({severity})\n\n{}\n\n{}\n\n{} {}\n\n{} {}\n\n{}\n{}\n\n{}\n{}\n",
        rule(""),
        rule("-why"),
        l("explain_basis"),
        rule("-basis"),
        l("explain_fix"),
        rule("-fix"),
        l("explain_bad"),
        indent(rule("-bad")),
        l("explain_good"),
        indent(rule("-good")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_whose_severity_varies_says_its_own() {
        let others = text(registry::find("claim-others-work").expect("registered"), Language::En);
        let html = text(registry::find("raw-html-removed").expect("registered"), Language::En);
        assert!(others.contains("error where the evidence says"), "{others}");
        assert!(html.contains("error on public items"), "{html}");
        assert!(!others.contains("public items"), "{others}");
    }

    #[test]
    fn every_rule_has_its_texts_in_every_language() {
        for r in registry::RULES {
            for lang in Language::ALL {
                // A rule whose severity varies says how, in its own words.
                let severity = r.default.is_none().then_some("-severity");
                for part in ["", "-why", "-basis", "-fix", "-bad", "-good"].into_iter().chain(severity) {
                    let id = format!("rule-{}{part}", r.id);
                    assert!(i18n::has(&id), "{id}");
                    assert!(!i18n::text(lang, &id).trim().is_empty(), "{id} in {}", lang.code());
                }
            }
        }
    }

    #[test]
    fn renders_in_each_language() {
        let info = registry::find("claim-generic-term").expect("rule");
        let en = text(info, Language::En);
        assert!(en.contains("Bad:") && en.contains("Good:") && en.contains("generic environmental term"), "{en}");
        let nl = text(info, Language::Nl);
        assert!(nl.contains("Fout:") && nl.contains("algemene milieuterm"), "{nl}");
        let fr = text(info, Language::Fr);
        assert!(fr.contains("Correct\u{a0}:") && fr.contains("(par défaut\u{a0}: avertissement)"), "{fr}");
    }
}
