//! kapstok: a static-site generator for a municipal sustainability trajectory.
//!
//! The library's surface is small on purpose: [`run`] (what the binary
//! does with its command line), [`check`] and [`build`], and the rule
//! registry ([`rules`]). Everything else is `pub(crate)`: a module's `pub`
//! items are for the modules after it in the layering (README, "How the
//! code is laid out"), and `unreachable_pub` says so where it is not.
#![warn(unreachable_pub)]
pub(crate) mod asset_text;
pub(crate) mod build;
pub(crate) mod checks;
pub mod cli;
pub(crate) mod cmd;
pub(crate) mod diag;
pub(crate) mod html;
pub(crate) mod i18n;
pub(crate) mod import;
pub(crate) mod load;
pub(crate) mod model;
pub(crate) mod output;
pub(crate) mod pipeline;
pub(crate) mod privacy;
pub(crate) mod progress;
pub(crate) mod public;
pub(crate) mod render;
pub mod rules;
pub(crate) mod schema;
pub(crate) mod serve;
pub(crate) mod source;
pub(crate) mod text;
pub(crate) mod validate;
pub(crate) mod yaml;

pub use build::Built;
pub use cli::Cli;
pub use pipeline::{Checked, TodayInput};

/// Load, validate and check the project in `root` (see [`pipeline::check`]).
pub fn check(root: &std::path::Path, today: TodayInput) -> Checked {
    pipeline::check(root, today)
}

/// Build both sites of a checked project into `out` (see [`build::build`]).
pub fn build(checked: Checked, out: &std::path::Path) -> build::Built {
    build::build(checked, out)
}

/// Run one command line; the exit code of `spec/cli.md`.
pub fn run(cli: Cli) -> u8 {
    cmd::run(cli)
}
