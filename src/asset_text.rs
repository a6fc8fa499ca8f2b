//! The texts a reader can see in a published file, for the privacy guard.
//!
//! Owns the reading of an asset (or a generated archive) into labelled
//! texts: its file name (an asset's name is a public web address), text files
//! in UTF-8 or UTF-16, JSON strings, vCard and iCalendar lines, the metadata
//! of pictures (EXIF, XMP, PNG text, JPEG comments), a PDF's document info,
//! page text, annotations and XMP, the properties (`docProps/*.xml`,
//! `meta.xml`) and the text of office documents (DOCX, XLSX, PPTX, ODT, ODS,
//! ODP), the plain characters in old binary office files, and zip members,
//! nested archives included, read under caps against zip bombs
//! ([`Limits`]). It also says what it could not read ([`Unread`]): what it
//! cannot read by nature (the pixels of a picture, an encrypted PDF) is a
//! note for the author; an archive over a cap or that cannot be unpacked
//! blocks publishing. It does no matching: `cmd::build` scans each text with
//! the guard.

use std::io::Read;

use crate::i18n::{Msg, msg};

mod layout;
mod packed;
mod shown;

use layout::{csv_records, formula_literals, html_text, is_text, json_records, sheet_formats, sheet_headers, sheet_records, svg_lines};
use packed::{Magic, Packing, magic};

/// One text a reader can see in the file, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text {
    /// "file name", "EXIF Artist", "docProps/core.xml dc:creator",
    /// "zip member a/b.txt"...
    pub label: String,
    pub text: String,
    /// Another reading of a part already read (as placed, parts joined, as
    /// a browser decodes it): only what the first reading did not show is
    /// worth reporting again.
    pub again: bool,
}

/// A part of the file the guard could not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unread {
    /// Where: "" for the file itself, else as [`Text::label`].
    pub label: String,
    /// Why, said later in the reader's language (`Display`: English).
    pub why: crate::i18n::Text,
    /// True when the file must not be published unread (an archive over a
    /// cap, one that cannot be unpacked); false for what the guard never
    /// reads (pixels, encrypted PDFs), which the author checks.
    pub blocks: bool,
}

/// Caps on what one file is unpacked to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Bytes unpacked from archives and PDF streams, in all.
    pub unpacked: u64,
    /// Archives inside archives (a docx in a zip is two; a gzipped file
    /// counts one too).
    pub depth: usize,
    /// Archive members, in all.
    pub members: usize,
    /// Also read the values of each record (a row of a CSV file or a
    /// sheet, a JSON object) side by side, so that a given name and a
    /// surname in two fields of one record read as a name. Off for
    /// kapstok's own archives, made of public fields only.
    pub records: bool,
}

/// For the assets: at most 32 MiB each on disk (`load`).
pub(crate) const ASSET_LIMITS: Limits = Limits { unpacked: 512 << 20, depth: 4, members: 10_000, records: true };

/// For kapstok's own archives (the open data's zip, about 500 MB unpacked
/// at 100,000 actions).
pub(crate) const GENERATED_LIMITS: Limits = Limits { unpacked: 4 << 30, depth: 1, members: 1_000, records: false };

/// Read the file named `name` (its path as published, e.g.
/// `logo/wapen.png`), handing each text to `found` as it is read (a large
/// archive is never held as texts all at once). Returns what could not be
/// read.
pub(crate) fn read(name: &str, bytes: &[u8], limits: Limits, found: &mut dyn FnMut(Text)) -> Vec<Unread> {
    let mut r = Reader { limits, unpacked: 0, members: 0, found, unread: Vec::new() };
    (r.found)(Text { label: "file name".to_owned(), text: spaced_name(name), again: false });
    r.file("", name, bytes, 0);
    r.unread
}

/// True when a file of a type read as it is written (a stylesheet, a
/// script) is plain text: not compressed, packed or binary.
pub(crate) fn is_plain(name: &str, bytes: &[u8]) -> bool {
    magic(name, bytes).is_none() && is_text(bytes)
}

/// A file's name as text the guard reads (its parts apart; percent-decoded
/// too, see [`spaced_name`]).
pub(crate) fn name_text(name: &str) -> String {
    spaced_name(name)
}

/// JSON text with its escapes decoded (`\n`, `\t`, `\r`, `\"`, `\\`, `\/`,
/// `\b`, `\f`, `\uXXXX` with surrogate pairs), the rest as written: what a
/// reader of the data sees, so that the escape `\n` after a surname is no
/// initial `n`, and `\u0053ofie` is `Sofie`. One pass; the text itself when
/// it has no backslash. A line break stays a line break (`\n`, `\r`), a
/// tab a tab; a broken escape is left as written.
pub(crate) fn json_unescape(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let Some(first) = memchr::memchr(b'\\', bytes) else { return std::borrow::Cow::Borrowed(text) };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut k = first;
    let hex4 = |at: usize| -> Option<u32> {
        let h = bytes.get(at..at + 4)?;
        std::str::from_utf8(h).ok().and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    while k < bytes.len() {
        // `k` is at a backslash.
        let (decoded, len): (Option<char>, usize) = match bytes.get(k + 1) {
            Some(b'n') => (Some('\n'), 2),
            Some(b'r') => (Some('\n'), 2),
            Some(b't') => (Some('\t'), 2),
            Some(b'b') | Some(b'f') => (Some(' '), 2),
            Some(b'"') => (Some('"'), 2),
            Some(b'\\') => (Some('\\'), 2),
            Some(b'/') => (Some('/'), 2),
            Some(b'u') => match hex4(k + 2) {
                Some(hi @ 0xD800..=0xDBFF) => match (bytes.get(k + 6..k + 8), hex4(k + 8)) {
                    (Some(b"\\u"), Some(lo @ 0xDC00..=0xDFFF)) => (char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)), 12),
                    _ => (Some('\u{FFFD}'), 6),
                },
                Some(u) => (Some(char::from_u32(u).unwrap_or('\u{FFFD}')), 6),
                None => (None, 1),
            },
            _ => (None, 1),
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push('\\'),
        }
        k += len;
        let next = memchr::memchr(b'\\', &bytes[k..]).map_or(bytes.len(), |n| k + n);
        out.push_str(&text[k..next]);
        k = next;
    }
    std::borrow::Cow::Owned(out)
}

/// [`read`], the texts collected.
#[cfg(test)]
pub(crate) fn texts(name: &str, bytes: &[u8]) -> (Vec<Text>, Vec<Unread>) {
    let mut texts = Vec::new();
    let unread = read(name, bytes, ASSET_LIMITS, &mut |t| texts.push(t));
    (texts, unread)
}

