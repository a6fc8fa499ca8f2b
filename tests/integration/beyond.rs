//! Beyond the pages (issue 9): open data, feeds and calendars, the JSON
//! Schemas and `init`'s editor support, spreadsheet import, and coach mode.

mod coach;
mod feeds;
mod import;
mod open_data;
mod schema;
