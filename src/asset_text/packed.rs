//! Files the guard reads unpacked: gzip (`.gz`, `.svgz`, `.tgz`) and
//! brotli (`.br`) read by their inner name, tar archives member by member,
//! fonts (TrueType, OpenType, WOFF, WOFF2) by their name table and the
//! characters of their tables; and the compressed formats the guard cannot
//! unpack, known by their first bytes, which block publishing.

use std::io::Read;

use crate::i18n::msg;

use super::{Reader, latin1, strings, utf16, xml_text};

/// What a file's first bytes say it is, whatever its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Magic {
    Gzip,
    Brotli,
    Zip,
    Pdf,
    Tar,
    Font,
    /// A compressed or packed format the guard cannot unpack, by name.
    Packed(&'static str),
}

/// How a single file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Packing {
    Gzip,
    Brotli,
}

pub(super) fn magic(name: &str, b: &[u8]) -> Option<Magic> {
    let at = |k: usize, m: &[u8]| b.get(k..k + m.len()) == Some(m);
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('/').next().and_then(|f| f.rsplit_once('.')).map(|(_, e)| e).unwrap_or("");
    let font_ext = matches!(ext, "ttf" | "otf" | "ttc" | "otc" | "woff" | "woff2" | "eot" | "dfont");
    // Magic numbers that text does not start with; the few that are
    // letters (`OTTO`, `true`, `wOFF`) only with a binary byte after them.
    let binary_after = |k: usize| b.iter().skip(k).take(8).any(|&c| c < 0x09 || (0x0e..0x20).contains(&c));
    if at(0, b"\x1f\x8b") {
        return Some(Magic::Gzip);
    }
    if at(0, b"PK\x03\x04") || at(0, b"PK\x05\x06") {
        return Some(Magic::Zip);
    }
    if at(0, b"%PDF-") {
        return Some(Magic::Pdf);
    }
    if at(257, b"ustar") {
        return Some(Magic::Tar);
    }
    if ((at(0, b"wOFF") || at(0, b"wOF2") || at(0, b"OTTO") || at(0, b"ttcf")) && binary_after(4))
        || (font_ext && (at(0, b"\x00\x01\x00\x00") || at(0, b"true")))
    {
        return Some(Magic::Font);
    }
    let packed =
        if at(0, b"BZh") && b.get(3).is_some_and(|d| (b'1'..=b'9').contains(d)) && (at(4, b"1AY&SY") || at(4, b"\x17\x72\x45\x38\x50\x90"))
        {
            Some("bzip2")
        } else if at(0, b"\xfd7zXZ\x00") {
            Some("xz")
        } else if at(0, b"\x28\xb5\x2f\xfd") {
            Some("Zstandard")
        } else if at(0, b"7z\xbc\xaf\x27\x1c") {
            Some("7-Zip")
        } else if at(0, b"Rar!\x1a\x07") {
            Some("RAR")
        } else if at(0, b"\x04\x22\x4d\x18") {
            Some("LZ4")
        } else if at(0, b"LZIP") && binary_after(4) {
            Some("lzip")
        } else if at(0, b"\x1f\x9d") || at(0, b"\x1f\xa0") || at(0, b"\x1f\x1e") {
            Some("compress (.Z)")
        } else if at(0, b"MSCF\x00\x00\x00\x00") {
            Some("Microsoft Cabinet")
        } else if at(0, b"\x60\xea") && ext == "arj" {
            Some("ARJ")
        } else if ext == "lzma" && at(0, b"\x5d\x00\x00") {
            Some("LZMA")
        } else if matches!(ext, "zz" | "zlib") {
            Some("zlib")
        } else {
            None
        };
    if let Some(format) = packed {
        return Some(Magic::Packed(format));
    }
    if ext == "br" {
        return Some(Magic::Brotli);
    }
    None
}

/// The name of what a gzip or brotli file holds: `x.yaml.gz` holds
/// `x.yaml`, `x.svgz` an SVG, `x.tgz` a tar archive.
fn inner_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let cut = |n: usize| name[..name.len() - n].to_owned();
    for (ext, inner) in [(".svgz", ".svg"), (".tgz", ".tar"), (".taz", ".tar"), (".tbr", ".tar"), (".emz", ".emf"), (".wmz", ".wmf")] {
        if lower.ends_with(ext) {
            return format!("{}{inner}", cut(ext.len()));
        }
    }
    for ext in [".gz", ".gzip", ".br", ".z"] {
        if lower.ends_with(ext) && lower.len() > ext.len() {
            return cut(ext.len());
        }
    }
    name.to_owned()
}

