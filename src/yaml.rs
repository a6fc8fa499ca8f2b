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
use crate::source::Span;

/// A YAML value with its byte span in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    pub fn describe(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Bool(_) => "a yes/no value",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping (key: value)",
        }
    }
}

/// A YAML syntax error: the file cannot be read further.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

/// Parse YAML `text` (which starts at byte `base` of its file) into a tree.
pub fn parse(text: &str, base: usize) -> Result<Node, SyntaxError> {
    // serde-saphyr's default budget refuses alias bombs and runaway documents.
    match serde_saphyr::from_str::<serde_saphyr::Spanned<RawNode>>(text) {
        Ok(tree) => Ok(convert(tree, text, base)),
        Err(err) => {
            let plain = err.without_snippet().to_string();
            let message = strip_location_prefix(plain.lines().next().unwrap_or("invalid YAML"));
            let offset = err.location().map_or(0, |loc| byte_offset(text, &loc));
            Err(SyntaxError { message, span: Span::new(base + offset, base + offset) })
        }
    }
}

/// serde-saphyr says "error: line 2 column 1: message"; we print position ourselves.
fn strip_location_prefix(line: &str) -> String {
    let line = line.strip_prefix("error: ").unwrap_or(line);
    if line.starts_with("line ") {
        if let Some((_, rest)) = line.split_once(": ") {
            return rest.to_owned();
        }
    }
    match line.rfind(" at line ") {
        Some(i) => line[..i].to_owned(),
        None => line.to_owned(),
    }
}

fn byte_offset(text: &str, loc: &serde_saphyr::Location) -> usize {
    let span = loc.span();
    match span.byte_offset() {
        Some(b) if (b as usize) <= text.len() => b as usize,
        _ => text.char_indices().nth(span.offset() as usize).map_or(text.len(), |(i, _)| i),
    }
}

fn node_span(text: &str, loc: &serde_saphyr::Location, base: usize) -> Span {
    let start = byte_offset(text, loc);
    let len = loc.span().byte_len().map_or(0, |l| l as usize);
    let end = (start + len).min(text.len());
    Span::new(base + start, base + end)
}

/// What serde-saphyr gives us, before spans become ours.
enum RawNode {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<serde_saphyr::Spanned<RawNode>>),
    Map(Vec<(serde_saphyr::Spanned<RawNode>, serde_saphyr::Spanned<RawNode>)>),
}

fn convert(tree: serde_saphyr::Spanned<RawNode>, text: &str, base: usize) -> Node {
    let span = node_span(text, &tree.referenced, base);
    let value = match tree.value {
        RawNode::Null => Value::Null,
        RawNode::Bool(b) => Value::Bool(b),
        RawNode::Int(i) => Value::Int(i),
        RawNode::Float(f) => Value::Float(f),
        RawNode::Str(s) => Value::Str(s),
        RawNode::Seq(items) => Value::Seq(items.into_iter().map(|n| convert(n, text, base)).collect()),
        RawNode::Map(entries) => Value::Map(
            entries.into_iter().map(|(k, v)| (convert(k, text, base), convert(v, text, base))).collect(),
        ),
    };
    // A mapping's span from serde-saphyr is its first token; widen it to the
    // whole extent of its children so "missing key" points at the item.
    Node { value, span }
}

