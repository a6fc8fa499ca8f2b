//! Files beside the pages of a site (open data, feeds, calendars, the
//! intranet's search index): planned by name with the pages, made from the
//! model only when they are written or asked for, written and served like
//! the theme's static files.
//!
//! The public site gets `data/` (CSV, JSON, a "download all" zip, a DCAT-AP
//! catalogue and a page listing them) and `atom.xml`; the intranet gets
//! `calendar/` (iCalendar feeds) and `search/` (an offline search page with
//! its index inside the page, so it works from a file share). Public files are
//! made only from what the public site shows (the same filters as its
//! pages), and the build's privacy guard reads every one of them, each zip
//! member included. Every date stamp comes from the data or from "today":
//! the same input gives the same bytes. With 100,000 actions these files are
//! hundreds of MB: a group is made only when one of its files is needed, and
//! hands each file on as soon as it is made, so one large file at a time is
//! in memory (and `serve` does not make them on every save).

mod atom;
mod calendar;
mod opendata;
mod page;
mod search;
mod text;

use super::{Kind, R, RenderError};
use crate::model::Language;

/// Files that are made together (they share their selection, or a page
/// lists the others' sizes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Group {
    OpenData,
    Atom,
    Search,
    Calendar,
}

/// Where a group hands each file it makes: site-relative path and bytes.
pub(super) type Out<'a> = dyn FnMut(String, Vec<u8>) -> Result<(), RenderError> + 'a;

/// Where a group writes a file too large to hold whole: a writer for its
/// site-relative path.
pub(super) type Open<'a> = dyn Fn(&str) -> Result<Box<dyn std::io::Write + 'a>, RenderError> + 'a;

/// The extra files of the intranet or the public site, by site-relative
/// path, each with the group that makes it. Nothing is made yet.
pub(super) fn paths(r: &R, kind: Kind) -> Vec<(String, Group)> {
    match kind {
        Kind::Public => {
            let mut out: Vec<(String, Group)> = opendata::paths().into_iter().map(|p| (p, Group::OpenData)).collect();
            out.push((atom::PATH.to_owned(), Group::Atom));
            out
        }
        Kind::Intranet => {
            let mut out: Vec<(String, Group)> = search::paths().into_iter().map(|p| (p, Group::Search)).collect();
            out.extend(calendar::paths(r).into_iter().map(|p| (p, Group::Calendar)));
            out
        }
    }
}

/// Make the files of one group, handing each to `out` as soon as it is made.
/// With `open`, a file too large to hold whole (the open data's, the search
/// index) is written through the writer it gives for its path.
pub(super) fn make(r: &R, group: Group, out: &mut Out<'_>, open: Option<&Open<'_>>) -> Result<(), RenderError> {
    match group {
        Group::OpenData => opendata::files(r, out, open),
        Group::Atom => out(atom::PATH.to_owned(), atom::feed(r)?),
        Group::Search => search::files(r, out, open),
        Group::Calendar => calendar::files(r, out),
    }
}

/// Items per parallel batch when a long list is turned into records on the
/// way to a file: enough to keep every core busy, few enough to stay small.
const BATCH: usize = 2048;

/// `f` of every item, in order, made a batch at a time on every core.
fn batched<'a, T: Sync, U: Send + 'a>(items: &'a [T], f: impl Fn(&T) -> U + Sync + Send + 'a) -> impl Iterator<Item = U> + 'a {
    use rayon::prelude::*;
    items.chunks(BATCH).flat_map(move |batch| batch.par_iter().map(&f).collect::<Vec<U>>())
}

/// A JSON array written from an iterator, element by element: the same
/// bytes as serialising a `Vec` of the elements, without the `Vec`.
pub(super) struct Seq<I>(std::cell::RefCell<Option<I>>);

impl<I> Seq<I> {
    pub(super) fn new(items: I) -> Self {
        Seq(std::cell::RefCell::new(Some(items)))
    }
}

impl<I: Iterator<Item = T>, T: serde::Serialize> serde::Serialize for Seq<I> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take().ok_or_else(|| serde::ser::Error::custom("a sequence is written once"))?;
        serializer.collect_seq(items)
    }
}

