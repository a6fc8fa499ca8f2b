//! Readings of what a file shows that its text in document order does not:
//! HTML as a browser decodes it (character references without `;`), the
//! text of an SVG drawing or a PDF page in the order it is placed (runs
//! drawn out of order, a run reversed by a bidi override), the string
//! literals of a spreadsheet formula joined, and the values of one record
//! (a CSV or sheet row, a JSON object) side by side.

use std::cell::RefCell;

/// Elements a browser shows inside a line of text: a name split by one
/// (`Sofie Vander<b>meulen</b>`) reads as one word.
const HTML_INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
    "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    "wbr",
];

struct HtmlSink {
    body: RefCell<String>,
    attrs: RefCell<String>,
}

impl html5ever::tokenizer::TokenSink for HtmlSink {
    type Handle = ();

    fn process_token(&self, token: html5ever::tokenizer::Token, _line: u64) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        match token {
            Token::CharacterTokens(t) => self.body.borrow_mut().push_str(&t),
            Token::TagToken(tag) => {
                let mut attrs = self.attrs.borrow_mut();
                for a in &tag.attrs {
                    if !a.value.trim().is_empty() {
                        attrs.push_str(&a.value);
                        attrs.push('\n');
                    }
                }
                let name: &str = &tag.name;
                if !HTML_INLINE.contains(&name) {
                    self.body.borrow_mut().push('\n');
                }
                if tag.kind == TagKind::StartTag {
                    return match name {
                        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" => TokenSinkResult::RawData(RawKind::Rawtext),
                        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                        "plaintext" => TokenSinkResult::Plaintext,
                        _ => TokenSinkResult::Continue,
                    };
                }
            }
            Token::CommentToken(t) => {
                let mut attrs = self.attrs.borrow_mut();
                attrs.push_str(&t);
                attrs.push('\n');
            }
            _ => {}
        }
        html5ever::tokenizer::TokenSinkResult::Continue
    }
}

/// An HTML file's text and attribute values as a browser decodes them
/// (html5ever's tokenizer: character references with or without `;`,
/// the legacy named ones such as `&eacute` included), a line break at
/// every element that is not inline.
pub(super) fn html_text(html: &str) -> (String, String) {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let sink = HtmlSink { body: RefCell::new(String::with_capacity(html.len())), attrs: RefCell::new(String::new()) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let sink = tokenizer.sink;
    (sink.body.into_inner(), sink.attrs.into_inner())
}

/// True when the bytes are text: a byte order mark, or UTF-8 without
/// control characters but tabs, line ends and form feeds.
pub(super) fn is_text(bytes: &[u8]) -> bool {
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return true;
    }
    std::str::from_utf8(bytes).is_ok() && !bytes.iter().any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
}

/// The values of one record that may be a given name or a surname: one
/// to four words of letters (and `-`, `'`, `.`), no digits.
fn name_like(value: &str) -> bool {
    let v = value.trim();
    let letters = v.chars().filter(|c| c.is_alphabetic()).count();
    (2..=60).contains(&v.chars().count())
        && letters >= 2
        && v.split_whitespace().count() <= 4
        && v.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
}

/// At most this many values of one record are paired.
const RECORD_VALUES: usize = 16;

/// The name-like values of one record two by two, in the order given (a
/// line each): a given name and a surname in two fields of one record
/// (`Sofie;Milieudienst;Vandermeulen`) read as `Sofie Vandermeulen`, and
/// surname first as the guard reads a surname first. Only pairs: the
/// values are never run together, which would join unrelated words.
fn record_pairs<'a>(values: impl Iterator<Item = &'a str>, out: &mut String) {
    let values: Vec<&str> = values.map(str::trim).filter(|v| name_like(v)).take(RECORD_VALUES).collect();
    for (i, a) in values.iter().enumerate() {
        for b in &values[i + 1..] {
            out.push_str(a);
            out.push(' ');
            out.push_str(b);
            out.push('\n');
        }
    }
}

/// The rows of a CSV or TSV file, each as [`record_pairs`]; the separator
/// is the one of `;`, `,` and tab its first line has most of.
pub(super) fn csv_records(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    let separator = [b';', b',', b'\t'].into_iter().max_by_key(|&s| first.bytes().filter(|&b| b == s).count()).unwrap_or(b';');
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text.as_bytes());
    let mut out = String::new();
    for record in reader.records().flatten() {
        record_pairs(record.iter(), &mut out);
    }
    out
}

/// Every JSON object's string values (its own, not those of the objects
/// inside it), each object as [`record_pairs`].
pub(super) fn json_records(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_records(v, out)),
        serde_json::Value::Object(map) => {
            record_pairs(map.values().filter_map(serde_json::Value::as_str), out);
            map.values().for_each(|v| json_records(v, out));
        }
        _ => {}
    }
}

/// The rows of every sheet of a workbook (xlsx, ods), each as
/// [`record_pairs`]. Empty when calamine cannot open it.
pub(super) fn sheet_records(bytes: &[u8]) -> String {
    use calamine::{DataType, Reader};
    let mut out = String::new();
    let Ok(mut book) = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)) else { return out };
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else { continue };
        for row in range.rows() {
            record_pairs(row.iter().filter_map(|c| c.get_string()), &mut out);
        }
    }
    out
}

