//! A catalog in the Universe directory layout: `packages/<L>/<name>/<revision>/`.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::{
    Dialect, Listing, Package, Release, SourceInfo, Summary, Template, Tree, optional_document,
};
use crate::error::{Error, Result, Warning};

#[derive(Debug)]
pub struct DirectorySource {
    tree: Tree,
    /// The `packages` folder inside the tree.
    packages: PathBuf,
    info: SourceInfo,
}

/// Package names are folder names: only this shape is ever joined onto a path.
fn is_package_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

impl DirectorySource {
    pub fn open(tree: Tree, info: SourceInfo) -> Result<DirectorySource> {
        let packages = ["repo/packages", "packages"]
            .iter()
            .map(PathBuf::from)
            .find(|p| tree.is_dir(p))
            .or_else(|| {
                // The packages folder itself: its sub-folders are letters.
                let dirs = tree.list_dirs(Path::new("")).ok()?;
                let letters = !dirs.is_empty() && dirs.iter().all(|d| is_letter_folder(d));
                letters.then(PathBuf::new)
            })
            .ok_or_else(|| Error::CatalogUnreadable {
                path: tree.display(Path::new("")),
                reason: "not a Universe catalog: no repo/packages/<L>/<name>/<revision>/ folders \
                         and not a repository index file"
                    .into(),
            })?;
        Ok(DirectorySource {
            tree,
            packages,
            info,
        })
    }

    pub fn info(&self) -> &SourceInfo {
        &self.info
    }

    /// The same source under another name and URI.
    pub fn renamed(mut self, info: SourceInfo) -> DirectorySource {
        self.info = info;
        self
    }

    fn list(&self, rel: &Path) -> Result<Vec<String>> {
        self.tree
            .list_dirs(rel)
            .map_err(|e| Error::CatalogUnreadable {
                path: self.tree.display(rel),
                reason: e.to_string(),
            })
    }

    /// Revision numbers of a package folder, newest first.
    fn revisions(&self, dir: &Path, warnings: &mut Vec<Warning>) -> Result<Vec<u64>> {
        let mut revisions = Vec::new();
        for entry in self.list(dir)? {
            match entry.parse::<u64>() {
                Ok(n) => revisions.push(n),
                Err(_) => warnings.push(Warning {
                    location: self.tree.display(&dir.join(&entry)),
                    message: "revision folder is not a number; skipped".into(),
                }),
            }
        }
        revisions.sort_unstable_by(|a, b| b.cmp(a));
        Ok(revisions)
    }

    fn package_dir(&self, name: &str) -> Option<PathBuf> {
        if !is_package_name(name) {
            return None;
        }
        let letter = name[..1].to_ascii_uppercase();
        let dir = self.packages.join(letter).join(name);
        self.tree.is_dir(&dir).then_some(dir)
    }

    /// Reads a revision's package.json with `parse`; a missing, unreadable or malformed one
    /// is a warning naming the file, and the revision is skipped.
    fn package_json<T>(
        &self,
        rev_dir: &Path,
        warnings: &mut Vec<Warning>,
        parse: impl FnOnce(&[u8]) -> std::result::Result<T, String>,
    ) -> Option<T> {
        let file = rev_dir.join("package.json");
        let result = match self.tree.read(&file) {
            Ok(Some(bytes)) => parse(&bytes),
            Ok(None) => Err("missing package.json".to_string()),
            Err(e) => Err(e.to_string()),
        };
        result
            .map_err(|message| {
                warnings.push(Warning {
                    location: self.tree.display(&file),
                    message: format!("{message}; revision skipped"),
                })
            })
            .ok()
    }

    /// Reads and checks a revision's package.json in full.
    fn metadata(
        &self,
        rev_dir: &Path,
        name: &str,
        warnings: &mut Vec<Warning>,
    ) -> Option<Map<String, Value>> {
        self.package_json(rev_dir, warnings, |bytes| {
            super::parse_metadata(bytes, Some(name))
        })
    }

    /// Reads a revision's package.json for a listing: its version and listing fields only.
    /// A malformed one is a warning, with the message of the full read.
    fn head(
        &self,
        rev_dir: &Path,
        name: &str,
        warnings: &mut Vec<Warning>,
    ) -> Option<(String, Listing)> {
        self.package_json(rev_dir, warnings, |bytes| match super::Head::parse(bytes) {
            Some(head) => head
                .check(Some(name))
                .map(|(_, version)| (version, head.listing())),
            None => super::parse_metadata(bytes, Some(name))
                .map(|m| (str_field(&m, "version"), Listing::of(&m))),
        })
    }

    /// The newest readable revision of every package. Package folders are read on every core
    /// (a catalog is mostly system calls); results and warnings keep the catalog's order.
    pub fn summaries(&self, warnings: &mut Vec<Warning>) -> Result<Vec<Summary>> {
        let mut folders = Vec::new();
        for letter in self.list(&self.packages)? {
            let letter_dir = self.packages.join(&letter);
            for name in self.list(&letter_dir)? {
                let dir = letter_dir.join(&name);
                // Only what `render` and `install` can find by name is listed.
                let misplaced = if !is_package_name(&name) {
                    Some(
                        "not a package name (lowercase letters, digits and '-', starting with a \
                         letter or digit); package skipped"
                            .to_string(),
                    )
                } else if name[..1].to_ascii_uppercase() != letter {
                    Some(format!(
                        "in the wrong letter folder: a package named [{name}] belongs in {}; \
                         package skipped",
                        self.tree.display(
                            &self
                                .packages
                                .join(name[..1].to_ascii_uppercase())
                                .join(&name)
                        )
                    ))
                } else {
                    None
                };
                match misplaced {
                    Some(message) => warnings.push(Warning {
                        location: self.tree.display(&dir),
                        message,
                    }),
                    None => folders.push((dir, name)),
                }
            }
        }
        let each = crate::parallel::map(
            &folders,
            128,
            || (),
            |_, (dir, name)| {
                let mut found = Vec::new();
                let summary = self.summary(dir, name, &mut found);
                (summary, found)
            },
        );
        self.tree.forget_dirs();
        let mut out = Vec::new();
        for (summary, found) in each {
            warnings.extend(found);
            out.extend(summary?);
        }
        Ok(out)
    }

