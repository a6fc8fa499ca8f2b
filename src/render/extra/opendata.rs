//! Open data on the public site, under `data/`: CSV and JSON of the public
//! actions (with their indicators and progress), the public inventory and
//! the public claims with their public evidence; a "download all" zip; a
//! DCAT-AP catalogue (JSON-LD) for data portals; and `data/index.html`
//! listing them. The selection is the public pages' own: public actions and
//! items, progress up to "today", claims that are public and not withdrawn,
//! no owner, follow-up list, internal note or allow reason, ever.
//! docs/open-data.md describes every column.

use std::io::Write;

use serde::Serialize;
use serde_json::{Value, json};

use super::super::{Kind, R, RenderError, code, urls};
use super::{Open, Out, Seq, batched, page, text};
use crate::i18n;
use crate::model::{Action, Indicator, InventoryItem, Language, Licence, Ref};
use crate::progress;

pub(super) const DIR: &str = "data";
pub(super) const CATALOG: &str = "data/catalog.jsonld";

/// A licence: its name, the URI data portals know it by, and a page to read.
pub(super) struct LicenceInfo {
    pub name: &'static str,
    pub uri: &'static str,
    pub page: &'static str,
}

pub(super) fn licence(l: Licence, lang: Language) -> LicenceInfo {
    match l {
        Licence::ModellicentieGratisHergebruik => LicenceInfo {
            name: i18n::label(lang, "licence_modellicentie"),
            uri: "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0",
            page: "https://overheid.vlaanderen.be/sites/default/files/documenten/ict-egov/licenties/hergebruik/modellicentie_gratis_hergebruik_v1_0.html",
        },
        Licence::Cc0 => LicenceInfo {
            name: i18n::label(lang, "licence_cc0"),
            uri: "http://publications.europa.eu/resource/authority/licence/CC0",
            page: "https://creativecommons.org/publicdomain/zero/1.0/",
        },
        Licence::CcBy40 => LicenceInfo {
            name: i18n::label(lang, "licence_cc_by"),
            uri: "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
            page: "https://creativecommons.org/licenses/by/4.0/",
        },
    }
}

/// One data file: its name, what it holds, and its size once made.
struct DataFile {
    name: &'static str,
    title: &'static str,
    media: &'static str,
    format: &'static str,
    size: usize,
}

/// The data files, in the order the page and the catalogue list them.
const DATA: [(&str, &str, &str, &str); 7] = [
    ("actions.csv", "data_actions", "text/csv", "CSV"),
    ("actions.json", "data_actions", "application/json", "JSON"),
    ("progress.csv", "data_progress", "text/csv", "CSV"),
    ("inventory.csv", "data_inventory", "text/csv", "CSV"),
    ("inventory.json", "data_inventory", "application/json", "JSON"),
    ("claims.csv", "data_claims", "text/csv", "CSV"),
    ("claims.json", "data_claims", "application/json", "JSON"),
];

const ZIP: &str = "open-data.zip";

/// The files of the open data, all made by [`files`].
pub(super) fn paths() -> Vec<String> {
    let mut out: Vec<String> = DATA.iter().map(|d| d.0).chain([ZIP, "index.html"]).map(|f| format!("{DIR}/{f}")).collect();
    out.push(CATALOG.to_owned());
    out
}

/// What the public site shows: its actions, inventory items and claims, by id.
struct Selection<'a> {
    actions: Vec<&'a Action>,
    inventory: Vec<&'a InventoryItem>,
    claims: Vec<&'a crate::model::Claim>,
}

