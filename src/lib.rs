//! kapstok: a static-site generator for a municipal sustainability trajectory.
pub(crate) mod asset_text;
pub mod build;
pub mod checks;
pub mod cli;
pub mod cmd;
pub mod diag;
pub mod html;
pub mod i18n;
pub mod import;
pub mod load;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod privacy;
pub(crate) mod public;
pub mod render;
pub mod rules;
pub mod schema;
pub mod serve;
pub mod source;
pub mod text;
pub mod validate;
pub mod yaml;

pub use pipeline::{Checked, TodayInput};

/// Load, validate and check the project in `root` (see [`pipeline::check`]).
pub fn check(root: &std::path::Path, today: TodayInput) -> Checked {
    pipeline::check(root, today)
}

/// Build both sites of a checked project into `out` (see [`build::build`]).
pub fn build(checked: Checked, out: &std::path::Path) -> build::Built {
    build::build(checked, out)
}
