//! Spreadsheet import: an inventory kept in a spreadsheet (the
//! "inventarisatiesjabloon") to the YAML of `content/inventory/`.
//!
//! Owns reading the sheet (calamine for xlsx, xls and ods; the csv crate for
//! CSV with its `;` or `,` detected, UTF-8 with or without a BOM, or
//! Windows-1252), mapping Dutch, English and French headers and values to the
//! content format, validating every row, and writing the YAML text. Problems
//! are [`Diagnostic`]s of the usual kinds, each pointing at its cell in a
//! source made of the sheet's rows (one line per spreadsheet row), so they
//! name the sheet, row and column like any content error. It writes no file:
//! `cmd::import` does, and only when there is no error.

use std::collections::HashSet;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::diag::{Diagnostic, Kind, did_you_mean};
use crate::i18n::{Msg, msg};
use crate::load::raw::{InventoryKind, InventorySource, RawInventoryItem, Visibility};
use crate::model::Id;
use crate::source::{FileId, Pos, SourceFile, Sources, Span};

/// One sheet as read: its rows by spreadsheet row number (1-based), each
/// cell as text. Empty rows are left out.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    /// The file name as the user gave it.
    pub file: String,
    /// The worksheet's name (`None` for CSV).
    pub sheet: Option<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Read the sheets of a spreadsheet file. `Err` is a message for a file that
/// cannot be read at all (the run cannot start).
pub(crate) fn read(path: &Path) -> Result<Vec<Table>, Msg> {
    let shown = path.display().to_string();
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| msg!("cli-import-cannot-read", file = shown.as_str(), detail = e.to_string()))?;
            Ok(vec![read_csv(&shown, &bytes)?])
        }
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => read_workbook(path, &shown),
        _ => Err(msg!("cli-import-not-a-spreadsheet", file = shown)),
    }
}

fn read_workbook(path: &Path, shown: &str) -> Result<Vec<Table>, Msg> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(path).map_err(|e| msg!("cli-import-bad-workbook", file = shown, detail = e.to_string()))?;
    let mut tables = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| msg!("cli-import-bad-sheet", sheet = name.as_str(), file = shown, detail = e.to_string()))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let mut rows = Vec::new();
        for (k, row) in range.rows().enumerate() {
            let mut cells: Vec<String> = vec![String::new(); first_col as usize];
            cells.extend(row.iter().map(|c| match c {
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                Data::Error(_) | Data::Empty => String::new(),
                other => other.to_string(),
            }));
            trim_row(&mut cells);
            if !cells.is_empty() {
                rows.push((first_row as usize + k + 1, cells));
            }
        }
        tables.push(Table { file: shown.to_owned(), sheet: Some(name), rows });
    }
    Ok(tables)
}

/// Decode a CSV export: UTF-8 (with or without BOM), UTF-16 with a BOM, or
/// else Windows-1252 (what Excel writes as "CSV" on a Dutch Windows).
pub(crate) fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// The delimiter of a CSV text: `;`, `,` or a tab, whichever the header line
/// (outside quotes) holds most of; `,` on a tie.
pub(crate) fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    if counts[0] > counts[1] && counts[0] >= counts[2] {
        b';'
    } else if counts[2] > counts[1] {
        b'\t'
    } else {
        b','
    }
}

fn read_csv(shown: &str, bytes: &[u8]) -> Result<Table, Msg> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter(&text)).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (k, record) in reader.records().enumerate() {
        let record = record.map_err(|e| msg!("cli-import-bad-csv", file = shown, detail = e.to_string()))?;
        let mut cells: Vec<String> = record.iter().map(str::to_owned).collect();
        trim_row(&mut cells);
        if !cells.is_empty() {
            rows.push((k + 1, cells));
        }
    }
    Ok(Table { file: shown.to_owned(), sheet: None, rows })
}

fn trim_row(cells: &mut Vec<String>) {
    for c in cells.iter_mut() {
        let t = c.trim();
        if t.len() != c.len() {
            *c = t.to_owned();
        }
    }
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
}

