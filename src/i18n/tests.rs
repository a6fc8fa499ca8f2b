//! The catalogue is complete: every file parses, every language has every
//! message with the same variables, every message named in code or in a
//! template exists, and every message is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// The variables (`$name`) a pattern uses, selectors and variants included.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Per language: message id -> its variables.
fn messages() -> BTreeMap<&'static str, BTreeMap<String, BTreeSet<String>>> {
    let mut out = BTreeMap::new();
    for lang in Language::ALL {
        let resource = match fluent_syntax::parser::parse(lang.source()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}.ftl does not parse: {errors:?}", lang.code()),
        };
        let mut ids = BTreeMap::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                let value = m.value.as_ref().unwrap_or_else(|| panic!("{}: `{}` has no value", lang.code(), m.id.name));
                variables(value, &mut vars);
                assert!(ids.insert(m.id.name.to_owned(), vars).is_none(), "{}: `{}` twice", lang.code(), m.id.name);
            }
        }
        out.insert(lang.code(), ids);
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let all = messages();
    let en = &all["en"];
    assert!(en.len() > 300, "the catalogue has {} messages", en.len());
    for (lang, ids) in &all {
        let missing: Vec<_> = en.keys().filter(|k| !ids.contains_key(*k)).collect();
        let extra: Vec<_> = ids.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}.ftl: missing {missing:?}, not in en.ftl {extra:?}");
        for (id, vars) in ids {
            assert_eq!(vars, &en[id], "{lang}.ftl: `{id}` has other variables than in en.ftl");
        }
    }
}

#[test]
fn every_message_formats_without_error_and_is_not_empty() {
    for lang in Language::ALL {
        for (id, vars) in &messages()[lang.code()] {
            let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::Number(2.0))).collect();
            let text = format(lang, id, &args);
            assert!(!text.trim().is_empty(), "{}: `{id}` is empty", lang.code());
        }
    }
}

#[test]
fn plurals_follow_the_language() {
    let n = |lang, k: usize| format(lang, "data_search_count", &[("n", Arg::from(k))]);
    assert_eq!(n(Language::Nl, 3), "3 resultaten");
    assert_eq!(n(Language::Fr, 3), "3 résultats");
    assert_eq!(label(Language::En, "status_done"), "Done");
}

/// The ids code and templates name, each with where.
fn used_ids() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let code = ids_in(
        root.join("src"),
        "rs",
        &[
            // i18n::label(lang, "id"), i18n::text(..), i18n::format(..)
            r#"i18n::(?:label|text|format)\([^,()]+, "([a-z][a-z0-9_-]*)""#,
            // self.t("id"), r.t("id"), and the local `l("id")` closures
            r#"\b(?:self|r)\.t\("([a-z][a-z0-9_-]*)"\)"#,
            r#"\bl\("([a-z][a-z0-9_-]*)"\)"#,
            // msg!("id", name = value, ...): a message said later
            r#"\bmsg!\(\s*"([a-z][a-z0-9_-]*)""#,
            // the open data's file table names its titles' ids
            r#""(data_[a-z_]+)", "(?:text/csv|application/json)""#,
        ],
    );
    let templates = ids_in(root.join("themes/default/templates"), "", &[r"\bt\.([a-z][a-z0-9_]*)", r#"\btr\(key="([a-z][a-z0-9_-]*)""#]);
    code.into_iter().chain(templates).collect()
}

/// The first group of every match of `patterns` in the files under `dir`
/// ending in `ext` (any file for ""), the `i18n` module itself left out.
fn ids_in(dir: std::path::PathBuf, ext: &str, patterns: &[&str]) -> BTreeMap<String, String> {
    let patterns: Vec<_> = patterns.iter().map(|p| regex::Regex::new(p).expect("a pattern")).collect();
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.expect("walk the sources");
        let path = entry.path();
        if !entry.file_type().is_file() || path.components().any(|c| c.as_os_str() == "i18n") {
            continue;
        }
        if !ext.is_empty() && path.extension().is_none_or(|e| e != ext) {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read a source");
        for p in &patterns {
            for c in p.captures_iter(&text) {
                out.entry(c[1].to_owned()).or_insert_with(|| path.display().to_string());
            }
        }
    }
    out
}

#[test]
fn every_id_named_in_code_and_templates_exists() {
    let used = used_ids();
    assert!(used.len() > 150, "found {} ids in code and templates", used.len());
    for (id, file) in &used {
        assert!(has(id), "{file} names the message `{id}`, which is not in src/i18n/en/");
    }
}

/// Ids made from a prefix and an enum's code (`status_done`): every value of
/// the enum, as the format spells it, has its message.
#[test]
fn every_enum_value_shown_has_its_message() {
    use crate::model::{ActionStatus, ClaimKind, FollowUpWith, InventoryKind, InventorySource, SessionStatus};
    fn values<T: schemars::JsonSchema>() -> Vec<String> {
        let schema = serde_json::to_value(schemars::schema_for!(T)).expect("a schema");
        let mut out = Vec::new();
        let mut stack = vec![schema];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, v) in m {
                        match (k.as_str(), v) {
                            ("enum", serde_json::Value::Array(a)) => out.extend(a.iter().filter_map(|s| s.as_str().map(str::to_owned))),
                            ("const", serde_json::Value::String(s)) => out.push(s),
                            (_, v) => stack.push(v),
                        }
                    }
                }
                serde_json::Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
        assert!(!out.is_empty());
        out
    }
    let families = [
        ("status_", values::<ActionStatus>()),
        ("session_", values::<SessionStatus>()),
        ("with_", values::<FollowUpWith>()),
        ("kind_", values::<InventoryKind>()),
        ("source_", values::<InventorySource>()),
        ("claim_", values::<ClaimKind>()),
    ];
    for (prefix, codes) in families {
        for code in codes {
            let id = format!("{prefix}{code}");
            assert!(has(&id), "no message `{id}`");
        }
    }
    for n in 1..=17 {
        assert!(has(&format!("sdg_{n}")), "sdg_{n}");
    }
}

