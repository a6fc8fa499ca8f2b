//! The inventory items and the actions, with an action's indicators and
//! their progress.

use std::collections::HashMap;

use crate::diag::Kind;
use crate::i18n::msg;
use crate::load::Doc;
use crate::load::raw::*;
use crate::model::*;
use crate::source::{FileId, Span};
use crate::yaml::Sp;

use super::{Target, V, pos};

impl V<'_> {
    // --- inventory

    pub(super) fn inventory_item(&mut self, file: FileId, mut raw: Sp<RawInventoryItem>, site: &Site) -> Option<InventoryItem> {
        let note_facts = raw.value.note_facts.take();
        let i = &raw.value;
        let what = "inventory";
        // An error in the id is no error of the item before.
        self.subject = None;
        let id = self.required_id(&i.id, file, raw.span, what);
        self.seen(&id);
        let title = self.required(&i.title, "title", file, raw.span, what);
        let kind = self.required_value(&i.kind, "kind", file, raw.span, what);
        let source = self.required_value(&i.source, "source", file, raw.span, what);
        self.department(site, &i.department, file);
        let sdgs = self.sdgs(&i.sdgs, file);
        let topics = self.id_list(&i.topics, file, "topic");
        self.expect(Target::Topic, &topics);
        let title_pos = i.title.get().map(|t| self.text_pos(file, t));
        let note = self.markdown_field(&i.note, file, note_facts).map(Box::new);
        if let Some(note) = &note {
            self.expect_links(note, i.visibility.value() == Some(&Visibility::Public));
        }
        Some(InventoryItem {
            pos: pos(file, raw.span),
            id: id?,
            title: title?,
            kind: kind?,
            source: source?,
            department: Self::optional_text(&i.department),
            sdgs,
            topics,
            visibility: Self::visibility(&i.visibility),
            note,
            title_pos: title_pos?,
        })
    }

    // --- actions

    pub(super) fn action(&mut self, doc: Doc<RawAction>, body: Markdown, site: &Site) -> Option<Action> {
        let Doc { file, stem, meta: a, meta_span, .. } = doc;
        let what = "action";
        // An error in the id is no error of the item before.
        self.subject = None;
        let id = match a.id.get() {
            Some(v) => self.id(v, file, "action"),
            None if a.id.is_absent() => self.stem_id(&stem, file, meta_span, "action"),
            None => None,
        };
        self.seen(&id);
        let title = self.required(&a.title, "title", file, meta_span, what);
        let status = self.required_value(&a.status, "status", file, meta_span, what);
        let owners = self.id_list(&a.owners, file, "member");
        self.department(site, &a.department, file);
        let start = self.date(&a.start, file);
        let due = self.date(&a.due, file);
        if let (Some(s), Some(d), Some(span)) = (start, due, a.due.span())
            && d < s
        {
            self.err(Kind::BadDate, msg!("err-due-before-start", due = d.to_string(), start = s.to_string()), pos(file, span)).help =
                Some(msg!("err-due-before-start-help").into());
        }
        let completed = self.date(&a.completed, file);
        let indicators = self.indicators(&a, file);
        let mut follow_up: Vec<FollowUp> = a
            .follow_up
            .value()
            .into_iter()
            .flatten()
            .filter_map(|f| {
                let date = self.required_date(&f.date, "date", file, f.span, "follow-up");
                let with = self.required_value(&f.with, "with", file, f.span, "follow-up");
                Some(FollowUp { date: date?, with: with? })
            })
            .collect();
        follow_up.sort_by_key(|f| f.date);
        let sdgs = self.sdgs(&a.sdgs, file);
        let topics = self.id_list(&a.topics, file, "topic");
        let phase = a.phase.get().and_then(|p| self.reference(p, file, "phase"));
        let builds_on = self.id_list(&a.builds_on, file, "inventory");
        let title_pos = a.title.get().map(|t| self.text_pos(file, t));
        self.expect(Target::Member, &owners);
        self.expect(Target::Inventory, &builds_on);
        self.expect(Target::Topic, &topics);
        self.expect(Target::Phase, phase.as_slice());
        self.expect_links(&body, a.visibility.value() == Some(&Visibility::Public));
        // The internal note is Markdown too (shown on the intranet).
        if let Some(note) = self.markdown_field(&a.internal_note, file, None) {
            self.markdown_shape(&note);
        }
        let internal_note = Self::optional_text(&a.internal_note);
        Some(Action {
            pos: pos(file, meta_span),
            id: id?,
            file,
            title: title?,
            owners,
            department: Self::optional_text(&a.department),
            status: status?,
            start,
            due,
            sdgs,
            topics,
            phase,
            visibility: Self::visibility(&a.visibility),
            builds_on,
            indicators,
            completed,
            follow_up,
            internal_note,
            body,
            title_pos: title_pos?,
        })
    }

    /// The indicators of an action: `indicators:` (each with its own
    /// `progress:`), or the `indicator:` shorthand with the action's
    /// `progress:` (or its own, not both). Both keys at once, or a top-level
    /// `progress:` beside `indicators:` or without any indicator, are errors.
    fn indicators(&mut self, a: &RawAction, file: FileId) -> Vec<Indicator> {
        if let (Some(one), Some(many)) = (a.indicator.span(), a.indicators.span()) {
            let first = self.key_span(file, one, "indicator");
            let line = self.sources.get(file).line_col(first.start()).0;
            self.err(Kind::BadValue, msg!("err-indicator-and-indicators"), pos(file, self.key_span(file, many, "indicators"))).help =
                Some(msg!("err-indicator-and-indicators-help", line = line).into());
            return Vec::new();
        }
        let top_progress = a.progress.get().filter(|p| !p.value.is_empty());
        if let Some(list) = a.indicators.value() {
            if let Some(p) = top_progress {
                self.err(Kind::BadValue, msg!("err-progress-beside-indicators"), pos(file, self.key_span(file, p.span, "progress"))).help =
                    Some(msg!("err-progress-beside-indicators-help").into());
            }
            return list.iter().filter_map(|ind| self.indicator(ind, None, file)).collect();
        }
        match a.indicator.get() {
            Some(ind) => {
                if let (Some(p), Some(inner)) = (top_progress, ind.value.progress.get().filter(|p| !p.value.is_empty())) {
                    let line = self.sources.get(file).line_col(self.key_span(file, p.span, "progress").start()).0;
                    self.err(Kind::BadValue, msg!("err-progress-twice"), pos(file, self.key_span(file, inner.span, "progress"))).help =
                        Some(msg!("err-progress-twice-help", line = line).into());
                }
                self.indicator(ind, top_progress.map(|p| p.value.as_slice()), file).into_iter().collect()
            }
            None => {
                if let Some(p) = top_progress {
                    self.err(Kind::BadValue, msg!("err-progress-without-indicator"), pos(file, self.key_span(file, p.span, "progress")))
                        .help = Some(msg!("err-progress-without-indicator-help").into());
                }
                Vec::new()
            }
        }
    }

    /// One indicator; `progress`: the action's top-level list, for the shorthand.
    fn indicator(&mut self, ind: &Sp<RawIndicator>, progress: Option<&[Sp<RawProgress>]>, file: FileId) -> Option<Indicator> {
        let name = self.required(&ind.name, "name", file, ind.span, "indicator");
        let target = self.required_value(&ind.target, "target", file, ind.span, "indicator");
        let target = target.and(self.number(&ind.target, file));
        let baseline = self.number(&ind.baseline, file);
        let total = self.number(&ind.total, file);
        if let (Some(t), Some(span)) = (total, ind.total.span())
            && t <= 0.0
        {
            self.err(Kind::BadValue, msg!("err-total-not-positive", total = t.to_string()), pos(file, span)).help =
                Some(msg!("err-total-not-positive-help").into());
        }
        let frequency = ind.frequency.get().and_then(|f| match Frequency::parse(&f.value) {
            Some(fr) => Some(fr),
            None => {
                self.err(Kind::BadValue, msg!("err-bad-frequency", value = &f.value), pos(file, f.span)).help =
                    Some(msg!("err-bad-frequency-help").into());
                None
            }
        });
        let explanation = ind.explanation.get().and_then(|e| {
            let text = e.value.trim();
            let mut pos = self.text_pos(file, e);
            // A trimmed value no longer stands in the file byte for byte.
            pos.exact &= text.len() == e.value.len();
            (!text.is_empty()).then(|| Explanation { text: text.to_owned(), pos })
        });
        let own = ind.progress.value().map(Vec::as_slice);
        let progress = self.progress(own.filter(|p| !p.is_empty()).or(progress).unwrap_or(&[]), file);
        Some(Indicator {
            name: name?,
            unit: Self::optional_text(&ind.unit),
            baseline,
            target: target?,
            source: Self::optional_text(&ind.source),
            frequency,
            total,
            explanation,
            progress,
            pos: pos(file, ind.span),
        })
    }

    /// Progress entries, sorted by date, one per date.
    fn progress(&mut self, list: &[Sp<RawProgress>], file: FileId) -> Vec<Progress> {
        let mut progress: Vec<Progress> = Vec::new();
        let mut progress_dates: HashMap<Date, Span> = HashMap::new();
        for p in list {
            let date = self.required_date(&p.date, "date", file, p.span, "progress");
            let value = self.required_value(&p.value.value, "value", file, p.span, "progress");
            let value = value.and(self.number(&p.value.value, file));
            let (Some(date), Some(value)) = (date, value) else { continue };
            if let Some(first) = progress_dates.insert(date, p.span) {
                let line = self.sources.get(file).line_col(first.start()).0;
                self.err(
                    Kind::DuplicateId,
                    msg!("err-progress-same-date", date = date.to_string()),
                    pos(file, p.date.span().unwrap_or(p.span)),
                )
                .help = Some(msg!("err-progress-same-date-help", line = line).into());
                continue;
            }
            progress.push(Progress { date, value, note: Self::optional_text(&p.note) });
        }
        progress.sort_by_key(|p| p.date);
        progress
    }
}
