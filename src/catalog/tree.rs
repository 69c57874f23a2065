//! Where a directory catalog's files live: on disk, or embedded in the binary.

use std::io;
use std::path::{Path, PathBuf};

/// The catalog shipped inside the binary: the project's `universe/`.
pub static EMBEDDED_UNIVERSE: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/universe");

/// A read-only file tree.
#[derive(Debug, Clone)]
pub enum Tree {
    Disk(PathBuf),
    Embedded {
        name: &'static str,
        dir: &'static include_dir::Dir<'static>,
    },
}

impl Tree {
    /// Names of the sub-directories of `rel`, sorted.
    pub fn list_dirs(&self, rel: &Path) -> io::Result<Vec<String>> {
        let mut names = match self {
            Tree::Disk(root) => {
                let mut names = Vec::new();
                for entry in std::fs::read_dir(root.join(rel))? {
                    let entry = entry?;
                    if (entry.file_type()?.is_dir() || entry.path().is_dir())
                        && let Some(name) = entry.file_name().to_str()
                    {
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
            Tree::Disk(root) => match std::fs::read(root.join(rel)) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e),
            },
            Tree::Embedded { dir, .. } => Ok(dir.get_file(rel).map(|f| f.contents().to_vec())),
        }
    }

    pub fn is_dir(&self, rel: &Path) -> bool {
        match self {
            Tree::Disk(root) => root.join(rel).is_dir(),
            Tree::Embedded { dir, .. } => embedded_dir(dir, rel).is_some(),
        }
    }

    /// A path for messages.
    pub fn display(&self, rel: &Path) -> String {
        match self {
            Tree::Disk(root) => root.join(rel).display().to_string(),
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