// ---------------------------------------------------------------------------
// Headers and values

/// The inventory keys a column can map to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Id,
    Title,
    Kind,
    Source,
    Department,
    Sdgs,
    Topics,
    Visibility,
    Note,
}

impl Column {
    pub(crate) const ALL: [Column; 9] = [
        Column::Id,
        Column::Title,
        Column::Kind,
        Column::Source,
        Column::Department,
        Column::Sdgs,
        Column::Topics,
        Column::Visibility,
        Column::Note,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Title => "title",
            Column::Kind => "kind",
            Column::Source => "source",
            Column::Department => "department",
            Column::Sdgs => "sdgs",
            Column::Topics => "topics",
            Column::Visibility => "visibility",
            Column::Note => "note",
        }
    }

    /// The header names that map to this key (compared after [`fold`]).
    /// docs/import.md lists the same.
    pub(crate) fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Id => &["id", "code"],
            Column::Title => &["titel", "title", "naam", "name", "benaming", "titre", "nom"],
            Column::Kind => &["soort", "kind", "type", "aard"],
            Column::Source => &["bron", "source", "herkomst"],
            Column::Department => &["dienst", "afdeling", "department", "departement", "service"],
            Column::Sdgs => &["sdgs", "sdg", "duurzameontwikkelingsdoelen", "ontwikkelingsdoelen", "odd"],
            Column::Topics => &["themas", "thema", "mvothemas", "mvothema", "topics", "topic", "themes", "theme", "thematiques"],
            Column::Visibility => &["zichtbaarheid", "visibility", "zichtbaar", "visibilite"],
            Column::Note => &[
                "opmerking",
                "opmerkingen",
                "toelichting",
                "notitie",
                "note",
                "notes",
                "omschrijving",
                "beschrijving",
                "description",
                "remarque",
            ],
        }
    }

    fn from_header(header: &str) -> Option<Column> {
        let f = fold(header);
        Column::ALL.into_iter().find(|c| c.aliases().contains(&f.as_str()))
    }
}

/// Lowercase, accents removed, and everything but letters and digits dropped:
/// `Meerjarenplanning (BBC)` -> `meerjarenplanningbbc`, `SDG's` -> `sdgs`.
pub(crate) fn fold(s: &str) -> String {
    s.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).filter(|c| c.is_alphanumeric()).collect()
}

const KIND_VALUES: &[(&str, InventoryKind)] = &[
    ("goal", InventoryKind::Goal),
    ("doel", InventoryKind::Goal),
    ("doelstelling", InventoryKind::Goal),
    ("objectif", InventoryKind::Goal),
    ("action", InventoryKind::Action),
    ("actie", InventoryKind::Action),
    ("maatregel", InventoryKind::Action),
];

const SOURCE_VALUES: &[(&str, InventorySource)] = &[
    ("multiyearplan", InventorySource::MultiyearPlan),
    ("meerjarenplanning", InventorySource::MultiyearPlan),
    ("meerjarenplanningbbc", InventorySource::MultiyearPlan),
    ("meerjarenplan", InventorySource::MultiyearPlan),
    ("bbc", InventorySource::MultiyearPlan),
    ("mjp", InventorySource::MultiyearPlan),
    ("planpluriannuel", InventorySource::MultiyearPlan),
    ("policystatement", InventorySource::PolicyStatement),
    ("beleidsnota", InventorySource::PolicyStatement),
    ("beleidsverklaring", InventorySource::PolicyStatement),
    ("bestuursakkoord", InventorySource::PolicyStatement),
    ("notedepolitiquegenerale", InventorySource::PolicyStatement),
    ("visionnote", InventorySource::VisionNote),
    ("visienota", InventorySource::VisionNote),
    ("visietekst", InventorySource::VisionNote),
    ("departmentplan", InventorySource::DepartmentPlan),
    ("dienstplan", InventorySource::DepartmentPlan),
    ("plandienst", InventorySource::DepartmentPlan),
    ("plan van de dienst", InventorySource::DepartmentPlan),
    ("afdelingsplan", InventorySource::DepartmentPlan),
    ("advisorycouncil", InventorySource::AdvisoryCouncil),
    ("adviesraad", InventorySource::AdvisoryCouncil),
    ("adviesraden", InventorySource::AdvisoryCouncil),
    ("conseilconsultatif", InventorySource::AdvisoryCouncil),
    ("website", InventorySource::Website),
    ("webstek", InventorySource::Website),
    ("siteweb", InventorySource::Website),
    ("other", InventorySource::Other),
    ("andere", InventorySource::Other),
    ("ander", InventorySource::Other),
    ("overige", InventorySource::Other),
    ("overig", InventorySource::Other),
    ("autre", InventorySource::Other),
];

