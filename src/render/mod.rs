//! From a package and the user's options to a Marathon app (format.md, the render pipeline).

mod engine;
pub mod mustache;
pub mod values;

use base64::Engine as _;
use serde_json::{Map, Value, json};

pub use engine::Engine;

/// The deepest nesting of sections or blocks in a template, for both template dialects
/// (README: Limits).
pub const MAX_NESTING: usize = 64;

use crate::catalog::Package;
use crate::error::{Error, Result};
use crate::options;

/// A rendered app and what it was rendered from.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The Marathon app, labels added.
    pub app: Map<String, Value>,
    /// The user's options merged over the defaults.
    pub options: Value,
}

/// `resource.json` as DC/OS's typed model saw it (format.md, step 4).
pub fn resource_model(package: &Package) -> Option<Value> {
    let raw = package.resource.as_ref()?;
    let str_map = |v: Option<&Value>| match v {
        Some(Value::Object(m)) => Value::Object(m.clone()),
        _ => Value::Null,
    };
    let images = match raw.get("images") {
        Some(Value::Object(m)) => {
            let mut out = Map::new();
            for key in ["icon-small", "icon-medium", "icon-large", "screenshots"] {
                out.insert(key.into(), m.get(key).cloned().unwrap_or(Value::Null));
            }
            Value::Object(out)
        }
        _ => Value::Null,
    };
    let assets = match raw.get("assets") {
        Some(Value::Object(a)) => {
            let container = match a.get("container") {
                Some(Value::Object(c)) => json!({ "docker": str_map(c.get("docker")) }),
                _ => Value::Null,
            };
            json!({ "uris": str_map(a.get("uris")), "container": container })
        }
        _ => Value::Null,
    };
    let mut model = Map::new();
    model.insert("images".into(), images);
    model.insert("assets".into(), assets);
    if package.packaging_version() != "2.0" {
        model.insert("cli".into(), raw.get("cli").cloned().unwrap_or(Value::Null));
    }
    Some(Value::Object(model))
}

/// The render context: the merged options, then `{"resource": R}` merged on top (R's keys win
/// over an option group named `resource`, whose other keys stay).
pub fn context(package: &Package, merged: &Value) -> Value {
    let mut ctx = merged.clone();
    if let Some(resource) = resource_model(package) {
        options::merge(&mut ctx, &json!({ "resource": resource }));
    }
    ctx
}

/// Renders a package's template with merged options into text (format.md, steps 4–5).
pub fn render_text(engine: &mut Engine, package: &Package, merged: &Value) -> Result<String> {
    let template = package.template.as_ref().ok_or_else(|| Error::NoTemplate {
        package: package.name.clone(),
    })?;
    let name = format!("{}@{}#{}", package.name, package.version, package.revision);
    engine.compile(&name, template)?;
    let mut ctx = context(package, merged);
    if template.dialect == crate::catalog::Dialect::Handlebars {
        // handlebars prints a number's text as it is: give it the text DC/OS would print, so
        // that both dialects print `1.0` as `1` and `0.0001` as `1.0E-4`.
        as_printed(&mut ctx).map_err(|message| Error::Render {
            package: package.name.clone(),
            message,
        })?;
    }
    let rendered = engine.render(&name, &ctx);
    engine.forget(&name);
    rendered.map_err(|message| Error::Render {
        package: package.name.clone(),
        message,
    })
}

/// Every number of `value` replaced by the number DC/OS prints for it
/// ([`crate::number::print_option`]); one that prints as no JSON number (`Infinity`) stays.
fn as_printed(value: &mut Value) -> std::result::Result<(), String> {
    match value {
        Value::Number(n) => {
            let text = crate::number::option_text(n)?;
            if let Ok(printed) = serde_json::from_str::<serde_json::Number>(&text) {
                *n = printed;
            }
        }
        Value::Array(items) => items.iter_mut().try_for_each(as_printed)?,
        Value::Object(map) => map.values_mut().try_for_each(as_printed)?,
        _ => {}
    }
    Ok(())
}

/// Parses rendered text as the app object (format.md, step 6).
pub fn parse_app(package: &Package, text: &str) -> Result<Map<String, Value>> {
    let value: Value = serde_json::from_str(text).map_err(|e| Error::Render {
        package: package.name.clone(),
        message: format!(
            "the rendered template is not valid JSON: {} (line {}, column {})\n{}",
            e.to_string().split(" at line ").next().unwrap_or_default(),
            e.line(),
            e.column(),
            excerpt(text, e.line(), e.column())
        ),
    })?;
    let Value::Object(mut app) = value else {
        return Err(Error::Render {
            package: package.name.clone(),
            message: "the rendered template is not a JSON object".into(),
        });
    };
    match app.get("labels") {
        None | Some(Value::Null) => {
            app.insert("labels".into(), json!({}));
        }
        Some(Value::Object(labels)) => {
            if let Some((k, v)) = labels.iter().find(|(_, v)| !v.is_string()) {
                return Err(Error::Render {
                    package: package.name.clone(),
                    message: format!("labels must map strings to strings, but label {k:?} is {v}"),
                });
            }
        }
        Some(other) => {
            return Err(Error::Render {
                package: package.name.clone(),
                message: format!("labels must be an object of strings, found {other}"),
            });
        }
    }
    Ok(app)
}

