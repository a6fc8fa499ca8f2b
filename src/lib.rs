//! kapstok: a static-site generator for a municipal sustainability trajectory.
#![allow(dead_code)]
pub mod diag;
pub mod source;
pub mod yaml;
