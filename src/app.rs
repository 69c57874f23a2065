//! Marathon app checks: the app schema in `schemas/` and Marathon's id rules (api.md).

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

use crate::error::Violation;
use crate::schema::{Builtin, PathStyle};

/// Marathon's `ID_PATH_SEGMENT_PATTERN`, matched against the whole segment.
pub const SEGMENT_PATTERN: &str = r"^(([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])|(\.|\.\.)$";

/// Last segments Marathon reserves.
pub const RESERVED: [&str; 5] = ["restart", "tasks", "versions", ".", ".."];

fn segment_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:(?:(?:[a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*(?:[a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])|\.|\.\.)$")
            .expect("the segment pattern compiles")
    })
}

/// Checks an app id as Marathon does and returns its canonical absolute form (`/a/b`).
pub fn canonical_id(id: &str) -> Result<String, String> {
    let segments: Vec<&str> = id.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty() {
        return Err("the id must not be empty or the root group".into());
    }
    for segment in &segments {
        if !segment_regex().is_match(segment) {
            return Err(format!(
                "the segment {segment:?} must fully match regular expression '{SEGMENT_PATTERN}' \
                 (lower-case letters, digits, '-' and '.' between labels)"
            ));
        }
    }
    let last = segments[segments.len() - 1];
    if RESERVED.contains(&last) {
        return Err(format!(
            "must not end with any of the following reserved keywords: {}",
            RESERVED.join(", ")
        ));
    }
    let mut canonical: Vec<&str> = Vec::new();
    for segment in segments {
        match segment {
            "." => {}
            ".." => {
                canonical.pop();
            }
            s => canonical.push(s),
        }
    }
    if canonical.is_empty() {
        return Err("the id resolves to the root group".into());
    }
    Ok(format!("/{}", canonical.join("/")))
}

/// The canonical form of an id, or the id as given when it breaks the rules (for lookups and
/// messages, where the error, if any, comes from elsewhere).
pub fn canonical_or_given(id: &str) -> String {
    canonical_id(id).unwrap_or_else(|_| id.to_string())
}

/// Every problem of an app: schema violations with their JSON paths, then the id rules.
pub fn violations(app: &Map<String, Value>) -> Vec<Violation> {
    let value = Value::Object(app.clone());
    let mut out = Builtin::MarathonApp
        .schema()
        .violations(&value, PathStyle::Pointer);
    if let Some(Value::String(id)) = app.get("id")
        && let Err(expected) = canonical_id(id)
        && !out.iter().any(|v| v.path == "/id")
    {
        out.push(Violation {
            path: "/id".into(),
            expected,
            found: Some(Value::String(id.clone()).to_string()),
            hint: Some("choose another id with --app-id".into()),
        });
    }
    out
}

/// Fails with every violation when the app a package rendered is not a valid Marathon app.
pub fn validate(package: &str, app: &Map<String, Value>) -> crate::error::Result<()> {
    let violations = violations(app);
    if violations.is_empty() {
        Ok(())
    } else {
        Err(crate::error::Error::InvalidApp {
            package: package.to_string(),
            violations,
        })
    }
}

/// Where an app declares service ports, in Marathon's order: `portDefinitions[].port`, then
/// `container.docker.portMappings[].servicePort`, then `container.portMappings[].servicePort`.
const PORT_SLOTS: [(&[&str], &str); 3] = [
    (&["portDefinitions"], "port"),
    (&["container", "docker", "portMappings"], "servicePort"),
    (&["container", "portMappings"], "servicePort"),
];

/// The service ports an app declares (0: "assign one"), in the order of [`PORT_SLOTS`].
pub fn service_ports(app: &Map<String, Value>) -> Vec<u64> {
    let mut out = Vec::new();
    for (path, field) in PORT_SLOTS {
        let mut node = app.get(path[0]);
        for key in &path[1..] {
            node = node.and_then(|n| n.get(key));
        }
        for item in node.and_then(Value::as_array).into_iter().flatten() {
            out.push(item.get(field).and_then(Value::as_u64).unwrap_or(0));
        }
    }
    out
}

/// Writes service ports back in the order [`service_ports`] read them.
pub fn set_service_ports(app: &mut Map<String, Value>, ports: &[u64]) {
    let mut ports = ports.iter();
    for (path, field) in PORT_SLOTS {
        let mut node = app.get_mut(path[0]);
        for key in &path[1..] {
            node = node.and_then(|n| n.get_mut(*key));
        }
        for item in node.and_then(Value::as_array_mut).into_iter().flatten() {
            let Some(port) = ports.next() else { return };
            if let Some(obj) = item.as_object_mut() {
                obj.insert(field.to_string(), Value::from(*port));
            }
        }
    }
}

/// Fields Marathon computes and reports but never accepts back: sending `version` with a partial
/// update even means "roll back to that version" (api.md, PUT /v2/apps/{id}).
pub const READ_ONLY: [&str; 12] = [
    "version",
    "versionInfo",
    "tasksStaged",
    "tasksRunning",
    "tasksHealthy",
    "tasksUnhealthy",
    "deployments",
    "tasks",
    "lastTaskFailure",
    "readinessCheckResults",
    "taskStats",
    "counts",
];