struct Reader<'a> {
    limits: Limits,
    unpacked: u64,
    members: usize,
    found: &'a mut dyn FnMut(Text),
    unread: Vec<Unread>,
}

/// What a file is, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    Text,
    Json,
    Card,
    Xml,
    Svg,
    Jpeg,
    Png,
    Webp,
    /// Pictures whose metadata is read from the plain characters in them.
    OtherPicture,
    Pdf,
    Office,
    Zip,
    OldOffice,
    Unknown,
}

fn type_of(name: &str) -> Type {
    let ext = name.rsplit('/').next().and_then(|f| f.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "txt" | "text" | "md" | "markdown" | "csv" | "tsv" | "tab" | "yaml" | "yml" | "html" | "htm" | "xhtml" | "css" | "js" | "rtf"
        | "log" | "ini" | "toml" => Type::Text,
        "json" | "geojson" | "jsonld" => Type::Json,
        "vcf" | "vcard" | "ics" | "ical" => Type::Card,
        "xml" | "rels" | "vml" | "kml" | "gpx" | "xsl" => Type::Xml,
        "svg" => Type::Svg,
        "jpg" | "jpeg" | "jpe" => Type::Jpeg,
        "png" => Type::Png,
        "webp" => Type::Webp,
        "gif" | "avif" | "heic" | "heif" | "tif" | "tiff" | "ico" | "bmp" | "emf" | "wmf" => Type::OtherPicture,
        "pdf" => Type::Pdf,
        "docx" | "docm" | "dotx" | "xlsx" | "xlsm" | "xltx" | "pptx" | "pptm" | "ppsx" | "potx" | "odt" | "ods" | "odp" | "odg" | "ott"
        | "ots" | "otp" => Type::Office,
        "zip" => Type::Zip,
        "doc" | "dot" | "xls" | "xlt" | "ppt" | "pps" | "msg" => Type::OldOffice,
        _ => Type::Unknown,
    }
}

