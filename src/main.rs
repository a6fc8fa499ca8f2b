//! The `kapstok` binary: parse the command line, run the command, exit.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: a build makes many small strings
/// on every core, and glibc's per-thread arenas kept two to three times the
/// live heap as resident memory (see bench/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc 3 keeps memory a thread freed for a second before it gives it
/// back, and only when that thread next allocates: a run's phases are about
/// that long, so what the load freed still counted while the checks and the
/// renderer allocated anew. 10 ms (mimalloc 2's delay) took the peak of
/// `check` at 100,000 actions from about 1.44 to 1.18 GiB, and of a build at
/// 10,000 from 210 to 162 MiB, at the same speed (bench/README.md). `MIMALLOC_PURGE_DELAY` in the environment still wins.
#[allow(unsafe_code)]
fn tune_allocator() {
    /// `mi_option_purge_delay` in mimalloc 3's `mimalloc.h`.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: stores an integer option of the allocator; mimalloc allows
        // it at any time, from any thread, and reads it at its next purge.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) }
    }
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = kapstok::cli::Cli::parse();
    ExitCode::from(kapstok::cmd::run(cli))
}
