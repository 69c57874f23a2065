//! A Universe repository index: one JSON document `{"packages": [...]}` (format.md).

use base64::Engine as _;
use serde_json::{Map, Value};

use super::{Dialect, Package, Release, SourceInfo, Summary, Template, optional_document};
use crate::error::{Error, Result, Warning};

/// Keys of an index element that are not package.json fields.
const PACKAGE_PARTS: [&str; 5] = [
    "releaseVersion",
    "config",
    "resource",
    "command",
    "marathon",
];

#[derive(Debug)]
pub struct IndexSource {
    entries: Vec<Package>,
    info: SourceInfo,
}

impl IndexSource {
    /// Parses an index document; `origin` names it in messages. Malformed elements become warnings.
    pub fn parse(
        bytes: &[u8],
        origin: &str,
        info: SourceInfo,
        warnings: &mut Vec<Warning>,
    ) -> Result<IndexSource> {
        let unreadable = |reason: String| Error::CatalogUnreadable {
            path: origin.to_string(),
            reason,
        };
        let doc: Value = serde_json::from_slice(bytes)
            .map_err(|e| unreadable(format!("not a Universe repository index: {e}")))?;
        let Some(Value::Array(elements)) = doc.get("packages") else {
            return Err(unreadable(
                "not a Universe repository index: no \"packages\" array".into(),
            ));
        };
        let mut entries = Vec::with_capacity(elements.len());
        for (i, element) in elements.iter().enumerate() {
            let location = format!("{origin}: packages[{i}]");
            match entry(element, &location, &info) {
                Ok(package) => entries.push(package),
                Err(message) => warnings.push(Warning {
                    location,
                    message: format!("{message}; package skipped"),
                }),
            }
        }
        // Newest revision first within each name.
        entries.sort_by(|a, b| a.name.cmp(&b.name).then(b.revision.cmp(&a.revision)));
        Ok(IndexSource { entries, info })
    }

    pub fn info(&self) -> &SourceInfo {
        &self.info
    }

    /// The same source under another name and URI.
    pub fn renamed(mut self, info: SourceInfo) -> IndexSource {
        for entry in &mut self.entries {
            entry.source = info.clone();
        }
        self.info = info;
        self
    }

    /// How many package revisions the index holds.
    pub fn revisions(&self) -> usize {
        self.entries.len()
    }

    fn of(&self, name: &str) -> &[Package] {
        let start = self.entries.partition_point(|p| p.name.as_str() < name);
        let end = self.entries.partition_point(|p| p.name.as_str() <= name);
        &self.entries[start..end]
    }

    pub fn summaries(&self) -> Vec<Summary> {
        let mut out: Vec<Summary> = Vec::new();
        for p in &self.entries {
            if out.last().is_some_and(|s| s.name == p.name) {
                continue;
            }
            out.push(Summary {
                name: p.name.clone(),
                version: p.version.clone(),
                revision: p.revision,
                metadata: p.metadata.clone(),
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

    pub fn load_revision(&self, name: &str, revision: u64) -> Option<Package> {
        self.of(name)
            .iter()
            .find(|p| p.revision == revision)
            .cloned()
    }

    pub fn load(&self, name: &str, version: Option<&str>) -> Result<Option<Package>> {
        Ok(self
            .of(name)
            .iter()
            .find(|p| version.is_none_or(|v| p.version == v))
            .cloned())
    }
}

fn entry(
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
    let revision = match object.get("releaseVersion") {
        None => 0,
        Some(v) => v
            .as_u64()
            .ok_or("\"releaseVersion\" is not a non-negative integer")?,
    };
    let template = match object
        .get("marathon")
        .and_then(|m| m.get("v2AppMustacheTemplate"))
    {
        None | Some(Value::Null) => None,
        Some(Value::String(b64)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|e| format!("marathon.v2AppMustacheTemplate is not base64: {e}"))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| "marathon.v2AppMustacheTemplate is not UTF-8".to_string())?;
            (!text.trim().is_empty()).then(|| Template {
                dialect: Dialect::Mustache,
                text,
                origin: format!("{location}.marathon.v2AppMustacheTemplate"),
            })
        }
        Some(_) => return Err("marathon.v2AppMustacheTemplate is not a string".into()),
    };
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