impl Reader<'_> {
    fn text(&mut self, label: String, text: String) {
        if !text.trim().is_empty() {
            (self.found)(Text { label, text, again: false });
        }
    }

    /// Another reading of a part already read ([`Text::again`]).
    fn again(&mut self, label: String, text: String) {
        if !text.trim().is_empty() {
            (self.found)(Text { label, text, again: true });
        }
    }

    fn unread(&mut self, label: &str, why: Msg, blocks: bool) {
        self.unread.push(Unread { label: label.trim_end_matches(": ").to_owned(), why: why.into(), blocks });
    }

    /// One file, its labels starting with `prefix` ("" or "zip member x.zip: ").
    fn file(&mut self, prefix: &str, name: &str, bytes: &[u8], depth: usize) {
        let here = |what: &str| format!("{prefix}{what}");
        let kind = type_of(name);
        // What the bytes say first: a compressed file is read unpacked, by
        // its inner name, and one the guard cannot unpack is not published.
        match magic(name, bytes) {
            Some(Magic::Gzip) => return self.unpack(prefix, name, bytes, depth, Packing::Gzip),
            Some(Magic::Brotli) => return self.unpack(prefix, name, bytes, depth, Packing::Brotli),
            Some(Magic::Tar) => return self.tar(prefix, bytes, depth),
            Some(Magic::Zip) if !matches!(kind, Type::Office | Type::Zip) => return self.zip(prefix, bytes, depth, false),
            Some(Magic::Pdf) if kind != Type::Pdf => return self.pdf(prefix, bytes),
            Some(Magic::Font) => return self.font(prefix, bytes),
            Some(Magic::Packed(format)) => {
                self.unread(prefix, msg!("err-unread-packed", format = format), true);
                return;
            }
            _ => {}
        }
        match kind {
            Type::Text => {
                let text = decode(bytes);
                let lower = name.to_ascii_lowercase();
                let html = [".html", ".htm", ".xhtml", ".shtml"].iter().any(|e| lower.ends_with(e));
                let records = self.limits.records && [".csv", ".tsv", ".tab"].iter().any(|e| lower.ends_with(e));
                let (browser, table) = (html.then(|| html_text(&text)), records.then(|| csv_records(&text)));
                self.text(here("text"), text);
                if let Some((body, attrs)) = browser {
                    self.again(here("text as a browser reads it"), body);
                    self.again(here("attributes as a browser reads them"), attrs);
                }
                if let Some(table) = table {
                    self.again(here("values of one row together"), table);
                }
            }
            // As written, its escapes decoded ([`json_unescape`]: `\u0053`
            // is `S`, and `\n` a line break, not a letter `n`).
            Type::Json => {
                let text = decode(bytes);
                let text = match json_unescape(&text) {
                    std::borrow::Cow::Owned(shown) => shown,
                    std::borrow::Cow::Borrowed(_) => text,
                };
                self.text(here("text"), text);
                let parsed = self.limits.records.then(|| serde_json::from_slice::<serde_json::Value>(strip_bom(bytes)).ok()).flatten();
                if let Some(value) = parsed {
                    {
                        let mut out = String::new();
                        json_records(&value, &mut out);
                        self.again(here("values of one record together"), out);
                    }
                }
            }
            Type::Card => self.card(prefix, bytes, depth),
            Type::Xml => match xml_text(bytes, "") {
                Some((body, attrs)) => {
                    self.text(here("text"), body);
                    self.text(here("attributes"), attrs);
                }
                None => self.text(here("text"), decode(bytes)),
            },
            Type::Svg => match (xml_text(bytes, ""), xml_text(bytes, " ")) {
                (Some((glued, attrs)), Some((spaced, _))) => {
                    self.text(here("text in the drawing"), spaced.clone());
                    if glued != spaced {
                        self.again(here("text in the drawing, parts joined"), glued);
                    }
                    self.text(here("attributes in the drawing"), attrs);
                    if let Some((glued, spaced, shown)) = svg_lines(bytes) {
                        self.again(here("text in the drawing, line by line as placed"), spaced);
                        self.again(here("text in the drawing, line by line as placed, parts joined"), glued);
                        self.again(here("text in the drawing as shown (hidden parts left out, parts joined)"), shown);
                    }
                    if bytes.windows(11).any(|w| w.eq_ignore_ascii_case(b"data:image/")) {
                        self.unread(prefix, msg!("err-unread-svg-pictures"), false);
                    }
                }
                _ => self.text(here("text"), decode(bytes)),
            },
            Type::Jpeg => self.jpeg(prefix, bytes),
            Type::Png => self.png(prefix, bytes),
            Type::Webp => self.webp(prefix, bytes),
            Type::OtherPicture => {
                self.text(here("characters in the file"), strings(bytes));
                self.unread(prefix, msg!("err-unread-picture-text-metadata"), false);
            }
            Type::Pdf => self.pdf(prefix, bytes),
            Type::Office => {
                let before = self.unread.iter().filter(|u| u.blocks).count();
                self.zip(prefix, bytes, depth, true);
                let lower = name.to_ascii_lowercase();
                if self.unread.iter().filter(|u| u.blocks).count() == before
                    && [".xlsx", ".xlsm", ".xltx"].iter().any(|e| lower.ends_with(e))
                {
                    self.again(here("number formats as shown on the cells' text"), sheet_formats(bytes));
                }
                if self.limits.records
                    && self.unread.iter().filter(|u| u.blocks).count() == before
                    && [".xlsx", ".xlsm", ".xltx", ".ods", ".ots"].iter().any(|e| lower.ends_with(e))
                {
                    self.again(here("values of one row together"), sheet_records(bytes));
                }
            }
            Type::Zip => self.zip(prefix, bytes, depth, false),
            Type::OldOffice => {
                self.text(here("characters in the file"), strings(bytes));
                self.unread(prefix, msg!("err-unread-old-office"), false);
            }
            // A text file of a type without a reader of its own (a web
            // manifest, a file without an extension) is read whole.
            Type::Unknown if is_text(bytes) => self.text(here("text"), decode(bytes)),
            Type::Unknown => {
                self.text(here("characters in the file"), strings(bytes));
                self.unread(prefix, msg!("err-unread-unknown-type"), false);
            }
        }
    }

    fn zip(&mut self, prefix: &str, bytes: &[u8], depth: usize, office: bool) {
        if depth >= self.limits.depth {
            self.unread(prefix, msg!("err-unread-nested", depth = self.limits.depth), true);
            return;
        }
        let mut archive = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
            Ok(a) => a,
            Err(e) => {
                self.unread(prefix, msg!("err-unread-archive", detail = e.to_string()), true);
                return;
            }
        };
        if self.members + archive.len() > self.limits.members {
            self.unread(prefix, msg!("err-unread-too-many-files", n = self.limits.members), true);
            return;
        }
        self.members += archive.len();
        let mut names = String::new();
        // The archive's comment (`unzip -z`, 7-Zip and WinRAR show it) and
        // each member's comment.
        let mut comments = decode(archive.comment());
        // A Word document's styles that hide text, for its reading as shown.
        let word_styles = if office && let Ok(styles) = archive.by_name("word/styles.xml") {
            let mut data = Vec::new();
            let _ = styles.take(self.limits.unpacked.saturating_sub(self.unpacked).min(16 << 20)).read_to_end(&mut data);
            shown::word_hidden_styles(&data)
        } else {
            Default::default()
        };
        for k in 0..archive.len() {
            let mut member = match archive.by_index(k) {
                Ok(m) => m,
                Err(e) => {
                    self.unread(prefix, msg!("err-unread-archive-file", n = k + 1, detail = e.to_string()), true);
                    continue;
                }
            };
            let name = String::from_utf8_lossy(member.name_raw()).into_owned();
            names.push_str(&spaced_name(&name));
            names.push('\n');
            if !member.comment().trim().is_empty() {
                comments.push('\n');
                comments.push_str(member.comment());
            }
            if member.is_dir() {
                continue;
            }
            let label = if office { name.clone() } else { format!("zip member {name}") };
            let left = self.limits.unpacked.saturating_sub(self.unpacked);
            let mut data = Vec::new();
            let read = (&mut member).take(left + 1).read_to_end(&mut data);
            drop(member);
            self.unpacked += data.len() as u64;
            if data.len() as u64 > left {
                self.unread(&format!("{prefix}{label}"), msg!("err-unread-too-large", mib = self.limits.unpacked >> 20), true);
                return;
            }
            if let Err(e) = read {
                self.unread(&format!("{prefix}{label}"), msg!("err-unread-unpack", detail = e.to_string()), true);
                continue;
            }
            let inner = format!("{prefix}{label}: ");
            let lower = name.to_ascii_lowercase();
            let props = lower.starts_with("docprops/") || lower == "meta.xml";
            if office && props && lower.ends_with(".xml") {
                match xml_fields(&data) {
                    Some(fields) => {
                        for (field, text) in fields {
                            self.text(format!("{prefix}{name} {field}"), text);
                        }
                    }
                    None => self.text(format!("{prefix}{name}"), decode(&data)),
                }
            } else if office && type_of(&name) == Type::Xml {
                match xml_text(&data, "") {
                    Some((body, attrs)) => {
                        self.text(format!("{prefix}{name}"), body);
                        self.text(format!("{prefix}{name} attributes"), attrs);
                    }
                    None => self.text(format!("{prefix}{name}"), decode(&data)),
                }
                // As the viewer shows it: hidden text, tracked deletions
                // and the like left out, the words around them joined.
                let as_shown = if lower.starts_with("word/") {
                    shown::word(&data, &word_styles)
                } else if lower == "content.xml" || lower == "styles.xml" {
                    shown::odf(&data)
                } else {
                    None
                };
                if let Some(text) = as_shown {
                    self.again(format!("{prefix}{name} as shown (hidden text and deletions left out)"), text);
                }
                // A sheet's print headers and footers as printed.
                if lower.starts_with("xl/worksheets/") || lower.starts_with("xl/chartsheets/") {
                    self.again(format!("{prefix}{name} headers and footers as printed"), sheet_headers(&data));
                }
            } else if office && type_of(&name) == Type::Unknown && !lower.ends_with(".bin") {
                // Parts of the format (`mimetype`, `[Content_Types].xml`
                // without its extension...): plain characters.
                self.text(format!("{prefix}{name}"), strings(&data));
            } else {
                self.file(&inner, &name, &data, depth + 1);
            }
        }
        if !office {
            self.text(format!("{prefix}names of the files in the archive"), names);
        }
        self.text(format!("{prefix}archive comments"), comments);
    }

    fn jpeg(&mut self, prefix: &str, bytes: &[u8]) {
        let mut k = 2;
        if !bytes.starts_with(b"\xFF\xD8") {
            self.text(format!("{prefix}characters in the file"), strings(bytes));
            self.unread(prefix, msg!("err-unread-not-jpeg"), false);
            return;
        }
        while k + 4 <= bytes.len() {
            if bytes[k] != 0xFF {
                break;
            }
            let marker = bytes[k + 1];
            if marker == 0xFF {
                k += 1;
                continue;
            }
            if matches!(marker, 0xD8 | 0x01 | 0xD0..=0xD7) {
                k += 2;
                continue;
            }
            if marker == 0xDA || marker == 0xD9 {
                break; // the picture's data: no metadata after it is read
            }
            let len = usize::from(u16::from_be_bytes([bytes[k + 2], bytes[k + 3]]));
            let data = &bytes[(k + 4).min(bytes.len())..(k + 2 + len).min(bytes.len())];
            match marker {
                0xE1 if data.starts_with(b"Exif\0\0") => self.exif(prefix, data[6..].to_vec()),
                0xE1 if data.starts_with(b"http://ns.adobe.com/") => self.xmp(prefix, data),
                0xFE => self.text(format!("{prefix}JPEG comment"), decode(data)),
                0xE0..=0xEF => self.text(format!("{prefix}JPEG APP{} metadata", marker - 0xE0), strings(data)),
                _ => {}
            }
            k += 2 + len;
        }
        self.unread(prefix, msg!("err-unread-picture-text"), false);
    }

    fn png(&mut self, prefix: &str, bytes: &[u8]) {
        let mut k = 8;
        while k + 12 <= bytes.len() {
            let len = u32::from_be_bytes([bytes[k], bytes[k + 1], bytes[k + 2], bytes[k + 3]]) as usize;
            let kind = &bytes[k + 4..k + 8];
            let data = &bytes[(k + 8).min(bytes.len())..(k + 8).saturating_add(len).min(bytes.len())];
            match kind {
                b"eXIf" => self.exif(prefix, data.to_vec()),
                b"tEXt" => {
                    if let Some((key, text)) = split_nul(data) {
                        self.text(format!("{prefix}PNG text {}", latin1(key)), latin1(text));
                    }
                }
                b"zTXt" => {
                    if let Some((key, rest)) = split_nul(data) {
                        let text = rest.get(1..).map(|z| self.inflate(z)).unwrap_or_default();
                        self.text(format!("{prefix}PNG text {}", latin1(key)), latin1(&text));
                    }
                }
                b"iTXt" => {
                    if let Some((key, rest)) = split_nul(data)
                        && rest.len() >= 2
                        && let Some((_lang, rest)) = split_nul(&rest[2..])
                        && let Some((_translated, text)) = split_nul(rest)
                    {
                        let text = if data[key.len() + 1] == 1 { self.inflate(text) } else { text.to_vec() };
                        if key == b"XML:com.adobe.xmp" {
                            self.xmp(prefix, &text);
                        } else {
                            self.text(format!("{prefix}PNG text {}", latin1(key)), String::from_utf8_lossy(&text).into_owned());
                        }
                    }
                }
                _ => {}
            }
            k += 12 + len;
        }
        self.unread(prefix, msg!("err-unread-picture-text"), false);
    }

    fn webp(&mut self, prefix: &str, bytes: &[u8]) {
        let mut k = 12;
        while k + 8 <= bytes.len() {
            let kind = &bytes[k..k + 4];
            let len = u32::from_le_bytes([bytes[k + 4], bytes[k + 5], bytes[k + 6], bytes[k + 7]]) as usize;
            let data = &bytes[k + 8..(k + 8).saturating_add(len).min(bytes.len())];
            match kind {
                b"EXIF" => self.exif(prefix, data.strip_prefix(b"Exif\0\0").unwrap_or(data).to_vec()),
                b"XMP " => self.xmp(prefix, data),
                _ => {}
            }
            k += 8 + len + (len & 1);
        }
        self.unread(prefix, msg!("err-unread-picture-text"), false);
    }

    /// Inflate zlib data, within the caps.
    fn inflate(&mut self, data: &[u8]) -> Vec<u8> {
        let left = self.limits.unpacked.saturating_sub(self.unpacked);
        let mut out = Vec::new();
        let _ = flate2::read::ZlibDecoder::new(data).take(left).read_to_end(&mut out);
        self.unpacked += out.len() as u64;
        out
    }

    /// The EXIF fields that hold text: ASCII ones, the user comment and
    /// Windows' title, comment, author, keywords and subject.
    fn exif(&mut self, prefix: &str, data: Vec<u8>) {
        // The plain characters of the whole block too (read last): a
        // camera maker's note (Canon's OwnerName, Nikon's and others'
        // fields) and any value an offset points to that no tag names.
        let plain = strings(&data);
        let exif = match exif::Reader::new().continue_on_error(true).read_raw(data).or_else(|e| e.distill_partial_result(|_| {})) {
            Ok(exif) => exif,
            Err(e) => {
                self.unread(&format!("{prefix}EXIF"), msg!("err-unread-exif", detail = e.to_string()), false);
                self.text(format!("{prefix}EXIF, characters in the block"), plain);
                return;
            }
        };
        let little = exif.little_endian();
        let mut texts = Vec::new();
        for field in exif.fields() {
            let number = field.tag.number();
            let xp = match number {
                0x9c9b => Some("XPTitle"),
                0x9c9c => Some("XPComment"),
                0x9c9d => Some("XPAuthor"),
                0x9c9e => Some("XPKeywords"),
                0x9c9f => Some("XPSubject"),
                _ => None,
            };
            let text = match (&field.value, xp) {
                (exif::Value::Byte(b) | exif::Value::Undefined(b, _), Some(_)) => utf16(b, false),
                (exif::Value::Ascii(parts), _) => parts.iter().map(|p| decode(p)).collect::<Vec<_>>().join(" "),
                (exif::Value::Undefined(b, _), None) if field.tag == exif::Tag::UserComment && b.len() > 8 => match &b[..8] {
                    b"UNICODE\0" => utf16(&b[8..], !little),
                    _ => decode(&b[8..]),
                },
                // The camera maker's note: its plain characters.
                (exif::Value::Undefined(b, _), None) if number == 0x927c => strings(b),
                _ => continue,
            };
            let name = xp.map_or_else(|| field.tag.to_string(), str::to_owned);
            texts.push((format!("{prefix}EXIF {name}"), text.trim_end_matches('\0').to_owned()));
        }
        for (label, text) in texts {
            self.text(label, text);
        }
        self.again(format!("{prefix}EXIF, characters in the block"), plain);
    }

    fn xmp(&mut self, prefix: &str, data: &[u8]) {
        let start = data.windows(1).position(|w| w[0] == b'<').unwrap_or(data.len());
        match xml_text(&data[start..], " ") {
            Some((body, attrs)) => {
                self.text(format!("{prefix}XMP metadata"), body);
                self.text(format!("{prefix}XMP metadata attributes"), attrs);
            }
            None => self.text(format!("{prefix}XMP metadata"), strings(data)),
        }
    }

    fn pdf(&mut self, prefix: &str, bytes: &[u8]) {
        let here = |what: &str| format!("{prefix}{what}");
        let left = self.limits.unpacked.saturating_sub(self.unpacked);
        let limit = usize::try_from(left.min(256 << 20)).unwrap_or(256 << 20);
        let options = lopdf::LoadOptions { max_decompressed_size: Some(limit), ..Default::default() };
        let loaded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| lopdf::Document::load_mem_with_options(bytes, options)));
        let doc = match loaded {
            Ok(Ok(doc)) => doc,
            Ok(Err(e)) => {
                self.text(here("characters in the file"), strings(bytes));
                self.pdf_as_stored(prefix, bytes);
                self.unread(prefix, msg!("err-unread-pdf-detail", detail = e.to_string()), false);
                return;
            }
            Err(_) => {
                self.text(here("characters in the file"), strings(bytes));
                self.pdf_as_stored(prefix, bytes);
                self.unread(prefix, msg!("err-unread-pdf"), false);
                return;
            }
        };
        if doc.is_encrypted() {
            self.unread(prefix, msg!("err-unread-pdf-encrypted"), false);
            return;
        }
        let mut info_id = None;
        let info = match doc.trailer.get(b"Info") {
            Ok(lopdf::Object::Reference(id)) => {
                info_id = Some(*id);
                doc.get_dictionary(*id).ok()
            }
            Ok(lopdf::Object::Dictionary(d)) => Some(d),
            _ => None,
        };
        if let Some(info) = info {
            let fields: Vec<(String, String)> = info
                .iter()
                .filter_map(|(k, v)| lopdf::decode_text_string(v).ok().map(|t| (format!("PDF {}", String::from_utf8_lossy(k)), t)))
                .collect();
            for (key, text) in fields {
                self.text(here(&key), text);
            }
        }
        let mut any_text = false;
        let pages = doc.get_pages();
        for (&number, &id) in &pages {
            let text = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| doc.extract_text_with_limit(&[number], limit)));
            match text {
                Ok(Ok(text)) => {
                    any_text |= !text.trim().is_empty();
                    self.text(here(&format!("PDF page {number}")), text);
                }
                _ => {
                    // The strings of the page's content as they are.
                    let raw = doc.get_page_content_with_limit(id, limit).unwrap_or_default();
                    let text = match lopdf::content::Content::decode(&raw) {
                        Ok(content) => {
                            let mut out = String::new();
                            for op in &content.operations {
                                pdf_strings(&op.operands, &mut out);
                            }
                            out
                        }
                        Err(_) => strings(&raw),
                    };
                    any_text |= !text.trim().is_empty();
                    self.text(here(&format!("PDF page {number} (characters as stored)")), text);
                }
            }
            // The page's text runs in the order they are placed (top to
            // bottom, left to right), not the order they are drawn in.
            let placed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let encodings: layout::PdfEncodings<'_> = doc
                    .get_page_fonts(id)
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|(name, font)| font.get_font_encoding_with_limit(&doc, limit).ok().map(|e| (name, e)))
                    .collect();
                let raw = doc.get_page_content_with_limit(id, limit).unwrap_or_default();
                lopdf::content::Content::decode(&raw).ok().map(|c| {
                    let runs = layout::pdf_runs(&c.operations, &encodings);
                    let shown = layout::shown_lines(&runs, false);
                    let (glued, spaced) = layout::placed_lines(runs, false);
                    (glued, spaced, shown)
                })
            }));
            if let Ok(Some((glued, spaced, shown))) = placed {
                self.again(here(&format!("PDF page {number}, line by line as placed")), spaced);
                self.again(here(&format!("PDF page {number}, line by line as placed, parts joined")), glued);
                self.again(here(&format!("PDF page {number} as shown (invisible runs left out, actual texts read, parts joined)")), shown);
            }
        }
        // Every other string: annotations and their authors, bookmarks,
        // form fields; and the XMP metadata streams.
        let mut others = String::new();
        let mut xmp = Vec::new();
        let mut attached = 0;
        let mut forms = Vec::new();
        for (id, object) in &doc.objects {
            if Some(*id) == info_id {
                continue;
            }
            match object {
                lopdf::Object::Stream(stream) => {
                    let kind = stream.dict.get(b"Type").and_then(lopdf::Object::as_name).unwrap_or(b"");
                    // A Form XObject: a header, footer, stamp or watermark
                    // drawn on pages (`Do`), or an annotation's appearance.
                    if stream.dict.get(b"Subtype").and_then(lopdf::Object::as_name).is_ok_and(|s| s == b"Form")
                        || (stream.dict.has(b"BBox") && kind != b"Pattern")
                    {
                        forms.push(*id);
                    }
                    if kind == b"Metadata" {
                        xmp.push(stream.decompressed_content_with_limit(limit).unwrap_or_else(|_| stream.content.clone()));
                    } else if kind == b"EmbeddedFile" {
                        attached += 1;
                    }
                    pdf_strings(&stream.dict.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(), &mut others);
                }
                other => pdf_strings(std::slice::from_ref(other), &mut others),
            }
        }
        self.text(here("PDF annotations, bookmarks, form fields and other strings"), others);
        for id in forms {
            let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let stream = doc.get_object(id).ok()?.as_stream().ok()?;
                let data = stream.decompressed_content_with_limit(limit).unwrap_or_else(|_| stream.content.clone());
                let content = lopdf::content::Content::decode(&data).ok()?;
                let encodings = layout::pdf_resource_encodings(&doc, stream.dict.get(b"Resources").ok(), limit);
                let mut strings = String::new();
                for op in &content.operations {
                    pdf_strings(&op.operands, &mut strings);
                }
                let runs = layout::pdf_runs(&content.operations, &encodings);
                let shown = layout::shown_lines(&runs, false);
                let (glued, spaced) = layout::placed_lines(runs, false);
                Some((strings, spaced, glued, shown))
            }));
            if let Ok(Some((strings, spaced, glued, shown))) = read {
                let label = format!("PDF form XObject {} (a header, footer, stamp or annotation drawn on pages)", id.0);
                self.again(here(&label), strings);
                self.again(here(&format!("{label}, line by line as placed")), spaced);
                self.again(here(&format!("{label}, line by line as placed, parts joined")), glued);
                self.again(here(&format!("{label} as shown")), shown);
            }
        }
        // Revisions saved over (an incremental save adds to the file and
        // keeps what it "removed"): every stream as stored.
        if memchr::memmem::find_iter(bytes, b"startxref").nth(1).is_some() {
            self.pdf_as_stored(prefix, bytes);
        }
        for data in xmp {
            self.xmp(prefix, &data);
        }
        if attached > 0 {
            self.unread(prefix, msg!("err-unread-pdf-attachments", n = attached), false);
        }
        if !pages.is_empty() && !any_text {
            self.unread(prefix, msg!("err-unread-pdf-scan"), false);
        } else {
            self.unread(prefix, msg!("err-unread-pdf-pictures"), false);
        }
    }
}

