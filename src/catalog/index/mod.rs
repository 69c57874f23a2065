//! A Universe repository index: one JSON document `{"packages": [...]}` (format.md).
//!
//! An index is read as a stream ([`scan`]): each element is parsed for the few fields listings
//! use ([`super::Head`]) and remembered with its byte range, never as a tree of the whole
//! document. What that first read learns is kept in a derived catalog ([`derived`]) next to the
//! cache, so that later commands read a small file instead of the index. A package is read in
//! full, from its byte range, only when a command renders or describes it.

mod derived;
mod scan;

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{
    Dialect, Head, Listing, Package, Release, SourceInfo, Summary, Template, optional_document,
};
use crate::error::{Error, Result, Warning};
pub use derived::path_for as derived_path;
use scan::{Event, ScanError, Scanner};

/// Keys of an index element that are not package.json fields.
const PACKAGE_PARTS: [&str; 5] = [
    "releaseVersion",
    "config",
    "resource",
    "command",
    "marathon",
];

/// One readable revision of the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    name: String,
    version: String,
    revision: u64,
    /// Its position in the `packages` array.
    element: usize,
    /// Its bytes in the document.
    offset: u64,
    len: u64,
    /// The listing fields, kept for the newest revision of each package only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    listing: Option<Listing>,
}

/// What reading an index learns: its readable revisions (newest first within each name, names
/// sorted) and the elements it skipped, with why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Contents {
    entries: Vec<Entry>,
    skipped: Vec<(usize, String)>,
}

/// Where the elements' bytes are.
#[derive(Debug)]
enum Backing {
    File { path: PathBuf, key: derived::Key },
    Memory(Arc<Vec<u8>>),
}

#[derive(Debug)]
pub struct IndexSource {
    contents: Contents,
    backing: Backing,
    /// The derived catalog, removed when it proves wrong.
    derived: Option<PathBuf>,
    /// The CRC-32 and length of the whole document.
    checksum: (u32, u64),
    origin: String,
    info: SourceInfo,
}

impl IndexSource {
    /// Reads an index held in memory (a download being checked); `origin` names it in
    /// messages. Malformed elements become warnings.
    pub fn parse(
        bytes: &[u8],
        origin: &str,
        info: SourceInfo,
        warnings: &mut Vec<Warning>,
    ) -> Result<IndexSource> {
        let (contents, checksum) = read_contents(bytes, origin)?;
        let source = IndexSource {
            contents,
            backing: Backing::Memory(Arc::new(bytes.to_vec())),
            derived: None,
            checksum,
            origin: origin.to_string(),
            info,
        };
        source.warn(warnings);
        Ok(source)
    }

    /// Opens an index file. With `derived`, the derived catalog at that path is used when it
    /// matches the file (size, modification time, and the content's CRC-32 when the time
    /// differs), and written after a full read otherwise.
    pub fn open(
        path: &Path,
        origin: &str,
        info: SourceInfo,
        derived: Option<PathBuf>,
        warnings: &mut Vec<Warning>,
    ) -> Result<IndexSource> {
        let unreadable = |e: std::io::Error| Error::CatalogUnreadable {
            path: origin.to_string(),
            reason: e.to_string(),
        };
        let meta = std::fs::metadata(path).map_err(unreadable)?;
        let stat = derived::Stat::of(&meta);
        let cached = derived
            .as_deref()
            .and_then(|d| derived::load::<Contents>(d, path, &stat));
        let (contents, key) = match cached {
            Some(found) => found,
            None => {
                let file = File::open(path).map_err(unreadable)?;
                let (contents, (crc, len)) =
                    read_contents(BufReader::with_capacity(1 << 20, file), origin)?;
                if len != stat.size {
                    return Err(Error::CatalogUnreadable {
                        path: origin.to_string(),
                        reason: "the index changed while smack read it; run the command again"
                            .into(),
                    });
                }
                let key = derived::Key::new(stat, crc, len);
                if let Some(d) = &derived {
                    // A cache that cannot be written only costs time.
                    let _ = derived::store(d, path, &key, &contents);
                }
                (contents, key)
            }
        };
        let source = IndexSource {
            contents,
            backing: Backing::File {
                path: path.to_path_buf(),
                key,
            },
            derived,
            checksum: (key.crc, key.size),
            origin: origin.to_string(),
            info,
        };
        source.warn(warnings);
        Ok(source)
    }