/// The string literals of a spreadsheet formula joined, as the cell shows
/// them: `"Sofie Vander"&"meulen"` and `CONCAT("Sofie ";"Vandermeulen")`
/// read `Sofie Vandermeulen`. Empty when it has fewer than two.
pub(super) fn formula_literals(formula: &str) -> String {
    let mut out = String::new();
    let mut chars = formula.chars().peekable();
    let mut count = 0;
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        count += 1;
        while let Some(d) = chars.next() {
            if d == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    out.push('"');
                    continue;
                }
                break;
            }
            out.push(d);
        }
    }
    if count < 2 {
        out.clear();
    }
    // And the formula worked out on its literals ([`formula_value`]), when
    // it says more than the literals joined.
    if count > 0
        && let Some(value) = formula_value(formula)
        && value != out
        && value.chars().any(char::is_alphabetic)
    {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&value);
    }
    out
}

/// A formula's text worked out from its literals, as the cell shows it:
/// `&`, and the text functions `SUBSTITUTE`, `REPLACE`, `MID`, `LEFT`,
/// `RIGHT`, `CONCATENATE`/`CONCAT`, `TEXTJOIN`, `LOWER`, `UPPER`, `PROPER`,
/// `TRIM`, `CHAR`/`UNICHAR`, `REPT`, `T`, `TEXT`. A cell reference or any
/// other function reads as empty text (so `SUBSTITUTE("Sofie VanderXmeulen";
/// "X"; A1)` reads with the `X` taken out). `None` when it cannot be read.
pub(super) fn formula_value(formula: &str) -> Option<String> {
    #[derive(Debug, Clone, PartialEq)]
    enum Tok {
        Str(String),
        Num(f64),
        Name(String),
        Open,
        Close,
        Sep,
        Amp,
        Other,
    }
    let mut toks = Vec::new();
    let chars: Vec<char> = formula.trim_start_matches("of:").trim_start_matches('=').chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        match c {
            '"' => {
                let mut s = String::new();
                k += 1;
                while k < chars.len() {
                    if chars[k] == '"' {
                        if chars.get(k + 1) == Some(&'"') {
                            s.push('"');
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    s.push(chars[k]);
                    k += 1;
                }
                toks.push(Tok::Str(s));
                k += 1;
            }
            '(' => {
                toks.push(Tok::Open);
                k += 1;
            }
            ')' => {
                toks.push(Tok::Close);
                k += 1;
            }
            ',' | ';' => {
                toks.push(Tok::Sep);
                k += 1;
            }
            '&' => {
                toks.push(Tok::Amp);
                k += 1;
            }
            c if c.is_whitespace() => k += 1,
            c if c.is_ascii_digit() => {
                let start = k;
                while k < chars.len() && (chars[k].is_ascii_digit() || chars[k] == '.') {
                    k += 1;
                }
                toks.push(Tok::Num(chars[start..k].iter().collect::<String>().parse().unwrap_or(0.0)));
            }
            c if c.is_alphanumeric() || matches!(c, '_' | '.' | '$' | '[' | ']' | ':' | '!' | '\'') => {
                let start = k;
                while k < chars.len() && (chars[k].is_alphanumeric() || matches!(chars[k], '_' | '.' | '$' | '[' | ']' | ':' | '!' | '\''))
                {
                    k += 1;
                }
                toks.push(Tok::Name(chars[start..k].iter().collect::<String>().to_ascii_uppercase()));
            }
            _ => {
                toks.push(Tok::Other);
                k += 1;
            }
        }
    }
    if toks.len() > 4096 {
        return None;
    }
    struct P {
        toks: Vec<Tok>,
        at: usize,
        depth: usize,
    }
    fn num(v: &str) -> Option<f64> {
        v.trim().parse().ok()
    }
    fn take(v: &str, from: usize, n: usize) -> String {
        v.chars().skip(from).take(n).collect()
    }
    impl P {
        fn expr(&mut self) -> Option<String> {
            let mut out = self.term()?;
            while self.toks.get(self.at) == Some(&Tok::Amp) {
                self.at += 1;
                out.push_str(&self.term()?);
            }
            Some(out)
        }
        fn term(&mut self) -> Option<String> {
            self.depth += 1;
            if self.depth > 64 {
                return None;
            }
            let tok = self.toks.get(self.at).cloned()?;
            self.at += 1;
            let out = match tok {
                Tok::Str(s) => Some(s),
                Tok::Num(n) => Some(if n.fract() == 0.0 { format!("{}", n as i64) } else { n.to_string() }),
                Tok::Open => {
                    let v = self.expr()?;
                    (self.toks.get(self.at) == Some(&Tok::Close)).then(|| self.at += 1)?;
                    Some(v)
                }
                Tok::Name(name) if self.toks.get(self.at) == Some(&Tok::Open) => {
                    self.at += 1;
                    let mut args = Vec::new();
                    if self.toks.get(self.at) == Some(&Tok::Close) {
                        self.at += 1;
                    } else {
                        loop {
                            args.push(self.expr()?);
                            match self.toks.get(self.at) {
                                Some(Tok::Sep) => self.at += 1,
                                Some(Tok::Close) => {
                                    self.at += 1;
                                    break;
                                }
                                _ => return None,
                            }
                        }
                    }
                    Some(call(name.trim_start_matches("_XLFN.").trim_start_matches("COM.MICROSOFT."), &args))
                }
                // A reference, a name, an operator: no text the guard knows.
                Tok::Name(_) | Tok::Other => Some(String::new()),
                Tok::Close | Tok::Sep | Tok::Amp => None,
            };
            // Operators other than `&` (`+`, `=`, `<`) and what follows them.
            while matches!(self.toks.get(self.at), Some(Tok::Other)) {
                self.at += 1;
                self.term()?;
            }
            self.depth -= 1;
            out
        }
    }
    fn call(name: &str, a: &[String]) -> String {
        let arg = |k: usize| a.get(k).cloned().unwrap_or_default();
        let n = |k: usize| a.get(k).and_then(|v| num(v));
        match name {
            "SUBSTITUTE" => {
                let (text, old, new) = (arg(0), arg(1), arg(2));
                if old.is_empty() {
                    return text;
                }
                match n(3) {
                    Some(which) if which >= 1.0 => {
                        let mut out = String::new();
                        let mut rest = text.as_str();
                        let mut seen = 0;
                        while let Some(p) = rest.find(&old) {
                            seen += 1;
                            out.push_str(&rest[..p]);
                            out.push_str(if seen == which as usize { &new } else { &old });
                            rest = &rest[p + old.len()..];
                        }
                        out.push_str(rest);
                        out
                    }
                    _ => text.replace(&old, &new),
                }
            }
            "REPLACE" => {
                let text = arg(0);
                let (Some(start), Some(len)) = (n(1), n(2)) else { return text };
                let start = (start.max(1.0) as usize) - 1;
                format!("{}{}{}", take(&text, 0, start), arg(3), text.chars().skip(start + len.max(0.0) as usize).collect::<String>())
            }
            "MID" => match (n(1), n(2)) {
                (Some(s), Some(l)) => take(&arg(0), (s.max(1.0) as usize) - 1, l.max(0.0) as usize),
                _ => arg(0),
            },
            "LEFT" => take(&arg(0), 0, n(1).unwrap_or(1.0).max(0.0) as usize),
            "RIGHT" => {
                let t = arg(0);
                let len = t.chars().count();
                take(&t, len.saturating_sub(n(1).unwrap_or(1.0).max(0.0) as usize), len)
            }
            "CONCATENATE" | "CONCAT" => a.concat(),
            "TEXTJOIN" => a.get(2..).map(|v| v.join(&arg(0))).unwrap_or_default(),
            "LOWER" => arg(0).to_lowercase(),
            "UPPER" => arg(0).to_uppercase(),
            "PROPER" => arg(0),
            "TRIM" => arg(0).split_whitespace().collect::<Vec<_>>().join(" "),
            "CHAR" | "UNICHAR" => n(0).and_then(|c| char::from_u32(c as u32)).map(String::from).unwrap_or_default(),
            "REPT" => arg(0).repeat((n(1).unwrap_or(1.0).clamp(0.0, 64.0)) as usize),
            "T" | "TEXT" | "CLEAN" | "IF" | "IFERROR" => a.concat(),
            _ => String::new(),
        }
    }
    let mut p = P { toks, at: 0, depth: 0 };
    let value = p.expr()?;
    (p.at == p.toks.len()).then_some(value)
}

/// A number format as shown on a cell (Excel's `formatCode`): its
/// literals (`"…"`, `\x`, and the signs shown as they are) with the cell's
/// text for `@`, each section a line; digit and date codes, colours and
/// conditions (`[Red]`), fills (`*x`) left out, `_x` a space.
pub(super) fn number_format_shown(code: &str, text: &str) -> String {
    let mut out = String::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.extend(chars.by_ref().take_while(|&d| d != '"')),
            '\\' => out.extend(chars.next()),
            '_' => {
                chars.next();
                out.push(' ');
            }
            '*' => {
                chars.next();
            }
            '[' => {
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                }
            }
            '@' => out.push_str(text),
            ';' => out.push('\n'),
            ' ' | '-' | '(' | ')' | ':' | '$' | '+' | '/' | '!' | '^' | '&' | '\'' | '~' | '{' | '}' | '<' | '>' | '=' => out.push(c),
            _ => {}
        }
    }
    out
}

