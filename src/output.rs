//! Writing a site to disk safely.
//!
//! Owns the refusal of dangerous output folders, the staging folder beside each
//! site, the swap, and the manifest of what kapstok wrote. Files in an old site
//! folder that kapstok did not write (a web team's `.htaccess`, a `.git`) are
//! carried into the new one and never deleted; a kapstok file that would
//! overwrite one stops the build. A site folder is locked from its staging to
//! its swap (a lock file beside it, `.NAME.lock`): a second build into the
//! same folder waits for the first, so two builds never mix their files or
//! lose a foreign one. A caller that stages two sites stages them in one
//! fixed order (the public site first), so two builds cannot wait on each
//! other. This module knows nothing of rendering.

use crate::i18n::{Msg, MsgError, msg};
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The manifest kapstok keeps in each site folder: one written path a line.
pub(crate) const MANIFEST: &str = ".kapstok-manifest";

/// Make `path` absolute and lexically clean, resolving symbolic links of the
/// part that exists (the rest may not exist yet).
pub(crate) fn resolve(path: &Path) -> io::Result<PathBuf> {
    let abs = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir()?.join(path) };
    let mut clean = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    let mut existing = clean.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    Ok(out)
}

/// Refuse an output folder that is `/`, is or contains the project root, or
/// is, contains or lies inside `content/` or `themes/`. Returns the resolved folder.
pub(crate) fn check_output_dir(root: &Path, output: &Path) -> Result<PathBuf, Msg> {
    let root = resolve(root).map_err(|e| msg!("cli-output-root-unresolved", detail = e.to_string()))?;
    let out = resolve(output).map_err(|e| msg!("cli-output-unresolved", detail = e.to_string()))?;
    let shown = output.display().to_string();
    if out.parent().is_none() {
        return Err(msg!("cli-output-is-fs-root", out = shown));
    }
    if root.starts_with(&out) {
        return Err(msg!("cli-output-holds-root", out = shown, root = root.display().to_string()));
    }
    for guarded in ["content", "themes"] {
        let g = root.join(guarded);
        if out.starts_with(&g) || g.starts_with(&out) {
            return Err(msg!("cli-output-in-sources", out = shown, folder = guarded));
        }
    }
    Ok(out)
}

/// A site written in full to a staging folder beside its final place.
#[derive(Debug)]
pub(crate) struct Staged {
    pub dir: PathBuf,
    pub staging: PathBuf,
    /// The paths kapstok wrote, relative, with `/`.
    pub written: Vec<String>,
    /// Held until the site is swapped in or dropped.
    _lock: Option<fs::File>,
}

/// Lock the site folder `dir` for this process, waiting (with a note) while
/// another build holds it. The lock is the OS's file lock on `.NAME.lock`
/// beside the folder: it ends with the process, so a killed build leaves
/// nothing to clean up. `None` where the file system has no locks.
fn lock(dir: &Path) -> io::Result<Option<fs::File>> {
    let path = sibling(dir, "lock");
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let file = fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => {
            use std::io::Write;
            let _ = writeln!(anstream::stderr(), "note: another kapstok build is writing `{}`; waiting for it to finish", dir.display());
            file.lock()?;
            Ok(Some(file))
        }
        Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(e),
    }
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "site".into());
    dir.with_file_name(format!(".{name}.{suffix}"))
}

/// The files kapstok wrote into the site folder `dir` at its last build (its
/// manifest), relative; empty when there is none.
pub(crate) fn previous_files(dir: &Path) -> io::Result<BTreeSet<String>> {
    match fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => Ok(text.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(e),
    }
}

/// The files of the old site kapstok did not write (by its manifest), relative.
fn foreign_files(dir: &Path) -> io::Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    let ours = previous_files(dir)?;
    for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).map_err(io::Error::other)?;
        let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if rel != MANIFEST && !ours.contains(&rel) {
            out.insert(rel);
        }
    }
    Ok(out)
}