const VISIBILITY_VALUES: &[(&str, Visibility)] = &[
    ("public", Visibility::Public),
    ("publiek", Visibility::Public),
    ("openbaar", Visibility::Public),
    ("extern", Visibility::Public),
    ("ja", Visibility::Public),
    ("yes", Visibility::Public),
    ("oui", Visibility::Public),
    ("internal", Visibility::Internal),
    ("intern", Visibility::Internal),
    ("nee", Visibility::Internal),
    ("no", Visibility::Internal),
    ("non", Visibility::Internal),
    ("interne", Visibility::Internal),
];

fn lookup<T: Copy>(table: &[(&str, T)], value: &str) -> Option<T> {
    let f = fold(value);
    table.iter().find(|(k, _)| fold(k) == f).map(|(_, v)| *v)
}

/// "7, 11, 13", "7;11;13", "SDG 7 / SDG 13": the numbers, or the bad part.
pub(crate) fn parse_sdgs(cell: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for part in cell.split([',', ';', '/', '|', '\n']).flat_map(str::split_whitespace) {
        let lower = part.to_ascii_lowercase();
        let digits = lower.trim_start_matches("sdg").trim_start_matches("odd").trim_end_matches(".0");
        if digits.is_empty() {
            continue;
        }
        match digits.parse::<u8>() {
            Ok(n @ 1..=17) => {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
            _ => return Err(part.to_owned()),
        }
    }
    out.sort_unstable();
    Ok(out)
}

// ---------------------------------------------------------------------------
// Validating and writing

/// What the project already has, for the checks on each row.
#[derive(Debug, Clone, Default)]
pub(crate) struct Project {
    /// Topic ids with their titles (the defaults when site.yaml sets none).
    pub topics: Vec<(String, String)>,
    /// `departments` of site.yaml (empty: any department).
    pub departments: Vec<String>,
    /// Ids of the inventory items that exist already.
    pub inventory_ids: HashSet<String>,
}

impl Project {
    /// Read what the import needs from the project at `root` (problems in
    /// the content are not the import's business: `kapstok check` shows them).
    pub(crate) fn read(root: &Path) -> Project {
        let loaded = crate::load::load(root);
        let mut p = Project::default();
        let site = loaded.site.as_ref().map(|(_, s)| s);
        match site.and_then(|s| s.topics.value()) {
            Some(list) => {
                for t in list {
                    if let Some(id) = t.id.value() {
                        let title = t.title.value().cloned().unwrap_or_else(|| id.clone());
                        p.topics.push((id.clone(), title));
                    }
                }
            }
            None => p.topics = crate::model::DEFAULT_TOPICS.iter().map(|(i, t)| ((*i).to_owned(), (*t).to_owned())).collect(),
        }
        if let Some(list) = site.and_then(|s| s.departments.value()) {
            p.departments = list.iter().map(|d| d.value.trim().to_owned()).collect();
        }
        p.inventory_ids = loaded.inventory.iter().filter_map(|(_, i)| i.id.value().cloned()).collect();
        p
    }
}

/// One imported item, checked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub id: String,
    pub title: String,
    pub kind: InventoryKind,
    pub source: InventorySource,
    pub department: Option<String>,
    pub sdgs: Vec<u8>,
    pub topics: Vec<String>,
    pub visibility: Option<Visibility>,
    pub note: Option<String>,
}

