//! The `kapstok` binary: parse the command line, run the command, exit.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: a build makes many small strings
/// on every core, and glibc's per-thread arenas kept two to three times the
/// live heap as resident memory (see bench/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = kapstok::Cli::parse();
    ExitCode::from(kapstok::run(cli))
}
