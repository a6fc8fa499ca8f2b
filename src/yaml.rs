//! YAML with positions: the only module that calls serde-saphyr.
//!
//! serde_yaml cannot say where a *value* is (a dangling `owners: [ghost]`), so
//! we parse with serde-saphyr into a tree of [`Node`]s, each with its byte span,
//! and then deserialize the typed `Raw*` structs from that tree with our own
//! tolerant [`serde::Deserializer`]. It records every problem it meets (unknown
//! keys with did-you-mean, wrong types, bad enum values) instead of stopping at
//! the first, so a run reports all of them. A field that fails becomes
//! [`Field::Invalid`]; the validator then knows an error was already reported.
//! Keeping all serde-saphyr calls here means it can be swapped in one place.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::diag::{Kind, did_you_mean};
use crate::i18n::{Msg, MsgArg, Text, msg};
use crate::source::Span;

/// A YAML value with its byte span in the file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// What the node is, as a message names it ("found a list").
    pub(crate) fn describe(&self) -> Msg {
        match self.value {
            Value::Null => msg!("err-found-nothing"),
            Value::Bool(_) => msg!("err-found-yes-no"),
            Value::Int(_) | Value::Float(_) => msg!("err-found-number"),
            Value::Str(_) => msg!("err-found-text"),
            Value::Seq(_) => msg!("err-found-list"),
            Value::Map(_) => msg!("err-found-mapping"),
        }
    }
}

/// A YAML syntax error: the file cannot be read further. `message`: the
/// parser's own words for a rare problem (English, as it says them), or kapstok's ([`parser_message`]).
#[derive(Debug, Clone)]
pub(crate) struct SyntaxError {
    pub message: Text,
    pub span: Span,
}

/// Past this many nodes (aliases counted as copies) a file is refused: an
/// alias bomb must not eat the machine.
const MAX_NODES: usize = 4_000_000;

/// The parser's problem in the user's language: the mistakes people make
/// when they edit YAML by hand (a colon in a text, a tab, a quote or bracket
/// not closed, a line indented wrongly) each have their own message; any
/// other keeps the parser's own words (in English). `before`: the text before
/// the problem. A colon the parser trips over on the line after an unclosed
/// bracket (`owners: [els, jan` and then `department: ...`) is that bracket's.
fn parser_message(e: &serde_saphyr::granit_parser::ScanError, before: &str) -> Text {
    use serde_saphyr::granit_parser::ErrorKind as K;
    let open_bracket = || {
        // The last line with text before the problem's own line.
        let earlier = before.rsplit_once('\n').map_or("", |(earlier, _)| earlier);
        let last = earlier.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
        let count = |c: char| last.matches(c).count();
        count('[') > count(']') || count('{') > count('}')
    };
    match e.kind() {
        K::InvalidColonPlacement if open_bracket() => msg!("err-yaml-bracket").into(),
        K::MappingValueNotAllowed
        | K::InvalidColonPlacement
        | K::MappingKeyNotAllowed
        | K::SimpleKeyExpected
        | K::InvalidSimpleKey
        | K::InvalidMappingValueWhitespace
        | K::FlowMappingValueAdjacentCollection => msg!("err-yaml-colon").into(),
        K::InvalidTrailingSingleQuotedScalar | K::InvalidTrailingDoubleQuotedScalar => msg!("err-yaml-after-quote").into(),
        K::UnclosedQuotedScalar | K::InvalidQuotedScalarIndent | K::DocumentIndicatorInQuotedScalar => {
            msg!("err-yaml-unclosed-quote").into()
        }
        K::TabInPlainScalar | K::TabNotAllowed | K::TabInBlockIndentation | K::TabInIndentation | K::TabAtBlockScalarStart => {
            msg!("err-yaml-tab").into()
        }
        K::UnexpectedCharacter { character } => msg!("err-yaml-unexpected-character", character = character.to_string()).into(),
        K::MisplacedFlowCollectionEnd
        | K::MismatchedFlowCollectionEnd { .. }
        | K::UnclosedFlowCollection { .. }
        | K::ExpectedFlowMappingSeparator
        | K::ExpectedFlowSequenceSeparator
        | K::UnexpectedEofFlowSequence
        | K::UnexpectedEofFlowMapping
        | K::UnexpectedEofImplicitFlowMapping => msg!("err-yaml-bracket").into(),
        K::ExpectedBlockMappingKey | K::ExpectedBlockSequenceEntry | K::InvalidIndentation | K::BlockSequenceEntryNotAllowed => {
            msg!("err-yaml-indentation").into()
        }
        _ => Text::Raw(e.info()),
    }
}