/// The outcome of an import: the items (complete only without errors), the
/// problems, and the sources they point into.
pub(crate) struct Imported {
    pub items: Vec<Item>,
    pub diags: Vec<Diagnostic>,
    pub sources: Sources,
    /// The table the items came from.
    pub sheet: Option<String>,
}

/// Choose the sheet to import: the first whose header row has a title column;
/// else the first that has rows.
pub(crate) fn pick(tables: Vec<Table>) -> Option<Table> {
    let has_title =
        |t: &Table| t.rows.iter().take(10).any(|(_, cells)| cells.iter().any(|c| Column::from_header(c) == Some(Column::Title)));
    let k = tables.iter().position(has_title).or_else(|| tables.iter().position(|t| !t.rows.is_empty())).unwrap_or(0);
    tables.into_iter().nth(k)
}

/// Column letters as a spreadsheet shows them: 0 -> A, 26 -> AA.
pub(crate) fn column_letter(mut k: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (k % 26) as u8);
        if k < 26 {
            break;
        }
        k = k / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The source that diagnostics point into: line N is spreadsheet row N, its
/// cells joined by ` | `. Returns the file and, per row, the byte ranges of
/// its cells.
struct Shown {
    file: FileId,
    cells: std::collections::HashMap<usize, Vec<Span>>,
    /// The start of each row's line.
    lines: std::collections::HashMap<usize, usize>,
}

fn show(table: &Table, sources: &mut Sources) -> Shown {
    let mut text = String::new();
    let mut cells = std::collections::HashMap::new();
    let mut lines = std::collections::HashMap::new();
    let mut line = 1;
    for (row, values) in &table.rows {
        while line < *row {
            text.push('\n');
            line += 1;
        }
        lines.insert(*row, text.len());
        let mut spans = Vec::with_capacity(values.len());
        for (k, v) in values.iter().enumerate() {
            if k > 0 {
                text.push_str(" | ");
            }
            let start = text.len();
            text.push_str(&v.replace(['\n', '\r'], " "));
            spans.push(Span::new(start, text.len()));
        }
        cells.insert(*row, spans);
        text.push('\n');
        line += 1;
    }
    let path = match &table.sheet {
        Some(sheet) => format!("{} (sheet {sheet})", table.file),
        None => table.file.clone(),
    };
    let file = sources.add(SourceFile::new(path, text));
    Shown { file, cells, lines }
}

impl Shown {
    fn cell(&self, row: usize, col: usize) -> Pos {
        let span = self.cells.get(&row).and_then(|c| c.get(col)).copied().unwrap_or_else(|| {
            let at = self.lines.get(&row).copied().unwrap_or(0);
            Span::new(at, at)
        });
        Pos { file: self.file, span }
    }
}

