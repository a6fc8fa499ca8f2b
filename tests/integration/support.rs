//! A small builder around the real binary, after mdBook's `BookTest`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The path of a fixture folder.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The repository root (holds the example `content/`).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copy a fixture (or any folder) into a fresh temporary folder.
pub fn copy_to_temp(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(from, dir.path());
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("prefix");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Run `kapstok ARGS` in `cwd` with NO_COLOR set and no SOURCE_DATE_EPOCH.
pub fn kapstok(cwd: &Path, args: &[&str]) -> Run {
    kapstok_env(cwd, args, &[])
}

/// Like [`kapstok`], with extra environment variables set after the defaults
/// (so they can override `NO_COLOR`'s neighbours, or set `SOURCE_DATE_EPOCH`).
pub fn kapstok_env(cwd: &Path, args: &[&str], envs: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kapstok"));
    cmd.args(args).current_dir(cwd).env("NO_COLOR", "1").env_remove("SOURCE_DATE_EPOCH").env_remove("CLICOLOR_FORCE");
    // Terminal messages in English, whatever the project's language: most
    // tests assert on English texts. A test of the language itself sets
    // KAPSTOK_LANG to "" (unset: the project's language decides) or another.
    // The sites always follow the project's `language`.
    cmd.env("KAPSTOK_LANG", "en").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C");
    for (key, value) in envs {
        cmd.env(key, value);
    }
    Run::from(cmd.output().expect("run kapstok"))
}

/// Every path (files, folders, links) under `dir`, relative and sorted.
pub fn tree(dir: &Path) -> Vec<String> {
    let mut paths: Vec<String> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|e| e.expect("walk").path().strip_prefix(dir).expect("prefix").to_string_lossy().replace('\\', "/"))
        .collect();
    paths.sort();
    paths
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// The diagnostic blocks on stderr: each starts with its `error[`/`warning[`
/// title and ends at the blank line the renderer puts after every block.
pub fn blocks(stderr: &str) -> Vec<String> {
    stderr
        .split("\n\n")
        .map(|chunk| chunk.trim_start_matches('\n'))
        .filter(|chunk| chunk.starts_with("error[") || chunk.starts_with("warning["))
        .map(|chunk| format!("{chunk}\n"))
        .collect()
}

/// The example project (`content/` of the repository) built into a
/// temporary folder: `out/intranet`, `out/public`.
pub fn built_example() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo_root().join("content"), &tmp.path().join("content"));
    let run = kapstok(tmp.path(), &["build", "--root", ".", "--output", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    tmp
}

/// Fixture `name` copied to a temporary folder and built (`output/`); the build must succeed.
pub fn built_fixture(name: &str) -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture(name));
    let run = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    tmp
}

/// The text of `rel` under `dir`.
pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}
