//! Offline search on the intranet: `search/index.html` is the page with the
//! search box and carries the index made at build time as JSON in a
//! non-executable `<script type="application/json" id="search-index">`;
//! `search/search.js` reads it with `JSON.parse` and searches it. Not a
//! fetched JSON file, because `fetch` does not work from `file://` and the
//! intranet is often opened from a file share; and not a script that assigns
//! the index to a global, because any web page of another origin may include
//! a script with `<script src>` and read what it assigns (cross-origin script
//! inclusion), while the text of an element in a page it cannot read. A
//! search box anywhere (a `<form action="ROOT/search/index.html">` with an
//! input named `q`) lands on the page with its results.

use serde::Serialize;

use std::io::Write;

use super::super::{Kind, R, RenderError, code, urls};
use super::{Open, Out, Seq, batched, page, text};
use crate::i18n;

pub(super) const DIR: &str = "search";

/// How much of an item's text the index keeps (for matching and the excerpt).
const MAX_TEXT: usize = 800;

/// One entry: kind label, title, site-relative URL, and text to match.
#[derive(Serialize)]
struct Entry {
    k: &'static str,
    t: String,
    u: String,
    x: String,
}

fn entry(k: &'static str, t: &str, u: String, parts: &[&str]) -> Entry {
    let x = parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" · ");
    Entry { k, t: t.to_owned(), u, x: text::excerpt(&x, MAX_TEXT) }
}

fn action_entry(r: &R, a: &crate::model::Action) -> Entry {
    let p = r.p;
    let owners: Vec<&str> = a.owners.iter().filter_map(|o| p.member(&o.id)).map(|m| m.name.as_str()).collect();
    let topics: Vec<&str> = a.topics.iter().filter_map(|t| p.topic(&t.id)).map(|t| t.title.as_str()).collect();
    let body = text::plain(&a.body.text);
    let note = a.internal_note.as_deref().map(text::plain).unwrap_or_default();
    entry(
        i18n::label(r.lang, "action"),
        &a.title,
        urls::action(a.id.as_str()),
        &[
            r.status_label(a.status),
            a.department.as_deref().unwrap_or(""),
            &owners.join(", "),
            &topics.join(", "),
            &body,
            &note,
            a.id.as_str(),
        ],
    )
}

fn inventory_entry(r: &R, i: &crate::model::InventoryItem) -> Entry {
    let note = i.note.as_ref().map(|n| text::plain(&n.text)).unwrap_or_default();
    entry(
        i18n::label(r.lang, "inventory"),
        &i.title,
        urls::inventory(i.id.as_str()),
        &[
            r.t(&format!("kind_{}", code(&i.kind))),
            r.t(&format!("source_{}", code(&i.source))),
            i.department.as_deref().unwrap_or(""),
            &note,
        ],
    )
}

fn claim_entry(r: &R, c: &crate::model::Claim) -> Entry {
    let p = r.p;
    let channels: Vec<&str> = c.channels.iter().filter_map(|x| p.channel(&x.id)).map(|ch| ch.title.as_str()).collect();
    entry(
        i18n::label(r.lang, "data_kind_claim"),
        &c.text,
        urls::claim(c.id.as_str()),
        &[r.t(&format!("claim_{}", code(&c.kind))), &channels.join(", "), c.id.as_str()],
    )
}

/// The few entries that are not items of a long list.
fn other_entries(r: &R) -> Vec<Entry> {
    let p = r.p;
    let l = |k| i18n::label(r.lang, k);
    let mut out = Vec::new();
    for pg in p.pages.iter().filter(|pg| pg.on_intranet()) {
        out.push(entry(l("data_kind_page"), &pg.title, urls::free_page(pg.slug.as_str()), &[&text::plain(&pg.body.text)]));
    }
    for s in &p.sessions {
        let summary = s.summary.as_ref().map(|m| text::plain(&m.text)).unwrap_or_default();
        let phase = s.phase.as_ref().and_then(|ph| p.phase(&ph.id)).map(|ph| ph.title.as_str()).unwrap_or("");
        out.push(entry(
            l("session"),
            &format!("{} {}: {}", l("session"), s.number, s.title),
            urls::page("sessions"),
            &[&s.date.to_string(), phase, &summary],
        ));
    }
    for m in &p.team.members {
        out.push(entry(l("data_kind_member"), &m.name, urls::page("team"), &[m.role.as_deref().unwrap_or(""), &m.department]));
    }
    for t in &p.site.topics {
        out.push(entry(l("topic"), &t.title, urls::topic(t.id.as_str()), &[t.id.as_str()]));
    }
    out
}

/// The files of the search, all made by [`files`].
pub(super) fn paths() -> Vec<String> {
    ["search.js", "index.html"].iter().map(|f| format!("{DIR}/{f}")).collect()
}