impl Reader<'_> {
    /// Every stream of a PDF as stored, superseded revisions included, and
    /// the characters outside its streams ([`layout::pdf_raw_streams`]).
    fn pdf_as_stored(&mut self, prefix: &str, bytes: &[u8]) {
        let (streams, outside) = layout::pdf_raw_streams(bytes);
        let (mut text, mut glued, mut shown) = (String::new(), String::new(), String::new());
        for (flate, data) in streams {
            let data = if flate { self.inflate(data) } else { data.to_vec() };
            match lopdf::content::Content::decode(&data) {
                Ok(content) if !content.operations.is_empty() => {
                    let runs = layout::pdf_runs(&content.operations, &Default::default());
                    shown.push_str(&layout::shown_lines(&runs, false));
                    let (g, spaced) = layout::placed_lines(runs, false);
                    text.push_str(&spaced);
                    glued.push_str(&g);
                }
                _ => text.push_str(&strings(&data)),
            }
        }
        self.again(format!("{prefix}PDF streams as stored, earlier versions included"), text);
        self.again(format!("{prefix}PDF streams as stored, earlier versions included, parts joined"), glued);
        self.again(format!("{prefix}PDF streams as stored, earlier versions included, as shown"), shown);
        self.again(format!("{prefix}PDF characters outside its streams, earlier versions included"), strings(&outside));
    }
}

