//! The user's options: read, typed, deep-merged over the schema's defaults and validated.

use serde_json::{Map, Value};

use crate::catalog::Package;
use crate::error::{Error, Result};
use crate::schema::{PathStyle, Schema};

/// The defaults of an options schema (format.md, render step 1): a property with a `default`
/// takes it; otherwise its `properties` are walked and the sub-object kept when non-empty.
pub fn defaults(schema: &Value) -> Value {
    Value::Object(defaults_of(schema))
}

fn defaults_of(schema: &Value) -> Map<String, Value> {
    let mut out = Map::new();
    if let Some(Value::Object(props)) = schema.get("properties") {
        for (name, prop) in props {
            if let Some(default) = prop.get("default") {
                out.insert(name.clone(), default.clone());
            } else {
                let nested = defaults_of(prop);
                if !nested.is_empty() {
                    out.insert(name.clone(), Value::Object(nested));
                }
            }
        }
    }
    out
}

/// Deep-merges `over` into `base`: objects key by key, everything else replaces.
pub fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(existing) if existing.is_object() && v.is_object() => merge(existing, v),
                    _ => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// Parses an options document; `name` is the file (or `-`) for messages.
pub fn parse_file(bytes: &[u8], name: &str) -> Result<Value> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| Error::BadOptionsFile {
        source_name: format!("{name}:{}:{}", e.line(), e.column()),
        message: format!("not valid JSON: {}", strip_position(&e.to_string())),
    })?;
    if !value.is_object() {
        return Err(Error::BadOptionsFile {
            source_name: name.to_string(),
            message: "options must be a JSON object, such as {\"service\": {\"name\": \"x\"}}"
                .into(),
        });
    }
    Ok(value)
}

fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

/// How a `--set` value is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    /// Typed by the schema at the path.
    Typed,
    /// Always a string (`--set-string`).
    String,
}

/// Splits `a.b\.c=VALUE` into the path `["a", "b.c"]` and the value text.
pub fn split_set(arg: &str) -> Result<(Vec<String>, &str)> {
    let bad = |reason: &str| Error::BadSet {
        arg: arg.to_string(),
        reason: reason.to_string(),
    };
    let (key, value) = arg
        .split_once('=')
        .ok_or_else(|| bad("expected KEY=VALUE, such as brokers.count=5"))?;
    let mut path = vec![String::new()];
    let mut chars = key.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next) => path.last_mut().expect("non-empty").push(next),
                None => return Err(bad("a key cannot end with a backslash")),
            },
            '.' => path.push(String::new()),
            c => path.last_mut().expect("non-empty").push(c),
        }
    }
    if path.iter().any(String::is_empty) {
        return Err(bad("empty option name in the key"));
    }
    Ok((path, value))
}

/// The schema node for an option path, following `properties`.
fn schema_at<'a>(schema: Option<&'a Value>, path: &[String]) -> Option<&'a Value> {
    path.iter()
        .try_fold(schema?, |node, key| node.get("properties")?.get(key))
}