/// A few numbered lines of `text` around a 1-based line, with a caret at the column.
fn excerpt(text: &str, line: usize, column: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = line.saturating_sub(3).max(1);
    let last = (line + 2).min(lines.len());
    let mut out = String::new();
    for n in first..=last {
        out.push_str(&format!("{n:>5} | {}\n", lines[n - 1]));
        if n == line {
            out.push_str(&format!(
                "      | {}^\n",
                " ".repeat(column.saturating_sub(1))
            ));
        }
    }
    out.trim_end().to_string()
}

/// The package as a repository index element (package.json plus `releaseVersion`, `config`,
/// `resource`, `command` and the base64 template): the form DC/OS records and serves.
pub fn index_element(package: &Package) -> Value {
    let mut element = package.metadata.clone();
    element.insert("releaseVersion".into(), json!(package.revision));
    if let Some(c) = &package.config {
        element.insert("config".into(), c.clone());
    }
    if let Some(r) = &package.resource {
        element.insert("resource".into(), r.clone());
    }
    if let Some(c) = &package.command {
        element.insert("command".into(), c.clone());
    }
    if let Some(t) = &package.template {
        let b64 = base64::engine::general_purpose::STANDARD.encode(t.text.as_bytes());
        element.insert("marathon".into(), json!({ "v2AppMustacheTemplate": b64 }));
    }
    Value::Object(element)
}

/// Whether an app gets the labels' payloads (the options and the gzipped package definition)
/// or empty strings in their place, for an app that is only checked and never posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payloads {
    Recorded,
    Omitted,
}

/// The labels DC/OS adds to an installed app (format.md, step 7).
pub fn package_labels(package: &Package, user_options: &Value) -> Result<Map<String, Value>> {
    labels(package, user_options, Payloads::Recorded)
}

fn labels(
    package: &Package,
    user_options: &Value,
    payloads: Payloads,
) -> Result<Map<String, Value>> {
    use flate2::{Compression, write::GzEncoder};
    use std::io::Write;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    if payloads == Payloads::Omitted {
        let mut labels = Map::new();
        labels.insert("DCOS_PACKAGE_NAME".into(), json!(package.name));
        labels.insert("DCOS_PACKAGE_VERSION".into(), json!(package.version));
        labels.insert("DCOS_PACKAGE_SOURCE".into(), json!(package.source.uri));
        labels.insert("DCOS_PACKAGE_OPTIONS".into(), json!(""));
        labels.insert("DCOS_PACKAGE_DEFINITION".into(), json!(""));
        return Ok(labels);
    }
    let user = options::without_nulls(user_options);
    let user = if user.is_object() { user } else { json!({}) };
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(
        crate::jsontext::to_string(&index_element(package), crate::jsontext::Escapes::Circe)
            .as_bytes(),
    )
    .and_then(|_| gz.flush())
    .map_err(|e| Error::io("compressing the package definition", e))?;
    let gzipped = gz
        .finish()
        .map_err(|e| Error::io("compressing the package definition", e))?;
    let major = package
        .packaging_version()
        .split('.')
        .next()
        .unwrap_or("2")
        .to_string();
    let definition = json!({
        "metadata": {
            "Content-Type": format!("application/vnd.dcos.universe.package+json;charset=utf-8;version=v{major}"),
            "Content-Encoding": "gzip",
        },
        "data": b64(&gzipped),
    });
    let mut labels = Map::new();
    labels.insert("DCOS_PACKAGE_NAME".into(), json!(package.name));
    labels.insert("DCOS_PACKAGE_VERSION".into(), json!(package.version));
    labels.insert("DCOS_PACKAGE_SOURCE".into(), json!(package.source.uri));
    labels.insert(
        "DCOS_PACKAGE_OPTIONS".into(),
        json!(b64(crate::jsontext::to_string(
            &user,
            crate::jsontext::Escapes::Circe
        )
        .as_bytes())),
    );
    labels.insert(
        "DCOS_PACKAGE_DEFINITION".into(),
        json!(b64(definition.to_string().as_bytes())),
    );
    Ok(labels)
}

/// The whole pipeline: options merged and validated, template rendered, output parsed, labels
/// added, the requested app id set (format.md, steps 1–8). The app is not validated here.
pub fn render(
    engine: &mut Engine,
    package: &Package,
    user_options: &Value,
    app_id: Option<&str>,
    payloads: Payloads,
) -> Result<Rendered> {
    let merged = options::resolve(package, user_options)?;
    let text = render_text(engine, package, &merged)?;
    let mut app = parse_app(package, &text)?;
    let added = labels(package, user_options, payloads)?;
    if let Some(Value::Object(labels)) = app.get_mut("labels") {
        labels.extend(added);
    }
    if let Some(id) = app_id {
        let id = if id.starts_with('/') {
            id.to_string()
        } else {
            format!("/{id}")
        };
        app.insert("id".into(), Value::String(id));
    }
    Ok(Rendered {
        app,
        options: merged,
    })
}