/// Map and check every row of `table`.
pub(crate) fn inventory(table: &Table, project: &Project) -> Imported {
    let mut sources = Sources::default();
    let shown = show(table, &mut sources);
    let mut diags = Vec::new();
    // "sheet `S`, " before a message about a worksheet of a workbook.
    let in_sheet = |m: Msg| match &table.sheet {
        Some(sheet) => msg!("err-import-in-sheet", sheet = sheet, rest = m),
        None => m,
    };
    let Some(header_at) =
        table.rows.iter().take(10).position(|(_, cells)| cells.iter().any(|c| Column::from_header(c) == Some(Column::Title)))
    else {
        let first = table.rows.first().map_or(1, |(r, _)| *r);
        let d = Diagnostic::error(Kind::MissingKey, in_sheet(msg!("err-import-no-header")))
            .at(shown.cell(first, 0))
            .help(msg!("err-import-no-header-help"));
        diags.push(d);
        return Imported { items: Vec::new(), diags, sources, sheet: table.sheet.clone() };
    };
    let (header_row, headers) = &table.rows[header_at];
    // Which column holds which key.
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    for (k, h) in headers.iter().enumerate() {
        let col = Column::from_header(h);
        if h.is_empty() {
            columns.push(None);
            continue;
        }
        match col {
            Some(c) if columns.contains(&Some(c)) => {
                diags.push(
                    Diagnostic::error(
                        Kind::DuplicateId,
                        in_sheet(msg!(
                            "err-import-cell",
                            row = *header_row,
                            column = column_letter(k),
                            problem = msg!("err-import-second-column", key = c.key())
                        )),
                    )
                    .at(shown.cell(*header_row, k))
                    .label(msg!("err-import-second-column-label"))
                    .help(msg!("err-import-second-column-help")),
                );
                columns.push(None);
            }
            Some(c) => columns.push(Some(c)),
            None => {
                let known: Vec<&str> = Column::ALL.iter().flat_map(|c| c.aliases().iter().copied()).collect();
                let help = match did_you_mean(&fold(h), known.iter().copied()) {
                    Some(close) => msg!("err-import-unknown-column-close-help", close = close),
                    None => msg!("err-import-unknown-column-help"),
                };
                diags.push(
                    Diagnostic::warning(
                        Kind::UnknownKey,
                        in_sheet(msg!("err-import-unknown-column", row = *header_row, column = column_letter(k), header = h)),
                    )
                    .at(shown.cell(*header_row, k))
                    .help(help),
                );
                columns.push(None);
            }
        }
    }
    for required in [Column::Kind, Column::Source] {
        if !columns.contains(&Some(required)) {
            diags.push(
                Diagnostic::error(Kind::MissingKey, in_sheet(msg!("err-import-no-column", key = required.key())))
                    .at(shown.cell(*header_row, 0))
                    .help(msg!(
                        "err-import-no-column-help",
                        first = required.aliases().first().copied().unwrap_or_default(),
                        second = required.aliases().get(1).copied().unwrap_or_default()
                    )),
            );
        }
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Imported { items: Vec::new(), diags, sources, sheet: table.sheet.clone() };
    }
    let mut taken: HashSet<String> = project.inventory_ids.clone();
    let mut items = Vec::new();
    let headers_len = headers.len();
    for (row, cells) in &table.rows[header_at + 1..] {
        let row = *row;
        let mut errors = Vec::new();
        let mut err = |col: usize, kind: Kind, what: Msg, help: Option<Msg>| {
            let column = column_letter(col);
            let message = match headers.get(col).filter(|h| !h.is_empty()) {
                Some(h) => msg!("err-import-cell-header", row = row, column = column, header = h, problem = what),
                None => msg!("err-import-cell", row = row, column = column, problem = what),
            };
            let d = Diagnostic::error(kind, in_sheet(message)).at(shown.cell(row, col)).help_opt(help);
            errors.push(d);
        };
        if cells.len() > headers_len {
            err(
                headers_len,
                Kind::BadValue,
                msg!("err-import-too-many-cells", cells = cells.len(), header = headers_len),
                Some(msg!("err-import-too-many-cells-help")),
            );
        }
        let get = |c: Column| columns.iter().position(|x| *x == Some(c)).map(|k| (k, cells.get(k).map_or("", String::as_str)));
        let title = get(Column::Title).filter(|(_, v)| !v.is_empty());
        if title.is_none() {
            let k = columns.iter().position(|x| *x == Some(Column::Title)).unwrap_or(0);
            err(k, Kind::MissingKey, msg!("err-import-no-title"), Some(msg!("err-import-no-title-help")));
        }
        let kind = match get(Column::Kind) {
            Some((k, "")) => {
                err(k, Kind::MissingKey, msg!("err-import-no-kind"), Some(msg!("err-import-no-kind-help")));
                None
            }
            Some((k, v)) => lookup(KIND_VALUES, v).or_else(|| {
                err(k, Kind::BadValue, msg!("err-import-bad-kind", value = v), Some(suggest(v, KIND_VALUES)));
                None
            }),
            None => None,
        };
        let source = match get(Column::Source) {
            Some((k, "")) => {
                err(k, Kind::MissingKey, msg!("err-import-no-source"), Some(suggest("", SOURCE_VALUES)));
                None
            }
            Some((k, v)) => lookup(SOURCE_VALUES, v).or_else(|| {
                err(k, Kind::BadValue, msg!("err-import-bad-source", value = v), Some(suggest(v, SOURCE_VALUES)));
                None
            }),
            None => None,
        };
        let visibility = match get(Column::Visibility) {
            Some((_, "")) | None => None,
            Some((k, v)) => lookup(VISIBILITY_VALUES, v).or_else(|| {
                err(k, Kind::BadValue, msg!("err-import-bad-visibility", value = v), Some(msg!("err-import-bad-visibility-help")));
                None
            }),
        };
        let mut sdgs = Vec::new();
        if let Some((k, v)) = get(Column::Sdgs) {
            match parse_sdgs(v) {
                Ok(list) => sdgs = list,
                Err(bad) => err(k, Kind::BadSdg, msg!("err-import-bad-sdg", value = bad), Some(msg!("err-import-bad-sdg-help"))),
            }
        }
        let mut topics = Vec::new();
        if let Some((k, v)) = get(Column::Topics) {
            for part in v.split([',', ';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
                let f = fold(part);
                match project.topics.iter().find(|(id, title)| fold(id) == f || fold(title) == f) {
                    Some((id, _)) => {
                        if !topics.contains(id) {
                            topics.push(id.clone());
                        }
                    }
                    None => {
                        let names = project.topics.iter().flat_map(|(i, t)| [i.as_str(), t.as_str()]);
                        let help = match did_you_mean(part, names) {
                            Some(close) => msg!("err-import-topic-close-help", close = close),
                            None => msg!(
                                "err-import-topics-help",
                                topics = project.topics.iter().map(|(i, _)| format!("`{i}`")).collect::<Vec<_>>().join(", ")
                            ),
                        };
                        err(k, Kind::DanglingReference, msg!("err-dangling-reference", what = "topic", id = part), Some(help));
                    }
                }
            }
        }
        let mut department = None;
        if let Some((k, v)) = get(Column::Department).filter(|(_, v)| !v.is_empty()) {
            if project.departments.is_empty() {
                department = Some(v.to_owned());
            } else if let Some(d) = project.departments.iter().find(|d| fold(d) == fold(v)) {
                department = Some(d.clone());
            } else {
                let help = match did_you_mean(v, project.departments.iter().map(String::as_str)) {
                    Some(close) => msg!("err-unknown-department-close-help", close = close),
                    None => msg!("err-unknown-department-help"),
                };
                err(k, Kind::DanglingReference, msg!("err-unknown-department", department = v), Some(help));
            }
        }
        let note = get(Column::Note).map(|(_, v)| v.to_owned()).filter(|v| !v.is_empty());
        let id = match get(Column::Id).filter(|(_, v)| !v.is_empty()) {
            Some((k, v)) => match Id::parse(v) {
                Ok(id) if taken.contains(id.as_str()) => {
                    err(k, Kind::DuplicateId, msg!("err-import-id-taken", id = v), Some(msg!("err-import-id-taken-help")));
                    None
                }
                Ok(id) => Some(id.to_string()),
                Err(e) => {
                    let hint = Id::suggest(v).map(|s| msg!("err-import-try-id-help", suggestion = s));
                    err(k, Kind::BadId, msg!("err-import-bad-id", value = v, reason = e.msg()), hint);
                    None
                }
            },
            None => title.map(|(_, t)| fresh_id(t, &taken)),
        };
        if let Some(id) = &id {
            taken.insert(id.clone());
        }
        diags.extend(errors);
        if let (Some(id), Some((_, title)), Some(kind), Some(source)) = (id, title, kind, source) {
            items.push(Item { id, title: title.to_owned(), kind, source, department, sdgs, topics, visibility, note });
        }
    }
    Imported { items, diags, sources, sheet: table.sheet.clone() }
}

fn suggest<T>(value: &str, table: &[(&str, T)]) -> Msg {
    let names: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
    let shown: Vec<&str> = names.iter().copied().filter(|n| n.chars().all(|c| c.is_ascii_lowercase())).collect();
    match did_you_mean(&fold(value), shown.iter().copied()) {
        Some(close) if !value.is_empty() => msg!("err-did-you-mean-allowed", close = close, allowed = shown.join(", ")),
        _ => msg!("err-allowed", allowed = shown.join(", ")),
    }
}

/// An id made from a title: its slug, with `-2`, `-3`... when taken.
pub(crate) fn fresh_id(title: &str, taken: &HashSet<String>) -> String {
    let base = Id::suggest(title).unwrap_or_else(|| "item".to_owned());
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!("-{n}");
            let keep = base.len().min(64 - suffix.len());
            format!("{}{suffix}", base[..keep].trim_end_matches('-'))
        })
        .find(|id| !taken.contains(id) && Id::parse(id).is_ok())
        .unwrap_or_default()
}

