//! Catalogs of packages in the DC/OS Universe format.
//!
//! A [`Catalog`] is an ordered list of [`Source`]s; the first source that has a package wins.
//! Every catalog format (a Universe directory, on disk or embedded, and a repository index file)
//! goes through [`Source`], so that commands never care where a package came from.

mod directory;
mod index;
pub mod search;
mod tree;

use std::path::Path;

use serde_json::{Map, Value};

pub use directory::DirectorySource;
pub use index::{IndexSource, derived_path};
pub use tree::{EMBEDDED_UNIVERSE, Tree};

use crate::error::{Error, Result, Warning};

/// The URI of the catalog built into the binary.
pub const BUILTIN_URI: &str = "builtin:universe";

/// The name and URI a source is known by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceInfo {
    /// Shown in listings (`SOURCE` column).
    pub name: String,
    /// Recorded in the `DCOS_PACKAGE_SOURCE` label.
    pub uri: String,
}

impl SourceInfo {
    /// A local source: shown as given, recorded as its absolute `file://` URI.
    pub fn of_path(path: &Path) -> SourceInfo {
        SourceInfo {
            name: path.display().to_string(),
            uri: std::fs::canonicalize(path)
                .map(|p| format!("file://{}", p.display()))
                .unwrap_or_else(|_| path.display().to_string()),
        }
    }
}

/// The template language of a Marathon template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `marathon.json.mustache`, rendered exactly as DC/OS did.
    Mustache,
    /// `marathon.json.hbs`, native handlebars with JSON-safe escaping.
    Handlebars,
}

/// A Marathon template and where it came from.
#[derive(Debug, Clone)]
pub struct Template {
    pub dialect: Dialect,
    pub text: String,
    /// The file (or index element) for messages.
    pub origin: String,
}

/// What a listing shows of a package besides its name and version.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Listing {
    pub description: String,
    pub tags: Vec<String>,
    pub framework: bool,
    pub selected: bool,
}

/// The newest revision of a package as a source lists it: enough for search and listings.
#[derive(Debug, Clone)]
pub struct Summary {
    pub name: String,
    pub version: String,
    pub revision: u64,
    pub listing: Listing,
    pub source: SourceInfo,
}

impl Summary {
    pub fn description(&self) -> &str {
        &self.listing.description
    }
    pub fn framework(&self) -> bool {
        self.listing.framework
    }
    pub fn selected(&self) -> bool {
        self.listing.selected
    }
    pub fn tags(&self) -> Vec<&str> {
        self.listing.tags.iter().map(String::as_str).collect()
    }
}

/// The fields of package.json (or of an index element) that listings and lookups read, parsed
/// without building a tree of the rest (templates, configs and long notes are skipped). A field
/// that is present is `Some`, even when it is `null`, so that the checks say what the full
/// parse says.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct Head {
    #[serde(default, deserialize_with = "present")]
    name: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    version: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    description: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    tags: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    framework: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    selected: Option<Value>,
    #[serde(rename = "releaseVersion", default, deserialize_with = "present")]
    pub release_version: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub marathon: Option<Value>,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Value>, D::Error> {
    <Value as serde::Deserialize>::deserialize(d).map(Some)
}

