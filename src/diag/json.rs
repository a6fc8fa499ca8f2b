//! The `--format json` renderer: one object per diagnostic, as `cli.md` says.

use serde_json::{Value, json};

use super::{Code, Diagnostic};
use crate::source::Sources;

/// One finding as a JSON object.
pub(crate) fn finding_json(diag: &Diagnostic, sources: &Sources) -> Value {
    let (file, line, column) = diag.location(sources);
    let mut obj = json!({
        "rule": match diag.code { Code::Content(_) => "content-error", Code::Rule(r) => r },
        "severity": diag.severity.as_str(),
        "file": file,
        "line": line,
        "column": column,
        "subject": diag.subject,
        "message": diag.message,
    });
    if let Code::Content(kind) = diag.code {
        obj["kind"] = json!(kind.code());
    }
    if let Some(help) = &diag.help {
        obj["help"] = json!(help);
    }
    obj
}

/// The bare array of `kapstok check --format json`, already sorted by the caller.
pub(crate) fn render_json(diags: &[Diagnostic], sources: &Sources) -> Value {
    Value::Array(diags.iter().map(|d| finding_json(d, sources)).collect())
}
