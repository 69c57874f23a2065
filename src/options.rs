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

/// Where the user's options come from: files (`-` is standard input) in order, then every
/// `--set` and `--set-string` in the order given on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    pub files: Vec<String>,
    pub sets: Vec<(SetKind, String)>,
}

/// The user's options from their sources: the files merged in order, then each set applied in
/// order, so that a later `--set` or `--set-string` of the same option wins. `stdin` is read
/// for a file named `-` (once at most).
pub fn from_sources(
    sources: &Sources,
    config: Option<&Value>,
    stdin: &mut dyn std::io::Read,
) -> Result<Value> {
    let mut user = Value::Object(Map::new());
    let mut stdin_used = false;
    for name in &sources.files {
        let bytes = if name == "-" {
            if stdin_used {
                return Err(Error::Usage("--options - can read stdin only once".into()));
            }
            stdin_used = true;
            let mut buf = Vec::new();
            stdin
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("reading options from stdin", e))?;
            buf
        } else {
            std::fs::read(name).map_err(|e| Error::BadOptionsFile {
                source_name: name.clone(),
                message: format!("cannot read: {e}"),
            })?
        };
        let value = parse_file(&bytes, if name == "-" { "<stdin>" } else { name })?;
        merge(&mut user, &value);
    }
    for (kind, arg) in &sources.sets {
        apply_set(&mut user, config, arg, *kind)?;
    }
    Ok(user)
}

/// Splits `a.b\.c=VALUE` into the path `["a", "b.c"]` and the value text.
pub fn split_set(arg: &str) -> Result<(Vec<String>, &str)> {
    let bad = |reason: &str| Error::BadSet {
        arg: arg.to_string(),
        reason: reason.to_string(),
    };
    let (key, value) = arg
        .split_once('=')
        .ok_or_else(|| bad("expected KEY=VALUE, such as kafka.num_partitions=12"))?;
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
    if path.len() > MAX_SET_DEPTH {
        return Err(bad(&format!(
            "the key has {} parts; options nest at most {MAX_SET_DEPTH} deep",
            path.len()
        )));
    }
    Ok((path, value))
}

/// How many dotted parts a `--set` key may have (README: Limits).
pub const MAX_SET_DEPTH: usize = 64;

/// How many `$ref`s in a row a schema lookup follows before giving up (a loop).
const MAX_REF_HOPS: usize = 16;

/// A schema node with its local `$ref` (`#/definitions/port`, a JSON pointer into the root
/// schema) followed, as the validator follows it.
fn deref<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..MAX_REF_HOPS {
        match node.get("$ref").and_then(Value::as_str) {
            Some(pointer) => {
                let pointer = pointer.strip_prefix('#')?;
                node = root.pointer(pointer)?;
            }
            None => return Some(node),
        }
    }
    None
}