/// The number formats of a workbook (`xl/styles.xml`) that show text of
/// their own, as shown on each text value of the workbook: a literal
/// (`"Contact: Sofie Vander"@`) joined with the cell's text. Every such
/// format with every text value (at most 16 formats and 5,000 values), not
/// only the cells that use it; and each format's literals alone.
pub(super) fn sheet_formats(bytes: &[u8]) -> String {
    use calamine::{DataType, Reader};
    use std::io::Read;
    let mut out = String::new();
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else { return out };
    let mut styles = Vec::new();
    match archive.by_name("xl/styles.xml") {
        Ok(member) => {
            let _ = member.take(16 << 20).read_to_end(&mut styles);
        }
        Err(_) => return out,
    }
    let mut codes = Vec::new();
    let mut reader = quick_xml::Reader::from_reader(styles.as_slice());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e)) | Ok(quick_xml::events::Event::Empty(e)) if e.local_name().as_ref() == b"numFmt" => {
                if let Some(code) = e
                    .attributes()
                    .with_checks(false)
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == b"formatCode")
                    .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                    && (code.contains('"') || code.contains('\\'))
                    && codes.len() < 16
                {
                    codes.push(code);
                }
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    if codes.is_empty() {
        return out;
    }
    for code in &codes {
        out.push_str(&number_format_shown(code, ""));
        out.push('\n');
    }
    let with_text: Vec<&String> = codes.iter().filter(|c| c.contains('@')).collect();
    if with_text.is_empty() {
        return out;
    }
    let Ok(mut book) = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)) else { return out };
    let mut values = 0;
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else { continue };
        for value in range.cells().filter_map(|(_, _, c)| c.get_string().map(str::to_owned)) {
            values += 1;
            if values > 5_000 {
                return out;
            }
            for code in &with_text {
                out.push_str(&number_format_shown(code, &value));
                out.push('\n');
            }
        }
    }
    out
}