impl<'de> Deserialize<'de> for RawNode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawNode;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<RawNode, E> {
                Ok(RawNode::Null)
            }
            fn visit_none<E>(self) -> Result<RawNode, E> {
                Ok(RawNode::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawNode, D::Error> {
                RawNode::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<RawNode, E> {
                Ok(RawNode::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawNode, E> {
                Ok(RawNode::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawNode, E> {
                Ok(i64::try_from(v).map_or(RawNode::Float(v as f64), RawNode::Int))
            }
            fn visit_i128<E>(self, v: i128) -> Result<RawNode, E> {
                Ok(i64::try_from(v).map_or(RawNode::Float(v as f64), RawNode::Int))
            }
            fn visit_u128<E>(self, v: u128) -> Result<RawNode, E> {
                Ok(i64::try_from(v).map_or(RawNode::Float(v as f64), RawNode::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<RawNode, E> {
                Ok(RawNode::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<RawNode, E> {
                Ok(RawNode::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<RawNode, E> {
                Ok(RawNode::Str(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<RawNode, A::Error> {
                let mut items = Vec::new();
                while let Some(x) = a.next_element()? {
                    items.push(x);
                }
                Ok(RawNode::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<RawNode, A::Error> {
                let mut entries = Vec::new();
                while let Some(k) = a.next_key()? {
                    entries.push((k, a.next_value()?));
                }
                Ok(RawNode::Map(entries))
            }
        }
        d.deserialize_any(V)
    }
}

// ---------------------------------------------------------------------------
// Typed fields with spans

/// A value with the span it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sp<T> {
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
pub enum Field<T> {
    #[default]
    Absent,
    Invalid,
    Present(Sp<T>),
}

impl<T> Field<T> {
    pub fn get(&self) -> Option<&Sp<T>> {
        match self {
            Field::Present(v) => Some(v),
            _ => None,
        }
    }

    pub fn value(&self) -> Option<&T> {
        self.get().map(|sp| &sp.value)
    }

    pub fn span(&self) -> Option<Span> {
        self.get().map(|sp| sp.span)
    }

    pub fn is_absent(&self) -> bool {
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
pub struct Issue {
    pub kind: Kind,
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

/// Deserialize a `T` from `node`, collecting every problem. `Err(())` means the
/// value as a whole could not be made (its problems are in the issues).
pub fn from_node<'a, T: Deserialize<'a>>(node: &'a Node, text: &'a str, base: usize) -> (Result<T, ()>, Vec<Issue>) {
    let sink = RefCell::new(Vec::new());
    let result = T::deserialize(NodeDe { node, text, base, sink: &sink }).map_err(|_| ());
    (result, sink.into_inner())
}

#[derive(Debug)]
pub struct Error {
    kind: Kind,
    message: String,
    help: Option<String>,
    recorded: bool,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error { kind: Kind::BadValue, message: msg.to_string(), help: None, recorded: false }
    }

    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let found = match unexp {
            de::Unexpected::Seq => "a list".to_owned(),
            de::Unexpected::Map => "a mapping (key: value)".to_owned(),
            de::Unexpected::Unit => "nothing".to_owned(),
            de::Unexpected::Str(s) => format!("the text \"{s}\""),
            de::Unexpected::Signed(i) => format!("the number {i}"),
            de::Unexpected::Unsigned(i) => format!("the number {i}"),
            de::Unexpected::Float(x) => format!("the number {x}"),
            de::Unexpected::Bool(b) => format!("the value {b}"),
            other => other.to_string(),
        };
        Error { kind: Kind::WrongType, message: format!("expected {exp}, found {found}"), help: None, recorded: false }
    }

    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error { kind: Kind::BadValue, message: format!("invalid value {unexp}, expected {exp}"), help: None, recorded: false }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error {
            kind: Kind::BadValue,
            message: format!("`{variant}` is not an allowed value"),
            help: Some(crate::diag::suggest_or_list(variant, expected)),
            recorded: false,
        }
    }

    fn missing_field(field: &'static str) -> Self {
        Error { kind: Kind::MissingKey, message: format!("the required key `{field}` is missing"), help: Some(format!("add `{field}:`")), recorded: false }
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

    fn fail<T>(&self, kind: Kind, message: String, help: Option<String>) -> Result<T, Error> {
        self.finish(Err(Error { kind, message, help, recorded: false }))
    }

    /// The text of a scalar as written (for a string target given `2024` or `12.000`).
    fn source_text(&self) -> &'a str {
        let s = self.node.span;
        self.text.get(s.start - self.base..s.end - self.base).unwrap_or("")
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
            _ => return self.fail(Kind::WrongType, format!("expected text, found {}", self.node.describe()), None),
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
            _ => self.fail(
                Kind::WrongType,
                format!("expected a list, found {}", self.node.describe()),
                Some("write a list as `[a, b]` or as lines starting with `- `".into()),
            ),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _name: &'static str, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Map(entries) => {
                let result = visitor.visit_map(MapDe { parent: &self, entries: entries.iter(), fields: Some(fields), value: None });
                self.finish(result)
            }
            _ => self.fail(Kind::WrongType, format!("expected a mapping (key: value), found {}", self.node.describe()), None),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Map(entries) => {
                let result = visitor.visit_map(MapDe { parent: &self, entries: entries.iter(), fields: None, value: None });
                self.finish(result)
            }
            _ => self.fail(Kind::WrongType, format!("expected a mapping (key: value), found {}", self.node.describe()), None),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        if name == SPAN_MARKER {
            let span = self.node.span;
            return visitor.visit_seq(SpanSeq { parent: self, step: 0, span });
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Str(s) => {
                let result = visitor.visit_enum(s.as_str().into_deserializer());
                self.finish(result)
            }
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let result = visitor.visit_enum(self.source_text().into_deserializer());
                self.finish(result)
            }
            _ => self.fail(Kind::WrongType, format!("expected one word, found {}", self.node.describe()), None),
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
                        Some(close) => format!("did you mean `{close}`?"),
                        None => format!("known keys here: {}", fields.join(", ")),
                    };
                    self.parent.sink.borrow_mut().push(Issue {
                        kind: Kind::UnknownKey,
                        message: format!("unknown key `{shown}`"),
                        span: key.span,
                        help: Some(help),
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
            1 => seed.deserialize(self.span.start.into_deserializer()).map(Some),
            2 => seed.deserialize(self.span.end.into_deserializer()).map(Some),
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
        assert_eq!(&text[id.span.start..id.span.end], "abc");
        let tags = item.tags.value().unwrap();
        assert_eq!(&text[tags[1].span.start..tags[1].span.end], "y");
        assert_eq!(item.status.value(), Some(&Status::InProgress));
    }

    #[test]
    fn every_problem_is_collected() {
        let text = "idd: abc\ncount: many\nstatus: busy\ntags: {a: 1}\n";
        let (item, issues) = load(text);
        let item = item.unwrap();
        let kinds: Vec<_> = issues.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, vec![Kind::UnknownKey, Kind::WrongType, Kind::BadValue, Kind::WrongType]);
        assert_eq!(issues[0].help.as_deref(), Some("did you mean `id`?"));
        assert_eq!(&text[issues[1].span.start..issues[1].span.end], "many");
        assert_eq!(item.count, Field::Invalid);
        assert!(item.id.is_absent());
    }

    #[test]
    fn scalars_are_text_when_text_is_wanted() {
        let (item, _) = load("id: 12.000\n");
        assert_eq!(item.unwrap().id.value().map(String::as_str), Some("12.000"));
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("a: [1\nb: 2\n", 0).unwrap_err();
        assert!(err.span.start > 0);
        assert!(!err.message.contains("line"), "{}", err.message);
    }
}
