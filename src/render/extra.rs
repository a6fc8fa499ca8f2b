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