/// The few words these files need, per language (the theme's strings are
/// for pages; these are for data files, feeds and calendars).
fn say(lang: Language, key: &str) -> &'static str {
    let (nl, fr, en) = match key {
        "open_data" => ("Open data", "Données ouvertes", "Open data"),
        "open_data_intro" => (
            "Alle publieke gegevens van dit traject om te hergebruiken: de acties met hun indicatoren en voortgang, de lokale foto en wat we communiceren, met de acties die het staven.",
            "Toutes les données publiques de ce trajet à réutiliser : les actions avec leurs indicateurs et leur progression, la photo locale et ce que nous communiquons, avec les actions qui l'étayent.",
            "All public data of this trajectory, to reuse: the actions with their indicators and progress, the local inventory, and what we communicate with the actions that back it.",
        ),
        "file" => ("Bestand", "Fichier", "File"),
        "contents" => ("Inhoud", "Contenu", "Contents"),
        "size" => ("Grootte", "Taille", "Size"),
        "licence" => ("Licentie", "Licence", "Licence"),
        "publisher" => ("Uitgever", "Éditeur", "Publisher"),
        "modified" => ("Bijgewerkt op", "Mis à jour le", "Updated on"),
        "catalog" => (
            "Beschrijving voor dataportalen (DCAT-AP, JSON-LD)",
            "Description pour les portails de données (DCAT-AP, JSON-LD)",
            "Description for data portals (DCAT-AP, JSON-LD)",
        ),
        "feed" => (
            "Nieuwsfeed van voortgang en afgeronde acties (Atom)",
            "Fil d'actualité de la progression et des actions terminées (Atom)",
            "News feed of progress and completed actions (Atom)",
        ),
        "csv_note" => (
            "CSV-bestanden zijn UTF-8, met komma's gescheiden; lijsten binnen een cel zijn met ; gescheiden.",
            "Les fichiers CSV sont en UTF-8, séparés par des virgules ; les listes dans une cellule sont séparées par ;.",
            "CSV files are UTF-8 and comma-separated; lists within a cell are separated by ;.",
        ),
        "all" => ("Alles in één zip-bestand", "Tout dans un fichier zip", "Everything in one zip file"),
        "actions" => ("Acties van het actieplan", "Actions du plan d'action", "Actions of the action plan"),
        "progress" => {
            ("Metingen van de indicatoren (voortgang)", "Mesures des indicateurs (progression)", "Indicator measurements (progress)")
        }
        "inventory" => (
            "De lokale foto: wat de organisatie al doet",
            "La photo locale : ce que l'organisation fait déjà",
            "The local inventory: what the organisation already does",
        ),
        "claims" => (
            "Wat we communiceren, met de acties die het staven",
            "Ce que nous communiquons, avec les actions qui l'étayent",
            "What we communicate, with the actions that back it",
        ),
        "dataset" => ("Gegevens van het MVO-traject", "Données du trajet RSE", "Data of the sustainability trajectory"),
        "dataset_description" => (
            "Acties, indicatoren, voortgang, de lokale foto en geclaimde resultaten en engagementen van het MVO-traject",
            "Actions, indicateurs, progression, photo locale et engagements et résultats communiqués du trajet RSE",
            "Actions, indicators, progress, the local inventory, and the commitments and results claimed in the sustainability trajectory",
        ),
        "progress_entry" => ("Nieuwe meting", "Nouvelle mesure", "New measurement"),
        "completed" => ("Afgerond", "Terminé", "Completed"),
        "follow_up" => ("Terugkommoment", "Moment de suivi", "Follow-up"),
        "session" => ("Sessie", "Session", "Session"),
        "calendar" => ("Agenda", "Agenda", "Calendar"),
        "owners" => ("Trekkers", "Responsables", "Owners"),
        "calendar_all" => ("opvolging en sessies", "suivi et sessions", "follow-ups and sessions"),
        "calendar_of" => ("opvolging van", "suivi de", "follow-ups of"),
        "search" => ("Zoeken", "Rechercher", "Search"),
        "search_label" => (
            "Zoek in acties, lokale foto, claims, pagina's, sessies en team",
            "Rechercher dans les actions, la photo locale, les allégations, les pages, les sessions et l'équipe",
            "Search actions, inventory, claims, pages, sessions and team",
        ),
        "search_none" => ("Niets gevonden.", "Aucun résultat.", "Nothing found."),
        "search_count" => ("{n} resultaten", "{n} résultats", "{n} results"),
        "search_noscript" => ("Zoeken werkt met JavaScript.", "La recherche nécessite JavaScript.", "Search needs JavaScript."),
        "kind_action" => ("Actie", "Action", "Action"),
        "kind_inventory" => ("Lokale foto", "Photo locale", "Inventory"),
        "kind_claim" => ("Claim", "Allégation", "Claim"),
        "kind_page" => ("Pagina", "Page", "Page"),
        "kind_session" => ("Sessie", "Session", "Session"),
        "kind_member" => ("Team", "Équipe", "Team"),
        "kind_topic" => ("Thema", "Thème", "Topic"),
        _ => ("", "", ""),
    };
    match lang {
        Language::Nl => nl,
        Language::Fr => fr,
        Language::En => en,
    }
}