/// Every string in PDF objects, decoded, a line each.
fn pdf_strings(objects: &[lopdf::Object], out: &mut String) {
    for object in objects {
        match object {
            lopdf::Object::String(..) => {
                if let Ok(text) = lopdf::decode_text_string(object) {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            lopdf::Object::Array(items) => pdf_strings(items, out),
            lopdf::Object::Dictionary(dict) => {
                for (_, v) in dict.iter() {
                    pdf_strings(std::slice::from_ref(v), out);
                }
            }
            _ => {}
        }
    }
}

fn split_nul(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let k = data.iter().position(|&b| b == 0)?;
    Some((&data[..k], &data[k + 1..]))
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

fn utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|c| if big_endian { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) });
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect::<String>().trim_end_matches('\0').to_owned()
}

/// A text file as text: UTF-8 or UTF-16 by its byte order mark; without
/// one, UTF-8 when it is, UTF-16 when every other byte is zero, else
/// Windows-1252 (what older Windows programs save).
pub(crate) fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    // UTF-16 first: its zero bytes are valid UTF-8.
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let zeros = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let half = sample.len() / 2;
    if half > 0 && zeros(1) * 10 >= half * 3 && zeros(0) * 10 < half {
        return encoding_rs::UTF_16LE.decode_without_bom_handling(bytes).0.into_owned();
    }
    if half > 0 && zeros(0) * 10 >= half * 3 && zeros(1) * 10 < half {
        return encoding_rs::UTF_16BE.decode_without_bom_handling(bytes).0.into_owned();
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
}