/// The app without the fields of [`READ_ONLY`]: what may be PUT back to Marathon.
pub fn definition(app: &Map<String, Value>) -> Map<String, Value> {
    app.iter()
        .filter(|(k, _)| !READ_ONLY.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The app as Marathon stores it: canonical id and the defaults of the fields left out
/// (Marathon 1.7's AppDefinition defaults; `ports` become `portDefinitions`, `uris` become `fetch`).
/// Used by the sandbox to answer like Marathon and by `upgrade` to compare like with like.
pub fn normalize(app: &Map<String, Value>) -> Map<String, Value> {
    use serde_json::json;
    let mut out = definition(app);
    if let Some(Value::String(id)) = out.get("id")
        && let Ok(id) = canonical_id(id)
    {
        out.insert("id".into(), Value::String(id));
    }
    if let Some(Value::Array(ports)) = out.remove("ports")
        && !out.contains_key("portDefinitions")
    {
        let defs: Vec<Value> = ports
            .into_iter()
            .map(|p| json!({ "port": p, "protocol": "tcp" }))
            .collect();
        out.insert("portDefinitions".into(), Value::Array(defs));
    }
    if let Some(Value::Array(uris)) = out.remove("uris")
        && !out.contains_key("fetch")
    {
        let fetch: Vec<Value> = uris
            .into_iter()
            .map(|u| {
                let extract = u.as_str().is_some_and(|u| {
                    [
                        ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz", ".zip",
                    ]
                    .iter()
                    .any(|ext| u.ends_with(ext))
                });
                json!({ "uri": u, "extract": extract, "executable": false, "cache": false })
            })
            .collect();
        out.insert("fetch".into(), Value::Array(fetch));
    }
    let uses_container_network = out
        .get("container")
        .and_then(|c| c.get("docker"))
        .and_then(|d| d.get("network"))
        .and_then(Value::as_str)
        .is_some_and(|n| n != "HOST");
    let defaults = [
        ("instances", json!(1)),
        ("cpus", json!(1.0)),
        ("mem", json!(128.0)),
        ("disk", json!(0.0)),
        ("gpus", json!(0)),
        ("executor", json!("")),
        ("constraints", json!([])),
        ("fetch", json!([])),
        ("backoffSeconds", json!(1)),
        ("backoffFactor", json!(1.15)),
        ("maxLaunchDelaySeconds", json!(3600)),
        ("healthChecks", json!([])),
        ("readinessChecks", json!([])),
        ("dependencies", json!([])),
        (
            "upgradeStrategy",
            json!({ "minimumHealthCapacity": 1, "maximumOverCapacity": 1 }),
        ),
        ("labels", json!({})),
        ("env", json!({})),
        ("secrets", json!({})),
        ("requirePorts", json!(false)),
        ("killSelection", json!("YOUNGEST_FIRST")),
        (
            "unreachableStrategy",
            json!({ "inactiveAfterSeconds": 0, "expungeAfterSeconds": 0 }),
        ),
    ];
    for (key, value) in defaults {
        match out.get(key) {
            None | Some(Value::Null) => {
                out.insert(key.into(), value);
            }
            _ => {}
        }
    }
    if !out.contains_key("portDefinitions") && !uses_container_network {
        out.insert(
            "portDefinitions".into(),
            json!([{ "port": 0, "protocol": "tcp", "name": "default" }]),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert_eq!(canonical_id("kafka").unwrap(), "/kafka");
        assert_eq!(canonical_id("/prod/kafka/").unwrap(), "/prod/kafka");
        assert_eq!(canonical_id("/a/./b/../c").unwrap(), "/a/c");
        assert!(canonical_id("/Kafka").is_err());
        assert!(canonical_id("/a..b").is_err());
        assert!(canonical_id("/a.-b").is_err());
        assert!(canonical_id("/app/tasks").is_err());
        assert!(canonical_id("/").is_err());
        assert!(canonical_id("").is_err());
        assert!(canonical_id("/-a").is_err());
        assert_eq!(canonical_id("/my.app-1").unwrap(), "/my.app-1");
    }

    #[test]
    fn normalize_fills_defaults_and_keeps_given_values() {
        let app = serde_json::json!({"id": "x/", "cpus": 0.5, "ports": [8080], "uris": ["http://h/a.tgz"], "version": "v"});
        let n = normalize(app.as_object().unwrap());
        assert_eq!(n["id"], "/x");
        assert_eq!(n["cpus"], 0.5);
        assert_eq!(n["mem"], 128.0);
        assert_eq!(n["portDefinitions"][0]["port"], 8080);
        assert_eq!(n["fetch"][0]["extract"], true);
        assert!(!n.contains_key("ports") && !n.contains_key("uris") && !n.contains_key("version"));
        assert_eq!(normalize(&n), n, "normalizing twice changes nothing");
        assert_eq!(violations(&n), [], "a normalized app is still valid: {n:?}");
    }
}