/// One data file, into `w`. The records are made a batch at a time on
/// every core and written as they come: at 100,000 actions the actions'
/// JSON alone is over 100 MB, and its records would be as much again.
fn data_file(r: &R, sel: &Selection, name: &str, w: &mut dyn Write) -> Result<(), String> {
    let actions = || batched(&sel.actions, |a| action_record(r, a));
    let inventory = || batched(&sel.inventory, |i| inventory_record(r, i));
    let claims = || batched(&sel.claims, |c| claim_record(r, c));
    match name {
        "actions.csv" => actions_csv(actions(), w),
        "actions.json" => json_to(&Seq::new(actions()), w),
        // The progress rows need no description: no Markdown made plain for them.
        "progress.csv" => progress_csv(batched(&sel.actions, |a| action_fields(r, a)), w),
        "inventory.csv" => inventory_csv(inventory(), w),
        "inventory.json" => json_to(&Seq::new(inventory()), w),
        "claims.csv" => claims_csv(claims(), w),
        "claims.json" => json_to(&Seq::new(claims()), w),
        _ => Err(format!("no data file `{name}`")),
    }
}

/// Bytes written through, counted: into the zip and on into the file.
struct Tee<'a> {
    zip: &'a mut dyn Write,
    file: &'a mut dyn Write,
    written: usize,
}

impl Write for Tee<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.zip.write_all(bytes)?;
        self.file.write_all(bytes)?;
        self.written += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// The open data. With `open`, each data file is written through the writer
/// it gives for its path as it is made (and into the zip), never held whole;
/// without, each is handed to `out`.
pub(super) fn files(r: &R, out: &mut Out<'_>, open: Option<&Open<'_>>) -> Result<(), RenderError> {
    let p = r.p;
    let lang = r.lang;
    let mut actions: Vec<&Action> = p.actions.iter().collect();
    actions.sort_by(|a, b| a.id.cmp(&b.id));
    let mut inventory: Vec<&InventoryItem> = p.inventory.iter().collect();
    inventory.sort_by(|a, b| a.id.cmp(&b.id));
    let mut claims: Vec<&crate::model::Claim> = p.claims.iter().collect();
    claims.sort_by(|a, b| a.id.cmp(&b.id));
    let sel = Selection { actions, inventory, claims };

    let mut data: Vec<DataFile> = DATA
        .iter()
        .map(|&(name, title, media, format)| DataFile { name, title: i18n::label(lang, title), media, format, size: 0 })
        .collect();
    // Each file is made once, in the zip's (sorted) order: into the zip,
    // and into its file or handed on, so at most one data file at a time is
    // in memory.
    let mut zip = Zip::new(r)?;
    zip.add("README.txt", readme(r, &data).as_bytes())?;
    let mut order: Vec<usize> = (0..data.len()).collect();
    order.sort_by_key(|&k| data[k].name);
    for k in order {
        let (name, path) = (data[k].name, format!("{DIR}/{}", data[k].name));
        zip.start(name)?;
        match open {
            Some(open) => {
                let mut file = open(&path)?;
                // The records come in small writes; the compressor gets them
                // in parts of 1 MiB.
                let mut to_zip = std::io::BufWriter::with_capacity(1 << 20, &mut zip.w);
                let mut tee = Tee { zip: &mut to_zip, file: &mut file, written: 0 };
                data_file(r, &sel, name, &mut tee)?;
                data[k].size = tee.written;
                // Not `flush`: that would end the entry's deflate block.
                to_zip.into_inner().map_err(|e| format!("zip: {}", e.error()))?;
                file.flush().map_err(|e| RenderError::write(&path, e))?;
            }
            None => {
                let mut bytes = Vec::new();
                data_file(r, &sel, name, &mut bytes)?;
                data[k].size = bytes.len();
                zip.w.write_all(&bytes).map_err(|e| format!("zip: {e}"))?;
                out(path, bytes)?;
            }
        }
    }
    let zip = zip.finish()?;
    let zip_file = DataFile { name: ZIP, title: i18n::label(lang, "data_all"), media: "application/zip", format: "ZIP", size: zip.len() };
    out(format!("{DIR}/{ZIP}"), zip)?;
    out(format!("{DIR}/index.html"), index_page(r, &data, &zip_file)?)?;
    out(CATALOG.to_owned(), catalog(r, &data, &zip_file))
}

// ---------------------------------------------------------------------------
// Records: the public view of each item, as the JSON files hold it.

#[derive(Serialize)]
struct Titled {
    id: String,
    title: String,
}

#[derive(Serialize)]
struct Linked {
    id: String,
    title: String,
    url: String,
}

