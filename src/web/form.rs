//! The options form generated from a package's config.json: one field per option, named by its
//! dotted path, typed from the schema; and the way back, from posted fields to user options,
//! through the same typing as `--set`.

use serde_json::{Map, Value};
use smack::error::Error;
use smack::options::{self, SetKind};

use super::html::escape;

/// How deep a schema's nested objects are shown as sections.
const MAX_DEPTH: usize = 8;

/// What the form shows: the merged options, the text typed into fields (which wins, so that a
/// bad value stays in its field), and the errors (path → message) beside their fields.
pub struct Filled<'a> {
    pub values: &'a Value,
    pub typed: &'a [(String, String)],
    pub errors: &'a [(String, String)],
}

/// The HTML of the form's fields for `config`.
pub fn fields(config: &Value, filled: &Filled) -> String {
    let mut out = String::new();
    section(config, filled.values, "", filled, 0, &mut out);
    out
}

fn section(
    schema: &Value,
    values: &Value,
    prefix: &str,
    filled: &Filled,
    depth: usize,
    out: &mut String,
) {
    let errors = filled.errors;
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (name, sub) in props {
        let path = format!("{prefix}{name}");
        let value = values.get(name).unwrap_or(&Value::Null);
        let kind = sub.get("type").and_then(Value::as_str).unwrap_or("string");
        let star = if required.contains(&name.as_str()) {
            "<span class=\"required\" title=\"required\">*</span>"
        } else {
            ""
        };
        let help = sub
            .get("description")
            .and_then(Value::as_str)
            .map(|d| format!("<p class=\"help\">{}</p>", escape(d)))
            .unwrap_or_default();
        if kind == "object" && sub.get("properties").is_some() && depth < MAX_DEPTH {
            out.push_str(&format!(
                "<fieldset class=\"section\"><legend>{}{star}</legend>{help}",
                escape(name)
            ));
            section(sub, value, &format!("{path}."), filled, depth + 1, out);
            out.push_str("</fieldset>");
            continue;
        }
        let id = escape(&format!("field-{}", path.replace('.', "-")));
        let typed = filled
            .typed
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, t)| Value::String(t.clone()));
        let input = input(&path, &id, kind, sub, typed.as_ref().unwrap_or(value));
        let error = errors
            .iter()
            .filter(|(p, _)| *p == path)
            .map(|(p, m)| {
                format!(
                    "<p class=\"error\" role=\"alert\">{}: {}</p>",
                    escape(p),
                    escape(m)
                )
            })
            .collect::<String>();
        out.push_str(&format!(
            "<div class=\"field{}\"><label for=\"{id}\">{}{star}</label>{input}{error}{help}</div>",
            if error.is_empty() { "" } else { " invalid" },
            escape(name)
        ));
    }
}

fn input(path: &str, id: &str, kind: &str, schema: &Value, value: &Value) -> String {
    let name = escape(path);
    if let Some(choices) = schema.get("enum").and_then(Value::as_array) {
        let options: String = choices
            .iter()
            .map(|c| {
                let text = text_of(c);
                let selected = if c == value || Some(text.as_str()) == value.as_str() {
                    " selected"
                } else {
                    ""
                };
                format!(
                    "<option value=\"{}\"{selected}>{}</option>",
                    escape(&text),
                    escape(&text)
                )
            })
            .collect();
        return format!("<select id=\"{id}\" name=\"{name}\">{options}</select>");
    }
    match kind {
        "boolean" => format!(
            "<select id=\"{id}\" name=\"{name}\"><option value=\"true\"{}>true</option><option value=\"false\"{}>false</option></select>",
            if truthy(value) { " selected" } else { "" },
            if truthy(value) { "" } else { " selected" },
        ),
        "integer" | "number" => format!(
            "<input id=\"{id}\" name=\"{name}\" type=\"text\" inputmode=\"decimal\" value=\"{}\">",
            escape(&text_of(value))
        ),
        "array" | "object" => format!(
            "<textarea id=\"{id}\" name=\"{name}\" class=\"json\" rows=\"3\">{}</textarea>",
            escape(&match value {
                Value::Null => String::new(),
                Value::String(typed) => typed.clone(),
                other => other.to_string(),
            })
        ),
        _ => format!(
            "<input id=\"{id}\" name=\"{name}\" type=\"text\" value=\"{}\">",
            escape(&text_of(value))
        ),
    }
}

fn truthy(value: &Value) -> bool {
    value == &Value::Bool(true) || value.as_str() == Some("true")
}

/// A value as a form shows it: strings bare, the rest as JSON, null as nothing.
fn text_of(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The user's options from posted fields: each field that differs from what the defaults give
/// is typed as `--set PATH=VALUE` would type it. Errors name the field's path.
pub fn options_from(
    config: Option<&Value>,
    fields: &[(String, String)],
) -> (Value, Vec<(String, String)>) {
    let defaults = config.map(options::defaults).unwrap_or(Value::Null);
    let mut user = Value::Object(Map::new());
    let mut errors = Vec::new();
    for (path, text) in fields {
        if path.starts_with('_') {
            continue;
        }
        let default = path
            .split('.')
            .try_fold(&defaults, |v, k| v.get(k))
            .map(text_of)
            .unwrap_or_default();
        if *text == default {
            continue;
        }
        if let Err(e) =
            options::apply_set(&mut user, config, &format!("{path}={text}"), SetKind::Typed)
        {
            let message = match e {
                Error::BadSet { reason, .. } => reason,
                other => other.to_string(),
            };
            errors.push((path.clone(), message));
        }
    }
    (user, errors)
}