    /// Writes the derived catalog of this index for the file at `path`, which holds the same
    /// bytes as were read (a download, moved into the cache after it was checked).
    pub fn store_derived(&self, path: &Path, derived: &Path) -> Result<()> {
        let meta = std::fs::metadata(path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        let (crc, len) = self.checksum;
        let key = derived::Key::new(derived::Stat::of(&meta), crc, len);
        derived::store(derived, path, &key, &self.contents)
    }

    fn warn(&self, warnings: &mut Vec<Warning>) {
        for (element, message) in &self.contents.skipped {
            warnings.push(Warning {
                location: format!("{}: packages[{element}]", self.origin),
                message: format!("{message}; package skipped"),
            });
        }
    }

    pub fn info(&self) -> &SourceInfo {
        &self.info
    }

    /// The same source under another name and URI.
    pub fn renamed(mut self, info: SourceInfo) -> IndexSource {
        self.info = info;
        self
    }

    /// How many package revisions the index holds.
    pub fn revisions(&self) -> usize {
        self.contents.entries.len()
    }

    fn of(&self, name: &str) -> &[Entry] {
        let entries = &self.contents.entries;
        let start = entries.partition_point(|p| p.name.as_str() < name);
        let end = entries.partition_point(|p| p.name.as_str() <= name);
        &entries[start..end]
    }

    pub fn summaries(&self) -> Vec<Summary> {
        let mut out: Vec<Summary> = Vec::new();
        for e in &self.contents.entries {
            if out.last().is_some_and(|s| s.name == e.name) {
                continue;
            }
            out.push(Summary {
                name: e.name.clone(),
                version: e.version.clone(),
                revision: e.revision,
                listing: e.listing.clone().unwrap_or_default(),
                source: self.info.clone(),
            });
        }
        out
    }

    pub fn releases(&self, name: &str) -> Option<Vec<Release>> {
        let of = self.of(name);
        (!of.is_empty()).then(|| {
            of.iter()
                .map(|p| Release {
                    version: p.version.clone(),
                    revision: p.revision,
                })
                .collect()
        })
    }

    pub fn load_revision(&self, name: &str, revision: u64) -> Result<Option<Package>> {
        match self.of(name).iter().find(|p| p.revision == revision) {
            Some(entry) => self.package(entry).map(Some),
            None => Ok(None),
        }
    }

    pub fn load(&self, name: &str, version: Option<&str>) -> Result<Option<Package>> {
        match self
            .of(name)
            .iter()
            .find(|p| version.is_none_or(|v| p.version == v))
        {
            Some(entry) => self.package(entry).map(Some),
            None => Ok(None),
        }
    }

    /// Reads one element in full from its byte range.
    fn package(&self, entry: &Entry) -> Result<Package> {
        let location = format!("{}: packages[{}]", self.origin, entry.element);
        let changed = || {
            if let Some(d) = &self.derived {
                let _ = std::fs::remove_file(d);
            }
            Error::CatalogUnreadable {
                path: self.origin.clone(),
                reason: "the index changed while smack read it; run the command again".into(),
            }
        };
        let bytes = match &self.backing {
            Backing::Memory(all) => {
                let range = entry.offset as usize..(entry.offset + entry.len) as usize;
                all.get(range).ok_or_else(changed)?.to_vec()
            }
            Backing::File { path, key } => {
                let mut file = File::open(path).map_err(|e| Error::CatalogUnreadable {
                    path: self.origin.clone(),
                    reason: e.to_string(),
                })?;
                let meta = file.metadata().map_err(|_| changed())?;
                if !key.matches(&derived::Stat::of(&meta)) {
                    return Err(changed());
                }
                let mut bytes = vec![0; entry.len as usize];
                file.seek(SeekFrom::Start(entry.offset))
                    .and_then(|_| file.read_exact(&mut bytes))
                    .map_err(|_| changed())?;
                bytes
            }
        };
        let value: Value = serde_json::from_slice(&bytes).map_err(|_| changed())?;
        let mut package = element(&value, &location, &self.info).map_err(|_| changed())?;
        if package.name != entry.name || package.revision != entry.revision {
            return Err(changed());
        }
        package.source = self.info.clone();
        Ok(package)
    }
}

/// Reads a whole index document as a stream; returns its contents and the CRC-32 and length
/// of its bytes.
fn read_contents(reader: impl std::io::BufRead, origin: &str) -> Result<(Contents, (u32, u64))> {
    let unreadable = |reason: String| Error::CatalogUnreadable {
        path: origin.to_string(),
        reason,
    };
    let mut contents = Contents::default();
    let mut scanner = Scanner::new(reader);
    let found = scanner
        .run(&mut |event| {
            match event {
                Event::Restart => contents = Contents::default(),
                Event::Element {
                    index,
                    offset,
                    bytes,
                } => match head_entry(bytes, index, offset) {
                    Ok(Ok(entry)) => contents.entries.push(entry),
                    Ok(Err(message)) => contents.skipped.push((index, message)),
                    Err(e) => {
                        return Err(ScanError::Syntax(format!("packages[{index}]: {e}")));
                    }
                },
            }
            Ok(())
        })
        .map_err(|e| match e {
            ScanError::Io(e) => unreadable(e.to_string()),
            ScanError::Syntax(s) => unreadable(format!("not a Universe repository index: {s}")),
        })?;
    if !found {
        return Err(unreadable(
            "not a Universe repository index: no \"packages\" array".into(),
        ));
    }
    // Newest revision first within each name; the listing kept for that one only.
    contents
        .entries
        .sort_by(|a, b| a.name.cmp(&b.name).then(b.revision.cmp(&a.revision)));
    let mut previous: Option<&str> = None;
    for entry in &mut contents.entries {
        if previous == Some(entry.name.as_str()) {
            entry.listing = None;
        }
        previous = Some(entry.name.as_str());
    }
    Ok((contents, scanner.checksum()))
}

/// An element's entry: the outer error is a syntax error of the document, the inner one why
/// the element is skipped.
fn head_entry(
    bytes: &[u8],
    element_index: usize,
    offset: u64,
) -> std::result::Result<std::result::Result<Entry, String>, serde_json::Error> {
    let entry = |name: String, version: String, revision: u64, listing: Listing| Entry {
        name,
        version,
        revision,
        element: element_index,
        offset,
        len: bytes.len() as u64,
        listing: Some(listing),
    };
    if let Some(head) = Head::parse(bytes) {
        let checked = head.check(None).and_then(|(name, version)| {
            let revision = revision_of(head.release_version.as_ref())?;
            template_of(head.marathon.as_ref(), "")?;
            Ok(entry(name, version, revision, head.listing()))
        });
        return Ok(checked);
    }
    // Not an object, or a repeated field: the full read says what it is.
    let value: Value = serde_json::from_slice(bytes)?;
    let info = SourceInfo {
        name: String::new(),
        uri: String::new(),
    };
    Ok(element(&value, "", &info).map(|p| {
        let listing = Listing::of(&p.metadata);
        entry(p.name, p.version, p.revision, listing)
    }))
}

fn revision_of(value: Option<&Value>) -> std::result::Result<u64, String> {
    match value {
        None => Ok(0),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| "\"releaseVersion\" is not a non-negative integer".to_string()),
    }
}