#[derive(Serialize)]
struct IndicatorRecord {
    name: String,
    unit: Option<String>,
    baseline: Option<Value>,
    target: Value,
    latest_value: Option<Value>,
    latest_date: Option<String>,
    /// `achieved`, `on-track`, `behind` or `no-data` ([`crate::progress`]).
    progress_status: &'static str,
}

/// One indicator in `indicators` (JSON): its figures, where they come from,
/// and its measurements up to "today".
#[derive(Serialize)]
struct IndicatorFull {
    #[serde(flatten)]
    figures: IndicatorRecord,
    source: Option<String>,
    frequency: Option<String>,
    total: Option<Value>,
    /// Why it lags (comply or explain); public with its action.
    explanation: Option<String>,
    progress: Vec<ProgressRecord>,
}

#[derive(Serialize)]
struct ProgressRecord {
    date: String,
    value: Value,
    note: Option<String>,
}

#[derive(Serialize)]
struct ActionRecord {
    id: String,
    title: String,
    url: String,
    status: &'static str,
    department: Option<String>,
    phase: Option<String>,
    start: Option<String>,
    due: Option<String>,
    completed: Option<String>,
    next_follow_up: Option<String>,
    percent: Option<u8>,
    /// The worst status of its indicators with data.
    progress_status: &'static str,
    sdgs: Vec<u8>,
    topics: Vec<Titled>,
    /// The first indicator and its progress, as before there were several
    /// (kept for those who reuse the files); `indicators` has them all.
    indicator: Option<IndicatorRecord>,
    progress: Vec<ProgressRecord>,
    indicators: Vec<IndicatorFull>,
    builds_on: Vec<Linked>,
    description: String,
}

#[derive(Serialize)]
struct InventoryRecord {
    id: String,
    title: String,
    url: String,
    kind: String,
    source: String,
    department: Option<String>,
    sdgs: Vec<u8>,
    topics: Vec<Titled>,
    note: Option<String>,
}

#[derive(Serialize)]
struct Evidence {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    title: String,
    url: String,
    status: String,
}

#[derive(Serialize)]
struct ClaimRecord {
    id: String,
    text: String,
    url: String,
    kind: String,
    published: Option<String>,
    source_url: Option<String>,
    channels: Vec<Titled>,
    evidence: Vec<Evidence>,
}

/// An absolute URL on the public site, in folder form (`actions/x/`).
fn public_url(r: &R, rel: &str) -> String {
    let rel = rel.replacen("index.html", "", 1);
    format!("{}{rel}", r.p.site.public.base_url)
}

/// A number as JSON: an integer where it is one.
pub(super) fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9e15 { json!(v as i64) } else { json!(v) }
}

/// A number as CSV text: no `.0` on integers, never rounded.
fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9e15 { format!("{}", v as i64) } else { format!("{v}") }
}

fn topics(r: &R, refs: &[Ref]) -> Vec<Titled> {
    refs.iter()
        .map(|t| Titled { id: t.id.to_string(), title: r.p.topic(&t.id).map_or_else(|| t.id.to_string(), |x| x.title.clone()) })
        .collect()
}

fn action_record(r: &R, a: &Action) -> ActionRecord {
    ActionRecord { description: text::plain(&a.body.text), ..action_fields(r, a) }
}

