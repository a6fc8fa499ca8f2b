//! The one integration-test binary (it links once: that matters on 2 cores).
//! Each module runs the real `kapstok` binary on fixture folders under
//! `tests/fixtures/` and asserts on files, exit codes and messages.

mod support;

mod a11y;
mod asset_scope;
mod assets;
mod beyond;
mod build;
mod checks;
mod cli_i18n;
mod content_errors;
mod embed;
mod errors_i18n;
mod findings_i18n;
mod golden;
mod holes;
mod indicators;
mod init_new;
mod intranet_serve;
mod layers;
mod owners;
mod privacy;
mod privacy_files;
mod privacy_sentences;
mod progress_status;
mod report_i18n;
mod serve;