impl Reader<'_> {
    /// A vCard or iCalendar: its text as [`unfold_card`] reads it, and each
    /// base64 value (`ENCODING=BASE64`, `ENCODING=b`: a vCard 2.1 or 3.0
    /// name, a photo, an ICS attachment) decoded and read as a file, by its
    /// `X-FILENAME`, else by its `FMTTYPE` or `TYPE` (`attachment.txt`,
    /// `photo.jpeg`), else by what its bytes are.
    fn card(&mut self, prefix: &str, bytes: &[u8], depth: usize) {
        let (text, attached) = unfold_card(&decode(bytes));
        self.text(format!("{prefix}text"), text);
        for (k, (property, name, data)) in attached.into_iter().enumerate() {
            if depth >= self.limits.depth {
                self.unread(prefix, msg!("err-unread-nested", depth = self.limits.depth), true);
                return;
            }
            let label = format!("{prefix}{property} value {} (base64) {name}: ", k + 1);
            if is_text(&data) && type_of(&name) == Type::Unknown {
                self.text(format!("{label}text"), decode(&data));
            } else {
                self.file(&label, &name, &data, depth + 1);
            }
        }
    }
}

/// A vCard or iCalendar as read: folded lines joined, quoted-printable
/// values (old vCards) decoded, their soft line breaks (`=` at the end of
/// a line) joined; and its base64 values: (property, file name, bytes).
fn unfold_card(text: &str) -> (String, Vec<(String, String, Vec<u8>)>) {
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    let mut out = String::with_capacity(unfolded.len());
    let mut attached = Vec::new();
    let mut lines = unfolded.lines();
    while let Some(line) = lines.next() {
        let upper = line.to_ascii_uppercase();
        let (head, value) = card_split(line);
        let head_upper = head.to_ascii_uppercase();
        if upper.contains("QUOTED-PRINTABLE") {
            let mut joined = line.to_owned();
            while joined.ends_with('=') {
                let Some(next) = lines.next() else { break };
                joined.pop();
                joined.push_str(next);
            }
            out.push_str(&quoted_printable(&joined));
        } else if head_upper.split(';').skip(1).any(|p| matches!(p.trim(), "ENCODING=BASE64" | "ENCODING=B" | "BASE64"))
            && let Some(data) = base64_decode(value)
        {
            out.push_str(line);
            let property = head.split(';').next().unwrap_or("").to_owned();
            attached.push((property, card_file_name(head), data));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    (out.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"), attached)
}

/// A content line's name and parameters, and its value: split at the
/// first `:` outside quotes.
fn card_split(line: &str) -> (&str, &str) {
    let mut quoted = false;
    for (k, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return (&line[..k], &line[k + 1..]),
            _ => {}
        }
    }
    (line, "")
}

/// The name a base64 value is read by: its `X-FILENAME` (or `FILENAME`),
/// else a name of its `FMTTYPE` or `TYPE` (`attachment.pdf`, `photo.jpeg`).
fn card_file_name(head: &str) -> String {
    let mut by_type = None;
    for param in head.split(';').skip(1) {
        let Some((key, value)) = param.split_once('=') else { continue };
        let value = value.trim().trim_matches('"');
        match key.trim().to_ascii_uppercase().as_str() {
            "X-FILENAME" | "FILENAME" | "X-APPLE-FILENAME" if !value.is_empty() => return value.to_owned(),
            "FMTTYPE" | "TYPE" | "MEDIATYPE" => {
                let lower = value.to_ascii_lowercase();
                let ext = match lower.rsplit('/').next().unwrap_or("") {
                    "plain" => "txt",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
                    "vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
                    "vnd.oasis.opendocument.text" => "odt",
                    "svg+xml" => "svg",
                    "msword" => "doc",
                    "octet-stream" | "" => "bin",
                    other => other,
                };
                if ext.chars().all(|c| c.is_ascii_alphanumeric()) {
                    by_type = Some(format!("attachment.{ext}"));
                }
            }
            _ => {}
        }
    }
    by_type.unwrap_or_else(|| "attachment".to_owned())
}

/// Base64 (standard or URL alphabet; spaces skipped, padding optional).
/// `None` when a character is not base64 or the value is under 4 of them.
fn base64_decode(value: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(value.len() * 3 / 4);
    let (mut acc, mut bits, mut count) = (0u32, 0u32, 0usize);
    for b in value.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        count += 1;
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (count >= 4).then_some(out)
}

fn quoted_printable(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut k = 0;
    while k < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[k] == b'='
            && k + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[k + 1]), hex(bytes[k + 2]))
        {
            out.push((h * 16 + l) as u8);
            k += 3;
        } else {
            out.push(bytes[k]);
            k += 1;
        }
    }
    decode(&out)
}