/// Parse YAML `text` (which starts at byte `base` of its file) into a tree.
///
/// We build the tree from the parser's events (granit-parser, the parser
/// under serde-saphyr): every event carries its byte span, and this is three
/// times faster than deserializing `Spanned` values through serde.
pub(crate) fn parse(text: &str, base: usize) -> Result<Node, SyntaxError> {
    use serde_saphyr::granit_parser::{Event, Parser};

    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: std::collections::HashMap<usize, Node> = std::collections::HashMap::new();
    let mut root: Option<Node> = None;
    let mut count = 0usize;
    let mut documents = 0;
    for item in Parser::new_from_str(text) {
        let (event, span) = item.map_err(|e| {
            let offset = e.marker().byte_offset().unwrap_or_else(|| char_to_byte(text, e.marker().index()));
            SyntaxError { message: parser_message(&e, text.get(..offset).unwrap_or(text)), span: Span::new(base + offset, base + offset) }
        })?;
        let start = span.start.byte_offset().unwrap_or_else(|| char_to_byte(text, span.start.index()));
        let end = span.end.byte_offset().unwrap_or_else(|| char_to_byte(text, span.end.index()));
        let here = Span::new(base + start, base + end);
        let node = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(SyntaxError { message: msg!("err-yaml-second-document").into(), span: here });
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                let plain = matches!(style, serde_saphyr::granit_parser::ScalarStyle::Plain);
                let tagged_str = tag.as_ref().is_some_and(|t| t.is_yaml_core_schema_tag("str"));
                let value = if plain && !tagged_str { resolve_plain(&value) } else { Value::Str(value.into_owned()) };
                let node = Node { value, span: here };
                if anchor > 0 {
                    anchors.insert(anchor, node.clone());
                }
                node
            }
            Event::SequenceStart(_, anchor, _) => {
                stack.push(Frame { items: Vec::new(), entries: None, key: None, anchor, span: here });
                continue;
            }
            Event::MappingStart(_, anchor, _) => {
                stack.push(Frame { items: Vec::new(), entries: Some(Vec::new()), key: None, anchor, span: here });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let frame = stack.pop().expect("the parser balances collections");
                let value = match frame.entries {
                    Some(entries) => Value::Map(entries),
                    None => Value::Seq(frame.items),
                };
                let node = Node { value, span: frame.span };
                if frame.anchor > 0 {
                    anchors.insert(frame.anchor, node.clone());
                }
                node
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some(node) => {
                    count += node_count(node);
                    Node { value: node.value.clone(), span: here }
                }
                None => return Err(SyntaxError { message: msg!("err-yaml-unknown-anchor").into(), span: here }),
            },
            _ => continue,
        };
        count += 1;
        if count > MAX_NODES {
            return Err(SyntaxError { message: msg!("err-yaml-too-many-values").into(), span: here });
        }
        match stack.last_mut() {
            None => root = Some(node),
            Some(frame) => frame.push(node)?,
        }
    }
    Ok(root.unwrap_or(Node { value: Value::Null, span: Span::new(base, base) }))
}

struct Frame {
    items: Vec<Node>,
    /// `Some` for a mapping.
    entries: Option<Vec<(Node, Node)>>,
    key: Option<Node>,
    anchor: usize,
    span: Span,
}

impl Frame {
    fn push(&mut self, node: Node) -> Result<(), SyntaxError> {
        let Some(entries) = &mut self.entries else {
            self.items.push(node);
            return Ok(());
        };
        match self.key.take() {
            None => {
                if let Value::Str(k) = &node.value
                    && entries.iter().any(|(e, _)| matches!(&e.value, Value::Str(x) if x == k))
                {
                    return Err(SyntaxError { message: msg!("err-yaml-key-twice", key = k).into(), span: node.span });
                }
                self.key = Some(node);
            }
            Some(key) => entries.push((key, node)),
        }
        Ok(())
    }
}

fn node_count(node: &Node) -> usize {
    match &node.value {
        Value::Seq(items) => 1 + items.iter().map(node_count).sum::<usize>(),
        Value::Map(entries) => 1 + entries.iter().map(|(k, v)| node_count(k) + node_count(v)).sum::<usize>(),
        _ => 1,
    }
}

fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(i, _)| i)
}