/// Types a `--set` value by the schema type at its path.
fn typed_value(arg: &str, text: &str, schema: Option<&Value>) -> Result<Value> {
    let types: Vec<&str> = match schema.and_then(|s| s.get("type")) {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let bad = |reason: String| Error::BadSet {
        arg: arg.to_string(),
        reason,
    };
    for t in &types {
        let parsed = match *t {
            "integer" => text
                .trim()
                .parse::<i64>()
                .ok()
                .map(Value::from)
                .or_else(|| text.trim().parse::<u64>().ok().map(Value::from)),
            "number" => serde_json::from_str::<serde_json::Number>(text.trim())
                .ok()
                .map(Value::Number),
            "boolean" => match text.trim() {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
            "null" => (text.trim() == "null").then_some(Value::Null),
            "array" | "object" => match serde_json::from_str::<Value>(text) {
                Ok(v) if (v.is_array() && *t == "array") || (v.is_object() && *t == "object") => {
                    Some(v)
                }
                Ok(_) | Err(_) if types.len() == 1 => {
                    return Err(bad(format!(
                        "expected {t} as JSON, such as {}",
                        if *t == "array" {
                            "[\"a\",\"b\"]"
                        } else {
                            "{\"k\":\"v\"}"
                        }
                    )));
                }
                _ => None,
            },
            "string" => Some(Value::String(text.to_string())),
            _ => None,
        };
        if let Some(v) = parsed {
            return Ok(v);
        }
    }
    match types.as_slice() {
        [] => Ok(Value::String(text.to_string())),
        [t] => Err(bad(format!(
            "expected {} for this option, found {text:?}",
            article(t)
        ))),
        many => Err(bad(format!(
            "expected one of the types {}, found {text:?}",
            many.join(", ")
        ))),
    }
}

fn article(t: &str) -> String {
    match t {
        "integer" | "object" | "array" => format!("an {t}"),
        _ => format!("a {t}"),
    }
}

/// Applies one `--set`/`--set-string` to the user's options.
pub fn apply_set(
    options: &mut Value,
    config: Option<&Value>,
    arg: &str,
    kind: SetKind,
) -> Result<()> {
    let (path, text) = split_set(arg)?;
    let value = match kind {
        SetKind::String => Value::String(text.to_string()),
        SetKind::Typed => typed_value(arg, text, schema_at(config, &path))?,
    };
    let mut node = options;
    for (i, key) in path.iter().enumerate() {
        let Value::Object(map) = node else {
            return Err(Error::BadSet {
                arg: arg.to_string(),
                reason: format!("{} is not an object", path[..i].join(".")),
            });
        };
        if i + 1 == path.len() {
            map.insert(key.clone(), value);
            return Ok(());
        }
        node = map
            .entry(key.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    unreachable!("split_set returns at least one key")
}

/// A required option that nothing gives a value: no default, not in the user's options.
#[derive(Debug, Clone, PartialEq)]
pub struct Missing {
    /// The dotted option path, as `--set` takes it.
    pub path: String,
    /// The option's schema (type, description, constraints).
    pub schema: Value,
}

impl Missing {
    /// `path (type): description`.
    pub fn describe(&self) -> String {
        let kind = match self.schema.get("type") {
            Some(Value::String(t)) => t.clone(),
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("|"),
            _ => "any".into(),
        };
        match self.schema.get("description").and_then(Value::as_str) {
            Some(d) if !d.trim().is_empty() => format!("{} ({kind}): {}", self.path, d.trim()),
            _ => format!("{} ({kind})", self.path),
        }
    }
}

/// The required options of `schema` that `merged` (defaults and user options) leaves out.
/// A required object that is absent is reported by its own required options when it has any.
pub fn missing_required(schema: &Value, merged: &Value) -> Vec<Missing> {
    let mut out = Vec::new();
    walk_required(schema, Some(merged), "", &mut out);
    out
}

fn walk_required(schema: &Value, value: Option<&Value>, prefix: &str, out: &mut Vec<Missing>) {
    let props = schema.get("properties").and_then(Value::as_object);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let present = |name: &str| value.and_then(|v| v.get(name)).is_some();
    for name in &required {
        if present(name) {
            continue;
        }
        let sub = props
            .and_then(|p| p.get(*name))
            .cloned()
            .unwrap_or(Value::Null);
        let path = format!("{prefix}{name}");
        let before = out.len();
        if sub.get("properties").is_some() {
            walk_required(&sub, None, &format!("{path}."), out);
        }
        if out.len() == before {
            out.push(Missing { path, schema: sub });
        }
    }
    for (name, sub) in props.into_iter().flatten() {
        if let Some(v) = value.and_then(|v| v.get(name))
            && v.is_object()
        {
            walk_required(sub, Some(v), &format!("{prefix}{name}."), out);
        }
    }
}

/// Types `text` for the option `path` and checks it against that option's schema: what a
/// prompt accepts.
pub fn check_answer(config: &Value, path: &str, text: &str) -> std::result::Result<Value, String> {
    let keys: Vec<String> = path.split('.').map(str::to_string).collect();
    let schema = schema_at(Some(config), &keys);
    let value = typed_value(path, text, schema).map_err(|e| match e {
        Error::BadSet { reason, .. } => reason,
        other => other.to_string(),
    })?;
    if let Some(schema) = schema {
        let compiled = Schema::compile(schema)?;
        if let Some(v) = compiled.violations(&value, PathStyle::Dotted).first() {
            return Err(v.expected.clone());
        }
    }
    Ok(value)
}

/// The user's options with `null` fields dropped, as recorded in `DCOS_PACKAGE_OPTIONS`.
pub fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Merges the user's options over the package's defaults and validates the result
/// (format.md, render steps 1–3). Returns the merged options.
pub fn resolve(package: &Package, user: &Value) -> Result<Value> {
    let user_given = user.as_object().is_some_and(|m| !m.is_empty());
    let Some(config) = &package.config else {
        if user_given {
            return Err(Error::NoOptionsSchema {
                package: package.name.clone(),
            });
        }
        return Ok(Value::Object(Map::new()));
    };
    let mut merged = defaults(config);
    merge(&mut merged, user);
    let schema = Schema::compile(config).map_err(|reason| Error::BadPackage {
        path: format!("{}/config.json", package.location),
        reason: format!("the options schema does not compile: {reason}"),
    })?;
    let violations = schema.violations(&merged, PathStyle::Dotted);
    if !violations.is_empty() {
        return Err(Error::InvalidOptions {
            package: package.name.clone(),
            violations,
        });
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_follow_cosmos() {
        let schema = json!({"properties": {
            "a": {"default": {"x": 1}, "properties": {"y": {"default": 2}}},
            "b": {"properties": {"c": {"default": 0}, "d": {"properties": {}}}},
            "e": {"type": "string"},
            "f": {"items": {"default": 1}}
        }});
        assert_eq!(defaults(&schema), json!({"a": {"x": 1}, "b": {"c": 0}}));
    }

    #[test]
    fn merge_is_deep_for_objects_only() {
        let mut base = json!({"a": {"x": 1, "y": [1, 2]}, "b": 1});
        merge(
            &mut base,
            &json!({"a": {"y": [3], "z": null}, "b": {"n": 1}}),
        );
        assert_eq!(
            base,
            json!({"a": {"x": 1, "y": [3], "z": null}, "b": {"n": 1}})
        );
    }

    #[test]
    fn no_panics_on_any_options_text() {
        for text in [
            "",
            "{",
            "[",
            "\"",
            "{\"a\":",
            "nul",
            "{\"a\":1}}",
            "\u{feff}{}",
            "1e999999",
        ] {
            let _ = parse_file(text.as_bytes(), "t");
        }
        for arg in [
            "",
            "=",
            "a=",
            "\\",
            "a\\",
            ".=1",
            "a..b=1",
            "=1",
            "a.b.c.d.e=\u{0}",
        ] {
            let _ = apply_set(&mut json!({}), None, arg, SetKind::Typed);
        }
    }
}
