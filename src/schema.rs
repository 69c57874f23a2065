//! JSON Schema validation, draft 4 forced, no network, with violations located by path.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::error::Violation;

/// How violation paths are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathStyle {
    /// Option paths: `kafka.brokers.count`, `service.labels[2]`.
    Dotted,
    /// JSON pointers, as Marathon writes them: `/container/docker/image`.
    Pointer,
}

/// How many compiled schemas [`Schema::cached`] keeps.
pub const CACHED_SCHEMAS: usize = 256;

/// A compiled schema.
pub struct Schema {
    validator: jsonschema::Validator,
    /// The schema itself, to suggest property names.
    source: Value,
}

impl std::fmt::Debug for Schema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Schema")
    }
}

impl Schema {
    /// Compiles a schema as draft 4, whatever its `$schema` says; formats are checked, unknown
    /// keywords ignored, and no `$ref` is fetched from the network.
    pub fn compile(schema: &Value) -> Result<Schema, String> {
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .should_validate_formats(true)
            .should_ignore_unknown_formats(true)
            .offline()
            .build(schema)
            .map_err(|e| e.to_string())?;
        Ok(Schema {
            validator,
            source: schema.clone(),
        })
    }

    /// [`Schema::compile`], once per process for each distinct schema: a catalog repeats the
    /// same options schema across revisions and packages, and a command reads it more than
    /// once. Keyed by a hash of the schema's text (with per-process random keys) and checked
    /// for equality on a hit; at most [`CACHED_SCHEMAS`] are kept.
    pub fn cached(schema: &Value) -> Result<std::sync::Arc<Schema>, String> {
        use std::collections::HashMap;
        use std::hash::BuildHasher;
        use std::sync::{Arc, Mutex, OnceLock};
        type Cache = (std::hash::RandomState, HashMap<(u64, usize), Arc<Schema>>);
        static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
        let cache =
            CACHE.get_or_init(|| Mutex::new((std::hash::RandomState::new(), HashMap::new())));
        let text = serde_json::to_vec(schema).expect("a JSON value serializes");
        let key = {
            let guard = cache.lock().unwrap_or_else(|e| e.into_inner());
            let key = (guard.0.hash_one(&text), text.len());
            if let Some(found) = guard.1.get(&key).filter(|s| s.source == *schema) {
                return Ok(Arc::clone(found));
            }
            key
        };
        let compiled = Arc::new(Schema::compile(schema)?);
        let mut guard = cache.lock().unwrap_or_else(|e| e.into_inner());
        if guard.1.len() >= CACHED_SCHEMAS {
            guard.1.clear();
        }
        guard.1.insert(key, Arc::clone(&compiled));
        Ok(compiled)
    }

    pub fn is_valid(&self, instance: &Value) -> bool {
        self.validator.is_valid(instance)
    }