/// The YAML 1.2 core schema for plain scalars, plus the YAML 1.1 yes/no
/// booleans people still write.
fn resolve_plain(s: &str) -> Value {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => return Value::Bool(true),
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Value::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().map_or_else(|_| s.parse::<f64>().map_or(Value::Str(s.to_owned()), Value::Float), Value::Int);
    }
    if let Some(hex) = s.strip_prefix("0x")
        && let Ok(i) = i64::from_str_radix(hex, 16)
    {
        return Value::Int(i);
    }
    if let Some(oct) = s.strip_prefix("0o")
        && let Ok(i) = i64::from_str_radix(oct, 8)
    {
        return Value::Int(i);
    }
    let float_shape = digits.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        && digits.bytes().any(|b| b.is_ascii_digit());
    if float_shape && let Ok(f) = s.parse::<f64>() {
        return Value::Float(f);
    }
    Value::Str(s.to_owned())
}

// ---------------------------------------------------------------------------
// Typed fields with spans

/// A value with the span it came from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sp<T> {
    pub value: T,
    pub span: Span,
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

const SPAN_MARKER: &str = "__kapstok_spanned";

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sp<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Sp<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value with its position")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Sp<T>, A::Error> {
                let missing = || de::Error::custom("internal: spanned value incomplete");
                let start: usize = a.next_element()?.ok_or_else(missing)?;
                let end: usize = a.next_element()?.ok_or_else(missing)?;
                let value: T = a.next_element()?.ok_or_else(missing)?;
                Ok(Sp { value, span: Span::new(start, end) })
            }
        }
        d.deserialize_newtype_struct(SPAN_MARKER, V(PhantomData))
    }
}

impl<T: Serialize> Serialize for Sp<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

/// An optional key of a Raw struct: absent, present but already reported as
/// wrong, or present with its value.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Field<T> {
    #[default]
    Absent,
    Invalid,
    Present(Sp<T>),
}

impl<T> Field<T> {
    pub(crate) fn get(&self) -> Option<&Sp<T>> {
        match self {
            Field::Present(v) => Some(v),
            _ => None,
        }
    }

    pub(crate) fn value(&self) -> Option<&T> {
        self.get().map(|sp| &sp.value)
    }

    pub(crate) fn span(&self) -> Option<Span> {
        self.get().map(|sp| sp.span)
    }

    pub(crate) fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The tolerant deserializer has recorded any error already; a field
        // that fails is Invalid, and the rest of its mapping goes on.
        match Option::<Sp<T>>::deserialize(d) {
            Ok(Some(v)) => Ok(Field::Present(v)),
            Ok(None) => Ok(Field::Absent),
            Err(_) => Ok(Field::Invalid),
        }
    }
}

impl<T: Serialize> Serialize for Field<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value().serialize(s)
    }
}

// ---------------------------------------------------------------------------
// The tolerant deserializer

/// A problem met while deserializing a tree.
#[derive(Debug, Clone)]
pub(crate) struct Issue {
    pub kind: Kind,
    pub message: Text,
    pub span: Span,
    pub help: Option<Text>,
}

/// Deserialize a `T` from `node`, collecting every problem. `Err(())` means the
/// value as a whole could not be made (its problems are in the issues).
pub(crate) fn from_node<'a, T: Deserialize<'a>>(node: &'a Node, text: &'a str, base: usize) -> (Result<T, ()>, Vec<Issue>) {
    let sink = RefCell::new(Vec::new());
    let result = T::deserialize(NodeDe { node, text, base, sink: &sink }).map_err(|_| ());
    (result, sink.into_inner())
}

#[derive(Debug)]
pub(crate) struct Error {
    kind: Kind,
    message: Text,
    help: Option<Text>,
    recorded: bool,
}

impl Error {
    fn new(kind: Kind, message: Msg, help: Option<Msg>) -> Self {
        Error { kind, message: message.into(), help: help.map(Text::from), recorded: false }
    }
}

/// In English: serde asks for it; users get the message in their language.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

/// What serde says a visitor expected (`u32`, `a boolean`, `a sequence`),
/// as a message names it; another expectation as serde says it.
fn expected(exp: &dyn de::Expected) -> MsgArg {
    let exp = exp.to_string();
    match exp.as_str() {
        "a boolean" => msg!("err-expected-yes-no").into(),
        "u8" | "u16" | "u32" | "u64" | "u128" => msg!("err-expected-count").into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "integer" | "an integer" => msg!("err-expected-whole-number").into(),
        "f32" | "f64" | "a number" => msg!("err-expected-number").into(),
        "a string" | "a borrowed string" => msg!("err-expected-text").into(),
        "a sequence" => msg!("err-expected-list").into(),
        _ => MsgArg::Text(exp),
    }
}