/// An action's record without its description.
fn action_fields(r: &R, a: &Action) -> ActionRecord {
    let p = r.p;
    let figures = |i: &Indicator| {
        let latest = i.latest(r.today);
        IndicatorRecord {
            name: i.name.clone(),
            unit: i.unit.clone(),
            baseline: i.baseline.map(number),
            target: number(i.target),
            latest_value: latest.map(|l| number(l.value)),
            latest_date: latest.map(|l| l.date.to_string()),
            progress_status: progress::judge(i, a.start, a.due, r.today).status.code(),
        }
    };
    let progress = |i: &Indicator| -> Vec<ProgressRecord> {
        i.progress_until(r.today)
            .iter()
            .map(|pr| ProgressRecord { date: pr.date.to_string(), value: number(pr.value), note: pr.note.clone() })
            .collect()
    };
    ActionRecord {
        id: a.id.to_string(),
        title: a.title.clone(),
        url: public_url(r, &urls::action(a.id.as_str())),
        status: a.status.code(),
        department: a.department.clone(),
        phase: a.phase.as_ref().map(|ph| ph.id.to_string()),
        start: a.start.map(|d| d.to_string()),
        due: a.due.map(|d| d.to_string()),
        completed: a.completed.map(|d| d.to_string()),
        next_follow_up: r.next_follow_up(a),
        percent: r.percent(a),
        progress_status: progress::action_status(a, r.today).code(),
        sdgs: a.sdgs.clone(),
        topics: topics(r, &a.topics),
        indicator: a.first_indicator().map(figures),
        progress: a.first_indicator().map(progress).unwrap_or_default(),
        indicators: a
            .indicators
            .iter()
            .map(|i| IndicatorFull {
                figures: figures(i),
                source: i.source.clone(),
                frequency: i.frequency.map(|f| f.code()),
                total: i.total.map(number),
                explanation: i.explanation.as_ref().map(|e| e.text.clone()),
                progress: progress(i),
            })
            .collect(),
        builds_on: a
            .builds_on
            .iter()
            .filter_map(|b| p.inventory_item(&b.id))
            .map(|i| Linked { id: i.id.to_string(), title: i.title.clone(), url: public_url(r, &urls::inventory(i.id.as_str())) })
            .collect(),
        description: String::new(),
    }
}

fn inventory_record(r: &R, i: &InventoryItem) -> InventoryRecord {
    InventoryRecord {
        id: i.id.to_string(),
        title: i.title.clone(),
        url: public_url(r, &urls::inventory(i.id.as_str())),
        kind: code(&i.kind),
        source: code(&i.source),
        department: i.department.clone(),
        sdgs: i.sdgs.clone(),
        topics: topics(r, &i.topics),
        note: i.note.as_ref().map(|n| text::plain(&n.text)).filter(|n| !n.is_empty()),
    }
}

fn claim_record(r: &R, c: &crate::model::Claim) -> ClaimRecord {
    let p = r.p;
    let mut evidence = Vec::new();
    for a in c.actions.iter().filter_map(|x| p.action(&x.id)) {
        evidence.push(Evidence {
            kind: "action",
            id: a.id.to_string(),
            title: a.title.clone(),
            url: public_url(r, &urls::action(a.id.as_str())),
            status: a.status.code().to_owned(),
        });
    }
    for i in c.inventory.iter().filter_map(|x| p.inventory_item(&x.id)) {
        evidence.push(Evidence {
            kind: "inventory",
            id: i.id.to_string(),
            title: i.title.clone(),
            url: public_url(r, &urls::inventory(i.id.as_str())),
            status: code(&i.kind),
        });
    }
    ClaimRecord {
        id: c.id.to_string(),
        text: c.text.clone(),
        url: public_url(r, &urls::claim(c.id.as_str())),
        kind: code(&c.kind),
        published: c.published.map(|d| d.to_string()),
        source_url: c.url.clone(),
        channels: c
            .channels
            .iter()
            .filter_map(|x| p.channel(&x.id))
            .map(|ch| Titled { id: ch.id.to_string(), title: ch.title.clone() })
            .collect(),
        evidence,
    }
}

// ---------------------------------------------------------------------------
// CSV and JSON

fn to_json<T: Serialize>(v: &T) -> Vec<u8> {
    let mut s = Vec::new();
    json_to(v, &mut s).unwrap_or_default();
    s
}

fn json_to<T: Serialize>(v: &T, w: &mut dyn Write) -> Result<(), String> {
    serde_json::to_writer_pretty(&mut *w, v).map_err(|e| e.to_string())?;
    w.write_all(b"\n").map_err(|e| e.to_string())
}