/// The text of a sheet's print headers and footers (`oddHeader`,
/// `evenFooter`...) as printed: Excel's codes taken out (`&L`, `&C`, `&R`
/// start a section, a line here; `&B`, `&I`, `&U`, `&E`, `&S`, `&X`, `&Y`,
/// `&O`, `&H`, `&"font,style"`, `&12` sizes and `&K` colours format; `&P`,
/// `&N`, `&D`, `&T`, `&Z`, `&F`, `&A`, `&G` are fields; `&&` is `&`).
pub(super) fn sheet_headers(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut inside = false;
    let mut raw = String::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e)) => {
                inside = matches!(
                    e.local_name().as_ref(),
                    b"oddHeader" | b"oddFooter" | b"evenHeader" | b"evenFooter" | b"firstHeader" | b"firstFooter"
                );
            }
            Ok(quick_xml::events::Event::Text(t)) if inside => raw.push_str(&String::from_utf8_lossy(&t)),
            Ok(quick_xml::events::Event::GeneralRef(r)) if inside => {
                let text = crate::asset_text::ref_text(&r);
                raw.push_str(&text);
            }
            Ok(quick_xml::events::Event::End(_)) if inside => {
                inside = false;
                out.push_str(&header_codes_out(&raw));
                out.push('\n');
                raw.clear();
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

fn header_codes_out(raw: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = raw.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        if chars[k] != '&' {
            out.push(chars[k]);
            k += 1;
            continue;
        }
        k += 1;
        match chars.get(k).copied() {
            Some('&') => {
                out.push('&');
                k += 1;
            }
            Some('L' | 'C' | 'R') => {
                out.push('\n');
                k += 1;
            }
            Some('"') => {
                k += 1;
                while k < chars.len() && chars[k] != '"' {
                    k += 1;
                }
                k += 1;
            }
            Some('K') => {
                k += 1;
                // `&KRRGGBB`, or a theme colour `&KTTSNNN`.
                let mut n = 0;
                while n < 6 && k < chars.len() && (chars[k].is_ascii_hexdigit() || matches!(chars[k], '+' | '-')) {
                    k += 1;
                    n += 1;
                }
            }
            Some(d) if d.is_ascii_digit() => {
                while k < chars.len() && chars[k].is_ascii_digit() {
                    k += 1;
                }
            }
            Some('P' | 'N' | 'D' | 'T' | 'Z' | 'F' | 'A' | 'G') => {
                out.push(' ');
                k += 1;
            }
            Some(_) => k += 1,
            None => {}
        }
    }
    out
}

/// One run of text placed in a drawing or on a page.
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub y: f64,
    pub x: f64,
    pub text: String,
    /// Not shown: in an SVG element hidden or never drawn (`display:
    /// none`, `<defs>`), in a PDF run drawn invisible (`3 Tr`) or under
    /// 1 pt, or replaced by its marked content's `/ActualText`.
    pub hidden: bool,
}

/// The runs shown ([`Run::hidden`] left out) as lines, parts joined: what
/// the viewer shows, a word split by hidden text joined again.
pub(super) fn shown_lines(runs: &[Run], y_down: bool) -> String {
    placed_lines(runs.iter().filter(|r| !r.hidden).cloned().collect(), y_down).0
}

/// True when an SVG presentation attribute or style property hides what
/// it is on: `display: none`, `visibility: hidden`, `opacity: 0`,
/// `fill-opacity: 0`, `font-size: 0` (any unit).
fn svg_hides(property: &str, value: &str) -> bool {
    let value = value.trim().trim_end_matches("!important").trim().to_ascii_lowercase();
    let zero = || {
        let number: String = value.chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-' || *c == '+').collect();
        number.parse::<f64>().is_ok_and(|n| n <= 0.0)
    };
    match property.trim().to_ascii_lowercase().as_str() {
        "display" => value == "none",
        "visibility" => value == "hidden" || value == "collapse",
        "opacity" | "fill-opacity" | "font-size" => zero(),
        _ => false,
    }
}

/// SVG elements never drawn where they are (`<use>` draws what is in
/// them elsewhere).
const SVG_NOT_DRAWN: &[&[u8]] = &[
    b"defs",
    b"symbol",
    b"clipPath",
    b"mask",
    b"pattern",
    b"marker",
    b"linearGradient",
    b"radialGradient",
    b"filter",
    b"title",
    b"desc",
    b"metadata",
    b"style",
    b"script",
];

/// Runs as lines: the runs on one baseline (within half a point) in the
/// order their `x` places them, glued and with a space between them.
pub(super) fn placed_lines(mut runs: Vec<Run>, y_down: bool) -> (String, String) {
    // Stable: runs at the same place stay in the order written.
    runs.sort_by(|a, b| {
        let (ya, yb) = if y_down { (a.y, b.y) } else { (-a.y, -b.y) };
        ya.total_cmp(&yb)
    });
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (line[0].y - run.y).abs() <= 0.5 => line.push(run),
            _ => lines.push(vec![run]),
        }
    }
    let (mut glued, mut spaced) = (String::new(), String::new());
    for mut line in lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        for (k, run) in line.iter().enumerate() {
            glued.push_str(&run.text);
            if k > 0 {
                spaced.push(' ');
            }
            spaced.push_str(&run.text);
        }
        glued.push('\n');
        spaced.push('\n');
    }
    (glued, spaced)
}

