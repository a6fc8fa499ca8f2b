//! Row-marker splicing: the pages that list every action or inventory item
//! (the reports, the action lists, the inventory pages), when their
//! templates are the built-in ones, rendered in parts: the page with a
//! marker where the rows go (through a second Tera whose row templates are
//! the marker), then the rows a batch at a time. The same bytes as one
//! render with every row, but never one context with every row.

use super::plan::{Job, Page, Plan};
use super::views::ItemsOnly;
use super::{Kind, extra, urls};

/// Which pages are rendered in parts: those whose templates are all built in.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Spliced {
    /// The reports and the action lists.
    pub(super) actions: bool,
    /// The inventory pages.
    pub(super) inventory: bool,
}

/// The templates of the pages whose action rows are rendered a batch at a
/// time ([`Plan::spliced_to`]): the reports and the action lists. A theme
/// that overrides one of them gets the one-context render of every page.
pub(super) const SPLICED_TEMPLATES: &[&str] = &[
    "templates/intranet/report.html",
    "templates/public/report.html",
    "templates/report_actions.html",
    "templates/report_action_rows.html",
    "templates/intranet/actions.html",
    "templates/public/actions.html",
    "templates/action_filters.html",
    "templates/action_filters_css.html",
    "templates/intranet/action_rows.html",
    "templates/public/action_rows.html",
];
/// The row templates, each included once by its page.
pub(super) const ROWS_TEMPLATES: &[&str] = &["report_action_rows.html", "intranet/action_rows.html", "public/action_rows.html"];
/// Stands where the action rows go in a page rendered without them.
pub(super) const ROWS_MARKER: &str = "\u{1}kapstok:action-rows\u{1}";
/// Rows rendered at once: small contexts, few renders.
pub(super) const ROWS_BATCH: usize = 512;
/// The templates of the inventory pages, whose items are rendered a batch at
/// a time, group by group ([`Plan::spliced_inventory_to`]).
pub(super) const SPLICED_INVENTORY_TEMPLATES: &[&str] = &[
    "templates/intranet/inventory.html",
    "templates/public/inventory.html",
    "templates/inventory_list.html",
    "templates/inventory_items.html",
];
/// Stands where a group's items go in an inventory page rendered without them.
pub(super) const ITEMS_MARKER: &str = "\u{1}kapstok:inventory-items\u{1}";

impl Plan {
    /// Render a page in parts into `out`, `batch` rows or items at a time,
    /// when its templates are the built-in ones; `None` for a page that is
    /// rendered from one context.
    pub(super) fn render_in_parts(&self, j: &Job, out: &mut dyn std::io::Write, batch: usize) -> Option<Result<(), tera::Error>> {
        let splice_tera = self.splice_tera.as_ref()?;
        match j.page {
            Page::Report | Page::Actions if self.spliced.actions => Some(self.spliced_to(j, splice_tera, out, batch)),
            Page::Inventory if self.spliced.inventory => Some(self.spliced_inventory_to(j, splice_tera, out, batch)),
            _ => None,
        }
    }

    /// An inventory page with the built-in templates, into `out`: the page
    /// with its groups but without their items (with [`ITEMS_MARKER`] where
    /// each group's items go), then each group's items a batch at a time.
    /// The same bytes as one render with every item.
    pub(super) fn spliced_inventory_to(
        &self,
        j: &Job,
        splice_tera: &tera::Tera,
        out: &mut dyn std::io::Write,
        batch: usize,
    ) -> Result<(), tera::Error> {
        let page = splice_tera.render(j.template, &self.context_of(j, true))?;
        let r = self.r();
        let groups = r.inventory_grouped(&self.site_inventory());
        let mut parts = page.split(ITEMS_MARKER);
        if page.matches(ITEMS_MARKER).count() != groups.len() {
            return Err(tera::Error::msg(format!("`{}` does not include `inventory_items.html` once per group", j.template)));
        }
        let io = tera::Error::io_error;
        out.write_all(parts.next().unwrap_or_default().as_bytes()).map_err(io)?;
        let mut items = self.base.clone();
        items.insert("root", &urls::root_for(&j.path));
        for ((_, group), after) in groups.iter().zip(parts) {
            for chunk in group.chunks(batch) {
                let views = chunk.iter().map(|i| r.inventory_view(self.kind, i, &j.path));
                items.insert("g", &ItemsOnly { items: extra::Seq::new(views) });
                self.tera.render_to("inventory_items.html", &items, &mut *out)?;
            }
            out.write_all(after.as_bytes()).map_err(io)?;
        }
        Ok(())
    }

    /// A report or action list with the built-in templates, into `out`:
    /// the page without its action rows (with [`ROWS_MARKER`] where they go,
    /// and without the keys those templates do not read), then the rows a
    /// batch at a time, then the rest of the page. The same bytes as one
    /// render with every key, but the rows of 100,000 actions are never one
    /// Tera context of hundreds of MB. `batch`: rows per render.
    pub(super) fn spliced_to(
        &self,
        j: &Job,
        splice_tera: &tera::Tera,
        out: &mut dyn std::io::Write,
        batch: usize,
    ) -> Result<(), tera::Error> {
        let rows_template = match (j.page, self.kind) {
            (Page::Report, _) => "report_action_rows.html",
            (_, Kind::Intranet) => "intranet/action_rows.html",
            (_, Kind::Public) => "public/action_rows.html",
        };
        let page = splice_tera.render(j.template, &self.context_of(j, true))?;
        let Some((head, tail)) = page.split_once(ROWS_MARKER).filter(|(_, tail)| !tail.contains(ROWS_MARKER)) else {
            return Err(tera::Error::msg(format!("`{}` does not include `{rows_template}` once", j.template)));
        };
        out.write_all(head.as_bytes()).map_err(tera::Error::io_error)?;
        let mut rows = self.base.clone();
        rows.insert("root", &urls::root_for(&j.path));
        let mut at = 0;
        while at < self.actions.len() {
            let end = (at + batch).min(self.actions.len());
            match j.page {
                Page::Report => self.insert_report_rows(&mut rows, at..end),
                _ => self.insert_rows(&mut rows, "actions", at..end),
            }
            self.tera.render_to(rows_template, &rows, &mut *out)?;
            at = end;
        }
        out.write_all(tail.as_bytes()).map_err(tera::Error::io_error)
    }
}