/// A file name as words: `verslag_Els-Peeters.pdf` is `verslag Els Peeters
/// pdf`, `ElsPeeters` is `Els Peeters`; a name with percent escapes
/// (`cv-Sofie%20Vandermeulen.txt`, as saved from a web page) read decoded
/// too, on a line of its own, as a browser's download bar shows it.
fn spaced_name(name: &str) -> String {
    let mut out = spaced_words(name);
    let escaped = name.as_bytes().windows(3).any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit());
    if escaped {
        let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
        out.push('\n');
        out.push_str(&spaced_words(&decoded));
    }
    out
}

fn spaced_words(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let mut last: Option<char> = None;
    for c in name.chars() {
        if matches!(c, '/' | '\\' | '-' | '_' | '.' | '+' | '~' | '=' | ',' | ';') {
            out.push(' ');
        } else {
            if c.is_uppercase() && last.is_some_and(char::is_lowercase) {
                out.push(' ');
            }
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Runs of plain characters in a binary file (as the Unix `strings` finds
/// them): bytes of text in UTF-8 or Windows-1252, and UTF-16LE, four
/// characters or more, a line each.
fn strings(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut run_start = None;
    let printable = |b: u8| (0x20..0x7F).contains(&b) || b >= 0xA0 || b == b'\t' || (0x80..0xA0).contains(&b);
    for (k, &b) in bytes.iter().chain(std::iter::once(&0)).enumerate() {
        match (printable(b) && k < bytes.len(), run_start) {
            (true, None) => run_start = Some(k),
            (false, Some(s)) => {
                if k - s >= 4 {
                    out.push_str(&decode(&bytes[s..k]));
                    out.push('\n');
                }
                run_start = None;
            }
            _ => {}
        }
    }
    for parity in 0..2 {
        let units: Vec<u16> = bytes[parity..].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let mut s = None;
        for (k, &u) in units.iter().chain(std::iter::once(&0)).enumerate() {
            let ok = k < units.len() && ((0x20..0x7F).contains(&u) || (0xA0..0x250).contains(&u));
            match (ok, s) {
                (true, None) => s = Some(k),
                (false, Some(start)) => {
                    if k - start >= 4 {
                        out.extend(char::decode_utf16(units[start..k].iter().copied()).map(|c| c.unwrap_or(' ')));
                        out.push('\n');
                    }
                    s = None;
                }
                _ => {}
            }
        }
    }
    out
}

/// Elements after which a reader sees a line break (paragraphs, cells,
/// rows, line breaks in OOXML, ODF and SVG).
const BREAK_AFTER: &[&[u8]] =
    &[b"p", b"h", b"si", b"c", b"tc", b"tr", b"row", b"br", b"cr", b"line-break", b"table-cell", b"text", b"title", b"desc", b"li"];
/// Elements that stand for a space or a tab.
const SPACE: &[&[u8]] = &[b"s", b"tab", b"space"];

/// The text of an XML document as a reader sees it: the text of its
/// elements (references resolved), a line break after paragraphs and
/// cells, `inline` between other elements' texts; and the values of its
/// attributes (alternative texts, comment authors), a line each. `None`
/// when it is not XML.
fn xml_text(bytes: &[u8], inline: &str) -> Option<(String, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let (mut body, mut attrs) = (String::new(), String::new());
    let attributes = |e: &quick_xml::events::BytesStart, attrs: &mut String| {
        for a in e.attributes().with_checks(false).flatten() {
            if a.key.as_ref().starts_with(b"xmlns") {
                continue;
            }
            if let Ok(v) = a.unescape_value()
                && !v.trim().is_empty()
            {
                attrs.push_str(&v);
                attrs.push('\n');
                // An ODF formula (`table:formula="of:=&quot;a&quot;&amp;…"`).
                if a.key.local_name().as_ref() == b"formula" {
                    attrs.push_str(&formula_literals(&v));
                    attrs.push('\n');
                }
            }
        }
    };
    // The text of a spreadsheet formula being read (`<f>`), whose string
    // literals are read joined too ([`formula_literals`]).
    let mut formula: Option<String> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                attributes(&e, &mut attrs);
                if e.local_name().as_ref() == b"f" {
                    formula = Some(String::new());
                }
            }
            Ok(Event::Empty(e)) => {
                attributes(&e, &mut attrs);
                let name = e.local_name();
                if SPACE.contains(&name.as_ref()) {
                    body.push(' ');
                } else if BREAK_AFTER.contains(&name.as_ref()) {
                    body.push('\n');
                }
            }
            Ok(Event::End(e)) => {
                let name = e.local_name();
                if name.as_ref() == b"f"
                    && let Some(f) = formula.take()
                {
                    let joined = formula_literals(&f);
                    if !joined.is_empty() {
                        body.push('\n');
                        body.push_str(&joined);
                        body.push('\n');
                    }
                }
                if BREAK_AFTER.contains(&name.as_ref()) {
                    body.push('\n');
                } else {
                    body.push_str(inline);
                }
            }
            Ok(Event::Text(t)) => {
                let text = String::from_utf8_lossy(&t);
                if let Some(f) = formula.as_mut() {
                    f.push_str(&text);
                }
                body.push_str(&text);
            }
            Ok(Event::CData(t)) => body.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::GeneralRef(r)) => {
                let text = ref_text(&r);
                if let Some(f) = formula.as_mut() {
                    f.push_str(&text);
                }
                body.push_str(&text);
            }
            Ok(Event::Comment(t)) => {
                attrs.push_str(&String::from_utf8_lossy(&t));
                attrs.push('\n');
            }
            Ok(Event::Eof) => return Some((body, attrs)),
            Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

/// The fields of a properties file (`docProps/core.xml`, `app.xml`,
/// `custom.xml`, ODF's `meta.xml`): each element's text with its name, or
/// the name of the custom property it belongs to.
fn xml_fields(bytes: &[u8]) -> Option<Vec<(String, String)>> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut stack: Vec<(String, Option<String>)> = Vec::new();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |stack: &[(String, Option<String>)], text: &str| {
        let Some((element, _)) = stack.last() else { return };
        let field = stack.iter().rev().find_map(|(_, n)| n.clone()).unwrap_or_else(|| element.clone());
        match out.last_mut() {
            Some((f, t)) if *f == field => t.push_str(text),
            _ => out.push((field, text.to_owned())),
        }
    };
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let property = e
                    .attributes()
                    .with_checks(false)
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == b"name")
                    .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()));
                stack.push((name, property));
            }
            Ok(Event::End(_)) => {
                stack.pop();
            }
            Ok(Event::Text(t)) => push(&stack, &String::from_utf8_lossy(&t)),
            Ok(Event::CData(t)) => push(&stack, &String::from_utf8_lossy(&t)),
            Ok(Event::GeneralRef(r)) => push(&stack, &ref_text(&r)),
            Ok(Event::Eof) => return Some(out),
            Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

