//! The commands: glue between the CLI and the library stages (the pipeline
//! is [`crate::pipeline`]). Each reads its arguments, prints, and returns the
//! exit code of `spec/cli.md` (0 ok, 1 found something, 2 cannot start).

mod build;
mod check;
mod import;
mod init;
mod new;
mod schema;
mod serve;
pub(crate) mod today;

use std::io::Write;

use crate::cli::{Cli, Command};
use crate::diag::{self, Diagnostic};
use crate::i18n::{Language, Msg, msg};
use crate::source::Sources;

pub(crate) const EXIT_OK: u8 = 0;
pub(crate) const EXIT_FOUND: u8 = 1;
pub(crate) const EXIT_USAGE: u8 = 2;

pub(crate) fn run(cli: Cli) -> u8 {
    let lang = cli.lang.as_deref();
    if let Some(tag) = lang
        && Language::from_tag(tag).is_none()
    {
        usage_error(message_language(None, None), &msg!("cli-lang-unknown", tag = tag));
        return EXIT_USAGE;
    }
    match cli.command {
        Command::Check(args) => check::run(&args, lang),
        Command::Init { dir } => init::run(&dir, lang),
        Command::New { what, id, root } => new::run(what, &id, &root, lang),
        Command::Build(args) => build::run(&args, lang),
        Command::Serve(args) => serve::run(&args, lang),
        Command::Schema { root } => schema::run(&root, lang),
        Command::Import { what, file, root } => import::run(what, &file, &root, lang),
    }
}

/// What every command that reads a project checks before it starts: a valid
/// "today" (flag or environment) and an existing `--root`. `Err` is the exit code.
pub(crate) fn start(today_flag: Option<&str>, root: &std::path::Path, lang: Language) -> Result<today::TodayInput, u8> {
    let today = today::from_env(today_flag).map_err(|e| {
        usage_error(lang, &e);
        EXIT_USAGE
    })?;
    if !root.is_dir() {
        usage_error(lang, &not_a_folder(root));
        return Err(EXIT_USAGE);
    }
    Ok(today)
}

/// "`x` holds no content/ folder".
pub(crate) fn no_content(root: &std::path::Path) -> Msg {
    msg!("cli-no-content", root = root.display().to_string())
}

/// "cannot write `x`: reason".
pub(crate) fn cannot_write(path: &std::path::Path, e: &dyn std::fmt::Display) -> Msg {
    msg!("cli-cannot-write", file = path.display().to_string(), detail = e.to_string())
}

/// "--root `x` is not a folder".
pub(crate) fn not_a_folder(root: &std::path::Path) -> Msg {
    msg!("cli-root-not-a-folder", root = root.display().to_string())
}

/// The language of kapstok's texts for the project in `root`: `--lang`,
/// else `KAPSTOK_LANG`, else the project's `language` (read from
/// `content/site.yaml`, nl when it names none), else the environment's
/// `LC_ALL`, `LC_MESSAGES` or `LANG`, else English.
pub(crate) fn message_language(flag: Option<&str>, root: Option<&std::path::Path>) -> Language {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(lang) = flag.and_then(Language::from_tag).or_else(|| env("KAPSTOK_LANG").as_deref().and_then(Language::from_tag)) {
        return lang;
    }
    if let Some(lang) = root.and_then(project_language) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| env(name)).as_deref().and_then(Language::from_tag).unwrap_or(Language::En)
}

/// The `language:` of `content/site.yaml` (nl, the format's default, when
/// the file names none); `None` without a readable file or with another value.
fn project_language(root: &std::path::Path) -> Option<Language> {
    let text = std::fs::read_to_string(root.join("content/site.yaml")).ok()?;
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("language:") {
            let v = v.split('#').next().unwrap_or("").trim().trim_matches(['"', '\'']);
            return matches!(v, "nl" | "fr" | "en").then(|| Language::from_tag(v)).flatten();
        }
    }
    Some(Language::Nl)
}

/// Print a "cannot start" error in `lang` (the word `error` stays as it is,
/// like the codes: scripts look for it).
pub(crate) fn usage_error(lang: Language, message: &Msg) {
    let mut err = anstream::stderr();
    let _ = writeln!(err, "{}error{}: {}", STYLE_ERR.render(), STYLE_ERR.render_reset(), message.say(lang));
}

/// Print one line of what a command says, in `lang`, on stderr.
pub(crate) fn say(lang: Language, message: &Msg) {
    let _ = writeln!(anstream::stderr(), "{}", message.say(lang));
}

const STYLE_ERR: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();

/// Print diagnostics to stderr, one block each (colour only on a terminal).
/// Buffered: stderr is not, and thousands of findings written a piece at a
/// time cost a system call each (a quarter of a second at 10,000 actions).
pub(crate) fn print_diags(diags: &[Diagnostic], sources: &Sources, lang: Language) {
    let choice = anstream::AutoStream::choice(&std::io::stderr());
    let raw: Box<dyn Write> = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock()));
    let mut err = anstream::AutoStream::new(raw, choice);
    for d in diags {
        let _ = writeln!(err, "{}\n", diag::render_human(d, sources, true, lang));
    }
    let _ = err.flush();
}