impl Reader<'_> {
    /// A compressed file, unpacked within the caps and read by its inner name.
    pub(super) fn unpack(&mut self, prefix: &str, name: &str, bytes: &[u8], depth: usize, packing: Packing) {
        if depth >= self.limits.depth {
            self.unread(prefix, msg!("err-unread-nested", depth = self.limits.depth), true);
            return;
        }
        let left = self.limits.unpacked.saturating_sub(self.unpacked);
        let mut data = Vec::new();
        let read = match packing {
            Packing::Gzip => {
                let mut decoder = flate2::read::MultiGzDecoder::new(bytes);
                let read = (&mut decoder).take(left + 1).read_to_end(&mut data);
                // The header's original file name (`gzip -lN`, `gunzip -N`
                // and 7-Zip show it) and comment.
                if let Some(header) = decoder.header() {
                    if let Some(original) = header.filename() {
                        self.text(format!("{prefix}gzip header: original file name"), super::spaced_name(&super::decode(original)));
                    }
                    if let Some(comment) = header.comment() {
                        self.text(format!("{prefix}gzip header: comment"), super::decode(comment));
                    }
                }
                read
            }
            Packing::Brotli => brotli_decompressor::Decompressor::new(bytes, 4096).take(left + 1).read_to_end(&mut data),
        };
        self.unpacked += data.len() as u64;
        if data.len() as u64 > left {
            self.unread(prefix, msg!("err-unread-too-large", mib = self.limits.unpacked >> 20), true);
            return;
        }
        if let Err(e) = read {
            self.unread(prefix, msg!("err-unread-unpack", detail = e.to_string()), true);
            return;
        }
        let inner = inner_name(name);
        let shown = inner.rsplit('/').next().unwrap_or(&inner);
        self.file(&format!("{prefix}unpacked {shown}: "), &inner, &data, depth + 1);
    }

    /// A tar archive (ustar, GNU, pax), member by member.
    pub(super) fn tar(&mut self, prefix: &str, bytes: &[u8], depth: usize) {
        if depth >= self.limits.depth {
            self.unread(prefix, msg!("err-unread-nested", depth = self.limits.depth), true);
            return;
        }
        let mut k = 0;
        let mut names = String::new();
        let mut long_name: Option<String> = None;
        while k + 512 <= bytes.len() {
            let h = &bytes[k..k + 512];
            if h.iter().all(|&b| b == 0) {
                break;
            }
            let field = |a: usize, b: usize| {
                let f = &h[a..b];
                &f[..f.iter().position(|&c| c == 0).unwrap_or(f.len())]
            };
            let Some(size) = octal(field(124, 136)) else {
                self.unread(prefix, msg!("err-unread-archive", detail = "a tar header without a size"), true);
                return;
            };
            let mut name = String::from_utf8_lossy(field(0, 100)).into_owned();
            if &h[257..262] == b"ustar" && !field(345, 500).is_empty() {
                name = format!("{}/{name}", String::from_utf8_lossy(field(345, 500)));
            }
            if let Some(long) = long_name.take() {
                name = long;
            }
            let start = k + 512;
            let data = &bytes[start.min(bytes.len())..start.saturating_add(size).min(bytes.len())];
            // Who made the member (`tar -tv` shows its owner and group) and
            // what a link points to.
            let mut header = String::new();
            for (a, b) in [(265, 297), (297, 329), (157, 257)] {
                let value = super::decode(field(a, b));
                if !value.trim().is_empty() {
                    // `sofie.vandermeulen` as `sofie vandermeulen`.
                    header.push_str(&super::spaced_name(&value));
                    header.push('\n');
                }
            }
            self.text(format!("{prefix}tar header {name}: owner, group, link"), header);
            match h[156] {
                b'L' => long_name = Some(String::from_utf8_lossy(data).trim_end_matches('\0').to_owned()),
                b'x' | b'g' => self.text(format!("{prefix}tar header {name}"), String::from_utf8_lossy(data).into_owned()),
                b'0' | 0 | b'7' => {
                    self.members += 1;
                    if self.members > self.limits.members {
                        self.unread(prefix, msg!("err-unread-too-many-files", n = self.limits.members), true);
                        return;
                    }
                    names.push_str(&super::spaced_name(&name));
                    names.push('\n');
                    self.file(&format!("{prefix}tar member {name}: "), &name, data, depth + 1);
                }
                _ => {
                    names.push_str(&super::spaced_name(&name));
                    names.push('\n');
                }
            }
            k = start.saturating_add(size.div_ceil(512) * 512);
        }
        self.text(format!("{prefix}names of the files in the archive"), names);
    }

    /// A font: the strings of its name table (family, designer, licence,
    /// any text a tool wrote there) and the plain characters of all its
    /// tables, WOFF and WOFF2 tables unpacked.
    pub(super) fn font(&mut self, prefix: &str, bytes: &[u8]) {
        let here = |what: &str| format!("{prefix}{what}");
        let unpacked = if bytes.starts_with(b"wOFF") {
            self.woff(prefix, bytes)
        } else if bytes.starts_with(b"wOF2") {
            self.woff2(prefix, bytes)
        } else {
            Some(Font { tables: bytes.to_vec(), name: sfnt_table(bytes, b"name") })
        };
        let Some(font) = unpacked else {
            self.unread(prefix, msg!("err-unread-font"), true);
            return;
        };
        if let Some(range) = font.name.clone() {
            self.text(here("font names"), name_table(&font.tables[range]));
        }
        self.again(here("characters in the font"), strings(&font.tables));
    }

    fn woff(&mut self, prefix: &str, b: &[u8]) -> Option<Font> {
        let n = usize::from(be16(b, 12)?);
        let mut tables = Vec::new();
        let mut name = None;
        for t in 0..n {
            let e = 44 + 20 * t;
            let (tag, offset, comp, orig) =
                (b.get(e..e + 4)?, be32(b, e + 4)? as usize, be32(b, e + 8)? as usize, be32(b, e + 12)? as usize);
            let data = b.get(offset..offset.checked_add(comp)?)?;
            let start = tables.len();
            if comp < orig {
                let out = self.inflate(data);
                if out.is_empty() {
                    return None;
                }
                tables.extend(out);
            } else {
                tables.extend_from_slice(data);
            }
            if tag == b"name" {
                name = Some(start..tables.len());
            }
        }
        self.font_extras(prefix, b, 24, false);
        Some(Font { tables, name })
    }

    fn woff2(&mut self, prefix: &str, b: &[u8]) -> Option<Font> {
        let n = usize::from(be16(b, 12)?);
        let compressed = be32(b, 20)? as usize;
        let mut k = 48;
        let mut lengths = Vec::with_capacity(n);
        for _ in 0..n {
            let flags = *b.get(k)?;
            k += 1;
            let index = flags & 0x3f;
            let tag: [u8; 4] = if index == 63 {
                let t = b.get(k..k + 4)?.try_into().ok()?;
                k += 4;
                t
            } else {
                match index {
                    5 => *b"name",
                    10 => *b"glyf",
                    11 => *b"loca",
                    _ => *b"    ",
                }
            };
            let orig = base128(b, &mut k)?;
            let version = flags >> 6;
            let transformed = if &tag == b"glyf" || &tag == b"loca" { version == 0 } else { version != 0 };
            let len = if transformed { base128(b, &mut k)? } else { orig };
            lengths.push((tag, len as usize));
        }
        if b.get(4..8) == Some(b"ttcf") {
            // The collection directory: its fonts' table indices.
            k += 4;
            let fonts = uint255(b, &mut k)?;
            for _ in 0..fonts {
                let tables = uint255(b, &mut k)?;
                k += 4;
                for _ in 0..tables {
                    uint255(b, &mut k)?;
                }
            }
        }
        let stream = b.get(k..k.checked_add(compressed)?)?;
        let left = self.limits.unpacked.saturating_sub(self.unpacked);
        let mut tables = Vec::new();
        let read = brotli_decompressor::Decompressor::new(stream, 4096).take(left + 1).read_to_end(&mut tables);
        self.unpacked += tables.len() as u64;
        if read.is_err() || tables.len() as u64 > left {
            return None;
        }
        let mut at = 0;
        let mut name = None;
        for (tag, len) in lengths {
            if &tag == b"name" && at + len <= tables.len() {
                name = Some(at..at + len);
            }
            at += len;
        }
        self.font_extras(prefix, b, 28, true);
        Some(Font { tables, name })
    }

    /// A WOFF's extended metadata (XML: licensee, credits) and private data.
    fn font_extras(&mut self, prefix: &str, b: &[u8], at: usize, brotli: bool) {
        let (Some(meta), Some(meta_len), Some(private), Some(private_len)) =
            (be32(b, at), be32(b, at + 4), be32(b, at + 12), be32(b, at + 16))
        else {
            return;
        };
        if meta_len > 0
            && let Some(data) = b.get(meta as usize..(meta as usize).saturating_add(meta_len as usize))
        {
            let xml = if brotli {
                let left = self.limits.unpacked.saturating_sub(self.unpacked);
                let mut out = Vec::new();
                let _ = brotli_decompressor::Decompressor::new(data, 4096).take(left).read_to_end(&mut out);
                self.unpacked += out.len() as u64;
                out
            } else {
                self.inflate(data)
            };
            match xml_text(&xml, " ") {
                Some((body, attrs)) => {
                    self.text(format!("{prefix}font metadata"), body);
                    self.text(format!("{prefix}font metadata attributes"), attrs);
                }
                None => self.text(format!("{prefix}font metadata"), strings(&xml)),
            }
        }
        if private_len > 0
            && let Some(data) = b.get(private as usize..(private as usize).saturating_add(private_len as usize))
        {
            self.text(format!("{prefix}font private data"), strings(data));
        }
    }
}