    /// Every violation of `instance`, in document order.
    pub fn violations(&self, instance: &Value, style: PathStyle) -> Vec<Violation> {
        let mut out = Vec::new();
        for error in self.validator.iter_errors(instance) {
            let segments = segments(instance, error.instance_path().as_str());
            let found = Some(compact(error.instance()));
            match error.kind() {
                ValidationErrorKind::Required { property } => {
                    let name = property.as_str().unwrap_or_default();
                    let mut path = segments.clone();
                    path.push(Segment::Key(name.to_string()));
                    out.push(Violation {
                        path: render_path(&path, style),
                        expected: "a value: this option is required".into(),
                        found: None,
                        hint: None,
                    });
                }
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    let known = self.known_properties(&segments);
                    for name in unexpected {
                        let mut path = segments.clone();
                        path.push(Segment::Key(name.clone()));
                        let close =
                            crate::suggest::closest(name, known.iter().map(String::as_str), 1);
                        out.push(Violation {
                            path: render_path(&path, style),
                            expected: "no such option here".into(),
                            found: instance_at(instance, &path).map(compact),
                            hint: close
                                .first()
                                .map(|c| {
                                    format!(
                                        "did you mean {}?",
                                        render_path(&with_last(&path, c), style)
                                    )
                                })
                                .or_else(|| {
                                    (!known.is_empty())
                                        .then(|| format!("valid names: {}", known.join(", ")))
                                }),
                        });
                    }
                }
                ValidationErrorKind::AnyOf { context }
                | ValidationErrorKind::OneOfNotValid { context } => {
                    // Say what each alternative wanted, where, instead of the whole value.
                    let base = error.instance_path().as_str().to_string();
                    let alternatives: Vec<String> = context
                        .iter()
                        .map(|branch| {
                            branch
                                .iter()
                                .map(|e| {
                                    let at = e.instance_path().as_str();
                                    let rel = at.strip_prefix(base.as_str()).unwrap_or(at);
                                    let rel =
                                        render_path(&self::segments(error.instance(), rel), style);
                                    format!(
                                        "{rel}: {} (found {})",
                                        expectation(e.kind(), &e.to_string()),
                                        crate::text::excerpt(&compact(e.instance()), 80)
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(" and ")
                        })
                        .filter(|a| !a.is_empty())
                        .collect();
                    out.push(Violation {
                        path: render_path(&segments, style),
                        expected: if alternatives.is_empty() {
                            expectation(error.kind(), &error.to_string())
                        } else {
                            format!("any one of: {}", alternatives.join("; or "))
                        },
                        found: None,
                        hint: None,
                    });
                }
                kind => out.push(Violation {
                    path: render_path(&segments, style),
                    expected: expectation(kind, &error.to_string()),
                    found,
                    hint: None,
                }),
            }
        }
        out
    }

    /// The property names the schema declares at an instance location (following `properties`).
    fn known_properties(&self, path: &[Segment]) -> Vec<String> {
        let mut node = &self.source;
        for segment in path {
            node = match segment {
                Segment::Key(k) => match node.get("properties").and_then(|p| p.get(k)) {
                    Some(n) => n,
                    None => return Vec::new(),
                },
                Segment::Index(_) => match node.get("items") {
                    Some(n) if n.is_object() => n,
                    _ => return Vec::new(),
                },
            };
        }
        node.get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// Splits a JSON pointer, using the instance to tell array indices from keys.
fn segments(instance: &Value, pointer: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut node = Some(instance);
    for raw in pointer.split('/').skip(1) {
        let key = raw.replace("~1", "/").replace("~0", "~");
        let segment = match (node, key.parse::<usize>()) {
            (Some(Value::Array(_)), Ok(i)) => Segment::Index(i),
            _ => Segment::Key(key),
        };
        node = node.and_then(|n| match &segment {
            Segment::Key(k) => n.get(k),
            Segment::Index(i) => n.get(*i),
        });
        out.push(segment);
    }
    out
}

fn instance_at<'a>(instance: &'a Value, path: &[Segment]) -> Option<&'a Value> {
    path.iter().try_fold(instance, |node, s| match s {
        Segment::Key(k) => node.get(k),
        Segment::Index(i) => node.get(*i),
    })
}

fn with_last(path: &[Segment], name: &str) -> Vec<Segment> {
    let mut p = path.to_vec();
    p.pop();
    p.push(Segment::Key(name.to_string()));
    p
}

fn render_path(path: &[Segment], style: PathStyle) -> String {
    if path.is_empty() {
        return match style {
            PathStyle::Dotted => "(root)".into(),
            PathStyle::Pointer => "/".into(),
        };
    }
    let mut out = String::new();
    for segment in path {
        match (style, segment) {
            (PathStyle::Dotted, Segment::Key(k)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            (PathStyle::Dotted, Segment::Index(i)) => out.push_str(&format!("[{i}]")),
            (PathStyle::Pointer, Segment::Key(k)) => {
                out.push('/');
                out.push_str(&k.replace('~', "~0").replace('/', "~1"));
            }
            (PathStyle::Pointer, Segment::Index(i)) => out.push_str(&format!("/{i}")),
        }
    }
    out
}

/// Compact JSON of a value, cut when very long.
pub fn compact(value: &Value) -> String {
    crate::text::excerpt(&value.to_string(), 200)
}

/// What the schema expected, in words.
fn expectation(kind: &ValidationErrorKind, fallback: &str) -> String {
    match kind {
        ValidationErrorKind::Type { kind } => match kind {
            TypeKind::Single(t) => format!("expected {}", article(&t.to_string())),
            TypeKind::Multiple(set) => {
                let names: Vec<String> = set.iter().map(|t| t.to_string()).collect();
                format!("expected one of the types {}", names.join(", "))
            }
        },
        ValidationErrorKind::Minimum { limit } => format!("expected a number >= {limit}"),
        ValidationErrorKind::Maximum { limit } => format!("expected a number <= {limit}"),
        ValidationErrorKind::ExclusiveMinimum { limit } => format!("expected a number > {limit}"),
        ValidationErrorKind::ExclusiveMaximum { limit } => format!("expected a number < {limit}"),
        ValidationErrorKind::Enum { options } => {
            let list: Vec<String> = match options.as_ref() {
                Value::Array(a) => a.iter().map(Value::to_string).collect(),
                other => vec![other.to_string()],
            };
            format!("expected one of {}", list.join(", "))
        }
        ValidationErrorKind::Pattern { pattern } => {
            format!("expected a string matching the pattern {pattern}")
        }
        ValidationErrorKind::MinLength { limit } => {
            format!(
                "expected a string of at least {limit} character{}",
                plural(*limit)
            )
        }
        ValidationErrorKind::MaxLength { limit } => {
            format!(
                "expected a string of at most {limit} character{}",
                plural(*limit)
            )
        }
        ValidationErrorKind::MinItems { limit } => {
            format!("expected at least {limit} item{}", plural(*limit))
        }
        ValidationErrorKind::MaxItems { limit } => {
            format!("expected at most {limit} item{}", plural(*limit))
        }
        ValidationErrorKind::Format { format } => format!("expected a valid {format}"),
        ValidationErrorKind::UniqueItems => "expected unique items".into(),
        _ => fallback.to_string(),
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn article(t: &str) -> String {
    match t.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {t}"),
        _ => format!("a {t}"),
    }
}

/// The schemas smack ships in `schemas/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// package.json (packagingVersion 2.0–5.0).
    Package,
    /// resource.json.
    Resource,
    /// command.json.
    Command,
}

impl Builtin {
    pub fn source(self) -> &'static str {
        match self {
            Builtin::Package => include_str!("../schemas/package.schema.json"),
            Builtin::Resource => include_str!("../schemas/resource.schema.json"),
            Builtin::Command => include_str!("../schemas/command.schema.json"),
        }
    }

    /// The compiled schema, compiled once per process.
    pub fn schema(self) -> &'static Schema {
        use std::sync::OnceLock;
        static CELLS: [OnceLock<Schema>; 3] = [const { OnceLock::new() }; 3];
        CELLS[self as usize].get_or_init(|| {
            let value: Value =
                serde_json::from_str(self.source()).expect("built-in schemas are JSON");
            Schema::compile(&value).expect("built-in schemas compile")
        })
    }
}

/// Checks that a document is a draft-04 JSON schema (what config.json must be).
pub fn check_draft4_schema(schema: &Value) -> Vec<String> {
    let meta = jsonschema::draft4::meta::validator();
    let mut out: Vec<String> = meta
        .iter_errors(schema)
        .map(|e| {
            let at = e.instance_path().as_str();
            format!("{}: {e}", if at.is_empty() { "/" } else { at })
        })
        .collect();
    if out.is_empty()
        && let Err(e) = Schema::cached(schema)
    {
        out.push(e);
    }
    out
}