/// A value serde was given, as a message names it.
fn unexpected(unexp: de::Unexpected<'_>) -> MsgArg {
    match unexp {
        de::Unexpected::Seq => msg!("err-found-list").into(),
        de::Unexpected::Map => msg!("err-found-mapping").into(),
        de::Unexpected::Unit => msg!("err-found-nothing").into(),
        de::Unexpected::Str(s) => msg!("err-found-the-text", text = s).into(),
        de::Unexpected::Signed(i) => msg!("err-found-the-number", number = i.to_string()).into(),
        de::Unexpected::Unsigned(i) => msg!("err-found-the-number", number = i.to_string()).into(),
        de::Unexpected::Float(x) => msg!("err-found-the-number", number = x.to_string()).into(),
        de::Unexpected::Bool(b) => msg!("err-found-the-value", value = b.to_string()).into(),
        other => MsgArg::Text(other.to_string()),
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    /// serde's own words (only an internal slip says them), in English.
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error { kind: Kind::BadValue, message: Text::Raw(msg.to_string()), help: None, recorded: false }
    }

    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let shown = exp.to_string();
        let help = match shown.as_str() {
            "a boolean" => msg!("err-write-yes-no-help"),
            e if e.contains("integer") || e.contains("f64") || e.contains("u32") || e.contains("i64") => msg!("err-write-number-help"),
            e if e.contains("sequence") => msg!("err-write-list-help"),
            _ => msg!("err-write-expected-help", expected = expected(exp)),
        };
        Error::new(Kind::WrongType, msg!("err-wrong-type", expected = expected(exp), found = unexpected(unexp)), Some(help))
    }

    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error::new(Kind::BadValue, msg!("err-invalid-value", found = unexpected(unexp), expected = expected(exp)), None)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error::new(Kind::BadValue, msg!("err-not-allowed-value", value = variant), Some(crate::diag::suggest_or_list(variant, expected)))
    }

    fn missing_field(field: &'static str) -> Self {
        Error::new(Kind::MissingKey, msg!("err-required-key-missing", key = field), Some(msg!("err-add-key-help", key = field)))
    }
}

struct NodeDe<'a, 's> {
    node: &'a Node,
    text: &'a str,
    base: usize,
    sink: &'s RefCell<Vec<Issue>>,
}

impl<'a, 's> NodeDe<'a, 's> {
    fn child(&self, node: &'a Node) -> NodeDe<'a, 's> {
        NodeDe { node, text: self.text, base: self.base, sink: self.sink }
    }

    /// Record an error made at this node (once), and pass it on.
    fn finish<T>(&self, result: Result<T, Error>) -> Result<T, Error> {
        result.map_err(|mut e| {
            if !e.recorded {
                self.sink.borrow_mut().push(Issue { kind: e.kind, message: e.message.clone(), span: self.node.span, help: e.help.take() });
                e.recorded = true;
            }
            e
        })
    }

    fn fail<T>(&self, kind: Kind, message: Msg, help: Option<Msg>) -> Result<T, Error> {
        self.finish(Err(Error::new(kind, message, help)))
    }

    /// "expected `what`, found …" about this node.
    fn wrong_type<T>(&self, what: Msg, help: Option<Msg>) -> Result<T, Error> {
        self.fail(Kind::WrongType, msg!("err-wrong-type", expected = what, found = self.node.describe()), help)
    }

    /// The text of a scalar as written (for a string target given `2024` or `12.000`).
    fn source_text(&self) -> &'a str {
        let s = self.node.span;
        self.text.get(s.start() - self.base..s.end() - self.base).unwrap_or("")
    }
}