impl Head {
    /// The head of a JSON object; `None` when the bytes are anything else (or repeat a field),
    /// which the full parse then reports.
    pub(crate) fn parse(bytes: &[u8]) -> Option<Head> {
        // serde reads a struct from an array too; a head is only ever an object.
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace())?;
        if *first != b'{' {
            return None;
        }
        serde_json::from_slice(bytes).ok()
    }

    /// The checks of [`check_metadata`] on the head: the name and version as strings.
    pub(crate) fn check(
        &self,
        expected_name: Option<&str>,
    ) -> std::result::Result<(String, String), String> {
        name_and_version(self.name.as_ref(), self.version.as_ref(), expected_name)
    }

    pub(crate) fn listing(&self) -> Listing {
        Listing {
            description: self
                .description
                .as_ref()
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            tags: self
                .tags
                .as_ref()
                .and_then(Value::as_array)
                .map(|t| {
                    t.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            framework: self
                .framework
                .as_ref()
                .and_then(Value::as_bool)
                .unwrap_or(false),
            selected: self
                .selected
                .as_ref()
                .and_then(Value::as_bool)
                .unwrap_or(false),
        }
    }
}

impl Listing {
    /// The listing fields of a package.json read in full.
    pub(crate) fn of(metadata: &Map<String, Value>) -> Listing {
        let field = |k: &str| metadata.get(k).cloned();
        Head {
            name: None,
            version: None,
            description: field("description"),
            tags: field("tags"),
            framework: field("framework"),
            selected: field("selected"),
            release_version: None,
            marathon: None,
        }
        .listing()
    }
}

/// One revision of a package with everything needed to render it.
#[derive(Debug, Clone)]
pub struct Package {
    pub name: String,
    pub version: String,
    pub revision: u64,
    /// package.json as read, unknown fields kept, key order preserved.
    pub metadata: Map<String, Value>,
    /// config.json: the JSON schema of the options (absent when missing or empty).
    pub config: Option<Value>,
    /// resource.json (absent when missing or empty).
    pub resource: Option<Value>,
    /// command.json (packagingVersion 2.0 only).
    pub command: Option<Value>,
    pub template: Option<Template>,
    /// The revision's folder or index element, for messages.
    pub location: String,
    pub source: SourceInfo,
}

impl Package {
    pub fn packaging_version(&self) -> &str {
        self.metadata
            .get("packagingVersion")
            .and_then(Value::as_str)
            .unwrap_or("2.0")
    }

    pub fn note(&self, key: &str) -> Option<&str> {
        self.metadata
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
    }
}

/// A revision of a package: its version and revision number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    pub version: String,
    pub revision: u64,
}

/// One catalog format.
#[derive(Debug)]
pub enum Source {
    Directory(DirectorySource),
    Index(IndexSource),
}

