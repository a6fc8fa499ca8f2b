//! The `--format json` renderer: one object per diagnostic, as `cli.md` says.

use serde_json::{Value, json};

use super::{Code, Diagnostic};
use crate::i18n::Language;
use crate::source::Sources;

/// One finding as a JSON object, its texts in `lang`. `message_id` is the
/// catalogue id of the message, stable across languages and releases
/// (`null` for a text from outside kapstok, such as an operating-system error).
pub(crate) fn finding_json(diag: &Diagnostic, sources: &Sources, lang: Language) -> Value {
    let (file, line, column) = diag.location(sources);
    let mut obj = json!({
        "rule": match diag.code { Code::Content(_) => "content-error", Code::Rule(r) => r },
        "severity": diag.severity.as_str(),
        "file": file,
        "line": line,
        "column": column,
        "subject": diag.subject,
        "message": diag.message.say(lang),
        "message_id": diag.message.id(),
    });
    if let Code::Content(kind) = diag.code {
        obj["kind"] = json!(kind.code());
    }
    if let Some(help) = &diag.help {
        obj["help"] = json!(help.say(lang));
    }
    obj
}

/// The bare array of `kapstok check --format json`, already sorted by the caller.
pub(crate) fn render_json(diags: &[Diagnostic], sources: &Sources, lang: Language) -> Value {
    Value::Array(diags.iter().map(|d| finding_json(d, sources, lang)).collect())
}