/// RFC 4180: comma-separated, CRLF line ends, UTF-8, a header row. The
/// columns named in `numeric` hold numbers (kept as they are when they read
/// as one); every other cell goes through [`inert`].
fn csv_to(header: &[&str], numeric: &[&str], rows: impl IntoIterator<Item = Vec<String>>, w: &mut dyn Write) -> Result<(), String> {
    let is_numeric: Vec<bool> = header.iter().map(|h| numeric.contains(h)).collect();
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(w);
    w.write_record(header).map_err(|e| e.to_string())?;
    for row in rows {
        let row = row.into_iter().enumerate().map(|(i, cell)| {
            if is_numeric.get(i).copied().unwrap_or(false) && cell.parse::<f64>().is_ok_and(f64::is_finite) { cell } else { inert(cell) }
        });
        w.write_record(row).map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())
}

/// A text cell a spreadsheet will not run as a formula (OWASP, "CSV
/// injection"): one that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a `'` in front; the value itself is kept.
fn inert(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell }
}

/// A list in one CSV cell.
fn list<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items.into_iter().map(|i| i.to_string()).collect::<Vec<_>>().join(";")
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn opt_num(v: &Option<Value>) -> String {
    v.as_ref().and_then(Value::as_f64).map(number_text).unwrap_or_default()
}

fn actions_csv(records: impl Iterator<Item = ActionRecord>, w: &mut dyn Write) -> Result<(), String> {
    let header = [
        "id",
        "title",
        "status",
        "department",
        "phase",
        "start",
        "due",
        "completed",
        "next_follow_up",
        "percent",
        "sdgs",
        "topics",
        "indicator",
        "unit",
        "baseline",
        "target",
        "latest_value",
        "latest_date",
        "builds_on",
        "url",
        "description",
        "indicator_source",
        "progress_status",
    ];
    csv_to(
        &header,
        &["percent", "baseline", "target", "latest_value"],
        records.map(|a| {
            let ind = a.indicator.as_ref();
            let source = a.indicators.first().and_then(|i| i.source.clone()).unwrap_or_default();
            vec![
                a.id,
                a.title,
                a.status.to_owned(),
                opt(&a.department),
                opt(&a.phase),
                opt(&a.start),
                opt(&a.due),
                opt(&a.completed),
                opt(&a.next_follow_up),
                a.percent.map(|p| p.to_string()).unwrap_or_default(),
                list(&a.sdgs),
                list(a.topics.iter().map(|t| &t.id)),
                ind.map(|i| i.name.clone()).unwrap_or_default(),
                ind.and_then(|i| i.unit.clone()).unwrap_or_default(),
                ind.map(|i| opt_num(&i.baseline)).unwrap_or_default(),
                ind.map(|i| opt_num(&Some(i.target.clone()))).unwrap_or_default(),
                ind.map(|i| opt_num(&i.latest_value)).unwrap_or_default(),
                ind.and_then(|i| i.latest_date.clone()).unwrap_or_default(),
                list(a.builds_on.iter().map(|b| &b.id)),
                a.url,
                a.description,
                source,
                a.progress_status.to_owned(),
            ]
        }),
        w,
    )
}

fn progress_csv(records: impl Iterator<Item = ActionRecord>, w: &mut dyn Write) -> Result<(), String> {
    let header = ["action", "indicator", "unit", "date", "value", "note"];
    csv_to(
        &header,
        &["value"],
        records.flat_map(|a| {
            a.indicators
                .iter()
                .flat_map(|i| {
                    i.progress.iter().map(|pr| {
                        vec![
                            a.id.clone(),
                            i.figures.name.clone(),
                            i.figures.unit.clone().unwrap_or_default(),
                            pr.date.clone(),
                            opt_num(&Some(pr.value.clone())),
                            opt(&pr.note),
                        ]
                    })
                })
                .collect::<Vec<_>>()
        }),
        w,
    )
}

fn inventory_csv(records: impl Iterator<Item = InventoryRecord>, w: &mut dyn Write) -> Result<(), String> {
    let header = ["id", "title", "kind", "source", "department", "sdgs", "topics", "url", "note"];
    csv_to(
        &header,
        &[],
        records.map(|i| {
            vec![
                i.id,
                i.title,
                i.kind,
                i.source,
                opt(&i.department),
                list(&i.sdgs),
                list(i.topics.iter().map(|t| &t.id)),
                i.url,
                opt(&i.note),
            ]
        }),
        w,
    )
}

