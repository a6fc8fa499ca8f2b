//! The command line, as `spec/cli.md` describes it (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "kapstok",
    version,
    about = "Build the intranet and the public sustainability page of an MVO trajectory, and check every claim first."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of kapstok's own texts (nl, fr or en; also KAPSTOK_LANG). Default: the
    /// project's `language`, else the environment's LANG, else English. For now it is the
    /// language of `check --explain`; the other messages follow in a coming version.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the content and build output/intranet and output/public.
    Build(BuildArgs),
    /// Check the content and every claim; build nothing.
    Check(CheckArgs),
    /// Build, serve both sites on this machine, and rebuild on every save.
    Serve(ServeArgs),
    /// Make a new project with a small working example in DIR.
    Init {
        /// The folder to create (it must be empty or not exist).
        dir: PathBuf,
    },
    /// Add a skeleton action, page or claim.
    New {
        what: NewKind,
        /// The id (a-z, 0-9 and -).
        id: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write JSON Schemas for every content file to ROOT/schemas/ (editor support).
    Schema {
        /// The project folder (the one holding content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Import a spreadsheet (CSV or xlsx) as a new content file.
    Import {
        what: ImportKind,
        /// The spreadsheet: a .csv, .xlsx or .xlsm file.
        file: PathBuf,
        /// The project folder (the one holding content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The project folder (the one holding content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the sites (default: ROOT/output), relative to the current folder.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// "Today" for the date checks (YYYY-MM-DD).
    #[arg(long)]
    pub today: Option<String>,
    /// Print only warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The project folder; give several for one summary row per project.
    #[arg(long)]
    pub root: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// "Today" for the date checks (YYYY-MM-DD).
    #[arg(long)]
    pub today: Option<String>,
    /// Explain a rule: its purpose, trigger, and a good and a bad example.
    #[arg(long, value_name = "RULE", conflicts_with_all = ["today", "format"])]
    pub explain: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the browser.
    #[arg(long)]
    pub open: bool,
    #[arg(long)]
    pub today: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    Action,
    Page,
    Claim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportKind {
    /// The lokale foto: a new file content/inventory/NAME.yaml.
    Inventory,
}