impl Source {
    /// Opens a catalog at a path: a Universe directory (the repository root, its `repo/` or its
    /// `packages/` folder) or a repository index file. An index file keeps its derived catalog
    /// in `derived` when given (see [`IndexSource::open`]).
    pub fn open(
        path: &Path,
        derived: Option<&Path>,
        warnings: &mut Vec<Warning>,
    ) -> Result<Source> {
        let meta = std::fs::metadata(path).map_err(|e| Error::CatalogUnreadable {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let info = SourceInfo::of_path(path);
        if meta.is_dir() {
            DirectorySource::open(Tree::disk(path.to_path_buf()), info).map(Source::Directory)
        } else {
            let derived = derived.map(|dir| index::derived_path(dir, path));
            IndexSource::open(path, &path.display().to_string(), info, derived, warnings)
                .map(Source::Index)
        }
    }

    /// The catalog shipped in the binary (the project's `universe/`).
    pub fn builtin() -> Source {
        let tree = Tree::Embedded {
            name: "universe",
            dir: &EMBEDDED_UNIVERSE,
        };
        let info = SourceInfo {
            name: "builtin".into(),
            uri: BUILTIN_URI.into(),
        };
        Source::Directory(
            DirectorySource::open(tree, info).expect("the embedded universe has a packages folder"),
        )
    }

    /// The same source under another name and URI (a configured repository's).
    pub fn renamed(self, info: SourceInfo) -> Source {
        match self {
            Source::Directory(d) => Source::Directory(d.renamed(info)),
            Source::Index(i) => Source::Index(i.renamed(info)),
        }
    }

    pub fn info(&self) -> &SourceInfo {
        match self {
            Source::Directory(d) => d.info(),
            Source::Index(i) => i.info(),
        }
    }

    /// The newest readable revision of every package.
    pub fn summaries(&self, warnings: &mut Vec<Warning>) -> Result<Vec<Summary>> {
        match self {
            Source::Directory(d) => d.summaries(warnings),
            Source::Index(i) => Ok(i.summaries()),
        }
    }

    /// The releases of a package, newest revision first; `None` when the source lacks it.
    pub fn releases(
        &self,
        name: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Vec<Release>>> {
        match self {
            Source::Directory(d) => d.releases(name, warnings),
            Source::Index(i) => Ok(i.releases(name)),
        }
    }

    /// One revision of a package.
    pub fn load_revision(
        &self,
        name: &str,
        revision: u64,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Package>> {
        match self {
            Source::Directory(d) => d.load_revision_of(name, revision, warnings),
            Source::Index(i) => i.load_revision(name, revision),
        }
    }

    /// The newest revision of a package (carrying `version` when given).
    pub fn load(
        &self,
        name: &str,
        version: Option<&str>,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Package>> {
        match self {
            Source::Directory(d) => d.load(name, version, warnings),
            Source::Index(i) => i.load(name, version),
        }
    }
}

/// Reads one package revision folder (one holding package.json) outside any catalog.
pub fn load_package_dir(path: &Path) -> Result<Package> {
    DirectorySource::load_folder(path)
}

/// An ordered list of sources: the first that has a package wins.
#[derive(Debug)]
pub struct Catalog {
    pub sources: Vec<Source>,
}

impl Catalog {
    /// A catalog of these sources, in order.
    pub fn from_sources(sources: Vec<Source>) -> Catalog {
        Catalog { sources }
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The newest revision of every package, first source winning, sorted by name.
    pub fn summaries(&self, warnings: &mut Vec<Warning>) -> Result<Vec<Summary>> {
        let mut by_name = std::collections::BTreeMap::new();
        for source in &self.sources {
            for summary in source.summaries(warnings)? {
                by_name.entry(summary.name.clone()).or_insert(summary);
            }
        }
        Ok(by_name.into_values().collect())
    }

    /// Resolves a package: the first source that has it, its newest revision (of `version`).
    pub fn resolve(
        &self,
        name: &str,
        version: Option<&str>,
        warnings: &mut Vec<Warning>,
    ) -> Result<Package> {
        for source in &self.sources {
            let Some(releases) = source.releases(name, warnings)? else {
                continue;
            };
            if let Some(v) = version
                && !releases.iter().any(|r| r.version == v)
            {
                return Err(Error::VersionNotFound {
                    name: name.to_string(),
                    version: v.to_string(),
                    available: distinct_versions(&releases),
                });
            }
            if let Some(package) = source.load(name, version, warnings)? {
                return Ok(package);
            }
        }
        Err(self.not_found(name, warnings))
    }

    /// The releases of a package in the first source that has it, newest first.
    pub fn releases(&self, name: &str, warnings: &mut Vec<Warning>) -> Result<Vec<Release>> {
        for source in &self.sources {
            if let Some(releases) = source.releases(name, warnings)? {
                return Ok(releases);
            }
        }
        Err(self.not_found(name, warnings))
    }

    fn not_found(&self, name: &str, warnings: &mut Vec<Warning>) -> Error {
        let names: Vec<String> = self
            .summaries(warnings)
            .map(|s| s.into_iter().map(|s| s.name).collect())
            .unwrap_or_default();
        Error::PackageNotFound {
            name: name.to_string(),
            searched: self.sources.iter().map(|s| s.info().name.clone()).collect(),
            suggestions: crate::suggest::closest(name, names.iter().map(String::as_str), 3),
        }
    }
}

/// The distinct versions of a list of releases, in order.
pub fn distinct_versions(releases: &[Release]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in releases {
        if !out.contains(&r.version) {
            out.push(r.version.clone());
        }
    }
    out
}

/// Parses package.json bytes and checks what smack relies on: an object with string `name`
/// (equal to the folder's name when one is given) and `version`.
pub(crate) fn parse_metadata(
    bytes: &[u8],
    expected_name: Option<&str>,
) -> std::result::Result<Map<String, Value>, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err("not a JSON object".into());
    };
    check_metadata(&map, expected_name)?;
    Ok(map)
}

pub(crate) fn check_metadata(
    map: &Map<String, Value>,
    expected_name: Option<&str>,
) -> std::result::Result<(), String> {
    name_and_version(map.get("name"), map.get("version"), expected_name).map(|_| ())
}

/// What smack relies on in package.json: string `name` (equal to the folder's name when one is
/// given) and `version`.
fn name_and_version(
    name: Option<&Value>,
    version: Option<&Value>,
    expected_name: Option<&str>,
) -> std::result::Result<(String, String), String> {
    let name = name.and_then(Value::as_str).ok_or("no string \"name\"")?;
    let version = version
        .and_then(Value::as_str)
        .ok_or("no string \"version\"")?;
    if let Some(expected) = expected_name
        && name != expected
    {
        return Err(format!(
            "\"name\" is \"{name}\" but the folder is \"{expected}\""
        ));
    }
    Ok((name.to_string(), version.to_string()))
}

/// A JSON document that is absent, empty, or `{}` counts as absent (format.md, step 4).
pub(crate) fn optional_document(value: Option<Value>) -> Option<Value> {
    match value {
        Some(Value::Object(m)) if m.is_empty() => None,
        Some(Value::Null) | None => None,
        other => other,
    }
}