fn claims_csv(records: impl Iterator<Item = ClaimRecord>, w: &mut dyn Write) -> Result<(), String> {
    let header = ["id", "text", "kind", "published", "source_url", "channels", "evidence_actions", "evidence_inventory", "url"];
    csv_to(
        &header,
        &[],
        records.map(|c| {
            vec![
                c.id,
                c.text,
                c.kind,
                opt(&c.published),
                opt(&c.source_url),
                list(c.channels.iter().map(|ch| &ch.id)),
                list(c.evidence.iter().filter(|e| e.kind == "action").map(|e| &e.id)),
                list(c.evidence.iter().filter(|e| e.kind == "inventory").map(|e| &e.id)),
                c.url,
            ]
        }),
        w,
    )
}

// ---------------------------------------------------------------------------
// The zip, its README, the catalogue and the page

fn readme(r: &R, data: &[DataFile]) -> String {
    let p = r.p;
    let lang = r.lang;
    let l = licence(p.site.open_data.licence, lang);
    let mut s = String::new();
    s.push_str(&format!("{} - {}\r\n", p.site.organisation, p.site.trajectory.title));
    s.push_str(&format!("{}\r\n\r\n", i18n::label(lang, "data_dataset")));
    s.push_str(&format!("{}: {}\r\n", i18n::label(lang, "data_publisher"), p.site.open_data.publisher));
    s.push_str(&format!("{}: {} ({})\r\n", i18n::label(lang, "data_licence"), l.name, l.page));
    s.push_str(&format!("{}: {}\r\n", i18n::label(lang, "data_modified"), r.today));
    s.push_str(&format!("{}\r\n\r\n", public_url(r, &format!("{DIR}/index.html"))));
    for f in data {
        s.push_str(&format!("{:<16} {}\r\n", f.name, f.title));
    }
    s.push_str(&format!("\r\n{}\r\n", i18n::label(lang, "data_csv_note")));
    s
}

/// Every data file and the README in one zip, added one by one in sorted
/// order: deflate, and "today" as every entry's date, so the bytes depend
/// on the data alone.
struct Zip {
    w: zip::ZipWriter<std::io::Cursor<Vec<u8>>>,
    options: zip::write::SimpleFileOptions,
}

impl Zip {
    fn new(r: &R) -> Result<Zip, String> {
        use zip::write::SimpleFileOptions;
        let d = r.today;
        let stamp = zip::DateTime::from_date_and_time(d.year().clamp(1980, 2107) as u16, d.month() as u8, d.day() as u8, 0, 0, 0)
            .map_err(|e| format!("zip date: {e}"))?;
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(stamp)
            .unix_permissions(0o644);
        Ok(Zip { w: zip::ZipWriter::new(std::io::Cursor::new(Vec::new())), options })
    }

    fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), String> {
        self.start(name)?;
        self.w.write_all(bytes).map_err(|e| format!("zip: {e}"))
    }

    /// Start the entry `name`: what is written to `w` next goes into it.
    fn start(&mut self, name: &str) -> Result<(), String> {
        self.w.start_file(name, self.options).map_err(|e| format!("zip: {e}"))
    }

    fn finish(self) -> Result<Vec<u8>, String> {
        self.w.finish().map(|c| c.into_inner()).map_err(|e| format!("zip: {e}"))
    }
}

fn language_uri(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "http://publications.europa.eu/resource/authority/language/NLD",
        Language::Fr => "http://publications.europa.eu/resource/authority/language/FRA",
        Language::En => "http://publications.europa.eu/resource/authority/language/ENG",
    }
}