/// The text of an SVG drawing line by line as it is placed: the runs of
/// `<text>` and `<tspan>` (and each character given an `x` of its own)
/// ordered by `y`, then `x`; a run under `unicode-bidi: bidi-override` with
/// `direction: rtl` reversed, as drawn; the text of an element a `<use
/// href="#id">` draws, placed again at the `use`'s `x` and `y`. Transforms
/// are not applied. Returns the lines parts joined, with a space between
/// parts, and as shown (parts joined, hidden and never-drawn runs left out,
/// [`svg_hides`], [`SVG_NOT_DRAWN`]). `None` when it is not XML or has no
/// text.
pub(super) fn svg_lines(bytes: &[u8]) -> Option<(String, String, String)> {
    use quick_xml::events::Event;
    #[derive(Clone, Copy, Default)]
    struct Frame {
        text: bool,
        /// Hidden or never drawn here (inherited).
        hidden: bool,
        /// `direction: rtl` (inherited).
        rtl: bool,
        /// Under a bidi override in a right-to-left direction: drawn reversed.
        reversed: bool,
    }
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    // Elements with an `id` open now (with the first run of theirs), and
    // the runs of each by id; the `<use>`s: (id, x, y, hidden).
    let mut open_ids: Vec<(Option<String>, usize)> = Vec::new();
    let mut by_id: std::collections::HashMap<String, std::ops::Range<usize>> = std::collections::HashMap::new();
    let mut uses: Vec<(String, f64, f64, bool)> = Vec::new();
    // The pen: where the next character goes, and the x positions given
    // for the next characters one by one.
    let (mut pen_x, mut pen_y) = (0.0f64, 0.0f64);
    let mut xs: Vec<f64> = Vec::new();
    let mut step = 0.0f64;
    let numbers = |v: &str| -> Vec<f64> { v.split(|c: char| c == ',' || c.is_whitespace()).filter_map(|n| n.parse().ok()).collect() };
    let push_text =
        |text: &str, (rtl, hidden): (bool, bool), runs: &mut Vec<Run>, pen_x: &mut f64, pen_y: f64, xs: &mut Vec<f64>, step: &mut f64| {
            let mut chars: Vec<char> = text.chars().collect();
            if rtl {
                chars.reverse();
            }
            let mut current = String::new();
            for c in chars {
                if !xs.is_empty() {
                    let x = xs.remove(0);
                    if !current.is_empty() {
                        runs.push(Run { y: pen_y, x: *pen_x + *step, text: std::mem::take(&mut current), hidden });
                    }
                    *pen_x = x;
                    *step = 0.0;
                }
                current.push(c);
            }
            if !current.is_empty() {
                runs.push(Run { y: pen_y, x: *pen_x + *step, text: current, hidden });
                // Text that follows without a position of its own goes after.
                *step += 1e-3;
            }
        };
    loop {
        let event = reader.read_event_into(&mut buf);
        match event {
            Ok(Event::Start(ref e)) | Ok(Event::Empty(ref e)) => {
                let name = e.local_name();
                let parent = stack.last().copied().unwrap_or_default();
                let mut frame = parent;
                frame.hidden |= SVG_NOT_DRAWN.contains(&name.as_ref());
                let mut id = None;
                let mut use_at = (None, 0.0f64, 0.0f64);
                for a in e.attributes().with_checks(false).flatten() {
                    let key = a.key.local_name();
                    let value = a.unescape_value().map(|v| v.into_owned()).unwrap_or_default();
                    match key.as_ref() {
                        b"style" => {
                            frame.hidden |= value.split(';').filter_map(|d| d.split_once(':')).any(|(k, v)| svg_hides(k, v));
                        }
                        b"id" => id = Some(value.trim().to_owned()),
                        b"href" if name.as_ref() == b"use" => use_at.0 = value.trim().strip_prefix('#').map(str::to_owned),
                        b"x" if name.as_ref() == b"use" => use_at.1 = numbers(&value).first().copied().unwrap_or(0.0),
                        b"y" if name.as_ref() == b"use" => use_at.2 = numbers(&value).first().copied().unwrap_or(0.0),
                        k => frame.hidden |= svg_hides(&String::from_utf8_lossy(k), &value),
                    }
                }
                if let (Some(target), x, y) = use_at {
                    uses.push((target, x, y, frame.hidden));
                }
                if matches!(name.as_ref(), b"text" | b"tspan" | b"textPath" | b"a") && (name.as_ref() == b"text" || parent.text) {
                    frame.text = true;
                    let (mut direction, mut override_) = (None, None);
                    for a in e.attributes().with_checks(false).flatten() {
                        let value = a.unescape_value().map(|v| v.into_owned()).unwrap_or_default();
                        match a.key.local_name().as_ref() {
                            b"x" => {
                                xs = numbers(&value);
                                step = 0.0;
                            }
                            b"y" => {
                                if let Some(&y) = numbers(&value).first() {
                                    pen_y = y;
                                }
                            }
                            b"direction" => direction = Some(value.trim().eq_ignore_ascii_case("rtl")),
                            b"unicode-bidi" => override_ = Some(value.to_ascii_lowercase().contains("override")),
                            b"style" => {
                                for decl in value.split(';') {
                                    if let Some((k, v)) = decl.split_once(':') {
                                        match k.trim().to_ascii_lowercase().as_str() {
                                            "direction" => direction = Some(v.trim().eq_ignore_ascii_case("rtl")),
                                            "unicode-bidi" => override_ = Some(v.to_ascii_lowercase().contains("override")),
                                            _ => {}
                                        }
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    if name.as_ref() == b"text" && xs.is_empty() {
                        pen_x = 0.0;
                        step = 0.0;
                    }
                    frame.rtl = direction.unwrap_or(parent.rtl);
                    frame.reversed = parent.reversed || (override_ == Some(true) && frame.rtl);
                } else if !parent.text {
                    frame.text = false;
                }
                if matches!(event, Ok(Event::Start(_))) {
                    stack.push(frame);
                    open_ids.push((id, runs.len()));
                }
            }
            Ok(Event::End(_)) => {
                stack.pop();
                if let Some((Some(id), first)) = open_ids.pop() {
                    by_id.entry(id).or_insert(first..runs.len());
                }
            }
            Ok(Event::Text(ref t)) => {
                if let Some(frame) = stack.last().copied().filter(|f| f.text) {
                    let text = String::from_utf8_lossy(t).into_owned();
                    push_text(&text, (frame.reversed, frame.hidden), &mut runs, &mut pen_x, pen_y, &mut xs, &mut step);
                }
            }
            Ok(Event::GeneralRef(ref r)) => {
                if let Some(frame) = stack.last().copied().filter(|f| f.text) {
                    let text = crate::asset_text::ref_text(r);
                    push_text(&text, (frame.reversed, frame.hidden), &mut runs, &mut pen_x, pen_y, &mut xs, &mut step);
                }
            }
            Ok(Event::Eof) => break,
            Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
    // What each `<use>` draws, where it draws it.
    for (target, x, y, hidden) in uses {
        if let Some(range) = by_id.get(&target) {
            let copies: Vec<Run> =
                runs[range.clone()].iter().map(|r| Run { x: r.x + x, y: r.y + y, text: r.text.clone(), hidden }).collect();
            runs.extend(copies);
        }
    }
    if runs.is_empty() {
        return None;
    }
    // A run that is only white space between two placed runs is no text.
    runs.retain(|r| !r.text.trim().is_empty());
    let shown = shown_lines(&runs, true);
    let (glued, spaced) = placed_lines(runs, true);
    Some((glued, spaced, shown))
}

/// The fonts' encodings by resource name, to decode the strings a content
/// stream shows.
pub(super) type PdfEncodings<'a> = std::collections::BTreeMap<Vec<u8>, lopdf::Encoding<'a>>;

/// The encodings of the fonts of a resource dictionary (a Form XObject's).
pub(super) fn pdf_resource_encodings<'a>(doc: &'a lopdf::Document, resources: Option<&'a lopdf::Object>, limit: usize) -> PdfEncodings<'a> {
    let mut out = PdfEncodings::new();
    let dict = |o: &'a lopdf::Object| doc.dereference(o).ok().and_then(|(_, o)| o.as_dict().ok());
    let Some(fonts) = resources.and_then(dict).and_then(|r| r.get(b"Font").ok()).and_then(dict) else { return out };
    for (name, font) in fonts.iter() {
        if let Some(font) = dict(font)
            && let Ok(encoding) = font.get_font_encoding_with_limit(doc, limit)
        {
            out.insert(name.clone(), encoding);
        }
    }
    out
}

/// The text runs of a PDF content stream where its text matrix places
/// them (`BT`, `Td`, `TD`, `Tm`, `T*`, `'`, `"`; the current
/// transformation `cm` is not applied), each string decoded with its
/// font's encoding (or as a PDF text string without one). Runs at one
/// place keep the order they are drawn in. A run is [`Run::hidden`] when
/// it is drawn invisible (render mode `3 Tr` or `7 Tr`, horizontal scaling
/// `0 Tz`) or smaller than 1 pt (the font size times the text matrix's and
/// the `cm` transformation's scale), or inside marked content with an
/// `/ActualText`, `/Alt` or `/E` (inline `BDC` properties), whose text is a
/// run of its own there: what copy and paste, search and screen readers
/// give.
pub(super) fn pdf_runs(operations: &[lopdf::content::Operation], encodings: &PdfEncodings<'_>) -> Vec<Run> {
    use lopdf::Object;
    let number = |o: &Object| o.as_float().ok().map(f64::from).or_else(|| o.as_i64().ok().map(|i| i as f64));
    let mut runs = Vec::new();
    // The text line matrix [a b c d e f], and the leading.
    let mut line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0f64];
    let mut at = (0.0f64, 0.0f64);
    let mut leading = 0.0f64;
    let mut encoding: Option<&lopdf::Encoding<'_>> = None;
    let mut step = 0.0f64;
    // What hides a run: the render mode, the font size, the horizontal
    // scaling, the scale of `cm` (saved by `q`, restored by `Q`), and the
    // marked content open (true: replaced by its actual text).
    let (mut render, mut size, mut scaling) = (0i64, 12.0f64, 100.0f64);
    let mut ctm = 1.0f64;
    let mut saved: Vec<f64> = Vec::new();
    let mut marked: Vec<bool> = Vec::new();
    let scale = |m: [f64; 4]| (m[0] * m[3] - m[1] * m[2]).abs().sqrt();
    let move_by = |line: &mut [f64; 6], at: &mut (f64, f64), step: &mut f64, tx: f64, ty: f64| {
        line[4] += tx * line[0] + ty * line[2];
        line[5] += tx * line[1] + ty * line[3];
        *at = (line[4], line[5]);
        *step = 0.0;
    };
    let decode = |encoding: Option<&lopdf::Encoding<'_>>, o: &Object| -> String {
        let Object::String(bytes, _) = o else { return String::new() };
        match encoding {
            Some(e) => lopdf::Document::decode_text(e, bytes).unwrap_or_default(),
            None => lopdf::decode_text_string(o).unwrap_or_else(|_| bytes.iter().map(|&b| char::from(b)).collect()),
        }
    };
    for op in operations {
        let n = |k: usize| op.operands.get(k).and_then(number).unwrap_or(0.0);
        let mut shown: Option<String> = None;
        match op.operator.as_str() {
            "BT" => {
                line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
                at = (0.0, 0.0);
                step = 0.0;
            }
            "Td" => move_by(&mut line, &mut at, &mut step, n(0), n(1)),
            "TD" => {
                leading = -n(1);
                move_by(&mut line, &mut at, &mut step, n(0), n(1));
            }
            "TL" => leading = n(0),
            "T*" => move_by(&mut line, &mut at, &mut step, 0.0, -leading),
            "Tm" => {
                line = [n(0), n(1), n(2), n(3), n(4), n(5)];
                at = (line[4], line[5]);
                step = 0.0;
            }
            "Tf" => {
                encoding = op.operands.first().and_then(|o| o.as_name().ok()).and_then(|name| encodings.get(name));
                size = n(1);
            }
            "Tr" => render = n(0) as i64,
            "Tz" => scaling = n(0),
            "q" => saved.push(ctm),
            "Q" => ctm = saved.pop().unwrap_or(1.0),
            "cm" => ctm *= scale([n(0), n(1), n(2), n(3)]),
            "BMC" => marked.push(false),
            "BDC" => {
                let actual = match op.operands.get(1) {
                    Some(Object::Dictionary(d)) => [b"ActualText".as_slice(), b"Alt", b"E"]
                        .iter()
                        .find_map(|k| d.get(k).ok().and_then(|o| lopdf::decode_text_string(o).ok())),
                    _ => None,
                };
                marked.push(actual.is_some());
                if let Some(text) = actual.filter(|t| !t.trim().is_empty()) {
                    runs.push(Run { y: at.1, x: at.0 + step, text, hidden: marked[..marked.len() - 1].iter().any(|&m| m) });
                    step += 1e-3;
                }
            }
            "EMC" => {
                marked.pop();
            }
            "Tj" => shown = op.operands.first().map(|o| decode(encoding, o)),
            "TJ" => {
                if let Some(Object::Array(items)) = op.operands.first() {
                    shown = Some(items.iter().map(|o| decode(encoding, o)).collect());
                }
            }
            "'" => {
                move_by(&mut line, &mut at, &mut step, 0.0, -leading);
                shown = op.operands.first().map(|o| decode(encoding, o));
            }
            "\"" => {
                move_by(&mut line, &mut at, &mut step, 0.0, -leading);
                shown = op.operands.get(2).map(|o| decode(encoding, o));
            }
            _ => {}
        }
        if let Some(text) = shown.filter(|t| !t.trim().is_empty()) {
            let invisible = matches!(render, 3 | 7)
                || scaling.abs() < 1e-6
                || (size * scale([line[0], line[1], line[2], line[3]]) * ctm).abs() < 1.0
                || marked.iter().any(|&m| m);
            runs.push(Run { y: at.1, x: at.0 + step, text, hidden: invisible });
            step += 1e-3;
        }
    }
    runs
}

/// The streams of a PDF file as stored, superseded revisions included (an
/// incremental save keeps the old objects in the file): each content-like
/// stream's data (unfiltered or FlateDecode; pictures and embedded fonts
/// left out), and the file's bytes outside its streams.
pub(super) fn pdf_raw_streams(bytes: &[u8]) -> (Vec<(bool, &[u8])>, Vec<u8>) {
    let mut streams = Vec::new();
    let mut outside = Vec::new();
    let mut from = 0;
    let mut last_obj = 0;
    while let Some(k) = memchr::memmem::find(&bytes[from..], b"stream").map(|k| from + k) {
        let after = k + b"stream".len();
        let is_keyword = !bytes[..k].ends_with(b"end") && matches!(bytes.get(after), Some(b'\r' | b'\n'));
        if !is_keyword {
            from = after;
            continue;
        }
        let start = after + if bytes.get(after) == Some(&b'\r') && bytes.get(after + 1) == Some(&b'\n') { 2 } else { 1 };
        let Some(end) = memchr::memmem::find(&bytes[start..], b"endstream").map(|e| start + e) else { break };
        // The stream's dictionary: from the last `obj` before it.
        if let Some(o) = memchr::memmem::rfind(&bytes[from.max(last_obj)..k], b"obj").map(|o| from.max(last_obj) + o) {
            last_obj = o;
        }
        let dict = &bytes[last_obj.min(k)..k];
        let has = |what: &[u8]| memchr::memmem::find(dict, what).is_some();
        outside.extend_from_slice(&bytes[from..k]);
        outside.push(b'\n');
        let picture_or_font =
            has(b"/Image") || has(b"/FontFile") || has(b"/Length1") || has(b"/Length2") || has(b"/Type/XRef") || has(b"/Type /XRef");
        let flate = has(b"/FlateDecode") || has(b"/Fl ") || has(b"/Fl]") || has(b"/Fl>");
        let other_filter = has(b"/Filter") && !flate;
        if !picture_or_font && !other_filter && !has(b"/DecodeParms") {
            streams.push((flate, &bytes[start..end]));
        }
        from = end + b"endstream".len();
        last_obj = from;
    }
    outside.extend_from_slice(&bytes[from.min(bytes.len())..]);
    (streams, outside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_as_a_browser_decodes_it() {
        let (body, attrs) =
            html_text("<p>Ontwerp: &#83ofie Vandermeulen, &#x53ofie, Ren&eacute en Vander<b>meulen</b></p><img alt=\"&#83ofie\">");
        assert!(body.contains("Ontwerp: Sofie Vandermeulen, Sofie, René en Vandermeulen"), "{body}");
        assert_eq!(attrs, "Sofie\n");
        let (body, _) = html_text("<style>p{content:\"&#83\"}</style><p>x</p>");
        assert!(body.contains("&#83"), "{body}");
    }

    #[test]
    fn records_two_by_two() {
        let text = csv_records("voornaam;dienst;naam;telefoon\nSofie;Milieudienst;Vandermeulen;050 12 34 56\n");
        assert!(text.lines().any(|l| l == "Sofie Vandermeulen"), "{text}");
        assert!(!text.contains("050"), "{text}");
        let value: serde_json::Value = serde_json::from_str(r#"[{"voornaam": "Sofie", "achternaam": "Vandermeulen", "n": 3}]"#).unwrap();
        let mut out = String::new();
        json_records(&value, &mut out);
        // In the order of the keys (serde_json sorts them): the guard reads
        // a surname first as a name too.
        assert!(out.lines().any(|l| l == "Vandermeulen Sofie"), "{out}");
    }

    #[test]
    fn formulas() {
        assert_eq!(formula_literals(r#""Contact: Sofie Vanderme"&"ulen""#), "Contact: Sofie Vandermeulen");
        assert_eq!(formula_literals(r#"CONCATENATE("Sofie ";"Vander";"meulen")"#), "Sofie Vandermeulen");
        assert_eq!(formula_literals(r#"IF(A1="ja";1;0)"#), "");
        assert_eq!(
            formula_literals(r#"SUBSTITUTE("Contact: Sofie VanderXmeulen","X","")"#),
            "Contact: Sofie VanderXmeulenX\nContact: Sofie Vandermeulen"
        );
        assert_eq!(
            formula_literals(r#"_xlfn.CONCAT(LEFT("Sofie Vanderxx";12);MID("..meulen";3;6))"#),
            "Sofie Vanderxx..meulen\nSofie Vandermeulen"
        );
        assert_eq!(formula_literals(r#"SUBSTITUTE("Sofie VanderXmeulen";"X";A1)"#), "Sofie VanderXmeulenX\nSofie Vandermeulen");
    }

    #[test]
    fn svg_runs_in_placed_order() {
        let (glued, _, _) =
            svg_lines(br#"<svg><text x="5" y="25">Contact: Sofie Vanderme</text><text x="170.6" y="25">ulen</text></svg>"#).unwrap();
        assert!(glued.contains("Contact: Sofie Vandermeulen"), "{glued}");
        let (glued, _, _) =
            svg_lines(br#"<svg><text y="25"><tspan x="156.2">meulen</tspan><tspan x="5">Contact: Sofie Vander</tspan></text></svg>"#)
                .unwrap();
        assert!(glued.contains("Contact: Sofie Vandermeulen"), "{glued}");
        let (glued, _, _) =
            svg_lines(br#"<svg><text x="5" y="25">Contact: Sofie Vander<tspan direction="rtl" unicode-bidi="bidi-override">neluem</tspan></text></svg>"#)
                .unwrap();
        assert!(glued.contains("Contact: Sofie Vandermeulen"), "{glued}");
        let (glued, _, _) = svg_lines(br#"<svg><text x="30 10 20" y="5">ueS</text><text x="40" y="5">ofie</text></svg>"#).unwrap();
        assert_eq!(glued, "eSuofie\n");
        // Two lines stay two lines.
        let (_, spaced, _) = svg_lines(br#"<svg><text x="5" y="10">Sofie</text><text x="5" y="30">Vandermeulen</text></svg>"#).unwrap();
        assert_eq!(spaced, "Sofie\nVandermeulen\n");
    }

    #[test]
    fn svg_as_shown() {
        // A hidden tspan inside a word: left out of the shown reading.
        for hide in [r#"display="none""#, r#"visibility="hidden""#, r#"style="opacity:0""#, r#"font-size="0""#, r#"style="font-size: 0px""#]
        {
            let svg = format!(r#"<svg><text x="5" y="25">Contact: Sofie Vander<tspan {hide}>xyz</tspan>meulen</text></svg>"#);
            let (glued, _, shown) = svg_lines(svg.as_bytes()).unwrap();
            assert!(glued.contains("Vanderxyzmeulen"), "{glued}");
            assert!(shown.contains("Contact: Sofie Vandermeulen"), "{hide}: {shown}");
        }
        // A text in <defs> is drawn where a <use> places it.
        let (_, _, shown) = svg_lines(
            br##"<svg><defs><text id="t">meulen</text></defs><text x="5" y="25">Contact: Sofie Vander</text><use href="#t" x="156.2" y="25"/></svg>"##,
        )
        .unwrap();
        assert_eq!(shown, "Contact: Sofie Vandermeulen\n");
    }

    #[test]
    fn pdf_as_shown() {
        let content = lopdf::content::Content::decode(
            b"BT /F1 12 Tf 40 720 Td (Contact: Sofie Vander) Tj 3 Tr (xyz) Tj 0 Tr /F1 0.01 Tf (q) Tj /F1 12 Tf (meulen, ) Tj /Span << /ActualText (Milieudienst) >> BDC (M.) Tj EMC ET",
        )
        .unwrap();
        let runs = pdf_runs(&content.operations, &Default::default());
        assert_eq!(shown_lines(&runs, false), "Contact: Sofie Vandermeulen, Milieudienst\n");
        let (glued, _) = placed_lines(runs, false);
        assert!(glued.contains("Vanderxyzqmeulen"), "{glued}");
        // Scaled up by the text matrix: shown.
        let content = lopdf::content::Content::decode(b"BT /F1 1 Tf 12 0 0 12 40 720 Tm (Sofie) Tj ET").unwrap();
        assert_eq!(shown_lines(&pdf_runs(&content.operations, &Default::default()), false), "Sofie\n");
    }
}