/// What an entity or character reference in XML stands for (a space for
/// one the reader does not know).
pub(crate) fn ref_text(r: &quick_xml::events::BytesRef<'_>) -> String {
    match r.resolve_char_ref() {
        Ok(Some(c)) => c.to_string(),
        _ => quick_xml::escape::resolve_predefined_entity(&String::from_utf8_lossy(r)).unwrap_or(" ").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in files {
            w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn find<'a>(texts: &'a [Text], needle: &str) -> Option<&'a str> {
        texts.iter().find(|t| t.text.contains(needle)).map(|t| t.label.as_str())
    }

    #[test]
    fn text_in_utf8_and_utf16() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Verslag: Els Peeters".encode_utf16().flat_map(u16::to_le_bytes));
        let (found, unread) = texts("v.txt", &le);
        assert_eq!(find(&found, "Els Peeters"), Some("text"));
        assert!(unread.is_empty());
        let bare: Vec<u8> = "Els Peeters".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare), "Els Peeters");
        assert_eq!(decode(b"Ren\xe9"), "René");
    }

    #[test]
    fn names_and_cards() {
        assert_eq!(spaced_name("team/verslag_ElsPeeters-2024.pdf"), "team verslag Els Peeters 2024 pdf");
        let card = b"BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:Els=20Pee\r\n ters\r\nEND:VCARD\r\n";
        let (found, _) = texts("c.vcf", card);
        assert_eq!(find(&found, "Els Peeters"), Some("text"));
        let (found, _) = texts("d.json", br#"{"a": ["Els Pe\u00ebters"]}"#);
        assert_eq!(find(&found, "Els Peëters"), Some("text"));
    }

    #[test]
    fn office_documents() {
        let core = br#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>Els Peeters</dc:creator><dc:title>Plan</dc:title></cp:coreProperties>"#;
        let custom = br#"<Properties><property name="Reviewer"><vt:lpwstr>Jan Jansen</vt:lpwstr></property></Properties>"#;
        let doc = br#"<w:document><w:body><w:p><w:r><w:t>Gesprek met Wim Vander</w:t></w:r><w:r><w:t>meulen</w:t></w:r></w:p><w:p><w:ins w:author="Sofie Claes"><w:r><w:t>x</w:t></w:r></w:ins></w:p></w:body></w:document>"#;
        let docx = zip_of(&[("docProps/core.xml", core), ("docProps/custom.xml", custom), ("word/document.xml", doc)]);
        let (found, unread) = texts("plan.docx", &docx);
        assert_eq!(find(&found, "Els Peeters"), Some("docProps/core.xml dc:creator"));
        assert_eq!(find(&found, "Jan Jansen"), Some("docProps/custom.xml Reviewer"));
        assert_eq!(find(&found, "Wim Vandermeulen"), Some("word/document.xml"));
        assert_eq!(find(&found, "Sofie Claes"), Some("word/document.xml attributes"));
        assert!(unread.is_empty(), "{unread:?}");
    }

    #[test]
    fn nested_zips_and_bombs() {
        let inner = zip_of(&[("notes/a.txt", b"Els Peeters")]);
        let outer = zip_of(&[("bijlagen/in.zip", &inner)]);
        let (found, unread) = texts("alles.zip", &outer);
        assert_eq!(find(&found, "Els Peeters"), Some("zip member bijlagen/in.zip: zip member notes/a.txt: text"));
        assert!(unread.is_empty(), "{unread:?}");
        // Over the cap: refused, blocking.
        let big = vec![b'a'; 2 << 20];
        let bomb = zip_of(&[("a.txt", &big)]);
        let mut seen = Vec::new();
        let unread = read("bom.zip", &bomb, Limits { unpacked: 1 << 20, depth: 4, members: 10, records: true }, &mut |t| seen.push(t));
        assert_eq!(unread.len(), 1, "{unread:?}");
        assert!(unread[0].blocks && unread[0].why.to_string().contains("over 1 MiB"), "{unread:?}");
        assert_eq!(unread[0].label, "zip member a.txt");
        // Too deep.
        let mut nested = zip_of(&[("x.txt", b"x")]);
        for _ in 0..5 {
            nested = zip_of(&[("z.zip", &nested)]);
        }
        let (_, unread) = texts("diep.zip", &nested);
        assert!(unread.iter().any(|u| u.blocks && u.why.to_string().contains("nested")), "{unread:?}");
        let (_, unread) = texts("kapot.zip", b"PK\x03\x04 not a zip");
        assert!(unread.iter().any(|u| u.blocks), "{unread:?}");
    }

    #[test]
    fn binary_strings() {
        let mut b = vec![0u8, 1, 2];
        b.extend(b"Els Peeters");
        b.extend([0, 0xFF]);
        b.extend("Jan Jansen".encode_utf16().flat_map(u16::to_le_bytes));
        let s = strings(&b);
        assert!(s.contains("Els Peeters") && s.contains("Jan Jansen"), "{s}");
    }
}