impl<'de> Deserializer<'de> for NodeDe<'de, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match &self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Int(i) => visitor.visit_i64(*i),
            Value::Float(x) => visitor.visit_f64(*x),
            Value::Str(s) => visitor.visit_borrowed_str(s),
            Value::Seq(items) => visitor.visit_seq(SeqDe { parent: &self, items: items.iter() }),
            Value::Map(entries) => visitor.visit_map(MapDe { parent: &self, entries: entries.iter(), fields: None, value: None }),
        };
        self.finish(result)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match &self.node.value {
            Value::Str(s) => visitor.visit_borrowed_str(s),
            // `title: 2024` is text to the writer: take the scalar as written.
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => visitor.visit_borrowed_str(self.source_text()),
            _ => return self.wrong_type(msg!("err-expected-text"), None),
        };
        self.finish(result)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Seq(items) => {
                let result = visitor.visit_seq(SeqDe { parent: &self, items: items.iter() });
                self.finish(result)
            }
            _ => self.wrong_type(msg!("err-expected-list"), Some(msg!("err-write-list-help"))),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Map(entries) => {
                let result = visitor.visit_map(MapDe { parent: &self, entries: entries.iter(), fields: Some(fields), value: None });
                self.finish(result)
            }
            _ => self.wrong_type(msg!("err-expected-mapping"), None),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Map(entries) => {
                let result = visitor.visit_map(MapDe { parent: &self, entries: entries.iter(), fields: None, value: None });
                self.finish(result)
            }
            _ => self.wrong_type(msg!("err-expected-mapping"), None),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        if name == SPAN_MARKER {
            let span = self.node.span;
            return visitor.visit_seq(SpanSeq { parent: self, step: 0, span });
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Str(s) => {
                let result = visitor.visit_enum(s.as_str().into_deserializer());
                self.finish(result)
            }
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let result = visitor.visit_enum(self.source_text().into_deserializer());
                self.finish(result)
            }
            _ => self.wrong_type(msg!("err-expected-word"), None),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit unit_struct tuple tuple_struct identifier
    }
}

struct SeqDe<'p, 'a, 's> {
    parent: &'p NodeDe<'a, 's>,
    items: std::slice::Iter<'a, Node>,
}

impl<'de> SeqAccess<'de> for SeqDe<'_, 'de, '_> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some(node) => seed.deserialize(self.parent.child(node)).map(Some),
            None => Ok(None),
        }
    }

    /// Exact: a list is made at its size, not grown (and left up to half empty).
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapDe<'p, 'a, 's> {
    parent: &'p NodeDe<'a, 's>,
    entries: std::slice::Iter<'a, (Node, Node)>,
    /// The keys a struct knows; others are reported and skipped.
    fields: Option<&'static [&'static str]>,
    value: Option<&'a Node>,
}

impl<'de> MapAccess<'de> for MapDe<'_, 'de, '_> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        for (key, value) in self.entries.by_ref() {
            if let Some(fields) = self.fields {
                let name = match &key.value {
                    Value::Str(s) => s.as_str(),
                    _ => "",
                };
                if !fields.contains(&name) {
                    let shown = if name.is_empty() { self.parent.child(key).source_text() } else { name };
                    let help = match did_you_mean(shown, fields.iter().copied()) {
                        Some(close) => msg!("err-did-you-mean", close = close),
                        None => msg!("err-known-keys", keys = fields.join(", ")),
                    };
                    self.parent.sink.borrow_mut().push(Issue {
                        kind: Kind::UnknownKey,
                        message: msg!("err-unknown-key", key = shown).into(),
                        span: key.span,
                        help: Some(help.into()),
                    });
                    continue;
                }
            }
            self.value = Some(value);
            return seed.deserialize(self.parent.child(key)).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let node = self.value.take().ok_or_else(|| de::Error::custom("internal: value without key"))?;
        seed.deserialize(self.parent.child(node))
    }
}

/// Feeds `Sp<T>`'s visitor: start, end, then the value itself.
struct SpanSeq<'a, 's> {
    parent: NodeDe<'a, 's>,
    step: u8,
    span: Span,
}