/// A font's tables, one after the other, and where its name table is.
struct Font {
    tables: Vec<u8>,
    name: Option<std::ops::Range<usize>>,
}

fn be16(b: &[u8], k: usize) -> Option<u16> {
    b.get(k..k + 2).map(|w| u16::from_be_bytes([w[0], w[1]]))
}

fn be32(b: &[u8], k: usize) -> Option<u32> {
    b.get(k..k + 4).map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
}

/// WOFF2's UIntBase128.
fn base128(b: &[u8], k: &mut usize) -> Option<u32> {
    let mut value: u32 = 0;
    for _ in 0..5 {
        let byte = *b.get(*k)?;
        *k += 1;
        value = value.checked_mul(128)? | u32::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// WOFF2's 255UInt16.
fn uint255(b: &[u8], k: &mut usize) -> Option<u16> {
    let code = *b.get(*k)?;
    *k += 1;
    Some(match code {
        253 => {
            let v = be16(b, *k)?;
            *k += 2;
            v
        }
        254 => {
            let v = u16::from(*b.get(*k)?) + 506;
            *k += 1;
            v
        }
        255 => {
            let v = u16::from(*b.get(*k)?) + 253;
            *k += 1;
            v
        }
        c => u16::from(c),
    })
}

/// Where a TrueType/OpenType font's table `tag` is.
fn sfnt_table(b: &[u8], tag: &[u8; 4]) -> Option<std::ops::Range<usize>> {
    let n = usize::from(be16(b, 4)?);
    (0..n).find_map(|t| {
        let e = 12 + 16 * t;
        (b.get(e..e + 4)? == tag).then_some(())?;
        let (offset, len) = (be32(b, e + 8)? as usize, be32(b, e + 12)? as usize);
        (offset.checked_add(len)? <= b.len()).then_some(offset..offset + len)
    })
}

/// The strings of a font's name table, a line each (Unicode and Windows
/// records in UTF-16BE, Macintosh ones in a one-byte encoding).
fn name_table(data: &[u8]) -> String {
    let mut out = String::new();
    let (Some(count), Some(storage)) = (be16(data, 2), be16(data, 4)) else { return out };
    for r in 0..usize::from(count) {
        let base = 6 + r * 12;
        let (Some(platform), Some(len), Some(offset)) = (be16(data, base), be16(data, base + 8), be16(data, base + 10)) else { break };
        let start = usize::from(storage) + usize::from(offset);
        let Some(raw) = data.get(start..start + usize::from(len)) else { continue };
        out.push_str(&if platform == 1 { latin1(raw) } else { utf16(raw, true) });
        out.push('\n');
    }
    out
}

/// A tar header's octal number (or GNU's base-256 one).
fn octal(field: &[u8]) -> Option<usize> {
    if field.first().is_some_and(|b| b & 0x80 != 0) {
        return field[1..].iter().try_fold(0usize, |n, &b| n.checked_mul(256).map(|n| n + usize::from(b)));
    }
    let digits = std::str::from_utf8(field).ok()?.trim_matches(|c: char| c == ' ' || c == '\0');
    if digits.is_empty() {
        return Some(0);
    }
    usize::from_str_radix(digits, 8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_names() {
        assert_eq!(inner_name("static/team.yaml.gz"), "static/team.yaml");
        assert_eq!(inner_name("contact.SVGZ"), "contact.svg");
        assert_eq!(inner_name("thema.tgz"), "thema.tar");
        assert_eq!(inner_name("style.css"), "style.css");
    }

    #[test]
    fn magic_numbers() {
        assert_eq!(magic("a.bin", b"\x1f\x8b\x08\x00"), Some(Magic::Gzip));
        assert_eq!(magic("team.yaml.bz2", b"BZh91AY&SY\x00\x01"), Some(Magic::Packed("bzip2")));
        assert_eq!(magic("x.css", b"\xfd7zXZ\x00\x00"), Some(Magic::Packed("xz")));
        assert_eq!(magic("x", b"\x28\xb5\x2f\xfd\x00"), Some(Magic::Packed("Zstandard")));
        assert_eq!(magic("x.woff2", b"wOF2\x00\x01\x00\x00\x00\x00"), Some(Magic::Font));
        // Text that starts like a magic number is text.
        assert_eq!(magic("notes.txt", b"OTTO gaat naar huis, en BZh9 is geen bzip2."), None);
        assert_eq!(magic("notes.txt", b"true story"), None);
        assert_eq!(magic("x.br", b"anything"), Some(Magic::Brotli));
    }
}