/// Write `files` to a staging folder beside `dir`, carrying over the old
/// site's foreign files. Nothing at `dir` changes. On error the staging
/// folder is removed.
#[cfg(test)]
pub(crate) fn stage(dir: &Path, files: &std::collections::BTreeMap<String, Vec<u8>>) -> io::Result<Staged> {
    let paths: Vec<String> = files.keys().cloned().collect();
    stage_with(dir, &paths, |staging| files.iter().try_for_each(|(rel, bytes)| write_file(staging, rel, bytes)).map(|()| Vec::new()))
}

/// Write one file below `staging`, creating its folder.
pub(crate) fn write_file(staging: &Path, rel: &str, bytes: &[u8]) -> io::Result<()> {
    let to = staging.join(rel);
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(&to, bytes)
}

/// Create one file below `staging` (and its folder) to be written piece by
/// piece: a large page goes to disk as it is rendered.
pub(crate) fn create_file(staging: &Path, rel: &str) -> io::Result<io::BufWriter<fs::File>> {
    let to = staging.join(rel);
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    Ok(io::BufWriter::with_capacity(64 * 1024, fs::File::create(&to)?))
}

/// Stage a site whose files (`paths`) are written by `write` into the staging
/// folder it is given: the foreign files of the old site are checked and
/// carried over first, the manifest written last. `write` returns the
/// paths among `paths` it did not write (the public site's assets that no
/// page refers to): the manifest lists only what was written.
pub(crate) fn stage_with(dir: &Path, paths: &[String], write: impl FnOnce(&Path) -> io::Result<Vec<String>>) -> io::Result<Staged> {
    // No path can forge a line of the manifest (one path a line) or hide
    // in a listing.
    if let Some(bad) = paths.iter().find(|p| p.chars().any(char::is_control)) {
        return Err(io::Error::other(MsgError(msg!("cli-output-control-character", file = format!("{bad:?}")))));
    }
    let lock = lock(dir)?;
    let staging = sibling(dir, "staging");
    let result = stage_into(dir, &staging, paths, write);
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result.map(|written| Staged { dir: dir.to_path_buf(), staging, written, _lock: lock })
}

fn stage_into(
    dir: &Path,
    staging: &Path,
    paths: &[String],
    write: impl FnOnce(&Path) -> io::Result<Vec<String>>,
) -> io::Result<Vec<String>> {
    if staging.exists() {
        fs::remove_dir_all(staging)?;
    }
    fs::create_dir_all(staging)?;
    let foreign = foreign_files(dir)?;
    for path in paths {
        if foreign.contains(path) {
            return Err(io::Error::other(MsgError(msg!("cli-output-foreign-file", file = dir.join(path).display().to_string()))));
        }
    }
    for rel in &foreign {
        let from = dir.join(rel);
        let to = staging.join(rel);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent)?;
        }
        copy_entry(&from, &to)?;
    }
    let skipped: BTreeSet<String> = write(staging)?.into_iter().collect();
    let written: Vec<String> = paths.iter().filter(|p| !skipped.contains(*p)).cloned().collect();
    let mut manifest = written.join("\n");
    manifest.push('\n');
    fs::write(staging.join(MANIFEST), manifest)?;
    Ok(written)
}

fn copy_entry(from: &Path, to: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(from)?;
    if meta.file_type().is_symlink() {
        #[cfg(unix)]
        return std::os::unix::fs::symlink(fs::read_link(from)?, to);
        #[cfg(not(unix))]
        return fs::copy(from, to).map(|_| ());
    }
    fs::copy(from, to).map(|_| ())
}

impl Staged {
    /// Swap the staged site in: the old folder is moved aside, the staged
    /// one renamed into place, then the old one removed.
    pub(crate) fn commit(self) -> io::Result<()> {
        let old = sibling(&self.dir, "old");
        if old.exists() {
            fs::remove_dir_all(&old)?;
        }
        let had_old = self.dir.exists();
        if had_old {
            fs::rename(&self.dir, &old)?;
        }
        if let Err(e) = fs::rename(&self.staging, &self.dir) {
            if had_old {
                let _ = fs::rename(&old, &self.dir);
            }
            return Err(e);
        }
        if had_old {
            fs::remove_dir_all(&old)?;
        }
        Ok(())
    }