/// The YAML list of `items`, with a comment naming where it came from,
/// written by serde-saphyr's serializer: it quotes what YAML would read as
/// something else (`null`, `true`, `2024`, `1e3`), writes a note of several
/// lines as a literal block, and the lists of numbers and topics in flow
/// style. [`reads_back`] proves the loader reads the same.
pub(crate) fn to_yaml(items: &[Item], header: &[String]) -> String {
    #[derive(serde::Serialize)]
    struct Out<'a> {
        id: &'a str,
        title: &'a str,
        kind: InventoryKind,
        source: InventorySource,
        #[serde(skip_serializing_if = "Option::is_none")]
        department: Option<&'a str>,
        #[serde(skip_serializing_if = "is_empty")]
        sdgs: serde_saphyr::FlowSeq<&'a [u8]>,
        #[serde(skip_serializing_if = "is_empty")]
        topics: serde_saphyr::FlowSeq<&'a [String]>,
        #[serde(skip_serializing_if = "Option::is_none")]
        visibility: Option<Visibility>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<&'a str>,
    }
    fn is_empty<T>(list: &serde_saphyr::FlowSeq<&[T]>) -> bool {
        list.0.is_empty()
    }
    let out: Vec<Out> = items
        .iter()
        .map(|i| Out {
            id: &i.id,
            title: &i.title,
            kind: i.kind,
            source: i.source,
            department: i.department.as_deref(),
            sdgs: serde_saphyr::FlowSeq(&i.sdgs),
            topics: serde_saphyr::FlowSeq(&i.topics),
            visibility: i.visibility,
            note: i.note.as_deref(),
        })
        .collect();
    let mut text: String = header.iter().map(|line| format!("# {line}\n")).collect();
    match serde_saphyr::to_string(&out) {
        Ok(yaml) => text.push_str(&yaml),
        // Strings, numbers and enums only: nothing here can fail to serialise.
        Err(e) => debug_assert!(false, "serialising the import: {e}"),
    }
    text
}

