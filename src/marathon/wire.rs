//! Which fields Marathon writes for an app, per version (wire.md §1): 1.5+ omit empty
//! `omitEmpty` collections and never write `null`s, `ports`, `uris` or `ipAddress`; 1.4 wrote
//! every key, unset ones as `null` and empty collections as `[]`/`{}`.
//!
//! The app given is a stored (normalized) definition; what comes back is what a `GET` of it
//! shows, so that a tool diffing its file against Marathon sees what it would see there.

use serde_json::{Map, Value, json};

/// The fields of `App` with `(pragma.omitEmpty)` (same list 1.5–1.11).
pub const OMIT_EMPTY: [&str; 8] = [
    "args",
    "constraints",
    "dependencies",
    "env",
    "fetch",
    "healthChecks",
    "readinessChecks",
    "secrets",
];

fn empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The app as Marathon 1.`minor` writes it.
pub fn app(stored: &Map<String, Value>, minor: u8) -> Map<String, Value> {
    if minor < 5 {
        return app_1_4(stored);
    }
    let host = stored
        .get("networks")
        .and_then(|n| n.get(0))
        .and_then(|n| n.get("mode"))
        .and_then(Value::as_str)
        .is_none_or(|m| m == "host");
    let mut out = Map::new();
    for (k, v) in stored {
        let drop = v.is_null()
            || (OMIT_EMPTY.contains(&k.as_str()) && empty(v))
            || (k == "acceptedResourceRoles" && empty(v))
            || matches!(k.as_str(), "ports" | "uris" | "ipAddress")
            || (k == "portDefinitions" && !host)
            || (k == "role" && minor < 9);
        if drop {
            continue;
        }
        let v = match k.as_str() {
            "container" => container(v, host),
            "portDefinitions" => each(v, |d| omit_empty(d, &["labels"])),
            "networks" => each(v, |n| omit_empty(n, &["labels"])),
            _ => v.clone(),
        };
        out.insert(k.clone(), v);
    }
    out
}

fn each(v: &Value, f: impl Fn(&mut Map<String, Value>)) -> Value {
    let mut v = v.clone();
    if let Some(items) = v.as_array_mut() {
        for item in items {
            if let Some(o) = item.as_object_mut() {
                f(o);
            }
        }
    }
    v
}

fn omit_empty(o: &mut Map<String, Value>, keys: &[&str]) {
    o.retain(|k, v| !(v.is_null() || (keys.contains(&k.as_str()) && empty(v))));
}

/// `container`: port mappings only with non-host networking; `networkNames` omitted when
/// empty; `volumes` always.
fn container(v: &Value, host: bool) -> Value {
    let mut c = v.clone();
    if let Some(o) = c.as_object_mut() {
        o.retain(|_, v| !v.is_null());
        if host {
            o.remove("portMappings");
        } else if let Some(pm) = o.get("portMappings") {
            let pm = each(pm, |m| omit_empty(m, &["networkNames"]));
            o.insert("portMappings".into(), pm);
        }
        o.entry("volumes").or_insert_with(|| json!([]));
    }
    c
}

/// Marathon 1.4's `AppDefWrites`: every key, `null` for unset ones.
fn app_1_4(stored: &Map<String, Value>) -> Map<String, Value> {
    let mut out = stored.clone();
    out.remove("networks");
    out.remove("role");
    for key in [
        "cmd",
        "user",
        "container",
        "ipAddress",
        "residency",
        "taskKillGracePeriodSeconds",
    ] {
        out.entry(key).or_insert(Value::Null);
    }
    if out.get("args").is_none_or(empty) {
        out.insert("args".into(), Value::Null);
    }
    for key in [
        "constraints",
        "uris",
        "fetch",
        "storeUrls",
        "healthChecks",
        "readinessChecks",
        "dependencies",
    ] {
        out.entry(key).or_insert_with(|| json!([]));
    }
    for key in ["env", "labels", "secrets"] {
        out.entry(key).or_insert_with(|| json!({}));
    }
    if out.get("acceptedResourceRoles").is_some_and(empty) {
        out.remove("acceptedResourceRoles");
    }
    if out.get("ipAddress").is_some_and(|v| !v.is_null()) {
        out.remove("ports");
        out.remove("portDefinitions");
        out.remove("requirePorts");
    } else if !out.contains_key("ports") {
        let ports: Vec<Value> = crate::marathon::app::service_ports(stored)
            .into_iter()
            .map(Value::from)
            .collect();
        out.insert("ports".into(), Value::Array(ports));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_write_as_they_did() {
        let stored = json!({"id": "/a", "args": [], "cmd": "x", "env": {}, "constraints": [],
            "labels": {}, "networks": [{"mode": "host"}], "role": "*", "acceptedResourceRoles": [],
            "portDefinitions": [{"port": 10000, "protocol": "tcp", "labels": {}}]});
        let stored = stored.as_object().unwrap();
        let new = app(stored, 11);
        for gone in ["args", "env", "constraints", "acceptedResourceRoles"] {
            assert!(!new.contains_key(gone), "{gone} is omitted");
        }
        assert_eq!(new["labels"], json!({}));
        assert_eq!(
            new["portDefinitions"],
            json!([{"port": 10000, "protocol": "tcp"}])
        );
        assert!(!app(stored, 8).contains_key("role"));
        let old = app(stored, 4);
        assert_eq!(old["args"], Value::Null);
        assert_eq!(old["container"], Value::Null);
        assert_eq!(old["uris"], json!([]));
        assert_eq!(old["ports"], json!([10000]));
        assert!(!old.contains_key("networks") && !old.contains_key("role"));
    }
}
