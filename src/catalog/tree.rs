//! Where a directory catalog's files live: on disk, or embedded in the binary.

use std::io;
use std::path::{Path, PathBuf};

/// The catalog shipped inside the binary: the project's `universe/`.
pub static EMBEDDED_UNIVERSE: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/universe");

/// The largest file smack reads from a directory catalog (README: Limits).
pub const MAX_FILE: u64 = 16 << 20;

/// A read-only file tree. On disk, only regular files and directories inside the tree's root
/// are read: a symbolic link that resolves outside the root, a FIFO or a device is refused, and
/// so is a file larger than [`MAX_FILE`].
#[derive(Debug, Clone)]
pub enum Tree {
    Disk {
        /// As given, for messages.
        root: PathBuf,
        /// Resolved, to keep reads inside it.
        real: PathBuf,
        /// Directories already resolved (relative path to real path), so that a read checks
        /// only its last component.
        dirs: std::sync::Arc<std::sync::Mutex<Dirs>>,
    },
    Embedded {
        name: &'static str,
        dir: &'static include_dir::Dir<'static>,
    },
}

/// Directories of a tree already resolved: most are plain (their real path is the root's
/// joined with theirs) and only their relative path is kept; linked ones keep their target.
#[derive(Debug, Default)]
pub struct Dirs {
    plain: std::collections::HashSet<PathBuf>,
    linked: std::collections::HashMap<PathBuf, PathBuf>,
}

impl Dirs {
    fn get(&self, real: &Path, rel: &Path) -> Option<PathBuf> {
        if self.plain.contains(rel) {
            return Some(real.join(rel));
        }
        self.linked.get(rel).cloned()
    }

    fn insert(&mut self, real: &Path, rel: PathBuf, resolved: PathBuf) {
        if resolved == real.join(&rel) {
            self.plain.insert(rel);
        } else {
            self.linked.insert(rel, resolved);
        }
    }
}

fn refused(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::PermissionDenied, why.to_string())
}

impl Tree {
    /// The tree under `root` on disk.
    pub fn disk(root: PathBuf) -> Tree {
        let real = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
        Tree::Disk {
            root,
            real,
            dirs: Default::default(),
        }
    }

    /// Where `rel` really is, if it exists; an error if that is outside the tree. Each
    /// component is looked at once (`lstat`); only a symbolic link is resolved in full.
    fn resolve(
        real: &Path,
        dirs: &std::sync::Mutex<Dirs>,
        rel: &Path,
    ) -> io::Result<Option<PathBuf>> {
        Ok(Self::resolve_with_meta(real, dirs, rel)?.map(|(path, _)| path))
    }