    fn summary(
        &self,
        dir: &Path,
        name: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Summary>> {
        for revision in self.revisions(dir, warnings)? {
            let rev_dir = dir.join(revision.to_string());
            if let Some((version, listing)) = self.head(&rev_dir, name, warnings) {
                return Ok(Some(Summary {
                    name: name.to_string(),
                    version,
                    revision,
                    listing,
                    source: self.info.clone(),
                }));
            }
        }
        Ok(None)
    }

    pub fn releases(
        &self,
        name: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Vec<Release>>> {
        let Some(dir) = self.package_dir(name) else {
            return Ok(None);
        };
        let mut out = Vec::new();
        for revision in self.revisions(&dir, warnings)? {
            if let Some((version, _)) = self.head(&dir.join(revision.to_string()), name, warnings) {
                out.push(Release { version, revision });
            }
        }
        Ok((!out.is_empty()).then_some(out))
    }

    pub fn load(
        &self,
        name: &str,
        version: Option<&str>,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Package>> {
        let Some(dir) = self.package_dir(name) else {
            return Ok(None);
        };
        for revision in self.revisions(&dir, warnings)? {
            let rev_dir = dir.join(revision.to_string());
            let Some(metadata) = self.metadata(&rev_dir, name, warnings) else {
                continue;
            };
            if version.is_some_and(|v| v != str_field(&metadata, "version")) {
                continue;
            }
            return self
                .load_revision(&rev_dir, name, revision, metadata)
                .map(Some);
        }
        Ok(None)
    }

    pub fn load_revision_of(
        &self,
        name: &str,
        revision: u64,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Package>> {
        let Some(dir) = self.package_dir(name) else {
            return Ok(None);
        };
        let rev_dir = dir.join(revision.to_string());
        let Some(metadata) = self.metadata(&rev_dir, name, warnings) else {
            return Ok(None);
        };
        self.load_revision(&rev_dir, name, revision, metadata)
            .map(Some)
    }

    /// A lone revision folder: its name comes from package.json, its revision from the folder.
    pub fn load_folder(path: &Path) -> Result<Package> {
        let parent = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let folder = path
            .file_name()
            .and_then(|f| f.to_str())
            .unwrap_or_default()
            .to_string();
        let info = SourceInfo::of_path(path);
        let source = DirectorySource {
            tree: Tree::disk(parent),
            packages: PathBuf::new(),
            info,
        };
        let rel = PathBuf::from(&folder);
        let file = rel.join("package.json");
        let bytes = source.read(&file)?.ok_or_else(|| Error::BadPackage {
            path: source.tree.display(&file),
            reason: "missing package.json".into(),
        })?;
        let metadata = super::parse_metadata(&bytes, None).map_err(|reason| Error::BadPackage {
            path: source.tree.display(&file),
            reason,
        })?;
        let name = str_field(&metadata, "name");
        source.load_revision(&rel, &name, folder.parse().unwrap_or(0), metadata)
    }

    fn load_revision(
        &self,
        rev_dir: &Path,
        name: &str,
        revision: u64,
        metadata: Map<String, Value>,
    ) -> Result<Package> {
        let json = |file: &str| -> Result<Option<Value>> {
            let path = rev_dir.join(file);
            let Some(bytes) = self.read(&path)? else {
                return Ok(None);
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(None);
            }
            let value = serde_json::from_slice(&bytes).map_err(|e| Error::BadPackage {
                path: self.tree.display(&path),
                reason: format!("not valid JSON: {e}"),
            })?;
            Ok(optional_document(Some(value)))
        };
        let config = json("config.json")?;
        let resource = json("resource.json")?;
        let command = json("command.json")?;
        let mut template = None;
        for (file, dialect) in [
            ("marathon.json.mustache", Dialect::Mustache),
            ("marathon.json.hbs", Dialect::Handlebars),
        ] {
            let path = rev_dir.join(file);
            if let Some(bytes) = self.read(&path)? {
                let origin = self.tree.display(&path);
                let text = String::from_utf8(bytes).map_err(|_| Error::BadPackage {
                    path: origin.clone(),
                    reason: "the template is not UTF-8".into(),
                })?;
                if !text.trim().is_empty() {
                    template = Some(Template {
                        dialect,
                        text,
                        origin,
                    });
                }
                break;
            }
        }
        Ok(Package {
            name: name.to_string(),
            version: str_field(&metadata, "version"),
            revision,
            metadata,
            config,
            resource,
            command,
            template,
            location: self.tree.display(rev_dir),
            source: self.info.clone(),
        })
    }

    fn read(&self, path: &Path) -> Result<Option<Vec<u8>>> {
        self.tree.read(path).map_err(|e| Error::BadPackage {
            path: self.tree.display(path),
            reason: e.to_string(),
        })
    }
}

fn is_letter_folder(name: &str) -> bool {
    name.len() == 1 && name.as_bytes()[0].is_ascii_alphanumeric()
}

fn str_field(map: &Map<String, Value>, key: &str) -> String {
    map.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}