/// The id of the element that holds the index in the search page.
const INDEX_ID: &str = "search-index";

/// The search page with its index, and the script. With `open`, the page
/// is written through the writer it gives as it is made, never held whole.
pub(super) fn files(r: &R, out: &mut Out<'_>, open: Option<&Open<'_>>) -> Result<(), RenderError> {
    let p = r.p;
    out(format!("{DIR}/search.js"), SCRIPT.as_bytes().to_vec())?;
    // The index written entry by entry (the entries of a batch of items made
    // on every core): at 100,000 actions it is over 100 MB on its own.
    let entries = batched(&p.actions, |a| action_entry(r, a))
        .chain(batched(&p.inventory, |i| inventory_entry(r, i)))
        .chain(batched(&p.claims, |c| claim_entry(r, c)))
        .chain(other_entries(r));
    let path = format!("{DIR}/index.html");
    let vars = serde_json::json!({ "index_id": INDEX_ID, "index_marker": MARK });
    let html = page::page(r, Kind::Intranet, &path, "intranet/search.html", i18n::label(r.lang, "search"), vars)?;
    let html = String::from_utf8(html).map_err(|e| format!("the search page: {e}"))?;
    let (before, after) = html.split_once(MARK).ok_or("the search page lost the place of its index")?;
    let write = |w: &mut dyn Write| -> Result<(), RenderError> {
        let failed = |e| RenderError::write(&path, e);
        w.write_all(before.as_bytes()).map_err(failed)?;
        serde_json::to_writer(ScriptSafe(&mut *w), &Seq::new(entries)).map_err(|e| format!("the search index: {e}"))?;
        w.write_all(after.as_bytes()).map_err(failed)?;
        w.flush().map_err(failed)
    };
    match open {
        Some(open) => write(&mut open(&path)?),
        None => {
            let mut page = Vec::new();
            write(&mut page)?;
            out(path.clone(), page)
        }
    }
}

/// Stands where the index goes in the page made around it (no page text
/// holds a control character: they are escaped or refused).
const MARK: &str = "\u{1}kapstok:search-index\u{1}";

/// A writer of JSON into the text of a `<script>` element: every `<` is
/// written `\u003c` (JSON's own escape, so the index reads the same), so no
/// `</script>` or `<!--` in a title or a note can end the element early or
/// turn the rest of the page into a comment. `<` is ASCII and occurs in
/// JSON text only inside strings, and never inside a UTF-8 sequence.
struct ScriptSafe<W>(W);

impl<W: Write> Write for ScriptSafe<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = memchr::memchr(b'<', rest) {
            self.0.write_all(&rest[..at])?;
            self.0.write_all(b"\\u003c")?;
            rest = &rest[at + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// The search itself: every word of the query must occur (accents and case
/// folded); a word in the title counts more. Results are built with
/// `textContent`, never `innerHTML`.
const SCRIPT: &str = r#"(function () {
  "use strict";
  // The index is the text of a non-executable element of this page (a
  // script that assigned it to a global could be read by any other site).
  var data = document.getElementById("search-index");
  var index = [];
  try { index = JSON.parse(data ? data.textContent : "[]"); } catch (err) { index = []; }
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list || !status) { return; }
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var folded = index.map(function (e) { return { t: fold(e.t), x: fold(e.x) }; });
  function excerpt(text, at) {
    var start = at > 60 ? text.lastIndexOf(" ", at - 40) + 1 : 0;
    var s = text.slice(start, start + 220);
    return (start > 0 ? "…" : "") + s + (start + 220 < text.length ? "…" : "");
  }
  function run(query) {
    var terms = fold(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    list.textContent = "";
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var f = folded[i], score = 0, ok = true;
      for (var j = 0; j < terms.length; j++) {
        if (f.t.indexOf(terms[j]) >= 0) { score += 10; }
        else if (f.x.indexOf(terms[j]) >= 0) { score += 1; }
        else { ok = false; break; }
      }
      if (ok) { hits.push([score, i]); }
    }
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    status.textContent = hits.length === 0 ? status.getAttribute("data-none")
      : hits.length === 1 ? status.getAttribute("data-one")
      : status.getAttribute("data-count").replace("{n}", String(hits.length));
    hits.slice(0, 100).forEach(function (h) {
      var e = index[h[1]];
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = e.k + ": ";
      var a = document.createElement("a");
      a.href = "../" + e.u;
      a.textContent = e.t;
      li.appendChild(kind);
      li.appendChild(a);
      if (e.x) {
        var p = document.createElement("p");
        var f = folded[h[1]];
        p.textContent = excerpt(e.x, f.t.indexOf(terms[0]) >= 0 ? 0 : Math.max(0, f.x.indexOf(terms[0])));
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(input.value);
      try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// in some browsers */ }
    }, 120);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(input.value); });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; run(q); }
})();
"#;
