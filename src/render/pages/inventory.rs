//! The inventory (the lokale foto), the SDG and topic pages: inventory
//! views grouped by source, the SDG matrix, counts and coverage.

use std::collections::BTreeMap;

use super::super::views::*;
use super::super::{Kind, R, code, urls};
use crate::model::{Action, InventoryItem, Visibility};

impl R<'_> {
    /// How many inventory items come from each source.
    pub(in crate::render) fn source_counts(&self, items: &[&InventoryItem]) -> Vec<Count> {
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for i in items {
            *by.entry(code(&i.source)).or_default() += 1;
        }
        let mut out: Vec<Count> = by
            .into_iter()
            .map(|(key, count)| Count { label: self.t(&format!("source_{key}")).to_owned(), key, url: None, count })
            .collect();
        out.sort_by(|a, b| a.label.cmp(&b.label));
        out
    }

    /// Per SDG: how many actions and inventory items hang on it.
    pub(in crate::render) fn coverage(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Vec<SdgCoverage> {
        (1..=17u8)
            .map(|n| SdgCoverage {
                n,
                url: urls::sdg(n),
                actions: actions.iter().filter(|a| a.sdgs.contains(&n)).count(),
                inventory: inventory.iter().filter(|i| i.sdgs.contains(&n)).count(),
            })
            .collect()
    }

    pub(in crate::render) fn topic_counts(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Vec<TopicCard> {
        self.p
            .site
            .topics
            .iter()
            .map(|t| {
                let of: Vec<&Action> = actions.iter().copied().filter(|a| a.topics.iter().any(|r| r.id == t.id)).collect();
                TopicCard {
                    count: Count {
                        key: t.id.to_string(),
                        label: t.title.clone(),
                        url: Some(urls::topic(t.id.as_str())),
                        count: of.len() + inventory.iter().filter(|i| i.topics.iter().any(|r| r.id == t.id)).count(),
                    },
                    progress: self.progress_counts(&of),
                }
            })
            .collect()
    }

    pub(in crate::render) fn inventory_view(&self, kind: Kind, i: &InventoryItem, path: &str) -> InventoryView {
        InventoryView {
            id: i.id.to_string(),
            title: i.title.clone(),
            kind: self.t(&format!("kind_{}", code(&i.kind))),
            source: self.t(&format!("source_{}", code(&i.source))).to_owned(),
            department: i.department.clone(),
            sdgs: i.sdgs.clone(),
            topics: self.topic_links(&i.topics),
            public: i.visibility == Visibility::Public,
            note_html: i.note.as_ref().map(|n| self.md(kind, &n.text, path)),
        }
    }

    pub(in crate::render) fn matrix(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Matrix {
        let topics = &self.p.site.topics;
        let mut rows = Vec::new();
        for n in 1..=17u8 {
            let mut cells = vec![0u32; topics.len()];
            let items = actions.iter().map(|a| (&a.sdgs, &a.topics)).chain(inventory.iter().map(|i| (&i.sdgs, &i.topics)));
            for (sdgs, ts) in items {
                if sdgs.contains(&n) {
                    for (k, t) in topics.iter().enumerate() {
                        if ts.iter().any(|r| r.id == t.id) {
                            cells[k] += 1;
                        }
                    }
                }
            }
            let total = cells.iter().sum();
            rows.push(MatrixRow { sdg: n, url: urls::sdg(n), cells, total });
        }
        let col_totals = (0..topics.len()).map(|k| rows.iter().map(|r| r.cells[k]).sum()).collect();
        Matrix {
            topics: topics.iter().map(|t| Link { title: t.title.clone(), url: urls::topic(t.id.as_str()) }).collect(),
            rows,
            col_totals,
        }
    }

    pub(in crate::render) fn sdg_counts(&self, actions: &[&Action], inventory: &[&InventoryItem]) -> Vec<SdgView> {
        (1..=17u8)
            .map(|n| {
                let of: Vec<&Action> = actions.iter().copied().filter(|a| a.sdgs.contains(&n)).collect();
                SdgView {
                    n,
                    url: urls::sdg(n),
                    count: of.len() + inventory.iter().filter(|i| i.sdgs.contains(&n)).count(),
                    progress: self.progress_counts(&of),
                }
            })
            .collect()
    }

    pub(in crate::render) fn inventory_groups(&self, kind: Kind, items: &[&InventoryItem], path: &str) -> Vec<Group<InventoryView>> {
        self.inventory_grouped(items)
            .into_iter()
            .map(|(key, items)| self.inventory_group(key, items.into_iter().map(|i| self.inventory_view(kind, i, path)).collect()))
            .collect()
    }

    /// The items by source, in the order of the sources' codes.
    pub(in crate::render) fn inventory_grouped<'i>(&self, items: &[&'i InventoryItem]) -> Vec<(String, Vec<&'i InventoryItem>)> {
        let mut by: BTreeMap<String, Vec<&InventoryItem>> = BTreeMap::new();
        for i in items {
            by.entry(code(&i.source)).or_default().push(i);
        }
        by.into_iter().collect()
    }

    pub(in crate::render) fn inventory_group<T>(&self, key: String, items: Vec<T>) -> Group<T> {
        Group { label: self.t(&format!("source_{key}")).to_owned(), key, url: None, items }
    }

    pub(in crate::render) fn department_counts(&self, items: &[&InventoryItem]) -> Vec<Count> {
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for i in items {
            *by.entry(i.department.clone().unwrap_or_else(|| "—".into())).or_default() += 1;
        }
        by.into_iter().map(|(k, count)| Count { label: k.clone(), key: k, url: None, count }).collect()
    }
}
