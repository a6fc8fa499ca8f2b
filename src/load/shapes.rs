//! The JSON Schema shapes of the values the validator checks (ids, id
//! lists, dates, frequencies, SDG lists), for `#[schemars(with = ..)]` in
//! [`super::raw`]: they belong with the format they describe, and
//! `crate::schema` writes the files.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// An id: a-z, 0-9 and `-`, at most 64 characters.
pub(crate) struct IdText;

impl JsonSchema for IdText {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An id: lowercase letters a-z, digits and `-`, at most 64 characters (it becomes a URL).",
            "type": ["string", "null"],
            "pattern": ID_PATTERN,
        })
    }
}

/// A list of ids (references to other items).
pub(crate) struct IdList;

impl JsonSchema for IdList {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "IdList".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": ["array", "null"],
            "items": { "type": "string", "pattern": ID_PATTERN },
        })
    }
}

/// A date `YYYY-MM-DD`.
pub(crate) struct DateText;

impl JsonSchema for DateText {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date: YYYY-MM-DD.",
            "type": ["string", "null"],
            "pattern": DATE_PATTERN,
        })
    }
}

/// How often an indicator is measured: a period or a number of days.
pub(crate) struct FrequencyText;

impl JsonSchema for FrequencyText {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Frequency".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "How often a new figure comes: `monthly`, `quarterly`, `yearly`, or a whole number of days. A figure is stale when the next one is overdue by more than a grace period.",
            "anyOf": [
                { "type": "string", "enum": ["monthly", "quarterly", "yearly"] },
                { "type": "integer", "minimum": 1 },
                { "type": "null" },
            ],
        })
    }
}

/// A list of SDG numbers, 1 to 17.
pub(crate) struct Sdgs;

impl JsonSchema for Sdgs {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Sdgs".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "SDG numbers, 1 to 17, e.g. [7, 11, 13].",
            "type": ["array", "null"],
            "items": { "type": "integer", "minimum": 1, "maximum": 17 },
        })
    }
}