    /// [`Tree::resolve`], with the metadata of a last component that is not a link (a file
    /// read next needs no second `stat`).
    fn resolve_with_meta(
        real: &Path,
        dirs: &std::sync::Mutex<Dirs>,
        rel: &Path,
    ) -> io::Result<Option<(PathBuf, Option<std::fs::Metadata>)>> {
        use std::path::Component;
        if rel
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
        {
            return Err(refused("a path that leaves the catalog; not followed"));
        }
        let Some(name) = rel.file_name() else {
            return Ok(Some((real.to_path_buf(), None)));
        };
        if let Some(found) = dirs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(real, rel)
        {
            return Ok(Some((found, None)));
        }
        let parent = rel.parent().unwrap_or(Path::new(""));
        let Some(parent) = Self::resolve(real, dirs, parent)? else {
            return Ok(None);
        };
        let candidate = parent.join(name);
        let meta = match std::fs::symlink_metadata(&candidate) {
            Ok(meta) => meta,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        let link = meta.file_type().is_symlink();
        let resolved = if link {
            match std::fs::canonicalize(&candidate) {
                Ok(path) if path.starts_with(real) => path,
                Ok(_) => {
                    return Err(refused(
                        "a symbolic link that leads out of the catalog; not followed",
                    ));
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(e),
            }
        } else {
            candidate
        };
        if meta.is_dir() || (link && resolved.is_dir()) {
            dirs.lock().unwrap_or_else(|e| e.into_inner()).insert(
                real,
                rel.to_path_buf(),
                resolved.clone(),
            );
        }
        Ok(Some((resolved, (!link).then_some(meta))))
    }

    /// Names of the sub-directories of `rel`, sorted.
    pub fn list_dirs(&self, rel: &Path) -> io::Result<Vec<String>> {
        let mut names = match self {
            Tree::Disk { real, dirs, .. } => {
                let dir = Self::resolve(real, dirs, rel)?
                    .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such directory"))?;
                let mut names = Vec::new();
                let mut found = Vec::new();
                for entry in std::fs::read_dir(&dir)? {
                    let entry = entry?;
                    let kind = entry.file_type()?;
                    let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                        continue;
                    };
                    // A linked directory counts when it stays inside the tree.
                    let resolved = if kind.is_dir() {
                        Some(dir.join(&name))
                    } else if kind.is_symlink() {
                        std::fs::canonicalize(entry.path())
                            .ok()
                            .filter(|p| p.starts_with(real) && p.is_dir())
                    } else {
                        None
                    };
                    if let Some(resolved) = resolved {
                        // Listed directories need no `stat` when they are read next.
                        found.push((rel.join(&name), resolved));
                        names.push(name);
                    }
                }
                let mut dirs = dirs.lock().unwrap_or_else(|e| e.into_inner());
                for (rel, resolved) in found {
                    dirs.insert(real, rel, resolved);
                }
                names
            }
            Tree::Embedded { dir, .. } => {
                let sub = embedded_dir(dir, rel)
                    .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such directory"))?;
                sub.dirs()
                    .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string))
                    .collect()
            }
        };
        names.sort();
        Ok(names)
    }

    /// The bytes of a file, or `None` when it does not exist.
    pub fn read(&self, rel: &Path) -> io::Result<Option<Vec<u8>>> {
        match self {
            Tree::Disk { real, dirs, .. } => {
                use std::io::Read;
                let Some((path, meta)) = Self::resolve_with_meta(real, dirs, rel)? else {
                    return Ok(None);
                };
                let meta = match meta {
                    Some(meta) => meta,
                    None => std::fs::metadata(&path)?,
                };
                if !meta.is_file() {
                    return Err(refused("not a regular file; not read"));
                }
                let too_big = || refused(&format!("larger than {} MiB; not read", MAX_FILE >> 20));
                if meta.len() > MAX_FILE {
                    return Err(too_big());
                }
                let mut bytes = Vec::with_capacity(meta.len() as usize);
                std::fs::File::open(&path)?
                    .take(MAX_FILE + 1)
                    .read_to_end(&mut bytes)?;
                if bytes.len() as u64 > MAX_FILE {
                    return Err(too_big());
                }
                Ok(Some(bytes))
            }
            Tree::Embedded { dir, .. } => Ok(dir.get_file(rel).map(|f| f.contents().to_vec())),
        }
    }

    pub fn is_dir(&self, rel: &Path) -> bool {
        match self {
            Tree::Disk { real, dirs, .. } => {
                matches!(Self::resolve(real, dirs, rel), Ok(Some(p)) if p.is_dir())
            }
            Tree::Embedded { dir, .. } => embedded_dir(dir, rel).is_some(),
        }
    }

    /// Lets go of the directories resolved so far (after a walk of the whole tree, which will
    /// not read most of them again).
    pub fn forget_dirs(&self) {
        if let Tree::Disk { dirs, .. } = self {
            *dirs.lock().unwrap_or_else(|e| e.into_inner()) = Dirs::default();
        }
    }

    /// A path for messages.
    pub fn display(&self, rel: &Path) -> String {
        match self {
            Tree::Disk { root, .. } => root.join(rel).display().to_string(),
            Tree::Embedded { name, .. } => {
                if rel.as_os_str().is_empty() {
                    format!("builtin:{name}")
                } else {
                    format!("builtin:{name}/{}", rel.display())
                }
            }
        }
    }
}

fn embedded_dir<'a>(
    dir: &'a include_dir::Dir<'static>,
    rel: &Path,
) -> Option<&'a include_dir::Dir<'static>> {
    if rel.as_os_str().is_empty() {
        Some(dir)
    } else {
        dir.get_dir(rel)
    }
}