/// The schema node for an option path, following `properties` and local `$ref`s.
fn schema_at<'a>(schema: Option<&'a Value>, path: &[String]) -> Option<&'a Value> {
    let root = schema?;
    path.iter().try_fold(deref(root, root)?, |node, key| {
        deref(root, node.get("properties")?.get(key)?)
    })
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
            // Numbers keep their exact text, of any size and precision (`1e400`,
            // `12345678901234567890`), as an options file's do.
            "integer" => serde_json::from_str::<serde_json::Number>(text.trim())
                .ok()
                .filter(|n| crate::number::Decimal::of(n).is_integral())
                .map(Value::Number),
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
        let compiled = Schema::cached(schema)?;
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
    let schema = Schema::cached(config).map_err(|reason| Error::BadPackage {
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

/// An example value for an option, type-correct and within the schema's constraints where
/// smack can tell (enum, type, minimum/maximum, length, items): what lint renders a package
/// with when its defaults leave a required option empty or break the schema.
pub fn example(schema: &Value, depth: usize) -> Value {
    if depth > 16 {
        return Value::Null;
    }
    if let Some(Value::Array(values)) = schema.get("enum")
        && let Some(first) = values.first()
    {
        return first.clone();
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ if schema.get("properties").is_some() => vec!["object"],
        _ => vec!["string"],
    };
    let number = |integer: bool| {
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        let mut x = min.map_or(1.0, |m| if integer { m.ceil() + 1.0 } else { m + 1.0 });
        if let Some(max) = max
            && x > max
        {
            x = if integer { max.floor() } else { max };
        }
        if integer {
            Value::from(x as i64)
        } else {
            serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
        }
    };
    match types.first().copied().unwrap_or("string") {
        "integer" => number(true),
        "number" => number(false),
        "boolean" => Value::Bool(false),
        "null" => Value::Null,
        "array" => {
            let n = schema
                .get("minItems")
                .and_then(Value::as_u64)
                .unwrap_or(0)
                .min(16) as usize;
            let item = schema
                .get("items")
                .map_or(Value::String("example".into()), |i| example(i, depth + 1));
            Value::Array(vec![item; n])
        }
        "object" => {
            let mut out = Map::new();
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for name in required {
                let sub = schema
                    .get("properties")
                    .and_then(|p| p.get(name))
                    .unwrap_or(&Value::Null);
                out.insert(name.to_string(), example(sub, depth + 1));
            }
            Value::Object(out)
        }
        _ => {
            let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
            let base = match format {
                "uri" | "url" => "http://example.com",
                "email" => "user@example.com",
                "ipv4" => "127.0.0.1",
                "hostname" => "example.com",
                _ => "example",
            };
            let min = schema
                .get("minLength")
                .and_then(Value::as_u64)
                .unwrap_or(0)
                .min(4096) as usize;
            let max = schema
                .get("maxLength")
                .and_then(Value::as_u64)
                .map(|m| m as usize);
            let sized = |base: &str| {
                let mut text = base.to_string();
                while text.chars().count() < min {
                    text.push('x');
                }
                if let Some(max) = max {
                    text = text.chars().take(max).collect();
                }
                text
            };
            let pattern = schema
                .get("pattern")
                .and_then(Value::as_str)
                .and_then(|p| regex::Regex::new(p).ok());
            let candidates = [
                base,
                "example",
                "123456789012",
                "http://example.com",
                "example.com",
                "127.0.0.1",
                "a",
                "1",
                "/example",
                "EXAMPLE",
            ];
            let text = match &pattern {
                Some(re) => candidates
                    .iter()
                    .map(|c| sized(c))
                    .find(|c| re.is_match(c))
                    .unwrap_or_else(|| sized(base)),
                None => sized(base),
            };
            Value::String(text)
        }
    }
}

/// Fills the options `merged` lacks or breaks with [`example`] values until they validate
/// against `config` (a few rounds at most). Returns the paths given examples, or `None` when
/// no example made the options valid.
pub fn with_examples(config: &Value, merged: &mut Value) -> Option<Vec<String>> {
    let Ok(schema) = Schema::cached(config) else {
        return None;
    };
    let mut filled: Vec<String> = Vec::new();
    for _ in 0..4 {
        let violations = schema.violations(merged, PathStyle::Dotted);
        let mut paths: Vec<String> = missing_required(config, merged)
            .into_iter()
            .map(|m| m.path)
            .collect();
        if paths.is_empty() {
            paths = violations
                .iter()
                .map(|v| v.path.clone())
                .filter(|p| p != "(root)" && !p.contains('['))
                .collect();
        }
        if paths.is_empty() {
            return violations.is_empty().then_some(filled);
        }
        let lengths: Vec<(String, usize)> = violations
            .into_iter()
            .filter_map(|v| {
                let n = v.expected.strip_prefix("expected a string of at least ")?;
                Some((v.path, n.split(' ').next()?.parse().ok()?))
            })
            .collect();
        for path in paths {
            let keys: Vec<String> = path.split('.').map(str::to_string).collect();
            let mut value = example(schema_at(Some(config), &keys).unwrap_or(&Value::Null), 0);
            // A length the option's own schema does not state (an allOf, a $ref) but the
            // validation names.
            if let (Value::String(text), Some((_, n))) =
                (&mut value, lengths.iter().find(|(p, _)| *p == path))
            {
                while text.chars().count() < (*n).min(4096) {
                    text.push('x');
                }
            }
            let mut node = &mut *merged;
            for key in &keys[..keys.len() - 1] {
                if !node.get(key).is_some_and(Value::is_object) {
                    node[key.as_str()] = Value::Object(Map::new());
                }
                node = &mut node[key.as_str()];
            }
            if let Some(last) = keys.last()
                && node.is_object()
            {
                node[last.as_str()] = value;
            }
            if !filled.contains(&path) {
                filled.push(path);
            }
        }
    }
    schema.is_valid(merged).then_some(filled)
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
    fn examples_satisfy_the_schema() {
        let schema = json!({"type": "object", "properties": {
            "s": {"type": "object", "required": ["key", "port", "mode"], "properties": {
                "key": {"type": "string", "minLength": 12},
                "port": {"type": "integer", "minimum": 1024, "maximum": 65535},
                "mode": {"type": "string", "enum": ["a", "b"]},
                "pw": {"type": "string", "default": "", "minLength": 3}
            }}
        }, "required": ["s"]});
        let mut merged = defaults(&schema);
        let filled = with_examples(&schema, &mut merged).unwrap();
        assert_eq!(filled, ["s.key", "s.port", "s.mode", "s.pw"]);
        assert_eq!(merged["s"]["port"], 1025);
        assert_eq!(merged["s"]["mode"], "a");
        assert!(merged["s"]["key"].as_str().unwrap().len() >= 12);
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