    /// Drop the staged site; the old one stays as it was.
    pub(crate) fn abort(self) {
        let _ = fs::remove_dir_all(&self.staging);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn files(list: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        list.iter().map(|(p, c)| ((*p).to_owned(), c.as_bytes().to_vec())).collect()
    }

    #[test]
    fn refuses_dangerous_output_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("proj");
        fs::create_dir_all(root.join("content/actions")).unwrap();
        assert!(check_output_dir(&root, Path::new("/")).is_err());
        assert!(check_output_dir(&root, &root).is_err());
        assert!(check_output_dir(&root, tmp.path()).is_err());
        assert!(check_output_dir(&root, &root.join("content")).is_err());
        assert!(check_output_dir(&root, &root.join("content/actions/out")).is_err());
        assert!(check_output_dir(&root, &root.join("themes/x")).is_err());
        assert!(check_output_dir(&root, &root.join("output/../content")).is_err());
        assert!(check_output_dir(&root, &root.join("output")).is_ok());
        assert!(check_output_dir(&root, &tmp.path().join("elsewhere")).is_ok());
    }

    #[test]
    fn foreign_files_are_carried_and_protected() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("public");
        stage(&site, &files(&[("index.html", "1"), ("a/index.html", "a")])).unwrap().commit().unwrap();
        fs::write(site.join(".htaccess"), "deny").unwrap();
        fs::create_dir_all(site.join(".git")).unwrap();
        fs::write(site.join(".git/HEAD"), "ref").unwrap();
        stage(&site, &files(&[("index.html", "2")])).unwrap().commit().unwrap();
        assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "2");
        assert_eq!(fs::read_to_string(site.join(".htaccess")).unwrap(), "deny");
        assert_eq!(fs::read_to_string(site.join(".git/HEAD")).unwrap(), "ref");
        assert!(!site.join("a/index.html").exists(), "old kapstok files go");
        assert_eq!(fs::read_to_string(site.join(MANIFEST)).unwrap(), "index.html\n");
        // A kapstok file over a foreign one stops the build; nothing changes.
        let err = stage(&site, &files(&[(".htaccess", "x")])).unwrap_err();
        assert!(err.to_string().contains(".htaccess"));
        assert_eq!(fs::read_to_string(site.join(".htaccess")).unwrap(), "deny");
        assert!(!sibling(&site, "staging").exists());
    }

    /// A path with a line break would write two lines into the manifest:
    /// a forged one could make a foreign file kapstok's, to be deleted by
    /// the next build. Refused before anything is written.
    #[test]
    fn a_path_with_a_control_character_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("public");
        let err = stage(&site, &files(&[("index.html", "1"), ("a\n.htaccess", "x")])).unwrap_err();
        assert!(err.to_string().contains("control character"), "{err}");
        assert!(!site.exists() && !sibling(&site, "staging").exists());
    }

    /// A second stage of the same folder waits until the first is swapped in.
    #[test]
    fn a_second_stage_waits_for_the_first() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("public");
        let first = stage(&site, &files(&[("index.html", "1")])).unwrap();
        let (site2, done) = (site.clone(), std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)));
        let flag = std::sync::Arc::clone(&done);
        let second = std::thread::spawn(move || {
            let staged = stage(&site2, &files(&[("index.html", "2")])).unwrap();
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
            staged.commit().unwrap();
        });
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(!done.load(std::sync::atomic::Ordering::SeqCst), "the second stage did not wait");
        first.commit().unwrap();
        second.join().unwrap();
        assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "2");
    }

    #[test]
    fn aborted_stage_keeps_the_old_site() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("intranet");
        stage(&site, &files(&[("index.html", "old")])).unwrap().commit().unwrap();
        let staged = stage(&site, &files(&[("index.html", "new")])).unwrap();
        assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "old");
        staged.abort();
        assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "old");
        assert!(!sibling(&site, "staging").exists());
    }
}