/// A message nobody names is a text nobody reads: every id is named in code
/// or a template, or made from a prefix above (`status_`, `sdg_`, `rule-`...).
#[test]
fn every_message_is_used() {
    let mut used = used_ids();
    // A literal that names an id counts as a use here (`pick("claims_intranet",
    // "claims_public")`); the test above holds the call shapes to account.
    used.extend(ids_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), "rs", &[r#""([a-z][a-z0-9_-]*)""#]));
    let dynamic = ["claim_", "status_", "session_", "with_", "kind_", "source_", "sdg_", "rule-", "level_", "member_"];
    let unused: Vec<_> =
        messages()["en"].keys().filter(|id| !used.contains_key(*id) && !dynamic.iter().any(|p| id.starts_with(p))).cloned().collect();
    assert!(unused.is_empty(), "messages no code or template names: {unused:?}");
}

#[test]
fn language_tags_as_flags_and_locales_write_them() {
    for (tag, lang) in
        [("nl", Some(Language::Nl)), ("fr-BE", Some(Language::Fr)), ("nl_BE.UTF-8", Some(Language::Nl)), ("EN_us", Some(Language::En))]
    {
        assert_eq!(Language::from_tag(tag), lang, "{tag}");
    }
    for tag in ["C", "POSIX", "", "de_DE.UTF-8", "C.UTF-8"] {
        assert_eq!(Language::from_tag(tag), None, "{tag}");
    }
}

/// The arguments of every `msg!("id", a = …, b = …)` in the code: id ->
/// (names, where). A call's arguments are read at the call's own depth, so
/// `b = f(x, y = 1)` counts `b` only.
fn msg_calls() -> Vec<(String, BTreeSet<String>, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let start = regex::Regex::new(r#"\bmsg!\(\s*"([a-z][a-z0-9_-]*)""#).expect("a pattern");
    let name = regex::Regex::new(r"^\s*([a-z_][a-z0-9_]*)\s*=[^=]").expect("a pattern");
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.expect("walk the sources");
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "rs") || path.components().any(|c| c.as_os_str() == "i18n")
        {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read a source");
        for c in start.captures_iter(&text) {
            let rest = &text[c.get(0).expect("a match").end()..];
            let (mut depth, mut names, mut at) = (0usize, BTreeSet::new(), 0usize);
            let bytes = rest.as_bytes();
            let mut in_str = false;
            while at < bytes.len() {
                let b = bytes[at];
                if in_str {
                    if b == b'\\' {
                        at += 1;
                    } else if b == b'"' {
                        in_str = false;
                    }
                } else {
                    match b {
                        b'"' => in_str = true,
                        b'(' | b'[' | b'{' => depth += 1,
                        b')' | b']' | b'}' if depth == 0 => break,
                        b')' | b']' | b'}' => depth -= 1,
                        b',' if depth == 0 => {
                            if let Some(n) = name.captures(&rest[at + 1..]) {
                                names.insert(n[1].to_owned());
                            }
                        }
                        _ => {}
                    }
                }
                at += 1;
            }
            let line = text[..c.get(0).expect("a match").start()].lines().count() + 1;
            out.push((c[1].to_owned(), names, format!("{}:{line}", path.display())));
        }
    }
    out
}

#[test]
fn every_msg_passes_exactly_the_variables_of_its_message() {
    let en = &messages()["en"];
    for (id, names, at) in msg_calls() {
        let Some(vars) = en.get(&id) else { panic!("{at}: no message `{id}` in src/i18n/en/") };
        assert_eq!(&names, vars, "{at}: `{id}` is given other arguments than its message uses");
    }
}

/// French typography: a no-break space (never a plain one) before `:` `;`
/// `?` and `!` in every French message.
#[test]
fn french_puts_a_no_break_space_before_high_punctuation() {
    for (id, vars) in &messages()["fr"] {
        let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::Text("x"))).collect();
        let text = format(Language::Fr, id, &args);
        for (k, c) in text.char_indices() {
            if matches!(c, ':' | ';' | '?' | '!') && text[..k].ends_with(' ') {
                panic!("fr `{id}`: a plain space before `{c}` in {text:?}; use U+00A0");
            }
        }
    }
}

#[test]
fn figures_take_the_readers_decimal_mark() {
    let m = crate::i18n::msg!("cli-cannot-write", file = "x.2", detail = Decimal("86.2 t CO2-eq. (−3.5 %)".to_owned()));
    assert_eq!(m.say(Language::Nl), "kan `x.2` niet schrijven: 86,2 t CO2-eq. (−3,5 %)");
    assert!(m.say(Language::Fr).ends_with("86,2 t CO2-eq. (−3,5 %)"));
    assert!(m.say(Language::En).ends_with("86.2 t CO2-eq. (−3.5 %)"));
}
