//! The `kapstok` binary: parse the command line, run the command, exit.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = kapstok::cli::Cli::parse();
    ExitCode::from(kapstok::cmd::run(cli))
}