/// The DCAT-AP description of the dataset and its files, in JSON-LD.
fn catalog(r: &R, data: &[DataFile], zip: &DataFile) -> Vec<u8> {
    let p = r.p;
    let lang = r.lang;
    let l = licence(p.site.open_data.licence, lang);
    let publisher = json!({ "@type": "foaf:Agent", "foaf:name": p.site.open_data.publisher });
    let text = |s: &str| json!({ "@value": s, "@language": lang.code() });
    let landing = public_url(r, &format!("{DIR}/index.html"));
    let distributions: Vec<Value> = data
        .iter()
        .chain([zip])
        .map(|f| {
            let url = public_url(r, &format!("{DIR}/{}", f.name));
            json!({
                "@id": url,
                "@type": "dcat:Distribution",
                "dct:title": text(&format!("{} ({})", f.title, f.name)),
                "dcat:accessURL": { "@id": landing },
                "dcat:downloadURL": { "@id": url },
                "dcat:mediaType": { "@id": format!("https://www.iana.org/assignments/media-types/{}", f.media) },
                "dct:format": { "@id": format!("http://publications.europa.eu/resource/authority/file-type/{}", f.format) },
                "dcat:byteSize": { "@value": f.size.to_string(), "@type": "xsd:nonNegativeInteger" },
                "dct:license": { "@id": l.uri },
                "dct:modified": { "@value": r.today.to_string(), "@type": "xsd:date" },
            })
        })
        .collect();
    let keywords: Vec<Value> = ["SDG", i18n::label(lang, "open_data"), p.site.organisation.as_str()].iter().map(|k| text(k)).collect();
    let mut dataset = json!({
        "@id": format!("{landing}#dataset"),
        "@type": "dcat:Dataset",
        "dct:title": text(&format!("{}: {}", p.site.trajectory.title, i18n::label(lang, "data_dataset"))),
        "dct:description": text(i18n::label(lang, "data_dataset_description")),
        "dct:publisher": publisher,
        "dct:language": { "@id": language_uri(lang) },
        "dct:issued": { "@value": p.site.trajectory.start.to_string(), "@type": "xsd:date" },
        "dct:modified": { "@value": r.today.to_string(), "@type": "xsd:date" },
        "dct:license": { "@id": l.uri },
        "dcat:landingPage": { "@id": landing },
        "dcat:theme": [
            { "@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE" },
            { "@id": "http://publications.europa.eu/resource/authority/data-theme/ENVI" },
        ],
        "dcat:keyword": keywords,
        "dcat:distribution": distributions,
    });
    if let Some(c) = &p.site.contact {
        let mut point = json!({ "@type": "vcard:Organization", "vcard:fn": c.name.clone().unwrap_or_else(|| p.site.organisation.clone()) });
        if let Some(email) = &c.email {
            point["vcard:hasEmail"] = json!({ "@id": format!("mailto:{email}") });
        }
        dataset["dcat:contactPoint"] = point;
    }
    let catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": public_url(r, CATALOG),
        "@type": "dcat:Catalog",
        "dct:title": text(&format!("{}: {}", p.site.public.title, i18n::label(lang, "open_data"))),
        "dct:description": text(i18n::label(lang, "data_open_data_intro")),
        "dct:publisher": { "@type": "foaf:Agent", "foaf:name": p.site.open_data.publisher },
        "dct:language": { "@id": language_uri(lang) },
        "dct:modified": { "@value": r.today.to_string(), "@type": "xsd:date" },
        "foaf:homepage": { "@id": p.site.public.base_url },
        "dcat:dataset": [dataset],
    });
    to_json(&catalog)
}

fn size(n: usize) -> String {
    if n < 1024 { format!("{n} B") } else { format!("{:.1} kB", n as f64 / 1024.0) }
}

fn index_page(r: &R, data: &[DataFile], zip: &DataFile) -> Result<Vec<u8>, RenderError> {
    let p = r.p;
    let l = licence(p.site.open_data.licence, r.lang);
    let files: Vec<Value> = data.iter().map(|f| json!({ "name": f.name, "title": f.title, "size": size(f.size) })).collect();
    let vars = json!({
        "files": files,
        "zip_size": size(zip.size),
        "licence": { "name": l.name, "page": l.page },
        "publisher": p.site.open_data.publisher,
        "modified": r.today.to_string(),
        "feed": super::atom::PATH,
    });
    page::page(r, Kind::Public, &format!("{DIR}/index.html"), "data.html", i18n::label(r.lang, "open_data"), vars)
}