/// Read the YAML back with the loader's own parser and compare: the import
/// writes nothing that kapstok would read differently.
pub(crate) fn reads_back(yaml: &str, items: &[Item]) -> Result<(), String> {
    let node = crate::yaml::parse(yaml, 0).map_err(|e| e.message.to_string())?;
    let (raw, issues) = crate::yaml::from_node::<Vec<RawInventoryItem>>(&node, yaml, 0);
    if let Some(i) = issues.first() {
        return Err(i.message.to_string());
    }
    let raw = raw.map_err(|()| "not a list".to_owned())?;
    if raw.len() != items.len() {
        return Err(format!("{} items written, {} read back", items.len(), raw.len()));
    }
    for (r, i) in raw.iter().zip(items) {
        let same = r.id.value() == Some(&i.id)
            && r.title.value() == Some(&i.title)
            && r.kind.value() == Some(&i.kind)
            && r.source.value() == Some(&i.source)
            && r.department.value() == i.department.as_ref()
            && r.note.value() == i.note.as_ref()
            && r.sdgs.value().map_or(Vec::new(), |v| v.iter().map(|n| n.value).collect::<Vec<i64>>())
                == i.sdgs.iter().map(|&n| i64::from(n)).collect::<Vec<_>>()
            && r.topics.value().map_or(Vec::new(), |v| v.iter().map(|t| t.value.clone()).collect::<Vec<_>>()) == i.topics;
        if !same {
            return Err(format!("item `{}` reads back differently", i.id));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_encodings() {
        assert_eq!(delimiter("Titel;Soort;Bron\n"), b';');
        assert_eq!(delimiter("Title,Kind,Source\n"), b',');
        assert_eq!(delimiter("\"a;b\",c\n"), b',');
        assert_eq!(decode(b"\xef\xbb\xbfTitel"), "Titel");
        assert_eq!(decode(b"Caf\xe9"), "Café");
        assert_eq!(decode("Café".as_bytes()), "Café");
    }

    #[test]
    fn headers_and_values_fold() {
        assert_eq!(Column::from_header("SDG's"), Some(Column::Sdgs));
        assert_eq!(Column::from_header("Thema's"), Some(Column::Topics));
        assert_eq!(Column::from_header(" Titel "), Some(Column::Title));
        assert_eq!(lookup(SOURCE_VALUES, "Meerjarenplanning (BBC)"), Some(InventorySource::MultiyearPlan));
        assert_eq!(lookup(KIND_VALUES, "Doel"), Some(InventoryKind::Goal));
        assert_eq!(parse_sdgs("7, 11, 13"), Ok(vec![7, 11, 13]));
        assert_eq!(parse_sdgs("SDG 13;7"), Ok(vec![7, 13]));
        assert_eq!(parse_sdgs("7, 18"), Err("18".into()));
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }

    #[test]
    fn ids_get_a_suffix_when_taken() {
        let mut taken = HashSet::new();
        assert_eq!(fresh_id("LED-verlichting", &taken), "led-verlichting");
        taken.insert("led-verlichting".to_owned());
        assert_eq!(fresh_id("LED verlichting", &taken), "led-verlichting-2");
        taken.insert("led-verlichting-2".to_owned());
        assert_eq!(fresh_id("LED verlichting", &taken), "led-verlichting-3");
        assert_eq!(fresh_id("???", &HashSet::new()), "item");
    }

    #[test]
    fn scalars_read_back_as_text() {
        for s in ["2024", "yes", "Nota: wat", "- a", "a # b", "\"q\"", "Beleid & visie", "12.000", "Openbare werken", "é"] {
            let item = Item {
                id: "a".into(),
                title: s.into(),
                kind: InventoryKind::Goal,
                source: InventorySource::Other,
                department: None,
                sdgs: vec![],
                topics: vec![],
                visibility: None,
                note: Some(format!("{s}\nline two")),
            };
            let yaml = to_yaml(std::slice::from_ref(&item), &[]);
            reads_back(&yaml, &[item]).unwrap_or_else(|e| panic!("{s}: {e}\n{yaml}"));
        }
        let item = |title: &str| Item {
            id: "a".into(),
            title: title.into(),
            kind: InventoryKind::Goal,
            source: InventorySource::Other,
            department: None,
            sdgs: vec![3, 13],
            topics: vec!["klimaat".into()],
            visibility: None,
            note: None,
        };
        let plain = to_yaml(&[item("Openbare werken")], &["uit lijst.xlsx".into()]);
        assert!(plain.starts_with("# uit lijst.xlsx\n") && plain.contains("title: Openbare werken\n"), "{plain}");
        assert!(plain.contains("sdgs: [3, 13]") && plain.contains("topics: [klimaat]"), "{plain}");
        let year = to_yaml(&[item("2024")], &[]);
        assert!(!year.contains("title: 2024\n"), "a year as a title is quoted: {year}");
    }
}