fn template_of(
    marathon: Option<&Value>,
    location: &str,
) -> std::result::Result<Option<Template>, String> {
    match marathon.and_then(|m| m.get("v2AppMustacheTemplate")) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(b64)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|e| format!("marathon.v2AppMustacheTemplate is not base64: {e}"))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| "marathon.v2AppMustacheTemplate is not UTF-8".to_string())?;
            Ok((!text.trim().is_empty()).then(|| Template {
                dialect: Dialect::Mustache,
                text,
                origin: format!("{location}.marathon.v2AppMustacheTemplate"),
            }))
        }
        Some(_) => Err("marathon.v2AppMustacheTemplate is not a string".into()),
    }
}

/// One element read in full.
fn element(
    element: &Value,
    location: &str,
    info: &SourceInfo,
) -> std::result::Result<Package, String> {
    let Value::Object(object) = element else {
        return Err("not a JSON object".into());
    };
    let mut metadata = Map::new();
    for (k, v) in object {
        if !PACKAGE_PARTS.contains(&k.as_str()) {
            metadata.insert(k.clone(), v.clone());
        }
    }
    super::check_metadata(&metadata, None)?;
    let revision = revision_of(object.get("releaseVersion"))?;
    let template = template_of(object.get("marathon"), location)?;
    let name = metadata["name"].as_str().unwrap_or_default().to_string();
    let version = metadata["version"].as_str().unwrap_or_default().to_string();
    Ok(Package {
        name,
        version,
        revision,
        config: optional_document(object.get("config").cloned()),
        resource: optional_document(object.get("resource").cloned()),
        command: optional_document(object.get("command").cloned()),
        template,
        metadata,
        location: location.to_string(),
        source: info.clone(),
    })
}