impl<'de> SeqAccess<'de> for SpanSeq<'de, '_> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.step += 1;
        match self.step {
            1 => seed.deserialize(self.span.start().into_deserializer()).map(Some),
            2 => seed.deserialize(self.span.end().into_deserializer()).map(Some),
            3 => seed.deserialize(self.parent.child(self.parent.node)).map(Some),
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Default)]
    #[serde(default)]
    struct Item {
        id: Field<String>,
        count: Field<u32>,
        tags: Field<Vec<Sp<String>>>,
        status: Field<Status>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "kebab-case")]
    enum Status {
        Planned,
        InProgress,
    }

    fn load(text: &str) -> (Result<Item, ()>, Vec<Issue>) {
        let node = parse(text, 0).expect("valid yaml");
        let leaked: &'static Node = Box::leak(Box::new(node));
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        from_node(leaked, text, 0)
    }

    #[test]
    fn values_carry_spans() {
        let text = "id: abc\ncount: 3\ntags: [x, y]\nstatus: in-progress\n";
        let (item, issues) = load(text);
        let item = item.unwrap();
        assert!(issues.is_empty(), "{issues:?}");
        let id = item.id.get().unwrap();
        assert_eq!(&text[id.span.start()..id.span.end()], "abc");
        let tags = item.tags.value().unwrap();
        assert_eq!(&text[tags[1].span.start()..tags[1].span.end()], "y");
        assert_eq!(item.status.value(), Some(&Status::InProgress));
    }

    #[test]
    fn every_problem_is_collected() {
        let text = "idd: abc\ncount: many\nstatus: busy\ntags: {a: 1}\n";
        let (item, issues) = load(text);
        let item = item.unwrap();
        let kinds: Vec<_> = issues.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, vec![Kind::UnknownKey, Kind::WrongType, Kind::BadValue, Kind::WrongType]);
        assert_eq!(issues[0].help.as_ref().map(ToString::to_string).as_deref(), Some("did you mean `id`?"));
        assert_eq!(&text[issues[1].span.start()..issues[1].span.end()], "many");
        assert_eq!(item.count, Field::Invalid);
        assert!(item.id.is_absent());
    }

    #[test]
    fn scalars_are_text_when_text_is_wanted() {
        let (item, _) = load("id: 12.000\n");
        assert_eq!(item.unwrap().id.value().map(String::as_str), Some("12.000"));
    }

    #[test]
    fn plain_scalars_resolve_like_yaml_1_2() {
        assert_eq!(resolve_plain("12"), Value::Int(12));
        assert_eq!(resolve_plain("-3"), Value::Int(-3));
        assert_eq!(resolve_plain("12.000"), Value::Float(12.0));
        assert_eq!(resolve_plain("1e3"), Value::Float(1000.0));
        assert_eq!(resolve_plain("~"), Value::Null);
        assert_eq!(resolve_plain("yes"), Value::Bool(true));
        assert_eq!(resolve_plain("2024-01-05"), Value::Str("2024-01-05".into()));
        assert_eq!(resolve_plain("CBS 2024/0012"), Value::Str("CBS 2024/0012".into()));
        assert_eq!(resolve_plain("e"), Value::Str("e".into()));
    }

    #[test]
    fn quoted_scalars_stay_text_and_spans_are_bytes() {
        let text = "a: \"12\"\nb: é\nc: &x [1, 2]\nd: *x\n";
        let node = parse(text, 10).unwrap();
        let Value::Map(entries) = &node.value else { panic!() };
        assert_eq!(entries[0].1.value, Value::Str("12".into()));
        let b = &entries[1].1;
        assert_eq!(&text[b.span.start() - 10..b.span.end() - 10], "é");
        assert_eq!(entries[3].1.value, entries[2].1.value);
    }

    #[test]
    fn duplicate_keys_and_second_documents_are_refused() {
        assert!(parse("a: 1\na: 2\n", 0).unwrap_err().message.to_string().contains("twice"));
        assert!(parse("a: 1\n---\nb: 2\n", 0).unwrap_err().message.to_string().contains("second"));
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for name in ['b', 'c', 'd', 'e', 'f', 'g', 'h'] {
            text.push_str(&format!(
                "{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = name;
        }
        assert!(parse(&text, 0).unwrap_err().message.to_string().contains("too many"));
    }

    #[test]
    fn the_usual_syntax_mistakes_have_their_own_message() {
        let id = |text: &str| parse(text, 0).unwrap_err().message.id();
        // A colon in a text, and the same after an unclosed bracket.
        assert_eq!(id("title: Actie: fietsen\n"), Some("err-yaml-colon"));
        assert_eq!(id("owners: [els, jan\ndepartment: x\n"), Some("err-yaml-bracket"));
        assert_eq!(id("a: 'een' twee\n"), Some("err-yaml-after-quote"));
        assert_eq!(id("a: b\n\tc: d\n"), Some("err-yaml-tab"));
        assert_eq!(id("a: @b\n"), Some("err-yaml-unexpected-character"));
        assert_eq!(id("a: [b]]\n"), Some("err-yaml-bracket"));
        assert_eq!(id("a:\n  - b\n c: d\n"), Some("err-yaml-indentation"));
        assert_eq!(id("a: \"b\n"), Some("err-yaml-unclosed-quote"));
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("a: [1\nb: 2\n", 0).unwrap_err();
        assert!(err.span.start() > 0);
        assert!(!err.message.to_string().contains("line"), "{}", err.message);
    }
}
