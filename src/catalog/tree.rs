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
    },
    Embedded {
        name: &'static str,
        dir: &'static include_dir::Dir<'static>,
    },
}

fn refused(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::PermissionDenied, why.to_string())
}

impl Tree {
    /// The tree under `root` on disk.
    pub fn disk(root: PathBuf) -> Tree {
        let real = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
        Tree::Disk { root, real }
    }

    /// Where `rel` really is, if it exists; an error if that is outside the tree.
    fn resolve(root: &Path, real: &Path, rel: &Path) -> io::Result<Option<PathBuf>> {
        match std::fs::canonicalize(root.join(rel)) {
            Ok(path) if path.starts_with(real) => Ok(Some(path)),
            Ok(_) => Err(refused(
                "a symbolic link that leads out of the catalog; not followed",
            )),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Names of the sub-directories of `rel`, sorted.
    pub fn list_dirs(&self, rel: &Path) -> io::Result<Vec<String>> {
        let mut names = match self {
            Tree::Disk { root, real } => {
                let dir = Self::resolve(root, real, rel)?
                    .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such directory"))?;
                let mut names = Vec::new();
                for entry in std::fs::read_dir(dir)? {
                    let entry = entry?;
                    let kind = entry.file_type()?;
                    // A linked directory counts when it stays inside the tree.
                    let dir = kind.is_dir()
                        || (kind.is_symlink()
                            && std::fs::canonicalize(entry.path())
                                .is_ok_and(|p| p.starts_with(real) && p.is_dir()));
                    if dir && let Some(name) = entry.file_name().to_str() {
                        names.push(name.to_string());
                    }
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
            Tree::Disk { root, real } => {
                use std::io::Read;
                let Some(path) = Self::resolve(root, real, rel)? else {
                    return Ok(None);
                };
                let meta = std::fs::metadata(&path)?;
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
            Tree::Disk { root, real } => {
                matches!(Self::resolve(root, real, rel), Ok(Some(p)) if p.is_dir())
            }
            Tree::Embedded { dir, .. } => embedded_dir(dir, rel).is_some(),
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
